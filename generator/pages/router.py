"""Where every generated page lives, and how one page links to another.

The one place that spells a path of the site. Render code asks `address` where to
write a page (a path under the docs folder, as MkDocs reads it); templates ask
`url_for` (through the Jinja global of the same name) for the link from the page being
rendered to another, so that moving a kind of page is a change here and nowhere else.

Two kinds of link exist because MkDocs rewrites only Markdown links: a Markdown link
names the target's source file (`../actors/x.md`), which MkDocs turns into its URL; a
link written as HTML (`<a href>`, a search query string) must name the served URL
(`../../search/`), MkDocs' default directory URLs, the way the built site is laid out.
"""

from __future__ import annotations

from typing import Literal

Kind = Literal[
    "home",
    "search",
    "briefing",
    "data",
    "data_month",
    "feed",
    "archive",
    "month",
    "actors",
    "actors_all",
    "actor",
    "tags",
    "tag",
]

# kind -> the path of its first page under the docs folder; `{}` takes the key
# (briefing id, month "2026-10" or "undated", slug, actor type), always a slug the site
# made itself.
ROUTES: dict[str, str] = {
    "home": "index.md",
    "search": "search.md",
    "briefing": "briefings/{}.md",
    "data": "data/{}.json",
    "data_month": "data/{}.jsonl.gz",  # published_json: month (generator/pages/render.py)
    "feed": "feed.xml",
    "archive": "archive/index.md",
    "month": "archive/{}.md",
    "actors": "actors/index.md",
    "actors_all": "actors/all--{}.md",
    "actor": "actors/{}.md",
    "tags": "tags/index.md",
    "tag": "tags/{}.md",
}

# What the generator writes at the top of the docs folder (besides `assets/`).
TOP_LEVEL: frozenset[str] = frozenset(route.split("/", 1)[0] for route in ROUTES.values())


def address(kind: str, key: object = None, number: int = 1) -> str:
    """The path of a page under the docs folder: `tags/x.md`, its page 2 `tags/x--page-2.md`.

    Slugs never hold `--` (see content.slugify), so a later page can not take the path
    of another tag or actor (a tag "x 2" has the slug `x-2`).
    """
    route = ROUTES[kind]
    path = route.format(key) if "{}" in route else route
    if number == 1:
        return path
    if not path.endswith(".md"):
        raise ValueError(f"a {kind} has no pages beyond the first")
    return f"{path[: -len('.md')]}--page-{number}.md"


def served(path: str) -> str:
    """The URL of a docs path relative to the site root, as MkDocs serves it with its
    default directory URLs: `index.md` -> ``, `search.md` -> `search/`,
    `tags/index.md` -> `tags/`, `tags/x.md` -> `tags/x/`; other files keep their path."""
    if not path.endswith(".md"):
        return path
    stem = path[: -len(".md")]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def url(kind: str, key: object = None, number: int = 1) -> str:
    """The served URL of a page relative to the site root (`briefings/x/`, `feed.xml`)."""
    return served(address(kind, key, number))


def relative(source: str, target: str) -> str:
    """The link from the page at `source` to `target`, both paths from the site root.

    For docs paths (`tags/x.md`) the link goes from the folder of the page's file; for
    served URLs (`tags/x/`) from the page's own folder, which is how browsers resolve
    a link on a page served at a URL that ends with `/`.
    """
    here = source.split("/")[:-1]
    there = target.split("/")
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    link = "/".join([".."] * (len(here) - common) + there[common:])
    return link or "./"


def link(source: str, kind: str, key: object = None, number: int = 1, *, html: bool = False) -> str:
    """The link from the page at docs path `source` to a page of `kind`.

    Markdown links (the default) name the target's source file; `html=True` gives
    the served URL, for links MkDocs does not rewrite (raw HTML, query strings).
    """
    if html:
        return relative(served(source), url(kind, key, number))
    return relative(source, address(kind, key, number))
