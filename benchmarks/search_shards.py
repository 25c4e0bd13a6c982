"""Bytes one search query fetches as the archive grows, with the index in shards.

Takes the briefing pages of a site already built (e.g. a Reuters sample from
`benchmarks/build_reuters.py --limit 4000 --keep`), and for each N in `--pages`
indexes the N oldest of them (by the date Pagefind sorts on) exactly as `briefings
build` does (generator/publishing/shards.py), into WORK/N/: a folder of links to the
site's pages with its own `pagefind/`, `pagefind-shards/` and current `assets/`. Then
it measures each with `search_size.measure_site` (headless Chromium: a fresh browser
context per query, bytes of the search engine's files until the network is idle) at a
wide and a phone width. Flat rows as N grows are the point; no full-size build needed.

Usage:
    python benchmarks/search_shards.py SITE --pages 500 1000 2000 4000 [--work DIR]
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from search_size import measure_site  # noqa: E402

from generator.publishing.determinism import normalise_pagefind  # noqa: E402
from generator.publishing.search import should_index, write_stamp  # noqa: E402
from generator.publishing.shards import ShardedIndex  # noqa: E402

SORT_DATE = re.compile(r'data-pagefind-sort="date"[^>]*>\s*([^<\s]+)')
WIDTHS = {"wide": 1366, "phone": 390}


def indexed_pages(site: Path) -> list[tuple[str, str, str]]:
    """(date, dest_uri, html) of every page the site indexes, oldest first."""
    found = []
    for path in sorted(site.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        if should_index(html):
            match = SORT_DATE.search(html)
            found.append((match.group(1) if match else "", path.relative_to(site).as_posix(), html))
    return sorted(found, key=lambda page: page[0])


def sharded_site(site: Path, pages: list[tuple[str, str, str]], out: Path) -> str:
    """A site in `out` whose search index holds `pages`; returns its shard list."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for child in site.iterdir():
        if child.name not in ("pagefind", "pagefind-shards", "assets"):
            (out / child.name).symlink_to(child.resolve())
    shutil.copytree(site / "assets", out / "assets")
    shutil.copy(REPO / "templates" / "assets" / "search.js", out / "assets" / "search.js")
    shutil.copy(REPO / "templates" / "assets" / "briefings.css", out / "assets" / "briefings.css")
    output = out / "pagefind"
    html_of = {uri: html for _, uri, html in pages}
    with ShardedIndex(out / ".none" / "pagefind", output) as index:
        for uri in index.plan([(uri, date) for date, uri, _ in pages]):
            index.add_page(uri, html_of[uri])
        index.start_writing(index.previous, output)
        index.finish_writing(index.previous, output)
        inputs = index.inputs_digest()
    normalise_pagefind(output)
    write_stamp(output, inputs)
    return (output / "shards.json").read_text(encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--pages", type=int, nargs="+", default=[500, 1000, 2000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/briefings-search-shards"))
    parser.add_argument("--query", nargs="+", default=["oil", "bank", "wheat prices"])
    args = parser.parse_args()
    pages = indexed_pages(args.site)
    print(f"{len(pages):,} indexed pages in {args.site}")
    for count in args.pages:
        out = args.work / str(count)
        listed = sharded_site(args.site, pages[:count], out)
        print(f"\n{count:,} pages: {listed.strip()}")
        for name, width in WIDTHS.items():
            rows = measure_site(out, args.query, width)
            cells = [
                f"{row['query']}: {int(row['search_bytes_fetched']) / 1000:.0f} KB" for row in rows
            ]
            print(f"  {name:>5}: " + " | ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
