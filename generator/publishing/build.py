"""Generating the Markdown site: content in, pages in the generated docs folder out.

This is the whole product up to the publisher: read and validate content, extract
(from cache where possible), apply editors' corrections, index the archive and
render pages. It knows nothing about MkDocs, so another publisher could take the
docs folder as it is.
"""

from __future__ import annotations

import os
import pickle
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from jinja2 import TemplateError

from generator.diagnostics import Diagnostic, counted
from generator.editing.corrections import build_briefing
from generator.model import Briefing
from generator.pages.archive import ArchiveBuilder
from generator.pages.render import make_environment, render_pages
from generator.publishing.folders import (
    DOCS_MARK,
    DOCS_MARK_TEXT,
    FolderError,
    check_folders,
)
from generator.reading.content import load_content
from generator.reading.registry import load_registry
from generator.running.cache import CacheError
from generator.running.runner import Progress, extract_articles, open_cache
from generator.settings import Settings

ASSET_FOLDER = "assets"


class GenerationError(Exception):
    """The site cannot be generated at all (a broken template, an unsafe folder)."""


@dataclass
class Report:
    """What a generation did, for the summary line and for --strict."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    articles: int = 0
    published: int = 0
    parsed: int = 0
    cached: int = 0
    pages: int = 0

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]

    def summary(self) -> str:
        return (
            f"{self.published} of {self.articles} articles published ({self.parsed} parsed, "
            f"{self.cached} from cache); {counted(len(self.errors), 'error')}, "
            f"{counted(len(self.warnings), 'warning')}; {self.pages} pages"
        )


def generate(
    settings: Settings,
    jobs: int = 1,
    model: str | None = None,
    quiet: bool = False,
    scheduler: str | None = None,
) -> Report:
    """Regenerate the docs folder from content; return what happened.

    The folders are checked first, before anything is written: a content folder that
    does not exist, or a docs or site folder the build does not own
    (generator/publishing/folders.py), is a GenerationError. So is a cache folder that
    cannot be used.
    """
    try:
        check_folders(settings)
        return _generate(settings, jobs, model, quiet, scheduler)
    except (FolderError, CacheError) as exc:
        raise GenerationError(str(exc)) from exc


def _generate(
    settings: Settings,
    jobs: int = 1,
    model: str | None = None,
    quiet: bool = False,
    scheduler: str | None = None,
) -> Report:
    """Regenerate the docs folder from content (checked by `generate`).

    `scheduler` (a Dask address, tcp://HOST:8786) parses uncached articles on a
    cluster instead of `jobs` local worker processes.

    Memory stays flat as the archive grows: each briefing goes to a temporary spool
    file as soon as it is made, the index keeps summaries only (generator/pages/archive.py),
    and each page is written to the docs folder as soon as it is rendered.
    """
    report = Report()
    registry, problems = load_registry(settings.content_dir / "actors.yml", settings.content_dir)
    report.diagnostics.extend(problems)
    articles, problems = load_content(settings.content_dir, settings.extra_fields)
    report.diagnostics = list(dict.fromkeys([*report.diagnostics, *problems]))
    report.articles = len(articles) + len({d.path for d in report.errors})
    progress = Progress(len(articles), stream=sys.stderr) if not quiet else None
    cache = open_cache(settings.cache_dir, model) if articles else None
    index = ArchiveBuilder(registry, settings.actor_min_briefings)
    with BriefingSpool() as spool:
        for result in extract_articles(articles, cache, jobs, model, scheduler=scheduler):
            if progress:
                progress.update(result)
            report.parsed += not result.cached
            report.cached += result.cached
            report.diagnostics.extend(
                Diagnostic(result.article.path, problem, severity="warning")
                for problem in result.problems
            )
            briefing, problems = build_briefing(result.article, result.extraction, registry)
            report.diagnostics.extend(problems)
            index.add(briefing)
            spool.add(briefing)
        if progress and articles:
            progress.finish()
        del articles
        report.published = len(spool)
        archive = index.finish()
        del index
        writer = DocsWriter(settings.docs_dir)
        writer.write(DOCS_MARK, DOCS_MARK_TEXT)  # first: a build killed later left our folder
        try:
            env = make_environment(settings.templates_dirs)
            for path, content in render_pages(archive, env, settings.site_context(), spool):
                writer.write(path, content)
        except TemplateError as exc:
            where = getattr(exc, "filename", None) or getattr(exc, "name", None) or "a template"
            line = getattr(exc, "lineno", None)
            raise GenerationError(
                f"{where}{f':{line}' if line else ''}: template error: {exc}"
            ) from exc
    for path, data in collect_assets(settings.templates_dirs).items():
        writer.write(path, data)
    report.pages = writer.pages
    writer.finish()
    return report


class BriefingSpool:
    """Briefings parked in an unnamed temporary file until their pages are rendered.

    Pages of briefings need the whole archive's index (which actors have pages, their
    slugs), so they can be rendered only once every briefing has been made. Holding
    them all in the meantime took gigabytes for the 19,043 Reuters articles; pickled in
    a file, each costs nothing until it is read back, one at a time. The file has no
    name, so it disappears with the process however the build ends.
    """

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="briefings-")  # noqa: SIM115 (close())
        self._count = 0

    def add(self, briefing: Briefing) -> None:
        pickle.dump(briefing, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Briefing]:
        self._file.flush()
        self._file.seek(0)
        for _ in range(self._count):
            yield pickle.load(self._file)

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> BriefingSpool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def collect_assets(template_dirs: tuple[Path, ...]) -> dict[str, bytes]:
    """Static files from each templates folder's `assets/`, earlier folders winning."""
    assets: dict[str, bytes] = {}
    for folder in reversed(template_dirs):
        root = folder / ASSET_FOLDER
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file():
                assets[f"{ASSET_FOLDER}/{path.relative_to(root).as_posix()}"] = path.read_bytes()
    return assets


class DocsWriter:
    """Writes pages into the docs folder as they come; `finish` removes the rest.

    A file whose content is unchanged is not rewritten and keeps its modification time,
    so `mkdocs serve` does not rebuild in a loop and incremental tools see only real
    changes. New content goes through a temporary file and a rename.
    """

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.written: set[str] = set()
        self.pages = 0

    def write(self, name: str, content: str | bytes) -> None:
        parts = PurePosixPath(name).parts
        if not parts or PurePosixPath(name).is_absolute() or ".." in parts or "\\" in name:
            raise GenerationError(f"refusing to write {name}: outside {self.folder}")
        data = content.encode("utf-8") if isinstance(content, str) else content
        target = self.folder / name
        self.written.add("/".join(parts))
        self.pages += name.endswith(".md")
        try:
            if target.stat().st_size == len(data) and target.read_bytes() == data:
                return
        except OSError:  # not there yet (or unreadable: it is replaced)
            target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, target)

    def finish(self) -> None:
        """Delete every file not written since this writer was made, and empty folders."""
        root = str(self.folder)
        for current, _folders, files in os.walk(root, topdown=False):
            relative = os.path.relpath(current, root)
            prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
            for name in files:
                if prefix + name not in self.written:
                    os.unlink(os.path.join(current, name))
            if current != root and not os.listdir(current):
                os.rmdir(current)


def sync_folder(folder: Path, files: dict[str, str | bytes]) -> None:
    """Make `folder` hold exactly `files`, rewriting only what changed."""
    writer = DocsWriter(folder)
    for name, content in sorted(files.items()):
        writer.write(name, content)
    writer.finish()
