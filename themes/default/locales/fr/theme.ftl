skip-to-content = Aller au contenu
nav-languages = Langues
nav-main = Menu principal
menu = Menu
fallback-notice = Cette page n’est pas encore disponible en français. Elle est affichée dans une autre langue : { $language }.
partial-notice = Cette page est traduite en français à { $percent }. Le reste est affiché dans une autre langue : { $languages }.
stale-notice = La version originale ({ $language }) a été mise à jour depuis la réalisation de cette traduction.
read-original = Lire la version originale
footer-about = Réalisé avec tolk.
choose-language = Choisir une langue
next-events = Prochains événements
no-upcoming-events = Aucun événement n’est prévu pour le moment.
no-past-events = Aucun événement passé.
whole-calendar = Tout l’agenda
upcoming-events = À venir
past-events = Passés
event-cancelled = Annulé
event-postponed = Reporté
event-when = Date
event-where = Lieu
event-online = Participer en ligne
event-audience = Public concerné
event-languages = Langues
event-registration = Inscription
event-register = S’inscrire
event-deadline = jusqu’au
no-news = Aucune actualité pour le moment.
published = Publié le
contact-phone = Téléphone
contact-mobile = Mobile
contact-email = Courriel
not-found-title = Page non trouvée
not-found-text = La page que vous recherchez n’existe pas ou a été déplacée.
back-to-home = Retour à la page d’accueil
event-add-to-calendar = Ajouter à votre agenda
event-download-ics = Télécharger (iCalendar, .ics)
calendar-subscribe = S’abonner à l’agenda (iCalendar)
contact-vcard = Ajouter { $name } à vos contacts (vCard)

## Recherche (un champ dans l’en-tête, une page de résultats par langue)
search = Rechercher
search-label = Rechercher sur le site
search-submit = Rechercher
search-results-title = Résultats de la recherche
search-results-count =
    { $count ->
        [one] { $count } résultat pour « { $query } »
        [many] { $count } de résultats pour « { $query } »
       *[other] { $count } résultats pour « { $query } »
    }
search-no-results = Aucun résultat pour « { $query } ». Essayez un autre mot ou une recherche plus courte.
search-searching = Recherche en cours…
search-offline = La recherche ne fonctionne pas lorsque le site est ouvert sous forme de fichiers sur votre ordinateur. Pour effectuer une recherche, consultez le site en ligne.
search-untranslated = Pour trouver les pages qui ne sont pas encore traduites, effectuez la recherche dans leur langue d’origine.
search-more = Afficher plus de résultats

## Mots-clés et listes sur plusieurs pages
tags = Mots-clés
tag-title = Pages associées au mot-clé « { $tag } »
all-tags = Tous les mots-clés
tag-count =
    { $count ->
        [one] { $count } page
        [many] { $count } de pages
       *[other] { $count } pages
    }
pagination = Pagination
pagination-previous = Page précédente
pagination-next = Page suivante
pagination-page = Page { $number } sur { $total }
pagination-path = page
list-feed = Suivre cette liste (flux Atom)

## Encadrés, figures et médias intégrés
callout-note = Remarque
callout-tip = Conseil
callout-important = Important
callout-warning = Avertissement
callout-caution = Attention
embed-notice = Cette vidéo est hébergée sur { $host }. Elle n’est chargée que si vous choisissez de la lire, car sa lecture transmet des données à { $host }.
embed-play = Lire la vidéo (charge du contenu depuis { $host })
embed-open = Regarder sur { $host }
download-file = Télécharger { $name } ({ $size })

# Footer link to the page's source file (edit_url in site.yaml).
edit-page = Modifier cette page

# Banner on a page shown outside its publishing window (tolk serve --future / --expired).
schedule-scheduled = Aperçu : cette page n’est pas encore publiée. Elle paraîtra sur le site le { $date }.
schedule-expired = Aperçu : cette page n’est plus publiée. Elle a été retirée du site le { $date }.
# Mark on a listed page that is not public (a preview with --future / --expired).
schedule-badge-scheduled = Pas encore publiée
schedule-badge-expired = N’est plus publiée
# Heading of a page's table of contents.
toc-heading = Sommaire
