"""``diaodu extract``: a thin wrapper printing spec records (jsonl) or a table for people."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from diaodu.cli import cli
from diaodu.reading.mentions import FigureMention
from tests.reading.example_city import CITY

REPORT = "2021年上半年，全市地区生产总值增长7.1%，高于全省0.6个百分点，居全省第三。\n"


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_jsonl_records_are_spec_records(tmp_path: Path) -> None:
    path = _write(tmp_path)
    result = CliRunner().invoke(cli, ["extract", str(path), "--format", "jsonl", "--city", str(CITY)])
    assert result.exit_code == 0, result.output
    records = [FigureMention.from_dict(json.loads(line)) for line in result.output.splitlines()]
    assert [(r.text, r.measure) for r in records] == [
        ("7.1%", "growth"),
        ("0.6个百分点", "diff"),
        ("第三", "rank"),
    ]
    assert all(r.doc == "report.txt" and not r.problems() for r in records)
    assert {r.subject for r in records} == {"衡阳市"}
    assert {r.period for r in records} == {"2021-01/2021-06"}


def test_table_for_people(tmp_path: Path) -> None:
    path = _write(tmp_path)
    result = CliRunner().invoke(cli, ["extract", str(path), "--format", "table", "--city", str(CITY)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "# report.txt: 3 figures"
    assert lines[1].split() == [
        "text",
        "measure",
        "value",
        "unit",
        "subject",
        "indicator",
        "period",
        "reference",
    ]
    assert "地区生产总值" in lines[2] and "7.1%" in lines[2]


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    from diaodu.cli import main

    assert main(["extract", str(tmp_path / "nope.txt")]) == 2


def test_a_yearless_report_takes_the_year_of_the_reports_given_with_it(tmp_path: Path) -> None:
    """A news piece dated only 10月28日 names no year: read with a batch about 2021, it is of 2021; read
    alone, its periods stay open (null), as the spec says of a year the text does not give."""
    dated = _write(tmp_path)
    news = tmp_path / "news.txt"
    news.write_text(
        "市政府召开常务会议\n\n10月28日，会议听取前三季度经济运行汇报。前三季度全市税收增长5.2%。\n", "utf-8"
    )
    both = CliRunner().invoke(cli, ["extract", str(dated), str(news), "--city", str(CITY)])
    alone = CliRunner().invoke(cli, ["extract", str(news), "--city", str(CITY)])
    assert both.exit_code == alone.exit_code == 0, both.output + alone.output
    periods = {json.loads(line)["doc"]: json.loads(line)["period"] for line in both.output.splitlines()}
    assert periods == {"report.txt": "2021-01/2021-06", "news.txt": "2021-01/2021-09"}
    assert [json.loads(line)["period"] for line in alone.output.splitlines()] == [None]
