"""The bundled sample articles that make a new library useful at once."""

from __future__ import annotations

from pathlib import Path

from app.articles import read_article_file
from app.assets import collect_local_images
from app.library import Library
from app.paths import SAMPLES


def add_samples(library: Library, folder: Path = SAMPLES) -> int:
    """Add every sample article in the folder, oldest first so the newest lists on top."""
    added = 0
    for path in sorted(folder.glob("*.md"), reverse=True):
        draft = read_article_file(path)
        images = collect_local_images(draft.markdown, path.parent)
        if library.add_article(draft, images) is not None:
            added += 1
    return added
