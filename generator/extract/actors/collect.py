"""The article's mentions: the model's entities (tables, headlines, bracketed acronyms and
works of art set aside) plus the names it missed (speakers, firms, parties, registry
names, team sheets), each turned into a `_Mention` by `span_mention`.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Span, Token

from generator.extract.actors.bracketed_firms import bracketed_firms
from generator.extract.actors.cued_speakers import cued_speakers
from generator.extract.actors.entity_parts import _entity_parts, _in_link_line
from generator.extract.actors.family_names import relatives_named
from generator.extract.actors.fragments import compass_pair_half
from generator.extract.actors.glued_names import glued_name, title_case_lines
from generator.extract.actors.joined import _joined_entities
from generator.extract.actors.lexicon import ENTITY_LABELS, ORG_WORDS, PLACE_HEAD_WORDS
from generator.extract.actors.mention import _Mention
from generator.extract.actors.minutes import players_with_minutes
from generator.extract.actors.named_again import named_again
from generator.extract.actors.names import _clean_name
from generator.extract.actors.places import (
    KNOWN_PLACES,
    _known_place,
    _us_state_names,
    gazetteer,
    place_aliases,
    state_of_place,
)
from generator.extract.actors.registry import _registry_mentions
from generator.extract.actors.role_led_names import role_led_person
from generator.extract.actors.sheets import (
    _players_of_sheet_lines,
    _share_list_types,
    _share_product_heads,
)
from generator.extract.actors.span_mention import _mention_from_span
from generator.extract.actors.spoken_names import (
    FIRM_NAME_JOINERS,
    _drop_title_parts,
    _firms_of_speakers,
    _parties_of_roles,
    _untagged_speakers,
    initialled_speakers,
    speaker_tagged_as_people,
)
from generator.extract.actors.vocabulary import _common_word, dictionary_words
from generator.extract.actors.works import (
    WORK_EVIDENCE_KEY,
    WORK_NAMES_KEY,
    _listed_as_work,
    _named_as_work,
)
from generator.extract.given_names import GIVEN_NAMES, LISTED_GIVEN_NAMES
from generator.extract.words import word_lists
from generator.model import ACTOR_TYPE_ORDER, Registry, name_key
from generator.reading.layout import doc_text


def _collect_mentions(doc: Doc, registry: Registry | None) -> list[_Mention]:
    """Cleaned name mentions from the model's entities, plus registry names it missed."""
    mentions: list[_Mention] = []
    covered: set[int] = set()
    doc.user_data.pop(WORK_NAMES_KEY, None)
    doc.user_data.pop(WORK_EVIDENCE_KEY, None)
    for ent in _joined_entities(doc):
        ent = speaker_tagged_as_people(doc, ent) or ent  # "Rosette Pambakian ... said"
        if ent.label_ == "WORK_OF_ART":
            _note_work_of_art(doc, ent)
        if ent.label_ not in ENTITY_LABELS:
            person = role_led_person(doc, ent)  # "author Cornel West", tagged a product
            if person is not None:
                mentions.append(person)
                covered.update(range(ent.start, ent.end))
            continue
        parts: list[_Mention] = []
        for part in _entity_parts(doc, ent):
            if (
                _case_party(doc, part)
                or _in_shouted_line(doc, part)
                or _name_tail(doc, part)
                or compass_pair_half(doc, part)  # "West" of "Dundee East and West"
            ):
                covered.update(range(part.start, part.end))
                continue
            if _state_named(doc, part):  # "the State of Virginia": the place, however tagged
                part = Span(doc, part.start, part.end, label="GPE")
            mention = _mention_from_span(doc, part)
            if mention is not None:
                parts.append(mention)
                covered.update(range(ent.start, ent.end))
        # a list shares its evidence: "across Durham, Derbyshire, ..."; names glued
        # together (`actor_spans.glued_parts`: "Labour" + "Britain") are of two kinds
        if len(parts) > 1 and len({m.label for m in parts}) == 1:
            for kind in ACTOR_TYPE_ORDER:
                best = max(m.evidence().get(kind, 0.0) for m in parts)
                for m in parts:
                    m.votes[kind] = m.votes.get(kind, 0.0) + best - m.evidence().get(kind, 0.0)
        mentions.extend(parts)
    mentions = _drop_title_parts(mentions)
    mentions = _without_named_works(doc, mentions)
    mentions = _without_cut_names(doc_text(doc), mentions)
    _share_list_types(doc_text(doc), mentions)
    _players_of_sheet_lines(doc_text(doc), mentions)
    players_with_minutes(doc, mentions)  # "Grady 29, Crawford 41": scorers' minutes
    _share_product_heads(doc_text(doc), mentions)
    mentions.extend(_untagged_speakers(doc, covered))
    mentions.extend(initialled_speakers(doc, covered))  # "the IFPI reported"
    mentions.extend(cued_speakers(doc, covered, mentions))  # "General Guven Ergenc told"
    mentions.extend(_firms_of_speakers(doc, mentions))
    mentions = bracketed_firms(doc_text(doc), mentions)  # "<Sulpetro Ltd> said"
    mentions.extend(named_again(doc, mentions))  # "Ivanka Trump" tagged a product once
    mentions = relatives_named(doc, mentions)  # "Ivanka Hale" after "Robert Hale"
    parties = _parties_of_roles(doc, mentions)
    # "Liberal" (ORG) and "Democrat" (NORP) of "Liberal Democrat leader": one mention
    mentions = [
        m for m in mentions if not any(p.start <= m.start and m.end <= p.end for p in parties)
    ]
    mentions.extend(parties)
    if registry is not None and registry.entries:
        mentions.extend(_registry_mentions(doc, registry, covered))
    text = doc_text(doc)  # `doc.text` is rebuilt on every access
    _mark_bracketed(text, mentions)
    headline_end = _title_case_headline_end(text)
    body = text[headline_end:]
    tables = _table_lines(text)
    headings = list(title_case_lines(text))
    return [
        m
        for m in mentions
        if not _in_link_line(text, m.start)
        and not (m.start < headline_end and not _named_in_body(m.name, body))
        and not any(start <= m.start < end for start, end in tables)
        and not glued_name(m, text, headings)
    ]


# A table's cells: two or more spaces apart. A figure's cell: a number or a dash.
_TABLE_GAP = re.compile(r"\s{2,}")


_FIGURE_CELL = re.compile(r"[-+]?[\d.,/]*\d[\d.,/%]*|-{2,}|n/?a|nil|unch|nc", re.IGNORECASE)


_CODE_CELL = re.compile(r"[A-Z]{2,6}")


# A table has more cells on a line than this.
TABLE_MIN_CELLS = 4


# Between the two parties of a court case's name: "Brown v. Board of Education", "Roe
# v. Wade". Written with its full stop, it is a case's (sport writes "Everton v Sunderland"
# and "Trump vs. Clinton", whose sides are actors).
CASE_NAME_JOINER = "v."


def _case_party(doc: Doc, span: Span) -> bool:
    """A name that is one side of a case's name ("Brown", "Board of Education" of "Brown
    v. Board of Education"): it names the case, not an actor of the story. The parties
    of a case the story tells of it names elsewhere, and those mentions stay."""
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and after.text == CASE_NAME_JOINER:
        other = doc[after.i + 1] if after.i + 1 < len(doc) else None
    elif before is not None and before.text == CASE_NAME_JOINER:
        other = doc[before.i - 1] if before.i > 0 else None
    else:
        return False
    return other is not None and other.text[:1].isupper()


def _name_tail(doc: Doc, span: Span) -> bool:
    """One capitalised common noun after "and" that ends a building's or a body's name:
    "Casino" of "the Sands Hotel and Casino", "Spa" of "Grand Hotel and Spa". The model
    cuts such names at their "and", and the noun alone names nothing. A body's own word
    ("City Hall and Congress") is a name of its own, and stays, as does a place the
    model or the gazetteer knows ("Rhode Island and Connecticut", "Deerfield Beach and
    Hollywood")."""
    if len(span) != 1 or span.start < 2 or not span[0].is_title or span.label_ in {"GPE", "LOC"}:
        return False
    joiner, head = doc[span.start - 1], doc[span.start - 2]
    word = span[0].lower_
    return (
        joiner.lower_ in FIRM_NAME_JOINERS
        and head.is_title
        and head.lower_ in PLACE_HEAD_WORDS
        and word in dictionary_words().get("noun", frozenset())
        and word not in ORG_WORDS
        and not _known_place(span.text)
        and word not in gazetteer()
        and word not in _us_state_names()
    )


def _state_named(doc: Doc, span: Span) -> bool:
    """ "the State of Virginia", "State of New York": the place a US state's or a
    country's name after "State of" names (`state_of_place`), the same actor as
    "Virginia" elsewhere in the story. Other names of that shape are bodies of their own
    ("State of the Union")."""
    start = span.start + (span[0].lower_ == "the")
    return state_of_place(doc[start : span.end].text) is not None


# The small words a name in capitals may hold ("BANK OF AMERICA", "THE WEEKLY
# STANDARD"), and "US", which is a pronoun's spelling but a country's initials.
_NAME_SMALL_WORDS = word_lists("function_words")["acronym_skips"] | {"us"}


def _in_shouted_line(doc: Doc, span: Span) -> bool:
    """A name inside a run of words in capitals that holds a stop word no name holds:
    a sentence set in capitals ("SIGN UP FOR OUR NEWSLETTER", "MAKE MEXICO GREAT
    AGAIN"), page furniture or a shouted slogan, whose capitals make the model see
    names. The same name written in the story's own sentences stays."""
    if not all(t.text.isupper() for t in span if any(ch.isalpha() for ch in t.text)):
        return False

    def caps(t: Token) -> bool:
        return t.is_alpha and t.text.isupper()

    start, end = span.start, span.end
    while start > 0 and caps(doc[start - 1]):
        start -= 1
    while end < len(doc) and caps(doc[end]):
        end += 1
    return any(
        t.is_stop and len(t) > 1 and t.lower_ not in _NAME_SMALL_WORDS for t in doc[start:end]
    )


def _table_lines(text: str) -> list[tuple[int, int]]:
    """The character ranges of the lines of `text` that are rows of a table: four or
    more cells two or more spaces apart, half of them figures or dashes (" Evansville
    ---   ---   3.01  ---") or all of them codes (a header: "WHEAT  HRW  HRS  SRW").
    A wire's price table names grades and delivery points, never the story's actors,
    and prose never spaces its words so."""
    found: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if "  " in line.strip():
            cells = _TABLE_GAP.split(line.strip())
            figures = sum(1 for c in cells if _FIGURE_CELL.fullmatch(c))
            if len(cells) >= TABLE_MIN_CELLS and (
                2 * figures >= len(cells) or all(_CODE_CELL.fullmatch(c) for c in cells)
            ):
                found.append((start, end))
        start = end + 1
    return found


def _without_cut_names(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """The mentions, those the model cut from a longer name that the article names in
    full elsewhere made whole: "West" of "the West Ham support" beside "West Ham fans"
    is the club, not a region (and would stand as a place of its own once the club is
    typed a body). The cut mention's votes were read for the wrong words and are
    dropped: the full name's other mentions decide its type."""
    longer: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        if " " in m.name:
            longer[m.name.split()[0]].append(m.name)
    for m in mentions:
        if " " in m.name:
            continue
        full = next(
            (f for f in sorted(longer.get(m.name, []), key=len) if text.startswith(f, m.start)),
            None,
        )
        if full is not None:
            m.name, m.end, m.n_tokens = full, m.start + len(full), len(full.split())
            m.votes, m.base, m.roles = {}, None, []
    return mentions


def _note_work_of_art(doc: Doc, ent: Span) -> None:
    """A title the model reads as a work where the sentence calls it one ("the film
    Shall We Dance?") is a work's name in its other mentions too ("I'm so proud of
    Shall We Dance", which the model tags as a body): see `_without_named_works`, which
    keeps a mention that shows an actor of its own. The model's label alone is not
    enough: it tags bodies as works too ("slammed the Girl Scouts", "Holly Sugar
    shares")."""
    start = ent.start
    while start < ent.end - 1 and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    span = doc[start : ent.end]
    name = _clean_name(span.text)
    if (
        name
        and any(c.isupper() for c in name)
        and (_named_as_work(doc, span) or _listed_as_work(span))
    ):
        doc.user_data.setdefault(WORK_NAMES_KEY, set()).add(name)


def _without_named_works(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """The mentions without the other uses of a name the article calls a work once:
    after "Arnold's gritty drama Wasp", "Wasp tells the story of a young mum" names
    the film too, not an actor. A mention that shows an actor of its own (a role, an
    honorific, a body's or a place's words: "Michael Collins, the Irish leader")
    stays; a "which" after it does not ("Wasp, which was commissioned": a film takes
    "which" as a body does), nor a verb of saying ("Wasp tells the story of ..."),
    nor the shape of a person's name: titles are often named after people ("British
    film Vera Drake", then "the award for Vera Drake"), nor what the name's own words
    say, which every mention of it shares ("his last album, Genius Loves Company", then
    "album of the year for Genius Loves Company": "Company" is a body's word in both):
    only evidence beyond what the mention called a work showed is a mention's own."""
    works = doc.user_data.pop(WORK_NAMES_KEY, None)
    shown = doc.user_data.pop(WORK_EVIDENCE_KEY, {})
    if not works:
        return mentions
    text = doc_text(doc)
    return [
        m
        for m in mentions
        if m.name not in works
        or m.roles
        or m.honorific
        or (
            m.body_or_place_evidence() - shown.get(m.name, 0.0) >= 3.0
            and not WHICH_AFTER.match(text, m.end)
        )
    ]


# A relative "which" right after a name: a body's cue elsewhere (`type_votes`), but a
# work takes it as often ("Wasp, which was commissioned by ...").
WHICH_AFTER = re.compile(r"\s*,?\s*which\b")


def _named_in_body(name: str, body: str) -> bool:
    """The name, or its last word as a capitalised word, in the text after a headline:
    "Hillary Clinton" of a headline stays when the body writes "Clinton". A known
    place's name always stays: the body may write it another way. A run holding an
    English word that is no given name ("Hillary Clinton Slams Donald Trump", "Denounces
    Clinton") is the headline's words, not a name, unless the body writes it in full."""
    if name.casefold() in KNOWN_PLACES or name_key(name) in place_aliases():
        return True  # "U.S." of a headline, "United States" in the body
    if name in body:
        return True
    words = name.split()
    if any(
        _common_word(word.casefold()) and word not in GIVEN_NAMES and word not in LISTED_GIVEN_NAMES
        for word in words[:-1]
    ):
        return False
    return re.search(rf"(?<!\w){re.escape(words[-1])}(?!\w)", body) is not None


HEADLINE_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def _title_case_headline_end(text: str) -> int:
    """Where a Title Case headline on the first line ends (0 when there is none).

    In a headline that capitalises every longer word ("Obama Power Plant Rules Face Key
    Test In U.S. Court") the model cannot tell names from words, and tags runs of them
    ("Obama Power Plant Rules Face Key Test", "Hillary Asking Moderator"). A name found
    only there is dropped; one the body also writes (in full, or its last word) stays.
    A headline in sentence case ("Hewitt falls to Dent") keeps its names: there
    capitals mark them."""
    end = text.find("\n")
    if end <= 0:
        return 0
    words = [w for w in HEADLINE_WORD.findall(text[:end]) if len(w) >= 4]
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return 0
    return end


BRACKETED_WORD = re.compile(r"\s*\(\s*([A-Z][\w&.-]{1,15})\s*\)")


# Wire style puts the ticker first, then the short form: "Den Norske Stats Oljeselskap
# A/S <STAT.OL> (Statoil)", "Bank fuer Gemeinwirtschaft AG's <BKFG.F> (BfG)"; a company
# form the model left out of the name may come before the ticker, which the reader
# blanks out (`generator.reading`: a run of spaces in the text the model reads).
TICKER_BRACKETED = re.compile(
    r"(?:['\u2019]s)?(?:\s+[A-Z]{1,3}(?:/[A-Z]{1,2})?\.?)?(?:\s*<[^<>\n]{1,15}>|\s{4,})"
    r"\s*\(\s*([A-Z][\w&.-]{1,15})\s*\)"
)


# Wire style gives the short form between commas, after the ticker if there is one:
# "The Commodity Exchange Inc, COMEX, is", "Volkswagen AG <VOWG.F>, VW, plans". The
# sentence goes on in lower case after it; a list's next name ("Ford Motor Co, GM, and
# Chrysler Corp", "Ford, GM, Chrysler") is followed by "and" or a capital.
APPOSED_ACRONYM = re.compile(
    r"\s*(?:<[^<>\n]{1,15}>\s*)?,\s*([A-Z]{2,8})\s*,\s*(?!(?:and|or|nor)\b)(?=[a-z])"
)


def _ticker_gap(text: str, mention: _Mention, found: re.Match[str]) -> bool:
    """The gap between a name and its bracketed word holds a ticker the reader blanked
    out ("Schweizerische Aluminium AG <ALUZ.Z> (Alusuisse)" is read as "AG" and a run
    of spaces, which the plain bracket's pattern swallows too): four spaces or more on
    the name's own line. A wrapped line's indent ("AG\\n    (Alusuisse)") comes after
    the line break and is none."""
    gap = text[mention.end : found.start(1)]
    return "<" in gap or "    " in gap.split("\n", 1)[0]


def _mark_bracketed(text: str, mentions: list[_Mention]) -> None:
    """A one-word name given in brackets right after a longer name ("... Association
    (Elspa)"): each mention of that word may be its short form (whether or not the
    model tagged the bracketed word itself)."""
    short: dict[str, _Mention] = {}
    after_ticker: set[str] = set()
    for mention in mentions:
        found = (
            BRACKETED_WORD.match(text, mention.end) or APPOSED_ACRONYM.match(text, mention.end)
            if mention.n_tokens >= 2
            else None
        )
        ticker = TICKER_BRACKETED.match(text, mention.end) if mention.n_tokens >= 2 else None
        if found or ticker:
            word = (found or ticker).group(1)
            if word not in short and ticker and (not found or _ticker_gap(text, mention, found)):
                after_ticker.add(word)
            short.setdefault(word, mention)
    for mention in mentions:
        before = short.get(mention.name)
        if before is not None and mention.n_tokens == 1:
            mention.bracketed_after = before
            mention.after_ticker = mention.name in after_ticker
