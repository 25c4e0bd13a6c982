"""Counts that frame a story (how many firms report, candidates stand) are no key
figures; counts of what happened are (generator/extract/figures/framing_counts.py).
Texts written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.figures import extract_figures
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def key_texts(nlp: Language, text: str) -> list[str]:
    return [f.text for f in extract_figures(nlp(text))]


def test_the_number_of_firms_in_a_round_up_is_no_key_figure(nlp: Language) -> None:
    text = "Sales of the eight domestic-based manufacturers rose 12 pct to 41,000 cars in May."
    assert key_texts(nlp, text) == ["12 pct", "41,000"]


def test_a_bound_on_the_candidates_on_a_stage_is_no_key_figure(nlp: Language) -> None:
    text = "He never debated with fewer than four candidates, and won 41 pct of the vote."
    assert key_texts(nlp, text) == ["41 pct"]


def test_a_set_told_as_known_or_apart_frames_the_story(nlp: Language) -> None:
    text = (
        "The court's eight remaining members were split. Five other candidates fought on. "
        "A committee of three independent directors approved the merger."
    )
    assert key_texts(nlp, text) == []


def test_counts_of_what_happened_stay_key(nlp: Language) -> None:
    text = (
        "The naira firmed after 17 banks were disqualified from bidding. Four Americans "
        "were killed, and a group of five men was arrested."
    )
    assert sorted(key_texts(nlp, text)) == ["17", "Four", "five"]
