//! Reading a translated catalogue for the build and checking each
//! translation against its source message.
//!
//! Owns: the PO syntax check that locates a problem by line and column
//! before `rspolib` reads the file (its parser reports few lines and panics
//! on some inputs), the line of every entry, and the rule that a
//! translation keeps its source's Markdown structure and placeholders. Does
//! not write catalogues (that is `tolk po`, in the parent module).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Parser, Tag};

use super::SegmentKind;
use crate::error::{Diagnostic, Kind};
use crate::fs::SiteRoot;

/// One translated message as the build uses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    /// The `msgstr` (empty when untranslated).
    pub text: String,
    /// Marked `fuzzy`: the source changed since; not published.
    pub fuzzy: bool,
    /// Line of the entry's `msgstr` in the catalogue (what to fix), 0 when
    /// unknown.
    pub line: usize,
}

/// One language's catalogue, `po/<lang>.po`.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    /// The file, relative to the site (`po/en.po`).
    pub file: PathBuf,
    /// By source text (`msgid`); obsolete entries left out.
    pub entries: HashMap<String, Translation>,
}

impl Catalogue {
    /// The published translation of `msgid`: translated and not fuzzy.
    pub fn translated(&self, msgid: &str) -> Option<&Translation> {
        self.entries.get(msgid).filter(|t| !t.fuzzy && !t.text.is_empty())
    }
}

fn invalid(file: &Path, line: usize, column: usize, what: impl Into<String>) -> Diagnostic {
    Diagnostic::error(
        file.to_path_buf(),
        format!("this is not a valid PO catalogue: {}", what.into()),
    )
    .at(line, Some(column))
    .hint("fix the line (a PO editor such as Poedit shows it too; `msgfmt --check` names it), or move the file away and run `tolk po` to write a new one")
    .kind(Kind::Catalogue)
}

/// Checks the PO syntax line by line: every line is empty, a comment, a
/// keyword (`msgctxt`, `msgid`, `msgid_plural`, `msgstr`, `msgstr[N]`)
/// followed by a string, or a continuation string; strings are closed and
/// their escapes valid. Returns the first problem, located.
///
/// ```
/// use std::path::Path;
/// use tolk::po::catalogue::lint;
/// assert!(lint("msgid \"a\"\nmsgstr \"b\"\n", Path::new("po/en.po")).is_ok());
/// let d = lint("msgid \"a\"\nmsgstr \"b\n", Path::new("po/en.po")).unwrap_err();
/// assert_eq!(d.line, Some(2));
/// ```
///
/// # Errors
/// The first line that is not PO, with its line and column.
pub fn lint(text: &str, file: &Path) -> Result<(), Diagnostic> {
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let trimmed = raw.trim_start();
        let indent = raw.len() - trimmed.len();
        let body = match trimmed.strip_prefix("#~").or_else(|| trimmed.strip_prefix("#|")) {
            // Obsolete and previous entries carry the same syntax after their mark.
            Some(rest) => rest.trim_start(),
            None if trimmed.starts_with('#') || trimmed.trim().is_empty() => continue,
            None => trimmed,
        };
        if body.is_empty() {
            continue;
        }
        let column = |rest: &str| raw.len() - rest.len() + 1;
        let string = if body.starts_with('"') {
            body
        } else {
            let keyword_end = body.find([' ', '\t', '"']).unwrap_or(body.len());
            let keyword = &body[..keyword_end];
            let known = matches!(keyword, "msgctxt" | "msgid" | "msgid_plural" | "msgstr")
                || keyword
                    .strip_prefix("msgstr[")
                    .and_then(|k| k.strip_suffix(']'))
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
            if !known {
                return Err(invalid(
                    file,
                    line,
                    indent + 1,
                    format!(
                        "`{}` is not a PO keyword (msgid, msgstr, msgctxt, msgid_plural, msgstr[N])",
                        keyword.escape_debug()
                    ),
                ));
            }
            let rest = body[keyword_end..].trim_start();
            if !rest.starts_with('"') {
                return Err(invalid(
                    file,
                    line,
                    column(rest),
                    format!("`{keyword}` is not followed by a quoted string"),
                ));
            }
            rest
        };
        check_string(string).map_err(|(at, what)| invalid(file, line, column(string) + at, what))?;
    }
    Ok(())
}

/// Checks one quoted PO string (`"…"` and nothing after it): the offset in
/// characters and what is wrong.
fn check_string(s: &str) -> Result<(), (usize, &'static str)> {
    let mut chars = s.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => {
                let after = s[i + 1..].trim();
                return if after.is_empty() {
                    Ok(())
                } else {
                    Err((
                        s[..=i].chars().count(),
                        "text after the closing quote (a quote inside a string is written \\\")",
                    ))
                };
            }
            '\\' => match chars.next() {
                Some((_, 'n' | 't' | 'r' | '"' | '\\' | 'a' | 'b' | 'f' | 'v' | '\'' | '?' | 'x' | '0'..='7')) => {}
                _ => return Err((s[..i].chars().count(), "an unknown escape (write \\\\ for a backslash)")),
            },
            _ => {}
        }
    }
    Err((s.chars().count(), "the string is not closed with a quote"))
}

/// Reads `po/<lang>.po` for the build.
///
/// # Errors
/// A located diagnostic when the file cannot be read or is not valid PO.
pub fn load(root: &SiteRoot, path: &Path) -> Result<Catalogue, Diagnostic> {
    let rel = root.relative(path);
    let text = match root.read_text(path) {
        Ok(t) => t,
        Err(crate::error::Error::Build(mut ds)) if !ds.is_empty() => return Err(ds.remove(0)),
        Err(e) => return Err(Diagnostic::error(rel, e.to_string())),
    };
    parse(&text, &rel)
}

/// Parses a catalogue's text (pure).
///
/// # Errors
/// A located diagnostic when the text is not valid PO.
pub fn parse(text: &str, rel: &Path) -> Result<Catalogue, Diagnostic> {
    lint(text, rel)?;
    let file = super::parse_po(text, rel)?;
    let lines = msgstr_lines(text);
    // Moved out of the parse, not copied: a site's catalogue can hold
    // hundreds of thousands of messages.
    let live: Vec<rspolib::POEntry> = file.entries.into_iter().filter(|e| !e.obsolete).collect();
    let known_lines = lines.len() == live.len();
    let mut entries = HashMap::with_capacity(live.len());
    for (i, e) in live.into_iter().enumerate() {
        if e.msgid.is_empty() || e.msgid_plural.is_some() {
            continue;
        }
        let fuzzy = e.fuzzy();
        entries.insert(
            e.msgid,
            Translation {
                text: e.msgstr.unwrap_or_default(),
                fuzzy,
                line: if known_lines { lines[i] } else { 0 },
            },
        );
    }
    Ok(Catalogue {
        file: rel.to_path_buf(),
        entries,
    })
}

/// The line of each live entry's `msgstr`, in file order, the header's
/// (`msgid ""` first in the file) left out.
fn msgstr_lines(text: &str) -> Vec<usize> {
    let all: Vec<&str> = text.lines().collect();
    msgid_lines(text)
        .into_iter()
        .map(|at| {
            all.iter()
                .enumerate()
                .skip(at)
                .find(|(_, l)| l.starts_with("msgstr"))
                .map_or(at, |(i, _)| i + 1)
        })
        .collect()
}

/// The line of each live entry's `msgid`, in file order, the header's
/// (`msgid ""` first in the file) left out.
fn msgid_lines(text: &str) -> Vec<usize> {
    let mut lines: Vec<(usize, bool)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with("msgid ") || l.starts_with("msgid\t"))
        .map(|(i, l)| (i + 1, l[6..].trim() == "\"\""))
        .collect();
    if let Some((_, true)) = lines.first() {
        // A header's msgid is `""` with no continuation line after it.
        let first = lines[0].0;
        let next = text.lines().nth(first).unwrap_or("");
        if !next.trim_start().starts_with('"') {
            lines.remove(0);
        }
    }
    lines.into_iter().map(|(l, _)| l).collect()
}

/// What a translation must keep of its source.
#[derive(Debug, Default, PartialEq, Eq)]
struct Shape {
    blocks: Vec<&'static str>,
    links: usize,
    content_links: Vec<String>,
    images: usize,
    emphasis: usize,
    strong: usize,
    strikethrough: usize,
    code: Vec<String>,
    footnotes: Vec<String>,
    html: usize,
    placeholders: Vec<String>,
}

fn shape(text: &str) -> Shape {
    let mut s = Shape::default();
    let mut depth = 0usize;
    for event in Parser::new_ext(text, super::markdown_options()) {
        match event {
            Event::Start(tag) => {
                if depth == 0 {
                    s.blocks.push(match tag {
                        Tag::Paragraph => "a paragraph",
                        Tag::Heading { .. } => "a heading",
                        Tag::List(_) => "a list",
                        Tag::BlockQuote(_) => "a quotation",
                        Tag::CodeBlock(_) => "a code block",
                        Tag::Table(_) => "a table",
                        _ => "a block",
                    });
                }
                depth += 1;
                match tag {
                    Tag::Link { dest_url, .. } => {
                        s.links += 1;
                        if dest_url.starts_with("@/") {
                            s.content_links.push(dest_url.to_string());
                        }
                    }
                    Tag::Image { .. } => s.images += 1,
                    Tag::Emphasis => s.emphasis += 1,
                    Tag::Strong => s.strong += 1,
                    Tag::Strikethrough => s.strikethrough += 1,
                    _ => {}
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Code(c) => s.code.push(c.to_string()),
            Event::FootnoteReference(f) => s.footnotes.push(f.to_string()),
            Event::InlineHtml(_) => s.html += 1,
            Event::Text(t) => s.placeholders.extend(placeholders(&t)),
            _ => {}
        }
    }
    s.content_links.sort();
    s.code.sort();
    s.footnotes.sort();
    s.placeholders.sort();
    s
}

/// Placeholders in a text: `{name}`, `{{ … }}`, `%s`, `%1$s`, `%d`.
///
/// ```
/// assert_eq!(tolk::po::catalogue::placeholders("Hej {name}, %s och {{ år }}"), ["{name}", "%s", "{{ år }}"]);
/// ```
pub fn placeholders(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if text[i..].starts_with("{{")
            && let Some(end) = text[i..].find("}}")
        {
            out.push(text[i..i + end + 2].to_string());
            i += end + 2;
            continue;
        }
        if bytes[i] == b'{'
            && let Some(end) = text[i + 1..].find('}')
            && end > 0
            && text[i + 1..i + 1 + end]
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '$' || c == '-')
        {
            out.push(text[i..i + end + 2].to_string());
            i += end + 2;
            continue;
        }
        if bytes[i] == b'%' {
            let rest = &text[i + 1..];
            let digits = rest.bytes().take_while(|b| b.is_ascii_digit() || *b == b'$').count();
            if let Some(b's' | b'd') = rest.as_bytes().get(digits) {
                out.push(text[i..i + digits + 2].to_string());
                i += digits + 2;
                continue;
            }
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// Checks a translation against its source message: the same blocks (for
/// a paragraph-like message), the same number of links, images, emphasis,
/// strong and struck-through text and inline HTML, the same content links
/// (`@/…`), code spans, footnotes and placeholders. `Err` says what differs
/// in words a translator can act on.
///
/// ```
/// use tolk::po::catalogue::check;
/// assert!(check("Läs [mer](@/om.md).", "Read [more](@/om.md).").is_ok());
/// assert!(check("Läs [mer](@/om.md).", "Read more.").unwrap_err().contains("1 link"));
/// assert!(check("Ring `112`.", "Call `911`.").unwrap_err().contains("`112`"));
/// ```
///
/// # Errors
/// What is different, as a sentence.
pub fn check(source: &str, translation: &str) -> Result<(), String> {
    check_kind(source, translation, SegmentKind::Block)
}

pub(crate) fn check_kind(source: &str, translation: &str, kind: SegmentKind) -> Result<(), String> {
    let (a, b) = (shape(source), shape(translation));
    if a == b {
        return Ok(());
    }
    let count = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let pairs = [
        (a.links, b.links, "link", "links"),
        (a.images, b.images, "image", "images"),
        (
            a.emphasis,
            b.emphasis,
            "emphasised text (*…*)",
            "emphasised texts (*…*)",
        ),
        (a.strong, b.strong, "strong text (**…**)", "strong texts (**…**)"),
        (
            a.strikethrough,
            b.strikethrough,
            "struck-through text (~~…~~)",
            "struck-through texts (~~…~~)",
        ),
        (a.html, b.html, "HTML tag", "HTML tags"),
    ];
    for (x, y, one, many) in pairs {
        if x != y {
            return Err(format!(
                "the source has {}, the translation {}",
                count(x, one, many),
                count(y, one, many)
            ));
        }
    }
    let lists: [(&[String], &[String], &str); 4] = [
        (&a.content_links, &b.content_links, "link to a page"),
        (&a.code, &b.code, "code"),
        (&a.footnotes, &b.footnotes, "footnote"),
        (&a.placeholders, &b.placeholders, "placeholder"),
    ];
    for (x, y, what) in lists {
        if x != y {
            let shown = |v: &[String], code: bool| {
                v.iter()
                    .map(|s| if code { format!("`{s}`") } else { s.clone() })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let code = what == "code";
            return Err(format!(
                "the {what} in the source ({}) differs in the translation ({}); keep it exactly as written",
                if x.is_empty() {
                    "none".to_string()
                } else {
                    shown(x, code)
                },
                if y.is_empty() {
                    "none".to_string()
                } else {
                    shown(y, code)
                },
            ));
        }
    }
    if kind == SegmentKind::Block && a.blocks != b.blocks {
        return Err(format!(
            "the source is {}, the translation would be {}: a line starting with `-`, `#`, `>` or a number and a dot, or an empty line, starts a new block",
            a.blocks.join(" and "),
            if b.blocks.is_empty() {
                "empty".to_string()
            } else {
                b.blocks.join(" and ")
            }
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lint_locates_each_kind_of_broken_line() {
        let file = Path::new("po/en.po");
        let at = |text: &str| lint(text, file).map_err(|d| (d.line, d.column, d.message));
        assert!(at("# comment\nmsgctxt \"c\"\nmsgid \"a\"\n\"b\"\nmsgstr[0] \"x\\n\"\n#~ msgid \"old\"\n#| msgid \"prev\"\n").is_ok());
        let cases = [
            ("msgid \"a\"\nmsgstr \"b\n", 2, 10, "not closed"),
            ("msgid \"a\" x\n", 1, 10, "after the closing quote"),
            ("msgid \"a\\q\"\n", 1, 9, "unknown escape"),
            ("msgid a\n", 1, 7, "not followed by a quoted string"),
            ("msgstr[x] \"b\"\n", 1, 1, "not a PO keyword"),
            ("\"\n", 1, 2, "not closed"),
        ];
        for (text, line, column, says) in cases {
            let (l, c, message) = at(text).unwrap_err();
            assert_eq!((l, c), (Some(line), Some(column)), "{text:?}: {message}");
            assert!(message.contains(says), "{text:?}: {message}");
        }
    }

    #[test]
    fn entry_lines_skip_the_header_and_obsolete_entries() {
        let text = "msgid \"\"\nmsgstr \"Language: en\\n\"\n\n#: a.md:1\nmsgid \"Ett\"\nmsgstr \"One\"\n\n#, fuzzy\nmsgid \"Två\"\nmsgstr \"Two\"\n\n#~ msgid \"Tre\"\n#~ msgstr \"Three\"\n";
        let c = parse(text, Path::new("po/en.po")).unwrap();
        assert_eq!(c.entries["Ett"].line, 6);
        assert_eq!(c.entries["Två"].line, 10);
        assert!(c.entries["Två"].fuzzy);
        assert!(!c.entries.contains_key("Tre"));
        assert_eq!(c.translated("Två"), None);
        assert_eq!(c.translated("Ett").map(|t| t.text.as_str()), Some("One"));
    }

    #[test]
    fn a_heading_may_look_like_a_list_but_a_paragraph_may_not() {
        assert!(check_kind("1. Inledning", "Introduction", SegmentKind::Line).is_ok());
        assert!(check_kind("Ett stycke.", "1. A paragraph.", SegmentKind::Block).is_err());
        assert!(
            check_kind("Se *detta*.", "See this.", SegmentKind::Line)
                .unwrap_err()
                .contains("emphasised")
        );
        assert!(
            check_kind(
                "Läs [här](https://a.se/).",
                "Read [here](https://a.com/).",
                SegmentKind::Block
            )
            .is_ok()
        );
    }
}
