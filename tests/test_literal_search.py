"""Whole-word search without compiled patterns (generator/extract/literal_search.py)
finds what the patterns it replaces find, on any text: words, spaces of every kind,
hyphens, underscores, digits and letters beyond ASCII around and inside the phrase."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.literal_search import (
    has_whole_words,
    whole_word_matches,
    wrapped_term_matches,
)

CHARACTERS = st.sampled_from(list("ab -_\n\t.\u00e9\u00b2\u00a0\u2009Z9"))
TEXT = st.text(CHARACTERS, max_size=16)
PHRASE = st.text(CHARACTERS, max_size=5)


@settings(max_examples=3000, deadline=None)
@given(TEXT, PHRASE)
def test_whole_words_as_the_pattern_finds_them(text: str, words: str) -> None:
    pattern = re.compile(rf"(?<!\w){re.escape(words)}(?!\w)")
    assert list(whole_word_matches(text, words)) == [m.span() for m in pattern.finditer(text)]
    assert has_whole_words(text, words) == (pattern.search(text) is not None)


@settings(max_examples=3000, deadline=None)
@given(TEXT, PHRASE)
def test_wrapped_terms_as_the_pattern_finds_them(text: str, term: str) -> None:
    words = term.split()
    pattern = re.compile(
        r"(?<![\w-])" + r"\s+".join(re.escape(word) for word in words) + r"(?![\w])"
    )
    assert list(wrapped_term_matches(text, words)) == [m.span() for m in pattern.finditer(text)]


def test_a_term_wrapped_over_lines_is_found_whole_and_a_cut_one_is_not() -> None:
    text = "the Office of\n  Fair Trading said; anti-Office of Fair Trading; Office of Fairness"
    assert list(wrapped_term_matches(text, ["Office", "of", "Fair", "Trading"])) == [(4, 28)]
