"""A speaker heading that is a thing, not a person or a body (issue 11, heads28): "His
eyes said", "the move would give them ...", "history says". A quote whose only source
is such a noun phrase is shown without a heading (a direct or partial quote), or not at
all (reported speech, which `published` shows only with a source). A person, a group
or a body that speaks, and a document that speaks for whoever issued it, keep their
heading. The articles are written for the tests."""

from __future__ import annotations

from spacy.language import Language

from tests.test_speakers_headings import heading_of, headings

THINGS = """Council backs night patrols

Councillor Ann Hale spoke at the town hall on Monday.

But Home Office minister Peter Marsh defended the move, saying it would give the \
wardens "just that little bit of edge".

Residents were divided. History says there can be major upheavals after such votes.

Her eyes said what her words would not: "I have had enough of this."
"""

SOURCES = """Council backs night patrols

Councillor Ann Hale spoke at the town hall on Monday.

The campaign said the patrols would start in March. The retired neurosurgeon said \
the plan was sound. The book claims the council went back on its pledge. Two sheds \
burned down, according to the regional fire service.
"""


def test_a_thing_is_no_heading(nlp: Language) -> None:
    found = headings(nlp, THINGS)
    shown = {(h or "").casefold() for h in found.values()}
    assert not shown & {"the move", "history", "her eyes"}, found


def test_reported_speech_of_a_thing_is_not_shown(nlp: Language) -> None:
    found = headings(nlp, THINGS)
    assert not any(text.startswith("there can be major upheavals") for text in found), found


def test_people_bodies_and_documents_keep_their_heading(nlp: Language) -> None:
    found = headings(nlp, SOURCES)
    assert heading_of(found, "the patrols would start") == "The campaign", found
    assert heading_of(found, "the plan was sound") == "The retired neurosurgeon", found
    assert heading_of(found, "the council went back") == "The book", found
    assert heading_of(found, "Two sheds burned down") == "The regional fire service", found


INDUSTRY = """Downloads soar in Harland

Sales of downloaded songs rose tenfold in 2004, according to the record industry.

The Harland telex said "the talks will go on" after the meeting.
"""


def test_an_industry_and_a_telex_keep_their_heading(nlp: Language) -> None:
    """ "according to the record industry": an industry speaks through its bodies; a
    telex speaks for whoever sent it. Both are sources a reader wants named."""
    found = headings(nlp, INDUSTRY)
    assert heading_of(found, "Sales of downloaded songs") == "The record industry", found
    assert heading_of(found, "the talks will go on") == "The Harland telex", found
