//! Names that become addresses are validated once, when content is read:
//! slugs and file/folder names follow one documented rule, are normalised
//! to NFC, and two addresses that differ only in case or normalisation are
//! an error naming both sources. Orphaned translations are never published
//! under the source language's address.

mod common;

use common::{Fixture, tree};

fn messages(f: &Fixture) -> Vec<String> {
    f.build_err().iter().map(ToString::to_string).collect()
}

fn assert_no_href_starting(f: &Fixture, prefix: &str) {
    for (path, bytes) in common::snapshot(&f.out()) {
        let text = String::from_utf8_lossy(&bytes).to_lowercase();
        assert!(
            !text.contains(&format!("href=\"{prefix}")),
            "{}: a link starts with {prefix}",
            path.display()
        );
    }
}

#[test]
fn javascript_slug_is_an_error_located_with_a_suggestion() {
    let f = Fixture::new("basic");
    f.write(
        "content/sv/news/third.md",
        "---\ntitle: Tredje\nslug: \"javascript:alert(document.domain)\"\n---\nText\n",
    );
    let before = tree(f.root());
    let d = f.build_err();
    let slug = d
        .iter()
        .find(|d| d.message.contains("javascript:alert"))
        .unwrap_or_else(|| panic!("{d:?}"));
    assert_eq!(
        slug.file.as_deref(),
        Some(std::path::Path::new("content/sv/news/third.md"))
    );
    assert_eq!(slug.line, Some(3));
    assert!(slug.message.contains("`:`"), "{}", slug.message);
    assert!(
        slug.hint
            .as_deref()
            .unwrap()
            .contains("javascript-alert(document.domain)")
    );
    assert_eq!(before, tree(f.root()));
    assert!(!f.out().exists());
}

#[test]
fn javascript_file_name_in_a_listed_section_is_an_error() {
    let f = Fixture::new("basic");
    f.write(
        "content/sv/news/javascript:alert(document.domain).md",
        "---\ntitle: X\n---\n",
    );
    let d = messages(&f);
    assert!(
        d.iter()
            .any(|m| m.contains("content/sv/news/javascript:alert(document.domain).md") && m.contains("file name")),
        "{d:?}"
    );
}

#[test]
fn percent_encoded_dot_dot_file_name_is_an_error() {
    let f = Fixture::new("basic");
    f.write("content/sv/news/%2e%2e.md", "---\ntitle: Upp\n---\n");
    f.write("content/sv/%2e%2e/x.md", "---\ntitle: Upp\n---\n");
    let d = messages(&f);
    assert!(
        d.iter().any(|m| m.contains("news/%2e%2e.md") && m.contains("`%`")),
        "{d:?}"
    );
    assert!(d.iter().any(|m| m.contains("folder name `%2e%2e`")), "{d:?}");
}

#[test]
fn check_reports_unsafe_slugs_too() {
    let f = Fixture::new("basic");
    f.write("content/sv/news/x.md", "---\ntitle: X\nslug: \"a?b\"\n---\n");
    let out = common::tolk(f.root(), &["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("the slug `a?b`"));
}

#[test]
fn unicode_slugs_and_names_in_every_script_keep_working() {
    let f = Fixture::new("basic");
    f.write("content/sv/news/möte-i-göteborg.md", "---\ntitle: Möte\n---\n");
    f.write(
        "content/en/news/möte-i-göteborg.md",
        "---\ntitle: Meeting\nslug: о-встрече\n---\n",
    );
    f.write("content/sv/عن.md", "---\ntitle: Arabiska\nslug: عن-البرنامج\n---\n");
    f.build();
    assert!(f.exists("sv/nyheter/möte-i-göteborg/index.html"));
    assert!(f.exists("en/news/о-встрече/index.html"));
    assert!(f.exists("sv/عن-البرنامج/index.html"));
    assert_no_href_starting(&f, "javascript:");
}

#[test]
fn nfd_original_and_nfc_translation_are_paired() {
    let f = Fixture::new("basic");
    // macOS writes decomposed names: o + U+0308.
    f.write("content/sv/news/mo\u{308}te.md", "---\ntitle: Möte\n---\nSvensk text\n");
    f.write(
        "content/en/news/m\u{f6}te.md",
        "---\ntitle: Meeting\n---\nEnglish text\n",
    );
    f.build();
    let en = f.html("en/news/m\u{f6}te/index.html");
    assert!(common::text(&en, "title").contains("Meeting"));
    // One English page, not a translation plus a fallback copy.
    let english: Vec<_> = common::snapshot(&f.out())
        .into_keys()
        .filter(|p| p.starts_with("en/news") && p.to_string_lossy().contains("te/index.html"))
        .collect();
    assert_eq!(english.len(), 1, "{english:?}");
    let status = tolk::status::status(f.root()).unwrap();
    let en = status.iter().find(|l| l.lang == "en").unwrap();
    let entry = en.pages.iter().find(|e| e.key == "news/m\u{f6}te.md").unwrap();
    assert_ne!(entry.state, tolk::status::State::Missing);
}

#[test]
fn two_files_whose_names_differ_only_in_normalisation_are_an_error() {
    let f = Fixture::new("basic");
    f.write("content/sv/news/mo\u{308}te.md", "---\ntitle: A\n---\n");
    f.write("content/sv/news/m\u{f6}te.md", "---\ntitle: B\n---\n");
    let d = messages(&f);
    assert!(d.iter().any(|m| m.contains("same name")), "{d:?}");
}

#[test]
fn pages_whose_addresses_differ_only_in_case_are_an_error_naming_both() {
    let f = Fixture::new("basic");
    f.write("content/sv/About.md", "---\ntitle: Om (versal)\n---\n");
    let d = messages(&f);
    assert!(
        d.iter().any(|m| m.contains("upper/lower case")
            && m.contains("content/sv/About.md")
            && m.contains("content/en/about.md")),
        "{d:?}"
    );
    let f = Fixture::new("basic");
    f.write("content/sv/copy.md", "---\ntitle: Kopia\nslug: Om-Oss\n---\n");
    let d = messages(&f);
    assert!(d.iter().any(|m| m.contains("upper/lower case")), "{d:?}");
}

#[test]
fn alias_ending_in_html_is_written_as_that_file() {
    let f = Fixture::new("basic");
    f.write(
        "content/sv/contact.md",
        "---\ntitle: Kontakt\naliases: [/old/kontakt.html, /gammal/kontakt/]\n---\nText\n",
    );
    f.build();
    assert!(f.exists("old/kontakt.html"));
    assert!(!f.out().join("old/kontakt.html").is_dir());
    assert!(f.exists("gammal/kontakt/index.html"));
    let doc = f.html("old/kontakt.html");
    let refresh = common::attr(&doc, "meta[http-equiv=refresh]", "content");
    assert!(refresh.contains("../sv/contact/"), "{refresh}");
    common::assert_links_resolve(&f.out());
}

#[test]
fn alias_with_a_scheme_is_an_error() {
    let f = Fixture::new("basic");
    f.write(
        "content/sv/contact.md",
        "---\ntitle: Kontakt\naliases: [\"javascript:alert(1)\"]\n---\n",
    );
    let d = messages(&f);
    assert!(d.iter().any(|m| m.contains("the alias")), "{d:?}");
}

#[test]
fn orphaned_translation_is_a_warning_and_never_published_under_the_source_language() {
    let f = Fixture::new("basic");
    // The Swedish original was renamed from schools.md to hygiene.md.
    f.write("content/sv/news/hygiene.md", "---\ntitle: Hygien\n---\nSvensk text\n");
    f.write(
        "content/en/news/schools.md",
        "---\ntitle: Schools\n---\nEnglish text about schools\n",
    );
    let report = f.build();
    let warning = report
        .warnings
        .iter()
        .find(|w| w.message.contains("has no original"))
        .unwrap_or_else(|| panic!("{:?}", report.warnings));
    assert_eq!(
        warning.file.as_deref(),
        Some(std::path::Path::new("content/en/news/schools.md"))
    );
    assert!(
        !f.out().join("sv/news/schools").exists(),
        "published under the Swedish address"
    );
    assert!(
        !f.out().join("de/news/schools").exists(),
        "published as German's fallback"
    );
    assert!(f.exists("en/news/schools/index.html"));
    let status = tolk::status::status(f.root()).unwrap();
    let en = status.iter().find(|l| l.lang == "en").unwrap();
    assert_eq!(en.orphaned, 1);
    let out = common::tolk(f.root(), &["status"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("orphaned"));
    let out = common::tolk(f.root(), &["check"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("has no original"));
}

/// The fuzz target `names` as a deterministic test: every name of up to
/// three characters from a set of troublemakers obeys the rule's promises.
#[test]
fn accepted_names_can_never_leave_the_output_folder_or_change_a_link() {
    use tolk::content::names;
    let chars: Vec<char> =
        "a.-_~:/\\?#%\"'<>& \t\n\0\u{7f}\u{85}\u{a0}\u{ad}\u{200b}\u{202e}\u{feff}\u{308}öäÅжع١(),+=;@!$*[]{}|^`"
            .chars()
            .collect();
    let mut tried = 0;
    let mut names_list = vec![String::new()];
    for _ in 0..3 {
        let longer: Vec<String> = names_list
            .iter()
            .flat_map(|n| chars.iter().map(move |c| format!("{n}{c}")))
            .collect();
        names_list.extend(longer);
    }
    names_list.sort();
    names_list.dedup();
    for name in &names_list {
        tried += 1;
        let nfc = names::nfc(name);
        if names::check_part(&nfc).is_ok() {
            assert!(
                !nfc.contains(['/', '\\', ':', '?', '#', '%', '"', '\'', '<', '>', '&']),
                "{name:?}"
            );
            assert!(!nfc.chars().any(|c| c.is_control() || c.is_whitespace()), "{name:?}");
            assert!(!nfc.starts_with('.'), "{name:?}");
            assert!(
                tolk::output::is_safe_output_path(&format!("sv/{nfc}/index.html")),
                "{name:?}"
            );
        }
        let suggestion = names::suggest(name);
        assert!(names::check_part(&suggestion).is_ok(), "{name:?} → {suggestion:?}");
    }
    assert!(tried > 100_000, "{tried}");
}
