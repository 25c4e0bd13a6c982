"""The Atom feed of the latest briefings, written with feedgen (a maintained library).

Feed readers need absolute links, so the feed exists only when mkdocs.yml sets
`site_url`. Every timestamp comes from briefing dates, never from the clock, so the
same content gives a byte-identical feed (feedgen defaults `updated` to now: we always
set it). Text goes in as plain text; feedgen escapes it for XML, so article text can
not inject markup into the feed. What XML cannot hold at all (control characters, lone
surrogates, U+FFFE and U+FFFF) is removed first: reading removes it from articles
already, but one character left anywhere would make lxml refuse the whole feed, and the
build with it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from feedgen.feed import FeedGenerator

from generator.model import Briefing
from generator.pages.archive import BriefingSummary
from generator.pages.router import address, url

FEED_ENTRIES = 50  # a feed is "what is new", not the archive: keep it small
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
# Every character XML 1.0 forbids (its `Char` production, tab and line breaks allowed).
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """`text` without the characters XML cannot hold."""
    return NOT_XML.sub("", text)


def briefing_url(site_url: str, briefing: Briefing | BriefingSummary) -> str:
    """The absolute URL of a briefing page (MkDocs' default directory URLs)."""
    return f"{site_url.rstrip('/')}/{url('briefing', briefing.id)}"


def timestamp(date: str | None) -> dt.datetime:
    """Midnight UTC of an ISO date; undated briefings sort (and date) as the epoch."""
    if date:
        try:
            return dt.datetime.combine(dt.date.fromisoformat(date[:10]), dt.time(), dt.UTC)
        except ValueError:
            pass
    return EPOCH


def atom_feed(
    briefings: Sequence[Briefing | BriefingSummary],
    site_name: str,
    site_url: str,
    description: str | None = None,
    limit: int = FEED_ENTRIES,
) -> bytes:
    """An Atom 1.0 document of the newest `limit` briefings (given newest first)."""
    root = site_url.rstrip("/") + "/"
    latest = list(briefings[:limit])
    feed = FeedGenerator()
    feed.id(root)
    feed.title(xml_text(site_name))
    feed.subtitle(xml_text(description or f"The latest briefings from {site_name}"))
    feed.author({"name": xml_text(site_name)})
    feed.link(href=root, rel="alternate", type="text/html")
    feed.link(href=root + address("feed"), rel="self", type="application/atom+xml")
    feed.language("en")
    feed.generator("briefings")  # no version: a release alone must not change the feed
    feed.updated(max((timestamp(b.date) for b in latest), default=EPOCH))
    for briefing in latest:
        url = briefing_url(root, briefing)
        entry = feed.add_entry(order="append")
        entry.id(url)
        entry.title(xml_text(briefing.title))
        entry.link(href=url, rel="alternate", type="text/html")
        entry.updated(timestamp(briefing.date))
        entry.published(timestamp(briefing.date))
        byline = " · ".join(part for part in (briefing.source, briefing.date) if part)
        summary = " ".join(briefing.extraction.summary)
        if byline or summary:
            text = f"{byline}: {summary}" if byline and summary else byline or summary
            entry.summary(xml_text(text))
        for author in briefing.authors:
            entry.author({"name": xml_text(author)})
        for tag in briefing.tags:
            entry.category(term=xml_text(tag))
    return feed.atom_str(pretty=True)
