//! The one rule for names that become parts of addresses: content file and
//! folder names, slugs and aliases. Checked once, when the content is read.
//!
//! A name part may hold Unicode letters and combining marks (so Swedish,
//! Russian and Arabic names keep working), digits, and `-` `_` `.` `~` `+`
//! `(` `)` `,`. Anything else is refused: `:` (would make `javascript:…` a
//! link scheme), `?` `#` `%` (would change what the address means), quotes,
//! `<` `>` `&`, `\`, `/` inside a part, spaces, control and invisible
//! characters, and the parts `.` and `..`. Names are normalised to Unicode
//! NFC when read, so a file saved by macOS (NFD) and its translation saved
//! elsewhere (NFC) pair up.

use std::borrow::Cow;

/// Punctuation allowed in a name part besides letters, marks and digits.
pub const PUNCTUATION: &str = "-_.~+(),";

/// Checks one part of an address (no `/`).
///
/// ```
/// use tolk::content::names::check_part;
/// assert!(check_part("om-åtgärd-31").is_ok());
/// assert!(check_part("о-программе").is_ok());
/// assert!(check_part("عن-البرنامج").is_ok());
/// assert!(check_part("javascript:alert(1)").is_err());
/// assert!(check_part("%2e%2e").is_err());
/// assert!(check_part("..").is_err());
/// ```
///
/// # Errors
/// What is wrong, in words that finish "the slug `x` …".
pub fn check_part(part: &str) -> Result<(), String> {
    if part.is_empty() {
        return Err("is empty".into());
    }
    if part == "." || part == ".." {
        return Err(format!("is `{part}`, which would point to another folder"));
    }
    if part.starts_with('.') {
        return Err("starts with `.` (such names are hidden and not published)".into());
    }
    if let Some(c) = part.chars().find(|c| !allowed(*c)) {
        let what = match c {
            ':' => "`:` (a colon makes an address look like a link scheme such as `javascript:`)".to_string(),
            '%' => "`%` (percent signs encode other characters in addresses)".to_string(),
            '/' => "`/`".to_string(),
            c if c.is_control() => format!("the control character U+{:04X}", c as u32),
            c if c.is_whitespace() => "spaces".to_string(),
            c if is_invisible(c) => format!("the invisible character U+{:04X}", c as u32),
            c => format!("`{c}`"),
        };
        return Err(format!("contains {what}; that is not allowed in addresses"));
    }
    Ok(())
}

/// Checks a `/`-separated path of name parts (aliases, content keys).
///
/// # Errors
/// As [`check_part`], for the first bad part.
pub fn check_path(path: &str) -> Result<(), String> {
    path.split('/').try_for_each(check_part)
}

fn allowed(c: char) -> bool {
    (c.is_alphanumeric() || is_mark(c) || PUNCTUATION.contains(c)) && !is_invisible(c)
}

/// Combining marks (Arabic vowel signs, Devanagari, decomposed accents).
fn is_mark(c: char) -> bool {
    use icu::properties::CodePointMapData;
    use icu::properties::props::GeneralCategory;
    matches!(
        CodePointMapData::<GeneralCategory>::new().get(c),
        GeneralCategory::NonspacingMark | GeneralCategory::SpacingMark | GeneralCategory::EnclosingMark
    )
}

/// Format characters that render as nothing (zero-width space and joiners,
/// bidirectional controls): two names that look the same must be the same.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{AD}')
}

/// A name with every refused character replaced by `-` (runs collapsed),
/// for "did you mean" hints.
///
/// ```
/// use tolk::content::names::suggest;
/// assert_eq!(suggest("javascript:alert(document.domain)"), "javascript-alert(document.domain)");
/// assert_eq!(suggest("Om oss?"), "Om-oss");
/// assert_eq!(suggest("%2e%2e"), "2e-2e");
/// ```
pub fn suggest(name: &str) -> String {
    let mut out = String::new();
    for c in nfc(name).chars() {
        if allowed(c) {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches(['-', '.']).to_string();
    if out.is_empty() { "page".into() } else { out }
}

/// The name in Unicode normalisation form C.
pub fn nfc(name: &str) -> Cow<'_, str> {
    icu::normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(name)
}

/// The form two addresses are compared in for collisions on hosts that
/// ignore case or normalisation: NFC, then case-folded.
///
/// ```
/// use tolk::content::names::fold;
/// assert_eq!(fold("About"), fold("about"));
/// assert_eq!(fold("mo\u{308}te"), fold("möte"));
/// ```
pub fn fold(name: &str) -> String {
    icu::casemap::CaseMapperBorrowed::new()
        .fold_string(&nfc(name))
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_changes_an_addresss_meaning() {
        for bad in [
            "javascript:alert(document.domain)",
            "%2e%2e",
            "a?b",
            "a#b",
            "a\"b",
            "a'b",
            "a<b",
            "a>b",
            "a&b",
            "a\\b",
            "a b",
            "a\tb",
            "a\u{200B}b",
            "a\u{202E}b",
            ".hidden",
            "",
            ".",
            "..",
        ] {
            assert!(check_part(bad).is_err(), "{bad:?}");
        }
        for good in [
            "om-oss",
            "Åtgärd_31",
            "v1.2",
            "a~b",
            "a+b",
            "(2010)",
            "de,en",
            "mo\u{308}te",
        ] {
            assert!(check_part(good).is_ok(), "{good:?}");
        }
    }
}
