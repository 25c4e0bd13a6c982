"""Deterministic output: the same content twice gives byte-identical pages, site and JSON.

The second build runs from a cold start (cache and output deleted) in another folder,
so nothing can be copied over from the first. The search index is included, and after
normalisation it must still answer a filtered query in a browser.
"""

from __future__ import annotations

import io
import json
import os
import shutil
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from sitebuild import (
    CHROMIUM,
    CHROMIUM_ARGS,
    REPO,
    build,
    make_project,
    serve,
    tree_digest,
    write_files,
)

from generator.cli import main

ARTICLES = {
    f"content/{name}.md": (
        f"---\ntitle: {title}\ndate: 2024-02-0{day}\nsource: {source}\ntags: [{tags}]\n---\n"
        f"{body}\n"
    )
    for name, title, day, source, tags, body in [
        (
            "rates",
            "Bank holds rates",
            1,
            "Market Desk",
            "economy, finance",
            'The central bank held rates at 5%. "Inflation is falling," said governor Ana '
            "Silva. Markets rose 2% in London and Paris.",
        ),
        (
            "strike",
            "Dock strike ends",
            2,
            "Harbour News",
            "labour, economy",
            "About 3,000 dock workers in Eastport ended a strike on Tuesday, union leader "
            'Tom Reyes said. "We won," Reyes told reporters.',
        ),
        (
            "floods",
            "Flood barrier approved",
            3,
            "The Courier",
            "climate, local government",
            "Riverton council approved a £40m flood barrier. Mayor Lena Park said the work "
            "would protect 12,000 homes in Riverton and Carrow.",
        ),
    ]
}


def copy_site(project: Path) -> dict[str, str]:
    return tree_digest(project / "site")


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    first = make_project(tmp_path_factory.mktemp("first"), dict(ARTICLES))
    second = make_project(tmp_path_factory.mktemp("second"), dict(ARTICLES))
    assert build(first).status == 0
    assert build(second).status == 0
    return first, second


def test_pages_and_site_are_byte_identical(two_builds: tuple[Path, Path]) -> None:
    first, second = two_builds
    one, two = copy_site(first), copy_site(second)
    assert sorted(one) == sorted(two)
    assert [name for name in one if one[name] != two[name]] == []
    assert any(name.startswith("pagefind/filter/") for name in one)
    assert "sitemap.xml.gz" in one


def test_rebuild_from_cache_is_byte_identical(two_builds: tuple[Path, Path]) -> None:
    first, _ = two_builds
    before = copy_site(first)
    shutil.rmtree(first / "site")
    assert build(first).status == 0
    assert copy_site(first) == before


def test_unchanged_rebuild_reuses_the_index_but_never_a_damaged_or_stale_one(
    tmp_path: Path,
) -> None:
    project = make_project(tmp_path / "project", dict(ARTICLES))
    assert build(project).status == 0
    index = project / "site" / "pagefind"
    published = tree_digest(index)
    stamp = json.loads((index / "briefings-index.json").read_text(encoding="utf-8"))
    fragments = sorted((index / "fragment").iterdir())
    assert len(fragments) == len(ARTICLES)

    fragments[0].write_bytes(b"damaged")  # the published index no longer matches its stamp
    assert build(project).status == 0
    assert tree_digest(index) == published  # written anew, not copied

    assert build(project).status == 0  # nothing changed: the same index
    assert tree_digest(index) == published

    write_files(
        project,
        {
            "content/ferry.md": ARTICLES["content/rates.md"].replace(
                "Bank holds rates", "Ferry fares frozen"
            )
        },
    )
    assert build(project).status == 0
    again = json.loads((index / "briefings-index.json").read_text(encoding="utf-8"))
    assert again["inputs"] != stamp["inputs"]
    assert len(list((index / "fragment").iterdir())) == len(ARTICLES) + 1


def test_a_page_marked_for_search_by_a_custom_template_is_indexed_too(tmp_path: Path) -> None:
    """Briefing pages are indexed first and the index written early; a page a site's own
    template marks as searchable, built later, still gets into the index."""
    project = make_project(tmp_path / "project", dict(ARTICLES))
    (project / "templates").unlink()
    home = (REPO / "templates" / "home.md.j2").read_text(encoding="utf-8")
    marked = "<div data-pagefind-body markdown>\nEditors pick: lighthouse keepers\n</div>\n"
    write_files(project, {"templates/home.md.j2": home + "\n" + marked})
    assert build(project).status == 0
    entry = json.loads((project / "site/pagefind/pagefind-entry.json").read_text("utf-8"))
    (language,) = entry["languages"].values()
    assert language["page_count"] == len(ARTICLES) + 1


def extract_json(project: Path) -> str:
    out, err = io.StringIO(), io.StringIO()
    previous = Path.cwd()
    os.chdir(project)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            status = main(["extract", "--json", "-j", "1", "content"])
    finally:
        os.chdir(previous)
    assert status == 0, err.getvalue()
    return out.getvalue()


def test_extraction_json_is_identical(two_builds: tuple[Path, Path]) -> None:
    first, second = two_builds
    one = extract_json(first)
    assert one.count("\n") == 3
    assert one == extract_json(second) == extract_json(first)


def test_normalised_search_index_still_answers(two_builds: tuple[Path, Path]) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed: cannot run Pagefind in a browser")
    sync_api = pytest.importorskip("playwright.sync_api")
    first, _ = two_builds
    with serve(first / "site") as base, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            tab = browser.new_page()
            tab.goto(f"{base}/", wait_until="load")
            found = tab.evaluate(
                """async () => {
                    const pagefind = await import('/pagefind/pagefind.js');
                    const filters = await pagefind.filters();
                    const all = await pagefind.search('Riverton');
                    const tagged = await pagefind.search(null, {filters: {tag: 'economy'}});
                    const urls = async (r) => Promise.all(
                        r.results.map(async (x) => (await x.data()).url));
                    return {filters, all: await urls(all), tagged: await urls(tagged)};
                }"""
            )
        finally:
            browser.close()
    assert found["all"] == ["/briefings/floods/"]
    assert sorted(found["tagged"]) == ["/briefings/rates/", "/briefings/strike/"]
    assert found["filters"]["tag"] == {
        "climate": 1,
        "economy": 2,
        "finance": 1,
        "labour": 1,
        "local government": 1,
    }
