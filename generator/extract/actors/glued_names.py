"""Names the model ran into the words around them: a heading's verbs ("Marco Rubio
Responds To Question", "Rand Paul Scores Direct Hit On", "Said Comey"), an attributive
place ("the Ted Cruz South Carolina victory party") or a second name ("the Muhammad
Ali-Joe Frazier fight").

In a line that capitalises every longer word (a sub-heading, a list of related stories)
the model cannot tell a name from the words of the sentence and tags runs of both. The
first line of an article is handled by `collect._title_case_headline_end`; this module
looks at the article's other Title Case lines. Such a mention is junk twice over: an
actor nobody is, and the longest form of a real person's name, under which every
surname mention of that person would be listed. It is dropped (not cut: its type votes
were cast on the whole run) when part of it is a name the article writes elsewhere and
the rest holds an English word that is no given name. A run the article writes in full
elsewhere is a name ("Orange Is The New Black" is one title). One heading mention of a
person is little to lose: the body names them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.extract.actors.mention import _Mention
from generator.extract.actors.places import _known_place, _us_state_names
from generator.extract.actors.vocabulary import (
    _common_word,
    dictionary_words,
    irregular_verb_forms,
)
from generator.extract.given_names import GIVEN_NAMES, LISTED_GIVEN_NAMES

# A line that ends a paragraph: a blank line (or the text's end) after it. A heading may
# follow a list number on a line of its own ("9\nSelenis Leyva Got Real About ..."); a
# wire story's wrapped lines have no blank line after them.
PARAGRAPH_END_LINE = re.compile(r"(?:^|\n)([^\n]+)(?=\n[ \t]*\n|\n?[ \t]*$)")


LINE_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


# Of a heading's words of this length or more, every one is capitalised ("To", "On", "A"
# may be written either way).
HEADING_WORD_MIN = 4


# A heading has at least this many such words.
HEADING_MIN_WORDS = 3


def title_case_lines(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each line written in Title Case that ends a paragraph.

    A comma or a colon makes a line a list (a team sheet, "Chelsea: Cech, Ferreira"),
    and a bracket a table's row (a ranking, "11 Joachim Johansson (Sweden)"), whose
    capitals are names: such lines are left alone."""
    for found in PARAGRAPH_END_LINE.finditer(text):
        line = found.group(1)
        if "," in line or ":" in line or "(" in line:
            continue
        words = [w for w in LINE_WORD.findall(line) if len(w) >= HEADING_WORD_MIN]
        if len(words) >= HEADING_MIN_WORDS and all(w[0].isupper() for w in words):
            yield found.start(1), found.end(1)


def _written_elsewhere(name: str, text: str, start: int, end: int) -> bool:
    """Whether `name` is written, as whole words, outside text[start:end]."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return pattern.search(text, 0, start) is not None or pattern.search(text, end) is not None


# A verb's inflections the lemma index does not list: (ending, what replaces it).
VERB_ENDINGS = (("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("es", ""))


def _verb_form(word: str) -> bool:
    """Whether a lower-case word is an inflected English verb ("explained", "got")."""
    if word in irregular_verb_forms():
        return True
    verbs = dictionary_words().get("verb", frozenset())
    return any(
        word.endswith(ending) and word[: -len(ending)] + stem in verbs
        for ending, stem in VERB_ENDINGS
    )


def _sentence_word(word: str) -> bool:
    """A capitalised English word that is no given name: a heading's verb or noun
    ("Scores", "Responds", "Explained", "Got"), not a name's particle ("al") or given
    name."""
    lower = word.casefold()
    return (
        word[:1].isupper()
        and (_common_word(lower) or _verb_form(lower))
        and word not in GIVEN_NAMES
        and word not in LISTED_GIVEN_NAMES
    )


def _name_part(words: list[str], text: str, start: int, end: int) -> bool:
    """Whether the words are a name written outside text[start:end]; a given name alone
    is not enough ("Ahmed" of another Ahmed)."""
    if len(words) == 1 and (words[0] in GIVEN_NAMES or words[0] in LISTED_GIVEN_NAMES):
        return False
    return _written_elsewhere(" ".join(words), text, start, end)


def _name_and_words(words: list[str], text: str, start: int, end: int) -> bool:
    """Whether the words open or close with a name written elsewhere in the text, and
    the words beyond it hold an English word ("Rand Paul" + "Scores Direct Hit On")."""
    for k in range(len(words) - 1, 0, -1):
        head, rest = words[:k], words[k:]
        if any(map(_sentence_word, rest)) and _name_part(head, text, start, end):
            return True
        tail, before = words[-k:], words[:-k]
        if any(map(_sentence_word, before)) and _name_part(tail, text, start, end):
            return True
    return False


def _place_name(name: str) -> bool:
    """A country, a place the lexicon knows or a US state."""
    return _known_place(name) or name.casefold() in _us_state_names()


def _person_and_place(words: list[str], text: str, start: int, end: int) -> bool:
    """Whether the words are a person's full name written elsewhere followed by a known
    place: "the Ted Cruz South Carolina victory party" tagged as one person."""
    for k in range(2, len(words)):
        head, tail = words[:k], words[k:]
        if (
            head[0] in GIVEN_NAMES
            and _place_name(" ".join(tail))
            and _written_elsewhere(" ".join(head), text, start, end)
        ):
            return True
    return False


def _two_people(name: str, text: str, start: int, end: int) -> bool:
    """Whether a hyphen joins two full names, the first written elsewhere: "the Muhammad
    Ali-Joe Frazier fight". A double-barrelled surname ("Mary Smith-Jones") has no given
    name after its hyphen."""
    for found in re.finditer(r"(?<=\w)-(?=[A-Z])", name):
        before, after = name[: found.start()].split(), name[found.end() :].split()
        if (
            len(before) >= 2
            and len(after) >= 2
            and before[0] in GIVEN_NAMES
            and after[0] in GIVEN_NAMES
            and _written_elsewhere(" ".join(before), text, start, end)
        ):
            return True
    return False


def glued_name(mention: _Mention, text: str, headings: list[tuple[int, int]]) -> bool:
    """Whether the mention is a name run into other words (see the module docstring)."""
    words = mention.name.split()
    if len(words) < 2 or _written_elsewhere(mention.name, text, mention.start, mention.end):
        return False
    if _person_and_place(words, text, mention.start, mention.end) or _two_people(
        mention.name, text, mention.start, mention.end
    ):
        return True
    line = next(((s, e) for s, e in headings if s <= mention.start < e), None)
    return line is not None and _name_and_words(words, text, *line)
