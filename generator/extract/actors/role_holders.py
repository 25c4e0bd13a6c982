"""A name written right before a role that names its own body: "Yutaka Hashimoto
general manager of Nippon Life Insurance Co told a conference". Wire copy drops the
comma of the apposition, and the parser then reads the name as the role's modifier,
the way "Uefa spokesman Rob Faulkner" names the employer. But a role with "of", "at"
or "for" and a body's name after it is held at that body: the name before it is the
holder, a person, not a second employer.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actors.lexicon import ORG_WORDS, TITLE_WORDS
from generator.extract.actors.person_of_body import full_person_name

# The prepositions that name where a role is held: "manager of X", "economist at X".
EMPLOYER_PREPOSITIONS = frozenset({"of", "at", "for", "with"})


def role_held_at_body(role: Token) -> bool:
    """The role noun has its own employer after it: a preposition whose object is a
    name the model calls an organisation ("general manager of Nippon Life Insurance
    Co", "chief economist at Hoare Govett")."""
    for prep in role.children:
        if prep.dep_ != "prep" or prep.lower_ not in EMPLOYER_PREPOSITIONS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.ent_type_ == "ORG":
                return True
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and _kind_then_name(obj):
                return True  # "specialist for analysts IDC", "at brokers Hoare Govett"
    return False


def _kind_then_name(kind: Token) -> bool:
    """A common noun for a kind of firm followed by the firm's name in apposition:
    "analysts IDC", "stockbrokers Hoare Govett" (the model may tag such a name as no
    body at all, never as a person or a place)."""
    return any(
        c.dep_ == "appos"
        and c.i == kind.i + 1
        and c.pos_ == "PROPN"
        and c.ent_type_ not in {"PERSON", "GPE", "LOC", "NORP"}
        for c in kind.children
    )


def holder_in_apposition(doc: Doc, span: Span) -> bool:
    """The name with its role in apposition, held at a body: "Willy de Clercq, external
    relations commissioner of the EC, said". Only a person holds a title at a body so;
    a body's apposition is a kind ("Acme, a unit of ..."). The caller leaves out names
    shaped as bodies' ("Citibank, chairman of the committee": a bank in the chair)."""
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    role = _title_from(doc, span.end + 1)
    if role is None or role.i + 2 >= len(doc):
        return False
    # Read by the words, not the parse, which often loses an apposition in a long
    # sentence: the role, its preposition, the body's name, and the closing comma.
    i = role.i + 1
    if doc[i].lower_ not in EMPLOYER_PREPOSITIONS:
        return False
    i += 1
    if doc[i].lower_ == "the":
        i += 1
    body_start = i
    while i < len(doc) and doc[i].ent_type_ == "ORG":
        i += 1
    return i > body_start and i < len(doc) and doc[i].text == ","


def holder_after_title(doc: Doc, span: Span) -> bool:
    """The name set off after its title held at a body: "The new chairman of the Bar
    Council, Guy Mansfield QC warned". Read by the words: a title noun, its
    preposition, the body's name, a comma, then the name, which is written as a
    person's is (two capitalised words or more, no body's word: "the chairman of the
    Bar Council, the Law Society and ..." lists bodies)."""
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or not all(t.is_title for t in words):
        return False
    if any(t.lower_ in ORG_WORDS for t in span):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.pos_ == "PROPN" and after.is_title:
        return False  # "Hojatoleslam Akbar" of "Hojatoleslam Akbar Hashemi Rafsanjani"
    i = span.start - 1
    if i < 3 or doc[i].text != ",":
        return False
    i -= 1
    body_end = i
    while i >= 0 and doc[i].ent_type_ == "ORG" and doc[i].lower_ != "the":
        i -= 1
    if i == body_end:
        return False
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ not in EMPLOYER_PREPOSITIONS:
        return False
    title = doc[i - 1]
    return title.is_lower and title.pos_ == "NOUN" and title.lower_ in TITLE_WORDS


def _role_after(doc: Doc, span: Span) -> Token | None:
    """The role noun the name modifies, adjectives and compounds between skipped:
    "Hashimoto general manager", "Smith senior vice president"."""
    role = _title_from(doc, span.end)
    return role if role is not None and span.root.head.i == role.i else None


def _title_from(doc: Doc, i: int) -> Token | None:
    """The first title noun from token `i`, over lower-case adjectives and nouns:
    "general manager", "external relations commissioner"; None if other words come
    first."""
    while i < len(doc) and doc[i].is_lower and doc[i].pos_ in {"ADJ", "NOUN"}:
        if doc[i].lower_ in TITLE_WORDS and doc[i].pos_ == "NOUN":
            return doc[i]
        i += 1
    return None


def holder_before_role(doc: Doc, span: Span, label: str) -> bool:
    """The name is the holder of the role after it, which names its own body (see the
    module docstring). A name the model calls an organisation must open with a given
    name ("John Smith general manager of ...") to be read so."""
    if label != "PERSON" and not full_person_name(span.text):
        return False
    if not all(t.pos_ == "PROPN" for t in span):
        return False
    role = _role_after(doc, span)
    return role is not None and role_held_at_body(role)
