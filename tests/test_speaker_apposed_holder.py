"""The person a job description names by apposition, past a name inside it or a second
title (issue: briefings an editor can publish unedited): "Reagan's National Security
Adviser, Frank Carlucci, added" is Carlucci; "Acme Corp's chairman and chief executive
officer, Harold Sells, said" is Sells. Articles written for these tests; no corpus text."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

ADVISER = (
    "Chip talks fail\n"
    "    Japan and the United States failed to agree on computer chips on Monday.\n"
    "    Reagan's National Security Adviser, Frank Carlucci added, \"It looks like a very "
    'difficult situation at this point."\n'
    "    Carlucci said the evidence of dumping was conclusive."
)

CHAIRMAN = (
    "Stores stay\n"
    "    Acme Stores Co's chairman and chief executive officer, Harold Sells, said the "
    "company remains committed to its general merchandise stores.\n"
    "    Sells said the specialty stores earned most of the profit last year."
)

SPOKESMAN = (
    "Kennedy silent\n"
    "    Senator Edward Kennedy left Boston on Monday.\n"
    "    Kennedy's spokesman said the senator would not comment on the bill."
)


def test_adviser_of_a_president_is_the_adviser_named(nlp: Language) -> None:
    found = speakers(nlp, ADVISER)
    assert speaker_of(found, "It looks like a very difficult") == "Frank Carlucci", found


def test_chairman_with_two_titles_is_one_speaker(nlp: Language) -> None:
    found = speakers(nlp, CHAIRMAN)
    assert speaker_of(found, "the company remains committed") == "Harold Sells", found


def test_spokesman_of_a_named_senator_is_not_the_senator(nlp: Language) -> None:
    found = speakers(nlp, SPOKESMAN)
    assert speaker_of(found, "the senator would not comment") != "Edward Kennedy", found
