"""A figure's context in an interview transcript starts at the answer, not at its
speaker's label (issue 11: '"CLINTON: I feel ... the four brave Americans'), on an
article written for this test."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.figures import extract_figures

TRANSCRIPT = """Senator Jane Miller spoke to the reporter Tom Baker on Sunday about the bill.

BAKER: Senator, will the bill pass this week?

MILLER: The bill gives 4,000 rural schools new funding, and I think it will pass.

BAKER: And what about the vote in the House?

MILLER: We have the votes we need, and we will keep talking to the other side.
"""


def test_a_figure_in_a_transcript_turn_is_shown_without_the_label(nlp: Language) -> None:
    figure = next(f for f in extract_figures(nlp(TRANSCRIPT)) if f.text == "4,000")
    assert figure.sentence.startswith("The bill gives 4,000 rural schools"), figure.sentence
