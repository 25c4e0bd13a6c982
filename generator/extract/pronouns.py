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

#: "who", "which", "that": a relative clause's pronoun, whose antecedent is the noun
#: before it.
RELATIVE_PRONOUNS: frozenset[str] = _WORDS["relative_pronouns"]

#: The relative pronouns, "whom" and the free relatives ("what", "whoever"): words that
#: open a clause about someone without naming them.
CLAUSE_PRONOUNS: frozenset[str] = RELATIVE_PRONOUNS | _WORDS["clause_pronouns"]

#: "he", "she", "they", "i", "we": a clause's subject standing for people, never a name.
PERSONAL_SUBJECT_PRONOUNS: frozenset[str] = _WORDS["personal_subject_pronouns"]

#: Every form of "he" and "she", reflexives too -> "m" or "f": the sex it tells.
PRONOUN_SEX: dict[str, str] = {
    **{word: "m" for word in sorted(MALE_PRONOUNS | _WORDS["male_reflexives"])},
    **{word: "f" for word in sorted(FEMALE_PRONOUNS | _WORDS["female_reflexives"])},
}

#: "he", "she": a clause's subject that tells the sex of the one person it stands for.
SEXED_SUBJECT_PRONOUNS: frozenset[str] = PERSONAL_SUBJECT_PRONOUNS & frozenset(PRONOUN_SEX)
