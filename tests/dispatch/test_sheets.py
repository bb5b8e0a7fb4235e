"""Excel templates and imports: every bad row reported as sheet/row/column/reason, nothing written
unless the whole file is good, re-imports update instead of duplicating, big files streamed."""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import Engine, func, insert, select

from diaodu.dispatch import sheets
from diaodu.errors import InputError, RowError, SheetError
from diaodu.ledger.db import transaction
from diaodu.ledger.tables.audit import AuditEntry
from diaodu.ledger.tables.chains import Enterprise
from diaodu.ledger.tables.projects import Project, ProjectPlan, ProjectProgress
from diaodu.ledger.tables.work import Ticket

from .conftest import add_chain


def fill(template: Path, rows: list[list[Any]], out: Path) -> Path:
    """The template with ``rows`` written from row 3 on."""
    wb = load_workbook(template)
    ws = wb.worksheets[0]
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=value)
    wb.save(out)
    return out


def sheet_file(tmp_path: Path, name: str, rows: list[list[Any]], session: Any = None) -> Path:
    template = sheets.write_template(name, tmp_path / f"{name}_template.xlsx", session)
    return fill(template, rows, tmp_path / f"{name}.xlsx")


def count(engine: Engine, table: Any) -> int:
    with transaction(engine) as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


PROJECT_ROW = [
    "P001",
    "一号项目",
    "市重点",
    None,
    "珠晖区",
    None,
    "业主",
    "珠晖区",
    10000,
    2020,
    4000,
    "2020-01-15",
    "2022-12-31",
    "在建",
    "是",
]


@pytest.mark.parametrize("name", list(sheets.SHEETS))
def test_template_has_instructions_headers_and_lists(
    tmp_path: Path, engine: Engine, units: dict[str, int], name: str
) -> None:
    add_chain(engine, "C01", "电子信息产业链")
    with transaction(engine) as session:
        path = sheets.write_template(name, tmp_path / "t.xlsx", session)
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    spec = sheets.SHEETS[name]
    assert ws.title == spec.title
    assert str(ws.cell(row=1, column=1).value).startswith("填表说明")
    assert [ws.cell(row=2, column=i + 1).value for i in range(len(spec.columns))] == [
        c.shown for c in spec.columns
    ]
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    choice_columns = [c for c in spec.columns if c.kind in ("choice", "bool", "chain", "unit")]
    assert len(lists) == len(choice_columns)
    options = wb["选项"]
    assert options.sheet_state == "hidden"
    if any(c.kind == "chain" for c in spec.columns):
        column = [c.value for c in options[1]].index("产业链") + 1
        assert options.cell(row=2, column=column).value == "电子信息产业链"


def test_unknown_sheet_name() -> None:
    with pytest.raises(InputError, match="没有「budget」这种表样"):
        sheets.spec("budget")


def test_good_register_then_progress_then_reimport(
    tmp_path: Path, engine: Engine, units: dict[str, int]
) -> None:
    second = [
        "P002",
        "二号项目",
        "省重点",
        None,
        "雁峰区",
        "衡阳高新区",
        None,
        "市发改委",
        50000,
        2020,
        20000,
        None,
        None,
        "前期",
        "否",
    ]
    register = sheet_file(tmp_path, "projects", [PROJECT_ROW, second])
    with transaction(engine) as session:
        result = sheets.import_sheet(session, "projects", register, actor="alice")
    assert (result.rows, result.created, result.updated) == (2, 2, 0)
    with transaction(engine) as session:
        park = session.scalar(select(Project.park_id).where(Project.code == "P002"))
        assert park == units["衡阳高新技术产业开发区"]  # the alias resolved
    rows = [
        ["P001", "一号项目", 2020, 5, 1000, 1000, 3000, "主体施工", None],
        ["P001", None, 2020, 6, 800, 1800, 3800, None, "用工短缺"],
        ["P002", None, 2020, 6, 0, 0, None, None, None],
    ]
    progress_file = sheet_file(tmp_path, "progress", rows)
    with transaction(engine) as session:
        first = sheets.import_sheet(session, "progress", progress_file, actor="alice")
    assert (first.created, first.updated) == (3, 0)
    changed = [["P001", None, 2020, 6, 900, 1900, 3900, None, "用工短缺已解决"]]
    again = sheet_file(tmp_path, "progress", changed)
    with transaction(engine) as session:
        second_import = sheets.import_sheet(session, "progress", again, actor="bob")
    assert (second_import.created, second_import.updated) == (0, 1)
    assert count(engine, ProjectProgress) == 3
    with transaction(engine) as session:
        row = session.scalars(
            select(ProjectProgress).where(ProjectProgress.month == 6, ProjectProgress.cumulative_year == 1900)
        ).one()
        assert (row.problems, row.updated_by) == ("用工短缺已解决", "bob")
        audit = session.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "project_progress", AuditEntry.action == "update"
            )
        ).one()
        assert audit.before is not None and audit.after is not None
        assert (audit.before["cumulative_year"], audit.after["cumulative_year"]) == (1800.0, 1900.0)
        assert audit.actor == "bob"


def _refused(engine: Engine, name: str, path: Path) -> list[RowError]:
    with pytest.raises(SheetError) as info, transaction(engine) as session:
        sheets.import_sheet(session, name, path, actor="alice")
    assert "整个文件未导入" in str(info.value)
    return info.value.errors


def test_wrong_types_are_all_reported_and_nothing_written(
    tmp_path: Path, engine: Engine, units: dict[str, int]
) -> None:
    bad = list(PROJECT_ROW)
    bad[8] = "一万"  # total investment
    bad[11] = "去年"  # planned start
    bad[2] = "国家级"  # level
    good = ["P002", *PROJECT_ROW[1:]]
    path = sheet_file(tmp_path, "projects", [good, bad])
    errors = _refused(engine, "projects", path)
    assert [(e.sheet, e.row, e.column) for e in errors] == [
        ("项目库", 4, "项目层级"),
        ("项目库", 4, "总投资（万元）"),
        ("项目库", 4, "计划开工日期"),
    ]
    assert "应为数字，实际为「一万」" in errors[1].reason
    assert str(errors[0]).startswith("工作表「项目库」第4行「项目层级」：")
    assert count(engine, Project) == 0  # the good row was not written either
    assert count(engine, ProjectPlan) == 0


def test_unknown_project_and_unit(tmp_path: Path, engine: Engine, units: dict[str, int]) -> None:
    with transaction(engine) as session:
        sheets.import_sheet(session, "projects", sheet_file(tmp_path, "projects", [PROJECT_ROW]), actor="a")
    rows = [
        ["P001", None, 2020, 6, 10, 10, None, None, None],
        ["P999", None, 2020, 6, 10, 10, None, None, None],
    ]
    errors = _refused(engine, "progress", sheet_file(tmp_path, "progress", rows))
    assert [(e.row, e.column, e.reason) for e in errors] == [
        (4, "项目编号", "项目库中没有编号为「P999」的项目")
    ]
    assert count(engine, ProjectProgress) == 0
    bad_unit = list(PROJECT_ROW)
    bad_unit[0], bad_unit[4] = "P003", "火星区"
    errors = _refused(engine, "projects", sheet_file(tmp_path, "projects", [bad_unit]))
    assert [(e.column, e.reason) for e in errors] == [("所在县市区", "单位库中没有「火星区」")]


def test_duplicate_rows_name_the_first(tmp_path: Path, engine: Engine, units: dict[str, int]) -> None:
    path = sheet_file(tmp_path, "projects", [PROJECT_ROW, PROJECT_ROW])
    errors = _refused(engine, "projects", path)
    assert [(e.row, e.column, e.reason) for e in errors] == [(4, "项目编号", "与第3行重复（P001）")]


def test_missing_required_columns(tmp_path: Path, engine: Engine) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "月度进度"
    ws.append(["说明"])
    ws.append(["项目编号", "项目名称", "年度", "形象进度"])
    ws.append(["P001", "x", 2020, "施工"])
    wb.save(tmp_path / "p.xlsx")
    errors = _refused(engine, "progress", tmp_path / "p.xlsx")
    assert [(e.row, e.column, e.reason) for e in errors] == [
        (2, "月份", "缺少此必填列"),
        (2, "本月完成投资（万元）", "缺少此必填列"),
        (2, "本年累计完成投资（万元）", "缺少此必填列"),
    ]


def test_empty_required_cells_and_cross_checks(tmp_path: Path, engine: Engine, units: dict[str, int]) -> None:
    with transaction(engine) as session:
        sheets.import_sheet(session, "projects", sheet_file(tmp_path, "projects", [PROJECT_ROW]), actor="a")
    rows = [
        ["P001", None, 2020, None, 10, 10, None, None, None],  # month empty
        ["P001", None, 2020, 13, 10, 10, None, None, None],  # month out of range
        ["P001", None, 2020, 7, 50, 10, None, None, None],
    ]  # cumulative below the month
    errors = _refused(engine, "progress", sheet_file(tmp_path, "progress", rows))
    assert [(e.row, e.column, e.reason) for e in errors] == [
        (3, "月份", "必填，不能为空"),
        (4, "月份", "月份应在1到12之间，实际为13"),
        (5, "本年累计完成投资（万元）", "小于本月完成投资"),
    ]


def test_not_an_excel_file(tmp_path: Path, engine: Engine) -> None:
    path = tmp_path / "x.xlsx"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="无法作为Excel"), transaction(engine) as session:
        sheets.import_sheet(session, "progress", path, actor="a")


def test_enterprises_tickets_tasks_leads_import(
    tmp_path: Path, engine: Engine, units: dict[str, int]
) -> None:
    add_chain(engine, "C01", "电子信息产业链")
    with transaction(engine) as session:
        ent = sheets.import_sheet(
            session,
            "enterprises",
            sheet_file(
                tmp_path,
                "enterprises",
                [["甲公司", "电子信息", "中游", "是", "否", 5000, 120, "珠晖区", "张三"]],
            ),
            actor="a",
        )
        tks = sheets.import_sheet(
            session,
            "tickets",
            sheet_file(
                tmp_path,
                "tickets",
                [
                    [
                        "WT1",
                        "缺工",
                        None,
                        "用工",
                        "甲公司",
                        None,
                        "电子信息产业链",
                        "市工信局",
                        "2020-06-01",
                        "2020-06-30",
                    ]
                ],
            ),
            actor="a",
        )
        tasks = sheets.import_sheet(
            session,
            "tasks",
            sheet_file(
                tmp_path, "tasks", [["建台账", "电子信息产业链", None, "市工信局", "2020-12-31", "推进中"]]
            ),
            actor="a",
        )
        leads = sheets.import_sheet(
            session,
            "leads",
            sheet_file(
                tmp_path, "leads", [["乙项目", "乙集团", 30000, None, "衡阳高新区", "在谈", "是", None, None]]
            ),
            actor="a",
        )
    assert [r.created for r in (ent, tks, tasks, leads)] == [1, 1, 1, 1]
    with transaction(engine) as session:
        enterprise = session.scalars(select(Enterprise)).one()
        assert (enterprise.above_scale, enterprise.chain_master, enterprise.employees) == (True, False, 120)
        ticket = session.scalars(select(Ticket)).one()
        assert (ticket.state, ticket.enterprise_id) == ("收集", enterprise.id)
    again = sheet_file(
        tmp_path,
        "tickets",
        [["WT1", "缺工", None, "用工", "丙公司", None, None, None, "2020-06-01", "2020-05-01"]],
    )
    errors = _refused(engine, "tickets", again)
    assert [e.column for e in errors] == ["编号", "提出企业", "办理时限"]


# -------------------------------------------------------------------------------------- large sheets

BIG_ROWS = 10_000
NOTE_CHARS = 1_900


@pytest.fixture(scope="module")
def big_sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ~50 MB monthly-progress sheet: 10,000 rows with long, incompressible progress notes and three
    bad rows (first, middle, last)."""
    rng = random.Random(7)
    pool = "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(400_000))
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("月度进度")
    ws.append(["填表说明"])
    ws.append([c.shown for c in sheets.SHEETS["progress"].columns])
    for i in range(BIG_ROWS):
        start = rng.randrange(len(pool) - NOTE_CHARS)
        code, year, month = f"B{i % 100:03d}", 2001 + i // 1200, (i // 100) % 12 + 1
        row: list[Any] = [code, None, year, month, 10.0, 20.0, 30.0, pool[start : start + NOTE_CHARS], None]
        if i == 0:
            row[4] = "十"
        if i == BIG_ROWS // 2:
            row[0] = "NOPE"
        if i == BIG_ROWS - 1:
            row[3] = 13
        ws.append(row)
    path = tmp_path_factory.mktemp("big") / "progress_big.xlsx"
    wb.save(path)
    return path


@pytest.mark.slow
def test_a_50mb_sheet_is_streamed_and_every_bad_row_found(engine: Engine, big_sheet: Path) -> None:
    assert big_sheet.stat().st_size > 45 * 1024 * 1024
    with transaction(engine) as session:
        session.execute(
            insert(Project),
            [
                {"code": f"B{i:03d}", "name": f"B{i:03d}", "level": "市重点", "stage": "在建"}
                for i in range(100)
            ],
        )
    started = time.perf_counter()
    errors = _refused(engine, "progress", big_sheet)
    elapsed = time.perf_counter() - started
    assert [(e.row, e.column) for e in errors] == [
        (3, "本月完成投资（万元）"),
        (3 + BIG_ROWS // 2, "项目编号"),
        (2 + BIG_ROWS, "月份"),
    ]
    assert count(engine, ProjectProgress) == 0
    assert elapsed < 180, f"checking the 50 MB sheet took {elapsed:.0f} s"


def test_a_few_thousand_good_rows_import_in_one_transaction(tmp_path: Path, engine: Engine) -> None:
    with transaction(engine) as session:
        session.execute(
            insert(Project),
            [
                {"code": f"G{i:03d}", "name": f"G{i:03d}", "level": "市重点", "stage": "在建"}
                for i in range(200)
            ],
        )
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("月度进度")
    ws.append(["填表说明"])
    ws.append([c.shown for c in sheets.SHEETS["progress"].columns])
    for i in range(2400):
        ws.append(
            [f"G{i % 200:03d}", None, 2020, i // 200 + 1, 10.0, 10.0 * (i // 200 + 1), None, None, None]
        )
    wb.save(tmp_path / "g.xlsx")
    with transaction(engine) as session:
        result = sheets.import_sheet(session, "progress", tmp_path / "g.xlsx", actor="a")
    assert (result.rows, result.created) == (2400, 2400)
    assert count(engine, ProjectProgress) == 2400


def test_a_problem_in_the_progress_becomes_one_ticket(
    tmp_path: Path, engine: Engine, units: dict[str, int]
) -> None:
    with transaction(engine) as session:
        sheets.import_sheet(session, "projects", sheet_file(tmp_path, "projects", [PROJECT_ROW]), actor="a")
    rows = [["P001", None, 2020, 6, 10, 10, None, None, "征地未完成"]]
    for _ in range(2):  # the same month twice
        with transaction(engine) as session:
            sheets.import_sheet(session, "progress", sheet_file(tmp_path, "progress", rows), actor="a")
    with transaction(engine) as session:
        ticket = session.scalars(select(Ticket)).one()
    assert (ticket.code, ticket.state, ticket.title) == ("JD-P001-202006", "收集", "一号项目：征地未完成")
    assert ticket.assigned_unit_id == units["珠晖区"]
