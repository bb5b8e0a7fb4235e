"""The weekly and monthly reports as Word documents in the look of a government document (公文):
A4 with the standard margins, a red-free title in 小标宋-style bold, first-level headings 一、 in 黑体,
second-level （一） in 楷体, body in 仿宋 三号-sized text, tables with shaded headers, and charts.

The fonts are named as Word names them (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体); a machine without
them substitutes its own, and the structure stays. ``build_weekly_docx`` and ``build_monthly_docx`` take
the dataclasses of ``diaodu.dispatch.reports``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.run import Run

from diaodu.dispatch.progress import COLOUR_LABELS, GroupProgress, ProjectProgress
from diaodu.dispatch.reports import MonthlyReport, WeeklyReport

from . import report_charts

TITLE_FONT = "方正小标宋简体"
HEADING_FONT = "黑体"
SUBHEADING_FONT = "楷体_GB2312"
BODY_FONT = "仿宋_GB2312"
NUMERALS = "一二三四五六七八九十"


def _font(run: Run, name: str, size: float, *, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        fonts.set(qn(attr), name)


def _new_document() -> DocumentObject:
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    normal = doc.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr()
    return doc


def _title(doc: DocumentObject, text: str, sub: str | None = None) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run(text), TITLE_FONT, 22, bold=True)
    if sub:
        q = doc.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(q.add_run(sub), SUBHEADING_FONT, 16)


def _heading(doc: DocumentObject, number: int, text: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    _font(p.add_run(f"{NUMERALS[number - 1]}、{text}"), HEADING_FONT, 16)


def _subheading(doc: DocumentObject, number: int, text: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    _font(p.add_run(f"（{NUMERALS[number - 1]}）{text}"), SUBHEADING_FONT, 16, bold=True)


def _para(doc: DocumentObject, text: str, size: float = 16) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(28)
    _font(p.add_run(text), BODY_FONT, size)


def _shade(cell: object, fill: str) -> None:
    tc_pr = cell._element.get_or_add_tcPr()  # type: ignore[attr-defined]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _table(
    doc: DocumentObject, headers: Sequence[str], rows: Sequence[Sequence[object]], caption: str
) -> None:
    cap = doc.add_paragraph()
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(cap.add_run(caption), HEADING_FONT, 12)
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        cell = table.rows[0].cells[i]
        cell.text = ""
        _font(cell.paragraphs[0].add_run(h), HEADING_FONT, 10.5)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _shade(cell, "D9E2F3")
    for row in rows:
        cells = table.add_row().cells
        for i, value in enumerate(row):
            cells[i].text = ""
            text = _cell_text(value)
            run = cells[i].paragraphs[0].add_run(text)
            _font(run, BODY_FONT, 10.5)
            if text in ("红", "黄", "绿"):
                run.font.color.rgb = RGBColor.from_string(
                    {"红": "C62828", "黄": "B8860B", "绿": "2E7D32"}[text]
                )
            if isinstance(value, int | float):
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if not rows:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        merged.text = ""
        _font(merged.paragraphs[0].add_run("（无）"), BODY_FONT, 10.5)
    doc.add_paragraph()


def _cell_text(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _yi(wan: float) -> float:
    return round(wan / 10_000, 2)


def _pct(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _group_rows(groups: list[GroupProgress]) -> list[list[object]]:
    return [
        [
            g.key,
            g.count,
            _yi(g.planned),
            _yi(g.cumulative),
            _pct(g.completion),
            _pct(g.gap),
            g.ahead,
            COLOUR_LABELS[g.colour],
        ]
        for g in groups
    ]


GROUP_HEADERS = (
    "分组",
    "项目数",
    "年度计划（亿元）",
    "累计完成（亿元）",
    "完成率（%）",
    "较时序进度（百分点）",
    "超时序项目数",
    "预警",
)
PROJECT_HEADERS = (
    "项目名称",
    "层级",
    "产业链",
    "所在地",
    "年度计划（亿元）",
    "累计完成（亿元）",
    "完成率（%）",
    "较时序进度（百分点）",
    "预警",
)


def _project_rows(projects: list[ProjectProgress]) -> list[list[object]]:
    return [
        [
            p.name,
            p.level,
            p.chain,
            p.park or p.region,
            _yi(p.planned),
            _yi(p.cumulative),
            _pct(p.completion),
            _pct(p.gap),
            COLOUR_LABELS[p.colour],
        ]
        for p in projects
    ]


def _picture(doc: DocumentObject, path: Path) -> None:
    doc.add_picture(str(path), width=Cm(15.5))
    doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER


def build_weekly_docx(report: WeeklyReport, path: str | Path, *, issuer: str = "重点项目调度办公室") -> Path:
    """Write the weekly report (项目调度周报) as .docx; returns the path."""
    doc = _new_document()
    _title(doc, "项目调度周报", f"（{report.start:%Y年%m月%d日}—{report.end:%m月%d日}）")
    _para(doc, "　".join(report.summary()))
    with tempfile.TemporaryDirectory() as tmp:
        _heading(doc, 1, "重点项目推进情况")
        if report.month is not None:
            _subheading(doc, 1, f"{report.year}年{report.month}月各层级项目完成情况")
            for g in report.totals:
                _para(doc, g.sentence() + "。")
            chart = report_charts.progress_chart(
                report.totals,
                Path(tmp) / "weekly_levels.png",
                f"各层级项目投资完成率（{report.year}年1—{report.month}月）",
            )
            _picture(doc, chart)
            _table(doc, GROUP_HEADERS, _group_rows(report.totals), "表1　各层级项目投资完成情况")
            _subheading(doc, 2, "低于时序进度的项目")
            _table(doc, PROJECT_HEADERS, _project_rows(report.behind), "表2　低于时序进度项目清单")
        else:
            _para(doc, f"{report.year}年尚无项目月度进度数据。")
        _heading(doc, 2, "本周新增问题诉求")
        _table(
            doc,
            ("编号", "问题", "类别", "提出日期", "办理时限", "状态"),
            [[t.code, t.title, t.category, t.raised_on, t.deadline, t.state] for t in report.new_tickets],
            "表3　本周新增问题诉求",
        )
        _heading(doc, 3, "逾期任务和问题")
        _table(
            doc,
            ("类型", "内容", "责任单位", "产业链", "时限", "状态", "逾期天数"),
            [
                [o.kind_label, o.title, o.unit, o.chain, o.deadline, o.state, o.days]
                for o in report.overdue_tasks + report.overdue_tickets
            ],
            "表4　逾期未完成任务和未办结问题",
        )
        _heading(doc, 4, "本周变化")
        states = "，".join(f"{k}{v}个" for k, v in report.ticket_states.items())
        _para(doc, f"问题诉求当前状态：{states}。")
        _table(doc, ("事项", "数量"), [[c.what, c.count] for c in report.changes], "表5　本周变化")
        _sign(doc, issuer, report.end)
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        doc.save(str(out))
    return out


def _sign(doc: DocumentObject, issuer: str, day: date) -> None:
    for text in (issuer, f"{day.year}年{day.month}月{day.day}日"):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _font(p.add_run(text), BODY_FONT, 16)


def build_monthly_docx(
    report: MonthlyReport, path: str | Path, *, issuer: str = "经济运行调度办公室"
) -> Path:
    """Write the monthly report (月度经济运行分析) as .docx; returns the path."""
    doc = _new_document()
    _title(doc, report.title)
    for line in report.summary():
        _para(doc, line)
    for note in report.notes:
        _para(doc, note)
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        _heading(doc, 1, "主要经济指标")
        if report.indicators:
            _table(
                doc,
                ("指标", "单位", "累计值", "同比增长（%）", "全省排位"),
                [[i.indicator, i.unit, i.level, i.growth, i.rank] for i in report.indicators],
                f"表1　{report.city}{report.year}年{report.period}主要经济指标",
            )
            _picture(
                doc,
                report_charts.trend_chart(report.indicators, tmpdir / "trend.png", "主要指标累计增速走势"),
            )
        else:
            _para(doc, "账本中暂无本期指标数据。")
        _heading(doc, 2, "重点项目建设")
        _subheading(doc, 1, "分层级完成情况")
        for g in report.by_level:
            _para(doc, g.sentence() + ("，实现“双过半”" if g.double_half else "") + "。")
        _picture(
            doc, report_charts.progress_chart(report.by_level, tmpdir / "levels.png", "各层级项目投资完成率")
        )
        _table(doc, GROUP_HEADERS, _group_rows(report.by_level), "表2　各层级重点项目投资完成情况")
        _subheading(doc, 2, "分县市区完成情况")
        _table(doc, GROUP_HEADERS, _group_rows(report.by_region), "表3　各县市区重点项目投资完成情况")
        _subheading(doc, 3, "红色预警项目")
        _table(doc, PROJECT_HEADERS, _project_rows(report.red), "表4　红色预警项目清单")
        _heading(doc, 3, "产业链建设")
        _picture(
            doc,
            report_charts.progress_chart(report.by_chain, tmpdir / "chains.png", "各产业链项目投资完成率"),
        )
        _table(
            doc,
            (
                "产业链",
                "企业数",
                "规上企业",
                "链主企业",
                "项目数",
                "累计完成（亿元）",
                "完成率（%）",
                "问题数",
                "办结率（%）",
            ),
            [
                [
                    c.chain,
                    c.enterprises,
                    c.above_scale,
                    c.masters,
                    c.projects,
                    _yi(c.cumulative),
                    _pct(c.completion),
                    c.tickets,
                    _pct(c.resolution),
                ]
                for c in report.chains
            ],
            "表5　产业链建设情况",
        )
        _heading(doc, 4, "援企服务问题办理")
        total = sum(s.total for s in report.ticket_by_category)
        done = sum(s.resolved for s in report.ticket_by_category)
        rate = done / total * 100 if total else 0.0
        _para(doc, f"累计收集问题诉求{total}个，已办结{done}个，办结率{rate:.1f}%。")
        _table(
            doc,
            ("类别", "问题数", "已办结", "办结率（%）", "平均办结天数", "逾期未办结"),
            [
                [s.key, s.total, s.resolved, _pct(s.rate), _pct(s.mean_days), s.open_overdue]
                for s in report.ticket_by_category
            ],
            "表6　问题诉求分类办理情况",
        )
        _heading(doc, 5, "招商引资和任务推进")
        _picture(doc, report_charts.funnel_chart(report.funnel, tmpdir / "funnel.png", "招商项目推进漏斗"))
        _table(
            doc,
            ("阶段", "项目数", "计划投资（亿元）", "500强项目", "转化率（%）"),
            [[f.step, f.count, _yi(f.amount), f.fortune500, _pct(f.conversion)] for f in report.funnel],
            "表7　招商项目推进情况",
        )
        _table(
            doc,
            ("责任单位", "任务数", "已完成", "逾期", "完成率（%）"),
            [[u.unit, u.total, u.done, u.overdue, _pct(u.rate)] for u in report.tasks_by_unit],
            "表8　挂图作战任务完成情况",
        )
        last = date(report.year + (report.month == 12), report.month % 12 + 1, 1)
        _sign(doc, issuer, last)
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        doc.save(str(out))
    return out
