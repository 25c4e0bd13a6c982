""" "the 3 million member union", "a four well program": a count written before a
compound without its hyphen counts the compound's first noun, not its head.

English puts the counted noun of such a compound in the singular ("a 12-member panel"),
and wire and web copy often drops the hyphen. Read as a noun phrase, the page said
"3 million | member union" and "eight | state qualification prerequisite": things
nobody has three million of. The number counts members, wells, states; the head says
whose they are ("members (union)"), as a table's bracket does.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract import figures_lexicon as lx
from generator.extract.figures_scan import Quantity

# Nouns that measure or date rather than count ("a 40 yard dash", "a 24 hour strike",
# "the 1987 model year"): a compound of these is a measure, read elsewhere.
_NOT_COUNTED_FIRST = (
    lx.NOT_COUNTED
    | lx.UNIT_ONLY
    | lx.DURATION_UNITS
    | lx.TIME_ONLY_WORDS
    | lx.TIME_RATE_NOUNS
    | frozenset(lx.MEASURE_UNITS)
    | frozenset(lx.SCALE_WORDS)
    | frozenset(lx.CURRENCY_SUFFIXES)
)


def compound_count(span: Span, q: Quantity, text: str) -> str | None:
    """What a count before an unhyphenated compound counts, "members (union)", or None.

    Only a plain count above one ("one member union" is no such count), written with a
    space before a lowercase singular noun that the parser makes a compound of a later
    noun, itself the figure's head; not a unit, a time or a scale word."""
    if q.kind != "count" or q.unit is not None or q.value <= 1 or q.value_max is not None:
        return None
    doc = span.doc
    if span.end + 1 >= len(doc):
        return None
    first = doc[span.end]
    chain = [first]
    while chain[-1].dep_ == "compound" and chain[-1].head.i > chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)  # "state qualification prerequisite"
    head = chain[-1]
    if text[q.end : first.idx] != " " or not first.is_lower or first.tag_ != "NN":
        return None
    if first.dep_ != "compound" or head.pos_ not in ("NOUN", "PROPN") or head.i <= first.i:
        return None
    if head.tag_ not in ("NN", "NNP"):
        return None  # "500 steel workers": a plural head is what the number counts
    if span.root.head not in chain:
        return None  # the number counts something else: "3 million (member) ..." misparse
    if first.lower_ in _NOT_COUNTED_FIRST or first.lower_.endswith("man"):
        return None  # "a 40 yard dash", "a ten man squad" (men)
    if any(t.is_punct or t.like_num for t in doc[first.i + 1 : head.i + 1]):
        return None
    rest = doc[first.i + 1 : head.i + 1].text
    return f"{_plural(first)} ({rest})"


def hyphen_compound_count(span: Span, q: Quantity, text: str) -> str | None:
    """What a scaled count hyphenated to a compound counts, "members (union)" for "the 1.1
    mln-member union", or None.

    The scale word, the hyphen and the counted noun are one modifier of the head; read
    as a noun phrase the page said "1.1 mln | mln-member union". Only a scaled count
    (a plain "12-member panel" is left as it was), then a lowercase singular noun that
    the parser makes a compound of the next noun, the phrase's head; not a unit, a time
    or a scale word."""
    if q.kind != "count" or q.unit is not None or not q.scaled or q.value_max is not None:
        return None
    if text[q.end : q.end + 1] != "-":
        return None
    doc = span.doc
    first = next((t for t in doc[span.end - 1 : span.end + 3] if t.idx == q.end + 1), None)
    if first is None or not first.is_lower or first.tag_ != "NN" or first.dep_ != "compound":
        return None
    head = first.head
    if head.i != first.i + 1 or head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    if first.lower_ in _NOT_COUNTED_FIRST or first.lower_.endswith("man"):
        return None
    return f"{_plural(first)} ({head.text})"


def _plural(noun: Token) -> str:
    """The regular plural of a singular noun: "member" -> "members", "party" -> "parties",
    "bus" -> "buses"."""
    word = noun.text
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"
