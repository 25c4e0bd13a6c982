"""Key figures of an article: money, percentages, counts and measures, ranked.

`extract_figures(doc)` is a pure function in the style of `textacy.extract`: a parsed
spaCy Doc in, `Figure` records out, most important first. Recognition happens on the
text (`figures_scan`), because figures are tokenised inconsistently; this module uses
the parse for what only syntax can tell: whether "2019" counts something or dates it,
whether "7" is part of a name ("Game 7"), what a number counts ("70,000 inhabitants",
"a fine of £5m", "Tesla shares rose 8%"), and how much it matters.

It is linear in the length of the document (one regex pass, then a bounded walk around
each figure), needs no model beyond the parse, and never raises: a figure whose context
cannot be read is dropped, not fatal.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re

from spacy.tokens import Doc, Span, Token

from generator.extract.figures_scan import Quantity, scan_quantities
from generator.extract.words import word_set
from generator.model import Figure

__all__ = ["extract_figures"]


# Things an editor cares most about when counted.
PEOPLE_NOUNS = word_set(
    "people person dead death deaths killed casualty casualties victim victims soldier "
    "soldiers troops civilian civilians child children worker workers employee employees "
    "job jobs refugee refugees patient patients case cases resident residents inhabitant "
    "inhabitants voter voters user users customer customers student students migrant "
    "migrants prisoner prisoners passenger passengers fan fans member members staff "
    "household households family families adult adults pensioner pensioners officer "
    "officers police fighter fighters injured wounded homes house houses"
)
# Nouns that never say what a figure counts: time words and grammar.
NOT_COUNTED = word_set(
    "year years month months week weeks day days today yesterday tomorrow time times "
    "quarter half season hour hours minute minutes monday tuesday wednesday thursday "
    "friday saturday sunday morning afternoon evening night"
)
GENERIC_SUBJECTS = word_set(
    "share shares price prices value values cost costs stock stocks rate rates number "
    "level index stake proportion percentage share"
)
PRONOUNS = word_set("it he she they we i you this that these those which who one")
_KIND_WEIGHT = {
    "money": 3.0,
    "percent": 2.5,
    "ratio": 2.2,
    "fraction": 2.0,
    "count": 1.5,
    "measure": 1.6,
    "vague": 1.3,
    "age": 0.8,
    "duration": 0.6,
}
_NAME_ENTS = frozenset({"ORG", "PRODUCT", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PERSON"})
_YEAR_PREPS = word_set(
    "in since by until till of from to between and during before after year fiscal season "
    "early late mid around circa c. through"
)
_NP_WORD_POS = frozenset({"ADJ", "NOUN", "PROPN"})
# Lowercase words before a number that make it a label, not a quantity ("category 4").
LABEL_WORDS = word_set(
    "category level grade phase stage article section chapter clause room gate platform "
    "route flight channel tier division game week day round series model version number "
    "page item lot unit zone block terminal district ward type class size seed no"
)
MOVE_WORDS = word_set("up down by + - rose fell gained lost added climbed slipped jumped was were")
MONTH_LIKE = word_set("jan feb mar apr may jun jul aug sep sept oct nov dec")


def extract_figures(doc: Doc) -> list[Figure]:
    """The figures in `doc`, most important first (by `score`, then by position).

    Each figure carries its text as written (`doc.text[start:end]`), the full value
    (`£1.13bn` -> 1130000000), a short unit (ISO currency code, "%", "km"...), what it
    counts or measures, and its sentence. Dates, years, times, phone numbers, list
    numbers and numbers inside names are left out.
    """
    text = doc.text
    if not text or not text.strip():
        return []
    quantities = scan_quantities(text)  # a failure reaches extract_document's guard
    sentences = _sentence_bounds(doc)
    figures: list[Figure] = []
    for q in quantities:
        figure = _to_figure(doc, q, sentences, text)
        if figure is not None:
            figures.append(figure)
    _share_parenthetical_counts(text, figures)
    figures.sort(key=lambda f: (-f.score, f.start))
    return figures


# --- sentences and tokens ----------------------------------------------------------


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character bounds of each sentence (the whole text if the Doc has no sentences)."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    return [(0, len(doc.text))]


def _sentence_of(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int, int]:
    """Index, start and end of the sentence holding character `pos`."""
    i = max(0, bisect.bisect_right([s for s, _ in bounds], pos) - 1)
    return i, bounds[i][0], bounds[i][1]


def _tokens(doc: Doc, q: Quantity) -> Span | None:
    """The tokens covering the figure (expanded to whole tokens)."""
    return doc.char_span(q.start, q.end, alignment_mode="expand")


def _number_token(span: Span) -> Token:
    """The token of the span that carries the number (the first with a digit or NUM)."""
    for token in span:
        if token.like_num or token.pos_ == "NUM" or any(c.isdigit() for c in token.text):
            return token
    return span[0]


# --- filters that need the parse ----------------------------------------------------


def _is_year(span: Span) -> bool:
    """A four-digit number that dates rather than counts ("in 2019", "the 2016 election").

    Kept only as a count of a plural noun not introduced by a date preposition
    ("2000 employees").
    """
    token = _number_token(span)
    prev = token.nbor(-1).lower_ if token.i > 0 else ""
    head = token.head
    counts_plural = (
        token.dep_ in ("nummod", "quantmod")
        and head.i > token.i
        and head.tag_ in ("NNS", "NNPS")
        and head.lower_ not in NOT_COUNTED
    )
    return not counts_plural or prev in _YEAR_PREPS


def _in_name(doc: Doc, span: Span, q: Quantity) -> bool:
    """A bare number that is part of a name: "Game 7", "iPhone 11", "category 4", "787 Max"."""
    token = _number_token(span)
    if token.ent_type_ in _NAME_ENTS and token.ent_iob_ == "I":
        return True
    if token.i > 0 and not token.is_sent_start:
        prev = token.nbor(-1)
        adjacent = prev.whitespace_ == " " and not prev.is_sent_start
        if adjacent and prev.lower_ in LABEL_WORDS:
            return True
        named = any(c.isupper() for c in prev.text) and prev.pos_ in ("PROPN", "NOUN", "ADJ")
        if adjacent and named and prev.lower_ not in MONTH_LIKE and not _is_verbish(prev):
            return prev.ent_type_ not in ("DATE", "GPE", "NORP", "MONEY")
    if token.i + 1 < len(doc) and q.integral_digits and q.value >= 100:
        nxt = token.nbor(1)
        return nxt.text[:1].isupper() and nxt.ent_type_ != "NORP" and nxt.tag_ != "NNPS"
    return False


def _is_verbish(token: Token) -> bool:
    """A capitalised word the tagger called PROPN but that reads as a verb or adverb."""
    return token.lower_ in ("up", "down", "about", "around", "nearly", "over", "some")


def _is_age_apposition(doc: Doc, q: Quantity, text: str) -> bool:
    """ "John Smith, 45, said": an age attached to a name, which editors do not want."""
    if not (q.bare and q.integral_digits and 1 <= q.value <= 120):
        return False
    before = text[max(0, q.start - 3) : q.start]
    after = text[q.end : q.end + 1]
    if not (re.search(r"(?:,\s|\()$", before) and after in (",", ")", ";", "")):
        return False
    span = doc.char_span(max(0, q.start - 3), q.start, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1] if doc[span.start].is_punct else doc[span.start]
    return prev.pos_ == "PROPN" or prev.ent_type_ in ("PERSON", "ORG") or prev.text[:1].isupper()


# --- what a figure counts ------------------------------------------------------------


def _phrase_after(doc: Doc, i: int, limit: int = 5) -> tuple[str, Token] | None:
    """A short noun phrase starting at token `i` (determiners skipped): text and head."""
    n = len(doc)
    while i < n and (doc[i].pos_ in ("DET", "PRON") and doc[i].dep_ in ("det", "poss")):
        i += 1
    start, head = i, None
    while i < n and i - start < limit:
        token = doc[i]
        glued = token.is_punct and token.text in "-'\u2019" and i > start
        if token.pos_ in _NP_WORD_POS or (token.tag_ in ("VBN", "VBG") and i + 1 < n) or glued:
            if token.pos_ in ("NOUN", "PROPN"):
                head = token
                nxt = doc[i + 1] if i + 1 < n else None
                if nxt is None or not (
                    nxt.pos_ in ("NOUN", "PROPN") or (nxt.text in "-" and not nxt.whitespace_)
                ):
                    break
            i += 1
            continue
        break
    if head is None or head.lower_ in NOT_COUNTED or head.like_num:
        return None
    first = doc[start]
    return doc[first.i : head.i + 1].text, head


def _phrase_before_of(doc: Doc, span: Span, with_ok: bool = False) -> str | None:
    """ "a fine of £5m", "winds of 155mph", "a grant worth $8m": the noun before.

    With `with_ok`, also "a phone with 3,687mAh", "a fund with $2bn" (what has it).
    """
    i = span.start - 1
    while i >= 0 and (
        doc[i].lower_ in ("about", "around", "some", "nearly", "almost", "roughly", "up", "to")
        or doc[i].lower_ in ("more", "less", "than", "over", "under", "just", "only", "estimated")
        or doc[i].pos_ == "DET"
    ):
        i -= 1
    if i < 1 or doc[i].lower_ not in ("of", "at", "to", "worth", "with"):
        return None
    if doc[i].lower_ == "with" and not with_ok:
        return None
    head = doc[i - 1]
    if head.pos_ not in ("NOUN", "PROPN") or head.lower_ in NOT_COUNTED:
        return None
    j = head.i
    while j - 1 >= 0 and doc[j - 1].pos_ in ("NOUN", "PROPN", "ADJ") and head.i - j < 3:
        j -= 1
    if doc[i].lower_ in ("at", "to") and head.lower_ not in (
        "price",
        "rate",
        "level",
        "value",
        "cost",
    ):
        return None
    if head.lower_ in ("total", "sum", "amount", "tally"):
        return None  # "paid a total of $5m": what was paid says more (the subject)
    return doc[j : head.i + 1].text


def _subject_phrase(span: Span) -> str | None:
    """The subject of the verb governing the figure ("Tesla shares rose 8%" -> "Tesla shares")."""
    subject = _subject_token(span)
    if subject is None or subject.like_num or subject.pos_ == "NUM":
        return None
    return _np_text(subject)


def _subject_token(span: Span) -> Token | None:
    """The nominal subject of the verb that governs the figure, if any."""
    node = span.root
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT":
            break
        node = node.head
    return _subject_of(node)


def _subject_of(verb: Token) -> Token | None:
    """The nominal subject of `verb`, through conjunctions, relative and reported clauses.

    A pronoun subject ("The company said it has 1,000 customers") is replaced by the
    subject of the enclosing clause, the cheapest resolution that is right in news
    sentences most of the time.
    """
    node = came_from = verb
    for _ in range(5):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.lower_ in ("which", "who") or (
                subject.lower_ == "that" and node.dep_ == "relcl"
            ):
                head = node.head
                relative = node.dep_ == "relcl" or head.i == subject.i - 1
                return head if relative and head.pos_ in ("NOUN", "PROPN") else None
            if subject.pos_ not in ("PRON", "DET", "NUM") and subject.lower_ not in PRONOUNS:
                return subject
            if subject.lower_ not in ("he", "she", "it", "they", "we"):
                return None
        # "a firm employing 500 people", "an engine tuned to produce 296hp" (not "plans to
        # cut 600 jobs" or "the quarter ended in June", whose noun is not the agent)
        if _agent_noun_of_acl(node, came_from):
            return node.head.head if node.head.dep_ == "appos" else node.head
        if node.dep_ not in ("conj", "xcomp", "advcl", "acl", "ccomp", "relcl", "pcomp"):
            return None
        came_from, node = node, _enclosing_verb(node)
        if node is None:
            return None
    return None


def _agent_noun_of_acl(node: Token, came_from: Token) -> bool:
    """Whether `node` is a participle clause whose noun does what the clause says."""
    if node.dep_ != "acl" or node.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return node.tag_ == "VBG" or (node is not came_from and came_from.dep_ in ("xcomp", "advcl"))


def _enclosing_verb(token: Token) -> Token | None:
    """The nearest verb above `token` in the tree."""
    node = token.head
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def _adjacent_name(doc: Doc, span: Span) -> str | None:
    """ "Blackmores up 9.4 per cent", "Dow +0.2%": a name just before a market move."""
    i = span.start - 1
    while i >= 0 and span.start - i <= 3 and doc[i].lower_ in MOVE_WORDS:
        i -= 1
    if i < 0 or i == span.start - 1 or doc[i].pos_ != "PROPN":
        return None
    j = i
    while j - 1 >= 0 and doc[j - 1].pos_ == "PROPN" and i - j < 3:
        j -= 1
    return doc[j : i + 1].text


def _np_text(head: Token) -> str | None:
    """The head noun with its compound and adjective modifiers (and "of X" for "shares")."""
    left = head.i
    for child in head.lefts:
        if (
            child.dep_ in ("compound", "amod", "nmod", "poss")
            and child.pos_ != "PRON"
            and child.tag_ not in ("WP$", "WDT", "WP")
        ):
            edge = child.left_edge
            glued = not any(t.whitespace_ for t in child.doc[edge.i : child.i])
            whole = child.dep_ == "compound" or glued  # "Cincinnati-based"
            left = min(left, edge.i if whole else child.i)
    doc = head.doc
    right = head.i
    if head.lower_ in GENERIC_SUBJECTS:
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    right = objects[0].i
    while right + 2 < len(doc) and not doc[right].whitespace_ and doc[right + 1].text == "-":
        right += 2  # "Ben-Moshe", "start-up"
    if head.i - left > 5:
        left = head.i - 2
    words = doc[left : right + 1]
    text = words.text.strip(" ,'\u2019")
    text = re.split(r"\n\s*\n|, ", text)[-1]  # not across a comma or a paragraph break
    text = re.sub(r"^(?:the|a|an|its|their|his|her|our)\s+", "", text, flags=re.I)
    return text or None


def _counts(doc: Doc, span: Span, q: Quantity, text: str) -> str | None:
    """`_counts_raw` on one line: hard-wrapped wire text must not break the phrase."""
    counts = _counts_raw(doc, span, q, text)
    return " ".join(counts.split()) if counts else counts


def _counts_raw(doc: Doc, span: Span, q: Quantity, text: str) -> str | None:
    """What the figure counts or measures, a short noun phrase from its sentence.

    For counted things the owner follows in brackets: the name a bracketed figure
    describes ("WAR (John Gant)" for "John Gant (0.5 WAR)"), else the subject of the
    clause ("workers (Ford)", "goals (Chris Wood)"): in a key-figures table the counted
    noun alone rarely says whose figure it is.
    """
    core, head = _core_counts(doc, span, q, text)
    if core is None or head is None:
        return core
    of_host = _of_host(doc, span) if q.kind in ("count", "vague") else None
    owner = _bracket_host(doc, span) or of_host or _owner(span, head)
    if owner and not _shares_word(core, owner):
        return f"{core} ({owner})"
    return core


def _core_counts(doc: Doc, span: Span, q: Quantity, text: str) -> tuple[str | None, Token | None]:
    """The counted or measured noun phrase, and its head token when it has one.

    `text` is `doc.text`, passed down because `Doc.text` joins every token on each call.
    """
    after = _skip_parenthetical(doc, span.end)
    nxt = doc[after] if after < len(doc) else None
    of_phrase = in_phrase = None
    if nxt is not None and nxt.lower_ == "of":
        of_phrase = _phrase_after(doc, after + 1)
    if nxt is not None and nxt.lower_ == "in" and q.kind == "money":
        found = _phrase_after(doc, after + 1)
        in_phrase = found if found and found[1].pos_ == "NOUN" else None  # "$1bn in gains"
    direct = _phrase_after(doc, after) if nxt is not None and nxt.pos_ in _NP_WORD_POS else None
    attributive = direct if direct and _modifies(span, direct[1]) else None
    if _signed(text, q) and (q.kind in ("money", "percent") or q.unit in ("points", "pence")):
        name = _list_name(text, q)  # "Dow +0.4% FTSE 100 +0.9%": "FTSE" is the next entry
        if name:
            return name, None
    if q.kind == "age":
        age = f"{q.unit or 'years'} old"
        return (f"{age} ({attributive[0]})" if attributive else age), None
    if q.kind in ("percent", "fraction", "vague"):
        order = [of_phrase, attributive]
    elif q.kind == "money":
        order = [attributive, of_phrase, in_phrase]
    elif q.kind in ("count", "ratio"):
        order = [_with_of(doc, direct), of_phrase if q.worded else None]
    elif q.kind == "measure":
        order = [attributive, of_phrase]
    elif q.kind == "duration":
        order = [attributive, _worth_of(doc, after)]
    else:
        order = [attributive]
    for candidate in order:
        if candidate:
            return candidate
    if q.kind == "count" and q.worded:
        return None, None  # "the two": the subject is not what they count
    if q.kind in ("money", "percent") or q.unit in ("points", "pence"):
        name = _list_name(text, q)
        if name:
            return name, None
    label = _table_label(text, span.start_char)
    if label:
        return label, None
    before = _phrase_before_of(doc, span, with_ok=q.kind in ("money", "measure", "percent"))
    if before:
        return before, None
    host = _bracket_host(doc, span)
    if host:
        return host, None
    if q.kind == "duration":
        if _time_adverbial(text, q):
            return None, None
        return _prep_host(span) or _direct_subject(span), None
    subject = _copula_subject(doc, span) or _subject_phrase(span)
    if subject is None and q.kind in ("money", "percent"):
        subject = _adjacent_name(doc, span)
    if subject is None and q.kind in ("money", "percent", "measure"):
        subject = _sentence_topic(span)
    return subject, None


def _with_of(doc: Doc, found: tuple[str, Token] | None, limit: int = 4) -> tuple[str, Token] | None:
    """A counted phrase with its "of" complement: "members of the public", "counts of fraud"."""
    if found is None:
        return None
    text, head = found
    j = head.i + 1
    if j >= len(doc) or doc[j].lower_ != "of" or head.lower_ in NOT_COUNTED:
        return found
    tail = _phrase_after(doc, j + 1, limit=limit)
    if tail is None or tail[1].i - j > limit + 1:
        return found
    return text + doc[head.i : tail[1].i + 1].text[len(head.text) :], head


def _worth_of(doc: Doc, i: int) -> tuple[str, Token] | None:
    """ "50 years' worth of programmes": what the duration is worth of."""
    if i + 1 < len(doc) and doc[i].lower_ in ("worth", "'", "\u2019"):
        j = i + 1 if doc[i].lower_ == "worth" else i + 2
        if j < len(doc) and doc[j].lower_ == "of" and doc[j - 1].lower_ == "worth":
            return _phrase_after(doc, j + 1)
    return None


LIST_NAME_RE = re.compile(
    r"(?:^|(?<=[\s:;,(]))((?:The |the )?[A-Z][\w&.'\u2019-]*"
    r"(?: (?:[A-Z][\w&.'\u2019-]*|&|\d{2,4})){0,4})"
    r"\s*,?\s*(?:up|down|by|off|\+|-|\u2212|\u2013)?\s*$"
)
_NOT_NAMES = word_set("the a an it he she they we i in on at by but and or so as on while")


def _signed(text: str, q: Quantity) -> bool:
    """Whether the figure is written with a sign ("+0.2%", "-1.5%"), as in a market list."""
    first = text[q.start : q.start + 1]
    return (first != "" and first in "+-\u2212") or text[q.start - 1 : q.start] == "+"


def _list_name(text: str, q: Quantity) -> str | None:
    """ "Dow +0.2%", "Unite Group, down 68p", "Burlington by 2.6%": a name in a market list.

    Only a capitalised name immediately before the figure, with at most a comma and a
    move word ("up", "down", "by", a sign) between them; a verb between them ("Apple
    rose 3%") leaves the figure to the subject of the clause.
    """
    window = text[max(0, q.start - 60) : q.start]
    window = window[max(window.rfind("\n"), window.rfind("%"), window.rfind("."), -1) + 1 :]
    signed = _signed(text, q)
    match = LIST_NAME_RE.search(window)
    if not match:
        return None
    moved = window[match.end(1) :].strip(" ,")
    if not moved and not signed:
        return None
    prefix = window[: match.start(1)].strip()
    if moved == "by" and not (prefix in ("", "and", ", and") or prefix[-1:] in (",", ";", ":")):
        return None  # "cut prices at Dover and Hull by 5%": a place, not a list entry
    name = re.sub(r"^(?:The|the) ", "", match.group(1))
    if name.lower() in _NOT_NAMES or len(name) < 2:
        return None
    return name


_NOT_HOSTS = word_set(
    "total sum amount number average majority minority lot lots couple group groups set "
    "maximum minimum handful range series list one each all some any most none part parts "
    "portion share half rest bulk percent per cent proportion fraction"
)


def _of_host(doc: Doc, span: Span) -> str | None:
    """ "the deaths of 12 people", "a squad of 25 players": the noun a counted phrase is of."""
    i = span.start - 1
    while i >= 0 and span.start - i <= 3 and doc[i].lower_ in _APPROX | {"the", "its", "their"}:
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return None
    host = doc[i - 1]
    if host.pos_ != "NOUN" or not host.is_alpha or host.lower_ in NOT_COUNTED | _NOT_HOSTS:
        return None
    return _np_text(host)


def _bracket_host(doc: Doc, span: Span) -> str | None:
    """ "John Gant (0.5 WAR)", "the jobless rate (5.2%)": the noun a bracketed figure describes."""
    i = span.start - 1
    if i >= 1 and doc[i].lower_ in ("up", "down", "about", "around", "+", "-"):
        i -= 1
    if i < 1 or doc[i].text != "(":
        return None
    host = doc[i - 1]
    if host.pos_ not in ("NOUN", "PROPN") or host.lower_ in NOT_COUNTED:
        return None
    if any(c.isdigit() for t in doc[max(0, i - 3) : i] for c in t.text):
        return None  # "8 miles (13km)": a conversion, shared in _share_parenthetical_counts
    return _np_text(host)


_APPROX = word_set(
    "about around nearly almost roughly some just only over under more less than up to at "
    "least most estimated approximately an a"
)
_COPULAS = word_set("is was are were be been being stands stood stand totalled totaled")


def _copula_subject(doc: Doc, span: Span) -> str | None:
    """ "Unemployment is 5.2%", "the MSRP is $33,790": the subject of a copula before the figure.

    Read from the words, because the parser often hangs a number after "is" elsewhere.
    """
    i = span.start - 1
    while i >= 0 and span.start - i <= 3 and doc[i].lower_ in _APPROX:
        i -= 1
    if i < 1 or doc[i].lower_ not in _COPULAS:
        return None
    cop = doc[i]
    subject = next((c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and cop.dep_ == "aux":
        subject = next((c for c in cop.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that", "who"):
        subject = cop.head if cop.dep_ == "relcl" else None  # "a country that is 90 miles wide"
    if subject is None:
        subject = _noun_before(doc, i)
    if subject is None or subject.pos_ in ("PRON", "NUM", "DET") or subject.lower_ in PRONOUNS:
        return None
    if subject.lower_ in NOT_COUNTED:
        return None
    return _np_text(subject)


TIME_FRAME_BEFORE_RE = re.compile(
    r"\b(?:in|on|at|over|during|within|since|after|before|until|from|the|last|past|next|coming|"
    r"first|recent)\s+(?:\w+\s+)?$",
    re.I,
)
TIME_FRAME_AFTER_RE = re.compile(
    r"^\W{0,2}(?:ago|later|earlier|before|after|on|since|into)\b", re.I
)


def _time_adverbial(text: str, q: Quantity) -> bool:
    """ "two years later", "over the past three months": a duration that dates, not measures."""
    before = text[max(0, q.start - 24) : q.start]
    return bool(
        TIME_FRAME_BEFORE_RE.search(before) or TIME_FRAME_AFTER_RE.match(text[q.end : q.end + 12])
    )


def _direct_subject(span: Span) -> str | None:
    """The subject of the verb the figure hangs on, not looked for beyond that clause.

    For durations: "the crime is punishable by three years in prison", "the field can
    produce oil for 25 years"; a pronoun ("we have two months") gives nothing.
    """
    node = span.root
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT":
            break
        node = node.head
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("which", "that", "who") and node.dep_ == "relcl":
        subject = node.head
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.lower_ in PRONOUNS:
        return None
    return _np_text(subject)


def _noun_before(doc: Doc, i: int) -> Token | None:
    """The nearest noun before token `i` in its clause ("the voltage across it was")."""
    for j in range(i - 1, max(-1, i - 6), -1):
        token = doc[j]
        if token.pos_ in ("NOUN", "PROPN") or (
            token.is_alpha and token.is_upper and len(token) > 1 and token.pos_ != "PRON"
        ):
            return token
        if token.pos_ not in ("PRON", "ADP", "DET", "ADV", "ADJ") or token.is_sent_start:
            return None
    return None


def _prep_host(span: Span) -> str | None:
    """ "a grounding for three months": the noun a duration's preposition hangs on."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("for", "over", "after"):
        return None
    host = prep.head
    if host.pos_ != "NOUN" or host.lower_ in NOT_COUNTED:
        return None
    return _np_text(host)


def _sentence_topic(span: Span) -> str | None:
    """The first noun phrase of the sentence: what a verbless or list sentence is about.

    A last resort for money, percentages and measures ("Homes from $750,000 to $1m stay
    70 days"), where a figure with no stated subject is still about the sentence topic.
    """
    for chunk in span.sent.noun_chunks:
        if chunk.end > span.start:
            return None
        root = chunk.root
        if root.pos_ in ("PRON", "NUM") or root.like_num or root.lower_ in NOT_COUNTED:
            continue
        return _np_text(root)
    return None


TABLE_ROW_RE = re.compile(
    r"[ \t]*([A-Z][A-Za-z.&/ -]{1,30}?)[ \t]+(?:loss[ \t]+|profit[ \t]+)?(?=[-$(\d]|one|two|three)"
)


def _table_label(text: str, start: int) -> str | None:
    """The row label of a wire results table ("Shr 12 cts vs 10 cts", "Revs 15.5 mln")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    if " vs " not in line or len(line) > 120:
        return None
    match = TABLE_ROW_RE.match(line)
    if not match or line_start + match.end() > start:
        return None
    return match.group(1).strip()


def _skip_parenthetical(doc: Doc, i: int) -> int:
    """The token after a bracketed aside ("8 miles (13km) of tunnels"), or `i`."""
    if i < len(doc) and doc[i].text == "(":
        for j in range(i + 1, min(i + 10, len(doc))):
            if doc[j].text == ")":
                return j + 1
    return i


def _owner(span: Span, head: Token) -> str | None:
    """The subject of the clause, when it is not the counted phrase itself."""
    subject = _subject_token(span)
    if subject is None or subject.i == head.i or span.start <= subject.i <= head.i:
        return None
    if subject.pos_ in ("PRON", "DET", "NUM", "VERB", "AUX"):
        return None
    text = _np_text(subject)
    return text if text and len(text.split()) <= 5 else None


def _shares_word(a: str, b: str) -> bool:
    """Whether two phrases share a word (lowercased), to avoid "shares (shares of X)"."""
    return bool(set(a.lower().split()) & set(b.lower().split()))


def _modifies(span: Span, head: Token) -> bool:
    """Whether the figure is a modifier of `head` ("a £1,000 payment", "6kW motor")."""
    for token in span:
        if token.head.i == head.i or (token.head.head.i == head.i and token.head in span):
            return True
    root = span.root
    return root.head.i >= span.end and root.dep_ in (
        "nummod",
        "compound",
        "amod",
        "nmod",
        "npadvmod",
        "quantmod",
    )


# --- ranking -----------------------------------------------------------------------------


def _score(q: Quantity, counts: str | None, sentence_index: int) -> float:
    """How much the figure matters: its kind, what it counts, its size and place.

    Money and percentages, and counts of people, matter most; durations, ages and a
    lone "one" least. Figures in the lead weigh more: the news is told first.
    """
    weight = _KIND_WEIGHT.get(q.kind, 1.0)
    head = counts.split(" (")[0].split(" of ")[0].lower().split()[-1:] if counts else []
    if q.kind in ("count", "vague", "ratio", "fraction") and head and head[0] in PEOPLE_NOUNS:
        weight = 3.0
    if counts is None:
        weight *= 0.6
    if q.kind == "count" and abs(q.value) <= 2 and q.worded:
        weight *= 0.4
    size = math.log10(abs(q.value) + 1) / 12 if q.kind in ("money", "count", "vague") else 0.0
    position = 1 + 1.5 / (1 + sentence_index)
    return round(weight * position + min(size, 1.0), 4)


# --- assembling ----------------------------------------------------------------------------


def _number(value: float) -> float | int:
    """An int when integral (70000, not 70000.0), else the float rounded to 10 places."""
    if math.isfinite(value) and float(value).is_integer() and abs(value) < 1e18:
        return int(value)
    return round(value, 10)


def _to_figure(doc: Doc, q: Quantity, sentences: list[tuple[int, int]], text: str) -> Figure | None:
    """A Figure for the quantity, or None when the parse shows it is not a figure.

    `text` is `doc.text`: `Doc.text` joins all the tokens again on every call.
    """
    span = _tokens(doc, q)
    if span is None or len(span) == 0:
        return None
    if q.year_like and _is_year(span):
        return None
    if q.bare and not q.worded and q.integral_digits and _in_name(doc, span, q):
        return None
    if _is_age_apposition(doc, q, text):
        return None
    counts = _counts(doc, span, q, text)
    if q.kind == "count" and counts is None and q.value < 20 and float(q.value).is_integer():
        return None  # "the two met", "Herrera: 4": a small number that counts nothing
    index, s_start, s_end = _sentence_of(sentences, q.start)
    return Figure(
        text=text[q.start : q.end],
        value=_number(q.value),
        unit=q.unit,
        counts=counts,
        sentence=text[s_start:s_end].strip(),
        start=q.start,
        end=q.end,
        score=_score(q, counts, index),
        value_max=_number(q.value_max) if q.value_max is not None else None,
    )


def _share_parenthetical_counts(text: str, figures: list[Figure]) -> None:
    """Figures that restate or continue the figure before them count the same thing.

    "1.3 billion shekels ($350 million)" and "87 mph (140 km/h)" are one fact told twice;
    "down 68p at 1,112p" and "rose to 5.2%, up from 4.9%" give a move and a level, or a
    level and the level it is compared with, of the same thing.
    """
    for before, after in itertools.pairwise(figures):
        gap = text[before.end : after.start]
        if re.fullmatch(r"\s*[(\[]\s*", gap) or re.fullmatch(r"\s*[(\[]?\s*(?:or|/)\s*", gap):
            if before.counts is not None:
                after.counts = before.counts
            else:
                before.counts = after.counts
        elif before.counts is not None and (
            (
                AT_LEVEL_RE.fullmatch(gap)
                and MOVED_RE.search(text[max(0, before.start - 12) : before.start])
            )
            or (COMPARED_RE.fullmatch(gap) and before.unit == after.unit)
        ):
            after.counts = before.counts


AT_LEVEL_RE = re.compile(r"\s*,?\s*(?:at|to)\s*")
MOVED_RE = re.compile(r"\b(?:up|down|rose|fell|gained|lost|added|shed|climbed|slipped)\s*$", re.I)
COMPARED_RE = re.compile(
    r"\s*[,;(]?\s*(?:(?:up|down) from|from|versus|vs\.?|compared with|compared to|against)"
    r"(?:\s+[a-z'\u2019]+){0,3}\s*"
)
