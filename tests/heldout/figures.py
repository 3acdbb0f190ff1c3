"""Figures measured on the frozen held-out sets, kept for the end-of-run summary.

A held-out test attaches its table to its own report (:func:`show`); ``tests/conftest.py``
collects the tables from the reports and prints them after the run, so the figures appear in
every CI log without ``-s``, also when the tests ran in pytest-xdist worker processes (only
reports travel back to the main process).
"""

from __future__ import annotations

import pytest

KEY = "heldout-figures"


def show(request: pytest.FixtureRequest, table: str) -> None:
    request.node.user_properties.append((KEY, table))
