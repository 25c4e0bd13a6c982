"""Which dollar a figure is in: wire copy writes the local dollar bare ("dlrs") and the
American one as "U.S. dlrs" (generator/extract/dollar_places.py). Texts written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.figures import extract_figures
from generator.model import Figure
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def unit_of(nlp: Language, text: str, written: str) -> str | None:
    found: list[Figure] = [f for f in extract_figures(nlp(text), minor=True) if f.text == written]
    assert found, f"{written!r} not read"
    return found[0].unit


def test_a_story_set_in_canada_has_its_bare_dollars_in_canadian_dollars(nlp: Language) -> None:
    """Three places of one dollar country, none American or of another country."""
    text = (
        "Canada's merchandise trade surplus widened to 1.2 billion dlrs in March, "
        "Statistics Canada said. Exports to Ontario buyers rose to 9.4 billion dlrs."
    )
    assert unit_of(nlp, text, "1.2 billion dlrs") == "CAD"
    assert unit_of(nlp, text, "9.4 billion dlrs") == "CAD"


def test_the_us_dollar_written_out_marks_the_bare_ones_as_local(nlp: Language) -> None:
    text = (
        "Brambleton Mines Ltd of Toronto said it earned 45 mln dlrs, after a 12 mln U.S. "
        "dlr writedown of its Yukon mine. Brambleton sells most of its gold in Quebec."
    )
    assert unit_of(nlp, text, "45 mln dlrs") == "CAD"
    assert unit_of(nlp, text, "12 mln U.S. dlr") == "USD"
    # by places alone, a story that names another country too is not settled; nor USD
    peru = (
        "Brambleton Mines Ltd of Toronto said it earned 45 mln dlrs from its mine in Peru. "
        "It sells its gold in Quebec and Ontario."
    )
    assert unit_of(nlp, peru, "45 mln dlrs") is None
    assert unit_of(nlp, peru.replace("mine in Peru", "Yukon mine"), "45 mln dlrs") == "CAD"


def test_a_story_naming_its_other_country_once_is_not_set_there(nlp: Language) -> None:
    """One mention (a buyer "of Canada") does not set the story in Canada: unsettled,
    the dollar stays unnamed; a story that names America more keeps its US dollars."""
    once = "Harlow Corp said it sold its pump unit to a firm of Canada for 30 mln dlrs."
    assert unit_of(nlp, once, "30 mln dlrs") is None
    american = once.replace("Harlow Corp said", "Harlow Corp of New York, an American firm, said")
    assert unit_of(nlp, american, "30 mln dlrs") == "USD"


def test_a_story_between_two_dollar_countries_leaves_the_dollar_unnamed(nlp: Language) -> None:
    """Toronto and Washington both named, "U.S." nowhere before a dollar: unsettled."""
    text = (
        "Talks in Toronto on lumber duties of 350 mln dlrs ended without a deal, and "
        "officials will meet again in Washington. Ontario mills want the duty cut."
    )
    assert unit_of(nlp, text, "350 mln dlrs") is None


def test_a_world_priced_commodity_is_not_lent_the_local_dollar(nlp: Language) -> None:
    text = (
        "Gold closed at 405.50 dlrs an ounce in Hong Kong, dealers said. Hong Kong "
        "banks bought 20 mln dlrs of bonds on the Hong Kong market."
    )
    assert unit_of(nlp, text, "405.50 dlrs an ounce") is None
    assert unit_of(nlp, text, "20 mln dlrs") == "HKD"


def test_a_results_table_in_cents_takes_the_storys_dollar(nlp: Language) -> None:
    """ "Shr 36 cts / Net 10.0 mln": the table's sums are in the dollar its cents are."""
    canada = (
        "Calgary Pipe Ltd of Alberta, Canada, said quarterly results were:\n"
        "    Shr 36 cts vs 68 cts\n"
        "    Net 10,042,000 vs 16,100,000\n"
        "    Revs 441.6 mln vs 470.8 mln\n"
    )
    assert unit_of(nlp, canada, "10,042,000") == "CAD"
    american = canada.replace("Calgary Pipe Ltd of Alberta, Canada,", "Dayton Pipe Co")
    assert unit_of(nlp, american, "10,042,000") == "USD"


def test_reais_and_centigrade_are_units_not_counted_nouns(nlp: Language) -> None:
    """ "awarded the airline 3bn reais ($1.1bn)" read as a count of "reais" with no unit
    (and its bracket lost its dollar sign); "35 centigrade" as a count of "centigrade"."""
    text = "On Monday a judge awarded the airline 3bn reais ($1.1bn)."
    assert unit_of(nlp, text, "3bn reais") == "BRL"
    assert unit_of(nlp, text, "$1.1bn") == "USD"
    heat = "Temperatures reached 35 centigrade in Madrid on Sunday."
    assert unit_of(nlp, heat, "35 centigrade") == "°C"


def test_cfa_francs_are_money_in_the_country_named(nlp: Language) -> None:
    """ "400 billion CFA francs": "CFA" between the number and "francs" left a count of
    "CFA francs", and the dollars in brackets said they counted "CFA francs" too."""
    text = "Ivory Coast export revenues fell to 400 billion CFA francs (1.3 billion dlrs) in 1986."
    assert unit_of(nlp, text, "400 billion CFA francs") == "XOF"
    said = [f.counts for f in extract_figures(nlp(text), minor=True)]
    assert not any(s and "CFA" in s for s in said)
    text = "Cameroon's budget will rise to 90 billion CFA francs next year."
    assert unit_of(nlp, text, "90 billion CFA francs") == "XAF"
