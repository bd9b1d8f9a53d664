"""The `jinzheng` command: one entry point, one error handler."""
