"""Two people, or two bodies, behind one name are kept apart: a surname the article
writes after "Mr." and after "Mrs." belongs to a husband and a wife, and goes to the one
named in full only when the given name tells the sex; a parent company that speaks
before its division is named is not the division's short form."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.actors import extract_actors
from generator.model import Actor
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def holding(actors: list[Actor], text: str, start: int) -> list[str]:
    """Names of the actors one of whose spans starts at `start`."""
    return [a.name for a in actors if any(s == start for s, _ in a.spans)]


PARTY = (
    "Holiday party at the residence\n\n"
    "President Kaplan greeted hundreds of guests at the party on Friday. The first "
    "lady, Laura Kaplan, stood beside him in the receiving line. Mr. Kaplan told "
    "reporters the year had been hard. Mrs. Kaplan said the guests had been kind.\n\n"
    '"It was a long night," Mr. Kaplan said.'
)


def test_a_husbands_surname_is_not_given_to_his_wife(nlp: Language) -> None:
    """ "Mr. Kaplan" and "President Kaplan" beside "Mrs. Kaplan" and "Laura Kaplan" (a
    given name of no known sex): the President's words are not shown as hers."""
    actors = extract_actors(nlp(PARTY))
    laura = [a for a in actors if a.name == "Laura Kaplan"]
    assert laura
    for start, _ in laura[0].spans:
        assert PARTY[start - 4 : start] != "Mr. "
        assert PARTY[start - 10 : start] != "President "
    assert "President" not in laura[0].roles


LABEL = (
    "Harmonia shares hit by warning\n\n"
    "Shares in record label Harmonia fell by 12% on Monday. Harmonia said sales for the "
    "year would be lower than expected after two albums were delayed.\n\n"
    '"Harmonia Music\'s sales in January have been lower than anticipated," the firm '
    "added. Jan Berg, head of Harmonia Music, said he remained hopeful."
)


def test_a_parent_company_is_not_its_divisions_short_form(nlp: Language) -> None:
    """ "Harmonia said" before "Harmonia Music's sales": the group and its music
    division are two bodies, and the group's statements are not the division's."""
    actors = extract_actors(nlp(LABEL))
    said = LABEL.index("Harmonia said")
    assert holding(actors, LABEL, said) == ["Harmonia"]
    division = [a for a in actors if a.name == "Harmonia Music"]
    assert division and "Harmonia" not in division[0].aliases


HUSTINGS = (
    "Rally in Dayton\n\n"
    "Donald J. Kaplan spoke to thousands in Dayton on Tuesday. Mr. Kaplan said the "
    "economy was broken. His wife, Melania Kaplan, did not attend. Mrs. Kaplan said in a "
    "statement that she was proud of him.\n\n"
    '"We will win Ohio," Mr. Kaplan said.'
)

GALA = (
    "Gala night\n\n"
    "Barack Kaplan addressed the gala on Wednesday. Michelle Kaplan spoke on Monday. "
    "Mr. Kaplan said the charity was ready. Mrs. Kaplan said she was moved.\n\n"
    '"It is time," Mr. Kaplan said.'
)


@pytest.mark.parametrize(
    ("text", "wife"), [(HUSTINGS, "Melania Kaplan"), (GALA, "Michelle Kaplan")]
)
def test_a_wife_named_in_full_is_her_surname_after_mrs(nlp: Language, text: str, wife: str) -> None:
    """ "Mrs. Kaplan" beside "Melania Kaplan" (or "Michelle Kaplan") and a husband of a
    male given name: the wife's given name is of her sex, so "Mrs. Kaplan" is her, not a
    person page of its own."""
    actors = extract_actors(nlp(text))
    mrs = text.index("Mrs. Kaplan") + len("Mrs. ")
    assert holding(actors, text, mrs) == [wife]
    assert not [a for a in actors if a.name == "Mrs. Kaplan"]


POLL = (
    "Harper leads in the state polls\n\n"
    "Senator Margaret Harper leads the race in Ohio, a poll showed on Monday. Her "
    "husband, former Governor John Harper, campaigned for her in Dayton last week.\n\n"
    "If Harper wins the state, she will face the governor in the autumn. Aides to "
    "Harper's rival, Tom Wood, said the race was close."
)


def test_a_bare_surname_goes_to_the_person_its_pronoun_shows(nlp: Language) -> None:
    """ "If Harper wins the state, she will face ..." beside "Senator Margaret Harper"
    (named first) and "her husband, former Governor John Harper" (named last before
    it): the surname is hers, and so are the other bare "Harper"s of the article about
    her, not her husband's because his name came last."""
    actors = extract_actors(nlp(POLL))
    wins = POLL.index("Harper wins")
    rival = POLL.index("Harper's rival")
    assert holding(actors, POLL, wins) == ["Margaret Harper"]
    assert holding(actors, POLL, rival) == ["Margaret Harper"]


VIDEO = (
    "Video features Harper's rivals\n\n"
    "A new campaign video attacks Senator Margaret Harper. It also shows her husband, "
    "former Governor John Harper, at a rally in 2010.\n\n"
    "Harper is already under fire over the video. During the debate, Harper claimed "
    "that the video was false."
)


def test_a_bare_surname_is_not_given_to_a_relative_named_in_passing(nlp: Language) -> None:
    """ "her husband, former Governor John Harper", named once as the relative of the
    senator the article is about (named first): the bare "Harper"s after him are hers,
    though his name is the nearest before them."""
    actors = extract_actors(nlp(VIDEO))
    fire = VIDEO.index("Harper is already")
    claimed = VIDEO.index("Harper claimed")
    assert holding(actors, VIDEO, fire) == ["Margaret Harper"]
    assert holding(actors, VIDEO, claimed) == ["Margaret Harper"]
