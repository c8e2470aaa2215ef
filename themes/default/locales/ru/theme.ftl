skip-to-content = Перейти к содержанию
nav-languages = Языки
nav-main = Главное меню
menu = Меню
fallback-notice = Эта страница пока не переведена на русский язык. Она показана на языке оригинала ({ $language }).
stale-notice = Оригинал ({ $language }) был изменён после того, как был сделан этот перевод.
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
contact-email = Эл. почта
not-found-title = Страница не найдена
not-found-text = Запрашиваемая страница не существует или была перемещена.
back-to-home = На главную страницу
event-add-to-calendar = Добавить в календарь
event-download-ics = Скачать (iCalendar, .ics)
calendar-subscribe = Подписаться на календарь (iCalendar)
contact-vcard = Сохранить контакт: { $name } (vCard)

## Search (a field in the header, a results page per language)
search = Поиск
search-label = Поиск по сайту
search-submit = Найти
search-results-title = Результаты поиска
search-results-count =
    { $count ->
        [one] { $count } результат по запросу «{ $query }»
        [few] { $count } результата по запросу «{ $query }»
       *[many] { $count } результатов по запросу «{ $query }»
    }
search-no-results = По запросу «{ $query }» ничего не найдено. Попробуйте другое слово или более короткий запрос.
search-searching = Идёт поиск…
search-offline = Поиск не работает, когда сайт открыт как файлы на вашем компьютере. Откройте сайт в интернете, чтобы воспользоваться поиском.
search-untranslated = Страницы, которые ещё не переведены, можно найти поиском на языке оригинала.
search-more = Показать ещё результаты
