"""A real HTTP server on 127.0.0.1 for tests: serves recorded responses, records requests."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    #: Compress the body with gzip and say so.
    gzip: bool = False
    #: Block until the server closes (a hung server), bounded by the test's teardown.
    hang: bool = False


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes = b""


Handler = Callable[[Request], Response]


class LoopbackServer:
    """``server.route("/feed", Response(...))``; ``server.url("/feed")``."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.routes: dict[str, Response | Handler] = {}
        self.requests: list[Request] = []
        self._release = threading.Event()
        outer = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self._serve("POST", self.rfile.read(length) if length else b"")

            def do_GET(self) -> None:
                self._serve("GET", b"")

            def _serve(self, method: str, body: bytes) -> None:
                req = Request(method, self.path,
                              {k.lower(): v for k, v in self.headers.items()}, body)
                outer.requests.append(req)
                route = outer.routes.get(self.path)
                if route is None:
                    resp = Response(404, b"not found")
                elif callable(route):
                    resp = route(req)
                else:
                    resp = route
                if resp.hang:
                    outer._release.wait(timeout=30)
                    return
                body = resp.body
                headers = dict(resp.headers)
                del req
                if resp.gzip:
                    body = gzip.compress(body)
                    headers["Content-Encoding"] = "gzip"
                self.send_response(resp.status)
                for k, v in headers.items():
                    self.send_header(k, v)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if resp.status != 304:
                    self.wfile.write(body)

        self.httpd = ThreadingHTTPServer((host, 0), _Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def route(self, path: str, response: Response | Handler) -> str:
        self.routes[path] = response
        return self.url(path)

    def serve_file(self, path: str, file: Path, content_type: str, **kw: object) -> str:
        return self.route(path, Response(200, file.read_bytes(),
                                         {"Content-Type": content_type}, **kw))  # type: ignore[arg-type]

    def hits(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]

    def close(self) -> None:
        self._release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
