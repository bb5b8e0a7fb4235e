"""Ledger commands: ``db``, ``city load``, ``indicators load``, ``read``, ``status``, ``series``,
``sources``, ``conflicts``, ``export``. Each is a thin wrapper over ``diaodu.ledger``.

Every command opens the ledger named by ``DIAODU_DB_URL`` and refuses (``MigrationNeeded``) when its
schema is behind the code, except ``db upgrade``. ``read``, ``city load`` and ``indicators load`` create
the schema themselves on a brand-new SQLite file (one with no tables yet); any other ledger that is
behind needs an explicit ``diaodu db upgrade``.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import click
from sqlalchemy import Engine, inspect

from diaodu.errors import InputError, LexiconError
from diaodu.ledger import batches, export, queries
from diaodu.ledger import documents as documents_mod
from diaodu.ledger import indicators as indicators_mod
from diaodu.ledger import regions as regions_mod
from diaodu.ledger.db import (
    check_schema,
    current_revisions,
    engine_for,
    head_revisions,
    transaction,
    upgrade,
)
from diaodu.ledger.intake import Intake
from diaodu.ledger.tables.figures import Observation
from diaodu.reading.profile import load_profile
from diaodu.settings import get_settings

MEASURE_LABELS = {
    "level": "总量",
    "growth": "增速",
    "ratio": "比率",
    "diff": "百分点差",
    "change": "增减量",
    "rank": "排名",
}
STATUS_LABELS = {"provisional": "初步", "final": "最终", "estimated": "预计", "target": "目标"}
CONFLICT_LABELS = {"same_vintage": "同版本不一致", "restatement": "修订不一致"}


def open_ledger(*, create_if_fresh: bool = False) -> Engine:
    """The ledger engine, its schema checked (and, when asked, created on a brand-new SQLite file)."""
    engine = engine_for(get_settings())
    fresh_sqlite = engine.dialect.name == "sqlite" and not current_revisions(engine)
    if create_if_fresh and fresh_sqlite and not inspect(engine).get_table_names():
        upgrade(engine)
    check_schema(engine)
    return engine


# --- output helpers -------------------------------------------------------------------------------


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * (width - _width(text))
    return gap + text if right else text + gap


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], *, right: Sequence[int] = ()) -> str:
    """A plain-text table whose columns line up with Chinese text (wide characters count twice)."""
    cells = [[_show(c) for c in row] for row in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(_pad(h, widths[i], i in right) for i, h in enumerate(headers)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for r in cells:
        lines.append("  ".join(_pad(c, widths[i], i in right) for i, c in enumerate(r)).rstrip())
    return "\n".join(lines)


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() and abs(value) >= 1e4 else f"{value:g}"
    return str(value)


def _period(start: str, end: str) -> str:
    if not start:
        return "—"
    if start == end:
        return start
    if start.endswith("-01") and end.endswith("-12") and start[:4] == end[:4]:
        return start[:4]
    return f"{start}/{end}"


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


# --- commands ------------------------------------------------------------------------------------


@click.group("db")
def db_group() -> None:
    """The ledger's schema: create it, bring it up to date, check it."""


@db_group.command("upgrade")
def db_upgrade() -> None:
    """Create the ledger, or bring its schema up to the code's newest migrations."""
    engine = engine_for(get_settings())
    upgrade(engine)
    click.echo(f"账本已是最新结构 (schema at {', '.join(sorted(current_revisions(engine)))})")


@db_group.command("check")
def db_check() -> None:
    """Exit 1 with a message when the ledger's schema is behind the code."""
    engine = engine_for(get_settings())
    check_schema(engine)
    click.echo(f"账本结构正常 (schema at {', '.join(sorted(head_revisions()))})")


@click.group("city")
def city_group() -> None:
    """The city profile: the city, its province, peers, districts, counties, parks, departments."""


@city_group.command("load")
@click.argument("path", type=click.Path(path_type=Path))
def city_load(path: Path) -> None:
    """Load a city profile (a folder holding city.yaml, or the file) into the ledger's units.

    Idempotent: loading it again changes nothing; an edited profile updates what changed. Creates the
    ledger first when DIAODU_DB_URL names a brand-new SQLite file."""
    if not path.exists():
        raise InputError("文件不存在 / no such file or folder", path=str(path))
    profile = load_profile(path)
    report = regions_mod.load_profile_units(open_ledger(create_if_fresh=True), profile)
    click.echo(
        f"单位: 新增 {report.added}, 更新 {report.updated}, 未变 {report.unchanged}; "
        f"新增别名 {report.aliases_added}"
    )


@click.group("indicators")
def indicators_group() -> None:
    """The indicator catalogue (指标目录)."""


@indicators_group.command("load")
@click.argument("path", required=False, type=click.Path(path_type=Path))
def indicators_load(path: Path | None) -> None:
    """Load the indicator catalogue: the reader's (diaodu.reading.lexicon), or a YAML file PATH.

    Idempotent. Creates the ledger first when DIAODU_DB_URL names a brand-new SQLite file."""
    if path is not None:
        if not path.exists():
            raise InputError("文件不存在 / no such file", path=str(path))
        entries = indicators_mod.catalogue_from_file(path)
    else:
        entries = indicators_mod.reader_catalogue()
        if not entries:
            raise LexiconError("the reader's indicator catalogue is not available: give a YAML file PATH")
    report = indicators_mod.load_catalogue(open_ledger(create_if_fresh=True), entries)
    click.echo(f"指标: 新增 {report.added}, 更新 {report.updated}, 未变 {report.unchanged}")


@click.command("read")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--mentions",
    "mention_files",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Figure mentions in the JSONL form of docs/figures.md, instead of running the reader.",
)
@click.option(
    "--document",
    "documents",
    multiple=True,
    type=click.Path(path_type=Path),
    help="A document file the mentions refer to (by its file name). Repeatable.",
)
@click.option(
    "--doc-dir",
    "doc_dirs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="A folder to look for the mentions' documents in. Repeatable; the JSONL file's folder is "
    "searched too.",
)
@click.option(
    "--published", help="Publication date (YYYY-MM-DD) for every document, overriding the found one."
)
@click.option("--actor", default="system", show_default=True, help="Who is recorded in the audit log.")
def read_cmd(
    paths: tuple[Path, ...],
    mention_files: tuple[Path, ...],
    documents: tuple[Path, ...],
    doc_dirs: tuple[Path, ...],
    published: str | None,
    actor: str,
) -> None:
    """Store documents with their figure mentions and observations, each document whole or not at all.

    With --mentions, the figures come from JSONL files (PATHs, --document and --doc-dir say where the
    documents are); without, the reader extracts them from each PATH (a file or a folder). Everything is
    checked before anything is written: a missing, binary or undecodable file or a malformed JSONL line
    stops the command with exit status 2 and the ledger untouched. Reading a document already in the
    ledger changes nothing. Documents are committed in groups of about 5,000 figures; a document is
    listed once its group is committed. Creates the ledger first when DIAODU_DB_URL names a brand-new
    SQLite file."""
    when = _parse_date(published)
    if mention_files:
        items = batches.from_mentions(
            mention_files, documents=[*paths, *documents], doc_dirs=doc_dirs, published_on=when
        )
    else:
        if not paths:
            raise click.UsageError("give documents to read, or --mentions FILE.jsonl")
        items = batches.from_reader(paths, published_on=when)
    engine = open_ledger(create_if_fresh=True)
    intake = Intake(engine, actor=actor)
    totals = [0, 0, 0, 0]
    for item, result in zip(
        items, intake.ingest_many((item.source, item.prepared) for item in items), strict=True
    ):
        if result.skipped:
            click.echo(f"{item.source.name}: 已在账本中，跳过 (already in the ledger)")
            continue
        totals[0] += 1
        totals[1] += result.mentions
        totals[2] += result.observations
        totals[3] += result.conflicts
        click.echo(
            f"{item.source.name}: {result.mentions} 个数字, {result.observations} 个观测值, "
            f"{result.conflicts} 个冲突"
        )
    click.echo(f"共读入 {totals[0]} 份文档, {totals[1]} 个数字, {totals[2]} 个观测值, {totals[3]} 个冲突")


@click.command("status")
@click.option("--latest", default=5, show_default=True, help="How many of the latest documents to list.")
def status_cmd(latest: int) -> None:
    """What the ledger holds: rows per table, and the documents read last."""
    engine = open_ledger()
    with transaction(engine) as session:
        counts = queries.counts(session)
        docs = documents_mod.latest_documents(session, latest)
    click.echo(f"账本: {engine.url.render_as_string(hide_password=True)}")
    click.echo(table(["表", "内容", "行数"], [(n, label, c) for n, label, c in counts], right=(2,)))
    if docs:
        click.echo("\n最近读入的文档:")
        click.echo(
            table(
                ["编号", "文件", "发布日期", "数字", "观测值", "标题"],
                [
                    (
                        d.id,
                        d.file_name,
                        d.published_on.isoformat() if d.published_on else "—",
                        m,
                        o,
                        (d.title or "")[:30],
                    )
                    for d, m, o in docs
                ],
                right=(0, 3, 4),
            )
        )


@click.command("series")
@click.option("--subject", required=True, help="Whose figure: a unit's name or alias (衡阳市, 全市, 高新区).")
@click.option("--indicator", required=True, help="What is measured: an indicator's name or alias.")
@click.option(
    "--measure",
    default="level",
    show_default=True,
    type=click.Choice(list(MEASURE_LABELS)),
    help="level, growth, ratio, diff, change or rank.",
)
@click.option("--as-of", "as_of", help="Only what was published on or before this date (YYYY-MM-DD).")
@click.option("--reference", help="Only figures against this reference (diff, change, rank).")
@click.option("--targets", is_flag=True, help="Show targets and forecasts instead of outcomes.")
@click.option(
    "--format", "fmt", default="table", show_default=True, type=click.Choice(["table", "json", "csv"])
)
def series_cmd(
    subject: str,
    indicator: str,
    measure: str,
    as_of: str | None,
    reference: str | None,
    targets: bool,
    fmt: str,
) -> None:
    """A series: each period's newest vintage as of a date."""
    engine = open_ledger()
    statuses = ("target", "estimated") if targets else queries.ACTUAL
    with transaction(engine) as session:
        subject = regions_mod.canonical_subject(session, subject)
        indicator = queries.canonical_indicator(session, indicator)
        points = queries.series(
            session,
            subject,
            indicator,
            measure=measure,
            as_of=_parse_date(as_of),
            reference=reference,
            statuses=statuses,
        )
    if fmt == "json":
        click.echo(json.dumps([p.as_dict() for p in points], ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        rows = [p.as_dict() for p in points]
        keys = list(rows[0]) if rows else ["observation_id", "period_start", "period_end", "value"]
        writer.writerow(keys)
        for row in rows:
            writer.writerow(["" if row[k] is None else row[k] for k in keys])
        return
    title = f"{subject} · {indicator} · {MEASURE_LABELS[measure]}"
    if as_of:
        title += f" · 截至 {as_of}"
    click.echo(title)
    if not points:
        click.echo("（没有数据 / no figures）")
        return
    click.echo(
        table(
            ["期间", "参照", "发布值", "单位", "基本单位值", "状态", "版本日期", "版本数", "观测编号"],
            [
                (
                    _period(p.period_start, p.period_end),
                    p.reference,
                    _qualified(p.value_as_published, p.qualifier),
                    p.unit_as_published,
                    p.value if p.base_unit != p.unit_as_published else "",
                    STATUS_LABELS.get(p.status, p.status),
                    p.vintage.isoformat(),
                    p.vintages,
                    p.observation_id,
                )
                for p in points
            ],
            right=(2, 4, 7, 8),
        )
    )


def _qualified(value: float, qualifier: str | None) -> str:
    mark = {"over": "超过 ", "about": "约 ", "under": "不足 "}.get(qualifier or "", "")
    return mark + _show(value)


def _figure(obs: Observation) -> str:
    return _qualified(obs.value_as_published, obs.qualifier) + (obs.unit_as_published or "")


def _side(obs: Observation, document: str | None) -> str:
    return f"{_figure(obs)}（{obs.vintage.isoformat()} {document or ''} #{obs.id}）"


@click.command("sources")
@click.argument("observation_id", type=int)
def sources_cmd(observation_id: int) -> None:
    """The sentence and document behind a figure (an observation's id, as `series` shows it)."""
    engine = open_ledger()
    with transaction(engine) as session:
        obs = queries.get_observation(session, observation_id)
        found = queries.sources(session, observation_id)
        click.echo(
            f"观测值 {obs.id}: {obs.subject} · {obs.indicator} · {MEASURE_LABELS.get(obs.measure, '')}"
            f" · {_period(obs.period_start, obs.period_end)} = {_figure(obs)}"
            f"（版本 {obs.vintage.isoformat()}）"
        )
    for s in found:
        a, b = s.span_in_sentence
        published = s.published_on.isoformat() if s.published_on else "日期不详"
        click.echo(f"\n《{s.title or s.file_name}》 {s.file_name}（{published}）第 {s.start}–{s.end} 字:")
        click.echo(f"  {s.sentence[:a]}【{s.sentence[a:b]}】{s.sentence[b:]}".rstrip())


@click.command("conflicts")
@click.option("--all", "include_resolved", is_flag=True, help="Include resolved conflicts.")
def conflicts_cmd(include_resolved: bool) -> None:
    """Figures that disagree: two values for one key in one vintage, or a restatement that differs."""
    engine = open_ledger()
    with transaction(engine) as session:
        found = queries.conflicts(session, include_resolved=include_resolved)
        rows = [
            (
                c.id,
                CONFLICT_LABELS.get(c.kind, c.kind),
                f"{c.first.subject} · {c.first.indicator} · {MEASURE_LABELS.get(c.first.measure, '')}",
                _period(c.first.period_start, c.first.period_end),
                _side(c.first, c.first_document),
                _side(c.second, c.second_document),
            )
            for c in found
        ]
    if not rows:
        click.echo("没有冲突 (no conflicts)")
        return
    click.echo(table(["编号", "类型", "序列", "期间", "前者", "后者"], rows, right=(0,)))


@click.command("export")
@click.option("--format", "fmt", default="csv", show_default=True, type=click.Choice(export.FORMATS))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="File to write (csv: default stdout).")
@click.option("--latest", is_flag=True, help="Only each series key's newest vintage.")
def export_cmd(fmt: str, output: Path | None, latest: bool) -> None:
    """Every observation, with Chinese headers, as CSV or Excel (xlsx needs -o)."""
    engine = open_ledger()
    with transaction(engine) as session:
        rows = queries.export_rows(session, latest_only=latest)
    if fmt == "xlsx":
        if output is None:
            raise click.UsageError("--format xlsx needs -o FILE.xlsx")
        export.write_xlsx(rows, output)
    elif output is None:
        click.echo(export.to_csv(rows), nl=False)
        return
    else:
        export.write_csv(rows, output)
    click.echo(f"已导出 {len(rows)} 行到 {output}", err=True)


def register(group: click.Group) -> None:
    """Add the ledger's commands to the ``diaodu`` group."""
    for command in (
        db_group,
        city_group,
        indicators_group,
        read_cmd,
        status_cmd,
        series_cmd,
        sources_cmd,
        conflicts_cmd,
        export_cmd,
    ):
        group.add_command(command)
