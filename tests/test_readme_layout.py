"""The README's "How it works" diagram names every stage folder and module of generator/.

A reader learns the pipeline from that diagram, so it must match the folders: a module
added, moved or removed without the diagram following fails here. extract/ is described
as a package (its modules change as its rules are split), so only the names it does
list are checked there.
"""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "generator"
DESCRIBED_AS_A_PACKAGE = {"extract"}


def diagram() -> dict[str, set[str]]:
    """The modules the diagram names, by stage folder ("" for generator/ itself)."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("## How it works", 1)[1].split("```", 2)[1]
    listed: dict[str, set[str]] = {}
    folder = ""
    for line in block.splitlines():
        if head := re.match(r"  (\w+)/", line):
            folder = head.group(1)
        elif re.match(r"  \w+\.py\b", line):
            folder = ""
        listed.setdefault(folder, set()).update(re.findall(r"\b\w+\.py\b", line))
    return listed


def modules(folder: Path) -> set[str]:
    return {path.name for path in folder.glob("*.py") if path.name != "__init__.py"}


def test_the_diagram_names_every_stage_folder() -> None:
    stages = {path.name for path in PACKAGE.iterdir() if (path / "__init__.py").is_file()}
    assert set(diagram()) - {""} == stages


def test_the_diagram_names_every_module_where_it_is() -> None:
    listed = diagram()
    assert listed[""] == modules(PACKAGE)
    for stage, names in listed.items():
        if stage in DESCRIBED_AS_A_PACKAGE:
            assert names <= modules(PACKAGE / stage), stage
        elif stage:
            assert names == modules(PACKAGE / stage), stage
