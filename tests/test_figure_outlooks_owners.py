"""What a key figure counts when the sentence says it is no fact, or says whose move it
is only once (session 34, blind review: "10.9 pct | GM", "0.4 pct | rise", "2.8 pct |
rise in economy" for a projection), on sentences written for these tests."""

from __future__ import annotations

import pytest
from key_figures import counts
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        (
            "Treasurer Hale projected the economy would grow 3.1 pct in 1988, after "
            "2.2 pct in 1987.",
            "3.1 pct",
            "projected rise in economy",
        ),
        (
            "Spending on roads is forecast to grow by 4.5% next year, the council said.",
            "4.5%",
            "forecast rise in spending",
        ),
    ],
)
def test_a_forecast_figure_says_it_is_one(
    nlp: Language, text: str, written: str, said: str
) -> None:
    assert counts(nlp, text, written) == said


def test_the_actual_figure_beside_a_forecast_is_no_forecast(nlp: Language) -> None:
    text = "Treasurer Hale projected the economy would grow 3.1 pct in 1988, after 2.2 pct in 1987."
    assert "projected" not in (counts(nlp, text, "2.2 pct") or "")


def test_a_figure_outside_the_forecast_clause_is_a_fact(nlp: Language) -> None:
    text = "Orders rose 6.5 pct in May, more than most analysts had expected."
    assert counts(nlp, text, "6.5 pct") == "rise in orders"


def test_a_listed_company_move_names_the_thing_and_its_owner(nlp: Language) -> None:
    text = (
        "Northland's early April van sales were mostly higher, with Acme Motors Corp up "
        "12.4 pct and Bolt Industries Inc down 3.1 pct."
    )
    assert counts(nlp, text, "12.4 pct") == "rise in early April van sales (Acme Motors Corp)"


def test_a_company_move_beside_another_company_s_takes_the_thing(nlp: Language) -> None:
    text = (
        "Rival Acme Motors Corp said its van sales in the period rose 14.2 pct and "
        "Bolt Industries Inc was up 6.3 pct."
    )
    assert counts(nlp, text, "6.3 pct") == "rise in van sales (Bolt Industries Inc)"


def test_a_move_told_after_its_level_says_what_moved(nlp: Language) -> None:
    text = (
        "March exports of timber totalled 4.12 billion crowns, a decline of 8 pct "
        "against March last year but a rise of 3.5 pct against February."
    )
    assert counts(nlp, text, "8 pct") == "decline in March exports"
    assert counts(nlp, text, "3.5 pct") == "rise in March exports"


def test_people_who_expect_are_counted_not_forecast(nlp: Language) -> None:
    text = "About 72% of the shoppers surveyed expect to buy most of their presents online."
    assert "expected" not in (counts(nlp, text, "72%") or "")


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        (
            "Traders said May soybean oil could rally above 16 cts a lb this week.",
            "16 cts a lb",
            "possible level of May soybean oil",
        ),
        (
            "Rents could rise 2.5 pct in the first half of next year, the agency said.",
            "2.5 pct",
            "possible rise in rents",
        ),
    ],
)
def test_a_possible_move_or_level_says_it_is_only_possible(
    nlp: Language, text: str, written: str, said: str
) -> None:
    assert counts(nlp, text, written) == said


def test_a_move_that_could_not_happen_is_left_alone(nlp: Language) -> None:
    text = "Rents rose 2.5 pct in the first half, and the agency said they could not rise further."
    assert counts(nlp, text, "2.5 pct") == "rise in rents"


def test_the_size_of_a_possible_move_is_no_level(nlp: Language) -> None:
    text = "Dealers said fuel stocks could fall between 400,000 and two mln barrels."
    assert "level" not in (counts(nlp, text, "between 400,000 and two mln barrels") or "")


def test_a_figure_set_against_a_forecast_is_no_forecast(nlp: Language) -> None:
    text = (
        "The bank expected inflation to rise further, to 3.1 per cent this year against "
        "last years 2.2 per cent."
    )
    assert counts(nlp, text, "3.1 per cent") == "expected inflation"
    assert counts(nlp, text, "2.2 per cent") == "inflation"


def test_a_hedge_on_a_forecast_figure_is_no_comparison(nlp: Language) -> None:
    text = "The closures are expected to lead to yearly savings of more than $240m."
    assert counts(nlp, text, "$240m") == "expected yearly savings"


def test_a_figure_beside_an_outlook_called_hard_to_make_is_a_fact(nlp: Language) -> None:
    """ "difficult to predict after last week's award at a rebate of 46.864": nobody
    predicts, and the rebate is last week's, not a predicted one."""
    text = (
        "The result of today's grain tender is very difficult to predict after last "
        "week's large award of 95,000 tonnes at the highest ever rebate of 41.25 dlrs "
        "per tonne, traders said."
    )
    said = counts(nlp, text, "41.25 dlrs per tonne")
    assert said is None or not said.startswith(("predicted", "forecast", "expected")), said


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        (
            "The price of crude is about 50% higher than it was at the start of 2004, but "
            "down on the record high of $55.67 set in late October.",
            "$55.67",
            "record high of price of crude",
        ),
        (
            "The company saw its market value fall from a peak of $120bn to $40bn.",
            "$120bn",
            "peak of market value",
        ),
    ],
)
def test_a_figure_that_is_a_series_extreme_says_so(
    nlp: Language, text: str, written: str, said: str
) -> None:
    """ "down on the record high of $55.67": the figure is the record, not the price now."""
    assert counts(nlp, text, written) == said


def test_a_figure_beside_its_extreme_stays_as_it_is(nlp: Language) -> None:
    """Only the figure the extreme's "of" takes is marked; the fall to $40bn is not a peak."""
    text = "The company saw its market value fall from a peak of $120bn to $40bn."
    assert counts(nlp, text, "$40bn") == "market value"
