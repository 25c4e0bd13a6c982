"""Key terms and an extractive summary: the few sentences that tell the story.

News puts the story first (the inverted pyramid), so sentence position weighs as much
as content: a sentence scores by the key terms and named entities it holds, boosted
near the top, and the best three to five are returned in article order so that they
read as a paragraph.

A summary sentence must stand on its own at the top of a briefing: datelines and agency
tags ("SEOUL, Aug. 20 (Yonhap) --", "WASHINGTON (CNN) —") are cut from its front, lines
that address the reader or speak of the page itself ("Please share your videos",
"This story has been updated") are never chosen, and a sentence that leans on the one
before it ("He said ...", "But ...", "That figure ...", "X agreed.") is chosen only
together with that sentence. The summary starts with the story, not with the standfirst
above its dated lead or a database record's abstract, and takes no sentence cut from
inside a speaker's quotation, no bracketed aside and no embedded post.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
from spacy.attrs import POS
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token

from generator.extract import figures_lexicon as lx
from generator.extract.keyterm_phrases import whole_term
from generator.extract.keyterm_rank import textrank
from generator.extract.literal_search import whole_word_matches
from generator.extract.pronouns import (
    DEMONSTRATIVES,
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    ORG_PRONOUNS,
    SECOND_PERSON_PRONOUNS,
    SUBJECT_POSSESSIVES,
    SUBJECT_PRONOUNS,
    THIRD_PERSON_POSSESSIVES,
)
from generator.extract.punctuation import DASH_CHARACTERS, DOUBLE_QUOTES
from generator.extract.speech_cues import REPORTING_VERBS
from generator.extract.words import word_lists, word_set
from generator.reading.layout import doc_layout, doc_story_end, doc_text, shown_text

KEYTERM_CANDIDATES = 30
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "EVENT", "FAC", "PRODUCT", "LAW"})
MIN_SENTENCE_TOKENS = 6
MAX_SENTENCE_TOKENS = 70
QUOTE_OPENERS = "\"'\u201c\u2018"
CALENDAR_WORDS = (
    word_lists("calendar")["weekdays"]
    | word_lists("calendar")["month_names"]
    | word_set(
        "today yesterday tomorrow week weekend month year last next this morning evening night"
    )
)
# Words that open a sentence continuing the one before: alone at the top of a summary
# they point at nothing.
CONNECTIVES = word_set(
    """
    and but or nor so yet also however meanwhile moreover furthermore besides still
    instead then thus therefore nevertheless nonetheless otherwise likewise similarly
    hence indeed conversely
    """
)
CONNECTIVE_PHRASES = frozenset(
    {
        "of course",
        "in addition",
        "in fact",
        "even so",
        "as a result",
        "at the same time",
        "on the other hand",
        "by contrast",
        "in turn",
    }
)
# Pronouns that need an antecedent when they are the subject ("He said", "It is",
# "This means") or its possessor ("His comments"); "This year" is no such subject.
ANAPHORA = (SUBJECT_PRONOUNS - SECOND_PERSON_PRONOUNS) | THIRD_PERSON_POSSESSIVES | DEMONSTRATIVES
# Determiners that always point back: "Such an offering", "The same day".
POINTERS = word_set("such")
# Words by which a page speaks to its reader or about itself, outside any quotation.
READER_WORDS = word_set("you your yours")
PAGE_NOUNS = word_set("story article report video gallery page newsletter")
# A dateline, an agency tag or both, then a dash: "SEOUL, Aug. 20 (Yonhap) --",
# "WASHINGTON (CNN) —", "(CNN) --", "LONDON, March 3 -", "KYIV, Ukraine (AP) —", and a
# date alone before an agency, as wires resold without the place give it: "Aug 27 (Reuters) -".
PLACE = r"[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3}"
# The state or country after the place: "CHICO, Calif.", "DES MOINES, Iowa", and the
# postal-style abbreviations of American papers, "MANCHESTER, N.H.", "MYRTLE BEACH, S.C.".
REGION = r",\s*(?:[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+)?|(?:[A-Z]\.){2,3})"
MONTH_DAY = r"[A-Z][a-z]{2,8}\.?\s\d{1,2}"
DATE = rf",\s*{MONTH_DAY}"
AGENCY = r"\([A-Z][\w.&'/-]*(?:\s[A-Z][\w.&'/-]*){0,3}\)"
DASH = f"(?:--|[{DASH_CHARACTERS}]|-)"  # "WASHINGTON \u2015 ": HuffPost's bar too
DATELINE = re.compile(
    rf"^\s*(?:(?P<place>{PLACE})(?:{REGION})?(?P<date>{DATE})?\s*|{MONTH_DAY}\s+(?=\())?"
    rf"(?P<agency>{AGENCY})?\s*(?P<dash>{DASH})\s+(?=\S)"
)
# A sentence that opens with a nickname in quotation marks and the surname after it
# ('"Pete" Silas said ...') is the tail of one the parser cut after the initials before
# the nickname ("Phillips Petroleum Co Chairman C. J."): shown, it lacks its opening words.
NICKNAME_OPENING = re.compile(r"[\"\u201c][A-Z][a-z]+[\"\u201d]\s+[A-Z][a-z]")
# A sentence broken off: a dash right before its full stop ("... the Mexicans —.").
BROKEN_OFF = re.compile(rf"(?:--|[{DASH_CHARACTERS}])\s*[.!][\"'\u201d\u2019)]*$")
# How a sentence ends: a full stop or an exclamation, then perhaps closing quotes. A line
# ending in a quotation mark alone is a headline ("UK economy facing 'major risks'").
SENTENCE_END = re.compile(r"[.!][\"'\u201d\u2019)]*$")
# An agency's sign-off after the last sentence ("... next month.     REUTER").
SIGN_OFF = re.compile(r"(?<=[.!?\"'\u201d\u2019])\s+[A-Z]{3,}$")


# Words that only say how a figure is counted: a term of them alone ("mln dlrs") or one
# that starts or ends with them ("pct stake", "cts prior") is a figure's leftover.
UNIT_WORDS = (
    lx.UNIT_ONLY | set(lx.SCALE_WORDS) | set(lx.CURRENCY_SUFFIXES) | set(lx.MINOR_CURRENCY)
) | word_set("dlr dlrs")


def extract_keyterms(doc: Doc, topn: int = 8, shown: bool = True) -> list[str]:
    """The `topn` terms that characterise the article, varied rather than repetitive.

    `shown`: the terms a briefing lists for readers (`choose_keyterms`); otherwise the
    terms the summary ranks its sentences by.
    """
    return choose_keyterms(doc, rank_keyterms(doc), topn, shown)


def rank_keyterms(doc: Doc) -> list[str]:
    """Candidate terms, best first: the most frequent named entities, then TextRank's.

    TextRank is the dearest step of extraction, so it is run once per article and its
    ranking shared by the summary and the listed terms (`choose_keyterms`).
    """
    if not doc.has_annotation("DEP") or len(doc) == 0:
        return []
    try:
        ranked = [term for term, _ in textrank(doc, normalize="orth", topn=KEYTERM_CANDIDATES)]
    except (ValueError, ZeroDivisionError, KeyError):
        ranked = []
    entities = Counter(
        _clean_term(ent.text) for ent in doc.ents if ent.label_ in ENTITY_LABELS
    ).most_common(3)
    return [name for name, count in entities if count > 1] + ranked


def choose_keyterms(doc: Doc, candidates: list[str], topn: int, shown: bool = True) -> list[str]:
    """The first `topn` candidates that are good terms and not near-duplicates.

    TextRank alone returns near-duplicates ("Russian forces", "Russian soldiers"); a
    term is skipped when it shares half of its words with one already chosen.

    A term `shown` to readers must also be said in the story's own statements
    (`_statements`), without the unit words at its ends ("pct stake" is a stake): wire
    copy's results tables, labels and sign-off ("Shr", "Revs", "NOTE", "Pay April",
    "REUTER"), a figure's units ("mln dlrs") and the headline's own wording are not
    what the story is about. It must be a whole phrase or a whole name where it stands
    (`keyterm_phrases.whole_term`), never a cut name, a clause, a role glued to a name
    or a graded snippet. The summary keeps ranking its sentences by every term.
    """
    chosen: list[str] = []
    chosen_words: list[set[str]] = []
    text = doc_text(doc)
    statements = _statements(doc) if shown else []
    names = {ent.text for ent in doc.ents} if shown else set()
    people = {ent.text for ent in doc.ents if ent.label_ == "PERSON"} if shown else set()

    def said(name: str) -> bool:
        return _said_in_statements(name, statements, names)

    for candidate in candidates:
        if shown:  # "<Sumitomo Aluminium Smelting Co Ltd>": a wire tag's brackets
            term = _unit_free(_clean_term(candidate.replace("<", " ").replace(">", " ")))
        else:
            term = _clean_term(candidate)
        term = _whole_compound(term, text)
        if shown:  # a whole phrase or a whole name, or nothing (keyterm_phrases)
            term = whole_term(doc, term, UNIT_WORDS, said) or ""
        words = set(term.lower().split())
        if not _is_good_term(term, term in people or (shown and len(term.split()) > 2)):
            continue
        if any(_overlap(words, seen) >= 0.5 for seen in chosen_words):
            continue
        if shown and not _said_in_statements(term, statements, names):
            continue
        chosen.append(term)
        chosen_words.append(words)
        if len(chosen) == topn:
            break
    return chosen


def _whole_compound(term: str, text: str) -> str:
    """The term with the front of a hyphenated compound it was cut from.

    TextRank works on tokens, and spaCy splits "72-hour strike" and "anti-war protest"
    at the hyphen, so the term comes out as "hour strike" or "war protest". Where the
    text always writes it after a hyphen, the whole compound is the term (and one with
    a number in it is then left out with the other figures).
    """
    starts = []
    at = text.find(term) if term else -1
    while at >= 0:  # str.find, not a pattern compiled for every term of every article
        starts.append(at)
        at = text.find(term, at + len(term))
    if not starts or any(text[i - 1 : i] != "-" for i in starts):
        return term
    front = re.search(r"[\w.]+(?:-[\w.]+)*-$", text[max(0, starts[0] - 40) : starts[0]])
    return front.group(0) + term if front else term


def _unit_free(term: str) -> str:
    """The term without the unit words at its ends ("pct stake" -> "stake")."""
    words = term.split()
    while words and words[0] in UNIT_WORDS:  # lower case only: "CTS Corp" is a name
        words.pop(0)
    while words and words[-1] in UNIT_WORDS:
        words.pop()
    return " ".join(words)


def _statements(doc: Doc) -> list[str]:
    """The text of each statement, with its words one space apart.

    The small model sometimes ends a sentence inside a line, at a wire tag ("Union Faith
    is equally owned by <" | "Hutchison Whampoa Ltd> and ..."); the rest of that line
    belongs to the statement it was cut from. The author's note that closes some
    articles ("AWR Hawkins is the Second Amendment columnist for ...") is not the story's
    (`doc_story_end`), so a term said only there is no key term of it.
    """
    statements: list[str] = []
    previous: Span | None = None
    previous_kept = False
    story_end = doc_story_end(doc)
    for sent in doc.sents:
        if sent.start_char >= story_end:
            break
        kept = _is_statement(sent) or (
            previous is not None and previous_kept and _cut_mid_line(previous)
        )
        if kept:
            text = LABEL.sub("", SIGN_OFF.sub("", sent.text).strip())  # "NOTE: in qtr ..."
            statements.append(" ".join(text.split()))
        previous, previous_kept = sent, kept
    return statements


def _cut_mid_line(sent: Span) -> bool:
    """Whether the sentence stops inside a line without ending as a sentence does."""
    text = sent.text
    stripped = text.rstrip()
    return "\n" not in text[len(stripped) :] and not STATEMENT_END.search(stripped)


def _said_in_statements(term: str, statements: list[str], names: set[str]) -> bool:
    """Whether the term stands, as whole words, in one of the story's statements.

    A single word that is no named entity must stand there inside a sentence, not only
    at its start, where any word has a capital ("Net includes ...", "Sales rose ...").
    """
    inside = " " not in term and term not in names
    return any(
        start > 0 or not inside
        for sentence in statements
        for start, _ in whole_word_matches(sentence, term)
    )


def _clean_term(term: str) -> str:
    term = re.sub(r"['\u2019]s$", "", " ".join(term.split()))
    return term.strip(" \"'\u201c\u201d\u2018\u2019.,;:")


def _is_good_term(term: str, person: bool = False) -> bool:
    """Skip fragments of figures ("m grant" from "£400m grant") and very short terms.

    A `person`'s name may open with an initial ("M.W. Deo"), and so may a name of three
    words or more ("U.S. Feedgrains Council"); shorter terms that do are mostly "U.S."
    glued to a word ("U.S. Economic", "U.S. Cars").
    """
    if " " not in term and term.islower():
        return False  # a lone common noun ("year", "cut") says little about the story
    if set(term.lower().split()) <= CALENDAR_WORDS:
        return False  # "Monday", "last week": when, not what
    fragment = r"\d|^\w(?:\s|$)" if person else r"\d|^\w\b"
    return len(term) >= 3 and not re.search(fragment, term)


def _overlap(words: set[str], other: set[str]) -> float:
    return len(words & other) / max(1, min(len(words), len(other)))


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
        for sent in map(_last_paragraph, doc.sents)
        if story_start <= sent.start_char < interview
        and (sent.start_char < notes or _reports(sent))
    ]
    told = _mend_splits(told)
    story = [sent for sent in _close_quotations(told) if _is_summary_candidate(sent)]
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
    ranked = [sent for sent in ranked if not _unattributed_quotation(sent)]
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
        if _lead_dateline_length(text[start:]) and not any(
            _lead_dateline_length(text[s:]) for s, _ in paragraphs[:index]
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
    introductions = _introductions(ranked[0].doc) if ranked else {}
    changed = True
    while changed and len(chosen) < count:
        changed = False
        for sent in ranked:
            if sent.start in chosen or len(chosen) == count:
                continue
            if _leans_back(sent) and _previous_start(sent) not in chosen:
                continue
            introduced = _introduced_in(sent, introductions)
            if introduced is not None and introduced not in chosen:
                continue  # "Abney said ...": only after the sentence that names Jane Abney
            chosen[sent.start] = sent
            changed = True
            break  # rescan from the best: a taken sentence may admit one ranked above
    return list(chosen.values())


TITLES = word_set("mr mrs ms miss dr")
# Entity types a person's full name may get from the small model: none, or a wrong one
# ("Thom Brown of Butcher and Singer said" came out as a WORK_OF_ART); places and
# organisations are left out ("Manchester United" introduces no "United").
NAME_ENTITY_TYPES = frozenset({"PERSON", "WORK_OF_ART", ""})


def _introductions(doc: Doc) -> dict[str, int]:
    """Surname -> start of the sentence that first names the person in full.

    A summary sentence that calls someone by the surname alone ("Abney said ...",
    "Mr Clarke ...") points back at the sentence that introduced them, as a pronoun does.
    """
    first: dict[str, int] = {}
    for ent in doc.ents:
        words = [t for t in ent if t.is_alpha]
        if ent.label_ != "PERSON" or len(words) < 2 or words[0].lower_ in TITLES:
            continue
        first.setdefault(words[-1].text, ent.sent.start)
    # a full name the model did not tag ("Thom Brown of Butcher and Singer said"): two
    # capitalised proper nouns, not part of a place or organisation; the pairs of proper
    # nouns are found on the Doc's array of tags, not token by token
    tags = doc.to_array(POS)
    for i in np.flatnonzero((tags[1:] == PROPN) & (tags[:-1] == PROPN)).tolist():
        token, before = doc[i + 1], doc[i]
        if (
            token.ent_type_ in NAME_ENTITY_TYPES
            and before.ent_type_ in NAME_ENTITY_TYPES
            and token.is_title
            and before.is_title
            and before.lower_ not in TITLES
            and token.sent.start == before.sent.start
        ):
            start = first.setdefault(token.text, token.sent.start)
            first[token.text] = min(start, token.sent.start)
    return first


def _introduced_in(sent: Span, introductions: dict[str, int]) -> int | None:
    """The sentence that introduced the person `sent` opens with by surname, if another."""
    words = [token for token in sent if not (token.is_punct or token.is_space)]
    if not words:
        return None
    first = words[1] if words[0].lower_ in TITLES and len(words) > 1 else words[0]
    if first.pos_ != "PROPN" or first.ent_type_ not in ("PERSON", "ORG", ""):
        return None  # the small model often calls a surname alone an organisation
    nxt = sent.doc[first.i + 1] if first.i + 1 < len(sent.doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I":
        return None  # a full name: "Jane Abney said"
    start = introductions.get(first.text)
    return start if start is not None and start < sent.start else None


def _previous_start(sent: Span) -> int | None:
    """Token index where the sentence before `sent` starts (None for the first)."""
    if sent.start == 0:
        return None
    previous = sent.doc[sent.start - 1].sent
    return previous.start


def _leans_back(sent: Span) -> bool:
    """Whether the sentence opens with a connective or its subject is a pronoun.

    "But ...", "Of course, ...", "He said ...", "His comments ...", "In Kyiv, they
    ...": each points at something said before it.
    """
    words = [token for token in sent if not (token.is_punct or token.is_space)]
    if not words:
        return False
    if _whole_quotation(sent):
        return True  # '"Even the agenda came second ..."' after '..., Anthony says.'
    first = words[0]
    if first.lower_ in CONNECTIVES or first.lower_ in POINTERS:
        return True
    if first.lower_ in ORDINAL_ADVERBS and first.dep_ == "advmod":
        return True  # "First and most important is to finish ahead of ...": a list's item
    opening = [token.lower_ for token in words[:4]]
    if any(" ".join(opening[:n]) in CONNECTIVE_PHRASES for n in (2, 3, 4)):
        return True
    root = sent.root
    for child in root.children:
        if child.dep_ not in ("nsubj", "nsubjpass") or child.i > root.i:
            continue
        if (child.lower_ in ANAPHORA and not _owner_named_before(child)) or _bare_ordinal(child):
            return True
        if any(
            part.dep_ == "poss" and part.lower_ in ANAPHORA and not _owner_named_before(part)
            for part in child.children
        ):
            return True
    subjects = [child for child in root.children if child.dep_ in SUBJECTS]
    subjects += [word for word in words[:4] if word.dep_ in SUBJECTS]  # "That figure was
    if any(_points_back(subject) for subject in subjects):  # raised ..., officials said"
        return True
    if any(_bare_one(token) for token in sent) or _bare_reply(root):
        return True
    opening = words[:DEMONSTRATIVE_REACH]
    if sent.text.lstrip()[:1] not in QUOTE_OPENERS and any(map(_points_at_before, opening)):
        return True  # "Winning that trifecta would ...", "..., but at that point, ..."
    if any(_demonstrative_object(child) for child in root.children):
        return True  # "The director makes this clear in her new documentary"
    if first.lower_ in ANAPHORA and first.dep_ in ("poss", "nsubj", "nsubjpass"):
        return True
    return any(  # "If that's the case, ...", "What that means is ...", "One such man ..."
        (word.lower_ in DEMONSTRATIVES and word.dep_ in SUBJECTS and word.tag_ != RELATIVE_TAG)
        or word.lower_ in POINTERS
        for word in words[:3]
    )


def _whole_quotation(sent: Span) -> bool:
    """Whether the sentence is someone's words and nothing else: it opens with a double
    quotation mark that closes only at its end ('"Even the political agenda ... came
    second to ... his legacy."'). Who says them is told in another sentence."""
    text = sent.text.strip()
    if len(text) < 3 or text[0] not in DOUBLE_QUOTES or text[-1] not in DOUBLE_QUOTES:
        return False
    return not any(mark in text[1:-1] for mark in DOUBLE_QUOTES)


def _unattributed_quotation(sent: Span) -> bool:
    """Whether the sentence is someone's words alone (`_whole_quotation`) at the start of
    its paragraph: no sentence before it in the paragraph says whose they are, so the
    summary could only show them as no one's."""
    if not _whole_quotation(sent):
        return False
    text = doc_text(sent.doc)
    before = text[: sent.start_char].rstrip(" \t")
    return not before or before.endswith("\n")


# The tag of a relative pronoun: "The problems that consumed ..." points at its own noun.
RELATIVE_TAG = "WDT"


SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Entities that can own what a possessive pronoun points at.
OWNER_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def _with_possessives(subjects: frozenset[str]) -> frozenset[str]:
    """Subject pronouns and their possessives ("it", "its"), from the one lexicon."""
    return subjects | {SUBJECT_POSSESSIVES.get(word, word) for word in subjects}


PLURAL_PRONOUNS = _with_possessives(word_set("they"))
PERSONAL_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
NEUTER_PRONOUNS = _with_possessives(ORG_PRONOUNS)


def _owner_named_before(pronoun: Token) -> bool:
    """Whether the sentence names whom a subject pronoun or a subject's possessive
    stands for before it, in the same sentence: "For Hillary Clinton and Donald Trump,
    their strategies ...", "..., Clinton and Trump face an obstacle: they have lost
    once", "In Tesco's results, its profits ..." lean on nothing before the sentence.
    "They"/"their" take two people or a body, "it"/"its" a body, and "he", "she",
    "his", "her" the one person named. The subject of a report is not the owner of the
    names in what it reports ("Proposals to buy the Eklutna project were expected, it
    said" means whoever spoke before), but the "it" of "it has been announced" stands for
    nothing."""
    head = pronoun.head if pronoun.dep_ == "poss" else pronoun
    verb = head.head
    if head.dep_ in SUBJECTS and verb.lemma_ in REPORTING_VERBS:
        return pronoun.lower_ == "it" and head.dep_ == "nsubjpass"
    owners = [
        ent for ent in pronoun.sent.ents if ent.label_ in OWNER_LABELS and ent.end <= pronoun.i
    ]
    people = sum(1 for ent in owners if ent.label_ == "PERSON")
    bodies = sum(1 for ent in owners if ent.label_ == "ORG")
    groups = len(owners) - people - bodies  # "Democrats", "Iraqi Kurds": never an "it"
    word = pronoun.lower_
    if word in PLURAL_PRONOUNS:
        return people >= 2 or bodies + groups >= 1
    if word in NEUTER_PRONOUNS:
        return bodies >= 1
    return word in PERSONAL_PRONOUNS and people == 1


# Adverbs that number the items of a list told over several sentences ("First, ...").
ORDINAL_ADVERBS = word_set("first second third secondly thirdly next finally lastly")
# Words that, as a subject without a noun, stand for one named before: "The second is
# that ...", "The latter said ...".
ORDINAL_PRONOUNS = word_set("first second third fourth last latter former other all both")


def _bare_ordinal(subject: Token) -> bool:
    """Whether a subject is an ordinal standing for a noun of the sentences before:
    "The second is that voters swing behind ..." ("The second round", "The former
    minister" have their noun)."""
    return subject.lower_ in ORDINAL_PRONOUNS and all(
        child.dep_ in ("det", "advmod", "punct") for child in subject.children
    )


ONE_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr"})


# How far into a sentence a demonstrative on a noun still points at the sentence before.
DEMONSTRATIVE_REACH = 8
DISTAL_DEMONSTRATIVES = DEMONSTRATIVES - {"this"}


def _points_at_before(word: Token) -> bool:
    """Whether a word is a demonstrative on a noun told before: "that trifecta", "at
    that point" ("that week" says when and stands alone; "this election" is the present
    one as often as the one just told of, and is left alone)."""
    return (
        word.lower_ in DISTAL_DEMONSTRATIVES
        and word.dep_ == "det"
        and word.head.lower_ not in CALENDAR_WORDS
        and word.head.pos_ in ("NOUN", "PROPN")
    )


# What a demonstrative standing alone is to the main verb when it names what the story
# has just told: its object, or a preposition's ("because of that").
POINTING_OBJECT_DEPS = frozenset({"dobj", "pobj", "attr"})


def _demonstrative_object(child: Token) -> bool:
    """Whether a child of the main verb is, or governs, a demonstrative standing for
    something told before: "makes this clear", "denied that", "because of this". Not a
    determiner ("this year"), a relative pronoun, a conjunction ("said that ..."), nor
    "this" announcing what follows a colon ("He said this: ...")."""
    if child.dep_ == "prep":
        words = [c for c in child.children if c.dep_ == "pobj"]
    elif child.dep_ in ("ccomp", "xcomp") and child.pos_ == "ADJ":
        # "makes this clear": the small clause's subject is the verb's object
        words = [c for c in child.children if c.dep_ == "nsubj"]
    else:
        words = [child]
    for word in words:
        if word.lower_ not in DEMONSTRATIVES or word.dep_ not in POINTING_OBJECT_DEPS | SUBJECTS:
            continue
        if word.tag_ == RELATIVE_TAG or any(True for _ in word.children):
            continue  # "those who ...": the clause says whom
        following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
        if following is not None and following.text in (":", "\u2014"):
            continue
        return True
    return False


def _points_back(subject: Token) -> bool:
    """Whether a subject is named by a demonstrative: "That figure ...", "These
    measures ...", "That company's owner ..." ("This year ...", a date, is not)."""
    for noun in (subject, *(child for child in subject.children if child.dep_ == "poss")):
        if noun.lower_ in CALENDAR_WORDS:
            continue
        if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in noun.children):
            return True
    return False


# Verbs that, with no object, answer what was said before: "Dianne Bystrom agreed."
REPLY_VERBS = word_set("agree disagree concur")


def _bare_reply(root: Token) -> bool:
    """Whether the sentence only agrees or disagrees with something it does not say."""
    return root.lemma_ in REPLY_VERBS and all(
        child.dep_ in ("nsubj", "punct", "advmod", "aux", "neg") for child in root.children
    )


def _bare_one(token: Token) -> bool:
    """ "one" standing for a noun of the sentence before: "Clinton has come up with one."."""
    return (
        token.lower_ == "one" and token.dep_ in ONE_DEPS and not any(True for _ in token.children)
    )


def _clean(text: str, lead: bool = False) -> str:
    """The sentence as shown: one line, without a dateline or an agency's sign-off.

    The story's `lead` sentence may open with a place and a single hyphen ("MIAMI -
    Democrats got ..."): only there is "BEIJING -" a dateline rather than a compound.
    """
    text = shown_text(" ".join(text.split()))
    text = _strip_dateline(text, lead)
    return SIGN_OFF.sub("", text)


def dateline_length(text: str) -> int:
    """How many characters of `text` (a story's opening) are its dateline, or 0."""
    match = DATELINE.match(text)
    if match is None or not (match.group("place") or match.group("agency")):
        return 0
    if match.group("dash") == "-" and not (match.group("date") or match.group("agency")):
        return 0  # "US - China talks": a single hyphen needs a date or an agency
    return match.end()


# A dateline a story's lead may give with a single hyphen: one word of four capitals or
# more ("MIAMI - ", "BEIJING - "), or a place in capitals with its state or country
# ("CHICO, Calif. - ", "RYE, N.H. - "), then a capitalised word; "US - China talks" is
# none.
LEAD_DATELINE = re.compile(
    rf"^\s*(?:[A-Z][A-Z'.\-]{{3,}}(?:\s[A-Z][A-Z'.\-]+)?|{PLACE}{REGION})"
    r"\s+-\s+(?=[A-Z\"\u201c])"
)


def _lead_dateline_length(text: str) -> int:
    """How many characters of a lead's `text` are its dateline, a single hyphen's too."""
    match = LEAD_DATELINE.match(text)
    return dateline_length(text) or (match.end() if match else 0)


def _strip_dateline(text: str, lead: bool = False) -> str:
    length = (_lead_dateline_length(text) if lead else dateline_length(text)) or (
        _section_label_length(text)
    )
    if not length:
        return text
    rest = text[length:]
    return rest[:1].upper() + rest[1:] if rest else text


# A wire column's section label before a dash: "In the newspapers -- The Wall Street
# Journal said ...", "Elsewhere -- ...". It heads a part of the column, not the sentence.
SECTION_LABEL = re.compile(r"^([A-Z][a-z]+)(?:\s+[a-z]+){0,3}\s+(?:--|\u2014)\s+(?=[A-Z\"\u201c])")
LABEL_OPENERS = word_set("in on at from elsewhere among across around")


def _section_label_length(text: str) -> int:
    """How many characters of `text` are a section label (`SECTION_LABEL`), or 0."""
    match = SECTION_LABEL.match(text)
    return match.end() if match and match.group(1).lower() in LABEL_OPENERS else 0


def _last_paragraph(sent: Span) -> Span:
    """The part of a sentence after its last paragraph break.

    The small model sometimes runs a headline line into the first sentence; the
    sentence proper is what follows the blank line.
    """
    end = sent.end
    while end > sent.start and sent.doc[end - 1].is_space:
        end -= 1
    breaks = [i for i in range(sent.start, end) if sent.doc[i].text.count("\n") > 1]
    return sent.doc[(breaks[-1] + 1 if breaks else sent.start) : end]


def _is_summary_candidate(sent: Span) -> bool:
    """Whole declarative sentences of reasonable length; not headlines or questions."""
    words = [token for token in sent if not token.is_space]
    if not MIN_SENTENCE_TOKENS <= len(words) <= MAX_SENTENCE_TOKENS:
        return False
    text = SIGN_OFF.sub("", sent.text.strip())
    if text.endswith("?") or not SENTENCE_END.search(text):
        return False  # a headline line ("Council tax rise 'reasonable'") or a fragment
    if BROKEN_OFF.search(text):
        return False  # a speaker cut short in a transcript ("... and the Mexicans —.")
    if text.lstrip(QUOTE_OPENERS)[:1].islower():
        return False  # the tail of a sentence the parser split ("took the title in ...")
    if NICKNAME_OPENING.match(text):
        return False  # '"Pete" Silas said ...': cut from "Chairman C. J." before it
    if not any(token.pos_ in ("VERB", "AUX") for token in words):
        return False  # a list, not a statement ("Man Utd: Carroll, Gary Neville, ...")
    if not _has_main_verb(sent):
        return False  # a noun phrase, the body of a lost heading ("A small computer that is ...")
    if ASIDE.match(text) or MARKUP_TAG.match(text) or _in_aside(sent):
        return False  # "(Mr. Trump was apparently referring to ...)", '<tweet id="...">Even ...'
    if sent.start_char >= doc_story_end(sent.doc):
        return False  # the author's note that closes the page ("X is a columnist for ...")
    if _in_capitals(text) or PAGE_NOTE.search(text) or _participle_fragment(sent):
        return False  # "U.N. PANEL RULES FOR WIKILEAKS FOUNDER.", a correction, a caption
    return "\n\n" not in text and not _is_boilerplate(sent) and not is_credit_line(sent)


# The page's notes about itself and its pictures, not the story: a correction notice
# ("Correction: An earlier version of this article misstated ..."), a photo's credit
# ("Scott Olson via Getty Images.", "(AP Photo/Jane Doe)", "Photo: Reuters") and the
# line that hands over to an interview ("Here is the edited transcript of the interview.").
PAGE_NOTE = re.compile(
    r"^\W*(?:corrections?\s*:|notes?\s*(?::|--?|\u2014))"
    r"|\ban earlier version of this (?:article|story|post|report)\b"
    r"|\bvia getty images\b|\(\s*(?:ap|afp|reuters)\s+photo\b|^\W*(?:photo|image)s?\s*:"
    r"|^\W*here (?:is|are) (?:an? |the )?(?:[a-z]+ )?(?:transcript|excerpts?)\b",
    re.I,
)
# Words of two letters or more, to tell a heading set in capitals from a sentence.
CAPS_WORD = re.compile(r"[^\W\d_]{2,}")


def _in_aside(sent: Span) -> bool:
    """Whether `sent` is part of an aside in brackets that runs over several sentences:
    "(The laws require that doctors ... resemble surgical centers. The legislation also
    mandates ...)" explains the sentence before it; alone it is no summary of the story.
    A bracket is open where its paragraph before the sentence, or the sentence itself,
    opens more brackets than it closes."""
    text = doc_text(sent.doc)
    before = text[text.rfind("\n", 0, sent.start_char) + 1 : sent.start_char]
    own = sent.text
    return before.count("(") > before.count(")") or own.count("(") > own.count(")")


def _in_capitals(text: str) -> bool:
    """Whether the sentence is set in capitals, as a heading is: "2. STRONG AFTERSHOCK
    RATTLES ITALY'S QUAKE ZONE." (a news digest's item headings). A dateline or an
    acronym in capitals ("WASHINGTON - The FBI said ...") leaves most words in lower case."""
    words = CAPS_WORD.findall(text)
    upper = sum(1 for word in words if word.isupper())
    return upper >= 3 and upper > 0.6 * len(words)


def _participle_fragment(sent: Span) -> bool:
    """Whether the sentence is a noun phrase hung on a participle, with no finite verb:
    "People coming to live and work in Britain from outside the EU." is the answer under
    a lost heading ("Who would be affected?"), not a statement of the story's."""
    root = sent.root
    return (
        root.tag_ == "VBG"  # not "VBN": the small model tags some past tenses so ("ruled")
        and not any(child.dep_ in ("aux", "auxpass") for child in root.children)
        and not any(token.tag_ in FINITE_TAGS for token in sent)
    )


# A sentence in brackets is an aside on the one before it; one opening with an HTML tag
# is the page's embed ('<tweet id="..." author="@x">Even for ...'), not the story's words.
ASIDE = re.compile(r"^\(.*\)[.!]?$", re.S)
MARKUP_TAG = re.compile(r"^<[a-z][a-z-]*(?:\s[^<>]*)?/?>")
# A one-word label before a colon that opens a line of wire copy ("NOTE: the company ...").
LABEL = re.compile(r"^[A-Za-z]+:\s*")
STATEMENT_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


def _is_statement(sent: Span) -> bool:
    """A sentence that says something: it has a main verb, and it ends as a sentence
    does or is a full clause's length. Results rows ("Shr 12 cts vs 10 cts"), labels
    ("NOTE:", "Pay April 15") and sign-offs do not."""
    text = SIGN_OFF.sub("", sent.text.strip())
    long_enough = sum(1 for t in sent if not (t.is_space or t.is_punct)) >= MIN_SENTENCE_TOKENS
    return (long_enough or bool(STATEMENT_END.search(text))) and _has_main_verb(sent)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _has_main_verb(sent: Span) -> bool:
    """Whether the sentence says something: its root is a verb, or a finite verb stands
    outside any relative clause.

    A noun phrase with a relative clause or a participle ("An extremely small computer
    that is designed to ...", "A surprisingly good PC sporting ...") is the body of a
    heading the source lost; the small model also roots some real sentences on a noun
    ("Moody's cited concerns ...": "cited" is a finite verb it hung on "concerns").
    """
    if sent.root.pos_ in ("VERB", "AUX"):
        return True
    return any(
        token.tag_ in FINITE_TAGS
        and not any(node.dep_ == "relcl" for node in (token, *token.ancestors))
        for token in sent
    )


def _is_boilerplate(sent: Span) -> bool:
    """A line of the page, not of the story: it addresses the reader or names the page.

    "Please share your videos ... at iReport.", "Click here", "This story has been
    updated ...", "... contributed to this report." Words inside quotation marks are a
    speaker's, not the page's, and do not count.
    """
    outside = _outside_quotes(sent)
    if any(token.lower_ in READER_WORDS for token in outside):
        return True
    doc = sent.doc
    if any(
        token.lower_ == "this" and token.i + 1 < sent.end and doc[token.i + 1].lower_ in PAGE_NOUNS
        for token in outside
    ):
        return True
    words = [token for token in sent if not (token.is_punct or token.is_space)]
    while len(words) > 1 and words[0].lower_ in SOFTENERS and words[0].dep_ == "advmod":
        words.pop(0)  # "Just look at House Speaker Paul Ryan."
    first = words[0] if words else None
    # An imperative: the sentence opens with its root verb in the base form, no subject.
    return bool(
        first is not None
        and (first.lower_ == "please" or (first.dep_ == "ROOT" and first.tag_ == "VB"))
        and not any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in first.head.children)
    )


# Adverbs that may open an imperative before its verb: "Just look at ...", "Now consider ...".
SOFTENERS = word_set("just simply now so only")


CREDIT_LINE = re.compile(
    r"\bcontributed (?:to this (?:report|story|article)|reporting)\b"
    r"|\b(?:additional|extra) reporting (?:by|from)\b"  # "--additional reporting from X"
    r"|^\W*(?:reporting|editing|writing) by\b"  # "Reporting by X; Editing by Y"
    r"|^\W*contributing\s*:",  # "Contributing: Jane Doe" (USA Today)
    re.I,
)


def is_credit_line(sent: Span) -> bool:
    """A line crediting the reporters: "CNN's Jason Carroll and Ben Brumfield
    contributed to this report.", "--additional reporting from Jane Doe", "Reporting by
    Jane Doe; Editing by John Roe", "Contributing: Jane Doe". It names the page's
    writers, not the story's actors."""
    return bool(CREDIT_LINE.search(sent.text))


def _outside_quotes(sent: Span) -> list[Token]:
    """The tokens of `sent` that are not between quotation marks."""
    tokens = []
    inside = False
    for token in sent:
        if token.text in ("\u201c", "\u201d"):
            inside = token.text == "\u201c"
        elif token.text in ('"', "``", "''"):
            inside = not inside
        elif not inside:
            tokens.append(token)
    return tokens
