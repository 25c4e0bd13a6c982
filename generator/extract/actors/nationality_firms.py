"""A firm whose name opens with a nationality ("American Honda", the US arm of Honda),
which the model tags as a nationality and a firm.

Cut, the briefing listed "Honda" for the firm the article names "American Honda"
(and gave it what American Honda said). A nationality written right before a firm's
one-word name with no determiner ("Japanese-owned American Honda <HMC> said",
"American Honda 7,447 compared with ...") is the name's first word: news describes a
firm by its nationality with a noun ("Japanese carmaker Honda") or a determiner ("the
Japanese Honda"), never by the bare adjective. Only before a name that is no English
word and no body's word: "Israeli Army", "French Senate" are a state's bodies, left
as the model tagged them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.actors.lexicon import ORG_WORDS
from generator.extract.actors.vocabulary import _common_word
from generator.extract.nationalities import NATIONALITY_WORDS

#: Words before the nationality that make it a description, not a name's first word.
DESCRIBING_WORDS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def nationality_led_firm(doc: Doc, norp: Span | None, ent: Span) -> Span | None:
    """One organisation's span for the nationality `norp` and the firm `ent` right
    after it ("American" + "Honda"), or None."""
    if norp is None or norp.label_ != "NORP" or len(norp) != 1 or norp.end != ent.start:
        return None
    if ent.label_ != "ORG" or len(ent) != 1:
        return None
    word, name = norp[0], ent[0]
    if not (word.is_title and word.lower_ in NATIONALITY_WORDS) or word.head.i != name.i:
        return None
    if not name.is_title or _common_word(name.lower_) or name.lower_ in ORG_WORDS:
        return None
    if norp.start > 0 and doc[norp.start - 1].lower_ in DESCRIBING_WORDS:
        return None
    return Span(doc, norp.start, ent.end, label="ORG")


def nationality_firm_core(stem: str) -> str | None:
    """The firm's own word in a name that opens with a nationality, without its legal
    form: "Honda" of "American Honda Motor" (of "American Honda Motor Corp"), by which
    the story goes on ("Honda said it sold ..."). None unless one word is left once the
    nationality and the common words after it ("Motor") are set aside."""
    words = stem.split()
    if len(words) < 2 or words[0].casefold() not in NATIONALITY_WORDS:
        return None
    rest = words[1:]
    while len(rest) > 1 and _common_word(rest[-1].casefold()):
        rest.pop()
    if len(rest) != 1 or not rest[0][:1].isupper() or _common_word(rest[0].casefold()):
        return None
    return rest[0]
