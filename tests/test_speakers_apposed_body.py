"""A description of a body with the body's name in apposition, closing the sentence
(issue 11, missing speakers): "according to the country's main oil company, Petrolia."
is Petrolia's; a name that is not the whole apposition ("the company, Petrolia's
rival,") names no speaker. Each article is written for the test; each assertion reads
the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

RESERVES = """Norland oil reserves rise

Proven oil reserves in Norland rose last year despite higher output, according to the
country's main oil producing company, Petrolia.
    Petrolia raised output to 1.2 mln barrels per day in 1986 from 0.9 mln a year
earlier, and plans to drill 40 new wells this year.
"""

SUPPLIER = """Grain exports climb

Grain exports from Norland rose 12 pct last year, according to the biggest trading
group, Agrimex.
    Agrimex shipped most of the grain to Egypt and Algeria, and expects exports to
grow again this year, officials at Agrimex said.
"""


def test_a_body_named_in_apposition_at_the_sentence_end_speaks(nlp: Language) -> None:
    found = speakers(nlp, RESERVES)
    assert speaker_of(found, "Proven oil reserves in Norland rose") == "Petrolia", found


def test_a_group_named_in_apposition_at_the_sentence_end_speaks(nlp: Language) -> None:
    found = speakers(nlp, SUPPLIER)
    assert speaker_of(found, "Grain exports from Norland rose") == "Agrimex", found
