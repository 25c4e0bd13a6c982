"""Word lists for the figure extractor: number words, scales, currencies, units, and the
context words its rules look for. The one lexicon of `figures_scan` and `figures`.

The lists are data, `data/figures.toml`, with the reason for each beside it: an editor
(or a reviewer) reads and extends the vocabulary without touching the grammar. This
module gives each list its name (`UNITS_WORDS` is the file's `units_words`), the one
API its readers use, and builds what is built from the lists: the shared currencies'
forms with a country, the unions with the calendar and with other lists. Every surface
form maps to a short normalised unit: ISO 4217 codes for money, "%" for percentages,
common symbols for units of measure. Lookups are case-insensitive unless a list says
otherwise.
"""

from __future__ import annotations

import re

from generator.extract.words import data_tables, word_lists, word_set

CALENDAR = word_lists("calendar")
# The sections of data/figures.toml, as in this module. Every mapping below is a copy:
# the file's tables are shared with any other reader (CURRENCY_SUFFIXES grows here).
_DATA = data_tables("figures")
_NUMBERS = _DATA["number_words"]
_CURRENCIES = _DATA["currencies"]
_UNITS = _DATA["units"]
_CONTEXT = _DATA["context"]
_PARSE = _DATA["parse"]
_SCAN = _DATA["scan"]
_TABLES = _DATA["tables"]

# --- number words ---------------------------------------------------------------

UNITS_WORDS: dict[str, int] = dict(_NUMBERS["units_words"])
TENS_WORDS: dict[str, int] = dict(_NUMBERS["tens_words"])
SCALE_WORDS: dict[str, int] = dict(_NUMBERS["scale_words"])
MONEY_ONLY_SCALES: dict[str, int] = dict(_NUMBERS["money_only_scales"])
VAGUE_WORDS: dict[str, int] = dict(_NUMBERS["vague_words"])
FRACTION_WORDS: dict[str, float] = dict(_NUMBERS["fraction_words"])
VULGAR_FRACTIONS: dict[str, float] = dict(_NUMBERS["vulgar_fractions"])

# --- currencies -----------------------------------------------------------------

CURRENCY_PREFIXES: dict[str, str] = dict(_CURRENCIES["currency_prefixes"])
CURRENCY_SUFFIXES: dict[str, str] = dict(_CURRENCIES["currency_suffixes"])
SHARED_CURRENCIES: dict[str, dict[str, str]] = {
    family: dict(countries) for family, countries in _CURRENCIES["shared_currencies"].items()
}
SHARED_CURRENCY_WORDS: dict[str, str] = dict(_CURRENCIES["shared_currency_words"])
# Written with its country ("Qatari riyals", "U.S. dlr"): the code is known at once.
for _word, _family in SHARED_CURRENCY_WORDS.items():
    for _country, _code in SHARED_CURRENCIES[_family].items():
        CURRENCY_SUFFIXES.setdefault(f"{_country} {_word}", _code)
# A shared word alone: resolved against the article by figures_scan ("?riyal").
CURRENCY_SUFFIXES.update({w: f"?{f}" for w, f in SHARED_CURRENCY_WORDS.items()})
CURRENCY_AFTER_SCALE_ONLY: dict[str, str] = dict(_CURRENCIES["currency_after_scale_only"])
MINOR_CURRENCY: dict[str, str] = dict(_CURRENCIES["minor_currency"])

# --- percentages and units of measure -------------------------------------------

PERCENT_SUFFIXES: dict[str, str] = dict(_UNITS["percent_suffixes"])
MEASURE_UNITS: dict[str, str] = dict(_UNITS["measure_units"])
NOT_A_UNIT_AFTER: dict[str, str] = dict(_UNITS["not_a_unit_after"])
GLUED_ONLY_UNITS: frozenset[str] = word_set(_UNITS["glued_only_units"])
UPPER_ONLY_UNITS: frozenset[str] = word_set(_UNITS["upper_only_units"])
NAME_IF_CAPITAL_UNITS: frozenset[str] = word_set(_UNITS["name_if_capital_units"])
DURATION_UNITS: frozenset[str] = word_set(_UNITS["duration_units"])
RATE_NOUNS: dict[str, str] = dict(_UNITS["rate_nouns"])
PER_ONLY_RATE_NOUNS: dict[str, str] = dict(_UNITS["per_only_rate_nouns"])
TIME_RATE_NOUNS: frozenset[str] = word_set(_UNITS["time_rate_nouns"])

# --- context words --------------------------------------------------------------

MONTHS: frozenset[str] = CALENDAR["month_names"] | CALENDAR["month_abbreviations"]
WEEKDAYS: frozenset[str] = CALENDAR["weekdays"]
HYPHEN_PREFIXES: frozenset[str] = word_set(_CONTEXT["hyphen_prefixes"])
NAME_PREFIXES: frozenset[str] = word_set(_CONTEXT["name_prefixes"])
STREET_WORDS: frozenset[str] = word_set(_CONTEXT["street_words"])
TIME_AGO_WORDS: frozenset[str] = word_set(_CONTEXT["time_ago_words"])
APPROXIMATING_NOUNS: frozenset[str] = word_set(_CONTEXT["approximating_nouns"])
AGE_BEFORE_WORDS: frozenset[str] = word_set(_CONTEXT["age_before_words"])
AGE_HOLDER_NOUNS: frozenset[str] = word_set(_CONTEXT["age_holder_nouns"])
NUMBERED_NAME_POSSESSORS: frozenset[str] = word_set(_CONTEXT["numbered_name_possessors"])
FULL_PERCENT_IDIOM_WORDS: frozenset[str] = word_set(_CONTEXT["full_percent_idiom_words"])
APPROX_AFTER: frozenset[str] = word_set(_CONTEXT["approx_after"])
SAME_PLURAL_NOUNS: frozenset[str] = word_set(_CONTEXT["same_plural_nouns"])
LEVEL_NOUNS: frozenset[str] = word_set(_CONTEXT["level_nouns"])
COUNTED_PERIOD_NOUNS: frozenset[str] = word_set(_CONTEXT["counted_period_nouns"])
# Words that close no noun phrase: "the 100 million mark in sales" ends at "mark".
DANGLING_WORDS: frozenset[str] = frozenset(word_lists("function_words")["dangling_words"])
TIME_ONLY_WORDS: frozenset[str] = (MONTHS - {"may"}) | word_set(  # "may" is a verb too
    _CONTEXT["time_only_words"]
)
SETTING_NOUNS: frozenset[str] = word_set(_CONTEXT["setting_nouns"])
PRICE_TERMS: frozenset[str] = word_set(_CONTEXT["price_terms"])
PREPOSITION_NOUNS: frozenset[str] = word_set(_CONTEXT["preposition_nouns"])
UNIT_COMPLEMENT_HEADS: frozenset[str] = word_set(_CONTEXT["unit_complement_heads"])
METRE_NOUNS: frozenset[str] = word_set(_CONTEXT["metre_nouns"])

# --- words the parse-side rules look for (figures/) ---

PEOPLE_NOUNS: frozenset[str] = word_set(_PARSE["people_nouns"])
TITLE_ABBREVIATIONS: frozenset[str] = word_set(_PARSE["title_abbreviations"])
SURVEYED_NOUNS: frozenset[str] = word_set(_PARSE["surveyed_nouns"])
CLAUSE_PEOPLE: frozenset[str] = word_set(_PARSE["clause_people"])
NO_OWNER_PREPS: frozenset[str] = word_set(_PARSE["no_owner_preps"])
NOT_HOLDER_OPENERS: frozenset[str] = word_set(_PARSE["not_holder_openers"])
AGE_LIMITED_NOUNS: frozenset[str] = SURVEYED_NOUNS | word_set(_PARSE["age_limited_nouns"])
SURVEY_VERBS: frozenset[str] = word_set(_PARSE["survey_verbs"])
AGENT_NOUNS: frozenset[str] = PEOPLE_NOUNS | word_set(_PARSE["agent_nouns"])
# Nouns of one person or of people, shared with the speaker finder (speaker_words):
# "A foreign agricultural expert forecast a drop of up to 10 pct": as a figure's
# subject they say who spoke or acted, never what the figure measures.
_SPEAKER_WORDS = word_lists("speaker_words")
PERSON_SUBJECT_NOUNS: frozenset[str] = frozenset(
    _SPEAKER_WORDS["person_nouns"] | _SPEAKER_WORDS["anonymous_person_nouns"]
)
TITLE_NOUNS: frozenset[str] = word_set(_PARSE["title_nouns"])
NOT_COUNTED: frozenset[str] = WEEKDAYS | word_set(_PARSE["not_counted"])
GENERIC_SUBJECTS: frozenset[str] = word_set(_PARSE["generic_subjects"])
HOLDING_NOUNS: frozenset[str] = word_set(_PARSE["holding_nouns"])
PRONOUNS: frozenset[str] = word_set(_PARSE["pronouns"])
YEAR_PREPS: frozenset[str] = word_set(_PARSE["year_preps"])
LABEL_WORDS: frozenset[str] = word_set(_PARSE["label_words"])
MOVE_WORDS: frozenset[str] = word_set(_PARSE["move_words"])
CHANGE_NOUNS: frozenset[str] = word_set(_PARSE["change_nouns"])
BARE_MOVE_QUALIFIERS: frozenset[str] = word_set(_PARSE["bare_move_qualifiers"])
RISE_WORDS: frozenset[str] = word_set(_PARSE["rise_words"])
FALL_WORDS: frozenset[str] = word_set(_PARSE["fall_words"])
RISE_AFTER: frozenset[str] = word_set(_PARSE["rise_after"])
FALL_AFTER: frozenset[str] = word_set(_PARSE["fall_after"])
SHORT_AFTER: frozenset[str] = word_set(_PARSE["short_after"])
REPORTING_VERBS: frozenset[str] = word_set(_PARSE["reporting_verbs"])
THAN_TIMES: frozenset[str] = word_set(_PARSE["than_times"])
TERM_NOUNS: frozenset[str] = word_set(_PARSE["term_nouns"])
VALUING_VERBS: frozenset[str] = word_set(_PARSE["valuing_verbs"])
MOVE_VERBS: frozenset[str] = word_set(_PARSE["move_verbs"])
LEVEL_VERBS: frozenset[str] = word_set(_PARSE["level_verbs"])
RATE_HEADS: frozenset[str] = word_set(_PARSE["rate_heads"])
TRANSACTION_VERBS: frozenset[str] = word_set(_PARSE["transaction_verbs"])
TERMS_WORDS: frozenset[str] = word_set(_PARSE["terms_words"])
SPENDING_VERBS: frozenset[str] = word_set(_PARSE["spending_verbs"])
COMPARING_VERBS: frozenset[str] = word_set(_PARSE["comparing_verbs"])
ASKING_VERBS: frozenset[str] = word_set(_PARSE["asking_verbs"])
ASKING_NOUNS: frozenset[str] = word_set(_PARSE["asking_nouns"])
LOSING_VERBS: frozenset[str] = word_set(_PARSE["losing_verbs"])
MARKET_MOVERS: frozenset[str] = word_set(_PARSE["market_movers"])
MONEY_NOUNS: frozenset[str] = word_set(_PARSE["money_nouns"])
EVENT_NOUNS: frozenset[str] = word_set(_PARSE["event_nouns"])
RESULT_NOUNS: frozenset[str] = word_set(_PARSE["result_nouns"])
DIRECTION_WORDS: frozenset[str] = word_set(_PARSE["direction_words"])
MEASURING_VERBS: frozenset[str] = word_set(_PARSE["measuring_verbs"])
SELECTION_WORDS: frozenset[str] = word_set(_PARSE["selection_words"])
MONTH_LIKE: frozenset[str] = CALENDAR["month_abbreviations"] | {"may"}
NOT_NAMES: frozenset[str] = word_set(_PARSE["not_names"])
NOT_HOSTS: frozenset[str] = word_set(_PARSE["not_hosts"])
APPROX: frozenset[str] = word_set(_PARSE["approx"])
COPULAS: frozenset[str] = word_set(_PARSE["copulas"])
UNIT_ONLY: frozenset[str] = word_set(_PARSE["unit_only"])
COST_VERBS: frozenset[str] = word_set(_PARSE["cost_verbs"])
WORK_NOUNS: frozenset[str] = word_set(_PARSE["work_nouns"])
TAKING_VERBS: frozenset[str] = word_set(_PARSE["taking_verbs"])
PLACING_VERBS: frozenset[str] = word_set(_PARSE["placing_verbs"])
SUM_NOUNS: frozenset[str] = word_set(_PARSE["sum_nouns"])
RECORD_NOUNS: frozenset[str] = word_set(_PARSE["record_nouns"])
SHOWING_VERBS: frozenset[str] = word_set(_PARSE["showing_verbs"])
DATA_UNITS: frozenset[str] = frozenset(_PARSE["data_units"].split())
DATA_NOUNS: frozenset[str] = word_set(_PARSE["data_nouns"])
FRAME_NOUNS: frozenset[str] = word_set(_PARSE["frame_nouns"])
FRAME_MODIFIERS: frozenset[str] = word_set(_PARSE["frame_modifiers"])
RACE_METRES: frozenset[float] = frozenset(_PARSE["race_metres"])
OWNERLESS_NOUNS: frozenset[str] = word_set(_PARSE["ownerless_nouns"])
OWNER_NOUNS: frozenset[str] = word_set(_PARSE["owner_nouns"])
NOT_OWNING_VERBS: frozenset[str] = word_set(_PARSE["not_owning_verbs"])
HAVING_VERBS: frozenset[str] = word_set(_PARSE["having_verbs"])
HAVING_PHRASES: frozenset[tuple[str, str]] = frozenset(
    tuple(pair) for pair in _PARSE["having_phrases"]
)
FRAME_SUBJECTS: frozenset[str] = word_set(_PARSE["frame_subjects"])
QUANTIFYING_WORDS: frozenset[str] = word_set(_PARSE["quantifying_words"])
PARTICIPANT_NOUNS: frozenset[str] = word_set(_PARSE["participant_nouns"])
FRAMING_DETERMINERS: frozenset[str] = word_set(_PARSE["framing_determiners"])
FRAMING_MODIFIERS: frozenset[str] = word_set(_PARSE["framing_modifiers"])
FRAMING_BOUNDS: frozenset[str] = word_set(_PARSE["framing_bounds"])
GROUP_NOUNS: frozenset[str] = word_set(_PARSE["group_nouns"])
NAME_LABELS: frozenset[str] = word_set(_PARSE["name_labels"])
EMPTY_HEADS: frozenset[str] = word_set(_PARSE["empty_heads"])
OBJECT_CONTROL_VERBS: frozenset[str] = word_set(_PARSE["object_control_verbs"])
OWNING_VERBS: frozenset[str] = word_set(_PARSE["owning_verbs"])
YARDSTICKS: frozenset[str] = frozenset(
    word.replace("-", " ") for word in word_set(_PARSE["yardsticks"])
)
PART_SUBJECTS: frozenset[str] = word_set(_PARSE["part_subjects"])
OVER_HALF_NOUNS: frozenset[str] = word_set(_PARSE["over_half_nouns"])
OF_NAMED_MEASURES: frozenset[str] = frozenset(
    " ".join(line.split()) for line in _PARSE["of_named_measures"].splitlines() if line.strip()
)
YARDSTICK_VERBS: frozenset[str] = word_set(_PARSE["yardstick_verbs"])
BASE_RATE_HEADS: frozenset[str] = word_set(_PARSE["base_rate_heads"])
WINNING_VERBS: frozenset[str] = word_set(_PARSE["winning_verbs"])
TRAILING_VERBS: frozenset[str] = word_set(_PARSE["trailing_verbs"])
EXCEEDING_VERBS: frozenset[str] = word_set(_PARSE["exceeding_verbs"])
CONTEST_VERBS: frozenset[str] = word_set(_PARSE["contest_verbs"])
CONTEST_RESULT_VERBS: frozenset[str] = word_set(_PARSE["contest_result_verbs"])
CONTEST_NOUNS: frozenset[str] = word_set(_PARSE["contest_nouns"])
CONTEST_CONTEXT_WORDS: frozenset[str] = word_set(_PARSE["contest_context_words"])
PRICE_VERBS: frozenset[str] = word_set(_PARSE["price_verbs"])
PAYING_VERBS: frozenset[str] = word_set(_PARSE["paying_verbs"])
CARGO_VERBS: frozenset[str] = word_set(_PARSE["cargo_verbs"])
LOSS_NOUNS: frozenset[str] = word_set(_PARSE["loss_nouns"])
COUNTED_OBJECT_VERBS: frozenset[str] = word_set(_PARSE["counted_object_verbs"])
CHANGE_VERB_PARTICIPLES: dict[str, str] = dict(_PARSE["change_verb_participles"])
DONE_TO_PARTICIPLES: dict[str, str] = dict(_PARSE["done_to_participles"])
AGENT_SUM_NOUNS: dict[str, str] = dict(_PARSE["agent_sum_nouns"])
OBJECT_CHANGE_NOUNS: dict[str, str] = dict(_PARSE["object_change_nouns"])
SUM_POOL_NOUNS: frozenset[str] = word_set(_PARSE["sum_pool_nouns"])
GOING_NOUNS: frozenset[str] = word_set(_PARSE["going_nouns"])
# lemma -> (how it is said, prepositions naming what the sum was moved onto or off)
SUM_MOVING_VERBS: dict[str, tuple[str, frozenset[str]]] = {
    lemma: (said, frozenset(preps.split()))
    for lemma, (said, preps) in _PARSE["sum_moving_verbs"].items()
}

# --- words around a number in the text (figures_scan.py) ---

ONE_BAD_NEXT: frozenset[str] = word_set(_SCAN["one_bad_next"])
ONE_BAD_PREV: frozenset[str] = word_set(_SCAN["one_bad_prev"])
SCORE_NEXT: frozenset[str] = word_set(_SCAN["score_next"])

UNIT_WORD_RE = re.compile(r"[A-Za-z]")

# --- wire results tables ("Shr loss 53 cts vs profit 55 cts", `figures_table`) ---

TABLE_ABBREVIATIONS: dict[str, str] = dict(_TABLES["table_abbreviations"])
TABLE_PER_SHARE_WORDS: frozenset[str] = word_set(_TABLES["table_per_share_words"])
TABLE_COUNT_WORDS: frozenset[str] = word_set(_TABLES["table_count_words"])
TABLE_SIGNS: frozenset[str] = word_set(_TABLES["table_signs"])
TABLE_NOT_LABEL_WORDS: frozenset[str] = word_set(_TABLES["table_not_label_words"])
TABLE_PERIOD_WORDS: frozenset[str] = word_set(_TABLES["table_period_words"])
NOTE_ITEM_NOUNS: frozenset[str] = word_set(_TABLES["note_item_nouns"])
NOTE_ITEM_INTRODUCERS: frozenset[str] = word_set(_TABLES["note_item_introducers"])
