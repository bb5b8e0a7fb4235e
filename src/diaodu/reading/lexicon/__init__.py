"""The reader's word lists, as YAML data files checked against a schema when they load.

Every file in this folder has a pydantic model below (``extra="forbid"``: an unknown key is an error,
not a silently ignored typo). A file that breaks its schema raises ``LexiconError`` naming the file and
the entry. ``docs/lexicon.md`` is the template of each file and the recipe for adding an entry.

    indicators.yaml    the indicator catalogue (code, canonical name, aliases, unit, kind, accumulation)
    units.yaml         units and counters after a number, and the scales (万, 亿…) before them
    qualifiers.yaml    超过 / 约 / 不足 … → over / about / under
    periods.yaml       前三季度 / 上半年 … → month ranges
    measures.yaml      cue words for growth, ratio, diff, change, rank
    modality.yaml      力争 / 预计 … → target / forecast
    references.yaml    全国 …, 同比 → 上年同期, comparators, peer groups
    not_figures.yaml   patterns of numbers that are not figures (dates, codes, grades, thresholds)
    attribution.yaml   words trimmed from indicator names, list heads, policy and capacity words
    tables.yaml        column labels of table-like text (单位, 增速（%）, 位次 …)

``indicator_catalogue()`` is the public entry point the ledger uses to fill its ``indicators`` table.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from diaodu.errors import LexiconError

HERE = Path(__file__).resolve().parent

__all__ = [
    "IndicatorEntry",
    "Lexicon",
    "indicator_catalogue",
    "load_indicators",
    "load_lexicon",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ---- indicators.yaml -------------------------------------------------------------------------------


class IndicatorEntry(_Strict):
    """One indicator of the catalogue."""

    code: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    unit: str | None = None
    kind: Literal["flow", "stock", "other"]
    accumulation: Literal["cumulative", "monthly", "point", "annual"]


class _IndicatorsFile(_Strict):
    indicators: tuple[IndicatorEntry, ...]


# ---- units.yaml ------------------------------------------------------------------------------------

UnitKind = Literal["percent", "pp", "money", "count", "measure", "time", "multiple"]


class UnitEntry(_Strict):
    """A unit or counter as written after a number."""

    word: str = Field(min_length=1)
    unit: str | None = None
    kind: UnitKind
    scalable: bool = False
    not_before: str = ""
    """Characters that, right after the word, show it is not this unit (28个亿元以上项目: 个, 亿元以上)."""

    @property
    def normal(self) -> str:
        return self.unit if self.unit is not None else self.word


class _UnitsFile(_Strict):
    scales: tuple[str, ...]
    units: tuple[UnitEntry, ...]

    @field_validator("scales")
    @classmethod
    def _known_scales(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for scale in value:
            if not scale or any(ch not in "十百千万亿" for ch in scale):
                raise ValueError(f"scale {scale!r} is not made of 十百千万亿")
        return value


# ---- qualifiers, periods, modality -----------------------------------------------------------------


class QualifierEntry(_Strict):
    word: str = Field(min_length=1)
    value: Literal["over", "about", "under"]
    position: Literal["before", "after"]


class _QualifiersFile(_Strict):
    qualifiers: tuple[QualifierEntry, ...]
    late_after: tuple[str, ...] = ()
    """After-words also read when the number phrase stops short of them (六成左右)."""
    time_within: tuple[str, ...] = ()
    """Words after a time that bound it from above (1个工作日内): under."""
    qualified_verbs: tuple[str, ...] = ()
    """Verbs between a before-word and its figure (约占…6.6%, 约为…)."""
    not_qualifiers: tuple[str, ...] = ()
    """Words ending in a before-word that are no qualifier (签约125亿元: 约 is part of 签约)."""


class PeriodEntry(_Strict):
    word: str = Field(min_length=1)
    months: tuple[int, int] | None
    year: int = Field(default=0, ge=-1, le=1)
    relative: bool = False
    current: bool = False
    """True for 本月: the month the report is about (the last of its period)."""
    holiday: bool = False
    """True for a holiday in one month (国庆假期): a headline naming it is about the holiday alone."""

    @field_validator("months")
    @classmethod
    def _month_range(cls, value: tuple[int, int] | None) -> tuple[int, int] | None:
        if value is not None and not (1 <= value[0] <= value[1] <= 12):
            raise ValueError(f"months {list(value)} is not a range within 1..12")
        return value


class _PeriodsFile(_Strict):
    periods: tuple[PeriodEntry, ...]
    year_review: tuple[str, ...] = ()
    """Headline words of a year review (年度, 统计公报 …): its undated figures are the year's."""
    topic_turn: tuple[str, ...] = ()
    """Paragraph openings that turn to another topic (另据了解 …): no period carried over."""
    lifetime_indicators: tuple[str, ...] = ()
    """Indicator names (whole) of a project's own life total (总投资): no period."""
    point_words: tuple[str, ...] = ()
    """Words (余额, 在岗) naming what stands at an instant: 截至10月末 dates it to that month."""
    once_done_words: tuple[str, ...] = ()
    """Words (建成后, 投产后) after which a figure is what a project will do once done: no period."""
    entering_words: tuple[str, ...] = ()
    """Words before a period naming the time the report speaks in (进入四季度), not its figures' period."""
    set_totals: tuple[str, ...] = ()
    """Life-total names (总投资) that, after a count of standing projects, have no period."""
    new_set_words: tuple[str, ...] = ()
    """Words naming projects as new in a period (新, 签约): their 总投资 keeps the period."""
    year_plan_words: tuple[str, ...] = ()
    """Words in an indicator name that make it the year's plan (年度计划投资): the year."""
    plan_clause_keeps: tuple[str, ...] = ()
    """Words after a plan word opening a clause that name the plan's own amounts (计划完成投资)."""
    year_plan_labels: tuple[str, ...] = ()
    """Openings of a table column's label that make its amounts the year's plan (本年计划投资)."""
    year_plan_leads: tuple[str, ...] = ()
    """Words opening an indicator name that make it the year's plan (计划新开工项目): the year."""
    week_words: tuple[str, ...] = ()
    """Words (本周, 下周) after which a figure in the sentence is the week's: the report date's month."""
    week_to_date: tuple[str, ...] = ()
    """Words at or after a week word (截至本周, 本周…；累计…) that make a figure the year so far."""
    this_week_words: tuple[str, ...] = ()
    """The week words naming the note's own week (本周): a paragraph opening on one is the week's."""
    campaign_words: tuple[str, ...] = ()
    """Words naming a campaign (攻坚行动, 百日攻坚) whose start (自8月1日启动) opens the report's span."""
    campaign_starts: tuple[str, ...] = ()
    """Words after a campaign's start date (启动, 开展, 起) that say it began then."""
    quarter_own_words: tuple[str, ...] = ()
    quarter_work_words: tuple[str, ...] = ()
    """Words (本季度) in a quarter's report that make the quarter its own period, not January to it."""
    aside_before: tuple[str, ...] = ()
    """Words just before a sentence's opening period (单看9月份, 其中三季度) that make it an aside."""
    aside_after: tuple[str, ...] = ()
    """Words just after a sentence's opening period (9月当月) that make it an aside."""
    project_flow_words: tuple[str, ...] = ()
    """Words in a project's figure name that make it a flow of the passage's period (完成投资)."""
    project_size_units: tuple[str, ...] = ()
    """Units (公里, 平方米, 座) in which a project states its size: no period."""
    multi_year_words: tuple[str, ...] = ()
    """Words of a span of several years (近三年, 多年来): a figure after one has no period."""
    five_year_words: tuple[str, ...] = ()
    """Words of the five years to the report's year (五年来, 十四五时期): a figure after one is of them."""
    beneficiary_words: tuple[str, ...] = ()
    """Words before whom a project serves (惠及, 可解决): a project's count after one has no period."""


class ModalityEntry(_Strict):
    word: str = Field(min_length=1)
    value: Literal["target", "forecast"]
    clause: bool = False
    """Does the word hold only to the next ； (建成后可新增…；另一项目总投资…), not to the sentence's end?"""


class _ModalityFile(_Strict):
    modality: tuple[ModalityEntry, ...]
    plan_sections: tuple[str, ...] = ()
    """Words of a section heading that opens a plan (下步工作): its undated figures are targets."""
    review_sections: tuple[str, ...] = ()
    """Words of a section heading that looks back (一、2025年工作回顾): in a plan document, its figures are
    what happened, not goals."""
    goal_tails: tuple[str, ...] = ()
    """Words a sentence ends with that make the figures listed before them goals (…增长7%等主要目标。)."""
    task_plans: tuple[str, ...] = ()
    """Plan words that open a task (计划改造供热管网65公里): the sentence's figures after it are targets."""
    task_plan_nouns: tuple[str, ...] = ()
    """Words holding a plan word as part of a noun (年度计划, 原计划): no task opens there."""
    task_done_marks: tuple[str, ...] = ()
    """Words after a task's plan word that turn to what was done (已, 截至): the plan ends there."""


# ---- measures, references, not-figures, attribution ------------------------------------------------


class MeasureCue(_Strict):
    word: str = Field(min_length=1)
    measure: Literal["growth", "ratio", "change", "rank", "diff", "level"]
    sign: Literal[1, -1] = 1
    applies: tuple[Literal["percent", "pp", "amount"], ...] = Field(min_length=1)


class _MeasuresFile(_Strict):
    cues: tuple[MeasureCue, ...]
    rank_cues: tuple[str, ...]
    structure_words: tuple[str, ...] = ()
    rate_names: tuple[str, ...] = ()
    """Words before a split written A:B:C (三次产业结构为21.3:25.3:53.4): three shares in %."""
    not_objects: tuple[str, ...] = ()
    """Characters after a change word that are no object of it (增加了, 减少约20天)."""
    compare_marks: tuple[str, ...] = ()
    """Characters that make a clause compare with something (比上年增加, 较年初减少)."""


class RegionRef(_Strict):
    word: str = Field(min_length=1)
    name: str = Field(min_length=1)


class _ReferencesFile(_Strict):
    regions: tuple[RegionRef, ...]
    same_period: tuple[str, ...]
    comparators: tuple[str, ...]
    peer_groups: tuple[str, ...]
    year_start: tuple[str, ...] = ()
    last_year_end: tuple[str, ...] = ()
    """比上年末: the last year's end, named by the year."""
    previous_period: tuple[str, ...] = ()
    previous_quarter: tuple[str, ...] = ()
    """比上期: the last period of the figure's kind."""
    month_start: tuple[str, ...] = ()
    week_before: tuple[str, ...] = ()
    """比上周 / 较前一周: the week before, written "上周"."""
    self_words: tuple[str, ...] = ()
    natural_peers: tuple[str, ...] = ()
    """Groups a rank is among by default (各县（市、区）, 市（州）): the region alone is the reference."""
    group_forms: tuple[str, ...] = ()
    """Endings of a named group of places a rank is among (珠三角九市, 川东北经济区): the group is the
    reference. Regular expressions."""


class NotFigurePattern(_Strict):
    name: str = Field(min_length=1)
    regex: str = Field(min_length=1)

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"regex does not compile: {exc}") from exc
        return value


class _NotFiguresFile(_Strict):
    patterns: tuple[NotFigurePattern, ...]
    ordinal_names: tuple[str, ...]
    cheng_words: tuple[str, ...] = ()
    class_words: tuple[str, ...] = ()
    """Words before an amount that, with a noun and its count after it, make it a class's threshold."""


class CapacityWord(_Strict):
    word: str = Field(min_length=1)
    indicator: str = Field(min_length=1)


class Contraction(_Strict):
    word: str = Field(min_length=2)
    parts: tuple[str, ...] = Field(min_length=2)


class _AttributionFile(_Strict):
    strip_prefix: tuple[str, ...]
    strip_suffix: tuple[str, ...]
    stop_after: tuple[str, ...]
    heads: tuple[str, ...]
    policy: tuple[str, ...]
    give: tuple[str, ...]
    get_verbs: tuple[str, ...]
    method_phrases: tuple[str, ...]
    cause_opens: tuple[str, ...] = ()
    cause_closes: tuple[str, ...] = ()
    filler: tuple[str, ...]
    filler_keeps: tuple[str, ...] = ()
    capacity: tuple[CapacityWord, ...]
    rated_units: dict[str, str] = Field(default_factory=dict)
    contractions: tuple[Contraction, ...] = ()
    ratio_cut: tuple[str, ...] = ()
    generic_nouns: tuple[str, ...] = ()
    threshold_verbs: tuple[str, ...] = ()
    """Verbs before an amount that defines a category (产值过10亿元的企业): no figure."""
    filler_verbs: tuple[str, ...] = ()
    """Verbs dropped from inside a name before a measure noun (第一产业完成增加值 → 第一产业增加值)."""
    ranked_units: tuple[str, ...] = ()
    """Nouns ending the name of a thing ranked (某产业链, 某专班): a rank's name comes from its ranking."""
    state_verbs: tuple[str, ...] = ()
    connectives: tuple[str, ...] = ()
    distribution: tuple[str, ...] = ()
    ordered_distribution: tuple[str, ...] = ()
    continuation: tuple[str, ...] = ()
    keep_verbs: tuple[str, ...] = ()
    label_measures: tuple[str, ...] = ()
    label_holder_ends: tuple[str, ...] = ()
    count_ends: tuple[str, ...] = ()
    rate_ends: tuple[str, ...] = ()
    not_name_start: tuple[str, ...] = ()
    growth_words: tuple[str, ...] = ()
    yardstick_words: tuple[str, ...] = ()
    project_generic: tuple[str, ...] = ()
    project_verbs: tuple[str, ...] = ()
    item_anaphors: tuple[str, ...] = ()
    """Words that open the sentence after a numbered item's heading and point back to it (项目总投资…)."""
    item_markers: tuple[str, ...] = ()
    """Regular expressions for the numbering forms that open a list item (1．, （一）, ①)."""
    collective_parts: dict[str, tuple[str, ...]] = {}
    rate_bases: dict[str, str] = {}
    """A rate's name ending → the amount it is the rate of (投资完成率 → 完成投资): a rate names its base."""
    """A collective name and its ordered parts (三次产业 → 第一产业, 第二产业, 第三产业) for 分别."""
    remainder_words: tuple[str, ...] = ()
    """Words that count the rest of a whole after a count of those done (尚有8个 → 未解决问题)."""
    whole_nouns: tuple[str, ...] = ()
    """Nouns ending a counted whole's name (…问题7个) that its 其中 parts are kinds of (用地报批问题)."""
    name_anaphors: tuple[str, ...] = ()
    """Words opening a name that point back to a name before (该产业链营业收入 → 现代家居产业链营业收入)."""
    done_verbs: tuple[str, ...] = ()
    """Bare deeds (完成) that, after a plan's figure (年度计划投资), name what was done (完成投资)."""
    plan_words: tuple[str, ...] = ()
    """Words that make a name a plan's (年度计划投资): dropped when a deed follows it."""
    ranking_nouns: tuple[str, ...] = ()
    """Words ending a rank's scope that name the ranking (在全省开发区综合考核中): kept as its indicator."""
    item_name_ends: tuple[str, ...] = ()
    """Project-like nouns that end a list item's heading (…项目, …工程): the heading names a project."""
    project_class_words: tuple[str, ...] = ()
    """Words that, with nothing else before a project-like noun, name a class of projects (省重点项目)."""
    class_measures: tuple[str, ...] = ()
    """Bare amounts of a set of projects (完成投资) that take the class an item heading names
    (（一）省重点项目。… → 省重点项目完成投资)."""
    collective_openers: tuple[str, ...] = ()
    """Words opening a sentence about all the units together (各单位平均得分): the home's figure."""

    @field_validator("item_markers")
    @classmethod
    def _markers_compile(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"item marker does not compile: {pattern}: {exc}") from exc
        return value

    role_nouns: tuple[str, ...] = ()
    """Role nouns before a company's name (链主企业华天电子): the company after them is the subject."""
    purpose_verbs: tuple[str, ...] = ()
    """Verbs after an amount of money that say what it is for (投资25亿元建设…): not its name."""
    subsidy_nouns: tuple[str, ...] = ()
    """What a rule gives (补助, 奖励): the name of its rate (…的8%给予补助) and of its cap (最高…)."""
    speaker_words: tuple[str, ...] = ()
    """Words after a unit's name that make it a speaker (市商务局负责人介绍…), not the subject."""
    source_openers: tuple[str, ...] = ()
    """Words opening a clause that names where figures come from (据湖北省…核算结果，): no subject."""
    list_prepositions: tuple[str, ...] = ()
    """Words before a list of units in the clause before a 分别 (对甲县、乙县3个单位予以表扬，…分别为…)."""
    chain_nouns: tuple[str, ...] = ()
    """Nouns ending a numbered heading that names a chain (（一）油气化工产业链。)."""
    chain_anaphors: tuple[str, ...] = ()
    place_anaphors: tuple[str, ...] = ()
    paragraph_labels: tuple[str, ...] = ()
    """Words of a label opening a paragraph with its number (案例一：, 亮点二：): not in its first clause."""
    superlatives: tuple[str, ...] = ()
    task_deeds: tuple[str, ...] = ()
    bare_words: tuple[str, ...] = ()
    bare_deeds: tuple[str, ...] = ()
    deed_manners: tuple[str, ...] = ()
    benefactives: tuple[str, ...] = ()
    plan_leads: tuple[str, ...] = ()
    plan_lead_keeps: tuple[str, ...] = ()
    project_not_start: tuple[str, ...] = ()
    """Words opening a clause that point to the chain its item names (全链实现产值…)."""
    kind_words: tuple[str, ...] = ()
    """Words after a noun sorting it by kind (从问题类型看): counts named by a kind (…类) are of it."""
    list_copulas: tuple[str, ...] = ()
    """Words after which the clause before a 分别 lists units to its end (后三位的是甲镇、乙镇和丙街道)."""
    holder_counters: tuple[str, ...] = ()
    """Counters of a small count in words opening a name (三家链主企业合计产值): no part of the name."""
    set_flows: dict[str, str] = Field(default_factory=dict)
    unit_names: dict[str, str] = Field(default_factory=dict)
    score_moves: dict[str, str] = Field(default_factory=dict)
    output_verbs: dict[str, str] = Field(default_factory=dict)
    output_units: tuple[str, ...] = ()
    """Flow names (完成投资) of a figure right after a count of projects: the set's flow (…项目完成投资)."""


TableRole = Literal[
    "diff",
    "move",
    "unit",
    "ordinal",
    "rank",
    "ratio",
    "growth",
    "key",
    "target",
    "score",
    "level",
    "subject_key",
    "category_key",
    "place_key",
    "name",
    "to_date",
    "total",
    "quantity",
    "continued",
]


class _TablesFile(_Strict):
    columns: dict[TableRole, tuple[str, ...]]
    count_units: dict[str, str] = Field(default_factory=dict)


# ---- loading ---------------------------------------------------------------------------------------

M = TypeVar("M", bound=BaseModel)


def _read(folder: Path, name: str, model: type[M]) -> M:
    return read_model(folder / name, model)


def read_model(path: Path, model: type[M]) -> M:
    """The YAML file at ``path`` validated by ``model``; ``LexiconError`` names the file, the field and
    the entry when it cannot be read or is bad."""
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML: {exc}") from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = first["loc"]
        where = ".".join(str(x) for x in loc)
        entry = _entry_label(data, loc)
        raise LexiconError(f"{path}: {where}{entry}: {first['msg']}") from exc


def _entry_label(data: Any, loc: tuple[int | str, ...]) -> str:
    """`` (entry 'word')`` for the list entry the error sits in, when it has a word, suffix, name or code
    (or is a word itself)."""
    node = data
    label = ""
    for key in loc:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict):
            for field in ("word", "suffix", "name", "code"):
                if isinstance(node.get(field), str):
                    label = f" (entry {node[field]!r})"
                    break
        elif isinstance(node, str) and not label:
            label = f" (entry {node!r})"
    return label


def _no_duplicates(path: Path, pairs: list[tuple[str, str]], what: str) -> None:
    """Raise if one word maps to two different values."""
    seen: dict[str, str] = {}
    for word, value in pairs:
        other = seen.get(word)
        if other is not None and other != value:
            raise LexiconError(f"{path}: {what} {word!r} maps to both {other!r} and {value!r}")
        seen[word] = value


def _check_indicators(folder: Path, entries: tuple[IndicatorEntry, ...]) -> None:
    path = folder / "indicators.yaml"
    codes: set[str] = set()
    pairs: list[tuple[str, str]] = []
    for entry in entries:
        if entry.code in codes:
            raise LexiconError(f"{path}: code {entry.code!r} is used twice")
        codes.add(entry.code)
        pairs.append((entry.name, entry.name))
        pairs.extend((alias, entry.name) for alias in entry.aliases)
    _no_duplicates(path, pairs, "alias")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every word list the reader uses, validated."""

    indicators: tuple[IndicatorEntry, ...]
    scales: tuple[str, ...]
    units: tuple[UnitEntry, ...]
    qualifiers: tuple[QualifierEntry, ...]
    periods: tuple[PeriodEntry, ...]
    modality: tuple[ModalityEntry, ...]
    cues: tuple[MeasureCue, ...]
    rank_cues: tuple[str, ...]
    regions: tuple[RegionRef, ...]
    same_period: tuple[str, ...]
    comparators: tuple[str, ...]
    peer_groups: tuple[str, ...]
    self_words: tuple[str, ...]
    not_figures: tuple[NotFigurePattern, ...]
    ordinal_names: tuple[str, ...]
    strip_prefix: tuple[str, ...]
    strip_suffix: tuple[str, ...]
    stop_after: tuple[str, ...]
    heads: tuple[str, ...]
    policy: tuple[str, ...]
    give: tuple[str, ...]
    get_verbs: tuple[str, ...]
    method_phrases: tuple[str, ...]
    cause_opens: tuple[str, ...]
    cause_closes: tuple[str, ...]
    filler: tuple[str, ...]
    filler_keeps: tuple[str, ...]
    capacity: tuple[CapacityWord, ...]
    rated_units: dict[str, str]
    contractions: tuple[Contraction, ...] = ()
    ratio_cut: tuple[str, ...] = ()
    generic_nouns: tuple[str, ...] = ()
    threshold_verbs: tuple[str, ...] = ()
    filler_verbs: tuple[str, ...] = ()
    ranked_units: tuple[str, ...] = ()
    state_verbs: tuple[str, ...] = ()
    connectives: tuple[str, ...] = ()
    distribution: tuple[str, ...] = ()
    ordered_distribution: tuple[str, ...] = ()
    continuation: tuple[str, ...] = ()
    keep_verbs: tuple[str, ...] = ()
    label_measures: tuple[str, ...] = ()
    label_holder_ends: tuple[str, ...] = ()
    count_ends: tuple[str, ...] = ()
    rate_ends: tuple[str, ...] = ()
    not_name_start: tuple[str, ...] = ()
    growth_words: tuple[str, ...] = ()
    yardstick_words: tuple[str, ...] = ()
    project_generic: tuple[str, ...] = ()
    project_verbs: tuple[str, ...] = ()
    cheng_words: tuple[str, ...] = ()
    class_words: tuple[str, ...] = ()
    table_columns: dict[str, tuple[str, ...]] = dataclass_field(default_factory=dict)
    table_count_units: dict[str, str] = dataclass_field(default_factory=dict)
    folder: Path | None = None
    """Where the files were read from (naming.yaml, read by ``indicator_names``, comes from there too)."""
    year_review: tuple[str, ...] = ()
    topic_turn: tuple[str, ...] = ()
    lifetime_indicators: tuple[str, ...] = ()
    point_words: tuple[str, ...] = ()
    set_totals: tuple[str, ...] = ()
    new_set_words: tuple[str, ...] = ()
    once_done_words: tuple[str, ...] = ()
    entering_words: tuple[str, ...] = ()
    year_plan_words: tuple[str, ...] = ()
    year_plan_labels: tuple[str, ...] = ()
    plan_clause_keeps: tuple[str, ...] = ()
    year_plan_leads: tuple[str, ...] = ()
    week_words: tuple[str, ...] = ()
    week_to_date: tuple[str, ...] = ()
    this_week_words: tuple[str, ...] = ()
    campaign_words: tuple[str, ...] = ()
    campaign_starts: tuple[str, ...] = ()
    quarter_own_words: tuple[str, ...] = ()
    quarter_work_words: tuple[str, ...] = ()
    aside_before: tuple[str, ...] = ()
    aside_after: tuple[str, ...] = ()
    project_flow_words: tuple[str, ...] = ()
    project_size_units: tuple[str, ...] = ()
    multi_year_words: tuple[str, ...] = ()
    five_year_words: tuple[str, ...] = ()
    beneficiary_words: tuple[str, ...] = ()
    group_forms: tuple[str, ...] = ()
    natural_peers: tuple[str, ...] = ()
    item_anaphors: tuple[str, ...] = ()
    item_markers: tuple[str, ...] = ()
    item_name_ends: tuple[str, ...] = ()
    collective_openers: tuple[str, ...] = ()
    class_measures: tuple[str, ...] = ()
    project_class_words: tuple[str, ...] = ()
    ranking_nouns: tuple[str, ...] = ()
    whole_nouns: tuple[str, ...] = ()
    remainder_words: tuple[str, ...] = ()
    collective_parts: dict[str, tuple[str, ...]] = dataclass_field(default_factory=dict)
    rate_bases: dict[str, str] = dataclass_field(default_factory=dict)
    name_anaphors: tuple[str, ...] = ()
    done_verbs: tuple[str, ...] = ()
    plan_words: tuple[str, ...] = ()
    year_start: tuple[str, ...] = ()
    last_year_end: tuple[str, ...] = ()
    previous_period: tuple[str, ...] = ()
    previous_quarter: tuple[str, ...] = ()
    month_start: tuple[str, ...] = ()
    week_before: tuple[str, ...] = ()
    role_nouns: tuple[str, ...] = ()
    purpose_verbs: tuple[str, ...] = ()
    subsidy_nouns: tuple[str, ...] = ()
    speaker_words: tuple[str, ...] = ()
    source_openers: tuple[str, ...] = ()
    list_prepositions: tuple[str, ...] = ()
    list_copulas: tuple[str, ...] = ()
    kind_words: tuple[str, ...] = ()
    chain_nouns: tuple[str, ...] = ()
    chain_anaphors: tuple[str, ...] = ()
    place_anaphors: tuple[str, ...] = ()
    paragraph_labels: tuple[str, ...] = ()
    superlatives: tuple[str, ...] = ()
    task_deeds: tuple[str, ...] = ()
    bare_words: tuple[str, ...] = ()
    bare_deeds: tuple[str, ...] = ()
    deed_manners: tuple[str, ...] = ()
    benefactives: tuple[str, ...] = ()
    plan_leads: tuple[str, ...] = ()
    plan_lead_keeps: tuple[str, ...] = ()
    project_not_start: tuple[str, ...] = ()
    holder_counters: tuple[str, ...] = ()
    set_flows: dict[str, str] = dataclass_field(default_factory=dict)
    unit_names: dict[str, str] = dataclass_field(default_factory=dict)
    """What a level in a unit is when nothing names it (96.5分 → 得分)."""
    score_moves: dict[str, str] = dataclass_field(default_factory=dict)
    """The points a word right before them moves a score by (加1.5分 → 加分, 扣减1分 → 扣分)."""
    output_verbs: dict[str, str] = dataclass_field(default_factory=dict)
    """Verbs opening a quantity's name and the noun it makes (生产卡车3.86万辆 → 卡车产量)."""
    output_units: tuple[str, ...] = ()
    """Units of goods, the only quantities ``output_verbs`` apply to (辆, 吨; not 起)."""
    plan_sections: tuple[str, ...] = ()
    goal_tails: tuple[str, ...] = ()
    task_plans: tuple[str, ...] = ()
    task_plan_nouns: tuple[str, ...] = ()
    task_done_marks: tuple[str, ...] = ()
    review_sections: tuple[str, ...] = ()
    structure_words: tuple[str, ...] = ()
    rate_names: tuple[str, ...] = ()
    not_objects: tuple[str, ...] = ()
    compare_marks: tuple[str, ...] = ()
    late_after: tuple[str, ...] = ()
    time_within: tuple[str, ...] = ()
    qualified_verbs: tuple[str, ...] = ()
    not_qualifiers: tuple[str, ...] = ()

    def indicator_names(self) -> dict[str, str]:
        """Every canonical name and alias → the canonical name."""
        out: dict[str, str] = {}
        for entry in self.indicators:
            out[entry.name] = entry.name
            for alias in entry.aliases:
                out[alias] = entry.name
        return out


def load_lexicon(folder: str | Path | None = None) -> Lexicon:
    """Load and validate every lexicon file of ``folder`` (default: the package's own)."""
    return _load(Path(folder).resolve() if folder is not None else HERE)


@lru_cache(maxsize=8)
def _load(folder: Path) -> Lexicon:
    indicators = _read(folder, "indicators.yaml", _IndicatorsFile).indicators
    _check_indicators(folder, indicators)
    units = _read(folder, "units.yaml", _UnitsFile)
    _no_duplicates(folder / "units.yaml", [(u.word, u.normal) for u in units.units], "unit word")
    qualifiers_file = _read(folder, "qualifiers.yaml", _QualifiersFile)
    qualifiers = qualifiers_file.qualifiers
    _no_duplicates(
        folder / "qualifiers.yaml", [(f"{q.position}:{q.word}", q.value) for q in qualifiers], "qualifier"
    )
    periods_file = _read(folder, "periods.yaml", _PeriodsFile)
    periods = periods_file.periods
    _no_duplicates(folder / "periods.yaml", [(p.word, f"{p.months}{p.year}") for p in periods], "period")
    modality_file = _read(folder, "modality.yaml", _ModalityFile)
    modality = modality_file.modality
    _no_duplicates(folder / "modality.yaml", [(m.word, m.value) for m in modality], "modality word")
    measures = _read(folder, "measures.yaml", _MeasuresFile)
    refs = _read(folder, "references.yaml", _ReferencesFile)
    _no_duplicates(folder / "references.yaml", [(r.word, r.name) for r in refs.regions], "region")
    nf = _read(folder, "not_figures.yaml", _NotFiguresFile)
    attr = _read(folder, "attribution.yaml", _AttributionFile)
    tables = _read(folder, "tables.yaml", _TablesFile)
    return Lexicon(
        indicators=indicators,
        scales=units.scales,
        units=units.units,
        qualifiers=qualifiers,
        periods=periods,
        modality=modality,
        cues=measures.cues,
        rank_cues=measures.rank_cues,
        regions=refs.regions,
        same_period=refs.same_period,
        comparators=refs.comparators,
        peer_groups=refs.peer_groups,
        natural_peers=refs.natural_peers,
        group_forms=refs.group_forms,
        year_start=refs.year_start,
        last_year_end=refs.last_year_end,
        previous_period=refs.previous_period,
        previous_quarter=refs.previous_quarter,
        month_start=refs.month_start,
        week_before=refs.week_before,
        self_words=refs.self_words,
        not_figures=nf.patterns,
        ordinal_names=nf.ordinal_names,
        strip_prefix=attr.strip_prefix,
        strip_suffix=attr.strip_suffix,
        stop_after=attr.stop_after,
        heads=attr.heads,
        policy=attr.policy,
        give=attr.give,
        get_verbs=attr.get_verbs,
        method_phrases=attr.method_phrases,
        cause_opens=attr.cause_opens,
        cause_closes=attr.cause_closes,
        filler_keeps=attr.filler_keeps,
        filler=attr.filler,
        contractions=attr.contractions,
        ratio_cut=attr.ratio_cut,
        generic_nouns=attr.generic_nouns,
        threshold_verbs=attr.threshold_verbs,
        filler_verbs=attr.filler_verbs,
        ranked_units=attr.ranked_units,
        state_verbs=attr.state_verbs,
        connectives=attr.connectives,
        distribution=attr.distribution,
        ordered_distribution=attr.ordered_distribution,
        continuation=attr.continuation,
        keep_verbs=attr.keep_verbs,
        label_measures=attr.label_measures,
        label_holder_ends=attr.label_holder_ends,
        count_ends=attr.count_ends,
        rate_ends=attr.rate_ends,
        not_name_start=attr.not_name_start,
        growth_words=attr.growth_words,
        yardstick_words=attr.yardstick_words,
        project_generic=attr.project_generic,
        project_verbs=attr.project_verbs,
        cheng_words=nf.cheng_words,
        class_words=nf.class_words,
        table_columns={str(k): v for k, v in tables.columns.items()},
        table_count_units=dict(tables.count_units),
        folder=folder,
        capacity=attr.capacity,
        rated_units=attr.rated_units,
        item_anaphors=attr.item_anaphors,
        item_markers=attr.item_markers,
        item_name_ends=attr.item_name_ends,
        project_class_words=attr.project_class_words,
        class_measures=attr.class_measures,
        collective_openers=attr.collective_openers,
        ranking_nouns=attr.ranking_nouns,
        whole_nouns=attr.whole_nouns,
        remainder_words=attr.remainder_words,
        collective_parts=dict(attr.collective_parts),
        rate_bases=dict(attr.rate_bases),
        name_anaphors=attr.name_anaphors,
        done_verbs=attr.done_verbs,
        plan_words=attr.plan_words,
        role_nouns=attr.role_nouns,
        purpose_verbs=attr.purpose_verbs,
        subsidy_nouns=attr.subsidy_nouns,
        speaker_words=attr.speaker_words,
        source_openers=attr.source_openers,
        list_prepositions=attr.list_prepositions,
        list_copulas=attr.list_copulas,
        kind_words=attr.kind_words,
        chain_nouns=attr.chain_nouns,
        chain_anaphors=attr.chain_anaphors,
        place_anaphors=attr.place_anaphors,
        paragraph_labels=attr.paragraph_labels,
        superlatives=attr.superlatives,
        task_deeds=attr.task_deeds,
        bare_words=attr.bare_words,
        bare_deeds=attr.bare_deeds,
        deed_manners=attr.deed_manners,
        benefactives=attr.benefactives,
        plan_leads=attr.plan_leads,
        plan_lead_keeps=attr.plan_lead_keeps,
        project_not_start=attr.project_not_start,
        holder_counters=attr.holder_counters,
        set_flows=dict(attr.set_flows),
        unit_names=dict(attr.unit_names),
        score_moves=dict(attr.score_moves),
        output_verbs=dict(attr.output_verbs),
        output_units=attr.output_units,
        plan_sections=modality_file.plan_sections,
        review_sections=modality_file.review_sections,
        goal_tails=modality_file.goal_tails,
        task_plans=modality_file.task_plans,
        task_plan_nouns=modality_file.task_plan_nouns,
        task_done_marks=modality_file.task_done_marks,
        structure_words=measures.structure_words,
        rate_names=measures.rate_names,
        not_objects=measures.not_objects,
        compare_marks=measures.compare_marks,
        late_after=qualifiers_file.late_after,
        time_within=qualifiers_file.time_within,
        qualified_verbs=qualifiers_file.qualified_verbs,
        not_qualifiers=qualifiers_file.not_qualifiers,
        year_review=periods_file.year_review,
        topic_turn=periods_file.topic_turn,
        lifetime_indicators=periods_file.lifetime_indicators,
        point_words=periods_file.point_words,
        set_totals=periods_file.set_totals,
        new_set_words=periods_file.new_set_words,
        once_done_words=periods_file.once_done_words,
        entering_words=periods_file.entering_words,
        year_plan_words=periods_file.year_plan_words,
        year_plan_labels=periods_file.year_plan_labels,
        plan_clause_keeps=periods_file.plan_clause_keeps,
        year_plan_leads=periods_file.year_plan_leads,
        week_words=periods_file.week_words,
        week_to_date=periods_file.week_to_date,
        this_week_words=periods_file.this_week_words,
        campaign_words=periods_file.campaign_words,
        campaign_starts=periods_file.campaign_starts,
        quarter_own_words=periods_file.quarter_own_words,
        quarter_work_words=periods_file.quarter_work_words,
        aside_before=periods_file.aside_before,
        aside_after=periods_file.aside_after,
        project_flow_words=periods_file.project_flow_words,
        project_size_units=periods_file.project_size_units,
        multi_year_words=periods_file.multi_year_words,
        five_year_words=periods_file.five_year_words,
        beneficiary_words=periods_file.beneficiary_words,
    )


def load_indicators(path: str | Path) -> list[IndicatorEntry]:
    """Load and validate one indicator catalogue file (``LexiconError`` if bad)."""
    p = Path(path).resolve()
    entries = _read(p.parent, p.name, _IndicatorsFile).indicators
    _check_indicators(p.parent, entries)
    return list(entries)


def indicator_catalogue() -> list[IndicatorEntry]:
    """The indicator catalogue the reader names indicators by; the ledger loads it into ``indicators``."""
    return list(load_lexicon().indicators)


def sorted_longest_first(words: list[str] | tuple[str, ...], key: Callable[[str], int] = len) -> list[str]:
    """Words longest first, so an alternation regex prefers 个百分点 over 个."""
    return sorted(set(words), key=lambda w: (-key(w), w))


# ---- fast scanning ----------------------------------------------------------------------------------

_GLOBAL_FLAGS = re.compile(r"^(?:\(\?[aiLmsux]+\))*")
_CATEGORY_CLASS = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def _class_items(items: Any) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(re.escape(chr(av)))
        elif name == "RANGE":
            out.add(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif name == "CATEGORY" and str(av) in _CATEGORY_CLASS:
            out.add(_CATEGORY_CLASS[str(av)])
        else:  # NEGATE and the rest: give up, the pattern is scanned as written
            return None
    return out


def _first_of(items: Any) -> tuple[set[str], bool] | None:
    """What may start a match of a parsed sequence (character-class items), and whether the sequence
    may match the empty string; None when that cannot be told."""
    first: set[str] = set()
    for op, av in items:
        name = str(op)
        one: tuple[set[str], bool] | None
        if name == "LITERAL":
            one = ({re.escape(chr(av))}, False)
        elif name == "IN":
            found = _class_items(av)
            one = (found, False) if found is not None else None
        elif name in _ZERO_WIDTH:
            one = (set(), True)  # takes no character: what follows starts the match
        elif name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = av
            one = None if add_flags or del_flags else _first_of(sub)
        elif name == "ATOMIC_GROUP":
            one = _first_of(av)
        elif name == "BRANCH":
            one = (set(), False)
            for alternative in av[1]:
                alt = _first_of(alternative)
                if alt is None:
                    return None
                one = (one[0] | alt[0], one[1] or alt[1])
        elif name in _REPEATS:
            low, _high, sub = av
            inner = _first_of(sub)
            one = None if inner is None else (inner[0], inner[1] or low == 0)
        else:
            return None
        if one is None:
            return None
        first |= one[0]
        if not one[1]:
            return first, False
    return first, True


def start_class(pattern: str) -> str | None:
    """A character class (``[...]``) holding every character a match of ``pattern`` can start with,
    or None when that cannot be told or the pattern can match the empty string."""
    try:
        import re._parser as sre_parse  # the standard library's own regex parser

        found = _first_of(sre_parse.parse(pattern).data)
    except Exception:  # a parser of another Python version: no class
        return None
    if found is None or found[1] or not found[0]:
        return None
    return "[" + "".join(sorted(found[0])) + "]"


def split_flags(pattern: str) -> tuple[str, str]:
    """``(?m)^…`` → (``m``, ``^…``): the global inline flags a pattern opens with, and the rest."""
    head = _GLOBAL_FLAGS.match(pattern)
    flags = head.group() if head else ""
    return "".join(ch for ch in flags if ch.isalpha()), pattern[len(flags) :]


def guarded(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled behind a lookahead for the characters its matches can start with: the
    same matches, but the scan skips the positions where no match can start in one cheap test instead
    of trying every alternative there. A pattern whose first character cannot be told compiles as is."""
    plain = re.compile(pattern)
    first = start_class(pattern)
    if first is None:
        return plain
    flags, body = split_flags(pattern)
    head = f"(?{flags})" if flags else ""
    fast = re.compile(head + "(?=" + first + ")(?:" + body + ")")
    if fast.flags != plain.flags or fast.groupindex != plain.groupindex or fast.groups != plain.groups:
        return plain
    return fast


def _single(item: Any) -> bool:
    """Is a parsed sequence one character test (a literal or a class)?"""
    return len(item) == 1 and str(item[0][0]) in ("LITERAL", "IN")


def _first_char_out(data: list[Any], sequence: Callable[[list[Any]], Any]) -> list[Any] | None:
    """A parsed pattern rewritten so that it opens with its first character test (``\\d{1,4}…`` →
    ``\\d\\d{0,3}…``; a lookbehind before it moves after it, the character added to its end), which
    lets the regex engine skip to the characters a match can start with; None when it does not apply."""
    from re._constants import MAXREPEAT

    out: list[Any] = []
    rest = list(data)
    behind = None
    if rest and str(rest[0][0]) in ("ASSERT", "ASSERT_NOT") and rest[0][1][0] == -1:
        behind = rest.pop(0)
    if not rest:
        return None
    op, av = rest[0]
    if str(op) in ("LITERAL", "IN"):
        if behind is None:
            return None  # it opens with one already
        char = [rest.pop(0)]
    elif str(op) in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1 and _single(av[2]):
        low, high, item = av
        char = list(item)
        rest.pop(0)
        if high != MAXREPEAT:
            high -= 1
        if high > 0:
            rest.insert(0, (op, (low - 1, high, item)))
    else:
        return None
    out.extend(char)
    if behind is not None:
        b_op, (direction, sub) = behind
        out.append((b_op, (direction, sequence([*sub, *char]))))
    out.extend(rest)
    return out


def scan_ready(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled to open with a character test when it opens with a repeat or a lookbehind:
    the same matches, found faster (the engine skips ahead to the characters a match can start with)."""
    return first_char_first(pattern) or re.compile(pattern)


def first_char_first(pattern: str) -> re.Pattern[str] | None:
    """``scan_ready``'s rewrite of ``pattern``, or None when it leaves the pattern as written.

    The rewrite is compiled from a parsed tree, so it has no source text: its ``.pattern`` is None,
    whatever the ``re.Pattern[str]`` type says; ask this function, not ``.pattern``, whether a
    pattern was rewritten (compiled code checks the type and raises on the None)."""
    plain = re.compile(pattern)
    try:
        import re._compiler as sre_compile
        import re._parser as sre_parse

        parsed = sre_parse.parse(pattern)
        data = _first_char_out(list(parsed.data), lambda items: sre_parse.SubPattern(parsed.state, items))
        if data is None:
            return None
        parsed.data = data
        fast: re.Pattern[str] = sre_compile.compile(parsed, plain.flags)
    except Exception:  # another Python's regex internals: compile as written
        return None
    if fast.flags != plain.flags or fast.groups != plain.groups or fast.groupindex != plain.groupindex:
        return None
    return fast
