"""Bringing values to their base unit: the shortcut for whole products stores, bit for bit, what the
15-significant-digit rounding stores for every value (a stored value never depends on which path ran)."""

from __future__ import annotations

import random
import struct

from diaodu.ledger.intake import _PREFIXES, _UNIT_ALIASES, _scale, to_base, unit_factor


def _reference(value: float, factor: float) -> float:
    """The rule as first written: every product through its 15-significant-digit text."""
    if factor == 1.0:
        return value
    return float(f"{value * factor:.15g}")


def _bits(x: float) -> bytes:
    return struct.pack("<d", x)  # tells -0.0 from 0.0, which == does not


def _factors() -> list[float]:
    units = list(_UNIT_ALIASES) + [p + u for p, _f in _PREFIXES for u in ("元", "人", "吨", "亩", "户")]
    units += ["万亿元", "亿万元", "万万人"]
    return sorted({unit_factor(u)[0] for u in units} | {10.0, 100.0, 1000.0, 1e6, 1e16, 0.1, 0.01})


def _values(rng: random.Random) -> list[float]:
    out = [0.0, -0.0, 1.0, -1.0, 0.5, 1e-300, 5e-324, 1.7976931348623157e308, 9.99999999999999e14]
    out += [round(rng.uniform(0, 10_000), d) for d in range(7) for _ in range(3_000)]  # as published
    out += [-round(rng.uniform(0, 10_000), d) for d in range(4) for _ in range(1_000)]
    out += [float(rng.randint(0, 10**k)) for k in range(1, 18) for _ in range(300)]  # whole figures
    out += [rng.uniform(-1e9, 1e9) for _ in range(5_000)]  # full-precision doubles
    out += [rng.random() * 10.0 ** rng.randint(-20, 20) for _ in range(5_000)]
    out += [struct.unpack("<d", rng.randbytes(8))[0] for _ in range(5_000)]  # any bit pattern
    # products at the edge of the shortcut: whole numbers just under and over 10**15
    out += [(10**15 + d) / 1e8 for d in range(-500, 500)] + [(10**15 + d) / 1e4 for d in range(-500, 500)]
    return [v for v in out if v == v]  # NaN is refused before scaling


def test_scale_is_bit_identical_to_fifteen_digit_rounding() -> None:
    rng = random.Random(20261123)
    values = _values(rng)
    factors = _factors()
    checked = 0
    for factor in factors:
        for value in values:
            got, want = _scale(value, factor), _reference(value, factor)
            assert _bits(got) == _bits(want), (value, factor, got, want)
            checked += 1
    assert checked > 500_000


def test_to_base_examples() -> None:
    assert to_base(595.92, "亿元") == (59592000000.0, "元")
    assert to_base(2400.5, "亿元") == (240050000000.0, "元")
    assert to_base(0.07, "亿元") == (7000000.0, "元")
    assert to_base(-3.2, "万人") == (-32000.0, "人")
