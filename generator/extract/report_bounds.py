"""Where a reported clause starts and stops, checked against the parse once it is found.

`reported_speech` finds each report from its cue; the span it takes is the cue's clause
as the parser read it. On fresh text (a breadth sample of BBC, Reuters and PolNeAR
articles that no annotation covers) the shown span was wrong in a few recurring ways,
each of which an editor fixes by hand:

- the clause opens on its verb, its subject left before the span ("Mr Fox said the new
  laws, due to start next month, [could help ...]"), or the subject is a relative
  pronoun before the cue ("a charity that prosecutors said [was suspected of ...]"):
  the first is taken back to its subject, the second is a gap and is not shown;
- the clause stops before the verb of its own last subject ("groups which believed
  homosexuality] was a sin", "and "no resolution"] has yet been found"): it is taken on
  to that verb's last word, and likewise over the complement of its own last word
  ("said [it was satisfied] the question was easy"), never over a tag of its own;
- a closing bracket or a per cent sign is cut off ("2.9bn euros (£1.99bn]).",
  "almost 4]%");
- the clause's subject was read as the cue's object ("Bruce admitted [their trip ...
  to face Premiership leaders] Chelsea was the toughest draw"): the clause starts there;
- the listener of "told" is read into the clause's subject ("Yeutter told [Reuters]
  bilateral trade disputes are increasing"): the clause starts after it;
- a participle with no subject is read as the clause ("said in an interview [taped
  this afternoon for ...]"): nothing was reported, and the find is a gap;
- the span opens on the speaker of an inverted tag ("because, said [Mr Goosens, they
  are ...]") or on the comma after "that";
- a verbless object of a verb that does not report speech reads as a clause ("ruled
  [it illegal]", "declare [it one of the fastest growing technologies]"): no words
  were reported, so the find is kept off the pages (`SMALL_CLAUSE_RULE`);
- the writer's idiom reads as a source ("it's safe to say that [...]", "it's important
  to remember that [...]", the generic
  "you would probably say [...]"): no one said it (`UNSPOKEN_RULE`, kept off the pages);
- the clause stops at a coordinator where the parser hung a second clause on the same
  cue ("[the change was withheld ... after a study was released] and the committee
  felt the issue should be addressed ..., Sandner said"): both are the report, and it
  runs to the second clause's end;
- a second source's tag closes the clause ("SAIC says [none of its money will be
  paid ...], the FT reports", "told Reagan that [profits were diverted], according to
  a Time magazine report"): cut at the comma;
- the writer's own words close the clause after a comma: a time line against an
  earlier event ("said it launched an offensive today[, three days after it began a
  new thrust]") or a comment on the claim ("say there is a black hole in the public
  finances[, a claim denied by the chancellor]"): cut at the comma;
- an "according to" source's name set off after it is read as the reported words'
  subject ("according to Assange's lawyer, [Martinez,] a barrister arrived"): left out;
- the clause stops at the full stop of initials that the parser read as a sentence end
  ("said [the U.S.] government is still looking into ..."): it runs on to the end of
  the words that go on in lower case;
- the span is taken back over the occasion of the cue, which the parser read as part of
  the clause's subject ("said in a statement [consultants working for it identified
  ...]", review 11): it starts after the statement noun;
- the span is only the occasion, with nothing reported ("said in a statement [issued a
  half-hour before the event was set to begin]", "said in an interview [with CNN's
  Gloria Borger aired Monday night]", issue 11): a gap (`GAPPED_RULE`);
- the clause runs on over the title of the speaker named right after it ("..., [Japanese
  vice-minister of finance for international affairs] Toyoo Gyohten said"): it ends at
  the comma before the title;
- the cue is a hearsay passive whose subject is no speaker ("Local police were said
  to be "surprised" [he was in the area]"): the clause hangs on the adjective, as a
  gap (`GAPPED_RULE`, kept off the pages);
- an "according to" report opens on the writer's link back to the story ("[Since
  then,] a growing sense of paranoia has ..., according to analysts"): it starts at
  the subject; a scene or a condition before it stays.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc, Span, Token

from generator.extract.actors import TITLE_WORDS
from generator.extract.pronouns import THIRD_PERSON_OBJECTS
from generator.extract.punctuation import QUOTE_CHARACTERS
from generator.extract.report_runs import (
    joined_before_tag,
    listed_before_tag,
    past_unmarked_break,
    shared_modal_end,
)
from generator.extract.reported_speech import (
    _CONDITION_WORDS,
    _LEADING_CONNECTIVES,
    GAPPED_RULE,
    SMALL_CLAUSE_RULE,
    UNSPOKEN_RULE,
    VERB_CLAUSE_RULE,
    that_opened_relative,
)
from generator.extract.rival_figures import rival_move_start
from generator.extract.speaker_mentions import (
    _ADDRESSEE_VERBS,
    _NOMINAL_SUBJECT_DEPS,
    _SUBJECT_DEPS,
)
from generator.extract.speakers.lexicon import STATEMENT_NOUNS
from generator.extract.speech_cues import (
    _ADDRESSEE_OBJECT,
    LISTENER_NOUNS,
    PLAIN_REPORT_CUES,
    TAG_VERBS_PATTERN,
    _is_reporting,
)
from generator.extract.words import word_lists
from generator.extract.writers_asides import refusal_cut, set_off, writers_comment
from generator.model import Quote

_VERB_POS = frozenset({"VERB", "AUX"})
_AUX_DEPS = frozenset({"aux", "auxpass"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_OBJECT_DEPS = frozenset({"dobj", "dative"})
_IT_DEPS = frozenset({"nsubj", "expl"})
_OBJECT_PRONOUNS = THIRD_PERSON_OBJECTS
_RELATIVE_DEPS = frozenset({"relcl", "acl"})
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "acomp", "attr", "dobj", "oprd"})
#: A subject that stands for a noun before the cue: "a charity that prosecutors said
#: was ...", "which a dealer said was ...".
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
_CLOSERS = {")": "(", "]": "["}
_INNER_TAG = re.compile(r",[^,]{1,40}" + TAG_VERBS_PATTERN + r"[^,]{0,20},")
_WORDS = word_lists("quote_words")
_TIME_UNITS = _WORDS["time_line_units"]
_TIME_MARKS = _WORDS["time_line_marks"]
_COORDINATORS = _WORDS["clause_coordinators"]
_CLAIM_NOUNS = _WORDS["claim_nouns"]
_SPLIT_SUBJECT_VERBS = _WORDS["split_subject_verbs"]
_WRITERS_VOICE_VERBS = _WORDS["writers_voice_verbs"]
#: Words a time line may open with before its unit: "three days", "a week", "just two
#: months", "only hours".
_TIME_LINE_POS = frozenset({"NUM", "DET", "ADJ", "ADV", "NOUN"})


def fit_report(doc: Doc, text: str, quote: Quote) -> Quote:
    """The reported clause `quote` with its span set to the whole clause, or marked with
    an unpublished rule when no clause was reported. Direct quotations pass through;
    other reports ("according to X") only get their closing bracket or per cent sign."""
    if quote.kind != "indirect":
        return quote
    if quote.rule != VERB_CLAUSE_RULE:  # "according to X, prices rose 4[%]" all the same
        start = _past_story_link(doc, _past_source_name(doc, text, quote), quote.end)
        start, end = _closed(text, start, _before_refusal(doc, quote, start, quote.end))
        return dataclasses.replace(quote, text=text[start:end], start=start, end=end)
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return quote
    if _verbless_object(span, quote.cue):
        return dataclasses.replace(quote, rule=SMALL_CLAUSE_RULE)
    if _writers_voice(span, quote):
        return dataclasses.replace(quote, rule=UNSPOKEN_RULE)
    if _hearsay_passive(span, quote.cue) or _bare_participle(span):
        return dataclasses.replace(quote, rule=GAPPED_RULE)
    start, end = quote.start, quote.end
    subject = _subject_before(span)
    if subject is not None:
        if subject.tag_ in _RELATIVE_TAGS or subject.lower_ == "that":
            return dataclasses.replace(quote, rule=GAPPED_RULE)
        if _after_cue(subject, quote):
            start = subject.left_edge.idx
    elif _opens_on_verb(span):
        cue = _cue_before(span, quote.cue)
        between = [] if cue is None else span.doc[cue.i + 1 : span.start]
        words = [t for t in between if not (t.is_space or t.lower_ == "that" or t.text in ",;:")]
        if cue is None or not words or any(c.tag_ in _RELATIVE_TAGS for c in cue.children):
            return dataclasses.replace(quote, rule=GAPPED_RULE)
        start = _past_occasion(cue, words, _past_addressee(cue, words)).idx
    split = _split_subject(span)
    if split is not None:
        start = split.left_edge.idx
    listener = _glued_listener(span, quote.cue)
    if listener is not None and start == quote.start:
        start = listener
    longer = max(_verb_after(span), _complement_after(span))
    if longer > end and not _tag_in(doc, text, end, longer) and not _cue_in_relative(span):
        end = longer
    end = max(end, _joined_clause(span, end))
    shared = shared_modal_end(span, _clause_verb(span))
    if shared > end and not _tag_in(doc, text, end, shared):
        end = shared
    verb = _clause_verb(span)
    rival = None if verb is None else rival_move_start(verb, span)
    if rival is not None and start < rival < end:  # "..., and Chrysler Corp was up 11.3 pct"
        end = rival
    close = _before_writers_close(span)
    if close < span.end_char:
        end = close
    end = _past_initials(doc, text, end)
    end = _past_unmarked_break(doc, text, end)
    end = listed_before_tag(doc, end, quote.speaker_start)
    end = _joined_before_tag(doc, text, end, quote.speaker_start)
    start = _past_setting(doc, start, end)
    if _occasion_only(doc, start, end):
        return dataclasses.replace(quote, rule=GAPPED_RULE)
    end = _before_speakers_title(doc, text, quote, start, end)
    end = _before_refusal(doc, quote, start, end)
    start = _past_own_speaker(text, quote, start)
    start = _past_glued_listener(doc, start, end)
    start, end = _closed(text, start, end)
    condition = _opening_condition(doc, start, end)
    if condition is not None:  # "Unless the vote passes, [Mr Reed warned,] the bridge ..."
        shown = text[condition[0] : condition[1]] + ", " + text[start:end]
        return dataclasses.replace(quote, text=shown, start=condition[0], end=end)
    if (start, end) == (quote.start, quote.end):
        return quote
    return dataclasses.replace(quote, text=text[start:end], start=start, end=end)


def _before_refusal(doc: Doc, quote: Quote, start: int, end: int) -> int:
    """The end moved before the source's own refusal to say more ("..., but it did not
    specify how many", `writers_asides.refusal_cut`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or quote.speaker_start is None or quote.speaker_end is None:
        return end
    speaker = doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
    cut = refusal_cut(span, speaker)
    return end if cut is None or cut <= start else min(end, cut)


def _opening_condition(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The (start, end) of a condition that opens the sentence when its tag stands
    between the condition and the reported clause, and the parser hung the condition on
    the tag: "Unless the vote passes, Mr Reed warned, the bridge will close" reports
    "Unless the vote passes, the bridge will close"; without it the claim reads as
    unconditional. Only "if", "unless", "provided" (a time, "When she got inside, she
    said, ...", may be when the words were said), opening the sentence (after a
    connective at most), closed by a comma right before the tag's subject, the tag
    its subject and verb alone, then a comma and the clause."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start < 4:
        return None
    comma, verb = doc[span.start - 1], doc[span.start - 2]
    if comma.text != "," or not _is_reporting(verb, direct=False):
        return None
    if not any(c.dep_ == "ccomp" and c.left_edge.i == span.start for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ in _NOMINAL_SUBJECT_DEPS and c.i < verb.i]
    if len(subjects) != 1 or subjects[0].right_edge.i != verb.i - 1:
        return None
    conditions = [c for c in verb.children if c.dep_ == "advcl" and c.i < subjects[0].i]
    if len(conditions) != 1 or conditions[0].left_edge.lower_ not in _CONDITION_WORDS:
        return None
    first, last = conditions[0].left_edge, conditions[0].right_edge
    before = doc[first.sent.start : first.i]
    if any(not (t.is_punct or t.is_space or t.lower_ in _LEADING_CONNECTIVES) for t in before):
        return None
    if doc[last.i + 1].text != "," or subjects[0].left_edge.i != last.i + 2:
        return None
    return first.idx, last.idx + len(last)


#: Prepositions of the occasion of a report: "said in a statement", "told Reuters in an
#: interview", "said via a spokesman's note".
_SETTING_PREPS = frozenset({"in", "via", "through"})
#: Words between such a preposition and its statement noun: "in [a written] statement",
#: "in [an] interview", "in [its annual] report", "in [a Reuters] interview".
_SETTING_WORD_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})
#: Words that may open the reported clause's subject after the statement noun.
_SUBJECT_OPENING_POS = _SETTING_WORD_POS


def _past_setting(doc: Doc, start: int, end: int) -> int:
    """Where the reported words start once the occasion of the report is left out:
    "Eurofer said in a statement [consultants working for it identified ...]". The
    small model often reads the statement noun as a modifier of the clause's subject
    ("a statement consultants") and leaves the clause's verb without one, so that the
    span is taken back over the cue's own phrase; that phrase tells where it was said,
    not what. Only a statement noun within four words of the preposition, followed by
    the opening of a noun phrase (the clause's subject): "in an interview [with CNN]",
    "in a statement [issued on Monday]" go on with the occasion and are left whole."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 4 or span[0].lower_ not in _SETTING_PREPS:
        return start
    for word in span[1:5]:
        if word.lemma_.lower() in STATEMENT_NOUNS or word.lower_ in STATEMENT_NOUNS:
            rest = [t for t in span[word.i - span.start + 1 :] if not (t.is_punct or t.is_space)]
            if len(rest) < 2 or rest[0].pos_ not in _SUBJECT_OPENING_POS:
                return start
            return rest[0].idx
        if word.pos_ not in _SETTING_WORD_POS:
            return start
    return start


#: How the writer's link back to the story hangs on a report's verb: "[Since then,]",
#: "[Meanwhile,]", "[After that,]".
_LINK_DEPS = frozenset({"advmod", "prep", "punct"})
#: The words of such a link (quote_words: narrative_links and leading_connectives).
_LINK_WORDS = _WORDS["narrative_links"] | _WORDS["leading_connectives"]


def _past_story_link(doc: Doc, start: int, end: int) -> int:
    """Where the words of an "according to" report start once the writer's link back to
    the story is left out: "[Since then,] a growing sense of paranoia has given
    Israel's government the impetus ..., according to analysts". "Since then" points
    at the events the writer just told, so the source cannot have said it (editor
    review: the report starts at the subject). Only when every word before the
    content's subject is a word of such a link (`_LINK_WORDS`), hung on the content's
    verb, and a comma closes them; a scene or a condition ("Under the proposals, ...")
    is kept."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return start
    verb = _clause_verb(span)
    if verb is None:
        return start
    subjects = [c for c in verb.children if c.dep_ in _NOMINAL_SUBJECT_DEPS]
    if len(subjects) != 1 or not span.start < subjects[0].left_edge.i < span.end:
        return start
    first = subjects[0].left_edge
    if doc[first.i - 1].text != ",":
        return start
    for word in span[: first.i - span.start]:
        top = word
        while top.head.i != verb.i and top.head.i != top.i and span.start <= top.head.i:
            top = top.head
        if top.head.i != verb.i or top.dep_ not in _LINK_DEPS or top.i > first.i:
            return start
        if not (word.is_punct or word.lower_ in _LINK_WORDS):
            return start
    return first.idx


def _occasion_only(doc: Doc, start: int, end: int) -> bool:
    """Whether the span is only the occasion of the report, with nothing reported: "said
    in a statement [issued a half-hour before the market opened]", "said in an interview
    [with CNN's Gloria Borger aired Monday night]". The span opens on the occasion
    (`_past_setting` found no clause's subject after its statement noun) and shows
    only where the speaker spoke, not what: no verb in it has a subject, but for
    clauses that tell when or which ("before the market opened", "that he gave"). "said
    in a statement on Monday [the company] would ...", and "said in its daily
    operations report that [there] was a backlog" (the parser read "report" as a verb),
    have one and stay."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3 or span[0].lower_ not in _SETTING_PREPS:
        return False
    noun = next((t for t in span[1:5] if _statement_noun(t)), None)
    if noun is None or any(t.pos_ not in _SETTING_WORD_POS for t in span[1 : noun.i - span.start]):
        return False
    return not any(
        t.pos_ in _VERB_POS
        and t.dep_ not in _OCCASION_CLAUSE_DEPS
        and any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "expl" for c in t.children)
        for t in span
    )


#: Clauses that tell more of the occasion: when it was ("issued a half-hour [before the
#: market opened]") or which one ("in an interview [that he gave to CNN]").
_OCCASION_CLAUSE_DEPS = frozenset({"advcl", "relcl"})


def _statement_noun(word: Token) -> bool:
    """Whether `word` names a statement, an interview or a report (STATEMENT_NOUNS)."""
    return word.lemma_.lower() in STATEMENT_NOUNS or word.lower_ in STATEMENT_NOUNS


#: Titles before a name: "[Japanese vice-minister of finance] Toyoo Gyohten said".
_TITLE_WORDS = TITLE_WORDS
#: Words a title before a name may hold: "[Japanese vice-minister of finance for
#: international affairs]", "[the company's chief financial officer]".
_TITLE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "PART", "PUNCT", "CCONJ"})


def _before_speakers_title(doc: Doc, text: str, quote: Quote, start: int, end: int) -> int:
    """Where a clause ends once the title of the speaker named right after it is left
    out: "The dollar will not fall further, [Japanese vice-minister of finance for
    international affairs] Toyoo Gyohten said". The parser hung the title on the
    clause's verb, but it is the speaker's, and the comma before it closes the
    report. Only words of a title (one of them a title noun: actors.TITLE_WORDS, no
    verb) between the clause's last comma and the speaker's name, which follows at
    once."""
    if quote.speaker_start is None or quote.speaker_start < end:
        return end
    if text[end : quote.speaker_start].strip():
        return end
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return end
    commas = [t for t in span if t.text == "," and t.i > span.start + 2]
    if not commas:
        return end
    title = [t for t in doc[commas[-1].i + 1 : span.end] if not t.is_space]
    if not title or len(title) > 10 or any(t.pos_ not in _TITLE_POS for t in title):
        return end
    if not any(t.lower_ in _TITLE_WORDS for t in title):
        return end
    return commas[-1].idx


def _past_source_name(doc: Doc, text: str, quote: Quote) -> int:
    """Where the words of an "according to" report start once the source's own name is
    left out: "according to Assange's lawyer, [Martinez,] a female British barrister
    arrived ...". The parser made the name, set off after the source, the subject of
    what was reported, with "a female British barrister" its apposition; but an
    apposition is closed by a comma before the verb ("Martinez, a barrister, arrived"),
    and this one runs straight into it, so it is the subject and the name is the
    source's. "According to police, Smith, 45, was arrested": the apposition is closed,
    and Smith is what was reported on."""
    start = quote.start
    if quote.speaker_end is None or text[quote.speaker_end : start].strip() != ",":
        return start
    span = doc.char_span(start, quote.end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return start
    name = span[0]
    while name.i + 1 < span.end and doc[name.i + 1].pos_ == "PROPN":
        name = doc[name.i + 1]
    if name.i + 2 >= len(doc) or name.pos_ != "PROPN" or name.dep_ not in _SUBJECT_DEPS:
        return start  # the body ends in the name: nothing after it to report
    if doc[name.i + 1].text != ",":
        return start
    verb = name.head
    appositions = [c for c in name.children if c.dep_ == "appos" and name.i < c.i < verb.i]
    if verb.pos_ not in _VERB_POS or len(appositions) != 1:
        return start
    apposition = appositions[0]
    if any(t.text == "," for t in doc[apposition.right_edge.i + 1 : verb.i]):
        return start  # closed: "Smith, 45, was arrested"
    return doc[name.i + 2].idx


def _verbless_object(span: Span, cue: str | None) -> bool:
    """Whether the content is a pronoun and its predicate with no verb, under a cue that
    is not a plain verb of saying: "ruled it illegal", "wanted it frozen", "declare it
    one of the fastest growing technologies". Wire copy's verbless reports ("said first
    quarter profit 1.2 mln dlrs") come under "said" and stay."""
    last = (cue or "").split()[-1:] or [""]
    if last[0].lower() in PLAIN_REPORT_CUES or any(t.pos_ in _VERB_POS for t in span):
        return False
    # a pronoun object with its predicate, not a judgement of something named: "finds
    # the pitch compelling" is a critic's view (PolNeAR annotates it) and stays
    return span[0].lower_ in _OBJECT_PRONOUNS


def _writers_voice(span: Span, quote: Quote) -> bool:
    """Whether the "source" is the writer's idiom, not someone who spoke: "it's safe to
    say that ...", "it is fair to say ...", "it's important to remember that ...", "it
    is worth noting ..." (an adjective over an infinitive cue, "it"
    its subject), or the generic "you" ("you would probably say you're better not doing
    so"; the song title "You Said No" read as a tag). No one said the words."""
    if (quote.speaker_mention or "").lower() == "you":
        return True
    cue = _cue_before(span, quote.cue)
    if cue is None or cue.dep_ != "xcomp" or cue.lemma_.lower() not in _WRITERS_VOICE_VERBS:
        return False  # "it is necessary to show that ...": a claim, kept
    head = cue.head  # "safe" in "it is safe to say", or "is" itself as parsed
    holder = head.head if head.pos_ == "ADJ" else head
    if head.pos_ != "ADJ" and not any(c.dep_ == "acomp" for c in head.children):
        return False
    return any(c.dep_ in _IT_DEPS and c.lower_ == "it" for c in holder.children)


def _split_subject(span: Span) -> Token | None:
    """The object the parser gave a verb of saying or stance that is really the start of
    its clause's subject: "Bruce admitted [their trip to Stamford Bridge to face
    Premiership leaders] Chelsea was the toughest draw possible". The object follows the
    cue at once and every word up to the clause hangs on the cue, with no comma."""
    verb = _clause_verb(span)
    if verb is None or verb.dep_ != "ccomp":
        return None
    cue = verb.head
    if cue.lemma_.lower() not in _SPLIT_SUBJECT_VERBS or cue.i >= span.start:
        return None
    objects = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < span.start]
    if len(objects) != 1 or objects[0].left_edge.i != cue.i + 1:
        return None
    between = span.doc[cue.i + 1 : span.start]
    if any(t.text in ",;:" or (t.is_space and "\n\n" in t.text) for t in between):
        return None
    words = [t for t in between if not t.is_space]
    if not all(cue in t.ancestors and verb not in t.ancestors for t in words):
        return None
    return objects[0]


def _bare_participle(span: Span) -> bool:
    """Whether the "clause" is a participle with no subject and no auxiliary that the
    parser hung on the cue: "he said in an interview [taped this afternoon for the
    Newshour]" describes the interview; nothing was reported."""
    verb = _clause_verb(span)
    first = next((t for t in span if not (t.is_punct or t.is_space)), None)
    if verb is None or first is None or first.i != verb.i or verb.tag_ not in {"VBN", "VBG"}:
        return False
    return not any(c.dep_ in _SUBJECT_DEPS or c.dep_ in _AUX_DEPS for c in verb.children)


def _glued_listener(span: Span, cue: str | None) -> int | None:
    """Where a clause starts whose first word is the listener of a verb of telling that
    the parser read into the clause's subject: "Yeutter told [Reuters] bilateral trade
    disputes are increasing". Only a single proper noun before a word that is no name,
    and only when the cue has no listener of its own."""
    verb = _cue_before(span, cue)
    if verb is None or verb.lemma_.lower() not in _ADDRESSEE_VERBS or len(span) < 3:
        return None
    if any(c.dep_ in _OBJECT_DEPS for c in verb.children):
        return None
    first, second = span[0], span[1]
    if first.pos_ != "PROPN" or first.dep_ not in {"compound", "nmod"}:
        return None
    if not span.start < first.head.i < span.end or second.pos_ in {"PROPN", "PUNCT", "SPACE"}:
        return None
    if first.i != verb.i + 1:
        return None
    return second.idx


def _past_glued_listener(doc: Doc, start: int, end: int) -> int:
    """Where a clause starts whose first words are the listener of "told", glued by the
    parser onto the clause's subject as a modifier: "The officials told [Reuters MITI
    asked them ...]", "told [the subcommittee oil imports were expected to increase]",
    "told [a news conference wage pacts ... were not endangering ...]". The listener is
    a word for the press, a hearing or an audience (listener_nouns in quote_words.toml)
    right after the verb, with its article and its own modifiers, and the verb has no
    listener of its own; the clause starts at the next word. A listener the parser read
    apart is left out already (`_past_addressee`, `_glued_listener`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return start
    first = span[0]
    verb = doc[first.i - 1] if first.i > 0 else None
    if verb is None or verb.pos_ not in _VERB_POS or verb.lemma_.lower() not in _ADDRESSEE_OBJECT:
        return start
    if any(c.dep_ in _OBJECT_DEPS and c.i < first.i for c in verb.children):
        return start
    i = first.i + (first.lower_ in _ARTICLES)
    listener = next((t for t in doc[i : min(i + 3, span.end)] if t.lower_ in LISTENER_NOUNS), None)
    if listener is None or listener.dep_ not in {"compound", "nmod"}:
        return start
    if any(t.head.i != listener.i for t in doc[i : listener.i]):
        return start  # "a news conference": only the listener's own modifiers before it
    i = listener.i
    after = doc[i + 1]
    if listener.head.i <= i or after.i >= span.end or after.is_punct or after.is_space:
        return start
    return after.idx


_ARTICLES = word_lists("function_words")["articles"]


def _hearsay_passive(span: Span, cue: str | None) -> bool:
    """Whether the cue is a passive of hearsay with an infinitive ("Local police were
    said to be "surprised" he was in the area", "X is reported to have been angry the
    deal fell through"): its subject is whom the unnamed source spoke of, not a speaker,
    and a clause the parser hangs on the cue belongs to the infinitive's predicate."""
    verb = _cue_before(span, cue)
    if verb is None:
        return False
    children = list(verb.children)
    return any(c.dep_ == "nsubjpass" for c in children) and any(
        c.dep_ == "xcomp" and c.i < span.start for c in children
    )


def _joined_clause(span: Span, end: int) -> int:
    """Where a clause ends that the parser split into two complements of one cue joined
    by "and" or "but" ("[The LDP's failure ... will weaken its ability to push through
    its tax plan], and without a compromise the budget is unlikely to be passed soon,
    they said"): the second is the same report, so the span runs to its last word. Only
    commas, spaces and one coordinator may stand between the two, and both must be on
    the same side of the cue. The two are looked for from `end`, where the clause ends
    so far (it may have been taken on over a word the parser hung on the cue)."""
    doc = span.doc
    verb = _clause_verb(span)
    if verb is None or verb.dep_ != "ccomp":
        return span.end_char
    cue = verb.head
    i, coordinators = span.end, 0
    while i < len(doc) and doc[i].idx < end:
        i += 1
    while i < len(doc) and (
        doc[i].is_space or doc[i].text in ",;" or doc[i].lower_ in _COORDINATORS
    ):
        coordinators += doc[i].lower_ in _COORDINATORS
        i += 1
    if coordinators != 1 or i >= len(doc):
        return span.end_char
    for second in cue.children:
        if not (
            second.dep_ == "ccomp"
            or _marked_conjunct(second, doc[i])
            or _contrasted_cause(second, doc[i], span)
        ):
            continue
        if second.i <= verb.i or second.left_edge.i != i:
            continue
        if (second.i < cue.i) != (verb.i < cue.i) or _is_reporting(second, direct=True):
            continue  # "A, and he added B": a tag of its own
        return _words_end(second, second)
    return span.end_char


def _marked_conjunct(second: Token, first: Token) -> bool:
    """Whether a verb the parser joined to the cue itself opens on "that" ("She said new
    mothers were entitled to 12 months leave, but that many women could not take it"):
    "that" opens no sentence of the writer's after "but", so the clause is a second
    complement of the cue, the same report. Not one that quotes the speaker's words
    ("but that his visit 'may be a forerunner ...'"): the quotation is shown as it is."""
    return (
        second.dep_ == "conj"
        and first.lower_ == "that"
        and first.dep_ == "mark"
        and first.head.i == second.i
        and not any(c in QUOTE_CHARACTERS for t in second.subtree for c in t.text)
    )


def _contrasted_cause(second: Token, first: Token, span: Span) -> bool:
    """Whether a "but because" clause the parser hung on the cue completes a cause the
    report denies ("Machinea said Brasil did not suspend payments because it wanted to
    but because it lacked reserves", "he said he'd be doing so not because of a
    vendetta, but because Canova is a good candidate"): the denied cause and the real
    one are one statement, and cut before "but" the report says the opposite."""
    doc = span.doc
    between = doc[span.end : first.i]
    return (
        second.dep_ == "advcl"
        and first.lower_ == "because"
        and first.dep_ == "mark"
        and first.head.i == second.i
        and any(t.lower_ == "but" for t in between)
        and any(t.lower_ == "not" for t in span)
        and any(t.lower_ == "because" for t in span)
    )


def _before_writers_close(span: Span) -> int:
    """Where a clause ends once the writer's own words that close it after a comma are
    left out: a time line against an earlier event (", three days after it began a new
    thrust", ", a week before the vote") or a comment on the claim (", a claim denied by
    the chancellor"). Neither is what the source said."""
    doc = span.doc
    tag = _closing_tag(span)
    if tag is not None:
        return tag
    last = span.end - 1
    while last > span.start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    for token in span:
        if token.right_edge.i < last:
            continue
        first = token.left_edge
        if first.i <= span.start + 2 or not set_off(token):
            continue
        comma = doc[first.i - 1].text == ","
        if (comma and (_time_line(token) or _claim_comment(token))) or writers_comment(token):
            return doc[first.i - 1].idx
    return span.end_char


def _closing_tag(span: Span) -> int | None:
    """Where a clause ends that the parser read as a second source's report closed by
    its tag ("SAIC says [none of its money will be paid ..., the FT reports]"): the
    clause's own verb is a speech verb whose complement comes first and whose subject
    follows a comma. The words are the first source's; the second tag is left out."""
    according = _according_to_after(span)
    if according is not None:
        return according
    verb = _clause_verb(span)
    if verb is None or not _is_reporting(verb, direct=True):
        return None
    subjects = [c for c in verb.children if c.dep_ in _NOMINAL_SUBJECT_DEPS]
    complements = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if len(subjects) != 1 or not complements or subjects[0].i < complements[0].i:
        return None
    first = subjects[0].left_edge
    comma = span.doc[first.i - 1]
    if comma.text != "," or comma.i <= span.start or first.i < complements[0].right_edge.i:
        return None
    return comma.idx


def _according_to_after(span: Span) -> int | None:
    """Where a clause ends that closes on a source of its own after a comma ("told
    President Reagan that [profits were being diverted to rebels], according to a Time
    magazine report"): the comma before "according to", when the phrase runs to the
    clause's end. The phrase is a second source's tag, found as a report of its own."""
    doc = span.doc
    for token in span:
        if token.lower_ != "according" or token.i + 1 >= span.end:
            continue
        if doc[token.i + 1].lower_ != "to" or token.i - 1 <= span.start:
            continue
        comma = doc[token.i - 1]
        rest = doc[token.i : span.end]
        if comma.text == "," and not any(t.text in ",;" for t in rest[:-1]):
            return comma.idx
    return None


def _time_line(token: Token) -> bool:
    """ "three days after it began a new thrust": a clause of "after", "before" or
    "since" opened by a span of time."""
    if token.dep_ != "advcl":
        return False
    marks = [c for c in token.children if c.dep_ == "mark" and c.lower_ in _TIME_MARKS]
    if len(marks) != 1:
        return False
    measure = token.doc[token.left_edge.i : marks[0].i]
    return (
        0 < len(measure) <= 4
        and all(t.pos_ in _TIME_LINE_POS for t in measure)
        and measure[-1].lemma_.lower() in _TIME_UNITS
    )


def _claim_comment(token: Token) -> bool:
    """ "a claim denied by the chancellor": a noun of claim, with "a", and a participle
    that says what became of the claim."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _CLAIM_NOUNS:
        return False
    if token.dep_ not in {"attr", "appos", "npadvmod", "dobj", "conj"}:
        return False
    children = list(token.children)
    opens = [c for c in children if c.dep_ == "det" and c.lower_ in {"a", "an"}]
    return (
        bool(opens)
        and opens[0].i == token.left_edge.i
        and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in children)
    )


def _clause_verb(span: Span) -> Token | None:
    """The verb that heads the content: the span's own root, through an auxiliary."""
    roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    verbs = [t for t in roots if t.pos_ in _VERB_POS]
    if len(verbs) != 1:
        return None
    return verbs[0].head if verbs[0].dep_ in _AUX_DEPS else verbs[0]


def _subject_before(span: Span) -> Token | None:
    """The subject of the content's verb when it stands before the span: "the new laws,
    due to start next month, [could help]", "a charity that prosecutors said [was]"."""
    verb = _clause_verb(span)
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in _NOMINAL_SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].i >= span.start:
        return None
    return subjects[0]


def _opens_on_verb(span: Span) -> bool:
    """Whether the content opens on a finite verb whose subject it does not hold: "[could
    help if ...]" after "said the new laws, due to start next month,", "[had time to think
    again]" after "said with Christmas coming up the new home secretary"."""
    first = next((t for t in span if not (t.is_punct or t.is_space)), None)
    if first is None or first.tag_ not in _FINITE_TAGS:
        return False
    verb = first.head if first.dep_ in _AUX_DEPS else first
    if span.start <= verb.head.i < span.end and verb.head.i != verb.i:
        return False  # not the clause's verb: "that [reports] of job cuts were" (a noun)
    return not any(c.dep_ in _SUBJECT_DEPS and span.start <= c.i < span.end for c in verb.children)


def _cue_before(span: Span, cue: str | None) -> Token | None:
    """The cue's token: the nearest verb of that spelling before the content, in its
    sentence."""
    word = (cue or "").split()[-1:]
    if not word:
        return None
    for token in reversed(span.doc[span[0].sent.start : span.start]):
        if token.lower_ == word[0].lower() and token.pos_ in _VERB_POS:
            return token
    return None


def _past_addressee(cue: Token, words: list[Token]) -> Token:
    """The first word of the content after a cue of telling: "told [BBC News] it could
    ..." takes the addressee out, "said the new laws could ..." keeps every word."""
    if cue.lemma_.lower() not in _ADDRESSEE_VERBS:
        return words[0]
    told = [c for c in cue.children if c.dep_ in _OBJECT_DEPS and c.i >= words[0].i]
    if not told:
        return words[0]
    reach = max(c.right_edge.i for c in told)
    return next((w for w in words if w.i > reach), words[0])


def _past_occasion(cue: Token, words: list[Token], first: Token) -> Token:
    """The first word of the content past where it was said, when the parser read the
    "that" after it as opening a relative clause on the occasion's noun: "told reporters
    [at a news conference that] he believed synthetic fuels would ...". "That" with a
    clause of its own subject after a phrase of the cue's opens what was said."""
    phrases = [c for c in cue.children if c.dep_ == "prep" and c.i == first.i]
    if not phrases:
        return first
    phrase = phrases[0]
    for word in cue.doc[phrase.i + 1 : words[-1].i + 1]:
        clause = word.head
        mark = that_opened_relative(clause)
        inside = phrase.left_edge.i <= clause.head.i <= phrase.right_edge.i
        if inside and mark is not None and mark.i == word.i:
            return next((w for w in words if w.i > word.i), first)
    return first


def _after_cue(subject: Token, quote: Quote) -> bool:
    """Whether the subject stands between the cue and the content ("said the new laws,
    ..., could help"), so that taking the span back to it takes no tag along."""
    cue = (quote.cue or "").split()[-1:]
    if not cue:
        return False
    before = subject.doc[subject.sent.start : subject.left_edge.i]
    return any(t.lower_ == cue[0].lower() and t.pos_ in _VERB_POS for t in before)


def _verb_after(span: Span) -> int:
    """Where a clause cut before its own verb ends: the word after the span is a finite
    verb with no subject outside the span, so its subject is in it ("which believed
    homosexuality] was a sin", "and "no resolution"] has yet been found"); the clause
    runs to that verb's last word. Otherwise the span's own end."""
    doc = span.doc
    end = span.end_char
    rest = doc[span.end : span[-1].sent.end]
    after = next((t for t in rest if not (t.is_space or t.tag_ == "''")), None)
    if after is None or after.tag_ not in _FINITE_TAGS:
        return end
    verb = after.head if after.dep_ in _AUX_DEPS else after
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if verb.i < span.end or any(not span.start <= c.i < span.end for c in subjects):
        return end  # the verb has a subject of its own: "[...] and he supported them"
    return _words_end(verb, after)


def _complement_after(span: Span) -> int:
    """Where a clause cut before the complement of its own last word ends: "said [it was
    satisfied] the question was easy to understand", "said [he was] confident Mr Davis
    would ...". The word after the span opens a complement (clause, adjective, object)
    of a word inside the span; the clause runs to the complement's last word."""
    doc = span.doc
    rest = doc[span.end : span[-1].sent.end]
    after = next((t for t in rest if not (t.is_space or t.tag_ == "''")), None)
    if after is None:
        return span.end_char
    inside = [c for t in span for c in t.children if c.dep_ in _COMPLEMENT_DEPS]
    # "said [it was satisfied] the question was ...": the parser may hang the rest on the
    # cue as a second clause, with nothing (no comma, no "and") between the two
    heads = {t.head for t in span if not span.start <= t.head.i < span.end}
    second = [c for h in heads for c in h.children if c.dep_ == "ccomp" and not _own_tag(c)]
    for child in inside + second:
        if child.i >= span.end and child.left_edge == after:
            return _words_end(child, after)
    return span.end_char


def _words_end(clause: Token, first: Token) -> int:
    """The character end of `clause`'s last word: the right edge of its subtree, with
    the punctuation and spaces that close it left out, but never before `first`."""
    last = clause.right_edge
    while last.i > first.i and (last.is_punct or last.is_space):
        last = last.doc[last.i - 1]
    return last.idx + len(last.text)


def _own_tag(verb: Token) -> bool:
    """Whether a clause is a speech tag with a source of its own ("..., the FT reports"),
    not more of the report: a reporting verb with a nominal subject and no complement."""
    children = list(verb.children)
    return (
        _is_reporting(verb, direct=True)
        and any(c.dep_ in _NOMINAL_SUBJECT_DEPS for c in children)
        and not any(c.dep_ in _COMPLEMENT_DEPS for c in children)
    )


def _cue_in_relative(span: Span) -> bool:
    """Whether the report hangs on a relative clause ("The hacker whose mischief first
    revealed that [...] pleaded guilty"): the verb after the span is then the sentence's
    own, whatever the parser made of it, and the clause is not taken on over it."""
    heads = [t.head for t in span if not span.start <= t.head.i < span.end]
    if any(a.dep_ in _RELATIVE_DEPS for h in heads for a in (h, *h.ancestors)):
        return True
    subjects = [c for h in heads for c in h.children if c.dep_ in _NOMINAL_SUBJECT_DEPS]
    return any(t.tag_ in _RELATIVE_TAGS for c in subjects for t in c.subtree)


#: Initials whose last full stop the parser may read as a sentence end: "U.S.", "U.K.".
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


def _past_initials(doc: Doc, text: str, end: int) -> int:
    """The end taken over a false sentence break after initials: "President Reagan said
    [the U.S.] government is still looking into ...", "will now work with [U.S.]
    industry to help ...". The parser ended the sentence, and the clause with it, on the
    full stop of "U.S." (in wire copy often at a line wrap); the words after it go on in
    lower case. The clause runs on to the end of that next sentence, unless those words
    hold a speech tag of their own."""
    last = doc.char_span(end - 1, end, alignment_mode="expand")
    if last is None or len(last) != 1 or not _INITIALS.fullmatch(last[0].text):
        return end
    token = last[0]
    after = [t for t in doc[token.i + 1 : token.sent.end + 1] if not t.is_space][:1]
    if not after or not after[0].is_lower or after[0].sent == token.sent:
        return end  # a real sentence end, or the clause stops inside its sentence
    words = [t for t in after[0].sent if not (t.is_space or t.is_punct)]
    if not words:
        return end
    longer = words[-1].idx + len(words[-1].text)
    return end if _tag_in(doc, text, end, longer) else longer


def _past_unmarked_break(doc: Doc, text: str, end: int) -> int:
    """The end taken over a sentence break the parser put where the text has none
    (`report_runs.past_unmarked_break`), unless the words after it hold a tag."""
    longer = past_unmarked_break(doc, end)
    return end if longer == end or _tag_in(doc, text, end, longer) else longer


def _joined_before_tag(doc: Doc, text: str, end: int, tag_start: int | None) -> int:
    """The end taken over a clause joined by "and" or "but" before the report's tag
    (`report_runs.joined_before_tag`), unless those words hold a tag of their own. A
    speech verb that only leads into an infinitive ("the debt problem continues to
    weigh on ...") tags nothing."""
    longer = joined_before_tag(doc, end, tag_start)
    if longer == end or _INNER_TAG.search(text, end, longer):
        return end
    added = doc.char_span(end, longer, alignment_mode="expand") or ()
    for token in added:
        if not _is_reporting(token, direct=True):
            continue
        deps = {c.dep_ for c in token.children if c.dep_ == "xcomp" or end <= c.idx < longer}
        if "xcomp" not in deps and deps & _NOMINAL_SUBJECT_DEPS:
            return end
    return longer


def _tag_in(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether the words a clause would be taken on over hold a speech tag of their own
    ("..., she said, the comment had ...", "law It added that ..." where a full stop is
    missing): then they are another report, and the clause stays as found."""
    if _INNER_TAG.search(text, start, end):
        return True
    added = doc.char_span(start, end, alignment_mode="expand") or ()
    return any(
        _is_reporting(t, direct=True)
        and any(c.dep_ in _NOMINAL_SUBJECT_DEPS and start <= c.idx < end for c in t.children)
        for t in added
    )


def _past_own_speaker(text: str, quote: Quote, start: int) -> int:
    """The start moved past the speaker of an inverted tag that the span opens on
    ("because, said [Mr Goosens, they are reported ...]") and past stray punctuation
    ("said that[, during the period ...]")."""
    if (
        quote.speaker_start is not None
        and quote.speaker_end is not None
        and start <= quote.speaker_start
        and not text[start : quote.speaker_start].strip()
        and quote.speaker_end < quote.end
        and text[quote.speaker_end : quote.speaker_end + 1] == ","
    ):
        start = quote.speaker_end + 1
    while start < quote.end and text[start] in " ,;:\u00a0":
        start += 1
    return start


def _closed(text: str, start: int, end: int) -> tuple[int, int]:
    """The end taken over a closing bracket the span opened and a per cent sign after
    its number: "(£1.99bn)" and "almost 4%", not "(£1.99bn" and "almost 4"."""
    while end < len(text):
        char = text[end]
        opened = char in _CLOSERS and text.count(_CLOSERS[char], start, end) > text.count(
            char, start, end
        )
        if not (opened or (char == "%" and text[end - 1 : end].isdigit())):
            break
        end += 1
    return start, end
