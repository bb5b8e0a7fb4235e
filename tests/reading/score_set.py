"""Score the reader on one test set written apart from it (``tests/reading/unseen*/``): read every document
named in the set's ``gold.jsonl`` with ``diaodu.reading`` and the set's city profile (``city.yaml``), and
compare with the hand-made gold using ../shared/eval/score_figures.py (``gold_sets.py`` does the work).

    .venv/bin/python tests/reading/score_set.py tests/reading/unseen4 [--show-errors] [--pred OUT.jsonl]
        [--from PRED.jsonl] [--attr NAME]

``--attr subject`` (or indicator, period, reference, qualifier, modality) also lists every matched mention
whose attribute disagrees with the gold: document, figure text, gold value <- reader's value.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the checkout, for tests.reading.gold_sets

from tests.reading import gold_sets  # noqa: E402

if __name__ == "__main__":
    folders = [a for a in sys.argv[1:] if not a.startswith("--") and Path(a).is_dir()]
    if not folders:
        raise SystemExit("usage: score_set.py SET_FOLDER [options]")
    # the folder stays in the arguments: re-executed under the project's interpreter, it is read again
    raise SystemExit(gold_sets.score_main(Path(folders[0]).resolve(), __file__, sys.argv[1:]))
