"""Derive the ground names of generator/extract/data/ground_names.json from news text.

Sports writing names a match's ground after "at" ("a 0-0 tie at Old Trafford", "the
encounter against Italy at Murrayfield": `actor_cues.ground`), and the small model
tags many grounds as organisations. But the home side's name stands for its ground in
the same words ("the FA Cup tie at Everton", "the Uefa Cup match at Sporting Lisbon"),
and one article cannot tell the two apart. News writing as a whole can: a ground is
named after "at" most of the time and never acts, where a club is named after "at" now
and then and acts ("Everton beat", "Everton's", "Everton manager", "lost 2-1 to
Everton"). A name is a ground name when news writes it as a match's ground at least
once (`actor_cues.ground`) and right after "at" (or "at the") at least `--min-at` times
in at least `--min-articles` articles, those uses are at least `--at-share` of all its
uses, and at most `--acting-share` of them act (`actors._acting`: a subject, an agent
or an owner), speak, employ ("X manager") or are a side of a match
(`actor_cues.match_sides`), and its last word is no event's ("at the World Indoor
Tournament"). The rule reads the list only where the words of a match say the name is
its ground (`actor_cues.ground`).

The sources are PolNeAR train (never dev) and the BBC articles outside the editor's
review annotations (never its MEASURE or TUNE parts), as for benchmarks/thing_names.py.
No text is copied: only the names that pass, with no count or context.

Usage:
    python benchmarks/ground_names.py [--corpus ../shared/corpus] [--min-at 2]
        [--min-articles 2] [--at-share 0.5] [--acting-share 0.1] [--write]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from spacy.tokens import Doc, Span  # noqa: E402

from benchmarks.given_names import texts  # noqa: E402
from generator.extract import actor_cues  # noqa: E402
from generator.extract.actors.lexicon import EVENT_HEAD_WORDS  # noqa: E402
from generator.extract.actors.type_cues import _acting  # noqa: E402
from generator.extract.actors.type_votes import _employer_of_role  # noqa: E402
from generator.extract.actors.vocabulary import _speaks  # noqa: E402
from generator.running.nlp import load_model, model_id  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
TARGET = REPO / "generator" / "extract" / "data" / "ground_names.json"
Counts = tuple[Counter[str], Counter[str], Counter[str], Counter[str], Counter[str]]


def names(doc: Doc) -> list[Span]:
    """The runs of capitalised proper nouns of `doc`: "Old Trafford", "Everton"."""
    runs: list[Span] = []
    start = None
    for token in [*doc, None]:
        inside = token is not None and token.pos_ == "PROPN" and token.text[:1].isupper()
        if inside and start is None:
            start = token.i
        elif not inside and start is not None:
            runs.append(doc[start : token.i if token is not None else len(doc)])
            start = None
    return runs


def _after_at(doc: Doc, span: Span) -> bool:
    """The name is the object of "at", right after it or after "at the"."""
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ == "at" and span.root.head.i == i


def count(corpus: Path) -> tuple[Counts, str]:
    """Per name: uses, uses right after "at", acting uses, articles with a use after
    "at", uses as a match's ground (`actor_cues.ground`); and the model."""
    nlp = load_model()
    total: Counter[str] = Counter()
    grounds: Counter[str] = Counter()
    acting: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    matches: Counter[str] = Counter()
    for doc in nlp.pipe(texts(corpus), batch_size=32, disable=["ner"]):
        sides = actor_cues.match_sides(doc.text)
        seen: set[str] = set()
        for span in names(doc):
            name = span.text
            total[name] += 1
            acting[name] += (
                _acting(doc, span) or _speaks(span) or _employer_of_role(doc, span) or name in sides
            )
            matches[name] += actor_cues.ground(doc, span)
            if _after_at(doc, span):
                grounds[name] += 1
                if name not in seen:
                    seen.add(name)
                    articles[name] += 1
    return (total, grounds, acting, articles, matches), model_id(nlp)


def select(
    counts: Counts, min_at: int, min_articles: int, at_share: float, acting_share: float
) -> list[str]:
    """The ground names among the counted names, sorted."""
    total, grounds, acting, articles, matches = counts
    return sorted(
        name
        for name, n in grounds.items()
        if matches[name] >= 1
        and name.split()[-1].casefold() not in EVENT_HEAD_WORDS  # "at the X Tournament"
        and n >= min_at
        and articles[name] >= min_articles
        and n >= at_share * total[name]
        and acting[name] <= acting_share * total[name]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--min-at", type=int, default=2)
    parser.add_argument("--min-articles", type=int, default=2)
    parser.add_argument("--at-share", type=float, default=0.5)
    parser.add_argument("--acting-share", type=float, default=0.1)
    parser.add_argument("--write", action="store_true", help=f"write {TARGET}")
    args = parser.parse_args(argv)
    counts, model = count(args.corpus)
    found = select(counts, args.min_at, args.min_articles, args.at_share, args.acting_share)
    total, grounds, acting, _, matches = counts
    for name in sorted(grounds, key=lambda n: -grounds[n]):
        print(
            f"{name}\t{grounds[name]}\t{matches[name]}\t{acting[name]}/{total[name]}",
            name in found,
            file=sys.stderr,
        )
    if args.write:
        record = {
            "derived_by": "benchmarks/ground_names.py --write",
            "source": "PolNeAR train and BBC outside the editor's review annotations",
            "model": model,
            "options": {
                "min_at": args.min_at,
                "min_articles": args.min_articles,
                "at_share": args.at_share,
                "acting_share": args.acting_share,
            },
            "ground_names": found,
        }
        TARGET.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
        print(f"{len(found)} ground names written to {TARGET}")
    else:
        print(" ".join(found))
        print(f"{len(found)} ground names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
