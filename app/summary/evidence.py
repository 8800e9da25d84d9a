"""What the article itself says about how to summarize it: news, or a long read.

News puts what matters first, so its summary leans on position. A long read (a feature,
essay, how-to, report or paper) opens with a scene, background or a question, and its
summary has to come from the whole text. The article's length says most: the news in the
evaluation sets runs to a few hundred words, long reads to thousands. Headings say the
same, whatever the length: a piece organised in sections is read by its sections.
"""

from __future__ import annotations

from app.summary.sections import heading_indexes
from app.summary.selection import word_count
from app.summary.split_article import SplitArticle, candidates

# Between these lengths (words of prose) an article goes over from news to long read.
NEWS_UP_TO_WORDS = 900
LONG_READ_FROM_WORDS = 1800
# Two headings or more make an article at least this much a long read.
SECTIONED_LONG_READ = 0.5


def long_read_degree(article: SplitArticle) -> float:
    """0 for news, 1 for a long read, in between for the lengths that could be either."""
    words = sum(word_count(sentence.text) for sentence in candidates(article))
    by_length = (words - NEWS_UP_TO_WORDS) / (LONG_READ_FROM_WORDS - NEWS_UP_TO_WORDS)
    degree = min(1.0, max(0.0, by_length))
    if len(heading_indexes(article.sentences)) >= 2:
        degree = max(degree, SECTIONED_LONG_READ)
    return degree
