"""Which of several people sharing a surname a bare surname means when the article
sets all but one apart (surname30, issue 11): a relative introduced as such ("his
older brother, Freddy", "her son, Humayun Khan", "his father, Rafael") is not who
"Mr. Trump said" or "Mr. Cruz said" is in the story of the one whose relative they
are, and an honorific ("Ms. Khan", "Mr. Clinton") rules out every namesake the
article shows to be of the other sex. When exactly one namesake is left, named before
the mention, the surname is theirs; when more are left, or one whose sex the article
does not show beside an honorific, or the relative is named in full in the mention's
stretch (its paragraph or the one before: "His father, Rafael Cruz, spoke. '...,' Mr.
Cruz said" may be either), nobody.

The callers (`mention._resolve_mention`) try this after the stronger evidence left the
mention open: the namesake the stretch names (`stretch.stretch_namesake`), the one
named so far (`namesakes._introduced_namesake`), the honorific among given names
(`namesakes._honorific_namesake`).
"""

from __future__ import annotations

from generator.extract.actors.lexicon import HONORIFICS, STYLE_TITLES, TITLE_WORDS
from generator.extract.speakers.context import _Context, _headline_end
from generator.extract.speakers.gender import _honorific_sex, _known_sex, _sex_shown
from generator.extract.speakers.name_text import _strip_name, _words
from generator.extract.speakers.stretch import _named_as_kin, previous_paragraph_start
from generator.model import Actor, name_key


def set_apart_namesake(ctx: _Context, mention: str, start: int) -> Actor | None:
    """The one person a bare surname at `start` ("Mr. Trump", "Ms. Khan", "Podesta")
    can mean once the article's relatives and the other sex are set apart, or None."""
    bare = _strip_name(mention).split()
    if len(bare) != 1 or len(mention.split()) > 2:
        return None
    namesakes = [a for a in ctx.by_last.get(name_key(bare[0]), []) if a.type == "person"]
    if len(namesakes) < 2:
        return None
    sex = _honorific_sex(mention)
    begin = max(previous_paragraph_start(ctx.text, start), _headline_end(ctx))
    left = []
    for actor in namesakes:
        if sex is not None and _sex_of(ctx, actor) not in (None, sex):
            continue  # "Ms. Khan" is not "Mr. Khan"
        if _introduced_as_kin(ctx, actor):
            if _named_in_full_between(ctx, actor, begin, start) and not _other_sex_than_subject(
                ctx, actor, start, start + len(mention)
            ):
                return None  # the relative is at hand: either may speak
            continue
        left.append(actor)
    if sex is not None:
        left = _of_sex(ctx, left, mention, sex)
    if len(left) != 1 or not any(e <= start for _, e in left[0].spans):
        return None
    return left[0]


def _other_sex_than_subject(ctx: _Context, relative: Actor, start: int, end: int) -> bool:
    """Whether the surname's own sentence goes on about it with a subject pronoun of the
    sex the relative is not: "his wife, Jane Sanders, ... Sanders has suggested that he
    will try ..." is not his wife. Only the first "he"/"she" after the surname, outside
    a quotation and before anyone else is named; "Sanders said she must ..." rules out
    nobody (that "she" may be another woman), so it never picks the relative."""
    sex = _sex_of(ctx, relative)
    if sex is None:
        return False
    for token in ctx.sentence_tokens(ctx.sent_of(start)):
        if token.idx < end:
            continue
        if ctx.in_content(token.idx) and not ctx.in_reported(token.idx):
            return False  # a quotation's "he" is the speaker's word for someone else
        if any(a.type == "person" for a in ctx.actors_in(token.idx, token.idx + len(token))):
            return False
        if token.dep_ in {"nsubj", "nsubjpass"} and token.lower_ in {"he", "she"}:
            return (token.lower_ == "he") != (sex == "m")
    return False


def _sex_of(ctx: _Context, actor: Actor) -> str | None:
    """A person's sex as the article shows it: given name, honorifics and roles
    (`gender._known_sex`), else a word of kin before the name (`gender._sex_shown`);
    None for unknown or both ("x")."""
    sex = _known_sex(ctx, actor) or _sex_shown(ctx.text, actor)
    return sex if sex in ("m", "f") else None


def _introduced_as_kin(ctx: _Context, actor: Actor) -> bool:
    """Whether the article introduces the person as someone's relative: a word of kin
    right before their first mention below the headline ("his brother Freddy", "her
    son, Humayun Khan"). Only the first: the one the story is about may be someone's
    brother later on ("Freddy's younger brother, Donald"). A surname alone is not read:
    which namesake it is, is the question (the actor merge gave it to one of them)."""
    headline = _headline_end(ctx)
    surname = _words(actor.name)[-1:]
    first = min(
        (s for s, e in actor.spans if s >= headline and _words(ctx.text[s:e]) != surname),
        default=None,
    )
    return first is not None and _named_as_kin(ctx.text, first)


def _named_in_full_between(ctx: _Context, actor: Actor, begin: int, end: int) -> bool:
    """Whether the person is named by two words or more between `begin` and `end`."""
    return any(begin <= s and e <= end and len(_words(ctx.text[s:e])) > 1 for s, e in actor.spans)


def _of_sex(ctx: _Context, people: list[Actor], mention: str, sex: str) -> list[Actor]:
    """Who among `people` (none shown to be of the other sex) an honorific mention of
    `sex` ("Ms. Khan") can be: the one given-named person shown to be of that sex, where
    no other given-named one is left (an actor named by honorific and surname alone,
    "Ms. Khan", "Lady Boothroyd", is a mention the actor merge left apart: that person
    written short);
    else, where the article shows none of them to be of that sex, the actor named as the
    mention is written ("Mr. Khan" beside "Ghazala Khan", whose sex it does not show),
    if that one is of the sex; else all of them (none decided)."""
    named = [a for a in people if _given_named(a)]
    if len(named) == 1 and _sex_of(ctx, named[0]) == sex:
        return named
    if any(_sex_of(ctx, a) == sex for a in named):
        return people
    own = [a for a in people if name_key(a.name) == name_key(mention)]
    return own if len(own) == 1 and _sex_of(ctx, own[0]) == sex else people


def _given_named(actor: Actor) -> bool:
    """Whether a person's name has a given name: two words or more once titles are
    stripped, the first no honorific nor title of rank ("Betty Boothroyd"; not "Lady
    Boothroyd", "Baroness Boothroyd", "Ms. Khan")."""
    words = _strip_name(actor.name).split()
    first = words[0].rstrip(".").casefold() if words else ""
    return len(words) >= 2 and first not in HONORIFICS | STYLE_TITLES | TITLE_WORDS
