"""Build a site of all 19,043 Reuters-21578 articles; report time per stage, size, memory.

The corpus (gzipped JSON lines in ../shared/corpus/reuters/) is turned into a temporary
content folder, one Markdown file per article with title, date, source and topic tags in
front matter, and built with the project's own mkdocs.yml (paths redirected). Nothing
from the corpus is written inside the repository.

Each build runs `benchmarks/common.py stages` under `/usr/bin/time -v`: the same code
as `briefings build`, with each stage timed (read, extract, briefings, archive, render,
spool, mkdocs, search index). The builds of one run, as CI meets them (the previous site
and the extraction cache in place, generator/publishing/incremental.py), each with its
name for `--builds`:

1. `first`: cold, no cache (`--warm`: the cache of an earlier run), no site;
2. `unchanged`: nothing changed (the shortcut of generator/publishing/unchanged.py: the
   record in the cache folder matches, so nothing is generated and MkDocs does not run);
3. `new`: one new article (the next article of the corpus, never one of the repeats);
4. `edited`: one edited article (a sentence of ours appended to one article);
5. `deleted`: one deleted article;
6. `full`: a full rebuild with the cache warm (`--full`: what every CI run cost before
   incremental publishing). Its site must equal the one the builds before it left,
   byte for byte (checked; the sitemap date is pinned with SOURCE_DATE_EPOCH).

Without `first`, the series carries on from the content, site and cache already in
--workdir: a long run can be split, or continued (`--builds full` after the others).
Each build is recorded in --workdir/series.json as soon as it ends, so that the table
of a continued series (or of one stopped half-way) shows the builds before.

Then a table: wall time, its ratio to the full rebuild, the peak memory of the largest
process (/usr/bin/time: the build or Pagefind) and of the whole process tree (sampled:
its summed PSS, which counts a page shared by a forked child once, and its summed RSS,
which counts it in each process), what was reused, and the site's bytes per article.

`--synthetic N` makes an archive of N articles out of fewer: the distinct articles
(the first `--limit`, or all) repeated until there are N. Repetition r of an article is
dated r years after it, has the slug `reuters-ID-rR`, and says SYNTHETIC in its title
and source, so that no page of it passes for real news. Its body is the original's, so
its extraction is the original's: `--prime` parses the distinct bodies into the cache
before the first build (timed apart), since a build parses every uncached article it
holds, repeated bodies included, and the repetitions would only repeat that work.

Usage:
    python benchmarks/build_reuters.py                 # all 19,043 articles
    python benchmarks/build_reuters.py --limit 2000    # a quicker look
    python benchmarks/build_reuters.py --workdir /tmp/reuters --keep --builds unchanged,new
    python benchmarks/build_reuters.py --workdir /tmp/reuters --keep --warm  # the series
        again from fresh content and no site, with the extraction cache of an earlier run
    python benchmarks/build_reuters.py --synthetic 100000 --prime --workdir /tmp/big --keep
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from common import (
    CORPUS,
    REPO,
    Run,
    file_count,
    folder_size_mb,
    make_site,
    memory_line,
    parse_stage_lines,
    stages_command,
    timed,
)

MONTHS = {
    name: number
    for number, name in enumerate(
        ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1
    )
}
SYNTHETIC_SOURCE = "Reuters (SYNTHETIC copy for a benchmark)"


def iso_date(stamp: str) -> str | None:
    """`26-FEB-1987 15:01:01.79` -> `1987-02-26`; None when unreadable."""
    try:
        day, month, year = stamp.strip().split()[0].split("-")
        return dt.date(int(year), MONTHS[month.upper()], int(day)).isoformat()
    except (ValueError, KeyError, IndexError):
        return None


@dataclass(frozen=True)
class Item:
    """One article of the benchmark's content folder, as its Markdown file holds it."""

    slug: str
    body: str
    title: str | None = None
    date: dt.date | None = None
    tags: tuple[str, ...] = ()
    source: str = "Reuters"

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Item | None:
        """The article of one corpus line; None for a record without a body."""
        body = (record.get("body") or "").strip()
        if not body:
            return None
        date = iso_date(record.get("date") or "")
        return cls(
            slug=f"reuters-{int(record['id']):05d}",
            body=body,
            title=" ".join(record["title"].split()) if record.get("title") else None,
            date=dt.date.fromisoformat(date) if date else None,
            tags=tuple(record.get("topics") or ()),
        )

    def markdown(self) -> str:
        """The article file: front matter (JSON values, which YAML reads), then the body."""
        front: dict[str, Any] = {"source": self.source, "tags": list(self.tags)}
        if self.title:
            front["title"] = self.title
        if self.date:
            front["date"] = self.date.isoformat()
        header = "\n".join(f"{key}: {json.dumps(value)}" for key, value in front.items())
        return f"---\n{header}\n---\n\n{self.body}\n"

    def path(self, content: Path) -> Path:
        """Where the article goes: a folder per month, the slug as the file name."""
        folder = self.date.isoformat()[:7] if self.date else "undated"
        return content / folder / f"{self.slug}.md"


def read_items(corpus: Path, limit: int | None) -> list[Item]:
    """The first `limit` articles with a body (all without a limit), in corpus order."""
    items: list[Item] = []
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and len(items) >= limit:
                break
            item = Item.from_record(json.loads(line))
            if item is not None:
                items.append(item)
    return items


def years_later(date: dt.date, years: int) -> dt.date:
    """`date` moved `years` years on; 29 February becomes the 28th in a common year."""
    try:
        return date.replace(year=date.year + years)
    except ValueError:
        return date.replace(year=date.year + years, day=28)


def synthetic(items: Sequence[Item], total: int) -> Iterator[Item]:
    """`total` articles: `items` as they are, then repeated until there are `total`.

    Repetition r (1, 2, ...) of an article is dated r years after it, has the slug
    `SLUG-rR` and says SYNTHETIC in its title and source; tags and body are the
    original's, so a repetition's extraction is the original's.
    """
    if not items:
        return
    for index in range(total):
        item, repetition = items[index % len(items)], index // len(items)
        if repetition == 0:
            yield item
            continue
        yield replace(
            item,
            slug=f"{item.slug}-r{repetition}",
            title=f"SYNTHETIC: {item.title or item.slug}",
            date=years_later(item.date, repetition) if item.date else None,
            source=SYNTHETIC_SOURCE,
        )


def write_content(items: Iterable[Item], content: Path) -> int:
    """Write every article into `content`; how many were written."""
    count = 0
    for item in items:
        path = item.path(content)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(item.markdown(), encoding="utf-8")
        count += 1
    return count


BUILDS = ("first", "unchanged", "new", "edited", "deleted", "full")


def parse_builds(text: str) -> tuple[str, ...]:
    """`first,new` -> the builds of the series to run, in the series' order."""
    names = {name.strip() for name in text.split(",") if name.strip()}
    unknown = sorted(names - set(BUILDS))
    if unknown or not names:
        given = ", ".join(unknown) or "nothing"
        raise argparse.ArgumentTypeError(f"{given}: choose among {','.join(BUILDS)}")
    return tuple(name for name in BUILDS if name in names)


# Pinned sitemap date: the full rebuild must give the very bytes of the incremental ones.
PINNED = {"SOURCE_DATE_EPOCH": "1717200000"}
FULL = "full rebuild, warm cache"
PRIMED = "prime: distinct bodies"
EDIT = "\nThe company said it would give more details next month.\n"  # ours, not the corpus'


def build(root: Path, config: Path, jobs: int, label: str, *build_args: str) -> Run:
    run = timed(stages_command(config, jobs, *build_args), cwd=root, env=PINNED)
    stages = parse_stage_lines(run.stderr)
    report = next((line for line in run.stderr.splitlines() if line.startswith("report:")), "")
    site = root / "site"
    print(f"\n== {label} build: {run.describe()}")
    print(f"   {report}; {reused(run)}")
    print(f"   peak RSS by process: {memory_line(run.stderr)} (child: Pagefind or a parse worker)")
    print(f"   {'stage':<26} {'wall s':>8} {'CPU s':>8}  (CPU: main process only)")
    for stage, (wall, cpu) in stages.items():
        print(f"   {stage:<26} {wall:8.2f} {cpu:8.2f}")
    print(f"   site: {folder_size_mb(site):.0f} MB on disk (du), {file_count(site):,} files")
    return run


def reused(run: Run) -> str:
    """What `briefings build` says it reused (`N of M pages reused`, or `full build...`)."""
    line = next((line for line in run.stderr.splitlines() if "; site in " in line), "")
    parts = line.split("; ")
    return parts[-2] if len(parts) > 2 else ""


def main_cpu(run: Run) -> float:
    """CPU seconds of the build process (`timing: total`)."""
    return parse_stage_lines(run.stderr).get("total", (0.0, 0.0))[1]


def site_digest(site: Path) -> dict[str, str]:
    """Every file of a site with the SHA-256 of its bytes."""
    return {
        path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def prime(root: Path, cache: Path, items: Sequence[Item], jobs: int) -> Run:
    """Parse the distinct articles into the cache with `briefings extract` (a folder of
    their own, removed afterwards): a build would parse every repetition again."""
    distinct = root / "distinct"
    shutil.rmtree(distinct, ignore_errors=True)
    write_content(items, distinct)
    command = [sys.executable, "-m", "generator.cli", "extract", str(distinct)]
    command += ["--cache-dir", str(cache), "-j", str(jobs)]
    try:
        run = timed(command, cwd=root, env={"PYTHONPATH": str(REPO)})
    finally:
        shutil.rmtree(distinct, ignore_errors=True)
    print(f"\n== cache primed with the {len(items):,} distinct articles: {run.describe()}")
    return run


SERIES = "series.json"  # in the work folder: the builds of the series so far


def load_series(root: Path) -> list[tuple[str, Run]]:
    """The builds an earlier run of this series recorded in `root` (none if it did not)."""
    path = root / SERIES
    if not path.is_file():
        return []
    return [(label, Run(**fields)) for label, fields in json.loads(path.read_text("utf-8"))]


def save_series(root: Path, runs: list[tuple[str, Run]]) -> None:
    """Record the builds so far, the lines of their output the table reads only, so
    that a series stopped or continued later still has the builds before."""
    kept = ("timing:", "memory:", "report:")
    recorded = [
        [
            label,
            asdict(run)
            | {
                "stderr": "\n".join(
                    line
                    for line in run.stderr.splitlines()
                    if line.startswith(kept) or "; site in " in line
                )
            },
        ]
        for label, run in runs
    ]
    (root / SERIES).write_text(json.dumps(recorded, indent=1), encoding="utf-8")


def series(
    root: Path,
    config: Path,
    args: argparse.Namespace,
    builds: Sequence[str],
    primed: Run | None = None,
) -> None:
    """The `builds` of the module docstring, in its order, then the table of the series
    (with the builds an earlier run in --workdir recorded, when `first` is not run)."""
    content, spare = root / "content", root / "spare.md"
    runs = [] if "first" in builds else load_series(root)
    if primed is not None:
        runs.append((PRIMED, primed))

    def step(label: str, *build_args: str) -> None:
        runs.append((label, build(root, config, args.jobs, label, *build_args)))
        save_series(root, runs)

    if "first" in builds:
        step("first, cache primed" if args.prime else "first, warm cache" if args.warm else "cold")
    if "unchanged" in builds:
        step("nothing changed")
    articles = sorted(content.rglob("*.md"))
    if "new" in builds and spare.is_file():
        target = content / "added" / "reuters-new.md"
        target.parent.mkdir(exist_ok=True)
        spare.replace(target)
        step("one new article")
    elif "new" in builds:
        print("\n== one new article: skipped, no spare article left in the work folder")
    if "edited" in builds:
        edited = articles[len(articles) // 2]
        edited.write_text(edited.read_text(encoding="utf-8") + EDIT, encoding="utf-8")
        step("one edited article")
    if "deleted" in builds:
        articles[len(articles) // 3].unlink()
        step("one deleted article")
    differing: list[str] | None = None
    if "full" in builds:
        before = site_digest(root / "site") if (root / "site").is_dir() else None
        step(FULL, "--full")
        if before is not None:
            full = site_digest(root / "site")
            differing = sorted(
                name for name in before.keys() | full.keys() if before.get(name) != full.get(name)
            )
    table(root, runs, differing)


def table(root: Path, runs: list[tuple[str, Run]], differing: list[str] | None) -> None:
    """The builds of the series side by side, with ratios to its last full rebuild."""
    count = sum(1 for _ in (root / "content").rglob("*.md"))
    files = sum(path.stat().st_size for path in (root / "site").rglob("*") if path.is_file())
    manifest = root / "site" / ".briefings-manifest.json.gz"
    reference = next((run for label, run in reversed(runs) if label == FULL), None)
    print(f"\n== {count:,} articles: the builds of the series, ratios to the full rebuild")
    print(
        f"   {'build':<26} {'wall s':>8} {'ratio':>6} {'CPU s':>7} {'ratio':>6} "
        f"{'largest MB':>10} {'tree PSS':>8} {'tree RSS':>8}  reused"
    )
    for label, run in runs:
        tree = f"{run.tree_pss_mb:8.0f}" if run.tree_pss_mb else f"{'-':>8}"
        tree += f" {run.tree_peak_mb:8.0f}" if run.tree_peak_mb else f" {'-':>8}"
        cpu = main_cpu(run)
        wall_ratio = f"{run.seconds / reference.seconds:6.2f}" if reference else f"{'-':>6}"
        cpu_ratio = f"{cpu / main_cpu(reference):6.2f}" if reference else f"{'-':>6}"
        shown_cpu = f"{cpu:7.1f}"
        if label == PRIMED:  # `briefings extract` is not timed by stage: workers parse
            wall_ratio = cpu_ratio = f"{'-':>6}"
            shown_cpu = f"{'-':>7}"
        print(
            f"   {label:<26} {run.seconds:8.1f} {wall_ratio} {shown_cpu} "
            f"{cpu_ratio} {run.peak_mb:10.0f} {tree}  {reused(run)}"
        )
    print("   (CPU: the build process only, not Pagefind or parse workers; on a busy machine")
    print("   it shows the work done where the wall time shows the wait. Largest: one process'")
    print("   peak RSS; tree PSS/RSS: sampled sums over the tree, RSS counting shared pages twice)")
    size = f"manifest {manifest.stat().st_size / 1024:.0f} KB" if manifest.is_file() else ""
    print(
        f"   site: {files / count / 1024:.1f} KB of files per article, "
        f"{folder_size_mb(root / 'site') * 1024 / count:.1f} KB on disk (du); {size}"
    )
    if differing is not None:
        verdict = "yes, byte for byte" if not differing else f"NO: {len(differing)} files differ"
        print(f"   the site before the full rebuild equals it: {verdict} {differing[:10] or ''}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS / "reuters" / "reuters21578.jsonl.gz")
    parser.add_argument("--workdir", type=Path, help="site folder (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument(
        "--builds",
        type=parse_builds,
        default=BUILDS,
        metavar=",".join(BUILDS),
        help="the builds of the series to run (default: all); without `first`, the series "
        "carries on from the content, site and cache in --workdir",
    )
    parser.add_argument(
        "--skip-cold", action="store_true", help="the same as --builds without `first`"
    )
    parser.add_argument(
        "--warm",
        action="store_true",
        help="keep the extraction cache in --workdir; content and site made anew",
    )
    parser.add_argument("--limit", type=int, help="only the first N articles with a body")
    parser.add_argument(
        "--synthetic",
        type=int,
        metavar="N",
        help="N articles: the (first --limit) articles repeated with new dates and slugs, "
        "marked SYNTHETIC",
    )
    parser.add_argument(
        "--prime",
        action="store_true",
        help="before the first build, parse only the distinct articles into the cache",
    )
    parser.add_argument("-j", "--jobs", type=int, default=2)
    args = parser.parse_args()
    builds = tuple(name for name in args.builds if not (args.skip_cold and name == "first"))
    if not builds:
        parser.error("no build left to run")
    if not args.corpus.is_file():
        sys.exit(f"corpus not found: {args.corpus} (set BRIEFINGS_CORPUS)")
    root = args.workdir or Path(tempfile.mkdtemp(prefix="briefings-reuters-"))
    content, cache = root / "content", root / "cache"
    primed: Run | None = None
    try:
        if "first" in builds:
            root.mkdir(parents=True, exist_ok=True)
            shutil.rmtree(content, ignore_errors=True)
            shutil.rmtree(root / "site", ignore_errors=True)
            (root / "spare.md").unlink(missing_ok=True)
            if not args.warm:
                shutil.rmtree(cache, ignore_errors=True)
            items = read_items(args.corpus, None if args.limit is None else args.limit + 1)
            if args.limit is None or len(items) > args.limit:
                spare = items.pop()  # the "one new article": a body no build has seen
                (root / "spare.md").write_text(spare.markdown(), encoding="utf-8")
            chosen = synthetic(items, args.synthetic) if args.synthetic else items
            written = write_content(chosen, content)
            kind = f" ({len(items):,} distinct, repeated)" if args.synthetic else ""
            print(f"{written:,} articles{kind} written to {content}")
            if args.prime:
                used = items[: args.synthetic] if args.synthetic else items
                primed = prime(root, cache, used, args.jobs)
        elif not content.is_dir():
            sys.exit(f"no content in {root}: run the `first` build there first")
        config, _ = make_site(root, content, cache)
        series(root, config, args, builds, primed)
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
