"""The actor list an editor would publish as it is: a clause of someone else's claim is
no quote of the verb's subject."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


CLAIM = (
    "Obama rejects Republican plans.\n\n"
    "President Obama spoke in Washington on Tuesday. The president has denounced "
    "suggestions by the Republican front-runners, Donald Trump and Sen. Ted Cruz, that "
    "they would deport all 11 million undocumented immigrants in the United States."
)


def test_a_claim_by_others_is_no_quote_of_who_denounced_it(nlp: Language) -> None:
    extraction, problems = extract_document(parse(nlp, CLAIM))
    assert problems == []
    deport = [q for q in extraction.quotes if "would deport" in q.text]
    assert all(q.speaker != "Obama" for q in deport), deport
