"""Slips in mkdocs.yml never delete a user's files, publish an empty site or crash.

Each case is a setting a careless editor could write: a `site_dir` that points at the
project or at folders of the user's own, a `docs_dir` (the site's own pages) that holds
raw articles or templates or pages where briefings generates its own, a `content_dir`
with a typo, a plugin option with a wrong value or a misspelt name. The build must
refuse before it touches anything, with one line that says what to fix, under
`briefings build` and under a plain `mkdocs build` alike.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sitebuild import REPO, build, make_project, run, tree_digest, write_files

import generator

FIRST = "---\ntitle: First briefing\ndate: 2024-01-01\n---\nThe council approved the budget.\n"
OWN_DOCS = {"docs/publishing.md": "# Publishing\n\nOur own notes, kept by hand.\n"}


def configure(project: Path, old: str, new: str) -> None:
    """Edit one line of the project's mkdocs.yml."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert old in text, old
    config.write_text(text.replace(old, new), encoding="utf-8")


def snapshot(project: Path) -> tuple[list[str], dict[str, str]]:
    """Every path in the project (files, folders, links) and every file's digest."""
    paths = sorted(path.relative_to(project).as_posix() for path in project.rglob("*"))
    return paths, tree_digest(project)


def mkdocs_build(project: Path) -> subprocess.CompletedProcess[str]:
    """A plain `mkdocs build` in `project`, with the code under test on the path.

    MkDocs refuses to start without docs_dir, so the empty `pages` folder a fresh
    checkout has is made first.
    """
    (project / "pages").mkdir(parents=True, exist_ok=True)
    tree = Path(generator.__file__).resolve().parents[1]  # the code under test
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tree), *sys.path[1:]])}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build"],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "news", {"content/first.md": FIRST, **OWN_DOCS})


# --- site_dir ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "site_dir",
    [".", "content", "docs", ".cache", "content/site", "..", "notes", "pages"],
)
def test_site_dir_over_the_users_files_is_refused_before_anything_is_touched(
    project: Path, site_dir: str
) -> None:
    write_files(project, {"notes/todo.txt": "call the press office\n"})
    configure(project, "site_dir: site", f"site_dir: {site_dir}")
    before = snapshot(project)
    outcome = build(project, "--strict")
    assert outcome.status != 0
    assert len(outcome.lines) == 1, outcome.stderr
    assert outcome.lines[0].startswith("error: site_dir ")
    assert "Traceback" not in outcome.stderr
    assert snapshot(project) == before


def test_site_dir_over_the_project_is_refused_by_mkdocs_build_too(project: Path) -> None:
    configure(project, "site_dir: site", "site_dir: content")
    (project / "pages").mkdir()
    before = snapshot(project)
    result = mkdocs_build(project)
    assert result.returncode != 0
    assert "site_dir content is content_dir" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(project) == before


@pytest.mark.parametrize("cache_dir", ["content", "content/.cache", "templates/cache"])
def test_cache_dir_among_articles_or_templates_is_refused(project: Path, cache_dir: str) -> None:
    """The cache would write its entries among the articles (or into the templates,
    whose theme folder MkDocs publishes)."""
    configure(project, "cache_dir: .cache/briefings", f"cache_dir: {cache_dir}")
    (project / "pages").mkdir()
    before = snapshot(project)
    outcome = build(project)
    assert outcome.lines == [outcome.lines[0]], outcome.stderr
    line = outcome.lines[0]  # the linked templates folder is shown in full
    assert line.startswith("error: cache_dir ") and f"{cache_dir} " in line, line
    assert "point cache_dir in mkdocs.yml at a folder of its own" in line
    result = mkdocs_build(project)
    assert result.returncode != 0 and f"{cache_dir} " in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(project) == before


def test_new_site_dir_and_one_holding_an_earlier_build_are_used(project: Path) -> None:
    configure(project, "site_dir: site", "site_dir: public")
    assert build(project).status == 0
    assert (project / "public" / "briefings" / "first" / "index.html").is_file()
    write_files(project, {"content/second.md": FIRST.replace("First", "Second")})
    assert build(project).status == 0, "a site the build made may be replaced"
    assert (project / "public" / "briefings" / "second" / "index.html").is_file()
    # A site published before sites were marked: recognised by its search index stamp.
    (project / "public" / ".briefings-site").unlink()
    write_files(project, {"content/third.md": FIRST.replace("First", "Third")})
    assert build(project).status == 0
    assert (project / "public" / "briefings" / "third" / "index.html").is_file()


def test_site_of_a_plain_mkdocs_build_may_be_replaced(project: Path) -> None:
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    assert (project / "site" / "briefings" / "first" / "index.html").is_file()
    write_files(project, {"content/second.md": FIRST.replace("First", "Second")})
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    assert (project / "site" / "briefings" / "second" / "index.html").is_file()


def test_site_dir_holding_only_an_empty_folder_is_used(project: Path) -> None:
    (project / "site").mkdir()
    assert build(project).status == 0
    assert (project / "site" / "index.html").is_file()


# --- docs_dir ----------------------------------------------------------------------------


def test_mkdocs_default_docs_folder_holds_the_sites_own_pages(project: Path) -> None:
    """Without docs_dir, MkDocs reads `docs`: its pages are published beside the generated
    ones and left as they are (the build no longer writes a docs folder)."""
    configure(project, "docs_dir: pages\n", "")
    docs = tree_digest(project / "docs")
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    own = (project / "site" / "publishing" / "index.html").read_text(encoding="utf-8")
    assert "Our own notes, kept by hand." in own
    assert (project / "site" / "briefings" / "first" / "index.html").is_file()
    assert tree_digest(project / "docs") == docs
    assert not (project / "pages").exists() and not (project / "build").exists()
    (project / "site" / "publishing" / "index.html").unlink()
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    assert (project / "site" / "publishing" / "index.html").is_file()
    assert tree_digest(project / "docs") == docs


def test_build_writes_no_generated_page_to_disk(project: Path) -> None:
    """Generated pages live in MkDocs' file collection only: the project gains the site,
    the extraction cache and the empty pages folder MkDocs needs, nothing else."""
    before = snapshot(project)[0]
    assert build(project).status == 0
    added = {path.split("/")[0] for path in set(snapshot(project)[0]) - set(before)}
    assert added == {"site", ".cache", "pages"}
    assert list((project / "pages").iterdir()) == []


def test_docs_dir_inside_the_templates_is_refused(tmp_path: Path) -> None:
    """MkDocs would publish the templates folder's files as they are."""
    project = tmp_path / "news"
    project.mkdir()
    (project / "mkdocs.yml").write_bytes((REPO / "mkdocs.yml").read_bytes())
    write_files(
        project,
        {
            "content/first.md": FIRST,
            "templates/assets/site.css": "body { color: #222; }\n",
            "templates/assets/site.js": "console.log('ours');\n",
        },
    )
    configure(project, "docs_dir: pages", "docs_dir: templates/assets")
    before = snapshot(project)
    outcome = build(project)
    assert outcome.status != 0
    assert outcome.lines[-1].startswith("error: docs_dir templates/assets lies inside")
    assert snapshot(project) == before


@pytest.mark.parametrize("folder", ["content", "content/pages", ".cache"])
def test_docs_dir_over_articles_or_the_cache_is_refused(project: Path, folder: str) -> None:
    """MkDocs would publish raw articles (whatever article_text says) or cache entries."""
    write_files(project, {"content/pages/about.md": "# About\n", ".cache/x": "entry\n"})
    configure(project, "docs_dir: pages", f"docs_dir: {folder}")
    before = snapshot(project)
    outcome = build(project)
    assert outcome.status != 0
    assert len(outcome.lines) == 1, outcome.stderr
    assert outcome.lines[0].startswith(f"error: docs_dir {folder} "), outcome.stderr
    assert snapshot(project) == before


@pytest.mark.parametrize(
    ("page", "address", "early"),
    [
        ("index.md", "index.html", True),
        ("README.md", "index.html", True),
        ("archive.md", "archive/index.html", True),
        ("assets/briefings.css", "assets/briefings.css", False),
    ],
)
def test_own_page_where_briefings_generates_one_is_refused(
    project: Path, page: str, address: str, early: bool
) -> None:
    """One of the two would silently vanish from the site. A page every site has (home,
    search, index pages) is refused before any article is read; any other once the
    pages are generated, when only the extraction cache has been filled."""
    configure(project, "docs_dir: pages", "docs_dir: handbook")
    write_files(project, {f"handbook/{page}": "# Our handbook\n"})
    before = snapshot(project)
    outcome = build(project)
    assert outcome.status == 1
    assert len(outcome.lines) == 1, outcome.stderr
    assert outcome.lines[0].startswith(f"error: docs_dir handbook: {page} is published at "), (
        outcome.lines[0]
    )
    assert f" at {address}, " in outcome.lines[0] and f"rename or remove {page}" in outcome.lines[0]
    assert (project / ".cache").exists() is not early
    shutil.rmtree(project / ".cache", ignore_errors=True)
    assert snapshot(project) == before
    result = mkdocs_build(project)
    assert result.returncode != 0 and f"docs_dir handbook: {page} is published" in result.stderr
    assert "Traceback" not in result.stderr
    shutil.rmtree(project / ".cache", ignore_errors=True)
    assert snapshot(project)[1] == before[1]


LEGACY_DOCS = {
    "build/docs/index.md": "# Latest\n",
    "build/docs/search.md": "---\nsearch_ui: true\n---\n# Search\n",
    "build/docs/briefings/gone.md": "# An article deleted since\n",
}


@pytest.mark.parametrize("marked", [True, False])
def test_docs_folder_an_earlier_version_generated_into_is_refused(
    project: Path, marked: bool
) -> None:
    """Its stale pages would clash with the generated ones or bring deleted ones back."""
    write_files(project, LEGACY_DOCS)
    if marked:
        write_files(project, {"build/docs/.briefings-docs": "Generated by briefings.\n"})
    configure(project, "docs_dir: pages", "docs_dir: build/docs")
    before = snapshot(project)
    outcome = build(project)
    assert outcome.status == 1
    assert outcome.lines == [
        "error: docs_dir build/docs holds pages an earlier version of briefings generated; "
        "pages are no longer written to disk, so delete build/docs and point docs_dir in "
        "mkdocs.yml at a folder of the site's own pages (such as pages)"
    ]
    assert snapshot(project) == before
    result = mkdocs_build(project)
    assert result.returncode != 0 and "delete build/docs" in result.stderr
    assert snapshot(project)[1] == before[1]


# --- content_dir -------------------------------------------------------------------------


@pytest.fixture()
def published(project: Path) -> Path:
    """The project with a good site in place."""
    assert build(project).status == 0
    return project


def test_missing_content_dir_fails_check_and_build_and_keeps_the_site(published: Path) -> None:
    before = tree_digest(published / "site")
    configure(published, "content_dir: content", "content_dir: contnet")
    for command in (("check", "--strict"), ("check",), ("build", "-j", "1", "--strict")):
        outcome = run(published, *command)
        assert outcome.status != 0, command
        assert outcome.lines[-1].startswith("error: content_dir contnet does not exist"), command
    assert tree_digest(published / "site") == before


def test_missing_content_dir_fails_serve_before_serving(
    published: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mkdocs.commands.serve

    served: list[object] = []
    monkeypatch.setattr(mkdocs.commands.serve, "serve", lambda **kwargs: served.append(kwargs))
    configure(published, "content_dir: content", "content_dir: contnet")
    outcome = run(published, "serve")
    assert outcome.status != 0 and served == []
    assert "content_dir contnet does not exist" in outcome.stderr


def test_missing_content_dir_fails_mkdocs_build_and_extract(published: Path) -> None:
    before = tree_digest(published / "site")
    configure(published, "content_dir: content", "content_dir: contnet")
    result = mkdocs_build(published)
    assert result.returncode != 0 and "content_dir contnet does not exist" in result.stderr
    assert tree_digest(published / "site") == before
    outcome = run(published, "extract", "contnet")
    assert outcome.status != 0 and "contnet" in outcome.stderr


def test_emptying_a_published_site_needs_allow_empty(published: Path) -> None:
    before = tree_digest(published / "site")
    (published / "content" / "first.md").unlink()
    outcome = build(published, "--strict")
    assert outcome.status == 1
    assert outcome.lines[-1].startswith("error: no briefing to publish")
    assert "--allow-empty" in outcome.lines[-1]
    assert tree_digest(published / "site") == before
    assert build(published, "--allow-empty").status == 0
    assert not (published / "site" / "briefings" / "first").exists()
    assert build(published).status == 0, "an empty site may stay empty"


def test_emptying_a_published_site_fails_mkdocs_build(published: Path) -> None:
    before = tree_digest(published / "site")
    configure(published, "content_dir: content", "content_dir: drafts")
    (published / "drafts").mkdir()
    result = mkdocs_build(published)
    assert result.returncode != 0 and "no briefing to publish" in result.stderr
    assert tree_digest(published / "site") == before


# --- plugin options ----------------------------------------------------------------------

BAD_OPTIONS = [
    ("latest: 20", "latest: twenty", "latest", "'twenty'", "a whole number"),
    ("latest: 20", "latest: 0", "latest", "got 0", "1 or more"),
    ("latest: 20", "latest: 20\n      jobs: -2", "jobs", "got -2", "0 or more"),
    ("latest: 20", "latest: 20\n      extra_fields: region", "extra_fields", "'region'", "list"),
    (
        "latest: 20",
        "latest: 20\n      allow_empty: sometimes",
        "allow_empty",
        "'sometimes'",
        "true",
    ),
    ("cache_dir: .cache/briefings", "cache_dir: [a, b]", "cache_dir", "['a', 'b']", "folder"),
    ("latest: 20", "lates: 5", "lates", "did you mean 'latest'", "allowed: content_dir"),
    ("content_dir: content", "contents_dir: content", "contents_dir", "'content_dir'", "allowed"),
    (
        "latest: 20",
        "latest: 20\n      published_json: monthly",
        "published_json",
        "'monthly'",
        "briefing, month, none",
    ),
]


@pytest.mark.parametrize(("old", "new", "option", "given", "allowed"), BAD_OPTIONS)
def test_bad_plugin_option_is_one_line_under_briefings_build(
    project: Path, old: str, new: str, option: str, given: str, allowed: str
) -> None:
    configure(project, old, new)
    before = snapshot(project)
    outcome = build(project)
    assert outcome.status == 2
    assert len(outcome.lines) == 1, outcome.stderr
    line = outcome.lines[0]
    assert line.startswith(f"error: mkdocs.yml: plugins > briefings > {option}: "), line
    assert given in line and allowed in line
    assert snapshot(project) == before


@pytest.mark.parametrize(("old", "new", "option", "given", "allowed"), BAD_OPTIONS[::3])
def test_bad_plugin_option_is_refused_by_mkdocs_build(
    project: Path, old: str, new: str, option: str, given: str, allowed: str
) -> None:
    configure(project, old, new)
    result = mkdocs_build(project)
    assert result.returncode != 0
    assert f"Plugin 'briefings' option '{option}': " in result.stderr
    assert given in result.stderr and allowed in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project / "site").exists()


# The plugin's entry itself: MkDocs misreads options set beside it and builds twice when
# it is listed twice, and its `enabled` switch says only "Expected boolean".
BAD_ENTRIES = [
    (
        "latest: 20",
        "latest: 20\n      enabled: sometimes",
        "plugins > briefings > enabled: got 'sometimes'; allowed: true or false",
    ),
    (
        "plugins:\n  - briefings:",
        "plugins:\n  - briefings\n  - briefings:",
        "plugins: briefings is listed 2 times; keep one entry",
    ),
    (
        "      latest: 20\n",
        "      latest: 20\n    jobs: 1\n",
        "plugins: jobs stands beside `- briefings:` in one list item; indent",
    ),
]


@pytest.mark.parametrize(("old", "new", "said"), BAD_ENTRIES)
def test_bad_plugin_entry_is_one_line_under_briefings_build(
    project: Path, old: str, new: str, said: str
) -> None:
    configure(project, old, new)
    before = snapshot(project)
    outcome = build(project)
    assert outcome.status == 2
    assert outcome.lines == [outcome.lines[0]], outcome.stderr
    assert outcome.lines[0].startswith(f"error: mkdocs.yml: {said}"), outcome.lines[0]
    assert snapshot(project) == before


def test_disabled_plugin_is_one_line_under_briefings_build(project: Path) -> None:
    """Without the plugin MkDocs would publish docs_dir alone over the site."""
    configure(project, "latest: 20", "latest: 20\n      enabled: false")
    outcome = build(project)
    assert outcome.status != 0
    assert outcome.lines == [
        "error: mkdocs.yml: plugins: the briefings plugin is not enabled; list `- briefings` "
        "under plugins (and remove `enabled: false`)"
    ]
    assert not (project / "site").exists()


def test_bad_mkdocs_option_is_one_line_under_briefings_build(project: Path) -> None:
    configure(project, "site_name: Briefings", "site_name: [Briefings]")
    outcome = build(project)
    assert outcome.status == 1
    assert len(outcome.lines) == 1, outcome.stderr
    line = outcome.lines[0]
    assert line.startswith("error: MkDocs build failed, "), line
    assert line.endswith(
        "left as it was: mkdocs.yml: site_name: Expected type: "
        "<class 'str'> but received: <class 'list'>"
    ), line
    assert not (project / "site").exists()


def test_plugin_listed_twice_is_refused_by_mkdocs_build(project: Path) -> None:
    configure(project, "plugins:\n  - briefings:", "plugins:\n  - briefings\n  - briefings:")
    result = mkdocs_build(project)
    assert result.returncode != 0
    assert "plugins: briefings is listed 2 times in mkdocs.yml; keep one entry" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project / "site").exists()
