"""The errors the core declares; anything the user can cause surfaces as one of these."""

from __future__ import annotations

import errno

from app.i18n import marked, tr

_SENTENCE_ENDS = (".", "!", "?", "…")
_OS_PROBLEMS = {
    errno.ENOSPC: marked("Errors", "the disk is full"),
    errno.EDQUOT: marked("Errors", "the disk quota is used up"),
    errno.EROFS: marked("Errors", "the disk is read-only"),
    errno.EACCES: marked("Errors", "it is not writable"),
    errno.EPERM: marked("Errors", "it is not writable"),
}

# The system's reasons a reader meets, in the words Linux's strerror uses (so English reads as
# it did), each translated in the catalogue; any other reason is shown as the system gives it.
_OS_REASONS = {
    errno.ENOENT: marked("Errors", "No such file or directory"),
    errno.EACCES: marked("Errors", "Permission denied"),
    errno.EPERM: marked("Errors", "Operation not permitted"),
    errno.EISDIR: marked("Errors", "Is a directory"),
    errno.ENOTDIR: marked("Errors", "Not a directory"),
    errno.ENOSPC: marked("Errors", "No space left on device"),
    errno.EROFS: marked("Errors", "Read-only file system"),
    errno.ENAMETOOLONG: marked("Errors", "File name too long"),
    errno.EIO: marked("Errors", "Input/output error"),
    errno.ELOOP: marked("Errors", "Too many levels of symbolic links"),
}


class LedeError(Exception):
    """Base of every error the core raises on purpose, with a one-line message for people."""


class ArticleFormatError(LedeError):
    """A file or text that cannot be read as an article (empty, binary, broken front matter)."""


class LibraryError(LedeError):
    """The library database cannot be opened or used."""


class LibraryWriteError(LibraryError):
    """A write to the library failed whole: the disk is full, or the file or its folder cannot
    be written. Nothing of that write was kept; the library is as it was before it."""


class StorageError(LedeError):
    """A file Lede keeps beside the library (preferences, window settings) cannot be written."""


class NewerLibraryError(LibraryError):
    """The library file was written by a newer Lede whose schema this one does not know."""


class FetchError(LedeError):
    """A web address that could not be downloaded (timeout, HTTP error, wrong type, too large)."""


class WebAddressError(FetchError, ValueError):
    """Text that is not a web address Lede reads (another scheme, a bad port or host)."""


class FeedError(LedeError):
    """A feed or an OPML file that cannot be read, or a page that links no feed."""


def as_sentence(message: str) -> str:
    """Another library's message (argparse's, the summarizer's) as a sentence: a capital
    letter first and a full stop last."""
    text = message.strip()
    return full_stop(text[:1].upper() + text[1:])


def full_stop(message: str) -> str:
    """A message that ends in text from elsewhere (an operating system's reason, an HTTP
    library's) with a full stop at its end, unless it already ends a sentence."""
    text = message.strip()
    return text if not text or text.endswith(_SENTENCE_ENDS) else f"{text}."


def one_line(message: str) -> str:
    """A message as one printable line: a control character (a newline, an escape, a record
    separator from a file name) is shown as '?', so no name can break or colour the line."""
    return "".join(character if character.isprintable() else "?" for character in message)


def os_problem(error: OSError) -> str:
    """What stops a write, in words, when the system refused it for want of room or rights."""
    problem = _OS_PROBLEMS.get(error.errno or 0)
    return tr("Errors", problem) if problem else ""


def os_reason(error: OSError) -> str:
    """Why the system refused a file, in the interface's language where Lede knows the reason."""
    reason = _OS_REASONS.get(error.errno or 0)
    return tr("Errors", reason) if reason else str(error.strerror or error)
