"""The last good extraction of each article: what a build publishes when extraction fails.

An article whose extraction fails (an extractor raised, or the article ran over its
time budget on a loaded machine) would otherwise be published with its text and
without what the failed extraction lost: the summary, key figures, quotes and actors it
had on the last published site would vanish from its page, its data JSON, the actor,
month and tag pages, search and the feed, although nothing its author did broke them.
So every build keeps, for each article, its last good extraction, and a build whose
extraction of the article fails publishes that one instead, and says so.

Where it is kept: in the extraction cache's folder (`cache_dir`), not read back from the
published site. The site holds briefings as published (editors' corrections and the
actor registry applied, internal fields such as actor confidence and mention offsets
left out), so a briefing cannot be rebuilt exactly from it; the cache holds the
extraction as made, checked by its digest, the same record every cached build already
publishes from. A record is a hard link to the article's cache entry (a copy where the
file system has no links), under `last-good/<id digest>/<key>.<text digest>.extraction`:

- one record per article (its id, the name its page is published under), replaced by
  each good extraction; a failed one never replaces it (a failure is never cached, as a
  result or as a record);
- its name says which cache entry it is (the entry's key, checked against the entry's
  header with the payload's digest) and the SHA-256 of the text it was made from;
- it outlives the entry's own folder: a new extractor version (another `v2-*` folder)
  re-parses every article, and that is when an old article may first fail.

When the text changed since the last good extraction, it is not published: an edit
is often a correction, and the old quotes, figures and actors next to the new text
could put back exactly what the editor took out (a retracted quote, a wrong figure).
The page then shows the new text with what this build extracted (today's behaviour),
and the report says why the previous briefing was not kept. Without a cache
(`cache_dir: null`), or with a cache that was evicted, there is no previous extraction,
and nothing changes either.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.model import Extraction
from generator.running.cache import (
    SHARD,
    UNREADABLE,
    CacheError,
    ExtractionCache,
    clear_path,
    read_entry,
)

FOLDER = "last-good"
SUFFIX = ".extraction"  # not .json: the cache's own entries are the only *.json files
_RECORD = re.compile(r"^([0-9a-f]{64})\.([0-9a-f]{64})\.extraction$")
_ARTICLE_FOLDER = re.compile(r"^[0-9a-f]{64}$")


def _id_digest(article_id: str) -> str:
    """The SHA-256 of an article's id: the name of the folder holding its record."""
    return hashlib.sha256(article_id.encode("utf-8")).hexdigest()


def _holds_records(folder: Path) -> bool:
    """Whether `folder` (not a link) holds only records and temporary files."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    return all(
        not child.is_symlink()
        and child.is_file()
        and (_RECORD.match(child.name) or child.name.startswith(".tmp-"))
        for child in folder.iterdir()
    )


def text_digest(body: str) -> str:
    """The SHA-256 of an article body, as a record's name holds it."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass
class Previous:
    """An article's last good extraction, and whether it was made from the same text."""

    extraction: Extraction
    same_text: bool


class LastGood:
    """Each article's last good extraction, beside the extraction `cache`."""

    def __init__(self, cache: ExtractionCache) -> None:
        self.cache = cache
        self.root = cache.root / FOLDER

    def folder(self, article_id: str) -> Path:
        """The folder holding the record of the article published as `article_id`."""
        name = _id_digest(article_id)
        return self.root / name[:2] / name

    def orphans(self, article_ids: Iterable[str]) -> list[Path]:
        """The record folders of articles not among `article_ids` (deleted or renamed
        since), which no build can publish again. Only folders the records made: a
        64-hex name inside a two-hex shard, holding records and temporary files only."""
        keep = {_id_digest(article_id) for article_id in article_ids}
        if self.root.is_symlink() or not self.root.is_dir():
            return []
        found = []
        for shard in sorted(self.root.iterdir()):
            if shard.is_symlink() or not shard.is_dir() or not SHARD.match(shard.name):
                continue
            for folder in sorted(shard.iterdir()):
                if (
                    folder.name not in keep
                    and _ARTICLE_FOLDER.match(folder.name)
                    and folder.name.startswith(shard.name)
                    and _holds_records(folder)
                ):
                    found.append(folder)
        return found

    def remove(self, folders: list[Path]) -> None:
        """Delete record folders `orphans` listed, and each shard they leave empty.

        Every build keeps one record per article, so without this the records of
        deleted and renamed articles would stay in the CI cache for good.
        """
        for folder in folders:
            clear_path(folder)
            with contextlib.suppress(OSError):  # the shard holds other articles' records
                folder.parent.rmdir()

    def keep(self, article_id: str, key: str, body: str) -> None:
        """Record the cache entry `key` (a good extraction of `body`) as the article's
        last good one, replacing the one before. One `stat` when it already is."""
        folder = self.folder(article_id)
        name = f"{key}.{text_digest(body)}{SUFFIX}"
        if (folder / name).is_file():
            return
        source = self.cache.path(key)
        for part in (self.root, folder.parent, folder):
            if part.is_symlink() or (os.path.lexists(part) and not part.is_dir()):
                clear_path(part)  # a file, or a link that would send the record elsewhere
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
            os.close(handle)
            os.unlink(temporary)
            try:
                os.link(source, temporary)
            except OSError:
                if not source.is_file():
                    return  # the entry was not written (or is gone): nothing to keep
                with open(source, "rb") as entry, open(temporary, "xb") as copy:
                    copy.write(entry.read())
            os.replace(temporary, folder / name)
        except OSError as exc:
            raise CacheError(f"cannot write to cache_dir {self.cache.root}: {exc}") from None
        for other in folder.iterdir():  # the records of earlier extractions go; another
            if other.name != name and _RECORD.match(other.name):  # build's .tmp- stays
                other.unlink(missing_ok=True)

    def previous(self, article_id: str, body: str) -> Previous | None:
        """The article's last good extraction, or None when there is none to trust (no
        record, or one that is damaged: it is deleted)."""
        folder = self.folder(article_id)
        try:
            names = sorted(p.name for p in folder.iterdir() if _RECORD.match(p.name))
        except OSError:
            return None
        for name in names[-1:]:  # one record per article (two only after a race)
            match = _RECORD.match(name)
            assert match is not None
            path = folder / name
            try:
                extraction, problems = read_entry(path.read_bytes(), match.group(1))
                if problems:
                    raise ValueError("a record of a failed extraction")
            except (OSError, *UNREADABLE):
                path.unlink(missing_ok=True)
                return None
            return Previous(extraction, same_text=match.group(2) == text_digest(body))
        return None
