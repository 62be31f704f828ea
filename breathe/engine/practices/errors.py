"""The one error a practice raises for bad options."""


class PracticeError(ValueError):
    """Options that cannot make a session; the message is shown to the person as is.

    Messages name the problem and a valid example, e.g.
    ``pattern '4-x-8': each part must be a number of seconds, e.g. 4-7-8``.
    """
