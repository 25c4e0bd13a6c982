"""A person written with initials and a quoted nickname, 'T.R. "Tom" Hollis', is one
actor named by the initials and surname (issue: briefings an editor can publish
unedited). The model tags the initials apart (as a place) and the rest as
'Tom" Hollis', which became an actor's name with a stray quotation mark. Articles written
for these tests; no corpus text."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

CHAIRMAN = (
    "Oil output rises\n"
    '    Output rose in March, chairman T.R. "Tom" Hollis said.\n'
    "    Hollis said prices would rise.\n"
)


def test_initials_and_nickname_make_one_clean_name(nlp: Language) -> None:
    extraction, problems = extract_document(parse(nlp, CHAIRMAN))
    assert problems == []
    names = {a.name: a.type for a in extraction.actors}
    assert not any('"' in name for name in names), names
    assert names.get("T.R. Hollis") == "person", names
    speakers = {q.text: q.speaker for q in extraction.quotes}
    assert speakers.get("prices would rise") == "T.R. Hollis", speakers
