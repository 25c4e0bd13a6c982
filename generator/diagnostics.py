"""Problems found in content, reported the way compilers do: file:line:column: message.

Every reader and validator appends Diagnostics instead of raising, so that one bad
article is reported and skipped while the rest of the site is still built.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


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
        return f"{where}: {self.severity}: {self.message}"


class ContentError(Exception):
    """Raised inside a reader to abandon one file; carries the Diagnostic to report."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


def counted(number: int, noun: str) -> str:
    """ "1 warning", "2 warnings": summary lines read as sentences."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
