"""Reviewing suggested links: the terminal review loop and the `load`/`review`/`serve`/`train` commands."""
