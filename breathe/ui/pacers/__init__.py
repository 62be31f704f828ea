"""Visual pacers: one widget per kind of guidance, each painting a Position it is given."""
