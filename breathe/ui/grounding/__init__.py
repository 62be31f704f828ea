"""Grounding's screen: the card that shows each prompt and takes the person's words.

``card`` (GroundingCard, the pacer), ``prompts`` (what it says for each step) and
``slot_row`` (the row of items done and to come). Widgets only: never the store or the app.
"""
