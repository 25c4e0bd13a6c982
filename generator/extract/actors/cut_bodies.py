"""Bodies' names the model cut or glued, put right with the article's own words.

- a body named "<Word> of <Name>" that the model cut at its "of" ("House" + "of" +
  "Fraser"): the article never writes the word alone, so "House" is no actor of its own
  (`of_name_continues`);
- a body's name cut before the lower-case noun of what it is ("House Appropriations" +
  "subcommittee"): the committee, named with its noun (`committee_noun_after`);
- a school or department named only by common words after its owner's possessive ("the
  University of Chicago's" + "Graduate Business School"): one body, the owner's
  (`owned_generic_body`);
- a body described as another's part ("Next Directory, the mail-order arm of Next"),
  which the other's one-word name must not swallow (`described_as_division`);
- the last place of a list run into the firm's name after it ("supermarkets in
  Florida and Virginia Kroger Co supermarkets"): the place, then the firm
  (`listed_place_before_firm`);
- an institution and the place it stands in, glued into one span ("Hofstra University
  on Long Island"): the institution, then the place (`institution_and_place`).

The words behind the rules are data: `data/actor_spans.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from spacy.tokens import Doc, Span

from generator.extract.words import word_lists
from generator.reading.layout import doc_text

_WORDS = word_lists("actor_spans")
COMMITTEE_NOUNS = _WORDS["committee_nouns"]
LOCATED_PREPOSITIONS = _WORDS["located_prepositions"]
DIVISION_NOUNS = _WORDS["division_nouns"]

#: doc.user_data key: (start, end) token spans joined here at an owner's possessive,
#: which `entity_parts` must not cut again at that possessive.
OWNED_BODIES_KEY = "briefings_owned_bodies"

POSSESSIVES = frozenset({"'s", "\u2019s"})
NAME_LABELS = frozenset({"ORG", "GPE", "PERSON", "LOC", "NORP", "FAC"})


def body_run_on(
    doc: Doc, ent: Span, nxt: Span, org_words: Set[str], common: Callable[[str], bool]
) -> Span | None:
    """One organisation's span for `ent` and the entity `nxt` after it, when the model
    cut one body's name in two (`owned_generic_body`, `of_name_continues`), or None."""
    owned = owned_generic_body(doc, ent, nxt, org_words, common)
    if owned is not None:
        return owned
    if of_name_continues(doc, ent, nxt, common):
        return Span(doc, ent.start, nxt.end, label="ORG")
    return None


def of_name_continues(doc: Doc, ent: Span, nxt: Span, common: Callable[[str], bool]) -> bool:
    """Whether the organisation `ent`, one capitalised common word ("House"), and the
    name `nxt` right after its "of" ("Fraser") are one body's name: the article writes
    the word capitalised nowhere but before "of" and that name. A firm's own name before
    "of" and its country ("Nokia of Finland", "Fiat of Italy") is no common word, and a
    word the article also writes alone ("Next said ... Next of Britain") is a name of
    its own."""
    if ent.label_ != "ORG" or len(ent) != 1 or nxt.label_ not in NAME_LABELS:
        return False
    word = ent[0]
    if not (word.is_title and word.is_alpha and common(word.lower_)):
        return False
    if nxt.start != ent.end + 1 or doc[ent.end].lower_ != "of":
        return False
    if not all(t.is_title or not t.is_alpha for t in nxt) or nxt[0].lower_ == "the":
        return False
    whole = f"{word.text} of {nxt.text}"
    text = doc_text(doc)
    alone = len(re.findall(rf"\b{re.escape(word.text)}\b", text))
    return alone == len(re.findall(rf"\b{re.escape(whole)}\b", text))


def committee_noun_after(doc: Doc, ent: Span, org_words: Set[str]) -> Span:
    """The organisation's span run on to the lower-case committee noun right after it
    ("House Appropriations" + "subcommittee"), when the name is two words or more and
    none ends it that says a body already ("the Senate Banking Committee" is whole; a
    lone "House committee" is the House's)."""
    if ent.label_ != "ORG" or len(ent) < 2 or ent.end >= len(doc):
        return ent
    noun = doc[ent.end]
    if not (noun.is_lower and noun.lower_ in COMMITTEE_NOUNS) or ent[-1].lower_ in org_words:
        return ent
    if any(t.text in POSSESSIVES for t in ent):
        return ent
    return Span(doc, ent.start, ent.end + 1, label="ORG")


def owned_generic_body(
    doc: Doc, ent: Span, nxt: Span, org_words: Set[str], common: Callable[[str], bool]
) -> Span | None:
    """One span for an organisation's possessive and the body it owns, named by common
    words alone ("the University of Chicago's" + "Graduate Business School"): cut off,
    the owned words name no one body. Only when the owned name ends with an
    organisation's word, every word of it is an English word, and the owner is an
    organisation the model tagged (a country's "Britain's Labour Party" stays two) that
    the article names nowhere else: "the Fed's Open Market Committee" beside "the Fed"
    is a body of the Fed, which stays an actor of its own. So is an owned body the
    article names again on its own: "AMR Corp's American Airlines" beside "American
    Airlines said" is a firm and its airline, whose words are English words too."""
    if ent.label_ != "ORG" or nxt.label_ != "ORG" or len(nxt) < 2:
        return None
    mark = ent.end - 1 if ent[-1].text in POSSESSIVES else None
    if mark is None and ent.end < len(doc) and doc[ent.end].text in POSSESSIVES:
        mark = ent.end
    if mark is None or nxt.start != mark + 1 or mark - ent.start < 1:
        return None
    if nxt[-1].lower_ not in org_words:
        return None
    if not all(t.is_title and t.is_alpha and common(t.lower_) for t in nxt):
        return None
    start = ent.start + (1 if ent[0].lower_ == "the" else 0)
    owner = doc[start:mark].text
    text = doc_text(doc)
    if len(re.findall(rf"\b{re.escape(owner)}\b", text)) > 1:
        return None
    if len(re.findall(rf"\b{re.escape(nxt.text)}\b", text)) > 1:
        return None  # "AMR Corp's American Airlines" ... "American Airlines said": its own name
    joined = Span(doc, start, nxt.end, label="ORG")
    doc.user_data.setdefault(OWNED_BODIES_KEY, set()).add((joined.start, joined.end))
    return joined


def owned_body(doc: Doc, ent: Span) -> bool:
    """Whether `ent` was joined by `owned_generic_body`: its possessive stays inside."""
    return (ent.start, ent.end) in doc.user_data.get(OWNED_BODIES_KEY, ())


def institution_and_place(
    doc: Doc, ent: Span, org_words: Set[str], place: Callable[[str], bool]
) -> list[Span] | None:
    """The institution and the place after it, which the model tagged as one span:
    "Hofstra University on Long Island". Cut at a preposition of place that follows an
    organisation's word ("University"), when what follows it is a known place; a
    campus named after "at" ("University of North Carolina at Chapel Hill") ends with
    no organisation's word before its "at" and stays whole."""
    for t in ent[1:-1]:
        if t.lower_ not in LOCATED_PREPOSITIONS or doc[t.i - 1].lower_ not in org_words:
            continue
        rest = doc[t.i + 1 : ent.end]
        name = rest.text[4:] if rest.text.lower().startswith("the ") else rest.text
        if not place(name):
            return None
        return [Span(doc, ent.start, t.i, label="ORG"), Span(doc, rest.start, rest.end, "GPE")]
    return None


def described_as_division(span: Span) -> bool:
    """Whether the name is in apposition to a noun that makes it a part of another
    body: "Next Directory, the mail-order arm of fashion retailer Next", "its
    mail-order arm, Next Directory" (data: `division_nouns`)."""
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in DIVISION_NOUNS and root.head.i < span.start:
        return True
    return any(
        c.dep_ == "appos" and c.lower_ in DIVISION_NOUNS and c.i >= span.end for c in root.children
    )


LIST_JOINERS = frozenset({"and", "or", ","})
PLACE_LABELS = frozenset({"GPE", "LOC"})


def listed_place_before_firm(
    doc: Doc,
    ent: Span,
    suffixes: Set[str],
    place: Callable[[str], bool],
    common: Callable[[str], bool],
) -> list[Span] | None:
    """The place and the firm of an organisation's span that opens with the last place
    of a list ("Florida and" + "Virginia Kroger Co"): the place, then the firm. Only
    where the span ends with a company's legal form, a place the model tagged stands
    right before the "and" or comma, and the opening words are a known place before a
    name that is no English word ("Kroger"): a place before a common word is the firm's
    own ("Ohio and Texas Instruments Inc", "Virginia Electric and Power Co"). The model
    may call the whole a person; its legal form says a firm."""
    if ent.label_ not in {"ORG", "PERSON"} or ent.start < 2:
        return None
    if ent[-1].lower_.rstrip(".") not in suffixes:
        return None
    joiner, before = doc[ent.start - 1], doc[ent.start - 2]
    if joiner.lower_ not in LIST_JOINERS or before.ent_type_ not in PLACE_LABELS:
        return None
    for end in range(ent.start + min(3, len(ent) - 2), ent.start, -1):
        name = doc[end]
        if place(doc[ent.start : end].text) and name.is_title and not common(name.lower_):
            return [Span(doc, ent.start, end, "GPE"), Span(doc, end, ent.end, "ORG")]
    return None
