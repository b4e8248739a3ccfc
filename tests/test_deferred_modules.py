"""``kiosk.core.deferred_modules`` (issue 14.5, memory): in a fresh process, the kiosk's back end
opens (on a database at head: a migration imports Alembic, which uses importlib.metadata), logs
and works without loading asyncio, importlib.metadata, socket, hashlib or hmac (nor OpenSSL), and
whoever does use them later -- a PIN checked, counts sent -- still gets the real modules."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = r"""
import sys
from pathlib import Path
from kiosk.core import deferred_modules as D

assert D.defer() == ["asyncio", "importlib.metadata", "socket", "hashlib", "hmac"], "imported before the kiosk started?"
from kiosk.app import load_lessons, open_kiosk_backend, setup_logging
from kiosk.config import Config

home = Path(sys.argv[1])
setup_logging(Config.load(home))  # the rotating file log (logging.handlers imports socket)
import logging
logging.getLogger("kiosk").info("written without socket")
backend = open_kiosk_backend(Config.load(home))
backend.learners.register("Aprendiz", "tatu.svg", "8-11", "learner")
assert [l.display_name for l in backend.learners.list_active()] == ["Aprendiz"]
catalog = load_lessons(home)
assert catalog.modules()
import secrets  # reads hmac.compare_digest as it is imported
assert secrets.compare_digest("a", "a") and not secrets.compare_digest("a", "b") and len(secrets.token_hex(8)) == 16
print("unused:", not D.loaded("asyncio"), not D.loaded("importlib.metadata"), not D.loaded("socket"),
      not D.loaded("hashlib"), not D.loaded("hmac"), "_hashlib" not in sys.modules,
      "ssl" not in sys.modules, "email" not in sys.modules)

import asyncio  # a later user gets the real thing
from importlib import metadata

assert asyncio.run(asyncio.sleep(0, "slept")) == "slept"
assert D.loaded("asyncio") and sys.modules["asyncio"].run is asyncio.run
assert metadata.version("SQLAlchemy")
import socket
left, right = socket.socketpair()
left.sendall(b"hola"); assert right.recv(4) == b"hola"
left.close(); right.close()
import hashlib, hmac  # a PIN checked: OpenSSL's scrypt and HMAC, loaded now
assert hashlib.scrypt(b"1234", salt=b"s" * 16, n=16, r=8, p=1, dklen=8)
assert hmac.new(b"k", b"m", "sha256").hexdigest() == "b60090e3052297aeb5a080889ce2fc4bca957e756faeb4df7d31800ca1e771ec"
assert D.loaded("hashlib") and D.loaded("hmac") and "_hashlib" in sys.modules
from kiosk.core.digest import sha256_hex
assert sha256_hex(b"telecentro") == hashlib.sha256(b"telecentro").hexdigest()
assert "written without socket" in (home / "logs" / "kiosk.log").read_text()
backend.close()
print("used: ok")
"""


def test_the_back_end_works_without_asyncio_and_a_later_user_gets_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    made = "from pathlib import Path; import sys; from kiosk.backend import Backend; " \
        "h = Path(sys.argv[1]); Backend.open(h / 'kiosk.sqlite3', home=h).close()"
    subprocess.run([sys.executable, "-c", made, str(home)], env=env, check=True, timeout=120)  # migrated
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(home)], env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "unused: True True True True True True True True" in out.stdout
    assert "used: ok" in out.stdout
