"""Initials joined as wire copy shortens a firm of two names: "S and P" (Standard and
Poor's), "C and W" (Cable and Wireless), "S&P". One definition for the actor merge
(`actors/merge_orgs.py`) and the speaker lookup (`speakers/initials.py`), with the test
that tells which full name such initials shorten: the letters alone do not, since
"Security Pacific Corp" has the letters of "S and P" too.
"""

from __future__ import annotations

import re

_JOINED = re.compile(r"[A-Z](?:(?:\s+and\s+|\s*[&/]\s*)[A-Z])+")
_JOIN_WORDS = frozenset({"and", "&", "/"})


def joined_initials(mention: str) -> str | None:
    """The letters of initials written joined ("S and P" -> "SP"; "S and P." at a
    sentence's end too), else None."""
    mention = _as_written(mention)
    if not _JOINED.fullmatch(mention):
        return None
    return "".join(ch for ch in mention if ch.isupper())


def spells_joined(name: str, mention: str) -> bool:
    """Whether `name` is written out as the joined initials `mention` are: one word per
    letter and the join where the initials have it ("Standard and Poor's Corp" for "S
    and P"; "Security Pacific Corp" has the letters but no "and" between them)."""
    pattern = re.findall(r"[A-Z]|and|&|/", _as_written(mention))
    words = name.replace("&", " & ").split()
    if len(words) < len(pattern):
        return False
    for want, word in zip(pattern, words, strict=False):
        if want in _JOIN_WORDS:
            if word not in _JOIN_WORDS:
                return False
        elif not word.startswith(want):
            return False
    return True


def _as_written(mention: str) -> str:
    """The initials without the full stop that ends a sentence after them ("S and P.")."""
    return mention.strip().removesuffix(".")
