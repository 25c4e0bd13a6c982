"""One entity span to a `_Mention`: the name cleaned of titles, nicknames, possessives and
cut parts, its type votes gathered (`type_votes`), its role noted (`roles`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract import actor_cues, actor_spans
from generator.extract.actors.clubs import CLUB_VOTE, club_use
from generator.extract.actors.cut_bodies import described_as_division
from generator.extract.actors.defined_things import defined_as_thing, designation_use
from generator.extract.actors.glued_roles import (
    glued_nationality,
    glued_role,
    person_behind_glued_role,
)
from generator.extract.actors.led_bodies import body_after_surname
from generator.extract.actors.lexicon import (
    BASE_TYPES,
    HONORIFICS,
    MALE_HONORIFICS,
    MINISTRY_NOUNS,
    NAME_PREFIX_DEMONYMS,
    ORG_WORDS,
    PARTY_WORDS,
    PLACE_CUE_NOUNS,
    PLACE_CUE_VOTE,
    PLACE_CUE_WORDS,
    PLACE_LED_VOTE,
    PLACE_ROUTE_WORDS,
    POSTNOMINALS,
    STYLE_TITLES,
    TITLE_WORDS,
)
from generator.extract.actors.media_bodies import media_use
from generator.extract.actors.mention import _Mention
from generator.extract.actors.named_after import named_after_use
from generator.extract.actors.names import (
    COMPANY_SUFFIXES,
    _clean_name,
    _company_suffix,
    _given_name_led_full,
    _party_words,
)
from generator.extract.actors.office_holders import office_field
from generator.extract.actors.performed import (
    performed_in,
    starring_after,
    title_before_role,
)
from generator.extract.actors.places import KNOWN_PLACES, _known_place, _place_led, gazetteer
from generator.extract.actors.plausible import (
    _is_byline,
    _is_title_token,
    _plausible_name,
    plural_title_token,
)
from generator.extract.actors.roles import _add_roles
from generator.extract.actors.spoken_names import _masthead_end
from generator.extract.actors.type_cues import (
    _acting,
    _honorific,
    _kin_surname,
    _one_of_kind,
    _other_name_of,
    _s_in_name,
    _score_at,
    _thing_use,
)
from generator.extract.actors.type_votes import _names_org_noun, _type_votes
from generator.extract.actors.vocabulary import (
    SURNAME_PARTICLES,
    _common_word,
    _dictionary_word,
    _speaks,
    dictionary_words,
)
from generator.extract.actors.work_cues import (
    conjunct_of_work,
    genre_opens_title,
    made_from_work,
    makers_nominated_for,
    named_after_works,
    owned_title,
    up_for_award_with,
    won_work_award,
)
from generator.extract.actors.works import (
    WORK_EVIDENCE_KEY,
    WORK_NAMES_KEY,
    _context_type,
    _hyphen_fragment,
    _listed_as_work,
    _named_as_work,
    _quoted_title,
    _style_title,
)
from generator.extract.given_names import (
    FEMALE_GIVEN_NAMES,
    GIVEN_NAMES,
    LISTED_GIVEN_NAMES,
    MALE_GIVEN_NAMES,
)
from generator.extract.products import product_use
from generator.extract.punctuation import DASHES_OR_HYPHEN, QUOTE_CHARACTERS
from generator.extract.speech_cues import capitalised_speech_verb
from generator.extract.words import word_lists, word_set
from generator.reading.layout import doc_text

# A stock ticker in angle brackets right after a name, as wire copy writes a listed
# company's: "Panhandle Eastern <PEL>", "Cabot Corp <CBT>". A company, whatever the
# model's label ("Panhandle Eastern" was a place); as strong as a body's word. The parse
# text holds the ticker blanked (`layout._blank_wire_markup`): a run of spaces inside
# the sentence, which goes on in lower case or punctuation.
TICKER_AFTER = re.compile(r"[ ]{4,}(?=[a-z(,.;:])|[ \t]*<[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?>")


TICKER_VOTE = 5.0


# A lone given name in apposition to a spouse ("Hale's wife, Melania"): a person, as
# strongly as a ticker makes a firm, whatever label the model gave it.
KIN_VOTE = 5.0


# What kind of place a name is, written after it in lower case: "Aceh province",
# "Kurdistan region". Not "state" ("Washington state" is not Washington) nor "county"
# ("Orange county" is not Orange), whose name alone is another place or a firm.
PLACE_KIND_AFTER = word_set("province provinces region district prefecture governorate oblast")


def _place_kind_after(token: Token) -> bool:
    """Whether `token` is a lower-case word for a kind of place ending a place's span."""
    return token.is_lower and token.lower_ in PLACE_KIND_AFTER


def _mention_from_span(doc: Doc, ent: Span) -> _Mention | None:
    """The cleaned mention of an entity span with its type votes and roles, or None."""
    dash = next((t.i for t in ent if t.text in {"-", "--"} and t.i > ent.start), None)
    head_end = doc[dash - 1].idx + len(doc[dash - 1]) if dash is not None else ent.end_char
    if actor_spans.dateline(doc_text(doc), ent.start_char, head_end):
        # "    LONDON - Cargill U.K. Ltd said": where a wire item was filed; the model
        # may run the dateline into the name after it ("WASHINGTON - Kuwait")
        if dash is not None and dash + 1 < ent.end:
            return _mention_from_span(doc, Span(doc, dash + 1, ent.end, label=ent.label_))
        return None
    if ent.label_ != "PERSON":
        named = _person_after_title(doc, ent)
        if named is not None:  # "Balco boss Victor Conte" tagged as one organisation
            return _mention_from_span(doc, named)
        glued = person_behind_glued_role(doc, ent)
        if glued is not None:  # "Midfielder Edu" tagged as one organisation
            return _mention_from_span(doc, glued)
        owned = _person_after_body_possessive(doc, ent)
        if owned is not None:  # "Nikko Securities' Okamoto" tagged as one organisation
            return _mention_from_span(doc, owned)
    body = body_after_surname(doc, ent)
    if body is not None:  # "the Obama White House": the White House under Obama
        return _mention_from_span(doc, body)
    place = _place_before_plural(doc, ent)
    if place is not None:  # "U.S. Officials": the officials of the United States
        return _mention_from_span(doc, place)
    start, end = ent.start, ent.end
    title_tokens: list[Token] = []
    # Leading articles, honorifics and titles that the model put inside the entity.
    while start < end - 1 and (
        doc[start].lower_ in {"the", "a", "an"}
        # "Oct 20 - Acme Corp said"; not a hyphen glued to the word before it, which
        # makes the name a piece of a compound ("A-Levels", "MS-DOS"), no name at all
        or (
            doc[start].text in DASHES_OR_HYPHEN | {"--"}
            and (start == 0 or bool(doc[start - 1].whitespace_))
        )
        or doc[start].lower_ in HONORIFICS
        or (ent.label_ == "PERSON" and _is_title_token(doc[start]))
        or (ent.label_ == "PERSON" and glued_role(doc, start, end))
        # "Stated Stone:", a quotation's lead-in: the verb the model took into the name
        or (ent.label_ == "PERSON" and capitalised_speech_verb(doc[start]))
    ):
        if doc[start].lower_ not in {"the", "a", "an"}:
            title_tokens.append(doc[start])
        start += 1
    if ent.label_ == "PERSON" and start < end - 1 and plural_title_token(doc[start]):
        start += 1  # "Presidents Obama and Bush": a title the names share
    if ent.label_ == "PERSON" and start < end and glued_nationality(doc, start, end):
        start += 1  # "Belgian Kim Gevaert" opening a sentence: the name follows
    if start < end and doc[start].lower_ in {"the", "a", "an"}:
        return None
    # A word of the sentence the model swept in ("Besides Lahav"): not part of a name.
    while (
        start < end - 1
        and (doc[start].pos_ in LEADING_NON_NAME_POS or _function_word(doc[start]))
        and not _capitalised_inside(doc[start])  # "Just Add Monsters" keeps "Just"
        and not _opens_name_elsewhere(doc, start)  # "First Interstate" said, at the start
        and not _opens_legal_firm(doc, start, end)  # "First Boston Corp analyst X", at the start
    ):
        start += 1
    if start < end - 1 and doc[start].lower_ in NAME_PREFIX_DEMONYMS:
        start += 1  # "Frenchman Arnaud Clement": the name is what follows
    start = _after_told_listener(doc, start, end)  # "told Reuters Kampelman said"
    if ent.label_ == "PERSON":  # "Billionaire Donald Trump" opening a sentence
        start = _descriptor_before_given_name(doc, start, end)
        start = _verb_before_name(doc, start, end)
    if ent.label_ != "PERSON":
        start = _after_place_possessive(doc, start, end)
        start = _after_place_and_kind(doc, start, end)
        start = _object_of_opening_verb(doc, start, end)
    if ent.label_ == "PERSON":
        # "Lib Dem Norman Baker", "Tory Michael Howard": the party is not in the name.
        party = start
        while party < end and doc[party].lower_ in PARTY_WORDS and doc[party].is_title:
            party += 1
        if party > start and end - party >= 2:
            start = party
        # "Minister of Mines and Energy Subroto": the model took the portfolio's last
        # word into the name; it belongs to the office before it.
        office_end = _office_words_end(doc, start, end)
        if office_end > start:
            title_tokens.extend(doc[start:office_end])
            start = office_end
    elif start == ent.start:
        # "the Finance and Economy Ministry": the model left out the first portfolio.
        start = _portfolio_start(doc, start, end)
    if ent.label_ != "PERSON":
        end = _through_cut_name(doc, end)
        while end - 1 > start and doc[end - 1].lower_ in HONORIFICS:
            end -= 1  # "told the Sunday Times Mr Campbell": the next name's honorific
    # "Alexander Fang - show", "Korea Development Bank - one": a name ends at a spaced
    # dash, and at a match score ("Gaston Gaudio 5-7 6-1 6-4").
    for i in range(start + 1, end):
        spaced_dash = doc[i].text in DASHES_OR_HYPHEN and doc[i - 1].whitespace_
        if spaced_dash or _score_at(doc, i):
            end = i
            break
    # A name holds no verb: "United seemed home" is "United" and the sentence after it.
    # The particle of "Banco do Brasil" is no verb "do" (`actor_spans.foreign_body_before`),
    # nor is a surname's particle in a person's name ("den" of "Nick Van den Brul").
    particles = actor_spans.FOREIGN_BODY_PARTICLES
    if ent.label_ == "PERSON":
        particles = particles | SURNAME_PARTICLES
    for i in range(start + 1, end):
        if (
            doc[i].is_lower
            and doc[i].pos_ in {"VERB", "AUX"}
            and not actor_spans.particle_inside_name(doc, i, end, particles)
        ):
            end = i
            break
    start, end = _one_phrase(doc, start, end)
    if ent.label_ != "PERSON":
        end = _masthead_end(doc, start, end, ent.end)
        end = _before_cut_title(doc, start, end)
    # "George Bush-style", "Nato-led": a hyphened lower-case word makes an adjective of
    # the name before it; the name ends at the hyphen. Not a syllable of a person's
    # given name, which the tagger reads as part of the name: "Kim Jong-un".
    if (
        end - start >= 3
        and doc[end - 2].text == "-"
        and doc[end - 1].is_lower
        and not doc[end - 3].whitespace_
        and not doc[end - 2].whitespace_
        and (ent.label_ != "PERSON" or doc[end - 1].pos_ != "PROPN")
    ):
        end -= 2
    # Trailing possessives, punctuation, post-nominal letters ("Paul Boateng MP") and
    # lower-case function words no name ends with ("United through").
    while end > start and (
        doc[end - 1].lower_ in {"'s", "\u2019s", "'", "\u2019"}
        or doc[end - 1].is_punct
        or (doc[end - 1].is_lower and doc[end - 1].pos_ in TRAILING_NON_NAME_POS)
        or (end - start > 2 and doc[end - 1].text in POSTNOMINALS)
        or (ent.label_ == "PERSON" and any(ch.isdigit() for ch in doc[end - 1].text))
    ):
        end -= 1
    if end <= start:
        return None
    if (
        ent.label_ == "PERSON"
        and end - start >= 2
        and doc[end - 1].is_lower
        and doc[end - 2].whitespace_  # a word of its own: not "Kim Jong-un"
    ):
        # "Heldring en" of "Pierson, Heldring en Pierson": no person's name ends with a
        # word in lower case; the model cut a firm's name (or a "bin", "van") in two
        return None
    if ent.label_ == "PERSON" and _initials_before_nickname(doc, start):
        # 'Tom" Hollis' of 'T.R. "Tom" Hollis': the initials the model tagged apart open
        # the name, the nickname inside it
        return _mention_from_span(doc, Span(doc, start - 2, ent.end, label="PERSON"))
    if ent.label_ == "PERSON" and _opens_inside_nickname(doc, start):
        return None  # 'Bobby" Junger' of 'Burkhard "Bobby" Junger': the whole is named
    nickname, name_end = None, end
    if ent.label_ == "PERSON":
        nickname = _nickname_inside(doc, start, end)
        if nickname is None and end == ent.end:
            nickname = _nickname_after(doc, end)
            name_end = nickname.end + 2 if nickname is not None else end
    if nickname is not None:  # 'Antonio "LA" Reid': the name is given name and surname
        while (  # the model may stop inside a hyphenated name: 'Ryu "Keria" Min-seok'
            name_end + 1 < len(doc)
            and doc[name_end].text == "-"
            and not doc[name_end - 1].whitespace_
            and not doc[name_end].whitespace_
            and doc[name_end + 1].is_alpha
        ):
            name_end += 2
        given = _clean_name(doc[start : nickname.start - 1].text)
        name = f"{given} {_clean_name(doc[nickname.end + 1 : name_end].text)}"
        full = doc[start:name_end]
        mention = _Mention(name, full.start_char, full.end_char, "PERSON", len(full) - 2)
        mention.votes = {"person": 3.0}
        mention.base = "person"
        mention.nickname = (nickname.start_char, nickname.end_char)
        mention.nickname_name = nickname.text
        _add_roles(doc, full, mention, title_tokens)
        mention.speaks = _speaks(full)
        return mention
    kind_after = (
        ent.label_ in {"GPE", "LOC"} and end - start >= 2 and _place_kind_after(doc[end - 1])
    )
    if kind_after:
        end -= 1  # "Aceh province": the place is "Aceh", one actor with "Aceh"
    span = doc[start:end]
    name = _clean_name(span.text)
    if not _plausible_name(name, span) or _hyphen_fragment(doc, span):
        return None
    if ent.label_ == "PERSON" and _is_byline(doc, ent.start - len(title_tokens)):
        return None
    if _title_fragment(span):
        return None
    if (
        _titled_work(span, ent.label_)
        or made_from_work(span, ent.label_)  # "a rendition of Whole Lotta Shakin'"
        or up_for_award_with(span)  # "Michael Mann for Collateral" among nominees
        or conjunct_of_work(span, _titled_work)  # "in Sideways and Finding Neverland"
        or genre_opens_title(span, ent.label_)  # "Comedy Meet The Fockers has held"
        or won_work_award(span, ent.label_)  # "The Incredibles won best animated feature"
        or owned_title(span, ent.label_)  # "Mike Leigh's Vera Drake is among the nominees"
        or makers_nominated_for(span)  # "the directors of Shameless are nominated"
    ):
        doc.user_data.setdefault(WORK_NAMES_KEY, set()).add(name)  # see `_named_works`
        _note_work_evidence(doc, span, ent.label_, name)
        return None
    if actor_cues.unit_after_number(doc, span) or (
        (actor_cues.contest_before_head(doc, span) or actor_cues.contest_of_title(doc, span))
        and not _known_place(name)
    ):
        return None  # "(96 KM)", "a Nobel prize", "Commonwealth champion Morgan"
    if (
        actor_cues.event_name(name)
        or actor_cues.contest_name(name)
        or (actor_cues.law_name(name) and name.split()[0] not in GIVEN_NAMES)
        or actor_cues.measure_name(name)
    ):
        _note_bracketed_short_form(doc, span)
        return None  # "the Gulf war", "the Heineken Cup", "the Patriot Act"
    if office_field(doc, span):
        return None  # "Vice President for International Services at Chase Econometrics"
    if _descriptor_no_name(doc, span, ent.label_):
        return None  # "(D-Newport News)", "Software giant Microsoft", "Socialist-led"
    if actor_cues.chamber_word_as_noun(doc, span):
        return None  # "House prices fell further in November"
    style = _style_title(doc, span, title_tokens, ent.label_)
    if style is not None:
        if title_tokens and title_tokens[-1].i == style.i:
            title_tokens = title_tokens[:-1]
        prefix = actor_cues.style_prefix(doc, style)
        if prefix is not None:  # "Crown Prince Abdullah", as he is known
            if title_tokens and title_tokens[-1].i == prefix.i:
                title_tokens = title_tokens[:-1]
            style = prefix
        span = doc[style.i : end]
        name = _clean_name(span.text)
    mention = _Mention(
        name, span.start_char, span.start_char + len(span.text), ent.label_, len(span)
    )
    mention.votes = _type_votes(doc, span, ent.label_, name)
    if TICKER_AFTER.match(doc_text(doc), span.end_char):  # "Panhandle Eastern <PEL>"
        mention.votes["organization"] = mention.votes.get("organization", 0.0) + TICKER_VOTE
    if kind_after:  # the word cut off says what the name is
        mention.votes["place"] = mention.votes.get("place", 0.0) + PLACE_CUE_VOTE
    mention.club = club_use(doc, span, ent.label_)
    if mention.club:  # "Liverpool manager Rafael Benitez"
        mention.votes["organization"] = mention.votes.get("organization", 0.0) + CLUB_VOTE
    mention.base = BASE_TYPES.get(ent.label_)
    styled_person = (
        style is not None
        and max(mention.votes.get("organization", 0.0), mention.votes.get("place", 0.0)) < 3.0
    )  # not "Prince Charles Hospital"
    if any(t.lower_ in HONORIFICS for t in title_tokens) or styled_person:
        mention.votes["person"] = mention.votes.get("person", 0.0) + 4.0
    if ent.label_ in {"PERSON", "ORG", "NORP"} or mention.votes.get("person"):
        _add_roles(doc, span, mention, title_tokens)
    if (mention.roles or any(t.lower_ in HONORIFICS for t in title_tokens)) and _place_led(
        span, ent.label_, name
    ):  # "comedian Victoria Wood": a person after all
        mention.votes["organization"] = mention.votes.get("organization", 0.0) - PLACE_LED_VOTE
    mention.honorific = _honorific(doc, span, title_tokens)
    mention.kin_of = _kin_surname(doc, span)
    if mention.kin_of is not None:  # "Hale's wife, Melania": a person, however tagged
        mention.votes["person"] = mention.votes.get("person", 0.0) + KIN_VOTE
    mention.other_name_of = _other_name_of(doc, span)
    if mention.honorific is not None:
        word = mention.honorific.casefold()
        mention.sex = "m" if word in MALE_HONORIFICS else "f"
    mention.speaks = _speaks(span)
    mention.modifier = len(span) == 1 and span[0].pos_ == "ADJ"
    mention.body_noun = _names_org_noun(doc, span)
    mention.place_modifier = ent.label_ in {"GPE", "LOC"} and _place_as_modifier(doc, span)
    mention.thing = _thing_use(doc, span)
    # "a Trenton, New Jersey, native": the model hangs the article on a place's name
    mention.one_of_kind = mention.thing and ent.label_ not in {"GPE", "LOC"} and _one_of_kind(span)
    if span.end < len(doc) and doc[span.end].lower_ in {"'s", "\u2019s"}:
        mention.s_after = doc[span.end].text
        mention.s_in_name = _s_in_name(doc, span)
    mention.acting = _acting(doc, span)
    mention.division = described_as_division(span)
    mention.product = product_use(span)
    mention.defined_thing = defined_as_thing(span)
    mention.designation = designation_use(span)
    mention.named_after = named_after_use(span)
    mention.media_use = media_use(span)
    mention.context = _context_type(doc, span, ent.label_)
    mention.coordinated = span.root.dep_ in {"conj", "appos"} or any(
        c.dep_ == "conj" for c in span.root.children
    )
    return mention


def _note_bracketed_short_form(doc: Doc, span: Span) -> None:
    """The short form in brackets right after a name that is no actor's (a law, a
    contest, a measure) is none either: "the Multi-Fibre Arrangement (MFA)", "the
    Consumer Price Index (CPI)". Noted with the works (`WORK_NAMES_KEY`), so that its
    other mentions go too unless they show an actor of their own."""
    i = span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        short = doc[i + 1].text
        if short.isupper() and short.isalpha() and len(short) >= 2:
            doc.user_data.setdefault(WORK_NAMES_KEY, set()).add(short)


def _descriptor_no_name(doc: Doc, span: Span, label: str) -> bool:
    """Words that describe an actor, never name one: a legislator's party tag ("D-Newport
    News" of "Rep. Bobby Scott (D-Newport News)"), a business's trade before the
    business ("Software" of "Software giant Microsoft"), an adjective glued to "-led"
    ("Socialist" of "Italy's Socialist-led government"). A party's own word stays
    ("Labour-led", "Green-led"), and so does a nation's, which the model tags as one
    ("Saudi-led", "Soviet-backed": the country leads). See `actor_cues`."""
    word = span[0].lower_
    adjective = (
        word in dictionary_words().get("adj", frozenset())
        and word not in PARTY_WORDS | _party_words()
        and label != "NORP"
        and not _known_place(span.text)
    )
    return (
        actor_cues.party_tag(doc, span)
        or actor_cues.trade_word(doc, span, _common_word(word))
        or actor_cues.led_adjective(doc, span, adjective)
    )


NAME_JOINS = frozenset({"and", "of", "for", "&"})


def _through_cut_name(doc: Doc, end: int) -> int:
    """Where a name the model cut after a joining word ends: "Center for Strategic and"
    + "International Studies" is one body's name. A name never ends with "and", "of"
    or "for"; capitalised words outside any entity right after them are the rest of it
    (a run of words that are themselves another entity is a second name: "the IMF and"
    + "World Bank" is left alone)."""
    if doc[end - 1].lower_ not in NAME_JOINS:
        return end
    stop = end
    while (
        stop < len(doc)
        and doc[stop].ent_iob_ == "O"
        and doc[stop].pos_ == "PROPN"
        and doc[stop].is_title
        and not doc[stop].is_sent_start
    ):
        stop += 1
    return stop


def _descriptor_before_given_name(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts when the entity opens with a capitalised English
    word that describes the person, followed by a given name and a surname: a sentence
    opening "Billionaire Donald Trump has ..." or "Model Sophie Dahl"; else `start`."""
    words = [t for t in doc[start:end] if t.is_alpha]
    if len(words) < 3 or words[0].i != start:
        return start
    first, given = words[0], words[1]
    if any(not t.is_space for t in doc[first.i + 1 : given.i]) or not first.whitespace_:
        return start  # "Jean-Bernard Raimond": one hyphened given name
    if (
        first.is_title
        # "Hillary Rodham Clinton": a given name before a maiden name, no descriptor
        and first.text not in GIVEN_NAMES | MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES
        and first.lower_ not in TITLE_WORDS
        and first.lower_ not in HONORIFICS
        and first.lower_ not in STYLE_TITLES  # "Sheikh Abdul-Rahman": a style, kept
        and _common_word(first.lower_)
        and (
            given.text in GIVEN_NAMES
            or given.text in MALE_GIVEN_NAMES
            or given.text in FEMALE_GIVEN_NAMES
            or given.text in LISTED_GIVEN_NAMES
        )
    ):
        return given.i
    return start


def _verb_before_name(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts when the entity opens a sentence with an English
    verb's -ing form: a subheading's "Asserting Clinton's role as ...", "Celebrating
    Clinton ...". Never a given name ("Sterling", "Channing"); else `start`."""
    first = doc[start]
    word = first.lower_
    if end - start < 2:
        return start
    if first.text in GIVEN_NAMES | LISTED_GIVEN_NAMES | MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES:
        return start
    verbs = dictionary_words().get("verb", frozenset())
    if end - start >= 3 and _capitalised_infinitive(doc, start, verbs):
        return start + 1  # "a binding contract to Buy Getty Oil shares"
    if not first.is_sent_start or not word.endswith("ing"):
        return start
    stem = word[:-3]
    stems = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
    return start + 1 if stems & verbs and doc[start + 1].is_title else start


#: The press, a hearing or an audience that "told" takes before the clause it reports
#: (data/quote_words.toml `listener_nouns`): "Kampelman told Reuters Shultz would go".
LISTENER_NOUNS = word_lists("quote_words")["listener_nouns"]


def _after_told_listener(doc: Doc, start: int, end: int) -> int:
    """Where a name starts when the model ran it into the capitalised listener of "told"
    before it: "he told Reuters Kampelman would lead", "told Reuters Taiwan would cut
    tariffs". The listener is the object of "told"; the name opens the clause it
    reports. A listener that is an English word opens names of its own ("told Radio
    Five Live", "told Congress Watch"): only a name such as "Reuters" is cut. Else
    `start`."""
    first = doc[start]
    if (
        end - start >= 2
        and start >= 1
        and doc[start - 1].lower_ in {"told", "tells", "tell"}
        and first.is_title
        and first.lower_ in LISTENER_NOUNS
        and not _dictionary_word(first.lower_)
        and doc[start + 1].is_title
    ):
        return start + 1
    return start


def _capitalised_infinitive(doc: Doc, start: int, verbs: frozenset[str]) -> bool:
    """A verb written with a capital after "to", inside a sentence and before a name of
    two words or more (the caller's): "a binding contract to Buy Getty Oil shares". The
    tagger reads the three words as one name; a given name ("to Will Smith") is left to
    the caller."""
    first = doc[start]
    return (
        start >= 1
        and doc[start - 1].text == "to"
        and first.is_title
        and not first.is_sent_start
        and first.lower_ in verbs
        and doc[start + 1].is_title
    )


def _object_of_opening_verb(doc: Doc, start: int, end: int) -> int:
    """Where a body's name starts when the entity opens a sentence with a verb's -ing
    form whose object the name is: "Praising Celtic and Rangers for their efforts, she
    said". The parse must say so (a -ing verb with the next word its direct object):
    "Reading Borough Council said" is a town's council, its first word no verb."""
    if end - start < 2 or not doc[start].is_sent_start or doc[start].tag_ != "VBG":
        return start
    after = doc[start + 1]
    if after.head.i == start and after.dep_ == "dobj" and after.is_title:
        return _verb_before_name(doc, start, end)
    return start


def _after_place_possessive(doc: Doc, start: int, end: int) -> int:
    """Where a body's or site's name starts after a place in the possessive that the
    model took in: "Bristol's Old Vic Theatre School", "the United Kingdom's Ministry of
    Defense". "People's Republic of China" and "Guy's Hospital" keep theirs."""
    for i in range(start + 1, end - 1):
        if doc[i].lower_ not in {"'s", "\u2019s"}:
            continue
        owner = _clean_name(doc[start:i].text)
        key = owner.casefold()
        places = gazetteer()
        if key in KNOWN_PLACES or key in places or f"{key}, city of" in places:
            return i + 1
        return start
    return start


def _after_place_and_kind(doc: Doc, start: int, end: int) -> int:
    """Where a firm's name starts after a place and a word for its kind that the model
    took in: "U.S. Firm Honeywell Inc" (wire capitals), "Sydney stockbroker Meares and
    Philips Ltd". Only before a name that ends in a company's legal form, so that "U.S.
    Steel Corp" and "British Airways Plc" keep their first words."""
    kinds = actor_spans.PLACE_KIND_FIRM_NOUNS
    first = start - 1 if start > 0 and doc[start].lower_ in kinds else start
    for i in range(max(first, 0) + 1, min(end - 2, start + 4)):
        if doc[i].lower_ not in kinds:
            continue
        if not _known_place(_clean_name(doc[first:i].text)):
            return start
        if not (doc[i + 1].text[:1].isupper() and _company_suffix(doc[end - 1].text.rstrip("."))):
            return start
        return i + 1
    return start


def _nickname_inside(doc: Doc, start: int, end: int) -> Span | None:
    """The quoted nickname inside a person entity ('Liu "Crisp" Qing-Song'), or None:
    one or two capitalised words in quotation marks after the first word, with the
    rest of the name after them."""
    if end - start < 5 or doc[start + 1].text not in QUOTE_CHARACTERS:
        return None
    for size in (1, 2):
        close = start + 2 + size
        inner = doc[start + 2 : close]
        if (
            close < end - 1
            and doc[close].text in QUOTE_CHARACTERS
            and all(t.is_alpha and (t.is_title or t.is_upper) for t in inner)
            and doc[close + 1].is_title
        ):
            return inner
    return None


# Initials written for a person's given names: "T.R.", "C.J.", "J."
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _initials_before_nickname(doc: Doc, start: int) -> bool:
    """A person entity the model began inside a quoted nickname written after initials,
    'Tom" Hollis' of 'T.R. "Tom" Hollis', the initials left out of it (or tagged a place):
    the person's name opens at the initials."""
    return _opens_quoted_word(doc, start) and INITIALS.fullmatch(doc[start - 2].text) is not None


def _opens_inside_nickname(doc: Doc, start: int) -> bool:
    """A person entity the model began inside a quoted nickname, after a given name:
    'Bobby" Junger' of 'Burkhard "Bobby" Junger'. The given name's own entity reads the
    whole name (`_nickname_after`); this one is a fragment of it."""
    return _opens_quoted_word(doc, start) and doc[start - 2].is_alpha and doc[start - 2].is_title


def _opens_quoted_word(doc: Doc, start: int) -> bool:
    """Whether `start` is a capitalised word alone in quotation marks with a word before
    them: the nickname inside a person's name ('Burkhard "Bobby" Junger')."""
    return (
        start >= 2
        and start + 2 < len(doc)
        and doc[start - 1].text in QUOTE_CHARACTERS
        and doc[start + 1].text in QUOTE_CHARACTERS
        and doc[start].is_alpha
        and doc[start].is_title
    )


def _nickname_after(doc: Doc, end: int) -> Span | None:
    """The quoted nickname between a given name and a surname ('Antonio "LA" Reid'), or
    None: one or two capitalised words in quotation marks, then a capitalised proper
    noun that no other entity holds, on the same line."""
    for size in (1, 2):
        close = end + 1 + size
        if close + 1 >= len(doc) or doc[end].text not in QUOTE_CHARACTERS:
            return None
        inner = doc[end + 1 : close]
        if (doc[close].text == doc[end].text or doc[close].text in QUOTE_CHARACTERS) and all(
            t.is_alpha and (t.is_title or t.is_upper) for t in inner
        ):
            surname = doc[close + 1]
            if (
                surname.pos_ == "PROPN"
                and surname.is_title
                and surname.is_alpha
                and surname.ent_type_ in {"", "PERSON"}
                and not any("\n" in t.whitespace_ for t in doc[end - 1 : close + 1])
            ):
                return inner
    return None


def _office_phrase_before(doc: Doc, start: int) -> bool:
    """Whether the words right before token `start` end an office's list of portfolios:
    "Minister of Mines and": a title word, "of", capitalised words and commas, then
    "and" right before. ("manager of Johnny Cash" names no portfolio.)"""
    if start < 4 or doc[start - 1].lower_ not in {"and", "&"}:
        return False
    i = start - 1
    while i > 0 and (doc[i].is_title or doc[i].lower_ in {"and", "&", ","}):
        if doc[i].ent_type_ in {"PERSON", "GPE", "ORG"} and doc[i].ent_iob_ != "":
            return False
        i -= 1
    return i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in TITLE_WORDS


def _office_words_end(doc: Doc, start: int, end: int) -> int:
    """Where the name starts after the office words a person entity swept in.

    Only inside an office's "of" phrase ("Minister of Mines and Energy Subroto"), and
    only common English words, never a given name: at least one word stays.
    """
    if not _office_phrase_before(doc, start):
        return start
    i = start
    while (
        i < end - 1
        and doc[i].is_title
        and doc[i].text not in GIVEN_NAMES
        and _common_word(doc[i].lower_)
    ):
        i += 1
    return i


def _portfolio_start(doc: Doc, start: int, end: int) -> int:
    """The start of a ministry's name whose first portfolios the model left out: "the
    Finance and Economy Ministry", "the Culture, Media and Sport Department".

    The entity must end in a ministry noun; the words before it are "the", then
    capitalised common words joined by commas and one "and", none of them a name.
    """
    if doc[end - 1].lower_ not in MINISTRY_NOUNS or start < 3 or doc[start - 1].lower_ != "and":
        return start
    i = start - 2
    while i >= 0 and (
        doc[i].text == ","
        or (
            doc[i].is_title
            and doc[i].lower_ != "the"
            and not doc[i].ent_type_
            and _common_word(doc[i].lower_)
        )
    ):
        i -= 1
    first = i + 1
    if first >= start - 1 or not doc[first].is_title or i < 0 or doc[i].lower_ != "the":
        return start
    return first


def _person_after_title(doc: Doc, ent: Span) -> Span | None:
    """The person's name inside an entity that holds a title before it: "Balco boss
    Victor Conte", "MSP Karen Whitefield". A lower-case title word (or an upper-case
    one: "MSP") followed by two or three capitalised proper nouns that end the
    entity, the first of them a given name or no English word: no body's name reads
    so."""
    if _titled_surname(doc, ent):
        return Span(doc, ent.start, ent.end, label="PERSON")
    for i in range(ent.start, ent.end - 1):
        token = doc[i]
        if token.lower_ not in TITLE_WORDS or not (token.is_lower or token.is_upper):
            continue
        rest = doc[i + 1 : ent.end]
        # one word after the title only where a body's name stands before it and the
        # word is no English word nor a place: "Barcelona star Ronaldinho"
        alone = (
            len(rest) == 1
            and i > ent.start
            and token.is_lower
            and rest[0].text not in GIVEN_NAMES
            and not _known_place(rest[0].text)
        )
        if (
            (2 <= len(rest) <= 3 or alone)
            and all(t.pos_ == "PROPN" and t.is_title for t in rest)
            and (rest[0].text in GIVEN_NAMES or not _common_word(rest[0].lower_))
        ):
            return Span(doc, i + 1, ent.end, label="PERSON")
        return None
    return None


def _person_after_body_possessive(doc: Doc, ent: Span) -> Span | None:
    """The person's name after a possessive inside a body's entity: "Nikko Securities'
    Okamoto", "National Review's Jonah Goldberg". What follows the possessive is a
    person's name when it opens with a given name (and the owner is no person, whose
    "Mike Leigh's Vera Drake" is a film), or is the surname of a person the article
    names in full ("Kasuhiza Okamoto"). Shows, titles and places owned so keep the
    entity ("ITV's Celebrity Fit Club", "Hitler's Germany")."""
    for i in range(ent.start + 1, ent.end - 1):
        if doc[i].tag_ != "POS":
            continue
        rest = doc[i + 1 : ent.end]
        if not all(t.pos_ == "PROPN" and t.is_title for t in rest):
            return None
        name = rest.text
        owner = _clean_name(doc[ent.start : i].text)
        if (
            len(rest) >= 2
            and _given_name_led_full(name)
            and not _common_word(rest[-1].lower_)  # "Lawyers' Christian Fellowship"
            and not _given_name_led_full(owner)
        ):
            return Span(doc, i + 1, ent.end, label="PERSON")
        if len(rest) == 1 and name in _surnames_named_in_full(doc):
            return Span(doc, i + 1, ent.end, label="PERSON")
        return None
    return None


def _surnames_named_in_full(doc: Doc) -> set[str]:
    """The last words of the names of two words or more the model tags as people."""
    return {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2}


def _titled_surname(doc: Doc, ent: Span) -> bool:
    """An entity of a capitalised title and one surname: "General Dempsey", "Colonel
    Sanders" tagged as a body. The surname is no English word, no known place and no
    given name, so no body's name reads so ("General Mills", "General Electric",
    "Captain America" keep theirs); the title is the person's (`_add_roles`)."""
    if len(ent) != 2:
        return False
    title, surname = ent[0], ent[1]
    return (
        title.is_title
        and title.lower_ in TITLE_WORDS
        and surname.is_title
        and surname.pos_ == "PROPN"
        and surname.is_alpha
        and not _common_word(surname.lower_)
        and not _known_place(surname.text)
        and surname.text not in GIVEN_NAMES
    )


def _opens_name_elsewhere(doc: Doc, i: int) -> bool:
    """Whether the capitalised word at `i` and the name's word after it are written
    together elsewhere in the article too, inside a sentence: "First Interstate Bancorp
    said ... not owned by First Interstate". The word is then the name's own, not a
    word of the sentence the model swept in ("Besides Lahav" once)."""
    if i + 1 >= len(doc) or not doc[i].is_title:
        return False
    pair = f"{doc[i].text} {doc[i + 1].text}"
    text = doc_text(doc)
    for found in re.finditer(re.escape(pair), text):
        if found.start() == doc[i].idx:
            continue
        before = text[: found.start()].rstrip()
        if before and before[-1].isalpha() and before[-1].islower():
            return True
    return False


def _plural_of_common_noun(word: str) -> bool:
    """ "officials", "agencies", "warships": the plural of an English noun, and no
    body's word ("airways", "industries" end firms' names)."""
    if not word.endswith("s") or word in ORG_WORDS:
        return False
    stems = [word[:-1], word[:-2] if word.endswith("es") else ""]
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    return any(stem and _common_word(stem) for stem in stems)


def _place_before_plural(doc: Doc, ent: Span) -> Span | None:
    """The place of an entity that is a place's abbreviation and a common word: "U.S.
    Officials", "U.S. Warships", "U.S. Rose", "U.S. Dlrs", "U.S. Credit markets" (a wire
    capitalises the word after the abbreviation's full stop). A plural names people or
    things of the place; any other English word or wire abbreviation is the sentence
    going on. A body's word keeps the name ("U.S. Airways", "U.S. Industries", "the
    U.S. Treasury"), and so does a firm whose full name the article gives with a company
    suffix ("U.S. Home Corp" ... "U.S. Home said")."""
    start, end = ent.start, ent.end
    if doc[start].lower_ == "the" and end - start > 1:
        start += 1  # "the U.S. Rose"
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1  # "U.S. Institutions'"
    first, rest = doc[start], doc[start + 1 : end]
    if (
        len(rest) != 1
        or not first.text.endswith(".")
        or not _known_place(first.text)
        or not all(t.is_title for t in rest)
    ):
        return None
    word = rest[-1].lower_
    if not _plural_of_common_noun(word) and (
        word in ORG_WORDS
        or word in actor_spans.COUNTRY_BODIES
        or not (word in actor_spans.WIRE_WORDS or _common_word(word))
        or _firm_named_with_suffix(doc, doc[start:end].text)
    ):
        return None
    return Span(doc, start, start + 1, label="GPE")


def _firm_named_with_suffix(doc: Doc, name: str) -> bool:
    """Whether the article gives `name` with a company suffix after it ("U.S. Home Corp")."""
    for found in re.finditer(re.escape(name) + r"\s+([A-Za-z]+\.?)", doc_text(doc)):
        if found.group(1).lower() in COMPANY_SUFFIXES:
            return True
    return False


def _place_as_modifier(doc: Doc, span: Span) -> bool:
    """A place's name that only qualifies the noun after it ("US dollars", "U.S. credit
    markets", "the U.S. District Court"), outside the article's opening sentence.

    An article that names a place only so is not about it, and an editor would strike it
    from the actors (`_to_actor`); the opening sentence says what the story is about,
    so a place named there stays ("U.S. oil demand rose 2.1 pct")."""
    root = span.root
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return (
        root.dep_ in {"compound", "amod", "nmod"}
        and root.head.i >= span.end
        and root.head.pos_ in {"NOUN", "PROPN"}
        # "the Tokyo area", "the New England states", "Gulf countries": places still
        and root.head.lemma_.lower() not in PLACE_CUE_NOUNS | {"area", "country", "nation"}
        # "in US dollars"; but "the Assembly in Pyongyang agricultural production will
        # rise": the parse hung the place on a noun further on
        and (root.head.i == span.end or before not in PLACE_CUE_WORDS | PLACE_ROUTE_WORDS)
        # "ROME - Bernie Sanders met ...": a dateline, whatever the parse hangs it on
        and not (
            span.text.isupper()
            and span.end < len(doc)
            and doc[span.end].text in {"-", "--"}
            and bool(span[-1].whitespace_)
        )
        and span.sent.start
        != 0  # the first sentence starts the doc (not doc.sents: it walks every token)
    )


TITLE_LINKS = frozenset({"of", "in", "on", "at"})


def _before_cut_title(doc: Doc, start: int, end: int) -> int:
    """Where a body's name ends when the model ran it into the abbreviated rank of the
    person named next: "said Army Capt. Christian Pardo" tagged "Army Capt". No body's
    name ends in a rank written "Capt.". (An ordinal before a rank, "Air Force 1st Lt.",
    stays: the speakers read the person after it from that mention.)"""
    while end - start >= 2:
        last = doc[end - 1]
        dotted = last.text.endswith(".") or (end < len(doc) and doc[end].text == ".")
        if not (last.is_title and dotted and last.text.rstrip(".").casefold() in CUT_TITLES):
            break
        end -= 1
    return end


def _one_phrase(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The one noun phrase of a span the model ran over a clause's edge.

    A lower-case conjunction opens a clause, so the name ends before it ("sent off at
    Southampton when Arsenal had ..."). After a verb whose object the span's first words
    are, a lower-case "the" after a name's word opens the clause the verb reports, and
    the name is the one it opens ("told Reuters the National Association of Higher
    Education Teachers wanted ..."). Without the verb before, the "the" is the name's
    own: "Meet the Press", "Stop the War Coalition", "Church of the Nazarene".
    """
    for i in range(start + 1, end):
        if doc[i].is_lower and doc[i].pos_ == "SCONJ":
            return start, i
    if start == 0 or doc[start - 1].pos_ != "VERB" or not doc[start - 1].is_lower:
        return start, end
    for i in range(start + 1, end - 1):
        if (
            doc[i].lower_ == "the"
            and doc[i].is_lower
            and doc[i - 1].pos_ == "PROPN"
            and doc[i - 1].text[:1].isupper()
            and doc[i + 1].text[:1].isupper()
        ):
            return i + 1, end
    return start, end


def _function_word(token: Token) -> bool:
    """A stop word that is no given name ("Besides", tagged a proper noun inside
    "(Besides Lahav"), where "Will Smith" and "May" keep their first word."""
    return (
        token.is_stop
        and token.is_title  # "US Airways Express" keeps "US"
        and token.lower_ not in MODAL_WORDS
        and token.text not in GIVEN_NAMES
        and token.text.title() not in GIVEN_NAMES
    )


# Stop words that are also given names ("Will Smith", "Theresa May", "Can Bartu").
MODAL_WORDS = frozenset({"will", "may", "might", "can", "must", "shall", "should", "would"})


def _opens_legal_firm(doc: Doc, start: int, end: int) -> bool:
    """A capitalised word opening a firm's name that ends in its legal form: "First
    Boston Corp", "General Signal Corp" at the top of a story. A sentence's word swept
    into a name is an adverb, a verb or a preposition ("Earlier", "Besides")."""
    return (
        doc[start].pos_ in {"ADJ", "PROPN", "NUM"}
        and doc[start].is_title
        and end - start >= 3
        and _company_suffix(doc[end - 1].text)
    )


def _capitalised_inside(token: Token) -> bool:
    """A capitalised word within a sentence, after a word or a comma: part of a name
    ("growth, First Boston Corp managing director X said")."""
    if not token.is_title or token.is_sent_start or token.i == 0:
        return False
    prev = token.doc[token.i - 1]
    if prev.text == "," and prev.whitespace_:
        return True
    return not (prev.is_punct or prev.is_space or "\n" in prev.whitespace_)


def _note_work_evidence(doc: Doc, span: Span, label: str, name: str) -> None:
    """What the mention called a work shows for a body or a place, kept per name: its
    other mentions show as much by their words alone (see `_without_named_works`)."""
    work = _Mention(name, span.start_char, span.end_char, label, len(span))
    work.votes = _type_votes(doc, span, label, name)
    work.base = BASE_TYPES.get(label)
    shown = doc.user_data.setdefault(WORK_EVIDENCE_KEY, {})
    shown[name] = max(shown.get(name, 0.0), work.body_or_place_evidence())


def _titled_work(span: Span, label: str) -> bool:
    """The sentence calls the name a work's title, by any of the cues of `works` and
    `performed`: "films like Taxi Driver", "the film Jaws", a quoted title, "starred in
    Napoleon Dynamite", "Harry Potter author JK Rowling", "The Polar Express, starring
    Tom Hanks". `work_cues.conjunct_of_work` asks it of the first of two titles."""
    return (
        _listed_as_work(span)
        or _named_as_work(span.doc, span)
        or _quoted_title(span, label)
        or performed_in(span, label)
        or title_before_role(span, label)
        or starring_after(span)
        or named_after_works(span)  # "two singles, Club Foot and LSF"
    )


def _title_fragment(span: Span) -> bool:
    """The last word of a title the model cut: "Hat" of "the Cat in the Hat balloon",
    "Rings" of "Lord of the Rings". One word after "the" and a preposition that follow
    a capitalised word the model left out of every entity."""
    if len(span) != 1 or span.start < 3:
        return False
    doc = span.doc
    the, link, head = doc[span.start - 1], doc[span.start - 2], doc[span.start - 3]
    return (
        the.lower_ == "the"
        and link.lower_ in TITLE_LINKS
        and head.is_title
        and not head.is_sent_start
        and head.ent_type_ == ""
        and head.lower_ not in TITLE_WORDS
        and head.lower_ not in HONORIFICS
    )


#: Abbreviated ranks a name may be cut at ("Capt", "Sgt", "Lt")
CUT_TITLES = word_lists("speaker_words")["cut_title_abbreviations"]


LEADING_NON_NAME_POS = frozenset({"ADP", "ADV", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "PART"})


TRAILING_NON_NAME_POS = frozenset({"ADP", "ADV", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "VERB"})
