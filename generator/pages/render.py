"""Rendering the archive to Markdown pages through Jinja2 templates.

Templates live in the project's `templates/` folder; a site can override any of them
by putting a file of the same name in its own templates folder, which is searched
first. Every printed value is escaped for Markdown unless a filter marks it as markup
(see generator/pages/markup.py), so article text can never inject HTML or links.
"""

from __future__ import annotations

import calendar
import gzip
import json
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote as percent_encode

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    Template,
    pass_context,
)
from jinja2.runtime import Context
from markupsafe import Markup

from generator.diagnostics import counted
from generator.model import Briefing, Figure, Quote, name_key
from generator.pages.archive import ActorPage, Archive, BriefingSummary, month_key
from generator.pages.feed import atom_feed
from generator.pages.inputs import ArchiveProbe, InputTracker, TemplateArchive, data_digest
from generator.pages.labels import quote_kind_label, source_label
from generator.pages.markup import (
    blockquote,
    highlight,
    highlight_html,
    html_text,
    markdown_attribute,
    markdown_text,
    quote_paragraphs,
    safe_url,
)
from generator.pages.router import address, link
from generator.reading.paragraphs import cited_excerpt, paragraph_of, paragraphs

PAGE_SIZE = 100  # list entries per index page, so that no page grows without bound
TOP_ACTORS = 60  # per type on the actors index
TAGS_PER_PAGE = 200  # the tags index, most used first
ACTOR_PAGE_SIZE = 50  # briefings (with their quotes) per actor page
T = TypeVar("T")


@dataclass(frozen=True)
class Page:
    """One slice of a long list, and where its neighbours are."""

    items: Sequence[Any]
    number: int
    count: int
    kind: str  # the router's page kind and key (generator/pages/router.py)
    key: object = None

    @property
    def path(self) -> str:
        return address(self.kind, self.key, self.number)


def paginate(
    items: Sequence[T], kind: str, key: object = None, size: int = PAGE_SIZE
) -> Iterator[Page]:
    count = max(1, math.ceil(len(items) / size))
    for number in range(1, count + 1):
        chunk = items[(number - 1) * size : number * size]
        yield Page(chunk, number, count, kind, key)


def make_environment(template_dirs: Sequence[Path]) -> Environment:
    """A Jinja2 environment that escapes every printed value for Markdown by default."""
    loaders = [FileSystemLoader(str(folder)) for folder in template_dirs if folder.is_dir()]
    env = Environment(
        loader=ChoiceLoader(loaders),
        finalize=markdown_text,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters.update(
        html=html_text,
        md_attr=markdown_attribute,
        url=safe_url,
        highlight=highlight,
        blockquote=blockquote,
        quote_paragraphs=quote_paragraphs,
        month_name=month_name,
        link=internal_link,
        filter_value=filter_value,
        # "1 briefing", "3 briefings": the one pluralisation, the summary lines' too.
        counted=counted,
    )
    env.globals["url_for"] = url_for
    env.globals["source_label"] = source_label
    env.globals["quote_kind_label"] = quote_kind_label
    return env


@pass_context
def url_for(
    context: Context, kind: str, key: object = None, number: int = 1, html: bool = False
) -> Markup:
    """The link from the page being rendered (`here`, its docs path) to a page of `kind`,
    percent-encoded: a Markdown link by default, the served URL with `html=True`."""
    return internal_link(link(context["here"], kind, key, number, html=html))


def internal_link(path: object) -> Markup:
    """A site-internal path (slugs we made ourselves), percent-encoded for a link."""
    return Markup(percent_encode(str(path), safe="/-._~"))


def month_name(key: str) -> str:
    """Turn "2023-03" into "March 2023"; anything else is "Undated"."""
    names = calendar.month_name
    if re.fullmatch(r"\d{4}-\d{2}", key) and 1 <= int(key[5:]) <= 12:
        return f"{names[int(key[5:])]} {key[:4]}"
    return "Undated"


@dataclass
class QuoteGroup:
    """Quotes by one speaker in one briefing, with what the archive knows of them.

    `mention` is set when no actor was resolved but the article names the speaker
    ("the prime minister's official spokesman", "BA"): the page shows those words
    rather than "Unattributed", without a link, since no actor page is theirs.
    """

    speaker: str | None
    slug: str | None
    role: str | None
    quotes: list[tuple[Quote, int]]
    mention: str | None = None
    type: str | None = None  # the speaker's actor type, for the quotes' source labels


# Mentions that say nothing about who spoke once shown on their own.
BARE_MENTIONS = frozenset(
    {
        *("he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"),
        *("one", "someone", "anyone", "this", "that"),
    }
)


def unresolved_mention(quote: Quote) -> str | None:
    """The article's own words for the speaker of an unattributed quote, if they name
    anyone (not a bare pronoun), with the first letter raised for a heading."""
    mention = " ".join((quote.speaker_mention or "").split())
    if not mention or mention.casefold() in BARE_MENTIONS:
        return None
    return mention[0].upper() + mention[1:]


def quote_groups(
    briefing: Briefing, archive: Archive | ArchiveProbe, spans: list
) -> list[QuoteGroup]:
    """Quotes grouped by speaker, speakers in order of first quote; then quotes whose
    speaker the article names without an actor being resolved, grouped by those
    words; quotes with neither last."""
    roles = {actor.name: actor.roles for actor in briefing.extraction.actors}
    types = {actor.name: actor.type for actor in briefing.extraction.actors}
    groups: dict[str | None, QuoteGroup] = {}
    mentioned: dict[str, QuoteGroup] = {}
    for quote in sorted(briefing.extraction.quotes, key=lambda q: q.start):
        mention = unresolved_mention(quote) if quote.speaker is None else None
        if mention is not None:
            group = mentioned.setdefault(
                mention.casefold(), QuoteGroup(None, None, None, [], mention=mention)
            )
            group.quotes.append((quote, paragraph_of(spans, quote.start)))
            continue
        group = groups.get(quote.speaker)
        if group is None:
            speaker_roles = roles.get(quote.speaker or "", [])
            group = groups[quote.speaker] = QuoteGroup(
                speaker=quote.speaker,
                slug=archive.actor_slug(quote.speaker),
                role=speaker_roles[0] if speaker_roles else None,
                quotes=[],
                type=types.get(quote.speaker or ""),
            )
        group.quotes.append((quote, paragraph_of(spans, quote.start)))
    ordered = [group for key, group in groups.items() if key is not None]
    return ordered + list(mentioned.values()) + ([groups[None]] if None in groups else [])


def published_text(
    briefing: Briefing, spans: list[tuple[int, int, str]], mode: str
) -> list[tuple[int, str]]:
    """(number, text) of the article paragraphs a briefing page republishes.

    `full`: every paragraph. `excerpt`: only the sentences the briefing quotes or
    cites, in their numbered paragraphs, so that every ¶ link still lands. `none`:
    nothing, for a publisher's text that may not be republished; the page keeps the
    link to the original. The search index holds what the page holds.
    """
    if mode == "none":
        return []
    if mode == "excerpt":
        found = briefing.extraction
        cited = [(q.start, q.end) for q in found.quotes]
        cited += [(f.start, f.end) for f in found.figures]
        return cited_excerpt(spans, cited)
    return [(number, text) for number, (_s, _e, text) in enumerate(spans, start=1)]


# Characters that end a line for many readers (Python's `splitlines`, editors) but that
# JSON leaves raw in a string: written as their escapes, the same string to a JSON
# reader, so that a month's file (`published_json: month`) has one line per briefing.
_LINE_BREAKS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def published_json(briefing: Briefing) -> str:
    """The extraction JSON a site publishes at `data/<id>.json` (or as one line of its
    month's file, `published_json: month`: see `month_data`), compact, one line:
    `briefings extract --json`'s object without `path`, the article file on the
    machine that built the site, of no use to a reader of the site (issue 14). Each
    quote and figure keeps its `rule`: a reader of the data can tell a direct quotation
    from a reported stance, and measure, by the rule that found it (issue 11). A
    figure's `sentence` is left out where it repeats the one before it (schema 4), and
    given as its place in `summary` where it is a summary sentence; a quote's or
    figure's `end` is left out where it is `start` plus the length of `text` (schema 5).
    Schema 6 leaves out a null `url`, an actor's `mentions` of 1, and a quote's
    `speaker_mention`, `cue` and `kind` where they say what the reader takes a missing
    one for (`_published_quote`).
    """
    record = briefing.to_json()
    record.pop("path", None)
    summary: list[str] = record["summary"]  # type: ignore[assignment]
    # A figure in the same sentence as the figure before it leaves the sentence out
    # (docs/extraction-json.md): a third of the figures' sentences were such repeats.
    # One that is a sentence of the summary (a lead paragraph's figure) names it there:
    # a quarter of the sentence bytes left on the Reuters sample (issue 14).
    previous = None
    for figure in record["figures"]:  # type: ignore[attr-defined]
        sentence = figure.get("sentence")
        if sentence is not None and sentence == previous:
            del figure["sentence"]
        elif sentence is not None and sentence in summary:
            place = summary.index(sentence)
            items = [
                ("summary_sentence", place) if k == "sentence" else (k, v)
                for k, v in figure.items()
            ]
            figure.clear()
            figure.update(items)
        previous = sentence
    # `end` is `start` plus the length of `text` but where the text was cleaned (line
    # wraps joined, ticker codes dropped): left out then, 76 B of a Reuters article.
    for item in [*record["quotes"], *record["figures"]]:  # type: ignore[misc]
        if item["end"] == item["start"] + len(item["text"]):
            del item["end"]
    # Schema 6: what a field says when it holds its default, or what another field of
    # the same object already says, is not said twice (150 B of a Reuters article).
    if record["url"] is None:
        del record["url"]
    record["quotes"] = [_published_quote(quote) for quote in record["quotes"]]  # type: ignore[attr-defined]
    for actor in record["actors"]:  # type: ignore[attr-defined]
        if actor.get("mentions") == 1:
            del actor["mentions"]
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return text.translate(_LINE_BREAKS) + "\n"


# What a published quote's field is when it is left out (schema 6): the speaker's name
# as the article writes it is the canonical name, and the cue is "said" (five quotes in
# six of the Reuters sample). A null one, where the default would say otherwise, is given.
DEFAULT_CUE = "said"


def _published_quote(quote: dict[str, object]) -> dict[str, object]:
    """A quote's published fields (docs/extraction-json.md, schema 6): each field left
    out where it is what a reader takes a missing one for. That is null (schema 3), but
    for three fields: `speaker_mention` is `speaker`, `cue` is "said", `kind` is the
    first part of `rule` ("indirect.verb_clause" is indirect). So a null
    `speaker_mention` beside a speaker, or a null `cue`, is given as null."""
    rule = quote.get("rule")
    defaults: dict[str, object] = {
        "speaker_mention": quote.get("speaker"),
        "cue": DEFAULT_CUE,
        "kind": rule.partition(".")[0] if isinstance(rule, str) else None,
    }
    order = ("text", "speaker", "speaker_mention", "cue", "kind", "start", "end", "rule")
    published: dict[str, object] = {}
    for key in dict.fromkeys([*order, *quote]):
        value = quote.get(key)
        if value != defaults.get(key):
            published[key] = value
    return published


def month_data(
    months: Sequence[str], archive: Archive, lines: dict[str, bytes]
) -> Iterator[tuple[str, bytes]]:
    """`data/<month>.jsonl.gz` for each of `months` (`published_json: month`): the JSON
    line (`published_json`) of every briefing of the month from `lines` (by briefing
    id; each is taken out as it is written), in the order of its month pages, newest
    first. One file per month instead of one per briefing: gzip finds what the objects
    share, 0.54 KB per article for 2.8 KB (issue 14, on the Reuters sample). Written as
    gzip -9 with no modification time and no file name in the header, the bytes
    generator/publishing/determinism.py gives every `.gz`, so that every build of the
    same briefings gives the same bytes."""
    for key in months:
        body = b"".join(lines.pop(summary.id) for summary in archive.months[key])
        yield address("data_month", key), gzip.compress(body, compresslevel=9, mtime=0)


FILTER_NAMES = {"person": "person", "organization": "organisation", "place": "place"}
# Pagefind (1.5) reads the filters a search asks for without JSON's escapes: a value with
# a double quote or a backslash in it is offered in the panel, with its count, and then
# finds nothing. Such a value is filed with a look-alike instead (`Ann 'Q' Lee`).
_UNFILTERABLE = str.maketrans({'"': "'", "\\": "\u29f5"})


def filter_value(value: object) -> str:
    """The value a search filter files `value` (a name, source or tag) under: the text
    as written, but for the characters Pagefind cannot filter by (see _UNFILTERABLE).
    Pages, their search links and the search page all go through this one function."""
    return str(value).translate(_UNFILTERABLE)


def search_filters(briefing: Briefing, archive: Archive | ArchiveProbe) -> list[tuple[str, str]]:
    """(filter, value) pairs Pagefind offers to narrow results, in a stable order.

    Actors use the archive's merged name ("Blair" is filed under "Tony Blair"), so a
    filter finds every briefing of the actor page whatever each article called them.
    """
    pairs: list[tuple[str, str]] = []
    if briefing.date:
        pairs.append(("year", briefing.date[:4]))
    if briefing.source:
        pairs.append(("source", filter_value(briefing.source)))
    pairs += [("tag", filter_value(tag)) for tag in briefing.tags]
    for actor in briefing.extraction.actors:
        if not actor.confident:
            continue  # no page, no filter: it stays plain text on the briefing
        page = archive.actor(actor.name)
        name = page.name if page else actor.name
        pair = (FILTER_NAMES[page.type if page else actor.type], filter_value(name))
        if pair not in pairs:
            pairs.append(pair)
    return pairs


def shown_names(briefing: Briefing, archive: Archive | ArchiveProbe) -> dict[str, str]:
    """Actor name -> the fuller name a briefing page shows for it: a person the article
    names by surname alone ("Obama", with "President" as role, the article's "President
    Obama") whose actor page is one person's full name ending in that surname ("Barack
    Obama": the archive's join, which takes a surname only to the one full name of the
    archive that ends in it). The link already went to that page; now the name the
    reader sees is the page's too. Other names are shown as the article writes them."""
    found: dict[str, str] = {}
    for actor in briefing.extraction.actors:
        if actor.type != "person" or not actor.confident or len(actor.name.split()) != 1:
            continue
        page = archive.actor(actor.name)
        if page is None or page.type != "person" or len(page.name.split()) < 2:
            continue
        if name_key(page.name.split()[-1]) == name_key(actor.name):
            found[actor.name] = page.name
    return found


def link_filters(briefing: Briefing, archive: Archive | ArchiveProbe) -> dict[str, str]:
    """Actor name -> the `data-pagefind-filter` its name under "Who is involved" carries.

    Issue 14: a filter on the name the reader sees rather than a hidden copy of it. The
    attribute is the filter's name alone (`person`: Pagefind takes the element's text)
    where that text is the filter's value, the archive's merged name; else it names the
    value itself (`person:Tony Blair` on "Blair", filed under "Tony Blair"). Every actor
    the page is sure of carries its filter, once per filter value; the others have none
    (see `search_filters`).
    """
    found: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()
    for actor in briefing.extraction.actors:
        if not actor.confident or actor.name in found:
            continue
        page = archive.actor(actor.name)
        name = page.name if page else actor.name
        pair = (FILTER_NAMES[page.type if page else actor.type], filter_value(name))
        if pair not in seen:
            seen.add(pair)
            found[actor.name] = pair[0] if pair[1] == actor.name else f"{pair[0]}:{pair[1]}"
    return found


def hidden_filters(
    briefing: Briefing, pairs: list[tuple[str, str]], on_links: dict[str, str]
) -> list[tuple[str, str]]:
    """The filters of `pairs` that no visible element of the page carries: the byline's
    source and date (its year), the tag links and the actors' names of `on_links`."""
    shown = {("source", filter_value(briefing.source))} if briefing.source else set()
    if briefing.date:
        shown.add(("year", briefing.date[:4]))
    shown |= {("tag", filter_value(tag)) for tag in briefing.tags}
    for actor, attribute in on_links.items():
        name, _, value = attribute.partition(":")
        shown.add((name, value or actor))
    return [pair for pair in pairs if pair not in shown]


def render_site(
    archive: Archive,
    env: Environment,
    site: dict[str, Any],
    briefings: Iterable[Briefing] | None = None,
) -> dict[str, str | bytes]:
    """Every generated page: path under the docs folder -> content (see render_pages)."""
    return dict(render_pages(archive, env, site, briefings))


def render_pages(
    archive: Archive,
    env: Environment,
    site: dict[str, Any],
    briefings: Iterable[Briefing] | None = None,
    inputs: InputTracker | None = None,
) -> Iterator[tuple[str, str | bytes | None]]:
    """Every generated page as (path under the docs folder, content), one at a time.

    `briefings` are the whole briefings for their own pages, in any order (default:
    those the archive was built from); every other page needs only the archive. Pages
    are yielded as they are rendered so that a build can write each at once and hold
    none. Besides Markdown pages: the extraction contract, for other tools, as the
    site's `published_json` says (`briefing`, the default: `data/<id>.json`; `month`:
    `data/<yyyy-mm>.jsonl.gz`, bytes; `none`: nothing) and, when site_url is set,
    `feed.xml` (feed readers need absolute links).

    With `inputs` (generator/pages/inputs.py), what each briefing page is made from is
    recorded, and a page made from the same inputs as the published one is not rendered:
    its content is yielded as None.
    """
    if briefings is None:
        if archive.full is None:
            raise ValueError("render_pages needs the briefings: the archive holds summaries")
        briefings = archive.full
    common = {"site": site, "archive": archive}
    latest = site.get("latest", 20)
    undated = [b for b in archive.briefings if not b.date]
    home = address("home")
    yield (
        home,
        env.get_template("home.md.j2").render(
            here=home,
            briefings=[b for b in archive.briefings if b.date][:latest],
            # No date says when an article was added, so undated ones get a list of
            # their own (by title, as in the archive) instead of sinking below every
            # dated one: deterministic, unlike file times, which a clone resets.
            undated=undated[:latest],
            undated_count=len(undated),
            **common,
        ),
    )
    search = address("search")
    yield search, env.get_template("search.md.j2").render(here=search, **common)
    template = env.get_template("briefing.md.j2")
    text_mode = site.get("article_text", "full")
    json_mode = site.get("published_json", "briefing")
    lines: dict[str, bytes] = {}  # briefing id -> its JSON line, for its month's file
    for briefing in briefings:
        here = address("briefing", briefing.id)
        if inputs is None:
            yield here, _briefing_page(template, here, briefing, archive, archive, text_mode, site)
        else:
            made_of = data_digest(briefing)
            if inputs.unchanged(here, made_of, archive):
                yield here, None  # the Markdown of the published page
            else:
                probe = ArchiveProbe(archive)
                view = probe.template_view()
                yield here, _briefing_page(template, here, briefing, probe, view, text_mode, site)
                inputs.record(here, made_of, probe, archive)
        if json_mode == "briefing":
            yield address("data", briefing.id), published_json(briefing)
        elif json_mode == "month":
            lines[briefing.id] = published_json(briefing).encode("utf-8")
    if site.get("url"):
        yield (
            address("feed"),
            atom_feed(
                archive.briefings, str(site.get("name") or "Briefings"), str(site["url"])
            ).decode("utf-8"),
        )
    months = sorted((key for key in archive.months if key != "undated"), reverse=True)
    if "undated" in archive.months:
        months.append("undated")
    if json_mode == "month":
        yield from month_data(months, archive, lines)
    here = address("archive")
    yield here, env.get_template("archive.md.j2").render(here=here, months=months, **common)
    # Each page of a month or a tag is made of the whole list (it shows the count).
    template = env.get_template("month.md.j2")
    for key in months:
        made_of = data_digest(archive.months[key]) if inputs is not None else ""
        for page in paginate(archive.months[key], "month", key):
            yield _tracked(
                template, page.path, made_of, archive, inputs, site, month=key, page=page
            )
    yield from _render_actors(archive, env, common, inputs)
    tags = sorted(archive.tags.values(), key=lambda tag: (-len(tag.briefings), tag.name))
    for page in paginate(tags, "tags", size=TAGS_PER_PAGE):
        yield page.path, env.get_template("tags.md.j2").render(here=page.path, page=page, **common)
    template = env.get_template("tag.md.j2")
    for tag in tags:
        made_of = data_digest(tag) if inputs is not None else ""
        for page in paginate(tag.briefings, "tag", tag.slug):
            yield _tracked(template, page.path, made_of, archive, inputs, site, tag=tag, page=page)


def _tracked(
    template: Template,
    here: str,
    made_of: str,
    archive: Archive,
    inputs: InputTracker | None,
    site: dict[str, Any],
    **context: Any,
) -> tuple[str, str | None]:
    """A list page (here, Markdown), rendered unless `inputs` knows it is made of the
    same data (`made_of`, a data_digest) and archive lookups as the published one: then
    (here, None). Its template sees the archive through a probe that records them."""
    if inputs is not None and inputs.unchanged(here, made_of, archive):
        return here, None  # the Markdown of the published page
    probe = ArchiveProbe(archive) if inputs is not None else None
    view = archive if probe is None else probe.template_view()
    text = template.render(here=here, site=site, archive=view, **context)
    if inputs is not None and probe is not None:
        inputs.record(here, made_of, probe, archive)
    return here, text


def _briefing_page(
    template: Template,
    here: str,
    briefing: Briefing,
    lookups: Archive | ArchiveProbe,
    archive: Archive | TemplateArchive,
    text_mode: str,
    site: dict[str, Any],
) -> str:
    """One briefing's page; `lookups` answers the code's archive lookups, `archive` is
    what the template sees (generator/pages/inputs.py records both when probed)."""
    spans = paragraphs(briefing.body, briefing.headline_line)
    on_links = link_filters(briefing, lookups)
    return template.render(
        here=here,
        briefing=briefing,
        groups=quote_groups(briefing, lookups, spans),
        paragraphs=spans,
        figure_groups=figure_groups(briefing.extraction.figures, spans),
        actor_slug=lookups.actor_slug,
        shown_names=shown_names(briefing, lookups),
        link_filters=on_links,
        search_filters=hidden_filters(briefing, search_filters(briefing, lookups), on_links),
        article_text=text_mode,
        article=published_text(briefing, spans, text_mode),
        published_json=site.get("published_json", "briefing"),
        data_month=month_key(briefing.date),
        site=site,
        archive=archive,
    )


FIGURES_SHOWN = 8  # key figures in the table; the rest under "All N figures"


@dataclass
class FigureGroup:
    """Figures in a row of the figures table that stand in one sentence: the table
    gives the sentence once, its cell spanning their rows, each figure in bold in it."""

    figures: list[Figure]
    sentence: Markup  # HTML
    paragraph: int


FigureTable = list[list[FigureGroup]]  # its <tbody> elements, each a list of row groups


def figure_groups(
    figures: Sequence[Figure], spans: list[tuple[int, int, str]]
) -> tuple[FigureTable, FigureTable]:
    """The figures table's rows and the "All N figures" table's, in the figures' order,
    figures next to each other with the same sentence grouped (issue 14: a Reuters
    market report gave one sentence to four figures, and repeated it four times).

    A group of several figures is a `<tbody>` of its own, so that on a phone, where the
    rows become cards, briefings.css can make the group one card ending with its
    sentence; the rows between such groups share one."""
    tables: tuple[list[FigureGroup], list[FigureGroup]] = ([], [])
    for number, figure in enumerate(figures):
        rows = tables[0 if number < FIGURES_SHOWN else 1]
        if rows and rows[-1].figures[-1].sentence == figure.sentence:
            rows[-1].figures.append(figure)
        else:
            rows.append(FigureGroup([figure], Markup(""), paragraph_of(spans, figure.start)))
    bodies: tuple[FigureTable, FigureTable] = ([], [])
    for rows, table in zip(tables, bodies, strict=True):
        for group in rows:
            group.sentence = highlight_html(
                group.figures[0].sentence, [figure.text for figure in group.figures]
            )
            alone = len(group.figures) == 1
            if alone and table and len(table[-1][-1].figures) == 1:
                table[-1].append(group)
            else:
                table.append([group])
    return bodies


@dataclass
class ActorBriefing:
    """One briefing on an actor page, with the actor's quotes in it."""

    briefing: BriefingSummary
    mentions: int
    quotes: list[tuple[Quote, int | None]]  # with the ¶ each links back to


def actor_timeline(actor: ActorPage) -> list[ActorBriefing]:
    """The actor's briefings newest first, each carrying what the actor said in it.

    Quotes travel with their briefing so that an actor page can be cut into pages by
    briefing: every page stays bounded, and every quote sits under the link back to
    the briefing (and date) it comes from.
    """
    said: dict[str, list[tuple[Quote, int | None]]] = {}
    for ref in actor.quotes:
        said.setdefault(ref.briefing.id, []).append((ref.quote, ref.paragraph))
    return [
        ActorBriefing(
            briefing, count, sorted(said.get(briefing.id, []), key=lambda pair: pair[0].start)
        )
        for briefing, count in actor.briefings
    ]


def _render_actors(
    archive: Archive,
    env: Environment,
    common: dict[str, Any],
    inputs: InputTracker | None = None,
) -> Iterator[tuple[str, str | None]]:
    ranked = sorted(archive.actors.values(), key=lambda a: (-len(a.briefings), -a.mentions, a.name))
    by_type: dict[str, list[ActorPage]] = {"person": [], "organization": [], "place": []}
    for actor in ranked:
        by_type[actor.type].append(actor)
    here = address("actors")
    yield (
        here,
        env.get_template("actors.md.j2").render(
            here=here,
            by_type={kind: actors[:TOP_ACTORS] for kind, actors in by_type.items()},
            totals={kind: len(actors) for kind, actors in by_type.items()},
            **common,
        ),
    )
    for kind, actors in by_type.items():
        alphabetical = sorted(actors, key=lambda a: (a.name.casefold(), a.slug))
        for page in paginate(alphabetical, "actors_all", kind, size=500):
            yield (
                page.path,
                env.get_template("actors_all.md.j2").render(
                    here=page.path, kind=kind, page=page, **common
                ),
            )
    template = env.get_template("actor.md.j2")
    for actor in ranked:
        timeline = actor_timeline(actor)
        # Every page of an actor is made of the whole actor (the page shows its counts).
        made_of = data_digest(actor) if inputs is not None else ""
        for page in paginate(timeline, "actor", actor.slug, size=ACTOR_PAGE_SIZE):
            yield _tracked(
                template,
                page.path,
                made_of,
                archive,
                inputs,
                common["site"],
                actor=actor,
                page=page,
                paragraph_links=common["site"].get("article_text", "full") != "none",
                quote_count=len(actor.quotes),
                roles=[role for role, _ in actor.roles.most_common(5)],
            )
