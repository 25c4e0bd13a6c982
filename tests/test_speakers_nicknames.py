"""A nickname in quotation marks inside a name ("said Thomas "Tim" Mallory, grain
analyst ...") is no part of the name the model gives the person ("Thomas Mallory"), nor
a second given name that makes him someone else: the quotation is his (issue 11,
missing speakers in wire copy). Article written for the test, in wire style."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

NICKNAMED = """Grain reports seen bullish

The planting and stocks reports bring good news for farmers, a
grain analyst on a Chicago Board of Trade panel said.
    The drop in intended corn acreage is "the first sign in a long
time that prices could recover," said Thomas "Tim" Mallory, grain
analyst and vice president for Dunbar Grain Inc.
    Mallory said wheat stocks were also lower than expected.
"""


def test_a_name_with_a_quoted_nickname_is_the_person(nlp: Language) -> None:
    found = speakers(nlp, NICKNAMED)
    assert speaker_of(found, "the first sign in a long time") == "Thomas Mallory", found
    assert speaker_of(found, "wheat stocks were also lower") == "Thomas Mallory", found


TWO_WORD_NICKNAME = """Grain reports seen bullish

The planting and stocks reports bring good news for farmers, a
grain analyst on a Chicago Board of Trade panel said.
    The drop in intended corn acreage is "the first sign in a long
time that prices could recover," said Thomas "Big Tim" Mallory, grain
analyst and vice president for Dunbar Grain Inc.
    Mallory said wheat stocks were also lower than expected.
"""


def test_a_nickname_of_two_words_is_a_nickname_too(nlp: Language) -> None:
    """The actors read one or two capitalised words in quotation marks as a nickname
    ('Liu "Crisp Boy" Qing'); the speaker's mention reads the same."""
    found = speakers(nlp, TWO_WORD_NICKNAME)
    assert speaker_of(found, "the first sign in a long time") == "Thomas Mallory", found
