"""Company names wire copy writes in angle brackets ("<I P Sharp Associates Ltd>").

Reuters copy marks a company with no ticker of its own by angle brackets, once, and
then calls it by a short name ("Sharp said"). The model often misses the bracketed
name, and the parser may cut it ("<Crazy Eddie Stores Inc> said" parsed with the
subject "Stores Inc"). These helpers read the brackets from the text alone, so that a
speaker mention can be given the company's fullest name as the article writes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# "<" then a capitalised name with no bracket, quotation mark or sentence end inside;
# wire copy hard-wraps lines, so a name may run over a line break
_BRACKETED = re.compile(r"<([A-Z][^<>\"\n]*(?:\n[^<>\"\n]*)?)>")
_WORD = re.compile(r"[\w&'.-]+")


def _clean(name: str) -> str:
    return " ".join(name.split())


def bracketed_names(text: str) -> list[tuple[str, int, int]]:
    """Each bracketed name in `text` with where its words start and end (brackets
    left out), in text order."""
    found = []
    for match in _BRACKETED.finditer(text):
        name = _clean(match.group(1))
        if name and _WORD.search(name):
            found.append((name, match.start(1), match.end(1)))
    return found


def bracketed_name_around(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The bracketed name that holds the words at [start, end) as its last words:
    "Stores Inc" of "<Crazy Eddie Stores Inc>" is that whole name. None when the
    words are not the end of a bracketed name, or are the whole of it."""
    for name, s, e in bracketed_names(text):
        if s < start and _clean(text[end:e]) == "" and end <= e:
            return name, s, e
    return None


def bracketed_long_form(
    text: str, mention: str, same_body: Callable[[list[str]], bool]
) -> str | None:
    """The one bracketed name of which `mention` is a run of whole words, never the
    whole name ("Sharp" of "<I P Sharp Associates Ltd>"): wire copy's short name for
    the company it marked. `same_body` tells whether the words the name has after the
    mention leave it the same body ("Associates Ltd"), not a unit of it ("American
    Express" of "<American Express Bank Ltd>" is the parent). Only a name that adds no
    more than initials before the mention is a long form of it ("Deutsche Airbus
    GmbH" is no long form of "Airbus"). None when no bracketed name or several
    different ones are long forms of those words, or the one is a unit."""
    short = _WORD.findall(mention)
    if not short or not all(w[:1].isupper() for w in short):
        return None
    holders: dict[str, bool] = {}
    for name, _, _ in bracketed_names(text):
        words = _WORD.findall(name)
        if words == short:
            holders[name] = False  # "<Sharp>" bracketed itself: the mention is a full name
            continue
        runs = (words[i : i + len(short)] for i in range(len(words) - len(short) + 1))
        at = [i for i, run in enumerate(runs) if run == short]
        if at and _initials_only(words[: at[0]]):
            # "Deutsche Airbus GmbH" is another name, not a long form of "Airbus"
            holders[name] = same_body(words[at[0] + len(short) :])
    if len(holders) != 1:
        return None
    name, plain = holders.popitem()
    return name if plain else None


def _initials_only(words: list[str]) -> bool:
    """Whether the words a bracketed name has before the short one are initials ("I P"
    of "<I P Sharp Associates Ltd>"): "Deutsche" of "<Deutsche Airbus GmbH>" makes
    another company, a national arm."""
    return all(len(w.rstrip(".")) == 1 and w[:1].isupper() for w in words)


# A wire's bracketed name right after a clause's last word, in the parse text (where a
# wrap is a space and a ticker code is blanked): "boot manufacturer <CFAS> from
# <Warrington Inc>".
_NAME_AFTER = re.compile(r"[ \t]*(<[A-Z][^<>\n]*>)")
_DESCRIBED_POS = frozenset({"NOUN", "PROPN", "ADJ"})
# What the parser hangs beside a misplaced name that still belongs to the clause: "...
# subsidiary <Hongkong Land Ltd> to Bermuda", "... <SKIBO> for 42 mln dlrs". A verb, a
# clause or a comma after the name starts something else.
_NAME_COMPANIONS = frozenset({"prep", "npadvmod", "dobj", "pobj", "dep", "appos", "nmod"})


def past_bracketed_name(doc: Doc, text: str, end: int) -> int:
    """Where a reported clause ending at `end` ends, with the wire's bracketed name of
    its last noun phrase and the words the parser hung beside it.

    "agreed to buy Canadian boot manufacturer <CFAS> from <Warrington Inc>", "was
    thinking of moving its listed property subsidiary <Hongkong Land Ltd> to Bermuda":
    the parser, reading a name between brackets, often hangs it on the reporting verb,
    with the rest of the sentence, so the clause the verb governs stops before the
    bracket and the report loses the company it names. A bracketed name written right
    after the clause's last noun is that noun's name (wire copy names a company after
    its description); the phrases after it that hang from the same word go with it
    (`_NAME_COMPANIONS`), up to a comma, a verb or the sentence's end.
    """
    words_end = end
    if end > 0 and text[end - 1] == "<":
        words_end = len(text[: end - 1].rstrip(" \t"))  # the parser gave it the bracket
    found = _NAME_AFTER.match(text, words_end)
    if found is None or words_end == 0 or found.start(1) == words_end:
        return end
    name = doc.char_span(found.start(1), found.end(1), alignment_mode="expand")
    last = doc.char_span(words_end - 1, words_end, alignment_mode="expand")
    if name is None or last is None or last[-1].pos_ not in _DESCRIBED_POS:
        return end
    roots = [token for token in name if token.head.i not in range(name.start, name.end)]
    sentence_end = name[0].sent.end
    right = max([name.end - 1, *(min(t.right_edge.i, sentence_end - 1) for t in roots)])
    hosts = {t.head.i for t in roots if t.head.i < name.start}
    i = right + 1
    while i < sentence_end:
        top = doc[i]
        while top.head.i not in hosts and top.head.i != top.i:
            top = top.head
        if top.head.i not in hosts or top.dep_ not in _NAME_COMPANIONS or top.i < i:
            break
        if top.pos_ in {"VERB", "AUX"} or top.text in {",", ";", ":"}:
            break
        right = min(top.right_edge.i, sentence_end - 1)
        i = right + 1
    while right > name.start and (doc[right].is_space or doc[right].text in {".", ",", ";", ":"}):
        right -= 1
    return max(end, doc[right].idx + len(doc[right]))
