"""A name before a noun for a kind of ground or water, which the name modifies: "the
Khur Abdullah waterway", "the Browns Creek mine" (issue: junk and mistyped actors).

The model reads two capitalised words it does not know as a person's name ("Khur
Abdullah"); the noun after them says what the name names. A person's name is put
before a noun for what the person owns or leads ("the Bush ranch"), not before a
waterway or an oilfield, so the nouns are kinds of ground and water only
(`data/place_kind_words.toml`), and a name opening with a given name is left alone
("the Kennedy field" may be his).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.actors.names import _given_name_led_full
from generator.extract.words import word_lists

NAMED_PLACE_NOUNS = word_lists("place_kind_words")["named_place_nouns"]
#: Last words of an administrative division's name ("Scott County"): no person's
DIVISION_NOUNS = word_lists("place_kind_words")["division_nouns"]


def names_place_noun(doc: Doc, span: Span) -> bool:
    """The name of two words or more modifies the place noun right after it: "the Khur
    Abdullah waterway". One word the model calls a person is not listed anyway, and
    "the Sullivan mine" is better left out than listed as a place "Sullivan"."""
    if len(span) < 2 or span.end >= len(doc) or _given_name_led_full(span.text):
        return False
    noun = doc[span.end]
    return (
        noun.is_lower
        and noun.pos_ == "NOUN"
        and noun.lower_ in NAMED_PLACE_NOUNS
        and span.root.head.i == noun.i
        and span.root.dep_ in {"compound", "nmod", "amod"}
        and all(t.pos_ == "PROPN" for t in span)
    )
