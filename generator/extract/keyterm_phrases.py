"""Key terms as an editor would list them: whole noun phrases and whole names.

TextRank (textacy) ranks n-gram windows of nouns, proper nouns and adjectives, so the
terms it returns may start or stop anywhere: inside a name ("Exchange Commission" of
"Securities and Exchange Commission", "Rap star Jay"), across two phrases or a clause
("Philadelphia exchange open", "Bolton host Arsenal"), around a figure ("January gain"
of "3.1 pct January gain", "day correction" of "two day correction"), with a role glued
to a name ("Irish horseracing tycoons JP McManus"), or as a graded snippet of prose
("potential buyers", "good basic workhorse"). An editor would delete each of these.

`whole_term` looks at where the term stands in the parse and returns the term an editor
would keep: the same term, a whole name instead of the part or the role-and-name, the
phrase without its grading words, or nothing. The summary does not use it: it ranks its
sentences by TextRank's own terms, so summaries do not change.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_spans import WIRE_COMPANY_FORMS
from generator.extract.actors import STYLE_TITLES
from generator.extract.actors.body_then_person import body_then_person
from generator.extract.literal_search import wrapped_term_matches
from generator.extract.punctuation import DASH_CHARACTERS
from generator.extract.words import word_lists
from generator.reading.layout import doc_text

WORDS = word_lists("keyterm_words")
GRADING = WORDS["grading_modifiers"]
# ... and the days and the months' short forms ("Shell U.K. Ltd Friday", "offer Feb")
TIME_WORDS = (
    WORDS["time_words"]
    | word_lists("calendar")["weekdays"]
    | word_lists("calendar")["month_abbreviations"]
)
JOINERS = WORDS["name_joiners"]
MEASURES = WORDS["measure_nouns"]
# Names of places and peoples stand on their own inside a longer name: "Japan" of
# "National Press Club of Japan" is still Japan.
PLACE_LABELS = frozenset({"GPE", "LOC"})
DETERMINERS = word_lists("function_words")["articles"]
PAIRING = word_lists("function_words")["pair_joiners"]
# Two companies the parse took for one name: a company's legal form, then "and".
_FORMS = "|".join(sorted({re.escape(form.rstrip(".")) for form in WIRE_COMPANY_FORMS}))
TWO_COMPANIES = re.compile(rf"\b(?:{_FORMS})\.?,? (?:and|&) [A-Z]")
# Entities the small model often gives a name that is none of NAME_LABELS ("Romilly
# Humphries" as a WORK_OF_ART): read as any other phrase.
OTHER_LABELS = frozenset({"WORK_OF_ART", "LANGUAGE"})
CALENDAR = word_lists("calendar")["month_names"] | word_lists("calendar")["weekdays"]
# Entities that are names a page may list as a term in their own right.
# A people's adjective alone ("Swiss", "Welsh") names no topic.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "EVENT", "FAC", "PRODUCT", "LAW"})
# Names that take over a longer term holding them: the person of "trade representative
# Clayton Yeutter", the company of "RJ Reynolds Tobacco USA unit".
ACTOR_LABELS = frozenset({"PERSON", "ORG"})
CHUNKS_KEY = "briefings.keyterm_chunks"
ENTS_KEY = "briefings.keyterm_ents"
LABELS_KEY = "briefings.keyterm_labels"


def whole_term(
    doc: Doc,
    term: str,
    unit_words: frozenset[str] | set[str],
    said: Callable[[str], bool] | None = None,
) -> str | None:
    """The term as an editor would list it, or None when an editor would delete it.

    The term is first trimmed of the grading and time words at its ends
    (`trim_term`). Then each place it stands in the text is read: where it lies inside
    a name, or holds a person's or company's name with more words around it, the name
    is the term; where it is a whole phrase, it is kept; where it is cut from a longer
    name or figure, crosses a name's edge or runs out of its noun phrase, that place
    does not count. A term with no place that counts is left out.

    `said`: whether a name is said in the story's own statements; a whole name that is
    not ("Chevron Corp" only in a cut first line) does not take the term's place.
    """
    term = trim_term(term)
    if not term:
        return None
    spans = _occurrences(doc, term)
    labels = _labels_by_text(doc).get(term, frozenset())
    if " " not in term and labels == {"NORP"}:
        return None  # a people's adjective alone: "Swiss", "Welsh" (not "Aramco" once)
    if any(_is_place(span) for span in spans):
        return term
    kept = False
    for span in spans:
        if any(token.pos_ in ("VERB", "AUX") for token in span):
            continue  # a clause: "Comdata was Welsh"
        name = _name_for(span)
        if name is not None and (said is None or said(name)):
            return name
        if _is_whole_phrase(span, unit_words):
            kept = True
    return term if kept else None


def _is_place(span: Span) -> bool:
    """Whether the term is, here, the whole name of a place or a people."""
    return any(
        (ent.start, ent.end) == (span.start, span.end) and ent.label_ in PLACE_LABELS
        for ent in _ents_over(span)
    )


def trim_term(term: str) -> str:
    """The term without grading words at its front and time words at either end.

    "certain phone systems" -> "phone systems", "letter today" -> "letter", "the
    Transportation Department" -> "Transportation Department". Only lower-case grading
    words go ("New York", "First Financial" are names); a determiner goes in any case.
    """
    words = term.split()
    while words and (
        words[0].lower() in DETERMINERS
        or (len(words) > 1 and _grades(words[0], words[1]))
        or words[0].lower() in TIME_WORDS
    ):
        words.pop(0)
    while words and words[-1].lower() in TIME_WORDS:
        words.pop()
    return " ".join(words)


def _grades(word: str, following: str) -> bool:
    """Whether the word only grades or dates the words after it: "certain phone
    systems", "Initial months" (a sentence's capital), "January gain" (of "3.1 pct
    January gain"), but not "First Financial", "New York" or "May Department Stores"."""
    if word in GRADING:
        return True
    lower = word.lower()
    return (lower in GRADING or lower in CALENDAR) and following[:1].islower()


def _labels_by_text(doc: Doc) -> dict[str, frozenset[str]]:
    """The entity labels each entity text of the doc carries, read once per doc
    (`doc.ents` builds every entity anew on each reading)."""
    cached = doc.user_data.get(LABELS_KEY)
    if cached is None:
        found: dict[str, set[str]] = {}
        for ent in doc.ents:
            found.setdefault(ent.text, set()).add(ent.label_)
        cached = doc.user_data[LABELS_KEY] = {k: frozenset(v) for k, v in found.items()}
    return cached


def _occurrences(doc: Doc, term: str) -> list[Span]:
    """The token spans where the term stands in the text, across line wraps, whole
    words only (not after a hyphen either)."""
    spans = []
    for start, end in wrapped_term_matches(doc_text(doc), term.split()):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    return spans


def _name_for(span: Span) -> str | None:
    """The whole name to list instead of this place of the term, if there is one.

    - The term lies inside a longer name: "Exchange Commission" in "Securities and
      Exchange Commission", "Hospital Corp" in "Hospital Corp of America".
    - The term holds a person's or company's name of two words or more with other words
      around it: a role ("trade representative Clayton Yeutter", "Irish horseracing
      tycoons JP McManus") or a thing of the company ("RJ Reynolds Tobacco USA unit").
      The name is what the story is about; the role is on the actor's page.
    """
    held: list[Span] = []
    for ent in _ents_over(span):
        if ent.label_ not in NAME_LABELS or ent.end <= span.start or ent.start >= span.end:
            continue
        if not _is_name(ent):
            continue
        inside = ent.start <= span.start and span.end <= ent.end
        holds = span.start <= ent.start and ent.end <= span.end
        if inside and len(ent) > len(span):
            return _name_text(ent)
        if holds and len(span) > len(ent) and ent.label_ in ACTOR_LABELS and len(ent) > 1:
            held.append(ent)
    people = [ent for ent in held if ent.label_ == "PERSON"]
    if people:  # the person of "Chemical Bank vice president Yukuo Takahashi"
        return _name_text(_whole_span(people[-1], span))
    if held and not _names_someone_else(held[-1], span):
        return _name_text(_whole_span(held[-1], span))
    return None


def _whole_span(ent: Span, span: Span) -> Span:
    """The name with the capitalised words the parse left out of it, within the term:
    the rest of a person's name after it ("Ali Akbar [Hashemi Rafsanjani]") and the
    front of a company's name before it ("[Purolator] Courier Corp"). A person's name
    does not grow to the front, where a title stands ("Trade Minister Rha Woong"),
    except over a style that is part of it ("Sir Alex Ferguson")."""
    start, end = ent.start, ent.end
    doc = span.doc
    if ent.label_ == "PERSON":
        while end < span.end and _capitalised_name_word(doc[end]):
            end += 1
        while start > span.start and doc[start - 1].lower_ in STYLE_TITLES:
            start -= 1  # a style is part of the name: "Sir Alex Ferguson", "Lord Butler"
    else:
        while start > span.start and _capitalised_name_word(doc[start - 1]):
            start -= 1
    return doc[start:end]


def _capitalised_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ != "DATE"


def _names_someone_else(ent: Span, span: Span) -> bool:
    """Whether the term ends in a name the company's name only describes: "[Foreign
    Trade] Minister Michel Noir" names the minister, not the ministry."""
    last = span[-1]
    return last.i >= ent.end and _capitalised_name_word(last)


def _is_name(ent: Span) -> bool:
    """Whether the entity is one whole name: not two joined by a slash or a dash
    ("Foynes/Red Sea", "outlets - State Street"), no clause the parse took for a name
    ("Comdata was Welsh"), not itself cut from a longer name ("Poor's Corp" of
    "Standard and Poor's Corp")."""
    if "/" in ent.text or re.search(f"\\s[-{DASH_CHARACTERS}]+\\s", ent.text):
        return False
    if TWO_COMPANIES.search(ent.text):  # "Thomson Co Inc and Obion Co Inc"
        return False
    if any(token.pos_ in ("VERB", "AUX") for token in ent):
        return False
    return not _cut_from_name(ent, paired=True)


def _name_text(ent: Span) -> str | None:
    """The name as a term: without a determiner or grading word before it ("the",
    "latest Organisation for ...") or a joining word after it ("Theodore Sall Inc and")."""
    words = ent.text.split()
    while words and (words[0].lower() in DETERMINERS or words[0] in GRADING):
        words.pop(0)
    while words and words[-1].lower() in JOINERS:
        words.pop()
    text = re.sub(r"['\u2019]s$", "", " ".join(words)).strip(" \"'.,;:<>")
    if text.count("(") != text.count(")"):  # "United Biscuits (Holdings"
        text = text.split("(")[0].strip()
    return text or None


def _is_whole_phrase(span: Span, unit_words: frozenset[str] | set[str]) -> bool:
    """Whether the term stands here as a whole phrase an editor would keep: a whole
    name always does ("Japan" of "Japan and South Korea")."""
    exact = [ent for ent in _ents_over(span) if (ent.start, ent.end) == (span.start, span.end)]
    if exact and exact[0].label_ in NAME_LABELS:  # unless cut ("Energy" of "Energy and Mines")
        return not _cut_from_name(span, paired=True)
    if exact and exact[0].label_ not in OTHER_LABELS:
        return False  # a people's adjective, a date, an amount
    return not (
        _crosses_name(span)
        or _outside_noun_phrase(span)
        or _cut_compound(span)
        or _after_figure(span, unit_words)
        or _cut_from_name(span)
        or _cut_from_pair(span)
    )


def _crosses_name(span: Span) -> bool:
    """Whether an entity (of any kind: a date, an amount) starts or ends inside the
    term and the other end outside: "day correction" of "[two day] correction". A
    "name" that is none (`_is_name`: "Foynes/Red Sea") has no edge to cross."""
    return any(
        (
            (ent.start < span.start < ent.end <= span.end)
            or (span.start <= ent.start < span.end < ent.end)
        )
        and (ent.label_ not in NAME_LABELS or _is_name(ent))
        for ent in _ents_over(span)
    )


def _outside_noun_phrase(span: Span) -> bool:
    """Whether the term runs out of one noun phrase: a clause ("butane prices
    unchanged", "Philadelphia exchange open", "Bolton host Arsenal") or two phrases
    glued ("cyber-security units Nagel"). Within a name the parse's phrase does not
    matter: the name is one (but not within a clause the parse took for a name,
    "Welsh" of "Comdata was Welsh").
    """
    if any(
        ent.start <= span.start and span.end <= ent.end and _is_name(ent)
        for ent in _ents_over(span)
    ):
        return False
    if not any(start <= span.start and span.end <= end for start, end in _chunks(span.doc)):
        return True
    return any(token.pos_ in ("VERB", "AUX") for token in span)


def _ents_over(span: Span) -> list[Span]:
    """The entities that share a token with the span. `doc.ents` builds every entity
    anew on each reading; entities come in order and do not overlap, so their ends,
    read once per doc, find the few near the span by bisection."""
    doc = span.doc
    cached = doc.user_data.get(ENTS_KEY)
    if cached is None:
        found = [(e.start, e.end, e.label_) for ent in doc.ents for e in _names_of(doc, ent)]
        cached = doc.user_data[ENTS_KEY] = (found, [end for _, end, _ in found])
    found, ends = cached
    i = bisect_right(ends, span.start)
    near = []
    while i < len(found) and found[i][0] < span.end:
        start, end, label = found[i]
        near.append(Span(doc, start, end, label=label))
        i += 1
    return near


def _names_of(doc: Doc, ent: Span) -> list[Span]:
    """The names an entity is, as the actors read it: a person the model ran into the
    body named before him is a name of his own ("Credit Suisse" and "Paul Hofer" of
    "Credit Suisse Paul Hofer"), so the term is the person, as on the actor list."""
    return body_then_person(doc, ent) or [ent]


def _chunks(doc: Doc) -> list[tuple[int, int]]:
    """The doc's noun phrases as token ranges, parsed once per doc."""
    chunks = doc.user_data.get(CHUNKS_KEY)
    if chunks is None:
        chunks = doc.user_data[CHUNKS_KEY] = [(c.start, c.end) for c in doc.noun_chunks]
    return chunks


def _cut_compound(span: Span) -> bool:
    """Whether the text goes on past the term with a hyphen: "rice self" of "rice
    self-sufficiency", "general-use ultra" of "general-use ultra-large computers"."""
    text = doc_text(span.doc)
    return bool(re.match(r"-\w", text[span.end_char : span.end_char + 2]))


def _after_figure(span: Span, unit_words: frozenset[str] | set[str]) -> bool:
    """Whether the term is what a figure counts, cut from its number or unit:
    "basis point management fee" of "five basis point management fee", "January gain"
    of "3.1 pct January gain" (`trim_term`), "kilo bags" of "60 kilo bags". Only a
    noun of measure is cut so: "2-for-1 stock split" is a stock split."""
    if span.start == 0:
        return False
    before: Token = span.doc[span.start - 1]
    figure = before.like_num or before.lower_ in unit_words or bool(re.search(r"\d", before.text))
    return figure and span[0].lower_ in MEASURES


def _cut_from_pair(span: Span) -> bool:
    """Whether the term opens with the second of two joined names that modify one noun,
    the first left out: "Blackburn replay" of "Burnley and Blackburn replay". Two joined
    names ("Ford and Volkswagen") modify nothing, and each stands on its own. Joined
    common words make a phrase of their own ("data communications" of "voice and data
    communications")."""
    first = span[0]
    head = first.head
    return (
        first.text[:1].isupper()
        and first.dep_ == "conj"
        and head.i < span.start
        and head.dep_ in ("amod", "compound", "nummod", "nmod")
        and head.head.i >= span.start
    )


def _cut_from_name(span: Span, paired: bool = False) -> bool:
    """Whether the term is the tail or the head of a longer name or of a pair of names
    that the parse did not make one entity: "Fair Trading" of "Office of Fair Trading",
    "Blackburn replay" of "Burnley and Blackburn replay", "Peter D. Watson Center" of
    "Peter D. Watson Center for ...".

    `paired`: the term is a whole name, and a name on the other side of "and" is a
    second name ("Ford and Volkswagen"), not the rest of this one ("Standard and
    Poor's Corp", "Energy and Mines Ministry").
    """
    doc = span.doc
    if span.start >= 2 and span[0].text[:1].isupper():
        joiner, name = doc[span.start - 1], doc[span.start - 2]
        if (
            joiner.lower_ in JOINERS
            and name.text[:1].isupper()
            and not name.is_sent_start
            and not (paired and joiner.lower_ in PAIRING and name.ent_type_ in NAME_LABELS)
        ):
            return True
    if span.end + 1 < len(doc) and span[-1].text[:1].isupper():
        joiner, name = doc[span.end], doc[span.end + 1]
        if (
            joiner.lower_ in JOINERS
            and joiner.text.islower()
            and name.text[:1].isupper()
            and not (paired and joiner.lower_ in PAIRING and name.ent_type_ in NAME_LABELS)
        ):
            return True
    return False
