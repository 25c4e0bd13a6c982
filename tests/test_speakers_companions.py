"""Speakers named with the people around them (issue 11): "according to Hansen and his
collaborators" is Hansen's claim, and "they argue" after it his too; "who" right after a
person's name where the parser hung the clause on the sentence's verb. Each article is
written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

STUDY = """Glacier study warns of faster melt

Marine biologist Laura Pettersen has spent ten years measuring the ice shelf. Her new
study, published on Monday, describes a shelf thinning faster than any model predicted.

Summer melt alone will not explain the loss, according to Pettersen and her colleagues.
Warm ocean currents are eating the ice from below, they argue, adding that the shelf
could break apart within twenty years.
"""


def test_a_person_and_her_colleagues_speak_in_her_name(nlp: Language) -> None:
    """ "according to Pettersen and her colleagues", then "they argue ... adding": the
    study's claims, under the name of the one who leads it."""
    found = speakers(nlp, STUDY)
    assert speaker_of(found, "Summer melt alone") == "Laura Pettersen", found
    assert speaker_of(found, "Warm ocean currents") == "Laura Pettersen", found
    assert speaker_of(found, "the shelf could break apart") == "Laura Pettersen", found


FAMILY = """Couple win village lottery

Retired postman Gordon Blake has won the village lottery for the second time. Blake
and his wife said they would spend the money on a new roof.
"""


def test_a_person_and_his_wife_are_two_speakers(nlp: Language) -> None:
    """ "Blake and his wife said": a wife is a voice of her own, not one of his team;
    no single name stands for the two."""
    found = speakers(nlp, FAMILY)
    assert speaker_of(found, "they would spend the money") is None, found


LAWSUIT = """Spam firm files for bankruptcy

A marketing firm accused of sending junk mail is seeking bankruptcy protection.

The lawsuit was brought by Microsoft and New York attorney general Laura Finch who
alleged that the firm sent billions of messages through hijacked computers.
"""


def test_who_after_a_persons_name_is_that_person(nlp: Language) -> None:
    """ "... attorney general Laura Finch who alleged that ...": the parser hangs the
    clause on "brought", yet "who" right after her name stands for her."""
    found = speakers(nlp, LAWSUIT)
    assert speaker_of(found, "the firm sent billions") == "Laura Finch", found


TALKS = """Bonn rules out new spending

Finance official Karl Brenner said the government saw no need for measures to bolster
the economy but had not ruled out "appropriate and timely" action if growth slowed.
"""


def test_a_report_whose_only_quoted_words_are_a_label_is_shown(nlp: Language) -> None:
    """ "said the government ... had not ruled out 'appropriate and timely' action": the
    quoted words alone are a label, never shown; the clause is what Brenner said."""
    found = speakers(nlp, TALKS)
    assert speaker_of(found, "the government saw no need") == "Karl Brenner", found
