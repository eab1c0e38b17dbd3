"""Slack, inbound: reps' clicks over Socket Mode (no public URL) or a signed HTTP POST.

Socket Mode uses slack-sdk's own client (``slack_sdk.socket_mode.builtin``): it needs no
dependency beyond slack-sdk, runs on threads like the daemon's scheduler, and reconnects
by itself; slack-bolt would bring a framework that wants to own the app for the one event
type we handle. Every envelope is stored, then acknowledged (Slack wants it within 3
seconds), then applied on a worker thread, so one received just before a crash is applied
at the next start; an envelope Slack delivers again (same envelope id) is applied once,
and a double click records one action (see apply.py).
"""

from __future__ import annotations

import json
import logging
import queue
import threading
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from ..config import Config
from ..exceptions import ConfigError
from ..notify.slack import SlackSender
from ..store import Storage
from ..utils import utcnow
from .actions import BadAction, parse_block_actions
from .apply import apply_action

log = logging.getLogger(__name__)

#: Scopes the bot token needs for alerts and their updates (see config/slack-app.yml).
BOT_SCOPES = ("chat:write", "im:write", "users:read", "users:read.email", "im:history")


def check_tokens(config: Config) -> tuple[str, str]:
    """The app-level and bot tokens, checked with Slack; a ConfigError naming what is
    missing (a variable, a token type, a scope) otherwise."""
    app_env, bot_env = config.slack.app_token_env, config.slack.token_env
    app_token = config.secret(app_env)
    bot_token = config.secret(bot_env)
    if not app_token:
        raise ConfigError(f"Socket Mode needs the app-level token: set {app_env}")
    if not app_token.startswith("xapp-"):
        raise ConfigError(f"{app_env} is not an app-level token (they start with xapp-)")
    if not bot_token:
        raise ConfigError(f"Socket Mode needs the bot token too: set {bot_env}")
    base = config.slack.base_url or WebClient.BASE_URL
    try:
        auth = WebClient(token=bot_token, base_url=base, timeout=15).auth_test()
        header = auth.headers.get("x-oauth-scopes") or auth.headers.get("X-OAuth-Scopes") or ""
        granted = {s.strip() for s in str(header).split(",") if s.strip()}
        missing = [s for s in BOT_SCOPES if s not in granted]
        if granted and missing:
            raise ConfigError(f"the bot token ({bot_env}) lacks the scope(s) "
                              f"{', '.join(missing)}: add them in the app's OAuth & "
                              "Permissions page and reinstall")
    except SlackApiError as e:
        _refuse(bot_env, e)
    except ConfigError:
        raise
    except Exception as e:  # Slack unreachable now: the connection retries by itself
        log.warning("could not check the bot token with Slack: %s", type(e).__name__)
    try:
        WebClient(base_url=base, timeout=15).apps_connections_open(app_token=app_token)
    except SlackApiError as e:
        if e.response.get("error") == "missing_scope":
            raise ConfigError(f"the app-level token ({app_env}) lacks the scope "
                              f"{e.response.get('needed') or 'connections:write'}") from None
        _refuse(app_env, e)
    except Exception as e:
        log.warning("could not check the app-level token with Slack: %s", type(e).__name__)
    return app_token, bot_token


#: Errors that say a token is wrong (anything else at start-up is only logged).
TOKEN_ERRORS = frozenset({"invalid_auth", "not_authed", "token_revoked", "token_expired",
                          "account_inactive", "not_allowed_token_type", "missing_scope"})


def _refuse(env: str, e: SlackApiError) -> None:
    error = e.response.get("error")
    if error in TOKEN_ERRORS:
        raise ConfigError(f"{env}: Slack says {error}") from None
    log.warning("could not check %s with Slack: %s", env, error)


class FeedbackWorker:
    """Applies interactions on one thread, in arrival order. Each one was stored in the
    inbox before Slack was acknowledged; it is marked done once applied, and what a crash
    left undone is applied when the worker starts again."""

    def __init__(self, storage: Storage, config: Config, sender: SlackSender | None,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.storage, self.config, self.sender, self.clock = storage, config, sender, clock
        self.queue: queue.Queue[tuple[str, Mapping[str, Any], str] | None] = \
            queue.Queue(10_000)
        #: For tests and /metrics: actions applied, duplicates ignored, failures.
        self.counts = {"applied": 0, "duplicate": 0, "failed": 0}
        for row in storage.inbox_pending():  # received before a crash, not yet applied
            self.queue.put_nowait((row["key"], json.loads(row["payload"]), row["via"]))
        self.thread = threading.Thread(target=self._run, name="feedback", daemon=True)
        self.thread.start()

    def receive(self, key: str, payload: Mapping[str, Any], via: str) -> bool:
        """Store an interaction (before it is acknowledged) and queue it; False for one
        Slack delivered before."""
        if not self.storage.inbox_add(key, json.dumps(payload), via, self.clock()):
            return False
        self.queue.put_nowait((key, payload, via))
        return True

    def _run(self) -> None:
        while True:
            job = self.queue.get()
            try:
                if job is None:
                    return
                key, payload, via = job
                self.handle(payload, via)
                self.storage.inbox_done(key, self.clock())
            except Exception:
                log.exception("could not apply a Slack interaction")
            finally:
                self.queue.task_done()

    def handle(self, payload: Mapping[str, Any], via: str) -> None:
        try:
            actions = parse_block_actions(payload)
        except BadAction as e:
            log.warning("ignored a Slack action: %s", e)
            self.counts["failed"] += 1
            return
        for action in actions:
            try:
                done = apply_action(self.storage, self.config, action, via=via,
                                    now=self.clock(), sender=self.sender)
                self.counts["applied" if done.recorded else "duplicate"] += 1
            except Exception:  # one bad action never stops the others
                log.exception("could not apply a Slack action")
                self.counts["failed"] += 1

    def stop(self, timeout: float = 5.0) -> None:
        self.queue.put(None)
        self.thread.join(timeout)


class SocketModeListener:
    """Holds the Socket Mode connection; hands interactive envelopes to the worker."""

    def __init__(self, storage: Storage, config: Config, worker: FeedbackWorker,
                 app_token: str) -> None:
        from slack_sdk.socket_mode.builtin import SocketModeClient

        self.storage, self.worker = storage, worker
        base = config.slack.base_url or WebClient.BASE_URL
        self.client = SocketModeClient(app_token=app_token,
                                       web_client=WebClient(base_url=base, timeout=15))
        self.client.socket_mode_request_listeners.append(self._on_request)
        self._stop: threading.Event | None = None

    def start(self) -> None:
        """Connect; when Slack cannot be reached now, keep trying in the background
        (every 30 s) rather than stop the daemon."""
        try:
            self.client.connect()
            return
        except Exception as e:
            log.error("Socket Mode could not connect (%s); retrying", type(e).__name__)
        stop = self._stop = threading.Event()

        def retry() -> None:
            while not stop.wait(30):  # bounded by stop()
                try:
                    self.client.connect()
                    log.info("Socket Mode connected")
                    return
                except Exception as e:
                    log.error("Socket Mode could not connect (%s); retrying",
                              type(e).__name__)

        threading.Thread(target=retry, name="socket-mode-retry", daemon=True).start()

    def stop(self) -> None:
        if self._stop is not None:
            self._stop.set()
        try:
            self.client.close()
        except Exception:
            log.exception("closing the Socket Mode connection")

    def _on_request(self, client: Any, req: Any) -> None:
        from slack_sdk.socket_mode.response import SocketModeResponse

        # Kept first (a few ms), then acknowledged (Slack retries an envelope not acked
        # within 3 seconds), then applied on the worker; a redelivered one is kept once.
        if req.type == "interactive":
            self.worker.receive(f"envelope:{req.envelope_id}", req.payload, "slack")
        client.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id))


def payload_from_form(body: bytes) -> dict[str, Any]:
    """The ``payload`` field of Slack's form-encoded interaction POST."""
    fields = parse_qs(body.decode("utf-8", "replace"))
    raw = (fields.get("payload") or [""])[0]
    data = json.loads(raw) if raw else {}
    if not isinstance(data, dict):
        raise BadAction("the payload is not an object")
    return data
