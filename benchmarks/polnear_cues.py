"""Derive reporting-verb lexicons from the cues of PolNeAR's train split (never dev).

For every verb, noun and adjective lemma in the train texts: how often a token with that
lemma is (part of) a gold Cue span, and how often it occurs at all. A lemma that is a cue
in most of its uses reports speech or stance in news; one that rarely is (e.g. "make")
would only add false positives. The printed table feeds the word lists in
generator/extract/quotes.py; run it again after changing the model or the corpus.

Usage:
    python benchmarks/polnear_cues.py [--min-count 8] [--min-share 0.5] [--doc-cache DIR]
"""

from __future__ import annotations

import argparse
import bisect
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from quotes_polnear import DEFAULT_CORPUS, articles, parsed  # noqa: E402

from generator.running.nlp import load_model  # noqa: E402

#: Complement frames: a verb used with one of these dependents, counted apart.
FRAMES = {
    "clausal": {"ccomp", "xcomp"},
    "object": {"dobj"},
    "prepositional": {"prep"},
}


def cue_spans(ann: Path) -> list[tuple[int, int]]:
    """Character spans of the Cue annotations of one .ann file."""
    spans = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or not parts[1].startswith("Cue "):
            continue
        for frag in parts[1][4:].split(";"):
            bits = frag.split()
            if len(bits) == 2:
                spans.append((int(bits[0]), int(bits[1])))
    return sorted(spans)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--min-count", type=int, default=8)
    parser.add_argument("--min-share", type=float, default=0.5)
    parser.add_argument("--frame-share", type=float, default=0.6)
    parser.add_argument("--doc-cache", type=Path)
    args = parser.parse_args(argv)

    items = articles(args.corpus, "train")
    texts = [path.open(encoding="utf-8", newline="").read() for _, path, _ in items]
    nlp = load_model()
    docs = parsed(nlp, texts, args.doc_cache, "train-0")
    total: Counter[str] = Counter()
    as_cue: Counter[str] = Counter()
    frames: dict[str, tuple[Counter[str], Counter[str]]] = {
        frame: (Counter(), Counter()) for frame in FRAMES
    }
    for (_, _, ann), doc in zip(items, docs, strict=True):
        spans = cue_spans(ann)
        starts = [s for s, _ in spans]
        for token in doc:
            if token.pos_ not in {"VERB", "NOUN", "ADJ"}:
                continue
            key = f"{token.lemma_.lower()}/{token.pos_}"
            total[key] += 1
            i = bisect.bisect_right(starts, token.idx) - 1
            is_cue = i >= 0 and spans[i][0] <= token.idx < spans[i][1]
            as_cue[key] += is_cue
            deps = {child.dep_ for child in token.children}
            for frame, wanted in FRAMES.items():
                if deps & wanted and token.pos_ in {"VERB", "ADJ"}:
                    lemma = token.lemma_.lower() + ("/ADJ" if token.pos_ == "ADJ" else "")
                    frames[frame][0][lemma] += 1
                    frames[frame][1][lemma] += is_cue
    rows = [
        (key, as_cue[key], total[key], as_cue[key] / total[key])
        for key in total
        if as_cue[key] >= args.min_count and as_cue[key] / total[key] >= args.min_share
    ]
    rows.sort(key=lambda r: (-r[1], r[0]))
    for key, cues, count, share in rows:
        print(f"{key:24s} cue {cues:5d} / {count:5d} = {share:.2f}")
    for pos in ("VERB", "NOUN", "ADJ"):
        words = sorted(k.split("/")[0] for k, *_ in rows if k.endswith(pos))
        print(f"\n{pos}: {' '.join(words)}")
    for frame, (seen, cued) in frames.items():
        words = sorted(
            lemma
            for lemma, n in seen.items()
            if cued[lemma] >= args.min_count and cued[lemma] / n >= args.frame_share
        )
        print(f"\nwords with a {frame} complement, cue in >= {args.frame_share:.0%} of uses:")
        print(" ".join(words))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
