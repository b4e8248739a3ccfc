"""POST /paquetes reads its body as a stream (issue 13, point 5), against a real collector:

* the admin token is checked before the file is read: a wrong token is answered while the client
  is still sending (the server cannot have read what was not sent yet);
* the file streams to a temporary file with a size limit: too large is a 413 that says the limit;
* 24 uploads of 30 MB (wrong token, or right token and too large) leave the collector's memory
  flat (it reached 1.8 GB when each body was read into memory).
"""

from __future__ import annotations

import http.client
import socket
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.collector.harness import FakeKiosk, cell

MB = 1024 * 1024
PIECE = b"z" * (64 * 1024)
CELLS = [cell("2025-06-01", value=3, rev=1, role="learner", age_band="adult")]


def token_part(boundary: str, token: str) -> bytes:
    return (f'--{boundary}\r\nContent-Disposition: form-data; name="token"\r\n\r\n{token}\r\n').encode()


def file_head(boundary: str) -> bytes:
    return (f'--{boundary}\r\nContent-Disposition: form-data; name="paquete"; filename="t.zip"\r\n'
            "Content-Type: application/zip\r\n\r\n").encode()


def tail(boundary: str) -> bytes:
    return f"\r\n--{boundary}--\r\n".encode()


def post(base_url: str, pieces, *, boundary: str, length: int | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, str, int]:
    """POST /paquetes by hand: ``length`` as Content-Length, else chunked; stops sending when
    the server closes.  The status, the answer's text and how many body bytes were sent."""
    host, port = base_url.removeprefix("http://").split(":")
    head = ["POST /paquetes HTTP/1.1", "Host: 127.0.0.1",
            f"Content-Type: multipart/form-data; boundary={boundary}"]
    head += [f"{k}: {v}" for k, v in (headers or {}).items()]
    head.append(f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked")
    sent = 0
    with socket.create_connection((host, int(port)), timeout=60) as sock:
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        try:
            for piece in pieces:
                sock.sendall(piece if length is not None else b"%x\r\n%s\r\n" % (len(piece), piece))
                sent += len(piece)
            if length is None:
                sock.sendall(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass
        resp = http.client.HTTPResponse(sock)
        resp.begin()
        return resp.status, resp.read().decode("utf-8", "replace"), sent


def body_of(boundary: str, token: str | None, file_bytes: int | bytes, *, token_first: bool = True):
    """The form's pieces, the file ``file_bytes`` long (or those bytes)."""
    data = [file_bytes] if isinstance(file_bytes, bytes) else [PIECE] * (file_bytes // len(PIECE))
    file_pieces = [file_head(boundary), *data]
    token_pieces = [token_part(boundary, token)] if token is not None else []
    if token_first:
        return [*token_pieces, *file_pieces, tail(boundary)]
    return [*file_pieces, b"\r\n" + (token_pieces[0] if token_pieces else b""), f"--{boundary}--\r\n".encode()]


def test_a_wrong_token_is_answered_before_the_body_is_sent(collector):
    boundary = uuid.uuid4().hex
    declared = 20 * MB  # under the limit: only the token can stop it
    pieces = [token_part(boundary, "tca_wrong"), file_head(boundary), *[PIECE] * 16]  # 1 MiB of 20
    status, text, sent = post(collector.base_url, pieces, boundary=boundary, length=declared)
    assert status == 401, text
    assert "clave de administración no es válida" in text
    assert sent < 2 * MB < declared  # the answer came while 18 MB were still to come


def test_a_wrong_bearer_header_is_answered_before_any_body(collector):
    boundary = uuid.uuid4().hex
    status, text, sent = post(collector.base_url, [], boundary=boundary, length=20 * MB,
                              headers={"Authorization": "Bearer tca_wrong"})
    assert (status, sent) == (401, 0), text


def test_a_right_bearer_header_imports_without_a_token_field(collector, tmp_path: Path):
    kiosk = FakeKiosk(collector).enrolled()
    boundary = uuid.uuid4().hex
    pieces = body_of(boundary, None, kiosk.bundle_bytes(CELLS))
    status, text, _sent = post(collector.base_url, pieces, boundary=boundary,
                               headers={"Authorization": f"Bearer {collector.admin_token()}"})
    assert status == 200, text
    assert "Paquete importado: 1 celdas" in text


@pytest.mark.parametrize("token_first", [True, False], ids=["token-first", "file-first"])
def test_the_form_in_either_order_imports_with_a_right_token(collector, token_first):
    kiosk = FakeKiosk(collector).enrolled()
    boundary = uuid.uuid4().hex
    pieces = body_of(boundary, collector.admin_token(), kiosk.bundle_bytes(CELLS), token_first=token_first)
    status, text, _sent = post(collector.base_url, pieces, boundary=boundary)
    assert status == 200, text
    assert collector.totals(site=kiosk.site)[0]["value"] == 3
    wrong = body_of(boundary, "tca_wrong", kiosk.bundle_bytes(CELLS), token_first=token_first)
    assert post(collector.base_url, wrong, boundary=boundary)[0] == 401


def test_too_large_with_a_right_token_is_413_with_the_reason(collector):
    boundary = uuid.uuid4().hex
    token = collector.admin_token()
    # chunked: no Content-Length to refuse at once; the stream is counted while written to disk
    status, text, sent = post(collector.base_url, body_of(boundary, token, 30 * MB), boundary=boundary)
    assert status == 413, text
    assert "demasiado grande" in text and "25 MiB" in text
    # an honest Content-Length over the limit: refused before reading anything
    status, text, sent = post(collector.base_url, [], boundary=boundary, length=30 * MB)
    assert (status, sent) == (413, 0)
    assert "25 MiB" in text


def _memory_kib(pid: int) -> dict[str, int]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0])
    return fields


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc/<pid>/status (Linux)")
def test_48_bad_uploads_of_30_mb_leave_the_memory_flat(collector_factory):
    server = collector_factory("--enrol-fail-burst", "200")  # wrong tokens: not rate-limited here
    token = server.admin_token()
    kiosk = FakeKiosk(server).enrolled()
    boundary = uuid.uuid4().hex
    # one good upload first: everything the route imports is loaded before the measure
    assert post(server.base_url, body_of(boundary, token, kiosk.bundle_bytes(CELLS)), boundary=boundary)[0] == 200
    assert server.proc is not None
    before = _memory_kib(server.proc.pid)["VmRSS"]

    def wrong_token(_n: int) -> int:
        return post(server.base_url, body_of(boundary, "tca_wrong", 30 * MB), boundary=boundary)[0]

    def too_large(_n: int) -> int:
        return post(server.base_url, body_of(boundary, token, 30 * MB), boundary=boundary)[0]

    def file_first_wrong_token(_n: int) -> int:  # the browser's order today: the file is read (to disk)
        return post(server.base_url, body_of(boundary, "tca_wrong", 20 * MB, token_first=False),
                    boundary=boundary)[0]

    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(wrong_token, range(24))) == [401] * 24
        assert list(pool.map(too_large, range(24))) == [413] * 24
        assert list(pool.map(file_first_wrong_token, range(4))) == [401] * 4
    after = _memory_kib(server.proc.pid)
    grown_mib = (after["VmHWM"] - before) / 1024
    print(f"collector RSS before {before / 1024:.0f} MiB, peak after {after['VmHWM'] / 1024:.0f} MiB")
    assert grown_mib < 64, (before, after)  # was ~1.8 GB; 8 uploads at a time stream 64 KiB pieces


def test_wrong_tokens_are_charged_before_and_right_ones_given_back(collector_factory):
    server = collector_factory("--enrol-fail-burst", "3", "--enrol-fail-rate", "0.001")
    kiosk = FakeKiosk(server).enrolled()
    token = server.admin_token()
    boundary = uuid.uuid4().hex

    def upload(admin_token: str) -> int:
        return post(server.base_url, body_of(boundary, admin_token, kiosk.bundle_bytes(CELLS)), boundary=boundary)[0]

    assert [upload(token) for _ in range(5)] == [200] * 5  # more than the burst: all given back
    with ThreadPoolExecutor(12) as pool:  # 12 wrong tokens at once: only 3 are looked up
        statuses = sorted(pool.map(lambda _n: upload("tca_wrong"), range(12)))
    assert statuses == [401] * 3 + [429] * 9
    assert upload(token) == 429  # the address waits now, whatever the token
