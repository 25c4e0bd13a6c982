"""The built site in a real browser: Debian's Chromium, headless, driven by Playwright.

A reader's path: type a speaker's name into search, find their briefing, open it,
follow the speaker to their actor page and read their quotes; narrow a search by an
actor; search from the header of any page. Screenshots of a briefing, an actor page
and search results, on a phone and a laptop, light and dark, are written to
build/screenshots/ (or $BRIEFINGS_SCREENSHOTS) for a person to look at.

The site is the one test_site.py builds (`briefings build` of real articles), served
by http.server on 127.0.0.1. Skips when /usr/bin/chromium is not installed.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from test_site import BuiltSite, built_site  # noqa: F401 - the session fixture

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[1]
SCREENSHOTS = Path(os.environ.get("BRIEFINGS_SCREENSHOTS", REPO / "build" / "screenshots"))
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 900}

if not CHROMIUM.exists():
    pytest.skip(
        f"{CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) "
        "to run the browser tests",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def base_url(
    built_site: BuiltSite,  # noqa: F811 - pytest fixture
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[str]:
    """The built site served on a free localhost port, under /news/ as GitHub Pages
    serves a project site (https://owner.github.io/repo/): links must not assume the
    site sits at the server's root."""
    root = tmp_path_factory.mktemp("webroot")
    (root / "news").symlink_to(built_site.site, target_is_directory=True)
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/news/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()


def open_page(browser: object, viewport: dict[str, int], scheme: str = "light") -> object:
    context = browser.new_context(viewport=viewport, color_scheme=scheme)  # type: ignore[attr-defined]
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors  # JavaScript errors, checked by the tests
    return page


RESULT_TITLE = ".briefings-result__title"


def search(page: object, base_url: str, query: str) -> object:
    """Type `query` into the search page as a reader would; return the results list."""
    page.goto(f"{base_url}search/")  # type: ignore[attr-defined]
    box = page.locator(".briefings-search__input")  # type: ignore[attr-defined]
    box.press_sequentially(query)
    page.wait_for_function(  # type: ignore[attr-defined]
        "q => document.getElementById('briefings-search').dataset.shown === q",
        arg=query,
        timeout=15_000,
    )
    results = page.locator(".briefings-result")  # type: ignore[attr-defined]
    results.first.wait_for(state="visible", timeout=15_000)
    return results


def shoot(page: object, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)  # type: ignore[attr-defined]
    return path


def test_speaker_search_leads_to_briefing_and_actor_quotes(browser: object, base_url: str) -> None:
    page = open_page(browser, LAPTOP)
    results = search(page, base_url, "Ruth Adeyemi")
    links = page.locator(RESULT_TITLE)
    titles = [" ".join(text.split()) for text in links.all_inner_texts()]
    assert "Dock workers at Eastport walk out over pay, halting container traffic" in titles
    assert results.count() >= 1
    links.filter(has_text="Dock workers at Eastport").first.click()
    page.wait_for_url("**/briefings/port-strike/")
    heading = page.locator("h3", has_text="Ruth Adeyemi")
    assert "union's general secretary" in page.locator("article").inner_text()
    heading.get_by_role("link", name="Ruth Adeyemi").click()
    page.wait_for_url("**/actors/ruth-adeyemi/")
    article = page.locator("article")
    assert article.locator("h1").inner_text().startswith("Ruth Adeyemi")
    quotes = article.locator("blockquote").all_inner_texts()
    assert any("Our members move the goods" in text for text in quotes)
    assert "Dock workers at Eastport" in article.inner_text()
    assert page.errors == []


def test_filter_by_merged_actor(browser: object, base_url: str) -> None:
    """Filtering by "Tony Blair" finds the briefing that only says "Mr Blair" too."""
    page = open_page(browser, LAPTOP)
    page.goto(f"{base_url}search/?q=said&person={quote('Tony Blair')}")
    links = page.locator(RESULT_TITLE)
    links.first.wait_for(state="visible", timeout=15_000)
    page.wait_for_timeout(500)  # let the filtered result list settle
    titles = sorted(" ".join(text.split()) for text in links.all_inner_texts())
    assert titles == ["Blair urges calm over budget", "Former leader returns to campaign trail"]
    groups = ("person", "organisation", "place", "tag", "source", "year")
    panel = page.locator(".briefings-filters")
    shown = panel.locator("fieldset").evaluate_all("sets => sets.map(s => s.dataset.filter)")
    # every group that narrows these results, in order (a value no result has is left out)
    assert [name for name in groups if name in shown] == shown
    assert {"person", "tag", "source", "year"} <= set(shown)
    chosen = panel.locator("input:checked").evaluate_all(
        "boxes => boxes.map(b => b.parentElement.innerText)"
    )
    assert [" ".join(text.split()[:2]) for text in chosen] == ["Tony Blair"]
    assert page.errors == []


def test_header_search_from_any_page(browser: object, base_url: str) -> None:
    page = open_page(browser, LAPTOP)
    page.goto(f"{base_url}briefings/rail-line/")
    page.locator("#briefings-q").fill("Meridian Capital")
    page.locator("#briefings-q").press("Enter")
    page.wait_for_url("**/search/?q=Meridian+Capital")
    link = page.locator(RESULT_TITLE, has_text="Dock workers at Eastport")
    link.first.wait_for(state="visible", timeout=15_000)
    assert page.errors == []


def test_figure_and_quote_phrase_find_their_briefing(browser: object, base_url: str) -> None:
    page = open_page(browser, LAPTOP)
    for query in ("fair and final", "2,400 dock workers"):
        search(page, base_url, query)
        first = page.locator(RESULT_TITLE).first
        assert "Dock workers at Eastport" in first.inner_text(), query


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("device", ["phone", "laptop"])
def test_screenshots_read_well(browser: object, base_url: str, device: str, scheme: str) -> None:
    """Screenshots for a person to look at; asserts only what a machine can judge."""
    viewport = PHONE if device == "phone" else LAPTOP
    page = open_page(browser, viewport, scheme)
    for name, path in (("briefing", "briefings/port-strike/"), ("actor", "actors/ruth-adeyemi/")):
        page.goto(f"{base_url}{path}")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name} page scrolls sideways on a {device}"
        shoot(page, f"{name}-{device}-{scheme}")
    page.goto(f"{base_url}briefings/port-strike/")
    page.evaluate("document.getElementById('key-figures').scrollIntoView()")
    shoot(page, f"figures-{device}-{scheme}")
    search(page, base_url, "Ruth Adeyemi")
    page.wait_for_timeout(300)
    shoot(page, f"search-{device}-{scheme}")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    dark = background not in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)")
    assert dark == (scheme == "dark"), background
    assert page.errors == []


def test_phone_figures_label_what_they_count_and_hide_an_empty_count(
    browser: object, base_url: str
) -> None:
    """On a phone the figures table becomes cards without column headings: the second
    line says "Counts: ...", and a figure with nothing found shows no bare dash."""
    page = open_page(browser, PHONE)
    page.goto(f"{base_url}briefings/port-strike/")
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    cells = page.locator(".briefing-figures td:nth-child(2)")
    label = cells.first.evaluate("td => getComputedStyle(td, '::before').content")
    assert label == '"Counts: "'
    # Key figures now leave out durations such as "three years", so no figure of the
    # example has an empty count: add a row as templates/briefing.md.j2 writes one.
    page.evaluate(
        """() => {
            const row = document.querySelector('.briefing-figures tbody tr');
            const copy = row.cloneNode(true);
            copy.children[1].innerHTML =
                '<span class="figure-counts-none" title="not found">\u2013</span>';
            row.after(copy);
        }"""
    )
    empty = page.locator(".briefing-figures td:nth-child(2):has(.figure-counts-none)")
    assert empty.count() >= 1
    assert all(not cell.is_visible() for cell in empty.all())
    visible = [cell.inner_text().strip() for cell in cells.all() if cell.is_visible()]
    assert "\u2013" not in visible  # an en dash alone
    assert page.errors == []
