"""The evidence around one mention as votes on its type (person, organisation, place,
...): context words, a following state, an employer, a founding verb; each cue a vote,
no cue decisive alone unless marked so.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Span, Token

from generator.extract import actor_cues, actor_spans
from generator.extract.actors.body_name_cues import (
    acronym_after_name,
    acronym_of_words_before,
    of_place_firm,
    reports_as_itself,
)
from generator.extract.actors.groups import DECISIVE
from generator.extract.actors.hill_names import hill_named
from generator.extract.actors.lexicon import (
    BASE_TYPES,
    EMPLOYED_ROLES,
    EVENT_HEAD_WORDS,
    FAC_PLACE_VOTE,
    HONORIFICS,
    LISTED_PLACE_VOTE,
    NAME_PREFIX_DEMONYMS,
    ORG_ONLY_NOUNS,
    ORG_WORDS,
    PARTY_WORDS,
    PLACE_CUE_VOTE,
    PLACE_HEAD_WORDS,
    PLACE_LED_VOTE,
    TITLE_WORDS,
)
from generator.extract.actors.names import (
    _initial_and_surname,
    _middle_initial_name,
    _party_name_words,
    ends_in_legal_form,
    list_head,
)
from generator.extract.actors.of_person import after_person_of
from generator.extract.actors.person_cues import (
    age_in_apposition,
    made_by_person,
    pronoun_follows,
    pronoun_reports_next,
)
from generator.extract.actors.place_nouns import DIVISION_NOUNS, names_place_noun
from generator.extract.actors.places import (
    KNOWN_PLACES,
    _place_led,
    _us_state_forms,
    gazetteer,
    place_aliases,
    state_nickname,
    us_state_codes,
)
from generator.extract.actors.role_holders import (
    holder_after_title,
    holder_before_role,
    holder_in_apposition,
    role_held_at_body,
)
from generator.extract.actors.sheets import _fixture_side, _match_side
from generator.extract.actors.type_cues import (
    PLURAL_VERB_FORMS,
    _compass_part_of_place,
    _conjoined_with_full_name,
    _conjoined_with_place,
    _contact_clause_subject,
    _given_name_led,
    _has_place_cue,
    _introduced_as_org,
    _modifies_noun,
    _named_as_place,
    _org_noun,
    _person_shape,
    _plural_subject,
    _preceding_honorific,
    _set_scores_after,
    _uncommon_full_name,
)
from generator.extract.actors.vocabulary import _dictionary_word, _speaks
from generator.extract.actors.works import _listed_as_kind
from generator.extract.given_names import GIVEN_NAMES
from generator.model import name_key
from generator.reading.layout import doc_layout, doc_text

# A match's ground (`actor_cues.ground`), of a name news writes for grounds
# (`actor_cues.ground_names`: "the FA Cup tie at Everton" names the home side): more
# than a place cue, as the words of the match leave no other reading ("a 0-0 tie at
# Old Trafford"); less than decisive, so that a name the article's other mentions show
# acting stays a body.
GROUND_VOTE = 3.0


#: The industry a firm's name ends with: "Getty Oil" (data/company_words.toml).
INDUSTRY_NAME_ENDINGS = actor_spans.COMPANY_WORDS["industry_name_endings"]


# Weaker context, read only when the model also says so: a place name after "to" or
# "from" ("flights to Denver"), an organisation name before the words of a business or
# a body ("Google's chief executive", "Ofcom spokesman", "Samsung shares").
SIDE_WORDS = frozenset({"north", "south", "east", "west", "left", "right"})


def _type_votes(doc: Doc, span: Span, label: str, name: str) -> dict[str, float]:
    """Evidence for each type from the label, the words of the name and its context."""
    votes: dict[str, float] = defaultdict(float)
    if label in BASE_TYPES:
        votes[BASE_TYPES[label]] += 1.0
    elif label == "FAC":
        votes["place"] += FAC_PLACE_VOTE
        votes["organization"] += 0.25
    words = [w.casefold().strip(".,") for w in name.split()]
    shaped = True  # the words of the name say what it is
    if len(words) == 2 and words[0] in SIDE_WORDS and words[1] in {"bank", "banks"}:
        votes["place"] += 3.0  # "West Bank", "Left Bank": the side of a river
    elif len(words) >= 2 and name_key(name) in place_aliases():
        pass  # "Soviet Union", "Union of the Comoros": a country, whatever its words say
    elif len(words) >= 2 and state_nickname(span):
        votes["place"] += DECISIVE["place"]  # "in the Granite State": a state, not a body
    elif (
        len(words) >= 2
        and words[-1] in PLACE_HEAD_WORDS
        and label in {"ORG", "FAC"}
        and _speaks(span)
    ):  # "Downing Street said", "the Elysee Palace said": those who work there
        votes["organization"] += 3.0
    elif (
        len(words) >= 2
        and words[-1] in PLACE_HEAD_WORDS
        and words[-1] not in ORG_WORDS
        and not {"of", "for"} & set(words)
        and not _given_name_led(name, label)
    ):
        votes["place"] += 3.0  # "College Station", "Parliament Square": the last word rules
    elif (
        any(w in ORG_WORDS for w in words[:-1])
        # "Elizabeth Banks", "Charlotte Church" tagged as people: a given name and a
        # surname that happens to be a body's word
        or (words[-1] in ORG_WORDS and not _given_name_led(name, label))
        # "Getty Oil", "Bethlehem Steel": a firm's name and its industry
        or (
            len(words) >= 2
            and words[-1] in INDUSTRY_NAME_ENDINGS
            and not _given_name_led(name, label)
        )
        or (len(words) >= 2 and all(w in PARTY_WORDS for w in words))
        or (len(words) == 1 and words[0] in _party_name_words())
        # "Banco do Brasil", "Banque Nationale de Paris": a body's head noun in its language
        or (len(words) >= 2 and words[0] in actor_spans.FOREIGN_BODY_HEADS)
    ):
        votes["organization"] += 5.0  # "Liberal Democrats", "Lib Dem", "Labour": a party
    elif len(words) >= 2 and words[-1] in PLACE_HEAD_WORDS and not _given_name_led(name, label):
        votes["place"] += 3.0  # "Trafalgar Square", "Ben Gurion Airport"
    elif hill_named(name, label):
        votes["place"] += 3.0  # "Capitol Hill": a hill's name, though "Hill" is a surname
    elif _compass_part_of_place(words):
        votes["place"] += 5.0  # "Edinburgh South", "Mid-Bedfordshire": a constituency
    elif len(words) >= 2 and words[-1] in EVENT_HEAD_WORDS:
        votes["organization"] += 3.0  # "London Marathon": its organisers, not a place
    else:
        shaped = False
    lowered = name.casefold()
    place_name = lowered in KNOWN_PLACES or name_key(name) in place_aliases()
    listed_place = not place_name and lowered in gazetteer()
    if _place_led(span, label, name):
        votes["organization"] += PLACE_LED_VOTE  # "Sheffield United", "Leeds Rhinos"
    elif not shaped and not place_name and not listed_place and words[-1] not in DIVISION_NOUNS:
        votes["person"] += _person_shape(doc, span, name, label)  # not "Scott County"
    if (
        label != "PERSON"
        and not (shaped or place_name or listed_place)
        and _uncommon_full_name(name.split())
        and _set_scores_after(doc, span)
    ):
        votes["person"] += 4.0  # "beat Gaston Gaudio 5-7 6-1 6-4": a tennis player
    if label != "PERSON" and not shaped and _initial_and_surname(name):
        votes["person"] += 3.0  # "M Bortolami (Narbonne)": a team sheet's player
    if label == "ORG" and not shaped and _middle_initial_name(name):
        votes["person"] += 3.0  # "Channing D. Phillips" tagged as a body
    if (
        label == "ORG"
        and not (shaped or place_name or listed_place)
        and len(words) == 2
        and _uncommon_full_name(name.split())
        and _owned_by_body(doc, span)
    ):
        votes["person"] += 3.0  # "NBC's Lester Holt" tagged as a body: the outlet's man
    if label == "PERSON" and _capitals_only(span):
        votes["organization"] += 3.0  # "NATO", "BBC" tagged as people
    elif label == "PERSON" and len(span) >= 2 and span[0].is_upper and len(span[0]) >= 3:
        votes["organization"] += 3.0  # "BBC Sport Wales": initials of a person are shorter
    if label == "PERSON" and len(span) == 1:
        votes["person"] -= 0.5  # a lone word is weak evidence of a person
    if (
        label == "PERSON"
        and len(span) >= 2
        and not any(w in ORG_WORDS for w in words)
        and _speaks(span)
    ):
        votes["person"] += 3.0  # "Ellie Hall tweeted": someone speaking, not a hall
    if label == "PERSON" and _plural_subject(span):
        votes["organization"] += 5.0  # "Black Sabbath have topped": a band, not a person
    # a name the model calls a place that no lexicon or shape says is one
    unknown_place = label in {"GPE", "LOC"} and not (shaped or place_name or listed_place)
    if unknown_place and _who_is(span):
        votes["person"] += 3.0  # "Rihanna, who was honored": no place the text knows
    if place_name:
        votes["place"] += 2.5
    elif listed_place and (
        label in {"GPE", "LOC", "FAC"}
        or (label == "PERSON" and len(words) >= 2 and name.split()[0] not in GIVEN_NAMES)
    ):
        votes["place"] += LISTED_PLACE_VOTE  # "New Brunswick" tagged as a person: an ISO region
    if _has_place_cue(doc, span):
        votes["place"] += PLACE_CUE_VOTE
    if label != "PERSON" and name in actor_cues.ground_names() and actor_cues.ground(doc, span):
        votes["place"] += GROUND_VOTE  # "a 0-0 tie at Old Trafford": a ground, not a club
    if (
        actor_cues.constituency(doc, span)
        or actor_cues.located(doc, span)
        or actor_cues.dateline(doc, span)
    ):  # "MP for Hornsey", "the road to Rawandiz", "SYRACUSE, N.Y. - The last time"
        votes["place"] += DECISIVE["place"]
    if (
        label in {"PERSON", "ORG"}
        and not place_name
        and not listed_place
        and actor_cues.body_plural_before(doc, span)
    ):
        votes["organization"] += DECISIVE["organization"]  # "auditors Arthur Andersen"
    if label == "ORG" and not (place_name or listed_place) and _glued_body_name(span):
        votes["organization"] += 3.0  # "Citibank, chairman of the committee": a bank
    if _and_company_after(doc, span):
        votes["organization"] += 5.0  # "S.G. Warburg and Co Inc": a firm's name
    if _fixture_side(doc, name) or (label != "PERSON" and _match_side(doc, name)):
        votes["organization"] += DECISIVE["organization"]  # "Bolton v Arsenal": a club
    if _state_after_place(doc, span):
        votes["place"] += DECISIVE["place"]  # "College Station, TX": a US state's code
    if ends_in_legal_form(name):
        votes["organization"] += DECISIVE["organization"]  # "Benetton SpA", "Novo A/S"
    if label != "PERSON" and _town_before_state(doc, span):
        votes["place"] += DECISIVE["place"]  # "its Pontiac, Mich., truck plant"
    if _conjoined_with_place(span):
        votes["place"] += 1.5
    if (
        label == "ORG"
        and not (shaped or place_name or listed_place)
        and _uncommon_full_name(name.split())
        and _conjoined_with_full_name(span)
    ):
        votes["person"] += 1.5  # "Hugh Jackman and Ewan McGregor": two people
    if _named_as_place(span):
        votes["place"] += 4.0  # "three airports -- LaGuardia, John F. Kennedy and Newark"
    if label in {"PERSON", "ORG"} and (
        acronym_after_name(doc, span)
        or acronym_of_words_before(doc, span)
        or of_place_firm(doc, span)
        # not a place's name ("Washington said it would ... its": its government), a
        # person's initial and surname, or the surname of someone named in full
        # ("Baker said it would ... its")
        or (
            not (place_name or listed_place or _initial_and_surname(name))
            and reports_as_itself(span)
            and (len(words) >= 2 or _lone_surname(doc, name))
        )
    ):  # "Petroles de Venezuela, PDVSA", "Gold Fields of South Africa Ltd said", "Diamond
        # Shamrock said it would spin off its refining arm"
        votes["organization"] += DECISIVE["organization"]
    # Read where the model says person only: a field the model calls a body in its
    # other mentions ("the Ekofisk pipeline") is left to them, as one vote among several
    # would list it as a body
    if label == "PERSON" and names_place_noun(doc, span):
        votes["place"] += 3.0  # "the Khur Abdullah waterway", "the Telfer mine"
    honorific = _preceding_honorific(doc, span)
    if honorific and (place_name or listed_place) and _modifies_noun(doc, span):
        honorific = None  # "the Miss Idaho title": a contest named after a place
    if honorific or (span.start > 0 and doc[span.start - 1].lower_ in NAME_PREFIX_DEMONYMS):
        votes["person"] += 4.0  # "Mr Minar", "Frenchman Arnaud Clement"
    # an acronym is a body's whatever follows it ("IRNA said he gave no reply": the "he"
    # is the minister IRNA quotes); a lone word the model calls a place that no list
    # knows is read the same way ("Dharyono said ... he believed": a man, not a town)
    if (label == "ORG" or (unknown_place and _lone_surname(doc, name))) and not (
        shaped or place_name or listed_place or name.isupper()
    ):
        if age_in_apposition(doc, span):
            votes["person"] += DECISIVE["person"]  # "Goldfine, 39, has worked with"
        elif pronoun_follows(doc, span) or made_by_person(span):
            votes["person"] += 3.0  # "Burger's award came a week after he won"
        elif pronoun_reports_next(doc, span):
            votes["person"] += 3.0  # "..., Ketchum said." then "..., he said."
        elif holder_in_apposition(doc, span) and not _glued_body_name(span):
            votes["person"] += 3.0  # "Willy de Clercq, commissioner of the EC, said"
        elif holder_after_title(doc, span):
            votes["person"] += 3.0  # "The chairman of the Bar Council, Guy Mansfield QC"
    if label in {"PERSON", "ORG"} and holder_before_role(doc, span, label):
        votes["person"] += 3.0  # "Yutaka Hashimoto general manager of Nippon Life Co told"
    if _introduced_as_org(doc, span, label):
        # a clause's subject or the body's name: one vote, the other mentions decide
        votes["organization"] += 3.0 if _contact_clause_subject(doc, span, label) else 6.0
    listed_as = _listed_as_kind(span) if label in {"PERSON", "ORG"} and not place_name else None
    if unknown_place:
        # "influential women like Rihanna": a name no place is known by, listed as a
        # person (a list of bodies says nothing against the model's place)
        listed_as = "person" if _listed_as_kind(span) == "person" else None
    if listed_as is not None:
        votes[listed_as] += 4.0  # "actors including ... Miranda Richardson"
    # Grammar that shows a body, not a person: read only where the model says person or
    # organisation ("The South Yorkshire company" is a firm of a place, not the place),
    # and for a building, only a body's noun after it ("the Tampa Bay Buccaneers team";
    # "the Line of Control, which" is a thing too).
    if label == "FAC" and not place_name and not listed_place and _names_org_noun(doc, span):
        votes["organization"] += 3.0
    if (
        label == "GPE"
        and not place_name
        and not listed_place
        and (_employer_of_role(doc, span) or _employer_after_role(doc, span))
    ):
        # "Kerrang! editor Ashley Bird": a name no place is known by before a role held in
        # a body is the body's, not a town's (a body's noun is not enough: "a San
        # Francisco company", "the South Yorkshire company" are firms of the place); so
        # is one after the role ("a senior analyst at Jefferies")
        votes["organization"] += 3.0
    if (
        label in {"PERSON", "ORG"}
        and not place_name
        and not listed_place
        and (
            _employer_of_role(doc, span)
            or _employer_after_role(doc, span)
            or _names_org_noun(doc, span)
            or _owner_of_person(doc, span)
            or _members_of(span)
            or _article_inside(span)
            or _founded(span)
            or _followed_by_which(doc, span, label)
            or after_person_of(doc, span)  # "said Richard Jeffrey of Hoare Govett"
        )
    ):
        votes["organization"] += 3.0  # a club, band or firm: never a person's name
    return dict(votes)


def _lone_surname(doc: Doc, name: str) -> bool:
    """A one-word name the article never writes after another capitalised word (but an
    honorific): "Dharyono said", not the "Tanden" of "Neera Tanden", whose full name
    decides, nor a word of a longer name ("San Diego")."""
    if " " in name:
        return False
    for found in re.finditer(rf"\b([A-Z][\w'-]*)(\.?)[ \t]+{re.escape(name)}\b", doc_text(doc)):
        word, stop = found.groups()
        if (word + stop).casefold() not in HONORIFICS and not (stop and word[1:].islower()):
            return False  # a capitalised word before it, not one ending a sentence
    return True


def _who_is(span: Span) -> bool:
    """ "Rihanna, who was honored": a relative "who" right after the name (a comma and
    spaces between), its verb singular, its clause hung on the name. A band takes a
    plural one ("Mogwai, who are"), a place no "who" at all."""
    doc = span.doc
    i = span.end
    while i < len(doc) and (doc[i].is_space or doc[i].text == ","):
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ != "who" or doc[i + 1].lower_ in PLURAL_VERB_FORMS:
        return False
    # the clause tells of the name, not of the person before it: "Howard Rubel, a
    # senior analyst at Jefferies, who notes" hangs it on the analyst
    # (nor of the one a preposition's object follows: "a senior analyst at Jefferies,
    # who notes", which the parse hangs on the firm)
    verb = doc[i].head
    return (
        verb.dep_ == "relcl" and span.start <= verb.head.i < span.end and span.root.dep_ != "pobj"
    )


def _owned_by_body(doc: Doc, span: Span) -> bool:
    """A name right after a body's possessive: "NBC's Lester Holt", "CNN's Wolf
    Blitzer". What a body owns and news names by two uncommon capitalised words is its
    presenter, player or officer; its products and shows are mostly common words
    ("Microsoft's Internet Explorer", "ABC's This Week"), which the caller leaves out."""
    i = span.start
    return (
        i >= 2
        and doc[i - 1].lower_ in {"'s", "\u2019s"}
        and doc[i - 2].ent_type_ == "ORG"
        and not doc[i - 2].is_lower
    )


def _capitals_only(span: Span) -> bool:
    """Every word of the name holding letters is written in capitals, two or more of
    them: "NATO", "BBC". A name with no plain word at all is no acronym: "O'Driscoll"
    and "O'Brien" are one token each that is not `is_alpha`, and must not count as
    capitals by having no word to check."""
    words = [t for t in span if any(ch.isalpha() for ch in t.text)]
    return bool(words) and all(t.text.isupper() and len(t) > 1 for t in words)


def _glued_body_name(span: Span) -> bool:
    """One capitalised word ending in a body's word glued on ("Citibank", "Citicorp",
    `actor_spans.GLUED_BODY_ENDINGS`), with letters before it: a firm's name form, which
    outweighs a role written beside it. Read where the model says organisation only, and
    a vote, not a verdict: a surname so spelt may be tagged as a body too ("Milbank");
    a bank's name the model cut ("Kommerzialbank" of "Zentralsparkasse und
    Kommerzialbank", tagged a place) stays unlisted."""
    if len(span) != 1 or not span[0].is_title:
        return False
    lowered = span[0].lower_
    return any(
        lowered.endswith(end) and len(lowered) >= len(end) + 3
        for end in actor_spans.GLUED_BODY_ENDINGS
    )


def _and_company_after(doc: Doc, span: Span) -> bool:
    """ "S.G. Warburg and Co Inc", "Salomon Brothers & Co.": a firm's name the model
    cut before "and Co"."""
    return (
        span.end + 1 < len(doc)
        and doc[span.end].lower_ in {"and", "&"}
        and doc[span.end + 1].text.rstrip(".") in {"Co", "Company", "Cie"}
    )


def _state_after_place(doc: Doc, span: Span) -> bool:
    """A US state's code after a town and a comma, as datelines and addresses write
    them: "College Station, TX", "Burlington, VT"."""
    return (
        len(span) == 1
        and span.text in us_state_codes()
        and span.start >= 2
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].is_title
    )


def _town_before_state(doc: Doc, span: Span) -> bool:
    """A name, a comma and a US state, then a comma or the sentence's end: "Pontiac,
    Mich., truck plant", "its Irving, Texas, facility". Wire copy places a town so;
    a firm or a person is not followed by a state between commas."""
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != ",":
        return False
    for size in (1, 2, 3):  # "Texas", "New York", "N. Y." ...
        end = i + 1 + size
        if end > len(doc):
            break
        state = doc[i + 1 : end]
        if state.text.lower() in _us_state_forms() and state[0].is_title:
            after = doc[end] if end < len(doc) else None
            return after is None or after.text in {",", ".", "-", ";"} or after.is_sent_start
    return False


def _employer_of_role(doc: Doc, span: Span) -> bool:
    """A name modifying a role noun, the employer of whoever holds it: "Manchester
    United manager Sir Alex Ferguson", "Uefa spokesman Rob Faulkner", "Kerrang! editor".
    A person's name is not used so (an employer that is a place is left to the
    caller)."""
    i = span.end
    while i < len(doc) and (doc[i].text in {"!", "-"} or doc[i].pos_ == "ADJ"):
        i += 1
    if i >= len(doc):
        return False
    role = doc[i]
    if span[0].is_sent_start and len(span) == 1 and _dictionary_word(span[0].lower_):
        return False  # "Rap star Jay-Z": a common word capitalised at a sentence start
    return (
        role.is_lower
        and role.pos_ == "NOUN"
        and role.lower_ in EMPLOYED_ROLES
        and all(t.pos_ == "PROPN" or t.is_punct for t in span)
        and span.root.head.i >= span.end
        and span.root.dep_ in {"compound", "nmod", "amod"}
        and not role_held_at_body(role)  # "Hashimoto general manager of Nippon Life"
    )


# Prepositions that name whom a role is held at, by the role nouns they follow: "at"
# and "with" after any role ("a legal researcher at Al-Haq", "an analyst at Butcher and Singer"),
# "of" and "for" only after a role held in a body (`EMPLOYED_ROLES`: "advocacy director
# for B'Tselem", "editor of Vogue"), since "spokesman for Tony Blair" and "lawyer for
# Michael Jackson" name a person's staff.
EMPLOYER_PREPOSITIONS = {
    "at": TITLE_WORDS,
    "with": TITLE_WORDS,  # "an analyst with Scrimgeour Vickers": the employer too
    "of": EMPLOYED_ROLES,
    "for": EMPLOYED_ROLES,
}


def _employer_after_role(doc: Doc, span: Span) -> bool:
    """A name after a role noun and its preposition, the body where the role is held:
    "Tahseen Elayyan, a legal researcher at Al-Haq". The model often calls such a
    one-word body a person; a person's name is not the object of "researcher at".
    (An employer that is a place is left to the caller: "a professor at Oxford".)"""
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1:
        return False
    prep, role = doc[i], doc[i].head
    nouns = EMPLOYER_PREPOSITIONS.get(prep.lower_)
    return (
        nouns is not None
        and span.root.head.i == prep.i
        and span.root.dep_ == "pobj"
        and role.i < prep.i
        and role.is_lower
        and role.pos_ == "NOUN"
        and role.lower_ in nouns
        and all(t.pos_ == "PROPN" or t.is_punct for t in span)
    )


def _owner_of_person(doc: Doc, span: Span) -> bool:
    """A name owning a person named in full right after it: "Led Zeppelin's Jimmy
    Page", "Arsenal's Thierry Henry": a band, club or firm. A person's kin or staff
    come with a noun between ("Blair's wife Cherie")."""
    i = span.end
    if len(span) < 2:
        return False  # "Festen's Rufus Norris": one word may be a play's, left unlisted
    if i + 2 >= len(doc) or doc[i].lower_ not in {"'s", "\u2019s"}:
        return False
    first = doc[i + 1]
    return first.ent_type_ == "PERSON" and first.ent_iob_ == "B" and doc[i + 2].ent_iob_ == "I"


MEMBER_LEMMAS = frozenset({"member"})


def _members_of(span: Span) -> bool:
    """The name of what people are members of, or one of a list of them: "members of
    the Bee Gees, the Beach Boys and the Eagles", "a former member of Led Zeppelin": a
    band, a party or a club, never a person (a person's people are "members of Smith's
    staff", where the name owns the noun)."""
    node = list_head(span.root)
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    noun = node.head.head
    return noun.is_lower and noun.pos_ == "NOUN" and noun.lemma_.lower() in MEMBER_LEMMAS


def _followed_by_which(doc: Doc, span: Span, label: str) -> bool:
    """ "Novartis, which last month forecast": "which" takes a thing or a body, where
    a person takes "who"."""
    i = span.end + (1 if span.end < len(doc) and doc[span.end].text == "," else 0)
    if i >= len(doc) or doc[i].lower_ != "which" or doc[i].dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return label == "PERSON" or not _clause_on_other_noun(span, doc[i].head)


def _clause_on_other_noun(span: Span, verb: Token) -> bool:
    """The parse hangs the relative clause on a noun before the name, not on the name or
    a list it closes: "a benefit show in Bristol, which will see Massive Attack" tells of
    the show; the town is no body for it. Read where the model says organisation only
    (its label votes so already, and a place cue may outweigh it): for a name the model
    calls a person the "which" is the body's evidence, and the parse of the clause's
    noun is not sure enough to drop it ("Shares in X, which makes software" hangs the
    clause on "Shares")."""
    if verb.dep_ != "relcl":
        return False
    antecedent = verb.head
    if span.start <= antecedent.i < span.end:
        return False
    node = span.root
    for _ in range(8):  # "Cisco, Juniper and Huawei, which": the list's first name
        if node.dep_ != "conj" or node.head is node:
            break
        node = node.head
        if node.i == antecedent.i:
            return False
    return antecedent.pos_ == "NOUN" and antecedent.i < span.start


def _names_org_noun(doc: Doc, span: Span) -> bool:
    """A name modifying a noun that never describes a person: "Sal Oppenheim
    investment bank", "Kerrang! magazine", "the Labour party". Not in the headline line,
    whose words drop the articles that tell a noun from an adjective: "Parry firm over
    Gerrard" is Parry standing firm."""
    if span.start_char < doc_layout(doc).body_start:
        return False
    i = span.end
    for _ in range(3):
        while i < len(doc) and doc[i].text in {"!", "-"}:
            i += 1
        if i >= len(doc) or not doc[i].is_lower or doc[i].pos_ not in {"NOUN", "ADJ"}:
            return False
        if _org_noun(doc[i], ORG_ONLY_NOUNS):
            # the name hangs on the noun, or beside it on the noun both modify: "Kerrang!
            # magazine readers"
            on_noun = span.root.head.i == i or (
                doc[i].dep_ == "compound" and span.root.head.i == doc[i].head.i
            )
            return on_noun and span.root.dep_ in {"compound", "nmod", "amod"}
        i += 1
    return False


FOUNDING_LEMMAS = frozenset({"found", "establish", "co-found", "cofound"})


def _founded(span: Span) -> bool:
    """What is founded or established is a body ("Def Jam was founded in 1984 by",
    "He founded Argonaut in 1982"): people are born, not founded."""
    root = span.root
    return root.head.lemma_.lower() in FOUNDING_LEMMAS and (
        root.dep_ == "nsubjpass" or (root.dep_ == "dobj" and root.head.pos_ == "VERB")
    )


def _article_inside(span: Span) -> bool:
    """A lower-case "the" inside a name ("Mott the Hoople", "Hootie and the
    Blowfish"): a band's or a title's, never how news writes a person's name (styled
    names such as "Prince of Wales" hold "of" only)."""
    return any(t.lower_ == "the" and t.is_lower for t in span[1:-1])
