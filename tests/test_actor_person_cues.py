"""A name the model labels an organisation in most of its sentences is a person when
the article gives it an age between commas, a "he" after it or a film to direct, and
nothing in the text shows a body; a body followed by "it", or owning the person a "he"
stands for, stays a body."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.actors import extract_actors


def types(nlp: Language, text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(nlp(text))}


AWARD = (
    "Springboks sweep rugby awards\n\n"
    "South Africa's Bakkies Burger was named player of the year as the Tri-Nations "
    "champions swept the awards.\n\n"
    "The flanker beat Ireland's Gordon Walsh to the prize. Burger's award came just a week "
    "after he won the equivalent honour at home.\n\n"
    "McKenzie, who also coached Burger at under-21 level, paid tribute to him."
)

HURDLES = (
    "Hurdles title for Scott\n\n"
    "Karen Pritchard won the pentathlon in Birmingham on Sunday. Teenager Tom Hart was vying "
    "for top spot with Olympian Andy Turner. Scott, 22, smashed his personal best on the "
    "way to the final."
)

FILM = (
    "French film leads Cesar nominations\n\n"
    "A Very Long Journey has received 12 nominations for the Cesar awards. The film, "
    "directed by Jean-Pierre Marchand, received best actress, picture and director "
    "nominations."
)

BODIES = (
    "Morgan Stanley cuts forecast\n\n"
    "Morgan Stanley said it expected slower growth. Morgan Stanley's chief economist said "
    "he saw no recession.\n\n"
    "Ford said it would recall 40,000 trucks. Ford, which builds the trucks in Kentucky, "
    "said its dealers would repair them."
)


def test_a_he_after_the_name_makes_a_person_of_organisation_labels(nlp: Language) -> None:
    assert types(nlp, AWARD)["Bakkies Burger"] == "person"


def test_an_age_between_commas_makes_a_person(nlp: Language) -> None:
    assert types(nlp, HURDLES)["Scott"] == "person"


def test_the_director_of_a_film_is_a_person(nlp: Language) -> None:
    assert types(nlp, FILM)["Jean-Pierre Marchand"] == "person"


def test_bodies_followed_by_it_or_owning_a_person_stay_bodies(nlp: Language) -> None:
    found = types(nlp, BODIES)
    assert found["Morgan Stanley"] == "organization"
    assert found["Ford"] == "organization"


AGENCY = """Minister sees no price shock

Tehran radio quoted Oil Minister Reza Tavakoli as saying the raid had not changed the
market.

IRNA said he gave no reply when asked about the strait. "No country gains from this,"
the radio quoted him as saying.
"""


def test_an_acronym_followed_by_he_stays_a_body(nlp: Language) -> None:
    """ "IRNA said he gave no reply": the "he" is the minister the agency quotes. An
    acronym is a body's, so IRNA is no person and "him" stays the minister."""
    types = {actor.name: actor.type for actor in extract_actors(nlp(AGENCY))}
    assert types.get("IRNA") != "person", types


MERGER = (
    "Hewlett-Packard weighs a merger\n\n"
    "Carly Fiorina wanted a deal with Compaq. She told her board to wait. Compaq, she "
    "predicted, would come to them first. The talks with Compaq took months."
)


def test_a_she_who_tells_of_the_body_makes_no_person(nlp: Language) -> None:
    assert types(nlp, MERGER)["Compaq"] == "organization"
