"""A person's name the model tags as a product or a work, though the text introduces it
with a person's role: "author and liberal firebrand Cornel West took the conversation"
(tagged a product). The mention was lost, his surname alone became a place ("West
landed a sharp dig"), and his "he said" went to the man quoted before him (issue 11:
wrong speakers, junk actors).

The name counts when it is two or three capitalised words of letters, none a body's or a
place's word, that the sentence does not call a work ("the play Festen"), and when,
read as a person's name, it carries a role written before it ("author", "singer",
"Finance Minister"): `span_mention` finds the role as it does for any person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.actors.lexicon import ORG_WORDS
from generator.extract.actors.mention import _Mention
from generator.extract.actors.places import _known_place
from generator.extract.actors.span_mention import _mention_from_span
from generator.extract.actors.works import _listed_as_work, _named_as_work

#: The model's labels of things a person's name is often mistaken for.
THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})


def role_led_person(doc: Doc, ent: Span) -> _Mention | None:
    """The person's mention of an entity tagged a thing, when a role introduces it."""
    if ent.label_ not in THING_LABELS or not 2 <= len(ent) <= 3:
        return None
    words = [t.text for t in ent]
    if not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    if any(w.casefold() in ORG_WORDS or _known_place(w) for w in words):
        return None
    if _named_as_work(doc, ent) or _listed_as_work(ent):
        return None
    mention = _mention_from_span(doc, Span(doc, ent.start, ent.end, label="PERSON"))
    if mention is None or not mention.roles:
        return None
    return mention
