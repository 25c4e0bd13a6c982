"""A person described by the title the article gave him (issue 11, missing and wrong
speakers named by a description): "Tom Reyes, the first Republican mayor elected in
Port Ellis ... The mayor said" is Reyes, and a former holder of the title named since
("Hana Brook, the former mayor of Dunmore") is not "the mayor". Each article is written
for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

MAYOR = """Port Ellis weighs casino plan

PORT ELLIS - Residents packed the council chamber on Tuesday to hear the casino plan.

Tom Reyes, the first Republican mayor elected in Port Ellis in two decades, welcomed the
plan. Hana Brook, the former mayor of nearby Dunmore, warned that the casino would bring
traffic.

The mayor said the city "cannot afford to turn away a thousand jobs."
"""


def test_a_former_holder_named_since_is_not_the_mayor(nlp: Language) -> None:
    """Brook spoke last, but she was a mayor: "the mayor" is Reyes, the one who is."""
    found = speakers(nlp, MAYOR)
    assert speaker_of(found, "cannot afford") == "Tom Reyes", found


FORMER = MAYOR.replace("The mayor said", "The former mayor said")


def test_the_former_mayor_is_the_former_holder(nlp: Language) -> None:
    """The twin: "the former mayor" is Brook."""
    found = speakers(nlp, FORMER)
    assert speaker_of(found, "cannot afford") == "Hana Brook", found


INTERVIEW = """Reyes: I am the outsider in this race

Tom Reyes said on Monday that he had no backing from his colleagues in the statehouse.

"It tells you that one of us is a candidate of the establishment," Reyes said in an
interview with CNN's Mara Quinn.

"That would be you?" Quinn asked.

"That would be me, yes. I think that's probably right," the senator said.
"""


def test_the_answer_to_a_question_is_not_the_askers(nlp: Language) -> None:
    """Quinn asked; "the senator" who answers is not Quinn (the article never says
    Reyes is a senator, so the answer is left open)."""
    found = speakers(nlp, INTERVIEW)
    assert speaker_of(found, "That would be me") is None, found


NAMED_SENATOR = INTERVIEW.replace("Tom Reyes said on Monday", "Sen. Tom Reyes said on Monday")


def test_the_answer_goes_to_the_one_senator_named(nlp: Language) -> None:
    """The twin: with "Sen. Tom Reyes" named, the answer is the one senator's."""
    found = speakers(nlp, NAMED_SENATOR)
    assert speaker_of(found, "That would be me") == "Tom Reyes", found
