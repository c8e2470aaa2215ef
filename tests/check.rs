//! `tolk check`, `tolk status` and `tolk translated`: exact reports for
//! broken links and anchors, missing alt text, unused messages; translation
//! states before and after editing an original.

mod common;

use std::process::Command;

use common::{Fixture, text};

fn tolk(args: &[&str], f: &Fixture) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tolk"))
        .args(args)
        .arg("--root")
        .arg(f.root())
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).to_string(),
    )
}

#[test]
fn clean_site_passes() {
    let f = Fixture::new("basic");
    let (code, out) = tolk(&["check"], &f);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Checked 18 pages (19 HTML files"), "{out}");
}

#[test]
fn broken_links_anchors_and_alt_text_are_reported_at_their_source() {
    let f = Fixture::new("basic");
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om oss\nslug: om-oss\n---\nText.\n\nSe [saknad](../saknas/) och [ankare](@/contact.md#finns-inte).\n\n![](bild.svg)\n",
    );
    f.write("content/sv/bild.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    let (code, out) = tolk(&["check", "--format", "json"], &f);
    assert_eq!(code, 1, "{out}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["version"], 1);
    let problems = report["problems"].as_array().unwrap();
    let find = |kind: &str| {
        problems
            .iter()
            .find(|p| p["kind"] == kind)
            .unwrap_or_else(|| panic!("no {kind} in {out}"))
    };
    let link = find("broken-link");
    assert_eq!(link["file"], "content/sv/about.md");
    assert_eq!(link["line"], 7);
    assert_eq!(link["severity"], "error");
    assert!(link["message"].as_str().unwrap().contains("/sv/saknas/index.html"));
    let anchor = find("broken-anchor");
    assert_eq!(anchor["file"], "content/sv/about.md");
    assert_eq!(anchor["line"], 7);
    assert!(anchor["message"].as_str().unwrap().contains("#finns-inte"));
    let alt = find("missing-alt");
    assert_eq!(alt["severity"], "warning");
    assert_eq!(report["errors"], 2, "{out}");
}

#[test]
fn unused_messages_are_warnings_and_deny_warnings_fails() {
    let f = Fixture::new("basic");
    f.write("themes/plain/locales/sv/extra.ftl", "\nnobody-uses-me = Oanvänd\n");
    let (code, out) = tolk(&["check"], &f);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("warning: the message `nobody-uses-me` is not used by any template")
            && out.contains("themes/plain/locales/sv/extra.ftl:2:1")
            && out.contains("2 │ nobody-uses-me = Oanvänd"),
        "{out}"
    );
    let (code, _) = tolk(&["check", "--deny", "warnings"], &f);
    assert_eq!(code, 1);
}

#[test]
fn build_errors_are_check_errors() {
    let f = Fixture::new("basic");
    f.write("content/sv/about.md", "---\ntitle: A\ndescripton: x\n---\n");
    let (code, out) = tolk(&["check", "--format", "json"], &f);
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["problems"][0]["kind"], "content");
    assert_eq!(report["problems"][0]["line"], 3);
}

#[test]
fn translated_preserves_the_file_and_status_follows_the_original() {
    let f = Fixture::new("basic");
    let en = "---\r\n# A comment that must stay\r\ntitle: \"About us\"   # trailing comment\r\nweight: 1\r\n---\r\n## Action 31\r\n\r\n\"Quote\" and 'single'.\r\n";
    f.write("content/en/about.md", en);
    let (code, out) = tolk(&["status", "--format", "json", "--fail-on", "missing"], &f);
    assert_eq!(code, 1, "contact.md and the news are missing in English");
    let status: serde_json::Value = serde_json::from_str(&out).unwrap();
    let en_status = &status["languages"][0];
    assert_eq!(en_status["lang"], "en");
    let state = |s: &serde_json::Value, key: &str| {
        s["pages"].as_array().unwrap().iter().find(|p| p["key"] == key).unwrap()["state"].clone()
    };
    assert_eq!(state(en_status, "about.md"), "untracked");
    assert_eq!(state(en_status, "contact.md"), "missing");

    let out = Command::new(env!("CARGO_BIN_EXE_tolk"))
        .args(["translated", "--root"])
        .arg(f.root())
        .arg(f.root().join("content/en/about.md"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let after = std::fs::read_to_string(f.root().join("content/en/about.md")).unwrap();
    let hash = String::from_utf8_lossy(&out.stdout)
        .trim()
        .rsplit(' ')
        .next()
        .unwrap()
        .to_string();
    assert_eq!(
        after,
        en.replacen("weight: 1\r\n", &format!("weight: 1\r\ntranslated_from: {hash}\r\n"), 1),
        "only one line added"
    );
    let (_, out) = tolk(&["status", "--format", "json"], &f);
    let status: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(state(&status["languages"][0], "about.md"), "current");

    // A whitespace-only change to the original keeps the translation current …
    let sv = std::fs::read_to_string(f.root().join("content/sv/about.md")).unwrap();
    f.write("content/sv/about.md", &sv.replace("\"Citat\" och", "\"Citat\"   och"));
    let (_, out) = tolk(&["status", "--format", "json"], &f);
    let status: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(state(&status["languages"][0], "about.md"), "current");
    // … a real change makes it stale, in the status and on the built page.
    f.write("content/sv/about.md", &sv.replace("Citat", "Nytt citat"));
    let (code, out) = tolk(&["status", "--fail-on", "stale"], &f);
    assert_eq!(code, 1);
    assert!(out.contains("stale     content/en/about.md"), "{out}");
    f.build();
    let page = f.html("en/about/index.html");
    assert_eq!(common::attr(&page, "#main", "data-state"), "stale");
    let _ = text(&page, "h1");
}
