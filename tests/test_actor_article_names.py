"""A name opening with the Arabic article "Al" that the model labels a body ("Al
Qaeda", "Al Jazeera") is no person for the given name "Al"; "Al Gore", labelled a
person, stays one."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.actors import extract_actors


def types(nlp: Language, text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(nlp(text))}


TRUCE = (
    "U.S. presses for truce in Syria\n\n"
    "The Nusra Front has publicly aligned itself with Al Qaeda. Officials want the group "
    'to split with Al Qaeda.\n\n"Nusra is Al Qaeda," Mr. Kerry said.'
)

GORE = (
    "Gore skips convention\n\n"
    "Former Vice President Al Gore will not attend the convention. Al Gore said he was "
    "busy."
)


def test_al_qaeda_is_a_body(nlp: Language) -> None:
    assert types(nlp, TRUCE)["Al Qaeda"] == "organization"


def test_al_gore_is_a_person(nlp: Language) -> None:
    assert types(nlp, GORE)["Al Gore"] == "person"
