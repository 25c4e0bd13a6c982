"""Editor conveniences: `briefings new` and `briefings check`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.reading.content import read_article

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(REPO / "content", tmp_path / "content")
    return tmp_path


def test_new_scaffolds_an_article_that_check_asks_to_fill(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(project / "mkdocs.yml")
    assert (
        main(
            [
                "new",
                "Storm closes the ferry port",
                "--date",
                "2026-11-20",
                "--source",
                "Coast News",
                "--tag",
                "weather",
                "-f",
                config,
            ]
        )
        == 0
    )
    path = project / "content" / "storm-closes-the-ferry-port.md"
    assert capsys.readouterr().out.strip().endswith("storm-closes-the-ferry-port.md")
    assert main(["check", "-f", config]) == 1
    assert "storm-closes-the-ferry-port.md: error: empty body" in capsys.readouterr().err

    path.write_text(path.read_text(encoding="utf-8") + "The ferry port closed on Friday.\n")
    article, problems = read_article(path)
    assert problems == [] and article is not None
    assert (article.title, str(article.meta.date), article.meta.source, article.meta.tags) == (
        "Storm closes the ferry port",
        "2026-11-20",
        "Coast News",
        ["weather"],
    )
    assert main(["check", "-f", config]) == 0


def test_new_never_overwrites(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = str(project / "mkdocs.yml")
    assert main(["new", "Northern rail link", "-f", config]) == 0
    assert main(["new", "Northern rail link", "-f", config]) == 1
    assert "already exists" in capsys.readouterr().err


def test_check_names_file_line_column_and_what_is_allowed(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "content" / "bad.md").write_text(
        "---\ntitle: Bad\ndate: last Monday\ntags: politics\n---\nSome text.\n", encoding="utf-8"
    )
    assert main(["check", "-f", str(project / "mkdocs.yml")]) == 1
    err = capsys.readouterr().err
    assert "content/bad.md:3:1: error: `date` must be an ISO date like 2023-03-07" in err
    assert "content/bad.md:4:1: error: `tags` must be a list (e.g. `tags: [one, two]`)" in err
    assert "checked 8 articles: 2 errors" in err


def test_check_reports_a_broken_template(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    templates = project / "templates"
    templates.mkdir()
    (templates / "home.md.j2").write_text("{% for %}\n", encoding="utf-8")
    assert main(["check", "-f", str(project / "mkdocs.yml")]) == 1
    assert "home.md.j2:1: error: template error" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("option", "value", "named"),
    [
        ("--date", "2026-01-01\nslug: hijack", "--date"),
        ("--date", "next Tuesday", "--date"),
        ("--url", "javascript:alert(1)", "--url"),
        ("--url", "ftp://example.com/file", "--url"),
    ],
)
def test_new_refuses_arguments_the_build_would_refuse(
    project: Path, capsys: pytest.CaptureFixture[str], option: str, value: str, named: str
) -> None:
    config = str(project / "mkdocs.yml")
    before = sorted(p.name for p in (project / "content").rglob("*"))
    assert main(["new", "Harbour reopens", option, value, "-f", config]) == 2
    assert named in capsys.readouterr().err
    assert sorted(p.name for p in (project / "content").rglob("*")) == before


def test_new_writes_every_value_as_yaml_data(project: Path) -> None:
    """Quotes, colons, newlines and `---` in a title or source never add a key or a line."""
    config = str(project / "mkdocs.yml")
    title = 'Mayor: "no comment"\n---\nslug: hijack # not a key'
    assert (
        main(["new", title, "--source", "Coast: News\nurl: x", "--tag", "a: b", "-f", config]) == 0
    )
    path = next((project / "content").glob("mayor-*.md"))
    path.write_text(path.read_text(encoding="utf-8") + "The mayor spoke.\n", encoding="utf-8")
    article, problems = read_article(path)
    assert problems == [] and article is not None
    assert article.title == 'Mayor: "no comment" --- slug: hijack # not a key'
    assert article.meta.source == "Coast: News url: x"
    assert article.meta.slug is None and article.meta.url is None
    assert article.meta.tags == ["a: b"]
