"""Speakers described by a nationality or an age the article states of one person
(issue 11): "Dutch winger Piet Kuyt ... the Dutchman said", "Tom Briggs, 23, ... said
the 23-year-old". The person the article gives the fact is the speaker even when
another person was named in between, and so is the only person the article has named
so far; two people given it, or a person given another age, leave the quotation
unattributed. Each article is written for the test; each
assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

WINGER = """Kuyt back for derby

Rovers manager Dave Holt has welcomed the return of Dutch winger Piet Kuyt for
Saturday's derby against City.

Kuyt missed five games with a knee injury, and Holt was worried about the club's
lack of width. But midfielder Sam Cole is still out. "I feel strong again and I want
to play every minute," the Dutchman said.
"""

TWO_DUTCH = """Kuyt back for derby

Rovers manager Dave Holt has welcomed the return of Dutch winger Piet Kuyt for
Saturday's derby against City. Dutch defender Mark Smit, 29, is also fit again.

Kuyt missed five games with a knee injury, and Smit was out with a virus. "I feel
strong again and I want to play every minute," the Dutchman said.
"""

AGE = """Briggs signs new deal

Rovers striker Tom Briggs, 23, has signed a new three-year contract with the club.

Briggs scored 14 goals last season. Manager Dave Holt, 51, said keeping him was vital.
"I am very happy here and this is where I want to win things," said the 23-year-old.
"""

OTHER_AGE = """Briggs signs new deal

Rovers striker Tom Briggs has signed a new three-year contract with the club.

Manager Dave Holt, 51, watched the deal go through. Holt said the club had worked for
weeks on it. "I am very happy here and this is where I want to win things," said the
23-year-old.
"""


def test_a_nationality_the_article_gave_one_person(nlp: Language) -> None:
    """Only Kuyt is called Dutch: "the Dutchman" is Kuyt, though Holt and Cole were
    named since."""
    found = speakers(nlp, WINGER)
    assert speaker_of(found, "I feel strong again") == "Piet Kuyt", found


def test_a_nationality_two_people_share_stays_unnamed(nlp: Language) -> None:
    """Kuyt and Smit are both Dutch: "the Dutchman" may be either."""
    found = speakers(nlp, TWO_DUTCH)
    assert speaker_of(found, "I feel strong again") is None, found


def test_an_age_the_article_gave_one_person(nlp: Language) -> None:
    """Briggs is 23 and Holt 51: "the 23-year-old" is Briggs, not the manager named
    last."""
    found = speakers(nlp, AGE)
    assert speaker_of(found, "I am very happy here") == "Tom Briggs", found


def test_an_age_the_article_gave_someone_else_is_not_his(nlp: Language) -> None:
    """Holt is the subject just before, but the article makes him 51: "the
    23-year-old" is not Holt, and no one is given that age."""
    found = speakers(nlp, OTHER_AGE)
    assert speaker_of(found, "I am very happy here") != "Dave Holt", found


DIRECTOR = """Hale plans new war film

Film director Tom Hale has said he will start work on a war film next year.

The Oscar winner said on a visit to London that the script was nearly finished. "It
will take a long time to find the right cast," said the Australian.
"""

DIRECTOR_AND_STAR = """Hale plans new war film

Film director Tom Hale has said he will start work on a war film next year with
actor Ben Ross.

The Oscar winner said on a visit to London that the script was nearly finished. "It
will take a long time to find the right cast," said the Australian.
"""


def test_a_nationality_of_the_only_person_named_so_far(nlp: Language) -> None:
    """Hale is the one person the article has named: "the Australian" is Hale."""
    found = speakers(nlp, DIRECTOR)
    assert speaker_of(found, "It will take a long time") == "Tom Hale", found


def test_a_nationality_after_two_people_named_stays_unnamed(nlp: Language) -> None:
    """Hale and Ross are named, neither as Australian: either may be."""
    found = speakers(nlp, DIRECTOR_AND_STAR)
    assert speaker_of(found, "It will take a long time") is None, found


NO_FACTS = """Kuyt back for derby

Rovers manager Dave Holt has welcomed the return of winger Piet Kuyt for Saturday's
derby against City.

Kuyt missed five games with a knee injury, and Holt was worried about the club's lack
of width. But midfielder Sam Cole is still out. "I feel strong again and I want to play
every minute," the Dutchman said.
"""


def test_a_nationality_no_one_is_given_is_no_name(nlp: Language) -> None:
    """No one is called Dutch, and three people are named: the quotation has no
    speaker, not one called "Dutchman" (the model takes the noun for a name here)."""
    found = speakers(nlp, NO_FACTS)
    assert speaker_of(found, "I feel strong again") is None, found


HOST = """Reed quits music show

TV presenter Anna Reed has resigned as host of a Saturday morning music show after six
years.

On a visit to Leeds, the 31-year-old host said she wanted to concentrate on new
television projects.
"""


def test_an_age_before_a_calling_of_the_only_person_named(nlp: Language) -> None:
    """Reed is the one person named: "the 31-year-old host" is Reed."""
    found = speakers(nlp, HOST)
    assert speaker_of(found, "she wanted to concentrate") == "Anna Reed", found


OIL_MINISTER = """Oil talks resume in Vienna

Iraq's oil minister, Issam Chalabi, arrived in Vienna on Monday for talks with the
group's other members on output quotas.

Chalabi met officials from Kuwait and Algeria on Monday evening. "We will not accept a
lower quota than Iran's," the Iraqi minister told reporters after the meeting.
"""

COUNTERPART = """Leaders meet in London

Prime Minister Tony Blair met his French counterpart in London on Monday for talks on
the peace process.

The two leaders spoke for an hour. "We have agreed to meet again next month," the
French prime minister told reporters afterwards.
"""


def test_a_nationality_before_a_title_narrows_no_office(nlp: Language) -> None:
    """ "Iraq's oil minister, Issam Chalabi ... the Iraqi minister told reporters": every
    nationality adjective of data/nationalities.toml says who the holder is, not which
    office (as "the Kenyan archbishop" does)."""
    found = speakers(nlp, OIL_MINISTER)
    assert speaker_of(found, "We will not accept") == "Issam Chalabi", found


def test_a_nationality_of_an_unnamed_counterpart_narrows_the_office(nlp: Language) -> None:
    """ "Prime Minister Tony Blair met his French counterpart ... the French prime
    minister told reporters": the article gave the nationality to a prime minister it
    does not name, so the quotation is not Blair's."""
    found = speakers(nlp, COUNTERPART)
    assert speaker_of(found, "We have agreed") is None, found


def test_every_nationality_noun_says_what_it_is_stated_by() -> None:
    """data/nationalities.toml gives every nationality noun the speakers read as a
    description the words and countries that state it (a noun without them could never
    be resolved by what the article says), and the nouns swept into names are among
    them: one lexicon, read through generator/extract/nationalities.py."""
    from generator.extract.nationalities import (
        COUNTRIES,
        DEMONYM_NOUNS,
        NAME_PREFIX_NOUNS,
        PEOPLE,
    )

    assert set(PEOPLE) == set(DEMONYM_NOUNS) == set(COUNTRIES)
    assert all(COUNTRIES[noun] for noun in COUNTRIES)
    assert NAME_PREFIX_NOUNS <= DEMONYM_NOUNS
