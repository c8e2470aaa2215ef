//! `tolk status --diff PATH`: how the original of a stale translation
//! changed since the version it was translated from.
//!
//! The version is found in the repository's history by the fingerprint
//! the translation records (`translated_from`, see
//! [`crate::content::fingerprint`]): the newest commit whose copy of the
//! original has that fingerprint. History is read with the `git` command,
//! which every repository's owner has; nothing is written.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::config::Config;
use crate::content::{Page, fingerprint};
use crate::error::{Error, Result};
use crate::fs::SiteRoot;

/// What `--diff` found.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Change {
    /// The translation (relative to the site).
    pub translation: PathBuf,
    /// The original (relative to the site).
    pub original: PathBuf,
    /// The commit whose original was translated (`None` when the
    /// translation is current: nothing changed).
    pub commit: Option<String>,
    /// `abc1234 2026-05-04 Subject` of that commit.
    pub described: Option<String>,
    /// The unified diff from that version to the original as it is now
    /// (working tree), empty when current.
    pub diff: String,
}

/// Finds the original's version the translation `key` in `lang` was made
/// from and the diff since.
///
/// # Errors
/// A usage error when the page is not a translation, has no
/// `translated_from`, the site is not in a git repository, `git` cannot
/// run, or no commit holds that version.
pub fn change(config: &Config, translation: &Page, original: &Page) -> Result<Change> {
    let Some(from) = &translation.translated_from else {
        return Err(Error::Usage(format!(
            "{} has no `translated_from`: tolk cannot know which version of {} it follows; run `tolk translated {}` once it matches the original",
            translation.file.display(),
            original.file.display(),
            translation.file.display()
        )));
    };
    let mut change = Change {
        translation: translation.file.clone(),
        original: original.file.clone(),
        commit: None,
        described: None,
        diff: String::new(),
    };
    if *from == fingerprint::of(original) {
        return Ok(change);
    }
    let root = &config.root;
    let top = git(root, &["rev-parse", "--show-toplevel"]).map_err(|why| {
        Error::Usage(format!(
            "{} is stale, but the site is not in a git repository ({why}), so the version it was translated from cannot be found; compare it with {} by hand, or keep the site in git",
            translation.file.display(),
            original.file.display()
        ))
    })?;
    let top = PathBuf::from(top.trim());
    let absolute = std::path::absolute(root.join(&original.file)).map_err(|e| Error::io(&original.file, e))?;
    let canonical_top = top.canonicalize().unwrap_or(top.clone());
    let canonical = absolute
        .parent()
        .and_then(|p| p.canonicalize().ok())
        .map_or(absolute.clone(), |p| p.join(absolute.file_name().unwrap_or_default()));
    let in_repo = canonical
        .strip_prefix(&canonical_top)
        .map_err(|_| {
            Error::Usage(format!(
                "{} is outside the repository {}",
                original.file.display(),
                top.display()
            ))
        })?
        .to_string_lossy()
        .replace('\\', "/");
    let log = git(root, &["log", "--format=%H", "--", &format!(":(top){in_repo}")])
        .map_err(|why| Error::Usage(format!("cannot read the history of {}: {why}", original.file.display())))?;
    for commit in log.lines().map(str::trim).filter(|c| !c.is_empty()) {
        let Ok(text) = git(root, &["show", &format!("{commit}:{in_repo}")]) else {
            continue;
        };
        let Ok(old) = Page::parse(&text, &original.lang, &original.key, &original.file, &config.markdown) else {
            continue;
        };
        if fingerprint::of(&old) == *from {
            let diff = git(
                root,
                &[
                    "diff",
                    "--no-color",
                    "--no-ext-diff",
                    commit,
                    "--",
                    &format!(":(top){in_repo}"),
                ],
            )
            .map_err(|why| Error::Usage(format!("git diff failed: {why}")))?;
            change.described = git(root, &["log", "-1", "--date=short", "--format=%h %ad %s", commit])
                .ok()
                .map(|s| s.trim().to_string());
            change.commit = Some(commit.to_string());
            change.diff = diff;
            return Ok(change);
        }
    }
    Err(Error::Usage(format!(
        "no commit of {} has the version {} was translated from (`translated_from: {from}`): it was never committed, or the history was rewritten; compare the two files by hand",
        original.file.display(),
        translation.file.display()
    )))
}

/// Runs `git -C root ARGS` and returns its output.
fn git(root: &Path, args: &[&str]) -> std::result::Result<String, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .env("GIT_PAGER", "cat")
        .env("LC_ALL", "C")
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
    }
}

/// The translation at `file` (from the working directory or the site) and
/// its original, parsed.
///
/// # Errors
/// When the file is not a translation of a page of the site.
pub fn pages(config: &Config, file: &Path) -> Result<(Page, Page)> {
    let root = SiteRoot::new(&config.root)?;
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let path = [absolute(file), absolute(&config.root.join(file))]
        .into_iter()
        .find(|p| p.is_file())
        .ok_or_else(|| {
            Error::Usage(format!(
                "{} does not exist; give the path of a translation, e.g. content/en/about.md",
                file.display()
            ))
        })?;
    let content_dir = absolute(&config.root.join("content"));
    let rel = path
        .strip_prefix(&content_dir)
        .map_err(|_| Error::Usage(format!("{} is not inside {}", file.display(), content_dir.display())))?;
    let (code, key) = crate::content::lang_and_key(rel);
    let key = key.join("/");
    let lang = config
        .lang(&code)
        .filter(|l| **l != config.default_language && !key.is_empty())
        .ok_or_else(|| {
            Error::Usage(format!(
                "{} is not a translation (it is not in the folder of a language other than the source language)",
                file.display()
            ))
        })?
        .clone();
    let parse = |lang: &crate::lang::Lang, path: &Path| -> Result<Page> {
        let text = root.read_text(path)?;
        Page::parse(
            &text,
            lang,
            &key,
            &crate::fs::relative_to(&absolute(&config.root), path),
            &config.markdown,
        )
        .map_err(Error::build)
    };
    let original_path = content_dir.join(config.default_language.as_str()).join(&key);
    if !original_path.is_file() {
        return Err(Error::Usage(format!(
            "{} has no original: {} does not exist",
            file.display(),
            crate::fs::relative_to(&config.root, &original_path).display()
        )));
    }
    Ok((parse(&lang, &path)?, parse(&config.default_language, &original_path)?))
}
