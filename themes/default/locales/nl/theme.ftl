skip-to-content = Direct naar de inhoud
nav-languages = Talen
nav-main = Hoofdmenu
menu = Menu
fallback-notice = Deze pagina is nog niet beschikbaar in het Nederlands. De pagina wordt getoond in een andere taal: { $language }.
partial-notice = Deze pagina is voor { $percent } vertaald in het Nederlands. De rest wordt getoond in een andere taal: { $languages }.
stale-notice = Het origineel ({ $language }) is bijgewerkt nadat deze vertaling werd gemaakt.
read-original = Lees het origineel
footer-about = Gemaakt met tolk.
choose-language = Kies een taal
next-events = Binnenkort
no-upcoming-events = Er zijn op dit moment geen geplande activiteiten.
no-past-events = Er zijn geen afgelopen activiteiten.
whole-calendar = Volledige agenda
upcoming-events = Komende activiteiten
past-events = Afgelopen activiteiten
event-cancelled = Geannuleerd
event-postponed = Uitgesteld
event-when = Wanneer
event-where = Waar
event-online = Online deelnemen
event-audience = Voor wie
event-languages = Talen
event-registration = Aanmelding
event-register = Meld u aan
event-deadline = uiterlijk
no-news = Er is nog geen nieuws.
published = Gepubliceerd op
contact-phone = Telefoon
contact-mobile = Mobiel
contact-email = E-mail
not-found-title = Pagina niet gevonden
not-found-text = De pagina die u zoekt, bestaat niet of is verplaatst.
back-to-home = Naar de homepage
event-add-to-calendar = Toevoegen aan uw agenda
event-download-ics = Downloaden (iCalendar, .ics)
calendar-subscribe = Abonneren op de agenda (iCalendar)
contact-vcard = Contactgegevens van { $name } opslaan (vCard)

## Zoeken (een veld in de kop van de pagina, een resultatenpagina per taal)
search = Zoeken
search-label = Zoeken op deze website
search-submit = Zoeken
search-results-title = Zoekresultaten
search-results-count =
    { $count ->
        [one] Eén resultaat voor ‘{ $query }’
       *[other] { $count } resultaten voor ‘{ $query }’
    }
search-no-results = Geen resultaten voor ‘{ $query }’. Probeer een ander woord of een kortere zoekopdracht.
search-searching = Bezig met zoeken…
search-offline = Zoeken werkt niet wanneer u de website als bestanden op uw computer opent. Open de website op internet om te zoeken.
search-untranslated = Pagina’s die nog niet vertaald zijn, vindt u door te zoeken in hun oorspronkelijke taal.
search-more = Meer resultaten tonen

## Trefwoorden en lijsten met meerdere pagina’s
tags = Trefwoorden
tag-title = Pagina’s met het trefwoord ‘{ $tag }’
all-tags = Alle trefwoorden
tag-count =
    { $count ->
        [one] Eén pagina
       *[other] { $count } pagina’s
    }
pagination = Paginanavigatie
pagination-previous = Vorige pagina
pagination-next = Volgende pagina
pagination-page = Pagina { $number } van { $total }
pagination-path = pagina
list-feed = Deze lijst volgen (Atom-feed)

## Kaders, afbeeldingen en ingesloten media
callout-note = Opmerking
callout-tip = Tip
callout-important = Belangrijk
callout-warning = Waarschuwing
callout-caution = Let op
embed-notice = Deze video staat op { $host }. De video wordt pas geladen als u hem afspeelt, want bij het afspelen worden gegevens naar { $host } verstuurd.
embed-play = Video afspelen (laadt inhoud van { $host })
embed-open = Bekijk de video op { $host }
download-file = { $name } downloaden ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Deze pagina bewerken

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Voorbeeld: deze pagina is nog niet gepubliceerd. Ze verschijnt op { $date } op de website.
schedule-expired = Voorbeeld: deze pagina is niet meer gepubliceerd. Ze is op { $date } van de website gehaald.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Nog niet gepubliceerd
schedule-badge-expired = Niet meer gepubliceerd
# Heading of a page's table of contents.
toc-heading = Inhoud
