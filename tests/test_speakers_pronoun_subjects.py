"""Speakers for "he said"/"she said" whose antecedent the walk over person mentions
missed (issue 11): the nearest subject of the writer's is a known person's given name
the model left untagged ("Rosalind agrees. She said"), a definite description of a
named person ("the Republican presidential candidate said no. But he said"), or the
nearest person is of the other sex by given name and the one before is of the
pronoun's ("what Margaret Marchetti told a radio station ... Asked by Gordon Pike
whether she had rehearsed, she said"). Each assertion reads the published speaker;
the twins keep the pronoun unresolved where the text leaves a doubt."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

NEIGHBOURS = """Neighbours at the polls

Rosalind Quarrie, 71, arrived at the polling station in the afternoon with yard signs
in hand. Tom Ellery, her neighbour of thirty years, stood beside her at the door.

"We each have our own opinion, but we are friends," Ellery said. "Some say our man is
the wrong man. That is fine by me."

Rosalind agrees. She said she would leave the insults to the candidates.

"We try to help each other out," she said. "If you are neighbours, you help your
neighbour."
"""

SPEECH = """Speech draws questions

The campaign statement conflicted with what Margaret Marchetti told a radio station
before her appearance on Monday night. Asked by Gordon Pike whether she had rehearsed
the speech, she said, "I read it through once, and that is all."
"""

WOMAN_IN_THE_ROW = """Speech draws questions

Margaret Marchetti spoke first at the town hall on Monday night. Then Gordon Pike
turned to a woman in the front row. Asked by Gordon Pike whether she had voted, she
said, "Not this time, and not the last time either."
"""

BULLYING = """Brennan talks about bullying

Months after he attacked her on television, Walter Brennan tells radio host Mara Quinn
that people who are bullied should fight back.

In an excerpt of the interview, which will air on Tuesday night, Brennan says he is a
counterpuncher who hits back ten times harder.

Asked if he was ever bullied, the Republican presidential candidate said no. But he
said bullying does not just happen to children. "People are bullied when they are 55,"
he said.
"""


def test_she_after_an_untagged_given_name(nlp: Language) -> None:
    """ "Rosalind agrees. She said ...": Rosalind Quarrie, the one Rosalind named."""
    found = speakers(nlp, NEIGHBOURS)
    assert speaker_of(found, "she would leave the insults") == "Rosalind Quarrie", found
    assert speaker_of(found, "We try to help each other") == "Rosalind Quarrie", found


def test_she_after_a_given_name_two_people_share(nlp: Language) -> None:
    """The twin: two Rosalinds in the article, and "Rosalind agrees" names neither."""
    two = NEIGHBOURS.replace("Tom Ellery, her", "Rosalind Hale, her")
    found = speakers(nlp, two.replace('," Ellery said', '," Hale said'))
    assert speaker_of(found, "she would leave the insults") is None, found


def test_she_past_a_man_by_given_name(nlp: Language) -> None:
    """ "Asked by Gordon Pike whether she had rehearsed": not Gordon Pike, and so the
    woman named just before, Margaret Marchetti."""
    found = speakers(nlp, SPEECH)
    assert speaker_of(found, "I read it through once") == "Margaret Marchetti", found


def test_she_of_an_unnamed_woman_stays_unresolved(nlp: Language) -> None:
    """The twin: "a woman in the front row" stands between: not Margaret Marchetti."""
    found = speakers(nlp, WOMAN_IN_THE_ROW)
    assert speaker_of(found, "Not this time") is None, found


def test_he_after_a_description_of_a_named_person(nlp: Language) -> None:
    """ "the Republican presidential candidate said no. But he said": Walter Brennan."""
    found = speakers(nlp, BULLYING)
    assert speaker_of(found, "bullying does not just happen") == "Walter Brennan", found
    assert speaker_of(found, "People are bullied") == "Walter Brennan", found


def test_he_after_someone_unnamed(nlp: Language) -> None:
    """The twin: "a caller" is someone the article does not name: the "he" stays
    unresolved, not Walter Brennan's."""
    found = speakers(nlp, BULLYING.replace("the Republican presidential candidate", "a caller"))
    assert speaker_of(found, "bullying does not just happen") is None, found
