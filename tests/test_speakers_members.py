"""A description that only places someone in a body ("the union official", "the
exchange's top policymaker") right after a named person's report whose title ties that
person to the same body is that person (issue 11: resolve descriptions to the person
the article names with them). Twins where it is not: another body ("the ministry
official"), an unnamed one of the kind met before ("A union official said ..."), and
another person named in between. Articles written for the test, in wire style."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

POLICYMAKER = """Exchange weighs new limits

The Chicago Grain Exchange will consider new limits on
speculative positions next month, exchange chairman Leo Marsh
told reporters.
    The exchange's top policymaker said the board wanted to curb
volatility before the harvest.
    Trading volume rose 12 pct last month, the exchange said.
"""

UNION = """Union rejects pay offer

The national dockers' union rejected a pay offer of three pct,
union leader Carla Ruiz said.
    The {body} official said members would vote on strike action
next week.
    Employers said the offer was final.
"""

UNNAMED_BEFORE = """Union rejects pay offer

A union official said the dockers were angry. The national dockers'
union rejected a pay offer of three pct, union leader Carla Ruiz said.
    The union official said members would vote on strike action
next week.
"""

ANOTHER_BETWEEN = """Union rejects pay offer

The national dockers' union rejected a pay offer of three pct,
union leader Carla Ruiz said after talks with Labour Minister Tomas
Vidal.
    The union official said members would vote on strike action
next week.
"""


def test_the_top_policymaker_of_the_exchange_is_its_chairman(nlp: Language) -> None:
    found = speakers(nlp, POLICYMAKER)
    assert speaker_of(found, "the board wanted to curb") == "Leo Marsh", found


def test_the_union_official_is_the_union_leader_just_quoted(nlp: Language) -> None:
    found = speakers(nlp, UNION.format(body="union"))
    assert speaker_of(found, "members would vote") == "Carla Ruiz", found


def test_an_official_of_another_body_is_not_the_union_leader(nlp: Language) -> None:
    found = speakers(nlp, UNION.format(body="ministry"))
    assert speaker_of(found, "members would vote") is None, found


def test_an_unnamed_official_met_before_keeps_the_description(nlp: Language) -> None:
    found = speakers(nlp, UNNAMED_BEFORE)
    assert speaker_of(found, "members would vote") is None, found


def test_another_person_named_between_keeps_the_description(nlp: Language) -> None:
    found = speakers(nlp, ANOTHER_BETWEEN)
    assert speaker_of(found, "members would vote") is None, found
