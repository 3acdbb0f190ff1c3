"""Parcel tracking: number detection, carrier clients, a normalised model.

A library: imports nothing from ``bot`` or ``handlers``.
"""
