"""The extraction JSON a site publishes (`data/<id>.json`, schema 4): what it leaves out
of `briefings extract --json`'s object, and that a reader gets every value back."""

from __future__ import annotations

import json

from generator.model import Briefing, Extraction, Figure, Quote
from generator.pages.render import published_json

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


def test_published_copy_leaves_out_path_and_repeated_sentences() -> None:
    full = BRIEFING.to_json()  # what `briefings extract --json` writes
    published = json.loads(published_json(BRIEFING))
    assert published["schema"] == 4 and "path" not in published
    # Provenance stays: every quote and figure says which rule found it (issue 11).
    assert all("rule" in item for item in published["quotes"] + published["figures"])
    sentences = [item.get("sentence") for item in published["figures"]]
    assert sentences == [FIRST, None, SECOND]  # the second figure's is the first's
    # A reader gets each figure's sentence back from the figure before it.
    previous = None
    for item in published["figures"]:
        item["sentence"] = previous = item.get("sentence", previous)
    assert [f["sentence"] for f in published["figures"]] == [
        f["sentence"]
        for f in full["figures"]  # type: ignore[index]
    ]
