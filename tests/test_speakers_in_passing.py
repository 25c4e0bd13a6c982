"""Speakers past people named only in passing (issue 11): a "she said" that goes on
with the woman whose words the paragraph before gave, past a man whose question she
skirted and a name that only says whose administration it is; a "he said" after "the
admiral", past a plural thing that is a clause's subject. Each article is written for
the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

DEBATE = """Hale keeps her distance from Mayor Keller's port scandal

"This vote is about who runs the harbour," council leader Margaret Hale said at the
start of the debate on Tuesday.

She skirted the opening question from radio host John Tate, who wanted to know
whether voters should blame the Keller administration for the cost overruns.

She also maneuvered around the word "scandal", which some councillors want the
leaders of the board to use. She referred to delays but was careful not to blame
anyone.

"I don't think anyone set out to mislead," she said.
"""


def test_she_said_past_a_name_that_only_says_whose_administration(nlp: Language) -> None:
    """The man who asked is no "she"; "the Keller administration" is a thing the
    question was about, not a person on the scene: the words are Hale's."""
    found = speakers(nlp, DEBATE)
    assert speaker_of(found, "I don't think anyone set out") == "Margaret Hale", found


ADMIRAL = """Navy chief answers his critics

"We will keep sailing where the law allows," Admiral Peter Lowell, commander of the
Atlantic fleet, said on Monday.

When his family moved back to the countryside, his mother refused to teach him French,
insisting that her son was entirely English. In that vein, the admiral does not make
much of the fact that he is the first French-born officer to command the fleet. That
insistence on his English identity makes the foreign comments particularly galling to
him.

"In some respects, they try to demonize me, and that's really ugly," he said.
"""


def test_he_said_after_the_admiral_past_a_plural_thing(nlp: Language) -> None:
    """ "the foreign comments" are things, no one the "he" may be: the "he" goes back
    to "the admiral", the title the article gave Lowell."""
    found = speakers(nlp, ADMIRAL)
    assert speaker_of(found, "In some respects, they try") == "Peter Lowell", found


def test_a_name_in_passing_who_spoke_before_still_stops_the_chain(nlp: Language) -> None:
    """Keller said the terminal must be built, in a reporting clause of his own a few sentences
    before: on the scene, so "the Keller administration" does not pass him, and the
    "she" may be Keller (whose sex the article never gives): no one, as before."""
    spoken = DEBATE.replace("Tuesday.", "Tuesday.\n\nKeller has said the terminal must be built.")
    found = speakers(nlp, spoken)
    assert speaker_of(found, "I don't think anyone set out") is None, found
