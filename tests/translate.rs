//! `tolk new` and `tolk translate`: the files they create, the pages those
//! build into, and every refusal leaving the site exactly as it was.

mod common;

use std::path::Path;

use common::{Fixture, snapshot, tolk};

/// The paths whose bytes differ between two snapshots (added, changed, removed).
fn changed(
    before: &std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>,
    after: &std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>,
) -> Vec<std::path::PathBuf> {
    let mut keys: Vec<_> = before.keys().chain(after.keys()).cloned().collect();
    keys.sort();
    keys.dedup();
    keys.into_iter().filter(|k| before.get(k) != after.get(k)).collect()
}

fn run(f: &Fixture, args: &[&str]) -> std::process::Output {
    tolk(f.root(), args)
}

#[test]
fn new_creates_one_draft_page_with_a_default_front_matter() {
    let f = Fixture::new("basic");
    let before = snapshot(f.root());
    let out = run(&f, &["new", "news/annual-meeting.md"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let after = snapshot(f.root());
    assert_eq!(
        changed(&before, &after),
        [Path::new("content/sv/news/annual-meeting.md")]
    );
    let text = std::fs::read_to_string(f.root().join("content/sv/news/annual-meeting.md")).unwrap();
    assert_eq!(text, "---\ntitle: \"Annual meeting\"\ndraft: true\n---\n");
    // A draft: not published, published with --drafts.
    f.build();
    assert!(!f.exists("sv/nyheter/annual-meeting/index.html"));
    let report = tolk::build(&tolk::BuildOptions {
        drafts: true,
        ..f.options()
    });
    assert!(report.is_ok(), "{:?}", report.err());
    assert!(f.exists("sv/nyheter/annual-meeting/index.html"));
}

#[test]
fn new_uses_the_section_archetype_then_the_default_archetype() {
    let f = Fixture::new("basic");
    f.write(
        "archetypes/news.md",
        "---\n# A news item\ndate: 2026-01-01\ndraft: false\n---\nWrite the news here.\n",
    );
    f.write("archetypes/default.md", "---\ntitle: Untitled\n---\nText.\n");
    let out = run(&f, &["new", "content/en/news/launch.md"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(f.root().join("content/en/news/launch.md")).unwrap();
    assert_eq!(
        text,
        "---\n# A news item\ndate: 2026-01-01\ndraft: true\ntitle: \"Launch\"\n---\nWrite the news here.\n"
    );
    let out = run(&f, &["new", "--lang", "en", "privacy.md"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(f.root().join("content/en/privacy.md")).unwrap();
    assert_eq!(text, "---\ntitle: Untitled\ndraft: true\n---\nText.\n");
}

#[test]
fn new_refuses_to_overwrite_and_bad_names_and_languages() {
    let f = Fixture::new("basic");
    let before = snapshot(f.root());
    for (args, says) in [
        (&["new", "about.md"][..], "content/sv/about.md already exists"),
        (&["new", "content/en/about.md"], "content/en/about.md already exists"),
        (&["new", "news/bad name.md"], "contains spaces"),
        (&["new", "news/../../escape.md"], "would point to another folder"),
        (&["new", "news/page.html"], "must be a Markdown file"),
        (
            &["new", "--lang", "xx", "page.md"],
            "`xx` is not a language of site.yaml",
        ),
        (&["new", "--lang", "sv", "content/en/page.md"], "--lang says `sv`"),
    ] {
        let out = run(&f, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(before, snapshot(f.root()), "{args:?} changed the site");
    }
}

#[cfg(unix)]
#[test]
fn new_never_writes_through_a_link_leading_out_of_the_site() {
    let f = Fixture::new("basic");
    let outside = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(outside.path(), f.root().join("content/sv/elsewhere")).unwrap();
    let before = snapshot(f.root());
    let out = run(&f, &["new", "elsewhere/page.md"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("points outside the site"), "{err}");
    assert_eq!(before, snapshot(f.root()));
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
    // A dangling link at the page's own place is not replaced either.
    std::os::unix::fs::symlink(outside.path().join("gone.md"), f.root().join("content/sv/gone.md")).unwrap();
    let out = run(&f, &["new", "gone.md"]);
    assert_ne!(out.status.code(), Some(0));
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
}

#[test]
fn translate_starts_a_translation_with_the_fields_to_translate_and_the_body() {
    let f = Fixture::new("basic");
    f.write(
        "content/sv/calendar/seminar.md",
        "---\ntitle: Seminarium\ndescription: Om arbetet.\ntranslated_from: nothing\naliases:\n  - /gammal/\nweight: 3\nevent:\n  start: 2026-05-04T09:00\n  timezone: Europe/Stockholm\n  venue: Stora salen\n  audience: Alla\n---\n## Program\n\nVi ses.\n",
    );
    let before = snapshot(f.root());
    let out = run(&f, &["translate", "calendar/seminar.md", "--to", "en"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let after = snapshot(f.root());
    assert_eq!(changed(&before, &after), [Path::new("content/en/calendar/seminar.md")]);
    let text = std::fs::read_to_string(f.root().join("content/en/calendar/seminar.md")).unwrap();
    assert!(
        text.starts_with("---\n# Translation of content/sv/calendar/seminar.md into en"),
        "{text}"
    );
    assert!(
        text.ends_with("title: Seminarium\ndescription: Om arbetet.\nweight: 3\nevent:\n  start: 2026-05-04T09:00\n  timezone: Europe/Stockholm\n  venue: Stora salen\n  audience: Alla\n---\n## Program\n\nVi ses.\n"),
        "{text}"
    );
    assert!(!text.contains("translated_from"), "{text}");
    assert!(!text.contains("aliases"), "{text}");
    // It builds, and status calls it untracked until `tolk translated`.
    let status = run(&f, &["status", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    let text = json.to_string();
    assert!(text.contains("untracked"), "{text}");
    f.build();
    assert!(f.exists("en/calendar/seminar/index.html"));
}

#[test]
fn translate_refuses_to_overwrite_and_wrong_requests() {
    let f = Fixture::new("basic");
    let before = snapshot(f.root());
    for (args, says) in [
        (
            &["translate", "about.md", "--to", "en"][..],
            "content/en/about.md already exists",
        ),
        (
            &["translate", "nothing.md", "--to", "en"],
            "content/sv/nothing.md does not exist",
        ),
        (
            &["translate", "content/en/about.md", "--to", "de"],
            "not in the source language",
        ),
        (&["translate", "about.md", "--to", "sv"], "is the source language"),
        (
            &["translate", "about.md", "--to", "xx"],
            "`xx` is not a language of site.yaml",
        ),
    ] {
        let out = run(&f, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(before, snapshot(f.root()), "{args:?} changed the site");
    }
    // Into a language without the page yet: one new file.
    let out = run(&f, &["translate", "content/sv/about.md", "--to", "de"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        changed(&before, &snapshot(f.root())),
        [Path::new("content/de/about.md")]
    );
}

/// A translator who works only in the CMS ticks "up to date"
/// (`translated: true`): status counts the translation as up to date but
/// says the mark is not recorded, readers see no stale notice, and `tolk
/// translated --marked` (a CI step on the CMS's commits) writes the
/// original's fingerprint and removes the mark, changing no other file and
/// nothing else in that one. Marking again after the original changed
/// makes a stale translation current again.
#[test]
fn translator_marks_from_the_cms_are_recorded_by_translated_marked() {
    let f = Fixture::new("basic");
    let about = "content/en/about.md";
    // First recorded, then the original changes: stale.
    assert!(run(&f, &["translated", about]).status.success());
    let sv = std::fs::read_to_string(f.root().join("content/sv/about.md")).unwrap();
    f.write("content/sv/about.md", &format!("{sv}\nEtt nytt stycke.\n"));
    let state = |f: &Fixture| {
        let s = tolk::status::status(f.root()).unwrap();
        let en = s.iter().find(|l| l.lang.as_str() == "en").unwrap().clone();
        let e = en.pages.iter().find(|e| e.key == "about.md").unwrap().state;
        (e, en.marked)
    };
    assert_eq!(state(&f).0, tolk::status::State::Stale);
    // The translator brings it in line and ticks the box in the CMS.
    let text = std::fs::read_to_string(f.root().join(about)).unwrap();
    let marked = text.replacen("title: About us\n", "title: About us\ntranslated: true\n", 1);
    f.write(about, &marked);
    assert_eq!(state(&f), (tolk::status::State::Marked, 1));
    let out = run(&f, &["status"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("1 marked up to date but not recorded (run: tolk translated --marked)"),
        "{said}"
    );
    f.use_default_theme();
    let stale_notice = |f: &Fixture| {
        f.build();
        common::text(&f.html("en/about/index.html"), "body")
            .contains("has been updated since this translation was made")
    };
    f.write(about, &text);
    assert!(stale_notice(&f), "the default theme shows the stale notice");
    f.write(about, &marked);
    assert!(!stale_notice(&f), "a marked translation shows no stale notice");
    // Record it: only that file changes, and only those two lines.
    let before = snapshot(f.root());
    let out = run(&f, &["translated", "--marked"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let after = snapshot(f.root());
    let changed: Vec<_> = changed(&before, &after)
        .into_iter()
        .filter(|p| !p.starts_with("public"))
        .collect();
    assert_eq!(changed, [Path::new(about)]);
    let now = std::fs::read_to_string(f.root().join(about)).unwrap();
    assert!(!now.contains("translated: true"), "{now}");
    assert_eq!(
        now.lines()
            .filter(|l| !l.starts_with("translated_from:"))
            .collect::<Vec<_>>(),
        text.lines()
            .filter(|l| !l.starts_with("translated_from:"))
            .collect::<Vec<_>>()
    );
    assert_eq!(state(&f), (tolk::status::State::Current, 0));
    // Nothing marked: nothing written.
    let before = snapshot(f.root());
    let out = run(&f, &["translated", "--marked"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("nothing to record"));
    assert_eq!(snapshot(f.root()), before);
}
