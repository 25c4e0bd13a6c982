"""Running extraction over many articles: cache first, then worker processes.

Only articles missing from the cache are parsed. Those are sent in chunks to worker
processes that each load the model once and stream the chunk through `nlp.pipe`; only
plain records come back, never Docs, so memory stays flat however large the archive.
Results are yielded in input order (the JSON Lines contract relies on it).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from spacy.language import Language

from generator.cache import ExtractionCache
from generator.content import Article
from generator.extract import EXTRACTOR_VERSION, extract_document
from generator.model import Extraction
from generator.nlp import load_model, model_id

CHUNK_SIZE = 16  # articles per task: large enough to batch, small enough to balance
INLINE_LIMIT = 8  # fewer misses than this are parsed in-process: no worker start-up
PIPE_BATCH = 32

_worker_nlp: Language | None = None


@dataclass
class Result:
    """One article's extraction and any extractor failures met on the way."""

    article: Article
    extraction: Extraction
    problems: list[str]
    cached: bool


class Progress:
    """Live counts on a terminal; a single summary line elsewhere (CI logs)."""

    def __init__(self, total: int, stream: TextIO = sys.stderr) -> None:
        self.total = total
        self.stream = stream
        self.live = stream.isatty()
        self.done = self.cached = self.failed = 0

    def update(self, result: Result) -> None:
        self.done += 1
        self.cached += result.cached
        self.failed += bool(result.problems)
        if self.live and (self.done % 10 == 0 or self.done == self.total):
            self.stream.write(f"\r{self.line()}")
            self.stream.flush()

    def line(self) -> str:
        parsed = self.done - self.cached
        return (
            f"articles: {self.done}/{self.total} ({parsed} parsed, {self.cached} cached, "
            f"{self.failed} with extractor failures)"
        )

    def finish(self) -> None:
        self.stream.write(("\r" if self.live else "") + self.line() + "\n")
        self.stream.flush()


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extract_articles(
    articles: list[Article],
    cache: ExtractionCache | None,
    jobs: int,
    model: str | None = None,
) -> Iterator[Result]:
    """Extraction results for `articles`, in order, from the cache or freshly parsed."""
    keys = [cache.key(article.body) if cache else "" for article in articles]
    found = [cache.get(key) if cache else None for key in keys]
    missing = [index for index, hit in enumerate(found) if hit is None]
    fresh = _parse(
        [articles[index].body for index in missing],
        jobs=jobs if len(missing) >= INLINE_LIMIT else 1,
        model=model,
    )
    for index, article in enumerate(articles):
        hit = found[index]
        if hit is not None:
            yield Result(article, hit, [], cached=True)
            continue
        extraction, problems = next(fresh)
        if cache and not problems:
            cache.put(keys[index], extraction)
        yield Result(article, extraction, problems, cached=False)


def _parse(
    bodies: list[str], jobs: int, model: str | None
) -> Iterator[tuple[Extraction, list[str]]]:
    """Extractions of `bodies`, in order; in-process for one job, else in workers."""
    if not bodies:
        return
    if jobs <= 1:
        nlp = load_model(model)
        yield from _extract_stream(nlp, bodies)
        return
    chunks = [bodies[start : start + CHUNK_SIZE] for start in range(0, len(bodies), CHUNK_SIZE)]
    with ProcessPoolExecutor(
        max_workers=min(jobs, len(chunks)), initializer=_init_worker, initargs=(model,)
    ) as pool:
        for results in pool.map(_extract_chunk, chunks):
            yield from results


def _init_worker(model: str | None) -> None:
    global _worker_nlp
    _worker_nlp = load_model(model)


def _extract_chunk(bodies: list[str]) -> list[tuple[Extraction, list[str]]]:
    assert _worker_nlp is not None, "worker used before its initializer ran"
    return list(_extract_stream(_worker_nlp, bodies))


def _extract_stream(nlp: Language, bodies: Iterable[str]) -> Iterator[tuple[Extraction, list[str]]]:
    for doc in nlp.pipe(bodies, batch_size=PIPE_BATCH):
        yield extract_document(doc)


def open_cache(folder: str | os.PathLike[str] | None, model: str | None) -> ExtractionCache | None:
    """The cache in `folder` for the model that would be used, or None to disable it."""
    if folder is None:
        return None
    return ExtractionCache(Path(folder), model_id(load_model(model)), EXTRACTOR_VERSION)
