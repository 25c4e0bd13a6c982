"""A name whose apostrophe is set as a curly quotation mark ("Dinesh D\u2019Souza",
"O\u2019Malley", as PolNeAR's sites write them): the model tags no person there, so the
person's quotes went to no one, or "he said" to the person named before. The parse text
gives such a name a straight apostrophe (issue 11, missing speakers). Articles written
for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.reading.layout import analyse

FILM = (
    "Filmmaker says his next film will open in the summer\n\n"
    "Radio host Glenn Walsh asked the conservative filmmaker Dinesh D\u2019Souza on "
    "Tuesday who would win the election.\n\n"
    "\u201cIf I had to bet now, I would bet on the governor,\u201d D\u2019Souza replied.\n\n"
    "\u201cMy next film opens in July, and it will be about the campaign,\u201d he said.\n"
)


def test_a_name_with_a_curly_apostrophe_speaks(nlp: Language) -> None:
    found = speakers(nlp, FILM)
    assert speaker_of(found, "If I had to bet") == "Dinesh D'Souza", found
    assert speaker_of(found, "My next film") == "Dinesh D'Souza", found


def test_only_a_name_s_apostrophe_is_straightened() -> None:
    """A closing quotation mark and a possessive stay as written, and the parse text
    keeps the body's length, so every offset still points into the body."""
    body = "O\u2019Malley\u2019s aide said it was \u2018fine\u2019. Don\u2019t ask."
    parse_text = analyse(body, False).parse_text
    assert parse_text == "O'Malley\u2019s aide said it was \u2018fine\u2019. Don\u2019t ask."
    assert len(parse_text) == len(body)
