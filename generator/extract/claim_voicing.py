"""Who holds a claim noun the sentence gives no owner: "Christie repeated accusations
that Rubio recites the same points", "said in a statement that ..." name the subject
as its holder; "Boeing sacked Mr Sears after allegations that they had violated
company policy", "the Commerce Department began investigating complaints that Ukraine
had dumped steel", "Ebbers is to face trial on charges that he oversaw the fraud", "It
followed fears that ..." do not: the allegations, complaints, charges and fears are
others', whom the sentence does not name.

The claim is left to no one named where the noun is the object of a verb that is no
verb of voicing (`voicing_verbs` in quote_words: "repeated accusations", "made the
argument", "voiced concern", "has the belief" voice or hold it; "investigate", "face",
"follow", "draw" do not) or stands in a phrase of another preposition than "in",
"with" or "from" (the words or the means the subject speaks with: "in a statement",
"stirred controversy with an assertion"; the claim it retreats from: "backed away from
a suggestion"; not "after", "on", "amid", "despite", "to").
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.words import word_lists

VOICING_VERBS = word_lists("quote_words")["voicing_verbs"]
# the prepositions of the subject's own claim: the words or means it speaks with ("said
# in a statement that", "stirred controversy with an assertion that") or the claim it
# retreats from ("backed away from a suggestion that")
MEDIUM_PREPOSITIONS = frozenset({"in", "with", "from"})
_VERB_POS = frozenset({"VERB", "AUX"})


def others_claim(noun: Token) -> bool:
    """Whether an ownerless claim noun stands where its verb's subject only meets it:
    the object of a verb that is no verb of voicing ("investigating complaints that"),
    or in a phrase of another preposition than "in", "with", "from" ("after allegations that",
    "on charges that", "despite complaints that"). A conjunct or an apposition stands
    where the phrase it belongs to stands ("his philandering and the allegations that",
    "a staff and the belief that"). Any other place (a parse that hangs the noun on a
    name, "Christie, the governor, repeated accusations that") says nothing either way."""
    phrase = noun
    while phrase.dep_ in {"conj", "appos"} and phrase.head.i != phrase.i:
        phrase = phrase.head
    if phrase.dep_ == "dobj":
        verb = phrase.head
        return verb.pos_ in _VERB_POS and verb.lemma_.lower() not in VOICING_VERBS
    if phrase.dep_ == "pobj" and phrase.head.dep_ == "prep":
        return phrase.head.lower_ not in MEDIUM_PREPOSITIONS
    return False
