"""Runners apply the document stages to many documents: locally (default) or on Ray."""

from .local import RunReport, process

__all__ = ["RunReport", "process"]
