"""Inputs that look harmless but are not: linked metadata, a poisoned cache, a failing extractor.

- Metadata and the actor registry linked to a file outside `content/` are not read, so
  no file from elsewhere on the machine is published (issue 10, item 4).
- A cache entry that cannot be read, whatever is wrong with it, is dropped and
  recomputed; a cache folder that cannot be used is one line, not a traceback (item 6).
- An extractor that fails is reported by name for its article, fails `--strict`, and its
  result is never cached, so the next build tries again (item 7).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
from pathlib import Path

import pytest
from sitebuild import build, generated_pages, make_project, tree_digest, write_files

from generator.cli import main
from generator.model import Extraction
from generator.running.cache import ExtractionCache

STRIKE = """---
title: Dockers threaten strike
date: 2024-02-01
source: Test Wire
---
Ruth Adeyemi, general secretary of the dockers' union, said on Monday: "We will not back
down until every member is paid fairly."

A strike would cost the port £3m a day, according to the Harbour Authority.
"""


def site_text(site: Path) -> str:
    """Every file of the built site as one text, to search for what must not be there."""
    return "\n".join(
        path.read_bytes().decode("utf-8", "replace") for path in site.rglob("*") if path.is_file()
    )


def extract_stdout(project: Path, *args: str) -> tuple[int, str, str]:
    """`briefings extract ARGS` in `project`: status, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    previous = Path.cwd()
    os.chdir(project)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["extract", "-j", "1", *args])
    finally:
        os.chdir(previous)
    return status, out.getvalue(), err.getvalue()


# --- item 4: linked metadata -------------------------------------------------------------

SECRET_META = 'title: "SECRET-TITLE-ZQX"\nsource: "SECRET-SOURCE-ZQX"\ntags: [secret-ZQX]\n'
STORY = "Harbour works begin\n\nWork on the new harbour wall began on Monday, the council said.\n"


@pytest.fixture()
def outside(tmp_path: Path) -> Path:
    """A folder elsewhere on the machine holding files that must never be published."""
    folder = tmp_path / "elsewhere"
    write_files(
        folder,
        {
            "story.yml": SECRET_META,
            "actors.yml": (
                "- name: Ruth Adeyemi\n  type: person\n  description: SECRET-DESCRIPTION-ZQX\n"
            ),
        },
    )
    return folder


def test_sidecar_linked_outside_content_is_not_published(tmp_path: Path, outside: Path) -> None:
    project = make_project(tmp_path / "news", {"content/story.txt": STORY})
    (project / "content" / "story.yml").symlink_to(outside / "story.yml")
    outcome = build(project)
    assert "content/story.yml: error: symbolic link to a file outside the content folder" in (
        outcome.stderr
    )
    assert outcome.stderr.count("content/story.yml: error:") == 1
    if (project / "site").exists():
        assert "zqx" not in site_text(project / "site").lower()
    assert "zqx" not in "".join(generated_pages(project).values()).lower()


def test_registry_linked_outside_content_is_not_published(tmp_path: Path, outside: Path) -> None:
    project = make_project(tmp_path / "news", {"content/strike.md": STRIKE})
    (project / "content" / "actors.yml").symlink_to(outside / "actors.yml")
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    assert outcome.stderr.count("content/actors.yml: error: symbolic link to a file outside") == 1
    assert "zqx" not in site_text(project / "site").lower()
    assert (project / "site" / "briefings" / "strike" / "index.html").is_file()


def test_sidecar_linked_inside_content_is_read(tmp_path: Path) -> None:
    project = make_project(
        tmp_path / "news",
        {"content/story.txt": STORY, "content/_meta/story.yml": 'title: "Harbour wall begun"\n'},
    )
    (project / "content" / "story.yml").symlink_to(project / "content" / "_meta" / "story.yml")
    outcome = build(project, "--strict")
    assert outcome.status == 0, outcome.stderr
    assert "Harbour wall begun" in site_text(project / "site" / "briefings")


def test_extract_does_not_read_a_sidecar_linked_elsewhere(tmp_path: Path, outside: Path) -> None:
    project = make_project(tmp_path / "news", {"content/story.txt": STORY})
    (project / "content" / "story.yml").symlink_to(outside / "story.yml")
    status, out, err = extract_stdout(project, "--json", "content/story.txt")
    assert "ZQX" not in out
    assert "content/story.yml: error: symbolic link to a file outside" in err
    assert status == 1


# --- item 6: a poisoned cache ------------------------------------------------------------

MODEL = "en_core_web_sm-3.8.0+spacy-3.8.0"


@pytest.fixture()
def cache(tmp_path: Path) -> ExtractionCache:
    return ExtractionCache(tmp_path / "cache", MODEL, "extractor-1")


def write_entry(cache: ExtractionCache, key: str, payload: bytes, header: bytes | None = None):
    """An entry whose checksum is right, so only its content can be wrong."""
    digest = hashlib.sha256(payload).hexdigest()
    header = header or json.dumps({"format": 2, "key": key, "sha256": digest}).encode()
    path = cache.path(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + b"\n" + payload)
    return path


DEEP = 200_000


@pytest.mark.parametrize(
    "payload, header",
    [
        (b"[" * DEEP + b"]" * DEEP, None),
        (b'{"extraction": ' + b"[" * DEEP + b"]" * DEEP + b', "problems": []}', None),
        (b"{}", b"[" * DEEP + b"]" * DEEP),
    ],
    ids=["payload", "extraction", "header"],
)
def test_deeply_nested_entry_is_dropped(
    cache: ExtractionCache, payload: bytes, header: bytes | None
) -> None:
    key = cache.key("body")
    path = write_entry(cache, key, payload, header)
    assert cache.get(key) is None
    assert cache.corrupt == 1 and not path.exists()
    cache.put(key, Extraction())
    assert cache.get(key) == Extraction()


def test_folder_where_an_entry_should_be_is_dropped(cache: ExtractionCache) -> None:
    key = cache.key("body")
    (cache.path(key) / "junk").mkdir(parents=True)
    assert cache.get(key) is None
    assert not cache.path(key).exists()
    cache.path(key).mkdir()
    cache.put(key, Extraction(keyterms=["harbour"]))
    assert cache.get(key) == Extraction(keyterms=["harbour"])


def test_file_where_the_entries_folder_should_be_is_dropped(cache: ExtractionCache) -> None:
    key = cache.key("body")
    cache.path(key).parent.parent.mkdir(parents=True)
    cache.path(key).parent.write_text("not a folder")
    assert cache.get(key) is None
    cache.put(key, Extraction(keyterms=["harbour"]))
    assert cache.get(key) == Extraction(keyterms=["harbour"])


def cache_entries(project: Path) -> list[Path]:
    root = project / ".cache" / "briefings"
    return sorted(p for p in root.rglob("*.json") if not p.name.startswith("."))


@pytest.mark.parametrize("poison", ["folder", "deep"])
def test_poisoned_cache_heals_in_one_build(tmp_path: Path, poison: str) -> None:
    project = make_project(tmp_path / "news", {"content/strike.md": STRIKE})
    assert build(project).status == 0
    before = tree_digest(project / "site")
    entries = cache_entries(project)
    assert entries
    for path in entries:
        if poison == "folder":
            path.unlink()
            (path / "inside").mkdir(parents=True)
        else:
            write_entry_at(path, b"[" * DEEP + b"]" * DEEP)
    for _ in range(2):  # healed for good: the next build reads the recomputed entry
        outcome = build(project, "--strict")
        assert outcome.status == 0, outcome.stderr
        assert "Traceback" not in outcome.stderr
        assert tree_digest(project / "site") == before
    assert "(0 parsed, 1 from cache)" in outcome.stderr


def write_entry_at(path: Path, payload: bytes) -> None:
    key = path.stem
    digest = hashlib.sha256(payload).hexdigest()
    header = json.dumps({"format": 2, "key": key, "sha256": digest}).encode()
    path.write_bytes(header + b"\n" + payload)


@pytest.mark.parametrize("cache_dir", ["mkdocs.yml", "content/strike.md/cache", "/proc/briefings"])
def test_unusable_cache_dir_is_one_line(tmp_path: Path, cache_dir: str) -> None:
    project = make_project(tmp_path / "news", {"content/strike.md": STRIKE})
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("cache_dir: .cache/briefings", f"cache_dir: {cache_dir}")
    )
    outcome = build(project)
    assert outcome.status != 0
    assert len(outcome.lines) == 1, outcome.stderr
    assert outcome.lines[0].startswith("error: cache_dir ")
    assert not (project / "site").exists()


def test_extract_with_unusable_cache_dir_is_one_line(tmp_path: Path) -> None:
    project = make_project(tmp_path / "news", {"content/strike.md": STRIKE})
    status, out, err = extract_stdout(project, "--cache-dir", "mkdocs.yml", "content/strike.md")
    assert status == 2 and out == ""
    assert err.splitlines() == [err.splitlines()[0]] and err.startswith("error: cache_dir")


# --- item 7: extractor failures ----------------------------------------------------------

FAILURES = [
    ("generator.extract.actors.extract", "_group_mentions", "actor"),
    ("generator.extract.speakers.resolve", "_resolve", "speaker"),
    ("generator.extract.figures.extract", "_to_figure", "figure"),
    ("generator.extract.quotes", "_direct_quotes", "quote"),
]


@pytest.mark.parametrize(("module", "function", "extractor"), FAILURES)
def test_extractor_failure_is_reported_fails_strict_and_is_not_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str, function: str, extractor: str
) -> None:
    import importlib

    project = make_project(tmp_path / "news", {"content/strike.md": STRIKE})

    def planted(*args: object, **kwargs: object) -> None:
        raise RuntimeError("planted bug")

    monkeypatch.setattr(importlib.import_module(module), function, planted)
    warning = (
        f"content/strike.md: warning: {extractor} extraction failed (RuntimeError: planted bug)"
    )
    strict = build(project, "--strict")
    assert strict.status == 1
    assert warning in strict.lines
    assert not (project / "site").exists()

    lenient = build(project)
    assert lenient.status == 0 and warning in lenient.lines
    assert cache_entries(project) == [], "a result that met a failure was cached"

    monkeypatch.undo()
    healed = build(project, "--strict")
    assert healed.status == 0, healed.stderr
    assert "(1 parsed, 0 from cache)" in healed.stderr
    record = json.loads((project / "site" / "data" / "strike.json").read_text())
    assert any(actor["name"] == "Ruth Adeyemi" for actor in record["actors"])
    assert any(quote.get("speaker") == "Ruth Adeyemi" for quote in record["quotes"])
    assert any(figure["value"] == 3_000_000 for figure in record["figures"])
