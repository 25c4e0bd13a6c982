""" "Adding to" a thing is no speech (issue 11, "only real quotes"): "..., adding to
honours it has already picked up" put a film forward as the speaker of "it has already
picked up". "Added to" an audience still reports what was said. Articles written for
the test; assertions read the published quotes."""

from __future__ import annotations

from published_speakers import speakers
from spacy.language import Language

PRAISE = """Critics praise road movie

Road movie Long Haul has had more praise heaped on it by two critics' groups, adding to
honours it has already won.

Its director is Ana Ruiz. Ruiz added to reporters that the film would open in Spain in May.
"""


def test_adding_to_a_thing_is_no_report(nlp: Language) -> None:
    found = speakers(nlp, PRAISE)
    assert not any(text.startswith("it has already won") for text in found), found


def test_adding_to_reporters_is_a_report(nlp: Language) -> None:
    found = speakers(nlp, PRAISE)
    assert any(text.startswith("the film would open in Spain") for text in found), found
