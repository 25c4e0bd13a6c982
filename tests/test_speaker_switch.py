"""A second speaker in the tag's own sentence takes the next quotation from the first
(generator.extract.speaker_switch)."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.quotes import extract_quotes


def speakers(nlp: Language, text: str) -> list[str | None]:
    return [q.speaker_mention for q in extract_quotes(nlp(text)) if q.kind == "direct"]


def test_reply_after_another_breaks_in_keeps_no_speaker(nlp: Language) -> None:
    text = (
        "\u201cTell her I promised you a picture,\u201d Mrs Ebeling said, and her husband "
        "cut in. \u201cDo not forget Tom. We were all in the same grade.\u201d"
    )
    assert speakers(nlp, text) == ["Mrs Ebeling", None]


def test_reply_after_another_interrupts_keeps_no_speaker(nlp: Language) -> None:
    text = (
        "\u201cYes,\u201d Mr Smith said, before Ms Jones interrupted. "
        "\u201cNo, that is plainly wrong.\u201d"
    )
    assert speakers(nlp, text) == ["Mr Smith", None]


def test_what_came_before_the_tag_keeps_the_speaker(nlp: Language) -> None:
    text = (
        "\u201cWe will win,\u201d Mr Smith told the Journal in July, after Ms Jones had "
        "asked. \u201cWe always do.\u201d"
    )
    assert speakers(nlp, text) == ["Mr Smith", "Mr Smith"]


def test_a_thing_going_on_after_the_tag_keeps_the_speaker(nlp: Language) -> None:
    text = (
        "\u201cI can't put another name on it,\u201d said analyst Jay Freedman as vaguer "
        "rumors continued to hold up the stock. \u201cIt very well could be someone's "
        "interested.\u201d"
    )
    assert speakers(nlp, text) == ["analyst Jay Freedman", "analyst Jay Freedman"]
