"""Learners' progress across lesson pack updates (``kiosk.content.packs_install``).

A newer *minor* (or patch) version of a module keeps everything. A newer *major* version
changes the activities (lessons/README.md, "Versions"), so the quiz scores earned on the old
ones no longer mean anything: ``lesson_progress.best_score`` of that module's lessons goes back
to "none yet" (NULL), and nothing else changes: completion (``progress``, ``completed_at``,
module completions), visits, sign-ins and counts stay. Attempts stay too, as the facts they
are: each belongs to a visit, and a visit records the ``lesson_version`` it was made on, so
the old answers can always be told from the new ones. Going back to an older major version
(a rollback) resets the scores the same way.

Which major version a module's scores belong to is kept in the ``settings`` table
(``content.scores_major.<module id>``), written in the same transaction as the reset, so
``reconcile_quiz_scores`` is idempotent: it runs after each install and rollback, and again
at start-up, which finishes a reset a power cut interrupted after the content switch.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.content.packs import major
from kiosk.content.packs_install import load_state
from kiosk.store.store import Store

SETTING = "content.scores_major."


def reconcile_quiz_scores(store: Store, home: Path) -> list[str]:
    """Reset the quiz scores of every module whose major version changed since its scores were
    earned, in one transaction; returns those module ids.  Plain sqlite3 (``kiosk.store.lite``):
    it runs at every start of a kiosk with lesson packs, before any learner signs in."""
    state = load_state(Path(home))
    reset = []
    with store.lite.transaction() as conn:
        for module_id, entry in sorted(state["modules"].items()):
            now_major = major(entry["version"])
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (SETTING + module_id,)).fetchone()
            earned = int(row[0]) if row is not None and row[0].isdigit() else entry.get("base_major")
            if earned is None:
                earned = now_major
            if earned != now_major:
                conn.execute("UPDATE lesson_progress SET best_score = NULL WHERE lesson_id LIKE ? ESCAPE '\\'",
                             (_like_prefix(module_id),))
                reset.append(module_id)
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)"
                         " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (SETTING + module_id, str(now_major)))
    return reset


def _like_prefix(module_id: str) -> str:
    escaped = module_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "/%"


def install(store: Store | None, home: Path, source: Path, *, checks=()) -> tuple[object, list[str]]:
    """Install a signed pack (``packs_install.install_pack``), then reset the quiz scores its
    new major versions call for; returns (the ``InstallResult``, the modules reset). ``store``
    None: a home without a database yet (nothing to reset)."""
    from kiosk.content.packs_install import install_pack

    result = install_pack(Path(source), Path(home), checks=checks)
    return result, (reconcile_quiz_scores(store, home) if store is not None else [])


def rollback(store: Store | None, home: Path, module_id: str) -> tuple[str, str]:
    """Restore a module's previous version, then reconcile its quiz scores; (from, to)."""
    from kiosk.content.packs_install import rollback_module

    versions = rollback_module(module_id, Path(home))
    if store is not None:
        reconcile_quiz_scores(store, home)
    return versions
