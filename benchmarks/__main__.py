from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

import benchmarks

names = sys.argv[1:] or sorted(
    m.name
    for m in pkgutil.iter_modules([str(Path(benchmarks.__file__).parent)])
    if not m.name.startswith("_")  # this module itself: importing it would run every benchmark again
)
for name in names:
    module = importlib.import_module(f"benchmarks.{name}")
    if hasattr(module, "run"):
        print(f"== {name}", flush=True)
        module.run()
