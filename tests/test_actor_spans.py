"""Names the model cuts or glues wrongly, and one name spelt two ways (issue 11: junk
and mistyped actors). Articles written for these tests; no corpus text here."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.actor_spans import inner_acronym, merge_spelling_variants
from generator.extract.actors import extract_actors
from generator.model import Actor
from generator.running.nlp import load_model
from tests.test_product_actors import listed


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def test_surname_misspelt_once_joins_the_person(nlp: Language) -> None:
    text = (
        "Secretary of State George Shultz met grain farmers in Kansas on Tuesday. "
        '"We will look at the subsidy again," Shultz told the farmers.\n\n'
        "Schultz said that he does not favour a new subsidy for exports. "
        "Shultz flew back to Washington in the evening."
    )
    actors = listed(nlp, text)
    assert "Schultz" not in actors
    shultz = actors["George Shultz"]
    assert "Schultz" in shultz.aliases
    assert shultz.mentions == 4


def test_two_people_one_letter_apart_stay_apart(nlp: Language) -> None:
    text = (
        "Glen Johnson scored twice for the home side on Saturday. "
        "Alan Johnston, the visiting manager, said his players had been tired. "
        "Johnston added that the pitch was poor."
    )
    actors = listed(nlp, text)
    assert "Glen Johnson" in actors and "Alan Johnston" in actors


TEAM_SHEET = (
    "Shane Horgan moves from the wing to centre. Horgan said he was happy.\n\n"
    "Replacements: Sheahan, Horan, O'Callaghan, Miller."
)


def _person(name: str, text: str, *words: str) -> Actor:
    spans = [(text.index(w), text.index(w) + len(w)) for w in words]
    return Actor(name, "person", [], [], len(spans), spans)


def test_team_sheet_names_a_letter_apart_stay_apart() -> None:
    horgan = _person("Shane Horgan", TEAM_SHEET, "Shane Horgan", "Horgan said")
    horan = _person("Horan", TEAM_SHEET, "Horan,")
    horan.spans = [(horan.spans[0][0], horan.spans[0][1] - 1)]
    kept = merge_spelling_variants([horgan, horan], TEAM_SHEET)
    assert [a.name for a in kept] == ["Shane Horgan", "Horan"]


def test_surname_slip_in_prose_joins_the_person() -> None:
    text = TEAM_SHEET.replace("Horgan said", "Horan said")
    horgan = _person("Shane Horgan", text, "Shane Horgan")
    horan = _person("Horan", text, "Horan said")
    horan.spans = [(horan.spans[0][0], horan.spans[0][0] + 5)]
    kept = merge_spelling_variants([horgan, horan], text)
    assert [a.name for a in kept] == ["Shane Horgan"]
    assert kept[0].aliases == ["Horan"] and kept[0].mentions == 2


def test_full_name_spelt_two_ways_is_one_person(nlp: Language) -> None:
    text = (
        "The students sued Friar Laurence, who had married the young couple in secret. "
        "Friar Laurence denied any wrong. The judges listened for two hours.\n\n"
        "Of Friar Lawrence, the defence lawyer said he only wanted to make peace."
    )
    people = [a for a in extract_actors(nlp(text)) if a.type == "person" and "Friar" in a.name]
    assert [a.name for a in people] == ["Friar Laurence"]
    assert "Friar Lawrence" in people[0].aliases


def test_acronym_with_letters_from_inside_the_words(nlp: Language) -> None:
    text = (
        "Chinese team Weibo Gaming lost 3-0 to T1 in the final in Seoul on Sunday. WBG "
        "had won the semi-final a week earlier, and WBG players said the crowd was loud."
    )
    actors = listed(nlp, text)
    assert "WBG" not in actors
    assert "WBG" in actors["Weibo Gaming"].aliases


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("WBG", "Weibo Gaming", True),
        ("AOL", "America Online", True),
        ("ITV", "Independent Television", True),
        ("REM", "Regular Music", False),  # a vowel: a band's name, not the promoter's
        ("ISIS", "International Studies", False),  # two letters more
        ("BBC", "British Council", False),  # one "b" too many
        ("CNN", "Cable News", False),
        ("FBI", "Federal Reserve", False),
        ("WG", "Weibo Gaming", False),  # plain initials: the ordinary acronym rule
        ("MSN", "MSN Spaces", False),  # the maker, not its service
    ],
)
def test_inner_acronym(short: str, name: str, expected: bool) -> None:
    assert inner_acronym(short, name) is expected


def test_campus_stays_with_its_university(nlp: Language) -> None:
    text = (
        "Some observers, including University of North Carolina at Chapel Hill "
        "professor Maria Lopez, criticised the leak on Sunday."
    )
    actors = listed(nlp, text)
    assert "University of North Carolina at Chapel Hill" in actors
    assert "Chapel Hill" not in actors


def test_word_the_model_left_out_of_a_place(nlp: Language) -> None:
    text = (
        "The studio employs 40 people, with 17 at its offices in Kentish Town, London, "
        "and 23 at its base in Cambridge."
    )
    actors = listed(nlp, text)
    assert actors["Kentish Town"].type == "place"
    assert "Town" not in actors


def test_title_before_a_name_stays_out_of_it(nlp: Language) -> None:
    text = "President Bush met Chancellor Gordon Brown in London on Friday."
    actors = listed(nlp, text)
    assert not any(name.startswith(("President", "Chancellor")) for name in actors)


def test_party_and_country_glued_by_the_model(nlp: Language) -> None:
    text = (
        "Labour campaign spokesman Fraser Kemp said the Tory plans would fail. "
        '"With Labour Britain is working, don\'t let the Tories wreck it," Mr Kemp said. '
        "Britain had its best year for jobs, he added."
    )
    actors = listed(nlp, text)
    assert "Labour Britain" not in actors
    assert actors["United Kingdom"].type == "place"


def test_member_of_parliament_for_a_seat(nlp: Language) -> None:
    text = (
        "Sadiq Khan stepped down on Tuesday as a member of Britain's Parliament for "
        "Tooting, the south London district where he grew up."
    )
    actors = listed(nlp, text)
    assert "Parliament for Tooting" not in actors
    assert "Parliament" in actors


def test_newspaper_column_is_the_newspaper(nlp: Language) -> None:
    text = (
        "Shares rose on Monday. The New York Times Market Place column said the first "
        "half hour of trading was becoming more important for big investors."
    )
    actors = listed(nlp, text)
    assert "New York Times Market Place" not in actors
    assert actors["New York Times"].type == "organization"


def test_office_acronym_is_no_body(nlp: Language) -> None:
    text = (
        "Justice Samuel Alito questioned the solicitor general on Tuesday, saying that "
        "no one believed those cases could have turned on the SG's advocacy."
    )
    assert "SG" not in listed(nlp, text)


def test_company_name_cut_at_its_and(nlp: Language) -> None:
    text = (
        "Mobil Corp said on Monday that its new subsidiary, Mobil Exploration and "
        "Production U.S. Inc., would be based in Dallas."
    )
    actors = listed(nlp, text)
    assert "Mobil Exploration" not in actors
    assert "Production U.S. Inc." not in actors
    assert "Mobil Exploration and Production U.S. Inc." in actors


def test_two_companies_joined_by_and_stay_two(nlp: Language) -> None:
    text = "Shares of General Motors Corp and Ford Motor Co rose on Monday in New York."
    actors = listed(nlp, text)
    assert not any(" and " in name for name in actors)


def test_two_people_glued_at_and_are_two_people(nlp: Language) -> None:
    text = (
        "New Jersey Gov. Chris Christie backed Donald Trump on Friday. Alabama Sen. Jeff "
        "Sessions did the same on Sunday. Sessions said the campaign was a movement. A "
        "columnist says the endorsements from Christie and Sessions show that the party "
        "is uniting."
    )
    actors = listed(nlp, text)
    assert "Christie and Sessions" not in actors
    assert actors["Chris Christie"].mentions == 2
    assert actors["Jeff Sessions"].mentions == 3


def test_body_glued_to_common_words_at_and(nlp: Language) -> None:
    text = (
        "Trump led with 40 percent, according to The Associated Press. In exit polls "
        "conducted for the Associated Press and Television Networks, voters said the "
        "economy mattered most."
    )
    actors = listed(nlp, text)
    assert sorted(actors) == ["Associated Press"]
    assert actors["Associated Press"].mentions == 2


def test_firm_named_for_two_people_stays_one(nlp: Language) -> None:
    text = "Emma Procter joined Procter and Gamble in 2001. Procter said the job was hard."
    assert "Procter and Gamble" in listed(nlp, text)
