"""The search index is whole when the build closes Pagefind, however late its writes land.

Pagefind's service answers WriteFiles once it has created its files and handed the
writes to its I/O threads, and it exits the moment its input ends, cutting short any
write still in flight. Under load its largest script came out truncated and was
stamped (test_incremental.py's sharded run differed from a full build in
`pagefind-component-ui.js`). A stand-in for the service, run as PAGEFIND_BINARY_PATH,
does what the real one does at its worst: it answers with half of the largest file
written, writes the rest a little later, and exits at once on end of input.
"""

from __future__ import annotations

import gzip
import hashlib
import shutil
import sys
from pathlib import Path

import pytest

from generator.publishing.search import SearchIndex, index_problem

PAGE = (
    "<html><body><main data-pagefind-body><h1>Harbour works begin in Aldmouth</h1>"
    "<p>Work on the harbour wall began on Monday, the port authority said.</p>"
    "</main></body></html>"
)

# The service's protocol: base64 JSON messages ended by commas on stdin and stdout. The
# index files it "writes" are copied from a real Pagefind index (argv[1]); the largest
# plain file is written in two halves, the answer sent in between.
LATE_WRITER = r"""
import base64, json, os, shutil, sys, threading, time
from pathlib import Path

reference = Path(sys.argv[1])

def answer(number, payload):
    data = base64.b64encode(json.dumps({"message_id": number, "payload": payload}).encode())
    sys.stdout.buffer.write(data + b",")
    sys.stdout.buffer.flush()

def finish(handle, rest):
    time.sleep(1.0)
    handle.write(rest)
    handle.close()

buffer = b""
while True:
    chunk = os.read(0, 65536)
    if not chunk:
        os._exit(0)  # as Pagefind does: writes in flight are lost
    buffer += chunk
    *messages, buffer = buffer.split(b",")
    for raw in messages:
        message = json.loads(base64.b64decode(raw))
        number, payload = message["message_id"], message["payload"]
        if payload["type"] == "NewIndex":
            answer(number, {"type": "NewIndex", "index_id": 0})
        elif payload["type"] == "AddFile":
            answer(number, {"type": "IndexedFile", "page_word_count": 9,
                            "page_url": payload["url"], "page_meta": {}})
        elif payload["type"] == "WriteFiles":
            output = Path(payload["output_path"])
            plain = [p for p in reference.iterdir() if p.is_file() and p.suffix != ".gz"]
            largest = max(plain, key=lambda p: p.stat().st_size)
            shutil.copytree(reference, output, ignore=lambda _, names: [largest.name])
            data = largest.read_bytes()
            handle = open(output / largest.name, "wb", buffering=0)
            handle.write(data[: len(data) // 2])
            threading.Thread(target=finish, args=(handle, data[len(data) // 2 :])).start()
            answer(number, {"type": "WriteFiles", "output_path": str(output)})
"""


def digests(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of one page, written by the real Pagefind."""
    folder = tmp_path_factory.mktemp("reference") / "pagefind"
    with SearchIndex() as index:
        index.add_page("briefings/aldmouth/index.html", PAGE)
        index.write(folder)
    return folder


def test_an_index_still_being_written_when_pagefind_answers_is_waited_for(
    reference: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "late_writer.py"
    script.write_text(LATE_WRITER, encoding="utf-8")
    service = tmp_path / "pagefind"
    service.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{script}" "{reference}"\n')
    service.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(service))
    output = tmp_path / "site" / "pagefind"
    with SearchIndex() as index:
        index.add_page("briefings/aldmouth/index.html", PAGE)
        index.write(output)
    assert digests(output) == digests(reference)


def test_an_empty_index_file_is_not_taken_for_a_whole_one(reference: Path, tmp_path: Path) -> None:
    folder = tmp_path / "pagefind"
    shutil.copytree(reference, folder)
    assert index_problem(folder) is None
    fragment = next((folder / "fragment").iterdir())
    fragment.write_bytes(b"")  # gzip reads no member from it, without an error
    assert gzip.decompress(b"") == b""
    assert index_problem(folder) == f"fragment/{fragment.name} is empty"
    fragment.write_bytes(gzip.compress(b"not an index"))
    problem = index_problem(folder)
    assert problem is not None and "signature" in problem
