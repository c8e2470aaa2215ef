skip-to-content = Μετάβαση στο περιεχόμενο
nav-languages = Γλώσσες
nav-main = Κύριο μενού
menu = Μενού
fallback-notice = Αυτή η σελίδα δεν είναι ακόμη διαθέσιμη στα ελληνικά. Εμφανίζεται σε άλλη γλώσσα: { $language }.
partial-notice = Αυτή η σελίδα έχει μεταφραστεί στα ελληνικά κατά { $percent }. Το υπόλοιπο εμφανίζεται σε άλλη γλώσσα: { $languages }.
stale-notice = Το πρωτότυπο ({ $language }) ενημερώθηκε μετά τη σύνταξη αυτής της μετάφρασης.
read-original = Διαβάστε το πρωτότυπο
footer-about = Δημιουργήθηκε με το tolk.
choose-language = Επιλέξτε γλώσσα
next-events = Προσεχείς εκδηλώσεις
no-upcoming-events = Προς το παρόν δεν υπάρχουν προγραμματισμένες εκδηλώσεις.
no-past-events = Δεν υπάρχουν προηγούμενες εκδηλώσεις.
whole-calendar = Όλο το ημερολόγιο
upcoming-events = Προσεχείς
past-events = Προηγούμενες
event-cancelled = Ακυρώθηκε
event-postponed = Αναβλήθηκε
event-when = Πότε
event-where = Πού
event-online = Διαδικτυακή συμμετοχή
event-audience = Σε ποιους απευθύνεται
event-languages = Γλώσσες
event-registration = Εγγραφή
event-register = Εγγραφείτε
event-deadline = έως
no-news = Δεν υπάρχουν ακόμη νέα.
published = Δημοσίευση:
contact-phone = Τηλέφωνο
contact-mobile = Κινητό
contact-email = Ηλ. ταχυδρομείο
not-found-title = Η σελίδα δεν βρέθηκε
not-found-text = Η σελίδα που αναζητάτε δεν υπάρχει ή έχει μετακινηθεί.
back-to-home = Μετάβαση στην αρχική σελίδα
event-add-to-calendar = Προσθήκη στο ημερολόγιό σας
event-download-ics = Λήψη (iCalendar, .ics)
calendar-subscribe = Συνδρομή στο ημερολόγιο (iCalendar)
contact-vcard = Αποθήκευση στοιχείων επικοινωνίας: { $name } (vCard)

## Αναζήτηση (πεδίο στην κεφαλίδα, μία σελίδα αποτελεσμάτων ανά γλώσσα)
search = Αναζήτηση
search-label = Αναζήτηση στον ιστότοπο
search-submit = Αναζήτηση
search-results-title = Αποτελέσματα αναζήτησης
search-results-count =
    { $count ->
        [one] Ένα αποτέλεσμα για «{ $query }»
       *[other] { $count } αποτελέσματα για «{ $query }»
    }
search-no-results = Δεν βρέθηκαν αποτελέσματα για «{ $query }». Δοκιμάστε άλλη λέξη ή συντομότερη αναζήτηση.
search-searching = Αναζήτηση…
search-offline = Η αναζήτηση δεν λειτουργεί όταν ο ιστότοπος είναι ανοιχτός ως αρχεία στον υπολογιστή σας. Ανοίξτε τον ιστότοπο στο διαδίκτυο για να κάνετε αναζήτηση.
search-untranslated = Οι σελίδες που δεν έχουν μεταφραστεί ακόμη εντοπίζονται με αναζήτηση στην πρωτότυπη γλώσσα τους.
search-more = Περισσότερα αποτελέσματα

## Ετικέτες και λίστες σε πολλές σελίδες
tags = Ετικέτες
tag-title = Με ετικέτα «{ $tag }»
all-tags = Όλες οι ετικέτες
tag-count =
    { $count ->
        [one] Μία σελίδα
       *[other] { $count } σελίδες
    }
pagination = Σελίδες της λίστας
pagination-previous = Προηγούμενη σελίδα
pagination-next = Επόμενη σελίδα
pagination-page = Σελίδα { $number } από { $total }
pagination-path = σελίδα
list-feed = Παρακολουθήστε αυτή τη λίστα (ροή Atom)

## Πλαίσια επισήμανσης, εικόνες και ενσωματωμένα μέσα
callout-note = Σημείωση
callout-tip = Συμβουλή
callout-important = Σημαντικό
callout-warning = Προειδοποίηση
callout-caution = Προσοχή
embed-notice = Το βίντεο φιλοξενείται στο { $host }. Δεν φορτώνεται μέχρι να επιλέξετε να το αναπαραγάγετε, επειδή η αναπαραγωγή στέλνει δεδομένα στο { $host }.
embed-play = Αναπαραγωγή του βίντεο (φορτώνει περιεχόμενο από το { $host })
embed-open = Δείτε το στο { $host }
download-file = Λήψη: { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Επεξεργασία αυτής της σελίδας

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Προεπισκόπηση: αυτή η σελίδα δεν έχει δημοσιευτεί ακόμη. Θα εμφανιστεί στον ιστότοπο στις { $date }.
schedule-expired = Προεπισκόπηση: αυτή η σελίδα δεν είναι πλέον δημοσιευμένη. Αποσύρθηκε από τον ιστότοπο στις { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Δεν έχει δημοσιευτεί ακόμη
schedule-badge-expired = Δεν είναι πλέον δημοσιευμένη
# Heading of a page's table of contents.
toc-heading = Περιεχόμενα
