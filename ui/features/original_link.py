"""Article > Open original in browser: the address the article was saved from."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl, SignalInstance, Slot
from PySide6.QtWidgets import QMainWindow, QMenu

from app.library import Article
from ui.desktop_links import open_on_desktop, openable
from ui.i18n import tr
from ui.window.actions import window_action

CurrentArticle = Callable[[], Article | None]


class OriginalLink(QObject):
    """The action is enabled only while the open article has a web address: only http(s)
    goes to the desktop (a feed or an old library may hold another scheme)."""

    def __init__(
        self,
        window: QMainWindow,
        menu: QMenu,
        current_article: CurrentArticle,
        article_opened: SignalInstance,
    ) -> None:
        super().__init__(window)
        self._current_article = current_article
        self.action = window_action(
            window, tr("OriginalLink", "Open &original in browser"), self.open, "V"
        )
        menu.addAction(self.action)
        article_opened.connect(self._sync)
        self._sync()

    @Slot()
    def open(self) -> None:
        url = self._web_address()  # read again now: the article may have changed
        if url is not None:
            open_on_desktop(url)

    @Slot(int)
    def _sync(self, _article_id: int = 0) -> None:
        self.action.setEnabled(self._web_address() is not None)

    def _web_address(self) -> QUrl | None:
        article = self._current_article()
        url = QUrl(article.url) if article is not None and article.url else None
        return url if url is not None and openable(url) else None
