"""breathe: calm, fast grounding, paced breathing and muscle relaxation."""

__version__ = "0.1.0"
