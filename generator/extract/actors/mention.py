"""`_Mention` (one name as written, with its votes) and `_Group` (the mentions of one
actor): the records every step passes on.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from generator.model import ACTOR_TYPE_ORDER, RegistryEntry


@dataclass(eq=False)  # compared by identity: list membership stays cheap
class _Mention:
    """One occurrence of a name, cleaned of articles, titles and possessives."""

    name: str
    start: int  # char offsets of the cleaned name in doc.text
    end: int
    label: str  # spaCy label, "SURNAME" for a scanned surname, "REG" for a registry hit
    n_tokens: int
    roles: list[str] = field(default_factory=list)
    votes: dict[str, float] = field(default_factory=dict)
    title_range: tuple[int, int] | None = None  # char range of a pre-name title
    office: bool = False  # and it is an office, capitalised: "President Obama" (`_office`)
    base: str | None = None  # the type the model's label gave (part of `votes`)
    speaks: bool = False  # subject of a reporting verb, or followed by "who"
    modifier: bool = False  # used as an adjective ("Ukrainian troops")
    body_noun: bool = False  # modifies a body's noun: "the Clinton team", "Kerrang! magazine"
    place_modifier: bool = False  # a place's name before a noun, past the lead: "U.S. dollars"
    context: str | None = None  # the type weak context supports ("flights to X")
    coordinated: bool = False  # joined to another name by "and" or a comma ("X, Y and Z")
    bracketed_after: _Mention | None = None  # "Leisure Software Association (Elspa)"
    after_ticker: bool = False  # ... given after the name's ticker: "A/S <STAT.OL> (Statoil)"
    nickname: tuple[int, int] | None = None  # char range of 'Antonio "LA" Reid''s "LA"
    nickname_name: str | None = None  # and its text
    honorific: str | None = None  # "Mrs" of "Mrs Howard", as written
    kin_of: str | None = None  # "Howard" for "Sandra" in "Michael Howard's wife, Sandra"
    sex: str | None = None  # "m" after "Mr"/"Sir"/"Lord", "f" after "Mrs"/"Ms"/"Dame"
    thing: bool = False  # used as a common thing: "CCTV units", "a super PAC" (`_thing_use`)
    one_of_kind: bool = False  # of those, with an indefinite determiner: "a super PAC"
    product: bool = False  # names a product: "an Intel Celeron chip" (`product_use`)
    defined_thing: bool = False  # "RipGuard, a technology that ..." (`defined_things`)
    designation: bool = False  # "a Gold Star mother" (`defined_things.designation_use`)
    named_after: str | None = None  # a brand, law or era: "Jim Crow laws" (`named_after`)
    media_use: bool = False  # a network's or service's: "the Netflix drama" (`media_bodies`)
    acting: bool = False  # the subject of a verb or an owner ("X announced", "X's")
    s_after: str | None = None  # "'s" or "\u2019s" right after the name, as written
    s_in_name: bool = False  # and it is no possessive: "turn McDonald's around"
    other_name_of: int | None = None  # "Jay-Z, real name Shawn Carter": Jay-Z's end offset
    # a town's name in a match report written as its club ("Liverpool manager X"): True;
    # as the town ("in Liverpool"): False; neither: None (`clubs.club_use`)
    club: bool | None = None
    division: bool = False  # described as another body's part: "X, the arm of Y" (`cut_bodies`)
    pronoun_sex: str | None = None  # "f" of "If Clinton won -- as she did" (`kin_pronouns`)

    def evidence(self) -> dict[str, float]:
        """The votes from the text itself, without the model's label."""
        found = dict(self.votes)
        if self.base is not None and self.base in found:
            found[self.base] -= 1.0
        return found

    def body_or_place_evidence(self) -> float:
        """The strongest evidence the text gives for a type other than a person."""
        return max((v for k, v in self.evidence().items() if k != "person"), default=0.0)

    def kind(self) -> str | None:
        """The type this one mention argues for, or None."""
        best = max(ACTOR_TYPE_ORDER, key=lambda k: self.votes.get(k, 0.0))
        return best if self.votes.get(best, 0.0) > 0 else None


@dataclass(eq=False)  # compared by identity: "group in full" must not compare contents
class _Group:
    """Mentions believed to name the same actor."""

    mentions: list[_Mention] = field(default_factory=list)
    entry: RegistryEntry | None = None
    demonym: bool = False  # named after a place of the article ("Kuwaiti", "Kuwait")
    shared_short: bool = False  # the short form of several bodies ("United", two clubs)
    honorific: str | None = None  # shown before a one-word name split off by sex
    lower_used: bool = False  # a one-word name the article also writes in lower case
    sentence_capitals: bool = False  # ... and every mention opens a sentence (`common_nouns`)
    recased: bool = False  # "U.S. Dollar" beside "the dollar": a wire's capitals (`_recased`)
    product: bool = False  # the name of a product, or a longer form of one (`_mark_products`)
    maker_product: bool = False  # a product named with its maker's name (`maker_product`)
    thing_plural: bool = False  # "major Oscars" beside "an Oscar nomination"
    security_class: bool = False  # "U.S. Government securities": an issuer's paper only
    surname: bool = False  # the surname of people named in full, joined to none of them
    listed: str | None = None  # a club by the list of clubs it is named in (`lists`)

    def vote(self) -> dict[str, float]:
        total: dict[str, float] = defaultdict(float)
        for mention in self.mentions:
            for kind, weight in mention.votes.items():
                total[kind] += weight
        return total

    def evidence(self) -> dict[str, float]:
        """Summed votes from the text itself, the model's labels left out."""
        total: dict[str, float] = defaultdict(float)
        for mention in self.mentions:
            for kind, weight in mention.evidence().items():
                total[kind] += weight
        return total
