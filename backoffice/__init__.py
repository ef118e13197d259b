"""Backoffice: a desktop back office for shops that sell through a web shop and at a counter."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("backoffice")  # what pyproject.toml says, as installed
except PackageNotFoundError:  # a checkout run without installing
    __version__ = "0.1.0+source"
