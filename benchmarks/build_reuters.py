"""Build a site of all 19,043 Reuters-21578 articles; report time per stage, size, memory.

The corpus (gzipped JSON lines in ../shared/corpus/reuters/) is turned into a temporary
content folder, one Markdown file per article with title, date, source and topic tags in
front matter, and built with the project's own mkdocs.yml (paths redirected). Nothing
from the corpus is written inside the repository.

Each build runs `benchmarks/common.py stages` under `/usr/bin/time -v`: the same code
as `briefings build`, with each stage timed (read, extract, briefings, archive, render,
spool, write docs, mkdocs, search index). A cold build (empty cache) is followed by a warm one
(cache full, nothing changed), which shows the publishing side alone.

Usage:
    python benchmarks/build_reuters.py                 # cold + warm, all articles
    python benchmarks/build_reuters.py --limit 2000    # a quicker look
    python benchmarks/build_reuters.py --workdir /tmp/reuters --keep --skip-cold
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import shutil
import sys
import tempfile
from pathlib import Path

from common import (
    CORPUS,
    file_count,
    folder_size_mb,
    make_site,
    memory_line,
    parse_stage_lines,
    stages_command,
    timed,
    write_generated_pages,
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


def write_content(corpus: Path, content: Path, limit: int | None) -> int:
    """One `.md` per article with a body, in folders by month; returns the count."""
    count = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and count >= limit:
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
            (folder / f"reuters-{int(record['id']):05d}.md").write_text(text, encoding="utf-8")
            count += 1
    return count


def build(root: Path, config: Path, jobs: int, label: str) -> dict[str, tuple[float, float]]:
    run = timed(stages_command(config, jobs), cwd=root)
    stages = parse_stage_lines(run.stderr)
    report = next((line for line in run.stderr.splitlines() if line.startswith("report:")), "")
    site = root / "site"
    print(f"\n== {label} build: {run.describe()}")
    print(f"   {report}")
    print(f"   peak RSS by process: {memory_line(run.stderr)} (child: Pagefind or a parse worker)")
    print(f"   {'stage':<26} {'wall s':>8} {'CPU s':>8}  (CPU: main process only)")
    for stage, (wall, cpu) in stages.items():
        print(f"   {stage:<26} {wall:8.2f} {cpu:8.2f}")
    print(f"   site: {folder_size_mb(site):.0f} MB on disk (du), {file_count(site):,} files")
    docs = write_generated_pages(root / "mkdocs.yml")  # held in memory by the build
    print(f"   generated pages: {folder_size_mb(docs):.0f} MB, {file_count(docs):,} files")
    return stages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS / "reuters" / "reuters21578.jsonl.gz")
    parser.add_argument("--workdir", type=Path, help="site folder (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--skip-cold", action="store_true", help="reuse the cache in --workdir")
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
            shutil.rmtree(cache, ignore_errors=True)
        if not content.is_dir():
            count = write_content(args.corpus, content, args.limit)
            print(f"{count:,} articles written to {content}")
        config, _ = make_site(root, content, cache)
        if not args.skip_cold:
            build(root, config, args.jobs, "cold")
        build(root, config, args.jobs, "warm")
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
