"""Whether a body named between a company's report and its "the company said" is
another company the description could mean, by the legal names wire copy gives
companies ("Medizone International Inc"), see `no_rival_company`.
"""

from __future__ import annotations

from generator.extract.speakers.context import _company_suffix
from generator.model import Actor


def _legal_name(actor: Actor) -> bool:
    """Whether any name of the body ends with a company's legal form or suffix ("Acme
    Corp", "Bayer AG")."""
    names = [actor.name, *actor.aliases]
    return any(n.split() and _company_suffix(n.split()[-1]) for n in names)


def no_rival_company(body: Actor, other: Actor) -> bool:
    """Whether a body named between a company's report and its "the company said" is no
    other company the description could mean: wire copy names each company once by its
    legal name ("Medizone International Inc", "Safeguard Scientifics Inc"), so where
    the speaking body is named so, a body the article never names so ("the Food and Drug
    Administration", "Congress", a hotel, a product the model took for a body) is of
    another kind, even as the subject of what is said ("Congress has authorized 610 mln
    dlrs for the project, the company said")."""
    return _legal_name(body) and not _legal_name(other)
