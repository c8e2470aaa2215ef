skip-to-content = Към основното съдържание
nav-languages = Езици
nav-main = Основно меню
menu = Меню
fallback-notice = Тази страница все още не е налична на български език. Показана е на друг език: { $language }.
partial-notice = Тази страница е преведена на български език на { $percent }. Останалата част е показана на друг език: { $languages }.
stale-notice = Оригиналът ({ $language }) е обновен, след като е направен този превод.
read-original = Прочетете оригинала
footer-about = Създадено с tolk.
choose-language = Изберете език
next-events = Предстоящи събития
no-upcoming-events = В момента няма предстоящи събития.
no-past-events = Няма отминали събития.
whole-calendar = Целият календар
upcoming-events = Предстоящи
past-events = Отминали
event-cancelled = Отменено
event-postponed = Отложено
event-when = Кога
event-where = Къде
event-online = Участие онлайн
event-audience = За кого
event-languages = Езици
event-registration = Регистрация
event-register = Регистрирайте се
event-deadline = до
no-news = Все още няма новини.
published = Публикувано на
contact-phone = Телефон
contact-mobile = Мобилен телефон
contact-email = Електронна поща
not-found-title = Страницата не е намерена
not-found-text = Страницата, която търсите, не съществува или е преместена.
back-to-home = Към началната страница
event-add-to-calendar = Добавете в календара си
event-download-ics = Изтегляне (iCalendar, .ics)
calendar-subscribe = Абонирайте се за календара (iCalendar)
contact-vcard = Запазете данните за контакт на { $name } (vCard)

## Търсене (поле в заглавната част, страница с резултати за всеки език)
search = Търсене
search-label = Търсене в сайта
search-submit = Търсене
search-results-title = Резултати от търсенето
search-results-count =
    { $count ->
        [one] Един резултат за „{ $query }“
       *[other] { $count } резултата за „{ $query }“
    }
search-no-results = Няма резултати за „{ $query }“. Опитайте с друга дума или с по-кратко търсене.
search-searching = Търсене…
search-offline = Търсенето не работи, когато сайтът е отворен като файлове на вашия компютър. Отворете сайта в интернет, за да търсите в него.
search-untranslated = Страниците, които все още не са преведени, можете да намерите, като търсите на езика на оригинала.
search-more = Още резултати

## Етикети и списъци, разделени на страници
tags = Етикети
tag-title = С етикет „{ $tag }“
all-tags = Всички етикети
tag-count =
    { $count ->
        [one] Една страница
       *[other] { $count } страници
    }
pagination = Страници на списъка
pagination-previous = Предишна страница
pagination-next = Следваща страница
pagination-page = Страница { $number } от { $total }
pagination-path = страница
list-feed = Следете този списък (Atom емисия)

## Информационни карета, фигури и вградено съдържание
callout-note = Забележка
callout-tip = Съвет
callout-important = Важно
callout-warning = Предупреждение
callout-caution = Внимание
embed-notice = Видеото се предоставя от { $host }. То не се зарежда, докато не изберете да го пуснете, защото при възпроизвеждането се изпращат данни към { $host }.
embed-play = Пуснете видеото (зарежда съдържание от { $host })
embed-open = Гледайте го на { $host }
download-file = Изтегляне на { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Редактиране на тази страница

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Преглед: тази страница още не е публикувана. Ще се появи на сайта на { $date }.
schedule-expired = Преглед: тази страница вече не е публикувана. Свалена е от сайта на { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Още не е публикувана
schedule-badge-expired = Вече не е публикувана
# Heading of a page's table of contents.
toc-heading = Съдържание
