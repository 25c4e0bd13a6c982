"""Speakers of "he said" in a stretch that names one man only (issue 11): a profile
stays with its subject for paragraphs under "he" and the odd possessive, beyond the
reach of the walk over person mentions; the "he" is that man, unless anyone else the
stretch mentions may be him. Each article is written for the test; each assertion
reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

PROFILE = """The professor who went back to the front

Berhane Tadesse teaches economics at a small college in the north. "I never planned to
fight," Tadesse said on Monday.

Back at the bungalow, he led me down the corridor and showed me where he slept. The
room held a single bed, a cupboard and a night table. He poured two glasses of tea.
The garden was dark and quiet. We sat in the courtyard, beside a clothesline draped
with Tadesse's laundry. The power failed again, casting us into darkness.

"If you like comfort, you will never do this," he told me.
"""


def test_he_in_a_stretch_of_one_man_is_that_man(nlp: Language) -> None:
    """Only Tadesse is named in the stretch: the "he" who tells me is Tadesse."""
    found = speakers(nlp, PROFILE)
    tadesse = speaker_of(found, "I never planned")
    assert tadesse is not None and "Tadesse" in tadesse, found
    assert speaker_of(found, "If you like comfort") == tadesse, found


def test_another_man_named_in_the_stretch_leaves_it_open(nlp: Language) -> None:
    """His cousin is named in passing, and may be the "he" as well: no one."""
    brother = PROFILE.replace("Tadesse's laundry", "his cousin Daniel Mekonnen's laundry")
    found = speakers(nlp, brother)
    assert speaker_of(found, "If you like comfort") is None, found


def test_an_unnamed_man_on_the_scene_leaves_it_open(nlp: Language) -> None:
    """ "A neighbour came over" after Tadesse's last mention: the "he" may be him."""
    neighbour = PROFILE.replace("The power failed again", "A neighbour came over. The power failed")
    found = speakers(nlp, neighbour)
    assert speaker_of(found, "If you like comfort") is None, found
