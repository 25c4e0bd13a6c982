"""U+FFFE and U+FFFF (a byte-swapped byte order mark, what a badly converted UTF-16 file
leaves) are no characters: XML forbids them, so the Atom feed's writer refuses any text
holding one. One article holding one, in its title, front matter or body, must not stop
the build: the character is removed with a warning naming the file and line, the
article is published and the feed stays valid XML.

Bidirectional controls are kept (right-to-left text needs them), but one a value leaves
open must not run on past it: a title ending in U+202E (right-to-left override) would
print the site's name backwards in the window title, after it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from sitebuild import build, make_project

from generator.pages.feed import atom_feed
from generator.pages.markup import html_text, markdown_text

BODY = (
    'The council approved the plan on Monday. "It will help 4,000 homes," said Mayor Ellen Price.\n'
)
ARTICLES = {
    # YAML's escapes write them in a double-quoted value; a body holds them as they are.
    "content/title.md": (
        '---\ntitle: "Barrier \\uFFFE approved"\ndate: 2024-01-05\nsource: "Desk \\uFFFF"\n'
        'tags: ["flood\\uFFFE"]\n---\n' + BODY
    ),
    "content/override.md": (
        '---\ntitle: "Council news \\u202E"\ndate: 2024-01-06\nsource: Courier\n---\n' + BODY
    ),
    "content/body.txt": (
        "Harbour strike\n\nDock workers in Eastport walked out \ufffe on Monday. "
        '"We want fair pay," said union leader Tom Reyes.\uffff About 3,000 workers joined.\n'
    ),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    project = make_project(tmp_path_factory.mktemp("noncharacters"), ARTICLES)
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    return project, outcome.stderr


def test_both_articles_are_published_without_the_noncharacters(built: tuple[Path, str]) -> None:
    project, stderr = built
    assert "3 of 3 articles published" in stderr.splitlines()[-1]
    title = (project / "site/briefings/title/index.html").read_text(encoding="utf-8")
    body = (project / "site/briefings/body/index.html").read_text(encoding="utf-8")
    assert "Barrier" in title and "walked out" in body
    for page in (title, body):
        assert "\ufffe" not in page and "\uffff" not in page


def test_the_body_is_warned_about_by_file_and_line(built: tuple[Path, str]) -> None:
    _, stderr = built
    assert "content/body.txt:3: warning: removed 2 " in stderr, stderr


def test_the_feed_is_valid_xml_with_every_briefing(built: tuple[Path, str]) -> None:
    project, _ = built
    feed = etree.fromstring((project / "site/feed.xml").read_bytes())
    titles = [node.text for node in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert "Barrier approved" in titles and "Harbour strike" in titles


def test_text_from_anywhere_is_printed_without_them() -> None:
    """Values that reach a page by other ways than an article (a template's own data)."""
    assert markdown_text("a\ufffeb\uffffc") == "a b c"


def test_the_feed_writer_drops_what_xml_cannot_hold() -> None:
    """The feed's last line of defence: whatever text reaches it, it is written."""
    from generator.model import Briefing, Extraction

    briefing = Briefing(
        id="x",
        path="x.md",
        title="Odd \ufffe title",
        date="2024-01-05",
        source="Desk",
        url=None,
        tags=["a\uffffb"],
        authors=["Ann\ufffe Lee"],
        extraction=Extraction(summary=["One \uffff sentence."]),
    )
    feed = etree.fromstring(atom_feed([briefing], "Site", "https://example.com/"))
    text = etree.tostring(feed, encoding="unicode")
    assert "Odd  title" in text and "One  sentence." in text and 'term="ab"' in text


def test_a_title_cannot_turn_the_text_after_it_around(built: tuple[Path, str]) -> None:
    project, _ = built
    page = (project / "site/briefings/override/index.html").read_text(encoding="utf-8")
    assert "<title>Council news \u202e\u202c - Briefings</title>" in page
    listed = (project / "site/index.html").read_text(encoding="utf-8")
    assert "Council news \u202e\u202c</a>" in listed


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("a \u202eb", "a \u202eb\u202c"),  # override closed
        ("a \u2067b \u202bc", "a \u2067b \u202bc\u202c\u2069"),  # inner first, then outer
        ("\u202bc \u2067b", "\u202bc \u2067b\u2069\u202c"),
        ("\u2067a \u202bb\u2069 c", "\u2067a \u202bb\u2069 c"),  # U+2069 closed both
        ("\u202ex\u202c y", "\u202ex\u202c y"),  # balanced: as written
        ("\u05e9\u05dc\u05d5\u05dd", "\u05e9\u05dc\u05d5\u05dd"),  # Hebrew needs nothing
    ],
)
def test_bidirectional_controls_are_closed_within_the_value(value: str, shown: str) -> None:
    assert markdown_text(value) == shown
    assert str(html_text(value)) == shown
