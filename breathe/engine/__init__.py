"""What happens when, in plain Python: practices become Plans, a runner walks a Plan on an
injected clock, pacing geometry, the person's choices, reminders' schedule, explainers.

Never imports Qt (PySide6), ``breathe.store``, ``breathe.ui``, ``breathe.audio``,
``breathe.desktop`` or ``breathe.app.startup``.
"""
