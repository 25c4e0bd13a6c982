"""The name of a body written inside a speaker mention, where no actor covers it.

The model misses many bodies' names ("The Islamic State said", "the NGO Front Line
Defenders said", "said consultancy 4Cast", "according to the most recent
RealClearPolitics average"), and a mention that names no actor leaves the quotation
without a speaker although the article names one. The grammar of the mention says that
a body speaks:

- a description of a body right before a name ("the NGO Front Line Defenders",
  "consultancy 4Cast"): the name is the body's;
- the definite article before a name of several words ("The Islamic State"): a
  person's name takes no article;
- a name right before what a body publishes ("the RealClearPolitics average",
  "a Gallup poll"): the publisher speaks, as an actor's name there already does;
- a person's name before the body they lead ("The Clinton campaign", "a Clinton
  campaign spokesman"): the body, under the name the article gives it;
- a name after a body's voice or document and its preposition ("a spokesperson from
  Icstis", "a press release from the Cyber Safety Alliance"): the body it speaks for;
- a paper's possessive before a titled part of it ("The Wall Street Journal's Heard on
  the Street"): the paper (the caller checks that it is an organisation of the article).

Only the mention's head (or the publication it modifies) counts: "a doctor from Front
Line Defenders" is the doctor. A name that holds a person, a place, a nationality, a
date, a title word, a given name first or a slash is no body's ("the Duke of
Edinburgh", "the American", "the January report", "Labour's Ed Balls", "an ABC
News/Washington Post poll"). Resolving to an actor is generator.extract.speakers' job;
this module only reads the span.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.actors import HONORIFICS, TITLE_WORDS
from generator.extract.actors.plausible import country_kind_name
from generator.extract.given_names import GIVEN_NAMES, LISTED_GIVEN_NAMES
from generator.extract.nationalities import DEMONYM_NOUNS
from generator.extract.words import word_lists
from generator.reading.layout import doc_text

_WORDS = word_lists("speaker_words")
#: Nouns that describe a body and may stand right before its name.
BODY_NOUNS = _WORDS["body_nouns"]
#: What a body publishes, whose publisher named before it speaks.
PUBLISHED_NOUNS = _WORDS["document_nouns"] | _WORDS["published_measures"]
#: Bodies named after the person who leads them ("the Clinton campaign").
LED_BODIES = _WORDS["led_bodies"]

#: Entity types a body's name may carry: none (the model missed it) or an organisation,
#: and where a noun before it says it is a body, a product's or a work's (the model
#: reads "firm F-Secure" as a product).
_BODY_ENTITIES = frozenset({"", "ORG"})
_DESCRIBED_ENTITIES = _BODY_ENTITIES | {"PRODUCT", "WORK_OF_ART"}
#: Small words that join the words of a name ("Institute for Fiscal Studies").
_JOINERS = frozenset({"of", "for", "and", "&", "on", "the", "-"})
_ARTICLES = word_lists("function_words")["articles"]


#: Pronouns a sentence may open with a capital ("Her lawsuit said", "Their report"):
#: never a word of a name
_PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WP", "WP$"})


def _name_word(token: Token) -> bool:
    """A word written as part of a name: a capital in it ("Front", "4Cast", "NGO"), and
    no pronoun that only opens a sentence ("Her lawsuit ... said" is hers, no body's)."""
    text = token.text
    if token.tag_ in _PRONOUN_TAGS:
        return False
    return any(c.isupper() for c in text) and any(c.isalnum() for c in text)


def _bare(token: Token) -> str:
    return token.lower_.rstrip(".")


def _no_one(name: list[Token], entities: frozenset[str] = _BODY_ENTITIES) -> bool:
    """Whether the words of a name can be a body's: no person, place, nationality, date,
    title or honorific among them, no given name first, no slash joining two names, and
    a capital at both ends."""
    if not name or not _name_word(name[0]) or not _name_word(name[-1]):
        return False
    if name[0].text in GIVEN_NAMES or name[0].text in LISTED_GIVEN_NAMES:
        return False  # "Labour's Ed Balls": a person the model missed
    for token in name:
        if "/" in token.text:
            return False  # "an ABC News/Washington Post poll": two bodies
        if token.ent_type_ not in entities:
            return False
        word = _bare(token)
        if word in TITLE_WORDS or word in HONORIFICS or word in DEMONYM_NOUNS:
            return False
        if not _name_word(token) and token.lower_ not in _JOINERS:
            return False
    return True


def _body_name_in(span: Span, voices: frozenset[str]) -> Span | None:
    """`body_named_in`, before the check of a kind of body."""
    tokens = [t for t in span if not t.is_punct or t.text in {"&", "-"}]
    if not tokens or any(t.text in {"'s", "\u2019s", "'"} for t in tokens):
        return None  # a possessive: the mention's head is someone else's
    if "/" in span.text:
        return None  # "an ABC News/Washington Post poll": two bodies
    article = tokens[0].lower_ in _ARTICLES
    if article:
        tokens = tokens[1:]
    if not tokens:
        return None
    doc = span.doc
    described = _described_name(tokens)
    if described is not None:
        return doc[described[0].i : described[-1].i + 1]
    definite = article and span[0].lower_ == "the"
    if definite and _no_one(tokens) and _several_words(tokens) and not _part_named(span):
        return doc[tokens[0].i : tokens[-1].i + 1]  # "The Islamic State"
    if definite and _national_body(tokens) and not _part_named(span):
        return doc[tokens[0].i : tokens[-1].i + 1]  # "The Canadian Bond Rating Service"
    published = _publisher(tokens)
    if published is not None:
        return doc[published[0].i : published[-1].i + 1]
    voiced = _voiced_body(tokens, voices | PUBLISHED_NOUNS)
    if voiced is not None:
        return doc[voiced[0].i : voiced[-1].i + 1]
    before = _voice_named_before(tokens, voices)
    if before is not None:
        return doc[before[0].i : before[-1].i + 1]
    return None


def body_named_in(span: Span, voices: frozenset[str] = frozenset()) -> Span | None:
    """The name of the body a speaker mention names, when no actor covers it. `voices`
    are the heads that speak for the body a preposition names after them ("a
    spokesperson from Icstis", "research by Jupiter"). Never a kind of body the wire's
    capitals make look like a name ("The U.S. Bank spokesman": `country_kind_name`)."""
    found = _body_name_in(span, voices)
    return None if found is not None and country_kind_name(found.text) else found


#: The last words of a body's name that a nationality may open (`_national_body`).
NATIONAL_BODY_HEADS = _WORDS["national_body_heads"]


def _national_body(tokens: list[Token]) -> bool:
    """Whether the words after "the" are a body's name opened by a nationality: "The
    Canadian Bond Rating Service said", "the West German Feed Stuff Industry Association
    said". `_no_one` turns a nationality away (a people is no body); here the words after
    it are two or more that can be a body's (`_no_one`) and end in a word that heads a
    body's name (`NATIONAL_BODY_HEADS`: "Service", "Association"), written with a
    capital, so the nationality only says whose body it is. "The Soviet Union" (one word
    after it) and "the British government" (in lower case) stay as they were."""
    k = 0
    while k < len(tokens) and tokens[k].ent_type_ == "NORP":
        k += 1
    rest = tokens[k:]
    if k == 0 or len(rest) < 2 or not _no_one(rest):
        return False
    return _bare(rest[-1]) in NATIONAL_BODY_HEADS and rest[-1].text[:1].isupper()


def _voice_named_before(tokens: list[Token], voices: frozenset[str]) -> list[Token] | None:
    """ "A Department for Work and Pensions spokeswoman said": the name of two words or
    more right before a voice that ends the mention (`voices`: "spokesman"), when every
    word of it can be a body's (`_no_one`). An "and" joins two bodies ("a Ford and GM
    spokesman") unless it comes after the "for" or "of" of one name's remit ("Department
    for Work and Pensions", "Department of Trade and Industry")."""
    if len(tokens) < 3 or _bare(tokens[-1]) not in voices:
        return None
    name = tokens[:-1]
    if name[0].tag_ in {"DT", "PDT"}:
        return None  # "Another OECF official": a determiner, capitalised to open the sentence
    for k, token in enumerate(name):
        if token.lower_ in {"and", "&"} and not any(t.lower_ in {"for", "of"} for t in name[:k]):
            return None
    if not _no_one(name) or not _several_words(name):
        return None
    return name


#: Prepositions after a voice that name the body it speaks for or comes from.
_VOICE_PREPOSITIONS = frozenset({"for", "from", "at", "of", "with", "by"})


def _voiced_body(tokens: list[Token], voices: frozenset[str]) -> list[Token] | None:
    """ "spokesperson from Icstis", "research by Jupiter": the name after a voice's
    preposition, when it ends the mention; the voice must be the first noun of the
    mention ("a doctor from X" is no voice, and nor is "a study of X"). A name joined
    by "and" may be two bodies and is left alone."""
    nouns = [k for k, t in enumerate(tokens) if t.pos_ in {"NOUN", "PROPN"}]
    if not nouns or nouns[0] + 2 >= len(tokens):
        return None
    k = nouns[0]
    voice, preposition = _bare(tokens[k]), tokens[k + 1].lower_
    if voice not in voices or preposition not in _VOICE_PREPOSITIONS:
        return None
    if preposition == "of" and voice in PUBLISHED_NOUNS:
        return None  # "a survey of 5,000 firms" is about them
    name = tokens[k + 2 :]
    if name and name[0].lower_ == "the":
        name = name[1:]
    if any(t.lower_ == "and" for t in name) or not _no_one(name, _DESCRIBED_ENTITIES):
        return None
    return name if _several_words(name) or name[-1].pos_ == "PROPN" else None


def _part_named(span: Span) -> bool:
    """Whether the words after the mention say that its name is a publication's part:
    "said the Vox Populi (Voice of the People) column" is the column, not a body."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text == "(":
        while i < len(doc) and doc[i].text != ")" and i - span.end < 12:
            i += 1
        i += 1
    return i < len(doc) and _bare(doc[i]) in PUBLISHED_NOUNS


def _several_words(name: list[Token]) -> bool:
    """A name of two words or more, or one the model tagged as an organisation: a
    single capitalised word after "the" may be a family ("the Smiths") or a people."""
    return len([t for t in name if _name_word(t)]) >= 2 or name[-1].ent_type_ == "ORG"


def _described_name(tokens: list[Token]) -> list[Token] | None:
    """ "NGO Front Line Defenders", "consultancy 4Cast": the name after a body noun."""
    for k in range(len(tokens) - 2, -1, -1):
        if _bare(tokens[k]) not in BODY_NOUNS:
            continue
        name = tokens[k + 1 :]
        before = tokens[:k]
        if any(t.ent_type_ == "PERSON" or _bare(t) in TITLE_WORDS for t in before):
            return None
        return name if _no_one(name, _DESCRIBED_ENTITIES) else None
    return None


def _publisher(tokens: list[Token]) -> list[Token] | None:
    """ "most recent RealClearPolitics average of national polls": the name right
    before the mention's head, when the head is what a body publishes."""
    heads = [i for i, t in enumerate(tokens) if _bare(t) in PUBLISHED_NOUNS]
    if not heads:
        return None
    at = heads[0]
    if any(t.lower_ not in _JOINERS and t.pos_ != "ADP" for t in tokens[at + 1 : at + 2]):
        return None  # "a Gallup poll worker": the head is another noun
    first = at
    while first > 0 and (_name_word(tokens[first - 1]) or tokens[first - 1].text == "-"):
        first -= 1
    name = tokens[first:at]
    if any(_name_word(t) for t in tokens[:first]):
        return None  # "the Senate Intelligence ... report": the run must be all the name
    return name if _no_one(name) else None


_POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})


def led_body(
    span: Span, person_start: int, person_end: int, voices: frozenset[str] = frozenset()
) -> str | None:
    """ "The Clinton campaign": the body a person leads, named as the mention writes it
    without its article, when the mention is nothing but that person's name and a
    noun of `LED_BODIES`, or one of its `voices` after it ("a Clinton campaign
    spokesman"), with at most a date after it ("The Sanders campaign on Monday").
    `person_start`/`person_end` are the characters of the name."""
    if any(t.text in _POSSESSIVE_MARKS and t.idx == person_end for t in span):
        return None  # "Bernie Sanders' campaign": a possessive, `owned_led_body`'s
    tokens = [t for t in span if not t.is_punct]
    if tokens and tokens[0].lower_ in _ARTICLES:
        tokens = tokens[1:]
    tokens = _without_trailing_date(tokens)
    if len(tokens) > 2 and _bare(tokens[-1]) in voices and tokens[-1].pos_ == "NOUN":
        tokens = tokens[:-1]
    if len(tokens) < 2 or _bare(tokens[-1]) not in LED_BODIES:
        return None
    name = tokens[:-1]
    if name[0].idx != person_start or name[-1].idx + len(name[-1].text) != person_end:
        return None
    if not all(_name_word(t) for t in name):
        return None
    return doc_text(span.doc)[name[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def _without_trailing_date(tokens: list[Token]) -> list[Token]:
    """The mention's words without a date the parser left in it ("The Sanders campaign
    on Monday"): a preposition followed by words the model tagged as a date only."""
    for k in range(len(tokens) - 2, 0, -1):
        if tokens[k].pos_ == "ADP":
            rest = tokens[k + 1 :]
            return tokens[:k] if all(t.ent_type_ == "DATE" for t in rest) else tokens
    return tokens


def owned_led_body(span: Span, person_start: int, person_end: int) -> str | None:
    """ "Clinton's campaign", "Rival Hillary Clinton's campaign": the body a person
    leads (`LED_BODIES`) named by the person's possessive, as "Clinton campaign" (the
    name `led_body` gives "the Clinton campaign"). The mention must end with the name,
    its "'s" and the noun; words before the name may only describe the person
    ("Presidential candidate Marco Rubio's"), none of them another name, whatever the
    model tagged the name itself (the actor there is a person); lower-case adjectives
    or a year may stand between the "'s" and the noun ("Clinton's presidential
    campaign"). The caller checks that the person is the only actor in the mention."""
    tokens = [t for t in span if not t.is_space]
    if len(tokens) < 3 or _bare(tokens[-1]) not in LED_BODIES or tokens[-1].pos_ != "NOUN":
        return None
    at = len(tokens) - 2
    while at > 1 and _describes_body(tokens[at]):
        at -= 1  # "Mrs. Clinton's presidential campaign", "Santorum's 2016 campaign"
    mark = tokens[at]
    if mark.text not in _POSSESSIVE_MARKS or mark.idx != person_end:
        return None
    name = [t for t in tokens[:at] if t.idx >= person_start]
    if not name or name[0].idx != person_start or not all(_name_word(t) for t in name):
        return None
    before = [t for t in tokens[:at] if t.idx < person_start]
    if any(t.ent_type_ and t.ent_type_ != "PERSON" for t in before):
        return None  # "the Post's Clinton team": an owner other than the person
    # the name's own tag does not count: the model reads a candidate's possessive as a
    # body or a place ("Huckabee's campaign", "Kasich's campaign") that the article's
    # actor, a person, corrects
    return f"{doc_text(span.doc)[person_start:person_end]} {tokens[-1].text}"


def _describes_body(token: Token) -> bool:
    """A lower-case adjective or a year between a possessive and the body it owns
    ("presidential", "2016"): the words say which of the person's bodies, not whose."""
    if token.like_num:
        return len(token.text) == 4 and token.text.isdigit()
    return token.pos_ == "ADJ" and token.text.islower()


def titled_part_owner(span: Span) -> Span | None:
    """ "The Wall Street Journal's Heard on the Street (column)": the owner of a part
    with a title of its own (a column, a section, a programme) speaks through it. The
    mention must be the owner, its "'s", and the part's title in capitals, with at most
    a noun of what is published after it; the title holds no person, place, date or
    title word ("Apple's Tim Cook" is a person). The caller checks that the owner is an
    organisation of the article."""
    tokens = [t for t in span if not t.is_space]
    marks = [k for k, t in enumerate(tokens) if t.text in {"'s", "\u2019s"}]
    if len(marks) != 1 or marks[0] == 0:
        return None
    at = marks[0]
    title = tokens[at + 1 :]
    if title and _bare(title[-1]) in PUBLISHED_NOUNS:
        title = title[:-1]
    if not _no_one(title) or not any(t.pos_ == "PROPN" or _name_word(t) for t in title):
        return None
    owner = tokens[:at]
    if owner and owner[0].lower_ in _ARTICLES:
        owner = owner[1:]
    if not owner or not all(_name_word(t) or t.lower_ in _JOINERS for t in owner):
        return None
    return span.doc[owner[0].i : owner[-1].i + 1]
