"""Front matter from real files: safe YAML, typed fields, http(s) only, slugs that stay put."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from generator.reading.content import read_article


def read(tmp_path: Path, front: str, body: str = "Some news text.\n") -> tuple[object, list[str]]:
    path = tmp_path / "article.md"
    path.write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    article, diagnostics = read_article(path)
    return article, [f"{d.line}:{d.column}: {d.severity}: {d.message}" for d in diagnostics]


def test_yaml_never_constructs_objects(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    front = f"title: !!python/object/apply:os.system ['touch {marker}']\n"
    article, messages = read(tmp_path, front)
    assert article is None
    assert messages == [
        "2:8: error: invalid YAML: could not determine a constructor for the tag "
        "'tag:yaml.org,2002:python/object/apply:os.system'"
    ]
    assert not marker.exists()


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 9):
        previous = chr(ord("a") + level - 1)
        name = chr(ord("a") + level)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    started = time.perf_counter()
    article, messages = read(tmp_path, "\n".join(lines) + "\n")
    assert time.perf_counter() - started < 2
    assert article is None
    assert "more than 10,000 values once YAML aliases are expanded" in messages[0]


def test_self_referencing_and_deep_yaml_are_errors(tmp_path: Path) -> None:
    assert read(tmp_path, "extra: &x [*x]\n")[0] is None
    article, messages = read(tmp_path, "extra: " + "[" * 3000 + "]" * 3000 + "\n")
    assert article is None and messages == ["2:None: error: invalid YAML: nested too deeply"]


def test_duplicate_field(tmp_path: Path) -> None:
    article, messages = read(tmp_path, "title: One\ntitle: Two\n")
    assert article is None
    assert messages == ["3:1: error: field `title` is given twice (first on line 2); keep one"]


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "ftp://example.com/file",
        "//example.com/no-scheme",
        "vbscript:msgbox(1)",
    ],
)
def test_url_must_be_http(tmp_path: Path, url: str) -> None:
    article, messages = read(tmp_path, f"title: T\nurl: '{url}'\n")
    assert article is None
    assert messages == [f"3:1: error: `url` must be an http(s) address, got {url!r}"]


def test_http_url_is_kept(tmp_path: Path) -> None:
    article, messages = read(tmp_path, "title: T\nurl: https://example.com/a?b=1\n")
    assert messages == [] and article.meta.url == "https://example.com/a?b=1"  # type: ignore[attr-defined]


@pytest.mark.parametrize("slug", ["../../etc", "/etc/passwd", "a/b", "..", "UPPER", "a b"])
def test_slug_cannot_name_a_path(tmp_path: Path, slug: str) -> None:
    article, messages = read(tmp_path, f"title: T\nslug: '{slug}'\n")
    assert article is None
    assert messages == [
        "3:1: error: `slug` may hold only lower-case letters, digits and single hyphens, "
        f"got {slug!r}"
    ]


def test_unknown_fields_are_kept_for_templates(tmp_path: Path) -> None:
    article, messages = read(tmp_path, "title: T\nsubtitle: More\ntitel: Typo\n")
    assert messages == [
        "3:1: warning: unknown field `subtitle` (kept for templates)",
        "4:1: warning: unknown field `titel`; did you mean `title`?",
    ]
    assert article.meta.extra == {"subtitle": "More", "titel": "Typo"}  # type: ignore[attr-defined]


def test_fields_the_site_declares_are_kept_without_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "declared.md"
    path.write_text("---\ntitle: T\nregion: North\n---\nBody.\n", encoding="utf-8")
    article, problems = read_article(path, extra_fields=frozenset({"region"}))
    assert problems == []
    assert article is not None and article.meta.extra == {"region": "North"}


def test_list_items_must_be_text(tmp_path: Path) -> None:
    article, messages = read(tmp_path, "title: T\ntags: [one, {two: 2}]\n")
    assert article is None
    assert messages == ["3:1: error: every item of `tags` must be text, got a mapping"]


def test_unprintable_characters_are_dropped_from_metadata(tmp_path: Path) -> None:
    article, messages = read(tmp_path, 'title: "Bell\\x07 and \\ud800 surrogate"\n')
    assert messages == []
    assert article.title == "Bell and surrogate"  # type: ignore[attr-defined]


def test_unclosed_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "open.md"
    path.write_text("---\ntitle: Open\nNo closing line.\n", encoding="utf-8")
    article, diagnostics = read_article(path)
    assert article is None
    assert diagnostics[0].message == (
        "front matter opened with `---` is never closed by a `---` line"
    )
