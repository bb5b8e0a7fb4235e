"""The ``diaodu`` command: each subcommand is a thin wrapper over a library function.

Commands live in one module a stage (``reading``, ``ledger``, ``dispatch``, ``web``); each module
defines ``register(group)``. Errors: an ``InputError`` exits 2, any other ``DiaoduError`` exits 1,
with the message alone on standard error.
"""

from __future__ import annotations

import importlib
import sys

import click

from diaodu import __version__
from diaodu.errors import DiaoduError, InputError

STAGES = ("reading", "ledger", "dispatch", "web")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diaodu")
def cli() -> None:
    """diaodu (调度): read reports into a ledger of figures, and dispatch the office's work on it."""


for _stage in STAGES:
    try:
        _module = importlib.import_module(f"diaodu.cli.{_stage}")
    except ModuleNotFoundError as exc:  # a stage not built yet
        if exc.name != f"diaodu.cli.{_stage}":
            raise
        continue
    _module.register(cli)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit status instead of raising on errors diaodu raised on purpose."""
    try:
        cli.main(args=argv, prog_name="diaodu", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("已中止 (aborted)", err=True)
        return 1
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except InputError as exc:
        click.echo(f"错误: {exc}", err=True)
        return 2
    except DiaoduError as exc:
        click.echo(f"错误: {exc}", err=True)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
