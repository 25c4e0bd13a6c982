"""Who holds a claim noun the sentence gives no owner: "Christie repeated accusations
that Rubio recites the same points", "said in a statement that ..." name the subject
as its holder; "Boeing sacked Mr Sears after allegations that they had violated
company policy", "the Commerce Department began investigating complaints that Ukraine
had dumped steel", "Ebbers is to face trial on charges that he oversaw the fraud", "It
followed fears that ..." do not: the allegations, complaints, charges and fears are
others', whom the sentence does not name.

The subject voices the claim only when the noun is the object of a verb of voicing
(`voicing_verbs` in quote_words: "repeated accusations", "made the argument", "voiced
concern", "issued a warning") or stands in an "in"/"with" phrase of the verb, the words
or the means it speaks with ("in a statement", "stirred controversy with an
assertion"). Any other place (the object of "investigate", "face", "follow"; after
"after", "on", "amid", "over", "to") leaves the claim to no one named.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.words import word_lists

VOICING_VERBS = word_lists("quote_words")["voicing_verbs"]
# the prepositions of the words or means a subject speaks with
MEDIUM_PREPOSITIONS = frozenset({"in", "with"})
_VERB_POS = frozenset({"VERB", "AUX"})


def voiced_by_subject(noun: Token) -> bool:
    """Whether an ownerless claim noun is held by the subject of the verb it hangs on:
    the object of a verb of voicing, or an "in"/"with" phrase of a verb."""
    if noun.dep_ == "dobj":
        verb = noun.head
        return verb.pos_ in _VERB_POS and verb.lemma_.lower() in VOICING_VERBS
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
        return verb.pos_ in _VERB_POS and noun.head.lower_ in MEDIUM_PREPOSITIONS
    return False
