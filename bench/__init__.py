"""Benchmarks that print figures, and the field trial; run from the repository root as
modules, e.g. ``.venv/bin/python -m bench.sweep_bench``."""
