"""Qt user interface: shows state and forwards intent; no timing or storage logic here."""
