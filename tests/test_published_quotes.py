"""What "Who said what" publishes: object phrases are not quotes, and a place speaks
only where the article names it as the speaker (its government or office)."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.layout import parse

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
