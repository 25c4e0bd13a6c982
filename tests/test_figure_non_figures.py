"""Numbers an editor strikes from the key figures (a title, a level, how often someone
won, an age, a model) and descriptions that say no thing counted (a date, another
figure). Texts written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.figures import extract_figures
from generator.model import Figure
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def shown(nlp: Language, text: str) -> dict[str, Figure]:
    """The key figures of `text` by their text, as the briefing's table shows them."""
    return {f.text: f for f in extract_figures(nlp(text))}


def test_the_million_mark_is_a_level_not_deutsche_marks(nlp: Language) -> None:
    text = (
        "Web users in Europe have passed the 100 million mark. "
        "The bank is raising 400 mln marks through a 300 mln mark Eurobond."
    )
    figures = {f.text: f for f in extract_figures(nlp(text), minor=True)}
    assert "100 million mark" not in figures
    assert figures["100 million"].unit is None
    assert figures["400 mln marks"].unit == "DEM"
    assert figures["300 mln mark"].unit == "DEM"


def test_a_number_glued_into_a_title_is_no_figure(nlp: Language) -> None:
    figures = shown(nlp, "Fans of the NBA 2k6 game waited, and 12,000 copies sold.")
    assert list(figures) == ["12,000"]


def test_how_often_someone_won_is_no_multiple(nlp: Language) -> None:
    text = (
        "She beat the three-times finalist Ana Ruiz in Leeds. "
        "The new disc holds six times more data than a DVD."
    )
    assert list(shown(nlp, text)) == ["six times"]


def test_the_whole_of_a_proportion_and_an_age_after_of_count_nothing(nlp: Language) -> None:
    text = (
        "One of every five farmers reported losses. "
        "The coach praised boys of 14, 15 and 16 who trained in the rain. "
        "About 350 farmers attended."
    )
    assert list(shown(nlp, text)) == ["350"]


def test_a_year_before_results_in_wire_copy_is_a_date(nlp: Language) -> None:
    text = "Net loss 12.4 mln vs loss 8.1 mln\n    Revs 96.3 mln vs 81.7 mln\n"
    text += "    1985 results restated.\n"
    assert "1985" not in shown(nlp, text)


def test_a_model_number_before_a_singular_compound_or_a_name_counts_nothing(
    nlp: Language,
) -> None:
    text = (
        "The maker showed its new 3380 disk drive unit in Boston. "
        '"It sells well," said 3 spokesman Tom Reed. '
        "Surgeons carried out 1,700 heart transplants and the group bought 12 UK firms. "
        "Orvan Air will order a 300 seat plane."
    )
    assert list(shown(nlp, text)) == ["1,700", "12", "300"]


def test_a_date_or_another_figure_is_no_description(nlp: Language) -> None:
    text = (
        "Rail loadings totaled 21,400 cars in the week ended March 14, down 3.1 pct from "
        "the previous week. Gold reserves totalled 51.05 billion crowns, compared with "
        "51.37 billion in May and 60.12 billion crowns a year ago."
    )
    figures = {f.text: f for f in extract_figures(nlp(text), minor=True)}
    assert figures["3.1 pct"].counts != "March 14"
    assert "60.12" not in (figures["51.37 billion"].counts or "")


def test_a_thousands_count_with_its_noun_is_part_of_what_a_price_is_for(
    nlp: Language,
) -> None:
    """ "an additional 44,000 shares ... for 10 dlrs per share": the shares are what the
    price is paid for, not another figure the phrase ran on into."""
    text = (
        "In addition, Hale said he and other officers would also cause to be sold an "
        "additional 44,000 shares to Peter Marsh, an investor, for 10 dlrs per share."
    )
    figures = {f.text: f for f in extract_figures(nlp(text), minor=True)}
    assert "44,000 shares" in (figures["10 dlrs per share"].counts or ""), figures


def test_a_sum_restated_in_another_currency_after_or_some_counts_the_same(
    nlp: Language,
) -> None:
    text = (
        "The four big pension funds alone saw losses on their overseas equity holdings of "
        "over 900 billion yen, or some 6.2 billion dlrs, in 1986/87, brokers said."
    )
    figures = shown(nlp, text)
    assert figures["6.2 billion dlrs"].counts == figures["900 billion yen"].counts


def test_trade_and_an_attempt_after_in_name_nothing_counted(nlp: Language) -> None:
    text = (
        "Wheat futures closed firm, showing gains of 2-1/4 to 5-1/2 cents per bushel in "
        "light trade. Banks drew down 4.1 billion marks in an attempt to meet reserve needs."
    )
    figures = {f.text: f for f in extract_figures(nlp(text), minor=True)}
    assert figures["2-1/4 to 5-1/2 cents per bushel"].counts == "gains"
    assert "attempt" not in (figures["4.1 billion marks"].counts or "")


def test_a_description_never_ends_on_a_notes_verb(nlp: Language) -> None:
    text = (
        "Shr 31 cts vs 22 cts\n    Net 3,120,000 vs 2,410,000\n"
        "    Current qtr oper net excludes operating loss carryforward of 1,210,000 dlrs "
        "or 12 cts per share.\n"
    )
    for figure in extract_figures(nlp(text), minor=True):
        assert not (figure.counts or "").endswith("excludes"), figure


def test_a_past_time_after_a_lone_figure_is_said(nlp: Language) -> None:
    text = (
        "Westbank earned 21.3 mln dlrs or 74 cts per share in last year's third quarter. "
        "Its deposits were 3.1 billion dlrs in 1986."
    )
    figures = shown(nlp, text)
    assert "last year's third quarter" in (figures["21.3 mln dlrs"].counts or "")
    assert "last year's third quarter" in (figures["74 cts per share"].counts or "")
    assert "1986" not in (figures["3.1 billion dlrs"].counts or "")


def test_the_prior_period_of_a_comparison_is_said(nlp: Language) -> None:
    text = (
        "The maker posted third quarter net income of 3,412,000 dlrs, or 21 cts per share, "
        "compared to 2,906,000 dlrs, or 18 cts per share the prior comparable quarter."
    )
    figures = shown(nlp, text)
    assert "prior" in (figures["2,906,000 dlrs"].counts or "")
    assert "prior" in (figures["18 cts per share"].counts or "")
    assert "prior" not in (figures["3,412,000 dlrs"].counts or "")


def test_a_past_time_is_not_said_twice(nlp: Language) -> None:
    text = (
        "The median price of homes was 88,100 dlrs in March. That compared with a median "
        "price of 86,300 dlrs in February and 84,900 dlrs in March a year ago."
    )
    assert shown(nlp, text)["84,900 dlrs"].counts == "median price in March a year ago"


def test_a_list_of_model_numbers_after_a_name_is_no_figure(nlp: Language) -> None:
    """ "Boeing 767, 757 and 747 airliners": each is a model, as "Boeing 767" alone is;
    the last was read as a count of airliners."""
    text = "The Vane plant makes tail sections for Boeing 767, 757 and 747 airliners."
    assert not [f for f in extract_figures(nlp(text), minor=True) if f.text in ("757", "747")]


def test_a_digit_glued_to_wire_noise_is_no_figure(nlp: Language) -> None:
    """ "was 3*k_9xQ Bank said": transmission noise, not a figure counting "Bank"."""
    text = "The weighted average yield of the Orrin tender was 3*k_9xQ Bank said."
    assert "3" not in {f.text for f in extract_figures(nlp(text), minor=True)}
