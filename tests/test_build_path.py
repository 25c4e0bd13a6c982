"""One build path: plain MkDocs commands on a fresh checkout make the briefings site.

A user's first move is `mkdocs serve`, then `mkdocs build` or `mkdocs gh-deploy`. Each
test copies the repository's files (what a fresh clone holds: no generated pages, no
cache, no site) and runs MkDocs itself in a subprocess, as a user would.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from sitebuild import CHROMIUM, CHROMIUM_ARGS, REPO, build, make_project, run, tree_digest


def fresh_checkout(root: Path) -> Path:
    """The repository's files as a clone has them (tracked, or new and not ignored)."""
    listed = subprocess.run(
        ["git", "-C", str(REPO), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, root / name)
    return root


def mkdocs(checkout: Path, *args: str) -> subprocess.Popen[bytes]:
    """`mkdocs ARGS` in the checkout, with the checkout's own generator package."""
    environment = {**os.environ, "PYTHONPATH": str(checkout)}
    return subprocess.Popen(
        [sys.executable, "-m", "mkdocs", *args],
        cwd=checkout,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def test_mkdocs_build_on_a_fresh_checkout_equals_briefings_build(tmp_path: Path) -> None:
    checkout = fresh_checkout(tmp_path / "clone")
    assert not (checkout / "site").exists() and not (checkout / ".cache").exists()
    process = mkdocs(checkout, "build")
    output = process.communicate(timeout=600)[0].decode("utf-8", "replace")
    assert process.returncode == 0, output
    by_mkdocs = tree_digest(checkout / "site")
    for name in ("index.html", "feed.xml", "data/port-strike.json", ".briefings-site"):
        assert name in by_mkdocs, name
    assert "pagefind/pagefind-entry.json" in by_mkdocs  # the search index
    assert [p.name for p in tmp_path.joinpath("clone").iterdir() if ".site." in p.name] == []
    # The generated pages live in MkDocs' files only: no folder of them on disk.
    assert not (checkout / "build").exists()
    assert [p.name for p in (checkout / "pages").iterdir()] == [".gitkeep"]

    shutil.rmtree(checkout / "site")
    outcome = run(checkout, "build", "-j", "1")
    assert outcome.status == 0, outcome.stderr
    assert tree_digest(checkout / "site") == by_mkdocs


@pytest.fixture
def settings_made(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every Settings object made from here on."""
    import generator.settings

    made: list[object] = []
    make = generator.settings.make_settings

    def counted(*args: object, **kwargs: object) -> object:
        made.append(make(*args, **kwargs))  # type: ignore[arg-type]
        return made[-1]

    monkeypatch.setattr(generator.settings, "make_settings", counted)
    return made


ONE_ARTICLE = {
    "content/bridge.md": "---\ntitle: Bridge reopens\ndate: 2026-01-02\n---\n"
    "It reopened, the council said.\n"
}


def test_briefings_build_reads_the_settings_once(
    tmp_path: Path, settings_made: list[object]
) -> None:
    """`briefings build` reads mkdocs.yml to check the folders before MkDocs does; the
    plugin builds with those frozen settings instead of making its own."""
    project = make_project(tmp_path / "p", ONE_ARTICLE)
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    assert len(settings_made) == 1


def test_briefings_serve_reads_the_settings_once(
    tmp_path: Path, settings_made: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`briefings serve` hands the settings it checked to the plugin for the first build,
    with the folder and address `mkdocs serve` builds into and serves at."""
    from mkdocs.livereload import LiveReloadServer

    served: list[list[str]] = []

    def first_build_then_ctrl_c(server: LiveReloadServer, **kwargs: object) -> None:
        root = Path(server.root)
        served.append(sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html")))
        raise KeyboardInterrupt

    monkeypatch.setattr(LiveReloadServer, "serve", first_build_then_ctrl_c)
    project = make_project(tmp_path / "p", ONE_ARTICLE)
    outcome = run(project, "serve", "-a", f"127.0.0.1:{free_port()}")
    assert outcome.status == 0, outcome.stderr
    assert len(settings_made) == 1
    assert "briefings/bridge/index.html" in served[0]
    assert not (project / "site").exists()  # served from a folder of its own


def test_a_strict_build_does_not_make_a_later_serve_strict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MkDocs keeps one plugin instance per process: what `briefings build --strict`
    handed it must not outlive that build (a later `serve` in the same process, as a
    Python caller or a test runs them, would refuse every content warning)."""
    from mkdocs.livereload import LiveReloadServer

    def first_build_then_ctrl_c(server: LiveReloadServer, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(LiveReloadServer, "serve", first_build_then_ctrl_c)
    warned = ONE_ARTICLE["content/bridge.md"].replace("---\nIt", "colour: red\n---\nIt")
    project = make_project(tmp_path / "p", {"content/bridge.md": warned})
    strict = build(project, "--strict")
    assert strict.status == 1 and "unknown field `colour`" in strict.stderr
    served = run(project, "serve", "-a", f"127.0.0.1:{free_port()}")
    assert served.status == 0, served.stderr


def test_serve_on_a_taken_address_is_one_line(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", ONE_ARTICLE)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        address = f"127.0.0.1:{taken.getsockname()[1]}"
        outcome = run(project, "serve", "-a", address)
    assert outcome.status == 1
    assert outcome.lines[-1] == f"error: cannot serve on {address}: Address already in use"
    assert "Traceback" not in outcome.stderr


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(url: str, needle: str, seconds: float = 180) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                page = response.read().decode("utf-8")
            if needle in page:
                return page
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise AssertionError(f"{needle!r} never appeared at {url}")


@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not installed")
def test_mkdocs_serve_on_a_fresh_checkout_serves_pages_and_search(tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    checkout = fresh_checkout(tmp_path / "clone")
    port = free_port()
    server = mkdocs(checkout, "serve", "-a", f"127.0.0.1:{port}")
    root = f"http://127.0.0.1:{port}/briefings"  # served under site_url's path
    try:
        wait_for(f"{root}/briefings/port-strike/", "Ruth Adeyemi")
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(f"{root}/search/?q=Adeyemi")
            page.wait_for_function(
                """() => {
                    const root = document.getElementById("briefings-search");
                    const box = root && root.querySelector(".briefings-search__input");
                    return box && root.dataset.shown === box.value.trim();
                }""",
                timeout=30_000,
            )
            titles = page.locator(".briefings-result__title").all_inner_texts()
            browser.close()
        assert any("Eastport" in title for title in titles), titles
        # An edit to an article shows without a restart: MkDocs watches content/ too.
        article = checkout / "content/2026/port-strike.md"
        text = article.read_text(encoding="utf-8")
        assert "\ntitle: Dock workers at Eastport walk out" in text
        article.write_text(
            text.replace(
                "\ntitle: Dock workers at Eastport walk out", "\ntitle: Eastport dockers strike"
            ),
            encoding="utf-8",
        )
        wait_for(f"{root}/briefings/port-strike/", "Eastport dockers strike")
    finally:
        server.send_signal(signal.SIGINT)  # Ctrl-C: MkDocs removes its temporary site
        try:
            server.communicate(timeout=60)
        except subprocess.TimeoutExpired:  # Ctrl-C ignored, as in a shell's background job
            server.kill()
            server.wait()


def test_mkdocs_gh_deploy_on_a_fresh_checkout_pushes_the_whole_site(tmp_path: Path) -> None:
    """gh-deploy uploads the site swapped in from staging: pages, feed, data, search."""
    checkout = fresh_checkout(tmp_path / "clone")
    remote = tmp_path / "remote.git"
    git = ["git", "-c", "user.email=editor@example.org", "-c", "user.name=Editor"]
    subprocess.run([*git, "init", "-q", "--bare", str(remote)], check=True)
    subprocess.run([*git, "init", "-q", "-b", "main", str(checkout)], check=True)
    subprocess.run([*git, "-C", str(checkout), "add", "-A"], check=True)
    subprocess.run([*git, "-C", str(checkout), "commit", "-qm", "site"], check=True)
    subprocess.run([*git, "-C", str(checkout), "remote", "add", "origin", str(remote)], check=True)
    process = mkdocs(checkout, "gh-deploy", "--force")
    output = process.communicate(timeout=600)[0].decode("utf-8", "replace")
    assert process.returncode == 0, output
    pushed = subprocess.run(
        ["git", "-C", str(remote), "ls-tree", "-r", "--name-only", "gh-pages"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    assert set(pushed) == {*tree_digest(checkout / "site"), ".nojekyll"}
    assert {"pagefind/pagefind-entry.json", "feed.xml", "data/port-strike.json"} <= set(pushed)


def test_strict_build_with_a_mkdocs_warning_keeps_the_last_good_site(tmp_path: Path) -> None:
    """MkDocs refuses a strict build only after the plugin's on_post_build, where the
    site is swapped in: the plugin counts the warnings itself and keeps the old site."""
    article = "---\ntitle: {0}\ndate: 2026-01-0{1}\nsource: Wire\n---\n{0}, the council said.\n"
    project = make_project(tmp_path / "p", {"content/a.md": article.format("Bridge reopens", 2)})
    assert build(project).status == 0
    before = tree_digest(project / "site")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("  - Search: search.md\n", "  - Search: search.md\n  - Gone: gone.md\n")
    )
    (project / "content/b.md").write_text(article.format("Ferry resumes", 3), encoding="utf-8")
    outcome = build(project, "--strict")
    assert outcome.status == 1
    assert outcome.lines[-1].startswith("error: MkDocs build failed,"), outcome.stderr
    assert "in strict mode" in outcome.lines[-1]
    assert tree_digest(project / "site") == before
    assert [p.name for p in project.iterdir() if p.name.startswith(".site.")] == []


def test_build_interrupted_by_ctrl_c_leaves_no_staging_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MkDocs tells plugins only of exceptions, not of Ctrl-C: the plugin's on_shutdown
    removes the half-built site all the same."""
    from generator.plugin import BriefingsPlugin

    article = "---\ntitle: Bridge reopens\ndate: 2026-01-02\n---\nIt reopened, the council said.\n"
    project = make_project(tmp_path / "p", {"content/a.md": article})

    def interrupted(*args: object, **kwargs: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(BriefingsPlugin, "on_post_page", interrupted)
    outcome = build(project)
    assert outcome.status == 130
    assert sorted(p.name for p in project.iterdir() if "site" in p.name) == []
