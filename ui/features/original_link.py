"""Article > Open original in browser: the address the article was saved from."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl, SignalInstance, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMenu

from app.library import Article
from ui.window.actions import window_action

CurrentArticle = Callable[[], Article | None]


class OriginalLink(QObject):
    """The action is enabled only while the open article has an address."""

    def __init__(
        self,
        window: QMainWindow,
        menu: QMenu,
        current_article: CurrentArticle,
        article_opened: SignalInstance,
    ) -> None:
        super().__init__(window)
        self._current_article = current_article
        self.action = window_action(window, "Open &original in browser", self.open, "V")
        menu.addAction(self.action)
        article_opened.connect(self._sync)
        self._sync()

    @Slot()
    def open(self) -> None:
        article = self._current_article()
        if article is not None and article.url:
            QDesktopServices.openUrl(QUrl(article.url))

    @Slot(int)
    def _sync(self, _article_id: int = 0) -> None:
        article = self._current_article()
        self.action.setEnabled(article is not None and bool(article.url))
