"""The library's public face: what ``carriers`` exports is there, and nothing private."""

from __future__ import annotations

import importlib

import carriers


def test_every_exported_name_is_importable_from_the_package():
    assert carriers.__all__ == sorted(carriers.__all__)
    for name in carriers.__all__:
        assert getattr(carriers, name) is not None, name


def test_the_package_exports_what_a_deployment_wires():
    assert {"CarrierConfig", "TrackingService", "build_service", "detect", "Tracking"} <= set(
        carriers.__all__
    )
    assert not [name for name in carriers.__all__ if name.startswith("_")]
    service = carriers.build_service(
        {"dhl": carriers.CarrierConfig(base_url="https://127.0.0.1:9", api_key="k")},
        clock=lambda: None,  # type: ignore[arg-type,return-value]
    )
    try:
        assert "dhl" in service.carriers
    finally:
        service.close()


def test_the_sandbox_offers_the_local_server_plumbing_publicly():
    sandbox = importlib.import_module("carriers.sandbox")
    assert {"CarrierSandbox", "LocalServer", "send_json", "demo_number"} <= set(sandbox.__all__)
