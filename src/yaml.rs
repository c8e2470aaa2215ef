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
    serde_saphyr::from_str_with_options::<T>(yaml, options).map_err(|e| yaml_diagnostic(&e, yaml_line, file, fields))
}

fn yaml_diagnostic(error: &serde_saphyr::Error, yaml_line: usize, file: &Path, fields: &[&str]) -> Diagnostic {
    let raw = error.render_with_options(serde_saphyr::render_options! {
        snippets: serde_saphyr::SnippetMode::Off,
    });
    if let Some((line, column, message, hint)) = read_field_error(&raw) {
        return Diagnostic::error(file.to_path_buf(), message)
            .at(line + yaml_line - 1, Some(column))
            .hint(hint);
    }
    let message = strip_location_suffix(&raw);
    let mut diagnostic = Diagnostic::error(file.to_path_buf(), plain_message(&message));
    if let Some(location) = error.location().filter(|l| l.line() > 0) {
        let pos = pos_of(location, yaml_line);
        diagnostic = diagnostic.at(pos.line, Some(pos.column));
    }
    diagnostic.hint(hint_for(&message, fields))
}

/// serde-saphyr appends " at line N, column M"; we report the position ourselves.
fn strip_location_suffix(message: &str) -> String {
    let first = message.lines().next().unwrap_or(message);
    match first.rfind(" at line ") {
        Some(i) => first[..i].to_string(),
        None => first.to_string(),
    }
}

fn plain_message(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return format!("unknown field `{name}`");
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return format!("the required field `{name}` is missing");
    }
    format!("the front matter is not valid YAML: {message}")
}

fn hint_for(message: &str, fields: &[&str]) -> String {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return match did_you_mean(name, fields.iter().copied()) {
            Some(best) => format!("did you mean `{best}`? Known fields: {}", fields.join(", ")),
            None => format!(
                "remove it, or put theme-specific values under `extra:`. Known fields: {}",
                fields.join(", ")
            ),
        };
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
