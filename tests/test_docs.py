"""The documentation keeps up with the code: every setting, every CLI command, every lexicon file."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from diaodu.cli import cli
from diaodu.cli.reference import render
from diaodu.settings import Settings

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_setting_is_documented(name: str) -> None:
    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    assert f"DIAODU_{name.upper()}" in text


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_setting_has_help(name: str) -> None:
    assert (Settings.model_fields[name].description or "").strip()


def _commands() -> list[tuple[str, click.Command]]:
    out: list[tuple[str, click.Command]] = []

    def walk(cmd: click.Command, path: str) -> None:
        out.append((path, cmd))
        if isinstance(cmd, click.Group):
            for name in cmd.list_commands(click.Context(cmd)):
                sub = cmd.get_command(click.Context(cmd), name)
                assert sub is not None
                walk(sub, f"{path} {name}")

    walk(cli, "diaodu")
    return out


@pytest.mark.parametrize(("path", "command"), _commands(), ids=[p for p, _ in _commands()])
def test_command_has_help(path: str, command: click.Command) -> None:
    assert (command.help or command.short_help or "").strip(), f"`{path}` has no help text"


def test_cli_reference_is_current() -> None:
    current = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert current == render(), "docs/cli.md is out of date: run `python -m diaodu.cli.reference`"
