"""Loading a report for intake without the reader (the fallback), its date, and the sentence round a span."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from diaodu.errors import DocumentError
from diaodu.ledger.documents import find_published_on, load_plain_text, sentence_around

TEXT = (
    "发布时间：2021-07-22\n上半年全市经济稳中向好。增速居全省第四，比一季度提高0.5个百分点！下半年继续努力。"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
    ],
    ids=["utf-8", "utf-8 with BOM", "gb18030"],
)
def test_plain_text_decodes_with_nothing_stripped(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(data)
    source = load_plain_text(path)
    bom = "\ufeff" if encoding == "utf-8-sig" else ""  # kept: the spec's offsets count it
    assert (source.text, source.encoding) == (bom + TEXT, encoding)
    assert source.published_on == date(2021, 7, 22)
    assert len(source.sha256) == 64


BAD = {
    "binary": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
    "NUL bytes": b"abc\x00def" * 10,
    "undecodable": bytes(range(0x80, 0x100)) * 4,
    "empty": b"  \n\n ",
}


@pytest.mark.parametrize("data", BAD.values(), ids=list(BAD))
def test_a_file_that_is_not_text_is_refused_naming_it(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(DocumentError, match=r"bad\.txt"):
        load_plain_text(path)


def test_a_missing_file_is_refused_naming_it(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"gone\.txt"):
        load_plain_text(tmp_path / "gone.txt")


DATES = [
    ("发布时间：2023-03-17 09:20 来源：某区", date(2023, 3, 17)),
    ("标题\n\n2021年1月11日 星期一\n正文", date(2021, 1, 11)),
    ("正文没有日期。\n2021-06-29", date(2021, 6, 29)),
    ("去年全市完成了任务。", None),
]


@pytest.mark.parametrize(("text", "expected"), DATES, ids=[str(d) for _t, d in DATES])
def test_the_publication_date_is_found(text: str, expected: date | None) -> None:
    assert find_published_on(text) == expected


def test_the_sentence_round_a_span_ends_at_its_stops() -> None:
    start = TEXT.index("0.5个百分点")
    sentence, a, b = sentence_around(TEXT, start, start + len("0.5个百分点"))
    assert sentence == "增速居全省第四，比一季度提高0.5个百分点！"
    assert sentence[a:b] == "0.5个百分点"
