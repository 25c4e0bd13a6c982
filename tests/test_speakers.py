"""Speaker resolution on short articles written for these tests, quotes built by hand."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.actors import extract_actors
from generator.extract.speakers import resolve_speakers
from generator.model import Actor, Quote
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def quote(text: str, content: str, mention: str, nth: int = 0) -> Quote:
    """A direct quote of `content` whose speaker is the `nth` occurrence of `mention`."""
    start = text.index(content)
    at = -1
    for _ in range(nth + 1):
        at = text.index(mention, at + 1)
    return Quote(
        text=content,
        kind="direct",
        start=start,
        end=start + len(content),
        cue="said",
        speaker_mention=mention,
        speaker_start=at,
        speaker_end=at + len(mention),
    )


def resolve(nlp: Language, text: str, quotes: list[Quote]) -> tuple[Doc, list[Actor]]:
    doc = nlp(text)
    actors = extract_actors(doc)
    resolve_speakers(doc, quotes, actors)
    return doc, actors


ARTICLE = (
    "U.S. Defense Secretary Lloyd Austin told reporters in Jordan on Monday that the war "
    "was far from over.\n\n"
    "“It is a symbolic fight,” Austin said.\n\n"
    "He added: “We will keep supporting Ukraine.”\n\n"
    "Maria Novak, a historian at the University of Vienna, disagreed. “It is strategic,” "
    "she said.\n\n"
    "“The troops are tired,” the defense secretary said.\n\n"
    "The Ministry of Defence said the report was false. “We do not comment on "
    "operations,” a spokesman for the ministry said.\n\n"
    "“Talks will resume,” a Ministry of Defence spokeswoman said."
)


def test_name_mention_resolves_to_canonical_name(nlp: Language) -> None:
    q = quote(ARTICLE, "It is a symbolic fight", "Austin", nth=1)
    resolve(nlp, ARTICLE, [q])
    assert q.speaker == "Lloyd Austin"


def test_pronouns_follow_the_previous_speaker_and_subject(nlp: Language) -> None:
    quotes = [
        quote(ARTICLE, "It is a symbolic fight", "Austin", nth=1),
        quote(ARTICLE, "We will keep supporting Ukraine", "He"),
        quote(ARTICLE, "It is strategic", "she"),
    ]
    resolve(nlp, ARTICLE, quotes)
    assert [q.speaker for q in quotes] == ["Lloyd Austin", "Lloyd Austin", "Maria Novak"]


def test_title_resolves_through_roles(nlp: Language) -> None:
    q = quote(ARTICLE, "The troops are tired", "the defense secretary")
    resolve(nlp, ARTICLE, [q])
    assert q.speaker == "Lloyd Austin"


def test_spokesman_for_an_organisation(nlp: Language) -> None:
    quotes = [
        quote(ARTICLE, "We do not comment on operations", "a spokesman for the ministry"),
        quote(ARTICLE, "Talks will resume", "a Ministry of Defence spokeswoman"),
    ]
    resolve(nlp, ARTICLE, quotes)
    assert [q.speaker for q in quotes] == ["Ministry of Defence", "Ministry of Defence"]


def test_unknown_description_stays_none(nlp: Language) -> None:
    text = "Fighting continued overnight. “It was terrible,” a resident said."
    q = quote(text, "It was terrible", "a resident")
    resolve(nlp, text, [q])
    assert q.speaker is None


def test_pronoun_without_antecedent_stays_none(nlp: Language) -> None:
    text = "“We are ready,” he said. Prices rose in London."
    q = quote(text, "We are ready", "he")
    resolve(nlp, text, [q])
    assert q.speaker is None


def test_gender_from_honorifics(nlp: Language) -> None:
    text = (
        "Ms Hewitt met John Prescott on Tuesday. Patricia Hewitt and John Prescott "
        "signed the deal. Mr Prescott smiled. “It is a good day,” she said."
    )
    q = quote(text, "It is a good day", "she")
    resolve(nlp, text, [q])
    assert q.speaker == "Patricia Hewitt"


def test_role_learned_from_the_speaker_mention(nlp: Language) -> None:
    text = "Karen Holt arrived late. “No comment,” said Finance Minister Karen Holt."
    q = quote(text, "No comment", "Finance Minister Karen Holt")
    _, actors = resolve(nlp, text, [q])
    assert q.speaker == "Karen Holt"
    holt = next(a for a in actors if a.name == "Karen Holt")
    assert "Finance Minister" in holt.roles


def test_a_learned_title_keeps_its_qualifying_words(nlp: Language) -> None:
    """The reporting clause says "former Finance Minister": that fuller title replaces the
    bare "Finance Minister" (a former minister is no minister), and a bare title learned
    after a fuller one adds nothing."""
    text = "Karen Holt arrived late. “No comment,” said former Finance Minister Karen Holt."
    q = quote(text, "No comment", "former Finance Minister Karen Holt")
    holt = Actor("Karen Holt", "person", [], ["Finance Minister"], 2, [(0, 10), (68, 78)])
    resolve_speakers(nlp(text), [q], [holt])
    assert q.speaker == "Karen Holt"
    assert holt.roles == ["former Finance Minister"]
    holt.add_role("Finance Minister")
    assert holt.roles == ["former Finance Minister"]


def test_a_learned_title_starts_after_the_clause_before_it(nlp: Language) -> None:
    """ "Observers including former British diplomat Tom Reyes said": the title is
    "former British diplomat"; "Observers including" would replace it with nonsense."""
    text = "Observers including former British diplomat Tom Reyes said it was a trick."
    end = text.index(" said")
    q = Quote(
        "it was a trick",
        "indirect",
        end + 6,
        len(text) - 1,
        "said",
        text[:end],
        0,
        end,
    )
    reyes = Actor("Tom Reyes", "person", [], ["former British diplomat"], 1, [(44, end)])
    resolve_speakers(nlp(text), [q], [reyes])
    assert q.speaker == "Tom Reyes"
    assert reyes.roles == ["former British diplomat"]


def test_a_learned_title_is_not_the_things_the_sentence_is_about(nlp: Language) -> None:
    """A speaker mention "The diary entries of the mayor's driver, Tom Reyes": the
    title before the name is "mayor's driver"; "diary entries of the mayor's driver"
    is what the sentence is about, and as a role would replace the right one."""
    from generator.extract.speakers.context import _Context
    from generator.extract.speakers.resolve import _title_words

    text = "The diary entries of the mayor's driver, Tom Reyes, showed he was in town."
    doc = nlp(text)
    ctx = _Context(doc, extract_actors(doc))
    assert _title_words(ctx, 0, text.index("Tom Reyes")) == "the mayor's driver"


def test_the_company_refers_back_when_clear(nlp: Language) -> None:
    text = "Shares in Tesco rose on Monday. “Sales were strong,” the company said."
    q = quote(text, "Sales were strong", "the company")
    resolve(nlp, text, [q])
    assert q.speaker == "Tesco"


def test_the_company_is_the_body_that_reported_just_before(nlp: Language) -> None:
    """ "X said Y's decision ... The company said": the company is X, the reporter of the
    sentence before, not the last body named (Y); a sentence about a body ("Y is
    barred") names no reporter, and the rule stays out."""
    text = (
        "Harbour Freight Corp said Northgate Holdings unit Eastline Rail's decision to "
        "delay the depot contract could hurt its revenue this year. "
        "“We had expected more work from the depot,” the company said."
    )
    q = quote(text, "We had expected more work from the depot", "the company")
    resolve(nlp, text, [q])
    assert q.speaker == "Harbour Freight Corp"
    # Harbour Freight Corp is named as often as Northgate Holdings: the fallback to the
    # body named most often stays out too, and only the rule above could give Northgate
    # (it once held only because the model's "Northgate Holdings and Eastline Rail" was
    # one actor, which took the quote)
    about = (
        "Harbour Freight Corp won an injunction against Northgate Holdings and Eastline "
        "Rail. Under the order, Northgate Holdings is barred from selling the depot to "
        "Harbour Freight Corp. “The suit seeks damages for fraud,” the company said."
    )
    q = quote(about, "The suit seeks damages for fraud", "the company")
    resolve(nlp, about, [q])
    assert q.speaker != "Northgate Holdings"


def test_editor_set_speaker_is_kept(nlp: Language) -> None:
    q = quote(ARTICLE, "It is a symbolic fight", "Austin", nth=1)
    q.speaker = "Someone Else"
    resolve(nlp, ARTICLE, [q])
    assert q.speaker == "Someone Else"


def test_never_raises_on_odd_quotes(nlp: Language) -> None:
    doc = nlp("Short text.")
    quotes = [
        Quote("x", "direct", 0, 1),
        Quote("x", "direct", 0, 1, speaker_mention="", speaker_start=5, speaker_end=2),
        Quote("x", "direct", 0, 1, speaker_mention="he", speaker_start=10_000),
        Quote("x", "direct", 0, 1, speaker_mention="the", speaker_start=-3, speaker_end=99),
    ]
    resolve_speakers(doc, quotes, [])
    resolve_speakers(doc, quotes, [Actor("Odd", "person", spans=[(50, 10)])])
    assert quotes[0].speaker is None
    assert quotes[1].speaker is None


def test_description_followed_by_a_name(nlp: Language) -> None:
    text = (
        "The play was banned. “I'm outraged,” the play's organiser in Uganda, "
        "Sarah Mbeki, told the BBC."
    )
    q = quote(text, "I'm outraged", "the play's organiser in Uganda")
    resolve(nlp, text, [q])
    assert q.speaker == "Sarah Mbeki"


def test_it_refers_to_the_organisation_subject(nlp: Language) -> None:
    text = (
        "The Ugandan Media Council said the show would not go on. It said the organisers "
        "must “remove the offending parts”."
    )
    q = quote(text, "remove the offending parts", "It")
    resolve(nlp, text, [q])
    assert q.speaker == "Ugandan Media Council"


def test_dateline_is_not_a_speaker(nlp: Language) -> None:
    text = "SEOUL, Aug. 20 -- The paper warned of “stupid” acts."
    q = quote(text, "stupid", "SEOUL")
    resolve(nlp, text, [q])
    assert q.speaker is None


def test_apposition_naming_a_person_after_an_organisation(nlp: Language) -> None:
    text = (
        "The trial went on in Boston. The prosecution's main witness, former Vexacorp "
        "finance chief Daniel Morrow, has said the books were cooked."
    )
    q = quote(text, "the books were cooked", "The prosecution's main witness")
    resolve(nlp, text, [q])
    assert q.speaker == "Daniel Morrow"


def test_organisation_name_heading_a_mention(nlp: Language) -> None:
    text = (
        "Reuters is based in London. On Monday the British agency Reuters said the port "
        "would close. The editor of Reuters said the talks would fail."
    )
    heading = quote(text, "the port would close", "the British agency Reuters")
    editor = quote(text, "the talks would fail", "The editor of Reuters")
    resolve(nlp, text, [heading, editor])
    assert heading.speaker == "Reuters"
    assert editor.speaker is None  # the editor is not the agency


def test_relative_pronoun_is_the_mention_and_its_antecedent_the_speaker(nlp: Language) -> None:
    """ "Okafor, who chairs the board, said ...": the attribution's own word is "who"
    (traceable to the sentence, as PolNeAR marks it); the speaker is the full name."""
    from generator.extract.quotes import extract_quotes

    text = (
        "Grace Okafor runs the port authority in Lagos.\n\n"
        "Okafor, who chairs the harbour board, said the new cranes would double the "
        "number of containers handled each day by the end of next year.\n\n"
        "The board also heard from Daniel Mensah, who warned that the dredging budget "
        "had already run out."
    )
    doc = nlp(text)
    quotes = extract_quotes(doc)
    resolve_speakers(doc, quotes, extract_actors(doc))
    cranes = next(q for q in quotes if "cranes" in q.text)
    assert cranes.speaker_mention == "Okafor"
    assert cranes.speaker == "Grace Okafor"
    dredging = next(q for q in quotes if "dredging" in q.text)
    assert dredging.speaker_mention == "who"
    assert text[dredging.speaker_start : dredging.speaker_end] == "who"
    assert dredging.speaker == "Daniel Mensah"


# Issue 11: "he said / he added" continues the nearest earlier reporting clause.
CLAUSE_ARTICLE = (
    "Opposition leader Peter Hammond attacked the budget on Wednesday, and Prime Minister "
    "David Lister defended it.\n\n"
    "It was no good Mr Lister claiming tax pledges were left to the manifesto, argued "
    "Mr Hammond. Pointing to the deficit, he added: “Everyone knows taxes will go up.”\n\n"
    "Mr Lister defended the plan. The minister's official spokesman said the cabinet still "
    "met every week. But he added: “You cannot take every decision in cabinet.”"
)


def test_he_added_goes_to_the_subject_of_the_previous_reporting_clause(nlp: Language) -> None:
    argued = quote(CLAUSE_ARTICLE, "It was no good Mr Lister", "Mr Hammond")
    added = quote(CLAUSE_ARTICLE, "Everyone knows taxes will go up", "he")
    added.speaker_start = CLAUSE_ARTICLE.index("he added")
    added.speaker_end = added.speaker_start + 2
    resolve(nlp, CLAUSE_ARTICLE, [argued, added])
    assert (argued.speaker, added.speaker) == ("Peter Hammond", "Peter Hammond")


def test_he_added_after_an_unnamed_spokesman_keeps_the_description(nlp: Language) -> None:
    said = quote(CLAUSE_ARTICLE, "the cabinet still met", "The minister's official spokesman")
    added = quote(CLAUSE_ARTICLE, "You cannot take every decision", "he")
    added.speaker_start = CLAUSE_ARTICLE.index("But he added") + len("But ")
    added.speaker_end = added.speaker_start + 2
    resolve(nlp, CLAUSE_ARTICLE, [said, added])
    assert said.speaker is None and added.speaker is None  # not Mr Lister, the last name
    assert added.speaker_mention == "The minister's official spokesman"
    assert CLAUSE_ARTICLE[added.speaker_start : added.speaker_end] == added.speaker_mention


def test_the_person_heading_a_mention_speaks_not_a_label_before_the_title(
    nlp: Language,
) -> None:
    text = (
        "Labour former minister Jack Cunningham accused the inquiry of bias. "
        "“The report is partial,” Labour former minister Jack Cunningham said."
    )
    q = quote(text, "The report is partial", "Labour former minister Jack Cunningham")
    resolve(nlp, text, [q])
    assert q.speaker == "Jack Cunningham"


def test_a_description_does_not_point_ahead_past_the_people_named(nlp: Language) -> None:
    text = (
        "Lord Butler said ministers relied on small groups of advisers. The former "
        "cabinet secretary said: “There is too much central control.”\n\n"
        "His predecessor as Cabinet Secretary, Lord Armstrong, agreed."
    )
    q = quote(text, "There is too much central control", "The former cabinet secretary")
    resolve(nlp, text, [q])
    assert q.speaker != "Lord Armstrong" and q.speaker != "Armstrong"
    assert q.speaker_mention == "The former cabinet secretary"


def test_a_statement_from_a_named_person_is_theirs(nlp: Language) -> None:
    text = (
        "Ukraine has lost fewer soldiers than Russia, according to an estimate from "
        "Oleksiy Danilov, secretary of the National Security Council."
    )
    mention = "an estimate from Oleksiy Danilov, secretary of the National Security Council"
    q = quote(text, "Ukraine has lost fewer soldiers", mention)
    resolve(nlp, text, [q])
    assert q.speaker == "Oleksiy Danilov"


def test_a_party_spokesman_is_never_given_to_a_person_named_like_the_party(
    nlp: Language,
) -> None:
    text = (
        "Liberal Democrat leader Charles Kennedy said the tax was unfair. "
        "A Lib Dem spokesman said: “We will oppose it.”"
    )
    q = quote(text, "We will oppose it.", "A Lib Dem spokesman")
    _, actors = resolve(nlp, text, [q])
    by_name = {a.name: a for a in actors}
    if q.speaker is not None:  # only ever an organisation actor on the page
        assert by_name[q.speaker].type == "organization"
    assert q.speaker_mention == "A Lib Dem spokesman"


def test_a_spokesman_for_a_named_party_speaks_for_it(nlp: Language) -> None:
    text = (
        "The Labour Party attacked the plan on Monday. "
        "A Labour spokesman said: “This budget is a con.”"
    )
    q = quote(text, "This budget is a con.", "A Labour spokesman")
    resolve(nlp, text, [q])
    assert q.speaker == "Labour Party"


VARIED = (
    "Lord Butler said ministers relied on small groups of advisers. The former "
    "cabinet secretary said: “There is too much central control.”\n\n"
    "The chancellor said: “Cabinet meets every week.”\n\n"
    "His predecessor as Cabinet Secretary, Lord Armstrong, agreed."
)


def test_a_title_right_after_a_named_speaker_is_that_speaker(nlp: Language) -> None:
    said = quote(VARIED, "ministers relied on small groups", "Lord Butler")
    varied = quote(VARIED, "There is too much central control", "The former cabinet secretary")
    other = quote(VARIED, "Cabinet meets every week", "The chancellor")
    resolve(nlp, VARIED, [said, varied, other])
    # the canonical name is the actors' ("Lord Butler" once titles are kept)
    assert said.speaker is not None and said.speaker.endswith("Butler")
    assert varied.speaker == said.speaker
    assert other.speaker is None  # a new paragraph, a title no one named holds: unknown


def test_an_acronym_speaks_for_the_organisation_named_in_full(nlp: Language) -> None:
    text = (
        "The Institute for the Study of War tracks the fighting every day.\n\n"
        "The town will hold for weeks, according to ISW."
    )
    q = quote(text, "The town will hold for weeks", "ISW")
    resolve(nlp, text, [q])
    assert q.speaker == "Institute for the Study of War"


def test_an_organisation_after_a_preposition_and_article_does_not_head_the_mention(
    nlp: Language,
) -> None:
    text = (
        "The parade may be cancelled. “We will decide tomorrow,” Patrol Chief Dan Moore "
        "with the New York Police Department said."
    )
    mention = "Patrol Chief Dan Moore with the New York Police Department"
    q = quote(text, "We will decide tomorrow", mention)
    org = "New York Police Department"
    at = text.index(org)
    # the model missed the person: only the police department is an actor
    police = Actor(org, "organization", mentions=1, spans=[(at, at + len(org))])
    resolve_speakers(nlp(text), [q], [police])
    assert q.speaker is None  # the chief speaks, not the department he works with


BREWER = """Brewer expands

Shares in Harlow Breweries plc rose after it reported record sales on Monday.

Sales rose by a fifth. Exports doubled. Prices held steady. Staff numbers grew. Costs fell.

The South Yorkshire group, led by chief executive Gerry Spindler, said it hoped to open a brewery.

"We have a long way to go," said Mr Spindler.
"""


def test_a_company_led_by_a_person_is_not_that_person(nlp: Language) -> None:
    """ "The group, led by chief executive X, said": the group speaks, not X; in an
    article that names one organisation, "the group" is that organisation."""
    from generator.extract import extract_document
    from generator.reading.layout import parse

    extraction, _ = extract_document(parse(nlp, BREWER))
    speakers = {q.text: q.speaker for q in extraction.quotes}
    assert speakers["it hoped to open a brewery"] == "Harlow Breweries plc"
    assert speakers["We have a long way to go"] == "Gerry Spindler"


HARBOUR = """Harbour fees questioned

The Harbour Authority said fees at the port had doubled since 2019. It also expressed \
concern that the Treasury had not reviewed the charges. The report said: "Fishing \
families pay more than any other users of the port."

It said there were 40 complaints about fees last year. Westport Ferries said the fees were fair.
"""

HARBOUR_OTHER_SUBJECT = """Harbour fees questioned

The Harbour Authority said fees at the port had doubled since 2019. The Treasury cut its \
grant to the port in March. The report said: "Fishing families pay more than any other \
users of the port."
"""


def test_the_report_and_it_continue_the_body_that_spoke_last(nlp: Language) -> None:
    """ "The Harbour Authority said ... The report said ... It said": the authority's."""
    from generator.extract import extract_document
    from generator.reading.layout import parse

    extraction, _ = extract_document(parse(nlp, HARBOUR))
    speakers = {q.text: q.speaker for q in extraction.quotes}
    said = "Fishing families pay more than any other users of the port."
    assert speakers[said] == "Harbour Authority", speakers
    assert speakers["there were 40 complaints about fees last year"] == "Harbour Authority"


def test_the_report_stays_open_after_another_body_acts(nlp: Language) -> None:
    """ "The Treasury cut its grant. The report said": whose report is not clear."""
    from generator.extract import extract_document
    from generator.reading.layout import parse

    extraction, _ = extract_document(parse(nlp, HARBOUR_OTHER_SUBJECT))
    speakers = {q.text: q.speaker for q in extraction.quotes}
    assert speakers["Fishing families pay more than any other users of the port."] is None


UTILITY = """Utility warns of bankruptcy

Lakeland Electric Utilities Co said its lenders had cut its credit line. Its bankers had \
asked for prepayments. The utility said it might be forced to seek protection from \
creditors.
"""


def test_the_utility_is_the_utility_named_before(nlp: Language) -> None:
    from generator.extract import extract_document
    from generator.reading.layout import parse

    extraction, _ = extract_document(parse(nlp, UTILITY))
    speakers = {q.text: q.speaker for q in extraction.quotes}
    said = "it might be forced to seek protection from creditors"
    assert speakers[said] == "Lakeland Electric Utilities Co", speakers


HALES = """Hale to hold daily briefings

Tory leader Michael Hale will hold a news conference every morning, the party said. Mr Hale \
said he wanted to meet voters.

His wife Sandra will campaign with him. Mrs Hale made her debut speech in Bournemouth last \
October. Mrs Hale has also appeared alongside her husband on TV. During an interview on ITV1 \
she said she often criticised her husband for being shy.
"""


def test_she_is_never_a_man_whose_wife_shares_his_surname(nlp: Language) -> None:
    """ "Mr Hale" and "Mrs Hale" may be read as one name; "she" is then not Mr Hale."""
    from generator.extract import extract_document
    from generator.reading.layout import parse

    extraction, _ = extract_document(parse(nlp, HALES))
    speakers = {q.text: q.speaker for q in extraction.quotes}
    assert speakers["he wanted to meet voters"] == "Michael Hale"
    assert speakers["she often criticised her husband for being shy"] != "Michael Hale"


DRONES = """States pass drone laws

Illinois passed two laws limiting the use of drones. The National Rifle Association \
opposed both. The measure passed after the group People for the Ethical Treatment of \
Animals said it would use drones to monitor hunters.
"""


def test_the_group_named_right_after_its_description_speaks(nlp: Language) -> None:
    """ "the group People for the Ethical Treatment of Animals said": the group named."""
    from generator.extract import extract_document
    from generator.reading.layout import parse

    extraction, _ = extract_document(parse(nlp, DRONES))
    speakers = {q.text: q.speaker for q in extraction.quotes}
    said = "it would use drones to monitor hunters"
    assert speakers[said] == "People for the Ethical Treatment of Animals", speakers


def test_a_different_first_name_is_a_different_person(nlp: Language) -> None:
    """Two people share a surname: "James Hall said" is never Ellie Hall's quote."""
    text = (
        "Ellie Hall, a passenger, posted a photo of the crowded station on Monday. "
        '"It looks very good," James Hall said of the new timetable.'
    )
    q = quote(text, "It looks very good", "James Hall")
    actors = [Actor(name="Ellie Hall", type="person", aliases=[], roles=[], mentions=1)]
    resolve_speakers(nlp(text), [q], actors)
    assert q.speaker != "Ellie Hall"


def _speakers(nlp: Language, text: str) -> dict[str, str | None]:
    """Quote text -> speaker, through the whole extraction as a briefing gets it."""
    from generator.extract import extract_document
    from generator.reading.layout import parse

    extraction, _ = extract_document(parse(nlp, text))
    return {q.text: q.speaker for q in extraction.quotes}


SENATOR = """Senate delays harbour bill

The House approved a bill on harbour dredging on Tuesday. Senator Mary Olsen, a \
Republican senator, backed the bill.

In the Senate, a senior Democratic senator, former Senate Budget Committee Chairman \
Walter Brennan of Vermont, said he would try to delay a vote on the bill.
"""


def test_a_description_with_a_long_named_apposition_is_that_person(nlp: Language) -> None:
    """ "a senior senator, former Committee Chairman Walter Brennan of Vermont, said":
    the person in apposition speaks, even with a place after the name."""
    speakers = _speakers(nlp, SENATOR)
    assert speakers["he would try to delay a vote on the bill"] == "Walter Brennan", speakers


WATCHDOG = """Grant fraud reports uneven

Member states are failing to report fraud in grants from the European Commission, the \
country's spending watchdog has said.

The Harbour Audit Office published its annual review on Monday.
"""


def test_a_body_named_only_inside_the_quote_does_not_speak_it(nlp: Language) -> None:
    """ "X are failing ..., the watchdog has said": the watchdog is not a body the quote
    talks about; left unnamed rather than given to the wrong body."""
    speakers = _speakers(nlp, WATCHDOG)
    said = [text for text in speakers if text.startswith("Member states are failing")]
    assert said and speakers[said[0]] != "European Commission", speakers


ANTI_FRAUD = """Fraud office backs auditors

The National Audit Office said fraud was falling. The European Court of Auditors \
qualified the accounts again.

A spokesman for the European Anti-Fraud Office said the organisation agreed with the \
audit office.
"""


def test_a_spokesman_for_an_unlisted_body_is_not_a_body_named_like_it(
    nlp: Language,
) -> None:
    """A body the model missed ("the European Anti-Fraud Office") is neither the
    European Court of Auditors nor "the office" named before."""
    speakers = _speakers(nlp, ANTI_FRAUD)
    said = "the organisation agreed with the audit office"
    assert speakers[said] is None, speakers


CABINET = """Former official attacks cabinet style

Lord Hartley has criticised the way the government takes decisions. But Downing Street \
said ministers should be judged by results.

Lord Hartley said ministers bypassed the cabinet. The prime minister's official spokesman \
said the cabinet was still used for important issues. But he added: "You cannot take \
every decision in cabinet."
"""


def test_the_prime_ministers_spokesman_speaks_for_downing_street(nlp: Language) -> None:
    """ "The prime minister's official spokesman said ... But he added": both are the
    words of Downing Street, which the article names; never the peer named before."""
    speakers = _speakers(nlp, CABINET)
    assert speakers["the cabinet was still used for important issues"] == "Downing Street"
    assert speakers["You cannot take every decision in cabinet."] == "Downing Street"


PARTY_SPOKESMAN = """Party rejects claim

Anna Berg said the plan would cost jobs. A Green Party spokesman said the claim was \
false. He added: "We have costed every line of it."
"""


def test_he_added_after_a_party_spokesman_is_the_party(nlp: Language) -> None:
    """A spokesman resolved to the body he speaks for is still "he" to the article."""
    speakers = _speakers(nlp, PARTY_SPOKESMAN)
    assert speakers["the claim was false"] == "Green Party", speakers
    assert speakers["We have costed every line of it."] == "Green Party", speakers


FORECAST = """Taxes to rise, says Grey

Opposition leader Martha Grey pointed to the Centre for Budget Studies' predictions that \
the government will need to raise taxes to close a gap.
"""


def test_a_that_clause_after_a_bodys_predictions_is_the_bodys(nlp: Language) -> None:
    """ "X pointed to the Centre's predictions that ...": the prediction is the centre's,
    not X's words (the parser hangs the clause on "pointed")."""
    speakers = _speakers(nlp, FORECAST)
    said = [t for t in speakers if "raise taxes" in t]
    assert said and speakers[said[0]] == "Centre for Budget Studies", speakers


REBATE = """Rebate not negotiable, says Marsh

The country's budget rebate is not up for renegotiation at next week's summit, Foreign \
Secretary Helen Marsh said.

The foreign secretary told MPs the rebate was fair. Commission president Paul Varga said \
the cash could be shared out.

But the foreign secretary told a committee: "Our position is very clear."
"""


def test_a_title_in_the_next_paragraph_is_the_speaker_before_and_becomes_a_role(
    nlp: Language,
) -> None:
    """ "..., Foreign Secretary Helen Marsh said.⏎⏎The foreign secretary told MPs": Marsh,
    found by that role again after another speaker."""
    speakers = _speakers(nlp, REBATE)
    assert speakers["the rebate was fair"] == "Helen Marsh", speakers
    assert speakers["Our position is very clear."] == "Helen Marsh", speakers


DETAINEE = """Detainee describes camp

Mr Okafor, 32, from Leeds, said he was kept in a metal box for weeks. The home \
secretary said he would not order an inquiry and that the reports were not "well \
informed".
"""


def test_an_office_title_is_not_the_person_named_before_it(nlp: Language) -> None:
    """ "Mr Okafor said ... The home secretary said": an office's holder, whom the
    article does not name, not the detainee who spoke before (a former title, "the
    former cabinet secretary", may still be a varied reference)."""
    speakers = _speakers(nlp, DETAINEE)
    assert speakers.get("well informed") is None, speakers


COACH = """Captain backs squad

Captain Tom Reid said the squad was ready.

The coach said the team would rest two players.
"""


def test_a_title_in_the_next_paragraph_is_not_someone_with_another_role(
    nlp: Language,
) -> None:
    """ "Captain Tom Reid said ...⏎⏎The coach said": the captain is not the coach."""
    speakers = _speakers(nlp, COACH)
    assert speakers["the team would rest two players"] is None, speakers


EMBASSY = """Embassy denies deal

A spokesman for the Fisheries Ministry said no deal had been signed. "We have been \
talking for months," said the spokesman. The spokesman stressed the talks would go on.
"""


def test_the_spokesman_is_the_body_an_earlier_spokesman_spoke_for(nlp: Language) -> None:
    speakers = _speakers(nlp, EMBASSY)
    assert speakers["no deal had been signed"] == "Fisheries Ministry", speakers
    assert speakers["We have been talking for months"] == "Fisheries Ministry", speakers
    assert speakers["the talks would go on"] == "Fisheries Ministry", speakers


FOUNDER = """Orders rebound at Lumen

Dan Cole, who founded Lumen Systems Inc, said orders had picked up. "Buyers are back," \
he said.

The executive said Lumen would raise its research spending this year.
"""


def test_the_executive_after_a_named_speaker_is_that_person(nlp: Language) -> None:
    """ "The executive said", bare, is the person who spoke just before, not "an
    executive" of some body."""
    speakers = _speakers(nlp, FOUNDER)
    said = "Lumen would raise its research spending this year"
    assert speakers[said] == "Dan Cole", speakers


LENDERS = """Lending slows

On Monday, the Guild of Mortgage Brokers, the Savings Banks Association and the Building \
Trust all said mortgage lending was slowing.
"""


def test_a_list_of_bodies_is_no_one_speaker(nlp: Language) -> None:
    """ "X, Y and Z all said": the words of several; never the first one named alone."""
    speakers = _speakers(nlp, LENDERS)
    assert speakers["mortgage lending was slowing"] is None, speakers


DIRECTOR = """Spy chief attacks leakers

Tom Agnew, a former agent, handed documents to publishers in the 1970s. "He gave away \
our secrets," the speech said of Mr Agnew.

The agency director made no secret of his target. "It is time to call out the leakers," \
he said.
"""


def test_he_after_an_unnamed_subject_is_not_someone_named_before(nlp: Language) -> None:
    """ "The agency director made no secret ... he said": the director, whom the article
    does not name; never the man named a paragraph before."""
    speakers = _speakers(nlp, DIRECTOR)
    assert speakers["It is time to call out the leakers"] is None, speakers


PARTNERS = """Security firm under scrutiny

Diego Ruiz ran the firm with his wife and travel partner, Ana Vidal. Senator Carl Moss, \
a former attorney, praised the firm.

A former business partner at the firm said Mr Ruiz worked for foreign clients. Ruiz's \
attorney said the claims were false.
"""


def test_indefinite_or_narrowed_descriptions_are_not_a_role_holder(nlp: Language) -> None:
    """ "A former business partner" is someone new, and "Ruiz's attorney" is not the
    senator who was once an attorney: both stay unnamed."""
    speakers = _speakers(nlp, PARTNERS)
    assert speakers["Mr Ruiz worked for foreign clients"] is None, speakers
    assert speakers["the claims were false"] is None, speakers


PAGEANT = """Lawyer with a pageant past

Clara Penn, who grew up in Boise, graduated from law school in 2008. As a teen she \
entered state pageants and won the Miss Idaho title in 2004. She said she used the \
prize money for law school.
"""


def test_she_continues_a_she_subject_past_a_name_in_its_sentence(nlp: Language) -> None:
    """ "As a teen she ... won the Miss Idaho title. She said": Clara Penn, not the
    title the model took for a woman's name."""
    speakers = _speakers(nlp, PAGEANT)
    said = [t for t in speakers if "prize money" in t]
    assert said and speakers[said[0]] == "Clara Penn", speakers


CASINO = """Casino under watch

The Harbour Casino Group worked closely with the Federal Bureau. A confidential report \
by a private investigator named the casino as a front. "Officials believe the Harbour \
Casino Group has let agents of the Federal Bureau operate from within it," it stated.
"""


def test_it_after_a_thing_as_subject_is_not_an_organisation(nlp: Language) -> None:
    """ "A confidential report ... named ... '...,' it stated": the report, which is no
    actor; not an organisation named before."""
    speakers = _speakers(nlp, CASINO)
    said = [t for t in speakers if t.startswith("Officials believe")]
    assert said and speakers[said[0]] is None, speakers


HEARING = """A lawyer before the court

Judge Omar Reyes questioned Dana Whitlock for an hour. Whitlock said the agency was \
lawful. "We have done this since 1789," she said.

"No, Judge Reyes," Whitlock said. "Then why cite the army?" he rejoined.

Former official Peter Lund praised her record. "I think Counsel Whitlock should feel \
good about the term," he said.
"""


def test_pronouns_learn_gender_and_skip_names_inside_their_quote(nlp: Language) -> None:
    """Whitlock has been "she": a later "he" is the judge; and a name inside the quote
    ("Counsel Whitlock should feel good") is never who said it."""
    speakers = _speakers(nlp, HEARING)
    assert speakers["We have done this since 1789"] == "Dana Whitlock", speakers
    assert speakers["Then why cite the army?"] == "Omar Reyes", speakers
    said = "I think Counsel Whitlock should feel good about the term"
    assert speakers[said] == "Peter Lund", speakers


FORMER_STAFF = """Firm accused of spying

"I remember the boss asked for a safe phone," a former Halden Security employee \
recalled. A Halden Security spokesman said the claims were false.
"""


def test_a_former_employee_does_not_speak_for_the_firm(nlp: Language) -> None:
    speakers = _speakers(nlp, FORMER_STAFF)
    assert speakers["I remember the boss asked for a safe phone"] is None, speakers
    assert speakers["the claims were false"] == "Halden Security", speakers


COALITION = """Coalition talks fail

The Liberal Party held the balance of power after the election. Party leader Hugh Marr \
appeared willing to join a coalition. But it collapsed within days, prompting the king \
to ask Anne Cole to form a government.
"""


def test_it_is_not_the_one_organisation_named_nearby(nlp: Language) -> None:
    """ "But it collapsed ...": the coalition, which is no actor; an organisation named
    a few sentences before is no speaker for "it" unless it was the subject or spoke."""
    speakers = _speakers(nlp, COALITION)
    assert "Liberal Party" not in speakers.values(), speakers


EX_PARTNER = """Security chief named

Karl Brandt ran the firm with his wife and business partner, Eva Roth. He told his \
then-partner about the deal. "He confessed everything to me," the ex-partner later \
testified.
"""


def test_a_hyphenated_title_is_read_whole(nlp: Language) -> None:
    """ "the ex-partner" is not the partner named before (his wife)."""
    speakers = _speakers(nlp, EX_PARTNER)
    assert speakers.get("He confessed everything to me") != "Eva Roth", speakers


QUALIFIER = """Veteran wins final

Tom Ashby beat Karel Novy in the final. Novy was forced to pull out of another event to \
play in the final. "For me, this was a big success," said the 20-year-old.
"""


def test_the_n_year_old_is_the_person_who_was_the_subject_before(nlp: Language) -> None:
    speakers = _speakers(nlp, QUALIFIER)
    assert speakers["For me, this was a big success"] == "Karel Novy", speakers


NEXT_SPOKESMAN = """Fraud office agrees

The Audit Office said fraud was falling. A spokesman for the Northern Anti-Fraud Bureau \
said the bureau agreed with the findings. "There is room for improvement," spokesman \
Jan Wolter said.
"""


def test_a_spokesman_named_in_the_next_reporting_clause(nlp: Language) -> None:
    """ "A spokesman for X said ... '...,' spokesman Jan Wolter said": Wolter, named
    with the same title in the very next clause."""
    speakers = _speakers(nlp, NEXT_SPOKESMAN)
    assert speakers["the bureau agreed with the findings"] == "Jan Wolter", speakers


def test_it_is_the_body_whose_name_heads_the_subject(nlp: Language) -> None:
    """ "The Office for Budget Responsibility forecast ... It said" (the project's own
    example article): the subject is headed by "Office", not by the name's last word."""
    import re
    from pathlib import Path

    article = Path(__file__).resolve().parents[1] / "content" / "2026" / "budget-statement.md"
    body = re.sub(r"^---.*?---\n", "", article.read_text(encoding="utf-8"), flags=re.S)
    speakers = _speakers(nlp, body)
    said = "the fuel duty rise would raise about £2.3bn a year"
    assert speakers[said] == "Office for Budget Responsibility", speakers


DEBATE = """Debate plan backed

Broadcasters should set a date for a televised debate, according to the Civic Forum. \
Its chairman, Lord Penrose, said leaders should have no veto.

If Mr Hartley did not want to take part, the broadcasters could go ahead without him, \
Lord Penrose said. "What makes it worse is that Mr Greaves and Mr Oduya have said they \
would welcome a debate," he said. "It has been left to hints from aides to say that \
Mr Hartley does not want one."
"""


def test_he_said_and_its_carried_quote_are_the_reporting_speakers(nlp: Language) -> None:
    """ "X said. '... Mr Greaves ...,' he said. '...'": the people named inside a
    quotation, or in the clause before the speaker's name, are not the "he"; the quote
    carried over from the first is the same speaker's."""
    speakers = _speakers(nlp, DEBATE)
    worse = next(k for k in speakers if k.startswith("What makes it worse"))
    hints = next(k for k in speakers if k.startswith("It has been left"))
    assert speakers[worse] == "Lord Penrose", speakers
    assert speakers[hints] == "Lord Penrose", speakers


NEW_YEAR = """Leader sets out new year message

Tom Fairley has had his chance and has failed, Mark Hollis has said.

The floods overshadowed the season, Mr Hollis said.

"We watched the scenes with disbelief. The scale of it is hard to grasp. "Yet the \
response has shone a light on the character of this country. The last week has shown \
that its heart beats as strong as ever. "Neighbours helped neighbours and strangers \
helped strangers." He went on to praise the volunteers. Looking ahead to the vote, he \
pledged to "turn these beliefs into reality". Mr Fairley has failed to fix the roads, \
he claimed. "The result is higher taxes and slower trains."
"""


def test_he_continues_the_speaker_across_a_long_quotation(nlp: Language) -> None:
    """Sentences of quoted text name no new speaker: "he" after a long quotation is still
    the one who spoke before it, never the person named inside a reported clause."""
    speakers = _speakers(nlp, NEW_YEAR)
    assert speakers.get("turn these beliefs into reality") == "Mark Hollis", speakers
    result = next(k for k in speakers if k.startswith("The result is higher"))
    assert speakers[result] == "Mark Hollis", speakers


ROLES = """Campaign roles change

Mr Dalton said the campaign would be local. "I am not privy to every diary," he said. \
Mr Royce has led the campaign before but Mr Dalton is taking that role this time. \
Labour will not hold a daily news conference in London. There will be no battle bus \
either, he said.

Lord Penrose said broadcasters should decide. "The broadcasters should make the \
decision," he said.

The proposal comes four months after viewers watched President Hale debate his \
challenger on television. He said it was dubious that the incumbent could decide.
"""


def test_he_said_after_other_subjects_is_the_nearest_subject_or_the_reporter(
    nlp: Language,
) -> None:
    """The nearest subject before "he said" decides ("Mr Royce has led it before but Mr
    Dalton is taking that role ... he said": Dalton); a person in a background clause
    ("after viewers watched President Hale debate") does not take over from the last
    reporting clause."""
    speakers = _speakers(nlp, ROLES)
    bus = next(k for k in speakers if k.startswith("There will be no battle bus"))
    assert speakers[bus] == "Dalton", speakers
    dubious = next(k for k in speakers if "dubious" in k)
    assert speakers[dubious] == "Lord Penrose", speakers


SHADOW = """Ministers clash over Europe

Shadow foreign secretary Peter Lanyon told MPs the new paper was propaganda. Foreign \
Secretary Helen Marsh said the paper set out the government's plans. "We have a veto on \
any change," Ms Marsh said.

Mr Lanyon said ministers were putting the vote off. The foreign secretary hit back by \
saying his party's attitudes had kept it out of power for a decade.
"""


def test_a_title_without_its_rank_is_not_the_ranked_holder(nlp: Language) -> None:
    """ "The foreign secretary" is Foreign Secretary Helen Marsh, never the shadow
    foreign secretary who was named last."""
    speakers = _speakers(nlp, SHADOW)
    hit = next(k for k in speakers if "attitudes" in k)
    assert speakers[hit] != "Peter Lanyon", speakers


TWO_MARSHES = """Terror warning before the vote

Police chief Sir Alan Marsh said terror groups might target the election. Prime \
Minister Tony Marsh has defended his new anti-terror laws, which MPs approved on Monday.

But Mr Marsh insisted: "There is no greater liberty than to live free from attack."
"""


def test_a_surname_two_people_share_is_no_speaker(nlp: Language) -> None:
    """ "Mr Marsh" in an article with police chief Alan Marsh and Tony Marsh: which one,
    only the writer knows; a wrong name costs more than none."""
    speakers = _speakers(nlp, TWO_MARSHES.replace("Sir Alan Marsh", "Alan Marsh"))
    liberty = next(k for k in speakers if k.startswith("There is no greater liberty"))
    assert speakers[liberty] is None, speakers


def test_mister_of_a_surname_a_knight_shares_is_the_other(nlp: Language) -> None:
    """ "Mr Marsh" in an article with Sir Alan Marsh and Tony Marsh is Tony: a knight is
    "Sir Alan" on later mention, never "Mr Marsh"."""
    speakers = _speakers(nlp, TWO_MARSHES)
    liberty = next(k for k in speakers if k.startswith("There is no greater liberty"))
    assert speakers[liberty] == "Tony Marsh", speakers


UNNAMED_GROUP = """MPs publish Lords plan

A group of MPs has published a detailed plan to reform the House of Lords. The \
cross-party group wants most peers to be elected. The group says it can win support \
for removing the last hereditary peers.
"""


def test_the_group_is_not_the_one_organisation_named_nearby(nlp: Language) -> None:
    """ "A group of MPs ... The group says": a group with no name, not the House of
    Lords named in between."""
    speakers = _speakers(nlp, UNNAMED_GROUP)
    support = next(k for k in speakers if "win support" in k)
    assert speakers[support] is None, speakers


PENSIONS = """Parties warned over pensions

Older voters cannot be taken for granted, says the charity Age Action. Liberal MPs and \
Labour MPs both backed the report.

Conservative pensions spokesman David Hale welcomed the report. A Liberal Democrat \
spokesman said the party took the issues raised in the report very seriously.
"""


def test_a_body_is_not_named_by_part_of_another_name(nlp: Language) -> None:
    """ "A Liberal Democrat spokesman": "Liberal" begins another name, so an actor
    called "Liberal" is not his party; "the charity Age Action" names its own body
    (no actor), not the one organisation the article names later."""
    speakers = _speakers(nlp, PENSIONS)
    assert speakers["the party took the issues raised in the report very seriously"] != (
        "Liberal"
    ), speakers
    assert speakers["Older voters cannot be taken for granted"] != "Liberal", speakers


MAKERS = """Factory output falls

The Office for National Statistics said factory output fell in November. The \
manufacturers' organisation, the EEF, said it expected interest rates to stay on hold. \
It also said there was evidence that confidence was waning.
"""


def test_an_organisation_named_in_apposition_to_a_description(nlp: Language) -> None:
    """ "The manufacturers' organisation, the EEF, said": the EEF, and "It also said"
    continues it."""
    speakers = _speakers(nlp, MAKERS)
    hold = next(k for k in speakers if "interest rates" in k)
    assert speakers[hold] == "EEF", speakers


CAMPAIGN = """Lords plan welcomed

The Elect the Lords Campaign said the draft bill was an important contribution. "We \
believe this draft bill is detailed enough to form the basis of scrutiny," said \
co-ordinator Peter Facey.
"""


def test_a_hyphenated_title_before_a_name(nlp: Language) -> None:
    """ "said co-ordinator Peter Facey": the title is the whole hyphenated word and the
    speaker the person named right after it."""
    speakers = _speakers(nlp, CAMPAIGN)
    scrutiny = next(k for k in speakers if k.startswith("We believe this draft bill"))
    assert speakers[scrutiny] == "Peter Facey", speakers


def test_a_causative_frame_gives_the_words_to_the_one_made_to_speak(nlp: Language) -> None:
    """ "Blake had Lindqvist confirm that ...": the witness confirmed, not the lawyer who
    had him do it. The small model sometimes reads "Lindqvist confirm" as one noun
    phrase, the object of "had" (so on a CNN trial report); the parse is written out
    here, as the model gave it, so that the rule is tested whatever a model update does.
    """
    from generator.extract.quote_context import _Ctx
    from generator.extract.speaker_mentions import _speaker_of

    words = [
        "Blake",
        "had",
        "Lindqvist",
        "confirm",
        "that",
        "he",
        "signed",
        "the",
        "loans",
        "and",
        "acknowledge",
        "the",
        "terms",
        ".",
    ]
    heads = [1, 1, 3, 1, 6, 6, 3, 8, 6, 6, 6, 12, 9, 1]
    deps = [
        "nsubj",
        "ROOT",
        "compound",
        "dobj",
        "mark",
        "nsubj",
        "ccomp",
        "det",
        "dobj",
        "cc",
        "conj",
        "det",
        "dobj",
        "punct",
    ]
    pos = [
        "PROPN",
        "VERB",
        "PROPN",
        "VERB",
        "SCONJ",
        "PRON",
        "VERB",
        "DET",
        "NOUN",
        "CCONJ",
        "VERB",
        "DET",
        "NOUN",
        "PUNCT",
    ]
    tags = [
        "NNP",
        "VBD",
        "NNP",
        "VB",
        "IN",
        "PRP",
        "VBD",
        "DT",
        "NNS",
        "CC",
        "VB",
        "DT",
        "NNS",
        ".",
    ]
    lemmas = [
        "Blake",
        "have",
        "Lindqvist",
        "confirm",
        "that",
        "he",
        "sign",
        "the",
        "loan",
        "and",
        "acknowledge",
        "the",
        "term",
        ".",
    ]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    ctx = _Ctx(doc, doc.text, [False] * len(doc), [0])
    speaker = _speaker_of(doc[3], ctx)
    assert speaker is not None and speaker.text == "Lindqvist"
    assert _speaker_of(doc[10], ctx) is None or _speaker_of(doc[10], ctx).text != "Blake"


EPIGRAPH = """The spy who came in from Vegas

A new investigation describes how a security contractor spied on an embassy.

"We lied, we cheated, we stole. It was part of the job."

- Harold Finch, Austin, Texas, March 3, 2019

The contractor, Dario Vela, was arrested in Madrid last year.
"""


def test_an_epigraph_signed_on_the_line_below_the_quotation(nlp: Language) -> None:
    """A quotation alone in its paragraph, signed on the next line after a dash: the
    signature is the speaker, not the writer's sentence before it."""
    speakers = _speakers(nlp, EPIGRAPH)
    lied = next(k for k in speakers if k.startswith("We lied"))
    assert speakers[lied] == "Harold Finch", speakers


BAND = """Band to tour again

Guitarist Derek May has said he expects to be on the road with the band from April. \
Lanterns have played with many singers since 1991. The drummer Paul Ford retired last year.

"We were amazed by how well the old songs still work," May wrote on his website.
"""


def test_a_surname_the_parser_takes_for_a_modal_verb(nlp: Language) -> None:
    """ "“...,” May wrote": the surname opening the tag is the speaker, although the
    parser read it as the modal verb "may"."""
    speakers = _speakers(nlp, BAND)
    amazed = next(k for k in speakers if k.startswith("We were amazed"))
    assert speakers[amazed] == "Derek May", speakers


MANAGER = """Coach happy with draw

Celtic manager Gordon Strachan said his side deserved a point in Lisbon.

"We played well in the second half and could have won it," the Scot said.
"""


def test_a_nationality_noun_refers_to_the_person_who_spoke_just_before(nlp: Language) -> None:
    """ "Strachan said ... “...,” the Scot said": a person's nationality, not an office,
    so no role is needed, only the report just before with no one else named between."""
    speakers = _speakers(nlp, MANAGER)
    played = next(k for k in speakers if k.startswith("We played well"))
    assert speakers[played] == "Gordon Strachan", speakers


def test_a_company_name_with_and_co_is_not_a_list_of_speakers(nlp: Language) -> None:
    """ "said Larry Mintz of Baxter and Co Inc": one speaker with his firm, not several
    people (which leaves the quote without a speaker). The small model hangs "Inc" on
    the name as a conjunct (so on Reuters wire copy); the parse is written out here."""
    words = [
        '"',
        "We",
        "can",
        "wait",
        ",",
        '"',
        "said",
        "Larry",
        "Mintz",
        "of",
        "Baxter",
        "and",
        "Co",
        "Inc",
        ".",
    ]
    heads = [3, 3, 3, 6, 3, 6, 6, 8, 6, 8, 9, 8, 13, 8, 6]
    deps = "punct nsubj aux ccomp punct punct ROOT compound nsubj prep pobj cc compound conj punct"
    pos = "PUNCT PRON AUX VERB PUNCT PUNCT VERB PROPN PROPN ADP PROPN CCONJ PROPN PROPN PUNCT"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps.split(), pos=pos.split())
    text = doc.text
    at = text.index("Larry Mintz of Baxter and Co Inc")
    mention = "Larry Mintz of Baxter and Co Inc"
    q = Quote(
        text="We can wait",
        kind="direct",
        start=text.index("We"),
        end=text.index("wait") + 4,
        cue="said",
        speaker_mention=mention,
        speaker_start=at,
        speaker_end=at + len(mention),
    )
    name = text.index("Larry Mintz")
    mintz = Actor(name="Larry Mintz", type="person", mentions=1, spans=[(name, name + 11)])
    resolve_speakers(doc, [q], [mintz])
    assert q.speaker == "Larry Mintz"


EXCHANGE = """Judges press government lawyer

Justice Carl Weber pressed Solicitor General Nora Quist on the safety of the programme.

"But there is some risk," Weber said. "Do you dispute that?"

"There can be a very small risk for some people, but the benefits are far greater."
"""


def test_an_untagged_reply_to_a_question_is_not_the_questioners(nlp: Language) -> None:
    """A paragraph-long quotation with no tag after a question put to someone ("Do you
    dispute that?") is the reply: it is not carried over to the one who asked."""
    speakers = _speakers(nlp, EXCHANGE)
    reply = next(k for k in speakers if k.startswith("There can be"))
    assert speakers[reply] != "Carl Weber", speakers
    assert speakers[next(k for k in speakers if k.startswith("Do you"))] == "Carl Weber"


FEDERATION = """Police plan criticised

Voters would elect their own police chiefs under plans unveiled by the Conservatives on \
Monday.

Responding to the plans, the chairman of the Police Officers Association, which represents \
rank and file officers, said it was essential that chiefs stayed independent.

Maria Lund said: "It is a service, not a political football to be kicked around every time \
an election approaches."
"""


def test_a_described_speaker_named_in_the_next_report_is_that_person(nlp: Language) -> None:
    """ "the chairman of the Association ... said ...⏎⏎Maria Lund said:": a full name
    met for the first time, bare, in the next reporting clause names the described
    speaker."""
    speakers = _speakers(nlp, FEDERATION)
    essential = next(k for k in speakers if k.startswith("it was essential"))
    assert speakers[essential] == "Maria Lund", speakers


GUARDS = """Guards sue casino owner

Six guards sued the owner of the Golden Palms casino, Victor Hale, last year. One of them \
accused the head of security, Omar Reyes, of forcing the team to "carry weapons in breach \
of state law" and to work without breaks. Two of the guards later sued Hale for causing \
them to "suffer injuries, including burns," by forcing them to scan every parcel by hand. \
Reyes was also accused of ordering staff not to speak to the managers.
"""


def test_the_one_accused_in_the_next_sentence_is_not_the_speaker(nlp: Language) -> None:
    """ "Reyes was also accused of ...": the passive subject of "accuse" is the one
    accused; the quoted words before it are not his (nor is that sentence a speech tag:
    the writer's words run on after the closing mark)."""
    speakers = _speakers(nlp, GUARDS)
    assert all(v != "Omar Reyes" for k, v in speakers.items() if "injuries" in k), speakers


PARTIES = """Parties clash over police plan

Voters would elect their own police chiefs under plans unveiled by the Conservatives.

The Green Party said the plan could let extreme groups run policing, while Labour Party \
chairman Ian Lowe criticised "extravagant" Tory promises on policing.
"""


def test_a_contrastive_clause_keeps_its_own_speaker(nlp: Language) -> None:
    """ "X said ..., while Labour criticised “extravagant” promises": the words quoted in
    the clause opened by "while" are not the main clause's speaker's."""
    speakers = _speakers(nlp, PARTIES)
    assert all(v != "Green Party" for k, v in speakers.items() if "extravagant" in k), speakers


def test_a_governing_verb_whose_subject_was_missed_borrows_no_speaker(nlp: Language) -> None:
    """ "the New York Times claimed it was “unclear ...” Morales insisted ...": the parser
    took "Times" for an apposition and left "claimed" without a subject (the parse is
    written out here, as the model gave it). The quotation is the Times' words, so the
    speaker of the next sentence is not borrowed for it."""
    from generator.extract.direct_attribution import _nearby_speaker
    from generator.extract.quote_context import _Ctx

    rows = [  # word, head, dep, pos, tag, lemma
        ("In", 11, "prep", "ADP", "IN", "in"),
        ("its", 2, "poss", "PRON", "PRP$", "its"),
        ("report", 0, "pobj", "NOUN", "NN", "report"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("CIA", 3, "pobj", "PROPN", "NNP", "CIA"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("the", 10, "det", "DET", "DT", "the"),
        ("New", 10, "compound", "PROPN", "NNP", "New"),
        ("York", 10, "compound", "PROPN", "NNP", "York"),
        ("Times", 5, "appos", "PROPN", "NNP", "Times"),
        ("claimed", 11, "ROOT", "VERB", "VBD", "claim"),
        ("it", 13, "nsubj", "PRON", "PRP", "it"),
        ("was", 11, "ccomp", "AUX", "VBD", "be"),
        ('"', 13, "punct", "PUNCT", "``", '"'),
        ("unclear", 13, "acomp", "ADJ", "JJ", "unclear"),
        ("who", 17, "nsubj", "PRON", "WP", "who"),
        ("bugged", 15, "ccomp", "VERB", "VBD", "bug"),
        ("the", 19, "det", "DET", "DT", "the"),
        ("embassy", 17, "dobj", "NOUN", "NN", "embassy"),
        (".", 11, "punct", "PUNCT", ".", "."),
        ('"', 11, "punct", "PUNCT", "''", '"'),
        ("Morales", 23, "nsubj", "PROPN", "NNP", "Morales"),
        ("insisted", 23, "ROOT", "VERB", "VBD", "insist"),
        ("that", 26, "mark", "SCONJ", "IN", "that"),
        ("he", 26, "nsubj", "PRON", "PRP", "he"),
        ("worked", 23, "ccomp", "VERB", "VBD", "work"),
        ("for", 26, "prep", "ADP", "IN", "for"),
        ("Ecuador", 27, "pobj", "PROPN", "NNP", "Ecuador"),
        (".", 23, "punct", "PUNCT", ".", "."),
    ]
    words, heads, deps, pos, tags, lemmas = (list(column) for column in zip(*rows, strict=True))
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    inside = [14 <= i <= 21 for i in range(len(doc))]
    ctx = _Ctx(doc, doc.text, inside, [0])
    attribution, _ = _nearby_speaker(doc, doc[15:21], ctx)
    assert attribution is None or attribution.speaker is None


RELIEVED = """Boro through despite injury

Middlesbrough boss Steve Carver hopes winger Tom Dale did not seriously damage his \
hamstring during the win over Graz.

Carver said: "Tom has tweaked a hamstring, which is a blow for us. We will assess it in \
the morning." Carver was relieved to make it through after a tough encounter at The \
Riverside.

"To be fair to Graz, they had a gameplan and we struggled to deal with it in the first \
half."
"""


def test_a_sentence_about_the_speaker_between_two_quotations(nlp: Language) -> None:
    """ "“...” Carver was relieved to make it through.⏎⏎“To be fair ...”": the one
    sentence between is about the speaker (his name as the tag wrote it is its subject,
    no one else is named), so the next quotation is still his."""
    speakers = _speakers(nlp, RELIEVED)
    fair = next(k for k in speakers if k.startswith("To be fair"))
    assert speakers[fair] == "Steve Carver", speakers


STATEMENT_READ = """Singer criticised over show

The singer Jon Bell was criticised after a performance on a music show in April led \
viewers to complain he was "lewd". The complaints were upheld by the BBC. "The performer \
had been asked to tone his act down after rehearsal but ignored this request during the \
live broadcast," a BBC statement read. "His gestures had gone beyond what is expected."
"""


def test_a_statement_read_with_the_verb_parsed_as_a_noun(nlp: Language) -> None:
    """ "“...,” a BBC statement read.": the parser tags "read" as a noun, yet it is the
    tag's verb and the statement its subject: the BBC speaks."""
    speakers = _speakers(nlp, STATEMENT_READ)
    asked = next(k for k in speakers if k.startswith("The performer had been asked"))
    assert speakers[asked] == "BBC", speakers


FOOTNOTE = """Court strikes down admissions policy

The Supreme Court ruled against the universities by a 6-3 vote. Chief Justice Ann Holt, \
who wrote for the majority opinion that was signed by the other conservative justices, \
added a footnote that said the decision did not apply to the military academies.
"""


def test_a_document_issued_by_someone_speaks_for_them(nlp: Language) -> None:
    """ "Holt ... added a footnote that said ...": the footnote is hers, so the words
    reported through "that said" are hers, not nobody's."""
    speakers = _speakers(nlp, FOOTNOTE)
    apply = next(k for k in speakers if "did not apply" in k)
    assert speakers[apply] == "Ann Holt", speakers


MAGAZINE = """Developer questioned over flat

Lawyer Kevin Marsh pressed developer Frank Dorsey on why the value of his penthouse was \
cut in 2017 after a Forbes article found he had greatly exaggerated the size of the flat.
"""


def test_an_article_named_by_its_publisher_is_the_publishers(nlp: Language) -> None:
    """ "a Forbes article found ...": the publication named before the noun speaks."""
    speakers = _speakers(nlp, MAGAZINE)
    size = next(k for k in speakers if "exaggerated" in k)
    assert speakers[size] == "Forbes", speakers


DEFENDER = """Defender sees title race

Chelsea's Marc Dubois believes his side will battle it out with Arsenal for the title.

"It will be a two-horse race all the way to the end of the season," he told BBC Sport.

Dubois has been given extra confidence by the impact manager Paolo Rossi has had since \
the summer.

And the French international defender believes Rossi is perfectly suited to the job. "He \
is the icing on the cake at the club," he said.
"""


def test_an_occupation_refers_back_to_the_person_just_named(nlp: Language) -> None:
    """ "Dubois has been given extra confidence by ... manager Paolo Rossi ... And the
    French international defender believes ...": an occupation, not an office, of the
    subject named just before; the manager named in between is someone else by role."""
    speakers = _speakers(nlp, DEFENDER)
    suited = next(k for k in speakers if k.startswith("Rossi is perfectly suited"))
    icing = next(k for k in speakers if k.startswith("He is the icing"))
    assert (speakers[suited], speakers[icing]) == ("Marc Dubois", "Marc Dubois"), speakers


HEADMASTER = """School angered by pop video

A pop video has angered a Dublin school.

The head of Marist Brothers' school St Aidan's, Kevin Doyle, said the video implied that \
the singer had attended his school and was abused there.
"""


def test_a_description_ending_in_a_name_between_commas(nlp: Language) -> None:
    """ "The head of Marist Brothers' school St Aidan's, Kevin Doyle, said": the name set
    off by commas at the end of the subject is the person described, whatever other
    names the description holds."""
    speakers = _speakers(nlp, HEADMASTER)
    implied = next(k for k in speakers if k.startswith("the video implied"))
    assert speakers[implied] == "Kevin Doyle", speakers


CRITICISED = """Detentions to continue

The law lords ruled against the detentions last week.

But the Home Office was widely criticised for insisting the detentions would continue \
following the ruling.
"""


def test_criticised_for_insisting_keeps_the_one_who_insisted(nlp: Language) -> None:
    """ "the Home Office was criticised for insisting ...": the passive subject of a verb
    of addressing is no speaker of that verb, but it is the one who insisted."""
    speakers = _speakers(nlp, CRITICISED)
    go_on = next(k for k in speakers if "would continue" in k)
    assert speakers[go_on] == "Home Office", speakers
