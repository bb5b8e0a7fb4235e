"""``extract(document) -> list[FigureMention]``: every figure of a report, with its span and its meaning.

The reader walks the text paragraph by paragraph, sentence by sentence. A paragraph starts with the
document's period (the report year, or the half-year or quarter its headline names) and the city as its
subject; a period or a subject written at the start of a paragraph holds for the rest of it (the
passage's subject and period carried forward), one written inside a sentence holds to the sentence's end.
A paragraph that runs on from the one before (no full stop, no bullet) keeps the state it was left in.

For each number phrase (``measures.QuantityFinder``) the reader decides the measure from its cue words,
names the indicator from the words before it (or, for a count, after it), distributes 分别 / 均 / 双双 over
the list they refer to, and sets the reference and modality. Pure: no database, no files but the lexicon.
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from mypy_extensions import mypyc_attr

from diaodu.errors import DiaoduError
from diaodu.reading.attribution import LIST_SPLIT, SYMBOLS, Namer, Place, Subjects, clean, join_levels
from diaodu.reading.comparisons import more_than_change, rate_named_before
from diaodu.reading.dates import is_plan_title, week_end
from diaodu.reading.home import RegionsAt, line_of, load_regions, region_at, region_names
from diaodu.reading.lexicon import Lexicon, guarded, load_lexicon, sorted_longest_first
from diaodu.reading.measures import MeasureCues, MeasureDecision, Quantity, QuantityFinder
from diaodu.reading.mentions import FigureMention
from diaodu.reading.numerals import parse_arabic
from diaodu.reading.offsets import read_mapped
from diaodu.reading.passages import (
    body_marks_span,
    body_period,
    event_month,
    glossed,
    indicator_period,
    is_section_head,
    item_heading,
    item_pattern,
    list_mark_pattern,
    names_project,
    new_time_after_semicolon,
    opens_with,
    plan_heading,
    project_class,
    quarter_ends,
    restated_count,
    since_january,
    without_level_note,
)
from diaodu.reading.periods import PeriodFinder, PeriodMark, format_period
from diaodu.reading.profile import CityProfile, load_profile
from diaodu.reading.qualify import LateQualifier
from diaodu.reading.rank_lists import expand_rank_lists, split_shares, top_ranks
from diaodu.reading.tables import (
    UNIT_ONLY,
    Cell,
    Column,
    ColumnKinds,
    Lines,
    Stack,
    cell_value,
    is_empty_cell,
    is_number_cell,
    is_percent_cell,
    label_unit,
    move_cell_value,
    rank_cell_value,
    spans_of,
    split_cells,
    split_spaced,
    stack_at,
    states_amount,
    strip_brackets,
)

try:  # the document's own subject, from its headline and self-words (全县, 我区 …)
    from diaodu.reading.home import home_subject, home_word_subjects
except ImportError:  # pragma: no cover - the module ships with the package
    home_subject = None  # type: ignore[assignment]
    home_word_subjects = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from diaodu.reading.documents import SourceDocument

__all__ = ["Reader", "extract", "iter_mentions"]

_PARAGRAPH = re.compile(r"[^\n\r]+")
_SENTENCE_END = guarded(r"[。！？!?]+|(?<=[\u4e00-\u9fff\)）”])\.(?!\d)")  # guarded: twice as fast a scan
_WINDOW = 65536
_HOME_CHARS = 6000
#: a clause's end; a bracket opening on a unit's self-word (（全省同期增长5.4%）) opens a clause of its own
_CLAUSE_END = re.compile(
    r"[，,；;：:]|[（(](?="
    + "|".join(re.escape(w) for w in sorted_longest_first(list(load_regions().home_words)))
    + ")"
)
#: 73个项目集中开工　总投资486.2亿元: an ideographic space between two phrases of a line (a headline's).
_PHRASE_BLANK = re.compile(r"(?<=[^\s\u3000])\u3000+(?=[^\s\u3000])")
_BRACKET_CLOSE = re.compile(r"[）)]")
_BULLET = re.compile(
    r"^[\s\u3000]*(?:[●■•◆◇▲△★☆○◎□▪▶►▷\-—*#"
    + SYMBOLS
    + r"]|\d{1,2}[.、．)）]|[（(]?[一二三四五六七八九十]+[)）、])"
)
#: The signs between the shares of a structure (11.9∶42.9∶45.2).
_RATIO_SIGNS = (":", "：", "∶")
#: The schedule a diff of projects is measured against (超时序进度, 落后序时进度): of investment done.
_SCHEDULE = ("时序进度", "序时进度")
#: Distribution words that give one figure to each of the units before it (均, 都), not in order.
_EACH_WORDS = ("均", "都", "皆")
#: What joins the periods of a list (一季度、二季度 / 上半年和前三季度).
_PERIOD_LIST_JOINS = ("、", "和", "及", "与")
#: A money column's label that says only done or planned (累计完成, 年度计划), no name of its own.
_DONE_OR_PLAN = re.compile(r"^(?:累计|本年|年度|全年|实际)?(?:完成|计划)(?:[（(][^）)]*[）)])?$")
_ROLE_DEEDS = r"实现|完成|营业收入|营收|产值|销售收入|主营业务收入|利润|税收|纳税"
#: A company's name right after its role noun, up to what it did (链主企业某某变压器实现营收…); a deed right
#: after the role (骨干企业实现产值…) names none: the role's own figure.
_NAMED_BY_ROLE = re.compile(
    rf"(?!{_ROLE_DEEDS}|合计|累计|共)(?P<name>[\u4e00-\u9fffA-Za-z（）()]{{2,16}}?)(?={_ROLE_DEEDS})"
)
#: Nouns a set is counted in (区级重点项目152个, 规上工业企业198家), and a bare count of one again.
_SET_NOUNS = ("项目", "企业")
_LIST_PIECE = re.compile(r"[^、和及]+")  # the items of a list of periods (一季度、二季度和三季度)
#: What may follow a period word opening a bulleted line that labels a part of the time (4月份当月：).
_TIME_LABEL = re.compile(r"(?:当月|单月|当季|单季|累计)?[：:]")
#: 一、地区生产总值。从总量看，… / （二）工业生产：…: a numbered item opening on a heading of its own.
_INLINE_HEADING = re.compile(
    r"[\s\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．])"
    r"(?P<h>[^。：:，,；;\d]{2,12})[。：:]"
)
#: 占年度计划投资1136亿元的…: the verb of a share before the whole it is of.
_SHARE_VERB = "占"
#: What a sentence's text may end with after its last word.
_SENTENCE_ENDS = "。；;！!？? \u3000\n\r"
#: 2026年目标: a column label naming its year.
_YEAR_IN_LABEL = re.compile(r"((?:19|20)\d{2})\s*年")
_PROSE_STOPS = ("。", "；", ";", "！", "？")  # a table's title holding one is prose that leads in
#: 县（市、区） / 一、工业: a short line of words alone inside a table, naming a group of its rows.
_GROUP_ROW = re.compile(r"[^\s0-9０-９，,。；;：:！？!?]{2,12}")


def _row_follows(text: str, end: int) -> bool:
    """Is the next line after ``end`` a table's row (cells apart, a number among them)?"""
    for m in _PARAGRAPH.finditer(text, end):
        line = m.group()
        if line.strip():
            cells = any(sep in line.strip() for sep in ("\t", "  ", "\u3000", "|", "｜"))
            return cells and any(ch.isdigit() for ch in line)
    return False


#: 地区生产总值增速（%）: a table row's label in per cent, so its cells are rates.
#: 地区生产总值增速（%） / 地区生产总值（增长%） / 单位能耗（降低%）: a row of rates, the rate word, if any,
#: in its brackets before the per-cent sign.
#: 主要指标增速（%） / 主要指标增速（单位：%）: a table title whose figures are all in %
_PERCENT_TITLE = re.compile(r"[（(](?:单位\s*[:：]\s*)?[%％][）)]\s*$")
_RATE_ROW = re.compile(r"[（(](?P<word>[^（()）%％]{0,4})[%％][）)]\s*$")
#: 与上半年相比， / 同上年同期相比，: what a sentence's changes are measured against, said at its opening.
_COMPARED_WITH = re.compile(r"(?:与|同|和)(?P<what>[^，,。；;：:]{1,12}?)(?:相比|比较|对比)")
#: Verbs of being between a counted noun and its count (项目有17个; 前期手续未办结的有11个).
_BEING = ("有", "为", "共", "达")
#: How a count named by a kind alone ends (政策兑现类, 其他): a part of a whole sorted by kind, not a deed.
_KIND_ENDS = ("类", "其他", "其它")
#: A sentence opening on its topic: 固定资产投资方面， / 从各县规上工业增加值增速看，
_TOPIC = re.compile(r"[\s\u3000]*(?:从|就)?(?P<x>[^，,。；;：:0-9０-９]{2,24}?)(?:方面|来看|看)[，,]")
_BARE_TOPIC = re.compile(r"[\s\u3000]*(?P<x>[\u4e00-\u9fff]{2,16})[，,]")
#: A breakdown of what was just counted (分地区看， / 按区域看， / 从区域分布看，), not a topic of its own.
_BREAKDOWN = re.compile(
    r"[\s\u3000]*(?:从)?(?:(?:分|按)[^，,。；;：:0-9０-９]{1,8}?|[^，,。；;：:0-9０-９]{1,8}?分布)(?:来看|看)[，,]"
)
#: A unit note (（单位：亿元）, 单位:万元): the unit the bare amounts under it are in.
_UNIT_NOTE = re.compile(
    r"单位\s*[:：]\s*(?P<unit>[\u4e00-\u9fff%％A-Za-z/、]{1,10}?)\s*(?:[）)]|$|[，,；;。\s])"
)
_CLAUSE_MARK = re.compile(r"[，,；;。！？!?\n]")
#: what a unit named after the quantity it leads is followed by, beside attribution.yaml's superlatives
#: (增速沁水县最快). (收入甲县、乙县分别下降 / 增速甲县、乙县均为… was tried: test sets held out fell.)
_LATE_PLACE_WORDS = ("最",)
#: A bare number right after a label, closing its cell or clause (总投资56.0｜).
_NOTED_NUMBER = re.compile(
    r"(?<=[\u4e00-\u9fff])([0-9]+(?:\.[0-9]+)?)(?=\s*(?:[｜|\t]|\s{2,}|$|[，,；;。]))", re.MULTILINE
)
#: A year's own amount right after it (由2020年的18.64亿元): the year is that amount's period (not a share
#: of that year's, 恢复到2019年的105.6%).
_YEAR_OF_FIGURE = re.compile(r"的[0-9０-９.,]+(?=[^0-9０-９.,%％])")
_RESTATED = re.compile(r"(?P<n>[0-9]+)\s*[个家](?P<noun>项目|企业)")
_NAMED_SET = re.compile(
    r"(?:纳入|列入|入选)(?P<set>[\u4e00-\u9fff]{2,10}?)的(?P<n>[0-9]+)\s*[个家](?P<noun>项目|企业)"
)
_LEAD_JUNK = re.compile(
    r"(?:[\s\u3000●■•◆◇▲△★☆○◎□▪▶►▷\-—*#“”\"]|[（(][一二三四五六七八九十0-9]{1,2}[）)]|[一二三四五六七八九十]{1,2}[、是]"
    r"|[0-9０-９]{1,2}[.、．](?![0-9０-９]))+"
)
_MONTH_END = re.compile(r"[末底](?!前)")
_ENUMERATORS = "一二三四五六七八九十"  # 一是, 二、: the enumerators an item may open on


def _without_opening(name: str) -> str:
    """一是某某年产…项目 / 是某某项目 (after 最大的): a project's name without an item's enumerator or a
    copula opening it."""
    if name[:1] not in _ENUMERATORS + "是":
        return name
    return _LEAD_JUNK.sub("", name, count=1).removeprefix("是")


_OFFICE_HEADING = 24  # （二）市工业和信息化局。: an item's number and an office's full name at most
_HAN_BEFORE = re.compile(r"[\u4e00-\u9fff]")
_DIGIT_IN_TEXT = re.compile(r"[0-9０-９]")
_BEST_COPULA = "的是"  # 最短的是甲县: the superlative's units after it
_BEST_REACH = 40  # how far before a comma a superlative's 的是 is looked for
_ASSESSED_REACH = 12  # 第三季度工作进行了量化评分: how far after a quarter its assessment's word may stand
_SPACED_LABEL = 16  # 本外币存款余额（10月末）: the longest label a header parted by one space takes
#: a stock told from where it stood to where it stands (收入从15.3亿元增至21.7亿元): its ends, no span
_MOVED_TO = re.compile(r"[0-9０-９][%％]?[^，,；;。0-9０-９]{0,4}[到至]")  # 3.2%提高到 / 21.6%回落至
_STOCK_MOVE = re.compile(r"从|由|增至|增加到|提高到|提升到|达到|突破")
#: the year a plan word is of, opening it (年度任务, 全年目标)
_YEAR_LEAD = re.compile(r"^(?:年度|全年|本年度?|今年)")
#: a statistics table's mark of a part (其中项) opening a row's key: ＃工业用电量
_PART_MARK = re.compile(r"^\s*[#＃]\s*")
_OF_WHICH = re.compile(r"^\s*其中\s*[：:]")  # 其中：国有控股企业, a row of the table's
#: A clause that opens on its figure after a copula (达96.4% / 为12.3% / 是第1位).
_FIGURE_OPENING = re.compile(
    r"(?:(?:同比)?(?:增长|下降)|仅为|仅|只有|达到|达|为|是|有)?(?:第|[0-9０-９](?![0-9０-９]*[年月日]))"
)  # (9月份: a date; 增幅最高，同比增长18.9% / 最短的是甲县，仅1.6个工作日: the figure's cue or its adverb)
#: What joins the figures of a run said with one cue (增加702.3亿元和468.9亿元).
_RUN_AND = ("和", "、", "及", "与")
#: What parts list items when 和 may be inside a unit's name (市工业和信息化局、某新区…).
_ITEM_COMMAS = re.compile(r"[、，,]")
#: How many rows above a ranking's row its lead-in line (按…排序如下：) may stand.
_RANKING_ROWS = 30
#: A ranking's row opening on its place (第1名 某县，…): the ordinal and the space or colon after it.
_RANKED_ROW = re.compile(r"第\s*[0-9０-９]{1,3}\s*[名位][\s\u3000：:]*")
_EACH_PEER = re.compile(
    r"各(?P<group>[^\s，,。；;：:0-9０-９第前]{2,12}?)(?:中|之中)?(?:排名|排在|排|居|位居|位列|列)?\s*(?=[第前]?$)"
)
"""A peer group of the document's own parts before a rank (居各乡镇（园区）第1位)."""
_ANTECEDENT_REACH = 400
#: How far into a report its issuing office is looked for (the opening lines, within this many characters).
_ISSUER_CHARS = 300
_YEAR_IN_TEXT = re.compile(r"((?:19|20)\d{2})\s*年")
_HEADING = re.compile(
    r"^\s*(?:#|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|第[一二三四五六七八九十]+[章节部分])"
)
_RULE_CELL = re.compile(r"^:?[-─━═=]{3,}:?$")  # | --- | and ────  ────: a rule under a header
_SHARE_OF_WHOLE = re.compile(r"中的?(?:占比|比重|份额)$")
_YEAR_GOAL = re.compile(r"(?:年度|全年|年)(?:目标|计划|任务)")
_PEERS_BEFORE_RANK = re.compile(
    r"(?P<noun>[^\s，,。；;：:0-9０-９第前]{1,12}?)(?:中|之中)?(?:排名|排在|排|居|位居|位列|名列|列)?(?=[第前])"
)
_LEADING_BLANKS = re.compile("[ \u3000\t]*")
_RUN_GLUE = {"、", "和", "及", "与", "，", ","}
#: A project's name opening a clause: …项目, …工程, or a phase of one (…物流园二期, …（二期）项目).
_PROJECT = re.compile(
    r"([\u4e00-\u9fffA-Za-z（）()]{2,24}?(?:项目|工程|[（(]?[一二三四五六七八九十]期[）)]?(?:项目|工程)?))(?![数的])"
)
_COUNTED = ("count", "money", "measure")
#: Amounts a comparison can say changed (比上年多0.2天 as well as 比上年多开工146个).
_CHANGEABLE = (*_COUNTED, "time")
_MEMO_SIZE = 8192
_ABOVE_REACH = 10
_AVERAGE_BEFORE = frozenset("平人亩户")
_ABOVE_NOT_BEFORE = re.compile(r"[占比较于居在为与和及的对向从列超低高达]")
_ABOVE_NOT_AFTER = re.compile(r"[第前平均的各]")


class _Document(Protocol):
    name: str
    text: str
    report_year: int | None
    furniture: list[tuple[int, int]]
    title: str | None
    page_title: str | None


@dataclass(slots=True)
class _PlainDocument:
    name: str
    text: str
    report_year: int | None = None
    furniture: list[tuple[int, int]] = field(default_factory=list)
    title: str | None = None
    page_title: str | None = None


@dataclass(slots=True)
class _Fig:
    q: Quantity
    measure: str
    sign: int
    clause_start: int
    lead_start: int
    indicator: str = ""
    trailing: str = ""
    trailing_end: int = -1
    used_trailing: bool = False
    region_start: int = -1
    """Where the text this figure's 分别 / 均 may refer to starts (the clause, or after the figure before)."""
    run: int = 0
    """Index within its run of figures joined by 、 (0 for the first)."""
    records: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    """(indicator, period, subject) per record: several when 分别 / 均 distribute it."""
    carried: str = ""
    """The indicator of the figure before this one (what an unnamed figure after it may inherit)."""
    whole: str = ""
    """For an item of a 其中 list (问题7个，其中用地报批3个): the noun counted by the whole (问题)."""
    peer_of: str = ""
    """For the count of a rank's peers (在全省21个市（州）中排第4位): the region they are counted in."""
    undone: str = ""
    """For a part of a whole named by what its units have not done (未办结): that deed."""
    count_before: _Fig | None = None
    """The last count before this figure in its sentence (this figure itself when it is one)."""
    money_before: _Fig | None = None
    """The last amount of money before this figure in its sentence (this figure itself when it is one)."""
    owner: str = ""
    """The project an amount is the size of (总投资20亿元的某某项目): its subject."""
    year_goal: bool = False
    """An amount named by a plan word alone after another figure (…，完成全年目标任务500亿元的82.5%)."""
    share_of: str = ""
    """The name of the figure an amount is the whole of, written as a share (完成投资782亿元，占年度计划投资
    1136亿元的68.8%: the 1136's is 完成投资): what the share after it is of."""


@dataclass(slots=True)
class _Table:
    columns: list[Column]
    title: str
    key_is_subject: bool
    key_is_category: bool = False
    """项目类别: each row is a kind of what is counted (省重点项目), of the home."""
    kinds: list[str] = field(default_factory=list)
    skip_first: bool = False
    """序号｜项目名称｜…: the first column numbers the rows; the key is the next."""
    period: str | None = None
    """The period its section's heading names (…一览（累计完成为1—10月数）), over the passage's."""
    rank_first: bool = False
    """排名｜单位｜得分…: the first column ranks the rows; the key is the next."""
    order: str = ""
    """What its lead-in says the rows are ranked on (按投资完成率由高到低排序如下： → 投资完成率): then each
    column is named by its label, and a rank by that."""
    score: Column | None = None
    """Its score column (排名｜单位｜得分｜签约项目数): a ranking, each column named by its label, a rank by
    the score's."""
    output: str = ""
    """The noun a level column is headed by alone (产品名称｜…｜产量): what each row's key has of it."""
    row_unit: str | None = None
    """The unit the last row's label named (社零总额（亿元）): the unit of a row under it naming none."""
    row_base: str = ""
    """The name of the last row with a unit or a name (社会消费品零售总额, 限上零售额): a part row under it
    naming only a part of it (城镇) is that part; one naming a kind (＃汽车类) has its measure noun."""
    head: list[Cell] = field(default_factory=list)
    """Its header row's cells (a second header row under it is read with it)."""
    rows: int = 0
    """How many rows of figures it has had."""
    place_rows: int = 0
    """How many of them were keyed by a place of the profile (then a 合计 row is the home's sum)."""
    spaced: bool = False
    """Its columns are parted by one space (指标 单位 1—10月 增长%: a pdf's text layer)."""


class _RowKey(NamedTuple):
    """A table row's key cell, read: its last period, its name, its text cleaned, and the unit it
    names (a place of the profile as written, or a region by its form, when the whole key is one)."""

    mark: PeriodMark | None
    name: str
    cleaned: str
    place: str | None
    generic: str | None


class _Opening(NamedTuple):
    """How a line opens."""

    bullet: bool
    heading: bool


@dataclass(slots=True)
class _State:
    period: str | None
    subject: str
    run_names: list[str] = field(default_factory=list)
    run_subjects: list[str | None] = field(default_factory=list)
    indicator: str = ""
    """The passage's first amount or rate named: what a clause naming only its subject measures."""
    whole: str = ""
    """The last sentence's first amount named: the whole a sentence opening on 其中 gives parts of."""
    counted: str = ""
    """The last count named in the passage: what a breakdown (分地区看，甲区2个…) counts."""
    counted_period: str | None = None
    """The period of that count."""
    tasks: dict[str, str] = field(default_factory=dict)
    """Unit → the task a plan's count or size in that unit names (计划新建和改造农村公路420公里 → 公里:
    新建和改造农村公路): what a bare deed's figure in that unit later in the passage did (已完成388.5公里)."""
    named: str = ""
    """The last figure's name, kept across a line indented under a bulleted item: what that line's
    first figure measures when named by nothing or by an aspect alone (高出全市0.6个百分点 /
    总量居全市第1)."""
    under_item: bool = False
    """Is the passage a line indented under a bulleted item?"""
    opened: tuple[str | None] | None = None
    """The period the paragraph's first sentence with a figure left (a 1-tuple once set)."""


# serializable: ``read`` shallow-copies the reader (``copy.copy``), which a class compiled by mypyc
# (scripts/build_native.py) allows only with this flag; as pure Python the decorator does nothing.
# mypy_extensions is a dependency of its own (it is tiny), so the pure reader needs no mypy.
@mypyc_attr(serializable=True)
class Reader:
    """A compiled reader for one lexicon and one city profile; reuse it for many documents."""

    def __init__(self, lexicon: Lexicon, profile: CityProfile | None) -> None:
        self.lexicon = lexicon
        self.profile = profile
        self.finder = QuantityFinder(lexicon)
        self.columns = ColumnKinds(lexicon)
        self.unit_parent = {u.name: u.parent for u in profile.all_units()} if profile else {}
        self.code_names = {u.code: u.name for u in profile.all_units()} if profile else {}
        self.city_code = profile.city.code if profile else None
        self.first_parent: dict[str, str] = {}
        for unit in profile.all_units() if profile else ():
            if unit.parent is not None:
                self.first_parent.setdefault(unit.name, unit.parent)
        self.cues = MeasureCues(lexicon)
        self.periods = PeriodFinder(lexicon)
        self.subjects = Subjects(profile, lexicon)
        _add_home_words(self.subjects)
        self.namer = Namer(lexicon, self.subjects, self.periods)
        self._catalogue_names = frozenset(self.namer.catalogue.values())  # asked of names on every figure
        self.regions_at = RegionsAt(profile)
        # answers of pure look-ups, remembered by all they read (shared by the per-document copies)
        self._subject_items_of: dict[str, tuple[tuple[str | None, ...], str] | None] = {}
        self._period_items_of: dict[
            tuple[str, int | None, str | None, int | None], tuple[str, tuple[str | None, ...]] | None
        ] = {}
        self._not_name_start_of: dict[str, bool] = {}
        self._labels: dict[str, tuple[str, PeriodMark | None]] = {}
        self._own_names: dict[tuple[str, str, str], str] = {}
        self._row_keys: dict[str, _RowKey] = {}
        self.city = self.subjects.city
        self.doc_subject = self.city
        self.word_map: dict[str, str] = {}
        self._above_map: dict[str, str] | None = None
        self._above_memo: dict[tuple[str, str], tuple[str, int] | None] = {}
        self._above_words = _alternation([])
        self.published_year: int | None = None
        self.published_month: int | None = None
        self._week_ends: date | None = None
        self._window = (0, -1)
        self._spans: tuple[list[tuple[int, int]], list[int]] = ([], [])
        self._words_of = (-1, -1)
        self._words: tuple[int, list[tuple[int, int, str]]] = (0, [])
        self._item: tuple[int, int, str] | None = None
        self._plan = False
        self._plan_doc = False
        self._last_ranked = ""  # the name of the last rank read: what a change of places (前进3位) is in
        self._score_seen = (0, "")  # how far the report was searched for a named score, and the last found
        self._late_names: dict[int, str] = {}  # clause start → the units named after its quantity
        self._class_topic: tuple[int, int, str] | None = None  # (paragraph start, end, 省重点项目)
        self._last_class = ""  # the class of projects the document last named its figures by (市级重点项目)
        self._event: tuple[str, str] | None = None  # the batch event a report is about (集中开工)
        self._campaign_start = 0  # the month a campaign the report is on began (自8月1日启动), or 0
        self._section = ""  # the indicator a section's heading names (二、固定资产投资), or ""
        self.province = self.subjects.province
        mod = sorted_longest_first([m.word for m in lexicon.modality])
        self.modality_regex = re.compile("|".join(re.escape(w) for w in mod)) if mod else re.compile("(?!)")
        self.modality_values: dict[str, str] = {m.word: m.value for m in lexicon.modality}
        self._clause_modals = frozenset(m.word for m in lexicon.modality if m.clause)
        self._goal_words = tuple(m.word for m in lexicon.modality if m.value == "target")
        self.policy = re.compile("|".join(re.escape(w) for w in sorted_longest_first(lexicon.policy)))
        self.capacity = {c.word: c.indicator for c in lexicon.capacity}
        # what a capacity's project name runs on from: the deed, 的, or the company before it
        companies = [word for word, s in load_regions().suffixes.items() if s.kind == "company"]
        self._project_name_cuts = (*lexicon.project_verbs, "的", *companies)
        cap = sorted_longest_first(list(self.capacity))
        self.capacity_regex = re.compile("(?:" + "|".join(re.escape(w) for w in cap) + r")(?:能|达|为)?$")
        # a capacity word with its number, inside a project's name (年产12GW…项目)
        self.capacity_in_name = re.compile(
            "(?:" + "|".join(re.escape(w) for w in cap) + r")[0-9０-９.]+[^，,。；;、]*$"
        )
        ends = sorted_longest_first(lexicon.item_name_ends)
        # a rated power running on into a project's name, up to its project-like noun (150兆瓦…光伏电站)
        self._rated_name = re.compile(
            r"[\u4e00-\u9fffA-Za-z]{1,14}?(?:" + "|".join(re.escape(w) for w in ends) + ")"
            if ends
            else "(?!)"
        )
        rated = sorted_longest_first(list(lexicon.rated_units))
        self._rated_in_name = re.compile(
            r"[0-9０-９.]+(?:" + "|".join(re.escape(w) for w in rated) + r")[^，,。；;、]*$"
            if rated
            else "(?!)"
        )
        self._item_end = re.compile("|".join(re.escape(w) for w in ends) if ends else "(?!)")
        self.capacity_object = re.compile(
            "(?P<w>" + "|".join(re.escape(w) for w in cap) + r")(?![值量额])[\u4e00-\u9fff]{1,6}$"
        )  # 年处理废旧电池3万吨: the thing handled between the word and the number
        self.annual = {e.name: e.accumulation == "annual" for e in lexicon.indicators}
        self.rank_cue = re.compile("|".join(re.escape(w) for w in sorted_longest_first(lexicon.rank_cues)))
        self.same_period = sorted_longest_first(lexicon.same_period)
        region_words = [
            w for w, (_n, k) in self.subjects.names.items() if k in ("province", "city", "region")
        ]
        groups = sorted_longest_first([*region_words, *lexicon.peer_groups])
        self.rank_region_end = re.compile("(?:" + "|".join(re.escape(w) for w in groups) + r")(?:平均)?$")
        self.connective = _alternation(lexicon.connectives)
        labels = _alternation(lexicon.paragraph_labels).pattern
        self.paragraph_label = re.compile(rf"{labels}[一二三四五六七八九十0-9０-９]{{1,2}}[：:]")
        self.dist_words = _alternation(lexicon.distribution)
        self.ordered_words = _alternation(lexicon.ordered_distribution)
        #: 新增, 新认定 …: a deed adding units, after 今年 (今年新增入规企业18家): the units added so far
        self._new_unit_deeds = tuple(w for w in lexicon.keep_verbs if w.startswith("新"))
        self.continues = re.compile(r"\s*" + _alternation(lexicon.continuation).pattern)
        self.keep_verbs = frozenset(lexicon.keep_verbs)
        self._goal_tails = tuple(lexicon.goal_tails)
        self._task_plans = _alternation(lexicon.task_plans)
        self._task_plan_nouns = tuple(
            (n, n.find(w)) for n in lexicon.task_plan_nouns for w in lexicon.task_plans if w in n
        )
        self._task_done = _alternation(lexicon.task_done_marks)
        # 计划改造老旧小区86个 / 年度目标为新增就业1.1万人: a plan word, with its copula or not, opens a task
        self._plan_openers = tuple(
            sorted_longest_first([*lexicon.plan_words, *(w + "为" for w in lexicon.plan_words)])
        )
        self._task_deeds = frozenset(lexicon.task_deeds)
        self._bare_words = frozenset(lexicon.bare_words)
        self._bare_deeds = frozenset(lexicon.bare_deeds)
        self._deed_starts = tuple(lexicon.bare_deeds)
        self._deed_manners = tuple(sorted_longest_first(lexicon.deed_manners))
        self._benefactives = _alternation(lexicon.benefactives) if lexicon.benefactives else None
        self._cell_qualifiers = tuple((e.word, e.value) for e in lexicon.qualifiers if e.position == "after")
        self._deed_names: dict[str, tuple[str, str | None]] = {}
        self.not_name_start = _alternation(lexicon.not_name_start)
        self._class_comparators = tuple(w for w in lexicon.comparators if len(w) > 1)  # (比 in 比重)
        # 县市区、园区: the names of groups of places, and lists of them (what a count of places counts)
        unit_groups = _alternation([*self.columns.words.get("place_key", ()), *self.namer.naming.set_tails])
        self._unit_set = re.compile(f"(?:{unit_groups.pattern})(?:[、和及与](?:{unit_groups.pattern}))*")
        yard = _alternation(lexicon.yardstick_words).pattern
        self.yardstick = re.compile(f"^(?:{yard})+")
        averages = [w for w in lexicon.yardstick_words if w.startswith("平均")]
        self.yardstick_tail = re.compile(f"(?:{_alternation(averages).pattern})$")  # …平均水平
        self.not_an_indicator = re.compile(f"^(?:{yard}|[0-9.])")
        self.project_generic = _alternation(lexicon.project_generic)
        self.project_verbs = _alternation(lexicon.project_verbs)
        self.role_nouns = _alternation(lexicon.role_nouns)
        self.purpose_verbs = tuple(lexicon.purpose_verbs)
        self.multi_years = _alternation(lexicon.multi_year_words)
        self.five_years = _alternation(lexicon.five_year_words)
        self.beneficiaries = _alternation(lexicon.beneficiary_words)
        self.rate_endings = sorted_longest_first(list(lexicon.rate_bases))
        caps = [w.word for w in lexicon.qualifiers if w.value == "under" and w.word.startswith("最")]
        self.cap_words = re.compile(f"(?:{_alternation(caps).pattern})(?!的)")  # 最高, 最多: not 最高的
        subsidy = _alternation(lexicon.subsidy_nouns).pattern
        self.subsidy_rate = re.compile(f"(?:{_alternation(lexicon.give).pattern})(?P<noun>{subsidy})")
        self.subsidy = re.compile(subsidy)
        self.item_head = item_pattern(lexicon.item_markers)
        self.list_mark = list_mark_pattern(lexicon.item_markers)
        self.late_qualifier = LateQualifier(lexicon)
        kinds = {u.name: u.kind for u in profile.all_units()} if profile else {}
        self._units = frozenset(kinds)
        self._departments = frozenset(n for n, k in kinds.items() if k == "department")
        self._issuers: frozenset[str] = frozenset()
        #: The units whose investment is a flow of a period (a county's, a park's), not one project's life
        #: total: all but companies (a company's 总投资 is its project's).
        self._places = frozenset(n for n, k in kinds.items() if k != "company")
        #: the nouns a count counts (项目, 企业, 问题 …), as one alternation
        self._whole_nouns = _alternation(lexicon.whole_nouns).pattern
        self._note_kinds: dict[str, str | None] = {}  # unit note's unit → the kind of amount it measures
        # 都昌县, 均州镇: a distribution word inside a unit's name, and where in the name it stands
        names = {n for u in profile.all_units() for n in (u.name, *u.aliases)} if profile else set()
        self._dist_in_names = [
            (n, k) for n in names for w in lexicon.distribution if w and (k := n.find(w)) >= 0
        ]
        self.rate_words = _alternation(
            [c.word for c in lexicon.cues if c.measure == "growth" and c.applies == ("percent",)]
        )
        self.speaker_words = _alternation(lexicon.speaker_words)
        self.bad_mark_before = re.compile(
            r"(?:比|较|占|同|于|超|从|自|至|到|截至|截止|与)(?:去年|上年|今年|同期)?\s*$"
        )
        self._entering = re.compile("(?:" + _alternation(lexicon.entering_words).pattern + r")\s*$")
        self._heads = tuple(self.namer.heads)  # what a name that holds an amount ends in (收入, 投资)
        #: a category after an amount (…10亿元的企业): after a threshold verb, the amount is no figure
        self._category_threshold = re.compile(
            r"(?:及以上|以上)?的[\u4e00-\u9fff]{0,4}?" + _alternation(lexicon.generic_nouns).pattern
        )
        #: whole-year words of the report's year (全年, 今年): 今年计划投资12亿元 is this year's plan
        self.year_words = tuple(e.word for e in lexicon.periods if e.months == (1, 12) and e.year == 0)
        self.bad_mark_after = re.compile(
            r"^(?:目标|任务|计划|比重|同期|平均(?![，,])|水平|的(?![0-9０-９])|底|末|初)"
        )
        # one regex scan proves that none of a word list is in a stretch (the usual case) before the
        # word-by-word rfind that finds the last one
        self.once_done_regex = _alternation(lexicon.once_done_words)
        self.week_regex = _alternation(lexicon.week_words)
        #: a clause opening on a plan (计划新建…, 全年计划实施…): what it sets out is the year's plan
        self._plan_clause = re.compile(
            r"\s*(?:"
            + _alternation(self.year_words).pattern
            + r")?(?:"
            + _alternation(lexicon.plan_leads).pattern
            + r")(?!"
            + _alternation(lexicon.plan_clause_keeps).pattern
            + ")"
        )
        #: a column of the year's plan (本年计划投资（亿元）): the year's, whatever the table's period
        self._year_plan_label = _alternation(lexicon.year_plan_labels)
        #: what a unit named after its quantity is followed by (增速沁水县最快)
        self._late_marks = _alternation([*lexicon.superlatives, *_LATE_PLACE_WORDS])
        forms = "|".join(f"(?:{f})" for f in lexicon.group_forms) or "(?!)"
        #: a named group of places right before a rank (珠三角九市中排), the group in ``g``
        self._named_group = re.compile(
            rf"(?<![\u4e00-\u9fff])(?:在|于|居|位居|位列)?(?P<g>[\u4e00-\u9fff]{{1,4}}?(?:{forms}))"
            r"(?:中|之中)?(?:排名|排在|排|居|位居|位列|列)?\s*$"
        )
        #: the scores a table's columns are named by (综合得分, 考核得分), but the bare 得分 a 分 figure
        #: named by nothing takes (attribution.yaml unit_names)
        self._plain_score = lexicon.unit_names.get("分", "")
        self._score_move_words = tuple(sorted_longest_first(list(lexicon.score_moves)))
        self._score_names = _alternation(
            [
                w
                for w in lexicon.table_columns.get("score", ())
                if w.endswith(self._plain_score or "分") and w != self._plain_score
            ]
        )
        # 本周，… / 本周收集的问题中，…: a paragraph opening on the week (not on its running total, 本周累计)
        self._week_lead = re.compile(
            r"[ \t\u3000]*(?:"
            + self.week_regex.pattern
            + "[，,]|"
            + _alternation(lexicon.this_week_words).pattern
            + "(?!"
            + _alternation(lexicon.week_to_date).pattern
            + r"|[以止]))"
        )
        words = "|".join(map(re.escape, sorted_longest_first(lexicon.campaign_words)))
        starts = "|".join(map(re.escape, sorted_longest_first(lexicon.campaign_starts)))
        date = r"(?P<{}>\d{{1,2}})\s*月\s*\d{{1,2}}\s*[日号]"
        # 攻坚行动自8月1日启动 / 百日会战于9月1日正式开始 / 9月1日，全区百日会战全面启动
        self.campaign_regex = re.compile(
            rf"(?:{words})[^。\n]{{0,12}}?[自于从]\s*{date.format('month')}[^。，,\n]{{0,4}}?(?:{starts})"
            rf"|{date.format('month2')}[，,\s]*[^。\n]{{0,16}}?(?:{words})[^。，,\n]{{0,4}}?(?:{starts})"
            if lexicon.campaign_words and lexicon.campaign_starts
            else "(?!)"
        )
        self.anaphors = tuple(sorted_longest_first(list(lexicon.name_anaphors)))

    # ---- document level ---------------------------------------------------------------------------

    def read(self, doc: _Document) -> Iterator[FigureMention]:
        """The figure mentions of one document, in reading order."""
        # per-document state lives on a shallow copy, so that two documents can be read interleaved
        yield from copy.copy(self)._read(doc)

    def _read(self, doc: _Document) -> Iterator[FigureMention]:
        text = doc.text
        year = doc.report_year if doc.report_year is not None else infer_report_year(text)
        published = getattr(doc, "published_on", None)
        self.published_year = published.year if published is not None else year
        self.published_month = published.month if published is not None else None
        furniture = _Spans(doc.furniture)
        self._last_class = ""
        zone = headline_zone(text, furniture)  # its lines, and where the body starts
        self._head_end = zone[1]
        self._event = self._batch_event(f"{doc.page_title or ''}\n{zone[0]}")
        # 第44周（10月25日—10月31日）: the week a weekly note is on, whose month its week's figures are
        self._week_ends = week_end(zone[0].split("\n")[:8]) if year is not None else None
        doc_period = self._document_period(doc, year, zone)
        self._campaign_start = self._campaign_month(text, zone[1], year, doc_period)
        if self._campaign_start and doc_period is not None:
            # 攻坚行动自8月1日启动…截至10月31日: the campaign's span, not the year's
            doc_period = format_period(int(doc_period[:4]), self._campaign_start, int(doc_period[-2:]))
        self.doc_subject = self._document_subject(doc, zone[0])
        self._sets: dict[tuple[float, str], str] = {}  # (count, noun) → the set it counts (区级重点项目)
        self._deed_names = {}  # a bare deed (接待) → the last name it opened here (接待游客), and its unit
        self._renamed: tuple[int, dict[str, str]] = (-1, {})  # a sentence's names given a set's name
        self.word_map = {}
        if home_subject is not None and home_word_subjects is not None:
            head = text[:_HOME_CHARS]  # the opening says what a report is about; bounded cost per document
            if doc.title:
                head = doc.title + "\n" + head  # the title, found past any page furniture, leads
            home = home_subject(head, self.profile)
            if home.name:
                self.doc_subject = home.name
                self.word_map = dict(home_word_subjects(head, self.profile, home))
        # the offices named in the opening lines (编印单位：市推进中心 / 某专班办公室编): the report's issuers
        issuer_lines = "\n".join(text[:_ISSUER_CHARS].split("\n")[:4])
        self._issuers = frozenset(
            self.subjects.names[m.group()][0]
            for m in self.subjects.regex.finditer(issuer_lines)
            if self.subjects.names[m.group()][0] in self._departments
        )
        self._window = (0, -1)
        # a plan for a year (《2026年工作要点》): its figures are goals, but in a section looking back
        self._plan_doc = is_plan_title(doc.title or zone[0].lstrip().split("\n", 1)[0])
        self._last_ranked = ""
        self._score_seen = (0, "")
        self._late_names = {}
        self._plan = self._plan_doc
        self._section = ""
        self._unit_note = ""  # 二、重点项目进展（单位：亿元）: the unit a section's bare amounts are in
        self._chain = ""  # （一）油气化工产业链。: the chain a numbered item is about
        section_period = doc_period  # the period a section's heading names (二、10月当月情况), else the doc's
        state = _State(doc_period, self.doc_subject)
        prev_line = ""
        prev = (0, 0)  # the span of the line before (a table's title)
        prev_opening = _Opening(False, False)
        table: _Table | None = None
        last_title = ""  # the title of the last table begun, which a 续表 goes on with
        lines = Lines(_lines_to_read(text, furniture))
        stacks: dict[int, Stack] = {}  # the table written one cell to a line being read, by its rows' starts
        stacked_to = -1
        k = -1
        while lines.has(k + 1):
            k += 1
            ps, pe = lines[k]
            lines.release(k)
            if ps < stacked_to:
                continue  # a line of a row written one cell to a line, read with its row
            line = text[ps:pe]
            stack = stacks.get(ps)
            if stack is None:
                stacks = stack_at(text, lines, k, self.columns)  # a table one cell to a line, from here?
                stack = stacks.get(ps)
            if stack is not None:
                stacked_to = stack.end
            heading = is_section_head(line)
            if heading:
                self._unit_note = ""
            note = _UNIT_NOTE.search(line) if "单位" in line else None
            if note is not None:
                # （单位：亿元、%）: the amounts' unit (a rate column's % is read from its label)
                unit = next((u for u in re.split(r"[、，,/]", note["unit"]) if u not in ("%", "％")), "")
                if unit and self._note_kind(unit) is not None:
                    self._unit_note = unit
            if heading:
                self._plan = plan_heading(line, self.lexicon.plan_sections) or (
                    self._plan_doc and not plan_heading(line, self.lexicon.review_sections)
                )
                self._section = self.namer.heading_name(_without_lead(line.strip()))
                section_period = self._heading_period(text, ps, pe, year, doc_period)
            spaced = (
                False
                if stack is not None
                else (table.spaced if table is not None else self._spaced_head(text, ps, pe, line))
            )
            if (
                stack is not None
                or spaced
                or "\t" in line
                or "  " in line
                or "\u3000" in line
                or "|" in line
                or "｜" in line
            ):
                split = split_spaced if spaced else split_cells
                cells = list(stack.cells) if stack is not None else split(text, ps, pe)
                skip_first = len(cells) >= 3 and (
                    self.columns.is_ordinal(cells[0].text)
                    or (table is None and self._groups_units(cells[0].text, cells[1].text))
                )
                if skip_first:
                    # 序号｜项目名称｜…: the numbering column says nothing; 类别｜单位｜…: nor the group's
                    cells = cells[1:]
                if table is not None and table.rank_first and len(cells) >= 3:
                    cells = [cells[1], cells[0], *cells[2:]]  # 1｜梨树县｜94.6: the key, then its rank
                elif (
                    table is None
                    and len(cells) >= 3
                    and self.columns.role(cells[0].text) == "rank"
                    and self.columns.role(cells[1].text) in ("key", "unit")  # 单位: here the unit ranked
                ):
                    cells = [cells[1], cells[0], *cells[2:]]  # 排名｜单位｜得分: a ranking keyed by its units
                    rank_first = True
                else:
                    rank_first = False
                units_row = (
                    table is not None
                    and not table.rows
                    and bool(table.head)
                    and bool(cells)
                    and all(UNIT_ONLY.fullmatch(c.text) for c in cells)
                )
                if units_row or (
                    len(cells) >= 2
                    and (self.columns.is_header(cells) or self._periods_head(cells))
                    # 73个项目集中开工　总投资486.2亿元 in the headline: its phrases, no header
                    and not (pe <= self._head_end and states_amount(cells))
                ):
                    raw = cells
                    if units_row and table is not None:
                        cells = _units_under(text, table.head, cells)  # （亿元）  （%）: under their labels
                    else:
                        cells = self._under_head(table, cells)
                    # (a second header row merged with the first keeps the first's title)
                    title = table.title if table is not None and cells is not raw else prev_line.strip()
                    if title.startswith(tuple(self.columns.words.get("continued", ()))):
                        title = last_title  # 续表: the table the page broke, going on
                    key_label = cells[0].text
                    columns = self.columns.columns(cells)
                    for col in columns[1:]:
                        mark = self.periods.word(strip_brackets(col.label).strip())
                        if col.role == "other" and mark is not None:
                            col.role = "level"  # a column headed 1-4月 holds the period's amounts
                    self._title_rates(title, columns)
                    last_title = title
                    table = _Table(
                        columns,
                        title,
                        self.columns.key_is_subject(key_label),
                        self.columns.key_is_category(key_label),
                        skip_first=skip_first,
                        period=self._table_period(text, title, prev, section_period, year, doc_period),
                        rank_first=rank_first,
                        order=self.namer.naming.ordered_by(title),
                        score=_ranked_score(columns, self.columns.words.get("score", ())),
                        head=cells,
                        spaced=spaced,
                        output=next(
                            (
                                h
                                for c in columns
                                if c.role == "level"
                                for h in (strip_brackets(c.label).strip(),)
                                if h in self._heads
                            ),
                            "",
                        ),
                    )
                    continue
                if table is not None and skip_first != table.skip_first:
                    # a row: its own cells, as the table reads them
                    cells = list(stack.cells) if stack is not None else split(text, ps, pe)
                    if table.skip_first and not (cells and self.columns.is_total(cells[0].text)):
                        cells = cells[1:]  # 1｜某某项目｜…: the row's number (合计｜｜…: the total's key)
                if table is not None and cells and all(_RULE_CELL.match(c.text) for c in cells):
                    continue  # | --- | --- |: a markdown table's rule
                if table is not None and len(cells) >= 2 and any(is_number_cell(c.text) for c in cells[1:]):
                    table.rows += 1
                    yield from self._table_row(text, cells, table, state, year, doc.name)
                    continue
            elif table is not None and _GROUP_ROW.fullmatch(line.strip()) and _row_follows(text, pe):
                continue  # 县（市、区） / 一、工业: a row naming the group of the rows under it, in the table
            table = None
            # whether a line opens with a bullet or a heading is asked of it twice, as this line and
            # as the next one's previous line: found once
            opening = _Opening(_BULLET.match(line) is not None, _HEADING.match(line) is not None)
            if not self._runs_on(prev_line, line, prev_opening, opening):
                keeps = self._keeps_period(prev_line, line, prev_opening, opening)
                keep = state.period if keeps else section_period
                if (
                    keep is not None
                    and keep.isdigit()  # the whole year
                    and keep != section_period
                    and state.opened is not None
                    and state.opened[0] == section_period
                ):
                    # 农林牧渔业总产值…。今年粮食播种面积…: a later sentence turning to the whole year, away
                    # from the report's period, holds for its own paragraph only (今年…年度计划…。1—6月，…:
                    # a turn to the report's period holds for the next)
                    keep = section_period
                if keep != section_period and self._turns_topic(text, ps, pe):
                    keep = section_period  # 另据了解… / 澄水县在…: another topic, not the last one's period
                if keep != section_period and _one_month(keep) and not _one_month(section_period):
                    keep = section_period  # 10月当月 / 10月末 hold for their paragraph, not for the next
                under_item = self._under_item(line, prev_opening, opening)
                named = state.named if under_item else ""
                state = _State(keep, self.doc_subject)
                state.indicator, state.named, state.under_item = self._section, named, under_item
                lead_in = _INLINE_HEADING.match(line)
                if lead_in is not None and (topic := self.namer.heading_name(lead_in["h"])):
                    state.indicator = topic  # 一、地区生产总值。从总量看，…: what the item's figures measure
            prev_line = line
            prev = (ps, pe)
            prev_opening = opening
            # 二、2026年主要目标…: under a heading naming another whole year, that year is the paragraphs' own
            para_year = (
                int(section_period) if section_period is not None and section_period.isdigit() else year
            )
            yield from self._paragraph(text, ps, pe, state, para_year, doc_period, doc.name, furniture)

    def _periods_head(self, cells: list[Cell]) -> bool:
        """指标｜11月｜｜1—11月｜: a key column's label, then periods alone (a unit's column may stand among
        them): a header, whose periods a second row under it splits (｜绝对数｜增长%｜绝对数｜增长%)."""
        if len(cells) < 3 or self.columns.role(cells[0].text) != "key":
            return False
        periods = 0
        for cell in cells[1:]:
            if self.periods.word(strip_brackets(cell.text).strip()) is not None:
                periods += 1
            elif self.columns.role(cell.text) != "unit":
                return False
        return periods >= 2

    def _spaced_head(self, text: str, ps: int, pe: int, line: str) -> bool:
        """A header whose labels are parted by one space, over a row parted so (指标 单位 1—10月 增长%
        over 规模工业增加值 亿元 — 7.4): a table as a pdf's text layer gives it, its cells joined by one
        space. Prose has single spaces too, so it takes a header of short labels, three or more, and a
        first row of as many cells, numbers past its first."""
        if " " not in line.strip() or "\t" in line or "  " in line.strip():
            return False
        cells = split_spaced(text, ps, pe)
        if len(cells) < 3 or any(len(c.text) > _SPACED_LABEL for c in cells):
            return False
        if not self.columns.is_header(cells):
            return False
        nxt = text.find("\n", pe)
        if nxt < 0:
            return False
        row_end = text.find("\n", nxt + 1)
        row = split_spaced(text, nxt + 1, len(text) if row_end < 0 else row_end)
        if abs(len(row) - len(cells)) > 1:
            return False
        return sum(is_number_cell(c.text) for c in row[1:]) >= 1 and all(
            is_number_cell(c.text)
            or is_empty_cell(c.text)
            or is_percent_cell(c.text)
            or not _DIGIT_IN_TEXT.search(c.text)
            for c in row[1:]
        )

    def _under_head(self, table: _Table | None, cells: list[Cell]) -> list[Cell]:
        """A second header row right under the first (指标｜单位｜10月｜1—10月, then ｜｜绝对数｜增长%｜…):
        the labels of the first row's last cells (those after its key and unit columns) each span some of
        the second's (``spans_of``: as many each, or 地区生产总值｜社零 over 增速｜位次｜总量｜增速｜位次),
        and each column is labelled by both (10月绝对数, 10月增长%); else ``cells``."""
        if table is None or table.rows or not table.head:
            return cells
        top = table.head
        lead = 1
        while lead < len(top) and self.columns.role(top[lead].text) in ("unit", "key"):
            lead += 1
        spanning = top[lead:]
        below = cells
        if [c.text for c in below[:lead]] == [c.text for c in top[:lead]]:
            below = below[lead:]  # the second row repeats the first's leading labels
        spans = spans_of(len(spanning), [c.text for c in below], self.columns)
        if spans is None:
            return cells
        merged: list[Cell] = []
        for label, span in zip(spanning, spans, strict=True):
            for sub in below[len(merged) : len(merged) + span]:
                merged.append(Cell(sub.start, sub.end, label.text.strip() + sub.text.strip()))
        return [*top[:lead], *merged]

    def _groups_units(self, first: str, second: str) -> bool:
        """类别｜单位｜综合得分: a first column naming the group of the units the second names (县（市、区）,
        开发区), in a table whose rows are those units."""
        second_role = self.columns.role(second)  # (项目数（个）: a count of the kinds, no key)
        return self.columns.key_is_category(first) and (
            second_role == "unit" or (second_role == "key" and self.columns.key_is_subject(second))
        )

    def _title_rates(self, title: str, columns: list[Column]) -> None:
        """县区主要指标增速（%） over 县区｜规上工业增加值｜固定资产投资｜社零: a title naming a rate in %
        makes each column that only names a quantity (no rate word, no unit of its own) that rate of it."""
        if _PERCENT_TITLE.search(title) is None:
            return
        role = self.columns.role(strip_brackets(title))
        if role not in ("growth", "ratio"):
            return
        for col in columns[1:]:
            if col.role in ("level", "other") and col.unit is None and self.namer.trim(col.label):
                col.role, col.unit = role, "%"

    def _table_row(
        self, text: str, cells: list[Cell], table: _Table, state: _State, year: int | None, doc_name: str
    ) -> Iterator[FigureMention]:
        """The figures of one row of a table-like block."""
        key = cells[0]
        values = cells[1:]
        columns = table.columns[1:]
        if len(values) != len(columns):
            # align from the right: a missing cell is usually a leading one
            columns = columns[-len(values) :] if len(values) < len(columns) else columns
            values = values[-len(columns) :]
        row_key = self._row_key(key.text)
        named_by = next((c for c, col in zip(values, columns, strict=False) if col.role == "name"), None)
        part = self._part_row(text, key)
        period = table.period or state.period
        stock_row = False
        if row_key.mark is not None:
            period = self._mark_value(row_key.mark, year, state.period)
            # 本外币存款余额（10月末）: a stock at the month's end, whatever period the columns are headed by
            stock_row = _month_end(key.text, row_key.mark)
        subject = state.subject
        group_of = ""  # 县（市、区）合计: the group of places a total row sums, which names its figures
        base = titled = ""  # titled: the name the table's title gives its rows' figures
        kind = ""
        if row_key.place is not None:
            subject = self.word_map.get(row_key.place, self.subjects.names[row_key.place][0])
            base = titled = self._title_indicator(table.title)
            table.place_rows += 1
        elif row_key.generic is not None:
            subject = row_key.generic  # a county or park the profile does not know, named by its form
            base = titled = self._title_indicator(table.title)
        elif table.key_is_category:
            kind = row_key.cleaned
            if self.columns.is_total(kind):
                kind = _common_tail(table.kinds)  # 合计 of 省重点项目, 市重点项目: 重点项目
            else:
                table.kinds.append(kind)
        elif table.key_is_subject and self.columns.is_total(row_key.cleaned):
            # 合计｜｜156.3｜…: the rows' sum, the passage's subject's; of rows that were the home's places
            # (县区｜开工项目数 …), the home's, whichever place the passage last named
            if table.place_rows and self.doc_subject:
                subject = self.doc_subject
        elif table.key_is_subject and (whole := self._total_of(row_key.cleaned)):
            subject = whole  # 全市合计｜58.6｜…: the sum of the rows, the place the key names
            base = titled = self._title_indicator(table.title)
            group = self._total_head(row_key.cleaned)
            if group in self.columns.words.get("place_key", ()):
                group_of = group  # 县（市、区）合计: the home's, of its places only (市直 projects aside)
        elif table.key_is_subject:
            subject = row_key.cleaned
            yield from self._key_capacity(text, key, subject, doc_name)
        else:
            base = self.namer.canonical(row_key.name)
            if table.output and base and not base.endswith((*self._heads, table.output[-1])):
                # 产品名称｜…｜产量: 饲料 → 饲料产量 (发电量, a quantity of its kind already, stays)
                base = self.namer.canonical(base + table.output)
            elif (
                part and (whole := self.namer.naming.share_tail(row_key.name, table.row_base)) != row_key.name
            ):
                base = self.namer.canonical(whole)  # 社零总额 　城镇 → 城镇消费品零售额 (the catalogue's)
            elif (
                part
                and row_key.name
                and not row_key.name.endswith(self._heads)
                and (head := next((h for h in self._heads if table.row_base.endswith(h)), ""))
            ):
                # （限上零售额） ＃汽车类 → 汽车类零售额; 固定资产投资 　第一产业 → 第一产业投资 (the
                # part's own words, not the catalogue's 第一产业 → 第一产业增加值)
                base = self.namer.canonical(row_key.name + head)
        if named_by is not None and (named_key := self._row_key(named_by.text).name):
            # 县市区｜指标｜…: the place, then what the row measures (规上工业增加值（亿元）), as a key would
            base, titled, key = self.namer.canonical(named_key), "", named_by
        # 地区生产总值（亿元）｜1596.8: the unit the row's label names (某某院区（二期）: a phase, no unit);
        # a row naming one that is not a part sets the unit (and the measure noun) of the part rows under it
        named = label_unit(key.text)
        if named is not None and self._note_kind(named) is None:
            named = None
        if named is not None and not part:
            table.row_unit = named
        if not part and (named is not None or base):
            table.row_base = base  # the row the part rows under it are parts of, unit or none (固定资产投资)
        unit: str | None = None
        for cell, col in zip(values, columns, strict=False):
            if col.role == "unit" and not is_number_cell(cell.text):
                unit = cell.text
        label_period: str | None = None
        score = table.score
        for cell, col in zip(values, columns, strict=False):
            if col.role not in ("level", "target", "score", "growth", "ratio", "rank", "diff", "move"):
                continue
            label, label_mark = self._column_label(col.label)
            col_period = period
            if label_mark is not None:
                col_period = self._mark_value(label_mark, year, period)
                label_period = col_period
            elif (
                strip_brackets(label).strip().startswith(self.columns.to_date)
                and period is not None
                and len(period) == 7
            ):
                # 本月｜增速｜累计｜增速 in a month's table (a week's: 累计完成（亿元）): January to the month
                col_period = label_period = format_period(int(period[:4]), 1, int(period[5:]))
            elif self.week_regex.search(label) is not None and (week := self._week_month()) is not None:
                col_period = week  # 1—10月产值｜本周开工率（%）: the week's, in the week's month
            elif col.role in ("ratio", "growth", "diff") and label_period is not None:
                col_period = label_period  # 10月｜1—10月｜同比增长（%）: the rate of the amounts before it
            if (
                (label.startswith("年度") and col.role in ("level", "score"))
                or col.role == "target"
                or (col.role == "level" and self._year_plan_label.match(label))
            ) and label_mark is None:
                col_period = str(year) if year is not None else col_period  # 全年目标: the year's goal
                named_year = _YEAR_IN_LABEL.search(col.label)
                if col.role == "target" and named_year is not None:
                    col_period = named_year.group(1)  # 2026年目标, in a review of 2025: the next year's
                    label_period = col_period  # …｜2026年目标｜增长（%）: the growth the goal sets
            if stock_row and col.role in ("level", "growth"):
                col_period = period
            place = rank_cell_value(cell.text) if col.role == "rank" else None
            cell_text, qualifier = (
                self._cell_qualifier(cell.text) if col.role not in ("rank", "move") else (cell.text, None)
            )
            if place is not None:
                value = float(place)  # 全区排位 | 第9位: the ordinal is the rank
            elif col.role == "move":
                moved = move_cell_value(cell.text)  # 较上月升降 | ↑1: the rank's move; — none
                if moved is None:
                    continue
                value = float(moved)
            elif is_empty_cell(cell.text):
                continue
            elif col.role in ("growth", "ratio") and is_percent_cell(cell_text):
                value = cell_value(cell_text.rstrip("%％").rstrip())  # 完成率 | 77.0%
            elif not is_number_cell(cell_text):
                continue
            else:
                try:
                    value = cell_value(cell_text)
                except ValueError:
                    continue
            indicator = base if score is None and not table.order else ""
            if indicator and titled:
                own = self._column_name(col, columns, label, table, kind)
                if own and (
                    self._names_own_quantity(own, label)
                    or (own.endswith(self._heads) and not base.endswith(self._heads))
                    or self._bare_project_count(own)
                ):
                    # 在建项目数｜年度计划投资｜1—5月完成｜完成率 under a title of the projects' investment:
                    # each column's own quantity, of the title's class of projects when it names one;
                    # 一季度产值 under 重点企业生产情况, a title naming no quantity: the column's
                    indicator = self._of_title_class(base, own)
            if not indicator:
                indicator = self._column_name(col, columns, label, table, kind)
            indicator = self._event_name(indicator, subject)
            if group_of and indicator and not indicator.startswith(group_of):
                indicator = group_of + indicator
            if col.role == "level" and indicator.endswith(self.lexicon.set_totals):
                col_period = None  # a 总投资 column: the projects' life totals, in no period
            elif (
                col.role == "level"
                and label_mark is None
                and not label.startswith("年度")
                and not self._year_plan_label.match(label)
                and indicator in self.lexicon.lifetime_indicators
                and self._is_project(subject)
            ):
                # 项目名称｜…｜计划投资（亿元）: what each project is to cost, over its life
                col_period = None
            measure = {"target": "level", "score": "level", "move": "change"}.get(col.role, col.role)
            if measure == "level" and (rate_row := _RATE_ROW.search(key.text)):
                # 地区生产总值增速（%）｜6左右｜5.4: a row of rates, a growth when its label says so;
                # 地区生产总值（增长%） / 单位能耗（降低%）: the rate word in the brackets says it, and
                # its sign
                bare_key = strip_brackets(key.text).strip()
                said = self.cues.by_word.get(rate_row["word"].strip())
                if said is not None and said.measure == "growth":
                    measure, value = "growth", value * said.sign
                else:
                    rate_word = rate_row["word"].strip() or bare_key
                    measure = "growth" if self.columns.role(rate_word) == "growth" else "ratio"
            rec_unit: str | None
            reference: str | None = None
            if measure == "rank":
                rec_unit = None
                value = float(int(value))
                parent = self.unit_parent.get(subject)
                reference = self.city if parent == self.city_code else self.province or None
                if parent is None and subject != self.doc_subject and self.doc_subject:
                    reference = self.doc_subject  # a unit the profile does not know, in the home
            elif measure in ("growth", "ratio"):
                rec_unit = "%"
            elif col.role == "move":
                # 排名｜较上月升降 | ↑1: places gained since the ranking the label compares with
                rec_unit = "位"
                comp = self.namer.comparison_ref(strip_brackets(col.label))
                reference = self._compared_ref(comp, indicator, subject, year, col_period) if comp else None
            elif measure == "diff":
                # 1—10月增速（%）｜比1—9月增减（百分点）: points against what the label compares with
                rec_unit = col.unit or "百分点"
                comp = self.namer.comparison_ref(strip_brackets(col.label))
                reference = self._compared_ref(comp, indicator, subject, year, col_period)
            else:
                # the column's unit, the row's, a unit note's (（单位：亿元、%）), or the rows above's
                rec_unit = (
                    col.unit
                    or unit
                    or named
                    or self.columns.count_unit(col.label)
                    or self._unit_note
                    or table.row_unit  # 社零总额（亿元）… then 　城镇｜338.9: the unit of the rows above
                    or None
                )
                if col.role == "score":
                    rec_unit = col.unit or "分"
            if measure == "rank" and indicator:
                self._last_ranked = indicator
            yield FigureMention(
                doc=doc_name,
                start=cell.start,
                end=cell.end,
                text=text[cell.start : cell.end],
                measure=measure,
                value=value,
                unit=rec_unit,
                qualifier=qualifier,
                subject=subject,
                indicator=indicator,
                period=col_period,
                reference=reference,
                modality="target" if col.role == "target" else None,
            )

    def _column_name(self, col: Column, columns: list[Column], label: str, table: _Table, kind: str) -> str:
        """What a table column's cells measure, by its label (``label``: the period taken out), the table's
        ranking and the row's kind."""
        score = table.score
        if col.role in ("move", "diff"):
            # 排名｜较上月升降: the moves are the rank's; 增速（%）｜比1—9月增减（百分点）: the points are
            # the rate's before them; each named as that column is
            roles = ("rank",) if col.role == "move" else ("growth", "ratio", "level")
            basis = next((c for c in _columns_before(columns, col) if c.role in roles), None)
            if basis is None:
                return ""
            return self._column_name(basis, columns, self._column_label(basis.label)[0], table, kind)
        name = col.indicator or self.namer.trim(label)
        if col.role == "rank" and (table.order or score is not None):
            name = table.order or self.namer.trim(strip_brackets(score.label) if score is not None else label)
        elif col.role == "rank" and self.columns.is_bare_rank(label):
            ranked = self._ranked_column(columns, col)
            if ranked is None:
                return ""
            if ranked.role == "ratio":  # 完成率｜排名: named as the rate's column is (完成投资)
                return self._column_name(ranked, columns, self._column_label(ranked.label)[0], table, kind)
            name = self.namer.trim(self._column_label(ranked.label)[0])
        elif col.role == "rank" and (ranked_name := self.columns.ranked_name(label)):
            name = self.namer.trim(ranked_name)  # 地区生产总值位次: the rank of 地区生产总值
        bare = strip_brackets(label).strip()
        ending = next((e for e in self.rate_endings if bare.endswith(e)), "") if col.role == "ratio" else ""
        # 完成率 / 目标完成率 (the plan's words alone before it) / 年度任务: no quantity of its own named
        bare_goal_or_rate = (
            ending and (bare == ending or self.namer.trim(bare[: -len(ending)]) in self.lexicon.plan_words)
        ) or (col.role in ("level", "target") and _YEAR_LEAD.sub("", bare) in self.lexicon.plan_words)
        counted = self._counted_amount(columns, col) if bare_goal_or_rate else None
        if counted is not None:
            # 城镇新增就业（人）｜年度任务（人）｜完成率（%）: the goal and the rate of done of the quantity
            # the table counts, not of an investment
            return self._column_name(counted, columns, self._column_label(counted.label)[0], table, kind)
        named_before = self._named_amount_before(columns, col) if bare_goal_or_rate and ending else None
        if named_before is not None:
            # 协议投资｜到位资金（亿元）｜完成年度目标%: the rate of done of the amount just before it
            return self._column_name(
                named_before, columns, self._column_label(named_before.label)[0], table, kind
            )
        if ending:
            # 完成率 / 完成年度计划（%）: the share done of the plan, named by what it is the rate of
            whose = self.namer.trim(bare[: -len(ending)])
            if whose in self.lexicon.plan_words:
                whose = ""  # 计划完成率: the plan is what every rate of done is of, no name of its own
            name = whose + self.lexicon.rate_bases[ending]
        elif (
            col.role == "level"
            and (col.unit or self._unit_note).endswith("元")
            and _DONE_OR_PLAN.search(label)
        ):
            # 累计完成（亿元） / 年度计划（亿元）: in a table of money done and planned, investment
            name = "年度计划投资" if "计划" in label else "完成投资"
        if len(name) < 2 and col.role in ("growth", "ratio", "rank", "level"):
            # 地区生产总值（亿元）｜增速（%）｜位次: a bare rate, or a rank of one, is of the amount before it
            # (so is 比上年同期增长（%）, whose label leaves a lone 比 once its yardstick and rate are read);
            # 10月产值（万元）｜1—10月累计（万元）: an amount named by its period alone is the same quantity
            amount = next((c for c in _columns_before(columns, col) if c.role == "level"), None)
            if amount is not None:
                return self._column_name(amount, columns, self._column_label(amount.label)[0], table, kind)
        if col.role == "level" and (deed := self._done_of_counted(columns, col, bare)):
            return deed
        if table.key_is_category and kind:
            name = _of_kind(kind, name)  # 省重点项目 × 总投资 → 省重点项目总投资
        return self.namer.canonical(name)

    def _done_of_counted(self, columns: list[Column], col: Column, bare: str) -> str:
        """收集问题（个）｜已解决（个）: a count column labelled by a deed alone (已解决, 已办结) counts the
        things the count before it counts that were so dealt with (解决问题); "" when it is not such."""
        deed = bare.removeprefix("已")
        if deed not in self._bare_deeds and deed not in self.lexicon.task_deeds:
            return ""
        if col.unit is None or col.unit.endswith("元"):
            return ""  # 已完成（亿元）: money done, named as such columns are (完成投资)
        before = next(
            (c for c in _columns_before(columns, col) if c.role == "level" and c.unit == col.unit), None
        )
        if before is None:
            return ""
        counted = self.namer.trim(strip_brackets(self._column_label(before.label)[0]).strip())
        noun = counted.removeprefix(next((d for d in self._deed_starts if counted.startswith(d)), ""))
        noun = noun.removesuffix("数")
        return deed + noun if len(noun) >= 2 else ""

    def _counted_amount(self, columns: list[Column], col: Column) -> Column | None:
        """The table's first amount column, when it names a quantity of its own in a unit that is no money
        (城镇新增就业（人）): what a bare goal or rate column of the table is of."""
        # 项目数（个）｜年度计划（亿元）｜完成率: a table of money, whose rate is of the money
        if self._unit_note.endswith("元") or any(
            c.unit is not None and c.unit.endswith("元") for c in columns
        ):
            return None
        amount = next((c for c in columns if c.role == "level" and c is not col), None)
        if amount is None or amount.unit is None or amount.unit == "%":
            return None
        bare = strip_brackets(self._column_label(amount.label)[0]).strip()
        name = self.namer.trim(bare)
        if not name or _YEAR_LEAD.sub("", bare) in self.lexicon.plan_words or _DONE_OR_PLAN.search(bare):
            return None  # 年度任务（万亩）｜已完成（万亩）｜完成率: no quantity named, the plan's words alone
        return amount

    def _named_amount_before(self, columns: list[Column], col: Column) -> Column | None:
        """The amount column just before a bare rate of done, when it names a quantity of its own
        (到位资金（亿元）), not the plan's or the deed's words alone (年度计划, 1—10月完成)."""
        before = next(iter(_columns_before(columns, col)), None)
        if before is None or before.role != "level":
            return None
        bare = strip_brackets(self._column_label(before.label)[0]).strip()
        name = self.namer.trim(bare)
        if (
            len(name) < 2
            or _YEAR_LEAD.sub("", bare) in self.lexicon.plan_words
            or _DONE_OR_PLAN.search(bare)
            or name in self.columns.words.get("level", ())
        ):
            return None
        return before

    def _names_own_quantity(self, own: str, label: str) -> bool:
        """Does a column (named ``own`` from its ``label``) name a quantity of its own (年度计划投资,
        在建项目数), not just a measure of the title's (总量, 增速, 位次)?"""
        bare = strip_brackets(label).strip()
        plain = self.columns.words.get("level", ())  # 总量, 绝对值, 累计 …: a measure, no quantity
        # (a growth's label names its own quantity when it names one beside its rate: 地区生产总值增速)
        return (
            len(own) >= 3
            and (self.columns.role(bare) != "growth" or len(self.namer.trim(bare)) >= 3)
            and own not in plain
        )

    def _bare_project_count(self, name: str) -> bool:
        """Is ``name`` a count of projects of no class named (项目数, 项目个数, 项目数量)?"""
        noun = _SET_NOUNS[0]
        return name.startswith(noun) and name[len(noun) :] in self.lexicon.count_ends

    def _of_title_class(self, base: str, own: str) -> str:
        """A column's own name under a title naming a class of projects (重点项目投资 → 重点项目): of that
        class (重点项目年度计划投资); a bare count of projects (项目数, 项目个数) counts that class
        (重点项目); a count of a class of its own (在建项目数) or any other name as it is."""
        noun = _SET_NOUNS[0]
        cut = base.rfind(noun)
        whose = join_levels(base[: cut + len(noun)]) if cut > 0 else ""  # (省、市 → 省市)
        if not whose or not project_class(
            whose, self.lexicon.item_name_ends, self.lexicon.project_class_words
        ):
            return own
        if self._bare_project_count(own):
            return self.namer.canonical(whose)
        if noun in own or own.endswith(self.lexicon.rate_ends):
            return own  # 在建项目数, 新开工率: a count of its own class, a rate of its own deed
        return self.namer.canonical(whose + own)

    def _ranked_column(self, columns: list[Column], rank: Column) -> Column | None:
        """The column a column headed only 位次 ranks: in a table of one rank column, its first figure column
        (县区｜规上工业增加值增速｜投资增速｜位次) or, in a table of progress, its rate of completion
        (在建项目数｜年度计划投资｜完成投资｜完成率｜排名); else the column just before it
        (增速｜位次｜增速｜位次)."""
        ranks = [c for c in columns if c.role == "rank"]
        figures = [c for c in columns if c.role in ("level", "growth", "ratio")]
        if not figures:
            return None
        ranked = figures[0]
        k = next(i for i, c in enumerate(columns) if c is rank)
        if len(ranks) > 1:
            ranked = next(
                (c for c in reversed(columns[:k]) if c.role in ("level", "growth", "ratio")), ranked
            )
        else:
            rates = [
                c
                for c in columns[:k]
                if c.role == "ratio"
                and any(strip_brackets(c.label).strip().endswith(e) for e in self.rate_endings)
            ]
            ranked = rates[-1] if rates else ranked
        return ranked

    def _cell_qualifier(self, text: str) -> tuple[str, str | None]:
        """A cell whose number ends with an after-qualifier (6左右, 5.5以内, 80以上): the number, and it."""
        for word, value in self._cell_qualifiers:
            if text.endswith(word) and len(text) > len(word):
                return text[: -len(word)].rstrip(), value
        return text, None

    def _total_head(self, key: str) -> str:
        """What a total row's key names before its total word (县（市、区）合计 → 县（市、区）)."""
        total = next((w for w in self.columns.words.get("total", ()) if key.endswith(w)), "")
        return key[: -len(total)].strip() if total else ""

    def _total_of(self, key: str) -> str:
        """全市合计 / 全县总计: the unit a total row's key names before its total word; "" for others."""
        head = self._total_head(key)
        if not head:
            return ""
        if head in self.columns.words.get("place_key", ()):
            return self.doc_subject  # 县（市、区）合计: the sum of the home's places, the home's
        place = self.subjects.regex.fullmatch(head)
        return self.word_map.get(place.group(), self.subjects.names[place.group()][0]) if place else ""

    @staticmethod
    def _part_row(text: str, key: Cell) -> bool:
        """Is a table row a part of the row above: its key marked ``#`` or 其中： (其中项) or indented?"""
        if _PART_MARK.match(key.text) or _OF_WHICH.match(key.text):
            return True
        line_start = text.rfind("\n", 0, key.start) + 1
        return line_start < key.start and not text[line_start : key.start].strip()

    def _row_key(self, raw: str) -> _RowKey:
        """What a table row's key cell says, read once per distinct key (rows repeat their keys)."""
        done = self._row_keys.get(raw)
        if done is None:
            key_text = _PART_MARK.sub("", re.sub(r"^\s*其中\s*[：:]\s*", "", raw))
            marks = self.periods.find(key_text)
            cleaned = clean(key_text)
            place = self.subjects.regex.fullmatch(cleaned)
            generic = region_at(cleaned, 0, profile=self.profile)
            done = _RowKey(
                mark=marks[-1] if marks else None,
                name=self.namer.trim(strip_brackets(key_text)),
                cleaned=cleaned,
                place=place.group() if place is not None else None,
                generic=generic.name if generic is not None and generic.end == len(cleaned) else None,
            )
            if len(self._row_keys) >= _MEMO_SIZE:
                self._row_keys.clear()
            self._row_keys[raw] = done
        return done

    def _column_label(self, raw: str) -> tuple[str, PeriodMark | None]:
        """A column's label without brackets and without its last period, and that period: the same
        for every row of a table, so read once."""
        done = self._labels.get(raw)
        if done is None:
            label = strip_brackets(raw)
            # 比上年增长（%）: the year compared with is no period of the column's figures
            # 完成全年目标（%）: the year the goal is for is no period of the column's figures either
            marks = [
                m
                for m in self.periods.find(label)
                if label[m.start - 1 : m.start] not in ("比", "较")
                and not (m.is_whole_year and label.startswith(self.lexicon.plan_words, m.end))
            ]
            mark = marks[-1] if marks else None
            if mark is not None:
                label = label[: mark.start] + label[mark.end :]
            done = (label, mark)
            if len(self._labels) >= _MEMO_SIZE:
                self._labels.clear()
            self._labels[raw] = done
        return done

    def _key_capacity(self, text: str, key: Cell, subject: str, doc_name: str) -> Iterator[FigureMention]:
        """A capacity written inside a project's name (年产2GW…项目)."""
        start, end = key.start, key.end
        for q in self.finder.find(text, start, end):
            before = text[max(start, q.num_start - 6) : q.num_start]
            cap = self.capacity_regex.search(before)
            rated = self._rating(text, q, end) if cap is None else None
            if (cap is None and rated is None) or q.kind in ("percent", "pp", "rank", None):
                continue
            if rated is not None:
                word = rated[0]
            elif cap is not None:
                word = cap.group().rstrip("能达为") if cap.group() not in self.capacity else cap.group()
            yield FigureMention(
                doc=doc_name,
                start=q.start,
                end=q.end,
                text=text[q.start : q.end],
                measure="level",
                value=q.value,
                unit=q.unit,
                qualifier=q.qualifier,
                subject=subject,
                indicator=self.capacity.get(word, word),
                period=None,
            )

    def _title_indicator(self, title: str) -> str:
        if title.endswith(("。", ".")) or any(stop in title for stop in _PROSE_STOPS):
            # …年度任务和完成情况见下表。 / …达到78.4万人次；各县市区主要数据如下表：: prose leads in
            return ""
        if self.list_mark is not None:
            title = self.list_mark.sub(
                "", title, count=1
            )  # 二、分县市区完成情况: a section's number is no name
        caption = self.namer.naming.caption(strip_brackets(title), self.periods.regex)
        name = self.namer.trim(caption)
        if self.namer.naming.heading_base("某" + name) == "某":
            return ""  # 分县市区完成情况: the title says how, not what; the columns name the figures
        return self.namer.canonical(name)

    def _document_subject(self, doc: _Document, head: str) -> str:
        """The unit a report is about: the first unit its headline (``head``) names (else the city)."""
        if doc.title:
            head = doc.title + "\n" + head
        for place in self.subjects.all_in(head, 0, len(head)):
            if place.kind not in ("region", "self", "department"):
                return place.name
        return self.city

    @staticmethod
    def _keeps_period(prev: str, line: str, prev_opening: _Opening, opening: _Opening) -> bool:
        """A prose paragraph keeps the period of the one before it, unless a heading or bullet intervenes.
        ``prev_opening`` / ``opening``: how ``prev`` / ``line`` open."""
        if not prev or opening.bullet or prev_opening.bullet or opening.heading or prev_opening.heading:
            return False
        return len(prev.strip()) > 30 and len(line.strip()) > 30

    def _turns_topic(self, text: str, ps: int, pe: int) -> bool:
        """Does the paragraph at ``ps`` open on another topic: a turn word, or another unit's name?"""
        blanks = _LEADING_BLANKS.match(text, ps, pe)  # the paragraph's own first character, unsliced
        pos = blanks.end() if blanks is not None else ps
        if opens_with(text, pos, self.lexicon.topic_turn):
            return True
        place = self.subjects.at(text, pos, pe)
        generic = self.regions_at(text, pos, pe)
        name = generic.name if generic is not None else place.name if place is not None else None
        kind = generic.kind if generic is not None else place.kind if place is not None else None
        return name is not None and kind not in ("self", "region", "province") and name != self.doc_subject

    def _document_period(self, doc: _Document, year: int | None, headline: tuple[str, int]) -> str | None:
        """The period a report is about, from its headline zone (``headline_zone``) and its body's opening."""
        zone, head_end = headline
        head = doc.title + "\n" + zone if doc.title else zone
        if doc.page_title and doc.page_title != doc.title:
            head = doc.page_title + "\n" + head  # an html page's <title> can name what its headline does not
        lo, hi = body_marks_span(doc.text, head_end)
        body = [m for m in self.periods.find(doc.text, lo, hi) if not m.days]
        marks = [m for m in body if not self.bad_mark_before.search(doc.text, max(lo, m.start - 5), m.start)]
        for mark in (m for m in self.periods.find(head) if not m.days):
            if _DATE_LINE.fullmatch(line_of(head, mark.start)):
                continue  # 遵义市统计局 / 2025年4月: the date it was issued, not a period it reports on
            if mark.holiday:
                return mark.resolve(year)  # 国庆假期我市文旅市场…: the holiday's month, not the year so far
            if not mark.is_whole_year and not mark.open and mark.year_offset == 0:
                for k, word in enumerate(body[:-1]):
                    if body[k + 1].current:
                        continue  # 10月当月，…: an aside on the month, no gloss of the report's period
                    gloss = glossed(doc.text, body[k : k + 2])
                    if len(gloss) == 1 and word.months == mark.months:
                        # 第三季度…报告, then 第三季度（1—9月）…: the body's gloss says what it means
                        return dataclasses.replace(gloss[0], year=mark.year or gloss[0].year).resolve(year)
                running = body_period(marks, year) if _later_quarter(mark) or _later_month(mark) else None
                leading = _leading_mark(doc.text, marks)
                if leading is not None and leading.months == mark.months:
                    running = None  # 第三季度，全市…: the body opens on the quarter itself, its own period
                elif (
                    running is not None
                    and _later_quarter(mark)
                    and (
                        self._own_quarter(doc.text, lo, running.start)
                        or self._quarter_work(doc.text, marks, mark, running.start)
                    )
                ):
                    # 第3季度考核通报 / 本季度共考核…: the quarter is the report's own period (when the body
                    # says so before it names a span from January: …前三季度…进行了评价 … 本季度继续位列第一
                    # is an assessment of January to the quarter)
                    running = None
                if (
                    running is not None
                    and running.months is not None
                    and mark.months is not None
                    and running.months[1] == mark.months[1]
                ):
                    # 三季度项目调度会 / 1—9月，全市…: the quarter's report runs from January
                    return dataclasses.replace(running, year=mark.year or running.year).resolve(year)
                return mark.resolve(year)
        review = any(w in head for w in self.lexicon.year_review)
        week = self._week_ends  # (read once per document, before this)
        if week is not None and week.year == year:
            # 第44期（11月3日—11月9日）: a weekly note is about its week, in the month the week ends in (its
            # figures since January are marked so: 今年以来累计…, 截至11月9日…)
            return format_period(year, week.month, week.month)
        event = None if review or year is None else event_month(doc.text, head_end, year)
        if event is not None and year is not None:
            first_end = doc.text.find("\n", doc.text.find("日", head_end))
            first = [m for m in marks if first_end < 0 or m.start < first_end]
            if body_period(first, year) is None:
                return format_period(year, *event)  # a news report on an event: the event's month
        own = None if review else self._own_month(doc.text, head, body, year)
        if own is not None:
            return own
        running = None if review else body_period(marks, year)
        if running is not None:
            return running.resolve(year)  # a bulletin's running period, stated in its body's opening
        return str(year) if year is not None else None

    def _own_month(self, text: str, head: str, marks: list[PeriodMark], year: int | None) -> str | None:
        """A month's work report (一、本月工作概况 / 11月份，全市…): a section heading in the headline zone
        (``head``) or the body's opening calls the report's period 本月, and the body names the month: that
        month (its figures since January are marked so: 截至11月底累计…), when it says 本月 more often than it
        names a span from January; None for any other report."""
        if year is None:
            return None
        cumulative = sum(1 for m in marks if m.months is not None and m.months[0] == 1 and m.months[1] < 12)
        if sum(1 for m in marks if m.current) <= cumulative:
            return None  # 【本月综述】 over 1—9月…: a bulletin that states its month's running totals
        in_head = any(m.current and is_section_head(line_of(head, m.start)) for m in self.periods.find(head))
        if not in_head and not any(m.current and is_section_head(line_of(text, m.start)) for m in marks):
            return None
        month = next(
            (
                m
                for m in marks
                if m.months is not None
                and m.months[0] == m.months[1]
                and not m.current
                and m.year_offset == 0
            ),
            None,
        )
        return month.resolve(year) if month is not None else None

    def _quarter_work(self, text: str, marks: list[PeriodMark], quarter: PeriodMark, hi: int) -> bool:
        """Does the body, before ``hi``, name the headline's quarter alone as the time of the work assessed
        (对各单位第三季度工作进行了量化评分)?"""
        return any(
            m.start < hi
            and m.months == quarter.months
            and any(w in text[m.end : m.end + _ASSESSED_REACH] for w in self.lexicon.quarter_work_words)
            for m in marks
        )

    def _own_quarter(self, text: str, lo: int, hi: int) -> bool:
        """Does the body (``text[lo:hi]``) call the quarter its own (本季度)?"""
        return any(text.find(w, lo, hi) >= 0 for w in self.lexicon.quarter_own_words)

    def _table_period(
        self,
        text: str,
        title: str,
        prev: tuple[int, int],
        section_period: str | None,
        year: int | None,
        doc_period: str | None,
    ) -> str | None:
        """The period a table's figures are of, when not the passage's: the section's, when its heading named
        one or a sentence of prose leads in (…抓好四季度各项工作。); but a title naming its own period under a
        section's heading (四、二季度走势预判 ⏎ 附表：2024年一季度主要经济指标) is of the title's."""
        if section_period == doc_period and not title.endswith("。"):
            return None
        if (
            not title.endswith("。")
            and title == text[prev[0] : prev[1]].strip()
            and self.periods.regex.search(title) is not None
        ):
            return self._heading_period(text, prev[0], prev[1], year, doc_period)
        return section_period

    def _heading_period(
        self, text: str, ps: int, pe: int, year: int | None, doc_period: str | None
    ) -> str | None:
        """二、10月当月情况 / 一、1—10月主要指标: the period a section's heading names holds for the section's
        paragraphs (the document's period when it names none)."""
        for mark in self.periods.find(text, ps, pe):
            if self._plan_year(text, mark):
                continue
            if self._valid_mark(text, mark, ps, pe) or (
                # 一、“十四五”时期和2025年工作回顾: a heading's year is its section's, wherever it stands
                mark.year is not None
                and mark.months is None
                and not self.bad_mark_after.match(text[mark.end : min(pe, mark.end + 3)])
            ):
                return self._mark_value(mark, year, doc_period)
        to_date = any(text.find(w, ps, pe) >= 0 for w in self.lexicon.week_to_date)
        if self.week_regex.search(text, ps, pe) is not None and not to_date:
            # 一、本周运行概况: a weekly note's section on the week is the week's month, not the year so far
            week = self._week_month()
            if week is not None:
                return week
        if to_date and self._week_ends is not None and year == self._week_ends.year:
            # 二、截至本周累计情况: a weekly note's section on the year so far, to the week's month
            return format_period(year, 1, self._week_ends.month)
        return doc_period

    def _week_month(self) -> str | None:
        """The month of the week a weekly note names in its headline, or else of the report's date, which a
        week word (本周) and 本月 with no period stand for."""
        if self._week_ends is not None:
            return format_period(self._week_ends.year, self._week_ends.month, self._week_ends.month)
        if self.published_year is None or self.published_month is None:
            return None
        return format_period(self.published_year, self.published_month, self.published_month)

    def _name_by_task(self, text: str, figs: list[_Fig], state: _State) -> None:
        """计划改造城镇老旧小区86个。目前已完工79个: a figure named by a bare deed, by nothing, or by the last
        word of a task the passage planned in its unit, is that task done (改造城镇老旧小区)."""
        done = ""  # the task the figure before was named by
        for fig in figs:
            if fig.measure == "ratio" and done and fig.indicator in self.lexicon.rate_bases:
                fig.indicator = done  # 已完工79个，完成率91.9%: the share of the task done
            if fig.measure != "level" or fig.q.kind == "money" or not fig.q.unit:
                done = ""
                continue
            done = ""
            name = fig.indicator
            if name and any(w in text[fig.lead_start : fig.q.num_start] for w in self.lexicon.plan_words):
                opener = next((w for w in self._plan_openers if name.startswith(w)), "")
                if len(name) - len(opener) >= 2:
                    state.tasks[fig.q.unit] = name[len(opener) :]
                continue
            task = state.tasks.get(fig.q.unit)
            if task and (not name or name.lstrip("已") in self._task_deeds or task.endswith(name)):
                fig.indicator = done = task

    def _superlative_lead(self, text: str, cut: int, after: int) -> bool:
        """Does the clause before the comma at ``cut`` end in a superlative (办结率最高，达96.4%) whose
        figure opens the clause after it? Then the two are one clause."""
        if text[cut] not in "，," or not self.lexicon.superlatives:
            return False
        listing = self.ordered_words.match(text, after)  # 甲县、乙县诉求量较多，分别为52件、38件
        if not text.endswith(self.lexicon.superlatives, max(0, cut - 2), cut):
            best = self._named_best(text, cut)
            if best is None:
                return False
            # 最短的是甲县，仅…: one unit; 最多的是甲县、乙县和丙县，分别为…: units paired with the run
            if listing is None and self.subjects.regex.fullmatch(text, best[0], best[1]) is None:
                return False
        return _FIGURE_OPENING.match(text, listing.end() if listing is not None else after) is not None

    def _named_best(self, text: str, cut: int) -> tuple[int, int] | None:
        """平均办理时限最短的是甲县， / 贷款余额最多的是甲县、乙县和丙县，: a clause ending on a superlative,
        the copula 的是 and the units it names, the last right before ``cut``: the units' span; else None."""
        at = text.rfind(_BEST_COPULA, max(0, cut - _BEST_REACH), cut)
        if at < 2 or not text.endswith(self.lexicon.superlatives, at - 2, at):
            return None
        pos = at + len(_BEST_COPULA)
        start = pos
        while (m := self.subjects.regex.match(text, pos, cut)) is not None:
            if self.subjects.names[m.group()][1] in ("self", "region", "province"):
                return None
            pos = m.end()
            if pos < cut and text[pos] in "、和及":
                pos += 1
        return (start, pos) if pos == cut and pos > start else None

    def _under_item(self, line: str, prev_opening: _Opening, opening: _Opening) -> bool:
        """Is ``line`` indented under a bulleted item (● 地区生产总值836.42亿元 / 　同比增长5.8%), going on
        with what the item is about? (An indented line under another goes on too; so does a bulleted line
        after a bulleted one that opens on a comparison or a ranking, or on a part of the time as a label,
        naming nothing: 🔹比一季度加快…, 📈4月份当月：+9.3%.)"""
        if opening.bullet and prev_opening.bullet and not opening.heading:
            body = _BULLET.sub("", line, count=1).lstrip()
            if self.not_name_start.match(body) is not None or self.rank_cue.match(body) is not None:
                return True
            # 📈4月份当月：+9.3%: a part of the time, labelled, of the item above
            mark = self.periods.regex.match(body)
            return mark is not None and _TIME_LABEL.match(body, mark.end()) is not None
        return (
            line[:1] in "\u3000 \t"
            and not opening.bullet
            and not opening.heading
            and not prev_opening.heading
        )

    def _runs_on(self, prev: str, line: str, prev_opening: _Opening, opening: _Opening) -> bool:
        """Does ``line`` continue the paragraph before it (a broken paragraph, or under a heading)?"""
        p = prev.rstrip()
        if not p or opening.bullet or prev_opening.bullet:
            return False
        if p[-1] in '。！？!?”"）)':
            return False
        if p[-1] in "，,、；;：:" or self.continues.match(line):
            return True
        return len(p) > 40

    # ---- paragraph level --------------------------------------------------------------------------

    def _paragraph(
        self,
        text: str,
        ps: int,
        pe: int,
        state: _State,
        year: int | None,
        doc_period: str | None,
        doc_name: str,
        furniture: _Spans,
    ) -> Iterator[FigureMention]:
        blocked = self._blocked(text, ps, pe)
        quantities = self.finder.find(text, ps, pe, blocked)
        if self._unit_note:
            quantities = self._noted_amounts(text, ps, pe, quantities)
        quantities = expand_rank_lists(text, quantities, ps, pe)  # 第4、5、6位: three ranks
        quantities = split_shares(text, quantities, ps, pe, self.lexicon.structure_words)  # 21.3:25.3:53.4
        quantities = top_ranks(text, quantities, ps, pe, self.rank_cue, blocked[0])  # 位列前三
        marks = [
            dataclasses.replace(m, start=m.start - 1) if self._horizon(text, m, ps) else m
            for m in quarter_ends(text, glossed(text, self.periods.find(text, ps, pe)))  # 三季度末 → 1—9月
            if self._valid_mark(text, m, ps, pe)
        ]  # 到2027年: the 到 belongs to the period
        if not quantities and not marks:
            return
        event = event_month(text, ps, year) if year is not None and doc_period and "/" in doc_period else None
        if event is not None and year is not None:
            # 6月18日，…集中开工: in a report on part of the year, a paragraph opening with an event's date is
            # that month's (a year review's dated paragraphs keep the year)
            state.period = format_period(year, *event)
        week = self._week_opening(text, ps, pe)
        if week is not None:
            state.period = week  # 本周，全市港口完成…。分港区看，…: the paragraph is the week's
        item = item_heading(
            text,
            ps,
            pe,
            self.lexicon.item_anaphors,
            self.item_head,
            self.lexicon.item_name_ends,
            self.lexicon.project_class_words,
        )
        self._item = (ps, item[1], item[0]) if item is not None else None
        head = self.item_head.match(text, ps, pe) if self.item_head is not None else None
        name = clean(head["name"]) if head is not None else ""
        # （一）油气化工产业链。: the chain its item's 全链… speaks of, for that item's paragraph only
        self._chain = name if name.endswith(self.lexicon.chain_nouns) else ""
        # （一）省重点项目。…完成投资247.3亿元: the class of projects the item's bare amounts are of
        self._class_topic = (
            (ps, pe, name)
            if name and project_class(name, self.lexicon.item_name_ends, self.lexicon.project_class_words)
            else None
        )
        sentences: list[tuple[int, int]] = []
        pos = ps
        for m in _SENTENCE_END.finditer(text, ps, pe):
            sentences.append((pos, m.end()))
            pos = m.end()
        if pos < pe:
            sentences.append((pos, pe))
        qi = 0
        mi = 0
        told = False  # has a sentence of this paragraph stated a figure?
        for sent_index, (ss, se) in enumerate(sentences):
            if told and state.opened is None:
                state.opened = (state.period,)
            sent_q: list[Quantity] = []
            while qi < len(quantities) and quantities[qi].start < se:
                if quantities[qi].start >= ss:
                    sent_q.append(quantities[qi])
                qi += 1
            sent_marks: list[PeriodMark] = []
            while mi < len(marks) and marks[mi].start < se:
                if marks[mi].start >= ss:
                    sent_marks.append(marks[mi])
                mi += 1
            told = told or bool(sent_q)
            if not sent_q:
                # no figure: only what the sentence leaves for those after it (its opening period, and
                # the subject its first clause names when it opens the paragraph)
                if sent_marks:
                    cut = _CLAUSE_END.search(text, ss, se)
                    opening_end = cut.end() if cut else se
                    for mark in sent_marks:
                        if mark.start < opening_end and not self._plan_year(text, mark):
                            state.period = self._mark_value(mark, year, doc_period)
                if sent_index == 0:
                    opening = self._clause_subjects(text, [ss], se, sent_marks)
                    if opening:
                        state.subject = opening[0][1]
                        if state.subject in self._departments and self._heads_by_office(
                            text, ss, se, opening[0][2]
                        ):
                            state.subject = self._office_home(state.subject)  # （四）市商务局。…: its place's
                if self._item is not None:
                    state.subject = self._item[2]  # a numbered item's heading names its subject
                continue
            clause_starts = [ss] + [
                m.end()
                for m in _CLAUSE_END.finditer(text, ss, se)
                if not self._superlative_lead(text, m.start(), m.end())
            ]
            if ss < self._head_end and "\u3000" in text[ss:se]:
                # 73个项目集中开工　总投资486.2亿元, a headline's: an ideographic space parts its phrases
                clause_starts = sorted(
                    {*clause_starts, *(m.end() for m in _PHRASE_BLANK.finditer(text, ss, se))}
                )
            first_clause_end = clause_starts[1] if len(clause_starts) > 1 else se
            sentence_period = state.period
            aside = False
            for k, mark in enumerate(sent_marks):
                if self._plan_year(text, mark):
                    continue
                in_list = (
                    k + 1 < len(sent_marks) and text[mark.end : sent_marks[k + 1].start] in _PERIOD_LIST_JOINS
                )
                aside = aside or in_list  # 一季度、二季度…分别…: a list of periods, each its figure's alone
                if mark.start < first_clause_end or self._after_lead_in(text, mark, clause_starts, sent_q):
                    state.period = self._mark_value(mark, year, doc_period)
                    # (9月1日…启动以来，…: a span of its own, for its sentence; the running period resumes)
                    aside = aside or bool(mark.since) or self._aside(text, ss, mark)
                    # (10月末，…余额…: a stock at that instant, for its sentence; the running period resumes)
                    aside = aside or _month_end(text, mark)
            opening_values = (
                {
                    self._mark_value(m, year, doc_period)
                    for m in sent_marks
                    if any(0 <= m.start - cs <= 1 for cs in clause_starts) and not self._plan_year(text, m)
                }
                if len(sent_marks) >= 2
                else ()
            )
            if len(opening_values) >= 2:
                # 上半年…回落至6.1%，下半年逐月回升: two parts told apart, the running period resumes after
                aside = True
            subjects = self._clause_subjects(text, clause_starts, se, sent_marks)
            if self.doc_subject and opens_with(text, ss, self.lexicon.collective_openers):
                # 甲县、乙县进入红榜。各单位平均得分91.22分: all the units together, the home's figure
                subjects = sorted([*subjects, (ss, self.doc_subject, ss)])
            listed = self._listed_subjects(text, sent_q, se, sent_marks)
            if listed:
                subjects = sorted(subjects + listed)
            # the sentence's own opening: past a clause naming its source (记者从市发改委获悉，…)
            opens = next((cs for cs in clause_starts if not self._names_source(text, cs, se)), ss)
            if subjects and subjects[0][0] == opens and sent_index == 0:
                state.subject = subjects[0][1]
            elif (
                subjects
                and state.subject in self._departments
                and subjects[0][0] in clause_starts[:2]
                and subjects[0][1] not in self._departments
            ):
                # （二）市工信局。10月末，全市…: the office reports on the place its text names
                state.subject = subjects[0][1]
            if self._item is not None:
                state.subject = self._item[2]  # a numbered item's heading names its subject
                if ss < self._item[1]:
                    subjects = []
            mark_scope = {
                id(m): self._mark_scope(text, m, ss, first_clause_end, clause_starts, se) for m in sent_marks
            }
            yield from self._sentence(
                text,
                ss,
                se,
                sent_q,
                sent_marks,
                clause_starts,
                subjects,
                sentence_period,
                state,
                year,
                doc_period,
                doc_name,
                furniture,
                mark_scope,
            )
            if aside:
                state.period = sentence_period  # 单看9月份…: the running period resumes

    def _aside(self, text: str, ss: int, mark: PeriodMark) -> bool:
        """Does a sentence's opening period state a part of the running one in passing (单看9月份，… /
        其中三季度… / 9月当月…)?"""
        before = _LEAD_JUNK.sub("", text[ss : mark.start]).strip()
        if before and before.endswith(self.lexicon.aside_before):
            return True
        after = self.lexicon.aside_after
        if not after:
            return False
        # 9月当月: the word may be read as part of the period (the mark ends after it) or follow it
        return text.startswith(after, mark.end) or text[mark.start : mark.end].endswith(after)

    @staticmethod
    def _after_lead_in(text: str, mark: PeriodMark, clause_starts: list[int], sent_q: list[Quantity]) -> bool:
        """会议指出，前三季度全县… / 从效益看，1—9月…: a period opening a clause after lead-in clauses
        with no figure opens the passage as if it opened the sentence (not after 其中: a part of it)."""
        cs = _clause_of(clause_starts, mark.start)
        if _LEAD_JUNK.sub("", text[cs : mark.start]).strip() or text.startswith("其中", clause_starts[0]):
            return False
        return not any(q.start < mark.start for q in sent_q)

    def _mark_scope(
        self, text: str, mark: PeriodMark, ss: int, first_clause_end: int, clause_starts: list[int], se: int
    ) -> int:
        """Where a period's scope starts: the sentence (ss) when it opens the sentence or a clause,
        else just its clause."""
        if mark.start < first_clause_end:
            return ss
        cs = _clause_of(clause_starts, mark.start)
        opening = _LEAD_JUNK.sub("", text[cs : mark.start]).strip()
        if not opening or opening in self.modality_values or opening.endswith(self._goal_words):
            return ss  # it opens its clause or its goal (力争全年…, 园区将力争全年…): to the sentence's end
        return cs

    def _topic(self, text: str, ss: int, se: int) -> str:
        """The indicator a sentence opens on as its topic (固定资产投资方面，… / 从各县工业增加值增速看，…),
        when it names one the catalogue knows or one ending in an amount's noun; else ""."""
        head = min(se, ss + 32)  # the pattern's longest reach: most sentences are passed over at once
        if text.find("看", ss, head) < 0 and text.find("方面", ss, head) < 0:
            # 规上工业增加值，甲县增长11.3%: a first clause that is a name the catalogue knows, alone
            bare = _BARE_TOPIC.match(text, ss, head)
            if bare is not None and bare["x"] in self.namer.catalogue:
                return bare["x"]
            return ""
        m = _TOPIC.match(text, ss, se)
        if m is None:
            return ""
        name = self.namer.canonical(self.namer.lead_name(m["x"], "growth"))
        ending = next((e for e in self.rate_endings if name.endswith(e)), "")
        if ending:  # 从各县完成率看，…: the rate of what is done, named by it (完成投资)
            name = self.namer.canonical(name[: -len(ending)] + self.lexicon.rate_bases[ending])
        if not name or (
            name not in self._catalogue_names and not name.endswith(self._heads) and not name.endswith("率")
        ):
            return ""  # (好评率方面，甲县、乙县均为99.93%: a rate is a quantity's name too)
        return name

    def _note_kind(self, unit: str) -> str | None:
        """The kind of amount a unit note's unit measures (亿元 → money), or None for no unit the lexicon
        knows; asked of the quantity finder once per unit."""
        if unit not in self._note_kinds:
            found = self.finder.find("1" + unit, 0, len(unit) + 1, ([], []))
            self._note_kinds[unit] = (
                found[0].kind if len(found) == 1 and found[0].end == len(unit) + 1 else None
            )
        return self._note_kinds[unit]

    def _noted_amounts(self, text: str, ps: int, pe: int, quantities: list[Quantity]) -> list[Quantity]:
        """Under a unit note (（单位：亿元）), a bare number right after a label, closing its cell or clause
        (总投资56.0｜年度计划18.0) is an amount in that unit. Written here, not in the lexicon: it is how a
        note is applied, not a word list."""
        kind = self._note_kind(self._unit_note)
        spans, _starts = self._blocked(text, ps, pe)
        taken = [(q.start, q.end) for q in quantities]
        added: list[Quantity] = []
        for m in _NOTED_NUMBER.finditer(text, ps, pe):
            s0, e0 = m.start(1), m.end(1)
            if any(a < e0 and s0 < b for a, b in taken) or any(a < e0 and s0 < b for a, b in spans):
                continue
            value = parse_arabic(m.group(1))
            added.append(Quantity(s0, e0, value, self._unit_note, kind, None, None, s0, e0))
        if not added:
            return quantities
        return sorted([*quantities, *added], key=lambda q: q.start)

    def _blocked(self, text: str, ps: int, pe: int) -> tuple[list[tuple[int, int]], list[int]]:
        """Not-a-figure spans for the paragraph ``ps..pe``, found a window of text at a time."""
        if not (self._window[0] <= ps and pe <= self._window[1]):
            end = text.find("\n", ps + _WINDOW)
            end = len(text) if end < 0 else end
            end = max(end, pe)
            spans = self.finder.blocked_spans(text, ps, end)
            self._window = (ps, end)
            self._spans = (spans, [s for s, _ in spans])
        return self._spans

    def _valid_mark(self, text: str, mark: PeriodMark, ps: int, pe: int) -> bool:
        if (
            self.bad_mark_before.search(text, max(ps, mark.start - 5), mark.start)
            and not self._horizon(text, mark, ps)
            # 从第三季度执行情况看，…: the time of the view a sentence opens on, no start of a span
            and not (text[mark.start - 1 : mark.start] == "从" and _TOPIC.match(text, mark.start - 1, pe))
            and not (
                text[mark.start - 1 : mark.start] in ("到", "至") and _YEAR_OF_FIGURE.match(text, mark.end)
            )
        ):
            return False  # (增加)到2025年的30.17亿元: the year of the figure after it
        if self._entering.search(text, max(ps, mark.start - 3), mark.start) and not text.startswith(
            "以来", mark.end
        ):
            return False  # 进入四季度，全市…: the time the report speaks in, not its figures' period
        if mark.year is not None and mark.months is None:
            # a bare year sets the period only where it opens a clause (2020年，… / 2020年全市…)
            before = text[max(ps, mark.start - 1) : mark.start]
            if (
                before
                and before not in "，,。；;：:●■•◆▲★·、 \u3000（(“"
                and not self._horizon(text, mark, ps)
                and not _YEAR_OF_FIGURE.match(text, mark.end)  # 由2020年的18.64亿元增加到…
            ):
                return False
        if self._plan_year(text, mark):
            return True  # 年内计划完成投资2亿元: the year's plan, in the year
        if _month_end(text, mark):
            return True  # 10月末，全市存款余额…: a stock at the month's end, that month's
        return not self.bad_mark_after.match(text[mark.end : min(pe, mark.end + 3)])

    @staticmethod
    def _plan_year(text: str, mark: PeriodMark) -> bool:
        """今年计划… / 第四季度计划…: the time of a plan, which dates its own sentence, not the passage."""
        return mark.year_offset == 0 and not mark.open and text.startswith("计划", mark.end)

    def _horizon(self, text: str, mark: PeriodMark, ps: int) -> bool:
        """力争到2027年…, ，到2030年…: a year a goal is set for (到 opening a clause or after a goal word),
        not the end of a span (从2020年到2022年)."""
        if mark.year is None or mark.months is not None or text[mark.start - 1 : mark.start] != "到":
            return False
        before = text[max(ps, mark.start - 6) : mark.start - 1]
        if not before or before[-1] in "，,。；;：:\u3000 ":
            return True
        return any(before.endswith(w) for w, v in self.modality_values.items() if v == "target")

    def _campaign_month(self, text: str, body: int, year: int | None, doc_period: str | None) -> int:
        """The month a campaign began (攻坚行动自8月1日启动), when the body's opening says so and the
        report runs from January to a later month of that year (截至10月31日); else 0."""
        if year is None or doc_period is None or len(doc_period) != 15 or doc_period[5:7] != "01":
            return 0
        found = self.campaign_regex.search(text, body, body + _CAMPAIGN_CHARS)
        if found is None or text.startswith("以来", found.end()):
            # 9月1日攻坚行动启动以来，全县完成投资…: the writer spans the campaign's own figures, and
            # leaves its other figures to date (截至10月31日…完成年度计划的84.6%) the year's
            return 0
        month = int(found["month"] or found["month2"])
        return month if 1 < month <= int(doc_period[-2:]) else 0

    def _mark_value(self, mark: PeriodMark, year: int | None, doc_period: str | None) -> str | None:
        if (
            mark.to_date
            and self._campaign_start
            and year is not None
            and mark.year in (None, year)
            and mark.months is not None
            and self._campaign_start <= mark.months[1]
        ):
            return format_period(year, self._campaign_start, mark.months[1])  # 截至10月31日, in a campaign
        if mark.since:
            # 9月1日…启动以来: from that month to the last month of the report's period (2024年3月以来, in a
            # report on 2025: a span across years, which no period string of one year holds)
            if year is None or mark.year not in (None, year):
                return None
            last = _last_month(doc_period, year)
            if last is None and self.published_year == year:
                last = self.published_month  # a report on the year, dated within it: to its date's month
            return format_period(year, mark.since, last) if last and mark.since <= last else None
        if mark.current:  # 本月: the last month of the report's period
            if doc_period is not None and len(doc_period) >= 7:
                return doc_period[-7:]
            return self._week_month() or doc_period
        if mark.open:
            if (
                doc_period is not None
                and doc_period.isdigit()
                and self.published_month is not None
                and self.published_year == int(doc_period)
            ):
                # 今年以来 in a note dated within the year it reports on: January to the note's month
                return format_period(self.published_year, 1, self.published_month)
            return since_january(doc_period)
        if mark.relative and mark.year is None:
            return mark.resolve(self.published_year)
        return mark.resolve(year)

    def _listed_back(self, figs: list[_Fig]) -> None:
        """三大产业产值分别增长21.4%、36.8%、9.7%，三者合计占…38.5%: a name pointing back at the items
        listed before it (naming.yaml list_anaphors) is those items joined, with their shared tail."""
        anaphors = self.namer.naming.list_anaphors
        for k, fig in enumerate(figs):
            count = anaphors.get(fig.records[0][0], 0) if fig.records else 0
            if not count or k < count:
                continue
            names = list(dict.fromkeys(f.records[0][0] for f in figs[k - count : k] if f.records))
            if len(names) != count:
                continue  # not as many items, or one named twice
            tail = _common_tail(names)
            heads = [n[: len(n) - len(tail)] for n in names]
            if not all(heads):
                continue
            joined = "、".join(heads) + tail
            fig.indicator = joined
            fig.records = [(joined, p, s) for _, p, s in fig.records]

    def _parallel_heads(self, figs: list[_Fig]) -> None:
        """制造业增加值增长13.6%，电力热力供应业增长7.2%: a branch or kind named alone (…业, …类) after a
        figure of its sentence named by another with an amount's noun (增加值, 零售额) is that noun's too."""
        for before, fig in itertools.pairwise(figs):
            if len(fig.records) != 1 or len(before.records) != 1 or fig.measure != before.measure:
                continue
            name, period, subject = fig.records[0]
            prev = before.records[0][0]
            ends = self.namer.naming.branch_ends
            if not name.endswith(ends) or name in self.namer.catalogue:
                continue
            head = next((h for h in self._heads if prev.endswith(h) and len(prev) > len(h)), "")
            if head and prev[: -len(head)].endswith(ends):
                fig.records = [(name + head, period, subject)]
                fig.indicator = name + head

    def _ranks_in_order(self, text: str, figs: list[_Fig], subjects: list[tuple[int, str, int]]) -> None:
        """甲县得89.3分、乙县得87.5分，分列第二、第三位: a run of ranks after a word that pairs in order
        (分列, 分别, 依次), with no units of its own, ranks the units named before it in the sentence, one
        each in the order named."""
        k = 0
        while k < len(figs):
            first = figs[k]
            run = [first]
            while k + len(run) < len(figs) and figs[k + len(run)].run == len(run):
                run.append(figs[k + len(run)])
            k += len(run)
            if (
                first.measure != "rank"
                or len(run) < 2
                or any(f.measure != "rank" or len(f.records) != 1 or f.records[0][2] for f in run)
                or self.ordered_words.search(text, first.clause_start, first.q.num_start) is None
            ):
                continue
            named: list[str] = []
            for cs, name, _end in subjects:
                if cs < first.clause_start and name not in named:
                    named.append(name)
            if len(named) < len(run):
                continue
            for fig, name in zip(run, named[-len(run) :], strict=True):
                indicator, period, _ = fig.records[0]
                fig.records = [(indicator, period, name)]

    def _listed_subjects(
        self, text: str, quantities: list[Quantity], se: int, marks: list[PeriodMark]
    ) -> list[tuple[int, str, int]]:
        """乙县得89.3分、丙县得87.5分: a unit's name right after a figure and 、, with a figure of its own
        after it in the clause, is that figure's subject, as if it opened a clause."""
        out: list[tuple[int, str, int]] = []
        for k, q in enumerate(quantities[:-1]):
            pos = q.tail
            if text[pos : pos + 1] != "、" or quantities[k + 1].num_start <= pos + 2:
                continue
            cut = _CLAUSE_END.search(text, pos, quantities[k + 1].num_start)
            if cut is not None:
                continue
            found = self._clause_subjects(text, [pos + 1], se, marks)
            if not found or found[0][2] > quantities[k + 1].num_start:
                continue
            generic = self.regions_at(text, pos + 1, se) if found[0][1] not in self._units else None
            if generic is not None and generic.kind == "company":
                continue  # 中国500强企业3家、上市公司5家: kinds of companies counted, no company
            out.append(found[0])
        return out

    def _clause_subjects(
        self, text: str, clause_starts: list[int], se: int, marks: list[PeriodMark]
    ) -> list[tuple[int, str, int]]:
        """(clause start, subject, end of its name) for each clause that opens with a unit's name."""
        out: list[tuple[int, str, int]] = []
        mark_end: dict[int, int] = {}  # where the first period starting at a position ends
        for m in marks:
            mark_end.setdefault(m.start, m.end)
        # a sentence with no role noun (the usual case) needs no look for one at each clause
        roles = bool(clause_starts) and self.role_nouns.search(text, min(clause_starts), se) is not None
        by_role = False  # a clause before named a company after its role noun
        for cs in clause_starts:
            pos = cs
            if self._names_source(text, cs, se):
                continue
            for step in range(4):
                j = _LEAD_JUNK.match(text, pos, se)
                if j and j.end() > pos:
                    pos = j.end()
                label = self.paragraph_label.match(text, pos, se) if step == 0 else None
                if label is not None:
                    pos = label.end()  # 案例一：某公司…: the label, then the clause
                    continue
                if pos in mark_end:
                    pos = mark_end[pos]
                    continue
                c = self.connective.match(text, pos, se)
                if c and c.end() > pos:
                    pos = c.end()
                    continue
                goal = self.modality_regex.match(text, pos, se)
                if goal and goal.end() > pos:
                    pos = goal.end()  # 确保某公司全年营业收入…: the unit after the goal word
                    continue
                break
            if text.startswith(self.lexicon.place_anaphors, pos):
                # …高新区相关负责人表示，今年以来该区已签约…: the unit named last whose name ends as the
                # anaphor does (保持全市第一。该县…: 全市 is no antecedent of 该县)
                word = next(w for w in self.lexicon.place_anaphors if text.startswith(w, pos))
                tail = word[-1]
                named = next(
                    (
                        m
                        for m in reversed(
                            list(self.subjects.regex.finditer(text, max(0, cs - _ANTECEDENT_REACH), cs))
                        )
                        if self.subjects.names[m.group()][1] not in ("self", "region", "province")
                        and self.subjects.names[m.group()][0].endswith(tail)
                    ),
                    None,
                )
                if named is not None:
                    unit = self.subjects.names[named.group()][0]
                    out.append((cs, self.word_map.get(named.group(), unit), pos + len(word)))
                    continue
            anaphor = (
                next((w for w in self.lexicon.chain_anaphors if text.startswith(w, pos)), "")
                if self._chain
                else ""
            )
            if anaphor:
                out.append(
                    (cs, self._chain, pos + len(anaphor))
                )  # （一）某产业链。…全链实现产值…: the chain's
                continue
            if text[pos - 1 : pos] == "在" and pos > cs:
                continue  # 在全市…中排名第一: a scope, not the subject
            pos = max(pos, self._ranked_row(text, pos, se))  # 第1名 某县，…: the unit ranked
            role = self.role_nouns.match(text, pos, se) if roles else None
            if role is None and roles:
                role = self._role_in_opening(text, pos, se)
            pos = role.end() if role else pos  # 链主企业华天电子…: the company after its role
            place = self.subjects.at(text, pos, se)
            generic = self.regions_at(text, pos, se)
            if generic is not None and self.project_verbs.search(generic.name):
                generic = None  # 安排市重点项目260个 / 下一步经开区…: a deed before the form word, no place
            name_end = max(place.end if place else -1, generic.end if generic else -1)
            if name_end < 0 and (role is not None or (by_role and cs > clause_starts[0])):
                named = _NAMED_BY_ROLE.match(text, pos, se)
                opening = self.periods.regex.match(named["name"]) if named is not None else None
                if opening is not None and opening.end() > 0:
                    named = None  # 骨干企业全年产值增长8%: the role's own figure, for a period; no company
                if named is not None and (role is not None or len(named["name"]) >= 4):
                    # 链主企业某某变压器实现营收…；某某重工实现营收…: companies the profile does not know,
                    # the first named after its role, the next in parallel with it
                    out.append((cs, named["name"], named.end("name")))
                    by_role = True
                    continue
            proj = _PROJECT.match(text, pos, min(se, pos + 26))
            project = self._project_at(text, proj, se) if proj is not None else None
            if (
                proj is not None
                and project is not None
                and proj.end() > name_end
                and self._own_project(text[max(name_end, pos) : proj.end()])
                and self._states_figure(text, proj.end(), se)
            ):
                located = text[pos : name_end + 1]
                if name_end > pos and located.endswith("的") and project.startswith(located):
                    project = project[len(located) :]  # 某县的某某项目总投资…: the project, not where it is
                out.append(
                    (cs, project, proj.end())
                )  # 夷陵区人民医院新院区项目总投资…: the place is in its name
                continue
            if name_end > 0 and self.speaker_words.match(text, name_end, se):
                if place is not None and place.kind == "company" and place.end == name_end:
                    out.append((cs, place.name, place.end))  # a company's spokesman speaks of its own figures
                continue  # 市商务局负责人介绍…: who speaks, not whose figures follow
            partner = self._signed_partner(text, name_end, se)
            if partner is not None:
                out.append((cs, partner.name, partner.end))  # 某区与某公司签订协议，投资…: the investor's
                continue
            if generic is not None and (place is None or generic.end > place.end):
                # a region named by its form (澄水县, 柯州高新区): the subject of what its clause states
                out.append((cs, generic.name, generic.end))
                continue
            if place is not None:
                after = text[place.end : place.end + 3]
                scope = self.rank_cue.match(after) or after[:1] in ("第", "前")
                if scope and (
                    place.kind in ("province", "region")
                    or (place.name == self.city and self.doc_subject != self.city)
                ):
                    continue  # 全市排位第2 in a county's bulletin: where it ranks, not what ranks
                if place.kind == "region":
                    continue
                name = place.name if place.kind != "self" else self.doc_subject
                name = self.word_map.get(text[place.start : place.end], name)
                out.append((cs, name, place.end))
                continue
            proj = _PROJECT.match(text, pos, min(se, pos + 26))
            project = self._project_at(text, proj, se) if proj is not None else None
            if proj is not None and project is not None:
                out.append((cs, project, proj.end()))
                continue
            helped = self._helped_company(text, pos, se)
            if helped is not None:
                out.append((cs, helped.name, helped.end))  # 协调银行为某公司续贷3000万元: the company's
                continue
            above = self._home_above_at(text, pos, se)
            if above is not None:
                out.append((cs, *above))
                continue
            late = self._late_place(text, cs, pos, se)
            if late is not None:
                out.append((cs, late, pos))  # 规上工业增加值增速沁水县最快，为11.6%: the county's
        return out

    def _late_place(self, text: str, cs: int, pos: int, se: int) -> str | None:
        """规上工业增加值增速沁水县最快，为11.6%: a unit named after the quantity (the clause at ``cs``
        opens on it at ``pos``), right before a superlative, is the subject of the clause's figures; None
        when the clause names no unit so."""
        digit = _DIGIT_IN_TEXT.search(text, pos, se)
        stop = digit.start() if digit else se
        clause_end = _CLAUSE_MARK.search(text, pos, stop)
        if clause_end is not None:
            stop = clause_end.start()  # 增速沁水县最快，为11.6% (居全市第一；乙县…: not past the clause)
        if self._late_marks.search(text, pos, stop) is None:
            return None  # (most clauses: no superlative, so no unit to look for before one)
        best = self._named_best(text, stop) if stop < se else None
        if best is not None:
            # 平均办理时限最短的是甲县，仅1.6个工作日: the one unit the copula names (a list is paired
            # with its 分别 run); neither it nor the copula is any part of the quantity's name
            self._late_names[cs] = text[best[0] - len(_BEST_COPULA) : best[1]]
            one = self.subjects.regex.fullmatch(text, best[0], best[1])
            if one is None:
                return None
            return self.word_map.get(one.group(), self.subjects.names[one.group()][0])
        for m in self.subjects.regex.finditer(text, pos + 2, stop):
            unit = self.subjects.names[m.group()]
            if unit[1] in ("self", "region", "province", "department"):
                continue
            end = m.end()
            while text[end : end + 1] in ("、", "和") and (
                nxt := self.subjects.regex.match(text, end + 1, stop)
            ):
                end = nxt.end()
            after = text[end:stop]
            if self._late_marks.match(after):
                self._late_names[cs] = text[m.start() : end]  # no part of the quantity's name
                return self.word_map.get(m.group(), unit[0])
            return None
        return None

    def _helped_company(self, text: str, pos: int, se: int) -> Place | None:
        """A company the profile names right after a word of help (为, 帮助, 协助…) in a clause's opening,
        before its first number: the office did it for the company, whose figure it is; else None."""
        if not self._benefactives:
            return None
        digit = _DIGIT_IN_TEXT.search(text, pos, se)
        stop = digit.start() if digit else se
        for m in self._benefactives.finditer(text, pos, stop):
            place = self.subjects.at(text, m.end(), se)
            if place is not None and place.kind == "company":
                return place
        return None

    def _names_source(self, text: str, cs: int, se: int) -> bool:
        """Does the clause at ``cs`` name a source (据某省…核算结果，) rather than a doer: it opens with a
        source word and holds no number?"""
        pos = cs
        while pos < se and text[pos] in " \u3000":
            pos += 1
        if not self.lexicon.source_openers or not text.startswith(self.lexicon.source_openers, pos):
            return False
        return not _clause_has_number(text, pos, se)

    def _own_project(self, rest: str) -> bool:
        """Is what follows a place's name in a project's name a name of its own (人民医院新院区项目), not
        a kind (重点项目, 项目) that leaves the place the subject?"""
        core = rest[:-2] if rest.endswith(("项目", "工程")) else rest
        return len(core) >= 2 and not self.project_generic.match(rest) and not self.project_verbs.search(rest)

    @staticmethod
    def _states_figure(text: str, pos: int, se: int) -> bool:
        """Does the clause running on from ``pos`` hold a number (项目总投资45亿元), rather than end or
        list on (…工程、…)?"""
        return not text.startswith("、", pos) and _clause_has_number(text, pos, se)

    def _project_at(self, text: str, proj: re.Match[str], se: int) -> str | None:
        """The project a clause opens with (某某项目总投资…), or the one after its last 的 (与某公司签约的
        某某项目总投资…); None when neither is a project's name (a kind, a deed, a period), or when a works
        not called a project is named in passing (某污水处理厂三期建成通水，…: no figure in its clause)."""
        if re.match(r"\s*[0-9０-９]", text[proj.end() : proj.end() + 2]):
            return None
        if not proj.group(1).endswith("项目") and not self._states_figure(text, proj.end(), se):
            return None
        whole = _without_opening(proj.group(1))
        # (落户某县的某某项目 / 单体投资最大的是某某项目: the name after the last 的, when it is one)
        after = _without_opening(whole[whole.rfind("的") + 1 :]) if "的" in whole else ""
        for name in (after, whole):
            if (
                len(name) >= 5
                and not self.project_generic.match(name)
                and not self.project_verbs.search(name)
                and not self.periods.regex.search(name)  # 第四季度计划新招引…项目: no name
                and not name.startswith(self.lexicon.project_not_start)  # 另有外资项目签约3个: no name
                and not project_class(name, self.lexicon.item_name_ends, self.lexicon.project_class_words)
            ):
                return clean(name)
        return None

    def _signed_partner(self, text: str, pos: int, se: int) -> Place | None:
        """某区与某公司签订协议 / 签约: the company a unit signs with, whose the figures after are; else
        None."""
        if pos < 0 or not text.startswith("与", pos):
            return None
        partner = self.subjects.at(text, pos + 1, se)
        if partner is None or partner.kind != "company":
            return None
        return partner if text.startswith("签", partner.end) else None

    def _role_in_opening(self, text: str, pos: int, se: int) -> re.Match[str] | None:
        """A role noun inside a clause's opening, before any number (位于某园区的链主企业某公司产量…), when
        a company the profile names follows it: where the company's name starts."""
        digit = _DIGIT_IN_TEXT.search(text, pos, se)
        stop = digit.start() if digit else se
        for role in self.role_nouns.finditer(text, pos, stop):
            place = self.subjects.at(text, role.end(), se)
            if place is not None and place.kind == "company":
                return role
        return None

    def _home_above_at(self, text: str, pos: int, se: int) -> tuple[str, int] | None:
        """``_home_above(text, pos, se)``, remembered: it reads only the window of ``_ABOVE_REACH``
        characters at ``pos``, the document's self-words and its subject."""
        if self._above_map is not self.word_map:  # once a document: the self-words it maps to a province
            self._above_map = self.word_map
            self._above_memo = {}
            words = [w for w in self.word_map if self.subjects.names.get(w, ("", ""))[1] == "province"]
            self._above_words = _alternation(words)
        if self._above_words.search(text, pos + 1, min(se, pos + _ABOVE_REACH)) is None:
            return None  # none of them past the window's first character: no word can pass the test
        window = text[pos : min(se, pos + _ABOVE_REACH)]
        key = (window, self.doc_subject)
        if key in self._above_memo:
            hit = self._above_memo[key]
        else:
            hit = self._home_above(window, 0, len(window))
            if len(self._above_memo) >= _MEMO_SIZE:
                self._above_memo.clear()
            self._above_memo[key] = hit
        return None if hit is None else (hit[0], pos + hit[1])

    def _home_above(self, text: str, pos: int, se: int) -> tuple[str, int] | None:
        """本届博览会全省共签约项目…: a self-word of the unit above the document's (全省 in a city's
        report) a few words into a clause, as its doer (not after 占, 比, 居 …): (its name, its end)."""
        window = text[pos : min(se, pos + _ABOVE_REACH)]
        for m in self.subjects.regex.finditer(window):
            word = m.group()
            name, kind = self.subjects.names[word]
            if kind != "province" or word not in self.word_map or m.start() == 0:
                continue
            name = self.word_map[word]
            before = window[: m.start()]
            if (
                name == self.doc_subject
                or _ABOVE_NOT_BEFORE.search(before)
                or self.rank_cue.search(before)
                or before.endswith(self.lexicon.comparators)  # 跑输全省…: a yardstick
            ):
                return None  # 占全省的…, 排全省第一: the province is a yardstick, not the doer
            if _ABOVE_NOT_AFTER.match(window, m.end()) or re.search(r"[0-9，,、]", window[: m.start()]):
                return None
            return name, pos + m.end()
        return None

    # ---- sentence level ---------------------------------------------------------------------------

    def _sentence(
        self,
        text: str,
        ss: int,
        se: int,
        quantities: list[Quantity],
        marks: list[PeriodMark],
        clause_starts: list[int],
        subjects: list[tuple[int, str, int]],
        sentence_period: str | None,
        state: _State,
        year: int | None,
        doc_period: str | None,
        doc_name: str,
        furniture: _Spans,
        mark_scope: dict[int, int],
    ) -> Iterator[FigureMention]:
        topic = self._topic(text, ss, se)
        if topic:
            state.indicator = topic  # 固定资产投资方面，甲县增长14.7%: what the sentence's figures measure
        figs: list[_Fig] = []
        for q in quantities:
            if furniture and furniture.touches(q.start, q.end):
                continue
            cs = clause_starts[bisect_right(clause_starts, q.num_start) - 1] if q.num_start >= ss else ss
            prev = figs[-1] if figs else None
            if q.kind == "rank" and not self._rank_ok(text, q, cs, prev):
                continue
            decision = self.cues.decide(q, text, cs)
            if decision.measure == "level" and q.kind in _CHANGEABLE:
                more = more_than_change(text, cs, q.num_start)
                if more:  # 比上年同期多开工146个: a change, not a level
                    decision = MeasureDecision("change", more, decision.cue_start)
                elif (
                    prev is not None
                    and prev.measure == "change"
                    and (
                        prev.q.kind == q.kind
                        or (prev.q.kind in _CHANGEABLE and "分别" in text[cs : prev.q.start])
                    )
                    and text[prev.q.tail : q.num_start].strip() in _RUN_AND
                ):  # 比年初分别增加702.3亿元和468.9亿元 / 分别比上年多0.2天、136元: the run's next change
                    decision = MeasureDecision("change", prev.sign, decision.cue_start)
            elif (
                decision.measure == "ratio"
                and q.kind == "percent"
                and rate_named_before(text, ss, cs, q.num_start, self.rate_words)
            ):
                decision = MeasureDecision("growth", 1, decision.cue_start)  # 增速…，分别为6.3%
            elif (
                decision.measure == "ratio" and q.kind == "percent" and self._goal_of_rate(text, q, cs, prev)
            ):
                decision = MeasureDecision("growth", 1, decision.cue_start)  # 增长7.5%左右，力争达到8%
            lead_start = cs
            if prev is not None and prev.q.tail <= q.num_start and prev.q.tail > cs:
                lead_start = prev.q.tail
            region_start = lead_start
            for scs, _name, send in subjects:
                if scs == cs and send <= q.num_start:
                    lead_start = max(lead_start, send)
            fig = _Fig(q, decision.measure, decision.sign, cs, lead_start, region_start=region_start)
            fig.count_before = fig if q.kind == "count" else (prev.count_before if prev is not None else None)
            fig.money_before = fig if q.kind == "money" else (prev.money_before if prev is not None else None)
            if prev is not None and prev.q.tail <= q.num_start and not prev.peer_of:
                # (a count of peers, 在全市16个县区中分别居第15位、第16位, runs into no rank after it)
                glue_start = prev.trailing_end if prev.used_trailing else prev.q.tail
                glue = text[max(prev.q.tail, glue_start) : q.num_start].strip()
                if glue in _RUN_GLUE and (glue in "、和及与" or prev.measure == fig.measure):
                    fig.run = prev.run + 1
                elif glue[:1] in "、和及与" and len(glue) <= 12 and not _CLAUSE_STOP.search(glue):
                    fig.run = prev.run + 1  # 项目120个、总投资80亿元: parallel figures, each named
            self._name(text, fig, prev, marks)
            self._bracketed_peer(text, fig, prev)
            if (
                prev is None
                and state.under_item
                and state.named
                and (not fig.indicator or self._aspect(fig.indicator))
            ):
                fig.indicator = state.named  # 同比增长5.8%，高出全市0.6个百分点 / 总量居全市第1: of the last
            figs.append(fig)
        blanks = _LEADING_BLANKS.match(text, ss, se)
        breakdown = "看" in text[ss : ss + 16] and _BREAKDOWN.match(text, ss, se) is not None
        if state.whole and (text.startswith("其中", blanks.end() if blanks else ss) or breakdown):
            self._catalogue_parts(figs, state.whole)  # (其中 / 分城乡看，城镇居民50127元: the whole's parts)
        else:
            # …收入24816元，增长5.4%；其中城镇居民31952元: a clause opening on 其中, of the sentence's whole
            k = next((i for i, f in enumerate(figs) if i and text.startswith("其中", f.clause_start)), 0)
            whole = next((f.indicator for f in figs[:k] if f.q.kind != "count" and f.indicator), "")
            if whole:
                self._catalogue_parts(figs[k:], whole)
            elif state.whole:
                # …居民人均可支配收入41286元。城镇居民48637元，…: parts of the last sentence's whole, unsaid
                self._catalogue_parts(figs, state.whole)
        state.whole = next((f.indicator for f in figs if f.q.kind != "count" and f.indicator), "")
        parts: set[int] = set()  # the figures of a breakdown of the count before (ids)
        whole_period = state.counted_period
        if state.counted and breakdown:
            # 本周新开工项目7个。分地区看，甲区2个、乙县3个: parts of that count, for its period
            for fig in figs:
                if fig.q.kind == "count" and fig.measure == "level" and not _is_name(fig.indicator):
                    fig.indicator = state.counted
                    parts.add(id(fig))
        self._name_classes(text, figs)
        self._name_by_task(text, figs, state)
        figs = _without_thresholds(
            text, figs, self.lexicon.class_words, self._category_threshold, self.lexicon.threshold_verbs
        )
        for k in range(len(figs) - 1):
            if not figs[k].indicator and (
                figs[k + 1].q.num_start == figs[k].q.tail
                # 第1名　衡南县　93.6分: a rank opening its sentence, naming nothing, ranks by the next figure
                or (k == 0 and figs[k].measure == "rank" and figs[k + 1].measure == "level")
            ):
                figs[k].indicator = figs[k + 1].indicator
        for fig in figs:  # 某县增长5%: a clause naming only its subject measures what the passage is about
            if not fig.indicator and fig.q.kind != "count":
                fig.indicator = state.indicator or state.named
            elif not state.indicator and fig.measure in ("level", "growth") and fig.q.kind != "count":
                state.indicator = fig.indicator if _is_name(fig.indicator) else ""
        self._distribute(text, figs, ss, marks, year, doc_period, state)
        self._shared_parts(figs)
        state.named = next(
            (
                f.indicator
                for f in reversed(figs)
                if _is_name(f.indicator) and not self._aspect(f.indicator) and not self._compared_class(f)
            ),
            state.named,
        )
        for k in range(1, len(figs)):  # 完成率: a share of the amount done before it
            before = figs[k - 1]
            base = before.records[0][0] if before.records else before.indicator
            figs[k].records = [(self.namer.naming.rate_base(n, base), p, s) for n, p, s in figs[k].records]
        self._ranks_in_order(text, figs, subjects)
        self._parallel_heads(figs)
        self._listed_back(figs)
        for fig in figs:
            period: str | None = None
            for mention in self._records(
                text,
                fig,
                ss,
                se,
                marks,
                subjects,
                sentence_period,
                state,
                year,
                doc_period,
                doc_name,
                mark_scope,
            ):
                if id(fig) in parts and whole_period is not None:
                    mention.period = whole_period
                period = mention.period
                yield mention
            if fig.q.kind == "count" and fig.measure == "level" and _is_name(fig.indicator):
                state.counted, state.counted_period = fig.indicator, period

    def _ranked_row(self, text: str, pos: int, se: int) -> int:
        """Where the unit's name starts after a row of a ranking opening at ``pos`` (第1名 某县，承办…: an
        ordinal with 名 or 位, then a unit the profile knows or names by its form); -1 for none."""
        row = _RANKED_ROW.match(text, pos, se)
        if row is None:
            return -1
        at = row.end()
        if self.subjects.at(text, at, se) is None and self.regions_at(text, at, se) is None:
            return -1
        return at

    def _ranking_order(self, text: str, pos: int) -> str:
        """What a ranking's row at ``pos`` ranks on, named by the lead-in line above its rows (按办结率排序
        如下：); "" when none is found within a few lines."""
        line_start = text.rfind("\n", 0, pos) + 1
        for _ in range(_RANKING_ROWS):
            if line_start <= 0:
                return ""
            above = text.rfind("\n", 0, line_start - 1) + 1
            line = text[above : line_start - 1]
            opening = len(line) - len(line.lstrip(" \u3000"))
            if not line.strip():
                line_start = above
                continue
            if not _RANKED_ROW.match(line, opening):
                return self.namer.naming.ordered_by(line)
            line_start = above
        return ""

    def _goal_of_rate(self, text: str, q: Quantity, cs: int, prev: _Fig | None) -> bool:
        """增长7.5%左右，力争达到8%: a percent named by nothing but a verb, right after a growth, is that
        growth's (a higher goal for it), unless a ratio's own cue (占比, 完成率) comes before it."""
        if prev is None or prev.measure != "growth" or prev.q.kind != "percent" or prev.q.tail > q.num_start:
            return False
        lead = text[max(cs, prev.q.tail) : q.num_start]
        if self.namer.lead_name(lead, "growth"):
            return False
        cue = self.cues.nearest("percent", text, max(cs, prev.q.tail), q.num_start)
        return cue is None or self.cues.by_word[cue[0]].measure == "level"

    def _rank_ok(self, text: str, q: Quantity, cs: int, prev: _Fig | None) -> bool:
        if q.qualifier == "under":  # N强, 前N名
            return True
        before = text[cs : q.start]
        if self.rank_cue.search(before):
            return True
        if self.rank_region_end.search(before):
            return True
        if not before.strip(" \u3000") and self._ranked_row(text, q.start, len(text)) > 0:
            return True  # 第1名 某县，…: a ranking's row, the place after its place
        if (
            prev is not None
            and prev.measure == "rank"
            and text.startswith("第", q.start)
            and self.subjects.regex.fullmatch(before.strip(" \u3000")) is not None
        ):
            return True  # …依次排在第四、第五、第六位；太康县第七，西华县第八: a ranking's run, unit by unit
        return bool(
            prev is not None and prev.measure == "rank" and text[prev.q.tail : q.start].strip() == "、"
        )

    def _name(self, text: str, fig: _Fig, prev: _Fig | None, marks: list[PeriodMark]) -> None:
        q = fig.q
        lead = _excise(text, fig.lead_start, q.num_start, marks)
        late = self._late_names.get(fig.clause_start)
        if late and late.startswith(_BEST_COPULA):
            lead = lead.replace(late, "")  # 平均办理时限最短的是甲县，仅: the quantity, not its best unit
        if self.list_mark is not None:
            lead = self.list_mark.sub("", lead, count=1)  # 1. 地区生产总值完成…: the item's number is no name
        cs = fig.clause_start
        if (prev is None or prev.clause_start != cs) and cs > 0 and text[cs - 1] in "：:":
            after_colon = self.namer.lead_name(lead, fig.measure)
            if not after_colon:
                # 指标：数值 (GDP：132.7亿元, 投资：增长7%): the label before the colon names it
                label_start = _last_label_stop(text, cs - 1) + 1
                lead = text[label_start : cs - 1]
            elif after_colon in self.lexicon.keep_verbs:
                # 市场主体：新登记3126户: what the deed made of the label's units (新登记市场主体)
                label_start = _last_label_stop(text, cs - 1) + 1
                lead = after_colon + text[label_start : cs - 1]
            elif after_colon in self.lexicon.label_measures:
                # ▲高技术制造业：增加值增长21.3%: the measure of the branch or chain the label names
                # (高技术制造业增加值); a place's, a company's or a project's label is the figure's subject
                label_start = _last_label_stop(text, cs - 1) + 1
                label = _without_lead(text[label_start : cs - 1]).strip()
                if (
                    label.endswith(self.lexicon.label_holder_ends)
                    and self.subjects.regex.search(label) is None
                ):
                    lead = label + after_colon
        elif cs > 0 and (deed := self.namer.lead_name(lead, fig.measure)) in self.lexicon.keep_verbs:
            line_start = text.rfind("\n", 0, cs) + 1
            colon = max(text.find("：", line_start, cs), text.find(":", line_start, cs))
            if colon > line_start:
                # ◆ 市场主体：实有2.87万户；新登记3126户: the line's label, as after its colon
                label_start = _last_label_stop(text, colon) + 1
                lead = deed + text[label_start:colon]
        name = self.namer.lead_name(lead, fig.measure)
        if self._not_name_start(lead) and fig.measure in (
            "diff",
            "change",
            "rank",
            "ratio",
            "growth",
        ):
            name = ""
        if prev is not None and prev.used_trailing and prev.trailing and name.startswith(prev.trailing):
            rest = self.namer.trim(name[len(prev.trailing) :])
            lead_is_prev = not rest
        else:
            lead_is_prev = False
        trailing = ""
        trailing_end = q.tail
        if q.kind not in ("percent", "pp", "rank", "multiple") and fig.measure in ("level", "change"):
            clause_end = _next_clause_end(text, q.tail)
            trailing, trailing_end = self.namer.trailing_name(text, q.tail, clause_end)
        elif fig.measure == "rank" and text.startswith("个", q.rank_end):
            # 全省第三个复工率达95%的城市: the rank is in what follows
            clause_end = _next_clause_end(text, q.rank_end + 1)
            trailing, trailing_end = self.namer.trailing_name(text, q.rank_end + 1, clause_end)
            if trailing:
                name = ""
        goods = q.unit is not None and q.unit.endswith(self.lexicon.output_units)
        verb = next((v for v in self.lexicon.output_verbs if v in name), "") if goods else ""
        if verb and len(name) > name.rfind(verb) + len(verb) + 1 and fig.measure in ("level", "growth"):
            # (链主企业)生产中重型卡车3.86万辆 → 中重型卡车产量: the goods' output, not the deed or the doer
            rest = name[name.rfind(verb) + len(verb) :]
            suffix = self.lexicon.output_verbs[verb]
            name = rest if rest.endswith(suffix) else rest + suffix
        if trailing and (self.rank_cue.match(trailing) or trailing.startswith("第")):
            trailing = ""  # 以96.5分排名第1: the rank that follows, no name of the score
        if (
            q.kind == "money"
            and fig.measure == "level"
            and "完成" in lead
            and clean(lead).rstrip("，, ").endswith("完成")
        ):
            if name.endswith(_SET_NOUNS[0]):
                name += "完成投资"  # 社会民生项目完成24.6亿元: the investment those projects did
            elif (
                not name
                and prev is not None
                and prev.q.kind == "count"
                and prev.indicator.removesuffix("数").endswith(_SET_NOUNS[0])
            ):
                name = prev.indicator.removesuffix("数") + "完成投资"  # 基础设施项目97个，完成231.7亿元
        if (
            q.kind == "money"
            and fig.measure == "level"
            and prev is not None
            and prev.q.kind == "count"
            and prev.indicator.removesuffix("数").endswith(_SET_NOUNS[1])
            and "链" not in prev.indicator  # 链上企业86家，产值…: a chain's roster, its output the chain's
            and name in self._heads
            and not any(c in text[prev.q.tail : q.num_start] for c in "；;。")
            # no one else's in between (力争某公司产值突破…): the clause holds the measure and a verb or two
            and fig.lead_start == fig.region_start
            and len(clean(re.split(r"[，,、]", lead)[-1])) <= len(name) + 4
        ):
            name = (
                prev.indicator.removesuffix("数") + name
            )  # 重点监测企业100户，完成产值…: those firms' output
        if q.kind == "money" and name:
            cut = max((name.rfind(w) + len(w) for w in self.lexicon.get_verbs if w in name), default=0)
            if 0 < cut < len(name):
                name = name[cut:]  # 帮助企业获得银行授信14.6亿元 → 银行授信: the money got, not the getting
        if trailing and name and q.kind == "money" and trailing.startswith(self.purpose_verbs):
            trailing = ""  # 投资25亿元建设生产基地: what the money is for, not what it measures
        if trailing and name and trailing in self.lexicon.plan_words:
            trailing = ""  # 到位资金完成1400亿元目标任务: the goal of the amount named before
        if (
            trailing
            and q.kind == "money"
            and name in self.lexicon.lifetime_indicators
            and text.startswith("的", q.tail)
        ):
            owner = trailing[: trailing.rfind("项目") + 2] if "项目" in trailing else ""
            if len(owner) >= 4:
                fig.owner = owner  # 总投资20亿元的某某项目落户园区: the project's size
            trailing = ""
        if not trailing and name and q.kind in _COUNTED and fig.measure == "level":
            deed = self.namer.deed(text, q.tail, _next_clause_end(text, q.tail))
            if deed:  # 12个行业有6个实现正增长 → 正增长规模工业主要行业 (the units, by what they did)
                name = deed + (name[:-1] if name.endswith("有") else name)
        if trailing and (len(name) <= 2 or lead_is_prev or q.kind in _COUNTED or fig.measure == "rank"):
            fig.used_trailing = True
            fig.trailing = trailing
            fig.trailing_end = trailing_end
            # 新增…企业 / 未办结的25个问题: a kept verb or what the units have not done stays in the name
            undone = name.startswith("未") and 2 <= len(name) <= 4
            own_lead = text[fig.lead_start : q.num_start].strip()
            # 计划新开工的218个项目: a short modifier before 的 names the units (not 在统计的38个…中: a scope)
            modifier = 2 <= len(name) <= 5 and own_lead.endswith("的") and not own_lead.startswith("在")
            if name in self.keep_verbs or undone or modifier:
                name = name + trailing
            elif deed_verb := next((v for v in self.keep_verbs if name.endswith(v)), ""):
                # 签约引进20名博士: a deed ending in a kept verb keeps it (引进博士)
                name = deed_verb + trailing
            else:
                name = trailing
        last = prev.indicator if prev is not None else ""
        if not name and last and q.kind == "count" and self.namer.naming.stock_lead(lead):
            name = self.namer.naming.stock_of(last, "总数")  # …12家，总数达到150家
        elif (
            name.startswith("总")
            and len(name) <= 4
            and prev is not None
            and prev.indicator
            and (name not in self.lexicon.lifetime_indicators or prev.indicator.endswith(_SET_NOUNS))
        ):  # 办结项目120个、总投资…: of those projects (not 装机量…，增长58.6%；二期项目总投资45亿元)
            base = prev.indicator[:-1] if prev.indicator.endswith("数") else prev.indicator
            name = self.namer.naming.stock_of(base, name)
        elif (
            prev is not None
            and prev.indicator
            and (other := self.namer.naming.other_tail(prev.indicator, name))
        ):
            name = other  # 南果梨种植面积50万亩左右，产量近40万吨: the pears' yield, not a bare 产量
        if not name and q.kind == "count" and fig.measure == "level" and prev is None:
            name = self._topic_before(text, cs)  # …类问题占比最高，累计达到38个
        if fig.measure == "rank" and not name and self._ranked_row(text, q.start, len(text)) > 0:
            name = self._ranking_order(text, q.start)  # 按办结率排序如下：\n第1名 某县，…
        if fig.measure == "rank" and (
            (not name and prev is None) or (name and name.endswith(self.lexicon.ranked_units))
        ):
            # 在…考核中，某县进入前三名 / 在…考评中，某产业链位列第一: the ranking names what is ranked on
            scope = self.namer.trim(self.namer.naming.scope(text[max(0, cs - 48) : cs]))
            if scope or not name:
                name = scope
        verb = (
            next((v for v in self.lexicon.keep_verbs if name.endswith(v) and len(name) > len(v) + 1), "")
            if name.endswith(self.lexicon.keep_verbs)  # one C call rules out the usual name with none
            else ""
        )
        if verb:
            name = verb + name[: -len(verb)]  # 小巨人企业新增6家 → 新增小巨人企业
        if name in self.keep_verbs and prev is not None and prev.indicator.startswith(name):
            name = prev.indicator  # 新增企业120家…，新增数量居全省第2位: the count before it
        name = self._rate_named(name, fig.measure)
        if fig.measure == "ratio" and prev is not None and prev.indicator and _SHARE_OF_WHOLE.search(name):
            name = prev.indicator  # 产值1086亿元，在全区总产值中的占比达到78.3%: the share of that amount
        goal_of = prev
        if (
            q.kind == "money"
            and prev is not None
            and prev.q.kind != "money"
            and prev.money_before is not None
        ):
            # 实际到位资金1127.5亿元，增长12.1%，完成全年1400亿元目标任务的80.5%: the goal of that amount
            goal_of = prev.money_before
        if (
            goal_of is not None
            and name in self.lexicon.plan_words
            and any(c in text[goal_of.q.tail : q.num_start] for c in "｜|")
        ):
            # 总投资56.0｜年度计划18.0: a cell of its own, the plan of what the cell before measures
            head = next((h for h in self._heads if goal_of.indicator.endswith(h)), "")
            name, goal_of = (name + head if head and not name.endswith(head) else name), None
        if (
            fig.measure == "level"
            and goal_of is not None
            and goal_of.indicator
            and (
                (q.kind == "money" and goal_of.q.kind == "money")
                or (q.kind in _COUNTED and q.kind == goal_of.q.kind and q.unit == goal_of.q.unit)
            )  # 走访企业4126家次，完成全年任务4800家次的86%: the plan of the count before
            and name in self.lexicon.plan_words
        ):
            name, fig.year_goal = goal_of.indicator, True  # 完成全年目标任务500亿元: the year's goal of it
        elif (
            fig.measure == "growth"
            and prev is not None
            and prev.indicator
            and name in self.lexicon.plan_words
        ):
            name = prev.indicator  # 增长5.4%，年度预期目标为增长5.5%左右: the goal of the same growth
        subsidy = self._subsidy_name(text, fig, lead)
        if subsidy:
            name = subsidy
        peers = self._peer_set(text, fig) if fig.measure == "level" and q.kind == "count" else None
        if peers is not None:
            fig.peer_of, name = peers
        if fig.measure == "rank" and prev is not None and prev.peer_of and prev.clause_start == cs:
            name = prev.carried  # 增速在全省21个市（州）中排第4位: the rate before the peers
        counted = prev
        if prev is not None and prev.q.kind != "count" and q.kind == "count" and prev.count_before:
            counted = prev.count_before  # 引进项目27个，协议投资额142.6亿元，已开工19个: the count first
        name = self._done_of_whole(text, fig, counted, name)
        if (
            fig.measure == "level"
            and prev is not None
            and prev.indicator
            and name.startswith(_SHARE_VERB)
            and len(name) > len(_SHARE_VERB) + 2
            and text.startswith("的", q.tail)
        ):
            # 完成投资782亿元，占年度计划投资1136亿元的68.8%: the plan, whose share the next figure is
            name, fig.share_of = name[len(_SHARE_VERB) :], prev.indicator
        if fig.measure == "ratio" and prev is not None and prev.share_of and clean(lead) in ("", "的"):
            name = prev.share_of
        elif fig.measure == "ratio" and prev is not None and self._of_plan(lead):
            name = prev.indicator  # 完成投资236.5亿元，为年度计划的108.6%: the share done of the plan
        if name in self._bare_words:
            name = ""  # 1—10月实际完成1.1亿元: an adverb left of a deed names nothing
        if fig.measure == "rank" and name and name == self._peer_group(text, cs, q.start):
            name = ""  # 珠三角九市排第2位: the group ranked among names no quantity
        late = self._late_names.get(fig.clause_start)
        if late and late in name:
            name = name.replace(late, "")  # 增速沁水县最快: the county is the subject, not in the name
        # one character names no amount (以96.5分排名第1: a preposition left); a count it may (5个县)
        fig.indicator = self.namer.canonical(name) if len(name) > 1 or (name and q.kind == "count") else ""
        if fig.indicator and prev is not None and q.kind != "count" and prev.clause_start != cs:
            whole = _parallel(fig.indicator, prev.indicator)
            if whole and whole.endswith(self._heads) and whole not in self._catalogue_names:
                fig.indicator = self.namer.canonical(whole)  # 城镇居民人均可支配收入…；农村居民为…元
            elif (
                len(fig.indicator) >= 2
                and prev.indicator.startswith(fig.indicator)
                and prev.indicator != fig.indicator
                and prev.indicator in self._catalogue_names
            ):
                # 农村居民人均可支配收入…，农村增速领先城镇…: the same, said short
                fig.indicator = prev.indicator
        fig.carried = prev.indicator if prev is not None else ""
        if fig.indicator:
            fig.indicator, project = self._antecedent(text, q.start, fig.indicator)
            project = _without_lead(project)
            if (
                project
                and not fig.owner
                and self._item is None  # a numbered item's heading names its project already
                and not project_class(project, self.lexicon.item_name_ends, self.lexicon.project_class_words)
            ):
                fig.owner = project  # 某某工程同步开工。该工程总投资2.3亿元: the project's own figure
        if not fig.indicator and prev is not None and fig.measure in ("level", "growth", "ratio"):
            fig.indicator = self._clause_named_before(text, prev, cs)
        if (
            not fig.indicator
            and prev is not None
            and not (q.unit in self.lexicon.unit_names and prev.q.unit != q.unit)
        ):  # (16家单位中，甲局以97.15分列第一: a score takes no name of a count before it)
            alike = (
                prev.count_before if q.kind == "count" else prev.money_before if q.kind == "money" else None
            )
            if (
                alike is not None
                and prev.q.kind != q.kind
                and alike.indicator
                and fig.measure == prev.measure == alike.measure == "level"
            ):
                # 甲区开工项目14个、总投资168.5亿元；乙县12个、76.3亿元: each the name of the last of its kind
                fig.indicator = alike.indicator
            else:
                fig.indicator = self._done_of_plan(lead, prev.indicator) or prev.indicator
            if fig.measure == "rank" and prev.q.kind == "count" and prev.clause_start == cs and prev.carried:
                fig.indicator = prev.carried  # 增速在全省105个开发区中排第9位: not the peers' count
        elif fig.run > 0 and prev is not None:  # 粮食播种面积…、产量… → 粮食产量
            fig.indicator = self.namer.naming.inherit_head(fig.indicator, prev.indicator)
        unnamed = not fig.indicator
        if fig.measure == "level" and q.unit == "分" and (moved := self._score_moved(text, q.num_start)):
            fig.indicator = moved  # 加1.5分 → 加分, 扣减1分 → 扣分
            unnamed = False
        if unnamed and fig.measure == "level" and q.unit in self.lexicon.unit_names:
            fig.indicator = self.lexicon.unit_names[q.unit]  # 甲镇以96.5分排名第1 → 得分
        if fig.indicator == self._plain_score and fig.measure == "level" and self._plain_score:
            # 综合得分平均为88.95分…甲县以92.6分排名第一 (甲县得分92.6分): the score its paragraph named; a
            # score named by nothing, the score the report named last
            line_start = text.rfind("\n", 0, q.num_start) + 1
            named = self._score_names.findall(text, line_start, q.num_start)
            before = self._score_before(text, q.num_start) if unnamed and not named else ""
            fig.indicator = named[-1] if named else before or fig.indicator
        self._part_of_whole(text, fig, prev)
        if (
            prev is not None
            and prev.q.kind == "count"
            and q.kind != "count"
            and prev.clause_start != cs
            and fig.indicator in self.lexicon.set_flows
            and prev.indicator.removesuffix("数").endswith(_SET_NOUNS[0])
            and not fig.owner
            and not text.startswith("的", q.tail)  # 其中投资12亿元的某项目: that project's size
            and "其中" not in text[prev.q.tail : q.num_start]
        ):  # 亿元以上在建项目1036个，完成投资增长8.2%: what those projects did (市重点项目数 is the same set)
            base = prev.indicator.removesuffix("数")
            fig.indicator = self.namer.canonical(base + self.lexicon.set_flows[fig.indicator])

    def _bracketed_peer(self, text: str, fig: _Fig, prev: _Fig | None) -> None:
        """增长6.2%，…比全省（5.8%）高0.4个百分点: a rate in brackets right after the region a comparison
        names is that region's rate of the same thing (a growth of 地区生产总值, the province's)."""
        q = fig.q
        if (
            prev is None
            or q.kind != "percent"
            or fig.measure not in ("ratio", "growth")
            or prev.measure not in ("growth", "diff")  # (增长6.2%，比上半年回落0.1个百分点，比全省（5.8%）…)
            or not prev.indicator
            or text[q.start - 1 : q.start] not in ("（", "(")
            or text[q.end : q.end + 1] not in ("）", ")")
        ):
            return
        place = self.subjects.regex.search(text, max(fig.clause_start, q.start - 8), q.start - 1)
        if place is None or place.end() != q.start - 1:
            return
        before = text[fig.clause_start : place.start()]
        if not before.endswith(tuple(self.lexicon.comparators)):
            return
        fig.measure, fig.sign = "growth", 1
        fig.indicator = prev.indicator
        fig.owner = self.word_map.get(place.group(), self.subjects.names[place.group()][0])

    def _clause_named_before(self, text: str, prev: _Fig, cs: int) -> str:
        """石油及制品类零售额受油价走低拖累，下降5.2%: a clause with no number right before a figure's
        clause that names nothing is that figure's name, when it names an amount (ends in a head noun);
        else ""."""
        parts = re.split(r"[，,；;]", text[prev.q.tail : cs])
        if len(parts) < 3 or any(ch.isdigit() for ch in parts[-2]):
            return ""
        name = self.namer.canonical(self.namer.lead_name(parts[-2], "level"))
        if len(name) >= 3 and name.endswith(self._heads):
            return name
        # 房地产开发投资仍在下行，同比下降12.6%: a catalogue name and what it is doing
        catalogue = self.namer.catalogue
        known = next((name[:k] for k in range(len(name) - 2, 2, -1) if name[:k] in catalogue), "")
        return catalogue[known] if known else ""

    def _shared_parts(self, figs: list[_Fig]) -> None:
        """…居民人均可支配收入13215元，…，城镇、农村居民分别增长4.9%和6.8%: a part named after the sentence's
        whole (the first figure, a catalogue name), shared a figure or not, is named as the catalogue names it
        with the whole's name (城镇居民人均可支配收入; 重工业 after 规上工业增加值 → 重工业增加值)."""
        whole = ""
        for fig in figs:
            if not whole:
                whole = (
                    fig.indicator if fig.q.kind != "count" and fig.indicator in self.namer.catalogue else ""
                )
                continue
            if fig.records and fig.q.kind != "count":
                fig.records = [
                    (self._part_of(name, whole), period, subject) for name, period, subject in fig.records
                ]

    def _catalogue_parts(self, figs: list[_Fig], whole: str) -> None:
        """全体居民人均可支配收入55926元。其中城镇居民65318元，…；农村居民32847元: the parts of a sentence
        opening on 其中, each named by a word the catalogue knows only with the rest of the whole's name
        (城镇居民 + 人均可支配收入), take that name."""
        for fig in figs:
            if fig.q.kind != "count":
                fig.indicator = self._part_of(fig.indicator, whole)

    def _part_of(self, name: str, whole: str) -> str:
        """``name`` as the catalogue names it as a part of ``whole`` (城镇居民 of 全体居民人均可支配收入 →
        城镇居民人均可支配收入): with the rest of the whole's name, when that joins into a catalogue name;
        else ``name`` as it is (one the catalogue knows already too)."""
        catalogue = self.namer.catalogue
        if not name or name in catalogue:
            return name
        for k in range(1, len(whole) - 1):
            joined = catalogue.get(name + whole[k:])
            if joined is not None and joined != whole:
                return joined
        return name

    def _name_classes(self, text: str, figs: list[_Fig]) -> None:
        """产值超10亿元企业21家、超100亿元企业3家: a count after a class's threshold is named by the class,
        its threshold in it (产值超10亿元企业); a class in a run shares the first one's head (产值)."""
        words = self.lexicon.class_words
        head = noun = ""
        for fig, after in itertools.pairwise(figs):
            if not _threshold_before_count(text, fig, after, words):
                continue
            word = next((w for w in words if text.endswith(w, 0, fig.q.num_start)), "")
            start = fig.q.num_start - len(word)
            head = self.namer.lead_name(text[fig.lead_start : start], "level") or head
            gap = clean(text[fig.q.end : after.q.num_start])  # 企业 / 的企业有 / 的有 (the noun before)
            noun = self.namer.trim(gap) or noun
            if noun:
                after.indicator = (
                    head + clean(text[start : fig.q.end]) + ("的" if gap[:1] == "的" else "") + noun
                )

    def _subsidy_name(self, text: str, fig: _Fig, lead: str) -> str:
        """按设备投资额的8%给予补助 → 补助比例; …给予补助，每家最高不超过500万元 → 补助: a rule's rate and its
        cap, named by what it gives; "" for any other figure."""
        q = fig.q
        if fig.measure == "ratio" and q.kind == "percent":
            m = self.subsidy_rate.match(text, q.tail)
            return m["noun"] + "比例" if m is not None else ""
        if fig.measure != "level" or q.kind != "money" or not self.cap_words.search(lead):
            return ""
        own = [m["noun"] for m in self.subsidy_rate.finditer(lead)] or self.subsidy.findall(lead)
        if own:
            return str(own[-1])  # 最高获得奖励1200万元
        ss = max(text.rfind(c, 0, fig.clause_start) for c in "。！？!?\n") + 1
        given = [m["noun"] for m in self.subsidy_rate.finditer(text, ss, fig.clause_start)]
        return given[-1] if given else ""

    def _peer_set(self, text: str, fig: _Fig) -> tuple[str, str] | None:
        """在全省21个市（州）中排第4位 / 居全市18个县（市、区）第5位: a count between a region (after 在 or a
        rank cue) and a rank counts the peers the rank is among: (the region, the peers' noun); else None."""
        q = fig.q
        places = self.subjects.all_in(text, fig.clause_start, q.num_start)
        places = [p for p in places if p.end == q.num_start]
        if not places or places[-1].kind not in ("province", "city", "region"):
            return None
        place = places[-1]
        before = text[fig.clause_start : place.start]
        if not before.endswith("在") and not self.rank_cue.search(before[-3:]):
            return None
        peers = _PEERS_BEFORE_RANK.match(text, q.tail, _next_clause_end(text, q.tail))
        if peers is None:
            return None
        return self.word_map.get(text[place.start : place.end], place.name), peers["noun"]

    def _topic_before(self, text: str, cs: int) -> str:
        """用地类问题占比最高，累计达到38个: a count with no name of its own, first in its sentence, counts
        the units the clause before it names (up to its last ``whole_nouns`` word) when that clause has
        no figure of its own."""
        if cs < 2 or text[cs - 1] not in "，,":
            return ""
        start = max(text.rfind(c, 0, cs - 1) for c in "，,。；;！？!?\n：:") + 1
        clause = text[start : cs - 1].strip()
        if not clause or any(ch.isdigit() for ch in clause):
            return ""
        end = max((clause.rfind(w) + len(w) for w in self.lexicon.whole_nouns if w in clause), default=-1)
        topic = clause[:end] if end > 0 else ""
        return topic if len(topic) >= 4 and all("\u4e00" <= c <= "\u9fff" for c in topic) else ""

    def _done_of_whole(self, text: str, fig: _Fig, prev: _Fig | None, name: str) -> str:
        """收集问题78个，已解决61个: a count named by a bare deed (已解决, 协调解决: a verb, no noun) right
        after a count of a whole in the same sentence counts the whole's units that did it (→ 已解决问题);
        when the whole is already named by that deed (计划新开工项目48个，已开工41个) it is the whole's
        units without the plan word (→ 新开工项目). 尚有/其余 N个 after such a count is the rest
        (→ 未解决问题)."""
        q = fig.q
        if (
            prev is None
            or q.kind != "count"
            or fig.measure != "level"
            or prev.q.kind != "count"
            or prev.q.unit != q.unit
            or (prev.whole and not any(c in text[prev.q.tail : q.num_start] for c in "；;"))
            or any(c in text[prev.q.tail : q.num_start] for c in "。！？!?\n")
            or "其中" in text[prev.q.tail : q.num_start]
        ):
            return name
        between = text[prev.q.tail : q.num_start]
        seg = re.split(r"[，,；;、]", between)[-1].strip()
        if seg.startswith(self.lexicon.keep_verbs) or between.rstrip()[: -len(seg) or None].endswith("、"):
            return name  # 新增企业61家，新增市场主体3850家 / 500强企业3家、上市公司5家: counts side by side
        if seg in self.lexicon.remainder_words:
            done = prev.indicator.removeprefix("已")
            if not done.startswith("未") and done.endswith(self.lexicon.whole_nouns):
                return "未" + done  # 解决26条，其余15条: 未解决问题
            return name
        if "已" not in seg and (_parts_follow(text, prev, fig) or seg.endswith(_KIND_ENDS)):
            return name  # 未办结的25个问题中，资金类10个: a kind of the whole, not a deed (已开工206个)
        deed = seg[seg.find("已") :] if "已" in seg else seg
        if (
            not 2 <= len(deed) <= 8
            or deed.endswith(self.lexicon.strip_suffix)  # 累计达到612家: a stock, not a deed
            or any(w in deed for w in self.lexicon.whole_nouns)
            or not all("\u4e00" <= c <= "\u9fff" for c in deed)
            or self.subjects.regex.search(deed) is not None  # ；耒阳市12个: a unit's count, not a deed
            or self.regions_at(deed, 0, len(deed)) is not None
        ):
            return name
        base = prev.trailing if prev.used_trailing and prev.trailing else prev.indicator
        whole = prev.whole or next((w for w in self.lexicon.whole_nouns if base.endswith(w)), "")
        if not whole:
            return name
        verb = deed[-2:]
        if verb in base:
            plan = next((w for w in self.lexicon.plan_words if base.startswith(w)), "")
            return base[len(plan) :] if plan else name
        # 已开工41个 → 已开工项目; 办结778个 → 办结问题: the 已 only where the text says it
        return ("已" if deed.startswith("已") else "") + verb + whole

    def _counted_before(self, text: str, pos: int, unit: str | None) -> str:
        """The noun of ``whole_nouns`` last counted in ``unit`` (项目412个, 412个项目) in the paragraph before
        ``pos``; "" when none is."""
        if not unit:
            return ""
        ps = text.rfind("\n", 0, pos) + 1
        nouns = self._whole_nouns
        number = "[0-9０-９.]+" + re.escape(unit)
        # 项目412个 / 项目有17个 / 412个项目 (one pattern per unit, cached by re)
        counted = re.compile(f"(?P<a>{nouns})(?:{'|'.join(_BEING)})?{number}|{number}(?P<b>{nouns})")
        found = list(counted.finditer(text, ps, pos))
        return (found[-1]["a"] or found[-1]["b"]) if found else ""

    def _set_before(self, text: str, pos: int) -> str:
        """The noun of ``whole_nouns`` a set is named by, as the scope of what follows (收集的问题中，…), last
        in the paragraph before ``pos``; "" when none is."""
        ps = text.rfind("\n", 0, pos) + 1
        found = list(re.finditer(f"({self._whole_nouns})中[，,]", text[ps:pos]))
        return found[-1].group(1) if found else ""

    def _kind_view(self, text: str, pos: int, unit: str | None = None) -> str:
        """The noun a sentence before ``pos`` sorts by kind (从问题类型看，… / 按企业类别分，…), when it is
        one of ``whole_nouns``; when the kind word names none (按类型分，…), the noun last counted in
        ``unit`` before it; else ""."""
        ss = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
        for word in self.lexicon.kind_words:
            at = text.find(word, ss, pos)
            if at > ss:
                before = text[max(ss, at - 4) : at]
                named = next((w for w in self.lexicon.whole_nouns if before.endswith(w)), "")
                if not named and unit:
                    named = self._counted_before(text, at, unit)  # 收集问题9个…；按类型分，用地类2个
                if not named:
                    named = self._set_before(text, at)  # 本周收集的问题中，…。按类型分，用地类2个
                return named
        return ""

    def _score_moved(self, text: str, at: int) -> str:
        """加分 / 扣分 for points right after a word that moves a score (attribution.yaml score_moves)."""
        word = next((w for w in self._score_move_words if text.startswith(w, at - len(w))), "")
        return self.lexicon.score_moves[word] if word else ""

    def _score_before(self, text: str, at: int) -> str:
        """The score the report last named before ``at`` (按综合得分由高到低排列，得分及名次如下：…91.28分):
        what its bare 得分 are. The report is searched once, onwards from where the last figure asked."""
        seen, name = self._score_seen
        if at < seen:
            seen, name = 0, ""
        for m in self._score_names.finditer(text, seen, at):
            name = m.group()
        self._score_seen = (at, name)
        return name

    def _part_of_whole(self, text: str, fig: _Fig, prev: _Fig | None) -> None:
        """问题7个，其中用地报批3个、资金筹措2个: the parts of a counted whole, named by a kind alone, are
        kinds of the whole's noun (用地报批问题)."""
        q = fig.q
        if (
            q.kind == "count"
            and fig.indicator
            and (
                text[q.start - 1 : q.start] == "的"
                or (text[q.start - 2 : q.start - 1] == "的" and text[q.start - 1 : q.start] in _BEING)
            )
            and not fig.indicator.endswith(self.lexicon.whole_nouns)
        ):
            noun = self._counted_before(text, q.start, q.unit)
            if noun:
                # 入库项目412个。…处于在谈阶段的158个，已签约未开工的97个: the count's noun is left out
                fig.indicator = self.namer.canonical(fig.indicator + noun)
                return
        if q.kind == "count" and fig.indicator.endswith(_KIND_ENDS):
            whole = self._kind_view(text, q.start, q.unit)
            if whole:
                fig.indicator = self.namer.canonical(fig.indicator + whole)  # 从问题类型看，政策兑现类64个
                fig.whole = whole
                return
        if prev is None or q.kind != "count" or prev.q.kind != "count" or prev.q.unit != q.unit:
            return
        if prev.whole and fig.run > 0:
            fig.whole = prev.whole
        elif _parts_follow(text, prev, fig):
            name = prev.trailing if prev.used_trailing and prev.trailing else prev.indicator
            fig.whole = next((w for w in self.lexicon.whole_nouns if name.endswith(w)), "")
            whole_name = prev.indicator
            if fig.whole and whole_name.startswith("未") and whole_name.endswith(fig.whole):
                # 未办结的25个问题中，资金类10个 → 未办结资金类问题
                fig.undone = whole_name[: -len(fig.whole)]
        if prev.undone and fig.run > 0:
            fig.undone = prev.undone
        if (
            fig.whole
            and fig.indicator
            and not fig.indicator.endswith(fig.whole)
            and fig.whole not in fig.indicator
        ):
            undone = fig.undone if not fig.indicator.startswith(fig.undone) else ""
            fig.indicator = self.namer.canonical(undone + fig.indicator + fig.whole)

    def _antecedent(self, text: str, pos: int, name: str) -> tuple[str, str]:
        """该产业链营业收入 → 现代家居产业链营业收入: a name opening with an anaphor takes the last name
        ending in the same noun that opens a sentence or clause in the text before ``pos`` (within a
        window). Also the project so named, when the antecedent is one (该工程总投资…), else ""."""
        if not name.startswith(self.anaphors):
            return name, ""
        word = next((w for w in self.anaphors if name.startswith(w)), "")
        if not word:
            return name, ""
        rest = name[len(word) :]
        for k in range(min(len(rest), 6), 1, -1):
            noun = rest[:k]
            window = text[max(0, pos - _ANTECEDENT_REACH) : pos]
            found = [
                m.group(1)
                for m in re.finditer(
                    r"(?:^|[。，,；;：:！？\n])([^。，,；;：:！？\n]{1,16}?" + re.escape(noun) + ")", window
                )
                if not any(m.group(1).startswith(w) for w in self.lexicon.name_anaphors)
                and len(m.group(1)) > len(noun)
            ]
            if found:
                project = clean(found[-1])
                if rest[k:] and names_project(project, self.lexicon.item_name_ends):
                    # 某某项目。该项目计划总投资…: the project is the subject; its life total is its 总投资
                    own = rest[k:]
                    named = self.namer.canonical(
                        self.lexicon.set_totals[0] if own in self.lexicon.set_totals else own
                    )
                    return named, project if word.startswith("该") else ""
                return self.namer.canonical(project + rest[k:]), ""
        return name, ""

    def _of_plan(self, lead: str) -> bool:
        """Is ``lead`` a plan word and a copula at most (为年度计划的, 占计划)?"""
        s = clean(lead).strip("，,、；;：: \u3000")
        s = re.sub(r"^(?:为|是|占|达到|达)", "", s)
        s = s[:-1] if s.endswith("的") else s
        return s in self.lexicon.plan_words

    def _done_of_plan(self, lead: str, before: str) -> str:
        """年度计划投资8亿元，1—8月完成6.1亿元: a bare deed after a plan's figure names what was done
        (完成投资); "" when the lead is no bare deed or the name before is no plan's."""
        deed = clean(lead)
        deed = deed[max(deed.rfind("|"), deed.rfind("｜")) + 1 :]  # …｜1—10月完成15.9: the cell's own words
        deed = deed.strip("，,、；;：: \u3000")
        opening = self.periods.find(deed, 0, len(deed))
        if opening and opening[0].start == 0:
            deed = deed[opening[0].end :]  # 1—10月完成: the period, no part of the deed
        if deed not in self.lexicon.done_verbs:
            return ""
        for word in sorted_longest_first(list(self.lexicon.plan_words)):
            idx = before.rfind(word)
            if idx >= 0 and len(before) > idx + len(word):
                rest = before[idx + len(word) :]  # 投资 (年度计划投资), or 完成投资 itself (计划完成投资)
                return self.namer.canonical(rest if rest.startswith(deed[-2:]) else deed[-2:] + rest)
        return ""

    def _not_name_start(self, lead: str) -> bool:
        """Does ``lead`` open with a word no indicator name opens with?"""
        done = self._not_name_start_of.get(lead)
        if done is None:
            done = self.not_name_start.match(clean(lead)) is not None
            if len(self._not_name_start_of) >= _MEMO_SIZE:
                self._not_name_start_of.clear()
            self._not_name_start_of[lead] = done
        return done

    def _distribute(
        self,
        text: str,
        figs: list[_Fig],
        ss: int,
        marks: list[PeriodMark],
        year: int | None,
        doc_period: str | None,
        state: _State,
    ) -> None:
        """Give each figure its records: one, or one per item that 分别 / 均 / a ranked list names."""
        self._name_shares(text, figs)
        i = 0
        while i < len(figs):
            j = i + 1
            while j < len(figs) and figs[j].run > 0:
                j += 1
            run = figs[i:j]
            first = run[0]
            region_start = first.region_start
            if i > 0 and figs[i - 1].used_trailing and figs[i - 1].trailing_end > region_start:
                region_start = figs[i - 1].trailing_end
            region = text[region_start : first.q.num_start]
            dist = None
            for m in self.dist_words.finditer(region):
                if m.group() == "均" and region[m.start() - 1 : m.start()] in _AVERAGE_BEFORE:
                    continue  # 平均, 人均: an average, not "each of them"
                at = region_start + m.start()
                if any(text.startswith(n, at - k) for n, k in self._dist_in_names):
                    continue  # 都昌县增长4.1%: a place's name, not "all of them"
                dist = m
            names: list[str] | None = None
            periods: list[str | None] | None = None
            subjs: list[str | None] | None = None
            label = self._list_label(text, first, region, len(run)) if dist is None else None
            if dist is not None or label is not None:
                # (城镇、农村居民人均可支配收入：13268元、6154元: a label listing the run's items, before its
                # colon, gives them out as 分别 does)
                before = region[: dist.start()] if dist is not None else label or ""
                phrase_raw = region[dist.end() :] if dist is not None else ""
                late = self._late_names.get(first.clause_start, "")
                if late.startswith(_BEST_COPULA) and late in before:
                    # 贷款余额最多的是甲县、乙县和丙县，分别为…: the units the copula lists, then what they
                    # are the most of
                    at = before.find(late)
                    before = late[len(_BEST_COPULA) :] + before[:at] + before[at + len(late) :]
                aspects = [p for p in LIST_SPLIT.split(clean(before)) if p]
                if (
                    len(run) == 1
                    and i > 0
                    and len(aspects) >= 2
                    and all(self._aspect(p) for p in aspects)
                    and figs[i - 1].indicator
                ):
                    # 进出口总额215亿元，增长18%，总量和增速双双居全省第3位: one rank each, of that amount
                    first.records = [(figs[i - 1].indicator, None, None)] * len(aspects)
                    first.indicator = figs[i - 1].indicator
                    i = j
                    continue
                items = self.namer.split_items(before, expand=len(run) > 1, want=len(run)) if before else []
                period_items = self._period_items(before, year, doc_period)
                subject_items = self._subject_items(before) if before else None
                whole, parts = next(
                    (
                        (w, p)
                        for w, p in self.lexicon.collective_parts.items()
                        if w in before and len(p) == len(run)
                    ),
                    ("", None),
                )
                if parts is not None:  # 三次产业…贡献率分别为…: one each of its parts, in order
                    tail = before[before.find(whole) + len(whole) :]
                    head = next((h for h in self._heads if tail.startswith(h)), "")
                    # 三次产业投资分别增长…: each part's amount of the noun after the whole (第一产业投资)
                    names = [self.namer.canonical(p + head) for p in parts]
                elif subject_items is not None and (len(run) == 1 or len(subject_items[0]) == len(run)):
                    subjs = list(subject_items[0])
                    rest = self.namer.lead_name(subject_items[1], first.measure)
                    # (甲县、乙县重点项目完成率分别为…: the rate of the investment done, as for one unit)
                    base_name = (
                        self._rate_named(self.namer.canonical(rest), first.measure)
                        if rest
                        else first.indicator
                    )
                    if not base_name and run[-1].used_trailing and run[-1].q.kind == first.q.kind:
                        base_name = run[-1].indicator  # 分别有3个、5个、4个项目开工: the units the last names
                    names = [base_name] * len(subjs)
                elif period_items is not None:
                    periods = period_items[1]
                    base = period_items[0]
                    if base:
                        names = [self.namer.canonical(base)] * len(periods)
                    else:
                        names = [first.indicator] * len(periods) if first.indicator else None
                        if not first.indicator and len(figs) and i > 0:
                            names = [figs[i - 1].indicator] * len(periods)
                elif len(items) >= 2 and (len(items) == len(run) or len(run) == 1):
                    deed = self._deed_after_list(phrase_raw, first.measure)
                    # 甲、乙、丙项目分别完成投资…: each item with the deed named after 分别
                    names = [self.namer.canonical(self._join(x, deed) if deed else x) for x in items]
                elif len(run) > 1 and len(self._units_before(text, ss, first.clause_start) or ()) == len(run):
                    # 甲区、乙区、丙县项目推进较快，完成投资分别占…: the units the clause before lists
                    subjs = list(self._units_before(text, ss, first.clause_start) or ())
                    names = [first.indicator] * len(run)
                elif (
                    len(run) == 1
                    and len(items) <= 1
                    and dist is not None
                    and dist.group() in _EACH_WORDS
                    and first.indicator
                    and first.measure != "rank"  # 分别占23.5%、18.2%，均居全市第一: a rank of each figure
                ):
                    # 甲县、乙县…，走访企业均不足20家次 / 甲县、乙县分别收集问题18个、16个，解决率均超过
                    # 七成: one each for the units the sentence gave before (a list, or a run's units)
                    listed = self._units_before(text, ss, first.clause_start) or _run_units(figs, i)
                    if len(listed) >= 2 and all(listed):
                        subjs = list(listed)
                        names = [first.indicator] * len(subjs)
                elif not items and _parallel_before(figs, i, len(run)):
                    # 城镇…42310元，农村…21560元，分别增长5.0%和7.3%: one each, in the order named
                    names = [f.indicator for f in figs[i - len(run) : i]]
                elif len(run) == 1 and not items and len(_alike_before(figs, i)) >= 2:
                    # 实际利用外资1.8亿美元，实际到位内资52亿元，增速均居全市第一: each figure before it
                    alike = _alike_before(figs, i)
                    names = [f.indicator for f in alike]
                    subjs = [f.records[0][2] if f.records else None for f in alike]
                elif len(run) >= 1 and state.run_names and (len(run) > 1 or not items):
                    phrase = self.namer.lead_name(phrase_raw, first.measure) if phrase_raw else ""
                    if before and len(items) <= 1:
                        phrase = self.namer.lead_name(before, first.measure) + phrase
                    if not phrase and first.measure == "ratio" and "投资" in phrase_raw + before:
                        phrase = "完成投资"  # 分别完成年度投资计划的…%: the share is of the investment done
                    prev_names = state.run_names
                    want = len(run) if len(run) > 1 else len(prev_names)
                    own = phrase if phrase in self.namer.naming.names and phrase not in prev_names else ""
                    if len(prev_names) >= want:
                        picked = prev_names[-want:]
                        names = [
                            # 甲区、乙区增加值分别增长…，固定资产投资分别增长…: a catalogue name of its
                            # own is the run's name (the units stay); else it extends the names before
                            own
                            or self.namer.canonical(
                                self._rate_of(n, phrase, first.measure) or self._join(n, phrase)
                            )
                            for n in picked
                        ]
                        prev_subjects = state.run_subjects[-want:]
                        if len(prev_subjects) == want and any(prev_subjects):
                            subjs = prev_subjects
            elif _units_before(figs, i, len(run)):
                # 甲县、乙县办结率分别为86.4%和85.1%，低于全市7.7个和9个百分点: one each, in the order the
                # run before gave its units
                before_run = figs[i - len(run) : i]
                names = [f.records[0][0] for f in before_run]
                subjs = [f.records[0][2] for f in before_run]
            elif first.measure == "rank":
                cut = self.rank_cue.search(region)
                lead = region[: cut.start()] if cut else region
                items = self.namer.split_items(strip_brackets(lead))  # 各县（市、区）: a gloss, not a list
                if len(items) >= 2 and len(run) == 1:
                    names = [self.namer.canonical(x) for x in items]
                units = self._rank_units(lead, figs, i) if len(run) == 1 else None
                if units is None and len(run) == 1 and not items[1:]:
                    units = self._units_after(text, first.q.end)  # 排名前三的依次为甲县、乙县和丙县
                if units is not None:
                    # 甲市、乙市增速分列全省前2位 / 甲市和乙市均增长6.5%，并列全省第1位: one rank each
                    subjs = units
                    names = [first.indicator] * len(units)
            subj_list: list[str | None] = subjs if subjs is not None else [None] * len(names or [])
            if names is not None and len(run) > 1 and len(names) == len(run):
                # 一季度、二季度…分别不少于15个、12个: one period each, in order
                period_list = periods if periods is not None else [None] * len(run)
                for fig, name, subj, period in zip(run, names, subj_list, period_list, strict=True):
                    fig.indicator = name
                    fig.records = [(name, period, subj)]
            elif names is not None and len(run) == 1:
                if periods is not None:
                    first.records = [(n, p, None) for n, p in zip(names, periods, strict=True)]
                else:
                    first.records = [(n, None, subj) for n, subj in zip(names, subj_list, strict=True)]
                first.indicator = names[0]
            elif len(run) > 1:
                # a run without a list to pair with: each keeps the first's name unless it has its own
                for fig in run[1:]:
                    if not fig.indicator or fig.indicator == run[0].indicator:
                        fig.indicator = run[0].indicator
            if len(run) > 1:
                state.run_names = [f.indicator for f in run]
                state.run_subjects = [f.records[0][2] if f.records else None for f in run]
            elif subjs is not None and len(subjs) > 1:
                state.run_names = list(names or [])
                state.run_subjects = list(subjs)
            i = j
        for fig in figs:
            if not fig.records:
                fig.records = [(fig.indicator, None, None)]

    def _list_label(self, text: str, first: _Fig, region: str, count: int) -> str | None:
        """城镇、农村居民人均可支配收入：13268元、6154元: the label before the colon opening the clause of
        a run of ``count`` figures, when it lists as many items (or units); else None."""
        cs = first.clause_start
        if count < 2 or region.strip() or cs <= 0 or text[cs - 1] not in "：:":
            return None
        label = text[_last_label_stop(text, cs - 1) + 1 : cs - 1]
        if len(self.namer.split_items(label, expand=True, want=count)) == count:
            return label
        units = self._subject_items(label)
        return label if units is not None and len(units[0]) == count else None

    def _rate_named(self, name: str, measure: str) -> str:
        """A share or gap named by a rate of a set of projects (省重点项目投资完成率) is named by the amount
        it is the rate of (→ 省重点项目完成投资); any other name as it is."""
        if measure not in ("ratio", "diff"):
            return name
        ending = next((e for e in self.rate_endings if name.endswith(e)), "")
        whose = name[: -len(ending)] if ending else ""
        if whose and names_project(whose, self.lexicon.item_name_ends):
            return whose + self.lexicon.rate_bases[ending]
        return name

    def _rate_of(self, name: str, phrase: str, measure: str) -> str:
        """A share or gap named by a rate (年度计划完成率) after figures named ``name`` (a set of projects'
        先进制造业项目完成投资): named by the amount it is the rate of; "" when ``phrase`` is no such rate."""
        if measure not in ("ratio", "diff"):
            return ""
        ending = next((e for e in self.rate_endings if phrase.endswith(e)), "")
        if not ending:
            return ""
        base = self.lexicon.rate_bases[ending]
        if name.endswith(base):
            return name  # …分别完成投资…，年度计划完成率分别为…: the rate of that investment
        return name + base if names_project(name, self.lexicon.item_name_ends) else ""

    def _deed_after_list(self, phrase_raw: str, measure: str) -> str:
        """The catalogue's flow word (完成投资) that a list's 分别 is followed by, naming what each item did;
        "" for anything else (分别增长, 分别为)."""
        phrase = self.namer.lead_name(phrase_raw, measure) if phrase_raw else ""
        return phrase

    def _compared_class(self, fig: _Fig) -> bool:
        """Does ``fig`` count units (9个县市区), or a class of them named by a comparison (有5个高于全市平均
        水平)? Its name says which units, no quantity a rate after it (增速居第一位) could be of."""
        return fig.q.kind == "count" and (
            any(w in fig.indicator for w in self._class_comparators)
            or self._unit_set.fullmatch(fig.indicator) is not None  # 9个县市区: the units, no quantity
        )

    def _aspect(self, word: str) -> bool:
        """Is ``word`` an aspect of an amount named before it (总量, 增速, 增幅), not a name of its own?"""
        return word in self.lexicon.growth_words or self.namer.naming.is_size_word(word)

    def _name_shares(self, text: str, figs: list[_Fig]) -> None:
        """三次产业结构为11.9∶42.9∶45.2: the shares of a structure, one per part of the collective named
        before them, each named by its part (the base quantity the share is of)."""
        k = 0
        while k < len(figs):
            j = k + 1
            while j < len(figs) and text[figs[j - 1].q.end : figs[j].q.num_start].strip() in _RATIO_SIGNS:
                j += 1
            if j - k > 1:
                region = text[figs[k].region_start : figs[k].q.num_start]
                parts = next(
                    (p for w, p in self.lexicon.collective_parts.items() if w in region and len(p) == j - k),
                    None,
                )
                if parts is not None and any(w in region for w in self.lexicon.structure_words):
                    for fig, part in zip(figs[k:j], parts, strict=True):
                        fig.indicator = self.namer.canonical(part)
            k = j

    def _rank_units(self, lead: str, figs: list[_Fig], i: int) -> list[str | None] | None:
        """The units a rank is shared by: a list of them before its cue, or, when its clause names none,
        those the figures just before it in the sentence were given (two or more)."""
        listed = self._subject_items(lead) if lead else None
        if listed is not None and len(listed[0]) >= 2:
            return listed[0]
        if self.subjects.regex.search(lead) or region_names(lead, None) or i == 0:
            return None
        prev = figs[i - 1]
        units = [r[2] for r in prev.records]
        if len(units) < 2:
            k = i - 1
            while k > 0 and figs[k].run > 0:
                k -= 1
            units = [f.records[0][2] if f.records else None for f in figs[k:i]]
        if len(units) >= 2 and all(units) and len(set(units)) == len(units):
            return units
        return None

    def _units_after(self, text: str, pos: int) -> list[str | None] | None:
        """The units a rank is of when they are listed right after it (排名前三的依次为甲县、乙县和丙县 /
        增速前三位分别是…): a list copula a few characters on, then two or more units to the clause's end."""
        end = _next_clause_end(text, pos)
        reach = min(end, pos + 6)
        found = [k + len(w) for w in self.lexicon.list_copulas if (k := text.find(w, pos, reach)) >= 0]
        if not found:
            return None
        items = self._subject_items(text[min(found) : end])
        if items is None or items[1] or len(items[0]) < 2:
            return None
        return items[0]

    def _units_before(self, text: str, ss: int, cs: int) -> list[str | None] | None:
        """The units listed at the start of the clause before ``cs`` in its sentence (甲区、乙区…)."""
        if cs <= ss:
            return None
        prev = max(text.rfind(c, ss, cs - 1) for c in "，,；;") + 1 or ss  # the clause before, not past a ；
        start = max(prev, ss)
        opener = next((w for w in self.lexicon.list_prepositions if text.startswith(w, start)), "")
        items = self._subject_items(text[start + len(opener) : cs - 1])  # 对甲县、乙县…予以表扬
        if items is None:
            # 排名后三位的是甲镇、乙镇和丙街道，: the list after a copula, to the clause's end
            found = [(k, w) for w in self.lexicon.list_copulas if (k := text.rfind(w, start, cs - 1)) >= 0]
            at = max((k + len(w) for k, w in found), default=-1)
            if at > start:
                items = self._subject_items(text[at : cs - 1])
                if items is not None and items[1]:
                    items = None  # a name runs on after the list: not a bare list of units
        return items[0] if items is not None else None

    def _subject_items(self, before: str) -> tuple[list[str | None], str] | None:
        """``岚州经开区、岚州高新区规模以上工业增加值`` → ([两个园区], 规模以上工业增加值)."""
        if before not in self._subject_items_of:  # it reads only ``before`` and the profile
            if len(self._subject_items_of) >= _MEMO_SIZE:
                self._subject_items_of.clear()
            found = self._read_subject_items(before)
            if found is None:  # 市工业和信息化局、某新区…: a unit's name holding 和 is one item
                found = self._read_subject_items(before, _ITEM_COMMAS)
            self._subject_items_of[before] = None if found is None else (tuple(found[0]), found[1])
        done = self._subject_items_of[before]
        return None if done is None else (list(done[0]), done[1])

    def _read_subject_items(
        self, before: str, splitter: re.Pattern[str] = LIST_SPLIT
    ) -> tuple[list[str | None], str] | None:
        head = _without_lead(clean(before))  # (1—11月 inside it keeps its dash)
        lead = self.connective.match(head)
        if lead is not None and lead.end() > 0:
            head = _without_lead(head[lead.end() :])  # 其中衡南县、衡东县分别…: the list after 其中
        parts = [p for p in splitter.split(head) if p]
        if len(parts) < 2:
            return None
        subjects: list[str | None] = []
        rest = ""
        for k, part in enumerate(parts):
            m = self.subjects.regex.match(part)
            generic = region_at(part, 0, profile=self.profile)
            if generic is not None and (m is None or generic.end > m.end()):
                name, kind, name_end = generic.name, generic.kind, generic.end
            elif m is not None:
                name, kind = self.subjects.names[m.group()]
                name_end = m.end()
            else:
                return None
            if kind in ("region", "self"):
                return None
            if name_end != len(part):
                if k != len(parts) - 1:
                    return None
                rest = part[name_end:]
            subjects.append(name)
        return subjects, rest

    def _period_items(
        self, before: str, year: int | None, doc_period: str | None
    ) -> tuple[str, list[str | None]] | None:
        """``全社会用电量一季度、半年`` → (全社会用电量, [2020-01/2020-03, 2020-01/2020-06])."""
        key = (before, year, doc_period, self.published_year)  # all it reads
        if key not in self._period_items_of:
            if len(self._period_items_of) >= _MEMO_SIZE:
                self._period_items_of.clear()
            found = self._read_period_items(before, year, doc_period)
            self._period_items_of[key] = None if found is None else (found[0], tuple(found[1]))
        done = self._period_items_of[key]
        return None if done is None else (done[0], list(done[1]))

    def _read_period_items(
        self, before: str, year: int | None, doc_period: str | None
    ) -> tuple[str, list[str | None]] | None:
        cleaned = clean(before)
        pieces = [(m.start(), m.group()) for m in _LIST_PIECE.finditer(cleaned)]
        if len(pieces) < 2:
            return None
        # (marks found in the whole list: 第一、二、三季度 writes its first items as numerals alone)
        found = self.periods.find(cleaned)
        out: list[str | None] = []
        base = ""
        parts = [part for _, part in pieces]
        for k, (at, part) in enumerate(pieces):
            marks = [
                dataclasses.replace(m, start=m.start - at, end=m.end - at)
                for m in found
                if at <= m.start and m.end <= at + len(part)
            ]
            if not marks:
                return None
            mark = marks[-1]
            if mark.end != len(part):
                # 一季度、二季度集中开工项目分别…: the periods lead, what they count follows the last
                # (named as the figures name it: base stays empty)
                if k < len(parts) - 1 or k == 0 or base or marks[0].start != 0:
                    return None
                mark = marks[0]
            elif k == 0:
                base = self.namer.trim(part[: mark.start])
            elif mark.start != 0:
                return None
            out.append(self._mark_value(mark, year, doc_period))
        return base, out

    @staticmethod
    def _join(name: str, phrase: str) -> str:
        if not phrase:
            return name
        if name.endswith("数"):
            name = name[:-1]
        if name.endswith(phrase):
            return name  # 得分, 得分分别为…: the phrase names the items already
        return name + phrase

    # ---- records ----------------------------------------------------------------------------------

    def _records(
        self,
        text: str,
        fig: _Fig,
        ss: int,
        se: int,
        marks: list[PeriodMark],
        subjects: list[tuple[int, str, int]],
        sentence_period: str | None,
        state: _State,
        year: int | None,
        doc_period: str | None,
        doc_name: str,
        mark_scope: dict[int, int],
    ) -> Iterator[FigureMention]:
        q = fig.q
        period = sentence_period
        last_mark: PeriodMark | None = None  # the last period before the figure whose scope holds it
        # 甲县、乙县本月诉求量较多，分别为52件、38件: a clause opening on an ordered distribution word lists
        # the values of what the clause before it names, in the period that clause states
        listed_from = (
            _clause_before(text, ss, fig.clause_start)
            if marks and fig.clause_start > ss and self.ordered_words.match(text, fig.clause_start)
            else -1
        )
        for mark in marks:
            scope = mark_scope.get(id(mark), ss)
            if mark.end <= q.num_start and (scope in (ss, fig.clause_start) or scope == listed_from):
                if self._plan_year(text, mark) and mark.is_whole_year and mark.start < fig.clause_start:
                    continue  # 年内计划完成投资3亿元，已完成2.1亿元: the plan's year is the plan's only
                if _moved_from(text, mark, q.num_start):
                    continue  # 增速由上半年的3.2%提高到8.6%: the half-year's is where the rate came from
                last_mark = mark
        if fig.measure == "diff" and fig.clause_start > ss:
            # 其中二季度增长7.2%，比一季度加快0.8个百分点: the gap is of the rate the clause before gave, for
            # the period that clause alone states
            prev_cs = _clause_before(text, ss, fig.clause_start)
            for mark in marks:
                if prev_cs > ss and mark.start >= prev_cs and mark_scope.get(id(mark), ss) == prev_cs:
                    last_mark = mark
        if last_mark is not None:
            period = self._mark_value(last_mark, year, doc_period)
            if (
                last_mark.relative
                and last_mark.months == (1, 12)
                and last_mark.year_offset == 0
                and doc_period is not None
                and period is not None
                and doc_period.startswith(f"{period}-01/")  # the report runs from January of that year
                and text.startswith(self._new_unit_deeds, last_mark.end)
            ):
                period = doc_period  # 今年新增入规企业18家, in a report on 1—10月: those so far this year
        if fig.peer_of:
            period = None  # 在全省21个市（州）中: the peers, counted in no period
        if (
            fig.measure == "ratio"
            and last_mark is None
            and _one_month(period)
            and _YEAR_GOAL.search(text, fig.clause_start, q.num_start)
        ):
            period = since_january(period)  # 完成年度目标的57.2%, in a month's report: done since January
        if fig.year_goal and year is not None:
            period = str(year)
        subject = state.subject
        segment = max(text.rfind("；", ss, q.num_start), text.rfind(";", ss, q.num_start)) + 1 or ss
        for cs, name, _end in subjects:
            if cs <= q.num_start and (cs >= segment or cs == ss):
                if cs > 0 and text[cs - 1] in "（(" and _BRACKET_CLOSE.search(text, cs, q.num_start):
                    continue  # （全省同期增长5.4%），增速居全省第7位: the aside's unit ends with it
                subject = name
        if fig.peer_of:
            subject = fig.peer_of
        if fig.owner:
            subject = fig.owner
        if subject in self._departments and (
            subject in self._issuers or fig.indicator in self.namer.naming.names
        ):
            # 专班成员走访企业14家 / 市推进中心…: the office issuing a report reports the work of the place
            # it serves (other offices, ranked or named in it, keep their own figures); （一）市统计局。…
            # 全市规上工业增加值增长5.8%: an office reporting the catalogue's figures reports its place's (an
            # office's own work, 办结率 of its tickets, stays its own)
            subject = self._office_home(subject)
        indicator_override: str | None = None
        before_text = text[max(fig.clause_start, q.num_start - 8) : q.num_start]
        cap = self.capacity_regex.search(before_text) or self.capacity_object.search(before_text)
        rated = self._rated_project(text, fig.clause_start, q) if cap is None else None
        if rated is not None:
            indicator_override, subject = rated
            period = None
        if cap is not None:
            word = cap.group().rstrip("能达为") if cap.group() not in self.capacity else cap.group()
            word = cap.groupdict().get("w") or word  # 年处理废旧电池3万吨: the word, its object aside
            indicator_override = self.capacity.get(word) or self.capacity.get(cap.group())
            period = None
            own = "项目" in text[q.tail : _next_clause_end(text, q.tail)]
            if own or not names_project(subject, self.lexicon.item_name_ends):
                subject = self._project_name(
                    text, fig.clause_start, ss, q, cap.start() + (q.num_start - len(before_text))
                )  # else: 某某项目总投资8亿元，一期年处理…3万吨: the project the sentence is about
            if self._item is not None and (
                self._item[0] <= q.start < self._item[1]
                or "项目" not in text[q.tail : _next_clause_end(text, q.tail)]
            ):
                # a capacity in an item's heading, or in its text with no project named after it (1．某某
                # 项目。…建设年产5万吨…生产线): the item's project
                subject = self._item[2]
        sized = self._sized_project(text, fig.clause_start, q.num_start) if cap is None else None
        if sized is not None:
            subject, indicator_override = sized  # 某某年产12GW光伏组件项目总投资38亿元: that project's
        policy_end, modal_words = self._sentence_words(text, ss, se)
        if cap is None and policy_end <= q.num_start:
            period = None
        if fig.measure == "ratio" and self.subsidy_rate.match(text, q.tail):
            period = None  # 按设备投资额的10%给予补助: a rule's rate, in no period
        modality = None
        for word_start, word_end, word_value in modal_words:
            if (
                word_end <= q.num_start
                and text[word_start:word_end] in self._clause_modals
                and _SEMICOLON.search(text, word_end, q.num_start)
            ):
                continue  # 建成后可新增…；某某项目总投资…: that project's expectation, not the next one's
            if word_end <= q.num_start:
                modality = word_value
                if word_value == "forecast" and new_time_after_semicolon(
                    text, word_end, q.num_start, [m.start for m in marks]
                ):
                    modality = None  # 预计…；1—9月…: a forecast does not reach a clause of another time
                if word_value == "target" and self._done_since(
                    text, word_end, q.num_start, marks, doc_period
                ):
                    modality = None  # 年度目标为增长4%，上半年增长2.9%: what the half-year did, not the goal
                elif word_value == "target" and _goal_remark(text, ss, word_end, q.num_start):
                    # 增长5.4%，年度目标为增长5.5%；其中城镇居民…: a remark on the figure before
                    modality = None
                elif (
                    word_value == "target"
                    and fig.measure == "diff"
                    and self._goal_yardstick(text, ss, word_start)
                ):
                    # 高于年度预期目标0.3个百分点: the gap of what was done, the goal its yardstick
                    modality = None
        if (
            modality == "target"
            and year is not None
            and any(text.find(w, fig.clause_start, q.num_start) >= 0 for w in self.lexicon.year_plan_words)
        ):
            period = str(
                year
            )  # 年度目标为增长4%: the year's goal, whatever part of the year the passage says
        task_plan = False
        if modality is None and (self._plan or fig.year_goal):
            modality = "target"  # a figure in a plan's section (一是…年内新增学位2000个), a goal
        elif modality is None and self._task_planned(text, ss, q.num_start, marks, doc_period):
            modality = "target"  # 计划改造老旧供热管网65公里、换热站40座: the task's figures, goals
            task_plan = True
        elif modality is None and self._goal_tails and self._ends_on_goals(text, q.tail, se):
            modality = "target"  # 确定了全年经济增长6%左右，固投增长5%等主要目标。: the goals listed
        if (
            modality == "target"
            and fig.measure == "level"
            and q.kind == "count"
            and restated_count(text, q.end, _next_clause_end(text, q.end))
        ):
            modality = None  # 确保92个项目全年完成投资116亿元: the count is what the goal is about
        reference = self._reference(text, fig, year, subject, period)
        value = q.value * fig.sign
        qualifier = q.qualifier or self.late_qualifier.find(
            text, fig.clause_start, q.num_start, q.end, q.kind
        )
        if (
            qualifier is None
            and fig.measure == "level"
            and self.cap_words.search(text, fig.clause_start, q.num_start)
        ):
            qualifier = "under"  # 单个企业最高获得奖励1200万元: a cap, though words stand between
        if (
            modality == "target"
            and not task_plan
            and last_mark is None
            and period is not None
            and year is not None
            and period.startswith(str(year))
            and ("/" in period or len(period) == 7)
        ):
            period = str(year)  # a goal with no period of its own is the year's, not the passage's months
        if (
            modality == "target"
            and period is not None
            and year is not None
            and period == str(year)
            and self.published_year is not None
            and self.published_year > year
        ):
            period = str(self.published_year)  # a January report's goals are for the new year
        week = self._week_period(text, ss, q.num_start, marks)
        if week is not None:
            period = week  # 本周完成投资1200万元: the week's month
        elif (
            self._week_ends is not None
            and period is not None
            and period == self._week_month()
            and not any(ss <= m.start < q.num_start for m in marks)
            and any(text.find(w, ss, q.num_start) >= 0 for w in self.lexicon.week_to_date)
        ):
            # a weekly note's 累计收集诉求2968条 / 截至目前…: the year so far, to the week's month
            period = format_period(self._week_ends.year, 1, self._week_ends.month)
        done_at = (
            max((text.rfind(w, ss, q.num_start) for w in self.lexicon.once_done_words), default=-1)
            if self.once_done_regex.search(text, ss, q.num_start)
            else -1
        )
        if done_at >= 0 and not any(done_at < m.start < q.num_start for m in marks):
            period = None  # 项目达产后可实现年产值45亿元: what it will do once done, in no period
        years = self.multi_years.search(text, ss, q.num_start)
        if years is not None and not any(years.start() < m.start < q.num_start for m in marks):
            period = None  # 近三年累计获得发明专利176项: over several years, in no period
        five = (
            self.five_years.search(text, ss, q.num_start) if year is not None and modality is None else None
        )
        if (
            five is not None
            and year is not None
            and not any(five.start() < m.start < q.num_start for m in marks)
            and not _STOCK_MOVE.search(text, five.end(), q.num_start)
        ):
            period = f"{year - 4}-01/{year}-12"  # 五年来…年均增长6.9%: the five years to the report's year
        if (
            period is not None
            and fig.measure == "level"
            and last_mark is None
            and modality is None
            and (
                self._project_size(q.unit, subject)
                or (
                    self.beneficiaries.search(text, fig.clause_start, q.num_start) is not None
                    and self._is_project(subject)
                )  # 某某改造项目…惠及居民1.6万户: whom the project serves, in no period
            )
        ):
            period = None  # （四）某某防洪治理工程。…治理河长28.4公里: the project's size, in no period
        if period is not None and year is not None and "/" in period:
            # an indicator counted once a year (粮食产量) is the year's, whatever month the passage says
            names = {r[0] for r in fig.records}
            if names and all(self.annual.get(n) for n in names):
                period = period[:4]
            elif (
                fig.measure != "change"
                and names
                and all(any(w in n for w in self.lexicon.point_words) for n in names)
            ):
                # 截至10月末，全市存款余额…: what stands at the month's end is the month's, as 10月末 says
                # (比年初增加…, a change over the months to then, keeps the span)
                upto = next((m for m in reversed(marks) if ss <= m.start < q.num_start), None)
                if (
                    upto is not None
                    and upto.to_date
                    and upto.months is not None
                    and period == format_period(year, *upto.months)
                ):
                    period = period[-7:]
        part_of = self._measure_of(state.indicator) if fig.measure in ("growth", "diff") else ""
        if part_of in self.lexicon.output_verbs.values():
            part_of = ""  # (原煤产量…，能源工业增长5.9%: goods' output is no branch's measure)
        for indicator, rec_period, rec_subject in fig.records:
            owner = rec_subject or subject
            rec_reference = reference
            if (
                part_of
                and indicator.endswith(self.lexicon.label_holder_ends)
                and not indicator.endswith(_SET_NOUNS[1])  # (国有控股企业增长4.6%: firms, named so)
                and not self._measure_of(indicator)
            ):
                indicator += part_of  # 规上工业增加值增长8.1%…制冷产业增长18.5%: the branch's 增加值
            if (
                fig.measure == "rank"
                and reference == self.province
                and self.city_code is not None
                and self.unit_parent.get(owner) == self.city_code
                and self.subjects.region_ref(text, fig.clause_start, q.start, self.word_map) is None
            ):
                rec_reference = self.city  # 甲县…位列前三, no region said: among the city's units
            if fig.measure == "level" and rec_period is None:
                rec_period = indicator_period(
                    self._own_name(indicator_override or indicator, rec_subject or subject),
                    period,
                    year,
                    ()
                    if owner in self._places or owner == self.doc_subject
                    else self.lexicon.lifetime_indicators,
                    ()
                    if last_mark is not None and last_mark.start >= fig.clause_start
                    else self.lexicon.year_plan_words,  # 1—8月完成…: the clause's own period holds
                    ()
                    if (last_mark is not None and last_mark.start >= fig.clause_start) or self._campaign_start
                    else self.lexicon.year_plan_leads,  # a campaign's plan is the campaign's
                )
                if (
                    rec_period is not None
                    and year is not None
                    and rec_period.startswith(f"{year}-01/")
                    and not (last_mark is not None and last_mark.start >= fig.clause_start)
                    and not self._campaign_start
                    and self._plan_clause.match(text, fig.clause_start, q.num_start)
                    and "已" not in text[fig.clause_start : q.num_start]
                ):
                    # 计划新建和改造农村公路420公里。截至10月末…: the year's plan, in a report on the months
                    # so far (计划新开工的118个项目中已开工109个: what is done of it is of those months)
                    rec_period = str(year)
                if (
                    (indicator_override or indicator).endswith(self.lexicon.set_totals)  # else none can be
                    and any(
                        (indicator_override or indicator) in (t, fig.carried + t)
                        for t in self.lexicon.set_totals
                    )
                    and not any(
                        ss <= m.start < q.num_start and not m.is_whole_year and not _month_end(text, m)
                        for m in marks
                    )  # 1—11月，…项目…、总投资… (今年安排…项目120个，总投资… / 10月底，…项目合计356个，
                    # 总投资…: the set standing then, its life total)
                    and fig.carried.endswith(self.lexicon.item_name_ends)
                    and not any(w in fig.carried for w in self.lexicon.new_set_words)
                ):
                    rec_period = None  # 重大项目共120个，总投资500亿元: the standing set's life total
                if (
                    rec_period is not None
                    and self._project_fact(owner, indicator_override or indicator)
                    and not any(fig.clause_start <= m.start < q.num_start for m in marks)
                ):
                    rec_period = None  # 三峡大道北延工程…全长6.3公里: a fact of the project, in no period
                if (
                    rec_period is None
                    and year is not None
                    and self._says_year(text, fig.clause_start, q.num_start)
                ):
                    rec_period = str(year)  # 项目…，今年计划投资12亿元: this year's part of a project's plan
                if rec_period is None:
                    rec_period = ""  # no period, whatever the passage's
            name = self._restated_set(
                text, ss, fig, self._own_name(indicator_override or indicator, rec_subject or subject)
            )
            name = self._deed_named(name, fig.measure, q.unit)
            topic = self._class_topic
            if (
                topic is not None
                and topic[0] <= q.start < topic[1]
                and name in self.lexicon.class_measures
                and (owner in self._places or owner == self.doc_subject)  # not one project's 总投资
            ):
                name = topic[2] + name  # （一）省重点项目。…完成投资…: 省重点项目完成投资
            name = self._of_last_class(name, owner)
            name = self._event_name(name, owner)
            if fig.measure == "diff" and rec_reference in _SCHEDULE and name.endswith(("项目", "项目数")):
                # 省重点项目超时序进度4.3个百分点: ahead of schedule in investment done
                name = name.removesuffix("数") + "完成投资"
            if fig.measure == "rank" and name:
                self._last_ranked = name
            elif fig.measure == "rank":
                name = self._last_ranked  # 第2名 泰和县 92.8分, after 第1名 by 得分: ranked by the same
            elif fig.measure == "change" and q.unit == "位" and not name:
                name = self._last_ranked  # 比上季度前进3位: places in the ranking the passage gave last
            yield FigureMention(
                doc=doc_name,
                start=q.start,
                end=q.end,
                text=text[q.start : q.end],
                measure=fig.measure,
                value=value,
                unit=None if fig.measure == "rank" else q.unit,
                qualifier=qualifier,
                modality=modality,
                subject=without_level_note(
                    rec_subject or subject, self.lexicon.item_name_ends, self.lexicon.project_class_words
                ),
                indicator=name,
                period=(rec_period or None) if rec_period is not None else period,
                reference=rec_reference,
            )

    def _deed_named(self, name: str, measure: str, unit: str | None) -> str:
        """A figure named by a bare deed (某县接待203.5万人次) takes the last name that deed opened in the
        report (接待游客), in the same unit for a level; a longer name opening on a deed is remembered."""
        if name in self._bare_deeds:
            known = self._deed_names.get(name)
            if known is not None and (measure != "level" or known[1] == unit):
                return known[0]
            return name
        if measure == "level" and len(name) <= 8:
            # 接待游客, 集中开工项目: a name opening on a deed, or on a word of manner and then a deed
            manner = next((m for m in self._deed_manners if name.startswith(m)), "")
            deed = next((d for d in self._deed_starts if name.startswith(d, len(manner))), None)
            if deed is not None and len(name) > len(manner) + len(deed):
                self._deed_names[deed] = (name, unit)
        return name

    def _restated_set(self, text: str, ss: int, fig: _Fig, name: str) -> str:
        """A set counted again by its bare noun (区级重点项目152个…，152个项目累计完成投资…) keeps the name it
        was counted under: 项目完成投资 → 区级重点项目完成投资, for the rest of the sentence too. A count
        named longer is remembered."""
        q = fig.q
        if self._renamed[0] != ss:
            self._renamed = (ss, {})
        if fig.measure == "level" and q.kind == "count" and q.unit:
            noun = next((g for g in _SET_NOUNS if name.endswith(g) and len(name) > len(g)), None)
            if noun is not None:
                self._sets[(q.value, noun)] = name
                return name
        if not name.startswith(_SET_NOUNS):
            return self._renamed[1].get(name, name)  # only a bare noun's name can be a set's again
        named = _NAMED_SET.search(text, fig.clause_start, min(len(text), q.end + 2))
        if named is not None and named.start("n") <= q.start:
            # 纳入省级重点项目的21个项目 / 纳入省重点的9个项目: the count names its set before it
            whole = named["set"] if named["set"].endswith(named["noun"]) else named["set"] + named["noun"]
            self._sets[(float(named["n"]), named["noun"])] = whole
        found = _RESTATED.search(text, fig.clause_start, min(len(text), q.end + 2))
        while found is not None and found.start() <= q.start:
            known = self._sets.get((float(found["n"]), found["noun"]))
            if known is not None and name.startswith(found["noun"]):
                self._renamed[1][name] = known + name[len(found["noun"]) :]
                return self._renamed[1][name]
            found = _RESTATED.search(text, found.end(), min(len(text), q.end + 2))
        return self._renamed[1].get(name, name)

    def _project_fact(self, owner: str, name: str) -> bool:
        """Is a level of ``owner`` named ``name`` a fact of a project (its length, its beds), not a flow?"""
        return (
            bool(name)
            and self._is_project(owner)
            and not any(w in name for w in self.lexicon.project_flow_words)
        )

    def _done_since(
        self, text: str, start: int, num_start: int, marks: list[PeriodMark], doc_period: str | None
    ) -> bool:
        """Does a clause between a goal word and a figure open on a period already over by the report's
        (上半年 in a half-year report): the figure is what happened, not the goal?"""
        if doc_period is None or not doc_period[:4].isdigit():
            return False
        end = doc_period[-2:] if len(doc_period) >= 7 else "12"
        for m in marks:
            if not (start <= m.start < num_start) or m.months is None or m.open or m.relative:
                continue
            if text[m.start - 1 : m.start] not in ("，", ",", "；", ";"):
                continue
            if (
                (m.year is None or str(m.year) == doc_period[:4])
                and m.year_offset == 0
                and m.months[1] <= int(end)
            ):
                return True
        return False

    def _task_planned(
        self, text: str, ss: int, num_start: int, marks: list[PeriodMark], doc_period: str | None
    ) -> bool:
        """Does a plan word open a task earlier in the sentence (计划新建…中心24个、新增养老床位500张), with
        nothing since that turns to what was done (…，已开工61个)? Not where the plan word is part of a
        noun (年度计划, 原计划) or what follows it names a set or an amount of the plan (计划新开工项目,
        计划总投资: ``plan_lead_keeps``)."""
        found = None
        for m in self._task_plans.finditer(text, ss, num_start):
            found = m
        if found is None:
            return False
        p, e = found.span()
        if any(text.startswith(noun, p - at) for noun, at in self._task_plan_nouns if p - at >= 0):
            return False
        if not ("\u4e00" <= text[e : e + 1] <= "\u9fff") or text.startswith("的", e):
            return False  # 某某行动计划；… / 完成目标计划的145%: a plan named, no task opened
        digit = _DIGIT_IN_TEXT.search(text, e, num_start + 1)
        if digit is None or _next_clause_end(text, e) < digit.start():
            return False  # 尚有23个计划新开工项目未能开工，…: the plan's clause counts nothing of its own
        rest = clean(text[e : digit.start()])
        keeps = self.lexicon.plan_lead_keeps
        if not rest or rest.startswith(keeps) or rest.rstrip("的").endswith(keeps):
            return False
        if self._task_done.search(text, e, num_start):
            return False
        return not self._done_since(text, e, num_start, marks, doc_period)

    def _says_year(self, text: str, cs: int, num_start: int) -> bool:
        """Does the clause before a figure name the report's whole year (今年, 全年)?"""
        return any(text.find(w, cs, num_start) >= 0 for w in self.year_words)

    def _project_size(self, unit: str | None, subject: str) -> bool:
        """Is a level in ``unit`` of ``subject`` a project's size (a unit of size, of a project, or of the
        thing a numbered item's heading names, that is not a unit of the profile)?"""
        if unit is None or subject in self._units or subject == self.doc_subject:
            return False
        base = next((unit[len(s) :] for s in self.lexicon.scales if unit.startswith(s) and unit != s), unit)
        return base in self.lexicon.project_size_units and self._is_project(subject)

    def _is_project(self, subject: str) -> bool:
        """Is ``subject`` a project (named so, or the thing a numbered item's heading names), not a unit?"""
        if subject in self._units or subject == self.doc_subject:
            return False
        item = self._item[2] if self._item is not None else None
        return subject == item or names_project(subject, self.lexicon.item_name_ends)

    def _event_name(self, name: str, owner: str) -> str:
        """开工项目 / 开工项目数 at a 集中开工, of the home or one of its places: 集中开工项目 (a project's
        own figures keep their names); so is a bare count of projects there (项目个数, a table's column)."""
        if not self._event or (owner not in self._places and owner != self.doc_subject):
            return name
        noun = _SET_NOUNS[0]
        if self._bare_project_count(name):
            return self._event[0] + noun
        if not name.startswith(self._event[1] + noun):
            return name
        rest = name[len(self._event[1]) :]
        return self._event[0] + (rest.removesuffix("数") if rest == _SET_NOUNS[0] + "数" else rest)

    def _batch_event(self, head: str) -> tuple[str, str] | None:
        """The batch event a report's headline names (集中开工) and its projects' deed (开工), or None."""
        for event, deed in self.namer.naming.batch_events.items():
            if event in head:
                return event, deed
        return None

    def _of_last_class(self, name: str, owner: str) -> str:
        """项目完成投资 / 项目总投资 / 项目, said of the place's projects after a figure named by a class of
        them (市级重点项目216个…项目完成投资…): that class's (市级重点项目完成投资). A name led by a class of
        projects becomes the class the document speaks of."""
        noun = _SET_NOUNS[0]
        cut = name.find(noun)
        if cut > 0:
            whose = name[: cut + len(noun)]
            if project_class(whose, self.lexicon.item_name_ends, self.lexicon.project_class_words):
                self._last_class = whose
            return name
        if (
            cut == 0
            and self._last_class
            and (name == noun or name[len(noun) :] in self.lexicon.class_measures)
            and (owner in self._places or owner == self.doc_subject)
        ):
            return self._last_class + name[len(noun) :]
        return name

    @staticmethod
    def _heads_by_office(text: str, ss: int, se: int, name_end: int) -> bool:
        """Is the sentence an office's name alone, heading what it reports ((二）市工信局。)?"""
        return name_end - ss <= _OFFICE_HEADING and not text[name_end:se].strip("。.：: \t\u3000")

    def _office_home(self, office: str) -> str:
        """The place an office works for: the document's home, or else the office's parent unit."""
        home = self.doc_subject if self.doc_subject not in self._departments else ""
        return home or self.code_names.get(self.first_parent.get(office, ""), office)

    def _week_opening(self, text: str, ps: int, pe: int) -> str | None:
        """The week's month, for a paragraph that opens on a week word set off by a comma (本周，…); else
        None."""
        return self._week_month() if self._week_lead.match(text, ps, pe) else None

    def _week_period(self, text: str, ss: int, num_start: int, marks: list[PeriodMark]) -> str | None:
        """The month of the report's date, for a figure after a week word (本周, 下周) in its sentence with
        no period mark between them; else None."""
        if self.published_year is None or self.published_month is None:
            return None
        if self.week_regex.search(text, ss, num_start) is None:
            return None
        found = -1
        for word in self.lexicon.week_words:
            found = max(found, text.rfind(word, ss, num_start))
        if found < 0:
            return None
        since = max(found - 2, ss)
        to_date = any(text.find(w, since, num_start) >= 0 for w in self.lexicon.week_to_date)
        # 截至本周，全年计划新开工的124个项目已开工109个，开工率87.9%: after 截至本周 the year named is the
        # plan's (the figure right after it); the figures after that one are still the year so far
        if any(
            found < m.start < num_start
            and not (to_date and _whole_year(m) and _DIGIT_IN_TEXT.search(text, m.end, num_start))
            for m in marks
        ):
            return None
        if text[found - 1 : found] in ("比", "较") and _clause_has_number(text, found, num_start):
            return None  # …比上周提高0.4个百分点；满意率为98.6%: 上周 was the gap's yardstick, not this one's
        if to_date:
            return format_period(self.published_year, 1, self.published_month)  # 截至本周…: the year so far
        return self._week_month()

    def _own_name(self, indicator: str, subject: str) -> str:
        """A project's or company's figure named by the generic noun that stands for it (项目总投资 of a
        project) is named without that noun."""
        key = (indicator, subject, self.doc_subject)  # all it reads that changes
        done = self._own_names.get(key)
        if done is None:
            done = self._read_own_name(indicator, subject)
            if len(self._own_names) >= _MEMO_SIZE:
                self._own_names.clear()
            self._own_names[key] = done
        return done

    def _read_own_name(self, indicator: str, subject: str) -> str:
        own = self.namer.naming.drop_anaphor(indicator)
        company = self.subjects.names.get(subject, ("", ""))[1] == "company"
        if (
            own == indicator
            or (subject in self.unit_parent and not company)  # a company's 企业研发投入 is its 研发投入
            or subject in (self.doc_subject, self.province)
        ):
            return indicator
        if company:
            return own
        region = region_at(subject, 0, profile=self.profile)
        return indicator if region is not None and region.end == len(subject) else own

    def _goal_yardstick(self, text: str, ss: int, word_start: int) -> bool:
        """Is the goal word starting at ``word_start`` what a gap is measured against (高于年度预期目标…)?"""
        before = text[max(ss, word_start - 6) : word_start].rstrip("全年度本")
        return before.endswith(self.lexicon.comparators)

    def _sentence_words(self, text: str, ss: int, se: int) -> tuple[int, list[tuple[int, int, str]]]:
        """Where the sentence's first policy word ends, and its modality words (start, end, value): found
        once a sentence, not once a figure."""
        if self._words_of != (ss, se):
            policy = self.policy.search(text, ss, se)
            modal = [
                (m.start(), m.end(), self.modality_values[m.group()])
                for m in self.modality_regex.finditer(text, ss, se)
            ]
            self._words = (policy.end() if policy else se + 1, modal)
            self._words_of = (ss, se)
        return self._words

    def _not_itself(self, ref: str, subject: str) -> str:
        """A unit is not compared with itself: 全市 in a county-level city's report, as the yardstick of
        its own figure, is the city above it."""
        if ref != subject or not self.profile:
            return ref
        parent = self.first_parent.get(subject)  # the first unit of that name that has a parent
        return self.code_names.get(parent, ref) if parent is not None else ref

    def _measure_of(self, name: str) -> str:
        """The measure of a branch's or a chain's that ``name`` ends in (规上工业增加值 → 增加值), or ""."""
        return max((m for m in self.lexicon.label_measures if name.endswith(m)), key=len, default="")

    def _project_name(self, text: str, cs: int, ss: int, q: Quantity, cap_start: int) -> str:
        """The project a capacity belongs to: its name as written, 年产N… included, up to 项目, from
        after the deed, the 的 or the company before it (引进年产3000万件…项目 / 某某有限公司年产…项目)."""
        left = text[cs:cap_start]
        left = re.split(r"[、，,]", left)[-1]
        right_end = _next_clause_end(text, q.tail)
        right = text[q.tail : right_end]
        right = re.split(r"[、等]", right)[0]
        idx = right.find("项目")
        if idx >= 0:
            right = right[:idx]
        elif "项目" in left:
            return clean(left[: left.rfind("项目") + 2])  # 甲乙项目达产后可年产复合材料8万吨: that project
        if not right:
            return self.doc_subject
        name = self._project_owner(text[cs:cap_start]) + clean(text[cap_start : q.tail] + right)
        return name if names_project(name, self.lexicon.item_name_ends) else name + "项目"

    def _ends_on_goals(self, text: str, start: int, se: int) -> bool:
        """Does the sentence ending at ``se`` end, after ``start``, on a word that makes the figures listed
        before it goals (…等主要目标。)?"""
        end = se
        while end > start and text[end - 1] in _SENTENCE_ENDS:
            end -= 1
        return text.endswith(self._goal_tails, start, end)

    def _rating(self, text: str, q: Quantity, end: int) -> tuple[str, int] | None:
        """A power written inside a project's name (150兆瓦…光伏电站): the rating's name (装机容量) and where
        the name runs on to, before ``end``, ending in a project-like noun; None for any other figure."""
        rating = self.lexicon.rated_units.get(q.unit or "")
        if rating is None or q.kind in ("percent", "pp", "rank", None):
            return None
        m = self._rated_name.match(text, q.tail, end)
        return (rating, m.end()) if m is not None else None

    def _rated_project(self, text: str, cs: int, q: Quantity) -> tuple[str, str] | None:
        """A power written inside a project's name (千山区150兆瓦渔光互补光伏电站完成投资…): the rating's
        name (装机容量) and the project's name, size included; None for any other figure."""
        rated = self._rating(text, q, _next_clause_end(text, q.tail))
        if rated is None:
            return None
        return rated[0], self._project_owner(text[cs : q.num_start]) + clean(text[q.num_start : rated[1]])

    def _project_owner(self, left: str) -> str:
        """The words of a project's name before its size (某某新材料 in 某某新材料年产…项目), from the text
        before the size: from after the last clause or list break, the deed, the 的 or the company's name
        before them. Not trimmed as an indicator's name would be: a name's own words (华辰锂电新材料,
        口泉循环经济产业园) stay; only a connective opening it goes."""
        left = re.split(r"[、，,]", left)[-1]
        cut = max((left.rfind(w) + len(w) for w in self._project_name_cuts if w in left), default=0)
        owner = clean(left[cut:])
        if self.list_mark is not None:
            owner = self.list_mark.sub("", owner, count=1)  # 2. 某某年产…项目: the item's number is no name
        opener = next((w for w in self.lexicon.connectives if owner.startswith(w)), "")
        return _without_opening(owner[len(opener) :])

    def _sized_project(self, text: str, cs: int, num_start: int) -> tuple[str, str] | None:
        """A project named with its size right before a figure of its own (某某年产12GW光伏组件项目总投资
        38亿元): the project (as ``_project_name`` names it) and the figure's name (总投资), else None."""
        lead = text[cs:num_start]
        ends = list(self._item_end.finditer(lead))  # …项目 / …光伏电站: its project-like noun
        if not ends:
            return None
        end, after = ends[-1].start(), ends[-1].end()
        own = clean(lead[after:]).lstrip("（(")  # …项目（总投资12.6亿元）: its own too
        if own not in self.lexicon.lifetime_indicators and own not in self.lexicon.set_flows:
            return None
        # its size: a capacity word's (年产12GW…) or a rated power's (150兆瓦…光伏电站)
        sized = self.capacity_in_name.search(lead, 0, end) or self._rated_in_name.search(lead, 0, end)
        if sized is None:
            if lead[after : after + 1] not in ("（", "("):
                return None
            # …项目（总投资32亿元）、某某产业园（总投资25.6亿元）: a name and its own total in brackets,
            # one item of a list of projects: the item, as a project's name is read before its size
            name = self._project_owner(lead[:after])
            return (name, own) if len(name) > len(ends[-1].group()) + 1 else None
        return self._project_owner(lead[: sized.start()]) + clean(lead[sized.start() : after]), own

    def _home_province(self) -> str | None:
        """The province this document's self-words (全省 …) stand for, when the document says."""
        for word, kinds in load_regions().home_words.items():
            if "province" in kinds and word in self.word_map:
                return self.word_map[word]
        return None

    def _reference(
        self, text: str, fig: _Fig, year: int | None, subject: str, period: str | None = None
    ) -> str | None:
        q = fig.q
        if fig.measure not in ("diff", "change", "rank"):
            return None
        region_text = text[fig.clause_start : q.start]
        if fig.measure == "rank":
            group = self._peer_group(text, fig.clause_start, q.start)
            if group:
                return group  # 在珠三角九市中排第2: among the group named
            ref = self.subjects.region_ref(text, fig.clause_start, q.start, self.word_map)
            if ref is None:
                named = [
                    r
                    for r in region_names(text[fig.clause_start : q.start], None)
                    if r.kind in ("province", "city")
                    and r.name != subject
                    # (禹州市、长葛市…走访量位居前三: a county-level city the profile knows is ranked)
                    and self.subjects.names.get(r.name, (r.name, r.kind))[1] in ("province", "city", "region")
                ]
                ref = named[-1].name if named else None  # 居柯州市各县第二: a city named by its form
            if ref is None:
                each = _EACH_PEER.search(text, fig.clause_start, q.start)
                if each is not None and self.doc_subject:
                    return self.doc_subject + "各" + each["group"]  # 居各乡镇第1位: among its own parts
                return self._home_province() or self.province or None
            group = next((g for g in self.lexicon.natural_peers if ref.endswith(g) and len(ref) > len(g)), "")
            if group:
                ref = ref[: -len(group)]  # 居全市各县（市、区）第2位: among the region's parts, by default
            return self._not_itself(ref, subject)
        comp = self.namer.comparison_ref(region_text)
        if comp is not None:
            applies = "pp" if fig.measure == "diff" else "amount"
            cue = self.cues.nearest(applies, text, fig.clause_start, q.start)
            if cue is not None and len(comp) > len(cue[0]) and comp.endswith(cue[0]):
                comp = comp[: -len(cue[0])]  # 比年度计划多12亿元: the plan, not 年度计划多
        if comp is None:
            # 与上半年相比，某县前移3位: a comparison the sentence opens on holds for its changes
            ss = max(text.rfind("。", 0, q.start), text.rfind("\n", 0, q.start)) + 1
            opening = _COMPARED_WITH.search(text, ss, q.start)
            comp = opening["what"] if opening is not None else None
        return self._compared_ref(comp, fig.indicator, subject, year, period)

    def _peer_group(self, text: str, start: int, end: int) -> str:
        """The named group of places a rank right after ``text[start:end]`` is among (珠三角九市, 川东北
        经济区), or "" (全省十四市州 is the province's own: no group)."""
        group = self._named_group.search(text, max(start, end - 16), end)
        if group is None or group["g"].startswith(("全", "本", "我", "各")):
            return ""
        return group["g"]

    def _compared_ref(
        self, comp: str | None, indicator: str, subject: str, year: int | None, period: str | None
    ) -> str | None:
        """What a diff or change of ``indicator`` is against, by the words after its comparator (``comp``:
        上年同期, 1—9月, 全省, 年初, another indicator); 上年同期 when none are said, None when they name the
        subject itself."""
        if comp is None:
            return "上年同期"
        goal = next((w for w in self.lexicon.year_plan_words if comp.startswith(w)), "")
        if goal:
            return goal  # 低于年度目标0.6个百分点: the year's goal, no period nor indicator
        start_point = self._start_point(comp, year, period)
        if start_point is not None:
            return start_point
        if comp.startswith(self.lexicon.week_before):
            return "上周"
        for word in self.same_period:
            if comp.startswith(word):
                rest = self.periods.regex.match(comp, len(word))
                if (
                    word in ("去年", "上年")
                    and rest is not None
                    and rest.end() > len(word)
                    and year is not None
                ):
                    found = self.periods.word(rest.group())  # 比去年全年 → last year as a period
                    if found is not None:
                        return found.resolve(year - 1)
                return "上年同期"
        place = self.subjects.regex.match(comp)
        if place is not None:
            after = self.namer.trim(comp[place.end() :])
            after = self.yardstick.sub("", after)
            after = self.yardstick_tail.sub("", after) or after  # 全区规上工业平均水平 → 规上工业
            compared = self.namer.canonical(after) if after else ""
            if after and not self.not_an_indicator.match(after) and compared != indicator:
                # 高出全区投资增速… → the indicator compared with (the figure's own: the region's)
                return self.namer.naming.compared(compared, indicator)
            ref = self.word_map.get(place.group(), self.subjects.names[place.group()][0])
            return self._not_itself(ref, subject)
        generic = region_at(comp, 0, profile=self.profile)
        if generic is not None:
            return self._not_itself(generic.name, subject)  # 高于澄水县平均水平: a region named by its form
        mark = self.periods.regex.match(comp)
        if mark is not None and mark.end() > 0:
            found = self.periods.word(mark.group())
            if found is not None and year is not None:
                # 比二季度末: the end of a quarter, for a rate counted from January, is January to it
                found = quarter_ends(comp, [dataclasses.replace(found, start=0, end=mark.end())])[0]
                return found.resolve(year)
        name = self.namer.trim(comp)
        return self.namer.naming.compared(self.namer.canonical(name), indicator) if name else "上年同期"

    def _start_point(self, comp: str, year: int | None, period: str | None) -> str | None:
        """比年初 → the December before the report's year (上年同期 for a year-end stock); 比上月末 → the
        month before the figure's month (the last of its span), or before the report's date for a figure
        of a whole year or none."""
        if year is None:
            return None
        if comp.startswith(self.lexicon.previous_period):
            return _period_before(period)  # 比上期提高0.63分 in a 1—11月 ranking: against 1—10月
        if comp.startswith(self.lexicon.previous_quarter):
            return _quarter_before(period)  # 比上季度前移2位 in a 第三季度 ranking: against the second
        if comp.startswith(self.lexicon.last_year_end):
            return str(year - 1)  # 比上年末: the last year's end, named by the year (as writers name it)
        if comp.startswith(self.lexicon.year_start):
            if period is None or len(period) == 4 or period.endswith("-12"):
                return "上年同期"  # 年末…比年初: a year's stock against the last year's end
            return f"{year - 1}-12"
        if not comp.startswith(self.lexicon.month_start):
            return None
        if period is not None and len(period) >= 7 and period[4] == "-":
            y, m = int(period[-7:-3]), int(period[-2:])
        elif self.published_year is not None and self.published_month is not None:
            y, m = self.published_year, self.published_month
        else:
            return None
        if m == 1:
            return f"{y - 1}-12"
        ends = any(comp.startswith(w) and w[-1] in "末底" for w in self.lexicon.month_start)
        if not ends and period is not None and len(period) == 15 and period[5:7] == "01":
            # 1—10月…比上月提高 / 排名较上月↑1: a running total against the last month's, January to it
            return format_period(y, 1, m - 1)
        return f"{y}-{m - 1:02d}"


def _moved_from(text: str, mark: PeriodMark, before: int) -> bool:
    """由上半年的3.2%提高到8.6%: is ``mark`` the period a figure moved from (由 / 从 before it, 的 and that
    figure after it), with the move's 到 / 至 between it and ``before``?"""
    if text[mark.start - 1 : mark.start] not in ("由", "从") or not text.startswith("的", mark.end):
        return False
    return _MOVED_TO.search(text, mark.end, before) is not None


def _period_before(period: str | None) -> str | None:
    """The period before ``period`` of its kind (上期): a year's the year before; a month's the month
    before; a running total's (2025-01/2025-11) the running total to the month before (2025-01/2025-10); any
    other span's the span as long before it (a quarter's the quarter before); None for none."""
    if period is None or not period[:4].isdigit():
        return None
    if len(period) == 4:
        return str(int(period) - 1)
    if len(period) == 7:
        y, m = int(period[:4]), int(period[5:])
        return f"{y - 1}-12" if m == 1 else f"{y}-{m - 1:02d}"
    if len(period) != 15:
        return None
    y1, m1, y2, m2 = int(period[:4]), int(period[5:7]), int(period[8:12]), int(period[13:])
    if m1 == 1 and y1 == y2 and m2 > 1:
        return format_period(y2, 1, m2 - 1)
    span = (y2 * 12 + m2) - (y1 * 12 + m1) + 1
    start, end = y1 * 12 + m1 - 1 - span, y2 * 12 + m2 - 1 - span
    first = f"{start // 12}-{start % 12 + 1:02d}"
    last = f"{end // 12}-{end % 12 + 1:02d}"
    return first if first == last else f"{first}/{last}"


def _lines_to_read(text: str, furniture: _Spans) -> Iterator[tuple[int, int]]:
    """The spans of the lines of ``text`` to read: none blank, none the page's furniture. A generator
    function, not an expression: compiled, it stays lazy."""
    for m in _PARAGRAPH.finditer(text):
        if m.group().strip() and not (furniture and furniture.inside(m.start(), m.end())):
            yield m.start(), m.end()


def _without_lead(text: str) -> str:
    """``text`` without the bullets, item numbers and spaces it opens with."""
    m = _LEAD_JUNK.match(text)
    return text[m.end() :] if m is not None else text


def _display_column(text: str, pos: int) -> int:
    """How far into its line ``pos`` stands, as a text table is laid out: a wide (CJK) character two
    columns, any other one."""
    line_start = text.rfind("\n", 0, pos) + 1
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text[line_start:pos])


def _units_under(text: str, head: list[Cell], units: list[Cell]) -> list[Cell]:
    """A header's labels with the units a row under it sets below them (实际到位内资  同比增长 over
    （亿元）  （%）): each unit goes to the label it stands nearest under, by the column where each starts."""
    starts = [_display_column(text, c.start) for c in head]
    added = [""] * len(head)
    for unit in units:
        at = _display_column(text, unit.start)
        k = min(range(len(head)), key=lambda i: abs(starts[i] - at))
        added[k] += unit.text
    return [Cell(c.start, c.end, c.text + extra) for c, extra in zip(head, added, strict=True)]


def _quarter_before(period: str | None) -> str | None:
    """The period a figure of ``period`` is compared with by 上季度: a quarter's the quarter before; a running
    total's to a quarter's end (2025-01/2025-09) the total to the quarter's end before (2025-01/2025-06);
    None for any other."""
    if period is None or len(period) != 15 or not period[:4].isdigit():
        return None
    y1, m1, y2, m2 = int(period[:4]), int(period[5:7]), int(period[8:12]), int(period[13:])
    if y1 != y2 or m2 % 3:
        return None
    if m1 == 1 and m2 > 3:
        return format_period(y2, 1, m2 - 3)
    if m2 - m1 == 2:
        return format_period(y2, m1 - 3, m2 - 3) if m1 > 3 else format_period(y2 - 1, 10, 12)
    return None


def _columns_before(columns: list[Column], col: Column) -> list[Column]:
    """The columns left of ``col`` in its table, the nearest first."""
    k = next((i for i, c in enumerate(columns) if c is col), 0)
    return columns[:k][::-1]


def _ranked_score(columns: list[Column], scores: Sequence[str]) -> Column | None:
    """A table's score column, the one its rank ranks: of several (基础指标得分｜争先指标得分｜…｜综合得分｜
    排名), the last before the rank. When no rank comes before one (名次｜县区｜经济发展｜项目建设｜综合得分),
    the score a word of ``scores`` names (综合得分), not a part named only by the table (经济发展); else
    the first named a score."""
    rank = next((k for k, c in enumerate(columns) if c.role == "rank"), 0)
    before = [c for c in columns[:rank] if c.role == "score"]
    if before:
        return before[-1]
    named = [c for c in columns if c.role == "score" and not c.indicator]  # (parts: 经济发展 → 经济发展得分)
    whole = [c for c in named if strip_brackets(c.label).strip() in scores]
    return next(iter(whole or named), None) or next((c for c in columns if c.role == "score"), None)


def _alternation(words: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """A regex matching any of ``words``, longest first (never matching when there are none)."""
    ordered = sorted_longest_first(list(words))
    return re.compile("(?:" + "|".join(re.escape(w) for w in ordered) + ")" if ordered else "(?!)")


def _add_home_words(subjects: Subjects) -> None:
    """The self-words of ``lexicon/regions.yaml`` (全市, 本市, 全省 …) the profile does not list, so that
    they are read as places with no profile too; each document maps them to what they stand for."""
    added = False
    for word, kinds in load_regions().home_words.items():
        if word in subjects.names:
            continue
        if "province" in kinds or "city" in kinds:
            subjects.names[word] = (word, "province" if "province" in kinds else "city")
        else:
            subjects.names[word] = ("", "region" if "nation" in kinds else "self")
        added = True
    if added:
        alt = "|".join(re.escape(w) for w in sorted_longest_first(list(subjects.names)))
        subjects.regex = re.compile(alt)


def _is_name(indicator: str) -> bool:
    """Is ``indicator`` a name a later clause may take (two characters or more, no digit)?"""
    return len(indicator) >= 2 and not any(map(str.isdigit, indicator))


def _without_thresholds(
    text: str,
    figs: list[_Fig],
    class_words: tuple[str, ...] = (),
    category: re.Pattern[str] | None = None,
    lead: tuple[str, ...] = (),
) -> list[_Fig]:
    """Drop the thresholds that define a category (营业收入超过10亿元的仅有4家, 突破50亿元、100亿元的企业
    给予奖励…): figures after 超过 / 突破 (a run of them joined by 、) with 的 right after the last, and
    another figure later in the same clause."""
    drop: set[int] = set()
    for k, fig in enumerate(figs):
        if (
            category is not None
            and fig.q.kind == "money"
            and lead
            and category.match(text, fig.q.end)
            and text[max(fig.clause_start, fig.q.start - 2) : fig.q.start].endswith(lead)
        ):
            drop.add(k)  # 产值过10亿元的企业发展到21家: the amount defines the companies counted
            continue
        if k + 1 < len(figs) and _threshold_before_count(text, fig, figs[k + 1], class_words):
            drop.add(k)  # 产值超10亿元企业21家: the class the count counts
            continue
        # (the 的 after the qualifier too: 落后10个百分点以上的13户)
        if not (text.startswith("的", fig.q.end) or text.startswith("的", max(fig.q.end, fig.q.tail))):
            continue
        if k + 1 >= len(figs):
            continue
        if figs[k + 1].clause_start != fig.clause_start:
            continue
        run = [k]
        while run[0] > 0 and text[figs[run[0] - 1].q.end : figs[run[0]].q.num_start].strip() == "、":
            run.insert(0, run[0] - 1)
        if figs[run[0]].q.qualifier == "over":
            drop.update(run)
    return [f for k, f in enumerate(figs) if k not in drop] if drop else figs


#: A line that is only a date (2025年4月 / 2025年4月18日) under a title: when the report was issued.
_DATE_LINE = re.compile(r"[\s\u3000]*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[\s\u3000]*")


def _clause_has_number(text: str, pos: int, se: int) -> bool:
    """Does the clause running on from ``pos`` (to its ，/；/：, or ``se``) hold a digit?"""
    cut = _CLAUSE_END.search(text, pos, se)
    return _DIGIT_IN_TEXT.search(text, pos, cut.start() if cut else se) is not None


def _common_tail(names: list[str]) -> str:
    """The longest end the kinds share (省重点项目, 市重点项目 → 重点项目), at least two characters."""
    if not names:
        return ""
    tail = names[0]
    for n in names[1:]:
        k = 0
        while k < min(len(tail), len(n)) and tail[-1 - k] == n[-1 - k]:
            k += 1
        tail = tail[len(tail) - k :]
    return tail if len(tail) >= 2 else ""


def _of_kind(kind: str, name: str) -> str:
    """A column's name for a row's kind: 省重点项目 × 项目数 → 省重点项目数, × 总投资 → 省重点项目总投资."""
    for k in range(min(len(kind), len(name)), 0, -1):
        if kind.endswith(name[:k]):
            return kind + name[k:]  # the kind already says the column's first word
    return kind + name


def _parts_follow(text: str, prev: _Fig, fig: _Fig) -> bool:
    """Is ``fig`` a part of the whole ``prev`` counts: after 其中 (问题7个，其中用地3个), or in the clause
    after a count closed by 中 (未办结的25个问题中，资金类10个)?"""
    if "其中" in text[prev.q.tail : fig.q.num_start]:
        return True
    return (
        prev.used_trailing
        and text.startswith("中", prev.trailing_end)
        and prev.clause_start != fig.clause_start
    )


def _parallel(name: str, before: str) -> str:
    """``name`` completed by the figure before it when it names only its holder, in parallel with that
    figure's holder (农村常住居民 after 城镇常住居民人均可支配收入 → 农村常住居民人均可支配收入); else ""."""
    if not name or not before or name in before:
        return ""
    for k in range(min(len(name), 6), 1, -1):
        shared = name[-k:]
        i = before.find(shared)
        if i > 0 and len(before) - (i + k) >= 3 and not before.startswith(name[:-k]):
            if "、" in before[i + k :]:
                return ""  # 工业投资、交通投资分别…；房地产投资…: a list's names, no holder's to complete
            return name + before[i + k :]
    return ""


_CLASS_NOUN = re.compile(r"[\u4e00-\u9fff]{1,8}")


def _threshold_before_count(text: str, fig: _Fig, after: _Fig, class_words: tuple[str, ...]) -> bool:
    """超10亿元企业21家, 过10亿元项目4个: an amount after one of ``class_words`` right before a noun, and
    that noun's count in the same clause, is the threshold of a class, not a figure."""
    return (
        (fig.q.qualifier == "over" or text.endswith(class_words, 0, fig.q.num_start))
        and fig.q.kind == "money"
        and after.q.kind == "count"
        and after.clause_start == fig.clause_start
        and _CLASS_NOUN.fullmatch(text, fig.q.end, after.q.num_start) is not None
    )


def _leading_mark(text: str, marks: list[PeriodMark]) -> PeriodMark | None:
    """The first period that opens a sentence of the body and leads its figures (第三季度，全市… /
    1—9月，…), passing over open spans (今年以来); None when none does."""
    for m in marks:
        if m.open:
            continue
        if (m.start == 0 or text[m.start - 1] in "\n。") and text[m.end : m.end + 1] in ("，", ","):
            stop = min(
                (k for k in (text.find("。", m.end), text.find("\n", m.end)) if k >= 0), default=len(text)
            )
            if _DIGIT_IN_TEXT.search(text, m.end, stop) is None:
                continue  # 10月份，全区上下紧扣年度目标…简报如下。: an opening with no figure leads none
            return m
    return None


def _month_end(text: str, mark: PeriodMark) -> bool:
    """Is ``mark`` one month of the report's year at its end, opening what it dates (10月末，… / ● 9月末全市…;
    not 10月底前, a deadline, nor 预计12月底投产, an event to come)?"""
    months = mark.months
    return (
        months is not None
        and months[0] == months[1]
        and mark.year_offset == 0
        and not mark.relative
        and _MONTH_END.match(text, mark.end) is not None
        and not (mark.start > 0 and _HAN_BEFORE.match(text, mark.start - 1))
    )


def _later_month(mark: PeriodMark) -> bool:
    """Is ``mark`` one month past January (9月), as a monthly report's title names it?"""
    return mark.months is not None and mark.months[0] == mark.months[1] > 1


def _later_quarter(mark: PeriodMark) -> bool:
    """Is ``mark`` the second, third or fourth quarter alone (三季度, not 前三季度)?"""
    months = mark.months
    return months is not None and months[0] > 1 and months[1] - months[0] == 2 and months[1] % 3 == 0


def _clause_before(text: str, ss: int, cs: int) -> int:
    """Where the comma-delimited clause before the one starting at ``cs`` starts, in the sentence starting
    at ``ss`` (``ss`` itself when no comma comes between)."""
    prev = max(text.rfind("，", ss, cs - 1), text.rfind(",", ss, cs - 1))
    return prev + 1 if prev >= ss else ss


def _last_month(period: str | None, year: int) -> int | None:
    """The last month of a period of ``year`` that is a month or a span of months (``2025-01/2025-10`` → 10);
    None for a whole year or another year's."""
    if period is None or len(period) < 7 or not period.startswith(str(year)) or period[-7:-3] != str(year):
        return None
    return int(period[-2:])


def _one_month(period: str | None) -> bool:
    return period is not None and len(period) == 7 and period[4] == "-"


def _alike_before(figs: list[_Fig], i: int) -> list[_Fig]:
    """The figures right before ``figs[i]`` in its sentence of one measure, each named on its own and
    each by another name (what a 均 after them speaks of); fewer than two when there is no such list."""
    out: list[_Fig] = []
    k = i - 1
    while k >= 0 and figs[k].measure == figs[i - 1].measure and figs[k].run == 0 and figs[k].indicator:
        out.insert(0, figs[k])
        k -= 1
    names = [f.indicator for f in out]
    return out if len(set(names)) == len(names) else []


def _run_units(figs: list[_Fig], i: int) -> list[str | None]:
    """The units of the run just before ``figs[i]``, when it gave one unit to each of its figures (by
    分别); else none."""
    k = i - 1
    while k > 0 and figs[k].run > 0:
        k -= 1
    return [f.records[0][2] for f in figs[k:i]] if _units_before(figs, i, i - k) else []


def _units_before(figs: list[_Fig], i: int, n: int) -> bool:
    """Are the ``n`` figures before ``figs[i]`` a run given one unit each (by 分别), to pair a run of ``n``
    with?"""
    if n < 2 or i < n:
        return False
    prev = figs[i - n : i]
    if any(f.run != k or len(f.records) != 1 or not f.records[0][2] for k, f in enumerate(prev)):
        return False
    return len({f.records[0][2] for f in prev}) == n


def _parallel_before(figs: list[_Fig], i: int, n: int) -> bool:
    """Are the ``n`` figures before ``figs[i]`` a list to pair a run of ``n`` with (one named each)?"""
    if n < 2 or i < n:
        return False
    prev = figs[i - n : i]
    names = [f.indicator for f in prev]
    return all(names) and len(set(names)) == n and all(f.run == 0 for f in prev)


def _excise(text: str, start: int, end: int, marks: list[PeriodMark]) -> str:
    """``text[start:end]`` without the period expressions in it."""
    parts: list[str] = []
    pos = start
    for mark in marks:
        if start <= mark.start and mark.end <= end and mark.start >= pos:
            parts.append(text[pos : mark.start])
            pos = mark.end
    parts.append(text[pos:end])
    return "".join(parts)


def _clause_of(clause_starts: list[int], pos: int) -> int:
    """The start of the clause ``pos`` is in (``clause_starts`` ascending, the first <= ``pos``)."""
    return clause_starts[bisect_right(clause_starts, pos) - 1]


_LABEL_STOP = re.compile(r"[，,；;。\n▶●■•]")


def _last_label_stop(text: str, end: int) -> int:
    """Where the last of ，,；;。▶●■• or a line break before ``end`` is (-1: none), looking back a
    stretch at a time rather than over the whole text."""
    width = 64
    while True:
        low = max(0, end - width)
        last = -1
        for m in _LABEL_STOP.finditer(text, low, end):
            last = m.start()
        if last >= 0 or low == 0:
            return last
        width *= 4


_CLAUSE_STOP = re.compile(r"[，,；;：:。！？!?\n]")


def _goal_remark(text: str, ss: int, word_end: int, num_start: int) -> bool:
    """Is a goal word a remark on a figure said before it in its sentence (收入24816元，增长5.4%，年度预期目标
    为增长5.5%左右；其中…), whose clause ends before ``num_start``? Such a goal holds for its own clause only
    (a plan's list of goals opens on its goal word, with no figure before it)."""
    return (
        _DIGIT_IN_TEXT.search(text, ss, word_end) is not None and _next_clause_end(text, word_end) < num_start
    )


def _whole_year(mark: PeriodMark) -> bool:
    """Is ``mark`` the report's whole year said as a span (全年, 年内), not another year's?"""
    return mark.months == (1, 12) and mark.year is None and mark.year_offset == 0


_SEMICOLON = re.compile("[；;]")
_CAMPAIGN_CHARS = 600  # how far into the body a campaign's start is looked for


def _next_clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_STOP.search(text, pos, pos + 40)
    return m.start() if m else min(len(text), pos + 40)


class _Spans:
    """Sorted spans (page furniture), asked whether one holds or touches a stretch of text: a bisection
    over the starts and the running maximum of the ends, not a walk over every span."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.ends: list[int] = []
        reach = -1
        for _, b in ordered:
            reach = max(reach, b)
            self.ends.append(reach)  # the furthest end of the spans up to here

    def __bool__(self) -> bool:
        return bool(self.starts)

    def inside(self, s: int, e: int) -> bool:
        """Does one span hold ``s..e`` (a <= s and e <= b)?"""
        k = bisect_right(self.starts, s) - 1
        return k >= 0 and self.ends[k] >= e

    def touches(self, s: int, e: int) -> bool:
        """Does one span overlap ``s..e`` (a < e and s < b)?"""
        k = bisect_left(self.starts, e) - 1
        return k >= 0 and self.ends[k] > s


def headline_zone(text: str, furniture: _Spans | None = None) -> tuple[str, int]:
    """The short lines that open a document (its headline zone), before the first long paragraph, and
    where the zone ends. Page furniture (a site's banner and menu, a byline
    line) is passed over: it is neither part of the headline nor counted against its 400 characters, and
    furniture right after the headline still belongs to the zone (the body opens after it)."""
    out: list[str] = []
    end = 0
    budget = 400
    for m in _PARAGRAPH.finditer(text):
        if m.start() >= min(len(text), budget):
            break
        line = m.group().strip()
        if not line:
            continue
        if furniture and furniture.touches(m.start(), m.end()):
            budget += m.end() - m.start() + 1
            if out:
                end = m.end()
            continue
        if len(line) >= 60 or line[-1] in "。！？!?" or len(out) >= 5:
            break
        out.append(line)
        end = m.end()
    return "\n".join(out), end


def with_batch_years(documents: Sequence[SourceDocument]) -> list[SourceDocument]:
    """Documents read together, a document that names no year at all (a news piece dated 10月28日)
    given the year most of the others report on. Documents filed in one batch are of one season's work,
    and a period with no year (前三季度) is of the year the batch is about; with no such year, unchanged."""
    known = [d.report_year or infer_report_year(d.reading_view().text) for d in documents]
    years = Counter(y for y in known if y is not None)
    if not years:
        return list(documents)
    year = years.most_common(1)[0][0]
    return [
        d if y is not None else dataclasses.replace(d, report_year=year)
        for d, y in zip(documents, known, strict=True)
    ]


def infer_report_year(text: str) -> int | None:
    """The year a report is about when nobody said: the year it names most often."""
    counts = Counter(int(y) for y in _YEAR_IN_TEXT.findall(text[:20000]))
    if not counts:
        return None
    best = max(counts.values())
    return min(y for y, c in counts.items() if c == best)


# ---- public entry points ----------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _reader(lexicon_dir: str | None, city: str | None) -> Reader:
    lexicon = load_lexicon(lexicon_dir)
    profile = _profile(city)
    return Reader(lexicon, profile)


def _profile(city: str | None) -> CityProfile | None:
    if city is None:
        from diaodu.settings import get_settings

        city = get_settings().city
    try:
        return load_profile(city)
    except DiaoduError:
        if Path(city).exists():
            raise
        return None


def iter_mentions(
    document: SourceDocument | _Document | str,
    *,
    report_year: int | None = None,
    name: str = "<text>",
    city: str | Path | None = None,
    lexicon: str | Path | None = None,
) -> Iterator[FigureMention]:
    """Yield the figure mentions of a document one by one (memory flat in the document's length)."""
    doc: _Document
    if isinstance(document, str):
        doc = _PlainDocument(name=name, text=document, report_year=report_year)
    else:
        doc = document
        if report_year is not None and doc.report_year is None:
            doc = _PlainDocument(
                doc.name, doc.text, report_year, list(doc.furniture), doc.title, doc.page_title
            )
    reader = _reader(str(lexicon) if lexicon is not None else None, str(city) if city is not None else None)
    yield from read_mapped(reader.read, doc, document)  # html: spans into the markup


def extract(
    document: SourceDocument | _Document | str,
    *,
    report_year: int | None = None,
    name: str = "<text>",
    city: str | Path | None = None,
    lexicon: str | Path | None = None,
) -> list[FigureMention]:
    """Every figure mention of ``document`` (a ``SourceDocument`` or plain text), in text order.

    ``report_year`` is the year the report is about (for a plain string, or when the document's own is
    unknown); ``city`` a city-profile folder (default: ``settings.city``); ``lexicon`` another lexicon
    folder (default: the package's own).
    """
    out = list(iter_mentions(document, report_year=report_year, name=name, city=city, lexicon=lexicon))
    out.sort(key=lambda r: (r.start, r.end))
    return out
