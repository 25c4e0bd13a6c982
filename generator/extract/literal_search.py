"""Whole-word search for a literal phrase, without compiling a pattern for it.

The extractors look for terms, names and figures' words in the text as whole words:
`re.finditer(rf"(?<!\\w){re.escape(words)}(?!\\w)", text)`. Nearly every such phrase is
new to the process (an article's own names and terms), so Python's cache of compiled
patterns does not help and compiling them was a twentieth of all extraction time.
These functions find exactly what those patterns find, with `str.find` and a look at
the characters on either side: `\\w` is `str.isalnum()` or "_" and `\\s` is
`str.isspace()` for a single character, as Python's `re` defines them for `str`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def is_word_char(char: str) -> bool:
    """Whether `char` is one that `\\w` matches."""
    return char.isalnum() or char == "_"


def whole_word_matches(text: str, words: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of `(?<!\\w)WORDS(?!\\w)` in `text`, as `re.finditer`
    gives them: from left to right, none overlapping."""
    if not words:  # an empty pattern's matches follow other rules: leave them to `re`
        pattern = re.compile(rf"(?<!\w){re.escape(words)}(?!\w)")
        yield from (match.span() for match in pattern.finditer(text))
        return
    size = len(words)
    at = text.find(words)
    while at >= 0:
        end = at + size
        if (at == 0 or not is_word_char(text[at - 1])) and (
            end == len(text) or not is_word_char(text[end])
        ):
            yield at, end
            at = text.find(words, end)
        else:
            at = text.find(words, at + 1)


def has_whole_words(text: str, words: str) -> bool:
    """Whether `re.search(rf"(?<!\\w){re.escape(words)}(?!\\w)", text)` finds a match."""
    return next(whole_word_matches(text, words), None) is not None


def wrapped_term_matches(text: str, words: list[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each match, as `re.finditer` gives them, of
    `(?<![\\w-])W1\\s+W2 ... \\s+Wn(?![\\w])`: the words of a term (`term.split()`, so none
    empty or holding a space) with any run of spaces or line breaks between them.

    A word never starts with a space, so where the run of spaces ends is where the next
    word must stand: each start gives at most one match, and none needs backtracking.
    """
    if not words:  # an empty pattern's matches follow other rules: leave them to `re`
        pattern = re.compile(r"(?<![\w-])(?![\w])")
        yield from (match.span() for match in pattern.finditer(text))
        return
    first = words[0]
    at = text.find(first)
    while at >= 0:
        end = _term_end(text, at, words)
        if end is None:
            at = text.find(first, at + 1)
        else:
            yield at, end
            at = text.find(first, end)


def _term_end(text: str, at: int, words: list[str]) -> int | None:
    """Where the term that starts with its first word at `at` ends, or None if it does
    not stand there as the pattern of `wrapped_term_matches` asks."""
    if at > 0 and (is_word_char(text[at - 1]) or text[at - 1] == "-"):
        return None
    end = at + len(words[0])
    for word in words[1:]:
        gap = end
        while gap < len(text) and text[gap].isspace():
            gap += 1
        if gap == end or not text.startswith(word, gap):
            return None
        end = gap + len(word)
    if end < len(text) and is_word_char(text[end]):
        return None
    return end
