"""Which reported clauses "Who said what" shows, and where they stop (issue 11): a
quote runs through a hyphenated word, stops before a conjunct that belongs to the
reporting clause, a clause before a colon is no report of the verb after it, and a
wish ("want it replaced") is not a report of words."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

HYPHEN = """Singer backs flood appeal

The singer Ann Ross urged the mayor to co-host the flood appeal concert on Friday.
"""


def test_a_quote_runs_through_a_hyphenated_word(nlp: Language) -> None:
    """ "to co-host the flood appeal concert", not "to co": the parser splits the word."""
    extraction, _ = extract_document(parse(nlp, HYPHEN))
    texts = [quote.text for quote in extraction.quotes]
    assert "to co" not in texts, texts
    assert any(text.startswith("to co-host the flood appeal") for text in texts), texts


CONJUNCT = """Miner cuts forecast

The bank said profits had fallen sharply in its Asian trading arm, but was upbeat about
the outlook for next year.
"""


def test_a_quote_stops_before_the_speakers_own_conjunct(nlp: Language) -> None:
    """ "was upbeat" agrees with "the bank", not with "profits": the bank's, not part
    of what it reported."""
    extraction, _ = extract_document(parse(nlp, CONJUNCT))
    texts = [quote.text for quote in extraction.quotes]
    assert any(text.startswith("profits had fallen sharply") for text in texts), texts
    assert not any("upbeat" in text for text in texts), texts


COLON = """Leak site under fire

The site's approach to publishing is more radical: It often posts huge archives online
with few efforts to remove personal details.
"""


def test_a_clause_before_a_colon_is_no_report(nlp: Language) -> None:
    """ "It often posts archives" explains the clause before the colon; "posts" is no
    speech tag of it."""
    extraction, _ = extract_document(parse(nlp, COLON))
    assert not any("more radical" in quote.text for quote in extraction.quotes), [
        quote.text for quote in extraction.quotes
    ]


WISH = """Councils face tax shake-up

The Greens want it replaced with a land value tax. Party leader Mary Cole said the
current tax was unfair.
"""


def test_a_wish_over_a_participle_is_not_published(nlp: Language) -> None:
    """ "The Greens want it replaced with ...": a wish, like "want to", not words."""
    extraction, _ = extract_document(parse(nlp, WISH))
    texts = {quote.text: quote.speaker for quote in extraction.quotes}
    assert not any("replaced" in text for text in texts), texts
    assert texts.get("the current tax was unfair") == "Mary Cole", texts


GAPS = """Assembly vote heads for close finish

Ms Hart wants a high turnout, something she says will help the Yes side. Mr Dale is a
late convert to the cause after turning down offers from rivals including, he claims,
the council leader Tom Reed.
"""


def test_no_quote_from_a_clause_with_its_subject_or_end_elsewhere(nlp: Language) -> None:
    """ "something she says will help" has its subject before the cue; a clause cut
    before "including, he claims, ..." ends on "including": neither is what was said."""
    extraction, _ = extract_document(parse(nlp, GAPS))
    texts = [quote.text for quote in extraction.quotes]
    assert "will help the Yes side" not in texts, texts
    assert not any(text.endswith("including") for text in texts), texts
