"""A body's name inside a joint name: "the Lakeside Courier" is not the "Lakeside
Courier-Morning Tracker" poll that the paper runs with a pollster. Where the article
names the joint poll first, the model may hold the paper under the joint name only, and
the paper's own words ("the Lakeside Courier, which said it would ...") would be shown
as the joint poll's. The other way round, a law named after two people ("Glass-Steagall
aimed to protect ...") is not the person "Glass". Such words are left without a speaker
rather than given to the other name.
"""

from __future__ import annotations

from generator.extract.speakers.name_text import _strip_determiner
from generator.model import name_key


def part_of_joint_name(mention: str, name: str) -> bool:
    """Whether `mention` names only the part of `name` before a hyphen that joins it to
    another capitalised name ("the Huffington Post" of "Huffington Post-Morning
    Consult"), with no more of the joint name in the mention."""
    own = _strip_determiner(mention.strip())
    if not own or name_key(own) == name_key(name):
        return False
    cut = len(own)
    if name[:cut].casefold() != own.casefold() or not name[cut:].startswith("-"):
        return False
    rest = name[cut + 1 :]
    return rest[:1].isupper()


def joined_names_differ(mention: str, name: str) -> bool:
    """Whether the mention and the actor's name differ by a part joined with a hyphen,
    one way or the other (`part_of_joint_name`)."""
    return part_of_joint_name(mention, name) or part_of_joint_name(name, mention)
