skip-to-content = الانتقال إلى المحتوى
nav-languages = اللغات
nav-main = القائمة الرئيسية
menu = القائمة
fallback-notice = هذه الصفحة غير متوفرة بالعربية بعد، لذا تُعرض بلغتها الأصلية ({ $language }).
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
contact-mobile = الجوال
contact-email = البريد الإلكتروني
not-found-title = الصفحة غير موجودة
not-found-text = الصفحة التي تبحث عنها غير موجودة أو نُقلت إلى عنوان آخر.
back-to-home = العودة إلى الصفحة الرئيسية
event-add-to-calendar = أضِف إلى تقويمك
event-download-ics = تنزيل (iCalendar، ‎.ics)
calendar-subscribe = الاشتراك في التقويم (iCalendar)
contact-vcard = حفظ بيانات الاتصال: { $name } (vCard)

## Search (a field in the header, a results page per language)
search = بحث
search-label = ابحث في هذا الموقع
search-submit = بحث
search-results-title = نتائج البحث
search-results-count =
    { $count ->
        [zero] لا توجد نتائج لـ «{ $query }»
        [one] نتيجة واحدة لـ «{ $query }»
        [two] نتيجتان لـ «{ $query }»
        [few] { $count } نتائج لـ «{ $query }»
        [many] { $count } نتيجة لـ «{ $query }»
       *[other] { $count } نتيجة لـ «{ $query }»
    }
search-no-results = لا توجد نتائج لـ «{ $query }». جرّب كلمة أخرى أو بحثًا أقصر.
search-searching = جارٍ البحث…
search-offline = لا يعمل البحث عند فتح الموقع كملفات على حاسوبك. افتح الموقع على الويب للبحث فيه.
search-untranslated = الصفحات التي لم تُترجم بعد يمكن العثور عليها بالبحث بلغتها الأصلية.
search-more = عرض مزيد من النتائج
