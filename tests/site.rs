//! The shipped Action 31 site: builds without warnings, every page has its
//! language and direction, one h1, a skip link, and working links.

mod common;

use common::{Fixture, assert_links_resolve, attr, sel, snapshot, text};
use scraper::Html;

fn built() -> Fixture {
    let f = Fixture::shipped();
    let report = f.build();
    assert!(
        report.warnings.is_empty(),
        "the shipped site builds without warnings: {:#?}",
        report.warnings
    );
    f
}

/// The readers' pages: every HTML file but `admin/`, which is the browser
/// CMS's own app (judged by tests/cms.rs and tests/e2e/cms.js).
fn html_pages(f: &Fixture) -> Vec<(String, Html)> {
    assert!(
        f.out().join("admin/index.html").is_file(),
        "the shipped site has the CMS on"
    );
    snapshot(&f.out())
        .into_iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "html") && !p.starts_with("admin"))
        .map(|(p, b)| {
            (
                p.to_string_lossy().to_string(),
                Html::parse_document(&String::from_utf8(b).unwrap()),
            )
        })
        .collect()
}

#[test]
fn every_page_has_lang_dir_one_h1_and_a_skip_link() {
    let f = built();
    let pages = html_pages(&f);
    assert!(pages.len() >= 50, "{} pages", pages.len());
    for (path, doc) in &pages {
        let lang = attr(doc, "html", "lang");
        assert!(["sv", "en", "ru", "ar"].contains(&lang.as_str()), "{path}: lang={lang}");
        let h1 = doc.select(&sel("h1")).count();
        assert_eq!(h1, 1, "{path}: {h1} h1 elements");
        if path.contains('/') {
            let prefix = path.split('/').next().unwrap();
            assert_eq!(lang, prefix, "{path}: the page frame is in the URL's language");
            let dir = attr(doc, "html", "dir");
            assert_eq!(dir, if prefix == "ar" { "rtl" } else { "ltr" }, "{path}");
            assert_eq!(attr(doc, "a.skip-link", "href"), "#main", "{path}");
            assert!(doc.select(&sel("main#main")).next().is_some(), "{path}");
            let current: Vec<_> = doc.select(&sel("nav.languages a[aria-current]")).collect();
            assert_eq!(current.len(), 1, "{path}: one current language");
            assert_eq!(current[0].value().attr("hreflang"), Some(prefix), "{path}");
        }
    }
}

#[test]
fn every_internal_link_resolves() {
    let f = built();
    let n = assert_links_resolve(&f.out());
    assert!(n > 1000, "only {n} links checked");
}

#[test]
fn localised_slugs_of_the_main_pages() {
    let f = built();
    for path in [
        "sv/om-atgard-31/index.html",
        "en/about-action-31/index.html",
        "ru/o-mere-31/index.html",
        "sv/kontakt/index.html",
        "en/contact/index.html",
        "sv/kalender/index.html",
        "en/calendar/index.html",
    ] {
        assert!(f.exists(path), "{path}");
    }
}

#[test]
fn russian_and_arabic_fall_back_visibly() {
    let f = built();
    let doc = f.html("ru/action-plan/index.html");
    assert_eq!(attr(&doc, "html", "lang"), "ru");
    assert_eq!(attr(&doc, ".content-lang", "lang"), "en", "ru falls back to en first");
    let doc = f.html("ar/action-plan/index.html");
    assert_eq!(attr(&doc, "html", "dir"), "rtl");
    assert_eq!(attr(&doc, ".content-lang", "dir"), "ltr");
}

/// The shipped site shows both ways of translating: the Russian partners page
/// has no hand-written file; it is made from `po/ru.po`, where every one of
/// its messages is translated, so it is Russian at its own address with no
/// notice. The other pages without a Russian file have nothing translated in
/// the catalogue (under `i18n.po_threshold`) and still fall back to English.
#[test]
fn russian_partners_page_is_made_from_the_catalogue() {
    let f = built();
    assert!(
        !f.root().join("content/ru/partners.md").exists(),
        "no hand-written file"
    );
    let doc = f.html("ru/partners/index.html");
    assert_eq!(attr(&doc, "html", "lang"), "ru");
    assert_eq!(text(&doc, "h1"), "Партнёры в Швеции");
    assert_eq!(
        attr(&doc, "link[rel=canonical]", "href"),
        "https://action31.example.org/ru/partners/",
        "the page is the language's own"
    );
    assert!(
        doc.select(&sel("p.notice")).next().is_none(),
        "fully translated: no notice"
    );
    assert!(
        doc.select(&sel("main [lang]")).next().is_none(),
        "no block is shown in another language"
    );
    let prose = text(&doc, ".prose");
    assert!(prose.contains("неправительственные организации (НПО)"), "{prose}");
    assert!(!prose.contains("samarbete"), "{prose}");
    let menu = common::texts(&doc, "nav a[aria-current=page]");
    assert_eq!(menu, ["Партнёры в Швеции"], "in the Russian menu");
    let sitemap = std::fs::read_to_string(f.out().join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>https://action31.example.org/ru/partners/</loc>"));
    for page in [
        "accessibility",
        "action-plan",
        "news",
        "news/presentation-2010",
        "privacy",
    ] {
        let doc = f.html(&format!("ru/{page}/index.html"));
        assert_eq!(
            attr(&doc, ".content-lang", "lang"),
            "en",
            "ru/{page} falls back to English"
        );
        assert!(
            attr(&doc, "link[rel=canonical]", "href").starts_with("https://action31.example.org/en/"),
            "ru/{page}"
        );
    }
    let doc = f.html("ar/partners/index.html");
    assert_eq!(attr(&doc, ".content-lang", "lang"), "en", "Arabic has no catalogue");
}

#[test]
fn fallback_notice_names_the_shown_language_in_the_readers_language() {
    let f = built();
    for (path, name) in [
        ("ru/action-plan/index.html", "английский"),
        ("ar/action-plan/index.html", "الإنجليزية"),
    ] {
        let doc = f.html(path);
        assert_eq!(attr(&doc, ".content-lang", "lang"), "en", "{path}");
        let notice = text(&doc, "p.notice");
        assert!(notice.contains(name), "{path}: {notice}");
        assert!(!notice.contains("English"), "{path}: {notice}");
    }
}

#[test]
fn contact_page_has_working_international_phone_links() {
    let f = built();
    let doc = f.html("en/contact/index.html");
    let tels: Vec<(String, String)> = doc
        .select(&sel(".contact a[href^='tel:']"))
        .map(|a| (a.value().attr("href").unwrap().to_string(), a.text().collect()))
        .collect();
    assert_eq!(
        tels,
        [
            ("tel:+4684537883".to_string(), "+46 8 453 78 83".to_string()),
            ("tel:+46732318534".to_string(), "+46 73 231 85 34".to_string()),
            ("tel:+4684537911".to_string(), "+46 8 453 79 11".to_string()),
            ("tel:+46732318542".to_string(), "+46 73 231 85 42".to_string()),
        ]
    );
    assert!(
        doc.select(&sel("a[href^='mailto:']")).next().is_none(),
        "no invented e-mail addresses"
    );
}

/// Regression (issue 19): the shipped calendar listed invented events, with
/// `EventScheduled` JSON-LD, confirmed `.ics` files, feeds and sitemap
/// entries. The site's source names no seminar, so the shipped calendar has
/// no events and says so in every language.
#[test]
fn shipped_calendar_announces_no_invented_events() {
    let f = built();
    let files: Vec<String> = snapshot(&f.out())
        .into_keys()
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .collect();
    let ics: Vec<&String> = files.iter().filter(|p| p.ends_with(".ics")).collect();
    assert!(ics.is_empty(), "no calendar files: {ics:?}");
    for (path, doc) in html_pages(&f) {
        assert!(
            doc.select(&sel("li.event, .event-when")).next().is_none(),
            "{path}: lists an event"
        );
        for script in doc.select(&sel("script[type='application/ld+json']")) {
            let json: String = script.text().collect();
            assert!(!json.contains("Event"), "{path}: event JSON-LD {json}");
        }
    }
    let sitemap = std::fs::read_to_string(f.out().join("sitemap.xml")).unwrap();
    for word in ["/example-", "/exempel-", "kyiv", "riga", "stockholm"] {
        assert!(!sitemap.to_lowercase().contains(word), "sitemap mentions {word}");
    }
    for (page, empty) in [
        ("sv/kalender/index.html", "Det finns inga kommande aktiviteter just nu."),
        (
            "en/calendar/index.html",
            "There are no upcoming activities at the moment.",
        ),
        ("ru/kalendar/index.html", "Запланированных мероприятий пока нет."),
        ("ar/altaqwim/index.html", "لا توجد أنشطة قادمة في الوقت الحالي."),
    ] {
        let doc = f.html(page);
        assert_eq!(text(&doc, "#upcoming-empty"), empty, "{page}");
        assert!(
            doc.select(&sel("#upcoming-empty[hidden]")).next().is_none(),
            "{page}: the empty text is shown"
        );
        assert!(
            doc.select(&sel(".content-lang[lang]")).next().is_none(),
            "{page}: translated, not a fallback"
        );
        let prose = text(&doc, ".prose");
        assert!(prose.contains("+46 8 453 78 83"), "{page}: says whom to ask: {prose}");
        let home = f.html(&format!("{}/index.html", &page[..2]));
        assert_eq!(
            text(&home, ".next-events p"),
            empty,
            "{page}: the home page says it too"
        );
    }
}

#[test]
fn calendar_lists_upcoming_then_past_for_the_given_now() {
    let f = Fixture::shipped_with_example_events();
    let report = f.build();
    assert!(report.warnings.is_empty(), "{:#?}", report.warnings);
    let doc = f.html("en/calendar/index.html");
    let upcoming = common::texts(&doc, "#upcoming li > a");
    let past = common::texts(&doc, "#past li > a");
    assert_eq!(
        upcoming,
        ["Example: visit programme in Stockholm", "Example: seminar in Kyiv"]
    );
    assert_eq!(past, ["Example: seminar in Riga"]);
    let when: Vec<String> = doc
        .select(&sel("#upcoming .event-when"))
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(when[1], "11 May 2027 at 10:00–17:00 EEST (UTC+3)", "en-GB");
}

#[test]
fn root_chooser_lists_every_language_in_its_own_name() {
    let f = built();
    let doc = f.html("index.html");
    let langs: Vec<(String, String, String)> = doc
        .select(&sel("ul.language-choice a"))
        .map(|a| {
            (
                a.value().attr("lang").unwrap().into(),
                a.value().attr("href").unwrap().into(),
                a.text().collect(),
            )
        })
        .collect();
    assert_eq!(
        langs,
        [
            ("sv".into(), "sv/index.html".into(), "Svenska".into()),
            ("en".into(), "en/index.html".into(), "English".into()),
            ("ru".into(), "ru/index.html".into(), "Русский".into()),
            ("ar".into(), "ar/index.html".into(), "العربية".into())
        ]
    );
}

#[test]
fn every_contact_has_a_parseable_vcard() {
    let f = built();
    let doc = f.html("en/contact/index.html");
    let links: Vec<String> = doc
        .select(&sel(".contact a[type='text/vcard']"))
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    assert_eq!(links, ["ulrika-rosvall-levin.vcf", "magdalena-bergqvist.vcf"]);
    let raw = std::fs::read_to_string(f.out().join("en/contact/ulrika-rosvall-levin.vcf")).unwrap();
    assert!(raw.lines().all(|l| l.len() <= 76), "folded");
    let unfolded = icalendar::parser::unfold(&raw);
    let components = icalendar::parser::read_calendar_simple(&unfolded).unwrap();
    let card = &components[0];
    assert_eq!(card.name, "VCARD");
    let props: Vec<(String, String)> = card
        .properties
        .iter()
        .map(|p| (p.name.to_string(), p.val.to_string()))
        .collect();
    assert!(props.contains(&("VERSION".into(), "4.0".into())));
    assert!(props.contains(&("FN".into(), "Ulrika Rosvall Levin".into())));
    assert!(props.contains(&("TITLE".into(), "project manager".into())));
    assert!(props.contains(&("ORG".into(), "The Swedish Institute".into())));
    let tels: Vec<&String> = props.iter().filter(|(n, _)| n == "TEL").map(|(_, v)| v).collect();
    assert_eq!(tels, ["tel:+4684537883", "tel:+46732318534"]);
    assert!(
        !props.iter().any(|(n, _)| n == "EMAIL"),
        "no e-mail in the brief, none on the card"
    );
}

#[test]
fn email_is_readable_but_not_in_the_source_or_the_vcard() {
    let f = Fixture::shipped();
    let contact = std::fs::read_to_string(f.root().join("content/en/contact.md")).unwrap();
    f.write(
        "content/en/contact.md",
        &contact.replacen("email: \"\"", "email: \"info@example.org\"", 1),
    );
    f.build();
    let raw = std::fs::read_to_string(f.out().join("en/contact/index.html")).unwrap();
    assert!(
        !raw.contains("info@example.org") && !raw.contains("mailto:") && !raw.contains("&#64;"),
        "no address or mailto in the HTML"
    );
    let doc = Html::parse_document(&raw);
    assert_eq!(
        text(&doc, ".email"),
        "info [at] example.org",
        "readable without JavaScript"
    );
    assert_eq!(attr(&doc, ".email", "data-user"), "info");
    assert_eq!(attr(&doc, ".email", "data-domain"), "example.org");
    let card = std::fs::read_to_string(f.out().join("en/contact/ulrika-rosvall-levin.vcf")).unwrap();
    assert!(!card.contains("example.org"), "no address in the vCard either");
}

#[test]
fn english_pages_use_british_dates_from_the_locale_key() {
    let f = built();
    let doc = f.html("en/news/index.html");
    let dates = common::texts(&doc, "time[datetime='2010-04-26']");
    assert!(!dates.is_empty());
    for d in dates {
        assert_eq!(d, "26 April 2010");
    }
    assert_eq!(attr(&doc, "html", "lang"), "en", "the URL code stays the language tag");
}
