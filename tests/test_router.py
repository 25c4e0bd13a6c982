"""The router: every page kind has one address, and every link a page carries lands.

The site is rendered from records (no parsing, so it stays fast) with enough briefings
for later pages of every list, an undated briefing and a tag and speaker whose slugs
need care; then every Markdown link and every HTML link on every page is followed the
way MkDocs and a browser would follow it.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import replace
from itertools import product
from pathlib import Path
from urllib.parse import unquote

from test_site import record

from generator.model import Registry
from generator.pages.archive import build_archive
from generator.pages.render import make_environment, render_site
from generator.pages.router import ROUTES, address, link, served, url

REPO = Path(__file__).resolve().parents[1]
MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+)\)")
HTML_LINK = re.compile(r'href="([^"]+)"')


def rendered_site() -> dict[str, str]:
    records = [record(n, ["Energy"]) for n in range(120)]
    records.append(replace(record(500, ["Öl & Gas"], "José Ñúñez"), date=None))
    archive = build_archive(records, Registry())
    env = make_environment([REPO / "templates"])
    return render_site(archive, env, {"name": "T", "url": "https://news.example.org/"})


def test_every_link_on_every_page_lands_on_a_generated_page() -> None:
    pages = rendered_site()
    urls = {served(path) for path in pages}
    followed = 0
    for path, text in pages.items():
        if not path.endswith(".md"):
            continue
        for target in MARKDOWN_LINK.findall(text):
            target = unquote(target.split("#", 1)[0])
            if not target or target.startswith(("http:", "https:")):
                continue
            landed = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            assert landed in pages, f"{path} links to {target}"
            followed += 1
        for target in HTML_LINK.findall(text):
            target = unquote(target.split("#", 1)[0].split("?", 1)[0])
            if not target or target.startswith(("http:", "https:")):
                continue
            base = served(path).rsplit("/", 1)[0]
            landed = posixpath.normpath(posixpath.join(base, target)) + "/"
            assert landed in urls, f"{path} links to {target} (served)"
            followed += 1
    assert followed > 500
    assert "archive/undated.md" in pages and "actors/ada-okafor--page-3.md" in pages


def test_a_link_from_any_page_to_any_other_resolves_to_its_address() -> None:
    keys = {kind: "k" if "{}" in route else None for kind, route in ROUTES.items()}
    places = [
        (kind, keys[kind], number)
        for kind in ROUTES
        for number in ((1, 2) if ROUTES[kind].endswith(".md") else (1,))
    ]
    for (source_kind, source_key, source_number), (kind, key, number) in product(places, places):
        source = address(source_kind, source_key, source_number)
        target = link(source, kind, key, number)
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(source), target))
        assert resolved == address(kind, key, number)
        if source.endswith(".md"):
            html = link(source, kind, key, number, html=True)
            folder = served(source).rsplit("/", 1)[0]
            resolved = posixpath.normpath(posixpath.join(folder, html))
            assert resolved == (url(kind, key, number).rstrip("/") or ".")


def test_page_addresses_are_the_published_ones() -> None:
    assert address("briefing", "x") == "briefings/x.md"
    assert url("briefing", "x") == "briefings/x/"
    assert address("tag", "energy", 2) == "tags/energy--page-2.md"
    assert url("tags") == "tags/" and url("home") == "" and url("feed") == "feed.xml"
    assert link("actors/x.md", "search", html=True) == "../../search/"
    assert link("tags/x--page-2.md", "tag", "x") == "x.md"
