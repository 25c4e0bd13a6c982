"""Smaller pages (issue 14): Material's repeated chrome is fetched once, not repeated.

A one-article site is built with the repository's mkdocs.yml. Every page must refer to
the shared icon sprite and palette script instead of inlining them, those two files
must hold exactly what Material would have inlined, and Material's __config keeps only
the words of components the page has. A browser then checks that the icons still draw.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import lxml.html
import material
import pytest
from sitebuild import CHROMIUM, CHROMIUM_ARGS, build, make_project, serve

ICONS = Path(material.__file__).parent / "templates" / ".icons" / "material"
PALETTE = Path(material.__file__).parent / "templates" / "partials" / "javascripts"

ARTICLE = """---
title: Harbour board approves new ferry terminal
date: 2026-03-02
source: The Test Gazette
---

The harbour board approved a new ferry terminal on Monday at a cost of £40m.

"This terminal will serve the island for fifty years," said Mara Quinn, the board's
chair.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("size"), {"content/ferry-terminal.md": ARTICLE})
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    return project / "site"


def icon_path(name: str) -> str:
    """The drawing (`d`) of a Material icon as its file has it."""
    match = re.search(r'<path d="([^"]+)"', (ICONS / f"{name}.svg").read_text(encoding="utf-8"))
    assert match is not None
    return match.group(1)


def test_pages_refer_to_the_icon_sprite_instead_of_inlining_icons(site: Path) -> None:
    for page in ("index.html", "search/index.html"):
        html = (site / page).read_text(encoding="utf-8")
        for name in ("menu", "magnify", "library", "weather-night", "weather-sunny"):
            assert icon_path(name) not in html, (page, name)
        tree = lxml.html.fromstring(html)
        prefix = "../" if "/" in page else ""
        uses = {use.get("href") for use in tree.iter("use")}
        assert f"{prefix}assets/briefings-icons.svg#material-menu" in uses, page
        assert f"{prefix}assets/briefings-icons.svg#material-library" in uses, page


def test_header_of_a_page_out_of_the_nav_is_the_shared_script(site: Path) -> None:
    """A briefing or actor page refers to assets/briefings-header.js for its header bar;
    the script holds Material's header with its icons in the sprite, and no page-specific
    title or root path."""
    script = (site / "assets" / "briefings-header.js").read_text(encoding="utf-8")
    for page in ("briefings/ferry-terminal/index.html", "actors/mara-quinn/index.html"):
        html = (site / page).read_text(encoding="utf-8")
        tree = lxml.html.fromstring(html)
        # The only header in the page is the small stand-in for readers without
        # JavaScript (test_header_without_javascript_links_home_and_to_search).
        assert [h.get("class") for h in tree.iter("header")] == ["briefings-fallback"], page
        sources = [node.get("src") for node in tree.iter("script")]
        assert "../../assets/briefings-header.js" in sources, page
    for name in ("menu", "magnify", "library", "weather-night", "weather-sunny"):
        assert icon_path(name) not in script, name
        assert f"assets/briefings-icons.svg#material-{name}" in script, name
    assert "ferry" not in script.lower() and "../" not in script


def test_head_script_is_shared_and_finds_the_site_root(site: Path) -> None:
    """Material's head script (`__md_scope` and the storage helpers the palette toggle
    uses) is `assets/briefings-md.js` on every page, its code Material's own but for the
    root, which it reads from its own address; a page keeps no copy of it inline. A page
    out of the nav has the same code at the start of assets/briefings-header.js, the
    first script of its body, in the same folder."""
    inline = (PALETTE / "base.html").read_text(encoding="utf-8")
    code = re.search(r"<script>(.*)</script>", inline, re.DOTALL)
    assert code is not None
    shared = (site / "assets/briefings-md.js").read_text(encoding="utf-8").strip()
    root = 'new URL("..",document.currentScript.src)'
    assert shared == re.sub(r'new URL\("\{\{[^}]*\}\}",location\)', root, code.group(1).strip())
    for page in ("index.html", "briefings/ferry-terminal/index.html", "search/index.html"):
        tree = lxml.html.fromstring((site / page).read_bytes())
        prefix = "../../" if page.startswith("briefings/") else ("../" if "/" in page else "")
        head = [script.get("src") for script in tree.find("head").iter("script")]
        if page.startswith("briefings/"):
            # Out of the nav, the header script runs the same code first (issue 14).
            assert head == [], page
        else:
            assert head == [f"{prefix}assets/briefings-md.js"], page
        assert not any("__md_scope" in (script.text or "") for script in tree.iter("script"))
    header = (site / "assets/briefings-header.js").read_text(encoding="utf-8")
    assert header.startswith(shared + "\n")


def test_pages_leave_out_what_no_reader_sees(site: Path) -> None:
    """No generator tag, no site description repeated on every page (the home page
    keeps it), no empty announcement bar or copy dialog, no footer bar left empty once
    Material's credit line is off (mkdocs.yml `extra.generator: false`), and no
    `null` entries in Material's __config."""
    home = lxml.html.fromstring((site / "index.html").read_bytes())
    assert home.xpath('//meta[@name="description"]')
    # The tabs' titles without the spaces Material's template puts around them.
    tabs = [a.text for a in home.xpath('//a[@class="md-tabs__link"]')]
    assert tabs == ["Latest", "Archive", "Actors", "Tags", "Search"]
    pages = (
        "briefings/ferry-terminal/index.html",
        "actors/mara-quinn/index.html",
        "tags/index.html",
    )
    for page in pages:
        html = (site / page).read_text(encoding="utf-8")
        tree = lxml.html.fromstring(html)
        assert not tree.xpath('//meta[@name="generator" or @name="description"]'), page
        assert not tree.xpath('//*[@data-md-component="announce" or @data-md-component="dialog"]')
        assert tree.find(".//footer") is None, page  # it would be an empty bar
        if page.startswith("tags/"):  # out of the nav, the header script writes it
            config = json.loads(tree.get_element_by_id("__config").text)
            assert None not in config.values(), page


def test_sprite_and_palette_script_hold_what_material_inlines(site: Path) -> None:
    sprite = lxml.html.fromstring((site / "assets/briefings-icons.svg").read_bytes())
    drawn = {symbol.get("id"): symbol.find("path").get("d") for symbol in sprite.iter("symbol")}
    for name in ("menu", "magnify", "library", "weather-night", "weather-sunny", "arrow-up"):
        assert drawn[f"material-{name}"] == icon_path(name), name
    inline = (PALETTE / "palette.html").read_text(encoding="utf-8")
    code = re.search(r"<script>(.*)</script>", inline, re.DOTALL)
    assert code is not None
    script = (site / "assets/briefings-palette.js").read_text(encoding="utf-8")
    writer, material_code = script.strip().split("\n")
    assert material_code == code.group(1).strip()
    # The form it writes is Material's, with the toggle's two icons from the sprite.
    assert "data-md-component=palette" in writer and "#material-weather-night" in writer


def test_config_keeps_only_the_words_of_components_on_the_page(site: Path) -> None:
    tree = lxml.html.fromstring((site / "tags/index.html").read_bytes())
    config = json.loads(tree.get_element_by_id("__config").text)
    assert config["translations"] == {}  # no code blocks, no lunr search, no versions
    assert "search" not in config  # Material's lunr worker: Pagefind searches this site
    assert config["base"] == ".." and "navigation.tabs" in config["features"]


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium")
def test_header_script_writes_the_config_of_a_page_out_of_the_nav(site: Path) -> None:
    """A briefing page leaves its __config out (issue 14): the header script writes the
    same one, its base the page's path to the root, where Material's JavaScript finds
    it; a page whose config is another keeps its own (and the script is told)."""
    from playwright.sync_api import sync_playwright

    html = (site / "briefings/ferry-terminal/index.html").read_text(encoding="utf-8")
    assert "__config" not in html and "data-config" not in html
    # The 404 page (a theme page, not slimmed) keeps its own: the script is told.
    missing = lxml.html.fromstring((site / "404.html").read_bytes())
    assert missing.get_element_by_id("__config") is not None
    (header,) = [s for s in missing.iter("script") if "briefings-header.js" in s.get("src", "")]
    assert header.get("data-config") is not None
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{base}/briefings/ferry-terminal/", wait_until="networkidle")
        written = page.evaluate("JSON.parse(document.getElementById('__config').textContent)")
        count = page.evaluate("document.querySelectorAll('#__config').length")
        browser.close()
    on_a_list_page = json.loads(
        lxml.html.fromstring((site / "tags/index.html").read_bytes())
        .get_element_by_id("__config")
        .text
    )
    assert written == {**on_a_list_page, "base": "../.."}
    assert count == 1 and errors == []


def test_pages_are_minified_with_every_element_closed(site: Path) -> None:
    """minify-html drops the whitespace between tags but keeps every closing tag and the
    <html> and <head> tags: Pagefind's streaming parser needs them to see where an
    element ends (the briefing is indexed: test_site.py counts the indexed pages)."""
    for page in (
        "index.html",
        "briefings/ferry-terminal/index.html",
        "actors/mara-quinn/index.html",
    ):
        html = (site / page).read_text(encoding="utf-8")
        assert "\n" not in html.strip(), page  # no <pre> on these pages
        assert html.startswith("<!doctype html><html") and "<head>" in html, page
        for tag in ("p", "li", "div", "a", "td", "html", "body"):
            opened = len(re.findall(rf"<{tag}[\s>]", html))
            assert opened == html.count(f"</{tag}>"), (page, tag)
    assert "Mara Quinn" in (site / "briefings/ferry-terminal/index.html").read_text("utf-8")


def test_content_tab_script_only_on_pages_with_content_tabs(site: Path) -> None:
    """Material's script that opens a linked content tab is dropped where no page content
    has tabs, and kept where some does."""
    from mkdocs.config import load_config

    from generator.publishing.minify import PageSlimmer

    script = (PALETTE / "content.html").read_text(encoding="utf-8")
    opener = re.findall(r"<script>[^<]*__tabbed_[^<]*</script>", script)[-1]
    for page in ("index.html", "briefings/ferry-terminal/index.html"):
        assert "__tabbed_" not in (site / page).read_text(encoding="utf-8"), page
    slimmer = PageSlimmer(load_config(str(site.parent / "mkdocs.yml")))
    tabs = '<div class="tabbed-set"><input checked="checked" id="__tabbed_1_1" name="__tabbed_1">'
    assert opener in slimmer.slim(f"<html><body>{tabs}</div>{opener}</body></html>")
    assert opener not in slimmer.slim(f"<html><body><p>text</p>{opener}</body></html>")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium")
def test_icons_draw_in_the_browser(site: Path) -> None:
    """The header's icons are drawn from the sprite: the menu button is not blank."""
    from playwright.sync_api import sync_playwright

    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        failed: list[str] = []
        page.on("requestfailed", lambda request: failed.append(request.url))
        page.goto(f"{base}/briefings/ferry-terminal/", wait_until="networkidle")
        page.wait_for_timeout(300)  # the sprite is fetched once, then drawn
        width = page.evaluate(
            "document.querySelector('label[for=__drawer] svg use').getBBox().width"
        )
        browser.close()
    assert failed == []
    assert width > 0  # the three bars of the menu icon, drawn from the sprite


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium")
def test_scripted_header_shows_the_page_and_links_to_the_site(site: Path) -> None:
    """The header the shared script writes on a briefing page is Material's: the site's
    name, the page's title (shown once the page scrolls), a logo link to the home page,
    and a search box that opens the search page with the words typed."""
    from playwright.sync_api import sync_playwright

    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{base}/briefings/ferry-terminal/", wait_until="networkidle")
        topic = page.inner_text("header [data-md-component=header-topic]")
        site_name = page.inner_text("header .md-header__topic >> nth=0")
        page.click("header a.md-logo")
        page.wait_for_load_state("networkidle")
        home = page.url
        page.goto(f"{base}/actors/mara-quinn/", wait_until="networkidle")
        page.fill("header input[name=q]", "terminal")
        page.press("header input[name=q]", "Enter")
        page.wait_for_load_state("networkidle")
        searched = page.url
        browser.close()
    assert topic.strip() == "Harbour board approves new ferry terminal"
    assert site_name.strip() == "Briefings"
    assert home.rstrip("/") == base.rstrip("/")
    assert searched.startswith(f"{base}/search/") and "q=terminal" in searched
    assert errors == []


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium")
def test_header_without_javascript_links_home_and_to_the_tabs(site: Path) -> None:
    """Pages out of the nav get Material's header bar and tabs from scripts; without
    JavaScript a static bar stands in: the site's name linked to the home page, and the
    tabs' other links (the search page among them). With JavaScript only Material's bar
    shows, at desktop and phone widths."""
    from playwright.sync_api import sync_playwright

    pages = ("briefings/ferry-terminal/", "actors/mara-quinn/")
    seen: dict[tuple[str, bool, int], object] = {}
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for script in (False, True):
            for width in (1280, 390):
                context = browser.new_context(
                    viewport={"width": width, "height": 800}, java_script_enabled=script
                )
                page = context.new_page()
                for path in pages:
                    page.goto(f"{base}/{path}", wait_until="networkidle")
                    fallback = page.locator("header.briefings-fallback")
                    links = [
                        (link.inner_text().strip(), link.evaluate("a => a.pathname"))
                        for link in fallback.locator("a").all()
                    ]
                    seen[(path, script, width)] = (
                        fallback.is_visible(),
                        page.locator("header.md-header").count(),
                        links,
                    )
                    if not script and width == 390 and path == pages[0]:
                        fallback.locator("a").first.click()
                        page.wait_for_load_state("networkidle")
                        seen["home"] = page.url
                context.close()
        browser.close()
    for path in pages:
        for width in (1280, 390):
            visible, _, links = seen[(path, False, width)]
            assert visible, (path, width)
            assert links == [
                ("Briefings", "/"),
                ("Archive", "/archive/"),
                ("Actors", "/actors/"),
                ("Tags", "/tags/"),
                ("Search", "/search/"),
            ], path
            visible, material_headers, _ = seen[(path, True, width)]
            assert not visible and material_headers == 1, (path, width)
    assert str(seen["home"]).rstrip("/") == base.rstrip("/")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium")
def test_heading_permalinks_are_added_in_the_browser(site: Path) -> None:
    """The ¶ link of each heading is not in the HTML (mkdocs.yml: `permalink: false`);
    assets/briefings-permalinks.js adds Material's `headerlink` to each, once."""
    from playwright.sync_api import sync_playwright

    html = (site / "briefings/ferry-terminal/index.html").read_text(encoding="utf-8")
    assert "headerlink" not in html
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{base}/briefings/ferry-terminal/", wait_until="networkidle")
        links = page.evaluate(
            """[...document.querySelectorAll('.md-content h1, .md-content h2')].map(h =>
                [...h.querySelectorAll('a.headerlink')].map(a => a.getAttribute('href')))"""
        )
        browser.close()
    assert ["#summary"] in links
    assert all(len(found) == 1 and found[0].startswith("#") for found in links)


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium")
def test_palette_choice_holds_across_pages(site: Path) -> None:
    """The palette toggle (written into the header by assets/briefings-palette.js) is
    drawn and still switches to dark, and the next page opens dark: Material
    keeps the choice in local storage under the site root that the shared head script
    (assets/briefings-md.js) computes; no script fails on a page without the dialog."""
    from playwright.sync_api import sync_playwright

    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{base}/briefings/ferry-terminal/", wait_until="networkidle")
        scope = page.evaluate("__md_scope.pathname")
        toggle = page.locator("header form[data-md-component=palette] label[for=__palette_1]")
        moon = toggle.evaluate("label => label.querySelector('use').getBBox().width")
        toggle.click()
        switched = page.evaluate("document.body.dataset.mdColorScheme")
        page.goto(f"{base}/actors/mara-quinn/", wait_until="networkidle")
        kept = page.evaluate("document.body.dataset.mdColorScheme")
        browser.close()
    assert scope == "/"  # the site root, as Material's inline script had it
    assert moon > 0  # the toggle's icon is drawn, from the sprite
    assert (switched, kept) == ("slate", "slate")
    assert errors == []


def test_theme_files_no_page_loads_are_left_out(site: Path) -> None:
    """Material's source maps and its lunr search files (~2.2 MB, issue 14) are not
    published: no page loads them (Pagefind searches this site); what pages load is."""
    published = {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()}
    assert not [name for name in published if name.endswith(".map")]
    assert not [name for name in published if name.startswith("assets/javascripts/lunr/")]
    for page in ("index.html", "404.html", "briefings/ferry-terminal/index.html"):
        tree = lxml.html.fromstring((site / page).read_bytes())
        root = "" if page.count("/") == 0 else "../" * page.count("/")
        for src in [*tree.xpath("//script/@src"), *tree.xpath("//link[@rel='stylesheet']/@href")]:
            # relative, or (404.html) absolute under the site's path (site_url)
            name = src.removeprefix(root) if not src.startswith("/") else src.split("/", 2)[2]
            assert name in published, (page, src)


def test_end_scripts_of_a_page_out_of_the_nav_are_one_file(site: Path) -> None:
    """A briefing page loads Material's bundle, the heading permalinks and search.js as
    one file (issue 14), made of the three files, in that order; a page in the nav
    loads the three as before."""
    tree = lxml.html.fromstring((site / "briefings/ferry-terminal/index.html").read_bytes())
    sources = [src.removeprefix("../../") for src in tree.xpath("//body//script/@src")]
    (end,) = [src for src in sources if src.startswith("assets/briefings-end-")]
    assert sources[-1] == end
    assert not [s for s in sources if "bundle." in s or s.endswith(("search.js", "links.js"))]
    home = lxml.html.fromstring((site / "index.html").read_bytes())
    loaded = home.xpath("//body//script/@src")
    (bundle,) = [src for src in loaded if "javascripts/bundle." in src]
    parts = [bundle, "assets/briefings-permalinks.js", "assets/search.js"]
    assert [src for src in loaded if src in parts] == parts
    combined = (site / end).read_text(encoding="utf-8")
    texts = [(site / part).read_text(encoding="utf-8") for part in parts]
    starts = [combined.index(text.split("\n//# sourceMappingURL")[0].strip()) for text in texts]
    assert starts == sorted(starts) and starts[0] == 0
    assert "sourceMappingURL" not in combined


def test_an_edited_stylesheet_or_script_gets_a_new_joined_file_name(
    site: Path, tmp_path: Path
) -> None:
    """The joined stylesheet and end scripts are named by what they hold: a site that
    edits briefings.css or search.js (its own templates/assets/) publishes them under
    new names, so a reader's browser never pairs new pages with a cached old file."""
    from mkdocs.config import load_config

    from generator.publishing.minify import PageSlimmer

    config = load_config(str(site.parent / "mkdocs.yml"))
    bundled = Path(__file__).resolve().parents[1] / "templates"
    before = PageSlimmer(config, [bundled])
    tree = lxml.html.fromstring((site / "briefings/ferry-terminal/index.html").read_bytes())
    links = tree.xpath("//head/link[@rel='stylesheet']/@href")
    assert [link.removeprefix("../../") for link in links] == [before.styles_file]
    own = tmp_path / "templates"
    (own / "assets").mkdir(parents=True)
    css = (bundled / "assets/briefings.css").read_text(encoding="utf-8")
    (own / "assets/briefings.css").write_text(css + "small{color:red}\n", encoding="utf-8")
    restyled = PageSlimmer(config, [own, bundled])
    assert restyled.styles_file != before.styles_file
    assert restyled.end_file == before.end_file
    script = (bundled / "assets/search.js").read_text(encoding="utf-8")
    (own / "assets/search.js").write_text(script + "\n;\n", encoding="utf-8")
    rescripted = PageSlimmer(config, [own, bundled])
    assert rescripted.end_file != before.end_file


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium")
def test_default_colours_of_a_page_out_of_the_nav_are_the_scripts(site: Path) -> None:
    """A briefing page leaves Material's default colour attributes off <body> (issue 14):
    the header script sets them, so the page holds the same attributes as a page in the
    nav once loaded; without JavaScript, its colours are the same as a page's that has
    them. With the combined end script the header search box still finds the article."""
    from playwright.sync_api import sync_playwright

    html = (site / "briefings/ferry-terminal/index.html").read_text(encoding="utf-8")
    body = re.search(r"<body[^>]*>", html)
    assert body is not None and "data-md-color" not in body.group()
    colours = """(() => { const s = getComputedStyle(document.body);
        return ['--md-primary-fg-color', '--md-accent-fg-color', '--md-default-bg-color',
                '--md-typeset-a-color', 'color', 'background-color'].map(p =>
                s.getPropertyValue(p).trim()) })()"""
    attributes = "Object.assign({}, document.body.dataset)"
    seen = {}
    errors: list[str] = []
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for script in (True, False):
            page = browser.new_page(java_script_enabled=script)
            page.on("pageerror", lambda error: errors.append(str(error)))
            for path in ("briefings/ferry-terminal/", "tags/"):
                page.goto(f"{base}/{path}", wait_until="networkidle")
                seen[script, path] = (page.evaluate(attributes), page.evaluate(colours))
            if script:
                page.goto(f"{base}/briefings/ferry-terminal/", wait_until="networkidle")
                page.fill("#briefings-q", "ferry terminal")
                page.wait_for_selector("a.briefings-dropdown__link", timeout=10000)
                found = page.eval_on_selector_all(
                    "a.briefings-dropdown__link", "links => links.map(a => a.href)"
                )
            page.close()
        browser.close()
    assert errors == []
    assert seen[True, "briefings/ferry-terminal/"] == seen[True, "tags/"]
    assert seen[True, "tags/"][0]["mdColorPrimary"] == "indigo"
    assert seen[False, "briefings/ferry-terminal/"][1] == seen[False, "tags/"][1]
    assert any(link.endswith("/briefings/ferry-terminal/") for link in found)


def test_sitemap_lists_every_page_without_the_build_date(site: Path) -> None:
    """The sitemap names every page once, with no `<lastmod>`: MkDocs put the build date
    on every entry, which claimed every page changed at each build (issue 14). It is
    published gzipped only: the plain copy MkDocs writes beside it (~106 B per article)
    is not, as no page links to it and no feature of the site reads it."""
    assert not (site / "sitemap.xml").exists()
    sitemap = gzip.decompress((site / "sitemap.xml.gz").read_bytes()).decode("utf-8")
    pages = {
        "https://example.github.io/briefings/" + path.relative_to(site).parent.as_posix() + "/"
        for path in site.rglob("index.html")
    }
    listed = re.findall(r"<url><loc>([^<]+)</loc></url>", sitemap)
    assert "<lastmod>" not in sitemap
    assert len(listed) == len(set(listed)) == sitemap.count("<url>")
    assert {url.replace("briefings/./", "briefings/") for url in pages} == set(listed)


def test_a_sites_own_script_keeps_the_end_scripts_apart() -> None:
    """Material's bundle runs in strict mode, and so would anything after it in one file:
    the end scripts are one file only when every extra script is briefings' own (a
    site's script may not be written for strict mode; it then runs on its own)."""
    from mkdocs.config.config_options import ExtraScriptValue

    from generator.publishing.minify import end_scripts

    base = "<script src=\"{{ 'assets/javascripts/bundle.0123abcd.min.js' | url }}\"></script>"
    ours = {"extra_javascript": ["assets/briefings-permalinks.js"]}
    assert end_scripts(ours, base) == [
        "assets/javascripts/bundle.0123abcd.min.js",
        "assets/briefings-permalinks.js",
        "assets/search.js",
    ]
    for extra in ("js/site.js", "https://cdn.example.org/x.js", "assets/briefings-x.mjs"):
        assert end_scripts({"extra_javascript": [*ours["extra_javascript"], extra]}, base) == []
    deferred = ExtraScriptValue("assets/briefings-late.js")
    deferred.defer = True
    assert end_scripts({"extra_javascript": [deferred]}, base) == []
    assert end_scripts(ours, "<html></html>") == []  # another theme version: no bundle


@pytest.mark.parametrize(
    ("features", "extra", "kept"),
    [
        ([], {}, False),
        (["navigation.tabs", "navigation.top"], {"generator": False}, False),
        (["navigation.instant"], {}, True),
        (["navigation.instant.preview"], {}, True),
        ([], {"version": {"provider": "mike"}}, True),
        ([], {"alternate": [{"name": "English", "link": "/en/", "lang": "en"}]}, True),
    ],
)
def test_the_plain_sitemap_stays_where_materials_javascript_reads_it(
    tmp_path: Path, features: list[str], extra: dict[str, object], kept: bool
) -> None:
    """Material fetches sitemap.xml for instant navigation, the version selector and
    alternate languages: a site that turns one on keeps it beside the gzipped one."""
    from generator.publishing.sitemap import keep_one_sitemap

    (tmp_path / "sitemap.xml").write_text("<urlset/>", encoding="utf-8")
    (tmp_path / "sitemap.xml.gz").write_bytes(gzip.compress(b"<urlset/>"))
    keep_one_sitemap(tmp_path, {"theme": {"features": features}, "extra": extra})
    assert (tmp_path / "sitemap.xml").exists() == kept
    assert (tmp_path / "sitemap.xml.gz").exists()
