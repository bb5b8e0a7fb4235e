"""``make bench``: each module here has ``run() -> None`` that prints its results as ratios to a named
baseline. ``python -m benchmarks [name…]`` runs them all, or the ones named."""
