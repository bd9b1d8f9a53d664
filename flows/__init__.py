"""Prefect flows over the `pipeline` library (see flows/verification.py).

Importing this package does not import prefect: `flows.cli` registers the `nightly`, `serve`,
`gaps` and `status` commands and imports prefect only inside the commands that need it.
"""
