"""``diaodu serve`` and ``diaodu user …``: the web app and its accounts.

There is no default user and no default password. The first admin is made here::

    diaodu user add 张三 --role admin              # asks for the password twice
    echo "$PASS" | diaodu user add 张三 --role admin --password-stdin
"""

from __future__ import annotations

import sys

import click
from sqlalchemy import Engine

from diaodu.errors import InputError
from diaodu.ledger.accounts import ROLE_LABELS, ROLES, create_user, has_admin, list_users
from diaodu.ledger.db import check_schema, engine_for, transaction
from diaodu.settings import get_settings


def _ledger() -> Engine:
    engine = engine_for(get_settings())
    check_schema(engine)
    return engine


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes.")
def serve_cmd(host: str, port: int, workers: int) -> None:
    """Serve the web app (pages and the JSON API under /api/v1) on HOST:PORT."""
    import uvicorn

    from diaodu.output.web.app import create_app

    settings = get_settings()
    engine = _ledger()
    with transaction(engine) as session:
        if not has_admin(session):
            click.echo("提示：还没有管理员，请先运行 `diaodu user add 名字 --role admin`", err=True)
    click.echo(f"diaodu 调度：http://{host}:{port}/  （API 文档 http://{host}:{port}/api/v1/openapi.json）")
    if workers > 1:
        uvicorn.run(
            "diaodu.output.web.app:app_from_environment",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
        )
        return
    uvicorn.run(create_app(settings, engine=engine), host=host, port=port, log_level="warning")


@click.group("user")
def user_group() -> None:
    """Accounts of the web app: add and list users."""


@user_group.command("add")
@click.argument("name")
@click.option(
    "--role",
    required=True,
    type=click.Choice(ROLES),
    help="admin 系统管理员 · leader 领导 · reporter 单位填报员 · chain_office 产业链办 · "
    "reviewer 数据审核员.",
)
@click.option("--unit", "unit", help="Unit code or name (required for reporter).")
@click.option("--chain", "chain", help="Chain name (required for chain_office).")
@click.option(
    "--password-stdin", is_flag=True, help="Read the password from the first line of standard input."
)
@click.option(
    "--unless-admin-exists",
    is_flag=True,
    help="Do nothing (exit 0) when an admin already exists: for set-up scripts.",
)
def user_add_cmd(
    name: str, role: str, unit: str | None, chain: str | None, password_stdin: bool, unless_admin_exists: bool
) -> None:
    """Add a user NAME with a ROLE; the password is asked for (twice) or read from standard input."""
    engine = _ledger()
    if unless_admin_exists:
        with transaction(engine) as session:
            if has_admin(session):
                click.echo("已有管理员，未新增用户 (an admin exists already)")
                return
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise InputError("标准输入中没有密码")
    else:
        password = click.prompt("密码", hide_input=True, confirmation_prompt="再次输入密码")
    with transaction(engine) as session:
        user = create_user(
            session, name=name, password=password, role=role, unit_code=unit, chain=chain, actor="cli"
        )
        click.echo(f"已新增用户「{user.name}」，角色：{ROLE_LABELS[user.role]}")


@user_group.command("list")
def user_list_cmd() -> None:
    """List the users: name, role, unit or chain, last log-in."""
    engine = _ledger()
    with transaction(engine) as session:
        users = list_users(session)
        if not users:
            click.echo("还没有用户。用 `diaodu user add 名字 --role admin` 创建第一个管理员。")
            return
        for u in users:
            scope = u.unit.name if u.unit else (u.chain or "")
            last = u.last_login_at.strftime("%Y-%m-%d %H:%M") if u.last_login_at else "从未登录"
            state = "" if u.active else "（停用）"
            click.echo(f"{u.name}\t{ROLE_LABELS[u.role]}\t{scope}\t{last}{state}")


def register(group: click.Group) -> None:
    """Add the web app's commands to the ``diaodu`` group."""
    group.add_command(serve_cmd)
    group.add_command(user_group)
