//! Events: the `event:` block of a page, validated into times that are
//! unambiguous in the venue's time zone.
//!
//! Owns the event types and their validation. Listings for templates are
//! built in `site`; iCalendar output lives in [`ical`].

pub mod ical;

use std::path::Path;

use jiff::civil::{Date, DateTime};
use jiff::tz::{AmbiguousOffset, TimeZone};
use jiff::{Timestamp, ZonedDateTime as Zoned};
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::error::Diagnostic;
use crate::yaml::{Located, Pos};

/// The `event:` block as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    start: Spanned<String>,
    end: Option<Spanned<String>>,
    timezone: Option<Spanned<String>>,
    #[serde(default)]
    venue: String,
    #[serde(default)]
    address: String,
    #[serde(default)]
    city: String,
    country: Option<Spanned<String>>,
    online: Option<Spanned<String>>,
    registration: Option<Spanned<String>>,
    registration_deadline: Option<Spanned<String>>,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    audience: String,
    status: Option<Spanned<String>>,
}

/// Whether an event takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Planned as announced.
    Scheduled,
    /// Called off; stays listed, marked cancelled.
    Cancelled,
    /// Moved to a later, not yet known date.
    Postponed,
}

/// When an event takes place.
#[derive(Debug, Clone, PartialEq)]
pub enum When {
    /// Whole days, `end` inclusive.
    AllDay {
        /// First day.
        start: Date,
        /// Last day (inclusive).
        end: Date,
    },
    /// Times at the venue, in its zone.
    Timed {
        /// Start, in the venue's zone.
        start: Zoned,
        /// End, in the venue's zone.
        end: Zoned,
    },
}

impl When {
    /// When an event takes place, in the reader's language: a date range for
    /// all-day events; date, times, zone abbreviation and UTC offset at the venue
    /// for timed ones (`11 maj 2027 kl. 10:00–17:00 EEST (UTC+3)`).
    ///
    /// ```
    /// use tolk::calendar::When;
    /// let tz = jiff::tz::TimeZone::get("Europe/Kyiv").unwrap();
    /// let at = |h| jiff::civil::date(2027, 5, 11).at(h, 0, 0, 0).to_zoned_datetime(tz.clone()).unwrap();
    /// let when = When::Timed { start: at(10), end: at(17) };
    /// assert_eq!(when.display(&tolk::Lang::of("sv")), "11 maj 2027 kl. 10:00–17:00 EEST (UTC+3)");
    /// assert_eq!(when.display(&tolk::Lang::of("ar")), "11 مايو 2027 في 10:00 ص–5:00 م EEST (UTC+3)");
    /// ```
    pub fn display(&self, lang: &crate::lang::Lang) -> String {
        use crate::i18n::format::{format_date_range, format_date_time, format_time, zone_label};
        match self {
            When::AllDay { start, end } => format_date_range(lang, *start, *end),
            When::Timed { start, end } => {
                let zone = zone_label(start);
                let from = format_date_time(lang, start.date(), start.time());
                if start.date() == end.date() {
                    format!("{from}–{} {zone}", format_time(lang, end.time()))
                } else {
                    format!("{from} – {} {zone}", format_date_time(lang, end.date(), end.time()))
                }
            }
        }
    }

    /// The instant the event ends (all-day events end at midnight UTC after the last day).
    pub fn end_instant(&self) -> Timestamp {
        match self {
            When::AllDay { end, .. } => end
                .tomorrow()
                .unwrap_or(*end)
                .to_zoned_datetime(TimeZone::UTC)
                .map(|z| z.timestamp())
                .unwrap_or(Timestamp::UNIX_EPOCH),
            When::Timed { end, .. } => end.timestamp(),
        }
    }

    /// The first day, in the venue's zone.
    pub fn start_date(&self) -> Date {
        match self {
            When::AllDay { start, .. } => *start,
            When::Timed { start, .. } => start.date(),
        }
    }

    /// The instant the event starts (all-day events start at midnight UTC).
    pub fn start_instant(&self) -> Timestamp {
        match self {
            When::AllDay { start, .. } => start
                .to_zoned_datetime(TimeZone::UTC)
                .map(|z| z.timestamp())
                .unwrap_or(Timestamp::UNIX_EPOCH),
            When::Timed { start, .. } => start.timestamp(),
        }
    }
}

/// A validated event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// When it takes place.
    pub when: When,
    /// Name of the place.
    pub venue: String,
    /// Street address.
    pub address: String,
    /// City, in the page's language.
    pub city: String,
    /// ISO 3166-1 alpha-2 code, upper case.
    pub country: Option<String>,
    /// URL for remote participation (empty, or accepted by
    /// [`crate::url::check_absolute`]).
    pub online: String,
    /// URL for registration (empty, or accepted by [`crate::url::check_absolute`]).
    pub registration: String,
    /// Last day to register.
    pub registration_deadline: Option<Date>,
    /// Languages spoken at the event (BCP 47 codes).
    pub languages: Vec<String>,
    /// Who the event is for.
    pub audience: String,
    /// Scheduled, cancelled or postponed.
    pub status: Status,
}

/// Validates an event block; every problem becomes a diagnostic in `file`.
pub fn validate(raw: Spanned<RawEvent>, yaml_line: usize, file: &Path) -> Result<Event, Vec<Diagnostic>> {
    let raw = raw.value;
    let mut problems = Vec::new();
    let err = |pos: Pos, msg: String, hint: &str| {
        Diagnostic::error(file.to_path_buf(), msg)
            .at(pos.line, Some(pos.column))
            .hint(hint)
            .kind(crate::error::Kind::Event)
    };
    let zone_written = raw.timezone.is_some();
    let zone = raw.timezone.map(|z| crate::yaml::located(z, yaml_line)).and_then(|z| {
        TimeZone::get(&z.value)
            .map_err(|_| {
                let names: Vec<String> = jiff::tz::db().available().map(|n| n.to_string()).collect();
                let hint = match crate::error::did_you_mean(&z.value, names.iter().map(String::as_str)) {
                    Some(best) => format!("did you mean `{best}`? Time zones are IANA names: Europe/Stockholm, Europe/Kyiv, America/New_York"),
                    None => "use an IANA time zone name such as Europe/Stockholm, Europe/Kyiv or America/New_York".to_string(),
                };
                problems.push(err(z.pos, format!("unknown time zone `{}`", z.value), &hint));
            })
            .ok()
            .map(|tz| (z, tz))
    });
    let start = crate::yaml::located(raw.start, yaml_line);
    let end = raw.end.map(|e| crate::yaml::located(e, yaml_line));
    let when = parse_when(
        &start,
        end.as_ref(),
        zone.as_ref().map(|(z, tz)| (z.pos, tz)),
        zone_written,
        &err,
        &mut problems,
    );
    let country = raw.country.map(|c| crate::yaml::located(c, yaml_line)).and_then(|c| {
        let code = c.value.trim().to_ascii_uppercase();
        if crate::i18n::format::is_country(&code) {
            Some(code)
        } else {
            problems.push(err(
                c.pos,
                format!("`{}` is not a country code", c.value),
                "write the two-letter ISO 3166 code of the country, e.g. SE for Sweden, UA for Ukraine",
            ));
            None
        }
    });
    let status = match raw.status.map(|s| crate::yaml::located(s, yaml_line)) {
        None => Status::Scheduled,
        Some(s) => match s.value.as_str() {
            "scheduled" => Status::Scheduled,
            "cancelled" | "canceled" => Status::Cancelled,
            "postponed" => Status::Postponed,
            other => {
                problems.push(err(
                    s.pos,
                    format!("unknown event status `{other}`"),
                    "use one of: scheduled, cancelled, postponed",
                ));
                Status::Scheduled
            }
        },
    };
    let mut address = |field: Option<Spanned<String>>, what: &str| {
        let Some(field) = field.map(|f| crate::yaml::located(f, yaml_line)) else {
            return String::new();
        };
        match crate::url::check_absolute(&field.value) {
            Ok(()) => field.value,
            Err(refusal) => {
                problems.push(err(
                    field.pos,
                    format!(
                        "the {what} address `{}` {}",
                        crate::url::shown(&field.value),
                        refusal.reason()
                    ),
                    &refusal.hint(),
                ));
                String::new()
            }
        }
    };
    let online = address(raw.online, "online");
    let registration = address(raw.registration, "registration");
    let registration_deadline = raw
        .registration_deadline
        .map(|d| crate::yaml::located(d, yaml_line))
        .and_then(|d| {
            plain_date(&d.value)
                .ok_or(())
                .map_err(|()| {
                    problems.push(err(
                        d.pos,
                        format!("`{}` is not a date", d.value),
                        "write the registration deadline as YYYY-MM-DD, e.g. 2027-03-01",
                    ))
                })
                .ok()
        });
    match when {
        Some(when) if problems.is_empty() => Ok(Event {
            when,
            venue: raw.venue,
            address: raw.address,
            city: raw.city,
            country,
            online,
            registration,
            registration_deadline,
            languages: raw.languages,
            audience: raw.audience,
            status,
        }),
        _ => Err(problems),
    }
}

/// A `YYYY-MM-DD` date and nothing else (jiff also accepts a date with a time).
fn plain_date(text: &str) -> Option<Date> {
    let text = text.trim();
    (text.len() == 10).then(|| text.parse::<Date>().ok()).flatten()
}

type Err<'a> = &'a dyn Fn(Pos, String, &str) -> Diagnostic;

fn parse_when(
    start: &Located<String>,
    end: Option<&Located<String>>,
    zone: Option<(Pos, &TimeZone)>,
    zone_written: bool,
    err: Err<'_>,
    problems: &mut Vec<Diagnostic>,
) -> Option<When> {
    if let Some(start_date) = plain_date(&start.value) {
        let end_date = match end {
            None => start_date,
            Some(e) => match plain_date(&e.value) {
                Some(d) => d,
                None => {
                    problems.push(err(
                        e.pos,
                        format!("`{}` is not a date", e.value),
                        "an all-day event's end must be a date too (YYYY-MM-DD), like its start",
                    ));
                    return None;
                }
            },
        };
        if end_date < start_date {
            problems.push(err(
                end.map_or(start.pos, |e| e.pos),
                "the event ends before it starts".into(),
                "check the dates: `end` must be the same day as `start` or later",
            ));
            return None;
        }
        // The first instant and the instant after the last day must exist
        // (the calendar files and listings need both).
        for (at, day, next) in [(start, start_date, false), (end.unwrap_or(start), end_date, true)] {
            let instant = if next { day.tomorrow().ok() } else { Some(day) }
                .and_then(|d| d.to_zoned_datetime(TimeZone::UTC).ok());
            if instant.is_none() {
                problems.push(out_of_range(at, err));
                return None;
            }
        }
        return Some(When::AllDay {
            start: start_date,
            end: end_date,
        });
    }
    let parse_local = |v: &Located<String>, problems: &mut Vec<Diagnostic>| match v.value.parse::<DateTime>() {
        Ok(dt) => Some(dt),
        Err(_) => {
            problems.push(err(
                v.pos,
                format!("`{}` is not a date or a local date and time", v.value),
                "write YYYY-MM-DD for all-day events or YYYY-MM-DDTHH:MM in the venue's local time, with `timezone:`",
            ));
            None
        }
    };
    let start_dt = parse_local(start, problems)?;
    if let Some(e) = end
        && let Some(end_date) = plain_date(&e.value)
    {
        let (message, hint) = if end_date == start_dt.date() {
            (
                "`end` is a date without a time, but the event starts at a time on that day".to_string(),
                format!("write the time it ends, e.g. `end: {end_date}T17:00`, or leave `end` out"),
            )
        } else {
            (
                "`end` is a date without a time, but `start` has a time".to_string(),
                format!(
                    "write the time it ends, e.g. `end: {end_date}T17:00`; for an all-day event, write both as dates"
                ),
            )
        };
        problems.push(err(e.pos, message, &hint));
        return None;
    }
    let Some((_, tz)) = zone else {
        if zone_written {
            // The unknown zone is reported already.
            return None;
        }
        problems.push(err(
            start.pos,
            "the event has times but no time zone".into(),
            "add `timezone:` with the venue's IANA time zone, e.g. `timezone: Europe/Stockholm`",
        ));
        return None;
    };
    let end_dt = match end {
        Some(e) => parse_local(e, problems)?,
        None => start_dt,
    };
    let start_z = resolve(start, start_dt, tz, err, problems)?;
    let end_pos = end.unwrap_or(start);
    let end_z = resolve(end_pos, end_dt, tz, err, problems)?;
    if end_z.timestamp() < start_z.timestamp() {
        problems.push(err(
            end_pos.pos,
            "the event ends before it starts".into(),
            "check `end`: it must be the same as `start` or later",
        ));
        return None;
    }
    Some(When::Timed {
        start: start_z,
        end: end_z,
    })
}

/// The error for a date or time the time library cannot represent (or
/// whose end, the next midnight, it cannot).
fn out_of_range(at: &Located<String>, err: Err<'_>) -> Diagnostic {
    err(
        at.pos,
        format!("`{}` is outside the dates tolk can compute", at.value),
        "tolk computes instants from -9999-01-02 to 9999-12-30 (UTC), and an all-day event also needs the midnight after its last day; check the year",
    )
}

/// A local time in a zone, refusing times skipped or repeated by a DST change.
fn resolve(
    at: &Located<String>,
    dt: DateTime,
    tz: &TimeZone,
    err: Err<'_>,
    problems: &mut Vec<Diagnostic>,
) -> Option<Zoned> {
    let ambiguous = tz.to_ambiguous_zoned_datetime(dt);
    match ambiguous.offset() {
        AmbiguousOffset::Unambiguous { .. } => match ambiguous.compatible() {
            Ok(zoned) => Some(zoned),
            Err(_) => {
                problems.push(out_of_range(at, err));
                None
            }
        },
        AmbiguousOffset::Gap { .. } => {
            problems.push(err(
                at.pos,
                format!(
                    "{} does not exist in this time zone: the clocks skip it when summer time starts",
                    at.value
                ),
                "pick a time outside the change, e.g. one hour later",
            ));
            None
        }
        AmbiguousOffset::Fold { .. } => {
            problems.push(err(
                at.pos,
                format!(
                    "{} happens twice in this time zone: the clocks repeat it when summer time ends",
                    at.value
                ),
                "pick a time outside the change, e.g. one hour later",
            ));
            None
        }
    }
}
