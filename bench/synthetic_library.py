"""A synthetic library of N articles for the big-library benchmark, cached per N.

Text is built from a Zipf-distributed pseudo-word vocabulary, lengths are log-normal between
150 and 4,000 words, and metadata (sources, feeds, languages, dates, tags, read/starred/archived
states) is spread the way a long-time reader's library looks. Two words are planted on purpose:
COMMON_WORD in about one article in ten and RARE_WORD in about one in 10,000 (at least 3).
The most frequent vocabulary word (`very_common_word`) is in nearly every article.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.library import Library

BUILD_VERSION = 3
COMMON_WORD = "harbour"
RARE_WORD = "quetzal"
SEED = 20261128
_SYLLABLES = [
    "ka",
    "ro",
    "mi",
    "ta",
    "le",
    "su",
    "no",
    "ve",
    "ri",
    "pa",
    "lo",
    "de",
    "mu",
    "sa",
    "ti",
    "ne",
    "ga",
    "bo",
    "fi",
    "ra",
    "el",
    "an",
    "or",
    "is",
    "un",
    "at",
    "en",
    "ol",
    "ar",
    "ic",
    "om",
    "us",
    "ast",
    "ern",
    "ing",
    "est",
    "ful",
    "ment",
    "ly",
]
_LANGUAGES = ("en",) * 16 + ("de", "de", "fr", "ru")
_TAGS = ("science", "travel", "food", "history", "code", "design", "music", "health")
_TAGS += ("long read", "essay", "news", "to share")
_COLUMNS = (
    "title, author, source, url, published, added, language, markdown, body, word_count,"
    " content_hash, is_read, starred, archived, feed_id"
)


def cache_path(articles: int) -> Path:
    return Path(tempfile.gettempdir()) / "lede-bench" / f"library-{articles}-v{BUILD_VERSION}.db"


def ensure_library(articles: int) -> Path:
    """The cached library for N articles, built first when it is missing."""
    path = cache_path(articles)
    if not path.exists():
        started = time.perf_counter()
        build_library(path, articles)
        print(
            f"built {articles} articles in {time.perf_counter() - started:.1f} s: {path}",
            file=sys.stderr,
        )
    return path


def build_library(path: Path, articles: int) -> None:
    """Write the library to a temporary name, then move it into place when complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()
    with Library(partial) as library, library.transaction() as db:
        feed_ids = _add_feeds(db)
        placeholders = ",".join("?" * len(_COLUMNS.split(",")))
        db.executemany(
            f"INSERT INTO articles ({_COLUMNS}) VALUES ({placeholders})",
            _rows(articles, feed_ids),
        )
        _add_tags(db, articles)
    partial.rename(path)


class _Text:
    """Sentences drawn once from the vocabulary, reused to assemble articles quickly."""

    def __init__(self, rng: random.Random) -> None:
        self.vocabulary = _vocabulary(rng, 6000)
        weights = [1.0 / (rank + 2.7) for rank in range(len(self.vocabulary))]
        self._words = rng.choices(self.vocabulary, weights, k=400_000)
        self.sentences = [self._sentence(rng) for _ in range(20_000)]
        self.common = [self._sentence(rng, COMMON_WORD) for _ in range(200)]
        self.rare = [self._sentence(rng, RARE_WORD) for _ in range(20)]

    def _sentence(self, rng: random.Random, planted: str = "") -> str:
        start = rng.randrange(len(self._words) - 30)
        words = self._words[start : start + rng.randint(6, 24)]
        if planted:
            words[rng.randrange(len(words))] = planted
        return " ".join(words).capitalize() + "."

    def title(self, rng: random.Random) -> str:
        return " ".join(rng.choices(self.vocabulary[30:2000], k=rng.randint(3, 8))).capitalize()


def very_common_word() -> str:
    """The vocabulary's most frequent word, the same for every N."""
    return _vocabulary(random.Random(SEED), 1)[0]


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: list[str] = []
    seen = {COMMON_WORD, RARE_WORD}
    while len(words) < size:
        word = "".join(rng.choices(_SYLLABLES, k=rng.choice((1, 2, 2, 3, 3, 4))))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def _article_text(rng: random.Random, text: _Text, index: int, rare_every: int) -> list[str]:
    """The article's blocks as plain text, about N words long; every ninth is a heading."""
    target = min(4000, max(150, int(rng.lognormvariate(math.log(700), 0.7))))
    sentences: list[str] = []
    words = 0
    while words < target:
        sentence = rng.choice(text.sentences)
        sentences.append(sentence)
        words += sentence.count(" ") + 1
    if rng.random() < 0.1:
        sentences[rng.randrange(len(sentences))] = rng.choice(text.common)
    if index % rare_every == 7 % rare_every:
        sentences[rng.randrange(len(sentences))] = rng.choice(text.rare)
    blocks: list[str] = []
    position = 0
    while position < len(sentences):
        size = rng.randint(3, 6)
        blocks.append(" ".join(sentences[position : position + size]))
        position += size
        if len(blocks) % 9 == 8:
            blocks.append(text.title(rng))
    return blocks


def _rows(articles: int, feed_ids: list[int]) -> Iterator[tuple[object, ...]]:
    rng = random.Random(SEED)
    text = _Text(rng)
    sources = [" ".join(rng.choices(text.vocabulary[30:600], k=2)).title() for _ in range(40)]
    start = dt.datetime(2021, 1, 1, tzinfo=dt.UTC)
    span = 5 * 365 * 24 * 3600
    rare_every = max(1, min(10_000, articles // 3))
    for index in range(articles):
        blocks = _article_text(rng, text, index, rare_every)
        markdown = "\n\n".join(
            f"## {block}" if position % 9 == 8 else block for position, block in enumerate(blocks)
        )
        body = "\n\n".join(blocks)
        added = start + dt.timedelta(seconds=span * index / articles + rng.random())
        published = added - dt.timedelta(days=rng.expovariate(1 / 20))
        feed = rng.choice(feed_ids) if rng.random() < 0.4 else None
        yield (
            text.title(rng),
            "",
            rng.choice(sources) if feed is None else f"Feed {feed}",
            f"https://example.org/{index}",
            published.isoformat(timespec="seconds"),
            added.isoformat(timespec="microseconds"),
            rng.choice(_LANGUAGES),
            markdown,
            body,
            len(body.split()),
            f"bench-{index}",
            int(rng.random() < 0.6),
            int(rng.random() < 0.05),
            int(rng.random() < 0.2),
            feed,
        )


def _add_feeds(db: object) -> list[int]:
    ids = []
    for number in range(1, 9):
        cursor = db.execute(  # type: ignore[attr-defined]
            "INSERT INTO feeds (url, title, added) VALUES (?, ?, ?)",
            (f"https://example.org/feed{number}.xml", f"Feed {number}", "2021-01-01T00:00:00"),
        )
        ids.append(int(cursor.lastrowid))
    return ids


def _add_tags(db: object, articles: int) -> None:
    rng = random.Random(SEED + 1)
    db.executemany(  # type: ignore[attr-defined]
        "INSERT INTO tags (name) VALUES (?)", [(name,) for name in _TAGS]
    )
    pairs = {
        (article_id, rng.randint(1, len(_TAGS)))
        for article_id in range(1, articles + 1)
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2)))
    }
    db.executemany(  # type: ignore[attr-defined]
        "INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)", sorted(pairs)
    )
