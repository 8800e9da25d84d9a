<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>Appearance</name>
        <message>
            <source>&amp;System</source>
            <translation>Как в с&amp;истеме</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>С&amp;ветлая</translation>
        </message>
        <message>
            <source>S&amp;epia</source>
            <translation>С&amp;епия</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Тёмная</translation>
        </message>
        <message>
            <source>&amp;Serif</source>
            <translation>С &amp;засечками</translation>
        </message>
        <message>
            <source>S&amp;ans serif</source>
            <translation>&amp;Без засечек</translation>
        </message>
        <message>
            <source>&amp;Monospace</source>
            <translation>&amp;Моноширинный</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <source>&amp;Font</source>
            <translation>&amp;Шрифт</translation>
        </message>
        <message>
            <source>&amp;Line width</source>
            <translation>Ширина ст&amp;рок</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>&amp;Увеличить текст</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>У&amp;меньшить текст</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>&amp;Обычный размер текста</translation>
        </message>
        <message>
            <source>&amp;Next theme</source>
            <translation>&amp;Следующая тема</translation>
        </message>
        <message>
            <source>&amp;Next font</source>
            <translation>&amp;Следующий шрифт</translation>
        </message>
        <message>
            <source>&amp;Narrower lines</source>
            <translation>&amp;Уже строки</translation>
        </message>
        <message>
            <source>&amp;Wider lines</source>
            <translation>&amp;Шире строки</translation>
        </message>
        <message numerus="yes">
            <source>%n characters</source>
            <translation>
                <numerusform>%n символ</numerusform>
                <numerusform>%n символа</numerusform>
                <numerusform>%n символов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>read</source>
            <translation>прочитана</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>не прочитана</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>В архиве</translation>
        </message>
    </context>
    <context>
        <name>ChapterSteps</name>
        <message>
            <source>Next &amp;chapter</source>
            <translation>Следующая г&amp;лава</translation>
        </message>
        <message>
            <source>Previous c&amp;hapter</source>
            <translation>Предыдущая &amp;глава</translation>
        </message>
    </context>
    <context>
        <name>Digest</name>
        <message>
            <source>Digest: every unread article in a few sentences (D)</source>
            <translation>Дайджест: все непрочитанные статьи в нескольких предложениях (D)</translation>
        </message>
        <message>
            <source>&amp;Digest</source>
            <translation>&amp;Дайджест</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>&amp;Copy the summary</source>
            <translation>&amp;Копировать краткое содержание</translation>
        </message>
        <message>
            <source>E&amp;xport the article as Markdown…</source>
            <translation>&amp;Экспорт статьи в Markdown…</translation>
        </message>
        <message>
            <source>Export the &amp;listed articles…</source>
            <translation>Экспорт статей из &amp;списка…</translation>
        </message>
        <message>
            <source>Export the whole &amp;library…</source>
            <translation>Экспорт всей &amp;библиотеки…</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Непрочитанные</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Избранные</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>В архиве</translation>
        </message>
        <message>
            <source>Has highlights</source>
            <translation>С выделениями</translation>
        </message>
        <message>
            <source>Best match</source>
            <translation>По соответствию</translation>
        </message>
        <message>
            <source>Date added</source>
            <translation>Дата добавления</translation>
        </message>
        <message>
            <source>Date published</source>
            <translation>Дата публикации</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Reading time</source>
            <translation>Время чтения</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Арабский</translation>
        </message>
        <message>
            <source>Czech</source>
            <translation>Чешский</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>Датский</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Немецкий</translation>
        </message>
        <message>
            <source>Greek</source>
            <translation>Греческий</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Испанский</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>Финский</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Французский</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>Иврит</translation>
        </message>
        <message>
            <source>Hungarian</source>
            <translation>Венгерский</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Итальянский</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>Японский</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>Корейский</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Нидерландский</translation>
        </message>
        <message>
            <source>Norwegian</source>
            <translation>Норвежский</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Польский</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Португальский</translation>
        </message>
        <message>
            <source>Romanian</source>
            <translation>Румынский</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>Slovak</source>
            <translation>Словацкий</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Шведский</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Турецкий</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Украинский</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Китайский</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <source>Sort by</source>
            <translation>Сортировка</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Все источники</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Все языки</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Все метки</translation>
        </message>
        <message>
            <source>Descending</source>
            <translation>По убыванию</translation>
        </message>
        <message>
            <source>Ascending</source>
            <translation>По возрастанию</translation>
        </message>
        <message>
            <source>%1 order (click to reverse)</source>
            <translation>%1 (щёлкните, чтобы изменить порядок)</translation>
        </message>
        <message numerus="yes">
            <source>Feed: %1 · %n unread</source>
            <translation>
                <numerusform>Лента: %1 · %n непрочитанная</numerusform>
                <numerusform>Лента: %1 · %n непрочитанные</numerusform>
                <numerusform>Лента: %1 · %n непрочитанных</numerusform>
            </translation>
        </message>
        <message>
            <source>Feed: %1</source>
            <translation>Лента: %1</translation>
        </message>
    </context>
    <context>
        <name>HighlightExport</name>
        <message>
            <source>Export &amp;highlights as Markdown…</source>
            <translation>Экспорт в&amp;ыделений в Markdown…</translation>
        </message>
        <message>
            <source>Export highlights as Readwise &amp;CSV…</source>
            <translation>Экспорт выделений в Readwise &amp;CSV…</translation>
        </message>
    </context>
    <context>
        <name>Highlights</name>
        <message>
            <source>Note (plain text; Markdown is kept as typed):</source>
            <translation>Заметка (обычный текст; Markdown сохраняется как набран):</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Жёлтый</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Зелёный</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Синий</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>Розовый</translation>
        </message>
        <message>
            <source>&amp;Highlight selection</source>
            <translation>&amp;Выделить фрагмент</translation>
        </message>
        <message>
            <source>&amp;Undo remove highlight</source>
            <translation>Ве&amp;рнуть удалённое выделение</translation>
        </message>
        <message>
            <source>Article &amp;note…</source>
            <translation>&amp;Заметка к статье…</translation>
        </message>
        <message>
            <source>&amp;Keep this summary sentence</source>
            <translation>Со&amp;хранить это предложение краткого содержания</translation>
        </message>
        <message>
            <source>Select some of the article to highlight it.</source>
            <translation>Выберите фрагмент статьи, чтобы выделить его.</translation>
        </message>
        <message>
            <source>Click a summary sentence, then keep it.</source>
            <translation>Щёлкните предложение краткого содержания, затем сохраните его.</translation>
        </message>
        <message>
            <source>Note on the highlight</source>
            <translation>Заметка к выделению</translation>
        </message>
        <message>
            <source>Highlight removed (Ctrl+Z puts it back).</source>
            <translation>Выделение удалено (Ctrl+Z вернёт его).</translation>
        </message>
        <message>
            <source>Note on the article</source>
            <translation>Заметка к статье</translation>
        </message>
        <message>
            <source>Edit note…</source>
            <translation>Изменить заметку…</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>Добавить заметку…</translation>
        </message>
        <message>
            <source>Remove highlight</source>
            <translation>Удалить выделение</translation>
        </message>
        <message>
            <source>Highlight</source>
            <translation>Выделить</translation>
        </message>
        <message>
            <source>This highlight</source>
            <translation>Это выделение</translation>
        </message>
    </context>
    <context>
        <name>HighlightsView</name>
        <message>
            <source>Your highlights</source>
            <translation>Ваши выделения</translation>
        </message>
        <message>
            <source>Article note</source>
            <translation>Заметка к статье</translation>
        </message>
        <message>
            <source>Could not be placed (the article's text changed):</source>
            <translation>Не нашли своего места (текст статьи изменился):</translation>
        </message>
        <message>
            <source>Select text and press Shift+H to highlight it.</source>
            <translation>Выберите фрагмент текста и нажмите Shift+H, чтобы выделить его.</translation>
        </message>
    </context>
    <context>
        <name>ImportActions</name>
        <message>
            <source>&amp;Import files…</source>
            <translation>&amp;Импорт файлов…</translation>
        </message>
        <message>
            <source>Import &amp;folder…</source>
            <translation>Импорт &amp;папки…</translation>
        </message>
        <message>
            <source>Add &amp;URL…</source>
            <translation>&amp;Добавить по адресу…</translation>
        </message>
        <message>
            <source>&amp;Subscribe to feed…</source>
            <translation>Подписаться на &amp;ленту…</translation>
        </message>
        <message>
            <source>&amp;Refresh feeds</source>
            <translation>&amp;Обновить ленты</translation>
        </message>
        <message>
            <source>F&amp;eeds…</source>
            <translation>Л&amp;енты…</translation>
        </message>
        <message>
            <source>Import &amp;OPML…</source>
            <translation>Импорт &amp;OPML…</translation>
        </message>
        <message>
            <source>E&amp;xport OPML…</source>
            <translation>Экспорт OP&amp;ML…</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Next &amp;unread article</source>
            <translation>Следующая &amp;непрочитанная статья</translation>
        </message>
        <message>
            <source>Focus the article &amp;list</source>
            <translation>Перейти к сп&amp;иску статей</translation>
        </message>
        <message>
            <source>Focus the &amp;article</source>
            <translation>Перейти к с&amp;татье</translation>
        </message>
        <message>
            <source>Focus the su&amp;mmary</source>
            <translation>Перейти к &amp;краткому содержанию</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>L&amp;anguage</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;Как в системе</translation>
        </message>
        <message>
            <source>The interface will be in %1 after a restart.</source>
            <translation>После перезапуска интерфейс будет на языке «%1».</translation>
        </message>
        <message>
            <source>The interface will follow the system's language after a restart.</source>
            <translation>После перезапуска интерфейс будет на языке системы.</translation>
        </message>
    </context>
    <context>
        <name>LibraryHighlights</name>
        <message>
            <source>All highlights</source>
            <translation>Все выделения</translation>
        </message>
        <message>
            <source>All &amp;highlights…</source>
            <translation>Все в&amp;ыделения…</translation>
        </message>
    </context>
    <context>
        <name>ListPanel</name>
        <message>
            <source>Search failed: %1</source>
            <translation>Поиск не удался: %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article found</source>
            <translation>
                <numerusform>Найдена %Ln статья</numerusform>
                <numerusform>Найдены %Ln статьи</numerusform>
                <numerusform>Найдено %Ln статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln articles found</source>
            <translation>
                <numerusform>Найдена %Ln статья</numerusform>
                <numerusform>Найдены %Ln статьи</numerusform>
                <numerusform>Найдено %Ln статей</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found</source>
            <translation>Ничего не найдено</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article</source>
            <translation>
                <numerusform>%Ln статья</numerusform>
                <numerusform>%Ln статьи</numerusform>
                <numerusform>%Ln статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln articles</source>
            <translation>
                <numerusform>%Ln статья</numerusform>
                <numerusform>%Ln статьи</numerusform>
                <numerusform>%Ln статей</numerusform>
            </translation>
        </message>
        <message>
            <source>No articles here</source>
            <translation>Здесь нет статей</translation>
        </message>
        <message>
            <source>&amp;Search articles…</source>
            <translation>П&amp;оиск статей…</translation>
        </message>
        <message>
            <source>Search articles (Ctrl+F, /)</source>
            <translation>Поиск статей (Ctrl+F, /)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>No time to read? Get a summary</source>
            <translation>Нет времени читать? Краткое содержание</translation>
        </message>
        <message>
            <source>Hide the summary</source>
            <translation>Скрыть краткое содержание</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статьи</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>&amp;Предыдущая статья</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>&amp;Следующая статья</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>&amp;Краткое содержание</translation>
        </message>
        <message>
            <source>&amp;Highlight summary in article</source>
            <translation>&amp;Выделить краткое содержание в статье</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Вы&amp;ход</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Основная</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Переход</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;Статья</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Спр&amp;авка</translation>
        </message>
    </context>
    <context>
        <name>OrganiseActions</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Star</source>
            <translation>&amp;Избранное</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>В &amp;архиве</translation>
        </message>
        <message>
            <source>Keep &amp;unread</source>
            <translation>Оставить &amp;непрочитанной</translation>
        </message>
        <message>
            <source>&amp;Tags…</source>
            <translation>&amp;Метки…</translation>
        </message>
        <message>
            <source>Tags of this article (T)</source>
            <translation>Метки этой статьи (T)</translation>
        </message>
        <message>
            <source>Starred “%1”.</source>
            <translation>«%1» в избранном.</translation>
        </message>
        <message>
            <source>Took the star off “%1”.</source>
            <translation>«%1» больше не в избранном.</translation>
        </message>
        <message>
            <source>“%1” is back from the archive.</source>
            <translation>«%1» вернулась из архива.</translation>
        </message>
        <message>
            <source>Archived “%1”.</source>
            <translation>«%1» в архиве.</translation>
        </message>
        <message>
            <source>“%1” stays unread.</source>
            <translation>«%1» остаётся непрочитанной.</translation>
        </message>
        <message>
            <source>Marked “%1” read.</source>
            <translation>«%1» отмечена прочитанной.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Tags of “%1”: %2.</source>
            <translation>Метки «%1»: %2.</translation>
        </message>
    </context>
    <context>
        <name>OriginalLink</name>
        <message>
            <source>Open &amp;original in browser</source>
            <translation>Открыть &amp;оригинал в браузере</translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>Article text</source>
            <translation>Текст статьи</translation>
        </message>
    </context>
    <context>
        <name>Reading</name>
        <message>
            <source>%1 min read</source>
            <translation>%1 мин чтения</translation>
        </message>
    </context>
    <context>
        <name>SavedDownloads</name>
        <message>
            <source>Saved pages &amp;not downloaded…</source>
            <translation>Сохранённые страницы, &amp;не загруженные…</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>Search titles and text  (Ctrl+F or /)</source>
            <translation>Поиск в заголовках и тексте  (Ctrl+F или /)</translation>
        </message>
        <message>
            <source>Search articles</source>
            <translation>Поиск статей</translation>
        </message>
    </context>
    <context>
        <name>SearchSteps</name>
        <message>
            <source>Next &amp;match</source>
            <translation>Следующее со&amp;впадение</translation>
        </message>
        <message>
            <source>Pre&amp;vious match</source>
            <translation>Предыдущее совпа&amp;дение</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Reading</source>
            <translation>Чтение</translation>
        </message>
        <message>
            <source>Page down; at the end, the next unread article</source>
            <translation>Страница вниз; в конце — следующая непрочитанная статья</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Страница вверх</translation>
        </message>
        <message>
            <source>Unfold the full text (skim mode)</source>
            <translation>Развернуть полный текст (режим беглого чтения)</translation>
        </message>
        <message>
            <source>Next link or summary sentence</source>
            <translation>Следующая ссылка или предложение краткого содержания</translation>
        </message>
        <message>
            <source>Follow the focused link or sentence</source>
            <translation>Перейти по выбранной ссылке или к предложению</translation>
        </message>
        <message>
            <source>menu</source>
            <translation>меню</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Меню</translation>
        </message>
        <message>
            <source>Shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>Single-letter keys work anywhere in the window except while typing.</source>
            <translation>Клавиши из одной буквы действуют везде в окне, кроме как при наборе текста.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts (?, F1)</source>
            <translation>Сочетания клавиш (?, F1)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
    </context>
    <context>
        <name>SkimMode</name>
        <message>
            <source>S&amp;kim mode: summary first</source>
            <translation>Режим &amp;беглого чтения: сначала краткое содержание</translation>
        </message>
        <message>
            <source>Skim mode: open articles on their summary (Ctrl+K)</source>
            <translation>Режим беглого чтения: статьи открываются на кратком содержании (Ctrl+K)</translation>
        </message>
    </context>
    <context>
        <name>SummaryPane</name>
        <message>
            <source>This article has no sections to summarize by, so here is its usual summary.</source>
            <translation>В этой статье нет разделов, поэтому здесь её обычное краткое содержание.</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Автоматически</translation>
        </message>
        <message>
            <source>Sentences</source>
            <translation>Предложения</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Проценты</translation>
        </message>
        <message>
            <source>By section</source>
            <translation>По разделам</translation>
        </message>
        <message>
            <source>Lede (default)</source>
            <translation>Lede (по умолчанию)</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Краткое содержание</translation>
        </message>
        <message>
            <source>Reading time saved</source>
            <translation>Сэкономленное время чтения</translation>
        </message>
        <message>
            <source>Summary algorithm</source>
            <translation>Алгоритм краткого содержания</translation>
        </message>
        <message>
            <source>Summary length unit</source>
            <translation>Единица длины краткого содержания</translation>
        </message>
        <message>
            <source>Summary length</source>
            <translation>Длина краткого содержания</translation>
        </message>
        <message>
            <source>Highlight in article</source>
            <translation>Выделить в статье</translation>
        </message>
        <message>
            <source>Highlight the summary in the article</source>
            <translation>Выделить краткое содержание в статье</translation>
        </message>
        <message>
            <source>Summary sentences</source>
            <translation>Предложения краткого содержания</translation>
        </message>
        <message>
            <source>Tab moves between sentences; Enter shows the sentence in the article</source>
            <translation>Tab переходит между предложениями; Enter показывает предложение в статье</translation>
        </message>
        <message>
            <source>Algorithm</source>
            <translation>Алгоритм</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Длина</translation>
        </message>
        <message>
            <source> sentences</source>
            <translation> предл.</translation>
        </message>
        <message>
            <source>Summarizing…</source>
            <translation>Составляем краткое содержание…</translation>
        </message>
        <message numerus="yes">
            <source>This article is too short to summarize: it has %n sentences. Read it whole.</source>
            <translation>
                <numerusform>Эта статья слишком коротка для краткого содержания: в ней %n предложение. Прочитайте её целиком.</numerusform>
                <numerusform>Эта статья слишком коротка для краткого содержания: в ней %n предложения. Прочитайте её целиком.</numerusform>
                <numerusform>Эта статья слишком коротка для краткого содержания: в ней %n предложений. Прочитайте её целиком.</numerusform>
            </translation>
        </message>
        <message>
            <source>In bold: the sentence that ranks highest in this summary.</source>
            <translation>Жирным: самое важное предложение этого краткого содержания.</translation>
        </message>
        <message numerus="yes">
            <source>In bold: the %n sentences that rank highest in this summary.</source>
            <translation>
                <numerusform>Жирным: %n самое важное предложение этого краткого содержания.</numerusform>
                <numerusform>Жирным: %n самых важных предложения этого краткого содержания.</numerusform>
                <numerusform>Жирным: %n самых важных предложений этого краткого содержания.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n sentences</source>
            <translation>
                <numerusform>%1 из %n предложения</numerusform>
                <numerusform>%1 из %n предложений</numerusform>
                <numerusform>%1 из %n предложений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n sections</source>
            <translation>
                <numerusform> · %n раздел</numerusform>
                <numerusform> · %n раздела</numerusform>
                <numerusform> · %n разделов</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 → %2 min summary · %3</source>
            <translation>%1 → %2 мин на краткое содержание · %3</translation>
        </message>
        <message>
            <source>%1 · %2% of the words</source>
            <translation>%1 · %2% слов</translation>
        </message>
        <message>
            <source>Ranks %4 of the %2 summary sentences; sentence %3 of the article. Click to see it there.</source>
            <translation>Место в кратком содержании: %1 из %2; предложение статьи: %3. Щёлкните, чтобы увидеть его там.</translation>
        </message>
        <message>
            <source>p.</source>
            <translation>с.</translation>
        </message>
    </context>
    <context>
        <name>TldrLine</name>
        <message>
            <source>&amp;TL;DR line under titles</source>
            <translation>Строка TL;DR под &amp;заголовками</translation>
        </message>
        <message>
            <source>Show a one-sentence summary under each title, computed in the background</source>
            <translation>Краткое содержание в одно предложение под каждым заголовком (вычисляется в фоне)</translation>
        </message>
    </context>
</TS>
