<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>Appearance</name>
        <message>
            <source>&amp;System</source>
            <translation>Comme le s&amp;ystème</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Clair</translation>
        </message>
        <message>
            <source>S&amp;epia</source>
            <translation>Sé&amp;pia</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>S&amp;ombre</translation>
        </message>
        <message>
            <source>&amp;Serif</source>
            <translation>&amp;Avec empattements</translation>
        </message>
        <message>
            <source>S&amp;ans serif</source>
            <translation>Sans &amp;empattements</translation>
        </message>
        <message>
            <source>&amp;Monospace</source>
            <translation>&amp;Chasse fixe</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Thème</translation>
        </message>
        <message>
            <source>&amp;Font</source>
            <translation>&amp;Police</translation>
        </message>
        <message>
            <source>&amp;Line width</source>
            <translation>&amp;Largeur des lignes</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>&amp;Agrandir le texte</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>Ré&amp;duire le texte</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>Taille &amp;normale du texte</translation>
        </message>
        <message>
            <source>&amp;Next theme</source>
            <translation>Thème &amp;suivant</translation>
        </message>
        <message>
            <source>&amp;Next font</source>
            <translation>Police &amp;suivante</translation>
        </message>
        <message>
            <source>&amp;Narrower lines</source>
            <translation>Lignes plus é&amp;troites</translation>
        </message>
        <message>
            <source>&amp;Wider lines</source>
            <translation>Lignes plus &amp;larges</translation>
        </message>
        <message numerus="yes">
            <source>%n characters</source>
            <translation>
                <numerusform>%n caractère</numerusform>
                <numerusform>%n caractères</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>read</source>
            <translation>lu</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>non lu</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivé</translation>
        </message>
    </context>
    <context>
        <name>ChapterSteps</name>
        <message>
            <source>Next &amp;chapter</source>
            <translation>Chapitre sui&amp;vant</translation>
        </message>
        <message>
            <source>Previous c&amp;hapter</source>
            <translation>C&amp;hapitre précédent</translation>
        </message>
    </context>
    <context>
        <name>Digest</name>
        <message>
            <source>Digest: every unread article in a few sentences (D)</source>
            <translation>Condensé : chaque article non lu en quelques phrases (D)</translation>
        </message>
        <message>
            <source>&amp;Digest</source>
            <translation>&amp;Condensé</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>&amp;Copy the summary</source>
            <translation>&amp;Copier le résumé</translation>
        </message>
        <message>
            <source>E&amp;xport the article as Markdown…</source>
            <translation>E&amp;xporter l’article en Markdown…</translation>
        </message>
        <message>
            <source>Export the &amp;listed articles…</source>
            <translation>Exporter les articles de la lis&amp;te…</translation>
        </message>
        <message>
            <source>Export the whole &amp;library…</source>
            <translation>Exporter toute la &amp;bibliothèque…</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Non lus</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Favoris</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivés</translation>
        </message>
        <message>
            <source>Has highlights</source>
            <translation>Avec surlignages</translation>
        </message>
        <message>
            <source>Best match</source>
            <translation>Pertinence</translation>
        </message>
        <message>
            <source>Date added</source>
            <translation>Date d’ajout</translation>
        </message>
        <message>
            <source>Date published</source>
            <translation>Date de publication</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Reading time</source>
            <translation>Temps de lecture</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabe</translation>
        </message>
        <message>
            <source>Czech</source>
            <translation>Tchèque</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>Danois</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Allemand</translation>
        </message>
        <message>
            <source>Greek</source>
            <translation>Grec</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Espagnol</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>Finnois</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>Hébreu</translation>
        </message>
        <message>
            <source>Hungarian</source>
            <translation>Hongrois</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italien</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>Japonais</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>Coréen</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Néerlandais</translation>
        </message>
        <message>
            <source>Norwegian</source>
            <translation>Norvégien</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Polonais</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Portugais</translation>
        </message>
        <message>
            <source>Romanian</source>
            <translation>Roumain</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russe</translation>
        </message>
        <message>
            <source>Slovak</source>
            <translation>Slovaque</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Suédois</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Turc</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ukrainien</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chinois</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Sort by</source>
            <translation>Trier par</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Toutes les sources</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Toutes les langues</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Toutes les étiquettes</translation>
        </message>
        <message>
            <source>Descending</source>
            <translation>Décroissant</translation>
        </message>
        <message>
            <source>Ascending</source>
            <translation>Croissant</translation>
        </message>
        <message>
            <source>%1 order (click to reverse)</source>
            <translation>%1 (cliquez pour inverser l’ordre)</translation>
        </message>
        <message numerus="yes">
            <source>Feed: %1 · %n unread</source>
            <translation>
                <numerusform>Flux : %1 · %n non lu</numerusform>
                <numerusform>Flux : %1 · %n non lus</numerusform>
            </translation>
        </message>
        <message>
            <source>Feed: %1</source>
            <translation>Flux : %1</translation>
        </message>
    </context>
    <context>
        <name>HighlightExport</name>
        <message>
            <source>Export &amp;highlights as Markdown…</source>
            <translation>Exporter les surlignages en &amp;Markdown…</translation>
        </message>
        <message>
            <source>Export highlights as Readwise &amp;CSV…</source>
            <translation>Exporter les surlignages en &amp;CSV Readwise…</translation>
        </message>
    </context>
    <context>
        <name>Highlights</name>
        <message>
            <source>Note (plain text; Markdown is kept as typed):</source>
            <translation>Note (texte brut ; le Markdown est conservé tel que saisi) :</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Jaune</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Vert</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Bleu</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>Rose</translation>
        </message>
        <message>
            <source>&amp;Highlight selection</source>
            <translation>&amp;Surligner la sélection</translation>
        </message>
        <message>
            <source>&amp;Undo remove highlight</source>
            <translation>Annuler la s&amp;uppression du surlignage</translation>
        </message>
        <message>
            <source>Article &amp;note…</source>
            <translation>&amp;Note de l’article…</translation>
        </message>
        <message>
            <source>&amp;Keep this summary sentence</source>
            <translation>&amp;Garder cette phrase du résumé</translation>
        </message>
        <message>
            <source>Select some of the article to highlight it.</source>
            <translation>Sélectionnez une partie de l’article pour la surligner.</translation>
        </message>
        <message>
            <source>Click a summary sentence, then keep it.</source>
            <translation>Cliquez sur une phrase du résumé, puis gardez-la.</translation>
        </message>
        <message>
            <source>Note on the highlight</source>
            <translation>Note sur le surlignage</translation>
        </message>
        <message>
            <source>Highlight removed (Ctrl+Z puts it back).</source>
            <translation>Surlignage supprimé (Ctrl+Z le rétablit).</translation>
        </message>
        <message>
            <source>Note on the article</source>
            <translation>Note sur l’article</translation>
        </message>
        <message>
            <source>Edit note…</source>
            <translation>Modifier la note…</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>Ajouter une note…</translation>
        </message>
        <message>
            <source>Remove highlight</source>
            <translation>Supprimer le surlignage</translation>
        </message>
        <message>
            <source>Highlight</source>
            <translation>Surligner</translation>
        </message>
        <message>
            <source>This highlight</source>
            <translation>Ce surlignage</translation>
        </message>
    </context>
    <context>
        <name>HighlightsView</name>
        <message>
            <source>Your highlights</source>
            <translation>Vos surlignages</translation>
        </message>
        <message>
            <source>Article note</source>
            <translation>Note de l’article</translation>
        </message>
        <message>
            <source>Could not be placed (the article's text changed):</source>
            <translation>Impossible à replacer (le texte de l’article a changé) :</translation>
        </message>
        <message>
            <source>Select text and press Shift+H to highlight it.</source>
            <translation>Sélectionnez du texte et appuyez sur Maj+H pour le surligner.</translation>
        </message>
    </context>
    <context>
        <name>ImportActions</name>
        <message>
            <source>&amp;Import files…</source>
            <translation>&amp;Importer des fichiers…</translation>
        </message>
        <message>
            <source>Import &amp;folder…</source>
            <translation>Importer un &amp;dossier…</translation>
        </message>
        <message>
            <source>Add &amp;URL…</source>
            <translation>Ajouter une &amp;URL…</translation>
        </message>
        <message>
            <source>&amp;Subscribe to feed…</source>
            <translation>&amp;S’abonner à un flux…</translation>
        </message>
        <message>
            <source>&amp;Refresh feeds</source>
            <translation>&amp;Actualiser les flux</translation>
        </message>
        <message>
            <source>F&amp;eeds…</source>
            <translation>F&amp;lux…</translation>
        </message>
        <message>
            <source>Import &amp;OPML…</source>
            <translation>Importer un fichier &amp;OPML…</translation>
        </message>
        <message>
            <source>E&amp;xport OPML…</source>
            <translation>E&amp;xporter en OPML…</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Next &amp;unread article</source>
            <translation>Article &amp;non lu suivant</translation>
        </message>
        <message>
            <source>Focus the article &amp;list</source>
            <translation>Passer à la &amp;liste des articles</translation>
        </message>
        <message>
            <source>Focus the &amp;article</source>
            <translation>Passer à l’&amp;article</translation>
        </message>
        <message>
            <source>Focus the su&amp;mmary</source>
            <translation>Passer au résu&amp;mé</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>L&amp;anguage</source>
            <translation>Lan&amp;gue</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>Comme le &amp;système</translation>
        </message>
        <message>
            <source>The interface will be in %1 after a restart.</source>
            <translation>Langue de l’interface au prochain démarrage : %1.</translation>
        </message>
        <message>
            <source>The interface will follow the system's language after a restart.</source>
            <translation>Au prochain démarrage, l’interface suivra la langue du système.</translation>
        </message>
    </context>
    <context>
        <name>LibraryHighlights</name>
        <message>
            <source>All highlights</source>
            <translation>Tous les surlignages</translation>
        </message>
        <message>
            <source>All &amp;highlights…</source>
            <translation>Tous les s&amp;urlignages…</translation>
        </message>
    </context>
    <context>
        <name>ListPanel</name>
        <message>
            <source>Search failed: %1</source>
            <translation>Échec de la recherche : %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article found</source>
            <translation>
                <numerusform>%Ln article trouvé</numerusform>
                <numerusform>%Ln articles trouvés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln articles found</source>
            <translation>
                <numerusform>%Ln article trouvé</numerusform>
                <numerusform>%Ln articles trouvés</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found</source>
            <translation>Aucun résultat</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article</source>
            <translation>
                <numerusform>%Ln article</numerusform>
                <numerusform>%Ln articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln articles</source>
            <translation>
                <numerusform>%Ln article</numerusform>
                <numerusform>%Ln articles</numerusform>
            </translation>
        </message>
        <message>
            <source>No articles here</source>
            <translation>Aucun article ici</translation>
        </message>
        <message>
            <source>&amp;Search articles…</source>
            <translation>&amp;Rechercher des articles…</translation>
        </message>
        <message>
            <source>Search articles (Ctrl+F, /)</source>
            <translation>Rechercher des articles (Ctrl+F, /)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>No time to read? Get a summary</source>
            <translation>Pas le temps de lire ? Voir le résumé</translation>
        </message>
        <message>
            <source>Hide the summary</source>
            <translation>Masquer le résumé</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>Article &amp;précédent</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>Article &amp;suivant</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>&amp;Résumé</translation>
        </message>
        <message>
            <source>&amp;Highlight summary in article</source>
            <translation>&amp;Mettre en évidence le résumé dans l’article</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principale</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>A&amp;ller</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>A&amp;rticle</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
    </context>
    <context>
        <name>OrganiseActions</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Star</source>
            <translation>Mettre en &amp;favori</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archiver</translation>
        </message>
        <message>
            <source>Keep &amp;unread</source>
            <translation>Laisser non &amp;lu</translation>
        </message>
        <message>
            <source>&amp;Tags…</source>
            <translation>É&amp;tiquettes…</translation>
        </message>
        <message>
            <source>Tags of this article (T)</source>
            <translation>Étiquettes de cet article (T)</translation>
        </message>
        <message>
            <source>Starred “%1”.</source>
            <translation>« %1 » ajouté aux favoris.</translation>
        </message>
        <message>
            <source>Took the star off “%1”.</source>
            <translation>« %1 » retiré des favoris.</translation>
        </message>
        <message>
            <source>“%1” is back from the archive.</source>
            <translation>« %1 » n’est plus archivé.</translation>
        </message>
        <message>
            <source>Archived “%1”.</source>
            <translation>« %1 » archivé.</translation>
        </message>
        <message>
            <source>“%1” stays unread.</source>
            <translation>« %1 » reste non lu.</translation>
        </message>
        <message>
            <source>Marked “%1” read.</source>
            <translation>« %1 » marqué comme lu.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>Tags of “%1”: %2.</source>
            <translation>Étiquettes de « %1 » : %2.</translation>
        </message>
    </context>
    <context>
        <name>OriginalLink</name>
        <message>
            <source>Open &amp;original in browser</source>
            <translation>Ouvrir l’&amp;original dans le navigateur</translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>Article text</source>
            <translation>Texte de l’article</translation>
        </message>
    </context>
    <context>
        <name>Reading</name>
        <message>
            <source>%1 min read</source>
            <translation>%1 min de lecture</translation>
        </message>
    </context>
    <context>
        <name>SavedDownloads</name>
        <message>
            <source>Saved pages &amp;not downloaded…</source>
            <translation>Pages enregistrées &amp;non téléchargées…</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>Search titles and text  (Ctrl+F or /)</source>
            <translation>Rechercher titres et texte  (Ctrl+F ou /)</translation>
        </message>
        <message>
            <source>Search articles</source>
            <translation>Rechercher des articles</translation>
        </message>
    </context>
    <context>
        <name>SearchSteps</name>
        <message>
            <source>Next &amp;match</source>
            <translation>&amp;Occurrence suivante</translation>
        </message>
        <message>
            <source>Pre&amp;vious match</source>
            <translation>Occurrence pré&amp;cédente</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Reading</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <source>Page down; at the end, the next unread article</source>
            <translation>Page suivante ; à la fin, l’article non lu suivant</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Page précédente</translation>
        </message>
        <message>
            <source>Unfold the full text (skim mode)</source>
            <translation>Déplier le texte entier (mode survol)</translation>
        </message>
        <message>
            <source>Next link or summary sentence</source>
            <translation>Lien suivant ou phrase suivante du résumé</translation>
        </message>
        <message>
            <source>Follow the focused link or sentence</source>
            <translation>Suivre le lien ou la phrase qui a le focus</translation>
        </message>
        <message>
            <source>menu</source>
            <translation>menu</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <source>Shortcuts</source>
            <translation>Raccourcis</translation>
        </message>
        <message>
            <source>Single-letter keys work anywhere in the window except while typing.</source>
            <translation>Les touches d’une seule lettre fonctionnent partout dans la fenêtre, sauf pendant la saisie.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts (?, F1)</source>
            <translation>Raccourcis clavier (?, F1)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
    </context>
    <context>
        <name>SkimMode</name>
        <message>
            <source>S&amp;kim mode: summary first</source>
            <translation>Mode &amp;survol : le résumé d’abord</translation>
        </message>
        <message>
            <source>Skim mode: open articles on their summary (Ctrl+K)</source>
            <translation>Mode survol : ouvrir les articles sur leur résumé (Ctrl+K)</translation>
        </message>
    </context>
    <context>
        <name>SummaryPane</name>
        <message>
            <source>This article has no sections to summarize by, so here is its usual summary.</source>
            <translation>Cet article n’a pas de sections selon lesquelles le résumer : voici son résumé habituel.</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <source>Sentences</source>
            <translation>Phrases</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Pourcentage</translation>
        </message>
        <message>
            <source>By section</source>
            <translation>Par section</translation>
        </message>
        <message>
            <source>Lede (default)</source>
            <translation>Lede (par défaut)</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Reading time saved</source>
            <translation>Temps de lecture gagné</translation>
        </message>
        <message>
            <source>Summary algorithm</source>
            <translation>Algorithme du résumé</translation>
        </message>
        <message>
            <source>Summary length unit</source>
            <translation>Unité de longueur du résumé</translation>
        </message>
        <message>
            <source>Summary length</source>
            <translation>Longueur du résumé</translation>
        </message>
        <message>
            <source>Highlight in article</source>
            <translation>Mettre en évidence dans l’article</translation>
        </message>
        <message>
            <source>Highlight the summary in the article</source>
            <translation>Mettre en évidence le résumé dans l’article</translation>
        </message>
        <message>
            <source>Summary sentences</source>
            <translation>Phrases du résumé</translation>
        </message>
        <message>
            <source>Tab moves between sentences; Enter shows the sentence in the article</source>
            <translation>Tab passe d’une phrase à l’autre ; Entrée montre la phrase dans l’article</translation>
        </message>
        <message>
            <source>Algorithm</source>
            <translation>Algorithme</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Longueur</translation>
        </message>
        <message>
            <source> sentences</source>
            <translation> phrases</translation>
        </message>
        <message>
            <source>Summarizing…</source>
            <translation>Résumé en cours…</translation>
        </message>
        <message numerus="yes">
            <source>This article is too short to summarize: it has %n sentences. Read it whole.</source>
            <translation>
                <numerusform>Cet article est trop court pour être résumé : il compte %n phrase. Lisez-le en entier.</numerusform>
                <numerusform>Cet article est trop court pour être résumé : il compte %n phrases. Lisez-le en entier.</numerusform>
            </translation>
        </message>
        <message>
            <source>In bold: the sentence that ranks highest in this summary.</source>
            <translation>En gras : la phrase la mieux classée de ce résumé.</translation>
        </message>
        <message numerus="yes">
            <source>In bold: the %n sentences that rank highest in this summary.</source>
            <translation>
                <numerusform>En gras : la phrase la mieux classée de ce résumé.</numerusform>
                <numerusform>En gras : les %n phrases les mieux classées de ce résumé.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n sentences</source>
            <translation>
                <numerusform>%1 sur %n phrase</numerusform>
                <numerusform>%1 sur %n phrases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n sections</source>
            <translation>
                <numerusform> · %n section</numerusform>
                <numerusform> · %n sections</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 → %2 min summary · %3</source>
            <translation>%1 → résumé de %2 min · %3</translation>
        </message>
        <message>
            <source>%1 · %2% of the words</source>
            <translation>%1 · %2 % des mots</translation>
        </message>
        <message>
            <source>Ranks %4 of the %2 summary sentences; sentence %3 of the article. Click to see it there.</source>
            <translation>Rang %1 sur les %2 phrases du résumé ; phrase %3 de l’article. Cliquez pour l’y voir.</translation>
        </message>
        <message>
            <source>p.</source>
            <translation>p.</translation>
        </message>
    </context>
    <context>
        <name>TldrLine</name>
        <message>
            <source>&amp;TL;DR line under titles</source>
            <translation>Ligne TL;DR sous les t&amp;itres</translation>
        </message>
        <message>
            <source>Show a one-sentence summary under each title, computed in the background</source>
            <translation>Afficher sous chaque titre un résumé d’une phrase, calculé en arrière-plan</translation>
        </message>
    </context>
</TS>
