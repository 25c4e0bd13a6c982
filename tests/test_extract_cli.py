"""`briefings extract`: the JSON Lines contract, and never giving up on an article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main

REPO = Path(__file__).resolve().parents[1]
CONTRACT_KEYS = {
    "schema",
    "id",
    "path",
    "title",
    "date",
    "source",
    "url",
    "tags",
    "summary",
    "keyterms",
    "quotes",
    "figures",
    "actors",
}


def run_json(capsys: pytest.CaptureFixture[str], *files: Path) -> list[dict]:
    assert main(["extract", "--json", "-j", "1", *map(str, files)]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_one_object_per_article_in_the_order_given(capsys: pytest.CaptureFixture[str]) -> None:
    files = [REPO / "content/2026/rail-line.md", REPO / "content/2026/vaccine-trial.txt"]
    records = run_json(capsys, *files)
    assert [record["id"] for record in records] == ["rail-line", "vaccine-trial"]
    for record in records:
        assert set(record) == CONTRACT_KEYS
        # Schema 3: a field that is null or an empty list is left out (issue 14).
        for quote in record["quotes"]:
            assert (
                {"text", "kind", "start", "end", "rule"}
                <= set(quote)
                <= {
                    *("text", "speaker", "speaker_mention", "cue", "kind", "start", "end"),
                    "rule",
                }
            )
            assert quote["kind"] in {"direct", "partial", "indirect"}
            assert isinstance(quote["rule"], str)  # the attribution path (issue 11)
            assert None not in quote.values()
        for figure in record["figures"]:
            assert (
                {"text", "value", "sentence", "start", "end", "rule"}
                <= set(figure)
                <= {
                    *("text", "value", "value_max", "unit", "counts", "sentence", "start", "end"),
                    "rule",
                }
            )
            assert None not in figure.values()
        for actor in record["actors"]:
            assert actor["type"] in {"person", "organization", "place"}
            assert {"name", "type", "mentions"} <= set(actor)
            assert set(actor) <= {"name", "type", "aliases", "roles", "mentions"}
            assert [] not in actor.values() and None not in actor.values()
        assert record["schema"] == 6


def test_offsets_point_into_the_body(capsys: pytest.CaptureFixture[str]) -> None:
    path = REPO / "content/2026/vaccine-trial.txt"
    body = path.read_text(encoding="utf-8").rstrip()
    (record,) = run_json(capsys, path)
    assert record["quotes"] and record["figures"]
    for item in record["quotes"] + record["figures"]:
        assert body[item["start"] : item["end"]] == item["text"]


def test_unbalanced_quotation_marks_still_give_every_other_quote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "odd.txt"
    article.write_text(
        "Mayor backs new tram line\n\n"
        '"We will build it this decade," said Mayor Joan Pike on Monday.\n\n'
        '"The first stretch opens in 2029, and the second follows soon after, she added.\n\n'
        'Critics were unconvinced. "It is a fantasy," said councillor Ben Otto.\n',
        encoding="utf-8",
    )
    (record,) = run_json(capsys, article)
    texts = [quote["text"] for quote in record["quotes"]]
    assert any("We will build it this decade" in text for text in texts)
    assert any("It is a fantasy" in text for text in texts)


def test_readable_output_for_a_person(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "-j", "1", str(REPO / "content/2026/port-strike.md")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("== Dock workers at Eastport walk out over pay")
    assert "Summary:" in out and "Quotes:" in out and "Ruth Adeyemi" in out


def test_a_bad_file_is_reported_and_the_rest_extracted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [unclosed\n---\nBody text here.\n", encoding="utf-8")
    code = main(["extract", "--json", "-j", "1", str(bad), str(REPO / "content/2026/rail-line.md")])
    captured = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == ["rail-line"]
    assert "bad.md:2:" in captured.err and "invalid YAML" in captured.err
