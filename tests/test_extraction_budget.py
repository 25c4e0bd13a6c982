"""One article whose extraction never ends does not stall the build (issue 14).

An article over its time budget (`extraction_budget` in mkdocs.yml) is reported on a
line naming its file, like an extractor that failed: it fails `--strict`, its result is
not cached (the next build tries again), and every other article is extracted, cached
and published as usual, whether articles are parsed in the build process or in worker
processes. Nothing here asserts a time: the slow article is one whose extraction never
ends (an extractor planted to loop forever on it), or a budget far below any article.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sitebuild import build, make_project

import generator.extract
from generator.cli import main

BUDGET = 5  # seconds: far above a short article's extraction, even on a loaded machine
HOSTILE = """---
title: A paste that never ends
date: 2024-03-02
---
Zorblatt Holdings pasted its whole ledger here, and the ledger went on and on.
"""
NAMES = ["Ruth Adeyemi", "Tomas Varga", "Lena Okafor", "Piet Jansen", "Mara Quist",
         "Oskar Lind", "Ines Pereira", "Dev Anand"]  # fmt: skip


def control(number: int) -> str:
    """A short, ordinary article, different for each number (bodies parsed once each)."""
    name = NAMES[number]
    return f"""---
title: Dockers vote number {number}
date: 2024-02-{number + 1:02d}
---
{name}, general secretary of the dockers' union, said on Monday: "We will not back
down until every member is paid fairly." A strike would cost the port £{number + 2}m a day.
"""


def cache_entries(project: Path) -> list[Path]:
    root = project / ".cache" / "briefings"
    return sorted(p for p in root.rglob("*.json") if not p.name.startswith("."))


def never_ending(real: Callable[..., object]) -> Callable[..., object]:
    """`real`, except on the hostile article, where it never returns: a rule gone
    superlinear on input nobody foresaw."""

    def extract(doc: object, *args: object, **kwargs: object) -> object:
        if "Zorblatt" in str(doc):
            while True:
                time.sleep(0.01)
        return real(doc, *args, **kwargs)

    return extract


@pytest.fixture()
def slow_article(monkeypatch: pytest.MonkeyPatch) -> None:
    # Worker processes are forked from this one, so they run the planted extractor too.
    monkeypatch.setattr(
        generator.extract, "extract_quotes", never_ending(generator.extract.extract_quotes)
    )


def budget_project(root: Path, controls: int) -> Path:
    files = {f"content/control-{number}.md": control(number) for number in range(controls)}
    project = make_project(root, {**files, "content/hostile.md": HOSTILE})
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    setting = "      cache_dir: .cache/briefings\n"
    assert setting in text
    config.write_text(
        text.replace(setting, f"{setting}      extraction_budget: {BUDGET}\n"), encoding="utf-8"
    )
    return project


LINE = (
    f"content/hostile.md: warning: extraction stopped after {BUDGET} s, this article's time "
    "budget (extraction_budget in mkdocs.yml)"
)


# -j 2 with eight other articles: parsed by a pool of two worker processes, not in-process
@pytest.mark.parametrize(("jobs", "controls"), [("1", 1), ("2", 8)])
def test_an_article_over_its_budget_is_reported_and_the_rest_is_built(
    tmp_path: Path, slow_article: None, jobs: str, controls: int
) -> None:
    project = budget_project(tmp_path / "news", controls)
    outcome = build(project, "-j", jobs)
    assert outcome.status == 0, outcome.stderr
    assert [line for line in outcome.lines if line.startswith(LINE)], outcome.stderr
    # every other article is extracted and published with its briefing
    for number in range(controls):
        record = json.loads((project / "site" / "data" / f"control-{number}.json").read_text())
        assert any(quote.get("speaker") == NAMES[number] for quote in record["quotes"]), record
    # the article over budget is still published, through the path of a failed extractor
    hostile = json.loads((project / "site" / "data" / "hostile.json").read_text())
    assert hostile["quotes"] == [] and hostile["actors"] == []
    # and only the others' results are cached: the next build tries it again
    assert len(cache_entries(project)) == controls


def test_an_article_over_its_budget_fails_strict(tmp_path: Path, slow_article: None) -> None:
    project = budget_project(tmp_path / "news", 1)
    outcome = build(project, "--strict")
    assert outcome.status == 1
    assert [line for line in outcome.lines if line.startswith(LINE)], outcome.stderr
    assert not (project / "site").exists()


def test_extract_names_the_article_it_stopped(tmp_path: Path) -> None:
    """Real hostile text, no planted extractor: a CSV pasted on one line, under a budget
    of a millisecond that no article could keep."""
    rows = random.Random(14)
    ledger = ",".join(
        f"{rows.randint(0, 99999)},Acme Corp,{rows.random():.3f}" for _ in range(4000)
    )
    path = tmp_path / "ledger.txt"
    path.write_text(f"Ledger\n\n{ledger}\n", encoding="utf-8")
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        status = main(["extract", "--json", "-j", "1", "--budget", "0.001", str(path)])
    assert status == 0
    assert f"{path}: warning: extraction stopped after 0.001 s" in stderr.getvalue()
    [record] = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert record["quotes"] == [] and record["figures"] == [] and record["actors"] == []
