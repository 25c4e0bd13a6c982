"""Where a report's words start when the writer's own words open its sentence (issue 11,
quote bounds and non-quotes): the writer's link back to the story before an "according
to" report is left out, a purpose that opens words split by their tag is kept, and a
finding owned by someone else is never the sentence subject's words."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

ARTICLE = """Harbour plan divides the town

The harbour board closed the old quay in March. Since then, traffic on the coast road
has doubled, according to the county council.

Under the new timetable, the ferry will sail twice a day, according to the operator.

To understand the dispute, Roberts said, one should look at the fees the board charges.
If the fees rise again, Roberts said, the ferry will stop running in winter.
But to prevent delays, he said, officials will check every ticket.

Kay has faced criticism over her relationship with Reed and the board amid the audit
community\u2019s finding that board members stole harbour funds in a bid to sell the quay.
She's telling allies that she hopes the audit forces the board to reconsider.
"""


def shown(nlp: Language) -> dict[str, str | None]:
    extraction, problems = extract_document(parse(nlp, ARTICLE))
    assert problems == []
    return {" ".join(quote.text.split()): quote.speaker for quote in extraction.quotes}


def test_the_writers_link_back_to_the_story_is_not_the_sources(nlp: Language) -> None:
    """ "Since then" points at the events the writer has just told; a condition
    ("Under the new timetable") is part of what the source vouches for."""
    texts = shown(nlp)
    assert "traffic on the coast road has doubled" in texts, texts
    assert not any(text.startswith("Since then") for text in texts), texts
    assert any(text.startswith("Under the new timetable") for text in texts), texts


def test_a_purpose_before_a_tag_inside_the_words_is_kept(nlp: Language) -> None:
    texts = shown(nlp)
    assert "To understand the dispute, one should look at the fees the board charges" in texts, (
        texts
    )
    assert texts["To understand the dispute, one should look at the fees the board charges"] == (
        "Roberts"
    )
    assert "If the fees rise again, the ferry will stop running in winter" in texts, texts
    assert "to prevent delays, officials will check every ticket" in texts, texts


def test_a_finding_owned_by_others_is_not_the_subjects_words(nlp: Language) -> None:
    """ "the audit community's finding that ..." (a curly apostrophe): the parser reads
    the possessive as punctuation and "finding" as a verb of the sentence's subject."""
    texts = shown(nlp)
    assert not any("stole harbour funds" in text and who == "Kay" for text, who in texts.items())
    assert any(text.startswith("she hopes the audit") for text in texts), texts  # "She's"
