"""What every quote rule reads about one Doc, computed once, and what it hands on.

`_Ctx` holds the text, the quotation mask and the paragraph starts, so that rules never
re-join `Doc.text` per candidate (that made extraction quadratic); `_Attribution` is the
cue and speaker mention a rule found, before it becomes a `Quote`. The layout questions
several rules ask (a line break between two offsets, the writer's words before a
quotation, the headline) are answered here once.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from generator.extract.quotemarks import QuoteSpan


@dataclass
class _Attribution:
    """A speaker mention (as a Span, or as offsets when carried over) and its cue."""

    cue: str | None
    speaker: Span | None
    speaker_chars: tuple[int, int] | None = None
    speaker_text: str | None = None
    rule: str | None = None  # the attribution path, recorded on the Quote (provenance)

    @property
    def has_speaker(self) -> bool:
        return self.speaker is not None or self.speaker_chars is not None

    def fields(self) -> dict[str, object]:
        """Quote keyword arguments for this attribution."""
        if self.speaker is not None:
            return {
                "rule": self.rule,
                "cue": self.cue,
                "speaker_mention": self.speaker.text,
                "speaker_start": self.speaker.start_char,
                "speaker_end": self.speaker.end_char,
            }
        if self.speaker_chars is not None:
            return {
                "rule": self.rule,
                "cue": self.cue,
                "speaker_mention": self.speaker_text,
                "speaker_start": self.speaker_chars[0],
                "speaker_end": self.speaker_chars[1],
            }
        return {"cue": self.cue, "rule": self.rule}


@dataclass
class _Ctx:
    """What one call needs again and again, computed once per Doc.

    `Doc.text` re-joins every token on each access, so reading it per quotation or per
    candidate verb made extraction quadratic in the length of the article.
    """

    doc: Doc
    text: str
    inside: list[bool]  # per token: inside a quotation (marks included)
    para_starts: list[int]
    headline_end: int | None = None  # see _in_headline
    frames: dict[str, dict[int, list[dict[str, int]]]] | None = None  # see _frame_matches
    token_frames: dict[str, dict[int, list[int]]] | None = None  # see _token_frame_ends


def _line_break_between(ctx: _Ctx, a: int, b: int) -> bool:
    """Whether the text between two offsets (in either order) runs over a line break:
    the small model parses across paragraphs, and no attribution does."""
    lo, hi = (a, b) if a <= b else (b, a)
    return "\n" in ctx.text[lo:hi]


def _paragraph_start(ctx: _Ctx, offset: int) -> int:
    """Start offset of the paragraph holding `offset`.

    The parser's sentences may run over a paragraph break (a quotation paragraph glued
    to the lead-in above it), so the writer's words before a quotation are looked for
    from the later of the sentence start and the paragraph start.
    """
    starts = ctx.para_starts
    index = bisect.bisect_right(starts, offset) - 1
    return starts[index] if index >= 0 else 0


def _before_chars(ctx: _Ctx, qspan: QuoteSpan, quote: Span) -> tuple[int, int]:
    """Offsets of the writer's words before the opening mark, in the quotation's sentence
    (empty where the quotation opens a sentence of its own)."""
    start = max(quote[0].sent.start_char, _paragraph_start(ctx, qspan.start))
    text = ctx.text
    end = max(start, qspan.start - 1)
    while end > start and text[end - 1] in "'\u201c":  # '' marks, ““ typed twice
        end -= 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    # "... said of their time there. ''They'd do the dance'': the parser missed a full
    # stop before the mark; the quotation opens a sentence of its own.
    if end - start > 1 and text[end - 1] in ".?!":
        return end, end
    return start, end


def _before_in_sentence(ctx: _Ctx, qspan: QuoteSpan, quote: Span) -> str:
    """The writer's words before the opening mark, in the quotation's sentence."""
    start, end = _before_chars(ctx, qspan, quote)
    return ctx.text[start:end]


def _inside_mask(doc: Doc, text: str, spans: list[QuoteSpan]) -> list[bool]:
    """For each token, whether it lies inside a quotation (marks included)."""
    mask = [False] * len(doc)
    for qspan in spans:
        span = doc.char_span(
            max(0, qspan.start - 1), min(len(text), qspan.end + 1), alignment_mode="expand"
        )
        if span is None:
            continue
        for i in range(span.start, span.end):
            mask[i] = True
    return mask


def _in_headline(ctx: _Ctx, qspan: QuoteSpan) -> bool:
    """Whether a quotation is in the headline: the first line, followed by a body.

    Headlines are written in title case and quote with short fragments
    (Senator: Plan Is a 'Proven Failure'), so neither capitals nor brevity mark a name
    or a scare quote there.
    """
    if ctx.headline_end is None:  # once per call: a text may be one long line
        end = ctx.text.find("\n")
        ctx.headline_end = end if end >= 0 and ctx.text[end:].strip() else -1
    return 0 <= qspan.end <= ctx.headline_end


def _quoted_share(start: int, end: int, ctx: _Ctx, doc: Doc) -> float:
    """Fraction of the tokens of a char span that lie inside quotation marks."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0.0
    return sum(ctx.inside[t.i] for t in span) / len(span)
