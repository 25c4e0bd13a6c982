"""Quoted words that are part of a name or a title in the writer's sentence.

Two shapes that the editor's blind review (session 34, non-quotes) found under "Who
said what", neither of them anyone's words:

- a nickname inside a person's name: 'C.N. "Bud" Moore', 'Earvin "Magic" Johnson'.
  The quoted word stands between the given name (or initials) and the family name,
  with nothing but a space on either side;
- the title of a show, a song or a book in the middle of the writer's sentence:
  'trashed Comey on MSNBC's "Morning Joe," calling it ...'. Capitalised words with no
  speaker, after a word of the writer's sentence; the parser may start a sentence at
  the opening mark, and the title then looks like a quotation of its own. A title
  that opens the writer's sentence ('"American Skin (41 Shots)" was recorded ...')
  is told by the sentence going on after the closing mark (`direct_quotes`).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator.extract.punctuation import QUOTE_CHARACTERS

#: The most words a nickname runs to: "Magic", "The Bus", "Big Daddy Kane".
_NICKNAME_MAX_WORDS = 3
#: The end of the writer's words right before an opening mark that go on in the same
#: sentence: a word, a possessive or a number ("MSNBC's", "on", "No. 1"); not a full
#: stop, a colon or a comma, after which a quotation may open.
_MID_SENTENCE = re.compile(r"[A-Za-z0-9'\u2019]$")


def nickname(quote: Span, text: str, start: int, end: int) -> bool:
    """Whether the quoted words `text[start:end]` (inside their marks) stand inside a
    person's name: a name or initials, one space, the opening mark, capitalised words,
    the closing mark, one space and a name ('C.N. "Bud" Moore'). A comma on either side
    ('Moore, "Bud" to his friends') or a word in lower case is another matter."""
    words = text[start:end].split()
    if not words or len(words) > _NICKNAME_MAX_WORDS:
        return False
    if not all(word[:1].isupper() for word in words):
        return False
    if start < 3 or end + 2 >= len(text):
        return False
    if text[start - 1] not in QUOTE_CHARACTERS or text[end] not in QUOTE_CHARACTERS:
        return False
    if text[start - 2] != " " or text[end + 1] != " ":
        return False
    if not _NAME_END.search(text[max(0, start - 30) : start - 2]):
        return False
    doc = quote.doc
    before = doc.char_span(start - 3, start - 2, alignment_mode="expand")
    after = doc.char_span(end + 2, end + 3, alignment_mode="expand")
    if before is None or after is None or not len(before) or not len(after):
        return False
    return before[-1].pos_ == "PROPN" and after[0].pos_ == "PROPN"


#: The end of a given name or initials right before a nickname's opening mark.
_NAME_END = re.compile(r"(?:\b[A-Z][a-z]+|(?:\b[A-Z]\.)+)$")


def title_in_sentence(text: str, start: int) -> bool:
    """Whether the quotation opening at `start` (the first character inside its marks)
    follows a word of the writer's sentence on the same line: 'on MSNBC's "Morning
    Joe,"'. Callers judge the words themselves (capitalised, no speaker)."""
    i = start
    while i > 0 and text[i - 1] in "\"'\u201c\u2018":
        i -= 1
    before = text[max(0, i - 40) : i]
    if not before.endswith(" ") or "\n" in before[-2:]:
        return False
    return bool(_MID_SENTENCE.search(before.rstrip(" ")))
