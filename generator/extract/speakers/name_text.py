"""Word-level helpers on mention text (`_words`, `_strip_name`, `_head_noun`),
shared by every rule: one way to cut and fold a mention, so that rules agree on it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.actors import HONORIFICS
from generator.extract.speakers.lexicon import (
    DETERMINERS,
    FORMER_WORDS,
    POSTNOMINAL_ADJECTIVES,
    PREPOSITIONS,
)
from generator.model import Actor, name_key


def _strip_determiner(mention: str) -> str:
    """The mention without a leading article ("the Sheikh Abdul-Aziz" -> "Sheikh ...")."""
    words = mention.split()
    return " ".join(words[1:]) if words and words[0].casefold() in DETERMINERS else mention


def _is_just_name(words: list[str], inside: list[Actor]) -> bool:
    """Whether the mention is nothing but an actor's name ("Moscow", "the Kremlin")."""
    text = name_key(" ".join(w for w in words if w not in DETERMINERS))
    return any(
        text in {name_key(n) for n in [a.name, *a.aliases]} or text == name_key(a.name)
        for a in inside
    )


def _strip_name(mention: str) -> str:
    """The bare name of a mention ("Mr Blair's" -> "Blair"): no article, title, possessive."""
    words = mention.replace("\u2019", "'").split()
    while words and (words[0].casefold() in HONORIFICS or words[0].casefold() in DETERMINERS):
        words = words[1:]
    text = " ".join(words)
    return re.sub(r"'s?$", "", text).strip(" ,.")


def _former(words: list[str], head: str) -> bool:
    """Whether a body's voice is described as a former one ("a former employee")."""
    before = words[: words.index(head)] if head in words else words
    return any(w in FORMER_WORDS or w.startswith("ex-") for w in before)


def _head_noun(words: list[str]) -> str | None:
    """The head of a description: the last word before its first preposition, or
    before an adjective of office that comes after its noun with a preposition of its
    own ("a trade official responsible for coffee policy": official; "a source close
    to Dart" keeps "close", being no one of Dart's)."""
    cut = len(words)
    for i, word in enumerate(words):
        if i > 0 and word in PREPOSITIONS:
            cut = i
            break
        if i > 0 and word in POSTNOMINAL_ADJECTIVES and set(words[i + 1 : i + 2]) & PREPOSITIONS:
            cut = i
            break
    core = [w for w in words[:cut] if w not in DETERMINERS]
    return core[-1] if core else None


def _capitalised(mention: str, word: str) -> bool:
    """Whether `word` (lowercased) is written with a capital in the mention: part of a
    name, not a common noun."""
    for written in re.findall(r"[\w][\w.&-]*", mention.replace("\u2019", "'")):
        if written.casefold() == word:
            return written[:1].isupper()
    return False


def _words(text: str) -> list[str]:
    """Lowercased words, apostrophes normalised, possessive endings and punctuation dropped."""
    text = text.replace("\u2019", "'").casefold()
    text = re.sub(r"'s\b", "", text)
    return re.findall(r"[\w][\w.&-]*", text)


def _sentence_starts(doc: Doc, text: str) -> list[int]:
    """Character offsets where sentences or paragraphs start.

    The small model's sentences often run over a paragraph break, which would put a
    pronoun in the same "sentence" as the previous paragraph's people; a line break is
    always a boundary in news text.
    """
    starts = {0}
    if doc.has_annotation("DEP") or doc.has_annotation("SENT_START"):
        starts.update(sent.start_char for sent in doc.sents)
    starts.update(m.end() for m in re.finditer(r"\n\s*", text))
    return sorted(starts)
