"""Which of two people sharing a surname a bare surname means, by the stretch of text
it stands in (heads28, issue 11): "Then, last week, Eric Trump called. ⏎ '...,' Trump
said" is Eric's in a story of Donald and Eric Trump, whoever the actor merge gave the
article's "Trump" to. A reader takes a bare surname for the one namesake its stretch
(its paragraph or the one before) names in full, when that one is also the one the
article is about (the first it names in full). When the stretch names several
("Patricia Smith, mother of Benghazi victim Sean Smith ... '...,' Smith said"), or only
a namesake the article names after another, the mention is left open (no canonical
person, the surname shown as written): news names a relative or a namesake met in
passing in full each time and its subject by surname ("former President Bill Clinton
caused a furor ... whether Clinton faces prosecution" is Hillary's, in her story; "a
teacher's aide, Anne Marie Murphy, ... '...,' Murphy said" is the senator's), but
"Donald Trump has given ... Trump has said" in Eric Trump's story is not Eric's either.
With no namesake named there, or one named as another's relative ("her son,
Humayun Khan"), `namesakes` reads the rest of the article; an honorific ("Ms. Khan")
leaves only the namesakes of its sex (the callers' part).
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.actors.lexicon import KIN_NOUNS
from generator.extract.speakers.name_text import _words
from generator.model import Actor


def previous_paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph before the one holding `pos` begins (0 in the first)."""
    begin = text.rfind("\n", 0, pos) + 1
    before = text[:begin].rstrip()
    return before.rfind("\n") + 1 if before else 0


def stretch_namesake(
    text: str, namesakes: Sequence[Actor], start: int, headline_end: int
) -> tuple[bool, Actor | None]:
    """Whether the stretch before `start` (from the start of the paragraph before, outside
    the headline) decides which of `namesakes` (people sharing a surname) a bare surname
    at `start` is, and whom: (False, None) when it names none of them in full; (True,
    the one) when it names one, the first the body names in full; else (True, None),
    the mention left open: it names several, or one named after another."""
    if len(namesakes) < 2:
        return False, None
    begin = max(previous_paragraph_start(text, start), headline_end)
    surname = _words(namesakes[0].name)[-1]
    fulls = [_full_mentions(text, actor, headline_end, surname) for actor in namesakes]
    firsts = [(found[0][0], i) for i, found in enumerate(fulls) if found]
    if not firsts:
        return False, None
    first = namesakes[min(firsts)[1]]
    near = [
        (actor, s)
        for actor, found in zip(namesakes, fulls, strict=True)
        for s, e in found
        if begin <= s and e <= start and not owner_in_passing(text, e)
    ]
    if not near or any(_named_as_kin(text, s) for _, s in near):
        return False, None  # none, or a relative: "his father, Rafael Cruz, spoke"
    named = list({id(actor): actor for actor, _ in near}.values())
    if len(named) > 1:
        return True, None  # "Patricia Smith, mother of ... Sean Smith ... Smith said"
    # a namesake named after another is named in full each time; the surname is the other's
    return True, named[0] if named[0] is first else None


def owner_in_passing(text: str, end: int) -> bool:
    """Whether a full name ending at `end` only owns a thing the sentence names ("the
    Eames chairs in Ivanka Trump's den. ⏎⏎ '...,' Mr. Trump said"): named in passing,
    it says nothing of whom the story turns to."""
    return text[end : end + 2] in {"'s", "\u2019s"}


def _named_as_kin(text: str, start: int) -> bool:
    """Whether a full name at `start` is given as someone's relative ("her son, Humayun
    Khan", "his wife, Gabriela Violeta Lazar", "his father, Rafael Cruz, spoke"): the
    story may go on about the one whose relative it is, or about the relative, so the
    stretch decides nothing."""
    before = _words(text[max(0, start - 30) : start])
    return bool(before) and before[-1] in KIN_NOUNS


def _full_mentions(
    text: str, actor: Actor, headline_end: int, surname: str
) -> list[tuple[int, int]]:
    """Where the body names a person in full, by a name of two words or more that ends
    with the surname ("Eric Trump"; not "Dena Minning", before she is a Grayson to the
    reader), in text order."""
    return sorted(
        (s, e)
        for s, e in actor.spans
        if s >= headline_end and len(found := _words(text[s:e])) > 1 and found[-1] == surname
    )


def bare_surname(text: str, start: int, end: int, actor: Actor) -> bool:
    """Whether the span [start, end) of a person's mention is their surname alone."""
    written = _words(text[start:end])
    return len(written) == 1 and written == _words(actor.name)[-1:]
