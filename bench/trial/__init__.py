"""The field trial: a busy week of buyer mail, five agents, faults, and a report of what held.

Run ``.venv/bin/python -m bench.trial`` (reduced, a few minutes) or ``--full`` (2,000+
messages).  See :mod:`bench.trial.run` for how the pieces fit together.
"""
