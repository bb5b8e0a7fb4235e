"""Keep ``project_latest`` (each planned project's plan and last cumulative at each month of the list)
in step with ``project_plans`` and ``project_progress``.

The rule it stores is the one ``diaodu.dispatch.progress`` states: the cumulative of a month is the last
figure reported up to that month, 0 when none; a project is on the list from its plan's ``from_month``.

- ``note_progress``: after a month's progress is written (new or re-reported), one UPDATE moves the
  months from it up to the next month reported onto the new figure;
- ``refresh_latest``: recompute some projects' years from scratch (after a plan is added or changed);
- ``rebuild_latest``: recompute the whole table (after a bulk load or a restore that bypassed these);
- ``from_scratch``: the rows the table should hold, computed from plans and progress (also what the
  tests compare the table against).

Each runs in the caller's session, so the kept rows commit or roll back with the write they follow.
The rows are derived data and are not audited; the plan and progress writes they follow are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    and_,
    delete,
    func,
    insert,
    literal_column,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session, aliased

from diaodu.ledger.tables.projects import ProjectLatest, ProjectPlan, ProjectProgress

_CHUNK = 500
_COLUMNS = ("project_id", "year", "month", "planned", "cumulative", "reported_month")


def _months() -> Any:
    """The months 1–12 as a one-column subquery (portable: no VALUES list, no recursive CTE)."""
    return union_all(
        *(select(literal_column(str(m), Integer).label("month")) for m in range(1, 13))
    ).subquery("months")


def from_scratch(*where: Any) -> Select[Any]:
    """``project_latest``'s rows (in ``_COLUMNS`` order) computed from plans and progress; ``where``
    narrows the plans (e.g. ``ProjectPlan.year == 2020``)."""
    months = _months()
    q = aliased(ProjectProgress)
    last = (
        select(func.max(q.month))
        .where(q.project_id == ProjectPlan.project_id, q.year == ProjectPlan.year, q.month <= months.c.month)
        .scalar_subquery()
    )
    wanted = (
        select(
            ProjectPlan.project_id,
            ProjectPlan.year,
            months.c.month,
            ProjectPlan.planned,
            last.label("reported_month"),
        )
        .join(months, months.c.month >= ProjectPlan.from_month)
        .where(*where)
        .subquery("wanted")
    )
    g = aliased(ProjectProgress)
    return select(
        wanted.c.project_id,
        wanted.c.year,
        wanted.c.month,
        wanted.c.planned,
        func.coalesce(g.cumulative_year, 0.0).label("cumulative"),
        wanted.c.reported_month,
    ).outerjoin(
        g,
        and_(
            g.project_id == wanted.c.project_id, g.year == wanted.c.year, g.month == wanted.c.reported_month
        ),
    )


def refresh_latest(session: Session, keys: Iterable[tuple[int, int]]) -> None:
    """Recompute the kept rows of these ``(project_id, year)`` pairs from their plan and progress."""
    by_year: dict[int, set[int]] = defaultdict(set)
    for project_id, year in keys:
        by_year[year].add(project_id)
    for year, ids in by_year.items():
        ordered = sorted(ids)
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start : start + _CHUNK]
            session.execute(
                delete(ProjectLatest)
                .where(ProjectLatest.year == year, ProjectLatest.project_id.in_(chunk))
                .execution_options(synchronize_session=False)
            )
            session.execute(
                insert(ProjectLatest).from_select(
                    _COLUMNS, from_scratch(ProjectPlan.year == year, ProjectPlan.project_id.in_(chunk))
                )
            )


def rebuild_latest(session: Session) -> int:
    """Recompute the whole table from plans and progress; returns the rows kept."""
    session.execute(delete(ProjectLatest).execution_options(synchronize_session=False))
    session.execute(insert(ProjectLatest).from_select(_COLUMNS, from_scratch()))
    return int(session.scalar(select(func.count()).select_from(ProjectLatest)) or 0)


def note_progress(session: Session, project_id: int, year: int, month: int, cumulative: float) -> None:
    """Month ``month`` of a project now reads ``cumulative`` (first report or a re-report): it becomes
    the figure of that month and of every later month up to the next one reported.

    A later month already reported keeps its own figure (``reported_month`` > ``month``); an earlier
    one is not touched. A project with no plan for ``year`` has no kept rows and nothing changes."""
    session.execute(
        update(ProjectLatest)
        .where(
            ProjectLatest.project_id == project_id,
            ProjectLatest.year == year,
            ProjectLatest.month >= month,
            or_(ProjectLatest.reported_month.is_(None), ProjectLatest.reported_month <= month),
        )
        .values(cumulative=cumulative, reported_month=month)
        .execution_options(synchronize_session=False)
    )
