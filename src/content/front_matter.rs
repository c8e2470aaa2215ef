//! Front matter: splitting a Markdown file into its YAML header and body, and
//! parsing the header into typed fields.
//!
//! YAML itself (parsing, positions, error messages) lives in
//! [`crate::yaml`]; positions are reported as lines of the `.md` file, not
//! of the YAML snippet.

use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::error::Diagnostic;
pub use crate::yaml::{Located, Pos, field_error, parse_yaml};

/// The parts of a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML text between the `---` lines.
    pub yaml: &'a str,
    /// 1-based line of the file where the YAML text starts.
    pub yaml_line: usize,
    /// The Markdown body after the closing `---`.
    pub body: &'a str,
    /// 1-based line of the file where the body starts.
    pub body_line: usize,
}

/// Splits `text` (with or without a UTF-8 BOM, LF or CRLF) into front matter
/// and body.
///
/// ```
/// let s = tolk::content::front_matter::split("---\ntitle: A\n---\nBody\n", "a.md".as_ref()).unwrap();
/// assert_eq!(s.yaml, "title: A\n");
/// assert_eq!(s.body, "Body\n");
/// assert_eq!(s.body_line, 4);
/// ```
///
/// # Errors
/// A diagnostic when the file does not start with `---` or the front matter
/// is never closed.
pub fn split<'a>(text: &'a str, file: &Path) -> Result<Split<'a>, Diagnostic> {
    let text = crate::fs::strip_bom(text);
    let mut lines = line_spans(text);
    let opening = lines.next();
    if opening.is_none_or(|(s, e)| text[s..e].trim_end() != "---") {
        let what = if text.trim().is_empty() {
            "this file is empty"
        } else {
            "this file does not start with front matter"
        };
        return Err(Diagnostic::error(file.to_path_buf(), format!("{what}: every page needs a title"))
            .at(1, Some(1))
            .hint("start the file with a line `---`, then a line such as `title: My page`, then another line `---`, then the text of the page"));
    }
    let yaml_start = opening.map_or(0, |(_, e)| next_line_start(text, e));
    for (number, (s, e)) in lines.enumerate() {
        if text[s..e].trim_end() == "---" {
            let body_start = next_line_start(text, e);
            return Ok(Split {
                yaml: &text[yaml_start..s],
                yaml_line: 2,
                body: &text[body_start..],
                body_line: number + 3,
            });
        }
    }
    Err(Diagnostic::error(file.to_path_buf(), "the front matter is not closed")
        .at(1, Some(1))
        .hint("add a line containing only `---` after the last front matter field (title, date, …) and before the text of the page"))
}

/// Byte ranges of each line's content (without the line break).
fn line_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let span = (start, end);
        start = end + 1;
        Some(span)
    })
}

fn next_line_start(text: &str, line_end: usize) -> usize {
    (line_end + 1).min(text.len())
}

/// Line breaks as `\n` only: CRLF and lone CR (old Mac files) become LF,
/// so that every line number tolk reports counts lines the way the YAML
/// parser and editors do.
///
/// ```
/// use tolk::content::front_matter::normalize_newlines;
/// assert_eq!(normalize_newlines("a\r\nb\rc\n"), "a\nb\nc\n");
/// ```
pub fn normalize_newlines(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Field names accepted in a page's front matter (kept in sync with [`RawFrontMatter`]).
pub const FIELDS: &[&str] = &[
    "title",
    "description",
    "date",
    "updated",
    "publish_date",
    "expiry_date",
    "slug",
    "weight",
    "draft",
    "template",
    "toc",
    "page_template",
    "sort_by",
    "feed",
    "paginate_by",
    "group_by",
    "tags",
    "taxonomies",
    "aliases",
    "translated_from",
    "translated",
    "contacts",
    "event",
    "extra",
];

/// Front matter exactly as written; converted to a `Page` by `content::page`.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawFrontMatter {
    /// Page title (required).
    pub title: Option<Spanned<String>>,
    /// One-sentence summary, used for meta descriptions.
    pub description: Option<String>,
    /// Publication date, `YYYY-MM-DD` or RFC 3339.
    pub date: Option<Spanned<String>>,
    /// Last update, same formats as `date`.
    pub updated: Option<Spanned<String>>,
    /// Not published before this date or moment (an embargo), same
    /// formats as `date`; a plain date means midnight UTC.
    pub publish_date: Option<Spanned<String>>,
    /// Not published from this date or moment on, same formats as `date`.
    pub expiry_date: Option<Spanned<String>>,
    /// Localised last URL segment.
    pub slug: Option<Spanned<String>>,
    /// Order in menus and listings (lower first).
    pub weight: Option<i64>,
    /// Left out of the build unless `--drafts`.
    #[serde(default)]
    pub draft: bool,
    /// Template to render this page with.
    pub template: Option<Spanned<String>>,
    /// Show a table of contents (`true`) or never (`false`); unset: the
    /// theme decides by the number of headings (`markdown.toc_min_headings`).
    pub toc: Option<bool>,
    /// For sections: template for the pages below.
    pub page_template: Option<Spanned<String>>,
    /// For sections: `weight`, `date` or `title`.
    pub sort_by: Option<Spanned<String>>,
    /// For sections: publish an Atom feed of the dated pages below.
    #[serde(default)]
    pub feed: bool,
    /// For sections: how many pages one page of the listing shows.
    pub paginate_by: Option<Spanned<i64>>,
    /// For sections: group the listing (`year`).
    pub group_by: Option<Spanned<String>>,
    /// Term ids of the `tags` taxonomy.
    #[serde(default)]
    pub tags: Vec<Spanned<String>>,
    /// Term ids of the other taxonomies declared in site.yaml, by
    /// taxonomy name.
    #[serde(default)]
    pub taxonomies: indexmap::IndexMap<String, Spanned<Vec<Spanned<String>>>>,
    /// Old URLs that redirect here.
    #[serde(default)]
    pub aliases: Vec<Spanned<String>>,
    /// Hash of the original this translation was made from.
    pub translated_from: Option<String>,
    /// A translator's mark (the CMS's "up to date" box): this translation
    /// follows the original as it is now. `tolk translated --marked`
    /// replaces it with `translated_from`.
    #[serde(default)]
    pub translated: bool,
    /// People to contact (the contact page).
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// The event block (calendar).
    pub event: Option<Spanned<crate::calendar::RawEvent>>,
    /// Free data for themes.
    #[serde(default)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A person to contact, as written in front matter; phone numbers and the
/// e-mail address are checked while the front matter is read (they become
/// `tel:` and `mailto:` links).
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq, Eq)]
#[serde(try_from = "RawContact")]
pub struct Contact {
    /// Full name.
    pub name: String,
    /// Role, in the page's language.
    #[serde(default)]
    pub role: String,
    /// Office phone in international format, e.g. `+46 8 453 78 83`.
    #[serde(default)]
    pub phone: String,
    /// Mobile phone in international format.
    #[serde(default)]
    pub mobile: String,
    /// E-mail address (may be empty).
    #[serde(default)]
    pub email: String,
    /// Organisation shown on the vCard (default: the site's title).
    #[serde(default)]
    pub organisation: String,
}

/// A contact as written, with the places of the values that become links.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    name: String,
    #[serde(default)]
    role: String,
    phone: Option<Spanned<String>>,
    mobile: Option<Spanned<String>>,
    email: Option<Spanned<String>>,
    #[serde(default)]
    organisation: String,
}

impl TryFrom<RawContact> for Contact {
    type Error = String;

    fn try_from(raw: RawContact) -> Result<Self, String> {
        let phone_hint = "write the number in international format with digits, spaces and -, e.g. +46 8 453 78 83";
        let phone = |field: Option<Spanned<String>>| -> Result<String, String> {
            let Some(field) = field else { return Ok(String::new()) };
            let number = field.value.trim();
            let digits = number.chars().filter(char::is_ascii_digit).count();
            let allowed = number.chars().enumerate().all(|(i, c)| {
                c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '.' | '/') || c == '+' && i == 0
            });
            if number.is_empty() || (allowed && digits > 0) {
                Ok(field.value)
            } else {
                Err(field_error(
                    &field,
                    &format!("`{}` is not a phone number", crate::url::shown(&field.value)),
                    phone_hint,
                ))
            }
        };
        let phone_number = phone(raw.phone)?;
        let mobile = phone(raw.mobile)?;
        let email = match raw.email {
            None => String::new(),
            Some(field) => match check_email(field.value.trim()) {
                Ok(()) => field.value,
                Err(why) => {
                    return Err(field_error(
                        &field,
                        &format!("the e-mail address `{}` {why}", crate::url::shown(&field.value)),
                        "write the address as name@example.org (or leave it empty)",
                    ));
                }
            },
        };
        Ok(Contact {
            name: raw.name,
            role: raw.role,
            phone: phone_number,
            mobile,
            email,
            organisation: raw.organisation,
        })
    }
}

/// An e-mail address that makes a plain `mailto:` link: one `@`, no spaces
/// or control characters, nothing that `mailto:` reads as a query
/// (`?`, `#`, `%`), a domain of letters, digits and hyphens with a dot.
fn check_email(address: &str) -> Result<(), &'static str> {
    if address.is_empty() {
        return Ok(());
    }
    let Some((user, domain)) = address.split_once('@') else {
        return Err("has no `@`");
    };
    if user.is_empty() || domain.contains('@') {
        return Err("is not one address (name@domain)");
    }
    if user
        .chars()
        .any(|c| !(c.is_alphanumeric() || "!$&'*+-/=^_`{|}~.".contains(c)))
    {
        return Err("contains characters that do not belong in an address (spaces, `?`, `#`, `%`, `:`, `<`, …)");
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2
        || labels
            .iter()
            .any(|l| l.is_empty() || !l.chars().all(|c| c.is_alphanumeric() || c == '-'))
    {
        return Err("has no valid domain after `@` (such as example.org)");
    }
    Ok(())
}

/// Parses a content file's front matter.
///
/// # Errors
/// A diagnostic located in the `.md` file.
pub fn parse(split: &Split<'_>, file: &Path) -> Result<RawFrontMatter, Diagnostic> {
    if split.yaml.trim().is_empty() {
        return Ok(RawFrontMatter::default());
    }
    parse_yaml(split.yaml, split.yaml_line, file, FIELDS)
}

/// Converts a span recorded by serde-saphyr into a position in the `.md` file.
pub fn located<T>(spanned: Spanned<T>, split: &Split<'_>) -> Located<T> {
    crate::yaml::located(spanned, split.yaml_line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file() -> &'static Path {
        Path::new("content/sv/a.md")
    }

    #[test]
    fn splits_crlf_and_bom() {
        let s = split("\u{feff}---\r\ntitle: A\r\n---\r\nText\r\n", file()).unwrap();
        assert_eq!(s.yaml, "title: A\r\n");
        assert_eq!(s.body, "Text\r\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let d = split("---\ntitle: A\nText\n", file()).unwrap_err();
        assert!(d.message.contains("not closed"), "{d}");
    }

    #[test]
    fn empty_file_is_an_error() {
        let d = split("", file()).unwrap_err();
        assert!(d.message.contains("empty"), "{d}");
    }

    #[test]
    fn unknown_field_has_line_and_hint() {
        let text = "---\ntitle: A\ndescripton: x\n---\n";
        let s = split(text, file()).unwrap();
        let d = parse(&s, file()).unwrap_err();
        assert_eq!(d.message, "unknown field `descripton`");
        assert_eq!(d.line, Some(3));
        assert!(d.hint.unwrap().contains("did you mean `description`"));
    }

    #[test]
    fn wrong_type_has_line() {
        let s = split("---\ntitle: A\nweight: high\n---\n", file()).unwrap();
        let d = parse(&s, file()).unwrap_err();
        assert_eq!(d.line, Some(3), "{d}");
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut yaml = String::from("a: &a [x,x,x,x,x,x,x,x,x,x]\n");
        for i in 1..10 {
            yaml.push_str(&format!(
                "{}: &{} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n",
                (b'a' + i) as char,
                (b'a' + i) as char,
                p = (b'a' + i - 1) as char
            ));
        }
        let text = format!(
            "---\ntitle: A\nextra:\n  bomb:\n{}---\n",
            yaml.lines().map(|l| format!("    {l}\n")).collect::<String>()
        );
        let s = split(&text, file()).unwrap();
        assert!(parse(&s, file()).is_err());
    }

    #[test]
    fn contact_addresses_are_checked_and_located_at_the_value() {
        let text = "---\ntitle: A\ncontacts:\n  - name: X\n    phone: \"+46 8 453 78 83\"\n    email: \"x@example.org\"\n  - name: Y\n    role: r\n    email: \"y@example.org?bcc=all@example.org\"\n---\n";
        let s = split(text, file()).unwrap();
        let d = parse(&s, file()).unwrap_err();
        assert_eq!((d.line, d.column), (Some(9), Some(12)), "{d}");
        assert!(
            d.message
                .starts_with("the e-mail address `y@example.org?bcc=all@example.org`"),
            "{d}"
        );
        assert!(d.hint.unwrap().contains("name@example.org"));

        let s = split(
            "---\ntitle: A\ncontacts:\n  - name: X\n    mobile: \"javascript:alert(1)\"\n---\n",
            file(),
        )
        .unwrap();
        let d = parse(&s, file()).unwrap_err();
        assert_eq!(d.line, Some(5), "{d}");
        assert!(d.message.contains("is not a phone number"), "{d}");

        let fixed = text.replace("?bcc=all@example.org", "");
        let s = split(&fixed, file()).unwrap();
        let raw = parse(&s, file()).unwrap();
        assert_eq!(raw.contacts[1].email, "y@example.org");
        assert_eq!(raw.contacts[0].phone, "+46 8 453 78 83");
    }
}
