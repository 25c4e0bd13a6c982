"""Entities the model split or joined wrongly: "AT & T", "Procter & Gamble", surnames with
particles, a body named after two places.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract import actor_cues, actor_spans
from generator.extract.actor_cues import MEMBER_WORDS
from generator.extract.actors.and_co import and_co_end, bracketed_form_end, founders_before_commas
from generator.extract.actors.cut_bodies import body_run_on, committee_noun_after
from generator.extract.actors.lexicon import (
    _NOT_NAME_START,
    COURT_SEAT_WORDS,
    FIRMS_AT_AND_KEY,
    MINISTRY_NOUNS,
    ORG_INTRO_NOUNS,
    ORG_WORDS,
)
from generator.extract.actors.names import COMPANY_SUFFIXES, _company_suffix, _party_words
from generator.extract.actors.nationality_firms import nationality_led_firm
from generator.extract.actors.places import KNOWN_PLACES, gazetteer
from generator.extract.actors.vocabulary import (
    SURNAME_PARTICLES,
    _common_word,
    _common_words,
    dictionary_words,
)
from generator.extract.given_names import GIVEN_NAMES, LISTED_GIVEN_NAMES
from generator.extract.punctuation import OPENING_QUOTES
from generator.reading.layout import doc_text


def _joined_entities(doc: Doc) -> list[Span]:
    """The model's entities, with two kinds of cut names made whole again.

    A given name the model left out or called a nationality, right before a surname
    it tagged ("Adrian" + "Mutu"; a listed given name only before a surname it tagged
    as a person): the person's full name. An organisation's name cut
    at "for the" / "of the" after an organisation word ("United Nations Office" + "for
    the" + "Coordination of Humanitarian Affairs", "Northeast Ohio Coalition" + "for
    the" + "Homeless", the people it works for tagged a nationality): one body.
    """
    ents = list(doc.ents)
    out: list[Span] = []
    firms_at_and: list[list[str]] = []  # the words of names made whole at their "and"
    doc.user_data[FIRMS_AT_AND_KEY] = set()
    i = 0
    while i < len(ents):
        ent = actor_spans.trimmed_at_break(doc, _through_particles(doc, ents[i]))
        ent = actor_spans.cut_name_start(doc, ent, _common_words(), _NOT_NAME_START)
        ent = actor_spans.foreign_body_before(doc, ent)
        ent = _through_trailing_of(doc, _with_head_before_and(doc, ent))
        ent = committee_noun_after(doc, ent, ORG_WORDS)  # "House Appropriations subcommittee"
        ent = _cut_before_for(doc, ent, ents)  # "Arsenal" + "for the Premiership"
        whole = _joined_to_tagged_head(doc, out[-1], ent) if out else None
        if whole is None and out:
            whole = _committee_of_two_fields(doc, out[-1], ent)
        if whole is None and out:
            whole = nationality_led_firm(doc, out[-1], ent)  # "American" + "Honda"
        if whole is not None:
            out.pop()  # "the Halden Digital" + "and" + "Rural Life Project", twice
            ent = whole
        ent = _constituency_of_two_names(doc, ent)
        if out and ent.start <= out[-1].start and out[-1].end <= ent.end:
            out.pop()  # "Banco" tagged alone before "do Brasil": one name
        run_on = actor_spans.through_portuguese_particle(doc, ent)
        if run_on is not None and _known_whole(run_on):
            ent = run_on
        joined = actor_spans.joined_at_portuguese_particle(doc, out[-1], ent) if out else None
        if joined is not None and _known_whole(joined):
            out.pop()  # "Mato Grosso" + "do" + "Sul"; "Banco" + "do" + "Brasil"
            ent = joined
        if out and out[-1].start == ent.start and out[-1].end < ent.end:
            out.pop()  # "Kentish" tagged alone before "Town": one name
        if out and ent.start < out[-1].end:  # swept into the name before: "Vijver"
            i += 1
            continue
        firm_end = actor_spans.firm_suffix_after(doc, ent, _company_suffix)
        if firm_end > ent.end:  # "Harcourt Brace" + "Jovanovich Inc"
            ent = Span(doc, ent.start, firm_end, label="ORG")
        and_end = _firm_through_and(doc, ent)
        if and_end > ent.end:  # "American Telephone" + "and Telegraph Co"
            ent = Span(doc, ent.start, and_end, label="ORG")
            doc.user_data[FIRMS_AT_AND_KEY].add((ent.start, ent.end))
        co_end = max(and_co_end(doc, ent), bracketed_form_end(doc, ent))
        if co_end > ent.end:  # "Paine Webber" (a person, says the model) + "and Co"
            ent = Span(doc, ent.start, co_end, label="ORG")
            doc.user_data[FIRMS_AT_AND_KEY].add((ent.start, ent.end))
        firm_start = actor_spans.firm_start_before_and(doc, ent, COMPANY_SUFFIXES, _NOT_NAME_START)
        if firm_start < ent.start and out and firm_start <= out[-1].start:
            out.pop()  # "Gulf" tagged a region before "and Western Inc": one firm's name
        if firm_start < ent.start and (not out or out[-1].end <= firm_start):
            ent = Span(doc, firm_start, ent.end, label="ORG")  # "Cable" + "and Wireless Plc"
            doc.user_data[FIRMS_AT_AND_KEY].add((ent.start, ent.end))
        if ent.label_ == "ORG" and actor_spans.firm_with_and(ent, COMPANY_SUFFIXES):
            firms_at_and.append(ent.text.split())  # "Cable and Wireless Plc", whole
        if ent.label_ in {"PERSON", "ORG", "GPE"} and len(ent) <= 2 and ent.start > 0:
            given = doc[ent.start - 1]
            if (
                (
                    given.text in GIVEN_NAMES
                    or (given.text in LISTED_GIVEN_NAMES and ent.label_ == "PERSON")
                )
                and given.pos_ == "PROPN"
                and given.ent_type_ in {"", "NORP"}
                and given.head.i in range(ent.start, ent.end)
                and given.dep_ in {"compound", "amod", "nmod"}
                and (not out or out[-1].end <= given.i or out[-1].start == given.i)
            ):
                if out and out[-1].end == given.i + 1 and out[-1].start == given.i:
                    out.pop()  # the given name tagged alone as a nationality
                ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
        after = doc[ent.end] if ent.end < len(doc) else None
        if (
            ent.label_ == "NORP"
            and len(ent) == 1
            and ent.text in GIVEN_NAMES
            and after is not None
            and after.pos_ == "PROPN"
            and after.is_title
            and after.ent_type_ == ""
            and ent[0].head.i == after.i
        ):
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")  # "Adrian" + "Mutu"
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (
            nxt is not None
            and ent.label_ == "ORG"
            and (nxt.label_ == "ORG" or _whole_group_noun(doc, nxt))
            and ent[-1].lower_ in ORG_WORDS
            and ent.end < nxt.start  # a name the rules above extended may reach nxt
            and doc[ent.end].lower_ in {"for", "of"}
            and all(t.lower_ == "the" for t in doc[ent.end + 1 : nxt.start])
            and nxt.start - ent.end <= 2
            and nxt[-1].is_title
        ):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        body = body_run_on(doc, ent, nxt, ORG_WORDS, _common_word) if nxt else None
        if body is not None:
            out.append(body)  # "House" + "of Fraser"; "Chicago's" + "Graduate Business School"
            i += 2
            continue
        court = _court_with_its_seat(doc, ent, nxt) if nxt is not None else None
        if court is not None:
            out.append(court)  # "U.S. Court of Appeals" + "for the" + "Seventh Circuit"
            i += 2
            continue
        if nxt is not None and actor_spans.firm_continues(
            doc, ent, nxt, COMPANY_SUFFIXES, _common_words()
        ):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))  # "... and Production Inc."
            i += 2
            continue
        if nxt is not None and (
            actor_spans.one_firm_at_and(
                doc, ent, nxt, COMPANY_SUFFIXES, MINISTRY_NOUNS, _common_words()
            )
            or actor_spans.short_form_at_and(doc, ent, nxt, firms_at_and)
        ):
            joined = Span(doc, ent.start, nxt.end, label="ORG")
            out.append(joined)  # "Cable and Wireless Plc", then "Cable and Wireless"
            firms_at_and.append(joined.text.split())
            doc.user_data[FIRMS_AT_AND_KEY].add((joined.start, joined.end))
            i += 2
            continue
        if nxt is not None and actor_spans.foreign_firm_continues(doc, ent, nxt, _company_suffix):
            start = ent.start + (ent[0].lower_ in ORG_INTRO_NOUNS and len(ent) > 1)
            out.append(Span(doc, start, nxt.end, label="ORG"))  # "Bank" + "fuer" + "... AG"
            i += 2
            continue
        if nxt is not None and actor_spans.campus_continues(doc, ent, nxt):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))  # "... at Chapel Hill"
            i += 2
            continue
        if nxt is not None and _split_at_particles(doc, ent, nxt):
            out.append(Span(doc, ent.start, nxt.end, label="PERSON"))  # "Sandra" den "Hamer"
            i += 2
            continue
        if nxt is not None and _surname_a_weekday(doc, ent, nxt):
            out.append(Span(doc, ent.start, nxt.end, label="PERSON"))  # "Mike" + "Friday"
            i += 2
            continue
        if nxt is not None and _body_of_two_places(doc, ent, nxt):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))  # "... of England and Wales"
            i += 2
            continue
        out.append(ent)
        i += 1
    return founders_before_commas(doc, out)  # "Littlefield, Adams and Co"


def _surname_a_weekday(doc: Doc, ent: Span, nxt: Span) -> bool:
    """ "said England sevens coach Mike Friday": a given name the model tagged a person,
    right before a weekday it tagged a date, is one person whose surname is the day's
    name (the model split him in two, and the briefing listed no one). Not a day that
    times the clause: one followed by "that", a part of the day or a number ("told
    Hillary Monday that ...", `day_continuations`), nor one after a line break."""
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.text not in GIVEN_NAMES:
        return False
    if nxt.label_ != "DATE" or len(nxt) != 1 or nxt.start != ent.end:
        return False
    day = nxt[0]
    if day.lower_ not in actor_spans.CALENDAR["weekdays"] or not day.is_title:
        return False
    if ent[-1].whitespace_ != " ":
        return False
    after = doc[nxt.end] if nxt.end < len(doc) else None
    return after is None or not (after.lower_ in _DAY_CONTINUATIONS or after.like_num)


_DAY_CONTINUATIONS = actor_spans.CALENDAR["day_continuations"]


def _cut_before_for(doc: Doc, ent: Span, ents: list[Span]) -> Span:
    """ "battle it out with Arsenal for the Premiership", "approval from Congress for
    the Contras": a one-word name the model ran on through a "for" phrase, when the
    article tags that word alone elsewhere ("Arsenal"): the name is that word. A body
    named "X for Y" ("Transport for London", "Club for Growth") opens with a word the
    article never tags alone."""
    if len(ent) < 3 or ent[1].lower_ != "for" or not ent[0].text[:1].isupper():
        return ent
    word = ent[0].text
    if any(len(other) == 1 and other.text == word for other in ents if other is not ent):
        return Span(doc, ent.start, ent.start + 1, label=ent.label_)
    return ent


# The most capitalised words a body's name holds before its "and" ("Pew Internet and
# American Life Project") or after a trailing "of the" ("Office of the Deputy Prime
# Minister").
MAX_NAME_RUN = 3


def _with_head_before_and(doc: Doc, ent: Span) -> Span:
    """An organisation's name the model cut to the words after its "and": "Pew Internet"
    + "and" + "American Life Project", "local group Victims" + "and" + "Citizens Against
    Crime". The capitalised words before "and" are the name's head when the model tagged
    none of them a name of its own (a nationality only after a body's noun: "group"),
    they are no party, place, title or given name, they follow no list ("Apple, Pew and
    ..."), and the article never writes them without this "and": a body named on its
    own elsewhere ("Texaco said") is a second body, not the head of this one. Words that
    are no English words make a name of their own ("the Eximbank and Credit Suisse
    First Boston"): they are a head only when the pair is written so twice or more."""
    if ent.label_ != "ORG" or len(ent) < 2 or ent.start < 2 or not ent[0].is_title:
        return ent
    if doc[ent.start - 1].lower_ != "and":
        return ent
    start = ent.start - 1
    while start > 0 and ent.start - 1 - start < MAX_NAME_RUN and _head_word(doc[start - 1]):
        start -= 1
    head = doc[start : ent.start - 1]
    if not len(head):
        return ent
    before = doc[start - 1] if start > 0 else None
    if before is not None and (before.is_title or before.text in {",", ";", "&", "and", "or"}):
        return ent  # a longer run, or a list of names
    if any(t.ent_type_ == "NORP" for t in head) and (
        before is None or before.lower_ not in ORG_INTRO_NOUNS
    ):
        return ent  # "the Conservatives and Liberal Democrats": two parties
    if len(head) == 1 and head[0].is_sent_start:
        return ent  # a sentence's first word is capitalised whatever it is
    if _complete_body(head[-1]):
        return ent  # "Citizens Bank and Canal Bank": two banks
    text = doc_text(doc)
    if not _written_only_before(text, head.text, ent.text):
        return ent
    # a head of name words ("the Eximbank and Credit Suisse First Boston", once) may be
    # a body of its own; one of English words ("Pew Internet") is only part of a name
    written = len(re.findall(rf"\b{re.escape(head.text)}\b", text))
    if written < 2 and not all(_common_word(t.lower_) for t in head):
        return ent
    doc.user_data[FIRMS_AT_AND_KEY].add((start, ent.end))  # one name: no list to split
    return Span(doc, start, ent.end, label="ORG")


def _joined_to_tagged_head(doc: Doc, head: Span, ent: Span) -> Span | None:
    """The whole name when the model tagged both sides of a body's "and" as names ("the
    Halden Digital" + "and" + "Rural Life Project") and the article writes them
    together only, twice or more: one name, for a second body would be named on its
    own somewhere. Two firms named together ("Sony and Walt Disney Co") are so named
    once, or the first ends as a body's name does ("Citizens Bank and Canal Bank")."""
    if head.label_ != "ORG" or ent.label_ != "ORG" or len(ent) < 2 or not ent[0].is_title:
        return None
    words = [t for t in head if t.lower_ not in {"the", "and"}]
    joined_by_and = (head.end == ent.start - 1 and doc[head.end].lower_ == "and") or (
        head.end == ent.start and head[-1].lower_ == "and"
    )
    if not joined_by_and or not 1 <= len(words) <= MAX_NAME_RUN:
        return None
    if not all(t.is_title and t.is_alpha for t in words) or _complete_body(words[-1]):
        return None
    head_text = doc[words[0].i : words[-1].i + 1].text
    text = doc_text(doc)
    # an adjective alone is no body's name, whatever the model tagged ("Public" of "the
    # Public and Commercial Services Union"): written so once is enough, before the name
    # of a body of members (a firm's may follow a firm's: "Continental and American")
    adjective = (
        len(words) == 1
        and words[0].lower_ in dictionary_words().get("adj", ())
        and ent[-1].lower_ in MEMBERS_BODY_HEADS
    )
    if len(re.findall(rf"\b{re.escape(head_text)}\b", text)) < 2 and not adjective:
        return None
    if not _written_only_before(text, head_text, ent.text):
        return None
    tail_uses = [m.start() for m in re.finditer(rf"\b{re.escape(ent.text)}\b", text)]
    after_head = re.compile(rf"{re.escape(head_text)}\s+and\s+$")
    if not all(after_head.search(text, max(0, use - 200), use) for use in tail_uses):
        return None
    doc.user_data[FIRMS_AT_AND_KEY].add((words[0].i, ent.end))  # one name: no list to split
    return Span(doc, words[0].i, ent.end, label="ORG")


# A legislature's chamber, which opens its committees' names: "the House Education and
# the Workforce Committee", "the Senate Health, Education, Labor and Pensions Committee".
# The chambers of the one lexicon (actor_spans.toml), but Congress, whose joint
# committees are not named so.
CHAMBER_WORDS = actor_cues.CHAMBER_WORDS - {"congress"}
MEMBERS_BODY_HEADS = actor_spans.WORDS["members_body_heads"]


def _committee_of_two_fields(doc: Doc, head: Span, ent: Span) -> Span | None:
    """A chamber's committee named for two fields, which the model cut at its "and":
    "the House Education" + "and" + "the Workforce Committee", "the Senate Energy" +
    "and" + "Natural Resources Committee". One body, or None.

    The head is the chamber and one or two capitalised words that end no body's name
    ("Education"); the tail, after "and" and perhaps "the", capitalised common words
    ending with "Committee" or "Subcommittee"; the article writes neither half alone.
    Split, the briefing listed "House Education" and "Workforce Committee", neither a
    body's name."""
    if head.label_ != "ORG" or ent.label_ != "ORG":
        return None
    words = [t for t in head if t.lower_ != "the"]
    tail = [t for t in ent if t.lower_ != "the"]
    between = doc[head.end : ent.start]
    if not (2 <= len(words) <= 3 and 2 <= len(tail) <= 4) or words[0].lower_ not in CHAMBER_WORDS:
        return None
    if [t.lower_ for t in between] not in (["and"], ["and", "the"]) or head[-1] != words[-1]:
        return None
    if tail[-1].lower_ not in {"committee", "subcommittee"}:
        return None
    if not all(t.is_title and t.is_alpha for t in [*words, *tail]):
        return None
    if _complete_body(words[-1]) or not all(_common_word(t.lower_) for t in tail):
        return None
    head_text = doc[words[0].i : words[-1].i + 1].text
    tail_text = doc[tail[0].i : tail[-1].i + 1].text
    text = doc_text(doc)
    joined = re.compile(rf"{re.escape(head_text)}\s+and\s+(?:the\s+)?{re.escape(tail_text)}")
    together = len(joined.findall(text))
    if together == 0 or together != len(re.findall(rf"\b{re.escape(tail_text)}\b", text)):
        return None
    if together != len(re.findall(rf"\b{re.escape(head_text)}\b", text)):
        return None
    doc.user_data[FIRMS_AT_AND_KEY].add((words[0].i, ent.end))  # one name: no list to split
    return Span(doc, words[0].i, ent.end, label="ORG")


def _firm_through_and(doc: Doc, ent: Span) -> int:
    """The end of a firm's name that the model cut before its "and", the rest left
    untagged: "American Telephone" + "and Telegraph Co", "S.G. Warburg" + "and Co Ltd".
    Up to two capitalised words no entity holds, then one or two company suffixes and
    no capitalised word after them; `ent.end` otherwise, and when the name before "and"
    ends with a suffix of its own (two firms). Cut, the briefing listed
    "American Telephone", a name no firm goes by."""
    i = ent.end
    if ent.label_ != "ORG" or not ent[-1].is_alpha or i >= len(doc) or doc[i].lower_ != "and":
        return ent.end
    if _company_suffix(ent[-1].text):
        return ent.end  # "Lac Minerals Ltd and Cambior Inc": two firms
    i += 1
    words = 0
    while (
        i < len(doc)
        and words < 2
        and doc[i].is_title
        and doc[i].is_alpha
        and doc[i].ent_iob_ == "O"
        and not _company_suffix(doc[i].text)
    ):
        i, words = i + 1, words + 1
    suffixes = 0
    while i < len(doc) and suffixes < 2 and _company_suffix(doc[i].text):
        if doc[i].ent_iob_ == "B":
            return ent.end  # "... and Co" opening a name of its own
        i, suffixes = i + 1, suffixes + 1
    if not suffixes or (i < len(doc) and doc[i].is_title and doc[i - 1].whitespace_):
        return ent.end
    return i


def _complete_body(last: Token) -> bool:
    """Whether a head before "and" ends as a body's whole name does: with an
    organisation's word or a company suffix ("Citizens Bank", "Thomson Co")."""
    return last.lower_ in ORG_WORDS or _company_suffix(last.text)


def _head_word(token: Token) -> bool:
    """A word that may open a body's name before its "and": capitalised, no name of its
    own by the model (or a nationality), no party, place, title or given name."""
    return (
        token.is_title
        and token.is_alpha
        and token.ent_type_ in {"", "NORP"}
        and token.lower_ not in _party_words()
        and token.lower_ not in _NOT_NAME_START
        and token.lower_ not in KNOWN_PLACES
        and token.text not in GIVEN_NAMES
    )


def _written_only_before(text: str, head: str, tail: str) -> bool:
    """Whether every use of `head` in `text` stands right before "and" and `tail`. A use
    of English words that opens a sentence or a quotation before a noun is capitalised
    whatever it is ("Public sector pension schemes need ..."): no use of a name
    ("Citibank's surprise increase", "Universal is to start" are)."""
    found = re.finditer(rf"\b{re.escape(head)}\b", text)
    common = all(_common_word(w.casefold()) for w in head.split())
    uses = [use for use in found if not (common and _adjective_opening(text, use))]
    together = re.compile(rf"\s+and\s+{re.escape(tail.split()[0])}\b")
    return bool(uses) and all(together.match(text, use.end()) for use in uses)


def _adjective_opening(text: str, use: re.Match[str]) -> bool:
    """Whether the words found open the text, a sentence or a quotation, before a noun
    in lower case: "Public sector pension schemes" (not "Universal is to start")."""
    before = text[: use.start()].rstrip(" \t")
    if before and before[-1] not in ".!?\n" and before[-1] not in OPENING_QUOTES:
        return False
    after = re.match(r"\s+([a-z]+)\b", text[use.end() : use.end() + 40])
    words = dictionary_words()
    return (
        after is not None
        and after[1] in words.get("noun", ())
        and after[1] not in words.get("verb", ())
    )


def _through_trailing_of(doc: Doc, ent: Span) -> Span:
    """An organisation's name the model cut after its "of the" or "for": "the Office of
    the" + "Deputy Prime Minister". Run on through the capitalised words that follow
    (up to three, ending where the capitals do); an entity there is swept in."""
    if ent.label_ != "ORG" or len(ent) < 2:
        return ent
    tail = 2 if ent[-1].lower_ == "the" else 1
    if len(ent) <= tail or ent[-tail].lower_ not in {"of", "for"}:
        return ent
    end = ent.end
    while end < len(doc) and end - ent.end < MAX_NAME_RUN + 1 and doc[end].is_title:
        end += 1
    if end == ent.end or (end < len(doc) and doc[end].is_title):
        return ent
    if any(not t.is_alpha or t.ent_iob_ != "O" for t in doc[ent.end : end]):
        return ent  # "The Life and Death of" + "Peter Sellers": a title and a person
    return Span(doc, ent.start, end, label="ORG")


# Members elected for one seat ("MP", "MSP", "member"): what follows "for" is one
# constituency, whose name may hold "and" ("the MP for Grantham and Stamford").
SEAT_MEMBER_WORDS = frozenset(w for w in MEMBER_WORDS if not w.endswith("s") or w == "ms")


def _constituency_of_two_names(doc: Doc, ent: Span) -> Span:
    """ "the MP for Grantham and Stamford": one seat, which the model cut at its "and"
    into two names (or a person and a place). Only after one member's word ("MP",
    "member"; not "MPs for Bury and Bolton", two seats), and only when the words after
    "and" end the name (punctuation or a small word follows)."""
    i = ent.start
    if i < 2 or doc[i - 1].lower_ != "for" or doc[i - 2].lower_ not in SEAT_MEMBER_WORDS:
        return ent
    word = doc[i - 2]
    if not (word.is_upper or (word.is_lower and word.lower_ == "member")):
        return ent
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
        return ent
    end = ent.end + 1
    while end < len(doc) and end - ent.end <= MAX_NAME_RUN and doc[end].is_title:
        end += 1
    if end == ent.end + 1 or (end < len(doc) and doc[end].is_title):
        return ent
    if not all(t.is_title and t.is_alpha for t in doc[ent.start : ent.end]):
        return ent
    doc.user_data[FIRMS_AT_AND_KEY].add((ent.start, end))  # one name: no list to split
    return Span(doc, ent.start, end, label="GPE")


def _whole_group_noun(doc: Doc, span: Span) -> bool:
    """A people's name the model tagged a nationality that ends the phrase: "Homeless"
    of "Coalition for the Homeless" (not "British" of "Association of the British
    Pharmaceutical Industry", which goes on)."""
    after = doc[span.end] if span.end < len(doc) else None
    return span.label_ == "NORP" and (after is None or not after.is_title)


def _court_with_its_seat(doc: Doc, ent: Span, nxt: Span) -> Span | None:
    """A court's whole name, which the model cut before its "for the" and the seat after
    ("the U.S. Court of Appeals" + "for the" + "Seventh Circuit", the seat tagged an
    organisation or a place): one body, or None. Split, the court showed as "U.S. Court
    of Appeals", the same name as every other circuit's, and its seat as a body or a
    place of its own ("District of Columbia Circuit"). A seat "District" runs on through
    its "of" and the place after ("the Southern District of New York")."""
    if ent.label_ != "ORG" or not any(t.lower_ == "court" for t in ent):
        return None
    if nxt.label_ not in {"ORG", "GPE", "LOC"} or not 1 <= nxt.start - ent.end <= 2:
        return None
    if doc[ent.end].lower_ != "for" or any(t.lower_ != "the" for t in doc[ent.end + 1 : nxt.start]):
        return None
    if not any(t.lower_ in COURT_SEAT_WORDS and t.is_title for t in nxt):
        return None
    end = nxt.end
    place = doc[end + 1] if nxt[-1].lower_ == "district" and end + 1 < len(doc) else None
    if (
        place is not None
        and doc[end].lower_ == "of"
        and place.ent_iob_ == "B"
        and place.ent_type_ == "GPE"
    ):
        end = place.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1  # "the Southern District" + "of" + "New York"
    return Span(doc, ent.start, end, label="ORG")


# A surname opening with O' or D' and a capital, either apostrophe: "O\u2019Leary", "D'Amato".
APOSTROPHE_SURNAME = re.compile(r"[OD]['\u2019][A-Z][a-z]+")


def _through_particles(doc: Doc, ent: Span) -> Span:
    """A person's name the model cut after a surname's particle ("Walter van" of
    "Walter van der Vijver"), run on to the capitalised word after the particles; or
    cut before an O'/D' surname it left untagged ("Ann" of "Ann O\u2019Leary")."""
    if (
        ent.label_ == "PERSON"
        and ent.end < len(doc)
        and ent[-1].whitespace_
        and doc[ent.end].ent_iob_ == "O"
        and APOSTROPHE_SURNAME.fullmatch(doc[ent.end].text)
    ):
        return Span(doc, ent.start, ent.end + 1, label="PERSON")
    if ent.label_ != "PERSON" or len(ent) < 2:
        return ent
    last = ent[-1].text
    capital = last.istitle() and last.lower() in SURNAME_PARTICLES  # "Gerard Van" der Klugt
    if last not in SURNAME_PARTICLES and not capital:
        return ent
    j = ent.end
    while j < len(doc) and doc[j].text in SURNAME_PARTICLES:
        j += 1
    if capital and j == ent.end:
        return ent  # "Gerard Van" alone: Van may be the surname itself
    if j < len(doc) and doc[j].is_title and doc[j].is_alpha:
        return Span(doc, ent.start, j + 1, label="PERSON")
    return ent


def _split_at_particles(doc: Doc, ent: Span, nxt: Span) -> bool:
    """Whether the model tagged a given name and a surname as two people either side of
    the surname's lower-case particles ("Sandra" den "Hamer", "Ludwig" van "Beethoven"):
    one person. Only particles between them, on one line."""
    if ent.label_ != "PERSON" or nxt.label_ != "PERSON" or nxt.start <= ent.end:
        return False
    between = doc[ent.end : nxt.start]
    return all(t.text in SURNAME_PARTICLES and "\n" not in t.whitespace_ for t in between) and (
        "\n" not in ent[-1].whitespace_
    )


def _known_whole(joined: Span) -> bool:
    """Whether `joined`, a name run across a Portuguese particle, is a body's (its head
    noun says so: "Banco do Brasil") or a place the gazetteer holds ("Mato Grosso do
    Sul"); other runs ("Matto Grosso do Sul", "Mato Grosso do Sul: 15 pct Mato Grosso"
    in a table) stay as the model cut them."""
    return (
        joined[0].lower_ in actor_spans.FOREIGN_BODY_HEADS or joined.text.casefold() in gazetteer()
    )


def _body_of_two_places(doc: Doc, ent: Span, nxt: Span) -> bool:
    """ "the Police Federation of England and Wales", "the Law Society of England and
    Wales": a body's name ending "of" and a known place, cut by the model before "and"
    and a second known place that ends the phrase."""
    after = doc[nxt.end] if nxt.end < len(doc) else None
    return (
        ent.label_ == "ORG"
        and nxt.label_ in {"GPE", "LOC"}
        and len(ent) >= 4
        and ent[-2].lower_ == "of"
        and ent[-3].lower_ in ORG_WORDS
        and ent[-1].lower_ in KNOWN_PLACES
        and nxt.start == ent.end + 1
        and doc[ent.end].lower_ == "and"
        and len(nxt) == 1
        and nxt[0].lower_ in KNOWN_PLACES
        and (after is None or after.is_punct or after.pos_ in {"VERB", "AUX"})
    )
