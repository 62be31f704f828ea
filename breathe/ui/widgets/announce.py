"""Say something to a screen reader that it would not otherwise hear.

A label's new text reaches a screen reader only as a name change, which readers speak for
the focused control alone: a phase word, a countdown or a message elsewhere needs an
announcement (``QAccessibleAnnouncementEvent``, AT-SPI's ``object:announcement``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Announce ``text`` on behalf of ``widget`` (nothing when no screen reader listens).

    Polite announcements wait for the reader to finish; ``assertive`` interrupts it (keep
    that for what must not wait). A window not on screen yet has no one to hear it: Qt's
    accessibility classes (eight enums to build) load only once one is, so nothing of
    this costs the way to the first paint.
    """
    if not text:
        return
    handle = widget.window().windowHandle()
    if handle is None or not handle.isExposed():
        return
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)
