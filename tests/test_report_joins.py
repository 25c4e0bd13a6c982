"""Reported clauses cut before words that are still the speaker's (breadth sample of
session 37): a clause joined by "and" or "but" between a report and its tag, a speech
verb joined to the content in a modal of the past, and a closing mark written as two
apostrophes. Each article is written for the test; each assertion reads the quotes a
briefing publishes."""

from __future__ import annotations

from published_speakers import speakers
from spacy.language import Language

JOINED = """Harbour traders expect a slower spring

Much of the gain will be put down to shops rebuilding their stocks and is not likely to
be sustained in the second quarter, Martin Hale said.

The March figures show a strong rise in harbour traffic, but after a closer look they
may prove to be a disappointment to investors, said Anna Berg, an analyst at Norbank.

Ferry fares rose sharply in March and the council said fares would be frozen, Ruth
Cole said.

The new harbour rules will not hurt the fleet and the port act of 1986 greatly lowers
berth fees for small boats, he said.
"""

BACKSHIFTED = """Kestrel weighs a bid

Peter Lund, president of Kestrel Motor Co, said his firm would do just that and could
announce its plans in the next week or so.

The harbour board said it supported the new rules and would recommend changes to them
within six weeks.

Ms Ray said the forecast was too optimistic and warned growth would be slow.

Harbour Bancorp said it may sell or lease its older ferries, recover excess payments to
its pension plan and seek new loans from its member banks.

A navy statement said the patrol boats had reached the island and were continuing to
patrol its coast.
"""

RESTS = """Brokers wary of the new rules

Other firms might not be so lucky, he said, and they could find it hard to stay
independent when the boom ends.

Fares will rise in May, Mr Hale said, but declined to give details.

Rents will fall in June, the minister said, and the opposition said it would vote
against the plan.

Running costs were 1.30 a tonne, Northline said, but the selling price was just 1.05 a
tonne.
"""

DOUBLED = """Mayor praises the ferry

Mayor Tom Reed, in a brief interview on Saturday, said the new ferry was a ''truly great
vessel.''
"""


def test_a_clause_joined_before_the_tag_is_the_speakers(nlp: Language) -> None:
    found = speakers(nlp, JOINED)
    assert (
        "Much of the gain will be put down to shops rebuilding their stocks and is not likely"
        " to be sustained in the second quarter" in found
    ), found
    assert any(
        text.startswith("The March figures") and text.endswith("a disappointment to investors")
        for text in found
    ), found


def test_a_report_stopped_inside_its_own_clause_runs_to_the_tag(nlp: Language) -> None:
    found = speakers(nlp, JOINED)
    assert any(
        text.startswith("The new harbour rules") and text.endswith("berth fees for small boats")
        for text in found
    ), found


def test_a_joined_clause_with_a_tag_of_its_own_is_left_out(nlp: Language) -> None:
    """ "the council said fares would be frozen" is the council's, not Ruth Cole's."""
    found = speakers(nlp, JOINED)
    assert not any(text.startswith("Ferry fares") and "council" in text for text in found), found


def test_a_backshifted_speech_verb_stays_in_the_report(nlp: Language) -> None:
    found = speakers(nlp, BACKSHIFTED)
    assert (
        "his firm would do just that and could announce its plans in the next week or so" in found
    ), found
    assert (
        "it supported the new rules and would recommend changes to them within six weeks" in found
    ), found


def test_predicates_sharing_the_reports_modal_stay_in_it(nlp: Language) -> None:
    found = speakers(nlp, BACKSHIFTED)
    assert any(
        text.startswith("it may sell or lease its older ferries")
        and text.endswith("new loans from its member banks")
        for text in found
    ), found


def test_a_predicate_agreeing_with_the_reports_subject_stays_in_it(nlp: Language) -> None:
    found = speakers(nlp, BACKSHIFTED)
    assert (
        "the patrol boats had reached the island and were continuing to patrol its coast" in found
    ), found


def test_the_speakers_next_act_is_left_out(nlp: Language) -> None:
    found = speakers(nlp, BACKSHIFTED)
    assert "the forecast was too optimistic" in found, found


def test_the_rest_of_a_report_after_its_own_tag_is_joined_on(nlp: Language) -> None:
    found = speakers(nlp, RESTS)
    assert (
        "Other firms might not be so lucky and they could find it hard to stay independent"
        " when the boom ends" in found
    ), found


def test_the_speakers_next_act_another_report_or_a_but_after_the_tag_stays_out(
    nlp: Language,
) -> None:
    found = speakers(nlp, RESTS)
    assert "Fares will rise in May" in found, found
    assert "Rents will fall in June" in found, found
    assert "Running costs were 1.30 a tonne" in found, found


def test_two_apostrophes_close_a_reported_quotation(nlp: Language) -> None:
    found = speakers(nlp, DOUBLED)
    assert "the new ferry was a ''truly great vessel.''" in found, found
