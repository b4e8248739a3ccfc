"""``kiosk doctor --home DIR``: what a helper needs to know about a kiosk, read-only.

Prints the version, the paths, the database's integrity (``PRAGMA quick_check`` on a read-only
open), its schema revision against this kiosk's head, the free disk space at the home and the
sync state; exit 1 when any check finds a problem (damaged, too new, disk low, no kiosk here).
It never creates, migrates or writes a database: on an empty folder it says there is no kiosk.

Doctor is a list of checks (``CHECKS``): each takes the ``Doctor`` (config and the read-only
back end, when it could be opened) and returns a ``Section`` (a title, lines, problem or not).
A new section is one function appended to ``CHECKS`` (e.g. the last backup from
``kiosk.store.backup.list_backups(home)``, the installed content packs from
``kiosk.content.packs.installed_packs(home)``).  Words in the interface language (context
"DoctorWords"); never a learner's or staff member's name.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kiosk import __version__
from kiosk.config import Config
from kiosk.core.i18n import Context

DoctorWords = Context("DoctorWords")

LOW_DISK_BYTES = 200 * 1024 * 1024  # under this, a power cut mid-write or a backup may not fit


@dataclass
class Section:
    """One part of the report: ``problem`` makes doctor exit 1."""

    title: str
    lines: list[str] = field(default_factory=list)
    problem: bool = False


@dataclass
class Doctor:
    """What the checks share: the config and, when the database opened read-only, the back end."""

    config: Config
    backend: Any = None  # kiosk.backend.Backend opened read-only, or None
    open_error: Any = None  # why it could not be opened (a KioskError), or None


Check = Callable[[Doctor], Section]


def check_version(doc: Doctor) -> Section:
    return Section(DoctorWords.tr("Kiosk"), [
        DoctorWords.tr("Version: {version}").format(version=__version__),
        DoctorWords.tr("Python {python} on {system}").format(python=platform.python_version(),
                                                               system=platform.platform(terse=True)),
    ])


def check_paths(doc: Doctor) -> Section:
    from kiosk import resources

    c = doc.config
    home_ok = c.home.is_dir()
    lines = [
        DoctorWords.tr("Home: {path}").format(path=c.home),
        DoctorWords.tr("Database: {path}").format(path=c.db_path),
        DoctorWords.tr("Logs: {path}").format(path=c.log_dir),
        DoctorWords.tr("Backups: {path}").format(path=c.home / "backups"),
        DoctorWords.tr("Lessons: {path}").format(path=resources.lessons_dir()),
    ]
    if not home_ok:
        lines.append(DoctorWords.tr("Problem: the home folder does not exist."))
    elif not c.db_path.is_file():
        lines.append(DoctorWords.tr("Problem: there is no kiosk here (no {name} in this folder).").format(
            name=c.db_path.name))
    return Section(DoctorWords.tr("Paths"), lines, problem=not home_ok or not c.db_path.is_file())


def check_database(doc: Doctor) -> Section:
    """quick_check on a read-only connection, and the schema revision against this kiosk's head."""
    from kiosk.store.read_only import connect_read_only, newer_revisions, stamped_revisions
    from kiosk.store.revision import HEAD_REVISION

    title = DoctorWords.tr("Database")
    path = doc.config.db_path
    if not path.is_file():
        return Section(title, [DoctorWords.tr("No database file.")], problem=True)
    size = path.stat().st_size
    lines = [DoctorWords.tr("Size: {size}").format(size=_size(size))]
    if size == 0:
        lines.append(DoctorWords.tr("Problem: the database file is empty (0 bytes)."))
        return Section(title, lines, problem=True)
    try:
        conn = connect_read_only(path)
        try:
            revisions = stamped_revisions(conn)
            found = [row[0] for row in conn.execute("PRAGMA quick_check(20)")]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        lines.append(DoctorWords.tr("Problem: the database is damaged or is not a kiosk database ({error}).")
                     .format(error=exc))
        return Section(title, lines, problem=True)
    problem = False
    if found == ["ok"]:
        lines.append(DoctorWords.tr("Integrity (quick_check): ok"))
    else:
        problem = True
        lines.append(DoctorWords.tr("Problem: the database is damaged (quick_check found %n problem(s)).", "",
                                    len(found)))
    stamped = ", ".join(sorted(revisions)) if revisions else DoctorWords.tr("none")
    lines.append(DoctorWords.tr("Schema: {revision} (this kiosk: {head})").format(revision=stamped,
                                                                                   head=HEAD_REVISION))
    if revisions is None:
        problem = True
        lines.append(DoctorWords.tr("Problem: this file was not made by the kiosk."))
    elif newer_revisions(revisions):
        problem = True
        lines.append(DoctorWords.tr("Problem: a newer version of the kiosk wrote this database: "
                                    "install that version (or newer) to open it."))
    elif revisions != {HEAD_REVISION}:
        lines.append(DoctorWords.tr("The kiosk updates this database the next time it opens."))
    return Section(title, lines, problem=problem)


def check_disk(doc: Doctor) -> Section:
    title = DoctorWords.tr("Disk")
    where = doc.config.home if doc.config.home.is_dir() else doc.config.home.parent
    try:
        free = shutil.disk_usage(where).free
    except OSError as exc:
        return Section(title, [DoctorWords.tr("Free space unknown: {error}").format(error=exc)], problem=True)
    lines = [DoctorWords.tr("Free at the home: {size}").format(size=_size(free))]
    low = free < LOW_DISK_BYTES
    if low:
        lines.append(DoctorWords.tr("Problem: less than {size} free: free some space.").format(
            size=_size(LOW_DISK_BYTES)))
    return Section(title, lines, problem=low)


def check_sync(doc: Doctor) -> Section:
    """Enrolled?, last send, figures waiting: ``OutboxService.status`` on the read-only back end."""
    title = DoctorWords.tr("Sync")
    if doc.backend is None:
        return Section(title, [DoctorWords.tr("Not read: the database could not be opened.")])
    from kiosk.sync import messages

    try:
        st = doc.backend.outbox.status()
    except Exception as exc:  # noqa: BLE001 -- doctor reports, it never stops at one section
        return Section(title, [DoctorWords.tr("Not read: {error}").format(error=exc)], problem=True)
    if st.enrolled:
        enrolled = DoctorWords.tr("yes ({server})").format(server=st.server_url)
    else:
        enrolled = DoctorWords.tr("no")
    lines = [
        DoctorWords.tr("Installation: {id}").format(id=st.install_id or "?"),
        DoctorWords.tr("Enrolled: {answer}").format(answer=enrolled),
        DoctorWords.tr("Last successful send: {when}").format(when=messages.when_words(st.last_success_at)),
        DoctorWords.tr("Figures waiting: {count}").format(count=st.pending),
    ]
    if st.last_error:
        lines.append(DoctorWords.tr("Last error: {error}").format(
            error=messages.error_words(st.last_error, st.last_error_detail)))
    return Section(title, lines)


# The sections, in order.  After the merge: the last backup and the installed content packs.
def check_backups(doc: Doctor) -> Section:
    """The newest backup and how many are kept (``kiosk.store.backup``), and any recovery notice
    no coordinator has read yet (a recovery lost work: a problem until someone looks)."""
    from kiosk.core.clock import to_local, utcnow
    from kiosk.store.backup import list_backups
    from kiosk.store.recovery import notice_words, notices

    title = DoctorWords.tr("Backups")
    kept = list_backups(doc.config.home)
    if kept:
        newest = kept[0]
        age = (utcnow() - newest.taken_at).days
        lines = [DoctorWords.tr("Last backup: {when} ({days} days ago), {size}; {count} kept").format(
            when=to_local(newest.taken_at).strftime("%d/%m/%Y %H:%M"), days=age,
            size=_size(newest.size), count=len(kept))]
    else:
        lines = [DoctorWords.tr("No backup yet: the kiosk takes one when its window starts.")]
    waiting = notices(doc.config.home)
    lines += [DoctorWords.tr("Problem: {notice}").format(notice=notice_words(n)) for n in waiting]
    return Section(title, lines, problem=bool(waiting))


def check_packs(doc: Doctor) -> Section:
    """The lesson packs installed in this home (``kiosk content list``); a state file that
    exists but cannot be read is a problem (the kiosk then shows the bundled lessons only)."""
    import json

    from kiosk.content.packs_install import STATE, STATE_FORMAT, content_dir, installed_packs

    title = DoctorWords.tr("Lesson packs")
    state_file = content_dir(doc.config.home) / STATE
    if state_file.exists():
        try:
            readable = json.loads(state_file.read_text(encoding="utf-8")).get("format") == STATE_FORMAT
        except (OSError, ValueError, AttributeError):
            readable = False
        if not readable:
            return Section(title, [DoctorWords.tr(
                "Problem: {path} cannot be read: learners see the bundled lessons only.").format(
                    path=state_file)], problem=True)
    packs = installed_packs(doc.config.home)
    if not packs:
        return Section(title, [DoctorWords.tr("None installed: the lessons that came with the kiosk.")])
    return Section(title, [
        DoctorWords.tr("{pack} {version} from {publisher}, installed {when}: {modules}").format(
            pack=p.pack_id, version=p.version, publisher=p.publisher, when=p.installed_at[:16],
            modules=", ".join(f"{module} {version}" for module, version in p.modules))
        for p in packs
    ])


CHECKS: list[Check] = [check_version, check_paths, check_database, check_disk, check_sync, check_backups,
                       check_packs]


def add_parser(sub: Any, home: argparse.ArgumentParser) -> None:
    sub.add_parser("doctor", parents=[home],
                   help="check a kiosk home read-only (version, paths, database, disk, sync, backups, lesson packs); exit 1 on a problem")


def cli_main(args: Any, config: Config, *, out=None) -> int:
    """Print every section; 0 when no check found a problem, else 1."""
    out = out or sys.stdout
    doc = Doctor(config)
    if config.db_path.is_file() and config.db_path.stat().st_size > 0:
        from kiosk.backend import open_backend
        from kiosk.core.errors import KioskError

        try:
            doc.backend = open_backend(config, read_only=True)
        except KioskError as exc:
            doc.open_error = exc
    try:
        sections = []
        for check in CHECKS:
            try:
                sections.append(check(doc))
            except Exception as exc:  # noqa: BLE001 -- a broken check is a problem, not a crash
                sections.append(Section(getattr(check, "__name__", "?"),
                                        [DoctorWords.tr("Not read: {error}").format(error=exc)], problem=True))
    finally:
        if doc.backend is not None:
            doc.backend.close()
    for section in sections:
        print(f"== {section.title}", file=out)
        for line in section.lines:
            print(f"   {line}", file=out)
    problems = [s.title for s in sections if s.problem]
    if problems:
        print(DoctorWords.tr("Problems found: {sections}").format(sections=", ".join(problems)), file=out)
        return 1
    print(DoctorWords.tr("No problems found."), file=out)
    return 0


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)
