"""Values from mkdocs.yml reach every page as text, never markup.

The site's name, the nav's titles and the repository's name are shown in the header,
the tabs, the drawer and the page title of every page, and pages out of the nav get
them from shared scripts (assets/briefings-header.js, briefings-tabs.js) rendered at
build time. A name with `<`, `&` or quotes ("News <Daily>", "AT&T") is a name: it must
show as written, run nothing and break no page, in the built HTML and in the DOM after
the scripts ran (checked in headless Chromium). URLs (site_url, repo_url) are
percent-encoded where they would leave their attribute.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from parsed import parse
from sitebuild import CHROMIUM, CHROMIUM_ARGS, build, make_project, serve

ARTICLE = """---
title: Minister quits
date: 2024-01-05
tags: [politics]
---
Minister John Smith said on Monday: "We will act." He added that 40,000 jobs were at risk.
"""
# Markup, a script end tag, quotes, a backtick template, line and paragraph separators
# and a right-to-left override: each must show as the characters it is.
HOSTILE = (
    "X</script><script>window.__pwned=1</script><img src=x onerror=window.__pwned=2>"
    "</title><script>window.__pwned=8</script>'\"`${window.__pwned=3}` & <b>\u2028\u2029\u202e."
)
SITE_NAME = "Site " + HOSTILE
ARCHIVE = "Arch " + HOSTILE
REPO_NAME = "Repo " + HOSTILE


def shown(name: str) -> str:
    """A name as the page shows it: on one line (the separators are whitespace), and the
    right-to-left override it leaves open closed, so that it does not run on backwards
    into the words after it (the no-JavaScript bar's tab links, the window title)."""
    return " ".join(name.split()) + "\u202c"


# The page's own bold labels and list titles are <b> inside the article; the settings
# never reach the article, so a <b> elsewhere is the settings' markup.
INJECTED = "img[src='x'], b:not(article b), script:not([src]):not([id='__config']):not([type])"
PAGES = [
    "",
    "archive/",
    "search/",
    "briefings/a/",
    "actors/john-smith/",
    "tags/politics/",
    "archive/2024-01/",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("settings"), {"content/a.md": ARTICLE})
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    for old, new in (
        ("site_name: Briefings", f"site_name: {json.dumps(SITE_NAME)}"),
        ("  - Archive: archive/index.md", f"  - {json.dumps(ARCHIVE)}: archive/index.md"),
        (
            "site_url: https://example.github.io/briefings/",
            "site_url: 'https://example.github.io/news\"><img src=x onerror=window.__pwned=6>/'\n"
            "repo_url: 'https://github.com/x/y\"><img src=x onerror=window.__pwned=7>'\n"
            f"repo_name: {json.dumps(REPO_NAME)}\n"
            f"site_author: {json.dumps(HOSTILE)}",
        ),
        (
            "  generator: false",
            "  generator: false\n  homepage: './\"><img src=x onerror=window.__pwned=9>'",
        ),
        (
            "site_description: Summaries of the news, with the figures, quotes and actors of"
            " each story.",
            f"site_description: {json.dumps(HOSTILE)}",
        ),
        ("name: Switch to dark mode", f"name: {json.dumps('Dark ' + HOSTILE)}"),
        ("primary: indigo", f"primary: {json.dumps('indigo' + HOSTILE)}"),
    ):
        assert old in text, old
        text = text.replace(old, new)
    config.write_text(text, encoding="utf-8")
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    return project / "site"


def test_built_html_holds_the_settings_as_text(site: Path) -> None:
    bars = 0
    for path in PAGES:
        page = parse((site / path / "index.html").read_text(encoding="utf-8"))
        assert page.xpath("//img | //b[not(ancestor::article)]") == [], path
        inline = [script.text_content() for script in page.xpath("//script[not(@src)]")]
        assert not any("__pwned" in code for code in inline), path
        assert page.xpath("//title")[0].text_content().endswith(shown(SITE_NAME)), path
        assert page.xpath("//meta[@name='author']/@content") == [shown(HOSTILE)], path
        if path == "":
            assert page.xpath("//meta[@name='description']/@content") == [shown(HOSTILE)]
        bar = [link.text_content() for link in page.xpath("//header[@class]/a")]
        if bar:  # the header bar of a page out of the nav, without JavaScript
            assert bar[:2] == [shown(SITE_NAME), shown(ARCHIVE)], path
            bars += 1
        for href in page.xpath("//link[@rel='canonical']/@href | //a/@href"):
            assert '"' not in href and "<" not in href, (path, href)
    assert bars == 4  # the briefing, actor, tag and month pages
    # The scripts write their markup from a JSON string: no element of the names in it.
    for script in ("briefings-header.js", "briefings-tabs.js", "briefings-nav-tabs.js"):
        code = (site / "assets" / script).read_text(encoding="utf-8")
        markup = json.loads(code.split("t.innerHTML=", 1)[1].split(".split(", 1)[0])
        assert parse(f"<html><body>{markup}</body></html>").xpath("//img | //b") == [], script


def test_no_script_runs_and_names_show_as_written(site: Path) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed: cannot load the pages in a browser")
    sync_api = pytest.importorskip("playwright.sync_api")
    with serve(site) as base, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            for path in PAGES:
                tab = browser.new_page()
                errors: list[str] = []
                tab.on("pageerror", lambda error, errors=errors: errors.append(str(error)))
                tab.goto(f"{base}/{path}", wait_until="networkidle")
                assert tab.evaluate("typeof window.__pwned") == "undefined", path
                assert tab.evaluate(f"document.querySelectorAll({INJECTED!r}).length") == 0, path
                assert errors == [], path
                topic = tab.evaluate("document.querySelector('.md-header__topic').textContent")
                assert topic.strip() == shown(SITE_NAME), path
                tabs = tab.evaluate(
                    "[...document.querySelectorAll('.md-tabs__link')].map(a => a.textContent)"
                )
                assert [title.strip() for title in tabs][:2] == ["Latest", shown(ARCHIVE)], path
                source = tab.evaluate("document.querySelector('.md-source__repository')")
                if source is not None:
                    repository = tab.evaluate(
                        "document.querySelector('.md-source__repository').textContent"
                    )
                    assert repository.strip() == shown(REPO_NAME), path
                assert tab.evaluate("document.title").endswith(shown(SITE_NAME)), path
                if path == "briefings/a/":  # the header's page title, the site's name cut off
                    title = tab.evaluate(
                        "document.querySelectorAll('.md-header__topic')[1].textContent"
                    )
                    assert title.strip() == "Minister quits"
                toggles = tab.evaluate(
                    "[...document.querySelectorAll('[data-md-component=palette] label')]"
                    ".map(label => label.title)"
                )
                assert shown("Dark " + HOSTILE) in toggles, path
                tab.close()
        finally:
            browser.close()


def test_an_international_site_url_stays_readable(tmp_path: Path) -> None:
    """Only what could end an attribute is encoded: a site on an international domain
    keeps its letters in the canonical links."""
    project = make_project(tmp_path / "idn", {"content/a.md": ARTICLE})
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    old = "site_url: https://example.github.io/briefings/"
    config.write_text(text.replace(old, "site_url: https://nouvelles.例え.jp/été/"))
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    page = parse((project / "site" / "briefings" / "a" / "index.html").read_text("utf-8"))
    assert page.xpath("//link[@rel='canonical']/@href") == [
        "https://nouvelles.例え.jp/été/briefings/a/"
    ]
