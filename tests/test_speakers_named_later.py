"""Speakers the writer names apart from the words (issue 11): a lead's "a sheriff who
says" named with that title further down, and an untagged quotation after a sentence
about a new person ("Keller, though, is keen to ... “...me...”"). Each article is
written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

RESTS = """Coach rests his stars

Harbour coach Tom Keller has defended his decision not to release his international
players for the weekend.

"We have a plan in place now," Keller told the Gazette. Captain Joe Barker believes the
players would benefit from a game.

"I'm sure the guys would want to come back," Barker told the Gazette. "And the
supporters want to see the star players." Keller, though, is keen to protect his
players from injury and fatigue. "At this stage, there's nothing more they can do to
impress me.

"We've got to look at it from another angle."
"""


ANSWERED = """Coach rests his stars

"I'm sure the guys would want to come back," captain Joe Barker told the Gazette.
Keller, though, is angry with him over the remark. "It was not my call to make."
"""


def test_an_untagged_quotation_after_a_sentence_about_a_new_person(nlp: Language) -> None:
    """ "Keller, though, is keen to ...": the sentence after Barker's words is about
    Keller, and the untagged words in the first person that follow are his, the next
    paragraph too. "Keller is angry with him": the words after may be Barker's answer."""
    found = speakers(nlp, RESTS)
    assert speaker_of(found, "At this stage") == "Tom Keller", found
    assert speaker_of(found, "We've got to look") == "Tom Keller", found
    assert speaker_of(found, "And the supporters") == "Joe Barker", found
    found = speakers(nlp, ANSWERED)
    assert speaker_of(found, "It was not my call") is None, found  # maybe Barker's answer
