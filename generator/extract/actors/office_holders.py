"""A person's name the model ran into the field of the office before it: "Secretary of
Agriculture Richard Lyng" tagged "Agriculture Richard Lyng", an organisation.

The field ("Agriculture", "State", "Finance") belongs to the title, not to the name:
left whole, the span is an organisation nobody is, the man's later "Lyng"s join it, and
the quotes of his aides are given to that body. The span is cut to the person's full
name where an office title and "of" stand right before it and the name's last words
are a full name that opens with a given name.

So is the field after an office and "for", with the employer after it ("Vice President
for International Services at Chase Econometrics"): the office's words, no body.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.actors.lexicon import TITLE_WORDS
from generator.extract.actors.person_of_body import firm_shaped, full_person_name
from generator.extract.actors.vocabulary import _common_word

# A full name at the end of the span: two or three words ("Richard Lyng", "James A.
# Baker").
NAME_LENGTHS = (3, 2)


def person_after_office_field(doc: Doc, ent: Span) -> list[Span] | None:
    """The person's name at the end of an entity that opens with the field of the
    office named before it ("Secretary of" + "Agriculture Richard Lyng"), or None. A
    field written as a body's name ("President of" + "Coca-Cola Co Donald Keough") is
    kept as that body; a bare field ("Agriculture") is the title's word, no actor."""
    if ent.label_ == "PERSON" or ent.start < 2:
        return None
    of, title = doc[ent.start - 1], doc[ent.start - 2]
    if of.lower_ != "of" or title.lower_ not in TITLE_WORDS or not title.is_title:
        return None
    for size in NAME_LENGTHS:
        if len(ent) <= size:
            continue
        name = ent[len(ent) - size :]
        if all(t.pos_ == "PROPN" for t in name) and full_person_name(name.text):
            person = Span(doc, name.start, name.end, label="PERSON")
            field = doc[ent.start : name.start]
            if firm_shaped(field):
                return [Span(doc, field.start, field.end, label="ORG"), person]
            return [person]
    return None


#: The prepositions that name the employer after an office's field: "at Chase", "of
#: the bank", "with Salomon".
EMPLOYER_AFTER_FIELD = frozenset({"at", "of", "with"})


def office_field(doc: Doc, span: Span) -> bool:
    """A name right after a capitalised office and "for", with the employer after it:
    "Vice President for International Services at Chase Econometrics", "Director for
    Corporate Affairs of the bank". Its words are the field of the office, English
    words all; a body's own name after "for" ("spokesman for Ford") has no employer
    after it, and a proper name ("Minister for Wales") no common words."""
    i = span.start
    if i < 2 or doc[i - 1].lower_ != "for":
        return False
    title = doc[i - 2]
    if title.lower_ not in TITLE_WORDS or not title.is_title:
        return False
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in EMPLOYER_AFTER_FIELD:
        return False
    employer = doc[span.end + 1]
    if employer.lower_ == "the" and span.end + 2 < len(doc):
        employer = doc[span.end + 2]
    if not (employer.is_title or employer.is_upper or employer.is_lower):
        return False
    words = [t for t in span if t.is_alpha and t.lower_ not in {"and", "of", "&"}]
    return bool(words) and all(t.is_title and _common_word(t.lower_) for t in words)
