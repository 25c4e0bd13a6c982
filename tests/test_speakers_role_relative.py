""" "who" after the body a role is held at is the role holder, not the body (issue:
wrong speakers). Articles written for these tests; no corpus text."""

from __future__ import annotations

import pytest
from published_speakers import speakers
from spacy.language import Language

from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


ANALYST = """Costs under pressure

Gains will not last, said John Smith, a senior analyst at Merrill Lynch, who notes that
the company has vowed to cut at least a billion dollars in costs.

The plan was criticised by Hollis Partners, who said that costs would rise.
"""


def test_who_after_a_role_at_a_body_is_not_the_body(nlp: Language) -> None:
    found = speakers(nlp, ANALYST)
    given = {text: speaker for text, speaker in found.items() if "vowed" in text}
    assert all(speaker != "Merrill Lynch" for speaker in given.values()), found


def test_who_after_a_body_alone_stays_the_body(nlp: Language) -> None:
    found = speakers(nlp, ANALYST)
    given = [speaker for text, speaker in found.items() if "costs would rise" in text]
    assert given == ["Hollis Partners"], found
