//! Language metadata from CLDR (ICU4X compiled data): a language's name in
//! itself and its writing direction. No hand-written tables.

use icu::experimental::displaynames::{DisplayNamesOptions, multi::LocaleDisplayNamesFormatter};
use icu::locale::{Direction as IcuDirection, Locale, LocaleDirectionality};

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Hebrew, …).
    Rtl,
}

impl Direction {
    /// `ltr` or `rtl`, as HTML's `dir` attribute wants it.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// What CLDR knows about a language tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Metadata {
    /// The language's name in itself, first letter capitalised (`Svenska`).
    pub name: String,
    /// Writing direction of the language's usual script.
    pub dir: Direction,
}

/// Native name and direction for a BCP 47 tag; unknown tags get the tag
/// itself as name and left-to-right.
///
/// ```
/// use tolk::i18n::locale::metadata;
/// use tolk::config::Direction;
/// assert_eq!(metadata("sv").name, "Svenska");
/// assert_eq!(metadata("ru").name, "Русский");
/// assert_eq!(metadata("ar").dir, Direction::Rtl);
/// ```
pub fn metadata(tag: &str) -> Metadata {
    let Ok(locale) = tag.parse::<Locale>() else {
        return Metadata {
            name: tag.to_string(),
            dir: Direction::Ltr,
        };
    };
    Metadata {
        name: native_name(&locale).unwrap_or_else(|| tag.to_string()),
        dir: direction(&locale),
    }
}

/// The writing direction of a locale's usual script, from CLDR.
pub fn direction(locale: &Locale) -> Direction {
    match LocaleDirectionality::new_common().get(&locale.id) {
        Some(IcuDirection::RightToLeft) => Direction::Rtl,
        _ => Direction::Ltr,
    }
}

/// A locale's name in itself, first letter capitalised (`Svenska`).
pub fn native_name(locale: &Locale) -> Option<String> {
    LocaleDisplayNamesFormatter::try_new(locale.into(), DisplayNamesOptions::default())
        .ok()
        .map(|f| capitalise(&f.of(locale)))
}

fn capitalise(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
