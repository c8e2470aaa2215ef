//! Calendar outputs readers and their calendar programs trust: JSON-LD that
//! cannot break out of its script element, UIDs that never merge two
//! events, and events tolk cannot compute refused rather than dropped.

mod common;

use std::collections::BTreeMap;

use common::{Fixture, sel, snapshot};
use icalendar::parser::{read_calendar, unfold};

fn calendar_site() -> Fixture {
    let f = Fixture::new("basic");
    f.use_default_theme();
    let templates = "template: calendar.html\npage_template: event.html\n";
    f.write(
        "content/sv/calendar/_index.md",
        &format!("---\ntitle: Kalender\nslug: kalender\n{templates}---\n"),
    );
    f.write(
        "content/en/calendar/_index.md",
        &format!("---\ntitle: Calendar\n{templates}---\n"),
    );
    f
}

fn event(title: &str, start: &str) -> String {
    format!(
        "---\ntitle: {title}\nevent:\n  start: {start}\n  timezone: Europe/Stockholm\n  city: Stockholm\n---\nText.\n"
    )
}

/// Failure 2: a title with `<!--<script>` turned the JSON-LD into an
/// unterminated script and the browser showed an empty body.
#[test]
fn regression_json_ld_survives_titles_that_open_comments_or_close_scripts() {
    let f = calendar_site();
    // Without typographic punctuation, so `<!--` reaches the JSON-LD as
    // written (with it, `--` would become a dash).
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write("site.yaml", &format!("{yaml}markdown:\n  smart_punctuation: false\n"));
    let titles = [
        "Seminarium <!--<script> om hat",
        "Slut </script><script>alert(1)</script>",
        "A & B > C \u{2028} D \u{2029} E",
    ];
    for (i, title) in titles.iter().enumerate() {
        let yaml_title = serde_json::to_string(title)
            .unwrap()
            .replace('\u{2028}', "\\u2028")
            .replace('\u{2029}', "\\u2029");
        f.write(
            &format!("content/sv/calendar/e{i}.md"),
            &format!(
                "---\ntitle: {yaml_title}\ndescription: {yaml_title}\nevent:\n  start: 2027-05-11T10:00\n  timezone: Europe/Stockholm\n  venue: {yaml_title}\n  online: \"https://example.org/a?b=1&c=</script>\"\n---\nText.\n"
            ),
        );
    }
    f.build();
    for (i, title) in titles.iter().enumerate() {
        let raw = std::fs::read_to_string(f.out().join(format!("sv/kalender/e{i}/index.html"))).unwrap();
        let doc = scraper::Html::parse_document(&raw);
        let scripts: Vec<String> = doc
            .select(&sel("script[type='application/ld+json']"))
            .map(|s| s.inner_html())
            .collect();
        assert_eq!(scripts.len(), 1, "e{i}: one JSON-LD script");
        let json = &scripts[0];
        assert!(!json.contains(['<', '>', '&', '\u{2028}', '\u{2029}']), "e{i}: {json}");
        let v: serde_json::Value = serde_json::from_str(json).unwrap_or_else(|e| panic!("e{i}: {e}: {json}"));
        assert_eq!(v["name"], *title);
        assert_eq!(v["description"], *title);
        assert_eq!(v["location"][0]["name"], *title);
        assert_eq!(v["location"][1]["url"], "https://example.org/a?b=1&c=</script>");
        // The page after the script is all there.
        assert_eq!(common::text(&doc, ".event-page h1"), title.trim());
        assert_eq!(
            doc.select(&sel("body .add-to-calendar a[href$='event.ics']")).count(),
            1,
            "e{i}"
        );
        assert_eq!(
            doc.select(&sel("body script:not([src])")).count(),
            1,
            "e{i}: only the theme's own inline script"
        );
    }
}

fn uids(ics: &str) -> Vec<String> {
    let unfolded = unfold(ics);
    let cal = read_calendar(&unfolded).unwrap_or_else(|e| panic!("{e}\n{ics}"));
    cal.components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .map(|c| {
            let uids: Vec<String> = c
                .properties
                .iter()
                .filter(|p| p.name == "UID")
                .map(|p| p.val.to_string())
                .collect();
            assert_eq!(uids.len(), 1, "exactly one UID per VEVENT");
            uids[0].clone()
        })
        .collect()
}

/// Failure 6: `calendar/a-b.md` and `calendar/a/b.md`, or `möte.md` and
/// `mäte.md`, got the same UID, and UIDs ignored the site's path.
#[test]
fn regression_uids_are_injective_stable_and_include_the_site_path() {
    let f = calendar_site();
    let keys = [
        "calendar/a-b.md",
        "calendar/a/b.md",
        "calendar/a_b.md",
        "calendar/a.b.md",
        "calendar/möte.md",
        "calendar/mäte.md",
        "calendar/seminar.md",
    ];
    for (i, key) in keys.iter().enumerate() {
        f.write(
            &format!("content/sv/{key}"),
            &event(&format!("Evenemang {i}"), "2027-05-11T10:00"),
        );
    }
    f.write("content/en/calendar/seminar.md", &event("Seminar", "2027-05-11T10:00"));
    f.build();

    let feed = std::fs::read_to_string(f.out().join("sv/calendar.ics")).unwrap();
    let all = uids(&feed);
    let mut want: Vec<String> = [
        "calendar/a-b@example.org/sub",
        "calendar/a/b@example.org/sub",
        "calendar/a_b@example.org/sub",
        "calendar/a.b@example.org/sub",
        "calendar/m%C3%B6te@example.org/sub",
        "calendar/m%C3%A4te@example.org/sub",
        "calendar/seminar@example.org/sub",
    ]
    .map(String::from)
    .to_vec();
    let mut sorted = all.clone();
    sorted.sort();
    want.sort();
    assert_eq!(sorted, want, "one distinct, readable UID per event");
    for uid in &all {
        assert!(
            uid.chars().all(|c| c.is_ascii_graphic()) && !uid.contains([';', ',', '\\']),
            "{uid}: a TEXT value that needs no escaping"
        );
    }

    // The same in every file of every language, and in every build.
    let per_file: BTreeMap<_, _> = snapshot(&f.out())
        .into_iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "ics"))
        .map(|(p, b)| (p, uids(&String::from_utf8(b).unwrap())))
        .collect();
    let sv = &per_file[std::path::Path::new("sv/kalender/seminar/event.ics")];
    let en = &per_file[std::path::Path::new("en/calendar/seminar/event.ics")];
    assert_eq!(sv, en);
    assert_eq!(sv, &["calendar/seminar@example.org/sub".to_string()]);
    let before = snapshot(&f.out());
    f.build();
    assert_eq!(before, snapshot(&f.out()));

    // Another site on the same host: other UIDs.
    let mut other = f.options();
    other.base_url = Some("https://EXAMPLE.org/andra".into());
    other.output = Some(f.root().join("other"));
    tolk::build(&other).unwrap();
    let other_uids = uids(&std::fs::read_to_string(f.root().join("other/sv/calendar.ics")).unwrap());
    assert!(
        other_uids.iter().all(|u| u.ends_with("@example.org/andra")),
        "{other_uids:?}"
    );
    assert!(other_uids.iter().all(|u| !all.contains(u)));
}

/// Failure 7: an event in the year 9999 silently lost its event block,
/// `.ics` and calendar entry.
#[test]
fn regression_events_outside_the_time_library_range_are_errors() {
    let f = calendar_site();
    f.write("content/sv/calendar/sent.md", &event("Sent", "9999-12-31T10:00"));
    f.write(
        "content/sv/calendar/slut.md",
        "---\ntitle: Slut\nevent:\n  start: 9999-12-30T10:00\n  end: 9999-12-31T23:00\n  timezone: Europe/Stockholm\n---\n",
    );
    f.write(
        "content/sv/calendar/heldag.md",
        "---\ntitle: Heldag\nevent:\n  start: 9999-12-30\n---\n",
    );
    f.write("content/sv/calendar/tidigt.md", &event("Tidigt", "-009999-01-01T10:00"));
    let d = f.build_err();
    for (file, line) in [
        ("content/sv/calendar/sent.md", 4),
        ("content/sv/calendar/slut.md", 5),
        ("content/sv/calendar/heldag.md", 4),
        ("content/sv/calendar/tidigt.md", 4),
    ] {
        let found: Vec<_> = d
            .iter()
            .filter(|x| x.file.as_deref() == Some(std::path::Path::new(file)))
            .collect();
        assert_eq!(found.len(), 1, "{file}: {d:#?}");
        let e = found[0];
        assert_eq!(
            (e.line, e.column),
            (Some(line), Some(if line == 5 { 8 } else { 10 })),
            "{e}"
        );
        assert_eq!(e.kind, Some(tolk::error::Kind::Event));
        assert!(e.message.contains("outside the dates tolk can compute"), "{e}");
        assert!(e.hint.is_some());
    }

    // The last day that works is published with its files.
    for file in ["sent", "slut", "heldag", "tidigt"] {
        f.remove(&format!("content/sv/calendar/{file}.md"));
    }
    f.write(
        "content/sv/calendar/heldag.md",
        "---\ntitle: Heldag\nevent:\n  start: 9999-12-29\n---\n",
    );
    f.build();
    let ics = unfold(&std::fs::read_to_string(f.out().join("sv/kalender/heldag/event.ics")).unwrap());
    assert!(
        ics.contains("DTSTART;VALUE=DATE:99991229\r\nDTEND;VALUE=DATE:99991230\r\n"),
        "{ics}"
    );
    let doc = f.html("sv/kalender/index.html");
    assert!(common::texts(&doc, "#upcoming li > a").contains(&"Heldag".to_string()));
}
