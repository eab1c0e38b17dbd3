"""A stand-in for Slack's Web API on 127.0.0.1 (slack-sdk's ``base_url`` points at it).

Records every call; answers like Slack does, or as a test scripts it: 429 with Retry-After,
``ratelimited``, ``users_not_found``, 500.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

from .httpserver import LoopbackServer, Request, Response


class FakeSlack:
    def __init__(self, server: LoopbackServer) -> None:
        self.server = server
        self.users = {"ana@example.com": "UANA", "chloe.martin@example.com": "UCHLOE"}
        self.messages: list[dict[str, Any]] = []
        #: method -> list of scripted responses, used first
        self.script: dict[str, list[Response]] = {}
        self.base_url = server.url("/api/")
        for method in ("users.lookupByEmail", "conversations.open", "chat.postMessage",
                       "conversations.history"):
            server.route(f"/api/{method}", self._handler(method))

    def calls(self, method: str) -> list[dict[str, Any]]:
        return [self._args(r) for r in self.server.requests if r.path == f"/api/{method}"]

    @staticmethod
    def _args(req: Request) -> dict[str, Any]:
        if req.headers.get("content-type", "").startswith("application/json"):
            return dict(json.loads(req.body or b"{}"))
        return {k: v[0] for k, v in parse_qs(req.body.decode()).items()}

    def _handler(self, method: str) -> Callable[[Request], Response]:
        def handle(req: Request) -> Response:
            if self.script.get(method):
                return self.script[method].pop(0)
            args = self._args(req)
            if method == "users.lookupByEmail":
                user = self.users.get(args.get("email", ""))
                if user is None:
                    return ok({"ok": False, "error": "users_not_found"})
                return ok({"ok": True, "user": {"id": user}})
            if method == "conversations.open":
                return ok({"ok": True, "channel": {"id": "D" + args["users"]}})
            if method == "chat.postMessage":
                ts = f"1700000000.{len(self.messages):06d}"
                msg = {**args, "ts": ts}
                for key in ("blocks", "metadata"):
                    if isinstance(msg.get(key), str):
                        msg[key] = json.loads(msg[key])
                self.messages.append(msg)
                return ok({"ok": True, "channel": args["channel"], "ts": ts})
            if method == "conversations.history":
                found = [m for m in self.messages if m["channel"] == args["channel"]]
                return ok({"ok": True, "messages": found})
            return ok({"ok": False, "error": "unknown_method"})

        return handle


def ok(body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None
       ) -> Response:
    return Response(status, json.dumps(body).encode(),
                    {"Content-Type": "application/json", **(headers or {})})
