"""Key terms and an extractive summary: the few sentences that tell the story.

News puts the story first (the inverted pyramid), so sentence position weighs as much
as content: a sentence scores by the key terms and named entities it holds, boosted
near the top, and the best three to five are returned in article order so that they
read as a paragraph.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span
from textacy.extract import keyterms

from generator.extract.words import word_set

KEYTERM_CANDIDATES = 30
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "EVENT", "FAC", "PRODUCT", "LAW"})
MIN_SENTENCE_TOKENS = 6
MAX_SENTENCE_TOKENS = 70
QUOTE_OPENERS = "\"'\u201c\u2018"
CALENDAR_WORDS = word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today yesterday tomorrow
    week weekend month year last next this morning evening night
    """
)


def extract_keyterms(doc: Doc, topn: int = 8) -> list[str]:
    """The `topn` terms that characterise the article, varied rather than repetitive.

    TextRank alone returns near-duplicates ("Russian forces", "Russian soldiers"); a
    term is skipped when it shares half of its words with one already chosen, and the
    most frequent named entities are mixed in, since readers scan for names.
    """
    if not doc.has_annotation("DEP") or len(doc) == 0:
        return []
    try:
        ranked = [
            term for term, _ in keyterms.textrank(doc, normalize="orth", topn=KEYTERM_CANDIDATES)
        ]
    except (ValueError, ZeroDivisionError, KeyError):
        ranked = []
    entities = Counter(
        _clean_term(ent.text) for ent in doc.ents if ent.label_ in ENTITY_LABELS
    ).most_common(topn)
    candidates = [name for name, count in entities[:3] if count > 1] + ranked
    chosen: list[str] = []
    chosen_words: list[set[str]] = []
    text = doc.text
    for term in (_whole_compound(_clean_term(term), text) for term in candidates):
        words = set(term.lower().split())
        if not _is_good_term(term) or any(_overlap(words, seen) >= 0.5 for seen in chosen_words):
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
    starts = [m.start() for m in re.finditer(re.escape(term), text)]
    if not starts or any(text[i - 1 : i] != "-" for i in starts):
        return term
    front = re.search(r"[\w.]+(?:-[\w.]+)*-$", text[max(0, starts[0] - 40) : starts[0]])
    return front.group(0) + term if front else term


def _clean_term(term: str) -> str:
    term = re.sub(r"['\u2019]s$", "", " ".join(term.split()))
    return term.strip(" \"'\u201c\u201d\u2018\u2019.,;:")


def _is_good_term(term: str) -> bool:
    """Skip fragments of figures ("m grant" from "£400m grant") and very short terms."""
    if " " not in term and term.islower():
        return False  # a lone common noun ("year", "cut") says little about the story
    if set(term.lower().split()) <= CALENDAR_WORDS:
        return False  # "Monday", "last week": when, not what
    return len(term) >= 3 and not re.search(r"\d|^\w\b", term)


def _overlap(words: set[str], other: set[str]) -> float:
    return len(words & other) / max(1, min(len(words), len(other)))


def summary_length(sentence_count: int) -> int:
    """Three sentences for a short item, up to five for a long feature."""
    if sentence_count < 15:
        return 3
    return 4 if sentence_count < 40 else 5


def extract_summary(doc: Doc, terms: list[str] | None = None) -> list[str]:
    """Three to five sentences, in article order, that summarise the article."""
    sentences = [sent for sent in map(_last_paragraph, doc.sents) if _is_summary_candidate(sent)]
    if not sentences:
        return [" ".join(sent.text.split()) for sent in list(doc.sents)[:3] if sent.text.strip()]
    terms = terms if terms is not None else extract_keyterms(doc, topn=15)
    term_words = {word for term in terms for word in term.lower().split() if len(word) > 3}
    # One pass over the entities: Span.ents scans every entity of the Doc on each call,
    # which made long articles quadratic.
    entity_starts = Counter(ent.start for ent in doc.ents if ent.label_ in ENTITY_LABELS)
    scores: dict[int, float] = {}
    for rank, sent in enumerate(sentences):
        content = {token.lower_ for token in sent if token.is_alpha and not token.is_stop}
        entity_count = sum(entity_starts[i] for i in range(sent.start, sent.end))
        position = 1.0 / (1.0 + rank * 0.35)
        quoted = sent.text.lstrip()[:1] in QUOTE_OPENERS  # the story, not a voice in it
        scores[sent.start] = (
            len(content & term_words) * 0.4
            + min(entity_count, 4) * 0.3
            + position * 3.0
            - (1.5 if quoted else 0.0)
        )
    count = summary_length(len(sentences))
    best = sorted(sentences, key=lambda sent: (-scores[sent.start], sent.start))[:count]
    return [" ".join(sent.text.split()) for sent in sorted(best, key=lambda sent: sent.start)]


def _last_paragraph(sent: Span) -> Span:
    """The part of a sentence after its last paragraph break.

    The small model sometimes runs a headline line into the first sentence; the
    sentence proper is what follows the blank line.
    """
    end = sent.end
    while end > sent.start and sent.doc[end - 1].is_space:
        end -= 1
    breaks = [i for i in range(sent.start, end) if sent.doc[i].text.count("\n") > 1]
    return sent.doc[(breaks[-1] + 1 if breaks else sent.start) : end]


def _is_summary_candidate(sent: Span) -> bool:
    """Whole declarative sentences of reasonable length; not headlines or questions."""
    words = [token for token in sent if not token.is_space]
    if not MIN_SENTENCE_TOKENS <= len(words) <= MAX_SENTENCE_TOKENS:
        return False
    text = sent.text.strip()
    if text.endswith("?") or text[-1:] not in ".\"'\u201d\u2019":
        return False
    return "\n\n" not in text
