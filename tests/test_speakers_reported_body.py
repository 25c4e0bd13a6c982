"""'The group says' right after the article reported a body's words ("according to the
National Golf Foundation") is that body (issue 11, missing speakers), even where other
bodies were named sentences before; never where another body or a person is named in
between, nor after an unnamed group ("A group of MPs"), nor "the company" for a body
whose name says it is no company. Each article is written for the test; each assertion
reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

COURSES = """Tennis clubs struggle to find members

Membership at the Riverside Lawn Tennis Club has fallen for six years, and the Hilltop
Racquet Club closed its courts last spring.

There are about two million fewer players in Britain than a decade ago, according to the
National Tennis Foundation. Almost 300 clubs have closed since 2006, the group says.
"""

COMPANY = """Tennis clubs struggle to find members

Membership at the Riverside Lawn Tennis Club has fallen for six years, and the Hilltop
Racquet Club closed its courts last spring.

There are about two million fewer players in Britain than a decade ago, according to the
National Tennis Foundation. Almost 300 clubs have closed since 2006, the company says.
"""


def test_the_group_is_the_body_just_reported(nlp: Language) -> None:
    found = speakers(nlp, COURSES)
    assert speaker_of(found, "Almost 300 clubs have closed") == "National Tennis Foundation", found


def test_the_company_is_no_foundation(nlp: Language) -> None:
    found = speakers(nlp, COMPANY)
    assert speaker_of(found, "Almost 300 clubs have closed") is None, found
