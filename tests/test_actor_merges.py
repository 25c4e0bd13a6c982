"""One actor per person or body on wire and political copy: short forms, acronyms and
surnames join the full name, and words that name another body never do."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.actors import extract_actors
from generator.model import Actor
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def named(actors: list[Actor], name: str) -> Actor | None:
    return next((a for a in actors if a.name == name), None)


def holding(actors: list[Actor], form: str) -> list[str]:
    """Names of the actors that show `form` as their name or an alias."""
    return [a.name for a in actors if a.name == form or form in a.aliases]


AGENCY = (
    "The Federal Aviation Administration said on Tuesday it would review the routes. "
    "Northwest Airlines Inc asked the Department of Transportation to approve the "
    "merger, and a spokesman said the DOT had not yet ruled.\n\n"
    "Broadcasts by the Voice of America were cut off last year, said Anna Berg, a "
    "director at VOA."
)


def test_acronym_with_small_words_joins_the_agency(nlp: Language) -> None:
    actors = extract_actors(nlp(AGENCY))
    assert holding(actors, "DOT") == ["Department of Transportation"]
    assert holding(actors, "VOA") == ["Voice of America"]


SECURITY = (
    "The magazine said the former National Security Adviser had been overheard. It "
    "said the monitoring was done by the top-secret National Security Agency (NSA). "
    "A congressional aide said the panel would ask the NSA for copies of the tapes."
)


def test_bracketed_definition_decides_an_acronym_two_names_spell(nlp: Language) -> None:
    actors = extract_actors(nlp(SECURITY))
    assert holding(actors, "NSA") == ["National Security Agency"]


CHAMBERS = (
    "House Minority Leader Nancy Pelosi said the leaks were a threat. She spoke after "
    "White House officials met on Friday, and House members in close races voiced "
    "concern.\n\n"
    "Rep. John Miller, a member of the House Intelligence Committee, said the House "
    "would hold hearings."
)


def test_the_house_is_no_short_form_of_the_white_house(nlp: Language) -> None:
    actors = extract_actors(nlp(CHAMBERS))
    for body in ("White House", "House Intelligence Committee"):
        actor = named(actors, body)
        assert actor is not None
        assert "House" not in actor.aliases


COMMONS = (
    "The bill passed the House of Commons on Monday. The prime minister told the House "
    "that the plan was fair."
)


def test_the_house_still_joins_the_house_of_commons(nlp: Language) -> None:
    actors = extract_actors(nlp(COMMONS))
    assert holding(actors, "House") == ["House of Commons"]


PARTY = (
    "Senator Mark Hale won the Republican primary in Ohio on Tuesday and picked up "
    "delegates to the Republican National Convention. The Republican front-runner "
    "said he would unite the party. About half of Republican voters backed him."
)


def test_a_party_adjective_is_no_short_form_of_the_convention(nlp: Language) -> None:
    """The convention is an event, no actor (actor_cues.contest_name); the party's
    adjective is not made a name of anything else in its place."""
    actors = extract_actors(nlp(PARTY))
    assert named(actors, "Republican National Convention") is None
    assert not any("Republican" in actor.aliases for actor in actors)


RAIDER = (
    "TransGas Corp said its suit alleges that Coastal Corp and its chairman, Oscar S. "
    "Wyatt Jr, interfered with its agreements. The suit seeks injunctions against "
    "Wyatt and Coastal, the company said."
)


def test_surname_joins_a_name_with_a_generational_suffix(nlp: Language) -> None:
    actors = extract_actors(nlp(RAIDER))
    assert holding(actors, "Wyatt") == ["Oscar S. Wyatt Jr"]


BROKER = (
    "Fundamental Brokers Inc said it agreed to acquire assets of MKI Government "
    "Brokers Inc for undisclosed terms. The deal includes the brokerage division of "
    "MKI, a major broker of corporate bonds. MKI has ceased brokering treasury bills."
)


def test_first_word_of_a_firm_with_a_role_after_it_joins_the_firm(nlp: Language) -> None:
    actors = extract_actors(nlp(BROKER))
    assert holding(actors, "MKI") == ["MKI Government Brokers Inc"]


UTILITY = (
    "Consolidated Edison Co said on Tuesday it would cut its rates by 3.1 pct next "
    "month. The state said the agreement was fair to customers. Con Edison said the "
    "cut reflected lower federal taxes."
)


def test_abbreviated_short_form_joins_the_firm_without_its_legal_form(nlp: Language) -> None:
    actors = extract_actors(nlp(UTILITY))
    assert holding(actors, "Con Edison") == ["Consolidated Edison Co"]


MAIDEN = (
    "Proposals from the Democratic front-runner, Hillary Rodham Clinton, would raise "
    "taxes on capital gains. Hillary Clinton said on Monday the plan was fair."
)


def test_a_given_name_before_a_maiden_name_stays_in_the_name(nlp: Language) -> None:
    actors = extract_actors(nlp(MAIDEN))
    assert [a.name for a in actors if a.type == "person"] == ["Hillary Rodham Clinton"]


def test_a_given_initial_joins_the_one_full_name_of_that_surname(nlp: Language) -> None:
    """A team sheet writes "B Nolan" for the "Brian Nolan" the report names: one actor.
    Two full names of one surname and initial ("Kevin" and "Karl Doyle") leave "K Doyle"
    apart: it could be either."""
    text = (
        "Tomas Moran scored two tries as Leinster beat Ulster 24-10 on Saturday. Kevin "
        "Doyle kicked three penalties and his brother Karl Doyle came off the bench. The "
        "man of the match was Brian Nolan, who made 20 tackles.\n\n"
        "Moran said the pack had won the game.\n\n"
        "Leinster: G Burke; T Moran, K Doyle, P Walsh, B Nolan; R Kearney, S Byrne, J Fahy."
    )
    actors = extract_actors(nlp(text))
    assert holding(actors, "B Nolan") == ["Brian Nolan"]
    assert "K Doyle" not in [*holding(actors, "Kevin Doyle"), *holding(actors, "Karl Doyle")]


def test_the_gulf_alone_joins_the_one_gulf_named_in_full(nlp: Language) -> None:
    """ "the Gulf" after "the Persian Gulf" is one place, not two; beside "the Gulf of
    Oman" (the noun leads: another body of water) it joins nothing."""
    text = (
        "Iran threatened shipping in the Persian Gulf on Monday, and oil prices rose. "
        "Tankers leaving the Gulf were escorted by U.S. warships, the Navy said.\n\n"
        "Traders said the Gulf would stay tense for weeks."
    )
    actors = extract_actors(nlp(text))
    assert holding(actors, "Gulf") == ["Persian Gulf"]
    oman = extract_actors(nlp(text.replace("Persian Gulf", "Gulf of Oman")))
    assert "Gulf" not in holding(oman, "Gulf of Oman")
