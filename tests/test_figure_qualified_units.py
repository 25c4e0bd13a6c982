"""Figures that lost or borrowed their unit, or read a neighbour as what they count
(issue "figures that say what they count"), on sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.figures import extract_figures
from generator.model import Figure


def key_figures(nlp: Language, text: str) -> dict[str, Figure]:
    """Each key figure as written -> the figure."""
    return {f.text: f for f in extract_figures(nlp(text))}


def test_a_pound_with_its_country_is_that_countrys_money(nlp: Language) -> None:
    text = "Kilcarra Mills had a pre-tax profit of 315,000 Irish pounds last year."
    got = key_figures(nlp, text)
    assert got["315,000 Irish pounds"].unit == "IEP"
    assert got["315,000 Irish pounds"].counts == "pre-tax profit"


def test_a_dollar_the_family_does_not_list_keeps_its_country(nlp: Language) -> None:
    text = "The Harare brewer raised 18 mln Zimbabwean dlrs from a rights issue."
    got = key_figures(nlp, text)
    assert got["18 mln Zimbabwean dlrs"].unit == "ZWD"


def test_a_ships_tonnage_is_a_measure_not_a_count_of_tons(nlp: Language) -> None:
    text = "Orders at Kobe yards rose to five vessels totalling 212,400 gross tons in May."
    got = key_figures(nlp, text)
    assert got["212,400 gross tons"].unit == "gross tons"


def test_a_size_class_in_the_subject_lends_no_unit(nlp: Language) -> None:
    """The trucks are counted; "six tonnes" only says which trucks."""
    text = (
        "Output of lorries of up to six tonnes fell sharply to 12,300 from 15,800, the office said."
    )
    got = key_figures(nlp, text)
    assert got["12,300"].unit is None
    assert got["15,800"].unit is None


def test_a_unit_given_once_for_a_move_is_still_lent(nlp: Language) -> None:
    text = "Rice exports fell to 17.8 mln tonnes in 1986/87 from 19.5 mln in 1985/86."
    got = key_figures(nlp, text)
    assert got["19.5 mln"].unit == "tonnes"


def test_the_day_that_ends_a_span_of_days_is_no_figure(nlp: Language) -> None:
    text = "Its sales of trucks in the May 11 through 20 sales period increased to 7,210."
    got = key_figures(nlp, text)
    assert "20" not in got


def test_a_delivery_term_after_a_price_is_not_what_it_prices(nlp: Language) -> None:
    text = "Tunisia bought 40,000 tonnes of durum wheat at 162 dlrs per tonne C and F."
    got = key_figures(nlp, text)
    price = got.get("162 dlrs per tonne")
    assert price is None or not (price.counts or "").startswith("C")


def test_a_spaced_dash_ends_the_phrase_a_share_modifies(nlp: Language) -> None:
    text = (
        "Tarvo Motors - in which Kessel owns a 38% stake - contributed 1.2bn euros in net "
        "income over the year."
    )
    got = key_figures(nlp, text)
    assert "contributed" not in (got["38%"].counts or "")
    assert (got["38%"].counts or "").startswith("stake")
