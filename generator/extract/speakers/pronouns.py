""" "he"/"she" (and a titled subject such as "the minister") to the person it most likely
refers to: walks back sentence by sentence, preferring a speaker or subject of a
compatible gender, and gives up when another compatible person stands between.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from generator.extract.actors import TITLE_WORDS
from generator.extract.pronouns import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
)
from generator.extract.speaker_checks import named_in_quote, not_the_speaker
from generator.extract.speaker_mentions import _NOMINAL_SUBJECT_DEPS
from generator.extract.speakers.acted_on import pick_in_doubt
from generator.extract.speakers.chains import _main_subject
from generator.extract.speakers.context import (
    _compatible,
    _Context,
    _Event,
    _in_actor,
    _possessive,
    _pronoun_subject,
    _quote_sentences,
)
from generator.extract.speakers.gender import (
    _given_name_contradicts,
    _object_of_preposition,
    _unless_other_gender,
)
from generator.extract.speakers.in_passing import plural_thing
from generator.extract.speakers.joint_subjects import named_jointly
from generator.extract.speakers.lexicon import (
    DETERMINERS,
    LOOKBACK_SENTENCES,
    LOOSE_MODIFIERS,
    PERSON_NOUNS,
)
from generator.extract.speakers.lookup import _lookup_name
from generator.extract.speakers.name_text import _words
from generator.extract.speakers.offices import _role_words
from generator.extract.speakers.opening_names import stranded_opening_name
from generator.extract.speakers.reports import (
    _capital_by_position,
    _indefinite_person_between,
    _name_shaped_subject_between,
    _name_subject_before,
    _recent_reports,
    _surname_of_several,
    _unnamed_subject_between,
    reported_subject_of,
)
from generator.extract.speakers.subject_phrases import reports_by_words
from generator.extract.speech_cues import _is_reporting
from generator.model import Actor, Quote


def _past_open_namesake(ctx: _Context, event: _Event, gender: str) -> Actor | None:
    """The person a pronoun goes back to at `event`, or no one where the event is a bare
    surname two people share that its stretch leaves open (`context.open_namesakes`):
    "Grayson decided to run ..., he told" after his wife's full name is maybe either."""
    if event.pos in ctx.open_namesakes:
        return None
    return _unless_other_gender(ctx, event.actor, gender)


def _pronoun_antecedent(
    ctx: _Context, start: int, gender: str, by_given_name: bool = False
) -> Actor | None:
    """The person "he"/"she" most likely refers to.

    Walks back sentence by sentence (at most a few): in the nearest sentence with a
    compatible person, a speaker or subject wins over other mentions, and within the
    pronoun's own sentence the latest mention before it wins.

    `by_given_name`: people whose given name is of the other gender are passed as
    incompatible, not a veto (see `other_sex._past_the_other_sex`).
    """
    here = ctx.sent_of(start)
    by_sent: dict[int, list[_Event]] = {}
    reported: list[tuple[int, Actor]] = []  # subjects of reported speech of that sex
    for event in ctx.events_before(start):
        if event.sent < here - LOOKBACK_SENTENCES and _beyond_reach(ctx, event, start):
            break
        if reported_subject_of(ctx, event, gender):
            reported.append((event.sent, event.actor))
        if ctx.in_content(event.pos) and not reports_by_words(ctx, event):
            # "“General Prelogar should feel good,” he said": not who speaks, in this
            # quotation or in any other ("the values that “most Britons hold dear”");
            # the subject of a closing reporting clause the words took in is
            continue
        if not event.actor.listed and not event.subject and _object_of_preposition(ctx, event):
            # "... during Gloucester's win over Bath on Saturday. He will undergo ...":
            # a place or club the model took for a person, in passing after a
            # preposition, is neither "he" nor a reason to stop looking for who is
            continue
        if by_given_name and _passed_by_given_name(ctx, event, gender):
            continue
        if _compatible(ctx, event.actor, gender):
            by_sent.setdefault(event.sent, []).append(event)  # latest first
    unresolved = _last_unresolved_pronoun(ctx, start, gender)
    for sent in sorted(by_sent, reverse=True):
        events = by_sent[sent]
        if sent != here and unresolved is not None and ctx.sent_of(unresolved) > sent:
            return None  # "X was pro Kasich, he said. “...,” he said": the same "he"
            # as the one left unresolved, never someone named before it
        # "..., a spokeswoman, Anna Richardson White, said on Saturday": the subject of
        # a reporting verb by its words, whatever the parse
        subjects = [
            e
            for e in events
            if e.subject or reports_by_words(ctx, e) or stranded_opening_name(ctx, e)
        ]
        if _unnamed_subject_between(ctx, events[0].pos, start, events[0].actor):
            return None  # "The CIA director made no secret ... he said": not a name before
        if _indefinite_person_between(ctx, events[0].pos, start):
            return None  # "a stocks fund manager ... made a gloomier prediction. he said"
        if _name_shaped_subject_between(ctx, events[0].pos, start):
            return None  # "But Tony Banks (read as a body) said ... He said": maybe him
        subjects = _subjects_of_gender(ctx, subjects, gender)
        subjects = _heads_of_subjects(ctx, subjects)
        if sent == here:
            chosen = (subjects or events)[0]
            if named_jointly(ctx, chosen, gender):
                return None  # "Wongsawat and Preecha said ... he": either of them
            if pick_in_doubt(ctx, chosen, start, gender):
                return None  # "The senator gave Trump credit, saying he": not Trump
            return _past_open_namesake(ctx, chosen, gender)
        if _name_subject_before(ctx, events[0].actor, start, gender):
            return None  # "Trump (typed a body) went on to ..., note that he had"
        if not subjects and sent != here:
            named = _unlinked_name_subject(ctx, sent)
            if named is not None:
                # "Lim earlier met commissioner Frans Andriessen and ... He said": the
                # "he" is the sentence's subject, a name the model did not tag, never
                # the people it met
                found = _lookup_name(ctx, named.text)
                ok = found is not None and found.type == "person"
                return _unless_other_gender(ctx, found, gender) if ok else None
        if not subjects and sent != here and _described_main_subject(ctx, sent):
            return None  # "A president who authorized the raid that killed Osama bin
            # Laden ... . Where he used to boast": the president, not the name he acted on
        if not subjects and _pronoun_subject(ctx, sent, gender):
            # "As a teen she entered pageants and won the Miss Idaho title. She said":
            # the sentence's "she" is someone named earlier, not the name in it
            continue
        if not subjects and all(e.owner for e in events):
            # "... a draw against Sir Alex Ferguson's side. ... “...,” he said": an owner
            # named in passing sentences ago is not who goes on speaking
            return None
        chosen = subjects[-1] if subjects else events[-1]  # earliest in that sentence
        if any(s > sent and a is not chosen.actor for s, a in reported):
            # "Sucher said ... Aides say Ivanka Trump advises her father. “...,” she
            # said": the story turned since to a woman it reports on; hers, or unclear
            return None
        if named_jointly(ctx, chosen, gender):
            return None  # "..., Wongsawat and Preecha said. He said": either of them
        if pick_in_doubt(ctx, chosen, start, gender):
            return None  # "Police shot Scott" after the governor spoke: not Scott's words
        return _past_open_namesake(ctx, chosen, gender)
    return None


def _last_unresolved_pronoun(ctx: _Context, start: int, gender: str) -> int | None:
    """Where the last reporting clause before `start` with a "he"/"she" of that gender
    left unresolved is, if any: "Former Rep. Chris Shays was pro John Kasich ..., he
    said ... “... Donald Trump lost me a long time ago,” he said" continues the first
    "he", whoever that is; the walk back past it found the Trump of an earlier
    sentence."""
    words = MALE_PRONOUNS if gender == "m" else FEMALE_PRONOUNS
    for report in reversed(ctx.reports):  # in text order: the last one first
        if (
            report.pos < start
            and report.actor is None
            and report.mention.strip().lower() in words
            and _says(ctx, report.pos)
        ):
            return report.pos
    return None


def _says(ctx: _Context, pos: int) -> bool:
    """Whether the pronoun at `pos` is the subject of a verb of speech ("he said"),
    not of one of stance or intent ("but she prefers to race on the track", which
    the resolver may leave open among the other women of its sentence)."""
    token = ctx.name_head(pos)
    return token is not None and _is_reporting(token.head, direct=True)


def _passed_by_given_name(ctx: _Context, event: _Event, gender: str) -> bool:
    """Whether the walk by given name passes a mention as of the other sex: its
    person's given name says so, and it is not a bare surname two people share ("In
    her memoir, Hadley described ...": Paul Hadley's, or Margaret's)."""
    return _given_name_contradicts(ctx, event.actor, gender) and not _surname_of_several(ctx, event)


def _beyond_reach(ctx: _Context, event: _Event, start: int) -> bool:
    """Whether an event is too far back for a "he"/"she" at `start` to refer to:
    more than LOOKBACK_SENTENCES sentences of the writer's own before it. Sentences of
    quoted text between do not count, as for reports (`_recent_reports`): "But Ayotte
    isn't interested.⏎⏎“Uh, no. I don't think I'd ask anyone to come up. ... This is
    about me campaigning for New Hampshire,” she said" goes back to Ayotte past the
    sentences of her own words."""
    reach = LOOKBACK_SENTENCES + _quote_sentences(ctx, event.pos, start)
    return event.sent < ctx.sent_of(start) - reach


def _subjects_of_gender(ctx: _Context, subjects: list[_Event], gender: str) -> list[_Event]:
    """The subjects of one sentence a "he"/"she" may refer to, when a given name rules
    out some and leaves exactly one other person: "Sanders held a rally Saturday while
    Clinton hosted an event, during which she gave ... “...,” she said" is Clinton's,
    not a veto on Sanders. Several left, or none, and the list is kept as it was (the
    choice, or the veto of `_unless_other_gender`, stays as before)."""
    kept = [e for e in subjects if not _given_name_contradicts(ctx, e.actor, gender)]
    if len(kept) == len(subjects) or len({id(e.actor) for e in kept}) != 1:
        return subjects
    return kept


def _heads_of_subjects(ctx: _Context, subjects: list[_Event]) -> list[_Event]:
    """The subjects of one sentence without the names compounded into another's subject
    phrase: "McConnell spokesman Don Stewart wouldn't say ... “...,” he said" is
    Stewart's, McConnell being a subject only through the title "spokesman" that
    "Stewart" heads. A name is dropped only when another of the list is the head of the
    same subject."""
    tokens = {id(e): _subject_head(ctx, e) for e in subjects}
    heads = {t.i for e in subjects if (t := tokens[id(e)]) is not None and _holds(ctx, e, t)}
    kept = [
        e for e in subjects if (t := tokens[id(e)]) is None or t.i not in heads or _holds(ctx, e, t)
    ]
    return kept or subjects


def _subject_head(ctx: _Context, event: _Event) -> Token | None:
    """The token through which an event's mention is a subject (`subject_token`)."""
    end = next((e for s, e, a in ctx.spans if s == event.pos and a is event.actor), None)
    return None if end is None else ctx.subject_token(event.pos, end)


def _holds(ctx: _Context, event: _Event, token: Token) -> bool:
    """Whether the event's own mention holds `token`."""
    return any(s == event.pos and s <= token.idx < e and a is event.actor for s, e, a in ctx.spans)


def _titled_subject_antecedent(ctx: _Context, start: int, gender: str) -> Actor | None:
    """ "Asked later ..., the admiral chuckled.⏎⏎“It is good that my voice is low,” he
    said": the "he" is the person the nearest subject before it stands for, when that
    subject is a definite title ("the admiral", "the senator") that the article gave
    one person, named before, as a role ("Adm. Harry B. Harris Jr."). Long political
    stories go on so for paragraphs; `_pronoun_antecedent` leaves such a "he"
    unresolved, as the title may be someone the article never named.

    The walk back goes past subjects that are things ("That insistence makes ...") and
    "he"/"she" of the same gender (the same chain), at most three sentences; any other
    subject that may be a person (a name, another pronoun, an undetermined title) stops
    it. One holder of the title only, of a compatible gender."""
    i = bisect.bisect_left(ctx.token_starts, start) - 1
    here = ctx.sent_of(start)
    pronouns = MALE_PRONOUNS if gender == "m" else FEMALE_PRONOUNS
    while i >= 0:
        token = ctx.doc[i]
        i -= 1
        if ctx.sent_of(token.idx) < here - 3:
            return None
        if token.dep_ not in _NOMINAL_SUBJECT_DEPS or ctx.in_content(token.idx):
            continue
        if token.lower_ in pronouns:
            continue
        if token.pos_ == "NOUN" and token.lemma_.lower() not in TITLE_WORDS:
            if not token.ent_type_ and token.tag_ == "NN" and not _person_noun(token):
                continue  # a thing
            if plural_thing(token):
                continue  # "makes the Chinese comments particularly galling": things
            return None
        if token.pos_ != "NOUN" or _in_actor(ctx, token.idx):
            return None
        phrase = ctx.doc[token.left_edge.i : token.i + 1]
        if phrase[0].lower_ != "the" or any(t.pos_ == "PROPN" for t in phrase):
            return None
        return _sole_title_holder(ctx, token, gender)
    return None


def _person_noun(token: Token) -> bool:
    """Whether a noun names a person without a title ("his mother", "the man")."""
    return token.lemma_.lower() in PERSON_NOUNS or token.lower_ in PERSON_NOUNS


def _sole_title_holder(ctx: _Context, token: Token, gender: str) -> Actor | None:
    """The one person, named before `token`, whose roles hold the title `token` heads
    and its other words ("the admiral": "Adm."/"Admiral"), of a compatible gender."""
    words = _words(ctx.doc[token.left_edge.i : token.i + 1].text)
    words = [w for w in words if w not in DETERMINERS and w not in LOOSE_MODIFIERS]
    holders = [
        actor
        for actor in ctx.actors
        if actor.type == "person"
        and any(set(words) <= _role_words(role) for role in actor.roles)
        and any(e <= token.idx for _, e in actor.spans)
    ]
    if len(holders) != 1 or not _compatible(ctx, holders[0], gender):
        return None
    return _unless_other_gender(ctx, holders[0], gender)


def _first_named_in_own_report(ctx: _Context, start: int, gender: str) -> Actor | None:
    """The person an opening report names as its own subject, for the "he" after it:
    "Ford Motor Co Chairman Donald Petersen still expects record sales, he told
    reporters." Wire copy opens so; the "he" can only be Petersen, as nobody else has
    been named yet. `_pronoun_antecedent` skips names inside what was said (usually
    not who says it), so it found no one. Only when every person mention before the
    pronoun is in its own sentence, inside the quote, of one person who is a subject
    there; any person named earlier (the headline too) makes the "he" unclear."""
    here = ctx.sent_of(start)
    events = list(ctx.events_before(start))
    if not events:
        return None
    if any(e.sent != here or not ctx.in_content(e.pos) for e in events):
        return None
    if len({id(e.actor) for e in events}) != 1:
        return None
    first = events[-1]
    if first.actor.type != "person" or not first.subject or first.background:
        return None
    return _unless_other_gender(ctx, first.actor, gender)


def _described_main_subject(ctx: _Context, sent: int) -> bool:
    """Whether the main subject of sentence `sent` is one person described by a title
    and no name ("A president who ...", "The senator"), outside any actor's mention: a
    "he" after it is that person sooner than anyone the sentence names in passing."""
    token = _main_subject(ctx, sent)
    if token is None or token.pos_ != "NOUN" or token.tag_ != "NN":
        return False
    if token.lemma_.lower() not in TITLE_WORDS or _in_actor(ctx, token.idx):
        return False
    phrase = token.doc[token.left_edge.i : token.i + 1]
    return phrase[0].lower_ in {"a", "an", "the"} and not any(t.pos_ == "PROPN" for t in phrase)


def _unlinked_name_subject(ctx: _Context, sent: int) -> Span | None:
    """The main subject of sentence `sent` when it is a name no actor's mention covers
    ("Lim earlier met ...", the model having tagged no entity there)."""
    token = _main_subject(ctx, sent)
    if token is None or token.pos_ != "PROPN" or not token.is_title:
        return None
    if _capital_by_position(ctx, token):
        return None  # "Revenue fell ..., chairman Kevan Gosper said": no name
    span = ctx.doc[token.left_edge.i : token.i + 1]
    if any(t.pos_ != "PROPN" for t in span) or ctx.actors_in(span.start_char, span.end_char):
        return None
    return span


def _speaker_past_the_named(
    ctx: _Context, quote: Quote, named: Actor, quotes: list[Quote]
) -> Actor | None:
    """ "“...,” said O'Leary. ... Meanwhile, O'Leary has rapped skipper Olof Mellberg
    for his comments.⏎⏎Mellberg spoke of his dislike of Villa's rivals ahead of the
    match, which Steve Bruce's side won 2-1. “I've had more than a quiet word with Olof.
    ...,” he told Villa's website": the "he" found Mellberg, whom the words name as
    someone else (`named_in_quote`); the one who speaks is then the person of the
    nearest reporting clause, whose sentences the "he" goes on from, past any clause of
    the one named ("Mellberg spoke of ...": the words answered).

    Only for "he"/"she" whose resolved person the quotation names; only when that
    reporting clause is a person's, of a compatible sex, not named in the words
    themselves; every person mentioned between that clause and the pronoun is him, the
    one the words name, or an owner in passing ("Steve Bruce's side"), with no unnamed
    person ("the captain", "a team-mate") the subject of a clause there; and every
    quotation between is that clause's own or the one named's, so that the chain
    crosses no one else's words."""
    words = (quote.speaker_mention or "").strip().casefold()
    if quote.speaker_start is None or words not in MALE_PRONOUNS | FEMALE_PRONOUNS:
        return None
    gender = "f" if words in FEMALE_PRONOUNS else "m"
    start = quote.speaker_start
    if named.type != "person" or not named_in_quote(ctx.text, quote, named, ctx.spans):
        return None
    reports = list(_recent_reports(ctx, start))
    answered = [r for r in reports if r.actor is named]
    report = next((r for r in reports if r.actor is not named), None)
    if report is None or report.actor is None:
        return None
    person = report.actor
    if person.type != "person" or not _compatible(ctx, person, gender):
        return None
    if not_the_speaker(ctx.text, quote, person, ctx.spans):
        return None
    for event in ctx.events_between(report.end, start):
        if ctx.in_content(event.pos) or event.actor in (person, named) or event.owner:
            continue
        if any(s == event.pos and _possessive(ctx, s, e) for s, e, _ in ctx.spans):
            continue  # "which Steve Bruce's side won": his side, not him, in the story
        return None  # "Bruce said ...": someone else the "he" may be
    if _unnamed_subject_between(ctx, report.end, start, person, report.mention):
        return None
    if _indefinite_person_between(ctx, report.end, start):
        return None
    own = {report.start} | {r.start for r in answered}
    for other in quotes:
        if report.end <= other.start < quote.start and other.speaker_start not in own:
            return None  # another's words, or words no clause gave anyone, between
    return _unless_other_gender(ctx, person, gender)
