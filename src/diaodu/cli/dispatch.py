"""Dispatch commands: ``projects``, ``chains``, ``tasks``, ``tickets``, ``leads``, ``template``, ``import``,
``rank``, ``report`` and ``example``. Each is a thin wrapper over ``diaodu.dispatch`` (and the report
builders in ``diaodu.output``)."""

from __future__ import annotations

import getpass
from datetime import date
from pathlib import Path

import click

from diaodu.cli.ledger import open_ledger, table
from diaodu.dispatch import batches, deadlines, example, leads, progress, ranking, reports, sheets
from diaodu.dispatch import tickets as workflow
from diaodu.errors import ConflictError
from diaodu.ledger.chains import get_chain
from diaodu.ledger.db import transaction
from diaodu.ledger.regions import resolve_unit
from diaodu.ledger.tables.projects import PROJECT_LEVELS
from diaodu.reading.profile import load_profile
from diaodu.settings import get_settings


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no user name in some containers
        return "cli"


def _day(text: str | None) -> date:
    return date.fromisoformat(text) if text else date.today()


# --- projects ----------------------------------------------------------------------------------------


@click.group("projects")
def projects_group() -> None:
    """Key projects (重点项目): the register and its progress."""


@projects_group.command("list")
@click.option("--year", type=int, required=True, help="Plan year, e.g. 2020.")
@click.option("--month", type=click.IntRange(1, 12), required=True, help="Progress up to this month.")
@click.option("--level", type=click.Choice(PROJECT_LEVELS), help="Only this level.")
@click.option("--chain", help="Only this chain (name or code).")
@click.option("--region", help="Only this county, district or city (name or alias).")
@click.option("--park", help="Only this park (name or alias).")
@click.option("--behind", is_flag=True, help="Only projects behind 时序进度.")
@click.option("--limit", type=int, default=50, show_default=True, help="At most this many rows.")
def projects_list(
    year: int,
    month: int,
    level: str | None,
    chain: str | None,
    region: str | None,
    park: str | None,
    behind: bool,
    limit: int,
) -> None:
    """List projects with completion, gap to 时序进度 and warning colour, most behind first."""
    engine = open_ledger()
    with transaction(engine) as session:
        flt = progress.ProgressFilter(
            level=level,
            chain_id=get_chain(session, chain).id if chain else None,
            region_id=resolve_unit(session, region).id if region else None,
            park_id=resolve_unit(session, park).id if park else None,
        )
        rows = progress.project_progress(session, year, month, flt, only_behind=behind, limit=limit)
        click.echo(
            table(
                ("编号", "项目", "层级", "年度计划(亿)", "累计(亿)", "完成率%", "较时序", "预警"),
                [
                    (
                        p.code,
                        p.name,
                        p.level,
                        f"{p.planned / 1e4:.2f}",
                        f"{p.cumulative / 1e4:.2f}",
                        "—" if p.completion is None else f"{p.completion:.1f}",
                        "—" if p.gap is None else f"{p.gap:+.1f}",
                        p.colour_label,
                    )
                    for p in rows
                ],
                right=(3, 4, 5, 6),
            )
        )


@projects_group.command("progress")
@click.option("--year", type=int, required=True, help="Plan year, e.g. 2020.")
@click.option("--month", type=click.IntRange(1, 12), required=True, help="Progress up to this month.")
@click.option(
    "--by",
    type=click.Choice(["level", "chain", "region", "park", "all"]),
    default="level",
    show_default=True,
    help="Group by level, chain, region or park.",
)
def projects_progress(year: int, month: int, by: str) -> None:
    """Group totals at a month, phrased like the published reports."""
    engine = open_ledger()
    with transaction(engine) as session:
        groups = progress.group_progress(session, year, month, by)  # type: ignore[arg-type]
        click.echo(f"{year}年{progress.period_label(month)}（时序进度{progress.schedule_rate(month):.1f}%）")
        for g in groups:
            flag = "，双过半" if g.double_half else ""
            click.echo(f"  [{progress.COLOUR_LABELS[g.colour]}] {g.sentence()}{flag}")


@projects_group.command("batches")
@click.option("--year", type=int, help="Only batches held in this year.")
def projects_batches(year: int | None) -> None:
    """集中开工 batches: date, projects, total investment and annual plan."""
    engine = open_ledger()
    with transaction(engine) as session:
        for b in batches.batch_summaries(session, year):
            click.echo(b.sentence())


# --- tasks, tickets, leads, chains -------------------------------------------------------------------


@click.group("tasks")
def tasks_group() -> None:
    """Tasks (挂图作战): overdue ones and completion by unit."""


@tasks_group.command("overdue")
@click.option("--today", help="Date to judge by (YYYY-MM-DD); default today.")
def tasks_overdue(today: str | None) -> None:
    """Tasks not done past their deadline, and completion by responsible unit."""
    day = _day(today)
    engine = open_ledger()
    with transaction(engine) as session:
        rows = deadlines.overdue_tasks(session, day)
        click.echo(f"截至{day}，逾期未完成任务{len(rows)}项")
        click.echo(
            table(
                ("任务", "责任单位", "时限", "状态", "逾期天数"),
                [(o.title, o.unit, o.deadline, o.state, o.days) for o in rows],
                right=(4,),
            )
        )
        stats = deadlines.task_completion_by_unit(session, day)
        click.echo(
            table(
                ("责任单位", "任务", "完成", "逾期", "完成率%"),
                [(u.unit, u.total, u.done, u.overdue, f"{u.rate:.1f}") for u in stats],
                right=(1, 2, 3, 4),
            )
        )


@click.group("tickets")
def tickets_group() -> None:
    """Tickets (援企服务问题诉求): move them through 收集→交办→办理→反馈→办结, see rates and overdue."""


@tickets_group.command("move")
@click.argument("ticket")
@click.argument("state", type=click.Choice(workflow.STATES))
@click.option("--note", help="What was done or decided.")
@click.option("--on", "on", help="Date of the step (YYYY-MM-DD); default today.")
def tickets_move(ticket: str, state: str, note: str | None, on: str | None) -> None:
    """Move TICKET (id or code) to STATE; an illegal step is refused."""
    engine = open_ledger()
    key: int | str = int(ticket) if ticket.isdigit() else ticket
    with transaction(engine) as session:
        t = workflow.transition(session, key, state, actor=_actor(), note=note, on=_day(on))
        click.echo(f"问题{t.code}已转为「{t.state}」")


@tickets_group.command("stats")
@click.option(
    "--by",
    type=click.Choice(["chain", "unit", "category"]),
    default="category",
    show_default=True,
    help="Group by chain, assigned unit or category.",
)
@click.option("--today", help="Date for counting overdue (YYYY-MM-DD); default today.")
def tickets_stats(by: str, today: str | None) -> None:
    """Resolution rate and mean days to resolve, by chain, unit or category."""
    engine = open_ledger()
    with transaction(engine) as session:
        stats = workflow.resolution_stats(session, by, today=_day(today))  # type: ignore[arg-type]
        click.echo(
            table(
                ("分组", "问题数", "办结", "办结率%", "平均天数", "逾期未办结"),
                [
                    (
                        s.key,
                        s.total,
                        s.resolved,
                        "—" if s.rate is None else f"{s.rate:.1f}",
                        "—" if s.mean_days is None else f"{s.mean_days:.1f}",
                        s.open_overdue,
                    )
                    for s in stats
                ],
                right=(1, 2, 3, 4, 5),
            )
        )


@tickets_group.command("overdue")
@click.option("--today", help="Date to judge by (YYYY-MM-DD); default today.")
def tickets_overdue(today: str | None) -> None:
    """Tickets not 办结 past their deadline."""
    day = _day(today)
    engine = open_ledger()
    with transaction(engine) as session:
        rows = deadlines.overdue_tickets(session, day)
        click.echo(f"截至{day}，逾期未办结问题{len(rows)}个")
        click.echo(
            table(
                ("问题", "交办单位", "时限", "状态", "逾期天数"),
                [(o.title, o.unit, o.deadline, o.state, o.days) for o in rows],
                right=(4,),
            )
        )


@click.group("leads")
def leads_group() -> None:
    """招商 leads: the funnel, and moving a lead forward."""


@leads_group.command("funnel")
@click.option("--year", type=int, help="Only leads found in this year.")
def leads_funnel(year: int | None) -> None:
    """The funnel 线索 → 在谈 → 签约 → 开工 → 投产/到资."""
    engine = open_ledger()
    with transaction(engine) as session:
        steps = leads.funnel(session, year=year)
        click.echo(
            table(
                ("阶段", "项目数", "计划投资(亿)", "500强", "转化率%"),
                [
                    (
                        s.step,
                        s.count,
                        f"{s.amount / 1e4:.2f}",
                        s.fortune500,
                        "—" if s.conversion is None else f"{s.conversion:.1f}",
                    )
                    for s in steps
                ],
                right=(1, 2, 3, 4),
            )
        )


@leads_group.command("advance")
@click.argument("lead")
@click.argument("stage", type=click.Choice(list(leads.STAGE_RANK)))
@click.option("--on", "on", help="Date of the step (YYYY-MM-DD); default today.")
def leads_advance(lead: str, stage: str, on: str | None) -> None:
    """Move LEAD (id or name) forward to STAGE; moving back is refused."""
    engine = open_ledger()
    key: int | str = int(lead) if lead.isdigit() else lead
    with transaction(engine) as session:
        found = leads.advance(session, key, stage, actor=_actor(), on=_day(on))
        click.echo(f"招商项目「{found.name}」已推进到「{found.stage}」")


@click.group("chains")
def chains_group() -> None:
    """The chain-chief system (链长制)."""


@chains_group.command("status")
@click.option("--year", type=int, required=True, help="Plan year, e.g. 2020.")
@click.option("--month", type=click.IntRange(1, 12), required=True, help="Progress up to this month.")
def chains_status(year: int, month: int) -> None:
    """Each chain: enterprises, projects, investment and tickets."""
    engine = open_ledger()
    with transaction(engine) as session:
        rows = reports.chain_status(session, year, month)
        click.echo(
            table(
                ("产业链", "企业", "规上", "链主", "项目", "累计(亿)", "完成率%", "问题", "办结率%"),
                [
                    (
                        c.chain,
                        c.enterprises,
                        c.above_scale,
                        c.masters,
                        c.projects,
                        f"{c.cumulative / 1e4:.2f}",
                        "—" if c.completion is None else f"{c.completion:.1f}",
                        c.tickets,
                        "—" if c.resolution is None else f"{c.resolution:.1f}",
                    )
                    for c in rows
                ],
                right=(1, 2, 3, 4, 5, 6, 7, 8),
            )
        )


# --- sheets ------------------------------------------------------------------------------------------

SHEET_NAMES = list(sheets.SHEETS)


@click.command("template")
@click.argument("name", type=click.Choice(SHEET_NAMES))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write.")
def template_cmd(name: str, output: Path | None) -> None:
    """Write the Excel template (表样) of sheet NAME, with drop-down lists from the ledger."""
    target = output or Path(f"{sheets.SHEETS[name].title}表样.xlsx")
    engine = open_ledger()
    with transaction(engine) as session:
        sheets.write_template(name, target, session)
    click.echo(f"已生成表样：{target}")


@click.command("import")
@click.argument("name", type=click.Choice(SHEET_NAMES))
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def import_cmd(name: str, file: Path) -> None:
    """Import FILE as sheet NAME: every row checked first; any bad row refuses the whole file."""
    engine = open_ledger()
    with transaction(engine) as session:
        result = sheets.import_sheet(session, name, file, actor=_actor())
    click.echo(result.summary())


# --- rank, report, example ---------------------------------------------------------------------------


@click.command("rank")
@click.option(
    "--scheme",
    "scheme_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Scheme file; default ranking.yaml of the city folder.",
)
@click.option("--period", required=True, help="Period of the stored values, e.g. 2020-06.")
def rank_cmd(scheme_path: Path | None, period: str) -> None:
    """争先创优: rank units within their classes by weighted indicator scores, with the rule shown."""
    path = scheme_path or Path(get_settings().city) / "ranking.yaml"
    scheme = ranking.load_scheme(path)
    engine = open_ledger()
    with transaction(engine) as session:
        tables = ranking.rank(session, scheme, period)
    for t in tables:
        click.echo(f"\n{t.scheme}（{t.period}）{t.cls}类单位")
        click.echo(
            table(
                ("名次", "单位", "总分", *t.indicators, "说明"),
                [
                    (
                        "—" if r.rank is None else r.rank,
                        r.unit,
                        "—" if r.score is None else f"{r.score:.2f}",
                        *("—" if r.points[i] is None else f"{r.points[i]:.2f}" for i in t.indicators),
                        r.note,
                    )
                    for r in t.rows
                ],
                right=(0, 2),
            )
        )
        for note in t.notes:
            click.echo(f"注：{note}")
    if tables:
        click.echo(f"\n计分规则：{tables[0].rule}")


@click.group("report")
def report_group() -> None:
    """The weekly 项目调度周报 and the monthly 月度经济运行分析, as .docx and .xlsx."""


def _out_dir(output: Path | None) -> Path:
    return output or get_settings().instance_dir / "reports"


@report_group.command("weekly")
@click.option("--week", required=True, help="ISO week, e.g. 2020-W26.")
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write into; default the instance folder's reports/.",
)
def report_weekly(week: str, output: Path | None) -> None:
    """Write the weekly report of WEEK as .docx and .xlsx."""
    from diaodu.output.excel import build_weekly_xlsx
    from diaodu.output.word import build_weekly_docx

    engine = open_ledger()
    with transaction(engine) as session:
        data = reports.weekly_report(session, week)
    folder = _out_dir(output)
    docx = build_weekly_docx(data, folder / f"项目调度周报_{week}.docx")
    xlsx = build_weekly_xlsx(data, folder / f"项目调度周报_{week}.xlsx")
    click.echo(f"{docx}\n{xlsx}")


@report_group.command("monthly")
@click.option("--month", required=True, help="Month, e.g. 2020-06.")
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write into; default the instance folder's reports/.",
)
def report_monthly(month: str, output: Path | None) -> None:
    """Write the monthly report of MONTH as .docx and .xlsx."""
    from diaodu.output.excel import build_monthly_xlsx
    from diaodu.output.word import build_monthly_docx

    city = load_profile(get_settings().city).city.name
    engine = open_ledger()
    with transaction(engine) as session:
        data = reports.monthly_report(session, city, month)
    folder = _out_dir(output)
    docx = build_monthly_docx(data, folder / f"月度经济运行分析_{month}.docx")
    xlsx = build_monthly_xlsx(data, folder / f"月度经济运行分析_{month}.xlsx")
    click.echo(f"{docx}\n{xlsx}")


@click.group("example")
def example_group() -> None:
    """Example dispatch data of the city folder."""


@example_group.command("load")
@click.option(
    "--folder",
    type=click.Path(file_okay=False, path_type=Path),
    help="Example folder; default the city folder (DIAODU_CITY).",
)
@click.option(
    "--skip-if-loaded", is_flag=True, help="Do nothing (exit 0) when the ledger has chains or projects."
)
def example_load(folder: Path | None, skip_if_loaded: bool) -> None:
    """Load the example chains, projects and a year of progress, enterprises, tasks, tickets and leads."""
    engine = open_ledger()
    try:
        result = example.load_example(engine, folder or Path(get_settings().city), actor="example")
    except ConflictError:
        if not skip_if_loaded:
            raise
        click.echo("账本中已有产业链或项目，跳过示例数据")
        return
    click.echo(result.summary())


def register(group: click.Group) -> None:
    """Add the dispatch commands to the ``diaodu`` group."""
    for command in (
        projects_group,
        chains_group,
        tasks_group,
        tickets_group,
        leads_group,
        template_cmd,
        import_cmd,
        rank_cmd,
        report_group,
        example_group,
    ):
        group.add_command(command)
