"""Load a city's example dispatch data: chains, chiefs, a project register with a year of monthly
progress, enterprises, liaisons and visits, tasks, tickets, 招商 leads, 集中开工 batches and ranking
values.

Everything city-specific lives in the example folder (``dispatch.yaml``, ``ranking.yaml``, ``city.yaml``);
this module only generates, deterministically from the file's ``seed``. Named items come from the file;
generated ones carry ``generated = True`` and "（示例）" in their names.

Group totals are exact: each level's cumulative investment at the anchor months in ``groups`` is split
over its projects month by month (largest-remainder rounding in 万元), so the published figures come
out to the 万元.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from diaodu.errors import ConflictError, InputError
from diaodu.ledger import chains as lc
from diaodu.ledger import projects as lp
from diaodu.ledger.db import transaction
from diaodu.ledger.latest import refresh_latest
from diaodu.ledger.regions import load_profile_units, name_map
from diaodu.ledger.tables.chains import Chain, Enterprise, Liaison, Visit
from diaodu.ledger.tables.projects import PROJECT_LEVELS, Project, ProjectPlan, ProjectProgress
from diaodu.ledger.tables.work import InvestmentEvent, Lead, Task, Ticket, TicketEvent
from diaodu.ledger.writes import insert_many
from diaodu.reading.profile import load_profile

from . import ranking
from . import tickets as workflow

GENERATED = "（示例）"
_LEVEL_CODE = {"省重点": "SZD", "省重大产业": "SCY", "省重大产品创新": "SCX", "市重点": "CZD", "县级": "XJ"}


class GroupSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    level: str | None = None
    count: int = Field(gt=0)
    from_month: int = Field(default=1, ge=1, le=12)
    plan_wan: int = Field(gt=0)
    cumulative_wan: dict[int, int]


class NamedProject(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    level: str
    chain: str | None = None
    region: str | None = None
    park: str | None = None
    stage: str = "在建"
    ahead: bool = False
    owner: str | None = None


class ChainSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str
    name: str
    lead: str
    hosts: list[str] = []


class NamedEnterprise(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    chain: str
    segment: str = "中游"
    above_scale: bool = False
    chain_master: bool = False
    region: str | None = None


class ExampleSpec(BaseModel):
    """The shape of ``dispatch.yaml``."""

    model_config = ConfigDict(extra="forbid")
    year: int
    seed: int
    groups: dict[str, GroupSpec]
    early_curve: list[float] = Field(min_length=5, max_length=5)
    chains: list[ChainSpec]
    extra_chiefs: list[str] = []
    projects: list[NamedProject] = []
    enterprises_total: int
    enterprises: list[NamedEnterprise] = []
    tickets: dict[str, Any]
    tasks: dict[str, Any]
    leads: dict[str, Any]
    liaisons: int
    visits: int
    batches: list[dict[str, Any]] = []


@dataclass(frozen=True)
class ExampleReport:
    """What ``load_example`` put in the ledger."""

    chains: int
    projects: int
    progress_rows: int
    enterprises: int
    tickets: int
    tasks: int
    leads: int
    visits: int

    def summary(self) -> str:
        return (
            f"示例数据已加载：产业链{self.chains}条，项目{self.projects}个（月度进度{self.progress_rows}条），"
            f"企业{self.enterprises}家，问题诉求{self.tickets}个，任务{self.tasks}项，招商项目{self.leads}个，"
            f"走访{self.visits}次"
        )


def read_spec(folder: str | Path) -> ExampleSpec:
    """Read and check ``dispatch.yaml`` of an example folder."""
    path = Path(folder) / "dispatch.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return ExampleSpec.model_validate(data)
    except OSError as exc:
        raise InputError(f"无法读取示例数据文件（{exc.strerror}）", path=str(path)) from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        raise InputError(f"{'.'.join(str(x) for x in first['loc'])}：{first['msg']}", path=str(path)) from exc


def split(total: int, weights: list[float]) -> list[int]:
    """Split an integer ``total`` over ``weights`` by largest remainder: the parts add up to ``total``.
    All-zero weights split evenly."""
    if not weights:
        return []
    s = sum(weights)
    if s <= 0:
        weights, s = [1.0] * len(weights), float(len(weights))
    raw = [total * w / s for w in weights]
    parts = [int(r) for r in raw]
    short = total - sum(parts)
    order = sorted(range(len(raw)), key=lambda i: (raw[i] - parts[i], -i), reverse=True)
    for i in order[:short]:
        parts[i] += 1
    return parts


def monthly_path(group: GroupSpec, early: list[float]) -> list[int]:
    """A group's cumulative investment at the end of months 1–12 (万元), through its anchors."""
    anchors = dict(group.cumulative_wan)
    cum = [0] * 13
    start = group.from_month
    if 6 in anchors and start == 1:
        for m in range(1, 6):
            cum[m] = round(anchors[6] * early[m - 1])
    known = sorted(anchors)
    prev_m, prev_v = start - 1, 0
    if 6 in anchors and start == 1:
        prev_m, prev_v = 6, anchors[6]
        cum[6] = anchors[6]
    for m in known:
        if m <= prev_m:
            continue
        for k in range(prev_m + 1, m + 1):
            cum[k] = round(prev_v + (anchors[m] - prev_v) * (k - prev_m) / (m - prev_m))
        prev_m, prev_v = m, anchors[m]
    for k in range(prev_m + 1, 13):
        cum[k] = prev_v
    return cum[1:]


def load_example(engine: Engine, folder: str | Path, *, actor: str = "example") -> ExampleReport:
    """Load the example of ``folder`` (units from its ``city.yaml`` first). Refuses with
    ``ConflictError`` when chains or projects are already in the ledger."""
    spec = read_spec(folder)
    load_profile_units(engine, load_profile(folder), actor=actor)
    with transaction(engine) as session:
        if session.scalar(select(func.count(Chain.id))) or session.scalar(select(func.count(Project.id))):
            raise ConflictError("账本中已有产业链或项目，示例数据不重复加载（请用新的账本）")
        return _Loader(session, spec, Path(folder), actor).run()


class _Loader:
    def __init__(self, session: Session, spec: ExampleSpec, folder: Path, actor: str) -> None:
        self.s = session
        self.spec = spec
        self.folder = folder
        self.actor = actor
        self.rng = random.Random(spec.seed)
        self.units = name_map(session)
        self.chains: dict[str, int] = {}
        self.year = spec.year

    def unit(self, name: str | None) -> int | None:
        if name is None:
            return None
        if name not in self.units:
            raise InputError(
                f"示例数据中的单位「{name}」不在城市档案中", path=str(self.folder / "dispatch.yaml")
            )
        return self.units[name][0]

    def regions(self) -> list[str]:
        from diaodu.ledger.tables.regions import Unit

        kinds = ("district", "county", "county_city")
        return list(self.s.scalars(select(Unit.name).where(Unit.kind.in_(kinds)).order_by(Unit.code)))

    def parks(self) -> list[tuple[str, int | None]]:
        from diaodu.ledger.tables.regions import Unit

        rows = self.s.execute(
            select(Unit.name, Unit.parent_id).where(Unit.kind == "park").order_by(Unit.code)
        )
        return [(n, p) for n, p in rows]

    def departments(self) -> list[int]:
        from diaodu.ledger.tables.regions import Unit

        return list(self.s.scalars(select(Unit.id).where(Unit.kind == "department").order_by(Unit.code)))

    def run(self) -> ExampleReport:
        self.load_chains()
        liaisons = self.load_liaisons()
        n_projects, n_progress, problems = self.load_projects(liaisons)
        enterprises = self.load_enterprises(liaisons)
        visits = self.load_visits(liaisons, enterprises)
        n_tickets = self.load_tickets(enterprises, problems)
        n_tasks = self.load_tasks()
        n_leads = self.load_leads()
        self.load_batches()
        self.load_ranking_values()
        return ExampleReport(
            len(self.chains), n_projects, n_progress, len(enterprises), n_tickets, n_tasks, n_leads, visits
        )

    # -- chains -------------------------------------------------------------------------------------
    def load_chains(self) -> None:
        surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
        for i, c in enumerate(self.spec.chains):
            chain = lc.add_chain(
                self.s,
                c.code,
                c.name,
                lead_unit_id=self.unit(c.lead),
                office=f"{c.name}推进办公室",
                sort=i,
                actor=self.actor,
            )
            self.chains[c.code] = chain.id
            lc.add_chief(
                self.s,
                chain.id,
                f"{surnames[i]}某某{GENERATED}",
                title="市级领导",
                role="链长",
                actor=self.actor,
            )
            if c.code in self.spec.extra_chiefs:
                lc.add_chief(
                    self.s,
                    chain.id,
                    f"{surnames[-1 - i]}某{GENERATED}",
                    title="市级领导",
                    role="副链长",
                    actor=self.actor,
                )
            for host in c.hosts:
                uid = self.unit(host)
                assert uid is not None
                lc.add_host(self.s, chain.id, uid, actor=self.actor)
            lc.set_goal(
                self.s,
                chain.id,
                self.year + 1,
                "规模以上企业营业收入增长",
                10.0 + i % 5,
                "%",
                actor=self.actor,
            )
            lc.set_goal(
                self.s, chain.id, self.year + 1, "新引进项目", float(5 + i % 7), "个", actor=self.actor
            )

    def load_liaisons(self) -> list[int]:
        units = [uid for uid, _ in {v for v in self.units.values()}]
        units.sort()
        objs = [
            Liaison(name=f"联络员{n:03d}{GENERATED}", unit_id=self.rng.choice(units), phone=None)
            for n in range(1, self.spec.liaisons + 1)
        ]
        return [o.id for o in insert_many(self.s, objs, actor=self.actor)]

    # -- projects -----------------------------------------------------------------------------------
    def load_projects(self, liaisons: list[int]) -> tuple[int, int, list[tuple[int, int, str]]]:
        rng = self.rng
        regions = self.regions()
        parks = self.parks()
        chain_codes = list(self.chains)
        named_left = list(self.spec.projects)
        problems_found: list[tuple[int, int, str]] = []
        n_projects = n_progress = 0
        seq: dict[str, int] = {}
        problem_texts = [
            "用地报批进度滞后",
            "融资到位不及时",
            "施工用工短缺",
            "水电接入未完成",
            "征地拆迁遗留问题",
            "环评审批待办",
            "设备采购延迟",
            "配套道路未建成",
            "资金拨付滞后",
            "规划调整待批复",
        ]
        for key, group in self.spec.groups.items():
            level = group.level or key
            if level not in PROJECT_LEVELS:
                raise InputError(f"groups.{key}：项目层级「{level}」不是{'、'.join(PROJECT_LEVELS)}之一")
            members: list[tuple[Project, float, int, float]] = []  # project, perf, start month, prior
            named = [p for p in named_left if p.level == level] if group.from_month == 1 else []
            for p in named:
                named_left.remove(p)
            plan_weights = [rng.lognormvariate(0, 0.8) for _ in range(group.count)]
            plans = split(group.plan_wan, plan_weights)
            for i in range(group.count):
                seq[level] = seq.get(level, 0) + 1
                code = f"{self.year}-{_LEVEL_CODE[level]}-{seq[level]:03d}"
                if i < len(named):
                    n = named[i]
                    name, chain, stage, ahead, owner = n.name, n.chain, n.stage, n.ahead, n.owner
                    region, park, generated = n.region, n.park, False
                else:
                    chain = rng.choice(chain_codes) if rng.random() < 0.85 else None
                    cname = next(c.name for c in self.spec.chains if c.code == chain) if chain else "基础设施"
                    name = f"{cname.removesuffix('产业链')}项目{code[-3:]}{GENERATED}"
                    stage = rng.choices(["前期", "在建", "竣工", "投产"], [8, 75, 10, 7])[0]
                    ahead, owner, generated = False, f"项目业主{code[-3:]}{GENERATED}", True
                    if rng.random() < 0.35:
                        park, parent = rng.choice(parks)
                        region = next(
                            (n for n, (uid, _c) in self.units.items() if uid == parent and n in regions), None
                        )
                    else:
                        park, region = None, rng.choice(regions)
                planned = plans[i]
                perf = 1.6 if ahead else max(0.05, rng.gauss(1.0, 0.3))
                start = 1 if not generated or stage != "前期" else rng.randint(4, 10)
                if group.from_month > 1:
                    start = max(start, group.from_month)
                project = Project(
                    code=code,
                    name=name,
                    level=level,
                    chain_id=self.chains.get(chain) if chain else None,
                    region_id=self.unit(region),
                    park_id=self.unit(park),
                    owner=owner,
                    responsible_unit_id=self.unit(park) or self.unit(region),
                    liaison_id=rng.choice(liaisons),
                    total_investment=float(planned * rng.choice([2, 3, 4, 5])),
                    stage=stage,
                    planned_start=date(self.year - rng.randint(0, 1), rng.randint(1, 12), 1),
                    planned_finish=date(self.year + rng.randint(1, 3), rng.randint(1, 12), 28),
                    in_library=rng.random() < 0.8,
                    generated=generated,
                )
                prior = project.total_investment * rng.uniform(0.0, 0.3)
                members.append((project, perf, start, prior))
            insert_many(self.s, [m[0] for m in members], actor=self.actor)
            plan_rows = [
                ProjectPlan(
                    project_id=m[0].id, year=self.year, planned=float(plans[i]), from_month=group.from_month
                )
                for i, m in enumerate(members)
            ]
            insert_many(self.s, plan_rows, actor=self.actor)
            n_projects += len(members)
            path = monthly_path(group, self.spec.early_curve)
            cums = [0] * len(members)
            rows: list[ProjectProgress] = []
            previous = 0
            for month in range(group.from_month, 13):
                increment = path[month - 1] - previous
                previous = path[month - 1]
                weights = [
                    (plan_w * perf * rng.uniform(0.7, 1.3)) if month >= start else 0.0
                    for (_p, perf, start, _prior), plan_w in zip(members, plans, strict=True)
                ]
                parts = split(increment, weights)
                for j, (project, _perf, start, prior) in enumerate(members):
                    if month < start:
                        continue
                    cums[j] += parts[j]
                    problem = None
                    if rng.random() < 0.025:
                        problem = rng.choice(problem_texts)
                        problems_found.append((project.id, month, problem))
                    rows.append(
                        ProjectProgress(
                            project_id=project.id,
                            year=self.year,
                            month=month,
                            completed_month=float(parts[j]),
                            cumulative_year=float(cums[j]),
                            cumulative_total=round(prior + cums[j], 2),
                            notes=f"{month}月形象进度按计划推进" if parts[j] else "本月未形成实物工作量",
                            problems=problem,
                            updated_by=self.actor,
                        )
                    )
            insert_many(self.s, rows, actor=self.actor)
            refresh_latest(self.s, [(m[0].id, self.year) for m in members])
            n_progress += len(rows)
        if named_left:
            raise InputError(f"示例项目「{named_left[0].name}」的层级没有对应的分组", path=str(self.folder))
        return n_projects, n_progress, problems_found

    # -- enterprises and visits ---------------------------------------------------------------------
    def load_enterprises(self, liaisons: list[int]) -> list[int]:
        rng = self.rng
        regions = self.regions()
        objs: list[Enterprise] = []
        for e in self.spec.enterprises:
            objs.append(
                Enterprise(
                    name=e.name,
                    chain_id=self.chains[e.chain],
                    segment=e.segment,
                    above_scale=e.above_scale,
                    chain_master=e.chain_master,
                    output_value=round(rng.uniform(50_000, 800_000), 1),
                    employees=rng.randint(300, 6000),
                    region_id=self.unit(e.region),
                    liaison_id=rng.choice(liaisons),
                    generated=False,
                )
            )
        codes = list(self.chains)
        for n in range(len(objs) + 1, self.spec.enterprises_total + 1):
            code = codes[(n * 7) % len(codes)]
            above = rng.random() < 0.55
            objs.append(
                Enterprise(
                    name=f"{self.spec.chains[codes.index(code)].name.removesuffix('产业链')}企业{n:03d}{GENERATED}",
                    chain_id=self.chains[code],
                    segment=rng.choice(["上游", "中游", "中游", "下游"]),
                    above_scale=above,
                    chain_master=False,
                    output_value=round(rng.uniform(2_000, 200_000 if above else 20_000), 1),
                    employees=rng.randint(20, 1500),
                    region_id=self.unit(rng.choice(regions)),
                    liaison_id=rng.choice(liaisons),
                    generated=True,
                )
            )
        return [o.id for o in insert_many(self.s, objs, actor=self.actor)]

    def load_visits(self, liaisons: list[int], enterprises: list[int]) -> int:
        rng = self.rng
        owner = dict(self.s.execute(select(Enterprise.id, Enterprise.liaison_id)).tuples().all())
        objs = []
        for _ in range(self.spec.visits):
            eid = rng.choice(enterprises)
            day = date(self.year, 3, 1) + timedelta(days=rng.randint(0, 300))
            objs.append(
                Visit(
                    liaison_id=owner[eid] or rng.choice(liaisons),
                    enterprise_id=eid,
                    visited_on=day,
                    summary="走访了解生产经营情况",
                )
            )
        insert_many(self.s, objs, actor=self.actor)
        return len(objs)

    # -- tickets ------------------------------------------------------------------------------------
    def load_tickets(self, enterprises: list[int], problems: list[tuple[int, int, str]]) -> int:
        from .sheets import TICKET_CATEGORIES

        rng = self.rng
        cfg = self.spec.tickets
        total, resolved = int(cfg["total"]), int(cfg["resolved"])
        start, end = date.fromisoformat(str(cfg["start"])), date.fromisoformat(str(cfg["end"]))
        chain_of = dict(self.s.execute(select(Enterprise.id, Enterprise.chain_id)).tuples().all())
        pchain = dict(self.s.execute(select(Project.id, Project.chain_id)).tuples().all())
        pname = dict(self.s.execute(select(Project.id, Project.name)).tuples().all())
        assignees = self.departments() + [uid for n, (uid, _c) in self.units.items() if n in self.regions()]
        category_of = {
            "用地": "用地",
            "融资": "融资",
            "资金": "融资",
            "用工": "用工",
            "水电": "水电气",
            "环评": "审批",
            "规划": "审批",
            "道路": "其他",
            "设备": "其他",
            "征地": "用地",
        }
        specs: list[dict[str, Any]] = []
        for pid, month, text in problems[: total // 4]:
            cat = next((v for k, v in category_of.items() if k in text), "其他")
            day = date(self.year, month, 1) + timedelta(days=rng.randint(0, 27))
            specs.append(
                {
                    "title": f"{pname[pid]}：{text}",
                    "category": cat,
                    "project_id": pid,
                    "chain_id": pchain[pid],
                    "raised_on": day,
                }
            )
        while len(specs) < total:
            eid = rng.choice(enterprises)
            cat = rng.choice(TICKET_CATEGORIES)
            day = start + timedelta(days=rng.randint(0, (end - start).days))
            specs.append(
                {
                    "title": f"企业反映{cat}方面的困难",
                    "category": cat,
                    "enterprise_id": eid,
                    "chain_id": chain_of[eid],
                    "raised_on": day,
                }
            )
        specs.sort(key=lambda d: d["raised_on"])
        done = set(rng.sample(range(total), resolved))
        year_end = date(self.year, 12, 31)
        tickets: list[Ticket] = []
        paths: list[list[tuple[str, date]]] = []
        for n, d in enumerate(specs, start=1):
            raised: date = d["raised_on"]
            if n - 1 in done:
                steps = ["交办", "办理", "反馈", "办结"]
                if rng.random() < 0.05:
                    steps += ["办理", "反馈", "办结"]  # reopened once
            else:
                steps = ["交办", "办理", "反馈"][: rng.randint(0, 3)]
            day, state, path = raised, "收集", []
            for to_state in steps:
                workflow.check_transition(f"WT{self.year}{n:04d}", state, to_state)
                day = min(day + timedelta(days=rng.randint(1, 9)), year_end)
                path.append((to_state, day))
                state = to_state
            tickets.append(
                Ticket(
                    code=f"WT{self.year}{n:04d}",
                    assigned_unit_id=rng.choice(assignees),
                    deadline=raised + timedelta(days=rng.choice([15, 30, 45])),
                    state=state,
                    resolved_on=day if state == "办结" else None,
                    reopened=steps.count("办结") - 1 if steps.count("办结") > 1 else 0,
                    **d,
                )
            )
            paths.append(path)
        # Written whole (final state plus its history), each step checked against the workflow above.
        insert_many(self.s, tickets, actor=self.actor)
        events: list[TicketEvent] = []
        for ticket, path in zip(tickets, paths, strict=True):
            previous: str | None = None
            for to_state, on in [("收集", ticket.raised_on), *path]:
                events.append(
                    TicketEvent(
                        ticket_id=ticket.id,
                        happened_on=on,
                        from_state=previous,
                        to_state=to_state,
                        actor=self.actor,
                        note="登记" if previous is None else None,
                    )
                )
                previous = to_state
        insert_many(self.s, events, actor=self.actor)
        return len(specs)

    # -- tasks, leads, batches, ranking -------------------------------------------------------------
    def load_tasks(self) -> int:
        rng = self.rng
        cfg = self.spec.tasks
        first = date.fromisoformat(str(cfg["start"]))
        kinds = [
            "编制产业链发展规划",
            "建立产业链企业台账",
            "组建产业链联合党工委",
            "成立产业链行业协会",
            "开展产业链精准招商",
            "梳理产业链问题需求清单",
            "推进产业链重点项目建设",
            "制定产业链年度工作要点",
        ]
        assignees = self.departments()
        names = {c.code: c.name for c in self.spec.chains}
        objs = []
        for n in range(int(cfg["total"])):
            code = list(self.chains)[n % len(self.chains)]
            deadline = first + timedelta(days=rng.randint(15, 150))
            state = rng.choices(["未开始", "推进中", "已完成"], [15, 45, 40])[0]
            objs.append(
                Task(
                    title=f"{names[code]}：{kinds[n % len(kinds)]}",
                    chain_id=self.chains[code],
                    domain="产业链建设",
                    responsible_unit_id=rng.choice(assignees),
                    deadline=deadline,
                    state=state,
                    completed_on=deadline - timedelta(days=rng.randint(0, 10)) if state == "已完成" else None,
                )
            )
        insert_many(self.s, objs, actor=self.actor)
        return len(objs)

    def load_leads(self) -> int:
        rng = self.rng
        cfg = self.spec.leads
        regions = self.regions() + [p for p, _ in self.parks()]
        events = [
            InvestmentEvent(
                name=f"产业链招商活动{n:03d}{GENERATED}",
                held_on=date(self.year, 1, 1) + timedelta(days=rng.randint(60, 350)),
                kind=rng.choice(["推介会", "小分队招商", "签约仪式", "客商来访"]),
                unit_id=self.unit(rng.choice(regions)),
            )
            for n in range(1, int(cfg["events"]) + 1)
        ]
        insert_many(self.s, events, actor=self.actor)
        f500 = set(rng.sample(range(int(cfg["total"])), int(cfg["fortune500"])))
        leads = []
        for n in range(int(cfg["total"])):
            stage = rng.choices(["线索", "在谈", "签约", "开工", "投产", "到资"], [20, 35, 20, 12, 8, 5])[0]
            found = date(self.year, 1, 1) + timedelta(days=rng.randint(0, 250))
            rank = workflow_rank(stage)
            signed = found + timedelta(days=rng.randint(10, 90)) if rank >= 2 else None
            started = signed + timedelta(days=rng.randint(10, 60)) if signed and rank >= 3 else None
            amount = round(rng.lognormvariate(10, 1.0), 0)
            leads.append(
                Lead(
                    name=f"招商项目{n + 1:03d}{GENERATED}",
                    investor=f"投资方{n + 1:03d}{GENERATED}",
                    amount=amount,
                    funds_arrived=round(amount * rng.uniform(0.1, 0.6), 0) if rank >= 3 else 0.0,
                    chain_id=rng.choice(list(self.chains.values())),
                    unit_id=self.unit(rng.choice(regions)),
                    event_id=rng.choice(events).id if rng.random() < 0.5 else None,
                    stage=stage,
                    fortune500=n in f500,
                    found_on=found,
                    signed_on=signed,
                    started_on=started,
                    producing_on=started + timedelta(days=60) if started and stage == "投产" else None,
                    generated=True,
                )
            )
        insert_many(self.s, leads, actor=self.actor)
        return len(leads)

    def load_batches(self) -> None:
        ids = list(self.s.scalars(select(Project.id).where(Project.stage != "前期").order_by(Project.code)))
        self.rng.shuffle(ids)  # each project starts in one batch at most
        for b in self.spec.batches:
            chosen, ids = sorted(ids[: int(b["projects"])]), ids[int(b["projects"]) :]
            lp.add_batch(
                self.s, str(b["name"]), date.fromisoformat(str(b["held_on"])), chosen, actor=self.actor
            )

    def load_ranking_values(self) -> None:
        path = self.folder / "ranking.yaml"
        if not path.is_file():
            return
        scheme = ranking.load_scheme(path)
        period = f"{self.year}-06"
        from .progress import ProgressFilter, total_progress

        rng = self.rng
        park_names = {p for p, _ in self.parks()}
        for cls, units in scheme.classes.items():
            for unit in units:
                uid = self.unit(unit)
                assert uid is not None
                is_park = unit in park_names
                flt = ProgressFilter(park_id=uid) if is_park else ProgressFilter(region_id=uid)
                total = total_progress(self.s, self.year, 6, flt)
                values = {
                    "地区生产总值增速": round(rng.uniform(0.5, 4.0), 1),
                    "规模工业增加值增速": round(rng.uniform(0.5, 6.0), 1),
                    "固定资产投资增速": round(rng.uniform(2.0, 10.0), 1),
                    "重点项目投资完成率": round(total.completion, 1) if total and total.completion else None,
                    "问题诉求办结率": round(rng.uniform(40, 80), 1),
                }
                if unit.endswith("保税区"):
                    values["地区生产总值增速"] = None  # no GDP is published for a bonded zone
                for name, value in values.items():
                    if value is not None:
                        ranking.store_value(self.s, scheme.name, period, uid, name, value, actor=self.actor)
            del cls


def workflow_rank(stage: str) -> int:
    from .leads import STAGE_RANK

    return STAGE_RANK[stage]


def counts(session: Session) -> dict[str, int]:
    """How many rows each dispatch table holds (for `diaodu example load` and the demo)."""
    tables: dict[str, Any] = {
        "产业链": Chain,
        "项目": Project,
        "企业": Enterprise,
        "问题诉求": Ticket,
        "任务": Task,
        "招商项目": Lead,
    }
    return {k: int(session.scalar(select(func.count()).select_from(t)) or 0) for k, t in tables.items()}
