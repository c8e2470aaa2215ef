//! Listings in pages (`paginate_by`) and by year (`group_by: year`) on a
//! fixture site with the default theme: the edges (no entries, one,
//! exactly `paginate_by`, one more), where each page is published (the
//! `page` segment localised), its canonical address and neighbours, the
//! "page 2 of 5" line in the reader's language, the sitemap, year
//! headings, byte-identical builds, and errors for bad values.

mod common;

use common::{Fixture, attr, sel, texts};

/// A site in Swedish, English, Russian and Arabic with a news section
/// paginated by `per_page` holding `count` dated items (one a month from
/// 2009-11, so they span two years), in Swedish and Russian.
fn site(per_page: &str, count: usize) -> Fixture {
    let f = Fixture::new("basic");
    f.use_default_theme();
    f.write(
        "site.yaml",
        "title: Testplats\nbase_url: https://example.org/sub\ndefault_language: sv\nlanguages:\n  sv: {}\n  en: {}\n  ru: {}\n  ar: {}\ntheme: default\n",
    );
    for lang in ["ru", "ar"] {
        f.write(&format!("content/{lang}/_index.md"), "---\ntitle: Home\n---\n");
    }
    f.remove("content/de/_index.md");
    f.remove("content/sv/news/first.md");
    f.remove("content/sv/news/second.md");
    for (lang, title) in [("sv", "Nyheter"), ("ru", "Новости")] {
        f.write(
            &format!("content/{lang}/news/_index.md"),
            &format!("---\ntitle: {title}\nsort_by: date\npaginate_by: {per_page}\ngroup_by: year\n---\n"),
        );
        for i in 0..count {
            let (year, month) = if i < 2 { (2009, 11 + i) } else { (2010, i - 1) };
            f.write(
                &format!("content/{lang}/news/item-{i:02}.md"),
                &format!("---\ntitle: {lang} {i:02}\ndate: {year}-{month:02}-01\n---\nText {i}.\n"),
            );
        }
    }
    f
}

/// Titles listed on a built page.
fn titles(f: &Fixture, rel: &str) -> Vec<String> {
    texts(&f.html(rel), "main .listing li a")
}

fn clean(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn the_edges_no_entries_one_exactly_paginate_by_and_one_more() {
    for (count, pages) in [(0, 1), (1, 1), (3, 1), (4, 2)] {
        let f = site("3", count);
        f.build();
        assert!(f.exists("sv/news/index.html"), "{count}");
        for n in 2..=3 {
            assert_eq!(
                f.exists(&format!("sv/news/sida/{n}/index.html")),
                n <= pages,
                "{count} entries: page {n}"
            );
        }
        let first = f.html("sv/news/index.html");
        let shown = titles(&f, "sv/news/index.html").len();
        assert_eq!(shown, count.min(3), "{count}");
        // A navigation only when there is more than one page.
        assert_eq!(
            first.select(&sel("nav.pagination")).count(),
            usize::from(pages > 1),
            "{count}"
        );
    }
}

#[test]
fn later_pages_have_their_own_address_neighbours_and_canonical() {
    let f = site("2", 5);
    f.build();
    // Newest first: 04 03 | 02 01 | 00.
    assert_eq!(titles(&f, "sv/news/index.html"), ["sv 04", "sv 03"]);
    assert_eq!(titles(&f, "sv/news/sida/2/index.html"), ["sv 02", "sv 01"]);
    assert_eq!(titles(&f, "sv/news/sida/3/index.html"), ["sv 00"]);
    assert!(!f.exists("sv/news/sida/4/index.html"), "no empty last page");
    assert!(!f.exists("sv/news/sida/1/index.html"), "page 1 is the section itself");

    let doc = f.html("sv/news/sida/2/index.html");
    assert_eq!(
        attr(&doc, "link[rel=canonical]", "href"),
        "https://example.org/sub/sv/news/sida/2/"
    );
    assert_eq!(attr(&doc, "nav.pagination a[rel=prev]", "href"), "../../index.html");
    assert_eq!(attr(&doc, "nav.pagination a[rel=next]", "href"), "../3/index.html");
    assert_eq!(attr(&doc, "nav.pagination a[aria-current=page]", "href"), "index.html");
    assert_eq!(clean(&texts(&doc, ".pagination-status")[0]), "Sida 2 av 3");
    let first = f.html("sv/news/index.html");
    assert!(first.select(&sel("nav.pagination a[rel=prev]")).next().is_none());
    let last = f.html("sv/news/sida/3/index.html");
    assert!(last.select(&sel("nav.pagination a[rel=next]")).next().is_none());
    // Page 2 in Russian is the Russian page 2; in English (which falls back
    // to the Swedish listing) its page 2 too.
    let hreflang: Vec<(String, String)> = doc
        .select(&sel("link[rel=alternate][hreflang]"))
        .map(|l| {
            (
                l.value().attr("hreflang").unwrap().into(),
                l.value().attr("href").unwrap().into(),
            )
        })
        .collect();
    assert!(
        hreflang.contains(&(
            "ru".into(),
            "https://example.org/sub/ru/news/%D1%81%D1%82%D1%80%D0%B0%D0%BD%D0%B8%D1%86%D0%B0/2/".into()
        )),
        "{hreflang:?}"
    );
    assert!(common::assert_links_resolve(&f.out()) > 10);
}

#[test]
fn the_page_segment_and_page_of_line_are_in_the_readers_language() {
    let f = site("2", 5);
    f.build();
    let ru = f.html("ru/news/страница/2/index.html");
    assert_eq!(clean(&texts(&ru, ".pagination-status")[0]), "Страница 2 из 3");
    assert_eq!(texts(&ru, "nav.pagination a[rel=next]"), ["Следующая страница"]);
    // Arabic falls back to the Swedish listing, at Arabic addresses.
    let ar = f.html("ar/news/صفحة/3/index.html");
    assert_eq!(attr(&ar, "html", "dir"), "rtl");
    assert_eq!(clean(&texts(&ar, ".pagination-status")[0]), "الصفحة 3 من 3");
    // English has its own news section without `paginate_by`: one page.
    assert_eq!(titles(&f, "en/news/index.html").len(), 5);
    assert!(!f.exists("en/news/page/2/index.html"));
}

#[test]
fn listings_are_grouped_under_their_years_in_the_readers_language() {
    let f = site("10", 5);
    f.build();
    let doc = f.html("sv/news/index.html");
    assert_eq!(texts(&doc, "h2.listing-year"), ["2010", "2009"]);
    let lists: Vec<usize> = doc
        .select(&sel("h2.listing-year + ul.listing"))
        .map(|ul| ul.select(&sel("li")).count())
        .collect();
    assert_eq!(lists, [3, 2]);
}

#[test]
fn paginated_pages_are_in_the_sitemap() {
    let f = site("2", 5);
    f.build();
    let text = std::fs::read_to_string(f.out().join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    let locs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name((ns, "loc")))
        .filter_map(|n| n.text())
        .collect();
    for want in [
        "https://example.org/sub/sv/news/",
        "https://example.org/sub/sv/news/sida/2/",
        "https://example.org/sub/sv/news/sida/3/",
        "https://example.org/sub/ru/news/%D1%81%D1%82%D1%80%D0%B0%D0%BD%D0%B8%D1%86%D0%B0/3/",
    ] {
        assert!(locs.contains(&want), "{want} not in {locs:?}");
    }
    // Fallback copies are not in the sitemap, so neither are their pages.
    assert!(!locs.iter().any(|l| l.contains("/en/news/page/")), "{locs:?}");
}

#[test]
fn builds_of_paginated_listings_are_byte_identical() {
    let f = site("2", 7);
    let (one, many) = common::build_with_one_and_many_threads(&f, "4");
    assert!(one.keys().any(|p| p.to_string_lossy().contains("sida")));
    assert_eq!(one, many);
}

#[test]
fn bad_paginate_by_and_group_by_values_are_errors_with_their_line() {
    for (value, message) in [
        ("0", "`paginate_by: 0` is not a number of pages to show"),
        ("-3", "`paginate_by: -3` is not a number of pages to show"),
    ] {
        let f = site(value, 2);
        let errors = f.build_err();
        let e = errors
            .iter()
            .find(|e| {
                e.message.contains(message)
                    && e.file.as_deref() == Some(std::path::Path::new("content/sv/news/_index.md"))
            })
            .unwrap_or_else(|| panic!("{errors:#?}"));
        assert_eq!((e.line, e.column), (Some(4), Some(14)), "{e}");
        assert!(e.hint.as_deref().unwrap().contains("1 or more"), "{e}");
    }
    let f = site("ten", 2);
    let errors = f.build_err();
    let e = errors
        .iter()
        .find(|e| e.file.as_deref() == Some(std::path::Path::new("content/sv/news/_index.md")))
        .unwrap_or_else(|| panic!("{errors:#?}"));
    assert_eq!((e.line, e.column), (Some(4), Some(14)), "{e}");
    assert!(e.message.contains("must be a whole number"), "{e}");

    let f = site("2", 2);
    f.write(
        "content/sv/news/_index.md",
        "---\ntitle: Nyheter\ngroup_by: month\n---\n",
    );
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om oss\nslug: om-oss\npaginate_by: 5\n---\n",
    );
    let errors = f.build_err();
    let group = errors
        .iter()
        .find(|e| e.message.contains("unknown grouping `month`"))
        .unwrap();
    assert_eq!(group.line, Some(3));
    assert!(group.hint.as_deref().unwrap().contains("group_by: year"));
    let on_page = errors
        .iter()
        .find(|e| e.message.contains("`paginate_by` on a page"))
        .unwrap();
    assert_eq!(on_page.line, Some(4));
}

#[test]
fn a_long_listing_links_the_first_last_and_nearby_pages() {
    let f = site("1", 9);
    f.build();
    let doc = f.html("sv/news/sida/5/index.html");
    let items: Vec<String> = texts(&doc, "nav.pagination li");
    let numbers: Vec<&str> = items
        .iter()
        .map(String::as_str)
        .filter(|t| *t != "Föregående sida" && *t != "Nästa sida")
        .collect();
    assert_eq!(numbers, ["1", "…", "3", "4", "5", "6", "7", "…", "9"]);
    let first = f.html("sv/news/index.html");
    let numbers: Vec<String> = texts(&first, "nav.pagination li a:not([rel])");
    assert_eq!(numbers, ["1", "2", "3", "9"]);
}
