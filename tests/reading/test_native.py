"""The compiled reader (``scripts/build_native.py`` → ``build/native``): the same records as pure Python,
and used only while its manifest matches the sources (``diaodu/reading/native.py``)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import diaodu.reading
from diaodu.reading import native
from diaodu.settings import Settings
from tests.reading.test_unseen import HELD_OUT

HERE = Path(__file__).resolve().parent
# our corpus and a few of the spent sets (never a held-out one: those are never read)
FOLDERS = [HERE / "corpus", *(HERE / name for name in ("unseen2", "unseen3", "unseen4", "unseen15"))]
DOC_SUFFIXES = {".txt", ".html", ".docx", ".pdf"}


def _documents(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in DOC_SUFFIXES and p.name[:2].isdigit())


def _extract(folder: Path, pure: bool) -> list[str]:
    """``diaodu extract --format jsonl`` on the folder's documents in a fresh process, after a line
    saying whether that process reads with the compiled reader."""
    env = {k: v for k, v in os.environ.items() if k != "DIAODU_PURE"}
    if pure:
        env["DIAODU_PURE"] = "1"
    code = (
        "import sys, diaodu.reading; print(diaodu.reading.NATIVE, flush=True); "
        "from diaodu.cli import main; sys.exit(main())"
    )
    args = [sys.executable, "-c", code, "extract", *map(str, _documents(folder)), "--format", "jsonl"]
    args += ["--city", str(folder / "city.yaml")]
    done = subprocess.run(args, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.slow
@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_compiled_and_pure_records_are_equal(folder: Path) -> None:
    problem = native.manifest_problem()
    if problem is not None:
        pytest.skip(f"compiled reader not usable, nothing to compare: {problem}")
    assert folder.name not in HELD_OUT
    compiled = _extract(folder, pure=False)
    pure = _extract(folder, pure=True)
    assert compiled[0] == "True" and pure[0] == "False"  # each mode really was that mode
    assert len(compiled) > 1
    assert compiled[1:] == pure[1:]


def test_package_flag_follows_the_check() -> None:
    expected = not native.pure_requested() and native.manifest_problem() is None
    assert expected == diaodu.reading.NATIVE
    module = sys.modules["diaodu.reading.extract"]
    assert (Path(str(module.__file__)).suffix == ".so") == diaodu.reading.NATIVE


# ---- the freshness check on a made-up checkout ------------------------------------------------------

SUFFIX = str(sysconfig.get_config_var("EXT_SUFFIX"))


def _checkout(tmp_path: Path) -> tuple[Path, Path]:
    """A source tree and a build whose manifest matches it."""
    src = tmp_path / "src"
    reading = src / "diaodu" / "reading"
    (reading / "lexicon").mkdir(parents=True)
    (reading / "extract.py").write_text("X = 1\n", encoding="utf-8")
    (reading / "lexicon" / "__init__.py").write_text("", encoding="utf-8")
    (src / "diaodu" / "errors.py").write_text("", encoding="utf-8")
    built = tmp_path / "build" / "native"
    (built / "diaodu" / "reading").mkdir(parents=True)
    for name in ("extract", "_native__mypyc"):
        (built / "diaodu" / "reading" / f"{name}{SUFFIX}").write_bytes(b"")
    _write_manifest(built, native.source_hashes(src))
    return src, built


def _write_manifest(built: Path, sources: dict[str, str], suffix: str = SUFFIX) -> None:
    manifest = {
        "modules": ["diaodu.reading.extract"],
        "shared_lib": "diaodu.reading._native__mypyc",
        "sources": sources,
        "ext_suffix": suffix,
    }
    (built / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_a_matching_build_is_used(tmp_path: Path) -> None:
    src, built = _checkout(tmp_path)
    assert native.manifest_problem(built, src) is None
    path = [str(src / "diaodu" / "reading")]
    assert native.use_native(path, built, src, environ={})
    assert path == [str(built / "diaodu" / "reading"), str(src / "diaodu" / "reading")]


def test_a_hash_that_does_not_match_means_pure(tmp_path: Path) -> None:
    src, built = _checkout(tmp_path)
    sources = native.source_hashes(src)
    sources["diaodu/reading/extract.py"] = hashlib.sha256(b"X = 2\n").hexdigest()
    _write_manifest(built, sources)
    path: list[str] = []
    assert not native.use_native(path, built, src, environ={})
    assert path == []
    assert "changed" in str(native.manifest_problem(built, src))


def test_an_edited_added_or_removed_source_means_pure(tmp_path: Path) -> None:
    src, built = _checkout(tmp_path)
    reading = src / "diaodu" / "reading"
    (reading / "extract.py").write_text("X = 2\n", encoding="utf-8")
    assert native.manifest_problem(built, src) is not None
    (reading / "extract.py").write_text("X = 1\n", encoding="utf-8")
    assert native.manifest_problem(built, src) is None
    (reading / "lexicon" / "new.py").write_text("", encoding="utf-8")
    assert native.manifest_problem(built, src) is not None
    (reading / "lexicon" / "new.py").unlink()
    (src / "diaodu" / "errors.py").unlink()
    assert not native.use_native([], built, src, environ={})  # unreadable: pure, no exception


def test_another_interpreter_a_missing_module_or_manifest_means_pure(tmp_path: Path) -> None:
    src, built = _checkout(tmp_path)
    _write_manifest(built, native.source_hashes(src), suffix=".cpython-399-x86_64-linux-gnu.so")
    assert "interpreter" in str(native.manifest_problem(built, src))
    _write_manifest(built, native.source_hashes(src))
    (built / "diaodu" / "reading" / f"_native__mypyc{SUFFIX}").unlink()
    assert "missing" in str(native.manifest_problem(built, src))
    (built / "manifest.json").write_text("{not json", encoding="utf-8")
    assert "unreadable" in str(native.manifest_problem(built, src))
    (built / "manifest.json").unlink()
    assert "no native build" in str(native.manifest_problem(built, src))
    assert "no native build" in str(native.manifest_problem(tmp_path / "nowhere", src))


def test_diaodu_pure_turns_a_matching_build_off(tmp_path: Path) -> None:
    src, built = _checkout(tmp_path)
    assert not native.use_native([], built, src, environ={"DIAODU_PURE": "1"})
    assert native.use_native([], built, src, environ={"DIAODU_PURE": "0"})


@pytest.mark.parametrize("value", ["1", "true", "True", "yes", "on", "0", "false", "no", "off", "FALSE"])
def test_diaodu_pure_words_mean_what_the_setting_means(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIAODU_PURE", value)
    assert native.pure_requested() == Settings().pure
    assert not native.pure_requested({})
