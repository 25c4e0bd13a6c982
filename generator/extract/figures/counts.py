"""What a figure counts ("70,000 inhabitants", "a fine of £5m"): `_counts` tries the
rules in order of reliability and keeps the first that reads a noun phrase.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract import figures_lexicon as lx
from generator.extract.figures.compounds import compound_count, hyphen_compound_count
from generator.extract.figures.count_hosts import (
    _agent_verb,
    _bracket_host,
    _changed_object,
    _contest_share,
    _copula_subject,
    _direct_subject,
    _from_owner,
    _list_name,
    _named_at_share,
    _of_host,
    _participle,
    _prep_host,
    _price_for,
    _sentence_topic,
    _share_of_yardstick,
    _signed,
    _skip_parenthetical,
    _stake_in,
    _surveyed_group,
    _table_label,
    _time_adverbial,
    _with_at,
    _with_in,
    _with_of,
    _worth_of,
    of_object_noun,
    possessed_instead,
)
from generator.extract.figures.owner_checks import of_its_host
from generator.extract.figures.owners import (
    _head_possessor,
    _modifies,
    _owner,
    _possessed,
    _possessor,
    _shares_word,
)
from generator.extract.figures.people_clauses import people_clause
from generator.extract.figures.phrases import (
    _np_text,
    _people_adjective,
    _phrase_after,
    _phrase_before_of,
    common_opening,
)
from generator.extract.figures.subjects import (
    _adjacent_name,
    _held_by_a_noun,
    _in_subject,
    _measures_subject,
    _moved_noun,
    _names_an_agent,
    _on_terms,
    _result_participle,
    _subject_of,
    _subject_phrase,
    _subject_token,
    _valued_subject,
    survey_verb_read_as_noun,
)
from generator.extract.figures.tokens import _NP_WORD_POS, _a_time, _contains_word
from generator.extract.figures.which import (
    _MOST_WORDS,
    rate_group,
    rate_of_move,
    restricted,
    share_of_whole,
)
from generator.extract.figures_scan import Quantity
from generator.extract.figures_table import note_item, table_row

Counted = tuple[str | None, Token | None, str]  # phrase, its head token, the rule that read it


# A sum given per item: "at 4.50 dlrs each", "priced at $20 apiece".
EACH_AFTER_RE = re.compile(r"\s+(?:each|apiece|a\s+piece)\b", re.I)

# Rules that read what a figure is from its clause (its subject, whose it is, its
# sentence's topic), not from words next to it.
_CLAUSE_RULES = frozenset({"subject", "agent", "sentence-topic", "copula-subject"})


def _priced_items_before(span: Span, q: Quantity, text: str) -> bool:
    """ "eight mln shares at 4.50 dlrs each": a price per item right after the items, a
    plural noun that is not the clause's subject ("The tickets were priced at $20 each"
    is the tickets' price, and the subject says so)."""
    if not EACH_AFTER_RE.match(text, q.end) or span.start < 2:
        return False
    at, items = span.doc[span.start - 1], span.doc[span.start - 2]
    return at.lower_ == "at" and items.tag_ == "NNS" and items.dep_ not in ("nsubj", "nsubjpass")


def _counts(doc: Doc, span: Span, q: Quantity, text: str) -> tuple[str | None, str]:
    """What the figure counts, on one line and within one sentence, and the rule that read it.

    Hard-wrapped wire text must not break the phrase, and a phrase must not run over a
    sentence end the parser missed ("a predicted extra £250m. Turnover"): what follows
    the last sentence end is kept, since the head of the phrase is its last word.
    """
    counts, rule = _counts_raw(doc, span, q, text)
    if not counts:
        return None, rule
    if q.kind == "money" and rule in _CLAUSE_RULES and _priced_items_before(span, q, text):
        return None, "none"  # "funded by the issue of eight mln shares at 4.50 dlrs each":
        # the price of one of the things before it, not of the clause's subject
    counts = " ".join(counts.split())
    counts = SENTENCE_END_RE.split(counts)[-1].strip()
    figure = text[q.start : q.end]
    if figure + "-" in counts:  # "300-shareholder threshold": what the 300 are
        counts = counts.replace(figure + "-", "", 1)
    if _contains_word(counts, figure):  # "MacBook Pro 16 inch", "or tax thresholds, of 30 pct"
        counts = counts[: counts.index(figure)]
    counts = re.split(r"[\s,]+of\s+[-+\d$\u00a3\u20ac]", counts)[0]  # "rates, of 30 pct"
    counts = COMPARED_FIGURE_RE.split(counts)[0]  # "parents who have players compared to 9%"
    counts = re.sub(r"^(?:or|and|but)\s+|[\s,;:(-]+(?:of|at|to|by|with|from)?\s*$", "", counts)
    counts = re.sub(r"^(?:of|at|to|by|with|from|in)(?:\s+|$)", "", counts)
    counts = _without_left_units(counts)  # "mln dlr issue" of "a 250 mln dlr issue"
    if re.match(r"(?:or|and|but)\b", counts):
        return None, "none"  # "fell nine pct and mining production declined": the parser
        # joined the unit to the next clause's subject, which the figure does not count
    if not counts or _units_only(counts) or not re.search(r"[^\W\d_]", counts):
        return None, "none"  # "pct" for "14 pct", "mln dlrs" for "900 mln dlrs"
    if _contains_word(figure.lower(), counts.lower()):
        return None, "none"  # "Eighty-five points is too much": the figure's own unit
    if re.match(r"\d", counts):
        return None, "none"  # "30 pct": another figure, not what this one counts
    if _ends_on_a_note_verb(counts):
        return None, "none"  # "oper net excludes" for "oper net excludes loss carryforward
        # of 78,000 dlrs": the parser took the item for no noun and kept the verb
    counts = _with_hyphen_prefix(counts, text, span, q)  # "pre-tax operating loss"
    if _broken_off(counts):
        return None, "none"  # "price of a)" of "the (price of a) barrel", "-tax operating
        # loss" of "pre-tax operating loss": a phrase cut inside a bracket or a word
    if _a_date(counts) or SCALED_FIGURE_RE.search(counts):
        return None, "none"  # "February 21", "February and 92.08 billion crowns": a date
        # or another figure, not what this one counts
    if _frame_only(counts):
        frame = _frame_token(span, counts)
        if frame is None or frame.dep_ not in ("nsubj", "nsubjpass"):
            host = _frame_host(frame)  # a subject is a thing: "the barrier would cut ..."
            if host and _units_only(host):
                return None, "none"  # "the April level of 373.9 billion dlrs": not "dlrs"
            return (host, "frame-host") if host else (None, "none")
    if rule == "noun-before-of":
        counts = rate_of_move(span, counts) or counts  # "annual rise in US economy"
    if rule in _RATE_RULES:
        counts = rate_group(span, counts) or counts  # "unemployment rate for white youth"
    return counts, rule


# Another scaled or thousands figure inside a description ("February and 92.08 billion
# crowns", "vs 1,838,000 1986 1st"):
# the parser ran the phrase on into the next figure of a list. A thousands figure with
# the noun it counts after it is part of what is counted ("price of additional 44,000
# shares").
SCALED_FIGURE_RE = re.compile(
    r"\d\s*(?:mln|bln|million|billion|trillion|bn)\b|\d,\d{3}\b(?!\s+[a-z])", re.I
)


# The verbs of a note under a results table ("Net includes", "excludes"), which end no
# description: `lx.NOTE_ITEM_INTRODUCERS` without its joining words.
_NOTE_VERBS = lx.NOTE_ITEM_INTRODUCERS - {"vs", "and"}


def _ends_on_a_note_verb(counts: str) -> bool:
    """Whether a description ends on a note's verb ("qtr oper net excludes")."""
    words = counts.split(" (")[0].lower().split()
    return bool(words) and words[-1] in _NOTE_VERBS


def _broken_off(counts: str) -> bool:
    """Whether a description was cut out of its words across a bracket or a hyphen: a
    bracket closed that it never opened, or one opened and not closed ("price of a)" for
    "the (price of a) barrel of oil"), or a first word that starts with a hyphen ("-tax
    operating loss" for "pre-tax operating loss"). Its owner's brackets are whole."""
    depth = 0
    for char in counts:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return True
    if depth != 0 or counts.startswith(("-", "\u2013")):
        return True
    core = re.sub(r" \([^()]*\)$", "", counts)  # without its owner
    return bool(re.search(r"\b(?:a|an|the)$", core, re.I))  # "cost of a"


def _with_hyphen_prefix(counts: str, text: str, span: Span, q: Quantity) -> str:
    """A description the parser began after a word's hyphen ("-tax operating loss") with
    the word's first part put back, when its sentence writes it once ("pre-tax")."""
    if not counts.startswith("-"):
        return counts
    lo, hi = _text_sentence(text, span, q)
    found = re.findall(r"(\w+)" + re.escape(counts), text[lo:hi])
    return found[0] + counts if len(found) == 1 else counts


def _a_date(counts: str) -> bool:
    """Whether a description is only a date: a month with a day or year ("February 21",
    "March 3, 1987"): it says when, not what the figure counts."""
    words = counts.split(" (")[0].replace(",", " ").lower().split()
    month = any(w.rstrip(".") in lx.MONTHS for w in words)
    rest = all(w.rstrip(".") in lx.MONTHS or re.fullmatch(r"\d{1,4}", w) for w in words)
    return month and rest


# Rules that read a rate from the words around the figure: the rate may say whose it is.
_RATE_RULES = frozenset({"noun-before-of", "copula-subject", "subject", "shared"})


_LEFT_UNITS = lx.UNIT_ONLY - {"per"}  # "per capita income" keeps its "per"


def _without_left_units(counts: str) -> str:
    """A description without the scale and unit words another figure left at its start:
    "A 250 mln dlr issue of bonds ... to yield 7.73 pct" counts the "issue", not the
    "mln dlr issue"; "A 30 pct tariff increase will bring in 600 mln" no "pct tariff
    increase". Another figure's number was dropped from the phrase; its words go too."""
    base, bracket, owner = counts.partition(" (")
    words = base.split(" ")
    while len(words) > 1 and words[0].lower() in _LEFT_UNITS:
        words.pop(0)
    return " ".join(words) + bracket + owner  # "dlrs (Prospect)" keeps its one word


# A comparison with another figure inside a phrase: what follows is the other figure's.
COMPARED_FIGURE_RE = re.compile(
    r"[\s,]+(?:compared\s+(?:to|with)|versus|vs\.?|against)\s+(?:only\s+|just\s+)?[-+\d$\u00a3\u20ac]"
)


def _frame_only(counts: str) -> bool:
    """Whether a description is only a place on a scale (`lx.FRAME_NOUNS`): "range",
    "maximum", "second place", "mark (German rival)", never "price range" or "sea level"."""
    words = counts.split(" (")[0].lower().split()
    return (
        bool(words)
        and words[-1] in lx.FRAME_NOUNS
        and all(w in lx.FRAME_MODIFIERS for w in words[:-1])
    )


def _frame_token(span: Span, counts: str) -> Token | None:
    """The frame noun a description was read from: the nearest of that word to the figure."""
    word = counts.split(" (")[0].split()[-1].lower()
    sent = span.sent
    near = [t for t in sent if t.lower_ == word]
    return min(near, key=lambda t: abs(t.i - span.start)) if near else None


def _frame_host(frame: Token | None) -> str | None:
    """What a frame noun places on its scale, or None when the parse does not say.

    "estimates of earnings per share in the range of" -> the noun the frame's preposition
    hangs on; "data rates up to a maximum of" -> the same past "up"; "may up its bid to
    the £1.5bn mark", "the index rose to a level of" -> the verb's object, else its
    subject; "The TV took second place (67%)" -> "TV". A person or a group of people is
    not what a figure measures ("he took third place with 54%" is his share, not him).
    """
    if frame is None:
        return None
    node = frame.head
    if frame.dep_ == "pobj" and node.dep_ == "prep":
        at = node.lower_ == "at"
        node = node.head
        if node.pos_ in ("ADV", "ADP") and node.head is not node:
            node = node.head  # "up to a maximum of"
        if at and node.lemma_.lower() not in lx.LEVEL_VERBS | lx.MEASURING_VERBS | {"be"}:
            return None  # "selling could become severe at the 35 dlr level", "the shares
            # merit purchase at the 26 dlr level": a price the clause is true at, not its
            # noun's ("closed at the 2,400 level" is the level the index closed at)
    elif frame.dep_ not in ("dobj", "attr"):
        return None
    thing: Token | None = node
    if node.pos_ in ("VERB", "AUX"):
        objects = [c for c in node.children if c.dep_ == "dobj" and c.i != frame.i]
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        thing = (objects or subjects or [None])[0]
    if (
        thing is None
        or thing.i == frame.i
        or thing.pos_ not in ("NOUN", "PROPN")
        or thing.lower_ in lx.FRAME_NOUNS | lx.NOT_COUNTED
        or _names_an_agent(thing)
    ):
        return None
    return _np_text(thing)


def _units_only(counts: str) -> bool:
    """Whether a phrase is only the figure's own scale and unit words ("mln dlrs")."""
    words = counts.lower().split()
    return counts.lower() in lx.UNIT_ONLY or all(
        w in lx.UNIT_ONLY or w in lx.SCALE_WORDS or w in lx.CURRENCY_SUFFIXES for w in words
    )


# A sentence end inside a phrase: a full stop after a lowercase word, a digit, a
# currency scale or a bracket, then a capital ("£250m. Turnover"), not "U.S. Company",
# not a title before a name.
# "Rep. Dan Glickman", "Gov. Cuomo": a title's full stop ends no sentence.
_NOT_AFTER_TITLE = "".join(rf"(?<!\b{t})" for t in sorted(lx.TITLE_ABBREVIATIONS))


SENTENCE_END_RE = re.compile(
    rf"(?<=[a-z0-9%)\]]){_NOT_AFTER_TITLE}[.!?][\"'\u2019\u201d]?\s+(?=[A-Z\u201c\"])"
)


# Counts rules that read the words around the figure, not the parse, so they need no
# check against sentence ends the parser missed.
_READ_FROM_TEXT = frozenset(
    {"age", "list-name", "table-label", "note-item", "contest-share", "compound", "cargo"}
)


def _text_sentence(text: str, span: Span, q: Quantity) -> tuple[int, int]:
    """The bounds of the figure's sentence, cut at sentence ends the parser missed."""
    lo, hi = span.sent.start_char, span.sent.end_char
    for match in SENTENCE_END_RE.finditer(text, lo, hi):
        if match.end() <= q.start:
            lo = match.end()
        elif match.start() >= q.end:
            hi = match.start()
            break
    return lo, hi


def _within(text: str, phrase: str, lo: int, hi: int) -> bool:
    """Whether the head (last word) of `phrase` is written in text[lo:hi]."""
    words = phrase.split()
    return not words or _contains_word(text[lo:hi], words[-1])


def _counts_raw(doc: Doc, span: Span, q: Quantity, text: str) -> tuple[str | None, str]:
    """What the figure counts or measures, a short noun phrase from its sentence.

    For counted things the owner follows in brackets: the name a bracketed figure
    describes ("WAR (John Gant)" for "John Gant (0.5 WAR)"), else the subject of the
    clause ("workers (Ford)", "goals (Chris Wood)"): in a key-figures table the counted
    noun alone rarely says whose figure it is.
    """
    core, head, rule = _core_counts(doc, span, q, text)
    lo, hi = _text_sentence(text, span, q)
    said = (core or "").split(" (")[0]  # "offered (Waste Management)": the part read there
    if rule == "verb-agent" and head is not None:
        said = head.text  # "loss" for "lost": the verb is what was read there
    if core is not None and rule not in _READ_FROM_TEXT and not _within(text, said, lo, hi):
        return None, "none"  # the parser joined two sentences and read the other one
    if core is None or head is None:
        return core, rule
    if rule in _COUNTED_THING_RULES:
        core = _changed_count(span, head, core)  # "jobs shed", not the jobs there are
    if rule == "noun-after":
        core = _with_people_state(head, core)  # "people with dementia", not "people"
        core = _with_rate(head, core)  # "vehicles a day", not "vehicles"
    bridge_of = q.kind in ("measure", "money")  # "bought 100,000 tonnes of whites"
    core = restricted(head, core, rule, bridge_of)  # "MDAs sold", "voters in Florida"
    if rule == "noun-after":
        core = people_clause(head, core)  # "people who voted for John Edwards"
    of_host = _of_host(doc, span) if q.kind in ("count", "vague") else None
    # "received $5m from Acme" is the receiver's: the verb's "from" names who paid
    source = _from_owner(head) if rule != "verb-agent" else None
    owner = _bracket_host(doc, span)
    if owner is None and of_host:  # "shortage of foster carers", not "(shortage)"
        return of_its_host(core, of_host, _MOST_WORDS) or core, rule
    owner = owner or source or _possessor(span)
    owner = owner or _head_possessor(head)
    if owner is None and not _possessed(head):
        owner = _owner(span, head, agent=rule == "verb-agent", share=rule == "of-phrase")
    if owner and (re.search(r"\d", owner) or set(owner.lower().split()) & lx.UNIT_ONLY):
        return core, rule  # "jobs ($4bn)", "wells (mln dlr exploration venture)": no owner
    if owner and owner.isupper() and f"{owner}:" in text:
        return core, rule  # "NOTE: ... includes a gain": a label, no owner
    said_core = core.removeprefix("share of ")  # "share of value lost (Nortel shares)"
    # "staff (Halden Bank)" for "the bank has 100,000 staff": a kind noun's name
    # (`owner_checks.named_kind`) ends with the kind the sentence writes in lowercase
    written = bool(owner) and (
        _within(text, owner, lo, hi) or _within(text[lo:hi].lower(), owner.lower(), 0, hi - lo)
    )
    if owner and not _shares_word(said_core, owner) and written:
        return f"{core} ({owner})", rule
    return core, rule


# Counts rules that name the counted thing itself ("240,000 jobs", "30 mln tonnes of
# capacity", "514 mln dlrs in reserves"): a change of it is the figure's to tell.
_COUNTED_THING_RULES = frozenset({"noun-after", "of-phrase", "in-phrase"})


_CHANGE_OF_NOUNS = lx.CHANGE_NOUNS | lx.LOSS_NOUNS


_DEFINITE = frozenset({"the", "these", "those", "this", "that"})


def _changed_count(span: Span, counted: Token, core: str) -> str:
    """What a figure counts when the story tells a change of those things, else `core`.

    "The industry has shed 240,000 jobs": the 240,000 are the jobs shed, not the jobs
    the industry has; so with "plans to cut 15 mln tonnes of capacity", "20,000 jobs
    will be cut", "the 71,000 jobs added in October", "30 mln tonnes of capacity was
    excess and should be closed" (`lx.CHANGE_VERB_PARTICIPLES`: "jobs shed", "capacity
    cut"). After a change noun the figure is the change's size: "the loss of 130,000
    tonnes of capacity" is a "loss of capacity", "a fall of 514 mln dlrs in reserves" a
    "fall in reserves". Only the figure's own phrase or its counted noun is looked at:
    "cut its 13.6 billion dlr trade surplus" gives the surplus's level, and stays; so do
    things already told of ("creating the 20 million new jobs promised by EU leaders").
    """
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.dep_ == "prep":
        change = root.head.head
        if change.pos_ == "NOUN" and change.lower_ in _CHANGE_OF_NOUNS and change.i < span.start:
            joint = "in" if counted.dep_ == "pobj" and counted.head.lower_ == "in" else "of"
            return f"{change.text} {joint} {core}"
    for node in dict.fromkeys((counted, root)):
        if any(c.dep_ == "poss" or c.lower_ in _DEFINITE for c in node.children):
            continue  # "creating the 20 million new jobs promised": known ones, not a change
        participle = _change_participle(node)
        if (
            participle
            and node is not counted
            and node.head.lemma_.lower() in lx.COUNTED_OBJECT_VERBS
        ):
            continue  # "will cost the firm $5m in fees": the price, not fees lost
        if participle and not _contains_word(core.lower(), participle):
            return f"{core} {participle}"  # not "lost output lost"
    return core


_STATE_PREPS = frozenset({"with", "without"})


def _with_rate(noun: Token, core: str) -> str:
    """A count's noun with the unit of time right after it that makes the count a rate:
    "3,500 vehicles a day", "1,444 pages per month". The figure's text is the number
    alone and its unit none, so without it the page read "3,500: vehicles", a total.
    Only "a", "an" or "per" and a unit of time (`lx.TIME_RATE_NOUNS`) straight after
    the noun that ends the description; not "a year earlier" (a time, not a rate) nor
    "a month's holiday" (what the count is given); nor "a day after" the storm, which may
    be a time too."""
    doc = noun.doc
    if not core.endswith(noun.text) or noun.i + 2 >= len(doc):
        return core
    art, unit = doc[noun.i + 1], doc[noun.i + 2]
    if art.lower_ not in ("a", "an", "per") or unit.lower_ not in lx.TIME_RATE_NOUNS:
        return core
    nxt = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
    if nxt is not None and (
        nxt.lower_ in lx.TIME_AGO_WORDS or nxt.lower_ == "after" or nxt.tag_ == "POS"
    ):
        return core
    return f"{core} {art.lower_} {unit.lower_}"


def _with_people_state(noun: Token, core: str) -> str:
    """People counted with the words right after them that say which people: "750,000
    people with dementia", "5.2 million Germans out of work", "the 49 people killed".
    "people" alone is everyone; the page read "750,000: people". Only after a noun of
    people (`lx.PEOPLE_NOUNS`) or a nationality, when the description ends with it, and
    only a participle of one word, "with"/"without" and a short noun phrase, or "out of"
    and a noun; at most eight words in all."""
    doc = noun.doc
    plural_name = noun.ent_type_ == "NORP" and noun.tag_ in ("NNPS", "NNS")
    if not (noun.lower_ in lx.PEOPLE_NOUNS or plural_name) or not core.endswith(noun.text):
        return core
    if noun.lower_ in lx.GOING_NOUNS:
        return core  # posts: what was done to them is `_changed_count`'s ("jobs shed")
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if nxt is None or not noun.whitespace_:
        return core
    said = None
    if (
        nxt.dep_ == "acl"
        and nxt.head.i == noun.i
        and nxt.tag_ == "VBN"
        and nxt.is_lower
        and nxt.lower_ not in lx.AGE_BEFORE_WORDS  # "children aged between five and ten"
        and all(c.dep_ in ("agent", "prep", "advmod", "punct") for c in nxt.children)
    ):
        said = nxt.text  # "people killed", not "people killed on Thursday"; not "called"
    elif nxt.lower_ in _STATE_PREPS and nxt.head.i == noun.i and nxt.dep_ == "prep":
        thing = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        phrase = _np_text(thing) if thing is not None and thing.pos_ == "NOUN" else None
        if phrase and len(phrase.split()) <= 3 and not re.search(r"\d", phrase):
            said = f"{nxt.lower_} {phrase}"
    elif nxt.lower_ == "out" and noun.i + 3 < len(doc) and doc[noun.i + 2].lower_ == "of":
        thing = doc[noun.i + 3]
        if thing.pos_ == "NOUN" and thing.is_lower:
            said = f"out of {thing.text}"  # "out of work", however the parser hung it
    if said is None or len(core.split()) + len(said.split()) > 8:
        return core
    return f"{core} {said}"


def _change_participle(node: Token) -> str | None:
    """How the verb of a change says it was done to `node` ("shed", "lost", "laid off"),
    when `node` is its object, its passive subject, the subject it shares with a passive
    verb of its own clause's conjunct, or the noun its participle describes."""
    verb = node.head
    if node.dep_ == "dobj" or (node.dep_ == "nsubjpass" and verb.i != node.i):
        return _participle_of(verb)
    if _going_posts(node):
        return "cut"  # "up to 2,500 jobs are to go"
    if node.dep_ == "nsubj" and verb.i != node.i:
        for conj in verb.children:
            passive = any(c.dep_ == "auxpass" for c in conj.children)
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
            if conj.dep_ == "conj" and conj.tag_ == "VBN" and passive and not own_subject:
                return _participle_of(conj)
    for child in node.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.i > node.i:
            return _participle_of(child)
    return None


def _going_posts(node: Token) -> bool:
    """ "Up to 2,500 jobs are to go at the broker", "1,100 jobs will go in banking": posts
    (`lx.GOING_NOUNS`) that are the subject of "go" are lost. Not when they go somewhere
    or to someone ("300 jobs will go to local people"), become something ("go unfilled")
    or do not go ("will not go")."""
    if node.dep_ != "nsubj" or node.lower_ not in lx.GOING_NOUNS:
        return False
    verb = node.head
    if verb.lemma_.lower() == "be":  # "are to go"
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    if verb.lemma_.lower() != "go" or verb.pos_ != "VERB":
        return False
    for child in (*verb.children, *node.head.children):
        if child.i == verb.i:
            continue
        if child.dep_ in ("neg", "dobj", "attr", "acomp", "oprd", "xcomp", "dative"):
            return False
        if child.dep_ == "prep" and child.lower_ in ("to", "into", "toward", "towards", "for"):
            return False
    return True


def _participle_of(verb: Token) -> str | None:
    """The participle `lx.CHANGE_VERB_PARTICIPLES` gives a verb, with its particle."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    for particle in particles:
        said = lx.CHANGE_VERB_PARTICIPLES.get(f"{lemma} {particle}")
        if said:
            return said
    return lx.CHANGE_VERB_PARTICIPLES.get(lemma)


def _quoting_terms(phrase: str) -> bool:
    """Whether a phrase after a price opens with a delivery term or "plus" (`lx.PRICE_TERMS`)."""
    words = phrase.split()
    return bool(words) and words[0].lower() in lx.PRICE_TERMS


def _names_a_clause_subject(head: Token) -> bool:
    """A name that is the subject of a verb after it: "compared with the 1.5 billion dlrs
    Britain had hoped to secure" (a relative clause with no "that"). A sum modifies no
    name; the parser glued the amount onto the clause's subject."""
    return (
        head.pos_ == "PROPN"
        and head.dep_ in ("nsubj", "nsubjpass")
        and head.head.i > head.i
        and head.head.pos_ in ("VERB", "AUX")
    )


# Currency words with no plural form, written after the number as a plural would be.
_UNINFLECTED_CURRENCIES = frozenset({"stg", "yen", "lire", "sterling", "yuan", "baht", "rand"})


def _plural_currency_word(written: str) -> bool:
    """Whether a sum ends with a currency word in the plural ("1.5 billion dlrs"): a
    noun phrase on its own, never an adjective before a noun ("a 75 mln dlr bond")."""
    last = written.split()[-1].lower() if written.split() else ""
    return last.isalpha() and (last.endswith("s") or last in _UNINFLECTED_CURRENCIES)


def _core_counts(doc: Doc, span: Span, q: Quantity, text: str) -> Counted:
    """The counted or measured noun phrase, its head token when it has one, and the rule.

    `text` is `doc.text`, passed down because `Doc.text` joins every token on each call.
    Rule names are short and stable: the benchmark reports precision per rule.
    """
    after = _skip_parenthetical(doc, span.end)
    if (
        after + 1 < len(doc)
        and doc[after].lower_ == "or"
        and doc[after + 1].lower_ in lx.APPROX_AFTER
    ):
        after += 2  # "30 or so pastors": the pastors, not "so pastors"
    nxt = doc[after] if after < len(doc) else None
    if nxt is not None and re.search(r"[.!?][\"'\u2019\u201d)]*\s", text[q.end : nxt.idx + 1]):
        nxt = None  # "a predicted extra £250m. Turnover": the next word is the next sentence
    if nxt is not None and "\n" in text[q.end : nxt.idx + len(nxt)] and _table_label(text, q.start):
        nxt = None  # "Shr ... vs loss 1.12 dlrs\nNet profit": a results row ends at its line
    compound = compound_count(span, q, text) if nxt is not None else None
    compound = compound or hyphen_compound_count(span, q, text)  # "1.1 mln-member union"
    if compound:
        return compound, None, "compound"  # "the 3 million member union": members
    of_phrase = in_phrase = None
    if nxt is not None and nxt.lower_ == "of":
        of_phrase = _phrase_after(doc, after + 1) or _people_adjective(doc, after + 1)
        if of_phrase and of_phrase[1].lower_ in lx.UNIT_COMPLEMENT_HEADS:
            of_phrase = None  # "511 mln barrels of oil equivalent": the unit, finished
    if nxt is not None and nxt.lower_ == "in" and q.kind == "money":
        found = _phrase_after(doc, after + 1)
        in_phrase = found if found and found[1].pos_ == "NOUN" else None  # "$1bn in gains"
        if in_phrase and (_a_time(in_phrase[1]) or re.search(r"\d", in_phrase[0])):
            in_phrase = None  # "10 dlrs in mid-1986", "20.9 mln dlrs in the first qtr"
        if in_phrase and in_phrase[1].lower_ in lx.SETTING_NOUNS | lx.PREPOSITION_NOUNS:
            in_phrase = None  # "rose to 74.50 dlrs in active trading": where, not what
    direct = _phrase_after(doc, after) if nxt is not None and nxt.pos_ in _NP_WORD_POS else None
    if nxt is not None:
        direct = _to_attached_noun(doc, span, after, direct)
    attributive = direct if direct and _modifies(span, direct[1]) else None
    if attributive and _quoting_terms(attributive[0]):
        attributive = None  # "80.49 dlrs per tonne fob": how the price is quoted
    if attributive and q.kind == "percent" and survey_verb_read_as_noun(attributive[1]):
        attributive = None  # "54 pct forecast production would remain": those asked
    if (
        attributive
        and q.kind == "money"
        and _names_a_clause_subject(attributive[1])
        and _plural_currency_word(text[q.start : q.end])
    ):
        attributive = None  # "the 1.5 billion dlrs Britain had hoped to secure"
    if q.kind == "money":
        attributive = _with_of(doc, attributive)  # "a $250m line of credit"
        if attributive and attributive[1].lower_ == "worth":
            attributive = _worth_of(doc, attributive[1].i)  # "$20bn worth of goods": the
            # goods, not "worth of goods"; worth of what cannot be read leaves the verb
    attributive = _with_in(doc, attributive)  # "a 20% rise in pre-tax profits"
    share = _contest_share(span, q.value) if q.kind == "percent" and q.value_max is None else None
    share = share or (_named_at_share(span) if q.kind == "percent" else None)
    if share:
        return share, None, "contest-share"  # "leads Clinton 46 percent to 35 percent"
    held = _with_at(span) if q.kind in ("money", "percent", "measure", "count") else None
    if held:
        return held[0], held[1], "with-at"  # "with imports at 1.55 billion dlrs"
    item = note_item(text, q.start) if q.kind in ("money", "count") else None
    if item and not table_row(text, q.start):  # "vs loss 55 cts" is a row's value
        return item, None, "note-item"  # "includes gain 5,360,000 dlrs": no "of", no move
    if _signed(text, q) and (q.kind in ("money", "percent") or q.unit in ("points", "pence")):
        name = _list_name(text, q)  # "Dow +0.4% FTSE 100 +0.9%": "FTSE" is the next entry
        if name:
            return name, None, "list-name"
    if q.kind == "age":
        age = f"{q.unit or 'years'} old"
        return (f"{age} ({attributive[0]})" if attributive else age), None, "age"
    named: list[tuple[tuple[str, Token] | None, str]]
    if q.kind in ("percent", "fraction", "vague"):
        of_phrase = _surveyed_group(doc, span, of_phrase)
        stake = _share_of_yardstick(span, _stake_in(span, of_phrase))
        if q.kind != "vague":
            stake = share_of_whole(span, q.value, stake)  # "share of budget", not "budget"
        named = [(stake, "of-phrase"), (attributive, "attributive")]
    elif q.kind == "money":
        of_phrase = possessed_instead(doc, of_phrase)  # "of the group's bond issue"
        if of_phrase is None and nxt is not None and nxt.lower_ == "of" and nxt.head in span:
            of_phrase = of_object_noun(nxt)  # "200 mln dlrs of 20-year bonds"
        named = [(attributive, "attributive"), (of_phrase, "of-phrase"), (in_phrase, "in-phrase")]
    elif q.kind in ("count", "ratio"):
        named = [
            (
                _worth_of(doc, after) if q.kind == "ratio" else None,
                "worth-of",
            ),  # "$4 of every $5 worth of goods"
            (
                _worth_of(doc, direct[1].i)
                if direct and direct[1].lower_ == "worth"  # "3.15 billion worth of stock"
                else _with_of(doc, direct)
                if _counted_by_ratio(q, direct)
                else None,
                "noun-after",
            ),
            (of_phrase if q.worded else None, "of-phrase"),
        ]
    elif q.kind == "measure":
        named = [(attributive, "attributive"), (of_phrase, "of-phrase")]
    elif q.kind == "duration":
        named = [(attributive, "attributive"), (_worth_of(doc, after), "worth-of")]
    else:
        named = [(attributive, "attributive")]
    if (
        q.kind == "money"
        and attributive
        and not of_phrase
        and not in_phrase
        and attributive[1].tag_ not in ("NNS", "NNPS")  # "a portfolio of $5bn loans"
    ):
        # "a rate increase of 39.9 mln dlrs contingent upon ...": after "N of", the amount
        # is N's; a word after it the parser glued on is not what it measures
        of_before = _phrase_before_of(doc, span)
        if of_before and doc[span.start - 1].lower_ == "of":
            return of_before, None, "noun-before-of"
    price = _price_for(span) if q.kind == "money" and not attributive else None
    if price:
        return price, None, "price-for"  # "ordered 30 planes for $1.8bn (in cash)"
    for candidate, rule in named:
        if candidate:
            return candidate[0], candidate[1], rule
    gapped = _gapped_noun(span) if q.kind == "count" else None
    if gapped is not None:
        return gapped.text, gapped, "gapped-noun"  # "369 domestic ... and 347 elsewhere"
    if q.kind == "count" and q.worded:
        return None, None, "none"  # "the two": the subject is not what they count
    if q.kind in ("money", "percent") or q.unit in ("points", "pence"):
        name = _list_name(text, q)
        if name:
            return name, None, "list-name"
    label = _table_label(text, span.start_char)
    if label:
        return label, None, "table-label"
    before = _phrase_before_of(doc, span, with_ok=q.kind in ("money", "measure", "percent"))
    if before:
        return before, None, "noun-before-of"
    host = _bracket_host(doc, span)
    if host:
        return host, None, "bracket-host"
    if q.kind == "duration":
        if _time_adverbial(text, q):
            return None, None, "time-frame"
        prep = _prep_host(span)
        if prep:
            return prep, None, "prep-host"
        return _direct_subject(span), None, "subject"
    copula = _copula_subject(doc, span)
    if copula:
        return copula, None, "copula-subject"
    if q.kind in ("money", "percent", "measure", "count"):
        changed = _changed_object(span)
        if changed:
            return changed, None, "verb-object"
    if q.kind in ("money", "percent", "measure"):
        moved = _moved_sum(span)
        if moved:
            return moved, None, "moved-sum"  # "add 2.3 billion dlrs to the cost of X"
    if q.kind == "money":
        verb = _agent_verb(span)
        if verb is not None and verb.lemma_.lower() in lx.LOSING_VERBS and _to_a_level(text, q):
            verb = None  # "Chinese Estates lost 25 cents to 20.15 dlrs": a price's fall, no loss
        if verb is not None:
            said = "loss" if verb.lemma_.lower() in lx.LOSING_VERBS else _agent_sum_word(verb)
            if verb.lemma_.lower() in lx.ASKING_VERBS and span.root.head.lower_ == "for":
                said = f"{verb.text} for"  # "asking for (island state)"
            return said, verb, "verb-agent"  # "earned (Gulf States)", "loss (Eastern)"
        done = _participle(span)
        if done is not None:
            return done, None, "participle"  # "the 27 dlrs a share offered by Waste"
    moved = _moved_noun(doc, span) if q.kind in ("money", "percent", "count") else None
    if moved:
        return moved, None, "moved-noun"
    own = _subject_token(span)
    if (
        own is not None
        and span.start <= own.i < span.end
        and not any(t.pos_ in ("NOUN", "PROPN") for t in doc[own.left_edge.i : span.start])
    ):
        return None, None, "none"  # "The remaining $36m will be paid": not "remaining"
    subject, what = _subject_phrase(span)
    if (
        subject
        and what
        and q.kind in ("count", "measure")
        and not (q.kind == "count" and q.scaled and q.unit is None)  # "against April's 66 mln"
        and not _in_subject(span)
        and not _measures_subject(span, q.kind)
    ):
        subject = None  # "guards turned their guns on the prisoners, killing 15": not guards
    if (
        subject
        and what
        and q.kind in ("money", "percent")
        and (_held_by_a_noun(span) or _result_participle(span) or _on_terms(span))
    ):
        what = False  # "the auction for 1,000 billion yen, the majors took": not majors'
    if subject and q.kind == "money":
        valued = _valued_subject(doc, span, subject, what)
        if valued:
            return valued, None, "subject"
    if subject and q.kind == "measure" and _a_cargo(span):
        return f"cargo ({subject})", None, "cargo"  # "Four ships are loading 32,000 tonnes"
    if subject:
        return subject, None, "subject" if what else "agent"
    if q.kind in ("money", "percent"):
        name = _adjacent_name(doc, span)
        if name:
            return name, None, "adjacent-name"
    if q.kind in ("money", "percent", "measure"):
        topic, what = _sentence_topic(span)
        if topic:
            return topic, None, "sentence-topic" if what else "agent"
    return None, None, "none"


_TO_A_LEVEL_RE = re.compile(r"\s+to\s+(?:[$\u00a3\u20ac]\s?)?\d")


def _to_a_level(text: str, q: Quantity) -> bool:
    """Whether a sum is followed by "to" and the level it went to ("lost 25 cents to
    20.15 dlrs"): a move of a price, which a company's loss is not."""
    return bool(_TO_A_LEVEL_RE.match(text, q.end))


def _a_cargo(span: Span) -> bool:
    """Whether a measure is what its clause's verb of handling a load takes (`lx.CARGO_VERBS`:
    "ships are loading 32,000 tonnes"): the subject carries it, and is not measured."""
    root = span.root
    return root.dep_ == "dobj" and root.head.lemma_.lower() in lx.CARGO_VERBS


def _agent_sum_word(verb: Token) -> str:
    """What a sum a verb of a transaction takes is, said as a table cell can say it.

    In the past the participle says it ("earned (utility)", "offered (Harbour Lines)"),
    and a gerund reads as a noun ("spending (PAC)"); the bare verb ("has agreed to pay
    $28.5m", "will donate $8m") is no description: the noun of the act says it, true
    whether it is done or planned ("payment (bank)", "donation (US bank)";
    `lx.AGENT_SUM_NOUNS`), with what it is for when the verb says so.
    """
    if verb.tag_ in ("VBD", "VBN", "VBG"):
        return verb.text  # "spending (Alternative PAC)", "paying (Bush)" read as nouns
    noun = lx.AGENT_SUM_NOUNS.get(verb.lemma_.lower())
    subject = _subject_of(verb)
    if noun is None or (subject is not None and subject.lower_ in lx.MARKET_MOVERS):
        return verb.text  # "a euro that buys $1.30": a rate, no purchase
    purpose = _purpose_of(verb)
    return f"{noun} for {purpose}" if purpose else noun


def _purpose_of(verb: Token) -> str | None:
    """What a verb of a transaction spends or raises its sum for, when its own "for"
    phrase names a thing: "would raise up to £680m for Britain's nuclear clean-up
    programme" ("proceeds for nuclear clean-up programme"). Not a time ("for two
    years"), a person or group ("for the victims": who gets it is not what it is), and
    no more than four words."""
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
    thing = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if thing is None or thing.pos_ != "NOUN" or _a_time(thing) or _names_an_agent(thing):
        return None
    said = _np_text(thing)
    if not said or len(said.split()) > 4 or re.search(r"\d", said):
        return None
    return common_opening(said)


def _gapped_noun(span: Span) -> Token | None:
    """ "checks on 175,000 people at Heathrow and 10,000 at Gatwick": a number joined to an
    earlier counted noun leaves the noun out; the 10,000 are people too, not the checks.

    Only where the parse makes the number a conjunct of a noun an earlier number counts,
    and the noun alone: "369 domestic branches and 347 elsewhere" are not all domestic.
    """
    number = span.root
    noun = number.head
    if number.dep_ != "conj" or noun.i >= number.i or noun.pos_ != "NOUN":
        return None
    if span.end < len(span.doc) and span.doc[span.end].lower_ == "of":
        return None  # "11 titles - three of them Grand Slams": a part, said of the part
    counted = any(c.dep_ == "nummod" and c.like_num for c in noun.children)
    if not counted or noun.lower_ in lx.NOT_COUNTED or _units_only(noun.text):
        return None  # "341 mln dlrs here and 1.79 billion abroad": a unit, not a thing
    return noun


_ATTACHING_DEPS = frozenset({"nummod", "compound", "nmod", "amod", "quantmod"})


def _parts_phrases(token: Token) -> bool:
    """Punctuation other than a hyphen inside a word ("300-shareholder")."""
    if not token.is_punct:
        return False
    spaced = bool(token.whitespace_) or (token.i > 0 and bool(token.doc[token.i - 1].whitespace_))
    return token.text != "-" or spaced


def _to_attached_noun(
    doc: Doc, span: Span, start: int, found: tuple[str, Token] | None
) -> tuple[str, Token] | None:
    """The phrase up to the noun the figure modifies, when the words read stop short of it.

    "a 4.3 billion dlr Grand Falls nuclear plant" counts the plant, not "Grand Falls";
    "15 deep and surface mines" counts mines. Only within the same few words, with no
    punctuation between, so that a misparse cannot reach into the rest of the sentence.
    """
    root = span.root
    target = root.head
    if root.dep_ not in _ATTACHING_DEPS or target.pos_ != "NOUN" or target.lower_ in lx.NOT_COUNTED:
        return found
    if target.lower_ in lx.EMPTY_HEADS:
        return None  # "three others": the number counts what the text named before
    if target.i < start or target.i - start > 5 or (found and found[1].i >= target.i):
        return found
    if doc[start].is_punct or any(_parts_phrases(t) for t in doc[start : target.i]):
        return found  # "300-shareholder threshold" is read whole elsewhere; "a 44% stake -
        # contributed 1.7bn euros": a spaced dash ends the phrase
    if doc[start].lower_ in ("and", "or") and not (
        start + 1 < len(doc) and doc[start + 1].like_num
    ):
        return found  # "to 1,670 tonnes from 2,165 and zinc production dropped": the
        # parser joined the number to the next clause's subject; it counts no production
    while start < target.i and doc[start].pos_ in ("DET", "PRON"):
        start += 1
    return doc[start : target.i + 1].text, target


def _moved_sum(span: Span) -> str | None:
    """ "could add 2.3 billion dlrs to the cost of the program": added to cost of the
    program; "wiped 8.9 billion schillings off the balance sheet total": wiped off it.

    A sum that a verb of `lx.SUM_MOVING_VERBS` moves onto or off a thing is told by that
    thing, not by the verb's subject (the drought, the dollar's weakness), which is a
    cause. Only the verb's direct object, with the verb's own "to" / "off" / "from"
    phrase right after it (past an adverb: "adding 900 mln dlrs annually to program
    costs"), and only when that phrase names a thing, not another figure ("added 4% to
    142bn euros" is the subject's move) or a time.
    """
    root = span.root
    for _ in range(3):
        if root.dep_ in ("quantmod", "compound", "nummod") and root.head.pos_ in ("NUM", "SYM"):
            root = root.head
    verb = root.head
    moving = lx.SUM_MOVING_VERBS.get(verb.lemma_.lower())
    if root.dep_ != "dobj" or verb.pos_ != "VERB" or moving is None:
        return None
    said, preps = moving
    prep = next(
        (
            c
            for c in (*verb.rights, *(r for t in span for r in t.rights))  # or on the sum
            if c.dep_ == "prep" and c.lower_ in preps and span.end <= c.i <= span.end + 1
        ),
        None,
    )
    thing = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if prep is None or thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return None
    units = (lx.CURRENCY_SUFFIXES, lx.MINOR_CURRENCY, lx.MEASURE_UNITS, lx.UNIT_ONLY)
    if (
        any(thing.lower_ in unit_words for unit_words in units)
        or any(  # "to 5 billion shares"; but "to the company's 1987 production"
            (c.like_num or c.dep_ == "nummod") and not re.fullmatch(r"(?:19|20)\d\d", c.text)
            for c in thing.children
        )
        or _a_time(thing)
        or thing.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL")
        or thing.lower_ in lx.SUM_POOL_NOUNS
    ):
        return None  # "added 4% to 142bn euros", "cut 2 pct from a year earlier"
    text = _np_text(thing)
    if text and text.endswith(thing.text):  # "the cost of the program", once
        text = _with_of(thing.doc, (text, thing))[0]
    return f"{said} {text}" if text else None


def _counted_by_ratio(q: Quantity, direct: tuple[str, Token] | None) -> bool:
    """Whether the noun after a ratio is what it counts: a plural ("one in four homes",
    "one in three Turks", "one in ten staff"). "One in five post something on the net":
    a verb the parser took for a noun is not ("one in five | post"); the ratio counts
    no one the sentence names there."""
    if q.kind != "ratio" or direct is None:
        return True
    noun = direct[1]
    return noun.tag_ in ("NNS", "NNPS") or noun.lower_ in lx.SAME_PLURAL_NOUNS
