"""CPU time of our extraction alone, over articles parsed once, optionally against other code.

`extract_speed.py` times whole `briefings extract` runs, where the parser's share is
fixed and the machine's load moves wall time by more than a change to the extractors
does. This script times only what the extractors add: the articles are parsed once and
kept as a DocBin (`--doc-cache`, reused on later runs), and each round is a fresh
process that reads the Docs back, extracts one short story untimed (as a worker does
before its first article, so word lists and matchers are built), then runs
`extract_document` over every Doc and reports the process CPU time it took
(`time.process_time`, which the machine's other work moves far less than wall time).

A fresh process per round means nothing memoised on one round (an `lru_cache`, a
built lexicon) makes the next look cheaper than a real run, where each worker meets
each article once.

With `--baseline TREE` (other code, e.g. `git archive main | tar -x -C TREE`) each
round runs the baseline's extraction too, right before or after ours (the order
alternates), on the same Docs: the ratio baseline/ours of each round is a before/after
comparison under the same load, reported with its median; and the two outputs are
compared by a digest of every extraction's JSON, so a speed-up that changes a result
shows as DIFFERS.

The articles are the first `--limit` `.txt` files of `--corpus` in sorted order, read
as `briefings` reads them (the same selection as `extract_speed.py`). The Docs are
made as the runner makes them (`make_doc`, then `nlp.pipe`); a DocBin keeps every
annotation the extractors read (NORM included).

Usage:
    python benchmarks/extract_cpu.py [--corpus DIR] [--limit 400] [--rounds 5]
        [--doc-cache DIR] [--baseline TREE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import CORPUS, REPO, VENV_BIN

# What a DocBin keeps of each token: spaCy's default set plus NORM, which the
# tokenizer's exceptions set ("n't" -> "not") and the default set leaves out.
DOC_ATTRS = [
    "ORTH", "NORM", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID",
    "LEMMA", "MORPH", "POS", "SENT_START",
]  # fmt: skip


def article_bodies(corpus: Path, limit: int) -> list[str]:
    """The bodies of the first `limit` `.txt` articles of `corpus`, as `briefings` reads them."""
    import shutil

    from generator.reading.content import load_content

    files = sorted(corpus.rglob("*.txt"))[:limit]
    with tempfile.TemporaryDirectory(prefix="extract-cpu-") as temporary:
        content = Path(temporary)
        for path in files:
            target = content / path.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        articles, _ = load_content(content)
    return [article.body for article in articles]


def parsed_docs_file(corpus: Path, limit: int, cache: Path, model: str | None) -> Path:
    """The DocBin of the articles' Docs under `cache`, parsed now unless it is there."""
    from spacy.tokens import DocBin

    from generator.reading.layout import make_doc
    from generator.running.nlp import load_model, model_identity

    name = f"{corpus.name}-{limit}-{model_identity(model)}.spacy"
    path = cache / name
    if path.is_file():
        return path
    nlp = load_model(model)
    bodies = article_bodies(corpus, limit)
    if not bodies:
        raise SystemExit(f"no .txt articles under {corpus} (see --corpus)")
    print(f"parsing {len(bodies)} articles of {corpus} once ...", file=sys.stderr, flush=True)
    docs = nlp.pipe((make_doc(nlp, body) for body in bodies), batch_size=32)
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(attrs=DOC_ATTRS, docs=docs, store_user_data=False).to_disk(path)
    return path


def run_round(docs_file: Path, model: str | None) -> dict[str, float | str | int]:
    """One round in this process: extract every Doc of `docs_file`, timed.

    Returns CPU and wall seconds of the extraction alone, the number of Docs and a
    digest of all extractions and problems (to compare two trees' outputs).
    """
    from spacy.tokens import DocBin

    from generator.extract import extract_document
    from generator.reading.layout import make_doc
    from generator.running.chunks import WARM_UP_TEXT
    from generator.running.nlp import load_model

    nlp = load_model(model)
    docs = list(DocBin().from_disk(docs_file).get_docs(nlp.vocab))
    extract_document(nlp(make_doc(nlp, WARM_UP_TEXT)))  # untimed, as a worker warms up
    started_cpu, started = time.process_time(), time.perf_counter()
    results = [extract_document(doc) for doc in docs]
    cpu, wall = time.process_time() - started_cpu, time.perf_counter() - started
    digest = hashlib.sha256()
    for extraction, problems in results:
        record = {"extraction": extraction.to_cache(), "problems": problems}
        digest.update(json.dumps(record, sort_keys=True, default=str).encode("utf-8"))
    return {"cpu": cpu, "wall": wall, "docs": len(docs), "digest": digest.hexdigest()}


def round_in_process(tree: Path, docs_file: Path, model: str | None) -> dict[str, object]:
    """`run_round` in a fresh interpreter that imports `generator` from `tree`."""
    command = [str(VENV_BIN / "python"), str(Path(__file__).resolve()), "--worker"]
    command += ["--docs", str(docs_file)] + (["--model", model] if model else [])
    environment = {**os.environ, "PYTHONPATH": str(tree.resolve())}
    done = subprocess.run(
        command, cwd=tree, env=environment, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"round with {tree} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS / "bbc")
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--model", help="model name (default: the one briefings would load)")
    parser.add_argument(
        "--doc-cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / "extract-cpu-docs",
        help="folder for the parsed Docs (a DocBin per corpus, limit and model)",
    )
    parser.add_argument("--baseline", type=Path, help="a source tree to compare ours with")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--docs", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        print(json.dumps(run_round(args.docs, args.model)))
        return 0
    sys.path.insert(0, str(REPO))
    docs_file = parsed_docs_file(args.corpus, args.limit, args.doc_cache, args.model)
    trees = {"ours": REPO} | ({"baseline": args.baseline} if args.baseline else {})
    times: dict[str, list[float]] = {side: [] for side in trees}
    ratios: list[float] = []
    for number in range(args.rounds):
        order = list(trees) if number % 2 == 0 else list(reversed(trees))
        runs = {side: round_in_process(trees[side], docs_file, args.model) for side in order}
        for side, run in runs.items():
            times[side].append(float(run["cpu"]))  # type: ignore[arg-type]
        line = " | ".join(
            f"{side} {runs[side]['cpu']:.2f} s CPU, {runs[side]['wall']:.2f} s wall"
            for side in order
        )
        if args.baseline:
            ratios.append(times["baseline"][-1] / times["ours"][-1])
            same = runs["baseline"]["digest"] == runs["ours"]["digest"]
            line += f" | baseline/ours CPU {ratios[-1]:.3f}, output "
            line += "identical" if same else "DIFFERS"
        print(f"round {number + 1} ({runs['ours']['docs']} docs): {line}", flush=True)
    for side, values in times.items():
        rounded = [round(value, 2) for value in values]
        print(f"{side}: median {statistics.median(values):.2f} s CPU {rounded}")
    if ratios:
        print(
            f"median ratio baseline/ours CPU {statistics.median(ratios):.3f} "
            f"{[round(value, 3) for value in ratios]} (> 1: ours cheaper)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
