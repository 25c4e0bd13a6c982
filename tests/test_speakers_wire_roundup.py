"""Wire roundups that quote one company a paragraph (issue 11, missing speakers):
"Shell Francaise's Berre l'Etang refinery will shut down in April, a company spokesman
said" is Shell Francaise's spokesman, the company the words are about, whoever spoke in
the paragraph before; never when the report before was another company's own ("Brenton
Aircraft said ...") or the words bring up another party. Each article is written for
the test, hard-wrapped and indented the Reuters way; each assertion reads the
published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

REFINERIES = """Refineries shut for maintenance

Several European refineries are shut for maintenance, oil
traders said.
    Shell Francaise's Berre l'Etang refinery will shut down in
early April until mid-June, a company spokesman said.
    Compagnie Francaise de Raffinage will close the visbreaker at
its La Mede refinery in early April, a company spokesman said.
    The Esso Italiana refineries at Augusta will not be closing
this spring, a spokesman for the company said.
"""


def test_a_company_spokesman_speaks_for_the_company_his_words_are_about(
    nlp: Language,
) -> None:
    """The subject of the words, its owner ("Shell Francaise's refinery") or its name
    ("The Esso Italiana refineries"): each paragraph's spokesman speaks for it."""
    found = speakers(nlp, REFINERIES)
    assert speaker_of(found, "Shell Francaise") == "Shell Francaise", found
    assert speaker_of(found, "Compagnie Francaise") == "Compagnie Francaise de Raffinage", found
    assert speaker_of(found, "The Esso Italiana") == "Esso Italiana", found


ORDER = """Planemaker wins order

Brenton Aircraft Co said it won an order for 15 jets from
Harlow Airlines Inc.
    Harlow Airlines will fly the jets on Atlantic routes, a
company spokesman said.
"""


def test_a_spokesman_after_another_company_s_own_report_stays_open(nlp: Language) -> None:
    """After "Brenton Aircraft Co said", the spokesman who says what Harlow Airlines
    will do may be Brenton's: no speaker rather than a wrong one."""
    found = speakers(nlp, ORDER)
    assert speaker_of(found, "Harlow Airlines will") != "Harlow Airlines Inc", found


CHIPS = """Japan seeks chip talks

Japan will ask for emergency talks with the United States on
computer chips, the government said.
    Ministry of International Trade and Industry (MITI) officials
said the ministry wanted output cut by 10 pct.
    But they admitted that Japan was considering taking the case
to the GATT if Washington imposed the tariffs.
"""


def test_they_after_a_body_s_officials_named_with_its_acronym(nlp: Language) -> None:
    """ "Ministry of International Trade and Industry (MITI) officials said ... But they
    admitted": the acronym wire copy adds in brackets is the body's own name, so the
    officials are still its voices and "they" goes on for it."""
    miti = "Ministry of International Trade and Industry"
    found = speakers(nlp, CHIPS)
    assert speaker_of(found, "the ministry wanted") == miti, found
    assert speaker_of(found, "Japan was considering") == miti, found
