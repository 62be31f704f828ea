"""Grounding's screen: the card that shows each prompt and takes the person's words."""
