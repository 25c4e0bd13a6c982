"""Names run together with a web page's buttons and bylines ("Zach CarterFlagShareLike
ReplySara Bondioli", a live blog's "Flag Share Like Reply" glued between two authors'
names): such a name is no one's, and a quotation given to it would show a garbled
speaker. A person's name holds at most a couple of capitals inside a word ("McDonald",
"DiCaprio"); several mean words glued together. Only for people: a company may write
its name so ("OptInRealBig", "GlaxoSmithKline").
"""

from __future__ import annotations

import re

# a lower-case letter straight before a capital, inside one word
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")

# more capitals inside one word than any name has ("GlaxoSmithKline" has two)
MAX_INNER_CAPITALS = 2


def glued_words(name: str) -> bool:
    """Whether a word of `name` is several words run together (see the module)."""
    return any(
        len(_INNER_CAPITAL.findall(word)) > MAX_INNER_CAPITALS for word in re.split(r"[\s-]+", name)
    )
