"""Build benchmarks on the 2,127 BBC articles; every ratio is measured within one run.

1. Extraction throughput: `extract_articles` (workers, no cache) against a bare
   `nlp.pipe(texts, n_process=N)` with the same model over the same texts, both
   timed from loading the model to the last result, in this one process.
2. Cold build: `briefings build -j N` with an empty cache (wall time, peak memory).
3. Warm rebuild, nothing changed: `briefings build` against a bare `mkdocs build` of
   the same generated pages (the project's mkdocs.yml without the briefings plugin),
   alternated ROUNDS times; medians compared.
4. One new article: `briefings build` after adding one article, against a bare
   `mkdocs build` plus the parse of that one article (model load included: parsing one
   article cannot be had without it), alternated ROUNDS times.

The content is copied to a temporary folder (never into the repository); stage times
of the warm build come from `benchmarks/common.py stages`.

The `briefings` and `mkdocs` commands import the installed (editable) project. To
measure a fixed checkout while the repository moves on (a commit to the extractors
invalidates the cache halfway through a run), run from a git worktree with
`PYTHONPATH=WORKTREE` and a working directory outside the repository.

Usage:
    python benchmarks/build_bbc.py [-j 2] [--rounds 3] [--limit N] [--skip-throughput]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import (
    CORPUS,
    REPO,
    briefings_command,
    folder_size_mb,
    make_site,
    mkdocs_command,
    parse_stage_lines,
    stages_command,
    timed,
)

sys.path.insert(0, str(REPO))

NEW_ARTICLE = """---
title: "Harbour town {number} votes for a tidal barrier"
date: 2026-03-{day:02d}
source: Benchmark Desk
tags: [benchmark]
---

The council of Aldmouth voted on Tuesday to build a tidal barrier costing {cost} million
pounds, after storms flooded {homes} homes in the harbour district last winter.

"We cannot ask families to bail out their kitchens every January," said council leader
Maria Lopez, who proposed the scheme. She said work would start in the spring and take
{years} years.

Opposition councillor Tom Wright said the plan was rushed. "Nobody has seen the
environmental survey," he told reporters, adding that the harbour's fishing fleet of
{boats} boats had not been consulted.

The Environment Agency said it would contribute {share}% of the cost.
"""


def copy_content(source: Path, target: Path, limit: int | None) -> int:
    """The BBC folders copied (all, or the first `limit` files in sorted order)."""
    files = sorted(path for path in source.rglob("*.txt"))
    if limit is not None:
        files = files[:limit]
    for path in files:
        destination = target / path.relative_to(source)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)
    return len(files)


def throughput(content: Path, jobs: int) -> None:
    """Bare nlp.pipe against extract_articles, same model, processes and texts."""
    import spacy

    from generator.reading.content import load_content
    from generator.running.nlp import MODEL_CANDIDATES
    from generator.running.runner import extract_articles

    articles, _ = load_content(content)
    texts = [article.body for article in articles]
    model = next(name for name in MODEL_CANDIDATES if spacy.util.is_package(name))
    started, cpu_start = time.perf_counter(), _cpu()
    nlp = spacy.load(model)
    count = sum(1 for _ in nlp.pipe(texts, n_process=jobs))
    bare, bare_cpu = time.perf_counter() - started, _cpu() - cpu_start
    del nlp
    import generator.extract

    real = generator.extract.extract_document
    generator.extract.extract_document = _no_extraction  # workers fork with this in place
    try:
        started, cpu_start = time.perf_counter(), _cpu()
        runner_only = sum(1 for _ in extract_articles(articles, None, jobs, model))
        infrastructure, infrastructure_cpu = time.perf_counter() - started, _cpu() - cpu_start
    finally:
        generator.extract.extract_document = real
    started, cpu_start = time.perf_counter(), _cpu()
    ours_count = sum(1 for _ in extract_articles(articles, None, jobs, model))
    ours, ours_cpu = time.perf_counter() - started, _cpu() - cpu_start
    assert count == runner_only == ours_count == len(texts)
    chars = sum(len(text) for text in texts)
    print(
        f"\n== extraction throughput ({len(texts)} articles, {chars / 1e6:.1f} M chars, -j {jobs})"
    )
    print("   wall time follows the machine's load; CPU time (this process and its workers)")
    print("   is the work done, and what the ratios below use when the machine is shared")
    for label, seconds, cpu in (
        (f"bare nlp.pipe(n_process={jobs})", bare, bare_cpu),
        (
            "extract_articles, extractors switched off (runner alone)",
            infrastructure,
            infrastructure_cpu,
        ),
        ("extract_articles (parse + extract)", ours, ours_cpu),
    ):
        print(
            f"   {label}: {seconds:.1f} s wall ({len(texts) / seconds:.1f} articles/s), "
            f"{cpu:.1f} s CPU ({len(texts) / cpu:.2f} articles per CPU-second)"
        )
    print(
        f"   ratio runner alone / bare: wall {bare / infrastructure:.2f}, "
        f"CPU {bare_cpu / infrastructure_cpu:.2f}"
    )
    print(
        f"   ratio with extraction / bare: wall {bare / ours:.2f}, CPU {bare_cpu / ours_cpu:.2f} "
        "(target >= 0.85)"
    )


def _cpu() -> float:
    """User + system CPU seconds of this process and of its finished children (workers)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _no_extraction(doc: object) -> tuple[object, list[str]]:
    """Stands in for extract_document to time the runner's own overhead."""
    from generator.model import Extraction

    return Extraction(), []


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS / "bbc")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, help="only the first N articles (a quick look)")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--only-throughput", action="store_true")
    parser.add_argument("--workdir", type=Path, help="site folder (default: a temporary one)")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"corpus not found: {args.corpus} (set BRIEFINGS_CORPUS)")
    root = args.workdir or Path(tempfile.mkdtemp(prefix="briefings-bbc-"))
    shutil.rmtree(root / "content", ignore_errors=True)
    shutil.rmtree(root / "cache", ignore_errors=True)
    count = copy_content(args.corpus, root / "content", args.limit)
    config, bare = make_site(root, root / "content", root / "cache")
    print(f"{count} BBC articles in {root / 'content'}; {args.jobs} jobs; machine load varies,")
    print("so compare the numbers within this run only.")
    try:
        if not args.skip_throughput:
            throughput(root / "content", args.jobs)
        if args.only_throughput:
            return 0

        cold = timed(briefings_command("build", "-j", str(args.jobs)), cwd=root)
        summary = cold.stderr.strip().splitlines()
        print(f"\n== cold build: {cold.describe()}")
        print(f"   {next((line for line in summary if 'published' in line), '')}")
        print(f"   site: {folder_size_mb(root / 'site'):.0f} MB (du)")

        warm_runs, bare_runs = [], []
        for _ in range(args.rounds):
            warm_runs.append(timed(briefings_command("build", "-j", str(args.jobs)), cwd=root))
            bare_runs.append(timed(mkdocs_command("build", "-q", "-f", str(bare)), cwd=root))
        warm, plain = median([r.seconds for r in warm_runs]), median([r.seconds for r in bare_runs])
        print(f"\n== warm rebuild, nothing changed ({args.rounds} rounds, medians)")
        print(f"   briefings build: {warm:.2f} s  {[round(r.seconds, 2) for r in warm_runs]}")
        print(f"   bare mkdocs build: {plain:.2f} s  {[round(r.seconds, 2) for r in bare_runs]}")
        print(f"   ratio: {warm / plain:.2f} (target <= 1.2)")
        print(
            f"   peak RSS briefings {max(r.peak_mb for r in warm_runs):.0f} MB, "
            f"mkdocs {max(r.peak_mb for r in bare_runs):.0f} MB"
        )
        staged = timed(stages_command(config, args.jobs), cwd=root)
        print(
            "   stages of one warm build: "
            + ", ".join(
                f"{stage} {wall:.2f} (CPU {cpu:.2f})"
                for stage, (wall, cpu) in parse_stage_lines(staged.stderr).items()
            )
        )

        new_runs, new_bare, parses = [], [], []
        for number in range(args.rounds):
            article = root / "content" / "new" / f"harbour-{number}.md"
            article.parent.mkdir(parents=True, exist_ok=True)
            article.write_text(
                NEW_ARTICLE.format(
                    number=number,
                    day=number + 1,
                    cost=40 + number,
                    homes=300 + number,
                    years=2 + number,
                    boats=20 + number,
                    share=10 + number,
                ),
                encoding="utf-8",
            )
            new_runs.append(timed(briefings_command("build", "-j", str(args.jobs)), cwd=root))
            new_bare.append(timed(mkdocs_command("build", "-q", "-f", str(bare)), cwd=root))
            parses.append(timed(briefings_command("extract", "--json", str(article)), cwd=root))
        added, plain = median([r.seconds for r in new_runs]), median([r.seconds for r in new_bare])
        one = median([r.seconds for r in parses])
        print(f"\n== one new article ({args.rounds} rounds, medians)")
        print(f"   briefings build: {added:.2f} s  {[round(r.seconds, 2) for r in new_runs]}")
        print(f"   bare mkdocs build: {plain:.2f} s  {[round(r.seconds, 2) for r in new_bare]}")
        print(f"   parse of the one article (briefings extract, model load included): {one:.2f} s")
        print(
            f"   ratio build / (1.3 x mkdocs + parse): {added / (1.3 * plain + one):.2f} "
            f"(target <= 1); build / mkdocs: {added / plain:.2f}"
        )
    finally:
        if args.workdir is None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
