"""Speakers, actors and quotes an editor met on PolNeAR briefings in session 48
(issue 11):

- "stated Roman Manukyan, a history lecturer": a person's full name the model tagged a
  nationality (for an ending "Armenian" shares) was no actor, and the quote had no
  speaker; "Manukyan added" is the same man;
- "said Marcus Hale, senior fellow at the Linwood Institute, and a Democrat who ran the
  state budget office": one more description of the same man, not a second speaker;
- "Nexaria said in a statement", tagged a place: a name no gazetteer knows that speaks
  is a body, and "The company had argued" is that body;
- "While Daniel Wexford has yet to endorse ..., Wexford's running mate — Ohio Gov.
  Martin Calloway — has thrown his support behind Pratt. And he claims": the sentence
  is about the running mate named beside its subject, not the nominee in its opening
  clause;
- "Footage of Al-Hakimi then appears. “...,” he says": the man a recording shows, his
  surname's particle capitalised (one word to the reader, three to the parser);
- "the pope told reporters" after "Pope Clement": a style kept in the name is the
  description's role;
- "a second piece, entitled “Her ideas are not too bold. They are too thin.”": a title,
  however long, is no one's words;
- "in keeping with Vatican protocol and also, Marsh said, “to make clear ...”": a tag
  after "and also" reports what follows it, not the writer's words before; "he was
  confirmed 92 to 0" (a nominee) reports nothing of his; "“...,” Gingrell told the radio
  host, noting that he and his wife, Maria, “have talked ...”" is two quotations, the
  second said of "he and his wife"; "Netwave also backed the proposals by Telcor saying
  “...”" is no word of Telcor's proposals;
- "Former Rep. Chris Shays ... was behind John Kasich ..., he said ... “... Donald Trump
  lost my vote months ago,” he said": a "he" left unresolved before is the one a later
  "he" continues, never the Trump of an earlier sentence; "Stated Bristow:" names
  Bristow; "Marsh's aggressive attack on Wexford indicates ..." is no report of
  Wexford's (a phrase that ends with a surname is no name);
- "“[W]e encourage affiliated unions ...”": an editor's bracketed capital is no person
  "W e".

Articles written for these tests; no corpus text.
"""

from __future__ import annotations

from published_actors import published_types
from published_speakers import speaker_of, speakers
from spacy.language import Language

NAMES = """Dating app tightens rules on campaign messages

Volunteers for several campaigns have been sending political messages to users of the
dating app Fizzle, which says it will now remove accounts that send them in bulk.

"We are happy for people to share their political views, but we do not allow spamming,"
Rosette Karapetian, a Fizzle spokeswoman, said in an email. "So share your views, just
do not spam."

Historians at the conference disagreed about the vote. "The government does not want
another adversary near its borders," stated Roman Manukyan, a history lecturer at
Ridgefield College.

Manukyan added, "The question will come back after the election."
"""


def test_a_name_tagged_as_a_nationality_that_speaks_is_a_person(nlp: Language) -> None:
    types = published_types(nlp, NAMES)
    assert types.get("Roman Manukyan") == "person", types
    found = speakers(nlp, NAMES)
    assert speaker_of(found, "The government does not want") == "Roman Manukyan"
    assert speaker_of(found, "The question will come back") == "Roman Manukyan"


BUDGET = """Budget plans draw fire from both parties

The tax plans would add trillions of dollars to the deficit over a decade, according to
the budget office.

The plans are "deeply irresponsible," said Marcus Hale, senior fellow at the Linwood
Institute, and a Democrat who ran the state budget office in the 1990s. "They leave
people like me speechless."

"I would expect a plan of this size to say how it will be paid for," said Nadia Orlov, a
professor of economics at Brayton University in Elmhurst, Ill., and a co-author of a
study on state budgets.

The cuts go too far, said Alan Reyes, a senator from Ohio, and Beth Cole, an economist
at Brayton University.
"""


def test_a_second_description_is_no_second_speaker(nlp: Language) -> None:
    found = speakers(nlp, BUDGET)
    assert speaker_of(found, "deeply irresponsible") == "Marcus Hale"
    assert speaker_of(found, "They leave people like me") == "Marcus Hale"
    assert speaker_of(found, "The cuts go too far") is None  # two named: no one of them


STRIKE = """Striking workers reach deal with Nexaria

Nexaria, striking unions reach deal to end walkout

Nexaria has struck a provisional agreement with unions representing nearly 30,000
employees who walked off the job in April, the Labor Department said on Friday.

"The agreement in principle at Nexaria is a victory for working families," union
president Carla Dean said.

Nexaria said in a statement: "We look forward to having all of our employees back at
work soon."

The workers had said that Nexaria was trying to move jobs overseas. The company had
argued that it needed the flexibility to move its workers to where they are needed most.
More broadly, Nexaria has been working to shift its business toward wireless services.
"""


def test_a_speaking_name_no_gazetteer_knows_is_a_body(nlp: Language) -> None:
    types = published_types(nlp, STRIKE)
    assert types.get("Nexaria") == "organization", types
    found = speakers(nlp, STRIKE)
    assert speaker_of(found, "We look forward") == "Nexaria"
    assert speaker_of(found, "it needed the flexibility") == "Nexaria"


RUNNING_MATE = """Governor backs Speaker with nominee's blessing

While Republican nominee Daniel Wexford has yet to endorse House Speaker Owen Pratt\u2019s
re-election bid, Wexford\u2019s running mate — Ohio Gov. Martin Calloway — has thrown his
support behind Pratt.

And he claims his boss is fine with it.

On Monday, Wexford declined to back Pratt, in what looked like payback for the Speaker\u2019s
own hesitation in the spring.
"""


def test_he_is_the_subject_named_beside_its_description(nlp: Language) -> None:
    found = speakers(nlp, RUNNING_MATE)
    assert speaker_of(found, "his boss is fine with it") == "Martin Calloway"


FOOTAGE = """Candidate appears in extremist recruitment video

A clip of candidate Daniel Wexford appears in a new recruitment video released by a
militant group.

Wexford is shown in a clip from a rally, saying, "We will stop them all at the border
until we figure out what is going on." The crowd cheers.

Footage of Al-Hakimi then appears. "The West will turn against its Muslim citizens," he
says. He adds that Muslims in America have two choices: "You either leave or you fight."

The cleric Yusuf al-Hakimi, who was killed in 2011, is shown lecturing earlier in the
video.
"""


def test_he_is_the_man_the_footage_shows(nlp: Language) -> None:
    found = speakers(nlp, FOOTAGE)
    assert speaker_of(found, "We will stop them all") == "Daniel Wexford"
    assert speaker_of(found, "The West will turn") == "Yusuf al-Hakimi"
    assert speaker_of(found, "You either leave") == "Yusuf al-Hakimi"


VATICAN = """Senator meets the pope at the Vatican

Senator Ellen Marsh met Pope Clement at his residence on Saturday, a brief meeting she
said was personal.

"I am a great admirer of his work," Marsh said.

Asked about the meeting on his flight home, the pope told reporters: "When I came down,
I greeted her and shook her hand. That is good manners."
"""


def test_the_pope_is_the_one_named_pope(nlp: Language) -> None:
    found = speakers(nlp, VATICAN)
    assert speaker_of(found, "When I came down") == "Pope Clement"


EDITORIAL = """Paper renews attack on senator's plan

The Ledger published an editorial attacking Senator Ellen Marsh's health plan on Monday.
"She is selling a fantasy to voters who want to believe it," the paper's editorial board
wrote.

Marsh hit back at a rally. "The Ledger may think I am radical. I am not," she said.

The Ledger responded with a second piece, entitled "Her ideas are not too bold. They are
too thin."
"""


def test_a_title_is_no_quote(nlp: Language) -> None:
    found = speakers(nlp, EDITORIAL)
    assert speaker_of(found, "The Ledger may think") == "Ellen Marsh"
    assert not any("too thin" in text for text in found), found


VATICAN_VISIT = """Senator says Vatican visit was no campaign stop

Senator Ellen Marsh met Pope Clement briefly at the Vatican on Saturday.

There was no photograph of the meeting at the papal residence, in keeping with Vatican
protocol and also, Marsh said, "to make clear that there is no endorsement here."

Senate Republicans finally confirmed a judge on Monday. If anybody should have been
confirmed by now, it was Adrian Pell. Nobody opposed him — he was confirmed 92 to 0.

"I regard Ellen as an old friend," Gingrell told the radio host, noting that he and his
wife, Maria, "have talked with her often during the campaign. I do more of it by email
than by phone."

Internet provider Netwave also backed the proposals by Telcor saying "we will be happy
if the regulator accepts them".
"""


def test_what_a_tag_after_and_reports(nlp: Language) -> None:
    found = speakers(nlp, VATICAN_VISIT)
    assert speaker_of(found, "to make clear that") == "Ellen Marsh"
    assert not any(text.startswith("There was no photograph") for text in found), found
    assert not any(text.startswith("Nobody opposed him") for text in found), found
    assert speaker_of(found, "I regard Ellen") == "Gingrell"
    assert not any(text.startswith("I regard Ellen") and "talked" in text for text in found)
    assert speaker_of(found, "we will be happy") is None


ENDORSEMENT = """A Second Republican Backs Hillary Clinton.

Many Republicans object so strongly to the idea of electing Donald Trump in November
that they now back Hillary Clinton instead.

Former Rep. Chris Shays (R-Conn.) was behind John Kasich while the Ohio governor was
still a candidate, he said Tuesday on WXRT\u2019s \u201cMorning Show.\u201d

\u201cHillary is the obvious choice for me. Donald Trump lost my vote months ago,\u201d he said.
\u201cHe is reckless, and he does not understand the job.\u201d
"""


def test_a_he_after_an_unresolved_he_is_no_one_named_before(nlp: Language) -> None:
    found = speakers(nlp, ENDORSEMENT)
    assert speaker_of(found, "Hillary is the obvious choice") is None
    assert speaker_of(found, "He is reckless") is None


LEAD_INS = """Another Republican backs the Democratic nominee

Some Republicans are so opposed to electing Daniel Wexford as the next president that
they are endorsing Ellen Marsh, the Democratic nominee.

Former Rep. Carl Bristow (R-Conn.) was for Owen Pratt while the Ohio governor was in the
running, he said Wednesday on a morning show.

"Ellen is my next choice. Not hard to figure out. Daniel Wexford lost me a long time
ago," he said.

Stated Bristow:

"He does and says everything my parents taught me not to do. He is dangerous."

Marsh's aggressive attack on Wexford indicates she is turning to the general election.
"""


def test_a_lead_in_verb_is_no_part_of_the_name(nlp: Language) -> None:
    types = published_types(nlp, LEAD_INS)
    assert "Stated Bristow" not in types, types
    found = speakers(nlp, LEAD_INS)
    assert speaker_of(found, "He does and says everything") == "Carl Bristow"
    assert not any(text.startswith("she is turning") for text in found), found


EDITED_QUOTE = """Union federation delays its endorsement

The federation will not endorse a candidate next week, according to an email from its
president obtained by reporters.

"[W]e encourage affiliated unions to continue their work with the campaigns," the
president, Ray Dorn, wrote to members.
"""


def test_an_editors_bracketed_capital_is_no_name(nlp: Language) -> None:
    types = published_types(nlp, EDITED_QUOTE)
    assert types.get("Ray Dorn") == "person", types
    assert not any(name.startswith("W") for name in types), types
