"""Typed records shared by every stage of the pipeline.

Extractors return these; the cache stores them; templates read them. Keeping them in
one small module (and free of spaCy types) lets each stage be tested on its own and
lets records cross process boundaries (worker pools, Dask) as plain data.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

ActorType = Literal["person", "organization", "place"]

# The order actor lists are shown in (people first); also the tie-break order of types.
ACTOR_TYPE_ORDER: dict[str, int] = {"person": 0, "organization": 1, "place": 2}
QuoteKind = Literal["direct", "partial", "indirect"]


@dataclass
class Quote:
    """A quotation or a piece of reported speech, anchored in the article body.

    `start`/`end` are character offsets of `text` in the body. `speaker_start` and
    `speaker_end` locate the speaker mention as written ("he", "the minister"); they
    are not part of the JSON contract but let the resolver and the editor trace it.
    """

    text: str
    kind: QuoteKind
    start: int
    end: int
    cue: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker: str | None = None
    rule: str | None = None  # the attribution path that found it ("direct.speech_verb")
    # A quotation split by its speech tag ("Because corporate America," she said, "like
    # the military, relies on ..."): the (start, end) of each part, in order; `text` is
    # the parts joined, `start`/`end` run from the first part's start to the last's end.
    parts: list[tuple[int, int]] | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention,
            "cue": self.cue,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "parts": [[start, end] for start, end in self.parts] if self.parts else None,
        }


@dataclass
class Figure:
    """A number that matters: its value normalised, its unit, and what it counts."""

    text: str
    value: float | int
    unit: str | None
    counts: str | None
    sentence: str
    start: int
    end: int
    score: float = 0.0  # ranking weight, higher first; not in the JSON contract
    value_max: float | int | None = None  # second end of a range as written ("20 to 30")
    rule: str = ""  # how it was read: "<reader>.<kind>/<counts rule>", "numeral.money/of-phrase"
    key: bool = True  # False: a duration, age or repeat the story is not about; internal

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "value": self.value,
            "value_max": self.value_max,
            "unit": self.unit,
            "counts": self.counts,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
        }


# Actors less sure than CONFIDENT get no actor page and no search filter (issue 11);
# they stay plain text on their briefing. Below LISTED the evidence says they are not
# actors of that type at all, and the briefing leaves them out.
CONFIDENT = 0.5
LISTED = 0.35


@dataclass
class Actor:
    """A person, organisation or place, merged over all its mentions in one article.

    `spans` holds (start, end) character offsets of every mention; they feed speaker
    resolution and are not part of the JSON contract.
    """

    name: str
    type: ActorType
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: int = 0
    spans: list[tuple[int, int]] = field(default_factory=list)
    # How sure the extractor is that this is a real actor of this type (0-1). Below
    # CONFIDENT the actor stays plain text on its briefing: no page, no filter.
    confidence: float = 1.0

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "roles": list(self.roles),
            "mentions": self.mentions,
        }

    def add_role(self, role: str) -> None:
        """Attach one more role found for this actor, by the rule of `fullest_roles`."""
        self.roles[:] = fullest_roles([*self.roles, role])

    @property
    def confident(self) -> bool:
        """Whether the evidence is strong enough for an actor page and a search filter."""
        return self.confidence >= CONFIDENT

    @property
    def listed(self) -> bool:
        """Whether the briefing lists the actor at all."""
        return self.confidence >= LISTED


def fullest_roles(roles: Iterable[str]) -> list[str]:
    """The one rule for an actor's roles, wherever they are attached (actor records,
    speakers' learnt titles, the registry, merged actors): one role per wording, case
    aside, and a role that ends another's words gives way to it, in its place.

    "service chief" beside "former civil service chief" becomes the latter: the fuller
    words keep their lower-case adjectives, and a former minister is no minister, so the
    shorter role would say something the article does not. Empty roles are dropped.
    """
    pool = [role for role in roles if role]
    keys = [role.casefold() for role in pool]
    united: dict[str, str] = {}
    for role, key in zip(pool, keys, strict=True):
        fuller = [r for r, k in zip(pool, keys, strict=True) if k.endswith(" " + key)]
        role = max(fuller, key=len) if fuller else role
        united.setdefault(role.casefold(), role)
    return list(united.values())


@dataclass
class RegistryEntry:
    """One actor as curated by editors in `content/actors.yml`; it wins over the model."""

    name: str
    type: ActorType
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    description: str | None = None


@dataclass
class Registry:
    """The site-wide actor registry, looked up by canonical name or any alias."""

    entries: list[RegistryEntry] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_key: dict[str, RegistryEntry] = {}
        for entry in self.entries:
            for key in [entry.name, *entry.aliases]:
                self._by_key.setdefault(name_key(key), entry)

    def lookup(self, name: str) -> RegistryEntry | None:
        """The entry whose name or alias matches `name`, ignoring case and spacing."""
        return self._by_key.get(name_key(name))


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})
_DASHES = re.compile(r"[-\u2010\u2011\u2012\u2013\u2014]+")
_INITIALS = re.compile(r"\b(\w) (?=\w\b)")


@functools.lru_cache(maxsize=1 << 16)  # hot: every actor, speaker and lookup asks again
def name_key(name: str) -> str:
    """The one name normaliser: equal keys mean "the same name, written differently".

    Used by the registry, actor grouping, speaker lookup, corrections and the archive,
    so that they all agree (issue 12). Folds case, accents ("Garzón" = "Garzon"),
    curly apostrophes, a possessive ending ("Blair's"), a leading "the" ("The Pentagon"
    = "Pentagon"), hyphens and dashes ("Aynsley-Green" = "Aynsley Green"), dots and
    spaced initials ("U.S." = "US", "J. K. Rowling" = "JK Rowling"). It keeps titles:
    "Lord Butler" and "Butler" are different names (actor merging decides whether they
    are one person).
    """
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"(?:'s|')$", "", " ".join(text.split()))
    text = _DASHES.sub(" ", text.replace(".", " "))
    text = " ".join(text.split())
    text = _INITIALS.sub(r"\1", text)
    return text[4:] if text.startswith("the ") else text


@dataclass
class Extraction:
    """What the extractors found in one article body; cached, so plain data only."""

    summary: list[str] = field(default_factory=list)
    keyterms: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)

    def to_cache(self) -> dict[str, object]:
        """Every field, internal ones included, as JSON-ready data."""
        return asdict(self)

    @classmethod
    def from_cache(cls, data: dict[str, Any]) -> Extraction:
        """Rebuild from `to_cache` output; raises (KeyError, TypeError) on a bad entry."""
        return cls(
            summary=[str(item) for item in data["summary"]],
            keyterms=[str(item) for item in data["keyterms"]],
            quotes=[
                Quote(**{**item, "parts": _pairs(item["parts"]) if item.get("parts") else None})
                for item in data["quotes"]
            ],
            figures=[Figure(**item) for item in data["figures"]],
            actors=[
                Actor(**{**item, "spans": [tuple(span) for span in item["spans"]]})
                for item in data["actors"]
            ],
        )


def _pairs(items: Any) -> list[tuple[int, int]]:
    """[start, end] pairs as JSON holds them, as the (start, end) tuples a record holds:
    a split quotation's `parts` read back from the cache (a list there would fail the
    cache's type check, and the article would be parsed again on every build)."""
    return [tuple(item) for item in items]


SCHEMA_VERSION = 6


def _given(fields: dict[str, object]) -> dict[str, object]:
    """`fields` without those that are null or an empty list: a reader takes a missing
    field of a quote, figure or actor as null (or []). Schema 3 (issue 14): one site
    publishes one JSON per article, and `"unit":null,"value_max":null,"aliases":[]...`
    was a tenth of it."""
    return {key: value for key, value in fields.items() if value is not None and value != []}


@dataclass
class BriefingHeader:
    """An article's identity and metadata, as every view of its briefing shows them.

    Declared once: `Briefing` (one page) and the archive's lighter `BriefingSummary`
    (list pages and the feed) both extend it.
    """

    id: str
    path: str
    title: str
    date: str | None
    source: str | None
    url: str | None
    tags: list[str]
    authors: list[str]


@dataclass
class Briefing(BriefingHeader):
    """An article's metadata joined with its extraction, corrections applied: one page."""

    extraction: Extraction
    body: str = ""  # the article text, shown on the page so every quote can be traced
    headline_line: bool = False  # the body opens with its title (reading.content.Article)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        """The extraction JSON contract (docs/extraction-json.md), one object per article.

        Every top-level field is given; a quote's, figure's or actor's fields only when
        not null or empty."""
        found = self.extraction
        return {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "date": self.date,
            "source": self.source,
            "url": self.url,
            "tags": list(self.tags),
            "summary": list(found.summary),
            "keyterms": list(found.keyterms),
            "quotes": [_given(quote.to_json()) for quote in found.quotes],
            "figures": [_given(figure.to_json()) for figure in found.figures],
            "actors": [_given(actor.to_json()) for actor in found.actors],
        }
