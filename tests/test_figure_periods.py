"""The other sides of a comparison say their own time (issue 11, "what it counts"):
"727 mln | Net receipts" read as this month's, on sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.figures import extract_figures


def described(nlp: Language, text: str) -> dict[str, str | None]:
    """Each key figure as written -> what the table says it counts."""
    return {f.text: f.counts for f in extract_figures(nlp(text))}


def test_each_side_of_a_comparison_says_its_time(nlp: Language) -> None:
    text = (
        "Net receipts of Halden building societies in May fell to 521 mln stg from "
        "727 mln in April."
    )
    got = described(nlp, text)
    assert got["521 mln stg"] == "Net receipts"  # May is the subject's
    assert got["727 mln"] == "Net receipts in April"


def test_both_ends_of_a_move_say_their_years(nlp: Language) -> None:
    text = "His revenue increased from $362 million in 2014 to $557 million in 2015."
    got = described(nlp, text)
    assert got["$362 million"] == "revenue in 2014"
    assert got["$557 million"] == "revenue in 2015"


def test_a_year_earlier_is_said(nlp: Language) -> None:
    text = "Profit was 1.33bn rupees compared with 874.2m rupees a year earlier."
    got = described(nlp, text)
    assert got["874.2m rupees"] == "Profit a year earlier"


def test_how_often_is_no_time_that_tells_figures_apart(nlp: Language) -> None:
    """ "annually" says how often, not when: the description stays as it was."""
    text = (
        "The unit can be a one billion dlr organization that can grow at more than "
        "seven to 10 pct annually."
    )
    got = described(nlp, text)
    assert "annually" not in (got.get("seven to 10 pct") or "")


def test_a_term_before_a_noun_is_no_time_of_the_figure(nlp: Language) -> None:
    """ "a 250 mln mark five year straight eurobond": the bond's term, not when."""
    text = (
        "The package includes a 250 mln mark five year straight eurobond with a 5-3/8 pct "
        "coupon priced at par, led by DG."
    )
    got = described(nlp, text)
    assert "five year" not in (got.get("250 mln mark") or "")
