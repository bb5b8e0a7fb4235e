"""A large ingest killed with SIGKILL midway leaves each document wholly in the ledger or not at all."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from diaodu.ledger.tables.audit import AuditEntry
from diaodu.ledger.tables.figures import Document, Mention, Observation, ObservationSource
from diaodu.reading.mentions import FigureMention

DOCS = 400
PER_DOC = 60


def _write_batch(folder: Path) -> Path:
    """DOCS made-up park reports of PER_DOC figures each, and one JSONL file for all of them."""
    lines: list[str] = []
    for d in range(DOCS):
        name = f"park_{d:04d}.txt"
        parts: list[str] = [f"第{d}号简报\n"]
        offset = len(parts[0])
        for i in range(PER_DOC):
            lead = f"园区{i}号本期产值为"
            figure = f"{d + i / 10:.1f}亿元"
            parts.append(lead + figure + "。\n")
            start = offset + len(lead)
            lines.append(
                FigureMention(
                    doc=name,
                    start=start,
                    end=start + len(figure),
                    text=figure,
                    measure="level",
                    value=d + i / 10,
                    unit="亿元",
                    subject=f"园区{i}号",
                    indicator="产值",
                    period="2021-01/2021-06",
                ).to_json()
            )
            offset += len(parts[-1])
        (folder / name).write_text("".join(parts), encoding="utf-8")
    path = folder / "all.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _documents(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(Document)) or 0)


@pytest.mark.slow
def test_sigkill_mid_ingest_leaves_whole_documents_only(engine: Engine, db_url: str, tmp_path: Path) -> None:
    jsonl = _write_batch(tmp_path)
    env = {**os.environ, "DIAODU_DB_URL": db_url}
    proc = subprocess.Popen(
        [sys.executable, "-m", "diaodu.cli", "read", "--mentions", str(jsonl), "--published", "2021-07-10"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while _documents(engine) < 20:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline, "the ingest never started"
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL

    with engine.connect() as conn:
        docs = conn.scalar(select(func.count()).select_from(Document))
        per_doc = dict(
            conn.execute(select(Mention.document_id, func.count()).group_by(Mention.document_id)).all()
        )
        obs_per_doc = dict(
            conn.execute(
                select(Observation.document_id, func.count()).group_by(Observation.document_id)
            ).all()
        )
        sources = conn.scalar(select(func.count()).select_from(ObservationSource))
        audited = set(
            conn.scalars(select(AuditEntry.row_id).where(AuditEntry.table_name == "documents")).all()
        )
        ids = set(conn.scalars(select(Document.id)).all())
    assert docs is not None and 20 <= docs < DOCS, "the kill came after the ingest had finished"
    assert set(per_doc) == ids and set(per_doc.values()) == {PER_DOC}
    assert set(obs_per_doc) == ids and set(obs_per_doc.values()) == {PER_DOC}
    assert sources == docs * PER_DOC
    assert audited == {str(i) for i in ids}
