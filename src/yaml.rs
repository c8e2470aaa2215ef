//! YAML for site.yaml, front matter and event blocks: the only module that
//! knows the YAML crate (`serde-saphyr`, chosen for line/column positions,
//! budgets against alias bombs and no panics). It parses, records where each
//! value was written, and turns the crate's errors into plain-words
//! diagnostics located in the file.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_saphyr::Spanned;

use crate::error::{Diagnostic, did_you_mean};

/// A location inside the content file, from a YAML position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    /// 1-based line in the file.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// A value with the place in the file where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Located<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub pos: Pos,
}

/// Turns a YAML location into a file position.
pub(crate) fn pos_of(location: serde_saphyr::Location, yaml_line: usize) -> Pos {
    Pos {
        line: location.line() as usize + yaml_line - 1,
        column: location.column() as usize,
    }
}

/// Parses YAML text into `T`, turning errors into a diagnostic located in
/// the file (`yaml_line` is the file line of the first YAML line).
///
/// # Errors
/// A diagnostic with the file position and a hint for the usual mistakes.
pub fn parse_yaml<T: DeserializeOwned>(
    yaml: &str,
    yaml_line: usize,
    file: &Path,
    fields: &[&str],
) -> Result<T, Diagnostic> {
    let options = serde_saphyr::options! { with_snippet: false };
    serde_saphyr::from_str_with_options::<T>(yaml, options)
        .map_err(|e| yaml_diagnostic(&e, yaml, yaml_line, file, fields))
}

fn yaml_diagnostic(
    error: &serde_saphyr::Error,
    yaml: &str,
    yaml_line: usize,
    file: &Path,
    fields: &[&str],
) -> Diagnostic {
    let raw = error.render_with_options(serde_saphyr::render_options! {
        snippets: serde_saphyr::SnippetMode::Off,
    });
    if let Some((line, column, message, hint)) = read_field_error(&raw) {
        return Diagnostic::error(file.to_path_buf(), message)
            .at(line + yaml_line - 1, Some(column))
            .hint(hint);
    }
    let message = strip_location_suffix(&raw);
    let location = error.location().filter(|l| l.line() > 0);
    let line_text = location.and_then(|l| yaml.lines().nth(l.line() as usize - 1));
    let previous = location.and_then(|l| (l.line() as usize).checked_sub(2).and_then(|i| yaml.lines().nth(i)));
    // A tab is often found while reading the value before it: point at it.
    let mut tab_at = None;
    let line_text = match (line_text, location) {
        (Some(t), Some(l)) if message.contains("tab") && !t.contains('\t') => {
            match yaml.lines().nth(l.line() as usize).filter(|n| n.contains('\t')) {
                Some(next) => {
                    let column = next.chars().position(|c| c == '\t').unwrap_or(0) + 1;
                    tab_at = Some((l.line() as usize + yaml_line, column));
                    Some(next)
                }
                None => Some(t),
            }
        }
        (t, _) => t,
    };
    let what = if file.file_name().is_some_and(|n| n == crate::config::FILE) {
        "site.yaml"
    } else {
        "the front matter"
    };
    let mut diagnostic = match line_text.and_then(|t| explain(&message, t, previous, what)) {
        Some((sentence, fix)) => Diagnostic::error(file.to_path_buf(), sentence)
            .hint(fix)
            .detail(format!("YAML parser: {message}")),
        None => Diagnostic::error(file.to_path_buf(), plain_message(&message, what)).hint(hint_for(&message, fields)),
    };
    if let Some((line, column)) = tab_at {
        diagnostic = diagnostic.at(line, Some(column));
    } else if let Some(location) = location {
        let pos = pos_of(location, yaml_line);
        diagnostic = diagnostic.at(pos.line, Some(pos.column));
    }
    diagnostic
}

/// The usual YAML mistakes of people who write text, not code, in their
/// terms: what is wrong on `line` (the line the parser stopped at, with the
/// one before it) and how to fix it. `None` when the mistake is not one of
/// them.
fn explain(message: &str, line: &str, previous: Option<&str>, what: &str) -> Option<(String, String)> {
    let trimmed = line.trim_start_matches([' ', '\t']);
    let (key, value) = match trimmed.split_once(':') {
        Some((k, v)) => (k.trim().trim_start_matches("- ").to_string(), v.trim().to_string()),
        None => (String::new(), trimmed.trim().to_string()),
    };
    let quoted = |v: &str| {
        if v.contains('"') && !v.contains('\'') {
            format!("{key}: '{v}'")
        } else {
            format!("{key}: \"{}\"", v.replace('\\', "\\\\").replace('"', "\\\""))
        }
    };
    let m = message;
    if m.contains("tab") && line.contains('\t') {
        let name = if key.is_empty() {
            "the text".to_string()
        } else {
            format!("`{key}`")
        };
        return Some((
            "there is a tab character on this line; YAML only accepts spaces for indentation".into(),
            format!("use spaces, not tabs, before {name} (or start the line at the margin like the other fields)"),
        ));
    }
    if m.starts_with("invalid i64")
        || m.starts_with("invalid u64")
        || m.starts_with("invalid i32")
        || m.starts_with("invalid u32")
        || m.contains("invalid digit")
    {
        return Some((
            format!("`{key}` must be a whole number such as 10; you wrote `{value}`"),
            format!("write digits only, without quotes: `{key}: 10`"),
        ));
    }
    if m.starts_with("invalid boolean") {
        return Some((
            format!("`{key}` must be `true` or `false`; you wrote `{value}`"),
            format!("write `{key}: true` or `{key}: false` (in English, without quotes)"),
        ));
    }
    if m.starts_with("duplicate mapping key") {
        return Some((
            format!("`{key}` is written twice in {what}"),
            "keep one of them: a field has only one value".into(),
        ));
    }
    if m.starts_with("mapping values are not allowed") {
        let indented = line.len() - trimmed.len() > previous.map_or(0, |p| p.len() - p.trim_start().len());
        if indented && previous.is_some_and(|p| !p.trim_end().ends_with(':')) {
            return Some((
                format!("`{key}` is indented, so YAML reads it as part of the line above"),
                format!("start `{key}` at the same place as the other fields (remove the spaces before it)"),
            ));
        }
        return Some((
            format!("the value of `{key}` contains `: `, which YAML reads as the start of another field"),
            format!("put a value that contains a colon in quotes: `{}`", quoted(&value)),
        ));
    }
    if m.starts_with("invalid trailing content after double-quoted")
        || m.starts_with("invalid trailing content after single-quoted")
    {
        return Some((
            format!("there is text after the closing quote in the value of `{key}`"),
            format!("quote the whole value: `{}`", quoted(&value)),
        ));
    }
    if (m.starts_with("expected string scalar") || m.contains("invalid type")) && value.starts_with(['[', '{']) {
        let opens = if value.starts_with('[') { "a list" } else { "a mapping" };
        return Some((
            format!(
                "the value of `{key}` starts with `{}`, which YAML reads as the start of {opens}",
                &value[..1]
            ),
            format!("put the text in quotes: `{}`", quoted(&value)),
        ));
    }
    if m.starts_with("expected sequence start") {
        return Some((
            format!("`{key}` must be a list; you wrote `{value}`"),
            format!("write `{key}: [{value}]`, or one item per line, each starting with `- `"),
        ));
    }
    if m.starts_with("expected mapping start") && !trimmed.contains(':') {
        return Some((
            format!("this line of {what} has no `:`, so it is not a field"),
            "write each field as `name: value`, e.g. `title: About the programme`".into(),
        ));
    }
    if m.contains("found unexpected end of stream")
        || m.contains("while scanning a quoted scalar")
        || m.contains("unclosed quote")
    {
        return Some((
            format!("a quote opened in the value of `{key}` is never closed"),
            format!(
                "close the quote on the same line: `{}`",
                quoted(value.trim_matches(['"', '\'']))
            ),
        ));
    }
    if m.contains("found character that cannot start any token")
        || m.contains("reserved indicator")
        || m.starts_with("unexpected character")
    {
        return Some((
            format!(
                "the value of `{key}` starts with a character that YAML reserves (`{}`)",
                value.chars().next().unwrap_or(' ')
            ),
            format!("put the text in quotes: `{}`", quoted(&value)),
        ));
    }
    None
}

/// serde-saphyr appends " at line N, column M"; we report the position ourselves.
fn strip_location_suffix(message: &str) -> String {
    let first = message.lines().next().unwrap_or(message);
    match first.rfind(" at line ") {
        Some(i) => first[..i].to_string(),
        None => first.to_string(),
    }
}

fn plain_message(message: &str, what: &str) -> String {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return format!("unknown field `{name}`");
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return format!("the required field `{name}` is missing");
    }
    format!("{what} is not valid YAML: {message}")
}

/// Where each nested site.yaml setting belongs, for "it belongs under"
/// hints when one is written at the wrong level.
const HOMES: &[(&str, &str)] = &[
    ("smart_punctuation", "`markdown:`"),
    ("html", "`markdown:`"),
    ("explicit_index", "`output:`"),
    ("redirects_file", "`output:`"),
    ("strict", "`i18n:`"),
    ("missing_pages", "`i18n:`"),
    ("menu_fallbacks", "`i18n:`"),
    ("name", "`languages: <code>:`"),
    ("dir", "`languages: <code>:` (or `output:` for the output folder)"),
    ("fallback", "`languages: <code>:`"),
    ("locale", "`languages: <code>:`"),
    ("path", "a menu entry (`- { path: about, label: … }`)"),
    ("label", "a menu entry (`- { path: about, label: … }`)"),
    (
        "singular",
        "a taxonomy (`taxonomies: [{ name: series, singular: series }]`)",
    ),
    (
        "paginate_by",
        "a taxonomy (`taxonomies: [{ name: tags, paginate_by: 20 }]`); a section's listing sets it in its `_index.md`",
    ),
];

/// The keys serde lists as valid where the unknown one was written
/// (`unknown field `x`, expected one of a, b`).
fn keys_at_this_level(message: &str) -> Vec<&str> {
    let Some((_, expected)) = message.split_once(", expected ") else {
        return Vec::new();
    };
    let expected = expected.strip_prefix("one of ").unwrap_or(expected);
    expected
        .split(", ")
        .flat_map(|k| k.split(" or "))
        .map(|k| k.trim().trim_matches('`'))
        .filter(|k| !k.is_empty() && !k.contains(' '))
        .collect()
}

fn hint_for(message: &str, fields: &[&str]) -> String {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        let here = keys_at_this_level(message);
        let here: Vec<&str> = if here.is_empty() { fields.to_vec() } else { here };
        let known = format!("Known fields here: {}", here.join(", "));
        if let Some(best) = did_you_mean(name, here.iter().copied()) {
            return format!("did you mean `{best}`? {known}");
        }
        if let Some((_, home)) = HOMES
            .iter()
            .find(|(k, _)| *k == name)
            .filter(|_| fields.contains(&name))
        {
            return format!("`{name}` is a setting, but not at this level: it belongs under {home}. {known}");
        }
        return format!("remove it, or put theme-specific values under `extra:`. {known}");
    }
    if message.contains("invalid type") {
        return "check the value's type: text can be quoted (\"…\"), numbers are written without quotes, lists start with `- ` or are written [a, b]".to_string();
    }
    "check the indentation and punctuation on this line; values containing `: ` or starting with a special character must be quoted (\"…\")".to_string()
}

/// Marks a located message inside a deserialisation error, so that
/// [`parse_yaml`] can place it at the value (serde only knows the
/// enclosing mapping) and keep its hint.
const MARK: char = '␟';

/// An error about one value, for `Deserialize` conversions: located at the
/// value and with a hint once [`parse_yaml`] reports it.
pub fn field_error<T>(at: &Spanned<T>, message: &str, hint: &str) -> String {
    format!(
        "{MARK}{}:{}{MARK}{message}{MARK}{hint}{MARK}",
        at.referenced.line(),
        at.referenced.column()
    )
}

/// The (line, column, message, hint) of a [`field_error`] inside a message.
fn read_field_error(text: &str) -> Option<(usize, usize, String, String)> {
    let mut parts = text.split(MARK).skip(1);
    let (line, column) = parts.next()?.split_once(':')?;
    let message = parts.next()?;
    let hint = parts.next()?;
    Some((
        line.parse().ok()?,
        column.parse().ok()?,
        message.to_string(),
        hint.to_string(),
    ))
}

/// Converts a span recorded by serde-saphyr into a file position
/// (`yaml_line` is the file line of the first YAML line).
pub fn located<T>(spanned: Spanned<T>, yaml_line: usize) -> Located<T> {
    Located {
        pos: pos_of(spanned.referenced, yaml_line),
        value: spanned.value,
    }
}
