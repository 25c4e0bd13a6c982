"""Build a site of all 19,043 Reuters-21578 articles; report time per stage, size, memory.

The corpus (gzipped JSON lines in ../shared/corpus/reuters/) is turned into a temporary
content folder, one Markdown file per article with title, date, source and topic tags in
front matter, and built with the project's own mkdocs.yml (paths redirected). Nothing
from the corpus is written inside the repository.

Each build runs `benchmarks/common.py stages` under `/usr/bin/time -v`: the same code
as `briefings build`, with each stage timed (read, extract, briefings, archive, render,
spool, mkdocs, search index). The builds of one run, as CI meets them (the previous site
and the extraction cache in place, generator/publishing/incremental.py):

1. cold: no cache, no site;
2. nothing changed (the shortcut of generator/publishing/unchanged.py: the record in
   the cache folder matches, so nothing is generated and MkDocs does not run);
3. one new article (the next article of the corpus);
4. one edited article (a sentence of ours appended to one article);
5. one deleted article;
6. a full rebuild with the cache warm (`--full`: what every CI run cost before
   incremental publishing). Its site must equal the one the incremental builds left,
   byte for byte (checked; the sitemap date is pinned with SOURCE_DATE_EPOCH).

Then a table: wall time, its ratio to the full rebuild, the peak memory of the largest
process (/usr/bin/time: the build or Pagefind) and of the whole process tree, what was
reused, and the site's bytes per article.

Usage:
    python benchmarks/build_reuters.py                 # all 19,043 articles
    python benchmarks/build_reuters.py --limit 2000    # a quicker look
    python benchmarks/build_reuters.py --workdir /tmp/reuters --keep --skip-cold
    python benchmarks/build_reuters.py --workdir /tmp/reuters --keep --warm  # the series
        again from fresh content and no site, with the extraction cache of an earlier run
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
from pathlib import Path

from common import (
    CORPUS,
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


def iso_date(stamp: str) -> str | None:
    """`26-FEB-1987 15:01:01.79` -> `1987-02-26`; None when unreadable."""
    try:
        day, month, year = stamp.strip().split()[0].split("-")
        return dt.date(int(year), MONTHS[month.upper()], int(day)).isoformat()
    except (ValueError, KeyError, IndexError):
        return None


def write_content(corpus: Path, content: Path, limit: int | None) -> list[Path]:
    """One `.md` per article with a body, in folders by month; the files written."""
    written: list[Path] = []
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and len(written) >= limit:
                break
            record = json.loads(line)
            body = (record.get("body") or "").strip()
            if not body:
                continue
            date = iso_date(record.get("date") or "")
            front = {"source": "Reuters", "tags": list(record.get("topics") or [])}
            if record.get("title"):
                front["title"] = " ".join(record["title"].split())
            if date:
                front["date"] = date
            folder = content / (date[:7] if date else "undated")
            folder.mkdir(parents=True, exist_ok=True)
            header = "\n".join(f"{key}: {json.dumps(value)}" for key, value in front.items())
            text = f"---\n{header}\n---\n\n{body}\n"
            path = folder / f"reuters-{int(record['id']):05d}.md"
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


# Pinned sitemap date: the full rebuild must give the very bytes of the incremental ones.
PINNED = {"SOURCE_DATE_EPOCH": "1717200000"}
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


def series(root: Path, config: Path, args: argparse.Namespace) -> None:
    """Builds 1-6 of the module docstring, then the table."""
    content, spare, jobs = root / "content", root / "spare.md", args.jobs
    runs: dict[str, Run] = {}
    if not args.skip_cold:
        label = "first, warm cache" if args.warm else "cold"
        runs[label] = build(root, config, jobs, label)
    runs["nothing changed"] = build(root, config, jobs, "nothing changed")
    articles = sorted(content.rglob("*.md"))
    if spare.is_file():
        target = content / "added" / "reuters-new.md"
        target.parent.mkdir(exist_ok=True)
        spare.replace(target)
        runs["one new article"] = build(root, config, jobs, "one new article")
    edited = articles[len(articles) // 2]
    edited.write_text(edited.read_text(encoding="utf-8") + EDIT, encoding="utf-8")
    runs["one edited article"] = build(root, config, jobs, "one edited article")
    articles[len(articles) // 3].unlink()
    runs["one deleted article"] = build(root, config, jobs, "one deleted article")
    incremental = site_digest(root / "site")
    runs["full rebuild, warm cache"] = build(root, config, jobs, "full rebuild", "--full")
    full = site_digest(root / "site")
    differing = sorted(
        name for name in incremental.keys() | full.keys() if incremental.get(name) != full.get(name)
    )
    count = sum(1 for _ in content.rglob("*.md"))
    files = sum(path.stat().st_size for path in (root / "site").rglob("*") if path.is_file())
    manifest = root / "site" / ".briefings-manifest.json.gz"
    reference = runs["full rebuild, warm cache"].seconds
    cpu_reference = main_cpu(runs["full rebuild, warm cache"])
    print(f"\n== {count:,} articles: the builds of one run, ratios to the full rebuild")
    print(
        f"   {'build':<26} {'wall s':>8} {'ratio':>6} {'CPU s':>7} {'ratio':>6} "
        f"{'largest MB':>10} {'tree MB':>8}  reused"
    )
    for label, run in runs.items():
        tree = f"{run.tree_peak_mb:8.0f}" if run.tree_peak_mb else f"{'-':>8}"
        cpu = main_cpu(run)
        print(
            f"   {label:<26} {run.seconds:8.1f} {run.seconds / reference:6.2f} {cpu:7.1f} "
            f"{cpu / cpu_reference:6.2f} {run.peak_mb:10.0f} {tree}  {reused(run)}"
        )
    print("   (CPU: the build process only, not Pagefind or parse workers; on a busy machine")
    print("   it shows the work done where the wall time shows the wait)")
    print(
        f"   site: {files / count / 1024:.1f} KB of files per article, "
        f"{folder_size_mb(root / 'site') * 1024 / count:.1f} KB on disk (du); "
        f"manifest {manifest.stat().st_size / 1024:.0f} KB"
    )
    verdict = "yes, byte for byte" if not differing else f"NO: {len(differing)} files differ"
    print(f"   incremental site equals the full rebuild: {verdict} {differing[:10] or ''}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS / "reuters" / "reuters21578.jsonl.gz")
    parser.add_argument("--workdir", type=Path, help="site folder (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--skip-cold", action="store_true", help="reuse the cache in --workdir")
    parser.add_argument(
        "--warm",
        action="store_true",
        help="keep the extraction cache in --workdir; content and site made anew",
    )
    parser.add_argument("--limit", type=int, help="only the first N articles with a body")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    args = parser.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"corpus not found: {args.corpus} (set BRIEFINGS_CORPUS)")
    root = args.workdir or Path(tempfile.mkdtemp(prefix="briefings-reuters-"))
    content, cache = root / "content", root / "cache"
    try:
        if not args.skip_cold:
            shutil.rmtree(content, ignore_errors=True)
            (root / "spare.md").unlink(missing_ok=True)
            if not args.warm:
                shutil.rmtree(cache, ignore_errors=True)
        if not content.is_dir():
            limit = None if args.limit is None else args.limit + 1
            written = write_content(args.corpus, content, limit)
            if args.limit is None or len(written) > args.limit:
                written.pop().replace(root / "spare.md")  # the "one new article"
            print(f"{len(written):,} articles written to {content}")
        if not args.skip_cold:
            shutil.rmtree(root / "site", ignore_errors=True)
        config, _ = make_site(root, content, cache)
        series(root, config, args)
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
