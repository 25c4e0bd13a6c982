"""What the words around a name say it is, when the model's label says otherwise.

Each cue is general news usage, and the words are data (`data/actor_cues.toml`):

- a constituency: "Labour MP for Hornsey and Wood Green", "the Hornsey constituency";
- a place on a map: "the road to Rawandiz", "Rawandiz, some 60 miles north of Kirkuk",
  "60 miles north of Kirkuk";
- a body: "external auditors Arthur Andersen" (a plural noun before one name),
  "OptInRealBig", "JPMorgan" (a capital inside one word, the way brands write),
  "steel producer Krivorizhstal" (the maker of a commodity, before the name);
- no place: "published in Oxford Open Climate Change" (a publication);
- a place: the dateline's "SYRACUSE, N.Y. - ", "MIAMI \u2014 " (a name in capitals opening
  a paragraph before a dash);
- a place: a match's ground, "a 0-0 tie at Old Trafford", "the two sides meet at
  Twickenham" (of a name news writes for grounds: "the tie at Everton" is the club's);
- no actor at all: a unit after a number ("96 KM", "1900 GMT"), a war ("the Gulf
  war"), a span of geological time or an era ("the Holocene", "Reconstruction"), a law
  ("the Sarbanes-Oxley Act", "the Death in Custody Reporting Act"), a contest, a prize,
  a show or a party's gathering ("the Heineken Cup", "the Academy Awards", "the Consumer
  Electronics Show", "the Republican National Convention"), a measure of an economy
  ("the London Interbank Offered Rate", "Gross National Product");
- no name at all: a legislator's party tag ("(D-Newport News)"), a business's trade
  before it ("Software giant Microsoft"), an adjective glued to "-led" ("Italy's
  Socialist-led government");
- the style the person is known by: "Crown Prince Abdullah", not "Prince Abdullah";
- a side of a match: "Everton's 3-1 win over Aston Villa", "beaten 5-1 by Newry", "the
  tie between Millwall and Liverpool", "West Ham fans" (a team, whatever place it is
  named after).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from generator.extract.punctuation import DASH_CHARACTERS
from generator.extract.words import derived_lists, word_lists
from generator.reading.layout import doc_text

_WORDS = word_lists("actor_cues")
MEMBER_WORDS = _WORDS["member_words"]
WAY_NOUNS = _WORDS["way_nouns"]
DISTANCE_UNITS = _WORDS["distance_units"]
COMPASS_WORDS = _WORDS["compass_words"]
ABOUT_WORDS = _WORDS["about_words"]
UNIT_ABBREVIATIONS = _WORDS["unit_abbreviations"]
EPOCH_NAMES = _WORDS["epoch_names"]
WAR_WORDS = _WORDS["war_words"]
STYLE_PREFIXES = _WORDS["style_prefixes"]
SAINT_PREFIXES = _WORDS["saint_prefixes"]
BUILDING_HEADS = _WORDS["building_heads"]
PUBLISHING_WORDS = _WORDS["publishing_words"]
BODY_PLURALS = _WORDS["body_plurals"]
NAME_PREFIXES = _WORDS["name_prefixes"]
COMMODITY_NOUNS = _WORDS["commodity_nouns"]
MAKER_NOUNS = _WORDS["maker_nouns"]
BODY_DESCRIPTION_NOUNS = _WORDS["body_description_nouns"]
RESULT_NOUNS = _WORDS["result_nouns"]
RESULT_VERBS = _WORDS["result_verbs"]
FIXTURE_NOUNS = _WORDS["fixture_nouns"]
FOLLOWER_NOUNS = _WORDS["follower_nouns"]
GROUND_WORDS = _WORDS["ground_words"] | FIXTURE_NOUNS
GROUND_SIDES = _WORDS["ground_sides"]
LAW_WORDS = _WORDS["law_words"]
LAW_JOINERS = _WORDS["law_joiners"]
ERA_NAMES = _WORDS["era_names"]
PARTY_TAG_LETTERS = _WORDS["party_tag_letters"]
TRADE_HEADS = _WORDS["trade_heads"]
LED_PARTICIPLES = _WORDS["led_participles"]
PARTY_TAG_LETTER_FORMS = frozenset(letter.upper() for letter in PARTY_TAG_LETTERS)
MEASURE_HEADS = _WORDS["measure_heads"]
CONTEST_HEADS = _WORDS["contest_heads"]
EVENT_HEADS = _WORDS["event_heads"]
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
GATHERING_HEADS = _WORDS["gathering_heads"]
GATHERING_MAKERS = _WORDS["gathering_makers"]
AWARD_TAIL_JOINERS = frozenset({"for", "of"})
NAME_JOINERS = frozenset({"of", "and", "on", "the", "for", "&"})
INNER_CAPITAL = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")


def _number(token: Token) -> bool:
    return token.like_num or token.pos_ == "NUM"


SLASHED_NUMBER = re.compile(r"\S*/\d[\d:.,]*")


def _slashed_number(token: Token) -> bool:
    """One token ending in a slash and a numeral, as the tokenizer keeps a wire's two
    clock times: "1430 EST/1930 GMT" (the "1930" stuck to "EST/")."""
    return SLASHED_NUMBER.fullmatch(token.text) is not None


def constituency(doc: Doc, span: Span) -> bool:
    """ "MP for X", "the member for X", "the constituency of X": X is a constituency.

    Not "the Latino constituency" (voters) nor "the Commons constituency of X" (the
    House). Only the whole name: "MP for Sleaford and North Hykeham" names one seat, of
    which "Sleaford" alone is a part, and the part is left as the model has it.
    """
    i = span.start
    if (
        span.end + 1 < len(doc)
        and doc[span.end].lower_ in {"and", "&"}
        and doc[span.end + 1].is_title
    ):
        return False
    if i >= 2 and doc[i - 1].lower_ == "for" and doc[i - 2].lower_ in MEMBER_WORDS:
        word = doc[i - 2]
        # "MP", "MEP" in capitals; "member" lower case ("AM" the hour is "am"), one
        # member of the House: "clergy members for Trump", "a staff member for Smith"
        # are supporters and staff, and what follows "for" is the person they serve
        if word.is_upper:
            return True
        return word.lower_ == "member" and not (i >= 3 and doc[i - 3].pos_ == "NOUN")
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ == "constituency"


def _distance_before(doc: Doc, i: int) -> bool:
    """Tokens ending at `i` (exclusive) read "N miles north of" or "N km from"."""
    j = i - 1
    if j < 0 or doc[j].lower_ not in {"of", "from"}:
        return False
    j -= 1
    if doc[j].lower_ == "of":
        return False
    if doc[i - 1].lower_ == "of":
        if j < 0 or doc[j].lower_ not in COMPASS_WORDS:
            return False
        j -= 1
    if j < 1 or doc[j].lower_ not in DISTANCE_UNITS:
        return False
    return _number(doc[j - 1])


def _distance_after(doc: Doc, span: Span) -> bool:
    """ "X, some 60 miles north of": a distance in apposition after the name."""
    j = span.end
    if j >= len(doc) or doc[j].text != ",":
        return False
    j += 1
    if j < len(doc) and doc[j].lower_ in ABOUT_WORDS:
        j += 1
    return (
        j + 2 < len(doc)
        and _number(doc[j])
        and doc[j + 1].lower_ in DISTANCE_UNITS
        and (doc[j + 2].lower_ in COMPASS_WORDS or doc[j + 2].lower_ in {"from", "away"})
    )


def located(doc: Doc, span: Span) -> bool:
    """A place on a map: "the road to X", "60 miles north of X", "X, some 60 miles
    north of Y"."""
    i = span.start
    if (
        i >= 2
        and doc[i - 1].lower_ in {"to", "from"}
        and doc[i - 2].lower_ in WAY_NOUNS
        and doc[i - 2].is_lower
    ):
        return True
    return _distance_before(doc, i) or _distance_after(doc, span)


# What follows the place of a dateline: a state, country or date after a comma ("SYRACUSE,
# N.Y.", "PARIS, Aug 31"), an agency in brackets ("WASHINGTON (AP)"), then a dash.
_DATELINE_REST = re.compile(
    r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t][\w.]+){0,2})?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?"
    f"(?:[{DASH_CHARACTERS}]|--|-)[ \t]"
)


def dateline(doc: Doc, span: Span) -> bool:
    """The place of a dateline: a name in capitals opening a paragraph before a dash,
    "MIAMI \u2014 The rising violence", "SYRACUSE, N.Y. - The last time". The model
    often calls such a word in capitals an organisation, as it would an acronym."""
    start = span.start_char
    if not span.text.isupper() or len(span.text) < 3:
        return False
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    # a paragraph's first line: the text's, or one after a blank line (not a wrapped line)
    previous = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1 : max(line_start - 1, 0)]
    if line_start > 0 and previous.strip():
        return False
    return _DATELINE_REST.match(text, span.end_char) is not None


@cache
def ground_names() -> frozenset[str]:
    """Names news writing uses for a ground ("Twickenham", "Murrayfield") and never for
    a side, derived from a corpus by benchmarks/ground_names.py."""
    return derived_lists("ground_names").get("ground_names", frozenset())


def ground(doc: Doc, span: Span) -> bool:
    """Where a match is played: "a 0-0 tie at Old Trafford", "an encounter against
    Italy at Murrayfield", "the two sides meet on 12 March at Twickenham". The name is
    the object of "at", and "at" hangs on a word of a match (`ground_words`), or on
    "meet" whose subject is a side; "his time at Chelsea", "won 4-1 at Fulham" and
    "ministers met at the Treasury" name no ground. The home side's name stands for its
    ground in the same words ("the FA Cup tie at Everton"): the caller reads this for
    the names of `ground_names` only."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "at":
        return False
    if [t.lower_ for t in doc[prep.i + 1 : span.start]] not in ([], ["the"]):
        return False  # "at London's Earls Court", "at a Wembley hotel"
    head = prep.head
    if not head.is_lower:
        return False
    if head.lower_ in GROUND_WORDS:
        return True
    return head.lemma_.lower() == "meet" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in GROUND_SIDES for c in head.children
    )


def published_in(doc: Doc, span: Span) -> bool:
    """ "published in X", "writing in X": a publication, whatever "in" says."""
    i = span.start
    if i >= 2 and doc[i - 1].lower_ == "the":
        i -= 1
    return i >= 2 and doc[i - 1].lower_ == "in" and doc[i - 2].lower_ in PUBLISHING_WORDS


def body_plural_before(doc: Doc, span: Span) -> bool:
    """ "external auditors Arthur Andersen", "rivals Chelsea": a plural noun for bodies
    right before one name (not a list of names: "brothers Tom and Jim")."""
    i = span.start - 1
    if i < 0 or not doc[i].is_lower or doc[i].lower_ not in BODY_PLURALS:
        return False
    if any(t.like_num for t in span):
        return False  # "analysts Gartner More than 167 million": the model ran on
    root = span.root
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in {",", "and", "&", "or"}:
        nxt = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if nxt is not None and nxt.is_title and after.lower_ != ",":
            return False  # "rivals Chelsea and Arsenal"
        if after.lower_ == "," and nxt is not None and nxt.is_title:
            return False  # "owners Tom, Dick and Harry"
    return True


def unit_after_number(doc: Doc, span: Span) -> bool:
    """ "(96 KM)", "500 MW", "440,700 megawatts (MW)": an abbreviation of a unit right
    after a numeral, or in brackets after a numeral and the unit written out."""
    i = span.start
    if len(span) != 1 or i == 0 or span[0].lower_ not in UNIT_ABBREVIATIONS:
        return False
    if _number(doc[i - 1]) or _slashed_number(doc[i - 1]):
        return True
    return i >= 3 and doc[i - 1].text == "(" and doc[i - 2].is_lower and _number(doc[i - 3])


def event_name(name: str) -> bool:
    """A war ("Gulf war", "Vietnam War") or a span of geological time ("Holocene")."""
    words = name.split()
    if not words:
        return False
    if len(words) == 1:
        return words[0].casefold() in EPOCH_NAMES | ERA_NAMES
    # "Stop the War", "Veterans of Foreign Wars": a body; a war is named by capitalised
    # words alone ("the Gulf war", "the Cold War")
    return words[-1].casefold() in WAR_WORDS and all(w[:1].isupper() for w in words[:-1])


def contest_name(name: str) -> bool:
    """A contest, a ceremony, a prize, a show or a party's gathering: "Heineken Cup",
    "2005 Academy Awards", "Grand Slam", "Erikson Prize for Excellence in Mental
    Coverage", "Consumer Electronics Show", "Democratic National Convention" (data:
    `contest_heads`, `event_heads`, `gathering_heads`).

    The head word ends the name or, for a contest or a prize, is followed by "for" or
    "of" ("Nobel Prize for Peace", "Africa Cup of Nations"), after at least one
    capitalised word; every word before it is capitalised, a year or a joiner, so that a
    phrase the model ran on ("the cup final between Leeds") is no contest.
    """
    words = name.split()
    for i, word in enumerate(words[1:], start=1):
        if not (i == len(words) - 1 or words[i + 1] in AWARD_TAIL_JOINERS):
            continue
        head = word.casefold()
        before = words[:i]
        if not word[:1].isupper() or not all(
            w[:1].isupper() or w.isdigit() or ORDINAL.fullmatch(w) or w in NAME_JOINERS
            for w in before
        ):
            return False  # "55th Berlin Film Festival" has its ordinal
        if head in EVENT_HEADS and i == len(words) - 1:  # "Consumer Electronics Show"
            return any(w[:1].isupper() for w in before)
        if head in CONTEST_HEADS:
            return any(w[:1].isupper() for w in before)
        if head in GATHERING_HEADS:  # not "the National Conference of State Legislatures"
            return i == len(words) - 1 and before[-1].casefold() in GATHERING_MAKERS
    return False


LOWER_CONTEST_HEADS = CONTEST_HEADS - {"open"}  # "shops open on Sunday": a verb


def contest_before_head(doc: Doc, span: Span) -> bool:
    """A name the model cut before the head word of a contest or a prize written in
    lower case: "his 15th Brit award", "a Nobel prize", "the Wimbledon championships".
    Not "open", which is a verb as often ("Tesco stores open at eight")."""
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.is_lower and after.pos_ == "NOUN" and after.lower_ in LOWER_CONTEST_HEADS


# A legislature's chamber, named by one word ("the House", "the Senate"): the one list
# (actor_spans.toml) for every reader of actors
CHAMBER_WORDS = word_lists("actor_spans")["chamber_words"]


def chamber_word_as_noun(doc: Doc, span: Span) -> bool:
    """A chamber's word opening a sentence before a noun in lower case, in an article
    that never writes "the House": "House prices fell further in November" (and the
    headline "House prices drop as sales slow") speak of houses, no chamber."""
    if len(span) != 1 or span[0].lower_ not in CHAMBER_WORDS or span.end >= len(doc):
        return False
    after = doc[span.end]
    if not (after.is_lower and after.pos_ == "NOUN"):
        return False
    first = span[0]
    before = doc[first.i - 1] if first.i > 0 else None
    opens = before is None or first.is_sent_start or "\n" in before.text_with_ws
    word = re.escape(first.text)
    return opens and re.search(rf"\b[Tt]he {word}\b", doc.text) is None


CONTEST_TITLE_NOUNS = _WORDS["contest_title_nouns"]
CONTEST_TITLE_FILLERS = _WORDS["contest_title_fillers"]


def contest_of_title(doc: Doc, span: Span) -> bool:
    """A name right before the noun of a sporting title it says the field of:
    "Commonwealth champion Morgan", "Athens Olympic 100m silver medallist Kim Collins",
    "the Commonwealth and European silver medallist". Up to four words between, each a
    number, a word of `contest_title_fillers` or a nationality's adjective."""
    i = span.end
    while i < len(doc) and i - span.end < 4 and _title_filler(doc[i]):
        i += 1
    return i < len(doc) and doc[i].is_lower and doc[i].lower_ in CONTEST_TITLE_NOUNS


def _title_filler(token: Token) -> bool:
    return token.like_num or token.lower_ in CONTEST_TITLE_FILLERS or token.ent_type_ == "NORP"


def law_name(name: str) -> bool:
    """A law or a treaty: "Sarbanes-Oxley Act", "Serious Organised Crime and Police
    Bill", "Maastricht Treaty", "Death in Custody Reporting Act" (two or more words,
    each capitalised or a joiner, `law_joiners` too, the last a word of `law_words`)."""
    words = name.split()
    return (
        len(words) >= 2
        and words[-1][:1].isupper()
        and words[-1].casefold() in LAW_WORDS
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in NAME_JOINERS or w in LAW_JOINERS for w in words[:-1])
    )


def party_tag(doc: Doc, span: Span) -> bool:
    """A name inside a US legislator's party tag: "D-Newport News" of "Rep. Bobby Scott
    (D-Newport News)", or "Newport News" when the model leaves the letter out. The tag
    names the member's party and home (data: `party_tag_letters`), no actor."""
    first = span[0]
    letter = first.i if first.text in PARTY_TAG_LETTER_FORMS and len(span) >= 3 else first.i - 2
    if letter < 1 or letter + 2 >= len(doc):
        return False
    dash = doc[letter + 1]
    return (
        doc[letter - 1].text == "("
        and doc[letter].text in PARTY_TAG_LETTER_FORMS
        and dash.text == "-"
        and not doc[letter].whitespace_
        and not dash.whitespace_
        and span.start <= letter + 2 < span.end
    )


def trade_word(doc: Doc, span: Span, common: bool) -> bool:
    """A one-word name that is a business's trade before a noun for a business and the
    business's name: "Software" of "Software giant Microsoft" (data: `trade_heads`).
    Only a word capitalised by its place at a sentence's start, and an English word
    (`common`): "Apple" of "Apple chief Steve Jobs" is the firm."""
    if len(span) != 1 or not common or span.end + 1 >= len(doc):
        return False
    word, head, name = span[0], doc[span.end], doc[span.end + 1]
    before = doc[span.start - 1] if span.start > 0 else None
    at_start = word.is_sent_start or before is None or before.is_punct or before.is_space
    return at_start and head.is_lower and head.lower_ in TRADE_HEADS and name.text[:1].isupper()


def led_adjective(doc: Doc, span: Span, adjective: bool) -> bool:
    """A one-word adjective glued to a participle by a hyphen: "Socialist" of "Italy's
    Socialist-led government" (data: `led_participles`). The adjective (`adjective`: an
    English adjective and no party's own word) names no body."""
    if len(span) != 1 or not adjective or span.end + 1 >= len(doc):
        return False
    dash, participle = doc[span.end], doc[span.end + 1]
    return (
        dash.text == "-"
        and not span[0].whitespace_
        and not dash.whitespace_
        and participle.is_lower
        and participle.lower_ in LED_PARTICIPLES
    )


def measure_name(name: str) -> bool:
    """A measure of an economy or a market: "London Interbank Offered Rate", "Gross
    National Product", "Consumer Price Index" (two or more words, each capitalised or a
    joiner, the last a word of `measure_heads`)."""
    words = name.split()
    return (
        len(words) >= 2
        and words[-1][:1].isupper()
        and words[-1].casefold() in MEASURE_HEADS
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in NAME_JOINERS for w in words[:-1])
    )


def style_prefix(doc: Doc, style: Token) -> Token | None:
    """ "Crown" of "Crown Prince Abdullah": part of the style the person is known by."""
    i = style.i - 1
    if i >= 0 and doc[i].lower_ in STYLE_PREFIXES and doc[i].is_title:
        return doc[i]
    return None


def brand_shaped(name: str) -> bool:
    """One word with a capital inside, the way firms write their names ("OptInRealBig",
    "JPMorgan", "WorldCom"), not a person's ("McDonald", "DiCaprio", "LeBron")."""
    if " " in name or "-" in name or not name[:1].isupper():
        return False
    found = INNER_CAPITAL.search(name, 1)
    if found is None:
        return False
    opening = name[: found.start() + 1].casefold().rstrip("'\u2019")
    return opening not in NAME_PREFIXES


def body_description(head: Token) -> bool:
    """The head noun of a phrase that says what kind of business a name is: "the
    oilfield services concern", "the brokerage", "French sugar producer", "a maker of
    toys" (a commodity's maker), not "a film producer" or "a broker" (people too)."""
    if not head.is_lower or head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    if lemma in BODY_DESCRIPTION_NOUNS:
        return True
    if head.lower_ not in MAKER_NOUNS and lemma not in MAKER_NOUNS:
        return False
    made = [c for c in head.children if c.dep_ in {"compound", "amod"} and c.i < head.i]
    made += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(t.is_lower and t.lower_ in COMMODITY_NOUNS for t in made)


def maker_noun(role: str) -> bool:
    """Whether a description ends in a noun for a maker ("insulin producer"), of a
    commodity or of anything else (a film's producer too)."""
    words = role.casefold().split()
    return bool(words) and words[-1] in MAKER_NOUNS


def commodity_maker(role: str) -> bool:
    """A description of a firm by what it makes: "Ukrainian steel producer", "drug
    maker" (not "film producer": a person)."""
    words = role.casefold().split()
    return len(words) >= 2 and words[-1] in MAKER_NOUNS and words[-2] in COMMODITY_NOUNS


# A side's name: capitalised words, "of"/"the" may join them ("Queen of the South").
# No full stops inside: "Old Trafford. Everton" is two sentences.
_SIDE = r"[A-Z][\w&-]*(?:'[A-Z][\w&-]*)?(?: (?:of |the |de |of the )?[A-Z][\w&-]*){0,3}"
_SCORE = r"\d{1,2}-\d{1,2}"


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_MATCH_FRAMES = [
    # "Everton's 3-1 win over Aston Villa": both sides
    re.compile(
        rf"(?:(?P<own>{_SIDE})(?:'s|\u2019s|'|\u2019) )?{_SCORE} (?:[a-z]+ )?"
        rf"(?:{_alternatives(RESULT_NOUNS)}) (?:over|against|by|to|with) (?:the )?"
        rf"(?P<side>{_SIDE})(?! {_SCORE})"
    ),
    # "beaten 5-1 by Newry", "lost 2-1 to Leeds"
    re.compile(
        rf"\b(?:{_alternatives(RESULT_VERBS)}) {_SCORE} (?:by|to|with|against) (?:the )?"
        rf"(?P<side>{_SIDE})"
    ),
    # "the tie between Millwall and Liverpool" (not "a tie at Old Trafford": a ground)
    re.compile(
        rf"\b(?:{_alternatives(FIXTURE_NOUNS)}) between (?:the )?"
        rf"(?P<side>{_SIDE}) and (?:the )?(?P<other>{_SIDE})"
    ),
    # "the derby against Everton"
    re.compile(
        rf"\b(?:{_alternatives(FIXTURE_NOUNS)}) (?:against|with) (?:the )?(?P<side>{_SIDE})"
    ),
    # "West Ham fans", "the Millwall supporters"
    re.compile(rf"(?P<side>{_SIDE})(?:'|\u2019)? (?:{_alternatives(FOLLOWER_NOUNS)})\b"),
]
# What each frame needs in the text at all (None: a score), to skip it cheaply.
_FRAME_NEEDS: list[frozenset[str] | None] = [
    None,
    None,
    FIXTURE_NOUNS,
    FIXTURE_NOUNS,
    FOLLOWER_NOUNS,
]
_SCORE_ANYWHERE = re.compile(_SCORE)
_LEADING_THE = re.compile(r"^(?:The|A|An|With|And|But|For|At|As|By|In|On) ")


def match_sides(text: str) -> frozenset[str]:
    """The names `text` uses as sides of a match (see the module docstring): after a
    score and a result ("a 3-1 win over X", not "5-7 6-1" of a tennis player's sets),
    in a tie or derby, or before "fans". The caller leaves out people and countries
    (a national side keeps its country's type)."""
    sides: set[str] = set()
    scored = _SCORE_ANYWHERE.search(text) is not None
    for frame, needs in zip(_MATCH_FRAMES, _FRAME_NEEDS, strict=True):
        if needs is None and not scored:
            continue  # a result is read after a score only
        if needs is not None and not any(word in text for word in needs):
            continue  # cheap: most articles hold no "tie" nor "fans"
        for match in frame.finditer(text):
            for group in ("own", "side", "other"):
                found = match.groupdict().get(group)
                if found:
                    sides.add(_LEADING_THE.sub("", found).rstrip("."))
    return frozenset(sides)


def building_named(name: str) -> bool:
    """Whether a name is a saint's ("St Mary", "Saint Helen": a church, a ground or a
    street) or a building's ("Millennium Dome", "Chrysler Building"): a place."""
    words = name.casefold().split()
    return bool(words) and (words[0] in SAINT_PREFIXES or words[-1] in BUILDING_HEADS)
