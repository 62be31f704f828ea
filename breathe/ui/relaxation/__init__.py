"""Muscle relaxation's screens: the body figure, the body map pacer and the pain-map editor."""
