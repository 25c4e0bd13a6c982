"""End to end: the example content in, a real MkDocs site out, read as a reader would."""

from __future__ import annotations

import json
import re
import shutil
from html import unescape
from pathlib import Path

import lxml.html
import pytest
from parsed import facets, hrefs, parse
from sitebuild import tree_digest

from generator.cli import main

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the example project (no templates/: the bundled ones must be used)."""
    root = tmp_path_factory.mktemp("site")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "content", root / "content")
    return root


@pytest.fixture(scope="module")
def built(project: Path) -> Path:
    config = str(project / "mkdocs.yml")
    assert main(["build", "--strict", "-j", "1", "-f", config]) == 0
    return project / "site"


def text_of(html: str) -> str:
    """Visible text of a page, roughly: tags dropped, entities decoded, spaces folded."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def page(site: Path, relative: str) -> str:
    return (site / relative).read_text(encoding="utf-8")


def test_briefing_page_shows_quotes_with_speakers_and_figures(built: Path) -> None:
    html = page(built, "briefings/port-strike/index.html")
    text = text_of(html)
    assert "Dock workers at Eastport walk out over pay" in text
    assert "Our members move the goods that fill every supermarket in the region" in text
    headings = [" ".join(h3.text_content().split()) for h3 in parse(html).iter("h3")]
    assert any("Ruth Adeyemi" in heading for heading in headings), "speaker heading missing"
    assert "$639m" in text and "2,400" in text, "key figures missing"
    assert "../../actors/ruth-adeyemi/" in hrefs(html)


def test_txt_article_with_sidecar_metadata_uses_it(built: Path) -> None:
    text = text_of(page(built, "briefings/vaccine-trial/index.html"))
    assert "Global Health Wire" in text and "2026-09-22" in text
    assert "far better than we dared hope" in text


def test_txt_article_without_metadata_takes_its_headline_as_title(built: Path) -> None:
    html = page(built, "briefings/wildfire-evacuations/index.html")
    heading = parse(html).findtext(".//h1") or ""
    assert heading.startswith("Thousands flee as wildfire spreads across Sierra Alta")


def test_home_page_links_briefings_newest_first(built: Path) -> None:
    targets = hrefs(page(built, "index.html"))
    order = [
        targets.index(f"briefings/{slug}/") if f"briefings/{slug}/" in targets else -1
        for slug in ("central-bank-rates", "budget-statement", "port-strike")
    ]
    assert all(position >= 0 for position in order), order
    assert order == sorted(order), "home page is not newest first"


def test_search_index_covers_every_briefing(built: Path) -> None:
    """Pagefind indexed the site; each briefing page is marked as searchable content.

    What a reader finds by typing a name is checked in a real browser (test_browser).
    """
    entry = json.loads(page(built, "pagefind/pagefind-entry.json"))
    (language,) = entry["languages"].values()
    assert language["page_count"] == len(list((built / "briefings").glob("*/index.html")))
    strike = parse(page(built, "briefings/port-strike/index.html"))
    assert strike.xpath("//*[@data-pagefind-body]")
    assert ("person", "Ruth Adeyemi") in facets(strike, "filter")


def test_extraction_json_is_published_beside_the_pages(built: Path) -> None:
    record = json.loads(page(built, "data/flood-barrier-approved.json"))
    assert record["schema"] == 6 and record["id"] == "flood-barrier-approved"
    money = [figure for figure in record["figures"] if figure.get("unit") == "GBP"]
    assert any(figure["value"] == 1_130_000_000 for figure in money)


def test_registry_and_corrections_win_over_the_model(built: Path) -> None:
    record = json.loads(page(built, "data/budget-statement.json"))
    fixed = [quote for quote in record["quotes"] if "a budget for the few" in quote["text"]]
    assert fixed and all(quote.get("speaker") == "Rachel Moore" for quote in fixed)
    actor_html = page(built, "actors/priya-raman/index.html")
    assert "Leader of Riverton City Council since 2022" in text_of(actor_html)


def test_actor_page_lists_quotes_and_links_back(built: Path) -> None:
    html = page(built, "actors/ruth-adeyemi/index.html")
    assert "keeps pace with prices" in text_of(html)
    assert "../../briefings/port-strike/" in hrefs(html)
    # One list of briefings, each quote under the link of the briefing it comes from:
    # a quoted briefing's title is printed once, not in a quote section and again in
    # the list (issue 14).
    assert hrefs(html).count("../../briefings/port-strike/") == 1
    (item,) = [
        li
        for li in lxml.html.fromstring(html).iter("li")
        if "keeps pace with prices" in li.text_content()
    ]
    assert next(a.get("href") for a in item.iter("a")) == "../../briefings/port-strike/"
    assert item.find(".//blockquote") is not None


def test_archive_groups_by_month(built: Path) -> None:
    text = text_of(page(built, "archive/index.html"))
    assert "November 2026" in text and "September 2026" in text
    assert "Finance minister sets out spending cuts" in text_of(
        page(built, "archive/2026-11/index.html")
    )


def test_rebuild_is_served_from_cache_and_identical(project: Path, built: Path) -> None:
    before = tree_digest(project / "site")
    assert main(["build", "-j", "1", "-f", str(project / "mkdocs.yml")]) == 0
    assert tree_digest(project / "site") == before


def test_a_failed_build_keeps_the_last_good_site(project: Path, built: Path) -> None:
    marker = (built / "index.html").read_bytes()
    broken = project / "templates"
    broken.mkdir(exist_ok=True)
    (broken / "home.md.j2").write_text("{% if %}", encoding="utf-8")
    try:
        assert main(["build", "-j", "1", "-f", str(project / "mkdocs.yml")]) == 1
    finally:
        shutil.rmtree(broken)
    assert (built / "index.html").read_bytes() == marker
