//! `tolk po`: gettext catalogues for segment-level translation.
//!
//! The source language's pages are cut into messages, one per translatable
//! block (headings, paragraphs, tight list items, table cells, the text of
//! blockquotes and callouts, image alt texts and titles) and per
//! translatable front-matter field (`title`, `description`, the event's
//! `venue` and `audience`); inline Markdown stays in the message, code
//! blocks, HTML, URLs, slugs and dates are never messages. Every message
//! names the page and line it comes from (`#: content/sv/about.md:12`).
//!
//! `po/messages.pot` is the template; `po/<lang>.po` is updated by
//! gettext's rules: an unchanged message keeps its translation, a changed
//! one keeps the old translation marked `fuzzy` with the previous source
//! text (`#| msgid`), a removed one becomes obsolete (`#~`). The files are
//! read and written with `rspolib` and written atomically inside the site.

pub mod catalogue;
pub mod pages;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use rspolib::{FileOptions, POEntry, POFile};

use crate::config::Config;
use crate::content::front_matter;
use crate::error::{Diagnostic, Error, Result};
use crate::fs::SiteRoot;

/// One message found in the source pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The source text (inline Markdown kept).
    pub text: String,
    /// Where it was written: the file below the site and the line.
    pub references: Vec<(String, usize)>,
}

/// What `tolk po` wrote.
#[derive(Debug, Default)]
pub struct Report {
    /// Messages in the template.
    pub messages: usize,
    /// Per catalogue written: (language, translated, fuzzy, untranslated, obsolete).
    pub catalogues: Vec<(String, usize, usize, usize, usize)>,
}

/// Front-matter fields that are messages, with their YAML path.
const FIELDS: &[(&str, &[&str])] = &[
    ("title", &["title"]),
    ("description", &["description"]),
    ("event.venue", &["event", "venue"]),
    ("event.audience", &["event", "audience"]),
];

/// Extracts the messages of every source-language page, in page order
/// (file names) and then line order; a text written twice is one message
/// with both references.
///
/// # Errors
/// Unreadable files or front matter, every problem together.
pub fn extract(config: &Config) -> Result<Vec<Message>> {
    let root = SiteRoot::new(&config.root)?;
    let dir = config.root.join("content").join(config.default_language.as_str());
    let mut messages: Vec<Message> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut problems = Vec::new();
    for entry in crate::fs::walk(&dir) {
        let entry = entry.map_err(|e| Error::Usage(format!("cannot read {}: {e}", dir.display())))?;
        if !entry.file_type().is_file() || entry.path().extension().is_none_or(|e| e != "md") {
            continue;
        }
        if let Err(d) = crate::fs::check_symlink(&config.root, &entry) {
            problems.push(d);
            continue;
        }
        let rel = crate::fs::relative_to(&config.root, entry.path());
        let shown = rel.to_string_lossy().replace('\\', "/");
        let text = match root.read_text(entry.path()) {
            Ok(t) => t,
            Err(Error::Build(ds)) => {
                problems.extend(ds);
                continue;
            }
            Err(e) => return Err(e),
        };
        match page_messages(&text, &rel) {
            Ok(found) => {
                for (text, line) in found {
                    match index.get(&text) {
                        Some(&i) => messages[i].references.push((shown.clone(), line)),
                        None => {
                            index.insert(text.clone(), messages.len());
                            messages.push(Message {
                                text,
                                references: vec![(shown.clone(), line)],
                            });
                        }
                    }
                }
            }
            Err(d) => problems.push(d),
        }
    }
    if problems.is_empty() {
        Ok(messages)
    } else {
        Err(Error::build(problems))
    }
}

/// The messages of one page with their lines.
///
/// # Errors
/// A page without front matter or with YAML that cannot be read.
pub fn page_messages(text: &str, file: &Path) -> std::result::Result<Vec<(String, usize)>, Diagnostic> {
    let parts = parts(text, file)?;
    let mut out: Vec<(String, usize)> = parts.fields.into_iter().map(|(_, text, line)| (text, line)).collect();
    out.extend(body_messages(&parts.body, parts.body_line));
    Ok(out)
}

/// A source page cut for translation: its translatable front-matter
/// fields (name as in [`FIELDS`], text, line) and its Markdown body.
pub(crate) struct Parts {
    pub fields: Vec<(&'static str, String, usize)>,
    pub body: String,
    pub body_line: usize,
}

/// Cuts a page's text into [`Parts`].
pub(crate) fn parts(text: &str, file: &Path) -> std::result::Result<Parts, Diagnostic> {
    let text = front_matter::normalize_newlines(text);
    let split = front_matter::split(&text, file)?;
    let yaml: serde_json::Value = crate::yaml::parse_yaml(split.yaml, split.yaml_line, file, front_matter::FIELDS)?;
    let mut fields = Vec::new();
    for (name, path) in FIELDS {
        let mut value = &yaml;
        for key in *path {
            value = value.get(key).unwrap_or(&serde_json::Value::Null);
        }
        if let Some(s) = value.as_str().filter(|s| !s.trim().is_empty()) {
            fields.push((
                *name,
                s.trim().to_string(),
                field_line(split.yaml, split.yaml_line, path),
            ));
        }
    }
    Ok(Parts {
        fields,
        body: split.body.to_string(),
        body_line: split.body_line,
    })
}

/// The file line of a (possibly nested) front-matter key.
fn field_line(yaml: &str, yaml_line: usize, path: &[&str]) -> usize {
    let mut want = 0;
    for (i, line) in yaml.lines().enumerate() {
        let indent = line.len() - line.trim_start().len();
        if (want == 0 && indent == 0 || want > 0 && indent > 0)
            && line.trim_start().starts_with(&format!("{}:", path[want]))
        {
            want += 1;
            if want == path.len() {
                return yaml_line + i;
            }
        }
    }
    yaml_line
}

/// What kind of text a message is, for putting its translation back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SegmentKind {
    /// A paragraph, list item, definition or blockquote text: may span lines.
    Block,
    /// A heading or a table cell: one line.
    Line,
    /// An image's alt text.
    Alt,
    /// An image's title.
    Title,
}

/// One message of a body with the bytes it was cut from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Segment {
    /// The message (see [`clean`]).
    pub text: String,
    /// File line.
    pub line: usize,
    /// Byte range in the body.
    pub start: usize,
    pub end: usize,
    pub kind: SegmentKind,
}

/// A block collecting the range of its inline content.
struct Open {
    /// Whether this block's inline text is a message (not an item holding
    /// paragraphs, not a code block).
    leaf: bool,
    kind: SegmentKind,
    start: Option<usize>,
    end: usize,
    /// Some text outside images (an image alone is only its alt text).
    has_text: bool,
}

/// The messages of a Markdown body (first body line `body_line`).
pub fn body_messages(body: &str, body_line: usize) -> Vec<(String, usize)> {
    segments(body, body_line)
        .into_iter()
        .map(|s| (s.text, s.line))
        .collect()
}

/// An image being read: its bytes, its alt text and the alt's bytes, its title.
type OpenImage = (std::ops::Range<usize>, String, Option<(usize, usize)>, String);

/// The messages of a Markdown body with their byte ranges, in body order.
pub(crate) fn segments(body: &str, body_line: usize) -> Vec<Segment> {
    let options = markdown_options();
    let line_of = |offset: usize| body_line + body[..offset].matches('\n').count();
    let mut out: Vec<Segment> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut image: Option<OpenImage> = None;
    let mut in_code = false;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Image { title, .. }) => {
                image = Some((range.clone(), String::new(), None, title.to_string()));
                if let Some(open) = stack.last_mut() {
                    open.start.get_or_insert(range.start);
                    open.end = open.end.max(range.end);
                }
            }
            Event::End(TagEnd::Image) => {
                if let Some((whole, alt, alt_bytes, title)) = image.take() {
                    let at = whole.start;
                    if !alt.trim().is_empty() {
                        let (start, end) = alt_bytes.unwrap_or((at, at));
                        out.push(Segment {
                            text: alt.trim().to_string(),
                            line: line_of(at),
                            start,
                            end,
                            kind: SegmentKind::Alt,
                        });
                    }
                    let title = title.trim();
                    if !title.is_empty() {
                        // The title as written: the last occurrence in the image's source.
                        let (start, end) = body[whole.clone()].rfind(title).map_or((whole.end, whole.end), |i| {
                            (whole.start + i, whole.start + i + title.len())
                        });
                        out.push(Segment {
                            text: title.to_string(),
                            line: line_of(at),
                            start,
                            end,
                            kind: SegmentKind::Title,
                        });
                    }
                }
            }
            Event::Start(tag) => {
                if matches!(tag, Tag::CodeBlock(_)) {
                    in_code = true;
                }
                let block = matches!(
                    tag,
                    Tag::Paragraph
                        | Tag::Heading { .. }
                        | Tag::BlockQuote(_)
                        | Tag::CodeBlock(_)
                        | Tag::HtmlBlock
                        | Tag::List(_)
                        | Tag::Item
                        | Tag::FootnoteDefinition(_)
                        | Tag::Table(_)
                        | Tag::TableHead
                        | Tag::TableRow
                        | Tag::TableCell
                        | Tag::DefinitionList
                        | Tag::DefinitionListTitle
                        | Tag::DefinitionListDefinition
                );
                if block {
                    if let Some(parent) = stack.last_mut() {
                        parent.leaf = false;
                    }
                    let kind = if matches!(tag, Tag::Heading { .. } | Tag::TableCell) {
                        SegmentKind::Line
                    } else {
                        SegmentKind::Block
                    };
                    stack.push(Open {
                        kind,
                        leaf: matches!(
                            tag,
                            Tag::Paragraph
                                | Tag::Heading { .. }
                                | Tag::Item
                                | Tag::TableCell
                                | Tag::DefinitionListTitle
                                | Tag::DefinitionListDefinition
                        ),
                        start: None,
                        end: 0,
                        has_text: false,
                    });
                } else if let Some(open) = stack.last_mut() {
                    open.start.get_or_insert(range.start);
                    open.end = open.end.max(range.end);
                }
            }
            Event::End(tag) => {
                if matches!(tag, TagEnd::CodeBlock) {
                    in_code = false;
                }
                let block = matches!(
                    tag,
                    TagEnd::Paragraph
                        | TagEnd::Heading(_)
                        | TagEnd::BlockQuote(_)
                        | TagEnd::CodeBlock
                        | TagEnd::HtmlBlock
                        | TagEnd::List(_)
                        | TagEnd::Item
                        | TagEnd::FootnoteDefinition
                        | TagEnd::Table
                        | TagEnd::TableHead
                        | TagEnd::TableRow
                        | TagEnd::TableCell
                        | TagEnd::DefinitionList
                        | TagEnd::DefinitionListTitle
                        | TagEnd::DefinitionListDefinition
                );
                if block && let Some(open) = stack.pop() {
                    if open.leaf
                        && open.has_text
                        && let Some(start) = open.start
                    {
                        let text = clean(&body[start..open.end]);
                        if !text.is_empty() {
                            out.push(Segment {
                                text,
                                line: line_of(start),
                                start,
                                end: open.end,
                                kind: open.kind,
                            });
                        }
                    }
                } else if let Some(open) = stack.last_mut() {
                    open.end = open.end.max(range.end);
                }
            }
            Event::Text(text) if image.is_some() => {
                if let Some((_, alt, bytes, _)) = image.as_mut() {
                    alt.push_str(&text);
                    let (start, end) = bytes.get_or_insert((range.start, range.end));
                    *start = (*start).min(range.start);
                    *end = (*end).max(range.end);
                }
            }
            Event::Html(_) | Event::Rule => {}
            _ if in_code => {}
            _ => {
                if let Some(open) = stack.last_mut() {
                    open.start.get_or_insert(range.start);
                    open.end = open.end.max(range.end);
                    if matches!(
                        event,
                        Event::Text(_) | Event::Code(_) | Event::InlineHtml(_) | Event::FootnoteReference(_)
                    ) {
                        open.has_text = true;
                    }
                }
            }
        }
    }
    // A block before the alt text of an image it starts with.
    out.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    out
}

/// A block's source text as one message: continuation lines without the
/// blockquote markers and indentation they carry in the file.
fn clean(source: &str) -> String {
    source
        .lines()
        .enumerate()
        .map(|(i, line)| {
            if i == 0 {
                line.trim()
            } else {
                line.trim_start().trim_start_matches(['>', ' ']).trim_end()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

/// gettext's `Plural-Forms` for a language, from CLDR's plural rules as
/// gettext writes them; `None` for a language not in the table.
pub fn plural_forms(lang: &str) -> Option<&'static str> {
    let base = lang.split(['-', '_']).next().unwrap_or(lang);
    Some(match base {
        "ja" | "zh" | "ko" | "vi" | "th" | "id" | "ms" => "nplurals=1; plural=0;",
        "fr" | "hy" | "kab" => "nplurals=2; plural=(n > 1);",
        "pt" if lang.ends_with("BR") => "nplurals=2; plural=(n > 1);",
        "sv" | "en" | "de" | "nl" | "da" | "nb" | "nn" | "no" | "fi" | "et" | "es" | "it" | "pt" | "el" | "hu"
        | "tr" | "bg" | "ca" | "eu" | "gl" | "af" | "sq" | "ka" | "az" | "kk" | "ur" | "hi" | "bn" | "ta" | "te"
        | "ml" | "sw" | "is" | "fa" => "nplurals=2; plural=(n != 1);",
        "ru" | "uk" | "be" | "sr" | "hr" | "bs" => {
            "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 : 2);"
        }
        "pl" => "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 : 2);",
        "cs" | "sk" => "nplurals=3; plural=((n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2);",
        "lt" => {
            "nplurals=3; plural=(n%10==1 && (n%100<11 || n%100>19) ? 0 : n%10>=2 && n%10<=9 && (n%100<11 || n%100>19) ? 1 : 2);"
        }
        "lv" => "nplurals=3; plural=(n%10==0 || (n%100>=11 && n%100<=19) ? 0 : n%10==1 && n%100!=11 ? 1 : 2);",
        "ro" => "nplurals=3; plural=(n==1 ? 0 : n==0 || (n!=1 && n%100>=1 && n%100<=19) ? 1 : 2);",
        "sl" => "nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);",
        "he" => "nplurals=2; plural=(n != 1);",
        "ar" => "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
        _ => return None,
    })
}

fn header(config: &Config, lang: Option<&str>) -> POFile {
    let mut file = POFile::new(FileOptions::default());
    file.header = Some(format!(
        "Translations of the site \"{}\" ({}).\nWritten by `tolk po`: translate the msgstr lines in any PO editor;\nrun `tolk po` again after the source pages change.",
        config.title, config.default_language
    ));
    let mut meta = vec![
        ("Project-Id-Version", config.title.clone()),
        ("Language", lang.unwrap_or("").to_string()),
        ("MIME-Version", "1.0".to_string()),
        ("Content-Type", "text/plain; charset=UTF-8".to_string()),
        ("Content-Transfer-Encoding", "8bit".to_string()),
    ];
    if lang.is_some() {
        meta.push(("Last-Translator", String::new()));
        meta.push(("Language-Team", String::new()));
        meta.push(("PO-Revision-Date", String::new()));
    }
    if let Some(forms) = lang.and_then(plural_forms) {
        meta.push(("Plural-Forms", forms.to_string()));
    }
    file.metadata = meta.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    file
}

fn entry(message: &Message) -> POEntry {
    let mut e = POEntry::new(0);
    e.msgid = message.text.clone();
    e.msgstr = Some(String::new());
    e.occurrences = message
        .references
        .iter()
        .map(|(f, l)| (f.clone(), l.to_string()))
        .collect();
    e
}

/// Merges the messages into an existing catalogue by gettext's rules.
pub fn merge(messages: &[Message], old: Option<&POFile>, mut into: POFile) -> POFile {
    let old_entries: Vec<&POEntry> = old.map(|f| f.entries.iter().collect()).unwrap_or_default();
    let by_id: HashMap<&str, &POEntry> = old_entries.iter().map(|e| (e.msgid.as_str(), *e)).collect();
    let mut used: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for message in messages {
        used.insert(message.text.as_str());
    }
    for message in messages {
        let mut e = entry(message);
        if let Some(prev) = by_id.get(message.text.as_str()) {
            e.msgstr = prev.msgstr.clone();
            e.flags = prev.flags.clone();
            e.tcomment = prev.tcomment.clone();
            e.previous_msgid = prev.previous_msgid.clone().filter(|_| prev.fuzzy());
        } else if let Some(prev) = similar(&message.text, &old_entries, &used) {
            used.insert(prev.msgid.as_str());
            e.msgstr = prev.msgstr.clone();
            e.tcomment = prev.tcomment.clone();
            e.flags = vec!["fuzzy".to_string()];
            e.previous_msgid = Some(prev.previous_msgid.clone().unwrap_or_else(|| prev.msgid.clone()));
        }
        into.entries.push(e);
    }
    for prev in old_entries {
        let translated = prev.msgstr.as_deref().is_some_and(|s| !s.is_empty());
        if used.contains(prev.msgid.as_str()) || !translated {
            continue;
        }
        let mut e = POEntry::new(0);
        e.msgid = prev.msgid.clone();
        e.msgstr = prev.msgstr.clone();
        e.tcomment = prev.tcomment.clone();
        e.obsolete = true;
        into.entries.push(e);
    }
    into
}

/// The most similar translated entry not used by another message (as
/// msgmerge's fuzzy matching: at least 60 % alike).
fn similar<'a>(text: &str, old: &[&'a POEntry], used: &std::collections::HashSet<&str>) -> Option<&'a POEntry> {
    old.iter()
        .filter(|e| !used.contains(e.msgid.as_str()) && e.msgstr.as_deref().is_some_and(|s| !s.is_empty()))
        .map(|e| (strsim::normalized_levenshtein(text, &e.msgid), *e))
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, e)| e)
}

/// Reads a catalogue, with the PO file's problems located in it.
///
/// # Errors
/// A diagnostic naming the file and line when it is not valid PO.
pub fn read(root: &SiteRoot, path: &Path) -> Result<POFile> {
    let text = root.read_text(path)?;
    let rel = root.relative(path);
    catalogue::lint(&text, &rel).map_err(|d| Error::build(vec![d]))?;
    parse_po(&text, &rel).map_err(|d| Error::build(vec![d]))
}

/// Parses PO text with `rspolib`, after [`catalogue::lint`] has located
/// the syntax problems it knows.
pub(crate) fn parse_po(text: &str, rel: &Path) -> std::result::Result<POFile, Diagnostic> {
    let hint = "check it with `msgfmt --check`, or move it away and run `tolk po` to write a new one";
    // rspolib reads a text naming an existing file as that file's path:
    // such a "catalogue" (one line, no PO in it) is refused before.
    if !text.contains('\n') && Path::new(text.trim()).exists() {
        return Err(Diagnostic::error(
            rel.to_path_buf(),
            "this is not a valid PO catalogue (it holds only a file name)",
        )
        .hint("move it away and run `tolk po` to write a new one")
        .kind(crate::error::Kind::Catalogue));
    }
    // Its parser panics on some malformed lines that the lint does not
    // know: contained here, without the panic message. The hook is
    // process-wide, so the swap is serialised.
    static HOOK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let guard = HOOK.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let parsed = std::panic::catch_unwind(|| rspolib::pofile(text));
    std::panic::set_hook(hook);
    drop(guard);
    match parsed {
        Ok(Ok(file)) => Ok(file),
        Ok(Err(e)) => Err(
            Diagnostic::error(rel.to_path_buf(), format!("this is not a valid PO catalogue: {e}"))
                .hint(hint)
                .kind(crate::error::Kind::Catalogue),
        ),
        Err(_) => Err(Diagnostic::error(
            rel.to_path_buf(),
            "this is not a valid PO catalogue (the PO reader could not parse it)",
        )
        .hint(hint)
        .kind(crate::error::Kind::Catalogue)),
    }
}

/// The Markdown extensions messages are cut with (the renderer's, without
/// typographic punctuation, which changes no structure).
pub(crate) fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
}

/// `tolk po`: writes `po/messages.pot` and updates `po/<lang>.po` for
/// `lang`, or for every language but the source language.
///
/// # Errors
/// Unreadable pages or catalogues; a language not in site.yaml.
pub fn update(config: &Config, lang: Option<&str>) -> Result<Report> {
    let languages: Vec<String> = match lang {
        Some(l) if config.language(l).is_none() => {
            return Err(Error::Usage(format!("`{l}` is not a language of site.yaml")));
        }
        Some(l) if l == config.default_language.as_str() => {
            return Err(Error::Usage(format!(
                "`{l}` is the source language; its pages are the messages. Give a language to translate into"
            )));
        }
        Some(l) => vec![l.to_string()],
        None => config
            .languages
            .iter()
            .map(|l| l.lang.to_string())
            .filter(|l| l != config.default_language.as_str())
            .collect(),
    };
    let root = SiteRoot::new(&config.root)?;
    let messages = extract(config)?;
    let dir = config.root.join("po");
    root.check(&dir).map_err(|d| Error::build(vec![d]))?;
    // Read every old catalogue before writing anything.
    let mut old = Vec::new();
    for l in &languages {
        let path = dir.join(format!("{l}.po"));
        old.push(if path.exists() { Some(read(&root, &path)?) } else { None });
    }
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(Path::new("po"), e))?;
    let pot = merge(&messages, None, header(config, None));
    root.write(&dir.join("messages.pot"), pot.to_string().as_bytes())?;
    let mut report = Report {
        messages: messages.len(),
        ..Default::default()
    };
    for (l, old) in languages.iter().zip(old) {
        let mut fresh = header(config, Some(l));
        if let Some(old) = &old {
            // What translators' tools wrote in the header stays (Last-Translator,
            // Language-Team, PO-Revision-Date, …); tolk sets only its own fields.
            for (k, v) in &old.metadata {
                if k != "Language" && k != "Content-Type" && k != "Content-Transfer-Encoding" && k != "MIME-Version" {
                    fresh.metadata.insert(k.clone(), v.clone());
                }
            }
            if old.header.as_deref().is_some_and(|h| !h.trim().is_empty()) {
                fresh.header.clone_from(&old.header);
            }
        }
        let file = merge(&messages, old.as_ref(), fresh);
        let (mut t, mut f, mut u, mut o) = (0, 0, 0, 0);
        for e in &file.entries {
            match (
                e.obsolete,
                e.fuzzy(),
                e.msgstr.as_deref().is_some_and(|s| !s.is_empty()),
            ) {
                (true, _, _) => o += 1,
                (_, true, _) => f += 1,
                (_, _, true) => t += 1,
                _ => u += 1,
            }
        }
        let path: PathBuf = dir.join(format!("{l}.po"));
        root.write(&path, file.to_string().as_bytes())?;
        report.catalogues.push((l.clone(), t, f, u, o));
    }
    Ok(report)
}
