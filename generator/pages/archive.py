"""The cross-article index: actors, tags and months across every briefing.

Built from finished briefings (registry and corrections applied), so an actor page
shows exactly what the briefing pages show. The index keeps only what its pages print
(`BriefingSummary`: metadata and summary sentences; each actor's quotes), not whole
briefings with their text, figures and mention offsets, so that memory does not grow
with everything the archive holds: `ArchiveBuilder` takes briefings one at a time.

Within an article the extractor already merged "Blair" into "Tony Blair"; across
articles a bare surname is merged into the one full name it can only mean, so
"Mr Blair" in one article and "Tony Blair" in another share a page; a surname of
several people's full names goes to the one its roles point to ("President Obama" to
"Barack Obama", not "Michelle Obama": `surname_roles`). Names that differ
only in spelling ("Garzón", "Garzon") share a page, typed by the majority of their
mentions across the archive; actors the extractor was not sure of get no page.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from copy import copy
from dataclasses import dataclass, field, fields
from typing import Any

from generator.extract.actor_spans import COMPANY_SUFFIXES
from generator.extract.actors.lexicon import STYLE_TITLES
from generator.extract.words import word_lists
from generator.model import (
    ActorType,
    Briefing,
    BriefingHeader,
    Quote,
    Registry,
    name_key,
)
from generator.pages.surname_roles import role_surname_map
from generator.reading.content import slugify
from generator.reading.paragraphs import paragraph_of, paragraphs


def says_what_alone(role: str) -> bool:
    """Whether a role means something away from its article: not a bare relational title
    ("Chairman", "Chief Executive", "boss"; "GAF chairman" does). An actor page gathers
    roles from many briefings, so a bare title is left out there; the briefing keeps it,
    since its story names the body.
    """
    words = word_lists("speaker_words")
    folded = [w.casefold().strip(".,") for w in role.split()]
    return not (
        any(w in words["relational_titles"] for w in folded)
        and all(w in words["relational_titles"] or w in words["rank_words"] for w in folded)
    )


@dataclass
class SummaryText:
    """The part of an extraction that list pages and the feed print."""

    summary: list[str] = field(default_factory=list)


@dataclass
class BriefingSummary(BriefingHeader):
    """A briefing as list pages (home, archive, tags, actors) and the feed show it.

    The same attributes as a Briefing, minus the article text and most of the
    extraction: `extraction` holds the summary sentences only.
    """

    extraction: SummaryText
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, briefing: Briefing | BriefingSummary) -> BriefingSummary:
        if isinstance(briefing, BriefingSummary):
            return briefing
        header = {item.name: copy(getattr(briefing, item.name)) for item in fields(BriefingHeader)}
        return cls(
            **header,
            extraction=SummaryText(list(briefing.extraction.summary)),
            extra=dict(briefing.extra),
        )


@dataclass
class QuoteRef:
    """A quote as shown on an actor page, with the briefing it comes from."""

    quote: Quote
    briefing: BriefingSummary
    paragraph: int | None = None  # its ¶ on the briefing page, for a link back


@dataclass
class ActorPage:
    """Everything the archive knows about one actor."""

    name: str
    type: ActorType
    slug: str
    description: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: Counter[str] = field(default_factory=Counter)
    briefings: list[tuple[BriefingSummary, int]] = field(default_factory=list)
    quotes: list[QuoteRef] = field(default_factory=list)

    @property
    def mentions(self) -> int:
        return sum(count for _, count in self.briefings)


@dataclass
class TagPage:
    name: str
    slug: str
    briefings: list[BriefingSummary] = field(default_factory=list)


@dataclass
class Archive:
    """The briefings newest first (as summaries), and the pages that list them.

    `full` holds the whole briefings when the archive was built from a list of them
    (`build_archive`), so that render_site can make their pages; a streaming build
    passes them to the renderer one by one instead.
    """

    briefings: list[BriefingSummary]
    actors: dict[str, ActorPage]
    tags: dict[str, TagPage]
    months: dict[str, list[BriefingSummary]]
    merged: dict[str, str] = field(default_factory=dict)  # an article's name -> page name
    full: list[Briefing] | None = None

    def actor(self, name: str | None) -> ActorPage | None:
        """The page of an actor as one article names it ("Blair" finds "Tony Blair")."""
        if name is None:
            return None
        name = self.merged.get(name, name)
        page = self.actors.get(name)
        if page is None and self.merged:
            page = self.actors.get(self.merged.get(name_key(name), ""))
        return page

    def actor_slug(self, name: str | None) -> str | None:
        """The slug of the actor page for a name as written in a briefing, if any."""
        page = self.actor(name)
        return page.slug if page else None


def month_key(date: str | None) -> str:
    """The month a briefing is filed under: "2026-10" for a date in October 2026,
    "undated" without a date. One place, for the month pages and the month's data file
    (`published_json: month`), so that both hold the same briefings."""
    return date[:7] if date else "undated"


def newest_first(briefings: list[BriefingSummary]) -> list[BriefingSummary]:
    """Dated briefings newest first, then undated ones; ties by title for determinism."""
    dated = sorted(
        (b for b in briefings if b.date), key=lambda b: (b.date or "", b.title, b.id), reverse=True
    )
    undated = sorted((b for b in briefings if not b.date), key=lambda b: (b.title, b.id))
    return dated + undated


# From this many briefings on, an actor gets a page only when LARGE_ARCHIVE_MIN or more
# mention them. Actor pages are most of a large site (12,365 of 14,800 pages for the
# 2,127 BBC articles, 247 of 348 MB), and a page for an actor of one briefing repeats
# it. Two was the bar until issue 14: half the actor pages of the 2,000-article Reuters
# sample (477 of 935, 1.2 KB of files per article) listed two briefings, what a search
# with the actor's filter lists as well.
LARGE_ARCHIVE = 1000
LARGE_ARCHIVE_MIN = 3


@dataclass
class _Mention:
    """One actor of one briefing, as the index needs it (no mention offsets)."""

    name: str
    type: ActorType
    mentions: int
    roles: list[str]
    aliases: list[str]


@dataclass
class _Entry:
    summary: BriefingSummary
    actors: list[_Mention]
    quotes: list[tuple[Quote, int]]  # the attributed ones, with their ¶: actor pages show them


class ArchiveBuilder:
    """Collects what the index needs of each briefing as it is made, then builds it."""

    def __init__(self, registry: Registry, actor_min_briefings: int = 0) -> None:
        self.registry = registry
        self.actor_min_briefings = actor_min_briefings
        self.entries: list[_Entry] = []

    def add(self, briefing: Briefing) -> None:
        found = briefing.extraction
        spans = paragraphs(briefing.body, briefing.headline_line)
        self.entries.append(
            _Entry(
                BriefingSummary.of(briefing),
                [
                    _Mention(a.name, a.type, a.mentions, list(a.roles), list(a.aliases))
                    for a in found.actors
                    if a.confident  # the others stay plain text on their briefing
                ],
                [
                    (quote, paragraph_of(spans, quote.start))
                    for quote in found.quotes
                    if quote.speaker
                ],
            )
        )

    def finish(self) -> Archive:
        """Index briefings by actor, tag and month.

        `actor_min_briefings`: how many briefings must mention an actor for it to get a
        page (registry actors always do); 0 means 1 for small archives and
        LARGE_ARCHIVE_MIN from LARGE_ARCHIVE briefings on. Actors without a page stay
        plain text and filters.
        """
        registry = self.registry
        lookup = functools.lru_cache(maxsize=None)(registry.lookup)  # names recur
        order = {id(entry.summary): entry for entry in self.entries}
        ordered = [
            order[id(summary)]
            for summary in newest_first([entry.summary for entry in self.entries])
        ]
        middles = _middle_initial_map(ordered)
        middles.update(_styled_name_map(ordered, middles))
        middles.update(_clipped_given_name_map(ordered, middles))
        surname_map = _surname_map(ordered, middles, registry)
        surname_map.update(_surname_by_role(ordered, middles, registry, surname_map))
        fuller = _fuller_name_map(ordered)
        for key, page in _longer_body_map(ordered, middles).items():
            fuller.setdefault(key, page)
        spelling: dict[str, str] = {}  # name key -> the page name first seen for it
        fuller_by_name = _by_name_alone(fuller)
        type_votes: dict[str, Counter[str]] = defaultdict(Counter)
        actors: dict[str, ActorPage] = {}
        for entry in ordered:
            for actor in entry.actors:
                name = surname_map.get((actor.type, actor.name), actor.name)
                if actor.type == "person":  # "Donald J. Trump" is "Donald Trump"
                    name = middles.get(name_key(name), name)
                name = fuller.get((actor.type, name_key(name)), name)
                name = spelling.setdefault(name_key(name), name)
                type_votes[name][actor.type] += actor.mentions
                page = actors.get(name)
                if page is None:
                    registered = lookup(name)
                    page = actors[name] = ActorPage(
                        name=name,
                        type=actor.type,
                        slug="",
                        description=registered.description if registered else None,
                    )
                page.briefings.append((entry.summary, actor.mentions))
                page.roles.update(role for role in actor.roles if says_what_alone(role))
                for alias in [actor.name, *actor.aliases]:
                    if alias != name and alias not in page.aliases:
                        page.aliases.append(alias)
            for quote, paragraph in entry.quotes:
                speaker = surname_map.get(("person", quote.speaker or ""), quote.speaker)
                speaker = middles.get(name_key(speaker or ""), speaker)
                speaker = fuller_by_name.get(name_key(speaker or ""), speaker)
                speaker = spelling.get(name_key(speaker or ""), speaker)
                if speaker in actors:
                    actors[speaker].quotes.append(QuoteRef(quote, entry.summary, paragraph))
        for name, page in actors.items():
            registered = lookup(name)
            if registered is not None:
                page.type = registered.type
            else:  # the type most mentions have, first seen on a tie
                page.type = max(type_votes[name].items(), key=lambda kv: kv[1])[0]  # type: ignore[assignment]
        threshold = self.actor_min_briefings or (
            LARGE_ARCHIVE_MIN if len(ordered) >= LARGE_ARCHIVE else 1
        )
        actors = {
            name: page
            for name, page in actors.items()
            if len(page.briefings) >= threshold or lookup(name) is not None
        }
        _assign_slugs(actors.values())
        tags: dict[str, TagPage] = {}
        months: dict[str, list[BriefingSummary]] = defaultdict(list)
        summaries = [entry.summary for entry in ordered]
        for summary in summaries:
            for tag in summary.tags:
                tag_page = tags.setdefault(tag, TagPage(tag, ""))
                tag_page.briefings.append(summary)
            months[month_key(summary.date)].append(summary)
        _assign_slugs(tags.values())
        merged = {alias: name for (_, alias), name in surname_map.items()}
        merged.update((key, name) for key, name in middles.items() if key not in merged)
        merged.update(
            (alias, name) for alias, name in fuller_by_name.items() if alias not in merged
        )
        merged.update((key, name) for key, name in spelling.items() if key not in merged)
        return Archive(summaries, actors, tags, dict(months), merged)


def build_archive(
    briefings: list[Briefing], registry: Registry, actor_min_briefings: int = 0
) -> Archive:
    """The archive of a list of briefings (kept in `full`, for their pages)."""
    builder = ArchiveBuilder(registry, actor_min_briefings)
    for briefing in briefings:
        builder.add(briefing)
    archive = builder.finish()
    archive.full = list(briefings)
    return archive


def _surname_map(
    entries: list[_Entry], middles: dict[str, str] | None = None, registry: Registry | None = None
) -> dict[tuple[str, str], str]:
    """Map a one-word person name to the single full name across the archive ending in it
    (`middles`: the names that differ by a middle initial only are one,
    `_middle_initial_map`). The registry's people count as full names of the archive
    ("Raman" of the registry's "Priya Raman", whom no article names in full), as one
    more full name that a surname may have to share."""
    middles = middles or {}
    full_names: dict[str, set[str]] = defaultdict(set)
    spelled: dict[str, str] = {}
    for entry in entries:
        for actor in entry.actors:
            words = actor.name.split()
            if actor.type == "person" and len(words) > 1:
                name = middles.get(name_key(actor.name), actor.name)
                full = spelled.setdefault(name_key(name), name)
                full_names[words[-1]].add(full)
    for registered in registry.entries if registry is not None else []:
        words = registered.name.split()
        if registered.type == "person" and len(words) > 1:
            name = middles.get(name_key(registered.name), registered.name)
            full_names[words[-1]].add(spelled.setdefault(name_key(name), name))
    return {
        ("person", surname): next(iter(names))
        for surname, names in full_names.items()
        if len(names) == 1
    }


def _surname_by_role(
    entries: list[_Entry],
    middles: dict[str, str],
    registry: Registry,
    joined: dict[tuple[str, str], str],
) -> dict[tuple[str, str], str]:
    """The surnames `_surname_map` leaves bare because the archive names several people
    by them, joined to the one their roles point to ("Obama", role "President", beside
    "Barack Obama" and "Michelle Obama": `surname_roles.role_surname_map`). Surnames
    already joined or of a registry person are left as they are."""
    taken = {surname for _, surname in joined}
    taken |= {e.name.split()[-1] for e in registry.entries if e.type == "person"}
    people = (
        [(actor.name, actor.roles) for actor in entry.actors if actor.type == "person"]
        for entry in entries
    )
    found = role_surname_map(people, middles, taken)
    return {("person", surname): name for surname, name in found.items()}


# A middle name written as initials: "J.", "H.W.", "W".
MIDDLE_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")


def _middle_initial_map(entries: list[_Entry]) -> dict[str, str]:
    """People named with and without a middle initial across the archive: the name key
    of each form to the name of their one page ("Donald J. Trump" and "Donald Trump").

    People are grouped by their first and last word; a group is one person when its
    names carry one middle initial at most, besides the bare name: "George W. Bush" and
    "George H.W. Bush" are father and son, and "George Bush" beside both could be
    either, so that group keeps its pages. A full middle name ("Mary Ann Smith") is no
    initial and stays apart. The page is the form with more mentions across the
    archive, then the shorter one (how news writes the name most)."""
    mentions: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for entry in entries:
        for actor in entry.actors:
            if actor.type == "person":
                name = spelled.setdefault(name_key(actor.name), actor.name)
                mentions[name] += actor.mentions
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in mentions:
        words = name.split()
        middle = words[1:-1]
        if len(words) < 2 or not all(MIDDLE_INITIALS.fullmatch(w) for w in middle):
            continue
        groups[(name_key(words[0]), name_key(words[-1]))].append(name)
    result: dict[str, str] = {}
    for names in groups.values():
        initials = {"".join(n.split()[1:-1]).replace(".", "") for n in names}
        if len(names) < 2 or len(initials - {""}) != 1:
            continue
        page = max(names, key=lambda n: (mentions[n], -len(n)))
        result.update((name_key(n), page) for n in names if n != page)
    return result


def _styled_name_map(entries: list[_Entry], middles: dict[str, str]) -> dict[str, str]:
    """A person named with a style before the full name in one briefing ("Sir Menzies
    Campbell") and without it in another ("Menzies Campbell"): the name key of the styled
    form to the bare name's page (through `middles`, `_middle_initial_map`). A style
    before one name ("Lord Butler", "Prince Charles") names no full name and stays."""
    people: dict[str, str] = {}
    for entry in entries:
        for actor in entry.actors:
            if actor.type == "person":
                people.setdefault(name_key(actor.name), actor.name)
    result: dict[str, str] = {}
    for key, name in people.items():
        words = name.split()
        if len(words) < 3 or words[0].casefold() not in STYLE_TITLES:
            continue
        bare = people.get(name_key(" ".join(words[1:])))
        if bare is not None:
            result[key] = middles.get(name_key(bare), bare)
    return result


# How many other actors two briefings must share before a clipped given name and the
# full one ("Len" and "Leonard" of one surname) are taken for one person.
SHARED_COMPANY = 2


def _clipped_given_name_map(entries: list[_Entry], middles: dict[str, str]) -> dict[str, str]:
    """One person under a clipped given name in one briefing and the full one in another
    ("Len Burman", "Leonard E. Burman"; "Geoff" and "Geoffrey Garin"): the name key of the
    less written form to the page of the other (through `middles`).

    Same surname, one given name the start of the other (three letters or more), the
    middle initials agreeing, and only one such pair for that surname; and the briefings
    of the two forms name at least SHARED_COMPANY other actors in common (the same
    story's people and bodies), since a clipped name alone ("Chris") may be another
    person ("Christine")."""
    mentions: Counter[str] = Counter()
    company: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        keys = {name_key(actor.name) for actor in entry.actors}
        for actor in entry.actors:
            if actor.type == "person" and len(actor.name.split()) >= 2:
                name = middles.get(name_key(actor.name), actor.name)
                mentions[name] += actor.mentions
                company[name] |= keys - {name_key(actor.name)}
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in mentions:
        by_surname[name_key(name.split()[-1])].append(name)
    result: dict[str, str] = {}
    for names in by_surname.values():
        pairs = [
            (one, other)
            for one in names
            for other in names
            if one != other and _clips(one.split()[0], other.split()[0])
        ]
        if len(pairs) != 1:
            continue
        ((short, full),) = pairs
        middle = " ".join(full.split()[1:-1]).replace(".", "")
        if short.split()[1:-1] or (middle and not MIDDLE_INITIALS.fullmatch(middle)):
            continue
        own = {name_key(n) for n in (short, full)}
        if len((company[short] & company[full]) - own) < SHARED_COMPANY:
            continue
        page = max((short, full), key=lambda n: (mentions[n], len(n)))
        other = full if page == short else short
        result[name_key(other)] = page
    return result


def _clips(short: str, full: str) -> bool:
    """Whether the given name `short` is `full` clipped, as nicknames are: "Geoff" of
    "Geoffrey", "Len" of "Leonard" (its first two letters, then the rest in order).
    Three to five letters, two or more cut: one letter makes another name, often of the
    other sex ("Paul" and "Paula", "Carl" and "Carla"), or a slip ("Huma", "Human")."""
    one, other = name_key(short), name_key(full)
    if not (3 <= len(one) <= 5 and len(other) >= len(one) + 2 and one.isalpha()):
        return False
    rest = iter(other[2:])
    return one[:2] == other[:2] and all(letter in rest for letter in one[2:])


# Words that end a name without making it another actor's: "Dean Witter Reynolds Inc"
# is "Dean Witter Reynolds", "Federal Reserve System" the "Federal Reserve", "Washington
# D.C." is "Washington". By type, so that no person or club loses a word.
NAME_ENDINGS: dict[str, frozenset[str]] = {
    "organization": COMPANY_SUFFIXES | {"system"},
    "place": frozenset({"dc", "d.c.", "d.c"}),
}
ACRONYM_SKIP = word_lists("function_words")["acronym_skips"]


def _fuller_name_map(entries: list[_Entry]) -> dict[tuple[str, str], str]:
    """Organisations and places that are one across the archive: (type, name key) of
    each name to the name of its page.

    Two names are one when they differ only by a closing word of NAME_ENDINGS ("Dean
    Witter Reynolds" and "Dean Witter Reynolds Inc"; not bare initials, "ABC"), or when
    one is the initials of the other and an article gave it as that name's short form
    ("UN", an alias of "United Nations" there). A shorter form shared by two fuller
    names stays apart (precision: a page of two different bodies is worse than two pages
    of one). The page is the name with more mentions across the archive; the longer on
    a tie.
    """
    mentions: Counter[tuple[str, str]] = Counter()
    by_key: dict[tuple[str, str], str] = {}
    alias_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entry in entries:
        for actor in entry.actors:
            if actor.type not in NAME_ENDINGS:
                continue
            name = by_key.setdefault((actor.type, name_key(actor.name)), actor.name)
            mentions[(actor.type, name)] += actor.mentions
            for alias in actor.aliases:
                alias_of[(actor.type, name_key(alias))].add(name)
    longer: dict[tuple[str, str], set[str]] = defaultdict(set)  # a short form -> fuller ones
    for kind, name in mentions:
        words = name.replace(",", " ").split()
        cut = len(words)
        while cut > 1 and words[cut - 1].casefold() in NAME_ENDINGS[kind]:
            cut -= 1
        short = by_key.get((kind, name_key(" ".join(words[:cut]))))
        # Bare initials mean many bodies ("ABC" the network, "ABC" the record label): a
        # company ending alone does not tie them to one.
        initials_only = cut == 1 and words[0].isupper()
        if cut < len(words) and short is not None and short != name and not initials_only:
            longer[(kind, short)].add(name)
        initials = "".join(
            w[0] for w in words if w.casefold() not in ACRONYM_SKIP and w[0].isupper()
        )
        acronym = by_key.get((kind, name_key(initials)))
        if (
            len(initials) > 1
            and acronym is not None
            and acronym != name
            and name in alias_of[(kind, name_key(acronym))]
        ):
            longer[(kind, acronym)].add(name)
    result: dict[tuple[str, str], str] = {}
    for (kind, short), fuller in longer.items():
        if len(fuller) != 1:
            continue
        (full,) = fuller
        page = max((short, full), key=lambda n: (mentions[(kind, n)], len(n)))
        other = full if page == short else short
        result[(kind, name_key(other))] = page
    return result


def _longer_body_map(entries: list[_Entry], middles: dict[str, str]) -> dict[tuple[str, str], str]:
    """Organisations under a short and a longer name across the archive ("Tax Policy
    Center", "Urban-Brookings Tax Policy Center"): (type, name key) of one name to the
    page of the other, as `_fuller_name_map` gives them.

    The longer name ends with the whole short one (two words or more), after a space or
    a hyphen; only one longer name ends so; and a briefing of each names one person in
    full in common whose role somewhere names the body by its short name (its head:
    "Len Burman" and "Leonard E. Burman", one person through `middles`, "director of
    the Tax Policy Center"). A shorter name alone joined five wrong pairs in ten, and a
    famous person beside both ("Florida Democratic Party", "Democratic Party") is no
    evidence that two stories are of one body: the role is."""
    mentions: Counter[str] = Counter()
    people: dict[str, set[str]] = defaultdict(set)  # a body's name -> people beside it
    roles: dict[str, set[str]] = defaultdict(set)  # a person -> their roles' name keys
    for entry in entries:
        named = set()
        for actor in entry.actors:
            if actor.type == "person" and len(actor.name.split()) >= 2:
                key = name_key(middles.get(name_key(actor.name), actor.name))
                named.add(key)
                roles[key].update(name_key(role) for role in actor.roles)
        for actor in entry.actors:
            if actor.type == "organization":
                mentions[actor.name] += actor.mentions
                people[actor.name] |= named
    by_key = {name_key(name): name for name in mentions}
    longer: dict[str, set[str]] = defaultdict(set)
    for name in mentions:
        key = name_key(name)
        words = key.split()
        for cut in range(1, len(words) - 1):
            short = by_key.get(" ".join(words[cut:]))
            if short is not None and short != name:
                longer[short].add(name)
    result: dict[tuple[str, str], str] = {}
    for short, fuller in longer.items():
        if len(fuller) != 1:
            continue
        (full,) = fuller
        needle = f" {name_key(short)}"
        if not any(
            needle in f" {role}"
            for person in people[short] & people[full]
            for role in roles[person]
        ):
            continue
        page = max((short, full), key=lambda n: (mentions[n], len(n)))
        other = full if page == short else short
        result[("organization", name_key(other))] = page
    return result


def _by_name_alone(names: dict[tuple[str, str], str]) -> dict[str, str]:
    """The map of `_fuller_name_map` by name key only, for names of one type only (a
    quote's speaker carries no type)."""
    kinds: Counter[str] = Counter(name for _, name in names)
    return {name: page for (_, name), page in names.items() if kinds[name] == 1}


RESERVED_SLUGS = frozenset({"index"})  # the folder's own index page


def _assign_slugs(pages: Iterable[ActorPage] | Iterable[TagPage]) -> None:
    """Stable, unique slugs: the name's slug, suffixed by type and then a number.

    Unique within their folder, and never `index`, so that two names with the same slug
    ("Covid-19" and "covid 19") or an actor called "Index" cannot overwrite a page.
    """
    taken: set[str] = set(RESERVED_SLUGS)
    for page in sorted(pages, key=lambda p: (p.name, getattr(p, "type", ""))):
        slug = slugify(page.name)
        if slug in taken and isinstance(page, ActorPage):
            slug = f"{slug}-{page.type}"
        number = 2
        base = slug
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        taken.add(slug)
        page.slug = slug
