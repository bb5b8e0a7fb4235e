"""Accounts of the web app: users with a role and a scope, their sessions, and log-in attempts.

- ``users``: one row a person. ``password_hash`` is an argon2 hash (never the password). ``role`` is one
  of :data:`ROLES`; a unit reporter has ``unit_id`` (the unit whose projects, progress and tasks it
  writes); a chain office has ``chain`` (the name of the industrial chain it writes).
- ``web_sessions``: a signed-in browser. The cookie holds a random token; only its SHA-256 is stored.
  Each session has its own CSRF token.
- ``login_attempts``: every log-in tried, by user name and address, for rate limiting and the audit.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from diaodu.ledger.tables.base import Base, utcnow
from diaodu.ledger.tables.regions import Unit

ROLES = ("admin", "leader", "reporter", "chain_office", "reviewer")

#: Chinese labels for the roles, for pages and the CLI.
ROLE_LABELS = {
    "admin": "系统管理员",
    "leader": "领导",
    "reporter": "单位填报员",
    "chain_office": "产业链办",
    "reviewer": "数据审核员",
}


class User(Base):
    """A person who signs in to the web app (用户)."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint(f"role IN {ROLES!r}", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    chain: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None]

    unit: Mapped[Unit | None] = relationship()


class WebSession(Base):
    """A signed-in browser (会话). The cookie's token is stored only as its SHA-256."""

    __tablename__ = "web_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(index=True)
    address: Mapped[str | None] = mapped_column(String(64))

    user: Mapped[User] = relationship()


class LoginAttempt(Base):
    """One log-in tried (登录尝试), successful or not."""

    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_attempts_who", "user_name", "address", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    succeeded: Mapped[bool] = mapped_column(Boolean, default=False)
