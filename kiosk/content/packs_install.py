"""Installing signed lesson packs into a kiosk's home, atomically, and the catalog they make.

Layout under ``<home>/content/``::

    state.json                       what is installed: the one file whose replacement commits
    packs/<pack-id>/<version>/lessons/...   each installed pack version, as signed
    .stage-<pid>-<random>/           an install under way (removed on the next start if its
                                     process is gone)

An install reads the pack within limits, verifies the signature and every file's SHA-256,
stages the files in a temp folder on the same file system, runs the same checks as
``kiosk lessons check`` on the staged tree, moves it to ``packs/<id>/<version>``, and only
then replaces ``state.json`` (write temp + fsync + ``os.replace`` + fsync the folder). A power
cut at any moment leaves either the old state or the new one; ``clean_up`` removes stages and
pack folders no state refers to. Each module keeps its previous version (installed or the
bundled one) for ``rollback``. Learners' quiz scores are reset by ``kiosk.learning`` when a
module's major version changes (``content_updates.reconcile_quiz_scores``).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from kiosk import resources

from .packs import (
    LESSONS,
    ContentWords,
    PackManifest,
    _refuse,
    check_lessons,
    is_newer,
    major,
    read_members,
    verify_members,
)

__all__ = ["InstalledPack", "InstallResult", "install_pack", "rollback_module", "installed_packs",
           "preview_pack", "clean_up", "load_state", "load_catalog_with_packs", "content_dir"]

STATE = "state.json"
STATE_FORMAT = "telecentro-content/1"
support = logging.getLogger("kiosk.support")
log = logging.getLogger("kiosk.content")

Check = Callable[[Any], list[Any]]  # like ``kiosk.content.check.Check``


@dataclass(frozen=True)
class InstalledPack:
    pack_id: str
    version: str
    publisher: str
    modules: tuple[tuple[str, str], ...]  # (module id, version) the pack brought
    installed_at: str


@dataclass(frozen=True)
class InstallResult:
    manifest: PackManifest
    changes: tuple[tuple[str, str | None, str], ...]  # (module, old version or None, new version)


def content_dir(home: Path) -> Path:
    return Path(home) / "content"


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder: os.replace is what it has
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def load_state(home: Path) -> dict[str, Any]:
    """The installed state (empty when nothing was ever installed or the file is unreadable)."""
    try:
        state = json.loads((content_dir(home) / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"format": STATE_FORMAT, "packs": {}, "modules": {}}
    if not isinstance(state, dict) or state.get("format") != STATE_FORMAT:
        return {"format": STATE_FORMAT, "packs": {}, "modules": {}}
    state.setdefault("packs", {})
    state.setdefault("modules", {})
    return state


def _save_state(home: Path, state: dict[str, Any], *, before_switch: Callable[[str], None] | None = None) -> None:
    keep = _referenced(state)
    state["packs"] = {path: info for path, info in state["packs"].items() if path in keep}
    data = json.dumps(state, sort_keys=True, indent=1, ensure_ascii=False).encode("utf-8")
    if before_switch:
        before_switch("switch")
    _write_atomic(content_dir(home) / STATE, data)


def installed_packs(home: Path) -> list[InstalledPack]:
    """The packs installed in ``home`` that learners see at least one module of (for
    ``kiosk content list`` and ``kiosk doctor``)."""
    state = load_state(home)
    current = {e.get("path") for e in state["modules"].values() if e.get("path")}
    found = []
    for path, info in sorted(state["packs"].items()):
        if path in current:
            found.append(InstalledPack(info.get("pack", ""), info.get("version", ""), info.get("publisher", ""),
                                       tuple(sorted((m, v) for m, v in info.get("modules", {}).items())),
                                       info.get("installed_at", "")))
    return sorted(found, key=lambda p: (p.pack_id, p.version))


def _alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (never signals it: on Windows ``os.kill`` would end it)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name == "nt":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # no right to signal it: it exists
        return True
    return True


def _referenced(state: dict[str, Any]) -> set[str]:
    paths = set()
    for entry in state["modules"].values():
        for e in (entry, entry.get("previous") or {}):
            if e.get("path"):
                paths.add(e["path"])
    return paths


LOCK = ".lock"


@contextmanager
def _locked(home: Path, *, refuse: bool = True) -> Iterator[bool]:
    """One install, rollback or clean-up at a time in a home (the kiosk and the command line may
    both try): a lock file holding the owner's pid, taken over when that process is gone.
    Yields False when another live process holds it and ``refuse`` is false; else refuses."""
    root = content_dir(home)
    root.mkdir(parents=True, exist_ok=True)
    path = root / LOCK
    for _ in range(3):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            try:
                owner = int(path.read_text(encoding="ascii").strip() or "0")
            except (OSError, ValueError):
                owner = 0
            if owner and _alive(owner):
                if refuse:
                    raise _refuse("busy", ContentWords.tr(
                        "Another lesson pack is being installed on this kiosk. Try again in a moment.")) from None
                yield False
                return
            try:
                path.unlink()  # left by a process that is gone (a power cut, a kill)
            except FileNotFoundError:
                pass
            continue
        try:
            os.write(fd, str(os.getpid()).encode("ascii"))
        finally:
            os.close(fd)
        try:
            yield True
        finally:
            try:
                path.unlink()
            except FileNotFoundError:
                pass
        return
    raise _refuse("busy", ContentWords.tr(
        "Another lesson pack is being installed on this kiosk. Try again in a moment."))


def clean_up(home: Path) -> int:
    """Remove what an interrupted install left (stages of processes that are gone, pack
    folders no state refers to); returns how many folders were removed. Skipped while another
    process installs."""
    if not content_dir(home).is_dir():
        return 0
    with _locked(home, refuse=False) as mine:
        return _clean_up(home) if mine else 0


def _clean_up(home: Path) -> int:
    root = content_dir(home)
    removed = 0
    for stage in root.glob(".stage-*"):
        try:
            pid = int(stage.name.split("-")[1])
        except (IndexError, ValueError):
            pid = 0
        if not _alive(pid):
            shutil.rmtree(stage, ignore_errors=True)
            removed += 1
    keep = _referenced(load_state(home))
    packs = root / "packs"
    for version_dir in sorted(packs.glob("*/*")) if packs.is_dir() else ():
        if version_dir.relative_to(root).as_posix() not in keep:
            shutil.rmtree(version_dir, ignore_errors=True)
            removed += 1
    for pack_dir in sorted(packs.glob("*")) if packs.is_dir() else ():
        try:
            pack_dir.rmdir()  # only when empty
        except OSError:
            pass
    return removed


def bundled_versions(lessons_root: Path | None = None) -> dict[str, str]:
    """``{module id: version}`` of the bundled lessons (module.yaml's ``version`` only)."""
    from .parser import parse_module_yaml

    root = Path(lessons_root) if lessons_root else resources.lessons_dir()
    found = {}
    for module_yaml in sorted(root.glob("*/*/module.yaml")):
        meta, _ = parse_module_yaml(module_yaml)
        if meta is not None:
            found[f"{module_yaml.parent.parent.name}/{module_yaml.parent.name}"] = meta["version"]
    return found


def _current_versions(state: dict[str, Any], bundled: dict[str, str]) -> dict[str, str]:
    current = dict(bundled)
    for module_id, entry in state["modules"].items():
        if entry.get("path") and (module_id not in current or is_newer(entry["version"], current[module_id])
                                  or entry["version"] == current[module_id]):
            current[module_id] = entry["version"]
    return current


def preview_pack(source: Path, home: Path, *, publishers: dict[str, bytes] | None = None,
                 bundled: dict[str, str] | None = None) -> InstallResult:
    """What installing ``source`` would change, after the signature and file checks (no lesson
    checks yet: those run on the staged copy); raises ``PackRefused``."""
    members = read_members(Path(source))
    manifest = verify_members(members, publishers)
    return InstallResult(manifest, _changes(manifest, load_state(home), bundled))


def _changes(manifest: PackManifest, state: dict[str, Any],
             bundled: dict[str, str] | None) -> tuple[tuple[str, str | None, str], ...]:
    current = _current_versions(state, bundled_versions() if bundled is None else bundled)
    changes = []
    for module in manifest.modules:
        old = current.get(module.id)
        if old is not None and not is_newer(module.version, old):
            same = old == module.version
            raise _refuse("already_installed" if same else "downgrade", ContentWords.tr(
                "Module «{module}» {new} is already installed.") if same else ContentWords.tr(
                "Module «{module}» {new} is older than the installed version {old}: it was not installed "
                "(to go back, use «Restore the previous version»)."), module.id,
                module=module.id, new=module.version, old=old)
        changes.append((module.id, old, module.version))
    return tuple(changes)


def install_pack(source: Path, home: Path, *, publishers: dict[str, bytes] | None = None,
                 bundled: dict[str, str] | None = None, checks: Sequence[Check] = (),
                 fault: Callable[[str], None] | None = None,
                 now: datetime | None = None) -> InstallResult:
    """Install the pack at ``source`` (zip or folder) into ``home``, all or nothing; raises
    ``PackRefused`` (nothing installed). ``checks``: extra lesson checks, as
    ``kiosk lessons check`` runs them; ``fault(step)``: a test hook called before each step
    ("staged", "checked", "moved", "switch")."""
    home = Path(home)
    members = read_members(Path(source))
    manifest = verify_members(members, publishers)
    with _locked(home):
        _clean_up(home)
        changes = _install_locked(home, manifest, members, bundled, checks, fault, now)
    support.info("content pack installed: %s %s from publisher %s; modules %s", manifest.pack_id,
                 manifest.version, manifest.publisher,
                 ", ".join(f"{m} {o or '-'} -> {n}" for m, o, n in changes))
    return InstallResult(manifest, changes)


def _install_locked(home: Path, manifest: PackManifest, members: dict[str, bytes], bundled: dict[str, str] | None,
                    checks: Sequence[Check], fault: Callable[[str], None] | None,
                    now: datetime | None) -> tuple[tuple[str, str | None, str], ...]:
    """``install_pack`` once the pack is verified and the home locked."""
    state = load_state(home)
    changes = _changes(manifest, state, bundled)
    root = content_dir(home)
    root.mkdir(parents=True, exist_ok=True)
    stage = root / f".stage-{os.getpid()}-{secrets.token_hex(4)}"
    stage.mkdir()
    try:
        for name, data in members.items():
            target = stage / name
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
        for folder, _dirs, _files in os.walk(stage, topdown=False):
            _fsync_dir(Path(folder))  # the names, too, are on the disk before the switch
        if fault:
            fault("staged")
        _check_staged(stage, manifest, checks)
        if fault:
            fault("checked")
        final = root / "packs" / manifest.pack_id / manifest.version
        if final.exists():  # not referenced (else: already installed above): a crash's leftover
            shutil.rmtree(final)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(stage, final)
        _fsync_dir(final.parent)
        if fault:
            fault("moved")
        moment = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
        rel = final.relative_to(root).as_posix()
        bundled_now = bundled_versions() if bundled is None else bundled
        for module_id, old, new in changes:
            before = state["modules"].get(module_id)
            previous = None
            if before and before.get("path") and old == before.get("version"):
                previous = {k: v for k, v in before.items() if k != "previous"}
            elif old is not None:
                previous = {"version": old, "pack": None, "path": None}  # the bundled module
            base = before.get("base_major") if before else None
            if base is None:
                base = major(old) if old is not None else major(new)
            state["modules"][module_id] = {"version": new, "pack": manifest.pack_id, "path": rel,
                                           "installed_at": moment, "previous": previous,
                                           "base_major": base, "bundled": bundled_now.get(module_id)}
        state["packs"][rel] = {
            "pack": manifest.pack_id, "version": manifest.version, "publisher": manifest.publisher,
            "installed_at": moment,
            "modules": {m.id: m.version for m in manifest.modules}}
        _save_state(home, state, before_switch=fault)
    finally:
        if stage.exists():
            shutil.rmtree(stage, ignore_errors=True)
    _clean_up(home)
    return changes


def _check_staged(stage: Path, manifest: PackManifest, checks: Sequence[Check]) -> None:
    """The same checks as ``kiosk lessons check`` on the staged lessons, plus: the pack holds
    exactly the modules (and versions) its pack.json names."""
    scan = check_lessons(stage / LESSONS, checks)
    found = {m.id: m.version for m in scan.catalog.modules()}
    found.update({m.id: m.version for t in scan.catalog.demo_tracks for m in t.modules})
    declared = {m.id: m.version for m in manifest.modules}
    if found != declared:
        wrong = sorted(set(found.items()) ^ set(declared.items()))
        raise _refuse("lessons", ContentWords.tr(
            "The pack's modules do not match its description (pack.json): {module}."), str(wrong[0][0]),
            module=wrong[0][0])


def rollback_module(module_id: str, home: Path, *, now: datetime | None = None) -> tuple[str, str]:
    """Restore the previous version of ``module_id`` (an installed one, or the bundled one);
    returns (from version, to version); raises ``PackRefused`` ("no_previous")."""
    home = Path(home)
    with _locked(home):
        _clean_up(home)
        state = load_state(home)
        entry = state["modules"].get(module_id)
        previous = entry.get("previous") if entry else None
        if not entry or not previous:
            raise _refuse("no_previous", ContentWords.tr("Module «{module}» has no previous version to restore."),
                          module_id, module=module_id)
        restored = dict(previous, previous=None, base_major=entry.get("base_major"),
                        bundled=entry.get("bundled"))
        if previous.get("path") is None:
            restored["path"] = None  # back to the bundled module
        state["modules"][module_id] = restored
        _save_state(home, state)
        _clean_up(home)
    support.info("content module rolled back: %s %s -> %s", module_id, entry["version"], previous["version"])
    return entry["version"], previous["version"]


def effective_modules(home: Path, bundled: dict[str, str] | None = None) -> dict[str, str]:
    """``{module id: version}`` learners see: the bundled modules, replaced by newer installed ones."""
    return _current_versions(load_state(home), bundled_versions() if bundled is None else bundled)


def load_catalog_with_packs(lessons_root: Path, home: Path | None, *, demo: bool | None = None):
    """The bundled catalog (``load_catalog``) with each installed module of a newer (or the same)
    version in place of the bundled one of the same id, and new modules and tracks added. An
    installed tree that no longer loads is skipped and logged: the kiosk keeps the bundled one."""
    from .catalog import load_catalog, scan_tree

    catalog = load_catalog(lessons_root, demo=demo)
    if home is None:
        return catalog
    try:
        clean_up(Path(home))
    except OSError:
        pass
    state = load_state(Path(home))
    if not state["modules"]:
        return catalog
    root = content_dir(Path(home))
    tracks = {t.id: t for t in catalog.tracks}
    scans: dict[str, Any] = {}
    for module_id, entry in sorted(state["modules"].items()):
        if not entry.get("path"):
            continue
        bundled = catalog.module(module_id)
        if bundled is not None and not (is_newer(entry["version"], bundled.version)
                                        or entry["version"] == bundled.version):
            continue  # the kiosk's own lessons were updated past the pack
        if entry["path"] not in scans:
            scans[entry["path"]] = scan_tree(root / entry["path"] / LESSONS)
        scan = scans[entry["path"]]
        module = next((m for m in scan.catalog.modules() if m.id == module_id), None)
        track = next((t for t in scan.catalog.tracks if t.id == module_id.split("/")[0]), None)
        if module is None or track is None or module.version != entry["version"]:
            log.warning("installed module %s %s does not load; the bundled one stays", module_id, entry["version"])
            continue
        base = tracks.get(track.id)
        if base is None:
            tracks[track.id] = replace(track, modules=(module,))
        else:
            kept = tuple(m for m in base.modules if m.id != module_id) + (module,)
            tracks[track.id] = replace(base, modules=tuple(sorted(kept, key=lambda m: (m.order, m.slug))))
    catalog.tracks = tuple(sorted(tracks.values(), key=lambda t: (t.order, t.id)))
    return catalog
