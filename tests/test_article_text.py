"""`article_text: full | excerpt | none`: how much of another publisher's article a
briefing page republishes, and what the search index holds of it.

Real builds of one article with a quote, a figure and sentences the briefing neither
quotes nor cites: `excerpt` keeps only the cited sentences (every ¶ link still lands on
its paragraph), `none` keeps no text and no ¶ links, only the link to the original.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import lxml.html
import pytest
from parsed import hrefs, ids, parse, text
from sitebuild import build, make_project

from generator.reading.paragraphs import cited_excerpt, paragraphs, sentence_spans

ARTICLE = """---
title: Harbour fees rise at Westmere
date: 2026-04-02
source: Coast News
url: https://example.com/coast/harbour-fees
---
The weather on the coast was mild all week. Fishing boats went out early on Monday.

Westmere harbour will raise its mooring fees by 12% from June, the harbour board said.
Local sailors were not consulted.

"We cannot keep the harbour open on the old fees," said harbour master Ana Ruiz.

A brass band played on the quay in the evening.
"""
# Nothing in it is quoted or counted: an excerpt of it is empty.
PLAIN = """---
title: Snow on the hills above Westmere
date: 2026-04-03
url: https://example.com/coast/snow
---
Snow fell on the hills above Westmere overnight. Roads to the villages stayed open and
the schools opened as usual.
"""
UNCITED = (
    "The weather on the coast was mild all week",
    "Local sailors were not consulted",
    "A brass band played on the quay",
)
# The summary (lead sentences) is the briefing's own and stays in every mode; these
# two sentences are in no summary, quote or figure.
NOWHERE_ELSE = ("Local sailors were not consulted", "band played on the quay")


def site_with(tmp_path: Path, mode: str | None) -> Path:
    project = make_project(
        tmp_path / (mode or "default"), {"content/fees.md": ARTICLE, "content/snow.md": PLAIN}
    )
    if mode is not None:
        config = project / "mkdocs.yml"
        text = config.read_text(encoding="utf-8")
        text = text.replace("      latest: 20\n", f"      latest: 20\n      article_text: {mode}\n")
        config.write_text(text, encoding="utf-8")
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    return project / "site"


def briefing(site: Path) -> str:
    return (site / "briefings" / "fees" / "index.html").read_text(encoding="utf-8")


def paragraph_links(html: str) -> set[str]:
    return {href[1:] for href in hrefs(html) if re.fullmatch(r"#p\d+", href)}


def article_section(html: str) -> lxml.html.HtmlElement:
    """The elements from the heading "The article" to the hidden search facets."""
    heading = parse(html).get_element_by_id("the-article")
    section = lxml.html.Element("div")
    for element in heading.itersiblings():
        if "search-facets" in (element.get("class") or ""):
            break
        section.append(copy.deepcopy(element))
    return section


def anchors(html: str) -> set[str]:
    return {name for name in ids(html) if re.fullmatch(r"p\d+", name)}


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("article-text")
    return {
        mode: site_with(root, None if mode == "default" else mode)
        for mode in ("default", "excerpt", "none")
    }


def test_full_text_by_default(sites: dict[str, Path]) -> None:
    html = briefing(sites["default"])
    for sentence in UNCITED:
        assert sentence in html
    assert "Full text, 4 paragraphs" in text(html)
    assert paragraph_links(html) and paragraph_links(html) <= anchors(html)


def test_excerpt_keeps_only_cited_sentences_and_every_link_lands(sites: dict[str, Path]) -> None:
    html = briefing(sites["excerpt"])
    links = paragraph_links(html)
    assert {"p2", "p3"} <= links and links <= anchors(html)
    article = text(article_section(html))
    assert "12%" in article and "We cannot keep the harbour open" in article
    for sentence in UNCITED:
        assert sentence not in article, sentence
    for sentence in NOWHERE_ELSE:
        assert sentence not in html, sentence
    assert "Full text" not in html


def test_an_empty_excerpt_is_no_empty_box(sites: dict[str, Path]) -> None:
    """An excerpt of an article the briefing neither quotes nor cites says so and links
    to the original, instead of a collapsible block that opens on nothing."""
    html = (sites["excerpt"] / "briefings" / "snow" / "index.html").read_text(encoding="utf-8")
    section = article_section(html)
    assert section.findall(".//details") == []
    assert "quotes and cites no sentence of the article" in text(section)
    assert "https://example.com/coast/snow" in hrefs(section)
    full = (sites["default"] / "briefings" / "snow" / "index.html").read_text(encoding="utf-8")
    assert "Full text, 1 paragraph" in text(full)


def test_none_keeps_only_the_link_to_the_original(sites: dict[str, Path]) -> None:
    html = briefing(sites["none"])
    assert anchors(html) == set() and paragraph_links(html) == set()
    assert "summary" in ids(html)  # the page has its other sections and their ids
    # No "The article" heading over nothing: one line says the article is not here and
    # links the original and the briefing's data (issue 14).
    assert "the-article" not in ids(html)
    (section,) = parse(html).find_class("article-text-none")
    assert text(section).startswith("The article is not republished here")
    assert hrefs(section) == ["https://example.com/coast/harbour-fees", "../../data/fees.json"]
    article = text(section)
    for sentence in (*UNCITED, "We cannot keep the harbour open"):
        assert sentence not in article
    for sentence in NOWHERE_ELSE:
        assert sentence not in html
    # the quote and the figure's sentence are the briefing's own, and stay
    assert "We cannot keep the harbour open on the old fees" in html


def test_search_index_follows_the_setting(sites: dict[str, Path]) -> None:
    """Pagefind indexes the briefing's HTML: what the page leaves out, it cannot find."""
    for mode, present in (("default", True), ("excerpt", False), ("none", False)):
        words = (sites[mode] / "pagefind" / "pagefind-entry.json").is_file()
        assert words, mode
        html = briefing(sites[mode])
        body = html.split("data-pagefind-body", 1)[1]
        assert ("band played on the quay" in body) is present, mode


def test_search_does_not_index_the_note_that_the_article_is_left_out(
    sites: dict[str, Path],
) -> None:
    """ "The article is not republished here" is on every briefing of such a site: the
    index holds it for no reader (issue 14), while the briefing's own words stay."""
    import gzip
    import json

    for mode in ("none", "excerpt"):
        contents = [
            json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))["content"]
            for path in sites[mode].glob("pagefind*/**/*.pf_fragment")
        ]
        assert contents and not any(
            "republished" in c or "cites no sentence" in c for c in contents
        )
        assert any("We cannot keep the harbour open" in c for c in contents), mode
    assert "not republished here" in text(briefing(sites["none"]))


def test_the_index_holds_only_anchors_a_result_can_show(sites: dict[str, Path]) -> None:
    """Pagefind shows a section of a page (a sub-result) under a heading with text: the
    section labels it is told to leave out (Summary, Key figures, Who said what) were
    still anchors, with no text, and "The article" over only the note that the article
    is not on the page an anchor with nothing to find under it; the headline's section
    is the page itself, which search.js never shows as a section. The index keeps none
    of them (issue 14: ~70 B per briefing); the page keeps every id."""
    import gzip
    import json

    for mode in ("default", "excerpt", "none"):
        fragments = [
            json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
            for path in sites[mode].glob("pagefind*/**/*.pf_fragment")
        ]
        anchors = [anchor for fragment in fragments for anchor in fragment["anchors"]]
        assert anchors and all(anchor["text"].strip() for anchor in anchors), mode
        # The headline's section is the result itself: no anchor for it.
        assert not any(anchor["element"] == "h1" for anchor in anchors), mode
        assert {f["meta"]["title"] for f in fragments} >= {"Harbour fees rise at Westmere"}
        speakers = {a["text"] for a in anchors if a["element"] == "h3"}
        assert speakers, mode  # each speaker's heading stays a section to find
        # "The article" stays a section where the article's text is found under it.
        under = {
            fragment["url"].strip("/").rsplit("/", 1)[-1]
            for fragment in fragments
            if any(anchor["id"] == "the-article" for anchor in fragment["anchors"])
        }
        assert under == {"default": {"fees", "snow"}, "excerpt": {"fees"}, "none": set()}[mode]
        assert not any(f["content"].endswith("The article.") for f in fragments), mode
        # The labels' words stay out of the index, as before.
        labels = ("Summary", "Key figures", "Who said what", "Who is involved")
        assert not any(label in f["content"] for f in fragments for label in labels), mode
        sections = {"summary", "key-figures", "who-said-what"}
        if mode != "none":  # a site without the article text has no such section
            sections.add("the-article")
        assert sections <= ids(briefing(sites[mode]))


def test_an_unknown_mode_is_refused(tmp_path: Path) -> None:
    project = make_project(tmp_path / "bad", {"content/fees.md": ARTICLE})
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("      latest: 20\n", "      latest: 20\n      article_text: some\n")
    )
    outcome = build(project)
    assert outcome.status != 0
    assert "article_text" in outcome.stderr and "full, excerpt, none" in outcome.stderr


def test_sentences_and_gaps() -> None:
    text = 'He said: "It is good." Then he left. Prices rose 5% in May! "Why?" she asked.'
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        'He said: "It is good."',
        "Then he left.",
        "Prices rose 5% in May!",
        '"Why?" she asked.',
    ]
    body = "One. Two.\n\nThree. Four has 5%. Five."
    cited = [(body.index("5%"), body.index("5%") + 2)]
    assert cited_excerpt(paragraphs(body), cited) == [(2, "\u2026 Four has 5%. \u2026")]
