"""Presenter mode: the client's full-screen session on a second screen."""
