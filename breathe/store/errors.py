"""Errors the store raises; each message can be shown to the person as it is.

Every one is a ``StoreError``, so a screen can catch that one type. Two kinds:

- a value or file the person gave that breathe cannot take (``ConfigError``,
  ``HistoryError``): also a ``ValueError``, which the command line reports as bad input;
- a history that cannot be used just now (``HistoryUnavailableError``: busy for long, a full
  disk, a damaged or missing file). It wraps the ``sqlite3.Error`` or ``OSError`` behind
  it (its ``__cause__``), so nothing outside the store needs to know SQLite.
"""


class StoreError(Exception):
    """Something breathe cannot keep or read back as asked."""


class ConfigError(StoreError, ValueError):
    """A setting, pain-map entry, programme or configuration backup that is not valid."""


class HistoryError(StoreError, ValueError):
    """A session value the history cannot hold, or a history breathe cannot use."""


class HistoryImportError(HistoryError):
    """An import file that cannot be imported; nothing was imported."""


class HistoryUnavailableError(StoreError):
    """The history file cannot be read or written now (busy, disk full, damaged, gone).

    Not the person's doing: trying again later may work.
    """
