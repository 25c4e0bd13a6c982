# ruff: noqa: RUF001 - a curly apostrophe after a name is the subject of a guard
"""A belief held by a kind of people ("Scientists think ...", "Critics fear ...") is the
writer's survey of opinion, no one's words: it is kept off the page, where it would
stand as a quote with no speaker (issue 11, non-quotes). Words of the unnamed ("Analysts
say ..."), a belief of someone named and a belief inside another report stay."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.extract.quotes import published
from generator.reading.layout import parse

ARTICLE = """Harbour bridge plan under fire

Engineers think that the old bridge could not carry heavier lorries for long.

Critics fear the toll could drive small firms away from the harbour.

Analysts say the toll will raise 2m pounds a year.

The council said residents expect the bridge to open in May.

Analysts at Harbour Capital believe the toll is too low.

Tom Reed believes the toll is too high.

Mr Sanders’ aides believe the bridge will open on time.
"""


def texts(nlp: Language) -> list[str]:
    extraction, problems = extract_document(parse(nlp, ARTICLE))
    assert problems == []
    return [quote.text for quote in extraction.quotes if published(quote)]


def test_a_belief_of_a_kind_of_people_is_no_quote(nlp: Language) -> None:
    found = texts(nlp)
    assert not any("old bridge" in text for text in found), found
    assert not any("drive small firms" in text for text in found), found


def test_words_and_beliefs_of_someone_stay(nlp: Language) -> None:
    """A guard: what unnamed analysts say, what the council says residents expect, and
    the beliefs of analysts at a named firm, of a named person and of a named person's
    aides are shown."""
    found = texts(nlp)
    assert "the toll will raise 2m pounds a year" in found, found
    assert any(text.startswith("residents expect") for text in found), found
    assert "the toll is too low" in found, found
    assert "the toll is too high" in found, found
    assert "the bridge will open on time" in found, found
