"""A street that stands for its market is no body that speaks (issue: briefings an
editor can publish unedited): "Wall Street analysts said" gave the analysts' words to an
organisation "Wall Street", which then got an actor page. Articles written for these
tests; no corpus text."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

ANALYSTS = (
    "Acme buyback\n"
    "    Acme Corp's share buyback is an attempt to calm angry shareholders, Wall Street "
    "analysts said.\n"
    "    The company said it would buy back ten mln shares."
)

JOURNAL = (
    "Acme buyback\n"
    "    Acme Corp will buy back ten mln shares to calm angry shareholders, the Wall Street "
    "Journal said.\n"
    "    The company declined to comment."
)


def test_street_analysts_have_no_body(nlp: Language) -> None:
    found = speakers(nlp, ANALYSTS)
    assert speaker_of(found, "Acme Corp's share buyback") is None, found
    extraction, _ = extract_document(parse(nlp, ANALYSTS))
    assert "Wall Street" not in {a.name for a in extraction.actors if a.type == "organization"}


def test_paper_named_after_the_street_still_speaks(nlp: Language) -> None:
    """Only the street itself is no body: the paper named after it is one, as before."""
    said = speaker_of(speakers(nlp, JOURNAL), "Acme Corp will buy back")
    assert said is not None and "Journal" in said
