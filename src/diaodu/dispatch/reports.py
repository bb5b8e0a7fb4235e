"""The data of the two reports the office sends its leaders, built from the ledger:

- ``weekly_report``: 项目调度周报 for an ISO week — projects behind 时序进度, problems raised that week,
  overdue tasks and tickets, and what changed (ticket steps, leads signed or started, ledger writes).
- ``monthly_report``: 月度经济运行分析 for a month — the city's indicators with 同比, provincial rank and
  trend (from the ledger's ``observations``), project progress by level, chain and region, the state of
  each chain, tickets, tasks and the 招商 funnel.

The Word and Excel builders in ``diaodu.output`` turn these dataclasses into files; the web app can show
the same data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from diaodu.errors import InputError
from diaodu.ledger.tables.audit import AuditEntry
from diaodu.ledger.tables.chains import Chain, Enterprise
from diaodu.ledger.tables.figures import Observation
from diaodu.ledger.tables.projects import ProjectProgress as ProgressRow
from diaodu.ledger.tables.work import Lead, Ticket, TicketEvent

from . import deadlines, leads, progress, tickets

_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")

TABLE_LABELS = {
    "projects": "项目库",
    "project_plans": "年度计划",
    "project_progress": "月度进度",
    "tickets": "问题诉求",
    "ticket_events": "问题流转",
    "tasks": "任务",
    "leads": "招商项目",
    "enterprises": "产业链企业",
    "visits": "走访记录",
}


def parse_week(text: str) -> tuple[date, date]:
    """ "2020-W26" → (Monday, Sunday) of that ISO week; ``InputError`` when malformed."""
    m = _WEEK.match(text.strip())
    if not m:
        raise InputError(f"周次「{text}」格式不对，应为如 2020-W26")
    try:
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
    except ValueError as exc:
        raise InputError(f"周次「{text}」不存在：{exc}") from exc
    return monday, monday + timedelta(days=6)


def parse_month(text: str) -> tuple[int, int]:
    """ "2020-06" → (2020, 6); ``InputError`` when malformed."""
    m = _MONTH.match(text.strip())
    if not m or not 1 <= int(m[2]) <= 12:
        raise InputError(f"月份「{text}」格式不对，应为如 2020-06")
    return int(m[1]), int(m[2])


def latest_progress_month(session: Session, year: int, up_to: int = 12) -> int | None:
    """The latest month of ``year`` (≤ ``up_to``) for which any project reported progress."""
    found = session.scalar(
        select(func.max(ProgressRow.month)).where(ProgressRow.year == year, ProgressRow.month <= up_to)
    )
    return int(found) if found is not None else None


# --------------------------------------------------------------------------------------------- weekly


@dataclass(frozen=True)
class Change:
    """A count of something that changed during the period."""

    what: str
    count: int


@dataclass
class WeeklyReport:
    """项目调度周报."""

    week: str
    start: date
    end: date
    year: int
    month: int | None
    totals: list[progress.GroupProgress]
    behind: list[progress.ProjectProgress]
    new_tickets: list[Ticket]
    overdue_tasks: list[deadlines.Overdue]
    overdue_tickets: list[deadlines.Overdue]
    changes: list[Change]
    ticket_states: dict[str, int]

    @property
    def title(self) -> str:
        return f"项目调度周报（{self.start:%Y年%m月%d日}—{self.end:%m月%d日}）"

    def summary(self) -> list[str]:
        """The opening paragraph's sentences."""
        lines = []
        if self.month is None:
            lines.append(f"{self.year}年尚无项目月度进度数据。")
        else:
            label = progress.period_label(self.month)
            n = sum(g.count for g in self.totals)
            planned = sum(g.planned for g in self.totals)
            cumulative = sum(g.cumulative for g in self.totals)
            rate = progress.completion_rate(cumulative, planned)
            share = "" if rate is None else f"，占年度计划{rate:.1f}%"
            lines.append(f"{label}，{n}个重点项目累计完成投资{cumulative / 1e4:.2f}亿元{share}。")
            red = sum(1 for p in self.behind if p.colour == "red")
            lines.append(
                f"低于时序进度的项目{len(self.behind)}个，"
                f"其中红色预警{red}个、黄色预警{len(self.behind) - red}个。"
            )
        lines.append(
            f"本周新增问题诉求{len(self.new_tickets)}个；逾期未完成任务{len(self.overdue_tasks)}项，"
            f"逾期未办结问题{len(self.overdue_tickets)}个。"
        )
        return lines


def weekly_report(session: Session, week: str, *, behind_limit: int = 50) -> WeeklyReport:
    """The weekly report of ISO week ``week`` (e.g. "2020-W26").

    Progress is that of the latest month reported up to the week's end. Overdue tasks and tickets are
    those past their deadline on the day after the week ends and not done by the week's end, judged
    as they stood then (``deadlines``: a task finished later still counts in its week); the ticket
    counts by state are those at the week's end too. So a report made later for a past week says what
    one made at the time would have said.
    """
    start, end = parse_week(week)
    year = end.year
    month = latest_progress_month(session, year, end.month)
    totals: list[progress.GroupProgress] = []
    behind: list[progress.ProjectProgress] = []
    if month is not None:
        totals = progress.group_progress(session, year, month, "level")
        behind = progress.project_progress(session, year, month, only_behind=True, limit=behind_limit)
    new = tickets.tickets_raised_between(session, start, end)
    changes = _changes(session, start, end)
    return WeeklyReport(
        week=week,
        start=start,
        end=end,
        year=year,
        month=month,
        totals=totals,
        behind=behind,
        new_tickets=new,
        overdue_tasks=deadlines.overdue_tasks(session, end + timedelta(days=1), as_of=end),
        overdue_tickets=deadlines.overdue_tickets(session, end + timedelta(days=1), as_of=end),
        changes=changes,
        ticket_states=tickets.state_counts(session, as_of=end),
    )


def _changes(session: Session, start: date, end: date) -> list[Change]:
    out: list[Change] = []
    steps = session.execute(
        select(TicketEvent.to_state, func.count())
        .where(
            TicketEvent.happened_on >= start,
            TicketEvent.happened_on <= end,
            TicketEvent.from_state.is_not(None),
        )
        .group_by(TicketEvent.to_state)
    ).all()
    for state in tickets.STATES:
        n = next((int(c) for s, c in steps if s == state), 0)
        if n:
            out.append(Change(f"问题转为「{state}」", n))
    signed = session.scalar(select(func.count()).where(Lead.signed_on >= start, Lead.signed_on <= end)) or 0
    started = (
        session.scalar(select(func.count()).where(Lead.started_on >= start, Lead.started_on <= end)) or 0
    )
    if signed:
        out.append(Change("招商项目签约", int(signed)))
    if started:
        out.append(Change("招商项目开工", int(started)))
    lo = datetime.combine(start, datetime.min.time(), tzinfo=UTC)
    hi = datetime.combine(end + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
    writes = session.execute(
        select(AuditEntry.table_name, AuditEntry.action, func.count())
        .where(AuditEntry.at >= lo, AuditEntry.at < hi, AuditEntry.table_name.in_(list(TABLE_LABELS)))
        .group_by(AuditEntry.table_name, AuditEntry.action)
    ).all()
    verbs = {"insert": "新增", "update": "修改", "delete": "删除"}
    for table, action, n in sorted(writes):
        out.append(Change(f"{TABLE_LABELS[table]}{verbs.get(action, action)}", int(n)))
    return out


# -------------------------------------------------------------------------------------------- monthly


@dataclass(frozen=True)
class IndicatorLine:
    """One indicator of the city for the report's period: level, 同比, provincial rank and trend."""

    indicator: str
    unit: str | None
    level: float | None
    growth: float | None
    rank: int | None
    trend: list[tuple[str, float]]


@dataclass(frozen=True)
class ChainStatus:
    """One chain at the report's month."""

    chain: str
    enterprises: int
    above_scale: int
    masters: int
    projects: int
    cumulative: float
    planned: float
    tickets: int
    resolved: int

    @property
    def completion(self) -> float | None:
        return progress.completion_rate(self.cumulative, self.planned)

    @property
    def resolution(self) -> float | None:
        return None if not self.tickets else self.resolved / self.tickets * 100


@dataclass
class MonthlyReport:
    """月度经济运行分析."""

    city: str
    year: int
    month: int
    indicators: list[IndicatorLine]
    by_level: list[progress.GroupProgress]
    by_chain: list[progress.GroupProgress]
    by_region: list[progress.GroupProgress]
    red: list[progress.ProjectProgress]
    chains: list[ChainStatus]
    ticket_by_category: list[tickets.ResolutionStat]
    ticket_by_unit: list[tickets.ResolutionStat]
    tasks_by_unit: list[deadlines.UnitTasks]
    funnel: list[leads.FunnelStep]
    notes: list[str] = field(default_factory=list)

    @property
    def period(self) -> str:
        return progress.period_label(self.month)

    @property
    def title(self) -> str:
        return f"{self.city}{self.year}年{self.period}经济运行分析"

    def summary(self) -> list[str]:
        lines = []
        for ind in self.indicators:
            if ind.growth is None:
                continue
            text = f"{ind.indicator}同比{'增长' if ind.growth >= 0 else '下降'}{abs(ind.growth):g}%"
            if ind.rank is not None:
                text += f"，居全省第{ind.rank}位"
            lines.append(text)
        head = [f"{self.period}，全市" + "；".join(lines) + "。"] if lines else []
        projects = [f"{g.sentence()}" for g in self.by_level]
        if projects:
            head.append(f"{self.period}，" + "；".join(projects) + "。")
        halves = [g.key for g in self.by_level if g.double_half]
        if self.month >= 6 and halves:
            head.append(f"{'、'.join(halves)}项目实现“双过半”。")
        return head


def indicator_lines(session: Session, city: str, year: int, month: int) -> list[IndicatorLine]:
    """The city's indicators for 1—``month`` of ``year`` from ``observations`` (newest vintage), with
    同比 (measure growth), provincial rank (measure rank) and the growth trend of earlier periods."""
    start, end = f"{year}-01", f"{year}-{month:02d}"
    obs = Observation
    rows = session.execute(
        select(obs.indicator, obs.measure, obs.value, obs.base_unit, obs.period_start, obs.period_end)
        .where(obs.subject == city, obs.status.in_(("provisional", "final")))
        .order_by(obs.indicator, obs.period_end, obs.vintage.desc(), obs.id.desc())
    ).all()
    seen: set[tuple[str, str, str, str]] = set()
    data: dict[str, dict[str, object]] = {}
    for ind, measure, value, unit, p_start, p_end in rows:
        key = (ind, measure, p_start, p_end)
        if key in seen:
            continue
        seen.add(key)
        item = data.setdefault(ind, {"trend": []})
        current = p_end == end and p_start in (start, "")
        if current and measure in ("level", "growth", "rank") and measure not in item:
            item[measure] = value
            if measure == "level":
                item["unit"] = unit
        if measure == "growth" and p_start.startswith(str(year)) and p_end <= end and p_start == start:
            trend = item["trend"]
            assert isinstance(trend, list)
            trend.append((p_end, float(value)))
    out = []
    for ind, item in data.items():
        if not any(k in item for k in ("level", "growth", "rank")):
            continue
        rank = item.get("rank")
        out.append(
            IndicatorLine(
                indicator=ind,
                unit=item.get("unit"),  # type: ignore[arg-type]
                level=item.get("level"),  # type: ignore[arg-type]
                growth=item.get("growth"),  # type: ignore[arg-type]
                rank=int(rank) if isinstance(rank, int | float) else None,
                trend=list(item["trend"]),  # type: ignore[call-overload]
            )
        )
    out.sort(key=lambda i: i.indicator)
    return out


def chain_status(
    session: Session, year: int, month: int, by_chain: list[progress.GroupProgress] | None = None
) -> list[ChainStatus]:
    """Per chain: enterprises (规上, 链主), projects and their investment, tickets and 办结.
    ``by_chain`` is the chain grouping of ``progress`` when the caller has it already."""
    ent = dict(
        (cid, (int(n), int(a or 0), int(m or 0)))
        for cid, n, a, m in session.execute(
            select(
                Enterprise.chain_id,
                func.count(),
                func.sum(case((Enterprise.above_scale, 1), else_=0)),
                func.sum(case((Enterprise.chain_master, 1), else_=0)),
            ).group_by(Enterprise.chain_id)
        )
    )
    tks = dict(
        (cid, (int(n), int(r or 0)))
        for cid, n, r in session.execute(
            select(
                Ticket.chain_id, func.count(), func.sum(case((Ticket.state == "办结", 1), else_=0))
            ).group_by(Ticket.chain_id)
        )
    )
    if by_chain is None:
        by_chain = progress.group_progress(session, year, month, "chain")
    groups = {g.key: g for g in by_chain}
    out = []
    for cid, name in session.execute(select(Chain.id, Chain.name).order_by(Chain.sort, Chain.name)):
        e = ent.get(cid, (0, 0, 0))
        t = tks.get(cid, (0, 0))
        g = groups.get(name)
        out.append(
            ChainStatus(
                chain=name,
                enterprises=e[0],
                above_scale=e[1],
                masters=e[2],
                projects=g.count if g else 0,
                cumulative=g.cumulative if g else 0.0,
                planned=g.planned if g else 0.0,
                tickets=t[0],
                resolved=t[1],
            )
        )
    return out


def monthly_report(session: Session, city: str, month: str, *, red_limit: int = 30) -> MonthlyReport:
    """The monthly report of ``month`` (e.g. "2020-06") for ``city`` (its canonical unit name)."""
    year, m = parse_month(month)
    last = date(year + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
    notes = []
    indicators = indicator_lines(session, city, year, m)
    if not indicators:
        notes.append(f"账本中没有{city}{year}年{progress.period_label(m)}的指标数据，指标部分从略。")
    groups = progress.group_progress_many(session, year, m, ("level", "chain", "region"))
    return MonthlyReport(
        city=city,
        year=year,
        month=m,
        indicators=indicators,
        by_level=groups["level"],
        by_chain=groups["chain"],
        by_region=groups["region"],
        red=[
            p
            for p in progress.project_progress(session, year, m, only_behind=True, limit=red_limit * 3)
            if p.colour == "red"
        ][:red_limit],
        chains=chain_status(session, year, m, groups["chain"]),
        ticket_by_category=tickets.resolution_stats(session, "category", today=last),
        ticket_by_unit=tickets.resolution_stats(session, "unit", today=last),
        tasks_by_unit=deadlines.task_completion_by_unit(session, last),
        funnel=leads.funnel(session, year=year),
        notes=notes,
    )
