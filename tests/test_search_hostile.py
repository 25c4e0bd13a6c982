"""The search page shows indexed text as text: no value from an article can run a script.

Every value that becomes a search filter (source, tags, person, organisation and place
names from extraction, registry names, `rename_actors` values) and every piece of
indexed text that a result shows (title, excerpt, sub-result) comes from articles that
anyone may have written. A site is built from articles carrying markup in each of those
places and opened in headless Chromium, on the search page and on filtered search URLs,
at desktop and phone width: no dialog opens, no element is injected, no request leaves
the site's own host, and the hostile values are shown as text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from parsed import facets, parse, text
from sitebuild import CHROMIUM, CHROMIUM_ARGS, build, make_project, serve

SOURCE = "<img src=x onerror=alert(document.domain)>"
TAG = "<img src=x onerror=alert(42)>"
RENAMED = "<svg onload=alert(43)>Harbour Board"
REGISTERED = "<img src=//attacker.test/p.gif onerror=alert(44)>Ruth Adeyemi"
PLACE = "<iframe src=javascript:alert(45)></iframe>"

ARTICLES = {
    "content/hostile-source.md": f"""---
title: "Dockers <img src=x onerror=alert(46)> strike at Eastport"
date: 2026-11-03
source: "{SOURCE}"
tags: ["{TAG}", "ports"]
corrections:
  rename_actors:
    Eastport Harbour Board: "{RENAMED}"
---
Ruth Adeyemi, the union's general secretary, said on Monday: "Our members
<img src=x onerror=alert(47)> move the goods." The Eastport Harbour Board said
2,400 dock workers had walked out.
""",
    "content/hostile-place.md": f"""---
title: Flood barrier approved <b onmouseover=alert(48)>at last</b>
date: 2026-10-14
source: The Riverton Courier
tags: ["{TAG}"]
---
The council in Riverton approved the barrier on Tuesday. "It will protect 4,000
homes," said Mayor Ellen Price. <script>alert(49)</script>
""",
    # Its heading's anchor is `briefings-search`, the id of the search page's container;
    # its tags and source are names every JavaScript object has.
    "content/briefings-search.md": """---
title: Briefings search
date: 2026-10-15
source: __proto__
tags: [__proto__, constructor]
---
The council in Riverton said on Tuesday that 4,000 homes would be protected.
""",
    "content/actors.yml": f"""- name: "{REGISTERED}"
  type: person
  aliases: [Ruth Adeyemi, Adeyemi]
- name: "{PLACE}"
  type: place
  aliases: [Riverton]
""",
}
# Elements a hostile value would inject if it were read as HTML.
INJECTED = (
    "img[src='x'], img[src*='attacker'], svg[onload], iframe, [onerror], [onload],"
    " [onmouseover], #briefings-search script, #briefings-search b"
)
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # The example mkdocs.yml as it is, site_url included: no page may call its host.
    project = make_project(tmp_path_factory.mktemp("search-hostile"), ARTICLES)
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    return project / "site"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_search_page_shows_hostile_values_as_text(
    hostile_site: Path, viewport: dict[str, int]
) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    searches = [
        "search/?q=eastport",
        "search/?q=said",
        "search/?q=img",
        f"search/?q=strike&source={quote(SOURCE)}",
        f"search/?tag={quote(TAG)}",
        f"search/?person={quote(REGISTERED)}",
        f"search/?organisation={quote(RENAMED)}",
        f"search/?place={quote(PLACE)}",
    ]
    dialogs: list[str] = []
    foreign: list[str] = []
    shown = ""
    with serve(hostile_site) as base, sync_api.sync_playwright() as playwright:
        own_host = urlsplit(base).netloc
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport=viewport)
            tab = context.new_page()
            tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            tab.on(
                "request",
                lambda request: (
                    foreign.append(request.url)
                    if urlsplit(request.url).scheme in ("http", "https")
                    and urlsplit(request.url).netloc != own_host
                    else None
                ),
            )
            for path in searches:
                tab.goto(f"{base}/{path}", wait_until="load")
                results = tab.locator(
                    "#briefings-search :is(.briefings-result, .pagefind-ui__result)"
                )
                results.first.wait_for(state="attached", timeout=15_000)
                # every filter group arrives and is drawn; open what is folded
                tab.wait_for_timeout(1_000)
                tab.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
                tab.hover("#briefings-search")
                tab.wait_for_timeout(200)
                injected = tab.evaluate(f"document.querySelectorAll({INJECTED!r}).length")
                assert injected == 0, path
                shown += tab.locator("#briefings-search").inner_text() + "\n"
            if viewport is DESKTOP:  # the header box's dropdown shows titles and excerpts
                tab.goto(f"{base}/briefings/hostile-place/", wait_until="load")
                tab.locator("#briefings-q").click()
                tab.locator("#briefings-q").press_sequentially("img strike", delay=30)
                titles = tab.locator(".briefings-dropdown__title")
                titles.first.wait_for(timeout=15_000)
                assert "<img src=x onerror=alert(46)>" in titles.first.inner_text()
                injected = tab.evaluate(f"document.querySelectorAll({INJECTED!r}).length")
                assert injected == 0
        finally:
            browser.close()
    assert dialogs == []
    assert foreign == []
    # the values are there, as text a reader can see
    for value in (SOURCE, TAG, RENAMED, REGISTERED, PLACE):
        assert value in shown, value


def test_a_heading_with_the_search_pages_id_stays_a_heading(hostile_site: Path) -> None:
    """A title (or an actor's name) whose anchor is `briefings-search` or `briefings-q`
    gives its heading the id of the search page's container or of the header's search
    box: the page must stay as written, not become a search page inside its heading."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    page = hostile_site / "briefings" / "briefings-search" / "index.html"
    assert re.search(r"<h1 id=\"?briefings-search\"?>", page.read_text(encoding="utf-8"))
    with serve(hostile_site) as base, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            tab = browser.new_page(viewport=DESKTOP)
            tab.goto(f"{base}/briefings/briefings-search/", wait_until="load")
            tab.wait_for_timeout(500)
            assert tab.locator("h1").inner_text().rstrip("¶").strip() == "Briefings search"
            assert tab.locator(".briefings-search__form, .briefings-filters").count() == 0
            # and the search page and the header box still work
            tab.goto(f"{base}/search/?q=riverton", wait_until="load")
            results = tab.locator("#briefings-search .briefings-result")
            results.first.wait_for(state="attached", timeout=15_000)
            assert tab.locator(".briefings-search__form").count() == 1
        finally:
            browser.close()


def test_filter_values_named_like_object_properties_are_offered(hostile_site: Path) -> None:
    """A tag or source called `__proto__` or `constructor` is a filter like any other:
    offered in the panel, and shown ticked when a link chose it."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    offered = (
        "[...document.querySelectorAll('fieldset[data-filter=%s] label')].map(l => ["
        "l.querySelector('.briefings-filters__name').textContent,"
        "l.querySelector('input').checked"
        " && /^[0-9]+$/.test(l.querySelector('.briefings-filters__count').textContent)])"
    )
    with serve(hostile_site) as base, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            tab = browser.new_page(viewport=DESKTOP)
            for path, group, chosen in [
                ("search/?tag=__proto__", "tag", "__proto__"),
                ("search/?tag=constructor", "tag", "constructor"),
                ("search/?source=__proto__", "source", "__proto__"),
            ]:
                tab.goto(f"{base}/{path}", wait_until="load")
                tab.locator("#briefings-search .briefings-result").first.wait_for(
                    state="attached", timeout=15_000
                )
                tab.wait_for_timeout(500)
                values = dict(tab.evaluate(offered % group))
                assert values.get(chosen) is True, (path, values)
                assert tab.locator(".briefings-result__title").first.inner_text() == (
                    "Briefings search"
                )
            tab.goto(f"{base}/search/?q=riverton", wait_until="load")
            tab.locator("#briefings-search .briefings-result").first.wait_for(
                state="attached", timeout=15_000
            )
            tab.wait_for_timeout(500)
            tags = dict(tab.evaluate(offered % "tag"))
            assert {"__proto__", "constructor"} <= set(tags), tags
            assert all(isinstance(value, bool) for value in tags.values())
        finally:
            browser.close()


# A name with the characters the filter attribute's syntax could trip on (Pagefind
# splits `name:value` at the first colon), written in two cases by two articles: the
# archive files both under one name, so one page carries `person:<that name>` on a name
# it writes differently. Pagefind finds nothing for a filter value holding a double
# quote or a backslash: the name is filed with look-alikes (render.py's filter_value).
FILED = 'Mary Smith, tag:Evil, person:Pwn: "Q" \\ </span><img src=x onerror=alert(50)>'


def filed_article(title: str, date: str, name: str) -> str:
    return f"""---
title: {title}
date: {date}
corrections:
  rename_actors:
    Mary Smith: {json.dumps(name)}
---
Mary Smith, a docker, said on Monday: "We stay out." About 2,400 dock workers walked out.
"""


def test_a_filter_value_in_the_attribute_stays_whole_and_inert(tmp_path: Path) -> None:
    files = {
        "content/first.md": filed_article("Dock strike", "2026-11-03", FILED),
        "content/second.md": filed_article("Dock strike goes on", "2026-11-04", FILED.upper()),
    }
    project = make_project(tmp_path / "filed", files)
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    site = project / "site"
    people = [
        facets((site / "briefings" / slug / "index.html").read_text("utf-8"), "filter")
        for slug in ("first", "second")
    ]
    values = {value for page in people for name, value in page if name == "person"}
    filed = {name.replace('"', "'").replace("\\", "\u29f5") for name in (FILED, FILED.upper())}
    assert len(values) == 1 and values <= filed, people
    (value,) = values
    page = (site / "briefings" / "first" / "index.html").read_text("utf-8")
    assert FILED in text(page) or FILED.upper() in text(page)  # shown as written
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    dialogs: list[str] = []
    with serve(site) as base, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            tab = browser.new_page(viewport=DESKTOP)
            tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            # the actor page's search link, as a reader follows it
            actor = parse(page).xpath("//a[starts-with(@data-pagefind-filter, 'person')]/@href")
            tab.goto(f"{base}/briefings/first/{actor[0]}", wait_until="load")
            tab.get_by_text("Search within these briefings").click()
            results = tab.locator("#briefings-search .briefings-result")
            results.first.wait_for(state="attached", timeout=15_000)
            tab.wait_for_timeout(1_000)
            assert results.count() == 2
            offered = tab.evaluate(
                "[...document.querySelectorAll('fieldset[data-filter=person] label')].map(l =>"
                " [l.querySelector('.briefings-filters__name').textContent,"
                " l.querySelector('input').checked])"
            )
            assert [value, True] in offered, offered
            assert tab.evaluate(f"document.querySelectorAll({INJECTED!r}).length") == 0
        finally:
            browser.close()
    assert dialogs == []
