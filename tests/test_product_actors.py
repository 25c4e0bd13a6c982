"""Product and brand names used for things are no actors (articles written for these
tests; no corpus text here)."""

from __future__ import annotations

from published_actors import listed
from spacy.language import Language

from generator.extract.products import product_use

BUDGET_PC = (
    "Budget computers tested\n\n"
    "Shoppers wanting a cheap desktop have more choice than ever, a consumer group said "
    "on Tuesday.\n\n"
    "The cheapest machine we tried has a 2.4ghz Intel Pentium chip, 80 gigabytes of "
    "storage and a DVD writer. Another offers a 1.6GHz AMD Athlon processor and 1GB of "
    "memory, and it ships with Windows Vista home edition.\n\n"
    "The Dell desktop was the best value, said Mark Hughes, a reviewer for Which?. "
    "Dell said it would cut prices again in March."
)


def test_names_of_chips_and_operating_systems_are_not_listed(nlp: Language) -> None:
    """ "a 2.4ghz Intel Pentium chip", "a 1.6GHz AMD Athlon processor", "Windows Vista
    home edition": product names before a product noun are not organisations or
    places of the story; Dell, which speaks, and the reviewer stay."""
    actors = listed(nlp, BUDGET_PC)
    assert not {"Intel Pentium", "Pentium", "Athlon", "Windows Vista"} & set(actors), actors
    assert "Dell" in actors, actors
    assert actors["Mark Hughes"].type == "person"


SPYING = (
    "Phones copied at the embassy\n\n"
    "Guards photographed the SIM card number of every visitor's phone, a former "
    "employee told the court. Later they removed the SIM from one phone as well.\n\n"
    "The firm also planned to turn Panasonic smart TVs into listening devices, the "
    "complaint says. Vodafone said it had not been asked for any data, and Vodafone "
    "staff were not involved."
)


def test_a_card_and_a_brand_of_tvs_are_not_listed(nlp: Language) -> None:
    """ "the SIM card number" and "removed the SIM": half the mentions name a product
    and none an actor; "Panasonic smart TVs" is the brand on a device. Vodafone, which
    speaks, stays an organisation."""
    actors = listed(nlp, SPYING)
    assert not {"SIM", "Panasonic"} & set(actors), actors
    assert actors["Vodafone"].type == "organization"


def test_a_maker_that_acts_is_kept_beside_its_product(nlp: Language) -> None:
    """ "Samsung phones" names a product, but "Samsung said" shows the firm: a name
    with any mention that acts stays an actor."""
    text = (
        "Phone sales fall\n\n"
        "Sales of Samsung phones fell by a tenth in the spring. Samsung said the drop "
        "was caused by weak demand in Europe, and Samsung will cut its prices in June."
    )
    actors = listed(nlp, text)
    assert actors["Samsung"].type == "organization"


def test_brands_listed_before_one_product_noun_share_it(nlp: Language) -> None:
    """ "the new Maestro, Amex and Visa debit cards": every brand of the list names a
    card, not the card companies; the bank that speaks stays."""
    text = (
        "Cash machines upgraded\n\n"
        "Banks must upgrade their cash machines to accept the new Maestro, Amex and Visa "
        "debit cards, which carry a chip. HSBC said the work would cost "
        "millions of pounds and take two years."
    )
    actors = listed(nlp, text)
    assert not {"Maestro", "Amex", "Visa"} & set(actors), actors
    assert actors["HSBC"].type == "organization"


def test_the_names_given_to_cameras_and_chips_are_no_actors(nlp: Language) -> None:
    """ "hundreds of cameras dubbed 'Belfast Smart City'", "new chips, codenamed
    Prescott": the name given to a product is no place or body; the city, the police
    service and the chipmaker, which act, stay."""
    text = (
        "Cameras on every corner\n\n"
        "The police installed hundreds of cameras dubbed \u201cBelfast Smart City\u201d "
        "last year. Critics say the system watches everyone who lives in Belfast.\n\n"
        "Intel's new chips, codenamed Prescott, will ship in March, and Intel said prices "
        "would fall."
    )
    actors = listed(nlp, text)
    assert not {"Smart City", "Belfast Smart City", "Prescott"} & set(actors), actors
    assert actors["Belfast"].type == "place"
    assert actors["Intel"].type == "organization"


def test_software_a_machine_runs_is_no_actor(nlp: Language) -> None:
    """ "machines running Windows Vista" names the software, and so does the later
    "from Windows Vista to a newer system"; the security firm that speaks stays."""
    text = (
        "Worm hits office computers\n\n"
        "A new worm can infect machines running Windows Vista, security firm Sophos said "
        "on Monday.\n\n"
        "The worm first hit the council when staff moved its computers from Windows "
        "Vista to a newer system."
    )
    actors = listed(nlp, text)
    assert "Windows Vista" not in actors, actors
    assert actors["Sophos"].type == "organization"


def test_a_worm_and_its_versions_are_no_actor(nlp: Language) -> None:
    """ "new versions of Pandex", "the Pandex worm", "the new strains of Pandex": the
    name of a program, not a body; the security firm that speaks stays."""
    text = (
        "Phone worm spreads\n\n"
        "Three new versions of Pandex have been found, security firm Sophos said. The "
        "Pandex worm spreads over Bluetooth, and the new strains of Pandex can reach "
        "phones ten metres away."
    )
    actors = listed(nlp, text)
    assert "Pandex" not in actors, actors
    assert actors["Sophos"].type == "organization"


def test_a_country_before_a_product_noun_stays_a_place(nlp: Language) -> None:
    """ "the top UK gadget" puts "UK" before a product noun, but it still names the
    country, as "in the UK" says."""
    text = (
        "Gadgets of the year\n\n"
        "The new handheld console is the top UK gadget for next year, according to a "
        "list of must-haves. Its spring launch in the UK is eagerly awaited by fans, "
        "retailer Dixons said."
    )
    actors = listed(nlp, text)
    assert actors["United Kingdom"].type == "place"


def test_a_club_before_a_shirt_number_is_no_product(nlp: Language) -> None:
    """ "the Liverpool number nine" is a player's shirt and "the Ofcom code of conduct"
    a body's rules, where "the Nokia number of every phone" names a code (read on the
    mention itself: the club's other mentions would keep it listed anyway)."""
    shirt = nlp("Fans cheered as the Liverpool number nine scored again.")
    code = nlp("The guards noted the Nokia number of every phone.")
    assert [product_use(e) for e in shirt.ents if e.text == "Liverpool"] == [False]
    rules = nlp("He broke the Ofcom code of conduct twice.")
    assert [product_use(e) for e in rules.ents if e.text == "Ofcom"] == [False]
    assert [product_use(e) for e in code.ents if e.text == "Nokia"] == [True]


def test_the_last_word_of_a_product_name_is_the_product(nlp: Language) -> None:
    """ "loopholes in Vista" beside "versions of Windows Vista", "Windows Vista
    software": the last word of a product's name stands for the product, not for a
    place its "in" would make of it; the maker stays."""
    text = (
        "Swap offer for pirated software\n\n"
        "Microsoft has launched a pilot scheme to replace counterfeit versions of Windows "
        "Vista with legal ones. In June, the software giant said that the major security "
        "update to Windows Vista would not work with pirated versions of its operating "
        "system. The upgrade closed security loopholes in Vista and added features. Users "
        "can confirm the authenticity of Windows Vista software online."
    )
    actors = listed(nlp, text)
    assert not {"Vista", "Windows Vista"} & set(actors), actors
    assert actors["Microsoft"].type == "organization"
