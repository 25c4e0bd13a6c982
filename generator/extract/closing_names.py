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

from generator.extract.actors import TITLE_WORDS
from generator.extract.actors.body_then_person import body_then_person
from generator.extract.actors.lexicon import ORG_WORDS
from generator.extract.actors.vocabulary import SURNAME_PARTICLES

#: Parts of speech a title before a name is written with ("trade and industry
#: secretary", "senior analyst for", "the"): anything else (a verb, a pronoun, a number)
#: means the words after the comma are a clause or a list, not one person's title.
_TITLE_POS = frozenset({"NOUN", "ADJ", "ADP", "DET", "CCONJ", "PROPN"})

#: Entities a title may hold ("Ford Motor Co chairman", "Philippine trade secretary").
_BODY_ENTITIES = frozenset({"ORG", "GPE", "NORP"})

#: The most words of a title between the comma and the name.
MAX_TITLE_WORDS = 10


def closing_name(verb: Token, inside: list[bool]) -> Span | None:
    """The speaker a lead closes with, right before its reporting `verb`: a title and
    name ("..., trade and industry secretary Jose Concepcion said": `_titled_name`) or
    a name and its title set off by commas ("..., Jorge Cadenas, manager of the
    Federation, said": `_name_with_title_after`)."""
    found = closing_speaker(verb, inside)
    return found[0] if found is not None else None


def closing_speaker(verb: Token, inside: list[bool]) -> tuple[Span, int] | None:
    """The speaker a lead closes with (`closing_name`) and the index of the comma that
    ends the reported words before the speaker's title or name."""
    return _titled_name(verb, inside) or _name_with_title_after(verb, inside)


def _titled_name(verb: Token, inside: list[bool]) -> tuple[Span, int] | None:
    """The title and name between the comma of a lead and its reporting `verb`
    ("trade and industry secretary Jose Concepcion"), when they are one person's:
    the word right before the verb ends a person's name outside any quotation; before
    the name, only title words (no verb, no other person, no mark but a hyphen inside a
    word), at most MAX_TITLE_WORDS of them, back to a comma that has the words reported
    before it; an "and" only between lower-case words ("trade and industry": "Smith
    and Jones", "the union and its leader" are two speakers)."""
    doc = verb.doc
    name = _name_before(doc, verb.i, inside)
    if name is None:
        return None
    comma = _title_back_to_comma(doc, name.start, verb.sent.start, inside)
    if comma is None:
        return None
    title = doc[comma + 1 : name.start]
    if len(title) and (title[0].pos_ == "ADP" or not _holds_title(title)):
        return None  # "..., in Manila Jose Concepcion said": no title, maybe no lead
    if name[0].ent_type_ != "PERSON":
        return name, comma  # cut from the body's span: the name alone finds the person
    return doc[comma + 1 : name.end], comma


def _name_with_title_after(verb: Token, inside: list[bool]) -> tuple[Span, int] | None:
    """The name in "..., Jorge Cadenas, manager of the Coffee Federation, said": set off
    by commas, and followed by title words that hold a title noun ("manager") and run,
    with a comma at most, up to the verb. The name alone is the mention, as for an
    apposition (`speaker_mentions._name_apposed_to_content`)."""
    doc = verb.doc
    end = verb.i - 1 if doc[verb.i - 1].text == "," else verb.i
    comma = _title_back_to_comma(doc, end, verb.sent.start, inside)
    if comma is None or comma == end - 1:
        return None
    if not _holds_title(doc[comma + 1 : end]):
        return None
    name = _name_before(doc, comma, inside) or _name_tagged_as_body(doc, comma, inside)
    if name is None or name.start < 1 or doc[name.start - 1].text != ",":
        return None
    if name.start - 1 - verb.sent.start < 3:
        return None  # a short opening is no reported clause
    return name, name.start - 1


def _holds_title(words: Span) -> bool:
    """Whether words hold a title noun ("secretary", "manager")."""
    return any(t.lemma_.lower() in TITLE_WORDS or t.lower_ in TITLE_WORDS for t in words)


def _name_before(doc: Doc, end: int, inside: list[bool]) -> Span | None:
    """The person's name (as tagged) whose last word is right before token `end`."""
    last = end - 1
    if last >= 1 and doc[last].ent_type_ == "ORG" and not inside[last]:
        return _person_run_into_body(doc, last)
    if last < 1 or not _person_word(doc[last], inside):
        return None
    first = last
    while doc[first].ent_iob_ != "B" and first > 0 and _person_word(doc[first - 1], inside):
        first -= 1
    return doc[first : last + 1]


def _name_tagged_as_body(doc: Doc, end: int, inside: list[bool]) -> Span | None:
    """A person's name the model tagged as a body, ending right before token `end`, as
    the title set off after it shows ("Willy de Clercq, external relations commissioner
    of the EC, said"): the whole entity, written as a name is (capitalised words and
    surname particles, no body's word). The actors type it by the same title
    (`role_holders.holder_in_apposition`)."""
    last = end - 1
    if last < 1 or doc[last].ent_type_ != "ORG" or inside[last]:
        return None
    name = _entity_ending_at(doc, last)
    if name is None:
        return None
    words = [t for t in name if t.lower_ not in SURNAME_PARTICLES]
    if len(words) < 2 or not all(t.pos_ == "PROPN" and t.is_title for t in words):
        return None
    if any(t.lower_ in ORG_WORDS for t in name):
        return None
    return name


def _person_run_into_body(doc: Doc, last: int) -> Span | None:
    """The person's name the model ran into the body before it, when the body's span
    ends at token `last`: "manager of Credit Suisse Paul Hofer told" tagged "Credit
    Suisse Paul Hofer" (`actors.body_then_person`, the article's own "Hofer said")."""
    body = _entity_ending_at(doc, last)
    if body is None:
        return None
    parts = body_then_person(doc, Span(doc, body.start, body.end, label="ORG"))
    return parts[-1] if parts else None


def _entity_ending_at(doc: Doc, last: int) -> Span | None:
    """The model's entity whose span ends at token `last`, or None when it runs on."""
    if last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        return None  # the body's span does not end at `last`
    first = last
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    return doc[first : last + 1]


def _title_back_to_comma(doc: Doc, end: int, sent_start: int, inside: list[bool]) -> int | None:
    """The comma that opens the title words running up to token `end`, if only title
    words stand between (at most MAX_TITLE_WORDS), "and" joining lower-case words only,
    with reported words before the comma (three tokens at least)."""
    comma = end - 1
    while comma > sent_start and doc[comma].text != ",":
        token = doc[comma]
        if inside[token.i] or not _title_word(token):
            return None
        comma -= 1
    if doc[comma].text != "," or end - comma - 1 > MAX_TITLE_WORDS:
        return None
    if comma - sent_start < 3:
        return None  # a short opening is no reported clause
    if not all(_joins_titles(doc, i) for i in range(comma + 1, end)):
        return None
    return comma


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
    if token.ent_type_ == "PERSON":
        return False
    if token.ent_type_ in _BODY_ENTITIES:
        return True  # "National Coffee Growers' Federation", its "'" too
    if token.ent_type_:
        return False  # "this week", "Monday": when, not who
    if token.tag_ == "VBG" and token.dep_ in {"amod", "compound"} and token.is_lower:
        return token.head.i > token.i  # "managing director", "acting president"
    return token.pos_ in _TITLE_POS and token.pos_ != "PROPN" and token.is_lower


def _joins_titles(doc: Doc, i: int) -> bool:
    """Whether token `i`, if a conjunction, joins two lower-case title words, or a
    title to a second one that opens with where it is held ("senior vice president and
    Tokyo branch manager of ...")."""
    if doc[i].pos_ != "CCONJ":
        return True
    before, after = doc[i - 1], doc[i + 1]
    while after.is_space and after.i + 1 < len(doc):
        after = doc[after.i + 1]  # a hard-wrapped line
    if not before.is_lower:
        return False
    return (after.is_lower and after.pos_ in {"NOUN", "ADJ"}) or after.ent_type_ in _BODY_ENTITIES
