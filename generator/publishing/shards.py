"""The search index in shards by date, each indexed by a Pagefind process of its own.

One Pagefind index of a whole archive costs the reader and the build in proportion to
the archive: a query fetches the index's page list (every page's hash, word count and
date) and the postings of its words over every page, and the one Pagefind process held
about 130 KB per page (2.5 GB projected for 19,043 Reuters briefings). So the briefing
pages are split by date into shards of at most `SHARD_PAGES` pages:

- **Build memory is bounded by a shard:** pages reach the indexer shard after shard
  (plugin.py orders the briefing pages so), each shard goes to a Pagefind service of
  its own, and a shard's process ends as soon as its index is written (while the next
  shard is being fed), so at most two are alive, whatever the archive's size.
- **A query costs what a shard costs:** the search page (templates/assets/search.js)
  searches the newest shards first, merged with Pagefind's `mergeIndex`, and reaches
  older ones only when the reader asks for more results (or the newest hold too few).
- **Old shards stay as they are:** a page's shard depends only on the dates of the
  pages of its own year (days packed in date order, oldest first, into shards of at
  most `SHARD_PAGES`; a shard never spans two years). New articles, which are dated
  after the others, only ever change the newest shard (or open a new one); an edit that
  keeps an article's date changes only its own shard; a back-dated article re-packs the
  shards of its year from its day on. Each shard is named by its first day and carries
  a stamp of its inputs (search.py), so an unchanged shard is copied from the site in
  place instead of being written again (and an incremental build may re-index only
  the shards whose pages changed).

The newest shard is the site's own `pagefind/` index (with Pagefind's scripts and
WebAssembly): a site of up to `SHARD_PAGES` briefings has that one index, as before.
Older shards sit in `pagefind-shards/<first day>/`, holding index files only. The list
of all of them, newest first, with their page counts and dates, is `pagefind/shards.json`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from generator.publishing.determinism import normalise_pagefind
from generator.publishing.search import (
    MANIFEST,
    STAMP,
    SearchIndex,
    SearchIndexError,
    hash_page,
    indexed_form,
    inputs_hash,
    page_url,
    pagefind_executable,
    reuse_index,
    write_stamp,
)

SHARDS_FOLDER = "pagefind-shards"
UNDATED = "undated"
# At most this many pages in a shard (a single day with more stays one shard). Peak
# memory of a Pagefind process and the bytes of a query grow with it; see
# benchmarks/pagefind_memory.py and benchmarks/search_size.py. The environment
# variable is for benchmarks that compare sizes.
SHARD_PAGES = int(os.environ.get("BRIEFINGS_SEARCH_SHARD_PAGES", "1000"))
# What a shard folder keeps of what Pagefind writes: the index, not its scripts, styles
# and WebAssembly, which the site's own `pagefind/` holds once.
INDEX_FILES = re.compile(r"pagefind-entry\.json|pagefind\..+\.pf_meta|index|fragment|filter")
DAY = re.compile(r"\d{4}-\d\d-\d\d")


def page_day(date: str | None) -> str | None:
    """`2026-11-03` (or a longer ISO date) -> `2026-11-03`; None when not a date."""
    if not date or not DAY.match(date) or date.startswith("0000"):
        return None
    return date[:10]


def plan_shards(dates: Sequence[str | None], cap: int | None = None) -> list[str]:
    """The shard (named by its first day, or `undated`) of each page, given page dates.

    Days are taken oldest first (undated pages after them all) and packed into shards
    of at most `cap` pages. A new year starts a new shard too, once the shard being
    filled holds half of `cap`: a back-dated article re-packs the shards after it only
    up to the next such year, and a small site keeps one index. Only the counts of
    earlier days decide where a day goes, so adding newer (or undated) pages never
    moves an older one.
    """
    cap = SHARD_PAGES if cap is None else cap
    days = [page_day(date) or UNDATED for date in dates]
    counts = Counter(days)
    shard_of: dict[str, str] = {}
    name, size, year = "", 0, ""
    for day in sorted(counts, key=shard_order):
        full = size + counts[day] > cap
        new_year = day[:4] != year and size >= cap / 2
        if not name or (size and (full or new_year)):
            name, size = day, 0
        shard_of[day] = name
        size += counts[day]
        year = day[:4]
    return [shard_of[day] for day in days]


def shard_order(name: str) -> tuple[int, str]:
    """Oldest first; undated pages (and a shard they start) after every dated one."""
    return (1, "") if name == UNDATED else (0, name)


class ShardedIndex:
    """The site's search index: shards by date, fed page by page in shard order.

    `plan` says which shard each announced page (front matter `pagefind: true`) goes
    to; pages not announced, and every page when there is no plan (`mkdocs serve`),
    go to the newest shard, which is the site's own `pagefind/` index and is written
    last (`start_writing` / `finish_writing`, as `SearchIndex`). The older shards are
    written, or copied from the site in place, by a thread each as soon as their last
    page was given, into `pagefind-shards/` beside `pagefind/`.
    """

    def __init__(self, previous: Path, output: Path) -> None:
        """`previous`: the site's `pagefind/` in place; `output`: the new site's."""
        self._executable = pagefind_executable()  # no Pagefind: fail before MkDocs starts
        self.previous, self.output = previous, output
        self._shard_of: dict[str, str] = {}
        self._days: dict[str, list[str]] = {}  # shard -> days of its pages
        self._root_name = ""
        self._root = SearchIndex()
        self._current: tuple[str, SearchIndex] | None = None
        self._writing: threading.Thread | None = None
        self._errors: list[BaseException] = []
        self._counts: Counter[str] = Counter()
        self._opened: list[SearchIndex] = []
        self._copied: set[str] = set()  # older shards copied before their pages came

    @property
    def pages(self) -> int:
        return sum(self._counts.values())

    def plan(self, pages: Sequence[tuple[str, str | None]]) -> list[str]:
        """Assign each `(dest_uri, date)` to a shard; the URIs in the order to feed them
        (shard after shard, oldest first, each in the order given)."""
        names = plan_shards([date for _, date in pages])
        ordered = sorted(range(len(pages)), key=lambda i: shard_order(names[i]))
        self._shard_of = {uri: name for (uri, _), name in zip(pages, names, strict=True)}
        self._root_name = max(names, key=shard_order) if names else ""
        self._days = {}
        for (_, date), name in zip(pages, names, strict=True):
            day = page_day(date)
            if day:
                self._days.setdefault(name, []).append(day)
        return [pages[i][0] for i in ordered]

    def shard_of(self, dest_uri: str) -> str:
        """The shard a page goes to (the newest one unless the plan says otherwise)."""
        return self._shard_of.get(dest_uri, self._root_name)

    def add_page(self, dest_uri: str, html: str) -> None:
        """Give a page to its shard's Pagefind process; a shard left is written."""
        self._raise_errors()
        name = self.shard_of(dest_uri)
        self._counts[name] += 1
        if name == self._root_name:
            self._root.add_page(dest_uri, html)
            return
        if self._current is None or self._current[0] != name:
            self._seal()
            index = SearchIndex()
            self._opened.append(index)
            self._current = (name, index)
        self._current[1].add_page(dest_uri, html)

    def copy_unchanged(self, pages: Iterable[tuple[str, str]]) -> None:
        """Before the pages are given (an incremental build's deferred index, staging.py):
        copy each older shard whose pages, in the order given, are those its published
        stamp records, so that `copied` tells which pages need no Pagefind at all."""
        hashers: dict[str, Any] = {}
        for dest_uri, html in pages:
            name = self.shard_of(dest_uri)
            if name != self._root_name:
                hasher = hashers.setdefault(name, inputs_hash(self._executable))
                hash_page(hasher, page_url(dest_uri), indexed_form(html))
        for name, hasher in hashers.items():
            source = self.previous.parent / SHARDS_FOLDER / name
            target = self.output.parent / SHARDS_FOLDER / name
            if reuse_index(source, target, hasher.hexdigest()):
                self._copied.add(name)

    def copied(self, dest_uri: str) -> bool:
        """Whether a page's shard was copied by `copy_unchanged` (count it, not add it)."""
        return self.shard_of(dest_uri) in self._copied

    def count_page(self, dest_uri: str) -> None:
        """Count a page in its shard without indexing it: an incremental build that
        copies every shard of the published index (staging.py) still writes the list."""
        self._counts[self.shard_of(dest_uri)] += 1

    def forget_counts(self) -> None:
        """Undo `count_page` (the copy failed: the pages are given after all)."""
        self._counts.clear()

    def folders(self) -> set[Path]:
        """The folders of the shards counted so far, the newest (`pagefind/`) always."""
        shards = self.output.parent / SHARDS_FOLDER
        return {self.output} | {shards / name for name in self._counts if name != self._root_name}

    def write_manifest(self, output: Path) -> None:
        """`pagefind/shards.json` for the shards counted (see `_write_manifest`)."""
        self._write_manifest(output)

    def start_writing(self, previous: Path, output: Path) -> None:
        """Every announced page was given: write the older shard still open and the
        newest one (`pagefind/`) while MkDocs builds the other pages."""
        self._seal()
        self._root.start_writing(previous, output)

    def finish_writing(self, previous: Path, output: Path) -> None:
        """After MkDocs: every shard written, and the list of shards beside `pagefind/`."""
        self._seal()
        if self._writing is not None:
            self._writing.join()
        self._raise_errors()
        self._root.finish_writing(previous, output)
        self._write_manifest(output)

    def inputs_digest(self) -> str:
        """The newest shard's input digest (its stamp, written by staging.py)."""
        return self._root.inputs_digest()

    def close(self) -> None:
        """End every Pagefind process; safe to call more than once."""
        if self._writing is not None:
            self._writing.join(timeout=120)
        for index in [self._root, *self._opened]:
            index.close()

    def __enter__(self) -> ShardedIndex:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _seal(self) -> None:
        """The open older shard got all its pages: write it in a thread of its own,
        once the previous shard's writing has finished (two Pagefind processes at most:
        one writing, one being fed)."""
        if self._current is None:
            return
        name, index = self._current
        self._current = None
        if self._writing is not None:
            self._writing.join()
        self._raise_errors()
        self._writing = threading.Thread(
            target=self._write_shard, args=(name, index), name=f"pagefind-{name}", daemon=True
        )
        self._writing.start()

    def _write_shard(self, name: str, index: SearchIndex) -> None:
        try:
            folder = self.output.parent / SHARDS_FOLDER / name
            if not index.reuse(self.previous.parent / SHARDS_FOLDER / name, folder):
                index.write(folder)
                inputs = index.inputs_digest()
                index.close()  # write() waited until every file was whole
                for path in folder.iterdir():
                    if not INDEX_FILES.fullmatch(path.name):
                        _remove(path)
                normalise_pagefind(folder)
                write_stamp(folder, inputs)
            index.close()
        except BaseException as exc:  # reported on the next page or at the end
            self._errors.append(exc)
            index.close()

    def _raise_errors(self) -> None:
        if self._errors:
            error = self._errors[0]
            if isinstance(error, SearchIndexError):
                raise error
            raise SearchIndexError(f"a search index shard failed: {error}") from error

    def _write_manifest(self, output: Path) -> None:
        """`pagefind/shards.json`: every index of the site, newest first."""
        names = sorted(self._counts, key=shard_order, reverse=True)
        if self._root_name not in names:
            names.insert(0, self._root_name)
        indexes: list[dict[str, Any]] = []
        for name in names:
            days = self._days.get(name, [])
            path = f"{output.name}/" if name == self._root_name else f"{SHARDS_FOLDER}/{name}/"
            entry: dict[str, Any] = {"path": path, "pages": self._counts[name]}
            if days:
                entry.update({"from": min(days), "to": max(days)})
            indexes.append(entry)
        # The search page searches the newest shards up to `window` pages at once, and
        # as many again each time the reader asks for older results (search.js). Every
        # shard searched costs a query about 28 KB per word (one Pagefind index chunk),
        # so a window is one shard unless smaller ones fit in it together.
        record = {"window": SHARD_PAGES, "indexes": indexes}
        (output / MANIFEST).write_text(
            json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
        )


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


__all__ = ["SHARDS_FOLDER", "STAMP", "ShardedIndex", "page_day", "plan_shards"]
