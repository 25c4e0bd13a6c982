"""A per-article time budget for extraction: one hostile article must not stall a build.

A CSV pasted as an article, or a scraped page without a full stop, can cost minutes
where a news article costs a fraction of a second (a 295 KB CSV line, just under the
reader's 300 KB limit for one article, was stopped at the 60 s default).
`ArticleBudget` stops the work on one article once its budget is spent: a timer thread
raises `BudgetExceeded` in the thread doing the work (`PyThreadState_SetAsyncExc`),
which Python delivers at the next bytecode the thread runs. That works the same in the
build process (`-j 1`), in a pool's worker process and in a Dask worker's thread, needs
no signal (only the main thread may take SIGALRM, and `mkdocs serve` builds elsewhere),
and kills no process, so the results of the other articles are never lost.

What it cannot stop is compiled code that runs long without returning to Python; the
extraction keeps each such step bounded instead (generator/extract/run_on.py, the
tokenizer's long-run guard in generator/reading/layout.py), so that Python code runs
between them.

`BudgetExceeded` derives from BaseException, not Exception: no extractor's or library's
`except Exception` can swallow it and carry on with a half-made result.
"""

from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

T = TypeVar("T")


class BudgetExceeded(BaseException):
    """Raised in the working thread when an article's time budget is spent."""


def _raise_in(thread_id: int, exception: type[BaseException] | None) -> None:
    """Have `thread_id` raise `exception` at its next bytecode (None: cancel a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception else None
    )


class ArticleBudget:
    """`seconds` of work on one article, spent across one or more `with` blocks.

    Each block is timed; once the total passes `seconds`, `BudgetExceeded` is raised in
    the block and swallowed at its end, and `expired` is true. A block entered after the
    budget is spent does not run its body's remaining work: it raises at once. No budget
    (`seconds` 0 or None) times nothing.
    """

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds or 0.0
        self.spent = 0.0
        self.expired = False
        self._lock = threading.Lock()
        self._armed = False
        self._fired = False
        self._timer: threading.Timer | None = None
        self._thread = 0
        self._started = 0.0

    def __enter__(self) -> ArticleBudget:
        if not self.seconds:
            return self
        if self.expired:
            raise BudgetExceeded
        self._thread = threading.get_ident()
        self._started = time.monotonic()
        self._fired = False
        self._armed = True
        self._timer = threading.Timer(max(0.0, self.seconds - self.spent), self._expire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def _expire(self) -> None:
        with self._lock:
            if not self._armed:
                return  # the block ended first
            self._fired = True
            _raise_in(self._thread, BudgetExceeded)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool:
        if not self.seconds:
            return False
        with self._lock:  # from here on the timer raises nothing
            self._armed = False
            fired = self._fired
        assert self._timer is not None
        self._timer.cancel()
        self.spent += time.monotonic() - self._started
        if fired and kind is not BudgetExceeded:
            # Raised but not delivered yet (or swallowed on the way): cancel it, so that
            # it cannot land in the caller's next line.
            _raise_in(self._thread, None)
        if fired or kind is BudgetExceeded:
            self.expired = True
            return kind is None or kind is BudgetExceeded
        return False

    def run(self, function: Callable[[], T]) -> T | None:
        """`function()` within the budget, or None (and `expired`) when it ran out."""
        result: T | None = None
        try:
            with self:
                result = function()
        except BudgetExceeded:  # raised at entry, or delivered as the block ended
            with self._lock:
                self._armed = False
            self.expired = True
        return None if self.expired else result


def over_budget_message(seconds: float) -> str:
    """The problem reported for an article whose extraction ran out of time."""
    return (
        f"extraction stopped after {seconds:g} s, this article's time budget "
        "(extraction_budget in mkdocs.yml): nothing was extracted from it, "
        "and the next build parses it again"
    )
