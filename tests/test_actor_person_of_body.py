"""People the model ran into the body they speak for, or typed as a body before their
own role (issue: briefings an editor can publish unedited): "said Ferrante of Data
Dynamics" is the economist Cynthia Ferrante, not an organisation; "Kenji Moriyama
general manager of Sakura Life Insurance Co told" is a man, whose "he added" follows.
Articles written for these tests; no corpus text. Each assertion reads the published
speakers and actors."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract import extract_document
from generator.model import Actor
from generator.reading.layout import parse

ANALYST = """Retail sales rose sharply in February, analysts said.
    "Sales were strong across the board," said Cynthia Ferrante, an economist with Data Dynamics.
    Ferrante of Data Dynamics said strong sales of new condominiums were reflected in the figures.
    She added that the trend would continue."""

MANAGER = (
    "Japanese insurers are eyeing foreign stockmarkets, fund managers said.\n"
    "    Kenji Moriyama general manager of Sakura Life Insurance Co told an economic "
    "conference that insurance companies hold too many U.S. Treasuries and intend to "
    "diversify.\n"
    "    Insurance companies will now invest in Britain, West Germany and France, "
    "Moriyama said.\n"
    "    Lower interest rates make the returns on stocks relatively high, he added."
)


def actors_of(nlp: Language, text: str) -> dict[str, Actor]:
    extraction, problems = extract_document(parse(nlp, text))
    assert problems == []
    return {a.name: a for a in extraction.actors}


def test_surname_of_a_firm_is_the_person_named_before(nlp: Language) -> None:
    actors = actors_of(nlp, ANALYST)
    assert "Ferrante of Data Dynamics" not in actors
    assert actors["Cynthia Ferrante"].type == "person"
    assert actors["Data Dynamics"].type == "organization"
    found = speakers(nlp, ANALYST)
    assert speaker_of(found, "strong sales of new condominiums") == "Cynthia Ferrante", found
    assert speaker_of(found, "the trend would continue") == "Cynthia Ferrante", found


def test_name_before_a_role_held_at_a_body_is_its_holder(nlp: Language) -> None:
    actors = actors_of(nlp, MANAGER)
    assert actors["Kenji Moriyama"].type == "person"
    assert actors["Sakura Life Insurance Co"].type == "organization"
    found = speakers(nlp, MANAGER)
    assert speaker_of(found, "insurance companies hold too many") == "Kenji Moriyama", found
    assert speaker_of(found, "Lower interest rates") == "Kenji Moriyama", found


def test_body_before_its_own_role_stays_the_employer(nlp: Language) -> None:
    """No body after the role: the name before it is the employer, as before."""
    text = (
        "Stock prices fell on Monday.\n"
        "    Sakura Bank chief economist Hiroshi Tanabe said the market would recover.\n"
        "    Sakura Bank said it would raise its lending rate."
    )
    actors = actors_of(nlp, text)
    assert actors["Sakura Bank"].type == "organization"
    assert actors["Hiroshi Tanabe"].type == "person"


def test_body_named_after_a_person_with_of_stays_a_body(nlp: Language) -> None:
    """No person of that name in the article: "Friends of the Earth" is a body."""
    text = (
        "Campaigners criticised the plan on Monday.\n"
        '    "This is a disaster for the coast," said Friends of the Earth.\n'
        "    The group said it would go to court."
    )
    actors = actors_of(nlp, text)
    assert "Friends" not in actors
    assert not any(a.type == "person" for a in actors.values()), actors


def test_field_of_an_office_is_no_part_of_the_name(nlp: Language) -> None:
    """ "Secretary of Agriculture Richard Lyng": the model's "Agriculture Richard Lyng"
    is the secretary, and his aide's words are not his department's."""
    text = (
        "Secretary of Agriculture Richard Lyng will meet with representatives from major "
        "grain exporting companies today, an aide to Lyng said.\n"
        '    "We will hear what they have to say," Lyng\'s aide said.\n'
        "    Exporters have met periodically with Lyng to discuss farm policies."
    )
    actors = actors_of(nlp, text)
    assert "Agriculture Richard Lyng" not in actors
    assert actors["Richard Lyng"].type == "person"
    assert not any(a.type == "organization" and "Lyng" in a.name for a in actors.values())


def test_developer_named_in_full_is_a_person(nlp: Language) -> None:
    """ "developer" introduces firms and people alike: a full name opening with a given
    name Faker's lists know ("Arthur") is the man, as one the corpus knows would be."""
    text = (
        "Hallam Leisure Corp said it will take a charge of 17.3 mln dlrs on its deal to "
        "buy back 2.6 mln of its common shares from real estate developer Arthur Brandt.\n"
        "    Under the deal, Hallam agreed to buy the shares held by Brandt at 24 dlrs a "
        "share."
    )
    actors = actors_of(nlp, text)
    assert actors["Arthur Brandt"].type == "person"
