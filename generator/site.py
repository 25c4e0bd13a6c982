"""Publishing with MkDocs: build into a temporary folder, swap it in only on success.

Everything MkDocs-specific lives here and in plugin.py, so that the publisher could be
replaced (Zensical and ProperDocs read the same mkdocs.yml) without touching
extraction or templates.
"""

from __future__ import annotations

import ctypes
import errno
import logging
import os
import re
import shutil
import sys
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
    remove_leftovers(site_dir)
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
    try:
        swap_in(staging, site_dir)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise PublishError(
            f"cannot replace {site_dir} ({exc.strerror or exc}); it was left as it was. "
            "Check that it and its folder are writable"
        ) from exc


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
    """Put the site in staging at site_dir so that one of the two sites is always there.

    Where the system can exchange two paths atomically (Linux renameat2 with
    RENAME_EXCHANGE), the new site takes the old one's place in one step and the old one,
    now at the staging path, is removed afterwards: a reader or an upload never finds
    site_dir missing or half-written, and site_dir stays a real folder (GitHub Pages'
    upload takes it as it is). Elsewhere it falls back to two renames, which leave a
    moment without site_dir.
    """
    if not os.path.lexists(site_dir):
        os.rename(staging, site_dir)
        return
    if exchange(staging, site_dir):
        _remove(staging)  # the old site (or the link that pointed at it)
        return
    retired = site_dir.with_name(f".{site_dir.name}.old-{os.getpid()}")
    os.replace(site_dir, retired)
    try:
        os.replace(staging, site_dir)
    except OSError:
        os.replace(retired, site_dir)  # put the old site back before reporting
        raise
    shutil.rmtree(retired, ignore_errors=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically; False when the system or file system cannot."""
    if sys.platform != "linux":
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):  # not glibc 2.28 or later
        return False
    path, at = ctypes.c_char_p, ctypes.c_int
    renameat2.argtypes = [at, path, at, path, ctypes.c_uint]
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result == 0:
        return True
    error = ctypes.get_errno()
    if error in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False  # the file system does not support exchange: fall back
    raise OSError(error, os.strerror(error), str(second))


def remove_leftovers(site_dir: Path) -> None:
    """Delete staging and retired sites left by builds whose process is gone (killed).

    Each is named `.SITE.building-PID` or `.SITE.old-PID`; one whose PID still runs may
    belong to a build under way beside this one, and is left alone.
    """
    pattern = re.compile(rf"\.{re.escape(site_dir.name)}\.(?:building|old)-(\d+)")
    if not site_dir.parent.is_dir():
        return
    for path in site_dir.parent.iterdir():
        match = pattern.fullmatch(path.name)
        if match and int(match.group(1)) != os.getpid() and not _running(int(match.group(1))):
            _remove(path)


def _remove(path: Path) -> None:
    """Remove a folder, or a symbolic link without touching what it points at."""
    if path.is_symlink():
        path.unlink(missing_ok=True)
    else:
        shutil.rmtree(path, ignore_errors=True)


def _running(pid: int) -> bool:
    """Whether a process with this id exists (it may be another user's)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
