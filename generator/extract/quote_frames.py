"""Fixed frames that name a source ("according to X", "X sees Y as Z"), held as data.

The frames are spaCy DependencyMatcher patterns in data/quote_frames.json, not code:
one matcher per vocabulary, run once per Doc, gives for each frame its anchor tokens
and, for each, the tokens its named nodes matched ("source", "object", ...). Direct
quotations ("according to X, “...”") and reported speech ("CLAUSE, according to X")
read the same matches. What a pattern cannot say (whether a mention can speak, where
the content ends) is left to the rule that reads the match.

Frames read on the tokens alone ("so-called", "what he called" before a quotation) are
spaCy Matcher patterns in the same file, under "token_frames".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np
from spacy.attrs import HEAD, LEMMA, LOWER, NORM, ORTH
from spacy.matcher import DependencyMatcher, Matcher
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

from generator.extract.quote_context import _Ctx
from generator.extract.run_on import Stretch, readable_stretches
from generator.extract.words import DATA

#: Node name -> token index, for one match of a frame.
FrameMatch = dict[str, int]


@cache
def _frames_file() -> dict[str, Any]:
    """data/quote_frames.json, read once per process."""
    return json.loads((DATA / "quote_frames.json").read_text(encoding="utf-8"))


def frame_patterns() -> dict[str, list[list[dict[str, object]]]]:
    """The frames of data/quote_frames.json: name -> its DependencyMatcher patterns."""
    return {name: frame["patterns"] for name, frame in _frames_file()["frames"].items()}


def token_frame_patterns() -> dict[str, list[list[dict[str, object]]]]:
    """The token frames of data/quote_frames.json: name -> its Matcher patterns."""
    return {name: frame["patterns"] for name, frame in _frames_file()["token_frames"].items()}


#: Fixed frames that name a source, as spaCy DependencyMatcher patterns (data, not
#: code): each match gives an anchor token (the first node) and the nodes named in it.
FRAME_PATTERNS: dict[str, list[list[dict[str, object]]]] = frame_patterns()
#: Frames read on the tokens alone (Matcher patterns): "so-called", "what he called".
TOKEN_FRAME_PATTERNS: dict[str, list[list[dict[str, object]]]] = token_frame_patterns()
_MATCHERS: dict[int, DependencyMatcher] = {}
_TOKEN_MATCHERS: dict[int, Matcher] = {}


def _frame_matcher(vocab: Vocab) -> DependencyMatcher:
    """One DependencyMatcher of FRAME_PATTERNS per vocabulary (built once per process)."""
    matcher = _MATCHERS.get(id(vocab))
    if matcher is None:
        matcher = DependencyMatcher(vocab)
        for name, patterns in FRAME_PATTERNS.items():
            for i, pattern in enumerate(patterns):
                matcher.add(f"{name}#{i}", [pattern])
        _MATCHERS.clear()  # one model per process; never grow with vocabularies
        _MATCHERS[id(vocab)] = matcher
    return matcher


def _frame_matches(ctx: _Ctx, name: str) -> dict[int, list[FrameMatch]]:
    """Anchor token index -> the matches of one frame there, outside quotations.

    The matches of an anchor come in the order of the frame's patterns, then of their
    tokens from left to right, so that "the first" is the same on every run (a possessor
    before an "of" phrase, the nearest object first).
    """
    if ctx.frames is None:
        ctx.frames = {frame: {} for frame in FRAME_PATTERNS}
        if ctx.doc.has_annotation("DEP"):
            strings = ctx.doc.vocab.strings
            found = sorted(
                (strings[match_id], tokens) for match_id, tokens in _dependency_matches(ctx.doc)
            )
            for key, tokens in found:
                frame, index = key.split("#")
                ids = [node["RIGHT_ID"] for node in FRAME_PATTERNS[frame][int(index)]]
                match = dict(zip(ids, tokens, strict=True))
                if ctx.inside[match["anchor"]]:
                    continue
                ctx.frames[frame].setdefault(match["anchor"], []).append(match)
    return ctx.frames[name]


def _dependency_matches(doc: Doc) -> list[tuple[int, list[int]]]:
    """(match id, token indices) of every frame match outside run-on sentences.

    Matching costs time in proportion to a token's depth in its tree for each token a
    pattern's word matches (spaCy walks up to the root), so in a run-on "sentence"
    thousands of tokens deep it is quadratic, and its tree says nothing reliable anyway
    (generator/extract/run_on.py). An article with a run-on is matched stretch by
    stretch around it (a tree never crosses a sentence end, so the matches of a
    stretch are those of the whole Doc there).

    Only the sentences holding a frame's cue word are matched (`_cue_pieces`): the
    matcher first runs a token pattern for every node of every frame over every token,
    which was the dearest part of the quotation extractor on ordinary articles, and
    a sentence without a cue word holds no match.
    """
    matcher = _frame_matcher(doc.vocab)
    pieces = _cue_pieces(doc, readable_stretches(doc))
    if pieces == [(0, len(doc))]:
        return [(match_id, list(tokens)) for match_id, tokens in matcher(doc)]
    found: list[tuple[int, list[int]]] = []
    for start, end in pieces:
        for match_id, tokens in matcher(doc[start:end].as_doc()):
            found.append((match_id, [start + token for token in tokens]))
    return found


#: Token attributes a cue word is read from, as spaCy patterns name them.
MAX_VERDICTS = 100_000  # pattern verdicts kept per process (words of many articles)
_WORD_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "NORM": NORM, "LEMMA": LEMMA}


@dataclass
class _Cues:
    """The words that can start a frame match, read on one token attribute: exact words
    (as string hashes, compared without reading a string) and patterns, whose verdict
    on a word is kept for the process (an article's words recur in the next)."""

    words: set[int] = field(default_factory=set)
    patterns: list[re.Pattern[str]] = field(default_factory=list)
    verdicts: dict[int, bool] = field(default_factory=dict)

    def add(self, value: object) -> bool:
        """Take a node's constraint (a string, `IN` or `REGEX`, as the token Matcher
        reads them); False when it names no word (`NOT_IN` alone, a number)."""
        if isinstance(value, dict) and isinstance(value.get("IN"), list):
            value = value["IN"]
        elif isinstance(value, dict) and isinstance(value.get("REGEX"), str):
            pattern = re.compile(value["REGEX"])
            if pattern not in self.patterns:
                self.patterns.append(pattern)
            return True
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(word, str) for word in value):
            return False
        self.words.update(get_string_id(word) for word in value)
        return True

    def passing(self, values: np.ndarray, strings: StringStore) -> list[int]:
        """The distinct values (hashes) among `values` that are cue words."""
        found = []
        for value in np.unique(values).tolist():
            if value in self.words:
                found.append(value)
            elif self.patterns:
                verdict = self.verdicts.get(value)
                if verdict is None:
                    word = strings[value]
                    verdict = any(pattern.search(word) for pattern in self.patterns)
                    if len(self.verdicts) >= MAX_VERDICTS:  # a long archive's vocabulary
                        self.verdicts.clear()
                    self.verdicts[value] = verdict
                if verdict:
                    found.append(value)
        return found


@cache
def _frame_cues() -> dict[int, _Cues] | None:
    """Attribute id -> the cue words read on it: one word constraint per frame pattern,
    or None if a pattern has none.

    Every node of a pattern must match for the pattern to, so any node's word constraint
    names a word the match's tree holds; a lemma is preferred to a surface form ("poll"
    and "survey" before "in"), as the rarer word. Read from FRAME_PATTERNS: a new frame
    needs nothing here.
    """
    cues: dict[int, _Cues] = {}
    for patterns in FRAME_PATTERNS.values():
        for pattern in patterns:
            chosen: tuple[str, object] | None = None
            for node in pattern:
                for name, value in node.get("RIGHT_ATTRS", {}).items():
                    better = chosen is None or (name == "LEMMA" and chosen[0] != "LEMMA")
                    if better and name in _WORD_ATTRS and _Cues().add(value):
                        chosen = (name, value)
            if chosen is None:
                return None
            cues.setdefault(_WORD_ATTRS[chosen[0]], _Cues()).add(chosen[1])
    return cues


def _cue_pieces(doc: Doc, stretches: list[Stretch]) -> list[Stretch]:
    """The runs of consecutive sentences inside `stretches` that hold a frame's cue word.

    The matcher pairs only tokens of one tree, so matching these gives every match of
    the stretches as long as no tree crosses a sentence end; when one does (or a frame
    has no cue word, or the Doc has no parse), the stretches themselves are returned.
    """
    cues = _frame_cues()
    if cues is None or not stretches or not doc.has_annotation("DEP"):
        return stretches
    bounds = [(sent.start, sent.end) for sent in doc.sents]
    sentence_of = np.zeros(len(doc), dtype=np.int64)
    sentence_of[[start for start, _ in bounds[1:]]] = 1
    sentence_of = np.cumsum(sentence_of)
    heads = doc.to_array(HEAD).view(np.int64) + np.arange(len(doc))
    if not np.array_equal(sentence_of[heads], sentence_of):
        return stretches
    attrs = sorted(cues)
    values = doc.to_array(attrs).reshape(len(doc), len(attrs))
    cued = np.zeros(len(doc), dtype=bool)
    for column, attr in enumerate(attrs):
        passing = cues[attr].passing(values[:, column], doc.vocab.strings)
        if passing:
            cued |= np.isin(values[:, column], np.array(passing, dtype=np.uint64))
    held = set(sentence_of[cued].tolist())
    pieces: list[Stretch] = []
    for number, (start, end) in enumerate(bounds):
        if number not in held or not any(a <= start and end <= b for a, b in stretches):
            continue
        if pieces and pieces[-1][1] == start:
            pieces[-1] = (pieces[-1][0], end)
        else:
            pieces.append((start, end))
    return pieces


def _frame_sources(ctx: _Ctx, name: str) -> dict[int, int]:
    """Anchor token index -> source token index for one frame, outside quotations.

    The first source of an anchor wins (a possessor before an "of" phrase).
    """
    return {anchor: found[0]["source"] for anchor, found in _frame_matches(ctx, name).items()}


def _token_frame_matcher(vocab: Vocab) -> Matcher:
    """One Matcher of TOKEN_FRAME_PATTERNS per vocabulary (built once per process)."""
    matcher = _TOKEN_MATCHERS.get(id(vocab))
    if matcher is None:
        matcher = Matcher(vocab)
        for name, patterns in TOKEN_FRAME_PATTERNS.items():
            matcher.add(name, patterns)
        _TOKEN_MATCHERS.clear()  # one model per process; never grow with vocabularies
        _TOKEN_MATCHERS[id(vocab)] = matcher
    return matcher


def _token_frame_ends(ctx: _Ctx, name: str) -> dict[int, list[int]]:
    """End offset -> start offsets (characters) of the matches of one token frame.

    A rule asks whether a frame ends where it looks ("so-called" right before an
    opening mark), and whether it starts inside the words it reads.
    """
    if ctx.token_frames is None:
        ctx.token_frames = {frame: {} for frame in TOKEN_FRAME_PATTERNS}
        doc = ctx.doc
        strings = doc.vocab.strings
        for match_id, start, end in _token_frame_matcher(doc.vocab)(doc):
            last = doc[end - 1]
            ends = ctx.token_frames[strings[match_id]]
            ends.setdefault(last.idx + len(last), []).append(doc[start].idx)
    return ctx.token_frames[name]
