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

A document's row, mentions, observations, provenance, conflicts and one audit entry naming every row
written commit together or not at all: :meth:`Intake.ingest` makes one transaction of one document;
:meth:`Intake.ingest_many` (``diaodu read``) commits whole documents in groups of about
``COMMIT_EVERY`` mentions, which writes each shared index page once a group. The writes go straight
through the driver (multi-row ``INSERT … VALUES`` on SQLite, one JSON-array statement per table on
PostgreSQL) with ids handed out up front, so nothing is read back but the stored observations of the
document's keys.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from itertools import chain
from typing import Any

from sqlalchemy import Connection, Engine, Table

from diaodu.errors import InputError
from diaodu.ledger import indicators as indicators_mod
from diaodu.ledger import regions as regions_mod
from diaodu.ledger.db import transaction
from diaodu.ledger.documents import SourceFile
from diaodu.ledger.tables.audit import AuditEntry
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
    """``value * factor`` rounded to 15 significant digits (so 595.92 亿元 is 59592000000 元, not
    59592000000.000008)."""
    if factor == 1.0:
        return value
    scaled = value * factor
    # Most published figures scale to a whole number (two decimals of 亿元 are whole 元), and a whole
    # number below 10**15 has at most 15 significant digits: rounding it to 15 changes nothing, so the
    # product is returned as is, bit for bit what the formatting below gives (-0.0 included), without
    # its decimal conversion there and back (0.070 s → 0.025 s of process time per 100,000 values).
    if scaled.is_integer() and -1e15 < scaled < 1e15:
        return scaled
    return float(f"{scaled:.15g}")


_STATUSES = {"target": "target", "forecast": "estimated"}


def status_of(modality: str | None) -> str:
    """What a mention's modality makes its observation: a target, an estimate, or (null) an outcome."""
    return _STATUSES.get(modality or "", "provisional")


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
    text = source.text
    n = len(text)
    default: tuple[str, int | None] = (source.path or source.name, None)
    known = len(where)
    for i, m in enumerate(mentions):
        problems = m.problems()
        if problems or m.end > n or text[m.start : m.end] != m.text:
            raise _refusal(source, m, problems, where[i] if i < known else default)
        try:
            start, end = parse_period(m.period)
        except ValueError as exc:
            path, line = where[i] if i < known else default
            raise InputError(str(exc), path=path, line=line) from exc
        if not math.isfinite(m.value):
            path, line = where[i] if i < known else default
            raise InputError(f"value {m.value!r} is not a finite number", path=path, line=line)
        value, base = to_base(m.value, m.unit)
        out.append(Prepared(m, start, end, value, base, _STATUSES.get(m.modality or "", "provisional")))
    return out


def _refusal(
    source: SourceFile, m: FigureMention, problems: list[str], where: tuple[str, int | None]
) -> InputError:
    """Why a mention does not fit its document, the first problem found."""
    path, line = where
    n = len(source.text)
    if problems:
        return InputError("; ".join(problems), path=path, line=line)
    if m.end > n:
        msg = f"span {m.start}..{m.end} runs past the end of {source.name} ({n} characters)"
        return InputError(msg, path=path, line=line)
    return InputError(
        f"text {m.text!r} is not what {source.name} holds at {m.start}..{m.end} "
        f"({source.text[m.start : m.end]!r})",
        path=path,
        line=line,
    )


def report_period(prepared: Sequence[Prepared]) -> str | None:
    """The period a document reports on, as the spec writes periods: the one its figures state most
    often (a monthly release states most of its figures for 1–N月); on a tie, the later-ending and then
    the longer one. ``None`` when no figure names a period."""
    counts: dict[str, int] = {}
    for p in prepared:
        if p.mention.period:
            counts[p.mention.period] = counts.get(p.mention.period, 0) + 1
    if not counts:
        return None
    top = max((n, parse_period(k)[1]) for k, n in counts.items())
    tied = [k for k, n in counts.items() if (n, parse_period(k)[1]) == top]
    return min(tied, key=lambda k: (parse_period(k)[0], k))


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


#: Mentions per commit in :meth:`Intake.ingest_many` (documents are never split across commits).
COMMIT_EVERY = 5_000


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
        self._sequences: dict[str, str] = {}

    def ingest(self, source: SourceFile, prepared: Sequence[Prepared]) -> IngestResult:
        """Store one document with its prepared mentions, in one transaction. A document already in the
        ledger (by content hash) is skipped, also when another process stores it at the same moment:
        the document's own ``INSERT … ON CONFLICT DO NOTHING`` decides, under the table's unique key."""
        with self.engine.begin() as conn:
            return self._ingest(conn, source, prepared)

    def ingest_many(
        self, items: Iterable[tuple[SourceFile, Sequence[Prepared]]], *, commit_every: int = COMMIT_EVERY
    ) -> Iterator[IngestResult]:
        """Store many documents, committing them in groups (group commit): a group is closed once it
        holds ``commit_every`` mentions or more, and a document is never split. Each document is still
        whole or absent: a group commits or rolls back entirely, and a result is yielded only once its
        group has committed, so what the caller reports as stored is stored. A failure rolls back the
        documents of its group not yet committed (reading them again stores them: intake is idempotent).

        Why: each commit writes every index page the group dirtied; documents of one batch share the
        pages of the series index, so committing them together writes each page once, not once a
        document (``make bench`` prints both ways)."""
        group: list[tuple[SourceFile, Sequence[Prepared]]] = []
        size = 0
        for source, prepared in items:
            group.append((source, prepared))
            size += len(prepared)
            if size >= commit_every:
                yield from self._ingest_group(group)
                group, size = [], 0
        if group:
            yield from self._ingest_group(group)

    def _ingest_group(self, group: list[tuple[SourceFile, Sequence[Prepared]]]) -> list[IngestResult]:
        with self.engine.begin() as conn:
            return [self._ingest(conn, source, prepared) for source, prepared in group]

    def _ingest(self, conn: Connection, source: SourceFile, prepared: Sequence[Prepared]) -> IngestResult:
        w = _Writer.for_connection(conn, self)
        now = datetime.now(UTC)
        vintage = source.published_on or self.today
        doc_row = {
            "sha256": source.sha256,
            "file_name": source.name,
            "title": source.title,
            "publisher": source.publisher,
            "published_on": source.published_on,
            "report_year": source.report_year,
            "report_period": report_period(prepared),
            "encoding": source.encoding,
            "text": source.text,
            "read_at": now,
            "read_by": self.actor,
        }
        doc_id = w.document(doc_row)
        if doc_id is None:  # already in the ledger: nothing was written
            return IngestResult(source.name, w.existing(source.sha256), skipped=True)

        groups = self._group(prepared)
        mention_ids, obs_ids = w.allocate(len(prepared), len(groups))
        for obs, new_id in zip(groups, obs_ids, strict=True):
            obs.id = new_id
            obs.document_id = doc_id
        # Conflicts are worked out before this document's observations go in: the look-up of what the
        # ledger held then meets only other documents' rows.
        conflict_rows = self._conflicts(w, groups, vintage, now)
        sources = [(obs.id, mention_ids[i]) for obs in groups for i in obs.mention_idx]
        if prepared:
            w.mentions(mention_ids, doc_id, prepared)
        if groups:
            w.observations(self, groups, doc_id, vintage, now)
            w.sources(sources)
        conflict_ids = w.conflicts(conflict_rows, now) if conflict_rows else []

        after: dict[str, Any] = {k: v for k, v in doc_row.items() if k != "text"}
        after.update(
            id=doc_id,
            mentions=len(mention_ids),
            mention_ids=mention_ids,
            observation_ids=obs_ids,
            sources=sources,  # (observation, mention): the provenance rows
            conflict_ids=conflict_ids,
        )
        w.audit(
            {
                "at": now,
                "actor": self.actor,
                "action": "read",
                "table_name": "documents",
                "row_id": str(doc_id),
                "after": {k: _jsonable(v) for k, v in after.items()},
                "note": f"{source.name}: {len(mention_ids)} mentions, {len(groups)} observations, "
                f"{len(conflict_ids)} conflicts",
            }
        )
        return IngestResult(
            source.name,
            doc_id,
            mentions=len(mention_ids),
            observations=len(groups),
            conflicts=len(conflict_ids),
            observation_ids=obs_ids,
        )

    def _group(self, prepared: Sequence[Prepared]) -> list[_NewObs]:
        """The document's observations, in order of first mention: mentions of one key and qualifier
        whose values read the same to 12 significant digits are one observation."""
        out: list[_NewObs] = []
        index: dict[tuple[Key, str, str | None], _NewObs] = {}
        units, indicators = self.units, self.indicators
        for i, p in enumerate(prepared):
            m = p.mention
            unit = units.get(m.subject)
            ind = indicators.get(m.indicator)
            key: Key = (
                unit[1] if unit else m.subject,
                ind[1] if ind else m.indicator,
                m.measure,
                p.period_start,
                p.period_end,
                m.reference or "",
                p.status,
            )
            token = (key, f"{p.value:.12g}", m.qualifier)
            obs = index.get(token)
            if obs is None:
                obs = index[token] = _NewObs(key, p.value, m.qualifier, p, [])
                out.append(obs)
            obs.mention_idx.append(i)
        return out

    def _conflicts(
        self, w: _Writer, groups: list[_NewObs], vintage: date, now: datetime
    ) -> list[tuple[str, int, int]]:
        """(kind, first observation, second observation) of every disagreement the new observations
        make, among themselves and with what the ledger held before (one query for all keys)."""
        if not groups:
            return []
        by_key: dict[Key, list[_NewObs]] = {}
        for obs in groups:
            by_key.setdefault(obs.key, []).append(obs)
        rows: list[tuple[str, int, int]] = []
        # within this document
        for members in by_key.values():
            if len(members) < 2:
                continue
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    if a.first.base_unit == b.first.base_unit and not agree(
                        a.value, a.qualifier, b.value, b.qualifier
                    ):
                        rows.append(("same_vintage", a.id, b.id))
        # against what the ledger held before
        stored = w.stored(list(by_key), groups[0].document_id)
        for key, olds in stored.items():
            members = by_key[key]
            same, nearest = _nearest(olds, vintage)
            for new in members:
                for old in same:
                    if old[4] == new.first.base_unit and not agree(old[1], old[2], new.value, new.qualifier):
                        rows.append(("same_vintage", old[0], new.id))
                for old in nearest:
                    if old[4] == new.first.base_unit and not agree(old[1], old[2], new.value, new.qualifier):
                        rows.append(("restatement", old[0], new.id))
        return rows


def _nearest(olds: list[Stored], vintage: date) -> tuple[list[Stored], list[Stored]]:
    """A key's stored observations of the same vintage, and those of the nearest earlier vintage then
    the nearest later one (each in the order stored), which are the ones a new value is checked
    against."""
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
    return same, nearest


DOCUMENTS: Table = Document.__table__  # type: ignore[assignment]
MENTIONS: Table = Mention.__table__  # type: ignore[assignment]
OBSERVATIONS: Table = Observation.__table__  # type: ignore[assignment]
SOURCES: Table = ObservationSource.__table__  # type: ignore[assignment]
CONFLICTS: Table = Conflict.__table__  # type: ignore[assignment]
AUDIT: Table = AuditEntry.__table__  # type: ignore[assignment]

_DOC_COLUMNS = (
    "sha256",
    "file_name",
    "title",
    "publisher",
    "published_on",
    "report_year",
    "report_period",
    "encoding",
    "text",
    "read_at",
    "read_by",
)
_MENTION_COLUMNS = (
    "id",
    "document_id",
    "start",
    "end",
    "text",
    "measure",
    "value",
    "unit",
    "qualifier",
    "modality",
    "subject",
    "indicator",
    "period",
    "reference",
    "subject_aliases",
    "indicator_aliases",
    "period_aliases",
    "review_state",
)
_OBS_COLUMNS = (
    "id",
    "subject",
    "indicator",
    "measure",
    "period_start",
    "period_end",
    "reference",
    "status",
    "unit_id",
    "indicator_id",
    "value",
    "base_unit",
    "unit_as_published",
    "value_as_published",
    "qualifier",
    "modality",
    "vintage",
    "document_id",
    "recorded_at",
    "recorded_by",
)
_AUDIT_COLUMNS = ("at", "actor", "action", "table_name", "row_id", "after", "note")
_KEY_COLUMNS = ("subject", "indicator", "measure", "period_start", "period_end", "reference", "status")


def _names(columns: Sequence[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _alias_list(value: list[str] | None) -> list[str]:
    return value or []


def _mention_fields(m: FigureMention, aliases: Callable[[list[str] | None], Any]) -> tuple[Any, ...]:
    """A mention's stored fields after its id and document, in ``_MENTION_COLUMNS`` order; ``aliases``
    encodes each alias list the way the backend's writer sends JSON."""
    return (
        m.start,
        m.end,
        m.text,
        m.measure,
        m.value,
        m.unit,
        m.qualifier,
        m.modality,
        m.subject,
        m.indicator,
        m.period,
        m.reference,
        aliases(m.subject_aliases),
        aliases(m.indicator_aliases),
        aliases(m.period_aliases),
    )


class _Writer:
    """One document's writes through the driver's own cursor, inside the caller's transaction.

    Row ids are handed out before the rows go in (SQLite: after the highest id, under the write lock the
    document's ``INSERT`` took; PostgreSQL: from each table's sequence), so nothing is read back.
    SQLite takes each table's rows in multi-row ``INSERT … VALUES``; PostgreSQL with one statement reading a
    JSON array (``jsonb_array_elements``), a round trip per table."""

    def __init__(self, conn: Connection, intake: Intake) -> None:
        self.conn = conn
        self.intake = intake
        self.dialect = conn.dialect
        raw: Any = conn.connection.driver_connection
        if raw is None:
            raise RuntimeError("intake needs an open database connection")
        self.raw = raw
        # In autocommit each statement would commit on its own and a document could land in part
        # (pysqlite: no isolation level; psycopg and Python 3.12's sqlite3: ``autocommit`` true).
        sqlite_autocommit = conn.dialect.name == "sqlite" and getattr(raw, "isolation_level", "") is None
        if getattr(raw, "autocommit", False) is True or sqlite_autocommit:
            raise RuntimeError("intake needs a transaction, and this connection is in autocommit mode")
        self.cur: Any = raw.cursor()

    @staticmethod
    def for_connection(conn: Connection, intake: Intake) -> _Writer:
        if conn.dialect.name == "postgresql":
            return _PgWriter(conn, intake)
        return _SqliteWriter(conn, intake)

    def document(self, row: dict[str, Any]) -> int | None:
        raise NotImplementedError

    def existing(self, sha256: str) -> int:
        self.cur.execute(f"SELECT id FROM documents WHERE sha256 = {self.mark}", (sha256,))
        found = self.cur.fetchone()
        if found is None:
            raise RuntimeError(f"document {sha256} neither stored nor found")
        return int(found[0])

    mark = "?"

    def allocate(self, mentions: int, observations: int) -> tuple[list[int], list[int]]:
        raise NotImplementedError

    def mentions(self, ids: list[int], doc_id: int, prepared: Sequence[Prepared]) -> None:
        raise NotImplementedError

    def observations(
        self, intake: Intake, groups: list[_NewObs], doc_id: int, vintage: date, now: datetime
    ) -> None:
        raise NotImplementedError

    def sources(self, pairs: list[tuple[int, int]]) -> None:
        raise NotImplementedError

    def conflicts(self, rows: list[tuple[str, int, int]], now: datetime) -> list[int]:
        raise NotImplementedError

    def audit(self, row: dict[str, Any]) -> None:
        raise NotImplementedError

    def stored(self, keys: list[Key], document_id: int) -> dict[Key, list[Stored]]:
        raise NotImplementedError

    def _obs_values(
        self, intake: Intake, obs: _NewObs, doc_id: int, vintage: Any, now: Any
    ) -> tuple[Any, ...]:
        p = obs.first
        m = p.mention
        key = obs.key
        unit = intake.units.get(m.subject)
        ind = intake.indicators.get(m.indicator)
        return (
            obs.id,
            key[0],
            key[1],
            key[2],
            key[3],
            key[4],
            key[5],
            key[6],
            unit[0] if unit else None,
            ind[0] if ind else None,
            obs.value,
            p.base_unit,
            m.unit,
            m.value,
            obs.qualifier,
            m.modality,
            vintage,
            doc_id,
            now,
            intake.actor,
        )


class _SqliteWriter(_Writer):
    mark = "?"

    def __init__(self, conn: Connection, intake: Intake) -> None:
        super().__init__(conn, intake)
        dialect = self.dialect
        self.datetime = DOCUMENTS.c.read_at.type._cached_bind_processor(dialect) or _same
        self.date = DOCUMENTS.c.published_on.type._cached_bind_processor(dialect) or _same
        self.json = MENTIONS.c.subject_aliases.type._cached_bind_processor(dialect) or _same
        self.empty_json = self.json([])
        self.max_params = int(self.raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
        if not conn.info.get("diaodu.intake.pragmas"):
            # A bigger page cache and fewer WAL checkpoints for this connection: intake dirties index
            # pages all over the series index, and each checkpoint writes them back with an fsync.
            self.cur.execute("PRAGMA cache_size=-65536")
            self.cur.execute("PRAGMA wal_autocheckpoint=20000")
            conn.info["diaodu.intake.pragmas"] = True

    def document(self, row: dict[str, Any]) -> int | None:
        values = [row[c] for c in _DOC_COLUMNS]
        values[4] = None if values[4] is None else self.date(values[4])
        values[9] = self.datetime(values[9])
        self.cur.execute(
            f"INSERT INTO documents ({_names(_DOC_COLUMNS)}) VALUES ({', '.join('?' * len(_DOC_COLUMNS))}) "
            "ON CONFLICT (sha256) DO NOTHING",
            values,
        )
        if self.cur.rowcount != 1:
            return None
        return int(self.cur.lastrowid)

    def allocate(self, mentions: int, observations: int) -> tuple[list[int], list[int]]:
        # The document's INSERT holds SQLite's one write lock until commit: no other writer can take
        # ids above these maxima meanwhile.
        self.cur.execute("SELECT (SELECT max(id) FROM mentions), (SELECT max(id) FROM observations)")
        top_m, top_o = self.cur.fetchone()
        first_m, first_o = (top_m or 0) + 1, (top_o or 0) + 1
        return list(range(first_m, first_m + mentions)), list(range(first_o, first_o + observations))

    def _insert(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], last: str = ""
    ) -> None:
        """Rows as multi-row ``INSERT … VALUES (…), (…)`` statements, as many rows to a statement as
        SQLite's limit on parameters allows. One statement for many rows rather than ``executemany``:
        SQLite sets up each ``CHECK (x IN (…))`` list once per statement run, so per row in an
        ``executemany``, which doubles the cost of a row."""
        width = len(rows[0]) if rows else 0
        if not width:
            return
        per = max(1, min(500, self.max_params // width))
        one = "(" + ", ".join(["?"] * width) + (f", {last}" if last else "") + ")"
        head = f'INSERT INTO "{table}" ({_names(columns)}) VALUES '
        for begin in range(0, len(rows), per):
            chunk = rows[begin : begin + per]
            self.cur.execute(head + ", ".join([one] * len(chunk)), list(chain.from_iterable(chunk)))

    def _aliases(self, value: list[str] | None) -> Any:
        return self.empty_json if not value else self.json(value)

    def mentions(self, ids: list[int], doc_id: int, prepared: Sequence[Prepared]) -> None:
        rows = [
            (new_id, doc_id, *_mention_fields(p.mention, self._aliases))
            for new_id, p in zip(ids, prepared, strict=True)
        ]
        self._insert("mentions", _MENTION_COLUMNS, rows, last="'extracted'")

    def observations(
        self, intake: Intake, groups: list[_NewObs], doc_id: int, vintage: date, now: datetime
    ) -> None:
        day, stamp = self.date(vintage), self.datetime(now)
        values = self._obs_values
        self._insert(
            "observations", _OBS_COLUMNS, [values(intake, obs, doc_id, day, stamp) for obs in groups]
        )

    def sources(self, pairs: list[tuple[int, int]]) -> None:
        self._insert("observation_sources", ("observation_id", "mention_id"), pairs)

    def conflicts(self, rows: list[tuple[str, int, int]], now: datetime) -> list[int]:
        self.cur.execute("SELECT max(id) FROM conflicts")
        first = (self.cur.fetchone()[0] or 0) + 1
        stamp = self.datetime(now)
        ids = list(range(first, first + len(rows)))
        self.cur.executemany(
            "INSERT INTO conflicts (id, kind, first_id, second_id, found_at) VALUES (?, ?, ?, ?, ?)",
            [(new_id, *row, stamp) for new_id, row in zip(ids, rows, strict=True)],
        )
        return ids

    def audit(self, row: dict[str, Any]) -> None:
        values = [row[c] for c in _AUDIT_COLUMNS]
        values[0] = self.datetime(values[0])
        values[5] = self.json(values[5])
        marks = ", ".join("?" * len(_AUDIT_COLUMNS))
        self.cur.execute(f"INSERT INTO audit_log ({_names(_AUDIT_COLUMNS)}) VALUES ({marks})", values)

    def stored(self, keys: list[Key], document_id: int) -> dict[Key, list[Stored]]:
        """The observations the ledger holds for these keys from documents other than ``document_id``:
        the keys go in as bound ``VALUES`` rows (plain parameters compare faster than ``json_extract``
        on every probe), and each is one probe of the series index (``CROSS JOIN`` keeps the keys the
        outer loop). As many keys to a statement as SQLite's limit on parameters allows."""
        out: dict[Key, list[Stored]] = {}
        width = len(_KEY_COLUMNS) + 1
        per = max(1, min(500, (self.max_params - 1) // width))
        on = " AND ".join(f"o.{c} = k.c{i}" for i, c in enumerate(_KEY_COLUMNS))
        names = ", ".join(f"c{i}" for i in range(len(_KEY_COLUMNS)))
        one = "(" + ", ".join("?" * width) + ")"
        for begin in range(0, len(keys), per):
            chunk = keys[begin : begin + per]
            params: list[Any] = []
            for n, key in enumerate(chunk, begin):
                params.append(n)
                params.extend(key)
            params.append(document_id)
            self.cur.execute(
                f"WITH k(n, {names}) AS (VALUES {', '.join([one] * len(chunk))}) "
                "SELECT k.n, o.id, o.value, o.qualifier, o.vintage, o.base_unit "
                f"FROM k CROSS JOIN observations AS o ON {on} WHERE o.document_id IS NOT ?",
                params,
            )
            for n, obs_id, value, qualifier, vintage, base_unit in self.cur.fetchall():
                day = vintage if isinstance(vintage, date) else date.fromisoformat(vintage)
                out.setdefault(keys[n], []).append((int(obs_id), float(value), qualifier, day, base_unit))
        return out


class _PgWriter(_Writer):
    mark = "%s"

    def _sequence(self, table: str) -> str:
        name = self.intake._sequences.get(table)
        if name is None:
            self.cur.execute("SELECT pg_get_serial_sequence(%s, 'id')", (table,))
            name = self.intake._sequences[table] = str(self.cur.fetchone()[0])
        return name

    def document(self, row: dict[str, Any]) -> int | None:
        marks = ", ".join(["%s"] * len(_DOC_COLUMNS))
        self.cur.execute(
            f"INSERT INTO documents ({_names(_DOC_COLUMNS)}) VALUES ({marks}) "
            "ON CONFLICT (sha256) DO NOTHING RETURNING id",
            [row[c] for c in _DOC_COLUMNS],
        )
        found = self.cur.fetchone()
        return None if found is None else int(found[0])

    def allocate(self, mentions: int, observations: int) -> tuple[list[int], list[int]]:
        self.cur.execute(
            "SELECT ARRAY(SELECT nextval(%s::regclass) FROM generate_series(1, %s)), "
            "ARRAY(SELECT nextval(%s::regclass) FROM generate_series(1, %s))",
            (self._sequence("mentions"), mentions, self._sequence("observations"), observations),
        )
        got_m, got_o = self.cur.fetchone()
        return [int(x) for x in got_m], [int(x) for x in got_o]

    def _insert_json(self, table: str, columns: Sequence[str], kinds: Sequence[str], rows: list[Any]) -> None:
        values = ", ".join(
            f"(e->{i})" if kind == "jsonb" else f"(e->>{i})::{kind}" for i, kind in enumerate(kinds)
        )
        self.cur.execute(
            f'INSERT INTO "{table}" ({_names(columns)}) '
            f"SELECT {values} FROM jsonb_array_elements(%s::jsonb) AS e",
            (json.dumps(rows, ensure_ascii=False),),
        )

    def mentions(self, ids: list[int], doc_id: int, prepared: Sequence[Prepared]) -> None:
        rows = [
            (new_id, doc_id, *_mention_fields(p.mention, _alias_list), "extracted")
            for new_id, p in zip(ids, prepared, strict=True)
        ]
        self._insert_json("mentions", _MENTION_COLUMNS, _MENTION_KINDS, rows)

    def observations(
        self, intake: Intake, groups: list[_NewObs], doc_id: int, vintage: date, now: datetime
    ) -> None:
        day, stamp = vintage.isoformat(), now.isoformat()
        values = self._obs_values
        self._insert_json(
            "observations",
            _OBS_COLUMNS,
            _OBS_KINDS,
            [values(intake, obs, doc_id, day, stamp) for obs in groups],
        )

    def sources(self, pairs: list[tuple[int, int]]) -> None:
        self._insert_json(
            "observation_sources", ("observation_id", "mention_id"), ("bigint", "bigint"), pairs
        )

    def conflicts(self, rows: list[tuple[str, int, int]], now: datetime) -> list[int]:
        self.cur.execute(
            "INSERT INTO conflicts (kind, first_id, second_id, found_at) "
            "SELECT e->>0, (e->>1)::bigint, (e->>2)::bigint, %s FROM jsonb_array_elements(%s::jsonb) AS e "
            "RETURNING id",
            (now, json.dumps(rows)),
        )
        return sorted(int(r[0]) for r in self.cur.fetchall())

    def audit(self, row: dict[str, Any]) -> None:
        values = [row[c] for c in _AUDIT_COLUMNS]
        values[5] = json.dumps(values[5], ensure_ascii=False)
        marks = ", ".join("%s::jsonb" if c == "after" else "%s" for c in _AUDIT_COLUMNS)
        self.cur.execute(f"INSERT INTO audit_log ({_names(_AUDIT_COLUMNS)}) VALUES ({marks})", values)

    def stored(self, keys: list[Key], document_id: int) -> dict[Key, list[Stored]]:
        """As on SQLite: the keys as one JSON array, each a probe of the series index. The probe is a
        ``LATERAL`` subquery kept from being flattened (``OFFSET 0``), so the planner runs it once per
        key on the index whatever its statistics say about the table."""
        on = " AND ".join(f"o.{c} = k.e->>{i}" for i, c in enumerate(_KEY_COLUMNS))
        self.cur.execute(
            "SELECT k.n - 1, o.id, o.value, o.qualifier, o.vintage, o.base_unit "
            "FROM jsonb_array_elements(%s::jsonb) WITH ORDINALITY AS k(e, n) CROSS JOIN LATERAL ("
            "SELECT o.id, o.value, o.qualifier, o.vintage, o.base_unit FROM observations AS o "
            f"WHERE {on} AND o.document_id IS DISTINCT FROM %s::bigint OFFSET 0) AS o",
            (json.dumps(keys, ensure_ascii=False), document_id),
        )
        out: dict[Key, list[Stored]] = {}
        for n, obs_id, value, qualifier, vintage, base_unit in self.cur.fetchall():
            out.setdefault(keys[n], []).append((int(obs_id), float(value), qualifier, vintage, base_unit))
        return out


_MENTION_KINDS = (
    "bigint",
    "bigint",
    "int",
    "int",
    "text",
    "text",
    "float8",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "jsonb",
    "jsonb",
    "jsonb",
    "text",
)
_OBS_KINDS = (
    "bigint",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "bigint",
    "bigint",
    "float8",
    "text",
    "text",
    "float8",
    "text",
    "text",
    "date",
    "bigint",
    "timestamptz",
    "text",
)


def _same(value: Any) -> Any:
    return value


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value
