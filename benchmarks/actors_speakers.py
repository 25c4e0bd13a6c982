"""Score actors and speaker resolution on the project's own annotated articles.

The labels live in `benchmarks/annotations/*.yml` (one file per article: corpus path,
gold person names, and for each quotation an anchor, the first words of the quoted text,
with its canonical speaker or null); the article texts stay in ../shared/corpus. Each
article is read as the pipeline would hand it over (BBC and seed: the whole file;
newspaper4k: the JSON "text" field), then extract_quotes + extract_actors +
resolve_speakers run on it.

Reported:
- quote coverage: gold quotations whose anchor lies inside a predicted quote;
- speaker accuracy: of the covered gold quotations, the share whose predicted `speaker`
  equals the gold name exactly (a null gold counts as right only when nothing is
  predicted); attributed precision: the same over those the system gave a speaker to;
- person F1: predicted person actor names (those a briefing lists) against gold person
  names, exact strings,
  micro-averaged over articles.

Usage:
    python benchmarks/actors_speakers.py [--corpus PATH] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.extract.actors import extract_actors  # noqa: E402
from generator.extract.quotes import extract_quotes  # noqa: E402
from generator.extract.speakers import resolve_speakers  # noqa: E402
from generator.model import Quote  # noqa: E402
from generator.running.nlp import load_model  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
ANNOTATIONS = Path(__file__).resolve().parent / "annotations"
OPENING_MARKS = "\"\u201c\u2018'\u00ab"


@dataclass
class Tally:
    """Counts summed over articles."""

    gold_quotes: int = 0
    found: int = 0
    right: int = 0
    attributed: int = 0
    attributed_right: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)


def read_article(corpus: Path, rel: str) -> str:
    """The body as the pipeline sees it: JSON "text" for newspaper4k, else the file."""
    path = corpus / rel
    if path.suffix == ".json":
        return str(json.loads(path.read_text(encoding="utf-8")).get("text") or "")
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def locate(text: str, anchor: str) -> int | None:
    """Offset of the anchor, preferring an occurrence right after an opening mark."""
    variants = {anchor, anchor.replace("\u2019", "'"), anchor.replace("'", "\u2019")}
    fallback: int | None = None
    for variant in variants:
        for match in re.finditer(re.escape(variant), text):
            before = text[: match.start()].rstrip(" ")
            if before and before[-1] in OPENING_MARKS:
                return match.start()
            fallback = match.start() if fallback is None else min(fallback, match.start())
    return fallback


def covering_quote(quotes: list[Quote], pos: int) -> Quote | None:
    """The predicted quote holding `pos`: direct before indirect, then the shortest."""
    hits = [q for q in quotes if q.start - 2 <= pos < q.end]
    if not hits:
        return None
    return min(hits, key=lambda q: (q.kind == "indirect", q.end - q.start))


def score_article(nlp, corpus: Path, ann: dict, tally: Tally) -> None:  # type: ignore[no-untyped-def]
    """Adds one article's counts to the tally."""
    rel = ann["path"]
    text = read_article(corpus, rel)
    doc = nlp(text)
    quotes = extract_quotes(doc)
    actors = extract_actors(doc)
    resolve_speakers(doc, quotes, actors)

    predicted = {a.name for a in actors if a.type == "person" and a.listed}  # as the page shows
    gold = set(ann.get("persons") or [])
    tally.tp += len(predicted & gold)
    tally.fp += len(predicted - gold)
    tally.fn += len(gold - predicted)
    for name in sorted(predicted - gold):
        tally.errors.append(f"{rel}: person FP {name!r}")
    for name in sorted(gold - predicted):
        tally.errors.append(f"{rel}: person FN {name!r}")

    for item in ann.get("quotes") or []:
        tally.gold_quotes += 1
        anchor, want = item["anchor"], item.get("speaker")
        pos = locate(text, anchor)
        if pos is None:
            tally.errors.append(f"{rel}: anchor not found {anchor!r}")
            continue
        quote = covering_quote(quotes, pos)
        if quote is None:
            tally.errors.append(f"{rel}: quote missed {anchor!r}")
            continue
        tally.found += 1
        got = quote.speaker
        tally.right += got == want
        if got is not None:
            tally.attributed += 1
            tally.attributed_right += got == want
        if got != want:
            tally.errors.append(
                f"{rel}: speaker {got!r} != {want!r} (mention {quote.speaker_mention!r}) "
                f"at {anchor!r}"
            )


def ratio(a: int, b: int) -> float:
    """a / b, 0 when b is 0."""
    return a / b if b else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--annotations", type=Path, default=ANNOTATIONS)
    parser.add_argument("--verbose", "-v", action="store_true", help="list every error")
    args = parser.parse_args(argv)

    nlp = load_model()
    tally = Tally()
    files = sorted(args.annotations.glob("*.yml"))
    started = time.perf_counter()
    for path in files:
        ann = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not (args.corpus / ann["path"]).exists():
            print(f"skipped {path.name}: {ann['path']} not in {args.corpus}", file=sys.stderr)
            continue
        score_article(nlp, args.corpus, ann, tally)
    elapsed = time.perf_counter() - started

    precision = ratio(tally.tp, tally.tp + tally.fp)
    recall = ratio(tally.tp, tally.tp + tally.fn)
    f1 = ratio(2 * precision * recall, precision + recall) if precision + recall else 0.0
    print(f"articles: {len(files)} ({elapsed:.1f} s)")
    print(
        f"quote coverage: {tally.found}/{tally.gold_quotes} = "
        f"{ratio(tally.found, tally.gold_quotes):.3f}"
    )
    print(
        f"speaker accuracy (found quotes): {tally.right}/{tally.found} = "
        f"{ratio(tally.right, tally.found):.3f}"
    )
    print(
        f"speaker precision (attributed quotes): {tally.attributed_right}/{tally.attributed} = "
        f"{ratio(tally.attributed_right, tally.attributed):.3f}"
    )
    print(
        f"person names: P {precision:.3f} R {recall:.3f} F1 {f1:.3f} "
        f"(tp {tally.tp}, fp {tally.fp}, fn {tally.fn})"
    )
    if args.verbose:
        for line in tally.errors:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
