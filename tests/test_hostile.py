"""Hostile input is inert: a real site built from an article written to attack it.

Article text, titles, metadata, actor names and quotes must reach the page as text:
no script runs (checked in headless Chromium), no element is injected, no link leads to
`javascript:` or `data:`, Jinja2 syntax stays literal, and nothing changes other pages
or lands outside the site folder.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from parsed import links, parse, text
from sitebuild import CHROMIUM, CHROMIUM_ARGS, build, make_project, serve

HOSTILE = """---
title: "<script>window.__pwned=1</script> Minister <img src=x onerror=window.__pwned=2> quits"
date: 2024-01-05
source: "<b>Evil</b> [Times](javascript:window.__pwned=3)"
url: "https://example.com/a?b=\\"><script>window.__pwned=4</script>"
authors: ["<svg onload=window.__pwned=5>", "**Bold** _x_"]
tags: ["<script>window.__pwned=6</script>", "../../etc", "a|b"]
summary: "Summary <iframe src=javascript:window.__pwned=7></iframe> {% raw %}"
---
Minister John Smith said on Monday: "<script>window.__pwned=8</script> We will \
<img src=x onerror=window.__pwned=9> act." He added that 40,000 jobs were at risk.

<div onmouseover="window.__pwned=10">Raw HTML block</div>

<script>window.__pwned = 11; document.body.appendChild(document.createElement('pwned'))</script>

Click [here](javascript:window.__pwned=12) or [data](data:text/html;base64,PHNjcmlwdD4=) \
or <javascript:window.__pwned=13>.

Jinja: {{ 7*7 }} {% for x in range(3) %}loop{% endfor %} {{ config }}

"It's *not* | a [link](javascript:x) `code` # heading > quote <b>bold</b> \\ back -- end," \
said Jane Doe, the chief executive of Evil Corp.

???+ note "Injected"
    Collapsible block

| table | row |
|---|---|
| x | y |

===
"""
TITLE_BREAKOUT = """---
title: "Oops </title><script>window.__pwned=20</script><title>"
date: 2024-01-06
---
A short body about nothing in particular.
"""
CONTROL = """---
title: Harvest report
date: 2023-06-01
tags: [farming]
---
Farmers in Dorset reported a good wheat harvest this year, the county council said.
"""
INJECTED = "pwned, img[src='x'], svg[onload], iframe, [onmouseover], article script"
# The page's own labels and highlighted figures are <b>; an injected one holds these words.
INJECTED_BOLD = (
    "[...document.querySelectorAll('b')].filter(b => /^(Evil|bold)$/.test(b.textContent)).length"
)


@pytest.fixture(scope="module")
def control_only(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("control"), {"content/control.md": CONTROL})
    assert build(project).status == 0
    return project


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = {
        "content/control.md": CONTROL,
        "content/hostile.md": HOSTILE,
        "content/title.md": TITLE_BREAKOUT,
    }
    project = make_project(tmp_path_factory.mktemp("hostile"), files)
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    return project


def page(project: Path, path: str) -> str:
    return (project / "site" / path / "index.html").read_text(encoding="utf-8")


def article_html(html: str) -> str:
    return html.split('<article class="md-content__inner', 1)[1].split("</article>", 1)[0]


def test_no_markup_from_the_article_reaches_the_page(hostile: Path) -> None:
    html = article_html(page(hostile, "briefings/hostile"))
    assert "<script" not in html
    assert not re.search(r"<(img|svg|iframe|pwned)\b", html)
    # The page's own labels and highlighted figures are <b>; the article's never is.
    assert not re.search(r"<b>(Evil|bold)", html)
    article = parse(html)
    for element in article.iter():
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            if name in ("href", "src", "action"):
                assert not re.match(r"\s*(javascript|data|vbscript):", value, re.I), value
    assert len(article.findall(".//details")) == 1  # only the template's
    assert len(article.findall(".//h1")) == 1  # `===` did not make a heading
    shown = text(article)  # the article's markup, shown as text
    assert "<script>window.__pwned=8</script>" in shown
    assert "{{ 7*7 }}" in shown and "{% for x in range(3) %}" in shown


def test_original_link_is_percent_encoded_http(hostile: Path) -> None:
    html = page(hostile, "briefings/hostile")
    hrefs = [href for href, words in links(html) if words == "Read the original"]
    assert hrefs == ["https://example.com/a?b=%22%3E%3Cscript%3Ewindow.__pwned=4%3C/script%3E"]


def test_title_cannot_break_out_of_the_title_element(hostile: Path) -> None:
    """<title> is raw text to a browser: only `</title` ends it and entities are decoded,
    so the page has one title, reading as the article's title, and nothing after it."""
    html = page(hostile, "briefings/title")
    assert html.lower().count("</title") == 1
    titles = re.findall(r"<title>(.*?)</title>", html, re.DOTALL)
    assert [unescape(title) for title in titles] == [
        "Oops </title><script>window.__pwned=20</script><title> - Briefings"
    ]


def test_metadata_paths_stay_inside_the_site(hostile: Path) -> None:
    outside = {
        path.relative_to(hostile).as_posix()
        for path in hostile.rglob("*")
        if path.is_file()
        and not path.relative_to(hostile).as_posix().startswith(("site/", "build/", ".cache/"))
        and "templates" not in path.parts
    }
    assert outside == {"mkdocs.yml", "content/control.md", "content/hostile.md", "content/title.md"}
    assert (hostile / "site" / "tags" / "etc" / "index.html").is_file()
    assert not (hostile.parent / "etc").exists()


def test_hostile_article_does_not_change_other_pages(hostile: Path, control_only: Path) -> None:
    assert page(hostile, "briefings/control") == page(control_only, "briefings/control")
    assert page(hostile, "tags/farming") == page(control_only, "tags/farming")


def test_no_script_runs_in_chromium(hostile: Path) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed: cannot load the briefing in a browser")
    sync_api = pytest.importorskip("playwright.sync_api")
    pages = [
        "briefings/hostile/",
        "briefings/title/",
        "tags/script-window-pwned-6-script/",
        "archive/2024-01/",
        "",
    ]
    dialogs: list[str] = []
    with serve(hostile / "site") as base, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            tab = browser.new_page()
            tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            for path in pages:
                response = tab.goto(f"{base}/{path}", wait_until="load")
                assert response is not None and response.ok, path
                tab.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
                tab.hover("article")
                tab.wait_for_timeout(200)
                assert tab.evaluate("typeof window.__pwned") == "undefined", path
                assert tab.evaluate(f"document.querySelectorAll({INJECTED!r}).length") == 0, path
                assert tab.evaluate(INJECTED_BOLD) == 0, path
                assert "pwned" in tab.content() or path == "", path
        finally:
            browser.close()
    assert dialogs == []
