"""A size of data given to a device is its storage (issue 11: "6GB | iPod mini model"),
on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "written", "counts"),
    [
        ("The firm launched a music player which can hold 8GB of songs.", "8GB", "songs"),
        ("The firm launched a phone model which can hold 8GB.", "8GB", "storage of phone model"),
        ("A 40GB version of the player went on sale in May.", "40GB", "storage of version"),
        ("The new laptop comes with a 250GB hard drive.", "250GB", "hard drive"),
    ],
)
def test_a_data_size_of_a_device_is_its_storage(
    nlp: Language, text: str, written: str, counts: str
) -> None:
    shown = {f.text: f.counts for f in extract_figures(nlp(text))}
    assert (shown.get(written) or "").split(" (")[0] == counts, shown
