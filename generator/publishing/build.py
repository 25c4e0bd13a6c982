"""Generating the Markdown site: content in, the generated pages (in memory) out.

This is the whole product up to the publisher: read and validate content, extract
(from cache where possible; an article whose extraction fails keeps its last good
one), apply editors' corrections, index the archive and render pages. It knows
nothing about MkDocs: it returns the pages as a mapping of paths to bytes, which the
plugin adds to MkDocs' file collection (generator/plugin.py), so no generated page is
ever written into a folder a user could take for their own.
"""

from __future__ import annotations

import pickle
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from jinja2 import TemplateError

from generator.diagnostics import Diagnostic, counted
from generator.editing.corrections import build_briefing
from generator.model import Briefing, Extraction
from generator.pages.archive import ArchiveBuilder
from generator.pages.inputs import InputTracker
from generator.pages.render import make_environment, render_pages
from generator.publishing.folders import FolderError, check_folders
from generator.reading.content import load_content
from generator.reading.registry import load_registry
from generator.running.cache import CacheError
from generator.running.fallback import LastGood
from generator.running.runner import Progress, Result, extract_articles, open_cache
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
    failed: int = 0  # articles an extractor failed on (not cached: retried next build)
    previous: int = 0  # of them, published with their last good extraction instead
    pages: int = 0

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]

    def summary(self) -> str:
        kept = f", {self.previous} previous briefing(s) kept" if self.previous else ""
        return (
            f"{self.published} of {self.articles} articles published ({self.parsed} parsed, "
            f"{self.cached} from cache{kept}); {counted(len(self.errors), 'error')}, "
            f"{counted(len(self.warnings), 'warning')}; {self.pages} pages"
        )


def generate(
    settings: Settings,
    jobs: int = 1,
    model: str | None = None,
    quiet: bool = False,
    scheduler: str | None = None,
    inputs: InputTracker | None = None,
) -> tuple[Report, Pages]:
    """The site's generated pages from content, and what happened.

    `inputs` records what each briefing page is made from and skips those made from
    the same inputs as the published ones (generator/pages/inputs.py): they are in
    `Pages.skipped`, with empty content.

    The folders are checked first, before anything is written: a content folder that
    does not exist, or a docs or site folder the build may not use
    (generator/publishing/folders.py), is a GenerationError. So is a cache folder that
    cannot be used.
    """
    try:
        check_folders(settings)
        return _generate(settings, jobs, model, quiet, scheduler, inputs)
    except (FolderError, CacheError) as exc:
        raise GenerationError(str(exc)) from exc


def _generate(
    settings: Settings,
    jobs: int = 1,
    model: str | None = None,
    quiet: bool = False,
    scheduler: str | None = None,
    inputs: InputTracker | None = None,
) -> tuple[Report, Pages]:
    """The generated pages from content (folders checked by `generate`).

    `scheduler` (a Dask address, tcp://HOST:8786) parses uncached articles on a
    cluster instead of `jobs` local worker processes.

    An article whose extraction fails is published with its last good extraction of the
    same text, when the cache keeps one (`_fall_back`, generator/running/fallback.py);
    every good one becomes the article's last good extraction.

    Memory stays flat as the archive grows: each briefing goes to a temporary spool
    file as soon as it is made, the index keeps summaries only (generator/pages/archive.py),
    and each page is kept as UTF-8 bytes as soon as it is rendered (half the size of
    a Python string holding a curly quote; MkDocs holds every page's text anyway).
    """
    report = Report()
    registry, problems = load_registry(settings.content_dir / "actors.yml", settings.content_dir)
    report.diagnostics.extend(problems)
    articles, problems = load_content(settings.content_dir, settings.extra_fields)
    report.diagnostics = list(dict.fromkeys([*report.diagnostics, *problems]))
    report.articles = len(articles) + len({d.path for d in report.errors})
    progress = Progress(len(articles), stream=sys.stderr) if not quiet else None
    cache = open_cache(settings.cache_dir, model) if articles else None
    last_good = LastGood(cache) if cache else None
    index = ArchiveBuilder(registry, settings.actor_min_briefings)
    with BriefingSpool() as spool:
        results = extract_articles(
            articles, cache, jobs, model, scheduler=scheduler, budget=settings.extraction_budget
        )
        for result in results:
            if progress:
                progress.update(result)
            report.parsed += not result.cached
            report.cached += result.cached
            report.failed += bool(result.problems)
            report.diagnostics.extend(
                Diagnostic(result.article.path, problem, severity="warning")
                for problem in result.problems
            )
            extraction = result.extraction
            if last_good is not None and result.problems:
                extraction = _fall_back(result, last_good, report)
            elif last_good is not None:
                last_good.keep(result.article.id, result.key, result.article.body)
            briefing, problems = build_briefing(result.article, extraction, registry)
            report.diagnostics.extend(problems)
            index.add(briefing)
            spool.add(briefing)
        if progress and articles:
            progress.finish()
        del articles
        report.published = len(spool)
        archive = index.finish()
        del index
        pages = Pages()
        try:
            env = make_environment(settings.templates_dirs)
            site = settings.site_context()
            for path, content in render_pages(archive, env, site, spool, inputs):
                pages.add(path, content)
        except TemplateError as exc:
            where = getattr(exc, "filename", None) or getattr(exc, "name", None) or "a template"
            line = getattr(exc, "lineno", None)
            raise GenerationError(
                f"{where}{f':{line}' if line else ''}: template error: {exc}"
            ) from exc
    for path, data in collect_assets(settings.templates_dirs).items():
        pages.add(path, data)
    report.pages = pages.markdown
    return report, pages


PREVIOUS_KEPT = (
    "the briefing published is the previous one, from this article's last good "
    "extraction of the same text, as this build's extraction failed (above); "
    "the next build parses it again"
)
PREVIOUS_DROPPED = (
    "its previous briefing is not kept: its text changed since its last good extraction, "
    "which is not shown beside the new text; the new text is published with what this "
    "build extracted (above), and the next build parses it again"
)


def _fall_back(result: Result, last_good: LastGood, report: Report) -> Extraction:
    """What is published of an article whose extraction failed: its last good
    extraction when it was made from the same text, else this build's (what the
    extractors that did not fail found; nothing, over the budget). Either way one line
    says which (generator/running/fallback.py)."""
    previous = last_good.previous(result.article.id, result.article.body)
    if previous is None:
        return result.extraction
    kept = previous.same_text
    message = PREVIOUS_KEPT if kept else PREVIOUS_DROPPED
    report.diagnostics.append(Diagnostic(result.article.path, message, severity="warning"))
    report.previous += kept
    return previous.extraction if kept else result.extraction


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


class Pages(dict[str, bytes]):
    """The generated files: path under the site (`briefings/x.md`, `assets/y.css`) to bytes.

    Paths become MkDocs source paths, and from them the output paths, so each is checked
    to stay inside the site: no absolute path, no `..`, no backslash.
    """

    def __init__(self) -> None:
        super().__init__()
        self.markdown = 0
        self.skipped: set[str] = set()  # pages not rendered: the published ones stand

    def add(self, name: str, content: str | bytes | None) -> None:
        """Add a page; None: a page left unrendered, as its inputs are unchanged."""
        parts = PurePosixPath(name).parts
        if not parts or PurePosixPath(name).is_absolute() or ".." in parts or "\\" in name:
            raise GenerationError(f"refusing to generate {name}: outside the site")
        key = "/".join(parts)
        self.markdown += key.endswith(".md") and key not in self
        if content is None:
            self.skipped.add(key)
            content = b""
        else:
            self.skipped.discard(key)
        self[key] = content.encode("utf-8") if isinstance(content, str) else content
