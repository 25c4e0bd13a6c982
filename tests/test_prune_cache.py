"""`briefings prune-cache` drops what the cache can never serve again, and nothing else.

A project is built; then an article is deleted and a new extractor release parses the
rest again into a cache folder of its own. The prune deletes the old version's folder
and the deleted article's last good extraction, keeps the live article's record (a
hard link that outlives the entry it came from) and the current entries, so the next
build parses nothing and a failing extractor still publishes the previous briefing. A
`cache_dir` that is a slip (it holds folders the cache did not make) loses none of
them, and content that cannot be read keeps every record.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from sitebuild import build, make_project, run, tree_digest

import generator.extract
import generator.running.runner

FERRY = """---
title: Island ferry fares to rise
date: 2024-05-14
source: Harbour News
---
Marta Kowalczyk, chief executive of Northern Isles Ferries, said on Tuesday: "Fuel has
doubled in two years, and we cannot carry that cost alone."

Fares on the Kirkwall route will rise by 12% from June, adding £4 to a return ticket.
"""
WALL = """---
title: Harbour wall repaired
date: 2024-05-10
source: Harbour News
---
Engineers finished repairing the Stromness harbour wall on Friday, the council said.
"""


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
    root = make_project(tmp_path / "news", {"content/ferry.md": FERRY, "content/wall.md": WALL})
    assert build(root).status == 0
    return root


def cache(project: Path) -> Path:
    return project / ".cache" / "briefings"


def versions(project: Path) -> list[str]:
    return sorted(p.name for p in cache(project).iterdir() if p.name.startswith("v"))


def records(project: Path) -> list[Path]:
    return sorted((cache(project) / "last-good").rglob("*.extraction"))


def new_extractor(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new release of the extraction code (see tests/test_previous_briefing.py)."""
    monkeypatch.setattr(generator.running.runner, "extractor_version", lambda: "0" * 16)
    monkeypatch.setattr("generator.running.prune.extractor_version", lambda: "0" * 16)
    shutil.rmtree(cache(project) / "builds", ignore_errors=True)


def test_prune_drops_old_versions_and_deleted_articles_only(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (old,) = versions(project)
    assert len(records(project)) == 2
    (project / "content" / "wall.md").unlink()
    new_extractor(project, monkeypatch)
    assert build(project).status == 0
    assert len(versions(project)) == 2
    site = tree_digest(project / "site")

    dry = run(project, "prune-cache", "--dry-run")
    assert dry.status == 0, dry.stderr
    assert len(versions(project)) == 2 and len(records(project)) == 2, "a dry run deletes"

    pruned = run(project, "prune-cache")
    assert pruned.status == 0, pruned.stderr
    assert old not in versions(project) and len(versions(project)) == 1
    (kept,) = records(project)
    assert kept.parent.name == hashlib.sha256(b"ferry").hexdigest(), "the live one must stay"

    # Nothing the next build needs went: it parses nothing and publishes the same site.
    again = build(project, "--full")
    assert again.status == 0, again.stderr
    assert "0 parsed" in again.lines[-1], again.lines[-1]
    assert tree_digest(project / "site") == site

    # The live article's record still stands in for a failed extraction.
    monkeypatch.setattr(generator.running.runner, "extractor_version", lambda: "1" * 16)
    shutil.rmtree(cache(project) / "builds", ignore_errors=True)

    def planted(*args: object, **kwargs: object) -> object:
        raise RuntimeError("planted bug")

    monkeypatch.setattr(generator.extract, "extract_actors", planted)
    failed = build(project, "--full")
    assert failed.status == 0, failed.stderr
    assert "previous briefing(s) kept" in failed.lines[-1], failed.lines[-1]
    assert tree_digest(project / "site") == site


def test_prune_never_deletes_what_the_cache_did_not_make(project: Path) -> None:
    mine = {
        "v2-0123456789ab/notes.txt": "a folder named like a cache version, holding notes",
        "v2-0123456789ab/ab/readme.md": "not an entry",
        "vendor/lib.py": "print('mine')",
        "last-good/ff/my-folder/file.txt": "not a record",
        "last-good/" + "e" * 2 + "/" + "e" * 64 + "/notes.txt": "not a record either",
    }
    for name, text in mine.items():
        path = cache(project) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (project / "content" / "wall.md").unlink()

    pruned = run(project, "prune-cache")
    assert pruned.status == 0, pruned.stderr
    for name, text in mine.items():
        assert (cache(project) / name).read_text(encoding="utf-8") == text, name
    assert len(records(project)) == 1, "the deleted article's record must go"


def test_unreadable_content_keeps_every_record(project: Path) -> None:
    (project / "content" / "wall.md").unlink()
    (project / "content" / "ferry.md").write_text(
        FERRY.replace("date: 2024-05-14", "date: [2024"), encoding="utf-8"
    )
    pruned = run(project, "prune-cache")
    assert pruned.status == 1
    assert "content/ferry.md: error: cannot be read" in pruned.stderr, pruned.stderr
    assert len(records(project)) == 2
