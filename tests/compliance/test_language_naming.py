"""The unsupported-language finding names the same language on every run.

Two languages with equally many signs used to be decided by a set's hash order, so the
finding an agent reads changed from one process to the next.
"""

from __future__ import annotations

import pytest

from compliance import check


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Prosimo, bomo poslali kada ćete.", "Slovenian"),
        ("Kada ćete, prosimo bomo poslali.", "Croatian, Serbian or Bosnian"),
    ],
)
def test_a_tie_names_the_language_seen_first(text: str, named: str) -> None:
    findings = [f for f in check(text, lang="en").findings if f.rule == "unsupported-language"]
    assert findings, "the reply is not in a language the check reads"
    assert f"cannot read {named}," in findings[0].message
