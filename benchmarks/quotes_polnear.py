# ruff: noqa: RUF001, RUF002 - quotation marks and apostrophes are the subject here
"""Score `extract_quotes` on PolNeAR (Political News Attribution Relations).

Matching follows ../shared/corpus/README.md so that figures compare with the published
anchors: each `text/NAME.txt` is handed over as it is (read with newline="" so that
offsets hold), parsed as a build parses an article (`layout.make_doc`: the headline
line, paragraph starts and the parse text's one-for-one character changes, so offsets
still hold; before session 27 this script parsed the raw text with `nlp.pipe`, which no
build does, so a reading fix such as straight apostrophes in names never showed here);
the first `.ann` file per article (sorted) is the gold; a prediction
matches a gold attribution when their character spans overlap by at least half of the
shorter of the two; a gold attribution is direct when its Content holds a quotation
mark; each gold attribution counts once.

Discontinuous brat spans ("315 448;463 553") count as the union of their fragments: the
length of a gold span is the sum of its fragments and the overlap is taken with each.

Usage:
    python benchmarks/quotes_polnear.py --split dev
    python benchmarks/quotes_polnear.py --split train --limit 100 --dump-errors /tmp/err.txt
    python benchmarks/quotes_polnear.py --split train --doc-cache /tmp/polnear-docs
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from spacy.tokens import Doc, DocBin  # noqa: E402

from generator.extract.actors import extract_actors  # noqa: E402
from generator.extract.quotes import extract_quotes, published  # noqa: E402
from generator.extract.speakers import resolve_speakers  # noqa: E402
from generator.model import Quote  # noqa: E402
from generator.reading.content import read_article  # noqa: E402
from generator.reading.layout import make_doc  # noqa: E402
from generator.running.nlp import load_model  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/polnear"
Spans = list[tuple[int, int]]


@dataclass
class Gold:
    """One gold attribution: its Content (maybe discontinuous), Source and Cue spans."""

    content: Spans
    source: Spans = field(default_factory=list)
    cue: Spans = field(default_factory=list)
    direct: bool = False


def is_quotation_mark_in(text: str) -> bool:
    """Whether gold Content holds a quotation mark (the README's test for direct).

    Double marks always count. A single mark counts only where it opens a quotation
    (‘ or ' before a word and not after one), so that apostrophes (Clinton’s, don't)
    do not turn reported speech into direct quotation.
    """
    if re.search('["“”«»]', text):
        return True
    return bool(re.search(r"(?:^|[^\w])[‘'](?=[A-Za-z])", text))


def parse_spans(field_text: str) -> Spans:
    """brat offsets "a b;c d" as [(a, b), (c, d)]."""
    spans = []
    for part in field_text.split(";"):
        start, end = part.split()
        spans.append((int(start), int(end)))
    return spans


def read_gold(ann_path: Path, text: str) -> list[Gold]:
    """The attributions of one .ann file, one Gold per E line that has a Content."""
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[dict[str, str]] = []
    for line in ann_path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            ident, info, _ = [*line.split("\t"), "", ""][:3]
            if " " not in info:
                continue  # a few train files hold truncated T lines: skip them
            label, offsets = info.split(" ", 1)
            spans[ident] = (label, parse_spans(offsets))
        elif line.startswith("E"):
            args = line.split("\t")[1].split()
            events.append(dict(arg.split(":", 1) for arg in args if ":" in arg))
    golds = []
    for event in events:
        content_id = event.get("Content")
        if not content_id or content_id not in spans:
            continue
        content = spans[content_id][1]
        gold = Gold(content=content)
        if event.get("Source") in spans:
            gold.source = spans[event["Source"]][1]
        if event.get("Cue") in spans:
            gold.cue = spans[event["Cue"]][1]
        gold.direct = is_quotation_mark_in("".join(text[s:e] for s, e in content))
        golds.append(gold)
    return golds


def overlap(a: Spans, b: Spans) -> int:
    """Characters shared by two (possibly discontinuous) spans."""
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def length(spans: Spans) -> int:
    return sum(e - s for s, e in spans)


def matches(pred: Spans, gold: Spans) -> bool:
    """Overlap of at least half of the shorter of the two spans."""
    shorter = min(length(pred), length(gold))
    return shorter > 0 and overlap(pred, gold) * 2 >= shorter


@dataclass
class Tally:
    """Counts for one kind (direct or indirect)."""

    pred: int = 0
    pred_matched: int = 0
    gold: int = 0
    gold_matched: int = 0
    pred_matched_any_kind: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.pred_matched / self.pred if self.pred else 0.0
        r = self.gold_matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class SourceTally:
    matched: int = 0
    with_gold_source: int = 0
    overlap: int = 0
    exact: int = 0


@dataclass
class RuleTally:
    """Predictions and correct predictions of one attribution rule (`Quote.rule`)."""

    pred: int = 0
    correct: int = 0


def score_article(
    quotes: list[Quote],
    golds: list[Gold],
    tallies: dict[str, Tally],
    src: SourceTally,
    rules: dict[str, RuleTally] | None = None,
) -> list[str]:
    """Update the tallies with one article; return lines describing its errors.

    `rules` collects precision per attribution rule, so that a rule doing more harm than
    good shows up (a prediction is correct as in the kind's own precision).
    """
    errors: list[str] = []
    for kind, tally in tallies.items():
        want_direct = kind == "direct"
        preds = [q for q in quotes if (q.kind != "indirect") == want_direct]
        gold_k = [g for g in golds if g.direct == want_direct]
        tally.pred += len(preds)
        tally.gold += len(gold_k)
        for q in preds:
            span = [(q.start, q.end)]
            hits = [g for g in gold_k if matches(span, g.content)]
            if rules is not None:
                rule = rules.setdefault(q.rule or f"{kind}.unknown", RuleTally())
                rule.pred += 1
                rule.correct += bool(hits)
            if hits:
                tally.pred_matched += 1
                if not _score_source(q, hits, src):
                    errors.append(f"SRC-{kind} {_describe(q)} gold={hits[0].source}")
            else:
                if any(matches(span, g.content) for g in golds):
                    tally.pred_matched_any_kind += 1
                    errors.append(f"FP-{kind} (matches other kind) {_describe(q)}")
                else:
                    errors.append(f"FP-{kind} {_describe(q)}")
        for g in gold_k:
            if any(matches([(q.start, q.end)], g.content) for q in preds):
                tally.gold_matched += 1
            else:
                errors.append(f"FN-{kind} {g.content} src={g.source}")
    return errors


def _score_source(q: Quote, hits: list[Gold], src: SourceTally) -> bool:
    """Source accuracy for one matched prediction; False when its speaker span is wrong."""
    src.matched += 1
    with_source = [g for g in hits if g.source]
    if not with_source:
        return True
    src.with_gold_source += 1
    if q.speaker_start is None or q.speaker_end is None:
        return False
    pred = [(q.speaker_start, q.speaker_end)]
    if any(g.source == pred for g in with_source):
        src.exact += 1
    if any(overlap(pred, g.source) > 0 for g in with_source):
        src.overlap += 1
        return True
    return False


def _describe(q: Quote) -> str:
    text = q.text if len(q.text) < 120 else q.text[:117] + "..."
    return (
        f"{q.kind} {q.start}-{q.end} rule={q.rule} cue={q.cue!r} spk={q.speaker_mention!r} {text!r}"
    )


def articles(corpus: Path, split: str) -> list[tuple[str, Path, Path]]:
    """(name, text path, first .ann path) for every article of the split."""
    root = corpus / split
    result = []
    for text_path in sorted((root / "text").glob("*.txt")):
        anns = sorted((root / "attributions").glob(text_path.stem + "_*.ann"))
        if anns:
            result.append((text_path.stem, text_path, anns[0]))
    return result


def headline_lines(paths: list[Path]) -> list[bool]:
    """Whether each article's first line is its headline, as a build's reader decides
    (`read_article`: a `.txt` headline line is its own unit, never a sentence)."""
    flags = []
    for path in paths:
        article, problems = read_article(path)
        if article is None:
            raise ValueError(f"{path}: {problems}")
        flags.append(bool(article.headline_line))
    return flags


def parsed(
    nlp, texts: list[str], headlines: list[bool], cache: Path | None, key: str
) -> Iterable[Doc]:  # type: ignore[no-untyped-def]
    """Docs for `texts`, parsed as a build parses them (`make_doc`) now, or read back
    from a DocBin under `cache`.

    The cache is keyed by split, limit, model name and version, and a hash of the parse
    texts and headline flags, so that it can never hand back Docs of other texts or of
    another reading of them.
    """
    made = [make_doc(nlp, text, headline) for text, headline in zip(texts, headlines, strict=True)]
    if cache is None:
        return nlp.pipe(made)
    keyed = "\0".join(f"{int(h)}{doc.text}" for h, doc in zip(headlines, made, strict=True))
    digest = hashlib.sha256(keyed.encode()).hexdigest()[:12]
    path = cache / f"polnear-{key}-{nlp.meta['name']}-{nlp.meta['version']}-{digest}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(made))
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=True).to_disk(path)  # the headline flag
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--limit", type=int, default=0, help="score the first N articles")
    parser.add_argument("--dump-errors", type=Path, help="write FP/FN lines to this file")
    parser.add_argument(
        "--published",
        action="store_true",
        help="score only what briefings publish (speakers resolved, then quotes.published)",
    )
    parser.add_argument(
        "--doc-cache",
        type=Path,
        help="directory for parsed Docs (DocBin per split): re-runs skip parsing",
    )
    args = parser.parse_args(argv)

    items = articles(args.corpus, args.split)
    if args.limit:
        items = items[: args.limit]
    texts = [path.open(encoding="utf-8", newline="").read() for _, path, _ in items]
    nlp = load_model()
    headlines = headline_lines([path for _, path, _ in items])
    docs = parsed(nlp, texts, headlines, args.doc_cache, f"{args.split}-{args.limit}")
    tallies = {"direct": Tally(), "indirect": Tally()}
    src = SourceTally()
    rules: dict[str, RuleTally] = {}
    dump: list[str] = []
    started = time.perf_counter()
    for (name, _, ann), text, doc in zip(items, texts, docs, strict=True):
        quotes = extract_quotes(doc)
        if args.published:
            # as generator.extract.extract_document does: speakers resolved first, since
            # some filters ask for a resolved speaker (an infinitive report, a borrowed
            # phrase); without it every such quote would count as left off the page
            resolve_speakers(doc, quotes, extract_actors(doc))
            quotes = [quote for quote in quotes if published(quote)]
        errors = score_article(quotes, read_gold(ann, text), tallies, src, rules)
        if errors:
            dump.append(f"== {name}")
            for line in errors:
                dump.append(line)
                pattern = r"\[\((\d+), (\d+)\)"
                match = re.search(pattern + (r"\]$" if line.startswith("SRC") else ""), line)
                if line.startswith(("FN", "SRC")) and match:
                    s, e = int(match.group(1)), int(match.group(2))
                    dump.append(f"      {text[s:e][:160]!r}")
    elapsed = time.perf_counter() - started

    print(f"PolNeAR {args.split}: {len(items)} articles, {elapsed:.1f} s")
    for kind, tally in tallies.items():
        p, r, f = tally.prf()
        print(
            f"{kind:9s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   "
            f"(pred {tally.pred}, correct {tally.pred_matched}, "
            f"gold {tally.gold}, found {tally.gold_matched}; "
            f"{tally.pred_matched_any_kind} wrong-kind predictions match the other kind)"
        )
    denom = src.with_gold_source or 1
    print(
        f"source    overlap {src.overlap / denom:.3f}  exact {src.exact / denom:.3f}   "
        f"(of {src.with_gold_source} matched predictions with a gold source: "
        f"{src.overlap} overlap, {src.exact} exact)"
    )
    print("precision per rule:")
    for name, rule in sorted(
        rules.items(), key=lambda item: (item[0].split(".")[0], -item[1].pred)
    ):
        share = rule.correct / rule.pred if rule.pred else 0.0
        print(f"  {name:28s} P {share:.3f}  ({rule.correct}/{rule.pred})")
    if args.dump_errors:
        args.dump_errors.write_text("\n".join(dump) + "\n", encoding="utf-8")
    kinds = Counter(line.split()[0] for line in dump if line.startswith("F"))
    if args.dump_errors:
        print(f"errors written to {args.dump_errors}: {dict(kinds)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
