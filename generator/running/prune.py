"""`briefings prune-cache`: drop what the extraction cache can never serve again.

The cache (`cache_dir`) only grows. A new model or extractor version parses every
article into a folder of its own and leaves the old folder behind, and every article
keeps its last good extraction (generator/running/fallback.py) after it is deleted or
renamed. CI restores and saves the whole folder on every run, so what no build can use
again costs time and cache quota for good. This prunes both, and nothing else:

- the folders of other cache versions, and only folders the cache made
  (`ExtractionCache.stale_folders`);
- the last good records of articles no longer in `content_dir`. When an article cannot
  be read (its id is then unknown, and it may still be published), no record is pruned:
  the content must be fixed first.

The current version's entries are kept whatever they hold: an article deleted today
may come back, and its entry is what makes that cheap.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from generator.reading.content import load_content
from generator.running.cache import ExtractionCache
from generator.running.fallback import LastGood
from generator.running.fingerprint import extractor_version
from generator.running.nlp import model_identity
from generator.settings import Settings


@dataclass
class Pruned:
    """What a prune took, or would take with `dry_run`."""

    stale_folders: list[Path] = field(default_factory=list)
    orphan_records: list[Path] = field(default_factory=list)
    bytes: int = 0
    unreadable: list[str] = field(default_factory=list)  # content files: records kept


def prune_cache(settings: Settings, dry_run: bool = False) -> Pruned:
    """Prune `settings.cache_dir` (see the module's docstring); `dry_run` only lists."""
    pruned = Pruned()
    root = settings.cache_dir
    if root is None or root.is_symlink() or not root.is_dir():
        return pruned
    cache = ExtractionCache(root, model_identity(None), extractor_version())
    pruned.stale_folders = cache.stale_folders()
    articles, diagnostics = load_content(settings.content_dir, settings.extra_fields)
    pruned.unreadable = sorted({d.path for d in diagnostics if d.severity == "error"})
    last_good = LastGood(cache)
    if not pruned.unreadable:
        pruned.orphan_records = last_good.orphans(article.id for article in articles)
    pruned.bytes = _freed([*pruned.stale_folders, *pruned.orphan_records])
    if not dry_run:  # what was listed and counted, not a second listing
        for folder in pruned.stale_folders:
            shutil.rmtree(folder, ignore_errors=True)  # as `ExtractionCache.prune_stale`
        last_good.remove(pruned.orphan_records)
    return pruned


def _freed(paths: list[Path]) -> int:
    """Bytes deleting `paths` frees (links not followed). A file counts only when every
    link to it goes too: a record and the cache entry it links to share their bytes."""
    found: dict[tuple[int, int], tuple[int, int, int]] = {}  # inode: size, links, seen
    for folder in paths:
        for parent, _, names in os.walk(folder):
            for name in names:
                stat = os.lstat(os.path.join(parent, name))
                inode = (stat.st_dev, stat.st_ino)
                seen = found.get(inode, (0, 0, 0))[2] + 1
                found[inode] = (stat.st_size, stat.st_nlink, seen)
    return sum(size for size, links, seen in found.values() if seen >= links)
