"""A small in-process cache for views that are costly to compute and the same for every reader (the
cockpit, pages of the project register).

An entry is kept until anything is written through the app (every successful POST/PUT/PATCH/DELETE bumps
``app.state.generation``), or for ``TTL_SECONDS`` at most, which bounds how stale a view can be after a
write made elsewhere (the CLI, another worker process).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from fastapi import Request

T = TypeVar("T")

TTL_SECONDS = 15.0
MAX_ENTRIES = 512


class ViewCache:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: OrderedDict[Hashable, tuple[int, float, Any]] = OrderedDict()

    def get(self, generation: int, key: Hashable, build: Callable[[], T]) -> T:
        now = time.monotonic()
        with self._lock:
            hit = self._items.get(key)
            if hit is not None and hit[0] == generation and now - hit[1] < TTL_SECONDS:
                self._items.move_to_end(key)
                value: T = hit[2]
                return value
        value = build()
        with self._lock:
            self._items[key] = (generation, now, value)
            self._items.move_to_end(key)
            while len(self._items) > MAX_ENTRIES:
                self._items.popitem(last=False)
        return value


def cached(request: Request, key: Hashable, build: Callable[[], T]) -> T:
    """``build()``, or its value from the app's cache when nothing was written since."""
    state = request.app.state
    cache: ViewCache = state.view_cache
    return cache.get(getattr(state, "generation", 0), key, build)
