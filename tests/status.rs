//! `tolk status`: counts with catalogues, `--diff` on a real git
//! repository (and without one), and the `--html` dashboard, parsed, with
//! the output safety the build has.

mod common;

use std::path::Path;
use std::process::Command;

use common::{Fixture, sel, snapshot, tolk};

fn git(root: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.org",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The basic site in a git repository: the English about page translated
/// from the first version, then the Swedish original changed and committed.
fn stale_in_git() -> Fixture {
    let f = Fixture::new("basic");
    git(f.root(), &["init", "-q"]);
    git(f.root(), &["add", "."]);
    git(f.root(), &["commit", "-q", "-m", "First version"]);
    let out = tolk(f.root(), &["translated", "content/en/about.md"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    git(f.root(), &["commit", "-q", "-am", "English translated"]);
    let about = std::fs::read_to_string(f.root().join("content/sv/about.md")).unwrap();
    f.write(
        "content/sv/about.md",
        &about.replace("\"Citat\" och 'enkla'.", "Ett nytt stycke om programmet."),
    );
    git(f.root(), &["commit", "-q", "-am", "Nytt stycke"]);
    f
}

#[test]
fn diff_shows_how_the_original_changed_since_the_version_translated() {
    let f = stale_in_git();
    let out = tolk(f.root(), &["status", "--diff", "content/en/about.md"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        said.contains("content/en/about.md was translated from content/sv/about.md as of "),
        "{said}"
    );
    // The newest commit holding the version translated (the later commits
    // did not touch the original).
    assert!(said.contains("First version"), "the commit translated from: {said}");
    assert!(said.contains("\n-\"Citat\" och 'enkla'.\n"), "{said}");
    assert!(said.contains("\n+Ett nytt stycke om programmet.\n"), "{said}");
    // An uncommitted edit shows too: the diff runs to the working tree.
    let about = std::fs::read_to_string(f.root().join("content/sv/about.md")).unwrap();
    f.write(
        "content/sv/about.md",
        &about.replace("## Åtgärd 31\n\nSe", "## Åtgärd 31\n\nLäs också. Se"),
    );
    let said =
        String::from_utf8_lossy(&tolk(f.root(), &["status", "--diff", "content/en/about.md"]).stdout).to_string();
    assert!(said.contains("+Läs också. Se"), "{said}");
}

#[test]
fn diff_of_a_current_translation_says_nothing_changed_and_without_git_it_says_so() {
    let f = Fixture::new("basic");
    assert!(tolk(f.root(), &["translated", "content/en/about.md"]).status.success());
    let out = tolk(f.root(), &["status", "--diff", "content/en/about.md"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("is current"));
    let about = std::fs::read_to_string(f.root().join("content/sv/about.md")).unwrap();
    f.write("content/sv/about.md", &format!("{about}\nNytt.\n"));
    let out = tolk(f.root(), &["status", "--diff", "content/en/about.md"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("not in a git repository"), "{err}");
    // Untracked: no fingerprint to look for.
    let out = tolk(f.root(), &["status", "--diff", "content/en/_index.md"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("has no `translated_from`"), "{err}");
}

#[test]
fn status_counts_catalogue_messages_per_language() {
    let f = Fixture::new("basic");
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write("site.yaml", &format!("{yaml}i18n:\n  po_threshold: 90\n"));
    assert!(tolk(f.root(), &["po", "--lang", "de"]).status.success());
    let po = f.root().join("po/de.po");
    let text = std::fs::read_to_string(&po).unwrap();
    let text = text
        .replace(
            "msgid \"Kontakt\"\nmsgstr \"\"",
            "msgid \"Kontakt\"\nmsgstr \"Kontakt\"",
        )
        .replace(
            "msgid \"Telefon\"\nmsgstr \"\"",
            "msgid \"Telefon\"\nmsgstr \"Telefon\"",
        )
        .replace(
            "msgid \"Ring oss.\"\nmsgstr \"\"",
            "#, fuzzy\nmsgid \"Ring oss.\"\nmsgstr \"Rufen Sie an.\"",
        );
    std::fs::write(&po, text).unwrap();
    let out = tolk(f.root(), &["status"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("  catalogue po/de.po: "), "{said}");
    let json: serde_json::Value =
        serde_json::from_slice(&tolk(f.root(), &["status", "--format", "json"]).stdout).unwrap();
    let de = json["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lang"] == "de")
        .unwrap();
    assert_eq!(de["catalogue"], "po/de.po");
    let contact = de["pages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["key"] == "contact.md")
        .unwrap();
    assert_eq!(contact["messages"]["translated"], 2, "{contact}");
    assert_eq!(contact["messages"]["fuzzy"], 1, "{contact}");
    let total = contact["messages"]["translated"].as_u64().unwrap()
        + contact["messages"]["fuzzy"].as_u64().unwrap()
        + contact["messages"]["untranslated"].as_u64().unwrap();
    assert_eq!(contact["percent"].as_u64().unwrap(), 200 / total);
    // Too little for the threshold: still missing, its messages counted.
    assert_eq!(contact["state"], "missing");
    assert!(
        said.contains(&format!("{} of {total} messages translated, 1 fuzzy", 2)),
        "{said}"
    );
}

#[test]
fn the_dashboard_lists_every_page_per_language_with_the_diff_of_stale_ones() {
    let f = stale_in_git();
    let out = tolk(f.root(), &["status", "--html", "translation-status"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(f.root().join("translation-status/index.html")).unwrap();
    assert!(text.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    let doc = scraper::Html::parse_document(&text);
    assert!(doc.errors.is_empty(), "{:?}", doc.errors);
    assert_eq!(doc.select(&sel("script")).count(), 0);
    for e in doc.select(&sel("[href], [src]")) {
        let url = e.value().attr("href").or(e.value().attr("src")).unwrap();
        assert!(
            !url.contains("://") && !url.starts_with("//"),
            "no request elsewhere: {url}"
        );
    }
    let sections: Vec<String> = doc
        .select(&sel("main section"))
        .map(|s| s.value().attr("id").unwrap().to_string())
        .collect();
    assert_eq!(sections, ["lang-en", "lang-de"]);
    let en = doc.select(&sel("#lang-en")).next().unwrap();
    let rows: Vec<(String, String)> = en
        .select(&sel("tbody tr:not(.diff)"))
        .map(|r| {
            let cells: Vec<String> = r
                .children()
                .filter_map(scraper::ElementRef::wrap)
                .map(|c| c.text().collect())
                .collect();
            (cells[0].clone(), cells[1].clone())
        })
        .collect();
    assert!(
        rows.contains(&("about.md".to_string(), "stale".to_string())),
        "{rows:?}"
    );
    assert!(
        rows.contains(&("contact.md".to_string(), "missing".to_string())),
        "{rows:?}"
    );
    let diff: String = en.select(&sel("tr.diff pre")).next().unwrap().text().collect();
    assert!(diff.contains("+Ett nytt stycke om programmet."), "{diff}");
    // Links lead to the source files from the dashboard's folder, from disk.
    let original = en
        .select(&sel("tbody tr:not(.diff) td a"))
        .map(|a| a.value().attr("href").unwrap().to_string())
        .find(|h| h.ends_with("content/sv/about.md"))
        .unwrap();
    assert!(
        f.root().join("translation-status").join(&original).is_file(),
        "{original}"
    );
    // Language names carry their language and direction.
    let name = doc.select(&sel("#h-en bdi")).next().unwrap();
    assert_eq!(name.value().attr("lang"), Some("en"));
    assert_eq!(name.value().attr("dir"), Some("ltr"));
    // Written again over its own earlier output.
    assert!(
        tolk(f.root(), &["status", "--html", "translation-status"])
            .status
            .success()
    );
}

#[test]
fn the_dashboard_refuses_the_sources_and_folders_tolk_did_not_write() {
    let f = Fixture::new("basic");
    f.write("notes/mine.txt", "my notes");
    let before = snapshot(f.root());
    for dir in ["content", "content/sv", "po", ".", "notes"] {
        let out = tolk(f.root(), &["status", "--html", &f.root().join(dir).to_string_lossy()]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{dir}: {err}");
        assert!(err.contains("refusing"), "{dir}: {err}");
        assert_eq!(before, snapshot(f.root()), "{dir}: nothing changed");
    }
}
