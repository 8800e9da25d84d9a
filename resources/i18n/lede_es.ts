<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>Appearance</name>
        <message>
            <source>&amp;System</source>
            <translation>Como el &amp;sistema</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Claro</translation>
        </message>
        <message>
            <source>S&amp;epia</source>
            <translation>S&amp;epia</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Oscuro</translation>
        </message>
        <message>
            <source>&amp;Serif</source>
            <translation>Con &amp;serifa</translation>
        </message>
        <message>
            <source>S&amp;ans serif</source>
            <translation>Si&amp;n serifa</translation>
        </message>
        <message>
            <source>&amp;Monospace</source>
            <translation>&amp;Monoespaciado</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <source>&amp;Font</source>
            <translation>Tipo de &amp;letra</translation>
        </message>
        <message>
            <source>&amp;Line width</source>
            <translation>&amp;Ancho de línea</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>A&amp;umentar texto</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>Re&amp;ducir texto</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>Tamaño de texto &amp;normal</translation>
        </message>
        <message>
            <source>&amp;Next theme</source>
            <translation>Tema s&amp;iguiente</translation>
        </message>
        <message>
            <source>&amp;Next font</source>
            <translation>Tipo de letra si&amp;guiente</translation>
        </message>
        <message>
            <source>&amp;Narrower lines</source>
            <translation>Líneas más &amp;estrechas</translation>
        </message>
        <message>
            <source>&amp;Wider lines</source>
            <translation>Líneas más a&amp;nchas</translation>
        </message>
        <message numerus="yes">
            <source>%n characters</source>
            <translation>
                <numerusform>%n carácter</numerusform>
                <numerusform>%n caracteres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>read</source>
            <translation>leído</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>no leído</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivado</translation>
        </message>
    </context>
    <context>
        <name>ChapterSteps</name>
        <message>
            <source>Next &amp;chapter</source>
            <translation>&amp;Capítulo siguiente</translation>
        </message>
        <message>
            <source>Previous c&amp;hapter</source>
            <translation>Ca&amp;pítulo anterior</translation>
        </message>
    </context>
    <context>
        <name>Digest</name>
        <message>
            <source>Digest: every unread article in a few sentences (D)</source>
            <translation>Panorama: cada artículo no leído en pocas frases (D)</translation>
        </message>
        <message>
            <source>&amp;Digest</source>
            <translation>&amp;Panorama</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>&amp;Copy the summary</source>
            <translation>&amp;Copiar el resumen</translation>
        </message>
        <message>
            <source>E&amp;xport the article as Markdown…</source>
            <translation>E&amp;xportar el artículo como Markdown…</translation>
        </message>
        <message>
            <source>Export the &amp;listed articles…</source>
            <translation>Exportar los artículos de la &amp;lista…</translation>
        </message>
        <message>
            <source>Export the whole &amp;library…</source>
            <translation>Exportar toda la &amp;biblioteca…</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>No leídos</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Favoritos</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivados</translation>
        </message>
        <message>
            <source>Has highlights</source>
            <translation>Con subrayados</translation>
        </message>
        <message>
            <source>Best match</source>
            <translation>Relevancia</translation>
        </message>
        <message>
            <source>Date added</source>
            <translation>Fecha de adición</translation>
        </message>
        <message>
            <source>Date published</source>
            <translation>Fecha de publicación</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Reading time</source>
            <translation>Tiempo de lectura</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Árabe</translation>
        </message>
        <message>
            <source>Czech</source>
            <translation>Checo</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>Danés</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Alemán</translation>
        </message>
        <message>
            <source>Greek</source>
            <translation>Griego</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>Finés</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Francés</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>Hebreo</translation>
        </message>
        <message>
            <source>Hungarian</source>
            <translation>Húngaro</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italiano</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>Japonés</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>Coreano</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Neerlandés</translation>
        </message>
        <message>
            <source>Norwegian</source>
            <translation>Noruego</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Polaco</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Portugués</translation>
        </message>
        <message>
            <source>Romanian</source>
            <translation>Rumano</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Ruso</translation>
        </message>
        <message>
            <source>Slovak</source>
            <translation>Eslovaco</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Sueco</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Turco</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ucraniano</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chino</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Sort by</source>
            <translation>Ordenar por</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Todas las fuentes</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Todos los idiomas</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Todas las etiquetas</translation>
        </message>
        <message>
            <source>Descending</source>
            <translation>Descendente</translation>
        </message>
        <message>
            <source>Ascending</source>
            <translation>Ascendente</translation>
        </message>
        <message>
            <source>%1 order (click to reverse)</source>
            <translation>%1 (haz clic para invertir el orden)</translation>
        </message>
        <message numerus="yes">
            <source>Feed: %1 · %n unread</source>
            <translation>
                <numerusform>Canal: %1 · %n no leído</numerusform>
                <numerusform>Canal: %1 · %n no leídos</numerusform>
            </translation>
        </message>
        <message>
            <source>Feed: %1</source>
            <translation>Canal: %1</translation>
        </message>
    </context>
    <context>
        <name>HighlightExport</name>
        <message>
            <source>Export &amp;highlights as Markdown…</source>
            <translation>E&amp;xportar subrayados como Markdown…</translation>
        </message>
        <message>
            <source>Export highlights as Readwise &amp;CSV…</source>
            <translation>Exportar subrayados como CSV de &amp;Readwise…</translation>
        </message>
    </context>
    <context>
        <name>Highlights</name>
        <message>
            <source>Note (plain text; Markdown is kept as typed):</source>
            <translation>Nota (texto sin formato; el Markdown se guarda tal como se escribe):</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Amarillo</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Verde</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Azul</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>Rosa</translation>
        </message>
        <message>
            <source>&amp;Highlight selection</source>
            <translation>&amp;Subrayar la selección</translation>
        </message>
        <message>
            <source>&amp;Undo remove highlight</source>
            <translation>&amp;Restaurar el subrayado eliminado</translation>
        </message>
        <message>
            <source>Article &amp;note…</source>
            <translation>No&amp;ta del artículo…</translation>
        </message>
        <message>
            <source>&amp;Keep this summary sentence</source>
            <translation>&amp;Guardar esta frase del resumen</translation>
        </message>
        <message>
            <source>Select some of the article to highlight it.</source>
            <translation>Selecciona una parte del artículo para subrayarla.</translation>
        </message>
        <message>
            <source>Click a summary sentence, then keep it.</source>
            <translation>Haz clic en una frase del resumen y luego guárdala.</translation>
        </message>
        <message>
            <source>Note on the highlight</source>
            <translation>Nota del subrayado</translation>
        </message>
        <message>
            <source>Highlight removed (Ctrl+Z puts it back).</source>
            <translation>Subrayado eliminado (Ctrl+Z lo restaura).</translation>
        </message>
        <message>
            <source>Note on the article</source>
            <translation>Nota del artículo</translation>
        </message>
        <message>
            <source>Edit note…</source>
            <translation>Editar nota…</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>Añadir nota…</translation>
        </message>
        <message>
            <source>Remove highlight</source>
            <translation>Eliminar subrayado</translation>
        </message>
        <message>
            <source>Highlight</source>
            <translation>Subrayar</translation>
        </message>
        <message>
            <source>This highlight</source>
            <translation>Este subrayado</translation>
        </message>
    </context>
    <context>
        <name>HighlightsView</name>
        <message>
            <source>Your highlights</source>
            <translation>Tus subrayados</translation>
        </message>
        <message>
            <source>Article note</source>
            <translation>Nota del artículo</translation>
        </message>
        <message>
            <source>Could not be placed (the article's text changed):</source>
            <translation>No se pudieron situar (el texto del artículo ha cambiado):</translation>
        </message>
        <message>
            <source>Select text and press Shift+H to highlight it.</source>
            <translation>Selecciona texto y pulsa Shift+H para subrayarlo.</translation>
        </message>
    </context>
    <context>
        <name>ImportActions</name>
        <message>
            <source>&amp;Import files…</source>
            <translation>&amp;Importar archivos…</translation>
        </message>
        <message>
            <source>Import &amp;folder…</source>
            <translation>Importar car&amp;peta…</translation>
        </message>
        <message>
            <source>Add &amp;URL…</source>
            <translation>Añadir &amp;URL…</translation>
        </message>
        <message>
            <source>&amp;Subscribe to feed…</source>
            <translation>Suscribirse a un &amp;canal…</translation>
        </message>
        <message>
            <source>&amp;Refresh feeds</source>
            <translation>Ac&amp;tualizar canales</translation>
        </message>
        <message>
            <source>F&amp;eeds…</source>
            <translation>Ca&amp;nales…</translation>
        </message>
        <message>
            <source>Import &amp;OPML…</source>
            <translation>Importar &amp;OPML…</translation>
        </message>
        <message>
            <source>E&amp;xport OPML…</source>
            <translation>Exportar OP&amp;ML…</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Next &amp;unread article</source>
            <translation>Siguiente artículo &amp;no leído</translation>
        </message>
        <message>
            <source>Focus the article &amp;list</source>
            <translation>Ir a la &amp;lista de artículos</translation>
        </message>
        <message>
            <source>Focus the &amp;article</source>
            <translation>&amp;Ir al artículo</translation>
        </message>
        <message>
            <source>Focus the su&amp;mmary</source>
            <translation>Ir al &amp;resumen</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>L&amp;anguage</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>Como el &amp;sistema</translation>
        </message>
        <message>
            <source>The interface will be in %1 after a restart.</source>
            <translation>Tras reiniciar, la interfaz estará en %1.</translation>
        </message>
        <message>
            <source>The interface will follow the system's language after a restart.</source>
            <translation>Tras reiniciar, la interfaz seguirá el idioma del sistema.</translation>
        </message>
    </context>
    <context>
        <name>LibraryHighlights</name>
        <message>
            <source>All highlights</source>
            <translation>Todos los subrayados</translation>
        </message>
        <message>
            <source>All &amp;highlights…</source>
            <translation>Todos los &amp;subrayados…</translation>
        </message>
    </context>
    <context>
        <name>ListPanel</name>
        <message>
            <source>Search failed: %1</source>
            <translation>Error al buscar: %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article found</source>
            <translation>
                <numerusform>%Ln artículo encontrado</numerusform>
                <numerusform>%Ln artículos encontrados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln articles found</source>
            <translation>
                <numerusform>%Ln artículo encontrado</numerusform>
                <numerusform>%Ln artículos encontrados</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found</source>
            <translation>Sin resultados</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article</source>
            <translation>
                <numerusform>%Ln artículo</numerusform>
                <numerusform>%Ln artículos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln articles</source>
            <translation>
                <numerusform>%Ln artículo</numerusform>
                <numerusform>%Ln artículos</numerusform>
            </translation>
        </message>
        <message>
            <source>No articles here</source>
            <translation>No hay artículos aquí</translation>
        </message>
        <message>
            <source>&amp;Search articles…</source>
            <translation>&amp;Buscar artículos…</translation>
        </message>
        <message>
            <source>Search articles (Ctrl+F, /)</source>
            <translation>Buscar artículos (Ctrl+F, /)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>No time to read? Get a summary</source>
            <translation>¿Sin tiempo para leer? Ver el resumen</translation>
        </message>
        <message>
            <source>Hide the summary</source>
            <translation>Ocultar el resumen</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Artículos</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>Artículo &amp;anterior</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>Artículo &amp;siguiente</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>&amp;Resumen</translation>
        </message>
        <message>
            <source>&amp;Highlight summary in article</source>
            <translation>R&amp;esaltar el resumen en el artículo</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>A&amp;rtículo</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
    </context>
    <context>
        <name>OrganiseActions</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Star</source>
            <translation>&amp;Favorito</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archivado</translation>
        </message>
        <message>
            <source>Keep &amp;unread</source>
            <translation>Dejar como &amp;no leído</translation>
        </message>
        <message>
            <source>&amp;Tags…</source>
            <translation>&amp;Etiquetas…</translation>
        </message>
        <message>
            <source>Tags of this article (T)</source>
            <translation>Etiquetas de este artículo (T)</translation>
        </message>
        <message>
            <source>Starred “%1”.</source>
            <translation>«%1» añadido a favoritos.</translation>
        </message>
        <message>
            <source>Took the star off “%1”.</source>
            <translation>«%1» quitado de favoritos.</translation>
        </message>
        <message>
            <source>“%1” is back from the archive.</source>
            <translation>«%1» ya no está archivado.</translation>
        </message>
        <message>
            <source>Archived “%1”.</source>
            <translation>«%1» archivado.</translation>
        </message>
        <message>
            <source>“%1” stays unread.</source>
            <translation>«%1» sigue sin leer.</translation>
        </message>
        <message>
            <source>Marked “%1” read.</source>
            <translation>«%1» marcado como leído.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>Tags of “%1”: %2.</source>
            <translation>Etiquetas de «%1»: %2.</translation>
        </message>
    </context>
    <context>
        <name>OriginalLink</name>
        <message>
            <source>Open &amp;original in browser</source>
            <translation>Abrir el &amp;original en el navegador</translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>Article text</source>
            <translation>Texto del artículo</translation>
        </message>
    </context>
    <context>
        <name>Reading</name>
        <message>
            <source>%1 min read</source>
            <translation>%1 min de lectura</translation>
        </message>
    </context>
    <context>
        <name>SavedDownloads</name>
        <message>
            <source>Saved pages &amp;not downloaded…</source>
            <translation>Páginas guardadas sin &amp;descargar…</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>Search titles and text  (Ctrl+F or /)</source>
            <translation>Buscar en títulos y texto  (Ctrl+F o /)</translation>
        </message>
        <message>
            <source>Search articles</source>
            <translation>Buscar artículos</translation>
        </message>
    </context>
    <context>
        <name>SearchSteps</name>
        <message>
            <source>Next &amp;match</source>
            <translation>Coincidencia si&amp;guiente</translation>
        </message>
        <message>
            <source>Pre&amp;vious match</source>
            <translation>Coincidencia an&amp;terior</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Reading</source>
            <translation>Lectura</translation>
        </message>
        <message>
            <source>Page down; at the end, the next unread article</source>
            <translation>Avanzar página; al final, el siguiente artículo no leído</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Retroceder página</translation>
        </message>
        <message>
            <source>Unfold the full text (skim mode)</source>
            <translation>Desplegar el texto completo (lectura rápida)</translation>
        </message>
        <message>
            <source>Next link or summary sentence</source>
            <translation>Siguiente enlace o frase del resumen</translation>
        </message>
        <message>
            <source>Follow the focused link or sentence</source>
            <translation>Seguir el enlace o la frase seleccionados</translation>
        </message>
        <message>
            <source>menu</source>
            <translation>menú</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menú</translation>
        </message>
        <message>
            <source>Shortcuts</source>
            <translation>Atajos</translation>
        </message>
        <message>
            <source>Single-letter keys work anywhere in the window except while typing.</source>
            <translation>Las teclas de una sola letra funcionan en toda la ventana, salvo mientras escribes.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts (?, F1)</source>
            <translation>Atajos de teclado (?, F1)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
    </context>
    <context>
        <name>SkimMode</name>
        <message>
            <source>S&amp;kim mode: summary first</source>
            <translation>Le&amp;ctura rápida: primero el resumen</translation>
        </message>
        <message>
            <source>Skim mode: open articles on their summary (Ctrl+K)</source>
            <translation>Lectura rápida: abrir los artículos por su resumen (Ctrl+K)</translation>
        </message>
    </context>
    <context>
        <name>SummaryPane</name>
        <message>
            <source>This article has no sections to summarize by, so here is its usual summary.</source>
            <translation>Este artículo no tiene secciones por las que resumirlo; este es su resumen habitual.</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automático</translation>
        </message>
        <message>
            <source>Sentences</source>
            <translation>Frases</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Porcentaje</translation>
        </message>
        <message>
            <source>By section</source>
            <translation>Por secciones</translation>
        </message>
        <message>
            <source>Lede (default)</source>
            <translation>Lede (predeterminado)</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Reading time saved</source>
            <translation>Tiempo de lectura ahorrado</translation>
        </message>
        <message>
            <source>Summary algorithm</source>
            <translation>Algoritmo del resumen</translation>
        </message>
        <message>
            <source>Summary length unit</source>
            <translation>Unidad de longitud del resumen</translation>
        </message>
        <message>
            <source>Summary length</source>
            <translation>Longitud del resumen</translation>
        </message>
        <message>
            <source>Highlight in article</source>
            <translation>Resaltar en el artículo</translation>
        </message>
        <message>
            <source>Highlight the summary in the article</source>
            <translation>Resaltar el resumen en el artículo</translation>
        </message>
        <message>
            <source>Summary sentences</source>
            <translation>Frases del resumen</translation>
        </message>
        <message>
            <source>Tab moves between sentences; Enter shows the sentence in the article</source>
            <translation>Tab pasa de una frase a otra; Enter muestra la frase en el artículo</translation>
        </message>
        <message>
            <source>Algorithm</source>
            <translation>Algoritmo</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Longitud</translation>
        </message>
        <message>
            <source> sentences</source>
            <translation> frases</translation>
        </message>
        <message>
            <source>Summarizing…</source>
            <translation>Resumiendo…</translation>
        </message>
        <message numerus="yes">
            <source>This article is too short to summarize: it has %n sentences. Read it whole.</source>
            <translation>
                <numerusform>Este artículo es demasiado corto para resumirlo: tiene %n frase. Léelo entero.</numerusform>
                <numerusform>Este artículo es demasiado corto para resumirlo: tiene %n frases. Léelo entero.</numerusform>
            </translation>
        </message>
        <message>
            <source>In bold: the sentence that ranks highest in this summary.</source>
            <translation>En negrita: la frase más importante de este resumen.</translation>
        </message>
        <message numerus="yes">
            <source>In bold: the %n sentences that rank highest in this summary.</source>
            <translation>
                <numerusform>En negrita: la frase más importante de este resumen.</numerusform>
                <numerusform>En negrita: las %n frases más importantes de este resumen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n sentences</source>
            <translation>
                <numerusform>%1 de %n frase</numerusform>
                <numerusform>%1 de %n frases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n sections</source>
            <translation>
                <numerusform> · %n sección</numerusform>
                <numerusform> · %n secciones</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 → %2 min summary · %3</source>
            <translation>%1 → %2 min de resumen · %3</translation>
        </message>
        <message>
            <source>%1 · %2% of the words</source>
            <translation>%1 · %2 % de las palabras</translation>
        </message>
        <message>
            <source>Ranks %4 of the %2 summary sentences; sentence %3 of the article. Click to see it there.</source>
            <translation>Puesto %1 de las %2 frases del resumen; frase %3 del artículo. Haz clic para verla allí.</translation>
        </message>
        <message>
            <source>p.</source>
            <translation>pág.</translation>
        </message>
    </context>
    <context>
        <name>TldrLine</name>
        <message>
            <source>&amp;TL;DR line under titles</source>
            <translation>Línea TL;DR &amp;bajo los títulos</translation>
        </message>
        <message>
            <source>Show a one-sentence summary under each title, computed in the background</source>
            <translation>Un resumen de una frase bajo cada título, calculado en segundo plano</translation>
        </message>
    </context>
</TS>
