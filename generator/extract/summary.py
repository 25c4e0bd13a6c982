"""An extractive summary: the few sentences that tell the story.

News puts the story first (the inverted pyramid), so sentence position weighs as much
as content: a sentence scores by the key terms (`keyterms`) and named entities it
holds, boosted near the top, and the best three to five are returned in article order
so that they read as a paragraph.

A summary sentence must stand on its own at the top of a briefing: datelines and agency
tags ("SEOUL, Aug. 20 (Yonhap) --", "WASHINGTON (CNN) —") are cut from its front
(`datelines`), lines that address the reader or speak of the page itself ("Please
share your videos", "This story has been updated") are never chosen
(`summary_sentences`), and a sentence that leans on the one before it ("He said ...",
"But ...", "That figure ...", "X agreed.") is chosen only together with that sentence
(`summary_openings`). This module chooses: the summary starts with the story, not with
the standfirst above its dated lead or a database record's abstract, and takes no
sentence cut from inside a speaker's quotation, no bracketed aside and no embedded post."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from generator.extract.datelines import lead_dateline_length, strip_dateline
from generator.extract.keyterms import ENTITY_LABELS, extract_keyterms
from generator.extract.speech_cues import REPORTING_VERBS
from generator.extract.summary_openings import (
    introduced_in,
    leans_back,
    name_introductions,
    previous_start,
    unattributed_quotation,
)
from generator.extract.summary_sentences import (
    PAGE_NOTE,
    QUOTE_OPENERS,
    SIGN_OFF,
    is_summary_candidate,
    last_paragraph,
)
from generator.reading.layout import doc_layout, doc_text, shown_text


def summary_length(sentence_count: int) -> int:
    """Three sentences for a short item, up to five for a long feature."""
    if sentence_count < 15:
        return 3
    return 4 if sentence_count < 40 else 5


def extract_summary(doc: Doc, terms: list[str] | None = None, body_start: int = 0) -> list[str]:
    """Three to five sentences, in article order, that summarise the article.

    Sentences before `body_start` are the headline's (and its deck's): the page shows
    the headline as the title, so the summary starts with the story.
    """
    story_start = _story_start(doc, body_start)
    interview = _interview_start(doc, story_start)
    notes = _wire_notes_start(doc, story_start)
    told = [
        sent
        for sent in map(last_paragraph, doc.sents)
        if story_start <= sent.start_char < interview
        and (sent.start_char < notes or _reports(sent))
    ]
    told = _mend_splits(told)
    story = [sent for sent in _close_quotations(told) if is_summary_candidate(sent)]
    story = _first_tellings(story)
    sentences = [sent for sent in story if not _inside_quotation(sent)]
    if not sentences:
        return _table_rows(doc, story_start, notes)
    terms = terms if terms is not None else extract_keyterms(doc, topn=15, shown=False)
    term_words = {word for term in terms for word in term.lower().split() if len(word) > 3}
    # One pass over the entities: Span.ents scans every entity of the Doc on each call,
    # which made long articles quadratic.
    entity_starts = Counter(ent.start for ent in doc.ents if ent.label_ in ENTITY_LABELS)
    scores: dict[int, float] = {}
    # ranked by position among all the story's sentences, a quotation's cut ones too
    ranks = {sent.start: rank for rank, sent in enumerate(story)}
    for sent in sentences:
        rank = ranks[sent.start]
        content = {token.lower_ for token in sent if token.is_alpha and not token.is_stop}
        entity_count = sum(entity_starts[i] for i in range(sent.start, sent.end))
        position = 1.0 / (1.0 + rank * 0.35)
        quoted = sent.text.lstrip()[:1] in QUOTE_OPENERS  # the story, not a voice in it
        scores[sent.start] = (
            len(content & term_words) * 0.4
            + min(entity_count, 4) * 0.3
            + position * 3.0
            - (1.5 if quoted else 0.0)
        )
    count = summary_length(len(story))  # the article's length, quotations and all
    ranked = sorted(
        (sent for sent in sentences if _quotes_closed(sent.text)),
        key=lambda sent: (-scores[sent.start], sent.start),
    )
    ranked = [sent for sent in ranked if not unattributed_quotation(sent)]
    best = _choose(ranked, count)
    return [
        _clean(sent.text, lead=not doc_text(doc)[story_start : sent.start_char].strip())
        for sent in sorted(best, key=lambda sent: sent.start)
    ]


# How many sentences after it a quotation opened in a sentence may close in, at most.
QUOTATION_REACH = 3


def _close_quotations(sentences: list[Span]) -> list[Span]:
    """The sentences, the story's lead joined with the sentences that close its
    quotation when the parser cut it at a stop inside it, in its paragraph: 'Trump
    argued that Cruz has "got to come a long way" because "Oil pays him a lot of money.
    He's got to be for oil, right?" during a speech in Iowa.' is the story's first
    sentence, and its halves are no summary sentences (a page of such sentences went
    without a summary). Only the lead: further down, a sentence that quotes at such
    length is a voice in the story, and the summary has others to choose from."""
    if not sentences:
        return sentences
    lead = _closed_unit(sentences[0], sentences[1 : 1 + QUOTATION_REACH])
    return [lead, *(sent for sent in sentences[1:] if sent.start >= lead.end)]


# How a piece of a sentence the parser cut off ends: with no stop, question, colon or
# semicolon (and any closing marks after it), so the text goes on in the next piece.
OPEN_END = re.compile(r"[^.!?:;\"'\u201d\u2019)\]\s][\"'\u201d\u2019)\]]*\s*$")


def _mend_splits(sentences: list[Span]) -> list[Span]:
    """The sentences, each one the parser cut in two inside its paragraph joined up again:
    "Sunday on Fox News channel's | “Sunday Morning Futures,” Rep. Darrell Issa said ..."
    was cut before the quotation mark, and the summary showed the sentence without its
    opening words. A piece ends open (`OPEN_END`) and the next follows it in the same
    paragraph; a line break between them (a headline, a list) keeps them apart."""
    mended: list[Span] = []
    for sent in sentences:
        if mended:
            last = mended[-1]
            between = sent.doc.text[last.start_char : sent.start_char]
            if (
                last.end == sent.start
                and OPEN_END.search(between)
                and "\n" not in between[len(between.rstrip()) :]
            ):
                mended[-1] = sent.doc[last.start : sent.end]
                continue
        mended.append(sent)
    return mended


def _closed_unit(sent: Span, following: list[Span]) -> Span:
    """`sent` with the following sentences of its paragraph up to the one that closes
    its quotations, or `sent` alone when they do not close or it opens none."""
    if (
        _quotes_closed(sent.text)
        or _inside_quotation(sent)
        or sent.text.lstrip()[:1] in QUOTE_OPENERS
    ):
        return sent  # nothing to close, or a quotation of its own
    end = sent
    for nxt in following:
        between = sent.doc[end.end : nxt.start]
        if (
            any(not token.is_space for token in between)
            or "\n" in nxt.doc[end.end - 1 : nxt.start].text
        ):
            break  # another paragraph, or a line the story dropped between
        unit = sent.doc[sent.start : nxt.end]
        if _quotes_closed(unit.text):
            return unit
        end = nxt
    return sent


# The notes a wire puts under a results table or a story, one paragraph or several:
# "NOTE: Full name Philippine Long Distance Telephone Co.", "Note - Prior year net
# excludes ...". In capitals or with a capital only, at a line's start, with its colon
# or dash.
WIRE_NOTE = re.compile(r"^[ \t]*N(?:OTES?|otes?)[ \t]*(?::|--?|\u2014)[ \t]*", re.M)


def _wire_notes_start(doc: Doc, story_start: int) -> int:
    """Where the wire's notes begin, after some of the story. A note is the desk's
    footnote to a results table ("Current qtr and year figures include gains on
    securities sales ..."), and the lines after a "NOTE:" line are mostly more of them:
    none of it tells the story, so a summary sentence after it must be a report
    (`_reports`). A note that opens the story is no candidate itself (`PAGE_NOTE`) and
    leaves the rest to the summary."""
    text = doc_text(doc)
    note = WIRE_NOTE.search(text, story_start)
    return note.start() if note and text[story_start : note.start()].strip() else len(text)


def _table_rows(doc: Doc, story_start: int, notes: int) -> list[str]:
    """The first three lines of a text with no sentence to summarise it: a results
    table's rows ("Shr 22 cts vs 24 cts", "Net 2,794,000 vs 2,993,000"), else its
    first lines as they are ("Storm warning for the coast"). A row holds a figure and
    says what it counts; a block's label ("Nine mths", "4th qtr") or a word the parser
    cut off its row ("prior") says nothing alone, the headline is the page's title, and
    the wire's notes come after the table."""
    lines = [
        sent
        for sent in doc.sents
        if story_start <= sent.start_char < notes
        and sent.text.strip()
        and not PAGE_NOTE.search(sent.text.strip())
    ]
    rows = [
        sent
        for sent in lines
        if _holds_figure([token for token in sent if not (token.is_space or token.is_punct)])
    ]
    return [_clean(sent.text) for sent in (rows or lines)[:3]]


def _holds_figure(words: list[Token]) -> bool:
    """Whether a table's line gives a figure with what it counts: digits and a word
    ("Sales 737,971", "Shr 28.3p vs 27.5p"), or a number in words in a row of three
    words or more ("Shr nil vs four cts"); not a label ("Nine mths") or a lone word."""
    if len(words) < 2:
        return False
    if any(char.isdigit() for word in words for char in word.text):
        return True
    return len(words) >= 3 and any(word.like_num for word in words)


def _reports(sent: Span) -> bool:
    """Whether someone says something in `sent`: its main verb reports, with its
    subject ("Company said common shares outstanding down significantly ..."), the one
    kind of line after a wire's notes that is the story's again. A reporting verb in a
    clause of a note ("losses which were charged against ...") is no report."""
    root = sent.root
    return root.lemma_ in REPORTING_VERBS and any(child.dep_ == "nsubj" for child in root.children)


# A label line of a news database's record, before the body proper: "ABSTRACT." heads
# the editor's one-line digest, "FULL TEXT." the story (the New York Times in PolNeAR).
FULL_TEXT_LABEL = re.compile(r"full text[.:]?", re.I)
# How many paragraphs into the body a standfirst may run before the dateline's paragraph.
STANDFIRST_PARAGRAPHS = 3


def _story_start(doc: Doc, body_start: int) -> int:
    """Where the story's own sentences start, at or after `body_start`.

    Lines between the headline and the story are the page's, not the story's: the
    subheadline or standfirst ("As hate speech toward migrants grows, so does debate on
    free expression.") above the paragraph that opens with the dateline ("BERLIN -
    ..."), and a database record's digest between its "ABSTRACT." and "FULL TEXT."
    labels, which repeats the lead. The summary starts at the dateline's paragraph, or
    after the "FULL TEXT." label.
    """
    text = doc_text(doc)
    paragraphs = [block for block in doc_layout(doc).blocks if block[0] >= body_start]
    for start, end in paragraphs[: STANDFIRST_PARAGRAPHS + 1]:
        if FULL_TEXT_LABEL.fullmatch(text[start:end].strip()):
            return end
    for index, (start, _) in enumerate(paragraphs[1 : STANDFIRST_PARAGRAPHS + 1], 1):
        if lead_dateline_length(text[start:]) and not any(
            lead_dateline_length(text[s:]) for s, _ in paragraphs[:index]
        ):
            return start
    return body_start


# An interview's lines: a question ("Q: Did the service take care of you?", "QWhat would
# have happened?" with the space lost) or an answer ("A: I think ...").
QA_LINE = re.compile(r"Q\s*[:.]\s|Q(?=[A-Z][a-z])|A\s*:\s")
ANSWER_LINE = re.compile(r"A\s*:\s")
# How many answers make a page an interview.
MIN_ANSWERS = 2


def _interview_start(doc: Doc, story_start: int) -> int:
    """Where a question-and-answer interview starts, or the end of the text.

    After the introduction, an interview's lines are the interviewer's questions and the
    guest's answers in the first person ("Q: Donald Trump supporters ... are reflecting a
    lot of anxiety", "The Republicans need significant independent support to win ...,
    and I don't see ..."): the guest's words, not the story's. The summary is the
    introduction's. A page is an interview when two paragraphs or more open with "A:".
    """
    text = doc_text(doc)
    blocks = [block for block in doc_layout(doc).blocks if block[0] >= story_start]
    if sum(1 for start, _ in blocks if ANSWER_LINE.match(text, start)) < MIN_ANSWERS:
        return len(text)
    return next((start for start, _ in blocks if QA_LINE.match(text, start)), len(text))


def _first_tellings(sentences: list[Span]) -> list[Span]:
    """The sentences without a repeat of one told before: a page that gives its first
    paragraph twice (once as a standfirst, once as the lead) would put it twice in the
    summary."""
    seen: set[str] = set()
    kept = []
    for sent in sentences:
        said = " ".join(sent.text.split()).lower()
        if said not in seen:
            seen.add(said)
            kept.append(sent)
    return kept


def _inside_quotation(sent: Span) -> bool:
    """Whether the sentence starts inside a quotation opened earlier in its paragraph.

    '... Stated Stone: "For anybody who thinks ... fraud is not common. The voting
    machine today is merely a computer."': the second sentence is the speaker's, cut
    from its quotation, and would read as the story's own claim.
    """
    doc = sent.doc
    text = doc_text(doc)
    start = max(
        (block[0] for block in doc_layout(doc).blocks if block[0] <= sent.start_char), default=0
    )
    if sent.text.lstrip()[:1] in QUOTE_OPENERS:
        return False  # a quotation of its own, closed or not (`_quotes_closed`)
    inside = False
    for mark in QUOTE_MARK.finditer(text, start, sent.start_char):
        inside = _opens(text, mark.start(), inside)
    return inside


QUOTE_MARK = re.compile('["\u201c\u201d]')


def _opens(text: str, at: int, inside: bool) -> bool:
    """Whether the quotation mark at `at` leaves the text inside a quotation.

    By its neighbours, not by counting: a quotation that runs over paragraphs opens
    each of them again without closing the one before ('... not to do it. "It would be
    naive ..."'), and the BBC's texts have lost many of those paragraph breaks.
    """
    mark = text[at]
    if mark != '"':
        return mark == "\u201c"
    before = text[at - 1 : at]
    after = text[at + 1 : at + 2]
    if (not before or before.isspace() or before in "([") and after and not after.isspace():
        return True  # an opening mark
    if before and not before.isspace():
        return False  # a closing mark
    return not inside


def _quotes_closed(text: str) -> bool:
    """Whether every quotation the sentence opens closes in it: a quotation that runs on
    into the next sentence would be shown cut in half ('Mr Fox said: "Sandra has ...')."""
    return not text.count('"') % 2 and text.count("\u201c") == text.count("\u201d")


def _choose(ranked: list[Span], count: int) -> list[Span]:
    """The best `count` sentences, where one leaning on its predecessor comes with it.

    A sentence that opens with a pronoun or a connective is taken only once the
    sentence right before it in the article is taken, so that the summary never says
    "He ..." or "But ..." about nothing.
    """
    chosen: dict[int, Span] = {}
    introductions = name_introductions(ranked[0].doc) if ranked else {}
    changed = True
    while changed and len(chosen) < count:
        changed = False
        for sent in ranked:
            if sent.start in chosen or len(chosen) == count:
                continue
            if leans_back(sent) and previous_start(sent) not in chosen:
                continue
            introduced = introduced_in(sent, introductions)
            if introduced is not None and introduced not in chosen:
                continue  # "Abney said ...": only after the sentence that names Jane Abney
            chosen[sent.start] = sent
            changed = True
            break  # rescan from the best: a taken sentence may admit one ranked above
    return list(chosen.values())


def _clean(text: str, lead: bool = False) -> str:
    """The sentence as shown: one line, without a dateline or an agency's sign-off.

    The story's `lead` sentence may open with a place and a single hyphen ("MIAMI -
    Democrats got ..."): only there is "BEIJING -" a dateline rather than a compound.
    """
    text = shown_text(" ".join(text.split()))
    text = strip_dateline(text, lead)
    return SIGN_OFF.sub("", text)
