"""Descriptions whose person the writer names right after or right before: "the
minister ... Smith said" in the next sentence, an apposed name, the lead's "a senior
official, Jane Doe,". The name must be the only candidate that close.
"""

from __future__ import annotations

import bisect
import re

from generator.extract.actors import TITLE_WORDS
from generator.extract.speakers.context import _compatible, _Context, _headline_end
from generator.extract.speakers.gender import _description_gender
from generator.extract.speakers.lexicon import (
    BODY_VOICES,
    DETERMINERS,
    GENERIC_HEADS,
    INDEFINITES,
    ONE_MEMBER_NOUNS,
    RANK_WORDS,
    SPOKES_NOUNS,
    TOP_TITLES,
)
from generator.extract.speakers.name_text import _strip_determiner, _words
from generator.extract.speakers.offices import _role_words
from generator.extract.words import word_lists
from generator.model import Actor, name_key

# What a lead calls a source it names in the next sentence under any title of theirs.
LEAD_SOURCE_HEADS = word_lists("speaker_words")["lead_source_heads"]
TRADE_SOURCE_HEADS = word_lists("speaker_words")["trade_source_heads"]

# How a lead describes one source: "a"/"an", "the", "its", or a body's possessive.
_LEAD_DETERMINERS = frozenset({"a", "an", "the", "its"})


def _apposed_next(ctx: _Context, start: int, words: list[str], head: str) -> Actor | None:
    """The person a lead's unnamed source is, when the next sentence's reporting clause
    names them in full for the first time with that same noun in apposition: "..., a
    member of the board of the System's regulatory agency said.⏎⏎Jim Billington, member
    of the three-person board of directors of the Farm Credit Administration, said ...".
    News describes a source, then names them; the body the description mentions (here
    a wrong one, "the System") is not the speaker. Only "a"/"an"/"one" + a singular
    voice noun, and a person never named before the description."""
    if words[0] not in INDEFINITES or head.endswith("s"):
        return None
    if head not in SPOKES_NOUNS | ONE_MEMBER_NOUNS:
        return None
    found = _next_sentence_actors(ctx, start, "person")
    if found is None:
        return None
    s, e, people = found
    if len(people) != 1 or name_key(ctx.text[s:e]) != name_key(people[0].name):
        return None
    person = people[0]
    if len(person.name.split()) < 2 or any(p < start for p, _ in person.spans):
        return None
    return person if _apposed_head(ctx.text, e, head) else None


def _apposed_head(text: str, end: int, head: str) -> bool:
    """Whether the words in apposition right after a name ending at `end` hold `head`
    (", another official of the union,")."""
    found = re.match(r",\s+([^,.;:\n]*(?:\n[^,.;:\n]*)?)", text[end : end + 120])
    return bool(found) and head in _words(found.group(1))


def _named_next(ctx: _Context, start: int, head: str) -> Actor | None:
    """The person the next reporting clause names with the same title ("spokesman Jorg
    Wojahn said"), if it is within the next sentence and nothing but the title stands
    before the name."""
    i = bisect.bisect_right(ctx.mentions, (start, len(ctx.text) + 1))
    if i >= len(ctx.mentions):
        return None
    s, e = ctx.mentions[i]
    if ctx.sent_of(s) > ctx.sent_of(start) + 1:
        return None
    people = [a for a in ctx.actors_in(s, e) if a.type == "person"]
    if len(people) != 1:
        return None
    name_start = min(p for p, _ in people[0].spans if s <= p < e)
    return people[0] if _words(ctx.text[s:name_start]) == [head] else None


def _lead_named_next(ctx: _Context, start: int, mention: str, head: str) -> Actor | None:
    """ "Scotland's first minister has told pupils it is okay to get drunk.⏎⏎Jack
    McConnell was speaking to ...": a lead that describes its speaker by a title of
    standing (`INTRODUCED_TITLES`) before naming anyone, then names a person in full as
    the subject of the next sentence, has described that person (news style).

    Only the body's first person: no one is named before the title (outside the
    headline), the next sentence's subject is a name met for the first time, given in
    full with nothing before it, and no role the article gives that person, nor a
    gendered title, says otherwise."""
    words = _words(mention)
    if words[0] != "the" and not _possessive_opening(mention, plural=False):
        return None  # "the ...", "Scotland's ...": a definite title, not "a minister"
    headline = _headline_end(ctx)
    if any(headline <= s < start for s, _, a in ctx.spans if a.type == "person"):
        return None  # people named before: a title refers back to one of them
    here = ctx.sent_of(start)
    if here + 1 >= len(ctx.sent_starts):
        return None
    lo = ctx.sent_starts[here + 1]
    found: Actor | None = None
    for token in ctx.sentence_tokens(here + 1):
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.head.dep_ != "ROOT":
            continue
        spans = [(s, e, a) for s, e, a in ctx.spans if s <= token.idx < e]
        if len(spans) != 1 or spans[0][2].type != "person" or ctx.in_content(token.idx):
            return None
        s, e, found = spans[0]
        if name_key(ctx.text[s:e]) != name_key(found.name) or len(found.name.split()) < 2:
            return None  # "Mr McConnell": someone the reader is to know already
        if _words(ctx.text[lo:s]) not in ([], ["and"], ["but"]):
            return None  # "Labour MSP Jack McConnell": a name given with its own title
        if any(headline <= p < start for p, _ in found.spans):
            return None
        break
    if found is None:
        return None
    roles = [set(_words(role)) for role in found.roles]
    asked = set(words)
    if any((r & RANK_WORDS) - asked for r in roles):
        return None
    role_words = {w for r in roles for w in r}
    narrowed = [w for w in words[: words.index(head)] if w not in DETERMINERS]
    generic = head in GENERIC_HEADS and narrowed and set(narrowed) <= role_words
    if role_words & TITLE_WORDS and head not in role_words and not generic:
        return None  # "the Federal Reserve head" may be its "chairman", nobody else's
    return _of_sex(ctx, mention, found)


def _introduced_next(ctx: _Context, start: int) -> Actor | None:
    """The person a description speaks for when the article names them only in the next
    sentence's reporting clause, by full name and nothing else: "Responding to the
    plans, the chairman of the Police Federation said ...⏎⏎Jan Berry said: ...".

    News introduces a speaker once: a full name with no title or description, never
    met before, right after a described speaker is that speaker being named. A name
    met earlier, or given with a description of its own, is someone else.
    """
    found = _next_sentence_actors(ctx, start, "person")
    if found is None:
        return None
    s, e, people = found
    between = [a for a in ctx.actors_in(start, s) if a.type == "person"]
    if len(people) != 1 or any(a is not people[0] for a in between):
        return None
    person = people[0]
    if name_key(ctx.text[s:e]) != name_key(person.name) or len(person.name.split()) < 2:
        return None
    return None if any(p < start for p, _ in person.spans) else person


def _next_sentence_actors(
    ctx: _Context, start: int, kind: str
) -> tuple[int, int, list[Actor]] | None:
    """The first speaker mention after `start` if it is in the very next sentence
    (`_next_sentence_mention`), with the actors of type `kind` it names."""
    found = _next_sentence_mention(ctx, start)
    if found is None:
        return None
    s, e = found
    return s, e, [a for a in ctx.actors_in(s, e) if a.type == kind]


def _next_sentence_mention(ctx: _Context, start: int) -> tuple[int, int] | None:
    """The first speaker mention after `start`, if it is in the very next sentence: where
    news names a speaker it has just described."""
    i = bisect.bisect_right(ctx.mentions, (start, len(ctx.text) + 1))
    if i >= len(ctx.mentions):
        return None
    s, e = ctx.mentions[i]
    return (s, e) if ctx.sent_of(s) == ctx.sent_of(start) + 1 else None


def _org_introduced_next(ctx: _Context, start: int) -> Actor | None:
    """The body a description speaks for when the next sentence's reporting clause
    names it for the first time: "..., the UK's public spending watchdog has said.⏎⏎The
    National Audit Office said ...". As with people (`_introduced_next`): the clause's
    subject is the organisation's name and nothing else, and no organisation at all is
    named before that clause (outside quotations and the headline)."""
    found = _next_sentence_actors(ctx, start, "organization")
    if found is None:
        return None
    s, e, named = found
    if len(named) != 1 or name_key(_strip_determiner(ctx.text[s:e])) not in {
        name_key(n) for n in [named[0].name, *named[0].aliases]
    }:
        return None
    body = named[0]
    first = ctx.text.split("\n", 1)[0].rstrip()
    headline = len(first) if first and first[-1] not in '.!?"”' else 0
    for b, _, actor in ctx.spans:
        if b >= s:
            break
        quoted = ctx.in_content(b) and not ctx.in_paraphrase(b)
        if actor.type == "organization" and b >= headline and not quoted:
            return None  # a body named before: the description may be that one
    return None if any(p < start for p, _ in body.spans) else body


def _lead_indefinite_named_later(
    ctx: _Context, start: int, mention: str, head: str, required: list[str]
) -> Actor | None:
    """ "A US rapper ... has filmed a video in jail, angering a sheriff who says he was
    tricked.⏎... Jefferson Parish Sheriff Harry Lee said": a lead that brings its people
    in by an indefinite title ("a sheriff", "a judge") names them with that title
    further down (news style); the lead's "a sheriff" is not "someone unnamed".

    Only in the body's first sentence, with no person named before it there (a title
    after a name may be the name's), and only when exactly one person of the article
    holds the title with all its narrowing words (`required`) among their roles, is
    named after the lead, and fits a sex the title gives; a second holder of the title
    (another judge) leaves it unclear."""
    if not _opens_unnamed_lead(ctx, start):
        return None
    holders = [
        actor
        for actor in ctx.actors
        if actor.type == "person" and any(head in _role_words(role) for role in actor.roles)
    ]
    if len(holders) != 1:
        return None
    holder = holders[0]
    if not any(set(required) <= _role_words(role) | {head} for role in holder.roles):
        return None
    if any(p < start for p, _ in holder.spans):
        return None  # named in the headline: the lead's title may be someone else's
    return _of_sex(ctx, mention, holder)


def lead_source_named_next(
    ctx: _Context, start: int, end: int, mention: str, words: list[str], head: str
) -> Actor | None:
    """The person a lead describes as its source, when the next sentence names them in
    full for the first time as the subject of its reporting clause: "British Airways is
    looking forward to deregulation ..., its chief executive said.⏎Colin Marshall told
    Reuters that ...", "..., an Exxon Co USA executive said.⏎Joe McMillan, a senior vice
    president, told Reuters ...", "..., a senior Polish banker said.⏎Wladyslaw Baka, head
    of Poland's National Bank, told ...". Wire copy describes its source, then names
    them; the body the description holds ("Exxon Co USA") is the source's employer.

    Only one person described by what they are (`LEAD_SOURCE_HEADS`: "official",
    "executive", "banker"), whatever title they are named with, or by an office the
    name is then given with ("Costa Rica's economy minister ... Minister Luis Diego
    Escalante said"); only in the body's first sentence, with no person named before it;
    the next speaker mention is the next sentence's and names nobody else, the person
    in full with nothing but that office before the name (or, for a source described
    by trade, a top title of their firm: "A top Swiss banker ... chairman Hans Vontobel
    said"), met there for the first time
    and of a sex the description allows. A spokesman is named with his own noun
    (`_apposed_next`); "a court clerk said ... Federal Judge Ann C. Williams said" is
    someone else."""
    if not words or (words[0] not in _LEAD_DETERMINERS and not _possessive_opening(mention)):
        return None
    if head.endswith("s") or not (head in LEAD_SOURCE_HEADS or head in TITLE_WORDS):
        return None
    if head in BODY_VOICES - LEAD_SOURCE_HEADS:
        return None
    if not _opens_unnamed_lead(ctx, start):
        return None
    found = _next_sentence_actors(ctx, start, "person")
    if found is None:
        return None
    s, e, people = found
    if len(people) != 1 or any(a.type == "person" for a in ctx.actors_in(end, s)):
        return None
    person = people[0]
    if len(person.name.split()) < 2 or any(p < s for p, _ in person.spans):
        return None
    named = [(p, q) for p, q in person.spans if s <= p and q <= e]
    if not named or name_key(ctx.text[named[0][0] : named[0][1]]) != name_key(person.name):
        return None
    after = ctx.text[named[0][1] : e].strip()
    if after and not after.startswith(","):
        return None  # the mention goes on past the name, not in apposition to it
    before = _words(ctx.text[s : named[0][0]])
    by_firm_title = head in TRADE_SOURCE_HEADS and set(before) <= TOP_TITLES
    if before and head not in before and not by_firm_title:
        return None  # "Federal Judge Ann C. Williams": named under another title
    roles = {w for role in person.roles for w in _role_words(role)}
    if head in GENERIC_HEADS and roles & TOP_TITLES:
        return _of_sex(ctx, mention, person)  # "The head of a panel ... Ramon Diaz, Chairman"
    if head not in LEAD_SOURCE_HEADS and not before and head not in roles:
        return None  # "the minister ... Jane Doe, head of ...": not said to be one
    return _of_sex(ctx, mention, person)


def _opens_unnamed_lead(ctx: _Context, start: int) -> bool:
    """Whether `start` is in the body's first sentence, with no person named before it
    there (outside the headline): where a lead describes a source it names later."""
    headline = _headline_end(ctx)
    rest = ctx.text[headline:]
    lead_start = headline + len(rest) - len(rest.lstrip())
    if ctx.sent_of(start) != ctx.sent_of(lead_start):
        return False
    return not any(headline <= s < start for s, _, a in ctx.spans if a.type == "person")


def _of_sex(ctx: _Context, mention: str, person: Actor) -> Actor | None:
    """The person, unless the description is of the other sex ("a spokeswoman")."""
    gender = _description_gender(mention)
    return None if gender and not _compatible(ctx, person, gender) else person


def _possessive_opening(mention: str, plural: bool = True) -> bool:
    """Whether a description opens with a possessive name: "Costa Rica's economy
    minister", and, with `plural`, one in "s'" ("Reuters' chief economist")."""
    first = mention.split()[0].replace("\u2019", "'") if mention.split() else ""
    return first.endswith("'s") or (plural and first.endswith("s'"))
