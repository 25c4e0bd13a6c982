"""Loading the configuration imports nothing from rendering or publishing (issue 12).

`briefings check`, `new` and every configuration error should not pay for (or break on)
the renderer, the feed library or the publisher, and a cycle between settings and the
renderer would tie configuration to one stage of the pipeline.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from sitebuild import REPO

LATER_STAGES = (
    "generator.pages.render",
    "generator.pages.feed",
    "generator.publishing.staging",
    "generator.publishing.search",
)


def test_loading_settings_imports_no_renderer_or_publisher() -> None:
    script = (
        "import json, sys\n"
        "from generator.settings import load_settings\n"
        f"load_settings({str(REPO / 'mkdocs.yml')!r})\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    output = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, env=environment
    ).stdout
    modules = set(json.loads(output))
    assert "generator.settings" in modules
    assert sorted(modules & {*LATER_STAGES, "feedgen"}) == []
