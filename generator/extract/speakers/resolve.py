"""The entry point: `resolve_speakers` visits the quotes in text order, shares one
reporting clause between the quotations it introduces, resolves each speaker mention
(`_resolve`) and then checks the actor it gets (a place speaks only by name, the fullest
name of a body, not the speaker by `not_the_speaker`); afterwards answers and tags are
settled and what each quote taught (role, gender, report) is remembered for the next.
`_resolve` lives here, beside its one caller, so that a test can replace it in this
module.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span

from generator.extract.actors import HONORIFICS, TITLE_WORDS
from generator.extract.direct_attribution import _asks_someone
from generator.extract.pronouns import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    RELATIVE_PRONOUNS,
    SEXED_SUBJECT_PRONOUNS,
)
from generator.extract.punctuation import DASHES_OR_HYPHEN, OPENING_QUOTES, QUOTE_CHARACTERS
from generator.extract.speaker_checks import not_the_speaker
from generator.extract.speaker_mentions import _NOMINAL_SUBJECT_DEPS
from generator.extract.speakers.addressed import addressed_person
from generator.extract.speakers.apposition import _name_after_cut_title, _named_person_after
from generator.extract.speakers.article_voices import article_referent
from generator.extract.speakers.body_checks import refused_body_description
from generator.extract.speakers.body_documents import body_document_voice, tied_to_another
from generator.extract.speakers.chains import _document_subject, _previous_subject
from generator.extract.speakers.companies import (
    _bracketed_short_name,
    _company_by_last_word,
    _mistyped_short_company,
    _one_company_short_name,
    _spoken_fuller,
    _trailing_adverb_cut,
    _trailing_place_cut,
)
from generator.extract.speakers.context import (
    _anchor,
    _compatible,
    _Context,
    _Event,
    _names,
    _possessive,
    _Report,
)
from generator.extract.speakers.cut_apposition import person_before_cut_title
from generator.extract.speakers.gender import (
    _given_name_contradicts,
    _honorific_in_doubt,
    _report_gender,
)
from generator.extract.speakers.glued_names import glued_words
from generator.extract.speakers.headings import document_author
from generator.extract.speakers.initials import _by_initials, _spelt_out
from generator.extract.speakers.issuers import statement_issuer
from generator.extract.speakers.joint_names import joined_names_differ
from generator.extract.speakers.lead_documents import lead_document_sources
from generator.extract.speakers.lexicon import (
    _PERSONAL_SUBJECTS,
    DETERMINERS,
    MASTHEAD_WORDS,
    ORG_NOUNS,
)
from generator.extract.speakers.mention import (
    _antecedent_span,
    _authored_document_report,
    _described_body_report,
    _document_issuer,
    _nicknamed,
    _plural_description,
    _resolve_mention,
    _uncut_mention,
)
from generator.extract.speakers.name_text import _strip_determiner, _words
from generator.extract.speakers.named_publications import named_publication, publication_it
from generator.extract.speakers.nearer_speaker import nearer_speaker_may_be
from generator.extract.speakers.offices import _is_seat
from generator.extract.speakers.pronouns import _speaker_past_the_named
from generator.extract.speakers.reports import (
    _as_for_person,
    _group_report,
    _person_report_in_doubt,
    _previous_report,
    _recent_reports,
    _surname_body_next,
    _title_male,
)
from generator.extract.speakers.state_documents import _states_document
from generator.extract.speech_cues import _is_reporting
from generator.extract.words import word_set
from generator.model import Actor, Quote, name_key


def resolve_speakers(doc: Doc, quotes: list[Quote], actors: list[Actor]) -> list[Actor]:
    """Sets each quote's `speaker` to an actor's canonical name, or leaves it None.

    Quotes are visited in text order so that "he" can fall back on the previous speaker.
    A speaker an editor already set is kept. A failure is raised, not hidden: the guard
    in `extract_document` reports it, and a result that met one is never cached.

    A body the model missed but a speaker mention names ("The Islamic State said") is
    added to `actors`; those added are returned, so that the caller can drop the ones no
    published quotation ends up naming (see `unspoken`). A party named by one of its
    names ("the Tories said") is added for good, as it always was.
    """
    ctx = _Context(doc, actors)
    ctx.set_contents(quotes)
    ctx.mentions = sorted(
        (q.speaker_start, q.speaker_end)
        for q in quotes
        if q.speaker_start is not None and q.speaker_end is not None
    )
    ordered = sorted(quotes, key=lambda q: _anchor(q))
    # A quotation carried over from the one before ("“A,” he said. “B.”") shares its
    # reporting clause: it is that clause's speaker, resolved once, never re-read from
    # the names the first quotation itself holds.
    shared: dict[tuple[int, int], tuple[Actor | None, str | None, int | None, int | None]] = {}
    for quote in ordered:
        clause = (quote.speaker_start, quote.speaker_end)
        inner = _inner_speaker(ctx, quote) if quote.speaker is None else None
        if inner is not None:
            # "he said Morales ... exclaimed, “...”": Morales's words, whatever the
            # reporter's clause says of the quotation before
            quote.speaker = inner.name
            _register(ctx, inner)
            _remember(ctx, quote)
            continue
        if quote.speaker is None and clause[0] is not None and clause in shared:
            actor, quote.speaker_mention, quote.speaker_start, quote.speaker_end = shared[clause]
            if actor is not None and not not_the_speaker(ctx.text, quote, actor, ctx.spans):
                quote.speaker = actor.name
                _register(ctx, actor)
            continue
        if quote.speaker is None:
            ctx.quote = (quote.start, quote.end)
            actor = _resolve(ctx, quote)
            if actor is not None and refused_body_description(ctx, quote, actor):
                actor = None  # "Harlow Widgets was hit ... The company said" (body_checks)
            if (
                actor is not None
                and actor.type == "place"
                and not _names(quote, actor)
                and not _is_seat(actor)
                and not _states_document(quote.speaker_mention or "")
            ):
                # A place speaks only where the article makes it the speaker by name
                # ("Downing Street said", "Russia said": its government), or names
                # its document ("a Baghdad war communique said": Iraq's), never
                # through "it" or another description.
                actor = None
            if actor is not None:
                # "The Obama Speech said": a speech speaks for its author, never as a body
                actor = document_author(ctx, actor)
            if actor is not None:
                actor = _fullest(ctx, actor, quote.speaker_mention or "")
            if actor is not None and actor.type != "person":
                actor = _surname_named_first(ctx, actor, quote.speaker_mention or "") or actor
            if actor is not None and actor.type == "person" and actor.name.isalpha():
                # "The Hefce report said", the model taking "Hefce" for a person: an
                # acronym of a body the article names in full is that body
                actor = _by_initials(ctx, actor.name.upper()) or actor
            if (
                actor is not None
                and actor.type == "person"
                and actor.name.split()[-1].casefold() in ORG_NOUNS
            ):
                # "Royal Bank said" after "Royal Bank of Canada said", the model taking
                # the short name for a person's: no person's name ends with "Bank"
                actor = _spoken_fuller(ctx, actor, quote) or actor
            if _mistyped_short_company(actor, quote):
                # "Great Western said" after "Great Western Financial Corp said", the
                # model taking the short name for a person's or a place's ("Dome said")
                actor = _one_company_short_name(ctx, quote) or actor
            written = actor
            if actor is not None and actor.type == "organization":
                # "the DOE said" after "The U.S. Department of Energy said": the body
                # under the fullest name the article gives it
                actor = (
                    _spelt_out(ctx, actor)
                    or _spoken_fuller(ctx, actor, quote)
                    or _company_by_last_word(ctx, actor, quote)
                    or _bracketed_short_name(ctx, actor.name)
                    or actor
                )
            # "An INEL official said": the checks read the acronym the mention holds,
            # not the "National Economics Institute" it was spelt out to
            checked = actor
            if written is not None and actor is not written and _spelt_out(ctx, written) is actor:
                checked = written
            if actor is not None and not_the_speaker(ctx.text, quote, checked, ctx.spans):
                # "“... a quiet word with Olof ...,” he told": not Olof's words, but maybe
                # those of who spoke before him; "Scott Richter" is not Steven Richter
                # (speaker_checks.py)
                actor = _speaker_past_the_named(ctx, quote, actor, ordered)
            if actor is not None and _pronoun_of_other_sex(ctx, quote, actor):
                actor = None  # "she said" is never a man's words, whatever path found him
            if actor is not None and _honorific_in_doubt(ctx, quote.speaker_mention or "", actor):
                actor = None  # "Mr. Khan said" is not Ghazala Khan (`_honorific_in_doubt`)
            if actor is not None and actor.type == "person" and glued_words(actor.name):
                actor = None  # "CarterFlagShareLikeReplySara Bondioli": no one's name
            if actor is not None:
                quote.speaker = actor.name
                _register(ctx, actor)
                _learn_role(ctx, quote, actor)
                _learn_gender(ctx, quote, actor)
            if clause[0] is not None:
                shared[clause] = (
                    actor,
                    quote.speaker_mention,
                    quote.speaker_start,
                    quote.speaker_end,
                )
        _remember(ctx, quote)
    _answers(ctx.text, ordered)
    _before_their_tag(ctx, ordered)
    lead_document_sources(ctx, ordered)
    return ctx.created


def _register(ctx: _Context, actor: Actor) -> None:
    """Adds a body made for a mention as written (`_Context._as_written`) to the
    article's actors once a quote names it, as `_body_actor` does for a missed name."""
    if actor.name and name_key(actor.name) in ctx.written and actor not in ctx.actors:
        ctx.actors.append(actor)
        ctx.created.append(actor)
        ctx.by_name.setdefault(name_key(actor.name), actor)


def unspoken(created: list[Actor], quotes: list[Quote]) -> list[Actor]:
    """The actors made for a speaker mention that none of `quotes` names: the article
    names them only in a clause that was not shown as a quotation ("The Biden
    administration was backing ..."), so they are no actors of the page."""
    spoken = {q.speaker for q in quotes}
    return [a for a in created if a.name not in spoken]


# Marks that may stand between a speech verb and the words it introduces as spoken.
# Not "that": "recalled Morales mentioning that “...”" quotes the witness's account
# of what Morales said, in the witness's words.
_LEAD_IN = frozenset({",", ":"}) | OPENING_QUOTES | DASHES_OR_HYPHEN


_NEGATIONS = word_set("not n't never no")


def _inner_speaker(ctx: _Context, quote: Quote) -> Actor | None:
    """The named person whose speech the reporting clause relays, when the quotation
    follows that person's own speech verb as its tag.

    "He said Morales tore open his shirt and exclaimed, “...”": the reporter tells what
    Morales said, and the quoted words are Morales's. Only a person the article names,
    after the reporter's verb; only a speech verb of theirs in a finite or -ing form
    (not "to say", "would say") leading into the quotation after a comma or colon (a
    "that" clause is the reporter's account: "recalled Morales mentioning that “...”"),
    not negated, and with no other person or pronoun as a subject between the name and
    that verb. The mention becomes the name.
    """
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    if not quote.speaker_end <= quote.start or ctx.sent_of(quote.speaker_start) != ctx.sent_of(
        quote.start
    ):
        return None
    first = bisect.bisect_left(ctx.token_starts, quote.speaker_end)
    last = bisect.bisect_left(ctx.token_starts, quote.start)
    gap = [t for t in ctx.doc[first:last] if not ctx.in_content(t.idx)]
    k = len(gap)
    while k and gap[k - 1].lower_ in _LEAD_IN:
        k -= 1  # '..., “' or 'that “' before the words
    if k == 0 or k == len(gap):
        return None
    verb = gap[k - 1]
    if not _is_reporting(verb, direct=True) or verb.tag_ not in {"VBD", "VBZ", "VBP", "VBG"}:
        return None
    people = [
        (s, e, a)
        for s, e, a in ctx.spans
        if quote.speaker_end <= s and e <= verb.idx and a.type == "person"
    ]
    if not people:
        return None
    s, e, actor = people[-1]
    if any(p[2] is not actor for p in people if p[0] > gap[0].idx):
        return None  # two people after the reporter's verb: whose words is unclear
    if not any(t.pos_ in {"VERB", "AUX"} for t in gap if t.idx < s):
        return None  # "Sources close to Morales said": no verb of the reporter's before
    name = ctx.doc.char_span(s, e, alignment_mode="expand")
    if name is None or len(name) == 0 or name[0].i == 0 or ctx.doc[name[0].i - 1].pos_ == "ADP":
        return None  # "inclined to agree with Mr Lakhani, arguing": not his verb
    between = [t for t in gap if e <= t.idx < verb.idx]
    if between and between[-1].lower_ != "and":
        # the verb right after the name ("Morales mentioning") or the last of the
        # name's own predicates ("Morales tore ... and exclaimed"); "Baker but added",
        # "Lakhani, arguing" go back to the reporter
        return None
    if ctx.text[e : e + 2] in {"'s", "\u2019s"}:
        return None  # "Morales's lawyer said"
    if any(t.lower_ in _NEGATIONS or t.lower_ in _PERSONAL_SUBJECTS for t in between):
        return None
    if not _names_a_subject(name):
        return None  # "... the raid that killed Osama bin Laden ... and said": the raid's
    quote.speaker_mention = ctx.text[s:e]
    quote.speaker_start, quote.speaker_end = s, e
    quote.cue = verb.text
    return actor


def _names_a_subject(name: Span) -> bool:
    """Whether the name is the subject of a clause ("he said Morales tore open his
    shirt ... and exclaimed"; the parser may hang the later predicates on the reporter's
    verb, so which one it is subject of is not asked), not an object named on the way
    ("the raid that killed Osama bin Laden during a forum ... and said": Clinton said
    it)."""
    root = name.root
    while root.dep_ in {"compound", "flat"} and root.head.i != root.i:
        root = root.head
    return root.dep_ in _NOMINAL_SUBJECT_DEPS


def _before_their_tag(ctx: _Context, ordered: list[Quote]) -> None:
    """ "US coach Patrick McEnroe wants his team to play more on clay. “I think it will
    help.” “But we can put the work in,” said McEnroe.": quotations that run on, with
    nothing but marks between them, into one whose own tag names the speaker, are that
    speaker's, when the sentence before the first one has that same person for its
    subject. The tag comes last; the article introduced the speaker first."""
    for i in range(len(ordered) - 2, -1, -1):
        quote, after = ordered[i], ordered[i + 1]
        if quote.kind != "direct" or after.kind != "direct" or after.speaker is None:
            continue
        if quote.speaker is not None or quote.speaker_mention is not None:
            continue
        if any(c.isalnum() for c in ctx.text[quote.end : after.start]):
            continue
        actor = ctx.by_name.get(name_key(after.speaker))
        if actor is None or actor.type != "person":
            continue
        k = quote.start - 1
        while k > 0 and not ctx.text[k].isalnum():
            k -= 1  # the last word before the opening mark, in the sentence before
        opening = ctx.sent_starts[ctx.sent_of(k)]
        if k <= 0 or any(q.kind != "indirect" and q.start < k and q.end > opening for q in ordered):
            continue  # "“...?” Holt interjected.⏎⏎“...”": an exchange, not an introduction
        if _previous_subject(ctx, quote.start) is not actor:
            continue
        quote.speaker, quote.speaker_mention = after.speaker, after.speaker_mention
        quote.speaker_start, quote.speaker_end = after.speaker_start, after.speaker_end
        quote.rule = "direct.before_tag"


def _fullest(ctx: _Context, actor: Actor, mention: str) -> Actor:
    """The one person the article names in full whose name holds this shorter one.

    "Finance Minister Sheikh Abdul-Aziz bin Khalifa al-Thani said ... Sheikh Abdul-Aziz
    said": where the actor list kept the short form apart, the speaker is still the
    fullest name the article gives that person. The short form must be the end of the
    full name (a surname) or follow its first word ("Sheikh Abdul-Aziz ..."), never
    only its first name ("Jordan" is not "Jordan Smith"), and no second person may
    hold it ("Blair" with Tony and Cherie Blair stays as it is). A publication named by
    the last word of its name ("the Post") is the one whose full name ends with it. An
    actor of another type
    gives way only to a person whose name holds the whole mention, two words or more
    ("Sheikh Abdul-Aziz" said, the short form typed as an organisation).
    """
    short, whole = _words(actor.name), actor.type != "person"
    if actor.type == "organization" and len(short) == 1 and short[0] in MASTHEAD_WORDS:
        papers = [
            a
            for a in ctx.actors
            if a is not actor and a.type == "organization" and _words(a.name)[-1:] == short
        ]
        return papers[0] if len(papers) == 1 else actor
    if whole:
        short = _words(_strip_determiner(mention))
        if len(short) < 2 or name_key(mention) in ctx.by_name:
            return actor
    if not short:
        return actor
    found: list[Actor] = []
    for other in ctx.actors:
        if other is actor or other.type != "person":
            continue
        full = _words(other.name)
        if len(full) <= len(short):
            continue
        for i in range(len(full) - len(short) + 1):
            if full[i : i + len(short)] == short and (i > 0 or whole):
                found.append(other)
                break
    return found[0] if len(found) == 1 else actor


def _surname_named_first(ctx: _Context, actor: Actor, mention: str) -> Actor | None:
    """ "Juan Arce Oquendo, the secretary general ..., told reporters ... '...,' Arce
    told reporters": the model may type the bare surname as an organisation or a place
    ("Medina"), which `_fullest` leaves alone (a body's short name may be anyone's
    surname). It is the person when the word is a name of exactly one person after
    their first name ("Arce" in "Juan Arce Oquendo": Spanish names go by the first
    surname) and the article first writes the word inside that person's full name, so
    that nothing else of that name came before ("Washington said" in a story that names
    the city first stays the city). The same holds where the model glued the surname to
    a second person as one organisation ("had invited both Arce and Victor Lopez") and
    the actor list filed the bare surname under that pair."""
    words = _words(mention)
    glued = _words(actor.name.split(" and ")[0]) if " and " in actor.name else []
    if len(words) != 1 or (_words(actor.name) != words and glued != words):
        return None
    holders = [a for a in ctx.actors if a.type == "person" and words[0] in _words(a.name)[1:]]
    if len(holders) != 1:
        return None
    if any(
        a.type == "organization" and a is not actor and words[0] in _words(a.name)
        for a in ctx.actors
    ):
        return None  # "Michael Dell, who founded Dell Computer Corp, ... Dell said": the
        # company's name holds the word too, so the bare word may be either
    first = re.search(rf"(?<!\w){re.escape(mention.strip())}(?!\w)", ctx.text)
    if first is None or not any(s <= first.start() < e for s, e in holders[0].spans):
        return None
    return holders[0]


REPLY_RULE = "direct.reply"


# what may stand between a question and its reply
_MARKS = " \n" + "".join(sorted(QUOTE_CHARACTERS))


def _answers(text: str, ordered: list[Quote]) -> None:
    """An untagged quotation opening the paragraph after a question put to someone is
    the reply of the one who spoke before the question ("“That can be true,” Prelogar
    said ... ⏎⏎“But there is some risk,” Alito interjected. “Do you dispute that?”⏎⏎
    “There can be a very minimal risk ...”": Prelogar answers).

    Only in an exchange of two: the questioner's quotations reach back, within the
    paragraph before the question's, to a quotation of one other named speaker.
    """
    quotes = sorted((q for q in ordered if q.kind != "indirect"), key=lambda q: q.start)
    for k, quote in enumerate(quotes):
        if k == 0 or quote.speaker is not None or quote.speaker_mention:
            continue
        question = quotes[k - 1]
        asker = question.speaker
        between = text[question.end : quote.start]
        if asker is None or "\n" not in between or between.strip(_MARKS):
            continue
        if not _asks_someone(text[question.start : question.end + 1]):
            continue
        j = k - 2
        while j >= 0 and quotes[j].speaker == asker:
            j -= 1
        if j < 0 or quotes[j].speaker is None:
            continue
        answerer = quotes[j]
        if text[answerer.end : question.start].strip().count("\n") > 2:
            continue  # not the paragraph just before the question's
        quote.speaker = answerer.speaker
        quote.rule = REPLY_RULE


def _pronoun_of_other_sex(ctx: _Context, quote: Quote, actor: Actor) -> bool:
    """Whether the quote's reporting clause is a "he"/"she" and the person found for it
    is known to be of the other sex: by "Mr"/"Mrs", a gendered role, an earlier "he"/
    "she" the article used of them (`_learn_gender`), or a given name of one sex. The
    last check on every path a pronoun takes to a person: a wrong name is worse than
    none, and "she" given to a man is wrong whoever is meant."""
    if actor.type != "person" or quote.speaker_start is None or quote.speaker_end is None:
        return False
    word = ctx.text[quote.speaker_start : quote.speaker_end].strip().casefold()
    if word not in SEXED_SUBJECT_PRONOUNS:
        return False
    gender = "f" if word == "she" else "m"
    if _title_male(ctx, actor, gender):
        return False  # "Chairman Martha Hesse ... she said" (`_previous_report` only)
    return not _compatible(ctx, actor, gender) or _given_name_contradicts(ctx, actor, gender)


def _learn_gender(ctx: _Context, quote: Quote, actor: Actor) -> None:
    """ "Prelogar said ... she said": a person the article calls "she" is not the "he"
    of a later reply ("“Then why ...,” he rejoined" is the judge's)."""
    word = (quote.speaker_mention or "").strip().casefold()
    if word in FEMALE_PRONOUNS and id(actor) in ctx.title_male:
        ctx.title_male.discard(id(actor))  # "Chairman Martha Hesse ... she said": a woman
        ctx.gender[id(actor)] = "f"
    if actor.type != "person" or ctx.gender.get(id(actor)) is not None:
        return
    if word in FEMALE_PRONOUNS:
        ctx.gender[id(actor)] = "f"
    elif word in MALE_PRONOUNS:
        ctx.gender[id(actor)] = "m"


def _remember(ctx: _Context, quote: Quote) -> None:
    """A resolved speaker mention (even "he") is the most salient person at that point,
    and every located speaker mention is a reporting clause a later "he said" may continue.
    """
    if quote.speaker_start is None or quote.speaker_end is None:
        return
    _remember_report(ctx, quote)
    if quote.speaker is None:
        return
    actor = ctx.by_name.get(name_key(quote.speaker))
    if actor is None or actor.type != "person":
        return
    # "Mr Mallon's claim that ...": his report, yet the sentence is about its subject
    subject = not _possessive(ctx, quote.speaker_start, quote.speaker_end)
    event = _Event(quote.speaker_start, actor, ctx.sent_of(quote.speaker_start), subject)
    i = bisect.bisect_right(ctx.event_pos, event.pos)
    ctx.events.insert(i, event)
    ctx.event_pos.insert(i, event.pos)


def _remember_report(ctx: _Context, quote: Quote) -> None:
    """Record the quote's reporting clause (see `_Report`), in text order."""
    assert quote.speaker_start is not None and quote.speaker_end is not None
    actor = ctx.by_name.get(name_key(quote.speaker)) if quote.speaker else None
    mention = quote.speaker_mention or ""
    report = _Report(
        quote.speaker_start,
        ctx.sent_of(quote.speaker_start),
        actor,
        mention,
        quote.speaker_start,
        quote.speaker_end,
        # a spokesman resolved to the body he speaks for is still "he" to the article
        _report_gender(mention) if actor is None or actor.type != "person" else None,
    )
    at = bisect.bisect_right([r.pos for r in ctx.reports], report.pos)
    ctx.reports.insert(at, report)


def _after_surname_body(ctx: _Context, start: int) -> bool:
    """Whether the nearest reporting clause before a "he"/"she" at `start` is a body
    named like a person with no person named between (`_surname_body_next`)."""
    report = next(_recent_reports(ctx, start), None)
    return report is not None and _surname_body_next(ctx, report, start)


def _resolve(ctx: _Context, quote: Quote) -> Actor | None:
    """The actor a quote's speaker mention refers to, or None when unclear."""
    mention = (quote.speaker_mention or "").strip()
    if not mention:
        return None
    located = quote.speaker_start is not None and quote.speaker_end is not None
    start = quote.speaker_start if quote.speaker_start is not None else quote.start
    end = quote.speaker_end if quote.speaker_end is not None else start
    glued = 1 < start <= len(ctx.text) and ctx.text[start - 2 : start - 1].isalnum()
    glued = glued and ctx.text[start - 1] == "-"
    if located and glued and len(mention.split()) == 1:
        # "the ex-partner" located as "partner": the whole hyphenated word is the head
        start -= 1
        while start > 0 and ctx.text[start - 1].isalnum():
            start -= 1
        if ctx.text[max(0, start - 4) : start].casefold() == "the ":
            start -= 4  # "the ex-Wallaby": a definite description, as written
        mention = ctx.text[start:end]
    cut = located and len(mention.split()) == 1 and ctx.text[end : end + 1] == "-"
    if cut and ctx.text[end + 1 : end + 2].isalpha():
        # "said co-ordinator Peter Facey" located as "co": the whole word is the title,
        # and the name right after it the speaker
        end += 1
        while end < len(ctx.text) and (ctx.text[end].isalnum() or ctx.text[end] == "-"):
            end += 1
        mention = ctx.text[start:end]
        quote.speaker_mention, quote.speaker_end = mention, end
        titled = _named_person_after(ctx, end)
        if titled is not None:
            return titled
    after_title = _name_after_cut_title(ctx, mention, end) if located else None
    if after_title is not None:
        return after_title
    before_title = person_before_cut_title(ctx, mention, start, end) if located else None
    if before_title is not None:
        return before_title  # "Ned Carraway, American Pulp Council president said"
    whole = _uncut_mention(ctx, mention, start, end) if located else (mention, end)
    if whole != (mention, end):
        mention, end = whole
        quote.speaker_mention, quote.speaker_end = mention, end
    trimmed = _trailing_adverb_cut(mention) or _trailing_place_cut(ctx, mention, start)
    trimmed = trimmed if located else None
    if trimmed is not None:
        mention, end = trimmed, start + len(trimmed)
        quote.speaker_mention, quote.speaker_end = mention, end
    words = _words(mention)
    if located and len(words) == 1 and words[0] in MALE_PRONOUNS | FEMALE_PRONOUNS:
        gender = "f" if words[0] in FEMALE_PRONOUNS else "m"
        topic = _as_for_person(ctx, start, gender)
        if topic is not None:
            return topic
        answering = addressed_person(ctx, start, gender)
        if answering is not None:
            return answering  # "The allegations were put to Wenger. He said only: ..."
        report = _previous_report(ctx, start, gender)
        if _person_report_in_doubt(ctx, report, start, gender):
            return None  # "Trump went on to ..., note that he had": unclear, no one
        if report is None and _after_surname_body(ctx, start):
            return None  # "Phillips said ... she said": maybe Phillips, no one before
        if report is not None and report.actor is None:
            # "The prime minister's official spokesman said ... But he added: ...": the
            # spokesman's words, under the description the article names him with
            quote.speaker_mention = report.mention
            quote.speaker_start, quote.speaker_end = report.start, report.end
            return None
        if report is not None:
            return report.actor
    if located and words == ["they"]:
        group = _group_report(ctx, start)
        if group is not None and group.actor is None:
            # "analysts said ... but they cautioned": the group's words, under the
            # description the article names it with (the mention stays located at
            # "they", the words that name the speaker in this clause)
            quote.speaker_mention = group.mention
            return None
        return group.actor if group is not None else None
    if located and words == ["it"]:
        document = _document_subject(ctx, start)
        if document is not None:
            quote.speaker_mention = document.text  # located at "it", as for "they"
            return None
    if located and mention.lower() in RELATIVE_PRONOUNS:
        antecedent = _antecedent_span(ctx, start)
        if antecedent is None:
            return None
        antecedent = _document_issuer(antecedent) or antecedent
        mention, start, end = antecedent.text, antecedent.start_char, antecedent.end_char
    issuer = statement_issuer(ctx.doc, start, end) if located else None
    if issuer is not None:  # "X issued a statement saying": X's words, or no one's
        return _resolve_mention(ctx, issuer.text, issuer.start_char, issuer.end_char, True)
    found = _resolve_mention(ctx, mention, start, end, located)
    if found is not None and joined_names_differ(mention, found.name):
        return None  # "the Huffington Post" is not the "Huffington Post-Morning Consult"
    if found is None and located and words == ["it"]:
        described = _described_body_report(ctx, start)
        if described is not None:
            # "..., the finance ministry said in a statement. It added": the words the
            # article names that body with (located at "it", as for "they")
            quote.speaker_mention = described.mention
            return None
    if found is None and located and words == ["it"]:
        authored = _authored_document_report(ctx, start)
        if authored is not None:
            found = authored.actor  # "the Kok report recommends ... It also recommends"
    if found is None and located:
        found = article_referent(ctx, words, start)  # "the spokesman" past other voices
    if found is not None and located and nearer_speaker_may_be(ctx, start, words, found):
        return None  # "McClellan said ... But the analyst said": maybe McClellan
    if found is not None and located and tied_to_another(ctx, start, end, found):
        return None  # "A report by Bray University said ... The report said": not theirs
    if found is None and located:
        found = body_document_voice(ctx, start, end)  # "the summary said": the Bank's
    if found is None and located:
        found = named_publication(ctx, start, end)  # "the Economic Information newspaper"
    if found is None and located and words == ["it"]:
        found = publication_it(ctx, start)  # "The paper put output at ... it said"
    if found is None:
        found = _nicknamed(ctx, mention)
    person = found is not None and found.type == "person" and located
    if person and _plural_description(ctx, start, end):
        return None  # "The three constitutional scholars - Mr. Tribe, Ms. Epstein and
        # Mr. Amar - agreed": several people, never the first one named
    return found


def _learn_role(ctx: _Context, quote: Quote, actor: Actor) -> None:
    """A title before the name in the mention becomes a role ("Defense Secretary X said")."""
    if actor.type != "person" or quote.speaker_start is None or quote.speaker_end is None:
        return
    mention = ctx.text[quote.speaker_start : quote.speaker_end]
    names = sorted([actor.name, *actor.aliases], key=len, reverse=True)
    for name in names:
        at = mention.find(name)
        if at <= 0:
            continue
        title = _title_words(ctx, quote.speaker_start, quote.speaker_start + at)
        words = title.split()
        while words and (words[0].casefold() in DETERMINERS or words[0].casefold() in HONORIFICS):
            words = words[1:]
        if words and any(w.casefold() in TITLE_WORDS for w in words):
            actor.add_role(" ".join(words))
        return


# Words that end a clause before a title: "Observers including former British diplomat
# Craig Murray" has the title "former British diplomat" only. Prepositions stay: they go
# inside titles ("Secretary of State for Defence", "correspondent in Jakarta").
_BEFORE_TITLE_POS = {"VERB", "AUX", "SCONJ", "PRON"}


def _title_words(ctx: _Context, start: int, end: int) -> str:
    """The text before a name in a speaker mention, from after its last free-standing
    verb or pronoun ("Oscar-winning" is one word): a learnt role replaces a shorter one
    (`Actor.add_role`), so it must hold title words only, as a pre-name role does."""
    lo = bisect.bisect_left(ctx.token_starts, start)
    hi = bisect.bisect_left(ctx.token_starts, end)
    for tok in ctx.doc[lo:hi]:
        joined = tok.i > 0 and not ctx.doc[tok.i - 1].whitespace_
        if tok.pos_ in _BEFORE_TITLE_POS and not joined and tok.whitespace_:
            start = tok.idx + len(tok.text)
        elif tok.tag_ == "NNS" and tok.i + 1 < hi and ctx.doc[tok.i + 1].lower_ == "of":
            # "The Instagram posts of Morales' wife and travel partner, Noelia Paez":
            # things the sentence is about; the title is what "of" brings in
            start = ctx.doc[tok.i + 1].idx + 2
    return ctx.text[start:end].strip(" ,")
