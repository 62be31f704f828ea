"""The running app: start-up, the shell that lives as long as the app, and the session host.

The one place that wires objects together. Nothing else imports ``breathe.app.startup`` except the
command line.
"""
