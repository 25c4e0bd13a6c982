# ruff: noqa: RUF001, RUF002 - quotation marks and apostrophes are the subject here
"""Interview transcripts: paragraphs that open with a speaker's label.

Newsrooms publish transcripts and Q&As: "WALLACE: Governor, ...", "PENCE: Well, ...",
"Q: ... A: ...", "Mr Smith: ...", sometimes each paragraph set inside an opening
quotation mark ("RAMOS: Secretary Clinton, ...). Read as ordinary text, each line
became a quotation of no one with the label inside it (issue 11). Here such a stretch
is read as what it is:

- a transcript is a conversation: three or more paragraphs of the story opening with a
  label and a colon, two or more speakers, one of whom speaks again, most turns a
  sentence or more, and labels that name speakers (a person the article names, or the
  "Q"/"A" of a Q&A). One "Note:" or "UPDATE:" line is no transcript, nor a list headed
  by names ("Jeb Bush: Student loans ...", "Clinton: 547.");
- a label names the person the article names ("PENCE" is Mike Pence when the article
  names him and no other Pence); a label of two or more words that opens on a given
  name ("JAKE TAPPER") is a name itself; "A" is the one person the article names
  before the transcript, or the one of them its headline names;
- each answer paragraph is a direct quotation of its speaker (`TRANSCRIPT_RULE`), its
  text the words after the label: the label is not what was said;
- a question is not a quotation: the interviewer's turns (the "Q"s, and the first
  speaker of the stretch when they ask) and every turn that ends on a question mark are
  kept under `QUESTION_RULE`, never shown.

The speaker mention of an answer is the name as the article writes it ("Mike Pence"),
not located (the label is not the name, and "Mayor Linda Carter and Fire Chief Robert
Hayes briefed reporters" names two people at once): the speaker resolver looks the name
up among the article's actors as it does any mention. Every other quotation found
inside a turn (the paragraph's opening mark paired with a later one, "I think ..."
read as reported speech) is replaced.
An article without such a stretch is left exactly as it was.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc, Span

from generator.extract.actors.lexicon import HONORIFICS, TITLE_WORDS
from generator.extract.given_names import GIVEN_NAMES, LISTED_GIVEN_NAMES
from generator.extract.pronouns import (
    FIRST_PERSON_PRONOUNS,
    OBJECT_PRONOUNS,
    SECOND_PERSON_PRONOUNS,
    SUBJECT_PRONOUNS,
)
from generator.extract.words import word_lists
from generator.model import Quote
from generator.reading.layout import doc_layout, paragraph_spans

#: An answer in a transcript: the words after its speaker's label.
TRANSCRIPT_RULE = "direct.transcript"
#: A question in a transcript, or any turn of the interviewer: kept, never shown.
QUESTION_RULE = "direct.transcript_question"

_WORDS = word_lists("transcript_words")
_INTERVIEWER_LABELS = _WORDS["interviewer_labels"]
_ANSWER_LABELS = _WORDS["answer_labels"]
_GIVEN = GIVEN_NAMES | LISTED_GIVEN_NAMES

#: The most paragraphs with a label, and the fewest different speakers, that make a
#: transcript.
_FEWEST_TURNS = 3
_FEWEST_SPEAKERS = 2

_UPPER_WORD = r"(?:Mc|Mac)?[A-Z][A-Z.'’-]+"
_TITLE_WORD = r"[A-Z][a-z'’-]+"
#: A label at the head of a paragraph: "Q", "A", an upper-case name of up to four words
#: ("JAKE TAPPER", "SEN. MCCAIN"), or a short title-case name ("Mr Smith", "Interviewer"),
#: then a colon and the words said. The paragraph may open with a quotation mark.
_LABEL = re.compile(
    rf"""(?P<open>[“"]?)[^\S\n]*
    (?P<label>[QA]
      | {_UPPER_WORD}(?:[ ]{_UPPER_WORD}){{0,3}}
      | (?:(?:Mr|Mrs|Ms|Dr)\.?[ ])?{_TITLE_WORD}(?:[ ]{_TITLE_WORD}){{0,2}}
    ):[^\S\n]+(?=\S)""",
    re.VERBOSE,
)
_CLOSING = "”\"’' \t\n"


@dataclasses.dataclass(frozen=True)
class Turn:
    """One labelled paragraph: the label as written and the words after it."""

    label: str
    label_start: int
    label_end: int
    start: int  # the words said, without the label and the paragraph's own marks
    end: int
    paragraph: tuple[int, int]
    key: tuple[str, ...]  # who speaks: the label's words cased down, no honorific


@dataclasses.dataclass(frozen=True)
class _Speaker:
    """Who a label names: the words the article names the person with ("Mike Pence"),
    or the label itself when it is a full name ("Joel Benenson")."""

    mention: str


def find_turns(text: str, body_start: int) -> list[Turn]:
    """Every paragraph of the story that opens with a label and a colon."""
    turns = []
    for index, (start, end) in enumerate(paragraph_spans(text)):
        if start < body_start or index == 0:
            continue  # the headline ("Hillary: Benghazi Victim Mother ..."), known or not
        match = _LABEL.match(text, start, end)
        if match is None:
            continue
        said_start = match.end()
        said_end = end
        while said_end > said_start and text[said_end - 1].isspace():
            said_end -= 1
        if match.group("open") and text[said_end - 1] in '”"':
            said_end -= 1  # the paragraph's own quotation closes with it
        if said_end <= said_start:
            continue
        turns.append(
            Turn(
                label=match.group("label"),
                label_start=match.start("label"),
                label_end=match.end("label"),
                start=said_start,
                end=said_end,
                paragraph=(start, end),
                key=_name_words(match.group("label")),
            )
        )
    return turns


def transcript_labels(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Where the speaker labels of the article's transcript are, if it holds one: the
    named-entity model reads "WALLACE" as an organisation and "Luciana Lopez: Saying" as
    a person, and the people a transcript quotes are named in its introduction."""
    found = _transcript(doc, text)
    return [] if found is None else [(t.label_start, t.label_end) for t in found[0]]


def _transcript(
    doc: Doc, text: str
) -> tuple[list[Turn], list[Span], dict[tuple[str, ...], _Speaker]] | None:
    """The turns of the article's transcript, the people it names and who each label
    names; None when it holds no transcript."""
    turns = _same_speaker_keys(find_turns(text, doc_layout(doc).body_start))
    if not _conversation(text, turns):
        return None
    persons = _named_persons(doc, turns)
    speakers = _label_speakers(turns, persons)
    named = {t.key for t in turns if t.key in speakers or _role_label(t.key)}
    upper = all(t.label.isupper() for t in turns)
    if len(named) < (1 if upper else _FEWEST_SPEAKERS):
        return None  # "WHAT: ... WHEN: ...", "Note: ...": labels that name no one
    return turns, persons, speakers


def transcript_quotes(doc: Doc, text: str, quotes: list[Quote]) -> list[Quote]:
    """`quotes` with the turns of an interview transcript read as quotations of their
    speakers; unchanged (the same list) when the article holds no transcript."""
    found = _transcript(doc, text)
    if found is None:
        return quotes
    turns, persons, speakers = found
    layout = doc_layout(doc)
    askers = _interviewers(text, turns)
    headline = text[layout.headline[0] : layout.headline[1]] if layout.headline else ""
    answerer = _answerer(turns, persons, speakers, askers, headline)
    new: list[Quote] = []
    replaced: list[tuple[int, int]] = []
    unknown: list[tuple[int, int]] = []
    asking: list[tuple[int, int]] = []
    for turn in turns:
        speaker = answerer if turn.key in _answer_keys(turns) else speakers.get(turn.key)
        if speaker is not None and _names_own_speaker(text, turn, speaker):
            speaker = None  # "TRUMP: Trump went after ...": the writer's summary of him
        asked = turn.key in askers or _is_question(text, turn)
        if speaker is None and not asked:
            # "VIDEO: ...", an answer whose speaker the article does not name: left as
            # it was, but a quotation holding the label is no one's words as cut
            unknown.append((turn.paragraph[0], turn.label_end))
            continue
        if asked:
            # the question goes, but not what it reports a third person said ("Donald
            # Trump ... says we should round up the 11 million people ...")
            unknown.append((turn.paragraph[0], turn.label_end))
            asking.append(turn.paragraph)
        else:
            replaced.append(turn.paragraph)
        if asked or len(text[turn.start : turn.end].split()) >= _SHORTEST_ANSWER:
            new.append(_turn_quote(text, turn, speaker, asked))
        # "A: Not yet, I will.": without the question, a short answer says nothing
        if not asked and turn.key in _answer_keys(turns):
            for start, end in _answer_goes_on(text, turns, turn):
                new.append(dataclasses.replace(new[-1], text=text[start:end], start=start, end=end))
                replaced.append((start, end))
    kept = [
        q
        for q in quotes
        if not any(_overlaps(q, span) for span in replaced)
        and not any(q.start <= end and q.end > start for start, end in unknown)
        and not any(_overlaps(q, span) and _first_or_second(q) for span in asking)
    ]
    return kept + new


#: The fewest words of an answer shown without its question.
_SHORTEST_ANSWER = 6
# "i", "we", "you", "me", "us": the speaker and the one spoken to, as subject or object
_PERSONAL = (SUBJECT_PRONOUNS | OBJECT_PRONOUNS) & (FIRST_PERSON_PRONOUNS | SECOND_PERSON_PRONOUNS)


def _first_or_second(quote: Quote) -> bool:
    """Whether a report inside a question is the interviewer's or the interviewee's
    ("you said ...", "I think ..."): part of the question, not a third person's words."""
    mention = (quote.speaker_mention or "").casefold()
    return not mention or mention in _PERSONAL


#: The fewest words of a turn that says something: "Clinton: 547." in a count of
#: delegates and "Sanders: Win in a walk." heading a section are no one's words.
_FEWEST_WORDS = 4


def _conversation(text: str, turns: list[Turn]) -> bool:
    """Whether labelled paragraphs are a conversation: three or more turns, two or more
    speakers, one of whom speaks again (a list of candidates, "Jeb Bush: Student loans
    ... Marco Rubio: Retirement accounts ...", names each once), and turns that are
    sentences, at least half of them of four words or more."""
    if len(turns) < _FEWEST_TURNS or len({t.key for t in turns}) < _FEWEST_SPEAKERS:
        return False
    keys = [t.key for t in turns]
    if all(keys.count(key) == 1 for key in keys):
        return False
    said = [t for t in turns if len(text[t.start : t.end].split()) >= _FEWEST_WORDS]
    return 2 * len(said) >= len(turns)


def _same_speaker_keys(turns: list[Turn]) -> list[Turn]:
    """Turns whose label is the surname of a fuller label ("TAPPER" after "JAKE
    TAPPER") under the fuller label's key: one speaker, one key."""
    keys = {t.key for t in turns}
    out = []
    for turn in turns:
        fuller = [k for k in keys if len(k) > len(turn.key) and k[-len(turn.key) :] == turn.key]
        out.append(dataclasses.replace(turn, key=fuller[0]) if len(fuller) == 1 else turn)
    return out


def _answer_goes_on(text: str, turns: list[Turn], turn: Turn) -> list[tuple[int, int]]:
    """The paragraphs without a label that carry on an "A:" answer up to the next "Q:":
    a Q&A labels only the first paragraph of a long answer. Each must be a sentence or
    more of six words or more, not a question; the first that is not (a heading, the
    writer's words after the last answer) ends the answer."""
    later = [t.paragraph[0] for t in turns if t.paragraph[0] > turn.paragraph[0]]
    if not later:
        return []  # after the last turn the writer may take over again
    found = []
    for start, end in paragraph_spans(text):
        if start <= turn.paragraph[0] or end > later[0]:
            continue
        while end > start and text[end - 1].isspace():
            end -= 1
        said = text[start:end]
        if len(said.split()) < _SHORTEST_ANSWER or not said.endswith(_SENTENCE_ENDS):
            break
        found.append((start, end))
    return found


#: How a paragraph of an answer ends: a full stop, an exclamation, a closing mark.
_SENTENCE_ENDS = (".", "!", "”", '"', "’", "'", "…")


def _names_own_speaker(text: str, turn: Turn, speaker: _Speaker) -> bool:
    """Whether a turn names its own speaker by surname: a round-up of what each candidate
    did ("CRUZ: Cruz told voters ...") is the writer's, where a speaker says "I"."""
    surname = speaker.mention.split()[-1]
    return re.search(rf"\b{re.escape(surname)}\b", text[turn.start : turn.end]) is not None


def _overlaps(quote: Quote, span: tuple[int, int]) -> bool:
    return quote.start < span[1] and quote.end > span[0]


def _role_label(key: tuple[str, ...]) -> bool:
    """Whether a label names a role of a Q&A ("Q", "A", "INTERVIEWER"), not a person."""
    return bool(key) and (
        all(w in _INTERVIEWER_LABELS for w in key) or all(w in _ANSWER_LABELS for w in key)
    )


def _answer_keys(turns: list[Turn]) -> set[tuple[str, ...]]:
    return {t.key for t in turns if all(w in _ANSWER_LABELS for w in t.key)}


def _is_question(text: str, turn: Turn) -> bool:
    """Whether a turn ends on a question mark: a question, not a statement."""
    return text[turn.start : turn.end].rstrip(_CLOSING).endswith("?")


def _interviewers(text: str, turns: list[Turn]) -> set[tuple[str, ...]]:
    """The labels of those who ask: a role label ("Q", "INTERVIEWER"), and the first
    speaker of the stretch when one of their turns is a question (the host opens the
    interview: "TAPPER: Donald Trump released a video ... Take a listen.")."""
    askers = {t.key for t in turns if all(w in _INTERVIEWER_LABELS for w in t.key)}
    first = turns[0].key
    if first not in _answer_keys(turns) and any(
        t.key == first and _is_question(text, t) for t in turns
    ):
        askers.add(first)
    return askers


def _named_persons(doc: Doc, turns: list[Turn]) -> list[Span]:
    """The people the article names outside the labels, as written ("Mike Pence")."""
    labels = [(t.label_start, t.label_end) for t in turns]
    return [
        ent
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and not ent.text.isupper()
        and not any(ent.start_char < end and ent.end_char > start for start, end in labels)
    ]


def _name_words(text: str) -> tuple[str, ...]:
    """A name's words cased down, without an honorific, a title or a possessive
    ("SEN. MCCAIN": mccain; "Gov Fallin": fallin)."""
    words = [w.casefold().removesuffix("'s").removesuffix("’s") for w in text.split()]
    while len(words) > 1 and (words[0] in HONORIFICS or words[0] in TITLE_WORDS):
        words = words[1:]
    return tuple(words)


def _label_speakers(turns: list[Turn], persons: list[Span]) -> dict[tuple[str, ...], _Speaker]:
    """Who each label names, for the labels whose person is clear."""
    out: dict[tuple[str, ...], _Speaker] = {}
    # the turn whose label is the key in full ("JAKE TAPPER", not "TAPPER")
    keys = {t.key: t for t in reversed(turns) if _name_words(t.label) == t.key}
    for key, turn in keys.items():
        if _role_label(key):
            continue
        speaker = _person_named(key, persons)
        if speaker is None and len(key) > 1 and key[0].title() in _GIVEN:
            speaker = _label_name(turn)  # "JAKE TAPPER": a full name ("NORTH END": none)
        if speaker is not None:
            out[key] = speaker
    return out


def _label_name(turn: Turn) -> _Speaker:
    """A label that is a full name, as the name ("JOEL BENENSON": Joel Benenson)."""
    return _Speaker(turn.label.title())


def _person_named(key: tuple[str, ...], persons: list[Span]) -> _Speaker | None:
    """The one person the article names whose name ends with the label's words: "PENCE"
    is "Mike Pence"; None when two people share the name ("Hillary Clinton", "Bill
    Clinton") or no one has it."""
    matches = [p for p in persons if _name_words(p.text)[-len(key) :] == key]
    if not matches:
        return None
    full = [p for p in matches if len(_name_words(p.text)) > len(key)]
    if len({_name_words(p.text)[0] for p in full}) > 1:
        return None
    chosen = full[0] if full else matches[0]
    return _Speaker(_without_possessive(chosen))


def _without_possessive(name: Span) -> str:
    """A name as written, without its "’s" ("Hillary Clinton’s campaign")."""
    return (name[:-1] if len(name) > 1 and name[-1].tag_ == "POS" else name).text


def _answerer(
    turns: list[Turn],
    persons: list[Span],
    speakers: dict[tuple[str, ...], _Speaker],
    askers: set[tuple[str, ...]],
    headline: str,
) -> _Speaker | None:
    """Who the "A" of a Q&A is: the one person the article names before the transcript
    (the interviewer's name aside), or else the one of them the headline names ("Q&A
    with Vice President Joe Biden", whose intro names the two reporters who asked too);
    None when that leaves no one or several."""
    if not _answer_keys(turns):
        return None
    first = turns[0].paragraph[0]
    asker_names = {_name_words(s.mention)[-1] for k, s in speakers.items() if k in askers}
    people: dict[str, Span] = {}
    for person in (p for p in persons if p.end_char <= first):
        words = _name_words(person.text)
        if words[-1] in asker_names:
            continue
        if words[-1] not in people or len(words) > len(_name_words(people[words[-1]].text)):
            people[words[-1]] = person
    if len(people) > 1:
        titled = {w.casefold() for w in re.findall(r"\w+", headline)}
        people = {surname: p for surname, p in people.items() if surname in titled}
    if len(people) != 1:
        return None
    return _Speaker(_without_possessive(next(iter(people.values()))))


def _turn_quote(text: str, turn: Turn, speaker: _Speaker | None, asked: bool) -> Quote:
    return Quote(
        text=text[turn.start : turn.end],
        kind="direct",
        start=turn.start,
        end=turn.end,
        speaker_mention=speaker.mention if speaker else None,
        rule=QUESTION_RULE if asked else TRANSCRIPT_RULE,
    )
