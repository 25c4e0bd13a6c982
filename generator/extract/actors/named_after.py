"""Brands, laws and eras that bear a person's shape of name ("Christian Dior luxury
goods", "Dairy Milk bars", "brands such as Dr Pepper", "Jim Crow laws"): no person.

The model tags such names as people, and a given name ("Christian", "Jim") or an
honorific ("Dr") makes them look like one, so the briefing listed "Christian Dior",
"Pepper" and "Jim Crow" among the people of a story about a firm's franchises, a
confectioner's brands or segregation. The article says what they are: the name
modifies a noun for goods, a law or an era (`goods_nouns`, `law_nouns`, `era_nouns`),
stands in a list of brands ("brands such as X, Y and Z"), is coordinated with goods
("led by X and diet drinks") or is in apposition to an era's noun ("segregation, Jim
Crow"). An era's use alone proves nothing ("the Bill Clinton era" names the man): it
only backs a brand's or a law's.

`named_after_use` reads one mention; `named_after_group` decides for a group: every
mention is such a use and none shows a person (speaks, acts, holds a role, has an
honorific of one sex, or a pronoun of one sex stands for it). A person named elsewhere
in the story ("Christian Dior founded the house", "Crow said") keeps the group a
person's.

The words are data (`data/brand_words.toml`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.actors.mention import _Group
from generator.extract.words import word_lists

_WORDS = word_lists("brand_words")
GOODS_NOUNS = _WORDS["goods_nouns"]
LAW_NOUNS = _WORDS["law_nouns"]
ERA_NOUNS = _WORDS["era_nouns"]
BRAND_LIST_NOUNS = _WORDS["brand_list_nouns"]
LIST_OPENERS = _WORDS["list_openers"]
NAMED_AFTER_NOUNS = GOODS_NOUNS | LAW_NOUNS | ERA_NOUNS
#: What `named_after_use` says of a mention named after an era only.
ERA = "era"
#: ... and of one naming a brand or a law.
THING = "thing"

# How many lower-case words may stand between the name and its noun: "Christian Dior
# luxury goods", "the Jim Crow segregation laws", "a Netflix original series".
MAX_WORDS_BETWEEN = 2
# How far back a list of brands may open: "brands such as A, B, C and D".
MAX_LIST_TOKENS = 30
LIST_JOINERS = frozenset({",", "and", "or", "&"})


def _named_noun(token: Token) -> bool:
    """A common noun for goods, a law or an era, as written or by its lemma."""
    return token.pos_ == "NOUN" and (
        token.lower_ in NAMED_AFTER_NOUNS or token.lemma_.lower() in NAMED_AFTER_NOUNS
    )


def _era_noun(token: Token) -> bool:
    return token.lower_ in ERA_NOUNS or token.lemma_.lower() in ERA_NOUNS


def named_after_use(span: Span) -> str | None:
    """`THING` where the mention names a brand or a law, `ERA` where it names an era
    ("the Jim Crow era"), None otherwise: see the module's docstring."""
    noun = _modified_named_noun(span)
    if noun is not None:
        return ERA if _era_noun(noun) else THING
    if _in_brand_list(span) or _coordinated_with_goods(span):
        return THING
    return ERA if _apposed_to_era(span) else None


def _modified_named_noun(span: Span) -> Token | None:
    """ "Christian Dior luxury goods", "Dairy Milk bars", "Jim Crow laws": the last of
    the lower-case words right after the name, when it is such a noun (not "Jim Crow
    law firm")."""
    run = lower_words_after(span)
    return run[-1] if run and _named_noun(run[-1]) else None


def lower_words_after(span: Span) -> list[Token]:
    """The lower-case nouns and adjectives right after a name, at most one more than
    `MAX_WORDS_BETWEEN` ("luxury goods", "original series"): the words whose last says
    what the name is used for (`named_after`, `media_bodies`)."""
    doc = span.doc
    run: list[Token] = []
    for token in doc[span.end : span.end + MAX_WORDS_BETWEEN + 1]:
        if not (token.is_lower and token.is_alpha and token.pos_ in {"NOUN", "ADJ"}):
            break
        run.append(token)
    return run


def _in_brand_list(span: Span) -> bool:
    """The name is one of a list that "brands such as" (`brand_list_nouns`,
    `list_openers`) opens, in the same sentence, with only names and their joiners
    between: "brands such as Dairy Milk, Dr Pepper and Snapple"."""
    doc = span.doc
    sent_start = span.sent.start
    i = span.start - 1
    steps = 0
    while i >= sent_start and steps < MAX_LIST_TOKENS:
        token = doc[i]
        if token.lower_ in LIST_OPENERS:
            j = i - 1
            if token.lower_ == "as" and j >= sent_start and doc[j].lower_ == "such":
                j -= 1
            return j >= sent_start and doc[j].lower_ in BRAND_LIST_NOUNS
        if not (token.text in LIST_JOINERS or token.is_title or token.is_upper):
            return False
        i -= 1
        steps += 1
    return False


def _coordinated_with_goods(span: Span) -> bool:
    """ "led by X and diet drinks": a conjunct of the name is a goods noun."""
    root = span.root
    conjuncts = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        conjuncts.append(root.head)
    return any(
        c.is_lower
        and c.pos_ == "NOUN"
        and (c.lemma_.lower() in GOODS_NOUNS or c.lower_ in GOODS_NOUNS)
        for c in conjuncts
    )


def _apposed_to_era(span: Span) -> bool:
    """ "the era of segregation, Jim Crow": the name in apposition to an era's noun."""
    root = span.root
    return root.dep_ == "appos" and root.head.i < span.start and _named_noun(root.head)


def named_after_group(group: _Group) -> bool:
    """Every mention names a brand, a law or an era, and none shows a person: it
    speaks, acts (a subject, an owner), holds a role, or a pronoun of one sex stands
    for it, or an honorific of one sex ("Mr Forsyth"). "Dr" is no sign here: "Dr Pepper"
    is the drink's whole name."""
    uses = [m.named_after for m in group.mentions]
    return (
        all(uses)
        and THING in uses
        and not any(
            m.speaks or m.acting or m.roles or m.pronoun_sex or m.kin_of or m.sex
            for m in group.mentions
        )
    )
