//! Taxonomies on a fixture site with the default theme: term ids in front
//! matter, labels from the site's Fluent files, term pages and term
//! indexes per language with their switcher, Atom feeds and sitemap
//! entries (parsed as XML), the tags a page shows, the warning for a
//! missing label, errors for bad terms and taxonomies, and what `serve`
//! redoes after an edit.

mod common;

use std::collections::BTreeSet;

use common::{Fixture, attr, sel, texts};

/// The basic fixture (sv, en, de falling back to en) with the default
/// theme, two tagged Swedish news items, one tagged English one, and
/// labels in Swedish and English (none in German).
fn site() -> Fixture {
    let f = Fixture::new("basic");
    f.use_default_theme();
    f.write(
        "content/sv/news/first.md",
        "---\ntitle: Första nyheten\nslug: forsta\ndate: 2010-04-26\ntags: [trafficking, research]\n---\nText om [hem](@/_index.md).\n",
    );
    f.write(
        "content/sv/news/second.md",
        "---\ntitle: Andra nyheten\nslug: andra\ndate: 2011-01-02\ntags:\n  - trafficking\n---\nMer text.\n",
    );
    f.write(
        "content/en/news/first.md",
        "---\ntitle: First news\ndate: 2010-04-26\ntags: [trafficking]\n---\nText.\n",
    );
    f.write(
        "locales/sv/site.ftl",
        "tag-trafficking = Människohandel\ntag-research = Forskning och utvärdering\n",
    );
    f.write(
        "locales/en/site.ftl",
        "home = Start page\ntag-trafficking = Human trafficking\ntag-research = Research\n",
    );
    f
}

fn read(f: &Fixture, rel: &str) -> String {
    let path = f.out().join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Titles and links of a listing's entries.
fn listing(f: &Fixture, rel: &str) -> Vec<(String, String)> {
    let doc = f.html(rel);
    doc.select(&sel("main .listing li a"))
        .map(|a| {
            (
                a.text().collect::<String>().trim().to_string(),
                a.value().attr("href").unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn term_pages_per_language_list_their_pages_newest_first() {
    let f = site();
    f.build();
    let sv = "sv/etiketter/människohandel/index.html";
    let doc = f.html(sv);
    assert_eq!(texts(&doc, "h1"), ["Märkt med ”Människohandel”"]);
    assert_eq!(
        listing(&f, sv),
        [
            (
                "Andra nyheten".to_string(),
                "../../nyheter/andra/index.html".to_string()
            ),
            (
                "Första nyheten".to_string(),
                "../../nyheter/forsta/index.html".to_string()
            ),
        ]
    );
    assert_eq!(attr(&doc, "html", "lang"), "sv");
    assert_eq!(
        attr(&doc, "link[rel=canonical]", "href"),
        "https://example.org/sub/sv/etiketter/m%C3%A4nniskohandel/"
    );
    // English: its own page, and the Swedish ones shown through the fallback.
    let en = f.html("en/tags/human-trafficking/index.html");
    assert_eq!(texts(&en, "h1"), ["Tagged “Human trafficking”"]);
    let titles: Vec<String> = listing(&f, "en/tags/human-trafficking/index.html")
        .into_iter()
        .map(|(t, _)| t)
        .collect();
    assert_eq!(titles, ["Andra nyheten", "First news"]);
    // The label's slug is the address, in each language.
    assert!(f.exists("sv/etiketter/forskning-och-utvärdering/index.html"));
    // English's own first news item has only `trafficking`: no English
    // page has `research`, so English has no such term page.
    assert!(!f.exists("en/tags/research/index.html"));
}

#[test]
fn term_index_lists_terms_by_label_with_counts() {
    let f = site();
    f.build();
    let doc = f.html("sv/etiketter/index.html");
    assert_eq!(texts(&doc, "h1"), ["Etiketter"]);
    let terms: Vec<String> = doc
        .select(&sel(".term-list li a"))
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(terms, ["Forskning och utvärdering", "Människohandel"]);
    let counts: Vec<String> = texts(&doc, ".term-list .count")
        .iter()
        .map(|c| c.replace(['\u{2068}', '\u{2069}'], ""))
        .collect();
    assert_eq!(counts, ["En sida", "2 sidor"]);
}

#[test]
fn switcher_on_a_term_page_leads_to_the_same_terms_page() {
    let f = site();
    f.build();
    let doc = f.html("sv/etiketter/människohandel/index.html");
    let switch: Vec<(String, String)> = doc
        .select(&sel("nav.languages a"))
        .map(|a| {
            (
                a.value().attr("lang").unwrap().to_string(),
                a.value().attr("href").unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        switch,
        [
            ("sv".to_string(), "index.html".to_string()),
            (
                "en".to_string(),
                "../../../en/tags/human-trafficking/index.html".to_string()
            ),
            (
                "de".to_string(),
                "../../../de/schlagwörter/human-trafficking/index.html".to_string()
            ),
        ]
    );
    for (_, href) in &switch {
        let target = common::resolve_link(&f.out(), "sv/etiketter/människohandel/index.html", href).unwrap();
        assert!(target.is_file(), "{}", target.display());
    }
    let hreflang: BTreeSet<String> = doc
        .select(&sel("link[rel=alternate][hreflang]"))
        .map(|l| l.value().attr("hreflang").unwrap().to_string())
        .collect();
    assert_eq!(
        hreflang,
        BTreeSet::from(["sv", "en", "de", "x-default"].map(String::from))
    );
    assert_links(&f);
}

fn assert_links(f: &Fixture) {
    assert!(common::assert_links_resolve(&f.out()) > 10);
}

#[test]
fn a_page_shows_its_tags_as_links_in_the_readers_language() {
    let f = site();
    f.build();
    let doc = f.html("sv/nyheter/forsta/index.html");
    let tags: Vec<(String, String)> = doc
        .select(&sel("nav.terms a[rel=tag]"))
        .map(|a| (a.text().collect(), a.value().attr("href").unwrap().to_string()))
        .collect();
    assert_eq!(
        tags,
        [
            (
                "Människohandel".to_string(),
                "../../etiketter/människohandel/index.html".to_string()
            ),
            (
                "Forskning och utvärdering".to_string(),
                "../../etiketter/forskning-och-utvärdering/index.html".to_string()
            ),
        ]
    );
    // German has no labels: the fallback language's (English) is shown,
    // marked as English.
    let de = f.html("de/news/first/index.html");
    let a = de.select(&sel("nav.terms a[rel=tag]")).next().unwrap();
    assert_eq!(a.text().collect::<String>(), "Human trafficking");
    assert_eq!(a.value().attr("lang"), Some("en"));
}

#[test]
fn term_and_index_feeds_are_atom_with_the_terms_pages() {
    let f = site();
    f.build();
    let atom = "http://www.w3.org/2005/Atom";
    for (file, want) in [
        (
            "sv/etiketter/människohandel/atom.xml",
            vec!["Andra nyheten", "Första nyheten"],
        ),
        (
            "sv/etiketter/forskning-och-utvärdering/atom.xml",
            vec!["Första nyheten"],
        ),
        ("sv/etiketter/atom.xml", vec!["Andra nyheten", "Första nyheten"]),
    ] {
        let text = read(&f, file);
        let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let root = doc.root_element();
        assert_eq!(root.tag_name().namespace(), Some(atom), "{file}");
        assert_eq!(
            root.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
            Some("sv")
        );
        let titles: Vec<&str> = root
            .children()
            .filter(|n| n.has_tag_name((atom, "entry")))
            .map(|e| {
                e.children()
                    .find(|n| n.has_tag_name((atom, "title")))
                    .unwrap()
                    .text()
                    .unwrap()
            })
            .collect();
        assert_eq!(titles, want, "{file}");
        let self_link = root
            .children()
            .find(|n| n.has_tag_name((atom, "link")) && n.attribute("rel") == Some("self"))
            .unwrap();
        let expected = format!("https://example.org/sub/{file}");
        assert_eq!(
            percent_encoding::percent_decode_str(self_link.attribute("href").unwrap())
                .decode_utf8()
                .unwrap(),
            expected
        );
    }
    // The term page announces its feed.
    let doc = f.html("sv/etiketter/människohandel/index.html");
    assert_eq!(attr(&doc, "link[type='application/atom+xml']", "href"), "atom.xml");
}

#[test]
fn sitemap_lists_term_pages_with_their_translations_as_alternates() {
    let f = site();
    f.build();
    let text = read(&f, "sitemap.xml");
    let doc = roxmltree::Document::parse(&text).unwrap();
    let ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    let entry = doc
        .root_element()
        .children()
        .filter(|n| n.has_tag_name((ns, "url")))
        .find(|u| {
            u.children().any(|n| {
                n.has_tag_name((ns, "loc"))
                    && n.text() == Some("https://example.org/sub/sv/etiketter/m%C3%A4nniskohandel/")
            })
        })
        .expect("the Swedish term page is in the sitemap");
    let alternates: BTreeSet<(String, String)> = entry
        .children()
        .filter(|n| n.tag_name().name() == "link")
        .map(|n| {
            (
                n.attribute("hreflang").unwrap().to_string(),
                n.attribute("href").unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        alternates,
        BTreeSet::from([
            (
                "sv".into(),
                "https://example.org/sub/sv/etiketter/m%C3%A4nniskohandel/".into()
            ),
            ("en".into(), "https://example.org/sub/en/tags/human-trafficking/".into()),
            (
                "de".into(),
                "https://example.org/sub/de/schlagw%C3%B6rter/human-trafficking/".into()
            ),
            ("x-default".into(), "https://example.org/sub/".into()),
        ])
    );
    assert!(
        text.contains("<loc>https://example.org/sub/en/tags/</loc>"),
        "the term index too"
    );
}

#[test]
fn a_label_missing_in_a_language_is_a_warning_at_the_terms_line() {
    let f = site();
    f.write(
        "locales/en/site.ftl",
        "home = Start page\ntag-trafficking = Human trafficking\n",
    );
    f.write(
        "content/en/news/first.md",
        "---\ntitle: First news\ndate: 2010-04-26\ntags: [trafficking, research]\n---\nText.\n",
    );
    let report = f.build();
    let missing: Vec<_> = report
        .warnings
        .iter()
        .filter(|w| w.message.contains("`research` has no label in `en`"))
        .collect();
    assert_eq!(missing.len(), 1, "{:#?}", report.warnings);
    let w = missing[0];
    assert_eq!(
        w.file.as_deref(),
        Some(std::path::Path::new("content/en/news/first.md"))
    );
    assert_eq!((w.line, w.column), (Some(4), Some(21)));
    assert!(w.hint.as_deref().unwrap().contains("tag-research = …"), "{w}");
    // The page still shows the term, visibly in Swedish.
    let doc = f.html("en/tags/forskning-och-utvärdering/index.html");
    assert_eq!(texts(&doc, "h1"), ["Tagged “Forskning och utvärdering”"]);
    // German has no labels at all: a warning for each term.
    let de = report.warnings.iter().filter(|w| w.message.contains("in `de`")).count();
    assert_eq!(de, 2, "{:#?}", report.warnings);
}

#[test]
fn bad_term_ids_and_undeclared_taxonomies_are_errors_with_their_line() {
    let f = site();
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om oss\nslug: om-oss\ntags: [Människohandel]\n---\nText.\n",
    );
    let errors = f.build_err();
    let e = errors.iter().find(|e| e.message.contains("Människohandel")).unwrap();
    assert_eq!(e.file.as_deref(), Some(std::path::Path::new("content/sv/about.md")));
    assert_eq!(e.line, Some(4), "{e}");
    assert!(e.message.contains("is not an id"), "{e}");

    let f = site();
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om oss\nslug: om-oss\ntaxonomies:\n  tgas: [trafficking]\n---\nText.\n",
    );
    let errors = f.build_err();
    let e = errors.iter().find(|e| e.message.contains("`tgas`")).unwrap();
    assert_eq!(e.line, Some(5), "{e}");
    assert!(e.hint.as_deref().unwrap().contains("did you mean `tags`"), "{e}");
}

#[test]
fn site_yaml_declares_taxonomies_and_refuses_bad_ones() {
    let f = site();
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write("site.yaml", &format!("{yaml}taxonomies: [tags, audiences]\n"));
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om oss\nslug: om-oss\ntaxonomies:\n  audiences: [researchers]\n---\nText.\n",
    );
    f.write(
        "locales/sv/site.ftl",
        "tag-trafficking = Människohandel\ntag-research = Forskning\naudiences = Målgrupper\naudience-researchers = Forskare\n",
    );
    f.build();
    let doc = f.html("sv/målgrupper/forskare/index.html");
    assert_eq!(listing(&f, "sv/målgrupper/forskare/index.html")[0].0, "Om oss");
    assert_eq!(texts(&doc, "h1"), ["Forskare"]);
    assert!(f.exists("sv/målgrupper/index.html"));

    for (bad, message) in [
        ("taxonomies: [Tags]\n", "is not a taxonomy name"),
        ("taxonomies: [tags, tags]\n", "declared twice"),
    ] {
        let f = site();
        f.write("site.yaml", &format!("{yaml}{bad}"));
        let errors = f.build_err();
        let e = errors
            .iter()
            .find(|e| e.message.contains(message))
            .unwrap_or_else(|| panic!("{errors:#?}"));
        assert_eq!(e.file.as_deref(), Some(std::path::Path::new("site.yaml")));
        assert_eq!(e.line, Some(yaml.lines().count() + 1), "{e}");
    }
    let f = site();
    f.write(
        "site.yaml",
        &format!("{yaml}taxonomies:\n  - {{ name: tags, paginte_by: 3 }}\n"),
    );
    let errors = f.build_err();
    assert_eq!(errors[0].message, "unknown field `paginte_by`", "{errors:#?}");
    assert_eq!(
        (errors[0].line, errors[0].column),
        (Some(yaml.lines().count() + 2), Some(19))
    );
    assert!(
        errors[0]
            .hint
            .as_deref()
            .unwrap()
            .contains("did you mean `paginate_by`")
    );

    let f = site();
    f.write("site.yaml", &format!("{yaml}taxonomis: [tags]\n"));
    let errors = f.build_err();
    assert!(
        errors[0].hint.as_deref().unwrap_or_default().contains("taxonomies"),
        "{errors:#?}"
    );
}

#[test]
fn builds_with_terms_are_byte_identical() {
    let f = site();
    let (one, many) = common::build_with_one_and_many_threads(&f, "4");
    assert!(one.keys().any(|p| p.to_string_lossy().contains("etiketter")));
    assert_eq!(one, many);
    let (again, _) = common::build_with_one_and_many_threads(&f, "2");
    assert_eq!(one, again);
}

/// `serve`'s plan after an edit: an edit of a page's terms rebuilds
/// everything (every page shows its terms; term pages, feeds and the
/// sitemap list them); a text edit of a tagged page runs the term pages
/// again; a text edit of a page without terms leaves them alone.
#[test]
fn edits_of_terms_rebuild_what_shows_them() {
    let f = site();
    let rendered = tolk::render_site(&f.options()).unwrap();
    let site = &rendered.site;
    let index = site
        .pages
        .iter()
        .position(|p| p.file == std::path::Path::new("content/sv/news/first.md"))
        .unwrap();
    let old = &site.pages[index];
    let parse =
        |text: &str| tolk::content::Page::parse(text, &old.lang, &old.key, &old.file, &site.config.markdown).unwrap();
    let retagged = parse(
        "---\ntitle: Första nyheten\nslug: forsta\ndate: 2010-04-26\ntags: [trafficking]\n---\nText om [hem](@/_index.md).\n",
    );
    let edit = tolk::render::edit::Edit::new(site, index, &retagged);
    assert!(
        tolk::render::edit::plan(site, &[edit]).is_none(),
        "a term edit rebuilds all"
    );

    let text = parse(
        "---\ntitle: Första nyheten\nslug: forsta\ndate: 2010-04-26\ntags: [trafficking, research]\n---\nNy text.\n",
    );
    let edit = tolk::render::edit::Edit::new(site, index, &text);
    let plan = tolk::render::edit::plan(site, &[edit]).unwrap();
    assert!(plan.producers().contains(&"term pages"), "{:?}", plan.producers());

    let about = site
        .pages
        .iter()
        .position(|p| p.file == std::path::Path::new("content/sv/about.md"))
        .unwrap();
    let a = &site.pages[about];
    let mut edited = a.clone();
    edited.body = "Ny text.\n".into();
    let edit = tolk::render::edit::Edit::new(site, about, &edited);
    let plan = tolk::render::edit::plan(site, &[edit]).unwrap();
    assert!(!plan.producers().contains(&"term pages"), "{:?}", plan.producers());
}

#[test]
fn a_slug_attribute_sets_a_terms_address_and_a_bad_one_is_an_error() {
    let f = site();
    f.write(
        "locales/en/site.ftl",
        "home = Start page\ntags = Topics\n    .slug = topics\ntag-trafficking = Human trafficking\n    .slug = trafficking\ntag-research = Research\n",
    );
    f.build();
    let doc = f.html("en/topics/trafficking/index.html");
    assert_eq!(texts(&doc, "h1"), ["Tagged “Human trafficking”"]);
    // German falls back to the English label, and takes its address with it.
    assert!(f.exists("de/schlagwörter/trafficking/index.html"));
    // Swedish has no `.slug`: its label's slug.
    assert!(f.exists("sv/etiketter/människohandel/index.html"));

    f.write(
        "locales/en/site.ftl",
        "home = Start page\ntag-trafficking = Human trafficking\n    .slug = javascript:alert(1)\n",
    );
    let errors = f.build_err();
    let e = errors
        .iter()
        .find(|e| e.message.contains("of `tag-trafficking`"))
        .unwrap_or_else(|| panic!("{errors:#?}"));
    assert_eq!(e.file.as_deref(), Some(std::path::Path::new("locales/en/site.ftl")));
    assert_eq!(e.line, Some(2), "{e}");
    assert!(e.message.contains("`:`"), "{e}");
}

#[test]
fn term_pages_paginate_with_the_sections_paginator() {
    let f = site();
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write(
        "site.yaml",
        &format!("{yaml}taxonomies:\n  - {{ name: tags, paginate_by: 1 }}\n"),
    );
    f.build();
    let base = "sv/etiketter/människohandel/";
    assert_eq!(listing(&f, &format!("{base}index.html"))[0].0, "Andra nyheten");
    let second = format!("{base}sida/2/index.html");
    assert_eq!(listing(&f, &second)[0].0, "Första nyheten");
    assert!(!f.exists(&format!("{base}sida/3/index.html")));
    let doc = f.html(&second);
    assert_eq!(
        attr(&doc, "link[rel=canonical]", "href"),
        "https://example.org/sub/sv/etiketter/m%C3%A4nniskohandel/sida/2/"
    );
    assert_eq!(attr(&doc, "nav.pagination a[rel=prev]", "href"), "../../index.html");
    // English lists two pages with the term (its own and a Swedish one
    // through the fallback): the switcher leads to its page 2, with the
    // English segment.
    let en: Vec<String> = doc
        .select(&sel("nav.languages a[lang=en]"))
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    assert_eq!(en, ["../../../../../en/tags/human-trafficking/page/2/index.html"]);
    assert!(f.exists("en/tags/human-trafficking/page/2/index.html"));
}
