"""Names next to a mention: a name in apposition ("the organiser, Sarah Mukasa, told"), a
list of several names (which no one name stands for), companions, a name right after
a title or a cut title abbreviation.
"""

from __future__ import annotations

import bisect
import itertools
import re

from spacy.tokens import Span, Token

from generator.extract.actor_spans import COMPANY_SUFFIXES
from generator.extract.actors import TITLE_WORDS
from generator.extract.joined_initials import joined_initials
from generator.extract.punctuation import DASH_CHARACTERS
from generator.extract.speakers.context import _Context, _in_actor
from generator.extract.speakers.holder_before_role import holder_before_own_role
from generator.extract.speakers.initials import _by_initials
from generator.extract.speakers.lexicon import (
    FORMER_WORDS,
    RANK_WORDS,
    SPOKES_NOUNS,
    STATEMENT_NOUNS,
    WRITTEN_WORK_NOUNS,
)
from generator.extract.speakers.lookup import _company_without_suffix
from generator.extract.speakers.name_text import _strip_name
from generator.extract.speech_cues import _is_reporting
from generator.extract.words import word_lists
from generator.model import Actor, name_key

TITLE_QUALIFIERS = word_lists("speaker_words")["title_qualifiers"]


_JOINED_TITLE_WORDS = TITLE_WORDS | RANK_WORDS | TITLE_QUALIFIERS | FORMER_WORDS | {"and", "&"}
#: The model's labels for what a title may hold: "Pennsylvania Gov.", "DNC Chairman".
_TITLE_HOLDER_LABELS = frozenset({"GPE", "ORG", "NORP", "LOC"})


def _joined_titles_person(ctx: _Context, start: int, end: int) -> Actor | None:
    """The one person a subject names after two titles joined by "and": "Chairman and
    chief executive officer Ben Love said", "Vice Chairman and Chief Financial Officer
    Frank Newman said". The parser makes the titles a list (so `_several` saw two
    speakers, and the mention may be cut to "Chairman"), but the "and" joins jobs of one
    man: every word before the name is a title word or the place or body a title holds
    ("former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell"),
    a title stands before the "and", and one person's name ends the subject. Another
    name, a body before the "and" ("The White House and Press Secretary Josh Earnest")
    or any other word ("Chairman Ben Love and Frank Newman", "the chairman and his
    deputy") leaves it to the rules for several speakers."""
    span = _subject_span(ctx, start, end)
    if span is not None:
        first, last = span.root.left_edge, span.root.right_edge
        begin, finish = first.idx, last.idx + len(last.text)
    else:
        # "Revenue fell ..., chairman and chief executive Kevan Gosper said": the small
        # model may hang the titles on a noun before them; the mention's own words
        # then say the same
        begin, finish = start, end
    named = [(s, e, a) for s, e, a in ctx.spans if begin <= s and e <= finish]
    people = [(s, e, a) for s, e, a in named if a.type == "person"]
    if len({id(a) for _, _, a in people}) != 1:
        return None
    s, _, person = min(people, key=lambda t: t[0])
    if max(x[1] for x in named) != finish or any(e > s for _, e, a in named if a is not person):
        return None
    # the places and bodies the titles hold ("former Pennsylvania Gov. and Democratic
    # National Committee Chairman Ed Rendell"), named by the model or as actors, stand
    # for one word each: "<body>"
    bodies = {(b, e) for b, e, a in named if a is not person}
    bodies |= {
        (ent.start_char, ent.end_char)
        for ent in ctx.doc.ents
        if ent.label_ in _TITLE_HOLDER_LABELS and begin <= ent.start_char and ent.end_char <= s
    }
    before = ctx.text[begin:s]
    for b, e in sorted(bodies, reverse=True):
        before = before[: b - begin] + " <body> " + before[e - begin :]
    lowered = [w.lower() for w in re.findall(r"<body>|[A-Za-z&][A-Za-z&'-]*", before)]
    if "and" not in lowered and "&" not in lowered:
        return None
    if lowered[0] in {"and", "&"} or lowered[-1] in {"and", "&"}:
        return None
    joins = [i for i, w in enumerate(lowered) if w in {"and", "&"}]
    if any(lowered[i - 1] == "<body>" for i in joins):
        return None  # "The White House and Press Secretary Josh Earnest": two voices
    if not all(w in _JOINED_TITLE_WORDS or w == "<body>" for w in lowered):
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
    conjuncts = [
        c
        for c in conjuncts
        if not (
            _one_name_conjunct(c)
            or _joined_inside_name(c, own)
            or _partner_of_firm(ctx, c, own)
            or _inside_firm_of(ctx, c, own)
            or _further_description(c)
        )
    ]
    return any(not any(s <= c.idx < e for s, e in own) for c in conjuncts)


def _further_description(conjunct: Token) -> bool:
    """Whether a conjunct is one more description of the person an appositive already
    describes: "said Steve Bell, senior director of economic policy at the Bipartisan
    Policy Center, and a Republican who headed the Senate Budget Committee staff". A
    noun with "a" or "an" after the appositive names no second speaker; a second
    speaker is named ("and Jim Harter") or counted ("and two aides")."""
    article = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in conjunct.children)
    return article and any(c.dep_ == "appos" and c.i < conjunct.i for c in conjunct.head.children)


def _partner_of_firm(ctx: _Context, conjunct: Token, own: list[tuple[int, int]]) -> bool:
    """Whether a lone capitalised conjunct closes the name of the firm the person is
    "of" (`_FIRM_OF_PARTNERS`): "Maria Koenig of Greaves Cole and Barrow said", parsed
    as "Koenig" and "Barrow", is one woman of one firm."""
    if not own or any(c.dep_ in {"compound", "flat"} for c in conjunct.children):
        return False
    between = ctx.text[max(e for _, e in own) : conjunct.idx]
    return _FIRM_OF_PARTNERS.fullmatch(between) is not None


def _inside_firm_of(ctx: _Context, conjunct: Token, own: list[tuple[int, int]]) -> bool:
    """Whether a conjunct stands inside the name of the one organisation the person is
    "of": "Analyst Joan Ferris of Tomlin, Greaves and Co said", parsed as "Ferris" and
    "Greaves", is one woman of one firm (`actors.and_co`)."""
    if not own:
        return False
    end = max(e for _, e in own)
    for s, _, actor in ctx.spans_at(conjunct.idx):
        if actor.type == "organization" and _FIRM_OF.fullmatch(ctx.text[end:s]):
            return True
    return False


# What stands between a person's name and the firm the person is "of"
_FIRM_OF = re.compile(r",?\s+of\s+(?:the\s+)?")


def _joined_inside_name(conjunct: Token, own: list[tuple[int, int]]) -> bool:
    """Whether the "and" before a conjunct is a word of the actor's name the mention's
    head is in: "said J.P. Morgan and Co Inc chairman Lewis Preston", parsed as "J.P.
    Morgan" and "Preston", is one man of one firm."""
    joined = [t for t in conjunct.head.children if t.dep_ == "cc" and t.i < conjunct.i]
    return bool(joined) and any(s <= joined[-1].idx < e for s, e in own)


def _one_body_named(ctx: _Context, mention: str) -> bool:
    """Whether a mention with "and" in it is one organisation's name: the name of one
    the article names ("Standard and Poor's Corp"), that name without its company
    suffix ("Standard and Poor's said"), or its initials joined as wire copy writes
    them ("S and P said", `joined_initials`)."""
    name = _strip_name(mention)
    if not name:
        return False
    named = ctx.by_name.get(name_key(name))
    if named is not None and named.type == "organization":
        return True
    if _company_without_suffix(ctx, name) is not None:
        return True
    return joined_initials(name) is not None and _by_initials(ctx, name) is not None


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


# Lower-case words between names: a role the last name holds ("executive producer")
_ROLE_WORDS = re.compile(r"(?:\s+[a-z][a-z-]*)+\s+")

# The words between a person and a lone capitalised word that close the name of the
# person's firm: "Bruce Lazier of Prescott Ball and Turben", "Carol Bell of Phillips and
# Drew". Partners' names joined by "and" make a firm's name, which the model often cuts
# at the "and" and whose last partner it may call a person.
_FIRM_OF_PARTNERS = re.compile(r",?\s+of\s+(?:[A-Z][\w&.'-]*,?\s+)+and\s+")


def _coordinated_speakers(ctx: _Context, start: int, end: int) -> bool:
    """Whether the mention is one of two or more speakers joined by "and", where the
    parse does not make a list of them (see `_several`): two people named in the
    mention with "and" between them ("Agriculture Secretary Richard Lyng and Trade
    Representative Clayton Yeutter"), or a subject the parse split from a second subject
    of the same verb after "and" ("Dudley Taft, Taft vice chairman, and Narragansett
    Capital Inc said"). The words are theirs together: no one canonical name stands for
    them, so the quote keeps the mention and no speaker. Two names before a role that a
    third name ending the mention holds are whose role it is ("Richard and Judy
    executive producer Amanda Ross said": hers)."""
    people = sorted(
        ((s, e, a) for s, e, a in ctx.spans if start <= s and e <= end and a.type == "person"),
        key=lambda t: t[0],
    )
    for i, ((_, e1, a1), (s2, e2, a2)) in enumerate(itertools.pairwise(people)):
        if a1 is not a2 and re.search(r"\band\b", ctx.text[e1:s2]):
            if _FIRM_OF_PARTNERS.fullmatch(ctx.text[e1:s2]) and " " not in ctx.text[s2:e2]:
                continue  # "Carol Bell of Phillips and Drew": a partner of her firm's name
            last = people[-1]
            if (
                i + 2 < len(people)
                and last[1] == end
                and _ROLE_WORDS.fullmatch(ctx.text[e2 : last[0]])
            ):
                continue  # "Richard and Judy executive producer Amanda Ross": the pair
                # names whose producer she is
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
        strong = name_key(ctx.text[s:e]) in ctx.by_part and len(words) > 1
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
        if last and name_key(last) in {name_key(n) for n in [actor.name, *actor.aliases]}:
            # "The head of Christian Brothers' school St Fintian's, Richard Fogarty,
            # said": the name set off by commas at the end is the description's person
            return actor
    root = span.root
    heads = [root, *(c for c in root.children if c.dep_ == "appos")]  # "his predecessor,
    for head in heads:  # Lord Armstrong": the name in apposition to the head
        for actor in people:
            if any(s <= head.idx < e for s, e in actor.spans):
                return actor
    if root.pos_ == "PROPN" or root.lemma_.lower() in STATEMENT_NOUNS | WRITTEN_WORK_NOUNS:
        return people[-1] if root.pos_ == "PROPN" else people[0]
    return (
        _one_included(ctx, span, people)
        or _title_of_field(ctx, span, people)
        or holder_before_own_role(span, people)  # "X general manager of Y told"
    )


def _title_of_field(ctx: _Context, span: Span, people: list[Actor]) -> Actor | None:
    """ "Gloucester director of rugby Nigel Melville said", "head of research Jane Cole
    told", "Shadow spokesman for sport Hugh Robertson said": a title whose field is a
    common noun or two, then the name it belongs to; the parser hangs the name on "of"
    as if the title were someone else's ("the wife of Tom Smith", where a name follows
    "of" at once, stays unnamed). Only where the name ends the mention and every word
    between "of" and it is a lower-case word that is no title ("the coach of England
    captain Martin Johnson" is the captain's coach)."""
    root = span.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in TITLE_WORDS:
        return None
    articled = any(c.dep_ == "det" for c in root.children)
    if root.lemma_.lower() in SPOKES_NOUNS and articled:
        return None  # "a spokesman for ...": the body speaks, not the name after it
    last = span[-1]
    owner = [a for a in people if any(s <= last.idx < e and e == span.end_char for s, e in a.spans)]
    if len(owner) != 1:
        return None
    # "minister for women Jacqui Smith", "Shadow spokesman for sport Hugh Robertson":
    # a portfolio after "for" is a title's field too, where no article makes the words
    # a description ("a spokesman for rugby star X" speaks for X)
    of = [
        c
        for c in root.rights
        if c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "for" and not articled))
    ]
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
            if _listed_on(ctx, e):
                return None  # "Morrisons, Woolworths, House of Fraser ... all said": a
                # list of names, no apposition (the model took "Woolworths" for a person)
            if not ctx.text[end:s].strip(" ,"):
                return actor  # ", Sarah Mukasa,"
            # ", former WorldCom financial chief Scott Sullivan,": the name ends it
            # (a name after the closing comma is outside the apposition: "Cardinal X, the
            # Archbishop of Westminster, backed Mr Howard's stance" is not Howard)
            inside = close > 0 and e <= close
            if inside and not ctx.text[e:close].strip() and "\n" not in ctx.text[end:e]:
                if _clause_before(ctx, end, s):
                    return None
                if _preposition_before(ctx, end, s) and _person_after(ctx, i):
                    return None  # "Republicans, like A, B and C, said": examples
                return actor
            return None
        if close < 0 or s >= close:
            return None
    return None


def _listed_on(ctx: _Context, end: int) -> bool:
    """Whether a name ending at `end` is followed by another person's or body's name in
    a list (", House of Fraser", " and Big Food"), as a name in apposition never is
    (", Sarah Mukasa, told", ", Sarah Mukasa, Uganda's leading campaigner,", ", Ken
    Macdonald QC, said")."""
    after = re.match(r",?\s+(?:and\s+)?", ctx.text[end : end + 8])
    if after is None:
        return False
    begin = end + after.end()
    i = bisect.bisect_left(ctx.span_starts, begin)
    if i >= len(ctx.spans) or ctx.spans[i][0] != begin:
        return False
    return ctx.spans[i][2].type in {"person", "organization"}


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


def _preposition_before(ctx: _Context, begin: int, end: int) -> bool:
    """Whether the words between a comma and a name open with a preposition ("like",
    "among", "such as"): "Other prominent Republicans, like Richard Armitage, Henry
    Paulson and Brent Scowcroft, have said" names examples of the group, and the first
    of them is not the one person the mention is (one example alone spoke with the
    group: "Some, such as 83-year-old Elizabeth Winkfield, said"). A title in
    apposition never opens with a preposition ("former WorldCom financial chief Scott
    Sullivan")."""
    first = bisect.bisect_left(ctx.token_starts, begin)
    last = bisect.bisect_left(ctx.token_starts, end)
    words = [t for t in ctx.doc[first:last] if not t.is_punct]
    if words and words[0].pos_ == "ADP":
        return True
    return [t.lower_ for t in words[:2]] == ["such", "as"]


def _person_after(ctx: _Context, i: int) -> bool:
    """Whether the name span at `i` (of `ctx.spans`) is a person listed right after the
    one before it: ", Henry Paulson" or " and Henry Paulson"."""
    if i >= len(ctx.spans) or ctx.spans[i][2].type != "person":
        return False
    gap = ctx.text[ctx.spans[i - 1][1] : ctx.spans[i][0]]
    return gap.strip(" ") in {",", "and", ", and"}


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
        if ctx.text[end : child.left_edge.idx].strip(" ,-" + DASH_CHARACTERS):
            # "The Oscar-nominated actor, whose films include ... The Phantom Menace,
            # said": an apposition the parser hung past a relative clause is no name of
            # the speaker
            return None
        for actor in ctx.actors_in(child.left_edge.idx, child.idx + len(child.text)):
            ends = [e for s, e in actor.spans if s <= child.idx < e]
            if actor.type == "person" and ends:
                return None if _listed_on(ctx, ends[0]) else actor
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


def _org_apposed_before(ctx: _Context, start: int) -> Actor | None:
    """ "<Halvorsen Acquisition Corp>, a company formed by Carl Lindqvist, said": the
    organisation named right before a description, apart from it only by a comma (the
    mirror of `_named_org_after`)."""
    i = bisect.bisect_left(ctx.span_starts, start) - 1
    if i < 0:
        return None
    _, end, actor = ctx.spans[i]
    apposed = re.fullmatch(r">?,\s*", ctx.text[end:start])
    return actor if actor.type == "organization" and apposed else None


def _known_org_apposed(ctx: _Context, end: int) -> Actor | None:
    """ "according to the kingdom's main producing company, Aramco.": the organisation
    named in apposition to a description headed by an organisation noun, closing the
    sentence (`_named_org_after` reads a marked name followed by a comma only), or
    followed by a comma where the model did not mark the name here but names the body
    elsewhere by those very words. The name must follow ", " (or ", the "), be
    capitalised words (not by their tag: "Aramco." may be tagged an adjective), and
    close the apposition: a comma or the sentence's end after it ("the company, Aramco's
    rival, said" names no speaker)."""
    hit = re.match(r",\s*(?:the\s+)?", ctx.text[end : end + 8], re.I)
    if hit is None:
        return None
    i = bisect.bisect_left(ctx.token_starts, end + hit.end())
    j = i
    while j < len(ctx.doc) and _capitalised_word(ctx.doc[j]):
        j += 1
    if j == i or j >= len(ctx.doc) or ctx.doc[j].text not in {",", "."}:
        return None
    begin, close = ctx.doc[i].idx, ctx.doc[j - 1].idx + len(ctx.doc[j - 1].text)
    marked = [a for s, e, a in ctx.spans if s < close and e > begin]
    if marked:
        whole = [a for s, e, a in ctx.spans if s == begin and e == close]
        actor = whole[0] if len(whole) == 1 == len(marked) else None
    else:
        actor = ctx.by_name.get(name_key(ctx.text[begin:close]))
    return actor if actor is not None and actor.type == "organization" else None


def _capitalised_word(token: Token) -> bool:
    """Whether a token is a word written with a capital, as a name's words are."""
    return token.text[:1].isupper() and token.text[:1].isalpha()


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
