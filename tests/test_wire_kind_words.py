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

Articles written for these tests; each assertion reads the actors a briefing lists.
"""

from __future__ import annotations

from published_actors import listed
from spacy.language import Language

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
