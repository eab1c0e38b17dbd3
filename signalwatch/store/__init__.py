"""Storage: every line of SQL signalwatch runs lives in this package.

One SQLite file (the embedded default) opened through sqlite-utils, in WAL mode with a
busy timeout, one connection per thread. The schema is built by numbered migrations in
``store/migrations/mNNN_*.py``, applied in order at start inside a transaction each; the
version reached is ``PRAGMA user_version``. A database written by a newer build is refused
(StorageError) instead of being half understood.

Table groups each have a mixin module (``accounts.py``, ...); :class:`Storage` combines them.

Transactions: :meth:`Storage.transaction` opens ``BEGIN IMMEDIATE`` (take the write lock
up front, so two writers queue on the busy timeout instead of failing on a read->write
upgrade); sqlite-utils writes inside it join it (sqlite-utils 4 uses savepoints when a
transaction is open).
"""

from __future__ import annotations

from .accounts import AccountsMixin
from .alerts import AlertsMixin
from .base import StorageBase
from .collect import CollectMixin
from .daemon import DaemonMixin
from .signals import SignalsMixin


class Storage(
    DaemonMixin, AlertsMixin, SignalsMixin, CollectMixin, AccountsMixin, StorageBase
):
    """The database. ``Storage(path)`` opens (creating and migrating) it."""


__all__ = ["Storage"]
