"""One speaker mention to the rule for its kind: `_resolve` hands the mention's text and
offsets to `_resolve_mention`, which tries, in order of reliability, the name itself,
the antecedent of a relative or personal pronoun, a description, a body or document.
Every rule returns None when the text leaves a doubt.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span, Token

from generator.extract.actors import TITLE_WORDS
from generator.extract.body_names import BODY_NOUNS
from generator.extract.pronouns import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    ORG_PRONOUNS,
    RELATIVE_PRONOUNS,
)
from generator.extract.speaker_checks import NICKNAME
from generator.extract.speaker_mentions import relative_antecedent
from generator.extract.speakers.acted_on import refused
from generator.extract.speakers.apposed_holder import apposed_holder
from generator.extract.speakers.apposition import (
    _appos_child_person,
    _apposed_person,
    _around_person,
    _bracketed_org_after,
    _coordinated_speakers,
    _fragment_only,
    _joined_titles_person,
    _known_org_apposed,
    _mention_head,
    _named_org_after,
    _several,
    _titled_person_after,
    _unknown_name_after,
)
from generator.extract.speakers.bodies import (
    _from_named,
    _issued_for,
    _joint_voice,
    _led_body,
    _party,
    _titled_part_owner,
    _unnamed_body,
    _unspanned_body,
    _words_outside_names,
)
from generator.extract.speakers.campaigns import campaign_voice
from generator.extract.speakers.chained import _chained_name_subject
from generator.extract.speakers.chains import (
    _closing_body_report,
    _last_thing_subject,
    _org_subject_before,
    _previous_org_report,
)
from generator.extract.speakers.companies import (
    _body_voice_by_kind,
    _bracketed_short_name,
    _company_cut_to_tail,
    _joined_company_name,
    _news_agency,
    _short_company,
    _subject_before_appositive,
    _wire_voice,
)
from generator.extract.speakers.context import _Context, _party_of, _Report
from generator.extract.speakers.described_subject import _described_subject
from generator.extract.speakers.descriptions import (
    _from_description,
    _party_voice_after_person,
    unnamed_voice_again,
)
from generator.extract.speakers.facts import described_facts, fact_referent
from generator.extract.speakers.initials import _by_initials
from generator.extract.speakers.inner_names import without_inner_names
from generator.extract.speakers.kin_namesakes import set_apart_namesake
from generator.extract.speakers.kind_heads import org_of_kind_by_name
from generator.extract.speakers.kinds import (
    company_agency_voice,
    org_named_with_noun,
    person_of_kind,
)
from generator.extract.speakers.lexicon import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    INDEFINITES,
    ORG_NOUNS,
    PARTY_ADJECTIVES,
    SPOKES_NOUNS,
    STATEMENT_NOUNS,
    WRITTEN_WORK_NOUNS,
)
from generator.extract.speakers.lookup import _lookup_name
from generator.extract.speakers.name_text import (
    _head_noun,
    _is_just_name,
    _strip_name,
    _words,
)
from generator.extract.speakers.name_word_voice import body_by_name_word
from generator.extract.speakers.named_body import named_body_voice
from generator.extract.speakers.named_next import _apposed_next, lead_source_named_next
from generator.extract.speakers.namesakes import (
    _honorific_namesake,
    _introduced_namesake,
    _merged_namesake,
    _shared_surname,
    _stretch_owner,
)
from generator.extract.speakers.offices import _state_described_speaker, _state_lawmaker
from generator.extract.speakers.other_sex import _past_the_other_sex
from generator.extract.speakers.partitive import part_of_group
from generator.extract.speakers.pronouns import (
    _first_named_in_own_report,
    _pronoun_antecedent,
    _titled_subject_antecedent,
)
from generator.extract.speakers.reports import _recent_reports, _with_companions, _writer_subjects
from generator.extract.speakers.role_holder import role_holder
from generator.extract.speakers.role_relative import role_holder_of_body
from generator.extract.speakers.same_voices import same_body_voices
from generator.extract.speakers.sole_person import sole_person_of_stretch
from generator.extract.speakers.state_documents import _state_document
from generator.extract.speakers.subject_body import subject_body_voice
from generator.extract.speakers.untagged import _untagged_name_subject
from generator.extract.speakers.voice_phrase import earlier_voice_phrase
from generator.extract.speakers.wire_rivals import capitalised_short_name
from generator.extract.state_tags import is_state_tag
from generator.model import Actor, name_key


def _described_body_report(ctx: _Context, start: int) -> _Report | None:
    """The reporting clause an "it said" at `start` continues when that clause names a
    body by a description the article gives no name ("the finance ministry said in a
    statement. It added ...", "the institute said ... , it added"): the same voice,
    shown under the same words, as "he" after an unnamed spokesman is.

    A document left unresolved speaks on the same way ("The report said ... It said",
    "A parliament statement said ... It said"): its words, under its description.

    Only the nearest report, unresolved, and one body by a definite description ("the"
    and an organisation noun, no name, no possessive) or one document ("the"/"a" and a
    singular document noun, no person named in it); and only when no subject of the
    writer's other than "it" stands between the two, and no actor is named outside
    the words reported in the pronoun's own sentence before it."""
    report = _nearest_report(ctx, start)
    if report is None or report.actor is not None:
        return None
    carried = ctx.text[report.start : report.end].lower() == "it" != report.mention.lower()
    if not (carried or _body_description(ctx, report) or _document_description(ctx, report)):
        return None  # (an "it" given the description before goes on with it)
    for token in _writer_subjects(ctx, report.end - 1, start):
        if token.lower_ != "it" and token.lower_ not in RELATIVE_PRONOUNS:
            return None  # ("legislators, who asked ...": the same report's words)
    sent_start = ctx.sent_starts[ctx.sent_of(start)]
    if any(not ctx.in_content(s) for s, _, _ in ctx.spans if sent_start <= s < start):
        return None
    return report


# Documents that speak for whoever the rules found wrote them ("the Kok report").
_AUTHORED_NOUNS = DOCUMENT_NOUNS | STATEMENT_NOUNS | WRITTEN_WORK_NOUNS


def _authored_document_report(ctx: _Context, start: int) -> _Report | None:
    """The report an "it" at `start` goes on with when the nearest one is a document
    the rules gave its author ("That's why the Kok report recommends ... It also
    recommends that ..."): the same document, so the same author. Only when no subject
    of the writer's other than "it" stands between the two (as `_described_body_report`)."""
    report = _nearest_report(ctx, start)
    if report is None or report.actor is None:
        return None
    span = ctx.doc.char_span(report.start, report.end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.lemma_.lower() not in _AUTHORED_NOUNS:
        return None
    for token in _writer_subjects(ctx, report.end - 1, start):
        if token.lower_ != "it":
            return None
    return report


def _nearest_report(ctx: _Context, start: int) -> _Report | None:
    """The reporting clause nearest before `start` that a pronoun may go on with: not one
    a relative pronoun tags ("legislators, who asked ...": within the report)."""
    reports = _recent_reports(ctx, start)
    return next((r for r in reports if r.mention.lower() not in RELATIVE_PRONOUNS), None)


def _body_description(ctx: _Context, report: _Report) -> bool:
    """Whether a report's mention is a definite description of one body that names
    none ("the finance ministry", "the institute")."""
    words = _words(report.mention)
    if len(words) < 2 or len(words) > 4 or words[0] != "the" or "'s" in report.mention:
        return False
    if words[-1] not in ORG_NOUNS | BODY_NOUNS or ctx.actors_in(report.start, report.end):
        return False
    return not any(w in RELATIVE_PRONOUNS or w in MALE_PRONOUNS | FEMALE_PRONOUNS for w in words)


def _document_description(ctx: _Context, report: _Report) -> bool:
    """Whether a report's mention is one document ("The report", "A parliament
    statement", "the survey"), headed by a singular document noun at its end, with no
    person named in it."""
    span = ctx.doc.char_span(report.start, report.end, alignment_mode="expand")
    if span is None or not 2 <= len(span) <= 5 or span[0].lower_ not in {"the", "a", "an"}:
        return False
    root = span.root
    if root.i != span.end - 1 or root.tag_ != "NN":
        return False
    if root.lemma_.lower() not in DOCUMENT_NOUNS | STATEMENT_NOUNS:
        return False
    return not any(a.type == "person" for a in ctx.actors_in(report.start, report.end))


def _nicknamed(ctx: _Context, mention: str) -> Actor | None:
    """ "said Thomas "Tim" Mallory, grain analyst for ...": the model names the person
    without the nickname in quotation marks ("Thomas Mallory"), so the mention as
    written matches no actor. Without the nickname it is the person of that name, when
    the article has one."""
    bare, cuts = NICKNAME.subn(" ", mention.strip())
    if cuts != 1:
        return None
    actor = ctx.by_name.get(name_key(_strip_name(bare)))
    return actor if actor is not None and actor.type == "person" else None


_OPEN_ACRONYM = re.compile(r"\s*\(\s*[A-Z][\w.&-]*\s*$")  # "... Workers (CUPW"


def _uncut_mention(ctx: _Context, mention: str, start: int, end: int) -> tuple[str, int]:
    """A speaker mention the parser cut inside a name, made whole: "The Canadian Union of
    Postal Workers (CUPW" ends before its acronym's unclosed bracket, "the official
    Council of People's" runs on to the end of "Council of People's Inspectors", the
    actor it stops inside."""
    opened = _OPEN_ACRONYM.search(mention)
    if opened is not None and opened.start() > 0:
        mention = mention[: opened.start()]
        return mention, start + len(mention)
    i = bisect.bisect_left(ctx.span_starts, start + 1)
    while i < len(ctx.spans) and ctx.spans[i][0] < end:
        _, e, actor = ctx.spans[i]
        i += 1
        rest = ctx.text[end:e]
        if e > end and actor.type == "organization" and not re.search(r"[.,;:()\n]", rest):
            return ctx.text[start:e], e
    return mention, end


def _plural_description(ctx: _Context, start: int, end: int) -> bool:
    """Whether the mention at `start`..`end` is headed by a common noun in the plural
    ("the three scholars", "experts like Paul Bauman"): the words of several people,
    which one person's name may not stand for."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    # written in lower case: a surname the tagger takes for a plural ("Sanders said",
    # "Davies said") is one person
    return root.pos_ == "NOUN" and root.tag_ == "NNS" and root.is_lower and not root.ent_type_


def _document_issuer(antecedent: Span) -> Span | None:
    """ "Roberts ... added a footnote that said ...": a document issued by someone speaks
    for them; the one issuing is the subject of the verb whose object it is."""
    root = antecedent.root
    if root.lemma_.lower() not in DOCUMENT_NOUNS | STATEMENT_NOUNS or root.dep_ != "dobj":
        return None
    subjects = [c for c in root.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    return antecedent.doc[subject.left_edge.i : subject.i + 1]


def _antecedent_span(ctx: _Context, start: int) -> Span | None:
    """The noun phrase a relative pronoun at `start` stands for ("Austin, who said").

    The phrase keeps its prepositional modifiers ("a spokesman for the ministry, who")
    and stops before the relative clause, an apposition or a comma.
    """
    i = bisect.bisect_left(ctx.token_starts, start)
    if i >= len(ctx.doc) or ctx.doc[i].idx != start:
        return None
    return antecedent_phrase(ctx.doc[i])


def antecedent_phrase(pronoun: Token) -> Span | None:
    """The noun phrase the relative pronoun `pronoun` stands for (`_antecedent_span`)."""
    antecedent = _who_follows_name(pronoun) or relative_antecedent(pronoun)
    if antecedent is None:
        return _person_before_who(pronoun)
    antecedent = _tagged_lawmaker(antecedent)
    antecedent = role_holder_of_body(pronoun, antecedent, TITLE_WORDS | SPOKES_NOUNS)
    right = antecedent.i
    for child in antecedent.rights:
        if child.dep_ in {"relcl", "appos", "punct", "acl", "advcl", "cc", "conj"}:
            break
        right = max(right, child.right_edge.i)
    return pronoun.doc[antecedent.left_edge.i : right + 1]


def _tagged_lawmaker(antecedent: Token) -> Token:
    """The lawmaker whose party-state tag the parser hung a relative clause on: "Sen.
    James McClure, R-Idaho, who agreed that ..." is McClure's clause, not Idaho's."""
    head = antecedent.head
    if antecedent.dep_ != "appos" or head.ent_type_ != "PERSON" or head.i > antecedent.i:
        return antecedent
    tag = antecedent.doc[antecedent.left_edge.i : antecedent.i + 1]
    return head if is_state_tag(tag.text) else antecedent


def _person_before_who(token: Token) -> Span | None:
    """The person's name right before "who" where the parser hung the clause on no
    noun at all ("brought by Microsoft and attorney general Eliot Spitzer who alleged
    that ...", parsed as the verb's clause): "who" after a person's name stands for
    that person. Only the name the model tagged as a person, and not a name after "of"
    or a possessive ("a friend of Smith who said": the friend, maybe)."""
    if token.lower_ != "who" or token.i == 0:
        return None
    before = token.doc[token.i - 1]
    if before.text == "," and before.i > 0:
        before = token.doc[before.i - 1]
    if before.pos_ != "PROPN" or before.ent_type_ != "PERSON" or before.ent_iob_ == "":
        return None
    entity = next((e for e in token.doc.ents if e.start <= before.i < e.end), None)
    if entity is None or entity.end != before.i + 1:
        return None
    outer = entity.root.head
    if entity.root.dep_ == "pobj" and outer.lower_ == "of":
        return None
    return entity


def _who_follows_name(token: Token) -> Token | None:
    """The name right before "who", where the parser hung the clause on a thing: "was
    labelled a “big misjudgement” by the Conservatives who said": "who" is a person or a
    body, and the name it follows is the one it stands for."""
    if token.lower_ != "who" or token.i == 0:
        return None
    before = token.doc[token.i - 1]
    if before.text == "," and before.i > 0:
        before = token.doc[before.i - 1]
    antecedent = relative_antecedent(token)
    if before.pos_ != "PROPN" or antecedent is None or antecedent.pos_ != "NOUN":
        return None
    if antecedent.lemma_.lower() in TITLE_WORDS | SPOKES_NOUNS:
        return None  # "a spokesman for Labour who said": the spokesman
    while before.dep_ in {"compound", "flat"} and before.head.i > before.i:
        before = before.head
    return before


def _resolve_mention(
    ctx: _Context, mention: str, start: int, end: int, located: bool
) -> Actor | None:
    """The actor a mention written at [start, end) refers to, or None when unclear."""
    words = _words(mention)
    if not words:
        return None
    if (
        len(words) == 2
        and words[0] in INDEFINITES
        and _party_of(words[1:], mention, PARTY_ADJECTIVES)
    ):
        return None  # "A Conservative said": one member, never the party nor its label
    if located and part_of_group(ctx, start, end):
        return None  # "some Republican leaders said": some members, not the party
    if len(words) == 1 and words[0] in MALE_PRONOUNS | FEMALE_PRONOUNS:
        gender = "f" if words[0] in FEMALE_PRONOUNS else "m"
        found = _pronoun_antecedent(ctx, start, gender)
        if found is not None:
            return found
        found = (
            _first_named_in_own_report(ctx, start, gender)
            or _titled_subject_antecedent(ctx, start, gender)
            or _untagged_name_subject(ctx, start, gender)
            or _past_the_other_sex(ctx, start, gender)
            or _described_subject(ctx, start, gender, _resolve_mention)
            or _chained_name_subject(ctx, start, gender)
            or sole_person_of_stretch(ctx, start, gender)
        )
        # the walk's refusal stands whatever path finds the person again
        return None if found is not None and refused(ctx, found, start, gender) else found
    if len(words) == 1 and words[0] in ORG_PRONOUNS:
        thing = _last_thing_subject(ctx, start)
        if thing is not None and thing.lemma_.lower() in DOCUMENT_NOUNS | STATEMENT_NOUNS:
            return None  # "A confidential report pinpointed ... '...,' it stated"
        closing = _closing_body_report(ctx, start) if located else None
        if closing is not None:
            return closing
        if thing is None:
            found = _org_subject_before(ctx, start) or _previous_org_report(ctx, start)
            if found is not None:
                return found
        # "The offer will expire April nine ... Interest costs will fall, it said": a thing
        # that cannot speak, and the company wire copy goes on quoting
        return _wire_voice(ctx, start, company=False)
    if mention.isupper() and len(words) == 1:
        # an acronym of an organisation named in full ("ISW"); a dateline ("SEOUL, Aug. 20
        # (Yonhap) --") speaks for nobody
        return (
            _by_initials(ctx, mention.strip())
            or capitalised_short_name(ctx, mention)
            or (named_body_voice(ctx, start, end) if located else None)
        )
    if located:
        tail_of = (
            _company_cut_to_tail(ctx, start, end)
            or _subject_before_appositive(ctx, start, end)
            or _joined_company_name(ctx, mention, start, end)
        )
        if tail_of is not None:
            return tail_of
    if located:
        leader = _with_companions(ctx, start, end)
        if leader is not None:
            return leader
    titled = _joined_titles_person(ctx, start, end) if located else None
    if titled is not None:
        return titled  # "Chairman and chief executive officer Ben Love said": Love
    holder = apposed_holder(ctx, start, end) if located else None
    if holder is not None:
        return holder  # "Reagan's National Security Adviser, Frank Carlucci, added"
    if located and _several(ctx, start, end):
        return None  # "The UK, France and Sweden want ...": no one speaker
    if located and _coordinated_speakers(ctx, start, end):
        return None  # "Agriculture Secretary Richard Lyng and Trade Representative
        # Clayton Yeutter said they favor ...": two speakers, never the last one named
    issuer = _issued_for(ctx, start, end) if located else None
    if issuer is not None:
        return issuer
    inside = [a for a in ctx.actors_in(start, end) if not _fragment_only(ctx, a, start, end)]
    inside = inside if located else []
    people = [a for a in inside if a.type == "person"]
    if inside and not people and _is_just_name(words, inside):
        titled = _titled_person_after(ctx, end)
        if titled is not None:
            return titled  # "said Treasury Under Secretary John Taylor": Taylor, not the Treasury
    if not inside and _shared_surname(ctx, mention):
        # "Trump has said" where the model tagged no name: the one its stretch names,
        # or open, when the stretch decides (else the name is looked up as before)
        honorific = _honorific_namesake(ctx, mention, start)
        if honorific is not None:
            return honorific  # "Mrs. Clinton often says"
        decides, stretched = _stretch_owner(ctx, mention, start, _surname_owner(ctx, mention))
        if decides:
            return stretched
        apart = set_apart_namesake(ctx, mention, start)
        if apart is not None:
            return apart  # "Mr. Cruz said" beside "his father, Rafael"
    if people and _shared_surname(ctx, mention):
        # "Mr Blair" in an article with Tony Blair and Sir Ian Blair: unclear, unless
        # only one of them has been named yet ("Rhys Williams says ... said Williams",
        # Matt Williams named paragraphs later): news names a person in full first
        owner = _introduced_namesake(ctx, mention, start)
        if owner is not None and people == [owner]:
            return owner
        honorific = _honorific_namesake(ctx, mention, start)
        if honorific is not None:
            return honorific
        decides, stretched = _stretch_owner(ctx, mention, start, people)
        if decides:
            return stretched  # the one its stretch names, or open ("Eric Trump called")
        return _merged_namesake(ctx, mention, start, people) or set_apart_namesake(
            ctx, mention, start
        )  # "Mr. Trump said" in a story of Donald and "his older brother, Freddy"
    if people and len(people) == 1 and not [a for a in inside if a.type != "person"]:
        led = _led_body(ctx, start, end, people[0])
        if led is not None:
            return led
    if people and _around_person(ctx.text, start, end):
        return None  # "Sources close to Finance Minister Edouard Balladur said": not him
    if people:
        head = _mention_head(ctx, start, end, people)
        if head is not None:
            return head
    bracketed = _bracketed_org_after(ctx, end) if located and not people else None
    if bracketed is not None:
        return bracketed  # "Public Relations consultancy <Shandwick Plc> said": Shandwick
    head = _head_noun(_words_outside_names(words, inside))
    org_head = head in ORG_NOUNS and head not in TITLE_WORDS
    # "The South Yorkshire company, led by chief executive Gerry Spindler, said": a
    # company is never the person named after it
    appositive = (
        (_apposed_person(ctx, end) or _appos_child_person(ctx, start, end))
        if located and not org_head
        else None
    )
    if appositive is not None:
        return appositive
    named_org = (
        (_named_org_after(ctx, end) or _known_org_apposed(ctx, end))
        if located and org_head
        else None
    )
    if named_org is not None:
        return named_org
    if located and org_head and _unknown_name_after(ctx, end):
        return None  # "the charity Age Action", a name the model missed: no other body
    if inside and not people:
        found = _titled_part_owner(ctx, start, end, inside)
        if found is not None:
            return found
    if head in SPOKES_NOUNS and _joint_voice(ctx, mention, words, head):
        return None  # "the March FOMC and FDIC staff": two bodies speak, neither alone
    if located and head in SPOKES_NOUNS:
        before = [w for w in words[: words.index(head)] if w not in DETERMINERS]
        after = words[words.index(head) + 1 :]
        if _party_voice_after_person(ctx, start, mention, words, head, before, after):
            return None  # "The Tory spokesman", the politician quoted just before
    introduced = (
        (
            _apposed_next(ctx, start, words, head)
            or lead_source_named_next(ctx, start, end, mention, words, head)
        )
        if located and head
        else None
    )
    if introduced is not None:
        return introduced  # "a member of the board ... said. Jim Billington, member of"
    decided, described = fact_referent(ctx, start, words)
    if decided:
        return described  # "the Dutchman", also where a model took it for a name
    if described_facts(words) is not None and _named_by_its_noun(ctx, mention, words, inside):
        return None  # "the Kiwi", "the Dutchman" a model took for a name: no one's name
    state = _state_document(ctx, words) if located else None
    if state is not None:
        return state  # "a Baghdad war communique said": Iraq
    if inside:
        own = without_inner_names(mention, words, inside)
        if not own:
            return None  # "Caisse de depot et placement du Quebec said": not Quebec's voice
        found = _from_named(own, words)
        if found is not None:
            return found
    named = _lookup_name(ctx, mention)
    if named is not None:
        return named
    if located and unnamed_voice_again(ctx, start, words):
        return None  # "an executive told Reuters ... the executive said": no one named
    found = (
        _from_description(ctx, start, words, mention)
        or _state_lawmaker(ctx, start, words)
        or _state_described_speaker(ctx, start, words)
        or role_holder(ctx, start, words, mention)
    )
    if found is None and located:
        found = _party(ctx, words, mention, start, end)
    if found is None and located and not inside:
        found = _short_company(ctx, mention, start)
    if found is None and located and not inside:
        found = _unnamed_body(ctx, start, end)
    if found is None and located and not inside:
        found = named_body_voice(ctx, start, end)  # "Icstis, the watchdog, said"
    if found is None and located and not inside:
        found = _bracketed_short_name(ctx, mention)
    if found is None and located and not inside:
        found = _body_voice_by_kind(ctx, mention, start)
    if found is None and located and not inside:
        found = org_named_with_noun(ctx, mention, start)
    if found is None and located and not inside:
        found = org_of_kind_by_name(ctx, mention, start)
    if found is None and located and not inside:
        found = company_agency_voice(ctx, mention, start)
    if found is None and located and not inside:
        found = person_of_kind(ctx, mention, start)
    if found is None and located and not inside:
        found = _news_agency(ctx, mention, start)
    if found is None and located and not inside:
        found = _unspanned_body(ctx, mention, words)
    if found is None and located and not inside:
        found = body_by_name_word(ctx, mention, words, start)  # "a Trastevere spokesman"
    if found is None and located and not inside:
        found = campaign_voice(ctx, words, start, end, _resolve_mention)
    if found is None and located and not inside:
        found = subject_body_voice(ctx, words, start)  # "X was sued ... The firm said"
    if found is None and located and not inside:
        found = same_body_voices(ctx, words, start)  # "Treasury officials ... Officials"
    if found is None and located and not inside:
        found = earlier_voice_phrase(ctx, words, start, _resolve_mention)  # "the spokesman"
    return found


def _surname_owner(ctx: _Context, mention: str) -> list[Actor]:
    """The person whose alias a bare surname is ("Trump" given to Eric Trump by the
    actor merge), as a one-item list, or none."""
    actor = ctx.by_name.get(name_key(_strip_name(mention)))
    return [actor] if actor is not None and actor.type == "person" else []


def _named_by_its_noun(ctx: _Context, mention: str, words: list[str], inside: list[Actor]) -> bool:
    """Whether a description by nationality or age ("the Kiwi") would be read as an
    actor whose name is one of its own words, which the model made of the noun: that
    actor is no one, and the description is left to `fact_referent` alone."""
    own = set(words)
    found = [*inside, _lookup_name(ctx, mention)]
    return any(a is not None and name_key(a.name) in own for a in found)
