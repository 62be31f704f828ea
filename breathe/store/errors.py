"""Errors the store raises; each message can be shown to the person as it is."""


class StoreError(ValueError):
    """Something breathe cannot keep or read back as asked."""


class ConfigError(StoreError):
    """A setting, pain-map entry, programme or configuration backup that is not valid."""


class HistoryError(StoreError):
    """A session value the history cannot hold, or a history breathe cannot use."""


class HistoryImportError(HistoryError):
    """An import file that cannot be imported; nothing was imported."""
