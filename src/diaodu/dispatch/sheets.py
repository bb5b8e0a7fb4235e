"""Excel in and out: templates (表样) for each sheet the office fills in, and imports that check every
row before writing anything.

Sheets (``SHEETS``): ``projects`` 项目库, ``progress`` 月度进度, ``enterprises`` 产业链企业,
``tasks`` 任务清单, ``tickets`` 问题诉求, ``leads`` 招商项目.

A template has the instructions in row 1, the Chinese headers in row 2 (required ones end in *), data
validation lists for every column with fixed choices (levels, stages, chains, units …, kept on a hidden
sheet 选项), and data from row 3 on.

``import_sheet`` reads the file twice with openpyxl's read-only streaming (so a 50 MB sheet never sits in
memory): the first pass checks every row (types, required cells, choices, references to projects, chains
and units, duplicates within the file) and collects every problem as sheet / row / column / reason; any
problem refuses the whole file with ``SheetError`` and nothing is written. The second pass writes the
rows in the caller's single transaction through the ledger's audited functions. Re-importing a month's
progress updates the stored month (audited) instead of adding a second row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select
from sqlalchemy.orm import Session

from diaodu.dispatch.tickets import raise_from_progress
from diaodu.errors import InputError, RowError, SheetError
from diaodu.ledger import chains as ledger_chains
from diaodu.ledger import leads as ledger_leads
from diaodu.ledger import projects as ledger_projects
from diaodu.ledger import tasks as ledger_tasks
from diaodu.ledger import tickets as ledger_tickets
from diaodu.ledger.regions import name_map
from diaodu.ledger.tables.chains import SEGMENTS, Chain, Enterprise, Liaison
from diaodu.ledger.tables.projects import PROJECT_LEVELS, PROJECT_STAGES, Project
from diaodu.ledger.tables.regions import Unit
from diaodu.ledger.tables.work import LEAD_STAGES, TASK_STATES, Task, Ticket
from diaodu.ledger.writes import update

Kind = Literal["text", "int", "number", "date", "bool", "choice", "unit", "chain", "project", "month", "year"]

TICKET_CATEGORIES = ("用地", "融资", "用工", "审批", "水电气", "物流", "市场", "技术", "政策", "其他")
YES_NO = ("是", "否")
FIRST_DATA_ROW = 3


@dataclass(frozen=True)
class Column:
    """One column of a sheet."""

    header: str
    field: str
    kind: Kind = "text"
    required: bool = False
    choices: tuple[str, ...] = ()
    width: int = 14
    max_len: int = 200

    @property
    def shown(self) -> str:
        return self.header + ("*" if self.required else "")


@dataclass(frozen=True)
class SheetSpec:
    """A sheet: its name, title, instructions and columns, and the fields that identify a row."""

    name: str
    title: str
    instructions: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]


_LEVELS = "、".join(PROJECT_LEVELS)
SHEETS: dict[str, SheetSpec] = {
    "projects": SheetSpec(
        "projects",
        "项目库",
        f"填表说明：第2行为表头，从第3行起每行填一个项目；带*为必填；金额单位为万元；项目层级填{_LEVELS}之一；"
        "县市区、园区、责任单位须为单位库中的名称；日期填2020-03-31格式；同一项目编号再次导入即更新该项目。",
        (
            Column("项目编号", "code", required=True, max_len=40),
            Column("项目名称", "name", required=True, width=36),
            Column("项目层级", "level", "choice", True, PROJECT_LEVELS),
            Column("产业链", "chain", "chain", width=18),
            Column("所在县市区", "region", "unit"),
            Column("所在园区", "park", "unit", width=22),
            Column("业主单位", "owner", width=24),
            Column("责任单位", "responsible_unit", "unit", width=22),
            Column("总投资（万元）", "total_investment", "number", True),
            Column("计划年度", "year", "year", True),
            Column("年度计划投资（万元）", "planned", "number", True, width=18),
            Column("计划开工日期", "planned_start", "date"),
            Column("计划竣工日期", "planned_finish", "date"),
            Column("项目阶段", "stage", "choice", True, PROJECT_STAGES),
            Column("是否入库", "in_library", "bool", choices=YES_NO),
        ),
        ("code",),
    ),
    "progress": SheetSpec(
        "progress",
        "月度进度",
        "填表说明：第2行为表头，从第3行起每行填一个项目一个月的进度；带*为必填；金额单位为万元；"
        "项目编号须已在项目库中；同一项目同一月份重复导入即更新该月数据（留痕），不会重复计入。",
        (
            Column("项目编号", "code", "project", True, max_len=40),
            Column("项目名称", "name", width=36),
            Column("年度", "year", "year", True),
            Column("月份", "month", "month", True, width=8),
            Column("本月完成投资（万元）", "completed_month", "number", True, width=18),
            Column("本年累计完成投资（万元）", "cumulative_year", "number", True, width=20),
            Column("开工累计完成投资（万元）", "cumulative_total", "number", width=20),
            Column("形象进度", "notes", width=30, max_len=2000),
            Column("存在问题", "problems", width=30, max_len=2000),
        ),
        ("code", "year", "month"),
    ),
    "enterprises": SheetSpec(
        "enterprises",
        "产业链企业",
        "填表说明：第2行为表头，从第3行起每行填一家企业；带*为必填；产业链须为已设立的产业链；"
        "环节填上游、中游或下游；产值单位为万元；同名企业再次导入即更新。",
        (
            Column("企业名称", "name", required=True, width=30),
            Column("产业链", "chain", "chain", True, width=18),
            Column("环节", "segment", "choice", True, SEGMENTS, width=8),
            Column("是否规上", "above_scale", "bool", choices=YES_NO, width=10),
            Column("是否链主", "chain_master", "bool", choices=YES_NO, width=10),
            Column("产值（万元）", "output_value", "number"),
            Column("从业人员", "employees", "int", width=10),
            Column("所在县市区", "region", "unit"),
            Column("驻企联络员", "liaison", width=12),
        ),
        ("name",),
    ),
    "tasks": SheetSpec(
        "tasks",
        "任务清单",
        "填表说明：第2行为表头，从第3行起每行填一项任务；带*为必填；责任单位须为单位库中的名称；"
        "完成时限填2020-12-31格式；状态填未开始、推进中或已完成。",
        (
            Column("任务内容", "title", required=True, width=40, max_len=300),
            Column("产业链", "chain", "chain", width=18),
            Column("工作领域", "domain", width=16),
            Column("责任单位", "responsible_unit", "unit", True, width=22),
            Column("完成时限", "deadline", "date", True),
            Column("状态", "state", "choice", choices=TASK_STATES, width=10),
        ),
        ("title", "responsible_unit"),
    ),
    "tickets": SheetSpec(
        "tickets",
        "问题诉求",
        "填表说明：第2行为表头，从第3行起每行填一个问题诉求；带*为必填；新导入的问题状态为「收集」，"
        "之后按 收集→交办→办理→反馈→办结 流转；编号不得与已有问题重复。",
        (
            Column("编号", "code", required=True, max_len=40),
            Column("问题标题", "title", required=True, width=36, max_len=300),
            Column("问题描述", "description", width=40, max_len=4000),
            Column("问题类别", "category", "choice", True, TICKET_CATEGORIES, width=10),
            Column("提出企业", "enterprise", width=28),
            Column("关联项目编号", "project", "project", width=16),
            Column("产业链", "chain", "chain", width=18),
            Column("交办单位", "assigned_unit", "unit", width=22),
            Column("提出日期", "raised_on", "date", True),
            Column("办理时限", "deadline", "date"),
        ),
        ("code",),
    ),
    "leads": SheetSpec(
        "leads",
        "招商项目",
        "填表说明：第2行为表头，从第3行起每行填一个招商项目；带*为必填；投资额单位为万元；"
        "阶段填线索、在谈、签约、开工、投产或到资；同名项目再次导入即更新。",
        (
            Column("项目名称", "name", required=True, width=32),
            Column("投资方", "investor", width=28),
            Column("计划投资（万元）", "amount", "number", True),
            Column("产业链", "chain", "chain", width=18),
            Column("落地单位", "unit", "unit", width=22),
            Column("阶段", "stage", "choice", True, LEAD_STAGES, width=8),
            Column("是否500强", "fortune500", "bool", choices=YES_NO, width=10),
            Column("发现日期", "found_on", "date"),
            Column("签约日期", "signed_on", "date"),
        ),
        ("name",),
    ),
}


def spec(name: str) -> SheetSpec:
    """The sheet called ``name`` (or its Chinese title); ``InputError`` listing them otherwise."""
    for s in SHEETS.values():
        if name in (s.name, s.title):
            return s
    known = "、".join(f"{s.name}（{s.title}）" for s in SHEETS.values())
    raise InputError(f"没有「{name}」这种表样，可选：{known}")


# ---------------------------------------------------------------------------------------------- templates

_HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
_NOTE_FILL = PatternFill("solid", fgColor="FFF2CC")
_THIN = Side(style="thin", color="999999")


def _choices(session: Session | None, column: Column) -> tuple[str, ...]:
    if column.choices:
        return column.choices
    if session is None:
        return ()
    if column.kind == "chain":
        return tuple(session.scalars(select(Chain.name).order_by(Chain.sort, Chain.name)))
    if column.kind == "unit":
        kinds = ("district", "county", "county_city", "park", "department")
        return tuple(session.scalars(select(Unit.name).where(Unit.kind.in_(kinds)).order_by(Unit.code)))
    return ()


def write_template(name: str, path: str | Path, session: Session | None = None, *, rows: int = 2000) -> Path:
    """Write the Excel template of sheet ``name`` to ``path``; with a session, chains and units become
    drop-down lists too. Returns the path."""
    s = spec(name)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = s.title
    ws.cell(row=1, column=1, value=s.instructions)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(s.columns))
    ws.cell(row=1, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(row=1, column=1).fill = _NOTE_FILL
    ws.row_dimensions[1].height = 60
    options = wb.create_sheet("选项")
    options.sheet_state = "hidden"
    opt_col = 0
    for i, col in enumerate(s.columns, start=1):
        cell = ws.cell(row=2, column=i, value=col.shown)
        cell.font = Font(bold=True, color="C00000" if col.required else "000000")
        cell.fill = _HEAD_FILL
        cell.border = Border(top=_THIN, bottom=_THIN, left=_THIN, right=_THIN)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = col.width
        values = _choices(session, col)
        if values:
            opt_col += 1
            ol = get_column_letter(opt_col)
            options.cell(row=1, column=opt_col, value=col.header)
            for j, v in enumerate(values, start=2):
                options.cell(row=j, column=opt_col, value=v)
            dv = DataValidation(
                type="list",
                formula1=f"=选项!${ol}$2:${ol}${len(values) + 1}",
                allow_blank=not col.required,
                showErrorMessage=True,
                errorTitle="请从下拉列表中选择",
                error=f"「{col.header}」须为下拉列表中的值",
            )
            dv.add(f"{letter}{FIRST_DATA_ROW}:{letter}{FIRST_DATA_ROW + rows - 1}")
            ws.add_data_validation(dv)
        elif col.kind in ("number", "int", "month", "year"):
            dv = DataValidation(
                type="decimal" if col.kind == "number" else "whole",
                operator="between",
                formula1="1" if col.kind == "month" else ("2000" if col.kind == "year" else "0"),
                formula2="12" if col.kind == "month" else ("2100" if col.kind == "year" else "1000000000"),
                showErrorMessage=True,
                error=f"「{col.header}」须为数字",
            )
            dv.add(f"{letter}{FIRST_DATA_ROW}:{letter}{FIRST_DATA_ROW + rows - 1}")
            ws.add_data_validation(dv)
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out


# ------------------------------------------------------------------------------------------------ parsing

_DATE_TEXT = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


class _Bad(Exception):
    pass


def _text(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _number(v: Any) -> float:
    if isinstance(v, bool):
        raise _Bad(f"应为数字，实际为「{v}」")
    if isinstance(v, int | float):
        return float(v)
    t = str(v).strip().replace(",", "").replace("，", "")
    try:
        return float(t)
    except ValueError:
        raise _Bad(f"应为数字，实际为「{_text(v)[:30]}」") from None


def _integer(v: Any) -> int:
    n = _number(v)
    if not n.is_integer():
        raise _Bad(f"应为整数，实际为「{_text(v)}」")
    return int(n)


def _date(v: Any) -> date:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    m = _DATE_TEXT.match(str(v))
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    raise _Bad(f"应为日期（如2020-06-30），实际为「{_text(v)[:30]}」")


def _bool(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    t = _text(v)
    if t in ("是", "1", "Y", "y", "TRUE", "True", "true"):
        return True
    if t in ("否", "0", "N", "n", "FALSE", "False", "false"):
        return False
    raise _Bad(f"应填「是」或「否」，实际为「{t[:30]}」")


@dataclass
class _Refs:
    """What rows may refer to: units, chains, project codes (with ids), enterprise names."""

    units: dict[str, tuple[int, str]]
    chains: dict[str, int]
    projects: dict[str, int]
    enterprises: dict[str, int]
    tickets: set[str]
    new_projects: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, session: Session, needs: set[Kind], sheet: str) -> _Refs:
        units = name_map(session) if "unit" in needs else {}
        chains: dict[str, int] = {}
        if "chain" in needs:
            for cid, name in session.execute(select(Chain.id, Chain.name)):
                chains[name] = cid
                chains.setdefault(name.removesuffix("产业链"), cid)
        projects = (
            dict(session.execute(select(Project.code, Project.id)).tuples().all())
            if "project" in needs or sheet == "projects"
            else {}
        )
        enterprises = (
            dict(session.execute(select(Enterprise.name, Enterprise.id)).tuples().all())
            if sheet == "tickets"
            else {}
        )
        tickets = set(session.scalars(select(Ticket.code))) if sheet == "tickets" else set()
        return cls(units, chains, projects, enterprises, tickets)


def _parse(col: Column, raw: Any, refs: _Refs) -> Any:
    if col.kind == "text":
        t = _text(raw)
        if len(t) > col.max_len:
            raise _Bad(f"过长（{len(t)}字，最多{col.max_len}字）")
        return t
    if col.kind == "number":
        n = _number(raw)
        if n < 0:
            raise _Bad(f"不能为负数（{n:g}）")
        return n
    if col.kind == "int":
        return _integer(raw)
    if col.kind == "month":
        m = _integer(raw)
        if not 1 <= m <= 12:
            raise _Bad(f"月份应在1到12之间，实际为{m}")
        return m
    if col.kind == "year":
        y = _integer(raw)
        if not 2000 <= y <= 2100:
            raise _Bad(f"年度应为四位年份，实际为{y}")
        return y
    if col.kind == "date":
        return _date(raw)
    if col.kind == "bool":
        return _bool(raw)
    t = _text(raw)
    if col.kind == "choice":
        if t not in col.choices:
            raise _Bad(f"「{t[:30]}」不是可选值（{'、'.join(col.choices)}）")
        return t
    if col.kind == "unit":
        if t not in refs.units:
            raise _Bad(f"单位库中没有「{t[:30]}」")
        return refs.units[t][0]
    if col.kind == "chain":
        if t not in refs.chains:
            raise _Bad(f"没有「{t[:30]}」这条产业链")
        return refs.chains[t]
    if col.kind == "project":
        if t not in refs.projects and t not in refs.new_projects:
            raise _Bad(f"项目库中没有编号为「{t[:40]}」的项目")
        return t
    raise AssertionError(col.kind)  # pragma: no cover


class _Reader:
    """Streams a workbook's rows twice without holding them."""

    def __init__(self, path: Path, s: SheetSpec) -> None:
        self.path = path
        self.spec = s
        if not path.is_file():
            raise InputError("文件不存在", path=str(path))
        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a file that is not xlsx
            raise InputError(f"无法作为Excel（.xlsx）文件读取：{exc}", path=str(path)) from exc
        self.sheet = s.title if s.title in wb.sheetnames else wb.sheetnames[0]
        ws = wb[self.sheet]
        self.header_row = 0
        self.index: dict[str, int] = {}
        for r, row in enumerate(ws.iter_rows(min_row=1, max_row=5, values_only=True), start=1):
            cells = [str(c).strip().rstrip("*").strip() if c is not None else "" for c in row]
            hits = {c.header for c in s.columns if c.header in cells}
            if len(hits) >= max(1, len(s.columns) // 3):
                self.header_row = r
                self.index = {h: cells.index(h) for h in hits}
                break
        wb.close()

    def header_errors(self) -> list[RowError]:
        if not self.header_row:
            return [
                RowError(
                    self.sheet, 2, "表头", f"找不到「{self.spec.title}」的表头行（前5行中没有表样的列名）"
                )
            ]
        return [
            RowError(self.sheet, self.header_row, c.header, "缺少此必填列")
            for c in self.spec.columns
            if c.required and c.header not in self.index
        ]

    def rows(self) -> Iterator[tuple[int, tuple[Any, ...]]]:
        wb = load_workbook(self.path, read_only=True, data_only=True)
        try:
            ws = wb[self.sheet]
            for r, row in enumerate(
                ws.iter_rows(min_row=self.header_row + 1, values_only=True), start=self.header_row + 1
            ):
                if row is None or all(c is None or (isinstance(c, str) and not c.strip()) for c in row):
                    continue
                yield r, row
        finally:
            wb.close()


def _record(
    reader: _Reader, refs: _Refs, r: int, row: tuple[Any, ...], errors: list[RowError] | None
) -> dict[str, Any] | None:
    out: dict[str, Any] = {}
    bad = False
    for col in reader.spec.columns:
        idx = reader.index.get(col.header)
        raw = row[idx] if idx is not None and idx < len(row) else None
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if col.required:
                bad = True
                if errors is not None:
                    errors.append(RowError(reader.sheet, r, col.header, "必填，不能为空"))
            out[col.field] = None
            continue
        try:
            out[col.field] = _parse(col, raw, refs)
        except _Bad as exc:
            bad = True
            if errors is not None:
                errors.append(RowError(reader.sheet, r, col.header, str(exc)))
            out[col.field] = None
    return None if bad else out


def _cross_checks(name: str, rec: dict[str, Any], refs: _Refs) -> list[tuple[str, str]]:
    """Checks across the cells of one good row: (column, reason)."""
    out: list[tuple[str, str]] = []
    if name == "progress":
        if rec["cumulative_year"] + 1e-9 < rec["completed_month"]:
            out.append(("本年累计完成投资（万元）", "小于本月完成投资"))
        if rec["cumulative_total"] is not None and rec["cumulative_total"] + 1e-9 < rec["cumulative_year"]:
            out.append(("开工累计完成投资（万元）", "小于本年累计完成投资"))
    if name == "projects":
        if rec["planned"] > rec["total_investment"] + 1e-9:
            out.append(("年度计划投资（万元）", "大于总投资"))
        if rec["planned_start"] and rec["planned_finish"] and rec["planned_finish"] < rec["planned_start"]:
            out.append(("计划竣工日期", "早于计划开工日期"))
    if name == "tickets":
        if rec["code"] in refs.tickets:
            out.append(("编号", f"问题编号「{rec['code']}」已存在"))
        if rec["enterprise"] and rec["enterprise"] not in refs.enterprises:
            out.append(("提出企业", f"企业台账中没有「{rec['enterprise']}」"))
        if rec["deadline"] and rec["deadline"] < rec["raised_on"]:
            out.append(("办理时限", "早于提出日期"))
    return out


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote."""

    sheet: str
    rows: int
    created: int
    updated: int

    def summary(self) -> str:
        return f"「{self.sheet}」共{self.rows}行：新增{self.created}行，更新{self.updated}行"


def check_sheet(session: Session, name: str, path: str | Path) -> tuple[_Reader, _Refs]:
    """Check every row of the file; raise ``SheetError`` with every problem, or return what the write
    pass needs."""
    s = spec(name)
    p = Path(path)
    reader = _Reader(p, s)
    errors = reader.header_errors()
    if errors:
        raise SheetError(str(p), errors)
    needs = {c.kind for c in s.columns if c.header in reader.index}
    refs = _Refs.load(session, needs, s.name)
    seen: dict[tuple[Any, ...], int] = {}
    for r, row in reader.rows():
        rec = _record(reader, refs, r, row, errors)
        if rec is None:
            continue
        for column, reason in _cross_checks(s.name, rec, refs):
            errors.append(RowError(reader.sheet, r, column, reason))
        key = tuple(rec[k] for k in s.key)
        if key in seen:
            shown = "、".join(str(k) for k in key)
            header = next(c.header for c in s.columns if c.field == s.key[0])
            errors.append(RowError(reader.sheet, r, header, f"与第{seen[key]}行重复（{shown}）"))
        else:
            seen[key] = r
        if s.name == "projects":
            refs.new_projects.add(rec["code"])
    if errors:
        raise SheetError(str(p), errors)
    return reader, refs


def import_sheet(session: Session, name: str, path: str | Path, *, actor: str) -> ImportResult:
    """Check the whole file, then write it in the caller's transaction. ``SheetError`` (nothing
    written) when any row is bad."""
    reader, refs = check_sheet(session, name, path)
    writer = _WRITERS[reader.spec.name]
    rows = created = 0
    for r, row in reader.rows():
        rec = _record(reader, refs, r, row, None)
        assert rec is not None, f"row {r} passed the check but not the second read"
        rows += 1
        created += int(writer(session, rec, refs, actor))
    session.flush()
    return ImportResult(reader.spec.title, rows, created, rows - created)


# ------------------------------------------------------------------------------------------------ writers


def _write_project(session: Session, rec: dict[str, Any], refs: _Refs, actor: str) -> bool:
    fields = {
        "name": rec["name"],
        "level": rec["level"],
        "chain_id": rec["chain"],
        "region_id": rec["region"],
        "park_id": rec["park"],
        "owner": rec["owner"],
        "responsible_unit_id": rec["responsible_unit"],
        "total_investment": rec["total_investment"],
        "planned_start": rec["planned_start"],
        "planned_finish": rec["planned_finish"],
        "stage": rec["stage"],
        "in_library": bool(rec["in_library"]),
    }
    pid = refs.projects.get(rec["code"])
    created = pid is None
    if pid is None:
        project = ledger_projects.add_project(session, Project(code=rec["code"], **fields), actor=actor)
        refs.projects[rec["code"]] = pid = project.id
    else:
        update(session, ledger_projects.get_project(session, pid), fields, actor=actor, note="项目库导入")
    ledger_projects.set_plan(session, pid, rec["year"], rec["planned"], actor=actor)
    return created


def _write_progress(session: Session, rec: dict[str, Any], refs: _Refs, actor: str) -> bool:
    """A month's progress; a problem written in it becomes a ticket (once per project and month)."""
    if rec["problems"]:
        raise_from_progress(
            session, refs.projects[rec["code"]], rec["year"], rec["month"], rec["problems"], actor=actor
        )
    _row, created = ledger_projects.record_progress(
        session,
        refs.projects[rec["code"]],
        rec["year"],
        rec["month"],
        completed_month=rec["completed_month"],
        cumulative_year=rec["cumulative_year"],
        cumulative_total=rec["cumulative_total"],
        notes=rec["notes"],
        problems=rec["problems"],
        actor=actor,
    )
    return created


def _liaison_id(session: Session, name: str | None, actor: str) -> int | None:
    if not name:
        return None
    found = session.scalars(select(Liaison.id).where(Liaison.name == name)).first()
    if found is not None:
        return found
    return ledger_chains.add_liaison(session, name, actor=actor).id


def _write_enterprise(session: Session, rec: dict[str, Any], refs: _Refs, actor: str) -> bool:
    fields: dict[str, object] = {
        "chain_id": rec["chain"],
        "segment": rec["segment"],
        "above_scale": bool(rec["above_scale"]),
        "chain_master": bool(rec["chain_master"]),
        "output_value": rec["output_value"],
        "employees": rec["employees"],
        "region_id": rec["region"],
        "liaison_id": _liaison_id(session, rec["liaison"], actor),
    }
    _row, created = ledger_chains.upsert_enterprise(session, rec["name"], fields, actor=actor)
    return created


def _write_task(session: Session, rec: dict[str, Any], refs: _Refs, actor: str) -> bool:
    found = session.scalars(
        select(Task).where(Task.title == rec["title"], Task.responsible_unit_id == rec["responsible_unit"])
    ).first()
    fields = {
        "chain_id": rec["chain"],
        "domain": rec["domain"],
        "deadline": rec["deadline"],
        "state": rec["state"] or "未开始",
    }
    if found is None:
        task = Task(title=rec["title"], responsible_unit_id=rec["responsible_unit"], **fields)
        ledger_tasks.add_task(session, task, actor=actor)
        return True
    update(session, found, fields, actor=actor, note="任务清单导入")
    return False


def _write_ticket(session: Session, rec: dict[str, Any], refs: _Refs, actor: str) -> bool:
    ticket = Ticket(
        code=rec["code"],
        title=rec["title"],
        description=rec["description"],
        category=rec["category"],
        enterprise_id=refs.enterprises.get(rec["enterprise"]) if rec["enterprise"] else None,
        project_id=refs.projects.get(rec["project"]) if rec["project"] else None,
        chain_id=rec["chain"],
        assigned_unit_id=rec["assigned_unit"],
        raised_on=rec["raised_on"],
        deadline=rec["deadline"],
        state="收集",
    )
    ledger_tickets.add_ticket(session, ticket, actor=actor)
    return True


def _write_lead(session: Session, rec: dict[str, Any], refs: _Refs, actor: str) -> bool:
    fields = {
        "investor": rec["investor"],
        "amount": rec["amount"],
        "chain_id": rec["chain"],
        "unit_id": rec["unit"],
        "stage": rec["stage"],
        "fortune500": bool(rec["fortune500"]),
        "found_on": rec["found_on"],
        "signed_on": rec["signed_on"],
    }
    _row, created = ledger_leads.upsert_lead(session, rec["name"], fields, actor=actor)
    return created


_WRITERS: dict[str, Callable[[Session, dict[str, Any], _Refs, str], bool]] = {
    "projects": _write_project,
    "progress": _write_progress,
    "enterprises": _write_enterprise,
    "tasks": _write_task,
    "tickets": _write_ticket,
    "leads": _write_lead,
}

__all__ = [
    "SHEETS",
    "Column",
    "ImportResult",
    "SheetSpec",
    "check_sheet",
    "import_sheet",
    "spec",
    "write_template",
]
