skip-to-content = Preskočiť na obsah
nav-languages = Jazykové verzie
nav-main = Hlavné menu
menu = Menu
fallback-notice = Táto stránka zatiaľ nie je dostupná v slovenčine. Zobrazuje sa v inom jazyku: { $language }.
partial-notice = Táto stránka je preložená do slovenčiny na { $percent }. Zvyšok sa zobrazuje v inom jazyku: { $languages }.
stale-notice = Originál ({ $language }) bol od vytvorenia tohto prekladu aktualizovaný.
read-original = Prečítať originál
footer-about = Vytvorené pomocou nástroja tolk.
choose-language = Vyberte jazyk
next-events = Najbližšie podujatia
no-upcoming-events = Momentálne nie sú naplánované žiadne podujatia.
no-past-events = Zatiaľ sa neuskutočnili žiadne podujatia.
whole-calendar = Celý kalendár
upcoming-events = Nadchádzajúce
past-events = Minulé
event-cancelled = Zrušené
event-postponed = Odložené
event-when = Termín
event-where = Miesto
event-online = Účasť online
event-audience = Pre koho
event-languages = Jazyky
event-registration = Registrácia
event-register = Zaregistrovať sa
event-deadline = do
no-news = Zatiaľ tu nie sú žiadne aktuality.
published = Zverejnené
contact-phone = Telefón
contact-mobile = Mobil
contact-email = E-mail
not-found-title = Stránka sa nenašla
not-found-text = Stránka, ktorú hľadáte, neexistuje alebo bola presunutá.
back-to-home = Prejsť na úvodnú stránku
event-add-to-calendar = Pridať do kalendára
event-download-ics = Stiahnuť (iCalendar, .ics)
calendar-subscribe = Odoberať kalendár (iCalendar)
contact-vcard = Uložiť kontakt: { $name } (vCard)

## Vyhľadávanie (pole v hlavičke, stránka s výsledkami pre každý jazyk)
search = Hľadať
search-label = Hľadať na webovom sídle
search-submit = Hľadať
search-results-title = Výsledky vyhľadávania
search-results-count =
    { $count ->
        [one] Jeden výsledok pre „{ $query }“
        [few] { $count } výsledky pre „{ $query }“
        [many] { $count } výsledku pre „{ $query }“
       *[other] { $count } výsledkov pre „{ $query }“
    }
search-no-results = Pre „{ $query }“ sa nenašli žiadne výsledky. Skúste iné slovo alebo kratší výraz.
search-searching = Vyhľadávanie…
search-offline = Vyhľadávanie nefunguje, ak je webové sídlo otvorené ako súbory vo vašom počítači. Ak chcete vyhľadávať, otvorte webové sídlo na internete.
search-untranslated = Stránky, ktoré ešte nie sú preložené, nájdete vyhľadávaním v ich pôvodnom jazyku.
search-more = Zobraziť ďalšie výsledky

## Štítky a stránkované zoznamy
tags = Štítky
tag-title = Stránky so štítkom „{ $tag }“
all-tags = Všetky štítky
tag-count =
    { $count ->
        [one] Jedna stránka
        [few] { $count } stránky
        [many] { $count } stránky
       *[other] { $count } stránok
    }
pagination = Stránkovanie
pagination-previous = Predchádzajúca stránka
pagination-next = Nasledujúca stránka
pagination-page = Stránka { $number } z { $total }
pagination-path = strana
list-feed = Sledovať tento zoznam (kanál Atom)

## Rámčeky, obrázky a vložené médiá
callout-note = Poznámka
callout-tip = Tip
callout-important = Dôležité
callout-warning = Varovanie
callout-caution = Upozornenie
embed-notice = Toto video je uložené na serveri { $host }. Načíta sa až vtedy, keď ho spustíte, pretože prehrávanie odosiela údaje na server { $host }.
embed-play = Prehrať video (načíta obsah zo servera { $host })
embed-open = Pozrieť na serveri { $host }
download-file = Stiahnuť { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Upraviť túto stránku

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Náhľad: táto stránka ešte nie je zverejnená. Na webe sa objaví { $date }.
schedule-expired = Náhľad: táto stránka už nie je zverejnená. Z webu bola odstránená { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Zatiaľ nezverejnené
schedule-badge-expired = Už nezverejnené
# Heading of a page's table of contents.
toc-heading = Obsah
