skip-to-content = Ir al contenido
nav-languages = Idiomas
nav-main = Menú principal
menu = Menú
fallback-notice = Esta página aún no está disponible en español. Se muestra en otro idioma: { $language }.
partial-notice = El { $percent } de esta página está traducido al español. El resto se muestra en otro idioma: { $languages }.
stale-notice = La versión original ({ $language }) se ha actualizado desde que se hizo esta traducción.
read-original = Leer la versión original
footer-about = Creado con tolk.
choose-language = Seleccionar idioma
next-events = Próximas actividades
no-upcoming-events = En este momento no hay actividades programadas.
no-past-events = No hay actividades anteriores.
whole-calendar = Calendario completo
upcoming-events = Próximas
past-events = Anteriores
event-cancelled = Cancelada
event-postponed = Aplazada
event-when = Fecha
event-where = Lugar
event-online = Participar en línea
event-audience = Dirigido a
event-languages = Idiomas
event-registration = Inscripción
event-register = Inscribirse
event-deadline = hasta el
no-news = Todavía no hay noticias.
published = Publicado el
contact-phone = Teléfono
contact-mobile = Móvil
contact-email = Correo electrónico
not-found-title = Página no encontrada
not-found-text = La página que busca no existe o ha cambiado de dirección.
back-to-home = Ir a la página de inicio
event-add-to-calendar = Añadir a su calendario
event-download-ics = Descargar (iCalendar, .ics)
calendar-subscribe = Suscribirse al calendario (iCalendar)
contact-vcard = Guardar los datos de contacto de { $name } (vCard)

## Búsqueda (un campo en la cabecera y una página de resultados por idioma)
search = Buscar
search-label = Buscar en este sitio web
search-submit = Buscar
search-results-title = Resultados de la búsqueda
search-results-count =
    { $count ->
        [one] Un resultado para «{ $query }»
        [many] { $count } de resultados para «{ $query }»
       *[other] { $count } resultados para «{ $query }»
    }
search-no-results = No hay resultados para «{ $query }». Pruebe con otra palabra o con una búsqueda más corta.
search-searching = Buscando…
search-offline = La búsqueda no funciona cuando el sitio se abre como archivos en su ordenador. Para buscar, abra el sitio web en internet.
search-untranslated = Para encontrar las páginas que aún no están traducidas, busque en el idioma original de cada página.
search-more = Mostrar más resultados

## Etiquetas y listas paginadas
tags = Etiquetas
tag-title = Páginas con la etiqueta «{ $tag }»
all-tags = Todas las etiquetas
tag-count =
    { $count ->
        [one] Una página
        [many] { $count } de páginas
       *[other] { $count } páginas
    }
pagination = Paginación
pagination-previous = Página anterior
pagination-next = Página siguiente
pagination-page = Página { $number } de { $total }
pagination-path = página
list-feed = Seguir esta lista (canal Atom)

## Recuadros, figuras y contenido multimedia insertado
callout-note = Nota
callout-tip = Sugerencia
callout-important = Importante
callout-warning = Advertencia
callout-caution = Precaución
embed-notice = Este vídeo está alojado en { $host }. No se carga hasta que usted decida reproducirlo, porque al reproducirlo se envían datos a { $host }.
embed-play = Reproducir el vídeo (carga contenido de { $host })
embed-open = Verlo en { $host }
download-file = Descargar { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Editar esta página

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Vista previa: esta página aún no está publicada. Aparecerá en el sitio el { $date }.
schedule-expired = Vista previa: esta página ya no está publicada. Se retiró del sitio el { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Aún no publicada
schedule-badge-expired = Ya no está publicada
# Heading of a page's table of contents.
toc-heading = Índice
