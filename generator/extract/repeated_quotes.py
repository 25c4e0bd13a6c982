"""One item per statement under "Who said what", when the article gives it twice.

Articles repeat what was said: a pull quote set in the text before the quotation it is
cut from ("I love women, and I've always tried ..." and, later, "I think of myself as a
fairly progressive guy. I love women, and I've always tried ..."), a sentence printed
twice, a report told in the lead and again lower down. Listed twice, the page says the
speaker said it twice, and a second report that the parse ran on past the statement
shows the writer's words as the speaker's (editor's blind review, session 33,
non-quotes). So of two published quotes of one source whose words are the same, or
one's words hold the other's whole, one goes:

- a quotation with no source at all (a pull quote set apart), when the other has one;
- the same words: the later one;
- a direct quotation inside a longer one: the shorter, a piece of the other (a pull
  quote); but a partial quotation before its full sentence is the story's lead-in to
  it, and `quotes._repeats` judges it;
- a report whose words run on past an earlier one's: the later, longer one, whose extra
  words are the parse's run-on, not a second statement.

"One source": the same speaker resolved, or the same mention; a quotation with no
speaker and no mention (a pull quote set apart) goes with the one that has a speaker.
"""

from __future__ import annotations

from generator.extract.quotes import plain_words
from generator.model import Quote

#: The fewest words two quotes share before they count as one statement.
MIN_SHARED_WORDS = 4


def without_repeats(quotes: list[Quote]) -> list[Quote]:
    """`quotes` (published, speakers resolved) without the repeats of one statement."""
    ordered = sorted(quotes, key=lambda q: (q.start, q.end))
    words = {id(q): plain_words(q.text) for q in ordered}
    dropped: set[int] = set()
    for i, first in enumerate(ordered):
        for second in ordered[i + 1 :]:
            if id(first) in dropped or id(second) in dropped or not _one_source(first, second):
                continue
            gone = _repeat(first, second, words[id(first)], words[id(second)])
            if gone is not None:
                dropped.add(id(gone))
    return [quote for quote in quotes if id(quote) not in dropped]


def _repeat(first: Quote, second: Quote, a: str, b: str) -> Quote | None:
    """Which of two quotes of one source repeats the other, or None."""
    if len(a.split()) < MIN_SHARED_WORDS or len(b.split()) < MIN_SHARED_WORDS:
        return None
    if a not in b and b not in a:
        return None
    if _sourced(first) != _sourced(second):
        return second if _sourced(first) else first  # the pull quote set apart, unsourced
    if a == b:
        return second
    if a in b:
        if first.kind == "direct" and second.kind == "direct":
            return first  # a pull quote before the quotation it is cut from
        if first.kind == "indirect" and second.kind == "indirect" and b.startswith(a):
            return second  # the same report, run on past its end
        return None
    if b in a and second.kind == first.kind and second.kind != "partial":
        return second
    return None


def _sourced(quote: Quote) -> bool:
    return quote.speaker is not None or bool(quote.speaker_mention)


def _one_source(first: Quote, second: Quote) -> bool:
    if first.speaker is not None and second.speaker is not None:
        return first.speaker == second.speaker
    if first.speaker is None and second.speaker is None:
        return (first.speaker_mention or "").lower() == (second.speaker_mention or "").lower()
    bare = first if first.speaker is None else second
    return not bare.speaker_mention
