"""Reading articles from `content/`: discovery, decoding, front matter, titles, slugs.

Each file is read on its own and every problem becomes a Diagnostic naming the file
(and line, for YAML), so that one bad article is skipped while the rest is published.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.diagnostics import ContentError, Diagnostic
from generator.reading.layout import HEADLINE_MAX_CHARS, UNKNOWN_DASHES, headline_with_deck
from generator.reading.metadata import Metadata, load_yaml_mapping, validate_metadata

ARTICLE_SUFFIXES: tuple[str, ...] = (".md", ".markdown", ".txt")
METADATA_SUFFIXES: tuple[str, ...] = (".yml", ".yaml")
REGISTRY_NAMES: tuple[str, ...] = ("actors.yml", "actors.yaml")
IGNORED_NAMES: frozenset[str] = frozenset({"readme.md", "readme.txt"})
# A long-read is 60-120 kB; anything much larger is a dump, a feed or a mistake, and the
# extractors grow faster than linearly with length (a 200 kB article took minutes to
# extract, a 2 MB one hours), so one stray file would stall every build behind it.
MAX_ARTICLE_BYTES = 300_000
MAX_METADATA_BYTES = 200_000
# C0 and C1 control characters other than tab and newline: invisible, never meant, and
# \x02/\x03 are Python-Markdown's own placeholder markers (an article holding them could
# pull stashed HTML into the page). So are U+FFFE and U+FFFF, no characters at all (a
# byte-swapped byte order mark, left by a badly converted UTF-16 file): XML forbids them,
# and the feed's writer refuses any text holding one. Removed at reading, so offsets
# match what is shown.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
HEADLINE_MAX_WORDS = 16  # a headline line without a blank line after it
SENTENCE_END_MARKS = ".!?:;,"
OPENING_MARKS = "\"'\u201c\u2018(["
TITLE_MIN_CHARS = 30  # a title cut from the opening sentence is at least this long
# Where a clause of a long opening sentence ends: after , ; : or a dash, or before a
# conjunction or relative word that starts the next one.
CLAUSE_BOUNDARY = re.compile(
    rf"(?<=[,;:])\s|\s[\u2013\u2014{UNKNOWN_DASHES}-]\s|\s(?=(?:as|while|after|before|because|since|"
    r"although|though|when|where|which|who|whose|but|amid|despite|following|"
    r"until|unless|if)\s)"
)


@dataclass
class Article:
    """One article as read from disk: its identity, body text and validated metadata.

    `body` is the text that extraction offsets refer to: for Markdown, what follows the
    front matter; for `.txt`, the whole file (a headline line stays in it).
    `headline_line`: the body opens with its title on a line of its own (see
    `opens_with_title`), which is then the headline however it ends.
    """

    id: str
    path: str
    body: str
    title: str
    meta: Metadata
    headline_line: bool = False


def slugify(text: str) -> str:
    """A URL-safe slug: ASCII letters and digits joined by single hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:80].rstrip("-") or "article"


def discover(content_dir: Path) -> tuple[list[Path], list[Diagnostic]]:
    """Article files under `content_dir`, sorted, plus errors for orphaned metadata files.

    Files and folders whose names start with `.` or `_` are skipped (drafts, assets).
    """
    articles: list[Path] = []
    diagnostics: list[Diagnostic] = []
    root = content_dir.resolve()
    for path in sorted(content_dir.rglob("*")):
        relative = path.relative_to(content_dir)
        if any(part.startswith((".", "_")) for part in relative.parts):
            continue
        if path.is_symlink() and path.is_dir():  # never walked: its articles would vanish
            diagnostics.append(folder_link(path))
            continue
        if not path.is_file():
            continue
        if path.is_symlink() and leaves(path, root):
            diagnostics.append(outside_link(path))
            continue
        suffix = path.suffix.lower()
        if suffix in ARTICLE_SUFFIXES and path.name.lower() not in IGNORED_NAMES:
            articles.append(path)
        elif (
            suffix in METADATA_SUFFIXES
            and relative.as_posix() not in REGISTRY_NAMES
            and not path.with_suffix(".txt").exists()
        ):
            diagnostics.append(
                Diagnostic(
                    display_path(path),
                    f"metadata file has no article beside it: expected "
                    f"{path.with_suffix('.txt').name} (a .md article keeps its metadata "
                    "in front matter)",
                )
            )
    return articles, diagnostics


def leaves(path: Path, root: Path) -> bool:
    """Whether `path`, once symbolic links are followed, lies outside the folder `root`."""
    return root.resolve() not in path.resolve().parents


def outside_link(path: Path) -> Diagnostic:
    """The error for a file under content/ that links to a file elsewhere (not read)."""
    return Diagnostic(
        display_path(path),
        "symbolic link to a file outside the content folder; not read, so that "
        "no file from elsewhere on the machine can be published",
    )


def folder_link(path: Path) -> Diagnostic:
    """The error for a folder under content/ that is a symbolic link (not walked)."""
    return Diagnostic(
        display_path(path),
        "symbolic link to a folder; its articles are not read (links to folders are "
        "not followed); move the articles into the content folder",
    )


def display_path(path: Path) -> str:
    """The path as a user would type it: relative to the working directory when inside."""
    # abspath, not resolve: a symbolic link is named as itself, not as its target.
    # The common case (a file under the working directory) in plain string operations:
    # pathlib costs more than reading the article when a build names thousands.
    cwd, absolute = os.getcwd(), os.path.abspath(path)
    if absolute.startswith(cwd.rstrip("/") + "/") and os.sep == "/":
        return absolute[len(cwd.rstrip("/")) + 1 :]
    for here, there in (
        (Path(os.path.abspath(path)), Path(os.path.abspath(Path.cwd()))),
        (path.resolve(), Path.cwd().resolve()),
    ):
        try:
            return here.relative_to(there).as_posix()
        except ValueError:
            continue
    return path.as_posix()


def read_text(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> tuple[str, list[Diagnostic]]:
    """Decode a file as UTF-8, falling back to Windows-1252 with a warning.

    Content is pasted from wires and websites and saved by many editors, so a legacy
    encoding is a warning (the text is still right for Western European sources, such as
    the BBC corpus), not a lost article. UTF-16 with a byte-order mark (Windows "Unicode")
    is decoded too. Binary and oversized files raise ContentError: they are never
    articles. Control characters are removed, with a warning.
    """
    shown = display_path(path)
    if not path.is_file():  # a folder or a pipe named like one: reading would fail or hang
        raise ContentError(Diagnostic(shown, "not a regular file; not read"))
    size = path.stat().st_size
    if size > max_bytes:
        raise ContentError(
            Diagnostic(
                shown,
                f"file is {size:,} bytes, over the {max_bytes:,}-byte limit for one article; "
                "split it or check that it is really an article",
            )
        )
    data = path.read_bytes()
    warnings: list[Diagnostic] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ContentError(
                Diagnostic(shown, "starts like UTF-16 but does not decode; save it as UTF-8")
            ) from None
        warnings.append(
            Diagnostic(shown, "read as UTF-16; save the file as UTF-8", severity="warning")
        )
    elif b"\x00" in data[:8192]:
        raise ContentError(Diagnostic(shown, "binary file (contains NUL bytes), not an article"))
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            text = data.decode("cp1252", errors="replace")
            warnings.append(
                Diagnostic(
                    shown,
                    f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); read as Windows-1252. "
                    "Save the file as UTF-8 to silence this",
                    severity="warning",
                    line=line,
                )
            )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text or _mostly_control_characters(text):
        raise ContentError(Diagnostic(shown, "binary file (control characters), not an article"))
    first = CONTROL_CHARACTERS.search(text)
    if first is not None:
        count = len(CONTROL_CHARACTERS.findall(text))
        warnings.append(
            Diagnostic(
                shown,
                f"removed {count} control character(s) (first: U+{ord(first.group()):04X}); "
                "they are invisible and were probably pasted by accident",
                severity="warning",
                line=text.count("\n", 0, first.start()) + 1,
            )
        )
        text = CONTROL_CHARACTERS.sub(_replace_control, text)
    return text, warnings


def _replace_control(match: re.Match[str]) -> str:
    """Page breaks become line breaks (they separated something); the rest go."""
    return "\n" if match.group() in "\x0b\x0c" else ""


# Unicode's control characters (category Cc: U+0000-001F, U+007F-009F) but tab and
# newline; one regular expression instead of a category lookup per character.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _mostly_control_characters(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    controls = len(_CONTROL.findall(sample))
    return controls > len(sample) * 0.05


def split_front_matter(text: str, path: str) -> tuple[str | None, str]:
    """Split `---` front matter (YAML from line 2 on) from the body that follows it."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, text
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :])
    raise ContentError(
        Diagnostic(path, "front matter opened with `---` is never closed by a `---` line", line=1)
    )


def read_article(
    path: Path, extra_fields: frozenset[str] = frozenset(), root: Path | None = None
) -> tuple[Article | None, list[Diagnostic]]:
    """Read one article file into an Article; None when it cannot be published.

    `extra_fields` are metadata fields the site declares for its templates. A sidecar
    metadata file is read only when it lies inside `root` (the content folder; by
    default the article's own folder) once links are followed.
    """
    shown = display_path(path)
    diagnostics: list[Diagnostic] = []
    try:
        text, warnings = read_text(path)
        diagnostics.extend(warnings)
        if path.suffix.lower() == ".txt":
            meta_text, meta_path = _sidecar_metadata(path, diagnostics, root or path.parent)
            body, line_offset = text, 0
        else:
            meta_text, body = split_front_matter(text, shown)
            meta_path, line_offset = shown, 1
            body = _strip_leading_blank_lines(body)
        values, positions = (
            load_yaml_mapping(meta_text, meta_path, line_offset) if meta_text else ({}, {})
        )
    except ContentError as exc:
        return None, [*diagnostics, exc.diagnostic]
    meta, problems = validate_metadata(values, positions, meta_path, extra_fields)
    diagnostics.extend(problems)
    body = body.rstrip()
    if not body.strip():
        diagnostics.append(Diagnostic(shown, "empty body: the article has no text to brief"))
        return None, diagnostics
    if any(d.severity == "error" for d in diagnostics):
        return None, diagnostics
    title = meta.title or _title_from_body(body, path)
    if not title:
        title = _title_from_opening(body) or _title_from_filename(path)
        diagnostics.append(
            Diagnostic(shown, f"no title given; using {title!r} from the text", "warning")
        )
    article = Article(
        id=meta.slug or slugify(path.stem),
        path=shown,
        body=body,
        title=title,
        meta=meta,
        headline_line=opens_with_title(body, title),
    )
    return article, diagnostics


def opens_with_title(body: str, title: str) -> bool:
    """Whether the body's first line is the article's title, set apart by a blank line.

    A `.txt` file's headline line is its title (or repeats the title its metadata
    gives); so is a Markdown body's first line that repeats the front matter's title.
    Such a line is the headline even when it ends in a full stop, as many sites'
    headlines do: the layout would otherwise take it for a one-sentence lead, and the
    page would give the headline again as ¶1, quote it and open the summary with it.
    """
    first, newline, rest = body.partition("\n")
    return bool(newline) and first.strip() == title.strip() and not rest.partition("\n")[0].strip()


def _sidecar_metadata(
    path: Path, diagnostics: list[Diagnostic], root: Path
) -> tuple[str | None, str]:
    """The text and display path of NAME.yml or NAME.yaml beside NAME.txt, if any.

    A sidecar that links outside `root` is not read: its error skips the article, whose
    metadata (title, source, corrections) would otherwise be missing or foreign.
    """
    found = [path.with_suffix(suffix) for suffix in METADATA_SUFFIXES]
    found = [candidate for candidate in found if candidate.exists()]
    if not found:
        return None, display_path(path)
    if leaves(found[0], root):
        raise ContentError(outside_link(found[0]))
    if len(found) > 1:
        diagnostics.append(
            Diagnostic(
                display_path(found[1]),
                f"ignored: {found[0].name} already holds this article's metadata",
                severity="warning",
            )
        )
    text, warnings = read_text(found[0], max_bytes=MAX_METADATA_BYTES)
    diagnostics.extend(warnings)
    return text, display_path(found[0])


def _strip_leading_blank_lines(body: str) -> str:
    return re.sub(r"\A(?:[ \t]*\n)+", "", body)


def _title_from_body(body: str, path: Path) -> str | None:
    """A headline: a `# ` heading, or in a `.txt` file a short first line followed by a
    blank line, or by the body when the line reads as a headline (see `_is_headline`)."""
    first, _, rest = body.partition("\n")
    first = first.strip()
    if first.startswith("# "):
        return first[2:].strip() or None
    if path.suffix.lower() != ".txt" or not first or len(first) > HEADLINE_MAX_CHARS:
        return None
    if rest.startswith("\n") or _is_headline(first, rest.split("\n", 1)[0].strip()):
        return first
    next_line, _, after = rest.partition("\n")
    if after.lstrip(" \t").startswith("\n") and headline_with_deck(f"{first}\n{next_line}"):
        return first.rstrip(";").rstrip() or None
    return None


def _is_headline(line: str, next_line: str) -> bool:
    """A first line set above the body without a blank line: a few words, no sentence
    punctuation at its end, and a next line that starts a sentence and runs longer (a
    hard-wrapped paragraph's next line would carry on in lower case)."""
    words = line.split()
    return (
        2 <= len(words) <= HEADLINE_MAX_WORDS
        and line[-1] not in SENTENCE_END_MARKS
        and bool(next_line)
        and (next_line[0].isupper() or next_line[0] in OPENING_MARKS)
        and len(next_line) > len(line)
    )


def _title_from_opening(body: str, limit: int = 90) -> str | None:
    """The article's first sentence, or its first clause when the sentence is long.

    A reader scanning the home page learns more from the opening words than from a
    file name like `000_bc8a90674db7f38d`. A long sentence is cut where a clause ends
    (a comma, a semicolon, a dash, or before "as", "while", "after", ...), not in the
    middle of a phrase; only a sentence with no such place is cut at a word, with "…".
    """
    paragraph = " ".join(re.split(r"\n[ \t]*\n", body.strip(), maxsplit=1)[0].split())
    sentence = re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0].strip()
    if len(sentence) <= limit:
        return sentence.rstrip(".") or None
    cuts = [
        match.start()
        for match in CLAUSE_BOUNDARY.finditer(sentence)
        if TITLE_MIN_CHARS <= match.start() <= limit
    ]
    if cuts:
        return sentence[: cuts[-1]].rstrip(" ,;:\u2013\u2014-" + UNKNOWN_DASHES)
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut}\u2026" if cut else None


def _title_from_filename(path: Path) -> str:
    words = re.sub(r"[-_]+", " ", path.stem).strip()
    return words[:1].upper() + words[1:] if words else "Untitled"


def assign_unique_ids(articles: Iterable[Article]) -> list[Diagnostic]:
    """Give articles that share a slug distinct ids, with a warning each.

    The folder name comes first (`sport/199.txt` beside `tech/199.txt` becomes
    `sport-199`), since it tells a reader more than a number; `slug-2`, `slug-3`, ...
    only when that is taken too.
    """
    seen: dict[str, str] = {}
    diagnostics: list[Diagnostic] = []
    for article in articles:
        base = article.id
        if base in seen:
            folder = slugify(PurePosixPath(article.path).parent.name)
            candidate = f"{folder}-{base}" if folder != "article" else base
            number = 1
            while candidate in seen:
                number += 1
                candidate = f"{base}-{number}"
            article.id = candidate
            diagnostics.append(
                Diagnostic(
                    article.path,
                    f"slug {base!r} is already used by {seen[base]}; published as {article.id!r}",
                    severity="warning",
                )
            )
        seen[article.id] = article.path
    return diagnostics


def load_content(
    content_dir: Path, extra_fields: frozenset[str] = frozenset()
) -> tuple[list[Article], list[Diagnostic]]:
    """Every readable article under `content_dir`, plus every problem met on the way."""
    paths, diagnostics = discover(content_dir)
    articles: list[Article] = []
    for path in paths:
        article, problems = read_article(path, extra_fields, content_dir)
        diagnostics.extend(problems)
        if article is not None:
            articles.append(article)
    diagnostics.extend(assign_unique_ids(articles))
    return articles, list(dict.fromkeys(diagnostics))  # a bad link is found twice
