"""A fake Nominatim on 127.0.0.1: a real HTTP server, so the real geopy code path is tested.

It answers ``GET /search?q=...`` like Nominatim (jsonv2 fields, with ``addressdetails``)
from the JSON files in ``tests/fixtures/nominatim/<slug of q>.json``, and ``[]`` for names
it does not know. `mode` switches it into the failures a real service has:

============= =========================================================
mode          reply
============= =========================================================
"ok"          the fixture, or ``[]``
"rate_limit"  HTTP 429 with ``Retry-After: <retry_after>``
"error"       HTTP 500
"slow"        the fixture, after sleeping `slow_seconds` (past the client's timeout)
"garbage"     HTTP 200 with an HTML page, not JSON
"wrong_shape" HTTP 200 with JSON that is not a list of places
============= =========================================================

Every request is recorded (`requests`), so tests can count them and read what was sent.
Used as ``with NominatimServer() as server: ... server.port``; it stops by itself on exit.
"""

from __future__ import annotations

import json
import re
import threading
import time
import unicodedata
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).parent / "fixtures" / "nominatim"


def slug(query: str) -> str:
    """'Plaza  Altamira' -> 'plaza-altamira'; 'San Cristóbal' -> 'san-cristobal'."""
    ascii_text = unicodedata.normalize("NFKD", query).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")


@dataclass(frozen=True)
class RecordedRequest:
    path: str
    params: dict[str, str]
    headers: dict[str, str]


class NominatimServer:
    """The fake service. Start it with ``with``; point geopy at ``127.0.0.1:{port}``."""

    def __init__(self, *, fixtures: Path = FIXTURES) -> None:
        self.fixtures = fixtures
        self.mode = "ok"
        self.retry_after = 7
        self.slow_seconds = 1.5
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="fake-nominatim",
            daemon=True,
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def domain(self) -> str:
        return f"127.0.0.1:{self.port}"

    def search_requests(self) -> list[RecordedRequest]:
        with self._lock:
            return [request for request in self.requests if request.path == "/search"]

    def __enter__(self) -> NominatimServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _answer(self, query: str) -> list[dict[str, object]]:
        path = self.fixtures / f"{slug(query)}.json"
        if not query or not path.is_file():
            return []
        answer: list[dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
        return answer

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
                """Quiet: pytest shows failures, not access logs."""

            def _send(self, status: int, body: bytes, content_type: str, **headers: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name.replace("_", "-"), value)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (the "slow" mode's timeout): expected

            def do_GET(self) -> None:  # noqa: N802 - stdlib name
                url = urlsplit(self.path)
                params = {key: values[-1] for key, values in parse_qs(url.query).items()}
                with server._lock:
                    server.requests.append(RecordedRequest(url.path, params, dict(self.headers.items())))
                if url.path != "/search":
                    self._send(404, b'{"error": "not found"}', "application/json")
                    return
                mode = server.mode
                if mode == "rate_limit":
                    self._send(
                        429,
                        b"<html><body>Too Many Requests</body></html>",
                        "text/html",
                        Retry_After=str(server.retry_after),
                    )
                    return
                if mode == "error":
                    self._send(500, b"<html><body>Internal Server Error</body></html>", "text/html")
                    return
                if mode == "garbage":
                    self._send(200, b"<html><body>Nominatim is down for maintenance", "text/html")
                    return
                if mode == "wrong_shape":
                    self._send(200, b'{"results": "none", "lat": null}', "application/json")
                    return
                if mode == "slow":
                    time.sleep(server.slow_seconds)
                body = json.dumps(server._answer(params.get("q", ""))).encode("utf-8")
                self._send(200, body, "application/json; charset=utf-8")

        return Handler
