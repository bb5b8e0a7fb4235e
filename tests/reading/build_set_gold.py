"""Build one test set's ``gold.jsonl`` from its hand annotations (``gold_notes.py``), through
``gold_sets.py``; ``--check`` exits 1 when the file is out of date.

    .venv/bin/python tests/reading/build_set_gold.py tests/reading/unseen4 [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the checkout

from tests.reading import gold_sets

if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit("usage: build_set_gold.py SET_FOLDER [--check]")
    raise SystemExit(gold_sets.build_main(Path(sys.argv[1]).resolve(), sys.argv[2:]))
