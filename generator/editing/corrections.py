"""Editors win over the model: the actor registry and per-article corrections.

They are applied after extraction, to the result read back from the cache (or just
written to it), so that editing `content/actors.yml` or an article's `corrections` never
forces a re-parse: the next build picks the change up at the cost of a dictionary walk.
The extraction handed in is the build's own object, used once, and is changed in place:
the runner writes a new result to the cache before yielding it, and every cache hit is
decoded afresh, so no copy is needed (a deep copy was a fifth of a warm build's
generation time).
"""

from __future__ import annotations

import re

from generator.diagnostics import Diagnostic
from generator.editing.publication import drop_wire_brackets, is_publisher, shown_title
from generator.model import (
    ACTOR_TYPE_ORDER,
    Actor,
    Briefing,
    Extraction,
    Registry,
    fullest_roles,
    name_key,
)
from generator.reading.content import Article
from generator.reading.layout import WIRE_MARKUP


def build_briefing(
    article: Article, extraction: Extraction, registry: Registry
) -> tuple[Briefing, list[Diagnostic]]:
    """Join an article with its extraction, applying registry and corrections.

    `extraction` is changed in place (see the module docstring): pass a fresh one.
    """
    found = extraction
    renames = _apply_registry(found, registry, article.body)
    diagnostics = _apply_corrections(found, article, renames)
    # Actors the extractor found no evidence for stay out of the briefing (issue 11).
    found.actors = [actor for actor in merge_actors(found.actors) if actor.listed]
    # "told Reuters" on a Reuters page: the publisher is no actor of its own story
    found.actors = [
        actor
        for actor in found.actors
        if not is_publisher(actor, article.meta.source, found.quotes)
    ]
    found.actors.sort(key=lambda actor: (ACTOR_TYPE_ORDER[actor.type], -actor.mentions, actor.name))
    if WIRE_MARKUP.search(article.body):  # wire copy: "spokesman for <Unzan Mining Co>"
        drop_wire_brackets(found)
    if article.meta.summary:
        found.summary = list(article.meta.summary)
    briefing = Briefing(
        id=article.id,
        path=article.path,
        title=shown_title(article.title, article.body),
        date=article.meta.date.isoformat() if article.meta.date else None,
        source=article.meta.source,
        url=article.meta.url,
        tags=list(article.meta.tags),
        authors=list(article.meta.authors),
        extraction=found,
        body=article.body,
        headline_line=article.headline_line,
        extra=dict(article.meta.extra),
    )
    return briefing, diagnostics


def _apply_registry(found: Extraction, registry: Registry, body: str) -> dict[str, str]:
    """Canonicalise actors through the registry; add registry actors the model missed."""
    renames: dict[str, str] = {}
    for actor in found.actors:
        entry = next(
            (hit for name in [actor.name, *actor.aliases] if (hit := registry.lookup(name))),
            None,
        )
        if entry is None:
            continue
        if actor.name != entry.name:
            renames[actor.name] = entry.name
            actor.aliases = _unique([actor.name, *actor.aliases])
            actor.name = entry.name
        actor.type = entry.type
        actor.roles = fullest_roles([*entry.roles, *actor.roles])
        actor.confidence = 1.0  # the editors know it
    known = {actor.name for actor in found.actors}
    for entry in registry.entries:
        if entry.name in known:
            continue
        spans = _find_mentions(body, [entry.name, *entry.aliases])
        if spans:
            found.actors.append(
                Actor(
                    name=entry.name,
                    type=entry.type,
                    aliases=[],
                    roles=list(entry.roles),
                    mentions=len(spans),
                    spans=spans,
                )
            )
    _rename_speakers(found, renames, registry)
    return renames


def _find_mentions(body: str, names: list[str]) -> list[tuple[int, int]]:
    """Whole-word, case-sensitive occurrences of any of `names` in the body."""
    spans: list[tuple[int, int]] = []
    for name in sorted(set(names), key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", body):
            if not any(start < match.end() and match.start() < end for start, end in spans):
                spans.append((match.start(), match.end()))
    return sorted(spans)


def _rename_speakers(found: Extraction, renames: dict[str, str], registry: Registry) -> None:
    for quote in found.quotes:
        if quote.speaker is None:
            continue
        quote.speaker = renames.get(quote.speaker, quote.speaker)
        entry = registry.lookup(quote.speaker)
        if entry is not None:
            quote.speaker = entry.name


def _apply_corrections(
    found: Extraction, article: Article, renames: dict[str, str]
) -> list[Diagnostic]:
    """Apply the article's `corrections`; warn about any that matched nothing."""
    fixes = article.meta.corrections
    diagnostics: list[Diagnostic] = []

    def unmatched(what: str) -> None:
        diagnostics.append(
            Diagnostic(article.path, f"correction matched nothing: {what}", severity="warning")
        )

    for old, new in fixes.rename_actors.items():
        actor = _find_actor(found.actors, old)
        if actor is None:
            unmatched(f"rename_actors {old!r}")
            continue
        actor.aliases = _unique([actor.name, *actor.aliases])
        actor.confidence = 1.0  # an editor named it
        renames[actor.name] = new
        for quote in found.quotes:
            if quote.speaker == actor.name:
                quote.speaker = new
        actor.name = new
    for name in fixes.drop_actors:
        actor = _find_actor(found.actors, name)
        if actor is None:
            unmatched(f"drop_actors {name!r}")
            continue
        found.actors.remove(actor)
        for quote in found.quotes:
            if quote.speaker == actor.name:
                quote.speaker = None
    for fix in fixes.speakers:
        needle = _normalise(fix.quote)
        hits = [quote for quote in found.quotes if needle in _normalise(quote.text)]
        if not hits:
            unmatched(f"speakers quote {fix.quote!r}")
        for quote in hits:
            quote.speaker = fix.speaker
    return diagnostics


def _find_actor(actors: list[Actor], name: str) -> Actor | None:
    key = name_key(name)
    for actor in actors:
        if key in (name_key(candidate) for candidate in [actor.name, *actor.aliases]):
            return actor
    return None


def merge_actors(actors: list[Actor]) -> list[Actor]:
    """One actor per canonical name: counts added, aliases and spans united, roles by
    the fullest-role rule (`model.fullest_roles`)."""
    merged: dict[str, Actor] = {}
    for actor in actors:
        into = merged.get(actor.name)
        if into is None:
            merged[actor.name] = actor
            continue
        into.mentions += actor.mentions
        into.confidence = max(into.confidence, actor.confidence)
        into.aliases = _unique([*into.aliases, *actor.aliases])
        into.roles = fullest_roles([*into.roles, *actor.roles])
        into.spans = sorted({*into.spans, *actor.spans})
    for actor in merged.values():
        actor.aliases = [alias for alias in actor.aliases if alias != actor.name]
    return list(merged.values())


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


def _normalise(text: str) -> str:
    """Quote text for a substring search (names use model.name_key)."""
    return " ".join(text.casefold().replace("\u2019", "'").split())
