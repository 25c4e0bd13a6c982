"""Bodies that stand for themselves under the kind of body they are (issue 11, missing
speakers): a research body named before ("the Tax Policy Center ... the center said",
"the Cato Institute, a libertarian think tank, ... the think tank said"); two bodies of
that kind named before leave it to no one. Each article is written for the test; each
assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

THINK_TANK = """Tax plan favours the rich

The plan would cut taxes by $3tn, according to the Tax Policy Center, a joint project
of the Urban Institute and the Brookings Institution.

The top 1% of households would gain most, the center said.

The Cato Institute, a libertarian think tank, said the plan would spur growth. Wages
would rise, the think tank said.
"""

TWO_CENTERS = """Tax plan favours the rich

The Tax Policy Center and the Center for American Progress both examined the plan.

The top 1% of households would gain most, the center said.
"""


def test_a_research_body_speaks_under_its_kind(nlp: Language) -> None:
    """ "the center" after the Tax Policy Center, with two institutes named in its
    apposition; "the think tank" after "the Cato Institute, a libertarian think tank"."""
    found = speakers(nlp, THINK_TANK)
    assert speaker_of(found, "The top 1% of households") == "Tax Policy Center", found
    assert speaker_of(found, "Wages would rise") == "Cato Institute", found


def test_two_bodies_of_a_kind_leave_the_kind_to_no_one(nlp: Language) -> None:
    """Two centres named before "the center said": neither."""
    found = speakers(nlp, TWO_CENTERS)
    assert speaker_of(found, "The top 1% of households") is None, found
