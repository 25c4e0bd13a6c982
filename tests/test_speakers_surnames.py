"""A bare surname the model types as an organisation or a place is still the person
the article first wrote it for (issue 11: the canonical speaker is the fullest form the
article uses). Spanish names go by the first surname ("Juan Arce Oquendo" ... "Arce
told reporters"); the model may take "Arce" for a body and "Medina" for the city. Where
the article wrote the word for something else first, it is left alone. Articles written
for the test, in wire style."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

ARCE = """Union chief joins hunger strike

Bolivia's top union leader today joined a hunger strike by 1,300
state employed miners and workers to press for higher wages.
    Juan Arce Oquendo, the veteran secretary general of the
Bolivian Labour Organization, COB, told reporters: "I am joining
the fast to abide with our call for a hunger strike".
    "I will take part in the miners' negotiations because that
does not force me to suspend my fast," Arce told reporters.
    The president is hosting a dinner tonight and had invited both
Arce and Victor Lopez, the miners' federation top leader.
"""

MEDINA = """Union chief joins hunger strike

{opening}
    Jose Medina Quispe, the veteran secretary general of the
Peruvian Workers Confederation, CTP, told reporters he would fast
until the government opened talks.
    "I will take part in the miners' negotiations because that
does not force me to suspend my fast," Medina told reporters.
"""


def test_a_first_surname_typed_as_a_body_is_the_person(nlp: Language) -> None:
    found = speakers(nlp, ARCE)
    assert speaker_of(found, "I will take part") == "Juan Arce Oquendo", found


def test_a_first_surname_typed_as_a_place_is_the_person(nlp: Language) -> None:
    opening = "Peru's top union leader today joined a hunger strike by 900\nminers."
    found = speakers(nlp, MEDINA.format(opening=opening))
    assert speaker_of(found, "I will take part") == "Jose Medina Quispe", found


def test_a_word_first_written_for_a_place_is_not_the_person(nlp: Language) -> None:
    opening = "Miners in Medina halted work today to press for higher wages."
    found = speakers(nlp, MEDINA.format(opening=opening))
    assert speaker_of(found, "I will take part") != "Jose Medina Quispe", found
