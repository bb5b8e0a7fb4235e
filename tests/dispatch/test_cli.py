"""The dispatch commands, run as `diaodu …` against the test ledger on every backend."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine

from diaodu.cli import main
from diaodu.settings import get_settings

from .conftest import CITY

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[Run]:
    monkeypatch.setenv("DIAODU_DB_URL", db_url)
    monkeypatch.setenv("DIAODU_INSTANCE_DIR", str(tmp_path / "instance"))
    monkeypatch.setenv("DIAODU_CITY", str(CITY))
    get_settings.cache_clear()

    def _run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    yield _run
    get_settings.cache_clear()


def test_example_progress_report_and_refusals(run: Run, engine: Engine, tmp_path: Path) -> None:
    code, out, _ = run("example", "load")
    assert code == 0 and "企业531家" in out
    code, out, _ = run("projects", "progress", "--year", "2020", "--month", "6")
    assert code == 0
    assert "241个市重点项目完成投资297.72亿元" in out and "双过半" in out
    code, out, _ = run(
        "projects", "list", "--year", "2020", "--month", "6", "--level", "省重点", "--limit", "3"
    )
    assert code == 0 and out.count("2020-SZD-") == 3
    code, out, _ = run("report", "monthly", "--month", "2020-06")
    assert code == 0
    folder = tmp_path / "instance" / "reports"
    assert (folder / "月度经济运行分析_2020-06.docx").is_file()
    assert load_workbook(folder / "月度经济运行分析_2020-06.xlsx").sheetnames[0] == "概况"
    code, out, _ = run("report", "weekly", "--week", "2020-W26", "-o", str(tmp_path / "w"))
    assert code == 0 and (tmp_path / "w" / "项目调度周报_2020-W26.docx").is_file()
    code, out, _ = run("rank", "--period", "2020-06")
    assert code == 0 and "A类单位" in out and "计分规则" in out
    code, _, err = run("tickets", "move", "WT20200001", "收集")
    assert code == 1 and "不能直接转为「收集」" in err
    code, _, err = run("example", "load")
    assert code == 1 and "不重复加载" in err


def test_template_and_bad_import_exit_2(run: Run, engine: Engine, tmp_path: Path) -> None:
    target = tmp_path / "t.xlsx"
    code, _, _ = run("template", "progress", "-o", str(target))
    assert code == 0 and target.is_file()
    wb = load_workbook(target)
    ws = wb.worksheets[0]
    ws.cell(row=3, column=1, value="P404")
    ws.cell(row=3, column=3, value=2020)
    ws.cell(row=3, column=4, value=6)
    ws.cell(row=3, column=5, value="很多")
    ws.cell(row=3, column=6, value=10)
    wb.save(target)
    code, _, err = run("import", "progress", str(target))
    assert code == 2
    assert "共2处错误，整个文件未导入" in err
    assert "第3行「项目编号」：项目库中没有编号为「P404」的项目" in err
    assert "第3行「本月完成投资（万元）」：应为数字" in err
