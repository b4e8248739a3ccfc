"""One kiosk per home: a second launch brings the first window to the front and exits.

A ``QLocalServer`` (a named pipe on Windows, a socket file on Linux) listens under a name made
from a hash of the KIOSK home, so tests on different homes never see each other.  A second
launch connects, sends ``raise`` and returns; the first emits ``raise_requested``.  A socket
file left by a crash (nobody answers on it) is removed and the name taken over.
"""

from __future__ import annotations

import getpass
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from kiosk.core.digest import sha256_hex

log = logging.getLogger("kiosk.single")

MESSAGE = b"raise\n"
CONNECT_MS = 500


def server_name(home: Path) -> str:
    """A name unique to this home and this user, short enough for every platform."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    digest = sha256_hex(f"{user}\0{Path(home).resolve()}".encode())[:24]  # without OpenSSL
    return f"telecentro-{digest}"


class SingleInstance(QObject):
    """``acquire()`` returns True for the first instance (it now listens) and False for a
    later one (it has asked the first to come to the front)."""

    raise_requested = Signal()

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(home)
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        if self._tell_running():
            log.info("another kiosk is running on this home; asked it to come to the front")
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
                if self._tell_running():  # it started just now
                    return False
                log.info("removing a stale single-instance socket (the last run did not end cleanly)")
                QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                # Not fatal: the kiosk still runs, only without the guard.
                log.error("single-instance guard unavailable: %s", server.errorString())
                return True
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None

    def _tell_running(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(MESSAGE)
        socket.flush()
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_MS)
        return True

    def _accept(self) -> None:
        # The second launch writes at once and waits for nothing, so reading synchronously
        # (at most CONNECT_MS, only when someone launches the kiosk again) keeps this simple:
        # no connection outlives this call.
        while self.server is not None and self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            data = b""
            if connection.bytesAvailable() or connection.waitForReadyRead(CONNECT_MS):
                data = bytes(connection.readAll().data())
            connection.disconnectFromServer()
            connection.deleteLater()
            if data.startswith(MESSAGE.strip()):
                self.raise_requested.emit()
