//! A configured language as a type.
//!
//! A [`Lang`] is made once, in [`crate::config`], from a code that passed
//! validation: its code (the URL segment and the name of its `content/`
//! and `locales/` folders), the CLDR locale every date, time, number, list,
//! country name and plural of that language is formatted with (the code
//! itself, or `locale:` in site.yaml, e.g. `en` formatted as `en-GB`), the
//! Fluent language of its bundle, and its writing direction. Everything
//! after config carries a `Lang`; nothing parses a language code again, so
//! there is no silent fallback to another locale anywhere.
//!
//! A `Lang` is cheap to clone (shared), and compares, hashes, orders and
//! serialises as its code.

use std::borrow::Borrow;
use std::fmt;
use std::sync::Arc;

use icu::locale::Locale;
use unic_langid::LanguageIdentifier;

use crate::i18n::locale::Direction;

/// A validated language: code, formatting locale and direction.
#[derive(Clone)]
pub struct Lang(Arc<Inner>);

struct Inner {
    code: String,
    locale: Locale,
    fluent: LanguageIdentifier,
    dir: Direction,
}

impl Lang {
    /// A language from its code, formatted by `locale` (default: the code)
    /// and written in `dir` (default: CLDR's direction for the locale).
    ///
    /// ```
    /// use tolk::lang::Lang;
    /// let en = Lang::new("en", Some("en-GB"), None).unwrap();
    /// assert_eq!(en.code(), "en");
    /// assert_eq!(en.locale().to_string(), "en-GB");
    /// assert!(Lang::new("not a code", None, None).is_err());
    /// ```
    ///
    /// # Errors
    /// What is wrong with the code or the locale, in plain words.
    pub fn new(code: &str, locale: Option<&str>, dir: Option<Direction>) -> Result<Lang, String> {
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(format!("`{code}` is not a language code"));
        }
        code.parse::<Locale>()
            .map_err(|_| format!("`{code}` is not a language code"))?;
        let tag = locale.unwrap_or(code);
        let parsed: Locale = tag
            .parse()
            .map_err(|_| format!("`{tag}` is not a locale (BCP 47 tag such as en-GB)"))?;
        let fluent: LanguageIdentifier = tag
            .parse()
            .map_err(|_| format!("`{tag}` is not a locale (BCP 47 tag such as en-GB)"))?;
        let dir = dir.unwrap_or_else(|| crate::i18n::locale::direction(&parsed));
        Ok(Lang(Arc::new(Inner {
            code: code.to_string(),
            locale: parsed,
            fluent,
            dir,
        })))
    }

    /// A language with default locale and direction, for tests and examples.
    ///
    /// # Panics
    /// When `code` is not a language code.
    pub fn of(code: &str) -> Lang {
        Lang::new(code, None, None).unwrap_or_else(|e| panic!("{e}"))
    }

    /// The code: URL segment, content and locales folder (`sv`, `pt-BR`).
    pub fn code(&self) -> &str {
        &self.0.code
    }

    /// The code, as text.
    pub fn as_str(&self) -> &str {
        &self.0.code
    }

    /// The CLDR locale its dates, numbers, lists and plurals follow.
    pub fn locale(&self) -> &Locale {
        &self.0.locale
    }

    /// The language of its Fluent bundle (plural rules).
    pub fn fluent_id(&self) -> &LanguageIdentifier {
        &self.0.fluent
    }

    /// Writing direction.
    pub fn dir(&self) -> Direction {
        self.0.dir
    }
}

impl PartialEq for Lang {
    fn eq(&self, other: &Lang) -> bool {
        self.0.code == other.0.code
    }
}

impl Eq for Lang {}

impl PartialEq<str> for Lang {
    fn eq(&self, other: &str) -> bool {
        self.0.code == other
    }
}

impl PartialEq<&str> for Lang {
    fn eq(&self, other: &&str) -> bool {
        self.0.code == *other
    }
}

impl PartialEq<&Lang> for Lang {
    fn eq(&self, other: &&Lang) -> bool {
        self.0.code == other.0.code
    }
}

impl PartialEq<Lang> for &Lang {
    fn eq(&self, other: &Lang) -> bool {
        self.0.code == other.0.code
    }
}

impl std::hash::Hash for Lang {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.code.hash(state);
    }
}

impl PartialOrd for Lang {
    fn partial_cmp(&self, other: &Lang) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Lang {
    fn cmp(&self, other: &Lang) -> std::cmp::Ordering {
        self.0.code.cmp(&other.0.code)
    }
}

impl Borrow<str> for Lang {
    fn borrow(&self) -> &str {
        &self.0.code
    }
}

impl AsRef<str> for Lang {
    fn as_ref(&self) -> &str {
        &self.0.code
    }
}

impl AsRef<std::path::Path> for Lang {
    fn as_ref(&self) -> &std::path::Path {
        std::path::Path::new(&self.0.code)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.code)
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.locale.to_string() == self.0.code {
            write!(f, "Lang({})", self.0.code)
        } else {
            write!(f, "Lang({} as {})", self.0.code, self.0.locale)
        }
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0.code)
    }
}
