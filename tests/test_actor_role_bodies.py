"""The body where a role is held ("Murphy, the head of Right to Rise USA") takes no
role of its own and is no person, even where the parser hangs its last word on the
role noun as an apposition; the person keeps the role."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.actors import extract_actors

SKYWRITING = (
    "Super PAC chief praises skywriting\n\n"
    "Mike Murphy praised the effort on Friday. \u201cNot us but can\u2019t argue with "
    "it!\u201d Murphy, the head of Right to Rise USA, Tweeted on Friday with an image of "
    "the skywriting."
)


def test_the_body_after_head_of_is_no_person(nlp: Language) -> None:
    actors = {a.name: a for a in extract_actors(nlp(SKYWRITING))}
    assert actors["Right to Rise USA"].type == "organization"
    assert actors["Right to Rise USA"].roles == []
    assert actors["Mike Murphy"].roles == ["head of Right to Rise USA"]
