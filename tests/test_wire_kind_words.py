"""Common nouns for a kind of firm that wire copy writes beside a place, which an editor
struck from the actor list by hand (issue 11, junk actors):

- after "U.S." Reuters capitalises the next word as if a sentence began ("U.S. Banks
  cut rates", "told of U.S. Concern that ...", "a U.S. Bank foreign exchange manager",
  "the U.S. Arms-for-Iran affair"): no body is named, though "U.S. Navy" is one;
- between a place and a firm's name ("U.S. Firm Halvorsen Inc", "Sydney stockbroker
  Meares and Lund Ltd"), the kind is no part of the name: the firm is listed under its
  own name, as it is written alone; "U.S. Steel Corp" keeps its first words.

A person's name the model ran into the body before it stays cut off when the body opens
with "the" ("U.S. Ambassador to the Organisation for Economic Cooperation and
Development Edward Streator said"): the ambassador, then "Streator said".

Names the model runs together or cuts: "Goodyear Tire" (a person) + "and Rubber Co" is
one firm; "Nakasone, Kyodo News Service" is a person the article names, then the
agency; "U.S.-Japan" (two places joined) and "U.S. Suggested" (the wire's capital on a
verb) are no actors.

Articles written for these tests; each assertion reads the actors a briefing lists.
"""

from __future__ import annotations

from published_actors import listed
from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

WIRE_CAPITALS = """Iran has new anti-ship missiles, U.S. Officials said.
    Tehran had been told of U.S. Concern that the missiles posed a threat.
    "I think the yen will rise," a U.S. Bank foreign exchange manager said.
    U.S. Banks cut their prime rates, dealers said. The U.S. Arms-for-Iran affair
hurt the dollar.
    The U.S. Navy said its ships were ready.
"""

KIND_BEFORE_FIRM = """U.S. Firm Halvorsen Inc said it would buy the unit for 40 mln dlrs.
    Sydney stockbroker Meares and Lund Ltd said profits rose 12 pct.
    U.S. Steel Corp said it would close a plant in Ohio.
    Halvorsen Inc said the deal would close in May.
"""


def test_capitalised_kind_words_after_us_are_no_actors(nlp: Language) -> None:
    names = set(listed(nlp, WIRE_CAPITALS))
    assert not {"U.S. Concern", "U.S. Bank", "U.S. Banks", "U.S. Arms-for-Iran"} & names, names
    assert "U.S. Navy" in names, names


def test_a_firm_after_a_place_and_its_kind_is_listed_by_its_name(nlp: Language) -> None:
    actors = listed(nlp, KIND_BEFORE_FIRM)
    assert actors["Halvorsen Inc"].type == "organization", set(actors)
    assert "Meares and Lund Ltd" in actors, set(actors)
    assert not any(name.startswith(("U.S. Firm", "Firm ", "Sydney")) for name in actors), set(
        actors
    )
    assert "U.S. Steel Corp" in actors, set(actors)


AMBASSADOR = """Industrial countries must work towards convergence of their economies, U.S.
Ambassador to the Organisation for Economic Cooperation and Development Edward Streator said.
    Liberalisation of world trade was an overriding goal, he added.
    Farm subsidies must be cut, Streator said.
"""


def test_a_name_after_a_body_opening_with_the_is_a_person(nlp: Language) -> None:
    actors = listed(nlp, AMBASSADOR)
    assert actors["Edward Streator"].type == "person", set(actors)
    assert not any(name.endswith("Streator") and name != "Edward Streator" for name in actors)


PERSON_TAGGED_FIRM = """Goodyear Tire and Rubber Co said its 1986 results include a tax refund of
75.7 mln dlrs from the costs of restructuring the company.
    Chairman Robert Mercer said the refund was welcome.
"""

NAME_BEFORE_AGENCY = """The Japanese ambassador to the U.S.
Suggested that Prime Minister Yasuhiro Nakasone make efforts to
present proposals on trade issues when he visits Washington.
    Ambassador Nobuo Matsunaga made the recommendation at a
meeting with Nakasone, Kyodo News Service said.
"""

PLACE_PAIR = """Japan's ambassador to the U.S. Has
Suggested that Prime Minister Yasuhiro Nakasone make efforts to
ease trade friction before his visit.
    Matsunaga also advised that the prime minister should be
prepared to discuss U.S.-Japan economic issues.
    The U.S.-Japan trade dispute intensified last week.
"""


def published_actors(nlp: Language, text: str) -> set[str]:
    """The actors a briefing lists, the article parsed as a build parses it (wire
    capitals given back their case, lines unwrapped)."""
    extraction, problems = extract_document(parse(nlp, text))
    assert problems == []
    return {a.name for a in extraction.actors if a.listed}


def test_a_firm_tagged_a_person_before_and_is_one_firm(nlp: Language) -> None:
    """ "Goodyear Tire" (a person, says the model) + "and Rubber Co": no given name opens
    it, so it is one firm's name, not a person and a firm."""
    actors = listed(nlp, PERSON_TAGGED_FIRM)
    assert actors["Goodyear Tire and Rubber Co"].type == "organization", set(actors)
    assert "Goodyear Tire" not in actors, set(actors)


def test_a_person_before_an_agencys_comma_is_no_part_of_its_name(nlp: Language) -> None:
    names = published_actors(nlp, NAME_BEFORE_AGENCY)
    assert "Kyodo News Service" in names, names
    assert not any(name.startswith("Nakasone,") for name in names), names
    assert "U.S. Suggested" not in names, names  # the wire's capital on a verb


def test_a_pair_of_places_is_no_actor(nlp: Language) -> None:
    names = set(listed(nlp, PLACE_PAIR))
    assert "U.S.-Japan" not in names, names
    assert "Yasuhiro Nakasone" in names, names
