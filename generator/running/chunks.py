"""Parsing in chunks: the unit of work shared by local worker processes and Dask workers.

The runner (generator/running/runner.py) and the cluster (generator/running/cluster.py)
cut the articles missing from the cache the same way and run the same work on each
chunk; it lives here so that neither has to import the other.
"""

from __future__ import annotations

import functools
import math
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from generator.model import Extraction
from generator.running.budget import ArticleBudget, over_budget_message

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MAX_CHUNK = 64  # articles per task at most: enough to batch, small enough to balance
CHUNKS_PER_WORKER = 4  # at least this many chunks per worker, so that none idles at the end
IN_FLIGHT_PER_WORKER = 2  # chunks submitted ahead per worker: busy, yet bounded memory
PIPE_BATCH = 32

Parsed = tuple[Extraction, list[str]]
T = TypeVar("T")


class Body(NamedTuple):
    """What extraction reads of an article: its body, and whether the body's first line
    is the title the reader took for it (generator.reading.content.Article.headline_line),
    which makes that line the headline however it ends. A plain string is a body
    without that word."""

    text: str
    headline_line: bool = False


def as_body(body: str | Body) -> Body:
    return body if isinstance(body, Body) else Body(body)


R = TypeVar("R")


def balanced_chunks(items: Sequence[T], workers: int) -> list[list[T]]:
    """`items` cut into chunks of near-equal size, CHUNKS_PER_WORKER or more per worker.

    Equal sizes keep every worker busy until the end; several chunks per worker absorb
    articles of uneven length; MAX_CHUNK bounds what one task holds in memory.
    """
    if not items:
        return []
    count = max(math.ceil(len(items) / MAX_CHUNK), min(len(items), workers * CHUNKS_PER_WORKER))
    size, extra = divmod(len(items), count)
    chunks: list[list[T]] = []
    start = 0
    for number in range(count):
        end = start + size + (number < extra)
        chunks.append(list(items[start:end]))
        start = end
    return chunks


def ordered_window(
    submit: Callable[..., Future[R]],
    function: Callable[[T], R],
    tasks: Iterable[T],
    workers: int,
) -> Iterator[R]:
    """Results of `function` over `tasks`, in order, with a bounded number in flight.

    Unlike Executor.map, which submits every task at once, this keeps at most
    IN_FLIGHT_PER_WORKER tasks per worker queued, so neither pending inputs nor results
    waiting for an earlier, slower chunk pile up.
    """
    limit = max(1, workers * IN_FLIGHT_PER_WORKER)
    pending: deque[Future[R]] = deque()
    for task in tasks:
        pending.append(submit(function, task))
        if len(pending) >= limit:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def extract_stream(
    nlp: Language, bodies: Iterable[str | Body], budget: float = 0
) -> Iterator[Parsed]:
    """Parse `bodies` through `nlp.pipe` and extract each Doc as soon as it is made.

    Each body is parsed as its layout's parse text (wraps unwrapped, same length) with
    sentence starts preset at paragraph starts: see generator.reading.layout.

    `budget` is each article's time in seconds (0: no limit) for the work done on it
    alone: making its Doc (layout, tokens) and extracting. The pipeline's models run on
    batches of articles, in time linear in their length. An article over its budget
    gives an empty extraction and one problem that says so: it is reported, never
    cached, and the articles after it go on (generator/running/budget.py).
    """
    from generator.extract import extract_document
    from generator.reading.layout import make_doc

    if budget:
        _warm_up(nlp)
    budgets: deque[ArticleBudget] = deque()  # one per Doc in the pipe, in order

    def docs() -> Iterator[Doc]:
        for body in map(as_body, bodies):
            clock = ArticleBudget(budget)
            doc = clock.run(functools.partial(make_doc, nlp, body.text, body.headline_line))
            budgets.append(clock)
            yield nlp.make_doc("") if doc is None else doc

    for doc in nlp.pipe(docs(), batch_size=PIPE_BATCH):
        clock = budgets.popleft()
        parsed = None if clock.expired else clock.run(functools.partial(extract_document, doc))
        yield parsed if parsed is not None else (Extraction(), [over_budget_message(budget)])


# A short story that takes the extractors down their main paths (a quote and its
# speaker, a role, an organisation, a place, a nationality, figures).
WARM_UP_TEXT = (
    "Port strike vote\n\nJane Doe, the British transport minister, said on Monday: "
    '"We will build 4,000 homes in London." The Acme Corp board expects profits of £3m '
    "this year, according to its chairman, Tom Lee."
)
_warmed: set[int] = set()


def _warm_up(nlp: Language) -> None:
    """Extract one short story in this process before any article's budget runs.

    Word lists, matchers and lexicons are built on first use; a budget running out in
    the middle of building one must not leave it half-built for every later article
    this process extracts. Once per model and process; no article's output changes.
    """
    if id(nlp) in _warmed:
        return
    from generator.extract import extract_document
    from generator.reading.layout import make_doc

    extract_document(nlp(make_doc(nlp, WARM_UP_TEXT)))
    _warmed.add(id(nlp))
