# ruff: noqa: RUF001 - quotation marks and dashes and apostrophes are the subject here
"""Quoted spans that are speech: direct or partial quotations, with their speakers.

Walks the quoted spans found by `quotemarks`, attributes each (`direct_attribution`),
and decides what it is: a direct quotation, a partial one inside the writer's sentence,
or no quotation at all (scare quotes, a quoted name or title). Quoted words introduced as
a name, and the first words of a quotation split by its tag, are marked with rules of
their own so that they stay out of published briefings.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from generator.extract.direct_attribution import (
    _attribute_direct,
    _carry,
    _dash_signature,
    _headline_speaker,
    _nearby_speaker,
    _passive_agent,
    _sentence_subject,
)
from generator.extract.fragment_clauses import adverbial_gap
from generator.extract.lead_in_clauses import unless_led_in_by_another
from generator.extract.narrated_quotes import unless_narrated
from generator.extract.nearby_checks import unless_about_another
from generator.extract.quote_context import (
    _Attribution,
    _before_chars,
    _before_in_sentence,
    _Ctx,
    _in_headline,
)
from generator.extract.quote_frames import _token_frame_ends
from generator.extract.quoted_names import nickname, title_in_sentence, titled_after_genre
from generator.extract.quoted_terms import term_in_noun_phrase
from generator.extract.quotemarks import QuoteSpan
from generator.extract.speaker_mentions import _SUBJECT_DEPS
from generator.extract.speaker_switch import SWITCHED_RULE, speaker_switched
from generator.extract.speech_cues import _is_reporting
from generator.extract.words import word_lists
from generator.model import Quote

_SCARE_MAX_WORDS = 3
_LABEL_MAX_WORDS = 5


#: Quoted words introduced as a name ("the so-called "one-euro jobs"", "what he called a
#: "fantasy island""): PolNeAR counts them as partial quotes, an editor as no quote.
LABEL_RULE = "direct.label"
#: The first one to three words of a quotation split by its speech tag (“So,” he said,
#: “...”): the words after the tag are listed, "So" alone is not.
LEAD_FRAGMENT_RULE = "direct.lead_fragment"
#: Quoted words that are an adverbial in the middle of the writer's clause ('will call
#: "at an early date" a meeting of noteholders', `fragment_clauses.adverbial_gap`): never
#: shown alone; shown with the reported clause that holds them, when there is one.
GAP_RULE = "direct.clause_gap"
#: Quoted words inside the writer's sentence with no cue and no speaker anywhere near
#: ("the Cell's role in the imminent 'war on living rooms'", "eliminating 'waste, fraud
#: and abuse'"): a borrowed phrase or slogan, listed without a speaker. On 75 sampled
#: corpus briefings 3 of 5 were no quote and 2 a quote whose speaker was missed.
BORROWED_RULE = "direct.borrowed"


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
                attribution = (
                    _sentence_subject(ctx, qspan, quote_span)
                    or _passive_agent(ctx, qspan, quote_span)
                    or unless_led_in_by_another(
                        quote_span, ctx, unless_about_another(quote_span, ctx, nearby)
                    )
                )
                attribution = unless_narrated(quote_span, attribution)
                if previous is not None and speaker_switched(
                    doc, previous[0].end, qspan.start, previous[1]
                ):
                    attribution = _Attribution(None, None, rule=SWITCHED_RULE)
        if not attribution.has_speaker and _in_headline(ctx, qspan):
            attribution = _headline_speaker(ctx, qspan) or attribution
        kind = _direct_kind(ctx, qspan, quote_span, attribution, in_report, heard)
        if kind is None:
            continue
        start, end = _trim_quote(ctx.text, qspan.start, qspan.end)
        quote = Quote(
            text=ctx.text[start:end], kind=kind, start=start, end=end, **attribution.fields()
        )
        if _section_heading(ctx, qspan, spans):
            quote.rule = HEADING_RULE
        elif _labelled(ctx, qspan, quote_span) or (
            kind == "partial"
            and (
                _named_in_body(ctx, qspan, quote_span)
                or _premodifier(quote_span)
                or term_in_noun_phrase(quote_span)
            )
        ):
            quote.rule = LABEL_RULE
        elif index + 1 < len(spans) and _lead_fragment(ctx, quote_span, qspan, spans[index + 1]):
            quote.rule = LEAD_FRAGMENT_RULE
        elif _borrowed(ctx, qspan, quote_span, kind, attribution):
            quote.rule = BORROWED_RULE
        elif kind == "partial" and _negated_frame(quote_span):
            quote.rule = NEGATED_RULE
        elif kind == "partial" and _relative_fragment(quote_span):
            quote.rule = GAPPED_FRAGMENT_RULE
        elif kind == "partial" and _cue_object(quote_span, attribution.cue):
            quote.rule = OBJECT_RULE
        elif kind == "partial" and adverbial_gap(doc, quote.start, quote.end):
            quote.rule = GAP_RULE
        previous = (qspan, attribution, quote)
        yield quote


#: A section heading set in quotation marks: a short paragraph that is nothing but words
#: in single marks, in an article whose speech is in double ones ("'A fight from start to
#: finish.'", "'Coal Isn't the Villain.'"). Long reads head their sections with a phrase
#: taken from them; the heading is no one's statement, and the nearest speaker is not
#: its source (review rev24). Kept in the record; never shown.
HEADING_RULE = "direct.section_heading"
#: The most words a quoted section heading runs to.
_HEADING_MAX_WORDS = 8


def _section_heading(ctx: _Ctx, qspan: QuoteSpan, spans: list[QuoteSpan]) -> bool:
    """Whether a quotation is a section heading: alone in its paragraph, short, in
    single marks while the article quotes speech in double ones. British copy quotes
    speech in single marks throughout, so its quotations are never taken for headings."""
    if qspan.double or qspan.continued or qspan.continues or qspan.unclosed:
        return False
    if len(ctx.text[qspan.start : qspan.end].split()) > _HEADING_MAX_WORDS:
        return False
    if not any(other.double for other in spans) or _in_headline(ctx, qspan):
        return False  # a quoted headline has its own speaker ("'UK will stand firm'")
    line_start = ctx.text.rfind("\n", 0, qspan.start) + 1
    line_end = ctx.text.find("\n", qspan.end)
    line_end = len(ctx.text) if line_end < 0 else line_end
    before = ctx.text[line_start : qspan.start].strip()
    after = ctx.text[qspan.end : line_end].strip()
    return len(before) <= 1 and len(after) <= 1  # the marks themselves, nothing else


#: A fragment quoted under a negated verb of the writer's sentence: "Austin said he
#: would not view it as an 'operational or a strategic setback'". Shown alone, the
#: words say the opposite of what was said (review 11).
NEGATED_RULE = "direct.negated"
#: A quoted relative clause of the writer's noun: "He went on to reflect on the values
#: that 'most Britons hold dear'" (review 11): borrowed words, no statement.
GAPPED_FRAGMENT_RULE = "direct.relative_fragment"
#: A quoted noun phrase that is the cue's own object: "after proposing 'a person
#: thoroughly dedicated to the activity'". Like an unquoted object
#: ("indirect.verb_object", kept off the pages) it names what someone asked for or
#: backed, not what they said (review 11).
OBJECT_RULE = "direct.object_phrase"


def _relative_fragment(quote: Span) -> bool:
    """Whether quoted words are a relative clause of the writer's noun, its gap outside
    the marks: "the values that 'most Britons hold dear'" describes the writer's noun
    with borrowed words; what was said is not there."""
    root = quote.root
    if root.dep_ != "relcl" or quote.start <= root.head.i < quote.end:
        return False
    # "who 'has never accomplished a real job'" quotes a predicate; the gap is its subject
    return any(c.dep_ in _SUBJECT_DEPS and quote.start <= c.i < quote.end for c in root.children)


def _negated_frame(quote: Span) -> bool:
    """Whether a quoted fragment is what a negated verb of the writer's sentence says
    something is not: its predicate ("is not 'a disaster'") or its "as" ("would not view
    it as an 'operational ... setback'", "was not created as 'part of any cost saving
    effort'"). An object is left alone: "could not afford the 'reckless ... spree'" still
    quotes what the speaker called the plans."""
    root = quote.root
    head = root.head
    if quote.start <= head.i < quote.end:
        return False
    if root.dep_ == "pobj" and head.lower_ == "as":
        head = head.head
    elif root.dep_ not in _PREDICATE_DEPS:
        return False
    return head.pos_ in {"VERB", "AUX"} and any(c.dep_ == "neg" for c in head.children)


_PREDICATE_DEPS = frozenset({"attr", "acomp", "oprd"})
_REQUEST_VERBS = word_lists("quote_words")["request_verbs"]


def _cue_object(quote: Span, cue: str | None) -> bool:
    """Whether a quoted fragment without a verb is the direct object of its own cue, a
    verb of asking ("proposing 'a person ...'", "urged 'special attention' to ..."): what
    was asked for. "blamed 'a lack of talent in the England camp'" is a claim and stays,
    and so does the cue's "as": "dismissed the report as 'an idea for a movie script'"
    is how a spokesman answered (the editor-review annotations list both)."""
    if not cue or any(t.pos_ in {"VERB", "AUX"} for t in quote):
        return False
    root = quote.root
    if quote.start <= root.head.i < quote.end:
        return False
    head = root.head
    return (
        root.dep_ == "dobj"
        and head.text.lower() == cue.split()[-1].lower()
        and head.lemma_.lower() in _REQUEST_VERBS
    )


def _borrowed(
    ctx: _Ctx, qspan: QuoteSpan, quote: Span, kind: str, attribution: _Attribution
) -> bool:
    """Whether quoted words inside the writer's sentence have no cue and no speaker
    anywhere near: "the Cell's role in the imminent 'war on living rooms'"."""
    if kind != "partial" or attribution.rule != "direct.no_speaker" or qspan.continued:
        return False
    line = ctx.text[ctx.text.rfind("\n", 0, qspan.start) + 1 : qspan.start]
    if not any(c.isalpha() for c in line):
        return False  # the quotation opens its line: a reader's comment, a pull quote
    return bool(_before_in_sentence(ctx, qspan, quote).rstrip(" :"))


LEAD_FRAGMENT_GAP = 100  # "“For X,” she had said as she concluded her case, “...”"


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
        len(between) <= LEAD_FRAGMENT_GAP
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


_PREMODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod"})


def _premodifier(quote: Span) -> bool:
    """Whether a short quoted fragment only modifies a noun outside the marks: the "one
    stop" bureau, his "Nazi" comment, the "shock and awe" campaign. The words name a
    thing (a term, a label, a slogan), they are not what anyone is reported to say."""
    words = [t for t in quote if t.is_alpha or t.like_num]
    if not words or len(words) > _SCARE_MAX_WORDS:
        return False
    root = quote.root
    head = root.head
    return (
        root.dep_ in _PREMODIFIER_DEPS
        and head.i >= quote.end
        and head.pos_ in {"NOUN", "PROPN"}
        and all(t.is_punct or t.is_space for t in quote.doc[quote.end : head.i])
    )


def _labelled(ctx: _Ctx, qspan: QuoteSpan, quote: Span) -> bool:
    """Whether the quoted words are introduced as a name: the so-called "one-euro
    jobs", what he called a "fantasy island" (the token frame "label", data), or as a
    title ("a memo titled "The Facts on Where the Race Stands"", the frame "title")."""
    start, end = _before_chars(ctx, qspan, quote)  # the frame ends the writer's words
    if end <= start:
        return False
    if any(s >= start for s in _token_frame_ends(ctx, "title").get(end, ())):
        return True  # "a second piece, entitled “...”": a title, however long
    words = [t for t in quote if t.is_alpha or t.like_num]
    if len(words) > _LABEL_MAX_WORDS:
        return False
    return any(s >= start for s in _token_frame_ends(ctx, "label").get(end, ()))


def _trim_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing comma inside the marks: it belongs to the writer's sentence."""
    while end > start and text[end - 1] in ",;: ":
        end -= 1
    return start, end


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
    if nickname(quote, ctx.text, qspan.start, qspan.end):
        return None  # 'C.N. "Bud" Moore': part of a name
    if (
        (not attribution.has_speaker or attribution.rule in _CUE_ELSEWHERE)
        and _is_title(words)
        and len(words) < 8
        and not _in_headline(ctx, qspan)
        and not any(t.pos_ in {"VERB", "AUX"} for t in quote)
        and (
            title_in_sentence(ctx.text, qspan.start)
            or (_writer_goes_on(ctx, quote) and not _speech_in_sentence(ctx, quote))
        )
    ):
        return None  # 'on MSNBC's "Morning Joe,"', '"American Skin (41 Shots)" was
        # written after ...': a title in the writer's sentence, no one's words
    if _is_title(words) and len(words) < 8 and titled_after_genre(ctx.text, qspan.start):
        return None  # 'on the NBC News program, "Meet the Press," the senator said'
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
    # not "in other words, “computer implemented invention”": a term after the writer's
    # comma, the nearest "said" in another sentence, is judged as a fragment below
    own_cue = len(words) > _SCARE_MAX_WORDS or attribution.rule not in _CUE_ELSEWHERE
    if before.endswith(",") and speaker and has_verb and own_cue:
        return "direct"
    if in_report or _in_headline(ctx, qspan):
        return "partial"
    if len(words) <= _SCARE_MAX_WORDS and attribution.rule == "direct.no_speaker":
        return None  # a short quoted phrase no one is said to have spoken: scare quotes
    if _is_title(words) and (len(words) < 8 or _authored(ctx, qspan)):
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


#: Attributions whose cue is not in the quoted words' own sentence (or no cue at all).
_CUE_ELSEWHERE = frozenset(
    {
        "direct.nearby_sentence",
        "direct.carry",
        "direct.continued",
        "direct.sentence_subject",
        "direct.no_speaker",
    }
)
#: Attributions taken over from an earlier quotation, not read in the quotation's sentence.
_CARRIED = frozenset({"direct.carry", "direct.continued"})


def _writer_goes_on(ctx: _Ctx, quote: Span) -> bool:
    """Whether the writer's sentence runs on after the closing mark with words of its own."""
    end = quote[-1].sent.end
    return any(t.is_alpha and not ctx.inside[t.i] for t in quote.doc[quote.end : end])


def _speech_in_sentence(ctx: _Ctx, quote: Span) -> bool:
    """Whether the writer's words of the quotation's sentence hold a verb of speech
    ('"Jobs, Jobs, Jobs" is what he told them'): then the title-cased words may be
    what someone said."""
    sentence = quote[0].sent
    return any(_is_reporting(t, direct=True) and not ctx.inside[t.i] for t in sentence)


def _is_title(words: list[Token]) -> bool:
    """Whether every content word is capitalised: a name, title or slogan, not speech."""
    content = [t for t in words if not t.is_stop or t.i == words[0].i]
    return bool(content) and all(t.text[:1].isupper() or t.like_num for t in content)


def _authored(ctx: _Ctx, qspan: QuoteSpan) -> bool:
    """Whether "by" and a capitalised name follow the closing mark: a work and its author
    ("according to “Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard”
    by George Anders"), however long its title."""
    after = ctx.text[qspan.end : qspan.end + 40].lstrip(" \"'\u201d\u2019,")
    words = after.split()
    return len(words) > 1 and words[0] == "by" and words[1][:1].isupper()


def _is_clause(quote: Span) -> bool:
    """Whether the quoted words hold a clause of their own (a verb with its subject)."""
    return any(t.dep_ in _SUBJECT_DEPS and t.head.i >= quote.start for t in quote)


def _frame_only(before: str) -> bool:
    """Whether the writer's words before a quotation are only an attribution frame."""
    words = before.split()
    return 0 < len(words) <= 6 and before.rstrip().endswith((",", ":", "said", "says"))
