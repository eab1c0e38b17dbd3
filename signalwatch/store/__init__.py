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

import functools
import inspect
from collections.abc import Callable
from typing import Any

from ..exceptions import StorageError
from .accounts import AccountsMixin
from .alerts import AlertsMixin
from .base import DB_ERRORS, StorageBase, describe_error
from .collect import CollectMixin
from .crm import CrmMixin
from .daemon import DaemonMixin
from .feedback import FeedbackMixin
from .learn import LearnMixin
from .signals import SignalsMixin


def _wrapped(method: Callable[..., Any]) -> Callable[..., Any]:
    if inspect.isgeneratorfunction(method):
        @functools.wraps(method)
        def gen(self: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                yield from method(self, *args, **kwargs)
            except DB_ERRORS as e:
                raise StorageError(describe_error(e, self.path)) from e
        return gen

    @functools.wraps(method)
    def call(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except DB_ERRORS as e:
            raise StorageError(describe_error(e, self.path)) from e
    return call


class Storage(
    CrmMixin, FeedbackMixin, LearnMixin, DaemonMixin, AlertsMixin, SignalsMixin,
    CollectMixin, AccountsMixin, StorageBase
):
    """The database. ``Storage(path)`` opens (creating and migrating) it.

    Every public method turns a raw ``sqlite3.Error`` (a damaged file, a full disk, a
    read-only file) into a :class:`StorageError` that says what happened and what to do, so
    no raw SQLite traceback leaves this package (issue #10)."""


for _cls in Storage.__mro__:
    for _name, _value in list(vars(_cls).items()):
        if _name.startswith("_") or not inspect.isfunction(_value) or _name == "transaction":
            continue
        if _name not in vars(Storage):
            setattr(Storage, _name, _wrapped(getattr(Storage, _name)))


__all__ = ["Storage"]
