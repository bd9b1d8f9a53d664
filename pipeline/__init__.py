"""Jinzheng (津证): verifies the evidence behind award applications.

The library never imports prefect; `flows/` wraps it.
"""

__version__ = "0.1.0"
