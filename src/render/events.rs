//! Event outputs beside the HTML: one `.ics` per event, one calendar feed
//! per language, web-calendar links and schema.org JSON-LD.

use crate::calendar::ical::{self, IcsEvent};
use crate::calendar::{Event, Status, When};
use crate::content::markdown;
use crate::i18n::format::country_name;
use crate::output::{Data, OutputFile};
use crate::site::urls::permalink;
use crate::site::{Item, Site};

/// File name of an event's own calendar file, inside its page folder.
pub const EVENT_FILE: &str = "event.ics";
/// File name of a language's calendar feed, inside the language folder.
pub const FEED_FILE: &str = "calendar.ics";

/// The iCalendar view of an event published as `item`, in `item`'s language.
pub fn ics_event<'a>(site: &'a Site, item: &Item, event: &'a Event) -> IcsEvent<'a> {
    let page = &site.pages[item.page];
    let country = event.country.as_deref().and_then(|c| country_name(&item.lang, c));
    let location = [
        event.venue.as_str(),
        event.address.as_str(),
        event.city.as_str(),
        country.as_deref().unwrap_or(""),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    let stamp = page
        .updated
        .or(page.date)
        .map_or_else(|| event.when.start_instant(), |d| d.timestamp);
    IcsEvent {
        uid: ical::uid(&item.key, &site.config.base_url),
        summary: &page.title,
        description: markdown::plain_text(&page.body),
        location,
        url: permalink(&site.config.base_url, &item.path),
        when: &event.when,
        status: event.status,
        stamp,
    }
}

/// Every event's `.ics` and every language's feed.
pub fn files(site: &Site, titles: &super::Titles) -> Vec<OutputFile> {
    let mut files = Vec::new();
    for lang in &site.config.languages {
        let events: Vec<(&Item, &Event)> = site
            .events
            .iter()
            .map(|i| &site.items[*i])
            .filter(|i| i.lang == lang.lang)
            .filter_map(|i| site.pages[i.page].event.as_ref().map(|e| (i, e)))
            .collect();
        if events.is_empty() {
            continue;
        }
        let title = super::site_title(site, titles, &lang.lang);
        let mut all = Vec::new();
        for (item, event) in events {
            let ics = ics_event(site, item, event);
            files.push(OutputFile {
                path: format!("{}{EVENT_FILE}", item.path),
                data: Data::Bytes(ical::calendar(ics.summary, std::slice::from_ref(&ics)).into_bytes()),
                source: Some(site.pages[item.page].file.clone()),
            });
            all.push(ics);
        }
        files.push(OutputFile {
            path: format!("{}/{FEED_FILE}", lang.lang),
            data: Data::Bytes(ical::calendar(title, &all).into_bytes()),
            source: None,
        });
    }
    files
}

/// schema.org `Event` as JSON-LD, safe to put inside a `<script>` element.
pub fn json_ld(site: &Site, item: &Item, event: &Event) -> String {
    let page = &site.pages[item.page];
    let (start, end) = match &event.when {
        When::AllDay { start, end } => (start.to_string(), end.to_string()),
        When::Timed { start, end } => (
            start.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
            end.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        ),
    };
    let status = match event.status {
        Status::Scheduled => "https://schema.org/EventScheduled",
        Status::Cancelled => "https://schema.org/EventCancelled",
        Status::Postponed => "https://schema.org/EventPostponed",
    };
    let mut locations = Vec::new();
    if !event.city.is_empty() || !event.venue.is_empty() || event.country.is_some() {
        locations.push(serde_json::json!({
            "@type": "Place",
            "name": if event.venue.is_empty() { &event.city } else { &event.venue },
            "address": {
                "@type": "PostalAddress",
                "streetAddress": event.address,
                "addressLocality": event.city,
                "addressCountry": event.country,
            },
        }));
    }
    if !event.online.is_empty() {
        locations.push(serde_json::json!({ "@type": "VirtualLocation", "url": event.online }));
    }
    let mode = match (event.online.is_empty(), locations.len()) {
        (false, 1) => "https://schema.org/OnlineEventAttendanceMode",
        (false, _) => "https://schema.org/MixedEventAttendanceMode",
        _ => "https://schema.org/OfflineEventAttendanceMode",
    };
    let value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.description,
        "startDate": start,
        "endDate": end,
        "eventStatus": status,
        "eventAttendanceMode": mode,
        "location": if locations.len() == 1 { locations.remove(0) } else { serde_json::Value::Array(locations) },
        "inLanguage": event.languages,
        "url": permalink(&site.config.base_url, &item.path),
    });
    script_safe_json(&serde_json::to_string(&value).unwrap_or_default())
}

/// JSON that can stand inside a `<script>` element whatever its strings
/// hold: `<`, `>` and `&` (which could close the element or open `<!--`,
/// which hides the closing tag) and U+2028, U+2029 (line ends to old
/// JavaScript parsers) written as `\u` escapes. They only occur inside
/// strings, where the escape means the same character, so the JSON value
/// is unchanged.
///
/// ```
/// use tolk::render::events::script_safe_json;
/// let json = "{\"name\":\"<!--<script></script>&\u{2028}\"}";
/// let safe = r#"{"name":"\u003c!--\u003cscript\u003e\u003c/script\u003e\u0026\u2028"}"#;
/// assert_eq!(script_safe_json(json), safe);
/// let back: serde_json::Value = serde_json::from_str(safe).unwrap();
/// assert_eq!(back["name"], "<!--<script></script>&\u{2028}");
/// ```
pub fn script_safe_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}
