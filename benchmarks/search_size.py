"""Search at archive scale: MkDocs' lunr index against Pagefind's chunked index.

Run by hand (it takes minutes, most of it extraction on the first run):

    python benchmarks/search_size.py --articles 3000 --work /tmp/briefings-bench

It writes N synthetic briefings (seeded, so every run is the same archive) into
WORK/content, builds the site twice from one extraction cache (WORK/cache):
`lunr.yml` with Material's built-in search plugin and no briefings theme, and
`pagefind.yml` with the project's setup (no lunr, Pagefind run by `briefings build`),
then reports: build times, the size of lunr's `search_index.json` (raw and gzipped, as
GitHub Pages serves it), the size of the whole Pagefind bundle, and, in headless
Chromium against a local server, the bytes each engine fetches and the time from
opening a page to the first result for a few queries (a speaker, a quote phrase, a
figure). Pass --skip-build to re-measure an existing WORK folder.

`--site DIR --query WORD ...` measures a site built elsewhere (e.g. a Reuters sample
from `benchmarks/build_reuters.py --keep`): for each query, in a fresh browser context,
the bytes fetched from opening its search page with the query until the network is
idle, split into the search engine's files (Pagefind's index, filters, wasm, worker)
and the rest (the page, theme, search.js).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import http.server
import json
import random
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")

FIRST = [
    "Amara",
    "Ben",
    "Carla",
    "Dmitri",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jonas",
    "Kofi",
    "Lena",
    "Marco",
    "Nadia",
    "Omar",
    "Priya",
    "Quentin",
    "Rosa",
    "Samuel",
    "Tariq",
    "Ursula",
    "Viktor",
    "Wanjiru",
    "Xavier",
    "Yara",
    "Zoltan",
    "Aoife",
    "Bruno",
    "Chen",
    "Dalia",
    "Emeka",
    "Freya",
    "Gustavo",
    "Hana",
    "Ivan",
    "Julia",
    "Kenji",
    "Leila",
    "Mateo",
    "Noor",
]
LAST = [
    "Achebe",
    "Bergstrom",
    "Castillo",
    "Dlamini",
    "Eriksen",
    "Fontaine",
    "Gallagher",
    "Haddad",
    "Ivanova",
    "Jansen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quinn",
    "Rahman",
    "Santos",
    "Takahashi",
    "Umarov",
    "Varga",
    "Whitcombe",
    "Xu",
    "Yilmaz",
    "Zielinski",
    "Adeyemi",
    "Brennan",
    "Cortez",
    "Delacroix",
]
ROLES = [
    "finance minister",
    "health secretary",
    "chief executive",
    "union leader",
    "mayor",
    "central bank governor",
    "opposition spokesperson",
    "chief economist",
    "foreign minister",
    "party chair",
]
ORGS = [
    "Northbank Holdings",
    "Meridian Capital",
    "the Dockers' Union",
    "Harbridge Partners",
    "Allied Freight",
    "the Water Board",
    "Civic Trust",
    "Eastport Terminals",
    "Redwood Energy",
    "the Transport Authority",
    "Bluewater Insurance",
    "the Teachers' Federation",
    "Summit Pharma",
    "Granite Rail",
]
PLACES = [
    "Riverton",
    "Eastport",
    "Northfield",
    "Aldmouth",
    "Kestrel",
    "Bay",
    "Sierra",
    "Alta",
    "Marlow",
    "Vale",
    "Brackwater",
    "Fenmoor",
    "Highcliff",
    "Oakridge",
    "Stonebridge",
    "Westhaven",
    "Larkspur",
    "Coldharbour",
]
SOURCES = [
    "Market Desk",
    "Harbour Business Review",
    "The Daily Ledger",
    "City Wire",
    "Regional Times",
    "Policy Weekly",
    "Evening Post",
    "Global Bulletin",
]
TAGS = [
    "economy",
    "politics",
    "health",
    "transport",
    "labour",
    "energy",
    "housing",
    "education",
    "climate",
    "finance",
    "shipping",
    "courts",
    "technology",
    "trade",
    "water",
    "defence",
    "elections",
    "culture",
    "science",
    "crime",
]
TOPICS = (
    ("budget", "spending", "the budget", "public spending"),
    ("strike", "pay", "the strike", "the pay offer"),
    ("flood", "defences", "the flood barrier", "flood defences"),
    ("rail", "line", "the new rail line", "passenger numbers"),
    ("vaccine", "trial", "the vaccine trial", "the trial results"),
    ("housing", "homes", "the housing plan", "new homes"),
    ("energy", "prices", "the energy price cap", "household bills"),
    ("school", "funding", "school funding", "class sizes"),
)
VERBS = ("said", "told reporters", "added", "warned", "argued")
PHRASES = (
    "we cannot afford to wait another year",
    "this is a turning point for the whole region",
    "the numbers simply do not add up",
    "families will feel the difference by the spring",
    "nobody should be surprised by this outcome",
    "we have listened and we will act",
    "the risks are real but they are manageable",
    "this decision was taken far too late",
)


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def article(rng: random.Random, number: int) -> tuple[str, str]:
    """One synthetic article (file name, text): quotes, figures, actors, front matter."""
    topic = rng.choice(TOPICS)
    place = rng.choice(PLACES)
    org = rng.choice(ORGS)
    speakers = [(person(rng), rng.choice(ROLES)) for _ in range(rng.randint(2, 3))]
    year = rng.randint(2019, 2026)
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    amount = rng.randint(2, 950)
    share = round(rng.uniform(1, 40), 1)
    people = rng.randint(120, 98000)
    title = f"{place} {topic[0]} row deepens as {speakers[0][0]} defends {topic[3]} #{number}"
    paragraphs = [
        f"{org[0].upper() + org[1:]} said on Monday that {topic[2]} in {place} would cost "
        f"£{amount}m over five years, affecting about {people:,} people.",
        f'"{rng.choice(PHRASES).capitalize()}," said {speakers[0][0]}, the '
        f"{speakers[0][1]}. {speakers[0][0].split()[1]} {rng.choice(VERBS)} that "
        f"{topic[3]} had risen by {share}% since last year.",
        f"{speakers[1][0]}, the {speakers[1][1]}, said the plan was "
        f'"{rng.choice(PHRASES)}". Critics in {rng.choice(PLACES)} pointed to a '
        f"{rng.randint(2, 30)}% fall in {topic[1]} over the same period.",
        f"According to {rng.choice(ORGS)}, {topic[2]} will need a further "
        f"${rng.randint(5, 400)}m before {year + 2}.",
    ]
    if len(speakers) > 2:
        paragraphs.append(
            f'"{rng.choice(PHRASES).capitalize()}," {speakers[2][0]}, the '
            f"{speakers[2][1]}, told a meeting in {place} attended by "
            f"{rng.randint(50, 900)} residents."
        )
    paragraphs.append(
        f"The decision on {topic[2]} is expected within {rng.randint(2, 11)} weeks, "
        f"{speakers[0][0].split()[1]} said."
    )
    tags = sorted(set(rng.sample(TAGS, rng.randint(1, 3))))
    front = [
        "---",
        f"title: {json.dumps(title)}",
        f"date: {date}",
        f"source: {json.dumps(rng.choice(SOURCES))}",
        f"url: https://example.com/news/{number}",
        f"tags: {json.dumps(tags)}",
        "---",
    ]
    return f"a{number:05d}.md", "\n".join(front) + "\n" + "\n\n".join(paragraphs) + "\n"


def write_project(work: Path, count: int, seed: int = 7) -> None:
    """WORK/content with `count` articles and the two site configurations."""
    content = work / "content"
    content.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    wanted = set()
    for number in range(count):
        name, text = article(rng, number)
        wanted.add(name)
        path = content / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    for stale in content.glob("a*.md"):
        if stale.name not in wanted:
            stale.unlink()
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("custom_dir: templates/theme", f"custom_dir: {REPO}/templates/theme")
    config = config.replace("templates_dir: templates", f"templates_dir: {REPO}/templates")
    config = config.replace("cache_dir: .cache/briefings", "cache_dir: cache")
    pagefind = config.replace("site_dir: site", "site_dir: site-pagefind")
    (work / "pagefind.yml").write_text(pagefind, encoding="utf-8")
    lunr = config.replace("site_dir: site", "site_dir: site-lunr")
    lunr = lunr.replace(f"  custom_dir: {REPO}/templates/theme\n", "")
    lunr = lunr.replace("plugins:\n  - briefings:", "plugins:\n  - search\n  - briefings:")
    (work / "lunr.yml").write_text(lunr, encoding="utf-8")


def build(work: Path, config: str, jobs: int) -> float:
    """Seconds for `briefings build` of one configuration."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "generator.cli", "build", "-f", config, "-j", str(jobs)],
        cwd=work,
        check=True,
    )
    return time.perf_counter() - started


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """A quiet static HTTP server on 127.0.0.1 for `folder`; yields its base URL."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def measure_browser(work: Path, queries: list[str]) -> dict[str, list[dict[str, object]]]:
    """Time to first result and bytes fetched, per engine and query, in fresh contexts."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    results: dict[str, list[dict[str, object]]] = {"lunr": [], "pagefind": []}
    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=args)
        for engine, folder in (("lunr", "site-lunr"), ("pagefind", "site-pagefind")):
            with serve(work / folder) as base:
                for query in queries:
                    context = browser.new_context(viewport={"width": 1366, "height": 900})
                    page = context.new_page()
                    fetched: list[int] = []
                    searched: list[int] = []
                    page.on("requestfinished", lambda r, f=fetched: f.append(_body_size(r)))
                    page.on(
                        "requestfinished",
                        lambda r, f=searched: f.append(_body_size(r) if _is_search(r.url) else 0),
                    )
                    started = time.perf_counter()
                    if engine == "lunr":
                        page.goto(base, wait_until="domcontentloaded")
                        page.locator("input.md-search__input").click()
                        page.locator("input.md-search__input").press_sequentially(query)
                        first = page.locator(".md-search-result__item").first
                    else:
                        page.goto(f"{base}search/", wait_until="domcontentloaded")
                        page.locator(".briefings-search__input").press_sequentially(query)
                        first = page.locator(".briefings-result").first
                    try:
                        first.wait_for(state="visible", timeout=60_000)
                    except PlaywrightTimeout:
                        results[engine].append({"query": query, "first_result": None})
                        context.close()
                        continue
                    elapsed = time.perf_counter() - started
                    page.wait_for_load_state("networkidle")
                    results[engine].append(
                        {
                            "query": query,
                            "seconds_to_first_result": round(elapsed, 2),
                            "bytes_fetched": sum(fetched),
                            "search_bytes_fetched": sum(searched),
                            "first_result": " ".join(first.inner_text().split())[:90],
                        }
                    )
                    context.close()
        browser.close()
    return results


def _is_search(url: str) -> bool:
    """A request of the search engine itself: its index, worker, wasm and UI."""
    return (
        "/pagefind/" in url
        or "/pagefind-shards/" in url
        or "search_index.json" in url
        or "/workers/search" in url
    )


def _body_size(request: object) -> int:
    response = request.response()  # type: ignore[attr-defined]
    if response is None:
        return 0
    try:
        return len(response.body())
    except Exception:
        return 0


def measure_site(site: Path, queries: list[str], width: int = 1366) -> list[dict[str, object]]:
    """Bytes one query costs on a built site's search page (fresh context each), in a
    window `width` pixels wide (the filter panel opens, and loads, from 960 px)."""
    from playwright.sync_api import sync_playwright

    found: list[dict[str, object]] = []
    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    with sync_playwright() as playwright, serve(site) as base:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=args)
        for query in queries:
            context = browser.new_context(viewport={"width": width, "height": 900})
            page = context.new_page()
            sizes: list[tuple[str, int]] = []
            page.on("requestfinished", lambda r, s=sizes: s.append((r.url, _body_size(r))))
            page.goto(f"{base}search/?q={query}", wait_until="domcontentloaded")
            page.locator(".briefings-result").first.wait_for(state="visible", timeout=60_000)
            page.wait_for_load_state("networkidle")
            search = [(url, size) for url, size in sizes if _is_search(url)]
            kinds: dict[str, int] = {}
            for url, size in search:
                kind = _search_file_kind(url)
                kinds[kind] = kinds.get(kind, 0) + size
            found.append(
                {
                    "query": query,
                    "bytes_fetched": sum(size for _, size in sizes),
                    "search_bytes_fetched": sum(size for _, size in search),
                    "search_requests": len(search),
                    "search_bytes_by_kind": dict(sorted(kinds.items())),
                }
            )
            context.close()
        browser.close()
    return found


def _search_file_kind(url: str) -> str:
    """Pagefind's files by what they hold: code (js, wasm, entry), the page metadata, the
    filters, word index chunks, and page fragments (one per result shown)."""
    name = url.split("?", 1)[0].rsplit("/pagefind/", 1)[-1]
    if "/pagefind-shards/" in name:  # a shard's file: pagefind-shards/<first day>/...
        name = name.split("/pagefind-shards/", 1)[1].split("/", 1)[-1]
    for prefix, kind in (("filter/", "filters"), ("index/", "index chunks")):
        if name.startswith(prefix):
            return kind
    if name.startswith("fragment/"):
        return "fragments"
    if name.endswith(".pf_meta"):
        return "metadata"
    return "shard list" if name.endswith("shards.json") else "code (js, wasm, entry)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="measure this built site only")
    parser.add_argument("--query", nargs="+", default=["oil", "bank", "wheat prices"])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/briefings-bench"))
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--width", type=int, default=1366, help="--site: window width")
    args = parser.parse_args()
    if args.site:
        print(json.dumps(measure_site(args.site.resolve(), args.query, args.width), indent=1))
        return 0
    work: Path = args.work.resolve()
    report: dict[str, object] = {"articles": args.articles}
    if not args.skip_build:
        write_project(work, args.articles)
        report["extract_and_build_lunr_s"] = round(build(work, "lunr.yml", args.jobs), 1)
        report["build_pagefind_s"] = round(build(work, "pagefind.yml", args.jobs), 1)
    lunr_index = (work / "site-lunr/search/search_index.json").read_bytes()
    report["lunr_index_bytes"] = len(lunr_index)
    report["lunr_index_gzip_bytes"] = len(gzip.compress(lunr_index, 6))
    bundle = work / "site-pagefind/pagefind"
    report["pagefind_bundle_bytes"] = folder_size(bundle)
    report["pagefind_files"] = sum(1 for path in bundle.rglob("*") if path.is_file())
    report["site_pagefind_bytes"] = folder_size(work / "site-pagefind")
    speaker, figure = _first_speaker_and_figure(work)
    queries = [speaker, "the numbers simply do not add up", figure]
    if CHROMIUM.exists():
        report["browser"] = measure_browser(work, queries)
    else:
        report["browser"] = f"skipped: {CHROMIUM} not installed"
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


def _first_speaker_and_figure(work: Path) -> tuple[str, str]:
    """A speaker and a money figure of the first article, as a reader would type them."""
    text = (work / "content/a00000.md").read_text(encoding="utf-8")
    speaker = text.split('," said ', 1)[1].split(",", 1)[0]
    figure = text.split("would cost ", 1)[1].split(" ", 1)[0]
    return speaker, figure


if __name__ == "__main__":
    sys.exit(main())
