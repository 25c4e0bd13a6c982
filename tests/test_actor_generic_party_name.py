"""A party whose name is made of generic words ("National Party") is an actor and the
speaker of its statements (issue: briefings an editor can publish unedited). It was
dropped as a generic run of capitals, so "the party said" went to the other party the
article names. Articles written for these tests; no corpus text."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

PARTIES = (
    "Opposition tax plan\n"
    "    The opposition National Party said it would cut personal taxes if returned to "
    "power.\n"
    "    The latest opinion poll gave the Labour Party a 26 point lead.\n"
    "    The party said tight monetary policies alone would lead to a weak economy."
)


def test_party_of_generic_words_is_an_actor_and_speaks(nlp: Language) -> None:
    extraction, problems = extract_document(parse(nlp, PARTIES))
    assert problems == []
    types = {a.name: a.type for a in extraction.actors}
    assert types.get("National Party") == "organization", types
    found = speakers(nlp, PARTIES)
    assert speaker_of(found, "it would cut personal taxes") == "National Party", found
