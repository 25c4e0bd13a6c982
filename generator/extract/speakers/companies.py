"""Companies in wire copy: the voice of "it" or "the company" quoted on, a company's
short name against its legal name ("Great Western" for "Great Western Financial
Corp"), names cut at a suffix, a month or an adverb, and news agencies.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from generator.extract.actor_spans import COMPANY_SUFFIXES, COMPANY_WORDS, WIRE_COMPANY_FORMS
from generator.extract.actors import KNOWN_PLACES
from generator.extract.company_short import rest_of_company_name
from generator.extract.given_names import GIVEN_NAMES
from generator.extract.pronouns import (
    ORG_PRONOUNS,
    RELATIVE_PRONOUNS,
)
from generator.extract.speaker_mentions import _NOMINAL_SUBJECT_DEPS
from generator.extract.speakers.bodies import _body_actor, _party_named
from generator.extract.speakers.context import (
    _anchor,
    _company_suffix,
    _Context,
    _headline_end,
    _in_actor,
    _names,
    _possessive,
    _Report,
)
from generator.extract.speakers.legal_names import _legal_name, no_rival_company
from generator.extract.speakers.lexicon import (
    _PERSONAL_SUBJECTS,
    DETERMINERS,
    INDEFINITES,
    NOT_COMPANY_WORDS,
    ORG_NOUNS,
    SPOKES_NOUNS,
    WIRE_VOICE_NOUNS,
)
from generator.extract.speakers.name_text import _head_noun, _strip_name, _words
from generator.extract.speakers.wire_rivals import silent_rival
from generator.extract.wire_brackets import bracketed_long_form, bracketed_name_around
from generator.extract.words import word_lists
from generator.model import Actor, Quote, name_key

WIRE_VOICE_SENTENCES = 10


# what a company's full name may add to its short one (see `_spoken_fuller`)
COMPANY_NAME_ENDINGS = COMPANY_WORDS["name_endings"] | COMPANY_SUFFIXES


def _wire_voice(ctx: _Context, start: int, company: bool) -> Actor | None:
    """The company wire copy goes on quoting under "it" or "the company", or None (see
    `_wire_voice_verdict`)."""
    voice = _wire_voice_verdict(ctx, start, company)
    return voice[0] if voice is not None else None


def _wire_voice_verdict(ctx: _Context, start: int, company: bool) -> tuple[Actor | None] | None:
    """Whom "it said" or "the company said" at `start` continues in wire copy: "Acme
    Corp said ... The company said ... It added ... the company said".

    The body is the organisation of the nearest earlier reporting clause, when that
    clause was resolved to one; with no reporting clause before, the company the
    story's first words are about (`_lead_body`). None when the last clause is not a
    body's (a person, "analysts", or one left unresolved: "the company" left open
    leaves "it" after it as open): the rules for a back-reference then decide. A one-tuple
    holding None when the chain reaches a body but another one could be meant: any
    other person or organisation that is the subject of a clause in between (the words
    reported included: "Acme said Beta Corp agreed ... The company said" is either),
    and for "it" any other named in between outside what was said, or a place as a
    subject there. No body is a party, the last report stands no more than
    `WIRE_VOICE_SENTENCES` back, and "the company" (`company`) is never a body whose
    name holds a word of another kind ("the Commerce Department said ... The company
    said" is whoever it fined: no chain).
    """
    here = ctx.sent_of(start)
    body: Actor | None = None
    since = 0
    for report in reversed(ctx.reports):
        if report.pos >= start or _thing_relative(report):
            continue
        if report.actor is None:
            return None  # left open for a reason: "it" after it is as unclear
        if not _company_actor(report.actor) or _party_named(report.actor):
            return None
        kinds = set(name_key(report.actor.name).split()) & NOT_COMPANY_WORDS
        if company and kinds and not _legal_name(report.actor):
            return None  # "the department said ... The company said" is another body
            # ("Kestrel Life Association Ltd" is a company by its legal form)
        if _looks_cut(ctx, report.actor):
            return (None,)  # "First Chicago Corp said ... it added": not "Chicago Corp"
        body, since = report.actor, report.end
        if report.sent < here - WIRE_VOICE_SENTENCES:
            return None
        break
    if body is None:
        if any(r.pos < start for r in ctx.reports if r.actor is not None):
            return None
        lead = _lead_body(ctx, start, company) or _opening_subject_body(ctx, start, company)
        return (lead,) if lead is not None else None
    i = bisect.bisect_left(ctx.span_starts, since)
    while i < len(ctx.spans) and ctx.spans[i][0] < start:
        s, e, actor = ctx.spans[i]
        i += 1
        if actor is body or actor.type == "person" or _short_name_of(actor, body):
            continue  # a person is never "it" nor "the company"; "Disney" is Walt Disney Co
        if ctx.in_quote(s) and not ctx.is_subject(s, e):
            continue
        if actor.type == "place" and (company or ctx.in_content(s) or not ctx.is_subject(s, e)):
            continue  # a country may be "it", never "the company"
        if company and actor.type == "organization" and no_rival_company(body, actor):
            continue  # "Congress has authorized ..., the company said": no company
        if not company and not ctx.in_content(s) and _named_in_passing(ctx, s, e):
            continue  # "The offer capitalises IC Gas at ... It said": not who speaks
        if ctx.in_content(s) and silent_rival(ctx, actor, body, start):
            continue  # "Harlow said Brenton raised its offer ... The company said
            # ... Harlow said": a body only ever reported on
        if ctx.is_subject(s, e) or (not company and not ctx.in_content(s)):
            return (None,)
    return (body,)


def _named_in_passing(ctx: _Context, start: int, end: int) -> bool:
    """Whether the body named at [start, end) in the writer's words between a company's
    report and its "it said" is only the object of a verb or a preposition ("The offer
    capitalises IC Gas at around one billion stg", "consolidation of turnover from its
    subsidiary C. Deilmann AG"): a body the sentence acts on, not one that acts, so no
    other voice for the "it" that goes on. Never a subject, nor an owner ("Beta's
    shares fell": Beta is what the sentence is about)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span.root
    while token.dep_ == "appos" and token.head.i != token.i:
        token = token.head
    return token.dep_ in {"pobj", "dobj"}


#: Company suffixes no person's name ends with: "Charter Co", however the model typed it
_STRICT_COMPANY_SUFFIXES = COMPANY_WORDS["english_legal_forms"]


def _company_actor(actor: Actor) -> bool:
    """Whether the actor is a body: an organisation, or a company's name ("Charter Co")
    the model took for a person's."""
    last = actor.name.split()[-1:]
    return actor.type == "organization" or (
        actor.type == "person" and bool(last) and last[0].casefold() in _STRICT_COMPANY_SUFFIXES
    )


def _spoken_bodies(ctx: _Context, start: int) -> list[Actor]:
    """The bodies whose reporting clauses before `start` were resolved, each once."""
    found: list[Actor] = []
    for report in ctx.reports:
        actor = report.actor
        known = actor is not None and actor in found
        if report.pos < start and actor is not None and _company_actor(actor) and not known:
            found.append(actor)
    return found


def _short_company(ctx: _Context, mention: str, start: int) -> Actor | None:
    """ "Orange said" after "Orange Julius International Inc said", "Charter said"
    after "Charter Co ... said": wire copy's short name of a company that has spoken,
    the first words of its name. Only the one company that spoke under a name opening
    with them; "Orange Julius of America", named but silent, is no candidate."""
    name = _strip_name(mention)
    short = _words(name)
    if not short or len(short) > 2 or not name[:1].isupper() or name.isupper():
        return None
    found = [a for a in _spoken_bodies(ctx, start) if _words(a.name)[: len(short)] == short]
    found = [a for a in found if len(_words(a.name)) > len(short)]
    return found[0] if len(found) == 1 and not _looks_cut(ctx, found[0]) else None


def _mistyped_short_company(actor: Actor | None, quote: Quote) -> bool:
    """Whether the "person" or "place" a quote's mention names as written may be the
    short name of a company the model mistyped ("Great Western said", "Dome said",
    "Metropolitan said"): the mention is the name itself (no honorific, no title), no
    word of it a given name, no place the article could mean by itself ("Japan"), no
    one-word "person" (a surname). `_short_company` then decides: the one company of that
    opening that has spoken, if its name ends with a legal form (`_legal_company`)."""
    if actor is None or actor.type not in {"person", "place"} or not _names(quote, actor):
        return False
    if actor.type == "place" and actor.name.casefold() in KNOWN_PLACES:
        return False
    if actor.type == "person" and len(actor.name.split()) < 2:
        return False  # "Clinton": a surname before any company named after it
    return not any(w in GIVEN_NAMES for w in actor.name.split())


def _legal_company(actor: Actor | None) -> Actor | None:
    """The actor if its name ends with a company's legal form ("Great Western Financial
    Corp", "Metropolitan Consolidated Industries Inc"): wire copy's short name stands
    for such a company, not for a campaign or a committee ("Clinton campaign")."""
    if actor is None or not actor.name.split():
        return None
    return actor if actor.name.split()[-1].casefold() in _STRICT_COMPANY_SUFFIXES else None


def _one_company_short_name(ctx: _Context, quote: Quote) -> Actor | None:
    """The company a mistyped short name stands for (`_mistyped_short_company`): the one
    that spoke under a name opening with it, with a legal form, and whose other words
    leave it the same body (`_rest_of_one_name`: "Harwell Dunmore" of "Harwell Dunmore
    Bank Ltd" may be the parent group, and keeps its own name)."""
    mention = quote.speaker_mention or ""
    found = _legal_company(_short_company(ctx, mention, _anchor(quote)))
    short = len(_words(_strip_name(mention)))
    return found if found is not None and _rest_of_one_name(found.name, short) else None


def _spoken_fuller(ctx: _Context, actor: Actor, quote: Quote) -> Actor | None:
    """The company that spoke under the fuller name of which this one is the opening:
    "Orange Julius announced ... The company said", the model keeping "Orange Julius"
    apart from "Orange Julius International Inc", whose reports the story carries. The
    rest of the name only says it is a company ("International Inc"); "American Express
    Bank Ltd" is a unit of American Express, not its full name."""
    short = _words(actor.name)
    start = quote.speaker_start if quote.speaker_start is not None else quote.start
    found = [
        other
        for other in _spoken_bodies(ctx, start)
        if other is not actor
        and len(_words(other.name)) > len(short)
        and _words(other.name)[: len(short)] == short
        and _rest_of_one_name(other.name, len(short))
    ]
    return found[0] if len(found) == 1 and not _looks_cut(ctx, found[0]) else None


def _rest_of_one_name(name: str, short: int) -> bool:
    """Whether the words a company's full name adds to its short one leave it the same
    body ("Firestone" of "Firestone Tire and Rubber Co", "Royal Bank" of "Royal Bank of
    Canada"; not "American Express Bank Ltd"), by the one definition the actors' merge
    uses too: `company_short.rest_of_company_name`. `short` counts `_words`, so the
    written words are split where the short name's words end."""
    written, taken = name.split(), 0
    while taken < len(written) and len(_words(" ".join(written[:taken]))) < short:
        taken += 1
    return rest_of_company_name(written[taken:], written[:taken])


def _company_core(name: str) -> list[str]:
    """A company's name without its company suffixes and the "and" or "&" before them
    ("Eli Lilly and Co" -> Eli Lilly, "BASF AG" -> BASF); [] when it has no suffix."""
    words = name.split()
    core = list(words)
    while len(core) > 1 and _company_suffix(core[-1]):
        core.pop()
    if len(core) < len(words) and len(core) > 1 and core[-1] in {"and", "&"}:
        core.pop()
    return core if len(core) < len(words) else []


def _short_name_of(actor: Actor, body: Actor) -> bool:
    """Whether an organisation's name is the short one of a company the story quotes
    under its full name, as `_company_by_last_word` and `_spoken_fuller` read them:
    "Disney" of "Walt Disney Co", "Firestone" of "Firestone Tire and Rubber Co"."""
    short, full = _words(actor.name), _words(body.name)
    if actor.type != "organization" or not short or len(full) <= len(short):
        return False
    if len(short) == 1 and _company_core(body.name)[-1:] == actor.name.split():
        return True
    return full[: len(short)] == short and _rest_of_one_name(body.name, len(short))


def _company_by_last_word(ctx: _Context, actor: Actor, quote: Quote) -> Actor | None:
    """The company named in full before, whose name (without its suffix) ends with the
    one word the speaker goes by: "Lilly said" after "Eli Lilly and Co said" (the model
    keeps "Lilly" apart), or a body by the bare noun of its name ("Ministry" after "The
    Dutch Finance Ministry"). The speaker's canonical name is the fullest one the
    article uses; only one body may end so, no other body's name may open with the
    word ("Hughes" of Hughes Tool Co is not "Baker Hughes Inc", the merged company), and
    its name may not look cut (`_looks_cut`)."""
    name = actor.name
    if len(name.split()) != 1 or not name[:1].isupper():
        return None
    start = quote.speaker_start if quote.speaker_start is not None else quote.start
    if name_key(name) in ORG_NOUNS:
        # "Ministry figures indicated" after "The Dutch Finance Ministry said": the one
        # body named before whose name ends with the bare noun
        cores = {id(o): o.name.split() for o in ctx.actors}
    else:
        cores = {id(o): _company_core(o.name) for o in ctx.actors}
    found = [
        other
        for other in ctx.actors
        if other is not actor
        and other.type == "organization"
        and len(cores[id(other)]) > 1
        and cores[id(other)][-1] == name
        and any(s < start for s, _ in other.spans)
    ]
    opening = [
        other
        for other in ctx.actors
        if other is not actor
        and other.type == "organization"
        and other.name.split()[:1] == [name]
        and other.name != name
    ]
    if len(found) != 1 or opening or _looks_cut(ctx, found[0]):
        return None  # "Hughes" with Hughes Tool Co and "Baker Hughes Inc": either
    return found[0]


_CUT_BEFORE_POS = frozenset({"PROPN", "ADJ", "NOUN", "NUM"})


def _looks_cut(ctx: _Context, actor: Actor) -> bool:
    """Whether the model's name for a body may have lost its first word: a mention of
    it follows a capitalised word right before it ("First Chicago Corp" named
    "Chicago Corp"). A speaker given by the chains of wire copy must be the fullest name
    the article uses, so such a body is left unnamed there."""
    name = _words(actor.name)
    headline = _headline_end(ctx)  # all capitals there: "FIRE HIT SANDOZ 1986 PROFITS"
    for s, e, other in ctx.spans:
        if other is not actor or _words(ctx.text[s:e]) != name or s < headline:
            continue  # "Coal" of "UK Coal" is the name's own end, not a cut name
        i = bisect.bisect_left(ctx.token_starts, s) - 1
        if i < 0:
            continue
        token = ctx.doc[i]
        adjacent = token.idx + len(token.text) + len(token.whitespace_) == s
        cut = adjacent and token.text[:1].isupper() and token.pos_ in _CUT_BEFORE_POS
        # "told Reuters Sandoz had": the word before is a phrase of its own, no part of
        # the name, when it is another actor or the one told
        apart = _in_actor(ctx, token.idx) or (i > 0 and ctx.doc[i - 1].lemma_ == "tell")
        if cut and not apart:
            return True
    return False


def _lead_body(ctx: _Context, start: int, company: bool) -> Actor | None:
    """The organisation a story opens on, when the quote being resolved is about it and
    nothing before it names anyone: "Den Norske Stats Oljeselskap A/S (Statoil) has
    placed contracts ..., the company said", "<Kowloon-Canton Railway Corp> is planning
    a new line ..., a company spokeswoman said". The first actor of the quote's words,
    the subject of their main clause; with `company` ("the company", "a company
    spokeswoman"), one whose name holds no word of another kind of body ("the Commerce
    Department")."""
    begin, end = ctx.quote
    headline = _headline_end(ctx)
    spans = [span for span in ctx.spans if span[0] >= headline]  # a wire headline's
    # capitals ("FIRE HIT SANDOZ 1986 PROFITS") name the story's subject, not another
    if not (begin < start and spans and spans[0][0] >= begin):
        return None  # the quote follows its clause, or a name stands before it
    s, e, actor = _written_at(ctx, begin) or spans[0]
    if s >= end or actor.type != "organization" or _party_named(actor):
        return None
    if company and set(name_key(actor.name).split()) & NOT_COMPANY_WORDS:
        return None  # "the company said", "a company spokeswoman": a company only
    if _looks_cut(ctx, actor):
        return None
    if _opening_owner(ctx, s, e, actor, start):
        return actor  # "Western Pacific Steel Ltd's main aim is ..., it said"
    token = ctx.subject_token(s, e)
    if token is None or token.sent.start_char > begin + 1:
        return None  # the subject of a later sentence of a quote that runs over several
    root = token.sent.root
    # the subject of the sentence's main verb, or of the reported clause it governs
    return actor if root in (token.head, token.head.head) else None


def _written_at(ctx: _Context, begin: int) -> tuple[int, int, Actor] | None:
    """The organisation whose name (or alias) the words at `begin` open with, where the
    model tagged no mention there: "Sandoz AG <SANZ.Z> would have reported ...", its
    ticker in the way. Longest name first."""
    rest = ctx.text[begin : begin + 200]
    found = []
    for actor in ctx.actors:
        if actor.type != "organization":
            continue
        for name in (actor.name, *actor.aliases):
            if (
                len(name) > 2
                and rest.startswith(name)
                and not rest[len(name) : len(name) + 1].isalnum()
            ):
                found.append((len(name), actor))
    if not found:
        return None
    length, actor = max(found, key=lambda pair: pair[0])
    return begin, begin + length, actor


def _opening_owner(ctx: _Context, start: int, end: int, actor: Actor, at: int) -> bool:
    """Whether the story opens on a company's possessive and the words up to the voice
    at `at` name no one else: "Western Pacific Steel Ltd's main aim over the next few
    years will be to raise the company's return on equity, it said". The company
    its legal form makes it ("Ltd") is what the words are about, however the parser
    reads them; an owner of no legal form ("Japan's exports", "the Treasury's
    figures") may be what others report on, and any other body or person named
    before the voice (a place only where it is no subject) leaves it open."""
    if ctx.text[_headline_end(ctx) : start].strip(" <\n") or not _legal_name(actor):
        return False
    if not _possessive(ctx, start, end):
        return False
    for s, e, other in ctx.spans:
        if s >= at:
            break
        if s < end or other is actor or _short_name_of(other, actor):
            continue
        if other.type == "place" and not ctx.is_subject(s, e):
            continue
        return False
    return True


def _opening_subject_body(ctx: _Context, start: int, company: bool) -> Actor | None:
    """The organisation wire copy's first sentence is about, for an "it said" in the
    next one before any reporting clause: "Pharmacia AB forecast earnings of one billion
    crowns in 1987 ... Sales would go up to six billion crowns, it said." The story's
    first actor, its first words (no owner: "Japan's exports") or the subject of its
    first sentence's main verb, and no other body or person named after it before the
    pronoun (a place only where it is no subject).
    Only "it" (`company` is False): "the company" is left to `_lead_body`."""
    if company or not ctx.spans:
        return None
    s, e, actor = ctx.spans[0]
    here = ctx.sent_of(start)
    if ctx.sent_of(s) != 0 or here > 1 or ctx.in_content(s):
        return None  # the story's first sentence, the pronoun's the next at most
    if actor.type != "organization" or _party_named(actor) or _looks_cut(ctx, actor):
        return None
    token = ctx.subject_token(s, e)
    opening = not ctx.text[:s].strip() and not _possessive(ctx, s, e)
    if not opening and (token is None or token.head is not token.sent.root):
        return None  # (the story's first words, whatever the parse makes of headlinese)
    for s2, e2, other in ctx.spans[1:]:
        if s2 >= start:
            break
        if other is actor or _short_name_of(other, actor):
            continue
        if other.type == "place" and not ctx.is_subject(s2, e2):
            continue
        return None
    return actor


def _company_cut_to_tail(ctx: _Context, start: int, end: int) -> Actor | None:
    """ "Worldgroup Cos Inc said" parsed with the subject "Inc", "<Crazy Eddie Stores
    Inc> said" with "Stores Inc": the parser cut a company's name and kept its last
    words. The speaker is the company whose name the mention ends (an actor's mention
    running over it, or the wire bracket around it), under that whole name."""
    i = bisect.bisect_right(ctx.span_starts, start) - 1
    while i >= 0 and ctx.spans[i][0] > start - 120:
        s, e, actor = ctx.spans[i]
        i -= 1
        if s < start and end <= e and not ctx.text[end:e].strip(" >"):
            # a company's name, closed by its suffix: "Twickenham and Ferri", a place
            # and a person the model joined, is no company the mention "Ferri" cuts
            company = actor.type == "organization" and bool(_company_core(actor.name))
            return actor if company else None
    around = bracketed_name_around(ctx.text, start, end) or _name_before_suffix(ctx, start, end)
    if around is None:
        return None
    name, s, e = around
    known = ctx.by_name.get(name_key(name))
    if known is not None and known.type != "organization":
        return None
    return _body_actor(ctx, name, s, e)


_NAME_RUN = re.compile(r"(?:(?:[A-Z][\w.&'-]*|&|and|of)[ \t]+)*[A-Z][\w.&'-]*[ \t]+$")


def _name_before_suffix(ctx: _Context, start: int, end: int) -> tuple[str, int, int] | None:
    """ "Holloway Travel Cos Inc said" with the subject "Inc" and no actor over it: a
    mention made only of company suffixes ends the capitalised words written right
    before it on its line, from the start of its sentence (so a name, not a headline
    or an earlier clause), which are the company's name."""
    if not all(_company_suffix(w) for w in ctx.text[start:end].split()):
        return None
    opening = ctx.sentence_span(ctx.sent_of(start))[0]
    run = _NAME_RUN.search(ctx.text, opening, start)
    if run is None or run.start() != opening + len(ctx.text[opening:start]) - len(
        ctx.text[opening:start].lstrip()
    ):
        return None
    name = " ".join(ctx.text[run.start() : end].split())
    if name.split()[0].casefold() in {"the", "and", "of"}:
        return None
    return name, run.start(), end


def _subject_before_appositive(ctx: _Context, start: int, end: int) -> Actor | None:
    """ "A.H. Robins Co, facing suits over its Dalkon Shield device, said" parsed with
    the participle phrase for subject: the organisation that opens the sentence, set
    off by the commas around the phrase, is the speaker. Only a phrase that opens in
    lower case with no determiner or pronoun (a description, "the company", is read
    by the other rules) and an organisation right before its comma."""
    first = ctx.text[start:end].split()[:1]
    if not first or not first[0][:1].islower():
        return None
    word = first[0].casefold()
    if word in DETERMINERS | RELATIVE_PRONOUNS | _PERSONAL_SUBJECTS | ORG_PRONOUNS:
        return None
    if not re.match(r"\s*,", ctx.text[end:]) or not re.search(r",\s*$", ctx.text[:start]):
        return None
    before = ctx.text[:start].rstrip()[:-1].rstrip()
    opening = ctx.sentence_span(ctx.sent_of(start))[0]
    for s, e, actor in ctx.spans:
        if e == len(before) and actor.type == "organization":
            lead = ctx.text[opening:s].strip().casefold()
            return actor if lead in {"", "the"} else None
    return None


def _bracketed_short_name(ctx: _Context, mention: str) -> Actor | None:
    """ "Sharp said" in a story that marks "<I P Sharp Associates Ltd>": wire copy's
    short name of the company it named once in brackets, which the model missed or
    kept only under the short name. The company speaks under the bracketed name, when
    exactly one bracketed name holds the mention's words and adds only company endings
    after them (see wire_brackets)."""
    name = _strip_name(mention)
    if not name[:1].isupper() or name.isupper() or len(_words(name)) > 3:
        return None
    if _company_core(name):
        return None  # "Marsh Inc": a company name of its own, never a short one

    def same_body(rest: list[str]) -> bool:
        endings = COMPANY_NAME_ENDINGS | BRACKET_NAME_ENDINGS
        return all(w.casefold() in endings or w in WIRE_COMPANY_FORMS for w in rest)

    full = bracketed_long_form(ctx.text, name, same_body)
    if full is None:
        return None
    known = ctx.by_name.get(name_key(full))
    if known is not None and known.type != "organization":
        return None
    at = ctx.text.find("<" + full.split()[0])
    return _body_actor(ctx, full, at + 1, at + 1 + len(full))


def _thing_relative(report: _Report) -> bool:
    """Whether a reporting clause is a thing's relative clause left unresolved ("The
    company introduced the minicomputer, which can support 64 users"): "which" is
    never a person, and one that no body was found for is no voice at all, so it does
    not break the chain of a company's "it said" (`_wire_voice_verdict`)."""
    return report.actor is None and report.mention.strip().casefold() == "which"


BODY_KIND_NOUNS = word_lists("speaker_words")["body_kind_nouns"]


BRACKET_NAME_ENDINGS = word_lists("speaker_words")["bracket_name_endings"]


def _body_voice_by_kind(ctx: _Context, mention: str, start: int) -> Actor | None:
    """ "The Federal Home Loan Bank Board said ... the thrift regulatory agency said":
    a definite description headed by a kind of public body (`BODY_KIND_NOUNS`) whose
    word the body's name need not hold, written in lower case, is the body of the
    nearest earlier reporting clause, when that is a public body (no company, no
    party) that no other organisation named since could be mistaken for, and no other
    body has spoken before."""
    words = mention.split()
    if len(words) < 2 or words[0].casefold() != "the" or not mention[4:].islower():
        return None
    if words[-1].casefold() not in BODY_KIND_NOUNS:
        return None
    before = [r for r in ctx.reports if r.pos < start and r.actor is not None]
    if not before:
        return None
    last = before[-1]
    body = last.actor
    if body is None or body.type != "organization" or _party_named(body):
        return None
    if _company_core(body.name) or last.sent < ctx.sent_of(start) - WIRE_VOICE_SENTENCES:
        return None
    if any(r.actor is not body and r.actor.type != "person" for r in before):
        return None  # another body spoke before: either may be meant
    i = bisect.bisect_left(ctx.span_starts, last.end)
    while i < len(ctx.spans) and ctx.spans[i][0] < start:
        _, _, actor = ctx.spans[i]
        i += 1
        if actor is not body and actor.type == "organization":
            return None
    return body


NAMED_KIND_NOUNS = word_lists("speaker_words")["named_kind_nouns"]


def _org_named_as_kind(ctx: _Context, head: str, modifiers: list[str], start: int) -> Actor | None:
    """ "The European Airbus Industrie consortium has obtained ..., the consortium
    said", "Burnham Fund, a mutual fund, ... The fund said": the reading of
    `kinds.org_named_with_noun` (the one definition, which parses the description) for
    a head noun that is a kind of body (`NAMED_KIND_NOUNS`): the one organisation the
    article named before with that noun: as the last word of its name ("American
    Stock Exchange"), right after it ("the Airbus Industrie consortium") or in
    apposition (", a mutual fund"), outside any quotation but the story's first words
    when they are about a body (`_lead_body`), each word of the description among the
    words it was named with. Two bodies named so ("the New York Stock Exchange ... the
    American Stock Exchange"), or none, or one named in a reporting clause left
    without a speaker (`_in_open_report`): open."""
    word = re.escape(head)
    # right after the name ("the Airbus consortium has"), or set off in apposition by
    # commas (", a Great Falls, Va., investment partnership,"; not "with the SEC, the
    # partnership said", a clause of its own)
    compound = re.compile(rf"[ \t]*\n?[ \t]*{word}\b")
    apposed = re.compile(rf",\s+(?:the|a|an)\s+((?:[\w.'&-]+,?\s+){{0,5}}){word}(?=\s*[,.;)])")
    # the words' own subject may be it; then any other body they name may be as well
    lead = _lead_body(ctx, start, company=False) is not None
    named: list[Actor] = []
    for s, e, actor in ctx.spans:
        own = lead and ctx.quote[0] <= s < ctx.quote[1]
        if s >= start or actor.type != "organization" or (ctx.in_quote(s) and not own):
            continue
        said = set(_words(ctx.text[s:e]))
        found = compound.match(ctx.text, e)
        if found is not None and not _heads_phrase(ctx, found.end()):
            found = None  # "the Citicorp exchange offer": the noun is no kind of body
        found = found or apposed.match(ctx.text, e)
        if found is not None and found.end() > start:
            found = None
        if found is None and _name_head(_words(ctx.text[s:e])) != head:
            continue  # ("American Stock Exchange", "Center for Auto Safety": named so)
        if found is not None and found.groups():
            said |= set(_words(found.group(1) or ""))
        if all(w in said for w in modifiers) and actor not in named:
            named.append(actor)
    if len(named) != 1 or _in_open_report(ctx, named[0], start):
        return None
    return named[0]


def _name_head(words: list[str]) -> str | None:
    """The noun a body's name is headed by: its last word ("American Stock Exchange"),
    or the word before its first "for" or "of" ("Center for Auto Safety")."""
    for i, word in enumerate(words[1:], start=1):
        if word in {"for", "of"}:
            return words[i - 1]
    return words[-1] if words else None


def _in_open_report(ctx: _Context, actor: Actor, start: int) -> bool:
    """Whether a reporting clause before `start` that was left without a speaker holds a
    mention of the actor: "..., the New York Coffee, Sugar and Cocoa Exchange said",
    the model naming only "Cocoa Exchange" of it. The body's name is cut, so a
    back-reference gets no name either."""
    return any(
        report.actor is None and report.start <= s < report.end
        for report in ctx.reports
        if report.pos < start
        for s, _ in actor.spans
    )


def _heads_phrase(ctx: _Context, end: int) -> bool:
    """Whether the word ending at `end` heads its noun phrase (no noun follows it that
    it modifies: "the Airbus consortium said", not "the Citicorp exchange offer")."""
    i = bisect.bisect_right(ctx.token_starts, end - 1) - 1
    return i >= 0 and ctx.doc[i].dep_ != "compound"


MENTION_TRAILING_ADVERBS = word_lists("speaker_words")["mention_trailing_adverbs"]


def _trailing_adverb_cut(mention: str) -> str | None:
    """ "Airbus officials here", "Bank officials today": the mention without the adverb
    of place or time the parser left at its end, which names no one ("here" would
    otherwise keep "Airbus officials" from being read as the body's voice). None when
    the mention has no such adverb after a word."""
    words = mention.rstrip().split()
    if len(words) < 2 or words[-1].casefold() not in MENTION_TRAILING_ADVERBS:
        return None
    return mention.rstrip()[: -len(words[-1])].rstrip()


def _company_statement(
    words: list[str], head: str, modifiers: list[str], phrase: list[str]
) -> bool:
    """ "<Kowloon Mining Inc> is planning a new mine, a company statement said": a
    statement of "the company", written with no name, speaks as a company spokeswoman
    does, for the company the story's first words are about (`_lead_body`)."""
    company = bool(modifiers) and set(modifiers) <= WIRE_VOICE_NOUNS
    return words[0] in INDEFINITES and head == "statement" and company and not phrase


_JOINED_NAME = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w.'-]*\s+)+(?:and|&)\s+(?:[A-Z][\w.'-]*\s+)*\S+)"
)


def _joined_company_name(ctx: _Context, mention: str, start: int, end: int) -> Actor | None:
    """ "Standard and Poor's Corp said", "Systems and Computer Technology Corp said": a
    company whose name joins words by "and", which the model split in two ("Poor's
    Corp"), so that the mention reads as two speakers. A mention of capitalised words
    joined by one "and" and closed by a company suffix is one company, under the name
    as written; never when the words before "and" are an organisation or a person of
    their own ("Ford and General Motors Corp said", "Carl Icahn and Trans World Airlines
    Inc said": two speakers)."""
    whole = _JOINED_NAME.fullmatch(mention.strip())
    if whole is None or not _company_suffix(mention.split()[-1]):
        return None
    name = " ".join(whole.group(1).split())
    words = name.split()
    joins = [i for i, w in enumerate(words) if w in {"and", "&"}]
    if len(joins) != 1 or any(w in {",", ";"} for w in words):
        return None
    first = " ".join(words[: joins[0]])
    known = ctx.by_name.get(name_key(first))
    if known is not None and known.type in {"organization", "person"}:
        return None
    at = start + mention.find(words[0])
    for s, e, actor in ctx.spans:
        if s == at and ctx.text[s:e] == first and actor.type in {"organization", "person"}:
            return None  # "Carl Icahn and Trans World Airlines Inc said": two speakers
    return _body_actor(ctx, name, at, end)


MONTH_NAMES = word_lists("calendar")["month_names"]


def _trailing_place_cut(ctx: _Context, mention: str, start: int) -> str | None:
    """ "Westpac Banking Corp in New Zealand", "Michigan General in March": the mention
    without the place or month the parser kept at its end ("in" and a place the
    article names, or a month), which says where or when, not who. Only after a name
    (a capitalised word before "in")."""
    cut = re.fullmatch(r"(.*[A-Z][\w.'-]*)\s+in\s+(.+?)\s*", mention)
    if cut is None:
        return None
    tail = cut.group(2)
    known = ctx.by_name.get(name_key(tail))
    place = known is not None and known.type == "place"
    return cut.group(1) if place or tail.casefold() in MONTH_NAMES else None


AGENCY_MODIFIERS = word_lists("speaker_words")["agency_modifiers"]


_AGENCY_NAME = r"[A-Z][A-Za-z-]+"


def _agency_in(mention: str) -> str | None:
    """The name of a news agency a mention calls by its name and "news agency": "the
    official news agency Tass", "the official Tanjug news agency", "Iraq's news agency
    INA". None for any other mention."""
    words = mention.split()
    while words and (
        words[0].casefold() in DETERMINERS | AGENCY_MODIFIERS or words[0].endswith("'s")
    ):
        words = words[1:]
    rest = " ".join(words)
    after = re.fullmatch(rf"news agency ({_AGENCY_NAME})", rest)
    before = re.fullmatch(rf"({_AGENCY_NAME}) news agency", rest)
    found = after or before
    return found.group(1) if found is not None else None


def _news_agency(ctx: _Context, mention: str, start: int) -> Actor | None:
    """ "the official news agency Tanjug said ... Tanjug said": a news agency the model
    did not take for a name speaks under its own name, whether the mention calls it
    "news agency" or by its bare name where the article calls it so elsewhere. Never a
    name the article gives a person or a place."""
    name = _agency_in(mention)
    if name is None:
        bare = _strip_name(mention)
        if not re.fullmatch(_AGENCY_NAME, bare):
            return None
        called = rf"news agency {re.escape(bare)}\b|\b{re.escape(bare)} news agency"
        if not re.search(called, " ".join(ctx.text.split())):
            return None
        name = bare
    known = ctx.by_name.get(name_key(name))
    if known is not None and known.type != "organization":
        return None
    at = ctx.text.find(name, start)
    return _body_actor(ctx, name, at, at + len(name))


# "at Augusta", "in Lavera": where the thing the words are about stands, no other party
_PLACE_PREPOSITIONS = frozenset({"at", "in", "near"})

# the marks that open a speaker's own words
_OPENING_MARKS = frozenset({'"', "\u201c", "'", "\u2018"})


def _company_of_its_words(ctx: _Context, start: int, company: bool) -> Actor | None:
    """The body a spokesman after the words speaks for, in wire copy that gives each
    paragraph to one body: "Shell Francaise's Berre l'Etang refinery will shut down in
    early April, a company spokesman said", "Compagnie Francaise de Raffinage (CFR) will
    close the visbreaker at its La Mede refinery, a spokesman for the company said".

    The organisation that is the subject of the words' main clause, or that subject's
    owner or name ("The Esso Italiana refineries"), when the reporting clause closes the
    same sentence and the words bring up no other body or person except as a place ("at
    Augusta") or a word of the subject's name ("the Berre l'Etang refinery"). None when
    the report before was another speaker's own ("Boeing said ... AMR will fly them on
    Atlantic routes, a company spokesman said" is Boeing's spokesman): only after no
    report, an unresolved one ("oil traders said"), this body's, or another spokesman's.
    Never for a speaker's own words in quotation marks, which may be about any body.
    With `company` ("a company spokesman", "a spokesman for the company"), a company
    only, as for `_lead_body`."""
    begin, end = ctx.quote
    if start < end or ctx.sent_of(begin) != ctx.sent_of(start):
        return None  # the clause closes the sentence of the words it reports
    if ctx.text[:begin].rstrip()[-1:] in _OPENING_MARKS:
        return None  # '"Toshiba's timing seems most unfortunate," one official said':
        # a speaker's own words may be about any body; only reported speech is its voice
    found: Actor | None = None
    i = bisect.bisect_left(ctx.span_starts, begin)
    while i < len(ctx.spans) and ctx.spans[i][0] < end:
        s, e, actor = ctx.spans[i]
        i += 1
        if actor.type == "place" or actor is found:
            continue
        role = _role_in_words(ctx, s, e)
        if role == "subject" and found is None and actor.type == "organization":
            found = actor
        elif role != "modifier":
            return None  # another party the words bring up: either may speak
    if found is None or _party_named(found) or _looks_cut(ctx, found):
        return None
    if found.name.endswith(("'s", "'")):
        return None  # "Federal Industries Ltd's": a name cut wrong, never published so
    if company and set(name_key(found.name).split()) & NOT_COMPANY_WORDS:
        return None  # "a company spokesman": a company only
    last = max((r for r in ctx.reports if r.pos < begin), key=lambda r: r.pos, default=None)
    if last is None or last.actor is None or last.actor is found:
        return found
    if _head_noun(_words(last.mention)) not in SPOKES_NOUNS:
        return None  # "Boeing said ...": a spokesman after it may be Boeing's
    return found


def _role_in_words(ctx: _Context, start: int, end: int) -> str:
    """What the name at [start, end) is in the words being resolved: "subject" (the
    subject of their main clause, its owner "Shell's refinery", or its name "the Esso
    refineries" when no owner is given), "modifier" (a word of another noun's name, or
    a place "at Augusta"), or "other"."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return "other"
    token = span.root
    if token.dep_ == "poss" or (token.dep_ == "compound" and not _owned(token.head)):
        noun = token.head
        while noun.dep_ in {"compound", "flat"} and noun.head.i != noun.i:
            noun = noun.head
        return "subject" if _main_subject(ctx, noun) else "other"
    if token.dep_ in _NOMINAL_SUBJECT_DEPS:
        return "subject" if _main_subject(ctx, token) else "other"
    if token.dep_ == "compound":
        return "modifier"
    if token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPOSITIONS:
        return "modifier"
    return "other"


def _owned(noun: Token) -> bool:
    """Whether a noun has an owner of its own ("Shell's Berre l'Etang refinery")."""
    return any(child.dep_ == "poss" for child in noun.children)


def _main_subject(ctx: _Context, token: Token) -> bool:
    """Whether `token` is the subject of the main clause of the words' first sentence:
    of the sentence's root, or of the clause the root's reporting verb governs."""
    if token.dep_ not in _NOMINAL_SUBJECT_DEPS or token.sent.start_char > ctx.quote[0] + 1:
        return False
    root = token.sent.root
    return root in (token.head, token.head.head)
