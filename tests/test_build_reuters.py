"""The Reuters build benchmark's content: the articles it writes, and the synthetic archive.

Three short wire stories written for this test, in the corpus' format (gzipped JSON
lines), go through `benchmarks/build_reuters.py`'s content writer and are read back the
way a build reads them (generator/reading/content.py). No model runs and no site is
built.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.util
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.reading.content import discover, read_article

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))  # the script imports its neighbour `common`
_spec = importlib.util.spec_from_file_location("build_reuters", BENCHMARKS / "build_reuters.py")
assert _spec and _spec.loader
build_reuters = importlib.util.module_from_spec(_spec)
sys.modules["build_reuters"] = build_reuters
_spec.loader.exec_module(build_reuters)

RECORDS = [
    {
        "id": 7,
        "title": "HARBOUR   CO RAISES DIVIDEND",
        "date": "29-FEB-1988 09:12:00.00",
        "topics": ["earn"],
        "body": "Harbour Co said it raised its quarterly dividend to 12 cts a share\n"
        "from 10 cts, payable April 1.",
    },
    {"id": 8, "title": "NO BODY HERE", "date": "01-MAR-1988 10:00:00.00", "body": "  "},
    {
        "id": 9,
        "title": "MILLBROOK SEES HIGHER GRAIN EXPORTS",
        "date": "02-MAR-1988 11:30:00.00",
        "topics": ["grain", "wheat"],
        "body": "Millbrook Grain said exports would rise this season.\n"
        "    The company said shipments to Asia were up 8 pct.",
    },
    {
        "id": 10,
        "title": "VALE TEXTILES NAMES CHAIRMAN",
        "date": "garbled",
        "body": "Vale Textiles said it named Ann Cole chairman.",
    },
]


def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        for record in RECORDS:
            stream.write(json.dumps(record) + "\n")
    return path


def published(content: Path) -> dict[str, object]:
    """Every article of `content` as a build reads it, by its published id."""
    paths, problems = discover(content)
    assert problems == []
    articles = {}
    for path in paths:
        article, diagnostics = read_article(path, root=content)
        assert article is not None and diagnostics == []
        articles[article.id] = article
    return articles


def test_articles_without_a_body_are_left_out_and_limit_counts_the_rest(tmp_path: Path) -> None:
    items = build_reuters.read_items(corpus(tmp_path), None)
    assert [item.slug for item in items] == ["reuters-00007", "reuters-00009", "reuters-00010"]
    assert [item.slug for item in build_reuters.read_items(corpus(tmp_path), 2)] == [
        "reuters-00007",
        "reuters-00009",
    ]


def test_the_real_articles_are_written_as_they_are(tmp_path: Path) -> None:
    items = build_reuters.read_items(corpus(tmp_path), None)
    content = tmp_path / "content"
    assert build_reuters.write_content(items, content) == 3
    articles = published(content)
    harbour = articles["reuters-00007"]
    assert harbour.title == "HARBOUR CO RAISES DIVIDEND"
    assert harbour.meta.date == dt.date(1988, 2, 29)
    assert harbour.meta.source == "Reuters"
    assert harbour.meta.tags == ["earn"]
    assert harbour.path.endswith("content/1988-02/reuters-00007.md")
    assert articles["reuters-00010"].meta.date is None  # an unreadable date: undated
    assert articles["reuters-00010"].path.endswith("content/undated/reuters-00010.md")


def test_synthetic_archive_repeats_the_articles_with_later_dates_and_new_slugs(
    tmp_path: Path,
) -> None:
    items = build_reuters.read_items(corpus(tmp_path), None)
    content = tmp_path / "content"
    written = build_reuters.write_content(build_reuters.synthetic(items, 8), content)
    assert written == 8
    articles = published(content)
    assert sorted(articles) == sorted(
        [
            "reuters-00007",
            "reuters-00009",
            "reuters-00010",
            "reuters-00007-r1",
            "reuters-00009-r1",
            "reuters-00010-r1",
            "reuters-00007-r2",
            "reuters-00009-r2",
        ]
    )
    # Repetition r is dated r years on (29 February falls back to the 28th).
    assert articles["reuters-00009-r1"].meta.date == dt.date(1989, 3, 2)
    assert articles["reuters-00009-r2"].meta.date == dt.date(1990, 3, 2)
    assert articles["reuters-00007-r1"].meta.date == dt.date(1989, 2, 28)
    assert articles["reuters-00007-r2"].meta.date == dt.date(1990, 2, 28)
    assert articles["reuters-00010-r1"].meta.date is None
    # Each repetition says it is synthetic; the real articles do not.
    for slug, article in articles.items():
        repeated = "-r" in slug
        assert article.title.startswith("SYNTHETIC: ") == repeated, slug
        assert ("SYNTHETIC" in (article.meta.source or "")) == repeated, slug
    assert articles["reuters-00009-r2"].title == "SYNTHETIC: MILLBROOK SEES HIGHER GRAIN EXPORTS"
    # Same body and tags: a repetition's extraction is its original's (the cache key).
    assert articles["reuters-00009-r2"].body == articles["reuters-00009"].body
    assert articles["reuters-00009-r2"].meta.tags == ["grain", "wheat"]


def test_a_synthetic_archive_smaller_than_the_articles_takes_the_first_ones(
    tmp_path: Path,
) -> None:
    items = build_reuters.read_items(corpus(tmp_path), None)
    assert [item.slug for item in build_reuters.synthetic(items, 2)] == [
        "reuters-00007",
        "reuters-00009",
    ]
    assert list(build_reuters.synthetic([], 5)) == []


def test_builds_are_chosen_by_name_and_run_in_the_series_order() -> None:
    assert build_reuters.parse_builds("new, first,full") == ("first", "new", "full")
    assert build_reuters.parse_builds("unchanged,unchanged") == ("unchanged",)
    for wrong in ("first,cold", "", " , "):
        with pytest.raises(argparse.ArgumentTypeError, match="choose among first,unchanged"):
            build_reuters.parse_builds(wrong)


def test_a_continued_series_keeps_the_builds_before(tmp_path: Path) -> None:
    stderr = "INFO - Building documentation\ntiming: total 7.01 3.12\nmemory: main 117 MB\n"
    run = build_reuters.Run(["python"], 7.1, 117.0, None, 0, stderr)
    build_reuters.save_series(tmp_path, [("nothing changed", run)])
    [(label, again)] = build_reuters.load_series(tmp_path)
    assert label == "nothing changed"
    assert (again.seconds, again.peak_mb, again.tree_peak_mb) == (7.1, 117.0, None)
    assert build_reuters.main_cpu(again) == 3.12
    assert "INFO" not in again.stderr  # only the lines the table reads are kept
    assert build_reuters.load_series(tmp_path / "elsewhere") == []


def test_a_series_recorded_before_the_pss_sampler_still_loads(tmp_path: Path) -> None:
    run = build_reuters.Run(["python"], 7.1, 117.0, 900.0, 0, "timing: total 7.01 3.12", 450.0)
    build_reuters.save_series(tmp_path, [("first", run)])
    [(_, again)] = build_reuters.load_series(tmp_path)
    assert (again.tree_peak_mb, again.tree_pss_mb, again.largest_rss_mb) == (900.0, 450.0, None)
    older = json.loads((tmp_path / build_reuters.SERIES).read_text("utf-8"))
    for _, fields in older:
        del fields["tree_pss_mb"], fields["largest_rss_mb"]
    (tmp_path / build_reuters.SERIES).write_text(json.dumps(older), "utf-8")
    [(_, old)] = build_reuters.load_series(tmp_path)
    assert (old.tree_peak_mb, old.tree_pss_mb) == (900.0, None)
    assert "PSS" not in old.describe() and "RSS summed 900 MB" in old.describe()


# A process holding 96 MB of its own pages forks a child that keeps them shared (it
# never writes them, never execs): what a build does for a moment when it starts a
# subprocess. Both exit when the test's pipe closes.
FORKED = textwrap.dedent(
    """
    import os, sys
    block = b"x" * (96 << 20)
    os.fork()
    os.write(1, b"ready\\n")  # one write each: the two lines do not interleave
    sys.stdin.read()
    """
)


def test_the_tree_sampler_counts_pages_a_forked_child_shares_once() -> None:
    psutil = pytest.importorskip("psutil")
    if not Path("/proc/self/smaps_rollup").is_file():
        pytest.skip("no /proc/PID/smaps_rollup (Linux 4.14+)")
    common = sys.modules["common"]
    process = subprocess.Popen(
        [sys.executable, "-c", FORKED], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        assert [process.stdout.readline() for _ in range(2)] == ["ready\n"] * 2
        [child] = psutil.Process(process.pid).children()
        sample = common.tree_memory(process.pid)
        forked = common.same_memory(process.pid, child.pid)
        assert common.same_memory(child.pid, child.pid)
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=30)
    assert sample is not None
    assert forked is False  # its own address space: kcmp tells it from a vfork child
    mb = 2**20
    assert sample.rss > 2 * 96 * mb  # summed RSS: the shared block once per process
    assert 96 * mb < sample.pss < sample.rss - 80 * mb  # PSS: the block once
    assert 96 * mb < sample.largest_rss < sample.rss
