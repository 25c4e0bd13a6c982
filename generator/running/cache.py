"""The extraction cache: one file per article body, keyed by everything extraction reads.

Extraction reads the article body and nothing else: the spaCy pipeline sees only the
body, and metadata (title, date, tags, summary override, corrections) and the actor
registry are applied afterwards to the cached result (generator/editing/corrections.py). So the
key hashes the body with the model's identity (name, version and the spaCy version) and
the extractor version (a hash of the extractor sources): editing an article's front
matter or `actors.yml` never forces a re-parse, while a changed body, model or
extractor always does.

Each file is a one-line JSON header (format, key, SHA-256 of the payload bytes), a
newline, then the payload JSON. Checking an entry hashes its raw bytes before parsing
them, which is much cheaper than re-serialising the payload, so a warm build over tens
of thousands of entries stays fast. An entry that is truncated, edited, misplaced
(its header names another key) or no longer fits the record types is counted as
corrupt, deleted and recomputed, never trusted. Writes go through a temporary file and
an atomic rename, so an interrupted build leaves no half-entry and concurrent builds
sharing a folder never see one.

Entries live under a folder per cache version (`v2-<hash of model and extractor>`), so
the folder CI keeps can be inspected, and entries of an older model or extractor can be
dropped as a whole (`prune_stale`).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shutil
import tempfile
import types
import typing
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

from generator.model import Extraction

CACHE_FORMAT = 2
# What reading a bad entry can raise: undecodable or malformed JSON, JSON nested deep
# enough to exhaust the stack, or records of another shape.
UNREADABLE = (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError)
# The names the cache gives what it writes: a version's folder, its shards, an entry.
VERSION_FOLDER = re.compile(r"^v[0-9]+-[0-9a-f]{12}$")
SHARD = re.compile(r"^[0-9a-f]{2}$")
ENTRY = re.compile(r"^[0-9a-f]{64}\.json$")


class CacheError(Exception):
    """cache_dir cannot be used (a file, not writable, on a read-only file system)."""


class ExtractionCache:
    """Extractions on disk under `root`, for one model and one extractor version."""

    def __init__(self, root: Path, model: str, extractor_version: str) -> None:
        self.root = Path(root)
        self.model = model
        self.extractor_version = extractor_version
        self.salt = f"{CACHE_FORMAT}\0{model}\0{extractor_version}\0"
        version = hashlib.sha256(self.salt.encode("utf-8")).hexdigest()[:12]
        self.folder = self.root / f"v{CACHE_FORMAT}-{version}"
        self.hits = 0
        self.misses = 0
        self.corrupt = 0

    def check_usable(self) -> None:
        """Create the cache folder and write a probe file in it, or raise CacheError.

        Checked once, up front, so that a misconfigured cache_dir is one clear line and
        not a traceback from the first write halfway through a build.
        """
        if self.folder.is_symlink() or (
            os.path.lexists(self.folder) and not self.folder.is_dir()
        ):  # a file or a link where this version's folder goes: never made by the cache
            clear_path(self.folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, probe = tempfile.mkstemp(dir=self.folder, prefix=".probe-")
            os.close(handle)
            os.unlink(probe)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise CacheError(
                f"cache_dir {self.root} cannot be used ({reason}: {exc.filename or self.folder}); "
                "point cache_dir in mkdocs.yml at a writable folder, or set it to null"
            ) from None

    def key(self, body: str, headline_line: bool = False) -> str:
        """The cache key of an article body under this model and extractor.

        `headline_line` (the body opens with the title the reader took for it) changes
        what the first line is, so it is part of the key."""
        marked = f"{self.salt}headline\n{body}" if headline_line else self.salt + body
        return hashlib.sha256(marked.encode("utf-8")).hexdigest()

    def path(self, key: str) -> Path:
        """Where the entry for `key` lives (whether or not it exists)."""
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Extraction | None:
        """The cached extraction, or None when absent, corrupt or stale."""
        entry = self.get_entry(key)
        return entry[0] if entry else None

    def get_entry(self, key: str) -> tuple[Extraction, list[str]] | None:
        """The cached extraction and the extractor failures met making it, if valid.

        The runner never stores a result that met a failure (it is parsed again next
        time, so a fixed bug or model heals it), so entries it writes have no problems;
        the field stays for the format.
        """
        path = self.path(key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError:
            return self._reject(path)
        try:
            extraction, problems = read_entry(data, key)
        except UNREADABLE:
            return self._reject(path)
        self.hits += 1
        return extraction, problems

    def _reject(self, path: Path) -> None:  # returns None so that callers can return it
        """Count and delete a bad entry, so that it is recomputed and rewritten."""
        self.corrupt += 1
        self.misses += 1
        clear_path(path)
        return None

    def put(self, key: str, extraction: Extraction, problems: list[str] | None = None) -> None:
        """Store atomically: readers see the old entry or the whole new one."""
        data = {"extraction": extraction.to_cache(), "problems": list(problems or [])}
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        header = json.dumps(
            {"format": CACHE_FORMAT, "key": key, "sha256": hashlib.sha256(payload).hexdigest()}
        ).encode("utf-8")
        path = self.path(key)
        if path.parent.is_symlink() or (
            os.path.lexists(path.parent) and not path.parent.is_dir()
        ):  # a file, or a link that would send the entry elsewhere on the machine
            clear_path(path.parent)
        if path.is_dir():
            clear_path(path)  # a folder where the entry goes
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        except OSError as exc:
            raise CacheError(f"cannot write to cache_dir {self.root}: {exc}") from None
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(header + b"\n" + payload)
            os.replace(temporary, path)
        except BaseException as exc:
            Path(temporary).unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise CacheError(f"cannot write to cache_dir {self.root}: {exc}") from None
            raise

    def stale_folders(self) -> list[Path]:
        """Folders of other cache versions (older models or extractors) under the root.

        Only folders the cache made: a `v<format>-<12 hex>` name holding nothing but
        entry shards. `cache_dir` is a setting, and a slip (`cache_dir: .`) must never
        let a prune take a `vendor/` or `v2-notes/` folder the build did not make.
        """
        if not self.root.is_dir():
            return []
        return sorted(
            path
            for path in self.root.iterdir()
            if path != self.folder and VERSION_FOLDER.match(path.name) and _holds_entries(path)
        )

    def prune_stale(self) -> int:
        """Delete the entries of every other cache version; return how many folders went.

        Safe for CI, which keeps one model and one extractor per branch: entries of a
        previous extractor can never be served again, only take space in the kept cache.
        An article's last good extraction (generator/running/fallback.py) is a hard link,
        so it outlives the folder of the entry it links to.
        """
        folders = self.stale_folders()
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)
        return len(folders)


def _holds_entries(folder: Path) -> bool:
    """Whether `folder` (not a link) holds only what the cache writes: two-hex shards of
    entries and the temporary and probe files of interrupted writes."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    for child in folder.iterdir():
        if child.name.startswith((".tmp-", ".probe-")) and not child.is_dir():
            continue
        if child.is_symlink() or not child.is_dir() or not SHARD.match(child.name):
            return False
        for entry in child.iterdir():
            if entry.is_symlink() or entry.is_dir():
                return False
            if not (ENTRY.match(entry.name) or entry.name.startswith(".tmp-")):
                return False
    return True


def read_entry(data: bytes, key: str) -> tuple[Extraction, list[str]]:
    """The extraction and problems held in the bytes of an entry for `key`.

    Raises ValueError (or another of UNREADABLE) unless the header has this format and
    key and the payload's digest, and the records fit their types.
    """
    header_line, _, payload = data.partition(b"\n")
    header = json.loads(header_line)
    if (
        header.get("format") != CACHE_FORMAT
        or header.get("key") != key
        or header.get("sha256") != hashlib.sha256(payload).hexdigest()
    ):
        raise ValueError("not an entry for this key")
    record = json.loads(payload)
    extraction = Extraction.from_cache(record["extraction"])
    problems = [str(problem) for problem in record["problems"]]
    check_types(extraction)
    return extraction, problems


def check_types(record: Any) -> None:
    """Raise TypeError unless every field of `record` holds what its annotation says.

    The records are plain dataclasses that accept anything, and an entry with a string
    where an offset goes, or an actor type no template knows, would make every later
    build fail with a traceback until someone deleted the cache by hand. The checks are
    compiled once per record type: a warm build reads every entry.
    """
    for name, fits in _field_checks(type(record)):
        if not fits(getattr(record, name)):
            raise TypeError(f"{type(record).__name__}.{name}: {getattr(record, name)!r}")


@functools.cache
def _field_checks(kind: type) -> tuple[tuple[str, Callable[[Any], bool]], ...]:
    """Each field of a record type with a test of its values, built from its annotation."""
    hints = typing.get_type_hints(kind)
    return tuple((item.name, _fits(hints[item.name])) for item in fields(kind))


def _fits(hint: Any) -> Callable[[Any], bool]:
    """A test that a value holds what the annotation `hint` allows."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        options = [_fits(option) for option in args]
        return lambda value: any(fits(value) for fits in options)
    if origin is typing.Literal:
        return lambda value: isinstance(value, str) and value in args
    if origin is list:
        item = _fits(args[0])
        return lambda value: isinstance(value, list) and all(map(item, value))
    if origin is tuple:
        items = [_fits(arg) for arg in args]
        return lambda value: (
            isinstance(value, tuple)
            and len(value) == len(items)
            and all(fits(part) for fits, part in zip(items, value, strict=True))
        )
    if is_dataclass(hint):

        def fits_record(value: Any) -> bool:
            if not isinstance(value, hint):
                return False
            check_types(value)
            return True

        return fits_record
    if hint is type(None):
        return lambda value: value is None
    if hint in (int, float):  # JSON true and false are not numbers here
        return lambda value: isinstance(value, hint) and not isinstance(value, bool)
    return lambda value: isinstance(value, hint)


def clear_path(path: Path) -> None:
    """Remove whatever is at `path` (a file, a link or a whole folder), if it can be."""
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
    except OSError:
        pass  # left in place: counted as a miss each time, never trusted
