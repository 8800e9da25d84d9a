<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
    <context>
        <name>Appearance</name>
        <message>
            <source>&amp;System</source>
            <translation>Як у &amp;системі</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>С&amp;вітла</translation>
        </message>
        <message>
            <source>S&amp;epia</source>
            <translation>Се&amp;пія</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Темна</translation>
        </message>
        <message>
            <source>&amp;Serif</source>
            <translation>&amp;Із зарубками</translation>
        </message>
        <message>
            <source>S&amp;ans serif</source>
            <translation>&amp;Без зарубок</translation>
        </message>
        <message>
            <source>&amp;Monospace</source>
            <translation>&amp;Моноширинний</translation>
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
            <translation>Ширина &amp;рядків</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>З&amp;більшити текст</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>Зм&amp;еншити текст</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>&amp;Звичайний розмір тексту</translation>
        </message>
        <message>
            <source>&amp;Next theme</source>
            <translation>&amp;Наступна тема</translation>
        </message>
        <message>
            <source>&amp;Next font</source>
            <translation>&amp;Наступний шрифт</translation>
        </message>
        <message>
            <source>&amp;Narrower lines</source>
            <translation>&amp;Вужчі рядки</translation>
        </message>
        <message>
            <source>&amp;Wider lines</source>
            <translation>&amp;Ширші рядки</translation>
        </message>
        <message numerus="yes">
            <source>%n characters</source>
            <translation>
                <numerusform>%n символ</numerusform>
                <numerusform>%n символи</numerusform>
                <numerusform>%n символів</numerusform>
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
            <translation>непрочитана</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>В архіві</translation>
        </message>
    </context>
    <context>
        <name>ChapterSteps</name>
        <message>
            <source>Next &amp;chapter</source>
            <translation>Наступна &amp;глава</translation>
        </message>
        <message>
            <source>Previous c&amp;hapter</source>
            <translation>Попередня гл&amp;ава</translation>
        </message>
    </context>
    <context>
        <name>Digest</name>
        <message>
            <source>Digest: every unread article in a few sentences (D)</source>
            <translation>Дайджест: усі непрочитані статті в кількох реченнях (D)</translation>
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
            <translation>&amp;Копіювати короткий зміст</translation>
        </message>
        <message>
            <source>E&amp;xport the article as Markdown…</source>
            <translation>&amp;Експортувати статтю в Markdown…</translation>
        </message>
        <message>
            <source>Export the &amp;listed articles…</source>
            <translation>Експортувати статті зі спис&amp;ку…</translation>
        </message>
        <message>
            <source>Export the whole &amp;library…</source>
            <translation>Експортувати всю &amp;бібліотеку…</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>All</source>
            <translation>Усі</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Непрочитані</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Обрані</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>В архіві</translation>
        </message>
        <message>
            <source>Has highlights</source>
            <translation>З виділеннями</translation>
        </message>
        <message>
            <source>Best match</source>
            <translation>Відповідність</translation>
        </message>
        <message>
            <source>Date added</source>
            <translation>Додано</translation>
        </message>
        <message>
            <source>Date published</source>
            <translation>Опубліковано</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Reading time</source>
            <translation>Час читання</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Арабська</translation>
        </message>
        <message>
            <source>Czech</source>
            <translation>Чеська</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>Данська</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Німецька</translation>
        </message>
        <message>
            <source>Greek</source>
            <translation>Грецька</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Англійська</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Іспанська</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>Фінська</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Французька</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>Іврит</translation>
        </message>
        <message>
            <source>Hungarian</source>
            <translation>Угорська</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Італійська</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>Японська</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>Корейська</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Нідерландська</translation>
        </message>
        <message>
            <source>Norwegian</source>
            <translation>Норвезька</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Польська</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Португальська</translation>
        </message>
        <message>
            <source>Romanian</source>
            <translation>Румунська</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Російська</translation>
        </message>
        <message>
            <source>Slovak</source>
            <translation>Словацька</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Шведська</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Турецька</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Українська</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Китайська</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Показати</translation>
        </message>
        <message>
            <source>Sort by</source>
            <translation>Сортувати за</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Усі джерела</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Усі мови</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Усі мітки</translation>
        </message>
        <message>
            <source>Descending</source>
            <translation>За спаданням</translation>
        </message>
        <message>
            <source>Ascending</source>
            <translation>За зростанням</translation>
        </message>
        <message>
            <source>%1 order (click to reverse)</source>
            <translation>%1 (клацніть, щоб змінити порядок)</translation>
        </message>
        <message numerus="yes">
            <source>Feed: %1 · %n unread</source>
            <translation>
                <numerusform>Стрічка: %1 · %n непрочитана</numerusform>
                <numerusform>Стрічка: %1 · %n непрочитані</numerusform>
                <numerusform>Стрічка: %1 · %n непрочитаних</numerusform>
            </translation>
        </message>
        <message>
            <source>Feed: %1</source>
            <translation>Стрічка: %1</translation>
        </message>
    </context>
    <context>
        <name>HighlightExport</name>
        <message>
            <source>Export &amp;highlights as Markdown…</source>
            <translation>Експортувати &amp;виділення в Markdown…</translation>
        </message>
        <message>
            <source>Export highlights as Readwise &amp;CSV…</source>
            <translation>Експортувати виділення в Readwise &amp;CSV…</translation>
        </message>
    </context>
    <context>
        <name>Highlights</name>
        <message>
            <source>Note (plain text; Markdown is kept as typed):</source>
            <translation>Нотатка (звичайний текст; Markdown зберігається так, як набрано):</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Жовтий</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Зелений</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Синій</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>Рожевий</translation>
        </message>
        <message>
            <source>&amp;Highlight selection</source>
            <translation>&amp;Виділити фрагмент</translation>
        </message>
        <message>
            <source>&amp;Undo remove highlight</source>
            <translation>&amp;Повернути видалене виділення</translation>
        </message>
        <message>
            <source>Article &amp;note…</source>
            <translation>Но&amp;татка до статті…</translation>
        </message>
        <message>
            <source>&amp;Keep this summary sentence</source>
            <translation>&amp;Зберегти це речення короткого змісту</translation>
        </message>
        <message>
            <source>Select some of the article to highlight it.</source>
            <translation>Виберіть фрагмент статті, щоб виділити його.</translation>
        </message>
        <message>
            <source>Click a summary sentence, then keep it.</source>
            <translation>Клацніть речення короткого змісту, а потім збережіть його.</translation>
        </message>
        <message>
            <source>Note on the highlight</source>
            <translation>Нотатка до виділення</translation>
        </message>
        <message>
            <source>Highlight removed (Ctrl+Z puts it back).</source>
            <translation>Виділення видалено (Ctrl+Z поверне його).</translation>
        </message>
        <message>
            <source>Note on the article</source>
            <translation>Нотатка до статті</translation>
        </message>
        <message>
            <source>Edit note…</source>
            <translation>Змінити нотатку…</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>Додати нотатку…</translation>
        </message>
        <message>
            <source>Remove highlight</source>
            <translation>Видалити виділення</translation>
        </message>
        <message>
            <source>Highlight</source>
            <translation>Виділити кольором</translation>
        </message>
        <message>
            <source>This highlight</source>
            <translation>Це виділення</translation>
        </message>
    </context>
    <context>
        <name>HighlightsView</name>
        <message>
            <source>Your highlights</source>
            <translation>Ваші виділення</translation>
        </message>
        <message>
            <source>Article note</source>
            <translation>Нотатка до статті</translation>
        </message>
        <message>
            <source>Could not be placed (the article's text changed):</source>
            <translation>Не вдалося розмістити (текст статті змінився):</translation>
        </message>
        <message>
            <source>Select text and press Shift+H to highlight it.</source>
            <translation>Виберіть фрагмент тексту й натисніть Shift+H, щоб виділити його.</translation>
        </message>
    </context>
    <context>
        <name>ImportActions</name>
        <message>
            <source>&amp;Import files…</source>
            <translation>&amp;Імпортувати файли…</translation>
        </message>
        <message>
            <source>Import &amp;folder…</source>
            <translation>Імпортувати &amp;теку…</translation>
        </message>
        <message>
            <source>Add &amp;URL…</source>
            <translation>&amp;Додати за адресою…</translation>
        </message>
        <message>
            <source>&amp;Subscribe to feed…</source>
            <translation>&amp;Підписатися на стрічку…</translation>
        </message>
        <message>
            <source>&amp;Refresh feeds</source>
            <translation>&amp;Оновити стрічки</translation>
        </message>
        <message>
            <source>F&amp;eeds…</source>
            <translation>&amp;Стрічки…</translation>
        </message>
        <message>
            <source>Import &amp;OPML…</source>
            <translation>І&amp;мпортувати OPML…</translation>
        </message>
        <message>
            <source>E&amp;xport OPML…</source>
            <translation>&amp;Експортувати OPML…</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Next &amp;unread article</source>
            <translation>Наступна н&amp;епрочитана стаття</translation>
        </message>
        <message>
            <source>Focus the article &amp;list</source>
            <translation>Перейти до &amp;списку статей</translation>
        </message>
        <message>
            <source>Focus the &amp;article</source>
            <translation>Перейти до с&amp;татті</translation>
        </message>
        <message>
            <source>Focus the su&amp;mmary</source>
            <translation>Перейти до &amp;короткого змісту</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>L&amp;anguage</source>
            <translation>&amp;Мова</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>Як у &amp;системі</translation>
        </message>
        <message>
            <source>The interface will be in %1 after a restart.</source>
            <translation>Після перезапуску інтерфейс буде мовою «%1».</translation>
        </message>
        <message>
            <source>The interface will follow the system's language after a restart.</source>
            <translation>Після перезапуску інтерфейс буде мовою системи.</translation>
        </message>
    </context>
    <context>
        <name>LibraryHighlights</name>
        <message>
            <source>All highlights</source>
            <translation>Усі виділення</translation>
        </message>
        <message>
            <source>All &amp;highlights…</source>
            <translation>Усі &amp;виділення…</translation>
        </message>
    </context>
    <context>
        <name>ListPanel</name>
        <message>
            <source>Search failed: %1</source>
            <translation>Не вдалося виконати пошук: %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article found</source>
            <translation>
                <numerusform>Знайдено %Ln статтю</numerusform>
                <numerusform>Знайдено %Ln статті</numerusform>
                <numerusform>Знайдено %Ln статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln articles found</source>
            <translation>
                <numerusform>Знайдено %Ln статтю</numerusform>
                <numerusform>Знайдено %Ln статті</numerusform>
                <numerusform>Знайдено %Ln статей</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found</source>
            <translation>Нічого не знайдено</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article</source>
            <translation>
                <numerusform>%Ln стаття</numerusform>
                <numerusform>%Ln статті</numerusform>
                <numerusform>%Ln статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln articles</source>
            <translation>
                <numerusform>%Ln стаття</numerusform>
                <numerusform>%Ln статті</numerusform>
                <numerusform>%Ln статей</numerusform>
            </translation>
        </message>
        <message>
            <source>No articles here</source>
            <translation>Тут немає статей</translation>
        </message>
        <message>
            <source>&amp;Search articles…</source>
            <translation>&amp;Шукати статті…</translation>
        </message>
        <message>
            <source>Search articles (Ctrl+F, /)</source>
            <translation>Шукати статті (Ctrl+F, /)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>No time to read? Get a summary</source>
            <translation>Немає часу читати? Короткий зміст</translation>
        </message>
        <message>
            <source>Hide the summary</source>
            <translation>Сховати короткий зміст</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статті</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>&amp;Попередня стаття</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>&amp;Наступна стаття</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>&amp;Короткий зміст</translation>
        </message>
        <message>
            <source>&amp;Highlight summary in article</source>
            <translation>Під&amp;свічувати короткий зміст у статті</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Ви&amp;йти</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Основна</translation>
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
            <translation>&amp;Перехід</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;Стаття</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Довідка</translation>
        </message>
    </context>
    <context>
        <name>OrganiseActions</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Скасувати</translation>
        </message>
        <message>
            <source>&amp;Star</source>
            <translation>&amp;Обране</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>В &amp;архіві</translation>
        </message>
        <message>
            <source>Keep &amp;unread</source>
            <translation>Залишити &amp;непрочитаною</translation>
        </message>
        <message>
            <source>&amp;Tags…</source>
            <translation>&amp;Мітки…</translation>
        </message>
        <message>
            <source>Tags of this article (T)</source>
            <translation>Мітки цієї статті (T)</translation>
        </message>
        <message>
            <source>Starred “%1”.</source>
            <translation>«%1» в обраному.</translation>
        </message>
        <message>
            <source>Took the star off “%1”.</source>
            <translation>«%1» більше не в обраному.</translation>
        </message>
        <message>
            <source>“%1” is back from the archive.</source>
            <translation>«%1» повернуто з архіву.</translation>
        </message>
        <message>
            <source>Archived “%1”.</source>
            <translation>«%1» перенесено до архіву.</translation>
        </message>
        <message>
            <source>“%1” stays unread.</source>
            <translation>«%1» залишається непрочитаною.</translation>
        </message>
        <message>
            <source>Marked “%1” read.</source>
            <translation>«%1» позначено як прочитану.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>немає</translation>
        </message>
        <message>
            <source>Tags of “%1”: %2.</source>
            <translation>Мітки «%1»: %2.</translation>
        </message>
    </context>
    <context>
        <name>OriginalLink</name>
        <message>
            <source>Open &amp;original in browser</source>
            <translation>Відкрити о&amp;ригінал у браузері</translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>Article text</source>
            <translation>Текст статті</translation>
        </message>
    </context>
    <context>
        <name>Reading</name>
        <message>
            <source>%1 min read</source>
            <translation>%1 хв читання</translation>
        </message>
    </context>
    <context>
        <name>SavedDownloads</name>
        <message>
            <source>Saved pages &amp;not downloaded…</source>
            <translation>&amp;Незавантажені збережені сторінки…</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>Search titles and text  (Ctrl+F or /)</source>
            <translation>Пошук у заголовках і тексті  (Ctrl+F або /)</translation>
        </message>
        <message>
            <source>Search articles</source>
            <translation>Пошук статей</translation>
        </message>
    </context>
    <context>
        <name>SearchSteps</name>
        <message>
            <source>Next &amp;match</source>
            <translation>Наступний &amp;збіг</translation>
        </message>
        <message>
            <source>Pre&amp;vious match</source>
            <translation>Попередній з&amp;біг</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Reading</source>
            <translation>Читання</translation>
        </message>
        <message>
            <source>Page down; at the end, the next unread article</source>
            <translation>Сторінка вниз; наприкінці — наступна непрочитана стаття</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Сторінка вгору</translation>
        </message>
        <message>
            <source>Unfold the full text (skim mode)</source>
            <translation>Розгорнути повний текст (режим побіжного читання)</translation>
        </message>
        <message>
            <source>Next link or summary sentence</source>
            <translation>Наступне посилання або речення короткого змісту</translation>
        </message>
        <message>
            <source>Follow the focused link or sentence</source>
            <translation>Перейти за вибраним посиланням або до речення</translation>
        </message>
        <message>
            <source>menu</source>
            <translation>меню</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Клавіатурні скорочення</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Дія</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Клавіші</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Меню</translation>
        </message>
        <message>
            <source>Shortcuts</source>
            <translation>Скорочення</translation>
        </message>
        <message>
            <source>Single-letter keys work anywhere in the window except while typing.</source>
            <translation>Однолітерні клавіші діють будь-де у вікні, але не під час набору тексту.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts (?, F1)</source>
            <translation>Клавіатурні скорочення (?, F1)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Клавіатурні скорочення</translation>
        </message>
    </context>
    <context>
        <name>SkimMode</name>
        <message>
            <source>S&amp;kim mode: summary first</source>
            <translation>Режим &amp;побіжного читання: спершу короткий зміст</translation>
        </message>
        <message>
            <source>Skim mode: open articles on their summary (Ctrl+K)</source>
            <translation>Режим побіжного читання: статті відкриваються на короткому змісті (Ctrl+K)</translation>
        </message>
    </context>
    <context>
        <name>SummaryPane</name>
        <message>
            <source>This article has no sections to summarize by, so here is its usual summary.</source>
            <translation>У цій статті немає розділів, тож тут її звичайний короткий зміст.</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Автоматично</translation>
        </message>
        <message>
            <source>Sentences</source>
            <translation>Речення</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Відсотки</translation>
        </message>
        <message>
            <source>By section</source>
            <translation>За розділами</translation>
        </message>
        <message>
            <source>Lede (default)</source>
            <translation>Lede (типово)</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Короткий зміст</translation>
        </message>
        <message>
            <source>Reading time saved</source>
            <translation>Зекономлений час читання</translation>
        </message>
        <message>
            <source>Summary algorithm</source>
            <translation>Алгоритм короткого змісту</translation>
        </message>
        <message>
            <source>Summary length unit</source>
            <translation>Одиниця довжини короткого змісту</translation>
        </message>
        <message>
            <source>Summary length</source>
            <translation>Довжина короткого змісту</translation>
        </message>
        <message>
            <source>Highlight in article</source>
            <translation>Підсвічувати в статті</translation>
        </message>
        <message>
            <source>Highlight the summary in the article</source>
            <translation>Підсвічувати короткий зміст у статті</translation>
        </message>
        <message>
            <source>Summary sentences</source>
            <translation>Речення короткого змісту</translation>
        </message>
        <message>
            <source>Tab moves between sentences; Enter shows the sentence in the article</source>
            <translation>Tab переходить між реченнями; Enter показує речення в статті</translation>
        </message>
        <message>
            <source>Algorithm</source>
            <translation>Алгоритм</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Довжина</translation>
        </message>
        <message>
            <source> sentences</source>
            <translation> реч.</translation>
        </message>
        <message>
            <source>Summarizing…</source>
            <translation>Складання короткого змісту…</translation>
        </message>
        <message numerus="yes">
            <source>This article is too short to summarize: it has %n sentences. Read it whole.</source>
            <translation>
                <numerusform>Ця стаття замала для короткого змісту: у ній %n речення. Прочитайте її повністю.</numerusform>
                <numerusform>Ця стаття замала для короткого змісту: у ній %n речення. Прочитайте її повністю.</numerusform>
                <numerusform>Ця стаття замала для короткого змісту: у ній %n речень. Прочитайте її повністю.</numerusform>
            </translation>
        </message>
        <message>
            <source>In bold: the sentence that ranks highest in this summary.</source>
            <translation>Жирним: найважливіше речення цього короткого змісту.</translation>
        </message>
        <message numerus="yes">
            <source>In bold: the %n sentences that rank highest in this summary.</source>
            <translation>
                <numerusform>Жирним: %n найважливіше речення цього короткого змісту.</numerusform>
                <numerusform>Жирним: %n найважливіші речення цього короткого змісту.</numerusform>
                <numerusform>Жирним: %n найважливіших речень цього короткого змісту.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n sentences</source>
            <translation>
                <numerusform>%1 з %n речення</numerusform>
                <numerusform>%1 з %n речень</numerusform>
                <numerusform>%1 з %n речень</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n sections</source>
            <translation>
                <numerusform> · %n розділ</numerusform>
                <numerusform> · %n розділи</numerusform>
                <numerusform> · %n розділів</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 → %2 min summary · %3</source>
            <translation>%1 → %2 хв на короткий зміст · %3</translation>
        </message>
        <message>
            <source>%1 · %2% of the words</source>
            <translation>%1 · %2% слів</translation>
        </message>
        <message>
            <source>Ranks %4 of the %2 summary sentences; sentence %3 of the article. Click to see it there.</source>
            <translation>Місце в короткому змісті: %1 з %2; речення статті: %3. Клацніть, щоб побачити його там.</translation>
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
            <translation>Рядок TL;DR під за&amp;головками</translation>
        </message>
        <message>
            <source>Show a one-sentence summary under each title, computed in the background</source>
            <translation>Короткий зміст в одне речення під кожним заголовком (обчислюється у фоновому режимі)</translation>
        </message>
    </context>
</TS>
