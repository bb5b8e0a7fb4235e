"""Write ``docs/cli.md`` from the commands' own ``--help`` (``python -m diaodu.cli.reference``).

``tests/test_docs.py`` fails when the file is out of date, so the reference cannot rot.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import click

HEADER = """# `diaodu` command reference

Generated from each command's `--help` by `python -m diaodu.cli.reference`; do not edit by hand.
"""


def _walk(command: click.Command, path: list[str]) -> Iterator[tuple[list[str], click.Command]]:
    yield path, command
    if isinstance(command, click.Group):
        for name in sorted(command.list_commands(click.Context(command))):
            sub = command.get_command(click.Context(command), name)
            if sub is not None and not sub.hidden:
                yield from _walk(sub, [*path, name])


def render() -> str:
    """The whole reference as Markdown."""
    from diaodu.cli import cli

    parts = [HEADER]
    for path, command in _walk(cli, ["diaodu"]):
        # Build each context with the group's own settings (its help option names): click caches the
        # help option on a command object, so a context made otherwise would render differently
        # depending on whether the real CLI ran earlier in the same process.
        ctx = click.Context(
            command,
            info_name=" ".join(path),
            terminal_width=100,
            max_content_width=100,
            help_option_names=list(cli.context_settings.get("help_option_names", ["--help"])),
        )
        help_text = command.get_help(ctx)
        parts.append(f"\n## `{' '.join(path)}`\n\n```\n{help_text}\n```\n")
    return "".join(parts)


def main() -> int:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/cli.md")
    target.write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
