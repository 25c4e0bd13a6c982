"""Pronoun speakers of wire copy (issue 11): "he said", "they said", "it said" after a
reporting clause. A "he" after someone the writer brings up without a name is not the
person who spoke before; "they" after a body's officials speaks for that body, as the
officials' own words do; "it" after a body the article names only by a description
keeps that description. Each article is written for the test; each assertion reads the
published quotation."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

NEWCOMER = """TOKYO STOCKS SEEN FALLING

Tokyo share prices are likely to fall sharply today after the overnight slide in
New York, brokers said.

Simon Smithson, a share analyst at a London broker, said the market was likely to fall
in morning trading. "The problems of New York do not exist in Japan," Smithson said.

However, a stocks fund manager at a major trust bank made a more gloomy prediction.
"You cannot ignore New York," he said.
"""

NO_NEWCOMER = """TOKYO STOCKS SEEN FALLING

Tokyo share prices are likely to fall sharply today after the overnight slide in
New York, brokers said.

Simon Smithson, a share analyst at a London broker, said the market was likely to fall
in morning trading. "The problems of New York do not exist in Japan," Smithson said.

"You cannot ignore New York," he said.
"""


def test_he_after_an_unnamed_newcomer_is_not_the_last_speaker(nlp: Language) -> None:
    """ "a stocks fund manager ... made a more gloomy prediction": the "he" after it is
    that fund manager, never Smithson, who spoke before."""
    found = speakers(nlp, NEWCOMER)
    assert speaker_of(found, "You cannot ignore") != "Simon Smithson", found


def test_he_right_after_a_speaker_is_still_theirs(nlp: Language) -> None:
    """The twin without the fund manager: the "he" goes on with Smithson."""
    found = speakers(nlp, NO_NEWCOMER)
    assert speaker_of(found, "You cannot ignore") == "Simon Smithson", found


OFFICIALS = """BANGLADESH EASES IMPORT CURBS

Bangladesh announced a new import policy for the year starting July 1.

Commerce Ministry officials told Reuters the import policy covered only commercial
imports amounting to 1.805 billion dlrs. Imports of machinery and foodgrains by the
government were not included in the policy, they added.
"""

OTHERS_BETWEEN = """BANGLADESH EASES IMPORT CURBS

Bangladesh announced a new import policy for the year starting July 1.

Commerce Ministry officials told Reuters the import policy covered only commercial
imports amounting to 1.805 billion dlrs. Importers say the rules remain too strict.
Imports of machinery and foodgrains by the government were not included in the
policy, they added.
"""


def test_they_after_a_bodys_officials_speak_for_the_body(nlp: Language) -> None:
    """ "Commerce Ministry officials told Reuters ... , they added": the officials' words
    are the ministry's, and so are those of the "they" that goes on."""
    found = speakers(nlp, OFFICIALS)
    assert speaker_of(found, "the import policy covered") == "Commerce Ministry", found
    assert speaker_of(found, "Imports of machinery") == "Commerce Ministry", found


def test_they_after_other_people_between_is_not_the_body(nlp: Language) -> None:
    """Importers are the subject of a sentence between: "they" may be them."""
    found = speakers(nlp, OTHERS_BETWEEN)
    assert speaker_of(found, "Imports of machinery") != "Commerce Ministry", found


DESCRIBED = """SWEDEN TO TIGHTEN RULES FOR FINANCIAL GROUPS

Sweden plans to tighten the rules for financial groups that own banks.

The proposal suggests that a holding company with a banking unit must be subject to
the same rules as commercial banks, the finance ministry said in a statement.

It added that July 1 this year was the proposed date of implementation.
"""


def test_it_after_a_described_body_keeps_the_description(nlp: Language) -> None:
    """ "..., the finance ministry said in a statement. It added": no actor for "the
    finance ministry", so the page shows that quotation under the same words as the
    one before, not as an unattributed "it"."""
    extraction, problems = extract_document(parse(nlp, DESCRIBED))
    assert problems == []
    added = [q for q in extraction.quotes if q.text.startswith("July 1 this year")]
    assert added, extraction.quotes
    assert added[0].speaker is None
    assert (added[0].speaker_mention or "").casefold() == "the finance ministry", added


REPORTED = """ORANGE CROP DAMAGED IN CALABRIA

Unfavorable weather damaged oranges in the Calabria region of southern Italy, a field
report from Rome said.

The report said the region accounts for about 26 pct of total production. Production
in the region is forecast at 565,000 tonnes this season, it said.
"""


def test_it_after_a_document_keeps_the_document(nlp: Language) -> None:
    """ "The report said ... , it said": the report's words, shown under "The report"
    with the quotation before, not as an unattributed "it"."""
    extraction, problems = extract_document(parse(nlp, REPORTED))
    assert problems == []
    added = [q for q in extraction.quotes if q.text.startswith("Production in the region")]
    assert added, extraction.quotes
    assert added[0].speaker is None
    assert (added[0].speaker_mention or "").casefold() == "the report", added
