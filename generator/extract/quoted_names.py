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
  is told by the sentence going on after the closing mark (`direct_quotes`);
- a title right after its genre's noun, set off by a comma or not, whoever the
  sentence names as its speaker: 'Appearing on the NBC News program, "Meet the
  Press," the Kansas senator said', "In his new book, ''Doomed to Succeed,'' ... Mr.
  Ross said" (session 39: the title was shown as the speaker's words).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator.extract.actors.works import TITLE_NOUNS
from generator.extract.punctuation import QUOTE_CHARACTERS
from generator.extract.words import word_lists

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


def _before_marks(text: str, start: int) -> str:
    """The writer's words (40 characters at most) before the opening marks of the
    quotation whose first character inside them is at `start`."""
    i = start
    while i > 0 and text[i - 1] in "\"'\u201c\u2018":
        i -= 1
    return text[max(0, i - 40) : i]


def title_in_sentence(text: str, start: int) -> bool:
    """Whether the quotation opening at `start` (the first character inside its marks)
    follows a word of the writer's sentence on the same line: 'on MSNBC's "Morning
    Joe,"'. Callers judge the words themselves (capitalised, no speaker)."""
    before = _before_marks(text, start)
    if not before.endswith(" ") or "\n" in before[-2:]:
        return False
    return bool(_MID_SENTENCE.search(before.rstrip(" ")))


#: The nouns of a work (the works' title nouns: "film", "book", "album") and of an
#: outlet or a show ("program", "newspaper": data/quote_words.toml) that a title follows.
_GENRE_NOUNS = TITLE_NOUNS | word_lists("quote_words")["title_genre_nouns"]
_GENRE_BEFORE = re.compile(
    r"\b(?:{})s?,?\s*$".format("|".join(sorted(map(re.escape, _GENRE_NOUNS))))
)


def titled_after_genre(text: str, start: int) -> bool:
    """Whether the quotation opening at `start` (the first character inside its marks)
    comes right after a work's or an outlet's noun in lower case, a comma between or
    not: "the NBC News program, 'Meet the Press,'", "his new book, ''Doomed to
    Succeed,''". Callers judge the words (capitalised: a title)."""
    return _GENRE_BEFORE.search(_before_marks(text, start)) is not None
