//! All errors of a build are reported together, across stages (content,
//! templates, UI strings, links), each located; file-system errors name the
//! source file, not tolk's staging folder.

mod common;

use common::{Fixture, tree};

#[test]
fn bad_slug_template_error_fluent_error_and_broken_link_are_reported_together() {
    let f = Fixture::new("basic");
    f.build();
    f.write(
        "content/sv/contact.md",
        "---\ntitle: Kontakt\nslug: \"a:b\"\n---\nText\n",
    );
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om oss\n---\nSe [saknad](@/finns-inte.md).\n",
    );
    f.write(
        "themes/plain/templates/page.html",
        "{% extends \"base.html\" %}\n{% block main %}{{ page.title | nosuchfilter }}{% endblock %}\n",
    );
    f.write("locales/en/site.ftl", "home = Start\nbroken = { $oavslutad\n");
    let before = tree(f.root());
    let d: Vec<String> = f.build_err().iter().map(ToString::to_string).collect();
    for (what, needle) in [
        ("the slug", "content/sv/contact.md:3"),
        ("the template", "themes/plain/templates/page.html"),
        ("the Fluent file", "locales/en/site.ftl"),
        ("the link", "content/sv/about.md"),
    ] {
        assert!(
            d.iter().any(|m| m.contains(needle)),
            "{what} ({needle}) is not reported: {d:#?}"
        );
    }
    assert_eq!(before, tree(f.root()));
}

#[test]
fn invalid_utf8_in_a_fluent_file_is_located_and_hides_no_other_error() {
    let f = Fixture::new("basic");
    std::fs::create_dir_all(f.root().join("locales/sv")).unwrap();
    std::fs::write(f.root().join("locales/sv/site.ftl"), b"home = Hem\nbad = \xff\xfe\n").unwrap();
    f.write("content/sv/contact.md", "---\ntitle: Kontakt\nslug: \"a?b\"\n---\n");
    let d = f.build_err();
    let utf8 = d
        .iter()
        .find(|d| d.message.contains("UTF-8"))
        .unwrap_or_else(|| panic!("{d:?}"));
    assert_eq!(utf8.file.as_deref(), Some(std::path::Path::new("locales/sv/site.ftl")));
    assert_eq!((utf8.line, utf8.column), (Some(2), Some(7)));
    assert!(d.iter().any(|d| d.message.contains("the slug")), "{d:?}");
}

#[test]
fn slug_too_long_for_the_file_system_names_the_source_file() {
    let f = Fixture::new("basic");
    let long = "å".repeat(200);
    f.write(
        "content/sv/contact.md",
        &format!("---\ntitle: Kontakt\nslug: {long}\n---\n"),
    );
    let d = f.build_err();
    let e = d
        .iter()
        .find(|d| d.message.contains("cannot write"))
        .unwrap_or_else(|| panic!("{d:?}"));
    assert_eq!(e.file.as_deref(), Some(std::path::Path::new("content/sv/contact.md")));
    assert!(e.hint.as_deref().unwrap().contains("too long"), "{e:?}");
    assert!(!e.to_string().contains("tolk-staging"), "{e}");
}

#[test]
fn page_with_a_refused_link_is_published_with_a_warning() {
    let f = Fixture::new("basic");
    f.write(
        "content/sv/contact.md",
        "---\ntitle: Kontakt\n---\nSe [arkivet](ftp://example.org/arkiv).\n",
    );
    let report = f.build();
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.file.as_deref() == Some(std::path::Path::new("content/sv/contact.md"))),
        "{:?}",
        report.warnings
    );
    let doc = f.html("sv/contact/index.html");
    assert_eq!(common::attr(&doc, "main a[href='#']", "href"), "#");
}
