"""A person's full name the model mislabels where it is written again: "aides say
Ivanka Trump also advises her father" tagged as a product, while "Ivanka Trump said"
named her a person. The mention was lost, so the story's turn to her was invisible and
her next "she said" went to the woman quoted before (issue 11: wrong speakers).

Each further occurrence of a person mention's words (a full name opening with a given
name, or a name that speaks: the subject of a reporting verb) that no mention covers
becomes a mention of that name, labelled a person: the same words name the same person.
A name the model merely labels a person once ("Mac Mini") is not spread so. Only where
the name stands alone, neither run on into a longer capitalised name ("Ivanka Trump
Collection") nor opened by one, and never in a Title Case heading ("Ted Cruz Apologizes
To Ben Carson"), where no capital tells a name's end.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.actors.glued_names import title_case_lines
from generator.extract.actors.mention import _Mention
from generator.extract.actors.names import _given_name_led_full
from generator.extract.actors.span_mention import _mention_from_span
from generator.extract.literal_search import whole_word_matches
from generator.reading.layout import doc_text

# Labels of a person's mention whose words may be looked for again.
PERSON_LABELS = frozenset({"PERSON"})


def named_again(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """Mentions for the uncovered occurrences of people's full names in `mentions`."""
    text = doc_text(doc)
    headings = list(title_case_lines(text))  # "Ted Cruz Apologizes To Ben Carson"
    names = {
        m.name
        for m in mentions
        if m.label in PERSON_LABELS and (_given_name_led_full(m.name) or m.speaks)
    }
    covered = [(m.start, m.end) for m in mentions]
    found: list[_Mention] = []
    for name in sorted(names):
        for start, end in whole_word_matches(text, name):
            if any(s < end and start < e for s, e in covered):
                continue
            if any(s <= start < e for s, e in headings):
                continue  # a heading's capitals run names and words together
            span = doc.char_span(start, end)
            if span is None or run_on_name(doc, span):
                continue
            mention = _mention_from_span(doc, Span(doc, span.start, span.end, label="PERSON"))
            if mention is not None:
                found.append(mention)
                covered.append((start, end))
    return found


def run_on_name(doc: Doc, span: Span) -> bool:
    """Whether the words are part of a longer capitalised name: a proper noun right
    after them, or right before them inside the sentence."""
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.pos_ == "PROPN" and after.is_title:
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    return (
        before is not None
        and not before.is_sent_start
        and before.pos_ == "PROPN"
        and before.is_title
        and before.sent == span[0].sent
    )
