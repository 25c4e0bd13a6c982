"""A reporting clause written inside another person's sentence is not the one a later
"he"/"she" goes on with.

"Asked whether he was concerned that Peter Hollis, ..., who has called global warming a
hoax, could win, Ban demurred. “...,” he said": the nearest reporting clause before the
pronoun is Hollis's "has called", in a relative clause deep inside the question put to
Ban, but the sentence is about Ban, its main subject, named after it. On PolNeAR train
this gave seven quotations of one article to the candidate the speaker was asked about.
The main subject's clause is the one the pronoun continues.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.speakers.chains import _main_subject
from generator.extract.speakers.context import _Context, _Report
from generator.extract.speakers.gender import _known_sex

#: How a clause hangs under its sentence's main verb when what it reports is told in
#: passing: a relative clause, a clause a verb or an adverbial takes in.
_EMBEDDED_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "pcomp", "conj"})


def main_subject_report(ctx: _Context, report: _Report, gender: str) -> _Report | None:
    """The main subject of the report's sentence, as the clause a "he"/"she" continues,
    when the report's speaker is written inside a clause under the main verb and the
    main subject, after it, is another person the article (or a given name) tells is
    of the pronoun's sex: "President Obama later adopted a similar approach" after
    Clinton's plan does not make the next "she" Obama's. None otherwise (the report stands)."""
    subject = _main_subject(ctx, report.sent)
    if subject is None or subject.idx < report.end:
        return None
    if not _embedded(ctx, report, subject.head.i):
        return None
    named = subject if subject.pos_ == "PROPN" else _apposed_name(subject)
    if named is None:
        return None
    people = [
        (s, e, a)
        for s, e, a in ctx.spans
        if s <= named.idx < e and a.type == "person" and a is not report.actor
    ]
    if len(people) != 1 or _known_sex(ctx, people[0][2]) != gender:
        return None  # the article must tell the main subject is a "he" ("she")
    start, end, actor = people[0]
    mention = ctx.text[start:end]
    return _Report(
        pos=start, sent=report.sent, actor=actor, mention=mention, start=start, end=end, gender=None
    )


def _apposed_name(subject: Token) -> Token | None:
    """The name a description subject is set beside: "Trump's running mate — Indiana
    Gov. Mike Pence — has thrown his support behind Ryan" is about Pence. Only a common
    noun's appositive proper noun, the first after it."""
    if subject.pos_ != "NOUN":
        return None
    return next(
        (c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN"),
        None,
    )


def _embedded(ctx: _Context, report: _Report, main_verb: int) -> bool:
    """Whether the report's speaker hangs under the main verb through a clause of its
    own (a relative or complement clause), not as the main clause's own subject."""
    token = ctx.name_head(report.start)
    if token is None:
        return False
    through_clause = False
    for ancestor in token.ancestors:
        if ancestor.i == main_verb:
            return through_clause
        through_clause = through_clause or ancestor.dep_ in _EMBEDDED_DEPS
    return False
