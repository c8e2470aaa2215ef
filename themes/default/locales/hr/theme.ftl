skip-to-content = Preskoči na sadržaj
nav-languages = Jezične inačice
nav-main = Glavni izbornik
menu = Izbornik
fallback-notice = Ova stranica još nije dostupna na hrvatskom jeziku. Prikazuje se na drugom jeziku: { $language }.
partial-notice = Na hrvatski jezik prevedeno je { $percent } ove stranice. Ostatak se prikazuje na drugom jeziku: { $languages }.
stale-notice = Izvornik ({ $language }) ažuriran je nakon izrade ovog prijevoda.
read-original = Pročitajte izvornik
footer-about = Izrađeno alatom tolk.
choose-language = Odaberite jezik
next-events = Nadolazeća događanja
no-upcoming-events = Trenutačno nema najavljenih događanja.
no-past-events = Nema prošlih događanja.
whole-calendar = Cijeli kalendar
upcoming-events = Nadolazeća
past-events = Prošla
event-cancelled = Otkazano
event-postponed = Odgođeno
event-when = Kada
event-where = Gdje
event-online = Sudjelovanje putem interneta
event-audience = Kome je namijenjeno
event-languages = Jezici
event-registration = Prijava
event-register = Prijavite se
event-deadline = do
no-news = Još nema vijesti.
published = Objavljeno
contact-phone = Telefon
contact-mobile = Mobitel
contact-email = E-pošta
not-found-title = Stranica nije pronađena
not-found-text = Stranica koju tražite ne postoji ili je premještena.
back-to-home = Na početnu stranicu
event-add-to-calendar = Dodajte u kalendar
event-download-ics = Preuzmite (iCalendar, .ics)
calendar-subscribe = Pretplatite se na kalendar (iCalendar)
contact-vcard = Spremite kontakt: { $name } (vCard)

## Pretraživanje (polje u zaglavlju, stranica s rezultatima za svaki jezik)
search = Pretraživanje
search-label = Pretražite ove mrežne stranice
search-submit = Traži
search-results-title = Rezultati pretraživanja
search-results-count =
    { $count ->
        [one] { $count } rezultat za „{ $query }“
        [few] { $count } rezultata za „{ $query }“
       *[other] { $count } rezultata za „{ $query }“
    }
search-no-results = Nema rezultata za „{ $query }“. Pokušajte s drugom riječi ili kraćim upitom.
search-searching = Pretraživanje…
search-offline = Pretraživanje ne radi kada su mrežne stranice otvorene kao datoteke na vašem računalu. Za pretraživanje otvorite stranice na internetu.
search-untranslated = Stranice koje još nisu prevedene možete pronaći pretraživanjem na njihovu izvornom jeziku.
search-more = Prikaži više rezultata

## Oznake i popisi na više stranica
tags = Oznake
tag-title = Sadržaj s oznakom „{ $tag }“
all-tags = Sve oznake
tag-count =
    { $count ->
        [one] { $count } stranica
        [few] { $count } stranice
       *[other] { $count } stranica
    }
pagination = Stranice popisa
pagination-previous = Prethodna stranica
pagination-next = Sljedeća stranica
pagination-page = Stranica { $number } od { $total }
pagination-path = stranica
list-feed = Pratite ovaj popis (Atom kanal)

## Okviri s napomenama, slike i ugrađeni mediji
callout-note = Napomena
callout-tip = Savjet
callout-important = Važno
callout-warning = Upozorenje
callout-caution = Oprez
embed-notice = Ovaj videozapis nalazi se na poslužitelju { $host }. Učitat će se tek kada ga odlučite pokrenuti jer se pri reprodukciji podaci šalju poslužitelju { $host }.
embed-play = Pokrenite videozapis (učitava sadržaj s poslužitelja { $host })
embed-open = Pogledajte na { $host }
download-file = Preuzmite { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Uredi ovu stranicu

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Pregled: ova stranica još nije objavljena. Na mrežnom mjestu pojavit će se { $date }.
schedule-expired = Pregled: ova stranica više nije objavljena. S mrežnog mjesta uklonjena je { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Još nije objavljeno
schedule-badge-expired = Više nije objavljeno
# Heading of a page's table of contents.
toc-heading = Sadržaj
