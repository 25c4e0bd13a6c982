"""A quoted paragraph that narrates another person's speech is not the previous
speaker's (generator.extract.narrated_quotes)."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.quotes import extract_quotes
from generator.model import Quote


def direct_quotes(nlp: Language, text: str) -> list[Quote]:
    return [q for q in extract_quotes(nlp(text)) if q.kind == "direct"]


def test_quoted_report_of_another_persons_speech_keeps_no_speaker(nlp: Language) -> None:
    text = (
        '"We will win this seat in May," Ms Harlow said at the rally in Leeds.\n\n'
        '"On Sunday, Penrose announced that he had raised two million pounds in March '
        'alone, nearly all of it from small donors."\n\n'
        "The vote is on Thursday."
    )
    first, second = direct_quotes(nlp, text)
    assert first.speaker_mention == "Ms Harlow"
    assert second.speaker_mention is None


def test_quoted_paragraph_in_the_first_person_stays_the_speakers(nlp: Language) -> None:
    text = (
        '"We will win this seat in May," Ms Harlow said at the rally in Leeds.\n\n'
        '"On Sunday, Penrose announced that he had raised two million pounds. We raised '
        'more than that in a week."\n\n'
        "The vote is on Thursday."
    )
    _first, second = direct_quotes(nlp, text)
    assert second.speaker_mention == "Ms Harlow"
