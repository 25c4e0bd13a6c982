"""Speakers along a chain of reporting clauses (issue 11): "he said" after a sentence
whose own "he" goes on speaking, a quotation between two speakers, a campaign whose
name holds a verb, and a speech verb whose clause the parser hung on an earlier one.
Each article is written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

RAIL = """Rail link vote nears

Harbour mayor Tom Keller has joined the campaign for the new rail link as the vote
enters its final week. Mr Keller said the link would bring jobs to the coast.

Ann Dwyer, who leads the No campaign, said voters did not want the link. Retired
teacher Paul Osman, spokesman for Coast Says No, said the campaign had turned nasty.
And he hit back at Mr Keller's claim that the link would cut journeys by half. "It can
move paper around but it can not move people," he said.
"""


def test_he_said_after_a_sentence_about_his_own_he(nlp: Language) -> None:
    """ "And he hit back at Mr Keller's claim ...": the claim is Keller's, but the "he"
    of the sentence, who goes on speaking, is Osman."""
    found = speakers(nlp, RAIL)
    assert speaker_of(found, "It can move paper around") == "Paul Osman", found


CAMPAIGN = """Rail link vote nears

Campaign chairman John Tomlin said he expected a late rush of votes. He added: "The
ministry holds a lot of power over the coast. The power should be on the coast as well."
He also defended the attack on the No campaign's backers. "We had to show who was behind
the No campaign - city spin doctors." Paul Osman, spokesman for Coast Says No, said the
campaign had been dragged into the gutter.
"""


def test_a_quotation_after_his_own_he_stays_with_the_speaker(nlp: Language) -> None:
    """The sentence between two quotations opens with the tag's own "He": the next
    quotation is still Tomlin's, not that of the report after it (whose campaign's name
    "Coast Says No" holds a verb that reports nothing)."""
    found = speakers(nlp, CAMPAIGN)
    assert speaker_of(found, "We had to show who was behind") == "John Tomlin", found


HEARING = """Judge warns developer at fraud hearing

The developer Mark Dalton took the stand on Monday. Dalton said the accounts were "in
very good order" before launching into another attack that prompted Judge Ruth Ames to
remark the questioning sounded like "the same old song on repeat."
"""


def test_a_clause_the_parser_hung_on_an_earlier_said(nlp: Language) -> None:
    """ "that prompted Judge Ames to remark the questioning sounded like '...'": the
    judge's words, though the parser hangs "sounded" on Dalton's "said"."""
    found = speakers(nlp, HEARING)
    assert found.get("the same old song on repeat.") in {"Ruth Ames", None}, found
    assert found.get("the same old song on repeat.") != "Mark Dalton", found


BUDGET = """Gulf state announces budget

The Gulf state of Qatar announced its first budget in two years and projected a
deficit of 5.1 billion riyals.
    In a statement outlining the budget, Finance Minister Sheikh Abdul-Rahman bin
Hamad al-Sabah said the government expected to spend 11.3 billion riyals.
    Sheikh Abdul-Rahman said revenue would be about 6.2 billion riyals, down by about
25 pct on last year.
    Sheikh Abdul-Rahman said the government would limit spending each month.
"""


def test_a_short_form_kept_apart_speaks_under_the_full_name(nlp: Language) -> None:
    """ "Sheikh Abdul-Rahman said": the minister the article named in full before."""
    found = speakers(nlp, BUDGET)
    minister = "Sheikh Abdul-Rahman bin Hamad al-Sabah"
    assert speaker_of(found, "revenue would be about") == minister, found
    assert speaker_of(found, "the government would limit") == minister, found


DETENTION = """Bishop calls for release of detainees

Bishop Anna Lowe has called for the release of men held without trial.

Lawyer Tom Reid said the government should have acted sooner. But the Home Office
defended the measures. A spokesman said: "These men cannot be prosecuted because the
evidence cannot safely be disclosed in court."
"""


def test_a_spokesman_after_a_body_that_is_the_subject_speaks_for_it(nlp: Language) -> None:
    """ "But the Home Office defended the measures. A spokesman said": the body the
    sentence before made its subject, not the lawyer who spoke before it."""
    found = speakers(nlp, DETENTION)
    assert speaker_of(found, "These men cannot be prosecuted") == "Home Office", found


OUTBREAK = """Farm ministry criticised over outbreak

Ministers had hoped to get 900m from the fund but were granted 349m. That was because
the ministry had valued the animals at between "two and three times" the fund's
assessment. Audit Office chief Sir John Moss said a new scheme was now being looked at.
"""


def test_quoted_words_before_someone_elses_report_are_not_his(nlp: Language) -> None:
    """The sentence after the quoted words reports its own clause: Sir John did not say
    "two and three times"; the writer did."""
    found = speakers(nlp, OUTBREAK)
    assert found.get("two and three times") is None, found


HEARING_EXCHANGE = """Court hears challenge to permit rule

Justice Mark Holt pressed the city's lawyer, Anna Reyes, on the risks of the rule.

"That can be true," Reyes said, "but the risk of doing nothing is far greater."

"But there is some risk," Holt interjected. "Do you dispute that?"

"There can be a very small risk for some builders, but the benefits far outweigh it."

"No, I am not making that point," Holt replied.
"""


def test_an_untagged_reply_to_a_question_is_the_one_asked(nlp: Language) -> None:
    """A quotation with no tag of its own, opening the paragraph after a question put to
    someone ("Do you dispute that?"), is the answer of the one who spoke before it."""
    found = speakers(nlp, HEARING_EXCHANGE)
    assert speaker_of(found, "There can be a very small risk") == "Anna Reyes", found
    assert speaker_of(found, "Do you dispute that?") == "Mark Holt", found


MASTHEAD = """Campaign manager fired

The Denver Post reported that the manager was ousted at the urging of the
candidate's family.

"It just came to a head," the Post reported, quoting an unnamed official.
"""


def test_a_paper_named_by_its_last_word_speaks_under_its_full_name(nlp: Language) -> None:
    """ "the Post reported" after "The Denver Post reported": one publication."""
    found = speakers(nlp, MASTHEAD)
    assert speaker_of(found, "It just came to a head") == "Denver Post", found


CLOSURES = """Textile factories close

Union secretary general Billy Mako blamed the closures on the end of textile quotas.

"Some owners were complaining that the rand was strong," Mr Mako said at a news
briefing. The country's currency is fixed to the rand. "But we suspect that they left
because of the end of quotas." He said the six factories had closed over the holiday.
"""


def test_he_said_after_quoted_words_still_names_their_speaker(nlp: Language) -> None:
    """After the quotation, "He said ..." reports a clause of its own, but "He" goes on
    with the speaker: the quotation before it is still his."""
    found = speakers(nlp, CLOSURES)
    assert speaker_of(found, "But we suspect that they left") == "Billy Mako", found


CUP_DRAW = """Rovers handed home tie against holders

Rovers face a home tie against holders City in the quarter-finals if they can win their
replay against Town.

The League Two side held Town at their ground and were rewarded with a possible tie
against Sir Roger Blackwood's side. Bolton host Arsenal or Sheffield United and
Leicester will visit the winners of the Crewe and Hull replay. The ties will be played
on the weekend of 12-13 March.

It was the draw the club had hoped for. "We're not counting on anything yet," he said.
"It will be a difficult replay."
"""


def test_he_said_is_not_a_club_nor_an_owner_named_in_passing(nlp: Language) -> None:
    """The article never says who "he" is: not "Bolton" (a club the model took for a
    person, with nothing of a person about it), nor Sir Roger Blackwood, named sentences
    earlier only as the owner of "side". A missing speaker, not a wrong one."""
    found = speakers(nlp, CUP_DRAW)
    assert speaker_of(found, "We're not counting") is None
    assert speaker_of(found, "It will be a difficult replay") is None


AWARD = """Young sculptor wins prize

The prize went to Daniel Marsh, a sculptor from Leeds. "I am delighted and a little
surprised," he said.
"""


def test_he_said_after_a_person_named_as_an_object_is_that_person(nlp: Language) -> None:
    """A person who is not the sentence's subject, and no one else named before: "he"
    is still that person (only an owner named in passing is left out)."""
    assert speaker_of(speakers(nlp, AWARD), "I am delighted") == "Daniel Marsh"


SCHOOLS = """Voters let down on schools - Whitlock

Ministers have broken their promises on school buildings, Gordon Whitlock has said.

"Parents are tired of waiting," the Conservative leader said in his spring message. The
government was "making excuses", he added.

But Mr Pryce - who gained fame as one of Leeds's "school champions" and is running his
own No campaign alongside the official West Yorkshire Says No campaign - said he was not
convinced by the plans. "It will not deliver," he said.
"""


def test_the_party_leader_right_after_a_named_report_is_that_person(nlp: Language) -> None:
    """ "..., Gordon Whitlock has said.⏎⏎“...,” the Conservative leader said": a party
    word narrows no office, so the description is the person who spoke just before, and
    "he added" goes on with him."""
    found = speakers(nlp, SCHOOLS)
    assert speaker_of(found, "Parents are tired") == "Gordon Whitlock"
    assert speaker_of(found, 'The government was "making excuses"') == "Gordon Whitlock"


def test_the_name_before_a_dash_aside_is_the_speaker(nlp: Language) -> None:
    """ "But Mr Pryce - who ... No campaign - said": the parser takes the aside's last
    noun for the subject; the speaker is the name the aside describes, and the label
    quoted inside the aside is no quotation of his."""
    found = speakers(nlp, SCHOOLS)
    assert speaker_of(found, "he was not convinced") == "Pryce"
    assert "school champions" not in found or found["school champions"] is None


WATCHDOG = """Hospital waiting times rising

Hospitals in England are failing to meet their waiting time targets, the country's
health spending watchdog has said.

The Health Audit Commission said the number of patients waiting more than a year had
doubled. It urged ministers to act.
"""


def test_a_body_described_in_the_lead_is_the_one_named_in_the_next_report(
    nlp: Language,
) -> None:
    """ "..., the country's health spending watchdog has said.⏎⏎The Health Audit
    Commission said": news names the body right after describing it."""
    found = speakers(nlp, WATCHDOG)
    assert speaker_of(found, "Hospitals in England") == "Health Audit Commission"


HALDEN = """Shares in Halden Energy slide

Shares in Halden Energy, a Scottish oil firm, have closed down 12% after a disappointing
drilling update.

Halden Energy said estimates for its main field in Norway had been revised. The company
said the downgrade was a setback. A spokesman for the firm said that new wells would be
drilled next spring.
"""


def test_the_firm_is_the_body_an_apposition_described_as_a_firm(nlp: Language) -> None:
    """ "Halden Energy, a Scottish oil firm": no second, nameless firm; "a spokesman for
    the firm" speaks for Halden Energy."""
    found = speakers(nlp, HALDEN)
    assert speaker_of(found, "new wells would be drilled") == "Halden Energy"


LABEL = """Label gets new boss

Carlos "CJ" Mendes, chairman of The Northwind Music Group, said: "I can think of no-one
more credible to build upon the label's fantastic legacy." He hoped Tom Harlan would
"move the company into its next era", he added. Tom Harlan, real name Thomas Hart, said
he was honoured.
"""


def test_he_added_after_he_hoped_someone_would_is_the_one_hoping(nlp: Language) -> None:
    """ "He hoped Tom Harlan would “...”, he added": Harlan is the subject of what the
    "he" hoped, not who goes on speaking; the words are Mendes's."""
    found = speakers(nlp, LABEL)
    assert speaker_of(found, "move the company") == "Carlos Mendes"
    assert speaker_of(found, "he was honoured") == "Tom Harlan"


HEARING = """Court hearing draws observers

The extradition hearing in London entered its third day on Wednesday.

Observers including former British diplomat Alan Kershaw said they saw officials
conferring with prosecutors outside the courtroom. Critics including Helen Ward and Simon
Pike said the hearing was unfair.
"""


def test_the_one_person_named_among_a_group_of_speakers(nlp: Language) -> None:
    """ "Observers including ... Alan Kershaw said": the one person named among them
    said it; of "critics including Helen Ward and Simon Pike" no one name is right."""
    found = speakers(nlp, HEARING)
    assert speaker_of(found, "they saw officials") == "Alan Kershaw"
    assert speaker_of(found, "the hearing was unfair") is None


HARBOUR = """Harbour vote turns personal

Peter Laine, spokesman for South Coast Says No, said the Yes campaign's decision to get
personal dragged the debate "into the gutter" and showed they were "rattled". The vote is
on Thursday.
"""


def test_a_verb_in_a_campaign_name_does_not_take_the_speaker(nlp: Language) -> None:
    """ "Peter Laine, spokesman for South Coast Says No, said ...": the parser gives
    Laine to "Says"; "said" is still his, and so are the words quoted in what he said
    (shown with the clause they stand in, both fragments in one report)."""
    found = speakers(nlp, HARBOUR)
    clause = "the Yes campaign's decision to get personal dragged the debate"
    assert speaker_of(found, clause) == "Peter Laine"
    assert [text for text in found if "into the gutter" in text or "rattled" in text] == [
        'the Yes campaign\'s decision to get personal dragged the debate "into the gutter" '
        'and showed they were "rattled"'
    ], found


AD_SPENDING = """Ad spending soars in Iowa

Campaigns have spent heavily on local television in Iowa this autumn.

Bush, for instance, is paying $75 to run a 30-second spot during the local news,
according to Federal Communications Commission records. The spending is expected to rise.
"""


def test_a_bodys_records_speak_for_the_body(nlp: Language) -> None:
    """ "according to Federal Communications Commission records": the commission."""
    found = speakers(nlp, AD_SPENDING)
    assert speaker_of(found, "Bush, for instance") == "Federal Communications Commission"


PARTIES = """Parties plan daily briefings

Conservative leader Michael Howard will hold a news conference every morning of the
campaign, Tory co-chairman Liam Fox said.

But Labour campaign chiefs say there are no plans for Mr Blair to hold a daily news
conference. The Liberal Democrats said they would hold daily briefings with Charles
Kennedy.

The posters were labelled a "big misjudgement" by the Conservatives who said Labour's
"first shot in the election has badly backfired".
"""


def test_a_party_speaks_under_its_canonical_name(nlp: Language) -> None:
    """ "Labour campaign chiefs say", "The Liberal Democrats said", "by the Conservatives
    who said": the party speaks, named as a reader finds it across briefings, and it is
    among the article's actors."""
    extraction, problems = extract_document(parse(nlp, PARTIES))
    assert problems == []
    found = {quote.text: quote.speaker for quote in extraction.quotes}
    assert speaker_of(found, "there are no plans") == "Labour Party"
    assert speaker_of(found, "they would hold daily") == "Liberal Democrats"
    assert speaker_of(found, "first shot in the election") == "Conservative Party"
    names = {actor.name for actor in extraction.actors}
    assert {"Labour Party", "Liberal Democrats", "Conservative Party"} <= names


MEMBER = """Campaign starts well

The election campaign began on Monday with both main parties touring marginal seats.

A Conservative said privately that the campaign had started well. Labour said its
posters had worked.
"""


def test_one_member_is_not_the_party(nlp: Language) -> None:
    """ "A Conservative said": one member, whom the article does not name."""
    found = speakers(nlp, MEMBER)
    assert speaker_of(found, "the campaign had started well") is None
    assert speaker_of(found, "its posters had worked") in {"Labour", "Labour Party"}


TYCOON = """Tycoon's causes

Casino chairman Sheldon Marsh owns a fortune of around $30 billion.

Marsh's political activities were guided by two factors: his business abroad and his
faith. He is so committed to the cause, he once said that he regretted not serving in
its army.
"""


def test_he_said_after_a_sentence_about_the_owners_doings_is_the_owner(
    nlp: Language,
) -> None:
    """ "Marsh's political activities were guided by ...": the sentence is about Marsh,
    so the "he" after it is Marsh (an owner only named in passing is not)."""
    found = speakers(nlp, TYCOON)
    assert speaker_of(found, "he regretted") == "Sheldon Marsh"


MEDIA = """Streaming deal for talk show

John Dickey, the chief executive of Ora Vision -- the production company that owns the
programme -- told me, "We're a content provider; we're doing business with people who
want our content."
"""


def test_a_dash_aside_after_an_apposition_leaves_the_person_speaking(
    nlp: Language,
) -> None:
    """The company before the dashes ends the description of the person, who speaks."""
    found = speakers(nlp, MEDIA)
    assert speaker_of(found, "We're a content provider") != "Ora Vision"


HARVEST = """Growers stay away from cocoa talks

Ghana will skip the cocoa talks next month in Abidjan, Kwame Osei, head of the Cocoa Union, said.

"We would rather wait until the talks are properly prepared," he told reporters.

He added the meeting could still be put off.
"""


def test_a_lead_whose_speaker_the_parser_made_a_conjunct_of_a_place(nlp: Language) -> None:
    """ "... in Abidjan, Kwame Osei, director of ..., said.": the parser reads the name as
    a conjunct of the place before it (no "and": an apposition, not a list), so the lead
    had no speaker, and the "he" after it none either."""
    found = speakers(nlp, HARVEST)
    assert speaker_of(found, "Ghana will skip") == "Kwame Osei", found
    assert not any("Kwame" in text for text in found), found
    assert speaker_of(found, "We would rather wait") == "Kwame Osei", found
    assert speaker_of(found, "the meeting could still") == "Kwame Osei", found
