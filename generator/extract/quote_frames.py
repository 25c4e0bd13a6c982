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
from functools import cache
from typing import Any

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from generator.extract.quote_context import _Ctx
from generator.extract.run_on import readable_stretches
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
    (generator/extract/run_on.py). An ordinary article is matched whole, as it always
    was; one with a run-on is matched stretch by stretch around it (a tree never crosses
    a sentence end, so the matches of a stretch are those of the whole Doc there).
    """
    matcher = _frame_matcher(doc.vocab)
    stretches = readable_stretches(doc)
    if stretches == [(0, len(doc))]:
        return [(match_id, list(tokens)) for match_id, tokens in matcher(doc)]
    found: list[tuple[int, list[int]]] = []
    for start, end in stretches:
        for match_id, tokens in matcher(doc[start:end].as_doc()):
            found.append((match_id, [start + token for token in tokens]))
    return found


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
