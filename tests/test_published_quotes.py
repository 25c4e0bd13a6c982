"""What "Who said what" publishes: object phrases are not quotes, and a place speaks
only where the article names it as the speaker (its government or office)."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

ARTICLE = """Harbour board rejects fee plan

The harbour board rejected the fee plan on Monday, and the mayor denied any wrongdoing.

Envoys met in Moscow on Tuesday. Moscow said the talks on fees had failed.

"We cannot keep the harbour open on the old fees," the harbour master said.

Critics said it would hurt fishing families, but the council said they were wrong.
"""


def test_object_phrases_are_not_published_as_quotes(nlp: Language) -> None:
    extraction, problems = extract_document(parse(nlp, ARTICLE))
    assert problems == []
    texts = [quote.text for quote in extraction.quotes]
    assert not any("wrongdoing" in text or text == "the fee plan" for text in texts), texts
    assert any(text.startswith("the talks on fees had failed") for text in texts), texts


def test_a_place_named_as_the_speaker_speaks(nlp: Language) -> None:
    """ "Moscow said": the city stands for its government, and the article names it."""
    extraction, _ = extract_document(parse(nlp, ARTICLE))
    assert ("Moscow", "place") in {(actor.name, actor.type) for actor in extraction.actors}
    speakers = {quote.text: quote.speaker for quote in extraction.quotes}
    assert speakers["the talks on fees had failed"] == "Moscow", speakers


SCARE = """Minister attacks dossier

The former minister attacked the way the plan was "sold" to voters on Monday.

Tory leader Ann Hale said the minister had given "damaging testimony" to the inquiry.
"""


def test_a_scare_quote_stays_in_the_text(nlp: Language) -> None:
    """One to three quoted words in the writer's own sentence are not a quote; under a
    plain "said" they stand for what was said, and are listed."""
    extraction, _ = extract_document(parse(nlp, SCARE))
    texts = {quote.text: quote.speaker for quote in extraction.quotes}
    assert "sold" not in texts, texts
    assert texts.get("damaging testimony") == "Ann Hale", texts


PLANS = """Ferry talks resume

Both sides agreed to begin talks on the ferry timetable. The Lowe family plans to drive
to the coast instead. Fares are expected to rise again next spring.

The harbour master, Ann Pike, vowed to keep the ferry running all winter.
"""


def test_an_infinitive_without_a_speaker_is_no_quote(nlp: Language) -> None:
    """ "Both sides agreed to begin talks": a plan with no source is not "who said what";
    "Ann Pike vowed to keep the ferry running" names who said it and stays."""
    extraction, problems = extract_document(parse(nlp, PLANS))
    assert problems == []
    said = {quote.text: quote.speaker for quote in extraction.quotes}
    assert not any(text.startswith("to begin talks") for text in said), said
    assert not any(text.startswith("to drive") for text in said), said
    assert not any(text.startswith("to rise") for text in said), said
    assert said.get("to keep the ferry running all winter") == "Ann Pike", said


LABELS = """Port plan mocked

Among the new schemes are the so-called \u201cmini-jobs\u201d, which top up pay. The minister \
mocked the plan, which he called a \u201cghost port\u201d. The mayor said the harbour was \
\u201cin good shape\u201d.
"""


def test_quoted_words_named_as_a_label_are_not_published(nlp: Language) -> None:
    """ "the so-called "mini-jobs"", "what he called a "ghost port"": a name for
    something, not anyone's words; a quoted phrase someone said stays."""
    extraction, _ = extract_document(parse(nlp, LABELS))
    texts = [quote.text for quote in extraction.quotes]
    assert "mini-jobs" not in texts, texts
    assert "ghost port" not in texts, texts
    assert "in good shape" in texts, texts


NO_SOURCE = """Port fraud falls

The audit office said fraud at the port was rare. At the same time, reported fraud \
throughout the region dropped from 120 cases to 80 cases.
"""


def test_a_report_the_text_gives_no_source_for_is_not_published(nlp: Language) -> None:
    """ "reported fraud ... dropped": no one is said to say it, so it is no quote."""
    extraction, _ = extract_document(parse(nlp, NO_SOURCE))
    texts = [quote.text for quote in extraction.quotes]
    assert "fraud at the port was rare" in texts, texts
    assert not any(text.startswith("fraud throughout") for text in texts), texts
