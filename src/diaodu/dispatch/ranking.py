"""争先创优: rank units within their class (A, B …) by weighted indicator scores.

A scheme is a YAML data file, checked on load (``load_scheme``)::

    name: 经济高质量发展争先创优         # the scheme; ``ranking_values.scheme`` uses this name
    missing: zero                      # zero: a missing value scores 0 on that indicator
                                       # exclude: a unit missing any value is listed but not ranked
    classes:
      A: [衡阳县, 衡南县, …]            # unit names or aliases, each in one class only
      B: [珠晖区, 雁峰区, …]
    indicators:                        # weights add up to 100
      - {name: 地区生产总值增速, weight: 30, better: higher}
      - {name: 失业率, weight: 10, better: lower}

The rule (``RULE``, shown with every table): within a class, an indicator's points are weight × (value −
class minimum) ÷ (class maximum − class minimum), reversed when lower is better; when every unit has the
same value each gets the full weight. The total is the sum of points, rounded to two decimals. Equal
totals share a rank (1, 1, 3) and are marked 并列. Missing data is handled by the scheme's ``missing``
rule and stated on the unit's row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from diaodu.errors import InputError
from diaodu.ledger.regions import name_map
from diaodu.ledger.tables.regions import Unit
from diaodu.ledger.tables.work import RankingValue
from diaodu.ledger.writes import insert, update

RULE = (
    "类内各指标得分＝权重×（本单位值－类内最低值）÷（类内最高值－类内最低值），越低越好的指标反向计算；"
    "类内各单位数值相同时均得满分。总分为各项得分之和（保留两位小数），总分相同者并列。"
)
MISSING_RULES = {
    "zero": "缺少数据的指标记0分，并在该单位行内注明。",
    "exclude": "缺少任一指标数据的单位不参加排名，列于表末并注明所缺指标。",
}


class IndicatorSpec(BaseModel):
    """One weighted indicator of a scheme."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    weight: float = Field(gt=0, le=100)
    better: Literal["higher", "lower"] = "higher"


class Scheme(BaseModel):
    """A 争先创优 scheme: classes of units and weighted indicators."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    missing: Literal["zero", "exclude"] = "zero"
    classes: dict[str, list[str]] = Field(min_length=1)
    indicators: list[IndicatorSpec] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Scheme:
        total = sum(i.weight for i in self.indicators)
        if abs(total - 100) > 1e-6:
            raise ValueError(f"indicator weights add up to {total:g}, not 100")
        names = [i.name for i in self.indicators]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"indicator listed twice: {', '.join(dupes)}")
        seen: dict[str, str] = {}
        for cls, units in self.classes.items():
            if not units:
                raise ValueError(f"class {cls} has no units")
            for unit in units:
                if unit in seen:
                    raise ValueError(f"unit {unit} is in class {seen[unit]} and class {cls}")
                seen[unit] = cls
        return self

    def rule_text(self) -> str:
        """The scoring rule as shown under every ranking table."""
        weights = "；".join(
            f"{i.name}{i.weight:g}分（{'越高越好' if i.better == 'higher' else '越低越好'}）"
            for i in self.indicators
        )
        return f"{RULE}{MISSING_RULES[self.missing]}指标及权重：{weights}。"


def load_scheme(path: str | Path) -> Scheme:
    """Read and check a scheme file; ``InputError`` naming the file and the entry when it is bad."""
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"无法读取排名方案文件（{exc.strerror}）", path=str(p)) from exc
    except yaml.YAMLError as exc:
        raise InputError(f"排名方案不是有效的YAML：{exc}", path=str(p)) from exc
    try:
        return Scheme.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "（整个文件）"
        raise InputError(f"排名方案有误：{where}：{first['msg']}", path=str(p)) from exc


@dataclass(frozen=True)
class RankedUnit:
    """One unit's row in a ranking table."""

    unit: str
    rank: int | None
    score: float | None
    points: dict[str, float | None]
    values: dict[str, float | None]
    tied: bool
    note: str


@dataclass(frozen=True)
class RankingTable:
    """The ranking of one class, with the rule that produced it."""

    scheme: str
    period: str
    cls: str
    indicators: list[str]
    rows: list[RankedUnit]
    rule: str
    notes: list[str] = field(default_factory=list)


def rank_class(
    scheme: Scheme, cls: str, values: dict[str, dict[str, float | None]], period: str = ""
) -> RankingTable:
    """Rank the units of class ``cls`` from ``values`` (unit → indicator → value or ``None``)."""
    units = scheme.classes[cls]
    names = [i.name for i in scheme.indicators]
    vals = {u: {n: values.get(u, {}).get(n) for n in names} for u in units}
    missing = {u: [n for n in names if vals[u][n] is None] for u in units}
    ranked_units = [u for u in units if not (scheme.missing == "exclude" and missing[u])]
    points: dict[str, dict[str, float | None]] = {u: {} for u in units}
    for spec in scheme.indicators:
        present = [vals[u][spec.name] for u in ranked_units if vals[u][spec.name] is not None]
        lo, hi = (min(present), max(present)) if present else (0.0, 0.0)  # type: ignore[type-var]
        for u in units:
            v = vals[u][spec.name]
            if v is None or u not in ranked_units:
                points[u][spec.name] = None
                continue
            if hi == lo:
                share = 1.0
            elif spec.better == "higher":
                share = (v - lo) / (hi - lo)  # type: ignore[operator]
            else:
                share = (hi - v) / (hi - lo)  # type: ignore[operator]
            points[u][spec.name] = round(spec.weight * share, 4)
    scores = {u: round(sum(p or 0.0 for p in points[u].values()), 2) for u in ranked_units}
    order = sorted(ranked_units, key=lambda u: (-scores[u], units.index(u)))
    rows: list[RankedUnit] = []
    for u in order:
        rank = 1 + sum(1 for other in ranked_units if scores[other] > scores[u])
        tied = sum(1 for other in ranked_units if scores[other] == scores[u]) > 1
        notes = []
        if tied:
            notes.append("并列")
        if missing[u]:
            notes.append(f"缺{'、'.join(missing[u])}数据，该项记0分")
        rows.append(RankedUnit(u, rank, scores[u], points[u], vals[u], tied, "；".join(notes)))
    for u in units:
        if u not in ranked_units:
            note = f"缺{'、'.join(missing[u])}数据，不参加排名"
            rows.append(RankedUnit(u, None, None, points[u], vals[u], False, note))
    table_notes = []
    if any(r.tied for r in rows):
        table_notes.append("总分相同的单位并列同一名次，下一名次顺延。")
    if any(missing[u] for u in units):
        table_notes.append(MISSING_RULES[scheme.missing])
    return RankingTable(scheme.name, period, cls, names, rows, scheme.rule_text(), table_notes)


def stored_values(session: Session, scheme: Scheme, period: str) -> dict[str, dict[str, float | None]]:
    """The values stored for ``scheme`` and ``period``, by canonical unit name then indicator."""
    stmt = (
        select(Unit.name, RankingValue.indicator, RankingValue.value)
        .join(Unit, Unit.id == RankingValue.unit_id)
        .where(RankingValue.scheme == scheme.name, RankingValue.period == period)
    )
    out: dict[str, dict[str, float | None]] = {}
    for unit, indicator, value in session.execute(stmt):
        out.setdefault(unit, {})[indicator] = value
    return out


def rank(session: Session, scheme: Scheme, period: str) -> list[RankingTable]:
    """One ranking table per class, from the values stored for ``period``.

    The scheme's unit names may be aliases; they are resolved to the ledger's canonical names (an
    unknown name raises ``InputError``)."""
    names = name_map(session)
    canonical: dict[str, str] = {}
    for units in scheme.classes.values():
        for u in units:
            if u not in names:
                raise InputError(f"排名方案「{scheme.name}」中的单位「{u}」不在单位库中")
            canonical[u] = names[u][1]
    stored = stored_values(session, scheme, period)
    values = {u: stored.get(canonical[u], {}) for u in canonical}
    return [rank_class(scheme, cls, dict(values), period) for cls in scheme.classes]


def store_value(
    session: Session, scheme: str, period: str, unit_id: int, indicator: str, value: float, *, actor: str
) -> RankingValue:
    """Store one indicator value of a unit for a scheme and period (insert or audited update)."""
    found = session.scalars(
        select(RankingValue).where(
            RankingValue.scheme == scheme,
            RankingValue.period == period,
            RankingValue.unit_id == unit_id,
            RankingValue.indicator == indicator,
        )
    ).first()
    if found is None:
        row = RankingValue(scheme=scheme, period=period, unit_id=unit_id, indicator=indicator, value=value)
        return insert(session, row, actor=actor)
    update(session, found, {"value": value}, actor=actor)
    return found
