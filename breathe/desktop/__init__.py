"""Desktop integration: single instance, desktop entry, tray, reminders, screensaver, icon.

Never imports ``breathe.ui`` or ``breathe.app.startup``.
"""
