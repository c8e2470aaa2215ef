//! Small wrong answers a new user hit, each fixed with a regression test.

mod common;

use std::process::Command;

use common::{Fixture, snapshot};

fn tolk() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tolk"))
}

#[test]
fn regression_translated_finds_the_site_by_walking_up_from_the_file() {
    let f = Fixture::new("basic");
    let before = snapshot(f.root());
    let out = tolk()
        .args(["translated", "about.md"])
        .current_dir(f.root().join("content/en"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let after = snapshot(f.root());
    let changed: Vec<_> = after.keys().filter(|k| before.get(*k) != after.get(*k)).collect();
    assert_eq!(changed, [std::path::Path::new("content/en/about.md")]);
    let text = std::fs::read_to_string(f.root().join("content/en/about.md")).unwrap();
    assert!(text.contains("translated_from: "), "{text}");
}

#[test]
fn regression_translated_resolves_the_file_against_root_too() {
    let f = Fixture::new("basic");
    let out = tolk()
        .args(["translated", "content/en/about.md", "--root"])
        .arg(f.root())
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn regression_translated_names_a_missing_file_and_a_file_without_front_matter() {
    let f = Fixture::new("basic");
    let out = tolk()
        .args(["translated", "content/en/nothing.md", "--root"])
        .arg(f.root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("content/en/nothing.md does not exist"), "{err}");

    f.write("content/en/about.md", "Just text, no front matter.\n");
    let before = snapshot(f.root());
    let out = tolk()
        .args(["translated", "content/en/about.md", "--root"])
        .arg(f.root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("content/en/about.md:1:1"), "{err}");
    assert!(err.contains("does not start with front matter"), "{err}");
    assert!(!err.contains("build failed"), "{err}");
    assert!(err.contains("no file was changed"), "{err}");
    assert_eq!(before, snapshot(f.root()));
}

#[test]
fn regression_status_and_check_never_say_build_failed() {
    let f = Fixture::new("basic");
    f.write("content/sv/about.md", "---\ntitle: Om\nweight: ten\n---\n");
    for command in ["status", "check"] {
        let out = tolk().arg(command).arg("--root").arg(f.root()).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{command}");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!text.contains("build failed"), "{command}: {text}");
        assert!(text.contains("`weight` must be a whole number"), "{command}: {text}");
    }
}

#[test]
fn regression_drafts_are_not_missing_translations() {
    let f = Fixture::new("basic");
    f.write("content/sv/utkast.md", "---\ntitle: Utkast\ndraft: true\n---\nText.\n");
    let out = tolk()
        .args(["status", "--format", "json", "--root"])
        .arg(f.root())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for lang in report["languages"].as_array().unwrap() {
        for page in lang["pages"].as_array().unwrap() {
            assert_ne!(page["key"], "utkast.md", "{page}");
        }
    }
}

#[test]
fn regression_check_counts_pages_as_build_does_and_says_when_nothing_was_checked() {
    let f = Fixture::new("basic");
    let built = tolk().args(["build", "--root"]).arg(f.root()).output().unwrap();
    let summary = String::from_utf8_lossy(&built.stdout);
    let pages: usize = summary.split_whitespace().nth(1).unwrap().parse().unwrap();
    let out = tolk()
        .args(["check", "--format", "json", "--root"])
        .arg(f.root())
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["pages"], pages, "{summary}");
    assert!(report["html_files"].as_u64().unwrap() > pages as u64);
    assert_eq!(report["built"], true);

    f.write("content/sv/about.md", "---\ntitle: Om\nweight: ten\n---\n");
    let out = tolk().args(["check", "--root"]).arg(f.root()).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("Checked 0 pages"), "{text}");
    assert!(
        text.contains("could not be built, so its pages and links were not checked"),
        "{text}"
    );
}

#[test]
fn regression_raw_html_img_beside_a_page_is_rewritten_like_a_markdown_image() {
    let f = Fixture::new("basic");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/images/drawing.png"),
        f.root().join("content/sv/map.png"),
    )
    .unwrap();
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om\nslug: om\n---\n![karta](map.png)\n\n<img src=\"map.png\" alt=\"karta\" data-src=\"map.png\">\n\n<p><a href=\"contact.md\">Kontakt</a> <a href=\"#top\">upp</a></p>\n",
    );
    f.build();
    let doc = f.html("sv/om/index.html");
    let srcs: Vec<String> = doc
        .select(&common::sel("main img"))
        .map(|e| e.value().attr("src").unwrap().to_string())
        .collect();
    assert_eq!(srcs.len(), 2, "{srcs:?}");
    assert_eq!(srcs[0], srcs[1], "raw HTML and Markdown images point to the same file");
    assert!(
        common::resolve_link(&f.out(), "sv/om/index.html", &srcs[1]).is_some(),
        "{}",
        srcs[1]
    );
    let raw = std::fs::read_to_string(f.out().join("sv/om/index.html")).unwrap();
    assert!(
        raw.contains("data-src=\"map.png\"") || !raw.contains("data-src"),
        "other attributes stay as written"
    );
    let hrefs: Vec<String> = doc
        .select(&common::sel("main p a"))
        .map(|e| e.value().attr("href").unwrap().to_string())
        .collect();
    assert!(hrefs.iter().any(|h| h.contains("kontakt")), "{hrefs:?}");
    assert!(hrefs.contains(&"#top".to_string()));
}
