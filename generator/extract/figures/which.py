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

from spacy.tokens import Doc, Span, Token

from generator.extract import figures_lexicon as lx
from generator.extract.figures.phrases import _np_text
from generator.extract.figures.subjects import _subject_of

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


def restricted(noun: Token, core: str, rule: str, bridge_of: bool = False) -> str:
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
    if said is None:
        said = _object_participle(noun, bridge_of)
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


def _object_participle(noun: Token, bridge_of: bool) -> str | None:
    """ "has sold more than 677,000 copies" -> "copies sold"; "asked 801 adults" ->
    "adults asked"; "bought 100,000 tonnes of whites" -> "whites bought". The counted
    things (or the measure "of" them) are the object of a verb of `lx.DONE_TO_PARTICIPLES`
    that happened: not negated, not hedged by a modal ("will sell"), not a plan or a
    wish ("plans to build 300 homes": the verb is another's complement)."""
    node = noun
    of_host = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and of_host.i < noun.i and bridge_of:
        node = of_host  # "100,000 tonnes of whites": the tonnes were bought; not "won
        # seven of the past eight contests" (the eight were not won), nor a share
    verb = node.head
    if node.dep_ != "dobj" or verb.i == node.i or verb.i > node.i or verb.pos_ != "VERB":
        return None
    said = lx.DONE_TO_PARTICIPLES.get(verb.lemma_.lower())
    if said is None:
        return None
    if any(c.dep_ in ("dobj", "dative") and c.i != node.i for c in verb.children):
        return None  # "sent 50 men the same text": the men are not what was sent
    # A verb joined to another ("promises to build a wall and deport 900,000 migrants")
    # is as hedged as the verb it is joined to.
    while True:
        if verb.dep_ in ("xcomp", "pcomp", "csubj", "amod") or _not_done(verb):
            return None
        if verb.dep_ != "conj" or verb.head is verb:
            return said
        verb = verb.head


def _not_done(verb: Token) -> bool:
    """Whether `verb`'s own words say its act did not happen or has not yet: negated,
    hedged by a modal ("will sell"), an infinitive ("to sell 500 cars") or a condition
    ("if it sells 500 cars")."""
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "aux" and child.tag_ == "MD"):
            return True
        if child.dep_ == "aux" and child.lower_ == "to":
            return True
        if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
            return True
    return False


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


# Words of a rate that say its period ("an annual rate of 3.7%"); others ("a
# respectable annual rate") judge it and are no part of what it counts.
_RATE_PERIODS = frozenset(
    {"annual", "annualised", "annualized", "yearly", "monthly", "quarterly", "weekly", "daily"}
)


def rate_of_move(span: Span, counts: str) -> str | None:
    """ "The US economy grew at an annual rate of 3.7%": an annual rise in the economy,
    not "annual rate" (the rate of what?). The figure is "of" a rate that is "at" a verb
    of a move (`lx.RISE_WORDS`, `lx.FALL_WORDS`); what moved is the verb's subject, said
    as the moves of `moves._say_moves` are ("rise in US economy"), with the rate's period.
    None when the parse does not read so or the subject is no noun."""
    words = counts.split(" (")[0].lower().split()
    if not words or words[-1] != "rate" or any(w not in _RATE_PERIODS for w in words[:-1]):
        return None
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.lower_ != "rate":
        return None
    rate = root.head.head
    if rate.dep_ != "pobj" or rate.head.lower_ != "at" or rate.head.dep_ != "prep":
        return None
    verb = rate.head.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return None
    direction = "rise" if lemma in lx.RISE_WORDS else "fall" if lemma in lx.FALL_WORDS else None
    subject = _subject_of(verb) if direction else None
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.i > verb.i:
        return None
    said = _np_text(subject)
    if not said:
        return None
    first = re.sub(r"['\u2019]s$", "", said.split()[0])  # "Spain's measure": Spain
    named = any(t.text == first and (t.pos_ == "PROPN" or t.ent_type_) for t in subject.subtree)
    if subject.left_edge.is_sent_start and first[1:].islower() and not named:
        said = said[:1].lower() + said[1:]  # "house prices"; "US economy" keeps its capitals
    period = [w for w in words[:-1] if w in _RATE_PERIODS][:1]
    text = " ".join([*period, direction, "in", said])
    return text if len(text.split()) <= _MOST_WORDS else None


# The prepositions by which a rate says whose it is: "the unemployment rate for white
# youth", "the infection rate among nurses".
_GROUP_PREPS = frozenset({"for", "among"})


def rate_group(span: Span, counts: str) -> str | None:
    """ "The unemployment rate for white youth was 33 percent": the rate of that group,
    not the unemployment rate ("33 percent | unemployment rate" says the country's).
    A rate (`lx.RATE_HEADS`) named by the description and written in the figure's
    sentence before it, with "for"/"among" and a noun phrase of at most three words that
    is no time ("the rate for 2004", "for the year") nor a number. None otherwise."""
    base, bracket, owner = counts.partition(" (")
    words = base.split()
    if not words or words[-1].lower() not in lx.RATE_HEADS:
        return None
    near = [t for t in span.sent if t.text == words[-1] and t.i < span.start]
    if not near:
        return None
    rate = near[-1]
    for prep in rate.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _GROUP_PREPS or prep.i != rate.i + 1:
            continue
        group = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if group is None or group.pos_ not in ("NOUN", "PROPN"):
            return None
        if group.lower_ in lx.TIME_ONLY_WORDS or any(
            t.ent_type_ in ("DATE", "TIME") or t.like_num for t in group.subtree
        ):
            return None  # "the rate for the whole of 2004": a time, not a group
        phrase = _np_text(group)
        if not phrase or len(phrase.split()) > 3 or re.search(r"\d", phrase):
            return None
        if len(words) + 1 + len(phrase.split()) > _MOST_WORDS:
            return None
        return f"{base} {prep.lower_} {phrase}{bracket}{owner}"
    return None


# Words a cut clause must not end on: "support Hillary Clinton over", "took a snap at
# least once", "much less likely to" say less than the words before them.
_DANGLING_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX", "PRON", "ADV"})


# "at least once", "compared to 9%": words that lean on what was cut after them.
_DANGLING_WORDS = frozenset({"least", "compared", "versus", "vs", "vs.", "against"})


def said_end(doc: Doc, i: int, j: int) -> int:
    """Where what a share of people says (`count_hosts._share_says`, doc[i:j]) ends
    cleanly: before another figure or a clause of its own ("wanted Peacock while only
    18 pct supported"), and not on a word that leaves it hanging ("will certainly
    support Hillary Clinton over"). A table cell reads a whole phrase or none."""
    for k in range(i, j):
        if doc[k].text[:1].isdigit() or doc[k].pos_ == "SCONJ" or doc[k].dep_ == "mark":
            j = k
            break
    while j > i and (doc[j - 1].pos_ in _DANGLING_POS or doc[j - 1].lower_ in _DANGLING_WORDS):
        if doc[j - 1].pos_ == "ADV" and j - 1 > i and _adverb_of_their_verb(doc, i, j - 1):
            break  # "voted early", "view her unfavorably": the adverb is what they do
        j -= 1
    return j


def _adverb_of_their_verb(doc: Doc, i: int, k: int) -> bool:
    """Whether the adverb doc[k] says how the group does what doc[i:k] says: right after
    its verb ("voted early"), or after that verb's object, hung on the verb ("view her
    unfavorably"), not leaning on a word cut after it ("at least once")."""
    before = doc[k - 1]
    if before.pos_ in ("VERB", "AUX"):
        return True
    head = doc[k].head
    return (
        doc[k].dep_ == "advmod"
        and head.pos_ in ("VERB", "AUX")
        and i - 1 <= head.i < k  # the verb may stand just before the words (`_share_says`)
        and before.lower_ not in _DANGLING_WORDS
        and before.pos_ not in ("ADP", "DET", "CCONJ", "SCONJ", "PART", "ADV")
    )


def said_clause_ok(span: Span, verb: Token) -> bool:
    """Whether the verb a share of people is the subject of is theirs to say: not a
    participle with no finite verb ("47 percent of Cuban Americans saying": a clause the
    sentence hangs on something else, read "who saying"), nor a verb with another
    subject between the group and it ("45% of the Japanese people Ericsson questioned
    use ...": "questioned" is Ericsson's)."""
    if verb.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    doc = span.doc
    return not any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i and t.i != span.root.i
        for t in doc[span.root.i + 1 : verb.i]
    )


# Counts rules by which a data size names a thing that holds it: "an iPod mini model
# which can hold 6GB" (its subject), "a 30GB version", "Apple's 60GB iPod" (the noun it
# qualifies).
_HOLDER_RULES = frozenset({"subject", "attributive"})


def storage_of(counts: str | None, unit: str | None, rule: str) -> str | None:
    """ "storage of iPod mini model" for "6GB | iPod mini model": a size of data given to
    a device or a version of one is its storage; "6GB | iPod mini model" read as if the
    model were what 6GB counts (issue 11). A size of data itself ("512MB of Ram", "a
    160GB hard drive", `lx.DATA_NOUNS`) is left as it is.
    """
    if not counts or unit not in lx.DATA_UNITS or rule not in _HOLDER_RULES:
        return counts
    base, bracket, owner = counts.partition(" (")
    words = base.lower().split()
    if not words or words[-1] in lx.DATA_NOUNS or words[0] == "storage":
        return counts
    return f"storage of {base}{bracket}{owner}"
