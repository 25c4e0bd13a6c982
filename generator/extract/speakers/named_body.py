"""A body's name as the subject of its own statement: "CECOS International Inc, a
subsidiary of Browning-Ferris, said", "Icstis, the UK's premium rate services watchdog,
said", and then "CECOS said". The model often marks no entity for such a name (or takes
it for a nationality), so no actor covers the mention and no other rule speaks for it.

The name alone is not enough: "Johnson said" is a person the model missed. The article
must say the name is a body's, at this mention (a company's legal form closing it,
"Inc"; an apposition headed by a noun for a body, "the watchdog", "a subsidiary") or by
naming the body in full before (the short name is the opening of one body's name). A
name that is a place, a person, a nationality or a product is never given.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.actor_spans import COMPANY_SUFFIXES
from generator.extract.actors import HONORIFICS, TITLE_WORDS
from generator.extract.given_names import GIVEN_NAMES, LISTED_GIVEN_NAMES
from generator.extract.nationalities import NATIONALITY_WORDS
from generator.extract.products import product_use
from generator.extract.speaker_mentions import _NOMINAL_SUBJECT_DEPS
from generator.extract.speakers.bodies import _body_actor
from generator.extract.speakers.context import _Context
from generator.extract.speakers.lexicon import ORG_NOUNS
from generator.extract.speakers.name_text import _words
from generator.model import Actor, name_key

# Entity labels a body's name may carry as the model reads it: none, an organisation,
# or a nationality ("Icstis" taken for one); never a person, place, product or date.
_BODY_LABELS = frozenset({"", "ORG", "NORP"})
# Words that join the words of one name ("Browning-Ferris", "Marks & Spencer").
_JOINERS = frozenset({"&", "-"})
# The longest name read here, in words: a longer run of capitals is a headline's.
MAX_NAME_WORDS = 6


def named_body_voice(ctx: _Context, start: int, end: int) -> Actor | None:
    """The body a bare name speaking at [start, end) is, when the article shows it is a
    body's name (see the module); None otherwise."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not 0 < len(span) <= MAX_NAME_WORDS or not _bare_name(span):
        return None
    if span.root.dep_ not in _NOMINAL_SUBJECT_DEPS or product_use(span):
        return None
    name = span.text
    known = ctx.by_name.get(name_key(name))
    if known is not None and known.type != "organization":
        return None  # a person or a place of that name: not a body's
    if known is not None:
        # "KERAMOS said", the model marking the name elsewhere only: that body, under
        # the fuller name it was given first if one opens with it
        return _opening_of_one_body(ctx, name, start) or known
    if _legal_form(span) or _apposed_body_noun(span):
        return _body_actor(ctx, name, span.start_char, span.end_char)
    return _opening_of_one_body(ctx, name, start)


def _bare_name(span: Span) -> bool:
    """Capitalised words of one name and nothing else: no article, no possessive, no
    given name first, no title, honorific or nationality, no person or place tag."""
    for token in span:
        if token.text in _JOINERS:
            continue
        if not token.text[:1].isupper() or token.ent_type_ not in _BODY_LABELS:
            return False
        if token.pos_ not in {"PROPN", "NOUN"} or token.text in {"'s", "\u2019s"}:
            return False
        word = token.lower_.rstrip(".")
        if word in TITLE_WORDS or word in HONORIFICS or word in NATIONALITY_WORDS:
            return False
    first = span[0].text
    return first not in GIVEN_NAMES and first not in LISTED_GIVEN_NAMES


def _legal_form(span: Span) -> bool:
    """Whether the name closes with a company's legal form ("Inc", "Corp", "Plc"),
    after at least one word of its own."""
    return len(span) > 1 and span[-1].lower_.rstrip(".") in COMPANY_SUFFIXES


def _apposed_body_noun(span: Span) -> bool:
    """Whether an apposition right after the name is headed by a noun for a body:
    "Icstis, the UK's premium rate services watchdog, said"."""
    return any(_body_apposition(child, span) for child in span.root.children)


def _body_apposition(child: Token, span: Span) -> bool:
    if child.dep_ != "appos" or child.i < span.end or child.i - span.end > 8:
        return False
    head = child.lemma_.lower()
    return child.pos_ == "NOUN" and head in ORG_NOUNS and head not in TITLE_WORDS


def _opening_of_one_body(ctx: _Context, name: str, start: int) -> Actor | None:
    """ "CECOS said" after "CECOS International Inc ... said": the one organisation named
    before whose name opens with these words and goes on (one body only)."""
    short = _words(name)
    if not short:
        return None
    found = {
        id(actor): actor
        for actor in ctx.actors
        if actor.type == "organization"
        and len(_words(actor.name)) > len(short)
        and _words(actor.name)[: len(short)] == short
        and any(s < start for s, _ in actor.spans)
    }
    return next(iter(found.values())) if len(found) == 1 else None
