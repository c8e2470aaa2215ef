skip-to-content = U gudub nuxurka
nav-languages = Luqadaha
nav-main = Liiska weyn
menu = Liiska
fallback-notice = Boggan weli Af-Soomaali laguma heli karo. Waxaa lagu soo bandhigay luqad kale: { $language }.
partial-notice = { $percent } boggan waxaa loo turjumay Af-Soomaali. Inta kale waxaa lagu soo bandhigay luqad kale: { $languages }.
stale-notice = Qoraalka asalka ah ({ $language }) waa la cusboonaysiiyey markii turjumaaddan la sameeyey kadib.
read-original = Akhri qoraalka asalka ah
footer-about = Websaydhkan waxaa lagu dhisay tolk.
choose-language = Dooro luqadda
next-events = Hawlaha soo socda
no-upcoming-events = Hadda ma jiraan hawlo soo socda.
no-past-events = Ma jiraan hawlo horay u dhacay.
whole-calendar = Kalandarka oo dhan
upcoming-events = Hawlaha soo socda
past-events = Hawlihii hore
event-cancelled = Waa la baajiyey
event-postponed = Dib ayaa loo dhigay
event-when = Waqtiga
event-where = Goobta
event-online = Ka qaybgal onlayn
event-audience = Cidda loogu talagalay
event-languages = Luqadaha
event-registration = Diiwaangelinta
event-register = Isdiiwaangeli
event-deadline = ilaa
no-news = Weli war ma jiro.
published = La daabacay
contact-phone = Taleefanka
contact-mobile = Taleefanka gacanta
contact-email = Iimaylka
not-found-title = Bogga lama helin
not-found-text = Bogga aad raadinayso ma jiro ama waa la wareejiyey.
back-to-home = U tag bogga hore
event-add-to-calendar = Ku dar kalandarkaaga
event-download-ics = Soo deji (iCalendar, .ics)
calendar-subscribe = Ku biir kalandarka (iCalendar)
contact-vcard = Kaydi faahfaahinta xiriirka: { $name } (vCard)

## Raadinta (goob ku taal madaxa bogga, iyo bog natiijooyin ah oo luqad kasta leedahay)
search = Raadinta
search-label = Ka raadi websaydhkan
search-submit = Raadi
search-results-title = Natiijooyinka raadinta
search-results-count =
    { $count ->
        [one] Hal natiijo ayaa loo helay “{ $query }”
       *[other] { $count } natiijo ayaa loo helay “{ $query }”
    }
search-no-results = Wax natiijo ah looma helin “{ $query }”. Isku day eray kale ama raadin ka gaaban.
search-searching = Waa la raadinayaa…
search-offline = Raadintu ma shaqayso marka websaydhka loo furo sidii faylal ku jira kombiyuutarkaaga. Si aad wax uga raadiso, ka fur websaydhka internetka.
search-untranslated = Bogagga aan weli la turjumin waxaad ku heli kartaa adigoo ku raadinaya luqaddooda asalka ah.
search-more = Tus natiijooyin kale

## Calaamadaha iyo liisaska bogagga loo qaybiyey
tags = Calaamadaha
tag-title = Bogag leh calaamadda “{ $tag }”
all-tags = Dhammaan calaamadaha
tag-count =
    { $count ->
        [one] Hal bog
       *[other] { $count } bog
    }
pagination = Bogagga liiska
pagination-previous = Boggii ka horreeyey
pagination-next = Bogga xiga
pagination-page = Bogga { $number } ee { $total }
pagination-path = bog
list-feed = La soco liiskan (quudin Atom)

## Sanduuqyada digniinta, sawirrada iyo warbaahinta la gashay
callout-note = Fiiro gaar ah
callout-tip = Talo
callout-important = Muhiim
callout-warning = Digniin
callout-caution = Taxaddar
embed-notice = Muuqaalkan waxaa lagu kaydiyey { $host }. Lama soo dejinayo ilaa aad doorato inaad daawato, sababtoo ah daawashadiisu waxay xog u dirtaa { $host }.
embed-play = Daawo muuqaalka (nuxur ayaa laga soo dejinayaa { $host })
embed-open = Ka daawo { $host }
download-file = Soo deji { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Wax ka beddel boggan

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Horudhac: boggan weli lama daabicin. Wuxuu ka soo muuqan doonaa mareegta { $date }.
schedule-expired = Horudhac: boggan mar dambe lama daabacayo. Waxaa laga saaray mareegta { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Weli lama daabicin
schedule-badge-expired = Mar dambe lama daabacayo
# Heading of a page's table of contents.
toc-heading = Tusmo
