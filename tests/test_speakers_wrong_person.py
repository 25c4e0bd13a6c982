"""Quotations the pipeline gave to the wrong person, found on PolNeAR's train split
(polwrong35): a statement's words given to the body named last rather than to the one
that issued it, an inner speech tag misread ("And Harlan, said Moreland, ... doesn't
forgive"), one outlet's report given to the outlet whose tag closes the sentence, a
paper's words given to the joint poll it runs, and a live blog's buttons glued into a
name. Where the right speaker is not clear, the words keep no speaker: a missing
speaker costs less than a wrong one. Each article is written for the test."""

from __future__ import annotations

from published_speakers import speakers
from spacy.language import Language

from generator.extract.speakers.glued_names import glued_words
from generator.extract.speakers.joint_names import joined_names_differ, part_of_joint_name

STATEMENT = """Parades go on under guard

In Chicago the parade began with a moment of silence, the Chicago Sun-Times reported.

The parade drew controversy as well. Black Lives Matter issued a statement saying it
withdrew "because of the unsafe conditions created for our communities by the police."
"""


def test_a_statement_speaks_for_who_issued_it_not_the_body_named_last(nlp: Language) -> None:
    found = speakers(nlp, STATEMENT)
    said = [text for text in found if '"because of the unsafe' in text]
    assert said, found
    assert found[said[0]] != "Chicago Sun-Times", found


ASIDE = """A boss who keeps score

Former staff describe a man who keeps lists. "He takes everything personally," said
Louise Moreland, who worked for him for a decade.

And Harlan, said Moreland, who remains friendly with her former boss, doesn't forgive
or forget. "If you let him down, you only have one shot at it," she said.
"""


def test_a_tag_inside_the_sentence_gives_no_one_the_words_about_harlan(nlp: Language) -> None:
    found = speakers(nlp, ASIDE)
    assert not any(text.startswith("Moreland, who remains") for text in found), found
    assert "Harlan" not in {speaker for speaker in found.values() if speaker}, found
    assert found.get("He takes everything personally") == "Louise Moreland", found


TWO_OUTLETS = """Parades go on under guard

In Seattle, marchers carried white roses, KING-TV reported, while in Chicago the parade
began with a moment of silence, the Chicago Sun-Times reported.
"""


def test_a_report_tagged_by_one_outlet_is_not_the_next_outlets(nlp: Language) -> None:
    found = speakers(nlp, TWO_OUTLETS)
    seattle = [text for text in found if "Seattle" in text or "white roses" in text]
    assert all(found[text] != "Chicago Sun-Times" for text in seattle), found


GLUED = """Live: the debate

Peter MossFlagShareLikeReplyAnna Kowal said on Saturday that the debate had run late
because of a fire alarm.
"""


def test_a_name_glued_to_page_buttons_speaks_for_no_one(nlp: Language) -> None:
    found = speakers(nlp, GLUED)
    assert found, found
    assert all(speaker is None or not glued_words(speaker) for speaker in found.values())


def test_glued_words_are_several_words_run_together_not_a_name() -> None:
    assert glued_words("CarterFlagShareLikeReplySara Bondioli")
    assert not glued_words("GlaxoSmithKline")
    assert glued_words("Daniel MaransFlagShareLikeReplyMari")
    assert not glued_words("Ronald McDonald")
    assert not glued_words("Leonardo DiCaprio-McKay")


def test_a_paper_is_not_the_joint_poll_it_runs() -> None:
    assert part_of_joint_name("the Huffington Post", "Huffington Post-Morning Consult")
    assert not part_of_joint_name("the Huffington Post", "Huffington Post")
    assert not part_of_joint_name("Coca", "Coca-cola")
    assert not part_of_joint_name("NBC", "NBC News")


def test_a_law_named_after_two_people_is_neither() -> None:
    assert joined_names_differ("Glass-Steagall", "Glass")
    assert joined_names_differ("the Huffington Post", "Huffington Post-Morning Consult")
    assert not joined_names_differ("Mr. Glass", "Carter Glass")


ASIDE_TO_READER = """A quieter trade

Things have changed over the years, she says, especially in an era when a politician's
behavior (think Harold Quince) can travel at the speed of Twitter. "You can wreck a
career in a minute," she said.
"""


def test_a_name_the_reader_is_asked_to_think_of_is_not_a_speaker(nlp: Language) -> None:
    found = speakers(nlp, ASIDE_TO_READER)
    assert "Harold Quince" not in found.values(), found


COMPANY_CAPITALS = """Spammer files for bankruptcy

US e-mail marketing firm OptInRealBig has filed for bankruptcy protection after being
sued by Microsoft. In court papers OptInRealBig said it had assets of less than $10m and
that the move was necessary to let it keep trading.
"""


def test_a_company_that_writes_its_name_in_capitals_keeps_its_words(nlp: Language) -> None:
    found = speakers(nlp, COMPANY_CAPITALS)
    said = [text for text in found if text.startswith("it had assets")]
    assert said and found[said[0]] == "OptInRealBig", found
