"""A build with nothing changed: recognised in a second, before anything is read in full.

Incremental publishing (generator/publishing/incremental.py) reuses unchanged pages, but
it must still read every article, load every cached extraction, index the archive and
run MkDocs over the whole site to learn that nothing changed: minutes on a large
archive. So after each successful `briefings build` a record of every input of the
build goes into the cache folder (`CACHE/builds/<site>.record`):

- the build key of incremental publishing (the project's code file by file, the
  releases of MkDocs, the theme, Pagefind and the other packages that shape a page,
  mkdocs.yml as written and as resolved, its MkDocs hooks, the theme overrides,
  docs_dir), and every other resolved setting of mkdocs.yml;
- every installed package and its release (spaCy and its model included), the Python
  version and the spaCy model in use;
- every file of the content folder (articles, metadata, the actor registry) with a
  digest of its bytes, and every file of the templates folders;
- the plugin's settings, the build's options (`--strict`, `--allow-empty`), the
  environment variables a build reads (`SOURCE_DATE_EPOCH`, `BRIEFINGS_*`,
  `PAGEFIND_*`), the Pagefind binary in use, the size of a search index shard and the
  build date MkDocs writes into the sitemap;
- a signature of the published site: every file's path, size and modification time.

The next `briefings build` takes the same snapshot and, when it equals the record,
says so and stops: no spaCy, no article read in full, no MkDocs. Content files are
hashed unless their size, modification time and inode are those recorded and the
record was taken well after they were last written (as git does, so that an edit made
within the same clock tick as the record is still seen); a checkout that only touched
modification times is hashed once and found unchanged. Anything else (an edited,
added, removed or renamed file, a new release, a damaged or missing site, a record
that cannot be read) means a normal build, which reuses what it can. `--full` always
builds.

The inputs are taken twice, before the build and after it, and the record is written
only when both agree (`_Shortcut.built` in generator/cli.py). Once would not do: the
record must describe the inputs the build actually used, and an article, template or
mkdocs.yml saved while the build runs may be read in either version. Recording the
snapshot from before alone would claim the old version; were the edit then undone
(an editor's undo, a branch checked out and back), the next build would find the inputs
equal to the record and keep a site made from the edit. Taking them again after the
build sees the move and leaves no record, so the next build runs. The second snapshot
costs the build key again and a stat of each content file (digests come from the first
snapshot, but for files written in the seconds before it); test_unchanged.py's
edit-during-the-build test holds it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from stat import S_IFMT, S_ISREG
from typing import Any

from generator import __version__
from generator.settings import Settings

FORMAT = 1
RECORDS = "builds"
# A file written this close before its digest was taken may change again within the
# same modification time: its digest is taken anew next time (git's "racy" files).
RACY_NS = 2_000_000_000
# Environment variables a build reads besides those mkdocs.yml names (`!ENV`, which
# the resolved configuration in the build key covers): ours, and Pagefind's
# (PAGEFIND_BINARY_PATH chooses the binary that writes the search index; the others
# configure it).
ENVIRONMENT_PREFIXES = ("BRIEFINGS_", "PAGEFIND_")
ENVIRONMENT_NAMES = ("SOURCE_DATE_EPOCH",)

# A content file as recorded: [size, mtime_ns, inode, digest], the digest after
# "link:TARGET:" for a link to a file; a link to a folder (never walked by the build,
# reported) as [-1, 0, 0, "link:" + target].
FileState = list[Any]


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _json_digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
    return _digest(text.encode("utf-8"))


@dataclass
class Snapshot:
    """Every input of a build, as found now."""

    inputs: str  # one digest of everything but the content files
    files: dict[str, FileState]  # content files by path under the content folder
    taken_ns: int  # when the content digests were taken

    def content(self) -> str:
        """One digest of the content folder: every file's path and the digest of its bytes."""
        return _json_digest(sorted((name, state[3]) for name, state in self.files.items()))


@dataclass
class Record:
    """What the last successful build was made of, the site it left and what it said."""

    snapshot: Snapshot
    site: str
    said: list[str]  # the diagnostics and the summary it printed

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "inputs": self.snapshot.inputs,
                "taken_ns": self.snapshot.taken_ns,
                "files": self.snapshot.files,
                "site": self.site,
                "said": self.said,
            },
            sort_keys=True,
            separators=(",", ":"),
        )


def record_path(settings: Settings) -> Path | None:
    """Where the record of this site lives: one per configuration file and site folder,
    in the cache folder (None without a cache: then every build runs)."""
    if settings.cache_dir is None:
        return None
    name = _json_digest([str(settings.config_file), str(settings.site_dir)])
    return settings.cache_dir / RECORDS / f"{name}.record"


def read_record(path: Path | None) -> Record | None:
    """The record at `path`; None when there is none or it cannot be read."""
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return None
        files = {str(name): list(state) for name, state in data["files"].items()}
        if not all(len(state) == 4 and isinstance(state[3], str) for state in files.values()):
            return None
        snapshot = Snapshot(str(data["inputs"]), files, int(data["taken_ns"]))
        return Record(snapshot, str(data["site"]), [str(line) for line in data["said"]])
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def write_record(path: Path | None, record: Record) -> None:
    """Write `record` at `path` (replacing the old one in one step); a record that
    cannot be written only costs the next build its shortcut."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        staged = path.with_name(f".{path.name}.{os.getpid()}")
        staged.write_text(record.to_json(), encoding="utf-8")
        os.replace(staged, path)
    except OSError:
        return


def forget_record(path: Path | None) -> None:
    """Remove the record: the site in place is no longer the one it describes."""
    if path is not None:
        try:
            path.unlink()
        except OSError:
            return


def take_snapshot(
    config: Any, settings: Settings, options: Mapping[str, Any], known: Snapshot | None
) -> Snapshot:
    """The inputs of a build of `settings` with MkDocs' `config` and the build `options`;
    content digests taken from `known` where a file's stat says it is unchanged."""
    from generator.publishing import shards
    from generator.publishing.incremental import _plain, build_key, folder_digest
    from generator.running.nlp import model_identity

    taken_ns = time.time_ns()
    files = content_files(settings.content_dir, known)
    packages = sorted(
        (dist.metadata["Name"] or "", dist.version) for dist in metadata.distributions()
    )
    environment = {
        name: value
        for name, value in os.environ.items()
        if name in ENVIRONMENT_NAMES or name.startswith(ENVIRONMENT_PREFIXES)
    }
    from mkdocs.utils import get_build_date

    fields = {
        name: sorted(value) if isinstance(value, frozenset) else value
        for name, value in vars(settings).items()
        if name != "jobs"  # changes how fast, not what
    }
    # Every resolved setting of mkdocs.yml (those of other plugins, an INHERITed file);
    # the theme as build_key has it.
    resolved = {name: config[name] for name in config if name not in ("theme", "plugins")}
    resolved["plugins"] = {  # a hook is listed too, as a module (build_key hashes it)
        name: dict(getattr(plugin, "config", None) or {}) for name, plugin in config.plugins.items()
    }
    inputs = [
        FORMAT,
        __version__,
        sys.version,
        build_key(config),
        json.dumps(resolved, sort_keys=True, default=_plain),
        packages,
        model_identity(None),
        [folder_digest(folder) for folder in settings.templates_dirs],
        fields,
        dict(options),
        environment,
        shards.SHARD_PAGES,
        _pagefind(),
        get_build_date(),
    ]
    return Snapshot(_json_digest(inputs), files, taken_ns)


def _pagefind() -> str:
    """The Pagefind binary that would write the index (its release, path, size and
    time: one replaced in place counts), or why there is none."""
    from generator.publishing.search import (
        SearchIndexError,
        pagefind_executable,
        pagefind_identity,
    )

    try:
        return pagefind_identity(pagefind_executable())
    except SearchIndexError as exc:
        return f"none: {exc}"


def content_files(folder: Path, known: Snapshot | None) -> dict[str, FileState]:
    """Every file under `folder` (hidden ones too: a change can only cost a build), by
    its path under `folder`, with size, modification time, inode and digest."""
    recorded = known.files if known is not None else {}
    trusted_before = known.taken_ns - RACY_NS if known is not None else 0
    found: dict[str, FileState] = {}
    for name, path in _walk(folder, ""):
        try:
            if path.is_symlink() and path.is_dir():
                found[name] = [-1, 0, 0, f"link:{os.readlink(path)}"]
                continue
            stat = path.stat()
        except OSError:
            found[name] = [-1, 0, 0, "unreadable"]
            continue
        signature = [stat.st_size, stat.st_mtime_ns, stat.st_ino]
        if not S_ISREG(stat.st_mode):
            # A named pipe would wait for a writer for ever, a link to /dev/zero never
            # ends; the build reads neither (content.read_text refuses them), so neither
            # is read here: what it is counts, and that it is there.
            found[name] = [*signature, f"special:{S_IFMT(stat.st_mode)}"]
            continue
        # A link to a file counts as one, with where it points: the build reads no file
        # linked from outside content/ (the article is left out with an error), so the
        # same bytes behind a link are not the same input.
        try:
            link = f"link:{os.readlink(path)}:" if path.is_symlink() else ""
        except OSError:
            link = "link:?:"
        before = recorded.get(name)
        if (
            before is not None
            and before[:3] == signature
            and stat.st_mtime_ns < trusted_before
            and _link_part(before[3]) == link
        ):
            found[name] = [*signature, before[3]]
            continue
        try:
            found[name] = [*signature, link + _file_digest(path)]
        except OSError:
            found[name] = [-1, 0, 0, "unreadable"]
    return found


def _link_part(digest: str) -> str:
    """The "link:TARGET:" before a recorded file digest ("" for a file itself)."""
    return digest.rpartition(":")[0] + ":" if digest.startswith("link:") else ""


def _file_digest(path: Path) -> str:
    """The digest of a file's bytes, read in blocks (an image or a video kept beside the
    articles need not fit in memory)."""
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, lambda: hashlib.blake2b(digest_size=16)).hexdigest()


def _walk(folder: Path, prefix: str) -> Iterable[tuple[str, Path]]:
    """(path under the content folder, path) of every entry that is not a real folder."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        name = f"{prefix}{entry.name}"
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path), f"{name}/")
        else:
            yield name, Path(entry.path)


def site_signature(site_dir: Path) -> str | None:
    """A digest of every file of the site: its path, size and modification time (an
    edit, a truncation, a removal or an addition shows); None when there is no site.

    Whole seconds: a site restored from an archive (CI's cache is a tar file) keeps
    those and may lose the rest.
    """
    if not site_dir.is_dir():
        return None
    hasher = hashlib.blake2b(digest_size=16)
    stack = [(site_dir, "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError:
            return None
        for entry in entries:
            name = f"{prefix}{entry.name}"
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append((Path(entry.path), f"{name}/"))
                    hasher.update(f"{name}/\0".encode())
                    continue
                stat = entry.stat()
            except OSError:
                return None
            seconds = stat.st_mtime_ns // 1_000_000_000
            hasher.update(f"{name}\0{stat.st_size}\0{seconds}\0".encode())
    return hasher.hexdigest()


def same_content(first: Snapshot, second: Snapshot) -> bool:
    return first.inputs == second.inputs and first.content() == second.content()


def nothing_changed(record: Record | None, now: Snapshot, site_dir: Path) -> bool:
    """Whether the build whose inputs are `now` would publish the very site in place."""
    if record is None or not same_content(record.snapshot, now):
        return False
    return site_signature(site_dir) == record.site
