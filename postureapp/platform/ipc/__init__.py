"""The single-instance socket: the running app listens, the CLI asks."""
