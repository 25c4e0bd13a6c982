"""Quote bounds and non-quotes from the editor's blind review of session 33: a report
stops before the writer's own words about it (the source's refusal to say more, a
comment after a dash), a quoted predicate is shown with whom it is about, a claim
noun's clause is not cut at a parenthetical, and a quoted term in a noun phrase, a
poll's figures and a statement printed twice are not listed as statements."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

# A wrap inside a sentence changes the small model's parse: the long ones are one line (\).
ARTICLE = """Studio warns on disc glitch

Sony has said the new discs may not play on some machines, including nearly all DVD \
players, but it did not specify how many machines could have a problem.

Police said the driver had been under the influence of drugs — something a caller also
told a dispatcher.

Dr Ellen Moss said Ms Carter is in "good enough overall health to serve as governor."

Mr Hale's contention was that Carter is, in fact, appealing to the worst instincts of \
voters.

Shops were hit by a "rent, rip and return" practice among young buyers, the report found.

In the latest poll, Carter led Mills by 5 percentage points.

The mayor said he is glad to see the back of the old bridge.

Later the mayor said he is glad to see the back of the old bridge.
"""


def shown(nlp: Language) -> list[str]:
    extraction, problems = extract_document(parse(nlp, ARTICLE))
    assert problems == []
    return [" ".join(quote.text.split()) for quote in extraction.quotes]


def test_a_report_stops_before_the_writers_words_about_it(nlp: Language) -> None:
    texts = shown(nlp)
    assert any(text.endswith("including nearly all DVD players") for text in texts), texts
    assert "the driver had been under the influence of drugs" in texts, texts
    assert not any("specify" in text or "dispatcher" in text for text in texts), texts


def test_a_quoted_predicate_is_shown_with_whom_it_is_about(nlp: Language) -> None:
    texts = shown(nlp)
    assert any(text.startswith('Ms Carter is in "good enough') for text in texts), texts
    assert not any(text.startswith("good enough") for text in texts), texts


def test_a_claim_nouns_clause_runs_past_a_parenthetical(nlp: Language) -> None:
    texts = shown(nlp)
    assert "Carter is, in fact, appealing to the worst instincts of voters" in texts, texts


def test_no_term_poll_figure_or_repeat_listed_as_a_statement(nlp: Language) -> None:
    texts = shown(nlp)
    assert not any(text.startswith("rent, rip") for text in texts), texts
    assert not any("percentage points" in text for text in texts), texts
    assert texts.count("he is glad to see the back of the old bridge") == 1, texts
