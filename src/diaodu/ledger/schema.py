"""Every table of the ledger. Read this first.

The tables live in ``diaodu.ledger.tables``, one module a domain:

- ``regions``  — ``units`` (regions, parks, departments, companies) and ``unit_aliases``
- ``figures``  — ``indicators``, ``documents``, ``mentions``, ``observations`` (with vintages),
  ``observation_sources`` (provenance), ``conflicts``
- ``audit``    — ``audit_log``
- ``projects`` — key projects, yearly plans, monthly progress (and ``project_latest``, kept from
  them), 集中开工 batches (dispatch)
- ``chains``   — chains, chiefs, enterprises, liaisons, visits (dispatch)
- ``work``     — tasks, tickets, 招商 leads, rankings (dispatch)
- ``accounts`` — users, sessions, log-in attempts (web)

Importing this module registers them all on ``metadata``, which Alembic compares against.
"""

from __future__ import annotations

import importlib
import pkgutil

from diaodu.ledger import tables
from diaodu.ledger.tables.base import Base

for _module in pkgutil.iter_modules(tables.__path__):
    importlib.import_module(f"{tables.__name__}.{_module.name}")

metadata = Base.metadata

__all__ = ["Base", "metadata"]
