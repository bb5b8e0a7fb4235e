"""The figure-mention record of ``docs/figures.md`` (``../shared/spec/figures.md``), and JSONL in and out.

This record is what crosses the boundary from ``reading`` to ``ledger``: the reader produces it, the
ledger's intake stores it, and ``diaodu extract --format jsonl`` prints it one per line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args

from diaodu.errors import MentionsFileError

Measure = Literal["level", "growth", "ratio", "diff", "change", "rank"]
Qualifier = Literal["over", "about", "under"]
Modality = Literal["target", "forecast"]

MEASURES: tuple[str, ...] = get_args(Measure)
QUALIFIERS: tuple[str, ...] = get_args(Qualifier)
MODALITIES: tuple[str, ...] = get_args(Modality)


@dataclass(slots=True)
class FigureMention:
    """One number stated in a report, with what it measures and where it stands in the text."""

    doc: str
    start: int
    end: int
    text: str
    measure: str
    value: float
    unit: str | None = None
    qualifier: str | None = None
    modality: str | None = None
    subject: str = ""
    indicator: str = ""
    period: str | None = None
    reference: str | None = None
    subject_aliases: list[str] = field(default_factory=list)
    indicator_aliases: list[str] = field(default_factory=list)
    period_aliases: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        """What is wrong with this record, as short phrases; empty when it is valid."""
        out: list[str] = []
        if self.measure not in MEASURES:
            out.append(f"measure {self.measure!r} is not one of {', '.join(MEASURES)}")
        if self.qualifier is not None and self.qualifier not in QUALIFIERS:
            out.append(f"qualifier {self.qualifier!r} is not one of {', '.join(QUALIFIERS)}")
        if self.modality is not None and self.modality not in MODALITIES:
            out.append(f"modality {self.modality!r} is not one of {', '.join(MODALITIES)}")
        if not (0 <= self.start < self.end):
            out.append(f"span {self.start}..{self.end} is empty or negative")
        if len(self.text) != self.end - self.start:
            out.append("text is not as long as its span")
        return out

    def to_json(self) -> str:
        """One JSONL line, in the spec's field order; empty alias lists are left out."""
        data = asdict(self)
        for key in ("subject_aliases", "indicator_aliases", "period_aliases"):
            if not data[key]:
                del data[key]
        value = data["value"]
        if isinstance(value, float) and value.is_integer():
            data["value"] = int(value)
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FigureMention:
        """Build a record from a parsed JSON object; raises ``KeyError``/``TypeError``/``ValueError``."""
        known = {f for f in cls.__dataclass_fields__}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown field(s): {', '.join(sorted(unknown))}")
        for required in ("doc", "start", "end", "text", "measure", "value"):
            if required not in data:
                raise KeyError(required)
        kwargs = dict(data)
        kwargs["start"] = _int(kwargs["start"], "start")
        kwargs["end"] = _int(kwargs["end"], "end")
        value = kwargs["value"]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"value must be a number, not {value!r}")
        kwargs["value"] = float(value)
        for key in ("subject_aliases", "indicator_aliases", "period_aliases"):
            kwargs[key] = list(kwargs.get(key) or [])
        return cls(**kwargs)


def _int(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be a whole number, not {value!r}")
    return value


def read_jsonl(path: str | Path) -> Iterator[FigureMention]:
    """Yield the records of a JSONL file; a bad line raises ``MentionsFileError`` naming file and line."""
    p = Path(path)
    try:
        handle = p.open("rb")
    except OSError as exc:
        raise MentionsFileError(f"cannot open: {exc.strerror}", path=str(p)) from exc
    with handle:
        for number, raw in enumerate(handle, start=1):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise MentionsFileError("not UTF-8 text", path=str(p), line=number) from exc
            if not line.strip():
                continue
            try:
                record = FigureMention.from_dict(json.loads(line))
            except json.JSONDecodeError as exc:
                raise MentionsFileError(
                    f"not JSON ({exc.msg}, column {exc.colno})", path=str(p), line=number
                ) from exc
            except KeyError as exc:
                raise MentionsFileError(f"missing field {exc.args[0]!r}", path=str(p), line=number) from exc
            except (TypeError, ValueError) as exc:
                raise MentionsFileError(str(exc), path=str(p), line=number) from exc
            problems = record.problems()
            if problems:
                raise MentionsFileError("; ".join(problems), path=str(p), line=number)
            yield record


def write_jsonl(records: Iterable[FigureMention], handle: Any) -> int:
    """Write records one per line to a text handle; return how many."""
    count = 0
    for record in records:
        handle.write(record.to_json())
        handle.write("\n")
        count += 1
    return count
