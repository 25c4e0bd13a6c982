"""Escaping article-derived text for Markdown and HTML: safe by default.

Article text is hostile until proven otherwise: it may hold `<script>`, raw HTML,
`[x](javascript:...)` links, attribute lists or table pipes. Every value a template
prints is passed through `markdown_text` unless it is already Markup, so a template
author has to opt *out* of escaping (with a filter below), never remember to opt in.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from urllib.parse import quote, urlsplit

from markupsafe import Markup

from generator.reading.metadata import UNPRINTABLE

# Characters Python-Markdown (and its tables extension) treats as syntax; a backslash
# makes each one literal. `<`, `>` and `&` become HTML entities instead.
MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
# Syntax that only counts at the start of a line, with characters Markdown cannot
# backslash-escape: `===` under a line makes it a heading, `??? note` opens a
# collapsible block (pymdownx.details). Values are printed at line starts (a summary
# sentence per line), so a leading `=` or `?` becomes a character reference.
LINE_START_SPECIALS = {"=": "&#61;", "?": "&#63;"}
# UNPRINTABLE (control characters, lone surrogates, U+FFFE and U+FFFF: invisible,
# unencodable in a UTF-8 page, or forbidden in XML) is the readers' own definition, so
# that metadata, the registry and the page drop the same characters.


# Bidirectional controls: embeddings and overrides (closed by U+202C), isolates (closed
# by U+2069), as Unicode's bidirectional algorithm pairs them.
BIDI_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")
BIDI_ISOLATES = frozenset("\u2066\u2067\u2068")
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def plain_text(value: object) -> str:
    """`value` as one line of printable text: whitespace runs become single spaces, and
    bidirectional controls it leaves open are closed (see `close_bidi`)."""
    return close_bidi(" ".join(UNPRINTABLE.sub(" ", str(value)).split()))


def close_bidi(text: str) -> str:
    """`text` with the bidirectional embeddings, overrides and isolates it opens closed
    at its end.

    Right-to-left text may need them, but one left open runs on past the value: a title
    ending in U+202E (right-to-left override) prints the site's name after it backwards
    in the window title, and the rest of a line in a list backwards with it.
    """
    if not BIDI_CONTROLS.search(text):
        return text
    opened: list[str] = []  # the closer each open control needs, innermost last
    for char in BIDI_CONTROLS.findall(text):
        if char in BIDI_ISOLATES:
            opened.append("\u2069")
        elif char in BIDI_EMBEDDINGS:
            opened.append("\u202c")
        elif char == "\u202c":  # closes the innermost embedding, never across an isolate
            if opened and opened[-1] == "\u202c":
                opened.pop()
        elif "\u2069" in opened:  # U+2069 closes the innermost isolate and all inside it
            while opened.pop() != "\u2069":
                pass
    return text + "".join(reversed(opened))


def markdown_text(value: object) -> str:
    """Inline Markdown that renders as exactly `value`, on one line, with no markup."""
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    text = plain_text(value)
    escaped = html.escape(MARKDOWN_SPECIALS.sub(r"\\\1", text), quote=False)
    if escaped[:1] in LINE_START_SPECIALS:
        escaped = LINE_START_SPECIALS[escaped[0]] + escaped[1:]
    return escaped


def html_text(value: object) -> Markup:
    """Text for a raw HTML context (where Markdown is not processed): entities only."""
    if value is None:
        return Markup("")
    return Markup(html.escape(plain_text(value), quote=True))


# Characters Python-Markdown's inline patterns act on before they set raw HTML aside
# (code spans, backslash escapes, links and images): in an attribute on a line Markdown
# processes, a backtick there pairs with one in the text and makes a code span of the
# tag. As numeric entities they are the same characters to the browser and to Pagefind.
_MARKDOWN_ACTIVE = {ord(c): f"&#{ord(c)};" for c in "`\\[]!*_"}


def markdown_attribute(value: object) -> Markup:
    """Text for an HTML attribute on a line Markdown processes (a paragraph, or a tag
    with `markdown="span"`): entities, and Markdown's active characters as entities."""
    return Markup(str(html_text(value)).translate(_MARKDOWN_ACTIVE))


def safe_url(value: object) -> Markup:
    """An http(s) URL fit for a Markdown link target or an href; anything else is dropped."""
    url = str(value or "").strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return Markup("")
    if scheme not in ("http", "https"):
        return Markup("")
    return Markup(html.escape(quote(url, safe=":/?#[]@!$&'*+,;=%~"), quote=True))


def highlight(sentence: str, fragment: str) -> Markup:
    """`sentence` as inline Markdown with `fragment` in bold.

    A whole-number occurrence is preferred, so that "40" is not bolded inside "2,400".
    """
    at = _bounded_find(sentence, fragment) if fragment else -1
    if at < 0 and fragment:
        at = sentence.find(fragment)
    if at < 0:
        return Markup(markdown_text(sentence))
    before, after = sentence[:at], sentence[at + len(fragment) :]
    spacer_before = " " if before.endswith(" ") else ""
    spacer_after = " " if after.startswith(" ") else ""
    return Markup(
        markdown_text(before)
        + spacer_before
        + "**"
        + markdown_text(fragment)
        + "**"
        + spacer_after
        + markdown_text(after)
    )


def highlight_html(sentence: str, fragments: list[str]) -> Markup:
    """`sentence` as HTML with each of `fragments` in `<b>`, for a raw HTML cell.

    The cell a row group of the figures table shares (one sentence, several figures):
    each figure is found as `highlight` finds it, and one that overlaps a figure found
    before it, or is not in the sentence, stays plain.
    """
    spans: list[tuple[int, int]] = []
    for fragment in filter(None, fragments):
        for at in _places(sentence, fragment):
            end = at + len(fragment)
            if all(end <= start or at >= stop for start, stop in spans):
                spans.append((at, end))
                break
    parts: list[str] = []
    done = 0
    for start, stop in sorted(spans):
        # <b>, not <strong>: drawn the same (the browser's bold, no rule of Material's
        # for either), the figure brought to the eye rather than stressed, and 10 B
        # shorter, three or four times on every briefing (issue 14).
        parts += [_cell_text(sentence[done:start]), "<b>", _cell_text(sentence[start:stop])]
        parts.append("</b>")
        done = stop
    parts.append(_cell_text(sentence[done:]))
    return Markup("".join(parts))


def _places(sentence: str, fragment: str) -> Iterator[int]:
    """Where `fragment` stands in `sentence`, in `highlight`'s order of preference: where
    it stands alone (see `_bounded_find`) first, then anywhere."""
    anywhere = []
    at = sentence.find(fragment)
    while at >= 0:
        anywhere.append(at)
        at = sentence.find(fragment, at + 1)
    alone = [at for at in anywhere if _alone(sentence, at, fragment)]
    yield from alone
    yield from (at for at in anywhere if at not in alone)


def _cell_text(part: str) -> str:
    """A piece of a sentence as HTML text; whitespace at its ends kept, as plain_text
    would drop it (the pieces are joined back into one line)."""
    core = plain_text(part)
    if not core:
        return " " if part[:1].isspace() or part[-1:].isspace() else ""
    lead = " " if part[:1].isspace() else ""
    tail = " " if part[-1:].isspace() else ""
    return lead + html.escape(core, quote=False) + tail


def _word_char(character: str) -> bool:
    return character.isalnum() or character == "_"  # what `\w` matches


def _alone(sentence: str, at: int, fragment: str) -> bool:
    """No word character, `.` or `,` just before `fragment` at `at`, no word character
    just after (`(?<![\\w.,])fragment(?!\\w)`)."""
    end = at + len(fragment)
    free_before = at == 0 or not (_word_char(sentence[at - 1]) or sentence[at - 1] in ".,")
    return free_before and (end == len(sentence) or not _word_char(sentence[end]))


def _bounded_find(sentence: str, fragment: str) -> int:
    """Where `fragment` first stands alone (`_alone`), without compiling a regular
    expression per figure, which cost seconds on a large site."""
    at = sentence.find(fragment)
    while at >= 0:
        if _alone(sentence, at, fragment):
            return at
        at = sentence.find(fragment, at + 1)
    return -1


def _escaped_paragraphs(text: str) -> list[str]:
    """A quotation's paragraphs (split at blank lines), each Markdown-escaped text."""
    return [markdown_text(part) for part in re.split(r"\n\s*\n", text) if part.strip()]


def quote_paragraphs(text: str) -> Markup:
    """A quotation's paragraphs as `<p>` elements on one line, for a block quote written
    inside a Markdown list item (an actor page's briefing), where `> ` is not block
    syntax; each paragraph is Markdown-escaped text, as every printed value."""
    return Markup("".join(f"<p>{paragraph}</p>" for paragraph in _escaped_paragraphs(text)))


def blockquote(text: str) -> Markup:
    """A Markdown block quote keeping the quotation's paragraphs."""
    paragraphs = _escaped_paragraphs(text)
    return Markup("\n>\n".join(f"> {paragraph}" for paragraph in paragraphs) or "> ")
