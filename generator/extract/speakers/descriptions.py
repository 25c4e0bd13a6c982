"""Speakers named by a description ("the defense secretary", "a spokesman for the
ministry", "the 20-year-old", "the company"): the head noun decides the kind of actor
and the one earlier mention it can describe, or None when several could.
"""

from __future__ import annotations

import re

from generator.extract.actors import PARTY_WORDS, TITLE_WORDS
from generator.extract.nationalities import DEMONYM_NOUNS, NATIONALITY_MODIFIERS
from generator.extract.pronouns import (
    RELATIVE_PRONOUNS,
)
from generator.extract.speaker_checks import paper_as_document
from generator.extract.speakers.apposed_title import apposed_title_holder
from generator.extract.speakers.apposition import _org_apposed_before
from generator.extract.speakers.body_titles import body_title_holder
from generator.extract.speakers.candidacy_focus import (
    described_party,
    offices_besides_candidacy,
    parties_of,
    ruled_out,
)
from generator.extract.speakers.chains import (
    _org_subject_just_before,
    _previous_org_report,
    _previous_subject,
    _sole_previous_subject,
)
from generator.extract.speakers.companies import (
    _company_of_its_words,
    _company_statement,
    _lead_body,
    _wire_voice_verdict,
)
from generator.extract.speakers.context import (
    _compatible,
    _Context,
    _party_of,
    _quoted_only,
    _Report,
)
from generator.extract.speakers.facts import fact_conflict, fact_referent, nationality_of_another
from generator.extract.speakers.filed import FILED_DOCUMENT_NOUNS, _document_author
from generator.extract.speakers.gender import _description_gender
from generator.extract.speakers.initials import _top_of_body_by_initials
from generator.extract.speakers.lexicon import (
    BODY_VOICES,
    DESCRIBED_OCCUPATION_NOUNS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_ROLE_WORDS,
    INDEFINITES,
    LOOSE_MODIFIERS,
    MALE_ROLE_WORDS,
    OCCUPATION_NOUNS,
    ORG_NOUNS,
    PAPER_SCOPE_MODIFIERS,
    PARTY_ADJECTIVES,
    PARTY_NAMES,
    PREPOSITIONS,
    PUBLICATION_NOUNS,
    RANK_WORDS,
    REFERRING_NOUNS,
    RELAY_PARTICIPLES,
    SENIORITY_WORDS,
    SPOKES_NOUNS,
    STATEMENT_NOUNS,
    WIRE_VOICE_NOUNS,
)
from generator.extract.speakers.name_text import _capitalised, _former, _head_noun, _words
from generator.extract.speakers.named_next import (
    _apposed_head,
    _introduced_next,
    _lead_indefinite_named_later,
    _lead_named_next,
    _named_next,
    _org_introduced_next,
)
from generator.extract.speakers.offices import (
    _office_seat,
    _person_by_role,
    _role_words,
    _sole_office_holder,
)
from generator.extract.speakers.orgs import (
    _government_voice,
    _not_company,
    _org_from_words,
    _recent_org,
)
from generator.extract.speakers.past_holders import past_office, sole_person_at_hand
from generator.extract.speakers.reports import _recent_reports, _unnamed_subject_between
from generator.extract.words import word_lists, word_set
from generator.model import Actor, name_key

# Endings of a compound modifier that describes a person, no office: "the
# Ballymena-born actor", "the Newport-based athlete", "the Oscar-nominated actor".
DESCRIBING_SUFFIXES = ("-based", "-born", "-nominated", "-winning")


AGE_HEAD = re.compile(r"\d+-year-old")  # "the 20-year-old": a person named before


REFERRING_MODIFIERS = word_lists("speaker_words")["referring_modifiers"]


INTRODUCED_TITLES = word_lists("speaker_words")["introduced_titles"]


CALLING_TITLES = word_lists("speaker_words")["calling_titles"]


PERSON_MODIFIERS = word_lists("speaker_words")["person_modifiers"] | NATIONALITY_MODIFIERS


GENERIC_MEMBER_NOUNS = word_lists("speaker_words")["generic_member_nouns"]


# "the new paper", "the research paper": a document, not a newspaper
DOCUMENT_MODIFIERS = word_lists("speaker_words")["document_modifiers"]


# What a body publishes, not what its voice says: "The report said" after "a BBC
# spokeswoman said" is not the BBC's ("the statement said" may be)
PUBLISHED_REPORTS = word_set("report study analysis assessment")


def _from_description(
    ctx: _Context, start: int, words: list[str], mention: str = ""
) -> Actor | None:
    """Descriptions: "the defense secretary", "a spokesman for the ministry", "the company"."""
    head = _head_noun(words)
    if head is None:
        return None
    head_i = words.index(head)
    modifiers = [w for w in words[:head_i] if w not in DETERMINERS]
    after = words[head_i + 1 :]
    if head in GENERIC_MEMBER_NOUNS and words[0] == "the" and not after:
        member = _member_of_named_body(ctx, start, head, modifiers)
        if member is not None:
            return member
    if head in SPOKES_NOUNS:
        if _former(words, head):
            return None  # "a former employee of the firm" no longer speaks for it
        if after[:1] == ["close"]:  # "a source close to the company"
            after = after[1:]
        holder = _sole_voice_holder(ctx, start, words, head, modifiers, after)
        if holder is not None:
            return holder
        phrase = after[1:] if after and after[0] in PREPOSITIONS else []
        clause = [i for i, w in enumerate(phrase) if w in RELATIVE_PRONOUNS | {"whose"}]
        if clause:
            # "a member of the board which regulates the farm credit system": the body
            # served is the board; what the relative clause names is what it deals with
            phrase = phrase[: clause[0]]
        relay = [i for i, w in enumerate(phrase) if w in RELAY_PARTICIPLES]
        if relay:
            # "a spokesman for the regulator quoted in China Daily": the paper only
            # relays what the regulator's spokesman said
            phrase = phrase[: relay[0]]
        if _party_voice_after_person(ctx, start, mention, words, head, modifiers, phrase):
            return None
        if phrase and _capitalised(mention, phrase[-1]):
            # "a spokesman for the European Anti-Fraud Office": a body named by a name
            # that is no actor of the article, not "the office" named before
            found = _org_from_words(ctx, start, phrase, back_reference=False)
        else:
            # "a spokesman for a major firm", "for one of the companies": some body of
            # that kind, not the one named last; only a name in the phrase says which
            some = bool(phrase) and phrase[0] in INDEFINITES
            found = (
                _org_from_words(ctx, start, phrase, back_reference=not some, mention=mention)
                or _org_from_words(ctx, start, modifiers, mention=mention)
                or _office_seat(ctx, modifiers + phrase)
            )
        if found is None and words[0] in INDEFINITES and head in BODY_VOICES:
            # "A spokesman for the Anti-Fraud Office said ... '...,' spokesman Jorg
            # Wojahn said": the spokesman named in the next reporting clause
            found = _named_next(ctx, start, head)
        voice = _unnamed_company_voice(words, head, modifiers, phrase)
        if found is None and voice is not None:
            # "Shell Francaise's refinery will shut down, a company spokesman said"
            found = _company_of_its_words(ctx, start, company=voice)
        alone = not phrase and not modifiers
        if found is None and words[0] in INDEFINITES and head in BODY_VOICES and alone:
            # "But the Home Office defended the measures. A spokesman said: ..."
            found = _org_subject_just_before(ctx, start)
        own = not phrase and set(modifiers) <= WIRE_VOICE_NOUNS | SENIORITY_WORDS
        if found is None and words[0] in INDEFINITES and head in BODY_VOICES and own:
            # "<Kowloon-Canton Railway Corp> is planning a new line, a company
            # spokeswoman said": the story's first words, about the company she speaks for
            found = _lead_body(ctx, start, company=bool(modifiers))
        if found is None and words[0] in INDEFINITES and head in BODY_VOICES and own:
            # "American Motors Corp said it is offering ... This is the first time cash
            # rebates are available, a spokesman said": the company wire copy is quoting
            found = _wire_spokesman(ctx, start)
        if found is None and _company_statement(words, head, modifiers, phrase):
            # "a company statement said": the company's words, as a company
            # spokesman's are (the story's lead, or the company wire copy goes on with)
            found = _lead_body(ctx, start, company=True) or _wire_spokesman(ctx, start)
        if found is None and head in STATEMENT_NOUNS and not phrase and not modifiers:
            # "The National Audit Office said ... The report said: ...": the document
            # of the body whose report came just before
            found = _previous_org_report(ctx, start, voice=head not in PUBLISHED_REPORTS)
        bare = found is None and words[0] == "the" and not phrase and not modifiers
        if bare and head in TITLE_WORDS and head not in BODY_VOICES:
            # "a Corvane executive told Reuters ... but the executive said": the same voice
            # as the indefinite one just before; else "Treybig, who founded the
            # company, said ... The executive said": a person
            voice = _same_voice_report(ctx, start, head)
            if voice is not None:
                found = voice.actor  # unresolved, it stays the one no name was given
            else:
                found = _person_by_role(ctx, start, head, []) or _varied_reference(ctx, start, head)
        elif bare and head in BODY_VOICES:
            # "A spokesman for the Home Office said ... said the spokesman": the same voice
            found = _same_voice(ctx, start, head)
        if found is None and words[0] == "the" and modifiers and not after:
            # "Presidential spokesman Marlin Fitzwater said ... The presidential spokesman
            # noted": the person whose role the article gave with all of those words
            found = _person_by_role(ctx, start, head, modifiers, required=modifiers)
        return found
    if head in TITLE_WORDS:
        if words[0] in INDEFINITES and (after or _former(words, head)):
            return None  # "a former business partner": someone not named, not a role holder
        if words[0] in INDEFINITES:
            narrowing = [m for m in modifiers if not _nationality(mention, m)]
            return _lead_indefinite_named_later(ctx, start, mention, head, narrowing)
        # "the South African archbishop": a nationality says who the person is, not which
        # office, so "Archbishop Desmond Tutu" holds the role without it
        narrowing = [m for m in modifiers if not _nationality(mention, m)]
        found = None
        if not _of_some_body(after):
            found = _person_by_role(ctx, start, head, modifiers + after, required=narrowing)
        if found is not None and any(
            nationality_of_another(ctx, start, m, found) for m in modifiers if m not in narrowing
        ):
            found = _person_by_role(ctx, start, head, modifiers + after, required=modifiers)
        if found is None and words[0] == "the" and not after:
            found = _top_of_body_by_initials(ctx, start, head, mention, modifiers)
        if found is None and words[0] == "the" and not after and head not in SPOKES_NOUNS:
            # "The former cabinet secretary" describes a past; "the home secretary" names
            # an office someone holds now, so it needs the article to have given it to him
            # "the Conservative leader" is a party's member, as bare "the leader" is
            # anyone's: only a modifier that is no party word narrows it to an office
            office = bool(set(modifiers) - PARTY_WORDS) and not _former(words, head)
            found = _varied_reference(
                ctx, start, head, role_required=office, asked=frozenset(words)
            )
            if found is None and _occupation(ctx, mention, head, modifiers):
                found = _occupation_subject(ctx, start, head)
                if found is None and head in DESCRIBED_OCCUPATION_NOUNS:
                    # "... Lee said. He told film-makers ... the 47-year-old director
                    # said": the speaker of the report a sentence or two before
                    found = _varied_reference(ctx, start, head, role=False)
            if found is not None:
                _learn_description(found, mention)
        if found is None and words[0] == "the" and head in INTRODUCED_TITLES:
            # "..., Alun Michael has said.⏎⏎The rural affairs minister said": the person
            # the sentence before is about, under the title the article gives him next
            found = _described_subject(ctx, start, mention, head)
            if found is not None and head not in CALLING_TITLES:
                _learn_description(found, mention)  # an office, not "distressed actress"
        if found is None and head in INTRODUCED_TITLES:
            # "Scotland's first minister has told pupils ...⏎⏎Jack McConnell was
            # speaking ...": a lead's title, named in the sentence after it
            found = _lead_named_next(ctx, start, mention, head)
        if found is None and words[0] == "the" and after:
            # "the chairman of the Police Federation ... said ...⏎⏎Jan Berry said:": the
            # person the next report introduces by bare name
            found = _introduced_next(ctx, start)
        if found is None and words[0] == "the" and not after:
            # "Florida Sen. Marco Rubio ... The Florida senator said": the one holder
            found = _sole_office_holder(ctx, start, words, head, narrowing)
        if found is None and head in CANDIDACY_TITLES:
            found = _candidate_referent(ctx, start, words, head)
        if found is None and words[0] == "the":
            # "Guardian, the first Republican mayor elected in Atlantic City, ... the
            # mayor said": the one person the article gave the title in apposition
            found = apposed_title_holder(ctx, start, head, modifiers, after)
        if found is None and past_office(words, head):
            # "it was put to Mr Kinnock that ... But the outgoing European Commissioner
            # said": a past office is someone's, the one person at hand
            found = sole_person_at_hand(ctx, start, words, head)
        if found is None and not after:
            # "The Royal Trust president said": the one person tied to Royal Trustco
            found = body_title_holder(ctx, start, words, head, mention)
        return found
    if head in CANDIDACY_TITLES:  # "the GOP front-runner": no title of office
        return _candidate_referent(ctx, start, words, head)
    if AGE_HEAD.fullmatch(head) and words[0] == "the" and not after:
        decided, found = fact_referent(ctx, start, words)
        if decided:
            return found  # "Rooney, 19, ... said the 19-year-old": the one of that age
        found = _previous_subject(ctx, start) or _sole_previous_subject(ctx, start, owner=True)
        return None if fact_conflict(ctx, start, words, found) else found
    aged = all(AGE_HEAD.fullmatch(m) for m in modifiers)
    demonym = head.removeprefix("ex-") in DEMONYM_NOUNS and aged  # "the ex-Wallaby"
    referring = head in REFERRING_NOUNS and _referring_modifiers(ctx, mention, modifiers)
    if (demonym or referring) and words[0] == "the" and not after:
        # "Ferguson said ... But the Scot said": the person of the report just before;
        # "Roddick was left frustrated ... '...,' said the American": the subject of the
        # sentence before, when it names no one else ("Agassi beat Massu ... said the
        # Chilean" is the other one), or the one a chain of referring subjects goes
        # back to. A word for a person that names no office ("the world champion",
        # "the Newport-based athlete") refers back the same way.
        decided, found = fact_referent(ctx, start, words)
        if decided:
            return found  # "Dutch striker Ruud van Nistelrooy ... the Dutchman said"
        found = _varied_reference(ctx, start, head, role=False) or _sole_previous_subject(
            ctx, start, owner=True
        )
        return None if fact_conflict(ctx, start, words, found) else found
    if head in EPITHET_NOUNS and words[0] == "the" and not after:
        # "Donald Trump is telling supporters ... The billionaire businessman says"
        return _epithet_referent(ctx, start, mention, head, modifiers)
    if head in PUBLICATION_NOUNS and set(modifiers) & DOCUMENT_MODIFIERS:
        return None  # "the new paper", "a research paper": a document, not a newspaper
    if head == "paper" and paper_as_document(ctx.text):
        return None  # "in a consultative paper ... the paper said": that document's
        # (speakers.body_documents), never the body named last
    if head in WIRE_VOICE_NOUNS and words == ["the", head]:
        voice = _wire_voice_verdict(ctx, start, company=True)
        if voice is not None:
            return voice[0]  # "Acme Corp said ... The company said", or unclear
    if head in ORG_NOUNS and not after:
        if words[0] in ("his", "her"):
            return None  # "his management company": his own, not the body named last
        named = _body_named_by_modifier(ctx, mention, words)
        if named is not None:
            return named  # "Amro bank argues": the bank "Amro" names, not the one before
        found = _recent_org(ctx, start, head)
        if words[0] in INDEFINITES and found is not _org_apposed_before(ctx, start):
            # "An official newspaper said", "One major French bank said": a body the
            # article does not name, not the one it named before
            found = None
        if found is None:
            found = _org_introduced_next(ctx, start)
            if found is not None and head in WIRE_VOICE_NOUNS and _not_company(found):
                # "..., the firm has said.⏎The Securities and Exchange Commission has
                # asked ...": a commission is no firm; the firm is the one investigated
                found = None
        if found is None and words == ["the", "government"]:
            found = _government_voice(ctx, start)
        if found is not None and not _may_name(mention, modifiers, found):
            return None  # "the British Bankers' Association" is not "the association"
        if (
            found is not None
            and head in PUBLICATION_NOUNS
            and not _paper_as_named(ctx, modifiers, found)
        ):
            return None  # "the Farmers Daily said ... the provincial daily said": another
        return found
    if head in DOCUMENT_NOUNS | FILED_DOCUMENT_NOUNS and words[0] == "the" and not after:
        owner = _described_owner(ctx, start, mention, head)
        if owner is not None:
            return owner  # "the attorney general's complaint": the attorney general's
    if head in DOCUMENT_NOUNS and words[0] == "the" and not modifiers and not after:
        return _same_document(ctx, start, head) or _document_author(ctx, start, head)
    if head in FILED_DOCUMENT_NOUNS and words[0] == "the" and not modifiers and not after:
        return _document_author(ctx, start, head)  # "the suit": "Acme said it sued Bolt"
    return None


EPITHET_NOUNS = word_lists("speaker_words")["epithet_nouns"]


def _of_some_body(after: list[str]) -> bool:
    """Whether the words after a title name the body it heads by an indefinite ("the
    chairman of a House subcommittee ... said"): the article introduces someone, not a
    holder it named before ("Securities and Exchange Commission chairman John Shad said
    ..., but the chairman of a House subcommittee said" is not Shad)."""
    return len(after) >= 2 and after[0] in PREPOSITIONS and after[1] in INDEFINITES


def _epithet_referent(
    ctx: _Context, start: int, mention: str, head: str, modifiers: list[str]
) -> Actor | None:
    """ "Donald Trump is telling supporters ... The billionaire businessman says",
    "Trump is taking questions in Salem. The billionaire businessman began by ...": a
    word for a person's fortune or trade (`EPITHET_NOUNS`) is the person the sentence
    before is about, named instead of named again. Only when that sentence and the
    mention's own up to it name no one else, quotations included ("'For Trump to
    praise Putin ...,' she said. The New York businessman has praised Putin" is not
    her), and the person is its named subject or the speaker of every reporting clause
    in it. Modifiers may only describe the person ("New York", another such word, a
    kind: "real estate", `_referring_modifiers`); a sex
    the word gives must fit."""
    # a word in lower case before the noun says what kind of businessman or mogul, as
    # before a referring noun ("the billionaire real estate mogul", "the gambling
    # tycoon"), unless it makes someone else of him ("the other billionaire")
    describing = _referring_modifiers(
        ctx, mention, [m for m in modifiers if m not in EPITHET_NOUNS]
    )
    here = ctx.sent_of(start)
    if not describing or here == 0:
        return None
    begin, _ = ctx.sentence_span(here - 1)
    people = [a for a in ctx.actors_in(begin, start) if a.type == "person"]
    if len(people) != 1:
        return None
    person = people[0]
    reports = [r for r in ctx.reports if begin <= r.pos < start]
    spoke = bool(reports) and all(r.actor is person for r in reports)
    if not spoke and _previous_subject(ctx, start) is not person:
        return None
    gender = "f" if head in FEMALE_ROLE_WORDS else "m" if head in MALE_ROLE_WORDS else ""
    return person if not gender or _compatible(ctx, person, gender) else None


CANDIDACY_TITLES = word_lists("speaker_words")["candidacy_titles"]


CANDIDACY_MODIFIERS = word_lists("speaker_words")["candidacy_modifiers"]


def _candidate_referent(ctx: _Context, start: int, words: list[str], head: str) -> Actor | None:
    """ "Hillary Clinton says ... '...,' Clinton said on ABC. The Democratic presidential
    front-runner said": a word for a candidacy (`CANDIDACY_TITLES`) that the article
    never gave anyone as a role is the person the sentence before is about, named
    instead of named again, by surname too. A race has several candidates, so only:
    the description is definite, with nothing but words of a race or party before it
    (`CANDIDACY_MODIFIERS`; "the former candidate" is a past); the person is the main
    subject named in the sentence before (or its owner) and the article's main person,
    named more often than anyone else; and no one else is named between that subject
    and the description, in reported words too ("painting her rival, Donald Trump, as
    ...": he runs as well), but in the quotation being attributed, or a person the
    article gives an office that is no candidacy ("FBI Director James Comey")."""
    if words[0] != "the" or words[-1] != head:
        return None
    if not set(words[1:-1]) <= CANDIDACY_MODIFIERS | {"the"}:
        return None
    found = _previous_subject(ctx, start, owner=True)
    if found is None or found.type != "person":
        return None
    if not (_main_person(ctx, found) or _reported_just_before(ctx, start, found)):
        return None
    party = described_party(words)
    if party is not None and parties_of(ctx, found) - {party}:
        return None  # "Republican front-runner Donald Trump" is not the Democratic one
    if any(
        head in _role_words(role)
        for actor in ctx.actors
        if actor.type == "person" and actor is not found
        for role in actor.roles
    ):
        return None  # "presidential candidate Ben Carson" named: the title may be his
    sent: int | None = None
    for event in ctx.events_before(start):
        if ctx.in_quote(event.pos):
            continue  # "'Justice Ginsburg has embarrassed all,' the nominee wrote"
        if event.actor is found:
            sent = event.sent if sent is None else sent
            continue
        if sent is not None and event.sent < sent:
            break
        if not (_holds_other_office(event.actor) or ruled_out(ctx, event.actor, party)):
            return None  # another person the description may be said of
    return found if sent is not None else None


def _reported_just_before(ctx: _Context, start: int, person: Actor) -> bool:
    """Whether the last reporting clause before `start` is the person's, in the sentence
    just before or this one ("Ben Carson said Monday. '...,' the retired neurosurgeon
    told ... The former Republican presidential candidate continued"): the story is
    about them here even if another person is named more often in it."""
    report = ctx.last_report(start)
    return report is not None and report.actor is person and report.sent >= ctx.sent_of(start) - 1


def _main_person(ctx: _Context, person: Actor) -> bool:
    """Whether `person` is named more often than any other person of the article."""
    return all(
        len(a.spans) < len(person.spans)
        for a in ctx.actors
        if a.type == "person" and a is not person
    )


def _holds_other_office(actor: Actor) -> bool:
    """Whether the article gives `actor` a title of office ("FBI Director") and none of
    a candidacy: someone a candidate's description does not mean. The title must head
    the role: "her chief political rival" is one in the race."""
    heads = [_role_words(words[-1]) for words in map(_words, actor.roles) if words]
    held = {w for head in heads for w in head}
    return bool(offices_besides_candidacy(held)) and not held & CANDIDACY_TITLES


_UNNAMED_MEMBER = r"\b(?:an?|one|another)\s+(?:[\w'.-]+\s+){{0,3}}{head}\b"


def _member_of_named_body(
    ctx: _Context, start: int, head: str, modifiers: list[str]
) -> Actor | None:
    """ "Union leader Carla Ruiz said ... The union official said": a description that
    only places someone in a body (GENERIC_MEMBER_NOUNS) is the person of the reporting
    clause just before, when the words naming the body ("union", "the exchange's") are
    all in how the article introduced that person ("union leader", "exchange chairman
    Leo Marsh"). Only with the sentence before as that report's, no other person named
    in between, and no unnamed one of the kind met before ("a union official said"
    brings in someone else). A bare "the official" names no body and is left alone."""
    body = [m for m in modifiers if m not in LOOSE_MODIFIERS and m not in RANK_WORDS]
    if not body:
        return None
    here = ctx.sent_of(start)
    report = ctx.last_report(start)
    if report is None:
        return None
    person = report.actor
    if person is None or person.type != "person" or report.sent != here - 1:
        return None
    introduced = set(_words(report.mention))
    for role in person.roles:
        introduced |= set(_words(role))
    if any(word not in introduced for word in body):
        return None
    if re.search(_UNNAMED_MEMBER.format(head=re.escape(head)), ctx.text[:start], re.I):
        return None
    between = [
        a for a in ctx.actors_in(report.end, start) if a.type == "person" and a is not person
    ]
    return None if between else person


def _sole_voice_holder(
    ctx: _Context, start: int, words: list[str], head: str, modifiers: list[str], after: list[str]
) -> Actor | None:
    """The one person named before whom the article has given this voice as a role, for
    a definite description with words of its own ("Jorge Luis Leao Franco, a senior
    official of the National Merchant Marine Union, told Reuters ... The union official
    said"): that person, under the fullest name, not the body. Only "the" + modifiers +
    a body's voice (`BODY_VOICES`), every modifier in the role, and exactly one such
    person; otherwise the description speaks for its body as before."""
    if words[0] != "the" or not modifiers or after or head not in BODY_VOICES:
        return None
    holders, others = [], []
    for actor in ctx.actors:
        if actor.type != "person" or not any(s < start for s, _ in actor.spans):
            continue
        roles = [set(_words(role)) for role in actor.roles]
        if any(head in r and all(m in r for m in modifiers) for r in roles):
            holders.append(actor)
        elif any(_apposed_head(ctx.text, e, head) for s, e in actor.spans if s < start):
            others.append(actor)  # "Paulo Costa, another official of the union": a role
            # the actor does not record, yet a second holder of the voice
    return holders[0] if len(holders) == 1 and not others else None


def _party_voice_after_person(
    ctx: _Context,
    start: int,
    mention: str,
    words: list[str],
    head: str,
    modifiers: list[str],
    phrase: list[str],
) -> bool:
    """ "Mr Ancram condemned the document ... he asked. The Tory spokesman also
    criticised ...": "the Tory spokesman" is a party's spokesman on the subject, as a
    rule the politician the article has just quoted, not the party; which one the code
    cannot tell, so a definite party voice right after a person's report is no one."""
    if words[0] != "the" or head not in FEMALE_ROLE_WORDS | MALE_ROLE_WORDS or phrase:
        return False
    if not (
        _party_of(modifiers, mention, PARTY_ADJECTIVES)
        or _party_of(modifiers, mention, PARTY_NAMES)
    ):
        return False
    report = next(_recent_reports(ctx, start), None)
    return report is not None and report.actor is not None and report.actor.type == "person"


def _body_named_by_modifier(ctx: _Context, mention: str, words: list[str]) -> Actor | None:
    """The organisation whose own name is the capitalised word right before a body's
    lower-case noun, in a mention that is no indefinite one ("Amro bank argues", "the
    Paris-based IEA watchdog"), or None. A nationality or a party's word ("the Dutch
    bank") names none, nor a word the body is only also called ("the UN refugees
    agency" is no "United Nations"), nor one other words stand after ("the Commons
    standards and privileges committee", "The Post and Telecommunications Ministry")."""
    if len(words) < 2 or words[0] in INDEFINITES:
        return None
    word = words[-2]
    if not _capitalised(mention, word) or word in DEMONYM_NOUNS or word in PARTY_WORDS:
        return None
    actor = ctx.by_name.get(name_key(word))
    if actor is None or actor.type != "organization" or name_key(actor.name) != name_key(word):
        return None
    return actor


def _paper_as_named(ctx: _Context, modifiers: list[str], paper: Actor) -> bool:
    """Whether the words before a publication's noun fit the paper found for it: a word
    that picks one paper of several (`PAPER_SCOPE_MODIFIERS`: "the provincial daily")
    only where the article wrote it right before the paper's name ("the provincial
    Yunnan Daily"). "The provincial daily" after only "the Farmers Daily" is another
    paper; "the financial daily", "the conservative-leaning newspaper" refer back."""
    scoped = [m for m in modifiers if m in PAPER_SCOPE_MODIFIERS]
    if not scoped:
        return True
    named_with: set[str] = set()
    for s, _ in paper.spans:
        named_with.update(_words(ctx.text[max(0, s - _PAPER_INTRO) : s]))
    return all(m in named_with for m in scoped)


# How far before a paper's name the words that describe it may start ("the provincial
# Yunnan Daily", "the official Communist Party newspaper Pravda")
_PAPER_INTRO = 40


def _may_name(mention: str, modifiers: list[str], actor: Actor) -> bool:
    """Whether the words before a body's noun fit the body found for it. In a name
    written with capitals ("the British Bankers' Association", "the Home Office") a
    capitalised word that is no nationality nor party must be in the body's name;
    "the Chinese Government", "the South Yorkshire company" and "the association"
    refer back freely."""
    if not modifiers or not _capitalised(mention, _head_noun(_words(mention)) or ""):
        return True  # "the South Yorkshire company": a description, not a name
    names = " ".join(name_key(n) for n in [actor.name, *actor.aliases])
    for word in modifiers:
        if not _capitalised(mention, word) or word in DEMONYM_NOUNS or word in PARTY_WORDS:
            continue
        if word not in names.split():
            return False
    return True


def _referring_modifiers(ctx: _Context, mention: str, modifiers: list[str]) -> bool:
    """Whether the words before a referring noun only describe the person ("the
    reigning world champion", "the Newport-based athlete", "the Holland international",
    "the 32-year-old veteran"), none of them a person's name ("the Ferguson youngster")."""
    return all(
        word in REFERRING_MODIFIERS
        or AGE_HEAD.fullmatch(word)
        or _describes_person(ctx, mention, word)
        or _kind_of_referent(mention, word)
        for word in modifiers
    )


OTHER_PERSON_MODIFIERS = word_lists("speaker_words")["other_person_modifiers"]


def _kind_of_referent(mention: str, word: str) -> bool:
    """ "said the European cross-country champion", "The world indoor champion said",
    "The former Scotland international added": a word written in lower case before a
    referring noun names no one, so it only says what kind of champion or international
    the person is, unless it makes someone else of him ("the other international",
    `OTHER_PERSON_MODIFIERS`). Who is meant is still decided by the sentences before
    (`_varied_reference`, `_sole_previous_subject`) and the facts the article gives."""
    if word in OTHER_PERSON_MODIFIERS or _capitalised(mention, word):
        return False
    return all(part.isalpha() for part in word.split("-"))


def _describes_person(ctx: _Context, mention: str, word: str) -> bool:
    """Whether a modifier before a noun for a person says what kind of person: a person
    modifier ("French", "veteran"), a describing compound ("-based", "-winning"), or a
    capitalised name that is no person's ("the Liverpool player"; "the Ferguson
    youngster" is someone Ferguson has)."""
    if word in PERSON_MODIFIERS or word.endswith(DESCRIBING_SUFFIXES):
        return True
    known = ctx.by_name.get(name_key(word))
    return _capitalised(mention, word) and (known is None or known.type != "person")


def _described_owner(ctx: _Context, start: int, mention: str, head: str) -> Actor | None:
    """ "The attorney general's complaint alleges", "the agency's indictment": a
    document owned by a description speaks for the one person or body that description
    refers to (resolved as if it were the speaker: "the attorney general" after
    "Attorney General Maria Lopez"). Only the owner right before the document's noun,
    in lower case (a name is read by the rules for names), and only a person or body."""
    match = re.fullmatch(
        r"\s*the\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)['\u2019]s\s+(\w+)\s*",
        mention.casefold() if mention[:1].isupper() and mention[1:].islower() else mention,
    )
    if match is None or match.group(2).casefold() != head:
        return None
    owner = ["the", *match.group(1).split()]
    if owner[-1] in DOCUMENT_NOUNS | FILED_DOCUMENT_NOUNS:
        return None  # "the complaint's filing": a document of a document
    found = _from_description(ctx, start, owner, " ".join(owner))
    return found if found is not None and found.type in {"person", "organization"} else None


def _same_document(ctx: _Context, start: int, head: str) -> Actor | None:
    """ "The New York Times Market Place column said ... the column said": the one who
    publishes the document of the nearest earlier reporting clause headed by the same
    noun, within a few sentences, if that clause was resolved. Only for a quotation in
    the mention's own sentence: a document's words are not carried to the next one."""
    if ctx.sent_of(start) != ctx.sent_of(ctx.quote[0]):
        return None
    for report in _recent_reports(ctx, start):
        words = _words(report.mention)
        if _document_head(words) != head:
            continue
        if report.actor is None and "by" in words[1:]:
            # "The study by the FTC's bureau of economics found", whose no name says:
            # passed over, as before "by" ended a head, for the one named before it
            continue
        return report.actor
    return None


def _document_head(words: list[str]) -> str | None:
    """The head of a description of a document: the last word before its first
    preposition, or before "by" ("a study by Credit Suisse": "study"), which names who
    wrote it and so ends the head here, not in every description ("stand-by")."""
    if "by" in words[1:]:
        words = words[: words.index("by", 1)]
    return _head_noun(words)


def _varied_reference(
    ctx: _Context,
    start: int,
    head: str,
    *,
    role_required: bool = False,
    role: bool = True,
    asked: frozenset[str] = frozenset(),
) -> Actor | None:
    """ "Lord Butler said ... . The former cabinet secretary said: ...": a definite title
    no one named so far holds, right after a named person's reporting clause, is that
    person under another name (news style avoids repeating a name). `role` is False for
    a word that names no role ("the Scot"): no role of the person can contradict it.

    Only the speaker of a reporting clause in the sentence just before, with no other
    person named in between. Across a paragraph break ("..., Jack Straw said.⏎⏎The
    foreign secretary told MPs") only if the roles the article gave that person do not
    say otherwise ("captain X said.⏎⏎The coach said" is someone else).
    """
    here = ctx.sent_of(start)
    report = ctx.last_report(start)
    if report is None:
        return None
    if report.actor is None or report.actor.type != "person" or report.sent >= here:
        return None
    if any(not _quoted_only(ctx, k) for k in range(report.sent + 1, here)):
        # a nationality goes on past a sentence or two that bring no one else in ("But
        # he blamed ... England face Italy on 12 March. And the ex-Wallaby added:"); a
        # title may be someone those sentences are about
        if role or here - report.sent > 3:
            return None
        if _unnamed_subject_between(ctx, ctx.sent_starts[report.sent + 1] - 1, start):
            return None
    roles = [_role_words(r) for r in report.actor.roles]
    if any(head in r and (r & RANK_WORDS) - asked for r in roles):
        return None  # "Shadow chancellor X attacked ... The chancellor said": another
    role_words = {w for r in roles for w in r}
    leads = _leads_named_body(head, asked, roles)
    if role_required and head not in role_words and not leads:
        return None  # "Mr Okafor said ... The home secretary said": the office's holder
    crossed = "\n" in ctx.text[report.pos : start]
    if crossed and role and report.actor.roles and head not in role_words and not leads:
        return None
    between = [
        a for a in ctx.actors_in(report.end, start) if a.type == "person" and a is not report.actor
    ]
    if role and _asked_question(ctx, report):
        # "'That would be you?' Borger asked.⏎⏎'That would be me,' the senator said":
        # the answer is the other one's
        return None
    return None if between else report.actor


LEADERSHIP_NOUNS = word_lists("speaker_words")["leadership_nouns"]
SENIOR_TITLES = word_lists("speaker_words")["senior_titles"]


def _leads_named_body(head: str, asked: frozenset[str], roles: list[set[str]]) -> bool:
    """ "UAW vice-president Marc Stepp said ... The UAW leader said": a word for whoever
    leads a body, with the body's name before it, fits a person one of whose roles names
    that body with a senior title of it."""
    if head not in LEADERSHIP_NOUNS:
        return False
    named = set(asked) - DETERMINERS - {head}
    return bool(named) and any(named <= role and role & SENIOR_TITLES for role in roles)


def _asked_question(ctx: _Context, report: _Report) -> bool:
    """Whether a reporting clause reports a question: its speaker stands right after a
    quotation that ends with a question mark ("'That would be you?' Borger asked")."""
    before = ctx.text[max(0, report.pos - 6) : report.pos].rstrip()
    return before.endswith(('?"', "?\u201d", "?'", "?\u2019", "?''"))


def _occupation(ctx: _Context, mention: str, head: str, modifiers: list[str]) -> bool:
    """Whether "the [modifiers] head" describes a person by occupation, not an office:
    "the French international defender", "the veteran striker", "the Liverpool player"
    (a club or place by its name, as for the referring nouns; never a person's name:
    "the Ferguson youngster" is someone Ferguson has)."""
    if head in DESCRIBED_OCCUPATION_NOUNS:
        # an office too: only a word describing the person makes it one of that person
        return bool(modifiers) and all(
            AGE_HEAD.fullmatch(m) or _describes_person(ctx, mention, m) for m in modifiers
        )
    return head in OCCUPATION_NOUNS and all(_describes_person(ctx, mention, m) for m in modifiers)


def _nationality(mention: str, word: str) -> bool:
    """Whether a modifier of a title is a nationality ("the South African archbishop",
    "the British producer"): one of the person modifiers written with a capital."""
    return word in PERSON_MODIFIERS and _capitalised(mention, word)


def _occupation_subject(ctx: _Context, start: int, head: str) -> Actor | None:
    """ "Gallas has been given extra confidence by ... manager Jose Mourinho ... And the
    French international defender believes ...": the person named as the subject of the
    main clause just before (quoted sentences aside), if none of the roles the article
    gave that person says otherwise."""
    found = _previous_subject(ctx, start)
    if found is None or found.type != "person":
        return None
    role_words = {w for role in found.roles for w in _words(role)}
    if _other_title(role_words, head):
        return None  # "manager Jose Mourinho said ... the defender": someone else
    gender = "f" if head in FEMALE_ROLE_WORDS else "m" if head in MALE_ROLE_WORDS else ""
    if gender and not _compatible(ctx, found, gender):
        return None  # "Mr Robert Hale won the award ... The actress said": someone else
    return found


def _described_subject(ctx: _Context, start: int, mention: str, head: str) -> Actor | None:
    """ "The law is clear, Alun Michael has said.⏎⏎The rural affairs minister said ...":
    a title of standing (`INTRODUCED_TITLES`) right after a sentence whose main subject
    is a person named in full is that person, described instead of named again (news
    style). A calling (`CALLING_TITLES`: "the actress", "the singer") may also follow the
    person's surname alone, as no one else holds it the way an office is held.

    Only when that sentence and the words since name no other person outside quotes
    ("Howard attacked Blair. The Tory leader said" stays unnamed), when the roles the
    article gives the person do not say otherwise (a shadow chancellor is not "the
    chancellor", a coach not "the presenter"), when a gendered title fits ("the
    actress"), and when the description names no one itself."""
    inside = ctx.actors_in(start, start + len(mention))
    if any(a.type == "person" and a.listed for a in inside) or "'s" in mention.replace(
        "\u2019", "'"
    ):
        # "the SNP's leader", "Blair's chancellor": another's office; a title the model
        # took for a person is no one ("The star of Rain Man and Tootsie")
        return None
    found = _previous_subject(ctx, start)
    if found is None or found.type != "person":
        return None
    here = ctx.sent_of(start)
    named = max(
        ((p, e) for p, e in found.spans if p < start and not ctx.in_content(p)), default=None
    )
    if named is None or len(found.name.split()) < 2:
        return None
    written = name_key(ctx.text[named[0] : named[1]])
    surname = written == name_key(found.name.split()[-1]) and head in CALLING_TITLES
    if written != name_key(found.name) and not surname:
        # "Mr Okafor, 32, said ... The home secretary said": a person named in full just
        # before is being introduced, the title tells who they are; a surname is someone
        # the reader already knows, and the office may be another's
        return None
    sent = ctx.sent_of(named[0])
    others = [
        a
        for s, _, a in ctx.spans
        if ctx.sent_starts[sent] <= s < start
        and a.type == "person"
        and a is not found
        and not ctx.in_quote(s)
    ]  # quoted or reported ones too ("Harding attacked Wallace over tax"), but for
    # the words of the very quotation whose speaker is sought
    if others or sent >= here:
        return None
    asked = set(_words(mention))
    roles = [set(_words(role)) for role in found.roles]
    if any((r & RANK_WORDS) - asked for r in roles):
        return None  # "shadow chancellor Oliver Letwin ... the chancellor": another
    if _other_title({w for r in roles for w in r}, head):
        return None  # "manager Jose Mourinho ... The chairman said": someone else
    gender = _description_gender(mention)
    if gender and not _compatible(ctx, found, gender):
        return None
    return found


def _other_title(role_words: set[str], head: str) -> bool:
    """Whether the titles the article gave a person say a description's head is someone
    else's: "manager Jose Mourinho" is not "the defender" nor "the chairman". A candidacy
    says nothing of an office held ("presidential candidate Bernie Sanders ... the
    Vermont senator"), and a calling fits another ("Rock star Ozzy Osbourne ... the Black
    Sabbath singer": `CALLING_TITLES`)."""
    titles = (role_words & TITLE_WORDS) - CANDIDACY_TITLES
    if not titles or head in role_words:
        return False
    return not (head in CALLING_TITLES and titles <= CALLING_TITLES)


def _wire_spokesman(ctx: _Context, start: int) -> Actor | None:
    """The company whose reports wire copy goes on with, for "a spokesman said" or "a
    company spokesman said" after them: "Alitalia said the drop ... had been due to
    fears of terrorism. ... A spokesman said Alitalia was hoping for an increase". The
    chain of "the company said" (`_wire_voice_verdict`, as for a company): the nearest
    earlier reporting clause resolved to a company, no other body the subject of a
    clause in between; None when it is a person's, an open one's ("analysts said") or
    unclear. Only the first body the story names, the one it is about: after "Brenton
    Pump Co agreed to buy Harlow's unit", "a spokesman said the sale would close" may be
    either company's."""
    last = max((r for r in ctx.reports if r.pos < start), key=lambda r: r.pos, default=None)
    if last is not None and _named_spokesman(last.mention):
        # "an APT spokesman said ... For Philips, the order is a first step, a company
        # spokesman said": a new spokesman after one the writer gave a body's name
        return None
    voice = _wire_voice_verdict(ctx, start, company=True)
    if voice is None or voice[0] is None:
        return None
    first = next((a for _, _, a in ctx.spans if a.type != "place"), None)
    return voice[0] if first is voice[0] else None


def _named_spokesman(mention: str) -> bool:
    """Whether a reporting clause's speaker is a spokesman introduced with the name of
    his body ("an APT spokesman", "a spokesman for Philips")."""
    words = _words(mention)
    head = _head_noun(words) if words else None
    if head not in SPOKES_NOUNS or words[0] not in INDEFINITES:
        return False
    return any(_capitalised(mention, w) for w in words[1:] if w != head)


def _same_voice(ctx: _Context, start: int, head: str) -> Actor | None:
    """ "A spokesman for the Home Office said ... said the spokesman": the body of the
    nearest earlier reporting clause headed by the same noun, within a few sentences, if
    that clause was resolved (an unresolved one leaves "the spokesman" unresolved too)."""
    report = _same_voice_report(ctx, start, head)
    return report.actor if report is not None else None


def unnamed_voice_again(ctx: _Context, start: int, words: list[str]) -> bool:
    """Whether a bare "the executive" at `start` goes back to an indefinite one left
    without a speaker ("an executive told Reuters ... but the executive said"): the same
    unnamed voice, never a person the article gave that title to."""
    if len(words) < 2 or words[0] != "the" or words[-1] not in SPOKES_NOUNS:
        return False
    if len(words) == 2:
        report = _same_voice_report(ctx, start, words[1])
        if report is not None:
            return report.actor is None
    return _unnamed_holder_last(ctx, start, words[-1], words[1:-1])


def _unnamed_holder_last(ctx: _Context, start: int, head: str, modifiers: list[str]) -> bool:
    """Whether the article's last reporting clause headed by `head` before `start`, however
    far back, is an indefinite one left without a speaker whose words hold the
    description's modifiers, and no person given that title is named since: "Xu Jinfeng, a
    village official, ... An official of the Shanghai city government said ... The
    Shanghai official said" is the city's official again, not Xu, whom the roles alone
    would name."""
    for report in reversed(ctx.reports):
        if report.pos >= start:
            continue
        words = _words(report.mention)
        if not words or _head_noun(words) != head:
            continue
        if words[0] == "the" and report.actor is None:
            continue  # "the official" again, left open: the same unnamed voice
        if words[0] not in INDEFINITES or report.actor is not None:
            return False
        if not set(modifiers) <= set(words):
            return False
        return not any(
            report.pos < s < start
            and actor.type == "person"
            and any(role.casefold().split()[-1:] == [head] for role in actor.roles)
            for s, _, actor in ctx.spans
        )
    return False


def _same_voice_report(ctx: _Context, start: int, head: str) -> _Report | None:
    """The reporting clause `_same_voice` goes back to: the nearest within a few
    sentences headed by the same noun, indefinite ("a Corvane executive") or naming its
    body (`_body_named_voice`), resolved or not. A mention that ends with the noun is
    headed by it, whatever preposition a body's name holds ("A Bank of Lusitania
    spokesman")."""
    for report in _recent_reports(ctx, start):
        words = _words(report.mention)
        if _head_noun(words) != head and words[-1:] != [head]:
            continue
        if words[0] in DETERMINERS - {"the"} or _body_named_voice(report, words, head):
            return report
    return None


def _body_named_voice(report: _Report, words: list[str], head: str) -> bool:
    """ "a Vodafone spokesman said ... The Vodafone spokesman said ... the spokesman
    said": a definite voice whose own words name the body it speaks for (a capitalised
    word before the noun) was found by that name, not by going back, so a bare "the
    spokesman" after it is the same voice as after an indefinite one."""
    if report.actor is None or report.actor.type != "organization" or words[0] != "the":
        return False
    return any(_capitalised(report.mention, w) for w in words[1 : words.index(head)])


def _learn_description(actor: Actor, mention: str) -> None:
    """ "The foreign secretary" found to be Jack Straw: the title becomes his role, so
    that the article's later "the foreign secretary" finds him by role."""
    words = mention.split()
    if words and words[0].casefold() in DETERMINERS:
        words = words[1:]
    actor.add_role(" ".join(words).strip(" ,"))


def _unnamed_company_voice(
    words: list[str], head: str, modifiers: list[str], phrase: list[str]
) -> bool | None:
    """Whether a mention is a spokesman of no named body ("a spokesman", "a company
    spokesman", "a spokesman for the company", "a senior spokesman for the investment
    banking firm": a company described, never named): True when it says the body is a company,
    False when it says nothing of it, None when it is no such mention."""
    if words[0] not in INDEFINITES or head not in BODY_VOICES:
        return None
    if not phrase and set(modifiers) <= WIRE_VOICE_NOUNS | SENIORITY_WORDS:
        return bool(set(modifiers) & WIRE_VOICE_NOUNS)  # "a senior company official"
    if not modifiers and len(phrase) == 2 and phrase[0] == "the" and phrase[1] in WIRE_VOICE_NOUNS:
        return True
    kind = phrase[-1] if len(phrase) > 2 and phrase[0] == "the" else None
    if set(modifiers) <= LOOSE_MODIFIERS and kind in WIRE_VOICE_NOUNS:
        return True  # "a senior spokesman for the investment banking firm"
    return None
