//! The theme stage: the theme's templates with the site's overrides, the
//! static files of both, read once, beside the catalog (which reads the
//! theme's locales). Every folder walk reports its problems; nothing below
//! this stage reads templates or static files from disk again.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::config::{self, Config};
use crate::error::{Diagnostic, Error, Result};
use crate::fs::SiteRoot;
use crate::fs::{check_symlink, is_editor_junk, relative_to, walk};
use crate::output::{Data, OutputFile};
use crate::render::templates::Sources;

/// A loaded theme.
#[derive(Debug)]
pub struct Theme {
    /// `themes/<name>`.
    pub dir: PathBuf,
    /// Template sources by name, the site's `templates/` over the theme's.
    pub templates: Sources,
    /// Static files, the site's `static/` over the theme's, by output path.
    pub static_files: Vec<OutputFile>,
}

impl Theme {
    /// Reads the theme named in site.yaml and the site's overrides, going
    /// on past problems in single files (returned beside the theme).
    ///
    /// # Errors
    /// When the theme does not exist (listing the ones that do) or leads
    /// outside the site.
    pub fn load(config: &Config) -> Result<(Theme, Vec<Diagnostic>)> {
        let dir = dir(config)?;
        let mut problems = Vec::new();
        let templates = load_templates(&config.root, &dir, &mut problems);
        let static_files = load_static(&config.root, &dir, &mut problems);
        Ok((
            Theme {
                dir,
                templates,
                static_files,
            },
            problems,
        ))
    }
}

/// The files below `dir` that a build uses, with every walk problem
/// (unreadable entries, links leading outside the site) reported.
fn files_below(root: &Path, dir: &Path, problems: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut files = Vec::new();
    for entry in walk(dir) {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().map(|p| relative_to(root, p));
                problems.push(
                    Diagnostic::error(path, format!("cannot read this file or folder: {e}"))
                        .hint("check that it exists, is readable and is not a symbolic link loop")
                        .kind(crate::error::Kind::Template),
                );
                continue;
            }
        };
        if let Err(d) = check_symlink(root, &entry) {
            problems.push(d);
            continue;
        }
        if entry.path().is_file() && !is_editor_junk(entry.path()) {
            files.push(entry.path().to_path_buf());
        }
    }
    files
}

pub(crate) fn load_templates(root: &Path, theme_dir: &Path, problems: &mut Vec<Diagnostic>) -> Sources {
    let mut sources = Sources::default();
    let site_root = SiteRoot::new(root).ok();
    for dir in [theme_dir.join("templates"), root.join("templates")] {
        for path in files_below(root, &dir, problems) {
            let name = relative_to(&dir, &path).to_string_lossy().replace('\\', "/");
            let text = match &site_root {
                Some(site_root) => site_root.read_text(&path),
                None => std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e)),
            };
            match text {
                Ok(text) => {
                    sources.templates.insert(name, (relative_to(root, &path), text));
                }
                Err(Error::Build(d)) => problems.extend(d.into_iter().map(|d| d.kind(crate::error::Kind::Template))),
                Err(e) => problems.push(
                    Diagnostic::error(relative_to(root, &path), format!("cannot read this template: {e}"))
                        .hint("check that the file is readable")
                        .kind(crate::error::Kind::Template),
                ),
            }
        }
    }
    sources
}

fn load_static(root: &Path, theme_dir: &Path, problems: &mut Vec<Diagnostic>) -> Vec<OutputFile> {
    let mut by_path = BTreeMap::new();
    for dir in [theme_dir.join("static"), root.join("static")] {
        for path in files_below(root, &dir, problems) {
            let out = relative_to(&dir, &path).to_string_lossy().replace('\\', "/");
            by_path.insert(
                out.clone(),
                OutputFile {
                    path: out,
                    data: Data::Copy(path.clone()),
                    source: Some(relative_to(root, &path)),
                },
            );
        }
    }
    by_path.into_values().collect()
}

/// The theme's folder, `themes/<theme>`.
///
/// # Errors
/// When the theme does not exist, listing the ones that do.
pub fn dir(config: &Config) -> Result<PathBuf> {
    let dir = config.root.join("themes").join(&config.theme);
    if dir.is_dir() && !config.theme.contains(['/', '\\']) && config.theme != ".." {
        let site_root = SiteRoot::new(&config.root)?;
        for path in [config.root.join("themes"), dir.clone()] {
            site_root
                .check(&path)
                .map_err(|d| Error::build(vec![d.kind(crate::error::Kind::Config)]))?;
        }
        return Ok(dir);
    }
    let available: Vec<String> = std::fs::read_dir(config.root.join("themes"))
        .map(|rd| {
            rd.flatten()
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().to_string())
                .collect()
        })
        .unwrap_or_default();
    let hint = if available.is_empty() {
        "create themes/<name>/templates/ or start from `tolk init`, which includes the default theme".to_string()
    } else {
        format!("use one of the themes in themes/: {}", available.join(", "))
    };
    Err(Error::build(vec![
        Diagnostic::error(
            PathBuf::from(config::FILE),
            format!(
                "the theme `{}` does not exist (no folder themes/{})",
                config.theme, config.theme
            ),
        )
        .hint(hint)
        .kind(crate::error::Kind::Config),
    ]))
}
