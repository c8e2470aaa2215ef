skip-to-content = Pāriet uz saturu
nav-languages = Valodas
nav-main = Galvenā izvēlne
menu = Izvēlne
fallback-notice = Šī lapa vēl nav pieejama latviešu valodā. Tā tiek rādīta citā valodā: { $language }.
partial-notice = Šī lapa latviešu valodā ir iztulkota par { $percent }. Pārējais tiek rādīts citā valodā: { $languages }.
stale-notice = Oriģinālteksts ({ $language }) ir atjaunināts pēc šī tulkojuma sagatavošanas.
read-original = Lasīt oriģinālu
footer-about = Izveidots ar tolk.
choose-language = Izvēlieties valodu
next-events = Gaidāmie pasākumi
no-upcoming-events = Pašlaik nav gaidāmu pasākumu.
no-past-events = Notikušu pasākumu nav.
whole-calendar = Viss kalendārs
upcoming-events = Gaidāmie
past-events = Notikušie
event-cancelled = Atcelts
event-postponed = Pārcelts
event-when = Kad
event-where = Kur
event-online = Dalība tiešsaistē
event-audience = Kam paredzēts
event-languages = Valodas
event-registration = Reģistrācija
event-register = Reģistrēties
event-deadline = termiņš:
no-news = Jaunumu vēl nav.
published = Publicēts:
contact-phone = Tālrunis
contact-mobile = Mobilais tālrunis
contact-email = E-pasts
not-found-title = Lapa nav atrasta
not-found-text = Lapa, ko meklējat, nepastāv vai ir pārvietota.
back-to-home = Uz sākumlapu
event-add-to-calendar = Pievienot savam kalendāram
event-download-ics = Lejupielādēt (iCalendar, .ics)
calendar-subscribe = Abonēt kalendāru (iCalendar)
contact-vcard = Saglabāt kontaktinformāciju: { $name } (vCard)

## Meklēšana (lauks galvenē, atsevišķa rezultātu lapa katrai valodai)
search = Meklēt
search-label = Meklēt vietnē
search-submit = Meklēt
search-results-title = Meklēšanas rezultāti
search-results-count =
    { $count ->
        [zero] Meklējot “{ $query }”, atrasti { $count } rezultāti
        [one] Meklējot “{ $query }”, atrasts { $count } rezultāts
       *[other] Meklējot “{ $query }”, atrasti { $count } rezultāti
    }
search-no-results = Meklējot “{ $query }”, nekas netika atrasts. Izmēģiniet citu vārdu vai īsāku vaicājumu.
search-searching = Meklē…
search-offline = Meklēšana nedarbojas, ja vietne ir atvērta kā faili jūsu datorā. Lai meklētu, atveriet vietni tīmeklī.
search-untranslated = Vēl netulkotas lapas var atrast, meklējot to oriģinālvalodā.
search-more = Rādīt vairāk rezultātu

## Birkas un sarakstu lapošana
tags = Birkas
tag-title = Ar birku “{ $tag }”
all-tags = Visas birkas
tag-count =
    { $count ->
        [zero] { $count } lapas
        [one] { $count } lapa
       *[other] { $count } lapas
    }
pagination = Saraksta lapas
pagination-previous = Iepriekšējā lapa
pagination-next = Nākamā lapa
pagination-page = { $number }. lapa no { $total }
pagination-path = lapa
list-feed = Sekot šim sarakstam (Atom plūsma)

## Izceltie bloki, attēli un iegultie multivides materiāli
callout-note = Piezīme
callout-tip = Padoms
callout-important = Svarīgi
callout-warning = Brīdinājums
callout-caution = Uzmanību
embed-notice = Šis video ir izvietots vietnē { $host }. Tas netiek ielādēts, kamēr neizvēlaties to atskaņot, jo atskaņošanas laikā dati tiek nosūtīti uz vietni { $host }.
embed-play = Atskaņot video (tiks ielādēts saturs no vietnes { $host })
embed-open = Skatīties vietnē { $host }
download-file = Lejupielādēt: { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Rediģēt šo lapu

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Priekšskatījums: šī lapa vēl nav publicēta. Tā parādīsies vietnē { $date }.
schedule-expired = Priekšskatījums: šī lapa vairs nav publicēta. Tā tika noņemta no vietnes { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Vēl nav publicēta
schedule-badge-expired = Vairs nav publicēta
# Heading of a page's table of contents.
toc-heading = Saturs
