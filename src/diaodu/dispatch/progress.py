"""Key-project progress: completion against the annual plan, 时序进度, 双过半 and the three-colour warning.

Rules (each has a parametrized test in ``tests/dispatch/test_progress.py``):

- completion rate (投资完成率) = cumulative investment this year ÷ annual planned investment × 100;
- 时序进度 at month *m* = *m* ÷ 12 × 100 (1—6月 → 50.0);
- ahead or behind = completion rate − 时序进度, in percentage points;
- three colours (三色预警), gaps from settings (``progress_green_gap``, ``progress_yellow_gap``):
  green when completion ≥ 时序进度 − green gap; yellow when behind by no more than the yellow gap; red
  beyond that. A project with no plan is grey (无计划);
- 双过半: from 1—6月 on, completion ≥ 50% ("time half gone, task half done").

The cumulative of a month is the last figure reported up to that month (a project that did not report
in June keeps its May cumulative). Money is stored in 万元 and shown in 亿元.

The queries read that cumulative, and the plan, from ``project_latest`` (one row per planned project
and month of its list, kept in step with every plan and progress write by ``diaodu.ledger.latest``), so
"the list at month *m*" is one primary-key range, for the current month as for a past one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Select, and_, case, func, literal_column, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from diaodu.ledger.tables.chains import Chain
from diaodu.ledger.tables.projects import PROJECT_LEVELS, Project
from diaodu.ledger.tables.projects import ProjectLatest as Latest
from diaodu.ledger.tables.projects import ProjectProgress as ProgressRow
from diaodu.ledger.tables.regions import Unit
from diaodu.settings import Settings, get_settings

Colour = Literal["green", "yellow", "red", "grey"]
GroupBy = Literal["all", "level", "chain", "region", "park"]

COLOUR_LABELS: dict[str, str] = {"green": "绿", "yellow": "黄", "red": "红", "grey": "无计划"}
GROUP_LABELS: dict[str, str] = {
    "all": "全部",
    "level": "项目层级",
    "chain": "产业链",
    "region": "县市区",
    "park": "园区",
}

WAN_PER_YI = 10_000.0


def schedule_rate(month: int) -> float:
    """时序进度 of month ``month`` (1–12) in percent: month ÷ 12 × 100."""
    if not 1 <= month <= 12:
        raise ValueError(f"月份应在1到12之间，不是{month}")
    return month / 12 * 100


def completion_rate(cumulative: float, planned: float) -> float | None:
    """Completion rate in percent; ``None`` when there is no plan to divide by."""
    if planned <= 0:
        return None
    return cumulative / planned * 100


def warning_colour(completion: float | None, month: int, settings: Settings | None = None) -> Colour:
    """The three-colour warning of a completion rate at month ``month``, with the gaps in settings."""
    if completion is None:
        return "grey"
    s = settings or get_settings()
    schedule = schedule_rate(month)
    if completion >= schedule - s.progress_green_gap:
        return "green"
    if schedule - completion <= s.progress_yellow_gap:
        return "yellow"
    return "red"


def double_half(completion: float | None, month: int) -> bool:
    """双过半: at 1—6月 or later, completion of at least half the annual plan."""
    return month >= 6 and completion is not None and completion >= 50.0


def describe_gap(gap: float) -> str:
    """ "超时序进度3.2个百分点" / "低于时序进度5.0个百分点" / "与时序进度持平"."""
    if abs(gap) < 0.05:
        return "与时序进度持平"
    return f"{'超' if gap > 0 else '低于'}时序进度{abs(gap):.1f}个百分点"


@dataclass(frozen=True)
class ProgressFilter:
    """Which projects to look at; ``None`` means any. ``unit_ids`` limits to projects whose region,
    park or responsible unit is one of them (a user's scope)."""

    level: str | None = None
    chain_id: int | None = None
    region_id: int | None = None
    park_id: int | None = None
    stage: str | None = None
    generated: bool | None = None
    unit_ids: tuple[int, ...] | None = None

    def clauses(self) -> list[ColumnElement[bool]]:
        out: list[ColumnElement[bool]] = []
        if self.level is not None:
            out.append(Project.level == self.level)
        if self.chain_id is not None:
            out.append(Project.chain_id == self.chain_id)
        if self.region_id is not None:
            out.append(Project.region_id == self.region_id)
        if self.park_id is not None:
            out.append(Project.park_id == self.park_id)
        if self.stage is not None:
            out.append(Project.stage == self.stage)
        if self.generated is not None:
            out.append(Project.generated == self.generated)
        if self.unit_ids is not None:
            ids = list(self.unit_ids)
            out.append(
                Project.region_id.in_(ids) | Project.park_id.in_(ids) | Project.responsible_unit_id.in_(ids)
            )
        return out


@dataclass(frozen=True)
class ProjectProgress:
    """One project's progress at a month. Money in 万元; rates in percent."""

    project_id: int
    code: str
    name: str
    level: str
    stage: str
    chain: str | None
    region: str | None
    park: str | None
    planned: float
    cumulative: float
    month_completed: float
    reported_month: int | None
    problems: str | None
    completion: float | None
    schedule: float
    gap: float | None
    colour: Colour
    double_half: bool
    generated: bool

    @property
    def colour_label(self) -> str:
        return COLOUR_LABELS[self.colour]


@dataclass(frozen=True)
class GroupProgress:
    """Totals of a group of projects at a month (by level, chain, region or park)."""

    by: GroupBy
    key: str
    count: int
    planned: float
    cumulative: float
    ahead: int
    completion: float | None
    schedule: float
    gap: float | None
    colour: Colour
    double_half: bool
    month: int
    members: list[int] = field(default_factory=list, repr=False)

    @property
    def planned_yi(self) -> float:
        return self.planned / WAN_PER_YI

    @property
    def cumulative_yi(self) -> float:
        return self.cumulative / WAN_PER_YI

    def sentence(self, decimals: int = 1) -> str:
        """The group's totals phrased as the published reports phrase them, e.g.
        "28个省重点项目完成投资79.57亿元，占年度计划53.0%，超时序进度3.0个百分点"."""
        if self.by == "level":
            who = f"{self.count}个{self.key}项目"
        elif self.by == "all":
            who = f"{self.count}个重点项目"
        else:
            who = f"{self.key}{self.count}个项目"
        text = f"{who}完成投资{self.cumulative_yi:.2f}亿元"
        if self.completion is None:
            return text + "（无年度计划）"
        text += f"，占年度计划{self.completion:.{decimals}f}%"
        if self.gap is not None:
            text += "，" + describe_gap(self.gap)
        return text


def period_label(month: int) -> str:
    """ "1—6月" for month 6, "1月" for month 1."""
    return "1月" if month == 1 else f"1—{month}月"


def _base(year: int, month: int, filters: ProgressFilter | None) -> Select[Any]:
    """Projects on ``year``'s list at ``month``, filtered: the primary-key range ``(year, month)`` of
    ``project_latest``, which holds each one's plan and last cumulative reported up to ``month``
    (``diaodu.ledger.latest`` keeps it), joined to the projects for names and filters.

    Unfiltered, that range is read in one pass and each project found by its id. SQLite would rather
    read a projects index in group order and look each project's row up in ``project_latest`` (a
    random seek per project, twice as slow as sorting the range's rows into groups); joining on
    ``project_id + 0`` takes that lookup away from it (PostgreSQL hashes the join either way). With a
    filter the planner chooses freely: a region's projects are best found by its index."""
    clauses = (filters or ProgressFilter()).clauses()
    latest_id: ColumnElement[int] = Latest.project_id.expression if clauses else Latest.project_id + 0
    return (
        select(Latest.project_id)
        .select_from(Latest)
        .join(Project, Project.id == latest_id)
        .where(Latest.year == year, Latest.month == month, *clauses)
    )


def _per_project(year: int, month: int, filters: ProgressFilter | None, *extra: ColumnElement[Any]) -> Any:
    """One row per project on the list: ``project_id``, ``planned`` and ``cum`` (the last cumulative
    reported up to ``month``, 0 when none), plus ``extra`` columns."""
    return (
        _base(year, month, filters)
        .with_only_columns(
            Latest.project_id.label("project_id"),
            Latest.planned.label("planned"),
            Latest.cumulative.label("cum"),
            *extra,
        )
        .subquery("per_project")
    )


def _reported_row(g: Any, project_id: Any, year: int) -> ColumnElement[bool]:
    """Join condition of the progress row ``project_latest`` took its cumulative from."""
    return and_(g.project_id == project_id, g.year == year, g.month == Latest.reported_month)


def project_progress(
    session: Session,
    year: int,
    month: int,
    filters: ProgressFilter | None = None,
    *,
    settings: Settings | None = None,
    only_behind: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[ProjectProgress]:
    """Every project on ``year``'s list by ``month``, with its completion, gap and colour.

    Sorted by gap, most behind first (then by code). ``only_behind`` keeps projects below 时序进度;
    ``limit`` and ``offset`` page through the list.

    With a ``limit``, two steps in one statement: every project is ranked on the few columns the
    order needs (plan, last cumulative, code) with ORDER BY … LIMIT, and only the rows kept are joined
    to names and their last progress row. Without one, every row is wanted, so it is one join.
    """
    schedule = schedule_rate(month)
    region = Unit.__table__.alias("region")
    park = Unit.__table__.alias("park")
    g = aliased(ProgressRow)
    columns = (
        Project.id,
        Project.code,
        Project.name,
        Project.level,
        Project.stage,
        Chain.name,
        region.c.name,
        park.c.name,
        Latest.planned,
        Latest.cumulative,
        func.coalesce(g.completed_month, 0.0),
        Latest.reported_month,
        g.problems,
        Project.generated,
    )
    stmt: Select[Any]
    if limit is None:
        # The whole list: one pass, the last progress row of each project joined directly.
        gap_expr = case(
            (Latest.planned > 0, Latest.cumulative * 100.0 / Latest.planned - schedule), else_=None
        )
        stmt = (
            _base(year, month, filters)
            .with_only_columns(*columns)
            .outerjoin(g, _reported_row(g, Latest.project_id, year))
            .order_by(gap_expr.is_(None), gap_expr, Project.code)
        )
        if only_behind:
            stmt = stmt.where(gap_expr < 0)
        if offset:
            stmt = stmt.offset(offset)
    else:
        # A page (e.g. the 50 most behind): rank every project on the few columns the order needs
        # (plan, last cumulative, code) with ORDER BY … LIMIT, then join names and the last progress
        # row to the rows kept only.
        pp = _per_project(year, month, filters, Project.code.label("code")).c
        rank_gap = case((pp.planned > 0, pp.cum * 100.0 / pp.planned - schedule), else_=None)
        ranked_stmt = select(pp.project_id, rank_gap.label("gap"), pp.code).limit(limit)
        if only_behind:
            # no gap is NULL here, so "NULLs last" needs no sort key of its own
            ranked_stmt = ranked_stmt.where(rank_gap < 0).order_by(rank_gap, pp.code)
        else:
            ranked_stmt = ranked_stmt.order_by(rank_gap.is_(None), rank_gap, pp.code)
        if offset:
            ranked_stmt = ranked_stmt.offset(offset)
        ranked = ranked_stmt.subquery("ranked")
        stmt = (
            select(*columns)
            .select_from(ranked)
            .join(Project, Project.id == ranked.c.project_id)
            .join(
                Latest,
                and_(Latest.year == year, Latest.month == month, Latest.project_id == ranked.c.project_id),
            )
            .outerjoin(g, _reported_row(g, ranked.c.project_id, year))
            .order_by(ranked.c.gap.is_(None), ranked.c.gap, ranked.c.code)
        )
    stmt = (
        stmt.outerjoin(Chain, Chain.id == Project.chain_id)
        .outerjoin(region, region.c.id == Project.region_id)
        .outerjoin(park, park.c.id == Project.park_id)
    )
    out: list[ProjectProgress] = []
    for row in session.execute(stmt):
        planned, cumul = float(row[8]), float(row[9])
        rate = completion_rate(cumul, planned)
        out.append(
            ProjectProgress(
                project_id=row[0],
                code=row[1],
                name=row[2],
                level=row[3],
                stage=row[4],
                chain=row[5],
                region=row[6],
                park=row[7],
                planned=planned,
                cumulative=cumul,
                month_completed=float(row[10]) if row[11] == month else 0.0,
                reported_month=row[11],
                problems=row[12],
                completion=rate,
                schedule=schedule,
                gap=None if rate is None else rate - schedule,
                colour=warning_colour(rate, month, settings),
                double_half=double_half(rate, month),
                generated=bool(row[13]),
            )
        )
    return out


def group_progress(
    session: Session,
    year: int,
    month: int,
    by: GroupBy = "level",
    filters: ProgressFilter | None = None,
    *,
    settings: Settings | None = None,
) -> list[GroupProgress]:
    """Totals per group at ``month``: count, plan, cumulative, projects ahead of 时序进度, rate, colour.

    Computed in one SQL aggregate. Levels come in their fixed order; other groups by name. Projects
    with no chain, region or park are grouped under "未归属".
    """
    s = settings or get_settings()
    schedule = schedule_rate(month)
    group_col: Any = {
        "all": literal_column("0"),
        "level": Project.level,
        "chain": Project.chain_id,
        "region": Project.region_id,
        "park": Project.park_id,
    }[by]
    per_project = _per_project(year, month, filters, group_col.label("g"))
    pp = per_project.c
    ahead = func.sum(
        case(
            (and_(pp.planned > 0, pp.cum * 100.0 >= (schedule - s.progress_green_gap) * pp.planned), 1),
            else_=0,
        )
    )
    totals = [
        func.count().label("n"),
        func.sum(pp.planned).label("planned"),
        func.sum(pp.cum).label("cum"),
        ahead.label("ahead"),
    ]
    stmt: Select[Any]
    if by == "all":
        stmt = select(*totals, literal_column("'全部'").label("k")).select_from(per_project)
    elif by == "level":
        stmt = select(*totals, pp.g.label("k")).group_by(pp.g)
    else:
        # Added up by id (integers sort faster than names), then named: chain and unit names are
        # unique, so each id is one group of the same projects as before.
        by_id = select(pp.g, *totals).group_by(pp.g).subquery("totals")
        names: Any = Chain.__table__ if by == "chain" else Unit.__table__.alias("grp")
        stmt = select(
            by_id.c.n, by_id.c.planned, by_id.c.cum, by_id.c.ahead, names.c.name.label("k")
        ).outerjoin(names, names.c.id == by_id.c.g)
    rows = [(k, n, planned, cumul, n_ahead) for n, planned, cumul, n_ahead, k in session.execute(stmt)]
    out = [
        _group(by, k, int(n), float(planned or 0.0), float(cumul or 0.0), int(n_ahead or 0), month, s)
        for k, n, planned, cumul, n_ahead in rows
        if n
    ]
    return _sorted(by, out)


def _group(
    by: GroupBy, key: object, n: int, planned: float, cumulative: float, ahead: int, month: int, s: Settings
) -> GroupProgress:
    rate = completion_rate(cumulative, planned)
    schedule = schedule_rate(month)
    return GroupProgress(
        by=by,
        key=str(key) if key is not None else "未归属",
        count=n,
        planned=planned,
        cumulative=cumulative,
        ahead=ahead,
        completion=rate,
        schedule=schedule,
        gap=None if rate is None else rate - schedule,
        colour=warning_colour(rate, month, s),
        double_half=double_half(rate, month),
        month=month,
    )


def _sorted(by: GroupBy, out: list[GroupProgress]) -> list[GroupProgress]:
    if by == "level":
        order = {lv: i for i, lv in enumerate(PROJECT_LEVELS)}
        out.sort(key=lambda g: order.get(g.key, 99))
    else:
        out.sort(key=lambda g: (g.key == "未归属", g.key))
    return out


def group_progress_many(
    session: Session,
    year: int,
    month: int,
    bys: tuple[GroupBy, ...] = ("level", "chain", "region", "park"),
    filters: ProgressFilter | None = None,
    *,
    settings: Settings | None = None,
) -> dict[str, list[GroupProgress]]:
    """``group_progress`` for several groupings (for reports that need them all).

    One SQL aggregate per grouping. (Adding up one aggregate over every combination of the keys here
    would read the projects once, but the totals would then be sums of partial sums, which can differ
    from ``group_progress`` in the last bits of a float.)"""
    s = settings or get_settings()
    return {by: group_progress(session, year, month, by, filters, settings=s) for by in bys}


def total_progress(
    session: Session, year: int, month: int, filters: ProgressFilter | None = None
) -> GroupProgress | None:
    """All projects matching ``filters`` as one group; ``None`` when there are none."""
    groups = group_progress(session, year, month, "all", filters)
    return groups[0] if groups else None
