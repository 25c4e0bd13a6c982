# ruff: noqa: RUF001 - quotation marks and dashes and apostrophes are the subject here
"""The cue and speaker of one quoted span, tried from the surest evidence down.

A reporting verb in the quotation's own sentence; a fixed frame ("according to X");
a colon lead-in ("X said:"); the shape of a speech tag after the closing mark; a
signature after a dash; the sentence before or after; the quotation it continues; the
headline's colon or subject. Each step says which rule attributed the quotation
(`_Attribution.rule`), so that a wrong speaker on a page can be traced to its rule.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from generator.extract.actors import TITLE_WORDS
from generator.extract.lead_in_clauses import subject_tag_after, subordinate_lead_in
from generator.extract.narrated_quotes import narrates_another
from generator.extract.nearby_checks import in_as_clause
from generator.extract.pronouns import (
    FIRST_PERSON_PRONOUNS,
    ORG_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    SECOND_PERSON_PRONOUNS,
    SEXED_SUBJECT_PRONOUNS,
    SUBJECT_POSSESSIVES,
    SUBJECT_PRONOUNS,
    THIRD_PERSON_OBJECTS,
)
from generator.extract.punctuation import (
    CLOSING_QUOTES,
    DASHES_OR_HYPHEN,
    OPENING_QUOTES,
)
from generator.extract.quote_context import _Attribution, _before_in_sentence, _Ctx
from generator.extract.quote_frames import _frame_sources
from generator.extract.quotemarks import QuoteSpan
from generator.extract.speaker_mentions import (
    _ADDRESSEE_VERBS,
    _SUBJECT_DEPS,
    _can_speak,
    _mention,
    _modal_name,
    _names_someone,
    _speaker_of,
    _subject_mention,
    _without_case,
)
from generator.extract.speaker_switch import speaker_switched
from generator.extract.speech_cues import _cue_text, _is_reporting, capitalised_speech_verb
from generator.extract.words import word_set
from generator.model import Quote


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
        if ctx.inside[token.i] or not _is_reporting(token, direct=True) or _in_name(token):
            continue
        if _semicolon_between(ctx, token, quote) or _negated(token):
            continue
        speaker = _speaker_of(token, ctx)
        if speaker is None or _in_dash_aside(speaker, quote, token):
            continue
        distance = min(abs(token.idx - qspan.end), abs(token.idx - qspan.start))
        candidates.append((distance, token, speaker, _governs(token, quote)))
    governing = _outside_relative_clauses([c for c in candidates if c[3]], quote)
    governing = _outside_subordinate_reports(governing, candidates, quote)
    governing = _outside_reports_of_their_own(governing)
    before = _before_in_sentence(ctx, qspan, quote)
    if len(governing) > 1 and before and not before.endswith((":", ",")):
        verbs = {c[1].i for c in governing}
        governing = [
            c for c in governing if not any(a.i in verbs for a in _content_ancestors(c[1]))
        ]
    if len(governing) == 1:
        stolen = _stolen_complement(governing[0][1], quote, candidates)
        if stolen is not None:
            governing = [stolen]
    pool = governing or _nearby_verbs(candidates, quote, ctx)
    if pool:
        chosen = min(pool, key=lambda c: c[0])
        _, verb, speaker, _ = subordinate_lead_in(quote, ctx, chosen[1], candidates) or chosen
        return _Attribution(_cue_text(verb), speaker, rule="direct.speech_verb")
    according = _according_to(window, ctx) or _in_words_of(window, ctx)
    if according is not None:
        return according
    colon = _colon_lead_in(doc, qspan, quote, ctx)
    if colon is not None:
        return colon
    tag = _speech_tag_shape(doc, qspan, quote, ctx) or _named_tag(quote, ctx)
    if tag is not None:
        return tag
    return _Attribution(None, None, rule="direct.no_speaker")


_CONTRASTIVE_MARKS = word_set("while whereas")
# Marks of a clause that tells when something else happened: a report inside it was
# made apart from the main clause's ("After Scalia said ... “less advanced schools,”
# Trump said: ..."), not as a part of what the main clause's subject says.
_TIME_MARKS = word_set("after before when whenever once until")


_NOUN_CLAUSES = frozenset({"relcl", "acl"})


def _outside_relative_clauses(
    governing: list[tuple[int, Token, Span, bool]], quote: Span
) -> list[tuple[int, Token, Span, bool]]:
    """The governing verbs left when a relative clause's verb is among them with a
    reporting clause after the quotation: "The four “loopholes” he cited are “the
    ability to ...,” The Hill reported" parses the quotation into "cited", which only
    says which loopholes; The Hill reports it. Alone ("a plan, which he said was “a
    disaster”"), or with a verb before the quotation ("The mayor praised the report,
    which quoted residents who warned of “...”"), the relative clause still speaks."""
    main = [c for c in governing if c[1].dep_ != "relcl"]
    if not main or len(main) == len(governing) or any(c[1].i < quote.end for c in main):
        return governing
    return main


_SUBORDINATORS = word_set("after before when whenever while as since until once because")


def _outside_subordinate_reports(
    governing: list[tuple[int, Token, Span, bool]],
    candidates: list[tuple[int, Token, Span, bool]],
    quote: Span,
) -> list[tuple[int, Token, Span, bool]]:
    """The governing verbs left without those of a subordinate clause that comes after
    another speech verb tagging the quotation: "“I never said that,” Trump said, after
    CNBC's Becky Quick said the billionaire had ...": the parser hangs the quotation
    on Quick's "said", but "after" opens a clause of its own, and "Trump said" right
    after the closing mark is the quotation's tag. Only when such a tag stands between
    the quotation and the subordinate verb."""
    kept = []
    for candidate in governing:
        verb = candidate[1]
        subordinate = any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in verb.children)
        tagged = any(quote.end <= c[1].i < verb.i and c not in governing for c in candidates)
        if not (subordinate and verb.i > quote.end and tagged):
            kept.append(candidate)
    if len(kept) == len(governing):
        return governing
    return kept


_COMPLEMENT_DEPS = frozenset({"dobj", "oprd", "ccomp", "xcomp", "attr", "acomp"})


def _nearby_verbs(
    candidates: list[tuple[int, Token, Span, bool]], quote: Span, ctx: _Ctx
) -> list[tuple[int, Token, Span, bool]]:
    """The speech verbs near a quotation that may speak it although none governs it.

    None when a speech verb of the quotation's own sentence governs it but its subject
    could not be read ("“Very good reporter,” Trump, the 2016 GOP presidential
    frontrunner ..., said when Boyle asked him a question"): the words are that
    verb's, not those of the nearest verb with a subject. Nor a verb whose own
    complement is another quotation ("in a clip that Judge Mosman called
    “distasteful,” Santilli expressed a desire to “try, convict and shoot ...”"):
    its words are those, not the ones beside them."""
    if _unread_own_tag(quote, ctx):
        return []
    return [c for c in candidates if not _quotes_its_own(c[1], quote, ctx)]


def _unread_own_tag(quote: Span, ctx: _Ctx) -> bool:
    """Whether a speech verb of the quotation's own sentence governs it (or took the
    quoted words for its subject) but its speaker could not be read: the words are
    that verb's subject's, whoever else speaks nearby. Not an elliptical verb with no
    subject at all ("But added: “...”"), whose speaker is the one of the sentence
    before."""
    return any(
        not ctx.inside[t.i]
        and _is_reporting(t, direct=True)
        and not _negated(t)
        and (_subject_quoted(t, quote) or (_governs(t, quote) and _has_subject(t, ctx)))
        and _speaker_of(t, ctx) is None
        for t in quote[0].sent
    )


def _has_subject(verb: Token, ctx: _Ctx) -> bool:
    """Whether a verb has a subject in the parse, or a noun right before it."""
    return any(c.dep_ in _SUBJECT_DEPS for c in verb.children) or _noun_before(verb, ctx)


def _subject_quoted(verb: Token, quote: Span) -> bool:
    """Whether the parser took the quoted words for a verb's subject: the shape of a
    tag whose speaker it lost in a long apposition ("“...,” Trump, the frontrunner
    ..., said")."""
    return any(c.dep_ in _SUBJECT_DEPS and quote.start <= c.i < quote.end for c in verb.children)


def _quotes_its_own(verb: Token, quote: Span, ctx: _Ctx) -> bool:
    """Whether a verb's complement stands in quotation marks other than `quote`'s,
    between the verb and `quote` (a split quotation, "“A,” Reyes said, “but B.”", has
    the verb between its parts: B goes on with A)."""
    return any(
        c.dep_ in _COMPLEMENT_DEPS
        and ctx.inside[c.i]
        and (verb.i < c.i < quote.start or quote.end <= c.i < verb.i)
        and c.sent.start == quote[0].sent.start
        for c in verb.children
    )


def _outside_reports_of_their_own(
    governing: list[tuple[int, Token, Span, bool]],
) -> list[tuple[int, Token, Span, bool]]:
    """The governing verbs left without those that reach the quotation only through
    another governing verb's clause of its own: "After Scalia said that ... “less
    advanced schools,” Trump said: ..." parses Scalia's clause as an adverbial of
    Trump's "said", so both verbs hold the quotation, and the nearer tag would win; but
    a clause telling when (or, set against it, while) something happened, or the
    clause of a preposition ("under what Mr. Hedge called “...”, the club charged"),
    with a subject of its own, is a report apart: the words are its speaker's."""
    verbs = {c[1].i: c for c in governing}
    dropped: set[int] = set()
    for verb in (c[1] for c in governing):
        if not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            continue  # "..., remarking that ...": no report apart without a subject of its own
        if _apart(verb):
            dropped |= {a.i for a in verb.ancestors if a.i in verbs}
    if not dropped or len(dropped) == len(governing):
        return governing
    return [c for c in governing if c[1].i not in dropped]


def _apart(verb: Token) -> bool:
    """Whether a speech verb heads a time or contrastive clause ("After Scalia said
    ..."), or a preposition's clause ("under what Mr. Hedge called ..."): not a noun's
    clause, which `_outside_relative_clauses` judges, nor a clause further up."""
    if verb.dep_ == "pcomp":
        return True
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _CONTRASTIVE_MARKS | _TIME_MARKS for c in verb.children
    )


def _negated(verb: Token) -> bool:
    """Whether a speech verb is denied ("Comey cannot say that “from his perspective,”
    Lewandowski added"; "he never said “...”"): its subject did not say the words, so
    they are not theirs."""
    return any(c.dep_ == "neg" for c in verb.children)


def _stolen_complement(
    verb: Token, quote: Span, candidates: list[tuple[int, Token, Span, bool]]
) -> tuple[int, Token, Span, bool] | None:
    """The speech verb whose clause the parser hung on an earlier one.

    "Trump said they were “very good” before an attack that prompted Engoron to quip the
    questioning sounded like a “broken record.”": the parser makes "the questioning" the
    object of "quip" and hangs "sounded like ..." on "said", as a clause without a
    subject. A subjectless complement starting right after another speech verb's object
    is that verb's: Engoron's words, not Trump's.
    """
    token = quote.root
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head  # the clause the quoted words stand in
    if token.i <= verb.i or token.dep_ not in {"ccomp", "advcl"}:
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in token.children):
        return None
    if verb not in token.ancestors:
        return None
    for candidate in candidates:
        other = candidate[1]
        if not verb.i < other.i < token.left_edge.i:
            continue
        objects = [c for c in other.children if c.dep_ == "dobj"]
        if objects and objects[-1].right_edge.i + 1 == token.left_edge.i:
            return candidate
    return None


def _in_dash_aside(speaker: Span, quote: Span, verb: Token) -> bool:
    """Whether the quoted words stand in an aside between the speaker and the verb,
    set off by a dash ("Mr Herron - who gained fame as one of the “metric martyrs” -
    said"): a label of the speaker, not what the verb reports."""
    if not speaker.end <= quote.start < quote.end <= verb.i:
        return False
    return any(t.text in DASHES_OR_HYPHEN for t in speaker.doc[speaker.end : quote.start])


def _in_name(token: Token) -> bool:
    """Whether a "verb" is a word of a capitalised name in mid-sentence ("Graham Robb,
    spokesman for North East Says No, said ..."): the campaign's name reports nothing,
    and its subject would give the quotation before it to the next clause's speaker."""
    if not token.is_title or token.i == token.sent.start:
        return False
    before = token.doc[token.i - 1]
    return before.is_title and not before.is_punct and before.i != token.sent.start


def _semicolon_between(ctx: _Ctx, verb: Token, quote: Span) -> bool:
    """A semicolon of the writer's between a reporting verb and the quotation.

    "Alito seized on Prelogar's attempt to look at “the nation that we aspire to be”;
    he suggested the approach rang hollow": the verb after the semicolon reports its
    own clause; the quoted words before it are not his.
    """
    lo, hi = (quote.end, verb.i) if verb.i >= quote.end else (verb.i + 1, quote.start)
    doc = quote.doc
    return any(doc[i].text == ";" and not ctx.inside[i] for i in range(lo, hi))


def _content_ancestors(verb: Token) -> list[Token]:
    """The verbs whose content holds `verb`: its ancestors, up to a contrastive clause
    or a clause that describes a noun.

    "The Lib Dems said the plan could ..., while Labour criticised “extravagant”
    promises": the clause opened by "while" is the writer's, set against the report,
    not part of what the Lib Dems said; Labour's verb keeps its quotation.
    """
    found: list[Token] = []
    if _own_report(verb):
        return found
    token = verb
    while token.head.i != token.i:
        if token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _CONTRASTIVE_MARKS for c in token.children
        ):
            break
        if token.dep_ in _NOUN_CLAUSES:
            break  # "... another attack that prompted Engoron to quip “...”": it describes a noun
        token = token.head
        found.append(token)
    return found


def _own_report(verb: Token) -> bool:
    """Whether a speech verb with a subject of its own reports apart from the verb it
    hangs on: "Cruz accuses Obama of “leading from behind” and Trump says he's “losing
    the war”" is not what Cruz says; Trump spoke the words. Only the speech verb itself
    is judged, not a clause it sits in."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    return bool(subjects) and _coordinated_report(verb, subjects[0])


def _coordinated_report(verb: Token, subject: Token) -> bool:
    """Whether a speech verb is a second report joined to another by a conjunction
    ("Puerto Rico has been warning that ..., and Ms. Acosta said the “...”"), with a
    named subject: a pronoun ("..., and he accused Mr. Trump of “...”") is left to the
    first report, whose subject it most often is, and a conjunct with no "and" or "but"
    before it is the parser joining a content clause ("replied that she was pleased Ms.
    Friedan had said that ..."), not a second report. Only beside a reporting verb, so
    that a report inside another's content ("X said the council met and officials
    announced “...”") stays the outer one's."""
    head = verb.head
    if verb.dep_ != "conj" or not _is_reporting(head, direct=True):
        return False
    if subject.pos_ not in {"PROPN", "NOUN"}:
        return False
    return any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children)


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
        if ctx.inside[token.i] or not (token.pos_ == "VERB" or _verb_read_as_noun(token, ctx)):
            continue
        # "told the BBC News website": the object of a verb of addressing is who heard
        # the words, not a complement of the verb's own
        own = {"ccomp", "xcomp"} if token.lemma_.lower() in _ADDRESSEE_VERBS else _OWN_COMPLEMENTS
        if any(c.dep_ in own and not ctx.inside[c.i] for c in token.children):
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


_OWN_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp"})


def _verb_read_as_noun(token: Token, ctx: _Ctx) -> bool:
    """ "“...,” a BBC statement read.": the parser took the verb for a noun, yet made it
    the root of the tag with the statement as its subject."""
    return token.dep_ == "ROOT" and any(
        c.dep_ == "nsubj" and not ctx.inside[c.i] for c in token.children
    )


def _name_before(doc: Doc, start: int, verb: Token) -> Span | None:
    """ "“...,” William Daley, Obama's former chief of staff, said": the name that opens
    the tag, when the parser hung it elsewhere and left the verb without a subject.

    Only a run of proper nouns right after the closing mark, followed by the verb or by
    an apposition between commas and then the verb, and only for verbs of speech.
    """
    if not _is_reporting(verb, direct=True):
        return None
    name = _modal_name(verb)
    if name is not None and name.start == start:
        return name  # "“...,” May wrote": a surname the parser took for a modal verb
    end = start
    while end < verb.i and doc[end].pos_ == "PROPN":
        end += 1
    if end == start:
        return None
    gap = doc[end : verb.i]
    if len(gap) and not (gap[0].text == "," and (gap[-1].text == "," or _title_only(gap[1:]))):
        return None
    return doc[start:end]


def _title_only(words: Span) -> bool:
    """Words that are a title alone, its closing comma left out ("Frederick Chiluba,
    leader of the Zambian Congress of Trade Unions said"): a title noun, and no verb,
    pronoun or further comma that would make them a clause or a list."""
    return any(t.lower_ in TITLE_WORDS and t.pos_ == "NOUN" for t in words) and not any(
        t.pos_ in {"VERB", "AUX", "PRON"} or t.text == "," for t in words
    )


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


def _according_to(window: Span, ctx: _Ctx) -> _Attribution | None:
    """ "according to X" inside the frame, X being the source."""
    sources = _frame_sources(ctx, "according_to")
    for token in window:
        if token.i in sources:
            mention = _mention(token.doc[sources[token.i]], ctx)
            return _Attribution("according to", mention, rule="direct.according_to")
    return None


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
        # "Caddell continued:" with an unknown verb: the subject of the root still speaks;
        # where the parser took the quotation into the sentence ("He went on: “Giving
        # evidence is ...”" rooted on "is"), the last verb before the colon does, if a
        # person or a name acts in it ("The challenge is exemplified by this:" speaks not)
        root = sent.root
        if ctx.inside[root.i]:
            verbs = [t for t in sent if t.i < i and not ctx.inside[t.i] and t.pos_ == "VERB"]
            root = verbs[-1] if verbs else root
            if not any(c.dep_ == "nsubj" and c.pos_ in {"PRON", "PROPN"} for c in root.children):
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
    return "\n" in token.text or token.text in DASHES_OR_HYPHEN or token.text in {".", ":"}


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
    cue = None
    if len(words) > 1 and capitalised_speech_verb(words[0]):
        cue, words = words[0].lower_, words[1:]  # "Stated Stone:", "Said Williams:"
    if len(words) == 0 or any(t.pos_ in {"VERB", "AUX"} or ctx.inside[t.i] for t in words):
        return None
    last = words[-1]
    if last.pos_ not in {"PROPN", "NOUN"}:
        return None
    mention = doc[words.start : colon]
    if not _can_speak(mention, ctx) or mention[0].pos_ in {"ADP", "ADV"}:
        return None
    return _Attribution(cue, mention, rule="direct.colon_name")


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
    if _unknown_own_speaker(quote, ctx) or _inverted_tag(quote, ctx):
        return None, True
    if _tag_subject_after(quote, ctx) is not None or _unread_own_tag(quote, ctx):
        return None, True
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
            if sent.start > quote.start and in_as_clause(token):
                continue  # "And as Menendez pointed out, ...": its own sentence's source
            anew = speaker.root.lower_ not in _PERSONAL_SUBJECTS
            if speech and anew and sent.start > quote.start and _own_content(token, ctx):
                # "... between “two and three times” the assessment. Sir John Bourn said
                # a new scheme was being looked at": a report of its own, after the
                # words, by someone named anew ("He said ..." goes on with the speaker)
                continue
            if speech:
                depth = sum(1 for _ in token.ancestors)
                attribution = _Attribution(_cue_text(token), speaker, rule="direct.nearby_sentence")
                found.append((depth, token.i, attribution))
        if found:
            return min(found, key=lambda f: (f[0], f[1]))[2], True  # the main clause speaks
    return None, heard


def _own_content(verb: Token, ctx: _Ctx) -> bool:
    """Whether a speech verb reports a clause of its own, outside any quotation ("Sir
    John said a new scheme was being looked at")."""
    return any(c.dep_ in {"ccomp", "xcomp"} and not ctx.inside[c.i] for c in verb.children)


def _unknown_own_speaker(quote: Span, ctx: _Ctx) -> bool:
    """Whether a verb of speech in the quotation's own sentence governs it although its
    subject could not be read ("..., the New York Times claimed it was “unclear ...”",
    the parser taking "Times" for an apposition): the words are that verb's subject's,
    so the speaker of the sentence before or after is not borrowed for them."""
    sent = quote[0].sent
    return any(
        not ctx.inside[t.i]
        and _is_reporting(t, direct=True)
        and _governs(t, quote)
        and _noun_before(t, ctx)
        for t in sent
    )


def _inverted_tag(quote: Span, ctx: _Ctx) -> bool:
    """Whether the quotation has a tag of its own right after it, a verb and then its
    subject, whatever the verb: "“America is great!,” read one." (a sign, a banner, a
    headline): the words are that subject's, not those of the speaker of the sentence
    before or after."""
    doc = quote.doc
    k = quote.end
    while k < len(doc) and (doc[k].is_space or doc[k].is_punct) and k - quote.end < 4:
        k += 1
    if k >= len(doc) or ctx.inside[k] or doc[k].pos_ != "VERB" or doc[k].dep_ != "ROOT":
        return False
    verb = doc[k]
    if verb.sent.end - verb.i > _INVERTED_TAG_TOKENS or any(
        ctx.inside[t.i] for t in verb.sent[verb.i - verb.sent.start :]
    ):
        return False  # a clause of the writer's own goes on after the verb
    nouns = {"NOUN", "PROPN", "PRON", "NUM"}
    return any(c.i > verb.i and c.pos_ in nouns for c in verb.children)


_INVERTED_TAG_TOKENS = 5  # "read one.", "ran the headline.", "said a banner."


def _tag_verb_after(quote: Span, ctx: _Ctx) -> Token | None:
    """The verb of speech that opens the rest of the quotation's sentence right after
    its closing mark, in its paragraph, when no other quotation follows it: "“...,” said
    Oversight ranking Democrat Elijah Cummings (D-Md.)."; "“...,” said the woman, who
    like many in the town did not want to be quoted by name ..."."""
    doc = quote.doc
    k = quote.end
    while k < len(doc) and (doc[k].is_space or doc[k].is_punct) and k - quote.end < 4:
        k += 1
    if k >= len(doc) or ctx.inside[k] or doc[k].dep_ != "ROOT":
        return None
    verb = doc[k]
    if not _is_reporting(verb, direct=True) or "\n" in ctx.text[quote.end_char : verb.idx]:
        return None
    if any(ctx.inside[t.i] for t in doc[verb.i + 1 : verb.sent.end]):
        return None
    return verb


def _tag_subject_after(quote: Span, ctx: _Ctx) -> Span | None:
    """The words between the tag's verb (`_tag_verb_after`) and the first comma or
    bracket after it, when they hold a noun: that tag's subject, however the parser
    read it (it may lose "Oversight ranking Democrat Elijah Cummings" in a verb
    "ranking", or the woman in a long relative clause). The words are that subject's,
    never those of the speaker of the sentence before or after."""
    verb = _tag_verb_after(quote, ctx)
    if verb is None:
        return None
    end = verb.i + 1
    while end < verb.sent.end and verb.doc[end].text not in {",", "(", ";", ".", "\u2014"}:
        end += 1
    words = verb.doc[verb.i + 1 : end]
    if not any(t.pos_ in {"NOUN", "PROPN"} for t in words):
        return None
    return words


def _named_tag(quote: Span, ctx: _Ctx) -> _Attribution | None:
    """The name ending a tag's subject (`_tag_subject_after`): "said Oversight ranking
    Democrat Elijah Cummings (D-Md.)" -> "Democrat Elijah Cummings", "said retired
    neurosurgeon Ben Carson, asked about ..." -> "Ben Carson". Only proper nouns at the
    end of the subject and not after a determiner, a preposition or a conjunction, so
    that "said the woman", "said Clinton's spokesman" or "said a New Hampshire
    Republican" name no one here, and "said John Smith of Smith and Co Inc." names the
    person that opens the subject (`_opening_person`), not "Co Inc."."""
    words = _tag_subject_after(quote, ctx)
    if words is None or words[-1].pos_ != "PROPN":
        return None
    start = words.end
    while start > words.start and words.doc[start - 1].pos_ == "PROPN":
        start -= 1
    verb = words.doc[words.start - 1]
    if start > words.start and words.doc[start - 1].pos_ in {"DET", "ADP", "PART", "CCONJ"}:
        # "said a New Hampshire Republican"; "said Ward McCarthy of Merrill Lynch
        # Government and Co Inc." is McCarthy's, never "Co Inc."
        opening = _opening_person(words)
        if opening is None:
            return None
        return _Attribution(_cue_text(verb), opening, rule=NAMED_TAG_RULE)
    return _Attribution(_cue_text(verb), words.doc[start : words.end], rule=NAMED_TAG_RULE)


def _opening_person(words: Span) -> Span | None:
    """The full name of a person that opens a tag's subject, before the preposition
    that gives their firm or town: "said Ward McCarthy of Merrill Lynch Government and
    Co Inc." -> "Ward McCarthy", however the parser tied the words after it. Two proper
    nouns or more, all of the model's PERSON entity."""
    doc, end = words.doc, words.start
    while end < words.end and doc[end].pos_ == "PROPN" and doc[end].ent_type_ == "PERSON":
        end += 1
    if end - words.start < 2 or end >= words.end or doc[end].pos_ != "ADP":
        return None
    return doc[words.start : end]


NAMED_TAG_RULE = "direct.speech_tag_name"


def _noun_before(verb: Token, ctx: _Ctx) -> bool:
    """Whether a noun stands right before a verb (adverbs aside), outside quotations: the
    subject the parser missed ("the New York Times claimed"), or a name the model tagged
    as a verb but parsed as its subject ("Trump shot back"). An elliptical "But added:"
    has none, and its speaker is the one of the sentence before."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ in {"ADV", "AUX", "PART"} and not ctx.inside[i]:
        i -= 1
    if i < 0 or ctx.inside[i]:
        return False
    before = verb.doc[i]
    if before.pos_ in {"NOUN", "PROPN"}:
        return True
    return before.dep_ == "nsubj" and before.head.i == verb.i and before.pos_ != "PRON"


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
    if k >= len(doc) or doc[k].text not in DASHES_OR_HYPHEN:
        return None
    if "\n" in ctx.text[quote.end_char : doc[k].idx] and not _epigraph(ctx, quote, doc[k]):
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


def _epigraph(ctx: _Ctx, quote: Span, dash: Token) -> bool:
    """Whether a quotation is a paragraph of its own and the dash opens the next line:
    an epigraph or pull quote signed below it ("“We lied.”⏎⏎— Mike Pompeo, 2019")."""
    text = ctx.text
    line_start = text.rfind("\n", 0, quote.start_char) + 1
    if text[line_start : quote.start_char].strip(" " + "".join(OPENING_QUOTES)):
        return False  # words of the writer's before the quotation on its line
    if text[quote.end_char : dash.idx].strip(" \n" + "".join(CLOSING_QUOTES)):
        return False
    line = text.rfind("\n", 0, dash.idx)
    return line >= quote.end_char and not text[line + 1 : dash.idx].strip()


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
    if _owned_words_between(subject, quote.start, quote.doc):
        # someone else's words, and no nearby speaker's either
        return _Attribution(None, None, rule="direct.no_speaker")
    return _Attribution(None, subject, rule="direct.sentence_subject")


def _passive_agent(ctx: _Ctx, qspan: QuoteSpan, quote: Span) -> _Attribution | None:
    """The agent of a passive sentence of the writer's that holds quoted words without a
    cue: "Independent faith schools were singled out by Ofsted chief, David Bell, for not
    doing enough to promote the “wider tenets of British society”" are Bell's words, not
    those of whoever spoke in the sentence before (`_nearby_speaker`). As for
    `_sentence_subject`, only inside a sentence of the writer's, and only an agent
    before the words that names someone (a name, or a title: "Ofsted chief")."""
    if not _before_in_sentence(ctx, qspan, quote):
        return None
    root = quote[0].sent.root
    if ctx.inside[root.i] or root.pos_ != "VERB":
        return None
    if not any(c.dep_ == "nsubjpass" for c in root.children):
        return None
    agents = [c for c in root.children if c.dep_ == "agent" and not ctx.inside[c.i]]
    if len(agents) != 1:
        return None
    objects = [c for c in agents[0].children if c.dep_ == "pobj"]
    if len(objects) != 1:
        return None
    mention = _mention(objects[0], ctx)
    if mention.end > quote.start or not _can_speak(mention, ctx):
        return None
    if not _names_someone(mention) and mention.root.lower_ not in TITLE_WORDS:
        return None
    return _Attribution(None, mention, rule="direct.passive_agent")


#: Nouns of what someone said: "her comments", "his words" before quoted words say whose
#: they are, and the sentence's subject may be someone else.
_SPOKEN_NOUNS = word_set("comment remark word testimony claim statement quote line phrase")


_OWN_POSSESSIVES = SUBJECT_POSSESSIVES


def _owned_words_between(subject: Span, end: int, doc: Doc) -> bool:
    """Whether someone else's words are named between the subject and the quotation: "A
    super PAC ran ads using her comments before a committee that “I was responsible for
    quite a bit”": the words are hers, not the PAC's (who "her" is, is left open). Not
    the subject's own: "Then she delivered her closing remarks in a sonnet, “...”";
    "Prelogar delivered her remarks" (a person may be "her")."""
    for token in doc[subject.end : end]:
        if token.lemma_.lower() not in _SPOKEN_NOUNS or token.pos_ != "NOUN":
            continue
        for owner in token.children:
            if owner.dep_ != "poss":
                continue
            if _OWN_POSSESSIVES.get(subject.root.lower_) == owner.lower_:
                continue  # "she ... her remarks"
            if owner.pos_ == "PRON" and any(t.ent_type_ == "PERSON" for t in subject):
                continue  # "Prelogar ... her remarks": likely hers
            if owner.pos_ == "PROPN" and owner.lower_ in subject.text.lower():
                continue  # "Clinton ... Clinton's remarks"
            return True
    return False


def _tag_after(doc: Doc, quote: Span, last: Span, ctx: _Ctx) -> _Attribution | None:
    """ "“...?” Trump asked." split by the parser after the closing mark: the speech tag
    opening the next sentence, on the same line, with no content of its own."""
    if last.end >= len(doc) or "\n" in ctx.text[quote.end_char : doc[last.end].idx]:
        return None
    nxt = doc[last.end].sent
    if any(not t.is_punct and not t.is_space for t in doc[quote.end : nxt.start]):
        return None  # the writer's words after the closing mark: the tag is not next
    k = nxt.start
    while k < nxt.end and ctx.inside[k] and doc[k].is_punct:
        k += 1  # the closing mark, when the parser put it in the next sentence
    for token in doc[k : min(nxt.end, k + _TAG_MAX_TOKENS)]:
        if ctx.inside[token.i] or not _is_reporting(token, direct=True) or _in_name(token):
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
    prev_span, prev_attr, prev_quote = previous
    if not prev_attr.has_speaker:
        return current
    between = ctx.text[prev_span.end : qspan.start]
    if "\n" in between and _narrated(quote, prev_attr):
        return current  # a quoted paragraph telling what another person said
    if qspan.continued and prev_span.continues:
        if _own_tag(ctx, quote) or subject_tag_after(quote, ctx):
            return current  # “...” the editor Steven Ginsberg responded: not continued
        return replace(prev_attr, rule="direct.continued")
    if speaker_switched(doc, prev_span.end, qspan.start, prev_attr):
        return current  # "“A,” Ebeling said, and her husband cut in. “B.”": his
    if len(between) > 400:
        return current
    long_gap = len(between) > 200  # carried only past one sentence of background
    if "\n" in between and prev_quote.kind == "partial":
        # "Lewis ... reminded MPs that McCartney described Letwin as a “Fagin”.⏎⏎“Given
        # the outrage ...”": a fragment quoted inside the writer's sentence does not make
        # its speaker the one who speaks in the next paragraph.
        return current
    if "\n" in between and _asks_someone(ctx.text[prev_span.start : prev_span.end]):
        return current  # “... Do you dispute that?”⏎⏎“There can be ...”: the reply
    if _before_in_sentence(ctx, qspan, quote).strip(" \"“‘'\n"):
        return current
    if _own_tag(ctx, quote) or subject_tag_after(quote, ctx):
        return current
    sent = quote[0].sent
    gap = doc.char_span(prev_span.end, qspan.start, alignment_mode="contract")
    if gap is not None and any(t.is_alpha for t in gap if t.sent.start != sent.start):
        # words between the two quotations: only attribution words are allowed, or the
        # rest of the previous quotation's own sentence ("“A,” X told the Journal in
        # July, after Y had asked. “B.”": B is still X's)
        prev_sent = doc[gap.start - 1].sent.start if gap.start > 0 else -1
        words = [t for t in gap if t.is_alpha and t.sent.start != prev_sent]
        subject = None if long_gap else _new_subject_goes_on(ctx, words, quote, prev_attr)
        if subject is not None:
            return _Attribution(None, subject, rule="direct.carry_new_subject")
        if _someone_else_named(words, prev_attr):
            # "“...,” said McEnroe.⏎⏎Andy Roddick lost both his singles. “It was tough.”":
            # a sentence about another person, however short, hands the next words to him
            return current
        if len(words) > 6:
            if not long_gap and _speaker_goes_on(ctx, words, prev_attr):
                return replace(prev_attr, rule="direct.carry_subject")
            if _background_only(ctx, words):
                return replace(prev_attr, rule="direct.carry_background")
            return current
    if long_gap:
        return current
    return replace(prev_attr, rule="direct.carry")


def _narrated(quote: Span, previous: _Attribution) -> bool:
    """Whether a quotation is a passage narrating someone else's speech, which the
    previous quotation's speaker does not carry over to (`narrated_quotes`)."""
    return narrates_another(quote, previous.speaker)


def _someone_else_named(words: list[Token], previous: _Attribution) -> bool:
    """Whether the writer's words between two quotations name a person other than the
    previous quotation's speaker (as the tag wrote that speaker)."""
    name = previous.speaker.text if previous.speaker is not None else previous.speaker_text
    own = set((name or "").split())
    return any(t.ent_type_ == "PERSON" and t.text not in own for t in words)


def _own_tag(ctx: _Ctx, quote: Span) -> bool:
    """Whether a speech tag of its own follows the quotation in its sentence ("“...,”
    said England coach Mike Friday."): the quotation names its speaker, even where the
    parser could not tell who that is (a surname read as a weekday), so the previous
    quotation's speaker is not carried over to it."""
    doc = quote.doc
    sent_end = quote[-1].sent.end
    seen = 0
    for token in doc[quote.end : min(sent_end, quote.end + 12)]:
        if "\n" in token.text or (token.i > quote.end and "\n" in doc[token.i - 1].whitespace_):
            return False
        if token.is_punct or ctx.inside[token.i]:
            continue
        seen += 1
        if seen > _TAG_SHORT_TOKENS:
            return False
        if _is_reporting(token, direct=True) and token.pos_ in {"VERB", "AUX"}:
            return True
    return False


def _speaker_goes_on(ctx: _Ctx, words: list[Token], previous: _Attribution) -> bool:
    """Whether the one sentence between two quotations is about the previous speaker:
    "“... we certainly did.” McClaren was relieved to make it through.⏎⏎“To be fair
    to Graz, ...”": its subject is the speaker's name as the tag wrote it, and no other
    person is named in it, so the next quotation is still the speaker's.
    """
    sents = {t.sent.start for t in words}
    if len(sents) != 1:
        return False
    sent = words[0].sent
    name = previous.speaker.text if previous.speaker is not None else previous.speaker_text
    if not name or any(ctx.inside[t.i] for t in sent):
        return False
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in _SUBJECT_DEPS]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    # "He added: “...” He also defended the decision ... “...”": the same pronoun as
    # the tag, opening the sentence, goes on with the same speaker
    same_pronoun = subject.lower_ in _PERSONAL_SUBJECTS and subject.lower_ == name.lower()
    if subject.pos_ != "PROPN" and not same_pronoun:
        return False
    if subject.text != name.split()[-1] and not same_pronoun:
        return False
    if subject.i != sent.start + (sent[0].is_space):
        return False
    people = {t.i for t in sent if t.ent_type_ == "PERSON"}
    own = {t.i for t in subject.subtree}
    return not people - own


def _new_subject_goes_on(
    ctx: _Ctx, words: list[Token], quote: Span, previous: _Attribution
) -> Span | None:
    """The person the one sentence between two quotations is about, when the next
    quotation, untagged, is his: "“...,” Forster told BBC Wales Sport. Ruddock, though,
    is keen to protect his players from injury. “At this stage, there's nothing more
    they can do to impress me.”" News writing names the next speaker so, as the subject
    of a sentence about him, and lets his words follow without a tag.

    Only when that sentence opens on its subject, a name and nothing else, which is not
    the previous speaker's (`_speaker_goes_on` carries his words on) and which the model
    tags a person here or in a person's name elsewhere in the article ("Ruddock" of
    "Wales coach Mike Ruddock", left untagged as a subject); names no other person and
    reports no speech (a tag there would name the speaker itself); has no
    "him"/"her"/"them" that may be someone else (he may be answering them); and the
    quotation speaks in the first person ("I", "me", "we"), as the subject would of
    himself."""
    if len({t.sent.start for t in words}) != 1:
        return None
    sent = words[0].sent
    if any(ctx.inside[t.i] for t in sent):
        return None
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in _SUBJECT_DEPS]
    if root.pos_ not in {"VERB", "AUX"} or len(subjects) != 1 or subjects[0].dep_ != "nsubj":
        return None
    subject = subjects[0]
    name = list(subject.subtree)
    if subject.pos_ != "PROPN" or name[0].i != sent.start + (sent[0].is_space):
        return None
    if any(t.pos_ != "PROPN" or not t.is_title for t in name):
        return None  # "Ruddock's side", "Wales coach Ruddock": not a bare name
    if not all(t.ent_type_ == "PERSON" or _in_person_name(t) for t in name):
        return None
    said = previous.speaker.text if previous.speaker is not None else previous.speaker_text
    if name[-1].text in (said or "").split():
        return None
    own = {t.i for t in name}
    for token in sent:
        if token.i in own:
            continue
        if token.ent_type_ == "PERSON" or token.lower_ in _OTHER_OBJECTS:
            return None
        if _is_reporting(token, direct=True) or _is_reporting(token, direct=False):
            return None
    if not any(t.lower_ in _FIRST_PERSON for t in quote):
        return None
    return sent[name[0].i - sent.start : name[-1].i - sent.start + 1]


def _in_person_name(token: Token) -> bool:
    """Whether a word the model left untagged is a word of a name it tags a person
    elsewhere in the article ("Ruddock" of "Wales coach Mike Ruddock")."""
    return not token.ent_type_ and any(
        ent.label_ == "PERSON" and token.text in {t.text for t in ent} for ent in token.doc.ents
    )


#: Pronouns that may stand for someone other than the subject of the sentence between
#: two quotations, who may be the one answered (`_new_subject_goes_on`).
_OTHER_OBJECTS = THIRD_PERSON_OBJECTS - ORG_PRONOUNS
#: Words a speaker uses of himself.
_FIRST_PERSON = FIRST_PERSON_PRONOUNS


#: Entities that may speak or be spoken of: a sentence naming one may hand the next
#: quotation to them ("The club said it was pleased.", "Ireland's coach ...").
_SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})
# every subject pronoun, and the possessives of those spoken of but "its"
_ANY_SUBJECT_PRONOUNS = SUBJECT_PRONOUNS | (
    POSSESSIVE_PRONOUNS - FIRST_PERSON_PRONOUNS - SECOND_PERSON_PRONOUNS - {"its"}
)


def _background_only(ctx: _Ctx, words: list[Token]) -> bool:
    """Whether the one sentence between two quotations is background that brings no one
    in: "“..., even though it's a tough one,” said the Liverpool player. Switzerland,
    Ireland, France and Israel are all now tied on five points.⏎⏎“In Basel we did not
    play great football ...”": the next untagged quotation is still the speaker's (news
    keeps one speaker until it names another). Not when the sentence names a person, a
    body or a people, has a pronoun that may stand for someone, or reports speech."""
    if len({t.sent.start for t in words}) != 1:
        return False
    sent = words[0].sent
    for token in sent:
        if ctx.inside[token.i]:
            return False
        if token.ent_type_ in _SPEAKING_ENTITIES or token.lower_ in _ANY_SUBJECT_PRONOUNS:
            return False
        if _is_reporting(token, direct=True) and (
            token.dep_ == "ROOT" or any(c.dep_ in _SUBJECT_DEPS for c in token.children)
        ):
            return False  # "X said ...", not "after claiming away draws"
    return True


_SECOND_PERSON = SECOND_PERSON_PRONOUNS
_PERSONAL_SUBJECTS = SEXED_SUBJECT_PRONOUNS


def _asks_someone(quoted: str) -> bool:
    """Whether quoted words end with a question put to someone ("Do you dispute that?"):
    in an exchange, the next paragraph's untagged quotation is the other side's reply,
    not more of the questioner's words."""
    words = {w.strip(".,;:!?\"'“”‘’…").lower() for w in quoted.split()}
    return quoted.rstrip(" \"'”’").endswith("?") and bool(words & _SECOND_PERSON)


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
