"""The learner's path never loads SQLAlchemy (issue 14.5, memory: ~20 MB of a low-spec PC).

In a fresh process, as the kiosk's window does on its database lane: the back end opens (the
store's checks, the machine check), the sign-in roster, the site's settings and the staff count
are read, a learner signs in, opens a lesson, turns pages, answers, finishes it (the module
with it), goes home ("Para vos", the resume point), signs out; the sync timer's look finds the
kiosk not enrolled; the database is closed cleanly -- and ``sqlalchemy`` was never imported.
Then, in this process with the ORM, what that path wrote is read back: the rows, and every count
cell equal to the pure count definition over the facts (``kiosk.sync.counts``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from kiosk.backend import Backend
from kiosk.core.clock import utcnow
from kiosk.learning.assignments import local_today
from kiosk.people.picture_password import PICTURES
from tests.sync.conftest import facts_cells, outbox_values

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, sys
from pathlib import Path

from kiosk.app import open_kiosk_backend
from kiosk.config import Config
from kiosk.store.health import quiet_moment

home = Path(sys.argv[1])
ids = json.loads(sys.argv[2])
backend = open_kiosk_backend(Config.load(home))
roster = backend.sign_in_roster()
config, staff = backend.site_and_staff_count()
learner = next(l for l in roster.learners if l.id == ids["learner"])
carla = backend.pictures.register_learner("Carla", "tatu.svg", "8-11", "learner", ids["pictures"],
                                          class_id=ids["class"])  # "Soy nuevo/a", her class chosen
pictures = backend.pictures  # the site turned picture passwords on: the sign-in checks them
state = pictures.state(learner.id)
checks = [pictures.verify(learner.id, ids["wrong"]).result, pictures.verify(learner.id, ids["pictures"]).result]
picture_sign_in = [pictures.enabled(), state.has_secret, state.tries_left, *checks]
backend.learners.remember_language(learner.id, "gn")
p = backend.progress
session = p.sign_in(learner.id)
results = []
for lesson in ids["lessons"]:
    visit = p.start_visit(learner.id, session, lesson, "1.0", "es", 3)
    p.record_page(visit, 1, 3)
    p.record_attempt(visit, lesson + "#q1", {"chosen": ["a"]}, False)
    p.record_attempt(visit, lesson + "#q1", {"chosen": ["b"]}, True)
    p.record_attempt(visit, lesson + "#t1", {"program": "avanzar 10", "passed": True, "rule": None}, True)
    p.record_page(visit, 2, 3)
    result = p.complete_lesson(visit, [lesson + "#q1"], ids["module"], "1.0", ids["lessons"])
    p.end_visit(visit)
    results.append([result.score, result.newly_completed, result.module_completed_now])
home_view = [sorted(p.summaries(learner.id)), [f.module_id for f in backend.for_you(learner.id)],
             p.resume_point(learner.id, ids["lessons"]), sorted(p.completed_modules(learner.id)),
             p.last_programs(learner.id, ids["lessons"][0])]
drawings = backend.gallery
kept = [drawings.save(learner.id, "Mi casa", "avanzar 10", "es").id for _ in range(3)]
assert drawings.delete(learner.id, kept[0]) and [d.id for d in drawings.list_for(learner.id)] == kept[:0:-1]
from kiosk.ui.sync_lanes import OutboxSend  # the sync timer's look, on the database lane
report = OutboxSend(lambda: 1 / 0, offline=backend.not_enrolled_report)._first()  # never the sender
filled = backend.db.get_setting("device_id") is not None and backend.db.lite.conn.execute(
    "SELECT filled_at IS NOT NULL FROM sync_state").fetchone()[0]
p.sign_out(session, "exit")
quiet_moment(backend.db)
engine = backend.db.engine_made
backend.close()
print(json.dumps({
    "sqlalchemy": sorted(m for m in sys.modules if m == "sqlalchemy" or m.startswith("sqlalchemy.")),
    "engine": engine, "names": [l.display_name for l in roster.learners],
    "carla": carla.id, "in_session": roster.in_session, "site": config.site_name, "staff": staff,
    "pictures": picture_sign_in, "filled": filled,
    "results": results, "home": home_view,
    "report": [report.outcome, report.error, report.pending_left] if report else None,
}))
"""


def test_a_learners_day_never_loads_sqlalchemy(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    module = "internet-seguro/compartir-con-cuidado"
    lessons = [f"{module}/datos-personales", f"{module}/mi-huella-digital"]
    with Backend.open(home / "kiosk.sqlite3", home=home) as backend:  # the staff's side, with the ORM
        backend.site.update(site_name="Telecentro San Lorenzo")
        backend.staff.create("Coordinadora", "coordinator", "482915")
        ana = backend.learners.register("Ana", "tatu.svg", "8-11", "learner")
        backend.learners.register("Beto", "jaguarete.svg", "12-17", "learner")
        group = backend.classes.create("5º A")
        backend.classes.add_members(group.id, [ana.id])
        backend.assignments.assign(module, class_id=group.id, due_on=local_today() + timedelta(days=3))
        backend.assignments.assign("programar/primeros-pasos", learner_ids=[ana.id])
        backend.pictures.set_enabled(True)
        backend.pictures.set(ana.id, PICTURES[:4])
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    ids = {"learner": ana.id, "class": group.id, "module": module, "lessons": lessons, "pictures": PICTURES[:4],
           "wrong": PICTURES[4:8]}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(home), json.dumps(ids)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])

    assert seen["sqlalchemy"] == [] and seen["engine"] is False
    assert seen["pictures"] == [True, True, 5, "wrong", "ok"]
    assert seen["names"] == ["Ana", "Beto"] and seen["site"] == "Telecentro San Lorenzo" and seen["staff"] == 1
    # first try wrong, then right: score 0 for both; the second lesson finished the module
    assert seen["results"] == [[0.0, True, False], [0.0, True, True]]
    summaries, for_you, resume, modules, programs = seen["home"]
    assert summaries == sorted(lessons) and resume is None and modules == [module]
    assert for_you == ["programar/primeros-pasos"]  # the finished module left "Para vos"
    assert programs == {f"{lessons[0]}#t1": "avanzar 10"}
    assert seen["report"][:2] == ["offline", "not-enrolled"] and seen["report"][2] > 0
    assert seen["filled"] == 1  # the outbox filled (once per database) on the plain connection
    assert not (home / "kiosk.running").exists()  # closed cleanly (checkpoint on the plain connection)

    with Backend.open(home / "kiosk.sqlite3", home=home) as backend:  # read back with the ORM
        summary = backend.progress.summaries(ana.id)[lessons[0]]
        assert summary.progress == 1.0 and summary.best_score == 0.0
        assert utcnow() - timedelta(minutes=5) < summary.completed_at <= utcnow()
        assert backend.learners.get(ana.id).lang == "gn"
        assert [m.learner.display_name for m in backend.classes.members(group.id)] == ["Ana", "Carla"]
        assert backend.pictures.verify(seen["carla"], PICTURES[:4]).ok  # her pictures were kept
        assert backend.pictures.state(ana.id).tries_left == 5  # the right pictures cleared the wrong try
        assert backend.reports.class_grid(group.id, lessons) is not None
        assert [d.title for d in backend.gallery.list_for(ana.id)] == ["Mi casa", "Mi casa"]
        cells = outbox_values(backend)
        assert cells and cells == facts_cells(backend)  # the count cells the plain path wrote are exact


def test_the_gallery_keeps_the_tables_limits() -> None:
    from kiosk.learning import gallery
    from kiosk.store import models

    assert gallery.MAX_DRAWINGS == models.DRAWINGS_PER_LEARNER
    assert gallery.TITLE_CHARS == models.DRAWING_TITLE_LEN
