"""Golden site: a fixed set of articles builds to exactly the pages recorded here.

The site is built by `briefings build` from the repository's `content/` plus the
articles tests/test_site.py writes (a merged actor, hostile markup, a tag colliding
with an index page), and every file of `site/` is hashed: HTML pages, the feed,
`data/*.json`, assets and the Pagefind index. The digests sit in
tests/golden/site.json. A refactor of the build (issue 12) must leave them all equal.

When output changes ON PURPOSE (an extraction rule merged on main, a template edit),
regenerate the digests and commit them with the change, saying why in the message:

    BRIEFINGS_UPDATE_GOLDEN=1 PYTHONPATH=$PWD .venv/bin/python -m pytest tests/test_golden.py

The test then rewrites tests/golden/site.json and passes; `git diff` shows which
pages changed. Without the variable a difference fails, naming the files that differ.

The one date MkDocs would publish, `<lastmod>` in the sitemap (the build date), is left
out of it (templates/theme/sitemap.xml); the test still pins SOURCE_DATE_EPOCH, as a
reproducible-build user would, should a theme print the build date elsewhere.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sitebuild import build, tree_digest
from test_site import write_project

from generator.publishing.incremental import MANIFEST

GOLDEN = Path(__file__).resolve().parent / "golden" / "site.json"
UPDATE = os.environ.get("BRIEFINGS_UPDATE_GOLDEN") == "1"
PINNED_BUILD_DATE = "1767225600"  # 2026-01-01T00:00:00Z, the sitemap's <lastmod>


def built_digests(root: Path) -> dict[str, str]:
    """SHA-256 of every file `briefings build` puts in site/ for the golden articles."""
    write_project(root)
    outcome = build(root)  # in the project folder, as a user runs it: paths are relative
    assert outcome.status == 0, outcome.stderr
    digests = tree_digest(root / "site")
    # The incremental manifest records what the pages were made from, the project's code
    # included, so it changes with every commit; tests/test_incremental.py checks it.
    assert digests.pop(MANIFEST, None) is not None
    return digests


def test_site_matches_golden_digests(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", PINNED_BUILD_DATE)
    digests = built_digests(tmp_path)
    if UPDATE:
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    shared = expected.keys() & digests.keys()
    changed = sorted(name for name in shared if expected[name] != digests[name])
    assert {
        "missing": sorted(expected.keys() - digests.keys()),
        "new": sorted(digests.keys() - expected.keys()),
        "changed": changed,
    } == {"missing": [], "new": [], "changed": []}, (
        "the site differs from tests/golden/site.json; if on purpose, regenerate with "
        "BRIEFINGS_UPDATE_GOLDEN=1 (see this module's docstring)"
    )
