<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
    <context>
        <name>Appearance</name>
        <message>
            <source>&amp;System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;epia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Serif</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ans serif</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Monospace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Font</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Line width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next font</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Narrower lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Wider lines</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n characters</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChapterSteps</name>
        <message>
            <source>Next &amp;chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous c&amp;hapter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Digest</name>
        <message>
            <source>Digest: every unread article in a few sentences (D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Digest</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>&amp;Copy the summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport the article as Markdown…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the &amp;listed articles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the whole &amp;library…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Has highlights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Best match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arabic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Czech</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Danish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>German</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Greek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spanish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finnish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>French</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hebrew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hungarian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Italian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Japanese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Korean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dutch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Norwegian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Polish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portuguese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Romanian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Russian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slovak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swedish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turkish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ukrainian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chinese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sort by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Descending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ascending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 order (click to reverse)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Feed: %1 · %n unread</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Feed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HighlightExport</name>
        <message>
            <source>Export &amp;highlights as Markdown…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export highlights as Readwise &amp;CSV…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Highlights</name>
        <message>
            <source>Note (plain text; Markdown is kept as typed):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yellow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Highlight selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo remove highlight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Article &amp;note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep this summary sentence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select some of the article to highlight it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click a summary sentence, then keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note on the highlight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight removed (Ctrl+Z puts it back).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note on the article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove highlight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This highlight</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HighlightsView</name>
        <message>
            <source>Your highlights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Article note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not be placed (the article's text changed):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select text and press Shift+H to highlight it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportActions</name>
        <message>
            <source>&amp;Import files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import &amp;folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;URL…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Subscribe to feed…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh feeds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;eeds…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import &amp;OPML…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport OPML…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Next &amp;unread article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Focus the article &amp;list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Focus the &amp;article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Focus the su&amp;mmary</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>L&amp;anguage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The interface will be in %1 after a restart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The interface will follow the system's language after a restart.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryHighlights</name>
        <message>
            <source>All highlights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All &amp;highlights…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListPanel</name>
        <message>
            <source>Search failed: %1</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search articles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search articles (Ctrl+F, /)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>No time to read? Get a summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide the summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Highlight summary in article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrganiseActions</name>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Star</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep &amp;unread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tags…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags of this article (T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starred “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Took the star off “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is back from the archive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” stays unread.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked “%1” read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags of “%1”: %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OriginalLink</name>
        <message>
            <source>Open &amp;original in browser</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>Article text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reading</name>
        <message>
            <source>%1 min read</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SavedDownloads</name>
        <message>
            <source>Saved pages &amp;not downloaded…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>Search titles and text  (Ctrl+F or /)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search articles</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchSteps</name>
        <message>
            <source>Next &amp;match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pre&amp;vious match</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page down; at the end, the next unread article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unfold the full text (skim mode)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next link or summary sentence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the focused link or sentence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Single-letter keys work anywhere in the window except while typing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts (?, F1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SkimMode</name>
        <message>
            <source>S&amp;kim mode: summary first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skim mode: open articles on their summary (Ctrl+K)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummaryPane</name>
        <message>
            <source>This article has no sections to summarize by, so here is its usual summary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sentences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Percent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lede (default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading time saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary algorithm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary length unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight in article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight the summary in the article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary sentences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tab moves between sentences; Enter shows the sentence in the article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Algorithm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> sentences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summarizing…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>This article is too short to summarize: it has %n sentences. Read it whole.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>In bold: the sentence that ranks highest in this summary.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>In bold: the %n sentences that rank highest in this summary.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n sentences</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2% of the words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ranks %4 of the %2 summary sentences; sentence %3 of the article. Click to see it there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>p.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TldrLine</name>
        <message>
            <source>&amp;TL;DR line under titles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show a one-sentence summary under each title, computed in the background</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
