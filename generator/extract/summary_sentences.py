"""Which sentences may be summary sentences at all, and which are statements.

Lines that address the reader or speak of the page ("Please share your videos",
"This story has been updated"), credit lines, bracketed asides, embedded posts, labels
and fragments with no main verb are never chosen; the key terms, too, are counted
only in the story's statements.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.punctuation import DASH_CHARACTERS
from generator.extract.words import word_set
from generator.reading.layout import doc_story_end, doc_text

MIN_SENTENCE_TOKENS = 6
MAX_SENTENCE_TOKENS = 70
QUOTE_OPENERS = "\"'\u201c\u2018"
# Words by which a page speaks to its reader or about itself, outside any quotation.
READER_WORDS = word_set("you your yours")
PAGE_NOUNS = word_set("story article report video gallery page newsletter")
# A sentence that opens with a nickname in quotation marks and the surname after it
# ('"Pete" Silas said ...') is the tail of one the parser cut after the initials before
# the nickname ("Phillips Petroleum Co Chairman C. J."): shown, it lacks its opening words.
NICKNAME_OPENING = re.compile(r"[\"\u201c][A-Z][a-z]+[\"\u201d]\s+[A-Z][a-z]")
# A sentence broken off: a dash right before its full stop ("... the Mexicans —.").
BROKEN_OFF = re.compile(rf"(?:--|[{DASH_CHARACTERS}])\s*[.!][\"'\u201d\u2019)]*$")
# How a sentence ends: a full stop or an exclamation, then perhaps closing quotes. A line
# ending in a quotation mark alone is a headline ("UK economy facing 'major risks'").
SENTENCE_END = re.compile(r"[.!][\"'\u201d\u2019)]*$")
# An agency's sign-off after the last sentence ("... next month.     REUTER").
SIGN_OFF = re.compile(r"(?<=[.!?\"'\u201d\u2019])\s+[A-Z]{3,}$")


def last_paragraph(sent: Span) -> Span:
    """The part of a sentence after its last paragraph break.

    The small model sometimes runs a headline line into the first sentence; the
    sentence proper is what follows the blank line.
    """
    end = sent.end
    while end > sent.start and sent.doc[end - 1].is_space:
        end -= 1
    breaks = [i for i in range(sent.start, end) if sent.doc[i].text.count("\n") > 1]
    return sent.doc[(breaks[-1] + 1 if breaks else sent.start) : end]


def is_summary_candidate(sent: Span) -> bool:
    """Whole declarative sentences of reasonable length; not headlines or questions."""
    words = [token for token in sent if not token.is_space]
    if not MIN_SENTENCE_TOKENS <= len(words) <= MAX_SENTENCE_TOKENS:
        return False
    text = SIGN_OFF.sub("", sent.text.strip())
    if text.endswith("?") or not SENTENCE_END.search(text):
        return False  # a headline line ("Council tax rise 'reasonable'") or a fragment
    if BROKEN_OFF.search(text):
        return False  # a speaker cut short in a transcript ("... and the Mexicans —.")
    if text.lstrip(QUOTE_OPENERS)[:1].islower():
        return False  # the tail of a sentence the parser split ("took the title in ...")
    if NICKNAME_OPENING.match(text):
        return False  # '"Pete" Silas said ...': cut from "Chairman C. J." before it
    if not any(token.pos_ in ("VERB", "AUX") for token in words):
        return False  # a list, not a statement ("Man Utd: Carroll, Gary Neville, ...")
    if not _has_main_verb(sent):
        return False  # a noun phrase, the body of a lost heading ("A small computer that is ...")
    if ASIDE.match(text) or MARKUP_TAG.match(text) or _in_aside(sent):
        return False  # "(Mr. Trump was apparently referring to ...)", '<tweet id="...">Even ...'
    if sent.start_char >= doc_story_end(sent.doc):
        return False  # the author's note that closes the page ("X is a columnist for ...")
    if _in_capitals(text) or PAGE_NOTE.search(text) or _participle_fragment(sent):
        return False  # "U.N. PANEL RULES FOR WIKILEAKS FOUNDER.", a correction, a caption
    return "\n\n" not in text and not _is_boilerplate(sent) and not is_credit_line(sent)


# The page's notes about itself and its pictures, not the story: a correction notice
# ("Correction: An earlier version of this article misstated ..."), a photo's credit
# ("Scott Olson via Getty Images.", "(AP Photo/Jane Doe)", "Photo: Reuters") and the
# line that hands over to an interview ("Here is the edited transcript of the interview.").
PAGE_NOTE = re.compile(
    r"^\W*(?:corrections?\s*:|notes?\s*(?::|--?|\u2014))"
    r"|\ban earlier version of this (?:article|story|post|report)\b"
    r"|\bvia getty images\b|\(\s*(?:ap|afp|reuters)\s+photo\b|^\W*(?:photo|image)s?\s*:"
    r"|^\W*here (?:is|are) (?:an? |the )?(?:[a-z]+ )?(?:transcript|excerpts?)\b",
    re.I,
)
# Words of two letters or more, to tell a heading set in capitals from a sentence.
CAPS_WORD = re.compile(r"[^\W\d_]{2,}")


def _in_aside(sent: Span) -> bool:
    """Whether `sent` is part of an aside in brackets that runs over several sentences:
    "(The laws require that doctors ... resemble surgical centers. The legislation also
    mandates ...)" explains the sentence before it; alone it is no summary of the story.
    A bracket is open where its paragraph before the sentence, or the sentence itself,
    opens more brackets than it closes."""
    text = doc_text(sent.doc)
    before = text[text.rfind("\n", 0, sent.start_char) + 1 : sent.start_char]
    own = sent.text
    return before.count("(") > before.count(")") or own.count("(") > own.count(")")


def _in_capitals(text: str) -> bool:
    """Whether the sentence is set in capitals, as a heading is: "2. STRONG AFTERSHOCK
    RATTLES ITALY'S QUAKE ZONE." (a news digest's item headings). A dateline or an
    acronym in capitals ("WASHINGTON - The FBI said ...") leaves most words in lower case."""
    words = CAPS_WORD.findall(text)
    upper = sum(1 for word in words if word.isupper())
    return upper >= 3 and upper > 0.6 * len(words)


def _participle_fragment(sent: Span) -> bool:
    """Whether the sentence is a noun phrase hung on a participle, with no finite verb:
    "People coming to live and work in Britain from outside the EU." is the answer under
    a lost heading ("Who would be affected?"), not a statement of the story's."""
    root = sent.root
    return (
        root.tag_ == "VBG"  # not "VBN": the small model tags some past tenses so ("ruled")
        and not any(child.dep_ in ("aux", "auxpass") for child in root.children)
        and not any(token.tag_ in FINITE_TAGS for token in sent)
    )


# A sentence in brackets is an aside on the one before it; one opening with an HTML tag
# is the page's embed ('<tweet id="..." author="@x">Even for ...'), not the story's words.
ASIDE = re.compile(r"^\(.*\)[.!]?$", re.S)
MARKUP_TAG = re.compile(r"^<[a-z][a-z-]*(?:\s[^<>]*)?/?>")
# A one-word label before a colon that opens a line of wire copy ("NOTE: the company ...").
LABEL = re.compile(r"^[A-Za-z]+:\s*")
STATEMENT_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


def is_statement(sent: Span) -> bool:
    """A sentence that says something: it has a main verb, and it ends as a sentence
    does or is a full clause's length. Results rows ("Shr 12 cts vs 10 cts"), labels
    ("NOTE:", "Pay April 15") and sign-offs do not."""
    text = SIGN_OFF.sub("", sent.text.strip())
    long_enough = sum(1 for t in sent if not (t.is_space or t.is_punct)) >= MIN_SENTENCE_TOKENS
    return (long_enough or bool(STATEMENT_END.search(text))) and _has_main_verb(sent)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _has_main_verb(sent: Span) -> bool:
    """Whether the sentence says something: its root is a verb, or a finite verb stands
    outside any relative clause.

    A noun phrase with a relative clause or a participle ("An extremely small computer
    that is designed to ...", "A surprisingly good PC sporting ...") is the body of a
    heading the source lost; the small model also roots some real sentences on a noun
    ("Moody's cited concerns ...": "cited" is a finite verb it hung on "concerns").
    """
    if sent.root.pos_ in ("VERB", "AUX"):
        return True
    return any(
        token.tag_ in FINITE_TAGS
        and not any(node.dep_ == "relcl" for node in (token, *token.ancestors))
        for token in sent
    )


def _is_boilerplate(sent: Span) -> bool:
    """A line of the page, not of the story: it addresses the reader or names the page.

    "Please share your videos ... at iReport.", "Click here", "This story has been
    updated ...", "... contributed to this report." Words inside quotation marks are a
    speaker's, not the page's, and do not count.
    """
    outside = _outside_quotes(sent)
    if any(token.lower_ in READER_WORDS for token in outside):
        return True
    doc = sent.doc
    if any(
        token.lower_ == "this" and token.i + 1 < sent.end and doc[token.i + 1].lower_ in PAGE_NOUNS
        for token in outside
    ):
        return True
    words = [token for token in sent if not (token.is_punct or token.is_space)]
    while len(words) > 1 and words[0].lower_ in SOFTENERS and words[0].dep_ == "advmod":
        words.pop(0)  # "Just look at House Speaker Paul Ryan."
    first = words[0] if words else None
    # An imperative: the sentence opens with its root verb in the base form, no subject.
    return bool(
        first is not None
        and (first.lower_ == "please" or (first.dep_ == "ROOT" and first.tag_ == "VB"))
        and not any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in first.head.children)
    )


# Adverbs that may open an imperative before its verb: "Just look at ...", "Now consider ...".
SOFTENERS = word_set("just simply now so only")


CREDIT_LINE = re.compile(
    r"\bcontributed (?:to this (?:report|story|article)|reporting)\b"
    r"|\b(?:additional|extra) reporting (?:by|from)\b"  # "--additional reporting from X"
    r"|^\W*(?:reporting|editing|writing) by\b"  # "Reporting by X; Editing by Y"
    r"|^\W*contributing\s*:",  # "Contributing: Jane Doe" (USA Today)
    re.I,
)


def is_credit_line(sent: Span) -> bool:
    """A line crediting the reporters: "CNN's Jason Carroll and Ben Brumfield
    contributed to this report.", "--additional reporting from Jane Doe", "Reporting by
    Jane Doe; Editing by John Roe", "Contributing: Jane Doe". It names the page's
    writers, not the story's actors."""
    return bool(CREDIT_LINE.search(sent.text))


def _outside_quotes(sent: Span) -> list[Token]:
    """The tokens of `sent` that are not between quotation marks."""
    tokens = []
    inside = False
    for token in sent:
        if token.text in ("\u201c", "\u201d"):
            inside = token.text == "\u201c"
        elif token.text in ('"', "``", "''"):
            inside = not inside
        elif not inside:
            tokens.append(token)
    return tokens
