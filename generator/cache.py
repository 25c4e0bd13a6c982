"""The extraction cache: one JSON file per article body, keyed by everything it depends on.

The key hashes the body, the model's name and version and the extractor code itself,
so a cache entry can never be served for another model or an older extractor. Each
file carries its own key and a checksum of its payload: a truncated, edited or
misplaced entry is detected, deleted and recomputed, never trusted. Writes go through
a temporary file and an atomic rename, so an interrupted build leaves no half-entry.
The folder is plain files, which CI can save and restore between runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from generator.model import Extraction

CACHE_FORMAT = 1


class ExtractionCache:
    """Extractions on disk under `root`, for one model and one extractor version."""

    def __init__(self, root: Path, model: str, extractor_version: str) -> None:
        self.root = root
        self.salt = f"{CACHE_FORMAT}\0{model}\0{extractor_version}\0"
        self.hits = 0
        self.misses = 0
        self.corrupt = 0

    def key(self, body: str) -> str:
        """The cache key of an article body under this model and extractor."""
        return hashlib.sha256((self.salt + body).encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> Extraction | None:
        """The cached extraction, or None when absent, corrupt or stale."""
        path = self._path(key)
        try:
            envelope = json.loads(path.read_text(encoding="utf-8"))
            payload = envelope["payload"]
            if envelope["key"] != key or envelope["checksum"] != _checksum(payload):
                raise ValueError("key or checksum mismatch")
            extraction = Extraction.from_cache(payload)
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, KeyError, TypeError):
            self.corrupt += 1
            self.misses += 1
            path.unlink(missing_ok=True)
            return None
        self.hits += 1
        return extraction

    def put(self, key: str, extraction: Extraction) -> None:
        """Store atomically: readers see the old entry or the whole new one."""
        payload = extraction.to_cache()
        envelope = {"key": key, "checksum": _checksum(payload), "payload": payload}
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(envelope, stream, ensure_ascii=False, separators=(",", ":"))
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def _checksum(payload: Any) -> str:
    canonical = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
