"""The MkDocs plugin: `mkdocs serve` (and a plain `mkdocs build`) regenerate the pages.

`briefings build` generates pages itself, then builds with generation switched off
(`pregenerated`), so the work is not done twice. Under `serve` the plugin also watches
`content/` and the templates, so an edit to an article shows in the browser at once;
the extraction cache keeps each regeneration to the articles that changed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from generator.search import SearchIndex, should_index
from generator.settings import BriefingsOptions

log = logging.getLogger("mkdocs.plugins.briefings")
_pregenerated = False
_search_index: _IndexFeed | None = None


@contextlib.contextmanager
def pregenerated() -> Iterator[None]:
    """Within this block the plugin leaves the docs folder alone."""
    global _pregenerated
    previous, _pregenerated = _pregenerated, True
    try:
        yield
    finally:
        _pregenerated = previous


@contextlib.contextmanager
def indexing(index: SearchIndex, published: Path, output: Path) -> Iterator[None]:
    """Within this block every page MkDocs renders is also given to the search index.

    `published` holds the index of the site in place (reused when nothing changed),
    `output` is where the new index goes.
    """
    global _search_index
    previous = _search_index
    _search_index = _IndexFeed(index, published, output)
    try:
        yield
    finally:
        _search_index = previous


class _IndexFeed:
    """The search index of this build, and how many announced pages are still to come."""

    def __init__(self, index: SearchIndex, published: Path, output: Path) -> None:
        self.index, self.published, self.output = index, published, output
        self.remaining: int | None = None


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
    """Regenerates briefing pages before each MkDocs build and watches their sources."""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command

    def on_config(self, config: Any) -> Any:
        """Put the briefings theme overrides (search form, Pagefind hooks) before the theme.

        Each templates folder may hold a `theme/` folder of MkDocs theme overrides; the
        site's own wins over the bundled one. Adding them here rather than through
        `theme.custom_dir` keeps a site working when it has no templates folder at all.
        """
        from generator.settings import load_settings

        settings = load_settings(config.config_file_path)
        for folder in reversed(settings.templates_dirs):
            theme = folder / "theme"
            if theme.is_dir() and str(theme) not in config.theme.dirs:
                config.theme.dirs.insert(0, str(theme))
        return config

    def on_pre_build(self, *, config: Any) -> None:
        if _pregenerated:
            return
        from generator.build import GenerationError, generate
        from generator.folders import empty_site_message, mark_site, published_briefings
        from generator.settings import load_settings

        settings = load_settings(config.config_file_path)
        publishing = getattr(self, "command", "build") in ("build", "gh-deploy")
        if publishing:  # the folder MkDocs will build into (`mkdocs build -d` may differ)
            settings = dataclasses.replace(settings, site_dir=Path(config.site_dir))
        try:
            report = generate(settings, jobs=self.config.jobs, quiet=True)
        except GenerationError as exc:
            raise PluginError(str(exc)) from exc
        for diagnostic in report.diagnostics:
            (log.warning if diagnostic.severity == "error" else log.info)(str(diagnostic))
        log.info(report.summary())
        if publishing and not self.config.allow_empty and not report.published:
            before = published_briefings(Path(config.site_dir))
            if before:
                raise PluginError(empty_site_message(report.articles, before, settings))
        if publishing:
            mark_site(Path(config.site_dir))

    def on_post_build(self, *, config: Any) -> None:
        """Mark the site as built by briefings, so that the next build may replace it."""
        from generator.folders import mark_site

        mark_site(Path(config.site_dir))

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
        if _search_index is None:
            return env
        pages = [f for f in files.documentation_pages() if f.page is not None]
        later = [f for f in pages if not f.page.meta.get("pagefind")]
        for file in later:
            files.remove(file)
            files.append(file)
        _search_index.remaining = len(pages) - len(later)
        return env

    def on_post_page(self, output: str, *, page: Any, config: Any) -> str:
        """Trim the page's blank lines; hand it to the search index when one is running."""
        output = collapse_blank_lines(output)
        feed = _search_index
        if feed is None:
            return output
        if should_index(output):
            feed.index.add_page(page.file.dest_uri, output)
        if page.meta.get("pagefind") and feed.remaining:
            feed.remaining -= 1
            if feed.remaining == 0:
                feed.index.start_writing(feed.published, feed.output)
        return output

    def on_serve(self, server: Any, *, config: Any, builder: Any) -> Any:
        from generator.settings import load_settings

        settings = load_settings(config.config_file_path)
        server.watch(str(settings.content_dir))
        for folder in settings.templates_dirs:
            if folder.is_dir():
                server.watch(str(folder))
        return server
