"""A person set off by a comma before a title that the parse took for the subject:
"In a statement, B. Thomas Whitcombe, Harcourt chairman said the sale ...", "“...,”
Ned Carraway, American Pulp Council president said." Wire copy drops the comma that
would close the apposition, so the parser makes the title ("Harcourt chairman") the
subject and the speaker mention stops at it. The title is the person's, and the person
speaks: never the body the title names, which would put a company's name on one man's
words.
"""

from __future__ import annotations

import bisect

from generator.extract.actors import TITLE_WORDS
from generator.extract.punctuation import QUOTE_CHARACTERS
from generator.extract.speakers.context import _Context
from generator.extract.speakers.lexicon import DETERMINERS, PREPOSITIONS
from generator.extract.speakers.name_text import _words
from generator.model import Actor

# what may stand before the person's name where it opens the subject: nothing (the
# sentence starts), the comma after an opening phrase ("In a statement,") or after a
# quotation ('“...,” Ned Carraway'), or the quotation's closing mark
_SUBJECT_OPENERS = frozenset({",", *QUOTE_CHARACTERS})


def person_before_cut_title(ctx: _Context, mention: str, start: int, end: int) -> Actor | None:
    """The person named right before a bare title mention at [start, end), with nothing
    but a comma between (see the module), or None.

    The mention is a title as a page would print it after a name: capitalised (a body's
    name or a title opens it: "Harcourt chairman", "American Pulp Council president"),
    no determiner ("the company's chairman" is a description of its own), ending with a
    title word. The name is one person's, outside any reported words, and opens the
    subject: the sentence starts there or a comma or quotation mark stands before it
    ("thanked Smith, Harcourt chairman said" is no subject)."""
    words = _words(mention)
    if not words or not mention[:1].isupper() or words[0] in DETERMINERS:
        return None
    if words[-1] not in TITLE_WORDS or set(words) & PREPOSITIONS - {"of"}:
        return None
    before = ctx.text[:start].rstrip()
    if not before.endswith(",") or ctx.text[len(before) : start].count("\n") > 1:
        return None  # a comma right before, on the same line or a wrapped one
    comma = len(before) - 1
    i = bisect.bisect_left(ctx.span_starts, comma) - 1
    if i < 0:
        return None
    s, e, person = ctx.spans[i]
    if e != comma or person.type != "person" or ctx.in_content(s):
        return None
    if any(a.type == "person" for a in ctx.actors_in(start, end)):
        return None  # "Smith, Ford chairman Jones said": another name in the mention
    sentence = ctx.sent_starts[ctx.sent_of(s)]
    opener = ctx.text[sentence:s].rstrip()
    if opener and opener[-1] not in _SUBJECT_OPENERS:
        return None
    return person
