"""`briefings serve`: a local preview that follows edits to content and templates."""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from generator.settings import load_settings

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, needle: str, seconds: float = 90) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and needle in page:
            return page
        time.sleep(0.5)
    raise AssertionError(f"{needle!r} never appeared at {url}")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(REPO / "content/2026/rail-line.md", content / "rail-line.md")
    # The site's own templates folder, watched from the start (one made while serving
    # is watched from the next start: MkDocs can only watch folders that exist).
    (tmp_path / "templates").mkdir()
    shutil.copy(REPO / "templates/home.md.j2", tmp_path / "templates" / "home.md.j2")
    return tmp_path


def test_serve_regenerates_when_an_article_or_template_changes(project: Path) -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # MkDocs serves under the path of site_url, as GitHub Pages will.
    mount = urlsplit(load_settings(project / "mkdocs.yml").site_url or "/").path.rstrip("/")
    root = f"http://127.0.0.1:{port}{mount}"
    try:
        page_url = f"{root}/briefings/rail-line/"
        wait_for(page_url, "Northern rail link opens two years late")

        article = project / "content" / "rail-line.md"
        article.write_text(
            article.read_text(encoding="utf-8").replace(
                "Northern rail link opens two years late", "Northern rail link finally opens"
            ),
            encoding="utf-8",
        )
        wait_for(page_url, "Northern rail link finally opens")

        home = project / "templates" / "home.md.j2"
        home.write_text(
            home.read_text(encoding="utf-8").replace("The latest briefings", "Fresh briefings"),
            encoding="utf-8",
        )
        wait_for(f"{root}/", "Fresh briefings")
    finally:
        server.send_signal(signal.SIGINT)  # Ctrl-C: MkDocs removes its temporary site
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # Ctrl-C ignored, as in a shell's background job
            server.kill()
            server.wait()
