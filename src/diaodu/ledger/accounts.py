"""Accounts: users, passwords (argon2), roles and their scope, sessions, log-in rate limiting.

Roles and what each may do (:data:`PERMISSIONS`):

==============  ===========================================================================
admin           everything, and users and the audit log
leader          reads everything, generates reports
reporter        writes its own unit's projects, monthly progress, tasks and tickets
chain_office    writes its own chain: goals, enterprises, its tasks and tickets
reviewer        reviews figures (accept / correct / reject), uploads report documents
==============  ===========================================================================

Scope is checked twice: :func:`authorize` refuses an action on a unit or chain outside the user's scope,
and :func:`unit_clause` / :func:`chain_clause` put the same scope into the SQL that finds a row to write,
so a row outside the scope is never found. There is no default user and no default password: the first
admin is made with ``diaodu user add NAME --role admin``.
"""

from __future__ import annotations

import contextlib
import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import ColumnElement, delete, false, func, select, true
from sqlalchemy.orm import Session

from diaodu.errors import AccessDenied, InputError, NotFound
from diaodu.ledger import audit
from diaodu.ledger.tables.accounts import ROLE_LABELS, ROLES, LoginAttempt, User, WebSession
from diaodu.ledger.tables.regions import Unit

__all__ = [
    "ACTION_LABELS",
    "PERMISSIONS",
    "ROLES",
    "ROLE_LABELS",
    "LoginThrottled",
    "Principal",
    "authenticate",
    "authorize",
    "chain_clause",
    "close_session",
    "create_user",
    "has_admin",
    "list_users",
    "open_session",
    "principal_of",
    "session_principal",
    "unit_clause",
]

_hasher = PasswordHasher()

MIN_PASSWORD_LENGTH = 8
SESSION_HOURS = 12
LOGIN_WINDOW = timedelta(minutes=15)

#: Which roles may take each action. Reporter and chain office are further held to their scope.
PERMISSIONS: dict[str, frozenset[str]] = {
    "read": frozenset(ROLES),
    "project.write": frozenset({"admin", "reporter"}),
    "progress.write": frozenset({"admin", "reporter"}),
    "task.write": frozenset({"admin", "reporter", "chain_office"}),
    "ticket.act": frozenset({"admin", "reporter", "chain_office"}),
    "chain.write": frozenset({"admin", "chain_office"}),
    "mention.review": frozenset({"admin", "reviewer"}),
    "document.upload": frozenset({"admin", "reviewer"}),
    "sheet.upload": frozenset({"admin"}),
    "report.generate": frozenset({"admin", "leader"}),
    "audit.read": frozenset({"admin"}),
    "user.manage": frozenset({"admin"}),
}

ACTION_LABELS = {
    "read": "查看",
    "project.write": "修改项目",
    "progress.write": "填报月度进度",
    "task.write": "修改任务",
    "ticket.act": "办理工单",
    "chain.write": "修改产业链",
    "mention.review": "审核数据",
    "document.upload": "上传报告",
    "sheet.upload": "导入表格",
    "report.generate": "生成报告",
    "audit.read": "查看审计日志",
    "user.manage": "管理用户",
}


class LoginThrottled(AccessDenied):
    """Too many failed log-ins for one user name from one address."""


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is acting: the user's name, role and scope (a unit for reporters, a chain for chain offices)."""

    user_id: int
    name: str
    role: str
    unit_id: int | None = None
    unit_name: str | None = None
    chain: str | None = None

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def can(self, action: str) -> bool:
        """Whether the role may take ``action`` at all (scope aside)."""
        return self.role in PERMISSIONS.get(action, frozenset())


def hash_password(password: str) -> str:
    """An argon2id hash of ``password``."""
    return _hasher.hash(password)


def _check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(f"密码至少需要{MIN_PASSWORD_LENGTH}个字符")
    if password.strip() != password or not password.strip():
        raise InputError("密码不能以空格开头或结尾")


def create_user(
    session: Session,
    *,
    name: str,
    password: str,
    role: str,
    unit_code: str | None = None,
    chain: str | None = None,
    actor: str,
) -> User:
    """Add a user. A reporter needs a unit (by code or name), a chain office a chain name."""
    name = name.strip()
    if not name or len(name) > 100:
        raise InputError("用户名不能为空，且不超过100个字符")
    if role not in ROLES:
        raise InputError(f"未知角色「{role}」，可选：{', '.join(ROLES)}")
    _check_password_rules(password)
    if session.scalar(select(User.id).where(User.name == name)) is not None:
        raise InputError(f"用户「{name}」已存在")
    unit: Unit | None = None
    if unit_code:
        unit = session.scalar(select(Unit).where((Unit.code == unit_code) | (Unit.name == unit_code)))
        if unit is None:
            raise InputError(f"找不到单位「{unit_code}」（请先用 `diaodu city load` 载入城市）")
    if role == "reporter" and unit is None:
        raise InputError("单位填报员必须指定单位（--unit）")
    if role == "chain_office" and not (chain and chain.strip()):
        raise InputError("产业链办必须指定产业链（--chain）")
    user = User(
        name=name,
        password_hash=hash_password(password),
        role=role,
        unit_id=unit.id if unit else None,
        chain=chain.strip() if chain else None,
        active=True,
    )
    session.add(user)
    session.flush()
    shown = {k: v for k, v in audit.snapshot(user).items() if k != "password_hash"}
    audit.record(session, actor=actor, action="create", table="users", row_id=user.id, after=shown)
    return user


def list_users(session: Session) -> list[User]:
    """Every user, by name."""
    return list(session.scalars(select(User).order_by(User.name)))


def has_admin(session: Session) -> bool:
    """Whether an active admin exists."""
    found = session.scalar(select(User.id).where(User.role == "admin", User.active == true()).limit(1))
    return found is not None


def principal_of(user: User) -> Principal:
    return Principal(
        user_id=user.id,
        name=user.name,
        role=user.role,
        unit_id=user.unit_id,
        unit_name=user.unit.name if user.unit is not None else None,
        chain=user.chain,
    )


def _failures(session: Session, name: str, address: str, now: datetime) -> int:
    since = now - LOGIN_WINDOW
    count = session.scalar(
        select(func.count())
        .select_from(LoginAttempt)
        .where(
            LoginAttempt.user_name == name,
            LoginAttempt.address == address,
            LoginAttempt.at >= since,
            LoginAttempt.succeeded == false(),
        )
    )
    return int(count or 0)


def authenticate(session: Session, *, name: str, password: str, address: str, max_attempts: int) -> User:
    """The user whose name and password these are; every attempt is recorded.

    Raises :class:`LoginThrottled` once ``max_attempts`` failures from this address for this name
    fall in the last 15 minutes (even when the password is right), and ``AccessDenied`` on a wrong
    name or password (the message does not say which).
    """
    now = datetime.now(UTC)
    name = name.strip()[:100]
    address = address[:64]
    if _failures(session, name, address, now) >= max_attempts:
        session.add(LoginAttempt(user_name=name, address=address, at=now, succeeded=False))
        raise LoginThrottled("登录失败次数过多，请15分钟后再试")
    user = session.scalar(select(User).where(User.name == name))
    ok = False
    if user is not None and user.active:
        try:
            ok = _hasher.verify(user.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            ok = False
    else:
        # Spend the same time as a real check so a wrong name and a wrong password look alike.
        with contextlib.suppress(VerifyMismatchError, VerificationError, InvalidHashError):
            _hasher.verify(_DUMMY_HASH, password)
    session.add(LoginAttempt(user_name=name, address=address, at=now, succeeded=ok))
    if not ok or user is None:
        raise AccessDenied("用户名或密码错误")
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = now
    audit.record(session, actor=user.name, action="login", table="users", row_id=user.id, note=address)
    return user


_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(session: Session, user: User, *, address: str | None = None) -> tuple[str, str]:
    """Start a browser session for ``user``: returns (cookie token, CSRF token)."""
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    session.execute(delete(WebSession).where(WebSession.expires_at < now))
    session.add(
        WebSession(
            token_hash=_token_hash(token),
            user_id=user.id,
            csrf_token=csrf,
            created_at=now,
            expires_at=now + timedelta(hours=SESSION_HOURS),
            address=(address or "")[:64] or None,
        )
    )
    return token, csrf


def session_principal(session: Session, token: str) -> tuple[Principal, str] | None:
    """The principal and CSRF token of a live session, or None when the token is unknown or expired."""
    if not token or len(token) > 200:
        return None
    row = session.get(WebSession, _token_hash(token))
    if row is None:
        return None
    expires = row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=UTC)
    if expires < datetime.now(UTC) or not row.user.active:
        return None
    return principal_of(row.user), row.csrf_token


def close_session(session: Session, token: str) -> None:
    """End the session whose cookie token this is (nothing if there is none)."""
    session.execute(delete(WebSession).where(WebSession.token_hash == _token_hash(token)))


def authorize(who: Principal, action: str, *, unit_id: int | None = None, chain: str | None = None) -> None:
    """Raise ``AccessDenied`` unless ``who`` may take ``action`` on a row of ``unit_id`` / ``chain``.

    A reporter acts only on its own unit's rows and a chain office only on its own chain's; for
    those roles a row with no unit (or no chain) is outside the scope.
    """
    if action not in PERMISSIONS:
        raise NotFound(f"unknown action {action!r}")
    label = ACTION_LABELS.get(action, action)
    if not who.can(action):
        raise AccessDenied(f"{who.role_label}无权{label}")
    if action == "read" or who.role not in ("reporter", "chain_office"):
        return
    if who.role == "reporter":
        if chain is not None and unit_id is None:
            raise AccessDenied(f"单位填报员只能{label}本单位的事项")
        if unit_id is None or unit_id != who.unit_id:
            raise AccessDenied(f"单位填报员只能{label}本单位（{who.unit_name or '未指定'}）的事项")
    if who.role == "chain_office" and (chain is None or chain != who.chain):
        raise AccessDenied(f"产业链办只能{label}本产业链（{who.chain or '未指定'}）的事项")


def unit_clause(who: Principal, column: Any) -> ColumnElement[bool]:
    """A WHERE clause limiting rows (by their unit column) to what ``who`` may write."""
    if who.role == "reporter":
        return column == who.unit_id if who.unit_id is not None else false()
    if who.role == "admin":
        return true()
    return false()


def chain_clause(who: Principal, column: Any) -> ColumnElement[bool]:
    """A WHERE clause limiting rows (by their chain name column) to what ``who`` may write."""
    if who.role == "chain_office":
        return column == who.chain if who.chain else false()
    if who.role == "admin":
        return true()
    return false()
