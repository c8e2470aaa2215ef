//! Addresses that reach readers: one allowlist of schemes, checked once
//! where an address enters tolk — Markdown links and images, raw HTML (the
//! sanitiser asks [`check`]), front matter (`event.online`,
//! `event.registration`), contacts and menus.
//!
//! Schemes are read the way browsers read them (the WHATWG URL standard):
//! leading and trailing C0 controls and spaces are ignored, tabs and line
//! breaks are removed anywhere, and case does not matter. So
//! `" JaVa\tScRiPt:alert(1)"` is a `javascript:` address, while
//! `"\u{200b}javascript:"` is a relative path (and harmless).

/// The schemes an address from content may use: web pages, e-mail and
/// phone numbers. Everything else (`javascript:`, `vbscript:`, `data:`,
/// `file:`, `blob:`, `ftp:`, …) is refused.
pub const SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// What an accepted address is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    /// With one of the [`SCHEMES`].
    Absolute,
    /// A path, query or fragment on this site (`../a/`, `plan.pdf`, `#top`).
    Relative,
}

/// Why an address is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The scheme is not one of [`SCHEMES`] (lower case, as browsers read it).
    Scheme(String),
    /// `//host/…` (or `/\host`, which browsers read the same): another site
    /// without a scheme, which also breaks when the site is opened from disk.
    ProtocolRelative,
    /// A control character (line break, tab, NUL, …).
    Control,
    /// A space, where a complete address is required.
    Whitespace,
    /// Nothing at all.
    Empty,
    /// No scheme, where a complete address is required.
    NotAbsolute,
    /// `https://` without a host.
    NoHost,
    /// `https://user@host`: a name before the host, which hides where the
    /// link really goes.
    UserInfo,
}

impl Refusal {
    /// What is wrong, to follow "the address `…` ".
    pub fn reason(&self) -> String {
        match self {
            Refusal::Scheme(s) => format!("uses the scheme `{s}:`, which is not allowed"),
            Refusal::ProtocolRelative => {
                "starts with `//` (or `/\\`), which leads to another site without a scheme".into()
            }
            Refusal::Control => "contains a control character (such as a line break or a tab)".into(),
            Refusal::Whitespace => "contains a space".into(),
            Refusal::Empty => "is empty".into(),
            Refusal::NotAbsolute => "is not a complete address".into(),
            Refusal::NoHost => "has no host name".into(),
            Refusal::UserInfo => "has a user name before the host (`…@`), which hides where it leads".into(),
        }
    }

    /// How to fix it.
    pub fn hint(&self) -> String {
        let allowed = allowed_list();
        match self {
            Refusal::Scheme(_) => format!(
                "addresses may use {allowed}; scripts (javascript:, vbscript:) and embedded data (data:) are never published"
            ),
            Refusal::ProtocolRelative => {
                "write the full address, starting with https:// (e.g. https://example.org/page)".into()
            }
            Refusal::Control | Refusal::Whitespace => {
                "remove the line break, tab or space; write a space inside an address as %20".into()
            }
            Refusal::Empty | Refusal::NotAbsolute | Refusal::NoHost => format!(
                "write the full address, e.g. https://example.org/register or mailto:info@example.org (allowed: {allowed})"
            ),
            Refusal::UserInfo => "remove the part before `@`: write https://host/path".into(),
        }
    }
}

/// A value for a message: control characters (line breaks, tabs, NUL, …)
/// written as escapes so that they cannot break the message or the
/// terminal, everything else as it is.
///
/// ```
/// assert_eq!(tolk::url::shown("/\\a\r\nb"), "/\\a\\r\\nb");
/// ```
pub fn shown(value: &str) -> String {
    value
        .chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// `http:, https:, mailto: and tel:`.
fn allowed_list() -> String {
    let mut names: Vec<String> = SCHEMES.iter().map(|s| format!("{s}:")).collect();
    let last = names.pop().unwrap_or_default();
    format!("{} and {last}", names.join(", "))
}

/// The address with what browsers ignore removed: leading and trailing C0
/// controls and spaces, and every tab, LF and CR.
fn as_browsers_read(url: &str) -> String {
    url.trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// The scheme of an address in lower case, as browsers read it, or `None`
/// for relative references.
///
/// ```
/// use tolk::url::scheme;
/// assert_eq!(scheme(" JaVa\tScRiPt:alert(1)").as_deref(), Some("javascript"));
/// assert_eq!(scheme("../a:b/"), None);
/// assert_eq!(scheme("a/b:c"), None);
/// ```
pub fn scheme(url: &str) -> Option<String> {
    let url = as_browsers_read(url);
    let (scheme, _) = url.split_once(':')?;
    let mut chars = scheme.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
        .then(|| scheme.to_ascii_lowercase())
}

/// Checks a link or image address from content (Markdown, raw HTML): one
/// of the [`SCHEMES`], or a path on this site.
///
/// ```
/// use tolk::url::{check, Reference, Refusal};
/// assert_eq!(check("https://example.org/"), Ok(Reference::Absolute));
/// assert_eq!(check("../plan.pdf#p2"), Ok(Reference::Relative));
/// assert_eq!(check("JaVaScRiPt:alert(1)"), Err(Refusal::Scheme("javascript".into())));
/// assert_eq!(check("//evil.example/"), Err(Refusal::ProtocolRelative));
/// ```
///
/// # Errors
/// Why the address is refused.
pub fn check(url: &str) -> Result<Reference, Refusal> {
    if url.chars().any(char::is_control) {
        return Err(Refusal::Control);
    }
    match scheme(url) {
        Some(s) if SCHEMES.contains(&s.as_str()) => Ok(Reference::Absolute),
        Some(s) => Err(Refusal::Scheme(s)),
        None => {
            let read = as_browsers_read(url);
            let mut start = read.chars().take(2);
            if start.next().is_some_and(|c| matches!(c, '/' | '\\'))
                && start.next().is_some_and(|c| matches!(c, '/' | '\\'))
            {
                Err(Refusal::ProtocolRelative)
            } else {
                Ok(Reference::Relative)
            }
        }
    }
}

/// Checks a complete address written as data (front matter, site.yaml):
/// one of the [`SCHEMES`], no spaces or control characters anywhere, and
/// for http(s) a host without a user name.
///
/// ```
/// use tolk::url::{check_absolute, Refusal};
/// assert!(check_absolute("https://meet.example.org/seminar?id=7").is_ok());
/// assert!(check_absolute("mailto:info@example.org").is_ok());
/// assert_eq!(check_absolute("www.example.org"), Err(Refusal::NotAbsolute));
/// assert_eq!(check_absolute("https://a@evil.example/"), Err(Refusal::UserInfo));
/// ```
///
/// # Errors
/// Why the address is refused.
pub fn check_absolute(url: &str) -> Result<(), Refusal> {
    if url.is_empty() {
        return Err(Refusal::Empty);
    }
    let reference = check(url)?;
    if url.chars().any(char::is_whitespace) {
        return Err(Refusal::Whitespace);
    }
    if reference == Reference::Relative {
        return Err(Refusal::NotAbsolute);
    }
    let (scheme, rest) = url.split_once(':').unwrap_or_default();
    let scheme = scheme.to_ascii_lowercase();
    if scheme == "http" || scheme == "https" {
        let Some(after) = rest.strip_prefix("//") else {
            return Err(Refusal::NoHost);
        };
        let authority = after.split(['/', '?', '#', '\\']).next().unwrap_or("");
        if authority.contains('@') {
            return Err(Refusal::UserInfo);
        }
        if authority.is_empty() || authority.starts_with(':') || rest.contains('\\') {
            return Err(Refusal::NoHost);
        }
    } else if rest.is_empty() {
        return Err(Refusal::NotAbsolute);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes_are_read_like_browsers_read_them() {
        for (url, want) in [
            ("javascript:alert(1)", Some("javascript")),
            ("JaVaScRiPt:alert(1)", Some("javascript")),
            ("  javascript:alert(1)", Some("javascript")),
            ("\u{1}\u{0}javascript:alert(1)", Some("javascript")),
            ("java\nscript:alert(1)", Some("javascript")),
            ("java\tscr\ript:alert(1)", Some("javascript")),
            ("vbscript:msgbox", Some("vbscript")),
            ("data:text/html,<script>", Some("data")),
            ("https://example.org", Some("https")),
            ("\u{200b}javascript:alert(1)", None),
            ("&#106;avascript:alert(1)", None),
            ("./javascript:alert(1)", None),
            ("1ab:c", None),
            ("", None),
        ] {
            assert_eq!(scheme(url).as_deref(), want, "{url:?}");
        }
    }

    #[test]
    fn links_are_allowlisted() {
        for bad in [
            "javascript:alert(1)",
            " javascript:alert(1)",
            "vbscript:x",
            "data:image/png;base64,AAAA",
            "file:///etc/passwd",
            "blob:https://x/y",
            "//evil.example/",
            " //evil.example/",
            "\\\\evil.example/",
            "/\\evil.example/",
            "https://exa\u{0}mple.org/",
        ] {
            assert!(check(bad).is_err(), "{bad:?}");
        }
        for good in [
            "https://example.org/a?b#c",
            "HTTP://example.org/",
            "mailto:a@b.se",
            "tel:+4684537883",
            "../a/",
            "/a/",
            "#top",
            "?q=1",
            "plan.pdf",
            "a b.pdf",
        ] {
            assert!(check(good).is_ok(), "{good:?}");
        }
    }

    #[test]
    fn complete_addresses() {
        for (bad, why) in [
            ("", Refusal::Empty),
            ("https://example.org/\r\nX: y", Refusal::Control),
            ("https://example.org/a b", Refusal::Whitespace),
            (" https://example.org/", Refusal::Whitespace),
            (" javascript:alert(1)", Refusal::Scheme("javascript".into())),
            ("example.org", Refusal::NotAbsolute),
            ("/register/", Refusal::NotAbsolute),
            ("https:example.org", Refusal::NoHost),
            ("https://", Refusal::NoHost),
            ("https://:80/", Refusal::NoHost),
            ("https://good.example@evil.example/", Refusal::UserInfo),
            ("https://evil.example\\@good.example/", Refusal::NoHost),
            ("mailto:", Refusal::NotAbsolute),
            ("javascript:alert(1)", Refusal::Scheme("javascript".into())),
        ] {
            assert_eq!(check_absolute(bad), Err(why), "{bad:?}");
        }
    }
}
