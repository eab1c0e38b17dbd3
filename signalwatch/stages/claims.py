"""Claims: who is sending what. A sender (a dispatcher, a digest run) takes a row with
a lease naming itself (``host:pid:token``); a row whose sender is gone, or whose lease ran
out, may be taken over. Several commands and the daemon can then send at once without ever
sending the same thing twice (issue #10).
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

#: How long a sender may hold an alert it claimed before another may take it over (a
#: sender whose process is gone on this host loses it at once).
CLAIM_LEASE = timedelta(minutes=10)
HOST = socket.gethostname()
#: Claim tokens of the dispatchers running in this process.
ACTIVE: set[str] = set()


def new_owner(storage: Any = None) -> str:
    """A claim's owner name; with ``storage``, this process first makes its liveness
    visible to other machines' senders (PostgreSQL; see ``hold_liveness``)."""
    if storage is not None:
        storage.hold_liveness(HOST, os.getpid())
    return f"{HOST}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def claim_is_dead(owner: str | None,
                  alive: Callable[[str, int], bool | None] | None = None) -> bool:
    """Whether the sender named ``owner`` (``host:pid:token``) is gone: its process no
    longer exists on this host, or it is this process and that dispatcher has finished, or
    (``alive``, the store's :meth:`sender_alive` on PostgreSQL) another machine's process
    no longer holds its liveness lock."""
    if not owner:
        return True
    host, _, rest = owner.partition(":")
    pid_text, _, _token = rest.partition(":")
    if not pid_text.isdigit():
        return False
    if host != HOST:
        # another machine's sender: its session on the shared database tells, else only
        # its lease can expire
        return alive is not None and alive(host, int(pid_text)) is False
    pid = int(pid_text)
    if pid == os.getpid():
        return owner not in ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
