"""Speakers of "he said" that are not the person a sentence acts on or talks about
(`speakers/acted_on.py`): a man shot by police, a general a governor praises, a man the
story tells is dead are not the "he" who speaks next when someone else may be; the
quote is then left without a speaker rather than given to the wrong person. Each
article is written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

SHOOTING = """Governor calls for calm after shooting

Governor Daniel Whitcombe spoke to reporters in Raleigh on Tuesday. "We need the full
facts before anyone draws conclusions," Whitcombe said.

Officers shot Marcus Ellery outside a grocery store on Monday evening.

"The community deserves answers, and it will get them," he said.
"""


def test_the_man_police_shot_is_not_the_he_who_speaks(nlp: Language) -> None:
    """Ellery is the object of "shot", the governor spoke just before: not Ellery (the
    quote is left without a speaker)."""
    found = speakers(nlp, SHOOTING)
    assert speaker_of(found, "We need the full facts") == "Daniel Whitcombe", found
    assert speaker_of(found, "The community deserves") is None, found


def test_a_man_acted_on_with_no_one_else_about_is_still_the_he(nlp: Language) -> None:
    """With no one else on the scene, the man the award went to is the "he"."""
    alone = """Teacher honoured

The city council honoured Marcus Ellery at a ceremony on Monday evening.

"I am grateful to every student I have taught," he said.
"""
    found = speakers(nlp, alone)
    assert speaker_of(found, "I am grateful") == "Marcus Ellery", found


def test_the_dead_do_not_speak(nlp: Language) -> None:
    """ "Four years later, Peter was dead": the "he" after it talks about him."""
    text = """The brother he lost

Walter Brandt joined the family firm in 1970 and ran it for three decades. His younger
brother Peter Brandt never did, and drank heavily for years.

Four years later, Peter Brandt was dead.

"He would have been a great builder if he had not had the problem," he said.
"""
    found = speakers(nlp, text)
    assert speaker_of(found, "He would have been") is None, found


def test_a_voice_the_walk_could_not_name_stands_between(nlp: Language) -> None:
    """ "One pastor ... said" between the candidate and the "he": maybe the pastor."""
    text = """Churches rally behind the senator

Senator Harold Quint won the county in 2012, but he trails far behind this year.

One pastor in the county said he had called more than a hundred other pastors. He has
preached about the vote every Sunday since March, he said.
"""
    found = speakers(nlp, text)
    assert speaker_of(found, "He has preached") is None, found
