"""The office's web app. ``create_app(settings)`` in :mod:`diaodu.output.web.app` builds it."""

from diaodu.output.web.app import create_app

__all__ = ["create_app"]
