"""Tasks (挂图作战) in the ledger. Every write audited."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from diaodu.errors import NotFound
from diaodu.ledger.tables.work import TASK_STATES, Task
from diaodu.ledger.writes import insert, update


def add_task(session: Session, task: Task, *, actor: str) -> Task:
    """Add a task."""
    return insert(session, task, actor=actor)


def set_task_state(session: Session, task_id: int, state: str, *, on: date, actor: str) -> Task:
    """Move a task to ``state`` (未开始, 推进中, 已完成); completing it records ``on`` as the day done."""
    task = session.get(Task, task_id)
    if task is None:
        raise NotFound(f"没有这项任务：{task_id}")
    if state not in TASK_STATES:
        raise NotFound(f"任务状态只能是{'、'.join(TASK_STATES)}，不是「{state}」")
    update(
        session,
        task,
        {"state": state, "completed_on": on if state == "已完成" else None},
        actor=actor,
    )
    return task
