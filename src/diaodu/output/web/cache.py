"""A small in-process cache for views that are costly to compute and the same for every reader (the
cockpit, pages of the project register).

An entry is kept until the ledger changes, or for ``TTL_SECONDS`` at most. Every write to the ledger lands
in the audit log in the same transaction, so the newest audit entry's id is the ledger's generation: a
write through this app, another worker process or the CLI makes every cached view stale at once, at the
cost of one indexed ``max(id)`` per cached read.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from fastapi import Request
from sqlalchemy import Engine, func, select

from diaodu.ledger.tables.audit import AuditEntry

T = TypeVar("T")

TTL_SECONDS = 300.0
MAX_ENTRIES = 512


class ViewCache:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: OrderedDict[Hashable, tuple[int, float, Any]] = OrderedDict()
        self._building: dict[Hashable, threading.Lock] = {}

    def _fresh(self, generation: int, key: Hashable) -> tuple[bool, Any]:
        with self._lock:
            hit = self._items.get(key)
            if hit is not None and hit[0] == generation and time.monotonic() - hit[1] < TTL_SECONDS:
                self._items.move_to_end(key)
                return True, hit[2]
            return False, None

    def get(self, generation: int, key: Hashable, build: Callable[[], T]) -> T:
        found, value = self._fresh(generation, key)
        if found:
            return value  # type: ignore[no-any-return]
        with self._lock:
            building = self._building.setdefault(key, threading.Lock())
        with building:  # one thread builds a view; the others wait for it instead of building it too
            found, value = self._fresh(generation, key)
            if found:
                return value  # type: ignore[no-any-return]
            now = time.monotonic()
            value = build()
            with self._lock:
                self._items[key] = (generation, now, value)
                self._items.move_to_end(key)
                while len(self._items) > MAX_ENTRIES:
                    self._items.popitem(last=False)
                if len(self._building) > MAX_ENTRIES:
                    self._building.clear()
        return value


def generation(engine: Engine) -> int:
    """The id of the newest audit entry: it changes whenever anything is written to the ledger."""
    with engine.connect() as conn:
        return int(conn.execute(select(func.max(AuditEntry.id))).scalar() or 0)


def cached(request: Request, key: Hashable, build: Callable[[], T]) -> T:
    """``build()``, or its value from the app's cache when nothing was written since."""
    state = request.app.state
    cache: ViewCache = state.view_cache
    if not hasattr(request.state, "generation"):  # once a request
        request.state.generation = generation(state.engine)
    return cache.get(request.state.generation, key, build)
