"""The key figures table gives a sentence once (issue 14: smaller pages, nothing lost).

Figures next to each other in the table that stand in one sentence share its "In
context" cell: it spans their rows and shows each of them in bold. Every figure keeps
its own row with what it counts. On a phone, where the rows become cards, such a group
is one card ending with the sentence.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from sitebuild import CHROMIUM, CHROMIUM_ARGS, build, make_project, serve

ARTICLE = """---
title: Eastfield council sets its budget
date: 2026-04-07
source: The Test Gazette
---

Eastfield council will spend £40m on new roads and £12m on school repairs next year.

The council employs 2,300 staff.
"""

SHARED = "Eastfield council will spend £40m on new roads and £12m on school repairs next year."


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("figures"), {"content/budget.md": ARTICLE})
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    return project / "site"


def table_rows(site: Path) -> list[lxml.html.HtmlElement]:
    html = (site / "briefings" / "budget" / "index.html").read_text(encoding="utf-8")
    return lxml.html.fromstring(html).xpath("//div[@class='briefing-figures']//tbody/tr")


def test_figures_in_one_sentence_share_its_cell(site: Path) -> None:
    rows = table_rows(site)
    figures = [row[0].text_content() for row in rows]
    assert figures == ["£40m", "£12m", "2,300"], figures
    assert all(row[1].text_content().strip() for row in rows)  # each says what it counts
    shared = rows[0][2]
    assert shared.get("rowspan") == "2"
    assert shared.text_content() == SHARED + " ¶1"  # and the link to its paragraph
    assert [link.get("href") for link in shared.iter("a")] == ["#p1"]
    assert [bold.text_content() for bold in shared.iter("b")] == ["£40m", "£12m"]
    assert len(rows[1]) == 2  # the second figure's row: figure and count, under that cell
    # The next sentence's figure has its own cell again.
    assert len(rows[2]) == 3 and rows[2][2].get("rowspan") is None
    assert [b.text_content() for b in rows[2][2].iter("b")] == ["2,300"]
    html = (site / "briefings" / "budget" / "index.html").read_text(encoding="utf-8")
    start = html.index("class=briefing-figures")
    table = html[start : html.index("</table>", start)]
    assert table.count("school repairs") == 1  # the sentence, once in the table


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium")
def test_shared_sentence_on_desktop_and_phone(site: Path) -> None:
    """On a desktop the figures are bold in their column and the shared cell spans both
    rows; on a phone the two figures and their counts come first, then the sentence."""
    from playwright.sync_api import sync_playwright

    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        desk = browser.new_page(viewport={"width": 1280, "height": 900})
        desk.goto(f"{base}/briefings/budget/", wait_until="networkidle")
        weight = desk.locator(".briefing-figures td").first.evaluate(
            "td => getComputedStyle(td).fontWeight"
        )
        cell = desk.locator(".briefing-figures td[rowspan]").bounding_box()
        second = desk.locator(".briefing-figures tbody tr").nth(1).bounding_box()
        phone = browser.new_page(viewport={"width": 390, "height": 844})
        phone.goto(f"{base}/briefings/budget/", wait_until="networkidle")
        tops = phone.evaluate(
            """() => [...document.querySelectorAll('.briefing-figures tbody')[0]
                         .querySelectorAll('td')]
                     .map(td => [td.textContent.slice(0, 12), td.getBoundingClientRect().top])"""
        )
        browser.close()
    assert weight == "700"
    assert cell is not None and second is not None
    assert cell["y"] + cell["height"] >= second["y"] + second["height"] - 1
    order = [text for text, _top in sorted(tops, key=lambda item: item[1])]
    assert order[-1].startswith("Eastfield co"), order  # the sentence ends the card
    assert order[0] == "£40m" and order[2] == "£12m", order
