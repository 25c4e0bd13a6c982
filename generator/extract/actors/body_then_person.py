"""A person's name the model ran into the body named before it: "senior vice president
and Tokyo branch manager of Credit Suisse Paul Hofer told a press conference" tagged
"Credit Suisse Paul Hofer", one organisation; so "U.S. Ambassador to GATT Michael
Samuels" and "analyst for Merrill Lynch Capital Markets Mario Balletto".

Wire copy writes a person's job, the employer, then the name, with no comma between. Left
whole, the span is an organisation nobody is: the person's later "Hofer said" finds no
person, the quotes get no speaker, and every "he said" after them is lost. The span is cut
before its last two or three words when they are a full name opening with a given name and
the article writes that surname on its own elsewhere, as it writes a person after the first
mention ("Hofer said"). A firm named after people ("Smith Barney Harris Upham", "Merrill
Lynch Pierce Fenner") is written whole, or by its first name, never by its last word alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.actors.lexicon import ORG_WORDS
from generator.extract.actors.person_of_body import full_person_name

# A full name at the end of the span: three or two words ("Mario Balletto", "Arthur G.
# Cohen").
NAME_LENGTHS = (3, 2)

# Words that join a body's name to what follows: a span ending in one is no body.
JOINING_WORDS = frozenset({"of", "and", "&", "for", "the", "to", "at", "in", "'s"})


def body_then_person(doc: Doc, ent: Span) -> list[Span] | None:
    """[the body, the person] of an organisation's span that ends with a person's full
    name written alone elsewhere in the article by its surname, or None."""
    if ent.label_ != "ORG" or len(ent) < 3:
        return None
    for size in NAME_LENGTHS:
        if len(ent) - size < 1:
            continue
        name, body = ent[len(ent) - size :], ent[: len(ent) - size]
        if not _person_name(name) or not _body_name(body):
            continue
        if _surname_alone_elsewhere(doc, ent, name):
            return [
                Span(doc, body.start, body.end, label=ent.label_),
                Span(doc, name.start, name.end, label="PERSON"),
            ]
    return None


def _person_name(name: Span) -> bool:
    """Proper nouns written as a person's full name: "Paul Hofer", "Michael Samuels"."""
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name) and full_person_name(
        name.text
    )


def _body_name(body: Span) -> bool:
    """A capitalised name that ends as a name does, not at "of" or "and"; the article
    the model may take in before it ("the Organisation for Economic Cooperation and
    Development Edward Streator") aside."""
    if len(body) > 1 and body[0].lower_ == "the":
        body = body[1:]
    last = body[-1]
    return (
        body[0].text[:1].isupper()
        and last.text[:1].isupper()
        and last.lower_ not in JOINING_WORDS
        and any(t.pos_ == "PROPN" or t.lower_ in ORG_WORDS for t in body)
    )


def _surname_alone_elsewhere(doc: Doc, ent: Span, name: Span) -> bool:
    """Whether the name's last word stands elsewhere in the article as a name on its own:
    capitalised, outside the span, not after the rest of the name ("Paul Hofer" again) and
    not inside a longer run of capitals ("Hofer Brothers")."""
    surname = name[-1].text
    for token in doc:
        if token.text != surname or ent.start <= token.i < ent.end:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            before is not None
            and before.text[:1].isupper()
            and before.is_alpha
            and not before.is_sent_start
        ):
            continue
        if after is not None and after.text[:1].isupper() and after.is_alpha:
            continue
        return True
    return False
