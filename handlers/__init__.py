"""Slack surfaces: listeners (ack, parse, call a service, render) and pure Block Kit builders."""
