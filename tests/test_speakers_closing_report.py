"""A wire story's "it said" after a lead that closes on the organisation's full name as
its reporting clause (issue 11, missing speakers): "..., the Intergovernmental Council
of Copper Exporting Countries (CIPEC) said.⏎By stressing ..., it said". The parse of
such a long lead may miss the clause, which left the "it said" that follows without a
speaker. Its twin puts another body's report between: the "it" is then never the
body named in the lead. Each article is written for the test; each assertion reads the
published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

COUNCIL = "Intergovernmental Council of Copper Exporting Countries"

LEAD = """COPPER GROUP WARNS ON U.S. DEFICIT

The United States' emphasis on its foreign copper deficit is misplaced and the
country's real problem lies in its large federal budget deficit, the Intergovernmental
Council of Copper Exporting Countries (CIPEC) said.

By stressing its record copper output of 1.4 mln tonnes last year, Chile was fuelling
protectionist pressure which threatens the world copper trade, it said in an annual
report.
"""

BETWEEN = """COPPER GROUP WARNS ON U.S. DEFICIT

The United States' emphasis on its foreign copper deficit is misplaced and the
country's real problem lies in its large federal budget deficit, the Intergovernmental
Council of Copper Exporting Countries (CIPEC) said.

Chile's mines are working at full capacity, Codelco said.

By stressing its record copper output of 1.4 mln tonnes last year, Chile was fuelling
protectionist pressure which threatens the world copper trade, it said in an annual
report.
"""


def test_it_said_after_a_lead_closed_by_the_body_named_in_full(nlp: Language) -> None:
    """The lead's clause names the council in full: the "it said" right after is its."""
    found = speakers(nlp, LEAD)
    assert speaker_of(found, "By stressing its record copper") == COUNCIL, found


def test_it_said_after_another_body_reported_is_not_the_lead_s(nlp: Language) -> None:
    """Codelco reported in the sentence between: "it" is not the council of the lead."""
    found = speakers(nlp, BETWEEN)
    assert speaker_of(found, "By stressing its record copper") != COUNCIL, found


OWN_SENTENCE = """PHONE COMPANY TO CUT RATES

The changes will decrease the charges for longer distances and increase shorter
distance rates, the Northern Telephone Company said.

The Federal Radio and Telecommunications Commission ordered the Northern Telephone
Company to reduce its rates because it said the company was making more than the
allowable rate of return.
"""


def test_it_said_after_a_body_named_in_its_own_sentence_is_not_the_lead_s(
    nlp: Language,
) -> None:
    """The commission is the subject of the pronoun's own sentence: "it" is never the
    telephone company whose name closed the sentence before."""
    found = speakers(nlp, OWN_SENTENCE)
    assert speaker_of(found, "the company was making more") != "Northern Telephone Company", found
