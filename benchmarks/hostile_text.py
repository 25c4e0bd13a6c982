"""Extraction time on hostile text shapes, by size: is any of them superlinear?

A newsroom's CI must not stall on one broken article (issue 14, the guide's "attack
it"). Each shape is generated here (no corpus text), at each size, and timed in one
process with the model loaded once: the parse (the layout's Doc, then the pipeline) and
the extraction (`extract_document`), separately. A time that grows faster than the size
is superlinear; the per-article time budget (`extraction_budget`) bounds what is left.

Shapes:
- run-on: "John Smith said Mary Jones" repeated, no full stop (one sentence);
- csv-line: a CSV pasted on one line (numbers and a company name, commas);
- table: a Markdown table, one short row per line;
- quotes: thousands of short quotations ('"Yes," said Tom.');
- unbalanced: opening quotation marks that never close, no full stop;
- token: one token of N characters;
- parens: deeply nested parentheses around two words.

Also prints the longest sentence (in tokens) of the first --prose articles of the BBC
corpus, the yardstick of generator/extract/run_on.py's bound.

Usage:
    PYTHONPATH=$PWD python benchmarks/hostile_text.py [--sizes 5,20,50] [--shapes run-on,...]
        [--prose 400]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from common import CORPUS, REPO

sys.path.insert(0, str(REPO))


def _csv(chars: int) -> str:
    rows = random.Random(1)
    return ",".join(
        f"{rows.randint(0, 99999)},Acme Corp,{rows.random():.3f}" for _ in range(chars // 24)
    )


SHAPES: dict[str, Callable[[int], str]] = {
    "run-on": lambda chars: " ".join(["John Smith said Mary Jones"] * (chars // 27)),
    "csv-line": _csv,
    "table": lambda chars: "\n".join(
        "| Smith | 12.5 | London | said |" for _ in range(chars // 30)
    ),
    "quotes": lambda chars: " ".join('"Yes," said Tom.' for _ in range(chars // 17)),
    "unbalanced": lambda chars: " ".join('"Yes, said Tom' for _ in range(chars // 15)),
    "token": lambda chars: "x" * chars,
    "parens": lambda chars: "(" * (chars // 2) + "Smith said" + ")" * (chars // 2),
}


def longest_sentence(nlp: object, limit: int) -> tuple[int, str]:
    """The longest sentence (tokens) of the first `limit` BBC articles, and its file."""
    from generator.reading.content import read_text
    from generator.reading.layout import make_doc

    files = sorted((CORPUS / "bbc").rglob("*.txt"))[:limit]
    best = (0, "")
    texts = (make_doc(nlp, read_text(path)[0]) for path in files)
    for path, doc in zip(files, nlp.pipe(texts, batch_size=32), strict=True):  # type: ignore[attr-defined]
        longest = max((len(sent) for sent in doc.sents), default=0)
        best = max(best, (longest, str(Path(path).relative_to(CORPUS))))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,20,50", help="sizes in thousands of characters")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--prose", type=int, default=0, help="BBC articles to measure sentences of")
    args = parser.parse_args()

    from generator.extract import extract_document
    from generator.reading.layout import make_doc
    from generator.running.nlp import load_model

    nlp = load_model()
    extract_document(nlp(make_doc(nlp, "Warm up.\n\nShe said so.")))  # word lists, matchers
    if args.prose:
        tokens, where = longest_sentence(nlp, args.prose)
        print(f"longest sentence of the first {args.prose} BBC articles: {tokens} tokens ({where})")
    print(
        f"{'shape':<11} {'chars':>7} {'tokens':>7} {'longest':>7} {'parse s':>8} {'extract s':>9}"
    )
    for shape in args.shapes.split(","):
        for size in (int(value) for value in args.sizes.split(",")):
            text = "Headline\n\n" + SHAPES[shape](size * 1000)
            started = time.perf_counter()
            doc = nlp(make_doc(nlp, text))
            parsed = time.perf_counter() - started
            started = time.perf_counter()
            _, problems = extract_document(doc)
            extracted = time.perf_counter() - started
            longest = max(len(sent) for sent in doc.sents)
            print(
                f"{shape:<11} {len(text):>7} {len(doc):>7} {longest:>7} {parsed:>8.1f} "
                f"{extracted:>9.1f}{'  ' + '; '.join(problems) if problems else ''}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
