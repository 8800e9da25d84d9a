<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Appearance</name>
        <message>
            <source>&amp;System</source>
            <translation>Wie im &amp;System</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <source>S&amp;epia</source>
            <translation>S&amp;epia</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <source>&amp;Serif</source>
            <translation>&amp;Mit Serifen</translation>
        </message>
        <message>
            <source>S&amp;ans serif</source>
            <translation>&amp;Ohne Serifen</translation>
        </message>
        <message>
            <source>&amp;Monospace</source>
            <translation>&amp;Dicktengleich</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <source>&amp;Font</source>
            <translation>&amp;Schrift</translation>
        </message>
        <message>
            <source>&amp;Line width</source>
            <translation>&amp;Zeilenbreite</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>Text &amp;größer</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>Text &amp;kleiner</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>&amp;Normale Textgröße</translation>
        </message>
        <message>
            <source>&amp;Next theme</source>
            <translation>&amp;Nächstes Farbschema</translation>
        </message>
        <message>
            <source>&amp;Next font</source>
            <translation>&amp;Nächste Schrift</translation>
        </message>
        <message>
            <source>&amp;Narrower lines</source>
            <translation>&amp;Schmalere Zeilen</translation>
        </message>
        <message>
            <source>&amp;Wider lines</source>
            <translation>&amp;Breitere Zeilen</translation>
        </message>
        <message numerus="yes">
            <source>%n characters</source>
            <translation>
                <numerusform>%n Zeichen</numerusform>
                <numerusform>%n Zeichen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>read</source>
            <translation>gelesen</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>ungelesen</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
    </context>
    <context>
        <name>ChapterSteps</name>
        <message>
            <source>Next &amp;chapter</source>
            <translation>Nächstes &amp;Kapitel</translation>
        </message>
        <message>
            <source>Previous c&amp;hapter</source>
            <translation>Vorheriges Ka&amp;pitel</translation>
        </message>
    </context>
    <context>
        <name>Digest</name>
        <message>
            <source>Digest: every unread article in a few sentences (D)</source>
            <translation>Überblick: jeder ungelesene Artikel in wenigen Sätzen (D)</translation>
        </message>
        <message>
            <source>&amp;Digest</source>
            <translation>Ü&amp;berblick</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>&amp;Copy the summary</source>
            <translation>Zusammenfassung &amp;kopieren</translation>
        </message>
        <message>
            <source>E&amp;xport the article as Markdown…</source>
            <translation>Artikel als Markdown e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Export the &amp;listed articles…</source>
            <translation>&amp;Aufgelistete Artikel exportieren…</translation>
        </message>
        <message>
            <source>Export the whole &amp;library…</source>
            <translation>Ganze &amp;Bibliothek exportieren…</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Ungelesen</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Mit Stern</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
        <message>
            <source>Has highlights</source>
            <translation>Mit Markierungen</translation>
        </message>
        <message>
            <source>Best match</source>
            <translation>Beste Treffer</translation>
        </message>
        <message>
            <source>Date added</source>
            <translation>Hinzugefügt am</translation>
        </message>
        <message>
            <source>Date published</source>
            <translation>Veröffentlicht am</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Reading time</source>
            <translation>Lesezeit</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabisch</translation>
        </message>
        <message>
            <source>Czech</source>
            <translation>Tschechisch</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>Dänisch</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>Greek</source>
            <translation>Griechisch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spanisch</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>Finnisch</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Französisch</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>Hebräisch</translation>
        </message>
        <message>
            <source>Hungarian</source>
            <translation>Ungarisch</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italienisch</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>Japanisch</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>Koreanisch</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Niederländisch</translation>
        </message>
        <message>
            <source>Norwegian</source>
            <translation>Norwegisch</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Polnisch</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Portugiesisch</translation>
        </message>
        <message>
            <source>Romanian</source>
            <translation>Rumänisch</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russisch</translation>
        </message>
        <message>
            <source>Slovak</source>
            <translation>Slowakisch</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Schwedisch</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Türkisch</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ukrainisch</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chinesisch</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>Sort by</source>
            <translation>Sortieren nach</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Alle Quellen</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Alle Sprachen</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Alle Schlagwörter</translation>
        </message>
        <message>
            <source>Descending</source>
            <translation>Absteigend</translation>
        </message>
        <message>
            <source>Ascending</source>
            <translation>Aufsteigend</translation>
        </message>
        <message>
            <source>%1 order (click to reverse)</source>
            <translation>%1 (Klick kehrt die Reihenfolge um)</translation>
        </message>
        <message numerus="yes">
            <source>Feed: %1 · %n unread</source>
            <translation>
                <numerusform>Feed: %1 · %n ungelesen</numerusform>
                <numerusform>Feed: %1 · %n ungelesen</numerusform>
            </translation>
        </message>
        <message>
            <source>Feed: %1</source>
            <translation>Feed: %1</translation>
        </message>
    </context>
    <context>
        <name>HighlightExport</name>
        <message>
            <source>Export &amp;highlights as Markdown…</source>
            <translation>&amp;Markierungen als Markdown exportieren…</translation>
        </message>
        <message>
            <source>Export highlights as Readwise &amp;CSV…</source>
            <translation>Markierungen als Readwise-&amp;CSV exportieren…</translation>
        </message>
    </context>
    <context>
        <name>Highlights</name>
        <message>
            <source>Note (plain text; Markdown is kept as typed):</source>
            <translation>Notiz (reiner Text; Markdown bleibt wie getippt):</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Gelb</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Grün</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Blau</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>Rosa</translation>
        </message>
        <message>
            <source>&amp;Highlight selection</source>
            <translation>Auswahl &amp;markieren</translation>
        </message>
        <message>
            <source>&amp;Undo remove highlight</source>
            <translation>Entfernen der Markierung &amp;rückgängig</translation>
        </message>
        <message>
            <source>Article &amp;note…</source>
            <translation>Artikel&amp;notiz…</translation>
        </message>
        <message>
            <source>&amp;Keep this summary sentence</source>
            <translation>Diesen Satz der Zusammenfassung &amp;behalten</translation>
        </message>
        <message>
            <source>Select some of the article to highlight it.</source>
            <translation>Wählen Sie einen Teil des Artikels aus, um ihn zu markieren.</translation>
        </message>
        <message>
            <source>Click a summary sentence, then keep it.</source>
            <translation>Klicken Sie auf einen Satz der Zusammenfassung und behalten Sie ihn dann.</translation>
        </message>
        <message>
            <source>Note on the highlight</source>
            <translation>Notiz zur Markierung</translation>
        </message>
        <message>
            <source>Highlight removed (Ctrl+Z puts it back).</source>
            <translation>Markierung entfernt (Strg+Z holt sie zurück).</translation>
        </message>
        <message>
            <source>Note on the article</source>
            <translation>Notiz zum Artikel</translation>
        </message>
        <message>
            <source>Edit note…</source>
            <translation>Notiz bearbeiten…</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>Notiz hinzufügen…</translation>
        </message>
        <message>
            <source>Remove highlight</source>
            <translation>Markierung entfernen</translation>
        </message>
        <message>
            <source>Highlight</source>
            <translation>Markieren</translation>
        </message>
        <message>
            <source>This highlight</source>
            <translation>Diese Markierung</translation>
        </message>
    </context>
    <context>
        <name>HighlightsView</name>
        <message>
            <source>Your highlights</source>
            <translation>Ihre Markierungen</translation>
        </message>
        <message>
            <source>Article note</source>
            <translation>Artikelnotiz</translation>
        </message>
        <message>
            <source>Could not be placed (the article's text changed):</source>
            <translation>Nicht mehr zu finden (der Text des Artikels hat sich geändert):</translation>
        </message>
        <message>
            <source>Select text and press Shift+H to highlight it.</source>
            <translation>Text auswählen und Umschalt+H drücken, um ihn zu markieren.</translation>
        </message>
    </context>
    <context>
        <name>ImportActions</name>
        <message>
            <source>&amp;Import files…</source>
            <translation>Dateien &amp;importieren…</translation>
        </message>
        <message>
            <source>Import &amp;folder…</source>
            <translation>&amp;Ordner importieren…</translation>
        </message>
        <message>
            <source>Add &amp;URL…</source>
            <translation>&amp;Adresse hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Subscribe to feed…</source>
            <translation>Feed &amp;abonnieren…</translation>
        </message>
        <message>
            <source>&amp;Refresh feeds</source>
            <translation>Feeds a&amp;ktualisieren</translation>
        </message>
        <message>
            <source>F&amp;eeds…</source>
            <translation>F&amp;eeds…</translation>
        </message>
        <message>
            <source>Import &amp;OPML…</source>
            <translation>O&amp;PML importieren…</translation>
        </message>
        <message>
            <source>E&amp;xport OPML…</source>
            <translation>OPML e&amp;xportieren…</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Next &amp;unread article</source>
            <translation>Nächster &amp;ungelesener Artikel</translation>
        </message>
        <message>
            <source>Focus the article &amp;list</source>
            <translation>Zur Artikel&amp;liste</translation>
        </message>
        <message>
            <source>Focus the &amp;article</source>
            <translation>Zum &amp;Artikel</translation>
        </message>
        <message>
            <source>Focus the su&amp;mmary</source>
            <translation>Zur Zusa&amp;mmenfassung</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>L&amp;anguage</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>Wie im &amp;System</translation>
        </message>
        <message>
            <source>The interface will be in %1 after a restart.</source>
            <translation>Nach einem Neustart ist die Oberfläche auf %1.</translation>
        </message>
        <message>
            <source>The interface will follow the system's language after a restart.</source>
            <translation>Nach einem Neustart folgt die Oberfläche der Sprache des Systems.</translation>
        </message>
    </context>
    <context>
        <name>LibraryHighlights</name>
        <message>
            <source>All highlights</source>
            <translation>Alle Markierungen</translation>
        </message>
        <message>
            <source>All &amp;highlights…</source>
            <translation>Alle &amp;Markierungen…</translation>
        </message>
    </context>
    <context>
        <name>ListPanel</name>
        <message>
            <source>Search failed: %1</source>
            <translation>Suche fehlgeschlagen: %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article found</source>
            <translation>
                <numerusform>%Ln Artikel gefunden</numerusform>
                <numerusform>%Ln Artikel gefunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln articles found</source>
            <translation>
                <numerusform>%Ln Artikel gefunden</numerusform>
                <numerusform>%Ln Artikel gefunden</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found</source>
            <translation>Nichts gefunden</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article</source>
            <translation>
                <numerusform>%Ln Artikel</numerusform>
                <numerusform>%Ln Artikel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln articles</source>
            <translation>
                <numerusform>%Ln Artikel</numerusform>
                <numerusform>%Ln Artikel</numerusform>
            </translation>
        </message>
        <message>
            <source>No articles here</source>
            <translation>Hier sind keine Artikel</translation>
        </message>
        <message>
            <source>&amp;Search articles…</source>
            <translation>Artikel &amp;suchen…</translation>
        </message>
        <message>
            <source>Search articles (Ctrl+F, /)</source>
            <translation>Artikel suchen (Strg+F, /)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>No time to read? Get a summary</source>
            <translation>Keine Zeit zum Lesen? Zur Zusammenfassung</translation>
        </message>
        <message>
            <source>Hide the summary</source>
            <translation>Zusammenfassung ausblenden</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>&amp;Vorheriger Artikel</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>&amp;Nächster Artikel</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>&amp;Zusammenfassung</translation>
        </message>
        <message>
            <source>&amp;Highlight summary in article</source>
            <translation>Zusammenfassung im Artikel &amp;hervorheben</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Haupt</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>A&amp;rtikel</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
    </context>
    <context>
        <name>OrganiseActions</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Star</source>
            <translation>&amp;Stern</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archivieren</translation>
        </message>
        <message>
            <source>Keep &amp;unread</source>
            <translation>&amp;Ungelesen lassen</translation>
        </message>
        <message>
            <source>&amp;Tags…</source>
            <translation>Schlag&amp;wörter…</translation>
        </message>
        <message>
            <source>Tags of this article (T)</source>
            <translation>Schlagwörter dieses Artikels (T)</translation>
        </message>
        <message>
            <source>Starred “%1”.</source>
            <translation>„%1“ hat einen Stern.</translation>
        </message>
        <message>
            <source>Took the star off “%1”.</source>
            <translation>Stern von „%1“ entfernt.</translation>
        </message>
        <message>
            <source>“%1” is back from the archive.</source>
            <translation>„%1“ ist zurück aus dem Archiv.</translation>
        </message>
        <message>
            <source>Archived “%1”.</source>
            <translation>„%1“ archiviert.</translation>
        </message>
        <message>
            <source>“%1” stays unread.</source>
            <translation>„%1“ bleibt ungelesen.</translation>
        </message>
        <message>
            <source>Marked “%1” read.</source>
            <translation>„%1“ als gelesen markiert.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Tags of “%1”: %2.</source>
            <translation>Schlagwörter von „%1“: %2.</translation>
        </message>
    </context>
    <context>
        <name>OriginalLink</name>
        <message>
            <source>Open &amp;original in browser</source>
            <translation>&amp;Original im Browser öffnen</translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>Article text</source>
            <translation>Text des Artikels</translation>
        </message>
    </context>
    <context>
        <name>Reading</name>
        <message>
            <source>%1 min read</source>
            <translation>%1 Min. Lesezeit</translation>
        </message>
    </context>
    <context>
        <name>SavedDownloads</name>
        <message>
            <source>Saved pages &amp;not downloaded…</source>
            <translation>&amp;Nicht heruntergeladene Seiten…</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>Search titles and text  (Ctrl+F or /)</source>
            <translation>Titel und Text durchsuchen  (Strg+F oder /)</translation>
        </message>
        <message>
            <source>Search articles</source>
            <translation>Artikel suchen</translation>
        </message>
    </context>
    <context>
        <name>SearchSteps</name>
        <message>
            <source>Next &amp;match</source>
            <translation>Nächster &amp;Treffer</translation>
        </message>
        <message>
            <source>Pre&amp;vious match</source>
            <translation>&amp;Vorheriger Treffer</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Reading</source>
            <translation>Lesen</translation>
        </message>
        <message>
            <source>Page down; at the end, the next unread article</source>
            <translation>Seite abwärts; am Ende der nächste ungelesene Artikel</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Seite aufwärts</translation>
        </message>
        <message>
            <source>Unfold the full text (skim mode)</source>
            <translation>Den ganzen Text aufklappen (Überfliegen)</translation>
        </message>
        <message>
            <source>Next link or summary sentence</source>
            <translation>Nächster Link oder Satz der Zusammenfassung</translation>
        </message>
        <message>
            <source>Follow the focused link or sentence</source>
            <translation>Dem gewählten Link oder Satz folgen</translation>
        </message>
        <message>
            <source>menu</source>
            <translation>Menü</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menü</translation>
        </message>
        <message>
            <source>Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Single-letter keys work anywhere in the window except while typing.</source>
            <translation>Tasten mit einem Buchstaben wirken überall im Fenster, außer beim Tippen.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts (?, F1)</source>
            <translation>Tastenkürzel (?, F1)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
    </context>
    <context>
        <name>SkimMode</name>
        <message>
            <source>S&amp;kim mode: summary first</source>
            <translation>&amp;Überfliegen: zuerst die Zusammenfassung</translation>
        </message>
        <message>
            <source>Skim mode: open articles on their summary (Ctrl+K)</source>
            <translation>Überfliegen: Artikel öffnen bei ihrer Zusammenfassung (Strg+K)</translation>
        </message>
    </context>
    <context>
        <name>SummaryPane</name>
        <message>
            <source>This article has no sections to summarize by, so here is its usual summary.</source>
            <translation>Dieser Artikel hat keine Abschnitte, nach denen er sich zusammenfassen ließe; hier ist seine übliche Zusammenfassung.</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Sentences</source>
            <translation>Sätze</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Prozent</translation>
        </message>
        <message>
            <source>By section</source>
            <translation>Nach Abschnitten</translation>
        </message>
        <message>
            <source>Lede (default)</source>
            <translation>Lede (Standard)</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Reading time saved</source>
            <translation>Gesparte Lesezeit</translation>
        </message>
        <message>
            <source>Summary algorithm</source>
            <translation>Verfahren der Zusammenfassung</translation>
        </message>
        <message>
            <source>Summary length unit</source>
            <translation>Einheit der Länge der Zusammenfassung</translation>
        </message>
        <message>
            <source>Summary length</source>
            <translation>Länge der Zusammenfassung</translation>
        </message>
        <message>
            <source>Highlight in article</source>
            <translation>Im Artikel hervorheben</translation>
        </message>
        <message>
            <source>Highlight the summary in the article</source>
            <translation>Die Zusammenfassung im Artikel hervorheben</translation>
        </message>
        <message>
            <source>Summary sentences</source>
            <translation>Sätze der Zusammenfassung</translation>
        </message>
        <message>
            <source>Tab moves between sentences; Enter shows the sentence in the article</source>
            <translation>Tab wechselt zwischen den Sätzen; Enter zeigt den Satz im Artikel</translation>
        </message>
        <message>
            <source>Algorithm</source>
            <translation>Verfahren</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Länge</translation>
        </message>
        <message>
            <source> sentences</source>
            <translation> Sätze</translation>
        </message>
        <message>
            <source>Summarizing…</source>
            <translation>Wird zusammengefasst…</translation>
        </message>
        <message numerus="yes">
            <source>This article is too short to summarize: it has %n sentences. Read it whole.</source>
            <translation>
                <numerusform>Dieser Artikel ist zu kurz für eine Zusammenfassung: Er hat %n Satz. Lesen Sie ihn ganz.</numerusform>
                <numerusform>Dieser Artikel ist zu kurz für eine Zusammenfassung: Er hat %n Sätze. Lesen Sie ihn ganz.</numerusform>
            </translation>
        </message>
        <message>
            <source>In bold: the sentence that ranks highest in this summary.</source>
            <translation>Fett: der wichtigste Satz dieser Zusammenfassung.</translation>
        </message>
        <message numerus="yes">
            <source>In bold: the %n sentences that rank highest in this summary.</source>
            <translation>
                <numerusform>Fett: der wichtigste Satz dieser Zusammenfassung.</numerusform>
                <numerusform>Fett: die %n wichtigsten Sätze dieser Zusammenfassung.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n sentences</source>
            <translation>
                <numerusform>%1 von %n Satz</numerusform>
                <numerusform>%1 von %n Sätzen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n sections</source>
            <translation>
                <numerusform> · %n Abschnitt</numerusform>
                <numerusform> · %n Abschnitte</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 → %2 min summary · %3</source>
            <translation>%1 → %2 Min. Zusammenfassung · %3</translation>
        </message>
        <message>
            <source>%1 · %2% of the words</source>
            <translation>%1 · %2 % der Wörter</translation>
        </message>
        <message>
            <source>Ranks %4 of the %2 summary sentences; sentence %3 of the article. Click to see it there.</source>
            <translation>Platz %1 von %2 Sätzen der Zusammenfassung; Satz %3 des Artikels. Klicken, um ihn dort zu sehen.</translation>
        </message>
        <message>
            <source>p.</source>
            <translation>S.</translation>
        </message>
    </context>
    <context>
        <name>TldrLine</name>
        <message>
            <source>&amp;TL;DR line under titles</source>
            <translation>&amp;TL;DR-Zeile unter den Titeln</translation>
        </message>
        <message>
            <source>Show a one-sentence summary under each title, computed in the background</source>
            <translation>Unter jedem Titel eine Zusammenfassung in einem Satz, im Hintergrund berechnet</translation>
        </message>
    </context>
</TS>
