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
import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any, NoReturn

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, get_files
from mkdocs.utils import CountHandler

from generator.pages.inputs import InputTracker
from generator.pages.router import ROUTES
from generator.publishing.incremental import (
    ANNOUNCED,
    INDEXED,
    MANIFEST,
    Entry,
    Manifest,
    ReusableFile,
    Reuse,
    build_key,
    digest,
    folder_digest,
    index_digest,
    page_digests,
    read_manifest,
)
from generator.publishing.inert import inert_nav, inert_settings
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
        self._tabs_script = False  # whether pages out of the nav get their tabs by script
        # Incremental publishing (generator/publishing/incremental.py): `dirty` builds
        # (`briefings build` by default, `mkdocs build --dirty`) reuse unchanged pages.
        self.dirty = False
        self._key = ""
        self._sources: dict[str, str] = {}  # generated page -> digest of its Markdown
        self._reuse: Reuse | None = None
        self._recorded: set[str] = set()  # the pages the manifest records
        self._entries: dict[str, Entry] = {}  # what this build rendered of them
        self._indexed: dict[str, str] = {}  # indexed page (dest_uri) -> its HTML digest
        self._order: list[Any] = []  # the pages in build order
        self._inputs: InputTracker | None = None  # each briefing page's inputs
        self._skipped: set[str] = set()  # generated pages left unrendered (inputs unchanged)
        self._dates: dict[str, str | None] = {}  # indexed page -> the date it sorts by
        self._read_dates: dict[str, str | None] = {}  # generated page -> its sort date, read
        # before its Markdown was released (on_page_content)
        self.reuse_note = ""  # what the last build reused, for `briefings build` to print

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command, self.dirty = command, dirty
        if dirty:
            logging.getLogger("mkdocs.commands.build").addFilter(_DIRTY_WARNING)

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
        inert_settings(config)  # the site's names reach the theme as text
        self.failure, self.report, self._config, self._pages = None, None, config, None
        for folder in reversed(self.settings.templates_dirs):
            theme = folder / "theme"
            if theme.is_dir() and str(theme) not in config.theme.dirs:
                config.theme.dirs.insert(0, str(theme))
        from generator.publishing.minify import PageSlimmer

        self._slimmer = PageSlimmer(config, self.settings.templates_dirs)
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
        publishing = self.command in PUBLISHING
        self._reuse, self._entries, self._indexed, self._inputs = None, {}, {}, None
        self._read_dates = {}
        if publishing:
            slimmer = self._slimmer
            shared = (slimmer.styles_file, slimmer.end_file) if slimmer is not None else ()
            self._key = build_key(config, shared)
            self._reuse = self._incremental(settings)
            self._inputs = self._tracker(settings)
        try:
            report, pages = generate(
                settings,
                jobs=settings.jobs or default_jobs(),
                quiet=not self.progress,
                scheduler=self.scheduler,
                inputs=self._inputs,
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
        if publishing and not settings.allow_empty and not report.published:
            before = published_briefings(settings.site_dir)
            if before:
                self._fail(PluginError(empty_site_message(report.articles, before, settings)))
        self._pages = pages
        if publishing:
            self._sources = page_digests(pages)
            if pages.skipped:  # the Markdown of the published page, as the manifest says
                assert self._reuse is not None
                previous = self._reuse.previous.pages
                self._sources.update((name, previous[name].source) for name in pages.skipped)
            self._skipped = set(pages.skipped)
        if publishing:
            # The briefings are pages (bytes) now. Freezing what is left keeps Python's
            # garbage collector from rescanning it during every collection of MkDocs' build.
            gc.collect()
            gc.freeze()
        try:
            self._publication = Publication(
                settings.site_dir, staged=publishing, deferred_index=self._reuse is not None
            )
        except PublishError as exc:
            self._fail(PluginError(str(exc)))
        config["site_dir"] = str(self._publication.output)

    def _incremental(self, settings: Settings) -> Reuse | None:
        """The pages to carry over from the published site, or None: a full build."""
        self.reuse_note = "full build"
        if not self.dirty:
            return None
        previous = read_manifest(settings.site_dir)
        if previous is None:
            self.reuse_note = "full build: the site in place has no readable manifest"
            return None
        if previous.key != self._key:
            self.reuse_note = "full build: code, theme, mkdocs.yml, templates or docs_dir changed"
            return None
        return Reuse(previous, settings.site_dir)

    def _tracker(self, settings: Settings) -> InputTracker:
        """What records each briefing page's inputs; in an incremental build it knows
        those of the published pages, so that the unchanged ones are not rendered."""
        # Two templates folders holding the same files (the project's and the bundled
        # ones of a checkout) are the same lookups: the same digest, as in build_key.
        templates = [folder_digest(folder) for folder in settings.templates_dirs]
        shared = [self._key, list(dict.fromkeys(templates)), settings.site_context()]
        common = digest(json.dumps(shared, sort_keys=True, default=str).encode("utf-8"))
        known = {}
        if self._reuse is not None:
            known = {
                name: entry.inputs
                for name, entry in self._reuse.previous.pages.items()
                if entry.inputs is not None
            }
        return InputTracker(common, known)

    def _render_skipped(self, files: Files, missing: set[str]) -> None:
        """Render the pages left unrendered that cannot be reused after all (the site in
        place failed its check): the pages are generated again, in full."""
        from generator.publishing.build import GenerationError, generate
        from generator.running.runner import default_jobs

        settings = self.settings
        assert settings is not None
        log.info(f"{len(missing)} unrendered pages cannot be reused: generating them")
        try:
            _, pages = generate(
                settings, jobs=settings.jobs or default_jobs(), quiet=True, scheduler=self.scheduler
            )
        except GenerationError as exc:
            self._fail(PluginError(str(exc)))
        for name in missing:
            file = files.get_file_from_path(name)
            assert file is not None
            file.content_bytes = pages[name]
            self._sources[name] = digest(pages[name])
        self._skipped -= missing

    def on_files(self, files: Files, *, config: Any) -> Files:
        """Add the generated pages to MkDocs' files, in the order MkDocs reads a folder."""
        pages, self._pages = self._pages, None
        if pages is None or self.settings is None:
            return files
        try:
            return with_generated(files, pages, config, self.settings)
        except PagesClash as exc:
            self._fail(PluginError(str(exc)))

    def on_nav(self, nav: Any, *, config: Any, files: Files) -> Any:
        """Choose the pages the manifest records (generated, outside the nav) and, in an
        incremental build, carry over those whose Markdown is unchanged. Also render the
        tabs that `assets/briefings-tabs.js` writes on pages out of the nav."""
        inert_nav(nav.items)  # the nav's titles reach the theme as text
        if self._slimmer is not None:
            self._tabs_script = self._slimmer.set_nav(config, nav)
        if self._publication is None or not self._sources:
            return nav
        in_nav = {page.file.src_uri for page in nav.pages}
        candidates = [
            file
            for file in files
            if isinstance(file, ReusableFile)
            and file.src_uri in self._sources
            and file.src_uri not in in_nav
        ]
        self._recorded = {file.src_uri for file in candidates}
        reuse = self._reuse
        if reuse is not None and any(page.title is None for page in nav.pages):
            reuse.doubt = "a nav page has no title in mkdocs.yml"
        elif reuse is not None:
            reuse.carry_over(candidates, self._sources, self._publication.output)
        missing = self._skipped - set(reuse.reused if reuse is not None else ())
        if missing:
            self._render_skipped(files, missing)
        if reuse is not None and reuse.doubt:
            self.reuse_note = f"full build: {reuse.doubt}"
        elif reuse is not None:
            self.reuse_note = (
                f"{len(reuse.reused)} of {len(candidates)} pages reused, "
                f"{len(self._skipped)} of them not generated again"
            )
        log.info(self.reuse_note)
        return nav

    def _announced(self, file: Any) -> bool:
        """Whether a page's front matter says `pagefind: true` (for a reused page, which
        MkDocs does not read, as the manifest recorded it)."""
        if getattr(file, "reused", False) and self._reuse is not None:
            return bool(self._reuse.reused[file.src_uri].flags & ANNOUNCED)
        return bool(file.page.meta.get("pagefind"))

    def _sort_date(self, file: Any) -> str | None:
        """The date a page to be indexed is sorted by (for a reused page, which MkDocs
        does not read and this build may not have rendered, as the manifest recorded)."""
        if getattr(file, "reused", False) and self._reuse is not None:
            return self._reuse.reused[file.src_uri].date
        if file.src_uri in self._read_dates:  # a generated page: its source is released
            return self._read_dates[file.src_uri]
        return _sort_date(file)

    def _fail(self, error: PluginError) -> NoReturn:
        """Stop the build with `error`, remembered for `briefings build` to print."""
        self.failure = error
        raise error

    @event_priority(-100)  # last: other plugins may still read the Markdown before
    def on_page_content(self, html: str, *, page: Any, config: Any, files: Any) -> str:
        """Pin the HTML <title> to the escaped heading text MkDocs extracted; then release
        the Markdown of a generated page (`release_source`).

        Material prints `page.title | striptags` in <title>, and `striptags` also turns
        entities back into characters: a headline reading `</title><script>...` (escaped
        on the page) would come out as live markup. `page.meta.title` is printed as is,
        and `page.title` is the heading's HTML-escaped text, so copying it there keeps
        the title inert in every theme that prints either.
        """
        if page.title and "title" not in page.meta and not page.is_homepage:
            page.meta["title"] = page.title
        if isinstance(page.file, ReusableFile):
            if page.meta.get("pagefind"):
                self._read_dates[page.file.src_uri] = _sort_date(page.file)
            release_source(page)
        return html

    def on_env(self, env: Any, *, config: Any, files: Any) -> Any:
        """Build the pages to be indexed first (front matter `pagefind: true`).

        Every page has been read by now. With the briefing pages first, the search index
        can be written while MkDocs builds the actor, tag and archive pages, instead of
        after them all. Page order changes nothing else but the order of sitemap.xml.
        """
        # templates/theme/main.html: the tabs of a page out of the nav are the script's.
        env.globals["briefings_tabs_script"] = self._tabs_script
        if self._publication is None:
            return env
        pages = [f for f in files.documentation_pages() if f.page is not None]
        first = [f for f in pages if self._announced(f)]
        later = [f for f in pages if not self._announced(f)]
        # The search index is split by date into shards (generator/publishing/shards.py):
        # each shard's pages come together, so that one shard is indexed at a time.
        self._dates = {f.src_uri: self._sort_date(f) for f in first}
        order = self._publication.plan_search([(f.dest_uri, self._dates[f.src_uri]) for f in first])
        by_uri = {f.dest_uri: f for f in first}
        for file in [*(by_uri[uri] for uri in order), *later]:
            files.remove(file)
            files.append(file)
        self._publication.remaining = len(first)
        self._order = [f for f in files.documentation_pages() if f.page is not None]
        return env

    def on_post_page(self, output: str, *, page: Any, config: Any) -> str:
        """Slim the page (generator/publishing/minify.py); hand it to the search index."""
        output = collapse_blank_lines(output)
        if self._slimmer is not None:
            output = self._slimmer.slim(output)
        publication = self._publication
        if publication is None:
            return output
        indexed = should_index(output)
        if indexed and not publication.deferred_index:
            publication.add_page(
                page.file.dest_uri, output, announced=bool(page.meta.get("pagefind"))
            )
        if publication.staged:
            written = digest(output.encode("utf-8", errors="xmlcharrefreplace"))
            if indexed:
                self._indexed[page.file.dest_uri] = written
            if page.file.src_uri in self._recorded:
                flags = (ANNOUNCED if page.meta.get("pagefind") else 0) | (INDEXED * indexed)
                self._entries[page.file.src_uri] = Entry(
                    self._sources[page.file.src_uri], written, flags
                )
        return output

    def on_post_build(self, *, config: Any) -> None:
        """Finish the search index and swap the new site in (kept out if MkDocs warned
        under --strict: MkDocs stops the build right after this)."""
        from generator.publishing.sitemap import keep_one_sitemap
        from generator.publishing.staging import PublishError

        publication, self._publication = self._publication, None
        warned = self._stop_counting()
        if publication is None:
            return
        if self._slimmer is not None:
            self._slimmer.write_assets(publication.output)
        keep_one_sitemap(publication.output, config)
        config["site_dir"] = str(publication.site_dir)  # `gh-deploy` uploads from here
        if warned:
            publication.abandon()
            return
        try:
            if publication.staged:
                self._write_manifest(publication)
            publication.finish()
        except PublishError as exc:
            publication.abandon()  # the site in place stays; no staging folder is left
            self._fail(PluginError(str(exc)))
        except BaseException:
            publication.abandon()
            raise

    def _write_manifest(self, publication: Any) -> None:
        """Record the pages of the new site and, in an incremental build, make its search
        index: the published one copied if exactly the same pages are indexed into the
        same shards, else the new site's indexed pages read back in build order (shard by
        shard, as a full build gives them) and indexed, unchanged shards copied."""
        reused = self._reuse.reused if self._reuse is not None else {}
        made = self._inputs.made if self._inputs is not None else {}
        manifest = Manifest(
            self._key,
            {
                name: dataclasses.replace(entry, date=self._dates.get(name), inputs=made.get(name))
                for name, entry in {**reused, **self._entries}.items()
            },
        )
        indexed = []
        for file in self._order:
            entry = reused.get(file.src_uri)
            if entry is not None and entry.flags & INDEXED:
                indexed.append((file.dest_uri, entry.output))
            elif entry is None and file.dest_uri in self._indexed:
                indexed.append((file.dest_uri, self._indexed[file.dest_uri]))
        # Each page with its search index shard: the same pages planned into other shards
        # (another date, another shard size) make another index.
        shard = publication.index.shard_of
        manifest.index = index_digest((f"{uri}\0{shard(uri)}", html) for uri, html in indexed)
        if publication.deferred_index:
            previous = self._reuse.previous if self._reuse is not None else None
            if (
                previous is None
                or previous.index != manifest.index
                or not publication.copy_index(uri for uri, _ in indexed)
            ):
                publication.index_pages([name for name, _ in indexed])
        (publication.output / MANIFEST).write_bytes(manifest.to_bytes())
        self._order, self._entries, self._indexed, self._reuse = [], {}, {}, None
        self._inputs, self._skipped, self._dates, self._read_dates = None, set(), {}, {}

    def on_build_error(self, *, error: Exception) -> None:
        """Leave the site in place as it was: the staging folder and the indexer go."""
        publication, self._publication = self._publication, None
        self._pages, self._reuse, self._order = None, None, []
        self._inputs, self._skipped, self._dates, self._read_dates = None, set(), {}, {}
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
        logging.getLogger("mkdocs.commands.build").removeFilter(_DIRTY_WARNING)
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


def release_source(page: Any) -> None:
    """Let go of a rendered page's Markdown: the bytes its file holds and the text its
    page holds, both no longer read once MkDocs has made the HTML.

    MkDocs renders every page's Markdown before it writes any, and keeps all three
    (bytes, text, HTML) to the end of the build: for 100,000 briefings, two copies of
    every page's Markdown, over a gigabyte at the build's peak, for nothing. The page's
    Markdown becomes "" rather than None: MkDocs takes None for a page not yet read
    (its title would be None); its title stays the one MkDocs found, pinned in its
    meta. The file's bytes become b"", not None: MkDocs takes a file without them for
    one on disk, and a file held in memory is always modified, so it is still built.
    """
    page.file._content = b""
    page.markdown = ""


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
        generated.append(ReusableFile.generated(config, name, content=content))
    own = [file for file in files if file.src_dir == docs_dir]
    rest = [file for file in files if file.src_dir != docs_dir]
    searches = any(name.rsplit("/", 1)[-1] == "search" for name in config.plugins)
    rest = [file for file in rest if not unread_theme_file(file, searches)]
    return Files(sorted([*own, *generated], key=_walk_order) + rest)


# Theme files that no page of a briefings site loads: Material's source maps (only a
# browser's developer tools ask for them), and its own search's lunr stemmers and word
# splitters (~0.9 MB), which only Material's `search` plugin's worker loads: briefings
# searches with Pagefind. Together ~2.2 MB, the same in every site (issue 14).
_SOURCE_MAP = ".map"
_LUNR = "assets/javascripts/lunr/"


def unread_theme_file(file: File, searches: bool) -> bool:
    """Whether `file`, one of the theme's, is one no page of the site loads (`searches`:
    whether the site runs a `search` plugin, Material's, whose worker loads lunr)."""
    if file.src_uri.endswith(_SOURCE_MAP):
        return True
    return file.src_uri.startswith(_LUNR) and not searches


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


class _DirtyWarning(logging.Filter):
    """Drops MkDocs' warning about `dirty` builds: here one reuses only pages whose inputs
    are unchanged (generator/publishing/incremental.py), so the warning does not apply
    (and under --strict it would refuse the site)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")


_DIRTY_WARNING = _DirtyWarning()


def _log_report(report: Any) -> None:
    """The content report in MkDocs' log (a plain `mkdocs build` or `serve`)."""
    for diagnostic in report.diagnostics:
        (log.warning if diagnostic.severity == "error" else log.info)(str(diagnostic))
    log.info(report.summary())
