"""Speakers and the sex of a given name that the corpus never ties to "Mr" or "Mrs"
(issue 11): "Melanie" and "Martha" are women's names in every locale of Faker that
lists them (generator/extract/given_name_sexes.py, derived by
benchmarks/given_names.py), so a "he said" is no Melanie's or Martha's, while a "she
said" still is. Each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

MASK = """Convention crowd cheers

Melanie Ostrova was the target of chants all week at the convention in Cleveland.

Ostrova made an appearance of sorts, courtesy of Wes Nakagiri, a delegate from
Michigan who dressed up in a prison outfit and a rubber Ostrova mask.

"I thought it would be funny if I went out and bought a prison jump suit," he said.
"""

SCHOOL = """Council backs new school

The council approved plans for a new school on Monday.

Council leader Peter Brandt said the building would open next year. "We have waited
long enough," he said.

Martha Quill, a parent, was less sure of the timetable.

"I will believe it when I see the doors open," he said.
"""


def test_he_is_not_a_woman_named_melanie(nlp: Language) -> None:
    """ "he said" after a sentence whose subject is Ostrova: not Melanie Ostrova."""
    found = speakers(nlp, MASK)
    assert speaker_of(found, "I thought it would be funny") != "Melanie Ostrova", found


def test_he_is_not_a_woman_named_martha(nlp: Language) -> None:
    """ "Martha Quill, a parent, was less sure ... he said": not Martha Quill's."""
    found = speakers(nlp, SCHOOL)
    assert speaker_of(found, "I will believe it") != "Martha Quill", found


def test_she_after_martha_is_martha(nlp: Language) -> None:
    """The twin: "she said" after Martha Quill stays hers."""
    found = speakers(nlp, SCHOOL.replace('open," he said', 'open," she said'))
    assert speaker_of(found, "I will believe it") == "Martha Quill", found
