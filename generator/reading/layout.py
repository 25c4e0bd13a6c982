"""The text structure of an article body: its headline line, paragraphs and line wraps.

One definition, used by the extractors (through the parse text and the sentence starts
given to spaCy) and by the page (paragraph numbers), so that a "¶3" on the page is the
paragraph the extractors saw.

Articles come in three shapes:
- a headline line, a blank line, then paragraphs separated by blank lines (BBC, most
  `.txt` pasted from websites);
- one paragraph per line, separated by single newlines (text copied from a web page);
- hard-wrapped wire copy: lines of at most about 70 columns, paragraphs marked by an
  indented first line or a blank line (Reuters).

A line break inside a paragraph is a wrap, not a boundary: the parse text replaces it
by a space, so that spaCy never ends a sentence or a quotation there. A wire's ticker
code in angle brackets ("GAF Corp <GAF> said") is blanked the same way: it is not a
word of the story, so it never reaches a summary, a role or an actor ("<UK>" is Union
Carbide's ticker, not the United Kingdom). The brackets a wire puts round an unlisted
company's name ("acquired <Gulfex Inc>") are dropped where text is shown. A dash the
parser has never seen (HuffPost's horizontal bar) is an em dash in the parse text, and
a no-break space a plain one (spaCy would cut a name at it). The parse text has the
same length as the body, so every offset computed on it points into the body as
written. Paragraph starts (and the start of the body after a headline) are
given to spaCy as preset sentence starts, which its parser respects.

This module is pure text: the page imports it without loading spaCy. Its source and its
word lists (data/layout.toml) are part of the extractor version (see
generator.running.fingerprint), since the parse text decides what the extractors see.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from generator.reading.data_files import DATA, word_lists_in

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

# The words the layout reads: wire abbreviations and sentence openers, kept as data.
_WORDS = word_lists_in(DATA / "layout.toml")

HEADLINE_MAX_CHARS = 200
HEADLINE_MAX_WORDS = 25
# Hard wrapping is done at terminal widths; a text whose lines run longer is paragraphed
# by its line breaks, not wrapped.
WRAP_MAX_WIDTH = 100
# Share of line breaks that fall inside a sentence for a text to count as hard-wrapped:
# in wrapped copy most lines end mid-sentence; in one-paragraph-per-line text none do.
WRAPPED_SHARE = 0.5
# A sentence end at the end of a line: full stop, question or exclamation mark, colon or
# semicolon, optionally followed by closing quotation marks or brackets.
SENTENCE_END = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*$")
# A no-break space inside a name: after a capitalised word of small letters or a title's
# abbreviation ("Gov."), before a capitalised word that goes on with a small letter
# (not one of the page's labels, `page_labels`): see `_plain_spaces`.
NAME_NO_BREAK = re.compile(r"\b(?:[A-Z][a-z]+|[A-Z][a-z]{0,3}\.)(\u00a0)([A-Z][a-z]+)")
CLOSERS = "\"'\u201d\u2019)]"
OPENERS = "\"'\u201c\u2018(["
# A line that starts a block of its own in Markdown or plain text: a heading, a list
# item, a block quote.
BLOCK_START = re.compile(r"[ \t]*(?:#{1,6}\s|[-*+\u2022]\s|\d{1,3}[.)]\s|>)")
BLANK_LINE = re.compile(r"[ \t\u00a0]*\n[ \t\u00a0]*\n")
UNIT_STOP = re.compile(r"[a-z]{1,3}\.")
# Wire markup in angle brackets: a ticker code ("<GAF>", "<BPCL.L>", "<CKGH.HK>") or a
# company's name ("<Hughes Capital Corp>"). Prose never writes a capitalised word in
# angle brackets, and HTML tags are lower case in the texts we read.
WIRE_MARKUP = re.compile(r"<([A-Z][^<>\n]{0,60})>")
TICKER = re.compile(r"[A-Z0-9]{1,6}(?:[. ][A-Z]{1,3})?")  # "<ERIC ST>": Stockholm
# Reuters-21578 capitalises every word after "U.S." and "U.K." as if the abbreviation
# ended a sentence ("the U.S. Was 10.2 billion"); the words that never open a sentence
# there are data (data/layout.toml), and the parse text gives them their lower case back.
WIRE_CAPITAL = re.compile(
    r"\bU\.[SK]\.[ \t]+(?=(?:"
    + "|".join(map(re.escape, sorted(_WORDS["wire_lowered_after_abbreviation"])))
    + r")\b)"
)
# Dashes the parser has never seen, which some outlets write for an em dash: HuffPost's
# horizontal bar (U+2015, "WASHINGTON ― The Obama administration"). spaCy tags one a
# verb or a noun and parses its sentence around it ("members ― who met ― said": the bar
# the subject of "said"); the parse text gives each the em dash, one character for
# one, so that offsets stay those of the body. The extractors' punctuation lexicon
# (generator.extract.punctuation) counts them among its dashes.
UNKNOWN_DASHES = "\u2015"
_KNOWN_DASH = "\u2014"
# A name's apostrophe set as a right single quotation mark ("Dinesh D\u2019Souza",
# "O\u2019Malley"): the small model tags no person there, or an organisation, where it
# tags the name written with a straight apostrophe a person. The parse text gives such
# names the straight one, one character for one: only between a capital (with at most
# one letter more) and a capital, so a quotation's closing mark and a word's "\u2019s"
# stay as written.
NAME_APOSTROPHE = re.compile(r"(?<![^\W\d_])[A-Z][a-z]?(\u2019)(?=[A-Z][a-z])")
# What blanking leaves in a span of the parse text: runs of spaces, a space before a
# comma or full stop ("Cheung Kong (Holdings) Ltd          .").
SPACE_RUN = re.compile(r"[ \t]{2,}")
SPACE_BEFORE_PUNCTUATION = re.compile(r" ([,;:.](?= |$)|'s\b)")
# Half a name's brackets, where a span starts or ends inside them.
OPEN_BRACKET_CUT = re.compile(r" ?<(?=[A-Z][^<>]*$)| ?<$")
CLOSE_BRACKET_CUT = re.compile(r"^([^<>]*[\w.])>")


@dataclass(frozen=True)
class Layout:
    """What the body is made of, as character spans into the body as written.

    `blocks` are every paragraph including the headline, stripped of surrounding
    whitespace; `headline` is the headline line's span, if the body opens with one;
    `parse_text` is the body with wraps turned into spaces and dashes the parser does
    not know into em dashes (same length).
    """

    blocks: tuple[tuple[int, int], ...]
    headline: tuple[int, int] | None
    parse_text: str

    @property
    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        """The story's paragraphs, numbered on the page from 1: the headline is not one."""
        return self.blocks[1:] if self.headline else self.blocks

    @property
    def body_start(self) -> int:
        """Where the story starts: after the headline line, if there is one."""
        return self.headline[1] if self.headline else 0


@lru_cache(maxsize=64)
def analyse(text: str, headline_line: bool = False) -> Layout:
    """The headline, paragraphs and parse text of an article body.

    `headline_line`: the reader took the body's first line as the article's title (a
    `.txt` file's headline line, generator.reading.content), so that line is the
    headline even when it ends like a sentence ("De Blasio says it was 'intentional.'").
    Without that word from the reader, a first line ending in a full stop is the lead.
    """
    lines = _lines(text)
    breaks = _paragraph_breaks(text, lines)
    blocks = _blocks(text, breaks, lines)
    headline = _headline(text, blocks, headline_line)
    if headline:  # a headline over its deck may have been read as two blocks
        blocks = [headline, *(block for block in blocks if block[0] >= headline[1])]
    parse = list(text)
    for index, (_, newline) in enumerate(lines[:-1]):
        if newline in breaks or (headline and headline[0] <= newline < headline[1]):
            continue  # a headline over its deck keeps its line break: see headline_with_deck
        parse[newline] = " "
        following_start, following_end = lines[index + 1]
        for position in range(following_start, following_end):
            if text[position] not in " \t\u00a0":
                break
            parse[position] = " "
    _blank_wire_markup("".join(parse), parse)
    _lower_wire_capitals("".join(parse), parse)
    _known_dashes(parse)
    _plain_spaces("".join(parse), parse)
    _straight_name_apostrophes("".join(parse), parse)
    return Layout(tuple(blocks), headline, "".join(parse))


def _blank_wire_markup(unwrapped: str, parse: list[str]) -> None:
    """Turn ticker codes into spaces in `parse`.

    A name's brackets stay in the parse text: blanked, they leave a run of spaces after
    the name, which spaCy reads as a token of its own, and its entity recogniser then
    loses the name's first word (" Gull Air Inc  said" gives "Air Inc"). The page drops
    them (see `shown_text`). Matched on the unwrapped text, since a wire wraps inside a
    name ("<Hong\nKong Ltd>").
    """
    ticker_ends: set[int] = set()
    for match in WIRE_MARKUP.finditer(unwrapped):
        if TICKER.fullmatch(match.group(1)) and not _bracketed_name(unwrapped, match, ticker_ends):
            parse[match.start() : match.end()] = " " * (match.end() - match.start())
            ticker_ends.add(match.end())


# Where a sentence ends before a bracket: a paragraph break, or a full stop, question or
# exclamation mark after a word in small letters or a figure ("last year. <X> said";
# "Boeing Co. <BA>" or "the U.S. <SRD>" goes on).
_SENTENCE_BREAK = re.compile(r"\n|\b[a-z0-9][a-z0-9,-]*[.!?][\"')]*\s")
_PLAIN_WORD = re.compile(r"[A-Za-z][a-z'-]*")
_NAME_AFTER = _WORDS["name_after_words"]
_TICKER_CUES = _WORDS["ticker_cue_words"]
_CONJUNCTIONS = frozenset({"and", "or", "nor"})
_SENTENCE_REACH = 400
# One or two capitals in brackets are a code, whatever comes before: "<UK>" is Union
# Carbide, "<F>" Ford, "<GE>" General Electric, not a country or a company's name.
NAME_MIN_LETTERS = 3


def _bracketed_name(unwrapped: str, match: re.Match[str], ticker_ends: set[int]) -> bool:
    """Whether an all-capitals bracket that looks like a ticker code is a company's name.

    Reuters puts a ticker right after the company's name ("GAF Corp <GAF>", "Dupont's
    <DD>", "Texas Eastern pipelines <TET>") or where the story talks of symbols ("under
    the symbol <ABKR>", "will be <MAJV>"), but also brackets an unlisted company whose
    name is all capitals. Blanked, that name leaves its sentence without a subject
    ("engine maker  said"). It is a name when nothing names it before: the bracket
    follows a word that needs a head (`name_after_words`: "a joint venture of <X>",
    "GE and <X>") or a lower-case noun with no name before it ("engine maker <X>"),
    or opens its sentence before a lower-case verb ("<X> said"). An exchange suffix
    ("<IMO.A>"), one or two letters ("<UK>"), a symbol word in the sentence, or "and"
    after a ticker ("<CFSGR> and <CFSGW>") keeps it a ticker. Anything else (a name, a
    number, a comma before) stays the ticker it was read as: the archive has some
    sixty tickers for each such name.
    `ticker_ends`: where the brackets read as tickers before this one end.
    """
    if "." in match.group(1) or len(match.group(1).replace(" ", "")) < NAME_MIN_LETTERS:
        return False
    reach = max(0, match.start() - _SENTENCE_REACH)
    start = max(
        (b.end() for b in _SENTENCE_BREAK.finditer(unwrapped, reach, match.start())), default=reach
    )
    if reach > 0 and start == reach:
        return False  # no sentence start in reach: not a place for a name's first mention
    sentence = unwrapped[start : match.start()]
    words = sentence.split()
    if any(word.lower().strip(",;:") in _TICKER_CUES for word in words):
        return False
    if not words:
        following = unwrapped[match.end() :].split(maxsplit=1)
        return bool(following) and following[0][:1].islower()  # "<ACME> said"
    last = words[-1]
    if not _PLAIN_WORD.fullmatch(last):
        return False  # a ticker, a bracket, a comma, a number or an abbreviation before
    if last.lower() in _CONJUNCTIONS:
        left_end = start + len(sentence.rstrip()[: -len(last)].rstrip())
        return left_end not in ticker_ends  # "<CFSGR> and <CFSGW>": a list of tickers
    if last.lower() in _NAME_AFTER:
        return True
    if not last.islower():
        return False  # a name's word: "Corp", "Dupont's", "d'Electricite"
    earlier = words[-2] if len(words) >= 2 else ""
    return not earlier or earlier.islower() or earlier.lower() in _NAME_AFTER


def _known_dashes(parse: list[str]) -> None:
    """Give every dash of `UNKNOWN_DASHES` in `parse` the em dash the parser knows."""
    if not any(dash in parse for dash in UNKNOWN_DASHES):
        return
    for position, char in enumerate(parse):
        if char in UNKNOWN_DASHES:
            parse[position] = _KNOWN_DASH


def _plain_spaces(unwrapped: str, parse: list[str]) -> None:
    """Give a no-break space inside a name a plain one in `parse` (`NAME_NO_BREAK`):
    web copy puts them between a title and a name or between a name's words ("Gov.\u00a0
    John Kasich", "the Washington\u00a0Free Beacon", "co-host Stu\u00a0Burguiere"), and
    spaCy makes a token of one, so the model cut the name there and the briefing lost
    the speaker. Elsewhere it stays: between ordinary words the parse the model has
    learnt to give them is left alone, and a page's own furniture ("Story by Scott
    Conroy\u00a0Video produced by", "ONTO SOMETHING\u00a0Crows") is no name."""
    if "\u00a0" not in unwrapped:
        return
    for match in NAME_NO_BREAK.finditer(unwrapped):
        if match.group(2).lower() not in _WORDS["page_labels"]:
            parse[match.start(1)] = " "


def _straight_name_apostrophes(unwrapped: str, parse: list[str]) -> None:
    """Give a name's curly apostrophe (`NAME_APOSTROPHE`) the straight one in `parse`."""
    if "\u2019" not in unwrapped:
        return
    for match in NAME_APOSTROPHE.finditer(unwrapped):
        parse[match.start(1)] = "'"


def _lower_wire_capitals(unwrapped: str, parse: list[str]) -> None:
    """Give a function word after "U.S." or "U.K." its lower case in `parse` (see
    WIRE_CAPITAL): one letter, so offsets stay those of the body."""
    for match in WIRE_CAPITAL.finditer(unwrapped):
        parse[match.end()] = parse[match.end()].lower()


DOC_TEXT_KEY = "briefings_doc_text"
STORY_END_KEY = "briefings_story_end"
HEADLINE_LINE_KEY = "briefings_headline_line"  # see make_doc


def doc_layout(doc: Doc) -> Layout:
    """The layout of a Doc made by `make_doc`, with the reader's word on its headline."""
    return analyse(doc_text(doc), bool(doc.user_data.get(HEADLINE_LINE_KEY)))


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy joins every token's text on each access,
    which per mention of a long article costs more than the rule that reads it."""
    text = doc.user_data.get(DOC_TEXT_KEY)
    if text is None:
        text = doc.user_data[DOC_TEXT_KEY] = doc.text
    return text


def shown_text(span: str) -> str:
    """A span of the parse text as a page shows it: wraps and wire markup closed up.

    Paragraph breaks inside the span (a quotation running over two paragraphs) stay.
    """
    text = WIRE_MARKUP.sub(r"\1", span)
    text = OPEN_BRACKET_CUT.sub(" ", text).rstrip(" ")  # the cut, or a ticker, at the end
    text = CLOSE_BRACKET_CUT.sub(r"\1", text)
    return SPACE_BEFORE_PUNCTUATION.sub(r"\1", SPACE_RUN.sub(" ", text))


# The author's note that closes a web article (data/layout.toml): a line asking the
# reader to follow or write to the writer, or a sentence saying what the writer does.
_NOTE_VERBS = "|".join(map(re.escape, sorted(_WORDS["note_contact_verbs"])))
_NOTE_NETWORKS = "|".join(map(re.escape, sorted(_WORDS["note_networks"])))
_NOTE_WRITERS = "|".join(map(re.escape, sorted(_WORDS["note_writer_nouns"], key=len, reverse=True)))
# "Follow him on Twitter @x", "Reach him directly at x@y.com", "Follow Jeff Horwitz and
# Chad Day on Twitter: ...", "On Twitter follow ...", "Twitter: @Milbank", "He tweets @x".
NOTE_CONTACT = re.compile(
    rf"^\W*(?:(?:{_NOTE_VERBS})\b(?=[^.!?]*?(?:\b(?:{_NOTE_NETWORKS})\b|@\w|\b(?:him|her|them)\b))"
    rf"|on (?:{_NOTE_NETWORKS}),? (?:{_NOTE_VERBS})\b"
    rf"|(?:{_NOTE_NETWORKS}):\s*@\w"
    r"|(?:he|she) tweets (?:at )?@\w)",
    re.I,
)
# "AWR Hawkins is the Second Amendment columnist for Breitbart News", "Joel B. Pollak is
# Senior Editor-at-Large at Breitbart News", "Glenn Harlan Reynolds, a University of
# Tennessee law professor, is a member of USA TODAY's Board of Contributors": a name,
# "is", a writer's job within a few words. Group 1 is the name.
NOTE_BIO = re.compile(
    r"^\W*((?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019-]+)(?:,[^,.!?]{1,80},)?\s+is\s+"
    rf"(?:[^.!?;]*?\s)??(?i:{_NOTE_WRITERS})\b"
)
# A sentence ends at a full stop, question or exclamation mark after a small letter, a
# digit or a closing bracket (not after an initial: "Joel B. Pollak", "U.S.").
NOTE_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]][.!?])[\"'\u201d\u2019]*\s+")


@lru_cache(maxsize=64)
def author_note_start(text: str, headline_line: bool = False) -> int | None:
    """Where the author's note that closes the article starts, or None without one.

    "AWR Hawkins is the Second Amendment columnist for Breitbart News ... Follow him on
    Twitter: @AWRHawkins." is about the page's writer, not the story: no sentence for
    the summary, no quotation, no actor. The note opens the last paragraph, or a
    sentence of it, with a line asking the reader to follow or write to the writer
    (`NOTE_CONTACT`) or a sentence saying the writer's job (`NOTE_BIO`) about someone the
    story never named before; paragraphs before it that are notes from their first
    sentence belong to it too. The story's first paragraph never does.
    """
    paragraphs = analyse(text, headline_line).paragraphs
    start: int | None = None
    for first, last in reversed(paragraphs[1:]):
        at = _note_in_paragraph(text, first, last)
        if at is None:
            break
        start = at
        if at != first:
            break  # the note opens inside this paragraph: the story goes on before it
    return start


def doc_story_end(doc: Doc) -> int:
    """Where the story of a Doc made by `make_doc` ends: at its author's note
    (`author_note_start`), else at the end of the text. Found once per Doc: the
    extractors, the key terms and every summary candidate ask for it."""
    end = doc.user_data.get(STORY_END_KEY)
    if end is None:
        text = doc_text(doc)
        start = author_note_start(text, bool(doc.user_data.get(HEADLINE_LINE_KEY)))
        end = doc.user_data[STORY_END_KEY] = len(text) if start is None else start
    return end


def _note_in_paragraph(text: str, first: int, last: int) -> int | None:
    """The start of the first sentence of `text[first:last]` that opens an author's
    note (see `author_note_start`), or None."""
    offset = first
    for piece in NOTE_SENTENCE_END.split(text[first:last]):
        at = text.find(piece, offset)
        if NOTE_CONTACT.match(piece):
            return at
        bio = NOTE_BIO.match(piece)
        if bio and bio.group(1).split()[-1] not in text[:first]:
            return at  # the writer, named nowhere in the story
        offset = at + len(piece)
    return None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph, the headline line included."""
    return list(analyse(text).blocks)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end at its newline (or the end of the text)."""
    spans = []
    start = 0
    for match in re.finditer("\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _is_blank(text: str, span: tuple[int, int]) -> bool:
    return not text[span[0] : span[1]].strip()


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t\u00a0"))


def _paragraph_breaks(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Offsets of the newlines that end a paragraph (or a blank line).

    A newline next to a blank line always does. Between two lines of text it does
    unless the text is hard-wrapped or the next line plainly continues the sentence
    (it starts in lower case after a line that ends mid-sentence).
    """
    texts = [text[start:end] for start, end in lines]
    joined = [
        index
        for index in range(len(lines) - 1)
        if texts[index].strip() and texts[index + 1].strip()
    ]
    wrapped = _is_wrapped(texts, joined)
    width = max((len(line.rstrip()) for line in texts), default=0)
    content = [_indent(line) for line in texts if line.strip()]
    base_indent = min(content, default=0)
    breaks = {
        end
        for index, (_, end) in enumerate(lines[:-1])
        if not texts[index].strip() or not texts[index + 1].strip()
    }
    blank_paragraphed = _blank_paragraphed(texts)
    for index in joined:
        line, following = texts[index].rstrip(), texts[index + 1]
        ends_sentence = bool(SENTENCE_END.search(line)) and not _wrapped_at_initial(line, following)
        if not ends_sentence and following.lstrip()[:1].islower():
            continue  # "... the\nbudget": a sentence going on
        if blank_paragraphed and not wrapped:
            # Paragraphs are marked by blank lines, so a single line break is a wrap,
            # as in Markdown, unless a heading or a list item starts there. (Wire copy
            # is read below: its indented first lines start paragraphs too.)
            if _starts_block(line, following):
                breaks.add(lines[index][1])
            continue
        if not wrapped:
            breaks.add(lines[index][1])
            continue
        if _indent(following) > base_indent or _starts_block(line, following):
            breaks.add(lines[index][1])  # an indented first line, a heading, a list item
            continue
        first_word = following.split()[0]
        if first_word[:1].islower():
            continue  # "the weakened U.S.\ndollar": an abbreviation's stop, no sentence end
        if ends_sentence and len(line) + 1 + len(first_word) <= width:
            if _opens_block(texts, index) and first_word not in _SENTENCE_OPENERS:
                # A wire story's first line is short because its dateline was cut off
                # ("The Federal Reserve entered the U.S." | "Government securities
                # market ..."): its length says nothing, unless a sentence plainly
                # opens after it ("in the U.S." | "The outlook ...").
                continue
            # The next word would have fitted on this line: the writer broke it here.
            breaks.add(lines[index][1])
    return breaks


def _opens_block(texts: list[str], index: int) -> bool:
    """Whether line `index` is the first line of its block (the text's first line, or
    one after a blank line)."""
    return index == 0 or not texts[index - 1].strip()


# A line that ends with a capitalised word and one or two initials ("Treasury Secretary
# James A.", "BankAmerica Corp Chairman A.W.", "Chairman C. J."), and the capitalised
# word that opens the next line, or a nickname in quotation marks ('"Pete" Silas').
_LINE_ENDS_IN_INITIALS = re.compile(r"\b[A-Z][a-z]+\s+((?:[A-Z]\.)(?: ?[A-Z]\.)?)$")
_LINE_OPENS_WITH_NAME = re.compile(r"\s*[\"\u201c]?([A-Z][a-z]+)\b")


# Abbreviations of places and company forms that end sentences ("sales in the U.S.",
# "Citibank N.A.": not a person's initials), and capitalised words that open a
# sentence, never a surname after an initial: data/layout.toml.
_NOT_INITIALS = _WORDS["not_initials"]
_SENTENCE_OPENERS = _WORDS["sentence_openers"]


def _wrapped_at_initial(line: str, following: str) -> bool:
    """Whether a wire line ends inside a name, after its initial: "James A." | "Baker
    said". The full stop is the initial's, not a sentence end, so the short line is no
    paragraph end (the next word would have fitted: see `_paragraph_breaks`) and the
    name stays whole ("James A. Baker", not "Baker"). Place and company abbreviations
    ("U.S.", "N.A.") and sentence openers ("The") after the break keep the end."""
    ending = _LINE_ENDS_IN_INITIALS.search(line)
    opening = _LINE_OPENS_WITH_NAME.match(following)
    return (
        ending is not None
        and opening is not None
        and ending.group(1).replace(" ", "") not in _NOT_INITIALS
        and opening.group(1) not in _SENTENCE_OPENERS
    )


def _blank_paragraphed(texts: list[str]) -> bool:
    """Whether the story separates its paragraphs with blank lines.

    The blank line after a headline line does not count: a headline, a blank line and
    then one paragraph per line is how text copied from a web page often comes.
    """
    content = [index for index, line in enumerate(texts) if line.strip()]
    gaps = [a for a, b in itertools.pairwise(content) if b > a + 1]
    if gaps and gaps[0] == content[0] and "\n" not in texts[content[0]]:
        gaps = gaps[1:]  # the gap after the first line: a headline's, perhaps
    return bool(gaps)


def _starts_block(line: str, following: str) -> bool:
    """Whether `following` is a heading or a list item after `line`, not a wrap.

    A wrapped line may start with a dash too (" - " as punctuation); a list item comes
    after a line that ends a sentence or a clause, or after another item.
    """
    if not BLOCK_START.match(following):
        return False
    return bool(SENTENCE_END.search(line) or BLOCK_START.match(line))


def _is_wrapped(texts: list[str], joined: list[int]) -> bool:
    """Whether the text is hard-wrapped: short lines, most ending mid-sentence."""
    if not joined:
        return False
    lengths = sorted(len(texts[index].rstrip()) for index in joined)
    if lengths[int(0.9 * (len(lengths) - 1))] > WRAP_MAX_WIDTH:
        return False
    mid_sentence = sum(1 for index in joined if not SENTENCE_END.search(texts[index].rstrip()))
    return mid_sentence >= WRAPPED_SHARE * len(joined)


def _blocks(text: str, breaks: set[int], lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches between paragraph breaks, stripped, empty ones dropped."""
    blocks = []
    start = 0
    for _, end in lines[:-1]:
        if end in breaks:
            blocks.append((start, end))
            start = end + 1
    blocks.append((start, len(text)))
    stripped = []
    for begin, end in blocks:
        chunk = text[begin:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk) - len(chunk.rstrip())
            stripped.append((begin + lead, end - trail))
    return stripped


def _headline(
    text: str, blocks: list[tuple[int, int]], headline_line: bool = False
) -> tuple[int, int] | None:
    """The first block, when it is a headline line: short, alone, followed by a blank line
    (or a headline over its deck, see `headline_with_deck`).

    A first paragraph that ends like a sentence (a full stop) is the story's lead, not
    a headline, unless the reader took it as the title (`headline_line`): many sites end
    a headline with a full stop, and a Markdown body's one-line lead looks the same. A
    `.txt` article's headline stays in its body (offsets count it), but it is not part
    of any sentence, quotation, figure or actor.
    """
    if len(blocks) < 2:
        return None
    start, end = blocks[0]
    line = text[start:end]
    gap = BLANK_LINE.search(text, start)
    if gap and gap.start() < blocks[-1][0] and headline_with_deck(text[start : gap.start()]):
        return start, len(text[: gap.start()].rstrip())
    if not BLANK_LINE.match(text, end):
        return None
    if "\n" in line or len(line) > HEADLINE_MAX_CHARS:
        return None
    if headline_line:
        return start, end
    if len(line.split()) > HEADLINE_MAX_WORDS:
        return None
    ending = line.rstrip(CLOSERS)
    if ending.endswith(".") and not ending.endswith(("..", "\u2026")):
        return None  # a sentence, though a trailing ellipsis is a headline's teaser
    return start, end


def headline_with_deck(block: str) -> bool:
    """A first block of two lines set as "Headline;" over a one-line standfirst.

    Newspaper archives export a story's headline and deck as one block, the headline
    closed by a semicolon ("Super PAC haul surges past $1B;" / "Small group of rich
    donors pushes tally ..."). Read as a paragraph, the two glue into one sentence that
    opens the summary. In wrapped prose a line rarely ends with a semicolon before a
    capitalised line that ends the paragraph, and both lines here must be short.
    """
    lines = [line.strip() for line in block.strip().split("\n")]
    if len(lines) != 2 or not all(lines):
        return False
    headline, deck = lines
    return (
        headline.endswith(";")
        and 2 <= len(headline.split()) <= HEADLINE_MAX_WORDS
        and len(deck.split()) <= HEADLINE_MAX_WORDS
        and (deck[0].isupper() or deck[0] in OPENERS)
    )


def make_doc(nlp: Language, text: str, headline_line: bool = False) -> Doc:
    """A Doc of the parse text, with sentence starts preset at every paragraph start.

    To be passed through `nlp.pipe` (or `nlp(doc)`): the parser keeps preset starts and
    finds the other sentence boundaries itself. `headline_line` (see `analyse`) is kept
    on the Doc for `doc_layout`.
    """
    layout = analyse(text, headline_line)
    doc = _tokenize(nlp, layout.parse_text)
    if headline_line:
        doc.user_data[HEADLINE_LINE_KEY] = True
    _split_unit_full_stops(doc)
    starts = {_first_word(layout.parse_text, start) for start, _ in layout.blocks}
    # Written as one array: `Token.is_sent_start = ...` checks the whole Doc for a parse
    # on each call, quadratic in an article of thousands of closing marks.
    from spacy.attrs import SENT_START

    values = doc.to_array([SENT_START])
    inside_names = _inside_wire_names(layout.parse_text)
    for token in doc:
        if token.idx in starts and token.i > 0:
            values[token.i] = _SENT_START_YES
            # Left free, the parser sometimes answers a preset start with a one-word
            # sentence ("Lleyton" | "Hewitt gave himself ..."), which also stops the
            # entity recogniser from seeing the name: no sentence ends after one word.
            if token.i + 1 < len(doc) and not doc[token.i + 1].is_space:
                values[token.i + 1] = _SENT_START_NO
        elif token.i > 0 and (
            _closes(token, doc[token.i - 1])
            or (token.idx in inside_names and not _after_stop(doc, token.i))
        ):
            values[token.i] = _SENT_START_NO
    doc.from_array([SENT_START], values)
    return doc


def _inside_wire_names(parse_text: str) -> set[int]:
    """Offsets at which a token of a wire's bracketed company name may start: "buy from
    <United Gold Corp> 1,053,000 shares" is one sentence, but spaCy, reading the "<",
    sometimes starts one at the bracket or inside the name, and a report stops there.
    Ticker codes are blanked before (`_blank_wire_markup`), so what matches is a name."""
    return {
        offset
        for match in WIRE_MARKUP.finditer(parse_text)
        for offset in range(match.start(), match.end())
    }


def _after_stop(doc: Doc, i: int) -> bool:
    """Whether the word before token `i` ends a sentence ("... last year. <Gulfex Inc>
    said"): a name's bracket may open a sentence there."""
    j = i - 1
    while j >= 0 and (doc[j].is_space or doc[j].text in CLOSERS):
        j -= 1
    return j < 0 or doc[j].text in {".", "!", "?"} or doc[j].text.endswith((".", "!", "?"))


# Token.sent_start as `Doc.to_array` gives it (unsigned 64-bit): 1 starts a sentence, -1
# does not.
_SENT_START_YES = 1
_SENT_START_NO = 2**64 - 1


# spaCy's tokenizer strips prefix and suffix punctuation off a whitespace-free chunk one
# mark at a time, searching the rest of the chunk again each time: quadratic in the
# chunk, so 25,000 nested brackets took minutes, in compiled code no time budget can
# stop. No word, URL or figure of an article comes near this length (a long URL is a few
# hundred characters); a longer run is cut into pieces of this length, each tokenized on
# its own, which changes only the tokens of that run.
MAX_CHUNK_CHARS = 1000
LONG_CHUNK = re.compile(rf"\S{{{MAX_CHUNK_CHARS + 1},}}")


def _tokenize(nlp: Language, text: str) -> Doc:
    """`nlp.make_doc(text)`, with whitespace-free runs over MAX_CHUNK_CHARS tokenized in
    pieces (the same text, token attributes as the tokenizer sets them)."""
    if not LONG_CHUNK.search(text):
        return nlp.make_doc(text)
    from spacy.tokens import Doc

    cuts = [0]
    for run in LONG_CHUNK.finditer(text):
        cuts.extend(range(run.start(), run.end(), MAX_CHUNK_CHARS))
        cuts.append(run.end())
    cuts.append(len(text))
    pieces = [text[start:end] for start, end in itertools.pairwise(cuts) if end > start]
    return Doc.from_docs([nlp.make_doc(piece) for piece in pieces], ensure_whitespace=False)


def _first_word(parse_text: str, start: int) -> int:
    """Where a block's first word is: after a ticker code it opens with ("<GAF> said")."""
    while start < len(parse_text) and parse_text[start] == " ":
        start += 1
    return start


def _closes(token: Token, previous: Token) -> bool:
    """A closing mark written against the word before it ('."', ')'): it ends a sentence.

    The parser sometimes starts a new sentence at the closing quotation mark of a
    paragraph (`... the Bank of England."` | `"`), leaving the mark on its own.
    """
    return (
        token.is_punct
        and not previous.whitespace_
        and not previous.is_space
        and token.text in CLOSERS + ".!?,;:"
    )


def _split_unit_full_stops(doc: Doc) -> None:
    """Split "m." after a figure into "m" and ".": a unit, then the sentence's end.

    spaCy's English tokenizer keeps "m." whole (an abbreviation), so in "profits of
    £250m. Turnover rose" no sentence ends, and figures and quotes run on into the next
    sentence. A short lower-case word with a full stop, written against a number and
    followed by a capitalised word, is a unit ending a sentence.
    """
    found = [
        token
        for token in doc[1:-1]
        if UNIT_STOP.fullmatch(token.text)
        and doc[token.i - 1].like_num
        and not doc[token.i - 1].whitespace_
        and doc[token.i + 1].is_title
    ]
    if not found:
        return
    with doc.retokenize() as retokenizer:
        for token in found:
            retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 1), (token, 0)])


def parse(nlp: Language, text: str) -> Doc:
    """`text` parsed as the pipeline parses an article body (tests and benchmarks): the
    reader strips the whitespace that ends a file (`content.read_article`), and the
    small model parses a closing sentence differently with a newline after it."""
    return nlp(make_doc(nlp, text.rstrip()))
