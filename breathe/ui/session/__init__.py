"""The session screen (shared by the session view and the presenter), its controller, the
breath pacer, controls, summary and PDF report.
"""
