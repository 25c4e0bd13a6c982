"""A bare title right after another person's report (issue 11, wrong speakers): "Lee of
Bray Research said ... But the analyst said" may be Lee, whose calling the article never
gave, as much as the analyst it named paragraphs before: no speaker rather than the
wrong analyst. Where the last speaker's roles rule the title out, the title's holder
stays. Each article is written for the test, hard-wrapped and indented the Reuters way;
each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

ANALYSTS = """Harlow Software buys Bolt Systems

Harlow Software Inc will buy Bolt Systems Corp for 300 mln
dlrs, the companies said.
    "The deal makes Harlow the largest supplier of such
software," said Tom Reed, an analyst with Carver Securities.
    Harlow said it would keep both product lines.
    Ann Lee of Bray Research said most software companies
trade at about 20 times earnings. But the analyst said Bolt
was worth the premium because of its customer base.
"""


def test_the_analyst_after_an_untitled_speaker_is_open(nlp: Language) -> None:
    """ "Ann Lee of Bray Research said ... But the analyst said": maybe Lee, never
    Reed only because the article called him an analyst before."""
    found = speakers(nlp, ANALYSTS)
    assert speaker_of(found, "Bolt was worth the premium") != "Tom Reed", found


CHAIRMAN = """Harlow Software buys Bolt Systems

Harlow Software Inc will buy Bolt Systems Corp for 300 mln
dlrs, the companies said.
    "The deal makes Harlow the largest supplier of such
software," said Tom Reed, an analyst with Carver Securities.
    Harlow chairman Ann Lee said the company would keep both
product lines. But the analyst said Bolt was worth less.
"""


def test_the_analyst_after_a_chairman_is_the_analyst(nlp: Language) -> None:
    """ "Harlow chairman Ann Lee said ... But the analyst said": not the chairman, so
    the one analyst the article named (a guard on the rule above)."""
    found = speakers(nlp, CHAIRMAN)
    assert speaker_of(found, "Bolt was worth less") == "Tom Reed", found
