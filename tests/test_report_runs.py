"""Reported clauses whose bounds an editor fixed in the blind review of session 34: a
report opening on the writer's "But", a report stopped inside a name or before its own
list, the writer's figures for a rival run on after a body's own, and quoted words that
alone say nothing. Each article is written for the test; each assertion reads the
quotes a briefing publishes."""

from __future__ import annotations

from published_speakers import speakers
from spacy.language import Language

CARS = """Carmakers report March sales

Northline Motors said its car sales rose 29.3 pct in March, and Hartwell Corp was up
11.3 pct.

Kestrel Motor Co said its truck sales fell 12 pct, and its car sales rose 3 pct.

Bayside Holdings said it will take a 20 pct stake in the port while Cheung Kong Ltd will
take a 30 pct stake.

But the gains reflected a lack of incentives, the Northline president said.

Sales were hurt by the strike in December, a lack of widespread sales incentives and
intermittent bad weather, analysts said.
"""

NAMES = """Harbour council debates reform

Councillor Joan Webb said she felt the 13th Amendment was worth examining because it
was old.

The report said "sustained and deep reform efforts" are needed to ensure long term
growth.

Harbourland also will call "at an early date" an extraordinary meeting of bondholders,
the finance ministry said.

Harbourland also will call "at an early date" an extraordinary meeting of shareholders.
"""


def test_a_rivals_figures_are_the_writers(nlp: Language) -> None:
    """Northline reports Northline's sales; Hartwell's are the writer's comparison. Its
    own two figures, and a stake two bodies plan together, stay whole."""
    found = speakers(nlp, CARS)
    assert "its car sales rose 29.3 pct in March" in found, found
    assert not any("Hartwell" in text for text in found), found
    assert "its truck sales fell 12 pct, and its car sales rose 3 pct" in found, found
    assert any(text.endswith("will take a 30 pct stake") for text in found), found


def test_the_writers_but_is_left_out(nlp: Language) -> None:
    found = speakers(nlp, CARS)
    assert "the gains reflected a lack of incentives" in found, found
    assert not any(text.startswith("But ") for text in found), found


def test_a_list_before_the_tag_is_the_reports(nlp: Language) -> None:
    found = speakers(nlp, CARS)
    assert any(
        text.startswith("Sales were hurt") and text.endswith("intermittent bad weather")
        for text in found
    ), found


def test_a_report_runs_on_over_a_break_inside_a_name(nlp: Language) -> None:
    found = speakers(nlp, NAMES)
    assert "she felt the 13th Amendment was worth examining because it was old" in found, found


def test_quoted_words_are_shown_with_their_clause_or_not_at_all(nlp: Language) -> None:
    """The subject of a reported clause is shown with its predicate; an adverbial in the
    middle of a clause with its clause when one is reported, else not at all."""
    found = speakers(nlp, NAMES)
    assert "sustained and deep reform efforts" not in found, found
    assert '"sustained and deep reform efforts" are needed to ensure long term growth' in found, (
        found
    )
    assert "at an early date" not in found, found
    clauses = [text for text in found if "at an early date" in text]
    assert clauses == [
        'Harbourland also will call "at an early date" an extraordinary meeting of bondholders'
    ], found
