"""A failed extraction never loses a published briefing (generator/running/fallback.py).

An article is built once, with its summary, quotes, figures and actors. Then a new
release of the extractors (another extractor version: every article is parsed again)
fails on it, by raising or by running over its time budget. The site published by the
lenient build still has the article's briefing exactly as before: its page, its data
JSON, its actor page, search and the feed, byte for byte; the report names the file and
says the briefing shown is the previous one; `--strict` still fails; and the failure is
not cached. When the text was edited since, the old briefing is not put beside the new
text.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sitebuild import build, make_project, tree_digest

import generator.extract
import generator.running.runner
from generator.publishing.build import PREVIOUS_DROPPED, PREVIOUS_KEPT

FERRY = """---
title: Island ferry fares to rise
date: 2024-05-14
source: Harbour News
tags: [transport]
---
Marta Kowalczyk, chief executive of Northern Isles Ferries, said on Tuesday: "Fuel has
doubled in two years, and we cannot carry that cost alone."

Fares on the Kirkwall route will rise by 12% from June, adding £4 to a return ticket.
About 2,400 islanders commute on the route every week.
"""
CORRECTED = FERRY.replace(
    'said on Tuesday: "Fuel has\ndoubled in two years, and we cannot carry that cost alone."',
    "announced the rise on Tuesday.",
)
ARTICLE = "content/ferry.md"
OTHER = """---
title: Harbour wall repaired
date: 2024-05-10
source: Harbour News
---
Engineers finished repairing the Stromness harbour wall on Friday, the council said.
"""
# The published files a briefing lives in, beyond its own page and JSON.
SHARED = ("feed.xml", "index.html", "sitemap.xml.gz")


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")  # one sitemap date for every build
    return make_project(tmp_path / "news", {ARTICLE: FERRY, "content/other.md": OTHER})


def published(project: Path) -> dict[str, object]:
    return json.loads((project / "site" / "data" / "ferry.json").read_text(encoding="utf-8"))


def new_extractor(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new release of the extraction code: its cache entries go to a folder of their
    own, so that every article is parsed again. (A real release changes the code's
    files, which the nothing-changed shortcut sees; this one changes no file, so the
    shortcut's records go.)"""
    monkeypatch.setattr(generator.running.runner, "extractor_version", lambda: "0" * 16)
    shutil.rmtree(project / ".cache" / "briefings" / "builds", ignore_errors=True)


def fail_actors(monkeypatch: pytest.MonkeyPatch) -> None:
    """An actor extractor with a bug the ferry article hits (its other extractors, and
    every other article, are extracted as usual)."""
    real = generator.extract.extract_actors

    def planted(doc: object, *args: object, **kwargs: object) -> object:
        if "Kirkwall" in str(doc):
            raise RuntimeError("planted bug")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(generator.extract, "extract_actors", planted)


def never_ending(real: Callable[..., object]) -> Callable[..., object]:
    def extract(doc: object, *args: object, **kwargs: object) -> object:
        if "Kowalczyk" in str(doc) or "Kirkwall" in str(doc):
            while True:
                time.sleep(0.01)
        return real(doc, *args, **kwargs)

    return extract


def over_budget(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A budget of one second, and a quote extractor that never ends on this article
    (what a loaded machine does to a long article, without waiting a minute)."""
    config = project / "mkdocs.yml"
    setting = "      cache_dir: .cache/briefings\n"
    text = config.read_text(encoding="utf-8")
    assert setting in text
    config.write_text(text.replace(setting, f"{setting}      extraction_budget: 1\n"), "utf-8")
    real = generator.extract.extract_quotes
    monkeypatch.setattr(generator.extract, "extract_quotes", never_ending(real))


def lines_about(outcome_lines: list[str], path: str) -> list[str]:
    return [line for line in outcome_lines if line.startswith(f"{path}: warning: ")]


def entries(project: Path) -> list[Path]:
    root = project / ".cache" / "briefings"
    return sorted(p for p in root.rglob("*.json") if not p.name.startswith("."))


@pytest.fixture()
def built(project: Path) -> Iterator[dict[str, str]]:
    """The project built once: every published file with its digest."""
    first = build(project)
    assert first.status == 0, first.stderr
    record = published(project)
    assert any(quote.get("speaker") == "Marta Kowalczyk" for quote in record["quotes"]), record
    assert any(actor["name"] == "Marta Kowalczyk" for actor in record["actors"]), record
    assert record["figures"] and record["summary"], record
    yield tree_digest(project / "site")


def briefing_files(digests: dict[str, str]) -> dict[str, str]:
    """The published files that hold the ferry briefing or an entry of it."""
    kept = ("briefings/ferry/", "data/ferry", "actors/", "tags/", "archive/", "pagefind")
    return {
        name: value for name, value in digests.items() if name.startswith(kept) or name in SHARED
    }


def test_a_failing_extractor_publishes_the_previous_briefing(
    project: Path, built: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before_entries = entries(project)
    new_extractor(project, monkeypatch)
    fail_actors(monkeypatch)

    strict = build(project, "--strict")
    assert strict.status == 1, "a failed extraction must still fail --strict"
    assert tree_digest(project / "site") == built, "--strict failed yet touched the site"

    lenient = build(project)
    assert lenient.status == 0, lenient.stderr
    assert lines_about(lenient.lines, ARTICLE) == [
        f"{ARTICLE}: warning: actor extraction failed (RuntimeError: planted bug)",
        f"{ARTICLE}: warning: {PREVIOUS_KEPT}",
    ]
    assert "1 previous briefing(s) kept" in lenient.lines[-1]
    # Its page, JSON, actor, tag and month pages, search index, feed: as published.
    assert briefing_files(tree_digest(project / "site")) == briefing_files(built)
    # The failure is not cached, as a result or as the article's last good extraction:
    # only the other article's new entry was written.
    assert len(entries(project)) == len(before_entries) + 1

    # The next build tries again; with the bug fixed it parses, caches and publishes.
    monkeypatch.setattr(generator.extract, "extract_actors", _real_extract_actors)
    healed = build(project, "--strict")
    assert healed.status == 0, healed.stderr
    assert "(1 parsed, 1 from cache)" in healed.lines[-1]
    assert briefing_files(tree_digest(project / "site")) == briefing_files(built)


_real_extract_actors = generator.extract.extract_actors


def test_an_article_over_its_budget_publishes_the_previous_briefing(
    project: Path, built: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    new_extractor(project, monkeypatch)
    over_budget(project, monkeypatch)
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    said = lines_about(outcome.lines, ARTICLE)
    assert len(said) == 2, outcome.stderr
    assert said[0].startswith(f"{ARTICLE}: warning: extraction stopped after 1 s")
    assert said[1] == f"{ARTICLE}: warning: {PREVIOUS_KEPT}"
    record = published(project)
    assert any(quote.get("speaker") == "Marta Kowalczyk" for quote in record["quotes"]), record
    # mkdocs.yml changed, so every page was rendered again: the same bytes all the same
    assert briefing_files(tree_digest(project / "site")) == briefing_files(built)


def test_an_edited_article_is_not_given_its_old_briefing(
    project: Path, built: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A correction took the quote out, and extraction of the corrected text fails: the
    quote must not come back. The new text is published with what was extracted."""
    (project / ARTICLE).write_text(CORRECTED, encoding="utf-8")
    over_budget(project, monkeypatch)
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    said = lines_about(outcome.lines, ARTICLE)
    assert said[1:] == [f"{ARTICLE}: warning: {PREVIOUS_DROPPED}"], outcome.stderr
    record = published(project)
    assert record["quotes"] == [] and record["actors"] == [], record
    page = project / "site" / "briefings" / "ferry" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert "announced the rise on Tuesday" in html and "cannot carry that cost" not in html


def test_no_previous_extraction_publishes_what_was_extracted(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first build of an article that fails: nothing to fall back on, as before."""
    fail_actors(monkeypatch)
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    assert lines_about(outcome.lines, ARTICLE) == [
        f"{ARTICLE}: warning: actor extraction failed (RuntimeError: planted bug)"
    ]
    assert published(project)["actors"] == []


def test_a_site_with_a_previous_briefing_is_the_site_a_full_build_makes(
    project: Path, built: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Incremental = full holds when a briefing is the previous one: both builds read
    the same last good extraction from the cache."""
    new_extractor(project, monkeypatch)
    fail_actors(monkeypatch)
    incremental = build(project)
    assert incremental.status == 0 and PREVIOUS_KEPT in incremental.stderr
    reused = tree_digest(project / "site")
    shutil.rmtree(project / "site")
    shutil.rmtree(project / ".cache" / "briefings" / "builds", ignore_errors=True)
    full = build(project, "--full")
    assert full.status == 0 and PREVIOUS_KEPT in full.stderr
    assert tree_digest(project / "site") == reused


def test_a_damaged_record_is_not_trusted(
    project: Path, built: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    records = list((project / ".cache" / "briefings" / "last-good").rglob("*.extraction"))
    assert len(records) == 2  # one per article
    for record in records:  # a hard link: write a new file in its place
        data = record.read_bytes().replace(b"Kowalczyk", b"Kowalczyx")
        record.unlink()
        record.write_bytes(data)
    new_extractor(project, monkeypatch)
    fail_actors(monkeypatch)
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    assert PREVIOUS_KEPT not in outcome.stderr
    assert published(project)["actors"] == []
    assert all(not record.exists() or b"Kowalczyx" not in record.read_bytes() for record in records)


def test_a_link_where_the_records_go_is_not_followed(project: Path, tmp_path: Path) -> None:
    """A link planted in the cache folder must not send records elsewhere on the machine."""
    outside = tmp_path / "outside"
    outside.mkdir()
    records = project / ".cache" / "briefings" / "last-good"
    records.parent.mkdir(parents=True)
    records.symlink_to(outside, target_is_directory=True)
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    assert list(outside.iterdir()) == []
    assert not records.is_symlink() and len(list(records.rglob("*.extraction"))) == 2
