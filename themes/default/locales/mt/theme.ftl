skip-to-content = Aqbeż għall-kontenut
nav-languages = Lingwi
nav-main = Menu ewlieni
menu = Menu
fallback-notice = Din il-paġna għadha mhijiex disponibbli bil-Malti. Qed tintwera b’lingwa oħra: { $language }.
partial-notice = { $percent } ta’ din il-paġna hija tradotta għall-Malti. Il-bqija qed tintwera b’lingwa oħra: { $languages }.
stale-notice = L-oriġinal ({ $language }) ġie aġġornat wara li saret din it-traduzzjoni.
read-original = Aqra l-oriġinal
footer-about = Mibni b’tolk.
choose-language = Agħżel il-lingwa
next-events = Attivitajiet li ġejjin
no-upcoming-events = Bħalissa m’hemmx attivitajiet ippjanati.
no-past-events = M’hemmx attivitajiet imgħoddija.
whole-calendar = Il-kalendarju kollu
upcoming-events = Li ġejjin
past-events = Imgħoddija
event-cancelled = Ikkanċellata
event-postponed = Posposta
event-when = Meta
event-where = Fejn
event-online = Ipparteċipa online
event-audience = Għal min hi
event-languages = Lingwi
event-registration = Reġistrazzjoni
event-register = Irreġistra
event-deadline = data tal-għeluq:
no-news = Għad m’hemmx aħbarijiet.
published = Ippubblikat:
contact-phone = Telefon
contact-mobile = Mowbajl
contact-email = Posta elettronika
not-found-title = Il-paġna ma nstabitx
not-found-text = Il-paġna li qed tfittex ma teżistix jew ġiet imċaqalqa.
back-to-home = Mur għall-paġna ewlenija
event-add-to-calendar = Żid mal-kalendarju tiegħek
event-download-ics = Niżżel (iCalendar, .ics)
calendar-subscribe = Abbona għall-kalendarju (iCalendar)
contact-vcard = Issejvja d-dettalji ta’ kuntatt ta’ { $name } (vCard)

## Tfittxija (qasam fl-intestatura, paġna tar-riżultati għal kull lingwa)
search = Fittex
search-label = Fittex f’dan is-sit
search-submit = Fittex
search-results-title = Riżultati tat-tfittxija
search-results-count =
    { $count ->
        [one] Riżultat wieħed għal “{ $query }”
        [two] Żewġ riżultati għal “{ $query }”
        [few] { $count } riżultati għal “{ $query }”
        [many] { $count }-il riżultat għal “{ $query }”
       *[other] { $count } riżultat għal “{ $query }”
    }
search-no-results = Ebda riżultat għal “{ $query }”. Ipprova kelma oħra jew tfittxija iqsar.
search-searching = Qed infittxu…
search-offline = It-tfittxija ma taħdimx meta s-sit jinfetaħ bħala fajls fuq il-kompjuter tiegħek. Biex tfittex, iftaħ is-sit fuq l-internet.
search-untranslated = Il-paġni li għadhom mhumiex tradotti jinstabu billi tfittex fil-lingwa oriġinali tagħhom.
search-more = Uri aktar riżultati

## Tikketti u listi f’diversi paġni
tags = Tikketti
tag-title = Paġni bit-tikketta “{ $tag }”
all-tags = It-tikketti kollha
tag-count =
    { $count ->
        [one] Paġna waħda
        [two] Żewġ paġni
        [few] { $count } paġni
        [many] { $count }-il paġna
       *[other] { $count } paġna
    }
pagination = Paġni tal-lista
pagination-previous = Il-paġna ta’ qabel
pagination-next = Il-paġna li jmiss
pagination-page = Paġna { $number } minn { $total }
pagination-path = paġna
list-feed = Segwi din il-lista (feed Atom)

## Kaxxi ta’ enfasi, figuri u midja inkorporata
callout-note = Nota
callout-tip = Parir
callout-important = Importanti
callout-warning = Twissija
callout-caution = Attenzjoni
embed-notice = Dan il-vidjo jinsab fuq { $host }. Ma jitgħabbiex sakemm ma tagħżilx li tħaddmu, għax meta jitħaddem tintbagħat data lil { $host }.
embed-play = Ħaddem il-vidjo (jitgħabba kontenut minn { $host })
embed-open = Arah fuq { $host }
download-file = Niżżel { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Editja din il-paġna

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Dehra proviżorja: din il-paġna għadha mhijiex ippubblikata. Se tidher fuq is-sit fi { $date }.
schedule-expired = Dehra proviżorja: din il-paġna m’għadhiex ippubblikata. Tneħħiet mis-sit fi { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Għadha mhijiex ippubblikata
schedule-badge-expired = M’għadhiex ippubblikata
# Heading of a page's table of contents.
toc-heading = Werrej
