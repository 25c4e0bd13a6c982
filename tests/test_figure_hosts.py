"""What a key figure counts when it hangs on a noun of its own, not on its clause's
subject (issue 11: "1,000 billion yen | majors"), on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.figures import extract_figures
from generator.model import Figure


def shown(nlp: Language, text: str, written: str) -> Figure | None:
    """The key figure written as `written`, as the briefing's table shows it, or None."""
    return next((f for f in extract_figures(nlp(text)) if f.text == written), None)


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        (
            "Confidence in the economy improved because of a rise in the peso's exchange rate "
            "to just under 40 U.S. Cents.",
            "40 U.S. Cents",
            "Confidence",
        ),
        (
            "Earnings will match last year's level, despite charges of a possible 300 mln "
            "marks tied to the bond affair.",
            "300 mln marks",
            "Earnings",
        ),
        (
            "In last month's sale for 2,000 billion yen, the three majors took 70 pct of the "
            "paper to build stocks, dealers said.",
            "2,000 billion yen",
            "majors",
        ),
    ],
)
def test_sum_held_by_another_noun_is_not_the_subjects(
    nlp: Language, text: str, written: str, subject: str
) -> None:
    figure = shown(nlp, text, written)
    assert figure is None or subject not in (figure.counts or ""), figure


@pytest.mark.parametrize(
    ("text", "written", "counts"),
    [
        (
            "The candidate claims his net worth is in excess of $10 billion.",
            "$10 billion",
            "net worth",
        ),
        ("Annual profits at the brewer jumped 12% to $1.2bn for the year.", "$1.2bn", "profits"),
        ("The fine was far less than the expected amount of about £22,000.", "£22,000", "fine"),
    ],
)
def test_sum_of_its_subject_keeps_it(nlp: Language, text: str, written: str, counts: str) -> None:
    figure = shown(nlp, text, written)
    assert figure is not None and counts in (figure.counts or ""), figure


def test_what_a_result_clause_gives_is_not_the_subjects(nlp: Language) -> None:
    text = "The lowest bid was 97.50, giving 4.125 pct, the central bank said."
    figure = shown(nlp, text, "4.125 pct")
    assert figure is None or "bid" not in (figure.counts or ""), figure


@pytest.mark.parametrize(
    ("text", "written", "counts"),
    [
        (
            "The region recorded growth in output of 4.5 pct in the quarter.",
            "4.5 pct",
            "growth in output",
        ),
        (
            "Exports to Japan of 300,000 tonnes were a record.",
            "300,000 tonnes",
            "Exports to Japan",
        ),
        ("Shoppers drove a rise in spending of 12.5% in December.", "12.5%", "rise in spending"),
    ],
)
def test_a_sum_of_a_noun_about_another_is_the_first_nouns(
    nlp: Language, text: str, written: str, counts: str
) -> None:
    figure = shown(nlp, text, written)
    assert figure is not None and (figure.counts or "").endswith(counts), figure
