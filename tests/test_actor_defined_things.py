"""Things, designations and pieces of names the article itself shows are no actors
(`actors/defined_things.py`, `actors/fragments.py`): written articles, read through the
actor extractor as a briefing lists its actors."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.actors import extract_actors
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def listed(nlp: Language, text: str) -> set[str]:
    """The actors a briefing lists (pages aside)."""
    return {a.name for a in extract_actors(nlp(text)) if a.listed}


def test_a_name_defined_as_a_technology_is_no_actor(nlp: Language) -> None:
    found = listed(
        nlp,
        "Studios asked shops to stop selling software that defeats CopyLock. CopyLock, "
        "a technology that Vexatron designed to stop copying, was launched last year. "
        "Vexatron Corp said sales had doubled.",
    )
    assert "CopyLock" not in found
    assert "Vexatron Corp" in found or "Vexatron" in found


def test_a_name_defined_as_a_device_designed_to_is_no_actor(nlp: Language) -> None:
    found = listed(
        nlp,
        "The top music award went to QBEAT miniLoop, a pocket music sequencer designed to let "
        "people write songs on a phone. Judges chair Helen Marsh said it was a worthy winner.",
    )
    assert not any("miniLoop" in name for name in found)
    assert "Helen Marsh" in found


def test_a_firm_named_like_its_product_stays(nlp: Language) -> None:
    found = listed(
        nlp,
        "Search start-up Copernic has released a second version of its software. Copernic is "
        "desktop search software that watches what someone is working on. Since Copernic "
        "launched it has faced competition from Google.",
    )
    assert "Copernic" in found


def test_a_company_defined_as_a_company_stays(nlp: Language) -> None:
    found = listed(
        nlp,
        "Copernic, a technology company based in Canada, has released a new version. "
        "Copernic said it would cut 300 jobs. Chief executive Paul Rinder said the cuts "
        "were painful.",
    )
    assert "Copernic" in found


def test_a_designation_of_common_words_is_no_actor(nlp: Language) -> None:
    found = listed(
        nlp,
        "Karen Vaughn, a Gold Star mother, spoke at the convention on Thursday. She told "
        "Donald Trump that Gold Star families had sacrificed enough.",
    )
    assert "Gold Star" not in found
    assert {"Karen Vaughn", "Donald Trump"} <= found


def test_a_party_before_a_family_noun_stays(nlp: Language) -> None:
    found = listed(
        nlp,
        "She grew up in a Labour family in Leeds. Labour leader Tony Blair said the party "
        "would win the election.",
    )
    assert "Labour Party" in found or "Labour" in found


def test_the_second_half_of_a_pair_of_constituencies_is_no_place(nlp: Language) -> None:
    found = listed(
        nlp,
        "The SNP won in Dundee East and West, the party's leader Nicola Sturgeon said on Friday.",
    )
    assert "West" not in found
    assert "Nicola Sturgeon" in found


def test_the_west_after_a_region_stays(nlp: Language) -> None:
    found = listed(
        nlp, "Tensions between the Middle East and West grew after the attack, Tony Blair said."
    )
    assert "West" in found


def test_coins_named_by_their_noun_are_no_actors(nlp: Language) -> None:
    found = listed(
        nlp,
        "Dealers sold out of Maple Leaf coins and Britannia coins this week, said Anne "
        "Jones, a bullion trader in London.",
    )
    assert not found & {"Maple Leaf", "Britannia"}
    assert "Anne Jones" in found


def test_a_substance_someone_was_high_on_is_no_actor(nlp: Language) -> None:
    found = listed(
        nlp,
        "Police said the man was high on PCP when he attacked. Officers found PCP in his "
        "car, and a detective, Mark Allen, said the drug made him violent.",
    )
    assert "PCP" not in found
    assert "Mark Allen" in found


def test_a_show_named_best_show_is_no_actor(nlp: Language) -> None:
    found = listed(
        nlp,
        "SpongeBob SquarePants was named best animated TV show while Brad Bird was named "
        "best director. Tom Kenny, who provides the voice for SpongeBob SquarePants, "
        "hosted the ceremony.",
    )
    assert "SpongeBob SquarePants" not in found
    assert {"Brad Bird", "Tom Kenny"} <= found
