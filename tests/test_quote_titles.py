"""A work's title in quotation marks with its author after it ("“...” by George Anders")
is a mention of the book, not anyone's words, however long the title (issue 11). Each
article is written for the test; each assertion reads the published quotes."""

from __future__ import annotations

from published_speakers import speakers
from spacy.language import Language

BOOK = (
    "Chief executive weighs the merger\n\n"
    "Maria Delgado ran the company for six years.\n\n"
    'One Sunday in 2001, according to "Running the Numbers: Maria Delgado and the Remaking '
    'of Harbour Steel" by Thomas Reed, Delgado sat in her study and called the directors, '
    "asking each of them for an answer on the merger.\n\n"
    '"The merger was the best option for us," Delgado said.\n'
)


def test_a_long_title_with_its_author_is_no_quotation(nlp: Language) -> None:
    """The book's title names her, and she called the directors in the same sentence,
    but the title is Thomas Reed's book, not her words; her own quotation stays hers."""
    found = speakers(nlp, BOOK)
    assert not any(text.startswith("Running the Numbers") for text in found), found
    assert found.get("The merger was the best option for us") == "Maria Delgado", found
