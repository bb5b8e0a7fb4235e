"""The account functions under the web app: sessions expire, inactive users cannot log in, scope clauses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select, update

from diaodu.errors import AccessDenied, InputError
from diaodu.ledger import accounts
from diaodu.ledger.db import transaction
from diaodu.ledger.tables.accounts import User, WebSession
from diaodu.ledger.tables.projects import Project
from tests.web.conftest import PASSWORD, World


def _login(engine: Engine, name: str, password: str = PASSWORD) -> tuple[str, str]:
    with transaction(engine) as s:
        user = accounts.authenticate(s, name=name, password=password, address="10.0.0.1", max_attempts=5)
        return accounts.open_session(s, user, address="10.0.0.1")


def test_session_lives_until_it_expires(engine: Engine, world: World) -> None:
    token, csrf = _login(engine, "leader")
    with transaction(engine) as s:
        found = accounts.session_principal(s, token)
        assert found is not None and found[0].name == "leader" and found[1] == csrf
        s.execute(update(WebSession).values(expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    with transaction(engine) as s:
        assert accounts.session_principal(s, token) is None
        assert accounts.session_principal(s, "no-such-token") is None


def test_the_cookie_token_is_not_stored(engine: Engine, world: World) -> None:
    token, _ = _login(engine, "leader")
    with transaction(engine) as s:
        stored = list(s.scalars(select(WebSession.token_hash)))
    assert stored and token not in stored


def test_inactive_user_cannot_log_in(engine: Engine, world: World) -> None:
    with transaction(engine) as s:
        s.execute(update(User).where(User.name == "leader").values(active=False))
    with pytest.raises(AccessDenied, match="用户名或密码错误"):
        _login(engine, "leader")


def test_duplicate_user_refused(engine: Engine, world: World) -> None:
    with transaction(engine) as s, pytest.raises(InputError, match="已存在"):
        accounts.create_user(s, name="leader", password="another-one-1", role="leader", actor="t")


@pytest.mark.parametrize(
    ("persona", "codes"),
    [("admin", ["P-A", "P-B"]), ("reporter", ["P-A"]), ("leader", []), ("chain", []), ("reviewer", [])],
)
def test_unit_clause_limits_rows(persona: str, codes: list[str], engine: Engine, world: World) -> None:
    with transaction(engine) as s:
        user = s.scalar(select(User).where(User.name == persona))
        assert user is not None
        who = accounts.principal_of(user)
        found = s.scalars(
            select(Project.code)
            .where(accounts.unit_clause(who, Project.responsible_unit_id))
            .order_by(Project.code)
        )
        assert list(found) == codes
