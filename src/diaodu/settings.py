"""Every setting in one place: ``DIAODU_*`` environment variables, their defaults and help text.

Add a setting by adding a field here with a ``description``; ``docs/settings.md`` lists them all and a
test fails when one is missing there.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """diaodu's settings, read from ``DIAODU_*`` environment variables."""

    model_config = SettingsConfigDict(env_prefix="DIAODU_", extra="ignore")

    instance_dir: Path = Field(
        default=Path("instance"),
        description="Folder for the SQLite ledger, generated reports and uploads.",
    )
    db_url: str = Field(
        default="",
        description=(
            "SQLAlchemy URL of the ledger. Empty means a SQLite file `ledger.sqlite3` in the instance "
            "folder. PostgreSQL: `postgresql+psycopg://user@host:5432/dbname`."
        ),
    )
    city: str = Field(
        default="examples/hengyang",
        description="Folder of the city profile (regions, parks, peers, indicators) the reader uses.",
    )
    secret_key: str = Field(
        default="",
        description=(
            "Key that signs the log-in form token. "
            "Empty: a random key is made and kept in the instance folder."
        ),
    )
    progress_green_gap: float = Field(
        default=0.0,
        description="三色预警: a project at or above 时序进度 minus this many points is green.",
    )
    progress_yellow_gap: float = Field(
        default=10.0,
        description="三色预警: a project behind 时序进度 by up to this many points is yellow; more is red.",
    )
    upload_max_mb: int = Field(default=50, description="Largest upload the web app accepts, in MiB.")
    login_max_attempts: int = Field(
        default=5, description="Failed log-ins allowed per user and address in 15 minutes."
    )
    pure: bool = Field(
        default=False,
        description=(
            "Read with the pure-Python reader even when the compiled one (`build/native`, made by "
            "`make native`) is built and matches the sources. Read once per process by "
            "`diaodu.reading.native` straight from the environment (the reader does not load these "
            "settings), with the same true and false words."
        ),
    )

    @field_validator("db_url")
    @classmethod
    def _known_backend(cls, value: str) -> str:
        if value and not value.startswith(("sqlite", "postgresql")):
            raise ValueError("DIAODU_DB_URL must be a sqlite:/// or postgresql+psycopg:// URL")
        return value

    def database_url(self) -> str:
        """The ledger's URL, with the SQLite default filled in."""
        if self.db_url:
            return self.db_url
        return f"sqlite:///{(self.instance_dir / 'ledger.sqlite3').resolve()}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read once from the environment."""
    return Settings()
