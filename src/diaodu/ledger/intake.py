"""Figure mentions → documents, mentions, observations and conflicts, one transaction per document.

The rules, in the order :meth:`Intake.ingest` applies them:

1. A document is known by the SHA-256 of its bytes. Reading one already stored changes nothing.
2. Every mention is stored as published (``mentions``), with review state ``extracted``.
3. Mentions are grouped by series key (subject × indicator × period start × period end × measure ×
   reference) and status (what happened, a target, a forecast). Within a group, mentions that state the
   same value (in the base unit) and qualifier make **one observation** with one provenance row each in
   ``observation_sources``: a figure stated twice in one document is one observation with two sources.
4. Each observation's vintage is the document's publication date (the day of reading when the
   document names none). The same key from a later document is a new observation with a later vintage;
   nothing is ever updated.
5. Two observations of one key and status whose values disagree are a **conflict**: ``same_vintage``
   when they share a vintage, ``restatement`` when a later vintage changes the value of the nearest
   earlier one (or an earlier document, read late, disagrees with the nearest later one). Values agree
   when they are equal, or when a qualified value (约, 超过, 不足) admits the exact one. Values in
   different base units (4批次 and 94名 read as one key) measure different things and never conflict.
6. Values are brought to a base unit (亿元 → 元, 万人 → 人; % and pp stay), the published unit kept.

Writes are bulk Core inserts (``executemany``) so intake keeps up with large batches; each document's
rows, and its audit entry, commit together or not at all.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Engine,
    Float,
    Integer,
    Table,
    insert,
    select,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from diaodu.errors import InputError
from diaodu.ledger import audit
from diaodu.ledger import indicators as indicators_mod
from diaodu.ledger import regions as regions_mod
from diaodu.ledger.db import transaction
from diaodu.ledger.documents import SourceFile
from diaodu.ledger.tables.figures import Conflict, Document, Mention, Observation, ObservationSource
from diaodu.reading.mentions import FigureMention

# --- periods and units --------------------------------------------------------------------------

_YEAR = re.compile(r"(\d{4})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_RANGE = re.compile(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})")


@lru_cache(maxsize=4096)
def parse_period(period: str | None) -> tuple[str, str]:
    """``"2020-01/2020-09"`` → ("2020-01", "2020-09"); ``"2020"`` → the year; ``"2021-05"`` → that month;
    ``None`` → ("", ""). Raises ``ValueError`` for anything else."""
    if period is None or period == "":
        return "", ""
    if m := _YEAR.fullmatch(period):
        return f"{m[1]}-01", f"{m[1]}-12"
    if m := _MONTH.fullmatch(period):
        _month(m[2], period)
        return period, period
    if m := _RANGE.fullmatch(period):
        _month(m[2], period)
        _month(m[4], period)
        start, end = f"{m[1]}-{m[2]}", f"{m[3]}-{m[4]}"
        if start > end:
            raise ValueError(f"period {period!r} ends before it starts")
        return start, end
    raise ValueError(f"period {period!r} is not YYYY, YYYY-MM or YYYY-MM/YYYY-MM")


def _month(text: str, period: str) -> None:
    if not 1 <= int(text) <= 12:
        raise ValueError(f"period {period!r} has no month {text}")


#: Units that are their own base, or stand for another base with a factor.
_UNIT_ALIASES: dict[str, tuple[float, str]] = {
    "%": (1.0, "%"),
    "％": (1.0, "%"),
    "pp": (1.0, "pp"),
    "个百分点": (1.0, "pp"),
    "百分点": (1.0, "pp"),
    "名": (1.0, "人"),
    "位": (1.0, "人"),
    "人次": (1.0, "人次"),
    "万": (1e4, ""),
    "亿": (1e8, ""),
    "倍": (1.0, "倍"),
}
_PREFIXES = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4))


def to_base(value: float, unit: str | None) -> tuple[float, str | None]:
    """The value in its base unit: ``(595.92, "亿元")`` → ``(59592000000.0, "元")``; 万人 → 人."""
    factor, base = unit_factor(unit)
    return _scale(value, factor), base


@lru_cache(maxsize=1024)
def unit_factor(unit: str | None) -> tuple[float, str | None]:
    """How a published unit converts to its base unit: 亿元 → (1e8, "元"); % → (1, "%")."""
    if unit is None or unit == "":
        return 1.0, None
    if unit in _UNIT_ALIASES:
        factor, base = _UNIT_ALIASES[unit]
        return factor, base or None
    for prefix, factor in _PREFIXES:
        if unit.startswith(prefix) and len(unit) > len(prefix):
            inner, rest_base = unit_factor(unit[len(prefix) :])
            return factor * inner, rest_base
    return 1.0, unit


def _scale(value: float, factor: float) -> float:
    if factor == 1.0:
        return value
    return float(f"{value * factor:.15g}")


def status_of(modality: str | None) -> str:
    """What a mention's modality makes its observation: a target, an estimate, or (null) an outcome."""
    return {"target": "target", "forecast": "estimated"}.get(modality or "", "provisional")


def agree(a: float, qa: str | None, b: float, qb: str | None) -> bool:
    """Do two statements of one figure agree? Equal values do; a qualified value admits an exact one
    that meets its qualifier (超过 100 admits 103; 约 100 admits 96–104; 不足 100 admits 97)."""
    if math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12):
        return True
    if qa is not None and qb is not None:
        return True  # two rough statements do not contradict each other
    if qa is None and qb is None:
        return False
    exact, rough, q = (b, a, qa) if qa is not None else (a, b, qb)
    if q == "over":
        return exact >= rough
    if q == "under":
        return exact <= rough
    return abs(exact - rough) <= 0.05 * abs(rough)


# --- validation (before anything is written) -----------------------------------------------------


@dataclass(slots=True)
class Prepared:
    """A mention checked and ready to store, with its series key worked out."""

    mention: FigureMention
    period_start: str
    period_end: str
    value: float
    base_unit: str | None
    status: str


def prepare(
    source: SourceFile, mentions: Sequence[FigureMention], *, where: Sequence[tuple[str, int | None]] = ()
) -> list[Prepared]:
    """Check each mention against its document; ``InputError`` naming the file and line of the first bad
    one. ``where[i]`` is the (file, line) mention ``i`` came from, for the message."""
    out: list[Prepared] = []
    n = len(source.text)
    for i, m in enumerate(mentions):
        path, line = where[i] if i < len(where) else (source.path or source.name, None)

        def bad(msg: str, path: str = path, line: int | None = line) -> InputError:
            return InputError(msg, path=path, line=line)

        problems = m.problems()
        if problems:
            raise bad("; ".join(problems))
        if m.end > n:
            raise bad(f"span {m.start}..{m.end} runs past the end of {source.name} ({n} characters)")
        if source.text[m.start : m.end] != m.text:
            raise bad(
                f"text {m.text!r} is not what {source.name} holds at {m.start}..{m.end} "
                f"({source.text[m.start : m.end]!r})"
            )
        try:
            start, end = parse_period(m.period)
        except ValueError as exc:
            raise bad(str(exc)) from exc
        if not math.isfinite(m.value):
            raise bad(f"value {m.value!r} is not a finite number")
        value, base = to_base(m.value, m.unit)
        out.append(Prepared(m, start, end, value, base, status_of(m.modality)))
    return out


# --- writing ------------------------------------------------------------------------------------


@dataclass(slots=True)
class IngestResult:
    """What one document's intake did."""

    name: str
    document_id: int
    skipped: bool = False
    mentions: int = 0
    observations: int = 0
    conflicts: int = 0
    observation_ids: list[int] = field(default_factory=list)


Key = tuple[str, str, str, str, str, str, str]  # subject, indicator, measure, start, end, reference, status
Stored = tuple[int, float, str | None, date, str | None]  # id, value, qualifier, vintage, base unit


@dataclass(slots=True)
class _NewObs:
    key: Key
    value: float
    qualifier: str | None
    first: Prepared
    mention_idx: list[int]
    document_id: int = 0
    id: int = 0


class Intake:
    """Writes documents and their mentions into one ledger. Build it once for a batch: it reads the
    unit and indicator names once, then each :meth:`ingest` is one transaction."""

    def __init__(self, engine: Engine, *, actor: str = "system", today: date | None = None) -> None:
        self.engine = engine
        self.actor = actor
        self.today = today or datetime.now(UTC).date()
        with transaction(engine) as session:
            self.units = regions_mod.name_map(session)
            self.indicators = indicators_mod.name_map(session)

    def ingest(self, source: SourceFile, prepared: Sequence[Prepared]) -> IngestResult:
        """Store one document with its prepared mentions, in one transaction. When another process
        stores the same document at the same moment, this one finds it there and skips it."""
        try:
            with transaction(self.engine) as session:
                return self._ingest(session, source, prepared)
        except IntegrityError:
            with transaction(self.engine) as session:
                existing = session.scalar(select(Document.id).where(Document.sha256 == source.sha256))
            if existing is None:
                raise
            return IngestResult(source.name, existing, skipped=True)

    def _ingest(self, session: Session, source: SourceFile, prepared: Sequence[Prepared]) -> IngestResult:
        existing = session.scalar(select(Document.id).where(Document.sha256 == source.sha256))
        if existing is not None:
            return IngestResult(source.name, existing, skipped=True)
        now = datetime.now(UTC)
        vintage = source.published_on or self.today
        doc_row = {
            "sha256": source.sha256,
            "file_name": source.name,
            "title": source.title,
            "publisher": source.publisher,
            "published_on": source.published_on,
            "report_year": source.report_year,
            "encoding": source.encoding,
            "text": source.text,
            "read_at": now,
            "read_by": self.actor,
        }
        conn = session.connection()
        if conn.dialect.name == "sqlite":
            # A bigger page cache and fewer WAL checkpoints for this connection: intake dirties index
            # pages all over the series index, and each checkpoint writes them back with an fsync.
            conn.exec_driver_sql("PRAGMA cache_size=-65536")
            conn.exec_driver_sql("PRAGMA wal_autocheckpoint=20000")
        doc_id = int(conn.execute(insert(DOCUMENTS).returning(DOCUMENTS.c.id), doc_row).scalar_one())

        mention_ids = self._insert_mentions(conn, doc_id, prepared)
        groups = self._group(prepared)
        obs_rows = []
        for obs in groups:
            p = obs.first
            m = p.mention
            unit = self.units.get(m.subject)
            obs_rows.append(
                {
                    "subject": obs.key[0],
                    "indicator": obs.key[1],
                    "measure": obs.key[2],
                    "period_start": obs.key[3],
                    "period_end": obs.key[4],
                    "reference": obs.key[5],
                    "status": obs.key[6],
                    "unit_id": unit[0] if unit else None,
                    "indicator_id": (self.indicators.get(m.indicator) or (None,))[0],
                    "value": obs.value,
                    "base_unit": p.base_unit,
                    "unit_as_published": m.unit,
                    "value_as_published": m.value,
                    "qualifier": obs.qualifier,
                    "modality": m.modality,
                    "vintage": vintage,
                    "document_id": doc_id,
                    "recorded_at": now,
                    "recorded_by": self.actor,
                }
            )
        if obs_rows:
            ids = _insert_in_order(conn, OBSERVATIONS, obs_rows, doc_id)
            for obs, new_id in zip(groups, ids, strict=True):
                obs.id = int(new_id)
                obs.document_id = doc_id
            _Bulk.for_table(conn, SOURCES, ("observation_id", "mention_id")).run(
                conn,
                [
                    {"observation_id": obs.id, "mention_id": mention_ids[i]}
                    for obs in groups
                    for i in obs.mention_idx
                ],
            )
        conflict_rows = self._conflicts(session, groups, vintage, now)
        conflict_ids: list[int] = []
        if conflict_rows:
            conflict_ids = [
                int(x)
                for x in conn.scalars(
                    insert(CONFLICTS).returning(CONFLICTS.c.id, sort_by_parameter_order=True), conflict_rows
                ).all()
            ]
        after: dict[str, Any] = {k: v for k, v in doc_row.items() if k != "text"}
        after.update(
            id=doc_id,
            mentions=len(mention_ids),
            observation_ids=[o.id for o in groups],
            conflict_ids=conflict_ids,
        )
        audit.record(
            session,
            actor=self.actor,
            action="read",
            table="documents",
            row_id=doc_id,
            after={k: _jsonable(v) for k, v in after.items()},
            note=f"{source.name}: {len(mention_ids)} mentions, {len(groups)} observations, "
            f"{len(conflict_ids)} conflicts",
        )
        return IngestResult(
            source.name,
            doc_id,
            mentions=len(mention_ids),
            observations=len(groups),
            conflicts=len(conflict_ids),
            observation_ids=[o.id for o in groups],
        )

    def _insert_mentions(self, conn: Connection, doc_id: int, prepared: Sequence[Prepared]) -> list[int]:
        if not prepared:
            return []
        rows = [
            {
                "document_id": doc_id,
                "start": p.mention.start,
                "end": p.mention.end,
                "text": p.mention.text,
                "measure": p.mention.measure,
                "value": p.mention.value,
                "unit": p.mention.unit,
                "qualifier": p.mention.qualifier,
                "modality": p.mention.modality,
                "subject": p.mention.subject,
                "indicator": p.mention.indicator,
                "period": p.mention.period,
                "reference": p.mention.reference,
                "subject_aliases": p.mention.subject_aliases,
                "indicator_aliases": p.mention.indicator_aliases,
                "period_aliases": p.mention.period_aliases,
                "review_state": "extracted",
            }
            for p in prepared
        ]
        return _insert_in_order(conn, MENTIONS, rows, doc_id)

    def key_of(self, p: Prepared) -> Key:
        m = p.mention
        unit = self.units.get(m.subject)
        ind = self.indicators.get(m.indicator)
        return (
            unit[1] if unit else m.subject,
            ind[1] if ind else m.indicator,
            m.measure,
            p.period_start,
            p.period_end,
            m.reference or "",
            p.status,
        )

    def _group(self, prepared: Sequence[Prepared]) -> list[_NewObs]:
        out: list[_NewObs] = []
        index: dict[tuple[Key, str, str | None], _NewObs] = {}
        for i, p in enumerate(prepared):
            key = self.key_of(p)
            token = (key, f"{p.value:.12g}", p.mention.qualifier)
            obs = index.get(token)
            if obs is None:
                obs = _NewObs(key, p.value, p.mention.qualifier, p, [])
                index[token] = obs
                out.append(obs)
            obs.mention_idx.append(i)
        return out

    def _conflicts(
        self, session: Session, groups: list[_NewObs], vintage: date, now: datetime
    ) -> list[dict[str, Any]]:
        if not groups:
            return []
        by_key: dict[Key, list[_NewObs]] = {}
        for obs in groups:
            by_key.setdefault(obs.key, []).append(obs)
        rows: list[dict[str, Any]] = []
        # within this document
        for members in by_key.values():
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    if a.first.base_unit == b.first.base_unit and not agree(
                        a.value, a.qualifier, b.value, b.qualifier
                    ):
                        rows.append(_conflict("same_vintage", a.id, b.id, now))
        # against what the ledger held before
        stored = _stored(session.connection(), list(by_key), document_id=groups[0].document_id)
        for key, members in by_key.items():
            olds = stored.get(key, [])
            if not olds:
                continue
            same = [o for o in olds if o[3] == vintage]
            earlier = [o for o in olds if o[3] < vintage]
            later = [o for o in olds if o[3] > vintage]
            nearest: list[Stored] = []
            if earlier:
                top = max(o[3] for o in earlier)
                nearest += [o for o in earlier if o[3] == top]
            if later:
                low = min(o[3] for o in later)
                nearest += [o for o in later if o[3] == low]
            for new in members:
                comparable = [o for o in same if o[4] == new.first.base_unit]
                for old in comparable:
                    if not agree(old[1], old[2], new.value, new.qualifier):
                        rows.append(_conflict("same_vintage", old[0], new.id, now))
                for old in nearest:
                    if old[4] == new.first.base_unit and not agree(old[1], old[2], new.value, new.qualifier):
                        rows.append(_conflict("restatement", old[0], new.id, now))
        return rows


DOCUMENTS: Table = Document.__table__  # type: ignore[assignment]
MENTIONS: Table = Mention.__table__  # type: ignore[assignment]
OBSERVATIONS: Table = Observation.__table__  # type: ignore[assignment]
SOURCES: Table = ObservationSource.__table__  # type: ignore[assignment]
CONFLICTS: Table = Conflict.__table__  # type: ignore[assignment]


class _Bulk:
    """A prepared ``INSERT`` of many rows for one table and dialect, run straight through the driver.

    SQLite: the driver's ``executemany``, the column types' bind processors applied once per value.
    PostgreSQL: one statement, ``INSERT … SELECT FROM unnest(array, array, …) WITH ORDINALITY`` with an
    array per column, so a document's rows take one round trip and the ids follow the rows' order."""

    _cache: ClassVar[dict[tuple[str, str, tuple[str, ...]], _Bulk]] = {}

    def __init__(self, conn: Connection, table: Table, columns: tuple[str, ...]) -> None:
        dialect = conn.dialect
        compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
        self.sql = str(compiled)
        self.positional = bool(compiled.positional)
        order = list(compiled.positiontup or columns) if self.positional else list(columns)
        self.order = [compiled.binds[name].key if name in compiled.binds else name for name in order]
        self.processors = [table.c[key].type._cached_bind_processor(dialect) for key in self.order]
        self.pg_sql = ""
        self.json_columns: set[str] = set()
        self.float_columns: set[str] = set()
        if dialect.name == "postgresql":
            names = ", ".join(f'"{c}"' for c in columns)
            arrays = ", ".join(f"%s::{_pg_array(table.c[c].type)}" for c in columns)
            aliases = ", ".join(f"c{i}" for i in range(len(columns)))
            self.pg_sql = (
                f'INSERT INTO "{table.name}" ({names}) SELECT {aliases} FROM unnest({arrays}) '
                f"WITH ORDINALITY AS u({aliases}, n) ORDER BY n"
            )
            self.order = list(columns)
            self.json_columns = {c for c in columns if isinstance(table.c[c].type, JSON)}
            self.float_columns = {c for c in columns if isinstance(table.c[c].type, Float)}

    @classmethod
    def for_table(cls, conn: Connection, table: Table, columns: tuple[str, ...]) -> _Bulk:
        key = (conn.dialect.name, table.name, columns)
        bulk = cls._cache.get(key)
        if bulk is None:
            bulk = cls._cache[key] = cls(conn, table, columns)
        return bulk

    def run(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        if self.pg_sql:
            arrays = []
            for key in self.order:
                column = [row[key] for row in rows]
                if key in self.json_columns:
                    column = [None if v is None else json.dumps(v, ensure_ascii=False) for v in column]
                elif key in self.float_columns:  # an array holds one type: 2400 and 2400.5 are both floats
                    column = [None if v is None else float(v) for v in column]
                arrays.append(column)
            conn.exec_driver_sql(self.pg_sql, tuple(arrays))
            return
        getter = itemgetter(*self.order)
        processed = [(i, p, _Memo()) for i, p in enumerate(self.processors) if p is not None]
        params: list[Any] = []
        for row in rows:
            values = list(getter(row))
            for i, process, memo in processed:
                value = values[i]
                if value is not None:
                    values[i] = memo(value, process)
            params.append(tuple(values) if self.positional else dict(zip(self.order, values, strict=True)))
        conn.exec_driver_sql(self.sql, params)


def _pg_array(kind: Any) -> str:
    """The PostgreSQL array type a column's values travel in."""
    if isinstance(kind, JSON):
        return "jsonb[]"
    if isinstance(kind, Integer):
        return "bigint[]"
    if isinstance(kind, Float):
        return "float8[]"
    if isinstance(kind, DateTime):
        return "timestamptz[]"
    if isinstance(kind, Date):
        return "date[]"
    if isinstance(kind, Boolean):
        return "bool[]"
    return "text[]"


class _Memo:
    """Remembers the last value a bind processor saw: the same timestamp or empty alias list on every
    row of a batch is converted once."""

    __slots__ = ("last", "result", "seen")

    def __init__(self) -> None:
        self.seen = False
        self.last: Any = None
        self.result: Any = None

    def __call__(self, value: Any, process: Callable[[Any], Any]) -> Any:
        if not (self.seen and type(value) is type(self.last) and value == self.last):
            self.last, self.result, self.seen = value, process(value), True
        return self.result


def _insert_in_order(conn: Connection, table: Table, rows: list[dict[str, Any]], doc_id: int) -> list[int]:
    """Insert a document's rows with one ``executemany`` and return their ids in the rows' order.

    Ids come from the table's own counter (SQLite's rowid, PostgreSQL's sequence), which hands them out
    in increasing order as the rows go in, and no other transaction adds rows for this document, so the
    document's ids sorted ascending are the rows in the order given."""
    _Bulk.for_table(conn, table, tuple(rows[0])).run(conn, rows)
    ids = conn.scalars(select(table.c.id).where(table.c.document_id == doc_id).order_by(table.c.id)).all()
    if len(ids) != len(rows):
        raise RuntimeError(f"{table.name}: wrote {len(rows)} rows but found {len(ids)}")
    return [int(x) for x in ids]


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _conflict(kind: str, first: int, second: int, now: datetime) -> dict[str, Any]:
    return {"kind": kind, "first_id": first, "second_id": second, "found_at": now}


_KEY_COLUMNS = ("subject", "indicator", "measure", "period_start", "period_end", "reference", "status")


def _stored(conn: Connection, keys: list[Key], *, document_id: int) -> dict[Key, list[Stored]]:
    """The observations the ledger holds for these keys from documents other than ``document_id``.

    The keys go in as a ``VALUES`` list joined to ``observations``, so each is one probe of the series
    index on SQLite and PostgreSQL alike."""
    out: dict[Key, list[Stored]] = {}
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    on = " AND ".join(f"o.{c} = k.column{i}" for i, c in enumerate(_KEY_COLUMNS, start=1))
    one = "(" + ", ".join([mark] * len(_KEY_COLUMNS)) + ")"
    for chunk_start in range(0, len(keys), 500):
        chunk = keys[chunk_start : chunk_start + 500]
        sql = (
            f"SELECT {', '.join('o.' + c for c in _KEY_COLUMNS)}, "
            "o.id, o.value, o.qualifier, o.vintage, o.base_unit "
            f"FROM (VALUES {', '.join([one] * len(chunk))}) AS k JOIN observations o ON {on} "
            f"WHERE o.document_id IS NULL OR o.document_id <> {mark}"
        )
        params = (*(v for key in chunk for v in key), document_id)
        for row in conn.exec_driver_sql(sql, params):
            found: Key = (row[0], row[1], row[2], row[3], row[4], row[5], row[6])
            vintage = row[10] if isinstance(row[10], date) else date.fromisoformat(row[10])
            out.setdefault(found, []).append((int(row[7]), float(row[8]), row[9], vintage, row[11]))
    return out
