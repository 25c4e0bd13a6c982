"""What a body published speaks for it (issue 11, missing speakers): "a study by Credit
Suisse said", "a statement by ENOF said" and "the study" after them give the body
named after "by". Only one organisation, and nothing but its name after "by": "a poll
by two networks" or a study by a person names no body. Each article is written for the
test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

STUDY = """Copper demand seen outpacing supply

Copper prices are "likely to stay firm for most of the year," a study by Halvorsen
Metals Research said.
    The study predicted demand rising by 200,000 tonnes this year, against a small
increase in supply.
    The study said that mine output in Chile was unlikely to recover before 1988.
"""

STATEMENT = """Zinc makers agree minimum price

Two European zinc makers have agreed to apply a minimum selling price, the
Belgian news agency Belga said.
    The agreement was made at a meeting here last week between Belgium's Vieille
Montagne Zinc and Sweden's Boliden.
    The two firms "took note of the weak prices quoted on the market," a statement by
Vieille Montagne Zinc said.
    "They have thus decided that sales would be made at a minimum price," the statement
said.
"""


def test_a_study_by_a_body_speaks_for_it(nlp: Language) -> None:
    found = speakers(nlp, STUDY)
    assert speaker_of(found, "likely to stay firm") == "Halvorsen Metals Research", found
    assert speaker_of(found, "demand rising") == "Halvorsen Metals Research", found


def test_a_statement_by_a_body_speaks_for_it(nlp: Language) -> None:
    found = speakers(nlp, STATEMENT)
    assert speaker_of(found, "took note of the weak prices") == "Vieille Montagne Zinc", found
