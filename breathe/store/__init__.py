"""What breathe remembers, on this computer only (no Qt here).

- ``atomic``: JSON files written whole or not at all; unreadable ones set aside, never lost.
- ``settings``, ``painmap``, ``programmes``, ``config_backup``: the person's choices
  (``config_file`` loads and saves them alike; ``checks`` holds shared value checks).
- ``history``: the session log in SQLite (``history_file`` opens it, ``history_schema``
  migrates it, ``history_record`` checks its values, ``history_rows`` turns them into rows,
  ``history_lock`` tells live sessions from vanished ones); ``history_export``: JSON/CSV/table
  and import; ``insights``: what helps.
- ``history_writer``: the one thread that writes running sessions' rows, so no step boundary
  waits for the disk (``history_sync``: its connection and which errors pass;
  ``history_unsaved``: sessions kept as files when the file cannot take them).
- ``recorder``: keeps one running session's row up to date for the session controller.
- ``errors``: every error the store raises is a ``StoreError``; SQLite's and the OS's
  errors never leave it as they are.

Never imports Qt.
"""
