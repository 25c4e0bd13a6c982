"""Publishing with MkDocs: build into a temporary folder, swap it in only on success.

Everything MkDocs-specific lives here and in plugin.py, so that the publisher could be
replaced (Zensical and ProperDocs read the same mkdocs.yml) without touching
extraction or templates.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from generator import plugin
from generator.determinism import normalise_site
from generator.settings import Settings

PAGEFIND_FOLDER = "pagefind"


class PublishError(Exception):
    """MkDocs or the search indexer failed; the last good site is still in place."""


def publish(settings: Settings, strict: bool = False, verbose: bool = False) -> None:
    """Build the site from the generated docs folder and swap it into site_dir."""
    site_dir = settings.site_dir
    staging = site_dir.with_name(f".{site_dir.name}.building-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    logging.getLogger("mkdocs").setLevel(logging.INFO if verbose else logging.WARNING)
    try:
        with plugin.pregenerated():
            config = load_config(
                config_file=str(settings.config_file), site_dir=str(staging), strict=strict
            )
            config.plugins.on_startup(command="build", dirty=False)
            try:
                mkdocs_build(config)
            finally:
                config.plugins.on_shutdown()
    except (MkDocsException, OSError, SystemExit) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise PublishError(f"MkDocs build failed, {site_dir} left as it was: {exc}") from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    try:
        index_search(staging, verbose=verbose)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    normalise_site(staging)  # byte-identical rebuilds: Pagefind filter order, gzip mtimes
    swap_in(staging, site_dir)


def index_search(site: Path, verbose: bool = False) -> None:
    """Run Pagefind over the built site, writing its chunked index to `site/pagefind/`.

    Pagefind (a binary shipped in the `pagefind[bin]` wheel, offline) is run through
    `python -m pagefind` so that it is the one installed beside this interpreter. It
    indexes only elements marked `data-pagefind-body` (briefing pages; see the theme's
    main.html), and splits the index so a reader downloads only the chunks a query
    touches: at 3,000 briefings a query fetched 0.4-0.7 MB and showed results in under
    2 s, where lunr's single JSON was 25 MB and took 21-26 s (benchmarks/search_size.py).
    """
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site),
        "--output-subdir",
        PAGEFIND_FOLDER,
        "--force-language",
        "en",
        # Material's heading permalinks and our paragraph anchors are "¶" signs that
        # would otherwise end up in result titles and excerpts.
        "--exclude-selectors",
        ".headerlink",
        "--exclude-selectors",
        ".paragraph-number",
        "--verbose" if verbose else "--quiet",
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise PublishError(f"could not run Pagefind ({exc}); install pagefind[bin]") from exc
    if verbose and done.stdout:
        sys.stderr.write(done.stdout)
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip() or f"exit status {done.returncode}"
        raise PublishError(f"Pagefind failed to index {site}: {detail}; site left as it was")


def swap_in(staging: Path, site_dir: Path) -> None:
    """Replace site_dir by staging with two renames; the old site is removed last."""
    retired = site_dir.with_name(f".{site_dir.name}.old-{os.getpid()}")
    if site_dir.exists():
        os.replace(site_dir, retired)
    os.replace(staging, site_dir)
    shutil.rmtree(retired, ignore_errors=True)
