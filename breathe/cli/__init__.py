"""The command line: parsing, one-line errors (exit 2), and the commands that need no window.

Only the entry points (``breathe.__main__`` and the ``breathe`` script) import this package;
it may import every other package, and loads each only when a command needs it.
"""
