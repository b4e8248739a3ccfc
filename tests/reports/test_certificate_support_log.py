"""A certificate printed from the learner page leaves a support record in the real log file:
the learner's id and the module, never the name."""

from __future__ import annotations

import logging
import logging.handlers

from kiosk.core.log_file import setup_file_logging
from tests.reports.test_reports_ui import ctx, no_external_programs, open_certificate, page  # noqa: F401


def test_a_printed_certificate_is_in_the_support_log_without_the_name(qtbot, page, store, tmp_path,  # noqa: F811
                                                                       no_external_programs) -> None:  # noqa: F811
    root = logging.getLogger("kiosk")
    before = list(root.handlers), root.level
    assert setup_file_logging(tmp_path / "logs")
    try:
        preview = open_certificate(qtbot, page)
        assert preview.path.is_file()
        for handler in root.handlers:
            handler.flush()
        log = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    finally:
        for handler in root.handlers[:]:
            if handler not in before[0]:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(before[1])
    records = [line for line in log.splitlines() if " kiosk.support: certificate " in line]
    assert len(records) == 1, log
    assert "module=" in records[0] and "learner=" in records[0] and "pages=1" in records[0]
    names = [learner.display_name for learner in store.learners.list_active()]
    assert "beto" in names
    for name in names:
        assert name.lower() not in log.lower(), name
