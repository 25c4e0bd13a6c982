"""Bad input is reported, not fatal: one real build over a content folder full of mistakes.

Each bad file must get a message naming it (with line and column for YAML), be left
out, and the good articles must still be published; `--strict` must fail listing all.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sitebuild import Outcome, build, generated_pages, make_project

from generator.reading.content import read_article

GOOD = (
    "---\ntitle: Port strike ends\ndate: 2024-03-01\nsource: Harbour News\ntags: [labour]\n"
    "---\n"
    'Dock workers in Eastport returned to work on Monday after a two-week strike. "We won '
    'a fair deal," said union leader Maria Lopez. The port handles 40,000 containers a week.\n'
)
CORPUS_LATIN1 = Path(__file__).resolve().parents[2] / "shared/corpus/bbc/sport/199.txt"

BAD_FILES: dict[str, str | bytes] = {
    "content/good.md": GOOD,
    "content/bad-yaml.md": "---\ntitle: Bad yaml\ndate: [2023\n---\nBody text here.\n",
    "content/list-front-matter.md": "---\n- a\n- b\n---\nBody text here.\n",
    "content/wrong-date.md": "---\ntitle: Wrong date\ndate: yesterday\n---\nBody text.\n",
    "content/impossible-date.md": "---\ntitle: Impossible\ndate: 2023-02-30\n---\nBody.\n",
    "content/tags-not-list.md": "---\ntitle: Tags\ntags: politics\n---\nBody text.\n",
    "content/unknown-field.md": "---\ntitle: Unknown field\nauthorz: Bob\n---\nA body.\n",
    "content/orphan.yml": "title: Orphan metadata\n",
    "content/empty.md": "---\ntitle: Empty\n---\n\n\n",
    "content/latin1.txt": (
        CORPUS_LATIN1.read_bytes()
        if CORPUS_LATIN1.is_file()
        else b"Cup win\n\nThe club paid \xa315m for the striker.\n"
    ),
    "content/huge.txt": "A sentence of news about nothing much. " * 100_000,
    "content/binary.txt": bytes(range(256)) * 20,
    "content/image.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
    "content/one/same.md": "---\ntitle: First of two\n---\nThe first article.\n",
    "content/two/same.md": "---\ntitle: Second of two\n---\nThe second article.\n",
    "content/nothing.md": "---\ntitle: Nothing to extract\n---\n... -- ... !!!\n",
    "content/controls.md": "---\ntitle: Controls\n---\nA bell\x07 and a form\x0cfeed.\n",
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_project(tmp_path_factory.mktemp("bad-input"), BAD_FILES)
    outside = root.parent / "secret.txt"
    outside.write_text("Private notes that must never be published.\n", encoding="utf-8")
    os.symlink(outside, root / "content" / "linked.txt")
    return root


@pytest.fixture(scope="module")
def built(project: Path) -> Outcome:
    return build(project)


def message(outcome: Outcome, start: str) -> str:
    """The one stderr line that starts with `start` (a path and position)."""
    found = [line for line in outcome.lines if line.startswith(start)]
    assert found, f"no message starting {start!r} in:\n{outcome.stderr}"
    return found[0]


def published(project: Path) -> set[str]:
    return {path.name for path in (project / "site" / "briefings").iterdir()}


def test_build_succeeds_and_publishes_good_articles(built: Outcome, project: Path) -> None:
    assert built.status == 0, built.stderr
    assert {"port-strike-ends", "good"} & published(project)
    page = (project / "site" / "briefings" / "good" / "index.html").read_text(encoding="utf-8")
    assert "Port strike ends" in page and "Maria Lopez" in page


def test_invalid_yaml_names_line_and_column(built: Outcome, project: Path) -> None:
    line = message(built, "content/bad-yaml.md:")
    assert line.startswith("content/bad-yaml.md:3:12: error: invalid YAML: expected ',' or ']'")
    assert "flow sequence that starts on line 3" in line
    assert "bad-yaml" not in published(project)


def test_front_matter_not_a_mapping(built: Outcome, project: Path) -> None:
    line = message(built, "content/list-front-matter.md:")
    assert line == (
        "content/list-front-matter.md:2:1: error: metadata must be a mapping of "
        "`field: value` lines, not a list"
    )
    assert "list-front-matter" not in published(project)


def test_date_that_is_not_a_date(built: Outcome, project: Path) -> None:
    assert message(built, "content/wrong-date.md:") == (
        "content/wrong-date.md:3:1: error: `date` must be an ISO date like 2023-03-07, "
        "got 'yesterday'"
    )
    assert "wrong-date" not in published(project)


def test_impossible_date_is_reported_not_a_crash(built: Outcome, project: Path) -> None:
    line = message(built, "content/impossible-date.md:")
    assert "error: invalid YAML value: day is out of range for month" in line
    assert "impossible-date" not in published(project)


def test_tags_that_are_not_a_list(built: Outcome) -> None:
    assert message(built, "content/tags-not-list.md:") == (
        "content/tags-not-list.md:3:1: error: `tags` must be a list (e.g. `tags: [one, two]`), "
        "got str 'politics'"
    )


def test_unknown_field_is_a_warning_with_a_hint_and_published(
    built: Outcome, project: Path
) -> None:
    assert message(built, "content/unknown-field.md:") == (
        "content/unknown-field.md:3:1: warning: unknown field `authorz`; did you mean `authors`?"
    )
    assert "unknown-field" in published(project)


def test_metadata_without_its_article(built: Outcome) -> None:
    assert message(built, "content/orphan.yml") == (
        "content/orphan.yml: error: metadata file has no article beside it: expected "
        "orphan.txt (a .md article keeps its metadata in front matter)"
    )


def test_empty_body(built: Outcome, project: Path) -> None:
    assert message(built, "content/empty.md") == (
        "content/empty.md: error: empty body: the article has no text to brief"
    )
    assert "empty" not in published(project)


def test_latin1_bytes_are_read_with_a_warning(built: Outcome, project: Path) -> None:
    line = message(built, "content/latin1.txt")
    assert "warning: not valid UTF-8 (byte 0xa3); read as Windows-1252" in line
    page = (project / "site" / "briefings" / "latin1" / "index.html").read_text(encoding="utf-8")
    assert "£" in page and "\ufffd" not in page


def test_file_of_several_megabytes(built: Outcome, project: Path) -> None:
    line = message(built, "content/huge.txt")
    assert "error: file is 3,900,000 bytes, over the 300,000-byte limit" in line
    assert "huge" not in published(project)


def test_binary_files(built: Outcome) -> None:
    for name in ("binary.txt", "image.md"):
        assert message(built, f"content/{name}") == (
            f"content/{name}: error: binary file (contains NUL bytes), not an article"
        )


def test_same_slug_twice_keeps_both(built: Outcome, project: Path) -> None:
    assert message(built, "content/two/same.md") == (
        "content/two/same.md: warning: slug 'same' is already used by content/one/same.md; "
        "published as 'two-same'"
    )
    site = project / "site" / "briefings"
    assert "First of two" in (site / "same" / "index.html").read_text(encoding="utf-8")
    assert "Second of two" in (site / "two-same" / "index.html").read_text(encoding="utf-8")


def test_article_with_nothing_to_extract_is_a_plain_briefing(project: Path) -> None:
    page = project / "site" / "briefings" / "nothing" / "index.html"
    text = page.read_text(encoding="utf-8")
    assert "Nothing to extract" in text
    assert "Who said what" not in text and "Key figures" not in text


def test_control_characters_removed_with_a_warning(built: Outcome, project: Path) -> None:
    line = message(built, "content/controls.md")
    assert "warning: removed 2 control character(s) (first: U+0007)" in line
    page = generated_pages(project)["briefings/controls.md"]
    assert "\x07" not in page and "\x0c" not in page


def test_symlink_out_of_content_is_not_published(built: Outcome, project: Path) -> None:
    assert message(built, "content/linked.txt").startswith(
        "content/linked.txt: error: symbolic link to a file outside the content folder"
    )
    site = project / "site"
    assert not any(
        "Private notes" in path.read_text(encoding="utf-8", errors="replace")
        for path in site.rglob("*.html")
    )


def test_summary_counts_every_problem(built: Outcome) -> None:
    assert built.lines[-1].startswith("7 of 18 articles published")
    assert "11 errors, 4 warnings" in built.lines[-1]


def test_strict_fails_listing_every_problem(project: Path, built: Outcome) -> None:
    before = (project / "site" / "index.html").read_bytes()
    strict = build(project, "--strict")
    assert strict.status == 1
    problems = [line for line in strict.lines if ": error: " in line or ": warning: " in line]
    assert len(problems) == 15
    for name in (
        "bad-yaml.md",
        "list-front-matter.md",
        "wrong-date.md",
        "impossible-date.md",
        "tags-not-list.md",
        "unknown-field.md",
        "orphan.yml",
        "empty.md",
        "latin1.txt",
        "huge.txt",
        "binary.txt",
        "image.md",
        "two/same.md",
        "controls.md",
        "linked.txt",
    ):
        assert any(line.startswith(f"content/{name}") for line in problems), name
    assert strict.lines[-1] == "strict: 15 content problem(s) above; site not published"
    assert (project / "site" / "index.html").read_bytes() == before


@pytest.mark.parametrize(
    ("name", "text", "opens_with_headline"),
    [
        ("plain.txt", "Mayor calls the barrier 'a bargain.'\n\nThe mayor spoke.\n", True),
        (
            "repeat.md",
            "---\ntitle: Troops leave Karsk.\n---\n\nTroops leave Karsk.\n\nThey left.\n",
            True,
        ),
        (
            "lead.md",
            "---\ntitle: Troops leave Karsk\n---\n\nTroops left on Monday.\n\nThey left.\n",
            False,
        ),
        (
            "glued.txt",
            "Mayor backs barrier\nThe mayor spoke on Monday about the new barrier.\n",
            False,
        ),
    ],
)
def test_a_first_line_that_is_the_title_is_the_headline(
    tmp_path: Path, name: str, text: str, opens_with_headline: bool
) -> None:
    """The reader's word to the layout: the body's first line is its title, set apart."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    article, problems = read_article(path)
    assert article is not None, problems
    assert article.headline_line is opens_with_headline


def test_txt_without_headline_or_metadata_is_titled_by_its_opening_words(tmp_path: Path) -> None:
    path = tmp_path / "000_bc8a90674db7f38d.txt"
    path.write_text(
        "Floodwater reached the upper floors of homes along the Severn on Tuesday as the "
        "river rose to its highest level in forty years. Residents were moved out.\n"
        "Rescue teams worked through the night.\n",
        encoding="utf-8",
    )
    article, problems = read_article(path)
    assert article is not None
    # cut where the clause ends, not in the middle of a phrase with "…"
    title = "Floodwater reached the upper floors of homes along the Severn on Tuesday"
    assert article.title == title
    assert [problem.severity for problem in problems] == ["warning"]
    assert "no title given" in problems[0].message


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # no clause boundary before the limit: cut at a word, marked
            "Representatives of the regional transport authority and of the national rail "
            "operator's freight division met again.\n",
            "Representatives of the regional transport authority and of the national rail "
            "operator's\u2026",
        ),
        (  # a comma ends the first clause
            "Riverton's council, after a decade of argument over the cost of protecting the "
            "city, approved the barrier on Tuesday.\n",
            "Riverton's council, after a decade of argument over the cost of protecting the city",
        ),
        (  # a headline line set directly above the body
            "Ferry timetable changes for the winter\n"
            "The ferry company will run three crossings a day instead of five from November.\n",
            "Ferry timetable changes for the winter",
        ),
        (  # a hard-wrapped first line is no headline: the text carries on in lower case
            "The agriculture department said the harvest\n"
            "would be smaller this year because of the drought.\n",
            "The agriculture department said the harvest would be smaller this year",
        ),
        (  # a dash ends it, the horizontal bar as much as the em dash
            "The city council voted on Tuesday to close three libraries in the north \u2015 a "
            "move that residents have opposed for years.\n",
            "The city council voted on Tuesday to close three libraries in the north",
        ),
    ],
    ids=["word", "clause", "headline-line", "wrapped", "bar"],
)
def test_titles_from_the_text(tmp_path: Path, text: str, title: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    article, _ = read_article(path)
    assert article is not None
    assert article.title == title
