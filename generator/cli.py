"""The `briefings` command: build, serve, extract, check, new.

Diagnostics go to stderr, data to stdout; the exit status is 0 on success, 1 when
content had errors that --strict (or `check`) treats as fatal or extraction could not
read a file, 2 for usage and configuration problems.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import logging
import os
import sys
import textwrap
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import __version__
from generator.diagnostics import Diagnostic, counted
from generator.model import Briefing

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from generator.model import Registry
    from generator.running.runner import Result
    from generator.settings import Settings


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("interrupted; the last good site is untouched", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    from generator.running.runner import default_jobs
    from generator.settings import EXTRACTION_BUDGET

    parser = argparse.ArgumentParser(
        prog="briefings",
        description="Turn news articles in content/ into a searchable static site of briefings.",
    )
    parser.add_argument("--version", action="version", version=f"briefings {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def site_command(name: str, help_text: str) -> argparse.ArgumentParser:
        command = commands.add_parser(name, help=help_text, description=help_text)
        command.add_argument(
            "-f", "--config-file", default="mkdocs.yml", help="site configuration (mkdocs.yml)"
        )
        return command

    build = site_command("build", "Extract, render and build the site into site_dir.")
    build.add_argument(
        "--strict", action="store_true", help="fail on any content error or warning (for CI)"
    )
    build.add_argument(
        "-j", "--jobs", type=int, help="worker processes (default: the plugin's jobs, all cores)"
    )
    build.add_argument("-v", "--verbose", action="store_true", help="show MkDocs' own log")
    build.add_argument(
        "--allow-empty",
        action="store_true",
        help="publish even when no briefing is left and the site in place has some",
    )
    build.add_argument(
        "--full",
        action="store_true",
        help="render every page, reusing none of the published site (default: only pages "
        "whose inputs changed, when the site's manifest allows)",
    )
    _scheduler_option(build)
    build.set_defaults(run=_build)

    serve = site_command("serve", "Serve the site locally and rebuild when content changes.")
    serve.add_argument("-a", "--dev-addr", default="127.0.0.1:8000", help="IP:PORT to serve on")
    serve.set_defaults(run=_serve)

    check = site_command("check", "Validate content and metadata without building.")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.set_defaults(run=_check)

    prune = site_command(
        "prune-cache",
        "Delete what the extraction cache can never serve again: entries of older models "
        "or extractor versions, and the last good extraction of articles no longer in "
        "content_dir.",
    )
    prune.add_argument("--dry-run", action="store_true", help="list what would go; delete nothing")
    prune.set_defaults(run=_prune_cache)

    new = site_command("new", "Start a new article in content/ with its front matter.")
    new.add_argument("title", help="the article's headline")
    new.add_argument("--date", default=dt.date.today().isoformat(), help="ISO date (today)")
    new.add_argument("--source", default="", help="the publication")
    new.add_argument("--url", default="", help="link to the original")
    new.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")
    new.set_defaults(run=_new)

    extract = commands.add_parser(
        "extract",
        help="Extract summary, quotes, figures and actors from articles.",
        description="Extract from article files (or folders of them), in the order given.",
    )
    extract.add_argument("files", nargs="+", type=Path, metavar="FILE")
    extract.add_argument(
        "--json", action="store_true", help="one JSON object per article per line (JSON Lines)"
    )
    extract.add_argument("-j", "--jobs", type=int, default=default_jobs(), help="worker processes")
    extract.add_argument(
        "--registry", type=Path, default=Path("content/actors.yml"), help="actor registry"
    )
    extract.add_argument("--cache-dir", type=Path, help="reuse and fill an extraction cache")
    extract.add_argument("--model", help="spaCy model to use instead of en_core_web_sm")
    extract.add_argument(
        "--budget",
        type=float,
        default=EXTRACTION_BUDGET,
        metavar="SECONDS",
        help=f"extraction time per article, as extraction_budget in mkdocs.yml "
        f"(default {EXTRACTION_BUDGET}; 0: no limit)",
    )
    _scheduler_option(extract)
    extract.set_defaults(run=_extract)
    return parser


def _scheduler_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--scheduler",
        metavar="tcp://HOST:8786",
        help="parse on this Dask cluster instead of local workers (pip install briefings[dask])",
    )


def _print_diagnostics(diagnostics: list[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        print(diagnostic, file=sys.stderr)


def _settings(args: argparse.Namespace):
    from generator.settings import SettingsError, load_settings

    try:
        return load_settings(args.config_file)
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None


def _build(args: argparse.Namespace) -> int:
    """`mkdocs build` with what MkDocs has no flag for: jobs, progress, a Dask scheduler,
    --strict for content problems, and one-line errors instead of MkDocs' log."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.exceptions import MkDocsException

    from generator.plugin import ContentRejected

    settings = _settings(args)
    if settings is None:
        return 2
    if not _folders_usable(settings):
        return 1
    logging.getLogger("mkdocs").setLevel(logging.INFO if args.verbose else logging.WARNING)
    left = f"{settings.site_dir} left as it was"
    config = _mkdocs_config(
        args.config_file, settings, strict=args.strict, failed=f"MkDocs build failed, {left}: "
    )
    if config is None:
        return 1
    # The settings read above, used by the build as they are: read once, checked once.
    settings = dataclasses.replace(
        settings,
        jobs=settings.jobs if args.jobs is None else max(1, args.jobs),
        allow_empty=args.allow_empty or settings.allow_empty,
    )
    shortcut = _Shortcut(config, settings, args)
    if shortcut.nothing_changed():
        return 0
    plugin = config.plugins["briefings"]
    plugin.given_settings = settings
    plugin.progress, plugin.scheduler, plugin.strict_content = True, args.scheduler, args.strict
    plugin.reporter = lambda report: _print_diagnostics(report.diagnostics)
    mkdocs_log = logging.getLogger("mkdocs.commands.build")
    already_said = _Unrepeated(plugin)  # the plugin's failure is printed once, below
    mkdocs_log.addFilter(already_said)
    # A `dirty` build lets the plugin carry unchanged pages over from the published site
    # (generator/publishing/incremental.py); it falls back to a full build on any doubt.
    incremental = not args.full
    config.plugins.on_startup(command="build", dirty=incremental)
    try:
        mkdocs_build(config, dirty=incremental)
    except (MkDocsException, OSError, SystemExit) as exc:
        failure = plugin.failure
        if isinstance(failure, ContentRejected):
            print(failure, file=sys.stderr)
        else:
            print(f"error: {failure or f'MkDocs build failed, {left}: {exc}'}", file=sys.stderr)
        return 1
    finally:
        mkdocs_log.removeFilter(already_said)
        config.plugins.on_shutdown()
    summary = f"{plugin.report.summary()}; {plugin.reuse_note}; site in {settings.site_dir}"
    print(summary, file=sys.stderr)
    shortcut.built(plugin.report)
    return 0


class _Shortcut:
    """The nothing-changed shortcut of `briefings build` (generator/publishing/unchanged.py):
    before the build, compare every input with the record of the last successful build;
    after it, record the inputs the new site was made from."""

    def __init__(self, config: MkDocsConfig, settings: Settings, args: argparse.Namespace) -> None:
        from generator.publishing import unchanged

        self.config, self.settings = config, settings
        self.options = {"strict": bool(args.strict), "allow_empty": settings.allow_empty}
        self.path = unchanged.record_path(settings)
        self.full = bool(args.full)
        self.record = None if self.full else unchanged.read_record(self.path)
        self.before: unchanged.Snapshot | None = None

    def nothing_changed(self) -> bool:
        """Whether the site in place is what this build would make (then say so, saying
        again what the last build said of the content); the record is dropped otherwise,
        as the site is about to be replaced."""
        from generator.publishing import unchanged

        if self.path is None:
            return False
        known = self.record.snapshot if self.record is not None else None
        self.before = unchanged.take_snapshot(self.config, self.settings, self.options, known)
        if self.full or not unchanged.nothing_changed(
            self.record, self.before, self.settings.site_dir
        ):
            unchanged.forget_record(self.path)
            return False
        assert self.record is not None
        if self.before.files != self.record.snapshot.files:  # touched, not changed: as now
            unchanged.write_record(
                self.path, dataclasses.replace(self.record, snapshot=self.before)
            )
        for line in self.record.said[:-1]:
            print(line, file=sys.stderr)
        print(
            f"{self.record.said[-1]}; nothing changed since the last build, nothing rebuilt; "
            f"site in {self.settings.site_dir}",
            file=sys.stderr,
        )
        return True

    def built(self, report: Any) -> None:
        """Record what the new site was made from, if its inputs held still during the
        build and no extractor failed (a failure is retried by the next build). The
        inputs are taken again rather than trusted from before the build: see why in
        generator/publishing/unchanged.py."""
        from generator.publishing import unchanged

        if self.before is None or report is None or report.failed:
            return
        # The configuration as read before the build (the plugin adds theme folders to it).
        config = _quiet_config(self.settings)
        if config is None:
            return
        after = unchanged.take_snapshot(config, self.settings, self.options, self.before)
        site = unchanged.site_signature(self.settings.site_dir)
        if site is None or not unchanged.same_content(self.before, after):
            return
        said = [str(diagnostic) for diagnostic in report.diagnostics] + [report.summary()]
        unchanged.write_record(self.path, unchanged.Record(self.before, site, said))


def _quiet_config(settings: Settings) -> MkDocsConfig | None:
    """mkdocs.yml read again, its warnings (printed once already) not repeated."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    logger = logging.getLogger("mkdocs.config")
    logger.disabled, was = True, logger.disabled
    try:
        return load_config(config_file=str(settings.config_file))
    except (MkDocsException, OSError):
        return None
    finally:
        logger.disabled = was


def _mkdocs_config(
    shown: str, settings: Settings, *, strict: bool = False, failed: str = ""
) -> MkDocsConfig | None:
    """MkDocs' configuration of the site, or None once the reason is printed.

    MkDocs logs each problem of mkdocs.yml and then aborts with a line of its own; here
    each problem is one line (`error: {failed}mkdocs.yml: site_url: ...`) and the abort
    says nothing more. A site whose mkdocs.yml does not run the briefings plugin is refused:
    without it MkDocs would publish docs_dir alone over the site.
    """
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    problems = _ConfigProblems(shown, failed)
    logger = logging.getLogger("mkdocs.config")
    logger.addFilter(problems)
    try:
        config = load_config(config_file=str(settings.config_file), strict=strict)
    except (MkDocsException, OSError) as exc:
        if not problems.errors:  # warnings refused under --strict, or no log line at all
            print(f"error: {failed}{shown}: {exc}", file=sys.stderr)
        return None
    finally:
        logger.removeFilter(problems)
    if "briefings" not in config.plugins:
        print(
            f"error: {shown}: plugins: the briefings plugin is not enabled; list `- briefings` "
            "under plugins (and remove `enabled: false`)",
            file=sys.stderr,
        )
        return None
    return config


class _ConfigProblems:
    """A log filter printing MkDocs' configuration errors and warnings one line each."""

    PREFIX = "Config value "

    def __init__(self, shown: str, failed: str) -> None:
        self.shown, self.failed = shown, failed
        self.errors = 0

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        # One line: MkDocs adds the exception of a failed import on a line of its own.
        message = " ".join(line.strip() for line in record.getMessage().splitlines())
        if message.startswith(self.PREFIX):  # "Config value 'site_url': Expected ..."
            name, _, problem = message[len(self.PREFIX) :].partition(": ")
            message = f"{name.strip(chr(39))}: {problem}"
        if record.levelno >= logging.ERROR:
            self.errors += 1
            print(f"error: {self.failed}{self.shown}: {message}", file=sys.stderr)
        else:
            print(f"warning: {self.shown}: {message}", file=sys.stderr)
        return False


class _Unrepeated:
    """A log filter dropping MkDocs' copy of the plugin's failure message."""

    def __init__(self, plugin: object) -> None:
        self.plugin = plugin

    def filter(self, record: object) -> bool:
        failure = getattr(self.plugin, "failure", None)
        return failure is None or record.getMessage() != str(failure)  # type: ignore[attr-defined]


def _prune_cache(args: argparse.Namespace) -> int:
    """`briefings prune-cache` (generator/running/prune.py); 1 when content could not be
    read, so that the last good records were all kept."""
    from generator.publishing.folders import FolderError, check_content_dir
    from generator.running.prune import prune_cache

    settings = _settings(args)
    if settings is None:
        return 2
    if settings.cache_dir is None:
        print("cache_dir is null in mkdocs.yml: there is no cache to prune")
        return 0
    try:
        check_content_dir(settings)
    except FolderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    pruned = prune_cache(settings, dry_run=args.dry_run)
    verb = "would delete" if args.dry_run else "deleted"
    for folder in [*pruned.stale_folders, *pruned.orphan_records]:
        print(f"{verb} {folder}")
    print(
        f"{settings.cache_dir}: {verb} {len(pruned.stale_folders)} folder(s) of older cache "
        f"versions and {len(pruned.orphan_records)} last good extraction(s) of articles no "
        f"longer in content_dir, {pruned.bytes / 1e6:.1f} MB"
    )
    for path in pruned.unreadable:
        print(
            f"{path}: error: cannot be read, so no last good extraction was pruned; "
            "fix it (`briefings check`) and run again",
            file=sys.stderr,
        )
    return 1 if pruned.unreadable else 0


def _folders_usable(settings: Settings) -> bool:
    """Check the folders (generator/publishing/folders.py) before MkDocs reads the configuration,
    which has checks of its own with less helpful messages, and create an empty docs_dir
    (the site's own pages) if it is missing: MkDocs refuses to start without one."""
    from generator.publishing.folders import FolderError, check_folders

    try:
        check_folders(settings)
    except FolderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return False
    if not os.path.lexists(settings.docs_dir):
        settings.docs_dir.mkdir(parents=True)
    return True


def _serve(args: argparse.Namespace) -> int:
    """`mkdocs serve`: the plugin generates the pages and rebuilds on every edit.

    The settings read here to check the folders are handed to the plugin for the first
    build, as `briefings build` does: MkDocs keeps the plugin instance across its reads
    of mkdocs.yml, and reads the file anew for every rebuild, so an edit to it shows.
    """
    from mkdocs.commands.serve import serve
    from mkdocs.exceptions import MkDocsException

    settings = _settings(args)
    if settings is None:
        return 2
    if not _folders_usable(settings):
        return 1
    config = _mkdocs_config(args.config_file, settings)
    if config is None:
        return 1
    plugin = config.plugins["briefings"]
    plugin.given_settings = settings
    try:
        serve(config_file=str(settings.config_file), dev_addr=args.dev_addr, livereload=True)
    except MkDocsException as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # the address is taken, or not this machine's
        print(f"error: cannot serve on {args.dev_addr}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        plugin.given_settings = None  # unused if serve stopped before its first build
    return 0


def _check(args: argparse.Namespace) -> int:
    from generator.pages.render import make_environment
    from generator.publishing.folders import FolderError, check_content_dir, check_templates_dir
    from generator.reading.content import load_content
    from generator.reading.registry import load_registry

    settings = _settings(args)
    if settings is None:
        return 2
    try:
        check_content_dir(settings)
        check_templates_dir(settings)
    except FolderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    _, diagnostics = load_registry(settings.content_dir / "actors.yml", settings.content_dir)
    articles, problems = load_content(settings.content_dir, settings.extra_fields)
    diagnostics = list(dict.fromkeys([*diagnostics, *problems]))
    diagnostics += [
        Diagnostic(
            article.path,
            "no `date`: the briefing is listed under Undated (home page and archive),"
            " after the dated ones",
            severity="warning",
            line=1,
        )
        for article in articles
        if not article.meta.date
    ]
    env = make_environment(settings.templates_dirs)
    for name in sorted(env.list_templates(extensions=["j2"])):
        try:
            env.get_template(name)
        except Exception as exc:
            line = getattr(exc, "lineno", None)
            diagnostics.append(Diagnostic(name, f"template error: {exc}", line=line))
    _print_diagnostics(diagnostics)
    errors = [d for d in diagnostics if d.severity == "error" or args.strict]
    print(
        f"checked {counted(len(articles) + len({d.path for d in errors}), 'article')}: "
        f"{counted(len([d for d in diagnostics if d.severity == 'error']), 'error')}, "
        f"{counted(len([d for d in diagnostics if d.severity == 'warning']), 'warning')}",
        file=sys.stderr,
    )
    return 1 if errors else 0


def _new(args: argparse.Namespace) -> int:
    from generator.reading.content import slugify

    settings = _settings(args)
    if settings is None:
        return 2
    values, problems = _new_article_fields(args)
    if problems:
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    target = settings.content_dir / f"{slugify(values['title'])}.md"
    if target.exists():
        print(f"error: {target} already exists; choose another title", file=sys.stderr)
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(_front_matter(values), encoding="utf-8")
    print(target)
    print(
        "paste the article text below the front matter; until then `briefings check` "
        "reports the article as empty and the build skips it",
        file=sys.stderr,
    )
    return 0


def _new_article_fields(args: argparse.Namespace) -> tuple[dict[str, object], list[str]]:
    """The new article's front matter, validated exactly as the build will read it.

    Arguments come from a shell, so each is checked before it reaches the file: a
    `--date` must be an ISO date and nothing else (not one followed by a newline and
    another YAML key), a `--url` must be http(s), and no value may be empty where the
    build would refuse it.
    """
    from generator.reading.metadata import validate_metadata

    problems: list[str] = []
    try:
        date = dt.date.fromisoformat(args.date.strip())
    except ValueError:
        problems.append(f"--date must be an ISO date like 2026-10-14, got {args.date!r}")
        date = None
    values: dict[str, object] = {
        "title": " ".join(args.title.split()),
        "date": date,
        "source": " ".join(args.source.split()),
        "url": args.url.strip(),
        "authors": [],
        "tags": [" ".join(tag.split()) for tag in args.tag if tag.strip()],
    }
    if not values["title"]:
        problems.append("the title must not be empty")
    given = {key: value for key, value in values.items() if value not in ("", None)}
    _, diagnostics = validate_metadata(given, {}, "briefings new")
    problems.extend(
        f"--{d.message.split('`')[1]}: {d.message}" if "`" in d.message else d.message
        for d in diagnostics
        if d.severity == "error"
    )
    return values, problems


def _front_matter(values: dict[str, object]) -> str:
    """Front matter written by the YAML emitter, so no value can add a key or a line."""
    import yaml

    fields = {key: ("" if value is None else value) for key, value in values.items()}
    body = yaml.safe_dump(
        fields, sort_keys=False, allow_unicode=True, default_flow_style=None, width=1000
    )
    return f"---\n{body}---\n"


def _extract(args: argparse.Namespace) -> int:
    from generator.reading.content import assign_unique_ids, discover, read_article
    from generator.reading.registry import load_registry
    from generator.running.cache import CacheError
    from generator.running.runner import extract_articles, open_cache

    registry, diagnostics = load_registry(args.registry)
    articles = []
    failed = False
    for given in args.files:
        paths = discover(given)[0] if given.is_dir() else [given]
        if not paths:
            diagnostics.append(Diagnostic(str(given), "no such article file or folder"))
            failed = True
        for path in paths:
            if not path.is_file():
                diagnostics.append(Diagnostic(str(path), "no such file"))
                failed = True
                continue
            article, problems = read_article(path, root=given if given.is_dir() else None)
            diagnostics.extend(problems)
            if article is None:
                failed = True
            else:
                articles.append(article)
    diagnostics.extend(assign_unique_ids(articles))
    _print_diagnostics(diagnostics)
    try:
        cache = open_cache(args.cache_dir, args.model) if args.cache_dir else None
        results = extract_articles(
            articles,
            cache,
            max(1, args.jobs),
            args.model,
            scheduler=args.scheduler,
            budget=max(0.0, args.budget),
        )
        for briefing in _briefings(results, registry):
            print(
                json.dumps(briefing.to_json(), ensure_ascii=False)
                if args.json
                else readable(briefing),
                flush=True,
            )
    except CacheError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 1 if failed else 0


def _briefings(results: Iterator[Result], registry: Registry) -> Iterator[Briefing]:
    """Each result as a briefing, its extractor failures and corrections reported."""
    from generator.editing.corrections import build_briefing

    for result in _dask_errors_reported(results):
        for problem in result.problems:
            print(Diagnostic(result.article.path, problem, "warning"), file=sys.stderr)
        briefing, problems = build_briefing(result.article, result.extraction, registry)
        _print_diagnostics(problems)
        yield briefing


def _dask_errors_reported(results: Iterator[Result]) -> Iterator[Result]:
    """`results`, turning a cluster problem into a one-line error and exit status 2."""
    from generator.running.cluster import ClusterError

    try:
        yield from results
    except ClusterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(2) from exc


def readable(briefing: Briefing) -> str:
    """A briefing as plain text for a person at a terminal."""
    found = briefing.extraction
    wrap = textwrap.TextWrapper(width=88, initial_indent="  ", subsequent_indent="  ")
    out = [f"== {briefing.title}", f"   {briefing.path}"]
    byline = " · ".join(part for part in (briefing.date, briefing.source, briefing.url) if part)
    if byline:
        out.append(f"   {byline}")
    out += ["", "Summary:"] + [wrap.fill(sentence) for sentence in found.summary]
    if found.keyterms:
        out += ["", "Key terms: " + ", ".join(found.keyterms)]
    if found.figures:
        out += ["", "Key figures:"]
        for figure in found.figures[:10]:
            unit = f" {figure.unit}" if figure.unit else ""
            counts = f" - {figure.counts}" if figure.counts else ""
            out.append(f"  {figure.text} (= {figure.value:,}{unit}){counts}")
    if found.quotes:
        out += ["", "Quotes:"]
        for quote in found.quotes:
            who = quote.speaker or quote.speaker_mention or "unattributed"
            text = " ".join(quote.text.split())
            out.append(wrap.fill(f"{who} [{quote.kind}]: \u201c{text}\u201d"))
    for kind, label in (
        ("person", "People"),
        ("organization", "Organisations"),
        ("place", "Places"),
    ):
        names = [actor.name for actor in found.actors if actor.type == kind]
        if names:
            out += ["", f"{label}: " + ", ".join(names)]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main())
