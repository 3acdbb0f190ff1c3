"""Amazon buyer-messaging policy engine. Imports nothing from bot or handlers.

from compliance import check
report = check("Your parcel is with DHL: https://www.dhl.de/...", lang="en")
report.compliant, report.findings, report.to_json()
"""

from __future__ import annotations

from compliance.engine import check
from compliance.model import Finding, Report, Severity
from compliance.policy import Policy, PolicyError

__all__ = ["Finding", "Policy", "PolicyError", "Report", "Severity", "check"]
