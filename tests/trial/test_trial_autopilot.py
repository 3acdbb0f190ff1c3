"""The field trial's autopilot week, reduced: the same 300 mails, processes and faults as
``test_trial_smoke``, with ``WISMO_AUTOPILOT`` set and buyer mail authenticated by the
receiving server the bot trusts.  The report gives the share answered automatically;
still nothing is sent twice, nothing non-compliant, nothing neither approved nor sent by
the autopilot.  Slow (about five minutes), marked ``slow``, and run only with
``WISMO_TRIAL_AUTOPILOT=1`` so that CI stays within its time; it starts a PostgreSQL
cluster of its own and restarts only that one: ``python -m bench.trial --autopilot``.
"""

from __future__ import annotations

import os

import pytest

from bench.trial.cluster import cluster_unavailable, private_cluster
from bench.trial.report import render_text, write_report
from bench.trial.run import TrialConfig, run_trial

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    if not os.environ.get("WISMO_TRIAL_AUTOPILOT"):
        # Five more minutes would take .ci/run past its 15: run on demand, or the bench.
        pytest.skip(
            "autopilot week: set WISMO_TRIAL_AUTOPILOT=1 (or python -m bench.trial --autopilot)"
        )
    problem = cluster_unavailable()
    if problem:
        pytest.skip(f"field trial needs a PostgreSQL cluster of its own: {problem}")
    out = tmp_path_factory.mktemp("trial-autopilot")
    with private_cluster() as cluster:
        config = TrialConfig.reduced(
            admin_url=cluster.admin_url, cluster=cluster, out=out, autopilot=True
        )
        result = run_trial(config)
    samples = result.pop("samples")
    write_report(out, result, samples)
    print(render_text(result))
    return result


def test_a_share_is_answered_automatically(report: dict) -> None:
    auto = report["figures"]["autopilot"]
    assert auto["enabled"] and auto["sent"] > 0, render_text(report)
    assert 0 < auto["share_of_answered"] <= 1, auto


def test_still_no_reply_twice_none_non_compliant_none_unapproved(report: dict) -> None:
    replies = report["figures"]["replies"]
    assert replies["sent_twice"] == 0, replies["twice"]
    assert replies["non_compliant"] == 0, replies["non_compliant_examples"]
    assert report["figures"]["autopilot"]["non_compliant"] == 0
    assert replies["to_messages_not_approved"] == 0, render_text(report)


def test_every_mail_is_stored_and_shown(report: dict) -> None:
    lost = report["figures"]["lost"]
    assert lost["count"] == 0, lost
