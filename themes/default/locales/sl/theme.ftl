skip-to-content = Preskoči na vsebino
nav-languages = Jezikovne različice
nav-main = Glavni meni
menu = Meni
fallback-notice = Ta stran še ni na voljo v slovenščini. Prikazana je v drugem jeziku: { $language }.
partial-notice = Delež strani, preveden v slovenščino: { $percent }. Preostanek je prikazan v drugem jeziku: { $languages }.
stale-notice = Izvirnik ({ $language }) je bil posodobljen, odkar je bil pripravljen ta prevod.
read-original = Preberi izvirnik
footer-about = Izdelano z orodjem tolk.
choose-language = Izberite jezik
next-events = Prihodnji dogodki
no-upcoming-events = Trenutno ni napovedanih dogodkov.
no-past-events = Preteklih dogodkov ni.
whole-calendar = Celoten koledar
upcoming-events = Prihodnji
past-events = Pretekli
event-cancelled = Odpovedano
event-postponed = Prestavljeno
event-when = Kdaj
event-where = Kje
event-online = Spletna udeležba
event-audience = Komu je namenjeno
event-languages = Jeziki
event-registration = Prijava
event-register = Prijavite se
event-deadline = rok:
no-news = Novic še ni.
published = Objavljeno:
contact-phone = Telefon
contact-mobile = Mobilni telefon
contact-email = E-pošta
not-found-title = Strani ni mogoče najti
not-found-text = Stran, ki jo iščete, ne obstaja ali je bila premaknjena.
back-to-home = Na domačo stran
event-add-to-calendar = Dodaj v koledar
event-download-ics = Prenesi (iCalendar, .ics)
calendar-subscribe = Naroči se na koledar (iCalendar)
contact-vcard = Shrani kontaktne podatke: { $name } (vCard)

## Iskanje (polje v glavi strani, stran z rezultati za vsak jezik)
search = Iskanje
search-label = Iskanje po spletnem mestu
search-submit = Išči
search-results-title = Rezultati iskanja
search-results-count =
    { $count ->
        [one] { $count } zadetek za „{ $query }“
        [two] { $count } zadetka za „{ $query }“
        [few] { $count } zadetki za „{ $query }“
       *[other] { $count } zadetkov za „{ $query }“
    }
search-no-results = Ni zadetkov za „{ $query }“. Poskusite z drugo besedo ali krajšim iskalnim nizom.
search-searching = Iskanje …
search-offline = Iskanje ne deluje, če spletno mesto odprete kot datoteke v svojem računalniku. Za iskanje odprite spletno mesto na spletu.
search-untranslated = Strani, ki še niso prevedene, najdete z iskanjem v njihovem izvirnem jeziku.
search-more = Prikaži več zadetkov

## Oznake in seznami na več straneh
tags = Oznake
tag-title = Vsebine z oznako „{ $tag }“
all-tags = Vse oznake
tag-count =
    { $count ->
        [one] { $count } stran
        [two] { $count } strani
        [few] { $count } strani
       *[other] { $count } strani
    }
pagination = Strani seznama
pagination-previous = Prejšnja stran
pagination-next = Naslednja stran
pagination-page = Stran { $number } od { $total }
pagination-path = stran
list-feed = Spremljaj ta seznam (vir Atom)

## Okvirčki, slike in vdelani mediji
callout-note = Opomba
callout-tip = Nasvet
callout-important = Pomembno
callout-warning = Opozorilo
callout-caution = Previdno
embed-notice = Ta videoposnetek gosti spletno mesto { $host }. Naloži se šele, ko ga zaženete, saj se ob predvajanju podatki pošljejo spletnemu mestu { $host }.
embed-play = Predvajaj videoposnetek (naloži vsebino s spletnega mesta { $host })
embed-open = Oglej si ga na spletnem mestu { $host }
download-file = Prenesi { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Uredi to stran

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Predogled: ta stran še ni objavljena. Na spletnem mestu bo objavljena { $date }.
schedule-expired = Predogled: ta stran ni več objavljena. S spletnega mesta je bila umaknjena { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Še ni objavljeno
schedule-badge-expired = Ni več objavljeno
# Heading of a page's table of contents.
toc-heading = Kazalo
