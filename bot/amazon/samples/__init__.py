"""Sample Amazon relay e-mails shipped with the package, for ``wismo demo``.

Raw MIME as Amazon sends it (invented buyers and aliases): where-is-my-order in en (US
and UK), de, fr, es and it, one damaged-item mail with a photo, one opt-out bounce.
Written by ``tests/amazon/mail/make_corpus.py``.
"""

from __future__ import annotations

from importlib import resources

__all__ = ["names", "read"]


def names() -> list[str]:
    """File names of the sample mails, in inbox order."""
    folder = resources.files(__name__)
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".eml"))


def read(name: str) -> bytes:
    """The raw bytes of one sample mail."""
    if name not in names():
        raise FileNotFoundError(f"no sample mail {name!r}; have: {', '.join(names())}")
    return resources.files(__name__).joinpath(name).read_bytes()
