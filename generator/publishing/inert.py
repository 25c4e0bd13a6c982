"""Values from mkdocs.yml reach the theme's pages as text, never markup.

MkDocs renders the theme without autoescaping, and Material prints the site's name, the
nav's titles, the repository's name and the palette toggle's words as they are
(`{{ config.site_name }}`; the site's description and author in templates/theme/
main.html too), in every page's header, tabs, drawer, head and `<title>`, and so in the
header, tabs and palette scripts that
generator/publishing/minify.py renders from those partials for pages out of the nav. A
name like "News <Daily>" or "AT&T" would then be markup: a broken page, or a script.

Each such value is handed to the theme already escaped, as a `markupsafe.Markup`: a
template that prints it shows the characters as written, one that escapes it (`| e`)
does not escape it twice. Python code that needs the words themselves reads them with
`plain()`. URLs (site_url, repo_url, edit_uri, extra.homepage) stay URLs, with the
characters that could end their attribute or tag percent-encoded, as article links are.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from generator.pages.markup import plain_text
from generator.settings import encoded_url_setting

TEXT_SETTINGS = ("site_name", "site_description", "site_author", "repo_name")
URL_SETTINGS = ("site_url", "repo_url", "edit_uri")


def as_text(value: Any) -> Any:
    """A string as text for the theme's templates (escaped once), as article text is
    printed (pages/markup.py): on one line, printable, its bidirectional controls closed
    at its end (an override left open in the site's name would turn the tab links after
    it backwards); in lists and mappings too (the palette's options). Others unchanged."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return escape(plain_text(value))
    if isinstance(value, list):
        return [as_text(item) for item in value]
    if isinstance(value, dict):
        return {key: as_text(item) for key, item in value.items()}
    return value


def plain(value: Any) -> str:
    """The words of a value `as_text` may have escaped."""
    return value.unescape() if isinstance(value, Markup) else str(value)


def inert_settings(config: Any) -> None:
    """The site's names as text and its URLs encoded, in MkDocs' config."""
    for name in TEXT_SETTINGS:
        if config.get(name) is not None:
            config[name] = as_text(config[name])
    for name in URL_SETTINGS:
        if config.get(name) is not None:
            config[name] = encoded_url_setting(config[name])
    extra = config.get("extra")  # a mapping (MkDocs' LegacyConfig), not a dict
    if extra is not None and isinstance(extra.get("homepage"), str):
        extra["homepage"] = encoded_url_setting(extra["homepage"])  # the logo's and the bar's link
    # The palette's toggle names, colours and media queries, in Material's palette form
    # (every page's header, and assets/briefings-palette.js).
    if config["theme"].get("palette"):
        config["theme"]["palette"] = as_text(config["theme"]["palette"])


def inert_nav(items: Any) -> None:
    """The titles mkdocs.yml gives nav entries (sections, links, pages) as text. A page's
    title from its own heading or front matter is left as MkDocs read it."""
    for item in items or []:
        if "title" in vars(item) and isinstance(vars(item)["title"], str):
            item.title = as_text(vars(item)["title"])
        if getattr(item, "is_link", False) and isinstance(item.url, str):
            item.url = encoded_url_setting(item.url)
        if getattr(item, "children", None):
            inert_nav(item.children)
