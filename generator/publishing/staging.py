"""Publishing: build into a staging folder, index it, swap it in only on success.

The MkDocs plugin (plugin.py) drives one `Publication` per build, under `mkdocs build`,
`mkdocs gh-deploy` and `briefings build` alike: MkDocs renders into the staging folder,
each page goes to the Pagefind service as it is rendered, and only a complete site
(pages, search index, stamp) replaces the one in site_dir. Under `mkdocs serve` there is
nothing to replace: the preview folder is indexed in place.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import re
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

from generator.publishing.determinism import normalise_site
from generator.publishing.folders import mark_site
from generator.publishing.search import (
    PAGEFIND_FOLDER,
    STAMP,
    SearchIndexError,
    drop_unused_files,
    tree_digest,
    write_stamp,
)
from generator.publishing.shards import SHARDS_FOLDER, ShardedIndex


class PublishError(Exception):
    """MkDocs or the search indexer failed; the last good site is still in place."""


class Publication:
    """One build's way into `site_dir`: the staging folder, the search index, the swap.

    `staged` (publishing builds) renders into `.SITE.building-PID` beside the site and
    swaps it in at the end; otherwise (a preview) `site_dir` itself is the output.
    Creating one removes staging folders left by killed builds and starts Pagefind.
    """

    def __init__(self, site_dir: Path, *, staged: bool, deferred_index: bool = False) -> None:
        self.site_dir, self.staged = site_dir, staged
        if staged:
            remove_leftovers(site_dir)
            self.output = site_dir.with_name(f".{site_dir.name}.building-{os.getpid()}")
            shutil.rmtree(self.output, ignore_errors=True)
        else:
            self.output = site_dir
        # An incremental build (generator/publishing/incremental.py) gives the index no
        # page while MkDocs builds: at the end it either copies the published index (the
        # very same pages indexed again) or gives it every indexed page from its file.
        self.deferred_index = deferred_index
        try:
            self.index: ShardedIndex | None = ShardedIndex(
                self._published_index, self.output / PAGEFIND_FOLDER
            )
        except SearchIndexError as exc:
            raise self._failed(exc) from exc
        self.remaining: int | None = None  # announced search pages still to be rendered

    def plan_search(self, pages: list[tuple[str, str | None]]) -> list[str]:
        """Assign the announced pages `(dest_uri, date)` to search index shards
        (generator/publishing/shards.py); their URIs in the order to build them."""
        assert self.index is not None
        return self.index.plan(pages)

    def copy_index(self, indexed: Iterable[str]) -> bool:
        """Copy the published search index, every shard of it, if each one's files still
        match its stamp (deferred index only, when the very pages it was made from, with
        the same shard plan, are indexed again: `indexed` in build order). The list of
        shards is written anew from the plan; no Pagefind process is left running."""
        assert self.deferred_index and self.index is not None
        index, output = self.index, self.output / PAGEFIND_FOLDER
        shards = self.site_dir / SHARDS_FOLDER
        folders = [(self._published_index, output)]
        try:
            if shards.is_dir():
                folders += [
                    (folder, self.output / SHARDS_FOLDER / folder.name)
                    for folder in sorted(shards.iterdir())
                ]
            for uri in indexed:
                index.count_page(uri)
            if {target for _, target in folders} != index.folders():
                raise ValueError("other shards than planned")
            for source, target in folders:
                stamp = json.loads((source / STAMP).read_text(encoding="utf-8"))
                shutil.copytree(source, target)
                if tree_digest(target) != stamp.get("files"):
                    raise ValueError(f"{source} does not match its stamp")
            index.write_manifest(output)
        except (OSError, ValueError, AttributeError):
            for _, target in folders:
                shutil.rmtree(target, ignore_errors=True)
            index.forget_counts()
            return False
        index.close()
        self.index = None  # finish() keeps the copied stamps
        return True

    def index_pages(self, indexed: list[str]) -> None:
        """Index the new site's pages `indexed` (dest_uri, in build order) from their files
        (deferred index only), as a full build gives them: the shards are a full build's.
        An older shard whose pages are all unchanged is copied from the site in place
        first, and its pages are only counted, not given to Pagefind."""
        assert self.deferred_index and self.index is not None
        index, output = self.index, self.output
        try:
            index.copy_unchanged((name, _read(output / name)) for name in indexed)
            for name in indexed:
                if index.copied(name):
                    index.count_page(name)
                else:
                    index.add_page(name, _read(output / name))
        except (SearchIndexError, OSError) as exc:
            raise self._failed(exc) from exc

    def add_page(self, dest_uri: str, html: str, *, announced: bool) -> None:
        """Give a rendered page to the search index; the last announced page (front matter
        `pagefind: true`) starts the index writing while MkDocs renders the rest."""
        assert self.index is not None
        self.index.add_page(dest_uri, html)
        if announced and self.remaining:
            self.remaining -= 1
            if self.remaining == 0:
                self.index.start_writing(self._published_index, self.output / PAGEFIND_FOLDER)

    @property
    def _published_index(self) -> Path:
        """The index of the site in place, reused when Pagefind was given the same pages."""
        return self.site_dir / PAGEFIND_FOLDER

    def finish(self) -> None:
        """After MkDocs: write the search index, normalise and mark the site, swap it in.

        When Pagefind was given exactly what made the published index (a rebuild with
        nothing changed), that index is copied instead of written again, after checking
        its files. Any failure leaves site_dir as it was and raises PublishError.
        """
        try:
            index, inputs = self.index, None
            if index is not None:  # else a deferred index was copied with its stamp
                try:
                    index.finish_writing(self._published_index, self.output / PAGEFIND_FOLDER)
                    inputs = index.inputs_digest()
                finally:
                    index.close()
            normalise_site(self.output)  # byte-identical rebuilds: filter order, gzip mtimes
            if inputs is not None:
                drop_unused_files(self.output / PAGEFIND_FOLDER)  # service closed: final
                write_stamp(self.output / PAGEFIND_FOLDER, inputs)
            mark_site(self.output)  # the next build may replace it
        except (SearchIndexError, OSError) as exc:
            self.abandon()
            raise self._failed(exc) from exc
        if not self.staged:
            return
        try:
            swap_in(self.output, self.site_dir)
        except OSError as exc:
            self.abandon()
            raise PublishError(
                f"cannot replace {self.site_dir} ({exc.strerror or exc}); it was left as it "
                "was. Check that it and its folder are writable"
            ) from exc

    def abandon(self) -> None:
        """Stop the indexer and remove the staging folder (the site in place stays)."""
        if self.index is not None:
            self.index.close()
        if self.staged:
            shutil.rmtree(self.output, ignore_errors=True)

    def _failed(self, exc: BaseException) -> PublishError:
        if isinstance(exc, SearchIndexError):
            return PublishError(f"search index failed, {self.site_dir} left as it was: {exc}")
        return PublishError(f"MkDocs build failed, {self.site_dir} left as it was: {exc}")


def _read(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def swap_in(staging: Path, site_dir: Path) -> None:
    """Put the site in staging at site_dir so that one of the two sites is always there.

    Where the system can exchange two paths atomically (Linux renameat2 with
    RENAME_EXCHANGE), the new site takes the old one's place in one step and the old one,
    now at the staging path, is removed afterwards: a reader or an upload never finds
    site_dir missing or half-written, and site_dir stays a real folder (GitHub Pages'
    upload takes it as it is). Elsewhere it falls back to two renames, which leave a
    moment without site_dir. The old site is removed in the background (`retire`).
    """
    if not os.path.lexists(site_dir):
        os.rename(staging, site_dir)
        return
    if exchange(staging, site_dir):
        retire(staging, site_dir)  # the old site (or the link that pointed at it)
        return
    retired = site_dir.with_name(f".{site_dir.name}.old-{os.getpid()}")
    os.replace(site_dir, retired)
    try:
        os.replace(staging, site_dir)
    except OSError:
        os.replace(retired, site_dir)  # put the old site back before reporting
        raise
    retire(retired, site_dir)


# A detached process removing a retired site: it forks (so that the build reaps its
# parent at once and leaves no zombie), takes a session of its own (Ctrl-C in the
# terminal does not stop it), renames the folder after its own process id (so that
# `remove_leftovers` of a build starting meanwhile leaves it alone) and removes it.
_REMOVER = """
import os, shutil, sys
if os.fork():
    os._exit(0)
os.setsid()
path, own = sys.argv[1], sys.argv[2] + str(os.getpid())
try:
    os.rename(path, own)
except OSError:
    own = path
shutil.rmtree(own, ignore_errors=True)
"""


def retire(old: Path, site_dir: Path) -> None:
    """Remove the old site, swapped out of site_dir, without waiting for it.

    Deleting every file of a large site one by one took minutes on some file systems
    (Reuters, 67,000 files), and nothing waits for it: a detached process does it. Where
    one cannot be started (no fork), the build removes it itself. A removal cut short
    (the machine stops) leaves a `.SITE.old-PID` folder that the next build removes.
    """
    if old.is_symlink() or not hasattr(os, "fork"):
        _remove(old)
        return
    import subprocess

    prefix = str(site_dir.with_name(f".{site_dir.name}.old-"))
    try:
        subprocess.run(
            [sys.executable, "-I", "-S", "-c", _REMOVER, str(old), prefix],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=30,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        _remove(old)


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
