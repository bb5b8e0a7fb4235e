"""Whether to read with the compiled reader: ``build/native``, made by ``scripts/build_native.py``.

The reader's hot modules can be compiled with mypyc into extension modules that run the same code about
1.5 times as fast. They are never built into ``src/``: the build puts them in ``build/native/diaodu/reading``
beside a ``manifest.json`` that holds the sha256 of every source they were compiled from (and checked
against), and ``diaodu.reading`` puts that folder at the front of its ``__path__`` only when

- ``DIAODU_PURE`` is unset (or a false word: ``0``, ``false``, ``no``, ``off``),
- the package is a source checkout with ``build/native`` beside ``src/`` (an installed package: pure),
- the manifest was made for this interpreter (``EXT_SUFFIX``), every compiled module is there, and
- every source in the manifest hashes the same now, and no source was added or removed,

so an edited source never runs stale compiled code: it is read as pure Python until the next build.

This module stays light (no pydantic settings, no submodule of the reader) because it runs before
``diaodu.reading`` imports anything else. ``DIAODU_PURE`` is documented with every other setting in
``diaodu.settings``; it is read here from the environment directly, with the same words for true and
false as the settings' boolean parser.
"""

from __future__ import annotations

import hashlib
import json
import os
import sysconfig
from collections.abc import Mapping
from pathlib import Path

__all__ = [
    "MANIFEST",
    "NATIVE_DIR",
    "SRC_DIR",
    "manifest_problem",
    "pure_requested",
    "source_hashes",
    "use_native",
]

SRC_DIR = Path(__file__).resolve().parents[2]
"""``src/``: the folder that holds the ``diaodu`` package."""
NATIVE_DIR = Path(__file__).resolve().parents[3] / "build" / "native"
"""The compiled package tree of a source checkout (``build/native/diaodu/reading/*.so``)."""
MANIFEST = "manifest.json"

_FALSE_WORDS = frozenset({"", "0", "false", "f", "no", "n", "off"})


def pure_requested(environ: Mapping[str, str] | None = None) -> bool:
    """Does ``DIAODU_PURE`` ask for the pure-Python reader?"""
    value = (os.environ if environ is None else environ).get("DIAODU_PURE")
    return value is not None and value.strip().lower() not in _FALSE_WORDS


def _hashed_paths(src: Path) -> list[Path]:
    """Every source compiled code is built from or type-checked against, whose edit makes it stale.

    The whole reader (a compiled module trusts the types of the pure modules it calls) and the errors
    it raises; a few hundred KB, hashed once per process.
    """
    reading = src / "diaodu" / "reading"
    return sorted([*reading.rglob("*.py"), src / "diaodu" / "errors.py"])


def source_hashes(src: Path = SRC_DIR) -> dict[str, str]:
    """``{path relative to src (posix): sha256}`` of every hashed source."""
    return {
        path.relative_to(src).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in _hashed_paths(src)
    }


def manifest_problem(native: Path = NATIVE_DIR, src: Path = SRC_DIR) -> str | None:
    """Why the compiled reader in ``native`` cannot be used for the sources in ``src``; None if it can."""
    try:
        manifest = json.loads((native / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return f"no native build ({native / MANIFEST} is missing)"
    except (OSError, ValueError) as exc:
        return f"unreadable manifest {native / MANIFEST}: {exc}"
    if not isinstance(manifest, dict):
        return "the manifest is not an object"
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    if manifest.get("ext_suffix") != suffix:
        return f"built for {manifest.get('ext_suffix')!r}, this interpreter loads {suffix!r}"
    modules = manifest.get("modules")
    if not isinstance(modules, list) or not modules:
        return "the manifest lists no compiled module"
    for name in [*modules, manifest.get("shared_lib")]:
        if not isinstance(name, str) or not (native / (name.replace(".", "/") + suffix)).is_file():
            return f"the compiled module {name!r} is missing"
    if manifest.get("sources") != source_hashes(src):
        return "the sources changed since the build (run scripts/build_native.py)"
    return None


def use_native(
    package_path: list[str],
    native: Path = NATIVE_DIR,
    src: Path = SRC_DIR,
    environ: Mapping[str, str] | None = None,
) -> bool:
    """Put the compiled reader first on ``package_path`` (``diaodu.reading.__path__``) when it is
    wanted and matches the sources exactly; say whether it did."""
    if pure_requested(environ):
        return False
    try:
        if manifest_problem(native, src) is not None:
            return False
    except OSError:  # a source or the build unreadable: read as pure Python
        return False
    folder = str(native / "diaodu" / "reading")
    if folder not in package_path:
        package_path.insert(0, folder)
    return True
