"""Problems found in content, reported the way compilers do: file:line:column: message.

Every reader and validator appends Diagnostics instead of raising, so that one bad
article is reported and skipped while the rest of the site is still built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]
# What must not reach a terminal or a log as it is: control characters (an escape
# sequence in a file name would drive the terminal, a line break would split one
# problem in two) and bidirectional controls (which reorder the rest of the line).
UNSHOWN = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def shown(text: str) -> str:
    """`text` with every character of UNSHOWN as its escape (`\\x1b`, `\\u202e`)."""
    return UNSHOWN.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


@dataclass(frozen=True)
class Diagnostic:
    """One problem in one file; `line` and `column` are 1-based, when known."""

    path: str
    message: str
    severity: Severity = "error"
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return shown(f"{where}: {self.severity}: {self.message}")


class ContentError(Exception):
    """Raised inside a reader to abandon one file; carries the Diagnostic to report."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


def counted(number: int, noun: str) -> str:
    """ "1 warning", "2 warnings": summary lines read as sentences."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
