"""Whose a key figure is, as the table's bracket shows it (issue 11, "what it counts"):
not the speaker of the clause it stands in, not a kind noun that names no one, and not
the noun the count is "of", on sentences written for these tests."""

from __future__ import annotations

import pytest
from key_figures import counts
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        (
            "Mr Hartley defended the levy, saying it would apply to just 1% of the population.",
            "1%",
            "share of population",
        ),
        (
            "Mr Oakes said we had probably lost a third of the independent developers.",
            "a third",
            "independent developers lost",
        ),
        (
            "Ann Fell, head of the Rural League, said she expected between 2,000 and 4,000 "
            "supporters in Carlisle to march.",
            "between 2,000 and 4,000",
            "supporters",
        ),
    ],
)
def test_the_speaker_of_a_reported_clause_is_no_owner(
    nlp: Language, text: str, written: str, said: str
) -> None:
    """The clause's "it", "we" or forecast is not the speaker's: no "(Mr Hartley)"."""
    assert counts(nlp, text, written) == said


def test_a_speaker_a_pronoun_stands_for_keeps_the_figure(nlp: Language) -> None:
    """ "Granite Mills said it has 1,200 customers": "it" is Granite Mills; "Mr
    Kilroy-Silk said he wanted to spend £500m": "he" is Mr Kilroy-Silk, whatever type the
    entity recogniser gives the name."""
    text = "Granite Mills said it has 1,200 customers."
    assert counts(nlp, text, "1,200") == "customers (Granite Mills)"
    text = "And Mr Kilroy-Silk said he wanted to spend an extra £500m a year on refugees."
    assert counts(nlp, text, "£500m a year") == "spending (Mr Kilroy-Silk)"


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        ("Ostra Holdings reported a loss. The bank has 100,000 staff.", "100,000", "staff"),
        (
            "Halden Bank reported a loss. The group plays maybe four or five shows a year.",
            "four or five",
            "shows a year",
        ),
        (
            "Halden Bank reported a loss. The airline was forced to axe 1,000 jobs.",
            "1,000",
            "jobs axed",
        ),
    ],
)
def test_a_kind_noun_that_points_back_is_no_owner(
    nlp: Language, text: str, written: str, said: str
) -> None:
    """ "(company)", "(group)", "(bank)": the kind, not the body named before."""
    assert counts(nlp, text, written) == said


def test_a_kind_noun_is_the_name_it_was_written_with(nlp: Language) -> None:
    """ "Halden Bank ... The bank has 100,000 staff": the bank is Halden Bank."""
    text = "Halden Bank reported a loss. The bank has 100,000 staff."
    assert counts(nlp, text, "100,000") == "staff (Halden Bank)"


def test_a_kind_noun_is_the_name_beside_it(nlp: Language) -> None:
    """ "The operator, Northline Rail, ...": the operator is Northline Rail."""
    text = "Trains began on Monday. The operator, Northline Rail, carried 30,000 passengers."
    assert counts(nlp, text, "30,000") == "passengers (Northline Rail)"


def test_a_kind_noun_that_says_more_keeps_its_bracket(nlp: Language) -> None:
    """An indefinite noun with its own words ("an investor group headed by Jacobs") is
    no pointer to a body named before, and stays."""
    text = "In late February, an investor group headed by Jacobs offered 44 dlrs a share."
    assert counts(nlp, text, "44 dlrs a share") == "offered (investor group)"


@pytest.mark.parametrize(
    ("text", "written", "said"),
    [
        (
            "With a shortage of over 8,000 foster carers in England, fees must rise.",
            "8,000",
            "shortage of foster carers in England",
        ),
        (
            "The stoppage will mean a production loss of up to 3,600 vehicles, Volvo said.",
            "3,600",
            "production loss of vehicles",
        ),
        ("Chevron operates the block on behalf of 16 companies.", "16", "companies"),
    ],
)
def test_the_noun_a_count_is_of_says_what_it_is(
    nlp: Language, text: str, written: str, said: str
) -> None:
    """ "a shortage of 8,000 foster carers" counts a shortage, not carers of a
    shortage's; "on behalf of" is a fixed phrase, no host."""
    assert counts(nlp, text, written) == said


def test_a_plan_a_speaker_names_is_its_maker_s(nlp: Language) -> None:
    """ "Trump called Ford's plans to open a $1.6 billion plant ...": Ford's plant."""
    text = (
        "In April, Trump called Ford's plans to open a $1.6 billion assembly plant in "
        'Mexico "an absolute disgrace."'
    )
    assert counts(nlp, text, "$1.6 billion") == "assembly plant (Ford)"


def test_a_name_further_on_is_no_name_of_the_kind(nlp: Language) -> None:
    """ "The group comprising Federation Nationale du Batiment, Caisse ...": one body of
    the four the group is made of is not the group."""
    text = (
        "The French state sold Banque Hervet in May. The group comprising Federation "
        "Nationale du Batiment, Caisse Nationale de Surcompensation du Batiment et des "
        "Travaux Publics, "
        "Societe Mutuelle d'Assurance du Batiment et des Travaux Publics and Societe "
        "Mutuelle d'Assurance sur la Vie du Batiment et des Travaux Publics received 20.5 "
        "pct of capital."
    )
    assert counts(nlp, text, "20.5 pct") == "share of capital"


def test_a_kind_noun_told_by_its_size_keeps_its_bracket(nlp: Language) -> None:
    """ "The 30 countries covered by the figures": a group its number picks out."""
    text = (
        "The Steel Institute published its figures. The 30 countries covered by the "
        "figures account for about 97 pct of world steel production, the Institute said."
    )
    assert counts(nlp, text, "97 pct") == "share of world steel production (countries)"
