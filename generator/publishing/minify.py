"""Smaller pages: what Material repeats on every page is fetched once, not repeated.

GitHub Pages holds at most 1 GB, and on a news archive most of a page is not the news:
Material's chrome (header, palette toggle, tabs, drawer, footer) was two thirds of a
Reuters briefing page, and the same on every actor, tag and month page. Three parts of
it are the same on every page and cost nothing once cached:

- the theme's icons (logo twice, menu, palette toggle, search, back to top), ~2 KB of
  inline SVG per page: each becomes `<svg ...><use href="assets/briefings-icons.svg#..."/>`,
  a reference into one sprite written beside the site. The sprite is made at build time
  from the very icon files Material would have inlined, so it always matches the theme;
- the palette toggle (~0.7 KB: a form of two radio buttons and two labels with their
  icons) and the palette script Material inlines after it: both are
  `assets/briefings-palette.js`, a synchronous script at the same point that puts
  Material's own form (rendered from its partials/palette.html at build time) in front
  of itself, then runs Material's own palette code. Nothing is lost without
  JavaScript: the toggle's labels are `hidden` until Material's JavaScript shows them;
- the whole header bar of a page out of the nav (a briefing, actor, tag or month page;
  ~1.3 KB: logo, menu button, the page's title, the palette toggle, the search box):
  templates/theme/main.html puts `assets/briefings-header.js` in its place, a
  synchronous script that writes the header Material's partials/header.html renders
  (rendered here at build time, for a page two folders down, and so the same for every
  such page), its links resolved from the script's own path to the site root and its
  title the page's `<title>`, then runs Material's palette code. Material's JavaScript
  finds the header as if the page had held it;
- the script Material inlines in every head (~0.35 KB; `__md_scope`, the local storage
  helpers the palette and the bundle use): the same code in the synchronous script
  `assets/briefings-md.js`, which finds the site root from its own address
  (`new URL("..", document.currentScript.src)`, the folder above assets/) where the
  inline one was given the page's path to the root. Only where that path is the
  page's own root (a site may set `extra.scope` to something else: left inline);
- the words of components a page does not have (code copy buttons, Material's own
  search, the version selector) in Material's `__config` (~0.6 KB);
- the script after the content that opens the content tab a link points to (~0.15 KB),
  on a page without content tabs (pymdownx.tabbed), where it has nothing to open;
- the empty announcement bar, and the dialog Material shows only to say a code block
  was copied (on a page without code blocks): both optional components to its
  JavaScript; and the `null` entries of `__config`, which it reads as absent.

Only markup byte-identical to Material's icon files and script is replaced, so a page
renders as before, and anything else (a site's own icons, article text) is left alone.

Last, every page goes through minify-html (a maintained HTML minifier, in Rust): the
whitespace between tags, quotes around attribute values that need none, and the like,
~1 KB of a briefing page. Closing tags and the `<html>`/`<head>` tags are kept: Pagefind
reads pages with a streaming parser that needs them to find an element's end (an
unclosed element drops a page from the index), and other readers of the HTML may too.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape as html_escape
from pathlib import Path
from typing import Any

import minify_html

from generator.publishing.inert import plain

SPRITE = "assets/briefings-icons.svg"
PALETTE_SCRIPT = "assets/briefings-palette.js"
HEADER_SCRIPT = "assets/briefings-header.js"
TABS_SCRIPT = "assets/briefings-tabs.js"
# templates/assets/briefings-nav.js, and the same after the tabs script's code: one file
# where a page out of the nav loaded two (issue 14: ~50 B a page).
NAV_SCRIPT = "assets/briefings-nav.js"
NAV_TABS_SCRIPT = "assets/briefings-nav-tabs.js"
BASE_SCRIPT = "assets/briefings-md.js"
# The page's stylesheets (Material's two and the site's extra_css) as one file.
STYLES = "assets/stylesheets/briefings-{}.css"
# The scripts at the end of a page out of the nav (Material's bundle, the site's
# extra_javascript, assets/search.js) as one file.
END_SCRIPTS = "assets/briefings-end-{}.js"
SEARCH_SCRIPT = "assets/search.js"
_OWN_SCRIPTS = "assets/briefings-"  # templates/assets/: written for strict mode
_BUNDLE = re.compile(r"assets/javascripts/bundle\.[0-9a-f]+\.min\.js")
_SOURCE_MAP_LINE = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)
_THEME_STYLES = (
    re.compile(r"assets/stylesheets/main\.[0-9a-f]+\.min\.css"),
    re.compile(r"assets/stylesheets/palette\.[0-9a-f]+\.min\.css"),
)
# How a page refers to the site root: the prefix of Material's own stylesheet link,
# right for every page (relative `../../`, or absolute on the 404 page).
_ROOT = re.compile(r'<link rel="stylesheet" href="([^"]*?)assets/stylesheets/main\.')
_PALETTE_SOURCE = "partials/javascripts/palette.html"
_PALETTE_FORM = "partials/palette.html"
_CONTENT_SCRIPTS = "partials/javascripts/content.html"
_BASE_SOURCE = "partials/javascripts/base.html"
# The one Jinja expression of Material's head script: the page's path to the site root.
_SCOPE = re.compile(r'new URL\("\{\{[^}]*\}\}",location\)')
_SCOPE_FROM_SCRIPT = 'new URL("..",document.currentScript.src)'
_ANNOUNCE = re.compile(r'<div data-md-component="announce">\s*</div>')
_DIALOG = re.compile(
    r'<div class="md-dialog" data-md-component="dialog">\s*'
    r'<div class="md-dialog__inner md-typeset"></div>\s*</div>'
)
# A tab's link with text only: Material lays it out with spaces around the title, which
# its CSS (display: flex) never shows; five tabs on every page (issue 14).
_TAB_LINK = re.compile(r'(<a href="[^"<>]*" class="md-tabs__link">)\s+([^<>]*?)\s+(</a>)')
# The inline script Material runs for content tabs, and what a page with tabs has.
_TABS_SCRIPT = re.compile(r"<script>[^<]*\b__tabbed_[^<]*</script>")
_TAB_INPUT = re.compile(r"""<input\b[^>]*\bname=["']?__tabbed_""")
_JINJA_COMMENT = re.compile(r"\{#.*?#\}", re.DOTALL)
_SVG_OPEN = re.compile(r"<svg\b[^>]*>")
_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.DOTALL)
# Material's __config holds the words of components a briefings page may not have: each
# group is kept only where the page has its component (the bundle reads them there only).
_COMPONENT_WORDS: dict[str, tuple[str, ...]] = {
    "clipboard.": ("<pre", "data-clipboard", 'class="copy'),  # code copy buttons
    "search.": ('data-md-component="search"',),  # Material's own search (lunr)
    "select.version": ('data-md-component="outdated"',),  # the version selector
}
# Stands for the sprite's folder in the palette form the script writes (resolved there
# against the script's own address).
_SPRITE_HERE = "briefings-sprite-folder/"
_VIEWBOX = re.compile(r'\sviewBox="([^"]*)"')
# The header is rendered for a page two folders deep (as every page out of the nav is);
# its links to the site root are then written with this token, which the header script
# replaces with the path to the root it was loaded from.
_HEADER_PAGE_URL = "briefings/header/"
_HEADER_ROOT = "briefings-root/"
_HEADER_TITLE = "briefings-header-title"
# Material's colour attributes on <body> when the palette is its default (light scheme,
# indigo primary and accent): the very values its stylesheet gives the page without them
# (`:root`, main.css). On a page with the header script, that script sets them before
# anything is drawn (issue 14: ~85 B on every page out of the nav); without JavaScript the
# page is drawn in the same colours.
_DEFAULT_COLORS = (("scheme", "default"), ("primary", "indigo"), ("accent", "indigo"))
_BODY_COLORS = re.compile(
    r"(<body\b[^<>]*?)"
    + "".join(f' data-md-color-{key}="{value}"' for key, value in _DEFAULT_COLORS)
    + r"(?=[\s>])"
)
# Material's drawer and search toggles and the drawer's overlay (base.html, not in a
# block): on a page with the header script, that script writes them with the header.
_TOGGLES = re.compile(
    r'<input class="md-toggle" data-md-toggle="drawer"[^<>]*>\s*'
    r'<input class="md-toggle" data-md-toggle="search"[^<>]*>\s*'
    r'<label class="md-overlay" for="__drawer"></label>'
)
_TABS_TEMPLATE = (
    '{% import "partials/language.html" as lang with context %}'
    "{% set features = config.theme.features or [] %}"
    '{% include "partials/tabs.html" %}'
)
_HEADER_TEMPLATE = (
    '{% import "partials/language.html" as lang with context %}'
    "{% set features = config.theme.features or [] %}"
    '{% include "partials/header.html" %}'
)


def chrome_icons(config: Any) -> list[str]:
    """The Material icons the page chrome shows, named as in `.icons/` (no suffix)."""
    icons = config["theme"].get("icon") or {}
    names = [icons.get("menu") or "material/menu", "material/magnify"]
    names.append(icons.get("top") or "material/arrow-up")
    if not config["theme"].get("logo"):
        names.append(icons.get("logo") or "material/library")
    palette = config["theme"].get("palette") or []
    for option in palette if isinstance(palette, list) else []:
        icon = (option.get("toggle") or {}).get("icon")
        if icon:
            names.append(icon)
    return sorted(set(names))


def theme_file(dirs: Iterable[str], name: str) -> str | None:
    """A theme file's text, looked up as the theme's Jinja loader does (first dir wins)."""
    for folder in dirs:
        path = Path(folder) / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return None


class PageSlimmer:
    """Slims the pages of one build and writes the two shared files they refer to."""

    def __init__(self, config: Any, asset_roots: Iterable[Path] = ()) -> None:
        """`asset_roots`: the folders the site's generated `assets/...` files come from
        (each templates folder, whose `assets/` the build copies), for the joined files'
        names."""
        dirs = list(config["theme"].dirs)
        self.icons: dict[str, str] = {}  # icon name -> the SVG markup Material inlines
        for name in chrome_icons(config):
            svg = theme_file(dirs, f".icons/{name}.svg")
            if svg and _SVG_OPEN.match(svg.strip()):
                self.icons[name] = svg.strip()
        source = theme_file(dirs, _PALETTE_SOURCE)
        self.palette = _JINJA_COMMENT.sub("", source).strip() if source else ""
        if not (self.palette.startswith("<script>") and self.palette.endswith("</script>")):
            self.palette = ""  # another theme version: leave its script inline
        self.palette_form = palette_form(config) if self.palette else ""
        # The form as the page holds it: the page's template may lay out its whitespace
        # differently (blank lines and indents dropped), the markup is the same.
        self.palette_form_pattern = re.compile(
            r"\s*".join(re.escape(part) for part in self.palette_form.split())
            + r"\s*(?="
            + re.escape(self.palette)
            + ")"
        )
        base = _JINJA_COMMENT.sub("", theme_file(dirs, _BASE_SOURCE) or "").strip()
        # Material's head script as a pattern: its text, the root path left open.
        self.base_script: re.Pattern[str] | None = None
        self.base_code = ""
        if (
            base.startswith("<script>")
            and base.endswith("</script>")
            and len(_SCOPE.findall(base)) == 1
        ):
            before, after = _SCOPE.split(base)
            self.base_script = re.compile(
                re.escape(before) + r'new URL\("([^"<]*)",location\)' + re.escape(after)
            )
            code = _SCOPE.sub(_SCOPE_FROM_SCRIPT, base)
            self.base_code = code.removeprefix("<script>").removesuffix("</script>")
        self.site_name = plain(config.get("site_name") or "")
        found = _TOGGLES.search(theme_file(dirs, "base.html") or "")
        self.toggles = found.group() if found else ""
        # The toggles as a page holds them: the same markup, its whitespace laid out
        # as the page's template left it.
        self.toggles_pattern = re.compile(
            r"\s*".join(re.escape(part) for part in self.toggles.split())
        )
        # Material's __config as a page out of the nav holds it, but for `base` (the
        # page's path to the root): the header script writes it there (issue 14).
        self.config_rest = {
            "features": list(config["theme"].get("features") or []),
            "translations": {},
        }
        base_html = theme_file(dirs, "base.html") or ""
        self.styles = page_styles(config, base_html)
        sources = [*asset_roots, Path(config["docs_dir"]), *map(Path, dirs)]
        self.styles_file = _joined_name(STYLES, self.styles, sources)
        self.styles_pattern = _run_of_tags(self.styles, '<link rel="stylesheet" href="', '">')
        self.end_scripts = end_scripts(config, base_html)
        self.end_file = _joined_name(END_SCRIPTS, self.end_scripts, sources)
        self.end_pattern = _run_of_tags(self.end_scripts, '<script src="', '"></script>')
        self.header = header_markup(config, self.palette, self.icons) if self.palette else ""
        self.tabs = ""  # Material's tabs for a page out of the nav (`set_nav`)
        scripts = theme_file(dirs, _CONTENT_SCRIPTS) or ""
        found = _TABS_SCRIPT.findall(_JINJA_COMMENT.sub("", scripts))
        self.tabs_script = found[-1] if len(found) == 1 else ""  # the one always printed

    def slim(self, html: str) -> str:
        """The page with the shared chrome referred to, not repeated."""
        root = _ROOT.search(html)
        if root is not None:
            prefix = root.group(1)
            if self.palette and self.palette in html:
                # The shared script writes the form: the page's own copy goes, and where
                # a page has no copy of Material's form, it keeps Material's inline script.
                found = 1
                if self.palette_form:
                    html, found = self.palette_form_pattern.subn("", html, count=1)
                if found:
                    html = html.replace(
                        self.palette, f'<script src="{prefix}{PALETTE_SCRIPT}"></script>'
                    )
            for name, svg in self.icons.items():
                if svg in html:
                    html = html.replace(svg, _icon_reference(svg, prefix, name))
            header_tag = f'<script src="{prefix}{HEADER_SCRIPT}"></script>'
            if self.toggles and header_tag in html:
                html = self.toggles_pattern.sub("", html, count=1)
            if self.base_script is not None:
                html = self.base_script.sub(
                    lambda match: _base_reference(match, prefix), html, count=1
                )
                # The header script, which every page out of the nav has at the top of
                # its body, runs the head script's code first (header_script): nothing
                # between the two uses what it defines (issue 14: ~50 B a page).
                base_tag = f'<script src="{prefix}{BASE_SCRIPT}"></script>'
                if header_tag in html:
                    html = html.replace(base_tag, "", 1)
            if len(self.styles) > 1:
                html = self.styles_pattern.sub(
                    lambda match: (
                        f'<link rel="stylesheet" href="{match.group(1)}{self.styles_file}">'
                    ),
                    html,
                    count=1,
                )
        html = _TAB_LINK.sub(r"\1\2\3", html)
        html = _ANNOUNCE.sub("", html, count=1)
        if not any(sign in html for sign in _COMPONENT_WORDS["clipboard."]):
            html = _DIALOG.sub("", html, count=1)
        if self.tabs_script and self.tabs_script in html and not _TAB_INPUT.search(html):
            html = html.replace(self.tabs_script, "")
        html = _CONFIG.sub(lambda match: _trim_config(match, html), html, count=1)
        if root is not None and header_tag in html:
            html = _BODY_COLORS.sub(r"\1", html, count=1)
            if self.tabs:
                html = self.tabs_with_nav(html, prefix)
            if self.end_scripts:
                html = self.end_pattern.sub(
                    lambda match: f'<script src="{match.group(1)}{self.end_file}"></script>',
                    html,
                    count=1,
                )
            if self.header_writes_config(html, prefix):
                html = _CONFIG.sub("", html, count=1)
            else:  # the page's own __config stands: the script knows
                html = html.replace(
                    header_tag, header_tag.replace("<script ", "<script data-config "), 1
                )
        return minify(html)

    def header_writes_config(self, html: str, prefix: str) -> bool:
        """Whether the __config of a page with the header script is the one that script
        writes: `config_rest` with the page's root as base (issue 14: ~130 B on every
        page out of the nav; Material's JavaScript reads it from the document, wherever
        it is)."""
        found = _CONFIG.search(html)
        try:
            config = json.loads(found.group(2)) if found else None
        except ValueError:
            return False
        base = prefix.removesuffix("/") if prefix else "."
        return config == {"base": base, **self.config_rest}

    def set_nav(self, config: Any, nav: Any) -> bool:
        """Render the tabs a page out of the nav shows (Material's partials/tabs.html for
        the site's nav, no tab active) for `assets/briefings-tabs.js`; whether it could
        (templates/theme/main.html then refers to the script instead of the tabs)."""
        self.tabs = tabs_markup(config, nav) if self.header else ""
        return bool(self.tabs)

    def write_assets(self, site: Path) -> None:
        """Write the sprite and the palette script into the built site."""
        (site / "assets").mkdir(parents=True, exist_ok=True)
        (site / SPRITE).write_text(self.sprite(), encoding="utf-8")
        if self.palette:
            script = self.palette.removeprefix("<script>").removesuffix("</script>")
            if self.palette_form:
                script = self.form_script() + "\n" + script
            (site / PALETTE_SCRIPT).write_text(script + "\n", encoding="utf-8")
        if self.base_code:
            (site / BASE_SCRIPT).write_text(self.base_code + "\n", encoding="utf-8")
        (site / HEADER_SCRIPT).write_text(self.header_script() + "\n", encoding="utf-8")
        if len(self.styles) > 1:
            sheets = [(site / name).read_text(encoding="utf-8") for name in self.styles]
            (site / self.styles_file).write_text("\n".join(sheets) + "\n", encoding="utf-8")
        if self.tabs:
            (site / TABS_SCRIPT).write_text(self.tabs_bar_script() + "\n", encoding="utf-8")
            if (site / NAV_SCRIPT).is_file():
                nav = (site / NAV_SCRIPT).read_text(encoding="utf-8").rstrip()
                both = self.tabs_bar_script(NAV_TABS_SCRIPT) + "\n" + nav
                (site / NAV_TABS_SCRIPT).write_text(both + "\n", encoding="utf-8")
        if self.end_scripts:
            scripts = [(site / name).read_text(encoding="utf-8") for name in self.end_scripts]
            # Each one's source map comment dropped: it would name the map of the last.
            code = "\n".join(_SOURCE_MAP_LINE.sub("", script).rstrip() for script in scripts)
            (site / self.end_file).write_text(code + "\n", encoding="utf-8")

    def tabs_bar_script(self, name: str = TABS_SCRIPT) -> str:
        """JavaScript that puts Material's tabs in front of the running script (templates/
        theme/main.html, on pages out of the nav), their links resolved against the
        script's own address, as the header script does. As the start of NAV_TABS_SCRIPT
        (`name`), which runs inside <main>, in front of <main>: where the tabs script
        stood, nothing between the two but the opening tags of <main> and its grid."""
        markup = _script_string(self.tabs)
        where = '(s.closest("main")||s)' if name == NAV_TABS_SCRIPT else "s"
        return (
            "(function(){var s=document.currentScript,"
            f'r=s.getAttribute("src").slice(0,-{len(name)})||"./",'
            't=document.createElement("template");'
            f"t.innerHTML={markup}.split({json.dumps(_HEADER_ROOT)}).join(r);"
            f"{where}.before(t.content)}})();"
        )

    def tabs_with_nav(self, html: str, prefix: str) -> str:
        """The page with its tabs script left out and its drawer script (in <main>, after
        it) loading NAV_TABS_SCRIPT, which writes the tabs in front of <main> first;
        unchanged unless the page has each once, in that order, with <main> between."""
        tabs = f'<script src="{prefix}{TABS_SCRIPT}"></script>'
        nav = f'<script src="{prefix}{NAV_SCRIPT}"'
        if html.count(tabs) != 1 or html.count(nav) != 1:
            return html
        at_tabs, at_nav = html.index(tabs), html.index(nav)
        main = html.find("<main", at_tabs)
        if not (at_tabs < main < at_nav) or "</main>" in html[main:at_nav]:
            return html
        html = html.replace(nav, f'<script src="{prefix}{NAV_TABS_SCRIPT}"', 1)
        return html.replace(tabs, "", 1)

    def header_script(self) -> str:
        """JavaScript that puts the header bar in front of the running script (templates/
        theme/main.html: on pages out of the nav), its links and icons resolved against
        the script's own address and its title the page's, then runs Material's palette
        code as the header's inline script would have. Without a header it can render,
        the script writes a plain one: the site's name, linked to its home page."""
        palette = self.palette.removeprefix("<script>").removesuffix("</script>")
        header = self.header
        if not header:  # the site's name as the bar's title, linked to its home page
            header = minify(
                '<header class="md-header" data-md-component="header">'
                '<nav class="md-header__inner md-grid"><div class="md-header__title">'
                f'<a class="md-ellipsis" href="{_HEADER_ROOT}">{html_escape(self.site_name)}</a>'
                "</div></nav></header>"
            )
            palette = ""
        markup = _script_string(header)
        toggles = _script_string(minify(self.toggles))
        suffix = json.dumps(" - " + self.site_name, ensure_ascii=False)
        config = _script_string(json.dumps(self.config_rest, ensure_ascii=False))
        config = f"JSON.parse({config})"
        script = (
            "(function(){var d=document,s=d.currentScript,"
            f'r=s.getAttribute("src").slice(0,-{len(HEADER_SCRIPT)})||"./",'
            f't=d.createElement("template"),t2,e={suffix},x=d.title,h;'
            f"t.innerHTML={markup}.split({json.dumps(_HEADER_ROOT)}).join(r);"
            f"t2=t.cloneNode();t2.innerHTML={toggles};"
            f'h=t.content.querySelector(".{_HEADER_TITLE}");'
            # Material's default colours, which the page leaves out (slim): set before
            # its palette code, which may replace them with the reader's choice
            f'if(!d.body.hasAttribute("data-md-color-scheme")){_DEFAULT_COLORS_JS}'
            "if(h){h.textContent=x.slice(-e.length)===e?x.slice(0,-e.length):x;"
            f'h.classList.remove("{_HEADER_TITLE}")}}'
            f'if(!d.getElementById("__drawer"))s.before(t2.content);'
            "s.before(t.content);"
            # Material's __config, which the page leaves out (header_writes_config) unless
            # the script is marked `data-config`: then the page holds its own
            'if(!s.hasAttribute("data-config")){h=d.createElement("script");'
            'h.id="__config";h.type="application/json";'
            f"h.textContent=JSON.stringify(Object.assign({{base:r.slice(0,-1)}},{config}));"
            "d.head.append(h)}"
            "})();" + (palette and "\n" + palette)
        )
        # Material's head script (assets/briefings-md.js), which a page with this script
        # leaves out (slim): its root is the folder above assets/, as it is there.
        return (self.base_code + "\n" if self.base_code else "") + script

    def form_script(self) -> str:
        """JavaScript that puts Material's palette form in front of the running script,
        its icons referred to in the sprite beside the script."""
        form = self.palette_form
        for name, svg in self.icons.items():
            form = form.replace(svg, _icon_reference(svg, _SPRITE_HERE, name))
        markup = _script_string(minify(form))
        return (
            '(function(){var s=document.currentScript,t=document.createElement("template");'
            f"t.innerHTML={markup}.split({json.dumps(_SPRITE_HERE + SPRITE)})"
            f".join(new URL({json.dumps(Path(SPRITE).name)},s.src).href);"
            "s.before(t.content)})();"
        )

    def sprite(self) -> str:
        """One SVG holding every chrome icon as a `<symbol>` with the icon's own id."""
        symbols = []
        for name, svg in sorted(self.icons.items()):
            opening = _SVG_OPEN.match(svg)
            assert opening is not None
            box = _VIEWBOX.search(opening.group())
            body = svg[opening.end() :].removesuffix("</svg>")
            view = f' viewBox="{box.group(1)}"' if box else ""
            symbols.append(f'<symbol id="{symbol_id(name)}"{view}>{body}</symbol>')
        return '<svg xmlns="http://www.w3.org/2000/svg">' + "".join(symbols) + "</svg>\n"


def page_styles(config: Any, base_html: str) -> list[str]:
    """The stylesheets every page links, in order, as paths from the site root:
    Material's (as its base.html names them), then the site's extra_css. One file holds
    them all (`PageSlimmer.styles_file`), linked once instead of three times (issue 14:
    ~150 B a page), the same rules in the same order. Empty when they are not all files
    of the site (an extra_css on another host, or an absolute path)."""
    names = []
    for number, pattern in enumerate(_THEME_STYLES):
        found = pattern.search(base_html)
        if found is None:
            if number == 0:
                return []
            continue
        if number == 1 and not config["theme"].get("palette"):
            continue
        names.append(found.group())
    for extra in config.get("extra_css") or []:
        path = str(extra)
        if not path or "://" in path or path.startswith(("/", "//")) or "?" in path:
            return []
        names.append(path)
    return names


def _joined_name(template: str, names: list[str], folders: Iterable[Path]) -> str:
    """The name of the one file that holds the files `names`, by a digest of their names
    and of each one's source, the first found in `folders`: a new theme release, another extra
    file or an edited one (briefings.css, search.js) is a new name, so no reader's
    cache (GitHub Pages lets browsers keep a file ten minutes) serves the old one
    beside pages that need the new. Material's own files carry their digest in their
    names already."""
    digest = hashlib.sha256("\n".join(names).encode("utf-8"))
    for name in names:
        for folder in folders:
            source = folder / name
            if source.is_file():  # the first found is the one published
                digest.update(source.read_bytes())
                break
    return template.format(digest.hexdigest()[:8])


def _run_of_tags(names: list[str], opening: str, closing: str) -> re.Pattern[str]:
    """The tags linking `names` as a page holds them, one after the other with only
    spaces between: the first's prefix (the page's path to the root) is the others'."""
    return re.compile(
        r"\s*".join(
            opening + (r"\1" if number else r'([^"<>]*?)') + re.escape(name) + closing
            for number, name in enumerate(names)
        )
    )


_DEFAULT_COLORS_JS = "".join(
    f'd.body.setAttribute("data-md-color-{key}","{value}");' for key, value in _DEFAULT_COLORS
).join("{}")


def end_scripts(config: Any, base_html: str) -> list[str]:
    """The scripts at the end of every page, in order, as paths from the site root:
    Material's bundle (as its base.html names it), the site's extra_javascript, then
    assets/search.js (templates/theme/main.html). A page out of the nav loads them as one
    file (`PageSlimmer.end_file`; issue 14: ~110 B on every such page): they run one after
    the other as before, in the bundle's strict mode (its file starts with "use strict"),
    which search.js is written in and briefings' own scripts keep to. Empty when they are
    not all plain files of briefings (a site's own script, which may not be written for
    strict mode, one on another host, a module, `defer` or `async`: each then runs on its
    own, as before)."""
    found = _BUNDLE.search(base_html)
    if found is None:
        return []
    names = [found.group()]
    for extra in config.get("extra_javascript") or []:
        path = str(extra)
        plain_tag = isinstance(extra, str) or not (
            getattr(extra, "type", None)
            or getattr(extra, "defer", False)
            or getattr(extra, "async_", False)
        )
        if not path.endswith(".js") or "://" in path or path.startswith(("/", "//")):
            return []
        if "?" in path or not plain_tag or not path.startswith(_OWN_SCRIPTS):
            return []
        names.append(path)
    return [*names, SEARCH_SCRIPT]


def _script_string(markup: str) -> str:
    """`markup` as a JavaScript string literal that cannot end the script holding it."""
    return json.dumps(markup, ensure_ascii=False).replace("</", "<\\/")


def _from_root(html: str) -> str:
    """Links rendered for a page two folders down ("../.." as the site root) made to
    start with `_HEADER_ROOT`, which the scripts replace by their own address."""
    return html.replace('"../.."', f'"{_HEADER_ROOT}"').replace('"../../', f'"{_HEADER_ROOT}')


def header_markup(config: Any, palette: str, icons: dict[str, str]) -> str:
    """Material's header bar (partials/header.html, the site's override if any) as a page
    out of the nav has it, minified: links to the site root start with `_HEADER_ROOT`,
    icons refer to the sprite, Material's inline palette script is left out (the header
    script runs it) and the page title's element carries the class `_HEADER_TITLE`.
    "" when it will not render as expected (another theme version or a site's header)."""
    page = _HeaderPage(url=_HEADER_PAGE_URL, title=_HEADER_TITLE)
    context = {
        "config": config,
        "page": page,
        "base_url": "../..",
        "nav": _HeaderNav(homepage=_HeaderPage(url="", title="")),
    }
    try:
        html = config["theme"].get_env().from_string(_HEADER_TEMPLATE).render(context)
    except Exception:  # another theme version or a site's own partial
        return ""
    html = html.strip()
    marked = f'<span class="md-ellipsis">{_HEADER_TITLE}</span>'
    if not (
        html.startswith("<header")
        and html.endswith("</header>")
        and palette in html
        and html.count(_HEADER_TITLE) == 1
        and marked in html
    ):
        return ""
    html = html.replace(marked, f'<span class="md-ellipsis {_HEADER_TITLE}"></span>')
    html = html.replace(palette, "")
    html = _from_root(html)
    for name, svg in icons.items():
        html = html.replace(svg, _icon_reference(svg, _HEADER_ROOT, name))
    return minify(html)


def tabs_markup(config: Any, nav: Any) -> str:
    """Material's tabs (partials/tabs.html, the site's override if any) for `nav` as a
    page out of the nav has them, minified: no tab active, links to the site root
    starting with `_HEADER_ROOT`, titles without the spaces around them. "" when they
    will not render as expected (another theme version, a site's partial, a tab
    marked active)."""
    context = {
        "config": config,
        "page": _HeaderPage(url=_HEADER_PAGE_URL, title=""),
        "base_url": "../..",
        "nav": nav,
    }
    try:
        html = config["theme"].get_env().from_string(_TABS_TEMPLATE).render(context).strip()
    except Exception:  # another theme version or a site's own partial
        return ""
    if not (html.startswith("<nav") and html.endswith("</nav>")) or "--active" in html:
        return ""
    html = _TAB_LINK.sub(r"\1\2\3", html)
    html = _from_root(html)
    return minify(html)


@dataclass
class _HeaderPage:
    """What partials/header.html and the `url` filter read of a page."""

    url: str
    title: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class _HeaderNav:
    homepage: _HeaderPage


def palette_form(config: Any) -> str:
    """Material's palette toggle as its header includes it, rendered with the site's
    config; "" when the palette is not a list of options (no toggle) or will not render."""
    palette = config["theme"].get("palette")
    if not isinstance(palette, list) or not palette:
        return ""
    try:
        template = config["theme"].get_env().get_template(_PALETTE_FORM)
        form = template.render(config=config)
    except Exception:  # another theme version or a site's own partial: left inline
        return ""
    return form if form.startswith("<form") and form.endswith("</form>") else ""


def minify(html: str) -> str:
    """`html` minified; the same document for a browser, with every closing tag kept."""
    return minify_html.minify(html, keep_closing_tags=True, keep_html_and_head_opening_tags=True)


def symbol_id(name: str) -> str:
    """`material/weather-night` -> `material-weather-night`."""
    return re.sub(r"[^A-Za-z0-9_-]", "-", name)


def _icon_reference(svg: str, prefix: str, name: str) -> str:
    """The icon's `<svg>` element kept (its attributes size and colour it), its drawing
    taken from the sprite."""
    opening = _SVG_OPEN.match(svg)
    assert opening is not None
    tag = opening.group().replace(' xmlns="http://www.w3.org/2000/svg"', "")  # HTML: implied
    return f'{tag}<use href="{prefix}{SPRITE}#{symbol_id(name)}"/></svg>'


def _base_reference(match: re.Match[str], prefix: str) -> str:
    """Material's head script as a reference to `assets/briefings-md.js`, when the root
    path it was given is the page's own (`../..` beside `../../assets/`); else as it was."""
    scope = match.group(1)
    if (scope.rstrip("/") + "/" if scope not in ("", ".") else "") != prefix:
        return match.group()
    return f'<script src="{prefix}{BASE_SCRIPT}"></script>'


def _trim_config(match: re.Match[str], html: str) -> str:
    """Material's __config without the words (and search worker) of components the page
    does not have; unchanged if it cannot be read."""
    try:
        config = json.loads(match.group(2))
    except ValueError:
        return match.group()
    words = config.get("translations")
    if not isinstance(words, dict):
        return match.group()
    for prefix, signs in _COMPONENT_WORDS.items():
        if not any(sign in html for sign in signs):
            words = {key: value for key, value in words.items() if not key.startswith(prefix)}
    config["translations"] = words
    if not any(sign in html for sign in _COMPONENT_WORDS["search."]):
        config.pop("search", None)
    config = {key: value for key, value in config.items() if value is not None}
    text = json.dumps(config, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027")):
        text = text.replace(char, escape)  # as Jinja's tojson: inert inside <script>
    return match.group(1) + text + match.group(3)
