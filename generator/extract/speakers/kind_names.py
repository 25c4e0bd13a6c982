"""Which kind of body a name makes its body, by the word that heads it: "Big Rivers
Electric Corp" is a utility, "Amsterdam Stock Exchange" a bourse, "Delta Air Lines" an
airline (data/speaker_words.toml `kind_name_heads`). News refers back to a body by what
it is ("the utility said"), and that word is often not the one its name holds. Read by
`kind_heads.org_of_kind_by_name` (the one body of the kind named before).
"""

from __future__ import annotations

from generator.extract.speakers.companies import _company_core
from generator.extract.speakers.name_text import _words
from generator.extract.words import word_lists

#: "police" -> [("police",), ("scotland", "yard"), ...]: the heads of a name of that kind
KIND_NAME_HEADS: dict[str, list[tuple[str, ...]]] = {
    kind: [tuple(head.split("+")) for head in heads.split(",")]
    for kind, _, heads in (
        item.partition(":") for item in word_lists("speaker_words")["kind_name_heads"]
    )
}


def headed_as(name: str, kind: str) -> bool:
    """Whether a body's name, before any "of"/"for" and without company suffixes, ends
    with a head of that kind ("Big Rivers Electric Corp", "Consolidated Edison Co of New
    York", "Delta Air Lines"; not "Charing Cross Police Station"). A name of the head
    alone ("Police", "United") says nothing: the model's cut of a longer name."""
    words = name.split()
    for i, word in enumerate(words[1:], start=1):
        if word.casefold() in {"of", "for"}:
            words = words[:i]
            break
    core = _words(" ".join(_company_core(" ".join(words)) or words))
    return any(
        (len(core) > len(head) or len(head) > 1) and tuple(core[-len(head) :]) == head
        for head in KIND_NAME_HEADS[kind]
    )
