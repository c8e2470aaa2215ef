skip-to-content = Přejít k obsahu
nav-languages = Jazykové verze
nav-main = Hlavní menu
menu = Menu
fallback-notice = Tato stránka zatím není k dispozici v češtině. Zobrazuje se v jiném jazyce: { $language }.
partial-notice = Tato stránka je přeložena do češtiny z { $percent }. Zbytek se zobrazuje v jiném jazyce: { $languages }.
stale-notice = Originál ({ $language }) byl od vytvoření tohoto překladu aktualizován.
read-original = Přečíst originál
footer-about = Vytvořeno pomocí nástroje tolk.
choose-language = Vyberte jazyk
next-events = Nejbližší akce
no-upcoming-events = V tuto chvíli nejsou naplánovány žádné akce.
no-past-events = Žádné akce dosud neproběhly.
whole-calendar = Celý kalendář
upcoming-events = Nadcházející
past-events = Proběhlé
event-cancelled = Zrušeno
event-postponed = Odloženo
event-when = Termín
event-where = Místo
event-online = Účast online
event-audience = Pro koho
event-languages = Jazyky
event-registration = Registrace
event-register = Zaregistrovat se
event-deadline = do
no-news = Zatím nejsou k dispozici žádné aktuality.
published = Zveřejněno
contact-phone = Telefon
contact-mobile = Mobil
contact-email = E-mail
not-found-title = Stránka nenalezena
not-found-text = Stránka, kterou hledáte, neexistuje nebo byla přesunuta.
back-to-home = Přejít na úvodní stránku
event-add-to-calendar = Přidat do kalendáře
event-download-ics = Stáhnout (iCalendar, .ics)
calendar-subscribe = Odebírat kalendář (iCalendar)
contact-vcard = Uložit kontakt: { $name } (vCard)

## Vyhledávání (pole v záhlaví, stránka s výsledky pro každý jazyk)
search = Hledat
search-label = Hledat na tomto webu
search-submit = Hledat
search-results-title = Výsledky vyhledávání
search-results-count =
    { $count ->
        [one] Jeden výsledek pro „{ $query }“
        [few] { $count } výsledky pro „{ $query }“
        [many] { $count } výsledku pro „{ $query }“
       *[other] { $count } výsledků pro „{ $query }“
    }
search-no-results = Pro „{ $query }“ nebyly nalezeny žádné výsledky. Zkuste jiné slovo nebo kratší dotaz.
search-searching = Vyhledávání…
search-offline = Vyhledávání nefunguje, pokud je web otevřený jako soubory ve vašem počítači. Chcete-li vyhledávat, otevřete web na internetu.
search-untranslated = Stránky, které zatím nebyly přeloženy, najdete vyhledáváním v jejich původním jazyce.
search-more = Zobrazit další výsledky

## Štítky a stránkované seznamy
tags = Štítky
tag-title = Stránky se štítkem „{ $tag }“
all-tags = Všechny štítky
tag-count =
    { $count ->
        [one] Jedna stránka
        [few] { $count } stránky
        [many] { $count } stránky
       *[other] { $count } stránek
    }
pagination = Stránkování
pagination-previous = Předchozí stránka
pagination-next = Další stránka
pagination-page = Stránka { $number } z { $total }
pagination-path = strana
list-feed = Sledovat tento seznam (kanál Atom)

## Rámečky, obrázky a vložená média
callout-note = Poznámka
callout-tip = Tip
callout-important = Důležité
callout-warning = Varování
callout-caution = Upozornění
embed-notice = Toto video je uloženo na serveru { $host }. Načte se teprve tehdy, když ho spustíte, protože přehrávání odesílá data na server { $host }.
embed-play = Přehrát video (načte obsah ze serveru { $host })
embed-open = Sledovat na serveru { $host }
download-file = Stáhnout { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Upravit tuto stránku

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Náhled: tato stránka zatím není zveřejněna. Na webu se objeví { $date }.
schedule-expired = Náhled: tato stránka už není zveřejněna. Z webu byla odstraněna { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Zatím nezveřejněno
schedule-badge-expired = Už nezveřejněno
# Heading of a page's table of contents.
toc-heading = Obsah
