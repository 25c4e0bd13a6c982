"""Actor names the model cut or glued wrongly, and spellings of one name (issue 11).

An editor fixes each junk actor by hand: it has a heading, an actor page and a search
filter of its own. The small model's entity spans go wrong in a few recurring shapes,
which the rules here put right before (spans) or after (records) the actors are built:

- a name cut after its first word, which the model left out: "Kentish" of "Kentish
  Town", "Just" of "Just Add Monsters" (`cut_name_start`);
- two names glued into one span at "and", each of them named on its own elsewhere
  ("Christie and Sessions", "the Associated Press and Television Networks")
  (`coordinated_names`); an owner and what it owns, at a possessive ("Trump\u2019s
  Islamaphobia", "FOX Business Network\u2019s Maria Bartiromo") (`possessive_parts`);
  a party's name and the country it governs ("With
  Labour Britain is working"), a parliament and the seat a member sits for ("a member
  of Britain's Parliament for Tooting") (`glued_parts`; a newspaper run on into its
  column's name is cut at its masthead word in `actors._masthead_end`);
- a campus split off its university: "University of North Carolina at Chapel Hill"
  (`campus_continues`), a company's name cut at its "and": "Mobil Exploration and
  Production U.S. Inc." (`firm_continues`);
- an acronym whose letters come from inside the words, not only from their initials:
  "WBG" for "Weibo Gaming", "BSkyB" for "British Sky Broadcasting" (`inner_acronym`);
- a person's name spelt two ways by one article, one letter apart ("Friar Laurence"
  and "Friar Lawrence", "George Shultz" and "Schultz") (`merge_spelling_variants`);
- a role's acronym the model calls a body: "the SG's advocacy", "finals MVP"
  (`role_acronym`).

The words behind the rules are data: `data/actor_spans.toml`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Set

from spacy.tokens import Doc, Span

from generator.extract.given_names import GIVEN_NAMES
from generator.extract.punctuation import DASHES_OR_HYPHEN
from generator.extract.words import word_lists
from generator.model import Actor, Quote, fullest_roles
from generator.reading.layout import doc_text

WORDS = word_lists("actor_spans")
CUT_NAME_HEADS = WORDS["cut_name_heads"]
CALENDAR = word_lists("calendar")
NOT_NAME_START = WORDS["not_name_start"] | CALENDAR["weekdays"] | CALENDAR["month_names"]
CAMPUS_WORDS = WORDS["campus_words"]
PARLIAMENT_WORDS = WORDS["parliament_words"]
ROLE_ACRONYMS = WORDS["role_acronyms"]
COUNTRY_BODIES = WORDS["country_bodies"]
WIRE_WORDS = WORDS["wire_words"]
COMPANY_WORDS = word_lists("company_words")
#: Company forms as written after a firm's name ("SpA", "Inc."): a name ending in one is a firm's
WIRE_COMPANY_FORMS = COMPANY_WORDS["legal_forms"]
#: Casefolded words that close a firm's name, also after "and" ("S.G. Warburg and Co Inc",
#: "Smith and Sons"): the end of one company's name, not a second one
COMPANY_SUFFIXES = COMPANY_WORDS["english_legal_forms"] | COMPANY_WORDS["firm_closing_words"]
#: Casefolded body words glued to the end of a firm's one-word name ("Citibank", "Citicorp")
GLUED_BODY_ENDINGS = COMPANY_WORDS["glued_body_endings"]
#: Lower-case words for a kind of firm that wire copy writes between a place and the
#: firm's name ("U.S. firm Honeywell Inc", "Sydney stockbroker Meares and Philips Ltd")
PLACE_KIND_FIRM_NOUNS = COMPANY_WORDS["place_kind_firm_nouns"]
FOREIGN_NAME_JOINERS = WORDS["foreign_name_joiners"]
FOREIGN_BODY_HEADS = WORDS["foreign_body_heads"]
FOREIGN_BODY_PARTICLES = WORDS["foreign_body_particles"]
PORTUGUESE_PARTICLES = WORDS["portuguese_particles"]


# --- spans before mentions ------------------------------------------------------------


def cut_name_start(doc: Doc, ent: Span, common: Set[str], not_start: Set[str]) -> Span:
    """The entity with the capitalised word the model left out before it, when the
    entity opens with a common word that cannot start the name alone: "Kentish" +
    "Town", "Just" + "Add Monsters".

    The word before must be capitalised inside a sentence, untagged, tagged a
    nationality or tagged alone with the entity's label ("Kentish" GPE), attached to
    the entity by the parse, and no title, honorific, function word or person noun
    ("President Bush", "Mr Rose" stay as they are).
    `common` holds the lower-case English words the entity's first word must be one of;
    `not_start` the lower-case words that never open a name (titles, honorifics...).
    """
    if ent.start == 0 or ent.label_ not in {"ORG", "GPE", "LOC", "FAC"}:
        return ent
    first, before = ent[0], doc[ent.start - 1]
    if first.lower_ not in common or not first.is_title:
        return ent
    if len(ent) == 1 and first.lower_ not in CUT_NAME_HEADS:
        return ent  # a one-word name only when it is a place's head noun: "Town"
    if (
        not before.is_title
        or not before.is_alpha
        or before.is_sent_start
        or before.ent_type_ not in {"", "NORP", ent.label_}
        or before.lower_ in not_start
        or before.head.i not in range(ent.start, ent.end)
        or before.whitespace_ != " "
    ):
        return ent
    if ent.start >= 2 and (doc[ent.start - 2].is_title and not doc[ent.start - 2].is_sent_start):
        return ent  # a longer capitalised run before: not a single left-out word
    return Span(doc, ent.start - 1, ent.end, label=ent.label_)


BREAK_DASHES = DASHES_OR_HYPHEN


def trimmed_at_break(doc: Doc, ent: Span) -> Span:
    """The name a span runs on past, cut where a name cannot go on (wire lists and
    brackets):

    - a dash with a space either side: "Pentair Inc - Offering of two mln shares",
      "Covenant Corp - Initial public offering" (a hyphen inside a name has no space);
    - a bracket the span opens and does not close, round a short form the text closes
      right after: "Board of Investments (BOI" of "Board of Investments (BOI) has", whose
      short form `actors._mark_bracketed` reads from the text. A name of one word before
      the bracket ("Ato (Boldon)") stays as the model tagged it;
    - a full stop or comma standing alone at the end, after spaces: "Mitsubishi Corp
      <MITT.T>." once the ticker is out of the text;
    - a figure at the end before a bracketed one: "Peru 2,500 (800)" in a wire table of
      destinations, this year's tonnes then last year's.
    """
    end = ent.end
    for tok in ent[1:]:
        before = doc[tok.i - 1]
        spaced_after = bool(tok.whitespace_) or (tok.i + 1 < len(doc) and doc[tok.i + 1].is_space)
        if tok.text in BREAK_DASHES and (before.whitespace_ or before.is_space) and spaced_after:
            if not doc[ent.start : tok.i].text.isupper():  # "WASHINGTON - Kuwait": `dateline`
                end = tok.i
            break
    opened = [t.i for t in doc[ent.start : end] if t.text == "("]
    if opened and not any(t.text == ")" for t in doc[opened[-1] : end]):
        i = opened[-1]
        words = [t for t in doc[ent.start : i] if t.is_alpha]
        closes = end < len(doc) and doc[end].text == ")"
        if len(words) >= 2 and closes and end - i == 2:
            end = i
    figure_last = end == ent.end and end - ent.start >= 2 and doc[end - 1].like_num
    bracket_next = end < len(doc) and doc[end].text == "("
    if figure_last and bracket_next and any(t.is_alpha for t in doc[ent.start : end - 1]):
        end -= 1  # "Malta 500 (700)": a country's figures in a list, then last year's
    while end > ent.start + 1 and (
        doc[end - 1].is_space
        or (
            doc[end - 1].text in {".", ","}
            and (doc[end - 2].is_space or bool(doc[end - 2].whitespace_))
        )
    ):
        end -= 1
    if end == ent.end:
        return ent
    return Span(doc, ent.start, end, label=ent.label_)


def joined_at_and(doc: Doc, ent: Span, nxt: Span) -> bool:
    """Whether `ent` and `nxt` meet at one "and" or "&": "Cable" + "and" + "Wireless Plc",
    or the model's "Cable and" + "Wireless Plc"."""
    if ent[-1].lower_ in {"and", "&"} and len(ent) > 1:
        return nxt.start == ent.end
    return nxt.start == ent.end + 1 and doc[ent.end].lower_ in {"and", "&"}


def one_firm_at_and(
    doc: Doc, ent: Span, nxt: Span, suffixes: Set[str], heads: Set[str], common: Set[str]
) -> bool:
    """ "Cable" + "and" + "Wireless Plc", "Dun" + "and" + "Bradstreet Corp", "Post" +
    "and" + "Telecommunications Ministry": one name ("X and Y Co", wire style) that the
    model cut at its "and".

    Wire copy gives every company its full name, suffix and all, when it first names it,
    so two firms named together each carry their suffix ("Ford Motor Co and General
    Motors Corp"). The first part here has none, and is named for the first time: its
    words are nowhere before in the article. The second part ends in a company suffix
    ("Plc", "Corp") or, after one common word, in a ministry's head noun
    ("Telecommunications Ministry"; the first part is then a portfolio word too).
    """
    if (
        ent.label_ not in {"ORG", "PERSON"}
        or nxt.label_ not in {"ORG", "PERSON"}
        or not joined_at_and(doc, ent, nxt)
    ):
        return False
    first = [t for t in ent if t.lower_ not in {"and", "&", "the"}]
    if not first or not all(t.is_title or t.is_upper for t in first):
        return False
    if _in_angle_brackets(doc, ent.start, nxt.end):
        return True  # "<Jardine Matheson and Co Ltd>": wire copy brackets one firm's name
    if ent.label_ == "PERSON" and len(first) > 1 and first[0].text in GIVEN_NAMES:
        return False  # "John Smith and Acme Corp": a person's full name, then a firm
    # ("Goodyear Tire" + "and Rubber Co", tagged a person, opens with no given name)
    second = [t for t in nxt if any(ch.isalnum() for ch in t.text)]  # "Wireless Plc>  "
    if first[-1].lower_ in suffixes or first[-1].text in WIRE_COMPANY_FORMS:
        return False  # "Electrolux AB" + "and" + "Pepsico Inc": two firms, each its form
    if not second or not second[0].is_title:
        return False
    if second[-1].lower_ in suffixes:
        if nxt.label_ != "ORG" or len(first) > 2:
            return False
        # a run the model called a person may hold a word of the sentence ("Replacing
        # Inco" of "Replacing Inco and Owens-Illinois Inc"): none of it may be named before
        words = first if ent.label_ == "PERSON" else first[:1]
        text = doc_text(doc)
        return all(text.find(t.text, 0, t.idx) < 0 for t in words)

    def common_word(word: str) -> bool:
        return word in common or (word.endswith("s") and word[:-1] in common)

    return (
        second[-1].lower_ in heads
        and len(second) == 2
        and len(first) == 1
        and common_word(first[0].lower_)
        and common_word(second[0].lower_)
        # a portfolio's word, not a body's initials or a person named elsewhere: "the FBI
        # and Justice Department", "former Clinton and State Department aides"
        and not first[0].is_upper
        and _label_elsewhere(doc, first[0].text, ent) != "PERSON"
    )


def _in_angle_brackets(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is the whole of one pair of angle brackets, as wire copy
    gives a company without a ticker: "<Allen and Co Inc>" (the model may take the
    closing bracket into the name)."""
    inner = doc[start:end]
    closes = (end < len(doc) and doc[end].text == ">") or (inner[-1].text == ">")
    return (
        start > 0
        and doc[start - 1].text == "<"
        and closes
        and not any(t.text == "<" or ">" in t.text for t in inner[:-1])
    )


def surname(name: str) -> str:
    """A person's surname: the last word of the name, or the one before a generational
    suffix ("Lyons" of "Fred Lyons Jr.", so that "Lyons said" finds him)."""
    words = name.split()
    if len(words) >= 3 and words[-1].casefold().strip(",") in WORDS["name_suffixes"]:
        return words[-2].rstrip(",")
    return words[-1] if words else ""


def firm_start_before_and(doc: Doc, ent: Span, suffixes: Set[str], not_start: Set[str]) -> int:
    """The start of a firm's name ("X and Y Plc", wire style) whose first words before
    "and" the model left out of every entity: "Cable" of "Cable and Wireless Plc
    <CAWL.L> said" at the top of a story. `ent.start` when no such words come before.

    As in `one_firm_at_and`, the second part ends in a company suffix with at most two
    words before it, and the first part (one or two capitalised words, opening the
    sentence or after a word in lower case or a bracket) is named here for the first
    time: two firms named together each carry their suffix, and a firm named before
    is a list's first item ("Exxon ... Exxon and Mobil Corp")."""
    words = [t for t in ent if any(ch.isalnum() for ch in t.text)]
    if (
        ent.label_ != "ORG"
        or len(words) < 2
        or len(words) > 3
        or words[-1].lower_ not in suffixes
        or ent.start < 2
        or doc[ent.start - 1].lower_ not in {"and", "&"}
    ):
        return ent.start
    start = ent.start - 1
    while (
        start > 0
        and ent.start - 1 - start < 2
        and doc[start - 1].is_title
        and doc[start - 1].is_alpha
        and _untagged_or_lone_region(doc, start - 1, ent.start - 1)
        and doc[start - 1].lower_ not in not_start
    ):
        start -= 1
    if start == ent.start - 1:
        return ent.start
    before = doc[start - 1] if start > 0 else None
    if before is not None and not (
        before.is_sent_end
        or before.is_space
        or before.text in {"<", "(", ","}
        or before.is_lower
        or doc[start].is_sent_start
    ):
        return ent.start
    if doc_text(doc).find(doc[start].text, 0, doc[start].idx) >= 0:
        return ent.start
    return start


def _untagged_or_lone_region(doc: Doc, i: int, end: int) -> bool:
    """Whether a word before a firm's "and" may open its name: no entity's, or a region
    the model tagged on its own inside the words before the "and" ("Gulf" of "Gulf and
    Western Inc chairman Martin Davis said"). A country or a city stays a place ("in
    Japan and Toyota Motor Corp")."""
    token = doc[i]
    if token.ent_type_ == "":
        return True
    return (
        token.ent_type_ == "LOC"
        and token.ent_iob_ == "B"
        and all(doc[k].ent_iob_ == "I" and doc[k].ent_type_ == "LOC" for k in range(i + 1, end))
        and doc[end].ent_iob_ != "I"
    )


def foreign_body_before(doc: Doc, ent: Span) -> Span:
    """ "Banco" + "do" + "Brasil", "Jornal" + "do" + "Brasil": the name of a body in
    another language, whose head noun and particle the model left out of the entity
    (or tagged apart), made whole as an organisation. `ent` as it was otherwise."""
    if ent.start < 2 or not ent[0].is_title:
        return ent
    particle, head = doc[ent.start - 1], doc[ent.start - 2]
    if particle.text not in FOREIGN_BODY_PARTICLES or not particle.whitespace_:
        return ent
    if not (head.is_title and head.whitespace_ and head.lower_ in FOREIGN_BODY_HEADS):
        return ent
    if head.ent_iob_ == "I" or (head.ent_iob_ == "B" and particle.ent_iob_ == "I"):
        return ent  # the head ends or opens a longer name of the model's: not ours to cut
    return Span(doc, head.i, ent.end, label="ORG")


def joined_at_portuguese_particle(doc: Doc, before: Span, ent: Span) -> Span | None:
    """ "Mato Grosso" + "do" + "Sul": two entities of the model with a Portuguese
    particle between them, one name, under the first one's label (the type is decided
    later by the mentions' votes), or an organisation's if the first is the head noun of
    a body ("Banco" + "do" + "Brasil"). None when they are not so written."""
    if before.end != ent.start - 1 or not (before[-1].is_title and ent[0].is_title):
        return None
    particle = doc[before.end]
    if particle.text not in PORTUGUESE_PARTICLES or not before[-1].whitespace_:
        return None
    foreign_body = before[0].lower_ in FOREIGN_BODY_HEADS  # "Banco" tagged as a person
    return Span(doc, before.start, ent.end, label="ORG" if foreign_body else before.label_)


def through_portuguese_particle(doc: Doc, ent: Span) -> Span | None:
    """ "Mato Grosso" + "do Sul", the rest untagged: the name run on over the particle to
    the capitalised words after it (`joined_at_portuguese_particle` when the model tagged
    them as an entity of their own). None when no such words follow."""
    j = ent.end
    if j + 1 >= len(doc) or doc[j].text not in PORTUGUESE_PARTICLES or not ent[-1].is_title:
        return None
    k = j + 1
    while k < len(doc) and doc[k].is_title and doc[k].is_alpha and doc[k].ent_iob_ == "O":
        k += 1
    return Span(doc, ent.start, k, label=ent.label_) if k > j + 1 else None


def particle_inside_name(
    doc: Doc, i: int, end: int, particles: Set[str] = FOREIGN_BODY_PARTICLES
) -> bool:
    """Whether token `i` is a particle between two capitalised words of a name ending
    at `end`: the "do" of "Banco do Brasil", or with a surname's particles the "den" of
    "Nick Van den Brul", which the tagger may read as a verb."""
    return doc[i].text in particles and doc[i - 1].is_title and i + 1 < end and doc[i + 1].is_title


def foreign_firm_continues(
    doc: Doc, ent: Span, nxt: Span, is_suffix: Callable[[str], bool]
) -> bool:
    """ "Bank" + "fuer" + "Gemeinwirtschaft AG", "Aachener" + "und" + "Muenchener
    Beteiligungs-AG", "BSV Bank" + "fuer Sparanlagen und" + "Vermoegensbildung AG": one
    firm's name in another language, which the model cut at its lower-case words.

    Only the words of `FOREIGN_NAME_JOINERS` and capitalised words the model left
    untagged come between (one to three, a joiner among them), and the second part
    ends in a company form ("AG", "SpA", "NV"): English copy joins two firms with
    "and", never with "und" or "fuer"."""
    if ent.label_ not in {"ORG", "PERSON"} or nxt.label_ not in {"ORG", "PERSON"}:
        return False
    gap = doc[ent.end : nxt.start]
    if not 1 <= len(gap) <= 3 or not any(t.text in FOREIGN_NAME_JOINERS for t in gap):
        return False
    if not all(
        t.text in FOREIGN_NAME_JOINERS or (t.is_title and t.is_alpha and t.ent_type_ == "")
        for t in gap
    ):
        return False
    if not (ent[-1].is_title or ent[-1].is_upper) or not nxt[0].is_title:
        return False
    words = [t.text for t in nxt if any(ch.isalnum() for ch in t.text) and t.lower_ != "'s"]
    return bool(words) and is_suffix(words[-1])


def firm_with_and(ent: Span, suffixes: Set[str]) -> bool:
    """Whether an organisation's span is a name with one "and" or "&" ending in a
    company suffix: "Cable and Wireless Plc", whose short form "Cable and Wireless" the
    model may cut again (`short_form_at_and`)."""
    words = [t for t in ent if not (t.is_space or t.is_punct)]
    return (
        len(words) >= 4
        and words[-1].lower_ in suffixes
        and sum(t.lower_ in {"and", "&"} for t in words) == 1
        and words[0].lower_ not in {"and", "&"}
    )


def short_form_at_and(doc: Doc, ent: Span, nxt: Span, firms: list[list[str]]) -> bool:
    """ "Cable" + "and" + "Wireless", after "Cable and Wireless Plc": the short form of a
    name made whole at its "and" earlier (`one_firm_at_and`), which the model cut the
    same way again. `firms` holds the words of those names."""
    if ent.label_ != "ORG" or nxt.label_ != "ORG" or not joined_at_and(doc, ent, nxt):
        return False
    words = [t.text for t in doc[ent.start : nxt.end] if not (t.is_space or t.is_punct)]
    return any(len(words) < len(firm) and firm[: len(words)] == words for firm in firms)


# What follows a dateline's place: more of it in capitals ("SAO" + "PAULO", "NEW
# YORK, March 3"), then the dash that opens the story: "    LONDON - Cargill U.K. Ltd".
DATELINE_REST = re.compile(r"[A-Z .,'-]*?(?:,[^\n-]{0,20})?\s+-{1,2}\s")


DATELINE_LINE = re.compile(r"^[ \t]*[A-Z][A-Z .']{2,}(?:,[^\n-]{0,20})?\s+-{1,2}\s", re.MULTILINE)


def dateline(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a dateline's place in a wire round-up: in
    capitals at the start of a line before a dash ("    NEW YORK - Comex silver futures
    soared"), in a text of two such lines or more. Each item's dateline says where it
    was filed, no actor of the round-up (its items name the places they are about in
    their own words). A story's one dateline ("SYRACUSE, N.Y. - The last time Sanders
    came to this city") is the story's place and stays."""
    line_start = text.rfind("\n", 0, start) + 1
    name = text[start:end].rstrip(" -")
    return (
        not text[line_start:start].strip()
        and len(name) >= 3
        and name.isupper()
        and DATELINE_REST.match(text, start + len(name)) is not None
        and len(DATELINE_LINE.findall(text, 0, 20_000)) >= 2
    )


def firm_suffix_after(doc: Doc, ent: Span, is_suffix: Callable[[str], bool]) -> int:
    """The end of a firm's name that the model cut before its last words and company
    suffix: "Harcourt Brace" + "Jovanovich Inc", "Kokusai Denshin" + "Denwa Co Ltd".
    Up to two more capitalised words, then one or two suffixes right after the entity;
    `ent.end` when no suffix follows (the name stays as the model cut it). A bracketed
    word before the suffix ("G H Shintoh (Australia) Ltd") is left alone: the short
    forms of such a name do not fold into it."""
    if ent.label_ not in {"ORG", "PERSON"} or not ent[-1].is_alpha:
        return ent.end  # "Forsakrings AB Skandia ," + "AB Volvo": the next name
    i, words = ent.end, 0
    while (
        i < len(doc)
        and words < 2
        and doc[i].is_title
        and doc[i].is_alpha
        and not _suffix_width(doc, i, is_suffix)
        and not doc[i].is_sent_start
        and doc[i - 1].whitespace_ == " "
    ):
        i, words = i + 1, words + 1
    suffixes = 0
    while i < len(doc) and suffixes < 2 and doc[i - 1].whitespace_:
        width = _suffix_width(doc, i, is_suffix)
        if not width:
            break
        i, suffixes = i + width, suffixes + 1
    if i < len(doc) and doc[i].is_title and doc[i - 1].whitespace_ == " ":
        return ent.end  # "AB Volvo", "SA Lafarge": the suffix opens the next name
    return i if suffixes else ent.end


def _suffix_width(doc: Doc, i: int, is_suffix: Callable[[str], bool]) -> int:
    """How many tokens the company suffix at doc[i] takes: one ("Inc", "AG"), three for
    a form written with a slash that the tokenizer splits ("A/S" of "Novo Industri
    A/S"), none when no suffix starts there."""
    if is_suffix(doc[i].text):
        return 1
    slashed = doc[i : i + 3]
    if (
        len(slashed) == 3
        and slashed[1].text == "/"
        and not slashed[0].whitespace_
        and not slashed[1].whitespace_
        and is_suffix(slashed.text)
    ):
        return 3
    return 0


def campus_continues(doc: Doc, ent: Span, nxt: Span) -> bool:
    """ "University of North Carolina" + "at" + "Chapel Hill": a university's campus,
    one body. The university's name holds a campus word, the place follows "at" right
    after it, and nothing capitalised follows the place."""
    after = doc[nxt.end] if nxt.end < len(doc) else None
    return (
        ent.label_ == "ORG"
        and nxt.label_ in {"GPE", "LOC"}
        and any(t.lower_ in CAMPUS_WORDS for t in ent)
        and nxt.start == ent.end + 1
        and doc[ent.end].lower_ == "at"
        and (after is None or not after.is_title)
    )


def firm_continues(doc: Doc, ent: Span, nxt: Span, suffixes: Set[str], common: Set[str]) -> bool:
    """ "Mobil Exploration" + "and" + "Production U.S. Inc.": one company's name that
    the model cut at its "and". The first part is a name of two words or more with no
    company suffix of its own, the second ends with one ("Inc.", "Ltd"), and the words
    either side of "and" are common words ("Exploration and Production", "Research
    and Development"): two firms' names meet at names, not at such words ("Mobil Corp
    and Exxon Inc.", "Ford and General Motors Corp")."""
    return (
        ent.label_ == "ORG"
        and nxt.label_ == "ORG"
        and len(ent) >= 2
        and nxt.start == ent.end + 1
        and doc[ent.end].lower_ in {"and", "&"}
        and ent[-1].lower_ not in suffixes
        and nxt[-1].lower_ in suffixes
        and ent[-1].lower_ in common
        and nxt[0].lower_ in common
        and ent[-1].is_title
        and nxt[0].is_title
    )


def glued_parts(
    doc: Doc, ent: Span, parties: Set[str], known_place: Callable[[str], bool]
) -> list[Span] | None:
    """The names a span glued together, or None when it is one name.

    - a party and a known place after it, in a place's span: "Labour Britain" of
      "With Labour Britain is working" (`parties`: party names, lower case;
      `known_place` says whether the rest names a known place);
    - a parliament and a capitalised seat after "for": "Parliament for Tooting" of
      "member of Britain's Parliament for Tooting";
    """
    if (
        ent.label_ in {"GPE", "LOC"}
        and len(ent) >= 2
        and ent[0].lower_ in parties
        and ent[0].is_title
        and known_place(ent[1:].text)
    ):
        party = Span(doc, ent.start, ent.start + 1, label="ORG")
        return [party, Span(doc, ent.start + 1, ent.end, label=ent.label_)]
    if (
        ent.label_ == "ORG"
        and len(ent) >= 3
        and ent[0].lower_ in PARLIAMENT_WORDS
        and ent[1].lower_ == "for"
        and all(t.is_title for t in ent[2:])
    ):
        body = Span(doc, ent.start, ent.start + 1, label="ORG")
        return [body, Span(doc, ent.start + 2, ent.end, label="GPE")]
    return None


def _common(word: str, common: Set[str]) -> bool:
    """A common word, or the plural of one ("networks")."""
    return word in common or (word.endswith("s") and word[:-1] in common)


def _bare(text: str) -> str:
    return text[4:] if text[:4] in {"The ", "the "} else text


def _entity_labels(doc: Doc) -> dict[str, list[tuple[int, str]]]:
    """The model's entities of the article, by text without a leading "the": where
    each starts, with its label; and the surnames of the people it names in full
    ("Sessions" of "Jeff Sessions")."""
    cached = doc.user_data.get("actor_spans_entities")
    if cached is None:
        found: defaultdict[str, list[tuple[int, str]]] = defaultdict(list)
        for e in doc.ents:
            found[_bare(e.text)].append((e.start, e.label_))
            if e.label_ == "PERSON" and len(e) >= 2:
                found[e[-1].text].append((e.end - 1, "PERSON"))
        cached = doc.user_data["actor_spans_entities"] = dict(found)
    return cached


def _short_of_body_elsewhere(doc: Doc, text: str, ent: Span) -> bool:
    """Whether `text` (two words or more) ends the name of an organisation the model
    tagged outside `ent`: "Film Council" of "the UK Film Council", the body's short
    form, and so a name of its own inside `ent`."""
    words = text.split()
    if len(words) < 2:
        return False
    return any(
        e.label_ == "ORG"
        and not ent.start <= e.start < ent.end
        and len(e) > len(words)
        and [t.text for t in e[-len(words) :]] == words
        for e in doc.ents
    )


def _word_of_person_elsewhere(doc: Doc, part: Span, ent: Span) -> bool:
    """Whether a one-word part is a surname of a person the model tags outside `ent`
    ("Zubiri" of "Tomas Zubiri Velasco"): a word after the person's first."""
    if len(part) != 1 or not part[0].is_title:
        return False
    return any(
        other.label_ == "PERSON"
        and not ent.start <= other.start < ent.end
        and part[0].text in [t.text for t in other[1:]]
        for other in doc.ents
    )


def _label_elsewhere(doc: Doc, text: str, ent: Span) -> str | None:
    """The model's label for `text` named outside `ent`, or None."""
    for start, label in _entity_labels(doc).get(text, ()):
        if not ent.start <= start < ent.end:
            return label
    return None


POSSESSIVE_MARKS = frozenset({"'s", "\u2019s"})
BARE_POSSESSIVE_MARKS = frozenset({"'", "\u2019"})


def _bare_possessive(doc: Doc, i: int) -> bool:
    """Whether token `i` is the apostrophe alone of a name ending in "s" ("Fox News\u2019
    Sean Hannity", "Democracy Corps\u2019 Stan Greenberg"): glued to that name, a space
    after it. Read only before a person's full name (`possessive_parts`): elsewhere the
    mark may close a quotation."""
    token = doc[i]
    return (
        token.text in BARE_POSSESSIVE_MARKS
        and i > 0
        and not doc[i - 1].whitespace_
        and doc[i - 1].text.endswith("s")
        and bool(token.whitespace_)
    )


def _plural_of(word: str, common: Set[str]) -> bool:
    """Whether a word in "s" is the plural of an English word of `common` ("lawyers")."""
    return word.endswith("s") and (word in common or word[:-1] in common)


def possessive_parts(
    doc: Doc,
    ent: Span,
    person_name: Callable[[list[str]], bool],
    org_words: Set[str],
    common: Set[str] = frozenset(),
    speaks_alone: Callable[[Doc, Span, Span], bool] | None = None,
) -> list[Span] | None:
    """An owner and what it owns, swept by the model into one span at a possessive, or
    None when the span is one name. The model trained on straight apostrophes glues
    names at a curly one most of all: "FOX Business Network\u2019s Maria Bartiromo",
    "Trump\u2019s Islamaphobia", "Grayson\u2019s Democratic Senate bid", and at an
    apostrophe alone after a name in "s" ("Fox News\u2019 Sean Hannity", read only
    before a person's full name, and not after one plural word of `common`, English
    words in lower case: "Lawyers' Christian Fellowship" is one body).

    - the owned words are a person's full name (`person_name`: given name first):
      two names, the owner (a body, where the model said person) and the person;
    - else the owner is named on its own elsewhere in the article (as an entity, or as
      the surname of a full name, or speaking where the model tagged it nowhere:
      "Macrovision said", `speaks_alone`): the owner, and what it owns only where that is a
      body or a person named so elsewhere ("Alphabet's Google") or a body's full name
      (three words or more with an organisation word, `org_words`: "Nega's Coalition
      for Unity and Democracy"). What it owns is a thing more often than an actor
      ("Trump\u2019s Celebrity Apprentice", "Gumayusi\u2019s Draven", a game's
      character, "AFL-CIO\u2019s Executive Committee").

    Names that hold their possessive ("People's Republic of China", "St John's Wood",
    "Guy's Hospital", "McDonald's Corp") have an owner the article never names alone.
    """
    mark = next((t.i for t in ent[1:-1] if t.lower_ in POSSESSIVE_MARKS), None)
    bare = mark is None
    if bare:
        mark = next((t.i for t in ent[1:-1] if _bare_possessive(doc, t.i)), None)
        if mark is not None and mark - ent.start == 1 and _plural_of(doc[ent.start].lower_, common):
            return None  # "Lawyers' Christian Fellowship", "the Stones' Emotional Rescue"
    if mark is None or doc[mark - 1].whitespace_:
        return None
    owner = Span(doc, ent.start, mark, label="ORG" if ent.label_ == "PERSON" else ent.label_)
    owned = Span(doc, mark + 1, ent.end, label=ent.label_)
    words = [t.text for t in owned]
    if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and person_name(words):
        return [owner, Span(doc, owned.start, owned.end, label="PERSON")]
    if bare:
        return None  # "Sanders\u2019 Wall Street": only a full name is read past it
    label = _label_elsewhere(doc, _bare(owner.text), ent)
    if label is None and speaks_alone is not None and speaks_alone(doc, owner, ent):
        label = "ORG"  # "Macrovision's Entertainment Technologies Group": the firm speaks
    if label is None:
        return None
    parts = [Span(doc, owner.start, owner.end, label=label)]
    owned_label = _label_elsewhere(doc, _bare(owned.text), ent)
    if owned_label in {"ORG", "PERSON"} or (
        len(words) >= 3 and any(w.casefold() in org_words for w in words)
    ):  # "Alphabet's Google", "Nega's Coalition for Unity and Democracy": a body's name
        parts.append(Span(doc, owned.start, owned.end, label=owned_label or "ORG"))
    return parts


def coordinated_names(
    doc: Doc,
    ent: Span,
    org_words: Set[str],
    suffixes: Set[str],
    common: Set[str],
    person_name: Callable[[list[str]], bool] | None = None,
) -> list[Span] | None:
    """Two names the model swept into one organisation's span at "and", or None.

    Split when the article names both parts on their own elsewhere ("Christie and
    Sessions" beside "Christie" and "Sessions"), or names the first part, of two words
    or more, on its own and the second part is no body's name of its own (no company
    suffix, no organisation word at its end): "the Associated Press and Television
    Networks" beside "The Associated Press", or names the first part as a person (by that
    word alone or as a surname of a full name) and the second is a person's full name by
    its given name (`person_name`): "had invited both Lechin and Victor Lopez" beside
    "Juan Lechin Oquendo", two men the model read as one body. Each part takes the label
    the model gave it elsewhere; a second part named nowhere else and made of common
    words (`common`: "Television Networks") is dropped. "Marks and Spencer", "Johnson and
    Johnson" or "Pennsylvania Power and Light Co" stay one name."""
    if ent.label_ != "ORG" or len(ent) < 3:
        return None
    ands = [t.i for t in ent if t.lower_ == "and"]
    if len(ands) != 1 or any(t.text in {",", ";", "&"} for t in ent):
        return None
    cut = ands[0]
    if cut in (ent.start, ent.end - 1):
        return None
    left, right = doc[ent.start : cut], doc[cut + 1 : ent.end]
    a, b = _bare(left.text), _bare(right.text)
    label_a, label_b = _label_elsewhere(doc, a, ent), _label_elsewhere(doc, b, ent)
    if label_a is None and _short_of_body_elsewhere(doc, a, ent):
        label_a = "ORG"  # "the Film Council and Channel 4" after "the UK Film Council"
    if label_a is None and person_name is not None and _word_of_person_elsewhere(doc, left, ent):
        label_a = "PERSON"  # "Lechin" of "Juan Lechin Oquendo", named in full before
    if a == b or label_a is None:
        return None
    if (
        label_a == "PERSON"
        and label_b is None
        and person_name is not None
        and person_name([t.text for t in right])
    ):
        label_b = "PERSON"  # "Lechin and Victor Lopez": a second man, by his given name
    both = label_b is not None
    body_like = right[-1].lower_ in org_words or right[-1].lower_ in suffixes
    if not both and (len(left) < 2 or body_like or label_a != "ORG"):
        return None
    start = ent.start + (1 if left[0].lower_ == "the" else 0)
    parts = [Span(doc, start, cut, label=label_a)]
    if right[0].lower_ == "the":
        right = doc[right.start + 1 : right.end]
    # "Television Networks", named nowhere else and made of common words: no name; a
    # number makes one ("Channel 4")
    if len(right) and (both or not all(t.is_alpha and _common(t.lower_, common) for t in right)):
        parts.append(Span(doc, right.start, right.end, label=label_b or "ORG"))
    return parts


# --- groups and records ---------------------------------------------------------------


def inner_acronym(short: str, name: str) -> bool:
    """Whether `short` abbreviates `name` with one letter from inside a word besides
    the initials: "WBG" (Weibo Gaming), "AOL" (America Online), "ITV" (Independent
    Television).

    Each capitalised word of the name gives its initial, in order, and one word gives
    one more letter of its own, a consonant (where a syllable may start: "Wei-bo").
    "REM" is no "Regular Music" (a vowel), "ISIS" no "International Studies" (two
    more letters), "BBC" no "British Council", and "MSN" no "MSN Spaces" (a word of
    the name names something else: the maker)."""
    letters = short.replace(".", "").casefold()
    words = [w.casefold() for w in name.replace("-", " ").split() if w[:1].isupper()]
    if len(letters) != len(words) + 1 or len(words) < 2 or not letters.isalpha():
        return False
    if letters in words:
        return False  # "MSN" of "MSN Spaces": a word of the name, not its acronym
    for i, word in enumerate(words):  # word i gives two letters: i and i + 1
        head = [w[0] for w in words[:i]] + [word[0]]
        extra = letters[i + 1]
        tail = [w[0] for w in words[i + 1 :]]
        if (
            "".join([*head, extra, *tail]) == letters
            and extra in word[1:]
            and extra not in "aeiouy"
        ):
            return True
    return False


def role_acronym(name: str) -> bool:
    """ "SG" (solicitor general), "MVP": an office's or award's acronym, no body."""
    return name.casefold() in ROLE_ACRONYMS


# Shortest word of a name that a one-letter variant may be found in: "Shultz".
MIN_VARIANT_WORD = 5


def _one_edit(a: str, b: str) -> bool:
    """One letter changed, added or left out inside the word (not at its end: "Brown"
    and "Browne", "Philip" and "Philips" are other names); the first letter the same."""
    if a == b or a[0] != b[0] or min(len(a), len(b)) < MIN_VARIANT_WORD:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 and diff[0] < len(a) - 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) != 1:
        return False
    for i in range(len(short)):
        if short[i] != long_[i]:
            return short[i:] == long_[i + 1 :]
    return False  # the extra letter is the last one


def _variant_of(variant: Actor, main: Actor) -> bool:
    """`variant` spells `main`'s name with one letter changed: the same words but one
    ("Friar Lawrence", "Friar Laurence"), or the surname alone ("Schultz" of "George
    Shultz")."""
    vw, mw = variant.name.split(), main.name.split()
    if len(vw) == 1 and len(mw) >= 2:
        return _one_edit(vw[0], mw[-1])
    if len(vw) != len(mw) or len(vw) < 2:
        return False
    diff = [(a, b) for a, b in zip(vw, mw, strict=True) if a != b]
    return len(diff) == 1 and _one_edit(*diff[0])


LISTED_BEFORE = re.compile(r"(?:,|\band|&|:)\s*$")
LISTED_AFTER = re.compile(r"^\s*(?:,|and\b|&|;|\.|\n|$)")


def _listed(text: str, span: tuple[int, int]) -> bool:
    """Whether a mention stands in a list of names, between two separators:
    "Sheahan, Horan, O'Callaghan" (a team sheet names different players whose names
    may be a letter apart). "Of Friar Lawrence, the lawyer said" is no list."""
    start, end = span
    return bool(LISTED_BEFORE.search(text[max(0, start - 6) : start])) and bool(
        LISTED_AFTER.match(text[end : end + 6])
    )


def merge_spelling_variants(actors: list[Actor], text: str) -> list[Actor]:
    """A person named once with one letter of the name changed joins the person the
    article names that way elsewhere: a typing slip ("Schultz said" in a story about
    George Shultz) or a second spelling ("Friar Lawrence" of "Friar Laurence").

    The variant is named once, outside a list of names ("Sheahan, Horan, O'Callaghan"
    in a team sheet with "Shane Horgan" names two players), has no roles of its own,
    and only one person's name is one letter from it; the surname alone must differ
    from every other person's (an article naming "Glen Johnson" and "Alan Johnston"
    keeps both)."""
    people = [a for a in actors if a.type == "person"]
    surnames = {a.name.split()[-1] for a in people if len(a.name.split()) >= 2}
    gone: set[int] = set()
    for variant in sorted(people, key=lambda a: (a.mentions, -min(a.spans, default=(0, 0))[0])):
        if variant.mentions != 1 or variant.roles or variant.name in surnames:
            continue
        if any(_listed(text, span) for span in variant.spans):
            continue
        mains = [
            a
            for a in people
            if a is not variant
            and id(a) not in gone
            and _variant_of(variant, a)
            and (a.mentions, -min(a.spans, default=(0, 0))[0])
            >= (variant.mentions, -min(variant.spans, default=(0, 0))[0])
        ]
        if len(mains) != 1:
            continue
        absorb(mains[0], variant)
        gone.add(id(variant))
    return [a for a in actors if id(a) not in gone]


def absorb(main: Actor, other: Actor) -> None:
    """One actor takes another's mentions, names, roles and confidence: they are one."""
    main.spans = sorted({*main.spans, *other.spans})
    main.mentions = len(main.spans)
    for alias in [other.name, *other.aliases]:
        if alias != main.name and alias not in main.aliases:
            main.aliases.append(alias)
    main.roles = fullest_roles([*main.roles, *other.roles])
    main.confidence = max(main.confidence, other.confidence)


def merge_same_names(actors: list[Actor]) -> list[Actor]:
    """Actors of one type that came out under one name are one actor: "GOP" and
    "Republicans", grouped apart, both take the party's name ("Republican Party"), and
    a page must not list it twice. The most mentioned takes the others in."""
    first: dict[tuple[str, str], Actor] = {}
    gone: set[int] = set()
    for actor in sorted(actors, key=lambda a: (-a.mentions, min(a.spans, default=(0, 0)))):
        main = first.setdefault((actor.type, actor.name), actor)
        if main is not actor:
            absorb(main, actor)
            gone.add(id(actor))
    return [a for a in actors if id(a) not in gone]


def _swapped(a: str, b: str) -> bool:
    """Two neighbouring letters typed the wrong way round, inside the word and not at
    its start: "Advnaced" of "Advanced"."""
    if len(a) != len(b) or a == b or len(a) < MIN_VARIANT_WORD:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(diff) == 2
        and diff[0] > 0
        and diff[1] == diff[0] + 1
        and (a[diff[0]], a[diff[1]]) == (b[diff[1]], b[diff[0]])
    )


def mistyped_name(variant: str, name: str, common: Set[str]) -> bool:
    """`variant` is `name` with one word mistyped: the same words but one, of two words
    or more, whose slip (one letter changed, added, left out or two swapped) makes no
    English word ("Advnaced Voice" of "Advanced Voice"; "United Air" and "United Aid"
    are two names)."""
    vw, mw = variant.split(), name.split()
    if len(vw) != len(mw) or len(vw) < 2:
        return False
    diff = [(a, b) for a, b in zip(vw, mw, strict=True) if a != b]
    if len(diff) != 1:
        return False
    slip, word = diff[0]
    return (_one_edit(slip, word) or _swapped(slip, word)) and slip.casefold() not in common


def merge_mistyped_bodies(
    actors: list[Actor], quotes: list[Quote], text: str, common: Set[str]
) -> list[Actor]:
    """An organisation named once under a mistyped name joins the one organisation the
    article names rightly: "damages, Advnaced Voice said" in a story about Advanced
    Voice Technologies Inc (which it also calls "Advanced Voice"), and a quote given to
    the slip is the organisation's. The slip must make no English word (`common`), the
    variant stand in no list of names and open with no given name (the model may call
    the slip a person), and exactly one other actor be named (or aliased) so, one word
    apart, an organisation."""

    def whole_of(variant: Actor, kept: list[Actor]) -> Actor | None:
        if variant.mentions != 1 or variant.roles or variant.type == "place":
            return None
        if variant.name.split()[0] in GIVEN_NAMES:
            return None
        if any(_listed(text, span) for span in variant.spans):
            return None
        mains = [
            a
            for a in kept
            if a is not variant
            and any(mistyped_name(variant.name, n, common) for n in [a.name, *a.aliases])
        ]
        return mains[0] if len(mains) == 1 and mains[0].type == "organization" else None

    return merge_actors(actors, quotes, whole_of, as_alias=True)


def absorb_cut_pieces(actors: list[Actor], quotes: list[Quote], text: str) -> list[Actor]:
    """An actor every mention of which is a piece of one organisation's full name, at that
    very place in the text, is that organisation: the model cut "Standard and Poor's
    Corp" into "Standard" and "Poor's Corp", and "Systems and Computer Technology Corp"
    into "Systems and Computer" and "Computer Technology Corp", while the speaker
    resolver named the body in full. The pieces are no actors of their own (not even a
    place: "New Zealand" written only inside "Australia and New Zealand Banking Group
    Ltd"), and a quote given to a piece is the organisation's.

    Only a piece that is never written outside the full name goes: "Airbus said",
    beside "Airbus Industrie", keeps its own actor."""
    bodies = sorted(
        (a for a in actors if a.type == "organization" and " " in a.name),
        key=lambda a: -len(a.name),
    )

    def whole_of(piece: Actor, kept: list[Actor]) -> Actor | None:
        if not piece.spans:
            return None
        left = {id(a) for a in kept}
        return next(
            (
                body
                for body in bodies
                if body is not piece
                and id(body) in left
                and len(body.name) > len(piece.name)
                and all(inside_name(text, span, body.name) for span in piece.spans)
            ),
            None,
        )

    return merge_actors(actors, quotes, whole_of, as_alias=False)


def merge_actors(
    actors: list[Actor],
    quotes: list[Quote],
    whole_of: Callable[[Actor, list[Actor]], Actor | None],
    as_alias: bool,
) -> list[Actor]:
    """The actors, each one `whole_of` finds a whole for (among the actors not merged
    yet) joined into it (`join_actor`), and every quote given to a merged actor given to
    its whole, under the whole's name. One loop for `absorb_cut_pieces` and
    `company_short.merge_company_short_names`."""
    gone: set[int] = set()
    renamed: dict[str, str] = {}
    for part in actors:
        whole = whole_of(part, [a for a in actors if id(a) not in gone])
        if whole is None or id(whole) in gone:
            continue
        join_actor(whole, part, as_alias=as_alias)
        renamed[part.name] = whole.name
        gone.add(id(part))
    for quote in quotes:
        if quote.speaker in renamed:
            quote.speaker = renamed[quote.speaker]
    return [a for a in actors if id(a) not in gone]


def inside_name(text: str, span: tuple[int, int], name: str) -> bool:
    """Whether the text at `span` is a whole-word piece of `name` written right there."""
    start, end = span
    piece = text[start:end]
    at = name.find(piece)
    while at >= 0:
        begin = start - at
        if (
            begin >= 0
            and text.startswith(name, begin)
            and (at == 0 or not name[at - 1].isalnum())
            and (at + len(piece) == len(name) or not name[at + len(piece)].isalnum())
        ):
            return True
        at = name.find(piece, at + 1)
    return False


def join_actor(whole: Actor, part: Actor, as_alias: bool) -> None:
    """`part`'s mentions, roles and confidence given to `whole`, the actor it is one with
    (`absorb_cut_pieces`, `company_short.merge_company_short_names`). Mentions are
    counted as places in the text: a part's mention inside one of the whole's is one
    mention, and never fewer than the whole had. `as_alias`: the part's name is another
    name of the whole ("Kelmont Wexbridge"), not a piece the model cut ("Poor's Corp")."""
    whole.spans = sorted({*whole.spans, *part.spans})
    whole.mentions = max(whole.mentions, len(_outermost(whole.spans)))
    if as_alias:
        for alias in [part.name, *part.aliases]:
            if alias != whole.name and alias not in whole.aliases:
                whole.aliases.append(alias)
    whole.roles = fullest_roles([*whole.roles, *part.roles])
    whole.confidence = max(whole.confidence, part.confidence)


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside another one: one mention each."""
    return [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
