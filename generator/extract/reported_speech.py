"""Reported speech without quotation marks: "X said (that) ...", "according to X, ...".

One pass over the tokens: a reporting verb with its clause, infinitive or object; a noun
of claim or stance ("the claim that ...", "criticism of ..."); an adjective of stance
("confident that ..."); "X sees Y as Z"; "according to X"; "in a poll released ...".
Each find is the content's character span, its cue and (when the text names one) its
source mention. Questions and reports of what was not said are recognised and left
unattributed or kept off the pages, and so are finds that are no one's words: what a
record shows or someone learned, a demand ("called on X to ..."), an idea no one named
holds or one its subject rejects ("dismissed the idea that ...").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from generator.extract.actors import TITLE_WORDS
from generator.extract.claim_voicing import others_claim
from generator.extract.closing_conjuncts import closing_conjunct_content, closing_conjunct_speaker
from generator.extract.generic_holders import generic_belief
from generator.extract.interrupting_tags import (
    bracketed_imperative,
    content_is_anothers_tag,
    interrupting_tag_misread,
)
from generator.extract.pronouns import POSSESSIVE_PRONOUNS
from generator.extract.punctuation import DASHES_OR_HYPHEN
from generator.extract.quote_context import _Attribution, _Ctx, _line_break_between, _quoted_share
from generator.extract.quote_frames import FrameMatch, _frame_matches, _frame_sources
from generator.extract.reporter_conjuncts import end_before_conjunct, reporters_next_verb
from generator.extract.run_on import run_on_sentences
from generator.extract.speaker_mentions import (
    _ADDRESSEE_VERBS,
    _NOMINAL_SUBJECT_DEPS,
    _SUBJECT_DEPS,
    _agent,
    _can_speak,
    _is_person,
    _mention,
    _names_someone,
    _speaker_of,
    _subject_mention,
    _without_case,
    mute_subject,
)
from generator.extract.speech_cues import (
    _ADDRESSEE_OBJECT,
    _ADJ_CLAUSAL,
    _ADJ_PREPOSITIONAL,
    _CLAIM_NOUNS,
    _HOLDER_OF_NOUNS,
    _NOMINAL_VERBS,
    _NOT_YET,
    _OFFICE_PASSIVES,
    _OWNED_CONTENT_NOUNS,
    _QUESTION_WORDS,
    _SOURCELESS,
    _SPEAK_TO,
    _STANCE_NOUNS,
    _STANCE_ONLY,
    _XCOMP_VERBS,
    LISTENER_NOUNS,
    OCCASION_PREPOSITIONS,
    PLAIN_REPORT_CUES,
    REPORTING_VERBS,
    _cue_text,
    _is_reporting,
)
from generator.extract.wire_brackets import past_bracketed_name
from generator.extract.words import word_lists, word_set
from generator.model import Quote

_CONTENT_PREPS = frozenset({"for", "about", "of", "to", "on"})
_MIN_CONTENT_WORDS = 2
#: Embedded questions ("asked whether he was involved", "explained how voters will be
#: telephoned"): what was asked or talked about, not what was said.
QUESTION_RULE = "indirect.question"
#: Reported clauses with a gap filled before the cue ("actions which it says bloggers
#: can take"): the words found are no statement on their own.
GAPPED_RULE = "indirect.gapped"
#: Infinitives of plan, wish, expectation or refusal ("plans to launch", "is expected to
#: fetch", "declined to comment"): no words were reported, only what someone will or
#: will not do. Kept for "he said" anchoring and PolNeAR, never published.
INTENT_RULE = "indirect.intent"
#: A stance adjective's complement ("is confident that", "was reluctant to", "became
#: convinced that"): a state of mind the writer reports, rarely words. PolNeAR counts
#: it; on sampled corpus briefings about 1 in 10 was a statement an editor would list.
ADJECTIVE_RULE = "indirect.adjective"
#: A verb of stance or finding over a small clause of a reflexive or "it" subject
#: ("found themselves trailing", "find it hard to use"): a state, not a report of what
#: someone said or concluded. "expects its sales to grow", "a poll showed Clinton
#: leading" stay reports (PolNeAR annotates them).
SMALL_CLAUSE_RULE = "indirect.small_clause"
#: A stance held by no one named ("Most local observers believe ...", "some experts
#: worry ...", "polls show ...", "the message reads ..."): the writer's survey of opinion
#: or evidence. PolNeAR counts it; on the editor-review TUNE part 7 of 9 shown were no
#: quote an editor would list.
VAGUE_STANCE_RULE = "indirect.vague_stance"
#: The plain report: a verb of saying with a clause ("X said (that) ..."), the rule most
#: indirect quotes come from, which later steps (bounds, held reports) treat apart.
VERB_CLAUSE_RULE = "indirect.verb_clause"
#: A report negated or not yet made ("did not say that ...", "never said ...", "will
#: tell the conference that ...", "could argue that ..."): what follows was not said, or
#: not yet (issue 11). Kept for PolNeAR, which annotates such attributions; never shown.
UNSPOKEN_RULE = "indirect.unspoken"
_UNSPOKEN_MODALS = word_lists("quote_words")["unspoken_modals"]
#: A hope or wish over a clause ("Mr Glazer hopes this will lead to a formal bid being
#: accepted"): what someone wants to happen, told by the writer, not words anyone said
#: (review 11). Kept for PolNeAR, which annotates it; never shown. "She said she hoped
#: ..." stays a report: the outer "said" holds it.
WISH_RULE = "indirect.wish"
_WISH_VERBS = word_lists("quote_words")["wish_verbs"]
#: A demand's content ("called on Dean to apologize to Donald Trump"): what someone was
#: called on to do, shown without the one called on; no words of the speaker (review
#: 11). Kept for PolNeAR and "he said" anchoring; never shown.
DEMAND_RULE = "indirect.demand"
_DEMAND_VERBS = word_lists("quote_words")["demand_verbs"]
OCCASION_NOUNS = word_lists("quote_words")["occasion_nouns"]
#: What a record or a finding shows ("A review of records shows ...", "emails revealed
#: ...", "she learned her father had begun ..."): a fact as the writer tells it, not
#: words anyone said (review 11). Kept for PolNeAR, which annotates many; never shown.
EVIDENCE_RULE = "indirect.evidence"
_EVIDENCE_CUES = word_lists("quote_words")["evidence_cues"]
_SHOWING_VERBS = word_lists("quote_words")["showing_verbs"]
_EVIDENCE_NOUNS = word_lists("quote_words")["evidence_nouns"]
#: A denial's content ("she denied [she mishandled classified information]", "he disputed
#: that the figures were wrong"): what the speaker says is false, so never their words
#: (review rev24). Kept for PolNeAR, which annotates it, and "he said" anchoring; never
#: shown.
DENIAL_RULE = "indirect.denial"
_DENIAL_VERBS = word_lists("quote_words")["denial_verbs"]
_NAMING_PARTICIPLES = word_lists("quote_words")["naming_participles"]
_SUPPOSING_MARKS = word_lists("quote_words")["supposing_marks"]
_UNHELD_CLAIM_NOUNS = word_lists("quote_words")["unheld_claim_nouns"]
_IN_PURPOSE_NOUNS = word_lists("quote_words")["in_purpose_nouns"]
_REJECTING_VERBS = word_lists("quote_words")["rejecting_verbs"]
_EVIDENCE_VERBS = word_lists("quote_words")["evidence_verbs"]
_VAGUE_QUANTIFIERS = word_lists("quote_words")["vague_quantifiers"]
_NAMED_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_PAST_TAGS = frozenset({"VBN", "VBD"})  # "told", "said": participle or past tense
_VERB_POS = frozenset({"VERB", "AUX"})  # a verb, "is" and "has" included
#: Dependency labels of an auxiliary ("has said", "was told") and of a preposition's
#: object ("of the plan", "about leaving").
_AUX_DEPS = frozenset({"aux", "auxpass"})
_PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})
_SAID_INFINITIVE_VERBS = word_lists("quote_words")["said_infinitive_verbs"]
_WISH_SMALL_CLAUSE = word_lists("quote_words")["wish_small_clause_verbs"]
_CALL_ON = frozenset({"on", "upon"})


def _small_clause(verb: Token, clause: Token) -> bool:
    """Whether a stance verb's clause is a small clause about its own subject ("found
    themselves trailing", "find it hard"); "found that girls were left out" is a finding."""
    if verb.lemma_.lower() not in _STANCE_ONLY or clause.tag_ in _FINITE_TAGS:
        return False
    if any(
        (c.dep_ in _AUX_DEPS and c.tag_ in _FINITE_TAGS | {"TO"})
        or (c.dep_ == "mark" and c.lower_ == "that")
        for c in clause.children
    ):
        return False
    subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
    if not subjects:
        return False
    subject = subjects[0].lower_
    # "find themselves trailing", "find it hard to": no view of anything. A poll that
    # "showed Clinton leading" or a critic who "finds the pitch compelling" reports one.
    return subject.endswith(("self", "selves")) or (subject == "it" and clause.pos_ == "ADJ")


def _subject_infinitive(clause: Token) -> bool:
    """ "wanted the firms to surrender ...", "found Wright-Phillips to be ...": a clause
    with its own subject and "to", which the parser reads as the verb's ccomp. Like an
    xcomp, it reports words only under a verb of saying ("urged the firms to ...")."""
    return clause.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    )


#: Verbs whose infinitive follows them directly ("claimed to be"); an object between
#: them makes the infinitive no report ("claimed improvements to transport").
_BARE_INFINITIVE_VERBS = word_set("claim")


def _object_before_infinitive(verb: Token, clause: Token) -> bool:
    """Whether an object stands between a verb of promising or claiming and "its"
    infinitive: the small model reads "claimed improvements to transport" (an adjective
    "claimed") as "claimed ... to transport"."""
    if verb.lemma_.lower() not in _BARE_INFINITIVE_VERBS or clause.i < verb.i:
        return False
    return any(c.dep_ == "dobj" and verb.i < c.i < clause.i for c in verb.children)


def _inside_name(verb: Token) -> bool:
    """Whether a "verb" is a word of a name in running text: "the official North East
    Says No campaign". Capitalised between capitalised words in a sentence that is not
    itself in title case (a headline "Trump Says He Will Run" keeps its cue)."""
    doc = verb.doc
    if not verb.text[:1].isupper() or verb.i == verb.sent.start or verb.i + 1 >= len(doc):
        return False
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    if not (before.is_title and after.is_title and before.is_alpha and after.is_alpha):
        return False
    if after.pos_ == "PRON":
        return False  # "Christie Says He Would ...": a headline glued to the text
    lower = sum(1 for t in verb.sent if t.is_alpha and t.is_lower and len(t) > 3)
    return lower >= 3


#: Words that cannot end a report: it was cut where its complement stands elsewhere
#: ("campaigners including, he claims, Tory leader Michael Howard").
_DANGLING_DEPS = frozenset({"prep", "det", "cc", "mark", "preconj"})
_DANGLING_WORDS = word_set("including such like than")


def _dangling_end(doc: Doc, start: int, end: int) -> bool:
    """Whether reported content ends on a word that needs what follows it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return False
    last = span[-1]
    if last.lower_ in _DANGLING_WORDS:
        return True
    return last.dep_ in _DANGLING_DEPS and not any(True for _ in last.children)


def _wish_small_clause(verb: Token, clause: Token) -> bool:
    """ "The Lib Dems want it replaced with a local income tax", "wants the law
    changed": an object and a participle under a verb of wish, which the parser reads as
    a clause. Like "wants to ...", a wish, not words; "wants it known that ..." has a
    clause of its own and stays a report."""
    if verb.lemma_.lower() not in _WISH_SMALL_CLAUSE or clause.i < verb.i:
        return False
    if clause.tag_ not in _PAST_TAGS:
        return False
    if any(c.dep_ in {"aux", "auxpass", "mark"} for c in clause.children):
        return False
    return any(c.dep_ in _SUBJECT_DEPS for c in clause.children) and not any(
        c.dep_ == "ccomp" for c in clause.children
    )


def _tag_of_its_own(verb: Token, ctx: _Ctx, content_end: int) -> bool:
    """Whether a clause before a cue is no report of it, as the cue is not a speech tag:
    "X's approach is more radical: It often posts caches online" (a colon or semicolon
    between them: what follows explains, it does not attribute), or a cue with an object
    or an infinitive of its own after it ("X, the group posted the documents"; "X, he
    told reporters" names the listener and stays a tag)."""
    between = ctx.text[content_end : verb.idx]
    if ":" in between or ";" in between:
        return True
    if verb.lemma_.lower() in _ADDRESSEE_VERBS:
        return False
    return any(
        c.dep_ in _OWN_COMPLEMENTS and c.i > verb.i and not ctx.inside[c.i] for c in verb.children
    )


#: Complements after a cue that make it no speech tag of the clause before it: "X, the
#: group posted the documents"; "He is so committed to the state, he once lamented
#: having served in the army" (what he lamented follows the verb).
_OWN_COMPLEMENTS = frozenset({"dobj", "xcomp"})


def _through_hyphen(doc: Doc, text: str, content: tuple[int, int]) -> tuple[int, int]:
    """Content that stops inside a hyphenated word ("urged O'Reilly to co-present the TV
    special" parsed as "co", "-", "present": the subtree of "co" ends at "co") runs on
    to the end of what the rest of the word governs. `text` is `doc.text`, passed in:
    `Doc.text` joins every token again on each call (per report, quadratic in a long
    article)."""
    start, end = content
    while end + 1 < len(text) and text[end] == "-" and text[end + 1].isalnum():
        span = doc.char_span(end + 1, end + 2, alignment_mode="expand")
        if span is None:
            break
        word = span[0]
        last = word.right_edge
        if last.sent.start != word.sent.start:
            break
        while last.i > word.i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        new_end = last.idx + len(last)
        if new_end <= end:
            break
        end = new_end
    return start, end


def _matrix_conjunct(verb: Token, clause: Token) -> int | None:
    """Where reported content stops before a conjunct that belongs to the reporting
    clause: "The company said tests had shown no finds, but was upbeat about other
    areas" -- "was" has no subject and does not agree with "tests", but does with "the
    company": the parser hung it on the content. Character offset of the comma or
    conjunction before it."""
    own = [c for c in clause.children if c.dep_ in _NOMINAL_SUBJECT_DEPS]
    matrix = [c for c in verb.children if c.dep_ in _NOMINAL_SUBJECT_DEPS]
    if not own or not matrix:
        return None
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < clause.i or conj.tag_ not in _FINITE_TAGS:
            continue
        if any(c.dep_ in _SUBJECT_DEPS for c in conj.children):
            continue
        number = _verb_number(conj)
        if number is None or number == _noun_number(own[0]):
            continue
        if number != _noun_number(matrix[0]):
            continue
        return end_before_conjunct(clause, conj)
    return None


def _verb_number(verb: Token) -> str | None:
    """ "was", "is", "has", VBZ: singular; "were", "are", "have" (VBP): plural; else
    None (a past tense agrees with both)."""
    word = verb.lower_
    if word in {"was", "is", "has"} or verb.tag_ == "VBZ":
        return "sg"
    if word in {"were", "are"} or (verb.tag_ == "VBP" and word != "am"):
        return "pl"
    return None


def _noun_number(noun: Token) -> str | None:
    """Number of a subject: plural nouns (NNS, NNPS) and "they"/"we", or coordinated
    ones, plural; singular nouns and "he", "she", "it" singular; else None."""
    if any(c.dep_ == "conj" for c in noun.children):
        return "pl"
    word = noun.lower_
    if word in {"they", "we", "you", "these", "those"} or noun.tag_ in {"NNS", "NNPS"}:
        return "pl"
    if word in {"he", "she", "it", "this", "that"} or noun.tag_ in {"NN", "NNP"}:
        return "sg"
    return None


def _says_infinitive(verb: Token) -> bool:
    """Whether an infinitive under `verb` reports words: "vowed to ...", "urged X to
    ...", "called on X to ...", not "called in administrators to ..."."""
    lemma = verb.lemma_.lower()
    if lemma not in _SAID_INFINITIVE_VERBS:
        return False
    if lemma != "call":
        return True
    return any(c.dep_ == "prep" and c.lower_ in _CALL_ON for c in verb.children) and not any(
        c.dep_ == "prt" for c in verb.children
    )


def _indirect_quotes(doc: Doc, ctx: _Ctx) -> Iterable[Quote]:
    """Reported speech: reporting verb + clause, and "according to X"."""
    unsaid_until = -1  # the end of a question or unsaid report: nothing inside it either
    seen_as = _frame_matches(ctx, "seen_as")
    polls = _frame_matches(ctx, "in_poll")
    # A run-on "sentence" (generator/extract/run_on.py) gives no reported speech: its
    # parse says nothing about who reported what, and each reporting verb in it walked
    # the whole of it. Found once: `Token.sent` walks to both ends of its sentence.
    run_on = {i for start, end in run_on_sentences(doc) for i in range(start, end)}
    for token in doc:
        if ctx.inside[token.i] or token.i <= unsaid_until:
            continue
        if token.i in run_on:
            continue
        if _is_reporting(token, direct=False) and _unsaid(token):
            # "Asked why he thought the warnings were left out": not "he thought" either
            unsaid_until = token.right_edge.i
            question = _put_question(token, ctx) or _unanswered(token, ctx)
            if question is not None:
                yield question
            continue
        if _shouted(token):
            continue  # "EVEN OZ'S BOSS THINKS HE'S FULL OF IT": a headline in capitals
        if token.lower_ == "according":
            quote = _according_quote(token, ctx)
        elif _is_reporting(token, direct=False):
            quote = _reported_clause(token, ctx)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in _CLAIM_NOUNS | _STANCE_NOUNS:
            quote = _noun_content(token, ctx)
        elif token.pos_ == "ADJ" and token.dep_ == "acomp":
            quote = _adjective_content(token, ctx)
        elif token.i in seen_as:
            quote = _seen_as(token, seen_as[token.i][0], ctx)
        elif token.i in polls:
            quote = _in_poll(token, doc[polls[token.i][0]["source"]], ctx)
        else:
            quote = None
        if quote is not None:
            yield quote


def _put_question(asked: Token, ctx: _Ctx) -> Quote | None:
    """ "Asked whether he would run, Smith said ...", "when asked how ties would fare":
    the question put to the speaker, by whoever the "by" phrase names (often no one).
    Never published (QUESTION_RULE): it is what was asked, not what anyone said; PolNeAR
    annotates it as an attribution. Questions holding quoted words are left out, so that
    those words keep the attribution of the sentence that quotes them."""
    if asked.lemma_.lower() != "ask" or any(c.dep_ in _SUBJECT_DEPS for c in asked.children):
        return None
    clauses = [c for c in asked.rights if c.dep_ in {"ccomp", "advcl"}]
    if not clauses or clauses[0].left_edge.lower_ not in _QUESTION_WORDS:
        return None  # "asked to speak freely", "asking while his wife is president"
    start, end = _subtree_chars(clauses[0], exclude=asked)
    doc = asked.doc
    if len(ctx.text[start:end].split()) < _MIN_CONTENT_WORDS:
        return None
    if _quoted_share(start, end, ctx, doc) > 0 or _line_break_between(ctx, asked.idx, end):
        return None
    fields = _Attribution(_cue_text(asked), _agent(asked, ctx), rule=QUESTION_RULE).fields()
    return Quote(text=ctx.text[start:end], kind="indirect", start=start, end=end, **fields)


def _unanswered(verb: Token, ctx: _Ctx) -> Quote | None:
    """ "Reid would not say whether he would prefer Trump", "Sanders hasn't said whether
    he has a strategy": the question left unanswered, with the one who did not answer.
    Never published (UNSPOKEN_RULE): nothing was said; PolNeAR annotates it."""
    if verb.lemma_.lower() == "ask":
        return None
    clauses = [
        c
        for c in verb.rights
        if c.dep_ in {"ccomp", "xcomp", "advcl"} and c.left_edge.lower_ in _QUESTION_WORDS
    ]
    if not clauses or (
        clauses[0].dep_ == "advcl" and not any(c.dep_ in _SUBJECT_DEPS for c in clauses[0].children)
    ):
        return None  # "did not share it when asked in 2008": a time, no question
    start, end = _subtree_chars(clauses[0], exclude=verb)
    if len(ctx.text[start:end].split()) < _MIN_CONTENT_WORDS:
        return None
    if _quoted_share(start, end, ctx, verb.doc) > 0 or _line_break_between(ctx, verb.idx, end):
        return None
    speaker = _speaker_of(verb, ctx)
    fields = _Attribution(_cue_text(verb), speaker, rule=UNSPOKEN_RULE).fields()
    return Quote(text=ctx.text[start:end], kind="indirect", start=start, end=end, **fields)


_SHOUTED_MIN_WORDS = 3


def _shouted(token: Token) -> bool:
    """Whether a token stands in a sentence written in capitals: a headline or a
    deck ("FELLOW DOCTORS DON'T WANT TO ASSOCIATE WITH HIM"), whose parse is unreliable
    and whose words are the writer's, not a report (issue 11: no headline text)."""
    if not token.is_upper or not token.is_alpha:
        return False
    doc = token.doc
    words = 0
    for step in (-1, 1):  # the run of capitals the token stands in, up to a break
        i = token.i + step
        while 0 <= i < len(doc) and not _breaks_run(doc[i]):
            words += doc[i].is_alpha and len(doc[i]) > 1
            i += step
    return words + 1 >= _SHOUTED_MIN_WORDS


def _breaks_run(token: Token) -> bool:
    """A word with a small letter, a line break or a dash ends a run of capitals."""
    if "\n" in token.text or token.text in DASHES_OR_HYPHEN:
        return True
    return any(c.islower() for c in token.text)


_STANCE_PREPS = frozenset({"of", "for", "against", "to"})
_CLAUSE_COMPS = frozenset({"ccomp", "xcomp"})


def _in_poll(prep: Token, poll: Token, ctx: _Ctx) -> Quote | None:
    """ "In a poll released Sunday, Clinton led by 8 points": the poll is the source.

    The frame (one poll named or described, quote_frames "in_poll") is data; here the
    clause the poll is the source of: the verb the phrase hangs from, with its subtree.
    """
    host = prep.head
    while host.pos_ not in _VERB_POS and host.head.i != host.i:
        host = host.head
    if host.pos_ not in _VERB_POS or _is_reporting(host, direct=False):
        return None  # "said in an interview": the verb reports, with its own source
    doc = prep.doc
    phrase = (prep.i, prep.right_edge.i + 1)
    left = (host.left_edge.i, phrase[0])
    right = (phrase[1], host.right_edge.i + 1)
    attribution = _Attribution("in", _mention(poll, ctx), rule="indirect.in_poll")
    return _content_beside(doc, ctx, left, right, attribution)


#: Objects with which "cast" is no judgement: "cast their votes as", "cast a shadow as"
#: ("see black votes as key" is one; data: quote_words).
_CAST_NOT_VIEWS = word_lists("quote_words")["cast_not_views"]


def _seen_as(verb: Token, frame: FrameMatch, ctx: _Ctx) -> Quote | None:
    """ "X sees Y as Z": the judgement "Y as Z" is X's view.

    The frame (quote_frames "seen_as") gives the verb, its object and the "as" phrase;
    the speaker is the verb's subject, found as for any cue.
    """
    speaker = _speaker_of(verb, ctx)
    if speaker is None:
        return None
    doc = verb.doc
    first, last = doc[frame["object"]].left_edge.i, doc[frame["as"]].right_edge.i
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    if _quoted_share(start, end, ctx, doc) >= 0.5:
        return None
    as_phrase = doc[frame["as"]]
    if verb.lemma_.lower() == "cast" and doc[frame["object"]].lemma_.lower() in _CAST_NOT_VIEWS:
        return None  # "Hundreds cast their votes for other candidates as ...": a vote
    if as_phrase.i + 2 < len(doc) and doc[as_phrase.i + 2].lower_ == "result":
        return None  # "was seeing some pressure as a result of ...": no view
    rule = "indirect.seen_as"
    if doc[frame["object"]].lower_.endswith(("self", "selves")):
        rule = SMALL_CLAUSE_RULE  # "casting himself as a champion": a pose, no one's view
    elif _unspoken(verb):
        rule = UNSPOKEN_RULE  # "Some may see this as ...", "would have to see it as ..."
    fields = _Attribution(_cue_text(verb), speaker, rule=rule).fields()
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
            content = _prep_object_chars(child)
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
    fields = _Attribution(cue, speaker, rule=ADJECTIVE_RULE).fields()
    return Quote(text=ctx.text[start:end], kind="indirect", start=start, end=end, **fields)


def _noun_content(noun: Token, ctx: _Ctx) -> Quote | None:
    """ "the claim that CLAUSE", "X's view is that CLAUSE", "X's criticism of Y"."""
    doc = noun.doc
    lemma = noun.lemma_.lower()
    if _purpose_idiom(noun):
        return None
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
                    content = (content[0], max(content[1], _rest_of_claim(head, child)))
                    break
    if content is None and lemma in _STANCE_NOUNS:
        for prep in noun.rights:
            if prep.lower_ == "of" and _holder_of(noun):
                break  # "won the support of evangelical leaders": they hold it
            if prep.dep_ == "prep" and prep.lower_ in _STANCE_PREPS:
                content = _prep_object_chars(prep)
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
    rejected = _rejected(noun)
    # an ownerless claim noun the subject only meets is others' ("investigating
    # complaints that", "after allegations that", not "repeated accusations that")
    unvoiced = lemma in _CLAIM_NOUNS and not owners and others_claim(noun)
    if speaker is None and noun.dep_ in {"dobj", "pobj"} and not rejected and not unvoiced:
        # "Trump repeated his claim that ..." / "the mayor voiced support for ...": the
        # holder of the claim is the subject of the verb that takes it
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        if verb.pos_ == "VERB":
            speaker = _subject_mention(verb, ctx)
    if speaker is None and not rejected and not unvoiced:
        speaker = _clause_holder(noun, ctx)
    rule = "indirect.claim_noun" if lemma in _CLAIM_NOUNS else "indirect.stance_noun"
    if owners and _unnamed_owner(_mention(owners[0], ctx)):
        rule = VAGUE_STANCE_RULE  # "a TV host's suggestion that ...": no one named
    elif rejected or (lemma in _UNHELD_CLAIM_NOUNS and not owners):
        rule = VAGUE_STANCE_RULE  # "dismissed the idea that ...": held by no one named
    fields = _Attribution(noun.text, speaker, rule=rule).fields()
    return Quote(text=ctx.text[start:end], kind="indirect", start=start, end=end, **fields)


def _purpose_idiom(noun: Token) -> bool:
    """ "in the hopes that ...", "in the belief that ...": a noun of a mind under "in",
    with no owner, says why someone acts, not what anyone said (`_IN_PURPOSE_NOUNS`)."""
    if noun.lower_ not in _IN_PURPOSE_NOUNS and noun.lemma_.lower() not in _IN_PURPOSE_NOUNS:
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    return not any(c.dep_ == "poss" for c in noun.children)


def _rest_of_claim(copula: Token, clause: Token) -> int:
    """Where the content of "X's contention was that CLAUSE" ends: everything after
    "that" is the claim, but the parser may stop the clause at a parenthetical and hang
    the rest on the copula ("was that [Clinton is], in fact, appealing to ...", blind
    review 33). The end of the copula's last word, when nothing after the clause is a
    tag of its own ("..., he said"); else the clause's own end (0)."""
    doc = copula.doc
    last = copula.right_edge
    while last.i > clause.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    rest = doc[clause.right_edge.i + 1 : last.i + 1]
    if last.i <= clause.right_edge.i or any(
        _is_reporting(t, direct=True) and any(c.dep_ in _NOMINAL_SUBJECT_DEPS for c in t.children)
        for t in rest
    ):
        return 0
    return last.idx + len(last)


def _rejected(noun: Token) -> bool:
    """Whether a claim noun is the object of a verb of rejecting it: "Christie bristled
    at the suggestion that he was responsible", "denied the allegation that ...". The
    claim is someone else's, and the verb's subject is the last to hold it."""
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return False
    return verb.pos_ in _VERB_POS and verb.lemma_.lower() in _REJECTING_VERBS


def _others_claim_before(verb: Token, clause: Token) -> bool:
    """ "The president has denounced suggestions by the GOP front-runners ... that they
    would deport ...": the parser hangs the clause on the verb, but it is the content of
    the claim noun before it, which a "by" phrase gives to others than the verb's
    subject (hung on the noun, or on the active verb, which takes no agent). Not the
    subject's words."""
    claims = [
        child
        for child in verb.children
        if child.dep_ == "dobj" and child.i < clause.i and child.lemma_.lower() in _CLAIM_NOUNS
    ]
    return any(
        c.dep_ == "prep" and c.lower_ == "by" and c.i < clause.i
        for claim in claims
        for c in [*claim.children, *verb.children]
    )


def _unheld_claim_before(verb: Token, clause: Token) -> bool:
    """ "He was responding to a Reuter enquiry about rumours in London financial markets
    that the firm was in financial trouble": the parser hangs the "that" clause on the
    verb, but it completes the ownerless rumour right before it (an idea no one named
    holds: `_UNHELD_CLAIM_NOUNS`), so it is not the subject's words; he denies them."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i <= verb.i:
        return False
    return any(
        token.pos_ == "NOUN"
        and token.lemma_.lower() in _UNHELD_CLAIM_NOUNS
        and token.right_edge.i + 1 == mark.i
        and not any(c.dep_ == "poss" for c in token.children)
        for token in verb.doc[verb.i + 1 : mark.i]
    )


def _called_for(verb: Token, ctx: _Ctx) -> tuple[int, int] | None:
    """ "X is calling for the US to step up its efforts" parsed with "for ... to ..." as
    a clause of its own (quote_frames "called_for"): what was called for, as with
    "called for a special prosecutor"."""
    found = _frame_matches(ctx, "called_for").get(verb.i)
    if not found:
        return None
    doc = verb.doc
    first, last = found[0]["for"] + 1, doc[found[0]["clause"]].right_edge.i
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if first > last:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last])


def _holder_of(noun: Token) -> bool:
    """Whether the "of" phrase of a stance noun names who holds it: "has the backing of
    many Democrats", not "in support of Rubio" or "his endorsement of Trump"."""
    if noun.lemma_.lower() not in _HOLDER_OF_NOUNS or noun.dep_ != "dobj":
        return False
    determiners = [c.lower_ for c in noun.children if c.dep_ in {"det", "poss"}]
    return determiners == ["the"]


def _reported_clause(verb: Token, ctx: _Ctx) -> Quote | None:
    """ "X said (that) CLAUSE", "CLAUSE, X said", "X vowed to ...", "X called Y a liar"."""
    if _inside_name(verb) or _imperative(verb) or _naming_participle(verb) or _adding_to(verb):
        return None
    if bracketed_imperative(verb):
        return None  # "(think Harold Quince)": the reader is asked to think of him
    speaker = _speaker_of(verb, ctx)
    passive = speaker is not None and speaker.root.dep_ == "nsubjpass"
    if passive and verb.lemma_.lower() in _OFFICE_PASSIVES:
        return None  # "he was confirmed 92 to 0": confirmed in office, no report
    if passive and verb.lemma_.lower() in _ADDRESSEE_VERBS:
        speaker = None  # "he was told that ...": the listener, not the speaker
    if passive and speaker is not None and speaker.text.lower() == "it":
        return None  # "..., it is reported", "it is understood that ...": no source at all
    if verb.lemma_.lower() in _SOURCELESS and speaker is not None and not _is_person(speaker):
        speaker = None  # "Both objections seemed to carry little weight": no source
    content = _clausal_content(verb, ctx)
    clause = _content_clause(verb, ctx)
    if clause is not None and _trailing_tag(verb, clause):
        return None
    if clause is not None and _others_claim_before(verb, clause):
        return None
    if clause is not None and _unheld_claim_before(verb, clause):
        return None  # "responding to ... rumours in London that the firm was in trouble"
    if content_is_anothers_tag(verb, clause, ctx.inside):
        return None  # "A, KING-TV reported, while B, the Sun-Times reported": not A
    infinitive = clause is not None and (clause.dep_ == "xcomp" or _subject_infinitive(clause))
    rule = "indirect.verb_infinitive" if infinitive else VERB_CLAUSE_RULE
    if infinitive and _object_before_infinitive(verb, clause):
        return None  # "highlighting claimed improvements to transport": no "claimed to"
    if infinitive and not _says_infinitive(verb):
        if speaker is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
            return None  # "parents wanting to borrow $25,000": who they are, no report
        rule = INTENT_RULE
    elif infinitive and verb.lemma_.lower() in _DEMAND_VERBS:
        rule = DEMAND_RULE
    elif clause is not None and not infinitive and _small_clause(verb, clause):
        rule = SMALL_CLAUSE_RULE
    elif clause is not None and not infinitive and _wish_small_clause(verb, clause):
        rule = INTENT_RULE
    if clause is not None and _embedded_question(verb, clause):
        rule = QUESTION_RULE
    elif clause is not None and (_gapped(verb, clause) or _wh_adverb_gap(verb) or _elided(clause)):
        rule = GAPPED_RULE
    if content is None and speaker is not None and not passive:
        # not "a representative was denied access": the passive subject is the target
        content = _nominal_content(verb)
        rule = "indirect.verb_object"
    if content is None and speaker is not None and not passive:
        content = _called_for(verb, ctx)  # "is calling for the US to step up ..."
    evidence = verb.lemma_.lower() in _EVIDENCE_VERBS  # "the arguments were heard by ..."
    if content is None and speaker is not None and not evidence and _agent(verb, ctx) is not None:
        content = _passive_subject(verb)
        rule = "indirect.passive_subject"
    if content is None:
        return None
    if rule == VERB_CLAUSE_RULE:
        content = _with_first_conjunct(verb, content)
    content = _in_cue_sentence(ctx, verb, content)
    if content is None:
        return None
    if content[1] <= verb.idx and _tag_of_its_own(verb, ctx, content[1]):
        return None
    start, end = _through_hyphen(verb.doc, ctx.text, content)
    if speaker is not None and end <= verb.idx:
        end = _before_apposed_speaker(speaker, start, end)
    if start <= verb.idx < end and not _tag_inside(verb):
        return None  # "she said, but Kevin was drifting off": the cue is no part of it
    if end <= verb.idx:
        start = _past_connective(verb.doc, start, end)
    start = _past_inner_tag(verb, start, end)
    if clause is not None and start > verb.idx:
        start = _past_cue_time(clause, start, end)
        start = _past_like_aside(clause, start, end)
    if start > verb.idx:
        end = _before_aside(verb.doc, start, end)
    if _quoted_share(start, end, ctx, verb.doc) >= 0.5 and speaker is None:
        return None
    if interrupting_tag_misread(verb, speaker, start):
        return None  # "And Harlan, said Moreland, who ..., doesn't forgive": misread
    text = ctx.text
    if _line_break_between(ctx, min(end, verb.idx), max(start, verb.idx)):
        return None  # the parser joined a paragraph to the cue of the next one
    if len(text[start:end].split()) < _MIN_CONTENT_WORDS and not _named_object(verb, start):
        return None
    if rule != "indirect.verb_object" and _dangling_end(verb.doc, start, end):
        rule = GAPPED_RULE  # "... from No campaigners including, he claims, Tory leader X"
    if _owned_gerund(verb):
        rule = GAPPED_RULE  # "amid the intelligence community's finding that": not X's
    owner = _content_owner(clause, ctx) if clause is not None else None
    if owner is not None:
        speaker = owner  # "X pointed to the IFS's predictions that ...": the IFS's
    if speaker is None and verb.lemma_.lower() not in _SOURCELESS:
        speaker = _clause_holder(verb, ctx)
    if rule == VERB_CLAUSE_RULE and (_vague_holder(verb, speaker) or generic_belief(verb, speaker)):
        rule = VAGUE_STANCE_RULE
    elif rule == VERB_CLAUSE_RULE and (
        _writers_evidence(verb, speaker) or _inferred_mind(verb, clause, speaker)
    ):
        rule = EVIDENCE_RULE
    if rule in _SAID_RULES and (_unspoken(verb) or _supposed(verb) or _hypothesis(verb)):
        rule = UNSPOKEN_RULE
    elif rule == VERB_CLAUSE_RULE and verb.lemma_.lower() in _DENIAL_VERBS:
        rule = DENIAL_RULE
    elif (
        rule == VERB_CLAUSE_RULE
        and verb.lemma_.lower() in _WISH_VERBS
        # not "told the Today programme he hoped ...": said, so a report
        and not any(_is_reporting(above, direct=True) for above in verb.ancestors)
    ):
        rule = WISH_RULE
    fields = _Attribution(_cue_text(verb), speaker, rule=rule).fields()
    shown = _without_tag(verb, text, start, end) if start <= verb.idx < end else text[start:end]
    return Quote(text=shown, kind="indirect", start=start, end=end, **fields)


def _before_apposed_speaker(speaker: Span, start: int, end: int) -> int:
    """Where the reported words end when the parser hung their speaker on them as an
    apposition ("... growth over five years, Bernard Reed, manager of the London options
    exchange said": see speaker_mentions._name_apposed_to_content): before the comma that
    opens the speaker's phrase, and before a title apposed to the words that the name
    hangs on ("..., the leader of the party, Khaleda Zia, told", "..., managing director
    of the Meat Corp, Peter Frawley, said"). The same title the parser left at the end of
    the words when it did find the name right after them as the subject ("..., managing
    director of the Board, Colin Baxter, said"). Otherwise the words stay as they are."""
    doc = speaker.doc
    inside = start <= speaker.start_char < end
    if inside:
        anchor = speaker.root
    else:
        between = doc.char_span(end, speaker.start_char, alignment_mode="expand")
        if between is None or any(not (t.is_punct or t.is_space) for t in between):
            return end
        tail = doc.char_span(start, end, alignment_mode="expand")
        if tail is None or len(tail) == 0:
            return end
        anchor = tail[-1]
    top = speaker.root if inside else None
    for above in [anchor, *anchor.ancestors]:
        if above.pos_ in {"VERB", "AUX"} or above.idx < start:
            break
        if above.dep_ == "appos" and above.lemma_.lower() in TITLE_WORDS:
            top = above
    if top is None:
        return end
    comma = top.left_edge.i - 1
    if inside and (comma < 1 or doc[comma].text != ","):
        # "... of the programme, trade and industry secretary Jose Concepcion said": a
        # name the parse read into the words, found by its shape
        # (speaker_mentions._name_closing_lead): the words end at the comma before it
        comma = speaker.start - 1
    if comma < 1 or doc[comma].text != "," or doc[comma].idx <= start:
        return end
    last = comma - 1
    while last > 0 and (doc[last].is_punct or doc[last].is_space) and doc[last].idx > start:
        last -= 1
    return min(end, doc[last].idx + len(doc[last]))


def _without_tag(verb: Token, text: str, start: int, end: int) -> str:
    """The words of a clause with its parenthetical speech tag left out: "The Tories, he
    said, can cut crime" reports "The Tories can cut crime" (beside "he said" on the
    page, the tag inside the quotation reads as part of what was said; review 11)."""
    doc = verb.doc
    first, last = verb.left_edge.i, verb.right_edge.i
    opener = _opener_before_tag(verb)
    if opener is not None:  # "To understand it, [Roberts said,] one should ...": the
        first = opener.right_edge.i + 2  # opener's comma stays, the tag's subject goes
    if doc[first].text != ",":
        first -= 1
    if doc[last].text != ",":
        last += 1
    if first < 0 or last >= len(doc):
        return text[start:end]
    before, after = doc[first], doc[last]
    if before.text != "," or after.text != ",":
        return text[start:end]
    if not (start < before.idx and after.idx + 1 < end):
        return text[start:end]
    if opener is not None:
        before = doc[before.i + 1]
    return text[start : before.idx].rstrip() + " " + text[after.idx + 1 : end].lstrip()


#: Words opening a relative clause set off by a comma ("..., which looks set to ...").
_ASIDE_PRONOUNS = word_set("which who whom whose")


def _before_aside(doc: Doc, start: int, end: int) -> int:
    """Where reported content ends once a non-restrictive relative clause closing it is
    left out: "Manchester United revealed it had received a detailed proposal from Mr
    Glazer, which looks set to receive more serious scrutiny" reports the proposal; the
    aside after the comma is the writer's comment on it (review 11)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return end
    last = span.end - 1
    while last > span.start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    for token in span:
        if token.dep_ != "relcl" or token.right_edge.i < last:
            continue
        opener = token.left_edge
        if opener.lower_ not in _ASIDE_PRONOUNS or opener.i <= span.start + 1:
            continue
        comma = doc[opener.i - 1]
        if comma.text == "," and token.head.i < opener.i:
            return comma.idx
    return end


_SAID_RULES = frozenset({VERB_CLAUSE_RULE, "indirect.verb_infinitive", "indirect.verb_object"})


def _adding_to(verb: Token) -> bool:
    """ "..., adding to honours it has already picked up", "added to its stake": to add
    to a thing is to increase it, not to speak, and the clause the parser hangs on the
    verb belongs to the thing. "Add to" an audience ("added to reporters") is speech,
    and so is a pronoun or a name after "to"."""
    if verb.lemma_.lower() != "add":
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if objects and objects[0].pos_ == "NOUN" and objects[0].lower_ not in LISTENER_NOUNS:
            return True
    return False


def _unspoken(verb: Token) -> bool:
    """Whether a cue is negated or not yet (or only possibly) spoken: "did not say",
    "never said", "won't say", "will tell the conference", "could argue"."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _UNSPOKEN_MODALS) for c in verb.children
    )


def _supposed(verb: Token) -> bool:
    """Whether a cue stands in a clause that asks or supposes ("it was unclear whether
    the judges would rule that ...", "if officials say that ..."): what follows is a
    report that may or may not be made, not one that was."""
    return any(c.dep_ == "mark" and c.lower_ in _SUPPOSING_MARKS for c in verb.children)


#: Bare verbs that open a supposition: "Say Mexico demanded that ...", "Suppose the
#: council decided that ..." (data: quote_words).
_SUPPOSING_VERBS = word_lists("quote_words")["supposing_verbs"]


def _hypothesis(verb: Token) -> bool:
    """Whether a cue is the verb of a supposition the writer puts to the reader: "Say
    Mexico demanded that the United States pay for the wall" reports no demand anyone
    made. The sentence opens on a bare "say" or "suppose" with no subject of its own,
    tied to the cue (the parser reads it as the cue's auxiliary or takes the cue as its
    clause), and the cue's subject follows it at once ("Say what you will about the
    plan, the mayor said ..." is an idiom before a real report, and is left alone)."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i < verb.i]
    if not subjects:
        return False
    doc = verb.doc
    first = verb.sent.start
    while first < verb.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    opener = doc[first]
    if opener.tag_ != "VB" or opener.lower_ not in _SUPPOSING_VERBS or opener.i == verb.i:
        return False
    if opener.head.i != verb.i and verb.head.i != opener.i:
        return False
    if any(c.dep_ in _SUBJECT_DEPS for c in opener.children):
        return False
    between = doc[opener.i + 1 : subjects[0].left_edge.i]
    return all(t.lower_ == "that" or t.is_punct for t in between)


def _naming_participle(verb: Token) -> bool:
    """Whether a cue is a participle that names the noun it follows ("His group, called
    the Riverton Trust, will ...", "a fund named the Harbour Trust"): a name, and what
    the parser hangs on it is the writer's sentence, not a report. The parser may take
    the participle, set off by commas, for a past tense with the name as its predicate and
    no object ("called the Riverton Trust"), unlike a label given to something ("called
    the plan a disaster")."""
    if verb.lemma_.lower() not in _NAMING_PARTICIPLES:
        return False
    if verb.tag_ in _PAST_TAGS and verb.dep_ == "acl":
        return True  # "a super PAC called Our Principles is ...": tagged a past tense too
    if _name_read_as_clause(verb):
        return True
    deps = {c.dep_ for c in verb.children}
    set_off = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return verb.dep_ == "parataxis" and set_off and "oprd" in deps and "dobj" not in deps


def _name_read_as_clause(verb: Token) -> bool:
    """Whether the parser read a name after a naming participle as the subject of a
    clause it says: "An anti-Trump super PAC called Our Principles is ramping up its
    operations" (the PAC is called Our Principles, and it ramps up). A verb of naming
    takes no clause without "that": the clause it seems to govern opens at once on a
    proper noun, with no mark, or the name is read as the participle's complement and the
    clause after it has no subject."""
    names = [
        c
        for c in verb.children
        if c.dep_ in {"oprd", "dobj"} and c.i > verb.i and c.pos_ == "PROPN"
    ]
    for child in verb.children:
        if child.dep_ != "ccomp" or child.i < verb.i:
            continue
        if any(c.dep_ == "mark" for c in child.children):
            continue
        first = child.left_edge
        subjects = [c for c in child.children if c.dep_ in _NOMINAL_SUBJECT_DEPS]
        if first.i == verb.i + 1 and any(c.pos_ == "PROPN" for c in subjects):
            return True  # "called [Our Principles is ramping up ...]"
        subjectless = not any(c.dep_ in _SUBJECT_DEPS for c in child.children)
        if subjectless and any(name.right_edge.i + 1 == first.i for name in names):
            return True  # "called (Our Principles) [is ramping up ...]"
    return False


def _imperative(verb: Token) -> bool:
    """ "Now tell us this isn't a witch hunt!": the writer bids the reader; no one is
    reported. A bare verb heading its sentence with no subject and no auxiliary."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in _SUBJECT_DEPS or c.dep_ in _AUX_DEPS for c in verb.children)
    )


def _vague_holder(verb: Token, speaker: Span | None) -> bool:
    """Whether a verb of stance has no one named as holding it: a quantified or generic
    subject ("Most observers believe", "You might find"), or, for a verb of evidence, a
    subject that names no person or organisation ("polls show", "the message reads")."""
    lemma = verb.lemma_.lower()
    if lemma not in _STANCE_ONLY:
        return False
    if speaker is None or len(speaker) == 0:
        return True
    if speaker[0].lower_ in _VAGUE_QUANTIFIERS:
        return True
    if lemma not in _EVIDENCE_VERBS:
        return False
    return not any(t.ent_type_ in _NAMED_ENTITIES or t.pos_ == "PRON" for t in speaker)


def _writers_evidence(verb: Token, speaker: Span | None) -> bool:
    """Whether a reported clause is a fact the writer tells from evidence, not a report:
    a verb of showing or finding out, whoever its subject ("A review of records shows
    ...", "showing that on the biggest stage he would not shy away ...", "Ki Hong
    learned he had never been a citizen"), or a verb by which a record tells something
    with no name in the record's own phrase ("early ratings data suggests ...", "emails
    revealed ..."). Only the noun's own phrase counts: a name in an "of", "by" or
    relative clause hung on it ("Exit polls from the New Hampshire primary, which Mr.
    Trump won") holds no one, while "FEC records indicate" names whose they are. Inside
    another report ("economists said the data indicate ...") the outer speaker vouches
    for it, so it is left to that report."""
    if any(_is_reporting(above, direct=False) for above in verb.ancestors):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _SHOWING_VERBS:
        return True
    if speaker is None or len(speaker) == 0 or lemma not in _EVIDENCE_CUES:
        return False
    head = speaker.root
    if head.tag_ in _WH_TAGS or head.lower_ == "that":
        head = head.head.head if head.head.dep_ == "relcl" else head  # "a picture that showed"
    if head.lemma_.lower() not in _EVIDENCE_NOUNS and head.lower_ not in _EVIDENCE_NOUNS:
        return False
    own = [head, *(c for c in head.lefts if c.dep_ in _OWN_PHRASE_DEPS)]
    return not any(t.ent_type_ in _NAMED_ENTITIES or t.pos_ == "PROPN" for t in own)


#: Verbs of knowing: what someone is inferred to know or understand (data: quote_words).
_KNOWING_VERBS = word_lists("quote_words")["knowing_verbs"]


def _inferred_mind(verb: Token, clause: Token | None, speaker: Span | None) -> bool:
    """Whether a clause is the writer's inference from a thing about someone's mind:
    "The truck story suggests the government understands the risks", "The vote
    shows the council knows the bridge is unsafe". The thing (one common noun that is
    no title, with no person, body or place named in it, no pronoun) says nothing; the
    clause is what the writer reads into it, the knowledge of the clause's own subject,
    which no one said. Only verbs of knowing: under "experts suggest", "a police report
    indicates", "the inspector general indicated that he thought" a report is made
    (PolNeAR train)."""
    if clause is None or verb.lemma_.lower() not in _EVIDENCE_CUES | _SHOWING_VERBS:
        return False
    if clause.lemma_.lower() not in _KNOWING_VERBS:
        return False  # "experts suggest [elders do not plan to ...]": their report
    if speaker is None or speaker.root.tag_ != "NN" or speaker.root.lower_ in TITLE_WORDS:
        return False  # "staff members suggesting", "the speechwriter reveals": people
    if any(t.ent_type_ in _NAMED_ENTITIES or t.pos_ in {"PRON", "PROPN"} for t in speaker):
        return False
    return any(c.dep_ in _NOMINAL_SUBJECT_DEPS for c in clause.children)


#: The words of a noun's own phrase, before it: "the 50-state [poll]", "FEC [records]",
#: "Clinton's [emails]" (not what an "of" phrase or a relative clause adds).
_OWN_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod"})


def _unnamed_owner(owner: Span) -> bool:
    """Whether the holder of a claim is someone unnamed: "a TV host's suggestion", "some
    critics' view" (an indefinite or quantified noun with no name in it)."""
    if len(owner) == 0 or any(t.ent_type_ in _NAMED_ENTITIES for t in owner):
        return False
    return owner[0].lower_ in _VAGUE_QUANTIFIERS or owner[0].lower_ in {"a", "an"}


def _with_first_conjunct(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """ "A but B, X told Reuters": the parser hung the tag on A as its conjunct and gave
    it only B; both are reported. Extended to A's start when A is no report of its own
    and a conjunction joins it to B."""
    start, end = content
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or end > verb.idx or head.idx >= start:
        return content
    if _is_reporting(head, direct=False):
        return content
    doc = verb.doc
    joined = any(
        c.dep_ == "cc" and head.i < c.i and c.idx < start for c in head.children
    ) and not any(t.is_sent_start for t in doc[head.left_edge.i + 1 : head.i + 1])
    if not joined:
        return content
    first = head.left_edge.i
    while first < head.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    return doc[first].idx, end


def _past_inner_tag(verb: Token, start: int, end: int) -> int:
    """Where content starts when it opens with an adverbial and a speech tag of its own:
    "In the meantime, he said, Congress cannot back away ..., he said" reports
    "Congress cannot ..."; "The economy, he said, is strong" keeps its subject."""
    doc = verb.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start
    for tag in span:
        if tag.i == verb.i or tag.dep_ != "parataxis" or not _is_reporting(tag, direct=True):
            continue
        if not any(c.dep_ in _SUBJECT_DEPS for c in tag.children):
            continue
        before = doc[span.start : tag.left_edge.i]
        if any(t.dep_ in _SUBJECT_DEPS or t.pos_ in _VERB_POS for t in before):
            return start
        i = tag.right_edge.i + 1
        while i < span.end and (doc[i].is_punct or doc[i].is_space):
            i += 1
        return doc[i].idx if i < span.end - 1 else start
    return start


_LEADING_CONNECTIVES = word_lists("quote_words")["leading_connectives"]


def _past_connective(doc: Doc, start: int, end: int) -> int:
    """Where reported content starts once the writer's opening connective, set off by a
    comma, is left out: "However, the hard work is still to come, he said" reports "the
    hard work ..."."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return start
    first = span[0]
    if first.lower_ not in _LEADING_CONNECTIVES or first.dep_ not in {"advmod", "cc"}:
        return start
    if doc[first.i + 1].text != ",":
        return start  # set off by a comma: the writer's aside, not the speaker's words
    i = first.i + 2
    while i < span.end - 1 and doc[i].is_space:
        i += 1
    return doc[i].idx if i < span.end - 1 else start


_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _past_cue_time(clause: Token, start: int, end: int) -> int:
    """Where content after its cue starts when the parser gave it the cue's time:
    "Universal said on Wednesday it had bought ..." reports "it had bought ...", the day
    is when it was said. Only a date or time phrase right at the start, before the
    clause's own subject."""
    doc = clause.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return start
    first = span[0]
    if first.head.i != clause.i or first.dep_ not in {"prep", "npadvmod"}:
        return start
    words = [t for t in first.subtree if t.i != first.i or first.dep_ == "npadvmod"]
    if not words or not all(t.ent_type_ in _TIME_ENTITIES for t in words):
        return start
    nxt = first.right_edge.i + 1
    subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
    if nxt >= span.end - 1 or not subjects or subjects[0].left_edge.i != nxt:
        return start
    return doc[nxt].idx


def _past_like_aside(clause: Token, start: int, end: int) -> int:
    """Where content after its cue starts when it opens on an aside that names another
    who said the same: "The mayor argued, as did the campaign itself, that the stadium
    would bring jobs" reports "the stadium would bring jobs"; the parser hung the "as"
    clause on the reported verb. Only an "as" clause right at the start, with a subject
    of its own whose verb is "do" or a verb of saying with nothing of its own ("as did
    X", "as X had argued"), closed by a comma and the cue's "that": "said that as prices
    rose, demand fell" is a time in what was said and stays whole."""
    doc = clause.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 6:
        return start
    first = span[0]
    aside = first.head
    if first.lower_ != "as" or first.dep_ != "mark" or aside.dep_ != "advcl":
        return start
    if aside.head.i != clause.i or not any(c.dep_ in _SUBJECT_DEPS for c in aside.children):
        return start
    said = _is_reporting(aside, direct=True) or aside.lemma_.lower() == "do"
    if not said or any(c.dep_ in _REPORTED_DEPS for c in aside.children):
        return start
    nxt = aside.right_edge.i + 1
    if nxt + 2 >= span.end or doc[nxt].text != "," or doc[nxt + 1].lower_ != "that":
        return start
    return doc[nxt + 2].idx if nxt + 2 <= clause.i else start


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


_POSSESSIVE_PRONOUNS = POSSESSIVE_PRONOUNS


#: The possessive marker, with a straight or a curly apostrophe (U+2019).
_POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _owned_gerund(verb: Token) -> bool:
    """Whether the cue is a noun in "-ing" that the parser read as a verb: "Tillerson has
    faced criticism ... amid the intelligence community's finding that Russian hackers
    stole Democratic emails". Right after a possessive it names the owner's finding, not
    the words of the sentence's subject, which the verb's reading would make the source;
    the owner's phrase is lost to the misreading (a curly "'s" read as punctuation), so
    the find is a gap, kept off the pages."""
    if verb.tag_ != "VBG" or verb.i < 2:
        return False
    mark = verb.doc[verb.i - 1]  # the possessive, not the verb: "He's telling allies"
    return mark.lower_ in _POSSESSIVE_MARKS and mark.tag_ == "POS"


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
            if c.dep_ in {"ccomp", "xcomp", "advcl"}  # "did not say when he thought ...":
            and c.left_edge.lower_ in _QUESTION_WORDS  # the parser's advcl is the question
            and c.left_edge.i > verb.i
        ),
        None,
    )
    subject = any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    if lemma == "ask" and not subject and (verb.tag_ == "VBN" or verb.dep_ == "advcl"):
        return True  # "Asked ...", "When asked ...": a question put to someone
    told = verb.dep_ == "advcl" and verb.tag_ in _PAST_TAGS
    if lemma in _ADDRESSEE_OBJECT and not subject and told:
        return True  # "hung up when told he was speaking with a reporter": the listener
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
    if (
        verb.dep_ == "relcl"
        and clause.dep_ == "ccomp"
        and clause.i > verb.i
        and not any(c.dep_ in _SUBJECT_DEPS for c in clause.children)
        and not any(c.dep_ == "mark" for c in clause.children)
    ):
        return True  # "something he says will boost their cause": the subject is the noun
    last = clause.right_edge  # "to focus on", "they're fine with": a stranded preposition
    stranded = last.dep_ == "prep" and not any(True for _ in last.children)
    return stranded and clause.i in {last.head.i, last.head.head.i}


#: Adverbs of manner that open a cue's own clause: "looks at [how] experts say the rule
#: would shape tax law" (data: quote_words).
_GAP_ADVERBS = word_lists("quote_words")["gap_adverbs"]


def _wh_adverb_gap(verb: Token) -> bool:
    """Whether a cue's clause opens on a question adverb that belongs to what was said:
    "how experts say it would shape tax law" reports no statement that "it would shape
    tax law", only that experts say how. The adverb opens the cue's own phrase, before
    its subject, and the cue is embedded (a main clause does not open on "how").
    "Minnesota, where he says he can win" and "that is why analysts say rates will
    fall" report a claim whole (the place, the reason are the writer's) and stay."""
    if verb.dep_ == "ROOT":
        return False
    first = verb.left_edge
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i < verb.i]
    return (
        first.tag_ == "WRB"
        and first.lower_ in _GAP_ADVERBS
        and first.head.i == verb.i
        and bool(subjects)
        and first.i < subjects[0].left_edge.i
    )


def _elided(clause: Token) -> bool:
    """Whether a reported clause is only a subject and an auxiliary whose verb is left
    out: "Mexico will not pay, as Mr Trump claims [it will]": what was claimed is the
    sentence the clause stands in, turned round; the two words say nothing alone. The
    auxiliary ends the clause: "was over" has a word of its own after it."""
    if clause.tag_ != "MD" and clause.pos_ != "AUX":
        return False
    last = clause.right_edge
    while last.i > clause.i and (last.is_punct or last.is_space or last.dep_ == "neg"):
        last = clause.doc[last.i - 1]  # "I think it probably is[n't]"
    if last.i != clause.i:
        return False  # "claimed that the era of big government [was over]": not elided
    return all(c.dep_ in _ELIDED_DEPS for c in clause.children)


#: What an elided clause keeps of its own: a subject, "not", an adverb, punctuation.
_ELIDED_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "neg", "advmod", "punct", "mark"})


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
    if root.i == cue.i or ctx.inside[root.i] or root.pos_ not in _VERB_POS:
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


def _content_clause(verb: Token, ctx: _Ctx) -> Token | None:
    """The head of the clause a reporting verb governs: a ccomp, or an infinitive.

    Of two, the one after the verb: "Cruz brushed off the criticism: he said he could
    work with them" hangs the clause before the tag on it as a second ccomp; what the
    verb reports follows it. Not after a quotation ("“I was spinning,” said Ms Watson,
    one of the drivers sent sliding ..."): there the quotation is what was said, and
    the clause after the verb describes the speaker.
    """
    lemma = verb.lemma_.lower()
    clauses = [
        child
        for child in verb.children
        if (child.dep_ == "ccomp" or (child.dep_ == "xcomp" and lemma in _XCOMP_VERBS))
        and not _verbless(child)
        and not _adverbial(child)
        and closing_conjunct_speaker(child, ctx.inside) is None  # "..., X said": its tag
        and not _tag_after_coordinator(verb, child)
    ]
    if not clauses:
        return _fronted_content(verb) or _clause_on_occasion(verb)
    if len(clauses) > 1:
        after = [c for c in clauses if c.i > verb.i]
        before = [c for c in clauses if c.i < verb.i]
        quoted = before and after and ctx.inside[before[0].i] and ctx.inside[after[0].i]
        if after and before and not quoted and not _inverted_tag(verb, ctx):
            return after[0]  # not '“...,” Gates said on NBC's “Meet the Press”
    return clauses[0] if clauses else None


def _tag_after_coordinator(verb: Token, clause: Token) -> bool:
    """Whether a speech tag set off by commas follows a coordinator that opens what it
    reports ("in keeping with Vatican protocol and also, Sanders said, “to make clear
    that there is no endorsement here”"): the clause before the coordinator is the
    writer's, not what was said. Only a clause before the tag."""
    if clause.i > verb.i:
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    first = min(verb.i, subject.left_edge.i) if subject is not None else verb.i
    doc = verb.doc
    i = first - 1
    if i < 1 or doc[i].text != ",":
        return False
    i -= 1
    if doc[i].lower_ == "also" and i > 0:
        i -= 1  # "and also, Sanders said"; not "more aggressively and earlier, he said"
    return doc[i].lower_ in {"and", "but", "or"}


def _clause_on_occasion(verb: Token) -> Token | None:
    """The content the parser hung on where it was said as a relative clause: "Smith
    told Reuters in an interview that prices would rise", "said at a news conference
    that he believed ...". "That" as a clause's marker, with the clause's own subject
    after it, opens no relative clause on "interview": it opens what was said. Only on
    a noun of an occasion of speech (`OCCASION_NOUNS`) in a phrase of the verb's own,
    after the verb: "a short-term buzz that voters would reject", "a guarantee that the
    government consults" hold what is described or asked for."""
    for phrase in verb.children:
        if phrase.dep_ != "prep" or phrase.i < verb.i:
            continue
        for noun in phrase.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in OCCASION_NOUNS:
                continue
            for clause in noun.children:
                if that_opened_relative(clause) is not None:
                    return clause
    return None


def that_opened_relative(clause: Token) -> Token | None:
    """The "that" of a clause the parser hung on a noun as a relative clause when it is
    the clause's marker with the clause's own subject after it ("an interview that
    prices would rise"): no relative clause opens so, the clause is what was said. The
    one test of `_clause_on_occasion` and of report_bounds._past_occasion."""
    if clause.dep_ != "relcl":
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return mark if mark is not None and subject is not None and mark.i < subject.i else None


def _fronted_content(verb: Token) -> Token | None:
    """The content of a closing tag that the parser read as an adverbial clause: "After
    severe financial difficulties in 1984 and 1985, the insurance industry's rate of
    return last year recovered ..., the group said in a 98-page study." Wire copy opens
    a report with a phrase of time or cause; the parser then hangs the whole report on
    the tag as an `advcl`, and nothing was found. Taken as the content only when it is
    the whole sentence before the tag: a finite clause with its own subject and no
    conjunction of its own ("When prices rose, he said" is when he spoke), opening the
    sentence, and the tag a plain verb of saying with nothing it governs after it but
    where or how it was said ("in a 98-page study")."""
    if verb.lower_ not in PLAIN_REPORT_CUES:
        return None
    if any(c.dep_ in _FRONTED_BLOCKERS and c.i > verb.i for c in verb.children):
        return None
    fronted = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i]
    if len(fronted) != 1:
        return None
    clause = fronted[0]
    if clause.left_edge.i != verb.sent.start or not _finite(clause):
        return None
    if any(c.dep_ == "mark" for c in clause.children):
        return None
    if not any(c.dep_ in _NOMINAL_SUBJECT_DEPS for c in clause.children):
        return None
    subject = [c for c in verb.children if c.dep_ in _NOMINAL_SUBJECT_DEPS]
    if len(subject) != 1 or subject[0].i < clause.right_edge.i:
        return None
    between = verb.doc[clause.right_edge.i + 1 : subject[0].left_edge.i]
    if not any(t.text == "," for t in between):
        return None
    return clause


#: What a tag governs after it that makes it no closing tag: content, an object, a
#: listener ("said it expects ...", "told reporters ...").
_FRONTED_BLOCKERS = frozenset({"ccomp", "xcomp", "dobj", "dative", "attr", "oprd"})
_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _finite(verb: Token) -> bool:
    """Whether a verb is finite itself or through its auxiliary ("recovered", "has
    recovered", "will recover")."""
    return verb.tag_ in _FINITE_VERB_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE_VERB_TAGS for c in verb.children
    )


def _verbless(clause: Token) -> bool:
    """Whether a "clause" is a noun phrase with no verb in it: "demanded Maurizi hand over
    her backpack" parsed as the clause "Maurizi hand" (a noun), the particle left on the
    cue. No clause was reported; a misparse is left out rather than shown cut. Only a
    short one: a longer phrase may hold a verb the tagger missed ("the words “lump” the
    good Muslims with the bad")."""
    words = list(clause.subtree)
    return (
        clause.pos_ in {"NOUN", "PROPN"}
        and len(words) <= _VERBLESS_MAX_WORDS
        and not any(t.pos_ in _VERB_POS for t in words)
    )


_VERBLESS_MAX_WORDS = 3
#: Conjunctions that open an adverbial clause, never what was said ("said before he
#: died", "spoke while the crowd waited"); "that", "if" and "whether" open content.
_ADVERBIAL_MARKS = word_set("before after when while until since because although though")


def _adverbial(clause: Token) -> bool:
    """Whether a "clause" the parser gave a cue is a time or reason clause: "the
    museum he said before he died" -- when, not what, he said."""
    return any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in clause.children)


def _inverted_tag(verb: Token, ctx: _Ctx) -> bool:
    """ "“...,” said Ms Watson": a speech verb right after a quotation, its subject after
    it; what follows the subject describes the speaker."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space) and not ctx.inside[i]:
        i -= 1
    if i < 0 or not ctx.inside[i]:
        return False
    return not any(c.dep_ in _SUBJECT_DEPS and c.i < verb.i for c in verb.children)


def _clausal_content(verb: Token, ctx: _Ctx) -> tuple[int, int] | None:
    """The clause a reporting verb governs (ccomp, infinitive, or the host of a parenthetical).

    A second reporting verb conjoined inside it ("said it was too early but added, ...")
    starts an attribution of its own and is left out.
    """
    child = _content_clause(verb, ctx)
    if child is not None:
        start, end = _subtree_chars(child, exclude=verb)
        cut = _conjoined_report(child, before_cue=child.i < verb.i)
        if cut is not None and cut > start:
            end = cut
        cut = _matrix_conjunct(verb, child)
        if cut is not None and start < cut < end:
            end = cut
        cut = _report_tail(child, verb)
        if cut is not None and start < cut < end:
            end = cut
        cut = reporters_next_verb(child) if child.i > verb.i else None
        if cut is not None and start < cut < end:
            end = cut
        if child.i > verb.i:
            end = past_bracketed_name(verb.doc, ctx.text, end)
        return start, _with_condition(verb, child, end)
    if verb.dep_ == "parataxis" and verb.head.i != verb.i and verb.head.pos_ in _VERB_POS:
        if _tag_inside(verb):
            doc = verb.doc
            first = _opening_subject(verb.head) or _opener_before_tag(verb)
            last = verb.head.right_edge
            while last.i > verb.head.i and (last.is_punct or last.is_space):
                last = doc[last.i - 1]
            if first is not None:
                return first.left_edge.idx, last.idx + len(last)
        return _subtree_chars(verb.head, exclude=verb)
    if _as_tag(verb):
        return _host_without_tag(verb)
    return closing_conjunct_content(verb, ctx.inside)  # a lead's tag read as its verb


#: Complements that make an "as" clause say something of its own ("as he said goodbye",
#: "as she told them to wait"), not tag the clause it stands in.
_AS_TAG_OWN = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"})


def _as_tag(verb: Token) -> bool:
    """ "As The Washington Post reported, Sanders would need 55 percent ...", "Turnout
    was low, as officials had predicted": a speech verb with its subject in an "as"
    clause, with no complement of its own, tags the clause it stands in."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.lemma_.lower() not in _AS_TAG_VERBS:
        return False  # "as he spoke, ...", "as they called it": no tag of a clause
    first, last = verb.left_edge, verb.right_edge
    if first.lower_ != "as" or first.dep_ != "mark" or last.i - first.i > _AS_TAG_MAX_TOKENS:
        return False
    if not any(c.dep_ in _SUBJECT_DEPS and c.i < verb.i for c in verb.children):
        return False  # "as expected", "as reported earlier": no one named
    if any(c.dep_ in _AS_TAG_OWN for c in verb.children):
        return False
    doc = verb.doc
    while last.i > verb.i and last.is_punct:
        last = doc[last.i - 1]
    before = doc[first.i - 1] if first.i > first.sent.start else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if before is None:  # "As X reported, CLAUSE"
        return after is not None and after.text == ","
    return before.text == ","  # "CLAUSE, as X noted", "given that, as X reported, ..."


#: Verbs of saying or reporting that tag a clause from an "as" clause (data).
_AS_TAG_VERBS = word_lists("quote_words")["as_tag_verbs"]
#: An "as" tag is the source, its verb and a time or place: "as The Times reported on
#: Saturday". Longer, it is a clause of its own ("as she told them in 2010 about ...").
_AS_TAG_MAX_TOKENS = 10


def _host_without_tag(verb: Token) -> tuple[int, int] | None:
    """The clause an "as" tag stands in, without the tag's own words."""
    head, doc = verb.head, verb.doc
    left, right = head.left_edge.i, head.right_edge.i
    if verb.i < head.i:
        left = verb.right_edge.i + 1
    else:
        right = verb.left_edge.i - 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > left and (doc[right].is_punct or doc[right].is_space or doc[right].dep_ == "cc"):
        right -= 1
    if right <= left:
        return None
    return doc[left].idx, doc[right].idx + len(doc[right])


def _tag_inside(verb: Token) -> bool:
    """Whether a parenthetical tag stands between its clause's subject and verb: "The
    Tories, he said, can cut crime" reports the whole clause, subject and all."""
    head = verb.head
    subject = _opening_subject(head)
    if _opener_before_tag(verb) is not None:
        return True
    return subject is not None and subject.i < verb.left_edge.i and verb.i < head.i


#: How a purpose or condition that opens the reported words hangs on a tag set inside
#: them ("[To understand the dispute], Roberts said, one should look at ..."), or on
#: the clause it opens, where the parser may read a purpose as a clausal subject.
_OPENER_DEPS = frozenset({"advcl", "csubj"})


def _opener_before_tag(verb: Token) -> Token | None:
    """The adverbial clause that opens the reported words when the parser hung it on a
    tag set inside them: "To understand the dispute, Roberts said, one should look at
    the fees" reports the whole sentence, purpose and all (a blind review saw the
    purpose cut off). Only an infinitive or a clause of condition ("If prices rise,
    he said, ...") that opens its sentence (after a connective at most: "But to
    prevent problems, he said, ..."), closed by a comma right before the tag's
    subject, the tag itself set off by commas before the clause it tags; a time or a
    place ("On Monday, he said, ...") may be when the words were said and is left."""
    if verb.dep_ != "parataxis" or verb.i > verb.head.i:
        return None
    doc = verb.doc
    openers = [
        c for c in [*verb.children, *verb.head.children] if c.dep_ in _OPENER_DEPS and c.i < verb.i
    ]
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i < verb.i]
    if len(openers) != 1 or len(subjects) != 1:
        return None
    opener, subject = openers[0], subjects[0]
    if opener.dep_ == "csubj" and not any(
        c.dep_ in _NOMINAL_SUBJECT_DEPS and c.i > verb.i for c in verb.head.children
    ):
        return None  # a true clausal subject: "To leave now, he said, would be a mistake"
    first = opener.left_edge
    before = doc[first.sent.start : first.i]
    if any(not (t.is_punct or t.is_space or t.lower_ in _LEADING_CONNECTIVES) for t in before):
        return None  # not the opening of its sentence ("But to prevent problems, he said")
    if doc[subject.left_edge.i - 1].text != "," or opener.right_edge.i != subject.left_edge.i - 2:
        return None
    if verb.right_edge.i + 1 >= len(doc) or doc[verb.right_edge.i].text != ",":
        return None
    marks = [c.lower_ for c in opener.children if c.dep_ in {"aux", "mark"}]
    return opener if ("to" in marks or any(m in _CONDITION_WORDS for m in marks)) else None


def _opening_subject(head: Token) -> Token | None:
    """The noun subject that opens a clause (only punctuation before it): "The museum,
    Mr. Bush said, celebrated ...", not "which, Tompkins said, is ..." (a relative
    pronoun) nor "But to prevent problems, he said, officials ..." (no noun first)."""
    doc = head.doc
    subjects = [c for c in head.children if c.dep_ in _NOMINAL_SUBJECT_DEPS]
    if not subjects or subjects[0].tag_ in _WH_TAGS or subjects[0].i > head.i:
        return None
    first = head.left_edge
    while first.i < subjects[0].left_edge.i and (first.is_punct or first.is_space):
        first = doc[first.i + 1]
    return subjects[0] if first.i == subjects[0].left_edge.i else None


#: Words opening a condition on a claim ("could last five years, provided the economy
#: grows"): the parser hangs it on the cue, but it belongs to what was said.
_CONDITION_WORDS = word_set("if unless provided providing")


def _with_condition(verb: Token, clause: Token, end: int) -> int:
    """Where content ends once a condition after it, hung on the cue, is taken in:
    "Armen estimated the upturn could last five years, provided the economy grows"."""
    if clause.i < verb.i:
        return _with_fronted_condition(verb, clause, end)
    doc = verb.doc
    for child in verb.children:
        if child.dep_ not in {"advcl", "prep"} or child.i < clause.right_edge.i:
            continue
        first = child.left_edge
        if first.lower_ not in _CONDITION_WORDS or first.idx < end:
            continue
        if any(t.is_sent_start for t in doc[clause.right_edge.i + 1 : first.i + 1]):
            continue
        last = child.right_edge
        while last.i > child.i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        return max(end, last.idx + len(last))
    return end


def _opens_condition(first: Token) -> bool:
    """Whether a clause opening on `first` states a condition: "if", "unless",
    "provided", or "as long as" / "so long as"."""
    if first.lower_ in _CONDITION_WORDS:
        return True
    words = [t.lower_ for t in first.doc[first.i : first.i + 3]]
    return words in (["as", "long", "as"], ["so", "long", "as"])


def _with_fronted_condition(verb: Token, clause: Token, end: int) -> int:
    """Where content before its tag ends once a condition set off after it, hung on the
    cue, is taken in: "the administration plans to let parents enter as well — as long
    as they come with children already approved, officials announced". The parser
    hangs the condition on "announced"; it is the officials' words all the same. Only a
    condition right after the content, after a comma or a dash, and before the tag."""
    doc = verb.doc
    for child in verb.children:
        first = child.left_edge
        if child.dep_ not in {"advcl", "advmod", "prep"} or first.i - 1 < clause.i:
            continue
        if not clause.right_edge.i <= first.i - 1 <= clause.right_edge.i + 1:
            continue  # not right after the content
        if doc[first.i - 1].text not in DASHES_OR_HYPHEN | {","} or not _opens_condition(first):
            continue
        last = child.right_edge
        while last.i > child.i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        if last.i < verb.i and not any(t.is_sent_start for t in doc[first.i : last.i + 1]):
            return max(end, last.idx + len(last))
    return end


def _conjoined_report(head: Token, before_cue: bool = False) -> int | None:
    """Character offset where a conjoined reporting verb (with its "but", comma) begins.

    Deeper in the clause only one with a subject of its own counts ("they were not
    consulted about plans ... and some charged ...": the parser hung "charged" on
    "plans"), and not a second "that" clause of the same content ("clauses requiring
    that the statements were accurate and that he maintain ..."). In content that comes
    before its tag (`before_cue`), a conjoined verb without a subject of its own shares
    the content's subject and is part of the report: "[Local authorities were treating
    the incident as a terrorist attack and urging people to stay home], BFM TV
    reported" is what BFM TV reported, not the authorities' "urging" left out. There a
    conjoined verb of speech that governs nothing is no report of its own either: "[Pay
    talks ... collapsed today and the strike will continue], a union official said".
    """
    for child in head.subtree:
        if child.i <= head.i or child.dep_ != "conj" or not _is_reporting(child, direct=True):
            continue
        if _sum_verb(child):
            continue  # "would depress revenue at first but would eventually add $84bn"
        if _not_only_pair(child):
            continue  # "the EC not only ignored Manila's request but proposed a levy"
        own_subject = any(c.dep_ in _SUBJECT_DEPS for c in child.children)
        if before_cue and not own_subject:
            continue
        if not own_subject and (_backshifted(child) or _agrees_with_content(child, head)):
            continue  # "[his firm would do just that and could announce its plans]"
        if before_cue and not any(c.dep_ in _REPORTED_DEPS for c in child.children):
            continue  # "[talks collapsed today and the strike will continue], X said"
        second_clause = any(c.dep_ == "mark" for c in child.children)  # "and that he ..."
        if child.head.i == head.i or (own_subject and not second_clause):
            i = child.left_edge.i
            doc = head.doc
            while i > head.i and (doc[i - 1].is_punct or doc[i - 1].dep_ == "cc"):
                i -= 1
            j = i - 1
            return doc[j].idx + len(doc[j])
    return None


def _not_only_pair(conjunct: Token) -> bool:
    """Whether a conjunct after "but" is the second half of "not only ... but": its
    first conjunct holds "not only", so both halves are one clause's predicate, never
    a second report."""
    first = conjunct.head
    return any(c.lower_ == "but" and c.dep_ == "cc" for c in first.children) and any(
        t.lower_ == "only" and t.i > 0 and t.doc[t.i - 1].lower_ == "not"
        for t in first.subtree
        if t.i < conjunct.i
    )


#: Modals in the past that a reported clause takes after a cue in the past (data:
#: quote_words).
_BACKSHIFTED_MODALS = word_lists("quote_words")["backshifted_modals"]


def _backshifted(verb: Token) -> bool:
    """Whether a verb joined to the content opens on a modal of the past: "said [his firm
    would do just that and could announce its plans]". The speaker's own next act is
    told in the past ("and warned ..."); "could announce" is what the firm might do, so
    it is part of the report, speech verb or not."""
    first = verb.left_edge
    return first.dep_ == "aux" and first.head == verb and first.lower_ in _BACKSHIFTED_MODALS


def _agrees_with_content(verb: Token, clause: Token) -> bool:
    """Whether a verb joined to the content without a subject agrees in number with the
    content's subject and not with the speaker: "A communique said [Iraqi troops had won
    a victory and were continuing to advance]" -- "were" is the troops', not the
    communique's (the mirror of `_matrix_conjunct`)."""
    if clause.dep_ != "ccomp":
        return False
    own = [c for c in clause.children if c.dep_ in _NOMINAL_SUBJECT_DEPS]
    matrix = [c for c in clause.head.children if c.dep_ in _NOMINAL_SUBJECT_DEPS]
    if not own or not matrix:
        return False
    first = verb.left_edge
    finite = first if first.head == verb and first.dep_ in {"aux", "auxpass"} else verb
    number = _verb_number(finite)
    return number is not None and number == _noun_number(own[0]) != _noun_number(matrix[0])


#: Marks of a clause set against a report: a report in it is another source's view
#: ("although some analysts speculate that ..."; data: quote_words).
_CONTRAST_MARKS = word_lists("quote_words")["contrast_marks"]
#: Verbs of giving out details: "without giving details", "but did not elaborate"
#: (data: quote_words).
_DISCLOSURE_VERBS = word_lists("quote_words")["disclosure_verbs"]


def _report_tail(head: Token, verb: Token) -> int | None:
    """Character offset where content after its cue stops before a tail that is not what
    the source said, though the parser hung it on the content's own verb (issue 11):

    - the speaker's second report, a participle or a verb joined without a subject of
      its own: "warned [the incident could foreshadow the future with Iran], remarking
      that ...", "told a news conference [the company was profitable], adding ...",
      "said [the prime minister should sack Mr Brown], but did not believe ...", "said
      [the panel's forecast was too optimistic] and warned growth would be ...";
    - the writer's account of how the source answered: "says [sales have exceeded
      expectations], without giving detailed figures", "said [Bond Corp was
      considering investments] but did not give details", "... but would not be more
      specific";
    - another source's view set against it: "said [subscribers passed 4.8 million],
      although some analysts speculate that ...", "74 percent said [they are set on
      voting for him], while 22 percent said they might change their mind".

    Only content after its cue: before it ("[authorities were treating it as an attack
    and urging people to stay home], BFM TV reported") a joined verb is reported too."""
    if head.i < verb.i:
        return None
    if not _finite(head):
        return None  # "remember [Carter going on TV ..., declaring ...]": no clause said
    for child in head.children:
        if child.i > head.i and _tail_of_the_report(child):
            return _end_before(child)
    return None


def _tail_of_the_report(child: Token) -> bool:
    """Whether a dependent after the content's verb starts a tail that is no part of it
    (see _report_tail)."""
    subjects = [c for c in child.children if c.dep_ in _NOMINAL_SUBJECT_DEPS]
    own_subject = bool(subjects)
    set_off = child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == ","
    if child.dep_ == "advcl":
        marks = [c.lower_ for c in child.children if c.dep_ == "mark"]
        if not marks and not own_subject and child.tag_ == "VBG" and set_off:
            # ", remarking that ...", ", adding ...": the speaker's, when the clause's
            # own subject names no one (else it may be that person's doing)
            return _is_reporting(child, direct=True) and mute_subject(child.head)
        return bool(marks) and marks[0] in _CONTRAST_MARKS and _others_view(child, subjects)
    if child.dep_ == "prep" and child.lower_ == "without" and set_off:
        return any(
            c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lemma_.lower() in _DISCLOSURE_VERBS
            for c in child.children
        )
    if child.dep_ != "conj":
        return False
    first = child.left_edge  # "and warned growth would be ...": the verb read as "warned growth"
    if first.i < child.i and first.dep_ in {"amod", "compound", "csubj"}:
        return first.tag_ in _PAST_TAGS and _is_reporting(first, direct=True)
    if own_subject:
        return False
    if any(c.dep_ == "auxpass" for c in child.children):
        return False  # "and was not expected to be followed by ...": said of the subject
    negated = any(c.dep_ == "neg" for c in child.children)
    if negated and (child.lemma_.lower() in _DISCLOSURE_VERBS or _more_specific(child)):
        return True  # "but did not give details", "but would not be more specific"
    if negated and child.lemma_.lower() in REPORTING_VERBS:
        return True  # "but did not believe Mr Blair was strong enough"
    if _backshifted(child) or _agrees_with_content(child, child.head):
        return False  # "and could announce its plans": the subject's, in the report
    return _is_reporting(child, direct=True) and not _sum_verb(child) and not _not_only_pair(child)


def _more_specific(verb: Token) -> bool:
    """ "(would not) be more specific": the writer's account of a source's answer, as
    "(did not) elaborate" is."""
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ == "specific" for c in verb.children
    )


#: Verbs of what a record shows or someone found: "though public records indicate he did
#: not own a home" is evidence, not a view set against the report.
_FOUND_VERBS = _EVIDENCE_CUES | _SHOWING_VERBS | word_set("find hear read")


def _others_view(verb: Token, subjects: list[Token]) -> bool:
    """Whether a clause set against a report ("while 22 percent said ...", "although
    some analysts speculate that ...") is another source's view: a verb of saying or
    stance, active ("even though he was warned against it" is what the report says),
    under a subject that is no person's name. A named person's report ("whereas
    Petraeus acknowledged that ...") is left inside: shown apart, it would stand as the
    last speaker before a "He also said" that is the first speaker's."""
    if len(subjects) != 1 or subjects[0].dep_ != "nsubj":
        return False
    lemma = verb.lemma_.lower()
    if lemma not in REPORTING_VERBS or lemma in _FOUND_VERBS:
        return False
    subject = subjects[0]
    return subject.pos_ != "PROPN" and subject.ent_type_ != "PERSON"


def _end_before(child: Token) -> int:
    """Character offset of the end of the word before a dependent's phrase and the
    commas and coordinators that open it."""
    doc = child.doc
    i = child.left_edge.i
    while i > 0 and (doc[i - 1].is_punct or doc[i - 1].dep_ in {"cc", "mark"}):
        i -= 1
    return doc[i - 1].idx + len(doc[i - 1])


def _sum_verb(verb: Token) -> bool:
    """Whether a conjoined verb of speech is used of a sum, not of words: "the plan would
    depress revenue in the early years but would eventually add $84 billion to the
    deficit". With no subject of its own and only an amount as its object, it says
    what the clause's subject does, and the report runs on over it."""
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ in _CLAUSE_COMPS for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(_amount(o) for o in objects)


#: What a verb of speech governs when it reports something: a clause, an object, a
#: topic ("added that ...", "warned of strikes", "urged calm").
_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "dobj", "dative", "prep", "attr", "oprd"})


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
            and f"{lemma} {child.lower_}" not in OCCASION_PREPOSITIONS
        )
    ]
    if lemma in _SOURCELESS:
        return None  # "appeared on a reality show": an appearance, no stance
    parts = [part for part in parts if not _amount(part) and not _nothing(part)]
    if not parts or (lemma == "call" and any(c.dep_ == "prt" for c in verb.children)):
        return None  # "called in the police", "called off the talks": no stance
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


#: Entities that are an amount or a time, never what someone said or took a stance on.
_AMOUNT_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY"})


def _amount(part: Token) -> bool:
    """Whether an object (or a preposition's object) is only an amount or a time:
    "spoke for about five minutes", "declined 55 percent", "spoke out Monday"."""
    head = part if part.dep_ != "prep" else next(iter(part.children), part)
    words = [t for t in head.subtree if t.is_alpha or t.like_num]
    return bool(words) and all(t.ent_type_ in _AMOUNT_ENTITIES for t in words)


def _nothing(part: Token) -> bool:
    """Whether an object is "no X": "offered no proof", "gave no details" reports that
    nothing was said (issue 11: no negated reports)."""
    return part.dep_ == "dobj" and any(c.dep_ == "det" and c.lower_ == "no" for c in part.children)


#: Nouns after "according to" that name a measure or a rule things go by, not a source:
#: "according to their voting intention", "ranked according to size" (data: quote_words);
#: a name is a source all the same ("according to Advertising Age").
_ACCORDANCE_NOUNS = word_lists("quote_words")["accordance_nouns"]


def _according_quote(according: Token, ctx: _Ctx) -> Quote | None:
    """ "According to X, CLAUSE" / "CLAUSE, according to X": the clause, X the source."""
    doc = according.doc
    source = _frame_sources(ctx, "according_to").get(according.i)
    if source is None:
        return None
    to = doc[according.i + 1]
    objects = [doc[source]]
    if objects[0].pos_ == "NOUN" and objects[0].lemma_.lower() in _ACCORDANCE_NOUNS:
        return None  # "put in 24 categories according to their voting intention": a measure
    phrase_start = according.i
    phrase_end = max(to.right_edge.i, objects[0].right_edge.i) + 1
    sent = according.sent
    left = (sent.start, phrase_start)
    right = (phrase_end, sent.end)
    attribution = _Attribution(
        "according to", _mention(objects[0], ctx), rule="indirect.according_to"
    )
    return _content_beside(doc, ctx, left, right, attribution, _host_side(according))


def _host_side(phrase: Token) -> str | None:
    """Which side of a source phrase holds the clause it attributes: the side of the
    verb it hangs from. "Verizon has struck a deal, according to the Labor Department,
    taking a step toward ending the strike" attributes the clause before it, however
    long the words after it; "According to X, CLAUSE" the clause after it. None when
    the phrase hangs from no verb of its sentence (the longer side is taken then)."""
    host = phrase.head
    while host.pos_ not in {"VERB", "AUX"} and host.head.i != host.i:
        host = host.head
    if host.pos_ not in {"VERB", "AUX"} or host.i == phrase.i or host.sent != phrase.sent:
        return None
    if host.dep_ in _NOUN_CLAUSE_DEPS:
        return None  # "the poll of voters who favor X according to Y": a noun's clause
    subjects = [c for c in host.children if c.dep_ in _SUBJECT_DEPS]
    if host.i < phrase.i and subjects and subjects[0].i < phrase.i:
        return "left"
    if host.i > phrase.right_edge.i and subjects and subjects[0].i > phrase.right_edge.i:
        return "right"
    return None  # a clause without its subject there is a misparse: the longer side


#: Clauses that belong to a noun (a relative clause, a participle): a source phrase hung
#: from one says nothing about which side of the sentence it attributes.
_NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl", "amod"})


def _prep_object_chars(prep: Token) -> tuple[int, int] | None:
    """Character span of a preposition's first object with all its words ("skeptical of
    the plan", "criticism of the new law"), or None when it has no object: what an
    adjective or a noun of a stance holds (`_adjective_content`, `_noun_content`)."""
    objects = [c for c in prep.children if c.dep_ in _PREP_OBJECT_DEPS]
    if not objects:
        return None
    doc = prep.doc
    left, right = objects[0].left_edge.i, objects[0].right_edge.i
    return doc[left].idx, doc[right].idx + len(doc[right])


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


def _content_beside(
    doc: Doc,
    ctx: _Ctx,
    left: tuple[int, int],
    right: tuple[int, int],
    attribution: _Attribution,
    side: str | None = None,
) -> Quote | None:
    """The reported content on one side of a source phrase ("according to X").

    Token ranges `left` and `right` flank the phrase; the `side` given (that of the
    clause the phrase belongs to), else the longer one, trimmed of punctuation, is the
    content, unless it is under three tokens or mostly a quotation already extracted as
    such.
    """
    if side is None:
        side = "right" if (right[1] - right[0]) >= (left[1] - left[0]) else "left"
    lo, hi = right if side == "right" else left
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
