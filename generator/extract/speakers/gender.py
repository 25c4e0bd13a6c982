"""The sex of what a speaker mention says: a description ("the official spokesman"), a
report, a given name, an honorific; and whether two genders agree. Used to keep "she"
from a man's quote and to tell namesakes apart.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from generator.extract.actors import FEMALE_HONORIFICS, MALE_HONORIFICS, TITLE_WORDS
from generator.extract.given_name_sexes import LISTED_FEMALE_GIVEN_NAMES, LISTED_MALE_GIVEN_NAMES
from generator.extract.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from generator.extract.pronouns import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    PRONOUN_SEX,
    RELATIVE_PRONOUNS,
    SEXED_SUBJECT_PRONOUNS,
)
from generator.extract.speakers.context import _compatible, _Context, _Event
from generator.extract.speakers.lexicon import (
    ANONYMOUS_PERSON_NOUNS,
    FEMALE_KIN_WORDS,
    FEMALE_ROLE_WORDS,
    INDEFINITES,
    MALE_KIN_WORDS,
    MALE_ROLE_WORDS,
    RECORDING_NOUNS,
    SPOKES_NOUNS,
    STATEMENT_NOUNS,
)
from generator.extract.speakers.name_text import _head_noun, _strip_name, _words
from generator.extract.words import word_lists, word_set
from generator.model import Actor

# "Terry", "Robin": given names that tell no gender (see _given_name_contradicts)
UNISEX_GIVEN_NAMES = word_lists("speaker_words")["unisex_given_names"]


# Given names of one sex: the corpus's ("Mr Howard" of Michael Howard), widened by the
# names Faker's locales list for one sex only ("Martha", "Melanie"; given_name_sexes)
_MALE_GIVEN = MALE_GIVEN_NAMES | LISTED_MALE_GIVEN_NAMES


_FEMALE_GIVEN = FEMALE_GIVEN_NAMES | LISTED_FEMALE_GIVEN_NAMES


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


def _may_stand_for(ctx: _Context, actor: Actor, gender: str) -> bool:
    """Whether a "he"/"she" may stand for `actor` as far as the article and the given
    name tell: of a compatible gender (`_compatible`) and not of a given name of the
    other sex (`_given_name_contradicts`). For the people who stand between a pronoun
    and the speaker it continues (`reports._none_else_may_be`): Tim Canova is no "she"
    ("Wasserman Schultz ... said ... Sanders endorsed her primary challenger, law
    professor Tim Canova. “...,” she said")."""
    return _compatible(ctx, actor, gender) and not _given_name_contradicts(ctx, actor, gender)


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


def _unless_other_gender(ctx: _Context, actor: Actor, gender: str) -> Actor | None:
    """The person chosen for a "he"/"she" (`_listed`), unless their given name is of
    the other gender (`_given_name_contradicts`): then no one."""
    return None if _given_name_contradicts(ctx, actor, gender) else _listed(actor)


def _object_of_preposition(ctx: _Context, event: _Event) -> bool:
    """Whether the mention at the event is the object of a preposition ("over Bath"),
    not the agent of a passive, who acts ("He was joined on the call by Ilyse Hogue")."""
    token = ctx.name_head(event.pos)
    return (
        token is not None
        and token.dep_ == "pobj"
        and not _passive_agent(token)
        and not _shown_speaking(token)
    )


def _shown_speaking(token: Token) -> bool:
    """Whether the object of "of" is the person a recording shows, the recording being
    its clause's subject: "Footage of Al-Awlaki again appears. “...,” he says" is the
    man shown, not someone talked about."""
    preposition = token.head
    noun = preposition.head
    return (
        preposition.lower_ == "of"
        and noun.lemma_.lower() in RECORDING_NOUNS
        and noun.dep_ in {"nsubj", "nsubjpass"}
    )


def _passive_agent(token: Token) -> bool:
    """Whether the object of "by" names who acts in a passive clause with its auxiliary
    ("He was joined on the call by Ilyse Hogue", "This stance was taken by Kohl"),
    however the parse hangs "by" (on "call" there). Not the agent of a bare participle
    that describes a noun ("The changes proposed by Lord Dubs were ...", "an own goal
    followed by an Alan Shearer strike"): the noun is talked about, and so is he."""
    preposition = token.head
    if preposition.lower_ != "by":
        return False
    verb = preposition.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return any(child.dep_ == "auxpass" for child in verb.children)


def _listed(actor: Actor) -> Actor | None:
    """The nearest person before a "he", unless the briefing does not list them: a word
    the model called a person once with nothing of a person about it ("Bolton host
    Arsenal ... “...,” he said") is a club or a thing, and stands for no one. (A person
    who spoke in a reporting clause before is found through `_previous_report`.)"""
    return actor if actor.listed else None


def _honorific_in_doubt(ctx: _Context, mention: str, actor: Actor) -> bool:
    """Whether a mention by honorific and surname ("Mr. Khan said") may be a person of
    the other sex than the one it was resolved to: one the article shows is of the
    other sex (`_sex_shown`), or, where it shows nothing, one of two people of that
    surname, a man and a woman, when the article writes both "Mr." and "Ms." before it
    and does not show every other person of the surname to be of the other sex: "Mr.
    Khan" was given to Ghazala Khan by nearness, "Ms. Khan" to "her son, Humayun
    Khan"; "Mrs. Abedini" stays Naghmeh Abedini beside "her husband, Saeed Abedini".
    What the article's honorifics say of the person (`ctx.gender`) is no evidence here:
    they are read from the very mentions that were linked to the wrong one (unless the
    actor is named by that honorific and every mention of it has it: "Mr. Khan" is then
    the mention itself, whoever it is). A wrong
    name is worse than none: the quote keeps the article's words. A "he" or "she" is
    checked against what the article shows the same way."""
    words = mention.split()
    if actor.type != "person" or not words:
        return False
    word = mention.strip().casefold()
    pronoun = PRONOUN_SEX[word] if word in SEXED_SUBJECT_PRONOUNS else None
    if pronoun is not None:
        # "She continued:" after "her son, Humayun Khan": not his words
        return _sex_shown(ctx.text, actor) not in (None, pronoun)
    sex = _honorific_sex(mention)
    if sex is None or len(words) < 2:
        return False
    if _honorific_sex(actor.name) == sex == ctx.gender.get(id(actor)):
        return False  # the actor is named as written ("Mr. Khan"), each mention a "Mr."
    known = _sex_shown(ctx.text, actor)
    if known is not None:
        return known != sex
    surname = words[-1].rstrip(".,")
    before = {
        match.group(1).casefold()
        for match in re.finditer(rf"\b([A-Z][a-z]{{1,5}}\.?)\s+{re.escape(surname)}\b", ctx.text)
    }
    if not (before & MALE_HONORIFICS and before & FEMALE_HONORIFICS):
        return False
    # an actor named by the mention's own honorific and surname ("Mrs. Abedini") is those
    # mentions the merge left apart, no one else; one named by another honorific ("Mr.
    # Abedini") is of that honorific's sex
    others = [
        a
        for a in ctx.actors
        if a is not actor
        and a.type == "person"
        and a.name.split()[-1:] == [surname]
        and not (_honorific_sex(a.name) == sex and len(a.name.split()) == 2)
    ]
    return not others or any(
        (_sex_shown(ctx.text, a) or _honorific_sex(a.name)) in (None, sex) for a in others
    )


def _sex_shown(text: str, actor: Actor) -> str | None:
    """ "m" or "f" as the article shows a person's sex apart from honorifics: the given
    name (`_given_name_sex`), else a word of kin set before the name ("her son, Humayun
    Khan", "Her husband, Saeed Abedini") or in a role. Not an office: wire copy writes
    "Chairman" of a woman."""
    sex = _given_name_sex(actor)
    if sex is not None:
        return sex
    words = set()
    for role in actor.roles:
        words |= set(_words(role))
    written = re.escape(actor.name)
    for match in re.finditer(rf"\b(\w+),?\s+(?:[A-Z][\w.]*\s+){{0,2}}?{written}\b", text):
        words.add(match.group(1).casefold())
    male, female = bool(words & MALE_KIN_WORDS), bool(words & FEMALE_KIN_WORDS)
    if male == female:
        return None
    return "m" if male else "f"
