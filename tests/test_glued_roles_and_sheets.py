"""Sports pages (issue 11): a role noun that opens a sentence is the person's role, not
part of their name ("Midfielder Edu scored"), and a team sheet written with commas
alone, or with particles and substitutions, still makes its names players."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document


def actors_of(nlp: Language, text: str) -> dict[str, tuple[str, list[str]]]:
    extraction, problems = extract_document(nlp(text))
    assert problems == []
    return {a.name: (a.type, list(a.roles)) for a in extraction.actors}


def test_a_role_noun_opening_a_sentence_is_the_role_not_the_name(nlp: Language) -> None:
    text = (
        "Arsenal beat Fulham 2-0 at Highbury on Saturday. Midfielder Edu scored twice "
        "in the second half. Veteran Martinez was booked late on."
    )
    found = actors_of(nlp, text)
    assert "Midfielder Edu" not in found
    assert "Veteran Martinez" not in found
    assert found["Edu"] == ("person", ["Midfielder"])
    assert found.get("Martinez", ("person", []))[0] == "person"


def test_a_winger_glued_to_a_surname_keeps_only_the_surname(nlp: Language) -> None:
    text = "Italy pressed hard. Winger Nitoglia dropped the ball as he reached the line."
    found = actors_of(nlp, text)
    assert "Winger Nitoglia" not in found
    assert found["Nitoglia"] == ("person", ["Winger"])


def test_styles_stay_in_the_name(nlp: Language) -> None:
    text = "Sir Clive Woodward named his squad. Lord Butler agreed with the choice."
    found = actors_of(nlp, text)
    assert "Sir Clive Woodward" in found


SIDES = (
    "Ulster beat Borders 31-10 at Ravenhill on Friday night. Adam Larkin kicked the "
    "goals and Paul Steinmetz scored the first try.\n\n"
    "Morton, Moffat, MacRae, Hore, Berthinussen, Warnock, Moore, Thomson, Ford, "
    "Douglas, Blair, Stewart, Gray, Brown, McEntee.\n\n"
    "Kay, Parr, McGee, Rennick, Weston, Millar, Pattison.\n\n"
    "Cunningham, Maxwell, Bell, Steinmetz, Howe, Larkin, Campbell, Best, Shields, "
    "Moore, Frost, McCullough, Ward, Feather, Young.\n"
)


def test_sides_written_with_commas_alone_are_players(nlp: Language) -> None:
    found = actors_of(nlp, SIDES)
    for name in ("Rennick", "Millar", "Thomson", "Ford", "Maxwell", "Gray"):
        assert found.get(name, ("person", []))[0] == "person", name


def test_a_list_of_countries_is_no_team_sheet(nlp: Language) -> None:
    text = (
        "The Cosafa Cup draw was made in Lusaka on Monday.\n\n"
        "Angola, Botswana, Lesotho, Madagascar, Malawi, Mauritius, Mozambique, "
        "Namibia, Swaziland, Zambia, Zimbabwe.\n\n"
        "Kay, Parr, McGee, Rennick, Weston, Millar, Pattison.\n"
    )
    found = actors_of(nlp, text)
    assert found["Zambia"][0] == "place"


def test_particles_and_substitutions_on_a_sheet_are_players(nlp: Language) -> None:
    text = (
        "Wasps beat London Irish 33-9 at the Madejski Stadium.\n\n"
        "Horak, Staniforth, Penney, Nordt, Bishop; Mapletoft, Edwards; Hatley, van der "
        "Walt, Hardwick; Kennedy, Casey; Gustard, Dawson, Murphy.\n"
        "Replacements: Everitt for Mapletoft (53), Hodgson for Edwards (77), Wheatley "
        "for Hatley (71), Paice for van der Walt (60), Strudwick for Kennedy (60), "
        "Danaher for Gustard (66), Reid for Murphy (47)\n"
    )
    found = actors_of(nlp, text)
    for name in ("Horak", "Kennedy", "Hatley", "Penney", "Nordt"):
        assert found.get(name, ("person", []))[0] == "person", name
    assert not any(" for " in name for name in found)


def test_a_glued_role_goes_before_a_possessive_or_a_dash_too(nlp: Language) -> None:
    text = (
        "The nominations were announced on Tuesday. Newcomer Ciara - who recently "
        "topped the charts - is in the running. Newcomer Ciara's four nominations "
        "include best album."
    )
    found = actors_of(nlp, text)
    assert "Newcomer Ciara" not in found
    assert found["Ciara"] == ("person", ["Newcomer"])


def test_a_nationality_glued_to_a_full_name_is_left_out(nlp: Language) -> None:
    text = (
        "The meeting in Madrid drew a strong field. Belgian Kim Gevaert won the 60m. "
        "American Airlines flew the team in."
    )
    found = actors_of(nlp, text)
    assert "Belgian Kim Gevaert" not in found
    assert found["Kim Gevaert"][0] == "person"
    assert found["American Airlines"][0] == "organization"
