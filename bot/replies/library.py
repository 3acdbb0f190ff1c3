"""The template library check: every template, every language, every carrier link.

Each template is rendered with sample facts once per carrier in
:data:`carriers.links.TRACKING_URLS` (so every tracking host a reply can carry is
exercised) and once with only the facts it needs (no link, no name, no dates), and each
rendering goes through the compliance engine.  Any finding refuses the template: these
texts are meant to be pre-approved, so even a warning needs a person to look.  The
line of the template that produced the offending text is named.

:func:`load_library` runs the check at start-up and raises :class:`LibraryRefused`.
Every process runs it, so it renders each template once per *link shape*
(:func:`representative_carriers`) instead of once per carrier: the carriers of one
shape differ only in host and name, which a template cannot make pass or fail.  The
full check is ``wismo templates check`` and the test suite's.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from jinja2 import TemplateSyntaxError, meta

from bot.domain import MARKETPLACES
from bot.replies.environment import LOCALE_KEY, TEMPLATE_SUFFIX, ZONE_KEY, get_environment
from bot.replies.errors import LibraryRefused, TemplateBroken, TemplateError
from bot.replies.facts import DateWindow, ReplyFacts
from bot.replies.render import TracedText, render_traced
from bot.replies.report import LibraryReport, TemplateProblem, TemplateStatus
from bot.replies.scenarios import LANGUAGES, REQUIREMENTS, TEMPLATED, Scenario
from carriers.links import TRACKING_URLS, normalise_number, tracking_url
from compliance import Policy, Report, check

__all__ = [
    "check_library",
    "link_shape",
    "load_library",
    "parse_header",
    "representative_carriers",
    "sample_facts",
]

# Valid sample numbers (tracking_number_data test vectors, MIT; S10 style where the
# carrier has none there), so a rendering looks like a real reply to the policy engine.
SAMPLE_NUMBERS: Final[dict[str, str]] = {
    "ups": "1Z5R89390357567127",
    "usps": "9400111206206406260787",
    "fedex": "986578788855",
    "dhl": "3318810025",
    "dhl_paket": "JJD0099999999",
    "amazon": "TBA000000000000",
    "royal_mail": "RB123456785GB",
    "canada_post": "0073938000549297",
    "ontrac": "C11031500001879",
    "lasership": "1LS717793482164",
    "purolator": "320595463938",
    "canpar": "D576002440000001718010",
    "dpd": "09980000020033F",
    "yodel": "JJD0002257639032011",
    "landmark": "LTN74207623N1",
    "gofo": "GFUS01011884214464",
    "yunexpress": "YT2229521272164446",
    "speedee": "SP029692510000920746",
    "old_dominion": "07209562763",
    "australia_post": "RB123456785AU",
    "la_poste": "RB123456785FR",
}

CARRIER_NAMES: Final[dict[str, str]] = {
    "ups": "UPS",
    "usps": "USPS",
    "fedex": "FedEx",
    "dhl": "DHL",
    "dhl_paket": "DHL Paket",
    "amazon": "Amazon Logistics",
    "dpd": "DPD",
    "gofo": "GOFO Express",
    "yunexpress": "YunExpress",
    "speedee": "Spee-Dee",
    "la_poste": "La Poste",
}

_DEFAULT_POLICY: Final = Policy()

_HEADER = re.compile(
    r"\A\{#\s*needs:(?P<needs>[^;#]*)(?:;\s*optional:(?P<optional>[^#]*))?#\}", re.IGNORECASE
)
_NAME = re.compile(
    r"^(?P<lang>[a-z]{2,3})/(?P<scenario>[a-z_]+)" + re.escape(TEMPLATE_SUFFIX) + "$"
)


def parse_header(source: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """``{# needs: a, b; optional: c #}`` at the top of a template -> ({a, b}, {c})."""
    match = _HEADER.match(source)
    if match is None:
        return None

    def names(text: str | None) -> frozenset[str]:
        return frozenset(n.strip() for n in (text or "").split(",") if n.strip())

    return names(match["needs"]), names(match["optional"])


def _marketplace_for(lang: str) -> str:
    if lang == "en":
        return "US"
    return next((m.code for m in MARKETPLACES.values() if m.language == lang), "US")


def sample_facts(carrier: str, lang: str, *, marketplace: str | None = None) -> ReplyFacts:
    """Realistic facts for a reply in ``lang`` about a parcel with ``carrier``."""
    number = normalise_number(SAMPLE_NUMBERS.get(carrier, "AB123456785CD"))
    return ReplyFacts(
        order_id="305-1234567-7654321",
        seller_name="Northwind Home Goods",
        marketplace=marketplace or _marketplace_for(lang),
        buyer_name="Maria Rossi",
        carrier_name=CARRIER_NAMES.get(carrier, carrier.replace("_", " ").title()),
        tracking_number=number,
        tracking_url=tracking_url(carrier, number),
        status_text="In transit",
        estimated_delivery=date(2026, 12, 3),
        estimated_window=DateWindow(date(2026, 12, 3), date(2026, 12, 5)),
        delivered_at=datetime(2026, 12, 2, 13, 45, tzinfo=UTC),
        last_event_place="Leipzig",
        last_event_at=datetime(2026, 12, 1, 21, 10, tzinfo=UTC),
        ship_by=date(2026, 11, 30),
        deliver_by=date(2026, 12, 8),
        promised_window=DateWindow(date(2026, 12, 4), date(2026, 12, 8)),
        new_ship_date=date(2026, 12, 9),
        photo_attached=True,
    )


_DIGIT_RUN = re.compile(r"[0-9]+")
_LETTER_RUN = re.compile(r"[A-Z]+")


def _digit_run(match: re.Match[str]) -> str:
    # Only a run of 7 to 15 digits can be read as a phone number (E.164 has at most 15).
    size = len(match[0])
    return "9" if size < 7 else "phone" if size <= 15 else "99"


def link_shape(carrier: str) -> tuple[str, ...]:
    """What the policy engine can tell apart in ``carrier``'s sample link and number.

    Where the number sits in the link (path, query, fragment, or a plain page without
    it), whether the host is Amazon's (the link rule treats Amazon's pages apart), and
    the number's runs of letters and digits, a run being phone-like or not.  Carriers of
    one shape differ only in their host, name and digits.
    """
    facts = sample_facts(carrier, "en")
    number, url = facts.tracking_number or "", urlsplit(facts.tracking_url or "")
    where = next(
        (part for part, text in (("path", url.path), ("query", url.query),
                                 ("fragment", url.fragment)) if number and number in text),
        "page",
    )  # fmt: skip
    amazon = "amazon" if "amazon" in (url.hostname or "").split(".") else "carrier"
    runs = _DIGIT_RUN.sub(lambda m: f"<{_digit_run(m)}>", _LETTER_RUN.sub("<A>", number))
    return where, amazon, runs


@cache
def representative_carriers() -> tuple[str, ...]:
    """One carrier per :func:`link_shape`: the one whose sample link and name are the
    longest, so the longest reply a template can give is among the renderings."""
    chosen: dict[tuple[str, ...], tuple[int, str]] = {}
    for code in TRACKING_URLS:
        facts = sample_facts(code, "en")
        size = len(facts.tracking_url or "") + len(facts.carrier_name or "")
        shape = link_shape(code)
        if shape not in chosen or size > chosen[shape][0]:
            chosen[shape] = (size, code)
    return tuple(sorted(code for _, code in chosen.values()))


def _variants(
    scenario: Scenario, lang: str, carriers: Collection[str] | None
) -> Iterable[tuple[str, ReplyFacts]]:
    for code in TRACKING_URLS:
        if carriers is None or code in carriers:
            yield f"carrier {code}", sample_facts(code, lang)
    if lang == "en":
        yield (
            "carrier royal_mail on amazon.co.uk",
            sample_facts("royal_mail", lang, marketplace="UK"),
        )
    bare = sample_facts("ups", lang)
    unknown: dict[str, Any] = {name: None for name in REQUIREMENTS[scenario].optional}
    yield "no tracking link, only the needed facts", dataclasses.replace(bare, **unknown)


def _first_line(source: str, name: str) -> int | None:
    pattern = re.compile(rf"\b{re.escape(name)}\b")
    for number, line in enumerate(source.splitlines(), start=1):
        if number > 1 and pattern.search(line):
            return number
    return None


def _check_template(
    scenario: Scenario,
    lang: str,
    path: str,
    source: str,
    template_dir: Path | None,
    policy: Policy | None,
    carriers: Collection[str] | None,
) -> TemplateStatus:
    env = get_environment(template_dir)
    problems: list[TemplateProblem] = []
    wanted = REQUIREMENTS[scenario]
    header = parse_header(source)
    if header is None:
        problems.append(
            TemplateProblem(
                path, "header", "the file must start with {# needs: ...; optional: ... #}", 1
            )
        )
        declared = wanted.facts
    else:
        needs, optional = header
        declared = needs | optional
        for label, stated, expected in (
            ("needs", needs, wanted.needs),
            ("optional", optional, wanted.optional),
        ):
            if stated != expected:
                problems.append(
                    TemplateProblem(
                        path,
                        "header",
                        f"header {label} {sorted(stated)} but scenario {scenario} declares "
                        f"{sorted(expected)}",
                        1,
                    )
                )
    try:
        env.get_template(path)
        used = meta.find_undeclared_variables(env.parse(source))
    except TemplateSyntaxError as exc:
        problems.append(TemplateProblem(path, "broken", exc.message or str(exc), exc.lineno))
        return TemplateStatus(scenario, lang, path, tuple(problems))
    for name in sorted(used - declared - {LOCALE_KEY, ZONE_KEY}):
        problems.append(
            TemplateProblem(
                path,
                "undeclared",
                f"uses {name!r}, which its header does not list (the renderer will not pass it)",
                _first_line(source, name),
            )
        )

    seen: set[tuple[str, int | None, str]] = set()
    checked: set[TracedText] = set()  # a template that prints no link gives one text
    renderings = 0
    for variant, facts in _variants(scenario, lang, carriers):
        try:
            traced = render_traced(scenario, lang, facts, template_dir=template_dir)
        except TemplateError as exc:
            key = ("broken", getattr(exc, "line", None), str(exc))
            if key not in seen:
                seen.add(key)
                problems.append(_broken(path, exc, variant))
            continue
        renderings += 1
        if traced in checked:
            continue  # the same text from the same lines: the same findings
        checked.add(traced)
        report = _gate(traced.text, lang, policy or _DEFAULT_POLICY)
        for finding in report.findings:
            line = traced.line_at(finding.start)
            key = (finding.rule, line, finding.excerpt)
            if key in seen:
                continue
            seen.add(key)
            problems.append(
                TemplateProblem(
                    path,
                    finding.rule,
                    finding.message,
                    line,
                    finding.excerpt,
                    variant,
                )
            )
    return TemplateStatus(scenario, lang, path, tuple(problems), renderings)


def _gate(text: str, lang: str, policy: Policy) -> Report:
    """The policy verdict as the send path gives it: a language without word lists of its
    own is checked with those of every language (``bot.services.verdict``)."""
    try:
        return check(text, lang=lang, policy=policy)
    except ValueError:
        return check(text, lang=None, policy=policy)


def _broken(path: str, exc: Exception, variant: str = "") -> TemplateProblem:
    line = exc.line if isinstance(exc, TemplateBroken) else None
    reason = exc.reason if isinstance(exc, TemplateBroken) else str(exc)
    return TemplateProblem(path, "broken", reason, line, variant=variant)


def check_library(
    policy: Policy | None = None,
    *,
    template_dir: Path | None = None,
    languages: Sequence[str] | None = None,
    carriers: Collection[str] | None = None,
) -> LibraryReport:
    """Check every template; ``languages`` defaults to the required ones plus any found,
    ``carriers`` (whose sample links each template is rendered with) to every carrier."""
    env = get_environment(template_dir)
    assert env.loader is not None
    names = sorted(n for n in env.loader.list_templates() if n.endswith(TEMPLATE_SUFFIX))
    found: dict[tuple[str, str], str] = {}
    extra: list[TemplateProblem] = []
    scenarios = {s.value for s in TEMPLATED}
    for name in names:
        match = _NAME.match(name)
        if match is None or match["scenario"] not in scenarios:
            extra.append(
                TemplateProblem(
                    name,
                    "unknown",
                    "not a template of any known scenario: expected <lang>/<scenario>"
                    f"{TEMPLATE_SUFFIX} with a scenario of {', '.join(sorted(scenarios))}",
                )
            )
            continue
        found[(match["scenario"], match["lang"])] = name
    if languages is None:
        langs = list(LANGUAGES) + sorted({lang for _, lang in found} - set(LANGUAGES))
    else:
        langs = list(languages)

    statuses: list[TemplateStatus] = []
    for scenario in (s for s in Scenario if s in TEMPLATED):
        for lang in langs:
            path = found.get((scenario.value, lang), f"{lang}/{scenario.value}{TEMPLATE_SUFFIX}")
            if (scenario.value, lang) not in found:
                missing = TemplateProblem(
                    path, "missing", f"no template for scenario {scenario} in language {lang!r}"
                )
                statuses.append(TemplateStatus(scenario.value, lang, path, (missing,)))
                continue
            assert env.loader is not None
            source = env.loader.get_source(env, path)[0]
            statuses.append(
                _check_template(scenario, lang, path, source, template_dir, policy, carriers)
            )
    return LibraryReport(
        scenarios=tuple(s.value for s in Scenario if s in TEMPLATED),
        languages=tuple(langs),
        statuses=tuple(statuses),
        extra=tuple(extra),
    )


def load_library(
    policy: Policy | None = None, *, template_dir: Path | None = None
) -> LibraryReport:
    """Start-up gate: the library's report, or :class:`LibraryRefused` naming each problem.

    Each template is rendered with one carrier link of each shape
    (:func:`representative_carriers`), not with all of them: see the module docstring.
    """
    report = check_library(policy, template_dir=template_dir, carriers=representative_carriers())
    if not report.ok:
        raise LibraryRefused(report)
    return report
