"""Quotations and reported speech in news text: who said what, anchored in the body.

A pure function in the style of `textacy.extract`: `extract_quotes(doc)` takes a parsed
spaCy Doc and returns `Quote` records sorted by start offset. `published(quote)` says
which of them go into a briefing's "Who said what".

How it works, and why:
- Quotation marks are paired on the raw text first (`quotemarks.find_quote_spans`), so
  that unbalanced marks, apostrophes, nesting and quotations running over several
  paragraphs are handled without relying on the parser's sentence splits.
- Each quoted span is attributed from the dependency parse of its own sentence
  (a reporting verb outside the quotation and its subject: “...,” Austin said /
  “...,” said Austin / Austin said: “...”, or "according to X"); failing that, from
  the sentence ending with a colon just before it, or from the quotation it continues.
- Reported speech without marks comes from reporting verbs with a clausal complement
  ("X said (that) ...", "..., X said", "X told reporters ...") and from "according to X".
- Everything is one pass over marks and tokens: linear in the length of the text and
  with no model beyond the parser already run.

The modules, in the order they depend on each other:
- `speech_cues`: the words that cue speech or stance (data/quote_words.toml,
  data/polnear_cues.json) and whether a token is one;
- `quote_context`: what every rule reads about one Doc, and the attribution it hands on;
- `quote_frames`: fixed frames ("according to X") as DependencyMatcher patterns;
- `speaker_mentions`: from a cue to the mention of its speaker;
- `direct_attribution`: the cue and speaker of one quoted span;
- `direct_quotes`: which quoted spans are speech, direct or partial;
- `reported_speech`: reported speech without marks;
- `transcript`: interview transcripts ("PENCE: ..."), each answer its speaker's quote;
- this module: both passes joined, and what is published.
"""

from __future__ import annotations

import bisect
import dataclasses
import logging
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from generator.extract.direct_quotes import (
    BORROWED_RULE,
    GAP_RULE,
    GAPPED_FRAGMENT_RULE,
    HEADING_RULE,
    LABEL_RULE,
    LEAD_FRAGMENT_GAP,
    LEAD_FRAGMENT_RULE,
    NEGATED_RULE,
    OBJECT_RULE,
    _direct_quotes,
)
from generator.extract.fragment_clauses import subject_clause
from generator.extract.poll_results import POLL_FIGURE_RULE, poll_figures
from generator.extract.predicate_fragments import clause_end, clause_start
from generator.extract.quote_context import _Attribution, _Ctx, _inside_mask
from generator.extract.quoted_names import nickname
from generator.extract.quotemarks import QuoteSpan, find_quote_spans, paragraphs
from generator.extract.report_bounds import fit_report
from generator.extract.report_openings import without_opening_conjunction
from generator.extract.report_rests import rest_after_tag
from generator.extract.reported_speech import (
    ADJECTIVE_RULE,
    DEMAND_RULE,
    DENIAL_RULE,
    EVIDENCE_RULE,
    GAPPED_RULE,
    INTENT_RULE,
    QUESTION_RULE,
    SMALL_CLAUSE_RULE,
    UNSPOKEN_RULE,
    VAGUE_STANCE_RULE,
    VERB_CLAUSE_RULE,
    WISH_RULE,
    _indirect_quotes,
)
from generator.extract.speech_cues import PLAIN_REPORT_CUES, REPORTING_VERBS, TAG_VERBS_PATTERN
from generator.extract.transcript import QUESTION_RULE as TRANSCRIPT_QUESTION_RULE
from generator.extract.transcript import transcript_quotes
from generator.extract.words import word_lists, word_set
from generator.model import Quote
from generator.reading.layout import doc_text, shown_text

log = logging.getLogger(__name__)

#: A reported clause shown whole because it holds a short quoted fragment.
CLAUSE_RULE = "direct.report_clause"
#: The clause's other quoted fragments: shown once, with the clause.
IN_CLAUSE_RULE = "direct.in_clause"
#: "According to X" over words that open on another report's tag ("They said [...]
#: according to X"): cut to that report's content, and shown once, under the tag's
#: source, not twice (`_past_tag`).
RELAYED_RULE = "indirect.according_to_relayed"
ACCORDING_TO_RULE = "indirect.according_to"
#: A quoted fragment whose words the article quotes in full elsewhere ("boasted about
#: 'playing in the first division'" after the whole sentence was quoted): shown once.
REPEAT_RULE = "direct.repeat"

# Rules whose finds are kept out of published briefings. An object phrase is not what
# someone said ("appear unwilling", "denied access", "criticised the plan"): PolNeAR
# counts it as an attribution, but on the editor-review benchmark's TUNE part only 5 of
# the 31 it put on pages were right, and a non-quote in "Who said what" costs an editor
# more than a report left out. The rules still run (and are scored on PolNeAR), since
# their finds anchor "he said" to the right speaker.
UNPUBLISHED_RULES = frozenset(
    {
        "indirect.verb_object",
        # the same for a noun of stance: "support for Turkey", "in support of the war
        # effort" say what someone backs, not what anyone said (3 of 3 shown on a
        # 150-article corpus sample were no quote)
        "indirect.stance_noun",
        "indirect.passive_subject",
        LABEL_RULE,
        IN_CLAUSE_RULE,
        NEGATED_RULE,
        GAPPED_FRAGMENT_RULE,
        GAP_RULE,
        OBJECT_RULE,
        REPEAT_RULE,
        RELAYED_RULE,
        WISH_RULE,
        QUESTION_RULE,
        LEAD_FRAGMENT_RULE,
        GAPPED_RULE,
        INTENT_RULE,
        ADJECTIVE_RULE,
        SMALL_CLAUSE_RULE,
        VAGUE_STANCE_RULE,
        UNSPOKEN_RULE,
        DEMAND_RULE,
        EVIDENCE_RULE,
        DENIAL_RULE,
        HEADING_RULE,
        TRANSCRIPT_QUESTION_RULE,
        POLL_FIGURE_RULE,
    }
)
#: Rules whose finds are published only with a speaker. An infinitive without a source
#: is a plan or an expectation, not a report ("Both sides agreed to begin talks", "the
#: family plans to drive", "spending is expected to continue"): on the TUNE part all 6
#: that reached a page without a speaker were non-quotes.
SPEAKER_ONLY_RULES = frozenset({"indirect.verb_infinitive"})
# A quoted fragment of fewer words is never published on its own. Inside a reported
# clause it is shown with the clause ("Howard said [Lord Butler had given the 'most
# damaging testimony' he could remember]", CLAUSE_RULE); elsewhere it is the writer's
# sentence with a borrowed phrase ("attacked the way the war was 'sold'", "called it
# 'fantasy island'"), a scare quote that stays in the article text, not in "Who said
# what" (issue 11). Shown alone even under "said", "very thin", "well justified" and
# "extremely wily" read as the writer's scare quotes (review 11).
SHORTEST_PUBLISHED_PARTIAL = 4


def published(quote: Quote) -> bool:
    """Whether a quote, once its speaker is resolved, goes into "Who said what"."""
    if quote.rule in UNPUBLISHED_RULES:
        return False
    if quote.kind == "indirect" and quote.speaker is None and not quote.speaker_mention:
        return False  # "reported fraud ... dropped": the text names no source at all
    if quote.speaker is None and quote.rule in SPEAKER_ONLY_RULES:
        return False
    if quote.rule == BORROWED_RULE and quote.speaker is None:
        return False  # words in the writer's sentence that no one is said to have spoken
    if quote.kind != "partial":
        return True
    if quote.speaker is None and _no_source(quote.speaker_mention):
        return False  # "against the 'Philip Agees in the world' ... that revealed": no one
    if quote.rule == CLAUSE_RULE:  # a report, so shown only with its source, as one
        return quote.speaker is not None or bool(quote.speaker_mention)
    return len(quote.text.split()) >= SHORTEST_PUBLISHED_PARTIAL


_PRONOUNS = word_set("that which who it they he she this these those we i you")


def _no_source(mention: str | None) -> bool:
    """Whether an unresolved speaker mention names no one a reader could place: a lone
    pronoun ("that", "they", "it"). "A former UC Global worker" is a source even
    unresolved, and the page shows it as written; a quotation with no mention at all (a
    reader's comment set off in its own paragraph) is judged by its own rule."""
    return mention is not None and mention.lower() in _PRONOUNS


def extract_quotes(doc: Doc) -> list[Quote]:
    """Direct, partial and indirect quotations of `doc`, sorted by start offset.

    A failure is raised, not hidden: the guard in `extract_document` reports it (one odd
    article cannot stop a build of 100,000), and a result that met one is never cached.
    """
    text = doc_text(doc)
    spans = find_quote_spans(text)
    para_starts = [start for start, _ in paragraphs(text)] or [0]
    ctx = _Ctx(doc, text, _inside_mask(doc, text, spans), para_starts)
    quotes: list[Quote] = []
    reported: dict[int, _Attribution] = {}
    indirect = _outermost_reports(doc, text, list(_indirect_quotes(doc, ctx)))
    indirect = [_without_complementiser(doc, text, quote) for quote in indirect]
    indirect = _unheld(indirect, [fit_report(doc, text, quote) for quote in indirect])
    indirect = [without_opening_conjunction(doc, text, quote) for quote in indirect]
    indirect = poll_figures(doc, indirect)
    clauses: dict[int, Quote] = {}
    words = [span for span in spans if not _in_name(doc, text, span)]
    quotes.extend(_split_quoted_reports(indirect, words, reported, clauses))
    direct = list(_direct_quotes(doc, spans, ctx, reported))
    direct = _fragments_in_clauses(doc, text, direct, clauses)
    direct = _predicates_with_subjects(doc, text, direct)
    quotes.extend(_subjects_with_predicates(doc, text, direct))
    quotes = transcript_quotes(doc, text, quotes)  # "PENCE: ...": the words after the label
    quotes.sort(key=lambda q: (q.start, q.end))
    quotes = _repeats(quotes)
    # Cut from the parse text, which blanks wire tickers ("Fujitsu Ltd <ITSU.T> may"):
    # shown closed up, while start and end still point into the body as written.
    return [dataclasses.replace(quote, text=shown_text(quote.text)) for quote in quotes]


def _in_name(doc: Doc, text: str, span: QuoteSpan) -> bool:
    """Whether a quoted span is a nickname inside a name ('Burkhard "Bobby" Junger',
    `quoted_names.nickname`): no quotation, so a report holding it ("He told Reuters
    that Burkhard "Bobby" Junger was arrested") stays a report without marks."""
    quote = doc.char_span(span.start, span.end, alignment_mode="expand")
    return quote is not None and nickname(quote, text, span.start, span.end)


def join_split_quotes(text: str, quotes: list[Quote], doc: Doc | None = None) -> list[Quote]:
    """Quotations split by their speech tag, shown whole: "Because corporate America,"
    she said, "like the United States military, relies on ..." is one sentence of
    hers. Alone, the part after the tag opens in mid-sentence without its subject, and
    the first words ("For corporate America,") are just what the exchange turns on. So
    a first part ending on a comma (a LEAD_FRAGMENT_RULE fragment, or a direct
    quotation whose sentence goes on in lower case after the tag) and the quotation
    after the tag become one quote with both `parts`, when the speaker resolved for the
    two is the same. "In the 1920s, people thought ...," he said, "But today, ..." is
    two sentences and stays two quotes. Run after speakers are resolved: the tag between
    the parts is the speaker's mention, which must stay outside every quote while the
    resolver reads it. `text` is the body. With `doc` (the parse of `text`), a reported
    clause cut before its quoted part by its own tag ("There was, she said, 'an
    implicit bargain.'") is joined to that part as well (`_quoted_rest`).
    """
    ordered = sorted(quotes, key=lambda q: (q.start, q.end))
    out: list[Quote] = []
    joined: set[int] = set()
    for i, lead in enumerate(ordered):
        if id(lead) in joined:
            continue
        after = _continuation(text, ordered, i)
        if after is None:
            quoted = None if doc is None else _quoted_rest(doc, text, ordered, i)
            if quoted is not None:  # "There was, she said, 'an implicit bargain.'"
                joined.add(id(quoted))
                lead = dataclasses.replace(
                    lead,
                    text=f"{lead.text} {quoted.text}",
                    end=quoted.end,
                    parts=[(lead.start, lead.end), *(quoted.parts or [(quoted.start, quoted.end)])],
                )
            elif doc is not None and lead.kind == "indirect" and lead.rule == VERB_CLAUSE_RULE:
                rest = rest_after_tag(doc, text, lead, [q for q in ordered if published(q)])
                if rest is not None:  # "[A], he said, and B": B is the same report
                    lead = dataclasses.replace(
                        lead,
                        text=f"{lead.text} {shown_text(text[rest[0] : rest[1]])}",
                        end=rest[1],
                        parts=[(lead.start, lead.end), rest],
                    )
            out.append(lead)
            continue
        end = lead.end
        while end < after.start and text[end] in ",;:":
            end += 1  # the comma inside the marks: "Because corporate America,"
        first = shown_text(text[lead.start : end])
        parts = [(lead.start, end), *(after.parts or [(after.start, after.end)])]
        joined.add(id(after))
        out.append(
            dataclasses.replace(after, text=f"{first} {after.text}", start=lead.start, parts=parts)
        )
    return out


def _continuation(text: str, ordered: list[Quote], i: int) -> Quote | None:
    """The quotation after a split quotation's first part and its tag, said by the same
    speaker, or None when `ordered[i]` is no first part."""
    lead = ordered[i]
    if lead.rule != LEAD_FRAGMENT_RULE and (
        lead.kind != "direct" or lead.rule in UNPUBLISHED_RULES
    ):
        return None
    after = next((q for q in ordered[i + 1 :] if q.kind != "indirect"), None)
    if after is None or after.rule in UNPUBLISHED_RULES or after.start - lead.end > _TAG_GAP:
        return None
    between = text[lead.end : after.start]
    tag = between.strip(" " + _OPENING + "\u201d\u2019")
    if not tag.startswith(",") or not tag.endswith((",", ":")) or "\n" in between:
        return None  # the first part ends its sentence, the tag runs over a line, or the
        # writer's words lead into the second part ("..., asserting that it extends "...")
    if any(stop in between for stop in (". ", "? ", "! ")):
        return None  # "..., he said. "Next sentence"
    if _CLAUSE_OPENER.search(between):
        return None  # "..., Gingrich told O'Reilly, noting that he and his wife,
        # Callista, "have regularly talked ...": the writer's clause leads into the
        # second part, whose subject is not the first part's "I"
    if lead.rule != LEAD_FRAGMENT_RULE and (after.kind != "direct" or not after.text[:1].islower()):
        return None  # a new sentence after the tag
    if after.speaker or lead.speaker:
        return after if after.speaker == lead.speaker else None
    return (
        after if after.speaker_mention and after.speaker_mention == lead.speaker_mention else None
    )


#: Words that open a clause of the writer's between two quoted parts: a speech tag
#: holds none.
_CLAUSE_OPENER = re.compile(r"\b(?:that|whether)\b", re.IGNORECASE)


#: Characters between a split quotation's first part and the part after its tag, at
#: most: the tag and its marks, and the comma trimmed off the first part.
_TAG_GAP = LEAD_FRAGMENT_GAP + 5


def _quoted_rest(doc: Doc, text: str, ordered: list[Quote], i: int) -> Quote | None:
    """The quoted words that finish a reported clause split by its own tag: "There was,
    she said, 'an implicit bargain.'" The parser reads "There was" as her report and
    the quotation as another; alone, the report says nothing. So the quotation right
    after the report's own tag (its speaker mention stands between the two, set off by
    commas, in one sentence) is the rest of it, said by the same speaker. The report
    must be a clause of its own, its verb's subject in it: "Asked if he was encouraging
    violence, Hale replied, 'Well, maybe so.'" is the writer's question, and the answer
    stays apart; and the tag must be the report's own cue: "Noting that the budget would
    raise taxes, the spokesman said, 'The president isn't buying it'" reports under
    "Noting", and the quotation is another thing said. None when `ordered[i]` is no
    such report."""
    lead = ordered[i]
    if lead.kind != "indirect" or lead.rule != VERB_CLAUSE_RULE or not _own_clause(doc, lead):
        return None
    if lead.speaker_start is None or lead.speaker_end is None or lead.speaker_start < lead.end:
        return None  # the tag before the words: "She said there was ..."
    after = next((q for q in ordered[i + 1 :] if q.start >= lead.end), None)
    if after is None or after.kind == "indirect" or after.start - lead.end > _TAG_GAP:
        return None
    if not lead.end <= lead.speaker_start < lead.speaker_end <= after.start:
        return None
    between = text[lead.end : after.start]
    if not between.strip().startswith(",") or "\n" in between:
        return None
    if not lead.cue or lead.cue != after.cue or lead.cue.split()[-1] not in between:
        return None  # "Noting that ..., the spokesman said, "...": the report's own cue
    tag = between.strip().rstrip(_OPENING + "\"'").rstrip()
    if not tag.endswith(",") or any(stop in between for stop in (". ", "? ", "! ", ";")):
        return None
    if after.speaker or lead.speaker:
        return after if after.speaker == lead.speaker else None
    return after if after.speaker_mention == lead.speaker_mention else None


def _own_clause(doc: Doc, quote: Quote) -> bool:
    """Whether the span of `quote` is a clause whose verb has its subject in it: "[There]
    was", "[it] is wrong"; not "Asked if it had appeared ...", a participle whose
    subject is the tag's speaker."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return False
    roots = [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]
    verbs = [t for t in roots if t.pos_ in {"VERB", "AUX"}]
    return len(verbs) == 1 and any(
        c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} and span.start <= c.i < span.end
        for c in verbs[0].children
    )


#: Adverbs of the writer that may stand between a cue and its "that" ("said only that
#: ...", "said merely that ..."): they tell how much was said, not what.
_FOCUS_ADVERBS = word_lists("quote_words")["focus_adverbs"]


def _without_complementiser(doc: Doc, text: str, quote: Quote) -> Quote:
    """A reported clause without the "that" that introduces it.

    "Prigozhin complained that ammunition was running short" reports "ammunition was
    running short": shown under "Who said what" beside its speaker and verb, a leading
    "that" is the writer's grammar, not the report, and so is an adverb of the writer's
    before it ("He said only that the company was reviewing ...", review 11). Only the
    complementiser goes (the parser's `mark`, or a "that" it tagged IN but hung on a
    verb as its object: "warned its partners that its deficit must fall"); "he said
    that was wrong" keeps its subject "that". `text` is `doc.text` (which joins every
    token again on each call).
    """
    span = doc.char_span(quote.start, quote.end, alignment_mode="contract")
    if span is None or len(span) < 3:
        return quote
    if span[0].lower_ in _FOCUS_ADVERBS and span[0].dep_ == "advmod" and len(span) > 3:
        span = span[1:]  # "He said only that the company was reviewing ...": the writer's
    first, second = span[0], span[1]
    if first.lower_ != "that" or not (first.dep_ == "mark" or _stray_complementiser(first)):
        return quote
    start = second.idx
    return dataclasses.replace(quote, text=text[start : quote.end], start=start)


#: The words before a noun in its own phrase: "[its] trade deficit", "[the] company".
_NOUN_MODIFIER_DEPS = frozenset({"det", "poss", "amod", "compound", "nummod"})


def _stray_complementiser(that: Token) -> bool:
    """Whether a "that" the parser did not mark is the complementiser all the same:
    tagged IN and hung on a verb as its object ("warned its partners that its deficit
    must fall", "announced that as part of a reorganization it was ..."), or read as
    the determiner of a plural noun, which "that" cannot be ("told reporters ... that
    other factors ... stood in the way"); not the determiner of "reiterated that
    approach", nor the pronoun object of "did not mention that on the trail": the words
    after it open the subject of a clause of their own."""
    if that.tag_ != "IN":
        return False
    if that.dep_ == "det":
        return that.head.tag_ in {"NNS", "NNPS"}
    if that.head.pos_ not in {"VERB", "AUX"} or that.i + 1 >= len(that.doc):
        return False
    word = that.doc[that.i + 1]  # "that [its] trade deficit must fall": a subject opens
    if word.dep_ in _NOUN_MODIFIER_DEPS:
        word = word.head
    return word.dep_ in {"nsubj", "nsubjpass", "expl"} and word.head.i > that.i


def _outermost_reports(doc: Doc, text: str, indirect: list[Quote]) -> list[Quote]:
    """Reported clauses that no other reported clause holds.

    "Devine said he does not think the contest will hurt the party" is Devine's claim;
    "the contest will hurt the party" is not a second attribution to "he" but part of
    it (as PolNeAR annotates it, and as a reader wants it: once, with its source).
    """
    indirect = [_past_tag(q, indirect) for q in indirect if not _relay_object(q, indirect)]
    ordered = sorted(indirect, key=lambda q: (q.start, -q.end))
    kept: list[Quote] = []
    reach = -1
    for quote in ordered:
        if quote.end <= reach:
            continue
        kept.append(quote)
        reach = max(reach, quote.end)
    return [_inner_content(doc, text, quote, ordered) for quote in kept]


def _past_tag(quote: Quote, reports: list[Quote]) -> Quote:
    """An "according to" report whose words open on another report's own tag, cut to
    that report's content and kept off the pages: in "They said [the plan could raise
    25 billion francs] according to Verhofstadt's projections", the content of
    "according to" as parsed is "They said the plan could raise ...", tag and all.
    What was said is shown once, under the speech verb's source ("They"), and the
    projections stay a source of the same words for the record (RELAYED_RULE)."""
    if quote.rule != ACCORDING_TO_RULE:
        return quote
    for other in reports:
        tag = other.speaker_start
        if other.rule not in _CLAUSE_RULES or tag is None or other is quote:
            continue
        if quote.start <= tag < other.start < quote.end:
            text = quote.text[other.start - quote.start :]  # still the body's words here
            return dataclasses.replace(quote, text=text, start=other.start, rule=RELAYED_RULE)
    return quote


def _relay_object(quote: Quote, reports: list[Quote]) -> bool:
    """Whether a verb's object holds the report it relays: "the paper quoted Trade
    Minister Hajime Tamura as saying Japan would not retaliate" makes "Tamura as saying
    Japan would not retaliate" the object of "quoted" (an object phrase, never published)
    and "Japan would not retaliate" the report of "saying", with the same speaker. The
    report is what was said; the object holding it would hide it from the page."""
    if quote.rule != "indirect.verb_object" or quote.speaker_start is None:
        return False
    return any(
        other.rule in _CLAUSE_RULES
        and other.speaker_start == quote.speaker_start
        and quote.start <= other.start
        and other.end <= quote.end
        and other is not quote
        for other in reports
    )


def _unheld(found: list[Quote], fitted: list[Quote]) -> list[Quote]:
    """The fitted reports without those a report taken on by `fit_report` now holds: a
    clause taken on over a second clause of its cue ("A and the committee felt B,
    Sandner said") holds the report of "felt", which is part of Sandner's, not one of
    its own. Only reported clauses go; a verb's object or infinitive found inside stays
    (unpublished, it still anchors its speaker). Reports that held each other as found
    were sorted out before."""
    grown = [new for old, new in zip(found, fitted, strict=True) if new.end > old.end]
    return [
        quote
        for quote in fitted
        if quote.rule not in _CLAUSE_RULES
        or not any(g is not quote and g.start <= quote.start and quote.end <= g.end for g in grown)
    ]


#: Clausal reports whose content may itself be a report of another source's.
_CLAUSE_RULES = frozenset({VERB_CLAUSE_RULE, VAGUE_STANCE_RULE})
#: Sources that are the reporter again ("he said he thinks ..."), not a second source.
_SAME_SOURCE = _PRONOUNS
#: Verbs of assessment whose report, inside another, is cut to what is assessed.
_ASSESSMENT_VERBS = word_lists("quote_words")["assessment_verbs"]


def _inner_content(doc: Doc, text: str, outer: Quote, reports: list[Quote]) -> Quote:
    """A report of another source's assessment, cut to what is assessed.

    "Cairn said the government believed the company was liable to pay taxes",
    "economists said the latest data indicate ...": what
    a reader wants beside the speaker is the claim, not the chain. So when the content
    opens with a source of its own (a name or a noun, not "he" again: "he said he thinks
    ..." stays whole) and its verb of belief or evidence, the content becomes the inner
    report's, the speaker stays the outer one. A vague holder is a hedge, not a source:
    "the Journal said some people feel that X" is not the Journal saying X (review 11),
    so the content keeps it. A second speech verb ("Hebert said the
    utility argued that ...") keeps the whole: who argued is part of the report. Before
    a tag it does not: "[Agriculture Secretary Richard Lyng said in a letter ... that
    retaliation would cover more than farm products], Bennett said" is wire copy's way
    of passing on a report, and what Bennett passed on is the inner content (as the
    editor's review annotates a report inside a report), unless that content opens on
    a pronoun for the inner source.
    """
    if outer.rule not in _CLAUSE_RULES:
        return outer
    for inner in reports:
        if inner is outer or inner.rule != VERB_CLAUSE_RULE or inner.speaker_end is None:
            continue  # not a vague holder: "said some people feel that ..." keeps the hedge
        if inner.speaker_start is None or not outer.start < inner.start < outer.end:
            continue
        opening = text[outer.start : inner.speaker_start].strip().lower()
        if opening not in {"", "that"} and not (_tag_after(outer) and opening in _CONNECTIVES):
            continue  # the inner source must open the content ("said [that] the data show")
        passed_on = _tag_after(outer) and (inner.cue or "").lower() in PLAIN_REPORT_CUES
        if inner.end != outer.end and not (passed_on and _cut_short(text, inner, outer)):
            continue
        if (inner.speaker_mention or "").lower() in _SAME_SOURCE:
            continue
        if passed_on:
            if _opens_on_pronoun(inner.text):
                continue  # "[The CBT has said it may apply ...], a CFTC spokesman said"
            end = outer.end
            return dataclasses.replace(outer, text=text[inner.start : end], start=inner.start)
        between = doc.char_span(inner.speaker_end, inner.start, alignment_mode="expand")
        words = [t for t in between or () if not (t.is_space or t.lower_ == "that")]
        if len(words) != 1 or words[0].lemma_.lower() not in _ASSESSMENT_VERBS:
            continue
        return dataclasses.replace(outer, text=inner.text, start=inner.start, end=inner.end)
    return outer


def _cut_short(text: str, inner: Quote, outer: Quote) -> bool:
    """Whether an inner report stops short of the outer one's end only because the
    parser stopped it early: "[The Soviet government said economic results achieved in
    the first three months (| the parse stops here, at a line wrap |) were
    unsatisfactory], the official news agency Tass said". The words left over hold no
    sentence end and no tag of their own, so they are the rest of the inner content."""
    rest = text[inner.end : outer.end]
    return (
        inner.end < outer.end
        and not any(stop in rest for stop in (". ", "? ", "! ", ";"))
        and not _TAG_INSIDE.search(rest)
    )


#: A connective before the inner source of a report that opens before its tag ("[But
#: one Japanese oil company ... said business would continue], a spokesman said").
_CONNECTIVES = word_set("but and however meanwhile")


def _opens_on_pronoun(content: str) -> bool:
    """Whether content opens on a pronoun, which cut from its source would stand for
    the tag's speaker instead ("it may apply for approval", said by the CBT, shown under
    the CFTC)."""
    words = [word.lower().strip(",") for word in content.split()]
    if words[:1] == ["that"]:
        words = words[1:]  # the complementiser, still in place here: "that it may apply"
    return bool(words) and words[0] in _PRONOUNS


def _tag_after(report: Quote) -> bool:
    """Whether a report stands before its tag ("[...], Bennett said")."""
    return report.speaker_start is not None and report.speaker_start >= report.end


def _split_quoted_reports(
    indirect: list[Quote],
    spans: list[QuoteSpan],
    reported: dict[int, _Attribution],
    clauses: dict[int, Quote],
) -> Iterable[Quote]:
    """Keep reported clauses without marks; hand the quoted words of the others over.

    "X said the plan was “a disaster”" is one attribution whose exact words are quoted:
    it is reported once, as the partial quotation (with X and the cue), not twice. The
    quoted words inside such a clause are speech even when short (“obsessed”), so
    `reported` (start of quoted span -> attribution) lifts the scare-quote filter for them;
    `clauses` (start of quoted span -> the reported clause) lets a short fragment be shown
    with the clause that holds it (`_fragments_in_clauses`).
    """
    ends = [span.end for span in spans]  # spans are disjoint and sorted
    for quote in indirect:
        lo = bisect.bisect_right(ends, quote.start)
        held = []
        while lo < len(spans) and spans[lo].start < quote.end:
            held.append(spans[lo])
            lo += 1
        if not held:
            yield quote
            continue
        attribution = _Attribution(quote.cue, None, rule="direct.in_report")
        if quote.speaker_start is not None and quote.speaker_end is not None:
            attribution.speaker_chars = (quote.speaker_start, quote.speaker_end)
            attribution.speaker_text = quote.speaker_mention
        for span in held:
            reported.setdefault(span.start, attribution)
            clauses.setdefault(span.start, quote)


def _fragments_in_clauses(
    doc: Doc, text: str, quotes: list[Quote], clauses: dict[int, Quote]
) -> list[Quote]:
    """Quoted fragments shown with the reported clause that holds them.

    "Howard said Lord Butler had given the 'most damaging testimony' he could remember":
    shown alone, "most damaging testimony" reads as a scare quote and says nothing of
    what Howard said; "Austin said he would not view it as an 'operational or a strategic
    setback'" even says the opposite once "not" is cut off. What was reported is the
    clause, with the quoted words in it. So a partial quotation inside a plain reported
    clause becomes that clause (still "partial": the text holds quoted words, as PolNeAR
    counts it), once per clause; the clause's other fragments stay in the record,
    unpublished (IN_CLAUSE_RULE). However long the fragment: "Mr Galloway said he had
    accepted the invitation to stand with 'great honour and pride'" and "the party
    would 'turn the East End of London into a fortress'" say nothing of what was said
    without their subject, and a "he" in the clause is read from the clause's own
    speaker, not from the name the clause opens on ("Mr Bush's first task was to
    'rebuild ...', he said" is the Liberal leader's; session 41 reviews: 7 of 94 errors
    were fragments cut from their clause). Where the clause ends: `_report_end`.
    A quoted name or label in the clause ("said the government had not ruled out
    'appropriate and timely' action", "said the plan, dubbed 'the harbour deal', was
    signed") is shown the same way: the label alone is never published, and without
    its clause the report would be lost (editor review: Reuters and BBC reports with a
    quoted label in them, annotated as what the speaker said).
    A clause that also holds a direct quotation is left as it is. (Longer quoted words
    after "is in" are shown with their subject: `_predicates_with_subjects`.)
    """
    by_clause: dict[int, list[Quote]] = {}
    for quote in quotes:
        clause = clauses.get(quote.start)
        if clause is not None and quote.kind != "indirect":
            by_clause.setdefault(id(clause), []).append(quote)
    replaced: dict[int, Quote] = {}
    held_by: dict[int, Quote] = {}
    done: set[int] = set()
    for quote in quotes:
        clause = clauses.get(quote.start)
        if clause is None or id(clause) in done:
            continue
        done.add(id(clause))
        held = by_clause.get(id(clause), [])
        if not _plain_report(clause) or any(q.kind != "partial" for q in held):
            continue  # "described his intervention as 'very important'": an object phrase
        if _loose_clause(text, clause, held) or any(_cue_inside(q, clause) for q in held):
            continue  # "X said ..., while Labour criticised 'extravagant' promises"
        first = held[0]
        if first.speaker_start is None and clause.speaker_start is not None:
            first = dataclasses.replace(
                first,
                cue=clause.cue,
                speaker_mention=clause.speaker_mention,
                speaker_start=clause.speaker_start,
                speaker_end=clause.speaker_end,
            )
        quoted_from = min(q.start for q in held)  # where the quoted words begin, and end
        quoted_to = max(q.end for q in held)
        end = _closing_mark(text, clause.start, clause.end)
        end = _report_end(doc, text, quoted_to, end)
        short = any(
            _words(q.text) < SHORTEST_PUBLISHED_PARTIAL or q.rule in {LABEL_RULE, GAP_RULE}
            for q in held
        )  # unpublished alone: shown with the clause, or not at all
        if not short and (
            _unbalanced(text[clause.start : end])
            or _participle_cue(doc, clause, held)
            or _inner_report(doc, clause, held)
        ):
            continue  # 'he "would require ... capital' (the quotation runs on past the
            # clause), '..., adding they would "work as a team"' (a report of its own):
            # words long enough to be shown alone are, as they are
        opening = text[clause.start : quoted_from].strip(_OPENING + " \t\n")
        closing = text[quoted_to:end].strip(_CLOSING_PUNCTUATION + " \t\n")
        if not opening and not closing and not short:
            continue  # the clause is the quotation itself, marks and all
        start = clause.start
        lead_in = text[start:quoted_from]
        if not short and ";" in lead_in:
            # "In the 1990s, Nagel not only served ...; he was assigned to 'work with
            # ...,' he said": the report is the last clause, the writer's before it
            start += lead_in.rindex(";") + 1
            start += len(text[start:]) - len(text[start:].lstrip())
        replaced[id(held[0])] = dataclasses.replace(
            first, text=text[start:end], start=start, end=end, rule=CLAUSE_RULE
        )
        for other in held:
            held_by[id(other)] = first
    out = []
    for quote in quotes:
        if id(quote) in replaced:
            out.append(replaced[id(quote)])
        elif id(quote) in held_by:
            out.append(dataclasses.replace(quote, rule=IN_CLAUSE_RULE))
        else:
            out.append(quote)
    return out


def _report_end(doc: Doc, text: str, last: int, end: int) -> int:
    """Where a reported clause shown with its quoted words ends: at the closing mark of
    its last fragment when what follows is the writer's, not the report's; else at
    `end`. The writer's: words set off by a comma that are no clause of their own ("he's
    'losing the war on terrorism,' part of a verbal lashing they have given the
    president"; not ", and that ..." nor ", it will take all steps"), and the occasion of
    the saying ("the film culture was 'in a sorry state' at a press conference on
    Tuesday": `SAYING_OCCASION_NOUNS`). A verb coordinated after the marks stays: "said
    Clinton had been 'extremely careless' and mishandled classified information" is all
    the report (a reader of "said the bill was 'a disaster' and voted no" sees whose
    vote it is; a report cut short loses what was said)."""
    mark = last
    while mark < end and text[mark] in _CLOSING_PUNCTUATION:
        mark += 1
    tail = doc.char_span(mark, end, alignment_mode="expand") if mark < end else None
    if tail is None:
        return end
    words = [t for t in tail if not t.is_space]
    if not words:
        return end
    if "," in text[last:mark] or words[0].text == ",":
        rest = [t for t in words if not t.is_punct][:2]
        report = len(rest) == 2 and rest[0].pos_ == "CCONJ" and rest[1].lower_ == "that"
        if not report and not _own_clause_root(tail):
            return mark  # "it will take all steps": the report's main clause goes on
    words = [t for t in words if not t.is_punct]
    if words and words[0].dep_ == "prep" and words[0].lower_ in {"at", "in", "during", "on"}:
        objects = [t for t in words[0].subtree if t.dep_ == "pobj"]
        if objects and objects[0].lemma_.lower() in SAYING_OCCASION_NOUNS:
            return mark
    return end


def _unbalanced(shown: str) -> bool:
    """Whether text shown as one quote leaves a double quotation mark open."""
    return _straight_open(shown) or shown.count("\u201c") != shown.count("\u201d")


def _participle_cue(doc: Doc, clause: Quote, held: list[Quote]) -> bool:
    """Whether a speech verb's participle set off by a comma, hung on a word outside the
    clause (the speaker's own verb), stands in the clause before its first quoted
    fragment: "Alan Johnson said it was wrong to suggest the chancellor would usurp Mr
    Milburn, adding they would 'work as a team'": the fragment belongs to the report
    "adding" opens, not to the clause the parser ran on to it (whatever word the parser
    hangs "adding" or "saying" on). One the clause's own subject does is what was
    reported ("Ebbers ordered adjustments, telling him to 'hit our books'")."""
    before = doc.char_span(clause.start, min(q.start for q in held), alignment_mode="contract")
    if before is None:
        return False
    inside = range(before.start, before.end)
    return any(
        t.tag_ == "VBG"
        and t.lemma_.lower() in REPORTING_VERBS
        and t.i > 0
        and doc[t.i - 1].text == ","
        and (t.head.i not in inside or t.lemma_.lower() in _GOING_ON_CUES)
        for t in before
    )


def _inner_report(doc: Doc, clause: Quote, held: list[Quote]) -> bool:
    """Whether a reporting verb with a subject of its own stands in the clause between its
    quoted fragments: "Labour says a Lib Dem vote could 'let the Tories in', while
    the Tories say the Lib Dems would mean 'higher taxes, soft crime laws'": the
    fragment is the Tories' words, not the report the clause opens with. Anywhere before
    the last fragment, outside the quoted words."""
    before = doc.char_span(clause.start, max(q.start for q in held), alignment_mode="contract")
    if before is None:
        return False
    return any(
        t.pos_ == "VERB"
        and t.lemma_.lower() in _SAYING_VERBS
        and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in t.children)
        and any(_holds_fragment(c, held) for c in t.children if c.dep_ == "ccomp")
        and not any(q.start <= t.idx < q.end for q in held)
        for t in before
    )


#: Verbs of saying whose own subject, named, is another voice inside a report ("the
#: Tories say"); not a speaker's own "he feared", "she thought" or a study that "shows".
_SAYING_VERBS = frozenset({"say", "claim", "argue", "insist", "tell", "warn"})


def _holds_fragment(clause: Token, held: list[Quote]) -> bool:
    """Whether a verb's clause complement runs over a quoted fragment ("say [the Lib Dems
    would mean 'higher taxes']"; not "reported [a rise] ... had it not been for")."""
    begin = clause.left_edge.idx
    end = clause.right_edge.idx + len(clause.right_edge.text)
    return any(begin <= q.start < end for q in held)


#: Participles that go on with the speaker's own report wherever the parser hangs them
#: (", adding they would ...", ", saying ..."): see `_participle_cue`.
_GOING_ON_CUES = frozenset({"add", "say"})


def _own_clause_root(tail: Span) -> bool:
    """Whether words after a quoted fragment are a clause of their own: their root a
    verb with its own subject ("..., it will take all steps necessary")."""
    root = tail.root
    return root.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in root.children
    )


def _predicates_with_subjects(doc: Doc, text: str, quotes: list[Quote]) -> list[Quote]:
    """Quoted words after "is in" shown with the subject they are said of: "said Ms
    Carter is in "good enough overall health to serve as governor"" is shown from "Ms
    Carter", as a reported clause holding a quoted fragment is (CLAUSE_RULE), when the
    parser found no report to hold it (`predicate_fragments`). Alone, the words do not
    say whom they are about (blind review 33)."""
    out = []
    for quote in quotes:
        start = None
        if quote.kind == "partial" and quote.rule not in UNPUBLISHED_RULES | {CLAUSE_RULE}:
            start = clause_start(doc, quote.start, quote.end)
        before = text[start : quote.start] if start is not None else ""
        if start is None or "\n" in before or _TAG_INSIDE.search(before):
            out.append(quote)
            continue
        if quote.speaker_start is not None and start < quote.speaker_start < quote.end:
            out.append(quote)  # the speaker's tag inside: "Ms Carter, he said, is in "..."
            continue
        end = _closing_mark(text, start, quote.end)
        rest = clause_end(doc, quote.start, quote.end)
        tail = text[end:rest]  # "is in "good health" [to serve]": the copula's words go on
        if tail and not (_QUOTE_MARK.search(tail) or _TAG_INSIDE.search(tail) or "\n" in tail):
            end = rest
        out.append(
            dataclasses.replace(quote, text=text[start:end], start=start, end=end, rule=CLAUSE_RULE)
        )
    return out


def _subjects_with_predicates(doc: Doc, text: str, quotes: list[Quote]) -> list[Quote]:
    """Quoted words that are a reported clause's subject shown with its predicate: "said
    "sustained and deep reform efforts" are needed to ensure long term growth" is shown
    from the subject's first word to the clause's end (`fragment_clauses`), as a
    reported clause holding a quoted fragment is (CLAUSE_RULE). Alone, the noun phrase
    says nothing of what was claimed (blind review 34). Only fragments long enough to
    be shown alone: a shorter one is shown with its clause, or not at all, already
    (`_fragments_in_clauses`), and "our client" in a clause reads as the speaker's
    label for someone, the clause the writer's."""
    out = []
    for quote in quotes:
        bounds = None
        if (
            quote.kind == "partial"
            and quote.rule not in UNPUBLISHED_RULES | {CLAUSE_RULE}
            and _words(quote.text) >= SHORTEST_PUBLISHED_PARTIAL
        ):
            bounds = subject_clause(doc, quote.start, quote.end)
        if bounds is None:
            out.append(quote)
            continue
        start, end = bounds
        around = text[start : quote.start] + text[quote.end : end]
        if "\n" in around or _TAG_INSIDE.search(around) or text[quote.end + 1 : end].count('"'):
            out.append(quote)
            continue
        out.append(
            dataclasses.replace(quote, text=text[start:end], start=start, end=end, rule=CLAUSE_RULE)
        )
    return out


#: A speech tag of its own inside a clause ("It said incentives were 'gimmicks', MPs
#: said"), or a clause opening on its verb, its subject cut off ("Last year, he said,
#: was all about 'the IPTV ecosystem'"): the clause found is not one report.
_TAG_INSIDE = re.compile(TAG_VERBS_PATTERN)
_QUOTE_MARK = re.compile('["\u201c\u201d\u2018\u2019]')
_OPENS_ON_VERB = re.compile(r"^(?:is|was|are|were|has|had|have|will|would|can|could)\b")


def _loose_clause(text: str, clause: Quote, held: list[Quote]) -> bool:
    """Whether a reported clause is no clean frame for its quoted fragments: it opens
    inside a quotation ('we are sorry" for ...'), runs over a paragraph break, holds a
    speech tag of its own, has lost its subject, or stops inside a fragment."""
    before = text[clause.start : min(q.start for q in held)]
    if not before.rstrip().endswith(tuple(_OPENING)):
        return True
    if clause.end < max(q.start + len(text[q.start : q.end].rstrip(".,;:!?… ")) for q in held):
        return True  # cut inside a fragment ("the troops 'continued their advance ..."):
        # shown, the clause would leave its quotation mark open
    words = clause.text
    if "\n\n" in words:
        return True  # a headline's quotation joined to the story below it
    return bool(_TAG_INSIDE.search(words) or _OPENS_ON_VERB.match(words))


_OPENING = "\"\u201c\u2018'"
#: Occasions that are only a saying (data/quote_words.toml): see `_report_end`.
SAYING_OCCASION_NOUNS = word_lists("quote_words")["saying_occasion_nouns"]
#: What closes a quoted fragment: its marks and the punctuation inside them.
_CLOSING_PUNCTUATION = "\"\u201d\u2019'.,;:!?"


def _cue_inside(fragment: Quote, clause: Quote) -> bool:
    """Whether a fragment's own cue is another verb inside the clause that holds it: the
    clause then joins two reports ("the plan could let extreme groups run policing,
    while Labour criticised 'extravagant' promises"), and the fragment is not its words."""
    cue = (fragment.cue or "").lower()
    return bool(cue) and cue != (clause.cue or "").lower() and cue in clause.text.lower().split()


def _plain_report(clause: Quote) -> bool:
    """Whether a reported clause is a plain report ("X said (that) ...", "X told ...",
    "X added ..."): the frame in which a short quoted fragment stands for what was said.
    Under other cues ("saying he has the 'wrong solution' to them", "according to ...")
    the clause found is less often the report an editor would list (editor review TUNE:
    shown whole, 26 of 41 were right), so the fragment stays unpublished there."""
    return clause.rule == VERB_CLAUSE_RULE and (clause.cue or "").lower() in PLAIN_REPORT_CUES


def _words(text: str) -> int:
    return len(text.split())


def _closing_mark(text: str, start: int, end: int) -> int:
    """The end of a clause taken past the closing mark of the quotation it ends in: a
    reported clause stops at its last word, and 'his intervention was "very important'
    would show a quotation mark opened and never closed. Two apostrophes stand for a
    double mark in some papers' text ("his 757 was a ''truly great aircraft.''")."""
    inner = text[start:end]
    doubled = inner.count(_DOUBLED_MARK) % 2 == 1
    plain = _straight_open(inner) or inner.count("\u201c") > inner.count("\u201d")
    if not (doubled or plain):
        return end
    i = end
    while i < len(text) and text[i] in ".,;:!?":
        i += 1
    if plain and i < len(text) and text[i] in '"\u201d':
        return i + 1
    if doubled and text.startswith(_DOUBLED_MARK, i):
        return i + len(_DOUBLED_MARK)
    return end


#: Two apostrophes written for a double quotation mark (New York Times text).
_DOUBLED_MARK = "''"


def _straight_open(text: str) -> bool:
    """Whether `text` leaves a straight double quotation mark open (doubled apostrophes,
    which stand for a mark of their own, left aside)."""
    return text.replace(_DOUBLED_MARK, "").count('"') % 2 == 1


def _repeats(quotes: list[Quote]) -> list[Quote]:
    """Quoted fragments whose words an earlier quotation of the article holds in full:
    the fragment is marked REPEAT_RULE (kept, unpublished); the full quotation is shown.
    A fragment before the full quotation is the story's lead-in to it ("insisted that
    'what they were was anti-Tory'", then the whole sentence) and stays."""
    full: list[str] = []
    out = []
    for quote in quotes:  # in order of start
        words = plain_words(quote.text)
        if (
            quote.kind == "partial"
            and quote.rule != CLAUSE_RULE
            and len(words.split()) >= 2
            and any(words in other for other in full)
        ):
            quote = dataclasses.replace(quote, rule=REPEAT_RULE)
        if quote.kind == "direct":
            full.append(words)
        out.append(quote)
    return out


def plain_words(text: str) -> str:
    """Lower-case words only, one space apart: the same words however punctuated."""
    words = ("".join(c for c in word if c.isalnum()) for word in text.lower().split())
    return " " + " ".join(word for word in words if word) + " "
