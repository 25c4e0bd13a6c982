"""What the build prints names files as they are called, but never lets a name drive the
terminal: a file name (or a field name) may hold an escape sequence, a line break or a
right-to-left override, and a build's messages go to the terminal of whoever runs it
and into CI logs. Each such character is shown as its escape, on the one line of its
problem, and the rest of the build goes on.
"""

from __future__ import annotations

from pathlib import Path

from sitebuild import build, make_project

from generator.diagnostics import Diagnostic

GOOD = "---\ntitle: Port reopens\ndate: 2024-03-01\n---\nThe port in Eastport reopened.\n"
NAME = "bad\x1b]0;owned\x07\x1b[2J\u202eyaml.md"


def test_a_file_name_cannot_drive_the_terminal(tmp_path: Path) -> None:
    project = make_project(
        tmp_path,
        {"content/good.md": GOOD, f"content/{NAME}": "---\ntitle: [unclosed\n---\nBody.\n"},
    )
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    assert "1 of 2 articles published" in outcome.lines[-1]
    assert not any(char in outcome.stderr for char in "\x1b\x07\u202e")
    line = next(line for line in outcome.lines if "owned" in line)
    assert line.startswith("content/bad\\x1b]0;owned\\x07\\x1b[2J\\u202eyaml.md:2:")
    assert "error: invalid YAML" in line


def test_a_message_is_one_line() -> None:
    shown = str(Diagnostic("a\nb.md", "unknown field `x\ry`", severity="warning", line=3))
    assert shown == "a\\x0ab.md:3: warning: unknown field `x\\x0dy`"
