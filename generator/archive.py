"""The cross-article index: actors, tags and months across every briefing.

Built from finished briefings (registry and corrections applied), so an actor page
shows exactly what the briefing pages show. Within an article the extractor already
merged "Blair" into "Tony Blair"; across articles a bare surname is merged into the one
full name it can only mean, so "Mr Blair" in one article and "Tony Blair" in another
share a page.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.content import slugify
from generator.model import ActorType, Briefing, Quote, Registry


@dataclass
class QuoteRef:
    """A quote as shown on an actor page, with the briefing it comes from."""

    quote: Quote
    briefing: Briefing


@dataclass
class ActorPage:
    """Everything the archive knows about one actor."""

    name: str
    type: ActorType
    slug: str
    description: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: Counter[str] = field(default_factory=Counter)
    briefings: list[tuple[Briefing, int]] = field(default_factory=list)
    quotes: list[QuoteRef] = field(default_factory=list)

    @property
    def mentions(self) -> int:
        return sum(count for _, count in self.briefings)


@dataclass
class TagPage:
    name: str
    slug: str
    briefings: list[Briefing] = field(default_factory=list)


@dataclass
class Archive:
    """The briefings newest first, and the pages that list them."""

    briefings: list[Briefing]
    actors: dict[str, ActorPage]
    tags: dict[str, TagPage]
    months: dict[str, list[Briefing]]
    merged: dict[str, str] = field(default_factory=dict)  # an article's name -> page name

    def actor(self, name: str | None) -> ActorPage | None:
        """The page of an actor as one article names it ("Blair" finds "Tony Blair")."""
        if name is None:
            return None
        return self.actors.get(self.merged.get(name, name))

    def actor_slug(self, name: str | None) -> str | None:
        """The slug of the actor page for a name as written in a briefing, if any."""
        page = self.actor(name)
        return page.slug if page else None


def newest_first(briefings: list[Briefing]) -> list[Briefing]:
    """Dated briefings newest first, then undated ones; ties by title for determinism."""
    dated = sorted(
        (b for b in briefings if b.date), key=lambda b: (b.date or "", b.title, b.id), reverse=True
    )
    undated = sorted((b for b in briefings if not b.date), key=lambda b: (b.title, b.id))
    return dated + undated


# From this many briefings on, an actor gets a page only when two or more mention them.
# Actor pages are most of a large site (12,365 of 14,800 pages for the 2,127 BBC
# articles, 247 of 348 MB), and a page for an actor of one briefing repeats it.
LARGE_ARCHIVE = 1000


def build_archive(
    briefings: list[Briefing], registry: Registry, actor_min_briefings: int = 0
) -> Archive:
    """Index briefings by actor, tag and month.

    `actor_min_briefings`: how many briefings must mention an actor for it to get a
    page (registry actors always do); 0 means 1 for small archives and 2 from
    LARGE_ARCHIVE briefings on. Actors without a page stay plain text and filters.
    """
    ordered = newest_first(briefings)
    surname_map = _surname_map(ordered)
    actors: dict[str, ActorPage] = {}
    for briefing in ordered:
        for actor in briefing.extraction.actors:
            name = surname_map.get((actor.type, actor.name), actor.name)
            page = actors.get(name)
            if page is None:
                entry = registry.lookup(name)
                page = actors[name] = ActorPage(
                    name=name,
                    type=actor.type,
                    slug="",
                    description=entry.description if entry else None,
                )
            page.briefings.append((briefing, actor.mentions))
            page.roles.update(actor.roles)
            for alias in [actor.name, *actor.aliases]:
                if alias != name and alias not in page.aliases:
                    page.aliases.append(alias)
        for quote in briefing.extraction.quotes:
            speaker = surname_map.get(("person", quote.speaker or ""), quote.speaker)
            if speaker in actors:
                actors[speaker].quotes.append(QuoteRef(quote, briefing))
    threshold = actor_min_briefings or (2 if len(ordered) >= LARGE_ARCHIVE else 1)
    actors = {
        name: page
        for name, page in actors.items()
        if len(page.briefings) >= threshold or registry.lookup(name) is not None
    }
    _assign_slugs(actors.values())
    tags: dict[str, TagPage] = {}
    months: dict[str, list[Briefing]] = defaultdict(list)
    for briefing in ordered:
        for tag in briefing.tags:
            tag_page = tags.setdefault(tag, TagPage(tag, ""))
            tag_page.briefings.append(briefing)
        months[briefing.date[:7] if briefing.date else "undated"].append(briefing)
    _assign_slugs(tags.values())
    merged = {alias: name for (_, alias), name in surname_map.items()}
    return Archive(ordered, actors, tags, dict(months), merged)


def _surname_map(briefings: list[Briefing]) -> dict[tuple[str, str], str]:
    """Map a one-word person name to the single full name across the archive ending in it."""
    full_names: dict[str, set[str]] = defaultdict(set)
    for briefing in briefings:
        for actor in briefing.extraction.actors:
            words = actor.name.split()
            if actor.type == "person" and len(words) > 1:
                full_names[words[-1]].add(actor.name)
    return {
        ("person", surname): next(iter(names))
        for surname, names in full_names.items()
        if len(names) == 1
    }


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
