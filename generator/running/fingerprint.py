"""The extractor version: a hash of the code that decides what extraction produces.

One definition for the cache key (generator.running.runner) and the Dask workers' check
(generator.running.cluster). It reads the sources as files and imports nothing:
importing the extractors pulls in spaCy and textacy, about two seconds that a fully
cached build should not pay.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
EXTRACT_PACKAGE = PACKAGE / "extract"
# Files outside extract/ that decide what the extractors produce: the records they fill,
# the text layout that decides what they see and its word lists, and the one reader of
# every stage's word lists.
SHARED_SOURCES = (
    PACKAGE / "model.py",
    PACKAGE / "reading" / "layout.py",
    PACKAGE / "reading" / "data" / "layout.toml",
    PACKAGE / "reading" / "data_files.py",
)


def extractor_version() -> str:
    """16 hex digits that change whenever any extraction source changes."""
    digest = hashlib.sha256()
    data = [p for p in (EXTRACT_PACKAGE / "data").glob("*") if p.is_file()]  # word lists
    # rglob: an extractor split into a package (extract/speakers/) is code as much as a
    # module is. A source is labelled by its path under extract/ (its bare name for a
    # top-level module, as before), so that two packages' lexicon.py do not look alike.
    for path in sorted([*EXTRACT_PACKAGE.rglob("*.py"), *data, *SHARED_SOURCES]):
        label = path.name
        if path.suffix == ".py" and path.is_relative_to(EXTRACT_PACKAGE):
            label = path.relative_to(EXTRACT_PACKAGE).as_posix()
        digest.update(label.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
