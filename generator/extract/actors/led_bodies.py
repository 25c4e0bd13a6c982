"""A body named after the person who leads it, tagged as one person: "the Obama White
House" (the White House under Obama). The model reads the surname and the body's name
as one person's name, so the body became a person and the president's own mentions
merged into it (issue 11, wrong type). The article shows the body on its own elsewhere
("the White House", "a White House aide"); what is left before it is a surname.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.given_names import FEMALE_GIVEN_NAMES, GIVEN_NAMES, MALE_GIVEN_NAMES

# The labels the article's own mentions of the body carry.
BODY_LABELS = frozenset({"ORG", "FAC"})


def body_after_surname(doc: Doc, ent: Span) -> Span | None:
    """The body of a person-labelled span made of one surname and a name of two words
    or more that the article tags elsewhere, alone, as a body or building: "Obama White
    House" -> "White House". None for any other span. A given name first ("Hillary
    Clinton") is a person's name whatever the rest, and a one-word rest is too weak (a
    surname the model also tags as a body)."""
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    if ent.label_ != "PERSON" or ent.end - start < 3:
        return None
    lead, rest = doc[start], doc[start + 1 : ent.end]
    if (
        not lead.is_title
        or lead.text in GIVEN_NAMES | MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES
        or not all(t.is_title for t in rest)
        or rest.text not in _bodies_alone(doc)
    ):
        return None
    return Span(doc, rest.start, rest.end, label="ORG")


def _bodies_alone(doc: Doc) -> set[str]:
    """The names the article's entities tag as a body or building, leading "the" left
    out: "the White House" -> "White House"."""
    names: set[str] = set()
    for ent in doc.ents:
        if ent.label_ in BODY_LABELS:
            start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
            names.add(doc[start : ent.end].text)
    return names
