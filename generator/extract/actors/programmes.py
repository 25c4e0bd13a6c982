"""A network's programme named with the network's name ("NBC Nightly News", "CBS Evening
News"): the network's own name is no short form of it.

Merged, the briefing listed the network under its programme's name ("NBC Nightly
News", with "NBC" as an alias) and gave the programme what the network said. The
programme's words say which it is (`programme_words`, data/brand_words.toml): a
network's news arm ("BBC News", "Sky News") holds none of them and stays the network.
"""

from __future__ import annotations

from generator.extract.words import word_lists

PROGRAMME_WORDS = word_lists("brand_words")["programme_words"]


def network_programme(name: str) -> bool:
    """Whether `name`, a network's name and more words, names a programme: a word after
    the first is a programme's ("NBC Nightly News", "CBS This Morning")."""
    words = name.split()
    return len(words) >= 2 and any(w.casefold() in PROGRAMME_WORDS for w in words[1:])
