"""The Pagefind search index, fed page by page while the site is being built.

Pagefind's CLI reads the finished site from disk, so it could only start once MkDocs had
written every page, and its ~5-10 s (2,127 BBC briefings) came on top of the build.
Pagefind also runs as a service (`pagefind --service`: base64 JSON messages on stdin and
stdout, the protocol of its own Python and Node APIs), which indexes HTML handed to it.
`SearchIndex` starts that service before MkDocs and gives it each page's HTML as soon as
MkDocs has rendered it (generator/plugin.py, `on_post_page`), so indexing runs in
Pagefind's own process, on another core, while MkDocs renders the next pages; only
writing the index files is left for the end.

Pagefind's Python API is not used: its reader sleeps 0.1 s before every response, which
makes 2,000 pages take more than three minutes. Messages are written from a thread of
their own so that MkDocs never waits on the pipe, and every response is read (and
errors kept) by another, so that neither pipe can fill up.

What is indexed is exactly what the CLI would index: pages are given in MkDocs' build
order (deterministic) with the URL the CLI would compute from their file path, and only
pages whose HTML holds an element marked `data-pagefind-body` are sent (the CLI skips the
others too, once any page has one: here, briefing pages). The CLI's options are the
service's index configuration.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import gzip
import hashlib
import json
import os
import queue
import re
import shutil
import subprocess
import threading
import time
from importlib import metadata
from pathlib import Path
from typing import Any

PAGEFIND_FOLDER = "pagefind"
CONFIG: dict[str, Any] = {
    "force_language": "en",
    # Only what a reader searches for is indexed: the title, summary, quotes with their
    # speaker, figures with their context, the article text. Labels, paragraph links,
    # navigation and lists (templates/briefing.md.j2) would fill excerpts with furniture.
    "exclude_selectors": [
        ".headerlink",  # Material's heading permalinks
        ".paragraph-number",
        'a[href^="#p"]',  # ¶ links back to the article's paragraphs
        # section labels; "The article" stays, as the heading its text is found under
        "#summary",
        "#key-figures",
        "#who-said-what",
        "#unattributed",
        ".figure-counts-none",
        # a figure's sentence that is a summary sentence: its words are found there
        ".in-summary",
        "thead",
        "details > summary",  # "Full text, N paragraphs", "All N figures"
        ".briefing-byline",
        ".briefing-keyterms",
        ".said",  # the line under a quote: who said it, and how
        ".speaker-unresolved",
        ".briefing-actors",
        ".briefing-tags",
        ".briefing-data",
        ".article-text-none",  # "The article is not republished here": on every page
    ],
}
# An element (a tag, not text: text has its `<` escaped) marked as Pagefind's body.
BODY_MARK = re.compile(r"<[a-zA-Z][^<>]*\sdata-pagefind-body(?=[\s=/>])")
# A heading (of text only) that CONFIG leaves out by its id (`#summary`, ...), the id
# quoted or not (the pages are minified): see `indexed_form`.
_EXCLUDED_HEADING = re.compile(
    r"<h([1-6])\s+id=(?:\"(?:{0})\"|'(?:{0})'|(?:{0}))(?=[\s/>])[^<>]*>[^<]*</h\1>".format(
        "|".join(
            re.escape(selector[1:])
            for selector in CONFIG["exclude_selectors"]
            if re.fullmatch(r"#[\w-]+", selector)
        )
    )
)
# The `id` of the page's headline (its h1): see `indexed_form`.
_TITLE_ID = re.compile(r"(<h1\b[^<>]*?)\s+id=(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+)")
# A heading right before the note that the article is not on the page (`article_text:
# none`, or no sentence of it quoted or cited): a section with nothing in it to find.
_EMPTY_ARTICLE_SECTION = re.compile(
    r"<h([1-6])\b[^<>]*>[^<]*</h\1>(?=<p\s+class=(?:\"article-text-none\"|article-text-none)[\s>])"
)
QUEUE_PAGES = 64  # pages waiting to be sent at most: MkDocs is never held up, memory bounded
# Beside the index: a digest of everything Pagefind was given, and of the files it wrote.
STAMP = "briefings-index.json"
# The list of the site's indexes, newest first, that the search page merges (search.js).
MANIFEST = "shards.json"
# What Pagefind writes for its own search interfaces (Default UI, Modular UI, Component
# UI, the result highlighter): the search page draws its results from the JavaScript API
# (templates/assets/search.js loads pagefind.js, which loads its worker and WebAssembly),
# so no page ever loads these ~420 KB. Left out of the published index (issue 14).
UNUSED_FILES = re.compile(r"pagefind(-component|-modular)?-ui\.(js|css)|pagefind-highlight\.js")


class SearchIndexError(Exception):
    """Pagefind could not be started or failed to index; the site must not be published."""


def pagefind_executable() -> Path:
    """The Pagefind binary installed beside this interpreter (the `pagefind[bin]` wheel)."""
    try:
        from pagefind.service import get_executable
    except ImportError as exc:
        raise SearchIndexError(f"Pagefind is not installed ({exc}); install pagefind[bin]") from exc
    executable = get_executable()
    if executable is None:
        raise SearchIndexError("the Pagefind binary was not found; install pagefind[bin]")
    return executable


def pagefind_identity(executable: Path) -> str:
    """The Pagefind release and binary in use: a different one may write another index."""
    try:
        stat = executable.stat()
        size, changed = stat.st_size, stat.st_mtime_ns
    except OSError:
        size, changed = -1, -1
    return _identity(str(executable), size, changed)


@functools.lru_cache(maxsize=4)
def _identity(executable: str, size: int, changed: int) -> str:
    """`pagefind_identity`, looked up once per binary (each shard asks: the package
    lookups cost tens of milliseconds each); a binary replaced in place is looked up anew."""
    versions = []
    for name in ("pagefind_bin", "pagefind_bin_extended", "pagefind"):
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    return ";".join([*versions, f"size={size}"])


def tree_digest(folder: Path, skip: tuple[str, ...] = (STAMP, MANIFEST)) -> str:
    """SHA-256 over every file under `folder` (relative path and content), sorted; the
    stamp itself and the shard list (rewritten on every build) are left out."""
    digest = hashlib.sha256()
    files = sorted(
        path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()
    )
    for name in files:
        if name in skip:
            continue
        digest.update(name.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256((folder / name).read_bytes()).digest())
    return digest.hexdigest()


def drop_unused_files(output: Path) -> None:
    """Remove from a finished index the files of Pagefind's interfaces no page loads
    (`UNUSED_FILES`). Before `write_stamp`, which then records the index without them."""
    for path in output.iterdir():
        if path.is_file() and UNUSED_FILES.fullmatch(path.name):
            path.unlink()


def write_stamp(output: Path, inputs: str) -> None:
    """Record the input digest and the files' digest beside a finished index.

    Written last, after the index files are final (generator/publishing/determinism.py renames
    some), so that `SearchIndex.reuse` can check both before trusting a copy.
    """
    record = {"files": tree_digest(output), "inputs": inputs}
    (output / STAMP).write_text(json.dumps(record, sort_keys=True) + "\n", encoding="utf-8")


def wait_until_written(pid: int, folder: Path, timeout: float = 120.0) -> None:
    """Wait until Pagefind (process `pid`) has finished writing the index in `folder`.

    Pagefind answers WriteFiles once it has created every file and handed the writes to
    its I/O threads, not once they are done: under load about one answer in ten comes
    while some files are still empty, and a large one (`pagefind-component-ui.js`,
    175 KB) may be half written. Closing the service then ends it at once (it exits on
    end of input) and cuts the writes in flight short: a truncated file, stamped and
    copied by every later build (test_incremental.py saw the newest shard's
    `pagefind-component-ui.js` differ from a full build's). A file's descriptor is held
    until its write is done, so the index is whole once the process holds no file open
    in `folder` (on Linux, /proc/PID/fd); then, and elsewhere alone, every file is also
    read back (`index_problem`) until complete.
    """
    deadline = time.monotonic() + timeout
    target = folder.resolve()
    while True:
        held = _files_held(pid, target)
        problem = None if held else index_problem(folder)
        if not held and problem is None:
            return
        if time.monotonic() > deadline:
            what = f"still writing {sorted(held)[0]}" if held else problem
            raise SearchIndexError(f"Pagefind left an incomplete index in {folder}: {what}")
        time.sleep(0.02)


def _files_held(pid: int, folder: Path) -> set[str]:
    """The files under `folder` that process `pid` holds open (empty where the system
    does not tell: no /proc)."""
    held = set()
    prefix = f"{folder}{os.sep}"
    try:
        descriptors = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return held
    for descriptor in descriptors:
        try:
            path = os.readlink(f"/proc/{pid}/fd/{descriptor}")
        except OSError:  # closed meanwhile
            continue
        if path.startswith(prefix):
            held.add(path[len(prefix) :])
    return held


def index_problem(folder: Path) -> str | None:
    """What is missing or cut short in the Pagefind index in `folder`; None if nothing.

    No file, in `folder` or under it, may be empty; the entry, the metadata it names and
    every index, filter and fragment file the metadata lists must read back whole (each
    is a gzip member, whose end is checked, holding Pagefind's signature: an empty file
    decompresses to nothing without an error)."""
    from generator.publishing.determinism import SIGNATURE, UnsupportedCBOR, read_pagefind

    try:
        for path in folder.rglob("*"):
            if path.is_file() and path.stat().st_size == 0:
                return f"{path.relative_to(folder).as_posix()} is empty"
        entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
        for info in entry["languages"].values():
            meta = read_pagefind(folder / f"pagefind.{info['hash']}.pf_meta")
            names = [f"fragment/{page[0]}.pf_fragment" for page in meta[1]]
            names += [f"index/{chunk[2]}.pf_index" for chunk in meta[2]]
            names += [f"filter/{item[1]}.pf_filter" for item in meta[3]]
            for name in names:
                if not gzip.decompress((folder / name).read_bytes()).startswith(SIGNATURE):
                    return f"{name} has no Pagefind signature"
    except UnsupportedCBOR:  # whole, in a layout this version does not know: not checked
        return None
    except (OSError, ValueError, EOFError, KeyError, IndexError, TypeError) as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def inputs_hash(executable: Path) -> Any:
    """The digest of an index's inputs before any page: the stamp's version, the
    configuration and the Pagefind release (pages are added with `hash_page`)."""
    return hashlib.sha256(
        json.dumps([STAMP, CONFIG, pagefind_identity(executable)]).encode("utf-8")
    )


def hash_page(hasher: Any, url: str, html: str) -> None:
    """Add a page given to Pagefind (its URL and HTML) to an input digest."""
    for text in (url, html):
        hasher.update(text.encode("utf-8", "surrogatepass") + b"\0")


def reuse_index(previous: Path, output: Path, inputs: str) -> bool:
    """Copy the index in `previous` to `output` if its stamp names the input digest
    `inputs` and its files still hash to what the stamp recorded (else nothing is left
    at `output`); see `SearchIndex.reuse`."""
    try:
        stamp = json.loads((previous / STAMP).read_text(encoding="utf-8"))
        if stamp.get("inputs") != inputs:
            return False
        shutil.copytree(previous, output)
        if tree_digest(output) == stamp.get("files"):
            return True
    except (OSError, ValueError, AttributeError):
        pass
    shutil.rmtree(output, ignore_errors=True)
    return False


def indexed_form(html: str) -> str:
    """The page as Pagefind is given it: the page, but for three headings no result shows.

    Pagefind records every element with an `id` in the indexed body as an anchor, with
    its place and its text, in the page's fragment (the file a result is drawn from),
    and a result shows the anchors of headings with text as its sections:

    - the section labels `exclude_selectors` leaves out by their id (`#summary`,
      `#key-figures`, ...) were still anchors, with no text, which no result shows.
      Those headings are left out (their id alone would not do: it is what keeps their
      words out of the index), ~33 B of index per briefing (issue 14);
    - the heading "The article" over only the note that the article is not on the page
      (`.article-text-none`, itself not indexed) made "the article" a word of every
      such page, and a section with nothing in it to find: left out;
    - the headline's `id`: its section is the page itself, which the result already is
      (Pagefind's section before the first anchor is the page, under its title; and
      assets/search.js shows no section titled as the page): left out, ~36 B per
      briefing.

    The published page keeps every heading and id, its table of contents and its
    anchors; every word, filter, sort and meta a reader finds, and every section a
    result shows, is the same.
    """
    html = _EXCLUDED_HEADING.sub("", html)
    html = _TITLE_ID.sub(r"\1", html, count=1)
    return _EMPTY_ARTICLE_SECTION.sub("", html)


def should_index(html: str) -> bool:
    """Whether a page carries an element marked `data-pagefind-body`."""
    return "data-pagefind-body" in html and BODY_MARK.search(html) is not None


def page_url(dest_uri: str) -> str:
    """The URL Pagefind's CLI gives a file: `briefings/x/index.html` -> `/briefings/x/`."""
    url = "/" + dest_uri
    return url[: -len("index.html")] if url.endswith("/index.html") else url


class SearchIndex:
    """A Pagefind service process building one index from the pages it is given."""

    def __init__(self) -> None:
        executable = pagefind_executable()
        try:
            self._process = subprocess.Popen(
                [str(executable), "--service"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        except OSError as exc:
            raise SearchIndexError(f"could not run Pagefind {executable} ({exc})") from exc
        self._inputs = inputs_hash(executable)
        self._responses: dict[int, dict[str, Any]] = {}
        self._arrived = threading.Condition()
        self._reader_done = False
        self._next_id = 0
        self._send_lock = threading.Lock()
        self._early: threading.Thread | None = None
        self._early_error: BaseException | None = None
        self._late_pages = 0
        self._written = False
        self._outbox: queue.Queue[dict[str, Any] | None] = queue.Queue(maxsize=QUEUE_PAGES)
        self._send_error: BaseException | None = None
        self._last_page: int | None = None
        self.pages = 0
        self._reader = threading.Thread(target=self._read, name="pagefind-reader", daemon=True)
        self._writer = threading.Thread(target=self._write, name="pagefind-writer", daemon=True)
        self._reader.start()
        self._writer.start()
        response = self._wait(self._send({"type": "NewIndex", "config": CONFIG}))
        self._index_id = int(response["index_id"])

    def add_page(self, dest_uri: str, html: str) -> None:
        """Index a page's HTML under the URL of its file (`briefings/x/index.html`)."""
        self._last_page = self._send(
            {
                "type": "AddFile",
                "index_id": self._index_id,
                "url": page_url(dest_uri),
                "file_path": None,
                "file_contents": indexed_form(html),
            }
        )
        self.pages += 1
        if self._early is not None:
            self._late_pages += 1  # after the early write started: that index lacks it

    def write(self, output: Path) -> None:
        """Wait for every page to be indexed, then write the index files into `output`.

        Pagefind writes the files itself, in parallel, and some are still being written
        when it answers: this returns once it holds none of them open and they read back
        whole (`wait_until_written`), so that `close` cannot cut a write short.
        """
        if self._last_page is not None:
            self._wait(self._last_page)
        errors = [
            str(response.get("message") or response)
            for response in self._responses.values()
            if response.get("type") == "Error"
        ]
        if errors:
            raise SearchIndexError(f"Pagefind could not index a page: {errors[0]}")
        self._wait(
            self._send(
                {"type": "WriteFiles", "index_id": self._index_id, "output_path": str(output)}
            )
        )
        self._written = True
        wait_until_written(self._process.pid, output)

    def start_writing(self, previous: Path, output: Path) -> None:
        """Write (or reuse) the index in a thread now: MkDocs has built every page
        expected to be indexed (briefing pages come first, see plugin.py `on_env`), and
        Pagefind's index writing can overlap the pages MkDocs still builds."""
        if self._early is not None:
            return

        def run() -> None:
            try:
                if not self.reuse(previous, output):
                    self.write(output)
            except BaseException as exc:  # reported by finish_writing
                self._early_error = exc

        self._early = threading.Thread(target=run, name="pagefind-write", daemon=True)
        self._early.start()

    def finish_writing(self, previous: Path, output: Path) -> None:
        """Make sure `output` holds the index of every page given, once MkDocs is done.

        The early write is waited for; if a page was given after it started (a page
        indexed that its front matter did not announce), or it failed, or there was
        none, the index is written (or reused) now, from scratch.
        """
        if self._early is not None:
            self._early.join()
            if self._early_error is None and self._late_pages == 0:
                return
            if isinstance(self._early_error, SearchIndexError):
                raise self._early_error
            shutil.rmtree(output, ignore_errors=True)
        if not self.reuse(previous, output):
            self.write(output)

    def inputs_digest(self) -> str:
        """A digest of the configuration, the Pagefind release and every page given."""
        with self._outbox.all_tasks_done:  # every page queued so far has been sent
            while self._outbox.unfinished_tasks:
                if self._send_error is not None or self._process.poll() is not None:
                    raise SearchIndexError(f"Pagefind stopped (exit status {self._process.poll()})")
                self._outbox.all_tasks_done.wait(0.5)
        return self._inputs.hexdigest()

    def reuse(self, previous: Path, output: Path) -> bool:
        """Copy the index in `previous` to `output` if it was made from the same input.

        A rebuild with nothing changed gives Pagefind the very same pages, and Pagefind
        then writes the very same files: copying them saves the index writing (seconds,
        and gigabytes of memory on a large site). Only an index whose stamp names the
        same input digest, and whose files still hash to what the stamp recorded, is
        reused; anything else (no stamp, edited or missing files) returns False and the
        index is written anew.
        """
        return reuse_index(previous, output, self.inputs_digest())

    def close(self) -> None:
        """End the service; safe to call more than once.

        After a write the service is let go as it would end by itself (its input closed,
        then waited for), so that every file it wrote is complete; after a failure, or
        if it does not end within a minute, it is killed.
        """
        with contextlib.suppress(queue.Full):
            self._outbox.put_nowait(None)
        if self._written and self._send_error is None:
            self._writer.join(timeout=60)
            with contextlib.suppress(OSError, ValueError):
                if self._process.stdin:
                    self._process.stdin.close()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(timeout=60)
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        for stream in (self._process.stdin, self._process.stdout):
            try:
                if stream:
                    stream.close()
            except OSError:
                pass

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _send(self, payload: dict[str, Any]) -> int:
        if self._send_error is not None:
            raise SearchIndexError(f"Pagefind stopped reading its input: {self._send_error}")
        with self._send_lock:  # MkDocs' thread and an early write may both send
            self._next_id += 1
            number = self._next_id
        data = {"message_id": number, "payload": payload}
        while True:  # never wait forever on a queue that a dead service no longer drains
            try:
                self._outbox.put(data, timeout=0.5)
                return number
            except queue.Full:
                if self._send_error is not None or self._process.poll() is not None:
                    raise SearchIndexError(
                        f"Pagefind stopped (exit status {self._process.poll()})"
                    ) from None

    def _write(self) -> None:
        stdin = self._process.stdin
        assert stdin is not None
        while (message := self._outbox.get()) is not None:
            try:
                payload = message["payload"]
                if payload["type"] == "AddFile":  # pages in order: a deterministic digest
                    hash_page(self._inputs, payload["url"], payload["file_contents"])
                stdin.write(base64.b64encode(json.dumps(message).encode("utf-8")) + b",")
                if self._outbox.empty():
                    stdin.flush()
            except (OSError, ValueError) as exc:  # the service died; _wait reports it
                self._send_error = exc
                with self._arrived:
                    self._arrived.notify_all()
                return
            finally:
                self._outbox.task_done()

    def _read(self) -> None:
        stdout = self._process.stdout
        assert stdout is not None
        pending: list[bytes] = []  # pieces of a message; the index files come as one
        try:
            while chunk := stdout.read1(1 << 16):
                if b"," not in chunk:
                    pending.append(chunk)
                    continue
                first, *messages, rest = chunk.split(b",")
                self._received(b"".join([*pending, first]))
                for message in messages:
                    self._received(message)
                pending = [rest] if rest else []
        except (OSError, ValueError):
            pass
        finally:
            with self._arrived:
                self._reader_done = True
                self._arrived.notify_all()

    def _received(self, message: bytes) -> None:
        try:
            response = json.loads(base64.b64decode(message))
        except ValueError:
            return
        payload = response.get("payload") or {}
        number = response.get("message_id")
        if number is None and payload.get("original_message"):
            try:
                number = json.loads(payload["original_message"]).get("message_id")
            except (ValueError, AttributeError):
                number = None
        with self._arrived:
            self._responses[int(number) if number is not None else 0] = payload
            self._arrived.notify_all()

    def _wait(self, number: int) -> dict[str, Any]:
        with self._arrived:
            self._arrived.wait_for(
                lambda: (
                    number in self._responses or self._reader_done or self._send_error is not None
                )
            )
            response = self._responses.get(number)
        if response is None:
            raise SearchIndexError(
                f"Pagefind stopped (exit status {self._process.poll()}) before answering"
            )
        if response.get("type") == "Error":
            raise SearchIndexError(f"Pagefind failed: {response.get('message') or response}")
        return response
