"""Reading a built page as a browser does: parsed, never matched as markup text.

Pages are minified (generator/publishing/minify.py): whether an attribute value is
quoted, which characters are written as entities and where whitespace falls are the
minifier's choice and may change with its version. What a reader gets (the links,
the element ids, the text, the search facets) is the parsed document, so tests ask
the document.
"""

from __future__ import annotations

import copy

import lxml.html

Page = lxml.html.HtmlElement


def parse(html: str | Page) -> Page:
    """The document of `html` (an already parsed one is returned as it is)."""
    return html if isinstance(html, lxml.html.HtmlElement) else lxml.html.fromstring(html)


def hrefs(html: str | Page) -> list[str]:
    """Every link target of the page's `<a>` elements, in page order."""
    return [a.get("href") for a in parse(html).iter("a") if a.get("href") is not None]


def links(html: str | Page) -> list[tuple[str, str]]:
    """(href, visible text) of every `<a>` with a target, in page order."""
    return [
        (a.get("href"), " ".join(a.text_content().split()))
        for a in parse(html).iter("a")
        if a.get("href") is not None
    ]


def ids(html: str | Page) -> set[str]:
    """Every element id of the page."""
    return {element.get("id") for element in parse(html).iter() if element.get("id")}


def facets(html: str | Page, kind: str) -> list[tuple[str, str]]:
    """(name, value) of every Pagefind `data-pagefind-<kind>` element (filter, meta), read
    as Pagefind does: the value is the element's text, or what follows the name's colon
    (`data-pagefind-filter="year:2026"`)."""
    attribute = f"data-pagefind-{kind}"
    found = []
    for element in parse(html).iter():
        marked = element.get(attribute)
        if marked is not None:
            name, colon, value = marked.partition(":")
            found.append((name, value if colon else element.text_content()))
    return found


def text(html: str | Page) -> str:
    """The visible text of a page or element: no script or style, spaces folded."""
    document = copy.deepcopy(parse(html))
    for element in list(document.iter("script", "style")):
        element.drop_tree()  # its tail (the text after it) stays
    return " ".join(document.text_content().split())
