"""Failed builds lose nothing: a broken MkDocs or a build killed halfway keeps the old site.

The site is built in a staging folder and swapped in only on success, and cache entries
are written atomically, so whatever stops a build (an error, SIGKILL during extraction
or during the MkDocs build) the last good site is served unchanged, every cache entry
still loads, and the next build publishes everything.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sitebuild import REPO, build, make_project, tree_digest, write_files

from generator.running.runner import open_cache

FIRST = "---\ntitle: First briefing\ndate: 2024-01-01\n---\nThe council approved the budget.\n"
CORPUS = REPO.parent / "shared" / "corpus" / "bbc"


def many_articles(count: int) -> dict[str, str | bytes]:
    """Real news articles (BBC corpus when present) so extraction takes a few seconds."""
    paths = sorted(CORPUS.glob("*/*.txt"))[:count] if CORPUS.is_dir() else []
    if len(paths) == count:
        return {f"content/bbc/{p.parent.name}-{p.name}": p.read_bytes() for p in paths}
    text = "The minister said on Monday that 4,000 jobs were at risk. " * 60
    return {f"content/bulk/article-{n:03}.txt": f"Headline {n}\n\n{text}" for n in range(count)}


def start_build(project: Path, *options: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "build", "-j", "1", *options],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_for(condition: Callable[[], bool], timeout: float = 120.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def cache_entries(project: Path) -> list[Path]:
    root = project / ".cache" / "briefings"
    return [p for p in root.rglob("*.json") if not p.name.startswith(".")] if root.is_dir() else []


def staging_folders(project: Path) -> list[Path]:
    return [p for p in project.iterdir() if p.name.startswith(".site.building-")]


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "site-project", {"content/first.md": FIRST})
    assert build(root).status == 0
    return root


def test_broken_mkdocs_keeps_the_last_good_site(project: Path) -> None:
    before = tree_digest(project / "site")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  - tables\n", "  - tables\n  - no_such_extension\n"))
    write_files(project, {"content/second.md": FIRST.replace("First", "Second")})
    outcome = build(project)
    assert outcome.status == 1
    assert outcome.lines[-1].startswith("error: MkDocs build failed,")
    assert "left as it was" in outcome.lines[-1]
    assert tree_digest(project / "site") == before
    assert staging_folders(project) == []


def test_failing_search_indexer_keeps_the_last_good_site(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree_digest(project / "site")
    broken = tmp_path / "pagefind"
    broken.write_text("#!/bin/sh\necho 'no index today' >&2\nexit 3\n", encoding="utf-8")
    broken.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(broken))
    write_files(project, {"content/second.md": FIRST.replace("First", "Second")})
    outcome = build(project)
    assert outcome.status == 1
    assert outcome.lines[-1].startswith("error: search index failed,")
    assert tree_digest(project / "site") == before
    assert staging_folders(project) == []
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "missing"))
    assert build(project).lines[-1].startswith("error: search index failed,")
    assert tree_digest(project / "site") == before


def test_sigkill_during_extraction_keeps_site_and_cache(project: Path) -> None:
    before = tree_digest(project / "site")
    old_entries = set(cache_entries(project))
    write_files(project, many_articles(12))
    process = start_build(project)
    try:
        assert wait_for(lambda: len(set(cache_entries(project)) - old_entries) >= 2)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL
    assert tree_digest(project / "site") == before

    cache = open_cache(project / ".cache" / "briefings", None)
    assert cache is not None
    entries = cache_entries(project)
    loaded = []
    for path in entries:  # each in its own version folder (extractors may change meanwhile)
        cache.folder = path.parent.parent
        loaded.append(cache.get_entry(path.stem))
    assert all(entry is not None for entry in loaded) and cache.corrupt == 0
    assert len(entries) < 13  # it really was killed halfway

    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    assert len(list((project / "site" / "briefings").iterdir())) == 13


def test_sigkill_during_mkdocs_keeps_the_site(project: Path) -> None:
    write_files(project, many_articles(12))
    assert build(project).status == 0  # everything cached: the next build is mostly MkDocs
    before = tree_digest(project / "site")
    write_files(project, {"content/late.md": FIRST.replace("First", "Late")})
    # --full: MkDocs renders every page, so the kill lands inside it; an incremental
    # build of one new article can publish within the moments a sleep here allows.
    process = start_build(project, "--full")
    try:
        assert wait_for(lambda: bool(staging_folders(project)))
        time.sleep(0.1)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL
    assert tree_digest(project / "site") == before

    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    assert (project / "site" / "briefings" / "late" / "index.html").is_file()


def test_interrupt_reports_and_keeps_site(project: Path) -> None:
    before = tree_digest(project / "site")
    old_entries = set(cache_entries(project))
    # More articles than one nlp.pipe batch (32): the first batch's cache entries show
    # that extraction is under way while the second batch is still being parsed, so the
    # interrupt lands mid-build even on a loaded machine.
    write_files(project, many_articles(40))
    process = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "build", "-j", "1"],
        cwd=project,
        stderr=subprocess.PIPE,
        # A child inherits an ignored SIGINT, and Python then never raises
        # KeyboardInterrupt; earlier tests in this process may leave
        # SIGINT ignored, so give the build the disposition a terminal would.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert wait_for(lambda: bool(set(cache_entries(project)) - old_entries))
    os.kill(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130
    assert "interrupted; the last good site is untouched" in stderr.decode()
    assert tree_digest(project / "site") == before
