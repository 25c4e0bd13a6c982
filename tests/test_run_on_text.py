"""Text without sentence ends (a list of names, a table, a paste that lost its full
stops) is one "sentence" to the parser, thousands of tokens long. Reported speech is
read within a sentence, and each reporting verb walked all of it: a 16 KB paragraph of
"NAME said" took minutes, and stalled every build behind it. Such a run-on gives no
reported speech (its parse says nothing reliable about who reported what), promptly;
ordinary sentences around it keep theirs.
"""

from __future__ import annotations

import random

from spacy.language import Language

from generator.extract import extract_document
from generator.extract.run_on import MAX_SENTENCE_TOKENS

RUN_ON = "John Smith said Mary Jones " * 1000 + "too."  # 5,000 tokens, one full stop
PROSE = 'The mayor said the barrier would protect 4,000 homes. "It is done," said Ellen Price.'
# the prose after the run-on says something else: a statement printed twice is listed once
LATER_PROSE = 'The engineer said the barrier would last a century. "It is done," said Ellen Price.'


def test_a_run_on_paragraph_gives_no_reported_speech(nlp: Language) -> None:
    # No time bound: on a loaded machine (CI beside other jobs) one took 35 s against
    # 30 and failed; benchmarks measure time, tests what a reader gets.
    doc = nlp(f"{PROSE}\n\n{RUN_ON}\n\n{LATER_PROSE}")
    extraction, failures = extract_document(doc)
    assert failures == []
    quoted = [quote.text for quote in extraction.quotes]
    # the prose on both sides keeps its reports
    assert quoted.count("It is done") == 2, quoted
    assert quoted.count("the barrier would protect 4,000 homes") == 1, quoted
    assert quoted.count("the barrier would last a century") == 1, quoted
    assert not [text for text in quoted if "Mary Jones" in text], quoted


_ROWS = random.Random(1)
LEDGER = ",".join(f"{_ROWS.randint(0, 99999)},Acme Corp,{_ROWS.random():.3f}" for _ in range(1500))


def test_a_pasted_ledger_gives_no_figures_and_spares_the_story(nlp: Language) -> None:
    # A CSV pasted on one line is one "sentence" of thousands of tokens: what its numbers
    # count cannot be read from it (reading it per number was quadratic), so it gives no
    # key figures, while the story around it keeps its own.
    doc = nlp(f"{PROSE}\n\n{LEDGER}\n\n{PROSE}")
    ledger_start = doc.text.index(LEDGER)
    [run_on] = [sent for sent in doc.sents if sent.start_char <= ledger_start < sent.end_char]
    assert len(run_on) > MAX_SENTENCE_TOKENS, "the parser found sentence ends in the ledger"
    extraction, failures = extract_document(doc)
    assert failures == []
    shown = [figure.text for figure in extraction.figures]
    assert "4,000" in shown, shown
    inside = [f for f in extraction.figures if ledger_start <= f.start < ledger_start + len(LEDGER)]
    assert inside == [], inside
