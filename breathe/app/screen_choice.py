"""Before a presenter session the person chose in the app: is the client's screen there?

If the screen asked for (``--screen``, else the setting) is not connected, the therapist is
asked once, before the first breath, where the client's session should go; the session
starts with the answer (or not at all). A command line never comes here: it must not wait.
"""

from __future__ import annotations

from typing import Protocol

from breathe.launch import LaunchRequest
from breathe.store.settings import Settings
from breathe.ui.main_window import MainWindow
from breathe.ui.presenter.screens import Placement, placement, wanted_screen


class Launcher(Protocol):
    """What this asks of the app shell."""

    window: MainWindow
    settings: Settings

    def setup_for(self, request: LaunchRequest) -> object: ...

    def launch(self, request: LaunchRequest, where: Placement | None = None) -> None: ...


def ask_if_missing(shell: Launcher, request: LaunchRequest) -> bool:
    """Ask where the client's session goes if its screen is missing; True when asked.

    Raises:
        PracticeError: the request is not a valid session (checked before asking).
    """
    if not request.presenter or request.practice is None:
        return False
    from PySide6.QtGui import QGuiApplication

    screens = QGuiApplication.screens()
    default = shell.settings.presenter_screen
    if placement(request.screen, len(screens), default) is not None:
        return False
    shell.setup_for(request)  # bad input says so now, not after a question
    from breathe.ui.presenter.screen_question import ask_screen

    window = shell.window
    window.show()
    own = screens.index(window.screen()) if window.screen() in screens else 0
    ask_screen(
        window,
        wanted_screen(request.screen, default),
        screens,
        own,
        lambda where: shell.launch(request, where),
    )
    return True
