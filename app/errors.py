"""The errors the core declares; anything the user can cause surfaces as one of these."""

from __future__ import annotations


class LedeError(Exception):
    """Base of every error the core raises on purpose, with a one-line message for people."""


class ArticleFormatError(LedeError):
    """A file or text that cannot be read as an article (empty, binary, broken front matter)."""


class LibraryError(LedeError):
    """The library database cannot be opened or used."""
