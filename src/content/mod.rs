//! Content: finding the Markdown files of every language and parsing each
//! into a [`Page`].
//!
//! Discovery touches the disk ([`load`]); parsing a file's text is pure
//! ([`page::Page::parse`]). Markdown rendering lives in [`markdown`], because
//! it needs the assembled site to resolve links.

pub mod assets;
pub mod components;
pub mod fingerprint;
pub mod front_matter;
pub mod highlight;
pub mod markdown;
pub mod metadata;
pub mod names;
pub mod page;
pub mod summary;
pub mod toc;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::Config;
use crate::error::{Diagnostic, Diagnostics, Error, Result};
use crate::fs::{check_symlink, is_editor_junk, relative_to, walk};
use crate::lang::Lang;
pub use page::{Kind, Page, Schedule};

/// A file under `content/` that is not Markdown: copied beside the pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    /// Language of the folder it is in.
    pub lang: Lang,
    /// Path below the language folder, `/`-separated.
    pub key: String,
    /// Full path on disk.
    pub source: PathBuf,
}

/// Everything read from `content/`.
#[derive(Debug, Default)]
pub struct Content {
    /// Parsed pages, sorted by language order then key.
    pub pages: Vec<Page>,
    /// Non-Markdown files.
    pub assets: Vec<Asset>,
    /// Pages left out of this build (drafts, scheduled, expired), in the
    /// same order: for the build's summary and for honest messages about
    /// links to them.
    pub held_back: Vec<HeldBack>,
}

/// A page that exists in `content/` but is not published by this build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldBack {
    /// Its language.
    pub lang: Lang,
    /// Its translation key.
    pub key: String,
    /// Its file, from the site root.
    pub file: PathBuf,
    /// Why it is left out.
    pub reason: HoldReason,
}

/// Why a page is left out of a build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoldReason {
    /// `draft: true`, built without `--drafts`.
    Draft,
    /// `publish_date` is after "now", built without `--future`.
    Scheduled(jiff::Timestamp),
    /// `expiry_date` is at or before "now", built without `--expired`.
    Expired(jiff::Timestamp),
}

impl HoldReason {
    /// What a message says about a page held back for this reason
    /// ("is scheduled for 2027-03-01T08:00:00Z (its publish_date)").
    pub fn describe(self) -> String {
        match self {
            HoldReason::Draft => "is a draft (draft: true)".into(),
            HoldReason::Scheduled(at) => {
                format!("is scheduled for {at} (its publish_date), so it is not published yet")
            }
            HoldReason::Expired(at) => format!("expired at {at} (its expiry_date), so it is no longer published"),
        }
    }

    /// How to publish a link to it anyway, or do without.
    pub fn remedy(self) -> &'static str {
        match self {
            HoldReason::Draft => {
                "remove the link until the page is published, or publish the page (remove `draft: true`); `--drafts` builds a preview with it"
            }
            HoldReason::Scheduled(_) => {
                "remove the link until then, or give this page the same publish_date so both appear together; `--future` builds a preview with it"
            }
            HoldReason::Expired(_) => {
                "remove the link, or move the target's expiry_date later; `--expired` builds a preview with it"
            }
        }
    }
}

/// Which pages a build publishes: the one place where drafts, scheduled
/// and expired pages are left out, so that no producer (pages, listings,
/// feeds, sitemap, calendars, search, aliases) ever sees them.
#[derive(Debug, Clone, Copy)]
pub struct LoadOptions {
    /// Include pages marked `draft: true`.
    pub drafts: bool,
    /// Include pages whose `publish_date` is after `now`.
    pub future: bool,
    /// Include pages whose `expiry_date` is at or before `now`.
    pub expired: bool,
    /// The moment the schedule is judged at (`--now`, else the clock).
    pub now: jiff::Timestamp,
}

impl LoadOptions {
    /// Every page, whatever its state (for `status`, which counts sources).
    pub fn everything() -> LoadOptions {
        LoadOptions {
            drafts: true,
            future: true,
            expired: true,
            now: jiff::Timestamp::now(),
        }
    }

    /// Why `page` is left out, or `None` when it is published.
    pub fn holds_back(&self, page: &Page) -> Option<HoldReason> {
        if page.draft && !self.drafts {
            return Some(HoldReason::Draft);
        }
        match page.schedule(self.now) {
            page::Schedule::Scheduled { at } if !self.future => Some(HoldReason::Scheduled(at)),
            page::Schedule::Expired { at } if !self.expired => Some(HoldReason::Expired(at)),
            _ => None,
        }
    }
}

/// Finds and parses every content file of every configured language.
///
/// # Errors
/// Every problem in every file, together.
pub fn load(config: &Config, options: LoadOptions) -> Result<(Content, Vec<Diagnostic>)> {
    let (content, diagnostics) = load_all(config, options)?;
    let warnings = diagnostics.finish()?;
    Ok((content, warnings))
}

/// Like [`load`], but keeps going past problems in files: returns every
/// page that could be read (pages with bad values without those values)
/// and every problem, errors included, so that later stages can report
/// theirs in the same run.
///
/// # Errors
/// Only when there is no content folder at all.
pub fn load_all(config: &Config, options: LoadOptions) -> Result<(Content, Diagnostics)> {
    let content_dir = config.root.join("content");
    let mut diagnostics = Diagnostics::default();
    let files = discover(config, &content_dir, &mut diagnostics)?;
    let parsed: Vec<(Option<Page>, Vec<Diagnostic>)> = files
        .par_iter()
        .map(|(lang, key, path)| {
            let rel = relative_to(&config.root, path);
            match std::fs::read(path) {
                Ok(bytes) => match decode(&bytes, &rel) {
                    Ok(text) => Page::parse_all(&text, lang, key, &rel, &config.markdown),
                    Err(problems) => (None, problems),
                },
                Err(e) => (
                    None,
                    vec![
                        Diagnostic::error(rel, format!("cannot read this file: {e}"))
                            .hint("check that it exists and is readable"),
                    ],
                ),
            }
        })
        .collect();
    let mut content = Content::default();
    for (page, problems) in parsed {
        diagnostics.extend(problems);
        let Some(page) = page else { continue };
        match options.holds_back(&page) {
            Some(reason) => content.held_back.push(HeldBack {
                lang: page.lang,
                key: page.key,
                file: page.file,
                reason,
            }),
            None => content.pages.push(page),
        }
    }
    content.assets = discover_assets(config, &content_dir);
    diagnostics.extend(assets::audit(config, &content));
    Ok((content, diagnostics))
}

/// Markdown files as (language, key, path), in a stable order.
fn discover(
    config: &Config,
    content_dir: &Path,
    diagnostics: &mut Diagnostics,
) -> Result<Vec<(Lang, String, PathBuf)>> {
    if !content_dir.is_dir() {
        return Err(Error::build(vec![
            Diagnostic::error(PathBuf::from("content"), "the site has no content folder").hint(
                "create content/<language>/_index.md for each language listed in site.yaml, e.g. content/sv/_index.md",
            ),
        ]));
    }
    let mut files = Vec::new();
    for entry in walk(content_dir) {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().map(|p| relative_to(&config.root, p));
                diagnostics.push(
                    Diagnostic::error(path, format!("cannot read this file or folder: {e}"))
                        .hint("check that it exists, is readable and is not a symbolic link loop"),
                );
                continue;
            }
        };
        if let Err(d) = check_symlink(&config.root, &entry) {
            diagnostics.push(d);
            continue;
        }
        if !entry.path().is_file() || !is_markdown(entry.path()) {
            continue;
        }
        let rel_site = relative_to(&config.root, entry.path());
        let (first, key) = lang_and_key(&relative_to(content_dir, entry.path()));
        if let Some(d) = check_key_names(&key, &rel_site) {
            diagnostics.push(d);
        } else if key.is_empty() {
            diagnostics.push(
                Diagnostic::error(rel_site, "this page is not inside a language folder").hint(format!(
                    "move it into a language folder such as content/{}/{first}",
                    config.default_language
                )),
            );
        } else if let Some(lang) = config.lang(&first) {
            files.push((lang.clone(), key.join("/"), entry.path().to_path_buf()));
        } else {
            let codes: Vec<&str> = config.languages.iter().map(|l| l.lang.code()).collect();
            diagnostics.push(
                Diagnostic::error(rel_site, format!("`{first}` is not a language listed in site.yaml")).hint(format!(
                    "add `{first}` under `languages:` in site.yaml, or move the file into one of: {}",
                    codes.join(", ")
                )),
            );
        }
    }
    let order = |lang: &Lang| config.languages.iter().position(|l| l.lang == *lang);
    files.sort_by(|a, b| (order(&a.0), &a.1, &a.2).cmp(&(order(&b.0), &b.1, &b.2)));
    for pair in files.windows(2) {
        if pair[0].0 == pair[1].0 && pair[0].1 == pair[1].1 {
            diagnostics.push(
                Diagnostic::error(
                    relative_to(&config.root, &pair[1].2),
                    format!(
                        "this file has the same name as {} once both are written the same way (Unicode NFC): they would be one page",
                        relative_to(&config.root, &pair[0].2).display()
                    ),
                )
                .hint("the two names differ only in how an accented letter is encoded; delete or rename one of them")
                .kind(crate::error::Kind::Content),
            );
        }
    }
    Ok(files)
}

/// Checks every part of a content path below the language folder (the
/// `.md` extension aside) against the address rule in [`names`].
fn check_key_names(key: &[String], file: &Path) -> Option<Diagnostic> {
    let last = key.len().checked_sub(1)?;
    key.iter().enumerate().find_map(|(i, part)| {
        let name = if i == last { part.strip_suffix(".md").unwrap_or(part) } else { part.as_str() };
        if name == "_index" && i == last {
            return None;
        }
        names::check_part(name).err().map(|why| {
            let what = if i == last { "file" } else { "folder" };
            Diagnostic::error(file.to_path_buf(), format!("the {what} name `{}` {why}", name.escape_debug()))
                .hint(format!(
                    "rename the {what} to use letters, digits and `{}` only, e.g. `{}`; its name becomes part of the page's address",
                    names::PUNCTUATION,
                    names::suggest(name)
                ))
                .kind(crate::error::Kind::Content)
        })
    })
}

fn discover_assets(config: &Config, content_dir: &Path) -> Vec<Asset> {
    let mut assets: Vec<Asset> = walk(content_dir)
        .filter_map(std::result::Result::ok)
        .filter(|e| {
            check_symlink(&config.root, e).is_ok()
                && e.path().is_file()
                && !is_markdown(e.path())
                && !is_editor_junk(e.path())
        })
        .filter_map(|e| {
            let (code, key) = lang_and_key(&relative_to(content_dir, e.path()));
            let lang = config.lang(&code)?.clone();
            (!key.is_empty()).then(|| Asset {
                lang,
                key: key.join("/"),
                source: e.path().to_path_buf(),
            })
        })
        .collect();
    assets.sort_by(|a, b| (&a.lang, &a.key).cmp(&(&b.lang, &b.key)));
    assets
}

/// The language folder and the parts of the content key of a path below
/// `content/` (`sv/news/möte.md` → `sv`, `[news, möte.md]`), names in NFC:
/// the one place that turns a content path into a page's identity.
pub fn lang_and_key(rel: &Path) -> (String, Vec<String>) {
    let mut parts = rel.iter().map(|p| names::nfc(&p.to_string_lossy()).into_owned());
    let lang = parts.next().unwrap_or_default();
    (lang, parts.collect())
}

fn is_markdown(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "md")
}

/// Decodes UTF-8, reporting the line, column and byte offset of the first
/// invalid byte.
fn decode(bytes: &[u8], file: &Path) -> std::result::Result<String, Vec<Diagnostic>> {
    crate::fs::decode(bytes, file).map_err(|d| vec![d])
}
