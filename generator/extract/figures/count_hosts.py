"""The single rules `counts` tries: the noun a figure is attached to, the object of a
change ("raised its stake to 8%"), the group surveyed, a list's name, the sentence's
topic.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract import figures_lexicon as lx
from generator.extract.figures.moves import _MOVE_HEDGES
from generator.extract.figures.phrases import _np_text, _phrase_after, _whole_of_end
from generator.extract.figures.subjects import (
    _WH,
    _governing_verb,
    _names_an_agent,
    _nominal,
    _subject_of,
)
from generator.extract.figures.tokens import _NP_WORD_POS
from generator.extract.figures.which import said_clause_ok, said_end
from generator.extract.figures_scan import Quantity
from generator.extract.figures_table import table_row


def _surveyed_group(
    doc: Doc, span: Span, of_phrase: tuple[str, Token] | None
) -> tuple[str, Token] | None:
    """ "14% of people aged 18 to 34 said they never vote": which people, and what they say.

    A share of a group of people ("people", "voters", "over-55s": `lx.SURVEYED_NOUNS`)
    is told by the words that pick the group out ("aged 18 to 34", "under 55", "who
    backed Labour") and by what the share says it does: "people" alone says nothing an
    editor could use. The group's words are read up to a comma or a clause; a reported
    clause follows as written, up to a few words ("people aged between 18 and 34 who
    said they never voted in general elections").
    """
    if of_phrase is None:
        return None
    text, head = of_phrase
    if head.lower_ not in lx.SURVEYED_NOUNS and not AGE_GROUP_NOUN_RE.fullmatch(head.lower_):
        said = _share_says(span) if _plural_things(head) else None
        if said and _whole_predicate(span, said):
            return f"{text} that {said}", head  # "local businesses that were no worse off"
        return of_phrase
    end = _group_end(doc, head.i + 1)
    group = text + doc[head.i : end].text[len(head.text) :]
    said = None if doc[end - 1].i > head.i and doc[head.i + 1].tag_ in _WH else _share_says(span)
    return (f"{group} who {said}" if said else group), head


def _plural_things(head: Token) -> bool:
    """Whether a share's whole is a plural common noun, not of people ("local businesses",
    "homes"): "70% of local businesses were no worse off" is those that were no worse off,
    and the page's "70% | local businesses" said all of them were counted."""
    return head.tag_ == "NNS" and head.is_lower and head.lower_ not in lx.NOT_COUNTED


def _whole_predicate(span: Span, said: str) -> bool:
    """Whether `said` (read by `_share_says` up to a few words) holds the whole of what
    the share's verb says, each of its phrases begun there to its end: "fund maternity
    leave at full or partial" cut "compensation" off, "came to the Library to sit" the
    rest of "to sit down and use it as a business centre"; a table cell reads a whole
    phrase or none. A clause of its own after the words ("and another 18% felt") is no
    part of it."""
    verb = span.root.head
    last = said.split()[-1]
    ends = [t.i for t in verb.doc[verb.i : verb.i + 12] if t.text == last]
    if not ends:
        return False
    end = ends[0]
    return all(
        child.right_edge.i <= end
        for child in verb.rights
        if child.left_edge.i <= end and child.dep_ not in ("punct", "cc")
    )


AGE_GROUP_NOUN_RE = re.compile(r"(?:over|under)-\d+s")


def _group_end(doc: Doc, i: int) -> int:
    """Where the words that pick out a group of people end ("aged between 18 and 34")."""
    n = len(doc)
    if i >= n:
        return i
    word = doc[i].lower_
    if word in ("aged", "under", "over", "above", "below"):
        j = i + 1
        if j < n and doc[j].lower_ == "between":
            j += 1
        start = j
        while j < n and (doc[j].like_num or (j > start and doc[j].lower_ in ("and", "to", "-"))):
            j += 1
        while j > start and not doc[j - 1].like_num:
            j -= 1
        return j if j > start else i
    if word in ("who", "that") and doc[i].tag_ in ("WP", "WDT"):
        j = i + 1
        while j < n and j - i <= 6 and not doc[j].is_punct and doc[j].dep_ != "cc":
            j += 1
        return j if j > i + 1 and any(t.pos_ == "VERB" for t in doc[i + 1 : j]) else i
    return i


def _share_says(span: Span) -> str | None:
    """What a share of people says it does, or does: "said they never voted in general
    elections", "disappeared from the electoral roll".

    Only where the share is the subject of the verb, of a reporting verb with a pronoun
    subject ("14% ... said they ...") or of any other verb ("did not vote", "smoke"), up
    to six words after it and no punctuation; a copula with nothing after it says nothing.
    """
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    doc = span.doc
    if not said_clause_ok(span, verb):
        return None  # "47 percent of Cuban Americans saying ...", "people Ericsson questioned"
    if verb.lemma_.lower() not in lx.SURVEY_VERBS:  # "12% of voters disappeared from the roll"
        before = [c.i for c in verb.children if c.dep_ in ("aux", "neg") and root.i < c.i < verb.i]
        start = min(before, default=verb.i)
        if any(t.is_punct for t in doc[root.i + 1 : start]) or verb.i - start > 3:
            return None
        j = _words_end(doc, verb.i + 1, 6)
        return doc[start:j].text.strip() if j > verb.i + 1 or verb.pos_ == "VERB" else None
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
        return _said_of_someone(verb, clause, subject)
    if subject is None or subject.lower_ not in ("they", "we", "it"):
        return None
    start = subject.i + 1
    j = _words_end(doc, start, 6)
    words = doc[start:j].text.strip()
    return f"{verb.text} {subject.text} {words}" if words else None


def _said_of_someone(verb: Token, clause: Token, subject: Token) -> str | None:
    """What a share of people said of someone or something, when the words say it whole:
    "38 percent of voters said Mr. Clinton should step down" ("said Mr. Clinton should
    step down"). Only a reported clause right after the verb that ends within a few words
    and holds no figure; a longer one is cut nowhere ("said the economy would grow")."""
    doc = verb.doc
    start, end = subject.left_edge.i, clause.right_edge.i + 1
    if start != verb.i + 1 or end - start > 7:
        return None
    words = doc[start:end]
    if any(t.is_punct or t.like_num for t in words):
        return None
    return f"{verb.text} {words.text}"


def _words_end(doc: Doc, i: int, limit: int) -> int:
    """Where up to `limit` words from token `i` end: at punctuation, not inside a name
    ("from the electoral roll in Northern Ireland", not "... in Northern")."""
    j = i
    while j < len(doc) and j - i < limit and not doc[j].is_punct and not doc[j].is_space:
        j += 1
    while j < len(doc) and j - i < limit + 4 and j > i and doc[j].ent_iob_ == "I":
        j += 1
    return said_end(doc, i, j)


def _stake_in(span: Span, of_phrase: tuple[str, Token] | None) -> tuple[str, Token] | None:
    """ "They own 29% of United": a stake in United, not United.

    A share of a company (a proper name alone after "of") with a verb of owning, buying
    or selling is a stake in it; "29%: United" would read as United's own figure.
    """
    if of_phrase is None or of_phrase[1].pos_ != "PROPN":
        return of_phrase
    text, head = of_phrase
    if re.sub(r"^(?:the|its|their)\s+", "", text.lower()) in lx.YARDSTICKS:
        return of_phrase  # "raise exports to 20 pct of Gross Domestic Product": no company
    verb = _governing_verb(span)
    if verb.lemma_.lower() not in lx.OWNING_VERBS:
        return of_phrase
    return f"stake in {text}", head


def _share_of_yardstick(span: Span, found: tuple[str, Token] | None) -> tuple[str, Token] | None:
    """ "debt is 140% of GDP": the debt's size against GDP, not GDP.

    A percentage "of" a measure of the whole economy (`lx.YARDSTICKS`) says how big
    something else is; "140%: country's gross domestic product" reads as the economy's
    own figure. With the subject of a copula or of a verb of a level (`lx.YARDSTICK_VERBS`:
    "the deficit reached 4.8% of national income") that is what is measured ("public
    sector debt as share of GDP"); otherwise the plain "share of gross domestic product".
    """
    if found is None:
        return None
    text, head = found
    plain = re.sub(r"^(?:the|its|their|a|an)\s+|^\S+['\u2019]s?\s+", "", text.lower())
    if plain not in lx.YARDSTICKS:
        return _rate_of_base(span, found)
    verb = _governing_verb(span)
    subject = _subject_of(verb) if verb.lemma_.lower() in lx.YARDSTICK_VERBS else None
    if subject is None and span.root.head.lower_ == "to":
        subject = _taken_to(verb, span.root.head)  # "raise exports to 20 pct of GDP"
    said = _np_text(subject) if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None
    first = subject.left_edge if subject is not None else None
    if said and first is not None and first.is_sent_start and first.pos_ not in ("PROPN",):
        said = said[:1].lower() + said[1:]  # "Remittances now represent 2% of GDP"
    return (f"{said} as share of {text}" if said else f"share of {text}"), head


def _taken_to(verb: Token, to: Token) -> Token | None:
    """The object a verb takes to a level ("raise exports to 20 pct of GDP", "cut the
    deficit to three pct of GDP"), however the parser hung "to": on the verb or on it."""
    target = to.head
    if target.i == verb.i:
        return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if target.dep_ == "dobj" and target.head.i == verb.i and target.pos_ == "NOUN":
        return target
    return None


def _rate_of_base(span: Span, found: tuple[str, Token]) -> tuple[str, Token]:
    """ "the jobless rate fell to 12.6% of the working-age population": the rate, taken
    of that population, not the population ("12.6%: working-age population (jobless
    rate)", the denominator shown as the thing). Only when the subject of the verb the
    figure hangs on is a rate (`lx.BASE_RATE_HEADS`) and the verb says its level or its
    move (`lx.YARDSTICK_VERBS`, `lx.RISE_WORDS`, `lx.FALL_WORDS`)."""
    text, head = found
    verb = _governing_verb(span)
    lemma = verb.lemma_.lower()
    if lemma not in lx.YARDSTICK_VERBS | lx.RISE_WORDS | lx.FALL_WORDS:
        return found
    subject = _subject_of(verb)
    if subject is None or subject.lower_ not in lx.BASE_RATE_HEADS:
        return found
    said = _np_text(subject)
    if not said or len(text.split()) > 3:
        return found
    if len(said.split()) + len(text.split()) > 5:  # a table cell: eight words at most
        said = " ".join(said.split()[-2:])  # "Denmark's seasonally adjusted unemployment rate"
    first = re.sub(r"['\u2019]s$", "", said.split()[0])  # "Spain's deficit": Spain
    if subject.left_edge.is_sent_start and not any(
        t.ent_type_ or t.pos_ == "PROPN" for t in subject.subtree if t.text == first
    ):
        said = said[:1].lower() + said[1:]  # "Unemployment rose to", not "Belgian"
    return f"{said} as share of {text}", head


def _changed_object(span: Span) -> str | None:
    """ "raise the minimum wage by $1 to $8.25", "cut prices by 10%": what was changed.

    A money or percent figure after "to", "by" or "from" on a verb with a noun object
    measures that object, not the verb's subject (who did the raising); after "by" on a
    verb of `lx.OBJECT_CHANGE_NOUNS` it is the change's size and says so ("cut in
    prices", "rise in minimum wage"), after "to" or "from" a level; so does a move
    after "up" or "down" ("helped push the average up 15 points": the average moved,
    not what pushed it).
    """
    root = span.root
    if (
        root.dep_ == "npadvmod"
        and root.head.pos_ == "VERB"
        and not any(c.like_num for c in root.children)
    ):
        # "by around 0.25 pesetas a kilo": the rate's noun roots the span; the sum is the
        # preposition's object
        root = next((t for t in span if t.dep_ == "pobj"), root)
    for _ in range(3):  # "by $1 to $8.25": the parser hangs "$1" on the other figure
        if root.dep_ in ("quantmod", "compound", "nummod") and root.head.pos_ in ("NUM", "SYM"):
            root = root.head
    averaged = _averaged_change(root)
    if averaged is not None:
        return averaged
    prep = root.head
    pushed = (
        root.dep_ in ("npadvmod", "pobj")
        and prep.lower_ in ("up", "down")
        and prep.dep_ in ("advmod", "prt", "npadvmod")
    )  # "took BP shares down a further 33p", "sent Reynolds shares up 4.5%"
    if not pushed and (
        root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("to", "by", "from", "at")
    ):
        return None
    verb = prep.head
    if pushed and verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN") and verb.i < prep.i:
        verb = verb.head  # "sent Reynolds shares up 4.5%": "up" hangs on the shares
    if verb.pos_ != "VERB":
        return None
    valued = verb.lemma_.lower() in lx.VALUING_VERBS
    if prep.lower_ == "at" and not valued:
        return None  # "sold shares at 50p": the price of a sale, not of the object
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not _nominal(obj) or obj.i > prep.i:
        # an "object" after the figure is an apposition the parser misread: "widened
        # to more than $60bn (£31.7bn), an all-time record" measures no record
        return None
    word = obj.lower_
    units = (lx.CURRENCY_SUFFIXES, lx.MINOR_CURRENCY, lx.MEASURE_UNITS, lx.UNIT_ONLY)
    if any(word in unit_words for unit_words in units):
        return None  # "shed 10 marks to 687", "added 15 sen to RM2.70": another figure's unit
    text = _np_text(obj)
    contest = lx.WINNING_VERBS | lx.TRAILING_VERBS
    if text and prep.lower_ == "by" and verb.lemma_.lower() in contest:
        return _margin(verb, obj, text)
    if text and prep.lower_ == "by" and verb.lemma_.lower() in lx.EXCEEDING_VERBS:
        subject = _subject_of(verb)
        over = _np_text(subject) if subject is not None and _nominal(subject) else None
        if over and subject is not None and subject.pos_ != "PROPN" and over[:1].isupper():
            over = over[:1].lower() + over[1:]  # "Exports outstripped ...": mid-phrase
        return f"excess of {over} over {text}" if over else None  # not "imports"
    if text and valued and verb.lemma_.lower() == "value":
        the = "" if obj.pos_ == "PROPN" else "the "  # "values Manchester United at £800m"
        return f"value of {the}{text}"  # "values the club at £800m"
    found = _with_in(obj.doc, (text, obj)) if text else None  # "the rise in prices to 6.3%"
    if found and prep.lower_ in ("to", "from") and obj.lower_ in lx.CHANGE_NOUNS:
        # "a half-point cut in base rates to 10 pct": the rates' level; with no thing
        # said ("received a reduction, to 600,000 dlrs from 1.6 mln dlrs, of its
        # guarantee") the level is none of the change's
        return _changed_thing(obj)
    said = found[0] if found else text
    change = lx.OBJECT_CHANGE_NOUNS.get(verb.lemma_.lower()) if _right_after_by(span) else None
    if said and change and not pushed and obj.lower_ not in lx.CHANGE_NOUNS:
        return f"{change} in {said}"  # "reducing annual capacity by 31 mln tonnes"
    return said


def _averaged_change(root: Token) -> str | None:
    """ "will raise prices an average of three pct", "raise prices by an average of three
    pct": the size of the change of the verb's object, said through "an average of" (an
    approximating noun, `lx.APPROXIMATING_NOUNS`); the subject raised them and is no
    thing measured."""
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ not in lx.APPROXIMATING_NOUNS:
        return None
    average = of.head
    by = average.head if average.dep_ == "pobj" and average.head.lower_ == "by" else None
    verb = by.head if by is not None else average.head
    if verb.pos_ != "VERB" or (by is None and average.dep_ not in ("dobj", "npadvmod")):
        return None
    change = lx.OBJECT_CHANGE_NOUNS.get(verb.lemma_.lower())
    obj = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.i < average.i and c is not average),
        None,
    )
    if change is None or obj is None or not _nominal(obj):
        return None
    said = re.split(r"\s+of\s+(?=.*\d)", _np_text(obj) or "")[0]  # "prices of 1987 models"
    return f"{change} in {said}" if said and not re.search(r"\d", said) else None


def _right_after_by(span: Span) -> bool:
    """Whether "by" comes right before the figure, past hedges ("by about 10%", "by a
    further 2 pct"): "by $1 to $8.25" gives the change once, the $8.25 is a level."""
    doc, i = span.doc, span.start - 1
    while i >= 0 and doc[i].lower_ in _MOVE_HEDGES:
        i -= 1
    return i >= 0 and doc[i].lower_ == "by"


def _margin(verb: Token, obj: Token, text: str) -> str:
    """What a figure after "by" on a verb of winning measures: "defeated Sanders by 20
    points" a margin over Sanders, "won Florida by 20 points" a margin in Florida, "won
    female voters by 10 points" a margin among them, "is leading Cruz by one point" a lead
    over Cruz, "trails Trump by 15 points" the lead of Trump; never the object itself.

    What is won is a place, a contest or a group of voters, never a rival: "was winning
    blacks by 28 points" is a margin among them, not over them."""
    lemma = verb.lemma_.lower()
    if lemma == "lead":
        return f"lead over {text}"
    if lemma in lx.TRAILING_VERBS:
        return f"lead of {text}"
    place = obj.ent_type_ in ("GPE", "LOC") or obj.lower_ in ("seat", "state", "election", "vote")
    group = obj.tag_ in ("NNS", "NNPS") and obj.ent_type_ not in ("GPE", "LOC")
    if obj.lower_ in lx.SURVEYED_NOUNS or (lemma == "win" and group):
        return f"margin among {text}"  # "won female voters by 10 points": not a margin over them
    return f"margin {'in' if place or lemma == 'win' else 'over'} {text}"


def _changed_thing(change: Token) -> str | None:
    """ "a cut in their base rates" -> "base rates": what a change noun changed."""
    for prep in change.rights:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if thing is not None and thing.pos_ in ("NOUN", "PROPN"):
                start = thing.left_edge.i
                while start < thing.i and (
                    thing.doc[start].dep_ == "det" or thing.doc[start].tag_ == "PRP$"
                ):
                    start += 1  # "their base rates" -> "base rates"
                return thing.doc[start : thing.i + 1].text  # "pre-tax profits", as written
    return None


def _participle(span: Span) -> str | None:
    """What was done with the amount, said by a past participle after it, and by whom.

    "a higher bid than the 27 dlrs per share offered by Waste Management": what was
    offered, by Waste Management (not by the clause's subject, ChemLawn); "the $2bn
    paid for the stake": what was paid for the stake. Only a participle with its agent
    or its purpose ("by", "for") says so.
    """
    for token in span:
        for verb in token.rights:
            if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i < span.end:
                continue
            for prep in verb.children:
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                phrase = _np_text(objects[0]) if objects else None
                if prep.dep_ == "agent" and phrase:
                    return f"{verb.text} ({phrase})"
                if prep.lower_ == "for" and phrase:
                    return f"{verb.text} for {phrase}"
    return None


def _agent_verb(span: Span) -> Token | None:
    """ "the utility earned $245m": the verb, when a money object's subject is who acted.

    What such an amount is, is what was earned, paid or sought; the subject names whose
    it is and follows in brackets. Verbs that measure their subject ("cost", "topped")
    are left to the subject rule, but for "lose" with a subject that is not a price: "the
    system could lose 1.4 billion dlrs" is a loss (said so: "loss (system)").
    """
    root = span.root
    asked = root.head if root.dep_ == "pobj" and root.head.lower_ == "for" else None
    if asked is not None and asked.head.pos_ == "VERB":
        verb = asked.head  # "the island state is asking for about $320m"
        subject = _subject_of(verb) if verb.lemma_.lower() in lx.ASKING_VERBS else None
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            return verb
    if root.dep_ == "conj" and root.head.dep_ == "dobj" and root.head.pos_ in ("NUM", "NOUN"):
        root = root.head  # "cut 1.6 billion dlrs in 1989 and 2.45 billion in 1990"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in lx.SUM_NOUNS:
        root = root.head.head  # "earned a total of 13 billion dlrs": what was earned
    verb = root.head
    lemma = verb.lemma_.lower()
    dobj = root.dep_ == "dobj" or _gapped_object(root)
    if not dobj or verb.pos_ != "VERB" or lemma not in lx.TRANSACTION_VERBS:
        return None
    subject = _subject_of(verb)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if lemma in lx.MEASURING_VERBS and not (lemma in lx.LOSING_VERBS and _loses_money(subject)):
        return None
    return verb


def _loses_money(subject: Token) -> bool:
    """ "the company lost 168 mln dlrs": a loss; "shares lost 12 cts", "gold lost $3": a move.

    A company, a lender, a system lose money; a price, a share, a currency or a
    commodity that "lost" an amount moved by it (`lx.MARKET_MOVERS`).
    """
    word = subject.lower_
    return word not in lx.MARKET_MOVERS | lx.GENERIC_SUBJECTS | lx.MONEY_NOUNS


def _with_of(doc: Doc, found: tuple[str, Token] | None, limit: int = 4) -> tuple[str, Token] | None:
    """A counted phrase with its "of" complement: "members of the public", "counts of fraud"."""
    if found is None:
        return None
    text, head = found
    j = head.i + 1
    if j >= len(doc) or doc[j].lower_ != "of" or head.lower_ in lx.NOT_COUNTED:
        return found
    tail = _phrase_after(doc, j + 1, limit=limit)
    if tail is None or tail[1].i - j > limit + 1:
        return found
    end = _whole_of_end(tail[1])
    if end is None:
        return found  # "judges of the U.S. Court" (of Appeals for the Ninth Circuit)
    return text + doc[head.i : end.i + 1].text[len(head.text) :], head


def _with_in(doc: Doc, found: tuple[str, Token] | None) -> tuple[str, Token] | None:
    """A change noun with what changed: "a 20% rise in pre-tax profits", not "rise".

    Only "in" and a noun phrase that is not a time ("a 0.6 pct increase in March").
    """
    if found is None or found[1].lower_ not in lx.CHANGE_NOUNS:
        return found
    text, head = found
    j = head.i + 1
    if j >= len(doc) or doc[j].lower_ != "in" or not text.endswith(head.text):
        return found  # also when the phrase already runs on past its head ("cut in rates")
    tail = _phrase_after(doc, j + 1, limit=4)
    if tail is None or tail[1].ent_type_ in ("DATE", "TIME") or tail[1].lower_ in lx.MONTHS:
        return found
    if tail[1].lower_ in lx.PREPOSITION_NOUNS:
        return found  # "a 4.3 pct reduction in compliance with the act": no compliance fell
    return text + doc[head.i : tail[1].i + 1].text[len(head.text) :], head


def _worth_of(doc: Doc, i: int) -> tuple[str, Token] | None:
    """ "50 years' worth of programmes": what the duration is worth of.

    After a possessive it is the possessed thing ("3.6 billion francs worth of the
    treasury's June 1997 tap": the tap, not the treasury), in its words without figures.
    """
    if i + 1 < len(doc) and doc[i].lower_ in ("worth", "'", "\u2019"):
        j = i + 1 if doc[i].lower_ == "worth" else i + 2
        if j < len(doc) and doc[j].lower_ == "of" and doc[j - 1].lower_ == "worth":
            return possessed_instead(doc, _phrase_after(doc, j + 1))
    return None


def of_object_noun(of: Token) -> tuple[str, Token] | None:
    """The noun an "of" after a sum takes, with the plain words before it, when the
    phrase opens on a figure or a hyphened word the phrase reader stops at: "200 mln
    dlrs of 20-year bonds rated AA" (the bonds; "bid for (Dealers)" was shown), "40 mln
    dlrs of 91-day Treasury bills" (not "average yield"), "of same-rated, same-maturity
    8-1/2 pct notes" (the notes, not the company that issued them). Units, numbers and
    hyphened words are left out; a pronoun or a name alone is no such noun."""
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lower_ in lx.UNIT_ONLY | lx.NOT_COUNTED:
        return None
    doc, k = of.doc, obj.i
    while k - 1 > of.i:
        word = doc[k - 1]
        glued = k - 2 >= 0 and doc[k - 2].text == "-" and not doc[k - 2].whitespace_
        if not word.is_alpha or word.pos_ not in ("NOUN", "PROPN", "ADJ") or glued:
            break
        if word.lower_ in lx.UNIT_ONLY or word.lower_ in lx.PERCENT_SUFFIXES:
            break
        k -= 1
    return doc[k : obj.i + 1].text, obj


def possessed_instead(doc: Doc, found: tuple[str, Token] | None) -> tuple[str, Token] | None:
    """A phrase read after "of" that is a possessor is the possessed thing's: "worth of
    the treasury's June 1997 tap" is the tap's, "40 mln dlrs of the group's 300 mln dlr
    bond issue" the issue's (not "treasury", "group"); in its words without figures, and
    none when no noun is possessed."""
    if found is None or found[1].i + 1 >= len(doc) or doc[found[1].i + 1].tag_ != "POS":
        return found
    thing = found[1].head
    if thing.pos_ != "NOUN" or thing.i <= found[1].i:
        return None
    k = thing.i
    while k - 2 > found[1].i and doc[k - 1].is_alpha and doc[k - 1].pos_ in _NP_WORD_POS:
        k -= 1
    return doc[k : thing.i + 1].text, thing


LIST_NAME_RE = re.compile(
    r"(?:^|(?<=[\s:;,(]))((?:The |the )?[A-Z][\w&.'\u2019-]*"
    r"(?: (?:[A-Z][\w&.'\u2019-]*|&|\d{2,4})){0,4})"
    r"\s*,?\s*(?:up|down|by|off|\+|-|\u2212|\u2013)?\s*$"
)


def _signed(text: str, q: Quantity) -> bool:
    """Whether the figure is written with a sign ("+0.2%", "-1.5%"), as in a market list."""
    first = text[q.start : q.start + 1]
    return (first != "" and first in "+-\u2212") or text[q.start - 1 : q.start] == "+"


def _list_name(text: str, q: Quantity) -> str | None:
    """ "Dow +0.2%", "Unite Group, down 68p", "Burlington by 2.6%": a name in a market list.

    Only a capitalised name immediately before the figure, with at most a comma and a
    move word ("up", "down", "by", a sign) between them; a verb between them ("Apple
    rose 3%") leaves the figure to the subject of the clause.
    """
    window = text[max(0, q.start - 60) : q.start]
    window = window[max(window.rfind("\n"), window.rfind("%"), window.rfind("."), -1) + 1 :]
    signed = _signed(text, q)
    match = LIST_NAME_RE.search(window)
    if not match:
        return None
    moved = window[match.end(1) :].strip(" ,")
    if not moved and not signed:
        return None
    prefix = window[: match.start(1)].strip()
    if moved == "by" and not (prefix in ("", "and", ", and") or prefix[-1:] in (",", ";", ":")):
        return None  # "cut prices at Dover and Hull by 5%": a place, not a list entry
    name = re.sub(r"^(?:The|the) ", "", match.group(1))
    if name.lower() in lx.NOT_NAMES or len(name) < 2:
        return None
    return name


def _of_host(doc: Doc, span: Span) -> str | None:
    """ "the deaths of 12 people", "a squad of 25 players": the noun a counted phrase is of.

    Not a bare noun right after a preposition, part of a fixed phrase ("on behalf of 16
    companies", "out of port of 20 vessels")."""
    i = span.start - 1
    while i >= 0 and span.start - i <= 3 and doc[i].lower_ in lx.APPROX | {"the", "its", "their"}:
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return None
    host = doc[i - 1]
    if host.pos_ != "NOUN" or not host.is_alpha or host.lower_ in lx.NOT_COUNTED | lx.NOT_HOSTS:
        return None
    if host.lower_ in lx.UNIT_ONLY or host.lower_ in lx.MEASURE_UNITS:
        return None  # "one pct of the 40 billion checks written": a share, no host
    if i >= 2 and doc[i - 2].pos_ == "ADP":
        return None
    return _np_text(host)


def _bracket_host(doc: Doc, span: Span) -> str | None:
    """ "John Gant (0.5 WAR)", "the jobless rate (5.2%)": the noun a bracketed figure describes."""
    i = span.start - 1
    if i >= 1 and doc[i].lower_ in ("up", "down", "about", "around", "+", "-"):
        i -= 1
    if i < 1 or doc[i].text != "(":
        return None
    host = doc[i - 1]
    if host.pos_ not in ("NOUN", "PROPN") or host.lower_ in lx.NOT_COUNTED:
        return None
    if any(c.isdigit() for t in doc[max(0, i - 3) : i] for c in t.text):
        return None  # "8 miles (13km)": a conversion, shared in _share_parenthetical_counts
    return _np_text(host)


def _copula_subject(doc: Doc, span: Span) -> str | None:
    """ "Unemployment is 5.2%", "the MSRP is $33,790": the subject of a copula before the figure.

    Read from the words, because the parser often hangs a number after "is" elsewhere.
    """
    i = span.start - 1
    while i >= 0 and span.start - i <= 3 and doc[i].lower_ in lx.APPROX:
        i -= 1
    if i < 1 or doc[i].lower_ not in lx.COPULAS:
        return None
    cop = doc[i]
    subject = next((c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and cop.dep_ == "aux":
        subject = next((c for c in cop.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that", "who"):
        subject = cop.head if cop.dep_ == "relcl" else None  # "a country that is 90 miles wide"
    if subject is None:
        subject = _noun_before(doc, i)
    if subject is None or subject.pos_ in ("PRON", "NUM", "DET") or subject.lower_ in lx.PRONOUNS:
        return None
    if subject.lower_ in lx.NOT_COUNTED:
        return None
    return _np_text(subject)


TIME_FRAME_BEFORE_RE = re.compile(
    r"\b(?:in|on|at|over|during|within|since|after|before|until|from|the|last|past|next|coming|"
    r"first|recent)\s+(?:\w+\s+)?$",
    re.I,
)


TIME_FRAME_AFTER_RE = re.compile(
    r"^\W{0,2}(?:ago|later|earlier|before|after|on|since|into)\b", re.I
)


def _time_adverbial(text: str, q: Quantity) -> bool:
    """ "two years later", "over the past three months": a duration that dates, not measures."""
    before = text[max(0, q.start - 24) : q.start]
    return bool(
        TIME_FRAME_BEFORE_RE.search(before) or TIME_FRAME_AFTER_RE.match(text[q.end : q.end + 12])
    )


def _direct_subject(span: Span) -> str | None:
    """The subject of the verb the figure hangs on, not looked for beyond that clause.

    For durations: "the crime is punishable by three years in prison", "the field can
    produce oil for 25 years"; a pronoun ("we have two months") gives nothing.
    """
    node = span.root
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT":
            break
        node = node.head
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("which", "that", "who") and node.dep_ == "relcl":
        subject = node.head
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.lower_ in lx.PRONOUNS:
        return None
    return _np_text(subject)


def _noun_before(doc: Doc, i: int) -> Token | None:
    """The nearest noun before token `i` in its clause ("the voltage across it was")."""
    for j in range(i - 1, max(-1, i - 6), -1):
        token = doc[j]
        if token.pos_ in ("NOUN", "PROPN") or (
            token.is_alpha and token.is_upper and len(token) > 1 and token.pos_ != "PRON"
        ):
            return token
        if token.pos_ not in ("PRON", "ADP", "DET", "ADV", "ADJ") or token.is_sent_start:
            return None
    return None


def _prep_host(span: Span) -> str | None:
    """ "a grounding for three months": the noun a duration's preposition hangs on."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("for", "over", "after"):
        return None
    host = prep.head
    if host.pos_ != "NOUN" or host.lower_ in lx.NOT_COUNTED:
        return None
    return _np_text(host)


def _sentence_topic(span: Span) -> tuple[str | None, bool]:
    """The first noun phrase of the sentence: what a verbless or list sentence is about.

    A last resort for money, percentages and measures ("Homes from $750,000 to $1m stay
    70 days"), where a figure with no stated subject is still about the sentence topic.
    A name or a noun for people is returned with False, as in `_subject_phrase`.
    """
    for chunk in span.sent.noun_chunks:
        if chunk.end >= span.start:
            return None, True  # "includes after-tax 82 mln dlr": a modifier, not the topic
        root = chunk.root
        if root.pos_ in ("PRON", "NUM") or root.like_num or root.lower_ in lx.NOT_COUNTED:
            continue
        if root.text.isupper() and root.i + 1 < len(root.doc) and root.doc[root.i + 1].text == ":":
            continue  # "NOTE: 1987 qtr includes ...": a label, not the topic
        return _np_text(root), not _names_an_agent(root)
    return None, True


def _with_at(span: Span) -> tuple[str, Token] | None:
    """ "with imports at 1.55 billion dlrs, ... and exports at 1.65 billion": the noun a
    figure is given for by "at" in a clause opened by "with" (or a conjunct of it) is
    what it counts; the sentence's subject ("Total trade fell") is not."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "at" or prep.dep_ != "prep":
        return None
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.lower_ in lx.NOT_COUNTED:
        return None
    first = noun
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":
        first = first.head
    verbless = first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX")  # ", and exports at"
    if not verbless and (first.dep_ != "pobj" or first.head.lower_ != "with"):
        return None
    nearer = [t for t in noun.doc[noun.i + 1 : prep.i] if t.pos_ == "NOUN" and t.dep_ == "conj"]
    if nearer:
        noun = nearer[-1]  # "exports at 4.91 billion and imports, both FOB, at 6.76 billion"
    said = _np_text(noun)
    return (said, noun) if said else None


def _table_label(text: str, start: int) -> str | None:
    """What a value of a wire results row counts ("Shr loss 12 cts" -> "loss per share")."""
    row = table_row(text, start)
    return row.counts if row else None


def _skip_parenthetical(doc: Doc, i: int) -> int:
    """The token after a bracketed aside ("8 miles (13km) of tunnels"), or `i`."""
    if i < len(doc) and doc[i].text == "(":
        for j in range(i + 1, min(i + 10, len(doc))):
            if doc[j].text == ")":
                return j + 1
    return i


def _from_owner(head: Token) -> str | None:
    """ "a 5.1 billion dlr bid from Amoco": the name the counted thing comes from.

    The clause's subject would name who received it ("Dome, which has accepted a ...
    bid from Amoco" is not Dome's bid).
    """
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
            name = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if name is not None and name.ent_type_ in ("ORG", "PERSON"):
                return _np_text(name)  # not "users from Canada": a place says where
    return None


def _gapped_object(root: Token) -> bool:
    """ "cut 1.6 billion in 1989 and 2.45 billion in 1990": the second amount, which the
    parser joins to the verb, is its object too (the verb is left out before it)."""
    verb = root.head
    return (
        root.dep_ == "conj"
        and root.i > verb.i
        and verb.pos_ == "VERB"
        and any(
            c.dep_ == "dobj" and c.pos_ in ("NUM", "NOUN") and c.i < root.i for c in verb.children
        )
    )


# A share written as a number with a percent word, as the other side of a pair of shares.
_SHARE = r"(\d+(?:\.\d+)?)(?:%|\s?(?:percent|per\s+cent|pct)\b)?"
_PAIR_AFTER_RE = re.compile(rf"\s*(?:to|-|\u2013)\s*(?:about\s+)?{_SHARE}")
_PAIR_BEFORE_RE = re.compile(rf"{_SHARE}\s*(?:to|-|\u2013)\s*(?:about\s+)?$")
_RANGE_OPENERS = frozenset({"from", "between", "of", "at"})
_NAME_LABELS = ("PERSON", "ORG", "NORP", "GPE")
_RIVAL_DEPS = frozenset({"dobj", "dative", "npadvmod", "attr", "oprd"})


def _contest_share(span: Span, value: float) -> str | None:
    """Whose share a percentage is when a contest sets two side by side.

    "Trump leads Clinton by 46 percent to 35 percent": 46 percent is Trump's support and 35
    percent Clinton's, not the lead over Clinton nor Clinton herself (blind review 24:
    "43 percent | lead over Trump" was Clinton's share); "a small lead over Sanders, 46
    percent to 44 percent" is no "survey". The pair follows a contest word
    (`lx.CONTEST_VERBS`, `lx.CONTEST_RESULT_VERBS`, `lx.CONTEST_NOUNS`) in its sentence,
    among words of a vote or a poll, the leader's share first (a range such as "3% to
    3.5%" climbs, and "from 71 to 55 percent" is a move). The leader is the contest
    verb's subject, or who holds the lead; the rival its object, or who the lead is
    "over", or the name "for" whom the second share was cast. "Support" is true of a
    poll and of a result ("won Latino voters by 71 percent to 27 percent"), where "share
    of the vote" is not true of a poll that "would beat" a rival. A name that cannot be
    read is left out: "support" alone is true.
    """
    doc = span.doc
    root = span.root
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "at"
        and root.head.head.lower_ in lx.CONTEST_NOUNS
        and _contest_context(doc, root.i)
    ):
        name = _contest_leader(root.head.head)  # "the Conservatives with a lead at 38.5 pct"
        return f"support ({name})" if name else "support"
    text = doc.text
    start, end = span.start_char, span.end_char
    after = _PAIR_AFTER_RE.match(text, end, min(len(text), end + 30))
    before = _PAIR_BEFORE_RE.search(text, max(0, start - 30), start)
    if after and not before:
        first, other, pair_start, second_end = True, float(after.group(1)), start, after.end()
    elif before and not after:
        first, other, pair_start, second_end = False, float(before.group(1)), before.start(), end
    else:
        return None
    leading, trailing = (value, other) if first else (other, value)
    opener = doc.char_span(pair_start, pair_start + 1, alignment_mode="expand")
    if opener is None or leading == trailing:
        return None
    i = opener.start
    if i > 0 and doc[i - 1].lower_ in _RANGE_OPENERS:
        return None  # "from 71 percent to 55 percent", "between 25 and 30 pct"
    anchor = _contest_anchor(doc, i)
    if anchor is None or (leading < trailing) != (anchor.lemma_.lower() == "trail"):
        return None
    if first:
        name = _contest_leader(anchor)
    else:
        last = doc.char_span(second_end - 1, second_end, alignment_mode="expand")
        name = _contest_rival(anchor, last.end if last is not None else span.end)
    return f"support ({name})" if name else "support"


# Entity types of a candidate or a party a poll gives a share to (none: a name the small
# model left untagged); a place "at 19 percent" has a share of something else.
_CANDIDATE_TYPES = frozenset({"PERSON", "ORG", "NORP", ""})


def _named_at_share(span: Span) -> str | None:
    """ "followed by Texas Senator Ted Cruz at 17 percent", "found Trump at 35 percent":
    in a poll or a vote (`_contest_context`), a percentage "at" which a named candidate
    stands is that candidate's support, not the poll's ("17 percent | latest poll") nor
    the subject's. Only with the name right before "at"; after a verb ("closed at 5
    percent") it says nothing of whose."""
    root, doc = span.root, span.doc
    at = root.head
    if root.dep_ != "pobj" or at.lower_ != "at" or at.i != span.start - 1 or at.i == 0:
        return None
    holder = doc[at.i - 1]  # the parser hangs "at" on the verb as often as on the name
    if holder.pos_ != "PROPN" or holder.ent_type_ not in _CANDIDATE_TYPES:
        return None  # "twice as high in Utah at 19 percent": a place's share of something
    if not _contest_context(doc, root.i) or any(t.dep_ == "neg" for t in span.sent):
        return None  # "22 percent saying they would not support him, Pataki at 20 percent"
    name = _contest_name(holder)
    return f"support ({name})" if name else None


def _contest_context(doc: Doc, i: int) -> bool:
    """Whether a word of a vote or a poll (`lx.CONTEST_CONTEXT_WORDS`) stands in the
    sentence of token `i` or in the two before it: a market share or a market's move
    ("Apple leads Samsung 35 percent to 30 percent") is no one's support."""
    start = doc[i].sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    return any(t.lower_ in lx.CONTEST_CONTEXT_WORDS for t in doc[start : doc[i].sent.end])


def _contest_anchor(doc: Doc, i: int) -> Token | None:
    """The contest word nearest before token `i` in its sentence, within 12 words, in the
    context of a vote or a poll (`_contest_context`)."""
    if not _contest_context(doc, i):
        return None
    sentence_start = doc[i].sent.start
    for j in range(i - 1, max(sentence_start, i - 12) - 1, -1):
        token = doc[j]
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in lx.CONTEST_VERBS | lx.CONTEST_RESULT_VERBS:
            return token
        if token.pos_ == "NOUN" and token.lower_ in lx.CONTEST_NOUNS:
            return token
    return None


def _contest_leader(anchor: Token) -> str | None:
    """Who leads: the contest verb's subject or the name right before it ("shows Trump
    leading"), or who holds the lead ("Clinton's lead", "Clinton with a lead", "Clinton
    has a lead")."""
    if anchor.pos_ == "VERB":
        name = _contest_name(_subject_of(anchor))
        before = anchor.doc[anchor.i - 1] if anchor.i > 0 else None
        if name is None and before is not None and before.pos_ == "PROPN":
            name = _contest_name(before)  # "the poll shows Trump leading Clinton 44 to 37"
        return name
    for child in anchor.children:
        if child.dep_ == "poss":
            return _contest_name(child)
    head = anchor.head
    if anchor.dep_ == "pobj" and head.lower_ == "with":
        holder = head.head
        if holder.pos_ == "VERB":  # "finds Clinton with a small lead"
            holder = next((c for c in holder.children if c.dep_ == "dobj" and c.i < head.i), None)
        return _contest_name(holder)
    if anchor.dep_ == "dobj" and head.pos_ == "VERB":
        return _contest_name(_subject_of(head))
    return None


def _contest_rival(anchor: Token, after: int) -> str | None:
    """Who trails: the name "for" whom the second share was cast ("27 percent for Mitt
    Romney"), else the contest verb's object ("leads Clinton"), else who the lead is
    "over"."""
    doc = anchor.doc
    if after < len(doc) and doc[after].lower_ == "for":
        cast = next((c for c in doc[after].children if c.dep_ == "pobj"), None)
        return _contest_name(cast)
    if anchor.pos_ == "VERB" and anchor.lemma_.lower() != "win":
        rivals = (c for c in anchor.rights if c.dep_ in _RIVAL_DEPS and c.pos_ == "PROPN")
        obj = next(rivals, None)  # "leads Trump 43 percent to 38 percent": "Trump" is no dobj
        if obj is not None:
            return _contest_name(obj)
    over = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "over"), None)
    if over is not None:
        return _contest_name(next((c for c in over.children if c.dep_ == "pobj"), None))
    return None


def _contest_name(token: Token | None) -> str | None:
    """The name `token` is part of (a person, party, organisation or place), else None:
    "voters" or "the survey" is nobody's share."""
    if token is None:
        return None
    doc = token.doc
    ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
    named = ent is not None and ent.label_ in _NAME_LABELS and token.text[:1].isupper()
    if token.pos_ != "PROPN" and not named:
        return None
    left = right = token.i  # the proper nouns around it: "Obama" of a misread "Obama won Latino"
    while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left].ent_iob_ != "B":
        left -= 1
    while (
        right + 1 < len(doc) and doc[right + 1].pos_ == "PROPN" and doc[right + 1].ent_iob_ == "I"
    ):
        right += 1
    if ent is not None:
        left, right = max(left, ent.start), min(right, ent.end - 1)
    if left > 0 and doc[left - 1].text.rstrip(".") in lx.TITLE_ABBREVIATIONS:
        left -= 1  # "Mr Brandt", as "margin over Mr Ortiz"
    return doc[left : right + 1].text if right - left < 5 else None


def _price_for(span: Span) -> str | None:
    """ "ordered 30 Airbus A320 planes for $1.8bn": a sum after "for" on a verb of
    purchase (`lx.PRICE_VERBS`) is the price of the verb's object, never the buyer that
    is the clause's subject (blind review 24: "$1.8bn | low-cost airline")."""
    root = span.root
    prep = root.head
    if root.dep_ == "dobj":
        return _paid_for(span)
    if root.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.PRICE_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if obj is None or not _nominal(obj) or any(c.dep_ == "conj" for c in obj.children):
        return None  # "its gloves and antiseptics businesses": not the gloves' price
    doc = span.doc
    if any(t.lower_ == "for" for t in doc[obj.right_edge.i + 1 : prep.i]):
        return None  # "sell X to MCA for 387 mln and its station KHJ to Disney for 217 mln"
    words = (_np_text(obj) or "").split()
    while words and (re.search(r"\d", words[0]) or words[0].lower() in _COUNT_WORDS):
        words.pop(0)  # "11 mln newly issued shares": the shares, not "mln newly issued"
    if words and words[0].lower() == "of":
        return None
    return f"price of {' '.join(words)}" if words else None


def _paid_for(span: Span) -> str | None:
    """ "Harlow paid about three billion dlrs for Benton Chemicals": the sum a verb of
    paying (`lx.PAYING_VERBS`) takes, with "for" and a thing after it, is that thing's
    price; a person, a time or a figure after "for" is no thing bought ("paid 5 mln dlrs
    for the year", "for Smith")."""
    verb = span.root.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.PAYING_VERBS:
        return None
    preps = [*span.root.children, *verb.children]  # "for" on the sum or on the verb
    prep = min((c for c in preps if c.dep_ == "prep" and c.i >= span.end), default=None)
    if prep is None or prep.lower_ != "for":
        return None
    thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if thing is None or not _nominal(thing) or thing.ent_type_ in ("PERSON", "DATE", "TIME"):
        return None
    if thing.lower_ in lx.NOT_COUNTED or any(c.dep_ == "conj" for c in thing.children):
        return None
    words = (_np_text(thing) or "").split()
    if not words or re.search(r"\d", " ".join(words)) or words[0].lower() in _COUNT_WORDS:
        return None
    return f"price of {' '.join(words)}"


# Words of another figure that may open the bought thing's phrase: "one mln shares".
_COUNT_WORDS = lx.UNIT_ONLY | frozenset(lx.SCALE_WORDS) | frozenset(lx.UNITS_WORDS)
