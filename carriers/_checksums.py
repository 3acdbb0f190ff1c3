"""Check-digit algorithms named by tracking_number_data's ``validation.checksum``.

Each checker takes the serial (after any ``prepend_if``) and the printed check
character, and says whether they agree. The parameters come from the data file, so
one algorithm serves formats that weight digits differently.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import cycle, islice
from operator import mul
from typing import Final

__all__ = ["Checker", "UnknownChecksumError", "make_checker"]

Checker = Callable[[str, str], bool]

_DIGITS: Final = frozenset("0123456789")
# Longest serial any format feeds a checksum, with room to spare.
_MAX_SERIAL: Final = 64


class UnknownChecksumError(ValueError):
    """A data file names a checksum this module does not implement."""


def _value(char: str) -> int:
    # Letters count as (code point - 3) mod 10: UPS shipper ids mix letters into
    # the weighted sum this way (A=2, B=3, ... as the upstream data expects).
    if char in _DIGITS:
        return ord(char) - 48
    return (ord(char) - 3) % 10


# mod10 values of every character a normalised number can hold, looked up in one step.
_MOD10_VALUE: Final[dict[str, int]] = {c: _value(c) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def _as_int(check: str) -> int | None:
    return int(check) if check.isascii() and check.isdigit() else None


def _mod10_checker(*, evens: int, odds: int, reverse: bool, modulo: int, addend: int) -> Checker:
    weights = tuple(islice(cycle((evens, odds)), _MAX_SERIAL))
    lookup = _MOD10_VALUE.__getitem__

    def check_mod10(serial: str, check: str) -> bool:
        if len(check) != 1 or check not in _DIGITS or len(serial) > _MAX_SERIAL:
            return False
        chars = serial[::-1] if reverse else serial
        try:
            total: int = sum(map(mul, map(lookup, chars), weights))
        except KeyError:  # a character no format allows in a checksummed serial
            return False
        return (modulo - (total + addend) % modulo) % modulo == ord(check) - 48

    return check_mod10


def _mod7(serial: str, check: str) -> bool:
    expected = _as_int(check)
    number = _as_int(serial)
    return expected is not None and number is not None and number % 7 == expected


def _s10(serial: str, check: str, *, weights: Sequence[int], modulo: int) -> bool:
    expected = _as_int(check)
    if expected is None or len(serial) != len(weights) or _as_int(serial) is None:
        return False
    remainder = sum(int(c) * w for c, w in zip(serial, weights, strict=True)) % modulo
    # UPU S10: 11 - r, except that r = 0 gives 5 and r = 1 gives 0.
    computed = {0: 5, 1: 0}.get(remainder, modulo - remainder)
    return computed == expected


def _weighted(
    serial: str, check: str, *, weights: Sequence[int], modulo1: int, modulo2: int
) -> bool:
    expected = _as_int(check)
    if expected is None or _as_int(serial) is None:
        return False
    # Weights shorter than the serial cover only its leading digits, as upstream does.
    total = sum(int(c) * w for c, w in zip(serial, weights, strict=False))
    return total % modulo1 % modulo2 == expected


def _luhn(serial: str, check: str) -> bool:
    expected = _as_int(check)
    if expected is None or _as_int(serial) is None:
        return False
    total = 0
    for index, char in enumerate(reversed(serial)):
        digit = int(char)
        if index % 2 == 0:  # the digit next to the check digit is doubled
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return (10 - total % 10) % 10 == expected


def _mod_37_36(serial: str, check: str, *, modulo: int, alphabet: str) -> bool:
    """ISO/IEC 7064 MOD 37,36 (hybrid), as printed on DPD parcel labels."""
    product = modulo
    for char in serial:
        value = alphabet.find(char)
        if value < 0:
            return False
        subtotal = (product + value) % modulo or modulo
        product = (subtotal * 2) % (modulo + 1)
    computed = (modulo + 1 - product) % modulo
    return alphabet[computed] == check


def _int(spec: Mapping[str, object], key: str, default: int | None = None) -> int:
    value = spec.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool):
        raise UnknownChecksumError(f"checksum {spec.get('name')!r}: {key!r} must be an integer")
    return value


def _ints(spec: Mapping[str, object], key: str) -> tuple[int, ...]:
    value = spec.get(key)
    if not isinstance(value, list) or not all(isinstance(v, int) for v in value):
        raise UnknownChecksumError(
            f"checksum {spec.get('name')!r}: {key!r} must be a list of integers"
        )
    return tuple(value)


def make_checker(spec: Mapping[str, object]) -> Checker:
    """Build the checker a ``validation.checksum`` object describes."""
    name = spec.get("name")
    if name == "mod10":
        evens = _int(spec, "evens_multiplier", 1)
        odds = _int(spec, "odds_multiplier", 1)
        modulo = _int(spec, "modulo", 10)
        reverse = bool(spec.get("reverse", False))
        # Not in tracking_number_data: our extension for GLS, whose weighted sum
        # gets 1 added before the check digit is taken (GLS Uni-Box 2D, 3.2.1).
        addend = _int(spec, "addend", 0)
        return _mod10_checker(evens=evens, odds=odds, reverse=reverse, modulo=modulo, addend=addend)
    if name == "mod7":
        return _mod7
    if name == "s10":
        weights = _ints(spec, "weightings") if "weightings" in spec else (8, 6, 4, 2, 3, 5, 9, 7)
        modulo = _int(spec, "modulo", 11)
        return lambda s, c: _s10(s, c, weights=weights, modulo=modulo)
    if name == "sum_product_with_weightings_and_modulo":
        weights = _ints(spec, "weightings")
        modulo1 = _int(spec, "modulo1")
        modulo2 = _int(spec, "modulo2")
        return lambda s, c: _weighted(s, c, weights=weights, modulo1=modulo1, modulo2=modulo2)
    if name == "luhn":
        return _luhn
    if name == "mod_37_36":
        modulo = _int(spec, "modulo", 36)
        alphabet = spec.get("alphabet", "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        if not isinstance(alphabet, str) or len(alphabet) < modulo:
            raise UnknownChecksumError("checksum 'mod_37_36': 'alphabet' too short for 'modulo'")
        return lambda s, c: _mod_37_36(s, c, modulo=modulo, alphabet=alphabet)
    raise UnknownChecksumError(
        f"unknown checksum {name!r}; known: mod10, mod7, s10, luhn, mod_37_36, "
        "sum_product_with_weightings_and_modulo"
    )
