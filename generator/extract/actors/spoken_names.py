"""Names the model did not tag but the text shows: an untagged speaker ("said Jones"), a
name with a spaced apostrophe, firms named by their speakers, parties of roles, and the
title words to drop from a name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_spans import PLACE_KIND_FIRM_NOUNS, WIRE_COMPANY_FORMS
from generator.extract.actors.bracketed_firms import firm_mention
from generator.extract.actors.lexicon import (
    ENTITY_LABELS,
    HONORIFICS,
    POSTNOMINALS,
    REPORTING_LEMMAS,
    STYLE_TITLES,
    TITLE_WORDS,
)
from generator.extract.actors.mention import _Mention
from generator.extract.actors.names import (
    COMPANY_SUFFIXES,
    PARTY_NAMES,
    _clean_name,
    _company_suffix,
    _fullest,
    _given_name_led_full,
    _key,
    _party_form,
)
from generator.extract.actors.places import KNOWN_PLACES, _country_initials, gazetteer
from generator.extract.actors.roles import _add_roles
from generator.extract.given_names import GIVEN_NAMES
from generator.extract.nationalities import NATIONALITY_MODIFIERS
from generator.extract.words import word_lists


def _untagged_speakers(doc: Doc, covered: set[int]) -> list[_Mention]:
    """People the model missed but the grammar names: "said Isabelle Kronawitter".

    A two- or three-word capitalised proper-noun subject of a reporting verb, outside any
    entity, is a person in news text.
    """
    found: list[_Mention] = []
    for token in doc:
        if (
            token.dep_ != "nsubj"
            or token.i in covered
            or token.pos_ != "PROPN"
            or not token.is_title
            or token.head.lemma_ not in REPORTING_LEMMAS
        ):
            continue
        spaced = _spaced_apostrophe_name(doc, token, covered)
        if spaced is not None:
            found.append(spaced)
            continue
        if any(c.dep_ == "det" for c in token.children):
            continue  # "The Islamic State said": a body; a person's name takes no article
        parts = [c for c in token.lefts if c.dep_ == "compound"]
        titles = _leading_title_parts(parts)
        parts = parts[len(titles) :]  # "Patrol Chief James Hall said": the title goes
        honorific = bool(parts) and parts[0].lower_ in HONORIFICS
        style = honorific and parts[0].lower_ in STYLE_TITLES
        if honorific and not style:
            parts = parts[1:]  # "Ms Ensler": the surname alone, merged later
        if not (parts or honorific) or len(parts) > (3 if style else 2):
            continue
        start = parts[0].i if parts else token.i
        span = doc[start : token.i + 1]
        if any(i in covered for i in range(span.start, span.end)):
            continue
        name_part = span[1:] if style else span
        if not all(
            t.pos_ == "PROPN" and t.is_title and t.lower_ not in TITLE_WORDS for t in name_part
        ):
            continue
        if not honorific and _legal_form(token):
            end = _firm_place_end(token, covered)
            span = doc[_firm_start(doc, span.start, covered) : end]
            found.append(_firm_speaker(span))
            covered.update(range(span.start, span.end))
            continue
        found.append(speaking_person(doc, span, 5.5 if honorific else 1.5, titles))
        covered.update(range(span.start, span.end))
    return found


def compound_start(doc: Doc, head: Token, start: int, accept: Callable[[Token], bool]) -> int:
    """Where a name whose last word is `head` starts, taken back from `start` over the
    words the parser hangs on `head` as compounds and `accept` lets in: the given name
    the model left outside a tag, the first words of a full name."""
    while (
        start > 0
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].head.i == head.i
        and accept(doc[start - 1])
    ):
        start -= 1
    return start


def speaker_tagged_as_people(doc: Doc, ent: Span) -> Span | None:
    """A person's full name the model tagged a nationality: "Rosette Pambakian, a Tinder
    spokeswoman, said", "stated Roman Smbatyan" (NORP, for an ending "Armenian" shares).
    Tagged so, the name was no actor and the quote had no speaker. Two or three
    capitalised proper nouns, singular, the subject of a reporting verb, with no article
    or number before them ("one senior Democrat said") and no nationality first
    ("Bosnian Serb said"): a people's name never reports as one person does. The name's
    first words the model left outside the tag are taken back into it."""
    if ent.label_ != "NORP" or ent.root.i != ent.end - 1:
        return None
    root = ent.root
    if root.dep_ != "nsubj" or root.head.lemma_ not in REPORTING_LEMMAS:
        return None
    if any(c.dep_ in {"det", "amod", "nummod", "poss"} for c in root.children):
        return None
    start = compound_start(doc, root, ent.start, lambda t: not t.ent_type_)
    words = doc[start : ent.end]
    if not 2 <= len(words) <= 3:
        return None
    if not all(t.tag_ == "NNP" and t.is_title and t.is_alpha for t in words):
        return None
    if words[0].lower_ in NATIONALITY_MODIFIERS | TITLE_WORDS | HONORIFICS:
        return None
    return Span(doc, start, ent.end, label="PERSON")


#: Verbs that report speech or stance, broad as the quotation extractor's: a body
#: "reported", "estimated" or "announced" as often as it "said".
_BODY_REPORTING_VERBS = word_lists("quote_words")["reporting_verbs"]


def initialled_speakers(doc: Doc, covered: set[int]) -> list[_Mention]:
    """Bodies the model missed that speak by their initials: "..., the IFPI reported
    this week". A word of two to six capitals, the subject of a reporting verb, outside
    any entity and no longer name's part, that no lexicon knows as a place ("the US
    said") or a title ("the CEO said"): a person is never written so, a body often is.
    Untagged, the words were no one's, though the article names who said them."""
    found: list[_Mention] = []
    for token in doc:
        text = token.text
        if (
            token.dep_ != "nsubj"
            or token.i in covered
            or not (2 <= len(text) <= 6 and text.isalpha() and text.isupper())
            or token.head.lemma_.lower() not in _BODY_REPORTING_VERBS
            or any(c.dep_ in {"compound", "amod", "poss"} for c in token.children)
            or token.lower_ in TITLE_WORDS | HONORIFICS
            or text.casefold() in KNOWN_PLACES
            or _country_initials(text)
        ):
            continue
        mention = firm_mention(text, token.idx, token.idx + len(text), 1)
        mention.speaks = True
        found.append(mention)
    return found


def speaking_person(
    doc: Doc, span: Span, vote: float, titles: list[Token], speaks: bool = True
) -> _Mention:
    """A person's mention for a name the model missed or mislabelled, found by how the
    article uses it: `vote` for a person, and the titles written with it as roles."""
    mention = _Mention(_clean_name(span.text), span.start_char, span.end_char, "PERSON", len(span))
    mention.votes = {"person": vote}
    mention.base = "person"
    mention.speaks = speaks
    _add_roles(doc, span, mention, titles)
    return mention


def _firm_start(doc: Doc, start: int, covered: set[int]) -> int:
    """The first word of a firm's name whose first words the parser took for common
    nouns: "Waste Recovery Inc said", where "Waste" is a compound of "Recovery", not of
    "Inc". Capitalised compounds of a word of the name belong to it."""
    while (
        start > 0
        and start - 1 not in covered
        and doc[start - 1].is_title
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].head.i >= start
    ):
        start -= 1
    if (
        start > 0
        and doc[start].lower_ in PLACE_KIND_FIRM_NOUNS
        and doc[start - 1].ent_type_ in {"GPE", "NORP"}
    ):
        return start + 1  # "U.S. Firm Honeywell Inc said": the wire's capital on "firm"
    return start


def _firm_place_end(form: Token, covered: set[int]) -> int:
    """Where a firm's name ends after its legal form: after the place an "of" names
    ("Public Service Co of New Mexico said", which the model left untagged), a part of
    the firm's legal name; else right after the form. The place's words are capitalised
    proper nouns no entity holds."""
    end = form.i + 1
    prep = next((c for c in form.rights if c.dep_ == "prep" and c.i == end), None)
    if prep is None or prep.lower_ != "of":
        return end
    place = [t for t in prep.subtree if t.i != prep.i]
    if not place or place[-1].i - prep.i != len(place):
        return end
    if all(t.pos_ == "PROPN" and t.is_title and t.i not in covered for t in place):
        return place[-1].i + 1
    return end


def _legal_form(token: Token) -> bool:
    """Whether a name's last word is a company's legal form as wire copy writes it
    ("Inc", "Corp", "Co", "Ltd", "Plc") or a word that closes a firm's name ("Company",
    "Partners", "Associates"): no person's name ends so."""
    return token.text in WIRE_COMPANY_FORMS or token.lower_ in COMPANY_SUFFIXES


def _firm_speaker(span: Span) -> _Mention:
    """The company an untagged subject of a reporting verb names when its last word is
    a legal form: "Regency Cruises Inc said it agreed to sell", the first words of a
    wire story. Typed a person, the firm stood apart from the "Regency Cruises" the
    model tagged, and "the company said" found no company of that name."""
    mention = firm_mention(_clean_name(span.text), span.start_char, span.end_char, len(span))
    mention.speaks = True
    return mention


_MASTHEAD_WORDS = word_lists("speaker_words")["masthead_words"]


_COLUMN_NOUNS = word_lists("speaker_words")["column_nouns"]


def _masthead_end(doc: Doc, start: int, end: int, ent_end: int) -> int:
    """Where a paper's name ends inside a name run on into its column's: "The New York
    Times Market Place column said" is The New York Times (its Market Place column
    speaks for it). Only before a column noun, and only at the last masthead word
    ("Times", "Journal") that does not end the name already."""
    if ent_end >= len(doc) or doc[ent_end].lower_ not in _COLUMN_NOUNS:
        return end
    for i in range(end - 2, start, -1):
        if doc[i].lower_ in _MASTHEAD_WORDS and doc[i].is_title:
            return i + 1
    return end


#: Letters that open an Irish or Norman surname before an apostrophe ("O'Neill", "D'Arcy").
_APOSTROPHE_PREFIXES = frozenset({"O", "D"})


def _spaced_apostrophe_name(doc: Doc, surname: Token, covered: set[int]) -> _Mention | None:
    """ "Rory O' Neill, editor of ..., said": a name typed with a space after its
    apostrophe, which the parser splits into an owner ("O'") and a noun ("Neill"), so
    that no entity covers it. A given name, the prefix glued to the apostrophe, a space,
    and the capitalised rest, as the subject of a reporting verb: the person, under the
    name as it is spelt ("Rory O'Neill")."""
    i = surname.i
    if i < 3 or any(j in covered for j in range(i - 3, i + 1)):
        return None
    given, prefix, mark = doc[i - 3], doc[i - 2], doc[i - 1]
    if mark.text not in {"'", "\u2019"} or prefix.text not in _APOSTROPHE_PREFIXES:
        return None
    if prefix.whitespace_ or not mark.whitespace_ or not given.whitespace_:
        return None
    if not (given.is_title and given.is_alpha) or given.lower_ in TITLE_WORDS:
        return None
    honorific = given.lower_.rstrip(".") in HONORIFICS
    span = doc[i - 2 if honorific else i - 3 : i + 1]  # "Mr O' Neill": the surname alone
    spelt = f"{prefix.text}{mark.text}{surname.text}"
    spelt = spelt if honorific else f"{given.text} {spelt}"
    mention = _Mention(_clean_name(spelt), span.start_char, span.end_char, "PERSON", len(span))
    mention.votes = {"person": 5.5 if honorific else 1.5}
    mention.base = "person"
    mention.speaks = True
    _add_roles(doc, span, mention, [])
    covered.update(range(span.start, span.end))
    return mention


# Words that may join the words of a firm's name after "of": "Butcher and Singer",
# "Smith Barney, Harris Upham" is two names and is left alone.
FIRM_NAME_JOINERS = word_lists("function_words")["pair_joiners"]


def _firms_of_speakers(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """Firms named only as where a speaker works, which the model leaves untagged or
    swept with the speaker into one entity of another kind: "Chris Callies of Dean
    Witter said", "Thom Brown of Butcher and Singer said" (wire copy's way of naming an
    analyst). The speaker must be a person mention and the subject of a reporting
    verb, and the firm a capitalised run of proper nouns outside any actor entity, not
    a known place ("Smith of Texas said" names a state), and not the end of one firm's
    name ("Gold Fields of South Africa Ltd said") unless a given name opens the
    speaker's."""
    tagged = {i for e in doc.ents if e.label_ in ENTITY_LABELS for i in range(e.start, e.end)}
    taken = {(m.start, m.end) for m in mentions}
    found: list[_Mention] = []
    for mention in mentions:
        if mention.kind() != "person":
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.end >= len(doc) - 1:
            continue
        prep = doc[span.end]
        if prep.lower_ not in {"of", "at"} or prep.head.i not in range(span.start, span.end):
            continue
        if span.root.dep_ != "nsubj" or span.root.head.lemma_ not in REPORTING_LEMMAS:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects:
            continue
        words = sorted(objects[0].subtree, key=lambda t: t.i)
        firm = doc[words[0].i : words[-1].i + 1]
        if len(words) != len(firm) or firm.start != prep.i + 1:
            continue  # not one run right after "of"
        if firm.end < len(doc) and doc[firm.end].is_title:
            continue  # "of Mansion House Securities": the parse cut the name short
        if not (
            all((t.pos_ == "PROPN" and t.is_title) or t.lower_ in FIRM_NAME_JOINERS for t in firm)
            and firm[0].pos_ == "PROPN"
            and firm[-1].pos_ == "PROPN"
            and not any(t.i in tagged for t in firm)
        ):
            continue
        name = _clean_name(firm.text)
        lowered = name.casefold()
        if firm[-1].lower_ in COMPANY_SUFFIXES and not _given_name_led_full(mention.name):
            continue  # "Gold Fields of South Africa Ltd said": one firm's whole name
        if lowered in KNOWN_PLACES or lowered in gazetteer() or name in GIVEN_NAMES:
            continue
        if (firm.start_char, firm.end_char) in taken:
            continue
        found.append(_Mention(name, firm.start_char, firm.end_char, "ORG", len(firm)))
        found[-1].votes = {"organization": 3.0}
        found[-1].base = "organization"
    return found


def _parties_of_roles(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """The party named by its adjective in a person's role: "Tory leader Michael
    Howard", "Liberal Democrat deputy leader Menzies Campbell", "a Conservative MP". The
    model calls the adjective a nationality or group (NORP), which is never an actor,
    so a party named only so was missing from the article's actors. Only the parties
    and forms of data/party_adjectives.toml count, and only before a role noun: "a
    Conservative said" names a member, "Labour costs" no party. The mention takes the
    name the article gives the party elsewhere ("Labour", "the Conservatives"), so that
    it joins that actor under the name it shows already, else the canonical name; never
    a bare adjective form ("a Conservative said" is a member, not the party)."""
    written = [(m.name, m.label == "NORP") for m in mentions]
    found: list[_Mention] = []
    for ent in doc.ents:
        if ent.label_ != "NORP" or not all(t.is_title for t in ent):
            continue
        start = ent.start
        if start > 0 and doc[start - 1].is_title and doc[start - 1].head.i == ent.root.i:
            start -= 1  # "Liberal Democrat": the model tags "Democrat" alone
        party = _party_form(doc[start : ent.end])
        if party is None:
            start, party = ent.start, _party_form(ent)
        role = ent.root.head
        if (
            party is None
            or role.i < ent.end
            or ent.root.dep_ not in {"compound", "amod", "nmod"}
            or not (role.is_lower or role.text.rstrip("s") in POSTNOMINALS)
            or not {role.lower_, role.lemma_.lower()} & TITLE_WORDS
            or any(not t.is_lower for t in doc[ent.end : role.i])
        ):
            continue
        forms = {_key(party), *(_key(f.replace("_", " ")) for f in PARTY_NAMES[party])}
        used = [(w, norp) for w, norp in written if _key(w) in forms]
        # the name the actor shows already; a party the model only ever calls a group
        # ("the Tories" as NORP) is no actor yet, and gets its canonical name
        name = _fullest([w for w, _ in used]) if not all(n for _, n in used) else party
        mention = _Mention(name, doc[start].idx, ent.end_char, "ORG", ent.end - start)
        mention.votes = {"organization": 6.0}  # the party's word: decisive, as "Party" is
        mention.base = "organization"
        found.append(mention)
    return found


def _leading_title_parts(parts: list[Token]) -> list[Token]:
    """The capitalised title words before a speaker's given name and surname ("Patrol
    Chief" of "Patrol Chief James Hall said"), or none: they must end in a title word
    and leave a given name (of the lexicon) and a surname."""
    last = max((i for i, t in enumerate(parts) if t.lower_ in TITLE_WORDS), default=-1)
    rest = parts[last + 1 :]
    if last < 0 or len(rest) != 1 or rest[0].text not in GIVEN_NAMES:
        return []
    return parts[: last + 1]


def _legal_firm(mention: _Mention) -> bool:
    """Whether a mention is a firm's name ending in its legal form ("Texaco Inc")."""
    words = mention.name.split()
    return mention.label == "ORG" and len(words) >= 2 and _company_suffix(words[-1])


def _drop_title_parts(mentions: list[_Mention]) -> list[_Mention]:
    """Drops "Defense" of "U.S. Defense Secretary Lloyd Austin": a title is not an actor.

    Places stay ("U.S."): the country is still mentioned. So does a firm named by its
    legal form ("Texaco Inc chairman Martin Davis said"): wire copy names the company it
    goes on quoting ("the company said") no other way.
    """
    ranges = [m.title_range for m in mentions if m.title_range is not None]
    nicknames = [m.nickname for m in mentions if m.nickname is not None]
    if not ranges and not nicknames:
        return mentions
    return [
        m
        for m in mentions
        if (
            m.label in {"GPE", "LOC"}
            or _legal_firm(m)
            or not any(s <= m.start and m.end <= e for s, e in ranges)
        )
        and not any(s <= m.start and m.end <= e for s, e in nicknames)
    ]
