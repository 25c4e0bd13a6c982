"""The rest of a report after its own tag: "[Other firms might not be so lucky], he
said, and they could find it difficult to stay independent".

Wire and BBC copy often set the tag inside the reported sentence, after its first
clause, and go on with "and": "A typical episode was downloaded by 100,000 people, said
the report, and 20,000 of those were in the UK" (breadth sample of session 37). The
parser ends the report at the tag, so the page showed only the first clause. After
"but" the words are as often the writer's comparison ("Costs were 1.30, the company
said, but the price was just 1.18", editor's review), so they stay out. What
follows the tag's comma to the end of the sentence is the same speaker's report: it is
joined on as a second part, as a direct quotation split by its tag is
(`quotes.join_split_quotes`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract.report_runs import CLAUSE_SUBJECT_DEPS
from generator.extract.speech_cues import TAG_VERBS_PATTERN
from generator.extract.words import word_lists
from generator.model import Quote

#: Before the speaker: the report's comma and at most the cue ("..., said the report").
_BEFORE_SPEAKER = re.compile(r",\s*(?:[A-Za-z]+\s+)?")
#: After the speaker: at most the cue, the tag's closing comma and a coordinator.
_AFTER_SPEAKER = re.compile(
    r"(?:\s+[A-Za-z]+)?,\s+(?=" + "|".join(word_lists("quote_words")["rest_coordinators"]) + r"\s)"
)
_MARKS = re.compile("[\"\u201c\u201d\u2018\u2019]|''")
_TAG = re.compile(TAG_VERBS_PATTERN)
_VERB_POS = frozenset({"VERB", "AUX"})
#: Subjects that may be the speaker again, whose next act the writer tells.
_SPEAKER_PRONOUNS = frozenset({"he", "she", "i", "we"})


def rest_after_tag(doc: Doc, text: str, lead: Quote, others: list[Quote]) -> tuple[int, int] | None:
    """The `[start, end]` of the words that finish `lead`, a report cut by its own tag,
    or None. The tag is the speaker's mention with its cue and commas only; the rest
    opens on "and", runs to the end of its sentence on one line of the same
    paragraph, and holds no quotation mark, no tag of its own and no other quote."""
    if lead.speaker_start is None or lead.speaker_end is None or lead.speaker_start < lead.end:
        return None
    if not _BEFORE_SPEAKER.fullmatch(text, lead.end, lead.speaker_start):
        return None
    after = _AFTER_SPEAKER.match(text, lead.speaker_end)
    if after is None:
        return None
    start = after.end()
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or len(first) == 0:
        return None
    sentence = first[0].sent
    words = [t for t in doc[first[0].i : sentence.end] if not (t.is_punct or t.is_space)]
    if len(words) < 2:
        return None
    end = words[-1].idx + len(words[-1].text)
    rest = text[start:end]
    if "\n\n" in rest or _MARKS.search(rest) or _TAG.search(rest):
        return None
    if any(q is not lead and q.start < end and start < q.end for q in others):
        return None
    if not _own_clause_or_none(doc[words[0].i : words[-1].i + 1]):
        return None
    return start, end


def _own_clause_or_none(rest: Span) -> bool:
    """Whether the rest is verbless ("but a desire from men and women ...") or a clause
    with a subject of its own that is not "he" or "she": "..., he said, but declined
    to give details" and "..., she said, and she left the room" tell what the speaker
    did, which is the writer's account."""
    verbs = [t for t in rest if t.pos_ in _VERB_POS and not rest.start <= t.head.i < rest.end]
    if not verbs:
        return not any(t.pos_ in _VERB_POS for t in rest)
    subjects = [
        c
        for c in verbs[0].children
        if c.dep_ in CLAUSE_SUBJECT_DEPS and rest.start <= c.i < rest.end
    ]
    return bool(subjects) and subjects[0].lower_ not in _SPEAKER_PRONOUNS
