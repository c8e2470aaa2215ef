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
    /// Not translated.
    Missing,
    /// A translation whose original no longer exists (renamed or removed):
    /// published only in its own language.
    Orphaned,
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
    /// Missing.
    pub missing: usize,
    /// Translations without an original.
    pub orphaned: usize,
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
            };
            pages.push(Entry {
                key: original.key.clone(),
                state,
                file: translation.map(|t| t.file.clone()),
                original: original.file.clone(),
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
            });
        }
        let count = |s: State| pages.iter().filter(|e| e.state == s).count();
        let current = count(State::Current);
        out.push(LanguageStatus {
            lang: lang.lang.clone(),
            total,
            current,
            stale: count(State::Stale),
            untracked: count(State::Untracked),
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
