"""Backoffice: a desktop back office for shops that sell through a web shop and at a counter."""

__version__ = "0.1.0"
