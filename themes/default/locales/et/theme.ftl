skip-to-content = Liigu sisu juurde
nav-languages = Keeled
nav-main = Peamenüü
menu = Menüü
fallback-notice = See leht ei ole veel eesti keeles saadaval. Lehte näidatakse teises keeles: { $language }.
partial-notice = Sellest lehest on eesti keelde tõlgitud { $percent }. Ülejäänut näidatakse teises keeles: { $languages }.
stale-notice = Originaali ({ $language }) on pärast selle tõlke valmimist uuendatud.
read-original = Loe originaali
footer-about = Tehtud tööriistaga tolk.
choose-language = Vali keel
next-events = Tulekul
no-upcoming-events = Eelseisvaid üritusi praegu ei ole.
no-past-events = Toimunud üritusi ei ole.
whole-calendar = Kogu kalender
upcoming-events = Eelseisvad üritused
past-events = Toimunud üritused
event-cancelled = Tühistatud
event-postponed = Edasi lükatud
event-when = Millal
event-where = Kus
event-online = Osale veebis
event-audience = Kellele
event-languages = Keeled
event-registration = Registreerimine
event-register = Registreeru
event-deadline = tähtaeg
no-news = Uudiseid veel ei ole.
published = Avaldatud
contact-phone = Telefon
contact-mobile = Mobiil
contact-email = E-post
not-found-title = Lehte ei leitud
not-found-text = Otsitavat lehte ei ole olemas või see on teisaldatud.
back-to-home = Mine avalehele
event-add-to-calendar = Lisa oma kalendrisse
event-download-ics = Laadi alla (iCalendar, .ics)
calendar-subscribe = Telli kalender (iCalendar)
contact-vcard = Salvesta kontaktandmed: { $name } (vCard)

## Otsing (väli lehe päises, iga keele jaoks oma tulemuste leht)
search = Otsing
search-label = Otsi veebilehelt
search-submit = Otsi
search-results-title = Otsingutulemused
search-results-count =
    { $count ->
        [one] Üks tulemus päringule „{ $query }“
       *[other] { $count } tulemust päringule „{ $query }“
    }
search-no-results = Päringule „{ $query }“ ei leitud tulemusi. Proovi mõnda teist sõna või lühemat otsingut.
search-searching = Otsin…
search-offline = Otsing ei tööta, kui veebileht on avatud failidena sinu arvutis. Otsimiseks ava veebileht internetis.
search-untranslated = Veel tõlkimata lehed leiad, kui otsid nende originaalkeeles.
search-more = Näita rohkem tulemusi

## Märksõnad ja mitmeleheküljelised loendid
tags = Märksõnad
tag-title = Märksõna „{ $tag }“
all-tags = Kõik märksõnad
tag-count =
    { $count ->
        [one] Üks leht
       *[other] { $count } lehte
    }
pagination = Loendi lehed
pagination-previous = Eelmine leht
pagination-next = Järgmine leht
pagination-page = Leht { $number }/{ $total }
pagination-path = lehekülg
list-feed = Jälgi seda loendit (Atom-voog)

## Teabekastid, joonised ja manustatud meedia
callout-note = Märkus
callout-tip = Nõuanne
callout-important = Tähtis
callout-warning = Hoiatus
callout-caution = Ettevaatust
embed-notice = Seda videot majutab { $host }. Video laaditakse alles siis, kui otsustad selle esitada, sest esitamisel saadetakse andmeid teenusele { $host }.
embed-play = Esita video (laadib sisu teenusest { $host })
embed-open = Vaata teenuses { $host }
download-file = Laadi alla fail { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Muuda seda lehte

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Eelvaade: seda lehte pole veel avaldatud. See ilmub veebisaidile { $date }.
schedule-expired = Eelvaade: see leht pole enam avaldatud. See eemaldati veebisaidilt { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Pole veel avaldatud
schedule-badge-expired = Pole enam avaldatud
# Heading of a page's table of contents.
toc-heading = Sisukord
