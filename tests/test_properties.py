"""Property-based tests: random text, YAML and quotation marks never crash or inject markup.

Reading must turn any bytes into an Article or Diagnostics, never an exception;
extraction must survive any arrangement of quotation marks; and whatever comes out,
the rendered briefing page holds no `<` that the template did not write itself.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import markdown
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from generator.editing.corrections import build_briefing
from generator.extract import extract_document
from generator.model import Registry
from generator.pages.archive import build_archive
from generator.pages.markup import html_text, markdown_text
from generator.pages.render import make_environment, render_site
from generator.reading.content import read_article
from generator.settings import BUNDLED_TEMPLATES

FAST = settings(max_examples=60, deadline=None)
SLOW = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# No letter that starts a tag the templates write (a, d, p, s, t, ...), so any `<`
# followed by one of these characters in the output came from the article unescaped.
HOSTILE_ALPHABET = st.sampled_from(
    [
        *"<>&\"'`*_[](){}#+-.!|\\=?:/;% \n\t\x0c\u2028zqjkZQJK01",
        *["\u201c", "\u201d", "\u2018", "\u2019", "«", "»", "„", "\x02", "\x00"],
    ]
)
QUOTE_MARKS = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "«", "»", "„", "''", "``"]
WORDS = ["The", "minister", "said", "we", "will", "act", "now", "he", "told", "reporters", "."]
TEMPLATE_TAG = re.compile(r"</?(p|a|time|details|summary|span|div|strong|b|em|small|br)\b")
ALLOWED_HTML = {
    "h1", "h2", "h3", "p", "a", "br", "hr", "time", "details", "summary", "span", "div",
    "strong", "b", "em", "small", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "ul",
    "li",
}  # fmt: skip


def stray_angle_brackets(text: str) -> list[str]:
    """Every `<` in `text` that does not open one of the templates' own tags."""
    return [
        text[index : index + 12]
        for index in (match.start() for match in re.finditer("<", text))
        if not TEMPLATE_TAG.match(text, index)
    ]


@FAST
@given(st.text(HOSTILE_ALPHABET, max_size=200))
def test_escaped_text_has_no_markup(text: str) -> None:
    for escaped in (markdown_text(text), str(html_text(text))):
        assert "<" not in escaped and "\n" not in escaped
    html = markdown.markdown("\n".join([markdown_text(text)] * 2), extensions=["tables"])
    assert re.findall(r"<(\w+)", html) in ([], ["p"])


@FAST
@given(st.binary(max_size=2000))
def test_reading_any_bytes_never_raises(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.txt"
        path.write_bytes(data)
        article, diagnostics = read_article(path)
    assert article is not None or any(d.severity == "error" for d in diagnostics)


YAML_SCALARS = st.one_of(
    st.text(HOSTILE_ALPHABET, max_size=20),
    st.sampled_from(["2023-02-30", "2023-03-07", "[", "{", "&a x", "*a", "!!binary x", "~"]),
    st.sampled_from(["!!python/object/apply:os.system [ls]", "!!int x", "|", ">-", "@", "`"]),
)


@FAST
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["title", "date", "tags", "url", "slug", "summary", "x", "- a"]),
            YAML_SCALARS,
        ),
        max_size=6,
    )
)
def test_reading_any_front_matter_never_raises(fields: list[tuple[str, str]]) -> None:
    front = "".join(f"{key}: {value}\n" for key, value in fields)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.md"
        path.write_text(f"---\n{front}---\nA body.\n", encoding="utf-8", errors="replace")
        article, diagnostics = read_article(path)
    if article is None:
        assert any(d.severity == "error" for d in diagnostics)
        assert all(d.path.endswith("random.md") for d in diagnostics)


def quoted_text() -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(WORDS), st.sampled_from(QUOTE_MARKS), st.just("\n\n"))
    return st.lists(piece, min_size=1, max_size=40).map(" ".join)


@SLOW
@given(body=quoted_text())
def test_extraction_survives_any_quotation_marks(nlp: Language, body: str) -> None:
    extraction, problems = extract_document(nlp(body))
    assert problems == [], (body, problems)
    for quote in extraction.quotes:
        assert 0 <= quote.start <= quote.end <= len(body)
    for figure in extraction.figures:
        assert 0 <= figure.start <= figure.end <= len(body)


@SLOW
@given(
    body=st.one_of(quoted_text(), st.text(HOSTILE_ALPHABET, min_size=1, max_size=300)),
    title=st.text(HOSTILE_ALPHABET, min_size=1, max_size=40),
)
# A backtick in a tag's search-filter attribute paired with the tag's escaped backtick
# in the link text and made a code span of the markup (session 11).
@example(body="0", title="\x0c`")
def test_rendered_briefing_has_no_unescaped_angle_bracket(
    nlp: Language, body: str, title: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.md"
        path.write_text(
            f"---\ntitle: {title!r}\nsource: {title!r}\ntags: [{title!r}]\n---\n{body}\n",
            encoding="utf-8",
        )
        article, diagnostics = read_article(path)
    if article is None:
        assert any(d.severity == "error" for d in diagnostics)
        return
    extraction, _ = extract_document(nlp(article.body))
    briefing, _ = build_briefing(article, extraction, Registry())
    env = make_environment((BUNDLED_TEMPLATES,))
    pages = render_site(build_archive([briefing], Registry()), env, {"name": "T", "latest": 5})
    for name, text in pages.items():
        if not name.endswith(".md") or name == "search.md":  # search: no article text
            continue
        assert stray_angle_brackets(text) == [], name
        html = markdown.markdown(
            text, extensions=["tables", "admonition", "md_in_html", "pymdownx.details", "toc"]
        )
        assert set(re.findall(r"<(\w+)", html)) <= ALLOWED_HTML, name
