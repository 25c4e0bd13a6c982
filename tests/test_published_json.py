"""The extraction JSON a site publishes (`data/<id>.json`, schema 6): what it leaves out
of `briefings extract --json`'s object, and that a reader gets every value back; and
where a site publishes it (`published_json`): one file per briefing by default, one
gzip JSON Lines file per month, or none, in real builds of four articles."""

from __future__ import annotations

import dataclasses
import gzip
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from parsed import hrefs, links, text
from sitebuild import build, make_project, tree_digest

from generator.model import Actor, Briefing, Extraction, Figure, Quote
from generator.pages.render import published_json
from generator.publishing.folders import published_briefings

BODY = (
    "Prices rose 5% in March and 7% in April, the statistics office said. "
    "About 2,400 dock workers walked out."
)
FIRST = "Prices rose 5% in March and 7% in April, the statistics office said."
SECOND = "About 2,400 dock workers walked out."


def figure(text: str, value: int, sentence: str, rule: str) -> Figure:
    start = BODY.index(text)
    return Figure(
        text,
        value,
        "%" if "%" in text else None,
        None,
        sentence,
        start,
        start + len(text),
        rule=rule,
    )


BRIEFING = Briefing(
    id="prices",
    path="content/prices.md",
    title="Prices rise again",
    date="2026-05-01",
    source="Test Wire",
    url=None,
    tags=[],
    authors=[],
    extraction=Extraction(
        summary=[FIRST],
        quotes=[Quote("Prices rose", "indirect", 0, 11, cue="said", rule="indirect.verb_clause")],
        figures=[
            figure("5%", 5, FIRST, "numeral.percent/none"),
            figure("7%", 7, FIRST, "numeral.percent/none"),
            figure("2,400", 2400, SECOND, "numeral.count/noun-after"),
        ],
    ),
    body=BODY,
)


def read_published(published: dict) -> dict:  # type: ignore[type-arg]
    """The published object with what it leaves out put back, as docs/extraction-json.md
    tells a reader to: a missing `end` is `start` plus the length of `text`; a figure's
    `summary_sentence` names its sentence in `summary`; a figure with neither `sentence`
    nor `summary_sentence` has the figure before it's."""
    previous = None
    for item in published["figures"]:
        if "summary_sentence" in item:
            item["sentence"] = published["summary"][item.pop("summary_sentence")]
        item["sentence"] = previous = item.get("sentence", previous)
    for item in published["quotes"] + published["figures"]:
        item.setdefault("end", item["start"] + len(item["text"]))
    # Schema 6: a missing url is null, a missing actor's mentions 1; a quote's missing
    # speaker_mention is its speaker, cue "said", kind the first part of its rule.
    published.setdefault("url", None)
    for actor in published["actors"]:
        actor.setdefault("mentions", 1)
    for quote in published["quotes"]:
        quote.setdefault("speaker_mention", quote.get("speaker"))
        quote.setdefault("cue", "said")
        quote.setdefault("kind", quote["rule"].split(".")[0])
        for key in ("speaker_mention", "cue"):  # null, as `extract --json` leaves it out
            if quote[key] is None:
                del quote[key]
    return published


def test_published_copy_leaves_out_path_and_repeated_sentences() -> None:
    full = BRIEFING.to_json()  # what `briefings extract --json` writes
    published = json.loads(published_json(BRIEFING))
    assert published["schema"] == 6 and "path" not in published
    # Provenance stays: every quote and figure says which rule found it (issue 11).
    assert all("rule" in item for item in published["quotes"] + published["figures"])
    sentences = [item.get("sentence") for item in published["figures"]]
    # The first figure's sentence is the summary's first; the second's is the first's.
    assert sentences == [None, None, SECOND]
    assert [item.get("summary_sentence") for item in published["figures"]] == [0, None, None]
    assert all("end" not in item for item in published["quotes"] + published["figures"])
    # A reader gets every value back: the same information as `extract --json`'s.
    read = read_published(published)
    assert read["quotes"] == full["quotes"]
    assert read["figures"] == full["figures"]
    assert {**read, "path": full["path"]} == full


def test_defaults_are_left_out_and_read_back() -> None:
    """Schema 6: a quote's speaker_mention that is its speaker, a cue of "said", a kind
    its rule begins with, an actor's single mention and a null url are left out; a null
    mention beside a speaker and a null cue are given, or they would read as the
    defaults; a partial quotation (whose rule begins with `direct`) keeps its kind."""
    quotes = [
        Quote(
            "Prices rose",
            "indirect",
            0,
            11,
            cue="said",
            speaker_mention="the office",
            speaker="Statistics Office",
            rule="indirect.verb_clause",
        ),
        Quote(
            "rose 5%",
            "partial",
            7,
            14,
            cue="told",
            speaker_mention="Statistics Office",
            speaker="Statistics Office",
            rule="direct.speech_verb",
        ),
        Quote("Prices", "direct", 0, 6, speaker="Statistics Office", rule="direct.speech_verb"),
    ]
    actors = [
        Actor("Statistics Office", "organization", mentions=1),
        Actor("Westmere", "place", mentions=2),
    ]
    briefing = dataclasses.replace(
        BRIEFING, extraction=Extraction([FIRST], quotes=quotes, actors=actors)
    )
    text = published_json(briefing)
    published = json.loads(text)
    assert "url" not in published and '"mentions":1' not in text
    assert [actor.get("mentions") for actor in published["actors"]] == [None, 2]
    first, partial, bare = published["quotes"]
    assert "cue" not in first and "kind" not in first and first["speaker_mention"] == "the office"
    assert "speaker_mention" not in partial
    assert (partial["cue"], partial["kind"]) == ("told", "partial")
    assert bare["speaker_mention"] is None and bare["cue"] is None and "kind" not in bare
    full = briefing.to_json()
    assert {**read_published(published), "path": full["path"]} == full


def test_end_is_given_where_the_text_was_cleaned() -> None:
    """A quote whose `text` is not the span as written (a line wrap joined into a space,
    a ticker code dropped) keeps its `end`."""
    wrapped = Quote("Prices rose", "indirect", 0, 13, cue="said", rule="indirect.verb_clause")
    briefing = dataclasses.replace(BRIEFING, extraction=Extraction([FIRST], quotes=[wrapped]))
    (quote,) = json.loads(published_json(briefing))["quotes"]
    assert quote["end"] == 13


# --- how a site publishes it: `published_json: briefing | month | none` -------------------

ARTICLES = {
    "fees": """---
title: Harbour fees rise at Westmere
date: 2026-04-02
source: Coast News
tags: [harbours]
---
Westmere harbour will raise its mooring fees by 12% from June, the harbour board said.

"We cannot keep the harbour open on the old fees," said harbour master Ana Ruiz.
""",
    "snow": """---
title: Snow closes the hill roads above Westmere
date: 2026-04-20
source: Coast News
---
Snow closed three roads above Westmere overnight, the county council said. About 400
homes lost power for six hours.
""",
    "rates": """---
title: Credit union cuts its mortgage rate
date: 2026-05-11
source: Money Desk
---
The Westmere Credit Union cut its mortgage rate to 4.1% on Monday. "Borrowers have
waited long enough," chief executive Tom Reyes said.
""",
    "memo": """---
title: Ferry timetable under review
source: Coast News
---
The ferry company said it would review its winter timetable after 2,000 passengers
signed a petition.
""",
}
MONTHS = {"fees": "2026-04", "snow": "2026-04", "rates": "2026-05", "memo": "undated"}
MODES = ("briefing", "month", "none")


def set_mode(project: Path, mode: str | None) -> None:
    """Give mkdocs.yml `published_json: MODE` (None: the option left out)."""
    config = project / "mkdocs.yml"
    text = re.sub(r"\n      published_json: \S+", "", config.read_text(encoding="utf-8"))
    if mode is not None:
        given = f"      latest: 20\n      published_json: {mode}\n"
        text = text.replace("      latest: 20\n", given)
    config.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """The same four articles built in each mode (`briefing` by default, unset)."""
    root = tmp_path_factory.mktemp("published-json")
    built = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1717200000")  # one sitemap date for every build
        for mode in MODES:
            files = {f"content/{name}.md": text for name, text in ARTICLES.items()}
            project = make_project(root / mode, files)
            set_mode(project, None if mode == "briefing" else mode)
            outcome = build(project)
            assert outcome.status == 0, outcome.stderr
            built[mode] = project
        yield built


def page(site: Path, slug: str) -> str:
    return (site / "briefings" / slug / "index.html").read_text(encoding="utf-8")


def test_by_default_each_briefing_has_its_json_file_linked_from_its_page(
    sites: dict[str, Path],
) -> None:
    site = sites["briefing"] / "site"
    assert sorted(path.name for path in (site / "data").iterdir()) == [
        f"{name}.json" for name in sorted(ARTICLES)
    ]
    for name in ARTICLES:
        assert ("../../data/" + name + ".json", "Extraction data (JSON)") in links(page(site, name))
        assert json.loads((site / "data" / f"{name}.json").read_bytes())["id"] == name


def test_month_publishes_one_gzip_json_lines_file_per_month(sites: dict[str, Path]) -> None:
    """Each line is the very object `briefing` publishes for the briefing, byte for byte;
    each month's file holds that month's briefings in the order of its month page, and
    briefings without a date go where the archive files them, `undated`."""
    site = sites["month"] / "site"
    by_briefing = {
        path.stem: path.read_bytes() for path in (sites["briefing"] / "site" / "data").iterdir()
    }
    files = sorted((site / "data").iterdir())
    assert [path.name for path in files] == [
        "2026-04.jsonl.gz",
        "2026-05.jsonl.gz",
        "undated.jsonl.gz",
    ]
    found: dict[str, bytes] = {}
    for path in files:
        packed = path.read_bytes()
        # gzip -9, no file name and no time in the header: the same bytes every build
        assert packed == gzip.compress(gzip.decompress(packed), compresslevel=9, mtime=0)
        assert packed[3] == 0 and packed[4:8] == bytes(4)
        text = gzip.decompress(packed)
        if shutil.which("gzip"):  # what a reader's tools make of it
            assert subprocess.run(["gzip", "-dc", path], capture_output=True).stdout == text
        lines = [line + b"\n" for line in text.split(b"\n")[:-1]]
        assert text.endswith(b"\n") and len(lines) == text.count(b"\n")
        ids = [json.loads(line)["id"] for line in lines]
        assert {MONTHS[name] for name in ids} == {path.name.removesuffix(".jsonl.gz")}
        month = site / "archive" / path.name.removesuffix(".jsonl.gz") / "index.html"
        listed = [
            match.group(1)
            for href in hrefs(month.read_text(encoding="utf-8"))
            if (match := re.fullmatch(r"\.\./\.\./briefings/([^/]+)/", href))
        ]
        assert ids == listed
        found.update(zip(ids, lines, strict=True))
    assert found == by_briefing


def test_a_briefing_page_links_to_its_months_file_and_says_what_it_is(
    sites: dict[str, Path],
) -> None:
    site = sites["month"] / "site"
    expected = {
        "fees": "every briefing of April 2026",
        "snow": "every briefing of April 2026",
        "rates": "every briefing of May 2026",
        "memo": "every undated briefing",
    }
    for name, what in expected.items():
        data = [(href, label) for href, label in links(page(site, name)) if "data/" in href]
        assert data == [
            (
                f"../../data/{MONTHS[name]}.jsonl.gz",
                f"Extraction data of {what} (JSON Lines, gzip)",
            )
        ]
        assert (site / "briefings" / name / data[0][0]).resolve().is_file()


def test_none_publishes_no_json_and_no_link(sites: dict[str, Path]) -> None:
    site = sites["none"] / "site"
    assert not (site / "data").exists()
    for name in ARTICLES:
        html = page(site, name)
        assert not [href for href in hrefs(html) if "data/" in href]
        assert "Extraction data" not in text(html)
    # the rest of the site is the same as by default: the pages besides their data link
    assert sorted(p.name for p in (site / "briefings").iterdir()) == sorted(ARTICLES)


def test_the_briefings_in_place_are_counted_in_every_mode(sites: dict[str, Path]) -> None:
    """A build that would publish nothing over a site of briefings is refused
    (generator/publishing/folders.py); it counts them whatever the site publishes."""
    for mode in MODES:
        assert published_briefings(sites[mode] / "site") == len(ARTICLES), mode


def test_emptying_a_site_of_month_files_needs_allow_empty(
    sites: dict[str, Path], tmp_path: Path
) -> None:
    project = tmp_path / "month"
    shutil.copytree(sites["month"], project, symlinks=True)
    shutil.rmtree(project / "content")
    (project / "content").mkdir()
    outcome = build(project)
    assert outcome.status == 1 and "no briefing to publish" in outcome.lines[-1]
    assert "the site in" in outcome.lines[-1] and "has 4" in outcome.lines[-1]


def test_changing_the_setting_rebuilds_in_full_and_leaves_no_old_data(
    sites: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From one mode to the next, the site equals a first build in the new mode: the
    data files of the old mode are gone."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
    project = tmp_path / "switching"
    shutil.copytree(sites["briefing"], project, symlinks=True)
    for mode in ("month", "none", "briefing", "none", "month", "briefing"):
        set_mode(project, None if mode == "briefing" else mode)  # as `sites` built it
        outcome = build(project)
        assert outcome.status == 0, outcome.stderr
        assert "full build: code, theme, mkdocs.yml" in outcome.lines[-1], (mode, outcome.lines)
        assert tree_digest(project / "site") == tree_digest(sites[mode] / "site"), mode


def test_an_unknown_mode_is_refused_naming_the_setting(tmp_path: Path) -> None:
    project = make_project(tmp_path / "bad", {"content/fees.md": ARTICLES["fees"]})
    set_mode(project, "monthly")
    outcome = build(project)
    assert outcome.status == 2 and len(outcome.lines) == 1, outcome.stderr
    assert outcome.lines[0] == (
        "error: mkdocs.yml: plugins > briefings > published_json: got 'monthly'; "
        "allowed: one of briefing, month, none"
    )
    assert not (project / "site").exists()


def test_month_lines_stay_one_line_each_for_any_line_reader(tmp_path: Path) -> None:
    """Article text may hold the Unicode paragraph and line separators and NEL: valid in
    a JSON string, but a line to readers that split on them (Python's `splitlines`, many
    editors). Each is written as its `\\u` escape, so a month file has one line per
    briefing however it is split, and a reader gets the same text back."""
    body = (
        "The harbour board said fees would rise.\u2029It said 400 moorings\u0085were "
        'full. "We act\u2028now," said harbour master Ana Ruiz.\n'
    )
    files = {
        "content/one.md": f"---\ntitle: Fees\ndate: 2026-04-02\n---\n{body}",
        "content/two.md": f"---\ntitle: Fees again\ndate: 2026-04-03\n---\n{body}",
    }
    project = make_project(tmp_path / "separators", files)
    set_mode(project, "month")
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    text = gzip.decompress((project / "site" / "data" / "2026-04.jsonl.gz").read_bytes())
    lines = text.decode("utf-8").splitlines()
    assert len(lines) == 2
    quotes = [[quote["text"] for quote in json.loads(line)["quotes"]] for line in lines]
    assert all("We act\u2028now" in texts for texts in quotes), quotes
