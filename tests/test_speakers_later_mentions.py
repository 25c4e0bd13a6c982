"""Names news shortens on later mention, which an editor had to mend on wire copy
(issue 11: duplicate actors and speakers missing):

- an Arabic surname's article is dropped ("Hamad Nasser al-Thani" ... "Thani said"):
  one person, listed once, and the "he said" after "Thani said" is his;
- "the radio" after "Tehran Radio" and then "the daily Kayhan International" is the
  radio, not the last publication named.

Articles written for these tests; each assertion reads what a briefing publishes.
"""

from __future__ import annotations

from published_actors import listed
from published_speakers import speaker_of, speakers
from spacy.language import Language

GULF_BANK = """Gulf lender sees lean year

DOHA, April 2 - The general manager of Gulf Trust Bank, Hamad Nasser al-Thani, said the
economy was not improving.

Profits fell 12 pct last year, and growth partly reflected bridging loans to the state,
Thani said. "We have too many banks in this country," he said.

A rival lender's manager, Peter Lowe, said deposits were falling. "It will be a hard
year," Lowe said.
"""


def test_a_surname_without_its_article_is_the_person(nlp: Language) -> None:
    actors = listed(nlp, GULF_BANK)
    assert "Hamad Nasser al-Thani" in actors
    assert actors["Hamad Nasser al-Thani"].type == "person"
    assert "Thani" not in actors
    found = speakers(nlp, GULF_BANK)
    assert speaker_of(found, "Profits fell 12 pct") == "Hamad Nasser al-Thani"
    assert speaker_of(found, "We have too many banks") == "Hamad Nasser al-Thani"
    assert speaker_of(found, "It will be a hard") == "Peter Lowe"


RADIO = """Iran doubts U.S. will act

Iranian Prime Minister Mir Hossein Mousavi said he doubted the U.S. could act against
Iran in the Gulf, Tehran Radio reported.

The U.S. "is in a very difficult position now," the radio quoted him as saying in an
interview with the daily Kayhan International.

Mousavi said Washington had to show its strength, "but any violent act in the Gulf will
greatly harm U.S. interests," the radio, monitored in Nicosia, reported.
"""


def test_the_radio_is_the_body_named_radio(nlp: Language) -> None:
    """ "the radio" refers back to "Tehran Radio", not to the daily named since."""
    found = speakers(nlp, RADIO)
    assert speaker_of(found, "but any violent act") in {"Tehran Radio", "Mir Hossein Mousavi"}
