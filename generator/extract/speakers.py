"""Speaker resolution: who said each quotation, as the canonical name of an actor.

The quote extractor records the speaker as written ("he", "Austin", "the defense
secretary", "a spokesman for the ministry") with its character offsets; this module
maps that mention to one of the article's actors. Readers follow a person across
briefings by that name, so a wrong name does more harm than a missing one: every rule
here returns None unless the text makes the answer clear.

Linear in the number of quotes times a small window of preceding mentions; never raises.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_spans import COMPANY_SUFFIXES, COMPANY_WORDS, WIRE_COMPANY_FORMS
from generator.extract.actors import (
    FEMALE_HONORIFICS,
    HONORIFICS,
    KNOWN_PLACES,
    MALE_HONORIFICS,
    PARTY_WORDS,
    TITLE_WORDS,
)
from generator.extract.body_names import (
    BODY_NOUNS,
    PUBLISHED_NOUNS,
    body_named_in,
    led_body,
    owned_led_body,
    titled_part_owner,
)
from generator.extract.company_short import rest_of_company_name
from generator.extract.direct_attribution import _asks_someone
from generator.extract.given_name_sexes import LISTED_FEMALE_GIVEN_NAMES, LISTED_MALE_GIVEN_NAMES
from generator.extract.given_names import FEMALE_GIVEN_NAMES, GIVEN_NAMES, MALE_GIVEN_NAMES
from generator.extract.speaker_checks import NICKNAME, not_the_speaker
from generator.extract.speaker_mentions import _NOMINAL_SUBJECT_DEPS, relative_antecedent
from generator.extract.speech_cues import PLAIN_REPORT_CUES, _is_reporting
from generator.extract.state_tags import described_tag, is_state_tag, state_tag
from generator.extract.wire_brackets import bracketed_long_form, bracketed_name_around
from generator.extract.words import word_lists, word_set
from generator.model import Actor, Quote, name_key
from generator.reading.layout import doc_text

MALE_PRONOUNS = frozenset({"he", "him", "his"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers"})
ORG_PRONOUNS = frozenset({"it"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
DETERMINERS = word_lists("function_words")["articles"] | word_set("one two three several some its")
# Nouns of people who speak for an organisation: the organisation is the speaker.
SPOKES_NOUNS = word_set(
    """
    spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative
    representatives source sources official officials statement statements insider
    insiders aide aides staff employee employees executive executives member members
    researchers analysts economists report bosses chiefs managers directors lawyers
    negotiators leaders leadership management ruling announcement spokespeople
    """
)
# People who speak for a body, not for themselves: "the spokesman" is never the person
# named last, only the same voice as an earlier "a spokesman for X".
BODY_VOICES = word_set("spokesman spokeswoman spokesperson representative official aide")
# Nouns an article uses to refer back to an organisation it has named.
ORG_NOUNS = word_set(
    """
    ministry department office company firm group party government agency council
    committee commission bank union court club board institute university police
    army military organisation organization charity authority regulator network
    broadcaster newspaper paper website radio association federation foundation retailer
    carrier airline maker manufacturer giant operator insurer lender watchdog producer
    supplier publisher utility
    """
)
GENERIC_ORG_NOUNS = word_set(
    "company firm group retailer carrier airline maker manufacturer giant operator "
    "insurer lender watchdog broadcaster newspaper paper website charity producer supplier club "
    "publisher utility"
)
# "The company said" in a story about several companies is the one the story has quoted,
# when it has quoted only one (`_recent_org_named`); not "the group", "the paper".
QUOTED_COMPANY_NOUNS = word_set("company firm")
FEMALE_ROLE_WORDS = word_set(
    "spokeswoman chairwoman businesswoman congresswoman actress queen princess "
    "headmistress mother wife daughter sister widow grandmother"
)
MALE_ROLE_WORDS = word_set(
    "spokesman chairman businessman congressman actor king prince headmaster father "
    "husband son brother widower grandfather"
)
# Titles in "-man" that wire copy gives women too ("FERC Chairman Martha Hesse ... she
# said"): weak evidence of a man (see `_title_male`).
GENERIC_MALE_TITLES = word_set("spokesman chairman businessman congressman")
# What a person issues: "an estimate from Oleksiy Danilov", "Austin's statement" speak
# for the person named in them.
STATEMENT_NOUNS = word_set(
    """
    statement estimate report letter memo tweet post interview comments remarks words
    speech testimony assessment analysis readout message email note account
    """
)
# Wire copy's back-references to the company whose reports a story carries ("The
# company said", see `_wire_voice`), and how far back its last report may stand
WIRE_VOICE_NOUNS = word_lists("speaker_words")["wire_voice_nouns"]
NOT_COMPANY_WORDS = word_lists("speaker_words")["not_company_words"]
WIRE_VOICE_SENTENCES = 10
# Offices whose spokesman speaks for the seat of that office, when the article names
# the seat ("Downing Street said ... The prime minister's official spokesman said").
OFFICE_SEATS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("prime", "minister"): ("Downing Street", "Number 10", "No 10", "Number Ten"),
    ("premier",): ("Downing Street", "Number 10", "No 10", "Number Ten"),
    ("president",): ("White House", "Kremlin", "Elysee", "Élysée", "Blue House"),
}
# Endings of a compound modifier that describes a person, no office: "the
# Ballymena-born actor", "the Newport-based athlete", "the Oscar-nominated actor".
DESCRIBING_SUFFIXES = ("-based", "-born", "-nominated", "-winning")
AGE_HEAD = re.compile(r"\d+-year-old")  # "the 20-year-old": a person named before
# "the Scot", "the American": a person's nationality, said of the person who spoke just
# before (data/speaker_words.toml)
DEMONYM_NOUNS = word_lists("speaker_words")["demonym_nouns"]
#: Heads of a body's name that may stand before or after its field: "Agriculture
#: Department" and "Department of Agriculture" (USDA) are one body
INVERTED_BODY_HEADS = word_lists("speaker_words")["inverted_body_heads"]
# what a company's full name may add to its short one (see `_spoken_fuller`)
COMPANY_NAME_ENDINGS = COMPANY_WORDS["name_endings"] | COMPANY_SUFFIXES
# "a Forbes article", "a footnote that said": published by whom it names or who issued it
DOCUMENT_NOUNS = word_lists("speaker_words")["document_nouns"]
# "Terry", "Robin": given names that tell no gender (see _given_name_contradicts)
UNISEX_GIVEN_NAMES = word_lists("speaker_words")["unisex_given_names"]
# Given names of one sex: the corpus's ("Mr Howard" of Michael Howard), widened by the
# names Faker's locales list for one sex only ("Martha", "Melanie"; given_name_sexes)
_MALE_GIVEN = MALE_GIVEN_NAMES | LISTED_MALE_GIVEN_NAMES
_FEMALE_GIVEN = FEMALE_GIVEN_NAMES | LISTED_FEMALE_GIVEN_NAMES
# "a statement issued on behalf of X said": who the statement was put out for
ISSUING_PARTICIPLES = word_lists("speaker_words")["issuing_participles"]
# "the French international defender": an occupation of the person just named
OCCUPATION_NOUNS = word_lists("speaker_words")["occupation_nouns"]
# "the youngster", "the Newport-based athlete": a person just named, no office
REFERRING_NOUNS = word_lists("speaker_words")["referring_nouns"] | (OCCUPATION_NOUNS - TITLE_WORDS)
# "Hansen and his collaborators": the people working with one person, in that person's name
COMPANION_NOUNS = word_lists("speaker_words")["companion_nouns"]
SUB_UNIT_WORDS = COMPANY_WORDS["arm_words"]
REFERRING_MODIFIERS = word_lists("speaker_words")["referring_modifiers"]
INTRODUCED_TITLES = word_lists("speaker_words")["introduced_titles"]
CALLING_TITLES = word_lists("speaker_words")["calling_titles"]
PERSON_MODIFIERS = word_lists("speaker_words")["person_modifiers"]
ANONYMOUS_PERSON_NOUNS = word_lists("speaker_words")["anonymous_person_nouns"]
GENERIC_MEMBER_NOUNS = word_lists("speaker_words")["generic_member_nouns"]
# "The Tories said": the party under its canonical name; "a Tory spokesman": its voice
PARTY_NAMES = word_lists("party_names")
PARTY_ADJECTIVES = word_lists("party_adjectives")
# "the Post" for The Washington Post, once the article has named it in full
MASTHEAD_WORDS = word_lists("speaker_words")["masthead_words"]
# "the new paper", "the research paper": a document, not a newspaper
DOCUMENT_MODIFIERS = word_lists("speaker_words")["document_modifiers"]
# What a body publishes, not what its voice says: "The report said" after "a BBC
# spokeswoman said" is not the BBC's ("the statement said" may be)
PUBLISHED_REPORTS = word_set("report study analysis assessment")
# "unions", "workers": people in the plural whom "they" may mean (data/speaker_words.toml)
GROUP_PLURALS = word_lists("speaker_words")["group_plurals"]
# "the newspaper", "the paper": nouns that refer back to a publication only
PUBLICATION_NOUNS = word_lists("speaker_words")["publication_nouns"]
FORMER_WORDS = word_set("former ex onetime erstwhile retired")
INDEFINITES = frozenset({"a", "an", "one", "another"})
# Modifiers of a title that do not narrow who holds it ("the former cabinet secretary").
LOOSE_MODIFIERS = word_set("former then ex new outgoing incoming current top senior veteran")
# "quoted in China Daily", "interviewed by the BBC": what follows is where the words
# were relayed, not the body the speaker speaks for
RELAY_PARTICIPLES = word_lists("speaker_words")["relay_participles"]
# "the two-term president", "the three-time champion": how long or how often a person
# held a title, which does not narrow the title to another office
TENURE_MODIFIER = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)-(?:term|time)"
)
PREPOSITIONS = frozenset({"for", "at", "of", "from", "in", "with", "to", "inside", "within"})
LOOKBACK_SENTENCES = 4
GENERIC_HEADS = word_set("head chief boss")  # stand for whatever title the body gives its top
TOP_TITLES = word_lists("speaker_words")["top_titles"]
# Ranks that make a different office of a title ("shadow foreign secretary", "deputy
# leader"): a description without the rank does not refer to its holder.
RANK_WORDS = word_set("shadow deputy vice assistant junior acting associate")
# "sen." -> {"senator"}: what a title abbreviation in a role stands for (_role_words)
TITLE_ABBREVIATIONS = {
    short: frozenset(words.split(","))
    for short, _, words in (
        item.partition(":") for item in word_lists("speaker_words")["title_abbreviations"]
    )
}
# Heads of a description by state that name one person of that state: the lawmakers'
# (state_tags.LAWMAKER_HEADS) and a governor's, who is the only one of his state
US_STATE_NAMES = frozenset(word_lists("us_states"))
STATE_OFFICE_HEADS = word_set("senator governor representative congressman congresswoman")


@dataclass
class _Report:
    """A reporting clause met so far: where its speaker is written, and who it was.

    "he said / he added" refers to the subject of the nearest earlier reporting clause,
    which may be an unnamed description ("the prime minister's official spokesman"):
    then the pronoun's quote keeps that description, not the nearest name.
    """

    pos: int
    sent: int
    actor: Actor | None
    mention: str
    start: int
    end: int
    gender: str | None  # of an unresolved description ("spokeswoman" -> "f")


@dataclass
class _Event:
    """A mention of a person before a pronoun: where, who, and how salient."""

    pos: int
    actor: Actor
    sent: int
    subject: bool
    background: bool = False  # subject inside an adverbial clause ("after viewers
    # watched Bush slug it out")
    owner: bool = False  # owns what the sentence names in passing ("a draw against Sir
    # Alex Ferguson's side")


class _Context:
    """Lookups over one article built once: mention index, names, sentences, genders."""

    def __init__(self, doc: Doc, actors: list[Actor]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.actors = actors
        self._advcl_above: dict[int, bool] = {}  # `_under_advcl`, by token
        self.spans: list[tuple[int, int, Actor]] = sorted(
            ((s, e, a) for a in actors for s, e in a.spans), key=lambda t: (t[0], t[1])
        )
        self.span_starts = [s for s, _, _ in self.spans]
        self.by_name: dict[str, Actor] = {}
        self.by_last: dict[str, list[Actor]] = {}
        # Names that may stand for an actor inside a longer phrase: a one-word alias
        # ("European", kept from "European Anti-Fraud Office") is too weak for that.
        self.by_part: dict[str, Actor] = {}
        for actor in actors:
            for name in [actor.name, *actor.aliases]:
                self.by_name.setdefault(_norm(name), actor)
                if name == actor.name or len(name.split()) > 1 or name.isupper():
                    self.by_part.setdefault(_norm(name), actor)
            if actor.type == "person":
                self.by_last.setdefault(_norm(actor.name.split()[-1]), []).append(actor)
        # "Barclays said" where the model merged "Barclays" into Barclays Capital: the
        # mention speaks as the parent body it names (see `_as_written`)
        self.written: dict[str, Actor] = {}
        self.spans = [(s, e, self._as_written(s, e, a)) for s, e, a in self.spans]
        self.sent_starts = _sentence_starts(doc, self.text)
        self.token_starts = [t.idx for t in doc]
        self.gender = {id(a): _gender(self.text, a) for a in actors}
        # men only by a title in "-man" ("FERC Chairman Martha Hesse"): see `_title_male`
        self.title_male = {
            id(a)
            for a in actors
            if self.gender[id(a)] == "m" and _gender(self.text, a, generic=False) is None
        }
        self.events: list[_Event] = [
            _Event(
                s,
                a,
                self.sent_of(s),
                self.is_subject(s, e),
                self.is_background_subject(s, e),
                _passing_owner(self, s, e),
            )
            for s, e, a in self.spans
            if a.type == "person"
        ]
        self.event_pos = [e.pos for e in self.events]  # kept in step with events
        self.reports: list[_Report] = []  # in text order of their speaker mentions
        self.quote: tuple[int, int] = (0, 0)  # the quote being resolved
        self.contents: list[tuple[int, int]] = []  # every quote's text, sorted
        self.content_starts: list[int] = []
        self.mentions: list[tuple[int, int]] = []  # every located speaker mention
        self.content_reach: list[int] = []
        self.created: list[Actor] = []  # bodies made for a speaker mention (see resolve_speakers)

    def _as_written(self, start: int, end: int, actor: Actor) -> Actor:
        """The body a mention names as written, when the model merged a parent's bare
        name into one of its arms ("Barclays said" into Barclays Capital): the parent,
        as an actor of its own name (made here, kept only if a quote ends up naming it)."""
        return self.parent_named(self.text[start:end], actor, (start, end))

    def parent_named(
        self, mention: str, actor: Actor, span: tuple[int, int] | None = None
    ) -> Actor:
        """`actor`, or the parent body `mention` names by a bare part of its name (see
        `_as_written`); `span` is where the mention stands, if known."""
        if actor.type != "organization":
            return actor
        party = _party_of(_words(_strip_name(mention)), mention, PARTY_NAMES)
        own = _party_of(_words(actor.name), actor.name, PARTY_NAMES) or _party_of(
            _words(actor.name), actor.name, PARTY_ADJECTIVES
        )
        if party is not None and own is None and _norm(party) != _norm(actor.name):
            # "Labour" merged into "Stevenage Labour Party", a local party the article
            # names once: the party itself speaks
            return self._made(party, span, actor)
        written = _strip_name(mention).split()
        full = actor.name.split()
        if not written or len(written) >= len(full) or not written[0][:1].isupper():
            return actor
        if [w.casefold() for w in full[: len(written)]] != [w.casefold() for w in written]:
            return actor
        rest = [w.casefold() for w in full[len(written) :]]
        merged = "and" in rest[1:] or "&" in rest[1:]
        arm = all(w in SUB_UNIT_WORDS or _company_suffix(w) for w in rest) and bool(
            set(rest) & SUB_UNIT_WORDS
        )  # "Chase" of "Chase Capital Markets Inc": the arm's suffix is no word of its own
        if not merged and not arm:
            return actor  # "Goldman" of Goldman Sachs: one body under a short name
        # (a name joined from two, "BBC Three and News": "a BBC spokeswoman" is the BBC;
        # "Procter and Gamble", where "and" comes right after the part, stays one body)
        return self._made(" ".join(written), span, actor)

    def _made(self, name: str, span: tuple[int, int] | None, merged: Actor | None = None) -> Actor:
        """The body of that name: the article's actor, or one made for the mention (an
        alias of the actor the mention was merged into is no such actor)."""
        known = self.by_name.get(_norm(name))
        if known is not None and known is not merged:
            return known
        made = self.written.get(_norm(name))
        if made is None:
            made = self.written[_norm(name)] = Actor(name, "organization", mentions=1)
        if span is not None:
            made.spans.append(span)
        return made

    def in_content(self, pos: int) -> bool:
        """Whether `pos` lies in the text of any quote (what was said, not who said it)."""
        i = bisect.bisect_right(self.content_starts, pos) - 1
        while i >= 0 and self.content_reach[i] > pos:
            s, e = self.contents[i]
            if s <= pos < e:
                return True
            i -= 1
        return False

    def set_contents(self, quotes: list[Quote]) -> None:
        """Index every quote's text for `in_content`."""
        self.contents = sorted((q.start, q.end) for q in quotes)
        self.content_starts = [s for s, _ in self.contents]
        reach, self.content_reach = 0, []
        for _, e in self.contents:
            reach = max(reach, e)
            self.content_reach.append(reach)  # the furthest end among quotes so far

    def in_quote(self, pos: int) -> bool:
        """Whether `pos` lies in the quote being resolved."""
        return self.quote[0] <= pos < self.quote[1]

    def sent_of(self, pos: int) -> int:
        """Index of the sentence holding character `pos`."""
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def events_before(self, pos: int) -> Iterator[_Event]:
        """The person mentions before character `pos`, nearest first: the walk back every
        pronoun and description makes to find whom it stands for."""
        i = bisect.bisect_left(self.event_pos, pos) - 1
        while i >= 0:
            yield self.events[i]
            i -= 1

    def events_between(self, begin: int, end: int) -> Iterator[_Event]:
        """The person mentions from character `begin` up to `end`, in text order."""
        i = bisect.bisect_left(self.event_pos, begin)
        while i < len(self.events) and self.events[i].pos < end:
            yield self.events[i]
            i += 1

    def sentence_span(self, sent: int) -> tuple[int, int]:
        """Where sentence `sent` starts and ends in the text."""
        starts = self.sent_starts
        return starts[sent], starts[sent + 1] if sent + 1 < len(starts) else len(self.text)

    def sentence_tokens(self, sent: int) -> Iterator[Token]:
        """The tokens of sentence `sent`, in order."""
        start, end = self.sentence_span(sent)
        i = bisect.bisect_left(self.token_starts, start)
        while i < len(self.doc) and self.doc[i].idx < end:
            yield self.doc[i]
            i += 1

    def is_subject(self, start: int, end: int, main: bool = False) -> bool:
        """Whether the mention at [start, end) is the subject of its clause (with `main`,
        of its sentence's main verb)."""
        token = self.subject_token(start, end)
        if token is None:
            return False
        return not main or token.head.i == token.sent.root.i

    def subject_token(self, start: int, end: int) -> Token | None:
        """The token through which the mention at [start, end) is a clause's subject
        ("Aviation analyst Nick Van den Brul": the title it is compounded into), if it
        is one."""
        i = bisect.bisect_right(self.token_starts, max(start, end - 1)) - 1
        if i < 0 or i >= len(self.doc):
            return None
        token = self.doc[i]
        while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
            token = token.head
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) and span.root.dep_ in _NOMINAL_SUBJECT_DEPS:
            token = span.root  # "The Office for Budget Responsibility": "Office" heads it
        if _described_subject_name(token):
            token = token.head
        return token if token.dep_ in _NOMINAL_SUBJECT_DEPS else None

    def is_background_subject(self, start: int, end: int) -> bool:
        """Whether the mention is the subject of a clause inside an adverbial clause
        ("... comes four months after viewers watched Bush slug it out"): background to
        the sentence, not the person it is about, so no antecedent for a later "he"."""
        token = self.subject_token(start, end)
        if token is None:
            return False
        return self._under_advcl(token.head)

    def _under_advcl(self, verb: Token) -> bool:
        """Whether `verb` or a head above it (the root left out) is an adverbial clause.

        Remembered for every token on the way up: in a run-on "sentence" thousands of
        tokens deep, a walk per mention grew with the square of its length."""
        known = self._advcl_above
        path = []
        while verb.i not in known and verb.head.i != verb.i and verb.dep_ != "advcl":
            path.append(verb.i)
            verb = verb.head
        if verb.i in known:
            found = known[verb.i]
        else:
            found = verb.dep_ == "advcl" and verb.head.i != verb.i
            known[verb.i] = found
        for i in path:
            known[i] = found
        return found

    def actors_in(self, start: int, end: int) -> list[Actor]:
        """Actors with a mention inside [start, end), in order of appearance."""
        found: list[Actor] = []
        i = bisect.bisect_left(self.span_starts, start)
        while i < len(self.spans) and self.spans[i][0] < end:
            _, e, actor = self.spans[i]
            if e <= end and actor not in found:
                found.append(actor)
            i += 1
        return found


def _described_subject_name(token: Token) -> bool:
    """Whether a person's name is in apposition to the description that is its clause's
    subject ("But Wenger's Bayern counterpart Felix Magath was in no mood ...", the name
    parsed as hanging on "counterpart"): the name is the subject, as the description is.
    Only a common noun before the name, never another name ("Smith, Jones said")."""
    head = token.head
    return (
        token.dep_ == "appos"
        and token.ent_type_ == "PERSON"
        and head.pos_ == "NOUN"
        and head.i < token.i
        and head.dep_ in _NOMINAL_SUBJECT_DEPS
    )


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
            if (
                actor is not None
                and actor.type == "place"
                and not _names(quote, actor)
                and not _is_seat(actor)
            ):
                # A place speaks only where the article makes it the speaker by name
                # ("Downing Street said", "Russia said": its government), never
                # through "it" or a description.
                actor = None
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
            if actor is not None and not_the_speaker(ctx.text, quote, actor, ctx.spans):
                # "“... a quiet word with Olof ...,” he told": not Olof's words, whoever
                # "he" is; "Scott Richter" is not Steven Richter (speaker_checks.py)
                actor = None
            if actor is not None and _pronoun_of_other_sex(ctx, quote, actor):
                actor = None  # "she said" is never a man's words, whatever path found him
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
    return ctx.created


def _register(ctx: _Context, actor: Actor) -> None:
    """Adds a body made for a mention as written (`_Context._as_written`) to the
    article's actors once a quote names it, as `_body_actor` does for a missed name."""
    if actor.name and _norm(actor.name) in ctx.written and actor not in ctx.actors:
        ctx.actors.append(actor)
        ctx.created.append(actor)
        ctx.by_name.setdefault(_norm(actor.name), actor)


def unspoken(created: list[Actor], quotes: list[Quote]) -> list[Actor]:
    """The actors made for a speaker mention that none of `quotes` names: the article
    names them only in a clause that was not shown as a quotation ("The Biden
    administration was backing ..."), so they are no actors of the page."""
    spoken = {q.speaker for q in quotes}
    return [a for a in created if a.name not in spoken]


# Marks that may stand between a speech verb and the words it introduces as spoken.
# Not "that": "recalled Morales mentioning that “...”" quotes the witness's account
# of what Morales said, in the witness's words.
_LEAD_IN = frozenset({",", ":", '"', "\u201c", "'", "\u2018", "-", "\u2014"})
_NEGATIONS = word_set("not n't never no")
_PERSONAL_SUBJECTS = word_lists("function_words")["personal_subject_pronouns"] | {"you"}


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
        actor = ctx.by_name.get(_norm(after.speaker))
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
        if len(short) < 2 or _norm(mention) in ctx.by_name:
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


def _strip_determiner(mention: str) -> str:
    """The mention without a leading article ("the Sheikh Abdul-Aziz" -> "Sheikh ...")."""
    words = mention.split()
    return " ".join(words[1:]) if words and words[0].casefold() in DETERMINERS else mention


REPLY_RULE = "direct.reply"
_MARKS = " \"'\u201c\u201d\u2018\u2019\n"  # what may stand between a question and its reply


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


def _title_male(ctx: _Context, actor: Actor, gender: str) -> bool:
    """Whether a "she" may still be `actor`, known a man only by a title in "-man"
    ("FERC Chairman Martha Hesse", "Trump spokesman Hope Hicks"): only as the speaker
    of the nearest reporting clause, whom the "she" continues (`_previous_report`),
    never found by a walk further back ("RNC Chairman Reince Priebus ... she had
    voted" is not his). The first "she" so given makes her a woman (`_learn_gender`)."""
    return gender == "f" and id(actor) in ctx.title_male


def _pronoun_of_other_sex(ctx: _Context, quote: Quote, actor: Actor) -> bool:
    """Whether the quote's reporting clause is a "he"/"she" and the person found for it
    is known to be of the other sex: by "Mr"/"Mrs", a gendered role, an earlier "he"/
    "she" the article used of them (`_learn_gender`), or a given name of one sex. The
    last check on every path a pronoun takes to a person: a wrong name is worse than
    none, and "she" given to a man is wrong whoever is meant."""
    if actor.type != "person" or quote.speaker_start is None or quote.speaker_end is None:
        return False
    word = ctx.text[quote.speaker_start : quote.speaker_end].strip().casefold()
    if word not in {"he", "she"}:
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


def _names(quote: Quote, actor: Actor) -> bool:
    """Whether the quote's speaker mention is the actor's own name (or an alias)."""
    mention = name_key(quote.speaker_mention or "")
    return bool(mention) and mention in {name_key(n) for n in [actor.name, *actor.aliases]}


def _anchor(quote: Quote) -> int:
    """Where the quote's speaker is mentioned, or the quote itself when not located."""
    if quote.speaker_start is not None:
        return quote.speaker_start
    return quote.start


def _remember(ctx: _Context, quote: Quote) -> None:
    """A resolved speaker mention (even "he") is the most salient person at that point,
    and every located speaker mention is a reporting clause a later "he said" may continue.
    """
    if quote.speaker_start is None or quote.speaker_end is None:
        return
    _remember_report(ctx, quote)
    if quote.speaker is None:
        return
    actor = ctx.by_name.get(_norm(quote.speaker))
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
    actor = ctx.by_name.get(_norm(quote.speaker)) if quote.speaker else None
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


def _possessive(ctx: _Context, start: int, end: int) -> bool:
    """Whether the mention at [start, end) is a possessive ("Mr Mallon's claim"): the
    owner of a reported claim, not a subject of the sentence it stands in."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    after = ctx.doc[span.end] if span.end < len(ctx.doc) else None
    return span.root.dep_ == "poss" or (after is not None and after.dep_ == "case")


def _passing_owner(ctx: _Context, start: int, end: int) -> bool:
    """Whether the mention owns something named in passing ("a draw against Sir Alex
    Ferguson's side"), not the subject of its sentence ("Adelson's political activities
    were guided by ...", a sentence about Adelson)."""
    if not _possessive(ctx, start, end):
        return False
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    return span.root.head.dep_ not in _NOMINAL_SUBJECT_DEPS


def _description_gender(mention: str) -> str | None:
    """ "m"/"f"/"" for a description of one person ("the official spokesman"), None for
    anything else (a pronoun, a name, a group)."""
    words = _words(mention)
    head = _head_noun(words)
    if head is None or words[0] in MALE_PRONOUNS | FEMALE_PRONOUNS | RELATIVE_PRONOUNS:
        return None
    if head not in TITLE_WORDS and head not in SPOKES_NOUNS:
        return None
    if head.endswith("s") and head not in TITLE_WORDS:
        return None  # "officials", "sources": a group, never "he" or "she"
    if head in FEMALE_ROLE_WORDS:
        return "f"
    if head in MALE_ROLE_WORDS:
        return "m"
    return ""


# What a body issues, never a "he" or "she" that goes on speaking: "A World Bank
# statement said ... He told Reuters" is not the statement's words.
_ISSUED_THINGS = STATEMENT_NOUNS | word_set("ruling announcement")


def _report_gender(mention: str) -> str | None:
    """The gender a later "he"/"she" may have to continue a reporting clause whose
    subject names no person (see `_description_gender`): a document or statement
    ("A World Bank statement said") none, so that the pronoun is not given to the body
    that issued it; one unnamed person of wire copy ("said one arbitrager", "another
    speculated", `ANONYMOUS_PERSON_NOUNS`) either gender, so that "..., said one
    arbitrager, but he speculated ..." stays that arbitrager's and never goes back to a
    person named before."""
    words = _words(mention)
    head = _head_noun(words)
    if head is not None and head in _ISSUED_THINGS:
        return None
    if words == ["another"] or (
        len(words) >= 2 and words[0] in INDEFINITES and head in ANONYMOUS_PERSON_NOUNS
    ):
        return ""
    return _description_gender(mention)


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
        if any(s <= token.idx < e for s, e in actor.spans):
            continue  # the speaker again, under the same name
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


def _given_name_contradicts(ctx: _Context, actor: Actor, gender: str) -> bool:
    """Whether a person's given name is of the other gender than a "he"/"she" that
    would refer to them, where the text says nothing of their gender: "Clinton made an
    appearance of sorts, courtesy of Wes Nakagiri, a delegate ... “...,” he said" is
    not Hillary Clinton's. Only a veto (the pronoun stays unattributed, never passed on
    to someone else), and only for names the given-name lists tie to one gender."""
    if actor.type != "person" or ctx.gender.get(id(actor)) is not None:
        return False
    sex = _given_name_sex(actor)
    return sex is not None and gender in ("m", "f") and sex != gender


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
    body, no known place, no acronym, and no person of the article's with that surname
    ("Ebeling" typed a body beside Betsy Ebeling: the walk back finds her). A "he"/"she"
    right after it may be that person, so no one further back is clearly meant (see
    `_previous_report`)."""
    actor = report.actor
    if actor is None or actor.type != "organization":
        return False
    written = _strip_name(report.mention)
    if _norm(written) not in {_norm(n) for n in [actor.name, *actor.aliases]}:
        return False
    words = written.split()
    if not 1 <= len(words) <= 2 or written.casefold() in KNOWN_PLACES:
        return False
    for word in words:
        if not (word[:1].isupper() and word[1:].islower() and word.replace("-", "").isalpha()):
            return False
        if word.casefold() in _BODY_NAME_WORDS or word.casefold() in KNOWN_PLACES:
            return False
    return not any(a.type == "person" for a in ctx.by_last.get(_norm(words[-1]), []))


def _after_surname_body(ctx: _Context, start: int) -> bool:
    """Whether the nearest reporting clause before a "he"/"she" at `start` is a body
    named like a person with no person named between (`_surname_body_next`)."""
    report = next(_recent_reports(ctx, start), None)
    return report is not None and _surname_body_next(ctx, report, start)


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
    words = _words(ctx.text[report.start : root.idx])
    words = words[1:] if words[:1] == ["the"] else words
    return bool(words) and _is_just_name(words, [report.actor])


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
        if token.pos_ == "PRON" and token.lower_ in {"which", "who", "that"}:
            continue
        return True
    return False


def _said_of_by_pronoun(ctx: _Context, pos: int, gender: str) -> bool:
    """Whether the person named at `pos` is the subject of a clause that a "he"/"she"
    of that gender hopes, says or thinks: "He hoped Jay-Z would “move the company on”,
    he added" is about Jay-Z, told by the "he" who goes on speaking."""
    i = bisect.bisect_right(ctx.token_starts, pos) - 1
    if i < 0:
        return False
    token = ctx.doc[i]
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head
    if token.dep_ not in _NOMINAL_SUBJECT_DEPS:
        return False
    words = FEMALE_PRONOUNS if gender == "f" else MALE_PRONOUNS
    verb = token.head
    while verb.dep_ in {"ccomp", "xcomp"} and verb.head.i != verb.i:
        verb = verb.head
        if any(c.dep_ == "nsubj" and c.lower_ in words and c.i < token.i for c in verb.children):
            return True  # the pronoun before the name: "Ms Hutt said she hoped" is hers
    return False


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
        if ctx.in_content(event.pos):
            continue  # a name inside a quotation is what was said, not who speaks
        if not event.subject or not _compatible(ctx, event.actor, gender):
            continue
        if event.sent < here and event.background:
            continue
        if _said_of_by_pronoun(ctx, event.pos, gender):
            continue
        return event.actor is not report.actor
    return False


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
    found = _resolve_mention(ctx, mention, start, end, located)
    if found is None and located and words == ["it"]:
        described = _described_body_report(ctx, start)
        if described is not None:
            # "..., the finance ministry said in a statement. It added": the words the
            # article names that body with (located at "it", as for "they")
            quote.speaker_mention = described.mention
            return None
    if found is None:
        found = _nicknamed(ctx, mention)
    person = found is not None and found.type == "person" and located
    if person and _plural_description(ctx, start, end):
        return None  # "The three constitutional scholars - Mr. Tribe, Ms. Epstein and
        # Mr. Amar - agreed": several people, never the first one named
    return found


def _described_body_report(ctx: _Context, start: int) -> _Report | None:
    """The reporting clause an "it said" at `start` continues when that clause names a
    body by a description the article gives no name ("the finance ministry said in a
    statement. It added ...", "the institute said ... , it added"): the same voice,
    shown under the same words, as "he" after an unnamed spokesman is.

    A document left unresolved speaks on the same way ("The report said ... It said",
    "A parliament statement said ... It said"): its words, under its description.

    Only the nearest report, unresolved, and one body by a definite description ("the"
    and an organisation noun, no name, no possessive) or one document ("the"/"a" and a
    singular document noun, no person named in it); and only when no subject of the
    writer's other than "it" stands between the two, and no actor is named outside
    the words reported in the pronoun's own sentence before it."""
    reports = (r for r in _recent_reports(ctx, start) if r.mention.lower() not in RELATIVE_PRONOUNS)
    report = next(reports, None)  # ("legislators, who asked ...": within the report)
    if report is None or report.actor is not None:
        return None
    carried = ctx.text[report.start : report.end].lower() == "it" != report.mention.lower()
    if not (carried or _body_description(ctx, report) or _document_description(ctx, report)):
        return None  # (an "it" given the description before goes on with it)
    for token in _writer_subjects(ctx, report.end - 1, start):
        if token.lower_ != "it" and token.lower_ not in RELATIVE_PRONOUNS:
            return None  # ("legislators, who asked ...": the same report's words)
    sent_start = ctx.sent_starts[ctx.sent_of(start)]
    if any(not ctx.in_content(s) for s, _, _ in ctx.spans if sent_start <= s < start):
        return None
    return report


def _body_description(ctx: _Context, report: _Report) -> bool:
    """Whether a report's mention is a definite description of one body that names
    none ("the finance ministry", "the institute")."""
    words = _words(report.mention)
    if len(words) < 2 or len(words) > 4 or words[0] != "the" or "'s" in report.mention:
        return False
    if words[-1] not in ORG_NOUNS | BODY_NOUNS or ctx.actors_in(report.start, report.end):
        return False
    return not any(w in RELATIVE_PRONOUNS or w in MALE_PRONOUNS | FEMALE_PRONOUNS for w in words)


def _document_description(ctx: _Context, report: _Report) -> bool:
    """Whether a report's mention is one document ("The report", "A parliament
    statement", "the survey"), headed by a singular document noun at its end, with no
    person named in it."""
    span = ctx.doc.char_span(report.start, report.end, alignment_mode="expand")
    if span is None or not 2 <= len(span) <= 5 or span[0].lower_ not in {"the", "a", "an"}:
        return False
    root = span.root
    if root.i != span.end - 1 or root.tag_ != "NN":
        return False
    if root.lemma_.lower() not in DOCUMENT_NOUNS | STATEMENT_NOUNS:
        return False
    return not any(a.type == "person" for a in ctx.actors_in(report.start, report.end))


def _nicknamed(ctx: _Context, mention: str) -> Actor | None:
    """ "said Thomas "Tim" Mallory, grain analyst for ...": the model names the person
    without the nickname in quotation marks ("Thomas Mallory"), so the mention as
    written matches no actor. Without the nickname it is the person of that name, when
    the article has one."""
    bare, cuts = NICKNAME.subn(" ", mention.strip())
    if cuts != 1:
        return None
    actor = ctx.by_name.get(_norm(_strip_name(bare)))
    return actor if actor is not None and actor.type == "person" else None


_OPEN_ACRONYM = re.compile(r"\s*\(\s*[A-Z][\w.&-]*\s*$")  # "... Workers (CUPW"


def _uncut_mention(ctx: _Context, mention: str, start: int, end: int) -> tuple[str, int]:
    """A speaker mention the parser cut inside a name, made whole: "The Canadian Union of
    Postal Workers (CUPW" ends before its acronym's unclosed bracket, "the official
    Council of People's" runs on to the end of "Council of People's Inspectors", the
    actor it stops inside."""
    opened = _OPEN_ACRONYM.search(mention)
    if opened is not None and opened.start() > 0:
        mention = mention[: opened.start()]
        return mention, start + len(mention)
    i = bisect.bisect_left(ctx.span_starts, start + 1)
    while i < len(ctx.spans) and ctx.spans[i][0] < end:
        _, e, actor = ctx.spans[i]
        i += 1
        rest = ctx.text[end:e]
        if e > end and actor.type == "organization" and not re.search(r"[.,;:()\n]", rest):
            return ctx.text[start:e], e
    return mention, end


def _plural_description(ctx: _Context, start: int, end: int) -> bool:
    """Whether the mention at `start`..`end` is headed by a common noun in the plural
    ("the three scholars", "experts like Paul Bauman"): the words of several people,
    which one person's name may not stand for."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    # written in lower case: a surname the tagger takes for a plural ("Sanders said",
    # "Davies said") is one person
    return root.pos_ == "NOUN" and root.tag_ == "NNS" and root.is_lower and not root.ent_type_


def _document_issuer(antecedent: Span) -> Span | None:
    """ "Roberts ... added a footnote that said ...": a document issued by someone speaks
    for them; the one issuing is the subject of the verb whose object it is."""
    root = antecedent.root
    if root.lemma_.lower() not in DOCUMENT_NOUNS | STATEMENT_NOUNS or root.dep_ != "dobj":
        return None
    subjects = [c for c in root.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    return antecedent.doc[subject.left_edge.i : subject.i + 1]


def _antecedent_span(ctx: _Context, start: int) -> Span | None:
    """The noun phrase a relative pronoun at `start` stands for ("Austin, who said").

    The phrase keeps its prepositional modifiers ("a spokesman for the ministry, who")
    and stops before the relative clause, an apposition or a comma.
    """
    i = bisect.bisect_left(ctx.token_starts, start)
    if i >= len(ctx.doc) or ctx.doc[i].idx != start:
        return None
    antecedent = _who_follows_name(ctx.doc[i]) or relative_antecedent(ctx.doc[i])
    if antecedent is None:
        return _person_before_who(ctx.doc[i])
    antecedent = _tagged_lawmaker(antecedent)
    right = antecedent.i
    for child in antecedent.rights:
        if child.dep_ in {"relcl", "appos", "punct", "acl", "advcl", "cc", "conj"}:
            break
        right = max(right, child.right_edge.i)
    return ctx.doc[antecedent.left_edge.i : right + 1]


def _tagged_lawmaker(antecedent: Token) -> Token:
    """The lawmaker whose party-state tag the parser hung a relative clause on: "Sen.
    James McClure, R-Idaho, who agreed that ..." is McClure's clause, not Idaho's."""
    head = antecedent.head
    if antecedent.dep_ != "appos" or head.ent_type_ != "PERSON" or head.i > antecedent.i:
        return antecedent
    tag = antecedent.doc[antecedent.left_edge.i : antecedent.i + 1]
    return head if is_state_tag(tag.text) else antecedent


def _person_before_who(token: Token) -> Span | None:
    """The person's name right before "who" where the parser hung the clause on no
    noun at all ("brought by Microsoft and attorney general Eliot Spitzer who alleged
    that ...", parsed as the verb's clause): "who" after a person's name stands for
    that person. Only the name the model tagged as a person, and not a name after "of"
    or a possessive ("a friend of Smith who said": the friend, maybe)."""
    if token.lower_ != "who" or token.i == 0:
        return None
    before = token.doc[token.i - 1]
    if before.text == "," and before.i > 0:
        before = token.doc[before.i - 1]
    if before.pos_ != "PROPN" or before.ent_type_ != "PERSON" or before.ent_iob_ == "":
        return None
    entity = next((e for e in token.doc.ents if e.start <= before.i < e.end), None)
    if entity is None or entity.end != before.i + 1:
        return None
    outer = entity.root.head
    if entity.root.dep_ == "pobj" and outer.lower_ == "of":
        return None
    return entity


def _who_follows_name(token: Token) -> Token | None:
    """The name right before "who", where the parser hung the clause on a thing: "was
    labelled a “big misjudgement” by the Conservatives who said": "who" is a person or a
    body, and the name it follows is the one it stands for."""
    if token.lower_ != "who" or token.i == 0:
        return None
    before = token.doc[token.i - 1]
    if before.text == "," and before.i > 0:
        before = token.doc[before.i - 1]
    antecedent = relative_antecedent(token)
    if before.pos_ != "PROPN" or antecedent is None or antecedent.pos_ != "NOUN":
        return None
    if antecedent.lemma_.lower() in TITLE_WORDS | SPOKES_NOUNS:
        return None  # "a spokesman for Labour who said": the spokesman
    while before.dep_ in {"compound", "flat"} and before.head.i > before.i:
        before = before.head
    return before


def _resolve_mention(
    ctx: _Context, mention: str, start: int, end: int, located: bool
) -> Actor | None:
    """The actor a mention written at [start, end) refers to, or None when unclear."""
    words = _words(mention)
    if not words:
        return None
    if (
        len(words) == 2
        and words[0] in INDEFINITES
        and _party_of(words[1:], mention, PARTY_ADJECTIVES)
    ):
        return None  # "A Conservative said": one member, never the party nor its label
    if len(words) == 1 and words[0] in MALE_PRONOUNS | FEMALE_PRONOUNS:
        gender = "f" if words[0] in FEMALE_PRONOUNS else "m"
        return (
            _pronoun_antecedent(ctx, start, gender)
            or _first_named_in_own_report(ctx, start, gender)
            or _titled_subject_antecedent(ctx, start, gender)
        )
    if len(words) == 1 and words[0] in ORG_PRONOUNS:
        thing = _last_thing_subject(ctx, start)
        if thing is not None and thing.lemma_.lower() in DOCUMENT_NOUNS | STATEMENT_NOUNS:
            return None  # "A confidential report pinpointed ... '...,' it stated"
        closing = _closing_body_report(ctx, start) if located else None
        if closing is not None:
            return closing
        if thing is None:
            found = _org_subject_before(ctx, start) or _previous_org_report(ctx, start)
            if found is not None:
                return found
        # "The offer will expire April nine ... Interest costs will fall, it said": a thing
        # that cannot speak, and the company wire copy goes on quoting
        return _wire_voice(ctx, start, company=False)
    if mention.isupper() and len(words) == 1:
        # an acronym of an organisation named in full ("ISW"); a dateline ("SEOUL, Aug. 20
        # (Yonhap) --") speaks for nobody
        return _by_initials(ctx, mention.strip())
    if located:
        tail_of = (
            _company_cut_to_tail(ctx, start, end)
            or _subject_before_appositive(ctx, start, end)
            or _joined_company_name(ctx, mention, start, end)
        )
        if tail_of is not None:
            return tail_of
    if located:
        leader = _with_companions(ctx, start, end)
        if leader is not None:
            return leader
    titled = _joined_titles_person(ctx, start, end) if located else None
    if titled is not None:
        return titled  # "Chairman and chief executive officer Ben Love said": Love
    if located and _several(ctx, start, end):
        return None  # "The UK, France and Sweden want ...": no one speaker
    if located and _coordinated_speakers(ctx, start, end):
        return None  # "Agriculture Secretary Richard Lyng and Trade Representative
        # Clayton Yeutter said they favor ...": two speakers, never the last one named
    issuer = _issued_for(ctx, start, end) if located else None
    if issuer is not None:
        return issuer
    inside = [a for a in ctx.actors_in(start, end) if not _fragment_only(ctx, a, start, end)]
    inside = inside if located else []
    people = [a for a in inside if a.type == "person"]
    if inside and not people and _is_just_name(words, inside):
        titled = _titled_person_after(ctx, end)
        if titled is not None:
            return titled  # "said Treasury Under Secretary John Taylor": Taylor, not the Treasury
    if people and _shared_surname(ctx, mention):
        # "Mr Blair" in an article with Tony Blair and Sir Ian Blair: unclear, unless
        # only one of them has been named yet ("Rhys Williams says ... said Williams",
        # Matt Williams named paragraphs later): news names a person in full first
        owner = _introduced_namesake(ctx, mention, start)
        if owner is not None and people == [owner]:
            return owner
        return _honorific_namesake(ctx, mention, start) or _merged_namesake(
            ctx, mention, start, people
        )
    if people and len(people) == 1 and not [a for a in inside if a.type != "person"]:
        led = _led_body(ctx, start, end, people[0])
        if led is not None:
            return led
    if people and _around_person(ctx.text, start, end):
        return None  # "Sources close to Finance Minister Edouard Balladur said": not him
    if people:
        head = _mention_head(ctx, start, end, people)
        if head is not None:
            return head
    bracketed = _bracketed_org_after(ctx, end) if located and not people else None
    if bracketed is not None:
        return bracketed  # "Public Relations consultancy <Shandwick Plc> said": Shandwick
    head = _head_noun(_words_outside_names(words, inside))
    org_head = head in ORG_NOUNS and head not in TITLE_WORDS
    # "The South Yorkshire company, led by chief executive Gerry Spindler, said": a
    # company is never the person named after it
    appositive = (
        (_apposed_person(ctx, end) or _appos_child_person(ctx, start, end))
        if located and not org_head
        else None
    )
    if appositive is not None:
        return appositive
    named_org = _named_org_after(ctx, end) if located and org_head else None
    if named_org is not None:
        return named_org
    if located and org_head and _unknown_name_after(ctx, end):
        return None  # "the charity Age Action", a name the model missed: no other body
    if inside and not people:
        found = _titled_part_owner(ctx, start, end, inside)
        if found is not None:
            return found
    if head in SPOKES_NOUNS and _joint_voice(ctx, mention, words, head):
        return None  # "the March FOMC and FDIC staff": two bodies speak, neither alone
    if located and head in SPOKES_NOUNS:
        before = [w for w in words[: words.index(head)] if w not in DETERMINERS]
        after = words[words.index(head) + 1 :]
        if _party_voice_after_person(ctx, start, mention, words, head, before, after):
            return None  # "The Tory spokesman", the politician quoted just before
    introduced = _apposed_next(ctx, start, words, head) if located and head else None
    if introduced is not None:
        return introduced  # "a member of the board ... said. Jim Billington, member of"
    if inside:
        found = _from_named(inside, words)
        if found is not None:
            return found
    named = _lookup_name(ctx, mention)
    if named is not None:
        return named
    found = (
        _from_description(ctx, start, words, mention)
        or _state_lawmaker(ctx, start, words)
        or _state_described_speaker(ctx, start, words)
    )
    if found is None and located:
        found = _party(ctx, words, mention, start, end)
    if found is None and located and not inside:
        found = _short_company(ctx, mention, start)
    if found is None and located and not inside:
        found = _unnamed_body(ctx, start, end)
    if found is None and located and not inside:
        found = _bracketed_short_name(ctx, mention)
    if found is None and located and not inside:
        found = _body_voice_by_kind(ctx, mention, start)
    if found is None and located and not inside:
        found = _org_named_as_kind(ctx, mention, start)
    if found is None and located and not inside:
        found = _news_agency(ctx, mention, start)
    if found is None and located and not inside:
        found = _unspanned_body(ctx, mention, words)
    return found


def _unspanned_body(ctx: _Context, mention: str, words: list[str]) -> Actor | None:
    """A description holding the name of an organisation the article names elsewhere,
    where the model did not mark the name ("the February FOMC said" after "The Federal
    Open Market Committee ..."): the name read as if it had been marked, and the usual
    rules for names in a mention decide (`_from_named`: "a Treasury Department official"
    speaks for it, "analysts at Merrill Lynch" for nobody). Only strong names (several
    words, acronyms of one body named in full; a one-word name may be a person the
    model took for a body: "chairman william adams" in lower-case copy), and only when
    one organisation is named, so that "the IMF and World Bank staff" names no one."""
    text = " " + " ".join(words) + " "
    found: dict[int, tuple[Actor, str]] = {}
    for key, actor in ctx.by_part.items():
        if actor.type != "organization":
            continue
        for name in [actor.name, *actor.aliases]:
            written = " ".join(_words(name))
            strong = len(written.split()) > 1 or (name.isupper() and name.isalpha())
            if strong and _norm(name) == key and f" {written} " in text:
                found.setdefault(id(actor), (actor, written))
    for word in mention.split():
        word = word.strip(".,;:'\"()")
        actor = _by_initials(ctx, word) if word.isupper() and word.isalpha() else None
        if actor is not None:
            found.setdefault(id(actor), (actor, word.casefold()))
    if len(found) != 1:
        return None
    actor, written = next(iter(found.values()))
    before = text[: text.index(f" {written} ")].split()
    if set(before) & (PREPOSITIONS | RELATIVE_PRONOUNS | {"and", "or", "whose"}):
        return None  # "a critic of the March FOMC": the body is not whom they speak for
    # the name as the actor spells it, so that the rules see its words as a name
    spelled = text.replace(f" {written} ", " " + " ".join(_words(actor.name)) + " ", 1)
    return _from_named([actor], spelled.split())


def _issued_for(ctx: _Context, start: int, end: int) -> Actor | None:
    """The person or body a statement was put out for: "a statement issued on behalf of
    Robert Zoellick, US Trade Representative, said", "a report released by the
    Treasury said". The mention stops before the participle; the one named after "by"
    or "on behalf of" (one actor, a person or an organisation) speaks."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.lemma_.lower() not in DOCUMENT_NOUNS | STATEMENT_NOUNS:
        return None
    for participle in root.rights:
        if participle.dep_ != "acl" or participle.lower_ not in ISSUING_PARTICIPLES:
            continue
        for named in _issued_by_names(participle):
            head = named
            while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
                head = head.head
            found = [
                a
                for a in ctx.actors_in(head.left_edge.idx, head.idx + len(head.text))
                if a.type in {"person", "organization"}
            ]
            if len(found) == 1:
                return found[0]
    return None


def _issued_by_names(participle: Token) -> Iterator[Token]:
    """The names after "by" ("released by the Treasury") or "on behalf of" ("issued on
    behalf of Robert Zoellick") hung on a participle."""
    for prep in participle.children:
        if prep.lower_ == "by" and prep.dep_ in {"agent", "prep"}:
            yield from (c for c in prep.children if c.dep_ == "pobj")
        if prep.lower_ == "on" and prep.dep_ == "prep":
            for behalf in prep.children:
                if behalf.lower_ != "behalf":
                    continue
                for of in behalf.children:
                    if of.lower_ == "of":
                        yield from (c for c in of.children if c.dep_ == "pobj")


def _body_actor(ctx: _Context, name: str, start: int, end: int) -> Actor:
    """The article's organisation of that name, or a new one for this mention (the
    model missed the name): a body speaks under its name as written."""
    known = ctx.by_name.get(_norm(name))
    if known is not None:
        return known
    if name.isalpha() and name.istitle():
        # "The Hefce report said" where the article names the Higher Education Funding
        # Council for England: an acronym written as a word is that body
        known = _by_initials(ctx, name.upper())
        if known is not None:
            return known
    actor = Actor(name, "organization", mentions=1, spans=[(start, end)])
    ctx.actors.append(actor)
    ctx.created.append(actor)
    ctx.by_name[_norm(name)] = actor
    return actor


def _unnamed_body(ctx: _Context, start: int, end: int) -> Actor | None:
    """ "The Islamic State said", "the NGO Front Line Defenders said", "according to
    the RealClearPolitics average": a body the mention names that the model missed
    (generator.extract.body_names reads the mention)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    words = [t.lower_ for t in span]
    if _former(words, words[-1]):
        return None  # "a former employee of X" no longer speaks for it
    name = body_named_in(span, SPOKES_NOUNS | STATEMENT_NOUNS)
    if name is None:
        return None
    known = ctx.by_name.get(_norm(name.text))
    if known is not None and known.type != "organization":
        return None  # a person or place under that name is not this body
    return _body_actor(ctx, name.text, name.start_char, name.end_char)


def _titled_part_owner(ctx: _Context, start: int, end: int, inside: list[Actor]) -> Actor | None:
    """ "The Wall Street Journal's Heard on the Street said": the organisation that owns
    the titled part (body_names.titled_part_owner), when it is the only actor named."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    owner = titled_part_owner(span) if span is not None and len(span) else None
    if owner is None or len(inside) != 1 or inside[0].type != "organization":
        return None
    org = inside[0]
    covers = any(s <= owner.start_char and owner.end_char <= e for s, e in org.spans)
    return org if covers else None


def _led_body(ctx: _Context, start: int, end: int, person: Actor) -> Actor | None:
    """ "The Clinton campaign said", "Clinton's campaign said": the campaign, not
    Clinton (body_names.led_body, owned_led_body)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    for s, e in person.spans:
        if start <= s and e <= end:
            name = led_body(span, s, e, SPOKES_NOUNS)
            owned = owned_led_body(span, s, e) if name is None else None
            if owned is not None and not _quote_in_clause_of(ctx, span.root):
                return None
            if owned is not None:
                name = _owned_body_name(ctx, person, owned)
            if name is not None:
                return _body_actor(ctx, name, s, end)
    return None


_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis"})


def _quote_in_clause_of(ctx: _Context, subject: Token) -> bool:
    """Whether the quote being resolved is words the verb of `subject` reports: its
    cue is that verb or hangs on it through clauses only ("Clinton's campaign declined
    to comment, saying ..."). Not through a noun: "Cruz's campaign tweeted a video ...
    in which Trump admitted that he viewed ...", "Rubio's campaign tweeted a video that
    showed Cruz ..., saying ...": the video, and the person in it, speak; nor a noun
    the verb acts on ("tweeted a YouTube.com video"). A statement the verb issues is
    its words ("said in a statement that ..."), and so is a quotation that is a sentence
    of its own or that the verb's clause comments on ("as the campaign noted")."""
    if subject.dep_ not in _NOMINAL_SUBJECT_DEPS:
        return True  # "according to Clinton's campaign"
    verb = subject.head
    i = bisect.bisect_left(ctx.token_starts, ctx.quote[0])
    if i >= len(ctx.doc):
        return False
    token = ctx.doc[i]
    while token.head.i != token.i and ctx.in_quote(token.head.idx):
        token = token.head
    if token.head.i == token.i:
        return True  # "“...” Clinton's campaign said.": a sentence of its own
    if token.dep_ in {"dobj", "obj"} and token.pos_ in {"NOUN", "PROPN"}:
        return False  # a thing the verb acts on, not words
    top = token
    if any(t.i == top.i for t in verb.ancestors):
        return True  # "X, as Clinton's campaign noted this week, ...": a comment on it
    token, statement = token.head, False
    while token.i != verb.i:
        # "said in a statement that ...": the words of the body's statement
        statement = statement or token.lemma_.lower() in STATEMENT_NOUNS
        linked = token.dep_ in _CLAUSE_LINKS or (statement and token.dep_ in {"pobj", "prep"})
        if not linked and token.lemma_.lower() not in STATEMENT_NOUNS:
            return False
        if token.head.i == token.i:
            return False
        token = token.head
    return True


def _owned_body_name(ctx: _Context, person: Actor, name: str) -> str:
    """ "Hillary Clinton's campaign" is the "Clinton campaign" that news names after
    the surname, so that both forms are one body; under the name as written when
    another person of the article has the surname."""
    surname = person.name.split()[-1]
    namesakes = [a for a in ctx.actors if a.type == "person" and a.name.split()[-1] == surname]
    return f"{surname} {name.split()[-1]}" if namesakes == [person] else name


def _party_of(words: list[str], mention: str, lists: dict[str, frozenset[str]]) -> str | None:
    """The canonical party name whose form in `lists` the words are, written with
    capitals in the mention ("Labour costs" is no party, "the Greens" is)."""
    if not words or not all(_capitalised(mention, w) for w in words):
        return None
    form = "_".join(words)
    return next((name for name, forms in lists.items() if form in forms), None)


def _party(ctx: _Context, words: list[str], mention: str, start: int, end: int) -> Actor | None:
    """A party speaking as a body: "The Tories said", "Labour campaign chiefs say",
    "a spokesman for the Liberal Democrats". The speaker is the party under its
    canonical name (data/party_names.toml): the article's own actor of that party if it
    has one, else a new one for this mention. Never a member ("a Conservative said").
    """
    core = [w for w in words if w not in DETERMINERS]
    party = _party_of(core, mention, PARTY_NAMES)
    head = _head_noun(words)
    if party is None and head in SPOKES_NOUNS and not _former(words, head):
        at = core.index(head) if head in core else len(core)
        before, after = core[:at], core[at + 1 :]
        if after and after[0] in PREPOSITIONS:
            party = _party_of(after[1:], mention, PARTY_NAMES)
        elif not after:
            while before and not _capitalised(mention, before[-1]):
                before = before[:-1]  # "Labour campaign chiefs": the party before "campaign"
            party = _party_of(before, mention, PARTY_ADJECTIVES) or _party_of(
                before, mention, PARTY_NAMES
            )
    if party is None:
        return None
    # the article's own actor under a name of that party ("Labour", "Lib Dems"), never
    # one that holds it only as an alias ("Conservative Party Conference")
    written = PARTY_NAMES[party] | PARTY_ADJECTIVES[party]
    forms = {_norm(party), *(_norm(f.replace("_", " ")) for f in written)}
    known = [a for a in ctx.actors if _norm(a.name) in forms]
    if known:
        actor = known[0]
        return actor if actor.type == "organization" else None  # "Labour" read as a person
    pattern = "|".join(r"\s+".join(map(re.escape, f.split("_"))) for f in written)
    hit = re.search(rf"\b(?:{pattern})\b", ctx.text[start:end], re.IGNORECASE)
    span = (start + hit.start(), start + hit.end()) if hit else (start, end)
    actor = Actor(party, "organization", mentions=1, spans=[span])
    ctx.actors.append(actor)
    ctx.by_name[_norm(party)] = actor
    return actor


def _shared_surname(ctx: _Context, mention: str) -> bool:
    """Whether the mention is a bare surname ("Mr Blair", "Blair") that two people of
    the article share: which one it is, only the writer knows."""
    bare = _strip_name(mention).split()
    if len(bare) != 1:
        return False
    sharing = ctx.by_last.get(_norm(bare[0]), [])
    sex = _honorific_sex(mention)
    if sex is not None:  # "Mr Hale", "Mrs Hale"
        sharing = [a for a in sharing if ctx.gender.get(id(a)) in {None, sex}]
    return len(sharing) > 1


def _introduced_namesake(ctx: _Context, mention: str, start: int) -> Actor | None:
    """Of the people who share the surname a mention gives alone, the one person named
    before it, in full, outside the headline (a reader meets a surname after the full
    name; a namesake not named yet is no one the reader could take it for). None when
    more than one, or none, has been named so far."""
    bare = _strip_name(mention).split()
    if len(bare) != 1:
        return None
    headline = _headline_end(ctx)
    named = [
        actor
        for actor in ctx.by_last.get(_norm(bare[0]), [])
        if any(
            headline <= s and e <= start and len(_words(ctx.text[s:e])) > 1 for s, e in actor.spans
        )
    ]
    if len(named) != 1:
        return None
    sex = _honorific_sex(mention)
    # "Mrs Blair" after Tony Blair, Cherie named later: only a sex the article gave
    if sex is not None and ctx.gender.get(id(named[0])) != sex:
        return None
    return named[0]


def _merged_namesake(ctx: _Context, mention: str, start: int, people: list[Actor]) -> Actor | None:
    """The one person the actor merge gave a shared surname's mention to ("Fiorina
    said" in a story of Carly Fiorina that names her husband Frank Fiorina once), where
    a reader would take it so too. The owner is the namesake the body names in full
    first (the story's subject; a namesake met later is named in full to set them apart:
    "Hillary Clinton ... her husband, Bill Clinton ... 'Clinton said'" is Hillary's,
    whoever the merge gave "Clinton" to), and no other namesake is named in full since
    the owner's last mention before it, nor in the mention's paragraph or the one
    before ("Then, last week, Eric Trump called. ⏎ '...,' Trump said" is Eric's). An
    honorific must fit the owner's known sex ("Mrs. Trump" is no Donald). None when
    several people own the mention."""
    if len(people) != 1:
        return None
    owner = people[0]
    bare = _strip_name(mention).split()
    if len(bare) != 1:
        return None
    sex = _honorific_sex(mention)
    if sex is not None and _known_sex(ctx, owner) != sex:
        return None
    namesakes = ctx.by_last.get(_norm(bare[0]), [])
    headline = _headline_end(ctx)
    named = [
        (s, actor)
        for actor in namesakes
        for s, e in actor.spans
        if s >= headline and len(_words(ctx.text[s:e])) > 1
    ]
    if not named or min(named, key=lambda pair: pair[0])[1] is not owner:
        return None
    last_own = max((s for s, e in owner.spans if e <= start), default=-1)
    near = _previous_paragraph_start(ctx.text, start)
    for other in namesakes:
        if other is owner:
            continue
        if any(e <= start and (s > last_own or s >= near) for s, e in other.spans):
            return None
    return owner


def _previous_paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph before the one holding `pos` begins (0 in the first)."""
    begin = text.rfind("\n", 0, pos) + 1
    before = text[:begin].rstrip()
    return before.rfind("\n") + 1 if before else 0


def _honorific_namesake(ctx: _Context, mention: str, start: int) -> Actor | None:
    """ "Mrs. Clinton said" in a story of Hillary and Bill Clinton; "Mr. Clinton" in
    the same story: the honorific gives the sex, and the given names the article writes
    tell which of the namesakes has it. The one person named in full before the mention
    whose given name (or the honorifics before the name) is of that sex, when every
    other namesake named in full is known to be of the other; a surname written alone
    ("Clinton") is no one of its own, nor is a name that opens with no given name
    ("Classic Clinton", a cut heading). "Mr. Cruz" in a story of Ted Cruz and his father
    Rafael stays unresolved."""
    words = mention.split()
    if len(words) != 2 or _strip_name(mention) != words[1]:
        return None
    sex = _honorific_sex(mention)
    if sex is None:
        return None
    full = [
        actor
        for actor in ctx.by_last.get(_norm(words[1]), [])
        if actor.type == "person" and len(_strip_name(actor.name).split()) >= 2
    ]
    sexes = [_known_sex(ctx, actor) for actor in full]
    if any(
        s not in ("m", "f") and _strip_name(actor.name).split()[0] in GIVEN_NAMES
        for actor, s in zip(full, sexes, strict=True)
    ):
        return None  # a namesake of unknown sex ("Jordan Clinton") may be the one
    holders = [actor for actor, s in zip(full, sexes, strict=True) if s == sex]
    if len(holders) != 1 or not any(e <= start for _, e in holders[0].spans):
        return None
    return holders[0]


def _honorific_sex(mention: str) -> str | None:
    """ "m" or "f" when the mention opens with an honorific ("Mr Blair", "Mrs. Clinton"),
    else None."""
    first = mention.split()[0].casefold() if mention.split() else ""
    if first in MALE_HONORIFICS:
        return "m"
    return "f" if first in FEMALE_HONORIFICS else None


def _known_sex(ctx: _Context, actor: Actor) -> str | None:
    """A person's sex as far as the article tells it: the given name's, else what its
    honorifics and roles say (`_gender`: "x" for two people under one name)."""
    return _given_name_sex(actor) or ctx.gender.get(id(actor))


def _given_name_sex(actor: Actor) -> str | None:
    """ "m" or "f" from a person's given name, for names the given-name lists tie to one
    sex ("Bill", "Hillary"), else None."""
    words = _strip_name(actor.name).split()
    given = words[0] if len(words) >= 2 else ""
    if not given or given.casefold() in UNISEX_GIVEN_NAMES:
        return None
    male, female = given in _MALE_GIVEN, given in _FEMALE_GIVEN
    if male == female:
        return None
    return "m" if male else "f"


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


TITLE_QUALIFIERS = word_lists("speaker_words")["title_qualifiers"]
_JOINED_TITLE_WORDS = TITLE_WORDS | RANK_WORDS | TITLE_QUALIFIERS | {"and", "&"}


def _joined_titles_person(ctx: _Context, start: int, end: int) -> Actor | None:
    """The one person a subject names after two titles joined by "and": "Chairman and
    chief executive officer Ben Love said", "Vice Chairman and Chief Financial Officer
    Frank Newman said". The parser makes the titles a list (so `_several` saw two
    speakers, and the mention may be cut to "Chairman"), but the "and" joins jobs of one
    man: every word before the name is a title word, and one person's name ends the
    subject. Another name or any other word ("Chairman Ben Love and Frank Newman", "the
    chairman and his deputy") leaves it to the rules for several speakers."""
    span = _subject_span(ctx, start, end)
    if span is None:
        return None
    root = span.root
    first, last = root.left_edge, root.right_edge
    begin, finish = first.idx, last.idx + len(last.text)
    named = [(s, e, a) for s, e, a in ctx.spans if begin <= s and e <= finish]
    if len({id(a) for _, _, a in named}) != 1:
        return None
    s, _, person = min(named, key=lambda t: t[0])
    if person.type != "person" or max(x[1] for x in named) != finish:
        return None
    words = re.findall(r"[A-Za-z&][A-Za-z&'-]*", ctx.text[begin:s])
    lowered = [w.lower() for w in words]
    if "and" not in lowered and "&" not in lowered:
        return None
    if lowered[0] in {"and", "&"} or lowered[-1] in {"and", "&"}:
        return None
    if not all(w in _JOINED_TITLE_WORDS for w in lowered):
        return None
    return person


def _subject_span(ctx: _Context, start: int, end: int) -> Span | None:
    """The mention's tokens, when their head is a verb's subject (active or passive):
    what `_joined_titles_person` and `_coordinated_speakers` read the parse of."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    return span


def _several(ctx: _Context, start: int, end: int) -> bool:
    """Whether the mention's head is one of a list of conjoined names or nouns ("The UK,
    France, Germany and Sweden", "Smith and Jones"): the words of several, which no one
    canonical name may stand for. A conjunction inside one name ("Marks and Spencer")
    is not a list."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    conjuncts = [c for c in root.children if c.dep_ == "conj"]
    if not conjuncts:
        return False
    if all(start <= c.idx < end for c in conjuncts) and _one_body_named(ctx, ctx.text[start:end]):
        return False  # "Standard and Poor's said", "S and P said": the "and" is the name's
    own = [(s, e) for s, e, _ in ctx.spans if s <= root.idx < e]
    conjuncts = [c for c in conjuncts if not _one_name_conjunct(c)]
    return any(not any(s <= c.idx < e for s, e in own) for c in conjuncts)


def _one_body_named(ctx: _Context, mention: str) -> bool:
    """Whether a mention with "and" in it is one organisation's name: the name of one
    the article names ("Standard and Poor's Corp"), that name without its company
    suffix ("Standard and Poor's said"), or its initials joined as wire copy writes
    them ("S and P said", `_joined_initials`)."""
    name = _strip_name(mention)
    if not name:
        return False
    named = ctx.by_name.get(_norm(name))
    if named is not None and named.type == "organization":
        return True
    if _company_without_suffix(ctx, name) is not None:
        return True
    return _joined_initials(name) is not None and _by_initials(ctx, name) is not None


# Initials joined by "and", "&" or a slash: "S and P", "S&P", "S/P" (Standard and Poor's).
_INITIALS_JOINED = re.compile(r"[A-Z](?:\s*(?:and|&|/)\s*[A-Z])+")


def _joined_initials(mention: str) -> str | None:
    """The letters of initials written joined ("S and P" -> "SP"), else None."""
    if not _INITIALS_JOINED.fullmatch(mention):
        return None
    return "".join(ch for ch in mention if ch.isupper())


def _one_name_conjunct(conjunct: Token) -> bool:
    """Whether a conjunct the parser found is part of one body's name, not a second
    speaker: company suffixes alone ("S.G. Warburg and Co Inc"), a mark ("<Morgan
    Stanley & Co>", the wire's brackets round a company name, parsed as a conjunct ">")
    or a word joined by "&" ("Morgan Stanley & Co Managing Director Donald Brennan
    said": one man)."""
    if not any(ch.isalnum() for ch in conjunct.text):
        return True
    words = [t.lower_ for t in conjunct.subtree if any(ch.isalpha() for ch in t.text)]
    if words and all(w in COMPANY_SUFFIXES for w in words):
        return True  # "S.G. Warburg and Co Inc"; not "Narragansett Capital Inc", a body
    joined = [t for t in conjunct.head.children if t.dep_ == "cc" and t.i < conjunct.i]
    return bool(joined) and joined[-1].text == "&"


def _coordinated_speakers(ctx: _Context, start: int, end: int) -> bool:
    """Whether the mention is one of two or more speakers joined by "and", where the
    parse does not make a list of them (see `_several`): two people named in the
    mention with "and" between them ("Agriculture Secretary Richard Lyng and Trade
    Representative Clayton Yeutter"), or a subject the parse split from a second subject
    of the same verb after "and" ("Dudley Taft, Taft vice chairman, and Narragansett
    Capital Inc said"). The words are theirs together: no one canonical name stands for
    them, so the quote keeps the mention and no speaker."""
    people = sorted(
        ((s, e, a) for s, e, a in ctx.spans if start <= s and e <= end and a.type == "person"),
        key=lambda t: t[0],
    )
    for (_, e1, a1), (s2, _, a2) in itertools.pairwise(people):
        if a1 is not a2 and re.search(r"\band\b", ctx.text[e1:s2]):
            return True
    span = _subject_span(ctx, start, end)
    if span is None:
        return False
    root = span.root
    verb = root.head
    for other in verb.children:
        if other.dep_ not in {"nsubj", "nsubjpass"} or not root.i < other.i < verb.i:
            continue
        between = root.doc[span.end : other.left_edge.i]
        if any(t.lower_ == "and" and t.dep_ == "cc" for t in between):
            return True
    return False


# People who speak near someone, never as that person: "sources close to Finance
# Minister Edouard Balladur", "an aide to Senator Dole", "advisers to the president".
_AROUND_PERSON = re.compile(
    r"(?i)\b(?:(?:sources?|aides?|advisers?|advisors?|allies|ally|friends?|officials?|"
    r"people|associates?|confidants?)\s+close\s+to|(?:aides?|advisers?|advisors?|"
    r"confidants?)\s+to)\b"
)


def _around_person(text: str, start: int, end: int) -> bool:
    """Whether the mention at [start, end) is someone close to a person it names, or
    that person's aide ("Sources close to Finance Minister Edouard Balladur said"): the
    words are theirs, not the named person's, so no person named in the mention is the
    speaker. The parse may leave "Sources close to" out of the mention: the words right
    before it count too."""
    begin = max(0, start - 40)
    for found in _AROUND_PERSON.finditer(text, begin, end):
        if found.start() >= start or not text[found.end() : start].strip():
            return True
    return False


def _fragment_only(ctx: _Context, actor: Actor, start: int, end: int) -> bool:
    """Whether the actor is in [start, end) only as the first word of a longer name:
    "European" in "a spokesman for the European Anti-Fraud Office" names some other body
    (the model kept "European" as an alias of the European Court of Auditors)."""
    found = False
    for s, e in actor.spans:
        if not (start <= s and e <= end):
            continue
        found = True
        words = ctx.text[s:e].split()
        strong = _norm(ctx.text[s:e]) in ctx.by_part and len(words) > 1
        rest = ctx.text[e:end].split()
        if strong or ctx.text[s:e].isupper() or not (rest and rest[0][:1].isupper()):
            return False
    return found


def _mention_head(ctx: _Context, start: int, end: int, people: list[Actor]) -> Actor | None:
    """The person a mention names at its head: "Labour former minister Jack Cunningham"
    is Cunningham, not a party label before the title; "Lloyd Austin's spokesman" is
    no one named (the description rules take it)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return people[-1]
    last = span.text.rsplit(",", 1)[-1].strip() if "," in span.text else ""
    for actor in people:
        if last and _norm(last) in {_norm(n) for n in [actor.name, *actor.aliases]}:
            # "The head of Christian Brothers' school St Fintian's, Richard Fogarty,
            # said": the name set off by commas at the end is the description's person
            return actor
    root = span.root
    heads = [root, *(c for c in root.children if c.dep_ == "appos")]  # "his predecessor,
    for head in heads:  # Lord Armstrong": the name in apposition to the head
        for actor in people:
            if any(s <= head.idx < e for s, e in actor.spans):
                return actor
    if root.pos_ == "PROPN" or root.lemma_.lower() in STATEMENT_NOUNS:
        return people[-1] if root.pos_ == "PROPN" else people[0]
    return _one_included(ctx, span, people) or _title_of_field(ctx, span, people)


def _title_of_field(ctx: _Context, span: Span, people: list[Actor]) -> Actor | None:
    """ "Gloucester director of rugby Nigel Melville said", "head of research Jane Cole
    told": a title whose field is a common noun or two, then the name it belongs to; the
    parser hangs the name on "of" as if the title were someone else's ("the wife of Tom
    Smith", where a name follows "of" at once, stays unnamed). Only where the name ends
    the mention and every word between "of" and it is a lower-case word that is no title
    ("the coach of England captain Martin Johnson" is the captain's coach)."""
    root = span.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in TITLE_WORDS:
        return None
    if root.lemma_.lower() in SPOKES_NOUNS:
        return None  # "a spokesman for ...": the body speaks, not the name after it
    last = span[-1]
    owner = [a for a in people if any(s <= last.idx < e and e == span.end_char for s, e in a.spans)]
    if len(owner) != 1:
        return None
    of = [c for c in root.rights if c.dep_ == "prep" and c.lower_ == "of"]
    if len(of) != 1:
        return None
    name_start = min(s for s, e in owner[0].spans if s <= last.idx < e)
    field = [t for t in span if of[0].i < t.i and t.idx < name_start]
    if not field or len(field) > 2:
        return None
    if any(
        not t.is_lower
        or not t.is_alpha
        or t.lemma_.lower() in TITLE_WORDS
        or t.pos_ not in {"NOUN", "PROPN"}
        for t in field
    ):
        return None
    return owner[0]


def _one_included(ctx: _Context, span: Span, people: list[Actor]) -> Actor | None:
    """ "Observers including former British diplomat Craig Murray said ...": the one
    person the article names among those who said it. Never where it names several
    ("critics including Smith and Jones"): which words are whose is not known."""
    including = [t for t in span if t.lower_ == "including" and t.head.i == span.root.i]
    if len(including) != 1:
        return None
    after = including[0].idx
    named = [a for a in people if any(after < s < span.end_char for s, _ in a.spans)]
    listed = [a for a in ctx.actors_in(after, span.end_char) if a.type != "place"]
    return named[0] if len(named) == 1 and listed == named else None


def _apposed_person(ctx: _Context, end: int) -> Actor | None:
    """ "the play's organiser in Uganda, Sarah Mukasa, told": the name right after."""
    gap = ctx.text[end : end + 3]
    if not gap.startswith(","):
        return None
    close = ctx.text.find(",", end + 1, end + 120)
    i = bisect.bisect_left(ctx.span_starts, end)
    while i < len(ctx.spans):
        s, e, actor = ctx.spans[i]
        i += 1
        if actor.type == "person":
            if not ctx.text[end:s].strip(" ,"):
                return actor  # ", Sarah Mukasa,"
            # ", former WorldCom financial chief Scott Sullivan,": the name ends it
            # (a name after the closing comma is outside the apposition: "Cardinal X, the
            # Archbishop of Westminster, backed Mr Howard's stance" is not Howard)
            inside = close > 0 and e <= close
            if inside and not ctx.text[e:close].strip() and "\n" not in ctx.text[end:e]:
                return None if _clause_before(ctx, end, s) else actor
            return None
        if close < 0 or s >= close:
            return None
    return None


def _clause_before(ctx: _Context, begin: int, end: int) -> bool:
    """Whether the words between a comma and a name hold a verb of a clause, not just a
    title: "The United States, responding to the kidnapping of American journalist
    Charles Glass, insisted" is no apposition (the name is the clause's object), while
    "former WorldCom financial chief Scott Sullivan" and "the newly appointed chief
    John Doe" are, and a speech tag (", said Geert Wilders,") names the speaker."""
    first = bisect.bisect_left(ctx.token_starts, begin)
    last = bisect.bisect_left(ctx.token_starts, end)
    words = [t for t in ctx.doc[first:last] if not t.is_punct]
    if words and words[0].tag_ in {"VBD", "VBZ"} and _is_reporting(words[0], direct=True):
        return False  # ", said Geert Wilders,": an inverted speech tag
    return any(t.tag_ == "VBG" or (t.pos_ == "VERB" and t.dep_ != "amod") for t in words)


def _appos_child_person(ctx: _Context, start: int, end: int) -> Actor | None:
    """ "a leading Republican senator, former Committee Chairman Mark Hatfield of Oregon,
    said": the person the parser hangs on the description's head as its apposition,
    however long the name's own modifiers run. Only a name right after the mention."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    for child in span.root.rights:
        if child.dep_ != "appos" or child.idx < end:
            continue
        if "\n" in ctx.text[end : child.idx]:
            return None
        if ctx.text[end : child.left_edge.idx].strip(" ,\u2013\u2014-"):
            # "The Oscar-nominated actor, whose films include ... The Phantom Menace,
            # said": an apposition the parser hung past a relative clause is no name of
            # the speaker
            return None
        for actor in ctx.actors_in(child.left_edge.idx, child.idx + len(child.text)):
            if actor.type == "person" and any(s <= child.idx < e for s, e in actor.spans):
                return actor
        return None
    return None


CUT_TITLE_ABBREVIATIONS = word_lists("speaker_words")["cut_title_abbreviations"]


def _name_after_cut_title(ctx: _Context, mention: str, end: int) -> Actor | None:
    """ "said Army Capt. Christian Pardo", "Pentagon spokesman Navy Capt. Jeff Davis":
    the model tags "Army Capt" as a name of its own and the mention stops at the
    abbreviation's full stop. The speaker is the person named right after it."""
    words = mention.split()
    if not words or words[-1].rstrip(".").casefold() not in CUT_TITLE_ABBREVIATIONS:
        return None
    stop = end + 1 if ctx.text[end : end + 1] == "." else end
    if not mention.endswith(".") and stop == end:
        return None
    gap = ctx.text[stop : stop + 2]
    if not gap[:1].isspace() or "\n" in gap[:1]:
        return None
    return _named_person_after(ctx, stop)


def _named_person_after(ctx: _Context, end: int) -> Actor | None:
    """The person named right after a title, with nothing but a space between
    ("co-ordinator Peter Facey")."""
    i = bisect.bisect_left(ctx.span_starts, end)
    if i >= len(ctx.spans):
        return None
    s, _, actor = ctx.spans[i]
    gap = ctx.text[end:s]
    return actor if actor.type == "person" and gap and not gap.strip(" ") else None


_TITLE_RUN = TITLE_WORDS | RANK_WORDS | {"under", "general", "state"}


def _titled_person_after(ctx: _Context, end: int) -> Actor | None:
    """The person a body's name is only the first word of a title for, with nothing but
    title words between ("Treasury Under Secretary John Taylor", "Pentagon spokesman
    Bryan Whitman"): the parser cut the mention at the body's name."""
    i = bisect.bisect_left(ctx.span_starts, end)
    if i >= len(ctx.spans):
        return None
    s, _, actor = ctx.spans[i]
    words = ctx.text[end:s].split(" ")
    if actor.type != "person" or len(words) < 3 or len(words) > 6 or words[0] or words[-1]:
        return None  # one space before and after 1-4 words, no comma nor line break
    lowered = [w.casefold() for w in words[1:-1]]
    if not all(w in _TITLE_RUN for w in lowered):
        return None
    return actor if any(w in TITLE_WORDS for w in lowered) else None


def _named_org_after(ctx: _Context, end: int) -> Actor | None:
    """ "the group People for the Ethical Treatment of Animals said", "the manufacturers'
    organisation, the EEF, said": the organisation named right after a description
    headed by an organisation noun, or in apposition to it."""
    i = bisect.bisect_left(ctx.span_starts, end)
    if i >= len(ctx.spans):
        return None
    s, e, actor = ctx.spans[i]
    gap = ctx.text[end:s]
    if actor.type == "organization" and gap and not gap.strip(" "):
        return actor
    # "Manufacturers' organisation, the EEF, said": the name in apposition
    appositive = re.fullmatch(r",\s*(?:the\s+)?", gap, re.I) and ctx.text[e : e + 1] == ","
    return actor if actor.type == "organization" and appositive else None


def _bracketed_org_after(ctx: _Context, end: int) -> Actor | None:
    """The company wire copy names in angle brackets right after a description of it,
    the brackets closing before the reporting verb: "Public Relations consultancy
    <Shandwick Plc> said" is Shandwick Plc speaking, whatever the description's head
    ("consultancy" is no noun `_named_org_after` knows), never "Public Relations"."""
    i = bisect.bisect_left(ctx.span_starts, end)
    if i >= len(ctx.spans):
        return None
    s, e, actor = ctx.spans[i]
    opened = re.fullmatch(r"\s*<", ctx.text[end:s]) or (
        ctx.text[s : s + 1] == "<" and not ctx.text[end:s].strip()
    )
    after = ctx.text[e - 1 : e + 20] if ctx.text[e - 1 : e] == ">" else ctx.text[e : e + 20]
    closed = re.match(r">\s*(?:\([A-Za-z.]+\)\s*)?(?:,|[a-z])", after)
    return actor if actor.type == "organization" and opened and closed else None


def _unknown_name_after(ctx: _Context, end: int) -> bool:
    """Whether a proper name that is no actor follows the mention directly ("the
    charity Age Action"): the description names its own body."""
    i = bisect.bisect_left(ctx.token_starts, end)
    if i >= len(ctx.doc) or ctx.text[end : ctx.doc[i].idx].strip():
        return False
    token = ctx.doc[i]
    return token.pos_ == "PROPN" and token.is_title and not _in_actor(ctx, token.idx)


def _previous_subject(
    ctx: _Context, start: int, reporting: bool = False, owner: bool = False
) -> Actor | None:
    """ "Minar, ranked 158th, was forced to pull out ... '...,' said the 20-year-old":
    the named subject of the nearest main clause before, outside any quote, within the
    sentence before; an age is said of a person, so never a place. `reporting`: only
    if that clause plainly reports ("Geonex said ..."), not if it is about the subject
    ("Under the order, Merrill Lynch is barred ..."). `owner`: a subject that names no
    one stands for the person it belongs to ("Campbell's relay triumph made up for
    ... The 31-year-old said": the sentence is about Campbell)."""
    i = bisect.bisect_left(ctx.token_starts, start) - 1
    here = ctx.sent_of(start)
    while i >= 0:
        token = ctx.doc[i]
        i -= 1
        if ctx.sent_of(token.idx) < here - 1 - _quote_sentences(ctx, token.idx, start):
            return None
        if token.dep_ not in _NOMINAL_SUBJECT_DEPS or token.head.dep_ != "ROOT":
            continue
        if ctx.in_content(token.idx):
            continue
        if reporting and token.head.lower_ not in PLAIN_REPORT_CUES:
            return None  # "said", "told", "added": "X said the office has urged" may
            # parse with "urged" as the main verb
        found = [a for s, e, a in ctx.spans if s <= token.idx < e]
        if not found:
            # "Their coach, John Smith, said", "The versatile Finnan, who ..., is" parsed
            # with "versatile" as the subject: a name in apposition is the subject
            found = [
                a
                for child in token.children
                if child.dep_ == "appos"
                for s, e, a in ctx.spans
                if s <= child.idx < e
            ][:1]
        if not found and owner:
            found = _owners(ctx, token)
        if not found and token.pos_ == "PROPN":
            # a surname the model did not tag here: the one actor whose name ends with it
            found = [a for a in ctx.actors if a.name.split()[-1].casefold() == token.lower_]
            found = found if len(found) == 1 else []
        return found[0] if found and found[0].type != "place" else None
    return None


def _owners(ctx: _Context, token: Token) -> list[Actor]:
    """The people named as the owner of the phrase headed by `token` ("Campbell's relay
    triumph": Campbell)."""
    found: list[Actor] = []
    for child in token.children:
        if child.dep_ != "poss" or child.pos_ != "PROPN":
            continue
        found += [a for s, e, a in ctx.spans if s <= child.idx < e and a.type == "person"]
    return found


def _opening_owner(ctx: _Context, start: int) -> Actor | None:
    """The person whose possessive opens the writer's sentence just before `start`
    ("Campbell's relay triumph made up for ..."): what that sentence is about, whatever
    the parser made of its verb."""
    here = ctx.sent_of(start)
    sent = here - 1
    while sent >= 0 and _quoted_only(ctx, sent):
        sent -= 1
    if sent < 0 or sent < here - 1 - _quote_sentences(ctx, ctx.sent_starts[sent], start):
        return None
    i = bisect.bisect_left(ctx.token_starts, ctx.sent_starts[sent])
    while i < len(ctx.doc) and ctx.doc[i].lower_ in {"and", "but", "so", "yet"}:
        i += 1
    while i < len(ctx.doc) and ctx.doc[i].dep_ in {"compound", "flat"}:
        i += 1
    if i >= len(ctx.doc) or ctx.doc[i].dep_ != "poss" or ctx.doc[i].pos_ != "PROPN":
        return None
    found = _owners(ctx, ctx.doc[i].head)
    return found[0] if len(found) == 1 else None


CHAIN_HOPS = 2  # sentences whose subject only refers back, before the named one


def _chained_subject(ctx: _Context, start: int) -> Actor | None:
    """The named subject a chain of referring subjects goes back to: "Paula Radcliffe
    has called for ...⏎⏎The marathon world record holder believes ... “...,” the
    30-year-old told": a sentence whose main subject is "he"/"she" or a definite
    description naming no one, and which names no person, goes on with the subject
    of the sentence before it (at most `CHAIN_HOPS` such sentences). The named subject
    must fit a "he"/"she" of the chain."""
    sent = ctx.sent_of(start) - 1
    gender = ""
    for hop in range(CHAIN_HOPS + 1):
        while sent >= 0 and _quoted_only(ctx, sent):
            sent -= 1
        subject = _main_subject(ctx, sent) if sent >= 0 else None
        if subject is None:
            return None
        named = [a for s, e, a in ctx.spans if s <= subject.idx < e]
        if named:
            found = named[0]
            if hop == 0 or found.type != "person":
                return None  # the sentence just before is `_previous_subject`'s
            return found if not gender or _compatible(ctx, found, gender) else None
        if subject.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS:
            gender = gender or ("f" if subject.lower_ in FEMALE_PRONOUNS else "m")
        elif not _unnamed_description(subject):
            return None
        lo, hi = ctx.sentence_span(sent)
        if any(lo <= e.pos < hi for e in ctx.events):
            return None  # a person named in a sentence of the chain, even in what it
            # reports ("believes coach Ian Marsh was right"): the description may be theirs
        sent -= 1
    return None


def _main_subject(ctx: _Context, sent: int) -> Token | None:
    """The subject of the main verb of sentence `sent`, outside quotes."""
    for token in ctx.sentence_tokens(sent):
        main = token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "ROOT"
        if main and not ctx.in_content(token.idx):
            return token
    return None


def _unnamed_description(token: Token) -> bool:
    """Whether the subject headed by `token` is a definite description of one person
    that names no one: "the Moroccan", "The marathon world record holder"."""
    phrase = token.doc[token.left_edge.i : token.i + 1]
    if phrase[0].lower_ != "the":
        return False
    if token.lower_ in DEMONYM_NOUNS and len(phrase) == 2:
        return True  # "the Moroccan", tagged a name or not
    if token.pos_ != "NOUN" or token.tag_ != "NN" or any(t.pos_ == "PROPN" for t in phrase):
        return False
    return token.lemma_.lower() not in ORG_NOUNS | DOCUMENT_NOUNS | STATEMENT_NOUNS


def _sole_previous_subject(ctx: _Context, start: int, owner: bool = False) -> Actor | None:
    """The previous main clause's named subject (`_previous_subject`; with `owner`, or
    the person it belongs to), only when no other person is named in its sentence
    outside quotes: a description of nationality or age may be said of anyone named
    there."""
    found = _previous_subject(ctx, start, owner=owner)
    if found is None and owner:
        found = _opening_owner(ctx, start) or _chained_subject(ctx, start)
    if found is None or found.type != "person":
        return None
    sent: int | None = None
    for event in ctx.events_before(start):
        if ctx.in_content(event.pos):
            continue
        if event.actor is found:
            sent = event.sent if sent is None else sent
            continue
        if sent is None or event.sent >= sent:
            return None  # someone else named between that subject and the description
        break
    return found if sent is not None else None


def _quote_sentences(ctx: _Context, pos: int, start: int) -> int:
    """How many sentences between `pos` and `start` are quoted text."""
    return sum(
        1
        for sent in range(ctx.sent_of(pos), ctx.sent_of(start))
        if ctx.in_content(ctx.sent_starts[sent] + 1)
    )


def _last_subject_is_a_thing(ctx: _Context, start: int) -> bool:
    """Whether the nearest main-clause subject before `start`, outside any quote, is a
    common noun that names no actor ("the report", "the plan"): "it" is then that thing,
    not an organisation named further back."""
    return _last_thing_subject(ctx, start) is not None


def _document_subject(ctx: _Context, start: int) -> Span | None:
    """The document an "it said" at `start` stands for: the thing of
    `_last_thing_subject`, when it is a document ("A confidential 2010 report by a
    private investigator pinpointed ... “...,” it stated") in the pronoun's sentence
    or the last one of the writer's before it (a quotation's own sentences between do
    not count). Returned as the phrase up to its noun ("A confidential 2010
    report"), the article's own description of the speaker."""
    token = _last_thing_subject(ctx, start)
    if token is None or token.lemma_.lower() not in DOCUMENT_NOUNS | STATEMENT_NOUNS:
        return None
    here = ctx.sent_of(start)
    if any(not _quoted_only(ctx, k) for k in range(ctx.sent_of(token.idx) + 1, here)):
        return None  # sentences of the writer's own between the two
    return ctx.doc[token.left_edge.i : token.i + 1]


def _last_thing_subject(ctx: _Context, start: int) -> Token | None:
    """The subject of `_last_subject_is_a_thing`, or None."""
    i = bisect.bisect_left(ctx.token_starts, start) - 1
    here = ctx.sent_of(start)
    while i >= 0:
        token = ctx.doc[i]
        i -= 1
        if ctx.sent_of(token.idx) < here - LOOKBACK_SENTENCES:
            return None
        if token.dep_ not in _NOMINAL_SUBJECT_DEPS or token.head.dep_ != "ROOT":
            continue
        if ctx.in_content(token.idx):
            continue
        if token.pos_ != "NOUN" or _in_actor(ctx, token.idx):
            return None
        if any(r.start <= token.idx < r.end for r in ctx.reports):
            return None  # "The report said: ... It said": a voice, left to the rules below
        return None if token.lemma_.lower() in ORG_NOUNS else token
    return None


def _org_subject_before(ctx: _Context, start: int) -> Actor | None:
    """ "The council said ... It said": the organisation that was the last subject.

    Looks at the sentence before the pronoun's (and the pronoun's own, before it) for an
    organisation in subject position; a person subject in between blocks it.
    """
    here = ctx.sent_of(start)
    i = bisect.bisect_left(ctx.span_starts, start) - 1
    while i >= 0:
        s, e, actor = ctx.spans[i]
        i -= 1
        if ctx.sent_of(s) < here - 1:
            break
        if ctx.in_quote(s) or not ctx.is_subject(s, e):
            continue  # a subject inside the quote is what "it" says, not who
        if ctx.in_content(s) and actor is not _last_reporter(ctx, start):
            return None  # "Clevite said J.P. Industries held back ... It said": a subject
            # of words another body reported is what it said, not who goes on; nor of
            # words no one was found to report ("Kinburn owns 31 pct of SHL, the company
            # said. It said": "it" is the company that spoke, not Kinburn)
        return actor if actor.type == "organization" else None
    return None


_CLOSING_REPORT = re.compile(
    r",\s+(?:the\s+)?(?P<name>[A-Z][^\W\d][\w.&'-]*(?:\s+[\w.&'-]+)*?)"
    r"(?:\s+[(<](?P<short>[A-Z][\w.&-]+)[)>])?\s+said\.\s*\Z"
)


def _closing_body_report(ctx: _Context, start: int) -> Actor | None:
    """ "The U.S. emphasis on its trade deficit is misplaced, the General Agreement on
    Tariffs and Trade (GATT) said.⏎By stressing ..., it said": the organisation whose
    name, written in full, closes the sentence just before the "it" sentence as its
    reporting clause ("..., NAME said."). Wire leads end so, and the parse of such a
    long lead often misses the clause (no report, no subject), so that the wire copy's
    "it said" that goes on was left without a speaker.

    Only when the pronoun's own sentence names no one before it outside the reported
    words, only the sentence right before the pronoun's, only a clause that is the name
    of one organisation of the article and nothing else (a determiner, a bracketed
    short form or ticker at most: "analysts at Merrill Lynch said" names other
    speakers), outside any quotation marks (the parse may have taken the whole lead for
    reported words, clause included, so the quotes' extent is no guide there)."""
    sent_start = ctx.sent_starts[ctx.sent_of(start)]
    i = bisect.bisect_left(ctx.span_starts, sent_start)
    while i < len(ctx.spans) and ctx.spans[i][0] < start:
        if not ctx.in_content(ctx.spans[i][0]):
            return None  # "The Commission ordered Bell Canada to cut rates because it
            # said ...": a body or person named in the pronoun's own sentence, outside
            # the words reported, is whom the "it" may stand for
        i += 1
    before = ctx.text[:sent_start].rstrip()
    match = _CLOSING_REPORT.search(before[-300:])
    if match is None or '"' in match.group(0):
        return None
    at = len(before) - len(before[-300:]) + match.start("name")
    if ctx.text[ctx.text.rfind("\n", 0, at) + 1 : at].count('"') % 2:
        return None  # inside a quotation still open in its paragraph
    for name in (match.group("name"), match.group("short")):
        actor = ctx.by_name.get(_norm(" ".join(name.split()))) if name else None
        if actor is not None and actor.type == "organization":
            return actor
    return None


def _last_reporter(ctx: _Context, start: int) -> Actor | None:
    """Whom the last reporting clause before `start` was resolved to, if anyone."""
    before = [r for r in ctx.reports if r.pos < start]
    return max(before, key=lambda r: r.pos).actor if before else None


def _org_subject_just_before(ctx: _Context, start: int) -> Actor | None:
    """The organisation that is the main subject of the sentence right before `start`
    ("But the Home Office defended the measures. A spokesman said"), when no other
    actor stands before it there nor between it and `start` (a spokesman "for" no one
    named speaks for the body the story has just made its subject)."""
    here = ctx.sent_of(start)
    if here == 0:
        return None
    begin = ctx.sent_starts[here - 1]
    i = bisect.bisect_left(ctx.span_starts, begin)
    inside = [
        (s, e, actor)
        for s, e, actor in ctx.spans[i:]
        if s < start and not ctx.in_content(s) and actor.type != "place"
    ]
    if not inside:
        return None
    s, e, actor = inside[0]
    if actor.type != "organization" or not ctx.is_subject(s, e, True):
        return None
    return actor if all(other is actor for _, _, other in inside) else None


def _previous_org_report(ctx: _Context, start: int, voice: bool = True) -> Actor | None:
    """The organisation whose reporting clause is the nearest before `start`, if clear.

    "The NAO said ... The report said ... It said ...": "it" and "the report" continue
    the body that spoke last. Only within a few sentences and the same stretch of
    reports: a person's reporting clause in between, or another organisation as the
    subject of a sentence in between, leaves it open (a subject inside a reported
    clause, "concern that the Treasury had not reviewed the charges", does not).
    """
    here = ctx.sent_of(start)
    before = [r for r in ctx.reports if r.pos < start]
    if not before:
        return None
    report = before[-1]
    if report.actor is None or report.actor.type != "organization":
        return None
    if not voice and _head_noun(_words(report.mention)) in SPOKES_NOUNS:
        # "A BBC spokeswoman said ... The report said": a spokeswoman publishes no
        # report; it is the one the article is about, whoever issued it
        return None
    if report.sent < here - LOOKBACK_SENTENCES:
        return None
    i = bisect.bisect_left(ctx.span_starts, report.end)
    while i < len(ctx.spans) and ctx.spans[i][0] < start:
        s, e, actor = ctx.spans[i]
        i += 1
        if actor is not report.actor and actor.type != "place" and ctx.is_subject(s, e, True):
            return None
    return report.actor


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
        if company and set(_norm(report.actor.name).split()) & NOT_COMPANY_WORDS:
            return None  # "the department said ... The company said" is another body
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
        if not company and not ctx.in_content(s) and _named_in_passing(ctx, s, e):
            continue  # "The offer capitalises IC Gas at ... It said": not who speaks
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


def _company_suffix(word: str) -> bool:
    """Whether a word is a company suffix, English ("Co", "Inc") or one of the foreign
    forms wire copy writes ("AG", "SpA", "NV"; as written, so "Spa" of a town is none)."""
    return word.casefold() in COMPANY_SUFFIXES or word in WIRE_COMPANY_FORMS


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
    if _norm(name) in ORG_NOUNS:
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
    for s, e, other in ctx.spans:
        if other is not actor or _words(ctx.text[s:e]) != name:
            continue  # "Coal" of "UK Coal" is the name's own end, not a cut name
        i = bisect.bisect_left(ctx.token_starts, s) - 1
        if i < 0:
            continue
        token = ctx.doc[i]
        adjacent = token.idx + len(token.text) + len(token.whitespace_) == s
        if adjacent and token.text[:1].isupper() and token.pos_ in _CUT_BEFORE_POS:
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
    if not (begin < start and ctx.spans and ctx.spans[0][0] >= begin):
        return None  # the quote follows its clause, or a name stands before it
    s, e, actor = ctx.spans[0]
    if s >= end or actor.type != "organization" or _party_named(actor):
        return None
    if company and set(_norm(actor.name).split()) & NOT_COMPANY_WORDS:
        return None  # "the company said", "a company spokeswoman": a company only
    if _looks_cut(ctx, actor):
        return None
    token = ctx.subject_token(s, e)
    if token is None or token.sent.start_char > begin + 1:
        return None  # the subject of a later sentence of a quote that runs over several
    root = token.sent.root
    # the subject of the sentence's main verb, or of the reported clause it governs
    return actor if root in (token.head, token.head.head) else None


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


def _from_named(inside: list[Actor], words: list[str]) -> Actor | None:
    """A mention holding names but no person: the organisation a spokesman serves, or the
    name itself ("the Kremlin"); None for other descriptions ("the Canada-based company")."""
    head = _head_noun(_words_outside_names(words, inside))
    orgs = [a for a in inside if a.type == "organization"]
    clause = [i for i, w in enumerate(words) if w in RELATIVE_PRONOUNS | {"whose"}]
    if clause:
        # "a member of the board which regulates the Harbour Trust": a body named in a
        # relative clause is what the one described deals with, not whom they serve
        orgs = [a for a in orgs if _names_in(words[: clause[0]], a)]
    relay = [i for i, w in enumerate(words) if w in RELAY_PARTICIPLES]
    if relay:
        # "a spokesman for the regulator quoted in China Daily": the paper relays
        orgs = [a for a in orgs if _names_in(words[: relay[0]], a)]
        inside = [a for a in inside if _names_in(words[: relay[0]], a)]
        if not inside:
            return None
    if head in SPOKES_NOUNS:
        # "a Lib Dem spokesman": the body speaks, so only an organisation may; a party
        # label the model took for a person is no speaker (the mention stays)
        if _former(words, head):
            return None  # "a former UC Global employee" no longer speaks for it
        return orgs[0] if orgs else None
    if head is None or _is_just_name(words, inside):
        return (orgs or inside)[0]
    if head in ORG_NOUNS | BODY_NOUNS and len(orgs) == 1:
        before = words[: words.index(head)] if head in words else []
        own = _words(orgs[0].name)[-1:]
        if _is_just_name(before, orgs) and words[-1] == head and not set(own) & ORG_NOUNS:
            # "the Mirror newspaper", "the Liverpool Echo newspaper"; but "the Energy
            # Department agency" is an agency of the department, not the department
            return orgs[0]
    if head in PUBLISHED_NOUNS | STATEMENT_NOUNS and len(orgs) == 1 == len(inside):
        after = words[words.index(head) + 1 :] if head in words else []
        if after[:1] in (["by"], ["from"]) and _is_just_name(after[1:], orgs):
            return orgs[0]  # "a press release from Judicial Watch", "a study by X"
    if head in PUBLISHED_NOUNS:
        # "a Forbes article", "the RealClearPolitics average": the body named before
        # the noun publishes it
        before = words[: words.index(head)] if head in words else []
        owners = [a for a in orgs if _names_in(before, a)]
        if len(owners) == 1:
            return owners[0]
    if _title_of_body(words, head):
        return None  # "The Governor of the Central Bank of ... (UMOA)": a person
    ending = _ending_name(words, inside)
    if ending is not None:
        return ending
    return None  # "the head of Wagner": left to the description rules


def _joint_voice(ctx: _Context, mention: str, words: list[str], head: str) -> bool:
    """Whether the people who speak ("staff", "officials", "a spokesman") serve two
    bodies named with "and" between them: "the March FOMC and FDIC staff", "Treasury
    and Fed officials", "a spokesman for Airbus and Boeing". The words are theirs
    together, so neither body alone is the speaker, even where the model marked only
    one of the names. Not "the chairman and chief executive" (two titles of one person,
    written lower-case), nor an "and" inside one body's name ("Standard and Poor's")."""
    at = words.index(head)
    owners = list(range(at))
    if at + 1 < len(words) and words[at + 1] in PREPOSITIONS:
        owners += list(range(at + 2, len(words)))
    for i in owners:
        if words[i] not in {"and", "&"} or i - 1 not in owners or i + 1 not in owners:
            continue
        first, second = words[i - 1], words[i + 1]
        if not (_capitalised(mention, first) and _capitalised(mention, second)):
            continue
        joined = f" {first} {words[i]} {second} "
        if any(joined in f" {' '.join(_words(key))} " for key in ctx.by_part):
            continue  # the "and" is inside one body's name
        return True
    return False


def _title_of_body(words: list[str], head: str | None) -> bool:
    """Whether the mention is a person's title followed by the body they hold it in
    ("the governor of the central bank of ... (UMOA)", "the head of ..."): the person
    speaks, not a body named in the phrase, even one whose name ends the mention (a
    bracketed acronym). Left to the description rules, which look for who holds it."""
    if head is None or head not in TITLE_WORDS or head in ORG_NOUNS | SPOKES_NOUNS:
        return False
    at = words.index(head) if head in words else -1
    return 0 <= at < len(words) - 1 and words[at + 1] in PREPOSITIONS


def _names_in(words: list[str], actor: Actor) -> bool:
    """Whether one of the actor's names is among `words`."""
    text = " " + " ".join(words) + " "
    return any(f" {' '.join(_words(n))} " in text for n in [actor.name, *actor.aliases] if n)


def _words_outside_names(words: list[str], inside: list[Actor]) -> list[str]:
    """The mention's words without the names in it: "a Ministry of Defence spokeswoman"
    -> ["a", "spokeswoman"], so that the "of" inside the name does not end the head."""
    text = " " + " ".join(words) + " "
    for actor in inside:
        for name in sorted([actor.name, *actor.aliases], key=len, reverse=True):
            key = " " + " ".join(_words(name)) + " "
            if key.strip() and key in text:
                text = text.replace(key, " ")
                break
    return text.split()


def _ending_name(words: list[str], inside: list[Actor]) -> Actor | None:
    """The organisation whose name ends the mention and heads it ("the local Arab News",
    "the Chinese firm Huawei"), not one after a preposition ("the head of Wagner")."""
    for actor in inside:
        if actor.type != "organization":
            continue
        for name in [actor.name, *actor.aliases]:
            key = _words(name)
            if not key or len(key) >= len(words) or words[-len(key) :] != key:
                continue
            rest = words[: -len(key)]
            while len(rest) > 1 and rest[-1] in DETERMINERS:
                rest = rest[:-1]  # "a chief with the New York Police Department"
            before = rest[-1]
            if set(rest) & (RELATIVE_PRONOUNS | {"whose"}):
                continue  # "the board which regulates the Farm Credit System"
            if before not in PREPOSITIONS and before not in {"and", "or", "by"}:
                return actor
    return None


def _is_just_name(words: list[str], inside: list[Actor]) -> bool:
    """Whether the mention is nothing but an actor's name ("Moscow", "the Kremlin")."""
    text = _norm(" ".join(w for w in words if w not in DETERMINERS))
    return any(
        text in {_norm(n) for n in [a.name, *a.aliases]} or text == _norm(a.name) for a in inside
    )


def _lookup_name(ctx: _Context, mention: str) -> Actor | None:
    """An actor named by the mention text itself (offsets missing or not tagged)."""
    cleaned = _strip_name(mention)
    if not cleaned:
        return None
    actor = ctx.by_name.get(_norm(cleaned))
    if actor is not None:
        return ctx.parent_named(cleaned, actor)
    company = _company_without_suffix(ctx, cleaned)
    if company is not None:
        return company
    last = ctx.by_last.get(_norm(cleaned.split()[-1]), [])
    if len(last) == 1 and cleaned[:1].isupper() and _may_be(cleaned, last[0]):
        return last[0]
    if not last:
        particled = _particle_surname_person(ctx, cleaned)
        if particled is not None:
            return particled
    return _by_initials(ctx, cleaned)


SURNAME_PARTICLES = word_lists("speaker_words")["surname_particles"]


def _particle_surname_person(ctx: _Context, mention: str) -> Actor | None:
    """The one person whose surname is the mention behind a hyphened particle: "Tayer
    said" after "Ahmed Humaid al-Tayer", "Yamani" after "Ahmed Zaki al-Yamani". News
    drops the Arabic article "al-" on later mention, so the surname index (keyed by the
    last word, "al-tayer") misses it. One capitalised word only, and only when one
    person of the article has that surname; two leave it unclear."""
    if len(mention.split()) != 1 or not mention[:1].isupper():
        return None
    found = []
    for actor in ctx.actors:
        if actor.type != "person":
            continue
        particle, _, surname = actor.name.split()[-1].partition("-")
        if particle.casefold() in SURNAME_PARTICLES and _norm(surname) == _norm(mention):
            found.append(actor)
    return found[0] if len(found) == 1 else None


def _company_without_suffix(ctx: _Context, name: str) -> Actor | None:
    """The one organisation a name gives without its company suffix: "General
    Acquisition said" after "General Acquisition Co" (news drops "Co", "Inc", "Corp"
    once the full name is given)."""
    if len(name.split()) < 2 or not name[:1].isupper():
        return None  # "Acquisition" alone may be anything
    wanted = _norm(name)
    found = []
    for actor in ctx.actors:
        if actor.type != "organization":
            continue
        words = actor.name.split()
        while len(words) > 1 and _company_suffix(words[-1]):
            words = words[:-1]
        if len(words) < len(actor.name.split()) and _norm(" ".join(words)) == wanted:
            found.append(actor)
    return found[0] if len(found) == 1 else None


def _may_be(mention: str, actor: Actor) -> bool:
    """Whether a mention that shares the actor's surname can be that actor: a surname
    alone can, "J. Hall" can be James Hall, but "James Hall" is not Ellie Hall."""
    words = mention.split()
    if len(words) == 1:
        return True
    first = words[0].rstrip(".").casefold()
    for name in [actor.name, *actor.aliases]:
        given = [w.rstrip(".").casefold() for w in _strip_name(name).split()[:-1]]
        if not given or given[0] == first or (len(first) == 1 and given[0][:1] == first):
            return True
    return False


#: Words an acronym skips: "Institute for the Study of War" is ISW.
_ACRONYM_SKIPS = word_lists("function_words")["acronym_skips"]


def _by_initials(ctx: _Context, mention: str) -> Actor | None:
    """The one organisation an acronym stands for ("ISW" -> Institute for the Study of
    War), when the article names it in full."""
    mention = _joined_initials(mention) or mention  # "S and P", "S/P": SP
    if not (2 <= len(mention) <= 6 and mention.isalpha() and mention.isupper()):
        return None
    named = ctx.by_name.get(_norm(mention))
    if named is not None and named.type == "organization":
        return named  # "USDA said" where the article's body is "USDA" (or has it as alias)
    found = [a for a in ctx.actors if a.type == "organization" and mention in _initials(a.name)]
    return found[0] if len(found) == 1 else None


def _top_of_body_by_initials(
    ctx: _Context, start: int, head: str, mention: str, modifiers: list[str]
) -> Actor | None:
    """The one person introduced as the head of a body, for "the <its initials> <top
    title>": "Chira Phanupong, head of Thailand's Board of Investment, said ... The BoI
    chief said". `_person_by_role` looks for the words of the description in the role,
    but the role spells the body out ("Board of Investment") where the description
    gives its initials ("BoI"), and says "head" where it says "chief": any top title is
    the same office. One organisation of the article must have those initials, and one
    person, named before, a role with a top title and that organisation's full name."""
    if head not in TOP_TITLES or len(modifiers) != 1:
        return None
    written = next((w for w in mention.split() if w.casefold() == modifiers[0]), "")
    capitals = "".join(ch for ch in written if ch.isupper())
    if len(capitals) < 2 or not written.isalpha():
        return None
    bodies = [
        a
        for a in ctx.actors
        if a.type == "organization" and ({capitals, written.upper()} & _initials(a.name))
    ]
    if len(bodies) != 1:
        return None
    body = bodies[0].name.casefold()
    heads = [
        a
        for a in ctx.actors
        if a.type == "person"
        and any(s < start for s, _ in a.spans)
        and any(body in role.casefold() and set(_words(role)) & TOP_TITLES for role in a.roles)
    ]
    return heads[0] if len(heads) == 1 else None


def _initials(name: str) -> set[str]:
    """An organisation's initials: "Institute for the Study of War" is ISW; "General
    Motors Corp" is GMC or, without the company suffix, GM ("British Petroleum Co Plc":
    BP)."""
    words = [w for w in name.split() if w.lower() not in _ACRONYM_SKIPS]
    found = {"".join(w[0] for w in words).upper()}
    while len(words) > 2 and _company_suffix(words[-1]):
        words = words[:-1]
        found.add("".join(w[0] for w in words).upper())
    return found


def _spelt_out(ctx: _Context, actor: Actor) -> Actor | None:
    """The organisation an acronym actor stands for, named in full in the article: the
    one written right before it as its definition ("the French Maize Producers
    Association, AGPM, said", "the Council of People's Inspectors (CPI)"), else the one
    organisation whose initials it is, counting the small words and a dotted prefix
    ("U.S. Department of Energy": DOE, USDOE; "U.S. Department of Agriculture": USDA).
    None when the actor is no acronym or no single body fits."""
    acronym = actor.name
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return None
    defined = re.compile(rf"\s*(?:\(\s*{acronym}\s*\)|,\s*{acronym}\s*,\s+[a-z])")
    found = {
        id(other): other
        for s, e, other in ctx.spans
        if other is not actor
        and other.type == "organization"
        and len(other.name.split()) > 1
        and defined.match(ctx.text, e)
    }
    if len(found) == 1:
        return next(iter(found.values()))
    if found:
        return None
    spelt = [
        other
        for other in ctx.actors
        if other is not actor
        and other.type == "organization"
        and acronym in _long_initials(other.name)
    ]
    return spelt[0] if len(spelt) == 1 else None


def _long_initials(name: str) -> set[str]:
    """`_initials`, and those that count the small words ("Department of Energy": DOE)
    and spell a dotted prefix out or leave it off ("U.S. Department of Agriculture":
    USDA, DA), in either order of a body's head and field ("U.S. Agriculture
    Department": USDA too)."""
    found = set(_initials(name))
    words = name.split()
    variants = [("", words)]
    if len(words) > 1 and "." in words[0]:
        dotted = "".join(c for c in words[0] if c.isalpha()).upper()
        variants += [("", words[1:]), (dotted, words[1:])]
    for lead, rest in list(variants):
        if len(rest) > 1 and rest[-1].casefold() in INVERTED_BODY_HEADS:
            # "U.S. Agriculture Department" is the "U.S. Department of Agriculture": USDA
            variants.append((lead, [rest[-1], "of", *rest[:-1]]))
    for lead, rest in variants:
        found.add(lead + "".join(w[0] for w in rest if w[:1].isalpha()).upper())
        kept = [w for w in rest if w.lower() not in _ACRONYM_SKIPS]
        if kept:
            found.add(lead + "".join(w[0] for w in kept).upper())
    return found


def _strip_name(mention: str) -> str:
    """The bare name of a mention ("Mr Blair's" -> "Blair"): no article, title, possessive."""
    words = mention.replace("\u2019", "'").split()
    while words and (words[0].casefold() in HONORIFICS or words[0].casefold() in DETERMINERS):
        words = words[1:]
    text = " ".join(words)
    return re.sub(r"'s?$", "", text).strip(" ,.")


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
        alone = not phrase and not modifiers
        if found is None and words[0] in INDEFINITES and head in BODY_VOICES and alone:
            # "But the Home Office defended the measures. A spokesman said: ..."
            found = _org_subject_just_before(ctx, start)
        own = not phrase and set(modifiers) <= WIRE_VOICE_NOUNS
        if found is None and words[0] in INDEFINITES and head in BODY_VOICES and own:
            # "<Kowloon-Canton Railway Corp> is planning a new line, a company
            # spokeswoman said": the story's first words, about the company she speaks for
            found = _lead_body(ctx, start, company=bool(modifiers))
        if found is None and _company_statement(words, head, modifiers, phrase):
            found = _lead_body(ctx, start, company=True)
        if found is None and head in STATEMENT_NOUNS and not phrase and not modifiers:
            # "The National Audit Office said ... The report said: ...": the document
            # of the body whose report came just before
            found = _previous_org_report(ctx, start, voice=head not in PUBLISHED_REPORTS)
        bare = found is None and words[0] == "the" and not phrase and not modifiers
        if bare and head in TITLE_WORDS and head not in BODY_VOICES:
            # "Treybig, who founded the company, said ... The executive said": a person
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
        if words[0] in INDEFINITES:
            return None  # "a former business partner": someone not named, not a role holder
        # "the South African archbishop": a nationality says who the person is, not which
        # office, so "Archbishop Desmond Tutu" holds the role without it
        narrowing = [m for m in modifiers if not _nationality(mention, m)]
        found = _person_by_role(ctx, start, head, modifiers + after, required=narrowing)
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
        return found
    if head in CANDIDACY_TITLES:  # "the GOP front-runner": no title of office
        return _candidate_referent(ctx, start, words, head)
    if AGE_HEAD.fullmatch(head) and words[0] == "the" and not after:
        return _previous_subject(ctx, start) or _sole_previous_subject(ctx, start, owner=True)
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
        return _varied_reference(ctx, start, head, role=False) or _sole_previous_subject(
            ctx, start, owner=True
        )
    if head in EPITHET_NOUNS and words[0] == "the" and not after:
        # "Donald Trump is telling supporters ... The billionaire businessman says"
        return _epithet_referent(ctx, start, mention, head, modifiers)
    if head in PUBLICATION_NOUNS and set(modifiers) & DOCUMENT_MODIFIERS:
        return None  # "the new paper", "a research paper": a document, not a newspaper
    if head in WIRE_VOICE_NOUNS and words == ["the", head]:
        voice = _wire_voice_verdict(ctx, start, company=True)
        if voice is not None:
            return voice[0]  # "Acme Corp said ... The company said", or unclear
    if head in ORG_NOUNS and not after:
        found = _recent_org(ctx, start, head) or _org_introduced_next(ctx, start)
        if found is not None and not _may_name(mention, modifiers, found):
            return None  # "the British Bankers' Association" is not "the association"
        return found
    if head in DOCUMENT_NOUNS and words[0] == "the" and not modifiers and not after:
        return _same_document(ctx, start, head)
    return None


EPITHET_NOUNS = word_lists("speaker_words")["epithet_nouns"]


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
    in it. Modifiers may only describe the person ("New York", another such word); a sex
    the word gives must fit."""
    describing = all(
        m in EPITHET_NOUNS or m in REFERRING_MODIFIERS or _describes_person(ctx, mention, m)
        for m in modifiers
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
    if found is None or found.type != "person" or not _main_person(ctx, found):
        return None
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
        if not _holds_other_office(event.actor):
            return None  # another person the description may be said of
    return found if sent is not None else None


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
    return bool(held & TITLE_WORDS) and not held & CANDIDACY_TITLES


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
    before = [r for r in ctx.reports if r.pos < start]
    if not before:
        return None
    report = before[-1]
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


def _apposed_next(ctx: _Context, start: int, words: list[str], head: str) -> Actor | None:
    """The person a lead's unnamed source is, when the next sentence's reporting clause
    names them in full for the first time with that same noun in apposition: "..., a
    member of the board of the System's regulatory agency said.⏎⏎Jim Billington, member
    of the three-person board of directors of the Farm Credit Administration, said ...".
    News describes a source, then names them; the body the description mentions (here
    a wrong one, "the System") is not the speaker. Only "a"/"an"/"one" + a singular
    voice noun, and a person never named before the description."""
    if words[0] not in INDEFINITES or head.endswith("s") or head not in SPOKES_NOUNS:
        return None
    found = _next_sentence_mention(ctx, start)
    if found is None:
        return None
    s, e = found
    people = [a for a in ctx.actors_in(s, e) if a.type == "person"]
    if len(people) != 1 or _norm(ctx.text[s:e]) != _norm(people[0].name):
        return None
    person = people[0]
    if len(person.name.split()) < 2 or any(p < start for p, _ in person.spans):
        return None
    return person if _apposed_head(ctx.text, e, head) else None


def _apposed_head(text: str, end: int, head: str) -> bool:
    """Whether the words in apposition right after a name ending at `end` hold `head`
    (", another official of the union,")."""
    found = re.match(r",\s+([^,.;:\n]*(?:\n[^,.;:\n]*)?)", text[end : end + 120])
    return bool(found) and head in _words(found.group(1))


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


def _may_name(mention: str, modifiers: list[str], actor: Actor) -> bool:
    """Whether the words before a body's noun fit the body found for it. In a name
    written with capitals ("the British Bankers' Association", "the Home Office") a
    capitalised word that is no nationality nor party must be in the body's name;
    "the Chinese Government", "the South Yorkshire company" and "the association"
    refer back freely."""
    if not modifiers or not _capitalised(mention, _head_noun(_words(mention)) or ""):
        return True  # "the South Yorkshire company": a description, not a name
    names = " ".join(_norm(n) for n in [actor.name, *actor.aliases])
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
        for word in modifiers
    )


def _describes_person(ctx: _Context, mention: str, word: str) -> bool:
    """Whether a modifier before a noun for a person says what kind of person: a person
    modifier ("French", "veteran"), a describing compound ("-based", "-winning"), or a
    capitalised name that is no person's ("the Liverpool player"; "the Ferguson
    youngster" is someone Ferguson has)."""
    if word in PERSON_MODIFIERS or word.endswith(DESCRIBING_SUFFIXES):
        return True
    known = ctx.by_name.get(_norm(word))
    return _capitalised(mention, word) and (known is None or known.type != "person")


def _same_document(ctx: _Context, start: int, head: str) -> Actor | None:
    """ "The New York Times Market Place column said ... the column said": the one who
    publishes the document of the nearest earlier reporting clause headed by the same
    noun, within a few sentences, if that clause was resolved. Only for a quotation in
    the mention's own sentence: a document's words are not carried to the next one."""
    if ctx.sent_of(start) != ctx.sent_of(ctx.quote[0]):
        return None
    for report in _recent_reports(ctx, start):
        if _head_noun(_words(report.mention)) == head:
            return report.actor
    return None


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
    before = [r for r in ctx.reports if r.pos < start]
    if not before:
        return None
    report = before[-1]
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
    if role_required and head not in role_words:
        return None  # "Mr Okafor said ... The home secretary said": the office's holder
    crossed = "\n" in ctx.text[report.pos : start]
    if crossed and role and report.actor.roles and head not in role_words:
        return None
    between = [
        a for a in ctx.actors_in(report.end, start) if a.type == "person" and a is not report.actor
    ]
    return None if between else report.actor


def _quoted_only(ctx: _Context, sent: int) -> bool:
    """Whether every word of a sentence is quoted: "Mr Straw said: “He is clever.⏎“He
    lacks strategy.” The Foreign Secretary told the BBC": the speaker's own sentences go
    on with his report, so the description after them is still next to it."""
    start, end = ctx.sentence_span(sent)
    return all(ctx.in_content(i) for i in range(start, end) if ctx.text[i].isalpha())


def _named_next(ctx: _Context, start: int, head: str) -> Actor | None:
    """The person the next reporting clause names with the same title ("spokesman Jorg
    Wojahn said"), if it is within the next sentence and nothing but the title stands
    before the name."""
    i = bisect.bisect_right(ctx.mentions, (start, len(ctx.text) + 1))
    if i >= len(ctx.mentions):
        return None
    s, e = ctx.mentions[i]
    if ctx.sent_of(s) > ctx.sent_of(start) + 1:
        return None
    people = [a for a in ctx.actors_in(s, e) if a.type == "person"]
    if len(people) != 1:
        return None
    name_start = min(p for p, _ in people[0].spans if s <= p < e)
    return people[0] if _words(ctx.text[s:name_start]) == [head] else None


def _occupation(ctx: _Context, mention: str, head: str, modifiers: list[str]) -> bool:
    """Whether "the [modifiers] head" describes a person by occupation, not an office:
    "the French international defender", "the veteran striker", "the Liverpool player"
    (a club or place by its name, as for the referring nouns; never a person's name:
    "the Ferguson youngster" is someone Ferguson has)."""
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
    if role_words & TITLE_WORDS and head not in role_words:
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
    if any(a.type == "person" for a in inside) or "'s" in mention.replace("\u2019", "'"):
        return None  # "the SNP's leader", "Blair's chancellor": another's office
    found = _previous_subject(ctx, start)
    if found is None or found.type != "person":
        return None
    here = ctx.sent_of(start)
    named = max(
        ((p, e) for p, e in found.spans if p < start and not ctx.in_content(p)), default=None
    )
    if named is None or len(found.name.split()) < 2:
        return None
    written = _norm(ctx.text[named[0] : named[1]])
    surname = written == _norm(found.name.split()[-1]) and head in CALLING_TITLES
    if written != _norm(found.name) and not surname:
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
    role_words = {w for r in roles for w in r}
    if role_words & TITLE_WORDS and head not in role_words:
        return None  # "manager Jose Mourinho ... The chairman said": someone else
    gender = _description_gender(mention)
    if gender and not _compatible(ctx, found, gender):
        return None
    return found


def _lead_named_next(ctx: _Context, start: int, mention: str, head: str) -> Actor | None:
    """ "Scotland's first minister has told pupils it is okay to get drunk.⏎⏎Jack
    McConnell was speaking to ...": a lead that describes its speaker by a title of
    standing (`INTRODUCED_TITLES`) before naming anyone, then names a person in full as
    the subject of the next sentence, has described that person (news style).

    Only the body's first person: no one is named before the title (outside the
    headline), the next sentence's subject is a name met for the first time, given in
    full with nothing before it, and no role the article gives that person, nor a
    gendered title, says otherwise."""
    words = _words(mention)
    opening = mention.split()[0].replace("\u2019", "'") if mention.split() else ""
    if words[0] != "the" and not opening.endswith("'s"):
        return None  # "the ...", "Scotland's ...": a definite title, not "a minister"
    headline = _headline_end(ctx)
    if any(headline <= s < start for s, _, a in ctx.spans if a.type == "person"):
        return None  # people named before: a title refers back to one of them
    here = ctx.sent_of(start)
    if here + 1 >= len(ctx.sent_starts):
        return None
    lo = ctx.sent_starts[here + 1]
    found: Actor | None = None
    for token in ctx.sentence_tokens(here + 1):
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.head.dep_ != "ROOT":
            continue
        spans = [(s, e, a) for s, e, a in ctx.spans if s <= token.idx < e]
        if len(spans) != 1 or spans[0][2].type != "person" or ctx.in_content(token.idx):
            return None
        s, e, found = spans[0]
        if _norm(ctx.text[s:e]) != _norm(found.name) or len(found.name.split()) < 2:
            return None  # "Mr McConnell": someone the reader is to know already
        if _words(ctx.text[lo:s]) not in ([], ["and"], ["but"]):
            return None  # "Labour MSP Jack McConnell": a name given with its own title
        if any(headline <= p < start for p, _ in found.spans):
            return None
        break
    if found is None:
        return None
    roles = [set(_words(role)) for role in found.roles]
    asked = set(words)
    if any((r & RANK_WORDS) - asked for r in roles):
        return None
    role_words = {w for r in roles for w in r}
    narrowed = [w for w in words[: words.index(head)] if w not in DETERMINERS]
    generic = head in GENERIC_HEADS and narrowed and set(narrowed) <= role_words
    if role_words & TITLE_WORDS and head not in role_words and not generic:
        return None  # "the Federal Reserve head" may be its "chairman", nobody else's
    gender = _description_gender(mention)
    if gender and not _compatible(ctx, found, gender):
        return None
    return found


def _headline_end(ctx: _Context) -> int:
    """Where the body starts: after a first line that is a headline (no closing stop)."""
    first = ctx.text.split("\n", 1)[0].rstrip()
    return len(first) if first and first[-1] not in '.!?"”' else 0


def _introduced_next(ctx: _Context, start: int) -> Actor | None:
    """The person a description speaks for when the article names them only in the next
    sentence's reporting clause, by full name and nothing else: "Responding to the
    plans, the chairman of the Police Federation said ...⏎⏎Jan Berry said: ...".

    News introduces a speaker once: a full name with no title or description, never
    met before, right after a described speaker is that speaker being named. A name
    met earlier, or given with a description of its own, is someone else.
    """
    found = _next_sentence_mention(ctx, start)
    if found is None:
        return None
    s, e = found
    people = [a for a in ctx.actors_in(s, e) if a.type == "person"]
    between = [a for a in ctx.actors_in(start, s) if a.type == "person"]
    if len(people) != 1 or any(a is not people[0] for a in between):
        return None
    person = people[0]
    if _norm(ctx.text[s:e]) != _norm(person.name) or len(person.name.split()) < 2:
        return None
    return None if any(p < start for p, _ in person.spans) else person


def _next_sentence_mention(ctx: _Context, start: int) -> tuple[int, int] | None:
    """The first speaker mention after `start`, if it is in the very next sentence: where
    news names a speaker it has just described."""
    i = bisect.bisect_right(ctx.mentions, (start, len(ctx.text) + 1))
    if i >= len(ctx.mentions):
        return None
    s, e = ctx.mentions[i]
    return (s, e) if ctx.sent_of(s) == ctx.sent_of(start) + 1 else None


def _org_introduced_next(ctx: _Context, start: int) -> Actor | None:
    """The body a description speaks for when the next sentence's reporting clause
    names it for the first time: "..., the UK's public spending watchdog has said.⏎⏎The
    National Audit Office said ...". As with people (`_introduced_next`): the clause's
    subject is the organisation's name and nothing else, and no organisation at all is
    named before that clause (outside quotations and the headline)."""
    found = _next_sentence_mention(ctx, start)
    if found is None:
        return None
    s, e = found
    named = [a for a in ctx.actors_in(s, e) if a.type == "organization"]
    if len(named) != 1 or _norm(_strip_determiner(ctx.text[s:e])) not in {
        _norm(n) for n in [named[0].name, *named[0].aliases]
    }:
        return None
    body = named[0]
    first = ctx.text.split("\n", 1)[0].rstrip()
    headline = len(first) if first and first[-1] not in '.!?"”' else 0
    for b, _, actor in ctx.spans:
        if b >= s:
            break
        if actor.type == "organization" and b >= headline and not ctx.in_content(b):
            return None  # a body named before: the description may be that one
    return None if any(p < start for p, _ in body.spans) else body


def _state_lawmaker(ctx: _Context, start: int, words: list[str]) -> Actor | None:
    """ "Lloyd Bentsen (D-Tex.) called ... Bentsen predicted ... The Texas senator said":
    the one person the article tags with that state (and party, if the description
    gives one), when he is the subject of the sentence just before or the speaker of
    the last reporting clause. Two people tagged with the state, or a tagged person who
    is not the one just written about, leave the description unresolved."""
    described = described_tag(words)
    if described is None:
        return None
    party, state = described
    tagged = []
    for actor in ctx.actors:
        if actor.type != "person":
            continue
        tags = {t for _, e in actor.spans if (t := state_tag(ctx.text, e)) is not None}
        if any(s == state for _, s in tags):
            tagged.append((actor, tags))
    if len(tagged) != 1:
        return None
    actor, tags = tagged[0]
    if party is not None and (party, state) not in tags:
        return None  # "Smith (R-Ohio) ... the Ohio Democrat": someone else
    if not any(s < start for s, _ in actor.spans):
        return None
    reports = [r for r in ctx.reports if r.pos < start]
    if _previous_subject(ctx, start) is not actor and (
        not reports or reports[-1].actor is not actor
    ):
        return None
    return actor


def _state_described_speaker(ctx: _Context, start: int, words: list[str]) -> Actor | None:
    """ "Sen. Bernie Sanders says he is prepared for a floor fight ...⏎⏎The Vermont
    senator told USA TODAY ...", "It was a partial reversal for the Wisconsin Republican
    [Paul Ryan] ... The Wisconsin Republican said": US news describes the person it has
    just written about by state and office or party, where the article gives that state
    no party-state tag (`_state_lawmaker` reads those).

    The person is the speaker of the last reporting clause (at most two sentences back)
    or the named subject of the sentence before, with no other person named since whom
    the article does not tie to another state. Not
    when the article ties the state to someone else or another state to that person (a
    tag, or a role: "Florida Sen. Marco Rubio"), when a party-state tag gives another
    party, or when the person's roles give an office and not the one described ("House
    Speaker Paul Ryan" is not "the Wisconsin senator").
    """
    head = words[-1] if words else ""
    described = described_tag([*words[:-1], "lawmaker"] if head in STATE_OFFICE_HEADS else words)
    if described is None:
        return None
    party, state = described
    here = ctx.sent_of(start)
    reports = [r for r in ctx.reports if r.pos < start]
    candidate = _previous_subject(ctx, start)
    if candidate is None and reports and reports[-1].sent >= here - 2:
        candidate = reports[-1].actor
    if candidate is None or candidate.type != "person":
        return None
    last = max((e for s, e in candidate.spans if e <= start), default=-1)
    if last < 0:
        return None
    between = [a for a in ctx.actors_in(last, start) if a.type == "person" and a is not candidate]
    if any(not (_states_of(ctx, a) - {state}) for a in between):
        # "Trump attacked Cruz. The Texas senator said": Cruz, maybe; but "with Sen.
        # Joni Ernst, R-Iowa" names no one who may be "the Florida senator"
        return None
    for actor in ctx.actors:
        if actor.type != "person":
            continue
        states = _states_of(ctx, actor)
        if actor is candidate and states - {state}:
            return None
        if actor is not candidate and state in states:
            return None
    tags = {t for _, e in candidate.spans if (t := state_tag(ctx.text, e)) is not None}
    if party is not None and any(p != party for p, _ in tags):
        return None
    offices = {w for role in candidate.roles for w in _role_words(role)} & TITLE_WORDS
    if head in STATE_OFFICE_HEADS and offices and head not in offices:
        return None
    return candidate


_APPOSED_TAG = re.compile(r",\s*([DRI]-[A-Za-z][A-Za-z. ]{0,14}?)\.?(?=[,;)]|\.?\s|$)")


def _states_of(ctx: _Context, actor: Actor) -> set[str]:
    """The US states the article ties to a person: party-state tags after the name
    ("(I-Vt.)", ", R-Iowa,") and states in the roles it gives ("Florida Sen.", "senator from
    Vermont")."""
    states = {s for _, e in actor.spans if (t := state_tag(ctx.text, e)) for s in [t[1]]}
    for _, e in actor.spans:
        # the wire's apposition: "Sen. Joni Ernst, R-Iowa."
        match = _APPOSED_TAG.match(ctx.text, e)
        tags = [state_tag(f"({match[1]}{dot})", 0) for dot in ("", ".")] if match else []
        states.update(tag[1] for tag in tags if tag is not None)
    for role in actor.roles:
        text = " " + " ".join(_words(role)) + " "
        states.update(s for s in US_STATE_NAMES if f" {s} " in text)
    return states


#: The words title abbreviations stand for ("senator", "governor", "congressman")
ABBREVIATED_TITLES = frozenset(w for words in TITLE_ABBREVIATIONS.values() for w in words)
#: Those of them a party-state tag ("(D-Tex.)") says a person may hold whatever the role
LAWMAKER_TITLES = ABBREVIATED_TITLES - {"governor"}


def _party_state_tagged(ctx: _Context, actor: Actor) -> bool:
    """Whether the article gives a person a party-state tag, as lawmakers get ("Lloyd
    Bentsen (D-Tex.)", "Sen. Joni Ernst, R-Iowa,")."""
    return any(
        state_tag(ctx.text, e) is not None or _APPOSED_TAG.match(ctx.text, e)
        for _, e in actor.spans
    )


def _sole_office_holder(
    ctx: _Context, start: int, words: list[str], head: str, narrowing: list[str]
) -> Actor | None:
    """ "Florida Sen. Marco Rubio ... The Florida senator says", "Gov. Chris Christie
    ... The governor claimed": a definite title that US news writes abbreviated before
    a name (`TITLE_ABBREVIATIONS`) is the one person named before whose role holds it
    ("Sen." read as "senator", `_role_words`) with every other word of the description
    (a state the article ties to the person counts: "Sen. Ted Cruz, R-Texas").
    `_person_by_role` reads roles as written and so misses the abbreviation.

    Only when that person is the sole holder: anyone else named before with the title
    leaves the description open ("Sen. Tim Scott" may be "the senator" as well), unless
    the description names a state and the article ties that other holder to another
    one only ("Texas Sen. Ted Cruz" is not "the Florida senator"); a lawmaker's
    party-state tag makes a holder of the person whatever the role says ("Finance
    Committee Chairman Lloyd Bentsen (D-Tex.)" may be "the Texas senator"). A former
    holder ("former Florida Gov. Jeb Bush") is not "the governor", nor in the way; a
    description of a former holder, a rank ("Lt. Gov.") or a sex the person does not
    have ("the congresswoman") is left open.
    """
    if head not in ABBREVIATED_TITLES or _former(words, head):
        return None
    wanted = [w for w in narrowing if w not in LOOSE_MODIFIERS]
    text = f" {' '.join(wanted)} "
    states = {s for s in US_STATE_NAMES if f" {s} " in text}
    fits: list[Actor] = []
    for actor in ctx.actors:
        if actor.type != "person" or not any(s < start for s, _ in actor.spans):
            continue
        roles = [_role_words(r) for r in actor.roles]
        roles = [r for r in roles if head in r and not r & (FORMER_WORDS | RANK_WORDS)]
        tied = _states_of(ctx, actor)
        lawmaker = head in LAWMAKER_TITLES and _party_state_tagged(ctx, actor)
        if not roles and lawmaker and (not states or states & tied):
            return None  # "Chairman Lloyd Bentsen (D-Tex.)" may be the Texas senator
        if not roles:
            continue
        known = {w for state in tied for w in state.split()}
        if any(all(w in r or w in known for w in wanted) for r in roles):
            fits.append(actor)
        elif not (states and tied and not states & tied):
            return None  # another holder the description may mean
    if len(fits) != 1:
        return None
    gender = "f" if head in FEMALE_ROLE_WORDS else "m" if head in MALE_ROLE_WORDS else ""
    return fits[0] if not gender or _compatible(ctx, fits[0], gender) else None


def _role_words(role: str) -> set[str]:
    """The words of a role, with what its title abbreviations stand for ("Sen." ->
    "senator"), so that "Sen. Bernie Sanders" holds the title of "the Vermont senator".
    A lieutenant's title is left as written: "Lt. Gov. Dan Patrick" is not "the
    governor"."""
    words = set(_words(role))
    if words & {"lt.", "lieutenant"}:
        return words
    for word in list(words):
        words |= TITLE_ABBREVIATIONS.get(word, frozenset())
    return words


def _generic_head_holder(ctx: _Context, start: int, head: str, required: list[str]) -> Actor | None:
    """ "Arsenal manager Arsene Wenger ... '...,' the Arsenal boss said": a generic head
    ("boss", "chief", "head") with the body's words stands for the top title the article
    gave someone of that body (`TOP_TITLES`). Only the one person named before whose
    roles hold those words: if anyone else's role does too ("Arsenal captain Patrick
    Vieira", "Chelsea chief executive Peter Kenyon" beside the manager), the
    description may be either of them and stays unresolved; a bare "the boss" names no
    body and is left alone."""
    if head not in GENERIC_HEADS or not required:
        return None
    tied: list[Actor] = []
    for actor in ctx.actors:
        if actor.type != "person":
            continue
        roles = [set(_words(role)) for role in actor.roles]
        roles = [r for r in roles if set(required) <= r]
        if not roles:
            continue
        if any(s < start for s, _ in actor.spans) and any(
            r & TOP_TITLES and not r & RANK_WORDS for r in roles
        ):
            tied.append(actor)
        else:
            return None  # someone else of that body: "the Arsenal boss" may be either
    return tied[0] if len(tied) == 1 else None


def _former(words: list[str], head: str) -> bool:
    """Whether a body's voice is described as a former one ("a former employee")."""
    before = words[: words.index(head)] if head in words else words
    return any(w in FORMER_WORDS or w.startswith("ex-") for w in before)


def _same_voice(ctx: _Context, start: int, head: str) -> Actor | None:
    """ "A spokesman for the Home Office said ... said the spokesman": the body of the
    nearest earlier reporting clause headed by the same noun, within a few sentences, if
    that clause was resolved (an unresolved one leaves "the spokesman" unresolved too)."""
    for report in _recent_reports(ctx, start):
        words = _words(report.mention)
        if _head_noun(words) == head and words[0] in DETERMINERS - {"the"}:
            return report.actor
    return None


def _learn_description(actor: Actor, mention: str) -> None:
    """ "The foreign secretary" found to be Jack Straw: the title becomes his role, so
    that the article's later "the foreign secretary" finds him by role."""
    words = mention.split()
    if words and words[0].casefold() in DETERMINERS:
        words = words[1:]
    actor.add_role(" ".join(words).strip(" ,"))


def _head_noun(words: list[str]) -> str | None:
    """The head of a description: the last word before its first preposition."""
    cut = len(words)
    for i, word in enumerate(words):
        if i > 0 and word in PREPOSITIONS:
            cut = i
            break
    core = [w for w in words[:cut] if w not in DETERMINERS]
    return core[-1] if core else None


def _office_seat(ctx: _Context, words: list[str]) -> Actor | None:
    """ "the prime minister's official spokesman": the seat of that office (Downing
    Street), if the article names exactly one seat of it among its actors."""
    for office, seats in OFFICE_SEATS.items():
        if not any(tuple(words[i : i + len(office)]) == office for i in range(len(words))):
            continue
        found = {id(a): a for name in seats if (a := ctx.by_name.get(_norm(name))) is not None}
        if len(found) == 1:
            return next(iter(found.values()))
    return None


def _is_seat(actor: Actor) -> bool:
    """Whether the actor is the seat of an office ("Downing Street"), which speaks for
    the office's holder although the model may type it a place."""
    names = {_norm(n) for n in [actor.name, *actor.aliases]}
    return any(_norm(seat) in names for seats in OFFICE_SEATS.values() for seat in seats)


def _capitalised(mention: str, word: str) -> bool:
    """Whether `word` (lowercased) is written with a capital in the mention: part of a
    name, not a common noun."""
    for written in re.findall(r"[\w][\w.&-]*", mention.replace("\u2019", "'")):
        if written.casefold() == word:
            return written[:1].isupper()
    return False


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
    if found is None or noun not in GENERIC_ORG_NOUNS or start < ctx.quote[1]:
        return found
    i = bisect.bisect_left(ctx.span_starts, ctx.quote[0])
    if i < len(ctx.spans):
        s, _, opener = ctx.spans[i]
        if s - ctx.quote[0] <= 4 and opener.type == "organization" and opener is not found:
            if noun in PUBLICATION_NOUNS and _another_kind_of_body(opener):
                return found  # "Bank of China branches ..., the paper said": no bank
            return None
    return found


def _recent_org_named(ctx: _Context, start: int, noun: str | None) -> Actor | None:
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
        if noun is not None and noun in _norm(actor.name).split():
            return actor  # "a board spokeswoman": the board named, even in the quote
        if noun == "party" and party is None and _is_party(actor) and not ctx.in_quote(s):
            party = actor  # "... by the Liberal Democrats.⏎⏎The party says": a party
        if noun in GENERIC_ORG_NOUNS and _party_named(actor):
            continue  # "the watchdog", "the company" is never a party named before
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


def _recent_publication(ctx: _Context, start: int, noun: str) -> Actor | None:
    """ "The newspaper said": the publication named last before `start`, or None.

    A noun of a publication refers back to a publication first: "a KLM spokeswoman
    said in a comment on an article in the evening paper NRC Handelsblad ... The
    newspaper said" is the paper, not KLM, however often KLM is named. A body is a
    publication when its name says so ("Daily Mirror", "The Washington Post", "Arab
    News") or the article calls it one next to its name ("the evening paper NRC
    Handelsblad", "the Mirror newspaper"). None named: the other rules of `_recent_org`.
    """
    i = bisect.bisect_left(ctx.span_starts, start) - 1
    while i >= 0:
        s, e, actor = ctx.spans[i]
        i -= 1
        if actor.type == "place" or ctx.in_quote(s):
            continue
        names = _norm(actor.name).split()
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


def _publication_name(names: list[str], noun: str) -> bool:
    """Whether a body's name (normalised words) says it is a publication: it holds the
    noun the article refers back with, or ends with a masthead word or a noun of a
    publication ("Daily Mirror", "Arab News")."""
    return noun in names or bool(set(names[-1:]) & (MASTHEAD_WORDS | PUBLICATION_NOUNS | {"news"}))


def _another_kind_of_body(actor: Actor) -> bool:
    """Whether a body's name makes it something no "the paper" refers back to: a bank,
    a ministry, a company ("Bank of China", "Texaco Inc")."""
    names = set(_norm(actor.name).split())
    return bool(names & (NOT_COMPANY_WORDS | COMPANY_SUFFIXES | ORG_NOUNS) - PUBLICATION_NOUNS)


_PARTY_ADJECTIVE_FORMS = frozenset(
    name_key(f.replace("_", " ")) for forms in PARTY_ADJECTIVES.values() for f in forms
)


def _party_named(actor: Actor) -> bool:
    """Whether the organisation is a party under a name or an adjective of it ("Lib
    Dem", "Tory"): never what "the watchdog" or "the company" refers back to."""
    names = {_norm(n) for n in [actor.name, *actor.aliases]}
    return _is_party(actor) or bool(names & _PARTY_ADJECTIVE_FORMS)


def _is_party(actor: Actor) -> bool:
    """Whether the organisation is a political party `PARTY_NAMES` knows, under any of
    its forms ("Liberal Democrats", "the Tories"), whose name need not hold "party"."""
    names = {_norm(n) for n in [actor.name, *actor.aliases]}
    return any(
        _norm(party) in names or names & {_norm(f.replace("_", " ")) for f in forms}
        for party, forms in PARTY_NAMES.items()
    )


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


def _person_by_role(
    ctx: _Context, start: int, head: str, context: list[str], required: list[str] = ()
) -> Actor | None:
    """The person whose role holds the head noun ("the defense secretary" -> "secretary").

    Words before the head that narrow the role ("Adelson's attorney", "the business
    partner", "the deputy leader") must be in the role too: "Attorney General John
    Ashcroft" is not Adelson's attorney.
    """
    required = [
        w for w in required if w not in LOOSE_MODIFIERS and not TENURE_MODIFIER.fullmatch(w)
    ]
    scored: list[tuple[int, int, Actor]] = []
    # A lead may describe someone before naming them ("The head of the mercenary group
    # ... complained", named two paragraphs on); once people have been named, a
    # description refers back to one of them.
    named_before = any(s < start for s, _, a in ctx.spans if a.type == "person")
    asked = set(context) | set(required)
    for actor in ctx.actors:
        if actor.type != "person":
            continue
        # a role holds the title only without a rank the mention does not give: the
        # shadow foreign secretary is not "the foreign secretary"
        roles = [set(_words(role)) for role in actor.roles]
        roles = [r for r in roles if not (r & RANK_WORDS) - asked]
        role_words = {w for role in roles for w in role}
        if head not in role_words or any(w not in role_words for w in required):
            continue
        overlap = sum(1 for w in context if w in role_words)
        last_before = max((s for s, _ in actor.spans if s < start), default=-1)
        if last_before < 0 and named_before:
            continue  # a description refers back to someone named, not ahead past them
        scored.append((overlap, last_before, actor))
    if not scored:
        if any(w in FORMER_WORDS or w.startswith("ex-") for w in context):
            return None  # "the former Arsenal boss" is not the one the article made it
        return _generic_head_holder(ctx, start, head, required)
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0] and scored[0][1] < 0:
        return None
    return scored[0][2]


def _pronoun_antecedent(ctx: _Context, start: int, gender: str) -> Actor | None:
    """The person "he"/"she" most likely refers to.

    Walks back sentence by sentence (at most a few): in the nearest sentence with a
    compatible person, a speaker or subject wins over other mentions, and within the
    pronoun's own sentence the latest mention before it wins.
    """
    here = ctx.sent_of(start)
    by_sent: dict[int, list[_Event]] = {}
    for event in ctx.events_before(start):
        if event.sent < here - LOOKBACK_SENTENCES:
            break
        if ctx.in_content(event.pos):
            # "“General Prelogar should feel good,” he said": not who speaks, in this
            # quotation or in any other ("the values that “most Britons hold dear”")
            continue
        if not event.actor.listed and not event.subject and _object_of_preposition(ctx, event):
            # "... during Gloucester's win over Bath on Saturday. He will undergo ...":
            # a place or club the model took for a person, in passing after a
            # preposition, is neither "he" nor a reason to stop looking for who is
            continue
        if _compatible(ctx, event.actor, gender):
            by_sent.setdefault(event.sent, []).append(event)  # latest first
    for sent in sorted(by_sent, reverse=True):
        events = by_sent[sent]
        subjects = [e for e in events if e.subject]
        if _unnamed_subject_between(ctx, events[0].pos, start, events[0].actor):
            return None  # "The CIA director made no secret ... he said": not a name before
        if _indefinite_person_between(ctx, events[0].pos, start):
            return None  # "a stocks fund manager ... made a gloomier prediction. he said"
        if _name_shaped_subject_between(ctx, events[0].pos, start):
            return None  # "But Tony Banks (read as a body) said ... He said": maybe him
        subjects = _subjects_of_gender(ctx, subjects, gender)
        if sent == here:
            return _unless_other_gender(ctx, (subjects or events)[0].actor, gender)
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
        return _unless_other_gender(ctx, chosen.actor, gender)
    return None


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
            return None
        if token.pos_ != "NOUN" or _in_actor(ctx, token.idx):
            return None
        phrase = ctx.doc[token.left_edge.i : token.i + 1]
        if phrase[0].lower_ != "the" or any(t.pos_ == "PROPN" for t in phrase):
            return None
        return _sole_title_holder(ctx, token, gender)
    return None


PERSON_NOUNS = (
    word_lists("speaker_words")["person_nouns"]
    | FEMALE_ROLE_WORDS
    | MALE_ROLE_WORDS
    | ANONYMOUS_PERSON_NOUNS
    | REFERRING_NOUNS
    | DEMONYM_NOUNS
    | OCCUPATION_NOUNS
)


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
    span = ctx.doc[token.left_edge.i : token.i + 1]
    if any(t.pos_ != "PROPN" for t in span) or ctx.actors_in(span.start_char, span.end_char):
        return None
    return span


def _unless_other_gender(ctx: _Context, actor: Actor, gender: str) -> Actor | None:
    """The person chosen for a "he"/"she" (`_listed`), unless their given name is of
    the other gender (`_given_name_contradicts`): then no one."""
    return None if _given_name_contradicts(ctx, actor, gender) else _listed(actor)


def _object_of_preposition(ctx: _Context, event: _Event) -> bool:
    """Whether the mention at the event is the object of a preposition ("over Bath")."""
    i = bisect.bisect_right(ctx.token_starts, event.pos) - 1
    if i < 0:
        return False
    token = ctx.doc[i]
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj"


def _listed(actor: Actor) -> Actor | None:
    """The nearest person before a "he", unless the briefing does not list them: a word
    the model called a person once with nothing of a person about it ("Bolton host
    Arsenal ... “...,” he said") is a club or a thing, and stands for no one. (A person
    who spoke in a reporting clause before is found through `_previous_report`.)"""
    return actor if actor.listed else None


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
        name = name and not _names_a_thing(ctx, token)
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
    actor = ctx.by_name.get(_norm(name))
    return actor is not None and actor.type == "place" and name.casefold() in KNOWN_PLACES


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


def _in_reported_clause(token: Token) -> bool:
    """Whether `token` stands in the complement of a reporting verb ("said that the
    first minister should know"): part of what is reported."""
    verb = token.head
    while verb.head.i != verb.i:
        if verb.dep_ in {"ccomp", "xcomp"} and _is_reporting(verb.head, direct=False):
            return True
        verb = verb.head
    return False


def _title_of(ctx: _Context, token: Token) -> Actor | None:
    """The one person whose roles in the article hold every word of the definite title
    headed by `token` ("The CIA director": a person with the role "CIA director")."""
    words = [w for w in _words(ctx.doc[token.left_edge.i : token.i + 1].text)]
    modifiers = [w for w in words[:-1] if w not in DETERMINERS]
    if not modifiers:
        return None  # "the director": any director the article may bring up
    return _person_by_role(ctx, token.idx, words[-1], modifiers, required=modifiers)


def _in_actor(ctx: _Context, pos: int) -> bool:
    """Whether character `pos` lies in a mention of any actor."""
    i = bisect.bisect_right(ctx.span_starts, pos) - 1
    while i >= 0 and ctx.spans[i][0] > pos - 200:
        s, e, _ = ctx.spans[i]
        if s <= pos < e:
            return True
        i -= 1
    return False


def _pronoun_subject(ctx: _Context, sent: int, gender: str) -> bool:
    """Whether sentence `sent` has a "he"/"she" of that gender as a subject."""
    words = FEMALE_PRONOUNS if gender == "f" else MALE_PRONOUNS
    return any(
        token.lower_ in words and token.dep_ in _NOMINAL_SUBJECT_DEPS
        for token in ctx.sentence_tokens(sent)
    )


def _compatible(ctx: _Context, actor: Actor, gender: str) -> bool:
    """Whether "he"/"she" can refer to `actor`, given what the article says about gender."""
    known = ctx.gender.get(id(actor))
    return known is None or known == gender


def _gender(text: str, actor: Actor, generic: bool = True) -> str | None:
    """Gender "m"/"f" from honorifics before the name ("Mr", "Mrs") or gendered role nouns;
    "x" when both "Mr" and "Mrs" stand before its mentions (two people under one name).
    `generic`: whether a title in "-man" (`GENERIC_MALE_TITLES`) votes; wire copy
    writes "Chairman" of a woman it then calls "she" (see `_title_male`)."""
    if actor.type != "person":
        return None
    votes = {"m": 0, "f": 0}
    for start, _ in actor.spans:
        before = text[max(0, start - 6) : start].split()
        word = before[-1].casefold() if before else ""
        if word in MALE_HONORIFICS:
            votes["m"] += 1
        elif word in FEMALE_HONORIFICS:
            votes["f"] += 1
    if votes["m"] and votes["f"]:
        return "x"  # "Mr Howard" and "Mrs Howard" merged: neither "he" nor "she" is safe
    for role in actor.roles:
        words = set(_words(role))
        votes["f"] += len(words & FEMALE_ROLE_WORDS)
        votes["m"] += len(
            words & (MALE_ROLE_WORDS if generic else MALE_ROLE_WORDS - GENERIC_MALE_TITLES)
        )
    if votes["m"] == votes["f"]:
        return None
    return "m" if votes["m"] > votes["f"] else "f"


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


def _words(text: str) -> list[str]:
    """Lowercased words, apostrophes normalised, possessive endings and punctuation dropped."""
    text = text.replace("\u2019", "'").casefold()
    text = re.sub(r"'s\b", "", text)
    return re.findall(r"[\w][\w.&-]*", text)


def _norm(name: str) -> str:
    """Lookup key of a name: the one normaliser the registry and actors use."""
    return name_key(name)


def _sentence_starts(doc: Doc, text: str) -> list[int]:
    """Character offsets where sentences or paragraphs start.

    The small model's sentences often run over a paragraph break, which would put a
    pronoun in the same "sentence" as the previous paragraph's people; a line break is
    always a boundary in news text.
    """
    starts = {0}
    if doc.has_annotation("DEP") or doc.has_annotation("SENT_START"):
        starts.update(sent.start_char for sent in doc.sents)
    starts.update(m.end() for m in re.finditer(r"\n\s*", text))
    return sorted(starts)


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
    known = ctx.by_name.get(_norm(name))
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
    known = ctx.by_name.get(_norm(full))
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


def _org_named_as_kind(ctx: _Context, mention: str, start: int) -> Actor | None:
    """ "The European Airbus Industrie consortium has obtained ..., the consortium
    said", "Burnham Fund, a mutual fund, ... The fund said": a definite description in
    lower case headed by a kind of body (`NAMED_KIND_NOUNS`) is the one organisation
    the article named before with that noun: as the last word of its name ("American
    Stock Exchange"), right after it ("the Airbus Industrie consortium") or in
    apposition (", a mutual fund"), outside any quotation but the story's first words
    when they are about a body (`_lead_body`), each word of the description among the
    words it was named with. Two bodies named so ("the New York Stock Exchange ... the
    American Stock Exchange"), or none, or one named in a reporting clause left
    without a speaker (`_in_open_report`): open."""
    words = _words(mention)
    if len(words) < 2 or words[0] != "the" or words[-1] not in NAMED_KIND_NOUNS:
        return None
    if not mention[4:].islower():
        return None  # "the Paris Bourse": a name, other rules read it
    head, modifiers = words[-1], words[1:-1]
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
        if found is None and _words(ctx.text[s:e])[-1:] != [head]:
            continue
        if found is not None and found.groups():
            said |= set(_words(found.group(1) or ""))
        if all(w in said for w in modifiers) and actor not in named:
            named.append(actor)
    if len(named) != 1 or _in_open_report(ctx, named[0], start):
        return None
    return named[0]


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
    known = ctx.by_name.get(_norm(first))
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
    known = ctx.by_name.get(_norm(tail))
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
    known = ctx.by_name.get(_norm(name))
    if known is not None and known.type != "organization":
        return None
    at = ctx.text.find(name, start)
    return _body_actor(ctx, name, at, at + len(name))
