"""Values of numbers written in words with a half or a fraction: the published `value`
is what the text says ("seven and a half percent" is 7.5, not 7). Texts written for
these tests."""

from __future__ import annotations

import pytest

from generator.extract.figures_scan import scan_quantities


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("The rate rose to seven and a half percent.", "seven and a half percent", 7.5, "%"),
        ("It hired one and a half million people.", "one and a half million", 1_500_000, None),
        (
            "It owes three and a half billion dollars.",
            "three and a half billion dollars",
            3.5e9,
            "USD",
        ),
        ("Rates fell three-quarters of a point.", "three-quarters of a point", 0.75, "points"),
        ("Output was cut by two-thirds, he said.", "two-thirds", 2 / 3, None),
        ("It won a two-thirds majority.", "two-thirds", 2 / 3, None),
        (
            "Yields rose six-tenths of a percentage point.",
            "six-tenths of a percentage point",
            0.6,
            "pp",
        ),
    ],
)
def test_a_half_or_a_fraction_word_is_part_of_the_value(
    text: str, written: str, value: float, unit: str | None
) -> None:
    found = {text[q.start : q.end]: q for q in scan_quantities(text)}
    assert written in found, list(found)
    assert (found[written].value, found[written].unit) == (pytest.approx(value), unit)


def test_a_two_quarter_decline_is_no_fraction() -> None:
    """One part is singular, several plural: "a two-quarter decline" is no half."""
    text = "It posted a two-quarter decline."
    assert all(q.kind != "fraction" for q in scan_quantities(text))
