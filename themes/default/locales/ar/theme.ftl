skip-to-content = الانتقال إلى المحتوى
nav-languages = اللغات
nav-main = القائمة الرئيسية
menu = القائمة
fallback-notice = هذه الصفحة غير متاحة باللغة العربية بعد، وهي معروضة بلغة أخرى: { $language }.
partial-notice = تُرجم { $percent } من هذه الصفحة إلى العربية، ويُعرض الباقي بلغة أخرى: { $languages }.
stale-notice = جرى تحديث النص الأصلي ({ $language }) بعد إعداد هذه الترجمة.
read-original = قراءة النص الأصلي
footer-about = أُنشئ هذا الموقع باستخدام tolk.
choose-language = اختر اللغة
next-events = الأنشطة القادمة
no-upcoming-events = لا توجد أنشطة قادمة في الوقت الحالي.
no-past-events = لا توجد أنشطة سابقة.
whole-calendar = التقويم كاملًا
upcoming-events = القادمة
past-events = السابقة
event-cancelled = أُلغي
event-postponed = أُجّل
event-when = الموعد
event-where = المكان
event-online = المشاركة عبر الإنترنت
event-audience = الفئة المستهدفة
event-languages = اللغات
event-registration = التسجيل
event-register = سجّل الآن
event-deadline = حتى
no-news = لا توجد أخبار بعد.
published = نُشر في
contact-phone = الهاتف
contact-mobile = الهاتف المحمول
contact-email = البريد الإلكتروني
not-found-title = الصفحة غير موجودة
not-found-text = الصفحة التي تبحث عنها غير موجودة أو نُقلت إلى عنوان آخر.
back-to-home = العودة إلى الصفحة الرئيسية
event-add-to-calendar = أضِف إلى تقويمك
event-download-ics = تنزيل (iCalendar، ‎.ics)
calendar-subscribe = الاشتراك في التقويم (iCalendar)
contact-vcard = حفظ بيانات الاتصال: { $name } (vCard)

## البحث (حقل في رأس الصفحة، وصفحة نتائج لكل لغة)
search = البحث
search-label = البحث في الموقع
search-submit = بحث
search-results-title = نتائج البحث
search-results-count =
    { $count ->
        [zero] لا توجد نتائج للبحث عن «{ $query }»
        [one] نتيجة واحدة للبحث عن «{ $query }»
        [two] نتيجتان للبحث عن «{ $query }»
        [few] { $count } نتائج للبحث عن «{ $query }»
        [many] { $count } نتيجة للبحث عن «{ $query }»
       *[other] { $count } نتيجة للبحث عن «{ $query }»
    }
search-no-results = لا توجد نتائج للبحث عن «{ $query }». جرّب كلمة أخرى أو عبارة بحث أقصر.
search-searching = جارٍ البحث…
search-offline = لا يعمل البحث عند فتح الموقع من ملفات محفوظة على جهازك. افتح الموقع على الإنترنت لتتمكن من البحث فيه.
search-untranslated = يمكنك العثور على الصفحات التي لم تُترجم بعد بالبحث بلغتها الأصلية.
search-more = عرض مزيد من النتائج

## الوسوم والقوائم متعددة الصفحات
tags = الوسوم
tag-title = الوسم «{ $tag }»
all-tags = جميع الوسوم
tag-count =
    { $count ->
        [zero] لا توجد صفحات
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $count } صفحات
        [many] { $count } صفحة
       *[other] { $count } صفحة
    }
pagination = التنقل بين صفحات القائمة
pagination-previous = الصفحة السابقة
pagination-next = الصفحة التالية
pagination-page = الصفحة { $number } من { $total }
pagination-path = صفحة
list-feed = تابِع هذه القائمة (موجز Atom)

## الملاحظات والأشكال والوسائط المضمّنة
callout-note = ملاحظة
callout-tip = نصيحة
callout-important = مهم
callout-warning = تحذير
callout-caution = تنبيه
embed-notice = هذا الفيديو مستضاف على { $host }. ولن يُحمَّل إلا إذا اخترت تشغيله، لأن تشغيله يُرسل بيانات إلى { $host }.
embed-play = تشغيل الفيديو (يُحمِّل محتوى من { $host })
embed-open = مشاهدة الفيديو على { $host }
download-file = تنزيل { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = حرّر هذه الصفحة

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = معاينة: لم تُنشر هذه الصفحة بعد. ستظهر على الموقع في { $date }.
schedule-expired = معاينة: لم تعد هذه الصفحة منشورة. أُزيلت من الموقع في { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = لم تُنشر بعد
schedule-badge-expired = لم تعد منشورة
# Heading of a page's table of contents.
toc-heading = المحتويات
