"""Countries under several names, and kind nouns that are no names (issue 11): one actor
per country however the article writes it, and no second body for "the Association"."""

from __future__ import annotations

from spacy.language import Language

from tests.test_product_actors import listed

MISSILE = (
    "Talks stall as Pyongyang tests missile\n\n"
    "North Korea fired a missile into the sea on Tuesday, officials in Seoul said. The "
    "DPRK has tested six such weapons this year. Analysts said N. Korea wanted attention "
    "before the talks. South Korea's defence ministry said the launch was a provocation."
)

CHIPS = (
    "Chip makers complain\n\n"
    "The European Electrical Component Manufacturers Association complained on Monday "
    "that Japanese firms sold chips below cost. The Commission said the Association had "
    "given enough proof to open an inquiry, which could take a year."
)

TWO_DEPARTMENTS = (
    "Emails moved\n\n"
    "The State Department moved a dozen emails to secure storage, and the Defense "
    'Department did the same with its own. "The Department accepts the principle," '
    "an official wrote."
)

BRAWL = (
    "Mine brawl\n\n"
    "Dozens were hurt in a brawl at a copper mine near the northern Kazakh city of "
    "Aktogay, police said. The nearest Kazakh city, Almaty, is five hours away."
)


def test_a_country_under_its_short_forms_is_one_place(nlp: Language) -> None:
    actors = listed(nlp, MISSILE)
    assert "DPRK" not in actors and "N. Korea" not in actors
    korea = actors["North Korea"]
    assert korea.type == "place"
    assert {"DPRK", "N. Korea"} <= set(korea.aliases)
    assert "South Korea" in actors  # the other Korea stays apart


def test_a_kind_noun_joins_the_one_body_it_names(nlp: Language) -> None:
    actors = listed(nlp, CHIPS)
    assert "Association" not in actors
    body = actors["European Electrical Component Manufacturers Association"]
    assert "Association" in body.aliases and body.mentions == 2


def test_a_kind_noun_beside_two_bodies_of_its_kind_joins_neither(nlp: Language) -> None:
    actors = listed(nlp, TWO_DEPARTMENTS)
    for name in ("State Department", "Defense Department"):
        assert name in actors
        assert "Department" not in actors[name].aliases


def test_a_nationality_and_a_common_noun_is_no_place(nlp: Language) -> None:
    actors = listed(nlp, BRAWL)
    assert "Kazakh city" not in actors
    assert actors["Aktogay"].type == "place" and actors["Almaty"].type == "place"


DOLLAR_SALES = (
    "JAPAN MINISTRY ASKS BANKS TO CUT DOLLAR SALES\n\n"
    "The Finance Ministry has asked trust banks to moderate their dollar selling, banking "
    "sources said. A Ministry official told reporters the Ministry had surveyed foreign "
    "exchange dealings by investors."
)


def test_a_kind_noun_as_a_modifier_joins_its_body_too(nlp: Language) -> None:
    actors = listed(nlp, DOLLAR_SALES)
    assert "Ministry" not in actors
    assert "Ministry" in actors["Finance Ministry"].aliases


GAS_TALKS = (
    "Gas talks resume\n\n"
    "The Russian Federation will resume gas deliveries next week, its energy ministry "
    "said on Friday. Russia cut supplies to Europe in March. Officials of the Syrian Arab "
    "Republic attended the talks in Geneva, and Syria asked for a loan."
)


def test_a_country_under_its_official_name_is_one_place(nlp: Language) -> None:
    actors = listed(nlp, GAS_TALKS)
    assert "Russian Federation" not in actors and "Syrian Arab Republic" not in actors
    assert actors["Russia"].type == "place" and "Russian Federation" in actors["Russia"].aliases
    assert actors["Syria"].type == "place" and "Syrian Arab Republic" in actors["Syria"].aliases


PRIMARY = (
    "Sanders wins New Hampshire\n\n"
    "Bernie Sanders won the New Hampshire primary on Tuesday, beating Hillary Clinton by "
    '22 points. Voters in New Hampshire backed him in every county. "The Granite State '
    "has spoken,\" he told supporters in Concord, and he thanked the Granite State's "
    "young voters."
)


def test_a_state_under_its_nickname_is_the_state(nlp: Language) -> None:
    actors = listed(nlp, PRIMARY)
    assert "Granite State" not in actors
    state = actors["New Hampshire"]
    assert state.type == "place" and "Granite State" in state.aliases
