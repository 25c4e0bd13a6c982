"""Speakers the model mistypes or never tags, though the text introduces them as people
(issue: briefings an editor can publish unedited): "General X Y, Secretary General of
..., told" tagged a work of art, "X Y of Z University told" tagged a body, "professor X
Y of Z University" never tagged and then "Y said". Without a person actor the named
quote had no speaker, nor any "he said" after it. The model's labels are set by hand
to the mistakes it makes on wire copy, so that each test shows the rule whatever the
model does with these short articles. Articles written for these tests; no corpus
text. Each assertion reads the published actors and speakers.
"""

from __future__ import annotations

from published_speakers import speaker_of
from spacy.language import Language
from spacy.tokens import Doc, Span

from generator.extract import extract_document
from generator.model import Actor, Extraction
from generator.reading.layout import parse

RANKED = """Turkey put its forces on alert on Friday as a survey ship sailed into disputed waters.
    "The air force and navy are ready for any attack,"
General Orhan Tekeli, Deputy Chief of the Turkish General Staff, told a news conference.
    Tekeli told reporters that all leave had been cancelled."""

OF_UNIVERSITY = """The Soviet economy grew faster last year, a report said.
    "I don't think the reforms last," Walden Perlmutter of Yale University told a Senate hearing.
    "He is moving too fast," he added."""

PROFESSOR = """The governor's tax plan has been defeated, and analysts disagree on what comes next.
    Economics professor Tadao Kusunoki of Meisei University gave a gloomy reading of the vote.
    "The plan is dead and the governor knows it," Kusunoki said.
    Kusunoki said a new tax would have to wait until next year."""

OFFICE = """The central bank will keep its rates unchanged, officials said.
    "Inflation is still too high," Deputy Governor Lin Zhaowen told reporters."""


def mislabelled(nlp: Language, text: str, labels: dict[str, str | None]) -> Doc:
    """The article parsed, with each name of `labels` given that label as the model
    mistags it (None: no entity), at every place it is written."""
    doc = parse(nlp, text)
    spans: list[Span] = []
    for name, label in labels.items():
        at = text.find(name)
        while at >= 0:
            span = doc.char_span(at, at + len(name))
            assert span is not None, name
            spans.append(Span(doc, span.start, span.end, label=label or ""))
            at = text.find(name, at + 1)
    kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    doc.set_ents([*kept, *(s for s in spans if s.label_)], default="outside")
    return doc


def extracted(doc: Doc) -> Extraction:
    extraction, problems = extract_document(doc)
    assert problems == []
    return extraction


def actor(extraction: Extraction, name: str) -> Actor:
    return next(a for a in extraction.actors if a.name == name)


def said(extraction: Extraction) -> dict[str, str | None]:
    return {quote.text: quote.speaker for quote in extraction.quotes}


def test_a_ranked_name_tagged_a_work_of_art_is_the_person(nlp: Language) -> None:
    doc = mislabelled(nlp, RANKED, {"General Orhan Tekeli": "WORK_OF_ART", "Tekeli": None})
    extraction = extracted(doc)
    assert actor(extraction, "Orhan Tekeli").type == "person"
    found = said(extraction)
    assert speaker_of(found, "The air force and navy") == "Orhan Tekeli", found
    assert speaker_of(found, "all leave had been cancelled") == "Orhan Tekeli", found


def test_a_name_of_a_university_tagged_a_body_is_the_person(nlp: Language) -> None:
    doc = mislabelled(nlp, OF_UNIVERSITY, {"Walden Perlmutter of": "ORG"})
    extraction = extracted(doc)
    assert actor(extraction, "Walden Perlmutter").type == "person"
    found = said(extraction)
    assert speaker_of(found, "I don't think the reforms last") == "Walden Perlmutter", found
    assert speaker_of(found, "He is moving too fast") == "Walden Perlmutter", found


def test_an_untagged_professor_speaks_by_his_surname(nlp: Language) -> None:
    doc = mislabelled(nlp, PROFESSOR, {"Tadao Kusunoki": None, "Kusunoki said": None})
    extraction = extracted(doc)
    assert actor(extraction, "Tadao Kusunoki").type == "person"
    found = said(extraction)
    assert speaker_of(found, "The plan is dead") == "Tadao Kusunoki", found
    assert speaker_of(found, "a new tax would have to wait") == "Tadao Kusunoki", found


def test_an_untagged_name_after_an_office_is_its_holder(nlp: Language) -> None:
    doc = mislabelled(nlp, OFFICE, {"Lin Zhaowen": None, "Deputy Governor Lin Zhaowen": None})
    extraction = extracted(doc)
    assert actor(extraction, "Lin Zhaowen").type == "person"
    assert speaker_of(said(extraction), "Inflation is still too high") == "Lin Zhaowen"
