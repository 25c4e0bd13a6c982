"""One person, one actor, under the fullest name the article gives (issue 11)."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

# The model tags "Daniel Okafor" as a person, but the parser hangs him on "the book" as
# its title, so that mention is no actor's: only the later "Okafor said" made one.
AUTHOR = """Base chief disputes film

The film and the book blame the base chief for blocking the departure of the security
team until it was too late. The author of the book, Daniel Okafor, said in a telephone
interview that he stands by the depiction and that it is based on first-hand accounts.

"I think the evidence is extremely strong," Okafor said. He said he made several
requests to speak with the chief.

Okafor said the agency did not answer.
"""


def test_a_surname_takes_the_full_name_the_model_tagged_once(nlp: Language) -> None:
    extraction, problems = extract_document(parse(nlp, AUTHOR))
    assert problems == []
    people = [a.name for a in extraction.actors if a.type == "person"]
    assert people == ["Daniel Okafor"]
    speakers = {q.speaker for q in extraction.quotes if q.speaker}
    assert speakers == {"Daniel Okafor"}


# "Bill" is a form of "William": one person, shown under the fullest name the article
# gives; his wife, named in full by another given name, stays another actor.
HARLANS = """Harlan in Iowa

Bill Harlan campaigned for his wife, Hillary Harlan, on Monday. William Jefferson Harlan
told voters she was ready to lead.

"She is the best," Mr Harlan said.
"""


def test_two_forms_of_one_given_name_are_one_person(nlp: Language) -> None:
    extraction, _ = extract_document(parse(nlp, HARLANS))
    people = sorted(a.name for a in extraction.actors if a.type == "person")
    assert people == ["Hillary Harlan", "William Jefferson Harlan"]
    best = next(q for q in extraction.quotes if q.text.startswith("She is the best"))
    assert best.speaker == "William Jefferson Harlan"
