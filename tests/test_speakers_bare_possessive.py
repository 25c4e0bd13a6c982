"""A presenter named after their network's bare apostrophe ("Fox News\u2019 Sean
Hannity", curly, as PolNeAR's sites write it), which the model sweeps into one
organisation's name: the person is an actor of their own, and "Hannity pressed" is
theirs (surname30, issue 11). Each article is written for the test; each assertion
reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

INTERVIEW = (
    "Candidate softens his line on the wall\n\n"
    "The candidate sat down on Monday night with Fox News\u2019 Sean Hannity for an "
    "hour-long interview.\n\n"
    "\u201cThe paper says you told them the wall is negotiable,\u201d Hannity said.\n\n"
    "The candidate denied it.\n\n"
    "\u201cWould it be negotiable about the people already here?\u201d Hannity pressed.\n"
)


def test_a_presenter_after_a_bare_curly_apostrophe_speaks(nlp: Language) -> None:
    found = speakers(nlp, INTERVIEW)
    assert speaker_of(found, "The paper says") == "Sean Hannity", found
    assert speaker_of(found, "Would it be negotiable") == "Sean Hannity", found


SONGS = (
    "Band returns with a new record\n\n"
    "The band\u2019s new album follows the Stones\u2019 Emotional Rescue in its sound, "
    "critics said.\n\n"
    "\u201cWe wanted it to sound like a night out,\u201d said singer Mark Ellery.\n"
)


def test_an_album_after_a_bare_apostrophe_is_no_person(nlp: Language) -> None:
    """ "Emotional Rescue" is no one's name: nothing is split off the band's record."""
    found = speakers(nlp, SONGS)
    assert speaker_of(found, "We wanted it") == "Mark Ellery", found
