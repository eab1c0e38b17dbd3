"""A threaded HTTP server on 127.0.0.1 for the benchmarks' recorded responses."""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def serve(handle: Callable[[BaseHTTPRequestHandler], None]) -> ThreadingHTTPServer:
    """Serve GETs with ``handle(request_handler)`` in background threads."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # headers and body go out in two writes: without this, Nagle + delayed ACK add
        # 40 ms to every response on loopback
        disable_nagle_algorithm = True

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            handle(self)

    class Server(ThreadingHTTPServer):
        # socketserver's default listen backlog is 5: more concurrent connects overflow it
        # and each waits for the 1 s SYN retry
        request_queue_size = 256

    server = Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                     daemon=True).start()
    return server
