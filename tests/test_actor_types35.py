"""Names the model calls people that the article shows are not (issue: junk and
mistyped actors): a newspaper named by "daily", a firm named after "analyst with", a
bank holding a bond issue's role, a run of a body's words, a waterway, an acronym's
body, a name cut inside a nickname or at a lower-case word. Articles written for these
tests; no corpus text."""

from __future__ import annotations

from published_actors import listed
from spacy.language import Language

from generator.extract.actors import extract_actors


def people(nlp: Language, text: str) -> set[str]:
    return {name for name, a in listed(nlp, text).items() if a.type == "person"}


def test_daily_before_a_name_read_as_an_adjective_names_a_newspaper(nlp: Language) -> None:
    text = (
        "The government expects cocoa output to rise this year, the official daily "
        "Sanwe Bokro reported.\n"
        "    It said farmers had planted new trees."
    )
    actors = listed(nlp, text)
    assert "Sanwe Bokro" not in people(nlp, text)
    assert actors["Sanwe Bokro"].type == "organization"


def test_a_daily_in_apposition_names_a_newspaper(nlp: Language) -> None:
    text = (
        "Rains have failed in the north.\n"
        "    Tai Kung Lo, a Hong Kong daily, said the drought was the worst in 20 "
        "years.\n"
        "    Farm minister Li Peng said aid would be sent."
    )
    assert "Tai Kung Lo" not in people(nlp, text)
    assert "Li Peng" in people(nlp, text)


def test_name_after_analyst_with_is_the_employer(nlp: Language) -> None:
    text = '"Prices will fall," said Peter Crane, an analyst with Scrimgeour Vickers.'
    assert people(nlp, text) == {"Peter Crane"}
    assert listed(nlp, text)["Scrimgeour Vickers"].type == "organization"


def test_run_of_a_banks_words_is_the_bank(nlp: Language) -> None:
    text = (
        "Bonds for Den Norske Handelsbanken AS and Iceland were trading outside fees.\n"
        "    Den Norske's 1992 bond was quoted at 97.35, dealers said."
    )
    assert "Den Norske" not in people(nlp, text)


def test_name_before_a_waterway_is_a_place(nlp: Language) -> None:
    text = (
        "Two fishing boats were stopped in the Khur Abdullah waterway which lies "
        "between Kuwait and Iraq."
    )
    assert listed(nlp, text)["Khur Abdullah"].type == "place"


def test_name_beside_its_acronym_is_a_body(nlp: Language) -> None:
    text = (
        "Union Pacific Corp said it will enter a partnership with Petroles de Venezuela, "
        "PDVSA, to run the refinery."
    )
    assert people(nlp, text) == set()
    assert listed(nlp, text)["Petroles de Venezuela"].type == "organization"


def test_name_cut_inside_a_nickname_is_no_second_person(nlp: Language) -> None:
    text = 'It fired its former foreign exchange chief, Burkhard "Bobby" Steiner.'
    assert people(nlp, text) == {"Burkhard Steiner"}


def test_lower_case_word_ends_no_persons_name(nlp: Language) -> None:
    text = (
        "Dutch merchant bank Pierson, Heldring en Pierson said in its outlook that "
        "growth would slow this year."
    )
    assert not any(name.endswith(" en") for name in listed(nlp, text))


def test_listener_of_told_is_cut_off_the_name_after_it(nlp: Language) -> None:
    text = "Finance minister Jaime Ortiz told Reuters Kampelman would lead the talks."
    names = {a.name for a in extract_actors(nlp(text))}
    assert "Kampelman" in names
    assert not any(name.startswith("Reuters") for name in names)


def test_bond_issues_manager_is_the_bank_not_a_person(nlp: Language) -> None:
    text = (
        "The notes are priced at par, said sole manager Thomson McKinnon.\n"
        "    Thomson McKinnon Inc is based in New York."
    )
    assert people(nlp, text) == set()
    assert "Thomson McKinnon" in listed(nlp, text)["Thomson McKinnon Inc"].aliases


def test_capitalised_verb_after_to_is_no_part_of_the_name(nlp: Language) -> None:
    text = "Texaco said Pennzoil had no binding contract to Buy Getty Oil shares."
    names = {a.name for a in extract_actors(nlp(text))}
    assert not any(name.startswith("Buy") for name in names)
    assert listed(nlp, text)["Getty Oil"].type == "organization"  # an industry ends it


def test_hyphened_lower_case_syllable_ends_a_persons_name(nlp: Language) -> None:
    text = "North Korean leader Kim Jong-un said the test was a success."
    assert "Kim Jong-un" in people(nlp, text)


def test_station_told_keeps_its_first_word(nlp: Language) -> None:
    text = "Coach Smith told Radio Five Live the team was ready."
    assert "Radio Five Live" in {a.name for a in extract_actors(nlp(text))}
