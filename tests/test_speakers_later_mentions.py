"""Names news shortens on later mention, which an editor had to mend on wire copy
(issue 11: duplicate actors and speakers missing):

- an Arabic surname's article is dropped ("Hamad Nasser al-Thani" ... "Thani said"):
  one person, listed once, and the "he said" after "Thani said" is his;
- "the radio" after "Tehran Radio" and then "the daily Kayhan International" is the
  radio, not the last publication named;
- a relative named by a given name and the family's surname ("Ivanka Hale" after
  "Robert Hale"), or by a given name in apposition to a spouse ("Hale's wife,
  Melania"), however the model tags the words: a person of her own, whose "she said"
  is never the woman quoted before;
- a person's name the model tags as a product, introduced by a role ("author and
  liberal firebrand Cornel West"): a person, whose surname alone is him and whose "he
  said" is his, not the man quoted before;
- a description instead of the name, in the sentence after the person leads it: "the
  Vermont senator" after "presidential candidate Bernard Walsh" (a candidacy does not
  rule out an office), "The star of Night Harbour and Paper Moon" after "Hollywood
  legend Walter Brandt" (film titles the model took for people name no one), and "The
  67-year-old" right after that star's report;
- a body the model left untagged that speaks by its initials ("the IFPI reported"): an
  organisation, and the speaker of its words; "the US said" stays the country;
- a relative named in passing, as the owner of a thing ("the chairs in Ivanka Hale's
  den"), leaves "Mr. Hale said" just after to the man the story is about;
- a leader's name the parse makes a second subject of a plural verb ("The tough trade
  sanctions President Reagan imposed ... are"): still a person, not a band, so that
  "Reagan officials said" is no quote of his and "He said" after his statement is.

Articles written for these tests; each assertion reads what a briefing publishes.
"""

from __future__ import annotations

from published_actors import listed
from published_speakers import speaker_of, speakers
from spacy.language import Language

GULF_BANK = """Gulf lender sees lean year

DOHA, April 2 - The general manager of Gulf Trust Bank, Hamad Nasser al-Thani, said the
economy was not improving.

Profits fell 12 pct last year, and growth partly reflected bridging loans to the state,
Thani said. "We have too many banks in this country," he said.

A rival lender's manager, Peter Lowe, said deposits were falling. "It will be a hard
year," Lowe said.
"""


def test_a_surname_without_its_article_is_the_person(nlp: Language) -> None:
    actors = listed(nlp, GULF_BANK)
    assert "Hamad Nasser al-Thani" in actors
    assert actors["Hamad Nasser al-Thani"].type == "person"
    assert "Thani" not in actors
    found = speakers(nlp, GULF_BANK)
    assert speaker_of(found, "Profits fell 12 pct") == "Hamad Nasser al-Thani"
    assert speaker_of(found, "We have too many banks") == "Hamad Nasser al-Thani"
    assert speaker_of(found, "It will be a hard") == "Peter Lowe"


RADIO = """Iran doubts U.S. will act

Iranian Prime Minister Mir Hossein Mousavi said he doubted the U.S. could act against
Iran in the Gulf, Tehran Radio reported.

The U.S. "is in a very difficult position now," the radio quoted him as saying in an
interview with the daily Kayhan International.

Mousavi said Washington had to show its strength, "but any violent act in the Gulf will
greatly harm U.S. interests," the radio, monitored in Nicosia, reported.
"""


def test_the_radio_is_the_body_named_radio(nlp: Language) -> None:
    """ "the radio" refers back to "Tehran Radio", not to the daily named since."""
    found = speakers(nlp, RADIO)
    assert speaker_of(found, "but any violent act") in {"Tehran Radio", "Mir Hossein Mousavi"}


FAMILY = """Senator leans on family at convention

Senator Robert Hale needs women voters, and his campaign knows it.

Former governor Jan Brewer, an early supporter of Hale, calls security "a priority"
for women. "That's something that will resonate," she said in an interview.

Spotlight his family: Hale's adult children have emerged as his closest advisers.

On the convention's opening night Monday, Hale's wife, Melania, is scheduled to
speak. She is often by her husband's side but has spoken only a few times. At a rally
this spring, she described Hale as "kind." (That said, she also noted, "When you attack
him, he will punch back harder.")

Ivanka Hale, 34, could be an effective bridge to female voters. She has pushed back
against accusations of sexism against her father, saying he has been a pioneer in
promoting women in his companies.
"""


def test_relatives_are_people_of_their_own(nlp: Language) -> None:
    actors = listed(nlp, FAMILY)
    assert actors["Ivanka Hale"].type == "person"
    assert actors["Melania"].type == "person"
    assert actors["Robert Hale"].type == "person"
    found = speakers(nlp, FAMILY)
    assert speaker_of(found, "That's something") == "Jan Brewer"
    assert speaker_of(found, "When you attack him") != "Jan Brewer"
    assert speaker_of(found, "he has been a pioneer") == "Ivanka Hale"


def test_a_second_given_name_of_the_family_is_no_other_person(nlp: Language) -> None:
    """The rule needs a given name before the surname: "Senator Hale" and "Hale's" stay
    Robert Hale's, and his own given name adds no one."""
    actors = listed(nlp, FAMILY)
    hales = [name for name in actors if name.endswith("Hale")]
    assert sorted(hales) == ["Ivanka Hale", "Robert Hale"]


FIREBRAND = """Rivals trade barbs over bank money

After the debate, the Harper team chose to lay off Lane on the remark. One of his
advisers, Tad Morrow, told reporters that he would leave it to others.

"Senator Lane did a great job for her state, and we're not joining in," Morrow said.

That's where author and liberal firebrand Cornel West took the conversation. Filling
in for Harper at the same event, West landed a sharp dig at "my dear sister Ellen Lane."

"I took bank money but it didn't affect me?" he said, paraphrasing Lane's remarks.
"""


def test_a_name_introduced_by_a_role_is_a_person(nlp: Language) -> None:
    actors = listed(nlp, FIREBRAND)
    assert actors["Cornel West"].type == "person"
    assert "West" not in actors
    found = speakers(nlp, FIREBRAND)
    assert speaker_of(found, "I took bank money") == "Cornel West"
    assert speaker_of(found, "Senator Lane did") == "Tad Morrow"


SENATOR = """Senator keeps to his message

Democratic presidential candidate Bernard Walsh is choosing not to respond to recent
accusations.

Instead, the Vermont senator is sticking to his campaign message, hoping to avoid any
misstep that could undermine his lead.

"We have come a long way in the last nine months," he told cheering supporters in
Nashua on Monday morning.
"""

STAR = """Veteran actor hits out over modern film

Hollywood legend Walter Brandt has hit out at the quality of current films and theatre
productions.

The star of Night Harbour and Paper Moon said the film culture was "in a sorry state"
at a press conference on Tuesday. The 67-year-old also said he stopped working a few
years ago because he lost his "spark" for acting. Brandt is in the UK to publicise his
new comedy.
"""


def test_a_candidate_described_by_his_office(nlp: Language) -> None:
    found = speakers(nlp, SENATOR)
    assert speaker_of(found, "We have come a long way") == "Bernard Walsh"


def test_a_star_described_by_films_and_age(nlp: Language) -> None:
    found = speakers(nlp, STAR)
    assert speaker_of(found, "in a sorry state") == "Walter Brandt"
    assert speaker_of(found, "he stopped working") == "Walter Brandt"


INITIALS = """Swap networks here to stay

The global music industry says billions of songs are swapped online every month.

Sales of legally downloaded songs grew tenfold in 2004, with 200 million tracks bought
online in the US and Europe, the IFPI reported this week.
"""


def test_a_body_speaking_by_its_initials(nlp: Language) -> None:
    actors = listed(nlp, INITIALS)
    assert actors["IFPI"].type == "organization"
    assert actors["United States"].type == "place"
    found = speakers(nlp, INITIALS)
    assert speaker_of(found, "Sales of legally downloaded") == "IFPI"


SANCTIONS = """Japanese tariffs seen as worldwide warning

The tough trade sanctions President
Reagan imposed on Japanese exports are not only a shot across
Japan's bow but also a sign Reagan will attack unfair trade
practices worldwide, U.S. officials said.

Other countries run big trade surpluses with the United States, and Reagan officials
said the president is ready to fight them all.

"We cannot allow it to be jeopardized by unfair trading practices," Reagan added in a
statement.

He said the tariffs would remain in force until Japan abided by the agreement.
"""


def test_a_leader_hung_on_a_plural_verb_is_a_person(nlp: Language) -> None:
    actors = listed(nlp, SANCTIONS)
    assert actors["Reagan"].type == "person"
    found = speakers(nlp, SANCTIONS)
    assert speaker_of(found, "the president is ready") is None
    assert speaker_of(found, "the tariffs would remain") == "Reagan"


DEN = """Senator's jet is his favourite toy

Senator Robert Hale owns five aircraft. The Boeing is Mr. Hale's favourite flying toy,
he said in an interview on Saturday. It has a bedroom, and leather that also graces the
chairs in Ivanka Hale's den.

"It's like a new plane," Mr. Hale said in a documentary.
"""


def test_a_relative_named_in_passing_leaves_the_surname_to_the_subject(
    nlp: Language,
) -> None:
    assert "Ivanka Hale" in listed(nlp, DEN)
    found = speakers(nlp, DEN)
    assert speaker_of(found, "It's like a new plane") == "Robert Hale"
