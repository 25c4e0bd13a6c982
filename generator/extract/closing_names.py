"""The speaker's name that closes a wire lead, whatever the parser hung it on.

"Philippines' Board of Investments has approved new guidelines ..., trade and industry
secretary Jose Concepcion said." Reuters leads end so: the reported words, a comma, the
speaker's title and name, the reporting verb. On a long lead the parser often reads the
name into the words ("of the programme, trade and industry secretary Jose Concepcion"
as one noun phrase), leaving the verb without a subject; the lead then has no speaker,
and every "he said" after it goes back to no one. The shape on the page is plain
whatever the parse: a comma, lower-case title words (with the bodies they are held in),
a person's name, the verb. Only that shape is read here: one person's name right before
the verb, nothing between the comma and the name but the words of a title.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

#: Parts of speech a title before a name is written with ("trade and industry
#: secretary", "senior analyst for", "the"): anything else (a verb, a pronoun, a number)
#: means the words after the comma are a clause or a list, not one person's title.
_TITLE_POS = frozenset({"NOUN", "ADJ", "ADP", "DET", "CCONJ", "PROPN"})

#: Entities a title may hold ("Ford Motor Co chairman", "Philippine trade secretary").
_BODY_ENTITIES = frozenset({"ORG", "GPE", "NORP"})

#: The most words of a title between the comma and the name.
MAX_TITLE_WORDS = 10


def closing_name(verb: Token, inside: list[bool]) -> Span | None:
    """The title and name between the comma of a lead and its reporting `verb`
    ("trade and industry secretary Jose Concepcion"), when they are one person's:
    the word right before the verb ends a person's name outside any quotation; before
    the name, only title words (no verb, no other person, no hyphen or bracket), at
    most MAX_TITLE_WORDS of them, back to a comma that has the words reported before
    it; an "and" only between lower-case words ("trade and industry": "Smith and
    Jones", "the union and its leader" are two speakers)."""
    doc = verb.doc
    last = verb.i - 1
    if last < 1 or not _person_word(doc[last], inside):
        return None
    first = last
    while first - 1 > verb.sent.start and _person_word(doc[first - 1], inside):
        first -= 1
        if doc[first].ent_iob_ == "B":
            break
    comma = first - 1
    while comma > verb.sent.start and doc[comma].text != ",":
        token = doc[comma]
        if inside[token.i] or not _title_word(token):
            return None
        comma -= 1
    if doc[comma].text != "," or first - comma - 1 > MAX_TITLE_WORDS:
        return None
    if comma - verb.sent.start < 3:
        return None  # a short opening is no reported clause
    if not all(_joins_titles(doc, i) for i in range(comma + 1, first)):
        return None
    return doc[comma + 1 : last + 1]


def _person_word(token: Token, inside: list[bool]) -> bool:
    """A word of a person's name as tagged, outside any quotation."""
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.ent_type_ == "PERSON"
        and not inside[token.i]
    )


def _title_word(token: Token) -> bool:
    """A word a title before a name may hold: lower case, or a body's name; the hyphen
    inside a word ("vice-president")."""
    if token.is_space or (token.text == "-" and not token.whitespace_):
        return True
    if token.pos_ not in _TITLE_POS or token.ent_type_ == "PERSON":
        return False
    if token.pos_ == "PROPN":
        return token.ent_type_ in _BODY_ENTITIES
    return token.is_lower


def _joins_titles(doc: Doc, i: int) -> bool:
    """Whether token `i`, if a conjunction, joins two lower-case title words."""
    if doc[i].pos_ != "CCONJ":
        return True
    before, after = doc[i - 1], doc[i + 1]
    return before.is_lower and after.is_lower and after.pos_ in {"NOUN", "ADJ"}
