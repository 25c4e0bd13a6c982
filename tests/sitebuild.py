"""Helpers for tests that build real sites: a throw-away project, a build, a browser.

A project is a folder with the repository's mkdocs.yml, its templates (linked, so the
theme overrides resolve) and a `content/` folder written by the test. Builds run the
real `briefings build` command in-process (the spaCy model stays loaded between builds)
with the project as working directory, so messages name files as a user sees them.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import http.server
import io
import json
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator.cli import main

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@dataclass
class Outcome:
    """What a `briefings` command returned and printed on stderr."""

    status: int
    stderr: str

    @property
    def lines(self) -> list[str]:
        return self.stderr.splitlines()


def make_project(root: Path, files: dict[str, str | bytes]) -> Path:
    """A site project in `root` with `files` (paths relative to the project)."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    (root / "templates").symlink_to(REPO / "templates", target_is_directory=True)
    write_files(root, files)
    return root


def write_files(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def run(project: Path, *args: str) -> Outcome:
    """Run `briefings ARGS` in `project` as a user would, capturing stderr."""
    stderr = io.StringIO()
    previous = Path.cwd()
    os.chdir(project)
    try:
        with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
            status = main(list(args))
    finally:
        os.chdir(previous)
    return Outcome(status, stderr.getvalue())


def build(project: Path, *args: str) -> Outcome:
    return run(project, "build", "-j", "1", *args)


def extract_records(folder: Path, files: dict[str, str]) -> dict[str, dict]:
    """`briefings extract --json` over `files` written into `folder`: each article's
    extraction record, by its id, as a user's script reads it."""
    write_files(folder, files)
    stdout = io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(io.StringIO()):
        status = main(["extract", "--json", "-j", "1", *(str(folder / name) for name in files)])
    assert status == 0
    records = [json.loads(line) for line in stdout.getvalue().splitlines()]
    return {record["id"]: record for record in records}


def generated_pages(project: Path) -> dict[str, str]:
    """The Markdown pages a build of `project` makes, as the plugin hands them to MkDocs.

    They never reach the disk, so this generates them again, with the project's settings
    and its extraction cache (filled by the build before).
    """
    from generator.publishing.build import generate
    from generator.settings import load_settings

    _, pages = generate(load_settings(project / "mkdocs.yml"), quiet=True)
    return {name: data.decode("utf-8") for name, data in pages.items() if name.endswith(".md")}


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under `folder` (relative path) with the SHA-256 of its bytes."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` on 127.0.0.1 in a thread; yield its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
