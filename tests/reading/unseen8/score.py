"""Score the reader on this folder's reports: read every document named in ``gold.jsonl`` with
``diaodu.reading`` and this folder's city profile (``city.yaml``, 遵义市 / 贵州省), and compare with the
hand-made gold using ../shared/eval/score_figures.py (``tests/reading/gold_sets.py`` does the work).

    .venv/bin/python tests/reading/unseen8/score.py [--show-errors] [--pred OUT.jsonl] [--attr NAME]

``--attr subject`` (or indicator, period, reference, qualifier, modality) also lists every matched mention
whose attribute disagrees with the gold: document, figure text, gold value <- reader's value.

The same as ``.venv/bin/diaodu extract tests/reading/unseen8/0*_* --city tests/reading/unseen8/city.yaml
--format jsonl > OUT.jsonl`` followed by ``python ../shared/eval/score_figures.py --gold
tests/reading/unseen8/gold.jsonl --pred OUT.jsonl --docs tests/reading/unseen8``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # run as a script: the checkout, for tests.reading.gold_sets

from tests.reading import gold_sets  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(gold_sets.score_main(HERE, __file__, sys.argv[1:]))
