"""A kiosk-like process for the crash test: activity and sync in a loop until it is killed.

    python -m tests.sync.kiosk_worker DB_PATH JOURNAL SEED

It opens the Store (recovering from the last kill), prints "ready", then forever: a learner
signs in, opens a lesson, reads pages, answers, completes it (each step a durable commit with
its outbox cells), and every few activities sends one batch to the collector the kiosk is
enrolled with.  After each COMPLETED lesson it appends the visit id to JOURNAL: a journal
line means "this was committed", so every id in it must be in the database after any kill.
"""

from __future__ import annotations

import os
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.backend import Backend
from kiosk.sync.sender import Sender

LESSONS = [f"internet-seguro/cuida-tus-secretos/leccion-{i}" for i in (1, 2, 3)]
OTHER = [f"programacion/algoritmos-sin-compu/leccion-{i}" for i in (1, 2)]


def main() -> None:
    db_path, journal, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    store = Backend.open(db_path)
    store.progress.close_stale_sessions()
    learners = store.learners.list_active()
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(days=20)
    sender = Sender(store.db, rng=rng)
    print("ready", flush=True)
    with open(journal, "a", encoding="utf-8") as log:
        n = 0
        while True:
            n += 1
            who = rng.choice(learners)
            start = base + timedelta(days=rng.randrange(20), minutes=rng.randrange(600))
            sid = store.progress.sign_in(who.id, now=start)
            lesson = rng.choice(LESSONS + OTHER)
            visit = store.progress.start_visit(who.id, sid, lesson, "1.0.0", "es", 3,
                                               now=start + timedelta(minutes=1))
            for page in range(3):
                store.progress.record_page(visit, page, 3,
                                           now=start + timedelta(minutes=2 + page * 2))
            store.progress.record_attempt(visit, f"{lesson}#q1", [1], rng.random() < 0.7,
                                          now=start + timedelta(minutes=7))
            module = lesson.rsplit("/", 1)[0]
            store.progress.complete_lesson(visit, [f"{lesson}#q1"], module, "1.0.0",
                                           LESSONS if lesson in LESSONS else OTHER,
                                           now=start + timedelta(minutes=8))
            log.write(visit + "\n")
            log.flush()
            os.fsync(log.fileno())
            if n % 2 == 0:
                sender.send_once()


if __name__ == "__main__":
    main()
