"""The exception tree. Everything signalwatch raises on purpose is a SignalwatchError::

    SignalwatchError
     ├── ConfigError          bad configuration, sources or accounts file (names file/key/line)
     │    └── ImportRowError  one bad row of a CRM export (carries the line number)
     ├── StorageError         SQLite failed, or the database is newer than this build
     │    └── LockedError     another daemon holds the database
     └── NotifyError          Slack or SMTP refused a notification
"""

from __future__ import annotations


class SignalwatchError(Exception):
    """Base of every error signalwatch raises on purpose."""


class ConfigError(SignalwatchError):
    """Invalid configuration. The message names the file, the key, the value and what
    was expected, so it can be shown to the user as is."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        key: str | None = None,
        line: int | None = None,
    ) -> None:
        self.file = file
        self.key = key
        self.line = line
        self.message = message
        where = []
        if file:
            where.append(str(file) + (f":{line}" if line is not None else ""))
        if key:
            where.append(f"key {key!r}")
        prefix = ", ".join(where)
        super().__init__(f"{prefix}: {message}" if prefix else message)


class ImportRowError(ConfigError):
    """A bad row in an accounts file."""


class StorageError(SignalwatchError):
    """The database failed or cannot be used by this build."""


class LockedError(StorageError):
    """Another signalwatch daemon is running on the same database."""


class NotifyError(SignalwatchError):
    """A notification could not be delivered. ``retry_after`` in seconds, when known;
    ``permanent`` when retrying this message cannot help (e.g. its blocks are invalid);
    ``config`` when the installation is at fault (a revoked token, a missing scope or
    channel): such alerts are parked until the fix, not failed. ``code`` is the service's
    own error code when it gave one (e.g. Slack's ``channel_not_found``)."""

    def __init__(
        self, message: str, *, retry_after: float | None = None, permanent: bool = False,
        config: bool = False, code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.permanent = permanent or config
        self.config = config
        self.code = code
