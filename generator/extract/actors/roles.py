"""The role written with a person's name ("Defense Secretary Lloyd Austin", "Austin, the
defense secretary"), cleaned to print (`printable_roles`); `person_noun` tells a noun
for a person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract import actor_cues
from generator.extract.actors.glued_roles import GLUED_ROLE_NOUNS
from generator.extract.actors.lexicon import (
    HONORIFICS,
    ORG_INTRO_NOUNS,
    ORG_ONLY_NOUNS,
    PERSON_NOUNS,
    TITLE_WORDS,
)
from generator.extract.actors.mention import _Mention
from generator.extract.actors.names import ends_in_legal_form
from generator.extract.actors.places import _known_place, _place_led, gazetteer
from generator.extract.actors.role_tidy import (
    as_former,
    calling_before_name,
    gapped_object_head,
    left_office,
    misread_noun,
    name_before_and,
    name_object_of_run,
    number_compound_cut,
    person_before_of,
    possessive_tail,
    then_title,
    tidy_role,
)
from generator.extract.actors.type_cues import (
    KIND_DETERMINERS,
    _described_as_body,
    _introduced_as_org,
    _org_noun,
)
from generator.extract.punctuation import DASHES
from generator.extract.run_on import sentence_start
from generator.extract.words import word_lists, word_set
from generator.model import fullest_roles


def _add_roles(doc: Doc, span: Span, mention: _Mention, title_tokens: list[Token]) -> None:
    """Roles from a pre-name title ("Defense Secretary Lloyd Austin") and appositions."""
    pre = _pre_name_role(doc, span, title_tokens)
    if pre and _one_of_a_kind_title(doc, span, pre[1]):
        return  # "winning a best new artist Grammy": an award of a kind, no title and name
    if pre and (
        actor_cues.body_plural_before(doc, span) or _kind_of_body_before(doc, span, mention)
    ):
        # "oil industry analysts Douglas-Westwood", "the UK's regulator Ofcom": the
        # words before the name say what kind of body it is, no title of a person
        pre = None
    if (
        pre
        and (
            actor_cues.commodity_maker(pre[0])
            or (actor_cues.maker_noun(pre[0]) and ends_in_legal_form(mention.name))
        )
        and not _known_place(mention.name)
        and mention.name.casefold() not in gazetteer()
    ):
        # "Ukrainian steel producer Krivorizhstal": a firm described, not a job; so is
        # a maker of anything whose name ends in a firm's legal form ("insulin and
        # enzymes producer Novo Industri A/S")
        mention.votes["organization"] = mention.votes.get("organization", 0.0) + 5.0
        pre = None
    gone = left_office(span)  # "Planning Minister Joao Sayad resigned": a former one
    if pre:
        role, start, printable = pre
        if printable:
            shown = _with_employer_after(doc, span, role)
            mention.roles.append(as_former(shown, gone or then_title(doc, start)))
        mention.title_range = (start, span.start_char)
        mention.office = printable and _office(role) and not _name_runs_on(doc, span)
        mention.votes["person"] = mention.votes.get("person", 0.0) + 3.0
    # A name the model did not call a person takes only a job as its role: "his Chicago
    # property - Trump International Hotel & Tower" is no role of a person.
    strict = mention.label != "PERSON" or _place_led(span, mention.label, mention.name)
    appos = _apposition_role(span, strict=strict, label=mention.label)
    # A title-shaped phrase beside the name still says "a person" when it is no role to
    # print ("then-lower court judges X", "X, a top target of ..."): the vote stays.
    if appos or _apposition_role(span, strict=strict, checked=False, label=mention.label):
        mention.votes["person"] = mention.votes.get("person", 0.0) + 3.0
    if appos:
        mention.roles.append(as_former(appos, gone))
    said = _predicate_role(span) if mention.label == "PERSON" else None
    if said:
        mention.roles.append(said)


def _kind_of_body_before(doc: Doc, span: Span, mention: _Mention) -> bool:
    """The word right before the name is a noun for a kind of body that introduces it
    (`_introduced_as_org`: "the UK's regulator Ofcom"), not a title of a person."""
    i = span.start - 1
    return (
        i >= 0 and doc[i].lower_ in ORG_INTRO_NOUNS and _introduced_as_org(doc, span, mention.label)
    )


def _one_of_a_kind_title(doc: Doc, span: Span, title_start: int) -> bool:
    """A one-word name after title words that an indefinite article opens: "winning a
    best new artist Grammy", "an album of the year Brit": one of a kind of award or
    thing, since news names a person after a title with no article before it ("Labour
    MP Tom Watson") or with a comma ("a spokesman, Jim Hale")."""
    if len(span) != 1:
        return False
    first = next((t for t in doc[: span.start] if t.idx >= title_start), None)
    if first is None or first.i == 0:
        return False
    return doc[first.i - 1].lower_ in ONE_OF_A_KIND_ARTICLES


ONE_OF_A_KIND_ARTICLES = frozenset({"a", "an"})


EMPLOYER_LINKS = frozenset({"of", "with", "at"})


def _predicate_role(span: Span) -> str | None:
    """The job a present-tense "is" gives the name, with the body it is done at:
    "McCrummen is a national enterprise reporter at The Washington Post" gives
    "national enterprise reporter at The Washington Post".

    Only a word for what one person is (`_describes_one_person`) whose own "at"/"of"/
    "with"/"for" phrase names a body the model tagged: "Trump is a racist" or "Smith is
    the favourite" say what someone thinks of the person, not a job; "was" may be a job
    left, and "is not" none."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be" or verb.tag_ != "VBZ" or verb.i < span.end:
        return None
    if any(child.dep_ == "neg" for child in verb.children):
        return None
    for attr in verb.children:
        if attr.dep_ != "attr" or attr.pos_ != "NOUN" or not _describes_one_person(attr):
            continue
        bodies = [
            child
            for child in attr.children
            if child.dep_ == "prep"
            and child.lower_ in EMPLOYER_LINKS | {"for"}
            and any(c.dep_ == "pobj" and c.ent_type_ == "ORG" for c in child.children)
        ]
        if bodies:
            return _phrase_text(attr, exclude=span)
    return None


def _with_employer_after(doc: Doc, span: Span, role: str) -> str:
    """A title before a name with the body the name's own "of"/"with"/"at" phrase
    names: "analyst Mark Rogers of Prudential Bache Securities" is an "analyst of
    Prudential Bache Securities", "Prime Minister Shinzo Abe of Japan" no; without the
    body the role says far less than the article ("analyst").

    Only a title of plain words (no body or place of its own: "Prudential Bache
    analyst Mark Rogers of New York" keeps its role) and no abbreviation to spell out,
    and only a body the model named right after the preposition, which hangs on the
    name."""
    words = role.split()
    if words[-1].endswith(".") or not all(
        w.islower() or w.casefold() in TITLE_WORDS or w.casefold() in ROLE_MODIFIERS for w in words
    ):
        return role
    link = span.end
    if link + 1 >= len(doc) or doc[link].lower_ not in EMPLOYER_LINKS:
        return role
    if not span.start <= doc[link].head.i < span.end or doc[link].is_sent_start:
        return role
    first = link + 1 + (doc[link + 1].lower_ == "the")
    if first >= len(doc) or doc[first].ent_iob_ != "B" or doc[first].ent_type_ != "ORG":
        return role
    body = next(ent for ent in doc.ents if ent.start == first)
    return f"{role} {_join(doc, link, body.end)}"


# Offices a capitalised title before a surname names (data/speaker_words.toml): the
# titles a story introduces someone by, less the callings ("singer", "star"), and the
# abbreviations US news writes ("Gov.", "Sen.", "Rep.").
OFFICE_TITLES = (
    word_lists("speaker_words")["introduced_titles"] - word_lists("speaker_words")["calling_titles"]
) | {item.partition(":")[0] for item in word_lists("speaker_words")["title_abbreviations"]}


OFFICE_LINKS = frozenset({"of", "for", "at", "in", "on"})


def _office(role: str) -> bool:
    """A capitalised title that ends in an office, right before the name: "President",
    "USDA Secretary", "Vice President", "Gov.". Not a calling ("Ukrainian singer":
    mononyms and cut names alike) nor a job a firm does too ("Big Brother producer
    Endemol", "Crown Zellerbach"), nor a role of some body ("President of CNN
    Worldwide"), nor a common noun ("analyst Gartner" names a firm)."""
    words = role.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and words[-1].casefold() in OFFICE_TITLES
        and not OFFICE_LINKS & {w.casefold() for w in words}
    )


def _name_runs_on(doc: Doc, span: Span) -> bool:
    """A capitalised word right after the name, in the same sentence: the model cut the
    name ("President Enrique" of a "Pe\u00f1a Nieto" whose letters came garbled)."""
    if span.end >= len(doc) or span[-1].whitespace_ != " ":
        return False
    after = doc[span.end]
    return after.text[:1].isupper() and not after.is_sent_start


def _pre_name_role(doc: Doc, span: Span, title_tokens: list[Token]) -> tuple[str, int, bool] | None:
    """The title words right before a name, their start offset, and whether they are a
    role to print (not a group the person is one of), if they hold a title."""
    # Title tokens inside the entity have already been stripped: start left of them.
    i = (title_tokens[0].i - 1) if title_tokens else span.start - 1
    tokens: list[Token] = list(title_tokens)
    sent_start = sentence_start(doc, span.start)
    while i >= sent_start and len(tokens) < 8:
        tok = doc[i]
        if "\n" in tok.whitespace_ or tok.is_space:
            break  # a headline or a previous paragraph
        if tok.ent_type_ in {
            "DATE",
            "TIME",
            "CARDINAL",
            "PERSON",
            "MONEY",
            "PERCENT",
        } and not _misread_modifier(tok, tokens):
            break
        if tok.lower_ in {"of", "for", "and", "&"} and tokens and i - 1 >= sent_start:
            prev = doc[i - 1]
            if (
                (prev.is_title or prev.lower_ in TITLE_WORDS)
                and _joins_title(tok, tokens, span)
                and not name_before_and(tok, prev)
            ):
                tokens.insert(0, tok)
                i -= 1
                continue
            break
        if tok.text in {"-", "\u2013"} and tokens:
            tokens.insert(0, tok)
            i -= 1
            continue
        if _role_modifier(tok, tokens):
            tokens.insert(0, tok)  # "retired", "acting": the parser's verb, the role's word
            i -= 1
            continue
        if _name_modifier(tok, tokens):
            tokens.insert(0, tok)  # "Tulsa police officer", "EastEnders actress"
            i -= 1
            continue
        if tok.pos_ not in {"PROPN", "NOUN", "ADJ"} or tok.lower_ in {"'s", "\u2019s"}:
            break
        if not (
            tok.is_title
            or tok.is_upper
            or tok.lower_ in TITLE_WORDS
            or tok.pos_ == "NOUN"
            or _describes_run(tok, tokens)
        ):
            break
        tokens.insert(0, tok)
        i -= 1
    # Trim words that only precede the title ("On Monday", "when"): keep from the first
    # token attached inside the name phrase or that is itself a title word.
    while (
        tokens
        and tokens[0].lower_ not in TITLE_WORDS
        and not tokens[0].i < tokens[0].head.i < span.end
        and not _role_modifier(tokens[0], tokens[1:])
        and not _name_modifier(tokens[0], tokens[1:])
    ):
        tokens.pop(0)
    # A dash only joins title words ("vice - president"): one opening the run is the
    # list bullet of "- Arsenal boss Arsene Wenger:" or the hyphen of "then-President".
    tokens = tokens[number_compound_cut(tokens) :]  # "five-star Gen.": no "star"
    tokens = tokens[gapped_object_head(span, tokens) :]  # "the impact manager X has had"
    while tokens and (
        tokens[0].lower_ in HONORIFICS
        or tokens[0].lower_ in {"of", "for", "and"}
        or tokens[0].is_punct
    ):
        tokens.pop(0)
    words = [t for t in tokens if t.lower_ not in HONORIFICS]
    if name_object_of_run(span, words):
        return None  # "a student of Hall of Famer Angelo Dundee": the student is another
    if words and words[-1].lower_ in {"and", "&", "or"}:
        return None  # "accused the prime minister and Mr Brown": two people, no title
    # A role noun the model glued into the name ("Winger Nitoglia") is a title too.
    glued = {t.i for t in title_tokens if t.lower_ in GLUED_ROLE_NOUNS}
    glued |= calling_before_name(words, span)  # "England skipper Jason Robinson"
    titles = [t for t in words if t.lower_.strip(".") in TITLE_WORDS and not _adjective_use(t)]
    if not words or not (titles or any(t.i in glued for t in words)):
        return None
    # "then-lower court judges Brett Kavanaugh": a group he is one of, no role
    printable = not any(t.tag_ in PLURAL_NOUN_TAGS for t in _run_heads(words))
    return _join(doc, words[0].i, words[-1].i + 1), words[0].idx, printable


ROLE_MODIFIERS = word_lists("speaker_words")["role_modifiers"]


def _adjective_use(token: Token) -> bool:
    """A title's word written as the adjective it also is, right after an article: "the
    official People's Daily" (the state's paper), not an official named so. A person's
    title word before the name is a noun ("the Treasury official John Smith")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.is_lower
        and token.tag_ == "JJ"
        and token.dep_ == "amod"
        and before is not None
        and before.lower_ in {"the", "a", "an"}
    )


def _role_modifier(tok: Token, run: list[Token]) -> bool:
    """Whether `tok` is a word of the role's standing ("retired", "acting", "former",
    data: role_modifiers) right before a run of title words, in lower case or opening
    the sentence. The parser often makes "retired" or "acting" a verb, which would end
    the run and drop the word: "retired U.S. Air Force Gen. Norman Ham" would read
    "U.S. Air Force general", which he no longer is."""
    if not run or tok.lower_ not in ROLE_MODIFIERS:
        return False
    if any(child.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for child in tok.children):
        return False  # the verb of a clause: "the board retired chief executive X"
    return any(t.lower_.strip(".") in TITLE_WORDS for t in run)


NAME_MODIFIER_ENTITIES = frozenset({"GPE", "ORG", "NORP", "WORK_OF_ART"})


def _name_modifier(tok: Token, run: list[Token]) -> bool:
    """Whether `tok` is the last word of a named place, body or work written right before
    a run of title words, which says where or for what the job is done: "Tulsa" of
    "Tulsa police officer Betty Shelby", "EastEnders" of "former EastEnders actress".
    The parser often reads a sentence-opening place as a verb and a name of mixed case
    ("EastEnders") is no title-case word, which would end the run and print the bare
    "police officer" or "actress"."""
    if not run or tok.ent_type_ not in NAME_MODIFIER_ENTITIES or tok.ent_iob_ == "":
        return False
    if tok.i + 1 != run[0].i or run[0].ent_type_ == tok.ent_type_:
        return False  # the name must end right where the title words begin
    if not (tok.text[:1].isupper() and tok.is_alpha):
        return False
    return any(t.lower_.strip(".") in TITLE_WORDS or t.pos_ == "NOUN" for t in run)


def _run_heads(words: list[Token]) -> list[Token]:
    """The words of a pre-name run whose head lies outside it: the run's head nouns."""
    inside = {t.i for t in words}
    return [t for t in words if t.head.i not in inside]


def _misread_modifier(tok: Token, run: list[Token]) -> bool:
    """Whether a word the model took for a one-word name is a modifier of the title
    words after it: "Rap" of "Rap star Jay-Z" (without it the role is a clipped "star")."""
    if (
        not run
        or tok.ent_iob_ != "B"
        or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I")
    ):
        return False
    return tok.ent_type_ == "PERSON" and tok.dep_ in {"compound", "amod"} and tok.head in run


def _joins_title(tok: Token, run: list[Token], name: Span) -> bool:
    """Whether "of"/"for" or a conjunction before a title run joins words of the title:
    "Secretary of State", "chairman and chief executive", "Marks and Spencer chairman";
    not "... a US attorney in New Jersey and President George H.W. Bush tapped him",
    where "and" joins two clauses."""
    if tok.lower_ in {"of", "for"}:
        return True
    prev = tok.doc[tok.i - 1]
    inside = {t.i for t in run}
    return tok.head.i in inside or any(
        c.dep_ == "conj" and (c.i in inside or name.start <= c.i < name.end) for c in prev.children
    )


def _describes_run(tok: Token, run: list[Token]) -> bool:
    """Whether `tok` is a lower-case adjective of the title words after it: "former" in
    "Labour former minister Jack Cunningham", "civil" in "former civil service chief
    Lord Butler". Without it the role stops short ("minister", "service chief") and says
    something the article does not: a former minister is no minister."""
    return tok.pos_ == "ADJ" and tok.dep_ == "amod" and any(tok.head.i == t.i for t in run)


def _has_sentences(doc: Doc) -> bool:
    """Whether sentence boundaries are set (a parser or a sentencizer ran)."""
    return doc.has_annotation("DEP") or doc.has_annotation("SENT_START")


def _apposition_role(
    span: Span, strict: bool = False, checked: bool = True, label: str = ""
) -> str | None:
    """Role from an apposition: "Hein Goemans, the director of X" (either order).

    `checked=False` skips the tests of a printable role (a word for one person, no
    clause, no "another"): what is left is the shape that tells a person, for typing.

    `strict` (one word the model did not call a person): only a phrase naming a job or a
    position counts, as any noun phrase would make "Bills, a huge amount of
    regulation" a person; for a person "an Israeli citizen" is a fine description.

    `label` (the model's) keeps a place's apposition a role to read: "Brazil, the
    largest sugar producer" is no firm (`_described_as_body`).
    """
    root = span.root
    candidates = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    doc = span.doc
    if root.dep_ == "appos" and root.head.i < span.start and not _object_of_preposition(span):
        candidates.append(root.head)
    for head in candidates:
        if head.text == "-" or (head.i + 2 < len(doc) and _hyphen_joined(doc, head.i + 1)):
            continue  # "vice - president": the parse's three appositions are one word
        if _org_noun(head, ORG_ONLY_NOUNS):
            continue  # "Def Jam's parent company, Universal": what a body is, not a role
        if head.i >= span.end and _possessive_mark_after(span):
            continue  # "Sanders' son, Tywanza": her son, no role of hers
        if head.i >= span.end and _employer_in_apposition(span, head):
            continue  # "Lance Friedmann, Kraft senior vice president": his employer
        if _described_as_body(head, span, label):
            continue  # "Beghin-Say (French sugar producer)": what a business is, not a job
        if head.i >= span.end and _verb_follows(head):
            continue  # "his lawyer, Martinez, a British barrister arrived": a new subject
        if (
            checked
            and head.pos_ == "NOUN"
            and not _describes_one_person(head)
            and not person_before_of(head, _describes_one_person)
        ):
            return None  # "Julian Assange, a top target of the US government": no role
        if head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.lower_ in TITLE_WORDS):
            role = _phrase_text(head, exclude=span, checked=checked)
            if role and (
                not strict
                or any(w.strip(".,").casefold() in TITLE_WORDS for w in role.split())
                or (head.pos_ == "NOUN" and head.lemma_.lower() in PERSON_NOUNS)
            ):  # "Felicity Ruby, a colleague of Bini": a word for a person is no job, but tells one
                return role
    return None


def _employer_in_apposition(span: Span, head: Token) -> bool:
    """The name stands in apposition to a person's name and the role follows it with no
    comma between: "said Lance Friedmann, Kraft senior vice president". The parser
    hangs the role on the name, but the name is the person's employer, as in "Kraft
    senior vice president Lance Friedmann"; the role is the person's."""
    root = span.root
    return (
        root.dep_ == "appos"
        and root.head.i < span.start
        and root.head.ent_type_ == "PERSON"
        and not any(t.is_punct for t in span.doc[span.end : head.i])
    )


def _object_of_preposition(span: Span) -> bool:
    """A preposition right before the name (an article between at most): "the head of
    Right to Rise USA", where the parser hung "USA" on "head" as an apposition. An
    apposition is set off by a comma, a dash or a bracket; the object of "of" is where
    the role is held, a body, not its holder."""
    i = span.start - 1
    if i >= 0 and span.doc[i].lower_ in {"the", "a", "an"}:
        i -= 1
    return i >= 0 and span.doc[i].lower_ in ROLE_PLACE_PREPOSITIONS


# The prepositions that join a role to where it is held ("head of", "analyst at",
# "spokesman for"); not a word the tagger may misread as one ("voters back Sanders").
ROLE_PLACE_PREPOSITIONS = frozenset({"of", "at", "for", "with", "from", "by"})


def _possessive_mark_after(span: Span) -> bool:
    """Whether a name ending in "s" has a bare apostrophe glued to it: "Sanders' son",
    a possessive the parser read as a name and its apposition (the mark taken for a
    closing quotation mark), which makes the son's word a role of Sanders."""
    doc = span.doc
    last = doc[span.end - 1]
    if span.end >= len(doc) or last.whitespace_ or not last.lower_.endswith("s"):
        return False
    return doc[span.end].text in _APOSTROPHES


_APOSTROPHES = frozenset({"'", "\u2019"})


FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})


# Nouns for what a person is, beside titles (TITLE_WORDS) and kin (PERSON_NOUNS), that
# the agent-noun endings of `_describes_one_person` do not catch.
ROLE_NOUNS = word_set(
    """
    citizen resident native national veteran volunteer victim survivor fan heir icon
    legend hero heroine ally rival critic bodyguard guard spy hacker graduate pupil
    alumnus alumna apprentice intern protege protégé mentor aide assistant deputy
    incumbent official expert specialist entrepreneur tycoon magnate mogul billionaire
    millionaire businessman businesswoman model athlete champion winner runner
    nanny maid butler chauffeur opponent mate lady gentleman surrogate fly-half
    scrum-half full-back centre-back fellow
    """
)


# Endings of agent nouns ("developer", "activist", "historian", "nominee"); a head with
# one of them is taken for a word for a person.
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ee", "man", "woman", "person", "ess", "ant")


def _describes_one_person(head: Token) -> bool:
    """Whether the head noun of an apposition can say what one person is: a title, an
    occupation or a relation ("a Spanish judge", "Adelson's bodyguard", "his wife").

    A plural is a group the person belongs to ("Mr Glazer's two sons, Avi and Joel"),
    and any other noun describes something else ("Julian Assange, a top target of the
    US government"; "the legal complaint named ..."): neither is a role to print beside
    the name.
    """
    if head.tag_ in PLURAL_NOUN_TAGS:
        return False
    doc = head.doc
    if head.i >= 2 and _hyphen_joined(doc, head.i - 1) and not doc[head.i - 1].whitespace_:
        return person_noun(doc[head.i - 2 : head.i + 1].text)  # "fly-half", "co-author"
    return person_noun(head.lemma_) or person_noun(head.text)


# Adverbs that open an apposition but belong to no role: "Jack Straw, now foreign
# secretary"; with the article after them ("now the Senate majority leader").
ROLE_ADVERBS = word_set("now currently also")


ROLE_ARTICLES = word_set("a an the")


# Honorifics a learned title can end with ("Labour spokesman Mr" of "... Mr Kemp"); not
# "professor" or "lady", which end roles ("law professor", "first lady").
TRAILING_HONORIFICS = word_set("mr mr. mrs mrs. ms ms. miss dr dr. messrs messrs. mister")


# "Republican vice presidential candidate Gov." of "... Gov. Mike Pence": an abbreviated
# title written before the name, cut off with the role.
SPELLED_TITLES = dict(item.split(":", 1) for item in word_lists("speaker_words")["spelled_titles"])


DANGLING_WORDS = word_lists("function_words")["dangling_words"]


def printable_roles(roles: list[str]) -> list[str]:
    """The roles of an actor that make sense beside the name on its pages, tidied: a
    trailing honorific of a learned title goes ("Labour spokesman Mr" of "Labour
    spokesman Mr Kemp"), as does an opening "now" and a trailing preposition whose
    object was cut off ("analyst at" of "analyst at <Advest Inc>"); a trailing
    abbreviated title is spelt out ("Texas Lt. Gov." of "Texas Lt. Gov. Dan Patrick" is
    "Texas lieutenant governor").

    Run once speakers are resolved. A bare relational title ("Chairman") stays: beside
    the name in its briefing the body is plain from the story; only an actor page,
    which gathers roles from many briefings, leaves it out (`model.says_what_alone`).
    """
    tidy: list[str] = []
    for role in roles:
        words = role.split()
        while words and (
            words[-1].casefold() in TRAILING_HONORIFICS
            or (len(words) > 1 and words[-1].casefold() in DANGLING_WORDS)
        ):
            words.pop()
        words = _spelled_out_titles(words)
        if words and words[0].casefold() in ROLE_ADVERBS:
            words.pop(0)
            if words and words[0].casefold() in ROLE_ARTICLES:
                words.pop(0)
        if not words:
            continue
        parts = [tidy_role(part) for part in _two_titles(words)]
        tidy.extend(" ".join(part) for part in parts if part)
    return _without_achievements(_without_employed_twins(fullest_roles(tidy)))


TITLE_QUALIFIERS = word_lists("speaker_words")["title_qualifiers"]


RANK_WORDS = word_lists("speaker_words")["rank_words"]


def _two_titles(words: list[str]) -> list[list[str]]:
    """A run of title words before a name that holds two roles, as two: "Democratic
    presidential candidate Senator" (of "... candidate Senator Bernie Sanders") is a
    "Democratic presidential candidate" and a "Senator"; "rival Democratic candidate
    former Secretary of State" is a candidate and a former Secretary of State. Read as
    one it calls him a kind of senator.

    The first role ends in a lower-case noun for a person after at least one other
    word, and not a word that ranks the next ("deputy Prime Minister", "vice
    President"); the second opens with a capitalised office ("Senator", "Secretary")
    or with "former" and one. A first role with a preposition or "and" in it is a
    phrase ("director of ... under President George W. Bush"), kept whole."""
    for i in range(2, len(words)):
        if any(word.casefold() in DANGLING_WORDS | {"under"} for word in words[:i]):
            break  # "director of X under President Y": a phrase, not a run of titles
        last, first = words[i - 1], words[i]
        if not (last.islower() and person_noun(last)) or last.casefold() in (
            TITLE_QUALIFIERS | RANK_WORDS | ROLE_MODIFIERS
        ):
            continue
        modifier = first.casefold() in ROLE_MODIFIERS
        office = words[i + 1] if modifier and i + 1 < len(words) else first
        if office[:1].isupper() and office.casefold().strip(".") in OFFICE_TITLES:
            return [words[:i], words[i:]]
    return [words]


ACHIEVEMENT_NOUNS = word_lists("speaker_words")["achievement_nouns"]


def _without_achievements(roles: list[str]) -> list[str]:
    """`roles` less a prize the person won ("2015 winner of the Erikson Prize for ..."),
    when another role says what the person does ("national enterprise reporter"): the
    prize describes an event, and beside the name it hides the job."""
    won = [_achievement(role) for role in roles]
    if all(won) or not any(won):
        return roles
    return [role for role, prize in zip(roles, won, strict=True) if not prize]


def _achievement(role: str) -> bool:
    """Whether the head of `role`, the word before its first "of"/"for"/"in" (or its
    last word), is a noun of a prize won (data: achievement_nouns)."""
    words = role.casefold().split()
    for index, word in enumerate(words):
        if index and word in {"of", "for", "in"}:
            return words[index - 1] in ACHIEVEMENT_NOUNS
    return bool(words) and words[-1] in ACHIEVEMENT_NOUNS


def _without_employed_twins(roles: list[str]) -> list[str]:
    """`roles` less a title that another role gives with its body: "analyst" beside
    "analyst of Prudential Bache Securities" (`_with_employer_after`; the speaker
    resolver learns the bare title from the same mention) says nothing more."""
    keys = [role.casefold() for role in roles]
    return [
        role
        for role, key in zip(roles, keys, strict=True)
        if not any(other.startswith(f"{key} {link} ") for other in keys for link in EMPLOYER_LINKS)
    ]


def _spelled_out_titles(words: list[str]) -> list[str]:
    """`words` with the abbreviated titles that end them spelt out ("Texas Gov." ->
    "Texas governor"), or left out after a noun of a person, which is the role already
    ("Democratic vice presidential nominee Sen." -> "... nominee"). A role that is only
    abbreviations is the title itself: "Rep." of "Rep. Lane Evans (D-Ill.)" is
    "Representative" (`_spelled_title`)."""
    end = len(words)
    while (
        end > 0
        and words[end - 1].endswith(".")
        and words[end - 1][:-1].casefold() in SPELLED_TITLES
    ):
        end -= 1
    if end == 0:
        return _spelled_title(words)
    if end == len(words):
        return words
    before = words[end - 1].casefold().strip(".,")
    if before in TITLE_WORDS or before in PERSON_NOUNS or before in ROLE_NOUNS:
        return words[:end]
    return words[:end] + [SPELLED_TITLES[word[:-1].casefold()] for word in words[end:]]


def _spelled_title(words: list[str]) -> list[str]:
    """A title written only in abbreviations, spelt out as a title is written before a
    name: "Rep." -> "Representative", "Lt. Gov." -> "Lieutenant Governor". A reader
    meets "Rep." beside the name on a page that has no name after it to make it a title.

    The party-state tag that follows such a name ("(D-Ill.)") stays out of the role: it
    is no part of the office, the role is gathered from every mention (most without the
    tag) and the actor page would list "Representative" and "Representative (D-Ill.)"
    as two roles; the tag stays where it was written, in the quoted sentence."""
    return [SPELLED_TITLES[word[:-1].casefold()].capitalize() for word in words]


def person_noun(word: str) -> bool:
    """Whether a singular noun can name what a person is: a title, a word for a person or
    a relative, or an agent noun ("developer", "activist", "nominee")."""
    word = word.casefold().strip(".,")
    if word in TITLE_WORDS or word in PERSON_NOUNS or word in ROLE_NOUNS:
        return True
    return word.endswith(AGENT_ENDINGS) and not word.endswith("ment")


def _verb_follows(head: Token) -> bool:
    """Whether the noun phrase of `head` opens with "a"/"an" and a finite verb follows
    it with no comma between: "Martinez, a female British barrister arrived" brings in
    someone new, the subject of a clause of its own. (Without the article, a missing
    comma is the usual slip: "Mark Serwotka, the leader of the union said".)"""
    doc = head.doc
    after = head.right_edge.i + 1
    return (
        doc[head.left_edge.i].lower_ in {"a", "an"}
        and after < len(doc)
        and doc[after].tag_ in FINITE_VERB_TAGS
    )


def _phrase_text(head: Token, exclude: Span, checked: bool = True) -> str | None:
    """The noun phrase headed by `head`, without its article and relative clauses."""
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i + 1
    if left < exclude.end <= right or left <= exclude.start < right:
        # the name sits inside the phrase ("the director of X, Hein Goemans"): cut it off
        right = min(right, exclude.start)
        if left >= right:
            return None
    right = possessive_tail(doc, right)  # "leader of France's far-right Front National party"
    if right is None:
        return None
    # Stop at the first comma, dash or relative pronoun after the head.
    for i in range(head.i + 1, right):
        if doc[i].text in {",", ";", "("} | DASHES or doc[i].lower_ in {
            "who",
            "whom",
            "which",
            "that",
            "whose",
            "where",
            "when",
        }:
            right = i
            break
    while left < head.i and (doc[left].lower_ in {"a", "an", "the", "also"} or doc[left].is_punct):
        left += 1
    if left >= 2 and _hyphen_joined(doc, left - 1):
        left -= 2  # "vice-president", "co-author": the parse may leave the prefix out
        while left > 0 and doc[left - 1].pos_ == "ADJ" and doc[left - 1].whitespace_:
            left -= 1  # and the adjectives before it: "the senior vice-president"
    if checked and doc[left].lower_ in KIND_DETERMINERS:
        return None  # "Mike Pompeo, another Adelson ally": said of him beside others
    if checked and doc[left].lower_ == "whose":
        return None  # "Dorothy Woods, whose husband, Navy SEAL Ty Woods, ...": his role
    if checked and any(
        doc[i].tag_ in FINITE_VERB_TAGS and not misread_noun(doc[i]) for i in range(left, right)
    ):
        return None  # a clause, not a noun phrase: "the legal complaint named X as ..."
    while right > head.i + 1 and (doc[right - 1].is_punct or doc[right - 1].lower_ in {"and"}):
        right -= 1
    if right - left > 22:
        return None
    owner = None
    if left < head.i and doc[left].lower_ in POSSESSIVE_PRONOUNS:
        owner = _possessor(doc[left]) if doc[left].lower_ in {"its", "their"} else None
        left += 1
    text = _join(doc, left, right)
    if owner:
        text = f"{owner} {text}"
    return text if text and len(text) <= 160 else None


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """Whether token `i` is a hyphen written between two words with no space."""
    return (
        doc[i].text == "-"
        and not doc[i].whitespace_
        and not doc[i - 1].whitespace_
        and doc[i - 1].is_alpha
    )


def _possessor(pronoun: Token) -> str | None:
    """The organisation "its" refers to: the nearest one named before it in the sentence.

    "Greenpeace said its director, Ann Lee, ..." gives Ann Lee the role "Greenpeace
    director" rather than "its director", which means nothing on her actor page.
    """
    sent_start = sentence_start(pronoun.doc, pronoun.i)
    for ent in reversed(pronoun.doc.ents):
        if ent.end <= pronoun.i and ent.start >= sent_start and ent.label_ == "ORG":
            return _join(pronoun.doc, ent.start, ent.end)
        if ent.end <= sent_start:
            break
    return None


def _join(doc: Doc, start: int, end: int) -> str:
    """The text of tokens [start, end) with single spaces."""
    return " ".join(doc[start:end].text.split())
