"""A reporting verb that a particle turns to another sense is no speech tag (issue 11:
right speakers): "Wearable technology could exploit body heat to charge it up" after a
quotation is no "charged" tag, so the quotation keeps the speaker the sentence before
it names ("..., says Mr Pearson. “So the gadgets ...”"), and "the figures do not add
up" reports nothing.

Articles written for these tests; no corpus text.
"""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language


def test_charging_it_up_after_a_quote_is_no_tag(nlp: Language) -> None:
    text = (
        "Phones to be printed on skin\n\n"
        "By 2020 phones will be printed directly on to wrists, says Ian Pelham, the "
        "company's resident futurologist.\n\n"
        "So music players will disappear and become part of our clothing, says Mr Pelham. "
        '"So the gadgets that fill up your handbag, when we put those into fabric, we can '
        "get rid of all that stuff. You won't see the electronics.\" Clothing could use "
        "body heat to charge it up, while contact lenses might work as screens.\n"
    )
    found = speakers(nlp, text)
    assert speaker_of(found, "So the gadgets that fill up your handbag") == "Ian Pelham"
