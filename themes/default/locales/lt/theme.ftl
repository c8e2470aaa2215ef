skip-to-content = Pereiti prie turinio
nav-languages = Kalbos
nav-main = Pagrindinis meniu
menu = Meniu
fallback-notice = Šio puslapio lietuvių kalba dar nėra. Jis rodomas kita kalba: { $language }.
partial-notice = Šis puslapis į lietuvių kalbą išverstas { $percent }. Likusi dalis rodoma kita kalba: { $languages }.
stale-notice = Originalas ({ $language }) buvo atnaujintas po to, kai buvo parengtas šis vertimas.
read-original = Skaityti originalą
footer-about = Sukurta naudojant tolk.
choose-language = Pasirinkite kalbą
next-events = Artimiausi renginiai
no-upcoming-events = Šiuo metu būsimų renginių nėra.
no-past-events = Praėjusių renginių nėra.
whole-calendar = Visas kalendorius
upcoming-events = Būsimi
past-events = Praėję
event-cancelled = Atšauktas
event-postponed = Atidėtas
event-when = Kada
event-where = Kur
event-online = Dalyvauti nuotoliniu būdu
event-audience = Kam skirta
event-languages = Kalbos
event-registration = Registracija
event-register = Registruotis
event-deadline = iki
no-news = Naujienų dar nėra.
published = Paskelbta
contact-phone = Telefonas
contact-mobile = Mobilusis telefonas
contact-email = El. paštas
not-found-title = Puslapis nerastas
not-found-text = Ieškomo puslapio nėra arba jis buvo perkeltas.
back-to-home = Eiti į pagrindinį puslapį
event-add-to-calendar = Įtraukti į savo kalendorių
event-download-ics = Atsisiųsti (iCalendar, .ics)
calendar-subscribe = Prenumeruoti kalendorių (iCalendar)
contact-vcard = Išsaugoti kontaktinius duomenis: { $name } (vCard)

## Paieška (laukas antraštėje, atskiras rezultatų puslapis kiekvienai kalbai)
search = Paieška
search-label = Ieškoti svetainėje
search-submit = Ieškoti
search-results-title = Paieškos rezultatai
search-results-count =
    { $count ->
        [one] { $count } rezultatas pagal užklausą „{ $query }“
        [few] { $count } rezultatai pagal užklausą „{ $query }“
        [many] { $count } rezultato pagal užklausą „{ $query }“
       *[other] { $count } rezultatų pagal užklausą „{ $query }“
    }
search-no-results = Pagal užklausą „{ $query }“ nieko nerasta. Pabandykite kitą žodį arba trumpesnę užklausą.
search-searching = Ieškoma…
search-offline = Paieška neveikia, kai svetainė atidaryta kaip failai jūsų kompiuteryje. Norėdami ieškoti, atidarykite svetainę internete.
search-untranslated = Dar neišverstus puslapius rasite ieškodami jų originalo kalba.
search-more = Rodyti daugiau rezultatų

## Žymos ir puslapiais suskirstyti sąrašai
tags = Žymos
tag-title = Su žyma „{ $tag }“
all-tags = Visos žymos
tag-count =
    { $count ->
        [one] { $count } puslapis
        [few] { $count } puslapiai
        [many] { $count } puslapio
       *[other] { $count } puslapių
    }
pagination = Sąrašo puslapiai
pagination-previous = Ankstesnis puslapis
pagination-next = Kitas puslapis
pagination-page = Puslapis { $number } iš { $total }
pagination-path = puslapis
list-feed = Sekti šį sąrašą (Atom sklaidos kanalas)

## Išskirti blokai, iliustracijos ir įterptoji medija
callout-note = Pastaba
callout-tip = Patarimas
callout-important = Svarbu
callout-warning = Įspėjimas
callout-caution = Atsargiai
embed-notice = Šis vaizdo įrašas yra svetainėje { $host }. Jis neįkeliamas, kol jo nepaleisite, nes jį paleidus duomenys siunčiami į svetainę { $host }.
embed-play = Paleisti vaizdo įrašą (įkeliamas turinys iš svetainės { $host })
embed-open = Žiūrėti svetainėje { $host }
download-file = Atsisiųsti: { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Redaguoti šį puslapį

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Peržiūra: šis puslapis dar nepaskelbtas. Svetainėje jis pasirodys { $date }.
schedule-expired = Peržiūra: šis puslapis nebeskelbiamas. Iš svetainės jis pašalintas { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Dar nepaskelbta
schedule-badge-expired = Nebeskelbiama
# Heading of a page's table of contents.
toc-heading = Turinys
