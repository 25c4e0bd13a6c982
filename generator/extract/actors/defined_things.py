"""Names the article itself says are things or designations, not actors.

The model tags products, substances and coins as organisations ("RipGuard", "PCP",
"Canadian Maple Leaf") and a designation made of common words as a body ("a Gold Star
mother"). An editor strikes them from the actors because the article says what they
are: it defines the name as a thing ("RipGuard, a technology that ...", "X is a
hallucinogenic drug", "a sequencer designed to ...", "tested positive for X"), or
uses it only as the designation of a kind of person ("a Gold Star mother", "Gold Star
families").

`defined_as_thing` and `designation_use` read one mention; `defined_thing_group` and
`designation_group` decide for a group, and keep every name that shows an actor of its
own (it speaks, holds a role, acts in another sentence, or its words say "body":
"Macrovision, a technology company" is defined as a company, and stays).

The words are data (`data/defined_things.toml`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.actors.groups import DECISIVE, _longest_name
from generator.extract.actors.lexicon import KIN_NOUNS, PARTY_WORDS
from generator.extract.actors.mention import _Group
from generator.extract.actors.places import _known_place, gazetteer
from generator.extract.actors.type_cues import _actor_noun
from generator.extract.actors.vocabulary import _common_word
from generator.extract.words import word_lists

_WORDS = word_lists("defined_things")
THING_KIND_NOUNS = _WORDS["thing_kind_nouns"]
MAKING_PARTICIPLES = _WORDS["making_participles"]
DESIGNATION_HEADS = _WORDS["designation_heads"] | KIN_NOUNS
# The word before a preposition whose object is a substance taken: "positive for X".
SUBSTANCE_FRAMES = {
    "for": _WORDS["substance_for_heads"],
    "on": _WORDS["substance_on_heads"],
    "of": _WORDS["substance_of_heads"],
}


def defined_as_thing(span: Span) -> bool:
    """The sentence defines the name as a made thing or a substance: an apposition or
    a copula's complement whose head noun is a kind of thing ("RipGuard, a technology
    that ...", "PCP is a drug") or a noun a making participle hangs on ("SSEYO
    miniMIXA, a mobile music sequencer designed to ...")."""
    return any(_thing_noun(noun) for noun in _defining_nouns(span)) or _substance_taken(span)


def _substance_taken(span: Span) -> bool:
    """The name is what someone takes: "tested positive for PCP", "high on X", "under
    the influence of X", "traces of X" (`SUBSTANCE_FRAMES`; a "the" may stand
    between)."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1:
        return False
    heads = SUBSTANCE_FRAMES.get(doc[i].lower_)
    return heads is not None and doc[i - 1].lower_ in heads


def _defining_nouns(span: Span) -> list[Token]:
    """The head nouns that say what the name is: its apposition after it ("X, a Y"),
    and the complement of "is" when the name is the subject ("X is a Y")."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    verb = root.head
    if root.dep_ == "nsubj" and verb.lemma_.lower() == "be" and verb.i >= span.end:
        nouns += [c for c in verb.children if c.dep_ == "attr" and c.i > span.end]
    return [n for n in nouns if n.pos_ == "NOUN" and n.is_lower and _one_kind_named(n)]


# The determiners of a noun that says what kind of thing one name is: "a drug", "an
# award", or none ("desktop search software").
KIND_DETERMINERS = frozenset({"a", "an"})


def _one_kind_named(noun: Token) -> bool:
    """A singular noun with "a", "an" or no determiner: "X, a technology", "X is
    software". Not "Florida and Ohio, the two biggest prizes": a description of
    several, or of one already known ("the"), is no definition of a kind."""
    return noun.tag_ in {"NN", "NNP"} and all(
        c.lower_ in KIND_DETERMINERS
        for c in noun.children
        if c.dep_ in {"det", "nummod", "poss"} and c.i < noun.i
    )


def _thing_noun(noun: Token) -> bool:
    """A noun for a kind of thing, or one that a making participle qualifies and that
    names no body nor person ("a fund designed to help" is a body's)."""
    if noun.lemma_.lower() in THING_KIND_NOUNS or noun.lower_ in THING_KIND_NOUNS:
        return True
    return not _actor_noun(noun) and any(
        c.dep_ == "acl" and c.lower_ in MAKING_PARTICIPLES for c in noun.children
    )


def designation_use(span: Span) -> bool:
    """The name, made of common words only, modifies a noun for a kind of person:
    "a Gold Star mother", "Gold Star families". A party's word stays a party's ("a
    Labour family"), and so does any name holding a word that is no English word
    ("a Kennedy family", "the Murdoch sons")."""
    words = span.text.split()
    if not words or any(w.casefold() in PARTY_WORDS for w in words):
        return False
    if not all(w[:1].isupper() and _common_word(w.casefold().strip(".,")) for w in words):
        return False
    root = span.root
    head = root.head
    if root.dep_ not in {"compound", "amod", "nmod"} or head.i < span.end:
        return False
    between = span.doc[span.end : head.i]
    return (
        head.pos_ == "NOUN"
        and head.lower_ in DESIGNATION_HEADS
        and all(t.is_lower and t.pos_ in {"NOUN", "ADJ"} for t in between)
    )


def _shows_an_actor(group: _Group) -> bool:
    """A mention speaks or holds a role, or the text's words say the name is a body's
    outright (`DECISIVE`: "Macrovision Corp", "the firm")."""
    if any(m.speaks or m.roles for m in group.mentions):
        return True
    return group.evidence().get("organization", 0.0) >= DECISIVE["organization"]


def defined_thing_group(group: _Group) -> bool:
    """Some mention defines the name as a thing, nothing shows an actor, and no other
    mention acts (a subject, an owner): "search start-up Blinkx has released a second
    version of its software. Blinkx is desktop search software" names the firm as
    well as its product, and the firm stays."""
    name = _longest_name(group)
    if _known_place(name) or name.casefold() in gazetteer():
        return False  # "Ohio, a prize for any candidate": still the state
    return (
        any(m.defined_thing for m in group.mentions)
        and not any(m.acting and not m.defined_thing for m in group.mentions)
        and not _shows_an_actor(group)
    )


def designation_group(group: _Group) -> bool:
    """Every mention is a designation's ("a Gold Star mother"), and nothing shows an
    actor."""
    return all(m.designation for m in group.mentions) and not _shows_an_actor(group)
