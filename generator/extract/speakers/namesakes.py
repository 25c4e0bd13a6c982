"""Two people of one article who share a surname ("Mr Blair" when two Blairs are named):
which one a bare surname means is decided only by an honorific, a given name's sex or
an introduction right before, or, failing those, by the article setting all but one
apart as relatives or as of the other sex (`kin_namesakes`); otherwise nobody.
"""

from __future__ import annotations

from generator.extract.actors import HONORIFICS, STYLE_TITLES
from generator.extract.given_names import GIVEN_NAMES
from generator.extract.speakers.context import _Context, _headline_end
from generator.extract.speakers.gender import _honorific_sex, _known_sex
from generator.extract.speakers.name_text import _strip_name, _words
from generator.extract.speakers.stretch import (
    owner_in_passing,
    previous_paragraph_start,
    stretch_namesake,
)
from generator.model import Actor, name_key


def _shared_surname(ctx: _Context, mention: str) -> bool:
    """Whether the mention is a bare surname ("Mr Blair", "Blair") that two people of
    the article share: which one it is, only the writer knows."""
    bare = _strip_name(mention).split()
    if len(bare) != 1:
        return False
    sharing = ctx.by_last.get(name_key(bare[0]), [])
    sex = _honorific_sex(mention)
    if sex is not None:  # "Mr Hale", "Mrs Hale"
        sharing = [a for a in sharing if ctx.gender.get(id(a)) in {None, sex}]
    return len(sharing) > 1


def _introduced_namesake(ctx: _Context, mention: str, start: int) -> Actor | None:
    """Of the people who share the surname a mention gives alone, the one person named
    before it, in full, outside the headline (a reader meets a surname after the full
    name; a namesake not named yet is no one the reader could take it for). None when
    more than one, or none, has been named so far."""
    bare = _strip_name(mention).split()
    if len(bare) != 1:
        return None
    headline = _headline_end(ctx)
    named = [
        actor
        for actor in ctx.by_last.get(name_key(bare[0]), [])
        if any(
            headline <= s and e <= start and len(_words(ctx.text[s:e])) > 1 for s, e in actor.spans
        )
    ]
    if len(named) != 1:
        return None
    sex = _honorific_sex(mention)
    # "Mrs Blair" after Tony Blair, Cherie named later: only a sex the article gave
    if sex is not None and ctx.gender.get(id(named[0])) != sex:
        return None
    return named[0]


def _merged_namesake(ctx: _Context, mention: str, start: int, people: list[Actor]) -> Actor | None:
    """The one person the actor merge gave a shared surname's mention to ("Fiorina
    said" in a story of Carly Fiorina that names her husband Frank Fiorina once), where
    a reader would take it so too. The owner is the namesake the body names in full
    first (the story's subject; a namesake met later is named in full to set them apart:
    "Hillary Clinton ... her husband, Bill Clinton ... 'Clinton said'" is Hillary's,
    whoever the merge gave "Clinton" to), and no other namesake is named in full since
    the owner's last mention before it, nor in the mention's paragraph or the one
    before ("Then, last week, Eric Trump called. ⏎ '...,' Trump said" is Eric's). An
    honorific must fit the owner's known sex ("Mrs. Trump" is no Donald). None when
    several people own the mention."""
    if len(people) != 1:
        return None
    owner = people[0]
    bare = _strip_name(mention).split()
    if len(bare) != 1:
        return None
    sex = _honorific_sex(mention)
    if sex is not None and _known_sex(ctx, owner) != sex:
        return None
    namesakes = ctx.by_last.get(name_key(bare[0]), [])
    headline = _headline_end(ctx)
    named = [
        (s, actor)
        for actor in namesakes
        for s, e in actor.spans
        if s >= headline and len(_words(ctx.text[s:e])) > 1
    ]
    if not named or min(named, key=lambda pair: pair[0])[1] is not owner:
        return None
    last_own = max((s for s, e in owner.spans if e <= start), default=-1)
    near = previous_paragraph_start(ctx.text, start)
    for other in namesakes:
        if other is owner:
            continue
        if any(
            e <= start and (s > last_own or s >= near) and not owner_in_passing(ctx.text, e)
            for s, e in other.spans
        ):
            return None  # not "Ivanka Trump's den": a namesake owning a thing in passing
    return owner


def _stretch_owner(
    ctx: _Context, mention: str, start: int, people: list[Actor]
) -> tuple[bool, Actor | None]:
    """Whether the mention's stretch decides which namesake it is, and whom
    (`stretch.stretch_namesake`: its paragraph or the one before): "Then, last week,
    Eric Trump called. ⏎ '...,' Trump said" is Eric's in his story; the same after
    "Donald Trump has given ..." is left open. An honorific must fit the one found."""
    bare = _strip_name(mention).split()
    if len(bare) != 1 or len(people) != 1:
        return False, None
    namesakes = ctx.by_last.get(name_key(bare[0]), [])
    sex = _honorific_sex(mention)
    if sex is not None:  # "Mrs. Clinton" after "Bill Clinton's agenda": his is no "Mrs."
        namesakes = [a for a in namesakes if _known_sex(ctx, a) in {None, sex}]
    return stretch_namesake(ctx.text, namesakes, start, _headline_end(ctx))


def _honorific_namesake(ctx: _Context, mention: str, start: int) -> Actor | None:
    """ "Mrs. Clinton said" in a story of Hillary and Bill Clinton; "Mr. Clinton" in
    the same story: the honorific gives the sex, and the given names the article writes
    tell which of the namesakes has it. The one person named in full before the mention
    whose given name (or the honorifics before the name) is of that sex, when every
    other namesake named in full is known to be of the other; a surname written alone
    ("Clinton") is no one of its own, nor is a name that opens with no given name
    ("Classic Clinton", a cut heading). "Mr. Cruz" in a story of Ted Cruz and his father
    Rafael stays unresolved.

    A plain honorific also says the person has no style: "Mr Blair" in a story of Tony
    Blair and Sir Ian Blair is Tony (a knight is "Sir Ian" on later mention, never "Mr
    Blair"), when he is the one namesake of that sex named without one."""
    words = mention.split()
    if len(words) != 2 or _strip_name(mention) != words[1]:
        return None
    sex = _honorific_sex(mention)
    if sex is None:
        return None
    full = [
        actor
        for actor in ctx.by_last.get(name_key(words[1]), [])
        if actor.type == "person" and len(_strip_name(actor.name).split()) >= 2
    ]
    sexes = [_known_sex(ctx, actor) for actor in full]
    if any(
        s not in ("m", "f") and _strip_name(actor.name).split()[0] in GIVEN_NAMES
        for actor, s in zip(full, sexes, strict=True)
    ):
        return None  # a namesake of unknown sex ("Jordan Clinton") may be the one
    holders = [actor for actor, s in zip(full, sexes, strict=True) if s == sex]
    if len(holders) > 1 and words[0].casefold() in HONORIFICS - STYLE_TITLES:
        holders = [actor for actor in holders if _words(actor.name)[0] not in STYLE_TITLES]
    if len(holders) != 1 or not any(e <= start for _, e in holders[0].spans):
        return None
    return holders[0]
