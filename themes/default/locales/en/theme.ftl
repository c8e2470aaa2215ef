skip-to-content = Skip to content
nav-languages = Languages
nav-main = Main menu
menu = Menu
fallback-notice = This page is not yet available in English. It is shown in another language: { $language }.
partial-notice = This page is { $percent } translated into English; the rest is shown in { $languages }.
stale-notice = The original ({ $language }) has been updated since this translation was made.
read-original = Read the original
footer-about = Built with tolk.
choose-language = Choose a language
next-events = Coming up
no-upcoming-events = There are no upcoming activities at the moment.
no-past-events = There are no past activities.
whole-calendar = Full calendar
upcoming-events = Upcoming
past-events = Past
event-cancelled = Cancelled
event-postponed = Postponed
event-when = When
event-where = Where
event-online = Join online
event-audience = Who it is for
event-languages = Languages
event-registration = Registration
event-register = Register
event-deadline = by
no-news = There is no news yet.
published = Published
contact-phone = Phone
contact-mobile = Mobile
contact-email = E-mail
not-found-title = Page not found
not-found-text = The page you are looking for does not exist or has moved.
back-to-home = Go to the home page
event-add-to-calendar = Add to your calendar
event-download-ics = Download (iCalendar, .ics)
calendar-subscribe = Subscribe to the calendar (iCalendar)
contact-vcard = Save { $name }’s contact details (vCard)

## Search (a field in the header, a results page per language)
search = Search
search-label = Search this site
search-submit = Search
search-results-title = Search results
search-results-count =
    { $count ->
        [one] One result for “{ $query }”
       *[other] { $count } results for “{ $query }”
    }
search-no-results = No results for “{ $query }”. Try another word or a shorter search.
search-searching = Searching…
search-offline = Search does not work when the site is opened as files on your computer. Open the site on the web to search it.
search-untranslated = Pages that are not yet translated are found by searching in their original language.
search-more = Show more results

## Tags and paginated listings
tags = Tags
tag-title = Tagged “{ $tag }”
all-tags = All tags
tag-count =
    { $count ->
        [one] One page
       *[other] { $count } pages
    }
pagination = Pages of the listing
pagination-previous = Previous page
pagination-next = Next page
pagination-page = Page { $number } of { $total }
pagination-path = page
list-feed = Follow this list (Atom feed)

## Callouts, figures and embedded media
callout-note = Note
callout-tip = Tip
callout-important = Important
callout-warning = Warning
callout-caution = Caution
embed-notice = This video is hosted by { $host }. It is not loaded until you choose to play it, because playing it sends data to { $host }.
embed-play = Play the video (loads content from { $host })
embed-open = Watch it on { $host }
download-file = Download { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Edit this page

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Preview: this page is not published yet. It appears on the site on { $date }.
schedule-expired = Preview: this page is no longer published. It left the site on { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Not published yet
schedule-badge-expired = No longer published
# Heading of a page's table of contents.
toc-heading = Contents
