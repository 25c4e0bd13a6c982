"""The PolNeAR speaker oracle (`benchmarks/speakers_polnear.py`) sorts gold Source
spans by form and judges a published speaker against them: strings written here, no
model runs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "speakers_polnear.py"
_spec = importlib.util.spec_from_file_location("speakers_polnear", SCRIPT)
assert _spec and _spec.loader
oracle = importlib.util.module_from_spec(_spec)
sys.modules["speakers_polnear"] = oracle
_spec.loader.exec_module(oracle)


def test_names_with_titles_and_appositions_are_names() -> None:
    for source in (
        "Hillary Clinton",
        "Sen. Ted Cruz",
        "Jeb Bush, the former Florida governor,",
        "Clinton campaign spokesman Brian Fallon",
        "the Republican National Committee",
        "Trump",
        "Sanders",
        "Richards",
    ):
        assert oracle.source_form(source) == "name", source


def test_pronouns_descriptions_and_groups() -> None:
    assert oracle.source_form("he") == "pronoun"
    assert oracle.source_form("She") == "pronoun"
    for source in (
        "the senator",
        "a spokesman for Trump",
        "Clinton's campaign",
        "The judge",
        "The Arizona Republican",
    ):
        assert oracle.source_form(source) == "description", source
    for source in ("officials", "some analysts", "Republicans", "many voters"):
        assert oracle.source_form(source) == "group", source
    assert oracle.source_form("a friend") == "unnamed"
    assert oracle.source_form("a senior Cruz adviser") == "description"
    assert oracle.source_form("") == "none"


def test_agreement_is_the_last_name_word() -> None:
    assert oracle.last_name_word("Sen. Ted Cruz, R-Texas") == "Cruz"
    assert oracle.agrees("Hillary Clinton", "Mrs. Clinton")
    assert oracle.agrees("Donald Trump", "trump")
    assert not oracle.agrees("Bill Clinton", "Hillary Rodham Clinton's aide Huma Abedin")
    assert not oracle.agrees("Jeb Bush", "Marco Rubio")


def test_a_full_name_closing_a_described_source_agrees() -> None:
    assert oracle.agrees("Susan Bucher", "Palm Beach County Supervisor of Elections Susan Bucher")
    assert oracle.agrees("Tad Devine", "One of his advisers, Tad Devine")
    assert not oracle.agrees("Hillary Clinton", "Hillary Clinton's aide Huma Abedin")
    assert not oracle.agrees("Devine", "One of his advisers, Tad Devine")


def test_a_spelled_out_body_agrees_with_its_gold_acronym() -> None:
    assert oracle.agrees("International Monetary Fund", "the IMF")
    assert oracle.agrees("Democratic National Committee", "DNC")
    assert not oracle.agrees("Iran", "IMF")
    assert not oracle.agrees("International Monetary Fund", "the IEA")


def test_results() -> None:
    assert oracle.classify("name", None, "Marco Rubio", False) == "MISSING"
    assert oracle.classify("pronoun", None, "he", False) == "MISSING"
    assert oracle.classify("group", None, "officials", False) == "empty"
    assert oracle.classify("name", "Jeb Bush", "Marco Rubio", False) == "WRONG"
    assert oracle.classify("name", "Marco Rubio", "Rubio", False) == "agree"
    assert oracle.classify("pronoun", "Marco Rubio", "he", True) == "same-mention"
    assert oracle.classify("description", "Marco Rubio", "the senator", False) == ("other-mention")


def test_score_quotes_matches_by_overlap_and_reads_the_source() -> None:
    text = 'Marco Rubio said the plan "will fail badly" on Tuesday.'
    start = text.index('"will')
    end = text.index(" on Tuesday")
    gold = oracle.Gold(content=[(start, end)], source=[(0, 11)], direct=True)
    quote = {
        "start": start + 1,
        "end": end - 1,
        "speaker": None,
        "speaker_mention": None,
        "speaker_start": None,
        "speaker_end": None,
        "rule": "direct.no_speaker",
        "kind": "direct",
        "parts": None,
    }
    rows = oracle.score_quotes("a", text, [quote], [gold])
    assert [(row.form, row.result, row.source) for row in rows] == [
        ("name", "MISSING", "Marco Rubio")
    ]
    far = {**quote, "start": 0, "end": 5}
    assert oracle.score_quotes("a", text, [far], [gold]) == []
