"""Site-level tests without a browser: what a reader (or a feed reader, or a tool
reading the data JSON) gets from a real `briefings build` of real articles.

The site is built once per session (`built_site`) from the example content plus a few
articles written here for the cases that matter: the same person named "Tony Blair"
in one article and "Mr Blair" in another, hostile markup in an article, a tag that
would collide with an index page. Paging is checked on the real renderer with many
briefings, built from records rather than parsed text so that it stays fast.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import shutil
import textwrap
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import pytest
from lxml import etree
from parsed import facets, hrefs, ids, parse
from parsed import text as visible_text

from generator.cli import main as briefings
from generator.model import Actor, Briefing, Extraction, Quote, Registry
from generator.pages.archive import build_archive
from generator.pages.render import ACTOR_PAGE_SIZE, PAGE_SIZE, make_environment, render_site

REPO = Path(__file__).resolve().parents[1]
SITE_URL = "https://news.example.org/briefings/"
ATOM = "{http://www.w3.org/2005/Atom}"

EXTRA_ARTICLES = {
    "blair-budget.md": """\
        ---
        title: Blair urges calm over budget
        date: 2026-12-02
        source: Test Wire
        tags: [politics]
        ---
        Tony Blair, the former prime minister, spoke in London on Tuesday about the
        budget and the 4% rise in spending.

        "We must hold our nerve on public spending," Tony Blair said. He added that
        voters would judge the result.
        """,
    "blair-rally.md": """\
        ---
        title: Former leader returns to campaign trail
        date: 2026-12-09
        source: Test Wire
        tags: [politics, Index]
        ---
        Mr Blair addressed party members in Manchester on Saturday, calling for unity
        before the election.

        "The country needs a government that listens," Mr Blair said at the rally,
        which drew about 3,000 people.
        """,
    "hostile.md": """\
        ---
        title: "Council <script>alert('t')</script> vote [x](javascript:alert(1))"
        date: 2026-12-05
        source: "<b>Wire</b>"
        tags: ["<i>tag</i>"]
        ---
        The council in Riverton voted on Monday to close <script>alert('body')</script>
        the old bridge, at a cost of £3m.

        "Click [here](javascript:alert(2)) <img src=x onerror=alert(3)>," said
        Priya Raman, the council leader.
        """,
}


@dataclass(frozen=True)
class BuiltSite:
    project: Path
    site: Path


def write_project(root: Path) -> Path:
    """A project folder: the example content, extra articles and a mkdocs.yml."""
    shutil.copytree(REPO / "content", root / "content")
    for name, text in EXTRA_ARTICLES.items():
        (root / "content" / name).write_text(textwrap.dedent(text), encoding="utf-8")
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("custom_dir: templates/theme", f"custom_dir: {REPO}/templates/theme")
    config = config.replace("templates_dir: templates", f"templates_dir: {REPO}/templates")
    config = config.replace(
        "site_url: https://example.github.io/briefings/", f"site_url: {SITE_URL}"
    )
    assert SITE_URL in config
    path = root / "mkdocs.yml"
    path.write_text(config, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """A site built by `briefings build`, the way CI builds it."""
    root = tmp_path_factory.mktemp("project")
    config = write_project(root)
    assert briefings(["build", "-f", str(config), "-j", "1"]) == 0
    return BuiltSite(root, root / "site")


def html(site: BuiltSite, path: str) -> str:
    return (site.site / path).read_text(encoding="utf-8")


def test_feed_is_valid_atom_with_absolute_links(built_site: BuiltSite) -> None:
    feed = etree.fromstring((built_site.site / "feed.xml").read_bytes())
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{required}") is not None, required
    entries = feed.findall(f"{ATOM}entry")
    dates = [entry.findtext(f"{ATOM}updated") for entry in entries]
    assert dates == sorted(dates, reverse=True)
    # `updated` is the newest briefing's date, never the clock.
    assert feed.findtext(f"{ATOM}updated") == "2026-12-09T00:00:00+00:00"
    assert feed.findtext(f"{ATOM}title") == "Briefings"  # the name a feed reader shows
    assert entries[0].findtext(f"{ATOM}title") == "Former leader returns to campaign trail"
    for entry in entries:
        for required in ("id", "title", "updated", "link"):
            assert entry.find(f"{ATOM}{required}") is not None, required
        link = entry.find(f"{ATOM}link").get("href")
        assert link.startswith(SITE_URL)
        page = built_site.site / link.removeprefix(SITE_URL) / "index.html"
        assert page.is_file(), link
    self_link = [link.get("href") for link in feed.findall(f"{ATOM}link")]
    assert f"{SITE_URL}feed.xml" in self_link
    # Autodiscovery: relative, so that no page calls the site_url host (a local preview)
    # and Material does not fetch the sitemap for it (see test_browser_requests.py).
    for page, href in (
        ("index.html", "feed.xml"),
        ("briefings/port-strike/index.html", "../../feed.xml"),
    ):
        found = [
            (link.get("rel"), link.get("type"), link.get("title"), link.get("href"))
            for link in parse(html(built_site, page)).iter("link")
            if link.get("type") == "application/atom+xml"
        ]
        # No title on the link: a feed reader names the feed by its own <title>.
        assert found == [("alternate feed", "application/atom+xml", None, href)], page


def test_feed_escapes_article_text(built_site: BuiltSite) -> None:
    feed = etree.fromstring((built_site.site / "feed.xml").read_bytes())
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]
    assert "Council <script>alert('t')</script> vote [x](javascript:alert(1))" in titles
    assert b"<script>" not in (built_site.site / "feed.xml").read_bytes()


def test_extraction_json_published_beside_pages(built_site: BuiltSite) -> None:
    data = json.loads(html(built_site, "data/port-strike.json"))
    assert data["schema"] == 6
    assert "path" not in data  # the article file on the building machine (issue 14)
    assert data["id"] == "port-strike"
    assert data["title"].startswith("Dock workers at Eastport")
    speakers = {quote.get("speaker") for quote in data["quotes"]}
    assert "Ruth Adeyemi" in speakers
    assert {"text", "value", "start"} <= set(data["figures"][0])
    # Schema 5: the first figure's sentence is given, or named in the summary; its end
    # is start + len(text) unless given.
    first = data["figures"][0]
    sentence = first.get("sentence") or data["summary"][first["summary_sentence"]]
    assert first["text"] in sentence
    assert first.get("end", first["start"] + len(first["text"])) > first["start"]
    # Schema 3: no null or empty field in a quote, figure or actor (issue 14), but a
    # quote's null speaker_mention beside a speaker or null cue (schema 6: left out,
    # they would read as the speaker's name and "said").
    for item in data["quotes"] + data["figures"] + data["actors"]:
        given = {key: value for key, value in item.items() if key not in ("speaker_mention", "cue")}
        assert None not in given.values() and [] not in item.values()
    # Provenance: every quote and figure says which rule found it (issue 11).
    assert data["quotes"] and data["figures"]
    assert all(item.get("rule") for item in data["quotes"] + data["figures"])
    assert "../../data/port-strike.json" in hrefs(
        html(built_site, "briefings/port-strike/index.html")
    )


def test_pages_carry_no_blank_lines_and_data_is_compact(built_site: BuiltSite) -> None:
    """Size on a large site: Material's indentation and blank lines are trimmed."""
    page = html(built_site, "briefings/port-strike/index.html")
    assert "\n\n" not in page and "\n " not in page
    assert "Ruth Adeyemi" in page and "</html>" in page
    data = html(built_site, "data/port-strike.json")
    assert data.count("\n") == 1 and '"schema":6' in data


def test_actor_merged_across_articles(built_site: BuiltSite) -> None:
    """ "Tony Blair" in one article and "Mr Blair" in another share one page."""
    page = html(built_site, "actors/tony-blair/index.html")
    assert "Blair urges calm over budget" in page
    assert "Former leader returns to campaign trail" in page
    assert "We must hold our nerve on public spending" in page
    assert "The country needs a government that listens" in page
    assert page.index("Former leader returns") < page.index("Blair urges calm")  # newest first
    # One list item per briefing, each with the quotes of that briefing only (a list
    # item run on into the next one showed the next as "- title" inside the first).
    items = {next(li.iter("a")).text_content(): visible_text(li) for li in parse(page).iter("li")}
    assert set(items) == {"Former leader returns to campaign trail", "Blair urges calm over budget"}
    assert not any("- " in text.split(" · ")[0] for text in items.values())
    for title, quote in (
        ("Blair urges calm over budget", "We must hold our nerve on public spending"),
        ("Former leader returns to campaign trail", "The country needs a government that listens"),
    ):
        assert [t for t, text in items.items() if quote in text] == [title]
    assert not (built_site.site / "actors/blair").exists()
    rally = html(built_site, "briefings/blair-rally/index.html")
    assert "../../actors/tony-blair/" in hrefs(rally)
    assert ("person", "Tony Blair") in facets(rally, "filter")
    # Pagefind reads that filter off the name the reader sees ("person:Tony Blair" on
    # the link, whatever the article called him), not from a hidden copy.
    fragments = [
        json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
        for path in built_site.site.glob("pagefind*/**/*.pf_fragment")
    ]
    (fragment,) = [f for f in fragments if f["url"].endswith("/briefings/blair-rally/")]
    assert "Tony Blair" in fragment["filters"]["person"]
    assert not parse(rally).xpath('//*[contains(@class, "search-facets")]')


def test_briefing_links_every_actor_and_speaker(built_site: BuiltSite) -> None:
    targets = hrefs(html(built_site, "briefings/port-strike/index.html"))
    for slug in ("ruth-adeyemi", "martin-kessler", "alan-whitcombe", "meridian-capital"):
        assert f"../../actors/{slug}/" in targets, slug
        assert (built_site.site / "actors" / slug / "index.html").is_file()


def test_registry_description_on_actor_page(built_site: BuiltSite) -> None:
    page = html(built_site, "actors/priya-raman/index.html")
    assert "Leader of Riverton City Council since 2022." in page


def test_actor_page_quotes_link_back_to_their_paragraph(built_site: BuiltSite) -> None:
    """Each quote on an actor page links to the ¶ of its briefing, as briefing pages do,
    and the paragraph is the one that holds the quote."""
    page = html(built_site, "actors/ruth-adeyemi/index.html")
    links = [
        match.group(1)
        for href in hrefs(page)
        if (match := re.fullmatch(r"\.\./\.\./briefings/port-strike/#(p\d+)", href))
    ]
    assert links == ["p3", "p3"]
    briefing = parse(html(built_site, "briefings/port-strike/index.html"))
    assert "Our members move the goods" in visible_text(briefing.get_element_by_id("p3"))


def test_reserved_tag_slug_does_not_replace_tags_index(built_site: BuiltSite) -> None:
    index = html(built_site, "tags/index.html")
    assert "Every tag, most used first." in index
    assert (built_site.site / "tags/index-2/index.html").is_file()


def test_article_markup_is_inert(built_site: BuiltSite) -> None:
    """Hostile markup from an article shows as text: no element, no live link."""
    for page in built_site.site.rglob("*.html"):
        tree = lxml.html.fromstring(page.read_bytes())
        for element in tree.iter():
            for name in ("href", "src", "action"):
                assert not element.get(name, "").lower().startswith("javascript"), page
            assert element.get("onerror") is None, page
        inline = [script.text or "" for script in tree.iter("script")]
        assert not any("alert(" in code for code in inline), page
        assert tree.xpath("//b[text()='Wire']") == [], page
    briefing = parse(html(built_site, "briefings/hostile/index.html"))
    shown = [p for p in briefing.iter("p") if "<script>alert(" in visible_text(p)]
    assert shown  # shown as the article wrote it, as text
    assert "[x](javascript:alert(1))" in briefing.findtext(".//h1")


def test_pagefind_indexes_briefings_with_filters(built_site: BuiltSite) -> None:
    entry = json.loads(html(built_site, "pagefind/pagefind-entry.json"))
    briefings_count = len(list((built_site.site / "briefings").glob("*/index.html")))
    assert entry["languages"]["en"]["page_count"] == briefings_count
    page = parse(html(built_site, "briefings/port-strike/index.html"))
    assert page.xpath("//*[@data-pagefind-body]")
    filters = facets(page, "filter")
    for facet in (
        ("year", "2026"),
        ("source", "Harbour Business Review"),
        ("tag", "shipping"),
        ("organisation", "Meridian Capital"),
    ):
        assert facet in filters
    assert ("date", "2026-11-03") in facets(page, "meta")
    assert not parse(html(built_site, "index.html")).xpath("//*[@data-pagefind-body]")
    search = parse(html(built_site, "search/index.html"))
    assert "../pagefind/pagefind.js" in [s.get("data-pagefind") for s in search.iter("script")]
    # Pagefind's own search interfaces, which no page loads, are not published (issue 14).
    published = {path.name for path in (built_site.site / "pagefind").iterdir()}
    assert {"pagefind.js", "pagefind-worker.js", "wasm.en.pagefind"} <= published
    assert not {name for name in published if "-ui." in name or "highlight" in name}
    assert "briefings-search" in ids(search)
    assert not (built_site.site / "search/search_index.json").exists()  # no lunr
    # The header's search box: in the page on a page of the nav; on a briefing, in the
    # header the shared script writes there (tests/test_page_size.py opens it).
    home = parse(html(built_site, "index.html"))
    assert "search/" in [form.get("action") for form in home.iter("form")]
    assert "../../assets/briefings-header.js" in [s.get("src") for s in page.iter("script")]


def test_home_lists_latest_with_byline_and_first_sentence(built_site: BuiltSite) -> None:
    page = html(built_site, "index.html")
    assert "Former leader returns to campaign trail" in page
    assert "2026-12-09 · Test Wire" in page
    assert "About 2,400 dock workers at Eastport began a 72-hour strike" in page


def test_rebuild_is_byte_identical(built_site: BuiltSite, tmp_path: Path) -> None:
    before = {
        path.relative_to(built_site.site): path.read_bytes()
        for path in built_site.site.rglob("*")
        if path.is_file() and path.suffix in {".html", ".json", ".xml", ".md"}
    }
    config = built_site.project / "mkdocs.yml"
    assert briefings(["build", "-f", str(config), "-j", "1"]) == 0
    after = {
        path.relative_to(built_site.site): path.read_bytes()
        for path in built_site.site.rglob("*")
        if path.is_file() and path.suffix in {".html", ".json", ".xml", ".md"}
    }
    assert before.keys() == after.keys()
    changed = [str(path) for path in before if before[path] != after[path]]
    assert changed == []


def record(number: int, tags: list[str], speaker: str = "Ada Okafor") -> Briefing:
    """A finished briefing record, as build_briefing makes it, without parsing text."""
    quote = Quote(text=f"Statement {number}", kind="direct", start=0, end=12, speaker=speaker)
    actor = Actor(name=speaker, type="person", roles=["minister"], mentions=1)
    return Briefing(
        id=f"b{number:04d}",
        path=f"content/b{number:04d}.md",
        title=f"Briefing {number}",
        date=(dt.date(2020, 1, 1) + dt.timedelta(days=number)).isoformat(),
        source="Wire",
        url=None,
        tags=tags,
        authors=[],
        extraction=Extraction(summary=[f"Sentence {number}."], quotes=[quote], actors=[actor]),
        body=f"Statement {number}",
    )


def test_index_pages_are_bounded_and_do_not_collide() -> None:
    briefings_ = [record(n, ["Energy"] if n % 2 else ["Energy", "energy 2"]) for n in range(230)]
    archive = build_archive(briefings_, Registry())
    pages = render_site(
        archive, make_environment([REPO / "templates"]), {"name": "T", "url": SITE_URL}
    )
    energy = [
        pages["tags/energy.md"],
        pages["tags/energy--page-2.md"],
        pages["tags/energy--page-3.md"],
    ]
    assert "tags/energy--page-4.md" not in pages
    assert all(page.count("- <b>[Briefing") <= PAGE_SIZE for page in energy)
    assert sum(page.count("- <b>[Briefing") for page in energy) == 230
    assert "Page 2 of 3" in energy[1]
    assert "[← Newer](energy.md)" in energy[1]
    assert "[Older →](energy--page-3.md)" in energy[1]
    assert "Tag: energy 2" in pages["tags/energy-2.md"]  # its own page, not energy's page 2
    actor = [path for path in pages if path.startswith("actors/ada-okafor")]
    assert len(actor) == -(-230 // ACTOR_PAGE_SIZE)
    for path in actor:
        assert pages[path].count("\n- [Briefing") <= ACTOR_PAGE_SIZE
    assert "Statement 229" in pages["actors/ada-okafor.md"]  # newest quotes first
    feed = etree.fromstring(pages["feed.xml"].encode("utf-8"))
    assert len(feed.findall(f"{ATOM}entry")) == 50
