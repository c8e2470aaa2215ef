skip-to-content = Ana içeriğe geç
nav-languages = Diller
nav-main = Ana menü
menu = Menü
fallback-notice = Bu sayfa henüz Türkçe olarak mevcut değildir. Sayfa başka bir dilde gösterilmektedir: { $language }.
partial-notice = Bu sayfanın { $percent } kadarı Türkçeye çevrilmiştir. Geri kalanı başka bir dilde gösterilmektedir: { $languages }.
stale-notice = Orijinal metin ({ $language }) bu çeviri yapıldıktan sonra güncellenmiştir.
read-original = Orijinal metni oku
footer-about = Bu site tolk ile oluşturulmuştur.
choose-language = Dil seçin
next-events = Yaklaşan etkinlikler
no-upcoming-events = Şu anda yaklaşan etkinlik bulunmamaktadır.
no-past-events = Geçmiş etkinlik bulunmamaktadır.
whole-calendar = Takvimin tamamı
upcoming-events = Yaklaşan etkinlikler
past-events = Geçmiş etkinlikler
event-cancelled = İptal edildi
event-postponed = Ertelendi
event-when = Zaman
event-where = Yer
event-online = Çevrim içi katılım
event-audience = Hedef kitle
event-languages = Diller
event-registration = Kayıt
event-register = Kaydol
event-deadline = en geç
no-news = Henüz haber bulunmamaktadır.
published = Yayımlanma tarihi:
contact-phone = Telefon
contact-mobile = Cep telefonu
contact-email = E-posta
not-found-title = Sayfa bulunamadı
not-found-text = Aradığınız sayfa mevcut değil veya taşınmış.
back-to-home = Ana sayfaya dön
event-add-to-calendar = Takviminize ekleyin
event-download-ics = İndir (iCalendar, .ics)
calendar-subscribe = Takvime abone ol (iCalendar)
contact-vcard = İletişim bilgilerini kaydet: { $name } (vCard)

## Arama (üst bilgide bir alan, her dil için ayrı bir sonuç sayfası)
search = Arama
search-label = Sitede ara
search-submit = Ara
search-results-title = Arama sonuçları
search-results-count =
    { $count ->
        [one] “{ $query }” için { $count } sonuç
       *[other] “{ $query }” için { $count } sonuç
    }
search-no-results = “{ $query }” için sonuç bulunamadı. Başka bir kelime deneyin veya aramanızı kısaltın.
search-searching = Aranıyor…
search-offline = Site bilgisayarınızda dosya olarak açıldığında arama çalışmaz. Arama yapmak için siteyi internet üzerinden açın.
search-untranslated = Henüz çevrilmemiş sayfaları, orijinal dillerinde arama yaparak bulabilirsiniz.
search-more = Daha fazla sonuç göster

## Etiketler ve sayfalara bölünmüş listeler
tags = Etiketler
tag-title = “{ $tag }” etiketli sayfalar
all-tags = Tüm etiketler
tag-count =
    { $count ->
        [one] { $count } sayfa
       *[other] { $count } sayfa
    }
pagination = Liste sayfaları
pagination-previous = Önceki sayfa
pagination-next = Sonraki sayfa
pagination-page = Sayfa { $number } / { $total }
pagination-path = sayfa
list-feed = Bu listeyi takip edin (Atom beslemesi)

## Bilgi kutuları, görseller ve gömülü medya
callout-note = Not
callout-tip = İpucu
callout-important = Önemli
callout-warning = Uyarı
callout-caution = Dikkat
embed-notice = Bu video { $host } üzerinde barındırılmaktadır. Siz oynatmadığınız sürece yüklenmez, çünkü video oynatıldığında { $host } sitesine veri gönderilir.
embed-play = Videoyu oynat ({ $host } sitesinden içerik yüklenir)
embed-open = { $host } üzerinde izle
download-file = { $name } dosyasını indir ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Bu sayfayı düzenle

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Önizleme: bu sayfa henüz yayımlanmadı. Sitede { $date } tarihinde yer alacak.
schedule-expired = Önizleme: bu sayfa artık yayında değil. { $date } tarihinde siteden kaldırıldı.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Henüz yayımlanmadı
schedule-badge-expired = Artık yayında değil
# Heading of a page's table of contents.
toc-heading = İçindekiler
