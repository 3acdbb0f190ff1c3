"""The template check's passing verdict is remembered for exactly the same templates,
policy and rules, so a restarted process starts in a fraction of a second; anything
changed is checked again, and a refusal is reported at every start."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.replies import LibraryRefused, LibraryReport, TemplateProblem, TemplateStatus
from bot.replies.remembered import cache_dir, remembered_check
from compliance import Policy

PASSING = LibraryReport(
    scenarios=("delivered",),
    languages=("en",),
    statuses=(TemplateStatus("delivered", "en", "en/delivered.txt.j2", renderings=16),),
)


class Check:
    """A stand-in for the 9-second library check: counts its runs."""

    def __init__(self, report: LibraryReport = PASSING) -> None:
        self.report, self.runs = report, 0

    def __call__(self) -> LibraryReport:
        self.runs += 1
        if not self.report.ok:
            raise LibraryRefused(self.report)
        return self.report


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    folder = tmp_path / "templates" / "en"
    folder.mkdir(parents=True)
    (folder / "delivered.txt.j2").write_text("Hello {{ buyer_name }}, it arrived.\n")
    return folder.parent


def test_the_second_start_takes_the_remembered_verdict(tmp_path, templates):
    check = Check()
    first, remembered = remembered_check(
        Policy(), check, folder=tmp_path / "cache", template_dir=templates
    )
    assert (first, remembered, check.runs) == (PASSING, False, 1)
    again, remembered = remembered_check(
        Policy(), check, folder=tmp_path / "cache", template_dir=templates
    )
    assert (again, remembered, check.runs) == (PASSING, True, 1)


def test_a_changed_template_or_policy_is_checked_again(tmp_path, templates):
    check, cache = Check(), tmp_path / "cache"
    remembered_check(Policy(), check, folder=cache, template_dir=templates)
    (templates / "en" / "delivered.txt.j2").write_text("Visit shop.example for 10% off!\n")
    _, remembered = remembered_check(Policy(), check, folder=cache, template_dir=templates)
    assert not remembered and check.runs == 2
    stricter = Policy.from_lists(link_domains=["ups.com"], phone_numbers=[], max_length=900)
    _, remembered = remembered_check(stricter, check, folder=cache, template_dir=templates)
    assert not remembered and check.runs == 3


def test_a_refusal_is_never_remembered(tmp_path, templates):
    problem = TemplateProblem("en/delivered.txt.j2", "link", "links to an outside site")
    refused = LibraryReport(
        scenarios=("delivered",),
        languages=("en",),
        statuses=(TemplateStatus("delivered", "en", "en/delivered.txt.j2", (problem,), 16),),
    )
    check = Check(refused)
    for runs in (1, 2):
        with pytest.raises(LibraryRefused):
            remembered_check(Policy(), check, folder=tmp_path / "cache", template_dir=templates)
        assert check.runs == runs
    assert not list((tmp_path / "cache").glob("*.json"))


def test_an_unwritable_or_damaged_cache_only_costs_the_check(tmp_path, templates):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    check = Check()
    report, _ = remembered_check(Policy(), check, folder=blocked / "wismo", template_dir=templates)
    assert report == PASSING and check.runs == 1
    cache = tmp_path / "cache"
    remembered_check(Policy(), check, folder=cache, template_dir=templates)
    for kept in cache.glob("*.json"):
        kept.write_text("{not json")
    report, remembered = remembered_check(Policy(), check, folder=cache, template_dir=templates)
    assert report == PASSING and not remembered and check.runs == 3


def test_the_folder_follows_xdg_then_home():
    assert cache_dir({"XDG_CACHE_HOME": "/c", "HOME": "/h"}) == Path("/c/wismo")
    assert cache_dir({"HOME": "/h"}) == Path("/h/.cache/wismo")
