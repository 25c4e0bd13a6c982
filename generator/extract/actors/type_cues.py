"""The single cues `type_votes` weighs: a place cue ("in X"), a person's shape (given name
+ surname), a thing's use ("the X app"), an honorific, a kin noun, a compass part.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract import actor_cues
from generator.extract.actors.lexicon import (
    EMPLOYED_ROLES,
    FEMALE_HONORIFICS,
    HONORIFICS,
    MALE_HONORIFICS,
    ORG_CONTEXT_WORDS,
    ORG_INTRO_NOUNS,
    ORG_ONLY_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACE_CUE_NOUNS,
    PLACE_CUE_WORDS,
    PLACE_HEAD_WORDS,
    PLACE_ROUTE_WORDS,
    STYLE_TITLES,
    TITLE_WORDS,
)
from generator.extract.actors.names import _given_name_led_full, _instance_preposition, list_head
from generator.extract.actors.person_of_body import full_person_name
from generator.extract.actors.places import KNOWN_PLACES, gazetteer
from generator.extract.actors.vocabulary import _common_word
from generator.extract.given_names import GIVEN_NAMES
from generator.extract.pronouns import FEMALE_PRONOUNS, MALE_PRONOUNS, POSSESSIVE_PRONOUNS
from generator.extract.punctuation import DASHES_OR_HYPHEN
from generator.extract.words import word_set

NOT_PLACE_BEFORE_IN = word_set(
    "shares share stake stakes investment investments interest interests job jobs role "
    "post seat seats confidence faith trust belief member members career"
)


def _score_at(doc: Doc, i: int) -> bool:
    """A match score or a set starts at token `i` ("5-7", "2-0"): no name holds one."""
    return (
        i + 2 < len(doc)
        and doc[i].is_digit
        and doc[i + 1].text in {"-", "\u2013"}
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].is_digit
    )


COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central"})


def _compass_part_of_place(words: list[str]) -> bool:
    """A known place and a compass word after it, or "Mid-" before it ("Edinburgh
    South", "Bristol East", "Mid-Bedfordshire"): a part of the place, such as an
    electoral constituency, and a place itself, not a body."""
    if len(words) == 2 and words[1] in COMPASS_WORDS:
        return words[0] in KNOWN_PLACES or words[0] in gazetteer()
    if len(words) == 1 and words[0].startswith("mid-"):
        return words[0][4:] in KNOWN_PLACES or words[0][4:] in gazetteer()
    return False


def _set_scores_after(doc: Doc, span: Span) -> bool:
    """Two or more set scores right after a name, one of them won 6 or 7 games ("Potito
    Starace 6-1 7-6 (7-5)"): the scores of a tennis match, whose sides are players. A
    team takes one score ("beat Sheffield United 2-1"), so one score says nothing."""
    i, sets, tennis = span.end, 0, False
    while _score_at(doc, i):
        sets += 1
        tennis = tennis or doc[i].text in {"6", "7"} or doc[i + 2].text in {"6", "7"}
        i += 3
        if i + 4 < len(doc) and doc[i].text == "(" and _score_at(doc, i + 1):
            i += 5 if doc[i + 4].text == ")" else 4  # a tie-break: "7-6 (7-5)"
    return sets >= 2 and tennis


# Determiners that make what follows one of a kind, not a named actor: "a super PAC",
# "in a US District Court", "many USB sticks".
KIND_DETERMINERS = word_set("a an another every each many several any")


def _thing_use(doc: Doc, span: Span) -> bool:
    """A name used as the word for a common thing, not for an actor of the story.

    - Modifier of a common noun that is not a role, a body or a body's business
      ("standard CCTV units", "the Senate bid", "Samsung smart TVs", "the CIA's Vault 7
      files"), where "CIA director", "Google shares" and "the Labour party" name actors.
    - One of a kind: the head of a noun phrase with an indefinite determiner ("in a US
      District Court") or, for an acronym, a lower-case adjective ("a super PAC").

    One such mention proves nothing ("the NBC broadcast" names a network): see
    `_thing_named` for what does.
    """
    if (
        span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and not doc[span.end - 1].whitespace_
        and not doc[span.end].whitespace_
        and doc[span.end + 1].is_lower
    ):
        return True  # "the Brazil-based journalist", "US-made": an adjective's stem
    root = span.root
    head = root.head
    if root.dep_ in {"compound", "nmod", "amod"} and head.i >= span.end:
        between = doc[span.end : head.i]
        if (
            head.pos_ == "NOUN"
            and not head.is_title  # "TVs" too
            and all(t.is_lower and t.pos_ in {"NOUN", "ADJ"} for t in between)
            and not _actor_noun(head)
        ):
            return True
    return _one_of_kind(span)


def _one_of_kind(span: Span) -> bool:
    """The name heads a noun phrase for one of a kind: "in a US District Court", "a
    super PAC" (a lower-case adjective counts before an acronym only: "the troubled
    Yukos" still names a firm)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in {"'s", "\u2019s", "'", "\u2019"}:
        return False  # "a New Jersey Board of Public Utilities' decision": the decision's "a"
    acronym = all(t.is_upper for t in span if t.is_alpha)
    for child in span.root.children:
        # only words of the same phrase between: not "for a PhD. Prassana Rambathla"
        between = doc[child.i + 1 : span.start]
        if child.i >= span.start or not all(
            t.is_lower or (t.pos_ == "PROPN" and t.is_alpha) for t in between
        ):
            continue
        if child.dep_ == "det" and child.lower_ in KIND_DETERMINERS:
            return True
        if (
            acronym
            and child.dep_ == "amod"
            and child.is_lower
            and child.pos_ == "ADJ"
            and child.lower_ not in PUBLICATION_ADJECTIVES  # "Spanish daily ABC"
        ):
            return True
    return False


# Adjectives that news uses as nouns for newspapers: "the Spanish daily ABC".
PUBLICATION_ADJECTIVES = word_set("daily weekly monthly")


#: What a station broadcasts on: "radio station Cadena Ser" is a broadcaster, where a
#: station alone may be a railway's ("station Paddington").
BROADCAST_MEDIA = word_set("radio television tv")


def _broadcast_station_before(doc: Doc, i: int) -> bool:
    """ "radio station" or "television station" ending at token `i`."""
    return (
        i >= 1 and doc[i].lower_ in {"station", "stations"} and doc[i - 1].lower_ in BROADCAST_MEDIA
    )


def _actor_noun(noun: Token) -> bool:
    """A common noun that, modified by a name, makes the name an actor: a role, a body,
    a body's business ("Uefa spokesman", "the Labour party", "Google shares")."""
    lemma = noun.lemma_.lower()
    return any(
        word in words
        for word in (noun.lower_, lemma)
        for words in (
            TITLE_WORDS,
            ORG_CONTEXT_WORDS,
            ORG_INTRO_NOUNS,
            ORG_ONLY_NOUNS,
            ORG_WORDS,
            EMPLOYED_ROLES,
            PERSON_NOUNS,
        )
    )


def _s_in_name(doc: Doc, span: Span) -> bool:
    """The "'s" after a name is part of it, not a possessive: nothing owned follows
    ("for McDonald's.", "turn McDonald's around", "Sainsbury's said"); Labour's
    "unfair" taxes own what the quotation mark opens."""
    if span.text.isupper():
        return False  # "the PDA's": an acronym's plural, written with an apostrophe
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if after is None:
        return True
    if after.is_punct:  # an opening quote or bracket may start what is owned
        closing = after.text in {",", ".", ";", ":", "!", "?", ")"}
        return closing and not _acronym_set_off(doc, after)
    if after.tag_ == "VBG":
        return False  # "Washington National's buying 85 pct": a possessive gerund
    return after.pos_ in {"VERB", "AUX", "ADP", "ADV", "CCONJ", "SCONJ"}


def _acronym_set_off(doc: Doc, comma: Token) -> bool:
    """ "the Chicago Board of Trade's, CBT, speculative position limits": wire copy sets
    the body's initials off by commas between its possessive and what it owns."""
    i = comma.i
    return (
        comma.text == ","
        and i + 2 < len(doc)
        and doc[i + 1].text.rstrip("'s\u2019").isupper()
        and doc[i + 2].text in {",", "'s", "\u2019s"}
    )


# Words that give another name of the one before them: "Jay-Z, real name Shawn Carter",
# "Chelsea Manning - then known as Bradley Manning", "MCI, formerly known as Worldcom".
OTHER_NAME_CUES = (("real", "name"), ("known", "as"), ("born",), ("née",), ("nee",))


OTHER_NAME_GLUE = word_set(", ( then formerly previously once also now better") | DASHES_OR_HYPHEN


def _other_name_of(doc: Doc, span: Span) -> int | None:
    """The end offset of the name that `span` is another name of, or None: a cue right
    before it, and right before the cue (past commas, dashes and "then", "formerly")
    the end of a name the model tagged."""
    for cue in OTHER_NAME_CUES:
        start = span.start - len(cue)
        if start < 1 or tuple(t.lower_ for t in doc[start : span.start]) != cue:
            continue
        i = start - 1
        while i > 0 and doc[i].lower_ in OTHER_NAME_GLUE:
            i -= 1
        before = doc[i]
        if i < start - 1 and before.ent_type_ in {"PERSON", "ORG"} and before.ent_iob_ != "O":
            return before.idx + len(before.text)
    return None


def _acting(doc: Doc, span: Span) -> bool:
    """The name acts in its sentence: a subject ("the CIA announced"), an agent ("by
    the FBI") or an owner ("the CIA's files")."""
    if span.end < len(doc) and doc[span.end].lower_ in {"'s", "\u2019s", "'", "\u2019"}:
        return True  # "Hamas' attack" too
    return span.root.dep_ in {"nsubj", "nsubjpass", "agent", "poss"}


def _modifies_noun(doc: Doc, span: Span) -> bool:
    """The name is a modifier of the common noun right after it ("Idaho title")."""
    return (
        span.end < len(doc)
        and doc[span.end].pos_ == "NOUN"
        and doc[span.end].is_lower
        and span.root.head.i == span.end
    )


# Given names that are also the Arabic article opening a body's name: "Al Gore" and
# "Al Sharpton", but "Al Qaeda", "Al Jazeera", "Al Shabab". Read as a given name only
# where the model labels the name a person.
ARTICLE_GIVEN_NAMES = frozenset({"Al"})


def _person_shape(doc: Doc, span: Span, name: str, label: str) -> float:
    """Person evidence from the name and the words before it (0 when none).

    A given name opening a full name ("Tony Blair", "Ivo Minar", "Sophie Dahl"); a
    common noun for a person right before it ("India's richest man Azim Premji"); a
    nationality right before a full name ("beat Hungarian Petra Mandula"). The names of
    organisations and places are left out by the caller (organisation words, known
    places). A listed given name (see `given_names`), weaker evidence, counts only
    before one or two surnames written in capitals and small letters.
    """
    parts = name.split()
    article_led = label != "PERSON" and parts[0] in ARTICLE_GIVEN_NAMES
    score = 3.0 if _given_name_led_full(name) and not article_led else 0.0
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return score
    if actor_cues.body_plural_before(doc, span):
        pass  # "oil industry analysts Douglas-Westwood": a firm of them, not one of them
    elif before.is_lower and before.pos_ == "NOUN" and before.lemma_.lower() in PERSON_NOUNS:
        score += 4.0
    elif (
        before.is_lower
        and before.pos_ == "NOUN"
        and before.lemma_.lower() in TITLE_WORDS
        and label != "PERSON"
        and (_uncommon_full_name(parts) or _uncommon_given_name_first(parts))
    ):
        # "striker Kaka Leite", "analyst Ian Fogg", "prop Dai Young" tagged as a body
        score += 3.0
    elif (
        before.ent_type_ == "NORP"
        and before.pos_ in {"ADJ", "PROPN"}
        and len(parts) >= 2
        and label != "ORG"
    ):
        score += 3.0
    return score


PLURAL_VERB_FORMS = frozenset({"are", "were", "have", "'re", "\u2019re", "'ve", "\u2019ve"})


def _plural_subject(span: Span) -> bool:
    """A name alone as the subject of a plural verb ("X have topped", "X are one of"):
    a band or team. One person's name takes a singular verb; names joined by "and" are
    left out, as they take a plural verb together."""
    root = span.root
    if root.dep_ != "nsubj" or any(c.dep_ in {"conj", "appos"} for c in root.children):
        return False
    if any(t.dep_ == "cc" for t in root.subtree):
        return False  # "Mark Kirk of Illinois and Susan Collins of Maine were": the parse
        # hangs the second subject on the first one's place
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in {"and", "or", "nor", "&"}:
        return False  # "Labour and Tony Blair are": the last of two subjects
    if span.end < len(doc) and doc[span.end].text in {",", ";", "("}:
        return False  # "Michael Jackson, Billy Joel, ... were": a list the parse missed
    verb = root.head
    if any(c.lower_ in {"both", "all"} for c in verb.children):
        return False  # "X and Y ... are both": the other name is further back
    if any(c.dep_ == "nsubj" and c.i != root.i for c in verb.children):
        # "The tough trade sanctions President Reagan imposed ... are": the parse
        # gives the verb two subjects; the plural is the other one's, the name is the
        # subject of the clause the parse hangs on it
        return False
    forms = [verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    first = min(forms, key=lambda t: t.i)  # the finite form comes first: "have been"
    if first.lower_ == "were" and _unreal_clause(verb):
        return False  # "if Hillary Clinton were a man": one person, in the subjunctive
    return first.i > root.i and first.lower_ in PLURAL_VERB_FORMS


def _unreal_clause(verb: Token) -> bool:
    """A clause of an unreal condition or wish, where "were" takes one subject: "if X
    were", "as though X were", "wishes X were"."""
    if any(c.dep_ == "mark" and c.lower_ in {"if", "though", "unless"} for c in verb.children):
        return True
    return verb.dep_ == "ccomp" and verb.head.lemma_ == "wish"


def _introduced_as_org(doc: Doc, span: Span, label: str = "") -> bool:
    """ "video game firm Bioware", "the charity Shelter", "a drugs charity, Addaction".

    "Ola Bini, a software developer", "publisher Kimberly Quinn": people hold such jobs
    too, so a name the model calls a person needs a noun that never describes one, in
    apposition, and right before it when the name opens with a given name.
    """
    person = label == "PERSON"
    # "the developer Arthur G. Cohen": a given name Faker's lists know opens it too
    full = _given_name_led_full(span.text) or full_person_name(span.text)
    before = ORG_ONLY_NOUNS if person and full else ORG_INTRO_NOUNS
    i = span.start - 1
    if _broadcast_station_before(doc, i):
        return True  # "private Spanish radio station Cadena Ser"
    if (
        i >= 0
        and doc[i].lower_ in before
        and doc[i].is_lower
        and not (person and _trade_of_person(doc, i))
        # "the Swiss daily Le Matin", "the official daily Fraternite Matin reported"
        # (the tagger's adjective), not "a daily Amsterdam newspaper"
        and (
            doc[i].lower_ not in PUBLICATION_ADJECTIVES
            or doc[i].pos_ == "NOUN"
            or not _before_common_noun(doc, span)
        )
    ):
        return True
    nouns = ORG_ONLY_NOUNS if person else ORG_INTRO_NOUNS
    root = span.root
    if (
        root.dep_ == "appos"
        and (_org_noun(root.head, nouns) or _described_as_body(root.head, span, label))
        and root.head.i < span.start
    ):
        return True
    appositions = [c for c in root.children if c.dep_ == "appos"]
    if person:
        # Only the nearest apposition describes the name: in "Chandler Van Voorhis, a
        # founder of C2I, a company outside Washington" the second is C2I's, which the
        # parse hangs on the name as well.
        appositions = appositions[:1]
    return any(
        _org_noun(c, nouns) or _described_as_body(c, span, label) or _publication_apposed(c)
        for c in appositions
    )


def _before_common_noun(doc: Doc, span: Span) -> bool:
    """A lower-case common noun right after the name, which a word before the name may
    describe instead of the name: "a daily Amsterdam newspaper"."""
    return span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ == "NOUN"


def _publication_apposed(token: Token) -> bool:
    """An apposition headed by a publication's word the tagger read as an adjective or
    adverb: "Wen Wei Po, a Hong Kong daily, said", "a Hong Kong daily with close Peking
    links". No person is "a daily". The word heads the apposition: only a phrase or a
    clause that tells more of it follows it ("a daily columnist" is a person)."""
    return (
        token.is_lower
        and token.lower_ in PUBLICATION_ADJECTIVES
        and all(c.dep_ in _AFTER_HEAD_DEPS for c in token.rights)
        and any(c.dep_ == "det" for c in token.children)
    )


# What may follow the head noun of an apposition: a phrase or clause about it
_AFTER_HEAD_DEPS = frozenset({"prep", "relcl", "acl", "punct"})


# Tags of a finite verb: a name followed by one is the subject of its own clause.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _contact_clause_subject(doc: Doc, span: Span, label: str) -> bool:
    """A person's full name right before a finite verb: it may be the subject of a
    clause that tells of the noun before it without a "which" or "that" ("the
    organization Bill Clinton used to help change the party", "a group Barack Obama
    won"), which the parser hangs on the noun as its apposition, as it does the body's
    own name. A clause tells of a noun with its article ("the organization", "a
    group"); a body's name follows a bare description ("building products group James
    Hardie has agreed")."""
    i = span.start - 1
    return (
        label == "PERSON"
        and _given_name_led_full(span.text)
        and span.end < len(doc)
        and doc[span.end].tag_ in FINITE_TAGS
        and i >= 0
        and any(c.dep_ == "det" and c.lower_ in CLAUSE_NOUN_ARTICLES for c in doc[i].children)
    )


CLAUSE_NOUN_ARTICLES = frozenset({"the", "a", "an"})


def _described_as_body(head: Token, span: Span, label: str) -> bool:
    """An apposition saying what kind of business the name is ("Beghin-Say (French
    sugar producer)", "Asea Group, the diversified industrial concern"): a body, and no
    role of a person. Not for a name a given name opens ("Richard Redoglia, a sugar
    producer" may farm it), nor for a place ("Brazil, the largest sugar producer";
    "based in Munich, West Germany, a high technology concern" describes the firm
    before the address)."""
    lowered = span.text.casefold()
    return (
        actor_cues.body_description(head)
        and not _given_name_led_full(span.text)
        and label not in {"GPE", "LOC"}
        and lowered not in KNOWN_PLACES
        and lowered not in gazetteer()
    )


def _trade_of_person(doc: Doc, i: int) -> bool:
    """A maker noun at `i` hyphened to what is made, and no commodity's maker
    ("film-maker Theo Van Gogh", "policy-maker"): a person's trade, where "drug-maker
    Pfizer" (`actor_cues.commodity_maker`) and "handset maker Ericsson" name firms."""
    if doc[i].lower_ not in actor_cues.MAKER_NOUNS or i < 2 or doc[i - 1].text != "-":
        return False
    return not actor_cues.commodity_maker(f"{doc[i - 2].lower_} {doc[i].lower_}")


def _org_noun(token: Token, nouns: frozenset[str]) -> bool:
    """A common noun (singular or plural) of `nouns`: "company", "labels"; not one that
    a person owns ("Assange, his legal team": the parser's apposition is a list)."""
    return (
        token.is_lower
        and token.pos_ == "NOUN"
        and token.lemma_.lower() in nouns
        and not any(c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES for c in token.children)
    )


PERSON_POSSESSIVES = POSSESSIVE_PRONOUNS & (MALE_PRONOUNS | FEMALE_PRONOUNS)


def _has_place_cue(doc: Doc, span: Span) -> bool:
    """Context that names a place: "in X", "near X", "the city of X", "X-based"."""
    if actor_cues.published_in(doc, span):
        return False  # "published in Oxford Open Climate Change": a journal
    i = span.start - 1
    if i >= 1 and doc[i].lower_ == "in" and doc[i - 1].lower_ in NOT_PLACE_BEFORE_IN:
        return False  # "shares in Tesco", "a stake in Vodafone"
    if i >= 0 and doc[i].lower_ in PLACE_CUE_WORDS:
        if _conjoined_with_person(span):
            return False  # "in Ronaldo and Rooney": people, whatever the preposition
        if span.root.dep_ == "nsubj" and span.root.head.tag_ == "VBG":
            return False  # "resulted in Fowler celebrating": who does it, not where
        after = doc[span.end] if span.end < len(doc) else None
        if span.root.dep_ == "compound" and span.root.head.i >= span.end:
            return False  # "in EU funds", "in Tesco shares": the name modifies a noun
        return after is None or after.lower_ not in {"'s", "\u2019s", "'"}
    if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in PLACE_CUE_NOUNS:
        return True
    if _compass_part_before(doc, span):
        return True
    return (
        span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and doc[span.end + 1].lower_
        in {
            "based",
            "born",
        }
    )


# Lower-case adjectives for a part of a region: "in the central Appalachians".
COMPASS_ADJECTIVES = word_set(
    "northern southern eastern western central north south east west northeastern "
    "northwestern southeastern southwestern north-eastern north-western south-eastern "
    "south-western"
)


def _compass_part_before(doc: Doc, span: Span) -> bool:
    """ "in the central Appalachians", "across the northern Rockies": a place cue, "the"
    and a lower-case compass adjective name a part of a region (a body has no northern
    part: "in the Labour party" has no such word)."""
    i = span.start - 1
    return (
        i >= 2
        and doc[i].lower_ in COMPASS_ADJECTIVES
        and doc[i].is_lower
        and doc[i - 1].lower_ == "the"
        and doc[i - 2].lower_ in PLACE_CUE_WORDS | PLACE_ROUTE_WORDS
        and not (span.root.dep_ == "compound" and span.root.head.i >= span.end)
    )


def _conjoined_with_place(span: Span) -> bool:
    """A name coordinated with a place is a place ("both Kyiv and Moscow")."""
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners.extend(child for child in root.children if child.dep_ == "conj")
    return any(p.ent_type_ in {"GPE", "LOC"} for p in partners)


def _conjoined_with_person(span: Span) -> bool:
    """A name coordinated with a person's full name ("in Ronaldo and Wayne Rooney")."""
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners.extend(child for child in root.children if child.dep_ == "conj")
    return any(p.ent_type_ == "PERSON" for p in partners)


def _given_name_led(name: str, label: str) -> bool:
    """A name the model calls a person made of a given name and one more word, after a
    style or not: "Dame Barbara Castle", "Wayne Bridge" are people whose surnames
    happen to be the last words of places' names ("Ben Gurion Airport" is longer)."""
    parts = name.split()
    if parts and parts[0].casefold() in STYLE_TITLES:
        parts = parts[1:]
    # A listed given name (weaker evidence) with its shape test: "actress Nathalie Press"
    return (
        label == "PERSON"
        and len(parts) == 2
        and (parts[0] in GIVEN_NAMES or _given_name_led_full(" ".join(parts)))
    )


def _conjoined_with_full_name(span: Span) -> bool:
    """A name coordinated with a person's full name, which the model tagged so ("Hugh
    Jackman and Ewan McGregor", "deprived of Arjen Robben and Didier Drogba")."""
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners.extend(child for child in root.children if child.dep_ == "conj")
    return any(p.ent_type_ == "PERSON" and p.ent_iob_ == "I" for p in partners)


def _uncommon_full_name(words: list[str]) -> bool:
    """Two or three capitalised words, none an English word or an acronym: shaped
    like a person's full name ("Ewan McGregor"), not a title or a body's name ("Polar
    Express", "Rolling Stone", "LNG Esports")."""
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and not w.isupper() and not _common_word(w.casefold()) for w in words
    )


def _uncommon_given_name_first(words: list[str]) -> bool:
    """Two capitalised words, the first no English word nor a place's name: a given name
    the lexicon lacks before a surname that is also a word ("Dai Young", "Ieuan
    Church"), read as a person's name only right after a title ("prop Dai Young")."""
    return (
        len(words) == 2
        and all(w[:1].isupper() and not w.isupper() and w.isalpha() for w in words)
        and not _common_word(words[0].casefold())
        and words[0].casefold() not in KNOWN_PLACES
    )


# Nouns for a kind of place and nothing else: "H2, a section of Hebron". (Of the last
# words of places' names, some name a body in apposition: "the LSE, Europe's biggest
# stock market".)
PLACE_ONLY_NOUNS = word_set(
    "city town village country state region province county capital suburb district "
    "area zone neighbourhood neighborhood quarter section territory"
)


PLACE_KIND_NOUNS = PLACE_HEAD_WORDS | PLACE_ONLY_NOUNS


def _named_as_place(span: Span) -> bool:
    """A name in apposition to a common noun for places, alone or in a list: "the
    airports -- LaGuardia, John F. Kennedy and Newark", "two stations, Victoria and
    Euston", or followed by one: "H2, a section of Hebron". The noun says what the
    names are, whatever the model's labels."""
    if any(
        c.dep_ == "appos"
        and c.i >= span.end
        and c.pos_ == "NOUN"
        and c.is_lower
        and c.lemma_.lower() in PLACE_ONLY_NOUNS
        for c in span.root.children
    ):
        return True
    node = list_head(span.root)
    head = node.head
    if node.dep_ == "pobj" and _instance_preposition(head):
        head = head.head  # "mainline stations such as Kings Cross and Euston"
    elif node.dep_ != "appos":
        return False
    return head.pos_ == "NOUN" and head.is_lower and head.lemma_.lower() in PLACE_KIND_NOUNS


KIN_NOUNS = word_set("wife husband widow widower")


def _kin_surname(doc: Doc, span: Span) -> str | None:
    """The surname of the person whose spouse a lone given name is said to be:
    "Michael Howard's wife, Sandra" -> "Howard", "Hale's wife, Melania" -> "Hale" (the
    model may tag the owner anything, or the given name a place: the apposition to a
    spouse says who both are); None otherwise."""
    if len(span) != 1 or span[0].dep_ != "appos" or span[0].text not in GIVEN_NAMES:
        return None
    noun = span[0].head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in KIN_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ != "poss" or child.pos_ != "PROPN" or not child.text[:1].isupper():
            continue
        if child.ent_type_ == "PERSON" and child.ent_iob_ != "B":
            return child.text  # the last word of a full name the model tagged
        if child.ent_type_ not in {"GPE", "LOC", "NORP"} and not _compound_owner(child):
            return child.text  # "Hale's wife": a surname alone, however tagged
    return None


def _compound_owner(owner: Token) -> bool:
    """Whether a possessor is the head of several words ("Acme Corp's"), not one
    surname."""
    return any(c.dep_ in {"compound", "flat"} for c in owner.children)


def _honorific(doc: Doc, span: Span, title_tokens: list[Token]) -> str | None:
    """The gendered honorific or style before (or opening) a name, as written: "Mr"
    of "Mr Howard", "Mrs" of "Mrs Howard", "Lady" of "Lady Thatcher"; None without one."""
    tokens = [*title_tokens, span[0]]
    if span.start > 0:
        tokens.append(doc[span.start - 1])
    for token in tokens:
        if token.lower_ in MALE_HONORIFICS or token.lower_ in FEMALE_HONORIFICS:
            return token.text
    return None


def _preceding_honorific(doc: Doc, span: Span) -> str | None:
    """The honorific ("Mr", "Mrs", "Dr") right before the name, lowercased, if any."""
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in HONORIFICS:
        return doc[i].lower_
    return None
