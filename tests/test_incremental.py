"""Incremental publishing: a build that reuses pages gives the very site a full build gives.

The oracle is strict: after each edit of a random series (add, change, delete, rename,
retag an article, edit the actor registry), the site an incremental `briefings build`
leaves in place must equal, file for file and byte for byte, the site a full build
(`--full`, no site in place) makes of the same content in another folder. The series
is drawn from a seeded generator (BRIEFINGS_INCREMENTAL_SEED picks another series;
BRIEFINGS_INCREMENTAL_STEPS makes it longer); each kind of edit comes up at least once.
It runs for each way of publishing the extraction JSON (`published_json`): the month
files of `month` are made of every briefing, reused page or not.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import shutil
from pathlib import Path

import pytest
from sitebuild import build, make_project, tree_digest, write_files

from generator.publishing import search, shards

SEED = int(os.environ.get("BRIEFINGS_INCREMENTAL_SEED", "14"))
EXTRA_STEPS = int(os.environ.get("BRIEFINGS_INCREMENTAL_STEPS", "1"))
EDITS = ("add", "change", "delete", "rename", "retag", "registry")
PEOPLE = [
    ("Ana Silva", "Silva"),
    ("Tom Reyes", "Reyes"),
    ("Lena Park", "Park"),
    ("Omar Haddad", "Haddad"),
]
PLACES = ["London", "Paris", "Riverton", "Eastport"]
TAGS = ["economy", "labour", "climate", "transport", "health"]
QUOTES = ["We will act now", "Prices are falling", "The work starts in May", "Nobody lost"]
REGISTRY_ENTRIES = [
    "- name: Ana Silva\n  type: person\n  roles: [Governor of the Central Bank]\n",
    "- name: Tom Reyes\n  type: person\n  aliases: [Reyes]\n  description: Union leader.\n",
    "- name: Riverton\n  type: place\n  description: Estuary city.\n",
    "- name: Lena Park\n  type: person\n  roles: [Mayor of Riverton]\n",
]


def article(rng: random.Random, title: str) -> str:
    """A short news article with a quote, a speaker, places and figures."""
    (name, surname), place = rng.choice(PEOPLE), rng.choice(PLACES)
    tags = ", ".join(rng.sample(TAGS, rng.randint(1, 2)))
    return (
        f"---\ntitle: {title}\ndate: 2024-0{rng.randint(1, 3)}-{rng.randint(10, 28)}\n"
        f"source: {rng.choice(['Market Desk', 'Harbour News'])}\ntags: [{tags}]\n---\n"
        f"{name} said on Tuesday that the council would spend {rng.randint(2, 90)} million "
        f'pounds in {place}. "{rng.choice(QUOTES)}," {surname} told reporters. About '
        f"{rng.randint(2, 9)},000 people live in {rng.choice(PLACES)}.\n"
    )


class Content:
    """The articles and the registry of the project, edited at random."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.articles: dict[str, str] = {}
        self.registry = list(REGISTRY_ENTRIES[:2])
        self.made = 0
        for _ in range(5):
            self.add()

    def files(self) -> dict[str, str]:
        files = {f"content/{name}.md": text for name, text in self.articles.items()}
        files["content/actors.yml"] = "".join(self.registry) or "[]\n"
        return files

    def add(self) -> str:
        self.made += 1
        name = f"story-{self.made}"
        self.articles[name] = article(self.rng, f"Story number {self.made}")
        return name

    def edit(self, kind: str) -> str:
        """Apply one edit; a line saying what it was (for a failure message)."""
        rng, names = self.rng, sorted(self.articles)
        if kind == "add":
            return f"add {self.add()}"
        name = rng.choice(names)
        if kind == "change":
            title = re.search(r"title: (.*)", self.articles[name])
            assert title is not None
            self.articles[name] = article(rng, title.group(1) + " (updated)")
            return f"change {name}"
        if kind == "delete":
            del self.articles[name]
            return f"delete {name}"
        if kind == "rename":
            self.made += 1
            self.articles[f"renamed-{self.made}"] = self.articles.pop(name)
            return f"rename {name} to renamed-{self.made}"
        if kind == "retag":
            tags = ", ".join(rng.sample(TAGS, rng.randint(1, 3)))
            self.articles[name] = re.sub(r"tags: \[.*\]", f"tags: [{tags}]", self.articles[name])
            return f"retag {name}: {tags}"
        entry = rng.choice(REGISTRY_ENTRIES)
        if entry in self.registry:
            self.registry.remove(entry)
            return f"registry: remove {entry.splitlines()[0]}"
        self.registry.append(entry)
        return f"registry: add {entry.splitlines()[0]}"


def sync(project: Path, files: dict[str, str]) -> None:
    """Make the project's content exactly `files`."""
    shutil.rmtree(project / "content", ignore_errors=True)
    write_files(project, files)


def forget_records(project: Path) -> None:
    """Drop the records of the nothing-changed shortcut, so that the next build runs."""
    shutil.rmtree(project / ".cache" / "briefings" / "builds")


def publish_json(project: Path, mode: str) -> None:
    """Set the project's `published_json` (the default, `briefing`, is left unwritten)."""
    if mode == "briefing":
        return
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      latest: 20\n" in text
    text = text.replace("      latest: 20\n", f"      latest: 20\n      published_json: {mode}\n")
    config.write_text(text, encoding="utf-8")


def differences(one: dict[str, str], two: dict[str, str]) -> list[str]:
    return sorted(name for name in one.keys() | two.keys() if one.get(name) != two.get(name))


# 2 pages a search index shard: the articles' dates spread them over several shards
# (generator/publishing/shards.py), which an incremental build copies or writes anew.
@pytest.mark.parametrize(
    ("shard_pages", "json_mode"),
    [
        (shards.SHARD_PAGES, "briefing"),
        (2, "briefing"),
        (shards.SHARD_PAGES, "month"),
        (shards.SHARD_PAGES, "none"),
    ],
    ids=["one-index", "shards", "json-by-month", "no-json"],
)
def test_incremental_builds_equal_full_builds_after_random_edits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shard_pages: int, json_mode: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")  # one sitemap date for both
    monkeypatch.setattr(shards, "SHARD_PAGES", shard_pages)
    rng = random.Random(SEED)
    content = Content(rng)
    incremental = make_project(tmp_path / "incremental", content.files())
    full = make_project(tmp_path / "full", content.files())
    for project in (incremental, full):
        publish_json(project, json_mode)
    first = build(incremental)
    assert first.status == 0, first.stderr
    assert "full build" in first.lines[-1]

    kinds = [*EDITS, *(rng.choice(EDITS) for _ in range(EXTRA_STEPS))]
    rng.shuffle(kinds)
    done: list[str] = []
    reused = unrendered = 0
    for kind in [None, *kinds]:  # None: a build with nothing changed
        done.append(content.edit(kind) if kind else "nothing changed")
        sync(incremental, content.files())
        if kind is None:
            # Nothing changed: the build stops at once (generator/publishing/unchanged.py).
            # Without its record, the build below shows every page carried over.
            skipped = build(incremental)
            assert "nothing changed since the last build" in skipped.lines[-1]
            forget_records(incremental)
        outcome = build(incremental)
        assert outcome.status == 0, outcome.stderr
        note = re.search(
            r"; (\d+) of (\d+) pages reused, (\d+) of them not generated again;",
            outcome.lines[-1],
        )
        assert note is not None, (done, outcome.lines[-1])
        reused += int(note.group(1))
        unrendered += int(note.group(3))
        if kind is None:
            assert note.group(1) == note.group(2), "nothing changed: every page reused"
            # ... and no page of a briefing, actor, month or tag rendered again (the
            # indexes of actors, months and tags are)
            pages = [
                folder
                for kind in ("briefings", "actors", "archive", "tags")
                for folder in (incremental / "site" / kind).iterdir()
                if folder.is_dir() and not folder.name.startswith(("all--", "index"))
            ]
            assert int(note.group(3)) == len(pages), outcome.lines[-1]

        sync(full, content.files())
        shutil.rmtree(full / "site", ignore_errors=True)
        oracle = build(full, "--full")
        assert oracle.status == 0, oracle.stderr
        assert differences(tree_digest(incremental / "site"), tree_digest(full / "site")) == [], (
            f"after: {done}"
        )
        if kind == "delete" or kind == "rename":
            gone = done[-1].split()[1]
            sitemap = (incremental / "site" / "sitemap.xml.gz").read_bytes()
            published = gzip.decompress(sitemap).decode("utf-8")
            published += (incremental / "site" / "feed.xml").read_text(encoding="utf-8")
            assert f"briefings/{gone}/" not in published
            assert not (incremental / "site" / "briefings" / gone).exists()
    assert reused > 0 and unrendered > 0
    data = sorted(path.name for path in (incremental / "site" / "data").glob("*"))
    if json_mode == "none":
        assert data == []
    else:
        suffix = ".json" if json_mode == "briefing" else ".jsonl.gz"
        assert data and all(name.endswith(suffix) for name in data), data
    sharded = (incremental / "site" / shards.SHARDS_FOLDER).is_dir()
    assert sharded == (shard_pages == 2)


@pytest.fixture
def published(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project whose site was built once, with its manifest."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
    content = Content(random.Random(SEED))
    project = make_project(tmp_path / "project", content.files())
    assert build(project).status == 0
    return project


def test_a_published_page_that_does_not_match_the_manifest_means_a_full_build(
    published: Path,
) -> None:
    before = tree_digest(published / "site")
    page = next((published / "site" / "briefings").glob("*/index.html"))
    page.write_text("tampered", encoding="utf-8")
    outcome = build(published)
    assert outcome.status == 0
    assert "full build: " in outcome.lines[-1]
    assert "does not match the manifest" in outcome.lines[-1]
    assert tree_digest(published / "site") == before  # the page is rendered again


def test_a_changed_mkdocs_yml_or_template_means_a_full_build(published: Path) -> None:
    config = published / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "site_name: Briefings", "site_name: Harbour Briefings"
        ),
        encoding="utf-8",
    )
    outcome = build(published)
    assert outcome.status == 0
    assert "full build: code, theme, mkdocs.yml, templates or docs_dir changed" in outcome.lines[-1]
    page = next((published / "site" / "briefings").glob("*/index.html"))
    assert "Harbour Briefings" in page.read_text(encoding="utf-8")
    again = build(published)
    assert "nothing changed since the last build" in again.lines[-1]
    forget_records(published)
    again = build(published)
    assert re.search(r"; (\d+) of \1 pages reused\b", again.lines[-1]), again.lines[-1]


def test_an_edited_stylesheet_means_a_full_build_linking_the_new_file(published: Path) -> None:
    """The joined stylesheet is named by what it holds: after an edit to the site's
    briefings.css no page is carried over still linking the old name."""
    import lxml.html

    templates = published / "templates"
    bundled = templates.resolve()
    templates.unlink()  # the project's templates are a link to the repository's
    shutil.copytree(bundled, templates)
    forget_records(published)
    outcome = build(published)  # the same files, copied: every page reused
    assert re.search(r"; (\d+) of \1 pages reused\b", outcome.lines[-1]), outcome.lines[-1]
    css = templates / "assets" / "briefings.css"
    css.write_text(css.read_text(encoding="utf-8") + "small{color:red}\n", encoding="utf-8")
    forget_records(published)
    outcome = build(published)
    assert outcome.status == 0
    assert "full build: code, theme, mkdocs.yml, templates or docs_dir changed" in outcome.lines[-1]
    site = published / "site"
    linked: set[str] = set()
    for page in site.rglob("index.html"):
        tree = lxml.html.fromstring(page.read_bytes())
        for href in tree.xpath("//head/link[@rel='stylesheet']/@href"):
            if "/briefings-" in href:
                linked.add(href.rpartition("assets/")[2])
    assert len(linked) == 1, linked
    (name,) = linked
    assert "small{color:red}" in (site / "assets" / name).read_text(encoding="utf-8")


def test_an_unchanged_search_shard_is_copied_without_indexing_its_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new article, dated after the others, changes only the newest shard's pages
    (and its neighbour's): the older shards are copied, their pages not given to
    Pagefind, and the site still equals a full build."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
    monkeypatch.setattr(shards, "SHARD_PAGES", 2)
    content = Content(random.Random(SEED))
    project = make_project(tmp_path / "incremental", content.files())
    assert build(project).status == 0
    older = sorted((project / "site" / shards.SHARDS_FOLDER).iterdir())
    assert len(older) >= 2
    content.articles["latest"] = content.articles["story-1"].replace(
        re.search(r"date: \S+", content.articles["story-1"]).group(), "date: 2024-06-30"
    )
    sync(project, content.files())
    given: list[str] = []
    add_page = search.SearchIndex.add_page

    def recording(index: search.SearchIndex, dest_uri: str, html: str) -> None:
        given.append(dest_uri)
        add_page(index, dest_uri, html)

    monkeypatch.setattr(search.SearchIndex, "add_page", recording)
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    assert "pages reused" in outcome.lines[-1]
    listed = json.loads((project / "site" / "pagefind" / "shards.json").read_text("utf-8"))
    oldest = listed["indexes"][-1]
    assert oldest["path"] == f"{shards.SHARDS_FOLDER}/{older[0].name}/"
    dates = {
        name: re.search(r"date: (\S+)", text).group(1) for name, text in content.articles.items()
    }
    copied = [name for name, day in dates.items() if oldest["from"] <= day <= oldest["to"]]
    assert len(copied) == oldest["pages"] > 0
    assert "briefings/latest/index.html" in given
    assert not {f"briefings/{name}/index.html" for name in copied} & set(given)

    full = make_project(tmp_path / "full", content.files())
    assert build(full, "--full").status == 0
    assert differences(tree_digest(project / "site"), tree_digest(full / "site")) == []


def test_a_briefing_template_that_reads_the_whole_archive_is_rendered_every_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A site's briefing template that prints something of the whole archive (here the
    number of briefings) makes pages whose inputs cannot be told from their own lookups:
    they are rendered in every build, and a new article changes every one of them."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
    bundled = (Path(__file__).resolve().parents[1] / "templates" / "briefing.md.j2").read_text(
        encoding="utf-8"
    )
    template = bundled + "\n{{ archive.briefings|length }} briefings in the archive.\n"
    content = Content(random.Random(SEED))
    files = {**content.files(), "templates/briefing.md.j2": template}
    project = tmp_path / "incremental"
    project.mkdir()
    shutil.copy(Path(__file__).resolve().parents[1] / "mkdocs.yml", project / "mkdocs.yml")
    write_files(project, files)
    assert build(project).status == 0
    content.add()
    sync(project, {**content.files(), "templates/briefing.md.j2": template})
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    for page in (project / "site" / "briefings").glob("*/index.html"):
        assert "6 briefings in the archive" in page.read_text("utf-8"), page

    full = tmp_path / "full"
    full.mkdir()
    shutil.copy(project / "mkdocs.yml", full / "mkdocs.yml")
    write_files(full, {**content.files(), "templates/briefing.md.j2": template})
    assert build(full, "--full").status == 0
    assert differences(tree_digest(project / "site"), tree_digest(full / "site")) == []
