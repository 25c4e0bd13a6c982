"""People the model ran into the body named right before them (issue: briefings an
editor can publish unedited): "branch manager of Credit Suisse Paul Hofer told" tags
"Credit Suisse Paul Hofer" as one organisation, so his quotes had no speaker and the
"he said" after them none either. Articles written for these tests; no corpus text.
Each assertion reads the published speakers and actors."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract import extract_document
from generator.model import Actor
from generator.reading.layout import parse

MANAGER = (
    "Gold tax worries Tokyo dealers\n"
    "    A proposed tax on gold trading could put a damper on the Tokyo market and "
    "encourage a shift of trading to Hong Kong and Singapore, senior vice president "
    "and Tokyo branch manager of Credit Suisse Paul Hofer told a press conference.\n"
    '    "Tokyo participants in the gold market could be out of business," he said.\n'
    "    Switzerland had abolished a similar tax after two years, Hofer said.\n"
    "    Trading volume fell by a quarter in the first year of that tax, he added."
)

ENVOY = (
    "U.S. to fight farm subsidies\n"
    "    The United States will fight any new farm subsidies in the trade talks, U.S. "
    "Ambassador to GATT Michael Samuels said.\n"
    "    The talks will decide the future of world farm trade, Samuels told reporters.\n"
    '    "We will not accept a freeze as a solution," he said.'
)


def actors_of(nlp: Language, text: str) -> dict[str, Actor]:
    extraction, problems = extract_document(parse(nlp, text))
    assert problems == []
    return {a.name: a for a in extraction.actors}


def test_manager_run_into_his_bank_is_a_person(nlp: Language) -> None:
    actors = actors_of(nlp, MANAGER)
    assert "Credit Suisse Paul Hofer" not in actors
    assert actors["Paul Hofer"].type == "person"
    assert not any("Suisse" in name and a.type == "person" for name, a in actors.items())
    found = speakers(nlp, MANAGER)
    # the lead too, though the parser read its "told" as one more verb of the lead
    assert speaker_of(found, "A proposed tax on gold trading") == "Paul Hofer", found
    assert speaker_of(found, "Tokyo participants") == "Paul Hofer", found
    assert speaker_of(found, "Switzerland had abolished") == "Paul Hofer", found
    assert speaker_of(found, "Trading volume fell") == "Paul Hofer", found


def test_envoy_run_into_the_body_he_is_sent_to_is_a_person(nlp: Language) -> None:
    actors = actors_of(nlp, ENVOY)
    assert actors["Michael Samuels"].type == "person"
    assert not any("Samuels" in name and a.type != "person" for name, a in actors.items())
    found = speakers(nlp, ENVOY)
    assert speaker_of(found, "The United States will fight") == "Michael Samuels", found
    assert speaker_of(found, "We will not accept") == "Michael Samuels", found


def test_firm_named_after_people_stays_whole(nlp: Language) -> None:
    """The last name is never written alone: "Lynch Pierce Fenner" is no person."""
    text = (
        "Bonds rise\n"
        "    Bond prices rose on Monday, said an economist at Merrill Lynch Pierce Fenner.\n"
        "    Merrill Lynch Pierce Fenner expects rates to fall further, the economist said."
    )
    actors = actors_of(nlp, text)
    assert "Pierce Fenner" not in actors
    assert not any(a.type == "person" for a in actors.values()), actors
