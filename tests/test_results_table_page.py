"""A wire's results table on its briefing page: the summary gives the table's first
rows, one to a line, and none of the desk's notes under it (issue 11, summaries)."""

from __future__ import annotations

import re

import pytest
from sitebuild import build, make_project

RESULTS = """---
title: Harbour Foods Inc 2nd qtr net
date: 2026-04-14
source: Test Wire
---

Shr 41 cts vs 33 cts
    Net 2,412,000 vs 1,950,000
    Sales 61.2 mln vs 55.8 mln
    NOTE: Prior year net includes gain of 310,000 dlrs from the sale of a
warehouse in Ohio.
    Second quarter figures include a charge of 120,000 dlrs for the
closure of its Dayton bakery.
"""


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    project = make_project(
        tmp_path_factory.mktemp("results"), {"content/harbour-foods.md": RESULTS}
    )
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    return (project / "site/briefings/harbour-foods/index.html").read_text(encoding="utf-8")


def test_a_results_table_is_summarised_by_its_rows_one_to_a_line(page: str) -> None:
    found = re.search(r"id=\"?summary\"?>.*?</p>", page, re.S)
    assert found, "the page has a summary"
    summary = found.group(0)
    assert "Shr 41 cts vs 33 cts</span><br>" in summary
    assert "Net 2,412,000 vs 1,950,000<br>" in summary
    assert "NOTE" not in summary and "warehouse" not in summary
