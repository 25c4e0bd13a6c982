"""Pronouns, one lexicon (data/function_words.toml): the sex and number a pronoun tells
of what it refers to ("he", "her", "himself"; "it"; "who").

Every stage reads them from here: the speakers (a "he" or "she" given to the person
the article names, speakers/lexicon.py, gender.py) and the actors (the pronoun after a
bare surname telling which of two namesakes it is, actors/kin_pronouns.py). The actors
package may not import the speakers package, so the lexicon stands above both.
"""

from __future__ import annotations

from generator.extract.words import word_lists

_WORDS = word_lists("function_words")

#: "he", "him", "his": a man, each case form but the reflexive.
MALE_PRONOUNS: frozenset[str] = _WORDS["male_pronouns"]

#: "she", "her", "hers": a woman, each case form but the reflexive.
FEMALE_PRONOUNS: frozenset[str] = _WORDS["female_pronouns"]

#: "it": an organisation or a thing, never a person.
ORG_PRONOUNS: frozenset[str] = _WORDS["organisation_pronouns"]

#: "this", "that", "these", "those": pointing back to what was just said.
DEMONSTRATIVES: frozenset[str] = _WORDS["demonstratives"]

#: "who", "which", "that": a relative clause's pronoun, whose antecedent is the noun
#: before it.
RELATIVE_PRONOUNS: frozenset[str] = _WORDS["relative_pronouns"]

#: The relative pronouns, "whom" and the free relatives ("what", "whoever"): words that
#: open a clause about someone without naming them.
CLAUSE_PRONOUNS: frozenset[str] = RELATIVE_PRONOUNS | _WORDS["clause_pronouns"]

#: "i", "we", "you", "he", "she", "it", "they": every personal pronoun a clause's
#: subject may be.
SUBJECT_PRONOUNS: frozenset[str] = _WORDS["subject_pronouns"]

#: "me", "us", "you", "him", "her", "it", "them": the object forms.
OBJECT_PRONOUNS: frozenset[str] = _WORDS["object_pronouns"]

#: "my", "our", "your", "his", "her", "its", "their": the possessive determiners.
POSSESSIVE_PRONOUNS: frozenset[str] = _WORDS["possessive_pronouns"]

#: "i", "me", "my", "we", "us", "our": the words a speaker uses of themself.
FIRST_PERSON_PRONOUNS: frozenset[str] = _WORDS["first_person_pronouns"]

#: "you", "your", "yours", "yourself", "yourselves": of the one spoken to.
SECOND_PERSON_PRONOUNS: frozenset[str] = _WORDS["second_person_pronouns"]

#: "he", "she", "they", "i", "we": a clause's subject standing for people, never a name
#: (speaker_mentions.py; speakers/ adds "you").
PERSONAL_SUBJECT_PRONOUNS: frozenset[str] = SUBJECT_PRONOUNS - SECOND_PERSON_PRONOUNS - ORG_PRONOUNS

#: "him", "her", "it", "them": the object forms of someone or something spoken of.
THIRD_PERSON_OBJECTS: frozenset[str] = (
    OBJECT_PRONOUNS - FIRST_PERSON_PRONOUNS - SECOND_PERSON_PRONOUNS
)

#: "she" -> "her", "he" -> "his", ...: each subject pronoun's own possessive.
SUBJECT_POSSESSIVES: dict[str, str] = dict(
    pair.split(":", 1) for pair in sorted(_WORDS["subject_possessives"])
)

#: Every form of "he" and "she", reflexives too -> "m" or "f": the sex it tells.
PRONOUN_SEX: dict[str, str] = {
    **{word: "m" for word in sorted(MALE_PRONOUNS | _WORDS["male_reflexives"])},
    **{word: "f" for word in sorted(FEMALE_PRONOUNS | _WORDS["female_reflexives"])},
}

#: "he", "she": a clause's subject that tells the sex of the one person it stands for.
SEXED_SUBJECT_PRONOUNS: frozenset[str] = PERSONAL_SUBJECT_PRONOUNS & frozenset(PRONOUN_SEX)

#: "his", "her", "its", "their": the possessives of someone or something spoken of.
THIRD_PERSON_POSSESSIVES: frozenset[str] = (
    POSSESSIVE_PRONOUNS - FIRST_PERSON_PRONOUNS - SECOND_PERSON_PRONOUNS
)
