"""What breathe remembers, on this computer only (no Qt here).

- ``atomic``: JSON files written whole or not at all; unreadable ones set aside, never lost.
- ``settings``, ``painmap``, ``programmes``, ``config_backup``: the person's choices.
- ``history`` (+ ``history_schema``, ``history_record``, ``history_lock``): the session
  log in SQLite; ``history_export``: JSON/CSV/table and import; ``insights``: what helps.
- ``recorder``: keeps one running session's row up to date for the session controller.
"""
