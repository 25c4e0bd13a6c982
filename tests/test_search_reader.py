"""A reader's first minutes with search and the home page, in headless Chromium, at
desktop (1280x800) and phone (390x844) width.

A small site is built from articles written here: three dated, one undated, a speaker
quoted in three of them, and a quote whose speaker the article names only as "the
prime minister's official spokesman". The home page lists two briefings (`latest: 2`),
so that the undated one would sink out of sight if it were only listed after them.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote, urlsplit

import pytest
from sitebuild import CHROMIUM, CHROMIUM_ARGS, build, make_project, serve

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} not installed", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

ARTICLES = {
    "content/talks.md": """---
title: Talks on the port dispute resume in Westmere
date: 2026-05-04
source: Test Wire
tags: [labour]
---
Negotiators for the dock workers and the port operator met again in Westmere on
Monday, a week after talks collapsed.

"The talks were constructive and we expect to meet again on Friday," the prime
minister's official spokesman said.

Rosa Delgado, the union's lead negotiator, said: "We are closer than we were, but not
close enough."
""",
    "content/budget.md": """---
title: Delgado backs the spending review
date: 2026-06-10
source: Test Wire
---
Rosa Delgado, the union's lead negotiator, welcomed the spending review on Tuesday.

"It is a start, and our members will judge it by their pay packets," Rosa Delgado said.
""",
    "content/bridge.md": """---
title: Westmere bridge reopens after repairs
date: 2026-03-01
source: Coast News
---
The Westmere bridge reopened on Sunday after six months of repairs costing £4m.

"Traffic is flowing again," said council engineer Tom Hale.
""",
    "content/ferry.txt": """Ferry timetable changes for the winter

The ferry company will run three crossings a day instead of five from November, it
said on Thursday.

"Demand falls sharply in the winter months," said Rosa Delgado, who also speaks for the
ferry crews.
""",
}
NEWEST_FIRST = [
    "Delgado backs the spending review",
    "Talks on the port dispute resume in Westmere",
    "Ferry timetable changes for the winter",  # undated: last
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
VIEWPORTS = pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
FURNITURE = ("¶", "quoted ·", "reported ·", "Full text", "Key terms", "Who is involved")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = make_project(tmp_path_factory.mktemp("reader"), ARTICLES)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("latest: 20", "latest: 2"), encoding="utf-8")
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    root = tmp_path_factory.mktemp("reader-web")
    (root / "news").symlink_to(project / "site", target_is_directory=True)
    with serve(root) as base:  # under /news/, as GitHub Pages serves a project site
        yield f"{base}/news/"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_page(browser: object, viewport: dict[str, int]) -> object:
    page = browser.new_context(viewport=viewport).new_page()  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors
    return page


def results(page: object) -> list[str]:
    """The result titles once the search has answered (a status line says so)."""
    page.wait_for_function(  # type: ignore[attr-defined]
        """() => {
            const root = document.getElementById("briefings-search");
            const box = root && root.querySelector(".briefings-search__input");
            return box && root.dataset.shown === box.value.trim();
        }""",
        timeout=15_000,
    )
    titles = page.locator(".briefings-result__title")  # type: ignore[attr-defined]
    return [" ".join(text.split()) for text in titles.all_inner_texts()]


@VIEWPORTS
def test_search_within_an_actor_lists_every_briefing_newest_first(
    browser: object, base_url: str, viewport: dict[str, int]
) -> None:
    page = open_page(browser, viewport)
    page.goto(f"{base_url}actors/rosa-delgado/")
    page.get_by_role("link", name="Search within these briefings").click()
    page.wait_for_url(f"**/search/?person={quote('Rosa Delgado')}")
    assert results(page) == NEWEST_FIRST
    status = page.locator(".briefings-search__status").inner_text()
    assert status == "3 briefings, newest first"
    # the filter is shown as chosen, and unticking it empties the list
    chosen = page.locator(".briefings-filters input:checked")
    assert chosen.count() == 1
    if viewport is PHONE:
        page.locator(".briefings-filters summary").click()
    chosen.first.click()
    page.locator(".briefings-search__status", has_text="Type a word").wait_for()
    assert page.locator(".briefings-result").count() == 0
    assert page.errors == []


@VIEWPORTS
def test_filters_alone_by_source(browser: object, base_url: str, viewport: dict[str, int]) -> None:
    page = open_page(browser, viewport)
    page.goto(f"{base_url}search/?source={quote('Test Wire')}")
    assert results(page) == NEWEST_FIRST[:2]
    assert page.errors == []


@VIEWPORTS
def test_excerpts_hold_what_a_reader_searched_for(
    browser: object, base_url: str, viewport: dict[str, int]
) -> None:
    page = open_page(browser, viewport)
    page.goto(f"{base_url}search/?q=Delgado")
    assert sorted(results(page)) == sorted(NEWEST_FIRST)
    excerpts = page.locator(".briefings-result__excerpt").all_inner_texts()
    assert len(excerpts) == 3  # one per briefing
    for excerpt in excerpts:
        assert "Delgado" in excerpt
        for label in FURNITURE:
            assert label not in excerpt, (label, excerpt)
    for result in page.locator(".briefings-result").all():
        assert result.locator(".briefings-result__section").count() <= 1
    # labels and navigation are not indexed at all
    for word in ("paragraphs", "unattributed", "extraction"):
        page.goto(f"{base_url}search/?q={word}")
        page.locator(".briefings-search__status", has_text="No briefing matches").wait_for()
    assert page.errors == []


@VIEWPORTS
def test_results_come_first_and_filters_fold(
    browser: object, base_url: str, viewport: dict[str, int]
) -> None:
    page = open_page(browser, viewport)
    page.goto(f"{base_url}search/?q=Westmere")
    assert len(results(page)) == 2
    first = page.locator(".briefings-result").first.bounding_box()
    panel = page.locator(".briefings-filters")
    assert panel.count() == 1  # every filter group behind the one control
    if viewport is PHONE:
        assert not panel.evaluate("details => details.open")
        assert first["y"] + first["height"] <= PHONE["height"]  # on the first screen
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0
        panel.locator("summary").click()  # the filters are fetched now (see below)
        panel.locator("fieldset[data-filter='person']").wait_for(state="visible")
    else:
        assert panel.evaluate("details => details.open")
        box = panel.bounding_box()
        assert box["x"] > first["x"] + first["width"] - 1  # a sidebar beside the results
    assert page.errors == []


def test_a_folded_filter_panel_fetches_no_filters(browser: object, base_url: str) -> None:
    """Filter files hold every value of every filter and grow with the archive: a phone
    reader who never opens the panel does not download them; opening it does."""
    page = open_page(browser, PHONE)
    fetched: list[str] = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    page.goto(f"{base_url}search/?q=Westmere")
    assert len(results(page)) == 2
    page.wait_for_load_state("networkidle")
    assert [url for url in fetched if "/pagefind/filter/" in url] == []
    page.locator(".briefings-filters summary").click()
    page.locator(".briefings-filters fieldset[data-filter='person']").wait_for(state="visible")
    assert [url for url in fetched if "/pagefind/filter/" in url] != []
    assert page.errors == []


def test_header_box_shows_results_as_you_type(browser: object, base_url: str) -> None:
    page = open_page(browser, DESKTOP)
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(urlsplit(request.url).path))
    page.goto(f"{base_url}briefings/bridge/")
    page.wait_for_load_state("networkidle")
    assert not [path for path in fetched if "/pagefind/" in path]  # not before focus
    box = page.locator("#briefings-q")
    box.click()
    box.press_sequentially("Delgado", delay=30)
    dropdown = page.locator(".briefings-dropdown")
    dropdown.locator(".briefings-dropdown__title").first.wait_for(timeout=15_000)
    titles = dropdown.locator(".briefings-dropdown__title").all_inner_texts()
    assert sorted(" ".join(t.split()) for t in titles) == sorted(NEWEST_FIRST)
    assert any(path.endswith("/pagefind/pagefind.js") for path in fetched)
    box.press("Escape")
    assert dropdown.is_hidden() and box.input_value() == "Delgado"
    box.press("Enter")
    page.wait_for_url("**/search/?q=Delgado")
    assert sorted(results(page)) == sorted(NEWEST_FIRST)
    assert page.errors == []


def test_escape_closes_the_header_list_for_good(browser: object, base_url: str) -> None:
    """Escape closes the list while the last keys typed are still to be searched: that
    search must not open it again (it did when its answer came after the Escape). The
    page's clock is the test's, so the typing pause ends when the test says."""
    page = open_page(browser, DESKTOP)
    page.clock.install()
    page.goto(f"{base_url}briefings/bridge/")
    box = page.locator("#briefings-q")
    box.click()
    box.press_sequentially("Delgado")
    page.clock.run_for(500)  # the typing pause: the search runs
    dropdown = page.locator(".briefings-dropdown")
    dropdown.locator(".briefings-dropdown__title").first.wait_for(timeout=15_000)
    box.press_sequentially(" ferry")  # a new search, due after the typing pause
    box.press("Escape")
    page.clock.run_for(500)  # the pause ends after the Escape
    page.wait_for_load_state("networkidle")
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => done()))")
    assert dropdown.is_hidden() and box.input_value() == "Delgado ferry"
    assert page.errors == []


def test_header_search_on_a_phone_opens_the_search_page(browser: object, base_url: str) -> None:
    page = open_page(browser, PHONE)
    page.goto(f"{base_url}briefings/bridge/")
    page.locator(".briefings-header-search__button").click()
    page.wait_for_url("**/search/?q=")
    box = page.locator(".briefings-search__input")
    assert box.evaluate("box => box === document.activeElement")
    assert page.errors == []


@VIEWPORTS
def test_home_page_lists_the_undated_briefing(
    browser: object, base_url: str, viewport: dict[str, int]
) -> None:
    page = open_page(browser, viewport)
    page.goto(base_url)
    article = page.locator("article")
    dated = article.locator("ul").first.locator("li > b a").all_inner_texts()
    assert dated == NEWEST_FIRST[:2]  # latest: 2
    heading = article.locator("h2", has_text="Undated")
    assert heading.is_visible()
    undated = article.locator("h2 ~ ul li > b a")
    assert undated.all_inner_texts() == ["Ferry timetable changes for the winter"]
    undated.first.click()
    page.wait_for_url("**/briefings/ferry/")
    assert page.errors == []


@VIEWPORTS
def test_unattributed_quote_shows_the_articles_words(
    browser: object, base_url: str, viewport: dict[str, int]
) -> None:
    page = open_page(browser, viewport)
    page.goto(f"{base_url}briefings/talks/")
    headings = [" ".join(h.split()) for h in page.locator("article h3").all_inner_texts()]
    assert "The prime minister's official spokesman" in [h.rstrip("¶") for h in headings]
    assert not any(h.startswith("Unattributed") for h in headings)
    section = page.locator("article h3", has_text="official spokesman")
    assert section.get_by_role("link").filter(has_not_text="¶").count() == 0  # no actor page
    quote_text = page.locator("article h3:has-text('official spokesman') ~ blockquote")
    quote_text = quote_text.first.inner_text()
    assert "The talks were constructive" in quote_text
    assert page.errors == []


def test_search_within_a_tag(browser: object, base_url: str) -> None:
    page = open_page(browser, DESKTOP)
    page.goto(f"{base_url}tags/labour/")
    page.get_by_role("link", name="Search within these briefings").click()
    page.wait_for_url("**/search/?tag=labour")
    assert results(page) == ["Talks on the port dispute resume in Westmere"]
    assert page.errors == []
