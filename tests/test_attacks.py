"""Slips found by attacking the build afresh after issue 10: each is refused or handled.

A careless editor's `mkdocs.yml` must mean the same folders to `briefings build` as to
MkDocs, and every setting the build reads must fail with one line, before anything is
touched, when it cannot be used.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sitebuild import build, make_project, run, write_files
from test_unsafe_settings import FIRST, OWN_DOCS, configure, snapshot

from generator.model import Actor, Extraction, Figure, Quote
from generator.running.cache import CACHE_FORMAT, ExtractionCache


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "news", {"content/first.md": FIRST, **OWN_DOCS})


def test_null_site_dir_is_mkdocs_default_site(project: Path) -> None:
    """`site_dir: ~` is YAML null: MkDocs builds into `site`, so must briefings."""
    configure(project, "site_dir: site", "site_dir: ~")
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    assert (project / "site" / "briefings" / "first" / "index.html").is_file()
    assert not (project / "None").exists()


def test_null_docs_dir_is_mkdocs_default_docs_and_is_refused(project: Path) -> None:
    """`docs_dir: ~` means MkDocs' `docs`, which holds the user's own files here."""
    configure(project, "docs_dir: build/docs", "docs_dir: ~")
    before = snapshot(project)
    outcome = build(project)
    assert outcome.status != 0
    assert len(outcome.lines) == 1, outcome.stderr
    assert outcome.lines[0].startswith("error: docs_dir docs holds files the build did not make")
    assert snapshot(project) == before


@pytest.mark.parametrize(
    ("old", "new"),
    [("site_dir: site", "site_dir: 5"), ("docs_dir: build/docs", "docs_dir: [a, b]")],
)
def test_folder_that_is_not_a_path_is_one_line(project: Path, old: str, new: str) -> None:
    configure(project, old, new)
    before = snapshot(project)
    outcome = build(project)
    assert outcome.status == 2
    assert len(outcome.lines) == 1, outcome.stderr
    key = new.split(":")[0]
    assert outcome.lines[0].startswith(f"error: mkdocs.yml: {key}: got "), outcome.lines[0]
    assert "allowed: a folder path" in outcome.lines[0]
    assert snapshot(project) == before


@pytest.mark.parametrize("text", ["- site_name: News\n- site_dir: site\n", "just words\n"])
@pytest.mark.parametrize("command", ["build", "check"])
def test_mkdocs_yml_that_is_not_a_mapping_is_one_line(
    project: Path, text: str, command: str
) -> None:
    (project / "mkdocs.yml").write_text(text, encoding="utf-8")
    before = snapshot(project)
    outcome = run(project, command)
    assert outcome.status == 2
    assert len(outcome.lines) == 1, outcome.stderr
    assert outcome.lines[0].startswith("error: mkdocs.yml: expected settings"), outcome.lines[0]
    assert snapshot(project) == before


@pytest.mark.parametrize("command", ["build", "check"])
def test_misspelt_templates_dir_is_one_line(project: Path, command: str) -> None:
    """A templates_dir that does not exist would publish the bundled look, silently."""
    configure(project, "templates_dir: templates", "templates_dir: templatez")
    before = snapshot(project)
    outcome = run(project, command)
    assert outcome.status == 1
    assert len(outcome.lines) == 1, outcome.stderr
    assert outcome.lines[0].startswith("error: templates_dir templatez does not exist")
    assert snapshot(project) == before


def test_default_templates_dir_may_be_absent(project: Path) -> None:
    (project / "templates").unlink()
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    assert (project / "site" / "briefings" / "first" / "index.html").is_file()


@pytest.mark.parametrize("name", ["content/actors.yml", "content/story.yml"])
@pytest.mark.parametrize("command", ["build", "check"])
def test_folder_named_like_registry_or_sidecar_is_one_error(
    project: Path, name: str, command: str
) -> None:
    """Git stores `content/actors.yml/x`; a folder there is an error line, not a traceback."""
    write_files(project, {"content/story.txt": "Story\n\nThe mayor opened the bridge.\n"})
    write_files(project, {f"{name}/x": "a file in a folder named like metadata\n"})
    outcome = run(project, command)
    assert "Traceback" not in outcome.stderr
    assert f"{name}: error: not a regular file; not read" in outcome.lines
    assert outcome.status == (1 if command == "check" else 0)


# --- cache entries of the wrong shape -----------------------------------------------------

GOOD = Extraction(
    summary=["The mayor opened the bridge."],
    quotes=[Quote("It is open", "direct", 10, 20, speaker="Ann Lee")],
    figures=[Figure("£5m", 5_000_000, "GBP", "cost", "It cost £5m.", 0, 3)],
    actors=[Actor("Ann Lee", "person", spans=[(0, 7)])],
)
WRONG_SHAPES = {
    "offset a string": ("quotes", "start", "x"),
    "speaker a list": ("quotes", "speaker", ["Ann Lee"]),
    "text a number": ("quotes", "text", 5),
    "unknown quote kind": ("quotes", "kind", "rumour"),
    "unknown actor type": ("actors", "type", "<img src=x onerror=alert(1)>"),
    "figure value a string": ("figures", "value", "lots"),
    "aliases a string": ("actors", "aliases", "Annie"),
}


@pytest.mark.parametrize("shape", WRONG_SHAPES, ids=list(WRONG_SHAPES))
def test_entry_of_the_wrong_shape_is_dropped(tmp_path: Path, shape: str) -> None:
    """A checksummed entry whose records break their types crashed every later build."""
    records, name, value = WRONG_SHAPES[shape]
    cache = ExtractionCache(tmp_path / "cache", "en_core_web_sm-3", "extractor-1")
    key = cache.key("body")
    data = {"extraction": GOOD.to_cache(), "problems": []}
    data["extraction"][records][0][name] = value
    payload = json.dumps(data).encode()
    header = {"format": CACHE_FORMAT, "key": key, "sha256": hashlib.sha256(payload).hexdigest()}
    cache.path(key).parent.mkdir(parents=True)
    cache.path(key).write_bytes(json.dumps(header).encode() + b"\n" + payload)
    assert cache.get(key) is None
    assert cache.corrupt == 1 and not cache.path(key).exists()


def test_entry_of_the_right_shape_is_read(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache", "en_core_web_sm-3", "extractor-1")
    cache.put(cache.key("body"), GOOD)
    assert cache.get(cache.key("body")) == GOOD


# --- content ------------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["outside", "inside"])
@pytest.mark.parametrize("command", ["build", "check"])
def test_linked_folder_in_content_is_an_error_not_silence(
    project: Path, tmp_path: Path, target: str, command: str
) -> None:
    """Links to folders are never walked; their articles must not vanish without a word."""
    folder = tmp_path / "archive" if target == "outside" else project / "content" / "2025"
    write_files(folder, {"old.md": FIRST.replace("First", "Old")})
    (project / "content" / "linked").symlink_to(folder, target_is_directory=True)
    outcome = run(project, command, *(["--strict"] if command == "build" else []))
    assert outcome.status == 1
    assert any(
        line.startswith("content/linked: error: symbolic link to a folder")
        for line in outcome.lines
    ), outcome.stderr


@pytest.mark.parametrize("level", ["entries", "version"])
def test_linked_folder_in_the_cache_never_sends_an_entry_elsewhere(
    tmp_path: Path, level: str
) -> None:
    """The cache makes its folders itself; a link in their place is dropped, not followed."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    cache = ExtractionCache(tmp_path / "cache", "en_core_web_sm-3", "extractor-1")
    key = cache.key("body")
    folder = cache.path(key).parent if level == "entries" else cache.folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.symlink_to(elsewhere, target_is_directory=True)
    cache.check_usable()
    cache.put(key, GOOD)
    assert list(elsewhere.iterdir()) == []
    assert not folder.is_symlink()
    assert cache.get(key) == GOOD


def test_users_docs_shaped_like_an_earlier_build_are_refused(project: Path) -> None:
    """index.md, search.md and assets/ of the user's own are not generated pages."""
    configure(project, "docs_dir: build/docs", "docs_dir: notes")
    write_files(
        project,
        {
            "notes/index.md": "# Our desk\n",
            "notes/search.md": "# How we search the wires\n",
            "notes/assets/logo.png": b"\x89PNG not really",
        },
    )
    before = snapshot(project)
    outcome = build(project)
    assert outcome.status != 0
    assert outcome.lines == [outcome.lines[0]], outcome.stderr
    assert outcome.lines[0].startswith("error: docs_dir notes holds files the build did not make")
    assert snapshot(project) == before
