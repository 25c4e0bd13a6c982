"""A name before a role held in a body ("Kerrang! editor Dana Holt") or a body's
noun it shares a head with ("Kerrang! magazine readers") is the body's, however the
model labels it (actors.type_votes), on an article written for this test; a firm of a
place ("a San Francisco company") leaves the place a place."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.actors import extract_actors


def test_a_magazine_with_an_editor_is_an_organisation(nlp: Language) -> None:
    text = (
        "Metal albums top readers' poll\n\n"
        "The band led a poll of Kerrang! magazine readers with their debut album.\n\n"
        'Kerrang! editor Dana Holt said: "It\'s amazing to see so many great albums."\n\n'
        "The singer said the band's success in the Kerrang! poll was a triumph."
    )
    got = {a.name: a.type for a in extract_actors(nlp(text))}
    assert got.get("Kerrang") == "organization", got


def test_a_firm_of_a_city_leaves_the_city_a_place(nlp: Language) -> None:
    text = (
        "Matthew Prince, chief executive of CloudFlare, a San Francisco company, said "
        "the sites were taken down. The firm has offices in San Francisco and London."
    )
    got = {a.name: a.type for a in extract_actors(nlp(text))}
    assert got.get("San Francisco") == "place", got
