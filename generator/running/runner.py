"""Running extraction over many articles: cache first, then worker processes.

Only articles missing from the cache are parsed, each body once. They are cut into balanced chunks
that worker processes (each loading the model once) stream through `nlp.pipe`; only
plain records come back, never Docs, and at most a few chunks are in flight at a time,
so memory stays flat however large the archive. Results are yielded in input order
(the JSON Lines contract relies on it). A handful of misses is parsed in-process: a
pool would cost more to start than it saves. With a Dask scheduler address the same
chunks go to a cluster instead (generator/running/cluster.py).

A build with everything cached imports neither spaCy nor the extractors and never
loads the model: the cache key is made from the model's package metadata and a hash
of the extractor sources (see `extractor_version`).
"""

from __future__ import annotations

import copy
import functools
import os
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from generator.model import Extraction
from generator.reading.content import Article
from generator.running.cache import ExtractionCache
from generator.running.chunks import (
    Body,
    Parsed,
    balanced_chunks,
    extract_stream,
    ordered_window,
)
from generator.running.fingerprint import extractor_version
from generator.running.nlp import load_model, model_identity

if TYPE_CHECKING:
    from spacy.language import Language

INLINE_LIMIT = 8  # fewer misses than this are parsed in-process: no worker start-up

# The model of a worker process, set once by the pool's initializer (a pool task can
# reach only module-level state); never set in the process that runs the build.
_worker_nlp: Language | None = None


@dataclass
class Result:
    """One article's extraction and any extractor failures met on the way."""

    article: Article
    extraction: Extraction
    problems: list[str]
    cached: bool
    key: str = ""  # the article's cache key ("" without a cache)


class Progress:
    """Live counts on a terminal; a single summary line elsewhere (CI logs).

    On a terminal the line is redrawn at most ten times a second, so a fully cached
    build of 20,000 articles does not spend its time writing to the console.
    """

    INTERVAL = 0.1

    def __init__(self, total: int, stream: TextIO = sys.stderr, live: bool | None = None) -> None:
        self.total = total
        self.stream = stream
        self.live = _isatty(stream) if live is None else live
        self.done = self.cached = self.failed = 0
        self.started = time.monotonic()
        self._drawn = 0.0

    def update(self, result: Result) -> None:
        self.done += 1
        self.cached += result.cached
        self.failed += bool(result.problems)
        now = time.monotonic()
        if self.live and (now - self._drawn >= self.INTERVAL or self.done == self.total):
            self._drawn = now
            self.stream.write(f"\r{self.line()}\x1b[K")
            self.stream.flush()

    def line(self) -> str:
        parsed = self.done - self.cached
        return (
            f"articles: {self.done}/{self.total} ({parsed} parsed, {self.cached} cached, "
            f"{self.failed} with extractor failures) in {time.monotonic() - self.started:.1f} s"
        )

    def finish(self) -> None:
        """Leave the line only when an extractor failed: on success the build's own
        summary line says what was parsed and cached, and is the one line printed."""
        if self.failed:
            self.stream.write(f"\r{self.line()}\x1b[K\n" if self.live else f"{self.line()}\n")
        elif self.live:
            self.stream.write("\r\x1b[K")
        self.stream.flush()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def default_jobs() -> int:
    """All the cores this process may use (its CPU affinity, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extract_articles(
    articles: Sequence[Article],
    cache: ExtractionCache | None,
    jobs: int,
    model: str | None = None,
    scheduler: str | None = None,
    budget: float = 0,
) -> Iterator[Result]:
    """Extraction results for `articles`, in order, from the cache or freshly parsed.

    `scheduler` is a Dask scheduler address (tcp://HOST:8786): misses are parsed on
    that cluster instead of local worker processes; results still land in `cache`.
    `budget` is each article's extraction time in seconds (0: no limit); an article over
    it comes back with a problem, like an extractor failure, and is not cached.
    """
    inputs = [Body(article.body, article.headline_line) for article in articles]
    keys = [cache.key(*body) if cache else "" for body in inputs]
    # Only which entries exist is looked up here; each is loaded when its turn comes, so
    # that a warm build holds one extraction at a time, not the whole archive's.
    present = [bool(cache) and cache.path(key).is_file() for key in keys]
    # Identical bodies among the misses (a wire story filed under two names, a copy in
    # two folders) are parsed once: `waiting` counts the articles each body still has to
    # serve, in the order the bodies first come, which is the order they are parsed in.
    waiting = Counter(inputs[index] for index, hit in enumerate(present) if not hit)
    bodies = list(waiting)
    fresh: Iterator[Parsed]
    if not scheduler and jobs > 1 and 0 < len(bodies) < min(INLINE_LIMIT, len(articles)):
        # A few new articles among cached ones: parsed in a worker started now, so that
        # loading spaCy and the model (seconds) overlaps reading the cached ones.
        fresh = parse_in_background(bodies, model, budget)
    else:
        fresh = parse_bodies(bodies, jobs=jobs, model=model, scheduler=scheduler, budget=budget)
    # A parse kept for the articles still to come with the same body, as it was parsed:
    # each article gets an extraction of its own, which the build changes in place.
    kept: dict[Body, Parsed] = {}
    for index, article in enumerate(articles):
        body = inputs[index]
        if present[index]:
            assert cache is not None
            hit = cache.get_entry(keys[index])
            if hit is not None:
                yield Result(article, hit[0], hit[1], True, keys[index])
                continue
            # A corrupt entry (deleted by the cache): parse this article on its own.
            extraction, problems = next(parse_bodies([body], 1, model, scheduler, budget=budget))
        elif body in kept:  # parsed for an earlier article (and cached then)
            waiting[body] -= 1
            extraction, problems = kept[body]
            if waiting[body]:
                extraction, problems = copy.deepcopy((extraction, problems))
            else:
                del kept[body]
            yield Result(article, extraction, problems, False, keys[index])
            continue
        else:
            extraction, problems = next(fresh)
            waiting[body] -= 1
            if waiting[body]:
                kept[body] = copy.deepcopy((extraction, problems))
        if cache and not problems:  # a failed extractor must be retried, not remembered
            cache.put(keys[index], extraction, problems)
        yield Result(article, extraction, problems, False, keys[index])


def parse_bodies(
    bodies: Sequence[str | Body],
    jobs: int,
    model: str | None = None,
    scheduler: str | None = None,
    budget: float = 0,
) -> Iterator[Parsed]:
    """Extractions of `bodies`, in order: in-process, in local workers or on Dask.

    `budget`: seconds of work per article (0: no limit), kept wherever it is parsed:
    each worker stops an article over it and goes on with the next (chunks.extract_stream).
    """
    if not bodies:
        return
    if scheduler:
        from generator.running.cluster import parse_on_cluster

        yield from parse_on_cluster(bodies, scheduler, model, budget)
        return
    if jobs <= 1 or len(bodies) < INLINE_LIMIT:
        yield from extract_stream(load_model(model), bodies, budget)
        return
    chunks = balanced_chunks(bodies, jobs)
    workers = min(jobs, len(chunks))
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(model,)
    ) as pool:
        task = functools.partial(_extract_chunk, budget=budget)
        for results in ordered_window(pool.submit, task, chunks, workers):
            yield from results


def parse_in_background(
    bodies: Sequence[str | Body], model: str | None, budget: float = 0
) -> Iterator[Parsed]:
    """Extractions of `bodies` (a few), in order, from one worker process started at once
    (not at the first `next`, as a generator would): the caller reads cached results
    meanwhile. The worker goes when the iterator is exhausted or closed."""
    pool = ProcessPoolExecutor(max_workers=1, initializer=_init_worker, initargs=(model,))
    future = pool.submit(_extract_chunk, bodies, budget)

    def results() -> Iterator[Parsed]:
        try:
            yield from future.result()
        finally:
            future.cancel()
            pool.shutdown(wait=True, cancel_futures=True)

    return results()


def _init_worker(model: str | None) -> None:
    global _worker_nlp
    exit_with_parent()
    _worker_nlp = load_model(model)


PARENT_CHECK_SECONDS = 1.0
_PR_SET_PDEATHSIG = 1


def exit_with_parent() -> None:
    """Make this worker process end when the build that started it dies.

    A build killed with SIGKILL cannot stop its workers, and each holds a model (about
    250 MB) and waits for work forever. On Linux the kernel sends SIGKILL to the worker
    when its parent goes (prctl PR_SET_PDEATHSIG); elsewhere, and as a second line, a
    thread notices that the worker was handed to another parent and exits.
    """
    parent = os.getppid()
    if sys.platform == "linux":
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent or parent == 1:  # the build died before it was asked for
        os._exit(1)
    watcher = threading.Thread(target=_watch_parent, args=(parent,), daemon=True)
    watcher.start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _extract_chunk(bodies: Sequence[str | Body], budget: float = 0) -> list[Parsed]:
    assert _worker_nlp is not None, "worker used before its initializer ran"
    return list(extract_stream(_worker_nlp, bodies, budget))


def open_cache(folder: str | os.PathLike[str] | None, model: str | None) -> ExtractionCache | None:
    """The cache in `folder` for the model that would be used, or None to disable it."""
    if folder is None:
        return None
    cache = ExtractionCache(Path(folder), model_identity(model), extractor_version())
    cache.check_usable()
    return cache


__all__ = [
    "Progress",
    "Result",
    "default_jobs",
    "extract_articles",
    "open_cache",
    "parse_bodies",
    "parse_in_background",
]
