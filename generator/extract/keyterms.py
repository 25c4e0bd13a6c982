"""Key terms: the few names and phrases that say what an article is about.

TextRank's ranking, led by the named entities the story repeats, is shared by the
summary (which scores its sentences by every term) and the briefing (which lists only
the terms the story itself states as whole phrases). Split from the summary module,
which ranks sentences by these terms but has its own job.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from generator.extract import figures_lexicon as lx
from generator.extract.keyterm_phrases import whole_term
from generator.extract.keyterm_rank import textrank
from generator.extract.literal_search import whole_word_matches
from generator.extract.summary_sentences import LABEL, SIGN_OFF, STATEMENT_END, is_statement
from generator.extract.words import word_lists, word_set
from generator.reading.layout import doc_story_end, doc_text

KEYTERM_CANDIDATES = 30
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "EVENT", "FAC", "PRODUCT", "LAW"})
CALENDAR_WORDS = (
    word_lists("calendar")["weekdays"]
    | word_lists("calendar")["month_names"]
    | word_set(
        "today yesterday tomorrow week weekend month year last next this morning evening night"
    )
)


# Words that only say how a figure is counted: a term of them alone ("mln dlrs") or one
# that starts or ends with them ("pct stake", "cts prior") is a figure's leftover.
UNIT_WORDS = (
    lx.UNIT_ONLY | set(lx.SCALE_WORDS) | set(lx.CURRENCY_SUFFIXES) | set(lx.MINOR_CURRENCY)
) | word_set("dlr dlrs")


def extract_keyterms(doc: Doc, topn: int = 8, shown: bool = True) -> list[str]:
    """The `topn` terms that characterise the article, varied rather than repetitive.

    `shown`: the terms a briefing lists for readers (`choose_keyterms`); otherwise the
    terms the summary ranks its sentences by.
    """
    return choose_keyterms(doc, rank_keyterms(doc), topn, shown)


def rank_keyterms(doc: Doc) -> list[str]:
    """Candidate terms, best first: the most frequent named entities, then TextRank's.

    TextRank is the dearest step of extraction, so it is run once per article and its
    ranking shared by the summary and the listed terms (`choose_keyterms`).
    """
    if not doc.has_annotation("DEP") or len(doc) == 0:
        return []
    try:
        ranked = [term for term, _ in textrank(doc, normalize="orth", topn=KEYTERM_CANDIDATES)]
    except (ValueError, ZeroDivisionError, KeyError):
        ranked = []
    entities = Counter(
        _clean_term(ent.text) for ent in doc.ents if ent.label_ in ENTITY_LABELS
    ).most_common(3)
    return [name for name, count in entities if count > 1] + ranked


def choose_keyterms(doc: Doc, candidates: list[str], topn: int, shown: bool = True) -> list[str]:
    """The first `topn` candidates that are good terms and not near-duplicates.

    TextRank alone returns near-duplicates ("Russian forces", "Russian soldiers"); a
    term is skipped when it shares half of its words with one already chosen.

    A term `shown` to readers must also be said in the story's own statements
    (`_statements`), without the unit words at its ends ("pct stake" is a stake): wire
    copy's results tables, labels and sign-off ("Shr", "Revs", "NOTE", "Pay April",
    "REUTER"), a figure's units ("mln dlrs") and the headline's own wording are not
    what the story is about. It must be a whole phrase or a whole name where it stands
    (`keyterm_phrases.whole_term`), never a cut name, a clause, a role glued to a name
    or a graded snippet. The summary keeps ranking its sentences by every term.
    """
    chosen: list[str] = []
    chosen_words: list[set[str]] = []
    text = doc_text(doc)
    statements = _statements(doc) if shown else []
    names = {ent.text for ent in doc.ents} if shown else set()
    people = {ent.text for ent in doc.ents if ent.label_ == "PERSON"} if shown else set()

    def said(name: str) -> bool:
        return _said_in_statements(name, statements, names)

    for candidate in candidates:
        if shown:  # "<Sumitomo Aluminium Smelting Co Ltd>": a wire tag's brackets
            term = _unit_free(_clean_term(candidate.replace("<", " ").replace(">", " ")))
        else:
            term = _clean_term(candidate)
        term = _whole_compound(term, text)
        if shown:  # a whole phrase or a whole name, or nothing (keyterm_phrases)
            term = whole_term(doc, term, UNIT_WORDS, said) or ""
        words = set(term.lower().split())
        if not _is_good_term(term, term in people or (shown and len(term.split()) > 2)):
            continue
        if any(_overlap(words, seen) >= 0.5 for seen in chosen_words):
            continue
        if shown and not _said_in_statements(term, statements, names):
            continue
        chosen.append(term)
        chosen_words.append(words)
        if len(chosen) == topn:
            break
    return chosen


def _whole_compound(term: str, text: str) -> str:
    """The term with the front of a hyphenated compound it was cut from.

    TextRank works on tokens, and spaCy splits "72-hour strike" and "anti-war protest"
    at the hyphen, so the term comes out as "hour strike" or "war protest". Where the
    text always writes it after a hyphen, the whole compound is the term (and one with
    a number in it is then left out with the other figures).
    """
    starts = []
    at = text.find(term) if term else -1
    while at >= 0:  # str.find, not a pattern compiled for every term of every article
        starts.append(at)
        at = text.find(term, at + len(term))
    if not starts or any(text[i - 1 : i] != "-" for i in starts):
        return term
    front = re.search(r"[\w.]+(?:-[\w.]+)*-$", text[max(0, starts[0] - 40) : starts[0]])
    return front.group(0) + term if front else term


def _unit_free(term: str) -> str:
    """The term without the unit words at its ends ("pct stake" -> "stake")."""
    words = term.split()
    while words and words[0] in UNIT_WORDS:  # lower case only: "CTS Corp" is a name
        words.pop(0)
    while words and words[-1] in UNIT_WORDS:
        words.pop()
    return " ".join(words)


def _statements(doc: Doc) -> list[str]:
    """The text of each statement, with its words one space apart.

    The small model sometimes ends a sentence inside a line, at a wire tag ("Union Faith
    is equally owned by <" | "Hutchison Whampoa Ltd> and ..."); the rest of that line
    belongs to the statement it was cut from. The author's note that closes some
    articles ("AWR Hawkins is the Second Amendment columnist for ...") is not the story's
    (`doc_story_end`), so a term said only there is no key term of it.
    """
    statements: list[str] = []
    previous: Span | None = None
    previous_kept = False
    story_end = doc_story_end(doc)
    for sent in doc.sents:
        if sent.start_char >= story_end:
            break
        kept = is_statement(sent) or (
            previous is not None and previous_kept and _cut_mid_line(previous)
        )
        if kept:
            text = LABEL.sub("", SIGN_OFF.sub("", sent.text).strip())  # "NOTE: in qtr ..."
            statements.append(" ".join(text.split()))
        previous, previous_kept = sent, kept
    return statements


def _cut_mid_line(sent: Span) -> bool:
    """Whether the sentence stops inside a line without ending as a sentence does."""
    text = sent.text
    stripped = text.rstrip()
    return "\n" not in text[len(stripped) :] and not STATEMENT_END.search(stripped)


def _said_in_statements(term: str, statements: list[str], names: set[str]) -> bool:
    """Whether the term stands, as whole words, in one of the story's statements.

    A single word that is no named entity must stand there inside a sentence, not only
    at its start, where any word has a capital ("Net includes ...", "Sales rose ...").
    """
    inside = " " not in term and term not in names
    return any(
        start > 0 or not inside
        for sentence in statements
        for start, _ in whole_word_matches(sentence, term)
    )


def _clean_term(term: str) -> str:
    term = re.sub(r"['\u2019]s$", "", " ".join(term.split()))
    return term.strip(" \"'\u201c\u201d\u2018\u2019.,;:")


def _is_good_term(term: str, person: bool = False) -> bool:
    """Skip fragments of figures ("m grant" from "£400m grant") and very short terms.

    A `person`'s name may open with an initial ("M.W. Deo"), and so may a name of three
    words or more ("U.S. Feedgrains Council"); shorter terms that do are mostly "U.S."
    glued to a word ("U.S. Economic", "U.S. Cars").
    """
    if " " not in term and term.islower():
        return False  # a lone common noun ("year", "cut") says little about the story
    if set(term.lower().split()) <= CALENDAR_WORDS:
        return False  # "Monday", "last week": when, not what
    fragment = r"\d|^\w(?:\s|$)" if person else r"\d|^\w\b"
    return len(term) >= 3 and not re.search(fragment, term)


def _overlap(words: set[str], other: set[str]) -> float:
    return len(words & other) / max(1, min(len(words), len(other)))
