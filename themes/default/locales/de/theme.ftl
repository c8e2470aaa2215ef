skip-to-content = Direkt zum Inhalt
nav-languages = Sprachen
nav-main = Hauptmenü
menu = Menü
fallback-notice = Diese Seite ist noch nicht auf Deutsch verfügbar. Sie wird in einer anderen Sprache angezeigt: { $language }.
partial-notice = Diese Seite ist zu { $percent } ins Deutsche übersetzt. Der Rest wird in einer anderen Sprache angezeigt: { $languages }.
stale-notice = Das Original ({ $language }) wurde aktualisiert, nachdem diese Übersetzung erstellt wurde.
read-original = Original lesen
footer-about = Erstellt mit tolk.
choose-language = Sprache wählen
next-events = Nächste Veranstaltungen
no-upcoming-events = Derzeit sind keine Veranstaltungen geplant.
no-past-events = Es gibt keine vergangenen Veranstaltungen.
whole-calendar = Zum Veranstaltungskalender
upcoming-events = Kommende Veranstaltungen
past-events = Vergangene Veranstaltungen
event-cancelled = Abgesagt
event-postponed = Verschoben
event-when = Wann
event-where = Wo
event-online = Online teilnehmen
event-audience = Zielgruppe
event-languages = Sprachen
event-registration = Anmeldung
event-register = Anmelden
event-deadline = bis zum
no-news = Es gibt noch keine Meldungen.
published = Veröffentlicht am
contact-phone = Telefon
contact-mobile = Mobil
contact-email = E-Mail
not-found-title = Seite nicht gefunden
not-found-text = Die gesuchte Seite existiert nicht oder wurde verschoben.
back-to-home = Zur Startseite
event-add-to-calendar = Zum eigenen Kalender hinzufügen
event-download-ics = Herunterladen (iCalendar, .ics)
calendar-subscribe = Kalender abonnieren (iCalendar)
contact-vcard = Kontaktdaten von { $name } speichern (vCard)

## Suche (ein Feld im Seitenkopf, eine Ergebnisseite je Sprache)
search = Suche
search-label = Diese Website durchsuchen
search-submit = Suchen
search-results-title = Suchergebnisse
search-results-count =
    { $count ->
        [one] Ein Ergebnis für „{ $query }“
       *[other] { $count } Ergebnisse für „{ $query }“
    }
search-no-results = Keine Ergebnisse für „{ $query }“. Versuchen Sie es mit einem anderen Wort oder einem kürzeren Suchbegriff.
search-searching = Suche läuft …
search-offline = Die Suche funktioniert nicht, wenn die Website als Dateien auf Ihrem Computer geöffnet wird. Öffnen Sie die Website im Internet, um sie zu durchsuchen.
search-untranslated = Seiten, die noch nicht übersetzt sind, finden Sie, indem Sie in ihrer Originalsprache suchen.
search-more = Weitere Ergebnisse anzeigen

## Schlagwörter und mehrseitige Listen
tags = Schlagwörter
tag-title = Seiten mit dem Schlagwort „{ $tag }“
all-tags = Alle Schlagwörter
tag-count =
    { $count ->
        [one] Eine Seite
       *[other] { $count } Seiten
    }
pagination = Seitennavigation
pagination-previous = Vorherige Seite
pagination-next = Nächste Seite
pagination-page = Seite { $number } von { $total }
pagination-path = seite
list-feed = Dieser Liste folgen (Atom-Feed)

## Hinweisboxen, Abbildungen und eingebettete Medien
callout-note = Hinweis
callout-tip = Tipp
callout-important = Wichtig
callout-warning = Warnung
callout-caution = Vorsicht
embed-notice = Dieses Video wird von { $host } bereitgestellt. Es wird erst geladen, wenn Sie es abspielen, denn beim Abspielen werden Daten an { $host } übertragen.
embed-play = Video abspielen (lädt Inhalte von { $host })
embed-open = Auf { $host } ansehen
download-file = { $name } herunterladen ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Diese Seite bearbeiten

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Vorschau: Diese Seite ist noch nicht veröffentlicht. Sie erscheint am { $date } auf der Website.
schedule-expired = Vorschau: Diese Seite ist nicht mehr veröffentlicht. Sie wurde am { $date } von der Website genommen.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Noch nicht veröffentlicht
schedule-badge-expired = Nicht mehr veröffentlicht
# Heading of a page's table of contents.
toc-heading = Inhalt
