"""Run-on "sentences": text the parser cannot read as sentences, found once per Doc.

A list, a table, a CSV line or a page pasted without full stops is one "sentence" to the
parser, thousands of tokens long. spaCy's English models learnt to parse from news and
web text (OntoNotes) whose sentences are tens of tokens long, and news prose stays well
under a hundred (the longest sentence of the first 400 BBC articles has 74 tokens:
benchmarks/hostile_text.py --prose 400), so the tree the parser builds over thousands
of tokens says nothing reliable about who said what or what a figure counts. Rules that
read a sentence's tree or walk its words (reported speech, the dependency frames, what
a figure counts) also cost time in proportion to the sentence for each candidate in it:
in a run-on that is quadratic (a 2,000-token CSV line took two minutes).

So those rules skip sentences longer than MAX_SENTENCE_TOKENS: such a "sentence" gives
no reported speech, frames or figures, promptly, and ordinary sentences around it keep
theirs. The bound (reported speech's since session 11) is several times the longest
sentence of real news, so no sentence an editor would call one comes near it.
"""

from __future__ import annotations

import weakref

from spacy.tokens import Doc

MAX_SENTENCE_TOKENS = 500

Stretch = tuple[int, int]  # token start and end in the Doc


def _has_sentences(doc: Doc) -> bool:
    return doc.has_annotation("SENT_START") or doc.has_annotation("DEP")


def run_on_sentences(doc: Doc) -> list[Stretch]:
    """Token bounds of the sentences longer than MAX_SENTENCE_TOKENS, in order."""
    if not _has_sentences(doc):
        return []  # no sentences known (no parser ran): nothing to skip
    return [(sent.start, sent.end) for sent in doc.sents if len(sent) > MAX_SENTENCE_TOKENS]


def readable_stretches(doc: Doc) -> list[Stretch]:
    """Token bounds of the runs of consecutive sentences between run-on ones.

    The whole Doc as one stretch when it has no run-on sentence (every ordinary article).
    """
    stretches: list[Stretch] = []
    start = 0
    for run_start, run_end in run_on_sentences(doc):
        if run_start > start:
            stretches.append((start, run_start))
        start = run_end
    if start < len(doc):
        stretches.append((start, len(doc)))
    return stretches


def run_on_chars(doc: Doc) -> list[tuple[int, int]]:
    """Character bounds of the run-on sentences, in order."""
    return [
        (doc[start:end].start_char, doc[start:end].end_char) for start, end in run_on_sentences(doc)
    ]


_SENTENCE_STARTS: weakref.WeakKeyDictionary[Doc, list[int]] = weakref.WeakKeyDictionary()


def sentence_start(doc: Doc, i: int) -> int:
    """The index of the first token of the sentence holding token `i` (0 without
    sentences). `Token.sent` and `Span.sent` walk to both ends of the sentence on each
    call, which is quadratic when asked for every name in a run-on; this maps every
    token once per Doc."""
    starts = _SENTENCE_STARTS.get(doc)
    if starts is None:
        starts = [0] * len(doc)
        if _has_sentences(doc):
            for sent in doc.sents:
                starts[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
        _SENTENCE_STARTS[doc] = starts
    return starts[i]
