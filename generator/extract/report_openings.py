"""The writer's conjunction that opens a sentence, left out of the report it holds.

"But the calculations were based on a time when trade was booming, he said": the
"But" ties the sentence to the one before it, the writer's, and the speaker's claim is
"the calculations were based on ...". Shown under "Who said what", a report opening on
"But" or "And" reads as the second half of something the page does not show (editor's
blind review, session 34: "But ..." kept at the start of an indirect quote). Set off by
a comma ("However, ...") the connective is already left out where the report is found
(`reported_speech._past_connective`); this is the plain coordinating conjunction, which
takes no comma.

Only reported speech: a direct quotation's "But" is the speaker's own word, inside the
marks.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from generator.extract.words import word_lists
from generator.model import Quote

#: Connectives that may open a sentence (quote_words: leading_connectives); only those
#: the parser tags as a coordinating conjunction ("but", "and", "yet", "so") are left
#: out here.
_CONNECTIVES = word_lists("quote_words")["leading_connectives"]


def without_opening_conjunction(doc: Doc, text: str, quote: Quote) -> Quote:
    """`quote` starting after the conjunction that opens it, when it is a reported clause
    whose first word is the writer's "But"/"And"/"Yet"/"So" opening the sentence or
    joining the clause to the writer's words before it; `quote` itself otherwise. `text`
    is `doc.text`."""
    if quote.kind != "indirect":
        return quote
    span = doc.char_span(quote.start, quote.end, alignment_mode="contract")
    if span is None or len(span) < 4:
        return quote
    first = span[0]
    if first.tag_ != "CC" or first.lower_ not in _CONNECTIVES:
        return quote
    if not (first.is_sent_start or first.dep_ == "cc"):
        return quote
    i = first.i + 1
    while i < span.end - 1 and (doc[i].is_space or doc[i].text == ","):
        i += 1
    if i >= span.end - 1:
        return quote
    start = doc[i].idx
    return dataclasses.replace(quote, text=text[start : quote.end], start=start)
