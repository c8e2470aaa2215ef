skip-to-content = Salt la conținut
nav-languages = Limbi
nav-main = Meniu principal
menu = Meniu
fallback-notice = Această pagină nu este încă disponibilă în limba română. Este afișată în altă limbă: { $language }.
partial-notice = Această pagină este tradusă în limba română în proporție de { $percent }. Restul este afișat în altă limbă: { $languages }.
stale-notice = Versiunea originală ({ $language }) a fost actualizată după realizarea acestei traduceri.
read-original = Citiți versiunea originală
footer-about = Realizat cu tolk.
choose-language = Alegeți limba
next-events = Următoarele evenimente
no-upcoming-events = Momentan nu sunt programate evenimente.
no-past-events = Nu există evenimente anterioare.
whole-calendar = Calendarul complet
upcoming-events = Viitoare
past-events = Anterioare
event-cancelled = Anulat
event-postponed = Amânat
event-when = Data
event-where = Locul
event-online = Participare online
event-audience = Cui se adresează
event-languages = Limbi
event-registration = Înscriere
event-register = Înscrieți-vă
event-deadline = până la
no-news = Nu există încă știri.
published = Publicat la
contact-phone = Telefon
contact-mobile = Mobil
contact-email = E-mail
not-found-title = Pagina nu a fost găsită
not-found-text = Pagina pe care o căutați nu există sau a fost mutată.
back-to-home = Mergeți la pagina principală
event-add-to-calendar = Adăugați în calendar
event-download-ics = Descărcați (iCalendar, .ics)
calendar-subscribe = Abonați-vă la calendar (iCalendar)
contact-vcard = Salvați datele de contact pentru { $name } (vCard)

## Căutare (un câmp în antet, o pagină de rezultate pentru fiecare limbă)
search = Căutare
search-label = Căutați pe acest site
search-submit = Căutați
search-results-title = Rezultatele căutării
search-results-count =
    { $count ->
        [one] Un rezultat pentru „{ $query }”
        [few] { $count } rezultate pentru „{ $query }”
       *[other] { $count } de rezultate pentru „{ $query }”
    }
search-no-results = Niciun rezultat pentru „{ $query }”. Încercați alt cuvânt sau o căutare mai scurtă.
search-searching = Se caută…
search-offline = Căutarea nu funcționează atunci când site-ul este deschis ca fișiere pe computerul dumneavoastră. Pentru a căuta, deschideți site-ul pe internet.
search-untranslated = Paginile care nu sunt încă traduse pot fi găsite căutând în limba lor originală.
search-more = Afișați mai multe rezultate

## Etichete și liste pe mai multe pagini
tags = Etichete
tag-title = Pagini cu eticheta „{ $tag }”
all-tags = Toate etichetele
tag-count =
    { $count ->
        [one] O pagină
        [few] { $count } pagini
       *[other] { $count } de pagini
    }
pagination = Paginare
pagination-previous = Pagina anterioară
pagination-next = Pagina următoare
pagination-page = Pagina { $number } din { $total }
pagination-path = pagina
list-feed = Urmăriți această listă (flux Atom)

## Casete de evidențiere, figuri și conținut media încorporat
callout-note = Notă
callout-tip = Sfat
callout-important = Important
callout-warning = Avertisment
callout-caution = Atenție
embed-notice = Acest videoclip este găzduit pe { $host }. Nu se încarcă decât dacă alegeți să îl redați, deoarece redarea transmite date către { $host }.
embed-play = Redați videoclipul (se încarcă conținut de pe { $host })
embed-open = Vizionați-l pe { $host }
download-file = Descărcați { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Editează această pagină

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Previzualizare: această pagină nu este încă publicată. Va apărea pe site pe { $date }.
schedule-expired = Previzualizare: această pagină nu mai este publicată. A fost retrasă de pe site pe { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Încă nepublicată
schedule-badge-expired = Nu mai este publicată
# Heading of a page's table of contents.
toc-heading = Cuprins
