"""Fixtures for the people tests: a real Store in the test's KIOSK_HOME, fast staff hashes, and
a real StaffContext for the page tests (shared with tests/classes and tests/staff)."""

from __future__ import annotations

from tests.classes.conftest import staff_ctx, store  # noqa: F401 - fixtures
from tests.staff.conftest import fast_hashes  # noqa: F401 - fixture
