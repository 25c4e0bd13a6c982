"""An organisation the article names by its acronym after spelling it out once, in
words the model tagged as no name of their own, is shown under the spelled-out name,
with the acronym as its alias."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.actors import extract_actors
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


FORUM = (
    "Emails show ties to forum\n\n"
    "As a senator she kept up her involvement with the Clinton Global Initiative and the "
    "Clinton Foundation, the emails show. Aides went to the annual CGI event in New York. "
    "CGI officials declined to comment.\n\n"
    "A CGI spokesman said the event was open to the press."
)


def test_an_acronym_spelled_out_before_is_shown_in_full(nlp: Language) -> None:
    """ "CGI" three times after "the Clinton Global Initiative" (which the model tags as
    no organisation): the People list shows the name, the acronym is its alias."""
    names = {a.name: a for a in extract_actors(nlp(FORUM))}
    assert "CGI" not in names
    assert names["Clinton Global Initiative"].aliases[0] == "CGI"
    assert names["Clinton Global Initiative"].type == "organization"


CHAIR = (
    "Party chief defends schedule\n\n"
    "Democratic National Committee Chair Debbie Wasserman Schultz said on Tuesday that the "
    "DNC was neutral. The DNC said so again on Wednesday."
)


def test_words_that_run_on_into_a_name_spell_no_acronym(nlp: Language) -> None:
    """ "Democratic National Committee Chair Debbie Wasserman Schultz": the capitalised
    words run on into a title and a name, so they are no spelling of "DNC" to show."""
    names = {a.name for a in extract_actors(nlp(CHAIR))}
    assert "DNC" in names
