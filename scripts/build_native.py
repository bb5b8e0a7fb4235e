"""Compile the reader's hot modules with mypyc into ``build/native`` (never into ``src/``).

    .venv/bin/python scripts/build_native.py           # build if the sources changed, else say so
    .venv/bin/python scripts/build_native.py --force   # build anyway

The result is a package tree, ``build/native/diaodu/reading/*.so`` (one extension per module and the
group's shared library ``_native__mypyc``), with ``build/native/manifest.json``: the sha256 of every
source the build read (``diaodu.reading.native.source_hashes``), the mypy version and the interpreter's
``EXT_SUFFIX``. ``diaodu.reading`` uses the tree only while that manifest matches the sources exactly
(``diaodu/reading/native.py``); ``DIAODU_PURE=1`` turns it off.

The build happens in a temporary folder under ``build/`` that is renamed into place at the end, so a
killed build leaves the old tree or none, never half of one. A failed compilation is reported and the
script still exits 0: the pure-Python reader works without it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
NATIVE = ROOT / "build" / "native"
GROUP = "diaodu.reading._native"  # the shared library is diaodu/reading/_native__mypyc<EXT_SUFFIX>
OPT_LEVEL = "3"

# The modules compiled, all in diaodu/reading/. Why these: they are where the reader spends its time
# (cProfile of benchmarks.reading), they are typed strictly enough for mypyc, and they hold no pydantic
# model (mypyc cannot compile a BaseModel subclass: the lexicon schemas live in the pure modules
# lexicon/, naming_file.py and regions_file.py). Left pure: the loaders of files and formats
# (documents, formats, furniture, lexicon_documents, dates, profile, mentions), which run once per
# document, and native.py, which decides whether any of this is used.
MODULES = [
    "extract",
    "measures",
    "periods",
    "tables",
    "attribution",
    "passages",
    "rank_lists",
    "qualify",
    "numerals",
    "offsets",
    "comparisons",
    "indicator_names",
    "home",
    "blockers",
]


def _native_module() -> ModuleType:
    """``src/diaodu/reading/native.py`` loaded by path: importing ``diaodu.reading`` would load the
    reader itself (maybe the stale compiled one) just to hash its sources."""
    spec = importlib.util.spec_from_file_location("_diaodu_native", SRC / "diaodu" / "reading" / "native.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _mypy_version() -> str:
    from mypy.version import __version__

    return __version__


def wanted_manifest(native: ModuleType) -> dict[str, object]:
    return {
        "modules": [f"diaodu.reading.{name}" for name in MODULES],
        "shared_lib": f"{GROUP}__mypyc",
        "sources": native.source_hashes(SRC),
        "mypy": _mypy_version(),
        "ext_suffix": sysconfig.get_config_var("EXT_SUFFIX"),
        "opt_level": OPT_LEVEL,
    }


def current_manifest() -> object:
    try:
        return json.loads((NATIVE / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _compile(out: Path, work: Path) -> None:
    """mypyc + setuptools' build_ext: the extensions into ``out`` (a package tree), C and objects in
    ``work``. Runs in this process; raises on failure."""
    from mypyc.build import mypycify
    from setuptools import Distribution

    paths = [str(SRC / "diaodu" / "reading" / f"{name}.py") for name in MODULES]
    # the project's mypy config (strict, ignore_missing_imports; the files given here replace its
    # `files`), mypy's cache kept in build/ between builds (never .mypy_cache in the working folder)
    extensions = mypycify(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / "build" / "mypyc-cache"),
            *paths,
        ],
        opt_level=OPT_LEVEL,
        group_name=GROUP,
        target_dir=str(work / "c"),
    )
    dist = Distribution({"name": "diaodu-native", "ext_modules": extensions})
    build_ext = dist.get_command_obj("build_ext")
    build_ext.build_lib = str(out)
    build_ext.build_temp = str(work / "obj")
    build_ext.inplace = False
    build_ext.ensure_finalized()
    build_ext.run()


def _sweep_leftovers(build: Path) -> None:
    """Temporary folders of builds killed more than an hour ago."""
    for old in build.glob("native.tmp-*"):
        if time.time() - old.stat().st_mtime > 3600:
            shutil.rmtree(old, ignore_errors=True)


def build(force: bool = False) -> int:
    native = _native_module()
    try:
        manifest = wanted_manifest(native)
    except ImportError as exc:  # mypy (with mypyc) is a dev dependency
        print(f"build_native: NOTE: mypy is not installed ({exc}); the reader runs as pure Python")
        return 0
    if not force and current_manifest() == manifest and native.manifest_problem(NATIVE, SRC) is None:
        print(
            f"build_native: {NATIVE.relative_to(ROOT)} is up to date ({len(MODULES)} modules); nothing to do"
        )
        return 0
    NATIVE.parent.mkdir(parents=True, exist_ok=True)
    _sweep_leftovers(NATIVE.parent)
    tmp = Path(tempfile.mkdtemp(prefix="native.tmp-", dir=NATIVE.parent))
    out = tmp / "native"
    started = time.perf_counter()
    print(f"build_native: compiling {len(MODULES)} modules with mypyc {manifest['mypy']} (-O{OPT_LEVEL}) …")
    # in a child process: mypy and the C compiler hold a lot of memory, and a crash there is reported
    # like any other failure
    child = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--compile-into", str(out), str(tmp / "work")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if child.returncode != 0:
        log = tmp / "build.log"
        log.write_text(child.stdout + child.stderr, encoding="utf-8")
        tail = "\n".join((child.stdout + child.stderr).strip().splitlines()[-15:])
        kept = NATIVE.parent / "native-failed.log"
        shutil.copyfile(log, kept)
        shutil.rmtree(tmp, ignore_errors=True)
        print(
            f"build_native: NOTE: the compilation failed (exit {child.returncode}); the reader runs as pure "
            f"Python. Last lines (whole log: {kept.relative_to(ROOT)}):\n{tail}"
        )
        return 0
    # the sources may have changed while compiling: record what was compiled only if they did not
    if native.source_hashes(SRC) != manifest["sources"]:
        shutil.rmtree(tmp, ignore_errors=True)
        print("build_native: NOTE: the sources changed during the build; nothing installed, run it again")
        return 0
    (out / "manifest.json").write_text(
        json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    old = NATIVE.parent / f"native.old-{os.getpid()}"
    if NATIVE.exists():
        NATIVE.rename(old)
    out.rename(NATIVE)
    shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(tmp, ignore_errors=True)
    (NATIVE.parent / "native-failed.log").unlink(missing_ok=True)
    problem = native.manifest_problem(NATIVE, SRC)
    seconds = time.perf_counter() - started
    if problem is not None:  # not expected: the manifest was just written from these sources
        print(f"build_native: NOTE: built, but it will not be used: {problem}")
    else:
        print(
            f"build_native: built {NATIVE.relative_to(ROOT)} in {seconds:.0f}s; diaodu.reading.NATIVE is True"
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--force", action="store_true", help="build even when the manifest matches")
    parser.add_argument("--compile-into", nargs=2, metavar=("OUT", "WORK"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.compile_into:
        out, work = (Path(p) for p in args.compile_into)
        _compile(out, work)
        return 0
    return build(force=args.force)


if __name__ == "__main__":
    sys.exit(main())
