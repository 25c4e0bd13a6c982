"""The earlier reporting clause a pronoun, a group or a description continues ("Maria
Novak disagreed. ... she said"): kept within a few sentences, of a compatible gender,
and refused when another person or group is the subject in between.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from spacy.tokens import Token

from generator.extract.actor_spans import COMPANY_SUFFIXES, COMPANY_WORDS, WIRE_COMPANY_FORMS
from generator.extract.actors import KNOWN_PLACES, PARTY_WORDS, TITLE_WORDS
from generator.extract.actors.lexicon import REPORTING_LEMMAS
from generator.extract.actors.vocabulary import dictionary_words
from generator.extract.body_names import BODY_NOUNS
from generator.extract.company_short import rest_of_company_name
from generator.extract.given_names import GIVEN_NAMES
from generator.extract.pronouns import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    RELATIVE_PRONOUNS,
)
from generator.extract.speaker_mentions import _NOMINAL_SUBJECT_DEPS
from generator.extract.speakers.context import (
    _compatible,
    _Context,
    _Event,
    _in_actor,
    _in_reported_clause,
    _possessive,
    _pronoun_subject,
    _quote_sentences,
    _Report,
)
from generator.extract.speakers.embedded_reports import main_subject_report
from generator.extract.speakers.gender import (
    _description_gender,
    _given_name_contradicts,
    _known_sex,
    _may_stand_for,
    _object_of_preposition,
    _unless_other_gender,
)
from generator.extract.speakers.in_passing import modifier_of_thing
from generator.extract.speakers.lexicon import (
    ANONYMOUS_PERSON_NOUNS,
    BODY_VOICES,
    DETERMINERS,
    INDEFINITES,
    LOOKBACK_SENTENCES,
    OCCUPATION_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    REFERRING_NOUNS,
    SPOKES_NOUNS,
    WIRE_VOICE_NOUNS,
)
from generator.extract.speakers.name_text import (
    _head_noun,
    _is_just_name,
    _strip_name,
    _words,
)
from generator.extract.speakers.namesakes import _shared_surname
from generator.extract.speakers.offices import _person_by_role
from generator.extract.speakers.opening_names import stranded_opening_name
from generator.extract.speakers.subject_phrases import names_in_apposition, quote_glued
from generator.extract.words import word_lists
from generator.model import Actor, name_key

# "Hansen and his collaborators": the people working with one person, in that person's name
COMPANION_NOUNS = word_lists("speaker_words")["companion_nouns"]


# "unions", "workers": people in the plural whom "they" may mean (data/speaker_words.toml)
GROUP_PLURALS = word_lists("speaker_words")["group_plurals"]


def _title_male(ctx: _Context, actor: Actor, gender: str) -> bool:
    """Whether a "she" may still be `actor`, known a man only by a title in "-man"
    ("FERC Chairman Martha Hesse", "Trump spokesman Hope Hicks"): only as the speaker
    of the nearest reporting clause, whom the "she" continues (`_previous_report`),
    never found by a walk further back ("RNC Chairman Reince Priebus ... she had
    voted" is not his). The first "she" so given makes her a woman (`_learn_gender`)."""
    return gender == "f" and id(actor) in ctx.title_male


def _recent_reports(ctx: _Context, start: int) -> Iterator[_Report]:
    """The reporting clauses before `start`, nearest first, within LOOKBACK_SENTENCES
    of the writer's own (sentences of quoted text between do not count: a long quotation
    names no new speaker): the only ones a back-reference ("he said", "said the
    spokesman") may continue."""
    here = ctx.sent_of(start)
    for report in reversed(ctx.reports):
        if report.pos >= start:
            continue
        if report.sent < here - LOOKBACK_SENTENCES:
            reach = LOOKBACK_SENTENCES + _quote_sentences(ctx, report.pos, start)
            if report.sent < here - reach:
                return
        yield report


_AS_FOR = re.compile(r"\W*(?:(?:but|and|meanwhile),?\s+)?as\s+for\s+(.+?),\s*$", re.I)


def _as_for_person(ctx: _Context, start: int, gender: str) -> Actor | None:
    """ "“..., ” the Texas senator said. ... As for Trump, he said he's not worried": a
    sentence that opens on a person ("As for X,") and goes on with "he"/"she" is about
    that person, not the one who spoke before. The one person of a compatible gender
    named in the opening phrase, outside quotes; None when there is none or several."""
    sent_start = ctx.sent_starts[ctx.sent_of(start)]
    match = _AS_FOR.fullmatch(ctx.text[sent_start:start])
    if match is None:
        return None
    begin, end = sent_start + match.start(1), sent_start + match.end(1)
    people = [a for a in ctx.actors_in(begin, end) if a.type == "person"]
    if len(people) != 1 or ctx.in_content(begin) or not _compatible(ctx, people[0], gender):
        return None
    return _unless_other_gender(ctx, people[0], gender)


def _previous_report(ctx: _Context, start: int, gender: str) -> _Report | None:
    """The nearest earlier reporting clause a "he"/"she" at `start` continues, if clear.

    Only within a few sentences, only a person (or a description of one) of a compatible
    gender, and only if no other compatible person is the subject of a sentence between
    the clause and the pronoun ("Maria Novak disagreed. ... she said" is Novak's).
    """
    for nearest, report in zip(itertools.count(0), _recent_reports(ctx, start)):
        if report.actor is not None and report.actor.type == "person":
            titled_woman = nearest == 0 and _title_male(ctx, report.actor, gender)
            if not _compatible(ctx, report.actor, gender) and not titled_woman:
                continue
        elif report.actor is not None and _name_shaped(report.actor):
            return None  # "But Tony Banks, Labour MP, said ... He said": the model's body
        elif report.actor is not None and _surname_body_next(ctx, report, start):
            return None  # "Phillips said ... she said": maybe her, never someone before
        elif report.gender is None or report.gender not in {"", gender}:
            continue  # a body, or a description of someone of the other gender
        owner = _possessive(ctx, report.start, report.end)
        if owner and _pronoun_subject(ctx, report.sent, gender):
            # "And he hit back at Mr Mallon's claim that ... . “...,” he said": the
            # sentence's own "he" is the one who goes on speaking, not the claim's owner
            continue
        report = main_subject_report(ctx, report, gender) or report  # "Asked whether ..."
        if _subject_between(ctx, report, start, gender):
            return None
        if _introduced_between(ctx, report, start, gender):
            return None
        if _paragraph_of_another(ctx, report, start, gender):
            return None
        if _unnamed_subject_between(ctx, report.end, start, report.actor, report.mention):
            return None
        if _indefinite_person_between(ctx, report.end, start):
            return None
        if report.actor is not None and _given_name_contradicts(ctx, report.actor, gender):
            if _none_else_may_be(ctx, ctx.sent_starts[report.sent], start, gender, report.actor):
                continue  # "said Edward Pollard. Senator Margaret Holloway has
                # proposed ... . “...,” he said": not hers, and no one else's between
            return None
        if _report_in_doubt(ctx, report, start, gender):
            return None
        return report
    return None


def _report_in_doubt(ctx: _Context, report: _Report, start: int, gender: str) -> bool:
    """Whether a "he"/"she" at `start` must not continue a person's report: the report's
    mention only owns what spoke ("Brasil", the model's person in "the Banco do
    Brasil's foreign trade department", where the director was the speaker; "Comey's
    statement" quoted by the one who tweeted it). The nearest person is looked for
    instead. Bodies and descriptions are left alone."""
    if report.actor is None or report.actor.type != "person":
        return False
    return _owner_in_mention(report.mention, report.actor)


def _person_report_in_doubt(ctx: _Context, report: _Report | None, start: int, gender: str) -> bool:
    """Whether the person's report a "he"/"she" would continue is put in doubt by
    another name that is a subject before the pronoun in its own sentence ("Trump went
    on to promote ..., note that he had just bought ...", where the last report was
    Romney's): that name may as well be whom the pronoun means, and no walk further
    back would be clearer, so the pronoun stays unresolved."""
    if report is None or report.actor is None or report.actor.type != "person":
        return False
    return _name_subject_before(ctx, report.actor, start, gender)


def _owner_in_mention(mention: str, actor: Actor) -> bool:
    """Whether `mention` holds the actor's name only as the owner of something else
    ("Brasil's foreign trade department")."""
    for name in [actor.name, *actor.aliases]:
        at = mention.find(name)
        if at >= 0 and mention[at + len(name) : at + len(name) + 2] in {"'s", "\u2019s"}:
            return True
    return False


def _name_subject_before(ctx: _Context, actor: Actor, start: int, gender: str) -> bool:
    """Whether a name other than `actor`'s is the subject of a clause of the writer's
    before the pronoun in its own sentence ("Trump went on to ..., note that he had",
    parsed with "went" under "note", the model having typed Trump a body). Only a proper
    noun the model tags a person or leaves untagged, outside quotes, and no person
    actor's mention (those are weighed by `_subject_between`, which knows their sex:
    "And if Clinton is the Democratic nominee, he said" is still Garcia's); never where
    the sentence has a "he"/"she" of its own as a subject besides, whose chain the name
    is told of."""
    i = bisect.bisect_left(ctx.token_starts, start)
    if i >= len(ctx.doc) or ctx.doc[i].idx != start:
        return False
    pronoun = ctx.doc[i]
    if _pronoun_subject_besides(ctx, ctx.sent_of(start), gender, start):
        return False  # "He hoped Jay-Z would “...”, he added": the sentence's own "he"
    for token in pronoun.sent:
        if token.i >= pronoun.i:
            break
        if token.dep_ not in _NOMINAL_SUBJECT_DEPS or token.pos_ != "PROPN":
            continue
        if token.ent_type_ not in {"PERSON", ""} or ctx.in_content(token.idx):
            continue
        if quote_glued(token):
            continue  # `budget."We have to`: quoted words, no name
        if any(s <= token.idx < e for s, e in actor.spans):
            continue  # the speaker again, under the same name
        if names_in_apposition(token, actor):
            continue  # "Director of public credit Angel Gurria told ..., but he said"
        if _capital_by_position(ctx, token):
            continue  # "Trade had been liberalised ..., but he acknowledged": no name
        if any(s <= token.idx < e and a.type == "person" for s, e, a in ctx.spans):
            continue  # a person the article knows: `_subject_between` weighs them
        return True
    return False


def _writer_subjects(ctx: _Context, after: int, start: int) -> Iterator[Token]:
    """The subjects of the writer's own clauses among the tokens that start after
    character `after` and before `start`: a quotation's or a report's content is what was
    said, not who is on the scene, and is left out (`_Context.in_content`)."""
    i = bisect.bisect_right(ctx.token_starts, after)
    while i < len(ctx.doc) and ctx.doc[i].idx < start:
        token = ctx.doc[i]
        i += 1
        if token.dep_ in _NOMINAL_SUBJECT_DEPS and not ctx.in_content(token.idx):
            yield token


def _indefinite_person_between(ctx: _Context, after: int, start: int) -> bool:
    """Whether a clause of the writer's between `after` and `start` has as its subject
    one person brought up without a name ("However, a stocks fund manager at a major
    trust bank made a more gloomy prediction. “...,” he said"): the "he" after it is that
    person, not the one who spoke before. Subjects inside what a reporting verb reports
    are what was said, not someone on the scene."""
    for token in _writer_subjects(ctx, after, start):
        if token.pos_ != "NOUN" or token.tag_ != "NN" or _in_actor(ctx, token.idx):
            continue
        lemma = token.lemma_.lower()
        if lemma not in TITLE_WORDS and lemma not in PERSON_NOUNS:
            continue
        if not any(c.dep_ == "det" and c.lower_ in INDEFINITES for c in token.children):
            continue
        if _in_reported_clause(token):
            continue
        return True
    return False


def _introduced_between(ctx: _Context, report: _Report, start: int, gender: str) -> bool:
    """Whether the writer introduces another person of a compatible gender (named for
    the first time in the article) after the report's sentence and before the pronoun:
    "That sense of independence is what first drew Samantha Olivieri, 20, to
    skateboarding. Then a student ..., Ms. Olivieri found ..., she said" is the
    newcomer's account, not the earlier speaker's, whatever part of the sentence the
    newcomer's name takes. The report is then not continued (the nearest person is
    looked for instead). A name inside a
    quotation, only owning what the sentence names in passing, or the object of a
    preposition (who is talked about), introduces no one."""
    here = ctx.sent_of(start)
    for event in ctx.events_before(start):
        if event.sent <= report.sent:
            return False
        if event.sent == here:
            continue  # "Along with her husband, Milton Berg, she has given": in the
            # pronoun's own sentence a name is whom the "she" acts with, not who she is
        if event.owner or ctx.in_content(event.pos) or not event.actor.listed:
            continue
        if not _compatible(ctx, event.actor, gender):
            continue
        if _other_sex_in_passing(ctx, report, event, start, gender):
            continue  # "Sanders endorsed her challenger, Tim Canova": no "she"
        if _object_of_preposition(ctx, event):
            continue  # "Of the scrutiny over Melania Trump, he said": talked about
        if _pronoun_subject_besides(ctx, event.sent, gender, start):
            return False  # "Along with her husband, Milton Berg, she has given ... .
            # She called": the sentence's "she" is someone else, named before
        # the nearest such person decides: "Mr Royce has led it before but Mr Dalton is
        # taking that role ... he said" names the speaker again after the newcomer
        return event.actor is not report.actor and min(s for s, _ in event.actor.spans) == event.pos
    return False


def _paragraph_of_another(ctx: _Context, report: _Report, start: int, gender: str) -> bool:
    """Whether the pronoun's paragraph, begun after the report's, brings up another
    person of a compatible gender before it, and not the report's speaker: "Reached by
    POLITICO, Hammond, the Indiana national committeeman, hesitated ... . He agreed
    that ..." is Hammond's, not the words of whoever spoke in the paragraph before,
    whatever the parse makes of the sentence. The report is then not continued (the
    nearest person is looked for instead). Names inside quotations, owners named in
    passing and the objects of a preposition (who is talked about) do not count."""
    begin = ctx.text.rfind("\n", 0, start) + 1
    if report.pos >= begin:
        return False
    other = False
    for event in ctx.events_between(begin, start):
        if event.owner or ctx.in_content(event.pos) or not event.actor.listed:
            continue
        if event.actor is report.actor:
            return False
        if _object_of_preposition(ctx, event):
            continue  # "Of the scrutiny over Melania Trump, he said": someone talked about
        if _pronoun_subject_besides(ctx, event.sent, gender, start):
            continue  # "He hoped Tom Harlan would ...": not the one the "he" is
        if _other_sex_in_passing(ctx, report, event, start, gender):
            continue
        other = other or _compatible(ctx, event.actor, gender)
    return other


def _pronoun_subject_besides(ctx: _Context, sent: int, gender: str, start: int) -> bool:
    """Whether sentence `sent` has, outside quotations, a "he"/"she" of that gender as a
    subject other than the one at `start`: "He hoped Tom Harlan would “...”, he added"
    and "Along with her husband, Milton Berg, she has given" speak of the person that
    pronoun refers to, named earlier, not of the newcomer."""
    words = FEMALE_PRONOUNS if gender == "f" else MALE_PRONOUNS
    return any(
        token.lower_ in words
        and token.dep_ in _NOMINAL_SUBJECT_DEPS
        and token.idx != start
        and not ctx.in_content(token.idx)
        for token in ctx.sentence_tokens(sent)
    )


def _name_shaped(actor: Actor) -> bool:
    """Whether a body or place is named like a person ("Tony Banks", a given name and
    one more word): a "he" after its report may be that person, so no one further back
    is clearly meant."""
    words = actor.name.split()
    return len(words) == 2 and words[0] in GIVEN_NAMES and words[1][:1].isupper()


# Words no person's name holds: a body's legal form, kind or part of a firm's name
_BODY_NAME_WORDS = (
    COMPANY_SUFFIXES
    | WIRE_COMPANY_FORMS
    | COMPANY_WORDS["name_endings"]
    | ORG_NOUNS
    | BODY_NOUNS
    | PARTY_WORDS
)


def _surname_shaped_body(ctx: _Context, report: _Report) -> bool:
    """Whether a report's speaker is a body the model typed from one or two capitalised
    words that may as well be a person's surname or name ("Phillips said", "Alfredo
    Ricart told Reuters"): written as the body's whole name, no legal form, no kind of
    body, no known place, no acronym, no article ("the Senate will vote"), and no person
    of the article's with that surname ("Ebeling" typed a body beside Betsy Ebeling: the
    walk back finds her). A "he"/"she" right after it may be that person, so no one
    further back is clearly meant (see `_previous_report`)."""
    actor = report.actor
    if actor is None or actor.type != "organization":
        return False
    if report.mention.split()[:1] in (["the"], ["The"]):
        return False  # "the Senate will vote": a name with an article is no person's
    written = _strip_name(report.mention)
    if name_key(written) not in {name_key(n) for n in [actor.name, *actor.aliases]}:
        return False
    words = written.split()
    if not 1 <= len(words) <= 2 or written.casefold() in KNOWN_PLACES:
        return False
    for word in words:
        if not (word[:1].isupper() and word[1:].islower() and word.replace("-", "").isalpha()):
            return False
        if word.casefold() in _BODY_NAME_WORDS or word.casefold() in KNOWN_PLACES:
            return False
    return not any(a.type == "person" for a in ctx.by_last.get(name_key(words[-1]), []))


def _surname_body_next(ctx: _Context, report: _Report, start: int) -> bool:
    """Whether `report` is a body named like a person (`_surname_shaped_body`:
    "Phillips said", the model typing the surname a body) and no person is named
    outside quotations between it and a "he"/"she" at `start`: the pronoun may be that
    speaker (or a company's unnamed voice: "Kodak said ... he said"), so no person named
    before is clearly meant, and it stays open. With a person named between, the walk
    goes on past the body as it always did."""
    if report.actor is None or not _surname_shaped_body(ctx, report):
        return False
    return not any(not ctx.in_content(e.pos) for e in ctx.events_between(report.end, start))


def _name_shaped_subject_between(ctx: _Context, begin: int, end: int) -> bool:
    """Whether a body or place named like a person (`_name_shaped`) is the subject of a
    clause between `begin` and `end`, outside any quotation."""
    i = bisect.bisect_left(ctx.span_starts, begin + 1)
    while i < len(ctx.spans) and ctx.spans[i][0] < end:
        s, e, actor = ctx.spans[i]
        i += 1
        if actor.type == "person" or not _name_shaped(actor) or ctx.in_content(s):
            continue
        if ctx.is_subject(s, e):
            return True
    return False


def _group_report(ctx: _Context, start: int) -> _Report | None:
    """The reporting clause a "they said" at `start` continues, if clear.

    Only the nearest earlier report, and only when it is a group: an organisation, or
    a plural description ("analysts said ... they cautioned"), or one person the
    article leaves unnamed and ungendered ("The ex-partner suspected ... they
    testified", the singular "they" of testimony), or a person with their team
    ("according to Hansen and his collaborators ... they argue"). Never a named person
    alone, and never
    across another subject of the writer's between the two (a plural noun, a name, a
    pronoun): "they" may be any group the sentences between bring up.
    """
    report = next(_recent_reports(ctx, start), None)
    if report is None:
        return None
    if report.actor is not None:
        led = report.actor.type == "person"
        if led and _with_companions(ctx, report.start, report.end) is not report.actor:
            return None  # a named person is never "they"; "Hansen and his team" are
        if not led and report.actor.type not in {"org", "organization"}:
            return None
        voice = not led and not _is_just_name(_words(report.mention), [report.actor])
        if voice and not _body_voices(ctx, report):
            return None  # "Budget Committee sources said": a voice of the body, not it
    elif not _group_description(ctx, report) and _one_unnamed(report.mention) != "":
        return None
    if _subject_between_report(ctx, report, start):
        return None
    body = report.actor is not None and report.actor.type == "organization"
    if body and _other_group_between(ctx, report, start):
        return None
    return report


def _body_voices(ctx: _Context, report: _Report) -> bool:
    """Whether a body's report names its speakers as plural voices of it and nothing
    else ("Commerce Ministry officials told Reuters ...", "LDP officials said"): the
    body's name, then one plural of `SPOKES_NOUNS`. The "they" that goes on is those
    officials, whose words the page already gives the body, so "they" speaks for it too.
    Never a description that names more ("officials at the ministry and the bank"); a
    "they" the body was given so continues in turn."""
    if _words(report.mention) == ["they"]:
        return True  # "..., they added. They said": the same voices, already the body's
    span = ctx.doc.char_span(report.start, report.end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return False
    root = span.root
    if root.tag_ != "NNS" or root.lemma_.lower() not in SPOKES_NOUNS or root.i != span.end - 1:
        return False
    assert report.actor is not None
    words = _words(_without_own_acronym(ctx.text[report.start : root.idx], report.actor))
    words = words[1:] if words[:1] == ["the"] else words
    return bool(words) and _is_just_name(words, [report.actor])


_BRACKETED_AT_END = re.compile(r"\s*\(([^()]+)\)\s*$")


def _without_own_acronym(name: str, actor: Actor) -> str:
    """The body's name without the short name wire copy gives it in brackets after it
    ("Ministry of International Trade and Industry (MITI) officials"), when that is a
    name of the same body: its officials are still its voices, and "they" goes on for
    it. Any other bracketed words stay."""
    match = _BRACKETED_AT_END.search(name)
    if match is None:
        return name
    if name_key(match.group(1)) not in {name_key(n) for n in [actor.name, *actor.aliases]}:
        return name
    return name[: match.start()]


def _other_group_between(ctx: _Context, report: _Report, start: int) -> bool:
    """Whether the writer's words between a body's report and "they" bring up other
    people in the plural ("The Cabinet Office has confirmed it is reviewing the system,
    prompting unions to threaten action. They believe ..."): "they" is as likely them as
    the body, so neither is given."""
    i = bisect.bisect_right(ctx.token_starts, report.end - 1)
    while i < len(ctx.doc) and ctx.doc[i].idx < start:
        token = ctx.doc[i]
        i += 1
        if token.tag_ != "NNS" or _in_actor(ctx, token.idx):
            continue  # (what the body itself said counts: "it is reviewing ..., prompting
            # unions to threaten action" may be the body's words or the writer's)
        lemma = token.lemma_.lower()
        if lemma in ORG_NOUNS or lemma in SPOKES_NOUNS or lemma in GROUP_PLURALS:
            return True
    return False


def _one_unnamed(mention: str) -> str | None:
    """The gender of a description of one person (see `_description_gender`), reading
    a former title as the title ("the ex-partner" is a partner)."""
    return _description_gender(re.sub(r"(?i)\bex-", "", mention))


def _group_description(ctx: _Context, report: _Report) -> bool:
    """Whether an unresolved report's speaker is a plural description with no name in
    it ("analysts", "the staffers", "two former employees"), not a pronoun."""
    span = ctx.doc.char_span(report.start, report.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    if root.pos_ != "NOUN" or root.tag_ != "NNS":
        return False
    return not any(t.pos_ == "PROPN" or t.dep_ == "conj" for t in span)


def _subject_between_report(ctx: _Context, report: _Report, start: int) -> bool:
    """Whether a clause of the writer's between the report and `start` has a subject
    of its own other than "they" or the report's own speaker."""
    for token in _writer_subjects(ctx, report.end - 1, start):
        if token.lower_ == "they" or report.start <= token.idx < report.end:
            continue
        if token.pos_ == "PRON" and token.lower_ in RELATIVE_PRONOUNS:
            continue
        return True
    return False


def _said_of_by_pronoun(ctx: _Context, pos: int, gender: str) -> bool:
    """Whether the person named at `pos` is the subject of a clause that a "he"/"she"
    of that gender hopes, says or thinks: "He hoped Jay-Z would “move the company on”,
    he added" is about Jay-Z, told by the "he" who goes on speaking."""
    token = ctx.name_head(pos)
    if token is None or token.dep_ not in _NOMINAL_SUBJECT_DEPS:
        return False
    words = FEMALE_PRONOUNS if gender == "f" else MALE_PRONOUNS
    verb = token.head
    while verb.dep_ in {"ccomp", "xcomp"} and verb.head.i != verb.i:
        verb = verb.head
        if any(c.dep_ == "nsubj" and c.lower_ in words and c.i < token.i for c in verb.children):
            return True  # the pronoun before the name: "Ms Hutt said she hoped" is hers
    return False


def reported_subject_of(ctx: _Context, event: _Event, gender: str) -> bool:
    """Whether a person is the subject of reported speech ("aides say Ivanka Trump
    advises her father") and the article tells that person is of the pronoun's sex: a
    turn of the story to someone a later "he"/"she" may continue. A name the model typed
    a person without a sex the article gives ("Electrospace should add ..., he said")
    is no such turn, and neither is the subject of the words being attributed ("Ms.
    Olivieri found skating to be a salve ..., she said" is most likely hers)."""
    return (
        event.subject
        and ctx.in_reported(event.pos)
        and not ctx.in_quote(event.pos)  # "Ms. Olivieri found skating ..., she said": hers
        and _known_sex(ctx, event.actor) == gender
    )


def _subject_between(ctx: _Context, report: _Report, start: int, gender: str) -> bool:
    """Whether another compatible person is the subject nearest before `start`, after
    the report's sentence.

    The nearest compatible subject decides ("Mr Brown has headed it before but Mr
    Milburn is taking that role ... , he said" is Milburn's); in sentences before the
    pronoun's own, subjects inside adverbial clauses do not count ("His proposal comes
    after viewers watched Bush debate Kerry. He said" is still the proposer's).
    """
    here = ctx.sent_of(start)
    for event in ctx.events_before(start):
        if event.sent <= report.sent:
            return False
        if ctx.in_content(event.pos) and not reported_subject_of(ctx, event, gender):
            continue  # a name inside a quotation is what was said, not who speaks; the
            # subject of reported speech is whom the story turns to ("Sucher said ...
            # Aides say Ivanka Trump advises her father. “...,” she said" is not Sucher's)
        subject = event.subject or stranded_opening_name(ctx, event)  # "Trump, when ..."
        subject = subject or _included_in_subject(ctx, event)
        if not subject or not _compatible(ctx, event.actor, gender):
            continue
        if _other_sex_in_passing(ctx, report, event, start, gender):
            continue
        if event.sent < here and event.background:
            continue
        if _said_of_by_pronoun(ctx, event.pos, gender):
            continue
        return event.actor is not report.actor
    return False


def _included_in_subject(ctx: _Context, event: _Event) -> bool:
    """Whether a name is one of a subject's people ("French economists, including
    Cheval at Indosuez, agreed with the report. "...," he said"): the one of them the
    story names, and so who a "he" after may be, as a subject is."""
    token = ctx.name_head(event.pos)
    if token is None or token.dep_ != "pobj" or token.head.lower_ not in {"including", "among"}:
        return False
    return token.head.head.dep_ in _NOMINAL_SUBJECT_DEPS


def _other_sex_in_passing(
    ctx: _Context, report: _Report, event: _Event, start: int, gender: str
) -> bool:
    """Whether a person named between a report and a "he"/"she" that continues it
    (a subject, a newcomer, someone of the pronoun's paragraph) is of the other sex by
    given name, and the report's speaker the only person between who may be the
    pronoun: "said Mr. Burman of the Tax Policy Center. Proposals so far from the
    Democratic front-runner, Hillary Rodham Clinton, ... he added" is still Burman's,
    and "Wasserman Schultz ... said ... Sanders endorsed her primary challenger, law
    professor Tim Canova. “...,” she said" hers. Anyone else between who may be the
    pronoun ("Clinton made an appearance, courtesy of Wes Nakagiri, a delegate ...
    “...,” he said") leaves that person a stop, as before: the chain may have moved on
    to them."""
    if not _given_name_contradicts(ctx, event.actor, gender):
        return False
    if _surname_of_several(ctx, event):
        return False  # a bare "Clinton" where Bill and Hillary Clinton are both named
    return _none_else_may_be(ctx, report.end, start, gender, report.actor)


def _surname_of_several(ctx: _Context, event: _Event) -> bool:
    """Whether the mention at `event` is a bare surname that two people of the article
    bear (`namesakes._shared_surname`): "Bill Clinton" ... "Hillary Clinton" ... "Clinton
    noted". The mention was filed under one of them, but its words name neither, so its
    given name says nothing of who stands between: the pronoun may be the other one's."""
    i = bisect.bisect_left(ctx.span_starts, event.pos)
    ends = [e for s, e, a in ctx.spans[i:] if s == event.pos and a is event.actor]
    if not ends:
        return False
    words = _strip_name(ctx.text[event.pos : ends[0]]).split()
    return len(words) == 1 and _shared_surname(ctx, words[0])


def _none_else_may_be(
    ctx: _Context, begin: int, start: int, gender: str, actor: Actor | None
) -> bool:
    """Whether no person named between `begin` and a "he"/"she" at `start` may be that
    pronoun (`_may_stand_for`), `actor` aside: the one such person named there
    ("courtesy of Wes Nakagiri, a delegate") is whom the pronoun may have moved on to,
    subject or not. Names inside what was said count too: "Bernard Alvarez endorsed
    her challenger, Teresa Brandt. “...,” she said" may be Brandt's words."""
    for other in ctx.events_between(begin, start):
        if other.actor is actor:
            continue
        if modifier_of_thing(ctx, other) and not _reported(ctx, other.actor, start):
            continue  # "the Obama administration": named in passing, not on the scene
        if _may_stand_for(ctx, other.actor, gender):
            return False
    return True


def _reported(ctx: _Context, actor: Actor, start: int) -> bool:
    """Whether `actor` is the speaker of a reporting clause a "he"/"she" at `start` may
    still continue (`_recent_reports`): someone on the scene, however named since."""
    return any(r.actor is actor for r in _recent_reports(ctx, start))


def _with_companions(ctx: _Context, start: int, end: int) -> Actor | None:
    """The one named person of "Hansen and his collaborators" / "Smith and her team":
    the people who work with someone speak in that person's name (COMPANION_NOUNS). Only
    a name joined to one such noun, owned by "his"/"her"; any other list is several
    speakers (see `_several`)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    conjuncts = [c for c in root.children if c.dep_ == "conj"]
    if root.pos_ != "PROPN" or len(conjuncts) != 1:
        return None
    companion = conjuncts[0]
    owners = [c.lower_ for c in companion.children if c.dep_ == "poss"]
    if companion.lower_ not in COMPANION_NOUNS or owners not in (["his"], ["her"]):
        return None
    if any(c.dep_ == "conj" for c in companion.children):
        return None  # "Smith, his colleagues and the ministry": a list
    people = [a for a in ctx.actors_in(start, companion.left_edge.idx) if a.type == "person"]
    others = [a for a in ctx.actors_in(start, end) if a.type != "person"]
    if len(people) != 1 or others:
        return None
    if not _compatible(ctx, people[0], "f" if owners == ["her"] else "m"):
        return None  # "Smith and her colleagues" where Smith is "he"
    return people[0]


def _unnamed_subject_between(
    ctx: _Context, after: int, start: int, same: Actor | None = None, voice: str = ""
) -> bool:
    """Whether a clause between `after` and `start` has as its subject someone the
    article has not made an actor: a definite title ("The CIA director made no secret")
    or a name the model missed ("Wall praised ..."). A "he" after it is more likely that
    person than anyone named before, so it is left unresolved.

    A title the article has given `same` (the person the "he" would refer to) is that
    person under another name, not someone else: "Pompeo, the CIA director, declared
    ... The CIA director made no secret ... he rumbled" is Pompeo's.

    In the sentence of `after` itself, a subject inside what its reporting verb reports
    is what was said, not a new person on the scene: "Mr MacDonell said that the first
    minister should know ... . He added:" is still MacDonell's.

    `voice`: the words of the reporting clause the "he" would continue; when they
    describe a body's voice ("an American Motors spokesman"), "The spokesman" after it
    is that voice again (`_voice_again`), not someone new."""
    first = ctx.sent_of(after)
    for token in _writer_subjects(ctx, after, start):
        if token.head.dep_ not in {"ROOT", "conj"} and token.head.pos_ != "VERB":
            continue
        if ctx.sent_of(token.idx) == first and _in_reported_clause(token):
            continue
        titled = token.pos_ == "NOUN" and token.lemma_.lower() in TITLE_WORDS
        titled = titled and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        name = token.pos_ == "PROPN" and token.ent_type_ in {"", "PERSON"}
        name = name and not quote_glued(token) and not _names_a_thing(ctx, token)
        name = name and not _capital_by_position(ctx, token)
        if (titled or name) and not _in_actor(ctx, token.idx):
            if titled and same is not None and _title_of(ctx, token) is same:
                continue
            if titled and same is not None and _held_as(ctx, token, same):
                continue
            if titled and _voice_again(ctx, token, voice, same):
                continue
            return True
    return False


def _voice_again(ctx: _Context, token: Token, voice: str, body: Actor | None) -> bool:
    """Whether a definite description of a body's voice ("The spokesman", "The American
    Motors spokesman") repeats the one a reporting clause used ("an American Motors
    spokesman said", "The spokesman said" resolved to American Motors Corp): the same
    head noun, one person who speaks for a body (`BODY_VOICES`), and no word but those
    of the clause or of the name of the body it was resolved to, so that "the Chrysler
    spokesman" after "an American Motors spokesman" stays someone else."""
    said = _words(voice)
    head = _head_noun(said)
    if head is None or head not in BODY_VOICES or token.lower_ != head:
        return False
    words = _words(ctx.doc[token.left_edge.i : token.i + 1].text)
    known = set(said)
    if body is not None and body.type != "person":
        known |= set(_words(body.name))
    return words[0] == "the" and set(words[1:]) <= known


def _names_a_thing(ctx: _Context, token: Token) -> bool:
    """Whether a name the model left untagged here is, elsewhere in the article, the
    whole name of a well-known place ("England face Italy"): no new person on the
    scene. Not any actor typed a place or a body: a surname the model took for one
    ("Zvonareva has lost", "Souness also paid tribute") is a person."""
    words = ctx.doc[token.left_edge.i : token.i + 1]
    name = _strip_name(words.text)
    actor = ctx.by_name.get(name_key(name))
    if actor is not None and actor.type == "place" and name.casefold() in KNOWN_PLACES:
        return True
    return _company_short_form(ctx, name, token.idx)


def _company_short_form(ctx: _Context, name: str, at: int) -> bool:
    """Whether an untagged name is wire copy's short form of a company the article
    named in full before it ("Outboard Marine Corp said ... Outboard now has 17 mln
    shares outstanding"): the opening words of one organisation's name whose other
    words leave it that company (`rest_of_company_name`), and a word of no person's
    name, so a founder ("Ford" beside Henry Ford) stays a person."""
    short = name.split()
    if not short or any(
        a.type == "person" and set(short) & set(a.name.split()) for a in ctx.actors
    ):
        return False
    opening = [a for a in ctx.actors if a.name.split()[: len(short)] == short and a.name != name]
    if len(opening) != 1 or opening[0].type != "organization" or not opening[0].spans:
        return False
    full = opening[0]
    rest = full.name.split()[len(short) :]
    return rest_of_company_name(rest, short) and min(full.spans)[0] < at


# "U.S."/"U.K.": Reuters-21578 capitalises every word after them ("U.K. Ones")
WIRE_ABBREVIATIONS = frozenset({"u.s.", "u.k."})
# Nouns of people ("Negotiator", "Officials", "Traders"): someone on the scene even when
# capitalised only by their place
PEOPLE_WORDS = (
    TITLE_WORDS
    | PERSON_NOUNS
    | OCCUPATION_NOUNS
    | REFERRING_NOUNS
    | ANONYMOUS_PERSON_NOUNS
    | WIRE_VOICE_NOUNS
    | GROUP_PLURALS
)


def _capital_by_position(ctx: _Context, token: Token) -> bool:
    """Whether an untagged proper noun is a common noun with a capital only for where
    it stands: "Trade had been liberalised ..., but he acknowledged", "The current
    situation of U.S. Markets being steady, and U.K. Ones changeable, might alter
    completely ..., he added" (wire copy capitalises the word after "U.S."/"U.K.").
    The parser reads such a word as a name, which `_unnamed_subject_between` took for
    a new person on the scene, so the "he" of the one who had been speaking was lost.

    Only a single word, untagged, with no name word before it, that opens its sentence
    or follows "U.S."/"U.K.", is a dictionary noun (itself or without a plural "s")
    that names no person ("Negotiator", "Officials": `PEOPLE_WORDS`), is not what a
    reporting verb has speak, and is written with a capital nowhere else in the article
    but in such places: a surname the model missed ("Wall praised ...") is written so
    where the article introduces its bearer ("Stephen Wall, the envoy")."""
    if token.pos_ != "PROPN" or token.ent_type_:
        return False
    if any(c.pos_ == "PROPN" and c.lower_ not in WIRE_ABBREVIATIONS for c in token.children):
        return False
    nouns = dictionary_words().get("noun", frozenset())
    word = token.lower_
    forms = _singular_forms(word)
    if not forms & nouns or forms & PEOPLE_WORDS:
        return False  # "the U.S. Negotiator said": a person, whatever the capital
    if token.head.lemma_ in REPORTING_LEMMAS:
        return False  # "U.S. Sources said": whatever speaks is someone
    return all(_placed_capital(t) for t in ctx.doc if t.text == token.text)


def _singular_forms(word: str) -> set[str]:
    """The word and the singulars it may be the plural of: "orders" (order), "taxes"
    (tax, after a sibilant only), "salaries" (salary), so that a plural opening a
    sentence is looked up as the dictionary noun it is."""
    forms = {word}
    if word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith(("ses", "xes", "zes", "ches", "shes")):
        forms.add(word[:-2])  # never "hayes" (hay) nor "james" (jam): names
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    return forms


def _placed_capital(token: Token) -> bool:
    """Whether a token is capitalised by its place: opening its sentence (after any
    opening quotation mark) or right after "U.S."/"U.K." (see `_capital_by_position`)."""
    i = token.i
    while i > token.sent.start and token.doc[i - 1].is_quote:
        i -= 1
    if i == token.sent.start:
        return True
    return token.doc[i - 1].lower_ in WIRE_ABBREVIATIONS


def _held_as(ctx: _Context, token: Token, person: Actor) -> bool:
    """Whether the article has said, before the definite title headed by `token`, that
    `person` acts as that title: "Pompeo's first public speech as CIA Director ... The
    CIA director made no secret". Read from the words, not the parse (which may take
    "as CIA Director was" for a clause): "as" and the title's words, outside quotes,
    in a sentence that names `person` and no one else before them."""
    title = [w for w in _words(ctx.doc[token.left_edge.i : token.i + 1].text)]
    title = [w for w in title if w not in DETERMINERS]
    if len(title) < 2:
        return False  # "the director": any director the article may bring up
    pattern = r"\bas\s+(?:the\s+|an?\s+)?" + r"\s+".join(map(re.escape, title)) + r"\b"
    for match in re.finditer(pattern, ctx.text[: token.left_edge.idx], re.IGNORECASE):
        at = match.start()
        if ctx.in_content(at):
            continue
        begin = ctx.sent_starts[ctx.sent_of(at)]
        people = {id(a): a for a in ctx.actors_in(begin, at) if a.type == "person"}
        if list(people.values()) == [person]:
            return True
    return False


def _title_of(ctx: _Context, token: Token) -> Actor | None:
    """The one person whose roles in the article hold every word of the definite title
    headed by `token` ("The CIA director": a person with the role "CIA director")."""
    words = [w for w in _words(ctx.doc[token.left_edge.i : token.i + 1].text)]
    modifiers = [w for w in words[:-1] if w not in DETERMINERS]
    if not modifiers:
        return None  # "the director": any director the article may bring up
    return _person_by_role(ctx, token.idx, words[-1], modifiers, required=modifiers)
