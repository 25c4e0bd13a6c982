"""A ratio whose part is "one" ("that one in three homes"), on sentences written for
these tests: the whole alone is no figure (issue 11: "three | homes")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "ratio", "counts"),
    [
        (
            "The survey found that one in four flats had no heating last winter.",
            "one in four",
            "flats",
        ),
        ("Only one in six firms expects to hire more staff this year.", "one in six", "firms"),
    ],
)
def test_one_in_n_is_a_ratio_whatever_comes_before(
    nlp: Language, text: str, ratio: str, counts: str
) -> None:
    shown = {f.text: f for f in extract_figures(nlp(text))}
    assert ratio in shown and counts in (shown[ratio].counts or ""), shown
    assert ratio.split()[-1] not in shown  # not "four | flats"


def test_a_ratio_does_not_count_a_verb_taken_for_a_noun(nlp: Language) -> None:
    text = "The study found that one in five post something on the net every day."
    shown = [f for f in extract_figures(nlp(text)) if (f.counts or "").startswith("post")]
    assert not shown, shown
