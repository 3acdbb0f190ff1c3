"""Detection over every test vector of tracking_number_data and of our local formats."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from carriers import _checksums
from carriers._formats import DataError, _load, all_vectors, load_formats
from carriers.detect import Match, best, detect, formats, normalise

FORMATS = load_formats()
S10 = {"name": "s10", "weightings": [8, 6, 4, 2, 3, 5, 9, 7], "modulo": 11}
VECTORS = list(all_vectors(FORMATS))
VALID_BY_CARRIER = {(f.carrier, normalise(n)) for f in FORMATS for n in f.vectors.valid}


def _id(item: tuple[object, str, bool]) -> str:
    fmt, number, valid = item
    return f"{fmt.id}-{'valid' if valid else 'invalid'}-{number.strip()}"  # type: ignore[attr-defined]


def test_all_upstream_and_local_formats_are_loaded():
    upstream = [f for f in FORMATS if f.source.startswith("couriers/")]
    local = [f for f in FORMATS if f.source.startswith("local/")]
    assert len(upstream) == 39
    assert {f.carrier for f in local} >= {"dhl_paket", "royal_mail", "la_poste"}
    upstream_vectors = [v for v in VECTORS if v[0].source.startswith("couriers/")]
    assert sum(1 for v in upstream_vectors if v[2]) == 192
    assert sum(1 for v in upstream_vectors if not v[2]) == 88
    assert formats() is FORMATS  # loaded once


@pytest.mark.parametrize("vector", VECTORS, ids=[_id(v) for v in VECTORS])
def test_vector(vector):
    fmt, number, expected_valid = vector
    matches = detect(number)
    if expected_valid:
        mine = [m for m in matches if m.format_id == fmt.id]
        assert mine, f"{number!r} not read as {fmt.name}: {[m.format_id for m in matches]}"
        assert mine[0].carrier == fmt.carrier
        assert mine[0].valid is True
        # Dashed numbers (Japanese slips: 4444-1375-8703) are read without the dashes.
        assert mine[0].number in {normalise(number), normalise(number).replace("-", "")}
    else:
        assert fmt.id not in {m.format_id for m in matches}, (
            f"{number!r} is marked invalid for {fmt.name} but was accepted"
        )
        # Nor may another format of the same carrier claim it, unless the data lists
        # the number as valid for that format (Purolator's alpha and numeric forms).
        if (fmt.carrier, normalise(number)) not in VALID_BY_CARRIER:
            assert fmt.carrier not in {m.carrier for m in matches}


def test_the_data_uses_exactly_the_six_known_checksums():
    used = set()
    for file in resources.files("carriers").joinpath("data", "couriers").iterdir():
        if file.name.endswith(".json"):
            for fmt in json.loads(file.read_text(encoding="utf-8"))["tracking_numbers"]:
                checksum = (fmt.get("validation") or {}).get("checksum")
                if checksum:
                    used.add(checksum["name"])
    assert used == {
        "mod10",
        "mod7",
        "s10",
        "sum_product_with_weightings_and_modulo",
        "luhn",
        "mod_37_36",
    }
    assert sum(1 for f in FORMATS if f.has_checksum and f.source.startswith("couriers/")) == 23


@pytest.mark.parametrize(
    ("number", "carrier", "service"),
    [
        ("1Z5R89390357567127", "ups", "UPS"),
        ("1z 5r8 939 0357 5671 27", "ups", "UPS"),
        ("9400 1112 0108 0805 4830 16", "usps", "USPS IMpb N"),
        ("TBA000000000000", "amazon", "Amazon Logistics"),
        # DHL Paket sandbox piece codes: upstream alone calls them "USPS 20".
        ("00340434161094015902", "dhl_paket", "DHL Paket (SSCC)"),
        ("RB123456785GB", "royal_mail", "Royal Mail (S10)"),
        ("EW112720413FR", "la_poste", "La Poste / Colissimo (S10)"),
        ("RB123456785US", "s10", "S10"),
        # 420 + ZIP routing prefix: USPS, though FedEx Express (34) fits as well.
        ("4201028200009261290113185417468510", "usps", "USPS IMpb C"),
        # FedEx Express (12) and Purolator (12) both fit; the commoner carrier first.
        ("287809468872", "fedex", "FedEx Express (12)"),
    ],
)
def test_best_picks_the_most_likely_carrier(number, carrier, service):
    match = best(number)
    assert match is not None
    assert (match.carrier, match.service) == (carrier, service)
    assert match.valid


def test_overlapping_formats_are_all_returned_valid_checksum_first():
    matches = detect("00340434161094015902")
    assert [m.carrier for m in matches][:2] == ["dhl_paket", "usps"]
    assert all(m.valid for m in matches)
    assert matches[0].tracking_url is not None and "dhl.de" in matches[0].tracking_url


def test_a_wrong_check_digit_is_not_detected_but_can_be_shown():
    assert detect("1Z5R89390357567128") == []
    assert best("1Z5R89390357567128") is None
    shown = detect("1Z5R89390357567128", include_invalid=True)
    assert [(m.carrier, m.valid) for m in shown] == [("ups", False)]


def test_invalid_readings_come_after_valid_ones():
    # 12 digits: FedEx Express (12) fits with a valid check digit; Purolator's Luhn fails.
    matches = detect("986578788855", include_invalid=True)
    flags = [m.valid for m in matches]
    assert flags == sorted(flags, reverse=True)
    assert matches[0].carrier == "fedex" and matches[0].valid


def test_s10_needs_a_real_upu_country():
    assert detect("RB123456785XX") == []
    shown = detect("RB123456785XX", include_invalid=True)
    assert [m.format_id for m in shown] == ["s10"] and not shown[0].valid


def test_s10_carrier_name_is_the_postal_operator():
    match = next(m for m in detect("RB123456785US") if m.carrier == "s10")
    assert "Postal" in match.carrier_name or "USPS" in match.carrier_name


def test_garbage_and_empty_input_give_nothing():
    for text in ["", "   ", "hello", "1Z", "☃☃☃☃☃☃☃☃☃☃☃☃", "x" * 500]:
        assert detect(text) == []
        assert best(text) is None


def test_full_width_and_non_breaking_spaces_are_folded():
    match = best("１Ｚ５Ｒ８９３９\u00a00357567127")
    assert match is not None and match.number == "1Z5R89390357567127"


def test_dashes_are_tolerated():
    match = best("1Z5R-8939-0357-5671-27")
    assert match is not None and match.carrier == "ups"
    assert match.number == "1Z5R89390357567127"
    # LaserShip's 18-character form carries its own dash.
    assert best("1LS7119013618127-1") is not None


def test_match_is_frozen():
    match = best("1Z5R89390357567127")
    assert isinstance(match, Match)
    with pytest.raises(AttributeError):
        match.carrier = "usps"  # type: ignore[misc]


def test_prefilter_skips_formats_that_cannot_match():
    from carriers._formats import candidates

    ups_like = candidates(18, "1")
    assert any(f.id == "ups" for f in ups_like)
    assert all(f.id != "amazon_logistics" for f in ups_like)
    assert len(candidates(13, "R")) < len(FORMATS) // 4


@pytest.mark.parametrize(
    ("spec", "serial", "check", "expected"),
    [
        ({"name": "mod7"}, "331881002", "5", True),
        ({"name": "mod7"}, "331881002", "4", False),
        ({"name": "luhn"}, "7992739871", "3", True),  # the textbook Luhn example
        ({"name": "luhn"}, "7992739871", "4", False),
        (
            {"name": "s10", "weightings": [8, 6, 4, 2, 3, 5, 9, 7], "modulo": 11},
            "47312482",
            "9",
            True,
        ),
        (
            {"name": "s10", "weightings": [8, 6, 4, 2, 3, 5, 9, 7], "modulo": 11},
            "47312482",
            "8",
            False,
        ),
        (
            {"name": "mod_37_36", "modulo": 36, "alphabet": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
            "09980000020033",
            "F",
            True,
        ),
        (
            {"name": "mod10", "evens_multiplier": 3, "odds_multiplier": 1, "modulo": 10},
            "34043416109401590",
            "2",
            True,
        ),
        (
            {"name": "mod10", "evens_multiplier": 3, "odds_multiplier": 1, "modulo": 10},
            "34043416109401590",
            "X",
            False,
        ),
    ],
)
def test_checksums(spec, serial, check, expected):
    assert _checksums.make_checker(spec)(serial, check) is expected


def test_unknown_checksum_is_a_clear_error():
    with pytest.raises(_checksums.UnknownChecksumError, match="unknown checksum 'crc99'"):
        _checksums.make_checker({"name": "crc99"})


class _Dir:
    """A tiny in-memory Traversable for malformed-data tests."""

    def __init__(self, name: str, files: dict[str, object]):
        self.name = name
        self._files = files

    def is_dir(self):
        return True

    def iterdir(self):
        for name, content in self._files.items():
            yield _Dir(name, content) if isinstance(content, dict) else _File(name, content)

    def joinpath(self, name):
        content = self._files.get(name, {})
        return _Dir(name, content) if isinstance(content, dict) else _File(name, content)


class _File:
    def __init__(self, name: str, text: object):
        self.name = name
        self._text = text

    def is_dir(self):
        return False

    def read_text(self, encoding="utf-8"):
        return self._text


def test_malformed_local_file_names_the_file():
    root = _Dir("data", {"couriers": {}, "local": {"broken.json": "{not json"}})
    with pytest.raises(DataError, match=re.escape("local/broken.json")):
        _load(root)  # type: ignore[arg-type]


def test_local_regex_without_serial_group_is_rejected():
    text = json.dumps(
        {"name": "X", "courier_code": "x", "tracking_numbers": [{"name": "X", "regex": "X[0-9]+"}]}
    )
    root = _Dir("data", {"couriers": {}, "local": {"x.json": text}})
    with pytest.raises(DataError, match="no SerialNumber group"):
        _load(root)  # type: ignore[arg-type]


# --- wismo detect ---------------------------------------------------------------------


def test_cli_json_contract(capsys):
    from carriers.cli import main

    code = main(["--json", "1z5r 8939 0357 5671 27", "00340434161094015902", "RB123456785GB"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [set(item) for item in out] == [
        {"number", "valid", "carrier", "service", "tracking_url", "alternatives"}
    ] * 3
    ups, paket, royal = out
    assert ups == {
        "number": "1Z5R89390357567127",
        "valid": True,
        "carrier": "ups",
        "service": "UPS",
        "tracking_url": "https://www.ups.com/track?loc=en_US&tracknum=1Z5R89390357567127",
        "alternatives": [],
    }
    assert (paket["carrier"], paket["alternatives"]) == ("dhl_paket", ["usps"])
    assert (royal["carrier"], royal["alternatives"]) == ("royal_mail", ["s10"])


def test_cli_exit_1_when_any_number_is_not_recognised(capsys):
    from carriers.cli import main

    code = main(["--json", "1Z5R89390357567127", "not-a-number", "1Z5R89390357567128"])
    good, unknown, typo = json.loads(capsys.readouterr().out)
    assert code == 1
    assert good["valid"] is True
    assert unknown == {
        "number": "NOT-A-NUMBER",
        "valid": False,
        "carrier": None,
        "service": None,
        "tracking_url": None,
        "alternatives": [],
    }
    # Shaped like UPS but the check digit is wrong: say so, and give no link.
    assert (typo["carrier"], typo["valid"], typo["tracking_url"]) == ("ups", False, None)


def test_cli_human_output_one_aligned_line_per_number(capsys):
    from carriers.cli import main

    code = main(["TBA000000000000", "hello", "1Z5R89390357567128"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert len(lines) == 3
    assert lines[0].split()[:4] == ["TBA000000000000", "amazon", "Amazon", "Logistics"]
    assert "unknown format" in lines[1]
    assert "check failed" in lines[2]
    # Columns line up: the carrier column starts at the same offset on every line.
    starts = {line.index(word) for line, word in zip(lines, ["amazon", "-", "ups"], strict=True)}
    assert len(starts) == 1


def test_cli_usage_error_is_exit_2(capsys):
    from carriers.cli import main

    assert main([]) == 2
    assert "NUMBER" in capsys.readouterr().err


def test_cli_through_the_wismo_entry_point(capsys):
    from bot.cli import main

    assert main(["detect", "--json", "9400111206206406260787"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["carrier"] == "usps"


def test_licence_and_source_note_ship_beside_the_data():
    data = resources.files("carriers").joinpath("data")
    assert "MIT License" in data.joinpath("LICENSE").read_text(encoding="utf-8")
    note = data.joinpath("SOURCE.md").read_text(encoding="utf-8")
    assert "b79ce4bfc04519ef4bc85bf7c6f321795aadf3d3" in note


@pytest.mark.parametrize(
    ("number", "carriers"),
    [
        # 14 digits: DHL eCommerce, and DPD's number quoted without its check character.
        ("09980000020033", ["dhl", "dpd"]),
        ("60120172242323", ["dhl", "dpd"]),
        # 12 digits, last = first eleven mod 7: the three Japanese carriers' one rule.
        ("444413758703", ["yamato", "sagawa", "japan_post"]),
        ("5125-4751-4334", ["yamato", "sagawa", "japan_post"]),
    ],
)
def test_shared_shapes_give_every_candidate_best_first(number, carriers):
    assert [m.carrier for m in detect(number)] == carriers


def test_detect_json_lists_the_other_candidates_as_alternatives(capsys):
    from carriers.cli import main

    assert main(["444413758703", "09980000020033", "--json"]) == 0
    yamato, fourteen = json.loads(capsys.readouterr().out)
    assert (yamato["carrier"], yamato["alternatives"]) == ("yamato", ["sagawa", "japan_post"])
    assert (fourteen["carrier"], fourteen["alternatives"]) == ("dhl", ["dpd"])


@pytest.mark.parametrize(
    ("name", "host"),
    [
        ("DPD", "www.dpdgroup.com"),
        ("DHL eCommerce", "www.dhl.com"),
        (None, "www.dhl.com"),  # no name on the order: the best candidate
    ],
)
def test_the_carrier_named_on_the_order_decides(name, host):
    from datetime import UTC, datetime
    from urllib.parse import urlsplit

    from carriers.service import TrackingService

    with TrackingService({}, clock=lambda: datetime(2026, 12, 1, tzinfo=UTC)) as service:
        tracking = service.track("09980000020033", carrier=name)
    assert urlsplit(tracking.tracking_url or "").hostname == host


@pytest.mark.parametrize(
    ("number", "carrier"),
    [
        ("3SDEVC748859096", "postnl"),
        ("3SABCD1234567", "postnl"),
        ("H1003660401590901036", "hermes"),
        ("444413758703", "yamato"),
    ],
)
def test_formats_the_issue_found_unknown_are_recognised(number, carrier):
    match = best(number)
    assert match is not None and match.carrier == carrier and match.tracking_url
