"""The extractor version covers every source of generator/extract, also in its packages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.running import fingerprint


def test_editing_a_module_inside_an_extractor_package_changes_the_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cached article is extracted again when code in extract/<package>/ changes, as
    when a top-level module of extract/ does."""
    package = tmp_path / "extract"
    shutil.copytree(fingerprint.EXTRACT_PACKAGE, package)
    (package / "resolver").mkdir(exist_ok=True)
    module = package / "resolver" / "rules.py"
    module.write_text("LIMIT = 1\n", encoding="utf-8")
    monkeypatch.setattr(fingerprint, "EXTRACT_PACKAGE", package)
    before = fingerprint.extractor_version()
    module.write_text("LIMIT = 2\n", encoding="utf-8")
    assert fingerprint.extractor_version() != before
