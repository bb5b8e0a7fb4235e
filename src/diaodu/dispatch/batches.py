"""集中开工 batches: each batch's date, projects, total investment and annual plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from diaodu.ledger.tables.projects import Project, ProjectPlan, StartBatch, StartBatchProject


@dataclass(frozen=True)
class BatchSummary:
    """One 集中开工 batch. Money in 万元; the annual plan is of the batch's year."""

    name: str
    held_on: date
    projects: int
    total_investment: float
    annual_plan: float

    def sentence(self) -> str:
        """E.g. "集中开工项目40个，总投资120.5亿元，年度计划投资35.2亿元"."""
        return (
            f"{self.name}（{self.held_on:%Y年%m月%d日}）集中开工项目{self.projects}个，"
            f"总投资{self.total_investment / 1e4:.2f}亿元，年度计划投资{self.annual_plan / 1e4:.2f}亿元"
        )


def batch_summaries(session: Session, year: int | None = None) -> list[BatchSummary]:
    """Every batch (of ``year`` when given), oldest first."""
    stmt = (
        select(
            StartBatch.name,
            StartBatch.held_on,
            func.count(Project.id),
            func.coalesce(func.sum(Project.total_investment), 0.0),
            func.coalesce(func.sum(ProjectPlan.planned), 0.0),
        )
        .join(StartBatchProject, StartBatchProject.batch_id == StartBatch.id)
        .join(Project, Project.id == StartBatchProject.project_id)
        .outerjoin(
            ProjectPlan,
            and_(
                ProjectPlan.project_id == Project.id,
                ProjectPlan.year
                == func.cast(func.extract("year", StartBatch.held_on), ProjectPlan.year.type),
            ),
        )
        .group_by(StartBatch.id, StartBatch.name, StartBatch.held_on)
        .order_by(StartBatch.held_on)
    )
    if year is not None:
        stmt = stmt.where(StartBatch.held_on >= date(year, 1, 1), StartBatch.held_on <= date(year, 12, 31))
    return [BatchSummary(n, d, int(c), float(t), float(p)) for n, d, c, t, p in session.execute(stmt)]
