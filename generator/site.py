"""Publishing with MkDocs: build into a temporary folder, swap it in only on success.

Everything MkDocs-specific lives here and in plugin.py, so that the publisher could be
replaced (Zensical and ProperDocs read the same mkdocs.yml) without touching
extraction or templates.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from generator import plugin
from generator.determinism import normalise_site
from generator.search import PAGEFIND_FOLDER, SearchIndex, SearchIndexError, write_stamp
from generator.settings import Settings


class PublishError(Exception):
    """MkDocs or the search indexer failed; the last good site is still in place."""


def publish(settings: Settings, strict: bool = False, verbose: bool = False) -> None:
    """Build the site from the generated docs folder and swap it into site_dir.

    The search index is built alongside: each page MkDocs renders goes to a Pagefind
    service (generator/search.py) at once, so indexing overlaps the MkDocs build. When
    Pagefind was given exactly what made the published index (a rebuild with nothing
    changed), that index is copied instead of written again, after checking its files.
    """
    site_dir = settings.site_dir
    staging = site_dir.with_name(f".{site_dir.name}.building-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    logging.getLogger("mkdocs").setLevel(logging.INFO if verbose else logging.WARNING)
    try:
        with SearchIndex() as index:
            index_output, published = staging / PAGEFIND_FOLDER, site_dir / PAGEFIND_FOLDER
            with plugin.pregenerated(), plugin.indexing(index, published, index_output):
                config = load_config(
                    config_file=str(settings.config_file), site_dir=str(staging), strict=strict
                )
                config.plugins.on_startup(command="build", dirty=False)
                try:
                    mkdocs_build(config)
                finally:
                    config.plugins.on_shutdown()
            write_search_index(index, published, index_output)
            inputs = index.inputs_digest()
        normalise_site(staging)  # byte-identical rebuilds: Pagefind filter order, gzip mtimes
        write_stamp(staging / PAGEFIND_FOLDER, inputs)
    except SearchIndexError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise PublishError(f"search index failed, {site_dir} left as it was: {exc}") from exc
    except (MkDocsException, OSError, SystemExit) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise PublishError(f"MkDocs build failed, {site_dir} left as it was: {exc}") from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    swap_in(staging, site_dir)


def write_search_index(index: SearchIndex, published: Path, output: Path) -> None:
    """Have the Pagefind index of the pages MkDocs gave it in `output` (`site/pagefind/`).

    Usually already under way: it starts as soon as the last briefing page is built
    (see plugin.py). Only pages marked `data-pagefind-body` (briefing pages; see the
    theme's main.html) are indexed, and the index is split so a reader downloads only
    the chunks a query touches: at 3,000 briefings a query fetched 0.4-0.7 MB and showed
    results in under 2 s, where lunr's single JSON was 25 MB and took 21-26 s
    (benchmarks/search_size.py).
    """
    index.finish_writing(published, output)


def swap_in(staging: Path, site_dir: Path) -> None:
    """Replace site_dir by staging with two renames; the old site is removed last."""
    retired = site_dir.with_name(f".{site_dir.name}.old-{os.getpid()}")
    if site_dir.exists():
        os.replace(site_dir, retired)
    os.replace(staging, site_dir)
    shutil.rmtree(retired, ignore_errors=True)
