"""The trial's report: printed, as JSON, and as one self-contained HTML page.

The page has no script and loads nothing: the chart is inline SVG (queue size over the
simulated week, and each card's real time from mail to card), so it can be attached
to an issue or opened from a CI artefact as it is.  Times are given on the simulated
calendar and in real seconds, side by side.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any

from .metrics import Sample

__all__ = ["render_html", "render_text", "write_report"]


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _lat(entry: dict[str, Any]) -> str:
    return (
        f"p50 {_fmt(entry['p50'])} s ({_fmt(entry.get('p50_sim_minutes'))} sim min), "
        f"p99 {_fmt(entry['p99'])} s ({_fmt(entry.get('p99_sim_minutes'))} sim min), "
        f"max {_fmt(entry['max'])} s"
    )


def _fault_line(fault: dict[str, Any]) -> str:
    line = f"  {fault['sim']:>9}  {fault['at']:>7.1f} s  {fault['what']}"
    if "real_seconds" in fault:
        line += (
            f": {fault['real_seconds']:g} s real = {fault['sim_minutes']:g} sim min "
            f"(planned {fault['asked_sim_minutes']:g} sim min), until {fault['sim_until']}"
        )
    return line


def _autopilot_lines(f: dict[str, Any]) -> list[str]:
    auto = f.get("autopilot") or {}
    if not auto.get("enabled"):
        return []

    def pct(value: float | None) -> str:
        return f"{value:.1%}" if value is not None else "-"

    return [
        f"  autopilot         {auto['sent']} sent without a click: "
        f"{pct(auto['share_of_answered'])} of the answered, {pct(auto['share_of_buyer'])} of "
        f"buyer messages; non-compliant {auto['non_compliant']}; holds {auto['holds']}"
    ]


def render_text(report: dict[str, Any]) -> str:
    f = report["figures"]
    m, r, e, lat = f["messages"], f["replies"], f["escalations"], f["latency_seconds"]
    clock = report["clock"]
    lines = [
        f"wismo field trial ({report['mode']}): {m['generated']} mails, "
        f"{report['processes_summary']}",
        f"  code              {report.get('code', '-')}",
        f"  simulated clock   {clock['start']} to {clock['end']} "
        f"({f['simulated_hours']:g} h; mail until {clock['mail_until']}) at {clock['speed']:g}x, "
        f"in {f['duration_seconds']:g} s real",
        f"  pace (real)       one channel post per {clock['post_interval_seconds']:g} s "
        f"(WISMO_POST_INTERVAL, lowered for the fake Slack), SLA sweep every "
        f"{clock['sweep_seconds']:g} s; every fault lasts at least "
        f"{clock['fault_min_real_seconds']:g} s real",
        "",
        f"  received          {m['received']} of {m['generated']} "
        f"({m['buyer']} buyer, {m['system']} system, {m['malformed']} malformed)",
        f"  carded            {m['carded']}",
        f"  answered          {m['answered']} ({m['answered_within_24h']} within 24 h), "
        f"breached {m['breached']} ({m.get('breached_answered_late', '-')} answered late, "
        f"{m.get('breached_still_open', '-')} still open)",
        f"  lost              {f['lost']['count']} (on the way to a card at the end, not lost: "
        f"{f['lost']['card_still_queued']})",
        f"  duplicate cards   {f['duplicate_cards']}; busiest 10 s of the channel: "
        f"{f.get('peak_posts_per_10s', '-')} posts",
        f"  replies sent      {r['sent']}, sent twice {r['sent_twice']}, "
        f"non-compliant {r['non_compliant']}, to unapproved messages "
        f"{r['to_messages_not_approved']}, approved but unsent {r['approved_but_not_sent']}",
        *_autopilot_lines(f),
        f"  escalations       expected {e['expected']}, fired {e['fired_expected']}, "
        f"missing {e['missing_count']}, repeated {e['repeated_count']}, unexpected "
        f"{e['unexpected_count']} (ambiguous messages {e['ambiguous_messages']}, "
        f"posted in all {e['posted_total']}: {e.get('posted_by_threshold', {})})",
        f"  mail -> card      {_lat(lat['mail_to_card'])}",
        f"  click -> sent     {_lat(lat['click_to_sent'])}",
        "  peak memory       (each process with its forked workers) "
        + ", ".join(f"{name} {kib / 1024:.0f} MiB" for name, kib in report["peak_kib"].items()),
        "",
        "faults (simulated time, real seconds since the simulated start):",
    ]
    lines += [_fault_line(fault) for fault in report["faults"]]
    if report["skipped_faults"]:
        lines += [f"  skipped: {s}" for s in report["skipped_faults"]]
    lines += ["", "what had to hold:"]
    for name, ok in f["held"].items():
        lines.append(f"  {'HELD  ' if ok else 'FAILED'}  {name}")
    lines += ["", "also checked:"]
    for name, ok in f.get("also_checked", {}).items():
        lines.append(f"  {'yes   ' if ok else 'NO    '}  {name}")
    if report.get("agent_retries"):
        lines += [
            "",
            f"agents clicked again when a card did not change: "
            f"{len(report['agent_retries'])} times",
        ]
    if report.get("agent_problems"):
        lines += ["", f"agent problems ({len(report['agent_problems'])}):"]
        lines += [f"  {p}" for p in report["agent_problems"][:10]]
    if report.get("unplanned_restarts"):
        lines += ["", "processes that died by themselves:"]
        lines += [f"  {p}" for p in report["unplanned_restarts"]]
    return "\n".join(lines)


def _polyline(points: Sequence[tuple[float, float]], sx: Any, sy: Any) -> str:
    return " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in points)


def _chart(
    samples: Sequence[Sample],
    timeline: Sequence[Sequence[float]],
    faults: Sequence[dict[str, Any]],
    hours: float,
    start: datetime,
    speed: float,
) -> str:
    """Queue size over the simulated week (x: simulated day and hour), faults shaded."""
    w, h, left, right, top, mid, bottom = 900, 440, 60, 60, 20, 220, 390
    t_max = max(hours, 1.0)

    def sx(t: float) -> float:
        return left + (w - left - right) * min(max(t, 0.0), t_max) / t_max

    def sim_hours(real_since_start: float) -> float:
        return real_since_start * speed / 3600

    q_max = max([s.open for s in samples] + [s.waiting_card for s in samples] + [1])

    def sq(v: float) -> float:
        return mid - (mid - top) * v / q_max

    ttc = [float(p[1]) for p in timeline] or [0.0]
    c_max = max(max(ttc), 1.0)

    def sc(v: float) -> float:
        return bottom - (bottom - mid - 30) * v / c_max

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
        f'viewBox="0 0 {w} {h}" role="img" aria-label="queue size and time to card">',
        f'<rect x="0" y="0" width="{w}" height="{h}" fill="#fff"/>',
    ]
    for fault in faults:  # shaded fault periods, a thin line for a moment (a SIGKILL)
        if fault["what"].startswith("end: "):
            continue
        x0 = sx(sim_hours(float(fault["at"])))
        x1 = sx(sim_hours(float(fault.get("until", fault["at"]))))
        parts.append(
            f'<rect x="{x0:.1f}" y="{top}" width="{max(x1 - x0, 1.5):.1f}" '
            f'height="{bottom - top}" fill="#f5c2c2" opacity="0.45">'
            f"<title>{escape(fault['sim'] + ' ' + fault['what'])}</title></rect>"
        )
    step = 6 if t_max <= 72 else 24  # a tick every 6 simulated hours, or every day
    for tick in range(0, int(t_max) + 1, step):
        at = start + timedelta(hours=tick)
        x = sx(float(tick))
        label = at.strftime("%a %H:%M") if at.hour == 0 or step == 6 else ""
        parts.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{bottom}" stroke="#eee"/>')
        parts.append(
            f'<text x="{x:.1f}" y="{bottom + 14}" text-anchor="middle" font-size="10">'
            f"{escape(label)}</text>"
        )
    parts += [
        f'<line x1="{left}" y1="{mid}" x2="{w - right}" y2="{mid}" stroke="#333"/>',
        f'<line x1="{left}" y1="{bottom}" x2="{w - right}" y2="{bottom}" stroke="#333"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{bottom}" stroke="#333"/>',
        f'<text x="{left - 6}" y="{top + 10}" text-anchor="end" font-size="11">{q_max}</text>',
        f'<text x="{left - 6}" y="{mid}" text-anchor="end" font-size="11">0</text>',
        f'<text x="{left - 6}" y="{mid + 40}" text-anchor="end" font-size="11">{c_max:.1f}s</text>',
        f'<text x="{left - 6}" y="{bottom}" text-anchor="end" font-size="11">0</text>',
        f'<text x="{w - right}" y="{h - 8}" text-anchor="end" font-size="11">'
        f"simulated time (UTC), {speed:g}x</text>",
        f'<text x="{left + 8}" y="{top + 12}" font-size="12" fill="#1f5fbf">open messages</text>',
        f'<text x="{left + 120}" y="{top + 12}" font-size="12" fill="#c77700">'
        "waiting for a card</text>",
        f'<text x="{left + 8}" y="{mid + 44}" font-size="12" fill="#2e7d32">'
        "real seconds from mail to card (each dot a card)</text>",
    ]
    if samples:
        parts.append(
            f'<polyline fill="none" stroke="#1f5fbf" stroke-width="1.5" points="'
            f'{_polyline([(s.sim_hours, s.open) for s in samples], sx, sq)}"/>'
        )
        parts.append(
            f'<polyline fill="none" stroke="#c77700" stroke-width="1.5" points="'
            f'{_polyline([(s.sim_hours, s.waiting_card) for s in samples], sx, sq)}"/>'
        )
    for t, v in timeline:
        parts.append(
            f'<circle cx="{sx(float(t)):.1f}" cy="{sc(float(v)):.1f}" r="1.6" '
            'fill="#2e7d32" opacity="0.7"/>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def render_html(report: dict[str, Any], samples: Sequence[Sample]) -> str:
    f = report["figures"]
    rows = "".join(
        f'<tr><td>{escape(name)}</td><td class="{"ok" if ok else "bad"}">'
        f"{'held' if ok else 'FAILED'}</td></tr>"
        for name, ok in f["held"].items()
    )
    faults = "".join(
        f"<tr><td>{escape(fault['sim'])}</td><td>{fault['at']:.1f} s</td>"
        f"<td>{escape(_fault_line(fault).split(' s  ', 1)[-1])}</td></tr>"
        for fault in report["faults"]
    )
    clock = report["clock"]
    chart = _chart(
        samples,
        f["card_timeline"],
        report["faults"],
        f["simulated_hours"],
        datetime.fromisoformat(clock["start"]),
        float(clock["speed"]),
    )
    text = escape(render_text(report))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>wismo field trial</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; color: #222; max-width: 960px; }}
td, th {{ padding: 2px 10px; text-align: left; }}
.ok {{ color: #2e7d32; font-weight: bold; }} .bad {{ color: #c62828; font-weight: bold; }}
pre {{ background: #f6f6f6; padding: 1em; overflow-x: auto; }}
</style></head><body>
<h1>wismo field trial: {escape(report["mode"])}</h1>
<p>Started {escape(report["started"])} (real); simulated from {escape(clock["start"])}
at {clock["speed"]:g}x. Shaded bands are faults, drawn at their real length.</p>
{chart}
<h2>What had to hold</h2><table>{rows}</table>
<h2>Faults injected</h2>
<table><tr><th>simulated</th><th>real</th><th>fault</th></tr>{faults}</table>
<h2>Figures</h2><pre>{text}</pre>
</body></html>
"""


def write_report(out: Path, report: dict[str, Any], samples: Sequence[Sample]) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    data = {
        **report,
        "samples": [s.__dict__ if hasattr(s, "__dict__") else _sample(s) for s in samples],
    }
    paths = [out / "trial.json", out / "trial.html"]
    paths[0].write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
    paths[1].write_text(render_html(report, samples), encoding="utf-8")
    return paths


def _sample(s: Sample) -> dict[str, Any]:
    return {
        "t": s.t,
        "sim_hours": s.sim_hours,
        "open": s.open,
        "waiting_card": s.waiting_card,
        "cards": s.cards,
        "replies": s.replies,
    }
