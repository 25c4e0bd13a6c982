"""U+FFFE and U+FFFF (a byte-swapped byte order mark, what a badly converted UTF-16 file
leaves) are no characters: XML forbids them, so the Atom feed's writer refuses any text
holding one. One article holding one, in its title, front matter or body, must not stop
the build: the character is removed with a warning naming the file and line, the
article is published and the feed stays valid XML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from sitebuild import build, make_project

from generator.pages.feed import atom_feed
from generator.pages.markup import markdown_text

BODY = (
    'The council approved the plan on Monday. "It will help 4,000 homes," said Mayor Ellen Price.\n'
)
ARTICLES = {
    # YAML's escapes write them in a double-quoted value; a body holds them as they are.
    "content/title.md": (
        '---\ntitle: "Barrier \\uFFFE approved"\ndate: 2024-01-05\nsource: "Desk \\uFFFF"\n'
        'tags: ["flood\\uFFFE"]\n---\n' + BODY
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
    assert "2 of 2 articles published" in stderr.splitlines()[-1]
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
