//! iCalendar (RFC 5545) output, written by hand so that every field is
//! deterministic: UIDs from the language-independent content path and the
//! site's address (equal across languages and builds, see [`uid`]), DTSTAMP
//! from the page's dates, VTIMEZONE components generated from the bundled
//! zone database, CRLF line endings, lines folded at 75 octets without
//! splitting a character, TEXT escaped.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

use super::{Status, When};

/// One event as it goes into a calendar.
#[derive(Debug, Clone)]
pub struct IcsEvent<'a> {
    /// Stable identifier, the same in every language.
    pub uid: String,
    /// Title.
    pub summary: &'a str,
    /// Plain-text description.
    pub description: String,
    /// Venue, address, city and country in one line.
    pub location: String,
    /// Absolute URL of the event page.
    pub url: String,
    /// When.
    pub when: &'a When,
    /// Scheduled, cancelled, postponed.
    pub status: Status,
    /// When this description of the event was last changed (deterministic).
    pub stamp: Timestamp,
}

/// A UID from a translation key and the site's address: the key without
/// `.md`, `@`, the host and the site's path.
///
/// Every character of the key counts: anything but ASCII letters, digits,
/// `-`, `.`, `_`, `~` and `/` is percent-encoded (`%` too), so different keys
/// (every key ends in `.md`) give different UIDs, and two sites on one host
/// differ by their path. The same in every language and every build.
///
/// ```
/// use tolk::calendar::ical::uid;
/// assert_eq!(uid("calendar/kyiv.md", "https://example.org/a/"), "calendar/kyiv@example.org/a");
/// assert_eq!(uid("calendar/a-b.md", "https://example.org/"), "calendar/a-b@example.org");
/// assert_eq!(uid("calendar/a/b.md", "https://example.org/"), "calendar/a/b@example.org");
/// assert_eq!(uid("möte.md", "https://Example.org:8443/"), "m%C3%B6te@example.org:8443");
/// ```
pub fn uid(key: &str, base_url: &str) -> String {
    let site = base_url.split_once("://").map_or(base_url, |(_, rest)| rest);
    let (host, path) = site.split_once('/').unwrap_or((site, ""));
    let path = path.trim_end_matches('/');
    let mut out = uid_encode(key.strip_suffix(".md").unwrap_or(key));
    out.push('@');
    out.push_str(&host.to_ascii_lowercase());
    if !path.is_empty() {
        out.push('/');
        out.push_str(&uid_encode(path));
    }
    out
}

/// Percent-encoding that keeps RFC 3986's unreserved characters and `/`.
fn uid_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// A complete VCALENDAR with the given events (in the given order).
pub fn calendar(name: &str, events: &[IcsEvent<'_>]) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:-//tolk//tolk {}//EN", env!("CARGO_PKG_VERSION")),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape_text(name)),
    ];
    for (zone, (from, to)) in zones(events) {
        lines.extend(vtimezone(&zone, from, to));
    }
    for event in events {
        lines.extend(vevent(event));
    }
    lines.push("END:VCALENDAR".to_string());
    let mut out = String::new();
    for line in lines {
        fold_into(&mut out, &line);
    }
    out
}

/// The zones used by timed events, with the span of time they cover.
fn zones(events: &[IcsEvent<'_>]) -> BTreeMap<String, (Timestamp, Timestamp)> {
    let mut zones: BTreeMap<String, (Timestamp, Timestamp)> = BTreeMap::new();
    for e in events {
        if let When::Timed { start, end } = e.when
            && let Some(name) = start.time_zone().iana_name()
        {
            let span = zones
                .entry(name.to_string())
                .or_insert((start.timestamp(), end.timestamp()));
            span.0 = span.0.min(start.timestamp());
            span.1 = span.1.max(end.timestamp());
        }
    }
    zones
}

fn vevent(e: &IcsEvent<'_>) -> Vec<String> {
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", e.uid),
        format!("DTSTAMP:{}", utc(e.stamp)),
    ];
    match e.when {
        When::AllDay { start, end } => {
            let after = end.tomorrow().unwrap_or(*end);
            lines.push(format!("DTSTART;VALUE=DATE:{}", start.strftime("%Y%m%d")));
            lines.push(format!("DTEND;VALUE=DATE:{}", after.strftime("%Y%m%d")));
        }
        When::Timed { start, end } => match start.time_zone().iana_name() {
            Some(zone) => {
                lines.push(format!("DTSTART;TZID={zone}:{}", start.strftime("%Y%m%dT%H%M%S")));
                lines.push(format!("DTEND;TZID={zone}:{}", end.strftime("%Y%m%dT%H%M%S")));
            }
            None => {
                lines.push(format!("DTSTART:{}", utc(start.timestamp())));
                lines.push(format!("DTEND:{}", utc(end.timestamp())));
            }
        },
    }
    lines.push(format!("SUMMARY:{}", escape_text(e.summary)));
    if !e.description.is_empty() {
        lines.push(format!("DESCRIPTION:{}", escape_text(&e.description)));
    }
    if !e.location.is_empty() {
        lines.push(format!("LOCATION:{}", escape_text(&e.location)));
    }
    lines.push(format!("URL:{}", e.url));
    lines.push(
        match e.status {
            Status::Scheduled => "STATUS:CONFIRMED",
            Status::Cancelled => "STATUS:CANCELLED",
            Status::Postponed => "STATUS:TENTATIVE",
        }
        .to_string(),
    );
    lines.push("SEQUENCE:0".to_string());
    lines.push("END:VEVENT".to_string());
    lines
}

/// A VTIMEZONE listing every transition of `zone` between a year before
/// `from` and a year after `to` (explicit onsets, no RRULE, so the data is
/// exactly the bundled database's).
fn vtimezone(zone: &str, from: Timestamp, to: Timestamp) -> Vec<String> {
    let Ok(tz) = TimeZone::get(zone) else { return Vec::new() };
    let year = (366 * 24).hours();
    let begin = from.checked_sub(year).unwrap_or(from);
    let end = to.checked_add(year).unwrap_or(to);
    let mut lines = vec!["BEGIN:VTIMEZONE".to_string(), format!("TZID:{zone}")];
    let mut offset_before = tz.to_offset(begin);
    let mut any = false;
    for t in tz.following(begin).take_while(|t| t.timestamp() <= end) {
        let kind = if t.dst().is_dst() { "DAYLIGHT" } else { "STANDARD" };
        let local_onset = t
            .timestamp()
            .to_zoned_datetime(TimeZone::fixed(offset_before))
            .datetime();
        lines.push(format!("BEGIN:{kind}"));
        lines.push(format!("DTSTART:{}", local_onset.strftime("%Y%m%dT%H%M%S")));
        lines.push(format!("TZOFFSETFROM:{}", ical_offset(offset_before.seconds())));
        lines.push(format!("TZOFFSETTO:{}", ical_offset(t.offset().seconds())));
        lines.push(format!("TZNAME:{}", t.abbreviation()));
        lines.push(format!("END:{kind}"));
        offset_before = t.offset();
        any = true;
    }
    if !any {
        let offset = ical_offset(offset_before.seconds());
        lines.extend([
            "BEGIN:STANDARD".to_string(),
            "DTSTART:19700101T000000".to_string(),
            format!("TZOFFSETFROM:{offset}"),
            format!("TZOFFSETTO:{offset}"),
            "END:STANDARD".to_string(),
        ]);
    }
    lines.push("END:VTIMEZONE".to_string());
    lines
}

fn ical_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.abs();
    if s % 60 == 0 {
        format!("{sign}{:02}{:02}", s / 3600, s % 3600 / 60)
    } else {
        format!("{sign}{:02}{:02}{:02}", s / 3600, s % 3600 / 60, s % 60)
    }
}

/// `20270511T070000Z`.
pub fn utc(ts: Timestamp) -> String {
    ts.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// Escapes a TEXT value: backslash, semicolon, comma and newlines.
///
/// ```
/// assert_eq!(tolk::calendar::ical::escape_text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
/// ```
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            // Bidi isolation marks belong in HTML only.
            '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (continuation lines start with a
/// space), never splitting a UTF-8 character, each line ending in CRLF.
pub fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// "Add to Google Calendar" and "add to Outlook" links for an event.
pub fn web_calendar_links(e: &IcsEvent<'_>) -> (String, String) {
    let (google_dates, outlook_times) = match e.when {
        When::AllDay { start, end } => {
            let after = end.tomorrow().unwrap_or(*end);
            (
                format!("{}/{}", start.strftime("%Y%m%d"), after.strftime("%Y%m%d")),
                format!("&allday=true&startdt={start}&enddt={after}"),
            )
        }
        When::Timed { start, end } => (
            format!("{}/{}", utc(start.timestamp()), utc(end.timestamp())),
            format!(
                "&startdt={}&enddt={}",
                start.timestamp().strftime("%Y-%m-%dT%H:%M:%SZ"),
                end.timestamp().strftime("%Y-%m-%dT%H:%M:%SZ")
            ),
        ),
    };
    let mut details = e.description.clone();
    if !details.is_empty() {
        details.push_str("\n\n");
    }
    details.push_str(&e.url);
    let mut google = format!(
        "https://calendar.google.com/calendar/render?action=TEMPLATE&text={}&dates={google_dates}&details={}",
        encode(e.summary),
        encode(&details)
    );
    let mut outlook = format!(
        "https://outlook.live.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent&subject={}{outlook_times}&body={}",
        encode(e.summary),
        encode(&details)
    );
    if !e.location.is_empty() {
        let _ = write!(google, "&location={}", encode(&e.location));
        let _ = write!(outlook, "&location={}", encode(&e.location));
    }
    if let When::Timed { start, .. } = e.when
        && let Some(zone) = start.time_zone().iana_name()
    {
        let _ = write!(google, "&ctz={}", encode(zone));
    }
    (google, outlook)
}

/// Percent-encodes a query value (RFC 3986 unreserved characters kept).
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "å".repeat(60));
        fold_into(&mut out, &line);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), line);
    }

    #[test]
    fn offsets() {
        assert_eq!(ical_offset(3 * 3600), "+0300");
        assert_eq!(ical_offset(-(5 * 3600 + 1800)), "-0530");
    }

    #[test]
    fn vtimezone_has_the_dst_transitions() {
        let from: Timestamp = "2027-05-11T07:00:00Z".parse().unwrap();
        let lines = vtimezone("Europe/Kyiv", from, from);
        let text = lines.join("\n");
        assert!(
            text.contains("BEGIN:DAYLIGHT\nDTSTART:20270328T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0300\nTZNAME:EEST"),
            "{text}"
        );
        assert!(
            text.contains("BEGIN:STANDARD\nDTSTART:20261025T040000\nTZOFFSETFROM:+0300\nTZOFFSETTO:+0200\nTZNAME:EET"),
            "{text}"
        );
    }
}
