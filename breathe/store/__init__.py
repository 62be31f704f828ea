"""What breathe remembers, on this computer only (no Qt here).

- ``atomic``: JSON files written whole or not at all; unreadable ones set aside, never lost.
- ``settings``, ``painmap``, ``programmes``, ``config_backup``: the person's choices
  (``config_file`` loads and saves them alike; ``checks`` holds shared value checks).
- ``history``: the session log in SQLite (``history_file`` opens it, ``history_schema``
  migrates it, ``history_record`` checks its values, ``history_lock`` tells live sessions
  from vanished ones); ``history_export``: JSON/CSV/table and import; ``insights``: what helps.
- ``recorder``: keeps one running session's row up to date for the session controller.
"""
