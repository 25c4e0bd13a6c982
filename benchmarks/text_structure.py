"""Text structure on real articles: headline lines and hard wraps, as the page shows them.

Counts, over a sample of a corpus folder, what issue 11 saw on the pages:
- BBC-style `.txt` (headline line, blank line, body): quotes that run from the headline
  line into the body, quotes inside the headline, figure contexts ("sentence") that
  hold the headline, actors whose name is glued from headline and body words;
- hard-wrapped wire copy (Reuters JSON lines): quotes that end at a mere line break
  (the next line continues the paragraph: neither blank nor indented), and quotes or
  figure contexts whose text keeps a newline. A quote ending at a line break is checked
  against the same article with its wraps written as spaces: when the quote ends in the
  same place there too, its end was not cut by the break (the quote rules chose it; it
  is listed apart, "...not caused by the break").

The headline and the line breaks are found here from the text itself (first line then a
blank line; a newline followed by a non-blank, non-indented line), not with the
pipeline's own layout module, so the script measures any tree, before or after.
Extraction runs through generator.running.runner.parse_bodies, the path of `briefings extract`.

Usage:
    PYTHONPATH=$PWD python benchmarks/text_structure.py --corpus ../shared/corpus/bbc --limit 200
    PYTHONPATH=$PWD python benchmarks/text_structure.py \
        --corpus ../shared/corpus/reuters/reuters21578.jsonl.gz --limit 200
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from generator.model import Extraction
from generator.reading.content import read_text
from generator.running.runner import parse_bodies

HEADLINE = re.compile(r"\A[ \t]*(\S[^\n]{0,199})\n[ \t]*\n")
# A newline whose next line is neither blank nor indented: inside a paragraph.
WRAP_END = re.compile(r"[ \t]*\n(?=[^\s])")


@dataclass
class Counts:
    articles: int = 0
    quotes: int = 0
    figures: int = 0
    examples: dict[str, list[str]] = field(default_factory=dict)
    found: Counter[str] = field(default_factory=Counter)
    articles_with: Counter[str] = field(default_factory=Counter)

    def add(self, name: str, where: str, what: str, seen: set[str]) -> None:
        self.found[name] += 1
        if name not in seen:
            self.articles_with[name] += 1
            seen.add(name)
        shown = self.examples.setdefault(name, [])
        if len(shown) < 3:
            shown.append(f"{where}: {what[:100]!r}")


def sample_bbc(folder: Path, limit: int) -> list[tuple[str, str]]:
    """`limit` articles spread evenly over the sorted file list (every category)."""
    paths = sorted(folder.rglob("*.txt"))
    step = max(1, len(paths) // max(1, limit))
    chosen = paths[::step][:limit]
    return [(path.relative_to(folder).as_posix(), read_text(path)[0]) for path in chosen]


def sample_jsonl(path: Path, limit: int) -> list[tuple[str, str]]:
    """The first `limit` records with a body."""
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        records = (json.loads(line) for line in stream)
        bodies = ((str(r.get("id")), r["body"]) for r in records if r.get("body", "").strip())
        return list(itertools.islice(bodies, limit))


def unwrapped(body: str) -> str:
    """The body with every wrap (a newline before a continuing line) made a space."""
    return WRAP_END.sub(lambda match: " " * len(match.group()), body)


def check(
    name: str, body: str, extraction: Extraction, counts: Counts, flat: Extraction | None
) -> None:
    counts.articles += 1
    counts.quotes += len(extraction.quotes)
    counts.figures += len(extraction.figures)
    seen: set[str] = set()
    headline = HEADLINE.match(body)
    if headline:
        end = headline.end(1)
        for quote in extraction.quotes:
            if quote.start < end < quote.end:
                counts.add("quote from headline into body", name, quote.text, seen)
            elif quote.end <= end:
                counts.add("quote inside headline", name, quote.text, seen)
        for figure in extraction.figures:
            if headline.group(1).strip() in figure.sentence:
                counts.add("figure context holding the headline", name, figure.sentence, seen)
        words = set(headline.group(1).split())
        for actor in extraction.actors:
            parts = actor.name.split()
            if len(parts) > 1 and parts[0] in words and actor.name not in body[headline.end() :]:
                counts.add("actor not in the body", name, actor.name, seen)
    for quote in extraction.quotes:
        if WRAP_END.match(body, quote.end) and not re.search(r"[.!?]\W*$", body[: quote.end]):
            same = flat is not None and any(
                (other.start, other.end) == (quote.start, quote.end) for other in flat.quotes
            )
            label = "quote ending at a line break" + (", not caused by the break" if same else "")
            counts.add(label, name, body[quote.start : quote.end], seen)
        if "\n" in quote.text:
            counts.add("quote text with a newline", name, quote.text, seen)
    for figure in extraction.figures:
        if "\n" in figure.sentence or "\n" in (figure.counts or ""):
            counts.add("figure context with a newline", name, figure.sentence, seen)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="a .txt folder or a .jsonl.gz")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--jobs", "-j", type=int, default=1)
    args = parser.parse_args()
    if args.corpus.is_dir():
        articles = sample_bbc(args.corpus, args.limit)
    else:
        articles = sample_jsonl(args.corpus, args.limit)
    counts = Counts()
    bodies = [body for _, body in articles]
    results = list(parse_bodies(bodies, jobs=args.jobs))
    wrapped = [index for index, body in enumerate(bodies) if WRAP_END.search(body)]
    flat: dict[int, Extraction] = {}
    if not args.corpus.is_dir():  # wire copy: parse the unwrapped text too, to compare
        flat_results = parse_bodies([unwrapped(bodies[i]) for i in wrapped], jobs=args.jobs)
        flat = {i: result[0] for i, result in zip(wrapped, flat_results, strict=True)}
    for index, ((name, body), (extraction, _problems)) in enumerate(
        zip(articles, results, strict=True)
    ):
        check(name, body, extraction, counts, flat.get(index))
    print(
        f"{counts.articles} articles from {args.corpus}: "
        f"{counts.quotes} quotes, {counts.figures} figures"
    )
    names = (
        "quote from headline into body",
        "quote inside headline",
        "figure context holding the headline",
        "actor not in the body",
        "quote ending at a line break",
        "quote ending at a line break, not caused by the break",
        "quote text with a newline",
        "figure context with a newline",
    )
    for name in names:
        print(f"  {name}: {counts.found[name]} (in {counts.articles_with[name]} articles)")
        for example in counts.examples.get(name, []):
            print(f"      e.g. {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
