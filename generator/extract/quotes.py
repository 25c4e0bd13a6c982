# ruff: noqa: RUF001, RUF002, RUF003 - quotation marks and dashes and apostrophes are the subject here
"""Quotations and reported speech in news text: who said what, anchored in the body.

A pure function in the style of `textacy.extract`: `extract_quotes(doc)` takes a parsed
spaCy Doc and returns `Quote` records sorted by start offset. It never raises.

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
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from generator.extract.actors import TITLE_WORDS
from generator.extract.quotemarks import QuoteSpan, find_quote_spans, paragraphs
from generator.extract.words import derived_lists, word_lists, word_set
from generator.model import Quote

log = logging.getLogger(__name__)


_WORDS = word_lists("quote_words")
#: Derived from PolNeAR train by benchmarks/polnear_cues.py --write (never by hand):
#: lemmas that are a gold cue in most of their uses with a clausal complement, a direct
#: object or a prepositional phrase. Used for reported speech only, never as cues of
#: direct quotations.
_DERIVED = derived_lists("polnear_cues")

#: Verbs that report speech or stance, by lemma (see data/quote_words.toml).
REPORTING_VERBS: frozenset[str] = _WORDS["reporting_verbs"]
_MANNER_VERBS = _WORDS["manner_verbs"]
_DERIVED_CLAUSAL = _DERIVED["clausal_verbs"]
_DERIVED_OBJECT = _DERIVED["object_verbs"]
_DERIVED_PREPOSITIONAL = _DERIVED["prepositional_verbs"]
_SOURCELESS = _WORDS["sourceless"]
_STANCE_ONLY = _WORDS["stance_only"]
_XCOMP_VERBS = _WORDS["xcomp_verbs"]
#: Objects that are no content ("told reporters", "added jobs").
_NO_NOMINAL = _WORDS["no_nominal"]
#: Verbs whose noun-phrase object is the attributed content ("criticized the plan"), and
#: the other verbs of speech and stance once they have a source ("offered a slogan",
#: "responded to the request", "voted for Clinton").
_NOMINAL_VERBS: frozenset[str] = (
    _WORDS["nominal_verbs"]
    | _DERIVED_OBJECT
    | _DERIVED_PREPOSITIONAL
    | ((REPORTING_VERBS | _XCOMP_VERBS | _DERIVED_CLAUSAL) - _NO_NOMINAL)
)
_INDIRECT_VERBS = REPORTING_VERBS | _NOMINAL_VERBS | _XCOMP_VERBS | _DERIVED_CLAUSAL
_CONTENT_PREPS = frozenset({"for", "about", "of", "to", "on"})
_MIN_CONTENT_WORDS = 2
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
_SCARE_MAX_WORDS = 3
#: Words that introduce quoted words as a name for something, not as anyone's speech:
#: the so-called "one-euro jobs", what he called a "fantasy island", a plan dubbed "X".
_LABEL_BEFORE = re.compile(
    r"(?:\bso-called|\bso called|\bdubbed|\bknown as|\bnicknamed"
    r"|\b(?:what|which) \w+ (?:\w+ )?(?:called|calls|dubbed|dubs|termed|terms))(?: an?| the)?$",
    re.IGNORECASE,
)
_LABEL_MAX_WORDS = 5


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
    frames: dict[str, dict[int, int]] | None = None  # see _frame_sources


#: Fixed frames that name a source, as spaCy DependencyMatcher patterns (data, not
#: code): each match gives an anchor token (the first node) and the source (the node
#: named "source"). "according to X"; "in X's words" / "in the words of X".
FRAME_PATTERNS: dict[str, list[list[dict[str, object]]]] = {
    "according_to": [
        [
            {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LOWER": "according"}},
            {"LEFT_ID": "anchor", "REL_OP": ".", "RIGHT_ID": "to", "RIGHT_ATTRS": {"LOWER": "to"}},
            {"LEFT_ID": "to", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ]
    ],
    "in_words_of": [
        [
            {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LEMMA": "word", "DEP": "pobj"}},
            {"LEFT_ID": "anchor", "REL_OP": "<", "RIGHT_ID": "in", "RIGHT_ATTRS": {"LOWER": "in"}},
            {
                "LEFT_ID": "anchor",
                "REL_OP": ">",
                "RIGHT_ID": "source",
                "RIGHT_ATTRS": {"DEP": "poss"},
            },
        ],
        [
            {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LEMMA": "word", "DEP": "pobj"}},
            {"LEFT_ID": "anchor", "REL_OP": "<", "RIGHT_ID": "in", "RIGHT_ATTRS": {"LOWER": "in"}},
            {
                "LEFT_ID": "anchor",
                "REL_OP": ">",
                "RIGHT_ID": "of",
                "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "of"},
            },
            {"LEFT_ID": "of", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "pobj"}},
        ],
    ],
}
_MATCHERS: dict[int, DependencyMatcher] = {}


def _frame_matcher(vocab: Vocab) -> DependencyMatcher:
    """One DependencyMatcher of FRAME_PATTERNS per vocabulary (built once per process)."""
    matcher = _MATCHERS.get(id(vocab))
    if matcher is None:
        matcher = DependencyMatcher(vocab)
        for name, patterns in FRAME_PATTERNS.items():
            for i, pattern in enumerate(patterns):
                matcher.add(f"{name}#{i}", [pattern])
        _MATCHERS.clear()  # one model per process; never grow with vocabularies
        _MATCHERS[id(vocab)] = matcher
    return matcher


def _frame_sources(ctx: _Ctx, name: str) -> dict[int, int]:
    """Anchor token index -> source token index for one frame, outside quotations.

    The first source of an anchor wins (a possessor before an "of" phrase), as the
    frames are read left to right.
    """
    if ctx.frames is None:
        ctx.frames = {frame: {} for frame in FRAME_PATTERNS}
        if ctx.doc.has_annotation("DEP"):
            matcher = _frame_matcher(ctx.doc.vocab)
            strings = ctx.doc.vocab.strings
            found = sorted((strings[match_id], tokens) for match_id, tokens in matcher(ctx.doc))
            for key, tokens in found:
                frame, index = key.split("#")
                ids = [node["RIGHT_ID"] for node in FRAME_PATTERNS[frame][int(index)]]
                anchor, source = tokens[ids.index("anchor")], tokens[ids.index("source")]
                if ctx.inside[anchor]:
                    continue
                ctx.frames[frame].setdefault(anchor, source)
    return ctx.frames[name]


# Rules whose finds are kept out of published briefings. An object phrase is not what
# someone said ("appear unwilling", "denied access", "criticised the plan"): PolNeAR
# counts it as an attribution, but on the editor-review benchmark's TUNE part only 5 of
# the 31 it put on pages were right, and a non-quote in "Who said what" costs an editor
# more than a report left out. The rules still run (and are scored on PolNeAR), since
# their finds anchor "he said" to the right speaker.
#: Quoted words introduced as a name ("the so-called "one-euro jobs"", "what he called a
#: "fantasy island""): PolNeAR counts them as partial quotes, an editor as no quote.
LABEL_RULE = "direct.label"
#: Embedded questions ("asked whether he was involved", "explained how voters will be
#: telephoned"): what was asked or talked about, not what was said.
QUESTION_RULE = "indirect.question"
#: The first one to three words of a quotation split by its speech tag (“So,” he said,
#: “...”): the words after the tag are listed, "So" alone is not.
LEAD_FRAGMENT_RULE = "direct.lead_fragment"
#: Reported clauses with a gap filled before the cue ("actions which it says bloggers
#: can take"): the words found are no statement on their own.
GAPPED_RULE = "indirect.gapped"
UNPUBLISHED_RULES = frozenset(
    {
        "indirect.verb_object",
        "indirect.passive_subject",
        LABEL_RULE,
        QUESTION_RULE,
        LEAD_FRAGMENT_RULE,
        GAPPED_RULE,
    }
)
#: Rules whose finds are published only with a speaker. An infinitive without a source
#: is a plan or an expectation, not a report ("Both sides agreed to begin talks", "the
#: family plans to drive", "spending is expected to continue"): on the TUNE part all 6
#: that reached a page without a speaker were non-quotes.
SPEAKER_ONLY_RULES = frozenset({"indirect.verb_infinitive"})
# A quoted fragment of at most this many words is published only inside a plain report
# ("Howard said Lord Butler had given the 'most damaging testimony'"): there it stands
# for what was said. Elsewhere it is the writer's sentence with a borrowed phrase
# ("attacked the way the war was 'sold'", "called it 'fantasy island'"), a scare quote
# that stays in the article text, not in "Who said what" (issue 11).
SHORTEST_PUBLISHED_PARTIAL = 4
#: Cues of plain reporting, as written: a short fragment under them is reported speech.
PLAIN_REPORT_CUES: frozenset[str] = _WORDS["plain_report_cues"]


#: Attributions whose cue is not in the quoted words' own sentence (taken from a
#: sentence nearby, carried over, or the sentence's subject with no cue at all).
_CUE_ELSEWHERE_RULES = frozenset(
    {"direct.nearby_sentence", "direct.carry", "direct.continued", "direct.sentence_subject"}
)


def published(quote: Quote) -> bool:
    """Whether a quote, once its speaker is resolved, goes into "Who said what"."""
    if quote.rule in UNPUBLISHED_RULES:
        return False
    if quote.kind == "indirect" and quote.speaker is None and not quote.speaker_mention:
        return False  # "reported fraud ... dropped": the text names no source at all
    if quote.speaker is None and quote.rule in SPEAKER_ONLY_RULES:
        return False
    if quote.kind != "partial" or len(quote.text.split()) >= SHORTEST_PUBLISHED_PARTIAL:
        return True
    if quote.rule in _CUE_ELSEWHERE_RULES:
        return False  # the "said" is another sentence's: here the words are the writer's
    return (quote.cue or "").lower() in PLAIN_REPORT_CUES


def extract_quotes(doc: Doc) -> list[Quote]:
    """Direct, partial and indirect quotations of `doc`, sorted by start offset.

    A failure is raised, not hidden: the guard in `extract_document` reports it (one odd
    article cannot stop a build of 100,000), and a result that met one is never cached.
    """
    text = doc.text
    spans = find_quote_spans(text)
    para_starts = [start for start, _ in paragraphs(text)] or [0]
    ctx = _Ctx(doc, text, _inside_mask(doc, text, spans), para_starts)
    quotes: list[Quote] = []
    reported: dict[int, _Attribution] = {}
    indirect = _outermost_reports(list(_indirect_quotes(doc, ctx)))
    quotes.extend(_split_quoted_reports(indirect, spans, reported))
    quotes.extend(_direct_quotes(doc, spans, ctx, reported))
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


def _outermost_reports(indirect: list[Quote]) -> list[Quote]:
    """Reported clauses that no other reported clause holds.

    "Devine said he does not think the contest will hurt the party" is Devine's claim;
    "the contest will hurt the party" is not a second attribution to "he" but part of
    it (as PolNeAR annotates it, and as a reader wants it: once, with its source).
    """
    ordered = sorted(indirect, key=lambda q: (q.start, -q.end))
    kept: list[Quote] = []
    reach = -1
    for quote in ordered:
        if quote.end <= reach:
            continue
        kept.append(quote)
        reach = max(reach, quote.end)
    return kept


def _split_quoted_reports(
    indirect: list[Quote], spans: list[QuoteSpan], reported: dict[int, _Attribution]
) -> Iterable[Quote]:
    """Keep reported clauses without marks; hand the quoted words of the others over.

    "X said the plan was “a disaster”" is one attribution whose exact words are quoted:
    it is reported once, as the partial quotation (with X and the cue), not twice. The
    quoted words inside such a clause are speech even when short (“obsessed”), so
    `reported` (start of quoted span -> attribution) lifts the scare-quote filter for them.
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


# --------------------------------------------------------------------------- direct


def _direct_quotes(
    doc: Doc, spans: list[QuoteSpan], ctx: _Ctx, reported: dict[int, _Attribution]
) -> Iterable[Quote]:
    """One Quote per quoted span that quotes speech rather than scare-quoting a word."""
    previous: tuple[QuoteSpan, _Attribution, Quote] | None = None
    for index, qspan in enumerate(spans):
        quote_span = doc.char_span(qspan.start, qspan.end, alignment_mode="expand")
        if quote_span is None or len(quote_span) == 0:
            continue
        attribution = _attribute_direct(doc, qspan, quote_span, ctx)
        in_report = qspan.start in reported
        if in_report and not attribution.has_speaker:
            attribution = reported[qspan.start]
        if not attribution.has_speaker:
            attribution = _dash_signature(doc, quote_span, ctx) or attribution
        if not attribution.has_speaker and previous is not None:
            attribution = _carry(doc, ctx, qspan, quote_span, previous, attribution)
        heard = False  # a verb of speech or stance beside it, whoever its subject
        if not attribution.has_speaker:
            nearby, heard = _nearby_speaker(doc, quote_span, ctx)
            if nearby is not None:
                attribution = _sentence_subject(ctx, qspan, quote_span) or nearby
        if not attribution.has_speaker and _in_headline(ctx, qspan):
            attribution = _headline_speaker(ctx, qspan) or attribution
        kind = _direct_kind(ctx, qspan, quote_span, attribution, in_report, heard)
        if kind is None:
            continue
        start, end = _trim_quote(ctx.text, qspan.start, qspan.end)
        quote = Quote(
            text=ctx.text[start:end], kind=kind, start=start, end=end, **attribution.fields()
        )
        if _labelled(ctx, qspan, quote_span) or (
            kind == "partial" and _named_in_body(ctx, qspan, quote_span)
        ):
            quote.rule = LABEL_RULE
        elif index + 1 < len(spans) and _lead_fragment(ctx, quote_span, qspan, spans[index + 1]):
            quote.rule = LEAD_FRAGMENT_RULE
        previous = (qspan, attribution, quote)
        yield quote


_LEAD_FRAGMENT_GAP = 100  # "“For X,” she had said as she concluded her case, “...”"


def _lead_fragment(ctx: _Ctx, quote: Span, qspan: QuoteSpan, following: QuoteSpan) -> bool:
    """Whether a quotation is the first words of one sentence split by its speech tag:
    “So,” the judge said, “I take it your answer is no.” Shown alone, "So" says nothing;
    the words after the tag carry the quotation.
    """
    words = [t for t in quote if t.is_alpha or t.like_num]
    if len(words) > _SCARE_MAX_WORDS:
        return False
    inner = ctx.text[qspan.start : qspan.end].rstrip(" '’")
    if not inner.endswith((",", "…", "...")):
        return False
    between = ctx.text[qspan.end : following.start]
    tag = between.strip(" \"'“”‘’")
    return (
        len(between) <= _LEAD_FRAGMENT_GAP
        and "\n" not in between
        and tag.endswith((",", ":"))
        and not any(stop in tag for stop in (". ", "? ", "! "))
    )


def _named_in_body(ctx: _Ctx, qspan: QuoteSpan, quote: Span) -> bool:
    """Whether quoted words in the body are a title-cased name with no verb: a campaign,
    a day, a programme ("the “Free Harbour Day”"), even inside a report. Headlines
    quote in title case, so they are left alone."""
    words = [t for t in quote if t.is_alpha or t.like_num]
    return (
        not _in_headline(ctx, qspan)
        and 0 < len(words) < 8
        and _is_title(words)
        and not any(t.pos_ in {"VERB", "AUX"} for t in quote)
    )


def _labelled(ctx: _Ctx, qspan: QuoteSpan, quote: Span) -> bool:
    """Whether the quoted words are introduced as a name: the so-called "one-euro
    jobs", what he called a "fantasy island"."""
    words = [t for t in quote if t.is_alpha or t.like_num]
    before = _before_in_sentence(ctx, qspan, quote)
    return len(words) <= _LABEL_MAX_WORDS and _LABEL_BEFORE.search(before) is not None


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


def _before_in_sentence(ctx: _Ctx, qspan: QuoteSpan, quote: Span) -> str:
    """The writer's words before the opening mark, in the quotation's sentence."""
    start = max(quote[0].sent.start_char, _paragraph_start(ctx, qspan.start))
    before = ctx.text[start : max(start, qspan.start - 1)].rstrip("'").strip()  # '' marks
    # "... said of their time there. ''They'd do the dance'': the parser missed a full
    # stop before the mark; the quotation opens a sentence of its own.
    return "" if before.endswith((".", "?", "!")) and len(before) > 1 else before


def _trim_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing comma inside the marks: it belongs to the writer's sentence."""
    while end > start and text[end - 1] in ",;: ":
        end -= 1
    return start, end


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


def _attribute_direct(doc: Doc, qspan: QuoteSpan, quote: Span, ctx: _Ctx) -> _Attribution:
    """The cue and speaker of a quoted span, from its own sentence(s) or a colon lead-in.

    A verb whose complement holds the quotation wins over a merely nearby one. When the
    quoted words are a fragment inside the writer's sentence and several reporting verbs
    govern them ("Ms Cooper said Mr Sullivan had not mentioned “anything uncomfortable”"),
    the outermost one speaks: the words are the reporter's rendering of what they said.
    """
    window = _frame(doc, ctx, quote)
    candidates: list[tuple[int, Token, Span, bool]] = []
    for token in window:
        if ctx.inside[token.i] or not _is_reporting(token, direct=True):
            continue
        speaker = _speaker_of(token, ctx)
        if speaker is None:
            continue
        distance = min(abs(token.idx - qspan.end), abs(token.idx - qspan.start))
        candidates.append((distance, token, speaker, _governs(token, quote)))
    governing = [c for c in candidates if c[3]]
    before = _before_in_sentence(ctx, qspan, quote)
    if len(governing) > 1 and before and not before.endswith((":", ",")):
        verbs = {c[1].i for c in governing}
        governing = [c for c in governing if not any(a.i in verbs for a in c[1].ancestors)]
    pool = governing or candidates
    if pool:
        _, verb, speaker, _ = min(pool, key=lambda c: c[0])
        return _Attribution(_cue_text(verb), speaker, rule="direct.speech_verb")
    according = _according_to(window, ctx) or _in_words_of(window, ctx)
    if according is not None:
        return according
    colon = _colon_lead_in(doc, qspan, quote, ctx)
    if colon is not None:
        return colon
    tag = _speech_tag_shape(doc, qspan, quote, ctx)
    if tag is not None:
        return tag
    return _Attribution(None, None, rule="direct.no_speaker")


def _speech_tag_shape(doc: Doc, qspan: QuoteSpan, quote: Span, ctx: _Ctx) -> _Attribution | None:
    """ "“...,” Toomey fumed on Tuesday.": any verb in the shape of a speech tag.

    A quotation ending in a comma, "?" or "!" inside its marks and followed by a subject
    and its verb (or the verb and its subject) ending the sentence is attributed by them,
    whatever the verb ("fumed", "vented", "laughed").
    """
    inner = ctx.text[qspan.start : qspan.end].rstrip(" '\u2019")  # '' marks: one ' kept
    if not inner.endswith((",", "?", "!")):
        return None
    k = quote.end
    while k < len(doc) and (ctx.inside[k] or doc[k].is_space) and doc[k].is_punct:
        k += 1
    if k >= len(doc) or "\n" in ctx.text[quote.end_char : doc[k].idx]:
        return None
    for token in doc[k : min(len(doc), k + _TAG_MAX_TOKENS)]:
        if token.pos_ != "VERB" or ctx.inside[token.i]:
            continue
        if any(
            c.dep_ in {"dobj", "ccomp", "xcomp"} and not ctx.inside[c.i] for c in token.children
        ):
            return None  # a complement of its own: not a tag of this quotation
        subjects = [c for c in token.children if c.dep_ == "nsubj" and not ctx.inside[c.i]]
        if not subjects:
            name = _name_before(doc, k, token)
            if name is None:
                return None
            return _Attribution(_cue_text(token), name, rule="direct.name_before_verb")
        if token.i - k > _TAG_SHORT_TOKENS and not _subject_fills(token, k):
            return None
        speaker = _mention(subjects[0], ctx)
        if speaker.start != k and token.i != k:
            return None  # the tag starts right after the closing mark
        if speaker.root.pos_ not in {"PROPN", "PRON", "NOUN"} or not _can_speak(speaker, ctx):
            return None
        return _Attribution(_cue_text(token), speaker, rule="direct.speech_tag_shape")
    return None


def _name_before(doc: Doc, start: int, verb: Token) -> Span | None:
    """ "“...,” William Daley, Obama's former chief of staff, said": the name that opens
    the tag, when the parser hung it elsewhere and left the verb without a subject.

    Only a run of proper nouns right after the closing mark, followed by the verb or by
    an apposition between commas and then the verb, and only for verbs of speech.
    """
    if not _is_reporting(verb, direct=True):
        return None
    end = start
    while end < verb.i and doc[end].pos_ == "PROPN":
        end += 1
    if end == start:
        return None
    gap = doc[end : verb.i]
    if len(gap) and not (gap[0].text == "," and gap[-1].text == ","):
        return None
    return doc[start:end]


def _governs(verb: Token, quote: Span) -> bool:
    """Whether the parse links a verb to a quotation: a complement in it, or it beside it.

    "“...,” X said" parses the quotation as the verb's ccomp, "X said: “...”" and
    "X told reporters “...”" likewise or as a parataxis; a verb whose subtree misses the
    quotation entirely is another clause's.
    """
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "npadvmod"}:
            continue
        if child.left_edge.i < quote.end and child.right_edge.i >= quote.start:
            return True
    head = verb.head
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False  # "... “caused uproar” when he said his ministry ...": its own content
    return verb.dep_ in {"parataxis", "advcl"} and quote.start <= head.i < quote.end


def _frame(doc: Doc, ctx: _Ctx, quote: Span) -> Span:
    """The sentences around a quotation, within its paragraph.

    The parser sometimes ends a sentence at the closing mark (“...?” he asked.), so the
    frame runs on to the next sentence when that one starts in lower case.
    """
    first = quote[0].sent
    last = quote[-1].sent
    start, end = first.start, last.end
    if end < len(doc) and "\n" not in doc[end - 1 : end + 1].text:
        nxt = doc[end].sent
        if doc[end].is_lower or (doc[end].is_punct and len(nxt) > 1 and nxt[1].is_lower):
            end = nxt.end
    # stay inside the quotation's paragraph(s)
    while start < quote.start and "\n" in ctx.text[doc[start].idx : quote.start_char]:
        start += 1
    while end > quote.end and "\n" in ctx.text[quote.end_char : doc[end - 1].idx]:
        end -= 1
    return doc[start:end]


def _is_reporting(token: Token, direct: bool) -> bool:
    """Whether `token` reports speech or stance.

    Cues of quotations are speech verbs only; reported content also comes with verbs of
    stance, intention and judgement ("believes", "vowed to", "criticized").
    """
    if token.pos_ not in {"VERB", "AUX"} and token.tag_ not in {"VBD", "VBZ", "VBP", "VBG"}:
        return False
    lemma = token.lemma_.lower()
    if direct:
        speech = (lemma in REPORTING_VERBS and lemma not in _STANCE_ONLY) or lemma in _MANNER_VERBS
        return speech or _puts_it(token)
    return lemma in _INDIRECT_VERBS


def _puts_it(token: Token) -> bool:
    """ "As Professor Foner put it, ''...''": the idiom quotes someone's own words."""
    return token.lemma_.lower() == "put" and any(
        child.dep_ == "dobj" and child.lower_ == "it" for child in token.children
    )


def _speaker_of(verb: Token, ctx: _Ctx) -> Span | None:
    """The subject of a reporting verb, as a noun phrase outside any quotation.

    "X quoted Y (as saying)" and "X cited Y": Y speaks, X only relays. Subjects that
    cannot speak are passed over: a dateline the parser took for a subject
    ("SEOUL, Aug. 20 (Yonhap) -- the paper said"), a demonstrative ("this would"), a
    clause.
    """
    relayed = _relayed_speaker(verb, ctx)
    if relayed is not None:
        return relayed
    agent = _agent(verb, ctx)
    if agent is not None:
        return agent
    found = _subject_mention(verb, ctx) or _inverted_subject(verb, ctx)
    if found is not None:
        return found
    found = _shared_subject(verb, ctx)
    if found is not None:
        return found
    if verb.dep_ == "relcl" and not ctx.inside[verb.head.i]:
        mention = _mention(verb.head, ctx)
        return mention if _can_speak(mention, ctx) else None
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in {"NOUN", "PROPN"}:
        # "a group backing Huckabee", "an email stressing the impact"
        issuer = _issuer(head, ctx)
        if issuer is not None:
            return issuer
        mention = None if ctx.inside[head.i] else _mention(head, ctx)
        return mention if mention is not None and _can_speak(mention, ctx) else None
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep":
        # "tripped up Rubio by calling him out": the subject of the verb the phrase modifies
        host = verb.head.head
        if host.pos_ in {"VERB", "AUX"} and host.i != verb.i:
            return _subject_mention(host, ctx)
    return None


_SUBJECT_HOPS = 3


_PERSONAL_PRONOUNS = word_set("he she they i we")


def _names_someone(mention: Span) -> bool:
    """Whether a mention is a name or a personal pronoun ("Ms Lopez", "she")."""
    head = mention.root
    return head.pos_ == "PROPN" or head.lower_ in _PERSONAL_PRONOUNS


def _is_person(mention: Span) -> bool:
    """Whether a mention names a person: "Clinton seemed to ..." is her stance."""
    root = mention.root
    return root.lower_ in _PERSONAL_PRONOUNS or root.ent_type_ == "PERSON"


#: What people issue, write or post: "X issued a statement saying ..." is X's word.
_DOCUMENT_NOUNS = word_set(
    """
    statement letter memo memorandum report tweet email e-mail notice ad advertisement
    resolution post message release note video editorial column filing petition speech
    """
)


def _issuer(document: Token, ctx: _Ctx) -> Span | None:
    """The subject of "issued a statement" / "sent a letter" when the document speaks."""
    if document.lemma_.lower() not in _DOCUMENT_NOUNS:
        return None
    host = document.head
    if document.dep_ == "pobj" and host.dep_ == "prep":
        host = host.head  # "in a statement saying"
    elif document.dep_ != "dobj":
        return None
    if host.pos_ != "VERB" or host.i == document.i:
        return None
    return _subject_mention(host, ctx)


def _shared_subject(verb: Token, ctx: _Ctx) -> Span | None:
    """The subject a verb shares with the clause it hangs from.

    "..., the minister said, adding ...", "X told reporters, saying ...", "they reversed
    themselves, rushed inside and said ..." (a chain of conjuncts), and "voters were
    more likely to say ..." (the subject of the copula the adjective belongs to).
    """
    start = verb
    for _ in range(_SUBJECT_HOPS):
        if verb.dep_ not in {"advcl", "xcomp", "conj"} or verb.head.i == verb.i:
            return None
        conjoined = verb.dep_ == "conj"
        verb = verb.head
        if _line_break_between(ctx, verb.idx, start.idx):
            return None  # the parser hung the clause on another paragraph
        if verb.dep_ == "acomp" and verb.pos_ == "ADJ" and verb.head.i != verb.i:
            verb = verb.head  # "likely" -> "were"
        reporter = verb.head
        if conjoined and verb.dep_ == "ccomp" and _is_reporting(reporter, direct=False):
            # "Ginsburg said she would leave and predicted ...": still Ginsburg's report
            found = _subject_mention(reporter, ctx)
            if found is not None:
                return found
        found = _subject_mention(verb, ctx) or _inverted_subject(verb, ctx)
        if found is not None:
            return found
    return None


_ADDRESSEE_VERBS = word_set(
    "tell inform remind assure ask urge brief warn answer thank call describe"
)


def _inverted_subject(verb: Token, ctx: _Ctx) -> Span | None:
    """The name after an inverted speech tag the parser did not take for the subject:
    "“...,” said Skelly, explaining ..." (Skelly parsed as an object or a modifier)."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc) or not doc[verb.i - 1].is_punct:
        return None
    if not (ctx.inside[verb.i - 1] or doc[verb.i - 1].text == ","):
        return None
    if verb.lemma_.lower() not in REPORTING_VERBS or verb.lemma_.lower() in _STANCE_ONLY:
        return None
    nxt = doc[verb.i + 1]
    while nxt.head.i != nxt.i and nxt.head.i > nxt.i and nxt.dep_ == "compound":
        nxt = nxt.head  # "said Robert Reich": the head of the name
    name = nxt.pos_ == "PROPN" or (nxt.is_title and nxt.pos_ in {"ADV", "NOUN", "X"})
    if not name or nxt.head.i != verb.i or ctx.inside[nxt.i]:
        return None
    if nxt.ent_type_ in {"DATE", "TIME"} or verb.lemma_.lower() in _ADDRESSEE_VERBS:
        return None  # "said Tuesday", "told Reuters": no speaker
    if nxt.dep_ not in {"attr", "npadvmod", "advmod", "oprd", "appos", "dep", "nmod"}:
        return None
    mention = _mention(nxt, ctx)
    return mention if _can_speak(mention, ctx) else None


def _agent(verb: Token, ctx: _Ctx) -> Span | None:
    """Who speaks in the passive: "was criticized by economists", "reported by the Herald"."""
    for child in verb.rights:
        if child.dep_ == "agent" and not ctx.inside[child.i]:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                mention = _mention(objects[0], ctx)
                return mention if _can_speak(mention, ctx) else None
    return None


def _subject_mention(verb: Token, ctx: _Ctx) -> Span | None:
    """The verb's subject that can speak, the one nearest before the verb first."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and not ctx.inside[c.i]]
    subjects.sort(key=lambda c: (c.i > verb.i, abs(verb.i - c.i)))
    for child in subjects:
        mention = _in_verb_paragraph(_mention(child, ctx), verb, ctx)
        if mention is None:
            continue  # a subject in another paragraph is a parse error
        if _can_speak(mention, ctx):
            return mention
        after_dateline = _after_dateline(child, mention, ctx)
        if after_dateline is not None:
            return after_dateline
    return None


def _in_verb_paragraph(mention: Span, verb: Token, ctx: _Ctx) -> Span | None:
    """The part of a subject on the verb's side of a line break, if any.

    The parser glues a headline to the first paragraph ("Fed chief warning on US
    deficit⏎⏎Federal Reserve chairman Alan Greenspan has warned"): the words after the
    break are the subject as written; a subject wholly in another paragraph is none.
    """
    doc = mention.doc
    if mention.start > verb.i:
        return None if _line_break_between(ctx, verb.idx, mention.start_char) else mention
    if not _line_break_between(ctx, mention.start_char, verb.idx):
        return mention
    breaks = [t.i for t in doc[mention.start : verb.i] if "\n" in t.text]
    start = breaks[-1] + 1
    if start >= mention.end:
        return None
    rest = doc[start : mention.end]
    return rest if any(t.pos_ in {"PROPN", "NOUN", "PRON"} for t in rest) else None


def _after_dateline(subject: Token, mention: Span, ctx: _Ctx) -> Span | None:
    """ "OSLO (Reuters) – Finance minister Kari Nilsen said": the parser makes the
    dateline the subject and the speaker its apposition, after the dash."""
    if not _is_dateline(mention, ctx):
        return None
    doc = subject.doc
    for child in subject.rights:
        if child.dep_ != "appos":
            continue
        if any(doc[i].text in _DASHES for i in range(subject.i + 1, child.left_edge.i)):
            found = _mention(child, ctx)
            return found if _can_speak(found, ctx) else None
    return None


_RELAY_VERBS = frozenset({"quote", "cite"})


def _relayed_speaker(verb: Token, ctx: _Ctx) -> Span | None:
    """Y in "X quoted Y as saying", "X quotes Y", "X cited Y as saying".

    "X cited Y" alone is no relay: what is cited is mostly evidence ("citing polls"), the
    content of X's report rather than its source.
    """
    relayed = verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.i != verb.i
    if relayed:
        verb = verb.head.head  # "saying" -> "quoted"
    lemma = verb.lemma_.lower()
    if lemma not in _RELAY_VERBS or (lemma != "quote" and not relayed):
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and not ctx.inside[child.i]:
            mention = _mention(child, ctx)
            if _can_speak(mention, ctx):
                return mention
    return None


_NOT_SPEAKERS = word_set(
    "this that these those which what there here something nothing everything anything"
)


def _can_speak(mention: Span, ctx: _Ctx) -> bool:
    """Whether a subject span is a noun phrase that can name a speaker."""
    if len(mention) == 0 or len(mention) > 25:
        return False
    if len(mention) == 1 and is_relative_pronoun(mention[0]):
        antecedent = relative_antecedent(mention[0])
        return antecedent is not None and _can_speak(_mention(antecedent, ctx), ctx)
    root = mention.root
    if root.lower_ in _NOT_SPEAKERS or root.pos_ in {"VERB", "AUX", "SCONJ", "ADP"}:
        return False
    if mention[0].dep_ == "mark" or mention[0].lower_ == "that":
        return False
    return not _is_dateline(mention, ctx)


def _is_dateline(mention: Span, ctx: _Ctx) -> bool:
    """ "SEOUL, Aug. 20 (Yonhap) --" / "WASHINGTON (AP) —": a place in capitals opening
    a paragraph, followed by a comma, a bracket or a dash."""
    text = ctx.text
    first = mention[0]
    if not (first.is_upper and len(first.text) > 1):
        return False
    if text[max(0, first.idx - 1) : first.idx] not in {"", "\n"}:
        return False
    i = first.idx + len(first.text)
    while i < len(text) and text[i] == " ":  # no slice to the end: this runs per subject
        i += 1
    return text[i : i + 1] in {",", "(", "-", "\u2014", "\u2013"}


_DASHES = frozenset({"\u2013", "\u2014", "--"})


def is_relative_pronoun(token: Token) -> bool:
    """ "who" / "which" / "that" opening a relative clause ("Austin, who said ...")."""
    return token.tag_ in {"WP", "WDT"} and token.head.dep_ == "relcl"


def relative_antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun stands for: "Austin" in "Austin, who said"."""
    if not is_relative_pronoun(token):
        return None
    head = token.head.head
    return head if head.i != token.i and head.pos_ in {"NOUN", "PROPN", "PRON"} else None


def _mention(token: Token, ctx: _Ctx) -> Span:
    """The noun phrase of a subject, without relative clauses or appositions after commas.

    "Austin, who visited Kyiv, said" gives "Austin"; "a spokesman for the ministry said"
    keeps its prepositional phrase. A relative pronoun ("Austin, who said ...") is kept
    as written, like "he": the mention is the word in the attribution, and the speaker
    resolver maps it to its antecedent (see `relative_antecedent`).
    """
    if is_relative_pronoun(token):
        return token.doc[token.i : token.i + 1]
    doc = token.doc
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ in {"relcl", "appos", "punct", "acl", "advcl", "cc", "conj"}:
            if child.dep_ in {"cc", "conj"} and token.pos_ == "PROPN":
                right = max(right, child.right_edge.i)
                continue
            break
        right = max(right, child.right_edge.i)
    for i in range(token.i - 1, left - 1, -1):
        if doc[i].text in _DASHES:  # "MACAU (Reuters) – Top donor Sheldon Adelson said"
            left = i + 1
            break
    while left < token.i and (ctx.inside[left] or doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > token.i and (ctx.inside[right] or doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left : right + 1]


def _cue_text(verb: Token) -> str:
    """The cue as written: the verb with its particle ("pointed out")."""
    parts = [verb]
    parts.extend(child for child in verb.children if child.dep_ == "prt")
    parts.sort(key=lambda t: t.i)
    return " ".join(t.text for t in parts)


def _according_to(window: Span, ctx: _Ctx) -> _Attribution | None:
    """ "according to X" inside the frame, X being the source."""
    sources = _frame_sources(ctx, "according_to")
    for token in window:
        if token.i in sources:
            mention = _mention(token.doc[sources[token.i]], ctx)
            return _Attribution("according to", mention, rule="direct.according_to")
    return None


def _without_case(mention: Span) -> Span:
    """A possessor without its "'s": "The senator's" -> "The senator"."""
    return mention[:-1] if len(mention) > 1 and mention[-1].dep_ == "case" else mention


def _in_words_of(window: Span, ctx: _Ctx) -> _Attribution | None:
    """ "in Forbes' words, “...”" / "in the words of the report, “...”"."""
    sources = _frame_sources(ctx, "in_words_of")
    for token in window:
        if token.i in sources:
            owner = token.doc[sources[token.i]]
            mention = _without_case(_mention(owner, ctx))  # "Forbes'" -> "Forbes"
            if _can_speak(mention, ctx):
                return _Attribution("in the words of", mention, rule="direct.in_words_of")
    return None


def _colon_lead_in(doc: Doc, qspan: QuoteSpan, quote: Span, ctx: _Ctx) -> _Attribution | None:
    """Speaker of a quotation introduced by "X said:" (same or previous paragraph)."""
    i = quote.start - 1
    while i >= 0 and ((ctx.inside[i] and doc[i].is_punct) or doc[i].is_space):
        i -= 1
    if i < 0 or doc[i].text != ":":
        return None
    sent = doc[i].sent
    best: _Attribution | None = None
    for token in sent:
        if token.i >= i or ctx.inside[token.i]:
            continue
        if _is_reporting(token, direct=True):
            speaker = _speaker_of(token, ctx)
            if speaker is not None:
                best = _Attribution(_cue_text(token), speaker, rule="direct.colon_lead_in")
    if best is None:
        # "Caddell continued:" with an unknown verb: the subject of the root still speaks
        root = sent.root
        subjects = [c for c in root.children if c.dep_ in _SUBJECT_DEPS and not ctx.inside[c.i]]
        if subjects and root.pos_ in {"VERB", "AUX"}:
            mention = _mention(subjects[0], ctx)
            best = _Attribution(_cue_text(root), mention, rule="direct.colon_subject")
    if best is None:
        best = _named_lead_in(doc, i, ctx)
    return best


_LEAD_IN_MAX_TOKENS = 10
_LEAD_IN_OPENERS = word_set("from more")


def _lead_in_boundary(token: Token) -> bool:
    """A line break, a dash, a full stop or a colon: where a name lead-in may start."""
    return "\n" in token.text or token.text in _SIGNATURE_DASHES or token.text in {".", ":"}


def _named_lead_in(doc: Doc, colon: int, ctx: _Ctx) -> _Attribution | None:
    """ "Philip Bump: “Two weeks ago ...”" / "From the report: “...”": a name and a colon.

    The words between the start of the line (or a dash) and the colon must be a short
    noun phrase without a verb, ending in a name or a noun, so that a writer's own clause
    ending in a colon ("The plan is simple:") never becomes a speaker.
    """
    start = colon
    while start > 0 and colon - start < _LEAD_IN_MAX_TOKENS:
        if _lead_in_boundary(doc[start - 1]):
            break
        start -= 1
    if "\n" in ctx.text[doc[start].idx : doc[colon].idx] or start == colon:
        return None
    if start > 0 and not _lead_in_boundary(doc[start - 1]):
        return None  # the lead-in is longer than a name
    words = doc[start:colon]
    while len(words) and words[0].lower_ in _LEAD_IN_OPENERS:
        words = words[1:]
    if len(words) == 0 or any(t.pos_ in {"VERB", "AUX"} or ctx.inside[t.i] for t in words):
        return None
    last = words[-1]
    if last.pos_ not in {"PROPN", "NOUN"}:
        return None
    mention = doc[words.start : colon]
    if not _can_speak(mention, ctx) or mention[0].pos_ in {"ADP", "ADV"}:
        return None
    return _Attribution(None, mention, rule="direct.colon_name")


def _nearby_speaker(doc: Doc, quote: Span, ctx: _Ctx) -> tuple[_Attribution | None, bool]:
    """Speaker named in the sentence just before a quotation, or else just after it, and
    whether a verb of speech or stance with a subject stands there at all.

    Only a verb of speech in the main clause names the speaker: on PolNeAR train, the
    last verb of speech or stance of the sentence was the quotation's source for only a
    quarter of the quotations that reached this fallback. Any such verb is evidence
    enough to tell a quotation from scare quotes, not to name anyone.

    Block quotations, tweets and questions are often introduced by a sentence of their
    own ("Clinton wrote on Twitter on Monday." / "In a statement, the ministry noted
    several points:"), without a cue in the quotation's sentence.
    """
    first = quote[0].sent
    candidates: list[Span] = []
    last = quote[-1].sent
    after = _tag_after(doc, quote, last, ctx)
    if after is not None:
        return after, True
    if first.start > 0:
        candidates.append(doc[first.start - 1].sent)
    if last.end < len(doc) and "\n\n" not in ctx.text[quote.end_char : doc[last.end].idx]:
        candidates.append(doc[last.end].sent)
    heard = False
    for sent in candidates:
        found: list[tuple[int, int, _Attribution]] = []
        for token in sent:
            speech = _is_reporting(token, direct=True)
            if ctx.inside[token.i] or not (speech or _is_reporting(token, direct=False)):
                continue
            speaker = _speaker_of(token, ctx)
            if speaker is None or speaker.root.pos_ not in {"PROPN", "PRON", "NOUN"}:
                continue
            heard = True
            if speech:
                depth = sum(1 for _ in token.ancestors)
                attribution = _Attribution(_cue_text(token), speaker, rule="direct.nearby_sentence")
                found.append((depth, token.i, attribution))
        if found:
            return min(found, key=lambda f: (f[0], f[1]))[2], True  # the main clause speaks
    return None, heard


_SIGNATURE_DASHES = _DASHES | {"\u2015", "-"}
_SIGNATURE_MAX_TOKENS = 6


def _dash_signature(doc: Doc, quote: Span, ctx: _Ctx) -> _Attribution | None:
    """ "“I cannot believe it.” ― Pamela Padilla": a name signed after a dash.

    Readers' comments, pull quotes and epigraphs carry their speaker this way. Only a
    proper name right after the closing mark and the dash counts (a few capitalised
    words, on the same line), so that a dash opening the writer's next clause does not.
    """
    k = quote.end
    while k < len(doc) and (doc[k].is_space or (ctx.inside[k] and doc[k].is_punct)):
        k += 1
    if k >= len(doc) or doc[k].text not in _SIGNATURE_DASHES:
        return None
    if "\n" in ctx.text[quote.end_char : doc[k].idx]:
        return None
    start = k + 1
    end = start
    while end < len(doc) and end - start < _SIGNATURE_MAX_TOKENS:
        token = doc[end]
        if (
            ctx.inside[token.i]
            or "\n" in token.text
            or not (token.is_title or token.text in {".", "-"} or token.is_upper)
        ):
            break
        end += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    name = doc[start:end]
    named = any(t.ent_type_ in {"PERSON", "ORG", "NORP"} or t.pos_ == "PROPN" for t in name)
    if len(name) == 0 or not named:
        return None
    return _Attribution(None, name, rule="direct.dash_signature")


def _sentence_subject(ctx: _Ctx, qspan: QuoteSpan, quote: Span) -> _Attribution | None:
    """The subject of the writer's sentence that holds quoted words without a cue.

    "Mrs. Clinton introduced him as “a fighter for families”": the words are hers, not
    those of whoever spoke in the sentence before. Only for quoted words inside a
    sentence of the writer's, and only a subject that names someone.
    """
    if not _before_in_sentence(ctx, qspan, quote):
        return None
    root = quote[0].sent.root
    if ctx.inside[root.i] or root.pos_ not in {"VERB", "AUX"}:
        return None
    subject = _subject_mention(root, ctx)
    if subject is None or subject.end > quote.start:
        return None
    if not _names_someone(subject) and subject.root.lower_ not in TITLE_WORDS:
        return None
    return _Attribution(None, subject, rule="direct.sentence_subject")


def _tag_after(doc: Doc, quote: Span, last: Span, ctx: _Ctx) -> _Attribution | None:
    """ "“...?” Trump asked." split by the parser after the closing mark: the speech tag
    opening the next sentence, on the same line, with no content of its own."""
    if last.end >= len(doc) or "\n" in ctx.text[quote.end_char : doc[last.end].idx]:
        return None
    nxt = doc[last.end].sent
    k = nxt.start
    while k < nxt.end and ctx.inside[k] and doc[k].is_punct:
        k += 1  # the closing mark, when the parser put it in the next sentence
    for token in doc[k : min(nxt.end, k + _TAG_MAX_TOKENS)]:
        if ctx.inside[token.i] or not _is_reporting(token, direct=True):
            continue
        if any(c.dep_ in {"ccomp", "xcomp"} for c in token.children):
            return None
        if token.i - k > _TAG_SHORT_TOKENS and not _subject_fills(token, k):
            return None  # a long way in: only "NAME, a long apposition, said"
        speaker = _speaker_of(token, ctx)
        if speaker is None or (speaker.start != k and token.i != k):
            return None
        return _Attribution(_cue_text(token), speaker, rule="direct.tag_after")
    return None


_TAG_SHORT_TOKENS = 7
_TAG_MAX_TOKENS = 30


def _subject_fills(verb: Token, start: int) -> bool:
    """Whether the verb's subject, appositions and all, is everything from `start` to it:
    "“...,” William Daley, President Obama's former chief of staff, said"."""
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS and child.left_edge.i == start:
            gap = verb.doc[child.right_edge.i + 1 : verb.i]
            return all(t.is_punct or t.pos_ == "ADV" for t in gap)
    return False


def _carry(
    doc: Doc,
    ctx: _Ctx,
    qspan: QuoteSpan,
    quote: Span,
    previous: tuple[QuoteSpan, _Attribution, Quote],
    current: _Attribution,
) -> _Attribution:
    """Speaker of a quotation that continues the previous one or stands alone after it.

    A paragraph reopening a quotation continues it; a quote-only sentence right after an
    attributed quotation (no other sentence between) is the same speaker's, as news
    writing keeps one speaker until it names another.
    """
    prev_span, prev_attr, _ = previous
    if not prev_attr.has_speaker:
        return current
    if qspan.continued and prev_span.continues:
        return replace(prev_attr, rule="direct.continued")
    between = ctx.text[prev_span.end : qspan.start]
    if len(between) > 200:
        return current
    if _before_in_sentence(ctx, qspan, quote).strip(" \"“‘'\n"):
        return current
    sent = quote[0].sent
    gap = doc.char_span(prev_span.end, qspan.start, alignment_mode="contract")
    if gap is not None and any(t.is_alpha for t in gap if t.sent.start != sent.start):
        # words between the two quotations: only attribution words are allowed, or the
        # rest of the previous quotation's own sentence ("“A,” X told the Journal in
        # July, after Y had asked. “B.”": B is still X's)
        prev_sent = doc[gap.start - 1].sent.start if gap.start > 0 else -1
        words = [t for t in gap if t.is_alpha and t.sent.start != prev_sent]
        if len(words) > 6:
            return current
    return replace(prev_attr, rule="direct.carry")


def _direct_kind(
    ctx: _Ctx,
    qspan: QuoteSpan,
    quote: Span,
    attribution: _Attribution,
    in_report: bool,
    heard: bool = False,
) -> str | None:
    """direct, partial, or None for scare quotes and quoted names.

    PolNeAR's annotators (and news readers) take quoted words as someone's speech when
    the sentence reports speech: inside a reported clause even one word counts
    (said Obama is “obsessed”). Outside one, a short quoted name or title (“New Day”,
    “Make America Great Again”) is a mention, not a quotation.
    """
    words = [t for t in quote if t.is_alpha or t.like_num]
    if not words:
        return None
    carried_term = attribution.rule in _CARRIED and len(words) <= _SCARE_MAX_WORDS
    if carried_term and (
        not any(t.pos_ in {"VERB", "AUX"} for t in quote) or _writer_goes_on(ctx, quote)
    ):
        return None  # "'On-lending' allows banks to ...": a term, not more speech
    before = _before_in_sentence(ctx, qspan, quote)
    starts_sentence = not before or before.endswith(":") or qspan.continued
    has_verb = any(t.pos_ in {"VERB", "AUX"} for t in quote)
    speaker = attribution.has_speaker or heard
    if starts_sentence and (has_verb or len(words) > _SCARE_MAX_WORDS or speaker):
        return "direct"
    if before.endswith(",") and speaker and has_verb:
        return "direct"
    if in_report or _in_headline(ctx, qspan):
        return "partial"
    if len(words) <= _SCARE_MAX_WORDS and attribution.rule == "direct.no_speaker":
        return None  # a short quoted phrase no one is said to have spoken: scare quotes
    if _is_title(words) and len(words) < 8:
        return None
    if len(words) <= _SCARE_MAX_WORDS and not speaker:
        return None
    if not qspan.double and not speaker and len(words) < 6:
        return None
    if len(words) <= 1:
        return None
    if has_verb and len(words) >= 4 and _is_clause(quote) and _frame_only(before):
        return "direct"
    return "partial"


#: Attributions taken over from an earlier quotation, not read in the quotation's sentence.
_CARRIED = frozenset({"direct.carry", "direct.continued"})


def _writer_goes_on(ctx: _Ctx, quote: Span) -> bool:
    """Whether the writer's sentence runs on after the closing mark with words of its own."""
    end = quote[-1].sent.end
    return any(t.is_alpha and not ctx.inside[t.i] for t in quote.doc[quote.end : end])


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


def _headline_speaker(ctx: _Ctx, qspan: QuoteSpan) -> _Attribution | None:
    """The speaker of a quotation in the headline, which has no speech tag of its own.

    "Reed: Plan Is a 'Proven Failure'" quotes whoever is named before the colon (a few
    capitalised words, not a label such as "The Latest"); "Reed Calls Plan a 'Failure'"
    quotes the subject of the headline's verb.
    """
    colon = ctx.text.find(":", 0, qspan.start)
    if colon > 0 and len(ctx.text[:colon].split()) <= 5:
        name = ctx.doc.char_span(0, colon)
        if (
            name is not None
            and name.text.lower() not in _HEADLINE_LABELS
            and all((t.is_title or t.is_upper) and t.pos_ not in {"VERB", "AUX"} for t in name)
        ):
            return _Attribution(":", name, rule="direct.headline_colon")
    first = ctx.doc[0]
    root = first.sent.root
    if root.pos_ not in {"VERB", "AUX"} or root.idx > qspan.start:
        return None
    speaker = _subject_mention(root, ctx)
    if speaker is None or speaker.root.pos_ not in {"PROPN", "NOUN"}:
        return None
    return _Attribution(_cue_text(root), speaker, rule="direct.headline_subject")


_HEADLINE_LABELS = frozenset(
    {"the latest", "update", "updated", "breaking", "exclusive", "watch", "video", "live"}
)


def _is_title(words: list[Token]) -> bool:
    """Whether every content word is capitalised: a name, title or slogan, not speech."""
    content = [t for t in words if not t.is_stop or t.i == words[0].i]
    return bool(content) and all(t.text[:1].isupper() or t.like_num for t in content)


def _is_clause(quote: Span) -> bool:
    """Whether the quoted words hold a clause of their own (a verb with its subject)."""
    return any(t.dep_ in _SUBJECT_DEPS and t.head.i >= quote.start for t in quote)


def _frame_only(before: str) -> bool:
    """Whether the writer's words before a quotation are only an attribution frame."""
    words = before.split()
    return 0 < len(words) <= 6 and before.rstrip().endswith((",", ":", "said", "says"))


# ------------------------------------------------------------------------- indirect


def _indirect_quotes(doc: Doc, ctx: _Ctx) -> Iterable[Quote]:
    """Reported speech: reporting verb + clause, and "according to X"."""
    unsaid_until = -1  # the end of a question or unsaid report: nothing inside it either
    for token in doc:
        if ctx.inside[token.i] or token.i <= unsaid_until:
            continue
        if _is_reporting(token, direct=False) and _unsaid(token):
            # "Asked why he thought the warnings were left out": not "he thought" either
            unsaid_until = token.right_edge.i
            continue
        if token.lower_ == "according":
            quote = _according_quote(token, ctx)
        elif _is_reporting(token, direct=False):
            quote = _reported_clause(token, ctx)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in _CLAIM_NOUNS | _STANCE_NOUNS:
            quote = _noun_content(token, ctx)
        elif token.pos_ == "ADJ" and token.dep_ == "acomp":
            quote = _adjective_content(token, ctx)
        elif token.lemma_.lower() in _AS_VERBS and token.pos_ == "VERB":
            quote = _seen_as(token, ctx)
        elif token.lower_ == "in" and token.dep_ == "prep":
            quote = _in_poll(token, ctx)
        else:
            quote = None
        if quote is not None:
            yield quote


#: Nouns whose "that" clause is attributed content ("the claim that ...", "X's view is
#: that ..."), and nouns of stance whose object is ("criticism of X", "support for X"):
#: among the noun cues of PolNeAR train (benchmarks/polnear_cues.py), general English.
_CLAIM_NOUNS = _WORDS["claim_nouns"]
_STANCE_NOUNS = _WORDS["stance_nouns"]
_STANCE_PREPS = frozenset({"of", "for", "against", "to"})


#: Adjectives of stance, derived from PolNeAR train with benchmarks/polnear_cues.py (a
#: gold cue in at least 45% of their uses with the complement, at least 5 times):
#: "X was eager to ...", "X is confident of ...". Any adjective with a "that" clause
#: reports a stance too ("X is sure that ...").
_ADJ_CLAUSAL = _DERIVED["clausal_adjectives"]
_ADJ_PREPOSITIONAL = _DERIVED["prepositional_adjectives"]
_CLAUSE_COMPS = frozenset({"ccomp", "xcomp"})


#: Nouns of findings: "In the poll, CLAUSE" / "CLAUSE in a survey released Sunday".
_POLL_NOUNS = _WORDS["poll_nouns"]


def _in_poll(prep: Token, ctx: _Ctx) -> Quote | None:
    """ "In a poll released Sunday, Clinton led by 8 points": the poll is the source."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or objects[0].lemma_.lower() not in _POLL_NOUNS:
        return None
    poll = objects[0]
    # one poll named or described ("a Quinnipiac poll", "the survey released Sunday"),
    # not "in the polls", which is where candidates stand
    if poll.tag_ != "NN" or not any(
        c.dep_ in {"compound", "amod", "acl", "nmod", "poss"} or c.lower_ in {"a", "an"}
        for c in poll.children
    ):
        return None
    host = prep.head
    while host.pos_ not in {"VERB", "AUX"} and host.head.i != host.i:
        host = host.head
    if host.pos_ not in {"VERB", "AUX"} or _is_reporting(host, direct=False):
        return None  # "said in an interview": the verb reports, with its own source
    doc = prep.doc
    phrase = (prep.i, prep.right_edge.i + 1)
    left = (host.left_edge.i, phrase[0])
    right = (phrase[1], host.right_edge.i + 1)
    attribution = _Attribution("in", _mention(objects[0], ctx), rule="indirect.in_poll")
    return _content_beside(doc, ctx, left, right, attribution)


#: Verbs that judge only in the frame "V X as Y" ("sees Cruz as a uniter").
_AS_VERBS = _WORDS["as_verbs"]


def _seen_as(verb: Token, ctx: _Ctx) -> Quote | None:
    """ "X sees Y as Z": the judgement "Y as Z" is X's view."""
    objects = [c for c in verb.rights if c.dep_ == "dobj"]
    preps = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"]
    if not objects or not preps or preps[0].i < objects[0].i:
        return None
    speaker = _speaker_of(verb, ctx)
    if speaker is None:
        return None
    doc = verb.doc
    first, last = objects[0].left_edge.i, preps[0].right_edge.i
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    if _quoted_share(start, end, ctx, doc) >= 0.5:
        return None
    fields = _Attribution(_cue_text(verb), speaker, rule="indirect.seen_as").fields()
    return Quote(text=ctx.text[start:end], kind="indirect", start=start, end=end, **fields)


def _adjective_content(adj: Token, ctx: _Ctx) -> Quote | None:
    """ "X is confident that CLAUSE", "X was eager to ...", "X is skeptical of Y"."""
    doc = adj.doc
    lemma = adj.lemma_.lower()
    content: tuple[int, int] | None = None
    for child in adj.rights:
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        if child.dep_ in _CLAUSE_COMPS and (
            lemma in _ADJ_CLAUSAL or (that and child.dep_ == "ccomp")
        ):
            content = _subtree_chars(child, exclude=adj)
        elif child.dep_ == "prep" and lemma in _ADJ_PREPOSITIONAL:
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if objects:
                left, right = objects[0].left_edge.i, objects[0].right_edge.i
                content = doc[left].idx, doc[right].idx + len(doc[right])
        if content is not None:
            break
    if content is None:
        return None
    if any(c.lower_ in {"so", "such", "too"} for c in adj.lefts):
        return None  # "was so close that ...": a result, not a stance
    start, end = content
    speaker = _subject_mention(adj.head, ctx)
    if speaker is None or speaker.root.lower_ == "it" or _quoted_share(start, end, ctx, doc) >= 0.5:
        return None
    if len(ctx.text[start:end].split()) < _MIN_CONTENT_WORDS:
        return None
    near = 0 < adj.i - adj.head.i <= 3
    cue = ctx.text[adj.head.idx : adj.idx + len(adj)] if near else adj.text
    fields = _Attribution(cue, speaker, rule="indirect.adjective").fields()
    return Quote(text=ctx.text[start:end], kind="indirect", start=start, end=end, **fields)


def _noun_content(noun: Token, ctx: _Ctx) -> Quote | None:
    """ "the claim that CLAUSE", "X's view is that CLAUSE", "X's criticism of Y"."""
    doc = noun.doc
    lemma = noun.lemma_.lower()
    content: tuple[int, int] | None = None
    if lemma in _CLAIM_NOUNS:
        for child in noun.children:
            if child.dep_ in {"acl", "ccomp"} and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in child.children
            ):
                content = _subtree_chars(child, exclude=noun)
                break
        head = noun.head
        if content is None and noun.dep_ == "nsubj" and head.lemma_ == "be":
            for child in head.children:
                if child.dep_ == "ccomp" and child.i > head.i:
                    content = _subtree_chars(child, exclude=head)
                    break
    if content is None and lemma in _STANCE_NOUNS:
        for prep in noun.rights:
            if prep.dep_ == "prep" and prep.lower_ in _STANCE_PREPS:
                objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
                if objects:
                    left, right = objects[0].left_edge.i, objects[0].right_edge.i
                    content = doc[left].idx, doc[right].idx + len(doc[right])
                break
    if content is None:
        return None
    start, end = content
    if _quoted_share(start, end, ctx, doc) >= 0.5:
        return None
    short = len(ctx.text[start:end].split()) < _MIN_CONTENT_WORDS
    if short and not ctx.text[start:end][:1].isupper():
        return None
    owners = [c for c in noun.children if c.dep_ == "poss" and not ctx.inside[c.i]]
    speaker = _without_case(_mention(owners[0], ctx)) if owners else None  # "The senator's"
    if speaker is not None and not _can_speak(speaker, ctx):
        speaker = None
    if speaker is None and noun.dep_ in {"dobj", "pobj"}:
        # "Trump repeated his claim that ..." / "the mayor voiced support for ...": the
        # holder of the claim is the subject of the verb that takes it
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        if verb.pos_ == "VERB":
            speaker = _subject_mention(verb, ctx)
    if speaker is None:
        speaker = _clause_holder(noun, ctx)
    rule = "indirect.claim_noun" if lemma in _CLAIM_NOUNS else "indirect.stance_noun"
    fields = _Attribution(noun.text, speaker, rule=rule).fields()
    return Quote(text=ctx.text[start:end], kind="indirect", start=start, end=end, **fields)


def _reported_clause(verb: Token, ctx: _Ctx) -> Quote | None:
    """ "X said (that) CLAUSE", "CLAUSE, X said", "X vowed to ...", "X called Y a liar"."""
    speaker = _speaker_of(verb, ctx)
    passive = speaker is not None and speaker.root.dep_ == "nsubjpass"
    if passive and verb.lemma_.lower() in _ADDRESSEE_VERBS:
        speaker = None  # "he was told that ...": the listener, not the speaker
    if verb.lemma_.lower() in _SOURCELESS and speaker is not None and not _is_person(speaker):
        speaker = None  # "Both objections seemed to carry little weight": no source
    content = _clausal_content(verb)
    clause = _content_clause(verb)
    if clause is not None and _trailing_tag(verb, clause):
        return None
    infinitive = clause is not None and clause.dep_ == "xcomp"
    rule = "indirect.verb_infinitive" if infinitive else "indirect.verb_clause"
    if clause is not None and _embedded_question(verb, clause):
        rule = QUESTION_RULE
    elif clause is not None and _gapped(verb, clause):
        rule = GAPPED_RULE
    if content is None and speaker is not None and not passive:
        # not "a representative was denied access": the passive subject is the target
        content = _nominal_content(verb)
        rule = "indirect.verb_object"
    if content is None and speaker is not None and _agent(verb, ctx) is not None:
        content = _passive_subject(verb)
        rule = "indirect.passive_subject"
    if content is None:
        return None
    content = _in_cue_sentence(ctx, verb, content)
    if content is None:
        return None
    start, end = content
    if _quoted_share(start, end, ctx, verb.doc) >= 0.5 and speaker is None:
        return None
    text = ctx.text
    if _line_break_between(ctx, min(end, verb.idx), max(start, verb.idx)):
        return None  # the parser joined a paragraph to the cue of the next one
    if len(text[start:end].split()) < _MIN_CONTENT_WORDS and not _named_object(verb, start):
        return None
    owner = _content_owner(clause, ctx) if clause is not None else None
    if owner is not None:
        speaker = owner  # "X pointed to the IFS's predictions that ...": the IFS's
    if speaker is None and verb.lemma_.lower() not in _SOURCELESS:
        speaker = _clause_holder(verb, ctx)
    fields = _Attribution(_cue_text(verb), speaker, rule=rule).fields()
    return Quote(text=text[start:end], kind="indirect", start=start, end=end, **fields)


#: Nouns of what someone holds or publishes: a "that" clause right after "X's NOUN" is
#: X's content, whatever verb the parser hangs the clause on.
_OWNED_CONTENT_NOUNS = _CLAIM_NOUNS | word_set(
    "prediction forecast projection finding calculation analysis research study survey report"
)


def _content_owner(clause: Token, ctx: _Ctx) -> Span | None:
    """The owner of the noun a "that" clause complements: "Mr Howard pointed to the
    Institute for Fiscal Studies' predictions that Labour will need ..." reports the
    institute's prediction, not Mr Howard's words; the parser often makes the clause the
    verb's ("pointed ... need") instead of the noun's."""
    doc = clause.doc
    marks = [c for c in clause.lefts if c.dep_ == "mark" and c.lower_ == "that"]
    if not marks or marks[0].i == 0:
        return None
    noun = doc[marks[0].i - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _OWNED_CONTENT_NOUNS:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss" and not ctx.inside[c.i]]
    if not owners or owners[0].lower_ in _POSSESSIVE_PRONOUNS:
        return None  # "his claim that": the subject's own, left to the verb
    owner = owners[0]
    mention = _without_case(_mention(owner, ctx))
    first = owner.i
    while first > 0 and doc[first].ent_iob_ == "I" and not ctx.inside[first - 1]:
        first -= 1  # "the Institute for Fiscal Studies'": the whole name, not "Fiscal Studies"
    if first < mention.start:
        mention = _without_case(doc[first : mention.end])
    return mention if _can_speak(mention, ctx) else None


_POSSESSIVE_PRONOUNS = word_set("his her its their my our your")


#: Question words opening an embedded question ("asked why ...", "say where ...").
_QUESTION_WORDS = _WORDS["question_words"]
#: Heads of "have yet to say", "refused to say", "declined to say": nothing was said.
_NOT_YET = _WORDS["not_yet"]


def _unsaid(verb: Token) -> bool:
    """Whether a report says that something was asked or not (yet) said, not what was.

    "Asked why he thought ..., Lord Butler said": the question was put to the speaker,
    who is no source of it. "The Tories have yet to say where they will fall" and "he
    would not say whether ...": an embedded question that was not answered.
    """
    lemma = verb.lemma_.lower()
    question = next(
        (
            c
            for c in verb.children
            if c.dep_ in {"ccomp", "xcomp"}
            and c.left_edge.lower_ in _QUESTION_WORDS
            and c.left_edge.i > verb.i
        ),
        None,
    )
    subject = any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    if lemma == "ask" and not subject and (verb.tag_ == "VBN" or verb.dep_ == "advcl"):
        return True  # "Asked ...", "When asked ...": a question put to someone
    if question is None:
        return False
    negated = any(c.dep_ == "neg" for c in verb.children)
    not_yet = verb.dep_ == "xcomp" and any(c.lower_ in _NOT_YET for c in verb.head.children)
    return negated or not_yet


_WH_TAGS = frozenset({"WDT", "WP", "WP$"})


def _gapped(verb: Token, clause: Token) -> bool:
    """Whether a reported clause misses a part that stands before its cue: "a list of
    actions which it says bloggers can take", "among the first he ordered them to focus
    on". What was said is the relative clause's noun, not "bloggers can take"."""
    if clause.i > verb.i and any(t.i < verb.i and t.tag_ in _WH_TAGS for t in clause.subtree):
        return True  # the relative pronoun stands before the cue, outside the content
    last = clause.right_edge  # "to focus on", "they're fine with": a stranded preposition
    stranded = last.dep_ == "prep" and not any(True for _ in last.children)
    return stranded and clause.i in {last.head.i, last.head.head.i}


def _embedded_question(verb: Token, clause: Token) -> bool:
    """Whether a reported clause is an embedded question ("asked whether he was involved",
    "explained how voters will be telephoned", "how nerve-wracking it was"): it names
    what was asked or talked about, not what was said.

    The question word opens the clause and belongs to its head (or to a word the head
    takes as its complement); "said when he arrived, the town was empty" is a statement,
    as "when" belongs to a clause of its own.
    """
    first = clause.left_edge
    if first.lower_ not in _QUESTION_WORDS or first.i < verb.i:
        return False  # "steps which it says members can take": a gap, not a question
    head = first.head
    return head.i == clause.i or (
        head.head.i == clause.i and head.dep_ in {"acomp", "attr", "dobj", "nsubj", "advmod"}
    )


#: Tokens that end a sentence (a full stop of an abbreviation is part of its token).
_SENTENCE_ENDS = frozenset({".", "?", "!"})


def _sentence_stop(ctx: _Ctx, token: Token) -> bool:
    """Whether a token ends a sentence of the writer's: a full stop (or ? !) outside any
    quotation, followed by a capital or an opening mark."""
    if ctx.inside[token.i] or token.text[-1:] not in _SENTENCE_ENDS:
        return False
    nxt = token.i + 1
    doc = token.doc
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    if nxt >= len(doc):
        return False
    if token.text in _SENTENCE_ENDS:
        return doc[nxt].text[:1].isupper() or ctx.inside[nxt]
    # "in 3D. “The model ...”": a stop the tokenizer kept on its word, seen by the mark
    # that opens a quotation after it ("U.S. officials" stays one sentence)
    return ctx.inside[nxt] and not ctx.inside[token.i]


def _in_cue_sentence(ctx: _Ctx, verb: Token, content: tuple[int, int]) -> tuple[int, int] | None:
    """Reported content cut to the cue's own sentence, where the parser ran past its end.

    The small model sometimes takes the sentence before a quotation as the complement of
    the quotation's speech tag ("... generated in 3D. “The model will look real,” said
    Ms Perry"): a report never reaches over a full stop to its cue, and its content
    stops at the first full stop after the cue.
    """
    doc = verb.doc
    start, end = content
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return content
    if end <= verb.idx:  # "CLAUSE, X said": nothing may end a sentence in between
        if any(_sentence_stop(ctx, t) for t in doc[span.end - 1 : verb.i]):
            return None
        stops = [t for t in span[:-1] if _sentence_stop(ctx, t)]
        if stops:
            start = doc[stops[-1].i + 1].idx
            while start < end and ctx.text[start].isspace():
                start += 1
        return (start, end) if start < end else None
    if any(_sentence_stop(ctx, t) for t in doc[verb.i + 1 : span.start]):
        return None
    for token in span[:-1]:
        if _sentence_stop(ctx, token):
            last = doc[token.i - 1]
            return (start, last.idx + len(last)) if last.idx >= start else None
    return content


def _clause_holder(cue: Token, ctx: _Ctx) -> Span | None:
    """Who holds a view the parse gave no subject: the named subject of the sentence.

    "Trump earlier backed away from a suggestion that ..." / "Graham will headline a
    fundraiser in support of ...": the cue hangs below the main verb, whose subject
    (a name or a personal pronoun, before the cue) is the one suggesting or supporting.
    """
    root = cue.sent.root
    if root.i == cue.i or ctx.inside[root.i] or root.pos_ not in {"VERB", "AUX"}:
        return None
    if not any(a.i == root.i for a in cue.ancestors):
        return None
    subject = _subject_mention(root, ctx)
    if subject is None or subject.end > cue.i:
        return None
    if _line_break_between(ctx, subject.start_char, cue.idx):
        return None  # in another paragraph the parser glued on
    return subject if _names_someone(subject) else None


def _passive_subject(verb: Token) -> tuple[int, int] | None:
    """ "The plan was criticized by economists": what is criticized is the subject."""
    for child in verb.lefts:
        if child.dep_ == "nsubjpass":
            doc = verb.doc
            return doc[child.left_edge.i].idx, doc[child.right_edge.i].idx + len(
                doc[child.right_edge.i]
            )
    return None


def _named_object(verb: Token, start: int) -> bool:
    """Whether a one-word content is a name the verb takes a stance on ("backed Sanders")."""
    return any(
        child.dep_ == "dobj" and child.idx == start and child.pos_ == "PROPN"
        for child in verb.children
    )


def _trailing_tag(verb: Token, clause: Token) -> bool:
    """Whether the "content" of a verb is the sentence's own speech tag, parsed as its
    complement: "Some MPs are siding with the council, the New Vision newspaper
    reports" -- the newspaper reports; "the newspaper reports" is not what MPs said.
    """
    doc = verb.doc
    first = clause.left_edge.i
    last = clause.sent.end - 1
    while last > clause.i and doc[last].is_punct:
        last -= 1
    return (
        clause.i > verb.i
        and first > 0
        and doc[first - 1].text == ","
        and clause.right_edge.i <= last
        and clause.i == last
        and _is_reporting(clause, direct=True)
        and any(c.dep_ in _SUBJECT_DEPS for c in clause.children)
        and not any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in clause.children)
    )


def _content_clause(verb: Token) -> Token | None:
    """The head of the clause a reporting verb governs: a ccomp, or an infinitive."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and lemma in _XCOMP_VERBS):
            return child
    return None


def _clausal_content(verb: Token) -> tuple[int, int] | None:
    """The clause a reporting verb governs (ccomp, infinitive, or the host of a parenthetical).

    A second reporting verb conjoined inside it ("said it was too early but added, ...")
    starts an attribution of its own and is left out.
    """
    child = _content_clause(verb)
    if child is not None:
        start, end = _subtree_chars(child, exclude=verb)
        cut = _conjoined_report(child)
        if cut is not None and cut > start:
            end = cut
        return start, end
    if verb.dep_ == "parataxis" and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        return _subtree_chars(verb.head, exclude=verb)
    return None


def _conjoined_report(head: Token) -> int | None:
    """Character offset where a conjoined reporting verb (with its "but", comma) begins.

    Deeper in the clause only one with a subject of its own counts ("they were not
    consulted about plans ... and some charged ...": the parser hung "charged" on
    "plans"), and not a second "that" clause of the same content ("clauses requiring
    that the statements were accurate and that he maintain ...").
    """
    for child in head.subtree:
        if child.i <= head.i or child.dep_ != "conj" or not _is_reporting(child, direct=True):
            continue
        own_subject = any(c.dep_ in _SUBJECT_DEPS for c in child.children)
        second_clause = any(c.dep_ == "mark" for c in child.children)  # "and that he ..."
        if child.head.i == head.i or (own_subject and not second_clause):
            i = child.left_edge.i
            doc = head.doc
            while i > head.i and (doc[i - 1].is_punct or doc[i - 1].dep_ == "cc"):
                i -= 1
            j = i - 1
            return doc[j].idx + len(doc[j])
    return None


#: Verbs whose direct object is the person spoken to ("told BBC Radio 4's Today
#: programme", "briefed reporters"), never what was said.
_ADDRESSEE_OBJECT = _WORDS["addressee_object"]
#: Verbs of speaking whose "to X" / "with X" is the listener ("spoke to reporters").
_SPEAK_TO = _WORDS["speak_to"]


def _nominal_content(verb: Token) -> tuple[int, int] | None:
    """What a verb of judgement or proposal is about: "criticized the plan", "called for X".

    PolNeAR (like PARC) counts these as attributed content; only verbs that take a stance
    by themselves qualify, so "X visited Y" is never reported speech.
    """
    lemma = verb.lemma_.lower()
    if lemma not in _NOMINAL_VERBS:
        return None
    parts = [
        child
        for child in verb.rights
        if (child.dep_ in {"dobj", "oprd", "attr"} and lemma not in _ADDRESSEE_OBJECT)
        or (
            child.dep_ == "prep"
            and child.lower_ in _CONTENT_PREPS
            and lemma != "say"
            and not (lemma in _SPEAK_TO and child.lower_ in {"to", "with"})
        )
    ]
    if not parts:
        return None
    if parts[0].dep_ == "prep" and len(parts) > 1:
        parts = parts[:1]
    doc = verb.doc
    first = parts[0].left_edge.i
    if parts[0].dep_ == "prep":
        first = parts[0].i + 1  # the object of "for", "about", "of"
    last = max(p.right_edge.i for p in parts)
    if parts[0].dep_ == "dobj":
        # "showed the governor with a narrow lead": the object's complement runs on
        for child in verb.rights:
            if child.i == last + 1 and child.dep_ in {"prep", "oprd", "acomp", "xcomp"}:
                last = child.right_edge.i
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if first > last:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last])


def _according_quote(according: Token, ctx: _Ctx) -> Quote | None:
    """ "According to X, CLAUSE" / "CLAUSE, according to X": the clause, X the source."""
    doc = according.doc
    source = _frame_sources(ctx, "according_to").get(according.i)
    if source is None:
        return None
    to = doc[according.i + 1]
    objects = [doc[source]]
    phrase_start = according.i
    phrase_end = max(to.right_edge.i, objects[0].right_edge.i) + 1
    sent = according.sent
    left = (sent.start, phrase_start)
    right = (phrase_end, sent.end)
    attribution = _Attribution(
        "according to", _mention(objects[0], ctx), rule="indirect.according_to"
    )
    return _content_beside(doc, ctx, left, right, attribution)


def _subtree_chars(head: Token, exclude: Token) -> tuple[int, int]:
    """Character span of `head`'s subtree, leaving out `exclude`'s side and punctuation."""
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i
    if exclude.i < head.i:
        left = max(left, exclude.i + 1)
    elif exclude.left_edge.i > head.i:
        right = min(right, exclude.left_edge.i - 1)
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > left and (doc[right].is_punct or doc[right].is_space or doc[right].dep_ == "cc"):
        right -= 1  # "he does not want higher tax rates but": the "but" leads elsewhere
    return doc[left].idx, doc[right].idx + len(doc[right])


def _quoted_share(start: int, end: int, ctx: _Ctx, doc: Doc) -> float:
    """Fraction of the tokens of a char span that lie inside quotation marks."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0.0
    return sum(ctx.inside[t.i] for t in span) / len(span)


def _content_beside(
    doc: Doc,
    ctx: _Ctx,
    left: tuple[int, int],
    right: tuple[int, int],
    attribution: _Attribution,
) -> Quote | None:
    """The reported content on the longer side of a source phrase ("according to X").

    Token ranges `left` and `right` flank the phrase; the longer one, trimmed of
    punctuation, is the content, unless it is under three tokens or mostly a quotation
    already extracted as such.
    """
    lo, hi = right if (right[1] - right[0]) >= (left[1] - left[0]) else left
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    if hi - lo < 3:
        return None
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    if _quoted_share(start, end, ctx, doc) >= 0.5:
        return None
    return Quote(
        text=ctx.text[start:end], kind="indirect", start=start, end=end, **attribution.fields()
    )
