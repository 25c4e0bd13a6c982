"""The name after a person's name and "of": where the person works, never a person
(issue: mistyped actors).

Wire copy introduces an analyst as "said Richard Jeffrey of Hoare Govett": the model
tags the person and, as often, the firm as a second person, which then got a person's
page. A name that follows another person's name and "of", as an entity of its own, is
the body (or the town) the person is of. A place is left to the caller, which reads
this cue only for a name no place is known by ("Lord Owen of Plymouth").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span


def after_person_of(doc: Doc, span: Span) -> bool:
    """Whether `span` is an entity of its own that the model calls a person, right
    after a person's name of two words or more and "of": "Richard Jeffrey of Hoare
    Govett". Only the model's person is read: what it tags a body is one already, and
    a town it tags a body ("Smit Tak International of Rotterdam") is left as it was.
    One word before "of" may be a style's ("Prince Michael of Kent", "Catherine of
    Aragon"), so it does not count."""
    i = span.start
    if i < 3 or doc[i - 1].lower_ != "of" or doc[i - 1].ent_type_:
        return False
    before, first = doc[i - 2], doc[i - 3]
    return (
        before.ent_type_ == "PERSON"
        and before.ent_iob_ == "I"
        and first.ent_type_ == "PERSON"
        and span[0].ent_iob_ == "B"
        and span[0].ent_type_ == "PERSON"
    )
