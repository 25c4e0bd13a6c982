"""A firm named as its founders' names and "and Co" ("Paine Webber and Co", "James Capel
and Co", "Samuel Montagu and Co Ltd", "Edwards & Sons").

The model tags the founders' names as a person and the "Co" as an organisation of its
own (or not at all), and the briefing listed "Paine Webber" as a person (or as the
firm's name cut short) and "Co" as junk. The words after "and" are company suffixes
only ("Co", "Co Ltd", "Sons", "Partners": `COMPANY_SUFFIXES`), so the whole is one
firm's name: a list of two bodies would name a second body after its "and". So is a
name with a bracketed qualifier and a legal form after it ("James Capel (Far East)
Ltd", "Hoare Govett (Asia) Ltd"): the firm's arm, whatever the model tagged in it.
And so are the founders' names set off by commas before such a firm ("Littlefield,
Adams and Co", "Peat, Marwick, Mitchell and Co", "Prescott, Ball and Turben Inc."),
however the model cut them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_spans import CALENDAR
from generator.extract.actors.lexicon import FIRMS_AT_AND_KEY
from generator.extract.actors.names import _company_suffix
from generator.extract.actors.places import _known_place, gazetteer

#: The labels of a name that "and Co" may close: founders' names the model calls a
#: person, a firm or (a family name it knows as a town) a place.
FOUNDER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
AND_WORDS = frozenset({"and", "&"})
#: Company suffixes after the "and": "Co" or "Co Ltd", "Co Inc" (two at most).
MAX_SUFFIXES = 2


def and_co_end(doc: Doc, ent: Span) -> int:
    """The end of the firm's name `ent` opens when "and" (or "&") and company suffixes
    only follow it ("Paine Webber" + "and Co"), whether or not the model tagged the
    suffixes; `ent.end` otherwise. No capitalised word may follow the suffixes ("and
    Co Chairman Smith" is still the firm, but "and Company Town" names something
    else), and the name itself must end in a word, not a suffix of its own ("Lac
    Minerals Ltd and Co" does not occur; two firms each carry their own suffix)."""
    i = ent.end
    if ent.label_ not in FOUNDER_LABELS or i + 1 >= len(doc) or doc[i].lower_ not in AND_WORDS:
        return ent.end
    if not ent[-1].is_alpha or not ent[-1].is_title or _company_suffix(ent[-1].text):
        return ent.end
    i += 1
    suffixes = 0
    while i < len(doc) and suffixes < MAX_SUFFIXES and _company_suffix(doc[i].text):
        i, suffixes = i + 1, suffixes + 1
    if not suffixes:
        return ent.end
    after = doc[i] if i < len(doc) else None
    if (
        after is not None
        and after.is_title
        and after.is_alpha
        and doc[i - 1].whitespace_
        and not after.is_sent_start
    ):
        return ent.end
    return i


def founders_firm(name: str) -> bool:
    """Whether `name` is a firm named as its founders and "and Co" ("James Capel and
    Co", "Samuel Montagu and Co Ltd"): the founders' names alone, elsewhere in the
    story ("James Capel expects ..."), are that firm's short name, not a person, unless
    the text's words make them one (a role, an honorific, "he")."""
    words = name.split()
    suffixes = 0
    while words and suffixes < MAX_SUFFIXES and _company_suffix(words[-1]):
        words.pop()
        suffixes += 1
    return bool(suffixes) and len(words) >= 2 and words[-1] in AND_WORDS


#: How many words a bracketed qualifier may hold: "(Far East)", "(U.K.)", "(Asia)".
MAX_QUALIFIER_WORDS = 3


def bracketed_form_end(doc: Doc, ent: Span) -> int:
    """The end of the firm's name `ent` opens when a bracketed qualifier of capitalised
    words and a company suffix follow it ("James Capel" + "(Far East) Ltd"); `ent.end`
    otherwise."""
    i = ent.end
    if ent.label_ not in FOUNDER_LABELS or i >= len(doc) or doc[i].text != "(":
        return ent.end
    j = i + 1
    while j < len(doc) and j - i <= MAX_QUALIFIER_WORDS and doc[j].text != ")":
        if not (doc[j].is_title or doc[j].is_upper):
            return ent.end
        j += 1
    if j == i + 1 or j >= len(doc) or doc[j].text != ")":
        return ent.end
    k = j + 1
    suffixes = 0
    while k < len(doc) and suffixes < MAX_SUFFIXES and _company_suffix(doc[k].text):
        k, suffixes = k + 1, suffixes + 1
    return k if suffixes else ent.end


#: What may come before a list's name: a founder's name after one of these is a list's
#: next name ("Salomon, Kidder and Co and Lazard" names no firm "Salomon, Kidder").
LIST_JOINERS = frozenset({",", ";", "and", "&", "or"})


#: The most founders' names a firm's name lists before its last one: "Merrill Lynch,
#: Pierce, Fenner and Smith Ltd" has three.
MAX_FOUNDERS_BEFORE = 3
#: The most words of one founder's name: "Merrill Lynch", "Smith Barney".
MAX_FOUNDER_WORDS = 2


def founders_before_commas(doc: Doc, spans: list[Span]) -> list[Span]:
    """The entities with every partnership's name made whole: a firm named as its last
    founders and a company suffix ("Mitchell and Co", "Ball and Turben Inc.", "Fenner and
    Smith Ltd") after founders' names set off by commas ("Peat, Marwick, ..."), which the
    model tags as people, firms or nothing. The briefing listed "Peat" and "Marwick" as
    people and "Mitchell and Co" as the firm.

    Each founder's name is one or two capitalised words (not capitals only: "IBM, Smith
    and Co" is a list). The run must stand where a name does, not in a list of names
    (`_opens_name_at`), and it replaces only entities that lie wholly inside it. A name
    made whole is one firm's, never split again at its "and" (`FIRMS_AT_AND_KEY`)."""
    result: list[Span] = []
    for span in spans:
        start = _founders_start(doc, span) if _partners_firm(span) else span.start
        if start < span.start and all(s.end <= start or s.start >= start for s in result):
            result = [s for s in result if s.end <= start]  # the founders tagged apart
            span = Span(doc, start, span.end, label="ORG")
            doc.user_data[FIRMS_AT_AND_KEY].add((span.start, span.end))
        result.append(span)
    return result


def _partners_firm(span: Span) -> bool:
    """Whether an entity is a firm named as one or two founders, "and" and one
    capitalised word or none, and company suffixes: "Mitchell and Co", "Ball and Turben
    Inc.", "Fenner and Smith Ltd"."""
    words = [t for t in span if not t.is_space]
    suffixes = 0
    while words and suffixes < MAX_SUFFIXES and _company_suffix(words[-1].text):
        words.pop()
        suffixes += 1
    if not suffixes or span.label_ not in FOUNDER_LABELS:
        return False
    if words and words[-1].lower_ not in AND_WORDS and _founder_word(words[-1]):
        words.pop()  # the last partner's name: "Turben" of "Ball and Turben Inc."
    if not words or words[-1].lower_ not in AND_WORDS:
        return False
    founders = words[:-1]
    return 1 <= len(founders) <= MAX_FOUNDER_WORDS and all(_founder_word(t) for t in founders)


def _founder_word(token: Token) -> bool:
    """A word of a founder's name: capitalised, written in letters, no capitals only,
    and no function word ("In Boston, Adams and Co said": a town, then the firm)."""
    return token.is_alpha and token.is_title and not token.is_stop


def _founders_start(doc: Doc, firm: Span) -> int:
    """Where the founders' names set off by commas before `firm` begin, or `firm.start`
    when none stand there or they read as a list's items."""
    start, found = firm.start, 0
    while found < MAX_FOUNDERS_BEFORE and start >= 2 and doc[start - 1].text == ",":
        end = begin = start - 1
        while begin > 0 and end - begin < MAX_FOUNDER_WORDS and _founder_word(doc[begin - 1]):
            begin -= 1
        if begin == end or _calendar_word(doc[begin]) or _place_word(doc[begin:end].text):
            break  # "on Thursday, Bear, Stearns and Co": a day; "in Paris, Adams and Co"
        if _company_suffix(doc[end - 1].text):
            break  # "Lazard, Evercore Partners, Moelis & Company": a list of firms
        start, found = begin, found + 1
    return start if found and _opens_name_at(doc, start) else firm.start


def _place_word(words: str) -> bool:
    """Whether a founder's name is a place the lexicon or the gazetteer knows: "Paris,
    Adams and Co" is a town and the firm."""
    return _known_place(words) or words.casefold() in gazetteer()


def _calendar_word(token: Token) -> bool:
    """A weekday or a month, or a word the model tags as a date."""
    word = token.lower_
    return (
        word in CALENDAR["weekdays"]
        or word in CALENDAR["month_names"]
        or (token.ent_type_ in {"DATE", "TIME"})
    )


def _opens_name_at(doc: Doc, begin: int) -> bool:
    """Whether the first founder's name may start at `begin`: where the sentence opens,
    after a bracket, after a word in small letters other than a conjunction ("analyst
    at Prescott, ..."; "Jefferies and Boesky, ..." is a list; a capitalised "In Boston,
    Adams and Co said" opens on a town), or after a comma that follows such a word ("its
    auditor, Peat, ..."; "Salomon, Kidder, Peabody and Co" may be a list)."""
    if begin == 0 or doc[begin].is_sent_start:
        return True
    before = doc[begin - 1]
    if before.text == ",":
        word = doc[begin - 2] if begin >= 2 else None
        return word is not None and word.is_alpha and word.is_lower
    if before.text in {"<", "("}:
        return True
    return before.is_alpha and before.is_lower and before.lower_ not in LIST_JOINERS
