"""Which ones a figure counts, and whether it is a share of a whole.

A key-figures table reads "value | what it counts". The counted noun alone often says
the wrong thing: "100,000 | MDAs" for "100,000 MDAs sold in Europe", "43,000 | voters"
for "43,000 voters in Florida", "60 | people" for "60 people were arrested", and
"44 pct | total share turnover" for the share of turnover a market took. These helpers
add back the few words of the sentence that restrict the counted noun (a participle, a
place, "with ..."), and say "share of" where a percentage is taken of one whole thing.
They never reach past the words the parse hangs on the counted noun, and a description
stays short: a table cell.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract import figures_lexicon as lx
from generator.extract.figures.phrases import _np_text

_MOST_WORDS = 8  # a table cell

# What a participle may carry and still be shown as one word: "people killed on
# Thursday" is "people killed"; an object, a clause or a complement is not dropped.
_PARTICIPLE_CHILDREN = frozenset({"agent", "prep", "advmod", "punct", "npadvmod", "prt"})

# A participle that names, ages or reports, rather than restricts: "a company called",
# "children aged", "talks expected to ...": the words after it are what matters.
_NOT_RESTRICTING = lx.AGE_BEFORE_WORDS | frozenset({"called", "named", "dubbed", "known"})

# Prepositions whose place says which ones: "voters in Florida", "refugees from Syria".
_PLACE_PREPS = frozenset({"in", "from"})
_PLACE_TYPES = frozenset({"GPE", "LOC"})

# The prepositions `_with_people_state` reads for people; here for any counted thing.
_STATE_PREPS = frozenset({"with", "without"})


def restricted(noun: Token, core: str, rule: str) -> str:
    """`core` with the words right after its counted noun that say which ones.

    "100,000 MDAs sold in Europe" -> "MDAs sold"; "26 billion texts were sent" -> "texts
    sent"; "43,000 voters in Florida" -> "voters in Florida"; "homes without power".
    Only when the description ends with the counted noun (nothing was added yet), for
    common nouns (a name is its own description), and at most eight words in all.
    """
    if rule not in ("noun-after", "of-phrase") or not core.split(" (")[0].endswith(noun.text):
        return core
    if noun.pos_ != "NOUN" or noun.lower_ in lx.GOING_NOUNS | lx.NOT_COUNTED:
        return core  # posts: a change of them is `_changed_count`'s ("jobs shed")
    if noun.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"):
        return core
    said = _participle_after(noun) or _place_after(noun) or _state_after(noun)
    if said is None and rule == "noun-after":
        said = _passive_participle(noun)
    if said is None or re.search(r"\d", said):
        return core
    base, bracket, owner = core.partition(" (")
    if len(base.split()) + len(said.split()) > _MOST_WORDS:
        return core
    if any(word in base.lower().split() for word in said.lower().split()):
        return core  # "potential members submitted submitted": said once
    return f"{base} {said}{bracket}{owner}"


def _participle_after(noun: Token) -> str | None:
    """ "MDAs sold in Europe", "claims rated false", "sugar granted export rebates": the
    past participle right after the noun that the parse hangs on it, with a one-word
    adjective complement or an object of at most two words; its prepositions and
    adverbs ("in Europe", "each year") are left out."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or not noun.whitespace_:
        return None
    nxt = doc[noun.i + 1]
    if not (
        nxt.dep_ == "acl"
        and nxt.head.i == noun.i
        and nxt.tag_ == "VBN"
        and nxt.is_lower
        and nxt.lower_ not in _NOT_RESTRICTING
    ):
        return None
    said = [nxt.text]
    for child in nxt.children:
        if child.dep_ in _PARTICIPLE_CHILDREN:
            if child.dep_ == "prt" and child.i == nxt.i + 1:
                said.append(child.text)  # "people laid off"
            continue
        if child.dep_ in ("acomp", "oprd") and child.pos_ == "ADJ" and child.i == nxt.i + 1:
            said.append(child.text)  # "claims rated false"
            continue
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and child.i <= nxt.i + 2:
            thing = _np_text(child)
            if thing and len(thing.split()) <= 2 and thing.islower():
                said.append(thing)  # "sugar granted export rebates"
                continue
        return None  # a clause or a long object: not one short participle
    return " ".join(said)


def _place_after(noun: Token) -> str | None:
    """ "43,000 voters in Florida", "14 million households in the UK": a place the parse
    hangs on the counted noun, a named place of at most three words."""
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS or prep.i != noun.i + 1:
            continue
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is None or place.ent_type_ not in _PLACE_TYPES:
            return None
        ent = next((e for e in noun.doc.ents if e.start <= place.i < e.end), None)
        if ent is None or ent.end - 1 != place.i or len(ent) > 3:
            return None
        words = noun.doc[prep.i + 1 : ent.end]
        if any(t.pos_ not in ("DET", "PROPN") for t in words if t.i < ent.start):
            return None  # "in its home market of Britain": not just the place
        return f"{prep.lower_} {words.text}"
    return None


def _state_after(noun: Token) -> str | None:
    """ "homes without power", "firms with debts": "with"/"without" and a noun phrase
    of at most three words, hung on the counted noun."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return None
    nxt = doc[noun.i + 1]
    if nxt.lower_ not in _STATE_PREPS or nxt.head.i != noun.i or nxt.dep_ != "prep":
        return None
    thing = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    phrase = _np_text(thing) if thing is not None and thing.pos_ == "NOUN" else None
    if not phrase or len(phrase.split()) > 3:
        return None
    return f"{nxt.lower_} {phrase}"


def _passive_participle(noun: Token) -> str | None:
    """ "60 people were arrested", "78 million messages are sent": the counted things
    are the subject of a passive verb, and the verb says which ones ("people arrested").
    Not when the verb reports or expects ("are expected to rise": a clause follows), is
    negated or hedged by a modal ("could be sold"), or has an object."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.i == noun.i or verb.tag_ != "VBN" or not verb.is_lower:
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    said = [verb.text]
    for child in verb.children:
        if child.dep_ in ("neg", "xcomp", "ccomp", "dobj", "oprd", "attr", "acomp", "advcl"):
            return None
        if child.dep_ == "aux" and child.tag_ == "MD":
            return None
        if child.dep_ == "prt" and child.i == verb.i + 1:
            said.append(child.text)
    if verb.lower_ in _NOT_RESTRICTING:
        return None
    return " ".join(said)


def share_of_whole(span: Span, value: float, found: tuple[str, Token] | None):
    """ "Debt servicing took up 40 pct of the budget": a share of the budget, not the
    budget ("40 pct | budget" reads as the budget's own figure).

    A percentage or fraction "of" one whole thing (a singular common noun: "the vote",
    "total share turnover", "world trade") is a share of it; of a group ("voters",
    "the shares") it reads rightly as a part of them and stays. A stake, a yardstick
    ("share of GDP") or a rate taken of a base is already said; more than the whole
    (150 pct of the average) is not a share.
    """
    if found is None or value > 100:
        return found
    text, head = found
    if head.tag_ != "NN" or head.lower_ in lx.PEOPLE_NOUNS | lx.SURVEYED_NOUNS:
        return found
    if re.match(r"(?:share|stake)\b", text) or " as share of " in text:
        return found
    if head.i < span.end or head.ent_type_ in ("DATE", "TIME"):
        return found
    if len(text.split()) + 2 > _MOST_WORDS:
        return found  # a long whole is left as it was read: a table cell
    return f"share of {text}", head
