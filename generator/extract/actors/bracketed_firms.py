"""Companies wire copy names in angle brackets ("<Sulpetro Ltd> said it had not yet
obtained ..."): Reuters brackets the name of a company without a ticker, so the words
between the brackets are one organisation's whole name, whatever the model made of them
(a work of art, a person, a cut name).
"""

from __future__ import annotations

import re

from generator.extract.actor_spans import WIRE_COMPANY_FORMS
from generator.extract.actors.groups import DECISIVE
from generator.extract.actors.mention import _Mention
from generator.reading.layout import NAME_MIN_LETTERS

#: One bracketed name: capitalised, with a space or a lower-case letter (a ticker such as
#: "<SHIP>" or "<STAT.OL>" has neither), on one line or hard-wrapped over two.
_BRACKETED = re.compile(r"<([A-Z][^<>\n]*(?:\n[^<>\n]*)?)>")


def bracketed_firms(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """The mentions with each bracketed company name as one organisation mention.

    A mention that is the whole name becomes an organisation; mentions inside it
    ("Sulpetro" tagged a person, "Shanghai Banking Corp" of "<HongKong and Shanghai
    Banking Corp>") give way to the whole name, so "it said" and "the company said"
    have the company to find."""
    out = list(mentions)
    for match in _BRACKETED.finditer(text):
        words = _bare_name(match.group(1).split())
        if not _firm_shaped(words):
            continue
        # the name ends at its closing bracket, as a name the model tagged with it does,
        # so that "<... Planning Inc> (IDC)" still gives the short form after it
        start, end = match.start(1), match.end()
        # the model may take a bracket into the name ("Alfieri Maserati Spa>")
        inside = [m for m in out if start - 1 <= m.start and m.end <= end]
        if any(
            m.start < start - 1 < m.end or m.start < end < m.end for m in out if m not in inside
        ):
            continue  # a mention reaching across a bracket: leave the model's reading
        at = out.index(inside[0]) if inside else len(out)
        out.insert(at, firm_mention(" ".join(words), start, end, len(words)))
        out = [m for m in out if all(m is not i for i in inside)]
    return out


def firm_mention(name: str, start: int, end: int, n_tokens: int) -> _Mention:
    """An organisation mention whose text alone decides its type (a bracketed wire name,
    a name ending in a legal form): the model's label and a decisive vote, so that no
    weaker cue of another type outvotes it."""
    mention = _Mention(name, start, end, "ORG", n_tokens)
    mention.votes = {"organization": 1.0 + DECISIVE["organization"]}  # label + text
    mention.base = "organization"
    return mention


def _bare_name(words: list[str]) -> list[str]:
    """The name without what wire copy puts inside the brackets around it: a leading
    "The", an owner's "'s" ("<Honan Ethylene Corp's> plant"), a full stop that is no
    abbreviation's ("<Boston Ventures Limited Partnership.>"; "Co." keeps its own)."""
    words = words[1:] if len(words) > 1 and words[0] == "The" else list(words)
    if words and words[-1].endswith(("'s", "\u2019s")):
        words[-1] = words[-1][:-2]
    last = words[-1] if words else ""
    if last.endswith(".") and "." not in last[:-1] and last not in WIRE_COMPANY_FORMS:
        words[-1] = last[:-1]
    return [w for w in words if w]


def _firm_shaped(words: list[str]) -> bool:
    """Two or more words, or one with a lower-case letter ("Investcorp") or of three
    capitals or more ("<SNECMA>"), each opening with a capital, a digit or being a
    joining word: a company's name, not a typed fragment ("<unp>"). The text read is
    the parse text, where the reader has blanked ticker codes ("<SHIP>" after a name,
    generator.reading.layout): an all-capitals word still in brackets is a name the
    wire writes in capitals ("a joint venture of <SNECMA> of France")."""
    if not words or not words[0][:1].isupper():
        return False
    if len(words) == 1 and (_code_shaped(words[0]) or _glued_form(words[0])):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in {"and", "of", "de", "&"} for w in words)


def _code_shaped(word: str) -> bool:
    """One or two capitals, or capitals with a figure ("<UK>", "<GE>", "<3M>"): a code,
    never read as a name (the reader blanks them after a name; see layout)."""
    return word.isupper() and (len(word) < NAME_MIN_LETTERS or not word.isalpha())


def _glued_form(word: str) -> bool:
    """A word that ends with a legal form glued to a lower-case letter ("DofascoxInc"):
    words run together on the wire, no name a page should show."""
    return any(
        word.endswith(form) and len(word) > len(form) and word[-len(form) - 1].islower()
        for form in WIRE_COMPANY_FORMS
        if form[:1].isupper() and form[1:].islower()
    )
