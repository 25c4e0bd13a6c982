"""Quantities the parse shows are no figures: years ("in 2019"), numbers inside names
("Game 7"), ages in apposition.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract import figures_lexicon as lx
from generator.extract.figures.tokens import _number_token
from generator.extract.figures_scan import Quantity

_NAME_ENTS = frozenset({"ORG", "PRODUCT", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PERSON"})


def _is_year(span: Span) -> bool:
    """A four-digit number that dates rather than counts ("in 2019", "the 2016 election").

    Kept only as a count of a plural noun not introduced by a date preposition
    ("2000 employees").
    """
    token = _number_token(span)
    prev = token.nbor(-1).lower_ if token.i > 0 else ""
    head = token.head
    counts_plural = (
        token.dep_ in ("nummod", "quantmod")
        and head.i > token.i
        and head.tag_ in ("NNS", "NNPS")
        and head.lower_ not in lx.NOT_COUNTED
    )
    determined = any(
        t.pos_ == "DET" or t.tag_ in ("PRP$", "POS")  # "Hawkeye Bancorp's 1986 results"
        for t in span.doc[max(0, token.i - 2) : token.i]
    )
    if counts_plural and 1900 <= _year_value(token) <= 2100:
        between = span.doc[token.i + 1 : head.i]
        if any(t.pos_ in ("NOUN", "PROPN") for t in between):
            return True  # "1986 record results", "1987 crop soybeans": a year before a compound
    if _after_a_day(token):
        return True  # "the Sept. 11, 2001 attacks"
    return not counts_plural or prev in lx.YEAR_PREPS or determined  # "the 1987 lease payments"


COMMA_THOUSANDS_RE = re.compile(r"\d,\d{3}\b")

# The day that ends a span of days: "the March 11 through 20 sales period", "from
# April 2 to 9", "between May 3 and 17". The number after the joint is a date, as the
# day before it; read as a count it became "20: sales period".
_MONTH_ALTERNATION = "|".join(sorted(lx.MONTHS, key=len, reverse=True))
DAY_SPAN_END_RE = re.compile(
    rf"\b(?:{_MONTH_ALTERNATION})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
    r"\s*(?:-|\u2013|to|through|thru|until|and)\s*$",
    re.I,
)


def ends_a_day_span(q: Quantity, text: str) -> bool:
    """A bare day of the month (1-31) closing a span that opens with a month and day."""
    if not (q.bare and not q.worded and q.integral_digits and 1 <= q.value <= 31):
        return False
    return DAY_SPAN_END_RE.search(text, max(0, q.start - 30), q.start) is not None


def _comma_thousands_year(span: Span, text: str) -> bool:
    """ "1985 results restated", "at 1985 levels": a year, in a text that writes its
    thousands with a comma ("30,500 units"); there "2000 employees" would be "2,000"."""
    token = _number_token(span)
    return 1900 <= _year_value(token) <= 2100 and COMMA_THOUSANDS_RE.search(text) is not None


def after_every(token: Token) -> bool:
    """ "one of every four bankers", "every 10 voters": a number after "every" gives a
    proportion's whole or a recurrence; it counts nothing that happened."""
    return token.i > 0 and token.nbor(-1).lower_ == "every"


def _year_value(token: Token) -> int:
    """The value of a four-digit token, or 0."""
    return int(token.text) if re.fullmatch(r"\d{4}", token.text) else 0


def _after_a_day(token: Token) -> bool:
    """A year right after a month and day: "Sept. 11, 2001", "March 3, 1987"."""
    if token.i < 3 or token.nbor(-1).text != ",":
        return False
    day, month = token.nbor(-2), token.nbor(-3)
    return day.like_num and month.lower_.rstrip(".") in lx.MONTHS


def _in_name(doc: Doc, span: Span, q: Quantity) -> bool:
    """A bare number that is part of a name: "Game 7", "iPhone 11", "category 4", "787 Max"."""
    token = _number_token(span)
    if token.ent_type_ in _NAME_ENTS and token.ent_iob_ == "I":
        return True
    if _of_a_name(token):
        return True
    if _after_label_word(token):
        return True
    if token.i > 1 and token.nbor(-2).text[:1].isupper() and not token.nbor(-2).is_sent_start:
        owner = token.nbor(-2).text + token.nbor(-1).text
        if owner.lower() in lx.NUMBERED_NAME_POSSESSORS:
            return True  # "Standard and Poor's 500 futures": an index's name
    if token.i > 0 and not token.is_sent_start:
        prev = token.nbor(-1)
        adjacent = prev.whitespace_ == " " and not prev.is_sent_start
        named = any(c.isupper() for c in prev.text) and prev.pos_ in ("PROPN", "NOUN", "ADJ")
        if adjacent and named and prev.lower_ not in lx.MONTH_LIKE and not _is_verbish(prev):
            return prev.ent_type_ not in ("DATE", "GPE", "NORP", "MONEY")
    if token.i + 1 < len(doc) and q.integral_digits and q.value >= 100:
        nxt = token.nbor(1)
        return nxt.text[:1].isupper() and nxt.ent_type_ != "NORP" and nxt.tag_ != "NNPS"
    return False


def _after_label_word(token: Token) -> bool:
    """A number right after a word that numbers things ("Game 7", "game four", "stage 2")."""
    if token.i == 0 or token.is_sent_start:
        return False
    prev = token.nbor(-1)
    opening = prev.is_sent_start and prev.text not in lx.NAME_LABELS  # "Number 10 said"
    return prev.whitespace_ == " " and not opening and prev.lower_ in lx.LABEL_WORDS


def in_a_label_list(token: Token) -> bool:
    """A bare number in a list that opens with a word that numbers things: "Key Stages 1,
    3 and 4", "rounds two and three", "Articles 5, 6 or 7". Each is a label, as "Stage 2"
    is; read as a count, "4" counted the next noun phrase ("two-fifths of schools")."""
    doc = token.doc
    i = token.i - 1
    seen_number = False
    while i > token.sent.start and token.i - i <= 12:
        word = doc[i]
        if word.like_num:
            seen_number = True
        elif word.text not in (",", "&") and word.lower_ not in ("and", "or"):
            break
        i -= 1
    if not seen_number or doc[i].is_sent_start:
        return False
    label = doc[i].lower_
    if label in lx.LABEL_WORDS or (label.endswith("s") and label[:-1] in lx.LABEL_WORDS):
        return True
    return _names_a_model(doc[i])  # "Boeing 767, 757 and 747 airliners": models


def _names_a_model(word: Token) -> bool:
    """Whether a capitalised word right before a list of bare numbers names what they
    number ("Boeing 767, 757 and 747"), as "Boeing 767" alone is a name: a proper noun
    that is no place, people, date or sum ("Brazil 30, Colombia 17" are figures)."""
    nxt = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return (
        nxt is not None
        and nxt.like_num
        and word.pos_ == "PROPN"
        and word.text[:1].isupper()
        and word.ent_type_ not in ("DATE", "GPE", "NORP", "MONEY", "LOC")
        and word.lower_ not in lx.MONTH_LIKE
        and not _is_verbish(word)
    )


def _of_a_name(token: Token) -> bool:
    """ "the Group of 10", "Class of 92": a number after a proper name and "of"."""
    if token.i < 2 or token.nbor(-1).lower_ != "of":
        return False
    name = token.nbor(-2)
    return name.pos_ == "PROPN" and not name.is_sent_start and name.text[:1].isupper()


def _capitalised_in_name(token: Token) -> bool:
    """ "the Group of Five", "the Gang of Four": a capitalised number word after "Name of".

    Written lowercase ("a group of five") it still counts.
    """
    return token.text[:1].isupper() and not token.is_sent_start and _of_a_name(token)


def _is_verbish(token: Token) -> bool:
    """A capitalised word the tagger called PROPN but that reads as a verb or adverb."""
    return token.lower_ in ("up", "down", "about", "around", "nearly", "over", "some")


def _is_age_apposition(doc: Doc, q: Quantity, text: str) -> bool:
    """ "John Smith, 45, said": an age attached to a name, which editors do not want."""
    if not (q.bare and q.integral_digits and 1 <= q.value <= 120):
        return False
    before = text[max(0, q.start - 3) : q.start]
    after = text[q.end : q.end + 2]
    closed = after[:1] in (",", ")", ";", "") or re.fullmatch(r"\.\s?", after)  # "Nick Wood, 41."
    if not (re.search(r"(?:,\s|\()$", before) and closed):
        return False
    span = doc.char_span(max(0, q.start - 3), q.start, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1] if doc[span.start].is_punct else doc[span.start]
    if prev.lower_ in lx.AGE_HOLDER_NOUNS:
        return True  # "The prince, 20, apologised"
    after_token = doc.char_span(q.end, q.end + 1, alignment_mode="expand")
    if prev.tag_ == "NN" and after_token is not None and after_token.end < len(doc):
        verb = doc[after_token.end]  # "The apprentice, 19, apologised": one of someone
        if text[q.end : q.end + 1] == "," and verb.tag_ in ("VBD", "VBZ"):
            return True
    return prev.pos_ == "PROPN" or prev.ent_type_ in ("PERSON", "ORG") or prev.text[:1].isupper()


def is_age_after_of(span: Span, q: Quantity) -> bool:
    """ "a boy of 12", "kids of 15, 16, 17": a whole number a person can be old, after
    "of" and a noun for a person (`lx.AGE_HOLDER_NOUNS`, singular or plural), or in a
    list that opens so. An age an editor strikes, as in apposition."""
    if not (q.bare and not q.worded and q.integral_digits and 1 <= q.value <= 120):
        return False
    doc = span.doc
    number = _number_token(span)
    i = number.i - 1
    while i > 0 and (doc[i].text == "," or doc[i].like_num) and number.i - i <= 8:
        i -= 1  # back over "15, 16," to the "of" that opens the list
    if i < 1 or doc[i].lower_ != "of":
        return False
    holder = doc[i - 1]
    return holder.lemma_.lower() in lx.AGE_HOLDER_NOUNS or holder.lower_ in lx.AGE_HOLDER_NOUNS


_SINGULAR_COPULAS = frozenset({"is", "was", "'s"})
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "who"})


def is_age_by_copula(span: Span, q: Quantity) -> bool:
    """ "the boy - who was 13 at the time -", "She is 31": a person's age after "is" or
    "was", which an editor strikes as an age in apposition is struck. Only a bare whole
    number a person can be old, right after a singular copula (past "about", "just"),
    with no noun of its own after it, whose subject is one person: a PERSON name, "he",
    "she", "who" for such a name, or a word of `lx.AGE_HOLDER_NOUNS`. "The death toll was
    13" and "deaths were 13" count."""
    if not (q.kind == "count" and q.bare and not q.worded and q.integral_digits):
        return False
    if not 1 <= q.value <= 120:
        return False
    token = _number_token(span)
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.lower_ not in lx.NOT_COUNTED:
        return False  # "she was 13 points clear"
    i = token.i - 1
    while i >= 0 and token.i - i <= 3 and doc[i].lower_ in lx.APPROX:
        i -= 1
    if i < 1 or doc[i].lower_ not in _SINGULAR_COPULAS:
        return False
    copula = doc[i]
    subject = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ == "who" and copula.dep_ == "relcl":
        subject = copula.head  # "the boy - who was 13 at the time"
    return subject is not None and _one_person(subject)


def _one_person(token: Token) -> bool:
    """Whether a subject is one person: a name, "he", "she", or an age holder noun."""
    if token.ent_type_ == "PERSON" or token.lower_ in _PERSON_PRONOUNS - {"who"}:
        return True
    return token.tag_ == "NN" and token.lower_ in lx.AGE_HOLDER_NOUNS


def capitalised_before_a_name(token: Token) -> bool:
    """ "the 2005 Six Nations", "The Two Ronnies ran from 1971": a number word written
    with a capital inside a sentence, before a capitalised word, names a thing.

    Written lowercase ("six nations signed") it counts; a sentence's first word, a word
    after a colon or a quotation mark, and text in capitals are capitalised anyway.
    """
    if token.is_sent_start or not token.text.istitle() or token.i + 1 >= len(token.doc):
        return False
    prev, nxt = token.doc[token.i - 1], token.doc[token.i + 1]
    if prev.is_punct or prev.text.isupper() or nxt.text.isupper():
        return False
    return nxt.text[:1].isupper() and nxt.pos_ in ("PROPN", "NOUN")
