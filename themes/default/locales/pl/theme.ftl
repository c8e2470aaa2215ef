skip-to-content = Przejdź do treści
nav-languages = Wersje językowe
nav-main = Menu główne
menu = Menu
fallback-notice = Ta strona nie jest jeszcze dostępna po polsku. Wyświetlono ją w innym języku: { $language }.
partial-notice = Ta strona jest przetłumaczona na język polski w { $percent }. Pozostała część jest wyświetlana w innym języku: { $languages }.
stale-notice = Oryginał ({ $language }) został zaktualizowany po przygotowaniu tego tłumaczenia.
read-original = Przeczytaj oryginał
footer-about = Utworzono za pomocą narzędzia tolk.
choose-language = Wybierz język
next-events = Najbliższe wydarzenia
no-upcoming-events = Obecnie nie ma zaplanowanych wydarzeń.
no-past-events = Nie ma minionych wydarzeń.
whole-calendar = Cały kalendarz
upcoming-events = Nadchodzące
past-events = Minione
event-cancelled = Odwołane
event-postponed = Przełożone
event-when = Termin
event-where = Miejsce
event-online = Udział online
event-audience = Dla kogo
event-languages = Języki
event-registration = Rejestracja
event-register = Zarejestruj się
event-deadline = do
no-news = Nie ma jeszcze żadnych aktualności.
published = Opublikowano
contact-phone = Telefon
contact-mobile = Telefon komórkowy
contact-email = E-mail
not-found-title = Nie znaleziono strony
not-found-text = Strona, której szukasz, nie istnieje lub została przeniesiona.
back-to-home = Przejdź do strony głównej
event-add-to-calendar = Dodaj do kalendarza
event-download-ics = Pobierz (iCalendar, .ics)
calendar-subscribe = Subskrybuj kalendarz (iCalendar)
contact-vcard = Zapisz dane kontaktowe: { $name } (vCard)

## Wyszukiwanie (pole w nagłówku, strona wyników dla każdego języka)
search = Szukaj
search-label = Szukaj w serwisie
search-submit = Szukaj
search-results-title = Wyniki wyszukiwania
search-results-count =
    { $count ->
        [one] Jeden wynik dla „{ $query }”
        [few] { $count } wyniki dla „{ $query }”
        [many] { $count } wyników dla „{ $query }”
       *[other] { $count } wyniku dla „{ $query }”
    }
search-no-results = Brak wyników dla „{ $query }”. Spróbuj użyć innego słowa lub krótszego zapytania.
search-searching = Wyszukiwanie…
search-offline = Wyszukiwarka nie działa, gdy serwis jest otwarty z plików na komputerze. Aby wyszukiwać, otwórz serwis w internecie.
search-untranslated = Strony, które nie zostały jeszcze przetłumaczone, można znaleźć, wyszukując w ich języku oryginalnym.
search-more = Pokaż więcej wyników

## Tagi i listy podzielone na strony
tags = Tagi
tag-title = Oznaczone tagiem „{ $tag }”
all-tags = Wszystkie tagi
tag-count =
    { $count ->
        [one] Jedna strona
        [few] { $count } strony
        [many] { $count } stron
       *[other] { $count } strony
    }
pagination = Strony listy
pagination-previous = Poprzednia strona
pagination-next = Następna strona
pagination-page = Strona { $number } z { $total }
pagination-path = strona
list-feed = Obserwuj tę listę (kanał Atom)

## Ramki informacyjne, ilustracje i osadzone multimedia
callout-note = Uwaga
callout-tip = Wskazówka
callout-important = Ważne
callout-warning = Ostrzeżenie
callout-caution = Przestroga
embed-notice = Ten film znajduje się w serwisie { $host }. Zostanie wczytany dopiero wtedy, gdy go uruchomisz, ponieważ odtworzenie powoduje przesłanie danych do serwisu { $host }.
embed-play = Odtwórz film (wczytuje treści z serwisu { $host })
embed-open = Obejrzyj w serwisie { $host }
download-file = Pobierz { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Edytuj tę stronę

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Podgląd: ta strona nie została jeszcze opublikowana. Pojawi się w serwisie { $date }.
schedule-expired = Podgląd: ta strona nie jest już publikowana. Usunięto ją z serwisu { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Jeszcze nieopublikowana
schedule-badge-expired = Już niepublikowana
# Heading of a page's table of contents.
toc-heading = Spis treści
