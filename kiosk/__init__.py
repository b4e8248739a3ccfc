"""Telecentro: an offline learning kiosk for community telecenters."""

__version__ = "0.1.0"
