"""Speakers the article names and then describes (issue 11, missing speakers): a club
before an occupation ("said the Leeds player" after a sentence about him, whose subject
the parser may leave to an adjective with the name in apposition: "The versatile Reid,
who ..., is confident"), and a nationality before a title the article gave the person
("Archbishop Ian Moyo ... The Kenyan archbishop said": the nationality narrows no
office), and a surname two people share when only one of them has been named yet
("Rhys Evans says ... said Evans", Matt Evans named after), a spokesman under the
whole role the article gave him, and an untagged quotation after one sentence of
background that brings no one in. Each has a twin where
the text does not make the person clear, which must stay unattributed. Each article is
written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

CLUB = """Reid says Scotland can top group

Gary Reid believes Scotland can still win their World Cup qualifying group.

After Saturday's draw in Oslo, Scotland face Moldova in Glasgow on Wednesday. The
versatile Reid, who starred against the Norwegians, is confident the group is there
for the taking. "We have the home games left and we know we can win all of them," said
the Leeds player.
"""

CLUB_RIVAL = """Reid says Scotland can top group

Gary Reid believes Scotland can still win their World Cup qualifying group.

After Saturday's draw in Oslo, Scotland face Moldova in Glasgow on Wednesday. Manager
Tom Baird praised Reid and Alan Shaw for their work against the Norwegians. "We have
the home games left and we know we can win all of them," said the Leeds player.
"""


def test_a_club_player_after_a_sentence_about_him(nlp: Language) -> None:
    """The sentence before is about Reid alone (by surname, with "the versatile" before
    it): "the Leeds player" is him."""
    found = speakers(nlp, CLUB)
    assert speaker_of(found, "We have the home games") == "Gary Reid", found


def test_a_club_player_after_a_sentence_about_three_people_stays_unnamed(
    nlp: Language,
) -> None:
    """Baird praised Reid and Shaw: "the Leeds player" may be either of the players."""
    found = speakers(nlp, CLUB_RIVAL)
    assert speaker_of(found, "We have the home games") is None, found


NATIONALITY = """Moyo calls for release of prisoners

Archbishop Ian Moyo has called for the release of the remaining prisoners held without
trial in the north of the country.

His comments follow news that four men held at the camp will be freed within weeks. The
Kenyan archbishop said detentions without trial were wrong and should end at once.
"""

NATIONALITY_OTHER_OFFICE = """Moyo calls for release of prisoners

Archbishop Ian Moyo has called for the release of the remaining prisoners held without
trial in the north of the country.

His comments follow news that four men held at the camp will be freed within weeks. The
Kenyan minister said detentions without trial were wrong and should end at once.
"""


def test_a_nationality_before_the_title_the_article_gave(nlp: Language) -> None:
    """Moyo is "Archbishop" in the article: "the Kenyan archbishop" is him."""
    found = speakers(nlp, NATIONALITY)
    assert speaker_of(found, "detentions without trial") == "Ian Moyo", found


def test_a_nationality_before_another_title_stays_unnamed(nlp: Language) -> None:
    """No one in the article is a minister: "the Kenyan minister" is no one named."""
    found = speakers(nlp, NATIONALITY_OTHER_OFFICE)
    assert speaker_of(found, "detentions without trial") is None, found


NAMESAKE_LATER = """Wales calm over Grand Slam

Rhys Evans says Wales are not yet thinking of the Grand Slam after a third win.

"That is the last thing on our minds," said Evans, a replacement in Saturday's win in
Paris. Scotland coach Matt Evans said his side would be ready for the Welsh next month.
"""

NAMESAKE_BEFORE = """Wales calm over Grand Slam

Rhys Evans says Wales are not yet thinking of the Grand Slam, and Scotland coach Matt
Evans says his side will be ready for them.

"That is the last thing on our minds," said Evans, a replacement in Saturday's win in
Paris.
"""


def test_a_shared_surname_when_only_one_of_them_is_named_yet(nlp: Language) -> None:
    """Matt Evans is named only after "said Evans": the reader can only take the surname
    for Rhys Evans, named in full just before."""
    found = speakers(nlp, NAMESAKE_LATER)
    assert speaker_of(found, "That is the last thing") == "Rhys Evans", found


def test_a_shared_surname_after_both_were_named_stays_unnamed(nlp: Language) -> None:
    """Both Evanses are named before "said Evans": which one, only the writer knows."""
    found = speakers(nlp, NAMESAKE_BEFORE)
    assert speaker_of(found, "That is the last thing") is None, found


SPOKESMAN = """White House calm over shares

Presidential spokesman Tom Hale said the administration believes the market is sound.

"There are many reasons for a fall, but the economy is strong," Hale said. The
presidential spokesman noted that the market had recovered some of its losses by noon.
"""

SPOKESMAN_OTHER = """White House calm over shares

Treasury spokesman Tom Hale said the administration believes the market is sound.

"There are many reasons for a fall, but the economy is strong," Hale said. The
presidential spokesman noted that the market had recovered some of its losses by noon.
"""


def test_a_spokesman_under_the_role_the_article_gave_him(nlp: Language) -> None:
    """Hale is the presidential spokesman: "the presidential spokesman" is him."""
    found = speakers(nlp, SPOKESMAN)
    assert speaker_of(found, "the market had recovered") == "Tom Hale", found


def test_a_spokesman_of_another_role_stays_unnamed(nlp: Language) -> None:
    """Hale speaks for the Treasury: the presidential spokesman is someone not named."""
    found = speakers(nlp, SPOKESMAN_OTHER)
    assert speaker_of(found, "the market had recovered") is None, found


RUN = """Moss says Ireland can win group

Ben Moss believes Ireland can still top their qualifying group.

"There is a chance for us to win our home games and win the group," said Moss.
Switzerland, Ireland and France are all now tied on five points from three matches,
although the Republic have the edge after away draws in Basel and Paris.

"In Basel we did not play great football, but away from home that is normal."
"""

RUN_OTHER = """Moss says Ireland can win group

Ben Moss believes Ireland can still top their qualifying group.

"There is a chance for us to win our home games and win the group," said Moss.
Manager Pat Kerr is now tied to a new contract for three more years, although the
Republic have a new coach in Basel and Paris.

"In Basel we did not play great football, but away from home that is normal."
"""


def test_a_quotation_after_a_sentence_of_background_is_the_speakers(nlp: Language) -> None:
    """The sentence between names no person or body and reports no one: the untagged
    quotation after it goes on with Moss."""
    found = speakers(nlp, RUN)
    assert speaker_of(found, "In Basel we did not") == "Ben Moss", found


def test_a_quotation_after_a_sentence_about_someone_else_stays_unnamed(
    nlp: Language,
) -> None:
    """The sentence between is about Kerr: the untagged quotation may be his."""
    found = speakers(nlp, RUN_OTHER)
    assert speaker_of(found, "In Basel we did not") is None, found


BIDDER = """Bidder presses Fenwick board

An investor group bidding for Fenwick Inc said it would move to replace the board.
General Acquisition Co, a partnership of Carter and Lowe and Birch Industries Inc,
repeated in a letter sent to Fenwick on Monday that it was willing to talk.

General Acquisition said the board could not carry out its duties until it had met the
bidder. Fenwick said a statement would be made before its annual meeting.
"""

BIDDERS = """Bidder presses Fenwick board

An investor group bidding for Fenwick Inc said it would move to replace the board.
General Acquisition Co and General Acquisition Inc, partnerships of Carter and Lowe and
Birch Industries Inc, repeated in a letter sent to Fenwick on Monday that it was willing to talk.

General Acquisition said the board could not carry out its duties until it had met the
bidder. Fenwick said a statement would be made before its annual meeting.
"""


def test_a_company_named_again_without_its_suffix(nlp: Language) -> None:
    """ "General Acquisition said" after "General Acquisition Co": the company, its "Co"
    dropped."""
    found = speakers(nlp, BIDDER)
    assert speaker_of(found, "the board could not") == "General Acquisition Co", found


def test_a_name_two_companies_share_without_suffix_stays_unnamed(nlp: Language) -> None:
    """Two companies are "General Acquisition" without their suffixes: either may speak."""
    found = speakers(nlp, BIDDERS)
    assert speaker_of(found, "the board could not") is None, found
