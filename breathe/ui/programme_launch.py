"""What a named programme starts: its ``LaunchRequest``, for the tray, home's menu and the
programmes dialog.

Apart from the dialog (no Qt here): the app lists the programmes for the tray just after
the first paint of every session, and loading the dialog's widgets for that cost memory a
session never used.
"""

from __future__ import annotations

from breathe.launch import LaunchRequest
from breathe.store.programmes import Programme, Programmes


def programme_request(programme: Programme) -> LaunchRequest:
    """The launch request that starts ``programme`` (with its voice, sounds, screen...)."""
    return LaunchRequest(
        practice=programme.practice, options=dict(programme.options), **programme.session()
    )


def programme_requests(programmes: Programmes) -> list[tuple[str, LaunchRequest]]:
    """Every programme as ``(name, request)``, by name (for the tray and the menu)."""
    return [(name, programme_request(programmes.get(name))) for name in programmes.names()]
