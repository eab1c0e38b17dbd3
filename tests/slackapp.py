"""A stand-in for Slack on 127.0.0.1 that speaks both the Web API and Socket Mode.

aiohttp serves, on one port: the Web API methods the product calls (``auth.test`` with
its ``x-oauth-scopes`` header, ``apps.connections.open`` returning the WebSocket URL,
``chat.postMessage``, ``chat.update``, ``users.lookupByEmail``, ``conversations.open`` /
``history``) and the Socket Mode WebSocket: it says ``hello``, sends the envelopes a test
queues (Slack's documented ``interactive`` / ``block_actions`` shape) and records acks.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

from aiohttp import WSMsgType, web

APP_TOKEN = "xapp-1-A1-test"
BOT_TOKEN = "xoxb-test"


class FakeSlackApp:
    def __init__(self, *, scopes: str = "chat:write,im:write,users:read,users:read.email,"
                 "im:history") -> None:
        self.scopes = scopes
        self.users = {"ana@example.com": "UANA", "ben@example.com": "UBEN",
                      "chloe.martin@example.com": "UCHLOE"}
        self.messages: list[dict[str, Any]] = []
        self.updates: list[dict[str, Any]] = []
        self.acks: list[str] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.connections = 0
        self._outbox: asyncio.Queue[dict[str, Any]] | None = None
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("fake Slack did not start")

    # -- server ----------------------------------------------------------------------

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/link/", self._socket)
        self._runner = web.AppRunner(app)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._outbox = asyncio.Queue()
        self._ready.set()
        self._loop.run_forever()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        body = await request.read()
        if request.content_type == "application/json":
            args = json.loads(body or b"{}")
        else:
            args = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        for key in ("blocks", "metadata"):
            if isinstance(args.get(key), str):
                args[key] = json.loads(args[key])
        self.calls.append((method, args))
        auth = request.headers.get("Authorization", "")
        headers = {}
        if method == "auth.test":
            if auth != f"Bearer {BOT_TOKEN}":
                return web.json_response({"ok": False, "error": "invalid_auth"})
            headers["x-oauth-scopes"] = self.scopes
            return web.json_response({"ok": True, "user_id": "UBOT", "team_id": "T1"},
                                     headers=headers)
        if method == "apps.connections.open":
            if auth == "Bearer xapp-noscope":
                return web.json_response({"ok": False, "error": "missing_scope",
                                          "needed": "connections:write"})
            if auth != f"Bearer {APP_TOKEN}":
                return web.json_response({"ok": False, "error": "invalid_auth"})
            return web.json_response({"ok": True,
                                      "url": f"ws://127.0.0.1:{self.port}/link/?ticket=t1"})
        if method == "users.lookupByEmail":
            user = self.users.get(args.get("email", ""))
            if user is None:
                return web.json_response({"ok": False, "error": "users_not_found"})
            return web.json_response({"ok": True, "user": {"id": user}})
        if method == "conversations.open":
            return web.json_response({"ok": True, "channel": {"id": "D" + args["users"]}})
        if method == "chat.postMessage":
            ts = f"1700000000.{len(self.messages):06d}"
            self.messages.append({**args, "ts": ts})
            return web.json_response({"ok": True, "channel": args["channel"], "ts": ts})
        if method == "chat.update":
            self.updates.append(args)
            return web.json_response({"ok": True, "channel": args["channel"], "ts": args["ts"]})
        if method == "conversations.history":
            found = [m for m in self.messages if m["channel"] == args["channel"]]
            return web.json_response({"ok": True, "messages": found})
        return web.json_response({"ok": False, "error": "unknown_method"})

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self.connections += 1
        await ws.send_str(json.dumps({"type": "hello", "num_connections": 1,
                                      "connection_info": {"app_id": "A1"}}))
        assert self._outbox is not None

        async def pump() -> None:
            assert self._outbox is not None
            while not ws.closed:
                envelope = await self._outbox.get()
                await ws.send_str(json.dumps(envelope))

        sender = asyncio.ensure_future(pump())
        try:
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    data = json.loads(msg.data)
                    if data.get("envelope_id"):
                        self.acks.append(data["envelope_id"])
        finally:
            sender.cancel()
        return ws

    # -- driving it --------------------------------------------------------------------

    def send_envelope(self, envelope: dict[str, Any]) -> None:
        assert self._outbox is not None
        self._loop.call_soon_threadsafe(self._outbox.put_nowait, envelope)

    def click(self, envelope_id: str, *, user: str, action_id: str, value: str | None = None,
              option: str | None = None) -> dict[str, Any]:
        """Queue a ``block_actions`` envelope as Slack sends it for a button or a menu."""
        action: dict[str, Any] = {"action_id": action_id, "block_id": "sw_actions",
                                  "action_ts": f"{time.time():.6f}"}
        if option is not None:
            action.update(type="static_select", selected_option={
                "text": {"type": "plain_text", "text": option}, "value": option})
        else:
            action.update(type="button", value=value,
                          text={"type": "plain_text", "text": action_id})
        envelope = {
            "envelope_id": envelope_id, "type": "interactive",
            "accepts_response_payload": False,
            "payload": {
                "type": "block_actions", "api_app_id": "A1", "token": "verification",
                "user": {"id": user, "username": user.lower(), "team_id": "T1"},
                "team": {"id": "T1", "domain": "example"},
                "container": {"type": "message", "message_ts": "1700000000.000000",
                              "channel_id": "DUANA", "is_ephemeral": False},
                "channel": {"id": "DUANA", "name": "directmessage"},
                "trigger_id": "1.2.3", "actions": [action],
            },
        }
        self.send_envelope(envelope)
        return envelope

    def wait(self, condition: Callable[[], bool], timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:  # bounded
            if condition():
                return True
            time.sleep(0.02)
        return condition()

    def close(self) -> None:
        async def stop() -> None:
            await self._runner.cleanup()

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
