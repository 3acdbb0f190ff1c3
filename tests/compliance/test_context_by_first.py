"""The phone rule's context words filed by first character find what the plain pattern finds."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from compliance.rules import phone
from compliance.rules.lexicon import by_first_character

_CORPUS = Path(__file__).parent / "corpus.jsonl"


def _plain_context(text: str, start: int) -> str | None:
    last = None
    for m in phone._CONTEXT.finditer(text, phone.context_start(text, start), start):
        last = m.lastgroup
    return last


def test_context_is_that_of_the_plain_pattern():
    assert phone._CONTEXT_GROUPS, "every context word starts with a plain character"
    texts = [json.loads(line)["text"] for line in _CORPUS.read_text().splitlines() if line]
    texts += ["call our number 0171 2345678", "tel: 030 123", "Sendungsnummer 0034 ruf an"]
    for text in texts:
        for folded in (text, text.lower()):
            # Where the rule asks (a number's first character) and a stride of other places
            # besides: every position of every text took 21 s of the suite for no more news.
            starts = {i for i, c in enumerate(folded) if c.isdigit() or c in "+("}
            starts |= set(range(0, len(folded) + 1, 5)) | {len(folded)}
            for start in sorted(starts):
                assert phone._context(folded, start) == _plain_context(folded, start)


def test_an_alternative_it_cannot_file_keeps_the_pattern():
    regex, names = by_first_character(r"(?P<a>\bab|[xy]z)|(?P<b>cd)")
    assert names == {} and regex.pattern == r"(?P<a>\bab|[xy]z)|(?P<b>cd)"
    regex, names = by_first_character(r"(?P<a>\b(?:our|my) number|nb)|(?P<b>no|(?<!x)mz)")
    assert {names[k] for k in names} == {"a", "b"}
    m = regex.search("hello my number")
    assert m is not None and names[m.lastgroup or ""] == "a" and m.group() == "my number"


def test_look_behinds_moved_after_the_first_character_test_the_same():
    """Filed words open with their character and test "\\b" and look-behinds after it: the
    same matches as the plain pattern at every position, the start of a text included."""
    src = r"(?P<a>\bab|(?<!xy|yz)ac|\b-b)|(?P<b>\b\bba|(?<!q)\bb-|-\b)"
    regex, names = by_first_character(src)
    assert names, "every alternative starts with a plain character"
    plain = re.compile(src)
    rng = random.Random(12)
    for _ in range(20_000):
        text = "".join(rng.choice("abcxyzq- ") for _ in range(rng.randint(0, 9)))
        for pos in range(len(text) + 1):
            got = [(m.span(), names[m.lastgroup or ""]) for m in regex.finditer(text, pos)]
            want = [(m.span(), m.lastgroup) for m in plain.finditer(text, pos)]
            assert got == want, (text, pos)
