"""Back-references to a body ("the ministry", "the newspaper", "it"): the one organisation
or publication named before that the words fit, unless another kind of body is nearer.
"""

from __future__ import annotations

import bisect

from generator.extract.actor_spans import COMPANY_SUFFIXES
from generator.extract.actors.plausible import country_kind_name
from generator.extract.speaker_mentions import _NOMINAL_SUBJECT_DEPS
from generator.extract.speakers.bodies import _is_party, _party_named
from generator.extract.speakers.chains import _previous_org_report, _previous_subject
from generator.extract.speakers.companies import _spoken_bodies
from generator.extract.speakers.context import _company_suffix, _Context, _headline_end, _in_actor
from generator.extract.speakers.kind_voice import voice_of_kind
from generator.extract.speakers.legal_names import _legal_name
from generator.extract.speakers.lexicon import (
    DETERMINERS,
    LOOKBACK_SENTENCES,
    MASTHEAD_WORDS,
    NOT_COMPANY_WORDS,
    ORG_NOUNS,
    PUBLICATION_NOUNS,
)
from generator.extract.speakers.name_text import _capitalised, _words
from generator.extract.words import word_lists, word_set
from generator.model import Actor, name_key

GENERIC_ORG_NOUNS = word_set(
    "company firm group retailer carrier airline maker manufacturer giant operator "
    "insurer lender watchdog broadcaster newspaper paper website charity producer supplier club "
    "publisher utility"
)


# "The company said" in a story about several companies is the one the story has quoted,
# when it has quoted only one (`_recent_org_named`); not "the group", "the paper".
QUOTED_COMPANY_NOUNS = word_set("company firm")

# "the government said" after "the Finance and Economy Ministry said" (`_government_voice`)
GOVERNMENT_BODY_WORDS = word_lists("speaker_words")["government_body_words"]

# "the group says" after "according to the National Golf Foundation" (`_reporting_body`)
REPORTED_BODY_NOUNS = word_lists("speaker_words")["reported_body_nouns"]
#: How many sentences back that body's report may stand, with no one named in between:
#: "The association said ... Under current law there is no limit ... The group said"
REPORTED_BODY_SENTENCES = 3
MEMBERS_BODY_MODIFIERS = word_lists("speaker_words")["members_body_modifiers"]
# ... and the verbs whose object is only the one told ("telling Fox 35 that ...")
TELLING_VERBS = word_lists("speaker_words")["telling_verbs"]


def _org_from_words(
    ctx: _Context,
    start: int,
    words: list[str],
    back_reference: bool = True,
    mention: str = "",
) -> Actor | None:
    """The organisation a phrase names ("the foreign ministry", "Microsoft", "it")."""
    core = [w for w in words if w not in DETERMINERS]
    if not core:
        return None
    text = " ".join(core)
    actor = ctx.by_name.get(text)
    if actor is not None and actor.type in {"organization", "place"}:
        return actor
    for size in range(len(core) - 1, 0, -1):  # "the Foreign Office's press office"
        for i in range(len(core) - size + 1):
            if i + size < len(core) and mention and _capitalised(mention, core[i + size]):
                continue  # "a Liberal Democrat spokesman": "Liberal" begins another name
            actor = ctx.by_part.get(" ".join(core[i : i + size]))
            if actor is not None and actor.type == "organization":
                return actor
    if back_reference and core[-1] in ORG_NOUNS:
        if any(w.rstrip("'") in MEMBERS_BODY_MODIFIERS for w in core[:-1]):
            return None  # "the supporters club": the fans' own, not the club named
        if len(core) == 2 and country_kind_name(f"{core[0].upper()} {core[1]}"):
            return None  # "The U.S. Bank spokesman": a U.S. bank, not the bank named last
        return _recent_org(ctx, start, core[-1])
    return None


def _recent_org(ctx: _Context, start: int, noun: str | None) -> Actor | None:
    """The organisation a back-reference ("the ministry", "it") points to, if clear
    (`_recent_org_named`), unless the words it tags open with another body.

    "Cosmo Oil Co Ltd, the third largest seller, cut its capacity, a spokesman for the
    company said", after Nippon Oil was named: "the company" is as likely the one the
    words are about as the one named before them, so neither is given.
    """
    found = _recent_org_named(ctx, start, noun)
    if noun in QUOTED_COMPANY_NOUNS:
        found = _company_named(ctx, start, noun, found)
    if found is None and noun in REPORTED_BODY_NOUNS:
        found = _reporting_body(ctx, start, noun)
    if found is None or noun not in GENERIC_ORG_NOUNS or start < ctx.quote[1]:
        return found
    if _opens_with_other_owner(ctx, found):
        return None
    i = bisect.bisect_left(ctx.span_starts, ctx.quote[0])
    if i < len(ctx.spans):
        s, _, opener = ctx.spans[i]
        if s - ctx.quote[0] <= 4 and opener.type == "organization" and opener is not found:
            if noun in PUBLICATION_NOUNS and _another_kind_of_body(opener):
                return found  # "Bank of China branches ..., the paper said": no bank
            return None
    return found


def _opens_with_other_owner(ctx: _Context, found: Actor) -> bool:
    """Whether the words open on the name of an owner that is not `found` and that the
    article gives no actor of ("Garrone's refinery at San Quirico is due to shut down, a
    company spokesman said", after "the Med" was taken for a body): "the company" is as
    likely that owner as the body named before, as for an opener that is an actor."""
    span = ctx.doc.char_span(ctx.quote[0], ctx.quote[1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[1] if span[0].lower_ == "the" and len(span) > 1 else span[0]
    if first.pos_ != "PROPN":
        return False
    owner = first
    while owner.dep_ in {"compound", "flat"} and owner.head.i > owner.i:
        owner = owner.head
    if owner.dep_ != "poss" or _in_actor(ctx, owner.idx):
        return False
    return owner.text.casefold() not in name_key(found.name).split()


def _reporting_body(ctx: _Context, start: int, noun: str) -> Actor | None:
    """ "There are four million fewer players, according to the National Golf
    Foundation. Almost 650 courses have closed, the group says": the body whose words
    the article reported last, when the noun may refer to it (`REPORTED_BODY_NOUNS`;
    "the company" only to a body whose name is no other kind's), where the rules of
    several candidates (`_recent_org_named`) leave it open because other bodies were
    named sentences before. Only in the same stretch: that report at most
    `REPORTED_BODY_SENTENCES` sentences back, no other body or person named between it
    and the mention, and no unnamed body of that kind brought in before ("a group of
    MPs")."""
    report = next((r for r in reversed(ctx.reports) if r.pos < start), None)
    if report is None or report.actor is None or report.actor.type != "organization":
        return None
    if report.sent < ctx.sent_of(start) - REPORTED_BODY_SENTENCES:
        return None
    if _unnamed_before(ctx, start, noun):
        return None
    if _party_named(report.actor):
        return None  # "the group" is never a party named before
    if (
        noun in QUOTED_COMPANY_NOUNS
        and set(name_key(report.actor.name).split()) & NOT_COMPANY_WORDS
    ):
        return None  # "according to the National Golf Foundation ... the company said"
    between = ctx.actors_in(report.end, start)
    others = [a for a in between if a is not report.actor and a.type != "place"]
    if any(not _told_only(ctx, a, report.end, start) for a in others):
        return None
    return _previous_org_report(ctx, start)


def _told_only(ctx: _Context, actor: Actor, begin: int, end: int) -> bool:
    """Whether every mention of the actor between `begin` and `end` is the one told
    something ("The Trayvon Martin Foundation did not want to address it, telling Fox
    35 that ... the group said"): an outlet or a person addressed, who is no body the
    words refer back to."""
    spans = [(s, e) for s, e in actor.spans if begin <= s < end]
    if not spans:
        return False
    for s, e in spans:
        i = bisect.bisect_right(ctx.token_starts, max(s, e - 1)) - 1
        token = ctx.doc[i]
        while token.dep_ in {"compound", "flat", "nummod"} and token.head.i != token.i:
            token = token.head
        if token.dep_ not in {"dobj", "dative"} or token.head.lemma_.lower() not in TELLING_VERBS:
            return False
    return True


def _government_voice(ctx: _Context, start: int) -> Actor | None:
    """ "'Conditions are likely to remain unfavourable,' the Finance and Economy Ministry
    said ... the government said it will ask firms to ...": bare "the government" is
    the one body of a government (`GOVERNMENT_BODY_WORDS` in its name) the article has
    named before, if that body has already spoken in it. Refused when a second such
    body is named before, or when a place the article had not named before that body
    comes in after its last report ("Japan's Foreign Ministry said ... In Beijing, the
    government said" is China's)."""
    bodies: list[Actor] = []
    for s, _, actor in ctx.spans:
        if s >= start:
            break
        words = set(name_key(actor.name).split())
        if actor.type != "organization" or actor in bodies or ctx.in_quote(s):
            continue
        if words & GOVERNMENT_BODY_WORDS:
            bodies.append(actor)
    if len(bodies) != 1:
        return None
    body = bodies[0]
    reports = [r for r in ctx.reports if r.pos < start and r.actor is body]
    if not reports:
        return None
    first = min(s for s, _, a in ctx.spans if a is body)
    known = {id(a) for s, _, a in ctx.spans if s < first and a.type == "place"}
    for s, _, actor in ctx.spans:
        if reports[-1].end <= s < start and actor.type == "place" and id(actor) not in known:
            return None
    return body


def _recent_org_named(
    ctx: _Context, start: int, noun: str | None, other_kinds: bool = False
) -> Actor | None:
    """The organisation a back-reference ("the ministry", "it") points to, if clear.

    With a noun, the latest organisation before `start` whose name holds it; for generic
    nouns ("the company") the latest organisation within a few sentences, if only one was
    mentioned there. Without a noun ("it"), the same one-candidate rule.
    """
    publication = _recent_publication(ctx, start, noun) if noun in PUBLICATION_NOUNS else None
    if publication is not None:
        return publication
    i = bisect.bisect_left(ctx.span_starts, start) - 1
    window_start = ctx.sent_of(start) - LOOKBACK_SENTENCES
    nearby: list[Actor] = []
    party: Actor | None = None  # the nearest party, whatever its name holds
    while i >= 0:
        s, _, actor = ctx.spans[i]
        i -= 1
        if actor.type != "organization":
            continue
        if noun is not None and noun in name_key(actor.name).split():
            # "a board spokeswoman": the board named, even in the quote; unless another
            # body of the kind is the one speaking (kind_voice)
            return voice_of_kind(ctx, start, noun, actor)
        if noun == "party" and party is None and _is_party(actor) and not ctx.in_quote(s):
            party = actor  # "... by the Liberal Democrats.⏎⏎The party says": a party
        if noun in GENERIC_ORG_NOUNS and _party_named(actor):
            continue  # "the watchdog", "the company" is never a party named before
        if other_kinds and _not_company(actor):
            continue  # (a second look for "the company", see `_company_named`)
        if ctx.in_quote(s):
            continue  # otherwise a body named in the quote is what it talks about
        if noun in PUBLICATION_NOUNS and _another_kind_of_body(actor):
            continue  # "at the Bank of China, the ... Daily said. The paper said": no bank
        if ctx.sent_of(s) >= window_start and actor not in nearby:
            nearby.append(actor)
    if noun is not None and noun not in GENERIC_ORG_NOUNS:
        return party
    if noun is not None and _unnamed_before(ctx, start, noun):
        return None  # "A group of MPs ... The group says": a group with no name
    subject = (
        _previous_subject(ctx, start, reporting=True)
        if noun is not None and len(nearby) > 1
        else None
    )
    if subject is not None and subject in nearby:
        # "Geonex Corp said BellSouth unit Southern Bell's decision could hurt ... The
        # company said": the body the sentence before is about, not the last one named
        return subject
    if len(nearby) == 1:
        return nearby[0]
    orgs = [a for a in ctx.actors if a.type == "organization" and not _party_named(a)]
    if (
        noun is not None
        and not nearby
        and len(orgs) == 1
        and any(not ctx.in_quote(s) for s, _ in orgs[0].spans)
        and 0 <= ctx.text.find(orgs[0].name) < start  # named before, if only as a place
        and not (noun in PUBLICATION_NOUNS and _another_kind_of_body(orgs[0]))
    ):
        # "Shares in UK Coal fell after the mining group reported ...": the model read
        # the first mentions as a place, but "the group" of an article that names one
        # organisation is that organisation
        return orgs[0]
    if noun is not None and len(nearby) > 1:
        # "the company" in an article about one company: the one named most often, unless
        # another body is the one the story has quoted ("Gull Air said it filed suit
        # against Texas Air ... Texas Air acquired ... The company said": Gull speaks)
        ranked = sorted(nearby, key=lambda a: a.mentions, reverse=True)
        spoken = _spoken_bodies(ctx, start)
        if ranked[0].mentions >= 2 * ranked[1].mentions and (not spoken or ranked[0] in spoken):
            return ranked[0]
        if (
            noun in QUOTED_COMPANY_NOUNS
            and len(spoken) == 1
            and _company_suffix(spoken[0].name.split()[-1])
        ):
            return spoken[0]  # the one company the story has quoted so far: Gull Air Inc
            # (a company by its suffix: "the company" is never the Commerce Department)
    return None


def _company_named(ctx: _Context, start: int, noun: str, found: Actor | None) -> Actor | None:
    """ "The company said" is never a body whose name says it is of another kind
    ("On Friday, the Food and Drug Administration approved the drug. The company said"):
    such a body found is dropped. Where that, or no body at all, was found, the search
    goes again without the bodies of other kinds (`other_kinds`), and what it finds
    stands only if the headline names it, the company the story is about ("Senior
    Fannie Mae bosses resign ... the company said"): a company named in passing
    ("Metrojaya" after "the London Stock Exchange") is no more likely than one the model
    did not make a body of."""
    if found is not None and not _not_company(found):
        return found
    again = _recent_org_named(ctx, start, noun, other_kinds=True)
    return again if again is not None and _in_headline(ctx, again) else None


def _in_headline(ctx: _Context, actor: Actor) -> bool:
    """Whether the article's headline (a first line with no closing stop) names the
    body, by its name or a short one, in whatever case ("Senior Fannie Mae bosses
    resign", "KODAK <EK> HAS NEW DATA STORAGE")."""
    headline = f" {' '.join(_words(ctx.text[: _headline_end(ctx)]))} "
    names = [actor.name, *actor.aliases]
    return any(f" {' '.join(_words(n))} " in headline for n in names if _words(n))


def _not_company(actor: Actor) -> bool:
    """Whether a body's name says it is another kind of body than a company ("Food and
    Drug Administration", "Commerce Department"): no "the company" refers back to it.
    A company's legal form says otherwise ("Federal Paper Board Co Inc")."""
    words = set(name_key(actor.name).split())
    return bool(words & NOT_COMPANY_WORDS) and not _legal_name(actor)


def _recent_publication(ctx: _Context, start: int, noun: str) -> Actor | None:
    """ "The newspaper said": the publication named last before `start`, or None.

    A noun of a publication refers back to a publication first: "a KLM spokeswoman
    said in a comment on an article in the evening paper NRC Handelsblad ... The
    newspaper said" is the paper, not KLM, however often KLM is named. A body is a
    publication when its name says so ("Daily Mirror", "The Washington Post", "Arab
    News") or the article calls it one next to its name ("the evening paper NRC
    Handelsblad", "the Mirror newspaper"). A body whose own name holds the noun comes
    first: "Tehran Radio reported ... an interview with the daily Kayhan ... the radio
    reported" is the radio, named before the daily. None named: the other rules of
    `_recent_org`.
    """
    named = _recent_body_holding(ctx, start, noun)
    if named is not None:
        return named
    i = bisect.bisect_left(ctx.span_starts, start) - 1
    while i >= 0:
        s, e, actor = ctx.spans[i]
        i -= 1
        if actor.type == "place" or ctx.in_quote(s):
            continue
        names = name_key(actor.name).split()
        if len(names) > 1 and _publication_name(names, noun):
            # a paper's name says so whatever its type: "the official Shenzhen Economic
            # Zone Daily said", the model taking the paper for a person
            return actor
        if actor.type != "organization":
            continue
        if _publication_name(names, noun):
            return actor
        before = _words(ctx.text[max(0, s - 40) : s])[-3:]
        after = _words(ctx.text[e : e + 20])[:1]
        if set(before + after) & PUBLICATION_NOUNS:
            return actor
    return None


def _recent_body_holding(ctx: _Context, start: int, noun: str) -> Actor | None:
    """The publication named last before `start` whose name holds the noun itself, of
    several words, as its last word ("Tehran Radio" for "the radio"; never "Boise Paper
    Co" for "the paper") or its first before a masthead word ("the daily" for "Daily
    Mirror"), outside quotations; or None."""
    i = bisect.bisect_left(ctx.span_starts, start) - 1
    while i >= 0:
        s, _, actor = ctx.spans[i]
        i -= 1
        if actor.type != "organization" or ctx.in_quote(s):
            continue
        names = name_key(actor.name).split()
        masthead = names[-1] in MASTHEAD_WORDS | PUBLICATION_NOUNS | {"news"}
        if len(names) > 1 and (names[-1] == noun or (names[0] == noun and masthead)):
            return actor
    return None


def _publication_name(names: list[str], noun: str) -> bool:
    """Whether a body's name (normalised words) says it is a publication: it holds the
    noun the article refers back with, or ends with a masthead word or a noun of a
    publication ("Daily Mirror", "Arab News")."""
    return noun in names or bool(set(names[-1:]) & (MASTHEAD_WORDS | PUBLICATION_NOUNS | {"news"}))


def _another_kind_of_body(actor: Actor) -> bool:
    """Whether a body's name makes it something no "the paper" refers back to: a bank,
    a ministry, a company ("Bank of China", "Texaco Inc")."""
    names = set(name_key(actor.name).split())
    return bool(names & (NOT_COMPANY_WORDS | COMPANY_SUFFIXES | ORG_NOUNS) - PUBLICATION_NOUNS)


def _unnamed_before(ctx: _Context, start: int, noun: str) -> bool:
    """Whether the article, before `start`, brings in something of that kind without a
    name: "a group of MPs", "a cross-party group" (an indefinite noun phrase headed by
    the noun, outside any actor's name and any quote), or makes a name no actor the
    subject of a sentence nearby ("The Telegraph was sued ... after the newspaper
    claimed", the model having missed "Telegraph"). "The group" then means that one,
    not the one organisation named nearby."""
    end = bisect.bisect_left(ctx.token_starts, start)
    window = ctx.sent_of(start) - 1
    for token in ctx.doc[:end]:
        if ctx.in_content(token.idx) or _in_actor(ctx, token.idx):
            continue
        if (
            token.lemma_.lower() == noun
            and token.pos_ == "NOUN"
            and token.dep_ != "compound"
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
            and not (token.dep_ == "appos" and _in_actor(ctx, token.head.idx))
        ):
            # ("Cairn Energy, a UK oil firm": a description of one named, not another)
            return True
        if (
            token.pos_ == "PROPN"
            and token.dep_ in _NOMINAL_SUBJECT_DEPS
            and ctx.sent_of(token.idx) >= window
        ):
            return True
    return False
