"""Generating the Markdown site: content in, pages in the generated docs folder out.

This is the whole product up to the publisher: read and validate content, extract
(from cache where possible), apply editors' corrections, index the archive and
render pages. It knows nothing about MkDocs, so another publisher could take the
docs folder as it is.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import TemplateError

from generator.archive import build_archive
from generator.content import load_content
from generator.corrections import build_briefing
from generator.diagnostics import Diagnostic
from generator.model import Briefing
from generator.registry import load_registry
from generator.render import make_environment, render_site
from generator.runner import Progress, extract_articles, open_cache
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
    briefings: list[Briefing] = field(default_factory=list)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]

    def summary(self) -> str:
        return (
            f"{self.published} of {self.articles} articles published ({self.parsed} parsed, "
            f"{self.cached} from cache); {len(self.errors)} errors, "
            f"{len(self.warnings)} warnings; {self.pages} pages"
        )


def generate(
    settings: Settings,
    jobs: int = 1,
    model: str | None = None,
    quiet: bool = False,
    scheduler: str | None = None,
) -> Report:
    """Regenerate the docs folder from content; return what happened.

    `scheduler` (a Dask address, tcp://HOST:8786) parses uncached articles on a
    cluster instead of `jobs` local worker processes.
    """
    check_docs_folder(settings)
    report = Report()
    registry, problems = load_registry(settings.content_dir / "actors.yml")
    report.diagnostics.extend(problems)
    articles, problems = load_content(settings.content_dir, settings.extra_fields)
    report.diagnostics.extend(problems)
    report.articles = len(articles) + len({d.path for d in report.errors})
    progress = Progress(len(articles), stream=sys.stderr) if not quiet else None
    cache = open_cache(settings.cache_dir, model) if articles else None
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
        report.briefings.append(briefing)
    if progress and articles:
        progress.finish()
    report.published = len(report.briefings)
    archive = build_archive(report.briefings, registry, settings.actor_min_briefings)
    try:
        env = make_environment(settings.templates_dirs)
        pages: dict[str, str | bytes] = dict(render_site(archive, env, settings.site_context()))
    except TemplateError as exc:
        where = getattr(exc, "filename", None) or getattr(exc, "name", None) or "a template"
        line = getattr(exc, "lineno", None)
        raise GenerationError(
            f"{where}{f':{line}' if line else ''}: template error: {exc}"
        ) from exc
    pages.update(collect_assets(settings.templates_dirs))
    report.pages = sum(1 for path in pages if path.endswith(".md"))
    sync_folder(settings.docs_dir, pages)
    return report


def check_docs_folder(settings: Settings) -> None:
    """Refuse a docs folder that holds the project: syncing it deletes unknown files."""
    docs = settings.docs_dir.resolve()
    for precious in (settings.project_dir, settings.content_dir, *settings.templates_dirs):
        precious = precious.resolve()
        if docs == precious or docs in precious.parents:
            raise GenerationError(
                f"docs_dir {settings.docs_dir} contains {precious}: briefings owns the docs "
                "folder and replaces its contents; point docs_dir in mkdocs.yml at a folder "
                "of its own, such as build/docs"
            )


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


def sync_folder(folder: Path, files: dict[str, str | bytes]) -> None:
    """Make `folder` hold exactly `files`, rewriting only what changed.

    Unchanged files keep their modification time, so `mkdocs serve` does not rebuild
    in a loop and incremental tools see only real changes.
    """
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {(folder / name).resolve() for name in files}
    root = folder.resolve()
    for name, content in sorted(files.items()):
        target = (folder / name).resolve()
        if root not in target.parents:
            raise GenerationError(f"refusing to write {name}: outside {folder}")
        data = content.encode("utf-8") if isinstance(content, str) else content
        if target.is_file() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, target)
    for path in sorted(root.rglob("*"), reverse=True):
        if path.is_file() and path not in wanted:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
