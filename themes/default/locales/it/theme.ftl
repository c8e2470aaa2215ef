skip-to-content = Vai al contenuto
nav-languages = Lingue
nav-main = Menu principale
menu = Menu
fallback-notice = Questa pagina non è ancora disponibile in italiano. Viene mostrata in un’altra lingua: { $language }.
partial-notice = Parte di questa pagina tradotta in italiano: { $percent }. Il resto viene mostrato in un’altra lingua: { $languages }.
stale-notice = La versione originale ({ $language }) è stata aggiornata dopo la realizzazione di questa traduzione.
read-original = Leggi la versione originale
footer-about = Realizzato con tolk.
choose-language = Scegli la lingua
next-events = Prossimi eventi
no-upcoming-events = Al momento non ci sono eventi in programma.
no-past-events = Non ci sono eventi passati.
whole-calendar = Calendario completo
upcoming-events = In programma
past-events = Passati
event-cancelled = Annullato
event-postponed = Rinviato
event-when = Quando
event-where = Dove
event-online = Partecipa online
event-audience = A chi è rivolto
event-languages = Lingue
event-registration = Iscrizione
event-register = Iscriviti
event-deadline = scadenza:
no-news = Non ci sono ancora notizie.
published = Data di pubblicazione:
contact-phone = Telefono
contact-mobile = Cellulare
contact-email = E-mail
not-found-title = Pagina non trovata
not-found-text = La pagina che stai cercando non esiste o è stata spostata.
back-to-home = Vai alla homepage
event-add-to-calendar = Aggiungi al tuo calendario
event-download-ics = Scarica (iCalendar, .ics)
calendar-subscribe = Abbonati al calendario (iCalendar)
contact-vcard = Salva i contatti di { $name } (vCard)

## Ricerca (un campo nell’intestazione, una pagina di risultati per lingua)
search = Cerca
search-label = Cerca nel sito
search-submit = Cerca
search-results-title = Risultati della ricerca
search-results-count =
    { $count ->
        [one] Un risultato per «{ $query }»
        [many] { $count } di risultati per «{ $query }»
       *[other] { $count } risultati per «{ $query }»
    }
search-no-results = Nessun risultato per «{ $query }». Prova con un’altra parola o con una ricerca più breve.
search-searching = Ricerca in corso…
search-offline = La ricerca non funziona quando il sito è aperto come file sul tuo computer. Per effettuare una ricerca, apri il sito sul web.
search-untranslated = Le pagine non ancora tradotte si trovano cercando nella loro lingua originale.
search-more = Mostra altri risultati

## Tag ed elenchi su più pagine
tags = Tag
tag-title = Pagine con il tag «{ $tag }»
all-tags = Tutti i tag
tag-count =
    { $count ->
        [one] Una pagina
        [many] { $count } di pagine
       *[other] { $count } pagine
    }
pagination = Paginazione
pagination-previous = Pagina precedente
pagination-next = Pagina successiva
pagination-page = Pagina { $number } di { $total }
pagination-path = pagina
list-feed = Segui questo elenco (feed Atom)

## Riquadri, figure e contenuti multimediali incorporati
callout-note = Nota
callout-tip = Suggerimento
callout-important = Importante
callout-warning = Avvertenza
callout-caution = Attenzione
embed-notice = Questo video è ospitato su { $host }. Non viene caricato finché non scegli di riprodurlo, perché la riproduzione invia dati a { $host }.
embed-play = Riproduci il video (carica contenuti da { $host })
embed-open = Guardalo su { $host }
download-file = Scarica { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Modifica questa pagina

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Anteprima: questa pagina non è ancora pubblicata. Comparirà sul sito il { $date }.
schedule-expired = Anteprima: questa pagina non è più pubblicata. È stata rimossa dal sito il { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Non ancora pubblicata
schedule-badge-expired = Non più pubblicata
# Heading of a page's table of contents.
toc-heading = Indice
