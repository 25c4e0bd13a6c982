"""A belief held by a kind of people, not by anyone named (issue 11, non-quotes).

"Scientists think that [warming in excess of 2°C could unleash more dangerous effects]",
"Critics fear [this could hurt small software developers]", "Producers feared [another
spell of rain could cause more damage]": a bare plural (no article, no number, no
possessive, no name in its phrase) under a verb of belief or worry is the writer's
survey of opinion, like "most observers believe" (`reported_speech._vague_holder`), not
words anyone said. The page shows such a find with no speaker at all; the editor's
review counts it as no quote (TUNE: time_001). Kept for PolNeAR, which annotates it,
under the vague-stance rule.

Only verbs of belief, not of saying ("critics say ...", "analysts said ..." are reports
of words, even unnamed) nor of evidence ("polls show", handled apart); and only a report
no other report holds ("the company said analysts expect ...": the company's words).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.speech_cues import _STANCE_ONLY, _is_reporting
from generator.extract.words import word_lists

_EVIDENCE_VERBS = word_lists("quote_words")["evidence_verbs"]
#: Verbs of belief or worry, not of finding out.
_BELIEF_VERBS = _STANCE_ONLY - _EVIDENCE_VERBS
#: Words that make a plural someone in particular: "the critics", "these analysts",
#: "its bankers", "three experts", "Mr Reed's critics", "Sanders' aides".
_SPECIFYING_DEPS = frozenset({"det", "poss", "nummod", "predet", "case", "nmod"})
#: Tags of a name in the holder's phrase: "Sanders' aides", "Harbour Capital analysts".
_NAME_TAGS = frozenset({"NNP", "NNPS"})
#: Entities that name someone in the holder's phrase ("analysts at Salomon Brothers");
#: a group named by its creed or nation ("Republicans", "Midwestern Democrats") stays a
#: kind.
_NAMING_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "FAC"})


def _bare_plural(holder: Span) -> bool:
    """Whether a holder is a plural noun with nothing that picks out who: "Scientists",
    "Critics", "Livestock analysts", "other analysts", "Midwestern Democrats"."""
    root = holder.root
    if root.tag_ not in {"NNS", "NNPS"}:
        return False
    if root.tag_ == "NNPS" and root.ent_type_ != "NORP":
        return False
    if any(c.dep_ in _SPECIFYING_DEPS for c in root.children):
        return False
    others = [t for t in root.subtree if t.i != root.i]
    if any(t.tag_ in _NAME_TAGS or t.pos_ == "PROPN" for t in others):
        return False  # "Sanders' aides" (the parser may read "Sanders" as a modifier)
    return not any(t.ent_type_ in _NAMING_ENTITIES for t in root.subtree)


def generic_belief(verb: Token, holder: Span | None) -> bool:
    """Whether a report is a belief of a kind of people (see the module docstring)."""
    if holder is None or len(holder) == 0:
        return False
    if verb.lemma_.lower() not in _BELIEF_VERBS:
        return False
    if any(_is_reporting(above, direct=False) for above in verb.ancestors):
        return False
    return _bare_plural(holder)
