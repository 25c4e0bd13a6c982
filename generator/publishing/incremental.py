"""Incremental publishing: reuse the pages of the last good site whose inputs are unchanged.

A briefing page's HTML is a function of its generated Markdown (which holds everything
the page shows: the briefing, its neighbours, the lists and counts it links to) and of
what is the same for every page: the project's code, MkDocs, the theme and its
overrides, mkdocs.yml, the nav and docs_dir. The site carries a manifest
(`.briefings-manifest.json.gz`) recording, for every generated page outside the nav,
a digest of its Markdown and of the HTML it became, plus one key over everything
shared. A build whose key equals the manifest's lets MkDocs skip the pages whose
Markdown digest is unchanged (MkDocs' own `dirty` mechanism: the page stays in the
file collection, so the sitemap and links see it, but is neither read nor rendered)
and links their HTML from the published site into the staged one, after checking that
each file still hashes to what the manifest says.

Any doubt means a full build: no manifest, another key (new code, another MkDocs or
theme release, an edited mkdocs.yml, template or docs_dir page), a nav page whose
title is not given in mkdocs.yml, or one published file that does not match its
manifest entry. The nav, search and index pages, the home page, the sitemap, the feed
and every non-page file are always made anew; deleted pages are simply not carried
over. The search index is copied when exactly the same pages are indexed as last time,
and otherwise rebuilt from every indexed page of the new site (generator/plugin.py).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File

from generator.pages.inputs import PageInputs

MANIFEST = ".briefings-manifest.json.gz"
FORMAT = 2
# Releases that shape a page's HTML or the search index: another one means a full build.
SHAPING_PACKAGES = (
    "mkdocs",
    "mkdocs-material",
    "mkdocs-material-extensions",
    "markdown",
    "pymdown-extensions",
    "jinja2",
    "markupsafe",
    "pygments",
    "pagefind",
    "pagefind-bin",
    "pagefind-bin-extended",
)
ANNOUNCED, INDEXED = 1, 2  # flags of a manifest entry: front matter `pagefind`, indexed


def digest(data: bytes) -> str:
    """A short content digest (128 bits: an integrity check, not a signature)."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


class ReusableFile(File):
    """A generated file that MkDocs skips in a `dirty` build once marked `reused`."""

    reused = False

    def is_modified(self) -> bool:
        return not self.reused and super().is_modified()


@dataclass
class Entry:
    """What the manifest knows of one page: its Markdown, its HTML and two flags; the
    date the search index sorts it by; for a briefing page, what it was made from
    (generator/pages/inputs.py), so that the next build need not render its Markdown."""

    source: str
    output: str
    flags: int
    date: str | None = None
    inputs: PageInputs | None = None

    def as_list(self) -> list[Any]:
        made_of = self.inputs.as_list() if self.inputs is not None else None
        return [self.source, self.output, self.flags, self.date, made_of]

    @classmethod
    def from_list(cls, value: list[Any]) -> Entry:
        source, output, flags, date, made_of = value
        if date is not None and not isinstance(date, str):
            raise TypeError("date")
        return cls(str(source), str(output), int(flags), date, PageInputs.from_list(made_of))


@dataclass
class Manifest:
    """The record of one published site: its key, its pages, its indexed pages."""

    key: str
    pages: dict[str, Entry] = field(default_factory=dict)
    index: str = ""

    def to_bytes(self) -> bytes:
        """Deterministic gzip (as generator/publishing/determinism.py writes every .gz)."""
        record = {
            "format": FORMAT,
            "key": self.key,
            "index": self.index,
            "pages": {name: entry.as_list() for name, entry in sorted(self.pages.items())},
        }
        text = json.dumps(record, sort_keys=True, separators=(",", ":")) + "\n"
        return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def read_manifest(site_dir: Path) -> Manifest | None:
    """The manifest of the site in place; None if there is none or it cannot be read."""
    try:
        record = json.loads(gzip.decompress((site_dir / MANIFEST).read_bytes()))
        if record.get("format") != FORMAT:
            return None
        pages = {str(name): Entry.from_list(value) for name, value in record["pages"].items()}
        return Manifest(str(record["key"]), pages, str(record["index"]))
    except (OSError, EOFError, ValueError, TypeError, KeyError, AttributeError):
        return None


def build_key(config: Any, shared_files: Iterable[str] = ()) -> str:
    """One digest of everything every page depends on besides its own Markdown.

    The project's own code (and any MkDocs hook file) is hashed file by file rather than
    trusted to carry a new version number; installed packages by release. mkdocs.yml
    counts as written and as resolved (environment variables may set `site_url`).
    `shared_files`: the names of the files every page links that are named by what they
    hold (the joined stylesheet and scripts, generator/publishing/minify.py): an edited
    briefings.css renames them, so no page is reused with a link to the old name.
    """
    parts: list[Any] = [FORMAT, list(sys.version_info[:2]), list(shared_files)]
    for name in SHAPING_PACKAGES:
        try:
            parts.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name}=-")
    package = Path(__file__).resolve().parents[1]
    parts.append(folder_digest(package))
    config_file = config.config_file_path
    parts.append(digest(Path(config_file).read_bytes()) if config_file else "-")
    resolved = {
        name: config.get(name)
        for name in (
            "site_name",
            "site_url",
            "site_description",
            "site_author",
            "repo_url",
            "repo_name",
            "edit_uri",
            "copyright",
            "use_directory_urls",
            "extra",
            "extra_css",
            "extra_javascript",
            "markdown_extensions",
            "mdx_configs",
            "nav",
        )
    }
    parts.append(json.dumps(resolved, sort_keys=True, default=_plain))
    parts.append(json.dumps(dict(config.theme.items()), sort_keys=True, default=_plain))
    # The theme's own files go with its release. A folder of overrides may be listed
    # twice, or in two places holding the same files (the project's templates and the
    # bundled ones of a checkout): the same lookups, so the same key.
    overrides = [Path(folder) for folder in config.theme.dirs if not _installed(Path(folder))]
    parts.append(list(dict.fromkeys(folder_digest(folder) for folder in overrides)))
    parts.append(folder_digest(Path(config.docs_dir)))
    # MkDocs hooks (`hooks:` in mkdocs.yml) are code that may change any page.
    for module in (config.get("hooks") or {}).values():
        hook = getattr(module, "__file__", None)
        try:
            parts.append(digest(Path(hook).read_bytes()) if hook else "-")
        except OSError:
            parts.append("unreadable")
    return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def _plain(value: object) -> str:
    """A configuration value as text that is the same in every run (no memory address)."""
    return _ADDRESS.sub("", repr(value))


def _installed(folder: Path) -> bool:
    """Whether a theme folder belongs to an installed package (MkDocs' or Material's)."""
    import material
    import mkdocs

    owners = (Path(mkdocs.__file__).parent, Path(material.__file__).parent)
    resolved = folder.resolve()
    return any(resolved.is_relative_to(owner.resolve()) for owner in owners)


def folder_digest(folder: Path) -> str:
    """A digest of every file under `folder` (names and contents), caches excluded.

    Folders linked into it are followed, as MkDocs (docs_dir) and Jinja (templates, theme
    overrides) follow them when they read: a page or a partial in a shared folder linked
    into the site's is one of its inputs. A link back to a folder already walked (a loop)
    is not followed again.
    """
    hasher = hashlib.sha256()
    if not folder.is_dir():
        return "-"
    for name, path in sorted(_files(folder)):
        hasher.update(name.encode("utf-8") + b"\0")
        with path.open("rb") as stream:  # in blocks: docs_dir may hold videos
            hasher.update(hashlib.file_digest(stream, "sha256").digest())
    return hasher.hexdigest()


def _files(folder: Path) -> Iterable[tuple[str, Path]]:
    """(path under `folder`, path) of every file under it, through linked folders."""
    seen = {os.path.realpath(folder)}
    for root, folders, names in os.walk(folder, followlinks=True):
        kept = []
        for name in folders:
            real = os.path.realpath(os.path.join(root, name))
            if name != "__pycache__" and real not in seen:
                seen.add(real)
                kept.append(name)
        folders[:] = kept
        for name in names:
            path = Path(root, name)
            if path.is_file():
                yield path.relative_to(folder).as_posix(), path


def page_digests(pages: Mapping[str, bytes]) -> dict[str, str]:
    """The digest of every generated Markdown page, by its path."""
    return {name: digest(data) for name, data in pages.items() if name.endswith(".md")}


class Reuse:
    """One incremental build: which pages are carried over from the published site."""

    def __init__(self, previous: Manifest, site_dir: Path) -> None:
        self.previous = previous
        self.site_dir = site_dir
        self.reused: dict[str, Entry] = {}  # src path -> the entry carried over
        self.doubt = ""  # why nothing was reused, for the log

    def carry_over(
        self, candidates: Iterable[ReusableFile], sources: Mapping[str, str], output: Path
    ) -> None:
        """Mark the unchanged `candidates` reused and link their HTML into `output`.

        Every file is checked against its manifest entry first; one that does not match
        (edited, truncated, missing) reuses nothing: the build renders every page.
        """
        chosen: list[tuple[ReusableFile, Entry]] = []
        for file in candidates:
            entry = self.previous.pages.get(file.src_uri)
            if entry is None or entry.source != sources.get(file.src_uri):
                continue
            try:
                data = (self.site_dir / file.dest_uri).read_bytes()
            except OSError:
                data = None
            # The same bytes as recorded: the flags recorded with them hold too.
            if data is None or digest(data) != entry.output:
                self.doubt = f"{file.dest_uri} does not match the manifest"
                return
            chosen.append((file, entry))
        for file, entry in chosen:
            target = output / file.dest_uri
            target.parent.mkdir(parents=True, exist_ok=True)
            link_or_copy(self.site_dir / file.dest_uri, target)
            file.reused = True
            self.reused[file.src_uri] = entry


def link_or_copy(source: Path, target: Path) -> None:
    """A hard link where the file system allows (no bytes copied), else a copy.

    Safe because a reused page is never written by this build: MkDocs skips it.
    """
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def index_digest(pages: Iterable[tuple[str, str]]) -> str:
    """A digest of the indexed pages in build order: (address, HTML digest) pairs."""
    hasher = hashlib.sha256()
    for address, output in pages:
        hasher.update(f"{address}\0{output}\0".encode())
    return hasher.hexdigest()
