"""Figures measured on the frozen held-out sets, kept for the end-of-run summary.

The held-out tests add their tables here; ``tests/conftest.py`` prints them after the run,
so the figures appear in every CI log without ``-s``.
"""

from __future__ import annotations

TABLES: list[str] = []
