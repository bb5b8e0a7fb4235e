"""The ledger's commands, run as `diaodu …` against the test ledger on every backend."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine, text

from diaodu.cli import main
from diaodu.reading.mentions import FigureMention
from diaodu.settings import get_settings

from .conftest import CliResult, make_source, mention, row_counts

Cli = Callable[..., CliResult]

CITY = Path(__file__).resolve().parents[2] / "examples" / "hengyang"

# Two short reports written for these tests (made-up figures): an autumn bulletin and a revision.
AUTUMN = (
    "发布时间：2020-10-20\n秋季经济简报\n"
    "前三季度，本市经济总量为2400.5亿元，比去年同期上升3.2%。"
    "高新区经济总量为310亿元，排在各园区第一。\n"
)
WINTER = (
    "发布时间：2021-01-15\n年初修订通报\n经核实，前三季度本市经济总量调整为2412.0亿元，比去年同期上升3.2%。\n"
)


def _mentions(name: str, body: str) -> list[FigureMention]:
    src = make_source(body, name)
    out = []
    for figure in ("2400.5亿元", "2412.0亿元"):
        if figure in body:
            out.append(mention(src, figure, value=float(figure[:-2]), unit="亿元"))
    out.append(mention(src, "3.2%", value=3.2, unit="%", measure="growth"))
    if "310亿元" in body:
        out.append(mention(src, "310亿元", value=310, unit="亿元", subject="高新区"))
        out.append(
            mention(src, "第一", value=1, unit=None, measure="rank", subject="高新区", reference="各园区")
        )
    return out


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    """A folder with the two reports and `mentions.jsonl` for both."""
    folder = tmp_path / "reports"
    folder.mkdir()
    lines = []
    for name, body in (("autumn.txt", AUTUMN), ("winter.txt", WINTER)):
        (folder / name).write_text(body, encoding="utf-8")
        lines += [m.to_json() for m in _mentions(name, body)]
    (folder / "mentions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def loaded(cli: Cli, reports: Path) -> Path:
    assert cli("city", "load", CITY).code == 0
    result = cli("read", "--mentions", reports / "mentions.jsonl")
    assert result.code == 0, result.err
    return reports


def test_read_stores_each_document_and_reports_what_it_wrote(cli: Cli, loaded: Path, engine: Engine) -> None:
    counts = row_counts(engine)
    assert (counts["documents"], counts["mentions"], counts["observations"]) == (2, 6, 6)
    assert counts["conflicts"] == 1  # 2400.5 then 2412.0: a restatement that differs


def test_reading_again_changes_nothing(cli: Cli, loaded: Path, engine: Engine) -> None:
    before = row_counts(engine)
    result = cli("read", "--mentions", loaded / "mentions.jsonl")
    assert result.code == 0
    assert "已在账本中" in result.out
    assert row_counts(engine) == before


def test_status_prints_counts_in_a_chinese_table(cli: Cli, loaded: Path) -> None:
    result = cli("status")
    assert result.code == 0
    assert "文档" in result.out and "观测值" in result.out
    row = next(line for line in result.out.splitlines() if line.startswith("mentions"))
    assert row.split()[-1] == "6"
    assert "winter.txt" in result.out and "2021-01-15" in result.out


@pytest.mark.parametrize(
    ("as_of", "value"), [("2020-12-31", 2400.5), ("2021-01-15", 2412.0), (None, 2412.0)], ids=str
)
def test_series_as_json_gives_the_vintage_as_of_the_date(
    cli: Cli, loaded: Path, as_of: str | None, value: float
) -> None:
    args = ["series", "--subject", "全市", "--indicator", "地区生产总值", "--format", "json"]
    if as_of:
        args += ["--as-of", as_of]
    result = cli(*args)
    assert result.code == 0, result.err
    (point,) = json.loads(result.out)
    assert point["value_as_published"] == value
    assert point["value"] == pytest.approx(value * 1e8)
    assert (point["period_start"], point["period_end"]) == ("2020-01", "2020-09")


def test_series_resolves_aliases_and_prints_csv(cli: Cli, loaded: Path) -> None:
    result = cli("series", "--subject", "衡阳高新区", "--indicator", "地区生产总值", "--format", "csv")
    assert result.code == 0
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert [float(r["value_as_published"]) for r in rows] == [310.0]


def test_series_table_is_labelled_in_chinese(cli: Cli, loaded: Path) -> None:
    result = cli("series", "--subject", "衡阳市", "--indicator", "地区生产总值", "--measure", "growth")
    assert result.code == 0
    assert "期间" in result.out and "版本日期" in result.out and "2020-01/2020-09" in result.out


def test_sources_prints_the_sentence_around_the_figure(cli: Cli, loaded: Path) -> None:
    out = cli("series", "--subject", "衡阳市", "--indicator", "地区生产总值", "--format", "json").out
    obs_id = json.loads(out)[0]["observation_id"]
    result = cli("sources", str(obs_id))
    assert result.code == 0
    assert "winter.txt" in result.out
    assert "本市经济总量调整为【2412.0亿元】，比去年同期上升3.2%。" in result.out


def test_sources_of_an_unknown_observation_fails(cli: Cli, loaded: Path) -> None:
    result = cli("sources", "999999")
    assert result.code == 1 and "999999" in result.err


def test_conflicts_lists_both_sources(cli: Cli, loaded: Path) -> None:
    result = cli("conflicts")
    assert result.code == 0
    assert "autumn.txt" in result.out and "winter.txt" in result.out and "修订不一致" in result.out


def test_export_csv_has_chinese_headers_and_every_observation(cli: Cli, loaded: Path) -> None:
    result = cli("export", "--format", "csv")
    assert result.code == 0
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert len(rows) == 6
    assert {"主体", "指标", "版本日期", "来源文档"} <= set(rows[0])


def test_export_xlsx_writes_a_sheet(cli: Cli, loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "figures.xlsx"
    assert cli("export", "--format", "xlsx", "-o", out, "--latest").code == 0
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("观测编号", "主体", "指标")
    assert len(rows) - 1 == 4  # older vintages left out


# --- bad input: exit 2, the file (and line) named, nothing written ---------------------------------


def _bad_jsonl_line(folder: Path) -> list[str]:
    path = folder / "mentions.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(1, '{"doc": "autumn.txt", "start": 3')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["--mentions", str(path)]


def _missing_field(folder: Path) -> list[str]:
    path = folder / "mentions.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[2])
    del record["value"]
    lines[2] = json.dumps(record, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["--mentions", str(path)]


def _undecodable_jsonl(folder: Path) -> list[str]:
    path = folder / "mentions.jsonl"
    data = path.read_bytes().splitlines()
    data[1] = b'{"doc": "\xff\xfe"}'
    path.write_bytes(b"\n".join(data) + b"\n")
    return ["--mentions", str(path)]


def _missing_mentions_file(folder: Path) -> list[str]:
    return ["--mentions", str(folder / "nowhere.jsonl")]


def _missing_document(folder: Path) -> list[str]:
    (folder / "winter.txt").unlink()
    return ["--mentions", str(folder / "mentions.jsonl")]


def _binary_document(folder: Path) -> list[str]:
    (folder / "winter.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return ["--mentions", str(folder / "mentions.jsonl")]


def _undecodable_document(folder: Path) -> list[str]:
    (folder / "winter.txt").write_bytes(bytes(range(0x80, 0x100)) * 20)
    return ["--mentions", str(folder / "mentions.jsonl")]


def _text_not_at_span(folder: Path) -> list[str]:
    path = folder / "mentions.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[-1])
    record["start"] += 1
    record["end"] += 1
    lines[-1] = json.dumps(record, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["--mentions", str(path)]


def _missing_positional_document(folder: Path) -> list[str]:
    return [str(folder / "autumn.txt"), str(folder / "gone.txt")]


BAD_INPUT: dict[str, tuple[Callable[[Path], list[str]], str]] = {
    "malformed JSONL line": (_bad_jsonl_line, "mentions.jsonl:2"),
    "JSONL line missing a field": (_missing_field, "mentions.jsonl:3"),
    "JSONL not UTF-8": (_undecodable_jsonl, "mentions.jsonl:2"),
    "missing mentions file": (_missing_mentions_file, "nowhere.jsonl"),
    "missing document": (_missing_document, "winter.txt"),
    "binary document": (_binary_document, "winter.txt"),
    "undecodable document": (_undecodable_document, "winter.txt"),
    "text not at its span": (_text_not_at_span, "mentions.jsonl:6"),
    "missing document given by path": (_missing_positional_document, "gone.txt"),
}


@pytest.mark.parametrize(("make", "named"), BAD_INPUT.values(), ids=list(BAD_INPUT))
def test_bad_input_exits_2_naming_the_file_and_writes_nothing(
    cli: Cli, reports: Path, engine: Engine, make: Callable[[Path], list[str]], named: str
) -> None:
    args = make(reports)
    result = cli("read", *args)
    assert result.code == 2, (result.out, result.err)
    assert named in result.err
    assert result.err.startswith("错误:")
    assert sum(row_counts(engine).values()) == 0


def test_a_ledger_behind_the_code_is_refused(cli: Cli, engine: Engine) -> None:
    with engine.begin() as conn:
        heads = [r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))]
        conn.execute(text("DELETE FROM alembic_version WHERE version_num = :v"), {"v": heads[0]})
    try:
        result = cli("status")
        assert result.code == 1
        assert "diaodu db upgrade" in result.err
        assert cli("db", "check").code == 1
    finally:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": heads[0]})
    assert cli("db", "check").code == 0


def test_a_fresh_sqlite_file_is_created_by_city_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DIAODU_DB_URL", f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    get_settings.cache_clear()
    try:
        assert main(["status"]) == 1  # nothing there yet: status does not create it
        assert main(["city", "load", str(CITY)]) == 0
        assert main(["status"]) == 0
        assert "units" in capsys.readouterr().out
    finally:
        get_settings.cache_clear()


EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "hengyang" / "documents"


def test_read_without_mentions_runs_the_reader_on_each_document(cli: Cli, engine: Engine) -> None:
    from diaodu.reading import extract, load_document

    files = sorted(EXAMPLES.glob("*.txt"))
    assert files, "examples/hengyang/documents holds the example reports"
    result = cli("read", EXAMPLES)
    assert result.code == 0, result.err
    counts = row_counts(engine)
    assert counts["documents"] == len(files)
    assert counts["mentions"] == sum(len(extract(load_document(f))) for f in files)
    assert cli("read", *files).code == 0
    assert row_counts(engine) == counts


# An html report: figure spans index its markup (the spec's document); people read its visible text.
AUTUMN_HTML = (
    "<!DOCTYPE html>\n<html><head><title>秋季经济简报</title></head><body>\n"
    '<div class="breadcrumb">首页 &gt; 统计信息</div>\n'
    "<p>发布时间：2020-10-20</p>\n"
    "<p>前三季度，本市经济总量为<b>2400.5亿元</b>，比去年同期上升3.2%。</p>\n"
    "</body></html>\n"
)


def test_an_html_report_is_stored_as_markup_and_shown_as_text(
    cli: Cli, engine: Engine, tmp_path: Path
) -> None:
    page = tmp_path / "autumn.html"
    page.write_text(AUTUMN_HTML, encoding="utf-8")
    src = make_source(AUTUMN_HTML, "autumn.html")
    records = [
        mention(src, "2400.5亿元", value=2400.5, unit="亿元"),
        mention(src, "3.2%", value=3.2, unit="%", measure="growth"),
    ]
    jsonl = tmp_path / "mentions.jsonl"
    jsonl.write_text("".join(m.to_json() + "\n" for m in records), encoding="utf-8")
    assert cli("city", "load", CITY).code == 0
    result = cli("read", "--mentions", jsonl)
    assert result.code == 0, result.err
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT text FROM documents")).scalar_one()
        spans = conn.execute(text('SELECT start, "end", text FROM mentions ORDER BY start')).all()
    assert stored == AUTUMN_HTML
    assert [(s, e) for s, e, _ in spans] == [(m.start, m.end) for m in records]
    assert all(stored[s:e] == t for s, e, t in spans)
    out = cli("series", "--subject", "衡阳市", "--indicator", "地区生产总值", "--format", "json").out
    obs_id = json.loads(out)[0]["observation_id"]
    shown = cli("sources", str(obs_id))
    assert shown.code == 0, shown.err
    assert "前三季度，本市经济总量为【2400.5亿元】，比去年同期上升3.2%。" in shown.out
    assert "<b>" not in shown.out


def test_the_reader_gives_an_html_report_spans_in_its_markup(
    cli: Cli, engine: Engine, tmp_path: Path
) -> None:
    page = tmp_path / "autumn.html"
    page.write_text(AUTUMN_HTML, encoding="utf-8")
    assert cli("city", "load", CITY).code == 0
    result = cli("read", page)
    assert result.code == 0, result.err
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT text FROM documents")).scalar_one()
        spans = conn.execute(text('SELECT start, "end", text FROM mentions ORDER BY start')).all()
    assert stored == AUTUMN_HTML
    assert {t for _, _, t in spans} >= {"2400.5亿元", "3.2%"}
    assert all(stored[s:e] == t for s, e, t in spans)


def test_read_gives_a_yearless_report_the_year_of_the_reports_read_with_it(
    cli: Cli, reports: Path, engine: Engine
) -> None:
    """A news piece dated only 10月28日 is filed in the year of the bulletin read with it, not left open."""
    news = reports / "news.txt"
    news.write_text("市政府召开常务会议\n\n10月28日，会议听取汇报。前三季度全市税收增长5.2%。\n", "utf-8")
    assert cli("city", "load", CITY).code == 0
    result = cli("read", reports / "autumn.txt", news)
    assert result.code == 0, result.err
    with engine.connect() as conn:
        found = conn.execute(
            text(
                "SELECT o.period_start, o.period_end FROM observations o JOIN documents d"
                " ON d.id = o.document_id WHERE d.file_name = 'news.txt'"
            )
        ).all()
    assert [tuple(r) for r in found] == [("2020-01", "2020-09")]
