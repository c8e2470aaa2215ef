skip-to-content = رفتن به محتوای اصلی
nav-languages = زبان‌ها
nav-main = منوی اصلی
menu = منو
fallback-notice = این صفحه هنوز به زبان فارسی در دسترس نیست و به زبان دیگری نمایش داده می‌شود: { $language }.
partial-notice = { $percent } از این صفحه به فارسی ترجمه شده است و بقیهٔ آن به زبان دیگری نمایش داده می‌شود: { $languages }.
stale-notice = متن اصلی ({ $language }) پس از تهیهٔ این ترجمه به‌روزرسانی شده است.
read-original = خواندن متن اصلی
footer-about = این وبگاه با tolk ساخته شده است.
choose-language = انتخاب زبان
next-events = رویدادهای پیش رو
no-upcoming-events = در حال حاضر رویدادی برنامه‌ریزی نشده است.
no-past-events = رویداد گذشته‌ای وجود ندارد.
whole-calendar = تقویم کامل
upcoming-events = رویدادهای پیش رو
past-events = رویدادهای گذشته
event-cancelled = لغو شد
event-postponed = به تعویق افتاد
event-when = زمان
event-where = مکان
event-online = شرکت به‌صورت آنلاین
event-audience = مخاطبان
event-languages = زبان‌ها
event-registration = ثبت‌نام
event-register = ثبت‌نام کنید
event-deadline = تا
no-news = هنوز خبری منتشر نشده است.
published = منتشرشده در
contact-phone = تلفن
contact-mobile = تلفن همراه
contact-email = پست الکترونیک
not-found-title = صفحه پیدا نشد
not-found-text = صفحه‌ای که به دنبال آن هستید وجود ندارد یا جابه‌جا شده است.
back-to-home = رفتن به صفحهٔ اصلی
event-add-to-calendar = افزودن به تقویم
event-download-ics = بارگیری (iCalendar، ‎.ics)
calendar-subscribe = اشتراک در تقویم (iCalendar)
contact-vcard = ذخیرهٔ اطلاعات تماس { $name } (vCard)

## جست‌وجو (کادری در سربرگ و یک صفحهٔ نتایج برای هر زبان)
search = جست‌وجو
search-label = جست‌وجو در وبگاه
search-submit = جست‌وجو
search-results-title = نتایج جست‌وجو
search-results-count =
    { $count ->
        [one] { $count } نتیجه برای «{ $query }»
       *[other] { $count } نتیجه برای «{ $query }»
    }
search-no-results = نتیجه‌ای برای «{ $query }» پیدا نشد. واژهٔ دیگری را امتحان کنید یا عبارت کوتاه‌تری را جست‌وجو کنید.
search-searching = در حال جست‌وجو…
search-offline = وقتی وبگاه به‌صورت فایل روی رایانهٔ شما باز شده باشد، جست‌وجو کار نمی‌کند. برای جست‌وجو، وبگاه را در اینترنت باز کنید.
search-untranslated = صفحه‌هایی را که هنوز ترجمه نشده‌اند می‌توانید با جست‌وجو به زبان اصلی‌شان پیدا کنید.
search-more = نمایش نتایج بیشتر

## برچسب‌ها و فهرست‌های چندصفحه‌ای
tags = برچسب‌ها
tag-title = مطالب با برچسب «{ $tag }»
all-tags = همهٔ برچسب‌ها
tag-count =
    { $count ->
        [one] { $count } صفحه
       *[other] { $count } صفحه
    }
pagination = صفحه‌بندی فهرست
pagination-previous = صفحهٔ قبل
pagination-next = صفحهٔ بعد
pagination-page = صفحهٔ { $number } از { $total }
pagination-path = صفحه
list-feed = دنبال کردن این فهرست (خوراک Atom)

## کادرهای توضیحی، تصاویر و رسانه‌های جاسازی‌شده
callout-note = توجه
callout-tip = نکته
callout-important = مهم
callout-warning = هشدار
callout-caution = احتیاط
embed-notice = این ویدئو روی { $host } میزبانی می‌شود. تا خودتان آن را پخش نکنید، بارگیری نمی‌شود، زیرا با پخش آن داده‌هایی به { $host } فرستاده می‌شود.
embed-play = پخش ویدئو (محتوا از { $host } بارگیری می‌شود)
embed-open = تماشا در { $host }
download-file = بارگیری { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = ویرایش این صفحه

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = پیش‌نمایش: این صفحه هنوز منتشر نشده است. در { $date } روی وب‌سایت قرار می‌گیرد.
schedule-expired = پیش‌نمایش: این صفحه دیگر منتشر نمی‌شود. در { $date } از وب‌سایت برداشته شد.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = هنوز منتشر نشده
schedule-badge-expired = دیگر منتشر نمی‌شود
# Heading of a page's table of contents.
toc-heading = فهرست مطالب
