"""The source line under a quote ("quoted · Mr Blair predicted · ¶3"), as briefing and
actor pages print it (issue 11): articles written for these tests go in, pages come out."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from generator.extract import extract_document
from generator.model import Briefing, Registry
from generator.pages.archive import build_archive
from generator.pages.render import make_environment, render_site
from generator.running.nlp import load_model

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def pages_of(nlp: Language, text: str) -> dict[str, str]:
    extraction, _ = extract_document(nlp(text))
    briefing = Briefing(
        id="story",
        path="content/story.md",
        title="Story",
        date="2024-01-02",
        source="Wire",
        url=None,
        tags=[],
        authors=[],
        extraction=extraction,
        body=text,
    )
    archive = build_archive([briefing], Registry())
    env = make_environment([REPO / "templates"])
    return render_site(archive, env, {"name": "T", "url": "https://example.org/"})


def test_source_lines_read_as_an_editor_writes_them(nlp: Language) -> None:
    text = (
        "Prime minister's questions also saw Mr Blair predict that new plans would cut "
        "net immigration.\n\n"
        "Mr Howard said the Tories would cut crime, urging voters to hold him to account.\n\n"
        'The task force included the FBI. The initiative, said Brian Nagel, "was all '
        'about enhancing our current partnerships."'
    )
    pages = pages_of(nlp, text)
    lines = source_lines(pages["briefings/story.md"])
    assert any("Mr Blair predicted" in line for line in lines), lines
    assert not any("predict " in line or "urging" in line for line in lines), lines
    assert not any("The initiative" in line for line in lines), lines
    nagel = pages["actors/brian-nagel.md"]
    assert "was all about enhancing" in nagel
    assert not any("The initiative" in line for line in source_lines(nagel))


def source_lines(page: str) -> list[str]:
    """The source lines under the page's quotes ("quoted · he said · ¶2")."""
    return [line for line in page.splitlines() if 'class="said"' in line]


def test_a_clause_shown_around_quoted_words_is_reported_not_quoted(nlp: Language) -> None:
    """A reported clause shown whole around the few words it quotes is the writer's
    account, so its line says "reported"; the speaker's own sentence stays "quoted"."""
    text = (
        'Tory leader Michael Howard said Lord Butler had given the "most damaging '
        'testimony" he could remember.\n\n'
        'Mr Howard added: "This is from someone who was at the heart of government."'
    )
    page = pages_of(nlp, text)["briefings/story.md"]
    lines = page.splitlines()

    def line_under(words: str) -> str:
        """The source line under the quote block (a "> " line) holding `words`."""
        start = next(i for i, line in enumerate(lines) if line.startswith(">") and words in line)
        return next(line for line in lines[start:] if 'class="said"' in line)

    assert ">reported · " in line_under("most damaging"), line_under("most damaging")
    assert ">quoted · " in line_under("heart of government"), line_under("heart of government")
