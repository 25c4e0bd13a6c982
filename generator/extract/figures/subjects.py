"""The subject of the clause a figure stands in, through relative clauses, controlled
verbs and stranded subjects: what "rose 8%" is said of.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract import figures_lexicon as lx
from generator.extract.figures.phrases import _np_text


def _subject_phrase(span: Span) -> tuple[str | None, bool]:
    """The subject of the verb governing the figure ("Tesla shares rose 8%" -> "Tesla shares").

    Only a subject that can be what the figure measures: the subject of the figure's own
    verb (or the noun of its participle clause), and not a name or a group of people.
    "Sibneft paid $1bn", "lawmakers voted to raise it to $8.70", "the banks asked the
    utility to prepay 45 mln dlrs": the subject says who acted, not what the amount is,
    and a key-figures table that reads "$1bn: Sibneft" misleads (issue 11). Such a
    subject is returned with False: the figure is about it (NewsQuant's concepts are
    often that entity) but the briefing cannot say what the figure is.
    """
    verb = _governing_verb(span)
    subject = _subject_of(verb)
    if subject is None or subject.like_num or subject.pos_ == "NUM":
        return None, True
    if subject.tag_ in ("VBN", "VBD", "VBZ", "VBP", "VB") and not subject.is_sent_start:
        return None, True  # "which some estimated would run to 200 mln guilders": a verb
        # the parser made the subject is no thing the figure measures ("Classified
        # increased 14.7 pct", opening a sentence, is a noun the tagger misread)
    if subject.lower_ in lx.NOT_COUNTED and subject.lower_ not in ("figure", "figures"):
        return None, True  # "the year on year rate": a time word is no description
    part = subject.lower_.rsplit("-", 1)[-1]
    if part in lx.PART_SUBJECTS - lx.OVER_HALF_NOUNS and _apposed_share(span):
        return None, True  # "A small number, 17%, said": the share restates the subject
        # ("A majority of members, 58 percent," says more: shares_told checks it)
    after = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
    if subject.text.isupper() and after is not None and after.text == ":":
        return None, True  # "NOTE: 1987 qtr includes ...": a label, not what it counts
    if subject.lower_ in lx.SUM_NOUNS and _in_of_phrase_of(span, subject):
        return None, True  # "A total of 53% of those polled said": the total is the figure
    if survey_verb_read_as_noun(subject):
        return None, True  # "Six pct forecast prices will fall": a share of those asked
    if subject.lemma_.lower() in lx.RECORD_NOUNS or subject.lower_ in lx.RECORD_NOUNS:
        shown = _shown_thing(subject, verb)
        if shown is False:
            return None, True  # "figures show a rise of 4 pct": the record is not counted
        if shown is not None:  # "Official figures show the reserves at 10.5 billion dlrs"
            return _np_text(shown), True
    agent = _names_an_agent(subject) or subject.lower_ in lx.TITLE_NOUNS
    agent = agent or subject.lemma_.lower() in lx.PERSON_SUBJECT_NOUNS  # "an expert forecast"
    return _np_text(subject), _own_subject(verb, subject) and not agent


def _shown_thing(record: Token, verb: Token | None) -> Token | bool | None:
    """What a record ("figures", "data": `lx.RECORD_NOUNS`) shows by a verb of showing,
    the noun its verb takes: "Official figures show the reserves at 10.5 billion dlrs",
    "growth figures showing Malaysia's economy expanded 7.1%" are the reserves' and the
    economy's. False when it shows by such a verb but no noun says what (the record is no
    description either); None when no verb of showing is there (the record stays)."""
    showing = [c for c in record.children if c.dep_ == "acl"]
    if verb is not None and record.head == verb:
        showing.append(verb)
    showing = [v for v in showing if v.lemma_.lower() in lx.SHOWING_VERBS]
    if not showing:
        return None
    for shows in showing:
        objects = [c for c in shows.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if objects:
            return objects[0]
    return False


def _in_of_phrase_of(span: Span, noun: Token) -> bool:
    """Whether the figure is the object of an "of" that hangs on `noun` ("a total of 53%")."""
    root = _number_head(span.root)
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head == noun


# The last words of the units of a percentage ("%", "pct", "per cent"), from the lexicon.
_PERCENT_WORDS = frozenset(
    unit.split()[-1] for unit, symbol in lx.PERCENT_SUFFIXES.items() if symbol == "%"
)


def survey_verb_read_as_noun(noun: Token) -> bool:
    """Whether a verb of saying or expecting (`lx.REPORTING_VERBS`) that a bare percentage
    is the subject of was read by the parser as a word of the noun after it.

    "54 pct forecast production would remain at present levels", "eight pct expected
    production to fall", "Six pct forecast prices will fall": the percentages are shares
    of those asked, and the noun is what they spoke of, not what was measured ("forecast
    production" was shown). A determiner before the number ("a 3 pct expected rise")
    makes it one noun phrase, which keeps its description.
    """
    doc = noun.doc
    for word in doc[noun.left_edge.i : noun.i]:
        if word.lemma_.lower() not in lx.REPORTING_VERBS or word.dep_ == "ROOT":
            continue
        unit = word.i - 1
        if unit < 1 or doc[unit].lower_ not in _PERCENT_WORDS:
            continue
        number = (
            unit - 2 if doc[unit].lower_ == "cent" and doc[unit - 1].lower_ == "per" else unit - 1
        )
        if number < 0 or not (doc[number].like_num or doc[number].pos_ == "NUM"):
            continue
        opener = doc[number - 1] if number > 0 else None
        if opener is None or opener.dep_ not in ("det", "poss"):
            return True
    return False


def _apposed_share(span: Span) -> bool:
    """Whether the figure stands between commas or dashes, set beside a noun ("A small
    number, 17%, said")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    marks = (",", "-", "\u2013", "\u2014", "(", ")")
    return before is not None and after is not None and before.text in marks and after.text in marks


_WH = frozenset({"WDT", "WP"})  # "which", "that", "who" as a clause's subject


# Verbs (lemmas) by which a count or a measure is its subject's: "exports were 469,100
# tonnes", "output totalled", "production fell to 20,000 tonnes".
_SUBJECT_MEASURES = (
    frozenset({"be", "total", "number"}) | lx.MEASURING_VERBS | lx.LEVEL_VERBS | lx.VALUING_VERBS
)


# How a count or a measure hangs on such a verb: as its complement or object, or after
# a preposition of a level ("fell to", "up from", "at", "against").
_MEASURED_DEPS = frozenset({"attr", "acomp", "dobj", "npadvmod", "oprd"})


_LEVEL_PREPS = frozenset(
    {"to", "from", "at", "by", "against", "of", "above", "below", "around", "vs", "vs.", "versus"}
)


def _in_subject(span: Span) -> bool:
    """Whether the figure modifies its clause's subject ("The 300-shareholder threshold
    has drawn anger"): the subject says what it counts, whatever the verb."""
    subject = _subject_token(span)
    node = span.root
    for _ in range(3):  # "300" -> "shareholder" -> "threshold", modifiers all the way
        if subject is None or node.i == subject.i:
            break
        if node.dep_ not in ("nummod", "compound", "amod", "quantmod", "nmod", "punct"):
            return False  # "the yen's rise in April to about 140": deeper in the phrase
        node = node.head
    return subject is not None and node.i == subject.i


def _measures_subject(span: Span, kind: str) -> bool:
    """Whether a count or a measure is its clause subject's own, by the verb that links them.

    "exports were 469,100 tonnes", "production fell to 20,000 tonnes": the subject is
    what is measured. "killing 15" (guards killed them), "the mugging occurred 100
    yards from the hotel", "at an average of 133,000 ounces a year over the life of the
    mine": the figure hangs on another verb or noun, and the subject is not what it
    counts; an editor would strike "15: guards". A measure is its subject's after a
    verb of having too ("the field, thought to contain a billion barrels"), and as the
    object of any verb ("winds gusting up to 60 km/h").
    """
    root = span.root
    for _ in range(3):  # "by $1 to $8.25": the parser hangs one number on another
        if root.dep_ in ("quantmod", "compound", "nummod") and root.head.pos_ in ("NUM", "SYM"):
            root = root.head
        elif root.dep_ in ("conj", "appos") and root.head.pos_ in ("NUM", "NOUN", "SYM"):
            root = root.head  # "would be 900 rupees per tonne, or seven barrels"
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in _LEVEL_PREPS and head.dep_ == "prep":
        root, head = head, head.head
        if head.lower_ in ("up", "down") and head.head is not head:
            head = head.head  # "up from 4.9%"
        if (head.like_num or head.lower_ in lx.UNIT_ONLY) and head.dep_ == "pobj":
            head = head.head.head  # "fell by 6.6 pct to 1,091,000": "to" hangs on "pct"
    elif root.dep_ not in _MEASURED_DEPS:
        return False
    lemma = head.lemma_.lower()
    if kind == "measure" and root.dep_ == "dobj" and head.pos_ == "VERB":
        return True  # "winds gusting up to 60 km/h": a measure a verb takes is its subject's
    having = kind == "measure" and lemma in lx.HAVING_VERBS
    return head.pos_ in ("VERB", "AUX") and (lemma in _SUBJECT_MEASURES or having)


# Nouns a sum may hang on and still be its clause subject's: "his net worth is in excess
# of $10 billion", "the expected amount of about £22,000", "a peak of 43%".
_PASSING_NOUNS = lx.APPROXIMATING_NOUNS | lx.SUM_NOUNS | lx.FRAME_NOUNS | lx.UNIT_ONLY


def _held_by_a_noun(span: Span) -> bool:
    """Whether a sum or a percentage is the object of a preposition that hangs on a noun
    of its own: then that noun, not the clause's subject, is what it is.

    "In the previous auction for 1,000 billion yen, the four majors took ...": the yen
    are the auction's, not the majors'; "profits will reach their 1985 level, despite
    provisions of a possible 480 mln marks" (issue 11: "1,000 billion yen | majors",
    "480 mln marks | disclosed profits"). A word of size or scale (`_PASSING_NOUNS`:
    "in excess of $10 billion") or another quantity ("4.66bn rupees ($106m)") passes
    the figure on to what it hangs on; the subject's own phrase ("consumer prices - at
    2.4% - rose") keeps it.
    """
    subject = _subject_token(span)
    subject_words = range(subject.left_edge.i, subject.right_edge.i + 1) if subject else range(0)
    node = _number_head(span.root)
    for _ in range(4):
        if node.dep_ != "pobj" or node.head.dep_ not in ("prep", "agent"):
            return False
        host = node.head.head
        if host.pos_ not in ("NOUN", "PROPN") or host.i in subject_words:
            return False
        quantity = host.like_num or any(c.like_num or c.pos_ == "NUM" for c in host.children)
        if host.lower_ not in _PASSING_NOUNS and not quantity:
            return True
        node = host
    return False


def _number_head(root: Token) -> Token:
    """The token a figure hangs on its sentence by: over the parser's number-on-number
    attachments ("by $1 to $8.25", "900 rupees per tonne, or seven barrels")."""
    for _ in range(3):
        if root.dep_ in ("quantmod", "compound", "nummod") and root.head.pos_ in ("NUM", "SYM"):
            root = root.head
    return root


def _on_terms(span: Span) -> bool:
    """Whether a sum or a percentage is the price a security turns into another at: after
    "at" hung on a word of converting (`lx.TERMS_WORDS`) or on a verb such a word
    completes. "The bonds will be convertible into common stock at 12.50 dlrs a share",
    "the options can be exercised at 10 dlrs a share": the stock's price, not the bonds'
    or the options' level; the subject says only whose the terms are.
    """
    node = _number_head(span.root)
    if node.dep_ != "pobj" or node.head.lower_ != "at" or node.head.dep_ != "prep":
        return False
    host = node.head.head
    words = (host.lemma_.lower(), host.lower_)
    if host.pos_ in ("VERB", "ADJ") and any(w in lx.TERMS_WORDS for w in words):
        return True
    return host.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "acomp" and c.lower_ in lx.TERMS_WORDS for c in host.children
    )


def _result_participle(span: Span) -> bool:
    """Whether a sum or a percentage is the object of an "-ing" clause that tells a result
    of its sentence ("the lowest was 98.33, giving 3.314 pct"): what it gives is not its
    subject's, unless the verb measures or levels ("..., ending at 1,200 points").
    """
    verb = _governing_verb(span)
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return verb.lemma_.lower() not in _SUBJECT_MEASURES


def _names_a_worth_holder(noun: Token) -> bool:
    """Whether a subject "worth" a sum has a worth, as a person or a body has ("the
    developer was worth more than 200m"), not a value, as a deal or a plan has."""
    return (
        noun.pos_ == "PROPN"
        or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or noun.lemma_.lower() in _WORTH_HOLDER_NOUNS
        or noun.lower_ in _WORTH_HOLDER_NOUNS
    )


#: Nouns of people and bodies, who have a worth of their own.
_WORTH_HOLDER_NOUNS = lx.AGENT_NOUNS | lx.PERSON_SUBJECT_NOUNS | lx.TITLE_NOUNS


def _valued_subject(doc: Doc, span: Span, subject: str, what: bool) -> str | None:
    """What a sum says of its subject: "machines that cost only £399" is the cost of the
    machines, "the developer was worth more than £200m" the developer's worth.

    The subject alone ("£399: machines", "£200m: developer") reads as the thing counted.
    A person or company worth a sum is what the sum is about, so it is kept even where
    the subject rule would only say whose the figure is.
    """
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in lx.APPROX:
        i -= 1
    verb = _governing_verb(span)
    relative = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in _WH for c in verb.children)
    worth = i >= 0 and doc[i].lower_ == "worth" and doc[i].head.pos_ not in ("NOUN", "PROPN")
    if worth and not relative:  # "a package for the chief executive, which was worth ..."
        plural = subject.endswith("s") and subject.split()[-1].islower()  # not "exports's"
        # a person's or a company's worth, a thing's value: "The deal is now worth 1.16
        # billion dlrs" read "deal's worth", "reconstruction's worth"
        owner = _subject_token(span)
        worthy = owner is not None and _names_a_worth_holder(owner)
        return f"{subject}'s worth" if worthy and not plural else f"value of {subject}"
    if what and verb.lemma_.lower() in lx.COST_VERBS:
        return f"cost of {subject}"
    lemma, root = verb.lemma_.lower(), span.root
    summed = root.head.lower_ == "of" and root.head.head.lower_ in lx.SUM_NOUNS
    placed = lemma in lx.PLACING_VERBS and (root.head.lower_ == "with" or summed)
    if subject.lower().split()[-1] in lx.WORK_NOUNS and (lemma in lx.TAKING_VERBS or placed):
        return f"takings of {subject}"  # "The movie took $28.5m": the film's takings
    return None


def _governing_verb(span: Span) -> Token:
    """The nearest verb (or the root) above the figure."""
    node = span.root
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT":
            break
        node = node.head
    return node


def _own_subject(verb: Token, subject: Token) -> bool:
    """Whether `subject` is the subject of `verb` itself, not of a clause around it.

    A verb shares the subject of the verb it is coordinated with or that it completes
    ("the market grew and was worth £1bn", "production is likely to fall to 20,000
    tonnes", "growth will slow to 0.9% before recovering to 1.6%"); a reported clause,
    or any clause with a subject of its own, does not ("the firm said it expects $5m":
    the firm is not what the $5m is).
    """
    if verb.dep_ == "acl" and subject.i == verb.head.i:
        return True  # "a bid valuing the club at £800m"
    stranded = _stranded_subject(verb) if verb.dep_ == "conj" else None
    if stranded is not None and stranded.i == subject.i:
        return True  # "... and Canada Savings Bonds fell 294 mln dlrs": the bonds' fall
    node = verb
    for _ in range(4):
        if subject.head.i == node.i or (
            node.dep_ in ("relcl", "conj") and subject.i == node.head.i
        ):
            return True  # "a vaccine that works, and costs $4 a dose": the vaccine's cost
        if node.dep_ not in ("conj", "xcomp", "acomp", "advcl", "pcomp", "prep") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in node.children
        ):
            return False
        node = node.head
    return False


def _names_an_agent(token: Token) -> bool:
    """A proper name or a noun for people: who did something, not what a figure measures."""
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    capitalised = token.text[:1].isupper() and not token.is_upper
    if capitalised and (  # "Sibneft" opening a sentence, and written so elsewhere
        not _opens_sentence(token)
        or any(t.text == token.text and not _opens_sentence(t) for t in token.doc)
    ):
        return True
    return token.lower_ in lx.AGENT_NOUNS


def _opens_sentence(token: Token) -> bool:
    """Whether only punctuation (an opening quotation mark) comes before `token` in its
    sentence: "“Inflation has come down" is capitalised as a sentence start."""
    return all(t.is_punct or t.is_space for t in token.doc[token.sent.start : token.i])


def _subject_token(span: Span) -> Token | None:
    """The nominal subject of the verb that governs the figure, if any."""
    return _subject_of(_governing_verb(span))


def _subject_of(verb: Token) -> Token | None:
    """The nominal subject of `verb`, through conjunctions, relative and reported clauses.

    A pronoun subject ("The company said it has 1,000 customers") is replaced by the
    subject of the enclosing clause, the cheapest resolution that is right in news
    sentences most of the time.
    """
    node = came_from = verb
    for _ in range(5):
        controller = _object_controller(node, came_from)
        if controller is not None:
            return controller
        subject = _nearest_subject(node)
        if subject is None and node.dep_ == "conj":
            subject = _stranded_subject(node)
        if subject is not None:
            if subject.lower_ in ("which", "who") or (
                subject.lower_ == "that" and node.dep_ == "relcl"
            ):
                head = node.head
                relative = node.dep_ == "relcl" or head.i == subject.i - 1
                return head if relative and head.pos_ in ("NOUN", "PROPN") else None
            if subject.pos_ not in ("PRON", "DET", "NUM") and subject.lower_ not in lx.PRONOUNS:
                return subject
            if subject.lower_ not in ("he", "she", "it", "they", "we"):
                return None
        # "a firm employing 500 people", "an engine tuned to produce 296hp" (not "plans to
        # cut 600 jobs" or "the quarter ended in June", whose noun is not the agent)
        if _agent_noun_of_acl(node, came_from):
            return node.head.head if node.head.dep_ == "appos" else node.head
        if node.dep_ not in ("conj", "xcomp", "advcl", "acl", "ccomp", "relcl", "pcomp"):
            return None
        came_from, node = node, _enclosing_verb(node)
        if node is None:
            return None
    return None


# What may stand inside a subject's noun phrase, before its head: "Canada Savings Bonds",
# "total Canadian dollar major assets", "the zinc production".
_NP_LEFT_DEPS = frozenset({"compound", "amod", "det", "nmod", "poss", "case", "punct"})


def _stranded_subject(verb: Token) -> Token | None:
    """The subject of a second clause that the parser took for a conjunct of the object
    before it: in "treasury bills rose 600 mln dlrs to 75.15 billion dlrs and Canada
    Savings Bonds fell 294 mln dlrs", "Bonds" is parsed as a conjunct of "dlrs" and
    "fell" is left with no subject, so the first clause's was taken (wire copy lists its
    money and trade series so). The noun phrase right before the verb, opened by "and"
    or "but", is the verb's subject.
    """
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1  # "and zinc production also dropped"
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN") or doc[i].head.i > verb.i:
        return None
    head = doc[i]
    for _ in range(3):  # "total ... assets of the chartered banks rose": the assets
        prep = head.head
        if head.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i < prep.i:
            if prep.head.pos_ not in ("NOUN", "PROPN") or prep.lower_ != "of":
                break
            head = prep.head
    start = head.i
    while start > 0 and doc[start - 1].dep_ in _NP_LEFT_DEPS and doc[start - 1].head.i <= head.i:
        start -= 1
    opener = doc[start - 1] if start > 0 else None
    if opener is None or opener.lower_ not in ("and", "but") or opener.dep_ != "cc":
        return None
    return head


def _nearest_subject(verb: Token) -> Token | None:
    """The subject of `verb`; of two, the one nearer before it.

    "In London, the area with the highest price, annual inflation rose to 7.1%": the
    parser gives "rose" two subjects; the one next to the verb is its own, the other a
    phrase set before the clause (a noun with a phrase of its own, then a comma; no
    quotation between, whose speaker follows it).
    """
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    before = [c for c in subjects if c.i < verb.i]
    if len(before) > 1:
        first, last = before[-2], before[-1]
        doc = verb.doc
        between = doc[first.right_edge.i + 1 : last.left_edge.i]
        close = all(t.dep_ in ("advmod", "aux", "neg") for t in doc[last.right_edge.i + 1 : verb.i])
        set_off = (
            any(t.text == "," for t in between)
            and not any(t.is_quote for t in doc[first.i : verb.i])  # a quote, then its speaker
            and any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in first.children)
        )
        if set_off and close and last.pos_ in ("NOUN", "PROPN"):
            return last  # set off by a comma: the earlier one is not the verb's
    return subjects[0] if subjects else None


def _object_controller(node: Token, came_from: Token) -> Token | None:
    """The object of `node` that is the subject of its infinitive `came_from`.

    "Airlines helped push the average up 15 points to end the day at 2406": who ends the
    day at 2406 is the average, the object of "push", not the subject "airlines" (object
    control, `lx.OBJECT_CONTROL_VERBS`). The subject of the verb above names what pushed,
    not what the figure measures (review 11).
    """
    if _moving_participle(came_from) and came_from.head.i == node.i and _finite(node):
        # "the report forecast total growth of 3.6% in 2004, slipping to 2.9% next year":
        # what slips is the growth forecast, not the report that forecast it ("set a
        # ceiling of 16.6 mln bpd, rising to 18.3 mln": a frame's level, told as before)
        obj = next((c for c in node.children if c.dep_ == "dobj" and _nominal(c)), None)
        if obj is not None and obj.lower_ not in lx.FRAME_NOUNS:
            return obj
    if came_from is node or came_from.dep_ != "xcomp" or came_from.head.i != node.i:
        return None
    if node.lemma_.lower() not in lx.OBJECT_CONTROL_VERBS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in came_from.children):
        return None  # "kept rising": a participle shares the subject
    return next((c for c in node.children if c.dep_ == "dobj" and _nominal(c)), None)


def _moving_participle(token: Token) -> bool:
    """A participle clause of rising or falling with no object of its own, after a comma
    ("..., slipping to 2.9% next year"): it tells how the main clause's object moved."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.lemma_.lower() in lx.RISE_WORDS | lx.FALL_WORDS
        and not any(c.dep_ in ("dobj", "nsubj") for c in token.children)
        and token.i > 0
        and any(t.text == "," for t in token.doc[token.left_edge.i - 1 : token.i])
    )


def _finite(verb: Token) -> bool:
    """A verb in the past or present tense: a clause of its own ("the report forecast
    ..."), not a participle or infinitive ("the option of redeeming the bonds ...")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP")


def _nominal(token: Token) -> bool:
    """A noun, or an adjective used as one ("the average", "the poor")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return token.lower_ not in lx.NOT_COUNTED and token.lower_ not in lx.PRONOUNS
    return token.pos_ == "ADJ" and any(c.dep_ == "det" for c in token.children)


def _agent_noun_of_acl(node: Token, came_from: Token) -> bool:
    """Whether `node` is a participle clause whose noun does what the clause says."""
    if node.dep_ != "acl" or node.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return node.tag_ == "VBG" or (node is not came_from and came_from.dep_ in ("xcomp", "advcl"))


def _enclosing_verb(token: Token) -> Token | None:
    """The nearest verb above `token` in the tree."""
    node = token.head
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def _moved_noun(doc: Doc, span: Span) -> str | None:
    """ "with sales down 3.1%", "profits up 8%,": the noun right before a move word.

    An absolute phrase has no verb, so the clause's subject ("a switch to new models
    hit Mercedes, with sales down 3.1%") is not what moved; the noun before "up" or
    "down" is. Only after "with" or a comma, so that "prices rose, up 2%" is left alone.
    """
    i = span.start - 1
    while i > 0 and doc[i].lower_ in ("just", "only", "about", "some", "nearly", "almost"):
        i -= 1  # "with private consumption up just 0.2%"
    if i < 2 or doc[i].lower_ not in ("up", "down", "off"):
        return None
    noun = doc[i - 1]
    if noun.pos_ != "NOUN" or noun.lower_ in lx.NOT_COUNTED or noun.lower_ in lx.UNIT_ONLY:
        return None
    j = noun.i
    while j > 0 and doc[j - 1].pos_ in ("NOUN", "ADJ", "PROPN", "DET", "PRON") and noun.i - j < 4:
        j -= 1
    if j == 0 or doc[j - 1].lower_ not in ("with", ","):
        return None
    return _np_text(noun)


def _adjacent_name(doc: Doc, span: Span) -> str | None:
    """ "Blackmores up 9.4 per cent", "Dow +0.2%": a name just before a market move.

    A name a preposition takes is where the moving thing went, not the thing: "those to
    Europe rose 17.7 pct" read "Europe" (the exports to Europe rose)."""
    i = span.start - 1
    while i >= 0 and span.start - i <= 3 and doc[i].lower_ in lx.MOVE_WORDS:
        i -= 1
    if i < 0 or i == span.start - 1 or doc[i].pos_ != "PROPN" or doc[i].ent_type_ == "DATE":
        return None  # not "the end of February was six pct"
    if doc[i].dep_ == "pobj" or (doc[i].head.dep_ == "pobj" and doc[i].dep_ == "compound"):
        return None  # "those to Europe rose 17.7 pct", "those to West Germany rose"
    j = i
    while j - 1 >= 0 and doc[j - 1].pos_ == "PROPN" and i - j < 3:
        j -= 1
    return doc[j : i + 1].text
