"""The FigureMention record: JSONL round trip, and a clear error for each kind of bad line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diaodu.errors import MentionsFileError
from diaodu.reading.mentions import FigureMention, read_jsonl

GOOD = {
    "doc": "a.txt",
    "start": 3,
    "end": 7,
    "text": "3.9%",
    "measure": "growth",
    "value": 3.9,
    "unit": "%",
    "qualifier": None,
    "modality": None,
    "subject": "某市",
    "indicator": "规模工业增加值",
    "period": "2020-01/2020-09",
    "reference": None,
}


def test_round_trip(tmp_path: Path) -> None:
    record = FigureMention.from_dict(GOOD)
    path = tmp_path / "m.jsonl"
    path.write_text(record.to_json() + "\n", encoding="utf-8")
    assert list(read_jsonl(path)) == [record]


def test_whole_values_are_written_as_integers() -> None:
    record = FigureMention.from_dict({**GOOD, "measure": "rank", "value": 2, "unit": None})
    assert json.loads(record.to_json())["value"] == 2
    assert '"value": 2,' in record.to_json()


BAD_LINES = [
    ("not json", "{oops", "not JSON"),
    (
        "missing field",
        json.dumps({k: v for k, v in GOOD.items() if k != "measure"}),
        "missing field 'measure'",
    ),
    ("unknown measure", json.dumps({**GOOD, "measure": "speed"}), "measure 'speed'"),
    ("string value", json.dumps({**GOOD, "value": "3.9"}), "value must be a number"),
    ("float offset", json.dumps({**GOOD, "start": 3.0}), "start must be a whole number"),
    ("empty span", json.dumps({**GOOD, "start": 7}), "span 7..7"),
    ("text length", json.dumps({**GOOD, "text": "3.9"}), "text is not as long"),
    ("unknown field", json.dumps({**GOOD, "colour": "red"}), "unknown field(s): colour"),
    ("bad qualifier", json.dumps({**GOOD, "qualifier": "roughly"}), "qualifier 'roughly'"),
]


@pytest.mark.parametrize(("line", "expected"), [b[1:] for b in BAD_LINES], ids=[b[0] for b in BAD_LINES])
def test_bad_line_names_file_and_line(tmp_path: Path, line: str, expected: str) -> None:
    path = tmp_path / "m.jsonl"
    path.write_text(FigureMention.from_dict(GOOD).to_json() + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(MentionsFileError) as err:
        list(read_jsonl(path))
    assert f"{path}:3: " in str(err.value)
    assert expected in str(err.value)


def test_undecodable_line(tmp_path: Path) -> None:
    path = tmp_path / "m.jsonl"
    path.write_bytes(FigureMention.from_dict(GOOD).to_json().encode() + b"\n\xff\xfe\x00bad\n")
    with pytest.raises(MentionsFileError, match=r":2: not UTF-8"):
        list(read_jsonl(path))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MentionsFileError, match="cannot open"):
        list(read_jsonl(tmp_path / "absent.jsonl"))
