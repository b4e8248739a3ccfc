"""Counts leave the kiosk: count cells (pure), the outbox, the HTTP client, the USB bundle.

Counts, never people (PROTOCOL.md): what leaves is ``(period, metric, dims) -> value`` with a
revision that only grows; no learner id, name or free text.
"""
