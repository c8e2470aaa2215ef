skip-to-content = Ugrás a tartalomra
nav-languages = Nyelvi változatok
nav-main = Főmenü
menu = Menü
fallback-notice = Ez az oldal még nem érhető el magyarul. Más nyelven jelenik meg: { $language }.
partial-notice = Az oldal magyarra lefordított része: { $percent }. A többi más nyelven jelenik meg: { $languages }.
stale-notice = Az eredeti szöveg ({ $language }) a fordítás elkészülte óta frissült.
read-original = Az eredeti szöveg megtekintése
footer-about = Az oldal a tolk segítségével készült.
choose-language = Válasszon nyelvet
next-events = Közelgő események
no-upcoming-events = Jelenleg nincs közelgő esemény.
no-past-events = Nincs korábbi esemény.
whole-calendar = Teljes naptár
upcoming-events = Közelgő események
past-events = Korábbi események
event-cancelled = Elmarad
event-postponed = Elhalasztva
event-when = Időpont
event-where = Helyszín
event-online = Online részvétel
event-audience = Kinek szól
event-languages = Nyelvek
event-registration = Regisztráció
event-register = Regisztráljon
event-deadline = határidő:
no-news = Még nincsenek hírek.
published = Közzétéve:
contact-phone = Telefon
contact-mobile = Mobil
contact-email = E-mail
not-found-title = Az oldal nem található
not-found-text = A keresett oldal nem létezik, vagy más címre került.
back-to-home = Ugrás a kezdőlapra
event-add-to-calendar = Hozzáadás a naptárhoz
event-download-ics = Letöltés (iCalendar, .ics)
calendar-subscribe = Feliratkozás a naptárra (iCalendar)
contact-vcard = Névjegy mentése: { $name } (vCard)

## Keresés (mező a fejlécben, nyelvenként egy találati oldal)
search = Keresés
search-label = Keresés a webhelyen
search-submit = Keresés
search-results-title = Keresési találatok
search-results-count =
    { $count ->
        [one] Egy találat erre: „{ $query }”
       *[other] { $count } találat erre: „{ $query }”
    }
search-no-results = Nincs találat erre: „{ $query }”. Próbálkozzon másik szóval vagy rövidebb keresőkifejezéssel.
search-searching = Keresés…
search-offline = A keresés nem működik, ha a webhelyet fájlként nyitja meg a számítógépén. A kereséshez nyissa meg a webhelyet az interneten.
search-untranslated = A még le nem fordított oldalakat az eredeti nyelvükön keresve találhatja meg.
search-more = További találatok

## Címkék és többoldalas listák
tags = Címkék
tag-title = Címke: „{ $tag }”
all-tags = Összes címke
tag-count =
    { $count ->
        [one] Egy oldal
       *[other] { $count } oldal
    }
pagination = Lapozás
pagination-previous = Előző oldal
pagination-next = Következő oldal
pagination-page = { $number }. oldal (összesen: { $total })
pagination-path = oldal
list-feed = A lista követése (Atom-hírcsatorna)

## Kiemelt szövegdobozok, ábrák és beágyazott médiatartalmak
callout-note = Megjegyzés
callout-tip = Tipp
callout-important = Fontos
callout-warning = Figyelmeztetés
callout-caution = Vigyázat
embed-notice = A videó külső szolgáltatónál ({ $host }) található. Csak akkor töltődik be, ha Ön elindítja, mert lejátszáskor a böngésző adatokat küld a szolgáltatónak ({ $host }).
embed-play = Videó lejátszása (tartalmat tölt be innen: { $host })
embed-open = Megtekintés itt: { $host }
download-file = { $name } letöltése ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Oldal szerkesztése

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Előnézet: ez az oldal még nem jelent meg. A webhelyen ekkor jelenik meg: { $date }.
schedule-expired = Előnézet: ez az oldal már nem nyilvános. Ekkor került le a webhelyről: { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Még nem jelent meg
schedule-badge-expired = Már nem nyilvános
# Heading of a page's table of contents.
toc-heading = Tartalom
