"""Practices: pure Python that turns a practice and its options into a Plan (no Qt)."""
