"""Sound: cue tones (Qt Multimedia) and spoken guidance rendered ahead of time on a worker
thread, with its cache.

Never imports ``breathe.ui``, ``breathe.desktop`` or ``breathe.app.startup``.
"""
