"""Speakers the writer names apart from the words (issue 11): a lead's "a sheriff who
says" named with that title further down, and an untagged quotation after a sentence
about a new person ("Keller, though, is keen to ... “...me...”"). Each article is
written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

JAIL = """Singer records album in jail

A US singer awaiting trial for fraud has recorded part of an album in jail, angering a
sheriff who says he was tricked into letting the crews in.

Jay Rocket, a former member of the band Tru, was filmed in his prison suit for the
video. "I'm not pleased," Orange County Sheriff Tom Banks said. "He will not make
another record in my jail."

The singer's lawyer Ron Kessel said: "We didn't do anything wrong."
"""


TWO_JUDGES = """Singer records album in jail

A US singer awaiting trial for fraud has recorded part of an album in jail, angering a
judge who says he was tricked into letting the crews in.

"I'm not pleased," Judge Tom Banks said. Judge Amy Hart, who will hear the case, said
she had not been told.
"""


def test_a_leads_indefinite_title_is_the_one_holder_named_later(nlp: Language) -> None:
    """ "a sheriff who says ..." in the lead is the article's one sheriff, named with
    that title two sentences on; of two judges named further down, "a judge who says"
    may be either."""
    found = speakers(nlp, JAIL)
    assert speaker_of(found, "he was tricked") == "Tom Banks", found
    found = speakers(nlp, TWO_JUDGES)
    assert speaker_of(found, "he was tricked") is None, found  # either judge


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
