# ruff: noqa: RUF001, RUF002, RUF003 - quotation marks and apostrophes are the subject here
"""Pairing of quotation marks in raw news text, before any parsing.

Why a hand-written scanner rather than "every second mark closes": real articles mix
curly and straight marks, nest quotations (“... ‘...’ ...”), use the same characters as
apostrophes (don’t, Kyiv’s, ’90s, the teachers' union), and run quotations over several
paragraphs where each paragraph reopens the quotation and only the last one closes it.
Counting marks (as textacy does) fails on all of these; a small stack per paragraph,
with each mark classified from its neighbours, handles them in one linear pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.extract.punctuation import (
    DASH_CHARACTERS,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    STRAIGHT,
)
from generator.reading.layout import paragraph_spans

ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT + "`"
_MARK_RE = re.compile("[" + re.escape(ALL_MARKS) + "]")
_BEFORE_OPEN = set(" \t\n\r([{<-/:;,\u00a0" + DASH_CHARACTERS) | set(
    DOUBLE_OPEN + SINGLE_OPEN + STRAIGHT
)
_AFTER_CLOSE = set(" \t\n\r)]}>.,;:!?-…/\u00a0" + DASH_CHARACTERS) | set(
    DOUBLE_CLOSE + SINGLE_CLOSE + STRAIGHT
)


@dataclass(frozen=True)
class QuoteSpan:
    """One stretch of quoted words, inside one paragraph.

    `start`/`end` exclude the marks. A quotation running over several paragraphs yields
    one QuoteSpan per paragraph, chained by `continues` (the next paragraph reopens it)
    and `continued` (this one reopens the previous). `unclosed` marks a quotation whose
    closing mark is missing: it is taken to end with its paragraph.
    """

    start: int
    end: int
    open_char: str
    continued: bool = False
    continues: bool = False
    unclosed: bool = False

    @property
    def double(self) -> bool:
        """Double marks quote speech; single ones are nested, British or scare quotes."""
        return self.open_char not in SINGLE_OPEN + "'`"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: quotations are paired within paragraphs.

    The one definition of generator.reading.layout, so that a quotation is never cut at a mere
    line break (wire copy is hard-wrapped) and the headline line is a paragraph apart.
    """
    return paragraph_spans(text)


def _is_double(char: str) -> bool:
    return char in DOUBLE_OPEN + DOUBLE_CLOSE + '"'


def _roles(text: str, i: int) -> tuple[bool, bool]:
    """Whether the mark at `i` can open and whether it can close a quotation.

    Decided from its neighbours only: a mark after a space and before a word opens, one
    after a word and before a space or punctuation closes; a single mark between two
    letters or digits is an apostrophe and does neither.
    """
    char = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if char in DOUBLE_OPEN:
        return True, False
    if char in DOUBLE_CLOSE:
        return False, True
    if char in SINGLE_OPEN or char == "`":
        if nxt.isdigit() and re.match(r"\d0s\b", text[i + 1 : i + 5]):
            return False, False  # ‘90s written with the wrong mark
        return nxt not in " \t\n", False
    if char in "'’" or char in SINGLE_CLOSE:
        if prev.isalnum() and nxt.isalnum():
            return False, False  # don't, Kyiv's
        if char != "'" and (prev in _BEFORE_OPEN) and nxt.isdigit():
            return False, False  # ’90s
        if char == "'" and prev in _BEFORE_OPEN and nxt.isdigit():
            return False, False
        can_open = char == "'" and prev in _BEFORE_OPEN and nxt not in " \t\n"
        can_close = (prev not in " \t\n") and (nxt in _AFTER_CLOSE)
        return can_open, can_close
    # straight double mark
    if prev.isalnum() and _WIRE_APOSTROPHE_RE.match(text, i):
        return False, False  # wire copy's country"s, 1985"s, don"t: an apostrophe typed as "
    can_open = prev in _BEFORE_OPEN and nxt not in " \t\n\r"
    can_close = prev not in " \t\n\r" and not nxt.isalnum()
    if not can_open and not can_close:
        can_open = can_close = True  # e.g. "a "b" c" with odd spacing: decide by state
    return can_open, can_close


# A straight double mark between a word and a contraction or possessive ending.
_WIRE_APOSTROPHE_RE = re.compile(r'"(?:s|t|re|ll|ve|d|m)\b')


def _compatible(open_char: str, close_char: str) -> bool:
    """Whether a closing mark may end a quotation opened with `open_char`."""
    if _is_double(open_char):
        return _is_double(close_char)
    return not _is_double(close_char)


_DOUBLE_APOSTROPHE_RE = re.compile("''")


def _fold_double_apostrophes(text: str) -> str:
    """Two apostrophes as one double mark: ''Like this,'' in some newspaper archives.

    Read as two single marks, they left a stray ' at both ends of every quotation. The
    pair becomes a space and a straight double mark, on the side of the words (' "' to
    open, '" ' to close), so that offsets and the marks' neighbours stay as they were.
    """
    if "''" not in text:
        return text
    chars = list(text)
    for match in _DOUBLE_APOSTROPHE_RE.finditer(text):
        i = match.start()
        before = text[i - 1] if i > 0 else " "
        after = text[i + 2] if i + 2 < len(text) else " "
        opens = (before.isspace() or before in "([{</" + DASH_CHARACTERS) and not after.isspace()
        chars[i : i + 2] = [" ", '"'] if opens else ['"', " "]
    return "".join(chars)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every outermost quoted stretch in `text`, in order; never raises.

    Linear in the length of the text: one regex pass over the marks, a small stack per
    paragraph. Nested quotations are folded into the outer one.
    """
    text = _fold_double_apostrophes(text)
    paras = paragraphs(text)
    raw: list[QuoteSpan] = []
    carried: str | None = None  # opening mark of a quotation that runs on from above
    for index, (p_start, p_end) in enumerate(paras):
        spans, still_open = _pair_paragraph(text, p_start, p_end, carried)
        raw.extend(spans)
        carried = None
        if still_open is not None:
            open_pos, open_char, continued = still_open
            next_start = paras[index + 1][0] if index + 1 < len(paras) else None
            reopens = (
                next_start is not None
                and text[next_start] in DOUBLE_OPEN + SINGLE_OPEN + STRAIGHT
                and _compatible(open_char, text[next_start])
                and _roles(text, next_start)[0]
            )
            _add_span(
                raw,
                text,
                open_pos,
                p_end,
                open_char,
                continued,
                continues=reopens,
                unclosed=not reopens,
            )
            if reopens:
                carried = open_char
    return _outermost(raw)


def _pair_paragraph(
    text: str, p_start: int, p_end: int, carried: str | None
) -> tuple[list[QuoteSpan], tuple[int, str, bool] | None]:
    """Pair the marks of one paragraph; return closed spans and the outermost open mark.

    `carried` is set when the paragraph reopens a quotation from the paragraph above:
    its first mark is then the reopening mark.
    """
    stack: list[tuple[int, str, bool]] = []  # (position, char, continued)
    spans: list[QuoteSpan] = []
    first = True
    for match in _MARK_RE.finditer(text, p_start, p_end):
        i = match.start()
        char = text[i]
        can_open, can_close = _roles(text, i)
        if first and carried is not None and i == p_start:
            stack.append((i, char, True))
            first = False
            continue
        first = False
        if _doubled_opener(text, i, stack):
            # ““Like this” or “”Like this”: an opening mark typed twice opens one quotation
            stack[-1] = (i, stack[-1][1], stack[-1][2])
            continue
        if can_close and stack:
            # close the innermost compatible opener; drop single openers in between,
            # which were apostrophes after all
            depth = len(stack) - 1
            while depth >= 0 and not _compatible(stack[depth][1], char):
                if _is_double(stack[depth][1]):
                    depth = -1
                    break
                depth -= 1
            if depth >= 0:
                pos, open_char, continued = stack[depth]
                del stack[depth:]
                _add_span(spans, text, pos, i, open_char, continued)
                continue
        lost_end = _lost_close_before_lead_in(text, i, stack) if can_open else None
        if lost_end is not None:
            # “I've lost three years. He added: “The authorities...”: a new quotation,
            # introduced by its own colon, while one is open. The open one lost its
            # closing mark at its last sentence end; the words between are narration.
            pos, open_char, continued = stack.pop()
            _add_span(spans, text, pos, lost_end, open_char, continued, unclosed=True)
            stack.append((i, char, False))
            continue
        if can_open and _reopens_inline(text, i, p_start, stack):
            # “... one sentence. “Next sentence ...”: a paragraph break lost in the
            # source (the BBC set runs paragraphs together); the open quotation ends
            # before this mark and a new one, continuing it, starts here.
            pos, open_char, continued = stack.pop()
            _add_span(spans, text, pos, i, open_char, continued, continues=True)
            stack.append((i, char, True))
            continue
        if can_open:
            stack.append((i, char, False))
    outer = next((entry for entry in stack if _is_double(entry[1])), None)
    return spans, outer


def _doubled_opener(text: str, i: int, stack: list[tuple[int, str, bool]]) -> bool:
    """Whether the double mark at `i` repeats the opening mark just before it (“” or ““
    typed before a word): there is no empty quotation, the words after it are quoted."""
    return (
        bool(stack)
        and stack[-1][0] == i - 1
        and _is_double(stack[-1][1])
        and _is_double(text[i])
        and i + 1 < len(text)
        and text[i + 1].isalnum()
    )


def _lost_close_before_lead_in(text: str, i: int, stack: list[tuple[int, str, bool]]) -> int | None:
    """Where the open straight quotation ended, when the straight " at `i` opens a new
    one after a colon (`He added: "The`) and a sentence ended in between; else None.

    A mark after a colon introduces speech; a nested quotation would take single marks.
    So the open quotation lost its closing mark at the last sentence end before the
    lead-in, and what follows that end is the writer's narration.
    """
    if text[i] != '"' or len(stack) != 1 or stack[-1][1] != '"':
        return None
    if i + 1 >= len(text) or not text[i + 1].isalnum():
        return None
    if not re.search(r":\s+$", text[max(0, i - 3) : i]):
        return None
    opened = stack[-1][0]
    ends = [m.end() for m in re.finditer(r"[.?!…](?=\s+[A-Z])", text[opened + 1 : i])]
    return opened + 1 + ends[-1] if ends else None


def _reopens_inline(text: str, i: int, p_start: int, stack: list[tuple[int, str, bool]]) -> bool:
    """Whether the straight double mark at `i` reopens the open straight quotation.

    A straight " that can only open (after a space, before a word), while a straight "
    is open, and right after the end of a sentence (`. "We`), cannot be a nested
    quotation (those take single marks): the closing mark of a quotation paragraph was
    left out, as news style does when the next paragraph reopens the quotation.
    """
    if text[i] != '"' or not stack or stack[-1][1] != '"':
        return False
    if i + 1 >= len(text) or not (text[i + 1].isalnum() or text[i + 1] in "'‘"):
        return False
    before = text[max(p_start, i - 3) : i]
    return bool(re.search(r"[.?!…][)\]]?\s+$", before)) and len(stack) == 1


def _add_span(
    spans: list[QuoteSpan],
    text: str,
    open_pos: int,
    end: int,
    open_char: str,
    continued: bool,
    *,
    continues: bool = False,
    unclosed: bool = False,
) -> None:
    """Add the quotation from the mark at `open_pos` to `end`, past the whitespace at
    either end; nothing when only whitespace is quoted. The one way every branch of
    the pairing (a closing mark, a lost one, a paragraph's end) ends a quotation."""
    start, end = _strip(text, open_pos + 1, end)
    if end > start:
        spans.append(
            QuoteSpan(
                start, end, open_char, continued=continued, continues=continues, unclosed=unclosed
            )
        )


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink (start, end) past surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _outermost(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Drop spans nested in another one (a quotation inside a quotation)."""
    result: list[QuoteSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if result and span.start >= result[-1].start and span.end <= result[-1].end:
            continue
        result.append(span)
    return result
