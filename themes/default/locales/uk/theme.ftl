skip-to-content = Перейти до основного вмісту
nav-languages = Мови
nav-main = Головне меню
menu = Меню
fallback-notice = Ця сторінка ще недоступна українською мовою. Її показано іншою мовою: { $language }.
partial-notice = Цю сторінку перекладено українською мовою на { $percent }. Решту показано іншою мовою: { $languages }.
stale-notice = Оригінал ({ $language }) було оновлено після підготовки цього перекладу.
read-original = Читати оригінал
footer-about = Створено за допомогою tolk.
choose-language = Виберіть мову
next-events = Найближчі заходи
no-upcoming-events = Наразі запланованих заходів немає.
no-past-events = Минулих заходів немає.
whole-calendar = Увесь календар
upcoming-events = Майбутні
past-events = Минулі
event-cancelled = Скасовано
event-postponed = Перенесено
event-when = Коли
event-where = Де
event-online = Участь онлайн
event-audience = Для кого
event-languages = Мови
event-registration = Реєстрація
event-register = Зареєструватися
event-deadline = до
no-news = Новин поки що немає.
published = Опубліковано
contact-phone = Телефон
contact-mobile = Мобільний
contact-email = Ел. пошта
not-found-title = Сторінку не знайдено
not-found-text = Сторінки, яку ви шукаєте, не існує або її переміщено.
back-to-home = На головну сторінку
event-add-to-calendar = Додати до свого календаря
event-download-ics = Завантажити (iCalendar, .ics)
calendar-subscribe = Підписатися на календар (iCalendar)
contact-vcard = Зберегти контактні дані: { $name } (vCard)

## Пошук (поле в заголовку сайту, окрема сторінка результатів для кожної мови)
search = Пошук
search-label = Пошук на сайті
search-submit = Шукати
search-results-title = Результати пошуку
search-results-count =
    { $count ->
        [one] { $count } результат за запитом «{ $query }»
        [few] { $count } результати за запитом «{ $query }»
        [many] { $count } результатів за запитом «{ $query }»
       *[other] { $count } результату за запитом «{ $query }»
    }
search-no-results = За запитом «{ $query }» нічого не знайдено. Спробуйте інше слово або коротший запит.
search-searching = Пошук…
search-offline = Пошук не працює, якщо сайт відкрито як файли на вашому комп’ютері. Щоб шукати на сайті, відкрийте його в інтернеті.
search-untranslated = Сторінки, які ще не перекладено, можна знайти, якщо шукати мовою оригіналу.
search-more = Показати більше результатів

## Теги та списки з поділом на сторінки
tags = Теги
tag-title = З тегом «{ $tag }»
all-tags = Усі теги
tag-count =
    { $count ->
        [one] { $count } сторінка
        [few] { $count } сторінки
        [many] { $count } сторінок
       *[other] { $count } сторінки
    }
pagination = Сторінки списку
pagination-previous = Попередня сторінка
pagination-next = Наступна сторінка
pagination-page = Сторінка { $number } з { $total }
pagination-path = сторінка
list-feed = Стежити за цим списком (стрічка Atom)

## Виділені блоки, ілюстрації та вбудовані медіа
callout-note = Примітка
callout-tip = Порада
callout-important = Важливо
callout-warning = Попередження
callout-caution = Обережно
embed-notice = Це відео розміщено на сайті { $host }. Воно не завантажується, доки ви не вирішите його відтворити, оскільки під час відтворення дані передаються на сайт { $host }.
embed-play = Відтворити відео (завантажується вміст із сайту { $host })
embed-open = Дивитися на сайті { $host }
download-file = Завантажити: { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Редагувати цю сторінку

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Попередній перегляд: цю сторінку ще не опубліковано. Вона з’явиться на сайті { $date }.
schedule-expired = Попередній перегляд: ця сторінка вже не публікується. Її знято з сайту { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Ще не опубліковано
schedule-badge-expired = Уже не публікується
# Heading of a page's table of contents.
toc-heading = Зміст
