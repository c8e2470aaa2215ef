//! `tolk new` and `tolk translate`: start a page or a translation.
//!
//! Both only ever create a file that did not exist: the target is resolved
//! through [`SiteRoot`] (never through a link leading out of the site),
//! refused when anything is already there, and written with
//! `create_new`, so a file tolk did not write is never replaced.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::content::{front_matter, names};
use crate::error::{Error, Result};
use crate::fs::SiteRoot;

/// Top-level front-matter keys a translation starts with: what a
/// translator translates (title, description, the event's venue and
/// audience, contacts' roles) and what the page needs to be the same page
/// in its language (dates, order, templates). `translated_from`, `aliases`
/// (the original's old addresses) and `draft` are left out.
const TRANSLATION_KEYS: &[&str] = &[
    "title",
    "description",
    "slug",
    "date",
    "updated",
    "weight",
    "template",
    "page_template",
    "sort_by",
    "feed",
    "contacts",
    "event",
    "extra",
];

/// Where a page lives: its language folder and its key below it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The language code (a language of site.yaml).
    pub lang: String,
    /// The content key with `.md`, `/`-separated (`news/meeting.md`).
    pub key: String,
}

impl Target {
    /// The file below the site folder.
    pub fn file(&self) -> PathBuf {
        Path::new("content").join(&self.lang).join(&self.key)
    }
}

/// Reads `PATH` as either `content/<lang>/<key>.md` or `<key>.md` in
/// `lang` (the source language by default), and checks the names.
///
/// # Errors
/// A usage error naming what is wrong with the path.
pub fn target(config: &Config, path: &Path, lang: Option<&str>) -> Result<Target> {
    let text = path.to_string_lossy().replace('\\', "/");
    let text = text.trim_start_matches("./");
    let (lang_from_path, key) = match text.strip_prefix("content/") {
        Some(rest) => {
            let (l, k) = rest.split_once('/').unwrap_or((rest, ""));
            (Some(l.to_string()), k.to_string())
        }
        None => (None, text.to_string()),
    };
    let lang = match (lang_from_path, lang) {
        (Some(a), Some(b)) if a != b => {
            return Err(Error::Usage(format!(
                "{} is in the language folder `{a}` but --lang says `{b}`; give one of them",
                path.display()
            )));
        }
        (Some(a), _) => a,
        (None, Some(b)) => b.to_string(),
        (None, None) => config.default_language.to_string(),
    };
    if config.language(&lang).is_none() {
        let known: Vec<String> = config.languages.iter().map(|l| l.lang.to_string()).collect();
        return Err(Error::Usage(format!(
            "`{lang}` is not a language of site.yaml (languages: {})",
            known.join(", ")
        )));
    }
    let key = names::nfc(&key).into_owned();
    let Some(stem) = key.strip_suffix(".md") else {
        return Err(Error::Usage(format!(
            "{} must be a Markdown file ending in .md, e.g. news/meeting.md",
            path.display()
        )));
    };
    if let Err(why) = names::check_path(stem) {
        return Err(Error::Usage(format!(
            "the page name `{key}` {why}; try `{}.md`",
            names::suggest(stem)
        )));
    }
    Ok(Target { lang, key })
}

/// `tolk new`: creates the page `target` as a draft, from the section's
/// archetype (`archetypes/<section>.md`, else `archetypes/default.md`) or
/// a default front matter; returns the file written, relative to the site.
///
/// # Errors
/// When the file (or anything at its place) exists, when the path leads
/// outside the site, or when the archetype has no front matter.
pub fn new_page(config: &Config, target: &Target) -> Result<PathBuf> {
    let root = SiteRoot::new(&config.root)?;
    let file = target.file();
    let section = target.key.split('/').next().filter(|s| !s.ends_with(".md"));
    let archetypes = [
        section.map(|s| format!("archetypes/{s}.md")),
        Some("archetypes/default.md".into()),
    ];
    let archetype = archetypes
        .into_iter()
        .flatten()
        .map(|p| config.root.join(p))
        .find(|p| p.is_file());
    let title = title_from_key(&target.key);
    let text = match archetype {
        Some(path) => {
            let text = root.read_text(&path)?;
            let shown = root.relative(&path);
            let with_title = if has_field(&text, "title") {
                text.clone()
            } else {
                crate::status::set_field(&text, "title", &yaml_string(&title)).map_err(|d| {
                    Error::build(vec![crate::error::Diagnostic {
                        file: Some(shown.clone()),
                        ..d
                    }])
                })?
            };
            crate::status::set_field(&with_title, "draft", "true")
                .map_err(|d| Error::build(vec![crate::error::Diagnostic { file: Some(shown), ..d }]))?
        }
        None => format!("---\ntitle: {}\ndraft: true\n---\n", yaml_string(&title)),
    };
    create_new(&root, &file, text.as_bytes())?;
    Ok(file)
}

/// `tolk translate`: creates the translation of the original `source`
/// in `to`: the front matter to translate, the original's body as the
/// starting text, no `translated_from`; returns the file written.
///
/// # Errors
/// When the original is not in the source language or does not exist,
/// when `to` is the source language, when the translation exists, or when
/// a path leads outside the site.
pub fn start_translation(config: &Config, source: &Target, to: &str) -> Result<PathBuf> {
    if source.lang != config.default_language.as_str() {
        return Err(Error::Usage(format!(
            "{} is not in the source language ({}); translate originals",
            source.file().display(),
            config.default_language
        )));
    }
    if to == source.lang {
        return Err(Error::Usage(format!(
            "`{to}` is the source language; give the language to translate into with --to"
        )));
    }
    let target = target(config, Path::new(&source.key), Some(to))?;
    let root = SiteRoot::new(&config.root)?;
    let original_file = source.file();
    let original_path = config.root.join(&original_file);
    if !original_path.is_file() {
        return Err(Error::Usage(format!(
            "{} does not exist; give the original's path, e.g. content/{}/about.md",
            original_file.display(),
            config.default_language
        )));
    }
    let text = root.read_text(&original_path)?;
    let normalised = front_matter::normalize_newlines(&text);
    let split = front_matter::split(&normalised, &original_file).map_err(|d| Error::build(vec![d]))?;
    let kept = keep_keys(split.yaml, TRANSLATION_KEYS);
    let out = format!(
        "---\n# Translation of {} into {to}: translate the title, description and any\n# event venue/audience, then the text below; when done run\n# `tolk translated {}`.\n{kept}---\n{}",
        original_file.display(),
        target.file().display(),
        split.body
    );
    create_new(&root, &target.file(), out.as_bytes())?;
    Ok(target.file())
}

/// Keeps the top-level YAML entries named in `keys` (each with its indented
/// lines and comments), in the order written; ends with a newline.
fn keep_keys(yaml: &str, keys: &[&str]) -> String {
    let mut out = String::new();
    let mut keeping = false;
    for line in yaml.split_inclusive('\n') {
        let top_level = !line.starts_with([' ', '\t', '#', '-']) && !line.trim().is_empty();
        if top_level {
            let name = line.split(':').next().unwrap_or("").trim();
            keeping = keys.contains(&name);
        }
        if keeping {
            out.push_str(line);
        }
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

fn has_field(text: &str, field: &str) -> bool {
    let normalised = front_matter::normalize_newlines(text);
    front_matter::split(&normalised, Path::new("archetype"))
        .is_ok_and(|s| s.yaml.lines().any(|l| l.starts_with(&format!("{field}:"))))
}

/// `news/annual-meeting.md` → `Annual meeting`.
fn title_from_key(key: &str) -> String {
    let stem = key.rsplit('/').next().unwrap_or(key).trim_end_matches(".md");
    let stem = if stem == "_index" {
        key.rsplit('/').nth(1).unwrap_or("Home")
    } else {
        stem
    };
    let words = stem.replace(['-', '_'], " ");
    let mut chars = words.trim().chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// A YAML double-quoted string.
fn yaml_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}

/// Creates `file` (relative to the site) with `bytes`, refusing when
/// anything is already there and when the path leads outside the site;
/// creates the missing folders.
fn create_new(root: &SiteRoot, file: &Path, bytes: &[u8]) -> Result<()> {
    let path = root.canonical().join(file);
    let resolved = root.resolve(&path).map_err(|d| Error::build(vec![d]))?;
    if std::fs::symlink_metadata(&path).is_ok() {
        return Err(Error::Usage(format!(
            "{} already exists; tolk never overwrites it (choose another name or edit that file)",
            file.display()
        )));
    }
    if let Some(parent) = resolved.parent() {
        // Every missing folder is below an existing one that `resolve`
        // found inside the site.
        std::fs::create_dir_all(parent).map_err(|e| Error::io(file, e))?;
        root.check(parent).map_err(|d| Error::build(vec![d]))?;
    }
    let mut handle = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&resolved)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                Error::Usage(format!("{} already exists; tolk never overwrites it", file.display()))
            } else {
                Error::io(file, e)
            }
        })?;
    std::io::Write::write_all(&mut handle, bytes).map_err(|e| Error::io(file, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keep_keys_keeps_blocks_and_drops_the_rest() {
        let yaml = "title: A\ntranslated_from: x\nevent:\n  start: 2026-01-01\n  venue: Hall\naliases:\n  - /old/\ndraft: false\n";
        assert_eq!(
            keep_keys(yaml, TRANSLATION_KEYS),
            "title: A\nevent:\n  start: 2026-01-01\n  venue: Hall\n"
        );
    }

    #[test]
    fn titles_from_keys() {
        assert_eq!(title_from_key("news/annual-meeting.md"), "Annual meeting");
        assert_eq!(title_from_key("news/_index.md"), "News");
    }
}
