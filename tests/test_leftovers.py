"""What a killed build leaves behind is cleaned up, and publishing never leaves a gap.

- A staging or retired site of a build that was killed is removed by the next build;
  one of a build still running beside it is left alone.
- Extraction worker processes end when the build that started them is killed, instead
  of waiting for work forever with a model loaded.
- Swapping the new site in leaves the old or the new site in place at every step, and
  `site/` stays a real folder (what GitHub Pages' upload takes).
- A `site/` that cannot be replaced is a one-line error; the old site stays.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sitebuild import build, make_project, tree_digest, write_files

FIRST = "---\ntitle: First briefing\ndate: 2024-01-01\n---\nThe council approved the budget.\n"


def wait_for(condition: Callable[[], bool], timeout: float = 120.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "news", {"content/first.md": FIRST})
    assert build(root).status == 0
    return root


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_staging_of_killed_builds_is_removed(project: Path) -> None:
    dead, other_dead = dead_pid(), dead_pid()
    staging = project / f".site.building-{dead}"
    retired = project / f".site.old-{other_dead}"
    write_files(staging, {"index.html": "<p>half a site</p>", "briefings/x/index.html": "x"})
    write_files(retired, {"index.html": "<p>an old site</p>"})
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        busy = project / f".site.building-{running.pid}"
        write_files(busy, {"index.html": "<p>another build under way</p>"})
        write_files(project, {"content/second.md": FIRST.replace("First", "Second")})
        assert build(project).status == 0
        assert not staging.exists() and not retired.exists()
        assert busy.is_dir(), "the staging folder of a running build was removed"
    finally:
        running.kill()
        running.wait()
    assert (project / "site" / "briefings" / "second" / "index.html").is_file()


def test_swap_leaves_a_site_in_place_at_every_step(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every rename made while publishing finds the site in place after it."""
    page = project / "site" / "index.html"
    seen: list[tuple[str, bool]] = []

    def watched(name: str) -> Callable[..., None]:
        real = getattr(os, name)

        def call(source: object, target: object, *args: object, **kwargs: object) -> None:
            real(source, target, *args, **kwargs)
            seen.append((f"{name} {source} -> {target}", page.is_file()))

        return call

    monkeypatch.setattr(os, "replace", watched("replace"))
    monkeypatch.setattr(os, "rename", watched("rename"))
    write_files(project, {"content/second.md": FIRST.replace("First", "Second")})
    assert build(project).status == 0
    monkeypatch.undo()
    assert [step for step, present in seen if not present] == []
    assert (project / "site" / "briefings" / "second" / "index.html").is_file()
    assert (project / "site").is_dir() and not (project / "site").is_symlink()
    # The old site is removed by a process of its own, which the build does not wait for.
    deadline = time.monotonic() + 60
    while [p for p in project.iterdir() if p.name.startswith(".site.")]:
        assert time.monotonic() < deadline, "the old site was not removed"
        time.sleep(0.1)


def test_site_that_cannot_be_replaced_is_one_line(project: Path) -> None:
    site = project / "site"
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(site)]).returncode:
        pytest.skip("cannot make a folder immutable here (chattr needs root and ext4/xfs)")
    try:
        before = tree_digest(site)
        write_files(project, {"content/second.md": FIRST.replace("First", "Second")})
        outcome = build(project)
    finally:
        subprocess.run(["chattr", "-i", str(site)], check=True)
    assert outcome.status == 1
    assert outcome.lines[-1].startswith(f"error: cannot replace {site}")
    assert "Traceback" not in outcome.stderr
    assert tree_digest(site) == before
    assert [p.name for p in project.iterdir() if p.name.startswith(".site.")] == []


# --- worker processes --------------------------------------------------------------------


def children(pid: int) -> set[int]:
    """Processes whose parent is `pid`, from /proc."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie waiting to be reaped has ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_workers_exit_when_the_build_is_killed(project: Path) -> None:
    text = "The minister said on Monday that 4,000 jobs were at risk at the plant. " * 40
    write_files(
        project, {f"content/bulk/article-{n:02}.txt": f"Headline {n}\n\n{text}" for n in range(12)}
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "build", "-j", "2"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    try:
        assert wait_for(lambda: len(children(process.pid)) >= 2)
        workers = children(process.pid)
        cache = project / ".cache" / "briefings"
        old = set(cache.rglob("*.json"))
        assert wait_for(lambda: bool(set(cache.rglob("*.json")) - old)), "workers never worked"
        workers |= children(process.pid)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert wait_for(lambda: not any(alive(pid) for pid in workers), timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for pid in workers:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
