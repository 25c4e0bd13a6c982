"""The extraction runner on real articles: cache use, order, workers, progress.

The articles are written here for the tests (short wire-style stories); they go
through the real content reader, the real model and real cache files.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from concurrent.futures import Future
from pathlib import Path

import pytest

import generator.running.chunks as chunking
import generator.running.runner as runner
from generator.model import Extraction
from generator.reading.content import Article, read_article
from generator.running.chunks import Body, balanced_chunks, ordered_window
from generator.running.nlp import load_model, model_id, model_identity
from generator.running.runner import (
    Progress,
    Result,
    default_jobs,
    extract_articles,
    open_cache,
)

REPO = Path(__file__).resolve().parents[1]
PLACES = ["Riverton", "Eastport", "Northfield", "Aldmouth", "Kestrel Bay", "Marlow Vale"]
PEOPLE = ["Maria Lopez", "John Carter", "Aisha Bello", "Tom Wright", "Grace Chen", "Ivan Petrov"]


def story(number: int) -> str:
    place, person = PLACES[number % len(PLACES)], PEOPLE[number % len(PEOPLE)]
    return (
        f"The council in {place} approved a {number + 2} million pound flood barrier on "
        f"Tuesday.\n\n"
        f'"This barrier will protect {1000 + number * 10} homes," said {person}, the '
        f"council leader. Work starts in spring and should take {number % 3 + 2} years.\n\n"
        f"{person} said that residents had waited long enough."
    )


def write_articles(folder: Path, count: int) -> list[Article]:
    folder.mkdir(parents=True, exist_ok=True)
    articles = []
    for number in range(count):
        path = folder / f"story-{number:02d}.md"
        path.write_text(
            f"---\ntitle: Story {number}\ndate: 2026-03-{number % 28 + 1:02d}\n---\n\n"
            f"{story(number)}\n",
            encoding="utf-8",
        )
        article, problems = read_article(path)
        assert article is not None, problems
        articles.append(article)
    return articles


def records(results: list[Result]) -> list[dict[str, object]]:
    return [result.extraction.to_cache() for result in results]


def test_model_identity_from_metadata_matches_the_loaded_model() -> None:
    assert model_identity() == model_id(load_model())


def test_default_jobs_is_every_usable_core() -> None:
    assert default_jobs() == len(os.sched_getaffinity(0))


@pytest.mark.parametrize(("items", "workers"), [(1, 2), (7, 2), (20, 2), (2127, 2), (300, 8)])
def test_chunks_are_balanced_ordered_and_bounded(items: int, workers: int) -> None:
    chunks = balanced_chunks(list(range(items)), workers)
    sizes = [len(chunk) for chunk in chunks]
    assert [item for chunk in chunks for item in chunk] == list(range(items))
    assert max(sizes) - min(sizes) <= 1
    assert max(sizes) <= chunking.MAX_CHUNK
    assert len(chunks) >= min(items, workers * chunking.CHUNKS_PER_WORKER)


def test_ordered_window_keeps_order_and_bounds_work_in_flight() -> None:
    """Tasks finishing out of order still come back in order, few submitted ahead."""
    outstanding: list[Future[int]] = []
    most = 0

    def submit(function, task: int) -> Future[int]:  # type: ignore[no-untyped-def]
        nonlocal most
        future: Future[int] = Future()
        outstanding.append(future)
        most = max(most, sum(not f.done() for f in outstanding))
        # complete later tasks first: the window must still yield in order
        threading.Timer(0.001 * (10 - task % 10), future.set_result, [function(task)]).start()
        return future

    results = list(ordered_window(submit, lambda task: task * 2, range(40), workers=2))
    assert results == [task * 2 for task in range(40)]
    assert most <= 2 * chunking.IN_FLIGHT_PER_WORKER


def test_cold_then_warm_build_parses_only_what_changed(tmp_path: Path) -> None:
    articles = write_articles(tmp_path / "content", 4)
    cache = open_cache(tmp_path / "cache", None)
    assert cache is not None
    cold = list(extract_articles(articles, cache, jobs=1))
    assert [result.article.id for result in cold] == [a.id for a in articles]
    assert not any(result.cached for result in cold)
    assert len(list(cache.folder.rglob("*.json"))) == 4
    assert any(result.extraction.quotes for result in cold)

    warm_cache = open_cache(tmp_path / "cache", None)
    warm = list(extract_articles(articles, warm_cache, jobs=1))
    assert all(result.cached for result in warm)
    assert records(warm) == records(cold)

    # metadata edits reuse the parse; a body edit re-parses that article alone
    path = Path(articles[1].path)
    path.write_text(path.read_text().replace("title: Story 1", "title: Renamed"))
    body_path = Path(articles[2].path)
    body_path.write_text(body_path.read_text().replace("Tuesday", "Wednesday"))
    edited = [read_article(Path(a.path))[0] for a in articles]
    again = list(extract_articles(edited, open_cache(tmp_path / "cache", None), jobs=1))  # type: ignore[arg-type]
    assert [result.cached for result in again] == [True, True, False, True]
    assert again[1].article.title == "Renamed"


def test_corrupt_entry_is_parsed_again_and_rewritten(tmp_path: Path) -> None:
    articles = write_articles(tmp_path / "content", 2)
    cache = open_cache(tmp_path / "cache", None)
    assert cache is not None
    first = list(extract_articles(articles, cache, jobs=1))
    path = cache.path(cache.key(articles[0].body))
    path.write_bytes(path.read_bytes()[:-20])
    cache = open_cache(tmp_path / "cache", None)
    assert cache is not None
    second = list(extract_articles(articles, cache, jobs=1))
    assert [result.cached for result in second] == [False, True]
    assert cache.corrupt == 1
    assert records(second) == records(first)
    reread = open_cache(tmp_path / "cache", None)
    assert reread is not None and reread.get(reread.key(articles[0].body)) is not None


@pytest.mark.parametrize("cached", [False, True])
def test_identical_bodies_are_parsed_once_and_each_article_gets_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cached: bool
) -> None:
    """A story filed three times under other names (and another twice) is parsed once;
    every article still gets the whole extraction, as its own object: a build changes
    each in place (corrections), and a change to one must not show on the others."""
    originals = write_articles(tmp_path / "content", 2)
    copies = []
    for name, number in (("copy-a", 0), ("copy-b", 1), ("copy-c", 0)):
        path = tmp_path / "content" / f"{name}.md"
        path.write_text(f"---\ntitle: {name}\n---\n\n{story(number)}\n", encoding="utf-8")
        article, problems = read_article(path)
        assert article is not None, problems
        copies.append(article)
    articles = [originals[0], originals[1], *copies]
    parsed: list[str] = []
    stream = runner.extract_stream

    def counted(nlp: object, bodies: list[Body], *budget: float) -> object:
        parsed.extend(body.text for body in bodies)
        return stream(nlp, bodies, *budget)  # type: ignore[arg-type]

    monkeypatch.setattr(runner, "extract_stream", counted)
    cache = open_cache(tmp_path / "cache", None) if cached else None
    results = []
    for result in extract_articles(articles, cache, jobs=1):
        results.append((result, result.extraction.to_cache()))
        result.extraction.actors.clear()  # as a build's corrections might, in place
        result.extraction.quotes[0].speaker = "Someone Else"
    assert parsed == [originals[0].body, originals[1].body]
    assert [result.article.id for result, _ in results] == [a.id for a in articles]
    first, second = results[0][1], results[1][1]
    assert first["actors"] and first["quotes"] and first != second
    assert [record for _, record in results] == [first, second, first, second, first]
    if cache is not None:
        assert len(list(cache.folder.rglob("*.json"))) == 2
        warm = list(extract_articles(articles, open_cache(tmp_path / "cache", None), jobs=1))
        assert all(result.cached for result in warm)
        assert records(warm) == [first, second, first, second, first]


def test_few_misses_are_parsed_in_process(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a worker pool was started for a handful of articles")

    monkeypatch.setattr(runner, "ProcessPoolExecutor", no_pool)
    articles = write_articles(tmp_path / "content", runner.INLINE_LIMIT - 1)
    results = list(extract_articles(articles, None, jobs=2))
    assert len(results) == len(articles)


def test_worker_processes_give_the_in_process_results_in_order(tmp_path: Path) -> None:
    articles = write_articles(tmp_path / "content", runner.INLINE_LIMIT + 4)
    inline = list(extract_articles(articles, None, jobs=1))
    pooled = list(extract_articles(articles, None, jobs=2))
    assert [result.article.id for result in pooled] == [a.id for a in articles]
    assert records(pooled) == records(inline)


def test_fully_cached_build_imports_neither_spacy_nor_the_extractors(tmp_path: Path) -> None:
    """A warm CI build must not pay for loading the model or importing the extractors."""
    articles = write_articles(tmp_path / "content", 2)
    list(extract_articles(articles, open_cache(tmp_path / "cache", None), jobs=1))
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from generator.reading.content import load_content\n"
        "from generator.running.runner import extract_articles, open_cache\n"
        f"articles, _ = load_content(Path({str(tmp_path / 'content')!r}))\n"
        f"cache = open_cache({str(tmp_path / 'cache')!r}, None)\n"
        "results = list(extract_articles(articles, cache, jobs=2))\n"
        "assert all(r.cached for r in results), [r.cached for r in results]\n"
        "loaded = [m for m in ('spacy', 'textacy', 'generator.extract') if m in sys.modules]\n"
        "print(','.join(loaded))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == ""


def fake_result(cached: bool, problems: list[str]) -> Result:
    article = Article(id="a", path="a.md", body="x", title="A", meta=None)  # type: ignore[arg-type]
    return Result(article, Extraction(), problems, cached)


def test_progress_off_a_terminal_prints_one_summary_line() -> None:
    stream = io.StringIO()
    progress = Progress(3, stream=stream)
    assert not progress.live
    for cached, problems in [(True, []), (False, []), (False, ["quote extraction failed"])]:
        progress.update(fake_result(cached, problems))
    progress.finish()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("articles: 3/3 (2 parsed, 1 cached, 1 with extractor failures)")


def test_progress_on_a_terminal_redraws_one_line() -> None:
    stream = io.StringIO()
    progress = Progress(2, stream=stream, live=True)
    progress.update(fake_result(True, []))
    progress.update(fake_result(False, []))
    progress.finish()
    text = stream.getvalue()
    assert text.count("\r") >= 2
    assert "articles: 1/2" in text and "articles: 2/2" in text
    # on success the line is wiped: the build's summary is the one line left
    assert text.endswith("\r\x1b[K") and "\n" not in text


def test_progress_off_a_terminal_prints_nothing_on_success() -> None:
    stream = io.StringIO()
    progress = Progress(2, stream=stream)
    progress.update(fake_result(True, []))
    progress.update(fake_result(False, []))
    progress.finish()
    assert stream.getvalue() == ""
