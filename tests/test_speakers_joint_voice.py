"""Staff, officials or a spokesman of two bodies named with "and" (issue 11, a wrong
speaker in wire copy): "the March FOMC and FDIC staff said" gave the quote to the one
body the model marked, the FDIC. The words are the two bodies' together, so neither
alone is the speaker; the page keeps the article's own words for them. One body's
staff, and one body whose name holds "and", still speak for it. Each article is
written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

JOINT = """Fed and FDIC staff saw slower growth

Officials at the Federal Open Market Committee and the Federal Deposit Insurance Corp
met in Washington on Thursday.

In a joint review, the March FOMC and FDIC staff said that "somewhat slower growth"
was likely in the second quarter.
"""


def test_staff_of_two_bodies_speak_for_neither_alone(nlp: Language) -> None:
    found = speakers(nlp, JOINT)
    assert speaker_of(found, '"somewhat slower growth"') is None, found


ONE = """Deposit insurer saw slower growth

Officials at the Federal Deposit Insurance Corp met in Washington on Thursday.

In a review, the FDIC staff said that "somewhat slower growth" was likely in the
second quarter.
"""


def test_staff_of_one_body_speak_for_it(nlp: Language) -> None:
    found = speakers(nlp, ONE)
    assert speaker_of(found, '"somewhat slower growth"') == "Federal Deposit Insurance Corp", found


NAME_WITH_AND = """Rating agency sees slower growth

Standard and Poor's Corp cut its forecast for the economy on Thursday.

A spokesman for Standard and Poor's Corp said that "somewhat slower growth" was
likely in the second quarter.
"""


def test_and_inside_one_name_is_one_body(nlp: Language) -> None:
    found = speakers(nlp, NAME_WITH_AND)
    assert speaker_of(found, '"somewhat slower growth"') == "Standard and Poor's Corp", found
