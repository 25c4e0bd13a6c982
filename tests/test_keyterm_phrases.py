# ruff: noqa: E501 - the test articles keep one paragraph per line, as editors paste them
"""Key terms an editor would keep: whole phrases and whole names, on articles written for
these tests (wire copy with its habits: "mln dlrs", "pct", titles glued to names)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.keyterm_phrases import trim_term, whole_term
from generator.extract.keyterms import UNIT_WORDS, extract_keyterms
from generator.extract.summary import extract_summary
from generator.reading.layout import parse

WIRE = """Larkfield Shipping Corp said it agreed to sell its ferry unit, Harbourline Ferries Ltd, to Norvane Holdings Plc for 42 mln dlrs in cash.

The sale must be cleared by the Office of Fair Trading, which has 30 days to decide whether to refer it to the Monopolies and Mergers Commission.

Trade minister Helen Okafor said the government would not stand in the way of the deal. Okafor told reporters the ferry routes to the islands would be kept.

Larkfield chairman Owen Treadwell said certain potential buyers had dropped out after the company's annual results, and the board chose the Norvane offer as the best of the remaining bids.

Norvane said in a letter today that the ferry routes would add about 60 kilo bags of mail a day to its island postal contract and lift its operating profit by 4.5 pct.

Harbourline Ferries carried 1.2 mln passengers last year on its six routes between the mainland and the islands. Its ferry fleet of nine vessels is on average 22 years old.

Harbour authority chairman Sir Martin Pryce said the islands needed the routes more than ever.

Larkfield said the sale would let it repay debt and concentrate on its container shipping business. The Securities and Exchange Commission was told of the sale in a filing, Larkfield said.
"""


@pytest.fixture
def wire(nlp: Language):
    return parse(nlp, WIRE)


def test_listed_terms_are_whole_names_not_roles_or_cut_names(wire) -> None:
    terms = extract_keyterms(wire)
    # the companies and the minister by their fullest names, not "Larkfield" or a role
    assert {"Larkfield Shipping Corp", "Helen Okafor"} <= set(terms)
    for term in terms:
        assert "minister" not in term and "chairman" not in term, term  # no role glued to a name
        assert term not in {"Fair Trading", "Exchange Commission", "Mergers Commission"}, term
        assert not term.endswith(" today"), term
        assert term.split()[0] not in {"certain", "potential", "annual"}, term


@pytest.mark.parametrize(
    ("term", "kept"),
    [
        # a role glued to a person's name: the person
        ("Trade minister Helen Okafor", "Helen Okafor"),
        ("Larkfield chairman Owen Treadwell", "Owen Treadwell"),
        # ... with the style that is part of the name
        ("Harbour authority chairman Sir Martin Pryce", "Sir Martin Pryce"),
        # the tail of a longer name: the whole name
        ("Exchange Commission", "Securities and Exchange Commission"),
        ("Fair Trading", "Office of Fair Trading"),
        # grading and time words at the ends go, and a lone common noun left is no term
        ("certain potential buyers", "buyers"),
        ("letter today", "letter"),
        # whole phrases and whole names stay as they are
        ("ferry routes", "ferry routes"),
        ("container shipping business", "container shipping business"),
        ("Norvane Holdings Plc", "Norvane Holdings Plc"),
    ],
)
def test_whole_term_gives_the_term_an_editor_keeps(wire, term: str, kept: str) -> None:
    assert whole_term(wire, term, UNIT_WORDS) == kept


@pytest.mark.parametrize(
    "term",
    [
        "kilo bags",  # cut from its figure, "60 kilo bags"
        "routes between",  # no noun phrase
    ],
)
def test_whole_term_leaves_out_what_an_editor_deletes(wire, term: str) -> None:
    assert whole_term(wire, term, UNIT_WORDS) is None


def test_grading_words_go_but_names_keep_their_capitals() -> None:
    assert trim_term("the Transportation Department") == "Transportation Department"
    assert trim_term("new Man Utd") == "Man Utd"
    assert trim_term("First Financial") == "First Financial"
    assert trim_term("New York") == "New York"
    assert trim_term("Initial months") == "months"
    assert trim_term("Shell U.K. Ltd Friday") == "Shell U.K. Ltd"
    assert trim_term("January gain") == "gain"


def test_summary_still_ranks_by_textrank_s_own_terms(wire) -> None:
    """The listed terms changed, the summary did not: it ranks by every candidate."""
    shown = extract_keyterms(wire, topn=15)
    ranked = extract_keyterms(wire, topn=15, shown=False)
    assert extract_summary(wire, ranked) == extract_summary(wire)
    assert shown != ranked


def test_a_person_run_into_his_bank_is_listed_by_his_own_name(nlp: Language) -> None:
    """The model tags "Credit Suisse Paul Hofer" one organisation; the actor list splits
    it (`actors.body_then_person`), and so do the key terms: the term is the person."""
    doc = parse(
        nlp,
        "Gold tax worries Tokyo dealers\n"
        "    A proposed tax on gold trading could put a damper on the Tokyo market, senior "
        "vice president of Credit Suisse Paul Hofer told a press conference.\n"
        "    Switzerland had abolished a similar tax after two years, Hofer said.",
    )
    assert whole_term(doc, "Credit Suisse Paul Hofer", UNIT_WORDS) == "Paul Hofer"
