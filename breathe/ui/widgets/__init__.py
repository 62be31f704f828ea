"""Small widgets and helpers every page uses (rating rows, focus rings, prompts, a worker)."""
