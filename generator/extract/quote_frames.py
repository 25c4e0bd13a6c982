"""Fixed frames that name a source ("according to X", "in the words of X"), as data.

The frames are spaCy DependencyMatcher patterns, not code: one matcher per vocabulary,
run once per Doc, gives for each frame the anchor token and its source token. Direct
quotations ("according to X, “...”") and reported speech ("CLAUSE, according to X")
both read the same matches.
"""

from __future__ import annotations

from spacy.matcher import DependencyMatcher
from spacy.vocab import Vocab

from generator.extract.quote_context import _Ctx

#: Fixed frames that name a source, as spaCy DependencyMatcher patterns (data, not
#: code): each match gives an anchor token (the first node) and the source (the node
#: named "source"). "according to X"; "in X's words" / "in the words of X".
FRAME_PATTERNS: dict[str, list[list[dict[str, object]]]] = {
    "according_to": [
        [
            {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LOWER": "according"}},
            {"LEFT_ID": "anchor", "REL_OP": ".", "RIGHT_ID": "to", "RIGHT_ATTRS": {"LOWER": "to"}},
            {"LEFT_ID": "to", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ]
    ],
    "in_words_of": [
        [
            {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LEMMA": "word", "DEP": "pobj"}},
            {"LEFT_ID": "anchor", "REL_OP": "<", "RIGHT_ID": "in", "RIGHT_ATTRS": {"LOWER": "in"}},
            {
                "LEFT_ID": "anchor",
                "REL_OP": ">",
                "RIGHT_ID": "source",
                "RIGHT_ATTRS": {"DEP": "poss"},
            },
        ],
        [
            {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LEMMA": "word", "DEP": "pobj"}},
            {"LEFT_ID": "anchor", "REL_OP": "<", "RIGHT_ID": "in", "RIGHT_ATTRS": {"LOWER": "in"}},
            {
                "LEFT_ID": "anchor",
                "REL_OP": ">",
                "RIGHT_ID": "of",
                "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "of"},
            },
            {"LEFT_ID": "of", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ],
    ],
}
_MATCHERS: dict[int, DependencyMatcher] = {}


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


def _frame_sources(ctx: _Ctx, name: str) -> dict[int, int]:
    """Anchor token index -> source token index for one frame, outside quotations.

    The first source of an anchor wins (a possessor before an "of" phrase), as the
    frames are read left to right.
    """
    if ctx.frames is None:
        ctx.frames = {frame: {} for frame in FRAME_PATTERNS}
        if ctx.doc.has_annotation("DEP"):
            matcher = _frame_matcher(ctx.doc.vocab)
            strings = ctx.doc.vocab.strings
            found = sorted((strings[match_id], tokens) for match_id, tokens in matcher(ctx.doc))
            for key, tokens in found:
                frame, index = key.split("#")
                ids = [node["RIGHT_ID"] for node in FRAME_PATTERNS[frame][int(index)]]
                anchor, source = tokens[ids.index("anchor")], tokens[ids.index("source")]
                if ctx.inside[anchor]:
                    continue
                ctx.frames[frame].setdefault(anchor, source)
    return ctx.frames[name]
