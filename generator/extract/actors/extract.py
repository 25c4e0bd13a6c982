"""The entry point: `extract_actors` collects the mentions, groups them
(`_group_mentions` runs the merges in their order), types and records each group, marks
demonyms, products and lower-case uses, and completes surnames and given names.
`_group_mentions` lives here, beside its one caller, so that a test can replace it in
this module.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract import actor_spans
from generator.extract.actors.collect import _collect_mentions
from generator.extract.actors.common_nouns import mark_sentence_capitals
from generator.extract.actors.demonyms import _mark_demonyms, _mark_lower_used
from generator.extract.actors.department_forms import merge_department_forms
from generator.extract.actors.instruments import mark_security_classes
from generator.extract.actors.kin_pronouns import mark_following_pronouns
from generator.extract.actors.kind_nouns import lower_case_place, merge_kind_nouns
from generator.extract.actors.lists import type_club_lists
from generator.extract.actors.mention import _Group, _Mention
from generator.extract.actors.merge_aliases import (
    _merge_nicknames,
    _merge_other_names,
    _merge_registry,
    _merge_spouses,
    _split_by_honorific,
)
from generator.extract.actors.merge_orgs import (
    _merge_acronyms,
    _merge_contained_orgs,
    _merge_org_short_forms,
)
from generator.extract.actors.merge_people import _merge_person_short_forms
from generator.extract.actors.merge_places import (
    _merge_abbreviated_names,
    _merge_clipped_names,
    _merge_compass_short_forms,
    _merge_contained_places,
    _merge_state_suffixed_places,
)
from generator.extract.actors.names import _key
from generator.extract.actors.org_parts import merge_label_only_parts
from generator.extract.actors.place_nicknames import merge_state_nicknames
from generator.extract.actors.records import _to_actor
from generator.extract.actors.spelled_acronyms import _spell_out_acronyms
from generator.extract.actors.surnames import (
    _add_surname_mentions,
    _complete_given_names,
    _complete_surnames,
    _complete_tagged_surnames,
)
from generator.extract.actors.things import _mark_products, _mark_thing_plurals
from generator.extract.actors.vocabulary import _common_words as common_words
from generator.extract.misspelt_reporters import merge_misspelt_reporters
from generator.model import ACTOR_TYPE_ORDER, Actor, Registry
from generator.reading.layout import doc_text


def extract_actors(doc: Doc, registry: Registry | None = None) -> list[Actor]:
    """People, organisations and places of `doc`, one record per actor, sorted.

    Sorted by type (person, organization, place), then mentions (most first), then name,
    so that pages and JSON are deterministic. A failure is raised, not hidden: the guard in
    `extract_document` reports it, and a result that met one is never cached.
    """
    mentions = _collect_mentions(doc, registry)
    mark_following_pronouns(doc, mentions)
    groups = _group_mentions(mentions, registry)
    groups = merge_kind_nouns(doc, groups)
    groups = merge_state_nicknames(doc, groups)
    groups = [g for g in groups if not lower_case_place(g)]
    type_club_lists(doc, groups)
    _mark_demonyms(groups)
    _mark_lower_used(doc, groups)
    mark_sentence_capitals(doc, groups)
    _mark_products(groups)
    _mark_thing_plurals(doc, groups)
    mark_security_classes(doc, groups)
    actors = [_to_actor(group) for group in groups]
    actors = actor_spans.merge_same_names([a for a in actors if a is not None])
    _complete_surnames(doc, actors)
    _complete_tagged_surnames(doc, actors)
    _complete_given_names(doc, actors)
    _spell_out_acronyms(doc, actors)
    actors = actor_spans.merge_spelling_variants(actors, doc_text(doc))
    actors = merge_misspelt_reporters(actors, doc_text(doc), common_words())
    _add_surname_mentions(doc, actors)
    return sort_actors(actors)


def sort_actors(actors: list[Actor]) -> list[Actor]:
    """Actors in the order pages show them: type, then most mentioned, then name."""
    return sorted(actors, key=lambda a: (ACTOR_TYPE_ORDER.get(a.type, 9), -a.mentions, a.name))


def _group_mentions(mentions: list[_Mention], registry: Registry | None) -> list[_Group]:
    """Mentions grouped by name, then short forms merged into full names and acronyms."""
    by_key: dict[str, _Group] = {}
    for mention in mentions:
        by_key.setdefault(_key(mention.name), _Group()).mentions.append(mention)
    groups = [part for group in by_key.values() for part in _split_by_honorific(group)]
    if registry is not None and registry.entries:
        groups = _merge_registry(groups, registry)
    groups = _merge_person_short_forms(groups)
    groups = _merge_spouses(groups)
    groups = _merge_nicknames(groups)
    groups = _merge_acronyms(groups)
    groups = _merge_org_short_forms(groups)
    groups = _merge_contained_orgs(groups)
    groups = merge_department_forms(groups)  # "Labor Department", "Department of Labor"
    groups = merge_label_only_parts(groups)
    groups = _merge_contained_places(groups)
    groups = _merge_state_suffixed_places(groups)
    groups = _merge_compass_short_forms(groups)
    groups = _merge_abbreviated_names(groups)
    groups = _merge_clipped_names(groups)
    return _merge_other_names(groups)
