"""Where a built site's bytes go: by kind of file, and inside a briefing page.

GitHub Pages holds a site of at most 1 GB, so what counts is bytes per published
article. This reads a finished site folder (e.g. one `benchmarks/build_reuters.py
--keep` left) and prints two tables:

- files by kind (briefing pages, data JSON, actor, tag and month pages, theme assets,
  search index, feed and sitemap): count, apparent bytes (what is uploaded), bytes on
  disk (`du`: every file takes whole 4 KB blocks) and bytes per article. Only the
  published files are counted: what `actions/upload-pages-artifact` (v4, as
  .github/workflows/publish.yml pins it) puts into the Pages artifact, that is every
  file but the hidden ones (a name starting with `.`, in any folder: its tar runs with
  `--exclude=".[^/]*"`). The build manifest and the site folder's mark are such files:
  the next build reads them from the site cache, readers never get them. The files left
  out are listed under the table;
- the parts of a briefing page (and of an actor page): the head, the header with its
  palette toggle, tabs, the navigation drawer, the table of contents, inline SVG icons,
  inline scripts, the article text, the search facets, the rest of the content, the
  footer and scripts; average bytes per page.

Usage:
    python benchmarks/site_bytes.py SITE [--articles N] [--sample 300] [--project 19043]

`--project N` adds a rough projection to an archive of N articles: the theme's files,
Pagefind's program (its scripts and WebAssembly, not the index), the feed (the 50
latest briefings) and the home, search and 404 pages are the same whatever the
archive, so they are spread over N; every
other kind is taken at the sample's bytes per article. Actor,
tag, month and search-index bytes per article fell from a 1,000- to a 2,000-article
Reuters sample, so for them this is likelier high than low.

It also prints, for a site that publishes one JSON file per briefing, what they would
weigh as one gzip JSON Lines file per month (`published_json: month`), as one .json.gz
per article, or not published (`published_json: none`).

Build two sample sizes (e.g. --limit 500 and --limit 2000) and compare the per-article
columns to tell the per-article cost from the fixed cost (theme assets, home page).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from generator.publishing.folders import published_briefings

BLOCK = 4096

# Kinds of file, by path in the site (first match wins).
KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("briefing pages", re.compile(r"^briefings/[^/]+/index\.html$")),
    ("data JSON", re.compile(r"^data/")),
    ("actor pages", re.compile(r"^actors/")),
    ("tag pages", re.compile(r"^tags/")),
    ("month/archive pages", re.compile(r"^archive/")),
    # Pagefind's program (its scripts, styles and WebAssembly, in pagefind/ only): the
    # same whatever the archive, so spread like the theme's files.
    ("search program (Pagefind)", re.compile(r"^pagefind/(?:[^/]+\.(?:js|css)|wasm\.[^/]+)$")),
    # The date-sharded index (pagefind-shards/) grows with the archive like pagefind/.
    ("search index (Pagefind)", re.compile(r"^pagefind(-shards)?/")),
    ("theme assets (CSS, JS, fonts)", re.compile(r"^assets/")),
    # The feed holds the 50 latest briefings whatever the archive: fixed, unlike the
    # sitemap, which names every page.
    ("feed", re.compile(r"^feed\.xml$")),
    ("sitemap", re.compile(r"^sitemap\.xml(\.gz)?$")),
    ("home, search, 404", re.compile(r"^(index\.html|search/index\.html|404\.html)$")),
]

# Regions of a page: (label, start-tag pattern). A byte belongs to the innermost region
# that holds it; bytes outside all regions are "page skeleton". Start tags are matched
# by class in any attribute order, quoted or not (the pages are minified).


def _tag(name: str, css_class: str) -> re.Pattern[str]:
    return re.compile(rf"""<{name}\b[^>]*?\sclass=(?:"[^"]*?\b|'[^']*?\b)?{css_class}(?![\w-])""")


REGIONS: list[tuple[str, re.Pattern[str]]] = [
    ("head (meta, CSS links)", re.compile(r"<head\b")),
    ("header bar", re.compile(r"<header\b")),
    # Out of the nav, a script writes it (templates/theme/main.html): its tag is the bar's.
    ("header bar", re.compile(r"<script\b[^>]*briefings-header\.js")),
    ("palette toggle (form + script)", _tag("form", "md-header__option")),
    ("tabs", _tag("nav", "md-tabs")),
    ("tabs", re.compile(r"<script\b[^>]*briefings-tabs\.js")),
    ("nav drawer (primary sidebar)", _tag("div", "md-sidebar--primary")),
    # Out of the nav, a script writes each (templates/theme/main.html): its tag is theirs.
    ("nav drawer (primary sidebar)", re.compile(r"<script\b[^>]*briefings-nav\.js")),
    ("table of contents", _tag("div", "md-sidebar--secondary")),
    ("table of contents", re.compile(r"<script\b[^>]*briefings-toc\.js")),
    ("content (summary, figures, quotes, lists)", _tag("article", "md-content__inner")),
    ("article text", _tag("details", "article-text")),
    ("search facets (hidden)", _tag("div", "search-facets")),
    ("footer", re.compile(r"<footer\b")),
    (
        "skip link, announce, dialog",
        re.compile(r'<div data-md-component=(?:"|)(?:skip|announce)\b'),
    ),
    ("skip link, announce, dialog", _tag("div", "md-dialog")),
    ("back-to-top button", _tag("button", "md-top")),
    ("inline SVG icons", re.compile(r"<svg\b")),
    ("inline scripts and config", re.compile(r"<script\b(?![^>]*\bsrc=)")),
]
PALETTE_SCRIPT = re.compile(r'<script>var palette=__md_get\("__palette"\)')


def kind_of(relative: str) -> str:
    return next((name for name, pattern in KINDS if pattern.search(relative)), "other")


def published(relative: str) -> bool:
    """Whether the Pages artifact holds the file: upload-pages-artifact v4 archives the
    site with `tar --exclude=".[^/]*"`, which leaves out every file or folder whose name
    starts with a dot, at any depth (the build manifest, the site folder's mark)."""
    return not any(part.startswith(".") for part in relative.split("/"))


def element_end(html: str, start: int) -> int:
    """End offset of the element whose start tag begins at `start` (same-name nesting)."""
    name = re.match(r"<([a-zA-Z0-9]+)", html[start:]).group(1)  # type: ignore[union-attr]
    tags = re.compile(rf"<(/?){name}\b[^>]*>", re.IGNORECASE)
    depth = 0
    for match in tags.finditer(html, start):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            return match.end()
    return len(html)


def page_regions(html: str) -> Counter[str]:
    """Bytes (UTF-8) of `html` by innermost region."""
    spans: list[tuple[int, int, str]] = []
    for label, pattern in REGIONS:
        for match in pattern.finditer(html):
            spans.append((match.start(), element_end(html, match.start()), label))
    for match in PALETTE_SCRIPT.finditer(html):
        spans.append((match.start(), element_end(html, match.start()), REGIONS[2][0]))
    owner = ["page skeleton"] * len(html)
    # Outer spans first, inner ones overwrite them.
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
        owner[start:end] = [label] * (end - start)
    sizes: Counter[str] = Counter()
    for char, label in zip(html, owner, strict=True):
        sizes[label] += len(char.encode("utf-8")) if ord(char) > 127 else 1
    return sizes


# Kinds whose files do not grow with the archive.
FIXED_KINDS = (
    "theme assets (CSS, JS, fonts)",
    "search program (Pagefind)",
    "home, search, 404",
    "feed",
    "other",
)


def file_table(site: Path, articles: int, project: int | None = None) -> None:
    rows: dict[str, list[int]] = {}
    left_out: list[tuple[str, int]] = []
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        size = path.stat().st_size
        relative = path.relative_to(site).as_posix()
        if not published(relative):
            left_out.append((relative, size))
            continue
        row = rows.setdefault(kind_of(relative), [0, 0, 0])
        row[0] += 1
        row[1] += size
        row[2] += -(-size // BLOCK) * BLOCK
    total = [sum(row[i] for row in rows.values()) for i in range(3)]
    print(f"\nsite {site}: {articles:,} articles; published files only (hidden files left out)")
    print(
        f"{'files by kind':<32} {'files':>7} {'apparent KB':>12} {'du KB':>9} "
        f"{'B/article':>10} {'du B/art':>9}"
    )
    for name, (count, size, disk) in sorted(rows.items(), key=lambda r: -r[1][1]):
        print(
            f"{name:<32} {count:>7,} {size / 1024:>12,.0f} {disk / 1024:>9,.0f} "
            f"{size / articles:>10,.0f} {disk / articles:>9,.0f}"
        )
    count, size, disk = total
    print(
        f"{'total':<32} {count:>7,} {size / 1024:>12,.0f} {disk / 1024:>9,.0f} "
        f"{size / articles:>10,.0f} {disk / articles:>9,.0f}"
    )
    if left_out:
        print("left out, as the Pages upload leaves them out (hidden files, for the next build):")
        for relative, size in left_out:
            print(f"  {relative:<40} {size:>12,} B {size / articles:>10,.0f} B/article")
    if project:
        per_article = sum(
            row[1] / (project if name in FIXED_KINDS else articles) for name, row in rows.items()
        )
        print(
            f"projected to {project:,} articles: {per_article:,.0f} B/article, "
            f"{per_article * project / 1e6:,.0f} MB (fixed kinds spread, the rest as sampled)"
        )


def json_options(site: Path, articles: int) -> None:
    """What the published per-article JSON (data/*.json) would weigh in other forms, a
    product choice left to the editors (issue 14): one gzip JSON Lines file per month,
    one `.json.gz` per article (both gzip -9), or none. Bytes per article; the page's
    link to the data is left as it is."""
    files = sorted((site / "data").glob("*.json"))
    if not files:
        return
    months: dict[str, list[bytes]] = {}
    plain = single = 0
    for path in files:
        data = path.read_bytes().strip()
        plain += len(data)
        single += len(gzip.compress(data, 9, mtime=0))
        try:
            month = str(json.loads(data).get("date") or "undated")[:7]
        except ValueError:
            month = "unreadable"
        months.setdefault(month, []).append(data)
    monthly = sum(
        len(gzip.compress(b"\n".join(lines) + b"\n", 9, mtime=0)) for lines in months.values()
    )
    print(f"\ndata JSON in other forms ({len(files):,} files, {len(months)} months), B/article")
    for label, size in (
        ("as published (one .json per article)", plain),
        ("one .json.gz per article", single),
        ("one gzip JSON Lines file per month", monthly),
        ("not published", 0),
    ):
        print(f"  {label:<44} {size / articles:>8,.0f}  {(size - plain) / articles:>+8,.0f}")


def region_table(site: Path, folder: str, sample: int) -> None:
    pages = sorted(site.glob(f"{folder}/*/index.html"))
    if not pages:
        return
    chosen = random.Random(0).sample(pages, min(sample, len(pages)))
    totals: Counter[str] = Counter()
    for page in chosen:
        totals.update(page_regions(page.read_text(encoding="utf-8")))
    whole = sum(totals.values())
    print(f"\n{folder}/ pages: parts, average bytes per page ({len(chosen)} of {len(pages)})")
    for label, size in totals.most_common():
        print(f"  {label:<44} {size / len(chosen):>8,.0f}  {100 * size / whole:5.1f}%")
    print(f"  {'whole page':<44} {whole / len(chosen):>8,.0f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument(
        "--articles",
        type=int,
        help="articles published (default: counted as the build counts them, whatever "
        "the site's published_json)",
    )
    parser.add_argument("--sample", type=int, default=300, help="pages to take apart per kind")
    parser.add_argument("--project", type=int, help="also project bytes per article to N articles")
    args = parser.parse_args()
    if not args.site.is_dir():
        sys.exit(f"not a folder: {args.site}")
    articles = args.articles or published_briefings(args.site) or 1
    file_table(args.site, articles, args.project)
    json_options(args.site, articles)
    for folder in ("briefings", "actors", "tags", "archive"):
        region_table(args.site, folder, args.sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())
