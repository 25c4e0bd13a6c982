"""The role beside a person's name as a reader meets it: without the writer's colour
words ("famed fight doctor" is a fight doctor), without a relation to someone else the
sentence names ("her main rival, Bernie Sanders"), without a bare form of address
("Secretary Clinton's conduct"), and with "former" for a title written "then-" (a
"then-Secretary of State" is no Secretary of State now). Run by `roles.printable_roles`,
once speakers are resolved, except `then_title`, which `roles._add_roles` asks where the
title is read (the words before it are gone from the role string).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from generator.extract.actors.glued_roles import GLUED_ROLE_NOUNS
from generator.extract.actors.lexicon import KIN_NOUNS, TITLE_WORDS
from generator.extract.words import word_lists, word_set

ROLE_WORDS = word_lists("role_words")
COLOUR_WORDS = ROLE_WORDS["colour_words"]
OPENING_ADVERBS = ROLE_WORDS["opening_adverbs"]
RELATIVE_HEADS = ROLE_WORDS["relative_heads"] | KIN_NOUNS
COURTESY_TITLES = ROLE_WORDS["courtesy_titles"]
# "governor there", "head of the EC delegation here": where the article stands, which
# the page beside the name does not
PLACE_ADVERBS = word_lists("speaker_words")["mention_trailing_adverbs"]

# Words that name the other person of a relation inside the role: "Ali's father",
# "widow of Nirvana frontman Kurt Cobain", "successor to Mr Smith".
OWNER_LINKS = frozenset({"of", "to"})
POSSESSIVE_ENDINGS = ("'s", "\u2019s", "s'", "s\u2019")


def tidy_role(words: list[str]) -> list[str]:
    """The words of one role as the page shows them, or [] for no role: colour words and
    an opening "even" go from its front, "here"/"there" from its end; a bare form of
    address or a relation to someone unnamed is no role."""
    words = _then_as_former(list(words))
    while words and _opening_word(words[0]):
        words.pop(0)
        while words and words[0].casefold() in LEFT_AFTER_OPENING:
            words.pop(0)  # "presently a non-executive director", "accomplished, experienced"
    while len(words) > 1 and words[-1].casefold() in PLACE_ADVERBS:
        words.pop()
    if not words:
        return []
    if len(words) == 1 and words[0].casefold().strip(".") in COURTESY_TITLES:
        return []
    if _relative(words):
        return []
    return words


THEN_PREFIX = "then-"


def _then_as_former(words: list[str]) -> list[str]:
    """A role written "then-" with its first word ("then-Senate Majority Leader", from
    an apposition or a learnt title) as a reader meets it now: "former Senate Majority
    Leader", as `then_title` makes of a title before a name."""
    if not words or not words[0].casefold().startswith(THEN_PREFIX):
        return words
    rest = words[0][len(THEN_PREFIX) :]
    if not rest:
        return words
    return ["former", rest, *words[1:]]


LEFT_AFTER_OPENING = frozenset({",", "and", "a", "an", "the"})


def _opening_word(word: str) -> bool:
    """A colour word or an opening adverb, with a comma glued to it ("accomplished,")."""
    folded = word.casefold().rstrip(",")
    return folded in COLOUR_WORDS or folded in OPENING_ADVERBS


def _relative(words: list[str]) -> bool:
    """Whether the role's head (the word before its first "of"/"to"/"for"/"in", or its
    last word) is a relation to another person, and the role does not name that person
    (a possessive or an "of"/"to" phrase)."""
    folded = [w.casefold() for w in words]
    head = folded[-1]
    for index, word in enumerate(folded):
        if index and word in OWNER_LINKS | {"for", "in"}:
            head = folded[index - 1]
            break
    if head not in RELATIVE_HEADS:
        return False
    owned = any(w.endswith(POSSESSIVE_ENDINGS) for w in folded) or bool(OWNER_LINKS & set(folded))
    return not owned


# Entities whose last word before an "and" ends a name, not a title: "donated $1m to
# The American Red Cross and actor Leonardo DiCaprio pledged ...".
NAMED_ENTITIES = frozenset({"ORG", "GPE", "PERSON", "NORP", "FAC", "LOC", "WORK_OF_ART"})


def name_before_and(conjunction: Token, before: Token) -> bool:
    """Whether an "and" (or "&") between a name and the lower-case title words before a
    person joins two phrases, not two titles: the word before it ends a name the model
    tagged and is no title word, the "and" is outside that name, and the word after it
    is a common noun or a title ("... to The American Red Cross and actor Leonardo
    DiCaprio", "Sen. Patrick J. Toomey of Pennsylvania and Rep. Joseph J. Heck").
    "chairman and chief executive" (no name) joins its titles, as do other capitalised
    words after the "and", which may go on a name the model cut ("Phillips and Drew
    analyst Stephen Lewis", "Energy and Mines Minister")."""
    if conjunction.lower_ not in {"and", "&"} or conjunction.ent_iob_ in {"B", "I"}:
        return False
    after = conjunction.doc[conjunction.i + 1] if conjunction.i + 1 < len(conjunction.doc) else None
    if after is None or not (after.is_lower or after.lower_.strip(".") in TITLE_WORDS):
        return False
    return before.ent_type_ in NAMED_ENTITIES and before.lower_.strip(".") not in TITLE_WORDS


THEN_WORDS = frozenset({"then"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def then_title(doc: Doc, title_start: int) -> bool:
    """Whether the title that starts at character `title_start` is written "then-"
    right before it ("then-Sen. Barack Obama", "then-Secretary of State Condoleezza
    Rice"): the office the person held at the time told, no longer. "then" with a
    space may be the adverb of what came next ("and then President Obama spoke")."""
    first = next((t for t in doc if t.idx >= title_start), None)
    if first is None or first.i < 1:
        return False
    before = doc[first.i - 1]
    if before.lower_.rstrip("-\u2010\u2011") in THEN_WORDS and before.lower_ != "then":
        return not before.whitespace_  # one token "then-"
    if before.text not in HYPHENS or before.whitespace_ or first.i < 2:
        return False
    then = doc[first.i - 2]
    return then.lower_ in THEN_WORDS and not then.whitespace_


def number_compound_cut(run: list[Token]) -> int:
    """How many tokens open a pre-name run as the cut end of a compound with a number
    ("five-star Gen. Dwight Eisenhower", "two-term Gov."), whose number ended the run:
    the glued hyphen and the word after it (2), or none (0). Read alone, "star" would
    be the role and "Gen." would give way to it."""
    if len(run) < 2 or run[0].text not in HYPHENS or run[0].whitespace_ or run[0].i == 0:
        return 0
    number = run[0].doc[run[0].i - 1]
    if number.whitespace_ or not (number.like_num or number.ent_type_ == "CARDINAL"):
        return 0
    return 2


def name_object_of_run(name: Span, words: list[Token]) -> bool:
    """Whether the name is the object of an "of" inside the title words before it, which
    an indefinite article opens: "a student of Hall of Famer Angelo Dundee" tells who
    someone else is, no role of Dundee's. So does a person's noun in lower case before
    the "of" when the name's own title in lower case comes right before it: "The agent
    of Rovers midfielder Paulo Cerqueira", "the widow of the band's frontman", where
    "The Archbishop of Canterbury Dr Rowan Williams" and "the governor of Sao Paulo
    state Orestes Quersia" are the name's offices."""
    root = name.root
    inside = {t.i for t in words}
    if root.dep_ != "pobj" or root.head.i not in inside or root.head.lower_ != "of":
        return False
    holder = root.head.head
    if (
        holder.i in inside
        and holder.is_lower
        and holder.pos_ == "NOUN"
        and (holder.lower_ in TITLE_WORDS or holder.lower_ in KIN_NOUNS)
        and words[-1].is_lower
        and words[-1].lower_ in TITLE_WORDS
    ):
        return True
    # Only a run an indefinite article opens is said of someone else: the parse makes
    # "Archbishop of Canterbury Dr Rowan Williams" an "of" phrase with his name in it too
    if not words or words[0].i == 0 or name.doc[words[0].i - 1].lower_ not in {"a", "an"}:
        return False
    # "NBA Hall of Fame player Charles Barkley": a lower-case title right before the
    # name is his, however the parse hangs the name
    return not any(t.is_lower and t.i > root.head.i for t in words)


POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})
TAIL_TAGS = frozenset({"ADJ", "ADV", "NOUN", "PROPN", "NUM", "PUNCT"})
TAIL_LIMIT = 8


def possessive_tail(doc: Doc, right: int) -> int | None:
    """The end of a role phrase that the parse cut right before a possessive mark:
    "leader of France's far-right Front National party" read as "leader of France",
    the "'s" hung elsewhere. The phrase runs on through the possessed noun phrase (the
    last noun before anything else, within a few words); with no such noun the phrase
    is no role (None). A phrase not cut there keeps its end."""
    if right >= len(doc) or doc[right].lower_ not in POSSESSIVE_MARKS or doc[right].tag_ != "POS":
        return right
    end = None
    for i in range(right + 1, min(len(doc), right + 1 + TAIL_LIMIT)):
        tok = doc[i]
        if tok.pos_ not in TAIL_TAGS or (tok.is_punct and tok.text not in HYPHENS):
            break
        if tok.pos_ in {"NOUN", "PROPN"}:
            end = i + 1
    return end


# Verbs of leaving an office, said of the person named as their subject: "Brazilian
# Planning Minister Joao Sayad resigned", "Rolf Selowsky, financial member of the
# management board, had resigned"; "step" with "down" ("stepped down last week").
LEAVING_VERBS = frozenset({"resign", "quit"})
FORMER_WORDS = word_lists("speaker_words")["role_modifiers"]


def left_office(name: Span) -> bool:
    """Whether the name is the subject of a verb of leaving office that is done: past
    or perfect, not negated, not "from" something ("resigned from the board" may leave
    the job named beside the name), so that the role its mention gives is a former one.
    Future and infinitive ("is due to step down", "will resign") leave the role as it is."""
    root = name.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.i < name.end:
        return False
    children = list(verb.children)
    stepped_down = verb.lemma_ == "step" and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in children
    )
    if verb.lemma_ not in LEAVING_VERBS and not stepped_down:
        return False
    done = verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
    )
    if not done or any(c.dep_ in {"neg", "aux"} and c.lemma_ in {"not", "will"} for c in children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "from" for c in children)


def as_former(role: str, gone: bool) -> str:
    """`role` with "former" before it when the person no longer holds it, unless a word
    of its standing opens it already ("former", "retired", "acting")."""
    words = role.split()
    if not gone or not words or words[0].casefold() in FORMER_WORDS:
        return role
    return f"former {role}"


# Role nouns news writes before a name (data/glued_roles.toml: "skipper", "songwriter",
# "flanker") that are no title word, less the words that describe rather than say a
# calling ("veteran", "youngster", "newcomer": speaker_words referring_nouns).
CALLING_NOUNS = GLUED_ROLE_NOUNS - word_lists("speaker_words")["referring_nouns"] - TITLE_WORDS


def calling_before_name(words: list[Token], name: Span) -> set[int]:
    """The index of the last word of a pre-name run when it is a role noun right before
    the name, lower case ("England skipper Jason Robinson", "Nirvana frontman Kurt
    Cobain"): a title as good as "captain", which the title words lack."""
    if not words:
        return set()
    last = words[-1]
    if last.i + 1 != name.start or not last.is_lower or last.lower_ not in CALLING_NOUNS:
        return set()
    return {last.i}


MODIFIER_DEPS = frozenset({"nmod", "compound"})


def person_before_of(head: Token, says_person: Callable[[Token], bool]) -> bool:
    """Whether the head of an apposition the parse got wrong is the object in an "of"
    phrase of a word for a person it hangs before it: "Tom Ridge, a former secretary of
    homeland security" parsed with "security" as the head and "secretary" as its
    modifier. The phrase, read whole, says what he is."""
    return any(
        child.dep_ in MODIFIER_DEPS
        and child.i < head.i
        and says_person(child)
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in child.children)
        for child in head.children
    )


def misread_noun(tok: Token) -> bool:
    """Whether a word tagged as a finite verb is a noun modifier the tagger misread:
    "reviews" of "Dan Jolin, reviews editor of Empire magazine" (a compound of
    "editor"), no verb that would make the apposition a clause."""
    return tok.dep_ in MODIFIER_DEPS or (tok.dep_ == "amod" and tok.head.i > tok.i)


#: Verbs whose object a relative clause leaves out before its subject's name: "the
#: impact manager Jose Moreno has had" (the impact he has had), "the changes chairman
#: Ian Hart has made".
GAPPED_OBJECT_VERBS = word_set("have make do play take give show bring cause")
OBJECT_DEPS = frozenset({"dobj", "obj", "ccomp", "xcomp", "oprd", "attr", "acomp", "dative"})
GAP_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def gapped_object_head(name: Span, run: list[Token]) -> int:
    """How many words open a title run as the head of a relative clause whose subject
    the name is, its object left out: "the impact manager Jose Moreno has had" makes
    "impact" the thing he has had, not part of his title "manager". The run must open
    after a determiner and the name be the subject of such a verb with no object of
    its own; the words before the run's first title word are cut (0: none)."""
    root, verb = name.root, name.root.head
    if root.dep_ != "nsubj" or verb.i < name.end or verb.lemma_ not in GAPPED_OBJECT_VERBS:
        return 0
    if any(child.dep_ in OBJECT_DEPS for child in verb.children):
        return 0
    if not run or run[0].i == 0 or run[0].doc[run[0].i - 1].lower_ not in GAP_DETERMINERS:
        return 0
    first_title = next((k for k, t in enumerate(run) if t.lower_ in TITLE_WORDS), 0)
    return first_title if all(t.pos_ == "NOUN" for t in run[:first_title]) else 0
