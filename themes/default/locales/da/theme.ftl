skip-to-content = Gå til indhold
nav-languages = Sprog
nav-main = Hovedmenu
menu = Menu
fallback-notice = Denne side findes endnu ikke på dansk. Den vises på et andet sprog: { $language }.
partial-notice = { $percent } af denne side er oversat til dansk. Resten vises på et andet sprog: { $languages }.
stale-notice = Originalen ({ $language }) er blevet opdateret, siden denne oversættelse blev lavet.
read-original = Læs originalen
footer-about = Lavet med tolk.
choose-language = Vælg sprog
next-events = Næste arrangementer
no-upcoming-events = Der er ingen kommende arrangementer lige nu.
no-past-events = Der er ingen tidligere arrangementer.
whole-calendar = Hele kalenderen
upcoming-events = Kommende arrangementer
past-events = Tidligere arrangementer
event-cancelled = Aflyst
event-postponed = Udsat
event-when = Hvornår
event-where = Hvor
event-online = Deltag online
event-audience = Målgruppe
event-languages = Sprog
event-registration = Tilmelding
event-register = Tilmeld dig
event-deadline = senest
no-news = Der er ingen nyheder endnu.
published = Publiceret
contact-phone = Telefon
contact-mobile = Mobil
contact-email = E-mail
not-found-title = Siden blev ikke fundet
not-found-text = Den side, du leder efter, findes ikke eller er flyttet.
back-to-home = Gå til forsiden
event-add-to-calendar = Føj til din kalender
event-download-ics = Download (iCalendar, .ics)
calendar-subscribe = Abonnér på kalenderen (iCalendar)
contact-vcard = Gem kontaktoplysninger for { $name } (vCard)

## Søgning (et felt i sidehovedet, en resultatside for hvert sprog)
search = Søg
search-label = Søg på hjemmesiden
search-submit = Søg
search-results-title = Søgeresultater
search-results-count =
    { $count ->
        [one] { $count } resultat for »{ $query }«
       *[other] { $count } resultater for »{ $query }«
    }
search-no-results = Ingen resultater for »{ $query }«. Prøv et andet ord eller en kortere søgning.
search-searching = Søger …
search-offline = Søgningen virker ikke, når hjemmesiden er åbnet som filer på din computer. Åbn hjemmesiden på nettet for at søge.
search-untranslated = Sider, der endnu ikke er oversat, kan du finde ved at søge på deres originalsprog.
search-more = Vis flere resultater

## Emneord og lister på flere sider
tags = Emneord
tag-title = Sider med emneordet »{ $tag }«
all-tags = Alle emneord
tag-count =
    { $count ->
        [one] { $count } side
       *[other] { $count } sider
    }
pagination = Sider i listen
pagination-previous = Forrige side
pagination-next = Næste side
pagination-page = Side { $number } af { $total }
pagination-path = side
list-feed = Følg listen (Atom-feed)

## Faktabokse, figurer og indlejrede medier
callout-note = Bemærk
callout-tip = Tip
callout-important = Vigtigt
callout-warning = Advarsel
callout-caution = Pas på
embed-notice = Videoen ligger hos { $host }. Den indlæses først, når du vælger at afspille den, fordi afspilningen sender data til { $host }.
embed-play = Afspil videoen (henter indhold fra { $host })
embed-open = Se den på { $host }
download-file = Download { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Rediger denne side

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Forhåndsvisning: siden er ikke offentliggjort endnu. Den vises på webstedet { $date }.
schedule-expired = Forhåndsvisning: siden er ikke længere offentliggjort. Den blev fjernet fra webstedet { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Ikke offentliggjort endnu
schedule-badge-expired = Ikke længere offentliggjort
# Heading of a page's table of contents.
toc-heading = Indhold
