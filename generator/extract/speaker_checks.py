"""Last checks on a speaker found for a quotation: evidence in the text that the actor
a mention was resolved to cannot be the one speaking.

Speaker resolution (speakers/) goes from a mention ("he", "the company", "Scott
Richter") to an actor by rules that each look at a little context. Two kinds of
evidence those rules do not see say that the answer is someone else, and a wrong name
on a page costs more than no name, so the speaker is then left out:

- the words in quotation marks name the actor by a shorter form of the name: "“I've had
  more than a quiet word with Olof,” he told ...": whoever "he" is, the words are said
  to or about Olof Mellberg, not by him (a full name may be the speaker's own: "the
  Mexicans are going to end up loving Donald Trump"); "the company said it “could not
  continue to contend with legal maneuvers by ... Microsoft”": the company is not
  Microsoft. Only when the mention does not name the actor itself ("Microsoft said:
  “At Microsoft we ...”" stays). In reported speech,
  only where the reporter called the speaker by a description ("The former finance
  officer said Mr Ebbers knew ..."), not "he" or "she".
- the place taken for the speaker is where a body named right before it is based
  ("Standard Chartered PLC, London, previously reported"): the place speaks for no one.
- the mention gives the person another first name: "Scott Richter said" is never
  Steven Richter, whom the article also names (a surname met alone elsewhere may have
  been linked to the wrong one of two people who share it).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from generator.extract.given_names import (
    FEMALE_GIVEN_NAMES,
    GIVEN_NAMES,
    LISTED_GIVEN_NAMES,
    MALE_GIVEN_NAMES,
)
from generator.extract.pronouns import ORG_PRONOUNS, PERSONAL_SUBJECT_PRONOUNS, RELATIVE_PRONOUNS
from generator.extract.punctuation import DOUBLE_QUOTES, QUOTE_CHARACTERS
from generator.extract.words import data_tables, word_lists
from generator.model import Actor, Quote

_OTHER_PARTY_WORDS = word_lists("speaker_words")["other_party_words"]
_PLACE_VOICE_NOUNS = word_lists("speaker_words")["place_voice_nouns"]
_PARTY_MEMBER_NOUNS = word_lists("speaker_words")["party_member_nouns"]
_PUBLICATION_NOUNS = word_lists("speaker_words")["publication_nouns"]
_MASTHEAD_WORDS = word_lists("speaker_words")["masthead_words"]
_PUBLICATION_WORDS = _PUBLICATION_NOUNS | _MASTHEAD_WORDS
_DOCUMENT_MODIFIERS = word_lists("speaker_words")["document_modifiers"]
# Words of a party: "Democratic party officials" are not the Republican Party.
_PARTY_ADJECTIVES = word_lists("actor_spans")["political_adjectives"]
#: The short words news writes for a party ("GOP"), by the party's name.
_PARTY_SHORT = {
    name: frozenset(words.split()) for name, words in data_tables("party_adjectives").items()
}
_RELATION_NOUNS = word_lists("speaker_words")["relation_nouns"]
_OFFICE_NOUNS = word_lists("speaker_words")["office_nouns"]
_INSIDER_NOUNS = word_lists("speaker_words")["insider_nouns"]
#: A party's words in a person's description, by the party's initial ("D", "R").
_PERSON_PARTY_WORDS = {
    "D": word_lists("speaker_words")["democrat_words"],
    "R": word_lists("speaker_words")["republican_words"],
}
#: Words that open a description or mark an office as no longer held.
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
_FORMER = frozenset({"former", "ex", "then", "onetime", "retired"})
_PUBLISHING_VERBS = "|".join(sorted(word_lists("speaker_words")["publishing_verbs"]))
# A mention's head: the noun before an of/for phrase or an apposition.
_HEAD_END = re.compile(r"\s*[,(]|\s+(?:of|for|from|at|with|in|on|who|which|that)\s", re.I)
# Styles before a surname that leave it one person's: not "Mrs", "Ms", which may name
# the wife or daughter of a man of that surname.
_STYLES = frozenset({"mr", "mr.", "dr", "dr.", "sir", "lord", "prof", "prof.", "professor"})
_PRONOUNS = PERSONAL_SUBJECT_PRONOUNS | ORG_PRONOUNS | RELATIVE_PRONOUNS
_ALL_GIVEN = GIVEN_NAMES | LISTED_GIVEN_NAMES | MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES
_WORD = re.compile(r"[\w][\w'\u2019.-]*")

#: A nickname in quotation marks between a given name and a surname: the "Bud" of
#: John "Bud" Frazier, the "LA" of Antonio "LA" Reid. It is no second given name
#: (`other_given_name`). One or two capitalised words in the quotation marks that
#: `actors._nickname_inside` and `actors._nickname_after` read in the parse, so that a
#: mention's text and the actor's record agree on what a nickname is.
_NICKNAME_QUOTE = "[" + "".join(sorted(QUOTE_CHARACTERS)) + "]"
NICKNAME = re.compile(
    rf"(?<=\w)\s+{_NICKNAME_QUOTE}[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?{_NICKNAME_QUOTE}\s+(?=[A-Z])"
)


def _name_words(actor: Actor) -> set[str]:
    """Every word of the actor's name and aliases, casefolded ("o'leary", "david")."""
    return {
        w.casefold().rstrip(".")
        for name in [actor.name, *actor.aliases]
        for w in _WORD.findall(name)
        if len(w) > 1
    }


def mention_names(mention: str, actor: Actor) -> bool:
    """Whether the speaker mention holds a word of the actor's own name ("Microsoft
    said", "a Microsoft spokesman", "Mr Richter"), as opposed to a back-reference ("he",
    "the company", "the striker")."""
    words = {w.casefold().rstrip(".") for w in _WORD.findall(mention.replace("\u2019s", ""))}
    return bool(words & _name_words(actor))


def named_in_quote(
    text: str, quote: Quote, actor: Actor, spans: list[tuple[int, int, Actor]]
) -> bool:
    """Whether the words of the quotation name the actor as someone other than the one
    speaking. A person: a shorter form of the name there (a span the article's names
    were linked to, an alias of two words or more, the surname): "a quiet word with
    Olof", "Reyes was being kicked". Not the full name, which some people use of
    themselves ("the Mexicans are going to end up loving Donald Trump"). A body: a name
    of it right after a word for another party ("by", "against", "including";
    `_OTHER_PARTY_WORDS`), since a body's own statement may name it."""
    start, end = quote.start, quote.end
    said = text[start:end]
    if actor.type == "person":
        if quote.kind == "indirect" and _beside_pronoun(said):
            return False  # "he, Christie, was": the speaker, named by the reporter
        full = actor.name.casefold()
        found = [
            (s - start, e - start)
            for s, e, a in spans
            if a is actor and start <= s and e <= end and text[s:e].casefold() != full
        ]
        surname = actor.name.split()[-1:]
        names = [
            n
            for n in actor.aliases
            if n.casefold() != full and (len(n.split()) > 1 or n.split() == surname)
        ]
        found += [
            m.span()
            for n in names
            for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", said)
            if _alone(said, m.start(), m.end())
        ]
        if quote.kind == "indirect":
            # "according to Assange's lawyer, Martinez, a female British barrister
            # arrived": the speaker's own name, apposed, taken into the reported words
            found = [(s, e) for s, e in found if said[:s].strip() or said[e : e + 1] != ","]
        return bool(found)
    places = [(s - start, e - start) for s, e, a in spans if a is actor and start <= s and e <= end]
    for name in [actor.name, *actor.aliases]:
        if len(name) > 1:
            places += [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", said)]
    marked = _marked_spans(said) if quote.kind == "partial" else []
    if marked:
        # a reported clause shown with the words it quotes: its own words are the
        # writer's account ("said that possibility had been evaluated by Ferruzzi but
        # that the company's attention was "decisively in another direction""), where
        # a body names itself as in any report of what it said
        places = [(s, e) for s, e in places if any(a <= s and e <= b for a, b in marked)]
    for s, _ in places:
        before = _WORD.findall(said[:s])[-2:]
        if before and before[-1].casefold() == "the":
            before = before[:-1]
        if before and before[-1].casefold() in _OTHER_PARTY_WORDS:
            return True
    return False


def _marked_spans(said: str) -> list[tuple[int, int]]:
    """The stretches of `said` between quotation marks (none when it holds no mark)."""
    marks = [i for i, c in enumerate(said) if c in DOUBLE_QUOTES]
    return list(itertools.pairwise(marks))[::2]


def _beside_pronoun(said: str) -> bool:
    """Whether the reported words open with a pronoun set beside a name ("he,
    Christie, was the best candidate"): the reporter naming who "he" is."""
    return re.match(r"(?:he|she|they|I|we),\s+[A-Z]", said.lstrip()) is not None


def _alone(said: str, start: int, end: int) -> bool:
    """Whether the name written at [start, end) stands alone, not inside a longer name:
    "Trump International Hotel", "Ivanka Trump" hold Trump's surname but name others."""
    before = _WORD.findall(said[:start])[-1:]
    after = _WORD.findall(said[end:])[:1]
    if before and before[0].casefold() in _STYLES:
        before = []  # "Mr Trump" is Trump; "Mrs Trump" may be his wife
    glued = said[start - 1 : start] not in {" ", "\n", "\t", ""} if start else False
    return not glued and not any(w[:1].isupper() for w in before + after)


def other_given_name(mention: str, actor: Actor) -> bool:
    """Whether the mention writes the person's surname after a given name that is none
    of the person's: "Scott Richter" resolved to Steven Richter."""
    if actor.type != "person":
        return False
    own = _name_words(actor)
    surname = actor.name.split()[-1].casefold() if actor.name.split() else ""
    written = _WORD.findall(NICKNAME.sub(" ", mention))
    for before, word in itertools.pairwise(written):
        if word.casefold() != surname or before.casefold() in own:
            continue
        if before in _ALL_GIVEN:
            return True
    return False


_TICKER_TAIL = re.compile(r"(?:\s*<[^<>\n]{1,12}>)?\s*,\s*$")


def body_location(text: str, quote: Quote, spans: list[tuple[int, int, Actor]]) -> bool:
    """Whether the place taken for the speaker is where a body named just before it is
    based: "Standard Chartered PLC <STCH.L>, London, previously reported that ...": the
    place speaks for no one, and the clause's speaker is the body or one named before
    it, which the parse does not say."""
    start = quote.speaker_start
    if start is None:
        return False
    tail = _TICKER_TAIL.search(text[max(0, start - 20) : start])
    if tail is None:
        return False
    body_end = start - len(tail.group(0))
    return any(e == body_end and a.type == "organization" for _, e, a in spans)


def not_the_speaker(
    text: str, quote: Quote, actor: Actor, spans: list[tuple[int, int, Actor]]
) -> bool:
    """Whether the text says the resolved actor is not who speaks the quotation."""
    mention = quote.speaker_mention or ""
    if other_given_name(mention, actor):
        return True
    if description_contradicts(text, quote, actor, spans):
        return True
    if actor.type == "place" and body_location(text, quote, spans):
        return True
    if mention_names(mention, actor):
        return False
    if quote.kind == "indirect":
        # Reported speech is the reporter's wording, which may name the speaker it
        # calls "she" in the frame ("including Murray's home state of Washington, she
        # said") or set the name beside a pronoun ("he, Christie, was the best
        # candidate"). But a reporter who calls the speaker by a description ("The
        # former finance officer said Mr Ebbers knew ...") names someone else.
        words = _WORD.findall(mention.casefold())
        if not words or (len(words) == 1 and words[0] in _PRONOUNS):
            return False
        if actor.type != "person":
            return False
    return named_in_quote(text, quote, actor, spans)


def _description_words(mention: str) -> list[str]:
    """The words of a mention that describes rather than names: none when it is empty
    or a pronoun ("he", "it")."""
    words = _WORD.findall(mention.replace("\u2019s", "").replace("'s", ""))
    if not words or (len(words) == 1 and words[0].casefold() in _PRONOUNS):
        return []
    return words


def mention_head(mention: str) -> str:
    """The head noun of a description, casefolded: "the newspaper" -> "newspaper", "a
    spokesman for the ministry" -> "spokesman", "the Wisconsin Republican" ->
    "republican"."""
    words = _description_words(_HEAD_END.split(mention, maxsplit=1)[0])
    return words[-1].casefold().rstrip(".") if words else ""


def _initials_of(actor: Actor) -> list[str]:
    """The first letters of the words of each of the actor's names, casefolded
    ("U.S. Department of Energy": "usdoe")."""
    names = [actor.name, *actor.aliases]
    return ["".join(_initials_of_word(w) for w in _WORD.findall(n)).casefold() for n in names]


def _initials_of_word(word: str) -> str:
    """A word's initial, or each letter of an abbreviation ("U.S.": "US")."""
    return "".join(re.findall(r"\w(?=\.)", word)) if "." in word[1:] else word[0]


def _letters_of(short: str, initials: str) -> bool:
    """Whether every letter of `short` is one of `initials`, as often as written
    ("usda" of "usad": an acronym may take the field first)."""
    return len(short) > 1 and not Counter(short) - Counter(initials)


def _holds_word(actor: Actor, word: str) -> bool:
    """Whether a word of a description is one of the actor's names: a word of it or of
    a hyphenated word of it ("Wealth-X"), the start of a word of it ("Fed": Federal
    Reserve), its initials in any order ("DOE": U.S. Department of Energy; "USDA":
    U.S. Agriculture Department; "Hefce"), or the short word news writes for a party
    ("GOP": Republican Party)."""
    folded = word.casefold().rstrip(".")
    own = _name_words(actor)
    own |= {part for w in own for part in w.split("-")}
    if folded in own:
        return True
    if len(folded) >= 3 and any(w.startswith(folded) for w in own):
        return True
    if any(_letters_of(folded, i) for i in _initials_of(actor)):
        return True
    return any(folded in _PARTY_SHORT.get(name, ()) for name in [actor.name, *actor.aliases])


def _other_body_inside(quote: Quote, actor: Actor, spans: list[tuple[int, int, Actor]]) -> bool:
    """Whether the speaker's description holds the name of another body or person of
    the article that the actor's names do not hold: "the Heritage Foundation website"
    is not Breitbart News, "a New Jersey Watchdog report" not AMC. A place named in it
    is where the speaker is ("The South Yorkshire group"), no other party."""
    start, end = quote.speaker_start, quote.speaker_end
    if start is None or end is None:
        return False
    inside = [
        other
        for s, e, other in spans
        if start <= s and e <= end and other is not actor and other.type != "place"
    ]
    return any(
        not any(_holds_word(actor, w) for w in _WORD.findall(other.name)) for other in inside
    )


def _other_party(words: list[str], actor: Actor) -> bool:
    """Whether the description holds a party's word that the body's name does not,
    while the name holds another party's: "Democratic party officials" are not the
    Republican Party."""
    said = {w.casefold() for w in words} & _PARTY_ADJECTIVES
    own = _name_words(actor) & _PARTY_ADJECTIVES
    return bool(said) and bool(own) and not said & own


def _supporter_of(mention: str, actor: Actor) -> bool:
    """Whether the description is of a supporter or opponent of the person, who is not
    the one speaking: "A pro-Rubio super PAC" is not Marco Rubio."""
    stances = re.findall(r"\b(?:pro|anti)-([A-Z][\w'\u2019]*)", mention)
    return any(w.casefold() in _name_words(actor) for w in stances)


def _relation_of(mention: str, actor: Actor) -> bool:
    """Whether the description is of someone in a relation to the person, by the
    person's possessive: "one of Carson's advisers", "Trump's potential VP" are not
    Carson or Trump ("Bush's Facebook post" may be Bush's: a post is no person). No
    kin: "Trump's son" shares the surname that was resolved."""
    own = _name_words(actor)
    for match in re.finditer(r"([\w'\u2019.-]+?)['\u2019]s?\s+((?:[\w-]+\s*){1,4})", mention):
        if match.group(1).casefold().rstrip(".") not in own:
            continue
        after = [w.casefold() for w in _WORD.findall(match.group(2))]
        if set(after) & own:
            # "Trump's adviser Stephen Miller" may be Stephen Miller
            continue
        if set(after) & _RELATION_NOUNS:
            return True
    return _relation_for(mention, own)


def _relation_for(mention: str, own: set[str]) -> bool:
    """Whether the description is of someone in a relation to the person by a
    preposition: "Attorneys for Clinton", "Supporters of Sanders", "one of the former
    prosecutors for David Petraeus", "an aide to Cruz" are not Clinton, Sanders,
    Petraeus or Cruz. The person's name must follow the preposition, with at most a
    few lower-case words between ("for the Clinton campaign")."""
    words = _WORD.findall(mention.replace("\u2019s", "").replace("'s", ""))
    folded = [w.casefold().rstrip(".") for w in words]
    for i, word in enumerate(folded[:-1]):
        if word not in _RELATION_NOUNS or folded[i + 1] not in {"of", "for", "to"}:
            continue
        rest = words[i + 2 : i + 6]
        for n, later in enumerate(rest):
            if later.casefold().rstrip(".") in own and later[:1].isupper():
                return not _portfolio_title(folded, i, rest[:n])
            if later[:1].isupper():
                break
    return False


def _portfolio_title(folded: list[str], i: int, field: list[str]) -> bool:
    """Whether the relation noun at `i` opens a title with its portfolio, the name its
    holder's: "Shadow spokesman for sport Hugh Robertson", "Tory spokesman for health
    X". No article before the noun ("a spokesman for rugby star X" speaks for X) and
    a portfolio of common words between "for" and the name ("for the Clinton campaign"
    is the campaign's)."""
    articled = i > 0 and folded[i - 1] in _DETERMINERS
    return (
        not articled and bool(field) and all(w.islower() and w not in _DETERMINERS for w in field)
    )


def _long_names(actor: Actor) -> list[str]:
    """The actor's names of two words or more ("Jeb Bush", not "Bush", which may be a
    namesake's), or all of them when it has no such name."""
    names = [actor.name, *actor.aliases]
    long = [n for n in names if len(n.split()) > 1]
    return long or names


def _other_roles(actor: Actor, mention: str) -> list[str]:
    """The actor's roles but the one its resolution took from this very description
    ("Republican nominee" of "the Republican nominee said"), which is no evidence."""
    words = [w.casefold() for w in _WORD.findall(mention)]
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    said = " ".join(words)
    return [r for r in actor.roles if " ".join(_WORD.findall(r.casefold())) != said]


def _parties_given(text: str, actor: Actor, mention: str) -> set[str]:
    """The parties ("D", "R") the article gives the person: a party word right before
    a name of theirs ("Democratic nominee Hillary Clinton", "Democrat Hillary
    Clinton"), a party letter after it ("Hillary Clinton (D-N.Y.)"), or in a role."""
    found: set[str] = set()
    lower_words = r"(?:(?:[a-z][\w-]*|Sen\.|Rep\.|Gov\.)\s+){0,3}"
    for name in _long_names(actor):
        written = re.escape(name)
        for match in re.finditer(rf"\b([A-Z][A-Za-z]+)\s+{lower_words}{written}\b", text):
            found |= _party_of_word(match.group(1))
        for match in re.finditer(rf"\b{written}\s*\(([DR])-", text):
            found.add(match.group(1))
    for role in _other_roles(actor, mention):
        for word in _WORD.findall(role):
            found |= _party_of_word(word)
    return found


def _party_of_word(word: str) -> set[str]:
    """The party a word names ("Democratic": "D", "GOP": "R"), if any."""
    folded = word.casefold()
    return {party for party, words in _PERSON_PARTY_WORDS.items() if folded in words}


def _party_contradicts(text: str, mention: str, actor: Actor) -> bool:
    """Whether the description gives the person a party ("the Republican nominee")
    that the article never gives them while it gives them another ("Democratic
    nominee Hillary Clinton")."""
    said = set().union(*(_party_of_word(w) for w in _description_words(mention)))
    if len(said) != 1:
        return False
    given = _parties_given(text, actor, mention)
    return bool(given) and not said & given


def _not_former(text: str, mention: str, actor: Actor) -> bool:
    """Whether the description calls the speaker a former holder of an office ("the
    former president") while the article gives the person that office as a sitting
    holder ("President Obama", a role "President") and never as a former one
    ("former President Bill Clinton", a role "former president"). A namesake merged
    with the office ("Jeb Bush", given his brother's "President") is no former
    president either. A person the article gives no such office keeps it (news calls
    Bill Clinton "the former president" without ever writing so before his name)."""
    if not re.search(r"\b(?:former|ex-)", mention.casefold()):
        return False
    head = mention_head(mention)
    if not head or head in _FORMER:
        return False

    def is_office(word: str) -> bool:
        word = word.casefold().rstrip(".")
        return word == head or (len(word) >= 3 and head.startswith(word))

    sitting = former = False
    for role in _other_roles(actor, mention):
        role_words = [w.casefold().removeprefix("ex-") for w in _WORD.findall(role)]
        if any(is_office(w) for w in role_words):
            if any(w in _FORMER for w in role_words) or "ex-" in role.casefold():
                former = True
            else:
                sitting = True
    for name in _long_names(actor):
        written = re.escape(name)
        before = rf"(\b\w+(?:\s+|-))?((?:[A-Z][\w.'-]*\s+){{1,3}}){written}\b"
        for match in re.finditer(before, text):
            if not any(is_office(w) for w in _WORD.findall(match.group(2))):
                continue
            said_before = (match.group(1) or "").casefold().strip().rstrip("-")
            if said_before in _FORMER or match.group(2).casefold().startswith("former"):
                former = True
            else:
                sitting = True
    return sitting and not former


def _person_contradicted(
    text: str, quote: Quote, actor: Actor, spans: list[tuple[int, int, Actor]]
) -> bool:
    """Whether a description cannot be the person it was resolved to (issue 11): one
    of their advisers (`_relation_of`), one of another party (`_party_contradicts`),
    a former holder of an office they never held (`_not_former`). A description that
    the person's name follows ("the former president, Bill Clinton,") is theirs."""
    mention = quote.speaker_mention or ""
    if _relation_of(mention, actor):
        return True
    if _named_right_after(text, quote, actor, spans) or mention_names(mention, actor):
        return False
    return (
        _party_contradicts(text, mention, actor)
        or _not_former(text, mention, actor)
        or _office_of_another(text, mention, actor, spans)
    )


def _office_of_another(
    text: str, mention: str, actor: Actor, spans: list[tuple[int, int, Actor]]
) -> bool:
    """Whether "the <office>" ("The president told her", "the senator said") was
    resolved to a person the article never gives that office while it gives it to
    another person it names: "The president" is not Michelle Obama beside "President
    Obama", "the senator" not CNN's Gloria Borger in an interview of Sen. Bernie
    Sanders. Only public offices of one holder (`office_nouns`) and only the bare "the
    <office>": "the Florida senator", "the former president" say whom they mean, and
    news gives them to people it never wrote the office for (Marco Rubio, Bill
    Clinton)."""
    words = [w.casefold() for w in _description_words(mention)]
    if len(words) != 2 or words[0] != "the" or words[1] not in _OFFICE_NOUNS:
        return False
    head = words[1]
    if _holds_office(text, head, actor, mention):
        return False
    others = {id(a): a for _, _, a in spans if a.type == "person" and a is not actor}
    return any(_holds_office(text, head, other, "") for other in others.values())


def _holds_office(text: str, head: str, actor: Actor, mention: str) -> bool:
    """Whether the article gives the person the office `head`: in a role (not the one
    taken from this very description) or in the words right before a name of theirs
    ("President Obama", "Sen. Bernie Sanders", "Vermont senator Bernie Sanders")."""

    def is_office(word: str) -> bool:
        word = word.casefold().rstrip(".")
        return word == head or (len(word) >= 3 and head.startswith(word))

    for role in _other_roles(actor, mention):
        if any(is_office(w) for w in _WORD.findall(role)):
            return True
    names = [n for n in [actor.name, *actor.aliases] if len(n) > 2]
    for name in names:
        for match in re.finditer(rf"((?:[\w.'-]+\s+){{1,3}}){re.escape(name)}\b", text):
            if any(is_office(w) for w in _WORD.findall(match.group(1))):
                return True
    return False


def _called_a_publication(text: str, actor: Actor) -> bool:
    """Whether the actor is a publication by its name ("Washington Post", "Global
    Times"), by a noun the article puts before or after it ("the evening paper Het
    Dagblad", "the Israeli newspaper Haaretz", "the Economic Information newspaper"),
    or by what the article says it did: "the local
    Arab News said ... The newspaper said", "the Rodong Sinmun reported": a voice
    that publishes, which "the paper" refers back to. Not the body of a spokesman or an
    official ("a spokesman for Goldman Sachs and Co Inc said"): that is a firm's voice,
    and "The newspaper also said" after it is another's."""
    own = {part for w in _name_words(actor) for part in w.split("-")}
    if own & _PUBLICATION_WORDS:
        return True
    nouns = "|".join(sorted(_PUBLICATION_NOUNS))
    for name in [actor.name, *actor.aliases]:
        written = re.escape(name)
        if re.search(rf"\b(?:{nouns})\s+(?:the\s+)?{written}\b", text, re.I):
            return True
        if re.search(rf"\b{written}\s+(?:{nouns})\b", text):
            return True  # "the official Economic Information newspaper"
        voiced = rf"(?<!\bfor\s)(?<!\bof\s)(?<!\bat\s)\b{written}\s+(?:{_PUBLISHING_VERBS})\b"
        if re.search(voiced, text):
            return True
    return False


def _document(mention: str) -> bool:
    """Whether "paper" is a document here ("the new paper", "the 2009 paper")."""
    words = [w.casefold() for w in _WORD.findall(mention)]
    if len(words) < 2 or words[-1] != "paper":
        return False
    return words[-2] in _DOCUMENT_MODIFIERS or words[-2].isdigit()


def paper_as_document(text: str) -> bool:
    """Whether the article brings in "paper" as a document ("in a consultative paper",
    "a new paper") and names no newspaper ("newspaper", "daily", a masthead word
    written as a name: "the Times"), so that "the paper" is that document."""
    modifiers = "|".join(sorted(_DOCUMENT_MODIFIERS))
    if re.search(r"\b(?:newspapers?|dail(?:y|ies)|tabloids?)\b", text, re.I):
        return False
    mastheads = "|".join(sorted(w.capitalize() for w in _MASTHEAD_WORDS))
    if re.search(rf"\b(?:{mastheads})\b", text):
        return False
    return re.search(rf"\ban?\s+(?:{modifiers})\s+paper\b", text, re.I) is not None


def _party_member(mention: str) -> bool:
    """Whether the description is of one member of a party ("the Wisconsin Republican",
    "one Republican", "a Democrat"): its head is a party member's noun, singular, and
    nothing of it is a body ("Republican officials" has another head)."""
    return mention_head(mention) in _PARTY_MEMBER_NOUNS


def _insider(mention: str) -> bool:
    """Whether the description is of one anonymous person inside a body ("a senior
    source at the club", "a Senate source"): its head is a source's noun, singular and
    written in lower case (not the name "Business Insider")."""
    words = _description_words(_HEAD_END.split(mention, maxsplit=1)[0])
    return bool(words) and words[-1] in _INSIDER_NOUNS


def _named_right_after(
    text: str, quote: Quote, actor: Actor, spans: list[tuple[int, int, Actor]]
) -> bool:
    """Whether the article names the actor right after the speaker's description,
    which is then its own ("The Israeli newspaper Haaretz reported")."""
    end = quote.speaker_end
    if end is None:
        return False
    return any(
        a is actor and end <= s <= end + 3 and not text[end:s].strip(" ,") for s, _, a in spans
    )


def description_contradicts(
    text: str, quote: Quote, actor: Actor, spans: list[tuple[int, int, Actor]]
) -> bool:
    """Whether the description the speaker was written as cannot be the body or place
    it was resolved to, so that the page shows the article's words instead of a wrong
    name (issue 11):

    - a place is a voice only as a state, a country, a government ...
      (`place_voice_nouns`): "The newspaper said" is never Louisiana;
    - a party member ("the Wisconsin Republican") is one person, never a body; so is
      one anonymous source or insider ("a senior source at the club", `insider_nouns`);
    - a publication ("The newspaper said") is a body whose name holds a word of one
      (`publication_nouns`, `masthead_words`) or that the article calls one ("the
      evening paper Het Dagblad"), never a company or a place the parser took for one;
    - a description holding the name of another actor of the article ("the Heritage
      Foundation website") is not a body whose names hold none of its words
      (Breitbart News), and one holding a party's word ("Democratic party
      officials") not another party.

    A person is not one a description calls a supporter or opponent of ("A pro-Rubio
    super PAC").

    A description that the actor's name follows ("The Israeli newspaper Haaretz") is
    the actor's own, whatever it says.
    """
    mention = quote.speaker_mention or ""
    words = _description_words(mention)
    if not words:
        return False
    if actor.type == "person":
        return _supporter_of(mention, actor) or _person_contradicted(text, quote, actor, spans)
    if _party_member(mention) or _insider(mention):
        # "the Florida Republican", "one Republican": one person, though the party's
        # name holds the word; "a senior source at the club": one anonymous person,
        # not the club's word
        return True
    if mention_names(mention, actor):
        # "Democratic party officials" names the Republican Party's "party" only
        return actor.type == "organization" and _other_party(words, actor)
    if _named_right_after(text, quote, actor, spans):
        return False
    head = mention_head(mention)
    if actor.type == "place":
        return bool(head) and head not in _PLACE_VOICE_NOUNS
    if head in _PUBLICATION_NOUNS and not _document(mention) and not paper_as_document(text):
        return not _called_a_publication(text, actor)
    return _other_body_inside(quote, actor, spans) or _other_party(words, actor)
