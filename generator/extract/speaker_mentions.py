# ruff: noqa: RUF002, RUF003 - quotation marks and dashes and apostrophes are the subject here
"""Who speaks: the noun phrase that is the source of a reporting verb.

From a cue verb to the mention of its speaker as written: its subject, the agent of a
passive, an inverted tag ("said Skelly"), the person quoted in a relay ("X quoted Y as
saying"), the subject a conjoined or adverbial clause shares. Mentions that cannot
speak (datelines, demonstratives, clauses) are passed over here, so no rule has to
check again. Resolving a mention to a canonical name is generator.extract.speakers' job.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actors import HONORIFICS, TITLE_WORDS
from generator.extract.closing_conjuncts import closing_conjunct_speaker
from generator.extract.closing_names import closing_name
from generator.extract.participle_speakers import two_people_may_speak
from generator.extract.pronouns import PERSONAL_SUBJECT_PRONOUNS
from generator.extract.punctuation import DASHES, DASHES_OR_HYPHEN
from generator.extract.quote_context import _Ctx, _line_break_between
from generator.extract.quote_frames import _frame_matches
from generator.extract.speech_cues import _STANCE_ONLY, REPORTING_VERBS, _is_reporting
from generator.extract.words import word_lists, word_set

#: Dependency labels of a noun-phrase subject, active or passive ("the minister said",
#: "he was quoted"), and of any subject, a clause included ("what he said was ...").
_NOMINAL_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_SUBJECT_DEPS = _NOMINAL_SUBJECT_DEPS | {"csubj"}
_CAUSATIVE_VERBS = word_lists("speaker_words")["causative_verbs"]
_ADDRESSED_VERBS = word_lists("speaker_words")["addressed_verbs"]


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
    caused = _caused_speaker(verb, ctx)
    if caused is not None:
        return caused
    found = (
        _dash_aside_subject(verb, ctx)
        or _subject_mention(verb, ctx)
        or _inverted_subject(verb, ctx)
        or _subject_taken_by_name(verb, ctx)
        or _name_glued_to_phrase(verb, ctx)
        or _name_taken_as_conjunct(verb, ctx)
        or _name_apposed_to_opening(verb, ctx)
        or _name_apposed_to_content(verb, ctx)
        or _name_closing_lead(verb, ctx)
    )
    if found is not None:
        return found
    found = _shared_subject(verb, ctx) or _modal_name(verb)
    if found is not None:
        return found
    if verb.dep_ == "relcl" and not ctx.inside[verb.head.i]:
        mention = _mention(verb.head, ctx)
        return mention if _can_speak(mention, ctx) else None
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in {"NOUN", "PROPN"}:
        # "a group backing Huckabee", "an email stressing the impact"
        issuer = _issuer(verb, ctx)
        if issuer is not None:
            return issuer
        mention = None if ctx.inside[head.i] else _mention(head, ctx)
        return mention if mention is not None and _can_speak(mention, ctx) else None
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep":
        # "tripped up Rubio by calling him out": the subject of the verb the phrase modifies
        host = verb.head.head
        if host.pos_ in {"VERB", "AUX"} and host.i != verb.i:
            # "the government was criticised for insisting ...": the government insisted
            return _subject_mention(host, ctx, addressed=True)
    return None


_SUBJECT_HOPS = 3


_DANGLING = word_lists("function_words")["dangling_words"]


def _names_someone(mention: Span) -> bool:
    """Whether a mention is a name or a personal pronoun ("Ms Lopez", "she")."""
    head = mention.root
    return head.pos_ == "PROPN" or head.lower_ in PERSONAL_SUBJECT_PRONOUNS


def _is_person(mention: Span) -> bool:
    """Whether a mention names a person: "Clinton seemed to ..." is her stance."""
    root = mention.root
    return root.lower_ in PERSONAL_SUBJECT_PRONOUNS or root.ent_type_ == "PERSON"


def _issuer(verb: Token, ctx: _Ctx) -> Span | None:
    """The subject of "issued a statement saying" / "sent a letter urging": the document
    speaks for who issued it (the frame is data: quote_frames "document_issued")."""
    found = _frame_matches(ctx, "document_issued").get(verb.i)
    return _subject_mention(verb.doc[found[0]["host"]], ctx) if found else None


def _modal_name(verb: Token) -> Span | None:
    """A surname the parser took for a modal verb: "May said:", "“...,” May wrote".

    A modal is followed by a bare infinitive, never by a past or present tense ("may
    said" is no English), so a capitalised "modal" right before such a verb, with the
    verb left without a subject, is the verb's subject.
    """
    if verb.i == 0 or verb.tag_ not in {"VBD", "VBZ"}:
        return None
    before = verb.doc[verb.i - 1]
    if before.tag_ != "MD" or not before.is_title or before.head.i != verb.i:
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    return verb.doc[before.i : verb.i]


def _caused_speaker(verb: Token, ctx: _Ctx) -> Span | None:
    """The one a causative verb makes speak: "Wallace had Trump confirm that ...", "an
    attack that prompted Engoron to quip ...". Without this, the speech verb (no subject
    of its own) shares the subject of the causative one, and the questioner is given
    the witness's words.

    The speaker is the speech verb's own subject, else the causative verb's object
    before it, else a name the parser hung on the speech verb as a compound ("had
    Trump confirm" parsed as one noun phrase). With no such object ("he had to admit")
    the subject's own speech is left to the other rules.
    """
    host = verb.head
    if host.i == verb.i or verb.dep_ not in {"dobj", "xcomp", "ccomp"}:
        return None
    if host.lemma_.lower() not in _CAUSATIVE_VERBS or host.pos_ not in {"VERB", "AUX"}:
        return None
    candidates = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i < verb.i]
    candidates += [c for c in host.children if c.dep_ == "dobj" and c.i < verb.i]
    candidates += [
        c for c in verb.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < verb.i
    ]
    for candidate in candidates:
        if ctx.inside[candidate.i]:
            continue
        mention = _mention(candidate, ctx)
        if candidate.dep_ == "compound":
            mention = verb.doc[candidate.left_edge.i : candidate.i + 1]
        if _can_speak(mention, ctx):
            return mention
    return None


def _shared_subject(verb: Token, ctx: _Ctx) -> Span | None:
    """The subject a verb shares with the clause it hangs from.

    "..., the minister said, adding ...", "X told reporters, saying ...", "they reversed
    themselves, rushed inside and said ..." (a chain of conjuncts), and "voters were
    more likely to say ..." (the subject of the copula the adjective belongs to).
    """
    start = verb
    if two_people_may_speak(verb):
        return None  # "X told ... that Y “...,” adding, “...”": X's or Y's, unsaid
    for _ in range(_SUBJECT_HOPS):
        if verb.dep_ not in {"advcl", "xcomp", "conj"} or verb.head.i == verb.i:
            return None
        conjoined = verb.dep_ == "conj" or _speech_participle(verb)
        verb = verb.head
        if _line_break_between(ctx, verb.idx, start.idx):
            return None  # the parser hung the clause on another paragraph
        if start.i < verb.i and _lone_dash_between(verb.doc, start.i, verb.i):
            return None  # "So highlighting X isn't just ... — it also draws": a new clause
        if verb.dep_ == "acomp" and verb.pos_ == "ADJ" and verb.head.i != verb.i:
            verb = verb.head  # "likely" -> "were"
        reporter = verb.head
        if conjoined and verb.dep_ == "ccomp" and _is_reporting(reporter, direct=False):
            # "Ginsburg said she would leave and predicted ...": still Ginsburg's report;
            # "Cruz warned the incident could ..., remarking that ...": Cruz remarked
            found = _caused_speaker(reporter, ctx) or _subject_mention(reporter, ctx)
            if found is not None:
                return found
        found = _subject_mention(verb, ctx) or _inverted_subject(verb, ctx)
        if found is not None:
            return found
    return None


def _lone_dash_between(doc: Doc, begin: int, end: int) -> bool:
    """Whether one dash (not a pair round an aside) stands between tokens `begin` and
    `end`: the dash ends the clause before it, and the clause after it is a sentence of
    its own. "So highlighting Singer isn't just an attempt to dismiss Faso ... — it also
    draws attention to ...": the parser hangs "highlighting" on "draws", but "it" says
    nothing of Singer; "Speaking on Tuesday — the day of the vote — Trump said" keeps
    its speaker."""
    dashes = [t for t in doc[begin:end] if t.text in DASHES or _spaced_hyphen(t)]
    return len(dashes) % 2 == 1


def _spaced_hyphen(token: Token) -> bool:
    """A hyphen with a space on either side: a dash where the text has none ("Mr Herron
    - who is running his own campaign - said")."""
    return (
        token.text == "-"
        and token.i > 0
        and bool(token.doc[token.i - 1].whitespace_)
        and bool(token.whitespace_)
    )


def _speech_participle(verb: Token) -> bool:
    """Whether a verb is a participle of speech hung on a clause as its adjunct, with no
    subject or mark of its own, where that clause's subject cannot be the one speaking:
    "warned that the incident could foreshadow ..., remarking that ...", "told reporters
    the company was profitable, adding ...". Under a named or pronoun subject the
    participle may be that person's ("filings revealed that he sought $10m, alleging
    that ..."), and is left alone."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or not _is_reporting(verb, direct=True):
        return False
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children):
        return False
    return mute_subject(verb.head)


def mute_subject(head: Token) -> bool:
    """Whether a clause's subject is a common noun phrase that names no one: no pronoun,
    no name or named entity in it, no title ("the incident", "the company", "the
    agents"), so that a participle of speech hung on its clause is not its own."""
    subjects = [c for c in head.children if c.dep_ in _NOMINAL_SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].tag_ not in {"NN", "NNS"}:
        return False
    if subjects[0].lower_ in TITLE_WORDS:
        return False
    return not any(
        t.pos_ in {"PROPN", "PRON"} or t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        for t in subjects[0].subtree
    )


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


def _dash_aside_subject(verb: Token, ctx: _Ctx) -> Span | None:
    """The name before an aside set off by dashes: "But Mr Herron - who is running his
    own No campaign alongside the official one - said he was not convinced".

    The parser takes the last noun of the aside for the verb's subject ("No campaign").
    A verb right after a closing dash whose opening dash, in the same sentence, follows
    a name the parser made a subject has that name for its subject.
    """
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text not in DASHES_OR_HYPHEN:
        return None
    sent_start = verb.sent.start
    opening = next(
        (i for i in range(verb.i - 2, sent_start, -1) if doc[i].text in DASHES_OR_HYPHEN), None
    )
    if opening is None or opening - 1 < sent_start:
        return None
    name = doc[opening - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in {"", "PERSON", "ORG"} or ctx.inside[name.i]:
        return None
    if any(doc[i].is_sent_start or "\n" in doc[i].text for i in range(opening, verb.i)):
        return None
    if name.dep_ not in _NOMINAL_SUBJECT_DEPS:
        return None  # "John Dickey, chief executive of Ora Media -- the company ... --"
    mention = _mention(name, ctx)
    if mention.end != opening:
        mention = doc[mention.start : opening]
    return mention if _can_speak(mention, ctx) else None


def _subject_taken_by_name(verb: Token, ctx: _Ctx) -> Span | None:
    """The subject the parser gave to a word of a name: "Graham Robb, spokesman for
    North East Says No, said ...": "Says" is read as a verb and takes "Graham Robb",
    leaving "said" without a subject. A capitalised "verb" inside a name (after another
    capitalised word, mid-sentence) that has a name for its subject, before a reporting
    verb of its own sentence that has none, lends that subject back."""
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    for i in range(verb.i - 1, verb.sent.start, -1):
        token = doc[i]
        before = doc[i - 1]
        if token.pos_ != "VERB" or not token.is_title or i - 1 <= verb.sent.start:
            continue
        if not before.is_title or before.is_punct:
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < before.i]
        if len(subjects) == 1 and subjects[0].pos_ == "PROPN" and not ctx.inside[subjects[0].i]:
            mention = _mention(subjects[0], ctx)
            return mention if _can_speak(mention, ctx) else None
    return None


def _name_glued_to_phrase(verb: Token, ctx: _Ctx) -> Span | None:
    """The subject the parser glued to an opening phrase written without its comma:
    "Speaking in Harrogate Mr Kennedy said:", "In a speech in London Mr Straw said of
    the Tory leader:" read "Harrogate Mr Kennedy" as one place, leaving the verb with no
    subject. Only a name opening with an honorific ("Mr", "Ms", "Dr"), a word no place
    name holds, right before a speech verb that has no subject, inside a phrase that
    opens the sentence."""
    if verb.i < 3 or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    if not _is_reporting(verb, direct=True):
        return None
    doc = verb.doc
    last = doc[verb.i - 1]
    if last.pos_ != "PROPN" or ctx.inside[last.i] or not last.is_title:
        return None
    first = last.i
    while (
        first - 1 > verb.sent.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title
    ):
        first -= 1
        if doc[first].lower_.rstrip(".") in HONORIFICS:
            break
    if doc[first].lower_.rstrip(".") not in HONORIFICS or first == last.i:
        return None
    phrase = last
    while phrase.dep_ == "compound" and phrase.head.i > phrase.i:
        phrase = phrase.head
    if phrase.i != last.i or phrase.dep_ != "pobj":
        return None
    glued = doc[first - 1]
    if glued.is_punct or glued.pos_ not in {"PROPN", "NOUN"}:
        return None  # "In London, Mr Straw said" is parsed right; nothing glued
    opening = verb.sent[0]
    if opening.lower_ not in _OPENING_PREPOSITIONS and opening.tag_ != "VBG":
        return None
    if opening.i > last.i or not any(a.i == verb.i for a in opening.ancestors):
        return None
    return doc[first : last.i + 1]


_OPENING_PREPOSITIONS = word_set("in at on during after before speaking addressing")


def _name_taken_as_conjunct(verb: Token, ctx: _Ctx) -> Span | None:
    """The subject of a second clause the parser read into the first clause's object:
    "The two sides meet on 12 March at Twickenham and Kirwan says his side ..." is parsed
    with "Kirwan" a conjunct of "Twickenham" and "says" a conjunct of "meet", which
    would share "The two sides" as its subject. A name right before a finite speech
    verb that has no subject, joined by "and"/"but" to a noun before it, is that verb's
    subject."""
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ"} or verb.i < 3:
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    if not _is_reporting(verb, direct=False):
        return None
    doc = verb.doc
    name = doc[verb.i - 1]
    if name.pos_ != "PROPN" or not name.is_title or ctx.inside[name.i] or name.dep_ != "conj":
        return None
    if name.ent_type_ not in {"", "PERSON", "ORG"}:
        return None
    first = name.i
    while first - 1 > verb.sent.start and doc[first - 1].dep_ in {"compound", "flat"}:
        first -= 1
    if doc[first - 1].lower_ not in {"and", "but"}:
        return None
    mention = doc[first : name.i + 1]
    return mention if _can_speak(mention, ctx) else None


def _name_apposed_to_opening(verb: Token, ctx: _Ctx) -> Span | None:
    """The subject the parser hung on the opening phrase as an apposition: "In testimony
    prepared for a Senate hearing, Brent Beesley, president of the Farm Credit Corp,
    said "..."" is parsed with "Beesley" in apposition to "hearing", leaving "said"
    without a subject. A name set off by a comma, whose phrase (with its own apposition)
    ends right before a reporting verb that has no subject, inside a prepositional
    phrase that opens the sentence and hangs on that verb, is the verb's subject."""
    if not _reports_without_subject(verb):
        return None
    opening = verb.sent[0]
    if opening.dep_ != "prep" or opening.head.i != verb.i or opening.right_edge.i >= verb.i:
        return None
    for token in opening.subtree:
        if token.dep_ != "appos" or token.pos_ != "PROPN" or ctx.inside[token.i]:
            continue
        if token.ent_type_ not in {"PERSON", "ORG"} or token.head.i >= token.i:
            continue
        if _set_off_before(token, verb):
            mention = _mention(token, ctx)
            return mention if _can_speak(mention, ctx) else None
    return None


def _reports_without_subject(verb: Token) -> bool:
    """Whether a reporting verb (of indirect speech too) has no subject of its own, past
    the third word: the verbs whose subject the parser may have hung elsewhere as an
    apposition (`_name_apposed_to_opening`, `_name_apposed_to_content`)."""
    if verb.i < 3 or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    return _is_reporting(verb, direct=False)


def _set_off_before(token: Token, verb: Token) -> bool:
    """Whether a name's phrase (with its own apposition) is set off by a comma before it
    and ends right before the verb, with only punctuation between: ", Brent Beesley,
    president of the Farm Credit Corp, said"."""
    doc = verb.doc
    before = doc[token.left_edge.i - 1]
    between = doc[token.right_edge.i + 1 : verb.i]
    return before.text == "," and all(t.is_punct or t.is_space for t in between)


def _name_apposed_to_content(verb: Token, ctx: _Ctx) -> Span | None:
    """The subject the parser hung on the reported words as an apposition: in wire leads
    "European exchanges will see growth ..., Bernard Reed, manager of the London options
    exchange said." and "... could lead to a famine, the leader of the party, Khaleda
    Zia, told a press conference" the name is read in apposition to the last noun of
    the reported clause, leaving the reporting verb with no subject. A person's name set
    off by a comma, in apposition to a noun of the verb's clausal complement before the
    verb, whose phrase (with its own apposition) ends right before the verb, is the
    verb's subject. The name may also be read as a conjunct of the title before it
    ("..., the Conflicts Secretary of the Miners Federation, Cristobal Aranibar, told
    Reuters"), or as a conjunct of the last noun of the words ("... this weekend in
    Nicaragua, Jorge Cadenas, manager of the Federation, said"), never where an "and"
    joins them (two people, or a list). People only: a body there is as often one the
    words are about."""
    if not _reports_without_subject(verb):
        return None
    contents = [c for c in verb.lefts if c.dep_ == "ccomp"]
    if len(contents) != 1:
        return None
    for token in contents[0].subtree:
        if token.pos_ != "PROPN" or ctx.inside[token.i] or not _apposed(token):
            continue
        if token.ent_type_ != "PERSON" or token.head.i >= token.i:
            continue
        if _set_off_before(token, verb):
            mention = _mention(token, ctx)
            return mention if _can_speak(mention, ctx) else None
    return None


def _name_closing_lead(verb: Token, ctx: _Ctx) -> Span | None:
    """The speaker's title and name that close a lead, read by their shape when the
    parser hung them on the reported words in some other way than an apposition
    ("..., trade and industry secretary Jose Concepcion said": see
    `closing_names.closing_name`). Only for a reporting verb with no subject of its own
    and reported words before it."""
    if not _reports_without_subject(verb):
        return None
    if not any(c.dep_ == "ccomp" for c in verb.lefts):
        # "... and encourage a shift to Hong Kong, vice president X told a press
        # conference": the tag read as one more verb of the lead (`closing_conjuncts`)
        mention = closing_conjunct_speaker(verb, ctx.inside)
        return mention if mention is not None and _can_speak(mention, ctx) else None
    mention = closing_name(verb, ctx.inside)
    return mention if mention is not None and _can_speak(mention, ctx) else None


def _apposed(token: Token) -> bool:
    """Whether a word stands in apposition to the noun before it, or is a conjunct the
    parser made of it, with no "and" between them: a list of nouns always has one before
    its last member, so a conjunct without it, set off by commas, is an apposition."""
    if token.dep_ == "appos":
        return True
    head = token.head
    if token.dep_ != "conj" or head.i >= token.i:
        return False
    if head.dep_ != "appos" and head.pos_ not in {"NOUN", "PROPN"}:
        return False
    return not any(t.dep_ == "cc" for t in token.doc[head.i + 1 : token.i])


def _agent(verb: Token, ctx: _Ctx) -> Span | None:
    """Who speaks in the passive: "was criticized by economists", "reported by the Herald"."""
    for child in verb.rights:
        if child.dep_ == "agent" and not ctx.inside[child.i]:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                mention = _mention(objects[0], ctx)
                return mention if _can_speak(mention, ctx) else None
    return None


def _subject_mention(verb: Token, ctx: _Ctx, *, addressed: bool = False) -> Span | None:
    """The verb's subject that can speak, the one nearest before the verb first.

    The passive subject of a verb of addressing is kept only when `addressed` says the
    caller wants the one addressed ("was criticised for insisting ...": who insisted).
    """
    subjects = [
        c
        for c in verb.children
        if c.dep_ in _SUBJECT_DEPS and not ctx.inside[c.i] and c.text not in _WIRE_BRACKETS
    ]
    if verb.lemma_.lower() in _ADDRESSED_VERBS and not addressed:
        # "Reyes was also accused of ...": the one accused, not the one who spoke
        subjects = [c for c in subjects if c.dep_ != "nsubjpass"]
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


#: The brackets a wire puts round an unlisted company's name: the parser sometimes
#: makes the closing one a subject of its own ("<Laurentian Group Corp> said": subjects
#: "Corp" and ">"), and the speaker came out as ">".
_WIRE_BRACKETS = frozenset({"<", ">"})


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
        if any(doc[i].text in DASHES for i in range(subject.i + 1, child.left_edge.i)):
            found = _mention(child, ctx)
            return found if _can_speak(found, ctx) else None
    return None


def _relayed_speaker(verb: Token, ctx: _Ctx) -> Span | None:
    """Y in "X quoted Y as saying", "X quotes Y", "X cited Y as saying".

    The frames are data (quote_frames "relayed_as", "quotes_source"); here the first
    object outside quotations that can speak is taken.
    """
    relayed = _frame_matches(ctx, "relayed_as")
    found = relayed.get(verb.i) or _frame_matches(ctx, "quotes_source").get(verb.i, [])
    for match in found:
        source = verb.doc[match["source"]]
        if not ctx.inside[source.i]:
            mention = _mention(source, ctx)
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
    return text[i : i + 1] in {",", "("} or text[i : i + 1] in DASHES_OR_HYPHEN


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
    titled = _titled_conjunct(token, ctx)
    if titled is not None:
        return titled
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
        if doc[i].text in DASHES:  # "MACAU (Reuters) – Top donor Sheldon Adelson said"
            left = i + 1
            break
    while left < token.i and (ctx.inside[left] or doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > token.i and (
        ctx.inside[right]
        or doc[right].is_punct
        or doc[right].is_space
        or doc[right].lower_ in _DANGLING  # "Frank Korth of" when the parse lost the firm
    ):
        right -= 1
    return doc[left : right + 1]


def _titled_conjunct(token: Token, ctx: _Ctx) -> Span | None:
    """ "said Nortel president and chief executive Bill Owens": two titles of one person,
    the name after the second; the parser makes the first title the head and the name
    its conjunct. The mention is the second title and the name, which stands for the
    whole. Only where the conjunct opens with a lower-case title word ("the president and
    Mr Smith" are two people)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in TITLE_WORDS:
        return None
    conjuncts = [c for c in token.rights if c.dep_ == "conj"]
    if len(conjuncts) != 1 or conjuncts[0].pos_ != "PROPN" or conjuncts[0].ent_type_ != "PERSON":
        return None
    conj = conjuncts[0]
    opening = conj.left_edge
    if opening.i <= token.i:
        return None
    if not opening.is_lower and not _body_title(opening, token):
        return None
    titled = opening.lemma_.lower() in TITLE_WORDS or opening.head.lemma_.lower() in TITLE_WORDS
    if not titled and not _modified_title(token.doc[opening.i : conj.i]):
        return None
    if any(ctx.inside[t.i] or _punct(t) for t in token.doc[token.i : conj.i + 1]):
        return None
    return token.doc[opening.i : conj.i + 1]


def _punct(token: Token) -> bool:
    """A mark between words, not the hyphen inside one ("vice-president")."""
    inner = token.text == "-" and not token.whitespace_
    inner = inner and token.i > 0 and not token.doc[token.i - 1].whitespace_
    return token.is_punct and not inner


def _modified_title(words: Span) -> bool:
    """Whether the words before a conjoined name are a title behind its modifiers, all
    in lower case: "Exxon Corp director and senior vice-president Donald McIvor" (one
    man; "senior" opens the second title, "president" is its head)."""
    names = [t.i for t in words if t.pos_ == "PROPN"]
    title = words[: names[0] - words.start] if names else words
    return (
        len(title) > 1
        and all(t.is_lower or not t.is_alpha for t in title)
        and any(t.lemma_.lower() in TITLE_WORDS for t in title[1:])
    )


def _body_title(opening: Token, first: Token) -> bool:
    """Whether a second title opens with the body it is held in, after a bare first
    title: "Nigerian oil minister and OPEC president Rilwanu Lukman" (one man, two
    offices). Not after "the" ("the prime minister and Labour leader Ed Miliband" may
    be two people) nor with an honorific ("the president and Mr Smith")."""
    title = opening.head
    if opening.ent_type_ not in {"ORG", "GPE", "NORP"} or opening.dep_ != "compound":
        return False
    if not title.is_lower or title.lemma_.lower() not in TITLE_WORDS:
        return False
    return not any(t.dep_ == "det" or t.dep_ == "poss" for t in first.lefts)


def _without_case(mention: Span) -> Span:
    """A possessor without its "'s": "The senator's" -> "The senator"."""
    return mention[:-1] if len(mention) > 1 and mention[-1].dep_ == "case" else mention
