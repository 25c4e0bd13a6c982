"""The search index in shards by date (generator/publishing/shards.py).

A site of six short articles is built with shards of at most two briefings, so that
it has three indexes. What is checked is what a reader and a publisher see: the shard
list the search page reads, shard folders that hold only an index, old shards left
byte for byte as they were when a newer article is published, and, in Chromium, a
search that shows the newest briefings first and reaches older ones when asked.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from sitebuild import CHROMIUM, CHROMIUM_ARGS, build, make_project, serve, write_files

from generator.publishing import shards
from generator.publishing.shards import plan_shards

DATES = ["2026-01-05", "2026-02-09", "2026-03-02", "2026-04-06", "2026-05-04", "2026-06-01"]
PLACES = ["Aldmouth", "Brackwater", "Coldharbour", "Fenmoor", "Highcliff", "Larkspur"]


def article(date: str, place: str, source: str = "Coast News") -> str:
    return f"""---
title: Harbour works begin in {place}
date: {date}
source: {source}
---
Work on the harbour wall in {place} began on Monday, the port authority said.

"The harbour will stay open while we build," said engineer Mara Quist.
"""


ARTICLES = {
    f"content/{place.lower()}.md": article(date, place, "Tide Wire" if i % 2 else "Coast News")
    for i, (date, place) in enumerate(zip(DATES, PLACES, strict=True))
}


# ---- the plan: which shard each page goes to -------------------------------------------


def test_days_are_packed_oldest_first_into_shards_of_a_size() -> None:
    dates = ["2026-01-01", "2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"]
    assert plan_shards(dates, cap=2) == [
        "2026-01-01",
        "2026-01-01",
        "2026-01-02",
        "2026-01-02",
        "2026-01-04",
    ]


def test_newer_pages_never_move_older_ones() -> None:
    older = [f"2026-03-{day:02d}" for day in range(1, 29)] * 3
    before = plan_shards(older, cap=10)
    after = plan_shards([*older, "2026-03-28", "2026-04-02", None], cap=10)
    assert after[: len(older)] == before


def test_a_day_is_never_split_and_undated_pages_come_last() -> None:
    plan = plan_shards(["2026-05-01"] * 5 + [None, "2026-04-30"], cap=3)
    assert plan == ["2026-05-01"] * 5 + ["undated", "2026-04-30"]


def test_a_small_site_keeps_one_index_across_years() -> None:
    plan = plan_shards(["2025-12-30", "2026-01-02", None, "not a date"], cap=2000)
    assert len(set(plan)) == 1


# ---- a site in four shards ---------------------------------------------------------


def digest(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(shards, "SHARD_PAGES", 2)
        project = make_project(tmp_path_factory.mktemp("shards"), ARTICLES)
        outcome = build(project)
        assert outcome.status == 0, outcome.stderr
        yield project


def manifest(site: Path) -> dict[str, object]:
    return json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))


def test_the_shard_list_names_every_index_newest_first(project: Path) -> None:
    listed = manifest(project / "site")
    indexes = listed["indexes"]
    assert [index["path"] for index in indexes] == [
        "pagefind/",  # the newest: May and June
        "pagefind-shards/2026-03-02/",
        "pagefind-shards/2026-01-05/",
    ]
    assert sum(index["pages"] for index in indexes) == 6
    assert indexes[-1] == {
        "path": "pagefind-shards/2026-01-05/",
        "pages": 2,
        "from": "2026-01-05",
        "to": "2026-02-09",
    }
    assert listed["window"] == 2


def test_a_shard_folder_holds_its_index_only(project: Path) -> None:
    folder = project / "site" / "pagefind-shards" / "2026-01-05"
    names = {path.name for path in folder.iterdir()}
    assert {"pagefind-entry.json", "index", "fragment", "filter", "briefings-index.json"} <= names
    assert not [name for name in names if name.endswith((".js", ".css", ".pagefind"))]
    entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["en"]["page_count"] == 2


def test_a_newer_article_leaves_older_shards_as_they_were(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shards, "SHARD_PAGES", 2)
    site = project / "site"
    before = digest(site / "pagefind-shards")
    assert build(project).status == 0
    assert digest(site / "pagefind-shards") == before  # nothing changed: the same bytes
    write_files(project, {"content/late.md": article("2026-07-06", "Marlow")})
    try:
        assert build(project).status == 0
        after = digest(site / "pagefind-shards")
        kept = {name: value for name, value in after.items() if name in before}
        assert kept == before
        paths = [index["path"] for index in manifest(site)["indexes"]]
        assert "pagefind-shards/2026-05-04/" in paths  # May and June, now an older shard
    finally:
        (project / "content" / "late.md").unlink()
        assert build(project).status == 0


# ---- in Chromium -------------------------------------------------------------------

if CHROMIUM.exists():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


@pytest.fixture(scope="module")
def base_url(project: Path) -> Iterator[str]:
    with serve(project / "site") as base:
        yield f"{base}/"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def shown(page: object) -> list[str]:
    page.wait_for_function(  # type: ignore[attr-defined]
        """() => {
            const root = document.getElementById("briefings-search");
            const box = root && root.querySelector(".briefings-search__input");
            return box && root.dataset.shown === box.value.trim();
        }""",
        timeout=15_000,
    )
    page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
    titles = page.locator(".briefings-result__title")  # type: ignore[attr-defined]
    return [
        " ".join(text.split()).removeprefix("Harbour works begin in ")
        for text in titles.all_inner_texts()
    ]


def open_page(browser: object, width: int) -> object:
    context = browser.new_context(viewport={"width": width, "height": 800})  # type: ignore[attr-defined]
    page = context.new_page()
    page.errors = []
    page.fetched = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("requestfinished", lambda request: page.fetched.append(request.url))
    return page


def earlier(page: object, place: str) -> list[str]:
    """Click "Search earlier briefings" and wait for `place` to be listed."""
    more = page.locator(".briefings-results__more")  # type: ignore[attr-defined]
    assert more.inner_text() == "Search earlier briefings"
    more.click()
    page.locator(".briefings-result__title", has_text=place).wait_for()  # type: ignore[attr-defined]
    return shown(page)


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_search_shows_the_newest_briefings_and_reaches_older_ones(
    browser: object, base_url: str, width: int
) -> None:
    page = open_page(browser, width)
    page.goto(f"{base_url}search/?q=harbour")
    # the newest shard (May and June) answers; older shards are not fetched
    assert sorted(shown(page)) == ["Highcliff", "Larkspur"]
    assert not [url for url in page.fetched if "/pagefind-shards/" in url]
    status = page.locator(".briefings-search__status")
    assert status.inner_text() == "2 briefings since 2026-05-04"
    # each click reaches one shard further back; what was shown stays on top
    middle = earlier(page, "Fenmoor")
    assert sorted(middle[2:]) == ["Coldharbour", "Fenmoor"]
    assert status.inner_text() == "4 briefings since 2026-03-02"
    everything = earlier(page, "Aldmouth")
    assert everything[:4] == middle and sorted(everything) == PLACES
    assert status.inner_text() == "6 briefings"
    assert page.locator(".briefings-results__more").is_hidden()
    assert page.errors == []


def test_a_word_only_older_briefings_hold_is_searched_further_back(
    browser: object, base_url: str
) -> None:
    page = open_page(browser, 390)
    page.goto(f"{base_url}search/?q=aldmouth")
    assert shown(page) == []  # the two newest windows hold no match: the reader is asked
    status = page.locator(".briefings-search__status")
    assert status.inner_text() == "No briefing since 2026-03-02 matches."
    assert earlier(page, "Aldmouth") == ["Aldmouth"]
    assert status.inner_text() == "1 briefing"
    assert page.errors == []


def test_filters_alone_list_every_shard_newest_first(browser: object, base_url: str) -> None:
    page = open_page(browser, 1280)
    page.goto(f"{base_url}search/?source={quote('Tide Wire')}")
    assert shown(page) == ["Larkspur"]
    assert earlier(page, "Fenmoor") == ["Larkspur", "Fenmoor"]
    assert earlier(page, "Brackwater") == ["Larkspur", "Fenmoor", "Brackwater"]
    # the filter panel counts over every shard searched so far
    panel = page.locator(".briefings-filters__group[data-filter='source']")
    assert panel.inner_text().split("\n") == ["Sources", "Tide Wire", "3"]
    assert page.errors == []
