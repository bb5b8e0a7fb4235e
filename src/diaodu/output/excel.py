"""The weekly and monthly reports' data as Excel workbooks: one sheet a table, Chinese headers, money in
亿元, rates in percent, the same figures the Word document shows."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from diaodu.dispatch.progress import COLOUR_LABELS, GroupProgress, ProjectProgress
from diaodu.dispatch.reports import MonthlyReport, WeeklyReport

_HEAD = PatternFill("solid", fgColor="D9E2F3")


def _sheet(
    wb: Workbook, title: str, caption: str, headers: Sequence[str], rows: Sequence[Sequence[object]]
) -> Worksheet:
    ws = wb.create_sheet(title)
    ws.cell(row=1, column=1, value=caption).font = Font(bold=True, size=13)
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=2, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = _HEAD
        c.alignment = Alignment(horizontal="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(i)].width = max(10, min(40, len(h) * 2 + 4))
    for r, row in enumerate(rows, start=3):
        for i, value in enumerate(row, start=1):
            c = ws.cell(row=r, column=i, value=value)
            if isinstance(value, float):
                c.number_format = "0.00"
    ws.freeze_panes = "A3"
    return ws


def _yi(wan: float) -> float:
    return round(wan / 10_000, 2)


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


GROUP_HEADERS = (
    "分组",
    "项目数",
    "年度计划（亿元）",
    "累计完成（亿元）",
    "完成率（%）",
    "较时序进度（百分点）",
    "超时序项目数",
    "预警",
    "表述",
)
PROJECT_HEADERS = (
    "项目编号",
    "项目名称",
    "层级",
    "产业链",
    "县市区",
    "园区",
    "年度计划（亿元）",
    "累计完成（亿元）",
    "完成率（%）",
    "较时序进度（百分点）",
    "预警",
    "存在问题",
    "示例生成",
)


def _groups(groups: list[GroupProgress]) -> list[list[object]]:
    return [
        [
            g.key,
            g.count,
            _yi(g.planned),
            _yi(g.cumulative),
            _r(g.completion),
            _r(g.gap),
            g.ahead,
            COLOUR_LABELS[g.colour],
            g.sentence(),
        ]
        for g in groups
    ]


def _projects(projects: list[ProjectProgress]) -> list[list[object]]:
    return [
        [
            p.code,
            p.name,
            p.level,
            p.chain,
            p.region,
            p.park,
            _yi(p.planned),
            _yi(p.cumulative),
            _r(p.completion),
            _r(p.gap),
            COLOUR_LABELS[p.colour],
            p.problems,
            "是" if p.generated else "否",
        ]
        for p in projects
    ]


def _save(wb: Workbook, path: str | Path) -> Path:
    default = wb["Sheet"]
    wb.remove(default)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out


def build_weekly_xlsx(report: WeeklyReport, path: str | Path) -> Path:
    """Write the weekly report's tables as .xlsx; returns the path."""
    wb = Workbook()
    _sheet(wb, "概况", report.title, ("内容",), [[line] for line in report.summary()])
    _sheet(wb, "分层级", "各层级项目投资完成情况", GROUP_HEADERS, _groups(report.totals))
    _sheet(wb, "低于时序进度", "低于时序进度项目清单", PROJECT_HEADERS, _projects(report.behind))
    _sheet(
        wb,
        "新增问题",
        "本周新增问题诉求",
        ("编号", "问题", "类别", "提出日期", "办理时限", "状态"),
        [[t.code, t.title, t.category, t.raised_on, t.deadline, t.state] for t in report.new_tickets],
    )
    _sheet(
        wb,
        "逾期事项",
        "逾期未完成任务和未办结问题",
        ("类型", "内容", "责任单位", "产业链", "时限", "状态", "逾期天数"),
        [
            [o.kind_label, o.title, o.unit, o.chain, o.deadline, o.state, o.days]
            for o in report.overdue_tasks + report.overdue_tickets
        ],
    )
    _sheet(wb, "本周变化", "本周变化", ("事项", "数量"), [[c.what, c.count] for c in report.changes])
    return _save(wb, path)


def build_monthly_xlsx(report: MonthlyReport, path: str | Path) -> Path:
    """Write the monthly report's tables as .xlsx; returns the path."""
    wb = Workbook()
    _sheet(wb, "概况", report.title, ("内容",), [[line] for line in report.summary() + report.notes])
    _sheet(
        wb,
        "主要指标",
        f"{report.city}{report.year}年{report.period}主要经济指标",
        ("指标", "单位", "累计值", "同比增长（%）", "全省排位", "走势"),
        [
            [i.indicator, i.unit, i.level, i.growth, i.rank, "；".join(f"{p}:{v:g}" for p, v in i.trend)]
            for i in report.indicators
        ],
    )
    _sheet(wb, "分层级", "各层级重点项目投资完成情况", GROUP_HEADERS, _groups(report.by_level))
    _sheet(wb, "分县市区", "各县市区重点项目投资完成情况", GROUP_HEADERS, _groups(report.by_region))
    _sheet(wb, "分产业链", "各产业链项目投资完成情况", GROUP_HEADERS, _groups(report.by_chain))
    _sheet(wb, "红色预警", "红色预警项目清单", PROJECT_HEADERS, _projects(report.red))
    _sheet(
        wb,
        "产业链",
        "产业链建设情况",
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
                _r(c.completion),
                c.tickets,
                _r(c.resolution),
            ]
            for c in report.chains
        ],
    )
    _sheet(
        wb,
        "问题办理",
        "问题诉求分类办理情况",
        ("类别", "问题数", "已办结", "办结率（%）", "平均办结天数", "逾期未办结"),
        [
            [s.key, s.total, s.resolved, _r(s.rate), _r(s.mean_days), s.open_overdue]
            for s in report.ticket_by_category
        ],
    )
    _sheet(
        wb,
        "单位办理",
        "问题诉求分单位办理情况",
        ("交办单位", "问题数", "已办结", "办结率（%）", "平均办结天数", "逾期未办结"),
        [
            [s.key, s.total, s.resolved, _r(s.rate), _r(s.mean_days), s.open_overdue]
            for s in report.ticket_by_unit
        ],
    )
    _sheet(
        wb,
        "招商漏斗",
        "招商项目推进情况",
        ("阶段", "项目数", "计划投资（亿元）", "500强项目", "转化率（%）"),
        [[f.step, f.count, _yi(f.amount), f.fortune500, _r(f.conversion)] for f in report.funnel],
    )
    _sheet(
        wb,
        "任务完成",
        "挂图作战任务完成情况",
        ("责任单位", "任务数", "已完成", "逾期", "完成率（%）"),
        [[u.unit, u.total, u.done, u.overdue, _r(u.rate)] for u in report.tasks_by_unit],
    )
    return _save(wb, path)
