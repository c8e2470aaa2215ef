//! End-to-end behaviour of `tolk build` on fixture sites: URLs, translations,
//! fallbacks, links, Markdown per language, atomic and reproducible output.

mod common;

use common::{Fixture, assert_links_resolve, attr, sel, snapshot, text};

#[test]
fn localised_slugs_give_per_language_urls() {
    let f = Fixture::new("basic");
    f.build();
    assert!(f.exists("sv/om-oss/index.html"));
    assert!(f.exists("en/about/index.html"));
    assert!(
        f.exists("sv/nyheter/forsta/index.html"),
        "a section slug localises the folder of the pages below it"
    );
    assert!(f.exists("sv/kontakt/index.html"));
}

#[test]
fn translations_are_linked_in_the_switcher() {
    let f = Fixture::new("basic");
    f.build();
    let doc = f.html("en/about/index.html");
    assert_eq!(
        attr(&doc, "#languages a[lang=sv]", "href"),
        "../../sv/om-oss/index.html"
    );
    assert_eq!(attr(&doc, "#languages a[lang=sv]", "data-exists"), "true");
    assert_eq!(attr(&doc, "#languages a[lang=en]", "aria-current"), "true");
    assert_eq!(attr(&doc, "#languages a[lang=de]", "data-exists"), "false");
    assert_eq!(attr(&doc, "#languages a[lang=de]", "href"), "../../de/about/index.html");
    assert_eq!(attr(&doc, "html", "lang"), "en");
}

#[test]
fn missing_page_falls_back_to_the_original_with_notice_and_canonical() {
    let f = Fixture::new("basic");
    f.build();
    let doc = f.html("en/contact/index.html");
    assert_eq!(
        attr(&doc, "html", "lang"),
        "en",
        "the page frame is in the reader's language"
    );
    assert_eq!(
        attr(&doc, "#main", "lang"),
        "sv",
        "the content is marked with its own language"
    );
    assert_eq!(attr(&doc, "#main", "data-state"), "fallback");
    assert_eq!(text(&doc, "h1"), "Kontakt");
    assert!(text(&doc, "#notice").contains("Svenska"), "{}", text(&doc, "#notice"));
    assert_eq!(
        attr(&doc, "link[rel=canonical]", "href"),
        "https://example.org/sub/sv/kontakt/"
    );
}

#[test]
fn fallback_follows_the_language_chain() {
    let f = Fixture::new("basic");
    f.build();
    // de falls back to en first, then sv (the default).
    let about = f.html("de/about/index.html");
    assert_eq!(text(&about, "h1"), "About us");
    let contact = f.html("de/contact/index.html");
    assert_eq!(text(&contact, "h1"), "Kontakt");
}

#[test]
fn skip_mode_publishes_nothing_and_switcher_points_home() {
    let f = Fixture::new("basic");
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write("site.yaml", &format!("{yaml}i18n:\n  missing_pages: skip\n"));
    f.build();
    assert!(!f.exists("en/contact/index.html"));
    let doc = f.html("sv/kontakt/index.html");
    assert_eq!(attr(&doc, "#languages a[lang=en]", "href"), "../../en/index.html");
}

#[test]
fn content_links_resolve_per_language() {
    let f = Fixture::new("basic");
    f.build();
    let sv = f.html("sv/index.html");
    let links: Vec<&str> = sv
        .select(&sel("#main > p a"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(links, ["om-oss/index.html", "kontakt/index.html#telefon"]);
    let en = f.html("en/index.html");
    let links: Vec<&str> = en
        .select(&sel("#main > p a"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(
        links,
        ["about/index.html", "contact/index.html#telefon"],
        "a missing translation links to the fallback page"
    );
}

#[test]
fn every_internal_link_resolves_from_every_page() {
    let f = Fixture::new("basic");
    f.build();
    let checked = assert_links_resolve(&f.out());
    assert!(checked > 50, "only {checked} links checked");
}

#[test]
fn heading_ids_are_unique_and_quotes_follow_the_language() {
    let f = Fixture::new("basic");
    f.build();
    let sv = f.html("sv/om-oss/index.html");
    let ids: Vec<&str> = sv
        .select(&sel("#main h2"))
        .filter_map(|h| h.value().attr("id"))
        .collect();
    assert_eq!(ids, ["åtgärd-31", "åtgärd-31-1"]);
    assert!(
        text(&sv, "#main p").starts_with("”Citat” och ’enkla’"),
        "{}",
        text(&sv, "#main p")
    );
    let en = f.html("en/about/index.html");
    assert!(text(&en, "#main p").starts_with("“Quote” and ‘single’"));
    let ext = sv.select(&sel("a[href='https://example.com/']")).next().unwrap();
    assert_eq!(ext.value().attr("rel"), Some("noopener"));
}

#[test]
fn sections_list_their_pages_in_order() {
    let f = Fixture::new("basic");
    f.build();
    let doc = f.html("sv/nyheter/index.html");
    let titles: Vec<String> = doc.select(&sel("#pages a")).map(|a| a.text().collect()).collect();
    assert_eq!(
        titles,
        ["Andra nyheten", "Första nyheten"],
        "sort_by: date puts the newest first"
    );
}

#[test]
fn menus_resolve_per_language_and_mark_the_current_page() {
    let f = Fixture::new("basic");
    f.build();
    let doc = f.html("sv/om-oss/index.html");
    let items: Vec<(String, String)> = doc
        .select(&sel("#menu a"))
        .map(|a| (a.text().collect(), a.value().attr("href").unwrap().to_string()))
        .collect();
    assert_eq!(
        items,
        [
            ("Om oss".to_string(), "index.html".to_string()),
            ("Nyheter".to_string(), "../nyheter/index.html".to_string()),
            ("Kontakt".to_string(), "../kontakt/index.html".to_string())
        ]
    );
    assert_eq!(attr(&doc, "#menu a[aria-current=page]", "href"), "index.html");
}

#[test]
fn site_ui_strings_override_the_theme_message_by_message() {
    let f = Fixture::new("basic");
    f.build();
    assert_eq!(text(&f.html("en/index.html"), "#home"), "Start page");
    assert_eq!(text(&f.html("sv/index.html"), "#home"), "Hem");
}

#[test]
fn root_is_a_language_chooser() {
    let f = Fixture::new("basic");
    f.build();
    let doc = f.html("index.html");
    let langs: Vec<(&str, &str)> = doc
        .select(&sel("a[hreflang]"))
        .map(|a| (a.value().attr("hreflang").unwrap(), a.value().attr("href").unwrap()))
        .collect();
    assert_eq!(
        langs,
        [
            ("sv", "sv/index.html"),
            ("en", "en/index.html"),
            ("de", "de/index.html")
        ]
    );
}

#[test]
fn builds_are_byte_identical() {
    let f = Fixture::new("basic");
    f.build();
    let first = snapshot(&f.out());
    f.build();
    assert_eq!(first, snapshot(&f.out()));
}

#[test]
fn failed_build_leaves_previous_output_untouched() {
    let f = Fixture::new("basic");
    f.build();
    let before = snapshot(&f.out());
    f.write("content/sv/about.md", "---\ntitle: Om oss\ndescripton: typo\n---\n");
    let errors = f.build_err();
    assert_eq!(errors.iter().filter(|d| d.is_error()).count(), 1);
    assert_eq!(before, snapshot(&f.out()));
    let leftovers: Vec<_> = std::fs::read_dir(f.root())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("tolk-"))
        .collect();
    assert!(leftovers.is_empty(), "staging folders left behind");
}

#[test]
fn base_url_with_sub_path_is_used_for_absolute_urls_only() {
    let f = Fixture::new("basic");
    f.build();
    let doc = f.html("sv/om-oss/index.html");
    assert_eq!(
        attr(&doc, "link[rel=canonical]", "href"),
        "https://example.org/sub/sv/om-oss/"
    );
    assert_eq!(attr(&doc, "link[rel=stylesheet]", "href"), "../../css/style.css");
    let mut o = f.options();
    o.base_url = Some("https://preview.example.net/x".into());
    tolk::build(&o).unwrap();
    let doc = f.html("sv/om-oss/index.html");
    assert_eq!(
        attr(&doc, "link[rel=canonical]", "href"),
        "https://preview.example.net/x/sv/om-oss/"
    );
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let f = Fixture::new("basic");
    f.write("content/sv/draft.md", "---\ntitle: Utkast\ndraft: true\n---\n");
    f.build();
    assert!(!f.exists("sv/draft/index.html"));
    let mut o = f.options();
    o.drafts = true;
    tolk::build(&o).unwrap();
    assert!(f.exists("sv/draft/index.html"));
}

#[test]
fn crlf_and_bom_files_build() {
    let f = Fixture::new("basic");
    f.write(
        "content/sv/crlf.md",
        "\u{feff}---\r\ntitle: CRLF\r\n---\r\n## Rubrik\r\n\r\nText\r\n",
    );
    f.build();
    f.write("content/sv/cr.md", "---\rtitle: CR\r---\r## Gammal Mac\r\rText\r");
    f.build();
    let doc = f.html("sv/crlf/index.html");
    assert_eq!(text(&doc, "h1"), "CRLF");
    assert_eq!(attr(&doc, "#main h2", "id"), "rubrik");
    let doc = f.html("sv/cr/index.html");
    assert_eq!(text(&doc, "h1"), "CR", "old Mac line breaks (lone CR) work too");
    assert_eq!(attr(&doc, "#main h2", "id"), "gammal-mac");
}

#[test]
fn refuses_to_write_over_the_site_itself() {
    let f = Fixture::new("basic");
    let mut o = f.options();
    o.output = Some(f.root().to_path_buf());
    assert!(matches!(tolk::build(&o), Err(tolk::error::Error::Usage(_))));
    o.output = Some(f.root().join("content"));
    assert!(matches!(tolk::build(&o), Err(tolk::error::Error::Usage(_))));
    assert!(f.root().join("content/sv/_index.md").is_file());
}

#[test]
fn init_creates_a_site_that_builds() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("new");
    assert_eq!(tolk::init::create(&site).unwrap(), 2);
    let ignored = std::fs::read_to_string(site.join(".gitignore")).unwrap();
    let ignored: Vec<&str> = ignored.lines().collect();
    assert_eq!(ignored, ["public/", ".tolk-cache/"], "the output and the image cache");
    let report = tolk::build(&tolk::BuildOptions {
        root: site.clone(),
        ..Default::default()
    })
    .unwrap();
    // Home and about, the calendar and its sample event, in two languages.
    assert_eq!(report.pages, 8);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    let home = std::fs::read_to_string(site.join("public/sv/index.html")).unwrap();
    let doc = scraper::Html::parse_document(&home);
    assert_eq!(attr(&doc, "html", "lang"), "sv");
    // The starter calendar has one event per language, labelled as a sample
    // in its title and text, with its .ics file and the language's feed.
    for (lang, calendar, event, label) in [
        ("en", "calendar", "sample-seminar", "Sample"),
        ("sv", "kalender", "exempel-seminarium", "Exempel"),
    ] {
        let page = site.join(format!("public/{lang}/{calendar}/{event}/index.html"));
        let html = std::fs::read_to_string(&page).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
        let doc = scraper::Html::parse_document(&html);
        assert!(text(&doc, "h1").starts_with(label), "{lang}: {}", text(&doc, "h1"));
        assert!(html.contains(if lang == "en" {
            "This is a sample event"
        } else {
            "Det här är ett exempel"
        }));
        assert!(
            site.join(format!("public/{lang}/{calendar}/{event}/event.ics"))
                .is_file()
        );
        assert!(site.join(format!("public/{lang}/calendar.ics")).is_file());
        let cal = std::fs::read_to_string(site.join(format!("public/{lang}/{calendar}/index.html"))).unwrap();
        let cal = scraper::Html::parse_document(&cal);
        assert_eq!(
            common::texts(&cal, "li.event > a").len(),
            1,
            "{lang}: the calendar lists the sample"
        );
    }
    assert!(
        matches!(tolk::init::create(&site), Err(tolk::error::Error::Usage(_))),
        "a non-empty folder is refused"
    );
}

/// Regression: an image written beside a page in content/ was copied into
/// the section's folder, but the page (one folder deeper with pretty URLs)
/// linked it relative to itself, so the image was missing.
#[test]
fn regression_colocated_image_resolves_from_the_page_and_its_fallbacks() {
    let f = Fixture::new("basic");
    f.write(
        "content/sv/contact.md",
        "---\ntitle: Kontakt\nslug: kontakt\n---\n![Karta](karta.svg) [PDF](filer/plan.pdf)\n",
    );
    f.write("content/sv/karta.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    f.write("content/sv/filer/plan.pdf", "%PDF-1.4");
    f.build();
    let sv = f.html("sv/kontakt/index.html");
    assert_eq!(attr(&sv, "#main img", "src"), "../karta.svg");
    assert_eq!(attr(&sv, "#main p a", "href"), "../filer/plan.pdf");
    let en = f.html("en/contact/index.html");
    assert_eq!(
        attr(&en, "#main img", "src"),
        "../../sv/karta.svg",
        "the fallback page uses the original's file"
    );
    assert_links_resolve(&f.out());
}

#[test]
fn site_title_can_come_from_fluent() {
    let f = Fixture::new("basic");
    f.write("locales/sv/site.ftl", "site-title = Testplatsen på svenska\n");
    f.build();
    assert_eq!(
        text(&f.html("sv/om-oss/index.html"), "title"),
        "Om oss – Testplatsen på svenska"
    );
    assert_eq!(
        text(&f.html("en/about/index.html"), "title"),
        "About us – Test site",
        "site.yaml's language title when the language has no message"
    );
    assert_eq!(
        text(&f.html("de/about/index.html"), "title"),
        "About us – Testplats",
        "then the site's title"
    );
}

#[test]
fn menu_labels_can_be_fluent_messages() {
    let f = Fixture::new("basic");
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write(
        "site.yaml",
        &yaml.replace(
            "main: [about, news, contact]",
            "main:\n    - { path: about, label: menu-about }\n    - news\n    - contact",
        ),
    );
    f.write("locales/sv/menu.ftl", "menu-about = Om\n");
    f.write("locales/en/menu.ftl", "menu-about = About\n");
    let report = f.build();
    let sv: Vec<String> = f
        .html("sv/index.html")
        .select(&sel("#menu a"))
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(sv, ["Om", "Nyheter", "Kontakt"]);
    let de: Vec<String> = f
        .html("de/index.html")
        .select(&sel("#menu a"))
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(de[0], "About", "de falls back to en");
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.to_string().contains("site.yaml:13") && w.message.contains("`menu-about` is missing in `de`")),
        "{:?}",
        report.warnings
    );
}

/// Regression: a template that includes a partial without extending another
/// template was refused ("Unknown template") by the per-file syntax check.
#[test]
fn regression_standalone_template_may_include_partials() {
    let f = Fixture::new("basic");
    f.write(
        "themes/plain/templates/partials/title.html",
        "<h1>{{ page.title }}</h1>",
    );
    f.write("themes/plain/templates/page.html", "<!DOCTYPE html><html lang=\"{{ lang.code }}\"><head><title>{{ page.title }}</title></head><body><main id=\"main\">{% include \"partials/title.html\" %}</main></body></html>");
    f.build();
    assert_eq!(text(&f.html("sv/om-oss/index.html"), "h1"), "Om oss");
}

#[test]
fn smart_punctuation_applies_to_titles_and_descriptions() {
    let f = Fixture::new("basic");
    f.use_default_theme();
    f.write(
        "content/sv/news/citat.md",
        "---\ntitle: '\"Hej\" -- sa hon...'\ndescription: Om \"citat\"\nslug: citat\ndate: 2010-04-27\n---\nText.\n",
    );
    f.build();
    let page = f.html("sv/nyheter/citat/index.html");
    assert!(
        text(&page, "title").starts_with("”Hej” – sa hon…"),
        "{}",
        text(&page, "title")
    );
    assert_eq!(attr(&page, "meta[name=description]", "content"), "Om ”citat”");
    let listing = std::fs::read_to_string(f.out().join("sv/nyheter/index.html")).unwrap();
    assert!(listing.contains("”Hej” – sa hon…"), "{listing}");
}

fn menu_titles(f: &Fixture, rel: &str) -> Vec<String> {
    let doc = f.html(rel);
    doc.select(&sel("#menu a")).map(|a| a.text().collect()).collect()
}

#[test]
fn a_language_can_list_its_own_menu_and_hide_fallbacks() {
    let f = Fixture::new("basic");
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.build();
    let site_menu = menu_titles(&f, "en/index.html");
    assert_eq!(menu_titles(&f, "de/index.html").len(), 3);
    // German lists only the contact page; English keeps the site's menu.
    f.write(
        "site.yaml",
        &yaml.replace(
            "  de:\n    fallback: [en]\n",
            "  de:\n    fallback: [en]\n    menus:\n      main: [contact, about]\n",
        ),
    );
    f.build();
    assert_eq!(menu_titles(&f, "de/index.html").len(), 2);
    assert_eq!(menu_titles(&f, "en/index.html"), site_menu);

    f.write(
        "site.yaml",
        &format!(
            "{}i18n:\n  menu_fallbacks: hide\n",
            yaml.replace(
                "  de:\n    fallback: [en]\n",
                "  de:\n    fallback: [en]\n    menus:\n      main: [contact, about]\n"
            )
        ),
    );
    f.write("content/de/contact.md", "---\ntitle: Kontakt\n---\nText.\n");
    f.build();
    assert_eq!(
        menu_titles(&f, "de/index.html"),
        ["Kontakt"],
        "the untranslated about page is hidden"
    );
    // English shows the Swedish contact page as a fallback: hidden too.
    assert!(site_menu.contains(&"Kontakt".to_string()));
    assert_eq!(menu_titles(&f, "en/index.html"), ["About us", "News"]);
}

#[test]
fn a_language_menu_the_site_does_not_have_is_an_error_naming_the_menus() {
    let f = Fixture::new("basic");
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write(
        "site.yaml",
        &yaml.replace(
            "  de:\n    fallback: [en]\n",
            "  de:\n    fallback: [en]\n    menus:\n      footer: [contact]\n",
        ),
    );
    let errors = f.build_err();
    let e = errors
        .iter()
        .find(|d| d.message.contains("footer"))
        .expect("an error about the menu");
    assert!(e.message.contains("`de`"), "{}", e.message);
    assert!(e.hint.as_deref().unwrap_or("").contains("main"), "{e:?}");
    assert!(e.line.is_some());
}
