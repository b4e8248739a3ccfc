"""Fixtures for the collector's tests (see harness.py; other test folders may import them too)."""

from tests.collector.harness import collector, collector_db_url, collector_factory, collector_server  # noqa: F401
