"""Names the dead-code check cannot see being used; vulture counts every name here as used.

``vulture`` (configured in ``pyproject.toml``) reads ``breathe/`` and this file, never the
tests: code that only tests call is dead, and goes with its tests, unless a test needs it to
see what a person would notice (a seam, below). An entry silences that name everywhere, so
keep the list short; ``tests/unit/test_dead_code.py`` fails when an entry silences nothing
any more, so each one leaves with its code.
"""

from vulture.whitelists.whitelist_utils import Whitelist

_ = Whitelist()

# -- Qt calls these by name (C++ virtual methods; Python never calls them) ------------------
_.eventFilter  # app/startup_probe.py, ui/session/follower.py, ...
_.expandingDirections  # ui/widgets/flow_layout.py: a QLayout's growth, asked for by Qt
_.hitButton  # ui/widgets/focus_ring.py: a button asks where a click counts
_.headerData  # ui/history/model.py: the table view asks its model for it

# -- Named by a signature someone else calls, or read by name ------------------------------
_.topic  # audio/speech.py: parameters of pyttsx3's engine, described as a Protocol
_.cb
_.row_factory  # store/history_schema.py: sqlite3 reads it for every query
_.RESUME  # ui/session/controls.py: marks "Resume" for translators (lupdate reads it)
_.ARGPARSE_TEXTS  # cli/parser.py: marks argparse's texts for the catalogue

# -- Seams: tests see through these what a person would notice, without sleeping ----------
_.is_rendered  # audio/speech.py: a cue can be spoken at once
_.wait_idle  # audio/speech.py: nothing is left to render
_.wait_started  # audio/speech.py: the engine has started, or failed to
_.listening  # desktop/instance_server.py: the single-instance server took its address
_.visible  # desktop/tray.py: the tray icon shows
_.filled  # ui/grounding/card.py: the items filled in so far
_.sequence  # ui/relaxation/body_map.py: the muscle groups in the order practised
_.check_palette  # ui/theme.py: the colour pairs below WCAG AA contrast
_.SCHEMA_V1  # store/history_schema.py: tests make a real version-1 file to migrate
_.rows_read  # ui/history/model.py: a long history opens reading only the rows on screen

# -- TEMPORARY: read only by tests, in packages being rewritten now; their owners move each
# -- to the seams above or remove it with its tests ------------------------------------
_.ARTICLE_TITLES  # engine/explainers.py: with cited_titles and title_key, checks citations
_.cited_titles
_.title_key
_.has_holds  # engine/practices/breathing_presets.py
_.current_page  # ui/main_window.py
_.frame_timer  # ui/session/screen.py
_.fill_level  # ui/session/breath_pacer.py
_.keys_in_use  # ui/session/controls.py
_.tag_button  # ui/session/summary.py
_.ratings_given  # ui/session/view.py
