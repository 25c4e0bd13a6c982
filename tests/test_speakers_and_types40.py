"""Speakers and actor types an editor met on briefings in session 40 (issue 11: right
speakers, clean actors):

- "The Shadow Secretary of State for Health, Rosemary June, said:" a name the model
  did not tag (it reads "June" as a date), in apposition to the office that speaks: a
  person, whose words these are, and whose "She said" after them is hers.

Articles written for these tests; no corpus text.
"""

from __future__ import annotations

from published_actors import published_types
from published_speakers import speaker_of, speakers
from spacy.language import Language

CARERS = """Ministers promise more help for carers

Ministers will give carers of elderly relatives an extra week of paid leave, the health
minister said on Sunday.

The Shadow Secretary of State for Health, Rosemary June, said: "These plans were
announced in the autumn and are now being announced again to win votes."

She said the Conservatives would set out their own proposals before the election.
"""


def test_a_name_apposed_to_a_speaking_office_is_the_speaker(nlp: Language) -> None:
    found = speakers(nlp, CARERS)
    assert published_types(nlp, CARERS).get("Rosemary June") == "person"
    assert speaker_of(found, "These plans were announced") == "Rosemary June"
    assert speaker_of(found, "the Conservatives would set out") == "Rosemary June"
