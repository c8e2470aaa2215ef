//! Locale-correct dates, times, date ranges and numbers from CLDR (ICU4X
//! compiled data). Events are civil dates, so every locale uses the
//! Gregorian calendar; the numbering system is the locale's CLDR default
//! (since CLDR 46 Latin digits for `ar`, Arabic-Indic for e.g. `ar-EG`). No month names are typed by hand.
//!
//! Formatters are built once per language and thread and cached.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use icu::calendar::{Date as IcuDate, Gregorian};
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::datetime::fieldsets::{MD, T, Y, YM, YMD, YMDT};
use icu::datetime::input::Time as IcuTime;
use icu::decimal::DecimalFormatter;
use icu::decimal::input::Decimal;
use icu::experimental::displaynames::multi::{LocaleDisplayNamesFormatter, RegionDisplayNames};
use icu::list::ListFormatter;
use icu::list::options::{ListFormatterOptions, ListLength};
use icu::locale::Locale;
use jiff::civil::{Date, Time};
use writeable::Writeable;

use crate::lang::Lang;

/// Date length, as CLDR defines them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `26 april 2010`, `April 26, 2010`.
    Long,
    /// `26 apr. 2010`, `Apr 26, 2010`.
    Medium,
    /// `2010-04-26`, `4/26/10`.
    Short,
}

impl Style {
    /// Parses `long`, `medium` or `short`.
    pub fn parse(text: &str) -> Option<Style> {
        match text {
            "long" => Some(Style::Long),
            "medium" => Some(Style::Medium),
            "short" => Some(Style::Short),
            _ => None,
        }
    }
}

struct Formatters {
    long: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    medium: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    short: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    month_day: Option<FixedCalendarDateTimeFormatter<Gregorian, MD>>,
    year_month: Option<FixedCalendarDateTimeFormatter<Gregorian, YM>>,
    year: Option<FixedCalendarDateTimeFormatter<Gregorian, Y>>,
    time: Option<FixedCalendarDateTimeFormatter<Gregorian, T>>,
    date_time: Option<FixedCalendarDateTimeFormatter<Gregorian, YMDT>>,
    decimal: Option<DecimalFormatter>,
    percent: Option<icu::experimental::dimension::percent::formatter::PercentFormatter<DecimalFormatter>>,
    regions: Option<RegionDisplayNames>,
    languages: Option<LocaleDisplayNamesFormatter>,
    and: Option<ListFormatter>,
    or: Option<ListFormatter>,
}

impl Formatters {
    fn new(locale: &Locale) -> Formatters {
        let prefs = || locale.into();
        Formatters {
            long: FixedCalendarDateTimeFormatter::try_new(prefs(), YMD::long()).ok(),
            medium: FixedCalendarDateTimeFormatter::try_new(prefs(), YMD::medium()).ok(),
            short: FixedCalendarDateTimeFormatter::try_new(prefs(), YMD::short()).ok(),
            month_day: FixedCalendarDateTimeFormatter::try_new(prefs(), MD::long()).ok(),
            year_month: FixedCalendarDateTimeFormatter::try_new(prefs(), YM::long()).ok(),
            year: FixedCalendarDateTimeFormatter::try_new(prefs(), Y::long()).ok(),
            time: FixedCalendarDateTimeFormatter::try_new(prefs(), T::hm()).ok(),
            date_time: FixedCalendarDateTimeFormatter::try_new(prefs(), YMD::long().with_time_hm()).ok(),
            decimal: DecimalFormatter::try_new(locale.into(), Default::default()).ok(),
            percent: icu::experimental::dimension::percent::formatter::PercentFormatter::try_new(
                locale.into(),
                Default::default(),
            )
            .ok(),
            regions: RegionDisplayNames::try_new(locale.into(), Default::default()).ok(),
            languages: LocaleDisplayNamesFormatter::try_new(locale.into(), Default::default()).ok(),
            and: ListFormatter::try_new_and(
                locale.into(),
                ListFormatterOptions::default().with_length(ListLength::Wide),
            )
            .ok(),
            or: ListFormatter::try_new_or(
                locale.into(),
                ListFormatterOptions::default().with_length(ListLength::Wide),
            )
            .ok(),
        }
    }
}

thread_local! {
    static CACHE: RefCell<HashMap<Locale, Rc<Formatters>>> = RefCell::new(HashMap::new());
}

fn with<R>(lang: &Lang, f: impl FnOnce(&Formatters) -> R) -> R {
    with_locale(lang.locale(), f)
}

fn with_locale<R>(locale: &Locale, f: impl FnOnce(&Formatters) -> R) -> R {
    let cached = CACHE.with(|c| c.borrow().get(locale).cloned());
    let formatters = cached.unwrap_or_else(|| {
        let made = Rc::new(Formatters::new(locale));
        CACHE.with(|c| c.borrow_mut().insert(locale.clone(), made.clone()));
        made
    });
    f(&formatters)
}

fn gregorian(date: Date) -> Option<IcuDate<Gregorian>> {
    IcuDate::try_new_gregorian(i32::from(date.year()), date.month() as u8, date.day() as u8).ok()
}

/// Whether a list means all of its items or one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    /// `A, B and C`.
    And,
    /// `A, B or C`.
    Or,
}

/// Items joined as a list in the language (CLDR list patterns: the
/// separator, and the conjunction before the last item).
///
/// ```
/// use tolk::i18n::format::{format_list, ListKind};
/// use tolk::Lang;
/// let items = ["svenska", "engelska", "ryska"];
/// assert_eq!(format_list(&Lang::of("sv"), &items, ListKind::And), "svenska, engelska och ryska");
/// assert_eq!(format_list(&Lang::of("en"), &["A", "B", "C"], ListKind::Or), "A, B, or C");
/// assert_eq!(format_list(&Lang::of("ar"), &["أ", "ب", "ج"], ListKind::And), "أ وب وج");
/// ```
pub fn format_list<S: AsRef<str>>(lang: &Lang, items: &[S], kind: ListKind) -> String {
    with(lang, |f| {
        let formatter = match kind {
            ListKind::And => f.and.as_ref(),
            ListKind::Or => f.or.as_ref(),
        };
        match formatter {
            Some(formatter) => formatter.format_to_string(items.iter().map(AsRef::as_ref)).to_string(),
            None => items.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(", "),
        }
    })
}

/// A date in the language's format.
///
/// ```
/// use tolk::i18n::format::{format_date, Style};
/// use tolk::Lang;
/// let d = jiff::civil::date(2010, 4, 26);
/// assert_eq!(format_date(&Lang::of("sv"), d, Style::Long), "26 april 2010");
/// assert_eq!(format_date(&Lang::of("en"), d, Style::Long), "April 26, 2010");
/// assert_eq!(format_date(&Lang::of("ru"), d, Style::Long), "26 апреля 2010\u{202f}г.");
/// ```
pub fn format_date(lang: &Lang, date: Date, style: Style) -> String {
    with(lang, |f| {
        let formatter = match style {
            Style::Long => &f.long,
            Style::Medium => &f.medium,
            Style::Short => &f.short,
        };
        match (formatter, gregorian(date)) {
            (Some(formatter), Some(d)) => formatter.format(&d).write_to_string().into_owned(),
            _ => date.to_string(),
        }
    })
}

/// A month and year, as a heading: `mars 2027`, `March 2027`.
///
/// ```
/// use tolk::i18n::format::format_month;
/// use tolk::Lang;
/// assert_eq!(format_month(&Lang::of("sv"), jiff::civil::date(2027, 3, 16)), "mars 2027");
/// assert_eq!(format_month(&Lang::of("en"), jiff::civil::date(2027, 3, 16)), "March 2027");
/// ```
pub fn format_month(lang: &Lang, date: Date) -> String {
    with(lang, |f| match (&f.year_month, gregorian(date)) {
        (Some(formatter), Some(d)) => formatter.format(&d).write_to_string().into_owned(),
        _ => date.strftime("%Y-%m").to_string(),
    })
}

/// A year, as a heading of a listing grouped by year: `2010`, `٢٠١٠`
/// (`ar-EG`), `2010年` (`ja`).
///
/// ```
/// use tolk::i18n::format::format_year;
/// use tolk::Lang;
/// assert_eq!(format_year(&Lang::of("sv"), jiff::civil::date(2010, 4, 26)), "2010");
/// assert_eq!(format_year(&Lang::of("ar-EG"), jiff::civil::date(2010, 4, 26)), "٢٠١٠");
/// ```
pub fn format_year(lang: &Lang, date: Date) -> String {
    with(lang, |f| match (&f.year, gregorian(date)) {
        (Some(formatter), Some(d)) => formatter.format(&d).write_to_string().into_owned(),
        _ => date.year().to_string(),
    })
}

/// A time of day (hours and minutes) in the language's format and hour cycle.
///
/// ```
/// use tolk::i18n::format::format_time;
/// use tolk::Lang;
/// let t = jiff::civil::time(16, 0, 0, 0);
/// assert_eq!(format_time(&Lang::of("sv"), t), "16:00");
/// assert_eq!(format_time(&Lang::of("en"), t), "4:00\u{202f}PM");
/// ```
pub fn format_time(lang: &Lang, time: Time) -> String {
    with(lang, |f| {
        let icu = IcuTime::try_new(time.hour() as u8, time.minute() as u8, 0, 0).ok();
        match (&f.time, icu) {
            (Some(formatter), Some(t)) => formatter.format(&t).write_to_string().into_owned(),
            _ => time.strftime("%H:%M").to_string(),
        }
    })
}

/// A date with a time, joined as the language joins them (CLDR's long
/// date-time pattern: `11 maj 2027 kl. 10:00`, `May 11, 2027 at 10:00 AM`).
pub fn format_date_time(lang: &Lang, date: Date, time: Time) -> String {
    with(lang, |f| {
        let input = gregorian(date).zip(IcuTime::try_new(time.hour() as u8, time.minute() as u8, 0, 0).ok());
        match (&f.date_time, input) {
            (Some(formatter), Some((date, time))) => formatter
                .format(&icu::datetime::input::DateTime { date, time })
                .write_to_string()
                .into_owned(),
            _ => format!("{} {}", format_date(lang, date, Style::Long), format_time(lang, time)),
        }
    })
}

/// A whole number in the language's digits and grouping.
///
/// ```
/// use tolk::i18n::format::format_integer;
/// use tolk::Lang;
/// assert_eq!(format_integer(&Lang::of("en"), 30000), "30,000");
/// assert_eq!(format_integer(&Lang::of("sv"), 30000), "30\u{a0}000");
/// assert_eq!(format_integer(&Lang::of("ar-EG"), 31), "٣١");
/// ```
pub fn format_integer(lang: &Lang, n: i64) -> String {
    with(lang, |f| match &f.decimal {
        Some(d) => d.format_to_string(&Decimal::from(n)),
        None => n.to_string(),
    })
}

/// A whole percentage in the language's digits, sign and spacing (CLDR
/// percent patterns).
///
/// ```
/// use tolk::i18n::format::format_percent;
/// use tolk::Lang;
/// assert_eq!(format_percent(&Lang::of("en"), 80), "80%");
/// assert_eq!(format_percent(&Lang::of("sv"), 80), "80\u{a0}%");
/// assert_eq!(format_percent(&Lang::of("tr"), 80), "%80");
/// ```
pub fn format_percent(lang: &Lang, n: u8) -> String {
    with(lang, |f| match &f.percent {
        Some(p) => {
            use writeable::Writeable;
            p.format(&Decimal::from(n)).write_to_string().into_owned()
        }
        None => format!("{n} %"),
    })
}

/// A number with up to `fraction_digits` decimals, in the language's digits
/// and separators.
///
/// ```
/// use tolk::i18n::format::format_number;
/// use tolk::Lang;
/// assert_eq!(format_number(&Lang::of("sv"), 1234.5, 2), "1\u{a0}234,5");
/// ```
pub fn format_number(lang: &Lang, n: f64, fraction_digits: i16) -> String {
    format_number_with(lang, n, 0, fraction_digits)
}

/// A number with at least `min` and at most `max` decimals.
pub fn format_number_with(lang: &Lang, n: f64, min: i16, max: i16) -> String {
    number_in(lang.locale(), n, min, max)
}

/// [`format_number_with`] for a locale (Fluent's number formatter knows
/// only its bundle's locale).
pub(crate) fn number_in(locale: &Locale, n: f64, min: i16, max: i16) -> String {
    let digits = max.clamp(0, 9);
    let min = min.clamp(0, digits);
    let scaled = (n * 10f64.powi(i32::from(digits))).round();
    if !scaled.is_finite() || scaled.abs() > 9e15 {
        return n.to_string();
    }
    let mut decimal = Decimal::from(scaled as i64);
    decimal.multiply_pow10(-digits);
    decimal.absolute.trim_end();
    decimal.absolute.pad_end(-min);
    with_locale(locale, |f| match &f.decimal {
        Some(d) => d.format_to_string(&decimal),
        None => n.to_string(),
    })
}

/// True for an ISO 3166-1 alpha-2 code that CLDR names (`SE`, `UA`).
///
/// ```
/// assert!(tolk::i18n::format::is_country("SE"));
/// assert!(!tolk::i18n::format::is_country("XQ"));
/// ```
pub fn is_country(code: &str) -> bool {
    static ROOT: std::sync::LazyLock<Lang> = std::sync::LazyLock::new(|| Lang::of("en"));
    country_name(&ROOT, code).is_some()
}

/// The name of a country (ISO 3166-1 alpha-2 code) in the language, from
/// CLDR; `None` for codes CLDR does not know.
///
/// ```
/// use tolk::i18n::format::country_name;
/// use tolk::Lang;
/// assert_eq!(country_name(&Lang::of("sv"), "UA").as_deref(), Some("Ukraina"));
/// assert_eq!(country_name(&Lang::of("ru"), "SE").as_deref(), Some("Швеция"));
/// assert_eq!(country_name(&Lang::of("en"), "XQ"), None);
/// ```
pub fn country_name(lang: &Lang, code: &str) -> Option<String> {
    let region: icu::locale::subtags::Region = code.parse().ok()?;
    if !code.bytes().all(|b| b.is_ascii_uppercase()) || code.len() != 2 {
        return None;
    }
    with(lang, |f| f.regions.as_ref()?.of(region).map(str::to_string))
}

/// The name of a language (BCP 47 tag) in the reader's language, from CLDR.
///
/// ```
/// use tolk::i18n::format::language_name;
/// use tolk::Lang;
/// assert_eq!(language_name(&Lang::of("sv"), "uk"), "ukrainska");
/// assert_eq!(language_name(&Lang::of("en"), "sv"), "Swedish");
/// ```
pub fn language_name(lang: &Lang, tag: &str) -> String {
    let Ok(locale) = tag.parse::<Locale>() else {
        return tag.to_string();
    };
    with(lang, |f| {
        f.languages
            .as_ref()
            .map_or_else(|| tag.to_string(), |l| l.of(&locale).into_owned())
    })
}

/// `EEST (UTC+3)`: the zone's abbreviation and offset at that moment.
pub fn zone_label(at: &jiff::ZonedDateTime) -> String {
    let seconds = at.offset().seconds();
    let sign = if seconds < 0 { '−' } else { '+' };
    let (h, m) = (seconds.abs() / 3600, seconds.abs() % 3600 / 60);
    let offset = match (seconds, m) {
        (0, _) => String::new(),
        (_, 0) => format!("{sign}{h}"),
        _ => format!("{sign}{h}:{m:02}"),
    };
    let abbreviation = at.strftime("%Z").to_string();
    if abbreviation.starts_with(['+', '-']) || abbreviation == "UTC" {
        format!("(UTC{offset})")
    } else {
        format!("{abbreviation} (UTC{offset})")
    }
}

/// A range of days: `5–7 oktober 2010`, `October 5–7, 2010`,
/// `5 oktober – 7 november 2010`, or two full dates across years.
///
/// The end date is formatted in full and the start day (formatted with the
/// language's digits) is put before its day number, so the order and words
/// come from CLDR.
///
/// ```
/// use tolk::i18n::format::format_date_range;
/// use tolk::Lang;
/// use jiff::civil::date;
/// assert_eq!(format_date_range(&Lang::of("sv"), date(2010, 10, 5), date(2010, 10, 7)), "5–7 oktober 2010");
/// assert_eq!(format_date_range(&Lang::of("en"), date(2010, 10, 5), date(2010, 10, 7)), "October 5–7, 2010");
/// assert_eq!(format_date_range(&Lang::of("ru"), date(2010, 10, 5), date(2010, 10, 7)), "5–7 октября 2010\u{202f}г.");
/// assert_eq!(format_date_range(&Lang::of("en"), date(2010, 10, 5), date(2010, 11, 7)), "October 5 – November 7, 2010");
/// ```
pub fn format_date_range(lang: &Lang, start: Date, end: Date) -> String {
    if start == end {
        return format_date(lang, start, Style::Long);
    }
    let end_text = format_date(lang, end, Style::Long);
    if start.year() == end.year() && start.month() == end.month() {
        let end_day = format_integer(lang, i64::from(end.day()));
        let start_day = format_integer(lang, i64::from(start.day()));
        if let Some(i) = find_number(&end_text, &end_day) {
            return format!(
                "{}{start_day}–{end_day}{}",
                &end_text[..i],
                &end_text[i + end_day.len()..]
            );
        }
    }
    let start_text = if start.year() == end.year() {
        with(lang, |f| match (&f.month_day, gregorian(start)) {
            (Some(md), Some(d)) => md.format(&d).write_to_string().into_owned(),
            _ => format_date(lang, start, Style::Long),
        })
    } else {
        format_date(lang, start, Style::Long)
    };
    format!("{start_text} – {end_text}")
}

/// Byte index of `number` in `text` where it is not part of a longer number.
fn find_number(text: &str, number: &str) -> Option<usize> {
    let is_digit = |c: char| c.is_numeric();
    text.match_indices(number).map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back().is_none_or(|c| !is_digit(c));
        let after = text[i + number.len()..].chars().next().is_none_or(|c| !is_digit(c));
        before && after
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn dates_in_four_languages() {
        let d = date(2010, 4, 26);
        assert_eq!(format_date(&Lang::of("sv"), d, Style::Long), "26 april 2010");
        assert_eq!(format_date(&Lang::of("en"), d, Style::Long), "April 26, 2010");
        assert_eq!(format_date(&Lang::of("ru"), d, Style::Long), "26 апреля 2010\u{202f}г.");
        // CLDR 46+ makes Latin digits the default numbering system for `ar`.
        assert_eq!(format_date(&Lang::of("ar"), d, Style::Long), "26 أبريل 2010");
    }

    #[test]
    fn ranges_in_four_languages() {
        let (a, b) = (date(2010, 10, 5), date(2010, 10, 7));
        assert_eq!(format_date_range(&Lang::of("sv"), a, b), "5–7 oktober 2010");
        assert_eq!(format_date_range(&Lang::of("en"), a, b), "October 5–7, 2010");
        assert_eq!(format_date_range(&Lang::of("ru"), a, b), "5–7 октября 2010\u{202f}г.");
        assert_eq!(format_date_range(&Lang::of("ar"), a, b), "5–7 أكتوبر 2010");
        assert_eq!(
            format_date_range(&Lang::of("sv"), date(2010, 12, 30), date(2011, 1, 2)),
            "30 december 2010 – 2 januari 2011"
        );
    }

    #[test]
    fn numbers_use_locale_digits_and_grouping() {
        assert_eq!(format_integer(&Lang::of("ru"), 1234567), "1\u{a0}234\u{a0}567");
        assert_eq!(format_integer(&Lang::of("ar"), 1234), "1,234");
        assert_eq!(
            format_integer(&Lang::of("ar-EG"), 1234),
            "١٬٢٣٤",
            "regions that use Arabic-Indic digits get them"
        );
        assert_eq!(format_number(&Lang::of("sv"), 3.25, 2), "3,25");
        assert_eq!(format_number(&Lang::of("en"), 2.5, 0), "3");
    }
}
