"""Derive reporting-verb lexicons from the cues of PolNeAR's train split (never dev, and
never a text annotated for the editor's review).

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
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from quotes_polnear import DEFAULT_CORPUS, articles, parsed  # noqa: E402

from generator.running.nlp import load_model, model_id  # noqa: E402

#: Prepositions whose object a verb of speech or stance may take as its content
#: (reported_speech._CONTENT_PREPS).
PAIR_PREPS = frozenset({"for", "about", "of", "to", "on"})

#: The editor's review split (benchmarks/editor_review.py): its articles are left out.
SPLIT = REPO / "benchmarks" / "annotations" / "editor" / "SPLIT.md"

#: Where quotes.py reads the derived lists from.
OUTPUT = REPO / "generator" / "extract" / "data" / "polnear_cues.json"

#: Complement frames: a verb used with one of these dependents, counted apart.
FRAMES = {
    "clausal": {"ccomp", "xcomp"},
    "object": {"dobj"},
    "prepositional": {"prep"},
}


def cue_spans(ann: Path, label: str = "Cue") -> list[tuple[int, int]]:
    """Character spans of the Cue (or other `label`) annotations of one .ann file."""
    spans = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or not parts[1].startswith(label + " "):
            continue
        for frag in parts[1][len(label) + 1 :].split(";"):
            bits = frag.split()
            if len(bits) == 2:
                spans.append((int(bits[0]), int(bits[1])))
    return sorted(spans)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--min-share", type=float, default=0.5)
    parser.add_argument(
        "--frame-share", type=float, default=0.6, help="verbs with an object or a preposition"
    )
    parser.add_argument("--clausal-share", type=float, default=0.5, help="verbs with a clause")
    parser.add_argument("--adj-share", type=float, default=0.45, help="adjectives")
    parser.add_argument(
        "--occasion-share",
        type=float,
        default=0.3,
        help="verb + preposition pairs whose object is content less often than this",
    )
    parser.add_argument("--doc-cache", type=Path)
    parser.add_argument(
        "--write", action="store_true", help=f"write the frame lists to {OUTPUT.relative_to(REPO)}"
    )
    args = parser.parse_args(argv)

    # Never the texts annotated for the editor's review: its MEASURE part holds PolNeAR
    # train texts, and lists derived from them would carry them into the rules measured.
    annotated = {
        line[2:].strip()
        for line in SPLIT.read_text(encoding="utf-8").splitlines()
        if line.startswith("- ")
    }
    items = [
        item
        for item in articles(args.corpus, "train")
        if f"polnear/train/text/{item[1].name}" not in annotated
    ]
    texts = [path.open(encoding="utf-8", newline="").read() for _, path, _ in items]
    nlp = load_model()
    docs = parsed(nlp, texts, args.doc_cache, "train-unannotated")
    total: Counter[str] = Counter()
    as_cue: Counter[str] = Counter()
    frames: dict[str, tuple[Counter[str], Counter[str]]] = {
        frame: (Counter(), Counter()) for frame in FRAMES
    }
    pairs: tuple[Counter[str], Counter[str]] = (Counter(), Counter())
    for (_, _, ann), doc in zip(items, docs, strict=True):
        spans = cue_spans(ann)
        starts = [s for s, _ in spans]
        contents = cue_spans(ann, "Content")
        for token in doc:
            if token.pos_ not in {"VERB", "NOUN", "ADJ"}:
                continue
            key = f"{token.lemma_.lower()}/{token.pos_}"
            total[key] += 1
            i = bisect.bisect_right(starts, token.idx) - 1
            is_cue = i >= 0 and spans[i][0] <= token.idx < spans[i][1]
            as_cue[key] += is_cue
            deps = {child.dep_ for child in token.children}
            if token.pos_ == "VERB":
                for prep in token.children:
                    if prep.dep_ != "prep" or prep.lower_ not in PAIR_PREPS:
                        continue
                    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
                    if not objects:
                        continue
                    pair = f"{token.lemma_.lower()} {prep.lower_}"
                    pairs[0][pair] += 1
                    pairs[1][pair] += any(s <= objects[0].idx < e for s, e in contents)
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
    derived: dict[str, list[str]] = {}
    for frame, (seen, cued) in frames.items():
        verb_share = args.clausal_share if frame == "clausal" else args.frame_share

        def share(lemma: str, verb_share: float = verb_share) -> float:
            return args.adj_share if lemma.endswith("/ADJ") else verb_share

        words = sorted(
            lemma
            for lemma, n in seen.items()
            if cued[lemma] >= args.min_count and cued[lemma] / n >= share(lemma)
        )
        print(f"\nwords with a {frame} complement, cue in most of their uses:")
        print(" ".join(words))
        derived[f"{frame}_verbs"] = [w for w in words if not w.endswith("/ADJ")]
        derived[f"{frame}_adjectives"] = [w[:-4] for w in words if w.endswith("/ADJ")]
    # "spoke on condition of anonymity", "voted on March 1": a verb of speech may take
    # a phrase with a given preposition that is rarely gold content, an occasion, not
    # what was said
    occasion = sorted(
        pair
        for pair, n in pairs[0].items()
        if n >= args.min_count and pairs[1][pair] / n < args.occasion_share
    )
    print("\nverb + preposition whose object is rarely content:")
    print(" ".join(occasion))
    derived["occasion_prepositions"] = occasion
    if args.write:
        record = {
            "derived_by": "benchmarks/polnear_cues.py --write",
            "source": "PolNeAR train (first .ann per article), never dev",
            "model": model_id(nlp),
            "options": {
                "min_count": args.min_count,
                "clausal_share": args.clausal_share,
                "frame_share": args.frame_share,
                "adj_share": args.adj_share,
                "occasion_share": args.occasion_share,
            },
            **derived,
        }
        OUTPUT.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
        print(f"\nwritten: {OUTPUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
