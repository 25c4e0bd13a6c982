# ruff: noqa: RUF001 - a curly apostrophe is written as news writes it
"""The role a briefing shows beside a person's name says what the article says of that
person now, in the page's own voice: no colour word of the writer's, no relation to
someone the role leaves unnamed, no bare form of address, "former" for an office left,
and no words of a neighbouring phrase (generator.extract.actors.role_tidy, roles)."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.model import Actor
from generator.reading.layout import parse


def people(nlp: Language, text: str) -> dict[str, Actor]:
    extraction, _ = extract_document(parse(nlp, text))
    return {a.name: a for a in extraction.actors if a.type == "person"}


COLOUR = (
    "Leaders react\n\n"
    "The embattled French president, Francois Hollande, spoke on Monday. Famed fight "
    'doctor Ferdie Pacheco once said: "He was the greatest."\n\n'
    "Even HBO comedian John Oliver appeared to lose his temper on the show. Lillian "
    "Tan, presently a non-executive director of the company, will take over.\n"
)


def test_colour_words_of_the_writer_are_no_part_of_the_role(nlp: Language) -> None:
    found = people(nlp, COLOUR)
    assert found["Francois Hollande"].roles == ["French president"]
    assert found["Ferdie Pacheco"].roles == ["fight doctor"]
    assert found["John Oliver"].roles == ["HBO comedian"]
    assert found["Lillian Tan"].roles == ["non-executive director of the company"]


RIVALS = (
    "Primary season\n\n"
    "Hillary Clinton argued that the system is rigged against women, while her main "
    "rival, Bernie Sanders, has soared in the polls. She painted her chief political "
    "rival, Donald Trump, as unqualified.\n\n"
    "Ali was accompanied by his wife, Lonnie. The church features a painting by Ali's "
    "father, Cassius Clay Sr.\n"
)


def test_a_relation_to_someone_unnamed_is_no_role(nlp: Language) -> None:
    """ "Bernie Sanders (main rival)", "Lonnie (wife)": whose? A relation that names the
    other person ("Ali's father") stays."""
    found = people(nlp, RIVALS)
    assert found["Bernie Sanders"].roles == []
    assert found["Donald Trump"].roles == []
    assert found["Lonnie"].roles == []
    assert found["Cassius Clay Sr"].roles == ["Ali's father"]


COURTESY = (
    "Email inquiry\n\n"
    'Hillary Clinton faced new questions on Tuesday. "It would have been a real '
    "long-shot to shoehorn Secretary Clinton's conduct into the existing laws,\" said "
    "Stephen Vladeck, a law professor.\n"
)


def test_a_bare_form_of_address_is_no_role(nlp: Language) -> None:
    """ "Secretary Clinton's conduct" of a former Secretary of State: "Secretary" alone
    says neither of what nor that it is over."""
    found = people(nlp, COURTESY)
    assert "Secretary" not in found["Hillary Clinton"].roles
    assert found["Stephen Vladeck"].roles == ["law professor"]


FORMER = (
    "Minister quits\n\n"
    "Brazilian Planning Minister Joao Sayad resigned, a presidential spokesman said. "
    "Finance Minister Dilson Funaro will resign next month, sources said.\n\n"
    "In 2000, then-vice president Al Gore distanced himself from the White House.\n"
)


def test_an_office_left_is_a_former_one(nlp: Language) -> None:
    found = people(nlp, FORMER)
    assert found["Joao Sayad"].roles == ["former Brazilian Planning Minister"]
    assert found["Dilson Funaro"].roles == ["Finance Minister"]  # not yet
    assert found["Al Gore"].roles == ["former vice president"]


NEIGHBOURS = (
    "Stars give\n\n"
    "Actress Sandra Bullock has donated $1m to The American Red Cross and actor "
    "Leonardo DiCaprio pledged a sizable contribution.\n\n"
    '"On balance, sterling would be a net sufferer," Phillips and Drew analyst Stephen '
    "Lewis said.\n\n"
    "Valls' comments came after an endorsement by Marine Le Pen, leader of France’s "
    "far-right Front National party.\n\n"
    "Ali trained at the 5th Street Gym, a student of Hall of Famer Angelo Dundee. Then "
    "there is five-star Gen. Dwight Eisenhower, who led the invasion.\n"
)


def test_words_of_a_neighbouring_phrase_stay_out_of_the_role(nlp: Language) -> None:
    """A charity before "and", a role cut at a possessive ("leader of France"), the
    half of "five-star", a role of the man whose teacher Dundee was: none is the
    person's. A firm's name with "and" in it stays the analyst's employer."""
    found = people(nlp, NEIGHBOURS)
    assert found["Leonardo DiCaprio"].roles == ["actor"]
    assert found["Stephen Lewis"].roles == ["Phillips and Drew analyst"]
    assert found["Marine Le Pen"].roles == ["leader of France’s far-right Front National party"]
    assert found["Angelo Dundee"].roles == []
    assert found["Dwight Eisenhower"].roles == ["General"]


CALLINGS = (
    "Six Nations\n\n"
    "Ireland flanker Johnny O'Connor won another vital turnover. England skipper Jason "
    "Robinson admitted his side failed to cope.\n"
)


def test_a_calling_before_the_name_is_a_role(nlp: Language) -> None:
    """ "skipper", "flanker": role nouns no title list holds, written before the name."""
    found = people(nlp, CALLINGS)
    assert found["Johnny O'Connor"].roles == ["Ireland flanker"]
    assert found["Jason Robinson"].roles == ["England skipper"]


APPOSITIONS = (
    "Terror and TV\n\n"
    "As Tom Ridge, a former secretary of homeland security, put it: ''The barbarians "
    "are inside.''\n\n"
    "Dan Jolin, reviews editor of Empire magazine, says classic children's TV shows "
    "have a built-in audience.\n"
)


def test_an_apposition_the_parse_misread_is_still_the_role(nlp: Language) -> None:
    """ "security" read as the head of "a former secretary of homeland security", and
    "reviews" as a verb: the phrase still says what each man is."""
    found = people(nlp, APPOSITIONS)
    assert found["Tom Ridge"].roles == ["former secretary of homeland security"]
    assert found["Dan Jolin"].roles == ["reviews editor of Empire magazine"]
