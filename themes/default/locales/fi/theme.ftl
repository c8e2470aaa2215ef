skip-to-content = Siirry sisältöön
nav-languages = Kielet
nav-main = Päävalikko
menu = Valikko
fallback-notice = Tätä sivua ei ole vielä saatavilla suomeksi. Se näytetään toisella kielellä: { $language }.
partial-notice = Tästä sivusta on käännetty suomeksi { $percent }. Loput näytetään toisella kielellä: { $languages }.
stale-notice = Alkuperäistä tekstiä ({ $language }) on päivitetty tämän käännöksen tekemisen jälkeen.
read-original = Lue alkuperäinen teksti
footer-about = Sivusto on tehty tolk-työkalulla.
choose-language = Valitse kieli
next-events = Tulossa
no-upcoming-events = Tulevia tapahtumia ei ole tällä hetkellä.
no-past-events = Menneitä tapahtumia ei ole.
whole-calendar = Koko tapahtumakalenteri
upcoming-events = Tulevat tapahtumat
past-events = Menneet tapahtumat
event-cancelled = Peruttu
event-postponed = Siirretty
event-when = Milloin
event-where = Missä
event-online = Osallistu verkossa
event-audience = Kenelle
event-languages = Kielet
event-registration = Ilmoittautuminen
event-register = Ilmoittaudu
event-deadline = viimeistään
no-news = Uutisia ei ole vielä.
published = Julkaistu
contact-phone = Puhelin
contact-mobile = Matkapuhelin
contact-email = Sähköposti
not-found-title = Sivua ei löytynyt
not-found-text = Etsimääsi sivua ei ole olemassa tai se on siirretty.
back-to-home = Siirry etusivulle
event-add-to-calendar = Lisää omaan kalenteriin
event-download-ics = Lataa (iCalendar, .ics)
calendar-subscribe = Tilaa kalenteri (iCalendar)
contact-vcard = Tallenna yhteystiedot: { $name } (vCard)

## Haku (kenttä sivun ylätunnisteessa, oma tulossivu jokaiselle kielelle)
search = Haku
search-label = Hae sivustolta
search-submit = Hae
search-results-title = Hakutulokset
search-results-count =
    { $count ->
        [one] Yksi tulos haulla ”{ $query }”
       *[other] { $count } tulosta haulla ”{ $query }”
    }
search-no-results = Haulla ”{ $query }” ei löytynyt tuloksia. Kokeile toista sanaa tai lyhyempää hakua.
search-searching = Haetaan…
search-offline = Haku ei toimi, kun sivusto on avattu tiedostoina omalta tietokoneelta. Avaa sivusto verkossa, niin voit käyttää hakua.
search-untranslated = Sivut, joita ei ole vielä käännetty, löytyvät hakemalla niiden alkuperäisellä kielellä.
search-more = Näytä lisää tuloksia

## Asiasanat ja usealle sivulle jaetut luettelot
tags = Asiasanat
tag-title = Asiasana: ”{ $tag }”
all-tags = Kaikki asiasanat
tag-count =
    { $count ->
        [one] Yksi sivu
       *[other] { $count } sivua
    }
pagination = Luettelon sivut
pagination-previous = Edellinen sivu
pagination-next = Seuraava sivu
pagination-page = Sivu { $number }/{ $total }
pagination-path = sivu
list-feed = Seuraa tätä luetteloa (Atom-syöte)

## Huomiolaatikot, kuvat ja upotettu media
callout-note = Huomautus
callout-tip = Vinkki
callout-important = Tärkeää
callout-warning = Varoitus
callout-caution = Varo
embed-notice = Tämä video on palvelussa { $host }. Videota ei ladata, ennen kuin käynnistät sen, koska toistettaessa tietoja lähetetään palveluun { $host }.
embed-play = Toista video (lataa sisältöä palvelusta { $host })
embed-open = Katso palvelussa { $host }
download-file = Lataa tiedosto { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Muokkaa tätä sivua

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Esikatselu: sivua ei ole vielä julkaistu. Se ilmestyy sivustolle { $date }.
schedule-expired = Esikatselu: sivu ei ole enää julkaistuna. Se poistettiin sivustolta { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Ei vielä julkaistu
schedule-badge-expired = Ei enää julkaistuna
# Heading of a page's table of contents.
toc-heading = Sisällys
