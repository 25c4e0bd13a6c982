"""Which folders a build may use, checked before anything is written.

A build replaces one folder wholesale: the site (`site_dir`, swapped for a new one). A
slip in `mkdocs.yml` (`site_dir: .`, `site_dir: content`) would otherwise delete the
project, its articles or the user's own files. So site_dir must be new, empty or marked
as the build's own by a file the build wrote there (a dotfile, which says to anyone who
looks what will happen to the folder), and it must not be, hold or lie inside any
folder the build reads.

`docs_dir` holds the site's own pages (an about page, images), published beside the
generated ones; the build never writes there (generated pages live in MkDocs' file
collection only). It must still stay apart from the content, templates, cache and site
folders, or MkDocs would publish raw articles (whatever `article_text` says), templates
or cache entries as pages. A docs folder an earlier version of briefings generated into
(`build/docs`) holds stale copies of generated pages and is refused with what to do.

`cache_dir` is written by every build that parses an article, so it too must stay
apart from the content and templates folders.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from generator.pages.router import TOP_LEVEL
from generator.settings import Settings

DOCS_MARK = ".briefings-docs"
SITE_MARK = ".briefings-site"
SITE_MARK_TEXT = "Built by briefings; replaced as a whole on every build.\n"
# What the generator makes at the top of the site. A docs folder of an earlier version
# of briefings, left unmarked, is recognised when it holds nothing else.
GENERATED_TOP_LEVEL = TOP_LEVEL | {"assets"}
# How the generated search page of every earlier version begins.
LEGACY_SEARCH_PAGE = b"---\nsearch_ui: true\n"
# An unmarked site of an earlier version: its search index stamp (generator/publishing/search.py).
LEGACY_SITE_STAMP = "pagefind/briefings-index.json"


# Why each folder a build writes or publishes must stay apart from the others.
WHY_APART = {
    "site_dir": "the build replaces everything in site_dir",
    "docs_dir": "MkDocs publishes everything in docs_dir as it is",
    "cache_dir": "the cache writes its entries into cache_dir",
}


class FolderError(Exception):
    """A configured folder cannot be used as it is; the message says which and why."""


def check_folders(settings: Settings) -> None:
    """Every folder check a build makes before it writes anything."""
    check_content_dir(settings)
    check_templates_dir(settings)
    check_output_folders(settings)


def check_content_dir(settings: Settings) -> None:
    """Refuse a content folder that does not exist: a typo must not publish an empty site."""
    content = settings.content_dir
    if not content.is_dir():
        what = "is not a folder" if content.exists() else "does not exist"
        raise FolderError(
            f"content_dir {shown_folder(content, settings)} {what}; set content_dir under the "
            "briefings plugin in mkdocs.yml to the folder holding the articles"
        )


def check_templates_dir(settings: Settings) -> None:
    """Refuse a templates_dir set to a folder that does not exist.

    Without a templates folder the bundled templates are used, which is right for the
    default `templates` (a site need not have one); a misspelt `templates_dir` would
    otherwise publish the site without its own templates and theme, silently.
    """
    folder = settings.templates_dirs[0]
    if folder.is_dir() or folder == settings.project_dir / "templates":
        return
    what = "is not a folder" if folder.exists() else "does not exist"
    raise FolderError(
        f"templates_dir {shown_folder(folder, settings)} {what}; set templates_dir under the "
        "briefings plugin in mkdocs.yml to your templates folder, or remove the line to "
        "use the bundled templates"
    )


def check_output_folders(settings: Settings) -> None:
    """Refuse a site_dir the build would wrongly empty, or a docs_dir it would wrongly
    publish; touches nothing."""
    site, docs = settings.site_dir, settings.docs_dir
    reads = [
        ("content_dir", settings.content_dir),
        *(("templates_dir", folder) for folder in settings.templates_dirs),
        ("cache_dir", settings.cache_dir),
    ]
    project = ("the project folder", settings.project_dir)
    # The site first: it is replaced whole.
    _check_apart(settings, "site_dir", site, [project, *reads, ("docs_dir", docs)], "site")
    _check_apart(settings, "docs_dir", docs, [project, *reads], "pages")
    if settings.cache_dir is not None:  # its entries must not land among articles
        _check_apart(settings, "cache_dir", settings.cache_dir, reads[:-1], ".cache/briefings")
    _check_owned(site, "site_dir", SITE_MARK, _is_legacy_site, settings)
    _check_not_generated(docs, settings)


def _check_apart(
    settings: Settings,
    option: str,
    folder: Path,
    others: list[tuple[str, Path | None]],
    example: str,
) -> None:
    """`folder` is not, does not hold and does not lie inside any of `others` (it may lie
    inside the project folder)."""
    where = folder.resolve()
    for name, other in others:
        if other is None:
            continue
        relation = _relation(where, other.resolve())
        if relation is None or (name == "the project folder" and relation == "lies inside"):
            continue
        what = WHY_APART[option]
        raise FolderError(
            f"{option} {shown_folder(folder, settings)} {relation} {name} "
            f"{shown_folder(other, settings)}; {what}, so point {option} in mkdocs.yml at a "
            f"folder of its own (such as {example})"
        )


def _relation(folder: Path, other: Path) -> str | None:
    """How `folder` stands to `other`: "is", "holds", "lies inside", or None (apart)."""
    if folder == other:
        return "is"
    if folder in other.parents:
        return "holds"
    return "lies inside" if other in folder.parents else None


def _check_owned(folder: Path, option: str, mark: str, legacy, settings: Settings) -> None:
    """`folder` is absent, empty, marked by the build or an unmarked earlier build."""
    if not folder.exists():
        return
    shown = shown_folder(folder, settings)
    if not folder.is_dir():
        raise FolderError(f"{option} {shown} is a file, not a folder; remove it or change {option}")
    if (folder / mark).is_file() or not any(folder.iterdir()) or legacy(folder):
        return
    raise FolderError(
        f"{option} {shown} holds files the build did not make (it has no {mark} mark), and "
        f"the build would delete them; point {option} in mkdocs.yml at a new folder, or "
        "empty this one if those files can go"
    )


def _check_not_generated(folder: Path, settings: Settings) -> None:
    """Refuse a docs_dir an earlier version of briefings generated its pages into.

    Its files are stale copies of generated pages (and of deleted articles' pages): read
    as the site's own pages they would clash with the generated ones or bring back pages
    that should be gone.
    """
    if not folder.is_dir() or not ((folder / DOCS_MARK).is_file() or _is_legacy_docs(folder)):
        return
    shown = shown_folder(folder, settings)
    raise FolderError(
        f"docs_dir {shown} holds pages an earlier version of briefings generated; pages are "
        f"no longer written to disk, so delete {shown} and point docs_dir in mkdocs.yml at "
        "a folder of the site's own pages (such as pages)"
    )


def _is_legacy_docs(folder: Path) -> bool:
    """Generated pages of an earlier version: its home and search pages and nothing else.

    Dotfiles are left out: the writer's temporary files, and nothing MkDocs publishes.
    """
    names = {path.name for path in folder.iterdir() if not path.name.startswith(".")}
    if not ({"index.md", "search.md"} <= names and names <= GENERATED_TOP_LEVEL):
        return False
    try:  # every version that wrote search.md opened it so; a page of the user's own not
        with (folder / "search.md").open("rb") as page:
            return page.read(len(LEGACY_SEARCH_PAGE)) == LEGACY_SEARCH_PAGE
    except OSError:
        return False


def _is_legacy_site(folder: Path) -> bool:
    """A site published by an earlier version: it carries the search index stamp."""
    return (folder / LEGACY_SITE_STAMP).is_file()


def mark_site(folder: Path) -> None:
    """Mark a site folder as the build's own, so the next build may replace it.

    A plain `mkdocs build` marks it before building into it (MkDocs' cleaning keeps
    dotfiles), so that a build killed halfway leaves a folder the next build may take.
    """
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SITE_MARK).write_text(SITE_MARK_TEXT, encoding="utf-8")


def published_briefings(site_dir: Path) -> int:
    """How many briefings the site in place publishes, whatever its `published_json`:
    its `data/<slug>.json` files (`briefing`), the lines of its `data/<month>.jsonl.gz`
    files (`month`), or, with no data published (`none`), its briefing pages."""
    data = site_dir / "data"
    files = sum(1 for path in data.glob("*.json") if path.is_file()) if data.is_dir() else 0
    lines = sum(_lines(path) for path in data.glob("*.jsonl.gz")) if data.is_dir() else 0
    if files or lines:
        return files + lines
    pages = site_dir / "briefings"  # briefings/<slug>/index.html, or <slug>.html
    if not pages.is_dir():
        return 0
    return sum(
        1
        for path in pages.iterdir()
        if (path / "index.html").is_file() or (path.suffix == ".html" and path.is_file())
    )


def _lines(path: Path) -> int:
    """The lines of a gzip JSON Lines file; 0 if it cannot be read."""
    try:
        with gzip.open(path, "rb") as stream:
            return sum(1 for line in stream if line.strip())
    except (OSError, EOFError, zlib.error):
        return 0


def empty_site_message(articles: int, before: int, settings: Settings) -> str:
    """Why a build that publishes nothing is refused when the site in place has briefings."""
    return (
        f"no briefing to publish ({articles} articles read from {settings.content_dir}), "
        f"but the site in {settings.site_dir} has {before}; site left as it was. Check "
        "content_dir in mkdocs.yml, or pass --allow-empty (plugin option allow_empty: true) "
        "to publish an empty site"
    )


def shown_folder(folder: Path, settings: Settings) -> str:
    """A folder as written relative to the project, or in full when outside it."""
    try:
        relative = folder.resolve().relative_to(settings.project_dir.resolve()).as_posix()
    except ValueError:
        return str(folder)
    return "." if relative == "." else relative
