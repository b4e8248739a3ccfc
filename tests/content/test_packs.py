"""Signed lesson packs (kiosk/content/packs.py, packs_install.py): every refusal kind, the
catalog with installed packs, atomic install across a crash, rollback."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pack_helpers import DEV_KEY, LESSON_ID, MODULE_ID, foreign_key, make_pack, write_tree

from kiosk.content import packs
from kiosk.content.packs import PackRefused, manifest_bytes
from kiosk.content.packs_install import (
    clean_up,
    content_dir,
    install_pack,
    installed_packs,
    load_catalog_with_packs,
    load_state,
    preview_pack,
    rollback_module,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def bundled(tmp_path, monkeypatch) -> Path:
    """The kiosk's own lessons: the test module at 1.0.0 and a second module."""
    root = write_tree(tmp_path / "bundled", "1.0.0", other=True)
    monkeypatch.setenv("KIOSK_LESSONS", str(root))
    return root


def _members(zip_path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(zip_path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _resign(members: dict[str, bytes], key: Path = DEV_KEY) -> dict[str, bytes]:
    """Members with pack.json's hashes recomputed and signed again (a publisher's own mistake)."""
    import base64
    import hashlib

    manifest = json.loads(members["pack.json"])
    manifest["files"] = {n: hashlib.sha256(d).hexdigest() for n, d in members.items()
                         if n not in ("pack.json", "pack.sig")}
    data = manifest_bytes(manifest)
    return {**members, "pack.json": data,
            "pack.sig": base64.b64encode(packs.load_private_key(key).sign(data))}


def _refused(source: Path, home: Path, kind: str) -> PackRefused:
    before = sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file())
    with pytest.raises(PackRefused) as caught:
        install_pack(source, home)
    assert caught.value.kind == kind, caught.value.message
    assert caught.value.message  # words for a coordinator
    after = sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file())
    assert after == before  # nothing installed, nothing left behind
    assert not list(home.rglob(".stage-*"))
    return caught.value


def _lesson_name(members: dict[str, bytes]) -> str:
    return next(n for n in members if n.endswith(".es.md"))


def test_a_signed_pack_installs_and_replaces_the_bundled_module(bundled, tmp_path, home, caplog):
    pack = make_pack(tmp_path, "1.1.0")
    preview = preview_pack(pack, home)
    assert preview.changes == ((MODULE_ID, "1.0.0", "1.1.0"),)
    with caplog.at_level(logging.INFO, logger="kiosk.support"):
        result = install_pack(pack, home)
    assert result.changes == ((MODULE_ID, "1.0.0", "1.1.0"),)
    [installed] = installed_packs(home)
    assert (installed.pack_id, installed.publisher, installed.modules) == ("secretos", "telecentro",
                                                                           ((MODULE_ID, "1.1.0"),))
    assert installed.installed_at
    catalog = load_catalog_with_packs(bundled, home)
    module = catalog.module(MODULE_ID)
    assert module.version == "1.1.0"
    assert catalog.lesson(LESSON_ID, "es").title == "Contraseñas 1.1.0"
    assert content_dir(home) in module.path.parents
    assert [m.id for m in catalog.modules()].count(MODULE_ID) == 1
    assert catalog.module("internet-seguro/otro-modulo") is not None  # the rest stays
    assert any("secretos" in r.getMessage() and r.name == "kiosk.support" for r in caplog.records)


def test_a_pack_folder_installs_too(bundled, tmp_path, home):
    folder = tmp_path / "usb" / "pack"
    for name, data in _members(make_pack(tmp_path, "1.1.0")).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    (folder / ".DS_Store").write_bytes(b"junk")  # what a USB stick gathers is ignored
    install_pack(folder, home)
    assert load_catalog_with_packs(bundled, home).module(MODULE_ID).version == "1.1.0"


def test_unsigned_tampered_and_foreign_packs_are_refused(bundled, tmp_path, home):
    members = _members(make_pack(tmp_path, "1.1.0"))
    unsigned = {n: d for n, d in members.items() if n != "pack.sig"}
    _refused(_write_zip(tmp_path / "unsigned.zip", unsigned), home, "unsigned")

    lesson = _lesson_name(members)
    changed = dict(members)
    data = bytearray(changed[lesson])
    data[-2] ^= 0x01  # one byte
    changed[lesson] = bytes(data)
    refusal = _refused(_write_zip(tmp_path / "tampered.zip", changed), home, "tampered")
    assert lesson in refusal.message and refusal.detail == lesson

    added = {**members, "lessons/internet-seguro/extra.txt": b"x"}
    _refused(_write_zip(tmp_path / "added.zip", added), home, "tampered")
    removed = {n: d for n, d in members.items() if not n.endswith(".png")}
    _refused(_write_zip(tmp_path / "removed.zip", removed), home, "tampered")

    manifest = json.loads(members["pack.json"])
    manifest["modules"][0]["version"] = "9.0.0"
    _refused(_write_zip(tmp_path / "manifest.zip", {**members, "pack.json": manifest_bytes(manifest)}), home,
             "bad_signature")

    foreign = foreign_key(tmp_path)
    _refused(make_pack(tmp_path / "f1", "1.1.0", key=foreign), home, "bad_signature")  # claims "telecentro"
    refusal = _refused(make_pack(tmp_path / "f2", "1.1.0", key=foreign, publisher="otra-editorial"), home,
                       "unknown_publisher")
    assert "otra-editorial" in refusal.message
    assert installed_packs(home) == []


@pytest.mark.parametrize("members", [
    {},
    {"pack.json": b"not json"},
    {"pack.json": json.dumps({"format": "otra-cosa/1"}).encode()},
])
def test_what_is_not_a_pack_is_refused(bundled, tmp_path, home, members):
    _refused(_write_zip(tmp_path / "p.zip", members) if members else tmp_path / "p.zip", home, "not_a_pack")


def test_a_random_file_is_not_a_pack(bundled, tmp_path, home):
    junk = tmp_path / "fotos.zip"
    junk.write_bytes(os.urandom(2000))
    _refused(junk, home, "not_a_pack")


@pytest.mark.parametrize("name", ["../evil.md", "/etc/evil", "lessons/../../evil", "C:\\evil", "lessons/a\\..\\b"])
def test_path_traversal_is_refused(bundled, tmp_path, home, name):
    members = _members(make_pack(tmp_path, "1.1.0"))
    _refused(_write_zip(tmp_path / "evil.zip", {**members, name: b"x"}), home, "unsafe")
    assert not (tmp_path / "evil.md").exists()


def test_symlinks_are_refused_in_a_zip_and_in_a_folder(bundled, tmp_path, home):
    members = _members(make_pack(tmp_path, "1.1.0"))
    path = tmp_path / "link.zip"
    _write_zip(path, members)
    with zipfile.ZipFile(path, "a") as zf:
        info = zipfile.ZipInfo("lessons/internet-seguro/link")
        info.external_attr = (0o120777 << 16)
        zf.writestr(info, "/etc/passwd")
    _refused(path, home, "unsafe")

    folder = tmp_path / "folder"
    for name, data in members.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    (folder / "lessons" / "secret").symlink_to("/etc/passwd")
    _refused(folder, home, "unsafe")


def test_too_many_files_oversized_files_and_zip_bombs_are_refused(bundled, tmp_path, home, monkeypatch):
    members = _members(make_pack(tmp_path, "1.1.0"))
    many = {**members, **{f"lessons/x/{i}.txt": b"x" for i in range(30)}}
    monkeypatch.setattr(packs, "MAX_FILES", 20)
    _refused(_write_zip(tmp_path / "many.zip", many), home, "unsafe")
    monkeypatch.undo()
    monkeypatch.setenv("KIOSK_LESSONS", str(bundled))

    bomb = {**members, "lessons/bomb.txt": b"\0" * (4 * 1024 * 1024)}  # 4 MB of zeros: ~4 KB packed
    _refused(_write_zip(tmp_path / "bomb.zip", bomb), home, "unsafe")

    monkeypatch.setattr(packs, "MAX_FILE_BYTES", 100)
    _refused(make_pack(tmp_path, "1.1.0"), home, "unsafe")


def test_an_older_or_the_same_version_is_refused(bundled, tmp_path, home):
    _refused(make_pack(tmp_path / "same", "1.0.0"), home, "already_installed")  # the bundled one
    install_pack(make_pack(tmp_path / "b", "1.2.0"), home)
    refusal = _refused(make_pack(tmp_path / "c", "1.1.0"), home, "downgrade")
    assert "1.2.0" in refusal.message and "1.1.0" in refusal.message
    _refused(make_pack(tmp_path / "b2", "1.2.0"), home, "already_installed")


def test_a_pack_whose_lessons_fail_the_check_is_refused(bundled, tmp_path, home):
    members = _members(make_pack(tmp_path, "1.1.0"))
    lesson = _lesson_name(members)
    broken = members[lesson].replace(b"lang: es", b"lang: fr")  # what `kiosk lessons check` refuses
    refusal = _refused(_write_zip(tmp_path / "broken.zip", _resign({**members, lesson: broken})), home, "lessons")
    assert "contrasenas-fuertes.es.md:" in refusal.detail  # path:line: message, as the check prints

    with pytest.raises(PackRefused) as caught:  # and the builder refuses to sign it
        source = write_tree(tmp_path / "src-bad", "1.1.0")
        (source / "internet-seguro/cuida-tus-secretos/contrasenas-fuertes.es.md").write_bytes(broken)
        packs.build_pack(source, DEV_KEY, tmp_path / "bad.zip")
    assert caught.value.kind == "lessons"
    assert not (tmp_path / "bad.zip").exists()


def test_the_declared_modules_must_match_the_lessons(bundled, tmp_path, home):
    members = _members(make_pack(tmp_path, "1.1.0"))
    manifest = json.loads(members["pack.json"])
    manifest["modules"] = [{"id": MODULE_ID, "version": "1.5.0"}]
    members["pack.json"] = manifest_bytes(manifest)
    _refused(_write_zip(tmp_path / "lie.zip", _resign(members)), home, "lessons")


def test_rollback_restores_the_previous_installed_then_the_bundled_version(bundled, tmp_path, home):
    install_pack(make_pack(tmp_path / "a", "1.1.0"), home)
    install_pack(make_pack(tmp_path / "b", "1.2.0"), home)
    assert rollback_module(MODULE_ID, home) == ("1.2.0", "1.1.0")
    catalog = load_catalog_with_packs(bundled, home)
    assert catalog.lesson(LESSON_ID, "es").title == "Contraseñas 1.1.0"
    assert [p.version for p in installed_packs(home)] == ["1.1.0"]
    assert sorted(p.name for p in (content_dir(home) / "packs" / "secretos").iterdir()) == ["1.1.0"]
    with pytest.raises(PackRefused) as caught:
        rollback_module(MODULE_ID, home)  # one step back is kept
    assert caught.value.kind == "no_previous"
    install_pack(make_pack(tmp_path / "c", "1.2.0"), home)  # the rolled-back version can come again


def test_rollback_of_a_first_install_goes_back_to_the_bundled_module(bundled, tmp_path, home):
    install_pack(make_pack(tmp_path, "2.0.0"), home)
    assert rollback_module(MODULE_ID, home) == ("2.0.0", "1.0.0")
    assert load_catalog_with_packs(bundled, home).module(MODULE_ID).version == "1.0.0"
    assert installed_packs(home) == []
    assert not any((content_dir(home) / "packs").rglob("*.md"))


@pytest.mark.parametrize("step", ["staged", "checked", "moved", "switch"])
def test_a_failure_at_any_step_leaves_the_old_state(bundled, tmp_path, home, step):
    install_pack(make_pack(tmp_path / "a", "1.1.0"), home)
    state = (content_dir(home) / "state.json").read_bytes()

    def fail(at: str) -> None:
        if at == step:
            raise OSError("power cut")

    with pytest.raises(OSError):
        install_pack(make_pack(tmp_path / "b", "1.2.0"), home, fault=fail)
    clean_up(home)
    assert (content_dir(home) / "state.json").read_bytes() == state
    assert load_catalog_with_packs(bundled, home).module(MODULE_ID).version == "1.1.0"
    assert sorted(p.name for p in content_dir(home).iterdir()) == ["packs", "state.json"]
    install_pack(make_pack(tmp_path / "c", "1.2.0"), home)  # and the next try works
    assert load_catalog_with_packs(bundled, home).module(MODULE_ID).version == "1.2.0"


KILLER = """
import os, signal, sys
from pathlib import Path
from kiosk.content.packs_install import install_pack

def kill(step):
    if step == sys.argv[3]:
        os.kill(os.getpid(), signal.SIGKILL)

install_pack(Path(sys.argv[1]), Path(sys.argv[2]), fault=kill)
"""


@pytest.mark.parametrize("step", ["checked", "switch"])
def test_a_process_killed_between_staging_and_the_switch_leaves_the_old_state(bundled, tmp_path, home, step):
    """A real SIGKILL of the installing process (a power cut for the file system's view)."""
    install_pack(make_pack(tmp_path / "a", "1.1.0"), home)
    state = (content_dir(home) / "state.json").read_bytes()
    pack = make_pack(tmp_path / "b", "1.2.0")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KIOSK_LESSONS": str(bundled)}
    run = subprocess.run([sys.executable, "-c", KILLER, str(pack), str(home), step], env=env, cwd=ROOT)
    assert run.returncode == -signal.SIGKILL
    left = {p.name for p in content_dir(home).iterdir()}
    assert any(name.startswith(".stage-") for name in left) or step == "switch"
    assert (content_dir(home) / "state.json").read_bytes() == state
    assert load_catalog_with_packs(bundled, home).module(MODULE_ID).version == "1.1.0"  # cleans up too
    assert sorted(p.name for p in content_dir(home).iterdir()) == ["packs", "state.json"]
    assert sorted(p.name for p in (content_dir(home) / "packs" / "secretos").iterdir()) == ["1.1.0"]


def test_an_installed_tree_that_no_longer_loads_falls_back_to_the_bundled_module(bundled, tmp_path, home, caplog):
    install_pack(make_pack(tmp_path, "1.1.0"), home)
    for lesson in (content_dir(home) / "packs").rglob("*.es.md"):
        lesson.write_text("broken", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="kiosk.content"):
        catalog = load_catalog_with_packs(bundled, home)
    assert catalog.module(MODULE_ID).version == "1.0.0"


def test_the_dev_private_key_lives_only_in_tests():
    """The trusted folder ships public keys only; the development key's private half is in tests/."""
    trusted = ROOT / "assets" / "trusted-publishers"
    assert "telecentro" in packs.trusted_publishers(trusted)
    for path in ROOT.joinpath("assets").rglob("*"):
        if path.is_file() and path.suffix in (".key", ".pem", ".pub", ".txt", ".md"):
            assert b"PRIVATE KEY" not in path.read_bytes(), path
    key = packs.load_private_key(DEV_KEY)
    assert packs.public_key_text(key) == (trusted / "telecentro.pub").read_text().strip()


def test_a_missing_file_is_not_a_pack(bundled, tmp_path, home):
    refusal = _refused(tmp_path / "missing.zip", home, "not_a_pack")
    assert "missing.zip" in refusal.detail


def test_one_install_at_a_time_and_a_dead_owners_lock_is_taken_over(bundled, tmp_path, home):
    """The kiosk and the command line may both install: the second waits its turn (refused,
    "busy"); a lock left by a process that is gone (a power cut) does not block anybody."""
    content_dir(home).mkdir(parents=True)
    lock = content_dir(home) / ".lock"
    owner = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lock.write_text(str(owner.pid))
        _refused(make_pack(tmp_path / "a", "1.1.0"), home, "busy")
        with pytest.raises(PackRefused):
            rollback_module(MODULE_ID, home)
        assert load_catalog_with_packs(bundled, home).module(MODULE_ID).version == "1.0.0"  # reading never waits
        assert lock.exists()
    finally:
        owner.kill()
        owner.wait()
    install_pack(make_pack(tmp_path / "b", "1.1.0"), home)
    assert not lock.exists()


def test_a_zip_of_the_pack_folder_installs_and_case_twins_are_refused(bundled, tmp_path, home):
    members = _members(make_pack(tmp_path, "1.1.0"))
    nested = _write_zip(tmp_path / "nested.zip", {f"secretos-1.1/{n}": d for n, d in members.items()})
    install_pack(nested, home)
    assert load_catalog_with_packs(bundled, home).module(MODULE_ID).version == "1.1.0"
    lesson = _lesson_name(members)
    twins = {**members, lesson.replace("contrasenas", "Contrasenas"): members[lesson]}
    _refused(_write_zip(tmp_path / "twins.zip", twins), home, "unsafe")
