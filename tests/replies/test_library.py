from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import templates
from bot.replies import LANGUAGES, TEMPLATED, LibraryRefused, Scenario, render
from bot.replies.cli import format_report
from bot.replies.library import (
    check_library,
    link_shape,
    load_library,
    representative_carriers,
    sample_facts,
)
from carriers.links import TRACKING_URLS
from compliance import Policy

BUNDLED = Path(templates.__file__).parent


@pytest.fixture(scope="module")
def bundled_report():
    return check_library()


@pytest.fixture(scope="module")
def start_up_report():
    """The start-up gate on the bundled library (one pass shared: it is seconds of CPU)."""
    return load_library()


@pytest.fixture
def library_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled templates, to break one on purpose."""
    copy = tmp_path / "templates"
    shutil.copytree(BUNDLED, copy, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return copy


def insert_line(path: Path, line_number: int, text: str) -> None:
    lines = path.read_text().splitlines(keepends=True)
    lines.insert(line_number - 1, text + "\n")
    path.write_text("".join(lines))


def test_every_bundled_template_passes_the_policy_for_every_carrier_link(bundled_report):
    assert bundled_report.ok, format_report(bundled_report)
    for scenario in TEMPLATED:
        for lang in LANGUAGES:
            status = bundled_report.status(scenario.value, lang)
            assert status is not None, f"{lang}/{scenario} missing"
            # one rendering per carrier link, plus the bare one (plus amazon.co.uk in English)
            assert status.renderings >= len(TRACKING_URLS) + 1


def test_the_samples_really_carry_each_carriers_link():
    for code in TRACKING_URLS:
        facts = sample_facts(code, "de")
        assert facts.tracking_url is not None, code
        text = render(Scenario.IN_TRANSIT, "de", facts)
        assert facts.tracking_url in text
        assert facts.tracking_number in text


def test_load_library_accepts_the_bundled_templates(start_up_report):
    assert start_up_report.ok


def test_a_template_with_a_shop_link_is_refused_with_rule_and_line(library_copy):
    bad = library_copy / "de" / "in_transit.txt.j2"
    insert_line(bad, 11, "Besuchen Sie auch unseren Onlineshop unter www.beispiel-laden.de")
    with pytest.raises(LibraryRefused) as caught:
        load_library(template_dir=library_copy)
    assert "de/in_transit.txt.j2 line 11: link" in str(caught.value)
    report = caught.value.report  # the start-up gate's own report: one pass, not two
    assert not report.ok
    status = report.status("in_transit", "de")
    assert status is not None and not status.ok
    links = [p for p in status.problems if p.rule == "link"]
    assert links and links[0].line == 11
    assert "beispiel-laden" in links[0].excerpt
    # nothing else in the library is blamed
    assert {p.path for p in report.problems} == {"de/in_transit.txt.j2"}


def test_a_review_request_inside_a_condition_is_found_on_its_line(library_copy):
    bad = library_copy / "en" / "delivered.txt.j2"
    lines = bad.read_text().splitlines()
    at = lines.index("If you cannot find it, please:") + 1  # 1-based line of that text
    insert_line(bad, at, "{% if buyer_name %}Please leave us a 5-star review!{% endif %}")
    report = check_library(template_dir=library_copy, languages=["en"])
    status = report.status("delivered", "en")
    assert status is not None
    rules = {(p.rule, p.line) for p in status.problems}
    assert ("review-request", at) in rules


def test_a_link_that_only_some_variants_print_is_still_caught(library_copy):
    bad = library_copy / "fr" / "tracking_unavailable.txt.j2"
    insert_line(bad, 9, "{% if not tracking_url %}Voir aussi https://mon-site.fr/suivi{% endif %}")
    status = check_library(template_dir=library_copy, languages=["fr"]).status(
        "tracking_unavailable", "fr"
    )
    assert status is not None
    found = [p for p in status.problems if p.rule == "link"]
    assert found and found[0].line == 9 and found[0].variant.startswith("no tracking link")


def test_missing_and_unknown_templates_are_reported(library_copy):
    (library_copy / "it" / "cancelled.txt.j2").unlink()
    (library_copy / "en" / "teleported.txt.j2").write_text("{# needs: order_id #}\nHi\n")
    report = check_library(template_dir=library_copy, languages=["it"])
    status = report.status("cancelled", "it")
    assert status is not None and [p.rule for p in status.problems] == ["missing"]
    assert [(p.path, p.rule) for p in report.extra] == [("en/teleported.txt.j2", "unknown")]


def test_a_header_that_disagrees_with_the_scenario_is_refused(library_copy):
    path = library_copy / "es" / "delivered.txt.j2"
    source = path.read_text()
    path.write_text(source.replace("delivered_at, ", "", 1))
    status = check_library(template_dir=library_copy, languages=["es"]).status("delivered", "es")
    assert status is not None
    header = [p for p in status.problems if p.rule == "header"]
    assert [p.line for p in header] == [1] and "delivered_at" in header[0].message
    # and the body still uses it, so the renderer would not pass it: named on its line
    assert any(p.rule == "undeclared" and "delivered_at" in p.message for p in status.problems)


def test_a_fact_used_without_being_declared_is_refused(library_copy):
    path = library_copy / "en" / "out_for_delivery.txt.j2"
    insert_line(path, 9, "Latest event: {{ status_text }}")
    status = check_library(template_dir=library_copy, languages=["en"]).status(
        "out_for_delivery", "en"
    )
    assert status is not None
    undeclared = [p for p in status.problems if p.rule == "undeclared"]
    assert undeclared and undeclared[0].line == 9 and "status_text" in undeclared[0].message


# -- the start-up check: one carrier link per shape ------------------------------------


def test_the_start_up_check_renders_each_template_once_per_link_shape_not_per_carrier(
    start_up_report,
):
    shapes = {link_shape(code) for code in TRACKING_URLS}
    chosen = representative_carriers()
    assert {link_shape(code) for code in chosen} == shapes
    assert len(chosen) == len(shapes) < len(TRACKING_URLS)
    status = start_up_report.status("in_transit", "de")
    assert status is not None
    assert status.renderings == len(shapes) + 1  # plus the bare one


def start_up_check(policy: Policy | None = None, template_dir: Path | None = None):
    """What load_library checks, in English only (to keep the test short)."""
    return check_library(
        policy, template_dir=template_dir, languages=["en"], carriers=representative_carriers()
    )


@pytest.mark.parametrize(
    ("condition", "what"),
    [
        ("tracking_url and '#' in tracking_url", "a link with the number after '#'"),
        ("tracking_url and tracking_number not in tracking_url", "a plain tracking page"),
        ("tracking_number and tracking_number.isdigit()", "a number of digits only"),
        ("tracking_url and 'amazon' in tracking_url", "a link to Amazon's tracking"),
    ],
)
def test_a_line_only_one_link_shape_prints_still_fails_the_start_up_check(
    library_copy, condition, what
):
    bad = library_copy / "en" / "in_transit.txt.j2"
    insert_line(bad, 26, f"{{% if {condition} %}}Order again at www.beispiel-laden.de{{% endif %}}")
    report = start_up_check(template_dir=library_copy)
    assert [str(p).split(" [")[0] for p in report.problems] == [
        "en/in_transit.txt.j2 line 26: link"
    ], what


def test_a_length_limit_only_the_longest_carrier_link_passes_still_fails_the_start_up_check():
    lengths = {
        code: len(render(Scenario.IN_TRANSIT, "en", sample_facts(code, "en")))
        for code in TRACKING_URLS
    }
    longest = max(lengths, key=lambda code: lengths[code])
    policy = Policy(max_length=lengths[longest] - 1)
    assert sorted(lengths.values())[-2] <= policy.max_length  # only one reply is too long
    status = start_up_check(policy).status("in_transit", "en")
    assert status is not None
    assert [(p.rule, p.variant) for p in status.problems] == [("too-long", f"carrier {longest}")]
