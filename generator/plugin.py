"""The MkDocs plugin: the one build path of a briefings site.

`mkdocs build`, `mkdocs gh-deploy`, `mkdocs serve` and `briefings build` all run this
plugin, with the options of mkdocs.yml: it generates the pages from content
(generator/publishing/build.py) and adds them to MkDocs' file collection as generated files, beside
the site's own pages from docs_dir (the model of Material's blog plugin: no generated
page is ever written to a folder of the user's). It gives every rendered page to the
Pagefind index, and has MkDocs build into a staging folder that replaces site_dir only
when everything succeeded (generator/publishing/staging.py). `briefings build` only hands the plugin
instance what MkDocs has no flag for (its settings, already read to check the folders,
with jobs; progress, a Dask scheduler, --strict for content) before building. Under
`serve` the plugin also watches `content/` and the templates, so an edit to an article
shows in the browser at once; the extraction cache keeps each regeneration to the
articles that changed. All state of a build lives on the plugin instance.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any, NoReturn

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, get_files
from mkdocs.utils import CountHandler

from generator.pages.router import ROUTES
from generator.publishing.search import should_index
from generator.settings import BriefingsOptions, Settings, settings_from_config

log = logging.getLogger("mkdocs.plugins.briefings")
PUBLISHING = ("build", "gh-deploy")
# The pages every site has: the home, search and index pages.
FIXED_PAGES = tuple(path for path in ROUTES.values() if "{}" not in path and path.endswith(".md"))


class ContentRejected(PluginError):
    """`--strict` and the content had problems: nothing was published."""


# Elements whose whitespace is content: left exactly as they are.
_PREFORMATTED = re.compile(r"<(pre|textarea)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
HTML_SPACE = " \t\n\r\f"  # what HTML collapses (not the no-break space)


def collapse_blank_lines(html: str) -> str:
    """`html` with every run of whitespace that holds a line break cut to one newline.

    Material's templates indent deeply and leave dozens of blank lines in every page:
    15% of the HTML of a large site (and of GitHub Pages' 1 GB). A run of whitespace
    holding a newline renders as one space in HTML and ends a line in scripts as before,
    so the page looks and works the same; `<pre>` and `<textarea>`, where whitespace is
    content, are left alone.
    """
    pieces, start = [], 0
    for match in _PREFORMATTED.finditer(html):
        pieces.append(_collapse(html[start : match.start()]))
        pieces.append(match.group())
        start = match.end()
    pieces.append(_collapse(html[start:]))
    return "".join(pieces)


def _collapse(text: str) -> str:
    """Every whitespace run holding a newline cut to one newline (line by line: about
    three times faster than a regular expression on Material's pages)."""
    lines = text.split("\n")
    if len(lines) == 1:
        return text
    kept = [lines[0].rstrip(HTML_SPACE)]
    kept += [line for line in (part.strip(HTML_SPACE) for part in lines[1:-1]) if line]
    kept.append(lines[-1].lstrip(HTML_SPACE))
    return "\n".join(kept)


class BriefingsPlugin(BasePlugin[BriefingsOptions]):
    """Generates the pages, indexes them and publishes the site, for every command."""

    def __init__(self) -> None:
        super().__init__()
        self.command = "build"
        self._forget_the_cli()
        # This build's state.
        self.settings: Settings | None = None
        self.report: Any = None
        self.failure: PluginError | None = None
        self._pages: Mapping[str, bytes] | None = None  # generated, not yet in MkDocs' files
        self._publication: Any = None
        self._warnings: CountHandler | None = None
        self._config: Any = None
        self._slimmer: Any = None  # generator/publishing/minify.py's PageSlimmer

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command

    def on_config(self, config: Any) -> Any:
        """Settings from MkDocs' configuration; the briefings theme overrides added.

        Each templates folder may hold a `theme/` folder of MkDocs theme overrides; the
        site's own wins over the bundled one. Adding them here rather than through
        `theme.custom_dir` keeps a site working when it has no templates folder at all.
        """
        listed = [name for name in config.plugins if name.partition(" #")[0] == "briefings"]
        if len(listed) > 1:  # MkDocs only warns, and both would build into one site
            raise PluginError(
                f"plugins: briefings is listed {len(listed)} times in mkdocs.yml; keep one entry"
            )
        given, self.given_settings = self.given_settings, None  # for this build only
        if given is not None and self.command == "serve":
            # `mkdocs serve` builds into a folder of its own and serves at its own address.
            given = dataclasses.replace(
                given, site_dir=Path(config.site_dir), site_url=config.site_url or None
            )
        self.settings = given or settings_from_config(config, self.config)
        self.failure, self.report, self._config, self._pages = None, None, config, None
        for folder in reversed(self.settings.templates_dirs):
            theme = folder / "theme"
            if theme.is_dir() and str(theme) not in config.theme.dirs:
                config.theme.dirs.insert(0, str(theme))
        from generator.publishing.minify import PageSlimmer

        self._slimmer = PageSlimmer(config)
        if config.strict and self.command in PUBLISHING:
            # MkDocs refuses a strict build with warnings only after on_post_build: count
            # them here too, so that such a site is never swapped in.
            self._warnings = CountHandler()
            self._warnings.setLevel(logging.WARNING)
            logging.getLogger("mkdocs").addHandler(self._warnings)
        return config

    def on_pre_build(self, *, config: Any) -> None:
        """Generate the pages, check the outcome may be published, open the publication."""
        from generator.publishing.build import GenerationError, generate
        from generator.publishing.folders import (
            FolderError,
            check_folders,
            empty_site_message,
            published_briefings,
        )
        from generator.publishing.staging import Publication, PublishError
        from generator.running.cluster import ClusterError
        from generator.running.runner import default_jobs

        settings = self.settings
        assert settings is not None
        try:
            # Before the long part: the folders, and the pages of docs_dir that take the
            # place of a page every site has (docs/index.md, README.md, archive.md...).
            check_folders(settings)
            refuse_clashes(get_files(config), FIXED_PAGES, config, settings)
        except (FolderError, PagesClash) as exc:
            self._fail(PluginError(str(exc)))
        try:
            report, pages = generate(
                settings,
                jobs=settings.jobs or default_jobs(),
                quiet=not self.progress,
                scheduler=self.scheduler,
            )
        except (GenerationError, ClusterError) as exc:
            self._fail(PluginError(str(exc)))
        self.report = report
        (self.reporter or _log_report)(report)
        if self.strict_content and report.diagnostics:
            self._fail(
                ContentRejected(
                    f"strict: {len(report.diagnostics)} content problem(s) above; "
                    "site not published"
                )
            )
        publishing = self.command in PUBLISHING
        if publishing and not settings.allow_empty and not report.published:
            before = published_briefings(settings.site_dir)
            if before:
                self._fail(PluginError(empty_site_message(report.articles, before, settings)))
        self._pages = pages
        if publishing:
            # The briefings are pages (bytes) now. Freezing what is left keeps Python's
            # garbage collector from rescanning it during every collection of MkDocs' build.
            gc.collect()
            gc.freeze()
        try:
            self._publication = Publication(settings.site_dir, staged=publishing)
        except PublishError as exc:
            self._fail(PluginError(str(exc)))
        config["site_dir"] = str(self._publication.output)

    def on_files(self, files: Files, *, config: Any) -> Files:
        """Add the generated pages to MkDocs' files, in the order MkDocs reads a folder."""
        pages, self._pages = self._pages, None
        if pages is None or self.settings is None:
            return files
        try:
            return with_generated(files, pages, config, self.settings)
        except PagesClash as exc:
            self._fail(PluginError(str(exc)))

    def _fail(self, error: PluginError) -> NoReturn:
        """Stop the build with `error`, remembered for `briefings build` to print."""
        self.failure = error
        raise error

    def on_page_content(self, html: str, *, page: Any, config: Any, files: Any) -> str:
        """Pin the HTML <title> to the escaped heading text MkDocs extracted.

        Material prints `page.title | striptags` in <title>, and `striptags` also turns
        entities back into characters: a headline reading `</title><script>...` (escaped
        on the page) would come out as live markup. `page.meta.title` is printed as is,
        and `page.title` is the heading's HTML-escaped text, so copying it there keeps
        the title inert in every theme that prints either.
        """
        if page.title and "title" not in page.meta and not page.is_homepage:
            page.meta["title"] = page.title
        return html

    def on_env(self, env: Any, *, config: Any, files: Any) -> Any:
        """Build the pages to be indexed first (front matter `pagefind: true`).

        Every page has been read by now. With the briefing pages first, the search index
        can be written while MkDocs builds the actor, tag and archive pages, instead of
        after them all. Page order changes nothing else but the order of sitemap.xml.
        """
        if self._publication is None:
            return env
        pages = [f for f in files.documentation_pages() if f.page is not None]
        first = [f for f in pages if f.page.meta.get("pagefind")]
        later = [f for f in pages if not f.page.meta.get("pagefind")]
        # The search index is split by date into shards (generator/publishing/shards.py):
        # each shard's pages come together, so that one shard is indexed at a time.
        order = self._publication.plan_search([(f.dest_uri, _sort_date(f)) for f in first])
        by_uri = {f.dest_uri: f for f in first}
        for file in [*(by_uri[uri] for uri in order), *later]:
            files.remove(file)
            files.append(file)
        self._publication.remaining = len(first)
        return env

    def on_post_page(self, output: str, *, page: Any, config: Any) -> str:
        """Slim the page (generator/publishing/minify.py); hand it to the search index."""
        output = collapse_blank_lines(output)
        if self._slimmer is not None:
            output = self._slimmer.slim(output)
        if self._publication is not None and should_index(output):
            self._publication.add_page(
                page.file.dest_uri, output, announced=bool(page.meta.get("pagefind"))
            )
        return output

    def on_post_build(self, *, config: Any) -> None:
        """Finish the search index and swap the new site in (kept out if MkDocs warned
        under --strict: MkDocs stops the build right after this)."""
        from generator.publishing.staging import PublishError

        publication, self._publication = self._publication, None
        warned = self._stop_counting()
        if publication is None:
            return
        if self._slimmer is not None:
            self._slimmer.write_assets(publication.output)
        config["site_dir"] = str(publication.site_dir)  # `gh-deploy` uploads from here
        if warned:
            publication.abandon()
            return
        try:
            publication.finish()
        except PublishError as exc:
            self._fail(PluginError(str(exc)))

    def on_build_error(self, *, error: Exception) -> None:
        """Leave the site in place as it was: the staging folder and the indexer go."""
        publication, self._publication = self._publication, None
        self._pages = None
        self._stop_counting()
        if publication is not None:
            publication.abandon()
            if self._config is not None:
                self._config["site_dir"] = str(publication.site_dir)

    def on_shutdown(self) -> None:
        """A build stopped by Ctrl-C (MkDocs reports only exceptions to on_build_error)
        leaves no staging folder and no indexer behind.

        MkDocs keeps one plugin instance per process (across the rebuilds of `serve`), so
        what the `briefings` command handed it goes too: the next command in the same
        process starts from mkdocs.yml alone.
        """
        self.on_build_error(error=KeyboardInterrupt())
        self._forget_the_cli()

    def _forget_the_cli(self) -> None:
        """What `briefings build` and `serve` add (MkDocs has no flag for them), unset."""
        self.progress = False
        self.scheduler: str | None = None
        self.strict_content = False
        self.reporter: Callable[[Any], None] | None = None  # shows the content report
        # The settings `briefings build` or `serve` read from mkdocs.yml (to check the
        # folders before MkDocs does), jobs and allow_empty from its flags applied: used
        # as they are by the next build.
        self.given_settings: Settings | None = None

    def _stop_counting(self) -> bool:
        """Stop counting MkDocs' warnings; whether there were any."""
        counter, self._warnings = self._warnings, None
        if counter is None:
            return False
        logging.getLogger("mkdocs").removeHandler(counter)
        return bool(counter.get_counts())

    def on_serve(self, server: Any, *, config: Any, builder: Any) -> Any:
        """Watch the articles and the templates too: an edit rebuilds the pages."""
        settings = self.settings
        assert settings is not None  # on_config ran for the first build
        server.watch(str(settings.content_dir))
        for folder in settings.templates_dirs:
            if folder.is_dir():
                server.watch(str(folder))
        return server


# The date a briefing page gives Pagefind to sort by (templates/briefing.md.j2).
_SORT_DATE = re.compile(r'data-pagefind-sort="date"[^>]*>\s*([^<\s]+)')


def _sort_date(file: File) -> str | None:
    """The date a page to be indexed is sorted by, read from its source; None if none."""
    try:
        match = _SORT_DATE.search(file.content_string)
    except (OSError, UnicodeDecodeError):
        return None
    return match.group(1) if match else None


class PagesClash(Exception):
    """A page of the site's own sits where briefings generates one."""


def with_generated(
    files: Files, pages: Mapping[str, bytes], config: Any, settings: Settings
) -> Files:
    """`files` (docs_dir's and the theme's) with the generated `pages` added.

    A generated page replaces a theme file of the same name, as a page of docs_dir would;
    a page of docs_dir at the name or address of a generated one is refused (PagesClash),
    since one of the two would silently disappear. The docs_dir and generated files come
    first, in the order MkDocs walks a docs folder (which sets the order of pages in
    sitemap.xml), so the site is the same as when generated pages were files in docs_dir.
    """
    refuse_clashes(files, pages, config, settings)
    docs_dir = config.docs_dir
    generated = []
    for name, content in pages.items():
        theirs = files.get_file_from_path(name)
        if theirs is not None:
            files.remove(theirs)
        generated.append(File.generated(config, name, content=content))
    own = [file for file in files if file.src_dir == docs_dir]
    rest = [file for file in files if file.src_dir != docs_dir]
    return Files(sorted([*own, *generated], key=_walk_order) + rest)


def refuse_clashes(files: Files, names: Iterable[str], config: Any, settings: Settings) -> None:
    """Raise PagesClash for a page of docs_dir at the name or address of one of `names`."""
    from generator.publishing.folders import shown_folder

    docs_dir = config.docs_dir
    own = {file.dest_uri: file for file in files if file.src_dir == docs_dir}
    for name in names:
        address = File(name, None, config.site_dir, config.use_directory_urls).dest_uri
        clash = files.get_file_from_path(name) or own.get(address)
        if clash is not None and clash.src_dir == docs_dir:
            raise PagesClash(
                f"docs_dir {shown_folder(Path(docs_dir), settings)}: {clash.src_uri} is "
                f"published at {address}, where briefings publishes its generated {name}; "
                f"rename or remove {clash.src_uri}"
            )


def _walk_order(file: File) -> tuple[tuple[int, Any], ...]:
    """Where MkDocs' walk of a docs folder meets `file`: a folder's files before its
    subfolders, each in name order, an index or README page first among files."""
    *folders, name = PurePosixPath(file.src_uri).parts
    later = PurePosixPath(name).stem not in ("index", "README")
    return (*((1, folder) for folder in folders), (0, (later, name)))


def _log_report(report: Any) -> None:
    """The content report in MkDocs' log (a plain `mkdocs build` or `serve`)."""
    for diagnostic in report.diagnostics:
        (log.warning if diagnostic.severity == "error" else log.info)(str(diagnostic))
    log.info(report.summary())
