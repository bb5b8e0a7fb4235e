"""Gold figure mentions of the reports in this folder: hand annotations (``gold_notes.py``) turned into
``gold.jsonl`` by the machinery every test set shares (``tests/reading/gold_sets.py``).

    .venv/bin/python tests/reading/unseen9/build_gold.py          # rewrite gold.jsonl
    .venv/bin/python tests/reading/unseen9/build_gold.py --check  # exit 1 if gold.jsonl is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # run as a script: the checkout, for tests.reading.gold_sets

from tests.reading import gold_sets  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(gold_sets.build_main(HERE, sys.argv[1:]))
