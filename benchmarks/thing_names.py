"""Derive the thing names of generator/extract/data/thing_names.json from news text.

The small model tags many acronyms for kinds of things as organisations: "USB sticks",
"CCTV cameras", "the SIM card". An article alone cannot tell "USB sticks" from "the NBC
broadcast" (both a name modifying a common noun), but news writing as a whole can: NBC
also speaks, owns and acts ("NBC said", "NBC's"), USB does not. An acronym (two to six
capitals, not opening a sentence) is a thing name when news writes it at least
`--min-count` times in at least `--min-articles` articles, at least `--thing-share` of
those uses are for a kind of thing (`actors._thing_use`: a modifier of a common noun
that is no role nor a body's business, or a head with an indefinite determiner), and
at most `--acting-share` act (`actors._acting`: a subject, an agent or an owner) or
speak. Every use counts, whatever the model's label, so that the few the model tags
are judged by all the others.

The sources are PolNeAR train (never dev) and the BBC articles outside the editor's
review annotations (never its MEASURE or TUNE parts), as for benchmarks/given_names.py.
No text is copied: only the names that pass, with no count or context.

Usage:
    python benchmarks/thing_names.py [--corpus ../shared/corpus] [--min-count 4]
        [--min-articles 3] [--thing-share 0.6] [--acting-share 0.05] [--write]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.given_names import texts  # noqa: E402
from generator.extract.actors.type_cues import _acting, _thing_use  # noqa: E402
from generator.extract.actors.vocabulary import _speaks  # noqa: E402
from generator.running.nlp import load_model, model_id  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
TARGET = REPO / "generator" / "extract" / "data" / "thing_names.json"
Counts = tuple[Counter[str], Counter[str], Counter[str], Counter[str]]


ACRONYM = re.compile(r"[A-Z]{2,6}")


def count(corpus: Path) -> tuple[Counts, str]:
    """Per acronym: uses, uses for a thing, acting uses, articles; and the model."""
    nlp = load_model()
    total: Counter[str] = Counter()
    things: Counter[str] = Counter()
    acting: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    for doc in nlp.pipe(texts(corpus), batch_size=32, disable=["ner"]):
        seen: set[str] = set()
        for token in doc:
            if not ACRONYM.fullmatch(token.text) or token.is_sent_start:
                continue
            span = doc[token.i : token.i + 1]
            name = token.text
            total[name] += 1
            things[name] += _thing_use(doc, span)
            acting[name] += _acting(doc, span) or _speaks(span)
            if name not in seen:
                seen.add(name)
                articles[name] += 1
    return (total, things, acting, articles), model_id(nlp)


def select(
    counts: Counts, min_count: int, min_articles: int, thing_share: float, acting_share: float
) -> list[str]:
    """The thing names among the counted acronyms, sorted."""
    total, things, acting, articles = counts
    return sorted(
        name
        for name, n in total.items()
        if n >= min_count
        and articles[name] >= min_articles
        and things[name] >= thing_share * n
        and acting[name] <= acting_share * n
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--min-count", type=int, default=4)
    parser.add_argument("--min-articles", type=int, default=3)
    parser.add_argument("--thing-share", type=float, default=0.6)
    parser.add_argument("--acting-share", type=float, default=0.05)
    parser.add_argument("--write", action="store_true", help=f"write {TARGET}")
    args = parser.parse_args(argv)
    counts, model = count(args.corpus)
    names = select(counts, args.min_count, args.min_articles, args.thing_share, args.acting_share)
    if args.write:
        record = {
            "derived_by": "benchmarks/thing_names.py --write",
            "source": "PolNeAR train and BBC outside the editor's review annotations",
            "model": model,
            "options": {
                "min_count": args.min_count,
                "min_articles": args.min_articles,
                "thing_share": args.thing_share,
                "acting_share": args.acting_share,
            },
            "thing_names": names,
        }
        TARGET.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
        print(f"{len(names)} thing names written to {TARGET}")
    else:
        print(" ".join(names))
        print(f"{len(names)} thing names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
