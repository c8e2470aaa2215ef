//! Scheduled publishing: `publish_date` and `expiry_date` judged against
//! `--now`. A page outside its window is in none of the outputs (its page,
//! listings, the Atom feed, the sitemap, the calendars, the search index,
//! its aliases, other pages' language switchers); `--future` and
//! `--expired` put it back in all of them, with a banner; links to it
//! from published pages are errors that say why; `tolk serve --future`
//! shows the banner.

mod common;

use std::io::{BufRead, BufReader, Read as _};
use std::process::{Command, Stdio};

use common::{Fixture, sel};

/// The embargo: 09:00 Swedish time on 1 December 2026 (08:00 UTC).
const EMBARGO: &str = "2026-12-01T09:00:00+01:00";

/// The basic fixture with the default theme, a news feed and an embargoed
/// press release that is also an event and has an old address.
fn site() -> Fixture {
    let f = Fixture::new("basic");
    f.use_default_theme();
    f.write(
        "content/sv/news/_index.md",
        "---\ntitle: Nyheter\nslug: nyheter\nweight: 2\nsort_by: date\nfeed: true\n---\n",
    );
    f.write(
        "content/sv/news/press.md",
        &format!(
            "---\ntitle: Pressmeddelande om zebrafinkar\nslug: pressmeddelande\ndate: 2026-12-01\npublish_date: {EMBARGO}\naliases: [/gammalt-press/]\nevent:\n  start: 2027-02-01T10:00\n  timezone: Europe/Stockholm\n  city: Stockholm\n  country: SE\n---\nHemlig nyhet om zebrafinkar.\n"
        ),
    );
    f
}

fn at(f: &Fixture, now: &str) -> tolk::BuildOptions {
    tolk::BuildOptions {
        now: Some(now.parse().unwrap()),
        ..f.options()
    }
}

fn read(f: &Fixture, rel: &str) -> String {
    std::fs::read_to_string(f.out().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn hrefs(f: &Fixture, rel: &str) -> Vec<String> {
    f.html(rel)
        .select(&sel("a[href]"))
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect()
}

/// Every word Pagefind indexed for `lang`, from its compressed fragments.
fn search_text(f: &Fixture, lang: &str) -> String {
    let dir = f.out().join("pagefind").join(lang).join("fragment");
    let mut all = String::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_string(&mut all)
            .unwrap();
    }
    all
}

/// Where the press release shows, output by output.
#[derive(Debug, PartialEq, Eq)]
struct Seen {
    page: bool,
    listing: bool,
    feed: bool,
    sitemap: bool,
    calendar: bool,
    event_file: bool,
    search: bool,
    alias: bool,
}

impl Seen {
    fn everywhere(yes: bool) -> Seen {
        Seen {
            page: yes,
            listing: yes,
            feed: yes,
            sitemap: yes,
            calendar: yes,
            event_file: yes,
            search: yes,
            alias: yes,
        }
    }
}

fn seen(f: &Fixture) -> Seen {
    let feed = read(f, "sv/nyheter/atom.xml");
    let feed_doc = scraper::Html::parse_fragment(&feed);
    let calendar = if f.exists("sv/calendar.ics") {
        read(f, "sv/calendar.ics")
    } else {
        String::new()
    };
    Seen {
        page: f.exists("sv/nyheter/pressmeddelande/index.html"),
        listing: hrefs(f, "sv/nyheter/index.html")
            .iter()
            .any(|h| h.contains("pressmeddelande")),
        feed: feed_doc
            .select(&sel("entry title"))
            .any(|t| t.text().collect::<String>().contains("zebrafinkar")),
        sitemap: read(f, "sitemap.xml").contains("/sv/nyheter/pressmeddelande/"),
        calendar: calendar.contains("SUMMARY:Pressmeddelande"),
        event_file: f.exists("sv/nyheter/pressmeddelande/event.ics"),
        search: search_text(f, "sv").contains("zebrafinkar"),
        alias: f.exists("gammalt-press/index.html"),
    }
}

#[test]
fn an_embargoed_page_is_in_no_output_before_its_publish_date_and_in_all_of_them_from_then_on() {
    let f = site();
    let report = tolk::build(&at(&f, "2026-12-01T07:59:59Z")).unwrap();
    assert_eq!(seen(&f), Seen::everywhere(false));
    assert_eq!(report.held_back.scheduled, 1, "{:?}", report.held_back);
    assert_eq!(report.held_back.to_string(), "1 scheduled (publish_date still to come)");

    let report = tolk::build(&at(&f, "2026-12-01T08:00:00Z")).unwrap();
    assert_eq!(seen(&f), Seen::everywhere(true));
    assert!(report.held_back.is_empty(), "{:?}", report.held_back);
    let page = f.html("sv/nyheter/pressmeddelande/index.html");
    assert!(page.select(&sel(".schedule-notice")).next().is_none());
}

#[test]
fn an_expired_page_leaves_every_output_at_its_expiry_date() {
    let f = site();
    let text = std::fs::read_to_string(f.root().join("content/sv/news/press.md")).unwrap();
    f.write(
        "content/sv/news/press.md",
        &text.replace(
            &format!("publish_date: {EMBARGO}"),
            &format!("publish_date: {EMBARGO}\nexpiry_date: 2027-01-01"),
        ),
    );
    tolk::build(&at(&f, "2026-12-31T23:59:59Z")).unwrap();
    assert_eq!(seen(&f), Seen::everywhere(true));
    let report = tolk::build(&at(&f, "2027-01-01T00:00:00Z")).unwrap();
    assert_eq!(seen(&f), Seen::everywhere(false));
    assert_eq!(report.held_back.expired, 1);

    let report = tolk::build(&tolk::BuildOptions {
        expired: true,
        ..at(&f, "2027-01-01T00:00:00Z")
    })
    .unwrap();
    assert_eq!(seen(&f), Seen::everywhere(true));
    assert!(report.held_back.is_empty());
    let page = f.html("sv/nyheter/pressmeddelande/index.html");
    let banner = page.select(&sel("main p.schedule-notice[role=note]")).next().unwrap();
    assert_eq!(banner.value().attr("data-schedule"), Some("expired"));
}

#[test]
fn future_includes_the_page_everywhere_with_a_localised_banner() {
    let f = site();
    f.write(
        "content/en/news/press.md",
        "---\ntitle: Press release\npublish_date: 2026-12-01T08:00:00Z\n---\nNews.\n",
    );
    let report = tolk::build(&tolk::BuildOptions {
        future: true,
        ..f.options()
    })
    .unwrap();
    assert!(report.held_back.is_empty());
    assert_eq!(seen(&f), Seen::everywhere(true));
    for (path, words) in [
        ("sv/nyheter/pressmeddelande/index.html", "inte publicerad än"),
        ("en/news/press/index.html", "not published yet"),
    ] {
        let page = f.html(path);
        let banner = page
            .select(&sel("main > p.schedule-notice[role=note]"))
            .next()
            .unwrap_or_else(|| panic!("{path}: no banner"));
        assert_eq!(banner.value().attr("data-schedule"), Some("scheduled"));
        let text: String = banner.text().collect();
        assert!(text.contains(words), "{path}: {text}");
        assert!(text.contains("2026") && text.contains("UTC"), "{path}: {text}");
    }
    // Listings mark it too.
    let listing = f.html("sv/nyheter/index.html");
    let badge = listing
        .select(&sel("ul.listing li .schedule-badge[data-schedule=scheduled]"))
        .next()
        .expect("a mark in the listing");
    assert_eq!(badge.text().collect::<String>(), "Inte publicerad än");
    assert_eq!(listing.select(&sel(".schedule-badge")).count(), 1);
    // Published pages have none.
    assert!(
        f.html("sv/index.html")
            .select(&sel(".schedule-notice"))
            .next()
            .is_none()
    );
}

#[test]
fn the_language_switcher_never_leads_to_a_held_back_translation() {
    let f = site();
    f.write("content/sv/plan.md", "---\ntitle: Planen\n---\nPlanen på svenska.\n");
    f.write(
        "content/en/plan.md",
        "---\ntitle: The plan\npublish_date: 2027-01-01\n---\nThe secret English plan.\n",
    );
    f.build();
    let page = f.html("sv/plan/index.html");
    let english = page.select(&sel("nav.languages a[hreflang=en]")).next().unwrap();
    let href = english.value().attr("href").unwrap();
    assert!(
        page.select(&sel("link[rel=alternate][hreflang=en]")).next().is_none(),
        "no hreflang to a page that is not published"
    );
    // Wherever the switcher leads, it is not the held-back English text.
    let target = f.out().join("sv/plan/").join(href);
    let target = if target.is_dir() || href.ends_with('/') {
        target.join("index.html")
    } else {
        target
    };
    if let Ok(html) = std::fs::read_to_string(&target) {
        assert!(!html.contains("secret English plan"), "{href}");
    }
    assert!(!read(&f, "sitemap.xml").contains("secret"));
}

#[test]
fn a_link_to_a_held_back_page_is_an_error_that_says_why_and_future_lifts_it() {
    let f = site();
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om oss\nslug: om-oss\n---\nLäs\n[pressmeddelandet](news/press.md).\n",
    );
    let problems = f.build_err();
    let d = problems
        .iter()
        .find(|d| d.message.contains("news/press.md"))
        .unwrap_or_else(|| panic!("{problems:?}"));
    assert!(d.is_error());
    assert_eq!(d.file.as_deref(), Some(std::path::Path::new("content/sv/about.md")));
    assert_eq!((d.line, d.column), (Some(6), Some(1)), "{d}");
    assert!(d.message.contains("is scheduled for 2026-12-01T08:00:00Z"), "{d}");
    assert!(d.hint.as_deref().unwrap().contains("--future"), "{d}");

    tolk::build(&tolk::BuildOptions {
        future: true,
        ..f.options()
    })
    .unwrap();
    assert!(
        hrefs(&f, "sv/om-oss/index.html")
            .iter()
            .any(|h| h.contains("pressmeddelande"))
    );
}

#[test]
fn a_menu_entry_to_a_held_back_page_waits_for_it() {
    let f = site();
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write(
        "site.yaml",
        &yaml.replace(
            "main: [about, news, contact]",
            "main: [about, news, contact, news/press.md]",
        ),
    );
    f.build();
    assert!(!hrefs(&f, "sv/index.html").iter().any(|h| h.contains("pressmeddelande")));
}

#[test]
fn bad_schedule_values_are_errors_at_their_line_with_a_fix() {
    let f = site();
    for (value, wanted, hint) in [
        ("publish_date: snart", "`snart` is not a date", "YYYY-MM-DD"),
        (
            "publish_date: 2026-12-01 09:00",
            "has a time but no time zone",
            "+02:00",
        ),
        (
            "publish_date: 2026-12-01\nexpiry_date: 2026-11-01",
            "is not after the publish_date",
            "later than the publish_date",
        ),
    ] {
        f.write(
            "content/sv/news/press.md",
            &format!("---\ntitle: Press\n{value}\n---\nText.\n"),
        );
        let problems = f.build_err();
        let d = problems
            .iter()
            .find(|d| d.message.contains(wanted))
            .unwrap_or_else(|| panic!("{value}: {problems:?}"));
        assert_eq!(
            d.file.as_deref(),
            Some(std::path::Path::new("content/sv/news/press.md"))
        );
        let line = 2 + value.lines().count();
        assert_eq!(d.line, Some(line), "{value}: {d}");
        assert!(d.column.is_some());
        assert!(d.hint.as_deref().unwrap().contains(hint), "{value}: {d}");
    }
}

#[test]
fn tolk_build_says_what_it_held_back() {
    let f = site();
    f.write("content/sv/draft.md", "---\ntitle: Utkast\ndraft: true\n---\n");
    let out = Command::new(env!("CARGO_BIN_EXE_tolk"))
        .args(["build", "--now", "2026-11-29T12:00:00Z", "--root"])
        .arg(f.root())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("Held back: 1 scheduled (publish_date still to come), 1 draft"),
        "{stdout}"
    );
}

#[test]
fn serve_with_future_shows_the_embargoed_page_with_its_banner_and_without_hides_it() {
    let f = site();
    for (flag, wanted) in [(Some("--future"), 200), (None, 404)] {
        let mut command = Command::new(env!("CARGO_BIN_EXE_tolk"));
        command.args(["serve", "--port", "0", "--now", "2026-11-29T12:00:00Z", "--root"]);
        command
            .arg(f.root())
            .args(flag)
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let mut child = command.spawn().unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let raw = common::http_get(common::served_port(&line), "/sv/nyheter/pressmeddelande/");
        let _ = child.kill();
        let _ = child.wait();
        let status: u16 = raw.split(' ').nth(1).unwrap().parse().unwrap();
        assert_eq!(status, wanted, "{flag:?}");
        if wanted == 200 {
            let body = raw.split_once("\r\n\r\n").unwrap().1;
            let doc = scraper::Html::parse_document(body);
            let banner = doc
                .select(&sel("p.schedule-notice[role=note]"))
                .next()
                .expect("a banner");
            assert_eq!(banner.value().attr("data-schedule"), Some("scheduled"));
        }
    }
}
