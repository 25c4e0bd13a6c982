"""A figure someone forecasts, projects or expects says so: "projected rise in economy",
not "rise in economy" (session 34, blind review).

Wire copy gives a minister's projection and last year's actual growth in one breath
("Wilson projected the economy would grow 2.8 pct in 1987, after 2.5 pct in 1986").
Read from the clause alone, both are "rise in economy", and the table puts a forecast
beside the facts as if it were one. The verb that makes the figure an outlook
(`outlook_verbs` of data/figure_outlooks.toml) governs the figure's own verb ("would
grow", "to rise") or takes the figure as its object ("forecast a 2.8 pct rise"); the
description then starts with the verb's word for it. Nothing else changes: a figure in
a clause of its own ("sales rose 5 pct, more than analysts expected") is a fact, and a
description that names the outlook already ("expected drop in base rates", "forecast
(ministry)") is left as it is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.words import data_tables, word_set
from generator.model import Figure

_DATA = data_tables("figure_outlooks")
OUTLOOK_VERBS: dict[str, str] = dict(_DATA["outlook_verbs"])
OUTLOOK_NOUNS: frozenset[str] = word_set(_DATA["words"]["outlook_nouns"])

# How a figure's words hang on the verb of its clause: inside its noun phrase ("a 2.8
# pct rise"), after a preposition ("by 3.5%", "to $2.57 trillion"), as its object or
# complement. A relative or adverbial clause, an apposition or a conjunct stops the
# climb: what they say is not the verb's.
_PHRASE_DEPS = frozenset(
    {"nummod", "compound", "quantmod", "nmod", "amod", "pobj", "prep", "dobj", "npadvmod"}
    | {"attr", "acomp", "oprd", "nsubj", "nsubjpass"}
)

# Prepositions that give the size or the level of the verb's own move ("by 3.5%", "to
# $2.57 trillion", "at 2.8 pct"); "after", "from", "against" set another figure beside it.
_SIZE_PREPS = frozenset({"by", "to", "at", "of"})

# The verb's links to the verb of a clause it governs: "expected to rise", "projected
# the economy would grow".
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})

# Descriptions read from a verb ("raised (Clinton)", "paid for seat") or a list: a word
# before them would not read as a noun phrase.
_VERB_RULES = frozenset({"verb-agent", "participle", "moved-sum", "agent", "list-name"})


def mark_outlooks(figures: list[Figure], doc: Doc) -> None:
    """Put the outlook's word before the description of each figure a verb of
    forecasting governs ("forecast rise in spending"). `doc` is the figures' document:
    their offsets are its text's."""
    for figure in figures:
        if not figure.counts or figure.rule.split("/")[-1] in _VERB_RULES:
            continue
        base, bracket, owner = figure.counts.partition(" (")
        words = [w.lower().removesuffix("'s") for w in base.split()]
        if not words or set(words) & OUTLOOK_NOUNS:
            continue
        span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
        marker = _outlook_of(span) if span is not None and len(span) else None
        if marker is None:
            continue
        if figure.rule.endswith("/noun-after"):  # "students forecast", "bags expected"
            figure.counts = f"{base} {marker}{bracket}{owner}"
        else:
            figure.counts = f"{marker} {_lowered(base, span)}{bracket}{owner}"


def _outlook_of(span: Span) -> str | None:
    """The outlook word of the verb of forecasting the figure's clause depends on, or
    None. Only through the figure's own noun phrase and prepositions to its verb, then
    up at most two clauses it is the complement of; never past a negation ("did not
    expect")."""
    node, came_from = span.root, None
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.head is node or node.dep_ not in _PHRASE_DEPS:
            break
        if node.dep_ == "prep" and node.lower_ not in _SIZE_PREPS:
            return None  # "grow 2.8 pct in 1987, after 2.5 pct in 1986": a fact set beside it
        node, came_from = node.head, node
    if node.pos_ not in ("VERB", "AUX"):
        return None
    if came_from is not None and came_from.dep_ == "nsubj" and node.lemma_.lower() in OUTLOOK_VERBS:
        return None  # "85% of this group expect to buy online": those who expect, counted
    verb: Token = node
    for _ in range(3):
        marker = OUTLOOK_VERBS.get(verb.lemma_.lower())
        if marker is not None:
            return None if any(c.dep_ == "neg" for c in verb.children) else marker
        if verb.dep_ not in _CLAUSE_DEPS or verb.head is verb:
            return None
        verb = verb.head
    return None


def _lowered(base: str, span: Span) -> str:
    """The description with its first word in lower case when only its place opens the
    sentence with a capital ("Spending is forecast to grow"): "forecast spending".
    "Australian", "Japan's" keep theirs: a name the parser knows (an entity), or a run of
    proper nouns ("Pacific Rim exports"); a lone opening word the tagger calls a proper
    noun ("Barley plantings") is a common noun capitalised by its place."""
    first = base.split()[0]
    opening = span.sent[0]
    if opening.text != first or opening.ent_type_ or _name_opens(opening):
        return base
    if not first[1:].islower():
        return base
    return first[:1].lower() + base[1:]


def _name_opens(opening: Token) -> bool:
    """Whether the sentence opens with a name of two or more proper nouns."""
    nxt = opening.nbor(1) if opening.i + 1 < len(opening.doc) else None
    return opening.pos_ == "PROPN" and nxt is not None and nxt.pos_ == "PROPN"
