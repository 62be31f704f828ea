"""The practices: a practice and its options become a validated Plan (a timeline of steps).

Pure Python; never imports Qt or anything outside ``breathe.engine``.
"""
