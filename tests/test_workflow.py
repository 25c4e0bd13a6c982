"""The Pages workflow: what it may do, and what it runs.

The build job installs packages from PyPI and runs article-derived code paths, so it
must hold no token that can publish; every third-party action is pinned to a commit,
since a tag can be moved to other code after review.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

WORKFLOW = Path(__file__).resolve().parents[1] / ".github" / "workflows" / "publish.yml"
WRITE_SCOPES = {"pages", "id-token", "contents", "actions", "packages", "deployments"}


def _workflow() -> dict[str, Any]:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _writes(permissions: dict[str, str] | str | None) -> set[str]:
    if permissions in ("write-all",):
        return set(WRITE_SCOPES)
    if not isinstance(permissions, dict):
        return set()
    return {scope for scope, level in permissions.items() if level == "write"}


def test_only_the_deploy_job_may_write_to_pages() -> None:
    workflow = _workflow()
    assert _writes(workflow.get("permissions")) == set()
    jobs = workflow["jobs"]
    assert _writes(jobs["build"].get("permissions")) == set()
    assert _writes(jobs["deploy"].get("permissions")) == {"pages", "id-token"}
    assert not any("run" in step for step in jobs["deploy"]["steps"]), (
        "the deploy job runs no shell step"
    )


def test_every_action_is_pinned_to_a_commit_with_its_version_named() -> None:
    lines = [line for line in WORKFLOW.read_text(encoding="utf-8").splitlines() if "uses:" in line]
    assert lines
    for line in lines:
        assert re.search(r"uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*$", line), line


def test_checkout_keeps_no_credentials() -> None:
    steps = _workflow()["jobs"]["build"]["steps"]
    checkout = [s for s in steps if str(s.get("uses", "")).startswith("actions/checkout@")]
    assert checkout and all(s["with"]["persist-credentials"] is False for s in checkout)


def test_the_build_restores_the_extraction_cache_and_the_last_site_before_building() -> None:
    """A push with one article does the work of one article (incremental publishing)."""
    steps = _workflow()["jobs"]["build"]["steps"]
    build = next(i for i, step in enumerate(steps) if "briefings build" in step.get("run", ""))
    restored = {
        step["with"]["path"]: i
        for i, step in enumerate(steps)
        if str(step.get("uses", "")).startswith("actions/cache@")
    }
    assert restored.keys() == {".cache/briefings", "site"}
    assert all(i < build for i in restored.values())
    assert "--full" not in steps[build]["run"]


def test_the_uploaded_site_leaves_out_hidden_files() -> None:
    """The build manifest (`.briefings-manifest.json.gz`, ~136 B per article) and the
    site folder's mark are for the next build, which gets them from the site cache:
    upload-pages-artifact v4 and later leave every hidden file out of the Pages
    artifact (v3 uploaded them), so pinning an older release would publish them."""
    steps = _workflow()["jobs"]["build"]["steps"]
    uploads = [
        s for s in steps if str(s.get("uses", "")).startswith("actions/upload-pages-artifact@")
    ]
    assert [step["with"]["path"] for step in uploads] == ["site"]
    lines = [
        line
        for line in WORKFLOW.read_text(encoding="utf-8").splitlines()
        if "upload-pages-artifact@" in line
    ]
    major = int(re.search(r"# v(\d+)", lines[0]).group(1))  # type: ignore[union-attr]
    assert major >= 4, lines[0]
