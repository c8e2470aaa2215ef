skip-to-content = Léim chuig an bpríomhábhar
nav-languages = Teangacha
nav-main = Príomhroghchlár
menu = Roghchlár
fallback-notice = Níl an leathanach seo ar fáil i nGaeilge fós. Tá sé á thaispeáint i dteanga eile: { $language }.
partial-notice = Tá { $percent } den leathanach seo aistrithe go Gaeilge. Tá an chuid eile á taispeáint i dteanga eile: { $languages }.
stale-notice = Nuashonraíodh an bunleagan ({ $language }) ó rinneadh an t-aistriúchán seo.
read-original = Léigh an bunleagan
footer-about = Tógtha le tolk.
choose-language = Roghnaigh teanga
next-events = Imeachtaí le teacht
no-upcoming-events = Níl aon imeachtaí le teacht faoi láthair.
no-past-events = Níl aon imeachtaí roimhe seo ann.
whole-calendar = An féilire iomlán
upcoming-events = Le teacht
past-events = Roimhe seo
event-cancelled = Curtha ar ceal
event-postponed = Curtha siar
event-when = Cathain
event-where = Cá háit
event-online = Glac páirt ar líne
event-audience = Lucht sprice
event-languages = Teangacha
event-registration = Clárú
event-register = Cláraigh
event-deadline = faoin
no-news = Níl aon nuacht ann fós.
published = Foilsithe
contact-phone = Guthán
contact-mobile = Fón póca
contact-email = Ríomhphost
not-found-title = Níor aimsíodh an leathanach
not-found-text = Níl an leathanach atá á lorg agat ann, nó bogadh é.
back-to-home = Téigh chuig an leathanach baile
event-add-to-calendar = Cuir le d’fhéilire
event-download-ics = Íoslódáil (iCalendar, .ics)
calendar-subscribe = Liostáil leis an bhféilire (iCalendar)
contact-vcard = Sábháil na sonraí teagmhála: { $name } (vCard)

## Cuardach (réimse sa cheanntásc, leathanach torthaí do gach teanga)
search = Cuardaigh
search-label = Cuardaigh an suíomh seo
search-submit = Cuardaigh
search-results-title = Torthaí cuardaigh
search-results-count =
    { $count ->
        [one] Toradh amháin le haghaidh “{ $query }”
        [two] Dhá thoradh le haghaidh “{ $query }”
        [few] { $count } thoradh le haghaidh “{ $query }”
        [many] { $count } dtoradh le haghaidh “{ $query }”
       *[other] { $count } toradh le haghaidh “{ $query }”
    }
search-no-results = Níl aon toradh le haghaidh “{ $query }”. Bain triail as focal eile nó as cuardach níos giorra.
search-searching = Ag cuardach…
search-offline = Ní oibríonn an cuardach nuair a osclaítear an suíomh mar chomhaid ar do ríomhaire. Oscail an suíomh ar an ngréasán chun cuardach a dhéanamh ann.
search-untranslated = Chun teacht ar leathanaigh nach bhfuil aistrithe fós, déan cuardach ina mbunteanga.
search-more = Taispeáin tuilleadh torthaí

## Clibeanna agus liostaí ar roinnt leathanach
tags = Clibeanna
tag-title = Clibeáilte le “{ $tag }”
all-tags = Gach clib
tag-count =
    { $count ->
        [one] Leathanach amháin
        [two] Dhá leathanach
        [few] { $count } leathanach
        [many] { $count } leathanach
       *[other] { $count } leathanach
    }
pagination = Leathanaigh an liosta
pagination-previous = An leathanach roimhe seo
pagination-next = An chéad leathanach eile
pagination-page = Leathanach { $number } as { $total }
pagination-path = leathanach
list-feed = Lean an liosta seo (fotha Atom)

## Boscaí béime, léaráidí agus meáin leabaithe
callout-note = Nóta
callout-tip = Leid
callout-important = Tábhachtach
callout-warning = Rabhadh
callout-caution = Aire
embed-notice = Tá an físeán seo á óstáil ag { $host }. Ní lódáiltear é go dtí go roghnaíonn tú é a sheinm, mar nuair a sheinntear é, seoltar sonraí chuig { $host }.
embed-play = Seinn an físeán (lódáiltear ábhar ó { $host })
embed-open = Féach air ar { $host }
download-file = Íoslódáil { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Cuir an leathanach seo in eagar

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Réamhamharc: níl an leathanach seo foilsithe fós. Beidh sé ar an suíomh ar { $date }.
schedule-expired = Réamhamharc: níl an leathanach seo foilsithe a thuilleadh. Baineadh den suíomh é ar { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Gan foilsiú fós
schedule-badge-expired = Gan foilsiú a thuilleadh
# Heading of a page's table of contents.
toc-heading = Clár ábhair
