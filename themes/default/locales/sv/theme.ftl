skip-to-content = Hoppa till innehållet
nav-languages = Språk
nav-main = Huvudmeny
menu = Meny
fallback-notice = Den här sidan finns ännu inte på svenska. Den visas på ett annat språk: { $language }.
partial-notice = { $percent } av den här sidan är översatt till svenska. Resten visas på ett annat språk: { $languages }.
stale-notice = Originalet ({ $language }) har uppdaterats efter att den här översättningen gjordes.
read-original = Läs originalet
footer-about = Byggd med tolk.
choose-language = Välj språk
next-events = Kommande aktiviteter
no-upcoming-events = Det finns inga kommande aktiviteter just nu.
no-past-events = Det finns inga tidigare aktiviteter.
whole-calendar = Hela kalendern
upcoming-events = Kommande
past-events = Tidigare
event-cancelled = Inställt
event-postponed = Uppskjutet
event-when = När
event-where = Var
event-online = Delta på distans
event-audience = För vem
event-languages = Språk
event-registration = Anmälan
event-register = Anmäl dig
event-deadline = senast
no-news = Det finns inga nyheter ännu.
published = Publicerad
contact-phone = Telefon
contact-mobile = Mobil
contact-email = E-post
not-found-title = Sidan hittades inte
not-found-text = Sidan du letar efter finns inte eller har flyttats.
back-to-home = Gå till startsidan
event-add-to-calendar = Lägg till i din kalender
event-download-ics = Ladda ner (iCalendar, .ics)
calendar-subscribe = Prenumerera på kalendern (iCalendar)
contact-vcard = Spara kontaktuppgifterna för { $name } (vCard)

## Sök (ett fält i sidhuvudet, en resultatsida per språk)
search = Sök
search-label = Sök på webbplatsen
search-submit = Sök
search-results-title = Sökresultat
search-results-count =
    { $count ->
        [one] Ett resultat för ”{ $query }”
       *[other] { $count } resultat för ”{ $query }”
    }
search-no-results = Inga resultat för ”{ $query }”. Prova ett annat ord eller en kortare sökning.
search-searching = Söker …
search-offline = Sökningen fungerar inte när webbplatsen öppnas som filer på din dator. Öppna webbplatsen på webben för att söka.
search-untranslated = Sidor som ännu inte är översatta hittar du genom att söka på originalspråket.
search-more = Visa fler resultat

## Etiketter och listor i flera sidor
tags = Etiketter
tag-title = Märkt med ”{ $tag }”
all-tags = Alla etiketter
tag-count =
    { $count ->
        [one] En sida
       *[other] { $count } sidor
    }
pagination = Listans sidor
pagination-previous = Föregående sida
pagination-next = Nästa sida
pagination-page = Sida { $number } av { $total }
pagination-path = sida
list-feed = Följ listan (Atom-flöde)

## Faktarutor, bilder och inbäddade medier
callout-note = Observera
callout-tip = Tips
callout-important = Viktigt
callout-warning = Varning
callout-caution = Var försiktig
embed-notice = Videon ligger hos { $host }. Den laddas inte förrän du väljer att spela upp den, eftersom uppspelningen skickar uppgifter till { $host }.
embed-play = Spela upp videon (hämtar innehåll från { $host })
embed-open = Se den på { $host }
download-file = Ladda ner { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Redigera den här sidan

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Förhandsvisning: sidan är inte publicerad än. Den visas på webbplatsen { $date }.
schedule-expired = Förhandsvisning: sidan är inte längre publicerad. Den togs bort från webbplatsen { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Inte publicerad än
schedule-badge-expired = Inte längre publicerad
# Heading of a page's table of contents.
toc-heading = Innehåll
