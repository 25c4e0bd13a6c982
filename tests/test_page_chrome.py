"""Page chrome (issue 14): no empty sidebar, and a headline that starts the page.

With Material's tabs and a nav of five pages, the navigation sidebar had nothing to
show on a wide screen but still took a column and its markup beside every briefing;
month and tag pages had an empty table-of-contents column too. On a phone the headline
sat 50 px under the header and two lines above its byline. A small site is built with
the repository's mkdocs.yml and read as a browser does (parsed; laid out in Chromium).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from parsed import parse
from sitebuild import CHROMIUM, CHROMIUM_ARGS, build, make_project, serve

ARTICLE = """---
title: Harbour board approves new ferry terminal
date: 2026-03-02
source: The Test Gazette
tags: [transport]
---

The harbour board approved a new ferry terminal on Monday at a cost of £40m.

"This terminal will serve the island for fifty years," said Mara Quinn, the board's
chair.
"""

BRIEFING = "briefings/ferry-terminal/index.html"
PAGES = {
    "home": "index.html",
    "briefing": BRIEFING,
    "actor": "actors/mara-quinn/index.html",
    "tag": "tags/transport/index.html",
    "month": "archive/2026-03/index.html",
    "archive": "archive/index.html",
    "search": "search/index.html",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(
        tmp_path_factory.mktemp("chrome"), {"content/ferry-terminal.md": ARTICLE}
    )
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    return project / "site"


def sidebars(site: Path, page: str) -> dict[str, object]:
    """The page's sidebars by type (`navigation`, `toc`), as elements."""
    tree = parse((site / page).read_text(encoding="utf-8"))
    return {
        div.get("data-md-type"): div
        for div in tree.iter("div")
        if "md-sidebar" in (div.get("class") or "").split()
    }


# Pages in the nav (its tabs): the others are not, and have no nav entry to mark active.
IN_NAV = {"home", "archive", "search"}


@pytest.mark.parametrize("kind", sorted(IN_NAV))
def test_navigation_sidebar_is_the_phone_drawer_only(site: Path, kind: str) -> None:
    """The tabs show the five nav entries on a wide screen, so the navigation sidebar is
    `hidden` there (Material's `hide: navigation`); it stays in the page, with its
    links, because it is the drawer the menu button opens on a phone."""
    nav = sidebars(site, PAGES[kind])["navigation"]
    assert nav.get("hidden") is not None, kind
    labels = [" ".join(a.text_content().split()) for a in nav.iter("a")]
    assert labels[-5:] == ["Latest", "Archive", "Actors", "Tags", "Search"], kind


@pytest.mark.parametrize("kind", sorted(set(PAGES) - IN_NAV))
def test_drawer_of_a_page_out_of_the_nav_is_written_from_the_tabs(site: Path, kind: str) -> None:
    """A briefing, actor, tag or month page (thousands of them) repeats neither the
    tabs nor the drawer's markup, the tabs' five links again (issue 14): one script,
    assets/briefings-nav-tabs.js, writes the tabs (Material's, rendered at build time)
    in front of <main>, then the drawer from them (the code of assets/briefings-nav.js;
    drawn and opened in the browser test below). The page loads no separate tabs
    script (issue 14: one script tag fewer)."""
    page = parse((site / PAGES[kind]).read_text(encoding="utf-8"))
    assert "navigation" not in sidebars(site, PAGES[kind]), kind
    scripts = page.xpath('//div[contains(@class, "md-main__inner")]/script')
    assert scripts[0].get("src") == "../../assets/briefings-nav-tabs.js", kind  # drawer first
    assert not page.xpath('//*[contains(@class, "md-tabs")]'), kind
    assert not page.xpath('//div[@class="md-container"]/script'), kind
    assert "briefings-tabs.js" not in (site / PAGES[kind]).read_text(encoding="utf-8")
    script = (site / "assets/briefings-nav-tabs.js").read_text(encoding="utf-8")
    titles = re.findall(r"class=md-tabs__link href=[^>]*>([^<]*)<", script)
    assert titles == ["Latest", "Archive", "Actors", "Tags", "Search"], kind
    assert "--active" not in script
    nav = (site / "assets/briefings-nav.js").read_text(encoding="utf-8")
    assert script.endswith(nav) and 's.closest("main")' in script.removesuffix(nav)


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_no_empty_table_of_contents(site: Path, kind: str) -> None:
    """A table of contents is drawn only where it lists headings of the page."""
    toc = sidebars(site, PAGES[kind]).get("toc")
    if toc is None:
        return
    targets = [a.get("href") for a in toc.iter("a")]
    assert targets and all(target.startswith("#") for target in targets), kind
    assert toc.get("hidden") is None, kind


def test_briefing_keeps_a_table_of_its_sections(site: Path) -> None:
    """A briefing's table of contents lists its sections, not the speakers under "Who
    said what" (issue 14: it repeated every h3 on every page); a page of fewer than
    three sections (an actor page has two) has none, nor do tag, month and search.
    Out of the nav, the page does not repeat it either (issue 14: 0.8 KB a briefing):
    assets/briefings-toc.js writes it from the headings (drawn in the browser test)."""
    page = parse((site / BRIEFING).read_text(encoding="utf-8"))
    assert "toc" not in sidebars(site, BRIEFING)
    (script,) = page.xpath('//script[contains(@src, "assets/briefings-toc.js")]')
    assert script.get("data-label") is None  # Material's English words, the default
    assert "md-content" in script.getprevious().get("class")  # right after the content
    sections = [h2.get("id") for h2 in page.xpath("//article//h2")]
    assert sections == ["summary", "key-figures", "who-said-what", "who-is-involved", "the-article"]
    assert page.xpath('//h3[@id="mara-quinn"]')  # the speaker's heading is still there
    for kind in ("actor", "tag", "month", "search"):
        assert "toc" not in sidebars(site, PAGES[kind]), kind
        assert "briefings-toc.js" not in (site / PAGES[kind]).read_text(encoding="utf-8"), kind


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium")
def test_back_to_top_button_written_on_pages_out_of_the_nav(site: Path) -> None:
    """Material's back-to-top button is shown only by its JavaScript, so a page out of
    the nav does not repeat it (issue 14): assets/briefings-nav.js writes it where
    Material puts it (in <main>, after .md-main__inner); pages in the nav keep it. In the
    browser it appears once the reader scrolls back up, and takes them to the top."""
    from playwright.sync_api import sync_playwright

    for kind, page_path in PAGES.items():
        page = parse((site / page_path).read_text(encoding="utf-8"))
        buttons = page.xpath('//button[contains(@class, "md-top")]')
        assert len(buttons) == (1 if kind in IN_NAV else 0), kind
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 400})
        page.goto(f"{base}/briefings/ferry-terminal/", wait_until="networkidle")
        placed = page.evaluate(
            """() => { const b = document.querySelectorAll("main > .md-top");
                return [b.length, b.length && b[0].previousElementSibling.className,
                        b.length && b[0].textContent.trim(),
                        b.length && b[0].querySelector("svg").getBoundingClientRect().width]; }"""
        )
        page.mouse.wheel(0, 600)
        page.wait_for_timeout(300)
        page.mouse.wheel(0, -200)
        page.wait_for_timeout(600)
        shown = page.locator(".md-top").is_visible()
        page.click(".md-top")
        page.wait_for_timeout(800)
        top = page.evaluate("window.scrollY")
        browser.close()
    assert placed[:3] == [1, "md-main__inner md-grid", "Back to top"]
    assert placed[3] > 0  # the icon draws from the sprite
    assert shown and top == 0


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium")
def test_layout_on_a_wide_screen_and_a_phone(site: Path) -> None:
    """Wide screen: no empty column left of the briefing (the text starts under the
    first tab). Phone: the headline starts close under the header, its byline right
    under it, and the menu button still opens the drawer with the nav links."""
    from playwright.sync_api import sync_playwright

    box = (
        "(s) => { const r = document.querySelector(s).getBoundingClientRect();"
        " return [r.left, r.top, r.bottom, r.width]; }"
    )
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        wide = browser.new_page(viewport={"width": 1280, "height": 900})
        wide.goto(f"{base}/briefings/ferry-terminal/", wait_until="networkidle")
        tab_left = wide.evaluate(box, ".md-tabs__link")[0]
        # Where Material puts its tabs: in the container, right before <main>.
        tabs_at = wide.evaluate(
            "(t => [t.parentElement.className, t.nextElementSibling.tagName,"
            " document.querySelectorAll('.md-tabs').length])(document.querySelector('.md-tabs'))"
        )
        h1_left, _, _, h1_width = wide.evaluate(box, ".md-content h1")
        toc = wide.evaluate(
            "[...document.querySelectorAll('.md-sidebar--secondary [data-md-component=toc] a')]"
            ".map(a => [a.textContent, a.getAttribute('href'), a.getBoundingClientRect().width])"
        )
        toc_left = wide.evaluate(box, ".md-sidebar--secondary")[0]
        phone = browser.new_page(viewport={"width": 390, "height": 844})
        phone.goto(f"{base}/briefings/ferry-terminal/", wait_until="networkidle")
        header_bottom = phone.evaluate(box, ".md-header")[2]
        _, h1_top, h1_bottom, _ = phone.evaluate(box, ".md-content h1")
        byline_top = phone.evaluate(box, ".md-content .briefing-byline")[1]
        phone.click("label.md-header__button[for=__drawer]")
        phone.wait_for_selector(".md-sidebar--primary a[href='../../archive/']", state="visible")
        drawer = phone.evaluate(
            "[...document.querySelectorAll('.md-sidebar--primary .md-nav__link')]"
            ".map(a => [a.textContent, a.getAttribute('href')])"
        )
        logo = phone.evaluate(
            "document.querySelector('.md-sidebar--primary .md-logo use').getBBox().width"
        )
        browser.close()
    assert tabs_at == ["md-container", "MAIN", 1]
    assert abs(h1_left - tab_left) < 2  # was 250 px to the right, past an empty column
    # The table of contents assets/briefings-toc.js wrote, drawn right of the content.
    assert [(text, href) for text, href, _ in toc] == [
        ("Summary", "#summary"),
        ("Key figures", "#key-figures"),
        ("Who said what", "#who-said-what"),
        ("Who is involved", "#who-is-involved"),
        ("The article", "#the-article"),
    ]
    assert all(width > 0 for _, _, width in toc) and toc_left > h1_left + h1_width
    assert h1_width > 800  # the content takes the column the empty sidebar held
    assert h1_top - header_bottom <= 32  # was 50
    assert byline_top - h1_bottom <= 24  # was 32, with the headline's own leading on top
    # The drawer assets/briefings-nav-tabs.js wrote: the tabs' links (as it wrote the
    # tabs: the home page is ../../), the logo drawn.
    assert drawer == [
        ["Latest", "../../"],
        ["Archive", "../../archive/"],
        ["Actors", "../../actors/"],
        ["Tags", "../../tags/"],
        ["Search", "../../search/"],
    ]
    assert logo > 0


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium")
def test_phone_without_javascript_shows_the_tabs(site: Path) -> None:
    """Without JavaScript no drawer is written: on a phone the tabs' links stay shown
    (Material hides its tabs there), and the menu button that would open an empty drawer
    is gone; the same on a page in the nav, whose drawer would only repeat the tabs. On a
    page out of the nav, whose tabs a script writes, the links are in the plain header
    bar that stands in for Material's."""
    from playwright.sync_api import sync_playwright

    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        phone = browser.new_context(
            viewport={"width": 390, "height": 844}, java_script_enabled=False
        ).new_page()
        phone.goto(f"{base}/briefings/ferry-terminal/", wait_until="networkidle")
        links = phone.locator("header.briefings-fallback a")
        tabs = [
            links.nth(i).inner_text() for i in range(links.count()) if links.nth(i).is_visible()
        ]
        menu = phone.locator("label.md-header__button[for=__drawer]").is_visible()
        phone.goto(f"{base}/archive/", wait_until="networkidle")
        tabs_in_nav = phone.locator(".md-tabs").is_visible()
        browser.close()
    assert tabs == ["Briefings", "Archive", "Actors", "Tags", "Search"] and not menu
    assert tabs_in_nav


def test_search_summary_is_read_from_the_visible_summary(site: Path) -> None:
    """The first summary sentence, the text of a search result found by filters alone,
    is marked in the summary the reader sees, not repeated in the hidden facets; and
    Pagefind still records it."""
    import gzip
    import json

    tree = parse((site / BRIEFING).read_text(encoding="utf-8"))
    marked = tree.xpath('//*[@data-pagefind-meta="summary"]')
    assert len(marked) == 1
    assert not marked[0].xpath("ancestor-or-self::*[@hidden]")
    assert marked[0].getparent().getprevious().get("id") == "summary"  # under "Summary"
    sentence = " ".join(marked[0].text_content().split())
    assert sentence.startswith("The harbour board approved a new ferry terminal")
    metas = [
        json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))["meta"]
        for path in site.glob("pagefind*/**/*.pf_fragment")
    ]
    assert [" ".join(meta["summary"].split()) for meta in metas] == [sentence]


def test_search_facets_are_read_from_what_the_page_shows(site: Path) -> None:
    """The byline's source and date (its year), the tag links and the actor links carry
    their own Pagefind filter, meta and sort (issue 14: not repeated in hidden facets,
    which a dated briefing of named actors no longer has); Pagefind records the same
    filters and meta as before."""
    import gzip
    import json

    tree = parse((site / BRIEFING).read_text(encoding="utf-8"))
    assert not tree.xpath('//*[contains(@class, "search-facets")]')
    shown = [
        (element.get("data-pagefind-filter"), element.text_content(), element.tag)
        for element in tree.xpath("//*[@data-pagefind-filter]")
        if not element.xpath("ancestor::*[@hidden]")
    ]
    assert ("source", "The Test Gazette", "span") in shown
    assert ("tag", "transport", "a") in shown
    assert ("person", "Mara Quinn", "a") in shown
    (time,) = tree.xpath('//*[@class="briefing-byline"]/time')
    assert (time.get("data-pagefind-meta"), time.get("data-pagefind-sort")) == ("date", "date")
    assert time.get("data-pagefind-filter") == "year:2026"
    (fragment,) = [
        json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
        for path in site.glob("pagefind*/**/*.pf_fragment")
    ]
    assert fragment["filters"]["source"] == ["The Test Gazette"]
    assert fragment["filters"]["tag"] == ["transport"]
    assert fragment["filters"]["person"] == ["Mara Quinn"]
    assert fragment["filters"]["year"] == ["2026"]
    assert (fragment["meta"]["date"], fragment["meta"]["source"]) == (
        "2026-03-02",
        "The Test Gazette",
    )
