"""The same voices of a body, named again bare: "Treasury officials said on Monday that
borrowing would rise ... Officials added that the deficit would narrow". The first
report gives the body (the officials speak for the Treasury, with the words kept as the
mention); the bare plural that goes on right after is those officials, so the body too.

Only when the report just before is that body's, by its name and that very noun
("Treasury officials", `_body_voices`), no clause of the writer's between brings
in a subject of its own ("Bankers said ... Officials added" is anyone's), and no name
stands right before the plural (a mention cut from another body's voices).
"""

from __future__ import annotations

from generator.extract.speakers.context import _Context
from generator.extract.speakers.lexicon import SPOKES_NOUNS
from generator.extract.speakers.name_text import _words
from generator.extract.speakers.reports import (
    _body_voices,
    _recent_reports,
    _subject_between_report,
)
from generator.model import Actor


def same_body_voices(ctx: _Context, words: list[str], start: int) -> Actor | None:
    """The body whose voices a bare plural ("officials", "sources") at `start` names
    again (see the module), or None."""
    if len(words) != 1 or words[0] not in SPOKES_NOUNS or not words[0].endswith("s"):
        return None
    report = next(_recent_reports(ctx, start), None)
    if report is None or report.actor is None or report.actor.type != "organization":
        return None
    said = _words(report.mention)
    if len(said) < 2 or said[-1] != words[0] or not _body_voices(ctx, report):
        return None
    if report.sent < ctx.sent_of(start) - 1 or _subject_between_report(ctx, report, start):
        return None
    if _after_a_name(ctx, start):
        return None
    return report.actor


def _after_a_name(ctx: _Context, start: int) -> bool:
    """Whether a name stands right before the plural, alone or set off by a comma
    ("Agricultural Stabilization and Conservation Service, ASCS, officials said"): the
    mention was cut from another body's voices."""
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].i == 0:
        return False
    before = ctx.doc[span[0].i - 1]
    if before.text == "," and before.i > 0:
        before = ctx.doc[before.i - 1]
    return before.pos_ == "PROPN" or (before.text[:1].isupper() and before.is_alpha)
