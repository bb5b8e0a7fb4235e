"""`diaodu user add / list`: the first admin comes from the command line; there is no default password."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, select

from diaodu.cli import main
from diaodu.ledger.db import transaction
from diaodu.ledger.tables.accounts import User
from diaodu.settings import get_settings

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Iterator[Run]:
    monkeypatch.setenv("DIAODU_DB_URL", db_url)
    get_settings.cache_clear()

    def go(*args: str, stdin: str = "") -> tuple[int, str, str]:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    yield go
    get_settings.cache_clear()


def test_first_admin_from_stdin(run: Run, engine: Engine) -> None:
    code, out, _ = run(
        "user", "add", "王主任", "--role", "admin", "--password-stdin", stdin="a-long-secret-1\n"
    )
    assert code == 0
    assert "已新增用户「王主任」" in out
    with transaction(engine) as s:
        user = s.scalar(select(User).where(User.name == "王主任"))
        assert user is not None and user.role == "admin"
        assert user.password_hash.startswith("$argon2id$")


def test_no_password_no_user(run: Run, engine: Engine) -> None:
    code, _, err = run("user", "add", "x", "--role", "admin", "--password-stdin", stdin="")
    assert code == 2
    assert "没有密码" in err
    with transaction(engine) as s:
        assert s.scalar(select(User.id)) is None


def test_short_password_refused(run: Run) -> None:
    code, _, err = run("user", "add", "x", "--role", "leader", "--password-stdin", stdin="short\n")
    assert code == 2
    assert "至少需要8个字符" in err


def test_reporter_needs_a_known_unit(run: Run) -> None:
    code, _, err = run("user", "add", "x", "--role", "reporter", "--password-stdin", stdin="long-enough-1\n")
    assert code == 2
    assert "必须指定单位" in err
    code, _, err = run(
        "user",
        "add",
        "x",
        "--role",
        "reporter",
        "--unit",
        "999999",
        "--password-stdin",
        stdin="long-enough-1\n",
    )
    assert code == 2
    assert "找不到单位「999999」" in err


def test_unless_admin_exists(run: Run, engine: Engine) -> None:
    assert run("user", "add", "a1", "--role", "admin", "--password-stdin", stdin="long-enough-1\n")[0] == 0
    code, out, _ = run(
        "user",
        "add",
        "a2",
        "--role",
        "admin",
        "--unless-admin-exists",
        "--password-stdin",
        stdin="long-enough-2\n",
    )
    assert code == 0
    assert "已有管理员" in out
    with transaction(engine) as s:
        assert list(s.scalars(select(User.name))) == ["a1"]


def test_user_list(run: Run) -> None:
    assert "还没有用户" in run("user", "list")[1]
    run("user", "add", "李四", "--role", "reviewer", "--password-stdin", stdin="long-enough-1\n")
    code, out, _ = run("user", "list")
    assert code == 0
    assert "李四\t数据审核员" in out
    assert "从未登录" in out


def test_serve_refuses_an_unmigrated_ledger(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DIAODU_DB_URL", f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    get_settings.cache_clear()
    try:
        code = main(["serve", "--port", "1"])
    finally:
        get_settings.cache_clear()
    assert code == 1
    assert "diaodu db upgrade" in capsys.readouterr().err
