"""What a page was made from, so that an unchanged one need not be made again.

A briefing page's Markdown is a function of the briefing itself, of what every page
shares (the code, the templates, the site settings: the `common` key) and of the few
facts of the whole archive it looks up: the slug of each actor it links, the page type
and name of each actor it offers as a search filter, the slug of each tag. Rendering a
page through an `ArchiveProbe` records those lookups; the next build looks the same
names up in its own archive and, when the briefing, the common key and every answer are
the same, knows the Markdown would be the same too (rendering is deterministic, and
it follows the same path when it is given the same answers) and skips it.

A template that reaches into the archive for anything else (`archive.briefings`, an
actor's description, a tag's list) makes its page `opaque`: nothing is recorded, and
the page is rendered in every build.

An actor page is made the same way from the whole actor (its briefings and quotes, of
which the page shows one slice) and the archive lookups of its template.
"""

from __future__ import annotations

import hashlib
import io
import json
import pickle
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.pages.archive import Archive, TagPage

# [kind, name]: "slug" (an actor page's slug), "actor" (its type and name), "tag" (a tag
# page's slug), "month" (a month's briefings)
Lookup = list[Any]


@dataclass(frozen=True)
class ActorFacts:
    """What a briefing page's code reads of an actor page: its type and its name."""

    type: str
    name: str


def answer(archive: Archive, kind: str, name: Any) -> Any:
    """What `archive` answers to one lookup, as JSON data (compared and hashed); a
    month's list of briefings as its data_digest."""
    if kind == "slug":
        return archive.actor_slug(name)
    if kind == "actor":
        page = archive.actor(name)
        return None if page is None else [page.type, page.name]
    if kind == "tag":
        tag = archive.tags.get(name) if isinstance(name, str) else None
        return None if tag is None else tag.slug
    if kind == "month":
        month = archive.months.get(name) if isinstance(name, str) else None
        return None if month is None else data_digest(month)
    raise KeyError(kind)


class ArchiveProbe:
    """The archive as one briefing page sees it, every lookup recorded in order."""

    def __init__(self, archive: Archive) -> None:
        self._archive = archive
        self.lookups: list[Lookup] = []
        self.opaque = False  # the page looked at more than the lookups say

    def note(self, kind: str, name: Any) -> None:
        lookup = [kind, name]
        if lookup not in self.lookups:
            self.lookups.append(lookup)

    def actor_slug(self, name: str | None) -> str | None:
        self.note("slug", name)
        return self._archive.actor_slug(name)

    def actor(self, name: str | None) -> ActorFacts | None:
        self.note("actor", name)
        page = self._archive.actor(name)
        return None if page is None else ActorFacts(page.type, page.name)

    def template_view(self) -> TemplateArchive:
        return TemplateArchive(self._archive, self)


class _Watched:
    """A stand-in for an archive object: reading any of it makes the page opaque."""

    def __init__(self, target: Any, probe: ArchiveProbe) -> None:
        self._target = target
        self._probe = probe

    def __getattr__(self, name: str) -> Any:
        self._probe.opaque = True
        return getattr(self._target, name)

    def __getitem__(self, key: Any) -> Any:
        self._probe.opaque = True
        return self._target[key]

    def __iter__(self) -> Iterator[Any]:
        self._probe.opaque = True
        return iter(self._target)

    def __len__(self) -> int:
        self._probe.opaque = True
        return len(self._target)

    def __contains__(self, item: Any) -> bool:
        self._probe.opaque = True
        return item in self._target

    def __bool__(self) -> bool:
        self._probe.opaque = True
        return bool(self._target)

    def __str__(self) -> str:
        self._probe.opaque = True
        return str(self._target)


class TemplateArchive(_Watched):
    """`archive` in a page's template: `archive.tags[tag].slug`, `archive.months[key]`
    and `archive.actor_slug(name)` are recorded lookups, anything else is opaque."""

    def __getattr__(self, name: str) -> Any:
        if name == "tags":
            return _Tags(self._target.tags, self._probe)
        if name == "months":
            return _Months(self._target.months, self._probe)
        if name == "actor_slug":
            return self._probe.actor_slug
        return super().__getattr__(name)


class _Tags(_Watched):
    def __getitem__(self, key: Any) -> Any:
        tag = self._target[key]  # a missing tag fails as it would on the real dict
        return _Tag(tag, self._probe, key)


class _Months(_Watched):
    def __getitem__(self, key: Any) -> Any:
        month = self._target[key]
        self._probe.note("month", key)  # the whole list, whatever is read of it
        return month


class _Tag(_Watched):
    def __init__(self, target: TagPage, probe: ArchiveProbe, name: Any) -> None:
        super().__init__(target, probe)
        self._name = name

    def __getattr__(self, name: str) -> Any:
        if name == "slug":
            self._probe.note("tag", self._name)
            return self._target.slug
        return super().__getattr__(name)


@dataclass
class PageInputs:
    """One page's inputs as the manifest keeps them: their digest and the lookups."""

    key: str
    lookups: list[Lookup]

    def as_list(self) -> list[Any]:
        return [self.key, self.lookups]

    @classmethod
    def from_list(cls, value: Any) -> PageInputs | None:
        if not (isinstance(value, list) and len(value) == 2 and isinstance(value[0], str)):
            return None
        lookups = value[1]
        if not (
            isinstance(lookups, list)
            and all(isinstance(item, list) and len(item) == 2 for item in lookups)
        ):
            return None
        return cls(value[0], lookups)


def data_digest(data: Any) -> str:
    """A digest of everything `data` (a briefing, an actor page) holds: its pickle (equal
    bytes, equal data).

    Pickled without the memo (`fast`), so that the bytes do not depend on which equal
    values happen to be one object (a name shared by a quote and an actor when freshly
    extracted, two copies when read from the cache): the same briefing, the same digest.
    """
    stream = io.BytesIO()
    pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo; briefings and actors hold no cycles
    pickler.dump(data)
    return hashlib.blake2b(stream.getvalue(), digest_size=16).hexdigest()


@dataclass
class InputTracker:
    """The inputs of every briefing page of one build, and which pages it skipped.

    `common` is the digest of what every page shares (the plugin's build key, the
    templates, the site settings); `known` the inputs of the pages of the published
    site whose Markdown this build may take as unchanged (empty in a full build).
    """

    common: str
    known: Mapping[str, PageInputs] = field(default_factory=dict)
    made: dict[str, PageInputs] = field(default_factory=dict)
    skipped: set[str] = field(default_factory=set)
    _answers: dict[tuple[str, str], Any] = field(default_factory=dict)  # this build's

    def _answer(self, archive: Archive, kind: str, name: Any) -> Any:
        memo = (kind, json.dumps(name))
        if memo not in self._answers:
            self._answers[memo] = answer(archive, kind, name)
        return self._answers[memo]

    def unchanged(self, here: str, data: str, archive: Archive) -> bool:
        """Whether page `here`, made of data with digest `data` (data_digest), is as
        last built (then it is recorded as skipped)."""
        previous = self.known.get(here)
        if previous is None:
            return False
        try:
            answers = [self._answer(archive, kind, name) for kind, name in previous.lookups]
        except (KeyError, TypeError):
            return False
        if self._key(here, data, previous.lookups, answers) != previous.key:
            return False
        self.made[here] = previous
        self.skipped.add(here)
        return True

    def record(self, here: str, data: str, probe: ArchiveProbe, archive: Archive) -> None:
        """Record what page `here` was rendered from (nothing if it was opaque)."""
        if probe.opaque:
            return
        answers = [self._answer(archive, kind, name) for kind, name in probe.lookups]
        key = self._key(here, data, probe.lookups, answers)
        self.made[here] = PageInputs(key, probe.lookups)

    def _key(self, here: str, data: str, lookups: list[Lookup], answers: list[Any]) -> str:
        record = [self.common, here, data, lookups, answers]
        text = json.dumps(record, sort_keys=True, separators=(",", ":"), default=str)
        return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
