"""Reading one key figure of a sentence written for a test: shared by the figure tests,
which assert on what the briefing's table shows for it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.figures import extract_figures
from generator.model import Figure


def key_figure(nlp: Language, text: str, written: str) -> Figure:
    """The key figure written as `written` in `text` (there must be one)."""
    found = [f for f in extract_figures(nlp(text)) if f.text == written]
    assert found, f"{written} is no key figure"
    return found[0]


def counts(nlp: Language, text: str, written: str) -> str | None:
    """What the key figure written as `written` counts, as the table shows it."""
    return key_figure(nlp, text, written).counts
