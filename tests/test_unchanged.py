"""A build with nothing changed stops at once; any changed input means a real build.

`briefings build` records every input of a successful build in the cache folder
(generator/publishing/unchanged.py). The next build with the very same inputs and the
site in place as that build left it says "nothing changed" and leaves the site alone;
an edited, added or removed article, an edited mkdocs.yml, template or actor registry,
or a damaged or missing site makes it build, and the site it makes is what a full
build makes.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sitebuild import build, make_project, tree_digest, write_files

from generator.publishing import unchanged

ARTICLES = {
    "content/rates.md": (
        "---\ntitle: Bank holds rates\ndate: 2024-02-01\nsource: Market Desk\n"
        'tags: [economy]\n---\nThe central bank held rates at 5%. "Inflation is falling," '
        "said governor Ana Silva. Markets rose 2% in London.\n"
    ),
    "content/strike.md": (
        "---\ntitle: Dock strike ends\ndate: 2024-02-02\nsource: Harbour News\n"
        "tags: [labour]\n---\nAbout 3,000 dock workers in Eastport ended a strike on "
        'Tuesday, union leader Tom Reyes said. "We won," Reyes told reporters.\n'
    ),
    "content/actors.yml": "- name: Tom Reyes\n  type: person\n  description: Union leader.\n",
}
SKIPPED = "nothing changed since the last build, nothing rebuilt"


@pytest.fixture
def published(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project built once (its record written), the sitemap date pinned."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
    project = make_project(tmp_path / "project", dict(ARTICLES))
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    assert SKIPPED not in outcome.stderr
    return project


def age(path: Path) -> None:
    """Date a file's modification back (as if written long before the record was)."""
    stamp = time.time() - 3600
    os.utime(path, (stamp, stamp))


def oracle(project: Path, tmp_path: Path) -> dict[str, str]:
    """The site a full build makes of `project`'s inputs, in another folder."""
    full = tmp_path / "full"
    shutil.copytree(project, full, symlinks=True, ignore=shutil.ignore_patterns("site", ".site.*"))
    outcome = build(full, "--full")
    assert outcome.status == 0, outcome.stderr
    return tree_digest(full / "site")


def test_an_unchanged_site_is_not_built_again(published: Path) -> None:
    site = tree_digest(published / "site")
    outcome = build(published)
    assert outcome.status == 0, outcome.stderr
    assert SKIPPED in outcome.lines[-1]
    assert outcome.lines[-1].startswith("2 of 2 articles published")
    assert tree_digest(published / "site") == site


def test_a_touched_but_unchanged_article_is_not_built_again(published: Path) -> None:
    """A checkout writes every file anew: same bytes, new times. Digests decide."""
    article = published / "content" / "rates.md"
    article.write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    outcome = build(published)
    assert SKIPPED in outcome.lines[-1]


def test_full_always_builds(published: Path) -> None:
    outcome = build(published, "--full")
    assert outcome.status == 0
    assert SKIPPED not in outcome.stderr
    assert "full build" in outcome.lines[-1]


@pytest.mark.parametrize(
    "edit",
    ["edit article", "add article", "remove article", "registry", "mkdocs.yml", "template"],
)
def test_any_changed_input_is_built(
    published: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: str
) -> None:
    if edit == "edit article":
        path = published / "content" / "rates.md"
        text = path.read_text(encoding="utf-8")
        # Same size, same modification time: only the bytes differ.
        stat = path.stat()
        path.write_text(text.replace("5%", "6%"), encoding="utf-8")
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    elif edit == "add article":
        write_files(
            published,
            {"content/ferry.md": ARTICLES["content/rates.md"].replace("Bank holds", "Ferry")},
        )
    elif edit == "remove article":
        (published / "content" / "strike.md").unlink()
    elif edit == "registry":
        path = published / "content" / "actors.yml"
        path.write_text(path.read_text(encoding="utf-8") + "  roles: [Union leader]\n")
    elif edit == "mkdocs.yml":
        path = published / "mkdocs.yml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("site_name: Briefings", "site_name: Harbour Briefings"))
    else:
        (published / "templates").unlink()  # the project's own copy of the templates
        shutil.copytree(Path(__file__).resolve().parents[1] / "templates", published / "templates")
        template = published / "templates" / "briefing.md.j2"
        template.write_text(template.read_text(encoding="utf-8") + "\nEnd of briefing.\n")
    outcome = build(published)
    assert outcome.status == 0, outcome.stderr
    assert SKIPPED not in outcome.stderr
    assert tree_digest(published / "site") == oracle(published, tmp_path)
    again = build(published)
    assert SKIPPED in again.lines[-1]  # and the build after it has nothing to do


@pytest.mark.parametrize("linked", ["docs_dir", "theme"])
def test_an_edit_inside_a_linked_folder_is_built(
    published: Path, tmp_path: Path, linked: str
) -> None:
    """A folder linked into docs_dir (pages shared between sites) or into the templates
    (a shared theme) is read through its link by MkDocs and Jinja: an edit inside it is
    an edit of the site's inputs, not "nothing changed"."""
    shared = tmp_path / "shared"
    if linked == "docs_dir":
        shared.mkdir()
        page = shared / "about.md"
        page.write_text("# About\n\nWritten by the desk.\n", encoding="utf-8")
        (published / "pages").mkdir(exist_ok=True)
        (published / "pages" / "shared").symlink_to(shared, target_is_directory=True)
        edit, shown = page, published / "site" / "shared" / "about" / "index.html"
    else:
        (published / "templates").unlink()  # the project's own copy of the templates
        shutil.copytree(Path(__file__).resolve().parents[1] / "templates", published / "templates")
        shutil.move(published / "templates" / "theme", shared)
        (published / "templates" / "theme").symlink_to(shared, target_is_directory=True)
        edit, shown = shared / "main.html", published / "site" / "index.html"
    assert build(published).status == 0
    assert SKIPPED in build(published).lines[-1]
    text = edit.read_text(encoding="utf-8")
    if linked == "docs_dir":
        edit.write_text(text.replace("the desk", "the night desk"), encoding="utf-8")
    else:
        edit.write_text(text + "{% block announce %}Night edition{% endblock %}\n")
    outcome = build(published)
    assert outcome.status == 0, outcome.stderr
    assert SKIPPED not in outcome.stderr
    assert "Night edition" in shown.read_text(encoding="utf-8") or linked == "docs_dir"
    assert "the night desk" in shown.read_text(encoding="utf-8") or linked == "theme"
    assert tree_digest(published / "site") == oracle(published, tmp_path)


def test_another_pagefind_binary_is_built(
    published: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PAGEFIND_BINARY_PATH chooses the binary that writes the search index (pagefind's
    own lookup), as PAGEFIND_* settings configure it: another one is another index."""
    from generator.publishing.search import pagefind_executable

    other = tmp_path / "bin" / "pagefind"
    other.parent.mkdir()
    other.symlink_to(pagefind_executable())
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(other))
    outcome = build(published)
    assert outcome.status == 0, outcome.stderr
    assert SKIPPED not in outcome.stderr
    assert SKIPPED in build(published).lines[-1]


@pytest.mark.parametrize("where", ["outside content", "inside content"])
def test_an_article_replaced_by_a_link_to_the_same_bytes_is_built(
    published: Path, tmp_path: Path, where: str
) -> None:
    """The build reads no file linked from outside content/ (an error, the article left
    out) and follows a link within it: the same bytes behind a link are another input."""
    article = published / "content" / "rates.md"
    folder = tmp_path / "elsewhere" if where == "outside content" else published / "content"
    folder.mkdir(exist_ok=True)
    target = folder / "_rates-copy.md"  # `_`: a draft, not an article of its own
    shutil.copy2(article, target)
    article.unlink()
    article.symlink_to(target if where == "outside content" else target.name)
    outcome = build(published)
    assert outcome.status == 0, outcome.stderr
    assert SKIPPED not in outcome.stderr
    assert tree_digest(published / "site") == oracle(published, tmp_path)
    published_rates = (published / "site" / "briefings" / "rates" / "index.html").exists()
    assert published_rates == (where == "inside content")


def test_an_edit_in_the_same_clock_tick_as_the_record_is_seen(published: Path) -> None:
    """A file written just before its digest was recorded is hashed again, even when
    its size and modification time still match (the clock may not have moved)."""
    path = published / "content" / "rates.md"
    record = unchanged.read_record(unchanged.record_path(_settings(published)))
    assert record is not None
    stat = path.stat()
    recorded = record.snapshot.files["rates.md"]
    assert recorded[:3] == [stat.st_size, stat.st_mtime_ns, stat.st_ino]
    path.write_text(path.read_text(encoding="utf-8").replace("5%", "6%"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    # The record was taken within seconds of the file's writing: it is not trusted.
    assert record.snapshot.taken_ns - stat.st_mtime_ns < unchanged.RACY_NS
    outcome = build(published)
    assert SKIPPED not in outcome.stderr
    assert "6%" in (published / "site" / "briefings" / "rates" / "index.html").read_text()


def test_an_old_untouched_file_is_not_read_again(
    published: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files last written well before the record are taken by their stat alone."""
    for path in (published / "content").iterdir():
        age(path)
    assert SKIPPED in build(published).lines[-1]  # new times: hashed, found the same
    read: list[Path] = []
    original = Path.read_bytes

    def reading(path: Path) -> bytes:
        read.append(path)
        return original(path)

    monkeypatch.setattr(Path, "read_bytes", reading)
    assert SKIPPED in build(published).lines[-1]
    assert not [path for path in read if (published / "content") in path.parents]


@pytest.mark.parametrize("damage", ["page edited", "page removed", "file added", "site removed"])
def test_a_damaged_or_removed_site_is_built_again(
    published: Path, tmp_path: Path, damage: str
) -> None:
    site = published / "site"
    page = site / "briefings" / "rates" / "index.html"
    if damage == "page edited":
        page.write_text("tampered", encoding="utf-8")
    elif damage == "page removed":
        page.unlink()
    elif damage == "file added":
        (site / "stray.html").write_text("not ours", encoding="utf-8")
    else:
        shutil.rmtree(site)
    outcome = build(published)
    assert outcome.status == 0, outcome.stderr
    assert SKIPPED not in outcome.stderr
    assert tree_digest(site) == oracle(published, tmp_path)


def test_strict_after_a_build_with_warnings_is_not_skipped(published: Path) -> None:
    odd = ARTICLES["content/rates.md"].replace("source:", "colour: red\nsource:")
    write_files(published, {"content/odd.md": odd})  # a warning: unknown field
    first = build(published)
    assert first.status == 0
    assert SKIPPED not in first.stderr
    repeated = build(published)
    assert SKIPPED in repeated.lines[-1]
    # The last build's diagnostics are said again, as the build would say them.
    said = [line for line in first.lines if "odd.md" in line]
    assert said and [line for line in repeated.lines if "odd.md" in line] == said
    strict = build(published, "--strict")
    assert SKIPPED not in strict.stderr


def test_without_a_cache_folder_every_build_runs(published: Path) -> None:
    path = published / "mkdocs.yml"
    text = path.read_text(encoding="utf-8")
    assert "cache_dir: .cache/briefings" in text
    path.write_text(text.replace("cache_dir: .cache/briefings", "cache_dir: null"))
    assert build(published).status == 0
    outcome = build(published)
    assert outcome.status == 0
    assert SKIPPED not in outcome.stderr


def _settings(project: Path):
    from generator.settings import load_settings

    return load_settings(project / "mkdocs.yml")


def test_an_edited_mkdocs_hook_is_built(published: Path) -> None:
    """A hook file is code mkdocs.yml names: editing it may change every page."""
    path = published / "mkdocs.yml"
    path.write_text(path.read_text(encoding="utf-8") + "hooks:\n  - hooks.py\n")
    hook = published / "hooks.py"
    hook.write_text("def on_page_markdown(markdown, **kwargs):\n    return markdown\n")
    assert SKIPPED not in build(published).stderr
    assert SKIPPED in build(published).lines[-1]
    hook.write_text(
        "def on_page_markdown(markdown, **kwargs):\n    return markdown + '\\n\\nHooked.'\n"
    )
    outcome = build(published)
    assert outcome.status == 0, outcome.stderr
    assert SKIPPED not in outcome.stderr
    # Every page is made again: a hook's edit is a change of code (build_key).
    assert "full build: code, theme, mkdocs.yml" in outcome.lines[-1]


def test_an_edit_made_during_the_build_and_undone_after_it_is_built(
    published: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article saved while a build runs (after its inputs were taken, before it is
    read) and put back afterwards: the site shows the edit, so the next build must not
    take the restored article for the one the site was made from. The inputs are taken
    again after the build, and a build whose inputs moved leaves no record."""
    path = published / "content" / "rates.md"
    original = path.read_bytes()
    take = unchanged.take_snapshot
    calls: list[int] = []

    def edited_while_building(*args: object, **kwargs: object) -> unchanged.Snapshot:
        snapshot = take(*args, **kwargs)  # type: ignore[arg-type]
        calls.append(1)
        if len(calls) == 1:  # the inputs before the build are taken: the editor saves
            path.write_bytes(original.replace(b"5%", b"6%"))
        return snapshot

    (published / "content" / "strike.md").write_text(
        ARTICLES["content/strike.md"].replace("3,000", "3,100"), encoding="utf-8"
    )  # a change, so that this build runs
    monkeypatch.setattr(unchanged, "take_snapshot", edited_while_building)
    outcome = build(published)
    assert outcome.status == 0, outcome.stderr
    assert "6%" in (published / "site" / "briefings" / "rates" / "index.html").read_text()
    monkeypatch.undo()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
    path.write_bytes(original)  # undone
    again = build(published)
    assert SKIPPED not in again.stderr
    assert tree_digest(published / "site") == oracle(published, tmp_path)


SNAPSHOT = """
import sys
from pathlib import Path
from generator.publishing.unchanged import content_files
files = content_files(Path(sys.argv[1]), None)
print(sorted(name for name, state in files.items() if state[3] not in ("unreadable",)))
print(files["rates.md"][3])
"""


def _limited() -> None:
    """A child that reads a device without end runs out of memory at 1 GB, not the machine."""
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def test_pipes_and_devices_in_content_are_not_read(tmp_path: Path) -> None:
    """The build never reads what is not a regular file (content.read_text refuses it),
    so taking the snapshot must not either: a named pipe in content/ would wait for a
    writer for ever, a link to /dev/zero would fill memory, before any build began."""
    content = tmp_path / "content"
    write_files(tmp_path, {"content/rates.md": ARTICLES["content/rates.md"]})
    os.mkfifo(content / "notes.pipe")
    (content / "zero.bin").symlink_to("/dev/zero")
    snapshot = subprocess.run(
        [sys.executable, "-c", SNAPSHOT, str(content)],
        capture_output=True,
        text=True,
        timeout=30,
        preexec_fn=_limited,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    assert snapshot.returncode == 0, snapshot.stderr[-2000:]
    listed, digest = snapshot.stdout.splitlines()
    assert listed == "['notes.pipe', 'rates.md', 'zero.bin']"  # listed: one made or gone counts
    assert digest == unchanged._digest(ARTICLES["content/rates.md"].encode("utf-8"))
