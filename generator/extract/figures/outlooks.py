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

from generator.extract import figures_lexicon as lx
from generator.extract.figures.ranking import _kind
from generator.extract.words import data_tables, word_set
from generator.model import Figure

_DATA = data_tables("figure_outlooks")
OUTLOOK_VERBS: dict[str, str] = dict(_DATA["outlook_verbs"])
OUTLOOK_NOUNS: frozenset[str] = word_set(_DATA["words"]["outlook_nouns"])
POSSIBLE_MOVES: frozenset[str] = word_set(_DATA["words"]["possible_moves"])
POSSIBILITY_MODALS: frozenset[str] = word_set(_DATA["words"]["possibility_modals"])
LEVEL_REACHED: frozenset[str] = word_set(_DATA["words"]["level_reached"])
PAST_TIME_WORDS: frozenset[str] = word_set(_DATA["words"]["past_time_words"])
DIFFICULTY_ADJECTIVES: frozenset[str] = word_set(_DATA["words"]["difficulty_adjectives"])
POSSIBLE = "possible"
# Prepositions that give a level reached: "drop to", "rally above", "as high as".
_LEVEL_PREPS = frozenset({"to", "above", "below", "as", "past", "toward", "towards"})
_HEDGES = frozenset({"more", "less", "fewer", "greater", "higher", "lower"})
# Prepositions that set another figure beside the outlook's.
_COMPARING_PREPS = frozenset(
    {"against", "from", "after", "versus", "vs", "vs.", "than", "with", "over"}
)

# How a figure's words hang on the verb of its clause: inside its noun phrase ("a 2.8
# pct rise"), after a preposition ("by 3.5%", "to $2.57 trillion"), as its object or
# complement. A relative or adverbial clause, an apposition or a conjunct stops the
# climb: what they say is not the verb's.
_PHRASE_DEPS = frozenset(
    {"nummod", "compound", "quantmod", "nmod", "amod", "pobj", "prep", "dobj", "npadvmod"}
    | {"advmod"}  # "rise as high as 500 dlrs": "as" hangs on "high"
    | {"attr", "acomp", "oprd", "nsubj", "nsubjpass"}
)

# Prepositions that give the size or the level of the verb's own move ("by 3.5%", "to
# $2.57 trillion", "at 2.8 pct"); "after", "from", "against" set another figure beside it.
_SIZE_PREPS = frozenset({"by", "to", "at", "of", "above", "below", "as", "past", "toward"})

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
        if marker == POSSIBLE:
            if figure.rule.endswith(("/noun-after", "/compound")):
                continue  # "could reach 300,000 tonnes": the count says what it counts
            if words[0] not in lx.CHANGE_NOUNS:  # "possible level of crude futures"
                if not _a_level(span):
                    continue  # "stocks could fall 700,000 barrels": a move, not named so
                figure.counts = f"{marker} level of {_lowered(base, span)}{bracket}{owner}"
                continue
        if figure.rule.endswith("/noun-after") or (
            figure.rule.endswith("/of-phrase")
            and _kind(figure) in ("measure", "count")
            and "of" not in words  # "projected loss of smelting capacity": a noun of its own
        ):  # "students forecast", "bags expected", "15,000 tonnes of maize": maize expected
            figure.counts = f"{base} {marker}{bracket}{owner}"
        else:
            figure.counts = f"{marker} {_lowered(base, span)}{bracket}{owner}"


def _outlook_of(span: Span) -> str | None:
    """The outlook word of the verb of forecasting the figure's clause depends on, or
    None. Only through the figure's own noun phrase and prepositions to its verb, then
    up at most two clauses it is the complement of; never past a negation ("did not
    expect")."""
    node, came_from, through_prep = span.root, None, False
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.head is node or node.dep_ not in _PHRASE_DEPS:
            break
        if node.dep_ == "prep" and node.lower_ not in _SIZE_PREPS:
            return None  # "grow 2.8 pct in 1987, after 2.5 pct in 1986": a fact set beside it
        through_prep = through_prep or node.dep_ == "prep"
        node, came_from = node.head, node
    if node.pos_ not in ("VERB", "AUX"):
        return None
    if came_from is not None and came_from.dep_.startswith("nsubj") and through_prep:
        return None  # "the sale of four units ... is expected to raise": the units are told
    if came_from is not None and came_from.dep_ == "nsubj" and node.lemma_.lower() in OUTLOOK_VERBS:
        return None  # "85% of this group expect to buy online": those who expect, counted
    verb: Token = node
    if _set_against(span, verb):
        return None  # "to 2.7 pct this year against last year's 2.1 pct": the other side
    if _possible(verb) and (came_from is None or not came_from.dep_.startswith("nsubj")):
        return POSSIBLE  # "crude futures could test 19 dlrs"
    for _ in range(3):
        marker = OUTLOOK_VERBS.get(verb.lemma_.lower())
        if marker is not None:
            if any(c.dep_ == "neg" for c in verb.children) or _found_hard(verb):
                return None  # "did not expect", "difficult to predict": no forecast made
            return marker
        if verb.dep_ not in _CLAUSE_DEPS or verb.head is verb:
            return None
        verb = verb.head
    return None


def _found_hard(verb: Token) -> bool:
    """Whether the verb of forecasting is what an adjective calls hard to do ("extremely
    difficult to predict"): nobody forecasts, and the figures beside it are facts."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lower_ in DIFFICULTY_ADJECTIVES


def _set_against(span: Span, verb: Token) -> bool:
    """Whether the last preposition between the verb and the figure sets the figure
    against the outlook ("against last year's 2.1 pct", "from 165 billion", "after 2.5
    pct"), however the parser hung it."""
    doc = span.doc
    preps = [
        t
        for t in doc[verb.i + 1 : span.start]
        if t.pos_ == "ADP" and not (t.lower_ == "than" and doc[t.i - 1].lower_ in _HEDGES)
    ]  # "savings of more than $375m": a hedge on the figure, not a comparison
    return bool(preps) and preps[-1].lower_ in _COMPARING_PREPS


def _a_level(span: Span) -> bool:
    """Whether a possible figure is a level reached ("could reach 2.0 mln tonnes",
    "rally above 53 cts", "drop to 59 mln acres"), not the size of the move."""
    preps = [t for t in span.doc[max(0, span.start - 4) : span.start] if t.pos_ == "ADP"]
    if preps and preps[-1].lower_ in _LEVEL_PREPS:
        return True
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    return verb.lemma_.lower() in LEVEL_REACHED and verb.i < span.start


def _possible(verb: Token) -> bool:
    """Whether a verb of a move or of a level reached is only possible: "could rally
    above", "might fall to", "may exceed"; not "could not"."""
    if verb.lemma_.lower() not in POSSIBLE_MOVES:
        return False
    children = list(verb.children)
    if verb.dep_ == "xcomp":  # "could continue to rally above 53 cts"
        children += list(verb.head.children)
    modal = any(c.tag_ == "MD" and c.lower_ in POSSIBILITY_MODALS for c in children)
    if any(t.lower_ in PAST_TIME_WORDS for t in verb.subtree):
        return False  # "could reach 600 mln dlrs last year": what happened
    return modal and not any(c.dep_ == "neg" for c in children)


def _lowered(base: str, span: Span) -> str:
    """The description with its first word in lower case when only its place opens the
    sentence with a capital ("Spending is forecast to grow"): "forecast spending".
    "Australian", "Japan's" keep theirs: a name the parser knows (an entity), or a run of
    proper nouns ("Pacific Rim exports"); a lone opening word the tagger calls a proper
    noun ("Barley plantings") is a common noun capitalised by its place."""
    first = base.split()[0]
    opening = next((t for t in span.sent if not t.is_punct), span.sent[0])
    if opening.text != first or opening.ent_type_ or _name_opens(opening):
        return base
    if not first[1:].islower():
        return base
    return first[:1].lower() + base[1:]


def _name_opens(opening: Token) -> bool:
    """Whether the sentence opens with a name of two or more proper nouns."""
    nxt = opening.nbor(1) if opening.i + 1 < len(opening.doc) else None
    return opening.pos_ == "PROPN" and nxt is not None and nxt.pos_ == "PROPN"
