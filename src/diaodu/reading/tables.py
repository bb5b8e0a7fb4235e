"""Table-like text: a header row of column labels, then rows of a name and numbers.

Statistics bureaus and project bulletins print figures as tables (columns split by tabs, by two or more
spaces, by full-width spaces or by ``|``). A bare number in a table has no unit or cue beside it; its
column label says what it is: ``增速（%）`` a growth, ``位次`` a rank, ``完成率（%）`` a ratio,
``1-5月完成投资（亿元）`` a level in 亿元 for January to May, ``绝对值`` a level in the row's ``单位``. The
words that name column kinds are in ``lexicon/tables.yaml``.

The first cell of a row names either the indicator (``其中：制造业``) or, when it is a unit of the city
profile or the key column is headed 项目名称 / 地区 / 企业名称, the subject; then the indicator comes from
the column label or the table's title line.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from math import comb
from typing import overload

from diaodu.reading.lexicon import Lexicon, guarded, sorted_longest_first
from diaodu.reading.numerals import ARABIC, parse_arabic

_SEPARATOR = guarded(r"(?:\t|\u3000|\s{2,}|\s*[|｜]\s*)+")
_SPACES = guarded(r"(?:\s|[|｜])+")
_NUMBER_CELL = re.compile(rf"^[-－−+]?{ARABIC}$")
_GLUED_VALUE = re.compile(r"^(\S+?[）)])(-?\d+(?:\.\d+)?)$")  # (the key, its unit closing it; the value)
_EMPTY_CELL = re.compile(r"^[—\-－–/…\s]*$")
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
_UNIT_IN_LABEL = re.compile(r"[（(]([^）)]{1,6})[）)]\s*$")
_BARE_PERCENT = re.compile(r"(?<=[\u4e00-\u9fff])\s*[%％]$")  # 完成年度目标%: 完成年度目标（%）
_SLASH_UNIT = re.compile(r"(?<=[\u4e00-\u9fff])\s*[/／]\s*([^/／（）()\s]{1,5})$")  # 企业数/家, 亩均税收/万元
_RATE_NAME = re.compile(r"率\s*[（(][%％][）)]\s*$")  # 办结率（%）, 满意率（%）: a rate, no growth
_DIGIT = re.compile(r"[0-9０-９]")
_VALUED = re.compile(r"[\u4e00-\u9fff：:]\s*[0-9０-９]+(?:\.[0-9０-９]+)?\s*[%％]?$")
#: （亿元） / （%）: a unit alone, on a line (or in a cell) of its own under or after its label.
UNIT_ONLY = re.compile(r"[（(][^（）()\s]{1,6}[）)]")
_AMOUNT = re.compile(r"[0-9０-９][.．][0-9０-９]+\s*[\u4e00-\u9fff]")  # 486.2亿元
_RANK_CELL = re.compile(r"^第\s*([0-9０-９]{1,3})\s*[位名]?$")
_FULL_MARKS = re.compile(r"^[0-9０-９]+(?:\.[0-9０-９]+)?分$")  # （40分）: the part's full marks
_MOVE_CELL = re.compile(
    r"^(?P<dir>上升|下降|前移|后移|前进|后退|提升|下滑|[↑↓▲▼进退升降+＋\-－−]?)\s*(?P<n>[0-9０-９]{1,2})\s*[位名]?$"
)
_MOVE_DOWN = frozenset(("↓", "▼", "退", "降", "-", "－", "−", "下降", "后移", "后退", "下滑"))
_COMPARED_LABEL = re.compile(r"^\s*(?:较|比|与)[\u4e00-\u9fff]{1,4}\s*$")  # 较上月, 比上期, 与上月比
_SIGNED = "±+-＋－"  # （±百分点） / （+/-%）: a column whose values carry their signs
_PLAIN_LABEL = re.compile(r"^\s*[\u4e00-\u9fff]{2,10}\s*$")  # 经济发展: Han characters only


@dataclass(frozen=True, slots=True)
class Cell:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Column:
    """What a column holds."""

    label: str
    role: str
    """key | unit | level | target | score | growth | ratio | rank | diff | move | name | other (name: a
    column past the key naming what each row measures, its key a place: 县市区｜指标｜1—10月)"""
    unit: str | None = None
    indicator: str = ""


def split_cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of one line, with their spans."""
    out: list[Cell] = []
    pos = start
    for m in _SEPARATOR.finditer(text, start, end):
        if m.start() > pos:
            _add_cell(out, text, pos, m.start())
        pos = m.end()
    if pos < end:
        _add_cell(out, text, pos, end)
    return _join_spaced_name(_part_glued_key(out), text)


def _part_glued_key(cells: list[Cell]) -> list[Cell]:
    """``地方一般公共预算收入（亿元）96.82　　5.3``: a key as wide as its column, its unit touching the row's
    first value, is two cells."""
    glued = _GLUED_VALUE.match(cells[0].text) if len(cells) >= 2 else None
    if glued is None:
        return cells
    first, cut = cells[0], cells[0].start + glued.end(1)
    return [Cell(first.start, cut, glued.group(1)), Cell(cut, first.end, glued.group(2)), *cells[1:]]


def split_spaced(text: str, start: int, end: int) -> list[Cell]:
    """The cells of one line of a table whose columns are parted by one space (a pdf's text layer joins a
    table's cells so: ``指标 单位 1—10月 增长%``)."""
    out: list[Cell] = []
    pos = start
    for m in _SPACES.finditer(text, start, end):
        if m.start() > pos:
            _add_cell(out, text, pos, m.start())
        pos = m.end()
    if pos < end:
        _add_cell(out, text, pos, end)
    return out


def _join_spaced_name(cells: list[Cell], text: str) -> list[Cell]:
    """``全　省``: a two-character name padded to a column's width by one ideographic space is one
    cell, not two."""
    if len(cells) < 3 or len(cells[0].text) != 1 or len(cells[1].text) != 1:
        return cells
    first, second = cells[0], cells[1]
    if text[first.end : second.start] != "\u3000" or not ("\u4e00" <= first.text <= "\u9fff"):
        return cells
    if not ("\u4e00" <= second.text <= "\u9fff"):
        return cells
    return [Cell(first.start, second.end, first.text + second.text), *cells[2:]]


def _add_cell(out: list[Cell], text: str, start: int, end: int) -> None:
    """``text[start:end]`` as a cell, its spaces trimmed; nothing when it is all space."""
    raw = text[start:end]
    stripped = raw.strip()
    if not stripped:
        return
    lead = len(raw) - len(raw.lstrip())
    out.append(Cell(start + lead, start + lead + len(stripped), stripped))


def is_number_cell(text: str) -> bool:
    return bool(_NUMBER_CELL.match(text))


def is_percent_cell(text: str) -> bool:
    """``77.0%``: a number with its per-cent sign, as a rate column's cells may be written."""
    return text[-1:] in ("%", "％") and bool(_NUMBER_CELL.match(text[:-1].rstrip()))


def is_empty_cell(text: str) -> bool:
    return bool(_EMPTY_CELL.match(text))


def rank_cell_value(text: str) -> int | None:
    """A rank column's cell written as an ordinal (``第9位``, ``第3名``): its place; else None."""
    m = _RANK_CELL.match(text)
    return int(parse_arabic(m.group(1))) if m is not None else None


def move_cell_value(text: str) -> int | None:
    """A ranking's move in places: ↑1 / 进5 / +2 / 上升1位 up, ↓2 / 退6 / -1 / 下降2位 down; None for none
    (—, 持平)."""
    m = _MOVE_CELL.match(text.strip())
    if m is None:
        return None
    places = int(m["n"])
    return -places if m["dir"] in _MOVE_DOWN else places


def label_unit(label: str) -> str | None:
    """The unit a label ends with in brackets (``地区生产总值（亿元）`` → 亿元), None for none or for %."""
    m = _UNIT_IN_LABEL.search(label)
    if m is None or m.group(1) in ("%", "％"):
        return None
    return m.group(1)


def cell_value(text: str) -> float:
    sign = -1.0 if text[:1] in "-－−" else 1.0
    return sign * parse_arabic(text.lstrip("-－−+"))


_ROLES_SIZE = 4096


class ColumnKinds:
    """Reads column labels with the words of ``lexicon/tables.yaml``."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.words = {role: sorted_longest_first(words) for role, words in lexicon.table_columns.items()}
        self.count_units = dict(lexicon.table_count_units)
        self.to_date = tuple(lexicon.table_columns.get("to_date", ()))  # label openings (累计, 累计完成)
        self.unit_words = frozenset(u.word for u in lexicon.units) | {"%", "％"}
        self.scales = tuple(lexicon.scales)
        self._roles: dict[str, str] = {}  # a table's labels come back on every row: each read once

    def role(self, label: str) -> str:
        done = self._roles.get(label)
        if done is None:
            done = self._role(label)
            if len(self._roles) >= _ROLES_SIZE:
                self._roles.clear()
            self._roles[label] = done
        return done

    def normal_label(self, label: str) -> str:
        """A label's unit written as statistics tables also write it, after a slash (企业数/家, 占比/%) or
        bare (完成年度目标%), put in brackets as the other labels have it (企业数（家）)."""
        m = _SLASH_UNIT.search(label)
        if m is not None:
            unit = m.group(1)  # 千瓦时 is a unit as written; 万元 is one past its scale
            if unit in self.unit_words or unit.lstrip("".join(self.scales)) in self.unit_words:
                return f"{label[: m.start()]}（{m.group(1)}）"
        return _BARE_PERCENT.sub("（%）", label)

    def is_ordinal(self, label: str) -> bool:
        """序号 / 编号: a column that only numbers the rows."""
        return label.strip() in self.words.get("ordinal", ())

    def _role(self, label: str) -> str:
        label = self.normal_label(label)
        for role in ("diff", "move", "unit", "rank", "ratio", "growth", "key", "target", "score", "level"):
            for word in self.words.get(role, ()):
                # 单位 / 计量单位 head a unit column as the whole label (责任单位 names who, not a unit)
                if (label.strip() == word) if role == "unit" else (word in label):
                    if role == "key" and (
                        self._counts(label, word) or any(q in label for q in self.words.get("quantity", ()))
                    ):
                        continue  # 在建项目数 / 地区生产总值: a count of projects, a quantity, no key column
                    return role
        unit = _UNIT_IN_LABEL.search(label)
        if unit is not None:
            if unit.group(1) not in ("%", "％"):
                return "level"
            # a label naming a rate (办结率（%）, 利用率（%）) holds that rate; the rest in % are growths
            return "ratio" if _RATE_NAME.search(label) else "growth"
        return "other"

    def _counts(self, label: str, key: str) -> bool:
        """Does ``label``, holding the key word ``key``, name a count or an amount of it (在建项目数,
        项目个数) rather than the key itself (项目名称)?"""
        bare = label.strip()
        return bare[bare.find(key) + len(key) :].startswith("数") or bare.endswith(("数", "数量"))

    def is_header(self, cells: list[Cell]) -> bool:
        if len(cells) < 2 or any(is_number_cell(c.text) or _VALUED.search(c.text) for c in cells):
            return False  # 总投资56.0｜年度计划18.0: each cell a label and its value, a row of its own
        roles = [self.role(c.text) for c in cells]
        return sum(r != "other" for r in roles) >= 2

    def columns(self, cells: list[Cell]) -> list[Column]:
        out: list[Column] = []
        for i, cell in enumerate(cells):
            label = self.normal_label(cell.text) if i > 0 else cell.text
            role = "key" if i == 0 else self.role(label)
            unit = None
            m = _UNIT_IN_LABEL.search(label)
            if m is not None:
                bare = m.group(1).lstrip(_SIGNED)  # 比上半年（±百分点）: a signed column's unit, 百分点
                unit = "%" if bare in ("%", "％") else bare or m.group(1)
            if i > 0 and role == "key":
                # 项目数（个） / 在建项目: a column past the first that names a key word with a unit, or
                # ending in a counted noun (tables.yaml count_units), counts it
                counter = self.count_unit(label)
                if unit is None and counter is not None:
                    unit = counter
                role = "level" if unit is not None and unit != "%" else "other"
                if role == "other" and label.strip() in self.words.get("name", ()):
                    role = "name"  # 县市区｜指标｜1—10月: the rows' places, then what each row measures
            if i > 0 and role == "other" and unit is None and (counter := self.count_unit(label)) is not None:
                role, unit = "level", counter  # 绿灯｜红灯 in a ranking: how many lights, not its score
            if i > 0 and unit is not None and _FULL_MARKS.match(unit):
                role, unit = "score", "分"  # 经济发展（40分）: a part of the score, out of 40
            out.append(Column(label, role, unit))
        for before, col in itertools.pairwise(out):
            if col.role == "other" and before.role == "rank" and _COMPARED_LABEL.match(col.label):
                col.role = "move"  # 排名｜较上月 (↑1, ↓2): a bare comparison after a rank is the rank's move
        if any(c.role == "score" for c in out):
            # 排名｜单位｜综合得分｜经济发展｜项目建设: in a table of scores, a column no word names is a part
            # of the score (a kind's label, 组别 or 类别, names the row's kind); a part not named a score
            # (经济发展（40分）, not 扣分) is named 经济发展得分
            for col in out[1:]:
                if (
                    col.role == "other"
                    and _PLAIN_LABEL.match(col.label)
                    and not self.key_is_category(col.label)
                ):
                    col.role, col.unit = "score", "分"
                bare = _UNIT_IN_LABEL.sub("", col.label).strip()
                if col.role == "score" and bare and "分" not in bare:
                    col.indicator = bare + "得分"
        return out

    def count_unit(self, label: str) -> str | None:
        """The counter of a column of counts labelled with none (在建项目数, 在建项目 → 个)."""
        bare = _UNIT_IN_LABEL.sub("", label).strip()
        return next((u for w, u in self.count_units.items() if bare.endswith(w)), None)

    def is_bare_rank(self, label: str) -> bool:
        """位次 / 排名 alone: a rank column that does not say what it ranks."""
        return label.strip() in self.words.get("rank", ())

    def ranked_name(self, label: str) -> str:
        """What a rank column's label says it ranks, before its rank word (地区生产总值位次 → 地区生产总值);
        empty for none."""
        bare = strip_brackets(label).strip()
        word = next((w for w in self.words.get("rank", ()) if bare.endswith(w)), "")
        return bare[: -len(word)] if word else ""

    def key_is_subject(self, label: str) -> bool:
        return any(w in label for w in self.words.get("subject_key", ())) and not self.key_is_category(label)

    def key_is_category(self, label: str) -> bool:
        """项目类别 / 项目级别: the rows name kinds of what is counted, not subjects."""
        return any(word in label for word in self.words.get("category_key", ()))

    def is_total(self, key: str) -> bool:
        return key.strip() in self.words.get("total", ())


#: the order a group's measures come in under a label spanning them (总量｜增速｜位次): a measure no later
#: than the one before it opens the next group
_MEASURE_ORDER = {"level": 0, "growth": 1, "ratio": 1, "rank": 2, "move": 3, "diff": 3}


def spans_of(top: int, below: list[str], kinds: ColumnKinds) -> list[int] | None:
    """How many of the labels ``below`` (a second header row: 增速｜位次｜总量｜增速｜位次) each of ``top``
    labels spanning them spans: as many each when they part evenly, else parted where a measure comes no
    later than the one before it (增速｜位次 then 总量｜增速｜位次: 2, 3); None when they part into
    another number of groups, or a label is no measure."""
    if not top or len(below) <= top:
        return None
    if len(below) % top == 0:
        return [len(below) // top] * top
    spans: list[int] = []
    last = -1
    for label in below:
        order = _MEASURE_ORDER.get(kinds.role(label))
        if order is None:
            return None
        if order <= last or not spans:
            spans.append(0)
        spans[-1] += 1
        last = order
    return spans if len(spans) == top else None


def strip_brackets(text: str) -> str:
    """``text`` without its bracketed parts (地区生产总值（亿元） → 地区生产总值)."""
    return _BRACKETED.sub("", text)


def states_amount(cells: list[Cell]) -> bool:
    """Does a cell state an amount with its unit (总投资486.2亿元), as a headline's phrase does and a label
    does not?"""
    return any(_AMOUNT.search(c.text) for c in cells)


def has_digit(text: str) -> bool:
    return bool(_DIGIT.search(text))


@dataclass(frozen=True, slots=True)
class Stack:
    """A table row written one cell to a line (a pdf's text layer gives some tables so): its cells, and
    where its last line ends."""

    cells: list[Cell]
    end: int


_STACK_LABEL = 12  # 同比增长（%） / 全省位次: the longest label of a header written one cell to a line
_STACK_KEY = 30  # 农村居民人均可支配收入: the longest row key so written
_STACK_WIDTHS = range(3, 11)
_PROSE = re.compile(r"[。，；,;！？]")  # (其中：税收收入 is a key)
_STACK_UNIT = re.compile(r"^[^\s0-9０-９]{1,5}$")  # 亿元 / 万人次: a unit column's cell
_STACK_WORD = re.compile(r"^[^\s。，；,;！？]{1,12}$")  # 上杭县 / 有色金属: a word column's cell


class Lines:
    """The lines of a text to read, as (start, end) spans, pulled from an iterator as they are asked for and
    let go once read past (``release``): a long document is never held as a list of its lines."""

    __slots__ = ("_base", "_buf", "_spans")

    def __init__(self, spans: Iterator[tuple[int, int]]) -> None:
        self._spans = spans
        self._buf: list[tuple[int, int]] = []
        self._base = 0  # the index of ``_buf[0]``

    def has(self, k: int) -> bool:
        """Is there a line ``k``?"""
        while k - self._base >= len(self._buf):
            nxt = next(self._spans, None)
            if nxt is None:
                return False
            self._buf.append(nxt)
        return True

    @overload
    def __getitem__(self, k: int) -> tuple[int, int]: ...

    @overload
    def __getitem__(self, k: slice) -> list[tuple[int, int]]: ...

    def __getitem__(self, k: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if isinstance(k, slice):
            self.has(k.stop - 1)
            return self._buf[k.start - self._base : k.stop - self._base]
        if not self.has(k):
            raise IndexError(k)
        return self._buf[k - self._base]

    def release(self, k: int) -> None:
        """Let go of the lines before ``k`` (read past; a table is only ever looked for ahead)."""
        if k - self._base > _RELEASE_EVERY:
            del self._buf[: k - self._base]
            self._base = k


_RELEASE_EVERY = 256


def stack_at(text: str, lines: Lines, i: int, kinds: ColumnKinds) -> dict[int, Stack]:
    """A table written one cell to a line whose header begins at ``lines[i]``: a header of N short labels,
    each on its own line, then rows of N lines each, a key and its values (指标⏎单位⏎绝对额⏎增长（%）⏎位次⏎
    地区生产总值⏎亿元⏎1452.36⏎5.3⏎7); each header and row by the start of its first line, none when no
    table begins there. ``lines`` are the text's lines to read (blank lines and page furniture left out), so
    a table running over a page break keeps its rows.

    No library reads a table out of a pdf's text layer once its layout is gone, and going back to the pdf's
    glyph positions would lose the offsets the mentions index: the rows are found from the header's width.
    A header counts only with two rows under it, each with a number past its key."""
    start, end = lines[i]
    if end - start > 2 * _STACK_LABEL and len(text[start:end].strip()) > _STACK_LABEL:
        return {}  # a line of prose, as most are: no header's first label (asked of every line read)
    width = _stack_width(text, lines, i, kinds)
    if width == 0:
        return (
            _numbered_stack(text, lines, i, kinds)
            or _grouped_stack(text, lines, i, kinds)
            or _wrapped_stack(text, lines, i, kinds)
        )
    head = _stack_cells(text, lines[i : i + width])
    out = {lines[i][0]: Stack(head, lines[i + width - 1][1])}
    columns = kinds.columns(head)
    j = i + width
    while lines.has(j + width - 1) and _is_stack_row(text, lines[j : j + width], columns):
        out[lines[j][0]] = Stack(_stack_cells(text, lines[j : j + width]), lines[j + width - 1][1])
        j += width
    return out


def _stack_width(text: str, lines: Lines, i: int, kinds: ColumnKinds) -> int:
    """How many lines from ``lines[i]`` make a header written one label to a line (0 for none): the fewest
    whose labels read as a header with two rows of as many lines under them."""
    first = text[lines[i][0] : lines[i][1]].strip()
    if not first or len(first) > _STACK_LABEL or kinds.role(first) == "other":
        return 0
    for width in _STACK_WIDTHS:
        if not lines.has(i + 3 * width - 1):
            return 0
        label = text[lines[i + width - 1][0] : lines[i + width - 1][1]].strip()
        if len(label) > _STACK_LABEL or _PROSE.search(label) or is_number_cell(label):
            return 0  # the header ran out before a row began
        head = _stack_cells(text, lines[i : i + width])
        if not kinds.is_header(head):
            continue
        columns = kinds.columns(head)
        rows = (lines[i + width : i + 2 * width], lines[i + 2 * width : i + 3 * width])
        if all(_is_stack_row(text, row, columns) for row in rows):
            return width
    return 0


def _is_stack_row(text: str, row: list[tuple[int, int]], columns: list[Column], words: bool = False) -> bool:
    """Is ``row`` a row of the table ``columns`` head: a key, then a number, a rank or a move, an empty cell
    or a unit in each other column, at least one a number; with ``words`` (a numbered row, its place in the
    table sure), a short word too in a column no label word names (签约地⏎上杭县, 产业链⏎有色金属)."""
    cells = _stack_cells(text, row)
    key = cells[0].text
    if not key or len(key) > _STACK_KEY or _PROSE.search(key) or is_number_cell(key):
        return False
    numbers = 0
    for cell, col in zip(cells[1:], columns[1:], strict=True):
        if (
            is_number_cell(cell.text)
            or is_percent_cell(cell.text)
            or rank_cell_value(cell.text) is not None
            or move_cell_value(cell.text) is not None  # ↑1 / ↓2 under 较上月升降
        ):
            numbers += 1
        elif not (
            is_empty_cell(cell.text)
            or (col.role == "unit" and _STACK_UNIT.match(cell.text))
            or (words and col.role == "other" and _STACK_WORD.match(cell.text))
        ):
            return False
    return numbers > 0


def _stack_cells(text: str, lines: list[tuple[int, int]]) -> list[Cell]:
    """Each line one cell, its spaces (an indent of ideographic spaces) trimmed."""
    out: list[Cell] = []
    for start, end in lines:
        raw = text[start:end]
        lead = len(raw) - len(raw.lstrip())
        out.append(Cell(start + lead, start + lead + len(raw.strip()), raw.strip()))
    return out


_GROUPED_HEAD = 32  # the most lines a header of two rows written one cell to a line may take


def _is_value_cell(cell: str) -> bool:
    """A cell a row holds past its key: a number, a rate, a rank, a move, or none (—)."""
    return (
        is_number_cell(cell)
        or is_percent_cell(cell)
        or rank_cell_value(cell) is not None
        or move_cell_value(cell) is not None
        or is_empty_cell(cell)
    )


def _lines_from(text: str, lines: Lines, i: int, most: int) -> list[str]:
    """The texts of up to ``most`` lines from ``lines[i]``, trimmed: a header written one cell to a line, and
    what follows it."""
    texts: list[str] = []
    while len(texts) < most and lines.has(i + len(texts)):
        start, end = lines[i + len(texts)]
        texts.append(text[start:end].strip())
    return texts


def _first_row(texts: list[str]) -> int:
    """Where the first row begins after a header one label to a line (0 for none): the first line past the
    labels that is no value, with a value after it."""
    return next(
        (
            k
            for k in range(3, len(texts) - 1)
            if not _is_value_cell(texts[k]) and _is_value_cell(texts[k + 1])
        ),
        0,
    )


def _grouped_stack(text: str, lines: Lines, i: int, kinds: ColumnKinds) -> dict[int, Stack]:
    """A table written one cell to a line whose header has two rows (地区⏎地区生产总值⏎社会消费品零售总额⏎
    增速（%）⏎位次⏎总量（亿元）⏎增速（%）⏎位次): the key's label, labels each spanning some of the second
    row's measures (``spans_of``), then those measures; then rows of a key and a cell under each measure. The
    rows' width is how many lines part the first row's key from the next (a line no value). The header is
    given as one row, each measure labelled by the label spanning it too (地区生产总值增速（%））."""
    first = text[lines[i][0] : lines[i][1]].strip()
    if len(first) > _STACK_LABEL or kinds.role(first) != "key":
        return {}
    texts = _lines_from(text, lines, i, _GROUPED_HEAD)
    head = _first_row(texts)
    after = next((k for k in range(head + 2, len(texts)) if not _is_value_cell(texts[k])), 0)
    if not head or not after or any(_is_value_cell(t) or len(t) > _STACK_LABEL for t in texts[1:head]):
        return {}
    width = after - head
    top = head - width  # the labels spanning the measures, after the key's: quantities' names (地区生产总值)
    if top < 1 or any(kinds.role(t) not in ("other", "level") for t in texts[1 : 1 + top]):
        return {}
    spans = spans_of(top, texts[1 + top : head], kinds)
    if spans is None:
        return {}
    labels = _stack_cells(text, lines[i : i + head])
    cells = [labels[0]]
    for label, span in zip(labels[1 : 1 + top], spans, strict=True):
        for sub in labels[len(cells) + top : len(cells) + top + span]:
            cells.append(Cell(sub.start, sub.end, label.text + sub.text))
    columns = kinds.columns(cells)
    out = {lines[i][0]: Stack(cells, lines[i + head - 1][1])}
    j = i + head
    while lines.has(j + width - 1) and _is_stack_row(text, lines[j : j + width], columns):
        out[lines[j][0]] = Stack(_stack_cells(text, lines[j : j + width]), lines[j + width - 1][1])
        j += width
    return out if len(out) > 2 else {}


def _wrapped_stack(text: str, lines: Lines, i: int, kinds: ColumnKinds) -> dict[int, Stack]:
    """A table written one cell to a line whose labels wrap their unit onto a line of its own
    (单位⏎新签约项目⏎（个）⏎协议投资⏎（亿元）⏎广安区⏎27⏎148.6): each unit joins the label above it, and the
    rows are as wide as the labels so joined. The header ends at the first line that is no value with a value
    after it."""
    first = text[lines[i][0] : lines[i][1]].strip()
    if len(first) > _STACK_LABEL or kinds.role(first) not in ("key", "unit"):
        return {}
    texts = _lines_from(text, lines, i, _NUMBERED_HEAD)
    head = _first_row(texts)
    if not head or any(_is_value_cell(t) or len(t) > _STACK_LABEL or _PROSE.search(t) for t in texts[:head]):
        return {}
    cells: list[Cell] = []
    for cell in _stack_cells(text, lines[i : i + head]):
        if cells and UNIT_ONLY.fullmatch(cell.text) and not UNIT_ONLY.fullmatch(cells[-1].text):
            cells[-1] = Cell(cells[-1].start, cell.end, cells[-1].text + cell.text)
        else:
            cells.append(cell)
    width = len(cells)
    if width == head or width < 3 or not kinds.is_header(cells):
        return {}  # no unit wrapped (a header of one label to a line is stack_at's own)
    columns = kinds.columns(cells)
    out = {lines[i][0]: Stack(cells, lines[i + head - 1][1])}
    j = i + head
    while lines.has(j + width - 1) and _is_stack_row(text, lines[j : j + width], columns):
        out[lines[j][0]] = Stack(_stack_cells(text, lines[j : j + width]), lines[j + width - 1][1])
        j += width
    return out if len(out) > 2 else {}


_NUMBERED_HEAD = 24  # 序号⏎县区⏎观摩项目⏎（个）⏎…: the most lines a numbered table's header may take
_PARTINGS = 5000  # the most partings of a numbered table's header lines into labels tried
_NAMED_BEFORE = 3000  # how far before a table its labels are looked for in the text (经济发展（40分）、…)


def _numbering_label(texts: list[str], kinds: ColumnKinds) -> int:
    """How many of the first lines ``texts`` of a header make the label of a column numbering the rows
    (序号) or ranking them (名次, 综合⏎排名: its label wrapped), 0 for none."""
    for lead in (1, 2):
        if len(texts) <= lead or len(texts[lead - 1]) > _STACK_LABEL or _PROSE.search(texts[lead - 1]):
            return 0  # (a sentence, …分别排名。结果如下。, is no label, though it names a rank)
        label = "".join(texts[:lead])
        if kinds.is_ordinal(label) or kinds.role(label) == "rank":
            return lead
    return 0


def _numbered_stack(text: str, lines: Lines, i: int, kinds: ColumnKinds) -> dict[int, Stack]:
    """A table written one cell to a line whose first column numbers its rows (序号) or ranks them (名次),
    and whose labels may wrap in their cells (观摩项目⏎（个）, 本季度⏎排名), as reportlab's do. The rows'
    width is how many lines part the row numbered n from the next one (numbered n + 1, or the header again
    after a page break): of the widths so found, the one that reads the most rows, then the most labels as
    columns, then the widest. The header's lines are grouped into as many labels (``_grouped_head``)."""
    # (asked of every short line no other table begins at: its first two lines decide before more are read)
    lead = _numbering_label([text[s:e].strip() for s, e in lines[i : i + 3]], kinds)
    if not lead:
        return {}
    texts = [text[s:e].strip() for s, e in lines[i : i + 2 * _NUMBERED_HEAD]]
    start = next((k for k in range(lead + 1, min(len(texts), _NUMBERED_HEAD)) if texts[k].isdecimal()), 0)
    if not start:
        return {}
    best: tuple[tuple[int, float, int], dict[int, Stack]] | None = None
    for k in range(start + 3, min(len(texts), start + start + 1)):
        if texts[k] not in (str(int(texts[start]) + 1), texts[0]):
            continue
        found = _numbered_rows(text, lines, i, (lead, start), k - start, kinds)
        if found is not None and (best is None or found[0] > best[0]):
            best = found
    return best[1] if best is not None else {}


def _numbered_rows(
    text: str, lines: Lines, i: int, head: tuple[int, int], width: int, kinds: ColumnKinds
) -> tuple[tuple[int, float, int], dict[int, Stack]] | None:
    """The header (``head``: its numbering label's lines and all its lines, from ``lines[i]``) and the
    numbered rows of ``width`` lines under it, with how well they read (rows, share of labels read as
    columns, width); None for no row."""
    lead, start = head
    grouped = _grouped_head(text, lines[i : i + start], lead, width, kinds)
    if grouped is None:
        return None
    cells, known = grouped
    columns = kinds.columns(cells[1:])
    out = {lines[i][0]: Stack(cells, lines[i + start - 1][1])}
    n = int(text[lines[i + start][0] : lines[i + start][1]].strip())
    j = i + start
    while lines.has(j + width - 1):
        row = lines[j : j + width]
        if text[row[0][0] : row[0][1]].strip() != str(n) or not _is_stack_row(text, row[1:], columns, True):
            break
        out[row[0][0]] = Stack(_stack_cells(text, row), row[-1][1])
        n += 1
        j += width
    rows = len(out) - 1
    return ((rows, known / (width - 1), width), out) if rows else None


def _grouped_head(
    text: str, lines: list[tuple[int, int]], lead: int, width: int, kinds: ColumnKinds
) -> tuple[list[Cell], int] | None:
    """``lines`` (a header's, its first ``lead`` the numbering column's label) parted into ``width``
    labels: of the partings that keep each bracketed unit with the label above it and start a label after
    one closing a bracket (县（市、区）), the one whose labels read as the most columns, then whose wrapped
    labels the text before the table writes out the most (经济⏎发展 under …经济发展（40分）…: a word, where
    发展⏎项目 is none), then the one parting earliest; with how many labels read as columns. None for
    none."""
    labels = [text[s:e].strip() for s, e in lines]
    if width - 2 < 0 or comb(len(labels) - lead - 1, width - 2) > _PARTINGS:
        return None  # (a bound on the partings tried: a few labels wrap, not every one)
    before = "".join(text[max(0, lines[0][0] - _NAMED_BEFORE) : lines[0][0]].split())
    written: dict[str, bool] = {}
    best: tuple[tuple[int, int], tuple[int, ...]] | None = None
    for cuts in itertools.combinations(range(lead + 1, len(labels)), width - 2):
        bounds = (0, lead, *cuts, len(labels))
        if any(labels[b][:1] in "（(" for b in bounds[1:-1]) or any(
            labels[k].endswith(("）", ")"))
            for a, b in itertools.pairwise(bounds[1:])
            for k in range(a, b - 1)
        ):
            continue
        parts = ["".join(labels[a:b]) for a, b in itertools.pairwise(bounds)]
        known = sum(kinds.role(part) != "other" for part in parts[1:])
        joined = 0
        for (a, b), part in zip(itertools.pairwise(bounds[1:]), parts[1:], strict=True):
            if b - a > 1:
                if part not in written:
                    written[part] = part in before
                joined += (b - a - 1) * written[part]
        if best is None or (known, joined) > best[0]:
            best = ((known, joined), bounds)
    if best is None:
        return None
    out: list[Cell] = []
    for a, b in itertools.pairwise(best[1]):
        pieces = _stack_cells(text, lines[a:b])  # 观摩项目⏎（个）: one label, from its first line to its last
        out.append(Cell(pieces[0].start, pieces[-1].end, "".join(c.text for c in pieces)))
    return out, best[0][0]
