"""The editor's review benchmark counts what an editor would fix, and nothing else.

A short article written for this test, its annotation and a hand-made briefing (the
JSON contract) go through the scorer of `benchmarks/editor_review.py`; no model runs.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "editor_review.py"
_spec = importlib.util.spec_from_file_location("editor_review", SCRIPT)
assert _spec and _spec.loader
editor_review = importlib.util.module_from_spec(_spec)
sys.modules["editor_review"] = editor_review
_spec.loader.exec_module(editor_review)

TEXT = (
    "Council backs flood plan\n"
    "\n"
    "Council leader Priya Raman said the flood wall would be finished by June. "
    '"We have waited long enough," she said. "The river will not wait for us.\n'
    "\n"
    '"Every home on the bank is at risk."\n'
    "\n"
    "The Environment Agency said the plan would cost \u00a34m. Critics called it "
    '"a gamble".\n'
)

ANNOTATION: dict[str, Any] = {
    "path": "fixture/flood.txt",
    "quotes": [
        {"anchor": "the flood wall would be", "speaker": "Priya Raman", "kind": "indirect"},
        {"anchor": "We have waited long enough", "speaker": "Priya Raman", "kind": "direct"},
        {"anchor": "The river will not wait", "speaker": "Priya Raman", "kind": "direct"},
        {"anchor": "the plan would cost", "speaker": "Environment Agency", "kind": "indirect"},
    ],
    "actors": [
        {"name": "Priya Raman", "type": "person", "aliases": ["Cllr Priya Raman"]},
        {"name": "Environment Agency", "type": "organization"},
        {"name": "Council", "type": "organization", "optional": True},
    ],
    "figures": [{"value": 4000000, "unit": "GBP", "counts": ["cost", "plan"]}],
}


def quote(text: str, speaker: str | None, kind: str = "direct", **extra: Any) -> dict[str, Any]:
    start = TEXT.index(text)
    return {
        "text": text,
        "speaker": speaker,
        "kind": kind,
        "start": start,
        "end": start + len(text),
        **extra,
    }


def briefing(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "title": "Council backs flood plan",
        "summary": [],
        "quotes": [],
        "actors": [],
        "figures": [],
    }
    return {**base, **fields}


def score(**fields: Any):  # type: ignore[no-untyped-def]
    return editor_review.score_briefing(TEXT, ANNOTATION, briefing(**fields))


def test_gold_quote_continued_over_paragraphs_is_one_quote_of_two_segments() -> None:
    quotes, _, _, problems = editor_review.load_gold(ANNOTATION, TEXT, wrapped=False)
    assert not problems
    river = quotes[2]
    assert [TEXT[s:e] for s, e in river.segments] == [
        "The river will not wait for us.",
        "Every home on the bank is at risk.",
    ]


def test_a_right_briefing_has_no_errors() -> None:
    result = score(
        quotes=[
            quote("the flood wall would be finished by June", "Priya Raman", "indirect"),
            quote("We have waited long enough,", "Priya Raman"),
            quote("The river will not wait for us.", "Cllr Priya Raman"),
            quote("Every home on the bank is at risk.", "Priya Raman"),
            quote("the plan would cost \u00a34m", "Environment Agency", "indirect"),
        ],
        actors=[
            {"name": "Priya Raman", "type": "person", "aliases": ["Raman"]},
            {"name": "Environment Agency", "type": "organization"},
        ],
        figures=[{"text": "\u00a34m", "value": 4000000, "unit": "GBP", "counts": "plan cost"}],
        summary=["Council leader Priya Raman said the flood wall would be finished by June."],
    )
    assert sum(result.errors.values()) == 0, result.lines
    assert (result.speaker_right, result.speaker_total) == (4, 4)
    assert (result.person_tp, result.person_fp, result.person_fn) == (1, 0, 0)


def test_each_thing_an_editor_fixes_counts_once_in_its_class() -> None:
    result = score(
        quotes=[
            quote("Council backs flood plan", "Priya Raman"),  # headline: a non-quote
            quote("We have waited long enough,", "Raman"),  # surname: wrong speaker
            quote("The river will not", "Priya Raman"),  # stops early: wrong bounds
            quote("the plan would cost \u00a34m", None, "indirect"),  # speaker missing
            quote("a gamble", None, "partial"),  # not annotated: a non-quote
        ],
        actors=[
            {"name": "Priya Raman", "type": "person"},
            {"name": "Raman", "type": "person"},  # the same person again
            {"name": "Environment Agency", "type": "place"},  # wrong type
            {"name": "Flood Plan", "type": "organization"},  # junk
        ],
        figures=[
            {"text": "\u00a34m", "value": 4000000, "unit": "GBP", "counts": "Critics"},
            {"text": "June", "value": 6, "unit": None, "counts": "month"},
        ],
        summary=["She said it was late.", "LONDON (Reuters) - The council met."],
    )
    assert dict(result.errors) == {
        "nonquote": 2,
        "wrong_speaker": 1,
        "bounds": 1,
        "missing_speaker": 1,
        "duplicate_actor": 1,
        "wrong_type": 1,
        "junk_actor": 1,
        "figure_described": 1,
        "figure_wrong": 1,
        "summary_pronoun": 1,
        "summary_boilerplate": 1,
    }, result.lines
    # Of the 4 annotated quotes 3 are shown, 1 with its right speaker ("The river ...").
    assert (result.speaker_right, result.speaker_total, result.speaker_found) == (1, 4, 3)
    assert (result.person_tp, result.person_fp, result.person_fn) == (1, 1, 0)


def test_a_quote_overlapping_too_little_is_wrong_bounds_not_a_non_quote() -> None:
    result = score(quotes=[quote('June. "We have', "Priya Raman")])
    assert dict(result.errors) == {"bounds": 1}


def test_a_quote_in_two_parts_is_scored_part_by_part() -> None:
    """A quotation split by its tag (`parts`) spans the tag, so as one span it would
    start before one gold quote and end after the other; its parts each match one."""
    first, second = (
        quote("the flood wall would be finished by June", "Priya Raman"),
        quote("We have waited long enough,", "Priya Raman"),
    )
    joined = {
        **second,
        "kind": "direct",
        "text": "joined",
        "start": first["start"],
        "parts": [[first["start"], first["end"]], [second["start"], second["end"]]],
    }
    result = score(quotes=[joined])
    assert dict(result.errors) == {}, result.lines
    assert result.speaker_right == 2
    whole = score(quotes=[{key: value for key, value in joined.items() if key != "parts"}])
    assert whole.errors["bounds"] == 1, whole.lines


def test_precision_is_reported_per_rule() -> None:
    result = score(
        quotes=[
            quote("We have waited long enough,", "Priya Raman", rule="direct:cue"),
            quote("Council backs flood plan", None, rule="direct:cue"),
        ],
        figures=[
            {"text": "\u00a34m", "value": 4000000, "unit": "GBP", "counts": "cost", "rule": "money"}
        ],
    )
    assert dict(result.rules) == {"quote:direct:cue": [1, 2], "figure:money": [1, 1]}


def test_split_lists_each_article_in_one_part() -> None:
    parts = editor_review.load_split()
    assert parts["bbc/politics/027.txt"] == "tune"
    assert parts["seed/000_bc8a90674db7f38d.txt"] == "tune"
    assert len(parts) >= 40 and set(parts.values()) == {"tune", "measure"}


WIRE = (
    "The harbour board approved the new quay on Monday, its chairman\n"
    "Tomas Lind told reporters after the vote.\n"
    "    He said building would start in the spring and take two\n"
    "years.\n"
)


def test_summary_sentence_of_hard_wrapped_copy_is_found_across_line_breaks() -> None:
    """The summary joins a wrapped sentence's lines with spaces; "He said ..." right
    after it is resolved, not an unresolved pronoun opening."""
    ann = {"path": "reuters/0", "quotes": [], "actors": [], "figures": []}
    summary = [
        "The harbour board approved the new quay on Monday, its chairman Tomas Lind told"
        " reporters after the vote.",
        "He said building would start in the spring and take two years.",
    ]
    result = editor_review.score_briefing(WIRE, ann, briefing(summary=summary), wrapped=True)
    assert "summary_pronoun" not in result.errors, result.lines
    lone = editor_review.score_briefing(WIRE, ann, briefing(summary=summary[1:]), wrapped=True)
    assert dict(lone.errors) == {"summary_pronoun": 1}
