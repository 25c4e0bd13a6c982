"""A relative named by a given name and the surname of a person of the article: after
"Senator Robert Hale", "Ivanka Hale, 34, could be an effective bridge to voters" names
his daughter. The small model often leaves such a name untagged, or tags only the
surname, so the sentence's "she" went to the last woman named before, and the
daughter was no actor of her own (issue 11: wrong speakers, missing actors).

A capitalised given name (`GIVEN_NAMES`, which holds no English word) right before a
full-name person's surname, that the person's own name does not open with, makes a
person of those two words: the same surname with another given name is another member
of the family ("Bob Hale" beside "Robert Hale" is merged back later, as the given-name
forms of one person are). Mentions of the surname alone inside the two words give way.
Not where the words run on into a longer name ("Ann" of "Mary Ann Hale", "Ivanka
Hale Collection"), nor in a Title Case heading, where no capital tells a name's end.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span

from generator.extract.actors.glued_names import title_case_lines
from generator.extract.actors.mention import _Mention
from generator.extract.actors.named_again import run_on_name
from generator.extract.actors.span_mention import _mention_from_span
from generator.extract.given_names import GIVEN_NAMES
from generator.extract.literal_search import whole_word_matches
from generator.reading.layout import doc_text


def relatives_named(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """`mentions` with a person's mention for each relative named by a given name and a
    full-name person's surname, and without the surname-only mentions those replace."""
    text = doc_text(doc)
    headings = list(title_case_lines(text))
    people = [m for m in mentions if m.label == "PERSON" and _full_name(m.name)]
    own_given: dict[str, set[str]] = defaultdict(set)
    for m in people:
        own_given[m.name.split()[-1]].add(m.name.split()[0])
    kept = list(mentions)
    for surname in sorted(own_given):
        for start, end in whole_word_matches(text, surname):
            span = doc.char_span(start, end)
            if span is None or len(span) != 1 or span.start == 0:
                continue
            given = doc[span.start - 1]
            if (
                given.text not in GIVEN_NAMES
                or given.text in own_given[surname]
                or text[given.idx + len(given.text) : start] != " "
                or any(s <= given.idx < e for s, e in headings)
                or run_on_name(doc, doc[given.i : span.end])
            ):
                continue
            name_start = given.idx
            if any(m.start <= name_start and end <= m.end for m in kept if m.start < start):
                continue  # a mention holds both words already
            inside = [m for m in kept if name_start <= m.start and m.end <= end]
            mention = _mention_from_span(doc, Span(doc, given.i, span.end, label="PERSON"))
            if mention is None:
                continue
            kept = [m for m in kept if m not in inside]
            kept.append(mention)
    return kept


def _full_name(name: str) -> bool:
    """Two to four capitalised words, the last a surname of letters ("Donald Trump",
    not "Trump" alone or "Flight 370")."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and words[-1].isalpha()
