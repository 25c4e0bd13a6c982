"""The noun phrase after or before a number ("of the vote", "inhabitants") cut to the
words a reader needs, as text (`_np_text`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract import figures_lexicon as lx
from generator.extract.figures.tokens import _NP_WORD_POS


def _phrase_after(doc: Doc, i: int, limit: int = 5) -> tuple[str, Token] | None:
    """A short noun phrase starting at token `i` (determiners skipped): text and head."""
    n = len(doc)
    while i < n and (
        (doc[i].pos_ in ("DET", "PRON") and doc[i].dep_ in ("det", "poss"))
        or _year_before_noun(doc, i)  # "of its 1985 assets": the assets
    ):
        i += 1
    start, head = i, None
    while i < n and i - start < limit:
        token = doc[i]
        glued = token.is_punct and token.text in "-'\u2019" and i > start
        owned = token.tag_ == "POS" and i > start  # "of the state's corporate holdings"
        if token.pos_ in _NP_WORD_POS or (token.tag_ in ("VBN", "VBG") and i + 1 < n) or glued:
            if token.pos_ in ("NOUN", "PROPN"):
                head = token
                nxt = doc[i + 1] if i + 1 < n else None
                if nxt is None or not (
                    (
                        nxt.pos_ in ("NOUN", "PROPN")
                        and nxt.dep_ not in _CLAUSE_DEPS
                        and not _next_clause_subject(token, nxt)
                    )
                    or (nxt.text in "-" and not nxt.whitespace_)
                    or _possessive_before_noun(doc, nxt.i)
                    or _gerund_of_compound(nxt)  # "long distance calling volumes"
                ):
                    break  # "half a million children skip school": "skip" heads a clause
            i += 1
            continue
        if owned:
            i += 1
            continue
        break
    while (  # "of all UK net users", "home PC net security buyers": not "UK", "home PC"
        head is not None
        and head.dep_ in ("compound", "nmod")
        and head.i < head.head.i <= start + limit
        and (head.head.pos_ in ("NOUN", "PROPN") or _misread_noun(head.head))
        and all(t.pos_ in _NP_WORD_POS for t in doc[head.i + 1 : head.head.i])
    ):
        head = head.head
    if head is not None and head.dep_ in _NAME_PART_DEPS and head.head.i > head.i:
        uncut = _uncut_head(head, start)  # the words read stop inside a noun phrase
        if not _separator_between(doc, head.i, uncut.i):
            head = uncut  # "a 44% stake - contributed 1.7bn euros": not across a dash
    if head is None or head.lower_ in lx.NOT_COUNTED | lx.EMPTY_HEADS or head.like_num:
        return None
    first = doc[start]
    end = head.i
    while (
        end + 2 < n
        and doc[end + 1].text == "-"
        and not (doc[end].whitespace_ or doc[end + 1].whitespace_)
    ):
        end += 2  # "100% Nigerian-owned": the whole compound, not "Nigerian"
    return doc[first.i : end + 1].text, head


def _gerund_of_compound(token: Token) -> bool:
    """Whether an "-ing" word is part of the compound noun right after it ("calling" in
    "long distance calling volumes"): the phrase runs on to that noun, not stopping at
    "long distance" as if it were what changed."""
    return (
        token.tag_ == "VBG"
        and token.dep_ in ("compound", "amod")
        and token.head.i == token.i + 1
        and token.head.pos_ == "NOUN"
    )


def _year_before_noun(doc: Doc, i: int) -> bool:
    """Whether token `i` is a year written before the noun it dates ("its 1985 assets",
    "the 1987 budget"): no word of what is counted, and no count."""
    token = doc[i]
    return (
        bool(re.fullmatch(r"(?:19|20)\d\d", token.text))
        and i + 1 < len(doc)
        and doc[i + 1].pos_ == "NOUN"
        and token.head.i > i
        and i > 0
        and doc[i - 1].pos_ in ("DET", "PRON")
    )


def _separator_between(doc: Doc, first: int, last: int) -> bool:
    """Whether a spaced dash, a comma, a colon or a bracket stands between two tokens:
    the end of a phrase ("Nissan - in which Renault owns a 44% stake - contributed")."""
    for token in doc[first + 1 : last]:
        spaced = token.whitespace_ or doc[token.i - 1].whitespace_
        if token.text in ",;:()" or (token.text in "-\u2013\u2014" and spaced):
            return True
    return False


def _uncut_head(head: Token, start: int) -> Token:
    """The head of a phrase read from `start` that stopped at `head`, a word modifying a
    noun further on: that noun when the phrase is whole within a few more words
    (`_whole_of_end`), else the noun before the phrase's last "of" ("three senior
    executives of Ireland's state-owned ..." counts executives), else `head`."""
    whole = _whole_of_end(head, most=5)
    if whole is not None:
        return whole
    doc = head.doc
    for k in range(head.i - 1, start, -1):
        if doc[k].lower_ == "of" and doc[k - 1].pos_ in ("NOUN", "PROPN"):
            return doc[k - 1]
    return head  # "of Purolator's 7.6 mln shares": the owner, as before


def _next_clause_subject(noun: Token, nxt: Token) -> bool:
    """Whether `nxt`, after a noun, is the subject of a clause of its own that the noun
    is no part of: "the nine different times Sanders has laid out a plan" (a relative
    clause without "that"); the page read "nine: different times Sanders"."""
    return (
        nxt.dep_ in ("nsubj", "nsubjpass")
        and bool(noun.whitespace_)  # not "super-casinos", misparsed as two subjects
        and nxt.text[:1].isalpha()
        and nxt.head.i > nxt.i
        and nxt.head.pos_ in ("VERB", "AUX")
        and noun.head.i != nxt.i
        and not any(t.i == nxt.i for t in noun.ancestors)
    )


_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl"})


_NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr"})


_NAME_PART_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss"})


def _whole_of_end(last: Token, most: int = 4) -> Token | None:
    """The last word of an "of" complement read up to `last`, when the phrase it ends is
    whole within `most` more words, else None.

    The words read stop after a few; where they stop inside a name or a noun phrase, the
    description ends mid-name: "three senior executives of Ireland's state" (-owned
    airline), "ten judges of the U.S. Court" (of Appeals). A word that modifies a noun
    after it ("state" of "state-owned airline") reaches that noun; a proper noun a name
    goes on from with "of" and another proper noun ("Court of Appeals", "Bank of
    England") reaches the name's end. Beyond `most` words, or across punctuation other
    than a hyphen, the complement is left out rather than cut.
    """
    doc, end = last.doc, last
    for _ in range(4):
        if end.dep_ in _NAME_PART_DEPS and end.head.i > end.i:
            end = end.head  # "state" -> "owned" -> "airline" ("state-owned airline")
            continue
        of = doc[end.i + 1] if end.i + 1 < len(doc) else None
        name = None
        if end.pos_ == "PROPN" and of is not None and of.lower_ == "of" and of.head.i == end.i:
            name = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if name is None:
            break
        end = name  # "Court" -> "Court of Appeals"
    if end.i - last.i > most or end.pos_ not in ("NOUN", "PROPN"):
        return None
    if any((t.is_punct and t.text != "-") or t.like_num for t in doc[last.i : end.i + 1]):
        return None  # "83 pct of Purolator's 7.6 mln shares": another figure is not read
    return end


def _misread_noun(token: Token) -> bool:
    """ "34 John Wayne films": a lowercase word the tagger read as a verb although the
    parse gives it a noun's place (an object, a subject) after a name's compound."""
    return token.pos_ == "VERB" and token.dep_ in _NOMINAL_DEPS and token.text.islower()


def _possessive_before_noun(doc: Doc, i: int) -> bool:
    """A possessive "'s" followed by the noun phrase it owns ("Fairchild's voting stock").

    The owner alone ("49.9 pct of Fairchild") would say whose, not what, the figure is.
    """
    if doc[i].tag_ != "POS" or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return nxt.pos_ in _NP_WORD_POS or nxt.tag_ in ("VBN", "VBG")


def _people_adjective(doc: Doc, i: int) -> tuple[str, Token] | None:
    """ "60% of the dead", "half of the injured": an adjective standing for people."""
    if i + 1 >= len(doc) or doc[i].lower_ != "the":
        return None
    word = doc[i + 1]
    after = doc[i + 2] if i + 2 < len(doc) else None
    if word.pos_ not in ("ADJ", "VERB") or word.tag_ not in ("JJ", "VBN") or not word.is_lower:
        return None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None  # "of the dead soldiers": the noun phrase reader's case
    return word.text, word


def _phrase_before_of(doc: Doc, span: Span, with_ok: bool = False) -> str | None:
    """ "a fine of £5m", "winds of 155mph", "a grant worth $8m": the noun before.

    With `with_ok`, also "a phone with 3,687mAh", "a fund with $2bn" (what has it).
    """
    i = span.start - 1
    while i >= 0 and (
        doc[i].is_space  # a hard-wrapped line: "revenues of\n1.47 billion dlrs"
        or doc[i].lower_ in ("about", "around", "some", "nearly", "almost", "roughly", "up", "to")
        or doc[i].lower_ in ("more", "less", "than", "over", "under", "just", "only", "estimated")
        or doc[i].pos_ == "DET"
        or _plus_or_minus(doc, i)  # "a margin of error of plus or minus 4.5 points"
    ):
        i -= 1
    if i < 1 or doc[i].lower_ not in ("of", "at", "to", "worth", "with", "below", "above", "for"):
        return None  # also "market capitalisations below $700m"
    if doc[i].lower_ == "with" and not with_ok:
        return None
    head = doc[i - 1]
    if doc[i].lower_ == "with" and doc[i].head.i != head.i:
        return None  # "took sixth place in the US chart with $5.4m": the film's, not the chart's
    if doc[i].lower_ == "with" and any(
        t.lemma_.lower() in lx.COMPARING_VERBS for t in doc[max(doc[i].sent.start, i - 6) : i]
    ):
        return None  # "compared that new cost with the £500m needed for the war": not the cost
    if doc[i].lower_ == "for" and (not with_ok or head.lower_ not in lx.ASKING_NOUNS):
        return None  # "demand for 746 billion pesetas", not "sold the unit for $5m"
    if head.pos_ not in ("NOUN", "PROPN") or head.lower_ in lx.NOT_COUNTED:
        return None
    if doc[i].lower_ == "worth" and (
        head.lower_ in lx.UNIT_ONLY or head.lower_ in lx.MEASURE_UNITS
    ):
        # "70,000 tonnes worth some 30 mln ringgit": the value of the measure, not "tonnes"
        number = next((t for t in doc[head.left_edge.i : head.i] if t.like_num), None)
        return f"value of {doc[number.i : head.i + 1].text}" if number is not None else None
    if head.lower_ in lx.APPROXIMATING_NOUNS or (head.pos_ == "PROPN" and head.ent_type_ == "DATE"):
        return None  # "in excess of $234,000", "by the end of April of $45m"
    if _in_preposition(head):
        return None  # "a step too far in favor of the 1 percent": no noun of it
    if head.dep_ == "pobj" and head.head.lower_ == "by":
        # "estimates by the ministry of 300 mln dlrs": the ministry made them, the sum is
        # the estimates' (when "by" hangs on a noun); an agent of a verb ("was given by
        # the ministry of 300 mln") says nobody's, but "followed by sales of 7.75 billion
        # dlrs" is the sales'
        made = head.head.head
        if made.pos_ == "NOUN" and made.i < head.i and made.lower_ not in lx.NOT_COUNTED:
            head = made
        elif _an_agent(head):
            return None
    if head.dep_ == "pobj" and head.head.lower_ == "against" and head.head.head.pos_ == "NOUN":
        # "a charge against earnings of 177 mln dlrs": the charge's, earnings bear it
        made = head.head.head
        if made.i < head.i and made.lower_ not in lx.NOT_COUNTED:
            head = made
    qualified = _qualified_noun(head) or _bare_of_holder(head)
    if qualified is not None:
        head_i, head = head.i, qualified  # "a loss before taxes of 83 mln": the loss's
    else:
        head_i = head.i
    j = head.i
    while j - 1 >= 0 and doc[j - 1].pos_ in ("NOUN", "PROPN", "ADJ") and head.i - j < 3:
        j -= 1
    if j >= 1 and doc[j].lower_ in lx.COUNTED_PERIOD_NOUNS and _period_length(doc[j - 1]):
        j -= 1  # "nine month earnings of 14.9 mln dlrs": not "month earnings"
    j = _hyphen_start(doc, j)
    if doc[i].lower_ in ("at", "to") and head.lower_ not in (
        "price",
        "rate",
        "level",
        "value",
        "cost",
    ):
        return None
    if head.lower_ in lx.SUM_NOUNS:
        return None  # "paid a total of $5m": what was paid says more (the subject)
    return doc[_item_before(doc, j) : head_i + 1].text


def _period_length(word: Token) -> bool:
    """Whether `word` is a number written as a word that says how long a period is
    ("nine" in "nine month earnings"): digits there are a figure of their own."""
    return word.is_alpha and word.like_num and word.head.lower_ in lx.COUNTED_PERIOD_NOUNS


def _an_agent(noun: Token) -> bool:
    """Whether a noun names who does something: a name, a body or people ("the
    ministry", "analysts"), not a thing ("sales")."""
    return (
        noun.pos_ == "PROPN"
        or noun.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
        or noun.lower_ in lx.AGENT_NOUNS
    )


def _in_preposition(noun: Token) -> bool:
    """Whether a noun is part of a preposition made with it ("in favor of", "on behalf
    of", "in the face of": `lx.PREPOSITION_NOUNS` after "in" or "on", a "the" between)."""
    if noun.lower_ not in lx.PREPOSITION_NOUNS:
        return False
    i = noun.i - 1
    if i >= 0 and noun.doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and noun.doc[i].lower_ in ("in", "on")


_QUALIFYING_PREPS = frozenset({"before", "after", "excluding", "including"})
# Prepositions that tell which ones a noun is about: "growth in GDP of 3.25 pct", "loans
# to Enzon of two mln dlrs", "a duty on corn of 85 cts": the sum is the growth's, the
# loans', the duty's, not GDP's, Enzon's or corn's (issue 11: "3.25 pct | GDP").
_ABOUT_PREPS = frozenset({"in", "to", "on"})


def _a_unit_word(token: Token) -> bool:
    """Whether `token` ends an amount ("83 mln markka", "12 mln"): no noun to qualify."""
    word = token.lower_
    units = (lx.CURRENCY_SUFFIXES, lx.MINOR_CURRENCY, lx.MEASURE_UNITS, lx.SCALE_WORDS)
    return token.like_num or any(word in unit_words for unit_words in units)


def _in_amount(noun: Token) -> bool:
    """Whether `noun` is part of an amount, not a noun a figure could be of: "4.71 dlrs a
    share on revenues of 114.6 mln dlrs" (the revenues are not the share's)."""
    doc = noun.doc
    if _a_unit_word(noun) or any(c.like_num for c in noun.children):
        return True
    per = noun.i >= 2 and doc[noun.i - 1].lower_ in ("a", "an", "per")
    return per and _a_unit_word(doc[noun.i - 2])


def _qualified_noun(word: Token) -> Token | None:
    """The noun a "before"/"after" phrase qualifies, when `word` ends that phrase: in "a
    profit before tax of 12 mln stg", "a loss before appropriations and taxes of 83 mln
    markka" the sum is the profit's or the loss's, not the tax's (the page read "83 mln
    markka: taxes"). None when `word` is no such phrase's last noun."""
    while word.dep_ == "conj" and word.head.pos_ in ("NOUN", "PROPN"):
        word = word.head
    prep = word.head
    about = prep.lower_ in _ABOUT_PREPS and prep.head.pos_ == "NOUN" and not _in_amount(prep.head)
    if word.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ not in _QUALIFYING_PREPS and not about:
        return None
    if any(c.dep_ in ("det", "poss") for c in word.children):
        return None  # "a loss of 83 mln after a profit of 355 mln": a sequence, no qualifier
    noun = prep.head
    before = prep.doc[prep.i - 1] if prep.i > 0 else noun
    if noun.pos_ not in ("NOUN", "PROPN") and not _a_unit_word(before):
        noun = before  # "reported a profit before tax": the parser hung it on the verb
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.lower_ not in lx.NOT_COUNTED else None


# Entity types of a phrase that dates or sizes rather than restricts ("sales at 5%").
_NOT_RESTRICTING_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"})


def _hyphenated_modifier_start(doc: Doc, left: int) -> int:
    """Where a phrase starting at `left` starts with the hyphenated modifier written right
    before it: "Like-for-like sales growth was 0.5%" is parsed "Like" (interjection)
    "- for - like", and the phrase read "sales growth", which a reader takes for all sales.

    Only words glued by hyphens ("like-for-like", "year-on-year"), in the same sentence,
    with no number among them (a "10-year" term is a duration, read elsewhere), before
    a common noun or adjective: a name's epithet ("the Manhattan-made Mr. Trump") is no
    part of whose a figure is, nor a modifier before another number ("same-maturity 10
    pct bonds")."""
    j = left - 1
    if j < 2 or not doc[j].whitespace_ or doc[j - 1].text != "-" or not doc[j].is_alpha:
        return left
    if doc[left].pos_ not in ("NOUN", "ADJ") or not doc[left].is_alpha:
        return left
    start = _hyphen_start(doc, j)
    if start == j or doc[start].sent.start != doc[left].sent.start:
        return left
    return start


def _restricting_phrase_end(head: Token) -> int:
    """The last token of a short phrase right after `head` that says which of it a figure
    measures, else `head`'s own index: a measure's name with "of" ("the poll's margin of
    error is 4.5 points", `lx.OF_NAMED_MEASURES`), or "at" a named unit ("sales at the
    mail-order arm rose 13.4%", "sales at Halden").

    Cut at the head, the page read "rise in sales" for the arm's rise, set beside the
    group's 12.4%, and "margin" for the margin of error. "In" is left out: it names a
    market's city ("shares in London") or a time as often as what moved; so is "at" a
    kind noun alone ("sales at the maker": the maker is the clause's own company), a
    number, or a phrase longer than four words.
    """
    doc = head.doc
    if head.i + 2 >= len(doc):
        return head.i
    prep = doc[head.i + 1]
    if prep.head.i != head.i or prep.dep_ != "prep" or prep.lower_ not in ("of", "at"):
        return head.i
    thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or thing.i < prep.i:
        return head.i
    if prep.lower_ == "of":
        named = f"{head.lemma_.lower()} of {thing.lower_}" in lx.OF_NAMED_MEASURES
        return thing.i if named and thing.i == prep.i + 1 else head.i
    words = doc[prep.i + 1 : thing.i + 1]
    if sum(t.text != "-" for t in words) > 4:  # "the mail-order arm" is three words
        return head.i
    if any(
        t.ent_type_ in _NOT_RESTRICTING_ENTS or t.like_num or (t.is_punct and t.text != "-")
        for t in words
    ):
        return head.i
    named = thing.pos_ == "PROPN" or any(c.dep_ in ("compound", "amod") for c in thing.lefts)
    if not named or thing.lower_ in lx.TIME_ONLY_WORDS | lx.NOT_COUNTED:
        return head.i
    if any(c.dep_ in ("prep", "relcl", "acl") for c in thing.rights):
        return head.i  # "sales at the arm of the group that ...": longer than a table holds
    return thing.i


def _plus_or_minus(doc: Doc, i: int) -> bool:
    """Whether token `i` is a word of "plus or minus", the sign of a margin of error."""
    if doc[i].lower_ not in ("plus", "or", "minus"):
        return False
    window = " ".join(t.lower_ for t in doc[max(0, i - 2) : i + 3])
    return "plus or minus" in window


def _bare_of_holder(word: Token) -> Token | None:
    """The noun `word` completes with a bare "of" in a measure's name: "margin" of "a
    margin of error of 4.5 points", "rate" of "a rate of inflation of 3%"
    (`lx.OF_NAMED_MEASURES`). The figure measures the whole name; "error" alone told the
    reader the 4.5 points were an error. Other nouns before "of" are not joined:
    "predictions of GDP growth of 1.5%" is the growth's."""
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep" or prep.i < 1:
        return None
    holder = prep.head
    if holder.i != prep.i - 1 or word.i != prep.i + 1:
        return None
    named = f"{holder.lemma_.lower()} of {word.lower_}"
    return holder if named in lx.OF_NAMED_MEASURES else None


def _hyphen_start(doc: Doc, j: int) -> int:
    """Where a phrase starting at `j` starts when its first word ends a hyphenated word:
    "long-distance phone rates" is parsed "long - distance ...", and the phrase cut at the
    hyphen read "distance phone rates" (wire copy, figs17); so with a slash ("a
    price/earnings ratio of 14" read "earnings ratio")."""
    while (
        j >= 2
        and doc[j - 1].text in ("-", "/")
        and not doc[j - 2].whitespace_
        and not doc[j - 1].whitespace_
        and doc[j - 2].is_alpha
    ):
        j -= 2
    return j


_ITEM_PREPS = frozenset({"from", "on", "of", "in", "for"})


def _item_before(doc: Doc, j: int) -> int:
    """Where the phrase starting at `j` starts when it names where a note item came from:
    "gain from discontinued operations of 3.5 mln dlrs", "gain on disposal of discontinued
    operations of 269,000 dlrs" are gains, not "discontinued operations" (`lx.NOTE_ITEM_NOUNS`)."""
    k = j
    for _ in range(3):  # "gains of sale of investments in Enron Corp of 14 mln dlrs"
        if k < 2 or doc[k - 1].lower_ not in _ITEM_PREPS or doc[k - 2].pos_ != "NOUN":
            return j
        k -= 2
        if doc[k].lower_ in lx.NOTE_ITEM_NOUNS | {"income"}:
            while (
                k - 1 >= 0
                and doc[k - 1].dep_ in ("compound", "amod")  # not "earnings exclude losses"
                and doc[k - 1].head.i >= k
                and doc[k - 1].tag_ not in ("JJR", "JJS")  # "less writedowns of"
                and j - k < 6
            ):
                k -= 1  # "realized investment gains from ..."
            return k
    return j


def common_opening(said: str) -> str:
    """A noun phrase cut from its sentence with its first letter in lower case when the
    word goes on in lower case ("Exports" -> "exports"), so that it reads inside a
    description; "US economy" and "EC" keep their capitals."""
    return said[:1].lower() + said[1:] if said[1:2].islower() else said


def _np_text(head: Token) -> str | None:
    """The head noun with its compound and adjective modifiers (and "of X" for "shares").

    "Shares in Manchester United closed up 4.75%": "Shares" alone does not say whose.
    """
    left = head.i
    for child in head.lefts:
        if (
            child.dep_ in ("compound", "amod", "nmod", "poss")
            and child.pos_ != "PRON"
            and child.tag_ not in ("WP$", "WDT", "WP")
        ):
            edge = child.left_edge
            glued = not any(t.whitespace_ for t in child.doc[edge.i : child.i])
            named = (
                child.dep_ in ("nmod", "poss")
                and all(  # "New Zealand's", "Private sector"
                    t.pos_ in ("PROPN", "NOUN", "ADJ") for t in child.doc[edge.i : child.i]
                )
            )
            proper = (  # "the South African economy", not "African economy"
                child.dep_ == "amod"
                and child.text[:1].isupper()
                and child.ent_type_ != "ORG"  # "told the Supreme Soviet industrial output"
                and all(
                    t.text[:1].isupper() and t.pos_ in ("ADJ", "PROPN")
                    for t in child.doc[edge.i : child.i]
                )
            )
            ordinal = (
                child.dep_ == "amod"
                and all(  # "First half net profit": a period
                    t.ent_type_ == "ORDINAL" for t in child.doc[edge.i : child.i]
                )
            )
            whole = child.dep_ == "compound" or glued or named or proper or ordinal
            left = min(left, edge.i if whole else child.i)
    doc = head.doc
    right = head.i
    if head.lower_ in lx.GENERIC_SUBJECTS:
        for child in head.rights:
            holding = (  # "shares in Manchester United"; "Pernod shares in Paris" are Pernod's
                child.lower_ == "in"
                and head.lower_ in lx.HOLDING_NOUNS
                and not any(c.dep_ in ("compound", "poss", "nmod") for c in head.lefts)
            )
            if child.dep_ == "prep" and (child.lower_ == "of" or holding):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    right = objects[0].i
    if head.lower_ in lx.CHANGE_NOUNS:  # "a fall in note circulation will add 360 mln stg"
        for child in head.rights:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if child.dep_ == "prep" and child.lower_ == "in" and objects:
                thing = objects[0]
                if thing.ent_type_ not in ("DATE", "TIME") and thing.lower_ not in lx.MONTHS:
                    right = thing.i if thing.i - head.i <= 5 else right
    if right == head.i and head.pos_ == "NOUN":  # a name's "of" is `owners._name_with_of`'s
        right = _restricting_phrase_end(head)  # "sales at the mail-order arm"
    while right + 2 < len(doc) and not doc[right].whitespace_ and doc[right + 1].text == "-":
        right += 2  # "Ben-Moshe", "start-up"
    if head.i - left > 5:
        left = head.i - 2
    while left >= 2 and doc[left].text == "-" and not doc[left - 1].whitespace_:
        left -= 1  # "low-cost airline", not "-cost airline"
    while (
        left >= 2
        and doc[left - 1].text == "-"
        and not (doc[left - 2].whitespace_ or doc[left - 1].whitespace_)
    ):
        left -= 2  # "York-based Global Depository Receipts", not "based Global ..."
    left = _hyphenated_modifier_start(doc, left)  # "like-for-like sales growth"
    words = doc[left : right + 1]
    text = words.text.strip(" ,'\u2019")
    text = re.split(r"\n\s*\n|, ", text)[-1]  # not across a comma or a paragraph break
    text = re.sub(r"^(?:the|a|an|its|their|his|her|our)\s+", "", text, flags=re.I)
    return text or None
