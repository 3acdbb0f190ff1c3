"""Tracking-number formats loaded from the vendored tracking_number_data JSON.

Loaded once, on first use. Upstream semantics (jkeen/tracking_number): the number is
stripped of whitespace and upper-cased, the regex must match all of it, the
``SerialNumber`` and ``CheckDigit`` groups feed the named checksum (after
``serial_number_format.prepend_if``), and every ``validation.additional.exists``
lookup must find an entry.

Our own definitions live in ``data/local/*.json`` in the same shape and load the same
way, after the upstream ones.
"""

from __future__ import annotations

import importlib
import json
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, Final

from carriers._checksums import Checker, make_checker

__all__ = [
    "ALPHABET",
    "DataError",
    "Format",
    "Lookup",
    "Vectors",
    "all_vectors",
    "candidates",
    "load_formats",
    "rank_key",
]

# Characters a normalised number can start with; used by the prefilter.
ALPHABET: Final = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

_CHAR_BITS: Final = math.log2(len(ALPHABET))

# Carriers a seller is most likely to mean when two formats tie exactly (Yamato,
# Sagawa and Japan Post share one 12-digit rule: the biggest first).
_PRIORITY: Final = (
    "ups",
    "usps",
    "fedex",
    "dhl",
    "amazon",
    "dhl_paket",
    "royal_mail",
    "yamato",
    "sagawa",
    "japan_post",
)


class DataError(ValueError):
    """A tracking-number data file is malformed; the message names file and field."""


@dataclass(frozen=True, slots=True)
class Lookup:
    """One ``additional`` table: values of a regex group and what they mean."""

    name: str
    group: str
    exact: Mapping[str, Mapping[str, Any]]
    patterns: tuple[tuple[re.Pattern[str], Mapping[str, Any]], ...]

    def find(self, value: str) -> Mapping[str, Any] | None:
        entry = self.exact.get(value)
        if entry is not None:
            return entry
        for pattern, candidate in self.patterns:
            if pattern.search(value):
                return candidate
        return None


@dataclass(frozen=True, slots=True)
class Vectors:
    """A format's ``test_numbers``: numbers it must accept and must reject."""

    valid: tuple[str, ...]
    invalid: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Format:
    """One tracking-number format of one carrier."""

    id: str
    carrier: str
    carrier_name: str
    name: str
    source: str  # file it came from, e.g. "couriers/ups.json" or "local/dhl_paket.json"
    pattern: re.Pattern[str]
    checker: Checker | None
    prepend_if: tuple[re.Pattern[str], str] | None
    lookups: tuple[Lookup, ...]
    required: tuple[str, ...]  # lookup names that must find an entry
    consulted: tuple[Lookup, ...]  # lookups read while matching: required ones, "Courier"
    vectors: Vectors
    min_len: int
    max_len: int
    first_chars: frozenset[str] | None  # None: could start with anything
    specificity: float  # bits of the number the format pins down; more is more specific
    optional_bits: Mapping[str, float]  # optional named groups: bits each adds when present
    order: int = field(compare=False)

    @property
    def has_checksum(self) -> bool:
        return self.checker is not None


# --- regex translation --------------------------------------------------------------

_PCRE_NAMED = re.compile(r"\(\?<(?![=!])")


def _translate(pcre: str) -> str:
    """PCRE to Python: ``(?<Name>`` becomes ``(?P<Name>``, and ``\\s*`` outside
    character classes is dropped, since the input has no whitespace left by then."""
    python = _PCRE_NAMED.sub("(?P<", pcre)
    out: list[str] = []
    i, in_class = 0, False
    while i < len(python):
        char = python[i]
        if char == "\\" and i + 1 < len(python):
            pair = python[i : i + 2]
            if not in_class and pair == r"\s" and python[i + 2 : i + 3] == "*":
                i += 3
                continue
            out.append(pair)
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        out.append(char)
        i += 1
    return "".join(out)


# --- regex analysis for the prefilter and for ranking --------------------------------
# Uses the stdlib regex parser (``re._parser``), which is private: anything it cannot
# tell us falls back to "unknown", which only makes the prefilter run the regex anyway.


def _parser() -> tuple[Any, Any] | None:
    try:
        return importlib.import_module("re._parser"), importlib.import_module("re._constants")
    except ImportError:  # pragma: no cover - other Python versions
        return None


def _class_chars(items: Any, constants: Any) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is constants.LITERAL:
            chars.add(chr(arg))
        elif op is constants.RANGE:
            chars.update(c for c in ALPHABET if arg[0] <= ord(c) <= arg[1])
        elif op is constants.CATEGORY and arg is constants.CATEGORY_DIGIT:
            chars.update("0123456789")
        elif op is constants.CATEGORY and arg is constants.CATEGORY_SPACE:
            continue  # no whitespace survives normalisation
        else:
            return None  # negated or other classes: unknown
    return frozenset(chars)


def _first(items: Any, c: Any) -> tuple[frozenset[str] | None, bool]:
    """First characters a token sequence can start with, and whether it can be empty."""
    acc: set[str] = set()
    for op, arg in items:
        first, nullable = _first_of(op, arg, c)
        if first is None:
            return None, False
        acc |= first
        if not nullable:
            return frozenset(acc), False
    return frozenset(acc), True


def _first_of(op: Any, arg: Any, c: Any) -> tuple[frozenset[str] | None, bool]:
    if op is c.LITERAL:
        return frozenset(chr(arg)), False
    if op is c.IN:
        return _class_chars(arg, c), False
    if op is c.SUBPATTERN:
        return _first(arg[-1], c)
    if op is c.BRANCH:
        acc: set[str] = set()
        any_nullable = False
        for alternative in arg[1]:
            first, nullable = _first(alternative, c)
            if first is None:
                return None, False
            acc |= first
            any_nullable = any_nullable or nullable
        return frozenset(acc), any_nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _high, body = arg
        first, nullable = _first(body, c)
        return first, nullable or low == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return frozenset(), True  # zero width
    return None, False


def _bits(items: Any, c: Any, optional: bool = False, out: dict[int, float] | None = None) -> float:
    """How much of the number a token sequence fixes, in bits over ALPHABET.

    Optional parts count for nothing here; the named groups among them are noted in
    ``out`` (group number -> bits) so a match that used them can be credited."""
    total = 0.0
    full = math.log2(len(ALPHABET))
    for op, arg in items:
        if op is c.LITERAL:
            total += full
        elif op is c.IN:
            chars = _class_chars(arg, c)
            if chars:
                total += full - math.log2(len(chars))
        elif op is c.SUBPATTERN:
            group = arg[0]
            if optional and out is not None and group in out:
                out[group] = _bits(arg[-1], c)
            else:
                total += _bits(arg[-1], c, optional, out)
        elif op is c.BRANCH:
            total += min(_bits(alternative, c, optional, out) for alternative in arg[1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, _high, body = arg
            inner = _bits(body, c, optional or low == 0, out)
            total += low * inner
    return total


def _analyse(
    regex: str,
) -> tuple[int, int, frozenset[str] | None, float, dict[str, float]]:
    """(min length, max length, first characters or None, specificity, bits of
    optional named groups)."""
    modules = _parser()
    if modules is None:
        return 0, 1 << 30, None, 0.0, {}
    parser, constants = modules
    try:
        parsed = parser.parse(regex)
        low, high = parsed.getwidth()
        first, nullable = _first(parsed, constants)
        names = {number: name for name, number in parsed.state.groupdict.items()}
        optional: dict[int, float] = dict.fromkeys(names, 0.0)
        bits = _bits(parsed, constants, False, optional)
    except Exception:  # pragma: no cover - an unexpected parser shape: no prefilter
        return 0, 1 << 30, None, 0.0, {}
    bonus = {names[number]: value for number, value in optional.items() if value > 0}
    return int(low), int(high), (None if nullable else first), float(bits), bonus


# --- loading --------------------------------------------------------------------------


def _data_root() -> Traversable:
    return resources.files("carriers").joinpath("data")


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", text.lower()).strip("_")


def _strings(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{where}: expected a list of strings")
    return tuple(value)


def _lookups(raw: object, where: str) -> tuple[Lookup, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise DataError(f"{where}: 'additional' must be a list")
    tables: list[Lookup] = []
    for table in raw:
        try:
            exact: dict[str, Mapping[str, Any]] = {}
            patterns: list[tuple[re.Pattern[str], Mapping[str, Any]]] = []
            for entry in table["lookup"]:
                if "matches" in entry:
                    exact.setdefault(entry["matches"], entry)
                elif "matches_regex" in entry:
                    patterns.append((re.compile(entry["matches_regex"]), entry))
            tables.append(
                Lookup(
                    name=table["name"],
                    group=table["regex_group_name"],
                    exact=exact,
                    patterns=tuple(patterns),
                )
            )
        except (KeyError, TypeError, re.error) as exc:
            raise DataError(f"{where}: malformed 'additional' table: {exc}") from exc
    return tuple(tables)


def _format(
    raw: Mapping[str, Any], carrier: str, carrier_name: str, source: str, order: int
) -> Format:
    name = raw.get("name")
    if not isinstance(name, str):
        raise DataError(f"{source}: a format lacks 'name'")
    where = f"{source} ({name})"
    regex = raw.get("regex")
    if isinstance(regex, list):
        regex = "".join(_strings(regex, f"{where} regex"))
    if not isinstance(regex, str):
        raise DataError(f"{where}: 'regex' must be a string or list of strings")
    python = _translate(regex)
    try:
        pattern = re.compile(python)
    except re.error as exc:
        raise DataError(f"{where}: regex does not compile in Python: {exc}") from exc
    if "SerialNumber" not in pattern.groupindex:
        raise DataError(f"{where}: regex has no SerialNumber group")

    validation = raw.get("validation") or {}
    checksum = validation.get("checksum")
    checker = make_checker(checksum) if checksum else None
    if checker is not None and "CheckDigit" not in pattern.groupindex:
        raise DataError(f"{where}: a checksum needs a CheckDigit group")
    prepend = (validation.get("serial_number_format") or {}).get("prepend_if")
    prepend_if = (
        (re.compile(prepend["matches_regex"]), str(prepend["content"])) if prepend else None
    )
    lookups = _lookups(raw.get("additional"), where)
    required = _strings((validation.get("additional") or {}).get("exists", []), where)
    unknown = set(required) - {lk.name for lk in lookups}
    if unknown:
        raise DataError(f"{where}: 'exists' names missing lookups {sorted(unknown)}")

    tests = raw.get("test_numbers") or {}
    vectors = Vectors(
        valid=_strings(tests.get("valid", []), f"{where} test_numbers.valid"),
        invalid=_strings(tests.get("invalid", []), f"{where} test_numbers.invalid"),
    )
    low, high, first, bits, optional_bits = _analyse(python)
    return Format(
        id=str(raw.get("id") or _slug(name)),
        carrier=carrier,
        carrier_name=carrier_name,
        name=name,
        source=source,
        pattern=pattern,
        checker=checker,
        prepend_if=prepend_if,
        lookups=lookups,
        required=required,
        consulted=tuple(lk for lk in lookups if lk.name in required or lk.name == "Courier"),
        vectors=vectors,
        min_len=low,
        max_len=high,
        first_chars=first,
        specificity=bits,
        optional_bits=optional_bits,
        order=order,
    )


def _files(folder: Traversable) -> Iterator[Traversable]:
    if folder.is_dir():
        yield from sorted(
            (f for f in folder.iterdir() if f.name.endswith(".json")), key=lambda f: f.name
        )


def _read(file: Traversable, source: str) -> Mapping[str, Any]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"{source}: cannot read tracking-number data: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("tracking_numbers"), list):
        raise DataError(f"{source}: expected an object with a 'tracking_numbers' list")
    return data


def _load(root: Traversable) -> tuple[Format, ...]:
    formats: list[Format] = []
    for folder in ("couriers", "local"):
        for file in _files(root.joinpath(folder)):
            source = f"{folder}/{file.name}"
            data = _read(file, source)
            carrier = data.get("courier_code")
            carrier_name = data.get("name")
            if not isinstance(carrier, str) or not isinstance(carrier_name, str):
                raise DataError(f"{source}: needs 'courier_code' and 'name'")
            for raw in data["tracking_numbers"]:
                formats.append(_format(raw, carrier, carrier_name, source, len(formats)))
    ids = [f.id for f in formats]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise DataError(f"duplicate format ids {duplicates}; give local formats their own 'id'")
    return tuple(formats)


@cache
def load_formats() -> tuple[Format, ...]:
    """Every format, upstream first then local, loaded once."""
    return _load(_data_root())


def rank_key(fmt: Format, extra_bits: float = 0.0) -> tuple[int, int, int, int]:
    """Sort key among formats that matched one number: checksummed first, then the
    more specific (``extra_bits``: optional parts this match used), then the carriers
    sellers use most, then file order.

    Specificity counts in whole characters' worth of bits, so that formats differing
    by less than one fixed character (FedEx Express 12 against Purolator 12, whose
    first digit is only limited to 0-5) tie and the commoner carrier wins."""
    priority = _PRIORITY.index(fmt.carrier) if fmt.carrier in _PRIORITY else len(_PRIORITY)
    characters = int((fmt.specificity + extra_bits) / _CHAR_BITS + 1e-9)
    return (0 if fmt.has_checksum else 1, -characters, priority, fmt.order)


@lru_cache(maxsize=4096)
def candidates(length: int, first: str) -> tuple[Format, ...]:
    """Formats that can match a number of this length starting with this character,
    already in rank order. Cached per (length, first character): a cheap prefilter
    so most formats never run their regex."""
    return tuple(
        sorted(
            (
                f
                for f in load_formats()
                if f.min_len <= length <= f.max_len
                and (f.first_chars is None or first in f.first_chars)
            ),
            key=rank_key,
        )
    )


def all_vectors(formats: Sequence[Format]) -> Iterator[tuple[Format, str, bool]]:
    """(format, number, expected valid) for every test vector, for tests and tools."""
    for fmt in formats:
        for number in fmt.vectors.valid:
            yield fmt, number, True
        for number in fmt.vectors.invalid:
            yield fmt, number, False
