"""Talking to the collector (PROTOCOL.md "HTTP API"): the HTTP client.

* ``CollectorClient`` -- standard library ``urllib`` only, JSON, timeouts.  Every answer that is
  not a usable 200 becomes one ``SyncProblem`` subclass with a stable ``code``.
* The scheduling, the ``Sender`` and enrolling live in ``kiosk.sync.sender`` (the outbox side).

Nothing here logs the token (``Enrolment.__repr__`` hides it; headers are never logged).
"""

from __future__ import annotations

import email.utils
import http.client
import json
import logging
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kiosk.core.clock import utcnow
from kiosk.core.errors import Code, EnvironmentProblem, InputProblem
from kiosk.core.names import clean_name

log = logging.getLogger("kiosk.sync")

TIMEOUT_SECONDS = 20.0
MAX_ANSWER_BYTES = 1 << 20


# -- problems --------------------------------------------------------------------------------


class SyncProblem(EnvironmentProblem):
    """The network or the collector did not take the batch (the environment's fault).

    ``detail_json()`` (the detail and the parameters) is stored with the code as the outbox's
    last error, so the sync page can put it in words later."""

    code = Code.UNREACHABLE
    keep_batch = True  # the server may have applied it: resend the same key

    def detail_json(self) -> dict[str, Any]:
        return {"detail": (self.detail or "")[:300], **self.params}


class Unreachable(SyncProblem):
    code = Code.UNREACHABLE


class Unauthorized(SyncProblem):
    """401: missing, wrong or revoked token -- the kiosk must be enrolled again."""

    code = Code.UNAUTHORIZED


class TooLarge(SyncProblem):
    """413: nothing was applied; send smaller batches."""

    code = Code.TOO_LARGE
    keep_batch = False


class Busy(SyncProblem):
    """429 / 503: try again after ``retry_after`` seconds (None when the server did not say)."""

    code = Code.BUSY

    def __init__(self, *, retry_after: float | None, detail: str | None = None) -> None:
        super().__init__(detail=detail, retry_after=retry_after)

    @property
    def retry_after(self) -> float | None:
        return self.params["retry_after"]


class ServerFailed(SyncProblem):
    code = Code.SERVER_ERROR

    def __init__(self, *, status: int, detail: str | None = None) -> None:
        super().__init__(detail=detail, status=status)

    @property
    def status(self) -> int:
        return self.params["status"]


class BadRequest(ServerFailed):
    """400: the collector could not read our body (a bug here): nothing was applied."""

    code = Code.BAD_REQUEST
    keep_batch = False


class Rewound(SyncProblem):
    """409 ``install-rewound``: the collector has batches of this install that this copy never
    issued (it was restored from an older copy).  Nothing was applied; ``since`` is the time
    (this PC's clock) of the first batch on the other branch: the facts written from then on
    become a new install (``kiosk.sync.identity.rewind``)."""

    code = Code.INSTALL_REWOUND
    keep_batch = False

    def __init__(self, *, since: datetime, detail: str | None = None) -> None:
        super().__init__(detail=detail, since=since.isoformat())

    @property
    def since(self) -> datetime:
        return datetime.fromisoformat(self.params["since"])


class BadAnswer(SyncProblem):
    """A 200 we cannot read (a proxy's page, a cut answer)."""

    code = Code.BAD_ANSWER


class EnrolRefused(SyncProblem):
    """The collector refused the enrolment code: used already (409), unknown or expired;
    ``code`` is one of ``ENROL_ERRORS``' values."""

    def __init__(self, code: Code, *, status: int, detail: str | None = None) -> None:
        super().__init__(code, detail=detail, status=status)

    @property
    def status(self) -> int:
        return self.params["status"]


# -- answers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class EnrolAnswer:
    token: str
    site: str | None
    install_id: str

    def __repr__(self) -> str:
        return f"EnrolAnswer(site={self.site!r}, install_id={self.install_id!r}, token=***)"


@dataclass(frozen=True)
class CountsAnswer:
    accepted: int
    unchanged: int
    rejected: tuple[tuple[int, str], ...]  # (index in the batch, reason)
    server_time: datetime | None
    fork: EnrolAnswer | None = None  # the new install's enrolment, when it was introduced first


def normalise_url(url: str) -> str:
    """"collector.example.org" -> "https://collector.example.org"; no trailing slash."""
    url = url.strip()
    if not url:
        raise InputProblem(Code.SERVER_URL_BAD, url=url)
    if "://" not in url:
        url = "https://" + url
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputProblem(Code.SERVER_URL_BAD, url=url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(int(value)))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or utcnow())).total_seconds())


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class CollectorClient:
    """``POST /v1/enrol`` and ``POST /v1/counts`` against ``base_url``."""

    def __init__(self, base_url: str, *, timeout: float = TIMEOUT_SECONDS,
                 opener: urllib.request.OpenerDirector | None = None) -> None:
        self.base_url = normalise_url(base_url)
        self.timeout = timeout
        self._opener = opener or urllib.request.build_opener()

    def enrol(self, code: str, install_id: str, public_key: str) -> EnrolAnswer:
        body = json.dumps({"code": code.strip(), "install_id": install_id,
                           "public_key": public_key}).encode("utf-8")
        return self._enrolment("/v1/enrol", body, {}, (ServerFailed, Unauthorized), Code.CODE_REFUSED,
                               install_id)

    def _enrolment(self, path: str, body: bytes, headers: dict[str, str], refusals: Any,
                   default: Code, install_id: str) -> EnrolAnswer:
        """POST an enrolment (``/v1/enrol`` or ``/v1/fork``): the token, or ``EnrolRefused``
        with the collector's reason for a 4xx other than 408, 413 and 429."""
        try:
            _status, _headers, data = self._post(path, body, headers)
        except refusals as exc:
            status = exc.params.get("status", 401)
            if 400 <= status < 500 and status not in (408, 413, 429):
                code = ENROL_ERRORS.get(_error_field(exc.detail), default)
                raise EnrolRefused(code, status=status, detail=exc.detail) from exc
            raise
        answer = _json_object(data)
        token = answer.get("token")
        if not isinstance(token, str) or not token:
            raise BadAnswer(detail=f"no token: {_snippet(data)}")
        site = answer.get("site")  # a name from the network: cleaned like every name
        return EnrolAnswer(token=token, site=(clean_name(site)[:200] or None) if isinstance(site, str) else None,
                           install_id=str(answer.get("install_id") or install_id))

    def post_counts(self, token: str, idempotency_key: str, body: bytes) -> CountsAnswer:
        status, _headers, data = self._post(
            "/v1/counts", body,
            {"Authorization": f"Bearer {token}", "Idempotency-Key": idempotency_key},
        )
        answer = _json_object(data)
        try:
            accepted = int(answer.get("accepted", 0))
            unchanged = int(answer.get("unchanged", 0))
            rejected = tuple(
                (int(item["index"]), str(item.get("reason") or "rejected"))
                for item in answer.get("rejected") or ()
            )
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            raise BadAnswer(detail=_snippet(data)) from exc
        return CountsAnswer(accepted, unchanged, rejected, _parse_time(answer.get("server_time")))

    def fork(self, token: str, claim: dict[str, Any]) -> EnrolAnswer:
        """``POST /v1/fork``: introduce the new install of a copied or restored kiosk with the
        old install's token and the claim signed by its key; the new install's token."""
        return self._enrolment("/v1/fork", json.dumps(claim).encode("utf-8"),
                               {"Authorization": f"Bearer {token}"}, ServerFailed,
                               Code.INSTALL_CONFLICT, str(claim.get("install_id")))

    # -- plumbing -------------------------------------------------------------------------

    def _post(self, path: str, body: bytes, headers: dict[str, str]
              ) -> tuple[int, Any, bytes]:
        request = urllib.request.Request(
            self.base_url + path, data=body, method="POST",
            headers={"Content-Type": "application/json; charset=utf-8",
                     "Accept": "application/json", "User-Agent": "telecentro-kiosk", **headers},
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                data = response.read(MAX_ANSWER_BYTES + 1)
                if not data:  # the connection closed before the answer's body came
                    raise Unreachable(detail=f"the answer was cut off: HTTP {response.status} with an empty body")
                return response.status, response.headers, data
        except urllib.error.HTTPError as exc:
            try:
                data = exc.read(64 * 1024)
            except (OSError, http.client.HTTPException):
                data = b""
            finally:
                exc.close()
            raise _problem_for(exc.code, exc.headers, data) from None
        except (urllib.error.URLError, OSError, http.client.HTTPException, socket.timeout) as exc:
            reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
            raise Unreachable(detail=f"{type(reason).__name__}: {reason}") from None


def _problem_for(status: int, headers: Any, data: bytes) -> SyncProblem:
    text = _snippet(data)
    if status == 401:
        return Unauthorized(detail=text)
    if status == 413:
        return TooLarge(detail=text)
    if status == 409 and _error_field(text) == "install-rewound":
        since = _parse_time(_json_field(text, "since"))
        if since is not None:
            return Rewound(since=since, detail=text)
    if status in (429, 503):
        retry = parse_retry_after(headers.get("Retry-After") if headers is not None else None)
        return Busy(retry_after=retry, detail=text)
    if 400 <= status < 500 and status != 408:
        # 400 malformed, 422 key reused with other cells, ...: nothing was applied, and the
        # same body would be refused again -- build a new batch (new key) next time.
        return BadRequest(status=status, detail=text)
    return ServerFailed(status=status, detail=text)


# The collector's error codes at enrolment -> ours (kiosk.sync.messages puts them in words).
ENROL_ERRORS = {
    "bad-code": Code.CODE_REFUSED,
    "code-expired": Code.CODE_REFUSED,
    "code-used": Code.CODE_USED,
    "install-revoked": Code.INSTALL_REVOKED,
    "install-id-taken": Code.INSTALL_CONFLICT,
    "install-of-another-site": Code.INSTALL_CONFLICT,
}


def _error_field(text: str | None) -> str | None:
    try:
        value = json.loads(text or "")
    except ValueError:
        return None
    return value.get("error") if isinstance(value, dict) else None


def _json_field(text: str | None, name: str) -> Any:
    try:
        value = json.loads(text or "")
    except ValueError:
        return None
    return value.get(name) if isinstance(value, dict) else None


def _json_object(data: bytes) -> dict[str, Any]:
    if len(data) > MAX_ANSWER_BYTES:
        raise BadAnswer(detail=f"the answer is larger than {MAX_ANSWER_BYTES} bytes")
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadAnswer(detail=f"not JSON: {_snippet(data)}") from exc
    if not isinstance(value, dict):
        raise BadAnswer(detail=f"not a JSON object: {_snippet(data)}")
    return value


def _snippet(data: bytes) -> str:
    return data[:300].decode("utf-8", "replace")
