"""Lists of names: team sheets, fixture lines and product lists, where the type of every
name follows from the list's shape ("Arsenal 2 Chelsea 1").
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from generator.extract import actor_cues
from generator.extract.actors.groups import _as_type
from generator.extract.actors.mention import _Mention
from generator.extract.actors.names import _clean_name, _given_name_led_full, _initial_and_surname
from generator.extract.actors.places import (
    _body_or_place_shaped,
    _country_name,
    _known_place,
    _us_state_names,
)
from generator.extract.actors.vocabulary import _common_word
from generator.extract.given_names import GIVEN_NAMES
from generator.reading.layout import doc_text

LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)")


# A team sheet's substitutions: "Mills (Bradley Wright-Phillips 83), Dunne".
SUBSTITUTION_GLUE = re.compile(r"\s*\(\s*|\s*(?:\([^()]{0,40})?\d{0,3}\s*\)\s*,\s*")


# Between two names of a team sheet, names the model left out, a captain's mark, a
# semicolon between lines and a player's initial: "Hayes, O'Kelly, O'Connell, S
# Easterby", "M Bortolami (capt); A Persico" are one list whatever the model tagged.
SHEET_GAP = re.compile(
    r"(?:\s*[,;]\s*[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})*"
    r"\s*(?:\([a-z]{2,8}\)\s*)?[,;]\s*(?:[A-Z]{1,2}\.?\s+)?"
)


def _share_list_types(text: str, mentions: list[_Mention]) -> None:
    """Names in one list are of one kind: "CNN's Jason Carroll, Ben Brumfield, ...,
    Alexandra Field and Greg Botelho"; "New Brunswick, Prince Edward Island, and
    Newfoundland". A name with no evidence of its own, coordinated in a list of three
    or more, takes the type all the others argue for. The model's labels are noisy, so
    one dissenting member ("Amy Winehouse, Jamelia, Natasha Bedingfield and PJ Harvey",
    half of them tagged places) leaves the list as it is."""
    ordered = sorted(mentions, key=lambda m: m.start)
    # Surnames of the people the article names in full: in a team sheet ("James,
    # Mills, Dunne, ...") they show what the list is made of, whatever the labels.
    surnames = {m.name.split()[-1] for m in mentions if m.n_tokens >= 2 and m.kind() == "person"}
    every: list[list[_Mention]] = []
    run: list[_Mention] = []
    # Lists joined over a gap (`SHEET_GAP`) may only make team sheets' players people:
    # their members' labels say nothing of one another ("Lund" among firms' names).
    gapped: set[int] = set()
    for mention in ordered:
        if run and (
            LIST_GLUE.fullmatch(text, run[-1].end, mention.start)
            or SUBSTITUTION_GLUE.fullmatch(text, run[-1].end, mention.start)
        ):
            run.append(mention)
        elif (
            run
            and _sheet_shaped(run[-1])
            and _sheet_shaped(mention)
            and SHEET_GAP.fullmatch(text, run[-1].end, mention.start)
            and (
                INITIAL_BEFORE.search(text, run[-1].end, mention.start) is not None
                or (_initial_and_surname(run[-1].name) and _initial_and_surname(mention.name))
            )
        ):
            run.append(mention)
            gapped.add(id(run))
        else:
            if run:
                every.append(run)
            run = [mention]
    if run:
        every.append(run)
    runs = [members for members in every if len(members) >= 3]
    sheet = False
    for members in runs:
        kinds = [m.kind() for m in members]
        named = [m.n_tokens == 1 and m.name in surnames for m in members]
        kinds = ["person" if n else k for k, n in zip(kinds, named, strict=True)]
        initials = sum(_initial_and_surname(m.name) for m in members)
        for i, member in enumerate(members):
            if (
                _sheet_shaped(member)
                and kinds[i] != "person"
                and max(member.evidence().values(), default=0.0) < 3.0  # a gazetteer hit
                and (
                    _team_sheet(kinds, named, i) or (initials >= 3 and 2 * initials >= len(members))
                )
            ):
                member.votes, member.base = {"person": 1.0}, "person"
                sheet = True
                continue
            if (
                id(members) in gapped
                or any(v > 0 for v in member.evidence().values())
                or not member.coordinated
            ):
                continue
            others = Counter(kind for j, kind in enumerate(kinds) if j != i)
            kind, agree = others.most_common(1)[0]
            # All the others agree; or, in a long list, three in four of them and at
            # least four ("Pelous, Bruno, ... Chabal" half-tagged as firms in a squad).
            if kind is None or kind == kinds[i]:
                continue
            if len(others) > 1 and not (agree >= 4 and 4 * agree >= 3 * sum(others.values())):
                continue
            if kind == "person" and member.n_tokens < 2:
                continue  # "like Elbit, Candiru, and Rafael": firms the model calls people
            _as_type(member, kind)  # type: ignore[arg-type]
    if sheet:  # the same report's "Subs Not Used: Macken, Weaver, Onuoha, Jordan."
        for members in every:
            if all(m.n_tokens == 1 for m in members) and _after_sheet_label(text, members[0]):
                for member in members:
                    member.votes, member.base = {"person": 1.0}, "person"


# A team sheet's line: players' names (an initial, particles and up to four words),
# separated by commas, semicolons and "/", captains' and substitutes' marks in
# brackets, after an optional short label ("Replacements (from):", "Subs:").
_SHEET_WORD = r"(?:[A-Z][\w'\u2019-]*|van|de|der|den|von|du|le|la|da|di|del|dal|della|dos|das)"


# A player's name: an initial, particles ("van der Walt", "CA del Fava") and up to
# four words; a substitution names two ("Everitt for Mapletoft (53)").
_SHEET_ONE_NAME = (
    rf"(?:[A-Z]{{1,2}}\.? )?(?:{_SHEET_WORD} ){{0,2}}[A-Z][\w'\u2019-]*(?: {_SHEET_WORD}){{0,3}}"
)


_SHEET_NAME = rf"{_SHEET_ONE_NAME}(?: for {_SHEET_ONE_NAME})?"


_SHEET_INITIAL = re.compile(r"[A-Z]{1,2}\.? [A-Z]")


_SHEET_LABEL_OPENING = re.compile(r"(?:[A-Z][a-z]+(?: [a-z]+){0,2})?(?: \([a-z]+\))?:\s*")


_SHEET_SEPARATOR = re.compile(r"\s*[,;/]\s*")


_BRACKETED = re.compile(r"\s*\([^()\n]{0,40}\)")


# An HTML character reference left in the text ("Pap&#233;"): its ";" is no separator.
_CHARACTER_REFERENCE = re.compile(r"&#?\w{1,8};")


# A team sheet names more players than this; shorter lists are left to the list rules.
SHEET_MIN_NAMES = 6


# A side's starting line-up names this many players or more (football 11, rugby 15).
SIDE_MIN_NAMES = 10


def _sheet_lines(text: str) -> list[tuple[int, int]]:
    """The character ranges of the lines of `text` that are team sheets: "Van
    Gisbergen; Lewsey, Erinle, Abbott, Voyce; King, Dawson; ... Dallaglio (capt)." and
    "Replacements (from): Buckland/Cockerill, Morris, Kay, ..." (BBC match reports end
    so). Every part between separators is a name, six or more, and the line holds a
    semicolon, opens with a label or gives every player's initial ("A Titterrell, D
    Bell, S Borthwick, ..."): a line of prose always holds a lower-case word.

    Some reports write the sides with commas alone ("Morton, Moffat, MacRae, ...,
    McEntee." then the bench): a line of names only (at most one of its names a place,
    `_names_only_line`) is a sheet where it names a side (ten names or more), or where
    the line next to it is a sheet or a line of names only and one of the two names a
    side."""
    found: list[tuple[int, int]] = []
    lines = [(start, line) for start, line in _sheet_segments(text) if line.strip()]
    names_only: list[bool] = []
    sizes: list[int] = []
    for start, line in lines:
        parts, label = _sheet_parts(line)
        shaped = len(parts) >= SHEET_MIN_NAMES and all(re.fullmatch(_SHEET_NAME, p) for p in parts)
        names_only.append(shaped and _names_only_line(line, parts))
        sizes.append(len(parts) if shaped else 0)
        if shaped and (
            ";" in _CHARACTER_REFERENCE.sub("e", line)
            or label
            or all(_SHEET_INITIAL.match(p) for p in parts)  # "A Titterrell, D Bell, ..."
            # a side of ten names or more on a line of its own: "Cech, Ferreira,
            # Carvalho, Terry, ..., Gudjohnsen." (a list of places is no names-only line)
            or (names_only[-1] and len(parts) >= SIDE_MIN_NAMES)
            or _labelled_side(line)
        ):
            found.append((start, start + len(line)))
    sheets = {start for start, _ in found}
    tails = [_sheet_tail_line(line) for _, line in lines]
    changed = True
    while changed:  # a bench next to its side, the other side next to that bench
        changed = False
        for i, (start, line) in enumerate(lines):
            if start in sheets:
                continue
            if tails[i] and any(
                0 <= j < len(lines) and lines[j][0] in sheets for j in (i - 1, i + 1)
            ):
                sheets.add(start)
                found.append((start, start + len(line)))
                changed = True
                continue
            if not names_only[i]:
                continue
            for j in (i - 1, i + 1):
                if (
                    0 <= j < len(lines)
                    and (lines[j][0] in sheets or names_only[j])
                    and max(sizes[i], sizes[j]) >= SIDE_MIN_NAMES
                ):
                    sheets.add(start)
                    found.append((start, start + len(line)))
                    changed = True
                    break
    return sorted(found)


# The label of a team sheet's short line: "Subs Not Used:", "Booked:", "Not used:".
_TAIL_LABEL = re.compile(r"[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2}:\s*")


# A scorer and the minutes of his goals: "Rooney 68", "Dunne 75 og", "Lampard 40 pen".
_TAIL_NAME = re.compile(rf"{_SHEET_NAME}(?: \d{{1,3}}(?: (?:og|pen))?)?")


# A bracket holding a minute: a substitution ("Murray (Anyinsah 59)", "(71)").
_MINUTE_BRACKET = re.compile(r"\s*\([^()\n]{0,40}\d[^()\n]{0,40}\)")


def _sheet_tail_line(line: str) -> bool:
    """Whether a line may be one of the short lines a team sheet ends with: the bench,
    the booked players, the scorers ("Subs Not Used: Morris, Wardley, Newey.",
    "Konchesky, Hreidarsson, Perry.", "Holland 14, Bartlett 80."). Names alone, one or
    more, after an optional short label; a bracket only with a minute in it (the
    referee's county, "H Webb (S Yorkshire)", is no player's club). A line of six names
    or more without a label is left to the rules for a side's line, which ask more.
    Such a line is a sheet only next to one (`_sheet_lines`)."""
    body = _CHARACTER_REFERENCE.sub("e", line).strip().rstrip(".").strip()
    label = _TAIL_LABEL.match(body)
    if label is not None:
        body = body[label.end() :]
    body = _MINUTE_BRACKET.sub("", body)
    if "(" in body or ")" in body:
        return False
    parts = [p for p in _SHEET_SEPARATOR.split(body) if p]
    if not parts or (label is None and len(parts) >= SHEET_MIN_NAMES):
        return False
    return all(_TAIL_NAME.fullmatch(p) for p in parts)


def _labelled_side(line: str) -> bool:
    """Whether a line is a side after its club's name: "Man City: James, Mills (Bradley
    Wright-Phillips 83), Dunne, ..., Fowler." (ten names or more, at most one of them
    a place). A label of capitalised words is no evidence of its own ("Group A:
    France, Italy, ..." lists countries), so a side's size and its names must be."""
    label = _TAIL_LABEL.match(line.strip())
    if label is None:
        return False
    parts, _ = _sheet_parts(line.strip()[label.end() :])
    return (
        len(parts) >= SIDE_MIN_NAMES
        and all(re.fullmatch(_SHEET_NAME, p) for p in parts)
        and sum(_known_place(p) for p in parts) <= 1
    )


def _sheet_parts(line: str) -> tuple[list[str], bool]:
    """The parts of a would-be team sheet's line between its separators, brackets left
    out, and whether it opens with a label ("Replacements:"). Cheap for most lines:
    one with too few separators has no parts."""
    if sum(line.count(ch) for ch in ",;/") < SHEET_MIN_NAMES - 1:
        return [], False
    line = _CHARACTER_REFERENCE.sub("e", line)
    body = line.strip().rstrip(".")
    label = _SHEET_LABEL_OPENING.match(body)
    if label is not None:
        body = body[label.end() :]
    body = _BRACKETED.sub("", body)
    return [p for p in _SHEET_SEPARATOR.split(body) if p], label is not None


def _names_only_line(line: str, parts: list[str]) -> bool:
    """Whether a line of names joined by commas alone may be a side's: no label nor
    semicolon, and at most one of the names a place ("Angola, Botswana, Lesotho, ..."
    lists countries, not players)."""
    if ";" in _CHARACTER_REFERENCE.sub("e", line) or ":" in line:
        return False
    return sum(_known_place(p) for p in parts) <= 1


# The end of one sheet and the label of the next on one line: "... J Worsley (Wasps).
# Replacements: A Titterrell (Sale Sharks), ...": a full stop after a word of two
# lower-case letters or a bracket (never after an initial, "J. Smith", or "St."), or
# a quotation's closing mark after a sentence's end ('... one or two more goals."
# Newcastle: Given, Carr, ...': the manager's words run into the side).
_SHEET_BREAK = re.compile(r"(?:(?<=[a-z)]{2}|\d\))\.|(?<=[a-z]{2}[.!?])\")\s+(?=[A-Z])")


def _sheet_segments(text: str) -> list[tuple[int, str]]:
    """Each line of `text`, cut where a sentence ends inside it (`_SHEET_BREAK`), with its
    start offset: a report may run the side and its replacements into one line, and
    either part alone is a sheet."""
    segments: list[tuple[int, str]] = []
    start = 0
    for line in text.split("\n"):
        cut = start
        for stop in _SHEET_BREAK.finditer(line):
            segments.append((cut, text[cut : start + stop.start() + 1]))
            cut = start + stop.end()
        segments.append((cut, text[cut : start + len(line)]))
        start += len(line) + 1
    return segments


def _players_of_sheet_lines(text: str, mentions: list[_Mention]) -> None:
    """Names on a team sheet's line (`_sheet_lines`) are players, whatever the model
    tagged them ("Abbott" a place, "Greening" a firm). A name in brackets there is a
    club ("M Bortolami (Narbonne)") and is left alone."""
    lines = _sheet_lines(text)
    if not lines:
        return
    for mention in mentions:
        line = next((r for r in lines if r[0] <= mention.start < r[1]), None)
        if line is None:
            continue
        if _LABEL_AFTER.match(text, mention.end):
            continue  # the side's club before its players: "Newcastle: Given, Carr, ..."
        before = text[line[0] : mention.start]
        if before.count("(") > before.count(")"):
            if _club_bracket(text, before, mention, line[1]):
                if not _known_place(mention.name):
                    mention.votes, mention.base = {"organization": 1.0}, "organization"
            elif _SUBSTITUTE.fullmatch(mention.name):
                # "Stone (Cisse 76)": the player who came on
                mention.votes, mention.base = {"person": 1.0}, "person"
            continue  # inside brackets: a club or a substitution's minute
        mention.votes, mention.base = {"person": 1.0}, "person"
        # "S Jones (Clermont Auvergne", "Thompson, Parling": the model ran one name
        # into the club after it or the next name; the player's name ends there
        cut = _SHEET_CUT.search(text, mention.start, mention.end)
        if cut is not None and cut.start() > mention.start:
            mention.end = cut.start()
            mention.name = _clean_name(text[mention.start : mention.end])
            mention.n_tokens = len(mention.name.split())


def _club_bracket(text: str, before: str, mention: _Mention, line_end: int) -> bool:
    """Whether a name in brackets on a team sheet's line is the player's club: "J Robinson
    (Sale Sharks, capt)", "M Tait (Newcastle)". A substitution names a player with the
    minute he came on ("Mills (Bradley Wright-Phillips 83)"): a bracket holding a digit
    is left alone, and so is a country or a continent, which on a select side's sheet
    ("C Latham (Australia)") names the player's country rather than a club."""
    opening = before.rfind("(")
    closing = text.find(")", mention.end, line_end)
    if closing < 0:
        return False
    inside = before[opening + 1 :] + text[mention.start : closing]
    return not any(ch.isdigit() for ch in inside)


# A colon after a name: a line's label, not a player.
_LABEL_AFTER = re.compile(r"\s*:")


# A substitute's name in a bracket with the minute he came on: a surname, perhaps a
# given name before it ("Bradley Wright-Phillips 83").
_SUBSTITUTE = re.compile(_SHEET_ONE_NAME)


# Where a player's name ends on a team sheet's line: a bracket or a separator.
_SHEET_CUT = re.compile(r"\s*[(,;/]|\s+for\s+")


def _share_product_heads(text: str, mentions: list[_Mention]) -> None:
    """Names listed before one product noun share it: "the new Europay, Mastercard and
    Visa credit cards" are three brands of card, not only Visa. A name joined by list
    glue alone (a comma, "and", "or") to the next name of the list, up to a name that
    names a product (`product_use`), names a product too."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for i in range(len(ordered) - 1, 0, -1):
        if not ordered[i].product:
            continue
        j = i
        while j > 0 and LIST_GLUE.fullmatch(text, ordered[j - 1].end, ordered[j].start):
            ordered[j - 1].product = True
            j -= 1


SHEET_LABEL = re.compile(r"(?:[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2})?:\s*")  # or lost: ": X, Y"


# A player's initial the model left out of the name after it ("S Easterby").
INITIAL_BEFORE = re.compile(r"(?<![\w'])[A-Z]{1,2}\.?\s+$")


def _sheet_shaped(mention: _Mention) -> bool:
    """A name as team sheets write players: a surname, or an initial and a surname."""
    return mention.n_tokens == 1 or _initial_and_surname(mention.name)


def _after_sheet_label(text: str, mention: _Mention) -> bool:
    """Whether `mention` opens a line after a short label and a colon ("Subs Not Used:
    ", "Booked: "): a team sheet's line, in a report that has one."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return SHEET_LABEL.fullmatch(text, line_start, mention.start) is not None


def _team_sheet(kinds: list[str | None], named: list[bool], i: int) -> bool:
    """Whether the list around member `i` is a team sheet ("James, Mills (Bradley
    Wright-Phillips 83), Dunne, Distin, ..."): half the others or more are people, and
    at least three of them surnames of people the article names in full. Its one-word
    names the model calls firms or places are players' surnames."""
    others = [j for j in range(len(kinds)) if j != i]
    people = sum(kinds[j] == "person" for j in others)
    return sum(named[j] for j in others) >= 3 and 2 * people >= len(others)


# A line that is a fixture or a draw and nothing else: "Newcastle v Tottenham or
# Nottingham Forest", "Burnley or Blackburn v Leicester" (sports pages list ties so).
# Each side is a capitalised name ("of"/"the" may join its words: "Queen of the South").
_SIDE = r"[A-Z][\w'.&-]*(?: (?:of |the |de |of the )?[A-Z][\w'.&-]*){0,3}"


FIXTURE_LINE = re.compile(
    rf"^[ \t]*(?P<home>{_SIDE}(?: or {_SIDE})*) (?:v|vs|v\.|vs\.) "
    rf"(?P<away>{_SIDE}(?: or {_SIDE})*)[ \t]*$",
    re.MULTILINE,
)


def _fixture_sides(doc: Doc) -> frozenset[str]:
    """Names the article lists as sides of a fixture on a line of its own: teams, and
    so organisations, in every sentence of the article, however the model tags them
    ("Tottenham" a person, "Southampton" the town). National sides keep the type of
    their country: "England v France" names the places as well as the teams."""
    cached = doc.user_data.get("fixture_sides")
    if cached is None:
        sides = {
            side
            for match in FIXTURE_LINE.finditer(doc_text(doc))
            for part in ("home", "away")
            for side in match.group(part).rstrip(".").split(" or ")
        }
        cached = frozenset(side for side in sides if not _country_name(side))
        doc.user_data["fixture_sides"] = cached
    return cached


def _fixture_side(doc: Doc, name: str) -> bool:
    """A side of a fixture line, or its fuller club name: "Exeter City" where the draw
    lists "Exeter" (the side's name followed by capitalised common words)."""
    return _side_or_club_of(name, _fixture_sides(doc))


def _side_or_club_of(name: str, sides: frozenset[str]) -> bool:
    """`name` is one of `sides`, or a side's fuller club name ("Exeter City")."""
    if name in sides:
        return True
    return any(
        name.startswith(f"{side} ")
        and all(
            word[:1].isupper() and word not in GIVEN_NAMES and _common_word(word.casefold())
            for word in name[len(side) + 1 :].split()
        )
        for side in sides
    )


def _match_side(doc: Doc, name: str) -> bool:
    """A side of a match in the article's sentences (`actor_cues.match_sides`: "a 3-1
    win over Aston Villa", "the tie between Millwall and Liverpool", "West Ham fans"):
    a team in every sentence, as a fixture line's sides are, and so is its fuller club
    name ("Newry City" beside "beaten 5-1 by Newry"). Not a country (a national
    side keeps its country's type) nor a US state ("Sanders' California supporters"
    are voters of the state, which stays a place), nor a name opening with a given name
    (a player or a singer: "Tim Henman fans"), nor the surname of a person the article
    names in full ("Sanders supporters" beside "Bernie Sanders")."""
    cached = doc.user_data.get("match_sides")
    if cached is None:
        surnames = _surnames_of_full_names(doc)
        states = _us_state_names()
        cached = frozenset(
            side
            for side in actor_cues.match_sides(doc_text(doc))
            if not _country_name(side)
            and side.casefold() not in states
            and side.split()[0] not in GIVEN_NAMES
            and side not in surnames
        )
        doc.user_data["match_sides"] = cached
    return _side_or_club_of(name, cached)


def _surnames_of_full_names(doc: Doc) -> frozenset[str]:
    """The last words of the full names the model tags as people, opening with a given
    name or at least with no English word, place or acronym ("Donald Trump", not
    "Manchester United"): "Trump supporters" beside "Donald Trump" are a politician's,
    not a club's fans."""
    return frozenset(
        words[-1]
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and 2 <= len(words := ent.text.split()) <= 4
        and all(w[:1].isupper() for w in words)
        and (
            _given_name_led_full(ent.text)
            or not (_common_word(words[0].casefold()) or _body_or_place_shaped(ent.text))
        )
    )
