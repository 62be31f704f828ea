"""The history page: table, chart, "What helps me", editing, import and export."""
