//! Translation status: which translations are up to date, stale (the
//! original changed after they were made), untracked (no `translated_from`
//! yet) or missing; and `tolk translated`, which records the original's
//! fingerprint in a translation's front matter without touching anything
//! else in the file.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::config::Config;
use crate::content::{self, Page, fingerprint, front_matter};
use crate::error::{Diagnostic, Error, Result};

/// The state of one translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Made from the current version of the original.
    Current,
    /// The original changed since.
    Stale,
    /// Translated, but without `translated_from`.
    Untracked,
    /// Marked up to date by its translator (`translated: true`, e.g. in the
    /// CMS); `tolk translated --marked` records the original's version.
    Marked,
    /// Not translated.
    Missing,
    /// A translation whose original no longer exists (renamed or removed):
    /// published only in its own language.
    Orphaned,
    /// Made from the language's catalogue, some messages still untranslated
    /// or fuzzy (a fully translated catalogue page is `current`; one under
    /// `i18n.po_threshold` is `missing`, with its messages counted).
    Partial,
}

/// The messages of a page in its language's catalogue.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Messages {
    /// Translated (and not fuzzy).
    pub translated: usize,
    /// Marked fuzzy: the source changed since they were translated.
    pub fuzzy: usize,
    /// Not translated.
    pub untranslated: usize,
}

impl Messages {
    fn add(&mut self, other: Messages) {
        self.translated += other.translated;
        self.fuzzy += other.fuzzy;
        self.untranslated += other.untranslated;
    }
}

/// One page in one language.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// Translation key (`about.md`).
    pub key: String,
    /// State.
    pub state: State,
    /// The translation's file (none when missing).
    pub file: Option<PathBuf>,
    /// The original's file.
    pub original: PathBuf,
    /// For a page without a hand-written translation, when the language
    /// has a catalogue: its messages there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Messages>,
    /// Whole percent of the page in the language: 100 for a current
    /// hand-written translation, the share of translated messages for a
    /// catalogue page, else 0.
    pub percent: u8,
}

/// The status of one language.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageStatus {
    /// The language (serialised as its code).
    pub lang: crate::lang::Lang,
    /// Number of originals.
    pub total: usize,
    /// Up to date.
    pub current: usize,
    /// Stale.
    pub stale: usize,
    /// Untracked.
    pub untracked: usize,
    /// Marked up to date, not yet recorded (counted as up to date).
    pub marked: usize,
    /// Missing.
    pub missing: usize,
    /// Translations without an original.
    pub orphaned: usize,
    /// Pages made from the catalogue with messages still to translate.
    pub partial: usize,
    /// The catalogue (`po/<lang>.po`), if the language has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub catalogue: Option<PathBuf>,
    /// The catalogue's messages over the pages it makes (each page's
    /// messages counted once per page).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Messages>,
    /// Share of originals with an up-to-date translation, 0–100.
    pub percent: f64,
    /// Every page, by key.
    pub pages: Vec<Entry>,
}

/// The status of every language but the source language.
///
/// # Errors
/// Problems reading the configuration or the content.
pub fn status(root: &Path) -> Result<Vec<LanguageStatus>> {
    let config = Config::load(root)?;
    let (content, _) = content::load(&config, content::LoadOptions::everything())?;
    // A draft original is not published, so it has nothing to translate
    // yet; translations of it are not orphans either.
    let sources: Vec<&Page> = content
        .pages
        .iter()
        .filter(|p| p.lang == config.default_language)
        .collect();
    let originals: Vec<&Page> = sources.iter().copied().filter(|p| !p.draft).collect();
    let (catalogues, _) = crate::po::pages::load_catalogues(&config);
    let (made, _) = crate::po::pages::make(&config, &content, &catalogues, true);
    let mut out = Vec::new();
    for lang in config.languages.iter().filter(|l| l.lang != config.default_language) {
        let mut pages = Vec::new();
        for original in &originals {
            let translation = content
                .pages
                .iter()
                .find(|p| p.lang == lang.lang && p.key == original.key);
            let state = match translation.map(|t| fingerprint::freshness(t, original)) {
                None => State::Missing,
                Some(fingerprint::Freshness::Untracked) => State::Untracked,
                Some(fingerprint::Freshness::Current) => State::Current,
                Some(fingerprint::Freshness::Stale) => State::Stale,
                Some(fingerprint::Freshness::Marked) => State::Marked,
            };
            let made = translation
                .is_none()
                .then(|| made.iter().find(|p| p.lang == lang.lang && p.key == original.key))
                .flatten();
            let coverage = made.and_then(|p| p.coverage.as_ref());
            let published = coverage.is_some_and(|c| c.translated > 0 && c.percent() >= config.i18n.po_threshold);
            let state = match coverage {
                Some(c) if published && c.complete() => State::Current,
                Some(_) if published => State::Partial,
                _ => state,
            };
            pages.push(Entry {
                key: original.key.clone(),
                state,
                // A catalogue page is in the catalogue; one under the
                // threshold is not published, so it has no file yet.
                file: translation
                    .map(|t| t.file.clone())
                    .or_else(|| made.filter(|_| published).map(|p| p.file.clone())),
                original: original.file.clone(),
                messages: coverage.map(|c| Messages {
                    translated: c.translated,
                    fuzzy: c.fuzzy,
                    untranslated: c.untranslated,
                }),
                percent: match (state, coverage) {
                    (State::Current, None) => 100,
                    (_, Some(c)) => c.percent(),
                    _ => 0,
                },
            });
        }
        let total = pages.len();
        for orphan in content
            .pages
            .iter()
            .filter(|p| p.lang == lang.lang && !sources.iter().any(|o| o.key == p.key))
        {
            pages.push(Entry {
                key: orphan.key.clone(),
                state: State::Orphaned,
                file: Some(orphan.file.clone()),
                original: PathBuf::from("content")
                    .join(&config.default_language)
                    .join(&orphan.key),
                messages: None,
                percent: 0,
            });
        }
        let count = |s: State| pages.iter().filter(|e| e.state == s).count();
        let marked = count(State::Marked);
        let current = count(State::Current) + marked;
        let catalogue = catalogues
            .iter()
            .find(|(l, _)| *l == lang.lang)
            .map(|(_, c)| c.file.clone());
        let messages = catalogue.as_ref().map(|_| {
            let mut all = Messages::default();
            for m in pages.iter().filter_map(|e| e.messages) {
                all.add(m);
            }
            all
        });
        out.push(LanguageStatus {
            partial: count(State::Partial),
            catalogue,
            messages,
            lang: lang.lang.clone(),
            total,
            current,
            stale: count(State::Stale),
            untracked: count(State::Untracked),
            marked,
            missing: count(State::Missing),
            orphaned: count(State::Orphaned),
            percent: if total == 0 {
                100.0
            } else {
                (current as f64 * 1000.0 / total as f64).round() / 10.0
            },
            pages,
        });
    }
    Ok(out)
}

/// Records in the translation at `file` which version of the original it
/// was made from. Returns the fingerprint written.
///
/// # Errors
/// When the file is not a translation in a configured language, the
/// original does not exist, or the file cannot be read or written.
pub fn mark_translated(root: Option<&Path>, file: &Path) -> Result<String> {
    let (root, path) = locate_translation(root, file)?;
    let root = root.as_path();
    let config = Config::load(root)?;
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let content_dir = absolute(&root.join("content"));
    let rel = path
        .strip_prefix(&content_dir)
        .map_err(|_| Error::Usage(format!("{} is not inside {}", file.display(), content_dir.display())))?;
    let (lang, key) = content::lang_and_key(rel);
    let key = key.join("/");
    if config.language(&lang).is_none() || key.is_empty() {
        return Err(Error::Usage(format!(
            "{} is not in a language folder listed in site.yaml",
            file.display()
        )));
    }
    if config.default_language == lang.as_str() {
        return Err(Error::Usage(format!(
            "{} is in the source language ({lang}); mark translations, not originals",
            file.display()
        )));
    }
    let original_path = content_dir.join(&config.default_language).join(&key);
    let original_text = crate::fs::SiteRoot::new(root)?.read_text(&original_path)?;
    let original_rel = crate::fs::relative_to(root, &original_path);
    let original = Page::parse(
        &original_text,
        &config.default_language,
        &key,
        &original_rel,
        &config.markdown,
    )
    .map_err(Error::build)?;
    let hash = fingerprint::of(&original);
    let site_root = crate::fs::SiteRoot::new(root)?;
    let text = site_root.read_text(&path)?;
    let shown = crate::fs::relative_to(root, &path);
    let updated = set_field(&text, "translated_from", &hash)
        .map_err(|d| Error::build(vec![Diagnostic { file: Some(shown), ..d }]))?;
    site_root.write(&path, updated.as_bytes())?;
    Ok(hash)
}

/// `tolk translated --marked`: every translation whose translator marked
/// it up to date (`translated: true`) gets `translated_from:` with the
/// fingerprint of its original as it is now, and loses the mark; nothing
/// else in the file changes. Returns the files written with their
/// fingerprints. Meant to run right after the mark is saved (a CI step on
/// the CMS's commits), so that "now" is the original the translator saw.
///
/// # Errors
/// Problems reading the site, or a file that cannot be written.
pub fn record_marked(root: &Path) -> Result<Vec<(PathBuf, String)>> {
    let config = Config::load(root)?;
    let (content, _) = content::load(&config, content::LoadOptions::everything())?;
    let site_root = crate::fs::SiteRoot::new(root)?;
    let mut planned = Vec::new();
    let mut done = Vec::new();
    for page in content
        .pages
        .iter()
        .filter(|p| p.translated && p.lang != config.default_language)
    {
        let Some(original) = content
            .pages
            .iter()
            .find(|o| o.lang == config.default_language && o.key == page.key)
        else {
            continue;
        };
        let hash = fingerprint::of(original);
        let path = root.join(&page.file);
        let text = site_root.read_text(&path)?;
        let shown = page.file.clone();
        let updated = set_field(&text, "translated_from", &hash)
            .and_then(|t| remove_field(&t, "translated"))
            .map_err(|d| {
                Error::build(vec![Diagnostic {
                    file: Some(shown.clone()),
                    ..d
                }])
            })?;
        planned.push((path, updated, shown, hash));
    }
    // Every file is worked out before the first is written.
    for (path, updated, shown, hash) in planned {
        site_root.write(&path, updated.as_bytes())?;
        done.push((shown, hash));
    }
    Ok(done)
}

/// `text` without the top-level front-matter line `field: …` (the file
/// as it was if there is none).
///
/// ```
/// use tolk::status::remove_field;
/// let text = "---\ntitle: A\ntranslated: true\ntranslated_from: x\n---\nBody\n";
/// assert_eq!(remove_field(text, "translated").unwrap(), "---\ntitle: A\ntranslated_from: x\n---\nBody\n");
/// ```
///
/// # Errors
/// When the text has no front matter.
pub fn remove_field(text: &str, field: &str) -> std::result::Result<String, Diagnostic> {
    let split = front_matter::split(text, Path::new("file"))?;
    let yaml_start = split.yaml.as_ptr() as usize - text.as_ptr() as usize;
    let prefix = format!("{field}:");
    let mut offset = yaml_start;
    for line in split.yaml.split_inclusive('\n') {
        if line.starts_with(&prefix) {
            return Ok(format!("{}{}", &text[..offset], &text[offset + line.len()..]));
        }
        offset += line.len();
    }
    Ok(text.to_string())
}

/// Finds the translation file and its site: FILE as given (from the
/// working directory), else inside `root`; the site is `root`, or the first
/// folder with a site.yaml above the file (as git finds its repository).
fn locate_translation(root: Option<&Path>, file: &Path) -> Result<(std::path::PathBuf, std::path::PathBuf)> {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    // From the working directory first, then inside the site; with a
    // site given, only a file inside it counts.
    let inside_root = |p: &Path| root.is_none_or(|r| p.starts_with(absolute(r)));
    let candidates = [Some(absolute(file)), root.map(|r| absolute(&r.join(file)))];
    let path = if let Some(found) = candidates.into_iter().flatten().find(|p| p.exists() && inside_root(p)) {
        found
    } else {
        let also = root.map_or(String::new(), |r| format!(" or in {}", r.display()));
        return Err(Error::Usage(format!(
            "{} does not exist (looked in the current folder{also}); give the path of the translation, e.g. content/en/about.md",
            file.display()
        )));
    };
    let root = match root {
        Some(r) => absolute(r),
        None => path
            .ancestors()
            .skip(1)
            .find(|dir| dir.join(crate::config::FILE).is_file())
            .map(Path::to_path_buf)
            .ok_or_else(|| {
                Error::Usage(format!(
                    "no {} in any folder above {}: pass the site's folder with --root",
                    crate::config::FILE,
                    file.display()
                ))
            })?,
    };
    Ok((root, path))
}

/// Sets a top-level front matter field, keeping every other byte of the
/// file (comments, order, quoting, line endings) as it was.
///
/// ```
/// use tolk::status::set_field;
/// let text = "---\r\ntitle: About # keep\r\n---\r\nBody\r\n";
/// assert_eq!(set_field(text, "translated_from", "abc").unwrap(), "---\r\ntitle: About # keep\r\ntranslated_from: abc\r\n---\r\nBody\r\n");
/// let again = set_field("---\ntitle: A\ntranslated_from: old\n---\n", "translated_from", "new").unwrap();
/// assert_eq!(again, "---\ntitle: A\ntranslated_from: new\n---\n");
/// ```
///
/// # Errors
/// When the file has no closed front matter.
pub fn set_field(text: &str, field: &str, value: &str) -> std::result::Result<String, Diagnostic> {
    let split = front_matter::split(text, Path::new("file"))?;
    let yaml_start = split.yaml.as_ptr() as usize - text.as_ptr() as usize;
    let yaml_end = yaml_start + split.yaml.len();
    let newline = if text[..yaml_start].ends_with("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let prefix = format!("{field}:");
    let mut offset = yaml_start;
    for line in split.yaml.split_inclusive('\n') {
        if line.starts_with(&prefix) {
            let ending = if line.ends_with("\r\n") {
                "\r\n"
            } else if line.ends_with('\n') {
                "\n"
            } else {
                ""
            };
            return Ok(format!(
                "{}{prefix} {value}{ending}{}",
                &text[..offset],
                &text[offset + line.len()..]
            ));
        }
        offset += line.len();
    }
    let needs_break = !split.yaml.is_empty() && !split.yaml.ends_with('\n');
    Ok(format!(
        "{}{}{prefix} {value}{newline}{}",
        &text[..yaml_end],
        if needs_break { newline } else { "" },
        &text[yaml_end..]
    ))
}
