"""The weekly and monthly reports: their data, and the .docx and .xlsx opened and read back."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from sqlalchemy import Engine

from diaodu.dispatch import example, reports
from diaodu.errors import InputError
from diaodu.ledger.db import transaction
from diaodu.ledger.tables.figures import Observation
from diaodu.output.excel import build_monthly_xlsx, build_weekly_xlsx
from diaodu.output.word import build_monthly_docx, build_weekly_docx

from .conftest import CITY


@pytest.mark.parametrize(
    ("week", "monday", "sunday"),
    [("2020-W26", date(2020, 6, 22), date(2020, 6, 28)), ("2020W01", date(2019, 12, 30), date(2020, 1, 5))],
)
def test_parse_week(week: str, monday: date, sunday: date) -> None:
    assert reports.parse_week(week) == (monday, sunday)


@pytest.mark.parametrize("bad", ["2020-26", "2020-W60", "W26"])
def test_parse_week_refuses(bad: str) -> None:
    with pytest.raises(InputError, match="周次"):
        reports.parse_week(bad)


@pytest.mark.parametrize(("text", "expected"), [("2020-06", (2020, 6)), ("2020-12", (2020, 12))])
def test_parse_month(text: str, expected: tuple[int, int]) -> None:
    assert reports.parse_month(text) == expected


@pytest.mark.parametrize("bad", ["2020-13", "2020/06", "June"])
def test_parse_month_refuses(bad: str) -> None:
    with pytest.raises(InputError, match="月份"):
        reports.parse_month(bad)


def _observations(engine: Engine) -> None:
    rows = [
        ("地区生产总值", "growth", "2020-01", "2020-03", -4.8),
        ("地区生产总值", "growth", "2020-01", "2020-06", 1.7),
        ("地区生产总值", "rank", "2020-01", "2020-06", 2.0),
        ("规模工业增加值", "growth", "2020-01", "2020-06", 2.5),
        ("地方税收收入", "level", "2020-01", "2020-06", 50.28),
        ("地区生产总值", "growth", "2020-01", "2020-09", 3.0),  # later than the report: left out
    ]
    with transaction(engine) as session:
        for ind, measure, start, end, value in rows:
            session.add(
                Observation(
                    subject="衡阳市",
                    indicator=ind,
                    period_start=start,
                    period_end=end,
                    measure=measure,
                    value=value,
                    value_as_published=value,
                    base_unit="亿元" if measure == "level" else "%",
                    status="provisional",
                    vintage=date(2020, 7, 20),
                )
            )


def _docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append("|".join(c.text for c in row.cells))
    return "\n".join(parts)


def test_monthly_report_docx_and_xlsx(engine: Engine, tmp_path: Path) -> None:
    example.load_example(engine, CITY, actor="test")
    _observations(engine)
    with transaction(engine) as session:
        data = reports.monthly_report(session, "衡阳市", "2020-06")
    gdp = next(i for i in data.indicators if i.indicator == "地区生产总值")
    assert (gdp.growth, gdp.rank, gdp.trend) == (1.7, 2, [("2020-03", -4.8), ("2020-06", 1.7)])
    docx = build_monthly_docx(data, tmp_path / "m.docx")
    text = _docx_text(docx)
    assert "衡阳市2020年1—6月经济运行分析" in text
    assert "地区生产总值同比增长1.7%，居全省第2位" in text
    assert "241个市重点项目完成投资297.72亿元" in text
    assert "28个省重点项目完成投资79.57亿元，占年度计划53.0%" in text
    for heading in (
        "一、主要经济指标",
        "二、重点项目建设",
        "三、产业链建设",
        "四、援企服务问题办理",
        "五、招商引资和任务推进",
    ):
        assert heading in text
    assert "电子信息产业链" in text
    with zipfile.ZipFile(docx) as z:
        images = [n for n in z.namelist() if n.startswith("word/media/")]
        body = z.read("word/document.xml").decode("utf-8")
    assert len(images) == 4  # trend, levels, chains, funnel
    assert 'w:eastAsia="黑体"' in body and 'w:eastAsia="仿宋_GB2312"' in body
    xlsx = build_monthly_xlsx(data, tmp_path / "m.xlsx")
    wb = load_workbook(xlsx)
    assert wb.sheetnames[:4] == ["概况", "主要指标", "分层级", "分县市区"]
    levels = wb["分层级"]
    got = {
        levels.cell(row=r, column=1).value: (
            levels.cell(row=r, column=2).value,
            levels.cell(row=r, column=4).value,
        )
        for r in range(3, levels.max_row + 1)
    }
    assert got["市重点"] == (241, 297.72)
    assert got["省重大产业"] == (11, 43.66)
    chains = wb["产业链"]
    assert chains.max_row - 2 == 14
    assert sum(chains.cell(row=r, column=2).value for r in range(3, chains.max_row + 1)) == 531


def test_weekly_report_docx_and_xlsx(engine: Engine, tmp_path: Path) -> None:
    example.load_example(engine, CITY, actor="test")
    with transaction(engine) as session:
        data = reports.weekly_report(session, "2020-W26")
    assert data.month == 6
    assert data.behind and all(p.gap is not None and p.gap < 0 for p in data.behind)
    assert all(date(2020, 6, 22) <= t.raised_on <= date(2020, 6, 28) for t in data.new_tickets)
    assert all(o.deadline < date(2020, 6, 29) for o in data.overdue_tickets)
    docx = build_weekly_docx(data, tmp_path / "w.docx")
    text = _docx_text(docx)
    assert "项目调度周报" in text and "（2020年06月22日—06月28日）" in text
    assert "低于时序进度项目清单" in text
    assert data.behind[0].name in text
    assert f"本周新增问题诉求{len(data.new_tickets)}个" in text
    xlsx = build_weekly_xlsx(data, tmp_path / "w.xlsx")
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["概况", "分层级", "低于时序进度", "新增问题", "逾期事项", "本周变化"]
    behind = wb["低于时序进度"]
    assert behind.max_row - 2 == len(data.behind)
    assert behind.cell(row=3, column=2).value == data.behind[0].name
    overdue = wb["逾期事项"]
    assert overdue.max_row - 2 == len(data.overdue_tasks) + len(data.overdue_tickets)


def test_monthly_report_without_observations_says_so(engine: Engine, tmp_path: Path) -> None:
    with transaction(engine) as session:
        data = reports.monthly_report(session, "衡阳市", "2020-06")
    assert data.indicators == []
    assert data.notes == ["账本中没有衡阳市2020年1—6月的指标数据，指标部分从略。"]
    text = _docx_text(build_monthly_docx(data, tmp_path / "empty.docx"))
    assert "指标部分从略" in text
