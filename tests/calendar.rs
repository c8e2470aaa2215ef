//! The calendar: event pages, listings split by `--now`, and iCalendar files
//! checked with an independent parser (the `icalendar` crate).

mod common;

use common::{Fixture, attr, sel, snapshot, text};
use icalendar::parser::{read_calendar, unfold};

fn with_events() -> Fixture {
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
    // On the day summer time starts in Sweden (02:00 → 03:00).
    f.write(
        "content/sv/calendar/dst.md",
        "---\ntitle: \"Seminarium; del 1, dag 1\"\nslug: seminarium\nevent:\n  start: 2026-03-29T10:00\n  end: 2026-03-29T16:30\n  timezone: Europe/Stockholm\n  venue: Svenska institutet\n  city: Stockholm\n  country: SE\n  languages: [sv, en]\n---\nEn lång beskrivning med å, ä och ö som upprepas för att raden ska bli längre än sjuttiofem oktetter och vikas.\n",
    );
    f.write(
        "content/en/calendar/dst.md",
        "---\ntitle: \"Seminar; part 1, day 1\"\nevent:\n  start: 2026-03-29T10:00\n  end: 2026-03-29T16:30\n  timezone: Europe/Stockholm\n  venue: The Swedish Institute\n  city: Stockholm\n  country: SE\n---\nText.\n",
    );
    f.write(
        "content/sv/calendar/allday.md",
        "---\ntitle: Heldag\nevent:\n  start: 2026-12-01\n  end: 2026-12-02\n  city: Riga\n  country: LV\n  status: cancelled\n---\n",
    );
    f.write(
        "content/sv/calendar/kyiv.md",
        "---\ntitle: Kyiv\nevent:\n  start: 2027-05-11T10:00\n  end: 2027-05-11T17:00\n  timezone: Europe/Kyiv\n  city: Kyiv\n  country: UA\n---\n",
    );
    f.build();
    f
}

fn property<'a>(c: &'a icalendar::parser::Component<'a>, name: &str) -> Option<String> {
    c.properties.iter().find(|p| p.name == name).map(|p| p.val.to_string())
}

#[test]
fn every_ics_file_parses_and_follows_the_rfc_lexically() {
    let f = with_events();
    let files: Vec<_> = snapshot(&f.out())
        .into_iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "ics"))
        .collect();
    assert_eq!(
        files.len(),
        3 + 1 + 3 + 1 + 3 + 1,
        "{:?}",
        files.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    for (path, bytes) in files {
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.ends_with("\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "{}: bare LF", path.display());
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{}: line of {} octets", path.display(), line.len());
        }
        let unfolded = unfold(&text);
        let cal = read_calendar(&unfolded).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for p in ["VERSION", "PRODID", "CALSCALE"] {
            assert!(cal.properties.iter().any(|x| x.name == p), "{}: no {p}", path.display());
        }
        assert!(
            cal.components.iter().any(|c| c.name == "VEVENT"),
            "{}: no VEVENT",
            path.display()
        );
        for event in cal.components.iter().filter(|c| c.name == "VEVENT") {
            for p in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "URL"] {
                assert!(property(event, p).is_some(), "{}: VEVENT without {p}", path.display());
            }
            assert!(property(event, "URL").unwrap().starts_with("https://example.org/sub/"));
        }
    }
}

#[test]
fn text_is_escaped_and_long_lines_fold_between_characters() {
    let f = with_events();
    let raw = std::fs::read_to_string(f.out().join("sv/kalender/seminarium/event.ics")).unwrap();
    assert!(raw.contains("SUMMARY:Seminarium\\; del 1\\, dag 1\r\n"), "{raw}");
    let unfolded = unfold(&raw);
    assert!(unfolded.contains("DESCRIPTION:En lång beskrivning med å\\, ä och ö som upprepas för att raden ska bli längre än sjuttiofem oktetter och vikas."), "{unfolded}");
}

#[test]
fn times_across_a_dst_change_carry_the_right_zone() {
    let f = with_events();
    let raw = unfold(&std::fs::read_to_string(f.out().join("sv/calendar.ics")).unwrap());
    assert!(raw.contains("DTSTART;TZID=Europe/Stockholm:20260329T100000"), "{raw}");
    // The zone definition has the transition of that morning: 02:00 local, +01:00 → +02:00.
    assert!(raw.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nEND:DAYLIGHT"), "{raw}");
    // 10:00 CEST is 08:00 UTC: the web-calendar links say so.
    let page = f.html("sv/kalender/seminarium/index.html");
    let google = attr(&page, ".add-to-calendar a[href^='https://calendar.google.com']", "href");
    assert!(google.contains("dates=20260329T080000Z/20260329T143000Z"), "{google}");
    assert!(text(&page, ".event-details dd").contains("29 mars 2026 kl. 10:00–16:30 CEST (UTC+2)"));
}

#[test]
fn all_day_events_use_dates_with_exclusive_end_and_cancelled_status() {
    let f = with_events();
    let raw = unfold(&std::fs::read_to_string(f.out().join("sv/kalender/allday/event.ics")).unwrap());
    assert!(raw.contains("DTSTART;VALUE=DATE:20261201\r\n"));
    assert!(
        raw.contains("DTEND;VALUE=DATE:20261203\r\n"),
        "the end is exclusive: {raw}"
    );
    assert!(raw.contains("STATUS:CANCELLED\r\n"));
}

#[test]
fn uids_are_identical_across_languages_and_builds() {
    let f = with_events();
    let uid = |path: &str| {
        let raw = unfold(&std::fs::read_to_string(f.out().join(path)).unwrap());
        raw.lines().find(|l| l.starts_with("UID:")).unwrap().to_string()
    };
    assert_eq!(
        uid("sv/kalender/seminarium/event.ics"),
        "UID:calendar/dst@example.org/sub"
    );
    assert_eq!(uid("en/calendar/dst/event.ics"), "UID:calendar/dst@example.org/sub");
    let before = snapshot(&f.out());
    f.build();
    assert_eq!(
        before,
        snapshot(&f.out()),
        "DTSTAMP and everything else is deterministic"
    );
}

#[test]
fn now_splits_upcoming_and_past_and_untranslated_events_fall_back() {
    let f = with_events();
    let doc = f.html("en/calendar/index.html");
    // --now is 2026-11-29T12:00Z in the harness.
    let upcoming = common::texts(&doc, "#upcoming li > a");
    let past = common::texts(&doc, "#past li > a");
    assert_eq!(
        upcoming,
        ["Heldag", "Kyiv"],
        "untranslated events appear through the fallback"
    );
    assert_eq!(past, ["Seminar; part 1, day 1"]);
    let heldag = doc.select(&sel("#upcoming li")).next().unwrap();
    assert_eq!(
        heldag.value().attr("lang"),
        Some("sv"),
        "marked with its original language"
    );
    assert!(heldag.value().attr("class").unwrap().contains("event-cancelled"));
    assert_eq!(
        attr(&doc, "link[rel=alternate][type='text/calendar']", "href"),
        "../calendar.ics"
    );

    let mut later = f.options();
    later.now = Some("2028-01-01T00:00:00Z".parse().unwrap());
    tolk::build(&later).unwrap();
    let doc = f.html("en/calendar/index.html");
    assert_eq!(doc.select(&sel("#upcoming li")).count(), 0);
    let past: Vec<String> = doc.select(&sel("#past li > a")).map(|a| a.text().collect()).collect();
    assert_eq!(past, ["Kyiv", "Heldag", "Seminar; part 1, day 1"], "most recent first");
}

#[test]
fn event_page_has_json_ld() {
    let f = with_events();
    let doc = f.html("en/calendar/dst/index.html");
    let json = doc
        .select(&sel("script[type='application/ld+json']"))
        .next()
        .unwrap()
        .inner_html();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["@type"], "Event");
    assert_eq!(v["startDate"], "2026-03-29T10:00:00+02:00");
    assert_eq!(v["eventStatus"], "https://schema.org/EventScheduled");
    assert_eq!(v["location"]["@type"], "Place");
    assert_eq!(v["location"]["address"]["addressCountry"], "SE");
}

#[test]
fn event_languages_are_a_list_in_the_readers_language() {
    let f = Fixture::new("basic");
    f.use_default_theme();
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write(
        "site.yaml",
        &yaml.replace("  de:\n", "  ar:\n    fallback: [en]\n  de:\n"),
    );
    let templates = "template: calendar.html\npage_template: event.html\n";
    f.write(
        "content/sv/calendar/_index.md",
        &format!("---\ntitle: Kalender\nslug: kalender\n{templates}---\n"),
    );
    f.write(
        "content/sv/calendar/tre.md",
        "---\ntitle: Tre språk\nslug: tre\nevent:\n  start: 2027-05-11\n  city: Stockholm\n  languages: [sv, en, ru]\n---\n",
    );
    f.write(
        "content/ar/calendar/tre.md",
        "---\ntitle: ثلاث لغات\nevent:\n  start: 2027-05-11\n  city: Stockholm\n  languages: [sv, en, ru]\n---\n",
    );
    f.build();
    let languages = |path: &str| {
        let doc = f.html(path);
        let dd: Vec<String> = doc.select(&sel("dd")).map(|e| e.text().collect()).collect();
        dd.into_iter()
            .find(|t| t.contains("ryska") || t.contains("الروسية"))
            .unwrap_or_else(|| panic!("{path}: no language list"))
    };
    assert_eq!(languages("sv/kalender/tre/index.html"), "svenska, engelska och ryska");
    let ar = languages("ar/calendar/tre/index.html");
    assert!(ar.contains(" و"), "{ar}");
    assert!(!ar.contains(", "), "Arabic lists do not use a Latin comma: {ar}");
}
