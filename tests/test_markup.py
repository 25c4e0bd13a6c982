"""Escaping helpers that templates rely on to show article text as text."""

from __future__ import annotations

from generator.pages.markup import highlight, markdown_text, safe_url


def test_highlight_bolds_the_figure_not_a_digit_run_inside_another_number() -> None:
    assert highlight("About 2,400 dock workers, 40 ships.", "40") == (
        "About 2,400 dock workers, **40** ships\\."
    )


def test_highlight_falls_back_to_the_first_occurrence() -> None:
    assert highlight("once-70,000 inhabitants", "70,000") == "once\\-**70,000** inhabitants"


def test_markdown_text_cannot_make_links_or_html() -> None:
    text = markdown_text("[x](javascript:alert(1)) <b>bold</b>")
    assert "](" not in text.replace("\\](", "")
    assert "<" not in text


def test_safe_url_accepts_only_http() -> None:
    assert safe_url("javascript:alert(1)") == ""
    assert safe_url("https://example.com/a b") == "https://example.com/a%20b"
