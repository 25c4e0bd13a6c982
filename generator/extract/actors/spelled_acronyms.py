"""An organisation named by its acronym, spelled out once where the model tagged no name:
shown under the name the article spells ("Clinton Global Initiative" for "CGI"), the
acronym kept as its alias.

`_merge_acronyms` joins an acronym to the body it abbreviates when that body is an actor
of its own; when the model left the spelled-out words untagged ("involvement with the
Clinton Global Initiative and the Clinton Foundation ... the 2011 annual CGI event"),
the briefing showed only the letters.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.words import word_lists
from generator.model import Actor

# Small words inside a name that its acronym may skip or keep ("Department of
# Transportation": DOT; "Institute for the Study of War": ISW)
ACRONYM_SKIPS = word_lists("function_words")["acronym_skips"]


def _spell_out_acronyms(doc: Doc, actors: list[Actor]) -> None:
    """Renames an organisation whose name is an acronym (two to six capitals) to the
    words the article spells it with before its first use: a run of capitalised words
    (small words of ACRONYM_SKIPS between them) that starts and ends the capitalised
    words there, whose initials, with or without its small words, are the acronym, and
    that does not end in a word the model tagged as a person's ("Clinton Global
    Initiative" may open with one). One spelling only, and no part of another actor's
    name ("Department of Energy" of "U.S. Department of Energy", which the acronym
    merge joins "DOE" to); the acronym becomes the first alias."""
    taken = {a.name for a in actors}
    for actor in actors:
        letters = actor.name.replace(".", "")
        if (
            actor.type != "organization"
            or not actor.spans
            or not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper())
        ):
            continue
        first = min(start for start, _ in actor.spans)
        spelled = {words for words in _spellings(doc, letters) if doc.text.find(words) < first}
        if len(spelled) != 1:
            continue
        name = next(iter(spelled))
        if any(name in other for other in taken):
            continue  # "U.S. Department of Energy" is an actor: the acronym merge joins "DOE"
        actor.aliases = [actor.name, *[a for a in actor.aliases if a != actor.name]]
        actor.name = name
        taken.add(name)


def _spellings(doc: Doc, letters: str) -> set[str]:
    """The runs of capitalised words of `doc` (`_capitalised`, small words between them)
    whose initials are `letters`, each a whole run: no capitalised word just before or
    after it ("Democratic National Committee Chair Debbie ..." spells no "DNC")."""
    found: set[str] = set()
    n = len(doc)
    i = 0
    while i < n:
        if not _capitalised(doc[i]) or (i > 0 and _capitalised(doc[i - 1])):
            i += 1
            continue
        end = i
        while end + 1 < n and (
            _capitalised(doc[end + 1])
            or (doc[end + 1].lower_ in ACRONYM_SKIPS and end + 2 < n and _capitalised(doc[end + 2]))
        ):
            end += 1
        run = doc[i : end + 1]
        big = "".join(t.text[0] for t in run if _capitalised(t))
        every = "".join(t.text[0].upper() for t in run)
        if len(run) >= 2 and letters in (big, every) and run[-1].ent_type_ != "PERSON":
            found.add(run.text)
        i = end + 1
    return found


def _capitalised(token: Token) -> bool:
    """A word written with a capital and small letters ("Global"; not "CGI", "The" at a
    sentence's start)."""
    return token.is_alpha and token.is_title and not (token.is_sent_start and token.is_stop)
