"""Key projects in the ledger: register, yearly plans, monthly progress, 集中开工 batches.

Every function writes inside the caller's session and audits each change (``diaodu.ledger.writes``).
Plan and progress writes also keep ``project_latest`` in step (``diaodu.ledger.latest``).
Money is in 万元.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from diaodu.errors import NotFound
from diaodu.ledger.latest import note_progress, refresh_latest
from diaodu.ledger.tables.projects import (
    Project,
    ProjectPlan,
    ProjectProgress,
    StartBatch,
    StartBatchProject,
)
from diaodu.ledger.writes import insert, update


def add_project(session: Session, project: Project, *, actor: str) -> Project:
    """Register a new project."""
    return insert(session, project, actor=actor)


def get_project(session: Session, key: int | str) -> Project:
    """A project by id, code or exact name; ``NotFound`` otherwise."""
    if isinstance(key, int):
        found = session.get(Project, key)
    else:
        found = (
            session.scalars(select(Project).where(Project.code == key)).first()
            or session.scalars(select(Project).where(Project.name == key)).first()
        )
    if found is None:
        raise NotFound(f"没有这个项目：{key}")
    return found


def set_plan(
    session: Session, project_id: int, year: int, planned: float, *, from_month: int = 1, actor: str
) -> ProjectPlan:
    """Set a project's annual planned investment for ``year`` (insert or audited update); ``from_month``
    is the month it joined the year's list."""
    plan = session.scalars(
        select(ProjectPlan).where(ProjectPlan.project_id == project_id, ProjectPlan.year == year)
    ).first()
    if plan is None:
        plan = insert(
            session,
            ProjectPlan(project_id=project_id, year=year, planned=planned, from_month=from_month),
            actor=actor,
        )
        refresh_latest(session, [(project_id, year)])
    elif update(session, plan, {"planned": planned, "from_month": from_month}, actor=actor):
        refresh_latest(session, [(project_id, year)])
    return plan


def record_progress(
    session: Session,
    project_id: int,
    year: int,
    month: int,
    *,
    completed_month: float,
    cumulative_year: float,
    cumulative_total: float | None = None,
    notes: str | None = None,
    problems: str | None = None,
    actor: str,
) -> tuple[ProjectProgress, bool]:
    """Record a project's progress for one month; re-recording the month updates it (audited).

    Returns the row and whether it was created (``False``: an existing month was updated or unchanged).
    """
    row = session.scalars(
        select(ProjectProgress).where(
            ProjectProgress.project_id == project_id,
            ProjectProgress.year == year,
            ProjectProgress.month == month,
        )
    ).first()
    fields = {
        "completed_month": completed_month,
        "cumulative_year": cumulative_year,
        "cumulative_total": cumulative_total,
        "notes": notes,
        "problems": problems,
        "updated_by": actor,
    }
    created = row is None
    if row is None:
        row = insert(
            session, ProjectProgress(project_id=project_id, year=year, month=month, **fields), actor=actor
        )
    elif not update(session, row, fields, actor=actor, note="同月进度重新填报"):
        return row, False
    note_progress(session, project_id, year, month, cumulative_year)
    return row, created


def add_batch(
    session: Session,
    name: str,
    held_on: date,
    project_ids: list[int],
    *,
    place: str | None = None,
    actor: str,
) -> StartBatch:
    """Record a 集中开工 batch and the projects started in it."""
    batch = insert(session, StartBatch(name=name, held_on=held_on, place=place), actor=actor)
    for pid in project_ids:
        insert(session, StartBatchProject(batch_id=batch.id, project_id=pid), actor=actor)
    return batch
