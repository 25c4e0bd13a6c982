"""The source line under a quote: "<speaker mention> <cue verb>", as an editor writes it.

Both the briefing and the actor page print it. The mention and the cue are the
article's words, found apart by the quote rules; joined as they are they can read
wrong ("who tell", "Mr Blair predict", "he urging", "The initiative said" under a quote
of Nagel's). The label puts the verb in the past where it was not finite, and leaves
out what does not name the speaker: better no label than a misleading one.
"""

from __future__ import annotations

from generator.extract.actors import person_noun
from generator.extract.quotes import CLAUSE_RULE
from generator.extract.speech_cues import REPORTING_VERBS
from generator.extract.words import word_lists
from generator.model import Quote, name_key

_WORDS = word_lists("quote_words")
_CUE_LEMMAS = REPORTING_VERBS | _WORDS["manner_verbs"]
_IRREGULAR = dict(pair.split(":", 1) for pair in _WORDS["irregular_past"])
_DOUBLING = _WORDS["doubling_verbs"]
# Words that cannot stand for a speaker in a label: relative and demonstrative pronouns
# ("who tell", "that revealed") point back into a sentence the reader does not see.
_POINTERS = frozenset({"who", "whom", "which", "that", "this", "these", "those"})
_PLURAL_SUBJECTS = frozenset({"they", "we", "i", "you", "who"})
_DETERMINERS = frozenset({"the", "a", "an"})


def quote_kind_label(quote: Quote) -> str:
    """What the line under a quote calls it: "quoted" when the shown text is the
    speaker's own words, "reported" when it is the writer's account of them: an indirect
    report, or a reported clause shown whole around the few words it quotes ("Lord
    Butler had given the "most damaging testimony" he could remember")."""
    if quote.kind == "indirect" or quote.rule == CLAUSE_RULE:
        return "reported"
    return "quoted"


def source_label(quote: Quote, speaker_type: str | None = None) -> str:
    """The label of a quote's source, or "" when it would mislead.

    `speaker_type` is the type of the resolved speaker ("person", ...), if any.
    """
    mention = " ".join((quote.speaker_mention or "").split())
    cue = " ".join((quote.cue or "").split())
    if cue.lower().startswith("according"):
        return f"{cue} {mention}".strip()
    if not mention or mention.casefold() in _POINTERS:
        return ""
    mention = _name_only(mention, quote.speaker)
    if speaker_type == "person" and _describes_a_thing(mention):
        return ""  # "The initiative, said Nagel, ...": the mention is not the speaker
    return f"{mention} {_reported(cue, mention, speaker_type)}".strip()


def _name_only(mention: str, speaker: str | None) -> str:
    """ "Martinez of the visit by the SENAIN chief" (the parse hung the rest of the
    sentence on the name) -> "Martinez": a name of the speaker followed by "of" and a
    lower-case phrase. "William Sullivan of Dean Witter" keeps its firm."""
    if not speaker or " of " not in mention:
        return mention
    name, rest = mention.split(" of ", 1)
    if rest[:1].isupper() or not name[:1].isupper():
        return mention
    words = speaker.split()
    if name_key(name) in {name_key(speaker), name_key(words[-1])}:
        return name
    return mention


def _describes_a_thing(mention: str) -> bool:
    """Whether a described mention ("the initiative") has a head that names no person:
    lower case after a determiner, no word for a person in it."""
    words = mention.split()
    if len(words) < 2 or words[0].casefold() not in _DETERMINERS:
        return False
    rest = words[1:]
    if any(w[:1].isupper() for w in rest):
        return False  # "the Financial Times", "a former UC Global employee"
    return not any(person_noun(w) for w in rest)


def _reported(cue: str, mention: str, speaker_type: str | None) -> str:
    """The cue in a tense the label can show: "predict" and "urging" in the past, a
    finite form as written ("said", "says", "tell" after "they")."""
    if not cue or " " in cue:
        return cue
    word = cue.casefold()
    if word.endswith("ing"):
        lemma = _ing_lemma(word)
        return _past(lemma) if lemma else cue
    last = mention.split()[-1].casefold()
    plural = last in _PLURAL_SUBJECTS or (
        speaker_type != "person" and last.endswith("s") and not last.endswith("ss")
    )  # "Analysts say", "they tell": finite as written
    if word in _CUE_LEMMAS and not plural:
        return _past(word)  # "Mr Blair predict": a bare verb under one speaker
    return cue


def _ing_lemma(word: str) -> str | None:
    stem = word[:-3]
    for lemma in (stem, stem + "e", stem[:-1]):
        if lemma in _CUE_LEMMAS:
            return lemma
    return None


def _past(lemma: str) -> str:
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma in _DOUBLING:
        return lemma + lemma[-1] + "ed"
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        return lemma[:-1] + "ied"
    return lemma + "ed"
