//! The one error type of the library, and the diagnostics it carries.
//!
//! Every problem a user can fix is a [`Diagnostic`]: where (file, line,
//! column), what is wrong in plain words, and a hint saying how to fix it.
//! Stages collect diagnostics and report them all together through
//! [`Error::Build`]; only `main.rs` prints them and picks the exit code.

use std::fmt;
use std::path::{Path, PathBuf};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The build goes on; the output is still published.
    Warning,
    /// The build fails and the previous output stays untouched.
    Error,
}

/// What a problem is about: the kind of input it is in, or, for problems
/// `tolk check` finds in the output, what it found. Shown in `check`'s
/// JSON as the kebab-case name (`ui-string`, `broken-link`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// site.yaml and the theme's name.
    Config,
    /// Content files: front matter, Markdown, names.
    Content,
    /// An event block.
    Event,
    /// A link in content.
    Link,
    /// A template.
    Template,
    /// A Fluent file.
    Fluent,
    /// A UI string a template asks for.
    UiString,
    /// The output (collisions, writing).
    Output,
    /// A path that leads outside the site.
    Input,
    /// A gettext catalogue (`po/<lang>.po`): its syntax or a translation
    /// that does not fit its source.
    Catalogue,
    /// Unknown (problems from before kinds existed).
    Build,
    /// `check`: a link to a file that is not in the output.
    BrokenLink,
    /// `check`: a `#fragment` that names no id.
    BrokenAnchor,
    /// `check`: an image without alternative text.
    MissingAlt,
    /// `check`: a message no template uses.
    UnusedMessage,
    /// `check --external`: an external link that does not answer.
    ExternalLink,
}

impl Kind {
    /// The kebab-case name (`ui-string`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Config => "config",
            Kind::Content => "content",
            Kind::Event => "event",
            Kind::Link => "link",
            Kind::Template => "template",
            Kind::Fluent => "fluent",
            Kind::UiString => "ui-string",
            Kind::Output => "output",
            Kind::Input => "input",
            Kind::Catalogue => "catalogue",
            Kind::Build => "build",
            Kind::BrokenLink => "broken-link",
            Kind::BrokenAnchor => "broken-anchor",
            Kind::MissingAlt => "missing-alt",
            Kind::UnusedMessage => "unused-message",
            Kind::ExternalLink => "external-link",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A problem found in the user's input, with its location and a hint.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Diagnostic {
    /// The file the problem is in, relative to the site root where possible.
    pub file: Option<PathBuf>,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in plain words.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
    /// What kind of input the problem is in.
    #[serde(skip)]
    pub kind: Option<Kind>,
    /// The parser's own words, shown in small print after the hint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The text of the line the problem is on (see [`attach_sources`]),
    /// shown with the column underlined.
    #[serde(skip)]
    pub source_line: Option<String>,
}

impl Diagnostic {
    /// A new error about `file`.
    pub fn error(file: impl Into<Option<PathBuf>>, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.into(),
            line: None,
            column: None,
            severity: Severity::Error,
            message: message.into(),
            hint: None,
            kind: None,
            detail: None,
            source_line: None,
        }
    }

    /// A new warning about `file`.
    pub fn warning(file: impl Into<Option<PathBuf>>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, message)
        }
    }

    /// Sets the 1-based line (and column, if given).
    pub fn at(mut self, line: usize, column: Option<usize>) -> Self {
        self.line = Some(line);
        self.column = column;
        self
    }

    /// Sets the hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Adds the parser's own words (small print after the hint).
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// Sets the kind, unless one is set already.
    pub fn kind(mut self, kind: Kind) -> Self {
        self.kind.get_or_insert(kind);
        self
    }

    /// True for errors, false for warnings.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// The way compilers print a problem: the message, the place, the line
    /// with the column underlined, the fix and the parser's words. Without a
    /// known line text: `error: file:line:column: message` and the hint.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if let (Some(file), Some(line), Some(text)) = (&self.file, self.line, &self.source_line) {
            return f.write_str(&self.snippet(label, file, line, text));
        }
        write!(f, "{label}: ")?;
        if let Some(file) = &self.file {
            write!(f, "{}", file.display())?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
                if let Some(column) = self.column {
                    write!(f, ":{column}")?;
                }
            }
            write!(f, ": ")?;
        }
        write!(f, "{}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        if let Some(detail) = &self.detail {
            write!(f, "\n  note: {detail}")?;
        }
        Ok(())
    }
}

impl Diagnostic {
    /// Renders the problem with its source line (annotate-snippets, the
    /// renderer rustc uses), without colours: the same text goes to the
    /// terminal and, escaped, into serve's overlay.
    fn snippet(&self, label: &str, file: &Path, line: usize, text: &str) -> String {
        use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet, renderer::DecorStyle};
        let level = if self.is_error() { Level::ERROR } else { Level::WARNING };
        let _ = label;
        let path = file.display().to_string();
        let span = underline(text, self.column, &self.message);
        let mut group = level.primary_title(self.message.as_str()).element(
            Snippet::source(text)
                .line_start(line)
                .path(path.as_str())
                .annotation(AnnotationKind::Primary.span(span)),
        );
        if let Some(hint) = &self.hint {
            group = group.element(Level::HELP.message(hint.as_str()));
        }
        if let Some(detail) = &self.detail {
            group = group.element(Level::NOTE.message(detail.as_str()));
        }
        Renderer::plain().decor_style(DecorStyle::Unicode).render(&[group])
    }
}

/// The byte range to underline on a line: from the column (1-based, in
/// characters) to the end of the word there. Without a column: the first
/// `quoted` name of the message found on the line, else the line's text.
fn underline(text: &str, column: Option<usize>, message: &str) -> std::ops::Range<usize> {
    let Some(column) = column else {
        let named = message
            .split('`')
            .skip(1)
            .step_by(2)
            .filter(|n| !n.is_empty())
            .find_map(|n| text.find(n).map(|i| i..i + n.len()));
        if let Some(range) = named {
            return range;
        }
        let start = text.len() - text.trim_start().len();
        return start..text.trim_end().len().max(start);
    };
    let start = text
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(i, _)| i);
    let rest = &text[start..];
    // A word ends at a space, or at the colon that ends a YAML key.
    let len = rest
        .char_indices()
        .find(|&(i, c)| c.is_whitespace() || (c == ':' && rest[i + 1..].chars().next().is_none_or(char::is_whitespace)))
        .map_or(rest.len(), |(i, _)| i);
    let len = if len == 0 {
        rest.chars().next().map_or(0, char::len_utf8)
    } else {
        len
    };
    start..start + len
}

/// Fills in the text of the line each located problem is on, reading every
/// file once through the site's one reading rule (never through a link out
/// of the site). Problems whose file cannot be read stay as they are.
pub fn attach_sources(diagnostics: &mut [Diagnostic], root: &crate::fs::SiteRoot) {
    let mut files: std::collections::HashMap<PathBuf, Option<Vec<String>>> = std::collections::HashMap::new();
    for d in diagnostics.iter_mut().filter(|d| d.source_line.is_none()) {
        let (Some(file), Some(line)) = (&d.file, d.line) else {
            continue;
        };
        let lines = files.entry(file.clone()).or_insert_with(|| {
            root.read_text(&root.canonical().join(file))
                .ok()
                .map(|t| t.lines().map(str::to_string).collect())
        });
        if let Some(text) = lines.as_ref().and_then(|l| l.get(line.wrapping_sub(1))) {
            d.source_line = Some(text.clone());
        }
    }
}

/// The library's error type.
#[derive(Debug)]
pub enum Error {
    /// The input has problems; all of them are listed (sorted by file and line).
    Build(Vec<Diagnostic>),
    /// The command was used wrongly (bad option value, missing folder).
    Usage(String),
    /// Reading or writing a file failed.
    Io {
        /// The path being read or written.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
}

impl Error {
    /// Sets the kind of every diagnostic of a build error that has none yet.
    pub fn with_kind(self, kind: Kind) -> Self {
        match self {
            Error::Build(d) => Error::Build(d.into_iter().map(|d| d.kind(kind)).collect()),
            other => other,
        }
    }

    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// An error made of diagnostics, sorted so that output is stable.
    pub fn build(mut diagnostics: Vec<Diagnostic>) -> Self {
        diagnostics.sort();
        diagnostics.dedup();
        Error::Build(diagnostics)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Build(diagnostics) => {
                for d in diagnostics {
                    writeln!(f, "{d}")?;
                }
                let errors = diagnostics.iter().filter(|d| d.is_error()).count();
                write!(
                    f,
                    "build failed with {errors} error{}; the previous output was left untouched",
                    if errors == 1 { "" } else { "s" }
                )
            }
            Error::Usage(message) => write!(f, "{message}"),
            Error::Io { path, source } => write!(f, "{}: {source}", path.display()),
        }
    }
}

impl std::error::Error for Error {}

/// Result alias for the library.
pub type Result<T> = std::result::Result<T, Error>;

/// Collects diagnostics while a stage runs over many inputs.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Adds one diagnostic.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// Adds many diagnostics.
    pub fn extend(&mut self, diagnostics: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(diagnostics);
    }

    /// True if at least one error (not warning) was collected.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// Sets the kind of every diagnostic that has none yet.
    pub fn set_kind(&mut self, kind: Kind) {
        for d in &mut self.items {
            d.kind.get_or_insert(kind);
        }
    }

    /// Fails with every diagnostic when there are errors; otherwise returns
    /// the warnings.
    pub fn finish(self) -> Result<Vec<Diagnostic>> {
        if self.has_errors() {
            Err(Error::build(self.items))
        } else {
            let mut items = self.items;
            items.sort();
            items.dedup();
            Ok(items)
        }
    }

    /// Takes the collected diagnostics out.
    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.items
    }
}

/// The closest candidate to `word`, for "did you mean" hints.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names() {
        let fields = ["title", "description", "date"];
        assert_eq!(did_you_mean("descripton", fields), Some("description"));
        assert_eq!(did_you_mean("zzz", fields), None);
    }

    #[test]
    fn displays_location_and_hint() {
        let d = Diagnostic::error(Some(PathBuf::from("content/sv/a.md")), "bad")
            .at(3, Some(7))
            .hint("fix it");
        assert_eq!(d.to_string(), "error: content/sv/a.md:3:7: bad\n  hint: fix it");
    }
}
