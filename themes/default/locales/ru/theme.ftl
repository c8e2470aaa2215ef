skip-to-content = Перейти к содержанию
nav-languages = Языки
nav-main = Главное меню
menu = Меню
fallback-notice = Эта страница пока недоступна на русском языке. Она показана на другом языке: { $language }.
partial-notice = Эта страница переведена на русский язык на { $percent }. Остальной текст показан на другом языке: { $languages }.
stale-notice = Оригинал ({ $language }) был обновлён после подготовки этого перевода.
read-original = Читать оригинал
footer-about = Сайт создан с помощью tolk.
choose-language = Выберите язык
next-events = Ближайшие мероприятия
no-upcoming-events = Запланированных мероприятий пока нет.
no-past-events = Прошедших мероприятий нет.
whole-calendar = Весь календарь
upcoming-events = Предстоящие
past-events = Прошедшие
event-cancelled = Отменено
event-postponed = Перенесено
event-when = Когда
event-where = Где
event-online = Участие онлайн
event-audience = Для кого
event-languages = Языки
event-registration = Регистрация
event-register = Зарегистрироваться
event-deadline = до
no-news = Новостей пока нет.
published = Опубликовано
contact-phone = Телефон
contact-mobile = Мобильный
contact-email = Электронная почта
not-found-title = Страница не найдена
not-found-text = Запрашиваемая страница не существует или была перемещена.
back-to-home = На главную страницу
event-add-to-calendar = Добавить в календарь
event-download-ics = Скачать (iCalendar, .ics)
calendar-subscribe = Подписаться на календарь (iCalendar)
contact-vcard = Сохранить контакт: { $name } (vCard)

## Поиск (поле в шапке сайта, отдельная страница результатов для каждого языка)
search = Поиск
search-label = Поиск по сайту
search-submit = Найти
search-results-title = Результаты поиска
search-results-count =
    { $count ->
        [one] { $count } результат по запросу «{ $query }»
        [few] { $count } результата по запросу «{ $query }»
        [many] { $count } результатов по запросу «{ $query }»
       *[other] { $count } результата по запросу «{ $query }»
    }
search-no-results = По запросу «{ $query }» ничего не найдено. Попробуйте другое слово или более короткий запрос.
search-searching = Идёт поиск…
search-offline = Поиск не работает, если сайт открыт в виде файлов на вашем компьютере. Чтобы воспользоваться поиском, откройте сайт в интернете.
search-untranslated = Страницы, которые ещё не переведены, можно найти, выполнив поиск на языке оригинала.
search-more = Показать ещё результаты

## Теги и списки с разбивкой на страницы
tags = Теги
tag-title = Материалы с тегом «{ $tag }»
all-tags = Все теги
tag-count =
    { $count ->
        [one] { $count } страница
        [few] { $count } страницы
        [many] { $count } страниц
       *[other] { $count } страницы
    }
pagination = Постраничная навигация
pagination-previous = Предыдущая страница
pagination-next = Следующая страница
pagination-page = Страница { $number } из { $total }
pagination-path = страница
list-feed = Подписаться на этот список (лента Atom)

## Врезки, иллюстрации и встроенные медиафайлы
callout-note = Примечание
callout-tip = Совет
callout-important = Важно
callout-warning = Предупреждение
callout-caution = Осторожно
embed-notice = Это видео размещено на { $host }. Оно загрузится, только если вы запустите воспроизведение, так как при этом данные передаются на { $host }.
embed-play = Воспроизвести видео (загружается содержимое с { $host })
embed-open = Смотреть на { $host }
download-file = Скачать { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Редактировать эту страницу

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Предварительный просмотр: эта страница ещё не опубликована. Она появится на сайте { $date }.
schedule-expired = Предварительный просмотр: эта страница больше не публикуется. Она снята с сайта { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Ещё не опубликовано
schedule-badge-expired = Больше не публикуется
# Heading of a page's table of contents.
toc-heading = Содержание
