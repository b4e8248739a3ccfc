"""The bundle upload's body (``POST /paquetes``), read as a stream.

The form (``multipart/form-data``: ``token``, an admin token, and ``paquete``, the bundle) is
parsed while it arrives (python-multipart's streaming parser); nothing is kept in memory but the
small fields:

* the admin token is checked the moment its field is complete (or, with an
  ``Authorization: Bearer`` header, before the first byte of the body is read): a wrong token
  stops the reading at once -- the rest of the body is never read;
* the file goes to an anonymous temporary file, counted while written: past ``MAX_BUNDLE_BYTES``
  the upload is refused (413) and the temporary file deleted;
* a declared ``Content-Length`` over the form's limit is refused before reading anything.

A browser sends the fields in the form's order: with the token field before the file field the
token is checked before the file is read; with the file first the file is streamed to disk
(bounded) and the token checked after it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import IO, Any

from python_multipart import MultipartParser
from python_multipart.exceptions import FormParserError
from python_multipart.multipart import parse_options_header
from starlette.requests import ClientDisconnect, Request

FILE_FIELD = "paquete"
TOKEN_FIELD = "token"
MAX_SMALL_FIELD = 1024  # bytes of a field that is not the file
MAX_PARTS = 4


class UploadRefused(Exception):
    """The upload cannot go on: ``status`` (400, 401, 413) and the reason in Spanish."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class _Part:
    name: str = ""
    filename: str | None = None
    header_field: bytes = b""
    header_value: bytes = b""
    data: bytearray = field(default_factory=bytearray)


@dataclass
class Upload:
    """A received form: the admin token was right; ``file`` is the bundle (at offset 0)."""

    file: IO[bytes] | None
    size: int = 0

    def close(self) -> None:
        if self.file is not None:
            self.file.close()


async def receive(request: Request, *, form_limit: int, file_limit: int,
                  token_ok: Callable[[str], Awaitable[bool]], too_big: str) -> Upload:
    """Read the form as it streams in; ``UploadRefused`` as early as possible.

    ``token_ok`` checks an admin token (awaited at most once per token seen); ``too_big`` is the
    413 message.
    """
    header = request.headers.get("authorization", "")
    scheme, _, header_token = header.partition(" ")
    authorised = False
    if header:
        if scheme.lower() != "bearer" or not header_token.strip() or not await token_ok(header_token.strip()):
            raise UploadRefused(401, "La clave de administración no es válida.")
        authorised = True
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > form_limit:
                raise UploadRefused(413, too_big)
        except ValueError:
            raise UploadRefused(400, "Pedido no válido.") from None
    content_type, params = parse_options_header(request.headers.get("content-type", ""))
    boundary = params.get(b"boundary")
    if content_type != b"multipart/form-data" or not boundary:
        raise UploadRefused(400, "El formulario no es válido.")

    parts: list[_Part] = []
    done: list[_Part] = []
    state: dict[str, Any] = {"file": None, "size": 0, "error": None}

    def current() -> _Part:
        return parts[-1]

    def on_part_begin() -> None:
        if len(parts) >= MAX_PARTS:
            state["error"] = UploadRefused(400, "El formulario no es válido.")
        parts.append(_Part())

    def on_header_field(data: bytes, start: int, end: int) -> None:
        current().header_field += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        current().header_value += data[start:end]

    def on_header_end() -> None:
        part = current()
        if part.header_field.strip().lower() == b"content-disposition":
            _disposition, options = parse_options_header(part.header_value)
            part.name = options.get(b"name", b"").decode("latin-1")
            if b"filename" in options:
                part.filename = options[b"filename"].decode("latin-1")
        part.header_field, part.header_value = b"", b""

    def on_part_data(data: bytes, start: int, end: int) -> None:
        part = current()
        if state["error"] is not None:
            return
        if part.name == FILE_FIELD and part.filename is not None:
            if state["file"] is None:
                state["file"] = tempfile.TemporaryFile(prefix="paquete-")
            state["size"] += end - start
            if state["size"] > file_limit:
                state["error"] = UploadRefused(413, too_big)
                return
            state["file"].write(data[start:end])
        else:
            part.data += data[start:end]
            if len(part.data) > MAX_SMALL_FIELD:
                state["error"] = UploadRefused(400, "El formulario no es válido.")

    def on_part_end() -> None:
        done.append(current())

    parser = MultipartParser(boundary, {
        "on_part_begin": on_part_begin, "on_header_field": on_header_field,
        "on_header_value": on_header_value, "on_header_end": on_header_end,
        "on_part_data": on_part_data, "on_part_end": on_part_end,
    })
    async def check_finished_parts() -> bool:
        """True once a token field was found right; UploadRefused when it is wrong."""
        found = authorised
        for part in done:
            if part.name == TOKEN_FIELD and not found:
                token = bytes(part.data).decode("utf-8", "replace").strip()
                if not token or len(token) > 200 or not await token_ok(token):
                    raise UploadRefused(401, "La clave de administración no es válida.")
                found = True
        done.clear()
        return found

    received = 0
    try:
        try:
            async for chunk in request.stream():
                received += len(chunk)
                if received > form_limit:
                    raise UploadRefused(413, too_big)
                parser.write(chunk)
                if state["error"] is not None:
                    raise state["error"]
                authorised = await check_finished_parts()
            parser.finalize()
            authorised = await check_finished_parts()
        except (FormParserError, ClientDisconnect):
            raise UploadRefused(400, "El formulario no es válido.") from None
        if not authorised:  # the form ended without a token field
            raise UploadRefused(401, "La clave de administración no es válida.")
        upload = Upload(state["file"], state["size"])
    except BaseException:
        if state["file"] is not None:
            state["file"].close()
        raise
    if upload.file is None:
        raise UploadRefused(400, "Elegí un archivo de paquete.")
    upload.file.seek(0)
    return upload
