"""Backoffice: a desktop back office for shops that sell through a web shop and at a counter."""

# The one place the version is written: pyproject.toml reads it from here (setuptools' `attr:`),
# so a command never pays for importlib.metadata to learn it (issue 16).
__version__ = "0.1.0"
